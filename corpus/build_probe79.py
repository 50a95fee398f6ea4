#!/usr/bin/env python3
"""Build corpus/probe79.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe79.py [OUT] [-v]   (default: probe79.jsonl next to this script)

Written blind, from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine, the CLI,
Maven and java were not run; no other corpus, test or source file was read.

This round is SPANISH-SPEAKING PATIENTS ACROSS PRIMARY AND SPECIALTY CARE: what bilingual clinics
and health systems in Texas, Florida, Puerto Rico, California and New York send to
Spanish-speaking patients and families (mostly Spanish, some English and code-switched): citas,
resultados, recetas y resurtidos, referidos, cuidado prenatal, diabetes e hipertensión, salud
mental, vacunas, facturas y planes de pago, Medicaid/CHIP renewals and general announcements;
Spanish as staff really write it (missing accents, "q", "xq", "pq", "xfa", "mñn", "pa", "Dra.",
"Lic.", "Don"/"Doña"), with look-alikes ("la Sra. Dolores" and "dolores de cabeza", "Don Julio"
vs the month, "Calle Esperanza" and "sin esperanza", "Farmacia La Salud", "presión" of the water,
"azúcar" in a recipe, "Corazón de María", "Buena Vista", "Clínica del Pueblo" as a generic
community clinic vs a named specialty clinic). About 60% Spanish; 4 disguised messages.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "148 mg/dL ([[A]])" searches for "148 mg/dL (A)"
      and labels only the bracketed part "A".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Code-switched messages take the `lang` of the majority of their words (the matrix language).
  2. Generic community-clinic and pharmacy names are not labelled even when they contain words that
     look clinical or like places ("Clínica del Pueblo", "Centro de Salud Comunitario Buena
     Vista", "Clínica Corazón de María", "Farmacia La Salud", "Botica San Miguel", "Hialeah Family
     Clinic", "Centro Médico Washington Heights"); a clinic named for a condition, a population or
     a service line is SPECIALTY ("Clínica de Diabetes del Hospital San Lucas", "Pedia Kids
     Clinic", "Centro de Salud de la Mujer Esperanza", "Urgencias Pediátricas Express").
  3. Payer programme names (Medicaid, CHIP) are not labelled: they describe coverage, not health;
     a member number is HEALTH_PLAN_ID and makes the message REWRITE.
  4. Test-prep logistics (fasting, nothing after midnight, bring a urine sample, bring a driver)
     are not treatment instructions: REWRITE when the test or procedure is named, ALLOW when it
     is not ("cita de laboratorio ... venga en ayunas").
  5. Blood sugar / blood pressure as a measurement ("el azúcar", "la presión", "sugar") is a
     PROCEDURE (a measure, like A1c); "medicamento para la presión" names the condition
     (CONDITION); water pressure, "azúcar" in a recipe and screening broadcasts get no span.
  6. Spanish visit labels whose generic head comes first keep it outside: "chequeo de ⟦niño
     sano⟧", "sesión de ⟦terapia⟧", "cita ⟦prenatal⟧"; "control prenatal" is the name of the
     visit type and is one PROCEDURE span.
  7. Diabetic supplies and monitors (tiras reactivas, lancetas, glucómetro, meter, monitor) are
     devices: PROCEDURE.
  8. "partera" (midwife) and "cirujana de mama" (breast surgeon) name a specialty: SPECIALTY;
     "trabajadora social", "consejeros de beneficios" and "Lic." alone stay generic.
  9. A staff member named with a courtesy title (Sra. Dolores Almonte, coordinadora) is PROVIDER
     without the courtesy title, as patients' titles stay outside NAME; role words that are
     clinical ("enfermera Karla", "Nurse Lupe") stay inside as in `nurse Dana`.
 10. DATE: a recurring day of the month ("el día 15 de cada mes", "the 15th of each month") and a
     named holiday ("Cinco de Mayo", "Christmas Eve") are not dates; a closure written as a
     calendar date ("25 de diciembre") is a DATE (allowed, practice's closure).
 11. A call-back request about unnamed results ("la Dra. necesita hablar con usted sobre sus
     resultados") is ALLOW: it says that, not what.
 12. A street used as the name of the practice's own branch ("sucursal de Calle Esperanza") is
     the practice's address: ADDRESS, ALLOW.
 13. An overdue-vaccine recall for a named child is dependent logistics with a routine visit type
     (REWRITE), not a result.
 14. Phone numbers spoken digit by digit in a voice script are PHONE as spoken.
 15. Hypothetical warning signs and thresholds in return precautions ("if your sugar drops below
     70", "fever over 102°F, trouble breathing") say nothing about the patient and are not
     labelled (tag `negation`); a negative finding about the patient ("did not show pneumonia")
     is a RESULT like `no polyps`.
 16. A finding phrase is RESULT ("más alta de lo normal", "small for gestational age", "una masa
     en el seno izquierdo", "estable", "elevada").
 17. Opioid-treatment dosing rules sent to the patient ("missing 3 doses means re-induction")
     are treatment instructions: BLOCK.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers; the
one SSN is the well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (cd0001-cd0012): citas
add(
    ("cd0001", "Clínica Familiar del Valle: Le recordamos su cita con la Dra. Treviño el jueves 14 de marzo a las 9:15 am. Favor de llegar 15 min antes. Responda SI para confirmar o NO para cancelar.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Treviño", "PROVIDER"), ("14 de marzo", "DATE")],
     ["primary-care"], "Generic practice name, provider, date and time only."),
    ("cd0002", "Hola Guadalupe, le recordamos su cita mañana a las 10:40am con el Dr. Saldívar. Traiga su tarjeta de seguro y la lista de sus medicamentos. Clinica San Benito (956) 555-0117",
     "REWRITE", "reminder", "sms", "es",
     [("Guadalupe", "NAME"), ("Dr. Saldívar", "PROVIDER"), ("(956) 555-0117", "PHONE")],
     ["primary-care", "practice-contact", "typo"], "The patient's first name goes; 'lista de sus medicamentos' is generic; the practice's phone stays."),
    ("cd0003", "Recordatorio: tiene cita mañana a las 3:00 pm. Si no puede venir, avísenos con 24 horas de anticipación. Gracias por preferir al Centro de Salud Comunitario Buena Vista.",
     "ALLOW", "reminder", "sms", "es", [],
     ["primary-care", "hard-negative"], "'Buena Vista' is a place name in a generic community-health-center name, not an eye clinic (decision 2)."),
    ("cd0004", "Hola Sra. Cárdenas! Su appt de mañana con el Dr. Leal está confirmada 👍 Recuerde venir en ayunas pa su lipid panel, nada de comer después de las 10pm. See you at 8!",
     "REWRITE", "confirmation", "sms", "es",
     [("Cárdenas", "NAME"), ("Dr. Leal", "PROVIDER"), ("lipid panel", "PROCEDURE")],
     ["primary-care", "shorthand"], "Code-switched, mostly Spanish (decision 1). Name and named test go; fasting is prep logistics, not treatment (decision 4)."),
    ("cd0005", "Sunshine Community Health – Appointment reminder\n\nHello,\n\nYou have an appointment on Tuesday, April 8 at 11:20 AM with Dr. Isabel Ferrer.\nLocation: 1450 W 49th St, Suite 210, Hialeah, FL 33012 (free parking in the rear lot).\n\nNeed an interpreter? Spanish and Haitian Creole interpreters are available at no cost — just tell the front desk when you arrive. Please bring your photo ID, your insurance card and any forms you received by mail.\n\nTo cancel or reschedule, call (305) 555-0133 at least 24 hours ahead.\n\nSunshine Community Health",
     "ALLOW", "reminder", "email", "en",
     [("April 8", "DATE"), ("Dr. Isabel Ferrer", "PROVIDER"), ("1450 W 49th St, Suite 210, Hialeah, FL 33012", "ADDRESS"), ("(305) 555-0133", "PHONE")],
     ["primary-care", "practice-contact"], "Practice's own address and phone, provider, date; an interpreter offer reveals language, not health."),
    ("cd0006", "Sonrisas Dental Boricua: Su limpieza y radiografías están programadas para el 3 de abril a las 2:00 pm. Si necesita cambiar la cita llame al 787-555-0107. ¡Lo esperamos!",
     "REWRITE", "reminder", "sms", "es",
     [("Sonrisas Dental Boricua", "SPECIALTY"), ("limpieza", "PROCEDURE"), ("radiografías", "PROCEDURE"), ("3 de abril", "DATE"), ("787-555-0107", "PHONE")],
     ["dental", "practice-contact"], "Dental practice name, cleaning and x-rays reveal the service; date, time and phone survive."),
    ("cd0007", "Buenas Sra. Dolores, soy Yari de la clinica. Su cita pa la vacuna del tetano es el lunes a las 9am, xfa traiga su tarjeta de vacunas. Cualquier cosa me textea a este numero",
     "REWRITE", "reminder", "sms", "es",
     [("Dolores", "NAME"), ("Yari", "PROVIDER"), ("vacuna del tetano", "PROCEDURE")],
     ["primary-care", "shorthand", "typo"], "'Sra. Dolores' is the patient's name here (title outside); Yari is staff named as sender (PROVIDER); the recipient's own vaccine appointment is REWRITE."),
    ("cd0008", "Clínica del Pueblo: su cita fue cambiada para el viernes a las 2:30 pm porque la calle estará cerrada por el desfile. Disculpe la molestia. Responda C para confirmar.",
     "ALLOW", "reminder", "sms", "es", [],
     ["primary-care", "hard-negative"], "'Clínica del Pueblo' is a generic community clinic name (decision 2); weekday and time only."),
    ("cd0009", "Reminder for Jose Luis: your appointment at Coastal Bend Heart & Vascular is 5/22 at 1:00 PM. Reply C to confirm or call 361-555-0121. Reply STOP to opt out.",
     "REWRITE", "reminder", "sms", "en",
     [("Jose Luis", "NAME"), ("Coastal Bend Heart & Vascular", "SPECIALTY"), ("5/22", "DATE"), ("361-555-0121", "PHONE")],
     ["cardiology", "practice-contact"], "Patient name and a cardiology practice name go; date, time and the practice's phone stay."),
    ("cd0010", "Este es un mensaje de Centro Médico Los Altos para recordarle su cita el miércoles 2 de octubre a las diez y media de la mañana con el doctor Andrés Quiñones. Para confirmar, oprima 1. Para hablar con una recepcionista, oprima 0.",
     "ALLOW", "reminder", "voice", "es",
     [("2 de octubre", "DATE"), ("doctor Andrés Quiñones", "PROVIDER")],
     ["primary-care"], "IVR reminder with a generic practice name, provider, date and spoken time."),
    ("cd0011", "Confirmamos su registro: Paciente: Maribel Ocasio Rivera, F. nac. 17/08/1979, cita 12/06 10:00am con Dr. Velez. Si algun dato esta mal llame al 787-555-0152.",
     "BLOCK", "confirmation", "sms", "es",
     [("Maribel Ocasio Rivera", "NAME"), ("17/08/1979", "DATE"), ("12/06", "DATE"), ("Dr. Velez", "PROVIDER"), ("787-555-0152", "PHONE")],
     ["primary-care", "dob", "typo", "practice-contact"], "Full date of birth with the patient's full name must never travel by text (README verdict conventions)."),
    ("cd0012", "{{practice_name}}: Recordatorio de su cita el {{appt_date}} a las {{appt_time}}. Traiga identificación y su tarjeta de seguro (Medicaid, CHIP o privado). Para cancelar responda CANCELAR.",
     "ALLOW", "reminder", "sms", "es", [],
     ["primary-care", "template", "hard-negative"], "Template with content-free placeholders; payer names listed for everyone are not PHI (decision 3)."),
)

# ---------------------------------------------------------------- batch 2 (cd0013-cd0024): resultados
add(
    ("cd0013", "Rio Grande Family Clinic: Your results are available in the patient portal. Log in to view them. Para español, responda 2. Please do not reply to this message.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["lab", "hard-negative"], "Results-ready notice naming no test: notification without PHI."),
    ("cd0014", "Hola Sr. Benítez, le habla la enfermera Karla. Su A1c salio en 9.1, mas alta q la vez pasada. La Dra. quiere verlo esta semana pa ajustarle la metformina. Llámenos al 210-555-0144.",
     "BLOCK", "result", "sms", "es",
     [("Benítez", "NAME"), ("enfermera Karla", "PROVIDER"), ("A1c", "PROCEDURE"), ("9.1", "RESULT"), ("mas alta q la vez pasada", "RESULT"), ("metformina", "MEDICATION"), ("210-555-0144", "PHONE")],
     ["primary-care", "shorthand", "typo", "practice-contact"], "A lab value and its trend are the message; 'La Dra.' without a name is not labelled."),
    ("cd0015", "Hola Ana, ya salieron sus resultados del 10 de febrero. Su hemoglobina A1c es 6.4%, en el rango de prediabetes. La Dra. Morales recomienda caminar 30 minutos al día y repetir el análisis en 3 meses. Puede respondernos aquí si tiene preguntas.",
     "ALLOW", "result", "portal", "es",
     [("Ana", "NAME"), ("10 de febrero", "DATE"), ("hemoglobina A1c", "PROCEDURE"), ("6.4%", "RESULT"), ("prediabetes", "CONDITION"), ("Dra. Morales", "PROVIDER")],
     ["primary-care", "contrast"], "Inside the secure portal a result, a finding and a name may stay (README channel convention); same text by e-mail is cd0016."),
    ("cd0016", "Hola Ana, ya salieron sus resultados del 10 de febrero. Su hemoglobina A1c es 6.4%, en el rango de prediabetes. La Dra. Morales recomienda caminar 30 minutos al día y repetir el análisis en 3 meses. Puede respondernos aquí si tiene preguntas.",
     "BLOCK", "result", "email", "es",
     [("Ana", "NAME"), ("10 de febrero", "DATE"), ("hemoglobina A1c", "PROCEDURE"), ("6.4%", "RESULT"), ("prediabetes", "CONDITION"), ("Dra. Morales", "PROVIDER")],
     ["primary-care", "contrast"], "Same text as the portal message cd0015; e-mail is treated like SMS, and the value and finding are the message."),
    ("cd0017", "Buenas noticias!! Su prueba de Papanicolaou salió normal. Le toca la próxima en 3 años. - Centro de Salud de la Mujer Esperanza",
     "BLOCK", "result", "sms", "es",
     [("prueba de Papanicolaou", "PROCEDURE"), ("normal", "RESULT"), ("Centro de Salud de la Mujer Esperanza", "SPECIALTY")],
     ["reproductive"], "A normal result is still a result (README); a women's health center name is specialty-revealing (decision 2)."),
    ("cd0018", "Buenas tardes. La Dra. Sepúlveda necesita hablar con usted sobre sus resultados. Favor de llamar a la oficina al 718-555-0160 antes de las 5pm. Gracias, Bronx Family Health",
     "ALLOW", "result", "sms", "es",
     [("Dra. Sepúlveda", "PROVIDER"), ("718-555-0160", "PHONE")],
     ["primary-care", "practice-contact"], "Judgement (decision 11): a call-back about unnamed results says that, not what; a borough in a generic practice name is not labelled."),
    ("cd0019", "Hi, this is Dr. Patel's office calling about your mom, Mrs. Herrera. Her potassium came back low (3.1), so please have her stop the furosemide until the doctor calls you tomorrow.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Patel", "PROVIDER"), ("Herrera", "NAME"), ("potassium", "PROCEDURE"), ("low", "RESULT"), ("3.1", "RESULT"), ("furosemide", "MEDICATION")],
     ["primary-care", "third-party"], "A third party's result and a treatment instruction sent to the daughter."),
    ("cd0020", "Felicidades Yadira!! tu prueba de embarazo salio positiva 🎉 Llama pa sacar tu primera cita prenatal con la partera.",
     "BLOCK", "result", "sms", "es",
     [("Yadira", "NAME"), ("prueba de embarazo", "PROCEDURE"), ("positiva", "RESULT"), ("prenatal", "PROCEDURE"), ("partera", "SPECIALTY")],
     ["reproductive", "typo"], "Pregnancy test result is the message. 'cita prenatal' keeps the generic head outside (decision 6); 'partera' names a specialty (decision 8)."),
    ("cd0021", "¡Resultados del sorteo! Los ganadores de las canastas del Día de las Madres se anunciarán en nuestra página de Facebook. Gracias a todos por participar. – Clínica Comunitaria La Esperanza",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Resultados' of a raffle, a holiday and a generic clinic name: nothing about the recipient."),
    ("cd0022", "Subject: Your echocardiogram results\n\nDear Mr. Ramón Echevarría,\n\nThank you for coming to Gulf Coast Cardiology on 9/3. Dr. Kaplan has reviewed your echocardiogram. Your ejection fraction is 40%, which is lower than normal and means your heart is not pumping as strongly as it should. This is called heart failure with reduced ejection fraction.\n\nDr. Kaplan would like you to start carvedilol 3.125 mg twice a day with food and to weigh yourself every morning. If you gain more than 3 pounds in a day or 5 pounds in a week, call us.\n\nWe have scheduled a follow-up visit on 10/1 at 9:00 AM. A Spanish interpreter will be available.\n\nSincerely,\nGulf Coast Cardiology\n(409) 555-0114",
     "BLOCK", "result", "email", "en",
     [("echocardiogram", "PROCEDURE", 0), ("Ramón Echevarría", "NAME"), ("Gulf Coast Cardiology", "SPECIALTY", 0), ("9/3", "DATE"), ("Dr. Kaplan", "PROVIDER", 0), ("echocardiogram", "PROCEDURE", 1), ("ejection fraction", "PROCEDURE", 0), ("40%", "RESULT"), ("lower than normal", "RESULT"), ("heart failure with reduced ejection fraction", "CONDITION"), ("Dr. Kaplan", "PROVIDER", 1), ("carvedilol 3.125 mg", "MEDICATION"), ("10/1", "DATE"), ("Gulf Coast Cardiology", "SPECIALTY", 1), ("(409) 555-0114", "PHONE")],
     ["cardiology", "practice-contact"], "Result, diagnosis and a new drug with dosing by e-mail (treated like SMS). Hypothetical weight-gain thresholds are not labelled (decision 15)."),
    ("cd0023", "Resultados de laboratorio – Glucosa en ayunas: 148 mg/dL (A). Colesterol total: 231 mg/dL (A). Favor de comunicarse con su médico para revisarlos.",
     "BLOCK", "result", "sms", "es",
     [("Glucosa en ayunas", "PROCEDURE"), ("148 mg/dL", "RESULT"), ("148 mg/dL ([[A]])", "RESULT"), ("Colesterol total", "PROCEDURE"), ("231 mg/dL", "RESULT"), ("231 mg/dL ([[A]])", "RESULT")],
     ["lab"], "Values with abnormal flags ('A' = alto); each flag is its own RESULT span."),
    ("cd0024", "MiSalud: Tienes 1 resultado nuevo. Abre la app para verlo 🔒",
     "ALLOW", "portal-notice", "push", "es", [],
     ["general", "hard-negative"], "Push notice that something is ready, not what."),
)

# ---------------------------------------------------------------- batch 3 (cd0025-cd0036): recetas, resurtidos, farmacia
add(
    ("cd0025", "Farmacia La Salud: Su receta de losartán 50 mg está lista para recoger. Horario L-S 8am-9pm. Estamos en 2201 Calle Esperanza, San Juan, PR 00909.",
     "REWRITE", "pickup", "sms", "es",
     [("losartán 50 mg", "MEDICATION"), ("2201 Calle Esperanza, San Juan, PR 00909", "ADDRESS")],
     ["pharmacy", "practice-contact"], "Drug name in a pickup notice goes; the pharmacy's own address stays; 'La Salud' is a generic pharmacy name (decision 2)."),
    ("cd0026", "Farmacia La Salud: Su pedido está listo para recoger en el mostrador. Traiga identificación con foto. Responda PARAR para no recibir más mensajes.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "hard-negative"], "Pickup notice without the drug; 'La Salud' is a store name (decision 2)."),
    ("cd0027", "Don Efraín, la Dra. Acosta dice que suba la insulina Lantus a 22 unidades en la noche y que se chequee el azúcar cada mañana antes de desayunar. Cualquier duda nos llama.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Efraín", "NAME"), ("Dra. Acosta", "PROVIDER"), ("insulina Lantus", "MEDICATION"), ("azúcar", "PROCEDURE")],
     ["primary-care"], "Dosing instruction; 'el azúcar' to be checked is the blood-glucose measure (decision 5); 'Don' stays outside the name."),
    ("cd0028", "Valle Verde Family Practice: Your refill request for sertraline 100 mg has been approved and sent to your pharmacy. Please allow 24-48 hrs.",
     "REWRITE", "other", "sms", "en",
     [("sertraline 100 mg", "MEDICATION")],
     ["primary-care", "behavioral-health"], "The refill approval survives without the drug name and strength."),
    ("cd0029", "Your refill request was approved and sent to your pharmacy. Questions? Call (915) 555-0128. – Franklin Family Clinic / Clínica Familiar Franklin",
     "ALLOW", "other", "sms", "en",
     [("(915) 555-0128", "PHONE")],
     ["primary-care", "practice-contact"], "Refill approval without a drug; bilingual generic practice name."),
    ("cd0030", "Sr. Gómez, su seguro no cubrió el Ozempic. El Dr. Lozano se lo cambió a Trulicity 0.75 mg una vez por semana y ya mandamos la receta a su farmacia.",
     "BLOCK", "other", "sms", "es",
     [("Gómez", "NAME"), ("Ozempic", "MEDICATION"), ("Dr. Lozano", "PROVIDER"), ("Trulicity 0.75 mg", "MEDICATION")],
     ["pharmacy", "primary-care"], "A medication change with dose and frequency is a treatment instruction."),
    ("cd0031", "Botica San Miguel: hola! ya llegaron sus tiras reactivas y lancetas, pase x ellas cuando guste xq solo las guardamos 10 dias. Abrimos hasta las 7.",
     "REWRITE", "pickup", "sms", "es",
     [("tiras reactivas", "PROCEDURE"), ("lancetas", "PROCEDURE")],
     ["pharmacy", "shorthand", "typo"], "Glucose test strips and lancets reveal diabetes; supplies are devices, PROCEDURE (decision 7); 'Botica' is a generic pharmacy name."),
    ("cd0032", "Your prescription is ready for pickup at ${storeName}. Pickup hours: ${storeHours}. For your privacy, we never include medication names in text or email notifications.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "template", "hard-negative"], "Pickup template with content-free placeholders and a privacy note mentioning 'medication names'."),
    ("cd0033", "Mami, le recuerdo que a Mateo le toca su amoxicilina cada 12 horas x 10 dias, no se la quite aunque se sienta mejor. Pediatría Los Niños Felices",
     "BLOCK", "care-instructions", "sms", "es",
     [("Mateo", "NAME"), ("amoxicilina", "MEDICATION"), ("Pediatría Los Niños Felices", "SPECIALTY")],
     ["pediatrics", "minor", "third-party", "shorthand"], "A dependent's medication and dosing sent to the parent: third party's health and treatment instructions."),
    ("cd0034", "Hola, le llamamos de Farmacia Guadalupana para avisarle que su medicamento para la presión, el amlodipino, ya está listo para recoger. Lo esperamos. Gracias.",
     "REWRITE", "pickup", "voice", "es",
     [("presión", "CONDITION"), ("amlodipino", "MEDICATION")],
     ["pharmacy"], "Voice pickup notice; 'medicamento para la presión' names the condition (decision 5) and the drug is named; 'su medicamento ya está listo' survives."),
    ("cd0035", "Farmacia Santa Cruz holiday hours: we close early on Christmas Eve and are closed Christmas Day. Refills can still be requested online 24/7. ¡Felices fiestas!",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Holidays are not dates (decision 10); 24/7 is not a date."),
    ("cd0036", "Farmacia del Pueblo: we received the transfer of your prescription #6048213 from another pharmacy. It will be ready tomorrow after 2pm. ¡Gracias!",
     "REWRITE", "pickup", "sms", "en",
     [("6048213", "OTHER_ID")],
     ["pharmacy", "identifier"], "A prescription number (OTHER_ID) is not needed to say the transfer is ready."),
)

# ---------------------------------------------------------------- batch 4 (cd0037-cd0048): referidos y especialistas
add(
    ("cd0037", "Le informamos que su referido a cardiología fue aprobado por su seguro. El consultorio del Dr. Benavides lo llamará para hacer la cita.",
     "REWRITE", "other", "sms", "es",
     [("cardiología", "SPECIALTY"), ("Dr. Benavides", "PROVIDER")],
     ["cardiology"], "The specialty of the referral goes; 'your referral was approved, the office will call' survives."),
    ("cd0038", "Your referral has been approved. The specialist's office will contact you within 5-7 business days. Questions: 956-555-0183.",
     "ALLOW", "other", "sms", "en",
     [("956-555-0183", "PHONE")],
     ["primary-care", "practice-contact"], "'specialist' without a specialty says nothing about the condition."),
    ("cd0039", "Subject: Referral approved\n\nDear Ms. Altagracia Peña,\n\nYour referral to Bronx Kidney & Dialysis Center has been approved by your health plan. Authorization #AUTH-88213-NY is valid through 12/31. Please call them at (718) 555-0171 to schedule your first visit, and bring this authorization number with you.\n\nIf you need help scheduling, our referral coordinator Miguel can assist you in English or Spanish at (718) 555-0109.\n\nThank you,\nConcourse Family Medicine",
     "REWRITE", "other", "email", "en",
     [("Altagracia Peña", "NAME"), ("Bronx Kidney & Dialysis Center", "SPECIALTY"), ("AUTH-88213-NY", "OTHER_ID"), ("12/31", "DATE"), ("(718) 555-0171", "PHONE"), ("Miguel", "PROVIDER"), ("(718) 555-0109", "PHONE")],
     ["dialysis", "identifier", "practice-contact"], "Name, dialysis center and authorization number go; the approval and the coordinator's line survive. Judgement: a named staff coordinator is workforce (PROVIDER)."),
    ("cd0040", "Sra. Maldonado, el Dr. Ríos revisó su mamografía y encontró una masa en el seno izquierdo. La refirió con la cirujana de mama, por favor llame hoy al 305-555-0166 para la cita.",
     "BLOCK", "result", "sms", "es",
     [("Maldonado", "NAME"), ("Dr. Ríos", "PROVIDER"), ("mamografía", "PROCEDURE"), ("una masa en el seno izquierdo", "RESULT"), ("cirujana de mama", "SPECIALTY"), ("305-555-0166", "PHONE")],
     ["imaging", "oncology", "practice-contact"], "An imaging finding is the message; a breast surgeon names a specialty (decision 8)."),
    ("cd0041", "Hola, le escribimos de Clínica del Pueblo: su cita con Ortopedia y Medicina Deportiva del Sur es el 18/11 a las 9am. Lleve sus radiografías en CD.",
     "REWRITE", "reminder", "sms", "es",
     [("Ortopedia y Medicina Deportiva del Sur", "SPECIALTY"), ("18/11", "DATE"), ("radiografías", "PROCEDURE")],
     ["orthopedics"], "The orthopedic practice's name and the x-rays go; the referring generic clinic (decision 2), date and time stay."),
    ("cd0042", "Clínica Corazón de María está contratando asistentes médicos bilingües (inglés/español). Envíe su currículum a empleos@corazondemaria.example. ¡Únase a nuestro equipo!",
     "ALLOW", "marketing", "sms", "es",
     [("empleos@corazondemaria.example", "EMAIL")],
     ["general", "broadcast", "practice-contact"], "'Corazón de María' is a clinic's name, not cardiology (decision 2); job post with the practice's own e-mail."),
    ("cd0043", "Le enviamos su referido a la Lic. Zayas, psicóloga del Centro de Bienestar Emocional Alborada. Ella le llamará esta semana para coordinar.",
     "REWRITE", "other", "sms", "es",
     [("Lic. Zayas", "PROVIDER"), ("psicóloga", "SPECIALTY"), ("Centro de Bienestar Emocional Alborada", "SPECIALTY")],
     ["behavioral-health"], "'psicóloga' and an emotional-wellness center name reveal behavioral health; 'Lic.' alone does not (decision 8)."),
    ("cd0044", "Estimados pacientes:\n\nNuestra sucursal de Calle Esperanza cerrará por remodelación durante el verano. Todas las citas se atenderán en la oficina principal, con el mismo personal y el mismo número de teléfono. Si tiene una cita programada no tiene que hacer nada: le enviaremos un recordatorio con la nueva dirección.\n\nGracias por su paciencia.\nLa Administración",
     "ALLOW", "other", "email", "es",
     [("Calle Esperanza", "ADDRESS")],
     ["general", "broadcast", "practice-contact"], "Judgement (decision 12): a street naming the practice's own branch is the practice's address; 'Esperanza' is not a name or a condition."),
    ("cd0045", "Desert Dermatology: your biopsy results from Dr. Khan's office came back benign. No further treatment is needed at this time.",
     "BLOCK", "result", "sms", "en",
     [("Desert Dermatology", "SPECIALTY"), ("biopsy", "PROCEDURE"), ("Dr. Khan", "PROVIDER"), ("benign", "RESULT")],
     ["dermatology"], "A benign pathology result is still a result."),
    ("cd0046", "Reminder: your echocardiogram is Tuesday, May 6 at 7:30am on the 2nd floor. No need to fast. Please bring your medication list.",
     "REWRITE", "reminder", "sms", "en",
     [("echocardiogram", "PROCEDURE"), ("May 6", "DATE")],
     ["cardiology", "negation"], "The named test goes; date, time and floor survive; 'no need to fast' is prep logistics (decision 4)."),
    ("cd0047", "To request a referral, ask your primary care provider to send the order. Referrals take 3-5 business days. You do not need to call the specialist first.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "FAQ sent to everyone; 'referral', 'specialist', 'primary care' describe no one."),
    ("cd0048", "Hi Carmen, this is Ruth from Dr. Oyelaran's office. We got your referral from Hialeah Family Clinic for a sleep study. Can you come in Thurs 3/6 at 8pm? Reply Y or N.",
     "REWRITE", "reminder", "sms", "en",
     [("Carmen", "NAME"), ("Ruth", "PROVIDER"), ("Dr. Oyelaran", "PROVIDER"), ("sleep study", "PROCEDURE"), ("3/6", "DATE")],
     ["general"], "Name and the named test go; a city in the referring clinic's name is not labelled (decision 2)."),
)

# ---------------------------------------------------------------- batch 5 (cd0049-cd0060): prenatal, pediatría, salud reproductiva
add(
    ("cd0049", "Hola Marisol! Te recordamos tu cita de control prenatal el lunes 14 de julio a las 11:00 con la Dra. Cintrón. Trae tu muestra de orina 🙂",
     "REWRITE", "reminder", "sms", "es",
     [("Marisol", "NAME"), ("control prenatal", "PROCEDURE"), ("14 de julio", "DATE"), ("Dra. Cintrón", "PROVIDER"), ("muestra de orina", "PROCEDURE")],
     ["reproductive"], "Prenatal visit type reveals pregnancy; 'control prenatal' is one span (decision 6); bringing a sample is prep (decision 4)."),
    ("cd0050", "Sra. Fajardo, su prueba de glucosa de 1 hora salió en 162, más alta de lo normal. Necesita hacerse la prueba de 3 horas. Llame para programarla.",
     "BLOCK", "result", "sms", "es",
     [("Fajardo", "NAME"), ("prueba de glucosa de 1 hora", "PROCEDURE"), ("salió en [[162]]", "RESULT"), ("más alta de lo normal", "RESULT"), ("prueba de 3 horas", "PROCEDURE")],
     ["reproductive", "lab"], "A pregnancy glucose-screen value and finding; a finding phrase is RESULT (decision 16)."),
    ("cd0051", "Free car seat safety checks this Saturday 10am-1pm in our parking lot! Bring your baby's car seat. No appointment needed. Se habla español.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Community broadcast; 'checks', 'baby', 'appointment' say nothing about the recipient."),
    ("cd0052", "Recordatorio de Pediatría Arcoíris: Valentina tiene su chequeo de niño sano de los 4 años el 2 de septiembre a las 3:15pm. Traiga su cartilla de vacunas.",
     "REWRITE", "reminder", "sms", "es",
     [("Pediatría Arcoíris", "SPECIALTY"), ("Valentina", "NAME"), ("niño sano", "PROCEDURE"), ("2 de septiembre", "DATE")],
     ["pediatrics", "minor"], "A dependent's well-child logistics: REWRITE; 'chequeo de niño sano' keeps the generic head outside (decision 6)."),
    ("cd0053", "Buenas tardes, la prueba de plomo de su hija Daniela salió elevada (8 mcg/dL). La enfermera le llamará para hablar de los próximos pasos.",
     "BLOCK", "result", "sms", "es",
     [("prueba de plomo", "PROCEDURE"), ("Daniela", "NAME"), ("elevada", "RESULT"), ("8 mcg/dL", "RESULT")],
     ["pediatrics", "minor", "third-party", "lab"], "A child's lead result sent to the parent."),
    ("cd0054", "Your appointment with Dr. Ileana Soto has been moved to August 21 at 10:00 am. Reply YES to accept or call us for another time. / Su cita fue cambiada, responda SI.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Ileana Soto", "PROVIDER"), ("August 21", "DATE")],
     ["primary-care"], "Bilingual reschedule with provider, date and time only; lang by majority (decision 1)."),
    ("cd0055", "Subject: Pre-registration reminder\n\nDear Yesenia Molina,\n\nCongratulations from all of us at Bayfront Women's & Birth Center! Please complete your pre-registration for Labor & Delivery as soon as possible. It takes about 10 minutes and you will need your insurance card and a photo ID.\n\nComplete it here: https://prereg.bayfront.example/start?pid=558120\n\nTours of our birthing suites are offered every Sunday at 2:00 pm in English and Spanish (no reservation needed). If you have questions about pre-registration, call (813) 555-0149, Monday to Friday 8-5.\n\nWarmly,\nPatient Access Team\nBayfront Women's & Birth Center",
     "REWRITE", "other", "email", "en",
     [("Yesenia Molina", "NAME"), ("Bayfront Women's & Birth Center", "SPECIALTY", 0), ("Labor & Delivery", "SPECIALTY"), ("https://prereg.bayfront.example/start?pid=558120", "URL"), ("(813) 555-0149", "PHONE"), ("Bayfront Women's & Birth Center", "SPECIALTY", 1)],
     ["reproductive", "practice-contact"], "Name, a birth-center name, the L&D service line and a tokened link go; 'please pre-register, call us' survives. 'birthing suites' in the tour broadcast line is left unlabelled (tour offered to all)."),
    ("cd0056", "Hola Jazmín, te confirmamos tu cita para el procedimiento de interrupción del embarazo el viernes a las 8am. No comas nada después de medianoche y trae a alguien que te lleve a casa.",
     "REWRITE", "confirmation", "sms", "es",
     [("Jazmín", "NAME"), ("interrupción del embarazo", "PROCEDURE")],
     ["reproductive"], "Judgement (decision 4): the procedure and name go; NPO and driver are prep logistics, not treatment, so the confirmation survives."),
    ("cd0057", "Free breastfeeding and newborn care classes! Every Tuesday at 6pm in the community room. Open to the public, bring your family. Clases en español también.",
     "ALLOW", "marketing", "sms", "en", [],
     ["reproductive", "broadcast", "hard-negative"], "Open class broadcast; says nothing about the recipient."),
    ("cd0058", "Hi Luz, your ultrasound today showed the baby is measuring small for gestational age. Dr. Abreu wants you back Monday for a growth scan and NST.",
     "BLOCK", "result", "sms", "en",
     [("Luz", "NAME"), ("ultrasound", "PROCEDURE"), ("small for gestational age", "RESULT"), ("Dr. Abreu", "PROVIDER"), ("growth scan", "PROCEDURE"), ("NST", "PROCEDURE")],
     ["reproductive", "imaging"], "An ultrasound finding is the message (decision 16)."),
    ("cd0059", "Pedia Kids Clinic: recordatorio q Santiago tiene cita mñn 4pm con el Dr. Reyes pa sus vacunas de los 12 meses. Llegue 10 min antes pq hay q llenar formas.",
     "REWRITE", "reminder", "sms", "es",
     [("Pedia Kids Clinic", "SPECIALTY"), ("Santiago", "NAME"), ("Dr. Reyes", "PROVIDER"), ("vacunas", "PROCEDURE")],
     ["pediatrics", "minor", "shorthand"], "A dependent's vaccine visit with a name and a pediatric practice name: REWRITE; 'Santiago' is the child, not the city."),
    ("cd0060", "Sra. Villalobos, su cuestionario de depresión posparto (EPDS) salió con un puntaje de 15. La trabajadora social la va a llamar hoy mismo.",
     "BLOCK", "result", "sms", "es",
     [("Villalobos", "NAME"), ("cuestionario de depresión posparto", "PROCEDURE"), ("EPDS", "PROCEDURE"), ("puntaje de [[15]]", "RESULT")],
     ["reproductive", "behavioral-health"], "A screening score is a result; 'trabajadora social' stays generic (decision 8)."),
)

# ---------------------------------------------------------------- batch 6 (cd0061-cd0072): diabetes e hipertensión
add(
    ("cd0061", "¡Feria de Salud del Cinco de Mayo! Chequeos gratis de presión y azúcar, vacunas contra la influenza y música en vivo. Sábado de 10am a 2pm en nuestro estacionamiento. ¡Los esperamos!",
     "ALLOW", "marketing", "sms", "es", [],
     ["primary-care", "broadcast", "hard-negative"], "Health-fair broadcast: free screenings for everyone (README broadcasts); 'Cinco de Mayo' is a holiday, not a date (decision 10)."),
    ("cd0062", "Hola Don Arturo, le recordamos su cita de seguimiento de diabetes con la Dra. Garza el 7 de noviembre a las 8:00am. Traiga su glucómetro por favor.",
     "REWRITE", "reminder", "sms", "es",
     [("Arturo", "NAME"), ("diabetes", "CONDITION"), ("Dra. Garza", "PROVIDER"), ("7 de noviembre", "DATE"), ("glucómetro", "PROCEDURE")],
     ["primary-care"], "A diagnosis as a visit label and the meter (a device, decision 7) go; the reminder survives."),
    ("cd0063", "Su presion estuvo en 168/98 en la visita de hoy. El doctor le aumento el lisinopril a 20 mg diarios. Tómese la presión en casa y mándenos los números en una semana.",
     "BLOCK", "care-instructions", "sms", "es",
     [("presion", "PROCEDURE"), ("168/98", "RESULT"), ("lisinopril", "MEDICATION"), ("presión", "PROCEDURE")],
     ["primary-care", "typo"], "A blood-pressure value and a dose change; 'la presión' as a measure is PROCEDURE (decision 5)."),
    ("cd0064", "Receta saludable de la semana 🥗: agua fresca de pepino y limón sin azúcar. Licúe 1 pepino, 2 limones y 4 tazas de agua fría. ¡Perfecta para el calor de julio!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Receta' is a recipe and 'azúcar' an ingredient; 'julio' alone is a month, not a date."),
    ("cd0065", "Diabetes Wellness Center of South Texas: Hi Rogelio, your diabetes education class is Wed 10/8 at 6pm in room B. Please bring your meter and your food log.",
     "REWRITE", "reminder", "sms", "en",
     [("Diabetes Wellness Center of South Texas", "SPECIALTY"), ("Rogelio", "NAME"), ("diabetes education", "PROCEDURE"), ("10/8", "DATE"), ("meter", "PROCEDURE")],
     ["primary-care"], "A condition-named center, the education program and the meter go (decision 7); class logistics survive."),
    ("cd0066", "Buenos días, este mensaje es para la señora Rosa Elvira Montes. Le habla la enfermera Patricia de la Clínica de Diabetes del Hospital San Lucas. Su azúcar en ayunas ha estado por encima de 250 en su monitor. Por favor aumente su insulina a 18 unidades y llámenos mañana.",
     "BLOCK", "care-instructions", "voice", "es",
     [("Rosa Elvira Montes", "NAME"), ("enfermera Patricia", "PROVIDER"), ("Clínica de Diabetes del Hospital San Lucas", "SPECIALTY"), ("azúcar en ayunas", "PROCEDURE"), ("por encima de 250", "RESULT"), ("monitor", "PROCEDURE"), ("insulina", "MEDICATION")],
     ["primary-care"], "Voicemail with readings and a dose change: overheard like SMS (README channel convention)."),
    ("cd0067", "Family Medical Center: Reminder, your lab appointment is Feb 3 at 7:00 am. Please fast (water only). Tel. 956-555-0136",
     "ALLOW", "reminder", "sms", "en",
     [("Feb 3", "DATE"), ("956-555-0136", "PHONE")],
     ["lab", "practice-contact"], "Judgement (decision 4): fasting for unnamed lab work is generic prep; no test named."),
    ("cd0068", "Hola Mr. Dominguez its Nurse Lupe, ur A1C went down to 7.0 from 8.3!! great job, keep it up w/ the metformin 1000 bid. see u in 3 mo",
     "BLOCK", "result", "sms", "en",
     [("Dominguez", "NAME"), ("Nurse Lupe", "PROVIDER"), ("A1C", "PROCEDURE"), ("7.0", "RESULT"), ("8.3", "RESULT"), ("metformin 1000", "MEDICATION")],
     ["primary-care", "shorthand", "typo"], "Values and dosing in staff shorthand; code-switched, mostly English (decision 1)."),
    ("cd0069", "Boletín de mayo: Mes de la Presión Arterial Alta\n\n¿Sabía que 1 de cada 3 adultos tiene presión alta y muchos no lo saben? Le invitamos a medirse la presión gratis en cualquiera de nuestras clínicas, sin cita. Además, en este boletín: consejos para reducir la sal, recetas con menos sodio y el calendario de caminatas comunitarias del verano. ¡Cuídese y cuide a su familia!",
     "ALLOW", "marketing", "email", "es", [],
     ["primary-care", "broadcast", "hard-negative"], "Newsletter to every patient; 'presión alta' in awareness text describes no one; '1 de cada 3' is not a date."),
    ("cd0070", "Sr. Ortega: le toca su chequeo de pies para diabéticos y su examen de retina. Llame al 210-555-0190 para hacer cita. Clinica Familiar Alamo",
     "REWRITE", "recall", "sms", "es",
     [("Ortega", "NAME"), ("chequeo de pies para diabéticos", "PROCEDURE"), ("examen de retina", "PROCEDURE"), ("210-555-0190", "PHONE")],
     ["primary-care", "practice-contact", "typo"], "A condition-named exam (README: 'diabetic foot exam') and a retinal exam go; the recall survives."),
    ("cd0071", "Notice: due to pipe repairs, water pressure will be low at the clinic on Thursday. Restrooms will work normally. Sorry for the inconvenience.",
     "ALLOW", "other", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "'pressure ... low' is the water pressure (decision 5)."),
    ("cd0072", "If your sugar drops below 70 again, take 4 glucose tabs, recheck in 15 min, and cut your glipizide to 5 mg in the morning. –Dr. Castañeda",
     "BLOCK", "care-instructions", "sms", "en",
     [("sugar", "PROCEDURE"), ("glucose tabs", "MEDICATION"), ("glipizide", "MEDICATION"), ("Dr. Castañeda", "PROVIDER")],
     ["primary-care", "negation"], "Treatment and dosing instructions; the hypothetical threshold 'below 70' is not labelled (decision 15), 'again' implies past lows but names no value."),
)

# ---------------------------------------------------------------- batch 7 (cd0073-cd0084): salud mental y uso de sustancias
add(
    ("cd0073", "Hola Alejandro, te recordamos tu sesión de terapia con la Lic. Ocampo el martes 22 de abril a las 5pm. Si necesitas cancelar avísanos con 24 hrs.",
     "REWRITE", "reminder", "sms", "es",
     [("Alejandro", "NAME"), ("terapia", "PROCEDURE"), ("Lic. Ocampo", "PROVIDER"), ("22 de abril", "DATE")],
     ["behavioral-health", "contrast"], "Name and therapy go (decision 6: 'sesión de ⟦terapia⟧'); near-same ALLOW text is cd0074."),
    ("cd0074", "Su cita con la Lic. Ocampo es el martes 22 de abril a las 5:00 pm. Responda 1 para confirmar.",
     "ALLOW", "reminder", "sms", "es",
     [("Lic. Ocampo", "PROVIDER"), ("22 de abril", "DATE")],
     ["behavioral-health", "contrast"], "Judgement (decision 8): 'Lic.' alone does not name a specialty; provider, date and time only."),
    ("cd0075", "Reminder from New Dawn Recovery Services: your methadone dose pickup window is 6-9 AM. Missing 3 doses in a row means re-induction. Bring your cup for your UA.",
     "BLOCK", "care-instructions", "sms", "en",
     [("New Dawn Recovery Services", "SPECIALTY"), ("methadone", "MEDICATION"), ("re-induction", "PROCEDURE"), ("UA", "PROCEDURE")],
     ["substance-use"], "Judgement (decision 17): opioid-treatment dosing rules are treatment instructions; Part 2 program name, drug and drug screen."),
    ("cd0076", "¿Se siente estresado o sin esperanza? No está solo. Línea de crisis gratuita y confidencial 24/7: llame o envíe un texto al 988 (para español, oprima 2).",
     "ALLOW", "marketing", "sms", "es", [],
     ["behavioral-health", "broadcast", "hard-negative"], "Crisis-line broadcast; 988 is not a phone identifier, 'esperanza' is a word, not a name or street."),
    ("cd0077", "Carlos, de parte de la Dra. Paredes: siga con la fluoxetina 20 mg todos los días, no la deje de golpe. Si vuelve a tener pensamientos de hacerse daño llame al 988 o vaya a emergencias. Su próxima cita es el 3/12.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Carlos", "NAME"), ("Dra. Paredes", "PROVIDER"), ("fluoxetina 20 mg", "MEDICATION"), ("pensamientos de hacerse daño", "CONDITION"), ("3/12", "DATE")],
     ["behavioral-health"], "Dosing instructions and a self-harm history ('vuelve a tener') are the message."),
    ("cd0078", "Hi Mr. Castillo, this is Tomas from Puente Behavioral Health. Your psychiatry follow-up with Dr. Ahmed moved to Mon 6/9 at 3:30. Reply OK to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Castillo", "NAME"), ("Tomas", "PROVIDER"), ("Puente Behavioral Health", "SPECIALTY"), ("psychiatry", "SPECIALTY"), ("Dr. Ahmed", "PROVIDER"), ("6/9", "DATE")],
     ["behavioral-health"], "Behavioral-health practice name and specialty go; the reschedule survives."),
    ("cd0079", "Resultado de su prueba de orina del 5/6: positivo para THC, negativo para opioides. Su consejera lo hablará con usted en la próxima sesión del programa.",
     "BLOCK", "result", "sms", "es",
     [("prueba de orina", "PROCEDURE"), ("5/6", "DATE"), ("positivo", "RESULT"), ("THC", "MEDICATION"), ("negativo", "RESULT"), ("opioides", "MEDICATION"), ("consejera", "SPECIALTY")],
     ["substance-use"], "Drug-screen results; substances are MEDICATION and a substance-use counselor is SPECIALTY (README)."),
    ("cd0080", "Reminder: the grief support group meets this Thursday at 6:30pm in room 3. Hope to see you there, Nelly!",
     "REWRITE", "reminder", "sms", "en",
     [("grief support group", "PROCEDURE"), ("Nelly", "NAME")],
     ["behavioral-health"], "A named therapy program for the recipient and her name go; time and room survive."),
    ("cd0081", "Subject: Mental Health Awareness Walk\n\nJoin Clínica del Pueblo staff and families for our annual Mental Health Awareness Walk this Saturday morning. Free T-shirts for the first 100 walkers, music, and resource tables from local organizations. Everyone is welcome, so bring your friends and family! Sign up at the front desk.",
     "ALLOW", "marketing", "email", "en", [],
     ["behavioral-health", "broadcast", "hard-negative"], "Community event broadcast; 'Mental Health' describes the event, not the recipient."),
    ("cd0082", "Sra. Nieves, le informamos que su esposo Raúl fue ingresado anoche en la unidad de psiquiatría. Está estable. Puede visitarlo de 2 a 4pm.",
     "BLOCK", "other", "sms", "es",
     [("Nieves", "NAME"), ("Raúl", "NAME"), ("psiquiatría", "SPECIALTY"), ("estable", "RESULT")],
     ["behavioral-health", "third-party"], "A third party's psychiatric admission and state (decision 16) sent to his wife."),
    ("cd0083", "Servicios de Salud Integral: your video visit is tomorrow at 10am. Please join 5 min early at https://citas.saludintegral.example/sala-espera",
     "ALLOW", "reminder", "sms", "en",
     [("https://citas.saludintegral.example/sala-espera", "URL")],
     ["primary-care", "practice-contact"], "The practice's own waiting-room link carries no patient token."),
    ("cd0084", "Farmacia Central: Your Suboxone prescription is ready. Please bring a photo ID; controlled medications require ID at pickup.",
     "REWRITE", "pickup", "sms", "en",
     [("Suboxone", "MEDICATION")],
     ["pharmacy", "substance-use"], "A revealing drug in a pickup notice goes; 'controlled medications' is a policy note."),
)

# ---------------------------------------------------------------- batch 8 (cd0085-cd0096): vacunas, niños, urgencias
add(
    ("cd0085", "Ya llegaron las vacunas contra la influenza y el COVID para esta temporada. Sin cita, de lunes a viernes de 8am a 4pm. Aceptamos Medicaid, CHIP y la mayoría de los seguros.",
     "ALLOW", "marketing", "sms", "es", [],
     ["primary-care", "broadcast", "hard-negative"], "Vaccine availability to every patient (README broadcasts); payer names are not PHI (decision 3)."),
    ("cd0086", "Hi, your daughter Camila Ruiz is behind on her back-to-school vaccines (Tdap and meningococcal). Please call to schedule: 559-555-0124",
     "REWRITE", "recall", "sms", "en",
     [("Camila Ruiz", "NAME"), ("Tdap", "PROCEDURE"), ("meningococcal", "PROCEDURE"), ("559-555-0124", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Judgement (decision 13): an overdue-vaccine recall for a named child is routine dependent logistics, REWRITE."),
    ("cd0087", "Your verification code for the Clinica Sol patient portal is 482913. Do not share this code with anyone. Si usted no lo solicitó, ignore este mensaje.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time code is not an identifier of the patient (README)."),
    ("cd0088", "Su hijo Emiliano dio POSITIVO en la prueba rápida de estreptococo. La receta de penicilina ya se envió a su farmacia. Dele la medicina 2 veces al día por 10 días.",
     "BLOCK", "result", "sms", "es",
     [("Emiliano", "NAME"), ("POSITIVO", "RESULT"), ("prueba rápida de estreptococo", "PROCEDURE"), ("penicilina", "MEDICATION")],
     ["pediatrics", "urgent-care", "minor", "third-party"], "A child's positive test and dosing sent to the parent."),
    ("cd0089", "Urgencias Pediátricas Express: Sr. Méndez, ya es su turno! Pase con Isabella a la sala 4 por favor.",
     "REWRITE", "other", "sms", "es",
     [("Urgencias Pediátricas Express", "SPECIALTY"), ("Méndez", "NAME"), ("Isabella", "NAME")],
     ["urgent-care", "pediatrics", "minor"], "Queue text: a pediatric urgent-care name and two family names go; 'your turn, room 4' survives."),
    ("cd0090", "You're checked in! Current wait is about 35 min. We'll text you when a room is ready. Questions? (626) 555-0188",
     "ALLOW", "other", "sms", "en",
     [("(626) 555-0188", "PHONE")],
     ["urgent-care", "practice-contact"], "Queue text without a practice name or visit reason."),
    ("cd0091", "Recordatorio para padres: la escuela requiere el certificado de vacunación (PVAC-3) al día para la matrícula. Pídalo en recepción, es gratis.",
     "ALLOW", "other", "sms", "es", [],
     ["pediatrics", "broadcast", "hard-negative"], "PVAC-3 is a form name, not an identifier; a school requirement sent to all parents."),
    ("cd0092", "Asunto: Registro de vacunas para la escuela\n\nEstimada Sra. Figueroa:\n\nAdjunto encontrará el registro de vacunas de Adrián Figueroa Colón (fecha de nacimiento: 04/02/2016) que solicitó para la matrícula escolar. Según nuestro registro, le falta la segunda dosis de varicela y el refuerzo de polio (IPV). Sin estas vacunas la escuela no podrá aceptar el certificado.\n\nPuede traerlo sin cita cualquier martes o jueves de 8:00 a 11:00 am. Si ya recibió estas vacunas en otro lugar, envíenos una copia de la tarjeta y actualizaremos el registro.\n\nCordialmente,\nDepartamento de Enfermería\nCentro de Salud Familiar Las Lomas\n(787) 555-0148",
     "BLOCK", "other", "email", "es",
     [("Figueroa", "NAME", 0), ("Adrián Figueroa Colón", "NAME"), ("04/02/2016", "DATE"), ("varicela", "PROCEDURE"), ("polio", "PROCEDURE"), ("IPV", "PROCEDURE"), ("(787) 555-0148", "PHONE")],
     ["pediatrics", "minor", "third-party", "dob", "practice-contact"], "A child's full date of birth with his full name, plus his immunization record, by e-mail."),
    ("cd0093", "Hi Gabriela! Your flu shot appointment is Fri 10/17 at 4:45 PM. Reply C to confirm or R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Gabriela", "NAME"), ("flu shot", "PROCEDURE"), ("10/17", "DATE")],
     ["primary-care"], "The recipient's own flu-shot appointment is REWRITE (README broadcasts), unlike cd0085."),
    ("cd0094", "Don Julio, le informamos que su prueba de COVID del 11/1 salió negativa. Puede regresar al trabajo cuando se sienta bien.",
     "BLOCK", "result", "sms", "es",
     [("Julio", "NAME"), ("prueba de COVID", "PROCEDURE"), ("11/1", "DATE"), ("negativa", "RESULT")],
     ["urgent-care", "lab"], "A negative result is still a result; 'Don Julio' is a name, not the month."),
    ("cd0095", "Centro de Salud Bella Vista le informa que la clínica de vacunas para todas las edades estará abierta este sábado de 9 a 1. No necesita cita. Para más información llame al 9 5 6, 5 5 5, 0 1 7 2.",
     "ALLOW", "marketing", "voice", "es",
     [("9 5 6, 5 5 5, 0 1 7 2", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "IVR broadcast; the practice's number spoken digit by digit is PHONE (decision 14)."),
    ("cd0096", "Urgent: your child's TB skin test read today is 12 mm, positive. Please schedule a chest x-ray this week. Call Little Stars Pediatrics at 915-555-0177.",
     "BLOCK", "result", "sms", "en",
     [("TB skin test", "PROCEDURE"), ("12 mm", "RESULT"), ("positive", "RESULT"), ("chest x-ray", "PROCEDURE"), ("Little Stars Pediatrics", "SPECIALTY"), ("915-555-0177", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "A child's positive TB test read sent to the parent."),
)

# ---------------------------------------------------------------- batch 9 (cd0097-cd0108): facturas, planes de pago, Medicaid/CHIP
add(
    ("cd0097", "Clínica del Pueblo: You have a balance of $45.00. Pay online, by phone or in person. Interest-free payment plans are available. / Tiene un saldo pendiente.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "A balance without an account number or service; generic clinic name (decision 2)."),
    ("cd0098", "Dear patient, your account #44-7781203 has a balance of $212.50. Pay at pagos.clinicasol.example or call 407-555-0163.",
     "REWRITE", "billing", "sms", "en",
     [("44-7781203", "ACCOUNT"), ("pagos.clinicasol.example", "URL"), ("407-555-0163", "PHONE")],
     ["general", "practice-contact"], "The account number is not needed; the practice's payment link and phone stay."),
    ("cd0099", "Aviso importante: es hora de renovar su Medicaid o CHIP. Si no renueva a tiempo podría perder su cobertura. Nuestros consejeros de beneficios le ayudan gratis, llame al 713-555-0102.",
     "ALLOW", "other", "sms", "es",
     [("713-555-0102", "PHONE")],
     ["general", "practice-contact"], "Judgement (decision 3): renewal of a payer programme is coverage, not health; benefits counselors are not substance-use counselors (decision 8)."),
    ("cd0100", "Your CHIP renewal for Sofía was received. Member number: 714402318-01. We will let you know when it is approved.",
     "REWRITE", "other", "sms", "en",
     [("Sofía", "NAME"), ("714402318-01", "HEALTH_PLAN_ID")],
     ["pediatrics", "minor"], "A child's name and member number go; 'your renewal was received' survives (decision 3)."),
    ("cd0101", "Asunto: Estado de cuenta – Hospital Metropolitano\n\nEstimado Sr. Eduardo Lugo Santana:\n\nLe escribimos sobre la factura de su colonoscopía con extirpación de pólipos del 14 de enero. Su plan (número de miembro MCS-4471920) pagó $1,180.00 y queda un saldo de $315.40 a su cargo.\n\nPara verificar su identidad en el plan de pagos, estos son los datos que tenemos en archivo: Seguro Social 078-05-1120, fecha de nacimiento 22/09/1961.\n\nSi no está de acuerdo con el cargo, puede pedir una revisión dentro de 30 días o solicitar nuestro programa de asistencia financiera (descuentos de hasta 100% según sus ingresos). Puede establecer un plan de pagos de hasta 12 meses sin intereses llamando a la Oficina de Facturación al (787) 555-0119, de lunes a viernes de 8:00 a 4:30. También puede pagar en línea en pagos.hmetro.example.\n\nAtentamente,\nOficina de Facturación\nHospital Metropolitano",
     "BLOCK", "billing", "email", "es",
     [("Eduardo Lugo Santana", "NAME"), ("colonoscopía", "PROCEDURE"), ("extirpación de pólipos", "PROCEDURE"), ("14 de enero", "DATE"), ("MCS-4471920", "HEALTH_PLAN_ID"), ("078-05-1120", "SSN"), ("22/09/1961", "DATE"), ("(787) 555-0119", "PHONE"), ("pagos.hmetro.example", "URL")],
     ["general", "dob", "practice-contact"], "An SSN and a full date of birth with the full name must never travel by e-mail, whatever the billing purpose."),
    ("cd0102", "Reminder: your payment plan installment is due on the 15th of each month. Minimum payment $25. Thank you for paying on time!",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Judgement (decision 10): a recurring day of the month is not a calendar date."),
    ("cd0103", "Hi Marta, just a reminder that your balance of $180 for your root canal is due Friday. Pay at brightsmile.example/pay or call (305) 555-0155.",
     "REWRITE", "billing", "sms", "en",
     [("Marta", "NAME"), ("root canal", "PROCEDURE"), ("brightsmile.example/pay", "URL"), ("(305) 555-0155", "PHONE")],
     ["dental", "practice-contact"], "Name and the billed procedure go; the balance and due day survive."),
    ("cd0104", "¿No tiene seguro médico? Ofrecemos tarifas reducidas según sus ingresos (escala móvil). Traiga comprobante de ingresos y de domicilio a su próxima visita.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Sliding-fee broadcast; 'domicilio' asks for a document, it is not an address."),
    ("cd0105", "Farmacia Especializada Vida: su seguro negó la autorización de Biktarvy. Mientras tanto le enviamos una muestra de 7 días; tome 1 tableta diaria sin falta.",
     "BLOCK", "other", "sms", "es",
     [("Farmacia Especializada Vida", "SPECIALTY"), ("Biktarvy", "MEDICATION")],
     ["pharmacy", "hiv-sexual-health"], "An HIV drug with a dosing instruction from a specialty pharmacy."),
    ("cd0106", "Sunrise Health: Your statement is ready. View and pay securely at sunrisehealth.example/billing. We never ask for card numbers by text.",
     "ALLOW", "billing", "sms", "en",
     [("sunrisehealth.example/billing", "URL")],
     ["general", "practice-contact"], "Statement notice with the practice's own link, no token."),
    ("cd0107", "Mrs. Quintero, your cost estimate for the knee MRI is $350 with your insurance. Call us with any questions.",
     "REWRITE", "billing", "sms", "en",
     [("Quintero", "NAME"), ("knee MRI", "PROCEDURE")],
     ["imaging"], "Name and the procedure go; the estimate survives."),
    ("cd0108", "Le informamos que la cuenta de su padre, el Sr. Ignacio Pabón, por sus tratamientos de diálisis sigue atrasada. Él nos dijo que está muy débil para hablar por teléfono, por eso le escribimos a usted.",
     "BLOCK", "billing", "sms", "es",
     [("Ignacio Pabón", "NAME"), ("diálisis", "PROCEDURE"), ("muy débil", "CONDITION")],
     ["dialysis", "third-party"], "A third party's treatment and state of health (a symptom) told to his child."),
)

# ---------------------------------------------------------------- batch 10 (cd0109-cd0120): disfraces, avisos generales, look-alikes
add(
    ("cd0109", "Hola Kevin, tu prueba de V-I-H salió n e g a t i v a 👍 Cualquier duda escríbenos.",
     "BLOCK", "result", "sms", "es",
     [("Kevin", "NAME"), ("prueba de V-I-H", "PROCEDURE"), ("n e g a t i v a", "RESULT")],
     ["hiv-sexual-health", "spaced"], "An HIV test result disguised with hyphenated and spaced letters; a negative result is still a result."),
    ("cd0110", "Farmacia San José: su ins\u200bulina Humalog ya está lista para recoger. Horario de 9 a 7.",
     "REWRITE", "pickup", "sms", "es",
     [("ins\u200bulina Humalog", "MEDICATION")],
     ["pharmacy"], "A drug name split by a zero-width space in a pickup notice; the span covers the original characters."),
    ("cd0111", "Reminder: your appointment at Valley \u041encology Associates is Tue 2/4 at 9:00 AM. Please arrive 15 minutes early.",
     "REWRITE", "reminder", "sms", "en",
     [("Valley \u041encology Associates", "SPECIALTY"), ("2/4", "DATE")],
     ["oncology"], "An oncology practice name with a Cyrillic capital O; the reminder survives without it."),
    ("cd0112", "Sra. Beltrán, su mam0grafía salió con un hallazgo sosp3choso y necesita una b10psia. Llame hoy a la clínica.",
     "BLOCK", "result", "sms", "es",
     [("Beltrán", "NAME"), ("mam0grafía", "PROCEDURE"), ("hallazgo sosp3choso", "RESULT"), ("b10psia", "PROCEDURE")],
     ["imaging", "oncology", "leet"], "A suspicious imaging finding in leetspeak; the finding is the message."),
    ("cd0113", "Asunto: ¡Nos mudamos! Nueva dirección y horario\n\nQueridos pacientes:\n\nA partir del 2 de junio, el Centro de Salud Familiar San Antonio de Padua atenderá en su nuevo edificio en 815 W Commerce St, San Antonio, TX 78207, a dos cuadras de la clínica anterior. Tendremos estacionamiento gratis y parada de autobús enfrente.\n\nNuevo horario: lunes a viernes de 7:30 am a 7:00 pm y sábados de 8:00 am a 12:00 pm. La Dra. Alicia Menchaca y el Dr. Rubén Olvera seguirán atendiendo a sus pacientes de siempre.\n\nNuestro teléfono no cambia: (210) 555-0111. También puede hacer citas en www.saludpadua.example.\n\nEl laboratorio, la farmacia y el área de pediatría estarán en el primer piso; los ascensores quedan junto a la entrada principal. Si usted tiene una cita programada para después del 2 de junio, no tiene que hacer nada: la cita sigue igual, solo cambia el lugar. Seguimos ofreciendo intérpretes gratis y precios según sus ingresos.\n\nGracias por confiar en nosotros.\nLa Administración",
     "ALLOW", "other", "email", "es",
     [("2 de junio", "DATE", 0), ("815 W Commerce St, San Antonio, TX 78207", "ADDRESS"), ("Dra. Alicia Menchaca", "PROVIDER"), ("Dr. Rubén Olvera", "PROVIDER"), ("(210) 555-0111", "PHONE"), ("www.saludpadua.example", "URL"), ("2 de junio", "DATE", 1)],
     ["general", "broadcast", "practice-contact"], "Move announcement with the practice's own address, phone and site; a city in the practice's name is not labelled (decision 2); 'el área de pediatría' describes the building for everyone (broadcast), so it has no span."),
    ("cd0114", "¿Sufre de dolores de cabeza frecuentes? No se automedique: hable con su médico en su próxima visita. Consejo de salud del mes, Clínica del Pueblo.",
     "ALLOW", "marketing", "sms", "es", [],
     ["primary-care", "broadcast", "hard-negative"], "Health tip to every patient; 'dolores' is a symptom word in a broadcast, not the name Dolores, and says nothing about the recipient."),
    ("cd0115", "Hola, le escribe la Sra. Dolores Almonte, coordinadora de citas del Centro Médico Washington Heights. Necesitamos confirmar su cita del jueves. Llámeme al 212-555-0139 ext 4.",
     "ALLOW", "confirmation", "sms", "es",
     [("Dolores Almonte", "PROVIDER"), ("212-555-0139", "PHONE")],
     ["general", "practice-contact"], "Judgement (decision 9): 'la Sra. Dolores' is the staff sender (PROVIDER, courtesy title outside); a neighbourhood in the practice's name is not labelled (decision 2)."),
    ("cd0116", "Hispanic Heritage Month: join us Friday in the lobby for free blood pressure checks, salsa lessons and pan dulce. ¡Todos bienvenidos!",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Free blood-pressure checks for everyone (README broadcasts); 'salsa' and 'pan dulce' are not clinical."),
    ("cd0117", "Subject: Your visit summary – Pronto Urgent Care\n\nDear Héctor Pizarro,\n\nThank you for visiting Pronto Urgent Care today. You were diagnosed with acute bronchitis. Your chest x-ray did not show pneumonia.\n\nPlease take benzonatate 100 mg three times a day as needed for cough, and use your albuterol inhaler 2 puffs every 4-6 hours if you feel short of breath. Drink plenty of fluids and rest.\n\nCome back or go to the ER if you have a fever over 102°F, trouble breathing or chest pain.\n\nFollow up with your primary care doctor in 1 week. A Spanish version of this summary is available on request.\n\nPronto Urgent Care\n(832) 555-0186",
     "BLOCK", "care-instructions", "email", "en",
     [("Pronto Urgent Care", "SPECIALTY", 0), ("Héctor Pizarro", "NAME"), ("Pronto Urgent Care", "SPECIALTY", 1), ("acute bronchitis", "CONDITION"), ("chest x-ray", "PROCEDURE"), ("did not show pneumonia", "RESULT"), ("benzonatate 100 mg", "MEDICATION"), ("cough", "CONDITION"), ("albuterol inhaler", "MEDICATION"), ("Pronto Urgent Care", "SPECIALTY", 2), ("(832) 555-0186", "PHONE")],
     ["urgent-care", "negation", "practice-contact"], "Diagnosis, finding and dosing by e-mail. Hypothetical return precautions ('if you feel short of breath', 'fever over 102°F') are not labelled (decision 15); 'did not show pneumonia' is a RESULT."),
    ("cd0118", "Centro de Salud Familiar Boriquén: Saludos! Su cita es el 9 de octubre a las 8:00am con el Dr. Rosado. Si no puede llegar, llame al 787-555-0181 pa darle el turno a otro paciente.",
     "ALLOW", "reminder", "sms", "es",
     [("9 de octubre", "DATE"), ("Dr. Rosado", "PROVIDER"), ("787-555-0181", "PHONE")],
     ["primary-care", "practice-contact"], "Generic practice name, provider, date, time and the practice's phone."),
    ("cd0119", "Buenas, le informamos que su mamá, Doña Eulalia Vargas (94 años), se cayó esta mañana en el hogar y se fracturó la cadera. La trasladaron al Hospital San Pablo. Llámenos al 787-555-0193.",
     "BLOCK", "other", "sms", "es",
     [("Eulalia Vargas", "NAME"), ("94", "AGE"), ("se cayó", "CONDITION"), ("se fracturó la cadera", "CONDITION"), ("787-555-0193", "PHONE")],
     ["home-health", "third-party", "age-over-89", "practice-contact"], "A third party's fall and fracture, with her name and an age over 89, sent to her child."),
    ("cd0120", "Clínica del Pueblo les desea Feliz Navidad y Próspero Año Nuevo 🎄 Estaremos cerrados el 25 de diciembre y el 1 de enero. Para emergencias llame al 911.",
     "ALLOW", "other", "sms", "es",
     [("25 de diciembre", "DATE"), ("1 de enero", "DATE")],
     ["general", "broadcast"], "Judgement (decision 10): closure days written as calendar dates are DATEs (allowed); 911 is not a phone identifier."),
)

if __name__ == "__main__":
    probe_lib.run(M, "cd", "probe79.jsonl")
