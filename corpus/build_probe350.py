#!/usr/bin/env python3
"""Build corpus/probe350.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe350.py [OUT] [-v]   (default: probe350.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md, corpus/probe_lib.py and the docstring and
first batch of corpus/build_probe7.py only, to learn the script format; the engine was not run and
no other corpus's messages were read).
This set is EVERYDAY MESSAGES FROM A COUNTY PUBLIC HEALTH CLINIC (the invented Alder County Public
Health, with its Eastside and Westside clinics, WIC office and sexual health clinic):
immunization reminders, recalls and titers, STI testing and partner services, WIC appointments,
TB skin and blood tests and latent-TB treatment, family planning (pills, Depo, IUDs, emergency
contraception, pregnancy tests), childhood lead screening and home visits, outbreak and exposure
notices, billing, portal notices and staff free text. Look-alikes and hard negatives: the county
fair (a 4-H "Lead Line" class, a Booster Club crab feed, a chile contest "receta"), restaurant
inspection notices (Pap's Diner, Clapham Grill, Taquería La Positiva), mosquito spraying
(Pox Hollow, Lead Creek), library story time and tutoring ("refuerzo"), dog licences and rabies
certificates, lead service lines, a "Plan B" for a fun run, a "1 TB" drive, a "Positive
Parenting" class, a librarian called Ms. Burns and a Mr. Hives. 40% Spanish; 4 disguised
messages (leet, zero-width, spaced letters, Cyrillic look-alikes).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "age [[94]]" searches for "age 94"
      and labels only the bracketed part "94".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  - a vaccine named as the recipient's or a child's own visit type is PROCEDURE (the README's
    `your flu shot appointment` is REWRITE): `flu shot`, `Tdap`, `MMR`, `HPV vaccine`, generic
    `shots` / `vacunas` when they are the visit type; a vaccine brand (`Twinrix`, `Vivotif`) is
    MEDICATION like other brands. In broadcasts (flu clinics, outbreak alerts) vaccine words are
    not labelled. A document that merely carries the word (`shot record`, `cartilla de
    vacunación`, the state immunization registry) is not labelled.
  - WIC is a nutrition program whose eligibility itself reveals pregnancy, a new baby or
    nutritional risk: when it is the recipient's own appointment or program it is PROCEDURE
    (README: programs are PROCEDURE), also as part of the office's name in such a message; WIC
    office closures and enrolment campaigns sent to everyone are broadcasts (ALLOW).
  - an individual exposure / contact notice ("you were identified as a close contact of a measles
    case", "usted estuvo expuesto a tuberculosis activa", "a partner tested positive") is BLOCK:
    the exposure is a finding about the recipient and removing it leaves no message. The same
    outbreak as a public venue alert ("anyone at FreshMart on 10/18 may have been exposed") is a
    broadcast (ALLOW).
  - a Disease Intervention Specialist (STI partner services) is named as a role that reveals the
    service: the person is PROVIDER, the title a separate SPECIALTY span; a voicemail that says
    only "call me back" with that title is REWRITE. `Ryan White` (the HIV program) is SPECIALTY.
  - a practice name built on a condition keeps the generic word outside, as `clínica de VIH`:
    `STI` clinic -> CONDITION; a TB DOT visit -> `TB` CONDITION + `DOT` PROCEDURE. Whole
    sexual-health and family-planning clinic names are SPECIALTY.
  - people in community look-alikes who are neither patients nor the sender's clinical staff
    (a librarian, a tutor, a library clerk) are not labelled; pets' names are not labelled; a
    restaurant owner receiving an inspection notice is not a patient.
  - county venue addresses in the department's own broadcasts (grange hall, fire station) are
    labelled ADDRESS like the practice's own address; a patient's home address is ADDRESS too
    (REWRITE/BLOCK by the rest of the message).
  - a year of birth alone (`born 2019`) is not a date element and is not labelled.
  - returning 48-72 hours later for a TB skin-test reading is logistics, not a treatment
    instruction: with the test named it is REWRITE (the return window survives).
  - disease words that name the vaccine (`sarampion y varicela` as the shots due) are PROCEDURE;
    `VIH`/`sifilis` in `resultados de VIH y sifilis` name the tests (PROCEDURE); an oral vaccine
    product (`oral typhoid vaccine`) is MEDICATION; `pills`, `meds` alone stay generic like
    `prescription`.
  - `sickle cell trait` and `latent TB infection` are CONDITION; `not immune`, `clear`,
    `undetectable`, `baja`, `alto` are RESULT; `induration`, `anti-HBs`, `CD4 count` are PROCEDURE
    (scales/measures, as A1c).
  - a guardian's portal message with a child's result is ALLOW on the portal channel (the portal
    is the proxy account); the same facts by SMS are third-party BLOCK.
  - promotoras, front-desk staff and nurses who sign a message are PROVIDER (workforce).
  - service tags: county clinic immunizations and TB -> primary-care (+ lab for tests); children
    -> pediatrics; STI/HIV/partner services -> hiv-sexual-health; family planning, WIC in
    pregnancy -> reproductive; WIC for a child and lead -> pediatrics; look-alikes and
    department-wide notices -> general.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers;
SSNs are well-known specimen numbers. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (mo0001-mo0020): immunizations, TB skin test contrast
add(
    ("mo0001", "Alder County Public Health: reminder of your appointment Tue 10/14 at 9:20 AM at our Eastside clinic, 2231 Harmon Ave, Milltown. Please bring a photo ID. Questions? (541) 555-0142",
     "ALLOW", "reminder", "sms", "en",
     [("10/14", "DATE"), ("2231 Harmon Ave, Milltown", "ADDRESS"), ("(541) 555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "Date, time and the clinic's own address and phone; the visit type is not named."),
    ("mo0002", "Hi Tyler, your flu shot appt at Alder County Public Health is Thu 10/16 at 3:40pm. Reply C to confirm or R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Tyler", "NAME"), ("flu shot", "PROCEDURE"), ("10/16", "DATE")],
     ["primary-care"], "README: `your flu shot appointment` is REWRITE; the name and the vaccine go, date and time survive."),
    ("mo0003", "Hola Sra. Quintanilla, le recordamos que Mateo tiene cita para sus vacunas de los 4 años el 22 de octubre a las 10:00 en Salud Pública del Condado Alder. Traiga su cartilla de vacunación.",
     "REWRITE", "reminder", "sms", "es",
     [("Quintanilla", "NAME"), ("Mateo", "NAME"), ("vacunas", "PROCEDURE"), ("22 de octubre", "DATE")],
     ["pediatrics", "minor"], "A child's appointment logistics with names and a routine visit type: REWRITE (README). Judgement: the vaccine card is a document and stays unlabelled."),
    ("mo0004", "Flu shots are here! Walk-in flu clinics Mon-Fri 8:30-4:30 at Alder County Public Health, 410 Commerce St, Milltown. No appointment needed. No one is turned away for inability to pay.",
     "ALLOW", "marketing", "sms", "en",
     [("410 Commerce St, Milltown", "ADDRESS")],
     ["general", "broadcast", "practice-contact"], "Broadcast to everyone about flu clinics (README: flu shots available is ALLOW); the department's own address."),
    ("mo0005", "¡Ya llegaron las vacunas contra la gripe! Clinica sin cita de lunes a viernes, 8:30 a 4:30, en Salud Publica del Condado Alder. Nadie se queda sin vacuna por no poder pagar.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Flu-vaccine broadcast with no recipient-specific content; vaccine words in a broadcast are not labelled."),
    ("mo0006", "Our records show Ava Chen (born 2019) is due for her kindergarten shots: DTaP, IPV, MMR and varicella. Call (541) 555-0147 to book at Alder County Public Health.",
     "REWRITE", "recall", "sms", "en",
     [("Ava Chen", "NAME"), ("shots", "PROCEDURE"), ("DTaP", "PROCEDURE"), ("IPV", "PROCEDURE"), ("MMR", "PROCEDURE"), ("varicella", "PROCEDURE"), ("(541) 555-0147", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "A child's recall with her name and the vaccines due; the recall and the clinic's phone survive. Judgement: a year of birth alone is not a date element and is not labelled."),
    ("mo0007", "Alder Health: Your hepatitis B surface antigen test was negative. No further action is needed.",
     "BLOCK", "result", "push", "en",
     [("hepatitis B surface antigen test", "PROCEDURE"), ("negative", "RESULT")],
     ["primary-care", "lab"], "A negative result is still a result (README); a push preview shows it on the lock screen. Send a portal notice instead."),
    ("mo0008", "Este es un mensaje de Salud Pública del Condado Alder para Rogelio Benítez. Le recordamos su cita para la vacuna Tdap el jueves 6 de noviembre a las 2 de la tarde. Para cambiar su cita, llame al 541-555-0147.",
     "REWRITE", "reminder", "voice", "es",
     [("Rogelio Benítez", "NAME"), ("vacuna Tdap", "PROCEDURE"), ("6 de noviembre", "DATE"), ("541-555-0147", "PHONE")],
     ["primary-care", "practice-contact"], "Voice is treated like SMS (overheard); the name and the vaccine go, date, time and the clinic's number survive."),
    ("mo0009", "Hi Grace, your measles titer came back negative, so you are not immune. You'll need 2 MMR doses 28 days apart. Can you come in Friday for the first one?",
     "BLOCK", "result", "sms", "en",
     [("Grace", "NAME"), ("measles titer", "PROCEDURE"), ("negative", "RESULT"), ("not immune", "RESULT"), ("MMR", "PROCEDURE")],
     ["primary-care", "lab"], "A titer result and what it means for the patient: the result is the message."),
    ("mo0010", "Sr. Ortega, su prueba de titulos de hepatitis B salio baja (anti-HBs 4 mUI/mL). Necesita repetir la serie de 3 dosis. Llamenos al 541-555-0147.",
     "BLOCK", "result", "sms", "es",
     [("Ortega", "NAME"), ("prueba de titulos de hepatitis B", "PROCEDURE"), ("baja", "RESULT"), ("anti-HBs", "PROCEDURE"), ("4 mUI/mL", "RESULT")],
     ["primary-care", "lab"], "A lab value and its interpretation; written without accents as staff text."),
    ("mo0011", "Subject: Is your family up to date on vaccines?\n\nDear neighbor,\n\nSchool starts August 25. Alder County Public Health offers back-to-school immunizations for children 4-18 at no cost through the Vaccines for Children program, and walk-ins are welcome every weekday from 8:30 to 4:30.\n\nCall (541) 555-0147 or visit alderhealth.example.org/vaccines to see what your school requires.\n\nAlder County Public Health\n410 Commerce St, Milltown",
     "ALLOW", "marketing", "email", "en",
     [("August 25", "DATE"), ("(541) 555-0147", "PHONE"), ("alderhealth.example.org/vaccines", "URL"), ("410 Commerce St, Milltown", "ADDRESS")],
     ["general", "pediatrics", "broadcast", "practice-contact"], "Back-to-school campaign to every household; the date is the school's, the contact details are the department's."),
    ("mo0012", "Salud Pública Alder: su cita es mañana a las 9:00. Por favor llegue 10 minutos antes.",
     "ALLOW", "reminder", "push", "es", [],
     ["general"], "Time only; nothing about the service or the person."),
    ("mo0013", "Confirmed: Jayden Morris | HPV vaccine dose 2 | Sat 11/8 9:45 AM | Alder Co. Health Dept - Westside. Reply X to cancel.",
     "REWRITE", "confirmation", "sms", "en",
     [("Jayden Morris", "NAME"), ("HPV vaccine", "PROCEDURE"), ("11/8", "DATE")],
     ["primary-care", "template"], "Vendor-style confirmation: name and vaccine are not needed (the HPV vaccine also hints at sexual health); date, time and site survive."),
    ("mo0014", "Hello, this is the Alder County Public Health clinic calling with an appointment reminder for tomorrow, Wednesday, at 1:30 in the afternoon with Nurse Practitioner Carranza. Press 1 to confirm, press 2 to reschedule, or call us at 541-555-0142.",
     "ALLOW", "reminder", "voice", "en",
     [("Nurse Practitioner Carranza", "PROVIDER"), ("541-555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, time and the clinic's number only."),
    ("mo0015", "Hola Yesenia! Camila ya cumplio 12 meses y le tocan sus vacunas (sarampion y varicela). Haga su cita al 541-555-0147 o en alderhealth.example.org/citas",
     "REWRITE", "recall", "sms", "es",
     [("Yesenia", "NAME"), ("Camila", "NAME"), ("vacunas", "PROCEDURE"), ("sarampion", "PROCEDURE"), ("varicela", "PROCEDURE"), ("541-555-0147", "PHONE"), ("alderhealth.example.org/citas", "URL")],
     ["pediatrics", "minor", "practice-contact"], "A child's vaccine recall with names; `sarampion`/`varicela` name the vaccines here (PROCEDURE), not a disease the child has."),
    ("mo0016", "Alder County Animal Services: dog licenses expire at the end of January. Renew online or at any library branch; bring proof of a current rabies shot from your vet. A late fee applies after February.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Dog licence renewal: the rabies shot is the dog's; months alone are not dates."),
    ("mo0017", "Condado Alder: fumigacion contra mosquitos esta noche de 8 a 11 pm en los barrios Oak Hollow y Lead Creek. Cierre ventanas y guarde a sus mascotas. Informacion: Control de Vectores.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Mosquito spraying schedule for neighbourhoods; place names are not about any patient."),
    ("mo0018", "Hi Andre - after today's shots Leo may run a fever tonight. You can give children's ibuprofen 7.5 mL every 6-8 hrs. Call us if his temp goes over 104.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Andre", "NAME"), ("shots", "PROCEDURE"), ("Leo", "NAME"), ("fever", "CONDITION"), ("children's ibuprofen 7.5 mL", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "Dosing instructions about a child sent to the parent: treatment/dosing and a third party's health."),
    ("mo0019", "Your TB skin test was read on 10/9 by Kelly Tran, RN: induration 0 mm, negative. A copy for your employer is attached below. — Alder County Public Health",
     "ALLOW", "result", "portal", "en",
     [("TB skin test", "PROCEDURE"), ("10/9", "DATE"), ("Kelly Tran, RN", "PROVIDER"), ("induration", "PROCEDURE"), ("0 mm", "RESULT"), ("negative", "RESULT")],
     ["primary-care", "lab", "contrast"], "Inside the secure portal a result may stay (README channel convention); compare the SMS version."),
    ("mo0020", "TB skin test read 10/9: 0 mm, negative. Your clearance letter for work is ready at the front desk. -Alder Co Public Health",
     "BLOCK", "result", "sms", "en",
     [("TB skin test", "PROCEDURE"), ("10/9", "DATE"), ("0 mm", "RESULT"), ("negative", "RESULT")],
     ["primary-care", "lab", "contrast"], "The same negative reading by SMS: a negative result is still a result (README)."),
)

# ---------------------------------------------------------------- batch 2 (mo0021-mo0040): TB tests, STI testing, partner services, family planning
add(
    ("mo0021", "Recordatorio: regrese el viernes 17 de octubre entre 9 y 11 am para la lectura de su prueba de tuberculina (PPD). Pasadas 72 horas no se puede leer y hay que repetirla. Salud Pública Alder.",
     "REWRITE", "reminder", "sms", "es",
     [("17 de octubre", "DATE"), ("prueba de tuberculina", "PROCEDURE"), ("PPD", "PROCEDURE")],
     ["primary-care", "lab"], "Return-for-reading logistics: the test name goes, the return window survives. Judgement: the 72-hour rule is logistics, not a treatment instruction."),
    ("mo0022", "Milltown Library: Story Time is every Tuesday at 10:30! This week Ms. Burns reads The Very Hungry Caterpillar and we'll make paper butterflies. Ages 2-5, no sign-up needed.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Library story time; `Burns` is the librarian's surname (not a patient, not clinical staff: unlabelled, judgement)."),
    ("mo0023", "Westside Clinic reminder: Kenji, your TB blood test (QuantiFERON) is Mon 10/20 at 8am. No fasting needed. -Alder County Public Health",
     "REWRITE", "reminder", "sms", "en",
     [("Kenji", "NAME"), ("TB blood test", "PROCEDURE"), ("QuantiFERON", "PROCEDURE"), ("10/20", "DATE")],
     ["primary-care", "lab"], "Name and the named test go; date, time and site survive."),
    ("mo0024", "Buenas tardes, le habla la enfermera Rocío del Departamento de Salud del Condado Alder. Este mensaje es para Alma Jiménez. Su prueba de la piel para tuberculosis salió positiva, 14 milímetros. Esto no quiere decir que esté enferma, pero necesitamos hacerle una radiografía de tórax. Por favor llámenos al 541-555-0150.",
     "BLOCK", "result", "voice", "es",
     [("enfermera Rocío", "PROVIDER"), ("Alma Jiménez", "NAME"), ("prueba de la piel para tuberculosis", "PROCEDURE"), ("positiva", "RESULT"), ("14 milímetros", "RESULT"), ("radiografía de tórax", "PROCEDURE"), ("541-555-0150", "PHONE")],
     ["primary-care", "lab", "negation", "practice-contact"], "A positive TB skin test read out on a voicemail: the result is the message."),
    ("mo0025", "Desmond - pharmacy has ur isoniazid 300mg + vitamin B6 ready. Take 1 of each daily for 9 months, no alcohol. Nurse will call re monthly liver checks.",
     "BLOCK", "pickup", "sms", "en",
     [("Desmond", "NAME"), ("isoniazid 300mg", "MEDICATION"), ("vitamin B6", "MEDICATION"), ("liver checks", "PROCEDURE")],
     ["primary-care", "pharmacy", "shorthand"], "Latent-TB medication with dosing instructions: treatment instructions cannot be removed and leave a message."),
    ("mo0026", "Alder County Environmental Health: the routine inspection of Pap's Diner is set for Thursday morning. Please have your food handler cards and cooler temperature logs ready.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "Restaurant inspection notice to a business owner; `Pap's` is a diner, `temperature logs` are the cooler's."),
    ("mo0027", "Reminder from the Alder County Sexual Health Clinic: your STI testing appt is Fri 10/24 at 4:15 PM. Please use the side entrance on Elm St.",
     "REWRITE", "reminder", "sms", "en",
     [("Alder County Sexual Health Clinic", "SPECIALTY"), ("STI testing", "PROCEDURE"), ("10/24", "DATE")],
     ["hiv-sexual-health"], "Sexual-health clinic name and the test go; date, time and the entrance survive."),
    ("mo0028", "Clínica de Salud Sexual del Condado Alder: su cita para pruebas de ITS es el martes 28 de octubre a las 5:30 pm. Es confidencial y gratis.",
     "REWRITE", "reminder", "sms", "es",
     [("Clínica de Salud Sexual del Condado Alder", "SPECIALTY"), ("pruebas de ITS", "PROCEDURE"), ("28 de octubre", "DATE")],
     ["hiv-sexual-health"], "Specialty-revealing clinic name and STI testing go; date and time survive."),
    ("mo0029", "Alder County Public Health: you have a new message in your patient portal. Log in at alderhealth.example.org/portal to read it.",
     "ALLOW", "portal-notice", "sms", "en",
     [("alderhealth.example.org/portal", "URL")],
     ["general", "practice-contact"], "The safe pattern: notification without PHI, with the department's own portal link."),
    ("mo0030", "hi its Jess at the clinic, ur chlamydia test came back positive. treatment is 1 pill, free. can u come in today b4 5? ur partner(s) need tx too",
     "BLOCK", "result", "sms", "en",
     [("Jess", "PROVIDER"), ("chlamydia test", "PROCEDURE"), ("positive", "RESULT")],
     ["hiv-sexual-health", "shorthand"], "A positive STI result in staff shorthand: the result is the message."),
    ("mo0031", "Hola Brenda, tus resultados de VIH y sifilis salieron negativos. Te recomendamos repetir la prueba en 3 meses. Cualquier duda: 541-555-0175",
     "BLOCK", "result", "sms", "es",
     [("Brenda", "NAME"), ("VIH", "PROCEDURE"), ("sifilis", "PROCEDURE"), ("negativos", "RESULT"), ("541-555-0175", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "Negative HIV and syphilis results are still results (README). `VIH`/`sifilis` name the tests here."),
    ("mo0032", "Subject: Your appointment on Thursday\n\nHi Nathaniel,\n\nThis confirms your appointment at the Alder County Sexual Health Clinic on Thursday, November 6 at 2:00 PM with Dr. Okafor for your PrEP follow-up. Please bring your insurance card and a list of any medicines you take. Parking is free in the lot behind the building.\n\nSee you soon,\nFront Desk\nAlder County Public Health\n410 Commerce St, Milltown\n(541) 555-0175",
     "REWRITE", "confirmation", "email", "en",
     [("Nathaniel", "NAME"), ("Alder County Sexual Health Clinic", "SPECIALTY"), ("November 6", "DATE"), ("Dr. Okafor", "PROVIDER"), ("PrEP", "MEDICATION"), ("410 Commerce St, Milltown", "ADDRESS"), ("(541) 555-0175", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "E-mail is treated like SMS; the name, clinic name and PrEP go, the appointment and the signature block survive."),
    ("mo0033", "Your STI test results are ready. Log in to the Alder Health app to view them.",
     "REWRITE", "portal-notice", "push", "en",
     [("STI test", "PROCEDURE")],
     ["hiv-sexual-health"], "Results-ready notice that names the test; without it the notice is the safe pattern."),
    ("mo0034", "Sus resultados están listos. Inicie sesión en el portal de Salud Pública Alder para verlos.",
     "ALLOW", "portal-notice", "push", "es", [],
     ["general", "lab"], "Results ready with no test named (README: ALLOW)."),
    ("mo0035", "Alder County Health: Someone you had sex with recently tested positive for syphilis and named you as a contact. Free testing and treatment: call Marcus Reed, Disease Intervention Specialist, 541-555-0176.",
     "BLOCK", "other", "sms", "en",
     [("positive", "RESULT"), ("syphilis", "CONDITION"), ("Marcus Reed", "PROVIDER"), ("Disease Intervention Specialist", "SPECIALTY"), ("541-555-0176", "PHONE")],
     ["hiv-sexual-health", "third-party", "practice-contact"], "Partner notification: a third party's result and the recipient's exposure are the message."),
    ("mo0036", "Hi, this message is for Trevor. This is Marcus Reed, a Disease Intervention Specialist with Alder County Public Health. I have some important health information for you. Please call me back at 541-555-0176, Monday through Friday. Thank you.",
     "REWRITE", "other", "voice", "en",
     [("Trevor", "NAME"), ("Marcus Reed", "PROVIDER"), ("Disease Intervention Specialist", "SPECIALTY"), ("541-555-0176", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "Judgement: the partner-services title reveals the service to whoever hears the voicemail; without it and the name the call-back request is safe."),
    ("mo0037", "Feria del Condado Alder: ¡la exposición de ganado 4-H es el sábado! Boletos en la entrada, niños gratis. Habrá puestos de comida, juegos y concurso de pasteles.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "County fair livestock show; `exposición` is an exhibition, not an exposure."),
    ("mo0038", "Tri-County Fair: the Booster Club crab feed is Saturday at 6 PM in the Grange hall. Tickets $30; proceeds support the Milltown High marching band.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A fundraiser dinner; `Booster` and `crab` are not vaccines or lice."),
    ("mo0039", "Brianna, your pills are ready at the Family Planning window (room 112). Please pick up by Friday. -ACPH",
     "REWRITE", "pickup", "sms", "en",
     [("Brianna", "NAME"), ("Family Planning", "SPECIALTY")],
     ["reproductive", "pharmacy"], "The family-planning window tells what the pills are; name and service go, the pickup survives (`pills` alone is generic)."),
    ("mo0040", "Hola Daniela, te toca tu inyeccion Depo el 3 de noviembre. Clinica de Planificacion Familiar, 2do piso. Responde SI para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Daniela", "NAME"), ("inyeccion Depo", "MEDICATION"), ("3 de noviembre", "DATE"), ("Clinica de Planificacion Familiar", "SPECIALTY")],
     ["reproductive"], "Contraceptive injection and family-planning clinic go; date and floor survive. Judgement: the form word before the drug goes with it, as `cortisone injection`."),
)

# ---------------------------------------------------------------- batch 3 (mo0041-mo0060): family planning, WIC, lead, outbreaks and exposures
add(
    ("mo0041", "Hi Shauna, your pregnancy test today was positive. Dr. Solano would like to see you for a first prenatal visit next week - we'll call to set it up.",
     "BLOCK", "result", "sms", "en",
     [("Shauna", "NAME"), ("pregnancy test", "PROCEDURE"), ("positive", "RESULT"), ("Dr. Solano", "PROVIDER"), ("prenatal", "PROCEDURE")],
     ["reproductive", "lab"], "A positive pregnancy test: the finding is the message."),
    ("mo0042", "Luz, empieza las pastillas anticonceptivas este domingo: 1 diaria a la misma hora. Usa otro metodo de respaldo los primeros 7 dias. Si vomitas en las 2 horas despues, toma otra.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Luz", "NAME"), ("pastillas anticonceptivas", "MEDICATION")],
     ["reproductive"], "Dosing instructions for a contraceptive; the instruction is the message."),
    ("mo0043", "Alder County Public Health offers free and low-cost family planning for people of all genders and ages. Walk-ins Tues & Thurs 1-6 PM. Call (541) 555-0142 to learn more.",
     "ALLOW", "marketing", "sms", "en",
     [("(541) 555-0142", "PHONE")],
     ["reproductive", "broadcast", "practice-contact"], "Service broadcast to everyone; says nothing about the recipient."),
    ("mo0044", "Asunto: Su cita del 12 de noviembre\n\nEstimada Sra. Paredes:\n\nLe confirmamos su cita para la colocación del DIU el miércoles 12 de noviembre a las 9:00 a. m. con la Dra. Beatriz Solano en la Clínica de Planificación Familiar (410 Commerce St, Milltown).\n\nLe pedimos llegar 15 minutos antes. Si necesita intérprete o transporte, llame al (541) 555-0142.\n\nAtentamente,\nRecepción – Salud Pública del Condado Alder",
     "REWRITE", "confirmation", "email", "es",
     [("12 de noviembre", "DATE", 0), ("Paredes", "NAME"), ("colocación del DIU", "PROCEDURE"), ("12 de noviembre", "DATE", 1), ("Dra. Beatriz Solano", "PROVIDER"), ("Clínica de Planificación Familiar", "SPECIALTY"), ("410 Commerce St, Milltown", "ADDRESS"), ("(541) 555-0142", "PHONE")],
     ["reproductive", "practice-contact"], "IUD insertion and the family-planning clinic name go with the patient's name; date, provider, address and phone survive."),
    ("mo0045", "Hi Destiny! Your WIC certification appt for you and baby Aaliyah is Wed 10/29 at 10:40. Bring proof of address, proof of income and Aaliyah's shot record.",
     "REWRITE", "reminder", "sms", "en",
     [("Destiny", "NAME"), ("WIC certification", "PROCEDURE"), ("Aaliyah", "NAME", 0), ("10/29", "DATE"), ("Aaliyah", "NAME", 1)],
     ["pediatrics", "minor"], "Judgement: WIC enrolment reveals a new baby/nutritional risk (program -> PROCEDURE); names go, the appointment and the documents to bring survive."),
    ("mo0046", "WIC Condado Alder: Sra. Gutierrez, su cita para recargar beneficios es el 4 de noviembre a las 2:15 pm. Traiga su tarjeta de beneficios y el acta de nacimiento de Santiago.",
     "REWRITE", "reminder", "sms", "es",
     [("WIC", "PROCEDURE"), ("Gutierrez", "NAME"), ("4 de noviembre", "DATE"), ("Santiago", "NAME")],
     ["pediatrics", "minor"], "Judgement: the WIC office name in a message about the recipient's own benefits reveals the program; names go, the appointment survives."),
    ("mo0047", "Alder County WIC offices will be closed Tuesday, November 11 for Veterans Day and will reopen Wednesday at 8 AM.",
     "ALLOW", "other", "sms", "en",
     [("November 11", "DATE")],
     ["general", "broadcast"], "Office closure sent to everyone; says nothing about the recipient."),
    ("mo0048", "Sra. Paz, en la cita de WIC la hemoglobina de Emiliano salio en 9.8, un poco baja. Le recomendamos darle alimentos con hierro y hablar con su pediatra.",
     "BLOCK", "result", "sms", "es",
     [("Paz", "NAME"), ("WIC", "PROCEDURE"), ("hemoglobina", "PROCEDURE"), ("Emiliano", "NAME"), ("9.8", "RESULT"), ("baja", "RESULT"), ("pediatra", "SPECIALTY")],
     ["pediatrics", "minor", "third-party", "lab"], "A child's hemoglobin value and its interpretation sent to the parent: third party's result."),
    ("mo0049", "Alder Co Health: Jordan's blood lead level from 10/2 was 9 mcg/dL, above the reference value. A nurse will call to schedule a home visit and a repeat test.",
     "BLOCK", "result", "sms", "en",
     [("Jordan", "NAME"), ("blood lead level", "PROCEDURE"), ("10/2", "DATE"), ("9 mcg/dL", "RESULT")],
     ["pediatrics", "minor", "third-party", "lab"], "A child's elevated blood lead value: a result about a third party."),
    ("mo0050", "Recordatorio: Valentina tiene su prueba de plomo en sangre el lunes 10 de noviembre a las 3:00 pm en Salud Publica Alder. Dudas: 541-555-0142",
     "REWRITE", "reminder", "sms", "es",
     [("Valentina", "NAME"), ("prueba de plomo en sangre", "PROCEDURE"), ("10 de noviembre", "DATE"), ("541-555-0142", "PHONE")],
     ["pediatrics", "minor", "lab", "practice-contact"], "A child's screening appointment with name and test; logistics survive."),
    ("mo0051", "Milltown Public Works: crews are replacing old lead service lines on Birch St and Lead Creek Rd this week. Expect water shutoffs 9 AM-3 PM; run your cold tap 2 minutes afterwards.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Lead pipes and a street named Lead Creek: infrastructure, not anybody's lead test."),
    ("mo0052", "Subject: Follow-up from our home visit\n\nDear Mr. and Mrs. Whitaker,\n\nThank you for letting us visit your home at 88 Quarry Rd, Milltown on October 14. Our inspector found lead paint dust on the window sills in Olivia's bedroom. Because Olivia's last blood lead level was 11 mcg/dL, please wet-mop floors and sills weekly, wash her hands and toys often, and serve iron- and calcium-rich foods. Do not sand or scrape painted surfaces yourselves.\n\nHer next blood lead test is due December 1; we will send a reminder.\n\nRenee Albright, RN\nAlder County Public Health\n(541) 555-0150",
     "BLOCK", "care-instructions", "email", "en",
     [("Whitaker", "NAME"), ("88 Quarry Rd, Milltown", "ADDRESS"), ("October 14", "DATE"), ("Olivia", "NAME", 0), ("Olivia", "NAME", 1), ("blood lead level", "PROCEDURE"), ("11 mcg/dL", "RESULT"), ("blood lead test", "PROCEDURE"), ("December 1", "DATE"), ("Renee Albright, RN", "PROVIDER"), ("(541) 555-0150", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "A child's lead level, the family's home address and care instructions: the clinical content is the message."),
    ("mo0053", "Hola, le llamamos de Salud Pública del Condado Alder para recordarle su cita de mañana martes a las 10 y media con la enfermera Marisol Vega. Si necesita cambiarla, llame al 541-555-0142. Gracias.",
     "ALLOW", "reminder", "voice", "es",
     [("enfermera Marisol Vega", "PROVIDER"), ("541-555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "Nurse, time and the clinic's number; no service named."),
    ("mo0054", "Our records show Elijah (age 2) has not had the blood lead test required at 24 months. Call 541-555-0142 to schedule at our Eastside or Westside clinic.",
     "REWRITE", "recall", "sms", "en",
     [("Elijah", "NAME"), ("blood lead test", "PROCEDURE"), ("541-555-0142", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "A child's screening recall with name and test; ages under 90 are not labelled."),
    ("mo0055", "Biblioteca de Milltown: ¡Hora del cuento bilingüe este sábado a las 11! Leeremos 'El Pollo Pepe' y haremos manualidades. Para sacar su credencial traiga una prueba de domicilio.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Library story time; `prueba de domicilio` is proof of address, not a test."),
    ("mo0056", "Hi! This is Kayla at the Alder County Public Health front desk, just confirming you're still good for Thursday 11/13 at 2:10? Reply Y or N.",
     "ALLOW", "confirmation", "sms", "en",
     [("Kayla", "PROVIDER"), ("11/13", "DATE")],
     ["general"], "Staff member named as the sender is workforce (PROVIDER); date and time only."),
    ("mo0057", "Alder County Public Health: You were identified as a close contact of a confirmed measles case on 10/21. Stay home until 11/11 and call 541-555-0160 before visiting any clinic or ER.",
     "BLOCK", "care-instructions", "push", "en",
     [("measles", "CONDITION"), ("10/21", "DATE"), ("11/11", "DATE"), ("541-555-0160", "PHONE")],
     ["primary-care", "contrast", "practice-contact"], "Judgement: an individual exposure notice with quarantine instructions is a finding about the recipient; removing it leaves no message. Compare the public venue alert."),
    ("mo0058", "Measles alert: anyone at Milltown FreshMart on Sat 10/18 between 2 and 6 PM may have been exposed. Check your vaccine records and call 541-555-0160 if you develop fever or rash. Info: alderhealth.example.org/measles",
     "ALLOW", "other", "sms", "en",
     [("10/18", "DATE"), ("541-555-0160", "PHONE"), ("alderhealth.example.org/measles", "URL")],
     ["general", "broadcast", "contrast", "practice-contact"], "A public venue alert sent to everyone: says nothing about the recipient (broadcast)."),
    ("mo0059", "Alerta de sarampión en el Condado Alder: hay 3 casos confirmados. La vacuna MMR es gratis para niños y adultos sin seguro en todas nuestras clínicas. Info: 541-555-0160.",
     "ALLOW", "other", "sms", "es",
     [("541-555-0160", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Outbreak broadcast with the department's number."),
    ("mo0060", "Hola Sr. Domínguez, usted estuvo expuesto a un caso de tuberculosis activa en su trabajo. Necesita una prueba de sangre para TB; su cita es el 30 de octubre a las 8 am.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Domínguez", "NAME"), ("tuberculosis activa", "CONDITION"), ("prueba de sangre para TB", "PROCEDURE"), ("30 de octubre", "DATE")],
     ["primary-care", "lab"], "Contact-investigation notice: the recipient's exposure to active TB is the message."),
)

# ---------------------------------------------------------------- batch 4 (mo0061-mo0080): billing, identifiers, family planning, campaigns
add(
    ("mo0061", "Alder County Public Health: you have a balance of $20.00. Pay online at alderhealth.example.org/pay or call 541-555-0142. Thank you!",
     "ALLOW", "billing", "sms", "en",
     [("alderhealth.example.org/pay", "URL"), ("541-555-0142", "PHONE")],
     ["general", "practice-contact"], "Balance due with the department's own link and phone."),
    ("mo0062", "Subject: Statement for account 4419-0087\n\nDear Carlos Ybarra,\n\nYour statement is ready. Amount due: $45.00 for your 9/30 family planning visit (sliding fee, level B). Please pay by 11/15 at alderhealth.example.org/pay or call (541) 555-0142.\n\nAlder County Public Health – Billing",
     "REWRITE", "billing", "email", "en",
     [("4419-0087", "ACCOUNT"), ("Carlos Ybarra", "NAME"), ("9/30", "DATE"), ("family planning", "SPECIALTY"), ("11/15", "DATE"), ("alderhealth.example.org/pay", "URL"), ("(541) 555-0142", "PHONE")],
     ["reproductive", "practice-contact"], "A statement needs neither the name, the account number in the subject nor the service line; the amount, due date and payment link survive."),
    ("mo0063", "Salud Pública Alder: tiene un saldo de $15 por su visita del 2 de octubre (prueba de TB). Cuenta 00558712. Pague en alderhealth.example.org/pagar",
     "REWRITE", "billing", "sms", "es",
     [("2 de octubre", "DATE"), ("prueba de TB", "PROCEDURE"), ("00558712", "ACCOUNT"), ("alderhealth.example.org/pagar", "URL")],
     ["primary-care", "practice-contact"], "The test and the account number go; the balance and the payment link survive."),
    ("mo0064", "To finish the WIC application for Maya Ruiz (DOB 04/17/2024) please confirm your SSN 219-09-9999 and send proof of income. Reply here or call 541-555-0163.",
     "BLOCK", "other", "sms", "en",
     [("WIC", "PROCEDURE"), ("Maya Ruiz", "NAME"), ("04/17/2024", "DATE"), ("219-09-9999", "SSN"), ("541-555-0163", "PHONE")],
     ["pediatrics", "minor", "dob", "practice-contact"], "A full date of birth with a name, and an SSN: identifiers that must never travel by text."),
    ("mo0065", "Para actualizar su registro de vacunas confirme: Josefina Arce Molina, fecha de nac. 09/03/1988, Medicaid 7719204581. Responda SI si es correcto.",
     "BLOCK", "other", "sms", "es",
     [("Josefina Arce Molina", "NAME"), ("09/03/1988", "DATE"), ("7719204581", "HEALTH_PLAN_ID")],
     ["primary-care", "dob"], "Full date of birth with the name plus a Medicaid number asked back by text: BLOCK."),
    ("mo0066", "Alder County Animal Services: Biscuit's dog license expires this month. Bring his current rabies certificate to the Clerk's office or renew by mail. Fee $15 ($8 if spayed/neutered).",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "A dog's licence; Biscuit is a pet (not labelled), the rabies certificate is the dog's."),
    ("mo0067", "Hi Mrs Thibodeaux, remindr ur sons Tdap/meningitis shots r tmrw 3:30 at eastside clinc. bring his shot record pls",
     "REWRITE", "reminder", "sms", "en",
     [("Thibodeaux", "NAME"), ("Tdap", "PROCEDURE"), ("meningitis shots", "PROCEDURE")],
     ["pediatrics", "minor", "typo", "shorthand"], "A son's vaccine appointment with the parent's name and the vaccines; the time and place survive."),
    ("mo0068", "Hola Ximena, mañana es tu cita de seguimiento de planificación familiar con la NP Carranza a las 4:45. Si ya no puedes venir avísanos.",
     "REWRITE", "reminder", "sms", "es",
     [("Ximena", "NAME"), ("planificación familiar", "SPECIALTY"), ("NP Carranza", "PROVIDER")],
     ["reproductive"], "Family-planning follow-up: the service line and the name go; provider and time survive."),
    ("mo0069", "This is an automated message from Alder County Public Health for Robert Lindqvist. Your hepatitis C antibody test was reactive. Please call nurse Dana at 541-555-0150 to schedule a follow-up RNA test. Again, that number is 541-555-0150.",
     "BLOCK", "result", "voice", "en",
     [("Robert Lindqvist", "NAME"), ("hepatitis C antibody test", "PROCEDURE"), ("reactive", "RESULT"), ("nurse Dana", "PROVIDER"), ("541-555-0150", "PHONE", 0), ("RNA test", "PROCEDURE"), ("541-555-0150", "PHONE", 1)],
     ["primary-care", "lab", "practice-contact"], "A reactive screening result read on a voicemail: the result is the message."),
    ("mo0070", "Mensaje para los padres de Isabella Torres. Isabella tiene cita para sus vacunas de los 11 años el viernes 14 de noviembre a las 3 de la tarde en Salud Pública del Condado Alder. Por favor traiga su cartilla.",
     "REWRITE", "reminder", "voice", "es",
     [("Isabella Torres", "NAME"), ("Isabella", "NAME", 1), ("vacunas", "PROCEDURE"), ("14 de noviembre", "DATE")],
     ["pediatrics", "minor"], "A child's routine vaccine visit with her name, on a voicemail: REWRITE like the patient's own."),
    ("mo0071", "Positive Parenting class tonight 6-7:30 in the Milltown Library community room. Free childcare and pizza! Sponsored by Alder County Public Health.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A community class; `Positive` is its name, not a result."),
    ("mo0072", "County fair reminder: the Pie Contest, Goat Show and Lead Line class (kids 4-7 lead a sheep around the ring) start at 10 AM Saturday. Parking lot C opens at 8.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A 4-H show class called Lead Line; nothing clinical."),
    ("mo0073", "Dra. Solano: Paola, tu papanicolaou salio normal y la prueba de VPH negativa. El proximo toca en 3 años.",
     "BLOCK", "result", "sms", "es",
     [("Dra. Solano", "PROVIDER"), ("Paola", "NAME"), ("papanicolaou", "PROCEDURE"), ("normal", "RESULT"), ("prueba de VPH", "PROCEDURE"), ("negativa", "RESULT")],
     ["reproductive", "lab"], "Normal and negative results are still results (README)."),
    ("mo0074", "Resultado de su prueba de embarazo del 8 de octubre: negativo. Si tiene preguntas, envíe un mensaje a la Dra. Solano desde el portal.",
     "ALLOW", "result", "portal", "es",
     [("prueba de embarazo", "PROCEDURE"), ("8 de octubre", "DATE"), ("negativo", "RESULT"), ("Dra. Solano", "PROVIDER")],
     ["reproductive", "lab"], "Inside the secure portal a result may stay (README channel convention)."),
    ("mo0075", "Mia - for EC: take the Plan B pill (levonorgestrel 1.5mg) ASAP, it works best within 72 hrs. Free at our front desk, no ID needed.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Mia", "NAME"), ("EC", "MEDICATION"), ("Plan B pill", "MEDICATION"), ("levonorgestrel 1.5mg", "MEDICATION")],
     ["reproductive", "shorthand"], "Emergency contraception with dosing instructions: the instruction is the message."),
    ("mo0076", "Plan B for Saturday's Family Fun Run: if it rains we move into the Milltown High gym. Packet pickup Friday 4-7 PM in the Health Dept lobby.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "`Plan B` is the rain plan of a fun run; a packet pickup, not a prescription."),
    ("mo0077", "Alder Health: Your Depo-Provera shot is due in 1 week. Tap to book.",
     "REWRITE", "reminder", "push", "en",
     [("Depo-Provera shot", "MEDICATION")],
     ["reproductive"], "The contraceptive named on a lock-screen preview; without it the booking nudge is safe."),
    ("mo0078", "Salud Pública Alder: es hora de programar su próxima cita. Toque aquí para elegir día y hora.",
     "ALLOW", "recall", "push", "es", [],
     ["general"], "A content-free recall."),
    ("mo0079", "Subject: Fall community vaccine clinics\n\nAlder County Public Health will hold free community vaccine clinics this fall:\n• Sat Oct 25, 9-1 — Milltown Grange Hall, 55 Fairground Rd, Milltown\n• Sat Nov 8, 9-1 — Cedar Falls Fire Station, 301 Main St, Cedar Falls\n\nFlu, COVID-19, Tdap and routine childhood vaccines. Bring your insurance card if you have one; no one is turned away.\n\nQuestions? (541) 555-0147 · immunize@alderhealth.example.org",
     "ALLOW", "marketing", "email", "en",
     [("Oct 25", "DATE"), ("55 Fairground Rd, Milltown", "ADDRESS"), ("Nov 8", "DATE"), ("301 Main St, Cedar Falls", "ADDRESS"), ("(541) 555-0147", "PHONE"), ("immunize@alderhealth.example.org", "EMAIL")],
     ["general", "broadcast", "practice-contact"], "Campaign to everyone; judgement: the event venues are the department's own locations (ADDRESS, allowed)."),
    ("mo0080", "Asunto: ¿Está embarazada o tiene niños menores de 5 años?\n\nEl programa WIC del Condado Alder ofrece alimentos saludables, apoyo para la lactancia y consejos de nutrición para familias que califican. La inscripción es gratis y puede hacerse por teléfono.\n\nLlame al 541-555-0163 o visite alderhealth.example.org/wic.\n\nEsta institución es un proveedor que ofrece igualdad de oportunidades.",
     "ALLOW", "marketing", "email", "es",
     [("541-555-0163", "PHONE"), ("alderhealth.example.org/wic", "URL")],
     ["reproductive", "pediatrics", "broadcast", "practice-contact"], "WIC enrolment campaign to everyone: the question is addressed to any reader, not a finding about the recipient."),
)

# ---------------------------------------------------------------- batch 5 (mo0081-mo0100): disguises (4), staff notes, look-alikes, links
add(
    ("mo0081", "ur g0n0rrhea test = p0sitive. pls come in 2day for the shot, its free. -ACPH clinic",
     "BLOCK", "result", "sms", "en",
     [("g0n0rrhea test", "PROCEDURE"), ("p0sitive", "RESULT")],
     ["hiv-sexual-health", "leet", "shorthand"], "Disguised (leet) positive STI result: still a result."),
    ("mo0082", "Hola Andrea, tu prueba de sí\u200bfilis salió reac\u200btiva 1:16. Necesitas tratamiento con penicilina esta semana. Llama al 541-555-0175.",
     "BLOCK", "result", "sms", "es",
     [("Andrea", "NAME"), ("prueba de sí\u200bfilis", "PROCEDURE"), ("reac\u200btiva 1:16", "RESULT"), ("penicilina", "MEDICATION"), ("541-555-0175", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "A reactive syphilis titer with zero-width spaces inside the words: the result is the message."),
    ("mo0083", "Reminder: your H I V / S T I screening at Alder County Public Health is Mon 11/3 at 5pm. Use the side door on Elm St.",
     "REWRITE", "reminder", "sms", "en",
     [("H I V / S T I screening", "PROCEDURE"), ("11/3", "DATE")],
     ["hiv-sexual-health", "spaced"], "Spaced letters still name the screening; date, time and entrance survive."),
    ("mo0084", "Hola Rubén, tu cita de \u0420r\u0415P es el jueves 20 de noviembre a las 6 pm con el Dr. Okafor.",
     "REWRITE", "reminder", "sms", "es",
     [("Rubén", "NAME"), ("\u0420r\u0415P", "MEDICATION"), ("20 de noviembre", "DATE"), ("Dr. Okafor", "PROVIDER")],
     ["hiv-sexual-health"], "PrEP written with Cyrillic Er and Ie; name and drug go, date, time and provider survive."),
    ("mo0085", "Alder County Environmental Health: October restaurant inspection scores are posted. Rosie's Crab Shack, Clapham Grill and Positano Pizza all passed. Full list on the county website.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Restaurant inspections; business names that resemble clinical slang are not about anyone's health."),
    ("mo0086", "Hi, Nurse Whitfield here from Alder Co. Public Health returning your call. I'm in the office until 4:30 today: 541-555-0150 (direct line).",
     "ALLOW", "other", "sms", "en",
     [("Nurse Whitfield", "PROVIDER"), ("541-555-0150", "PHONE")],
     ["primary-care", "practice-contact"], "A nurse's call-back with the department's direct line; nothing about the patient."),
    ("mo0087", "Hola, habla Lupita, promotora de salud del Condado Alder. ¿Sigue en pie nuestra cita en la clínica Eastside el miércoles 5 de noviembre a las 11? Responda SI o NO.",
     "ALLOW", "confirmation", "sms", "es",
     [("Lupita", "PROVIDER"), ("5 de noviembre", "DATE")],
     ["general"], "Judgement: a promotora signing as the sender is workforce (PROVIDER); date and time only."),
    ("mo0088", "Hi Ms. Kowalski, this is Nurse Whitfield with Alder County Public Health. Dylan's TB skin test from Monday measured 12 mm, so he needs a chest x-ray before he can go back to school. Please call 541-555-0150.",
     "BLOCK", "result", "sms", "en",
     [("Kowalski", "NAME"), ("Nurse Whitfield", "PROVIDER"), ("Dylan", "NAME"), ("TB skin test", "PROCEDURE"), ("12 mm", "RESULT"), ("chest x-ray", "PROCEDURE"), ("541-555-0150", "PHONE")],
     ["pediatrics", "minor", "third-party", "lab", "practice-contact"], "A child's positive skin-test measurement sent to the parent: third party's result."),
    ("mo0089", "Feria del Condado: el concurso de chiles es el domingo. Inscripciones en la carpa de la Cámara de Comercio. ¡Traigan su receta secreta!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "A chili contest; `receta` is a recipe, not a prescription."),
    ("mo0090", "Salud Ambiental del Condado Alder: la inspección de rutina de Taquería La Positiva será el jueves por la mañana. Tenga a la mano su permiso y los registros de temperatura del refrigerador.",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "hard-negative"], "Restaurant inspection notice to the owner; `La Positiva` is the business name."),
    ("mo0091", "Hi Priya - your Vivotif (oral typhoid vaccine) is ready at the front desk. Take 1 capsule every other day for 4 doses, 1 hr before a meal, and keep it in the fridge.",
     "BLOCK", "pickup", "sms", "en",
     [("Priya", "NAME"), ("Vivotif", "MEDICATION"), ("oral typhoid vaccine", "MEDICATION")],
     ["primary-care", "pharmacy"], "Pickup with dosing instructions; the instruction is the message. Judgement: an oral vaccine product is MEDICATION."),
    ("mo0092", "Alder County Vector Control: truck-mounted mosquito spraying tonight 8-11 PM in Pox Hollow and the Cedar Falls fairgrounds, weather permitting. Bring pets in and close windows.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Spraying schedule; Pox Hollow is a place name."),
    ("mo0093", "Hey Marisa its Dana RN from county health - got ur msg. yes u can bring ur girlfriend to the IUD removal appt thurs 11/20. see u at 9!",
     "REWRITE", "reminder", "sms", "en",
     [("Marisa", "NAME"), ("Dana RN", "PROVIDER"), ("IUD removal", "PROCEDURE"), ("11/20", "DATE")],
     ["reproductive", "shorthand", "typo"], "Staff free text: name and procedure go, the date, time and the answer about a companion survive."),
    ("mo0094", "Sra. Velásquez: su hija Renata tiene su cita de WIC el 19 de noviembre a las 9:30. Por favor traiga la tarjeta de beneficios y prueba de domicilio.",
     "REWRITE", "reminder", "sms", "es",
     [("Velásquez", "NAME"), ("Renata", "NAME"), ("WIC", "PROCEDURE"), ("19 de noviembre", "DATE")],
     ["pediatrics", "minor"], "A child's WIC appointment with names (judgement: WIC is PROCEDURE); the appointment survives."),
    ("mo0095", "Latisha, baby Marcus's newborn screen showed sickle cell trait. It is not a disease, but we'd like to explain what it means. Please call Nurse Whitfield at 541-555-0150.",
     "BLOCK", "result", "sms", "en",
     [("Latisha", "NAME"), ("Marcus", "NAME"), ("newborn screen", "PROCEDURE"), ("sickle cell trait", "CONDITION"), ("Nurse Whitfield", "PROVIDER"), ("541-555-0150", "PHONE")],
     ["pediatrics", "minor", "third-party", "negation", "practice-contact"], "A baby's newborn-screen finding sent to the parent: third party's finding, however reassuring."),
    ("mo0096", "Hi Tamara, at your WIC visit today your hemoglobin was 10.2, which is low for pregnancy. Please start taking prenatal vitamins with iron and we'll recheck at your next visit.",
     "BLOCK", "result", "sms", "en",
     [("Tamara", "NAME"), ("WIC", "PROCEDURE"), ("hemoglobin", "PROCEDURE"), ("10.2", "RESULT"), ("low", "RESULT"), ("pregnancy", "CONDITION"), ("prenatal vitamins with iron", "MEDICATION")],
     ["reproductive", "lab"], "A value, its interpretation and a treatment instruction."),
    ("mo0097", "Tiene un mensaje nuevo de Salud Pública del Condado Alder. Léalo en alderhealth.example.org/portal. No responda a este texto.",
     "ALLOW", "portal-notice", "sms", "es",
     [("alderhealth.example.org/portal", "URL")],
     ["general", "practice-contact"], "Notification without PHI, with the department's own portal link."),
    ("mo0098", "Alder County Public Health: please complete your pre-visit form for your STI clinic visit: alderhealth.example.org/f?token=Q8ZK2M71",
     "REWRITE", "other", "sms", "en",
     [("STI", "CONDITION"), ("alderhealth.example.org/f?token=Q8ZK2M71", "URL")],
     ["hiv-sexual-health"], "The clinic label reveals the service and the link carries a patient token (README: tokened URL -> REWRITE)."),
    ("mo0099", "Complete su formulario antes de su cita: alderhealth.example.org/f?pid=884120&lang=es — Gracias, Salud Pública Alder.",
     "REWRITE", "other", "sms", "es",
     [("alderhealth.example.org/f?pid=884120&lang=es", "URL")],
     ["general", "contrast"], "A link with a patient id parameter is patient-specific (README); compare the generic form link."),
    ("mo0100", "Alder County Public Health: please fill out the new-patient form before your visit: alderhealth.example.org/forms/new-patient",
     "ALLOW", "other", "sms", "en",
     [("alderhealth.example.org/forms/new-patient", "URL")],
     ["general", "contrast", "practice-contact"], "The department's generic form link, no patient parameter."),
)

# ---------------------------------------------------------------- batch 6 (mo0101-mo0120): home visits, TB treatment, HIV care, templates, closing look-alikes
add(
    ("mo0101", "Good morning, this is Alder County Public Health calling for Mr. Harold Brandt, age 94, to confirm the at-home flu shot visit by our nurse on Tuesday, November 4, between 10 and noon. If that time does not work, please call 541-555-0142.",
     "REWRITE", "confirmation", "voice", "en",
     [("Harold Brandt", "NAME"), ("age [[94]]", "AGE"), ("flu shot", "PROCEDURE"), ("November 4", "DATE"), ("541-555-0142", "PHONE")],
     ["primary-care", "age-over-89", "practice-contact"], "Name, an age over 89 and the vaccine go; the visit window and the number survive."),
    ("mo0102", "Sra. Ocampo, el resultado de la prueba de plomo de su hijo Ángel fue 18 µg/dL. Es alto. No le dé dulces importados con chile y manténgalo lejos de la pintura vieja. La enfermera lo visitará el jueves.",
     "BLOCK", "result", "sms", "es",
     [("Ocampo", "NAME"), ("prueba de plomo", "PROCEDURE"), ("Ángel", "NAME"), ("18 µg/dL", "RESULT"), ("alto", "RESULT")],
     ["pediatrics", "minor", "third-party", "lab"], "A child's lead value and care advice sent to the parent: third party's result."),
    ("mo0103", "Subject: Your treatment plan\n\nHi Connor,\n\nAs we discussed on the phone, your trichomonas test was positive. Your prescription for metronidazole 500 mg (one tablet twice a day for 7 days) has been sent to Milltown Pharmacy on 3rd Ave. Please do not drink alcohol during treatment and for 3 days after the last dose.\n\nYour partner should be treated too. We can give you free medication for them through expedited partner therapy; just reply to let us know.\n\nNP Luis Carranza\nAlder County Sexual Health Clinic\n(541) 555-0175",
     "BLOCK", "care-instructions", "email", "en",
     [("Connor", "NAME"), ("trichomonas test", "PROCEDURE"), ("positive", "RESULT"), ("metronidazole 500 mg", "MEDICATION"), ("expedited partner therapy", "PROCEDURE"), ("NP Luis Carranza", "PROVIDER"), ("Alder County Sexual Health Clinic", "SPECIALTY"), ("(541) 555-0175", "PHONE")],
     ["hiv-sexual-health", "pharmacy", "practice-contact"], "A positive STI result with dosing instructions: e-mail is treated like SMS; send a portal notice."),
    ("mo0104", "Asunto: Recordatorio de cita\n\nBuenos días:\n\nLe recordamos su cita en Salud Pública del Condado Alder, Clínica Eastside, el lunes 17 de noviembre a las 8:40 a. m. con la enfermera Marisol Vega.\n\nDirección: 2231 Harmon Ave, Milltown. Hay estacionamiento gratis detrás del edificio. Si necesita intérprete, avísenos.\n\nPara cambiar o cancelar: (541) 555-0142 o citas@alderhealth.example.org.\n\nSalud Pública del Condado Alder",
     "ALLOW", "reminder", "email", "es",
     [("17 de noviembre", "DATE"), ("enfermera Marisol Vega", "PROVIDER"), ("2231 Harmon Ave, Milltown", "ADDRESS"), ("(541) 555-0142", "PHONE"), ("citas@alderhealth.example.org", "EMAIL")],
     ["primary-care", "practice-contact"], "Date, nurse and the clinic's own address, phone and e-mail; no service named."),
    ("mo0105", "Reminder for Jasmine Holloway: TB DOT visit tomorrow at 7:30am at your home. Nurse Tran will bring this week's meds.",
     "REWRITE", "reminder", "sms", "en",
     [("Jasmine Holloway", "NAME"), ("TB", "CONDITION"), ("DOT", "PROCEDURE"), ("Nurse Tran", "PROVIDER")],
     ["primary-care", "home-health"], "Directly observed therapy reveals TB treatment; name, condition and program go, the visit time and nurse survive (`meds` is generic)."),
    ("mo0106", "Salud Pública Alder: Su prueba de COVID-19 del 27 de octubre fue POSITIVA. Quédese en casa y use mascarilla; llame al 541-555-0160 si tiene dificultad para respirar.",
     "BLOCK", "result", "push", "es",
     [("prueba de COVID-19", "PROCEDURE"), ("27 de octubre", "DATE"), ("POSITIVA", "RESULT"), ("541-555-0160", "PHONE"), ("dificultad para respirar", "CONDITION")],
     ["primary-care", "lab", "negation", "practice-contact"], "A positive result on a push preview with isolation instructions: BLOCK."),
    ("mo0107", "Alder County Public Health: COVID-19 and flu vaccines are available at all our clinics this week. Walk-ins welcome!",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "Vaccine availability broadcast (README: flu shots available is ALLOW)."),
    ("mo0108", "Hola Fernanda, el DIU quedó bien colocado. Puedes tener cólicos 2-3 días; toma ibuprofeno 600 mg cada 8 horas con comida. Control en 6 semanas.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Fernanda", "NAME"), ("DIU", "PROCEDURE"), ("cólicos", "CONDITION"), ("ibuprofeno 600 mg", "MEDICATION")],
     ["reproductive"], "Post-insertion care with dosing instructions: the instruction is the message."),
    ("mo0109", "Alder County Public Health will be closed Thursday for Thanksgiving. For urgent questions call 541-555-0142 and follow the prompts. In an emergency, call 911.",
     "ALLOW", "other", "sms", "en",
     [("541-555-0142", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Holiday closure broadcast; 911 is not a phone identifier."),
    ("mo0110", "Clases de refuerzo de matemáticas en la Biblioteca de Milltown, martes y jueves de 4 a 5. Gratis para estudiantes de secundaria; pregunte por la maestra Guadalupe Lozano.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Math tutoring (`refuerzo` is not a booster shot); the teacher is neither a patient nor clinical staff (unlabelled, judgement)."),
    ("mo0111", "Este mensaje es para Héctor Salas, nacido el 2 de febrero de 1979. Su número en el registro estatal de vacunas es AL-0038814. Por favor llame al 541-555-0147 para confirmar sus datos.",
     "BLOCK", "other", "voice", "es",
     [("Héctor Salas", "NAME"), ("2 de febrero de 1979", "DATE"), ("AL-0038814", "OTHER_ID"), ("541-555-0147", "PHONE")],
     ["primary-care", "dob", "practice-contact"], "Full date of birth with the name plus a registry number on a voicemail: BLOCK."),
    ("mo0112", "Alder County Public Health: Reminder - your appointment is on {{appt_date}} at {{appt_time}} at our {{location_name}} clinic. Need to reschedule? Call {{clinic_phone}}.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template"], "Template with content-free placeholders only."),
    ("mo0113", "Salud Pública Alder: su cita para la prueba de tuberculosis es el {{fecha_cita}} a las {{hora_cita}}. Regrese 48 a 72 horas después para la lectura.",
     "REWRITE", "reminder", "sms", "es",
     [("prueba de tuberculosis", "PROCEDURE")],
     ["primary-care", "template"], "Template whose fixed text names the test; without it the placeholders and return window survive."),
    ("mo0114", "Hi Gabe, good news - your chest x-ray was clear, no active TB. Because your skin test was positive you have latent TB infection, and we recommend 4 months of rifampin. Call Nurse Whitfield at 541-555-0150 to start.",
     "BLOCK", "result", "sms", "en",
     [("Gabe", "NAME"), ("chest x-ray", "PROCEDURE"), ("clear", "RESULT"), ("active TB", "CONDITION"), ("skin test", "PROCEDURE"), ("positive", "RESULT"), ("latent TB infection", "CONDITION"), ("rifampin", "MEDICATION"), ("Nurse Whitfield", "PROVIDER"), ("541-555-0150", "PHONE")],
     ["primary-care", "lab", "negation", "practice-contact"], "Results, a diagnosis and a treatment plan; negated `no active TB` is still a finding."),
    ("mo0115", "Hi Tom, your HIV viral load is undetectable (<20 copies/mL) and your CD4 count is 640. Great job staying on Biktarvy! Next labs in 3 months. -Ryan White clinic, Alder Co.",
     "BLOCK", "result", "sms", "en",
     [("Tom", "NAME"), ("HIV viral load", "PROCEDURE"), ("undetectable", "RESULT"), ("<20 copies/mL", "RESULT"), ("CD4 count", "PROCEDURE"), ("640", "RESULT"), ("Biktarvy", "MEDICATION"), ("Ryan White", "SPECIALTY")],
     ["hiv-sexual-health", "lab"], "Results and medication; judgement: the Ryan White program name reveals HIV care (SPECIALTY), it is not a person."),
    ("mo0116", "Instrucciones después de su consulta: usted tiene clamidia. Tome azitromicina 1 g en una sola dosis hoy. No tenga relaciones sexuales durante 7 días y avísele a su pareja para que también reciba tratamiento. — NP Luis Carranza, Salud Pública del Condado Alder",
     "ALLOW", "care-instructions", "portal", "es",
     [("clamidia", "CONDITION"), ("azitromicina 1 g", "MEDICATION"), ("NP Luis Carranza", "PROVIDER")],
     ["hiv-sexual-health"], "Diagnosis and dosing are fine inside the secure portal (README channel convention)."),
    ("mo0117", "Blood lead result for Sophia Nguyen (collected 10/6): 2.1 mcg/dL, below the CDC reference value of 3.5. No repeat test is needed. — Alder County Public Health Nursing",
     "ALLOW", "result", "portal", "en",
     [("Blood lead", "PROCEDURE"), ("Sophia Nguyen", "NAME"), ("10/6", "DATE"), ("2.1 mcg/dL", "RESULT")],
     ["pediatrics", "minor", "lab"], "Judgement: a child's result in the guardian's portal account is ALLOW on the portal channel; the reference value is not the child's."),
    ("mo0118", "Cedar Falls Library: our new 1 TB external drives are in! Teens can book the media lab for video shoots - ask Mr. Hives at the front desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "`1 TB` is storage, `shoots` are videos, Hives is a library clerk's surname (unlabelled, judgement)."),
    ("mo0119", "Sr. Mendoza: su cita para la vacuna contra la hepatitis A y B (Twinrix) es el 21 de noviembre a las 10:15 en la Clínica Westside, 1880 Alder Blvd, Milltown.",
     "REWRITE", "reminder", "sms", "es",
     [("Mendoza", "NAME"), ("vacuna contra la hepatitis A y B", "PROCEDURE"), ("Twinrix", "MEDICATION"), ("21 de noviembre", "DATE"), ("1880 Alder Blvd, Milltown", "ADDRESS")],
     ["primary-care", "practice-contact"], "Name and vaccine (and its brand) go; date, time and the clinic's address survive."),
    ("mo0120", "Thanks for visiting Alder County Public Health today! Tell us how we did in a 2-minute survey: alderhealth.example.org/survey. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en",
     [("alderhealth.example.org/survey", "URL")],
     ["general", "practice-contact"], "Survey with the department's own link; nothing clinical."),
)

# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build
if __name__ == "__main__":
    probe_lib.run(M, "mo", "probe350.jsonl")
