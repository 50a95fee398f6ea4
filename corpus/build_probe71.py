#!/usr/bin/env python3
"""Build corpus/probe71.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe71.py [OUT] [-v]   (default: probe71.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run,
and no other corpus's messages, source code or tests were read).

This round is COMMUNITY HEALTH CENTERS (FQHCs) SERVING SPANISH-SPEAKING FAMILIES: what federally
qualified health centers, promotoras / community health workers, WIC offices, school-based clinics
and sliding-fee programs send — appointment reminders and confirmations, vaccine campaigns and
clinic days, sliding-fee and Medicaid/Medi-Cal paperwork, interpreter notes, results-ready notices
and results that should not travel, chronic-care outreach (diabetes, hypertension), prenatal and
well-child visits, dental and behavioral-health integration, transport and home visits, and
immigration-sensitive wording ("no preguntamos su estatus"). About half is Spanish as native
speakers and staff write it (Mexican, Central American with voseo, Caribbean; Spanglish; missing
accents and typos). Hard negatives: community events and broadcasts, "azúcar" as food, "presión"
at work, "la regla" as a rule, "positive" vibes, "operación" as a payment, schools and saints
that look like surnames. Four disguised messages (spaced letters, a zero-width space, leet, a
Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. A promotora / community health worker, care coordinator, interpreter or front-desk person
     named as the sender or as the person the patient will see is workforce: PROVIDER, with the
     role word inside the span when it is generic (`promotora Nely`, `enfermera Lety`).
  2. A role or credential that names a sensitive service is split off as SPECIALTY, as DDS is in
     the README: `partera` / `CNM` (midwife), `psicóloga`, `consejero`, `LCSW`, `LMFT`,
     `oculista`, `dentista`; the person's name stays PROVIDER. `Lic.` alone is a generic
     Latin-American title (licenciado/a) and stays inside PROVIDER.
  3. Spanish visit labels put the generic head first (`cita`, `control`, `clase`, `chequeo`):
     the head stays outside and only the revealing qualifier is labelled
     (`control ⟦prenatal⟧`, `cita de ⟦niño sano⟧`), mirroring `⟦well-child⟧ visit`.
  4. WIC is a nutrition benefit, not a clinical service: the word WIC and a WIC appointment
     with only date and time are not labelled (ALLOW); a WIC message that carries a measured
     value (hemoglobin) is a result (BLOCK).
  5. A preferred language or an interpreter booking (Mam, K'iche', Mixteco) is not PHI and is
     not labelled; neither is a school-based clinic's or school's name.
  6. A consular ID (matrícula consular) number is OTHER_ID like a CURP; with name and full DOB
     the message is BLOCK, alone with a name it is REWRITE (identifier not needed).
  7. Payment receipt numbers (`folio`) are transaction references like confirmation codes and
     are not labelled.
  8. Home-monitoring and diabetes supplies (glucose meter, test strips, BP cuff, spacer) are
     devices: PROCEDURE. "Azúcar"/"sugars"/"presión" used for the measured value are the measure
     (PROCEDURE) and the number or "alta" is the RESULT.
  9. Fasting or "eat before" prep for a named test is logistics; the test name is what goes.
 10. A hypothetical screening question in a reminder ("if you take blood thinners") still names
     a drug class; it is labelled (MEDICATION) and tagged negation.
 11. A message to an interpreter vendor about a patient is checked like any outgoing message.
 12. A sports physical is a generic physical (not labelled); a condition check next to it is.
 13. A practice name with "Kids" reveals pediatrics like "... Pediatrics" (SPECIALTY), while
     "your child's appointment" at a generic family practice, with no visit type, is ALLOW.
 14. The patient's own home / pickup address is not needed in a transport or home-visit text
     (REWRITE); business locations (a pharmacy's street, a school, a church where the mobile van
     parks) are not patient identifiers — the van stop is labelled as the center's own ADDRESS.
 15. A condition-revealing program name (`Healthy Heart Program`) is PROCEDURE (README: programs);
     a condition word inside a generic program phrase (`programa de diabetes`) is CONDITION.
 16. A list of services a center offers, in a message sent to everyone (dental, behavioral
     health), is not labelled, like other broadcasts.
 17. Endearments (`mija`, `mami`, `mi amor`) are not names; `doña`/`don`/`Sr.` stay outside.
 18. A Spanish strength written right after the drug (`metformina de 850`, `sertralina de 50`)
     belongs to the MEDICATION span.
 19. Hypothetical symptoms in instructions (`si le da temblor o sudor`, `if you feel dizzy`) are
     labelled CONDITION and tagged negation.
 20. A patient's permission to update a spouse does not make SMS a safe channel for the spouse's
     finding: still BLOCK (third party's health).

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


# ---------------------------------------------------------------- batch 1 (bv0001-bv0012): reminders and confirmations
add(
    ("bv0001", "Centro de Salud Comunitario Valle Verde: Le recordamos su cita con la Dra. Beatriz Quintanilla el jueves 14 de marzo a las 9:15 am. Favor de llegar 15 min antes. Responda SI para confirmar o NO para cancelar.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Beatriz Quintanilla", "PROVIDER"), ("14 de marzo", "DATE")],
     ["primary-care"], "Generic health-center name, provider, date and time only."),
    ("bv0002", "Reminder from Eastside Community Health Center: your appointment is Tue 4/9 at 2:40pm with Dr. Okafor at our Mission site. If you're on the sliding fee scale, bring proof of income. Reply C to confirm, R to reschedule. ¿Necesita intérprete? Responda ESP.",
     "ALLOW", "reminder", "sms", "en",
     [("4/9", "DATE"), ("Dr. Okafor", "PROVIDER")],
     ["primary-care"], "Provider, date, a generic site name and sliding-fee paperwork say nothing clinical. Decision 5: an interpreter offer is not PHI."),
    ("bv0003", "Hola Yesenia! Le saluda Karla de La Clínica del Pueblo 😊 Su cita de control prenatal es el lunes 22 de abril a las 10:00 con la partera Ruth Alemán. Traiga su tarjeta de Medicaid. Gracias!",
     "REWRITE", "reminder", "sms", "es",
     [("Yesenia", "NAME"), ("Karla", "PROVIDER"), ("prenatal", "PROCEDURE"), ("22 de abril", "DATE"), ("partera", "SPECIALTY"), ("Ruth Alemán", "PROVIDER")],
     ["reproductive"], "Name, prenatal visit type and the midwife role go; date and time survive. Decisions 1-3: the sender is PROVIDER, `partera` is a specialty-revealing role (SPECIALTY), `control` stays outside."),
    ("bv0004", "Hi Mr. Castellanos, this is Brenda w/ Lakeview Community Health. Ur diabetes education class is Thurs 5/16 at 5:30pm in Room B. Bring your meter + log. Reply STOP to opt out.",
     "REWRITE", "reminder", "sms", "en",
     [("Castellanos", "NAME"), ("Brenda", "PROVIDER"), ("diabetes", "CONDITION"), ("5/16", "DATE"), ("meter", "PROCEDURE")],
     ["primary-care", "shorthand"], "The condition-named class and the glucose meter reveal diabetes; the class logistics survive. Decision 8: the meter is a device (PROCEDURE)."),
    ("bv0005", "CLINICA FAMILIAR SAN JUAN: recordatorio de su cita mañana a las 8:30AM. Si no puede venir llame al (956) 555-0147 pa reprogramar. No conteste a este msj, no es monitoreado.",
     "ALLOW", "reminder", "sms", "es",
     [("(956) 555-0147", "PHONE")],
     ["primary-care", "practice-contact", "typo"], "Generic reminder with the clinic's own phone; 'San Juan' is a saint in a practice name, not a patient."),
    ("bv0006", "You're booked! Mon 6/3, 11:20 AM, Dr. Haddad, Family Medicine, Sunnyside Health Center – Building C. Free parking in the back lot. Reply R to reschedule.",
     "ALLOW", "confirmation", "sms", "en",
     [("6/3", "DATE"), ("Dr. Haddad", "PROVIDER")],
     ["primary-care"], "Family medicine is generic primary care; provider, date and building only."),
    ("bv0007", "Buenas tardes, este mensaje es para Gilberto Paz. Le llamamos de Clínica Comunitaria Los Olivos para recordarle su cita con el dentista el miércoles 5 de junio a las tres de la tarde. Si necesita cambiarla, llámenos al (323) 555-0162. Que tenga buen día.",
     "REWRITE", "reminder", "voice", "es",
     [("Gilberto Paz", "NAME"), ("dentista", "SPECIALTY"), ("5 de junio", "DATE"), ("(323) 555-0162", "PHONE")],
     ["dental", "practice-contact"], "Voicemail treated like SMS (may be overheard): the patient's name and the dental service go; date, time and clinic phone survive."),
    ("bv0008", "Hi! Your child's well-child visit + 4-yr vaccines at Westside Family Health is 7/11 at 9am. Bring the shot card & any school forms. Text back 1 to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("well-child", "PROCEDURE"), ("vaccines", "PROCEDURE"), ("7/11", "DATE")],
     ["pediatrics", "minor", "shorthand"], "Dependent's logistics with routine visit types: REWRITE like the patient's own; no name here."),
    ("bv0009", "Centro de Salud Familiar Buena Vista: Mañana es su cita. Recuerde traer comprobante de ingresos (talón de cheque o carta del patrón) para su descuento. ¡No preguntamos su estatus migratorio!",
     "ALLOW", "reminder", "sms", "es", [],
     ["primary-care", "hard-negative"], "Sliding-fee paperwork and an immigration reassurance; 'patrón' is the employer, nothing about the patient's health."),
    ("bv0010", "Subject: Your upcoming visit at Harbor View Community Health Center\n\nHello,\n\nThis is a reminder that you have an appointment on Monday, June 9 at 10:20 AM with Dr. Miriam Adeyemi at our main clinic, 1180 Harbor Blvd, Suite 100, Oxnard, CA 93030.\n\nPlease arrive 15 minutes early and bring:\n- a photo ID (any ID is fine, including a foreign passport or consular ID)\n- your insurance card, if you have one\n- proof of income if you would like to apply for our sliding fee discount\n\nWe serve everyone, regardless of insurance, ability to pay or immigration status. Free interpreters are available in Spanish, Mixteco and Zapoteco; let us know ahead of time.\n\nNeed to reschedule? Call (805) 555-0126 or reply to this e-mail.\n\nHarbor View Community Health Center\nPatient Access Team",
     "ALLOW", "reminder", "email", "en",
     [("June 9", "DATE"), ("Dr. Miriam Adeyemi", "PROVIDER"), ("1180 Harbor Blvd, Suite 100, Oxnard, CA 93030", "ADDRESS"), ("(805) 555-0126", "PHONE")],
     ["primary-care", "practice-contact"], "Long reminder e-mail: the address and phone are the clinic's own; ID and income lists are generic."),
    ("bv0011", "Hola dona Mari, le textea Jessica de Esperanza Health Center. Su appointment pa la limpieza dental es el friday 8/2 a las 3pm. Si no puede, llámenos pa' atrás al 555-0133 porfa.",
     "REWRITE", "reminder", "sms", "es",
     [("Mari", "NAME"), ("Jessica", "PROVIDER"), ("limpieza dental", "PROCEDURE"), ("8/2", "DATE"), ("555-0133", "PHONE")],
     ["dental", "typo", "practice-contact"], "Spanglish: the patient's name ('dona' = doña, title outside) and the dental cleaning go; the sender is workforce (decision 1)."),
    ("bv0012", "Eastgate CHC: Reminder – your behavioral health visit with Lic. Ortega is tomorrow at 4:00 PM (video). Join from the app 10 min early.",
     "REWRITE", "reminder", "push", "en",
     [("behavioral health", "SPECIALTY"), ("Lic. Ortega", "PROVIDER")],
     ["behavioral-health"], "Lock-screen push naming the behavioral-health service; the visit time survives. Decision 2: 'Lic.' is a generic title."),
)

# ---------------------------------------------------------------- batch 2 (bv0013-bv0024): vaccine campaigns, clinic days, community events
add(
    ("bv0013", "¡Vacunas contra la gripe GRATIS este sábado de 9 a 1 en el Centro Comunitario Las Palmas! Sin cita, sin seguro, no importa su estatus. Traiga a toda la familia 💉",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Broadcast flu clinic sent to every patient; says nothing about the recipient."),
    ("bv0014", "Back-to-school shots & sports physicals, Saturdays in July at all Northfield Community Health sites. Walk-ins welcome. Sliding fee available - nobody turned away for inability to pay.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Broadcast campaign; 'shots' and 'physicals' are offered to everyone, not the recipient's own visit."),
    ("bv0015", "Sra. Hernández, su hija Daniela tiene pendiente la vacuna del VPH (2da dosis). Puede pasar sin cita de lunes a viernes a la Clínica Escolar de la Secundaria Roosevelt.",
     "REWRITE", "recall", "sms", "es",
     [("Hernández", "NAME"), ("Daniela", "NAME"), ("vacuna del VPH", "PROCEDURE")],
     ["pediatrics", "minor"], "A dependent's routine vaccine due, with names: REWRITE like the patient's own (README). Decision 5: the school-based clinic's name is not labelled."),
    ("bv0016", "Our records show Mateo is due for his 12-month shots and a lead test. Call Pueblo Kids Clinic at (505) 555-0118 to book. We accept Medicaid & CHIP.",
     "REWRITE", "recall", "sms", "en",
     [("Mateo", "NAME"), ("12-month shots", "PROCEDURE"), ("lead test", "PROCEDURE"), ("Pueblo Kids Clinic", "SPECIALTY"), ("(505) 555-0118", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Child's name, vaccines and lead screening go; a 'Kids' clinic name reveals pediatrics like '... Pediatrics'. Decision 13: the practice name is SPECIALTY."),
    ("bv0017", "Junta del Consejo de Pacientes: martes 6 pm en la sala de juntas del Centro de Salud San Rafael. La regla es una sola: ¡celulares en silencio! Habrá pan dulce, café y cuidado de niños.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'La regla' is a rule, 'pan dulce' is food; a patient-board meeting notice to all patients."),
    ("bv0018", "Taller de cocina GRATIS: 'Menos azúcar, más sabor' 🌽 Aprenda a preparar atole y pan de elote con la nutricionista del centro. Miércoles 6 pm, salón comunitario. ¡Cupo limitado, aparte su lugar!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Azúcar' is an ingredient in a cooking class open to everyone, not a glucose value."),
    ("bv0019", "Mobile Health Van at St. Anne's Parish, 2210 W. Olive Ave, Tuesdays 10-2: flu and COVID shots, blood pressure checks, no appointment or insurance needed. Info: (559) 555-0190 / chc.example.org/van",
     "ALLOW", "marketing", "sms", "en",
     [("2210 W. Olive Ave", "ADDRESS"), ("(559) 555-0190", "PHONE"), ("chc.example.org/van", "URL")],
     ["general", "broadcast", "practice-contact"], "Broadcast: the van's stop address, phone and URL are the center's own; services offered to all."),
    ("bv0020", "Don Ramiro, le recordamos que ya le toca su vacuna contra la neumonía y la Shingrix. Pase a la farmacia del centro sin cita, L-V de 8 a 5.",
     "REWRITE", "recall", "sms", "es",
     [("Ramiro", "NAME"), ("vacuna contra la neumonía", "PROCEDURE"), ("Shingrix", "MEDICATION")],
     ["pharmacy", "primary-care"], "Name, the named vaccine and the vaccine brand go ('Don' stays outside); 'your vaccine is due, walk in' survives."),
    ("bv0021", "¿Mucha presión en el trabajo y no puede pedir permiso? Ahora abrimos los sábados de 8 a 12 en Clínica Comunitaria San Isidro. Haga su cita en línea o responda CITA.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'Presión' is pressure at work, not blood pressure; extended-hours notice to everyone."),
    ("bv0022", "Mrs. Nguyen, your flu test from yesterday came back positive. Dr. Salas sent Tamiflu to your pharmacy - please start it today and stay home until fever-free 24 hrs.",
     "BLOCK", "result", "sms", "en",
     [("Nguyen", "NAME"), ("flu test", "PROCEDURE"), ("positive", "RESULT"), ("Dr. Salas", "PROVIDER"), ("Tamiflu", "MEDICATION"), ("fever", "CONDITION")],
     ["urgent-care", "primary-care"], "A result and treatment instructions are the message; send a portal notice instead."),
    ("bv0023", "Dear parent: a student in Kevin's classroom has confirmed measles. Our records show Kevin has not received his MMR vaccine. Please call the school nurse today about keeping him home.",
     "BLOCK", "other", "sms", "en",
     [("Kevin", "NAME", 0), ("measles", "CONDITION"), ("Kevin", "NAME", 1), ("MMR vaccine", "PROCEDURE")],
     ["pediatrics", "minor", "third-party", "negation"], "Exposure plus the child's immunization status is a dependent's health information (README: BLOCK), and it mentions another child's diagnosis."),
    ("bv0024", "Community Baby Shower! Free car seats, diapers and WIC sign-up help. Sat 10am, Eastside CHC parking lot. All families welcome, no ID needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Community event; WIC sign-up offered to all (decision 4)."),
)

# ---------------------------------------------------------------- batch 3 (bv0025-bv0036): sliding fee, Medicaid paperwork, interpreters
add(
    ("bv0025", "Centro de Salud Valle Verde: su solicitud del programa de descuento (escala móvil) vence este mes. Traiga talones de pago de los últimos 30 días o una carta de su empleador. Si no tiene ingresos, le damos una forma para firmar.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative"], "Sliding-fee renewal paperwork; income documents are not health information."),
    ("bv0026", "Dear Ms. Rosa Elvira Martínez,\n\nGood news: your sliding fee discount at Southgate Community Health has been approved at Level C (60% off) through 12/31. Your account number is 00-448219. Your copay at your next visit will be $20, and lab work done here is included.\n\nIf your income or household size changes, please let us know so we can update your level.\n\nQuestions? Call Patient Financial Services at (602) 555-0175, Mon-Fri 8-4:30.\n\nSouthgate Community Health",
     "REWRITE", "billing", "email", "en",
     [("Rosa Elvira Martínez", "NAME"), ("12/31", "DATE"), ("00-448219", "ACCOUNT"), ("(602) 555-0175", "PHONE")],
     ["general", "practice-contact"], "Approval letter: name and account number are not needed for the purpose; level, dates and the office phone survive."),
    ("bv0027", "Para terminar su aplicación de escala móvil necesitamos confirmar sus datos: Nombre: José Luis Amaya, Fecha de nac. 04/17/1986, SSN 078-05-1120. Si algo está mal responda a este mensaje.",
     "BLOCK", "billing", "sms", "es",
     [("José Luis Amaya", "NAME"), ("04/17/1986", "DATE"), ("078-05-1120", "SSN")],
     ["general", "dob"], "SSN with name and full date of birth must never travel by text."),
    ("bv0028", "No Social Security number? No problem. Our sliding fee program only needs proof of household size and income. We never share your information with immigration.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "negation"], "Mentions SSN only as something not required; no identifier present."),
    ("bv0029", "Clínica del Sol: Confirmamos intérprete de mam para su cita del 3 de julio a las 11:00. Si prefiere otro idioma (k'iche', q'anjob'al o español) avísenos.",
     "ALLOW", "confirmation", "sms", "es",
     [("3 de julio", "DATE")],
     ["general"], "Decision 5: a preferred language or interpreter booking is not PHI; date and time are allowed."),
    ("bv0030", "Interpreter request - pt Marta Cifuentes (Q'eqchi'), OB ultrasound Fri 8/16 2:30pm, Suite 210. FYI for interpreter: possible placenta previa, provider will discuss findings and may recommend C-section. Pls confirm coverage.",
     "BLOCK", "other", "email", "en",
     [("Marta Cifuentes", "NAME"), ("OB", "SPECIALTY"), ("ultrasound", "PROCEDURE"), ("8/16", "DATE"), ("placenta previa", "CONDITION"), ("C-section", "PROCEDURE")],
     ["reproductive", "imaging", "shorthand"], "Decision 11: a vendor message is checked like any other; a suspected diagnosis with the patient's name is clinical content that cannot be removed without losing the message's point."),
    ("bv0031", "Su saldo pendiente es de $15.00 (tarifa nominal del programa de descuento). Puede pagar en la ventanilla, por teléfono al (915) 555-0129 o en pagos.saludfronteriza.example. ¡Gracias!",
     "ALLOW", "billing", "sms", "es",
     [("(915) 555-0129", "PHONE"), ("pagos.saludfronteriza.example", "URL")],
     ["general", "practice-contact"], "Balance with the center's own phone and payment site."),
    ("bv0032", "Hi Fatima, your Medi-Cal renewal packet is due 9/30. Our enrollment counselors can help, walk in Tues/Thurs. Medi-Cal ID on file: 91834562A. Reply HELP for a call back.",
     "REWRITE", "billing", "sms", "en",
     [("Fatima", "NAME"), ("9/30", "DATE"), ("91834562A", "HEALTH_PLAN_ID")],
     ["general"], "Name and the beneficiary number are not needed for a renewal nudge; the deadline survives."),
    ("bv0033", "Operación aprobada: su pago de $25.00 a Clínica Comunitaria Alianza fue recibido. Folio 88213. Guarde este mensaje como comprobante.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative"], "'Operación' is a payment transaction, not surgery. Decision 7: a receipt folio is a transaction reference, not labelled."),
    ("bv0034", "Hola Sr. Juárez, soy Lorena, la intérprete de Clínica Esperanza. El Dr. Bell me pidió avisarle que la biopsia salió sin cáncer y ya no necesita la cirugía. Cualquier duda me llama.",
     "BLOCK", "result", "sms", "es",
     [("Juárez", "NAME"), ("Lorena", "PROVIDER"), ("Dr. Bell", "PROVIDER"), ("biopsia", "PROCEDURE"), ("sin cáncer", "RESULT")],
     ["oncology", "negation"], "A negative biopsy result is still a result (README); decision 1: the interpreter is workforce."),
    ("bv0035", "Need help in your language? Free interpreters at every visit: Spanish, Mam, K'iche', Haitian Creole and Portuguese. Just tell the front desk or reply LANG.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Language-access broadcast (decision 5)."),
    ("bv0036", "Hola Wendy, para completar su expediente del programa de descuento falta su matrícula consular (No. 0841127365) o pasaporte vigente. Ya tenemos su comprobante de domicilio de 1845 Calle Jacaranda Apt 3, Santa Ana CA 92701.",
     "REWRITE", "billing", "sms", "es",
     [("Wendy", "NAME"), ("0841127365", "OTHER_ID"), ("1845 Calle Jacaranda Apt 3, Santa Ana CA 92701", "ADDRESS")],
     ["general"], "Decision 6: the consular ID number is OTHER_ID; with the home address and name it is removable, the paperwork request survives."),
)

# ---------------------------------------------------------------- batch 4 (bv0037-bv0048): results-ready notices and results
add(
    ("bv0037", "Clínica Comunitaria Río Bravo: Tiene un mensaje nuevo en su portal. Entre a MiSalud para verlo. No responda a este texto.",
     "ALLOW", "portal-notice", "sms", "es", [],
     ["general", "hard-negative"], "Notification without PHI."),
    ("bv0038", "Your test results are ready. Log in at portal.northfieldchc.example or call (410) 555-0156 and press 3 to talk with a nurse.",
     "ALLOW", "portal-notice", "sms", "en",
     [("portal.northfieldchc.example", "URL"), ("(410) 555-0156", "PHONE")],
     ["primary-care", "practice-contact"], "'Test results' with no test named is generic; the portal and phone are the center's own."),
    ("bv0039", "Sra. Ocampo, ya están sus resultados del Papanicolaou. Puede verlos en el portal o llamar a la enfermera Lety al (661) 555-0139.",
     "REWRITE", "portal-notice", "sms", "es",
     [("Ocampo", "NAME"), ("Papanicolaou", "PROCEDURE"), ("enfermera Lety", "PROVIDER"), ("(661) 555-0139", "PHONE")],
     ["reproductive", "practice-contact"], "Results-ready notice naming the test: the test and the name go, the notice survives."),
    ("bv0040", "Hi Luis, Dr. Ferrer reviewed your labs: A1c 9.4 (up from 8.1). He wants to add Jardiance 10mg daily. Pick it up at the CHC pharmacy after 3.",
     "BLOCK", "result", "sms", "en",
     [("Luis", "NAME"), ("Dr. Ferrer", "PROVIDER"), ("A1c", "PROCEDURE"), ("9.4", "RESULT"), ("8.1", "RESULT"), ("Jardiance 10mg", "MEDICATION")],
     ["primary-care"], "Values and a new medication are the message."),
    ("bv0041", "buenas tardes don Chepe, le hablo de la clinica. Su azucar en ayunas salio en 212 y la presion en 168/98, esta muy alta. Tiene que venir mañana sin falta y no deje la metformina",
     "BLOCK", "result", "sms", "es",
     [("Chepe", "NAME"), ("azucar en ayunas", "PROCEDURE"), ("212", "RESULT"), ("presion", "PROCEDURE"), ("168/98", "RESULT"), ("muy alta", "RESULT"), ("metformina", "MEDICATION")],
     ["primary-care", "typo"], "Values and findings written without accents (Central American 'Chepe'); decision 8: 'azúcar'/'presión' are the measures, the numbers the results."),
    ("bv0042", "Hello Mr. Abebe, your lipid panel results: LDL 148 (H), HDL 39 (L). Dr. Varga recommends starting atorvastatin 20 mg nightly; we sent it to your pharmacy. Please schedule a follow-up in 3 months.",
     "ALLOW", "result", "portal", "en",
     [("Abebe", "NAME"), ("lipid panel", "PROCEDURE"), ("LDL", "PROCEDURE"), ("148", "RESULT"), ("148 ([[H]])", "RESULT"), ("HDL", "PROCEDURE"), ("39", "RESULT"), ("39 ([[L]])", "RESULT"), ("Dr. Varga", "PROVIDER"), ("atorvastatin 20 mg", "MEDICATION")],
     ["primary-care", "contrast"], "Portal channel: results and a dose may stay inside the secure portal (README)."),
    ("bv0043", "Sus resultados ya llegaron 📬. Por su privacidad no los mandamos por texto: véalos en el portal o pida una llamada de su médico respondiendo LLAMAR.",
     "ALLOW", "portal-notice", "sms", "es", [],
     ["general", "hard-negative"], "The safe pattern: says that results exist, not what."),
    ("bv0044", "Good news Ana! Your pregnancy test was negative and your urine culture was normal. No need to come back unless you still have symptoms.",
     "BLOCK", "result", "sms", "en",
     [("Ana", "NAME"), ("pregnancy test", "PROCEDURE"), ("negative", "RESULT"), ("urine culture", "PROCEDURE"), ("normal", "RESULT")],
     ["reproductive", "lab"], "Normal and negative results are still results (README)."),
    ("bv0045", "Señora Flores, los análisis de su niño Brayan salieron con anemia (hemoglobina 9.8). La doctora quiere que le dé el hierro en gotas, 1 ml diario con jugo.",
     "BLOCK", "result", "sms", "es",
     [("Flores", "NAME"), ("Brayan", "NAME"), ("anemia", "CONDITION"), ("hemoglobina", "PROCEDURE"), ("9.8", "RESULT"), ("hierro en gotas", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A dependent's diagnosis, value and dosing sent to the guardian: BLOCK (README)."),
    ("bv0046", "Subject: Your lab results - Clinica Familiar del Norte\n\nDear Mr. Tomás Benítez,\n\nThank you for coming in for your wellness visit. Dr. Hollis has reviewed your blood work. Your HIV and hepatitis C screening tests were non-reactive. Your kidney function test (creatinine 1.6) was slightly elevated, so we would like to repeat it in 4 weeks and ask you to avoid ibuprofen until then.\n\nYou can see the full report in the patient portal. If you have questions, call our nurse line at (956) 555-0187 or reply through the portal.\n\nSincerely,\nClinica Familiar del Norte Care Team",
     "BLOCK", "result", "email", "en",
     [("Tomás Benítez", "NAME"), ("Dr. Hollis", "PROVIDER"), ("HIV", "PROCEDURE"), ("hepatitis C screening tests", "PROCEDURE"), ("non-reactive", "RESULT"), ("kidney function test", "PROCEDURE"), ("creatinine", "PROCEDURE"), ("1.6", "RESULT"), ("slightly elevated", "RESULT"), ("ibuprofen", "MEDICATION"), ("(956) 555-0187", "PHONE")],
     ["primary-care", "lab", "hiv-sexual-health", "practice-contact"], "E-mail is treated like SMS: HIV/hepatitis results and a kidney value are the message."),
    ("bv0047", "MiClínica: Hay resultados nuevos de su ultrasonido obstétrico. Ábralos en la app.",
     "REWRITE", "portal-notice", "push", "es",
     [("ultrasonido obstétrico", "PROCEDURE")],
     ["reproductive", "imaging"], "Lock-screen push naming an obstetric ultrasound reveals pregnancy; 'new results, open the app' survives."),
    ("bv0048", "Hi, this message is for Maribel Soto. This is nurse Kevin from Harbor Community Health. Your TB skin test was read as positive, 14 millimeters. It doesn't mean you're contagious, but you'll need a chest x-ray. Please call us at (213) 555-0108.",
     "BLOCK", "result", "voice", "en",
     [("Maribel Soto", "NAME"), ("nurse Kevin", "PROVIDER"), ("TB skin test", "PROCEDURE"), ("positive", "RESULT"), ("14 millimeters", "RESULT"), ("chest x-ray", "PROCEDURE"), ("(213) 555-0108", "PHONE")],
     ["primary-care", "practice-contact", "negation"], "Voicemail with a positive result and its measurement; voice is treated like SMS."),
)

# ---------------------------------------------------------------- batch 5 (bv0049-bv0060): chronic-care outreach (diabetes, hypertension)
add(
    ("bv0049", "Hola Sr. Rigoberto Cano, le escribe la promotora Nely del programa de diabetes de Salud Para Todos. Hace 6 meses que no viene a su chequeo. ¿Le agendo cita para esta semana? Responda SI.",
     "REWRITE", "recall", "sms", "es",
     [("Rigoberto Cano", "NAME"), ("promotora Nely", "PROVIDER"), ("diabetes", "CONDITION")],
     ["primary-care"], "Decision 1: the promotora is workforce (PROVIDER). The condition-named program and the name go; the recall survives."),
    ("bv0050", "Our records show you're due for your diabetic foot exam and kidney screening. Call Mesa Verde Health Center at (480) 555-0193 to schedule, or reply 1 and we'll call you.",
     "REWRITE", "recall", "sms", "en",
     [("diabetic foot exam", "PROCEDURE"), ("kidney screening", "PROCEDURE"), ("(480) 555-0193", "PHONE")],
     ["primary-care", "practice-contact"], "Condition-named exams (README) go; 'you're due for a visit, call us' survives."),
    ("bv0051", "Don Aurelio, su presión sigue alta en las lecturas que nos manda (150/95 promedio). El doctor Ibarra dice que suba el losartán a 100 mg una vez al día y nos mande lecturas el viernes.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Aurelio", "NAME"), ("presión", "PROCEDURE"), ("sigue [[alta]]", "RESULT"), ("150/95", "RESULT"), ("doctor Ibarra", "PROVIDER"), ("losartán", "MEDICATION")],
     ["primary-care", "cardiology"], "Readings and a dose change are the message. Decision 8: 'presión' is the measure; the dose is outside the drug span (README)."),
    ("bv0052", "¡Club de caminata 'Pasos Saludables'! Todos los martes y jueves a las 7 am en el Parque Lincoln. Gratis, traiga agua y zapatos cómodos. Al final le tomamos la presión a quien guste.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Free BP checks offered to everyone in a walking-club broadcast (README: broadcasts say nothing about the recipient)."),
    ("bv0053", "Hi Mrs. Delgado! This is Marisol, your care coordinator at Valley CHC. Your last home reading was 162/100, so the nurse wants to recheck your BP Monday 10/7 at 9:30. Bring your cuff and your log 🙂",
     "BLOCK", "care-instructions", "sms", "en",
     [("Delgado", "NAME"), ("Marisol", "PROVIDER"), ("162/100", "RESULT"), ("BP", "PROCEDURE"), ("10/7", "DATE"), ("cuff", "PROCEDURE")],
     ["primary-care", "cardiology"], "A home reading is a value about the patient; the recheck logistics alone would be REWRITE, the value makes it BLOCK."),
    ("bv0054", "Farmacia del Centro de Salud Comunitario: Sra. Leticia Pineda, su insulina glargina y las tiras reactivas ya están listas para recoger. Horario L-V 9-6.",
     "REWRITE", "pickup", "sms", "es",
     [("Leticia Pineda", "NAME"), ("insulina glargina", "MEDICATION"), ("tiras reactivas", "PROCEDURE")],
     ["pharmacy"], "Pickup notice: the drug, the diabetic supplies (decision 8: devices are PROCEDURE) and the name go; 'ready for pickup' survives."),
    ("bv0055", "CHW update: Hi Jorge, per your CGM your sugars have been running 250-300 after dinner. NP Whitfield wants you to take 4 more units of Humalog with dinner starting tonight.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Jorge", "NAME"), ("CGM", "PROCEDURE"), ("sugars", "PROCEDURE"), ("250-300", "RESULT"), ("NP Whitfield", "PROVIDER"), ("Humalog", "MEDICATION")],
     ["primary-care", "shorthand"], "Glucose values and a dosing instruction are the message; decision 8: 'sugars' is the measure."),
    ("bv0056", "Recordatorio: Su clace de Diabetes y Nutricion 'Dulce Vida' es el sabado 19 de octubre a las 10am en el salon 2. Traiga su glucometro. Habra rifa!",
     "REWRITE", "reminder", "sms", "es",
     [("Diabetes", "CONDITION"), ("19 de octubre", "DATE"), ("glucometro", "PROCEDURE")],
     ["primary-care", "typo"], "The recipient's own enrolled class (not a broadcast): the condition and the meter go, date and room survive."),
    ("bv0057", "Sugar Skull Festival this Saturday! Face painting, mariachi and free health screenings at the Esperanza Community Health plaza, 11am-4pm. ¡Los esperamos!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Sugar' in a Día de Muertos festival name; screenings offered to all."),
    ("bv0058", "Doña Mercedes, no se le olvide: la metformina de 850 es con el desayuno y la cena, y la glipizida media pastilla antes del desayuno. Si le da temblor o sudor coma algo dulce y me llama. - Enf. Ramos",
     "BLOCK", "care-instructions", "sms", "es",
     [("Mercedes", "NAME"), ("metformina de 850", "MEDICATION"), ("glipizida", "MEDICATION"), ("temblor", "CONDITION"), ("sudor", "CONDITION"), ("Enf. Ramos", "PROVIDER")],
     ["primary-care", "negation"], "Dosing instructions; decision 19: the hypothetical hypoglycemia symptoms are still condition words; decision 18: 'de 850' right after the drug is its strength."),
    ("bv0059", "Subject: Your care plan from today's visit\n\nDear Mr. Ignacio Serrano,\n\nThank you for visiting Lomas Community Health Center today. Here is a summary of what we discussed with Dr. Patricia Lugo:\n\n- Your blood pressure today was 158/96. This confirms stage 2 hypertension.\n- Start chlorthalidone 12.5 mg every morning.\n- Keep taking amlodipine 10 mg once a day.\n- Limit salt to 2,000 mg a day; our dietitian class is every Tuesday at 5 pm.\n- Check your blood pressure at home twice a day and bring your log.\n\nYour next visit is on November 18 at 8:40 AM. If you feel dizzy or have a severe headache, call us right away at (520) 555-0164.\n\nLomas Community Health Center",
     "BLOCK", "care-instructions", "email", "en",
     [("Ignacio Serrano", "NAME"), ("Dr. Patricia Lugo", "PROVIDER"), ("blood pressure", "PROCEDURE", 0), ("158/96", "RESULT"), ("stage 2 hypertension", "CONDITION"), ("chlorthalidone 12.5 mg", "MEDICATION"), ("amlodipine 10 mg", "MEDICATION"), ("blood pressure", "PROCEDURE", 1), ("November 18", "DATE"), ("dizzy", "CONDITION"), ("severe headache", "CONDITION"), ("(520) 555-0164", "PHONE")],
     ["primary-care", "cardiology", "practice-contact", "negation"], "After-visit summary by e-mail: value, diagnosis and new medication are the message (decision 19 for the warning symptoms)."),
    ("bv0060", "¿Hace más de un año que no se hace su chequeo general? En el Centro de Salud San Lucas lo atendemos con o sin seguro. Llame o responda CITA y le buscamos un horario.",
     "ALLOW", "recall", "sms", "es", [],
     ["primary-care", "hard-negative"], "Generic primary care (README: a check-up is not revealing)."),
)

# ---------------------------------------------------------------- batch 6 (bv0061-bv0072): prenatal, well-child, WIC
add(
    ("bv0061", "Hola mija! Soy Carmen, tu promotora 💕 Tu cita prenatal es el 9 de nov a la 1:30 con la Dra. Pimentel, y ese día te hacen la prueba de azúcar, así que no desayunes. Cualquier cosa me escribes!",
     "REWRITE", "reminder", "sms", "es",
     [("Carmen", "PROVIDER"), ("prenatal", "PROCEDURE"), ("9 de nov", "DATE"), ("Dra. Pimentel", "PROVIDER"), ("prueba de azúcar", "PROCEDURE")],
     ["reproductive"], "Decision 17: 'mija' is an endearment, not a name. The prenatal visit and the glucose test go; decision 9: the fasting instruction is logistics and survives."),
    ("bv0062", "Your child's appointment at Sunrise Family Health is Tue 2/4 at 3:15 with Dr. Amadi. Please bring your child's insurance card and arrive 10 min early.",
     "ALLOW", "reminder", "sms", "en",
     [("2/4", "DATE"), ("Dr. Amadi", "PROVIDER")],
     ["pediatrics", "minor", "contrast"], "Decision 13: 'your child's appointment' at a generic family practice with no visit type or name reveals nothing clinical."),
    ("bv0063", "Recordatorio: cita de niño sano de Ximena Cruz (2 meses) el lunes 13 de enero, 9:00 am, con el Dr. Estrada. Le tocan sus vacunas de los 2 meses. Traiga la cartilla de vacunación.",
     "REWRITE", "reminder", "sms", "es",
     [("niño sano", "PROCEDURE"), ("Ximena Cruz", "NAME"), ("13 de enero", "DATE"), ("Dr. Estrada", "PROVIDER"), ("vacunas de los 2 meses", "PROCEDURE")],
     ["pediatrics", "minor"], "Infant's name and routine visit types go (decision 3: 'cita de' outside); an age under 90 is not labelled."),
    ("bv0064", "Hi, it's Dr. Morales' office. The baby's bilirubin this morning was 15.2, higher than we'd like. Please bring Sofia back tomorrow at 9 for a recheck and keep feeding every 2-3 hours.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Morales", "PROVIDER"), ("bilirubin", "PROCEDURE"), ("15.2", "RESULT"), ("higher than we'd like", "RESULT"), ("Sofia", "NAME")],
     ["pediatrics", "minor", "third-party"], "A newborn's lab value sent to the parent is a dependent's result: BLOCK."),
    ("bv0065", "Sra. Guadalupe, para la fiebre de Emiliano dele paracetamol infantil 5 ml cada 6 horas. Si sigue con calentura más de 3 días o no quiere comer, tráigalo.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Guadalupe", "NAME"), ("fiebre", "CONDITION"), ("Emiliano", "NAME"), ("paracetamol infantil", "MEDICATION"), ("calentura", "CONDITION")],
     ["pediatrics", "minor", "third-party"], "A child's symptom and dosing sent to the guardian."),
    ("bv0066", "Prenatal class reminder: 'Healthy Mom, Healthy Baby' childbirth class is Thursday 6/12, 6-8pm, Conference Rm A. Partners welcome! - Bayview CHC Women's Health",
     "REWRITE", "reminder", "sms", "en",
     [("Prenatal", "PROCEDURE"), ("childbirth", "PROCEDURE"), ("6/12", "DATE"), ("Bayview CHC Women's Health", "SPECIALTY")],
     ["reproductive"], "Reminder to an enrolled participant (not a broadcast): the class type and the women's-health department name reveal pregnancy."),
    ("bv0067", "Confirmada su cita para el 21/08 a las 10:40 con la Dra. Solórzano en Clínica Familiar La Paz. Dirección: 3300 Av. Revolución, local 4. Si llega más de 15 min tarde tendremos que reprogramar.",
     "ALLOW", "confirmation", "sms", "es",
     [("21/08", "DATE"), ("Dra. Solórzano", "PROVIDER"), ("3300 Av. Revolución, local 4", "ADDRESS")],
     ["primary-care", "practice-contact"], "Day-first date, provider and the clinic's own address."),
    ("bv0068", "WIC update for Jasmine Reyes: your hemoglobin at certification was 10.1, so we added iron-rich foods to your package. Your next pickup is 3/3.",
     "BLOCK", "result", "sms", "en",
     [("Jasmine Reyes", "NAME"), ("hemoglobin", "PROCEDURE"), ("10.1", "RESULT"), ("3/3", "DATE")],
     ["general", "lab"], "Decision 4: a WIC message that carries a measured value is a result: BLOCK."),
    ("bv0069", "Eastside WIC Office: your recertification appointment is Feb 18 at 2:00 pm. Please bring the children, proof of income and your eWIC card. Reply 1 to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Feb 18", "DATE")],
     ["general", "contrast"], "Decision 4: WIC is a nutrition benefit; an appointment with only date and time is allowed."),
    ("bv0070", "Eastside CHC Pharmacy: your Rx for prenatal vitamins + folic acid 1mg is ready for pickup, Rx# 7741203. Hours M-F 9-6.",
     "REWRITE", "pickup", "sms", "en",
     [("prenatal vitamins", "MEDICATION"), ("folic acid 1mg", "MEDICATION"), ("7741203", "OTHER_ID")],
     ["pharmacy", "reproductive"], "Pickup notice: drugs and the Rx number go (README: prescription numbers are OTHER_ID)."),
    ("bv0071", "Hola Karina, ya salió tu prueba de embarazo y sí estás embarazada 🎉 felicidades! Te agendamos tu primera cita prenatal el 2 de mayo. Empieza a tomar el ácido fólico que te dimos.",
     "BLOCK", "result", "sms", "es",
     [("Karina", "NAME"), ("prueba de embarazo", "PROCEDURE"), ("embarazada", "RESULT"), ("prenatal", "PROCEDURE"), ("2 de mayo", "DATE"), ("ácido fólico", "MEDICATION")],
     ["reproductive"], "A positive pregnancy test is a result, however happy."),
    ("bv0072", "Breastfeeding-friendly room now open in our lobby! Moms and babies welcome anytime during clinic hours. Free diaper bank every Friday, no questions asked.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Facility announcement to everyone."),
)

# ---------------------------------------------------------------- batch 7 (bv0073-bv0084): dental and behavioral-health integration
add(
    ("bv0073", "Clínica Dental Comunitaria Sonrisas: ¡ya le toca su limpieza! Hace 8 meses de su última visita. Llame al (559) 555-0115 para hacer cita. Aceptamos Medi-Cal.",
     "REWRITE", "recall", "sms", "es",
     [("Clínica Dental Comunitaria Sonrisas", "SPECIALTY"), ("limpieza", "PROCEDURE"), ("(559) 555-0115", "PHONE")],
     ["dental", "practice-contact"], "Dental practice name and cleaning reveal the service; the clinic phone survives."),
    ("bv0074", "Hi Ernesto, your root canal with Dr. Pham, DDS is Wed 1/29 at 8am. Please eat before your appt. If you take blood thinners, let us know before the visit.",
     "REWRITE", "reminder", "sms", "en",
     [("Ernesto", "NAME"), ("root canal", "PROCEDURE"), ("Dr. Pham", "PROVIDER"), ("DDS", "SPECIALTY"), ("1/29", "DATE"), ("blood thinners", "MEDICATION")],
     ["dental", "negation"], "Decision 10: the hypothetical drug class is labelled; the procedure, credential and name go, date and time survive."),
    ("bv0075", "Feria de salud dental para niños: cepillos gratis, barniz de flúor y juegos 🦷 Sábado de 10 a 2 en la Escuela Primaria Jefferson. ¡Traiga a sus chamacos!",
     "ALLOW", "marketing", "sms", "es", [],
     ["dental", "broadcast", "hard-negative"], "Dental fair for all children; a school named after a president is not a patient."),
    ("bv0076", "Buen día, le recordamos su cita con la psicóloga Lic. Andrea Villatoro el jueves a las 5:00 pm en el segundo piso (Salud Integral). Si necesita cancelar avise con 24 horas.",
     "REWRITE", "reminder", "sms", "es",
     [("psicóloga", "SPECIALTY"), ("Lic. Andrea Villatoro", "PROVIDER")],
     ["behavioral-health", "contrast"], "Decision 2: 'psicóloga' reveals behavioral health (SPECIALTY), 'Lic.' stays in PROVIDER."),
    ("bv0077", "Reminder: your first counseling session with Taylor Brooks, LCSW is Monday 2/17 at 11am. Our behavioral health team is on the 3rd floor of Southside Community Health. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("counseling", "PROCEDURE"), ("Taylor Brooks", "PROVIDER"), ("LCSW", "SPECIALTY"), ("2/17", "DATE"), ("behavioral health", "SPECIALTY")],
     ["behavioral-health"], "Decision 2: LCSW names a behavioral-health credential like DDS; therapy type and team name go."),
    ("bv0078", "Hola Daniel, soy tu consejero Rubén. Como platicamos, sigue con la sertralina de 50 y anota cómo te sientes. Si vuelven los pensamientos de hacerte daño llama al 988 de inmediato.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Daniel", "NAME"), ("consejero", "SPECIALTY"), ("Rubén", "PROVIDER"), ("sertralina de 50", "MEDICATION"), ("pensamientos de hacerte daño", "CONDITION")],
     ["behavioral-health"], "Medication instruction and self-harm thoughts are the message; 988 is not a phone identifier (README)."),
    ("bv0079", "Hi Ms. Barrios, your son Adrian's PHQ-A score was 18 today and the school counselor has been informed. Dr. Lyle would like to see him Friday after school.",
     "BLOCK", "result", "sms", "en",
     [("Barrios", "NAME"), ("Adrian", "NAME"), ("PHQ-A", "PROCEDURE"), ("18", "RESULT"), ("Dr. Lyle", "PROVIDER")],
     ["behavioral-health", "minor", "third-party"], "A dependent's screening score (README: scale PROCEDURE, value RESULT) sent to the parent: BLOCK."),
    ("bv0080", "Recordatorio de Clínica Comunitaria El Buen Pastor: su grupo de apoyo 'Mujeres Fuertes' para depresión y ansiedad es cada miércoles a las 6 pm, salón 3. Hay cuidado de niños gratis.",
     "REWRITE", "reminder", "sms", "es",
     [("depresión", "CONDITION"), ("ansiedad", "CONDITION")],
     ["behavioral-health"], "The recipient's own group (not a broadcast): the conditions go, day, time and room survive."),
    ("bv0081", "Stressed about rent, food or bills? Our community resource navigators can help you apply for CalFresh, utility assistance and more. Walk in Mon-Fri, no appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Stressed' in a social-services broadcast is not a behavioral-health condition of the recipient."),
    ("bv0082", "Sr. Efraín Mejía: su cita en el programa de tratamiento con buprenorfina es mañana a las 9am. Recuerde que la prueba de orina es obligatoria antes de darle la receta.",
     "REWRITE", "reminder", "sms", "es",
     [("Efraín Mejía", "NAME"), ("buprenorfina", "MEDICATION"), ("prueba de orina", "PROCEDURE")],
     ["substance-use"], "Part 2 program: the drug, the drug screen and the name go; 'your appointment is tomorrow at 9' survives."),
    ("bv0083", "Dear Mr. Pablo Quiroga,\n\nWelcome to integrated care at Three Rivers Community Health Center! Your primary care provider, Dr. Anita Shah, has connected you with our Behavioral Health Consultant, Maya Chen, LMFT, for a 30-minute visit on Tuesday, March 4 at 10:30 AM, right after your regular check-up.\n\nThese visits are part of your normal care here and are covered by the same sliding fee. You can talk about stress, sleep, or anything else on your mind.\n\nPlease check in at the 2nd floor desk. To change the time, call (541) 555-0148.\n\nWarm regards,\nThree Rivers Community Health Center",
     "REWRITE", "reminder", "email", "en",
     [("Pablo Quiroga", "NAME"), ("Dr. Anita Shah", "PROVIDER"), ("Behavioral Health Consultant", "SPECIALTY"), ("Maya Chen", "PROVIDER"), ("LMFT", "SPECIALTY"), ("March 4", "DATE"), ("(541) 555-0148", "PHONE")],
     ["behavioral-health", "primary-care", "practice-contact"], "Integrated-care welcome: the behavioral-health role and credential reveal the service (decision 2); date, time and desk survive."),
    ("bv0084", "Su cita es el 12/03 a las 3:00 pm con el Lic. Morales. Llegue 10 min antes. Centro de Salud Familiar Cuscatlán.",
     "ALLOW", "reminder", "sms", "es",
     [("12/03", "DATE"), ("Lic. Morales", "PROVIDER")],
     ["primary-care", "contrast"], "Decision 2: 'Lic.' is a generic title; no service named (contrast with bv0076)."),
)

# ---------------------------------------------------------------- batch 8 (bv0085-bv0096): immigration-sensitive wording, school clinics, disguises
add(
    ("bv0085", "Aviso importante: el Centro de Salud La Familia NO comparte información con ICE. No preguntamos su estatus migratorio y sus datos están protegidos por la ley. Si alguien le llama pidiendo sus datos, cuelgue y llámenos.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Privacy and immigration reassurance to every patient."),
    ("bv0086", "Public charge update: using our clinic, WIC or CHIP does NOT affect a green card application. Free legal clinic with Ayuda Legal every 2nd Tuesday, 5pm, community room.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Immigration-benefits information for everyone; nothing about the recipient."),
    ("bv0087", "Sra. Alvarado, el abogado pidió la carta médica para su caso de asilo. El Dr. Ortiz ya la firmó; ahí describe sus cicatrices y el diagnóstico de estrés postraumático. Puede recogerla en recepción con su identificación.",
     "BLOCK", "other", "sms", "es",
     [("Alvarado", "NAME"), ("Dr. Ortiz", "PROVIDER"), ("cicatrices", "CONDITION"), ("estrés postraumático", "CONDITION")],
     ["behavioral-health", "primary-care"], "Findings and a diagnosis, in an immigration-sensitive context; 'your letter is ready at the front desk' would be the safe notice."),
    ("bv0088", "Lincoln High School-Based Health Center: Hi Jaylen, reminder about your sports physical + asthma check today at 1:15 (5th period). Pick up your pass at the front office.",
     "REWRITE", "reminder", "sms", "en",
     [("Jaylen", "NAME"), ("asthma", "CONDITION")],
     ["pediatrics", "minor"], "Decision 12: the sports physical is generic, the asthma check is a condition-named visit; decision 5: the school clinic's name is not labelled."),
    ("bv0089", "Hola Yaritza, tu prueba de V I H salió p o s i t i v a. Necesitamos verte hoy mismo, ven a la clínica escolar antes de las 3.",
     "BLOCK", "result", "sms", "es",
     [("Yaritza", "NAME"), ("prueba de V I H", "PROCEDURE"), ("p o s i t i v a", "RESULT")],
     ["hiv-sexual-health", "minor", "spaced"], "Spaced letters disguise an HIV test and a positive result: BLOCK."),
    ("bv0090", "Reminder: your pre\u200bnatal visit at Bayside CHC is Tuesday 7/22 at 10:00 with CNM Okoro. Reply Y to confirm, N to cancel.",
     "REWRITE", "reminder", "sms", "en",
     [("pre\u200bnatal", "PROCEDURE"), ("7/22", "DATE"), ("CNM", "SPECIALTY"), ("Okoro", "PROVIDER")],
     ["reproductive"], "A zero-width space splits 'prenatal'. Decision 2: CNM (nurse-midwife) is a specialty-revealing credential, the name stays PROVIDER."),
    ("bv0091", "Farmacia Comunitaria La Salud: Su \u041ezempic 0.5 mg ya está listo. Traiga su hielera para mantenerlo frío 🧊 Horario L-S de 9 a 7.",
     "REWRITE", "pickup", "sms", "es",
     [("\u041ezempic 0.5 mg", "MEDICATION")],
     ["pharmacy"], "Cyrillic capital O in the drug name; a medication name in a pickup notice is REWRITE."),
    ("bv0092", "Hi Rosa, ur ch0lesterol ck @ Mission CHC is tmrw 8am, nothing to eat after midnite. Bring ur BP m3ds in the bag.",
     "REWRITE", "reminder", "sms", "en",
     [("Rosa", "NAME"), ("ch0lesterol", "PROCEDURE"), ("BP m3ds", "MEDICATION")],
     ["primary-care", "leet", "shorthand", "typo"], "Leet digits inside the test and drug-class words; decision 9: the fasting instruction survives."),
    ("bv0093", "La regla #1 del estacionamiento: no se estacione en los lugares de ambulancia. La grúa pasa cada hora. Gracias por su comprensión. - Administración, Clínica San Martín de Porres",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'La regla' is a rule (not menstruation); a saint's name in the clinic name is not a patient."),
    ("bv0094", "Positive vibes only! 🎉 Our Eastside CHC team won Community Partner of the Year. Thank you to our patients and promotoras for 25 years together!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Positive' is not a result here."),
    ("bv0095", "Saludos de Centro Médico Comunitario Quisqueya. Le recordamos que su cita con el Dr. Peña es el 4 de septiembre a las 8:00 a.m. Si no puede venir, llámenos al (718) 555-0144 pa' darle el turno a otro paciente.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Peña", "PROVIDER"), ("4 de septiembre", "DATE"), ("(718) 555-0144", "PHONE")],
     ["primary-care", "practice-contact"], "Dominican register; provider, date and the center's phone only."),
    ("bv0096", "Saludos Sr. Héctor Rivera Colón, el transporte lo recoge mañana a las 6:15 am en Calle Luna 52, Bo. Santa Rosa, Guaynabo PR 00969 para su diálisis. Esté listo en la marquesina, el chofer no puede esperar más de 10 min.",
     "REWRITE", "reminder", "sms", "es",
     [("Héctor Rivera Colón", "NAME"), ("Calle Luna 52, Bo. Santa Rosa, Guaynabo PR 00969", "ADDRESS"), ("diálisis", "PROCEDURE")],
     ["dialysis"], "Decision 14: the patient's own pickup address is not needed in the text (the driver has it); name, address and dialysis go, the pickup time survives."),
)

# ---------------------------------------------------------------- batch 9 (bv0097-bv0108): long e-mails, portal contrast, identifiers, third parties
add(
    ("bv0097", "Asunto: Boletín de primavera – Centro de Salud Comunitario Tierra Nueva\n\n¡Hola, familias! Estas son las novedades de su centro de salud:\n\n• Nuevo horario: de lunes a viernes de 7:30 a 7:00 y los sábados de 8 a 12.\n• Clínica móvil: cada jueves en la Iglesia del Sagrado Corazón, con vacunas y chequeos de presión para todos.\n• Clases gratis de zumba los martes a las 6 pm. ¡No deje que la presión del trabajo le gane!\n• El programa de descuento sigue disponible para todos, con o sin papeles. No preguntamos su estatus migratorio.\n\nNuestra nueva dirección es 455 Calle Álamo, Suite B, Salinas, CA 93901. Para citas llame al (831) 555-0121 o visite tierranueva.example.org/citas.\n\nCon cariño,\nEl equipo de Tierra Nueva",
     "ALLOW", "marketing", "email", "es",
     [("455 Calle Álamo, Suite B, Salinas, CA 93901", "ADDRESS"), ("(831) 555-0121", "PHONE"), ("tierranueva.example.org/citas", "URL")],
     ["general", "broadcast", "practice-contact"], "Newsletter to every patient with the center's own address, phone and site; 'presión' appears once as BP checks for all and once as work pressure."),
    ("bv0098", "Subject: How to apply for our Sliding Fee Discount Program\n\nHello from Pine Ridge Community Health!\n\nAnyone whose household income is at or below 200% of the federal poverty guidelines can get a discount on medical, dental and behavioral health visits. To apply, bring or upload:\n\n1. Proof of income for everyone in your household (last 30 days of pay stubs, a letter from your employer, or a self-declaration form if you are paid in cash)\n2. The number of people in your household\n3. Any ID (a foreign ID or school ID is fine; a Social Security number is NOT required)\n\nUpload documents at pineridgechc.example/apply, fax them to (307) 555-0183, or e-mail them to eligibility@pineridgechc.example. Approvals last 12 months.\n\nNeed help? Our eligibility counselors are available Monday to Friday, 8 am to 5 pm, and the first Saturday of each month, in English, Spanish, Tagalog and Vietnamese. Walk-ins are welcome.\n\nThank you,\nPatient Eligibility Team",
     "ALLOW", "billing", "email", "en",
     [("pineridgechc.example/apply", "URL"), ("(307) 555-0183", "FAX"), ("eligibility@pineridgechc.example", "EMAIL")],
     ["general", "practice-contact", "negation"], "Program information sent to all: the list of services (dental, behavioral health) describes the center, not the recipient's care, so it is not labelled (decision 16)."),
    ("bv0099", "Asunto: Resultados de sus análisis\n\nEstimada Sra. Consuelo Arreola:\n\nLe escribimos de parte de la Dra. Miriam Tejeda, de Clínica Familiar Santa Fe. Ya revisamos los análisis que se hizo el 2 de octubre:\n\n- Hemoglobina A1c: 8.6 % (su meta es menos de 7)\n- Colesterol total: 231 mg/dL\n- Microalbúmina en orina: 45 mg/g, un poco elevada\n\nLa doctora quiere aumentar su metformina a 1000 mg dos veces al día y empezar lisinopril 5 mg para proteger sus riñones. Le pedimos que venga a una cita en 4 semanas.\n\nSi tiene preguntas, llame a la línea de enfermería al (505) 555-0169.\n\nAtentamente,\nClínica Familiar Santa Fe",
     "BLOCK", "result", "email", "es",
     [("Consuelo Arreola", "NAME"), ("Dra. Miriam Tejeda", "PROVIDER"), ("2 de octubre", "DATE"), ("Hemoglobina A1c", "PROCEDURE"), ("8.6 %", "RESULT"), ("Colesterol total", "PROCEDURE"), ("231 mg/dL", "RESULT"), ("Microalbúmina en orina", "PROCEDURE"), ("45 mg/g", "RESULT"), ("un poco elevada", "RESULT"), ("metformina", "MEDICATION"), ("lisinopril 5 mg", "MEDICATION"), ("(505) 555-0169", "PHONE")],
     ["primary-care", "lab", "practice-contact"], "Results letter by e-mail (treated like SMS): values and dose changes are the message. 'Santa Fe' is a practice name, not a patient location."),
    ("bv0100", "Hola Sr. Genaro Villalobos, estos son sus análisis de ayer: hemoglobina A1c 7.8 %, colesterol LDL 102 mg/dL. La Dra. Tapia recomienda seguir con metformina 1000 mg dos veces al día y caminar 30 minutos diarios. Cita de control en 3 meses.",
     "ALLOW", "result", "portal", "es",
     [("Genaro Villalobos", "NAME"), ("hemoglobina A1c", "PROCEDURE"), ("7.8 %", "RESULT"), ("colesterol LDL", "PROCEDURE"), ("102 mg/dL", "RESULT"), ("Dra. Tapia", "PROVIDER"), ("metformina 1000 mg", "MEDICATION")],
     ["primary-care", "contrast"], "Portal channel: values and doses may stay (README); contrast with the e-mail bv0099."),
    ("bv0101", "Hey mami, soy Jenny de la front desk 😊 el appointment de tu baby pa las vacunas de los 6 months es el 10/14 @ 2:45 con la Dr. Kaur. Porfa trae el shot record y la aseguranza!",
     "REWRITE", "reminder", "sms", "es",
     [("Jenny", "PROVIDER"), ("vacunas de los 6 months", "PROCEDURE"), ("10/14", "DATE"), ("Dr. Kaur", "PROVIDER")],
     ["pediatrics", "minor", "shorthand"], "Spanglish; decision 17: 'mami' is an endearment, not a name. The infant's vaccine visit goes, date and provider survive."),
    ("bv0102", "Hi Mrs. Ayala, your husband Roberto gave us permission to update you: his chest x-ray showed pneumonia. NP Grant sent amoxicillin to the pharmacy, please make sure he finishes all 10 days.",
     "BLOCK", "result", "sms", "en",
     [("Ayala", "NAME"), ("Roberto", "NAME"), ("chest x-ray", "PROCEDURE"), ("pneumonia", "CONDITION"), ("NP Grant", "PROVIDER"), ("amoxicillin", "MEDICATION")],
     ["primary-care", "third-party"], "A third party's finding and treatment; decision 20: permission to share does not make SMS a safe channel."),
    ("bv0103", "Mañana no hay clases en la Escuela Primaria Benito Juárez por el día festivo, así que la clínica escolar estará cerrada. Si su hijo necesita consulta, vaya al Centro de Salud principal.",
     "ALLOW", "other", "sms", "es", [],
     ["pediatrics", "broadcast", "hard-negative"], "A school named after a historical figure; a closure notice to all families."),
    ("bv0104", "Confirmed: telehealth visit w/ Dr. Galindo, Thu 11/21 at 4:30pm. You'll get a video link 15 min before. Need a Spanish interpreter on the call? Reply ESP.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Galindo", "PROVIDER"), ("11/21", "DATE")],
     ["primary-care", "shorthand"], "Telehealth confirmation with provider, date and time; decision 5: the interpreter offer is not PHI."),
    ("bv0105", "Para su cita del martes verifique sus datos: María del Carmen Osorio Guzmán, fecha de nacimiento 12/05/1979, CURP OOGC791205MDFSZR04. Si hay algún error llame a recepción.",
     "BLOCK", "reminder", "sms", "es",
     [("María del Carmen Osorio Guzmán", "NAME"), ("12/05/1979", "DATE"), ("OOGC791205MDFSZR04", "OTHER_ID")],
     ["primary-care", "dob"], "Full date of birth with the name (README: BLOCK), plus a CURP that encodes both."),
    ("bv0106", "To check in faster at the Sunnyvale CHC kiosk tomorrow, confirm the date of birth we have on file: 08/30/1992. Reply YES if correct or call the front desk.",
     "REWRITE", "reminder", "sms", "en",
     [("08/30/1992", "DATE")],
     ["primary-care", "dob"], "A date of birth without a name is REWRITE (README)."),
    ("bv0107", "Congratulations to our Promotora of the Year! She knocked on more than 2,000 doors to invite neighbors to get vaccinated. Cake and coffee Friday at 3 in the community room.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Staff recognition broadcast; no patient."),
    ("bv0108", "From nurse Ileana: per Dr. Fofanah, hold your lisinopril until your potassium is rechecked. Come in fasting Monday at 8am for the redraw. Call (719) 555-0152 with questions.",
     "BLOCK", "care-instructions", "sms", "en",
     [("nurse Ileana", "PROVIDER"), ("Dr. Fofanah", "PROVIDER"), ("lisinopril", "MEDICATION"), ("potassium", "PROCEDURE"), ("(719) 555-0152", "PHONE")],
     ["primary-care", "practice-contact"], "A treatment instruction (hold a drug) is the message."),
)

# ---------------------------------------------------------------- batch 10 (bv0109-bv0120): eye and home visits, pickups, results by voice and e-mail
add(
    ("bv0109", "Qué tal Sr. Anselmo, le habla Paty de Clínica Comunitaria del Valle. Nomás pa recordarle que el martes a las 10 tiene su examen de la vista por la diabetes con el oculista. ¡Ahí nos vemos!",
     "REWRITE", "reminder", "sms", "es",
     [("Anselmo", "NAME"), ("Paty", "PROVIDER"), ("examen de la vista", "PROCEDURE"), ("diabetes", "CONDITION"), ("oculista", "SPECIALTY")],
     ["ophthalmology", "primary-care"], "Mexican register; the eye exam, its reason and the eye specialist go (decision 2), the day and time survive."),
    ("bv0110", "Hi Ms. Trinidad Ochoa, our community health worker Luz will visit you at 417 Pecan St, Apt 2B on Wed 3/5 around 2pm to help set up your blood pressure monitor. Questions? (210) 555-0137",
     "REWRITE", "reminder", "sms", "en",
     [("Trinidad Ochoa", "NAME"), ("community health worker Luz", "PROVIDER"), ("417 Pecan St, Apt 2B", "ADDRESS"), ("3/5", "DATE"), ("blood pressure monitor", "PROCEDURE"), ("(210) 555-0137", "PHONE")],
     ["home-health", "primary-care", "practice-contact"], "Home visit: the patient's address and the monitoring device go (decision 8); decision 1: the CHW is PROVIDER. 'Trinidad' is a first name here, not the place."),
    ("bv0111", "Vos que sos parte de la comunidad: ¿querés ser promotor de salud voluntario? Capacitación gratis los sábados en el Centro de Salud Monseñor Romero. Preguntá en recepción o escribinos.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Central American voseo; a clinic named after a bishop is not a patient."),
    ("bv0112", "Your refill of albuterol inhaler and Flovent HFA is ready at the Nuevo Amanecer CHC pharmacy window. If you need a new spacer, ask at pickup.",
     "REWRITE", "pickup", "sms", "en",
     [("albuterol inhaler", "MEDICATION"), ("Flovent HFA", "MEDICATION"), ("spacer", "PROCEDURE")],
     ["pharmacy"], "Pickup notice naming drugs and a device: 'your refill is ready' survives."),
    ("bv0113", "Your account is paid in full - thank you! Reminder: sliding fee approvals must be renewed every year. We'll text you a month before yours expires.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Billing courtesy with no number and nothing clinical."),
    ("bv0114", "Mi amor, le habla Yajaira de la clínica. El doctor vio su mamografía y quiere repetirla porque salió algo en el seno izquierdo. No se asuste, pero llame pa' coger la cita ya al 555-0172.",
     "BLOCK", "result", "sms", "es",
     [("Yajaira", "PROVIDER"), ("mamografía", "PROCEDURE"), ("algo en el seno izquierdo", "RESULT"), ("555-0172", "PHONE")],
     ["imaging", "practice-contact"], "Caribbean register (decision 17: 'mi amor' is an endearment); an abnormal finding is the message."),
    ("bv0115", "Hi Marco, time for your 3-month PrEP labs! Walk in at Orchard CHC Tues/Thurs 1-5pm. Text us if you need a bus pass.",
     "REWRITE", "reminder", "sms", "en",
     [("Marco", "NAME"), ("PrEP", "MEDICATION")],
     ["hiv-sexual-health"], "PrEP reveals HIV prevention; 'time for your labs' survives."),
    ("bv0116", "Alameda CHC: new document to sign in the app.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Sliding-fee paperwork notice; nothing clinical."),
    ("bv0117", "Hola, buenas, este es un mensaje para la señora Irma Barahona de parte de la Dra. Cifuentes. Su cultivo de orina salió con infección; le mandamos nitrofurantoína 100 mg a la Farmacia Económica de la calle Main, una cápsula dos veces al día por 5 días. Tome mucha agua y cualquier cosa nos llama.",
     "BLOCK", "care-instructions", "voice", "es",
     [("Irma Barahona", "NAME"), ("Dra. Cifuentes", "PROVIDER"), ("cultivo de orina", "PROCEDURE"), ("infección", "RESULT"), ("nitrofurantoína 100 mg", "MEDICATION")],
     ["primary-care"], "Voicemail with a result and dosing. Decision 14: the pharmacy's street is a business location, not labelled."),
    ("bv0118", "Blood drive 🩸 at Eastside CHC this Friday 9-3! Every donor gets a free cholesterol check and a t-shirt. Sign up at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Community event; the cholesterol check is offered to every donor."),
    ("bv0119", "Asunto: Resultados del programa dental escolar\n\nEstimada Sra. Gloria Paredes:\n\nLe saluda el equipo del Programa Dental Escolar de Clínica Comunitaria Horizonte. El 15 de octubre revisamos a su hijo Santiago en la Escuela Primaria César Chávez como parte del programa de selladores.\n\nEn la revisión encontramos caries en 3 muelas, una de ellas con absceso, y le aplicamos barniz de flúor. Es importante que Santiago reciba tratamiento pronto.\n\nPodemos darle cita en nuestra clínica dental (aceptamos Medi-Cal y tenemos descuento por escala móvil). Llame al (209) 555-0158 de lunes a viernes.\n\nAtentamente,\nPrograma Dental Escolar – Clínica Comunitaria Horizonte",
     "BLOCK", "result", "email", "es",
     [("Gloria Paredes", "NAME"), ("Programa Dental Escolar", "SPECIALTY", 0), ("15 de octubre", "DATE"), ("Santiago", "NAME", 0), ("selladores", "PROCEDURE"), ("caries", "CONDITION"), ("absceso", "CONDITION"), ("barniz de flúor", "PROCEDURE"), ("Santiago", "NAME", 1), ("clínica dental", "SPECIALTY"), ("(209) 555-0158", "PHONE"), ("Programa Dental Escolar", "SPECIALTY", 1)],
     ["dental", "pediatrics", "minor", "third-party", "practice-contact"], "A child's dental findings sent to the parent (README: dependent's condition is BLOCK). Decision 5: the school's name is not labelled."),
    ("bv0120", "Subject: Welcome to the Healthy Heart Program\n\nDear Mr. Arturo Villanueva,\n\nYour provider, Dr. Keisha Monroe, has enrolled you in the Healthy Heart Program at Riverside Community Health Center because your blood pressure readings at your last three visits (164/102, 158/99 and 161/104) show that your hypertension is not yet under control.\n\nWhat happens next:\n1. Our community health worker, Rosa Ibáñez, will call you this week to set up a free home BP monitor.\n2. Please send us your readings every Monday by text or through the portal.\n3. Our pharmacist will review your medicines (amlodipine and hydrochlorothiazide) at your next visit on 5/22 at 9:00 AM.\n\nClasses are offered in English and Spanish. Questions? Call the program line at (951) 555-0177.\n\nRiverside Community Health Center",
     "BLOCK", "care-instructions", "email", "en",
     [("Healthy Heart Program", "PROCEDURE", 0), ("Arturo Villanueva", "NAME"), ("Dr. Keisha Monroe", "PROVIDER"), ("Healthy Heart Program", "PROCEDURE", 1), ("blood pressure", "PROCEDURE"), ("164/102", "RESULT"), ("158/99", "RESULT"), ("161/104", "RESULT"), ("hypertension", "CONDITION"), ("not yet under control", "RESULT"), ("Rosa Ibáñez", "PROVIDER"), ("BP monitor", "PROCEDURE"), ("amlodipine", "MEDICATION"), ("hydrochlorothiazide", "MEDICATION"), ("5/22", "DATE"), ("(951) 555-0177", "PHONE")],
     ["cardiology", "primary-care", "practice-contact"], "Readings and the diagnosis they confirm are the message. Decision 15: a condition-revealing program name is PROCEDURE (README: programs); the state of a condition is RESULT."),
)

# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "bv", "probe71.jsonl")
