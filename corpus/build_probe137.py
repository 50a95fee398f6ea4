#!/usr/bin/env python3
"""Build corpus/probe137.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe137.py [OUT] [-v]   (default: probe137.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only. The engine was not
run, and no other corpus, test, source file or build script was read.

This round is SCHOOL NURSES, SCHOOL-BASED HEALTH CENTERS, CAMPS AND MOBILE CLINICS: what school
nurses, school-based health centers (SBHCs), district health offices, summer-camp health staff,
sports-physical events and mobile health vans send to parents, students and the public —
immunization-compliance and exclusion notices, medication-at-school forms, health-room visit
notes, lice, vision and hearing screening letters, concussion and return-to-play protocols, camp
health forms and infirmary notes, mobile-van schedules and screenings, confidential SBHC care for
teens — mixed with neutral notices and look-alikes ("head of the class", "a clean bill of health
for the budget", "shots on goal", "Nurse Log Trail", "the school's health fair raffle", "Field
Day", "Día de Campo", a principal named Patience Cure, a patient named Wesley Park, "thanks for
your patience"). About 20% Spanish; 4 disguised messages (spaced letters, zero-width characters,
leet, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "read [[62]]" searches for "read 62"
      and labels only the bracketed part "62".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Vaccines are PROCEDURE (like `flu shot`), one span with their head word when it follows
     (`HPV vaccine`, `vacuna Tdap`, `meningitis shots`), a bare abbreviation alone (`MMR`, `Tdap`).
     In broadcasts they describe the offer, not the recipient, and are not labelled.
  2. A personal immunization-compliance or exclusion notice to the guardian (the child is missing
     a named vaccine, exclusion date) is REWRITE, like a recall for a routine vaccine: the child's
     name and the vaccine go, the deadline survives. A reason that is a finding (titer, TB test,
     exemption because of a treatment) is BLOCK, and so is a list of several named students'
     compliance sent to staff (third parties; the purpose cannot survive removal).
  3. Classroom exposure notices sent to every family of a class without saying whose child
     (a case of head lice in the class) are broadcasts: ALLOW, no span.
  4. A health-room visit with neither name nor reason ("your child visited the health office
     today") is ALLOW, like "you have an appointment"; with the child's name only it is REWRITE;
     with the reason, a symptom, a reading or a treatment it is BLOCK (third party's health).
  5. Paperwork words are generic and unlabelled: medication form, shot record, immunization
     record/dates, health form, cartilla de vacunación, sports physical, school/camp physical,
     examen físico (deportivo), clearance appointment. A child's name with them is REWRITE.
     `504 plan` is a program (PROCEDURE); a 504 meeting with the child's name is REWRITE.
  6. A rescreen or screening booking that does not state the result is REWRITE (the screening is
     a removable PROCEDURE); "did not pass", readings, or a referral for a named finding is BLOCK.
  7. School and camp staff named in their role (principal, coach, teacher, athletic trainer, camp
     health director) are workforce, not patients: PROVIDER, like front-desk staff in the README,
     also when they are the recipient. So a message from Principal Patience Cure is ALLOW with a
     PROVIDER span (not a hard negative).
  8. SBHC, school health office, camp health lodge/infirmary and mobile-van names are generic
     practice names (unlabelled) unless they name a specialty (dental, eye/vision, women's,
     sports medicine, pediatrics) → SPECIALTY.
  9. The street address where a practice's own mobile clinic or event is held is the practice's
     own address: ADDRESS span, ALLOW.
 10. Generic watch-for advice and hypothetical symptoms ("if you have chest pain call 911") are not
     labelled (tag negation); a negated finding about the child is a RESULT
     (`No loss of consciousness`, `no piojos vivos`), as a negative result is still a result.
 11. Role words that name a specialty are SPECIALTY: eye doctor, optometrist/optometrista,
     hygienist, audiólogo, pediatra, pediatric cardiologist, and an SBHC counselor in a
     behavioral-health context; a school counselor at a school meeting stays generic.
 12. A teen's own confidential SBHC message (addressed to the student) is the patient's own care:
     appointment with a revealing visit type → REWRITE, result → BLOCK.
 13. `voice` (voicemails) and `push` are read like SMS, as the README says for email/push/voice.
 14. A device or supply named for a child's condition (pump, spacer, sharps container) is
     PROCEDURE, like `splint` in the README; "inhaler" alone is a product used as a name →
     MEDICATION.

Everything is invented: names, schools, camps, practices, 555-01xx numbers, example domains,
identifiers. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (ej0001-ej0012): immunization compliance and exclusion
add(
    ("ej0001", "Westbrook School District Health Services: Reminder — per state law, all students entering 7th grade need proof of a Tdap booster and one dose of MenACWY before the first day of school (8/26). Upload records at https://health.westbrooksd.example/immunizations or drop them at the front office. Questions? Call (503) 555-0104.",
     "ALLOW", "other", "email", "en",
     [("8/26", "DATE"), ("https://health.westbrooksd.example/immunizations", "URL"), ("(503) 555-0104", "PHONE")],
     ["pediatrics", "broadcast", "practice-contact"], "Grade-wide requirement sent to every family; the vaccines describe the rule, not the recipient (decision 1), and the link and phone are the district's own."),
    ("ej0002", "Maple Grove USD Health Services: our records show Jayden Ortiz is missing dose 2 of MMR. Students without required vaccines are excluded starting 10/14. Questions: (541) 555-0134",
     "REWRITE", "recall", "sms", "en",
     [("Jayden Ortiz", "NAME"), ("MMR", "PROCEDURE"), ("10/14", "DATE"), ("(541) 555-0134", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Personal compliance notice: the child's name and the named vaccine go, the exclusion date and the office phone survive. Judgement (decision 2): a missing routine vaccine is recall logistics, not a finding."),
    ("ej0003", "Distrito Escolar Valle Verde: Sofía Ramírez no tiene registrada la vacuna Tdap que se requiere para 7º grado. Sin el comprobante no podrá asistir a clases a partir del 2 de septiembre. Dudas al (559) 555-0118.",
     "REWRITE", "recall", "sms", "es",
     [("Sofía Ramírez", "NAME"), ("vacuna Tdap", "PROCEDURE"), ("2 de septiembre", "DATE"), ("(559) 555-0118", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Exclusion warning for a named student: name and vaccine go, the deadline and district phone stay (decisions 1 and 2)."),
    ("ej0004", "Eastside SBHC reminder: Mateo is scheduled for his flu shot and HPV vaccine on 11/20 during 3rd period. Reply STOP to opt out of reminders.",
     "REWRITE", "reminder", "sms", "en",
     [("Mateo", "NAME"), ("flu shot", "PROCEDURE"), ("HPV vaccine", "PROCEDURE"), ("11/20", "DATE")],
     ["pediatrics", "minor"], "A dependent's vaccine appointment with a name: REWRITE like the patient's own; the SBHC name is generic (decision 8)."),
    ("ej0005", "Congrats to Room 14, the first class at Hillcrest to turn in 100% of their health forms! Pizza party on Friday 🍕",
     "ALLOW", "other", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "Class-wide celebration; health forms are mentioned but nobody's health is."),
    ("ej0006", "Recordatorio del Distrito Escolar Río Claro: los alumnos de kínder necesitan su cartilla de vacunación completa antes del 15 de agosto. Habrá una clínica de vacunas gratis en la Primaria Roosevelt el sábado de 9 a 12.",
     "ALLOW", "other", "sms", "es",
     [("15 de agosto", "DATE")],
     ["pediatrics", "broadcast"], "Broadcast to all kindergarten families with a deadline and a free clinic; nothing about the recipient."),
    ("ej0007", "Hi, this is Nurse Kathy at Westbrook Middle School calling for the parent or guardian of Tyler Brooks. We still need Tyler's updated shot record before Monday. You can fax it to 503-555-0162 or drop it off at the office. Thanks so much, bye.",
     "REWRITE", "other", "voice", "en",
     [("Nurse Kathy", "PROVIDER"), ("Tyler Brooks", "NAME"), ("Tyler", "NAME", 1), ("503-555-0162", "FAX")],
     ["pediatrics", "minor", "practice-contact"], "Voicemail (read like SMS, decision 13): the child's name goes; 'shot record' is paperwork (decision 5); the school fax stays."),
    ("ej0008", "Health office: we received Dr. Huang's medical exemption letter for Lily (no live vaccines while she's on chemo). Please keep a copy for camp too.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Huang", "PROVIDER"), ("Lily", "NAME"), ("live vaccines", "PROCEDURE"), ("chemo", "PROCEDURE")],
     ["pediatrics", "oncology", "minor", "third-party"], "The exemption's reason is a child's cancer treatment: a third party's health, the clinical content is the message (decision 2)."),
    ("ej0009", "Field Day is this Friday! Students should wear their class color, sneakers and sunscreen, and bring a labeled water bottle. Our school nurse will have a shade tent and cold water by the track. Parent volunteers, please check in at the office.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Field Day logistics; 'field', 'nurse' and 'sunscreen' are not anyone's care."),
    ("ej0010", "Subject: Immunization compliance – Room 22\nMs. Price, the following students in your homeroom are still out of compliance and may be excluded Monday: Ava Chen (Hep B dose 3), Marcus Hill (Tdap), Priya Nair (polio dose 4). Please send them to the health office tomorrow morning. – Diane",
     "BLOCK", "other", "email", "en",
     [("Ms. Price", "PROVIDER"), ("Ava Chen", "NAME"), ("Hep B", "PROCEDURE"), ("Marcus Hill", "NAME"), ("Tdap", "PROCEDURE"), ("Priya Nair", "NAME"), ("polio", "PROCEDURE"), ("Diane", "PROVIDER")],
     ["pediatrics", "minor", "third-party"], "Several named students' vaccination status sent to a teacher: third parties' health, and without the names the purpose is gone (decision 2). Teacher and sender are staff (decision 7)."),
    ("ej0011", "Enfermería de la Secundaria Hidalgo: a Diego se le leyó hoy la prueba de tuberculina (PPD) y salió positiva, 12 mm. Necesita una radiografía de tórax antes de regresar a clases. Llame al (956) 555-0126.",
     "BLOCK", "result", "sms", "es",
     [("Diego", "NAME"), ("prueba de tuberculina", "PROCEDURE"), ("PPD", "PROCEDURE"), ("positiva", "RESULT"), ("12 mm", "RESULT"), ("radiografía de tórax", "PROCEDURE"), ("(956) 555-0126", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "A child's positive TB skin test and the work-up it needs: a result about a third party."),
    ("ej0012", "Eastside SBHC: Noah Fischer's updated immunization record is attached. Today he received Tdap and MenACWY (dose 1). Next due: HPV dose 2 in 6 months. A copy was sent to the school nurse.",
     "ALLOW", "portal-notice", "portal", "en",
     [("Noah Fischer", "NAME"), ("Tdap", "PROCEDURE"), ("MenACWY", "PROCEDURE"), ("HPV", "PROCEDURE")],
     ["pediatrics", "minor", "contrast"], "Inside the secure portal the name and vaccines may stay (README channel convention); the same content by SMS would be REWRITE."),
)

# ---------------------------------------------------------------- batch 2 (ej0013-ej0024): medication at school
add(
    ("ej0013", "Subject: Medication at school 2025-26\n\nDear families,\n\nIf your student needs to take any medicine during the school day, including over-the-counter products like pain relievers or allergy pills, we need a Medication Authorization Form signed by both the prescriber and a parent/guardian. Medicine must arrive in the original pharmacy-labeled container, brought by an adult; students may not carry medicine in backpacks unless the nurse has approved a self-carry form. Forms are at https://westbrooksd.example/health/forms and in every front office. Leftover medicine must be picked up by the last day of school or it will be disposed of.\n\nThank you,\nDistrict Health Services\n(503) 555-0104",
     "ALLOW", "other", "email", "en",
     [("https://westbrooksd.example/health/forms", "URL"), ("(503) 555-0104", "PHONE")],
     ["pediatrics", "broadcast", "practice-contact"], "District-wide medication policy; drug classes named as examples describe the rule, not any student; '2025-26' is a school year, not a date."),
    ("ej0014", "Hi Mrs. Patel, Arjun's albuterol inhaler in the health room expires 9/30. Please send a new one along with his updated asthma action plan. Thx, Nurse Joy",
     "BLOCK", "other", "sms", "en",
     [("Patel", "NAME"), ("Arjun", "NAME"), ("albuterol inhaler", "MEDICATION"), ("9/30", "DATE"), ("asthma", "CONDITION"), ("Nurse Joy", "PROVIDER")],
     ["pediatrics", "minor", "third-party"], "A dependent's medication and condition sent to the guardian: BLOCK (README third-party convention)."),
    ("ej0015", "Hola, le recordamos que Valeria tiene su revisión de la vista con la optometrista de la unidad móvil el 20 de febrero en la Primaria Juárez. Si no desea que participe, avísenos.",
     "REWRITE", "reminder", "sms", "es",
     [("Valeria", "NAME"), ("revisión de la vista", "PROCEDURE"), ("optometrista", "SPECIALTY"), ("20 de febrero", "DATE")],
     ["ophthalmology", "pediatrics", "minor"], "A routine school eye screening booked for a named child: name, screening and the eye role word go (decisions 6 and 11); date and place survive."),
    ("ej0016", "Lakeview Elementary Health Office: please pick up your child's leftover medication by 6/12, the last day of school. Unclaimed medication is disposed of per district policy.",
     "ALLOW", "pickup", "sms", "en",
     [("6/12", "DATE")],
     ["pediatrics"], "No name and no drug: 'medication' is a generic word (README), like 'your prescription is ready'. Judgement."),
    ("ej0017", "Reminder for Declan Wallace's family: the EpiPen Jr 0.15 mg on file at Cedar Ridge Middle expires this month. Please bring a replacement to the nurse by Friday.",
     "BLOCK", "other", "sms", "en",
     [("Declan Wallace", "NAME"), ("EpiPen Jr 0.15 mg", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "Names a child's emergency medication (and by implication a severe allergy): a dependent's medication is BLOCK under the README convention."),
    ("ej0018", "Green Team volunteers: our Nurse Log Trail cleanup is Saturday at 9 am. Meet at the trailhead behind the gym — gloves, grabbers and donuts provided by the PTA. Rain or shine!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A nurse log is a fallen tree; 'Nurse Log Trail' is a place, not a clinician."),
    ("ej0019", "Estimadas familias: si su hijo(a) necesita tomar algún medicamento en la escuela, el formulario de autorización debe estar firmado por el médico y por los padres. Los medicamentos deben venir en su envase original de la farmacia. Los formularios están en la oficina de salud.",
     "ALLOW", "other", "email", "es", [],
     ["pediatrics", "broadcast", "hard-negative"], "Política general de medicamentos para todas las familias; no dice nada de ningún alumno."),
    ("ej0020", "Hi it's Nurse Brenda @ Oak Hill. Liam's CGM read 62 at 10:15, gave 15g juice, recheck 104 @ 10:30. He ate his snack and is back in class.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Nurse Brenda", "PROVIDER"), ("Liam", "NAME"), ("CGM", "PROCEDURE"), ("read [[62]]", "RESULT"), ("recheck [[104]]", "RESULT")],
     ["pediatrics", "minor", "third-party", "shorthand"], "A child's glucose readings and the treatment given: results about a third party."),
    ("ej0021", "{{school_name}} Health Office: a medication authorization form is needed for your student by {{due_date}}. Forms are on the district website or at the front office. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "template", "hard-negative"], "Template with content-free placeholders; a form request with no drug, name or condition (decision 5)."),
    ("ej0022", "Back-to-school tip from Kidsville Pharmacy: we can split your child's prescription into a home bottle and a school bottle, each with its own label. Ask at pickup or call (602) 555-0177.",
     "ALLOW", "marketing", "sms", "en",
     [("(602) 555-0177", "PHONE")],
     ["pharmacy", "broadcast", "practice-contact"], "Service promotion to all customers; a generic '… Pharmacy' name and the store's own phone."),
    ("ej0023", "Hola, habla la enfermera Marisol de la escuela Benito Juárez. Le llamo porque hoy a Kevin se le dio su inhalador de rescate dos veces por dificultad para respirar en el recreo. Ya está tranquilo, pero por favor llámeme al (915) 555-0139.",
     "BLOCK", "other", "voice", "es",
     [("enfermera Marisol", "PROVIDER"), ("Kevin", "NAME"), ("inhalador de rescate", "MEDICATION"), ("dificultad para respirar", "CONDITION"), ("(915) 555-0139", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "Voicemail about a child's symptom and rescue medication: third party's health (decision 13: voice read like SMS)."),
    ("ej0024", "Hi Mr. Dawson,\nJust a heads up that the medication form for Chloe is missing the prescriber's signature on page 2. Could you have the doctor's office re-sign it and send it back by Friday? Thanks!\nJen Alvarez, RN\nPine Valley High School Health Office",
     "REWRITE", "other", "email", "en",
     [("Dawson", "NAME"), ("Chloe", "NAME"), ("Jen Alvarez, RN", "PROVIDER")],
     ["pediatrics", "minor"], "Paperwork about a generic medication form (decision 5): the parent's and child's names go, the request survives."),
)

# ---------------------------------------------------------------- batch 3 (ej0025-ej0036): health-room visits
add(
    ("ej0025", "Sunnyside Elementary: Ava is on the list for a dental screening with the visiting hygienist on 2/26. No action needed unless you want to opt out — reply NO.",
     "REWRITE", "reminder", "sms", "en",
     [("Ava", "NAME"), ("dental screening", "PROCEDURE"), ("hygienist", "SPECIALTY"), ("2/26", "DATE")],
     ["dental", "pediatrics", "minor"], "A routine school screening booked for a named child: name, screening and the dental role word go (decision 11); date and opt-out survive."),
    ("ej0026", "Your child visited the health office today and has returned to class. A note is in their backpack. Questions? Call the school nurse at (480) 555-0121.",
     "ALLOW", "other", "sms", "en",
     [("(480) 555-0121", "PHONE")],
     ["pediatrics", "practice-contact"], "A health-office visit with neither name nor reason, like 'you had an appointment' (decision 4). Judgement."),
    ("ej0027", "Enfermería escolar: Camila fue atendida hoy por fiebre de 38.9 °C. Por reglamento debe irse a casa y no puede regresar hasta estar 24 horas sin fiebre. Favor de recogerla en la dirección.",
     "BLOCK", "other", "sms", "es",
     [("Camila", "NAME"), ("fiebre", "CONDITION"), ("38.9 °C", "RESULT"), ("fiebre", "CONDITION", 1)],
     ["pediatrics", "minor", "third-party"], "A child's symptom and temperature reading sent to the guardian: third party's health."),
    ("ej0028", "Dear Parent/Guardian,\n\nThis afternoon at recess Owen fell from the monkey bars. He was checked in the health office by the school nurse, who found a small bump on the back of his head. No loss of consciousness. We applied an ice pack for 15 minutes and he rested before returning to class at 1:50.\n\nBecause any blow to the head needs watching, please keep an eye on him this evening and review the head-injury sheet in his folder. Call his doctor or seek care if anything on the sheet worries you.\n\nSincerely,\nMarisa Greene, BSN, RN\nSchool Nurse, Hawthorne Elementary\n(971) 555-0146",
     "BLOCK", "care-instructions", "email", "en",
     [("Owen", "NAME"), ("bump", "CONDITION"), ("No loss of consciousness", "RESULT"), ("Marisa Greene, BSN, RN", "PROVIDER"), ("(971) 555-0146", "PHONE")],
     ["pediatrics", "minor", "third-party", "negation", "practice-contact"], "Injury note: the finding and a negated finding about a named child (decision 10); the generic head-injury advice is not labelled."),
    ("ej0029", "Pine Valley High: Marcus checked in at the health office at 1:42 PM and returned to class at 2:05 PM.",
     "REWRITE", "other", "push", "en",
     [("Marcus", "NAME")],
     ["pediatrics", "minor"], "A named student's health-office visit without a reason: the name goes (decision 4); push read like SMS."),
    ("ej0030", "Our 5th graders are head of the class in the district reading challenge! Thank you, families, for logging all those minutes. 📚",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Head of the class' is an idiom, not a body part or a visit."),
    ("ej0031", "Hola, soy la enfermera Lupita de la Secundaria Hidalgo. Andrés pasó a la enfermería esta mañana y ya regresó a su salón. Si tiene preguntas, llámeme al (956) 555-0125.",
     "REWRITE", "other", "sms", "es",
     [("enfermera Lupita", "PROVIDER"), ("Andrés", "NAME"), ("(956) 555-0125", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Visita a la enfermería con nombre pero sin motivo: se quita el nombre del alumno (decision 4)."),
    ("ej0032", "HO note 10/9: Kayla c/o cramps, gave ibuprofen 200mg x1 per parent consent on file @ 10:20. ok to return to class. -nurse T",
     "BLOCK", "other", "sms", "en",
     [("10/9", "DATE"), ("Kayla", "NAME"), ("cramps", "CONDITION"), ("ibuprofen 200mg", "MEDICATION"), ("nurse T", "PROVIDER")],
     ["pediatrics", "minor", "third-party", "shorthand"], "Health-room shorthand with a child's complaint and the dose given: third party's health."),
    ("ej0033", "FYI Coach — Darnell has been in my office 3 times this week with stomach aches before meets. I think it's anxiety; might be worth a gentle check-in. – Nurse Pam",
     "BLOCK", "other", "email", "en",
     [("Darnell", "NAME"), ("stomach aches", "CONDITION"), ("anxiety", "CONDITION"), ("Nurse Pam", "PROVIDER")],
     ["behavioral-health", "pediatrics", "minor", "third-party"], "A student's symptoms and a suspected mental-health condition shared with a coach: third party's health."),
    ("ej0034", "Reminder: students who go home sick must be signed out by a parent or an adult listed on their emergency card. Please update emergency contacts in the parent portal by 9/5.",
     "ALLOW", "other", "email", "en",
     [("9/5", "DATE")],
     ["general", "broadcast"], "Sign-out policy for every family; 'sick' says nothing about the recipient."),
    ("ej0035", "Maplewood Elementary health office: please call us about Sebastian when you get a chnace — nothing urgent. (817) 555-0183",
     "REWRITE", "other", "sms", "en",
     [("Sebastian", "NAME"), ("(817) 555-0183", "PHONE")],
     ["pediatrics", "minor", "practice-contact", "typo"], "Call-back request naming the child: the name goes, the request and the office phone survive."),
    ("ej0036", "Health office news: this Thursday our 1st-3rd graders get the 'Germ Busters' handwashing lesson with glitter germs. Ask your kids to show you the 20-second scrub!",
     "ALLOW", "other", "email", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Classroom health lesson for all; 'germs' and 'scrub' are not anyone's care."),
)

# ---------------------------------------------------------------- batch 4 (ej0037-ej0048): lice, vision and hearing screening
add(
    ("ej0037", "Dear 2nd grade families, a case of head lice has been reported in your child's class. There is no need to keep anyone home. Please check your child's hair this week and see our tips at https://brooksideschools.example/lice",
     "ALLOW", "other", "email", "en",
     [("https://brooksideschools.example/lice", "URL")],
     ["pediatrics", "broadcast", "practice-contact"], "Class-wide exposure notice that does not say whose child: a broadcast (decision 3). Judgement."),
    ("ej0038", "Hi, this is the nurse at Brookside. During a check today we found live lice on Aiden. He can finish the day, but please treat tonight with a lice shampoo such as permethrin 1% and send him back tomorrow.",
     "BLOCK", "care-instructions", "sms", "en",
     [("live lice", "CONDITION"), ("Aiden", "NAME"), ("lice shampoo", "MEDICATION"), ("permethrin 1%", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A finding on a named child and the treatment to use: third party's health."),
    ("ej0039", "Buen día mamá de Ximena 🙂 le aviso q en la revisión de hoy le encontramos liendres, no piojos vivos. Puede venir mañana normal pero hay q hacerle el tratamiento esta noche 🙏",
     "BLOCK", "care-instructions", "sms", "es",
     [("Ximena", "NAME"), ("liendres", "CONDITION"), ("no piojos vivos", "RESULT")],
     ["pediatrics", "minor", "third-party", "shorthand"], "Hallazgo en una niña con nombre: la salud de un tercero; 'no piojos vivos' is a negated finding, labelled RESULT (decision 10)."),
    ("ej0040", "Hawthorne Elementary: vision and hearing screenings for grades K, 1, 3 and 5 are 10/15-10/17. If you do NOT want your child screened, return the opt-out form by 10/10.",
     "ALLOW", "other", "sms", "en",
     [("10/15", "DATE"), ("10/17", "DATE"), ("10/10", "DATE")],
     ["pediatrics", "broadcast"], "Grade-wide screening schedule: a broadcast; the screenings are not the recipient's."),
    ("ej0041", "Dear Parent/Guardian of Elena Vasquez,\n\nElena had a vision screening at school on 10/16. She did not pass: right eye 20/50 and left eye 20/40 on the Snellen chart. A screening is not a diagnosis, but we recommend a full exam by an eye doctor within the next month.\n\nChildren rarely complain about how they see, and many vision problems are easy to correct when they are found early, so this follow-up matters for reading and schoolwork. Please have the doctor complete the bottom of this letter and return it to the health office. If cost is a barrier, ask us about the county voucher program for free exams.\n\nThank you,\nHelen Park, RN\nJuniper Elementary Health Office\n(971) 555-0153",
     "BLOCK", "result", "email", "en",
     [("Elena Vasquez", "NAME"), ("Elena", "NAME", 1), ("vision screening", "PROCEDURE"), ("10/16", "DATE"), ("did not pass", "RESULT"), ("20/50", "RESULT"), ("20/40", "RESULT"), ("Snellen chart", "PROCEDURE"), ("eye doctor", "SPECIALTY"), ("Helen Park, RN", "PROVIDER"), ("(971) 555-0153", "PHONE")],
     ["ophthalmology", "pediatrics", "minor", "third-party", "practice-contact"], "Referral letter stating a named child failed and her acuities: a result about a third party (decision 6); 'eye doctor' is a specialty role word (decision 11)."),
    ("ej0042", "Resultado de la evaluación auditiva\n\nEstimada familia: su hijo Brandon no pasó la prueba de audición del oído izquierdo (no respondió a 25 dB en 2000 y 4000 Hz). Le recomendamos llevarlo con su pediatra o con un audiólogo para una evaluación completa.\n\nAtentamente,\nOficina de Salud, Escuela Primaria Las Lomas",
     "BLOCK", "result", "email", "es",
     [("evaluación auditiva", "PROCEDURE"), ("Brandon", "NAME"), ("no pasó", "RESULT"), ("prueba de audición", "PROCEDURE"), ("25 dB", "RESULT"), ("pediatra", "SPECIALTY"), ("audiólogo", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "Un niño con nombre no pasó la prueba de audición: resultado de un tercero (decision 6)."),
    ("ej0043", "FYI from the Lincoln Elementary nurse: Ethan is on the list for a hearing rescreen on Tue 11/4. Nothing you need to do!",
     "REWRITE", "other", "sms", "en",
     [("Ethan", "NAME"), ("hearing rescreen", "PROCEDURE"), ("11/4", "DATE")],
     ["pediatrics", "minor"], "A rescreen hints at a first result but states none: name and screening go, the date survives (decision 6). Judgement."),
    ("ej0044", "Great news from last night's board meeting: the auditors gave our district a clean bill of health for the budget, and the new playground is fully funded. Thank you, families, for your support!",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "'A clean bill of health' describes the budget audit, not a person."),
    ("ej0045", "Aviso a los padres de 3er grado: se detectaron casos de piojos en el salón. Revisen la cabeza de sus hijos esta semana. Más información en la oficina de salud.",
     "ALLOW", "other", "sms", "es", [],
     ["pediatrics", "broadcast", "hard-negative"], "Aviso a todo el grupo sin decir de qué niño se trata: broadcast (decision 3)."),
    ("ej0046", "Screening results for Jonah Lee (grade 3): Vision R 20/20, L 20/25 – pass. Hearing – pass both ears at 20 dB. No follow-up needed. – Juniper Elementary Health Office",
     "ALLOW", "result", "portal", "en",
     [("Jonah Lee", "NAME"), ("Vision", "PROCEDURE"), ("20/20", "RESULT"), ("20/25", "RESULT"), ("pass", "RESULT"), ("Hearing", "PROCEDURE"), ("pass", "RESULT", 1), ("20 dB", "RESULT")],
     ["pediatrics", "minor", "contrast"], "Screening results inside the secure parent portal: results and the name may stay (README channel convention)."),
    ("ej0047", "Lions Vision Van referral: your student, Grace Kim (DOB 04/17/2014), was referred to an optometrist after the photoscreener flagged possible amblyopia in the left eye. Please return the exam form within 30 days.",
     "BLOCK", "result", "email", "en",
     [("Lions Vision Van", "SPECIALTY"), ("Grace Kim", "NAME"), ("04/17/2014", "DATE"), ("optometrist", "SPECIALTY"), ("photoscreener", "PROCEDURE"), ("amblyopia", "CONDITION")],
     ["ophthalmology", "pediatrics", "minor", "third-party", "dob"], "Full date of birth with a name, plus a screening finding about a child: BLOCK on both counts."),
    ("ej0048", "Good news! Tristan qualifies for a free eye exam and glasses from the SeeWell Kids Eye Van, which will be at Adams Elementary on 12/3. The van's optometrist will see him during class time. Please sign the consent here: https://seewell.example/consent?sid=88213",
     "REWRITE", "other", "email", "en",
     [("Tristan", "NAME"), ("eye exam", "PROCEDURE"), ("glasses", "PROCEDURE"), ("SeeWell Kids Eye Van", "SPECIALTY"), ("12/3", "DATE"), ("optometrist", "SPECIALTY"), ("https://seewell.example/consent?sid=88213", "URL")],
     ["ophthalmology", "pediatrics", "minor"], "Booking for a named child with an eye service and a student-specific link: name, service, eye-van name and the tokened URL go; date and place survive (decisions 6 and 8)."),
)

# ---------------------------------------------------------------- batch 5 (ej0049-ej0060): sports physicals, concussion and return-to-play
add(
    ("ej0049", "Subject: Fall sports clearance checklist\n\nAthletes and families — before the first practice on 8/11, every athlete must have:\n1) a sports physical dated after 4/1 on the district form;\n2) baseline concussion testing, done in the library the week of 8/4;\n3) signed concussion and sudden cardiac arrest information sheets;\n4) emergency contact and insurance info in the athletics portal.\n\nLow-cost physicals ($20) are available from the Westside Mobile Clinic in the stadium lot on 8/2 and 8/9, 9 am-1 pm. No appointment needed.\n\nSam Ortega\nHead Athletic Trainer, Northridge High\n(720) 555-0107",
     "ALLOW", "other", "email", "en",
     [("8/11", "DATE"), ("4/1", "DATE"), ("8/4", "DATE"), ("8/2", "DATE"), ("8/9", "DATE"), ("Sam Ortega", "PROVIDER"), ("(720) 555-0107", "PHONE")],
     ["pediatrics", "broadcast", "practice-contact"], "Checklist for every athlete; concussion and cardiac-arrest sheets are program rules, not anyone's condition. The athletic trainer signing it is staff (decision 7)."),
    ("ej0050", "Coach Reyes here. Dylan took a hit in the 3rd quarter and had a headache and dizziness on the sidline, so per protocol he's out until a doctor clears him in writing. Call me if he gets worse tonight.",
     "BLOCK", "other", "sms", "en",
     [("Coach Reyes", "PROVIDER"), ("Dylan", "NAME"), ("headache", "CONDITION"), ("dizziness", "CONDITION")],
     ["pediatrics", "minor", "third-party", "typo"], "A named player's symptoms after a hit and his removal from play: third party's health. The coach is staff (decision 7)."),
    ("ej0051", "Hi Mrs. Lindqvist — update on Sophia: she completed step 3 of the graduated return-to-play protocol today (light jogging, no contact). Her symptom score was 4, down from 19 last week. If she stays symptom-free for 24 hours she moves to step 4 on Thursday.\nKendra Holt\nAthletic Trainer, Eastview High",
     "BLOCK", "care-instructions", "email", "en",
     [("Lindqvist", "NAME"), ("Sophia", "NAME"), ("return-to-play protocol", "PROCEDURE"), ("symptom score", "PROCEDURE"), ("was [[4]],", "RESULT"), ("19", "RESULT"), ("Kendra Holt", "PROVIDER")],
     ["pediatrics", "minor", "third-party"], "Concussion recovery steps and symptom scores for a named athlete: results and treatment plan of a third party; a scale is PROCEDURE, its value RESULT (README)."),
    ("ej0052", "Entrenador Salas: Emiliano recibió un golpe en la cabeza en el partido y el preparador físico sospecha una conmoción cerebral. No puede entrenar ni jugar hasta que un médico lo autorice por escrito.",
     "BLOCK", "other", "sms", "es",
     [("Entrenador Salas", "PROVIDER"), ("Emiliano", "NAME"), ("golpe en la cabeza", "CONDITION"), ("conmoción cerebral", "CONDITION")],
     ["pediatrics", "minor", "third-party"], "Lesión y sospecha de conmoción de un jugador con nombre: salud de un tercero."),
    ("ej0053", "What a night! Varsity girls beat Central 3-1 with 14 shots on goal in the 2nd half alone. Semifinal is Tuesday at home — wear blue!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Shots on goal' is soccer, not vaccines."),
    ("ej0054", "Northridge Athletics: Carlos Mendez still needs a current sports physical on file before tryouts on 8/11. Upload it in the athletics portal.",
     "REWRITE", "other", "sms", "en",
     [("Carlos Mendez", "NAME"), ("8/11", "DATE")],
     ["pediatrics", "minor"], "A sports physical is generic paperwork (decision 5); the named student goes, the deadline survives."),
    ("ej0055", "Sports physicals at {{clinic_name}}: $25, about 15 minutes. Bring the district form and your insurance card. Book: {{booking_link}}",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "template", "broadcast", "hard-negative"], "Promotion template with content-free placeholders; a sports physical is generic (decision 5)."),
    ("ej0056", "Reminder: ImPACT baseline testing for R. Johnson is Thu 8/14 at 3:30 in the library computer lab. Bring headphones.",
     "REWRITE", "reminder", "sms", "en",
     [("ImPACT baseline testing", "PROCEDURE"), ("R. Johnson", "NAME"), ("8/14", "DATE")],
     ["pediatrics", "minor"], "Routine pre-season test booked for a named athlete: the named test and the name go, date and place survive."),
    ("ej0057", "Estimada familia Rojas:\nEl examen físico deportivo de Alejandro está programado para el 14 de agosto a las 4:30 p. m. en la unidad móvil de salud del condado, en el estacionamiento de la preparatoria. Por favor traiga el formulario firmado.\nGracias.",
     "REWRITE", "reminder", "email", "es",
     [("Rojas", "NAME"), ("Alejandro", "NAME"), ("14 de agosto", "DATE")],
     ["pediatrics", "minor"], "Examen físico deportivo es genérico (decision 5); se quitan los nombres, la fecha y el lugar quedan."),
    ("ej0058", "Cardiac screening follow-up: the ECG from Saturday's youth heart screening showed a possible long QT (QTc 478 ms) for your son Elijah. Please see a pediatric cardiologist before he returns to practice; we have let his coach know he is on hold.",
     "BLOCK", "result", "email", "en",
     [("ECG", "PROCEDURE"), ("long QT", "CONDITION"), ("QTc", "PROCEDURE"), ("478 ms", "RESULT"), ("Elijah", "NAME"), ("pediatric cardiologist", "SPECIALTY")],
     ["cardiology", "pediatrics", "minor", "third-party"], "A child's ECG finding and value: a result about a third party."),
    ("ej0059", "Free youth heart screenings (ECG, plus echo if needed) for athletes ages 12-18: Sat 3/7, 9-3 at Marshall High. Sign up: https://heartscreen.example/marshall",
     "ALLOW", "marketing", "sms", "en",
     [("3/7", "DATE"), ("https://heartscreen.example/marshall", "URL")],
     ["cardiology", "broadcast", "practice-contact"], "Community screening event for everyone (README broadcast convention); the tests describe the offer (decision 1 by analogy)."),
    ("ej0060", "Hello, this is Dr. Feld's office at Summit Sports Medicine calling for Olivia Grant. Olivia's clearance appointment is Monday, October 6th at 3:15. Please call 303-555-0148 if you need to reschedule.",
     "REWRITE", "reminder", "voice", "en",
     [("Dr. Feld", "PROVIDER"), ("Summit Sports Medicine", "SPECIALTY"), ("Olivia Grant", "NAME"), ("Olivia", "NAME", 1), ("October 6th", "DATE"), ("303-555-0148", "PHONE")],
     ["orthopedics", "practice-contact"], "Voicemail: the sports-medicine name reveals the service and the patient is named; provider, date and phone survive (decisions 8, 13)."),
)

# ---------------------------------------------------------------- batch 6 (ej0061-ej0072): camp health forms and infirmary
add(
    ("ej0061", "Subject: Camp Pinecrest health forms due May 15\n\nHi camp families!\n\nEvery camper needs two things on file before opening day: (1) the Camp Health Form, completed by a parent, and (2) a physical exam dated within the last 12 months and signed by a healthcare provider. Upload both at https://pinecrest.example/forms. Campers without complete forms can't move into cabins until they are done.\n\nOur health lodge is staffed 24/7 by a nurse during sessions. If your camper takes daily medication, it must arrive in the original labeled container and be handed to the nurse at check-in — no medications in cabins, please.\n\nQuestions? health@pinecrest.example or (828) 555-0172.\n\nSee you this summer!\nCamp Pinecrest",
     "ALLOW", "other", "email", "en",
     [("May 15", "DATE"), ("https://pinecrest.example/forms", "URL"), ("health@pinecrest.example", "EMAIL"), ("(828) 555-0172", "PHONE")],
     ["pediatrics", "broadcast", "practice-contact"], "Camp-wide forms reminder with the camp's own link, e-mail and phone; '24/7' is not a date."),
    ("ej0062", "Hi Mrs. Novak, I'm reviewing Henry's health form and see he takes Concerta 36 mg every morning and has a peanut allergy. Will you be sending his EpiPen 2-Pak with him? Our camp nurse keeps them in the health lodge. Thanks, Rachel (Camp Health Director)",
     "BLOCK", "other", "email", "en",
     [("Novak", "NAME"), ("Henry", "NAME"), ("Concerta 36 mg", "MEDICATION"), ("peanut allergy", "CONDITION"), ("EpiPen 2-Pak", "MEDICATION"), ("Rachel", "PROVIDER")],
     ["pediatrics", "behavioral-health", "minor", "third-party"], "A camper's medications and allergy: a dependent's health sent to the guardian is BLOCK; the camp health director is staff (decision 7)."),
    ("ej0063", "Campamento Sol y Mar: la enfermera todavía necesita el formulario de medicamentos de Renata firmado por el médico antes del domingo. Lo puede subir en la app.",
     "REWRITE", "other", "sms", "es",
     [("Renata", "NAME")],
     ["pediatrics", "minor"], "Formulario de medicamentos sin nombre de fármaco es trámite genérico (decision 5): solo se quita el nombre."),
    ("ej0064", "Camp Wildwood: Noelle's health form is incomplete (section 3, immunization dates, is blank). Please finish it at wildwood.example/forms by 6/20 so she can check in.",
     "REWRITE", "other", "sms", "en",
     [("Noelle", "NAME"), ("wildwood.example/forms", "URL"), ("6/20", "DATE")],
     ["pediatrics", "minor", "practice-contact"], "Incomplete-form notice: the camper's name goes; the camp's own link and the deadline survive (decision 5)."),
    ("ej0065", "Camp Wildwood: Color War starts tomorrow! Cabins 4-7 are the Blue team. Pack a white T-shirt you don't mind getting messy.",
     "ALLOW", "other", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "Camp activity notice; 'war' and 'cabins 4-7' are neither clinical nor identifying."),
    ("ej0066", "Infirmary log – Cabin 9, Tues\nJonah: fever 101.4, resting in the lodge\nTheo: swimmer's ear, started ciprofloxacin ear drops\nMax: homesick, talked with counselor\nPlease forward to parents at pickup.",
     "BLOCK", "other", "email", "en",
     [("Jonah", "NAME"), ("fever", "CONDITION"), ("101.4", "RESULT"), ("Theo", "NAME"), ("swimmer's ear", "CONDITION"), ("ciprofloxacin ear drops", "MEDICATION"), ("Max", "NAME"), ("homesick", "CONDITION")],
     ["pediatrics", "minor", "third-party"], "Several campers' symptoms, readings and treatment in one e-mail: third parties' health."),
    ("ej0067", "Camp Los Pinos lost & found (by the health lodge): a green water bottle, a retainer case, three hoodies and one left flip-flop. Claim by Friday!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Lost-and-found list to all families; a retainer case belongs to nobody named."),
    ("ej0068", "Welcome to Camp Sugar Pine! Ruby Tanaka is registered for our week for kids with type 1 diabetes, 7/7-7/11. Please pack her pump supplies and a 3-day backup of insulin.",
     "BLOCK", "confirmation", "email", "en",
     [("Ruby Tanaka", "NAME"), ("type 1 diabetes", "CONDITION"), ("7/7", "DATE"), ("7/11", "DATE"), ("pump", "PROCEDURE"), ("insulin", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "The camp session is defined by a named child's condition and it lists her insulin: a dependent's condition sent to the guardian is BLOCK (README third-party convention); pump supplies are a device (decision 14)."),
    ("ej0069", "Camp Wildwood nurse line (sessions only, 7 am-9 pm): (828) 555-0170. After hours, call the main office and ask for the on-call health officer.",
     "ALLOW", "other", "sms", "en",
     [("(828) 555-0170", "PHONE")],
     ["pediatrics", "practice-contact"], "The camp's own nurse line; nothing about a camper."),
    ("ej0070", "Check-in day: Leo's medication handoff with the camp nurse is at 2:30 pm at the Health Lodge, Bunk 12 line.",
     "REWRITE", "reminder", "push", "en",
     [("Leo", "NAME")],
     ["pediatrics", "minor"], "Handoff logistics with a generic 'medication' (decision 5): the camper's name goes; push read like SMS."),
    ("ej0071", "Hola Sr. Morales, le recordamos la cita de Daniela para el examen físico del campamento el 3 de junio a las 9:00 con la Dra. Beltrán en Clínica Familiar La Paz.",
     "REWRITE", "reminder", "sms", "es",
     [("Morales", "NAME"), ("Daniela", "NAME"), ("3 de junio", "DATE"), ("Dra. Beltrán", "PROVIDER")],
     ["primary-care", "pediatrics", "minor"], "Examen físico para campamento es genérico (decision 5); se quitan los nombres, quedan la doctora, la fecha y la clínica."),
    ("ej0072", "Camp nurse here: Ella's Humira injection is due 7/14 while she's at camp. We'll keep it in the infirmary fridge. Please send a sharps container with her.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Ella", "NAME"), ("Humira injection", "MEDICATION"), ("7/14", "DATE"), ("sharps container", "PROCEDURE")],
     ["pediatrics", "minor", "third-party"], "A camper's biologic dose schedule: a dependent's medication sent to the guardian is BLOCK (decision 14 for the device)."),
)

# ---------------------------------------------------------------- batch 7 (ej0073-ej0084): mobile vans: schedules and screenings
add(
    ("ej0073", "The CareCruiser mobile clinic is at Jefferson Park this Sat 10-2: free sports physicals, flu shots and blood pressure checks. No appt needed. Info: (404) 555-0152",
     "ALLOW", "marketing", "sms", "en",
     [("(404) 555-0152", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "Van schedule for the public; services offered to everyone are not the recipient's (README broadcast convention)."),
    ("ej0074", "HealthyWheels Van: your blood pressure today was 168/102, which is high. Please see a doctor within a week. If you have chest pain or trouble speaking, call 911.",
     "BLOCK", "result", "sms", "en",
     [("blood pressure", "PROCEDURE"), ("168/102", "RESULT"), ("high", "RESULT")],
     ["primary-care", "negation"], "The recipient's own reading and its interpretation: a result. The hypothetical warning symptoms are not labelled (decision 10); 911 is not a phone identifier."),
    ("ej0075", "Unidad Móvil Salud Para Todos: su prueba de glucosa de hoy salió en 248 mg/dL. Es importante que vea a su médico esta semana. Cualquier duda: (210) 555-0119.",
     "BLOCK", "result", "sms", "es",
     [("prueba de glucosa", "PROCEDURE"), ("248 mg/dL", "RESULT"), ("(210) 555-0119", "PHONE")],
     ["primary-care", "practice-contact"], "Valor de glucosa del propio paciente: un resultado no puede ir por SMS."),
    ("ej0076", "Your HIV test results from the Community Care Van are ready. Call (313) 555-0163 or stop by the van on Tuesday to get them in person.",
     "REWRITE", "result", "sms", "en",
     [("HIV test", "PROCEDURE"), ("(313) 555-0163", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "Results-ready notice: the named test goes, the notice without any value survives; the van name is generic (decision 8)."),
    ("ej0077", "Mobile Health Van this week: Mon – Eastgate Library 9-1; Wed – St. Mark's Food Pantry 11-3; Fri – Riverside Apartments 2-6. Walk-ins welcome!",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Public stop schedule; 'St. Mark's' is a pantry, not a patient, and the stops are not the recipient's address."),
    ("ej0078", "Recordatorio: Sra. Castillo, su mamografía en la Unidad Móvil de la Mujer es el martes 4 de marzo a las 10:40, frente a la iglesia San José.",
     "REWRITE", "reminder", "sms", "es",
     [("Castillo", "NAME"), ("mamografía", "PROCEDURE"), ("Unidad Móvil de la Mujer", "SPECIALTY"), ("4 de marzo", "DATE")],
     ["imaging"], "Nombre, estudio y el nombre de la unidad (salud de la mujer) se quitan; fecha, hora y lugar quedan (decision 8)."),
    ("ej0079", "SmileMobile: Aaliyah's dental sealants are booked for 4/9 at Grant Elementary. Please return the signed consent by Friday.",
     "REWRITE", "reminder", "sms", "en",
     [("SmileMobile", "SPECIALTY"), ("Aaliyah", "NAME"), ("dental sealants", "PROCEDURE"), ("4/9", "DATE")],
     ["dental", "pediatrics", "minor"], "A routine dental service booked for a named child: the dental van name, name and procedure go; date and school survive (decision 8)."),
    ("ej0080", "The school's health fair raffle winners are in! Congrats to the family who won the bike. Prizes can be picked up at the front office through Friday.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "A raffle at a health fair; nobody's health."),
    ("ej0081", "Hello, this message is for Denise Bell. The mobile mammography coach will be parked at FreshWay Market on Route 9 tomorrow, and your screening mammogram is at 11:20 a.m. Please bring a photo ID. Thank you.",
     "REWRITE", "reminder", "voice", "en",
     [("Denise Bell", "NAME"), ("mammography", "PROCEDURE"), ("screening mammogram", "PROCEDURE")],
     ["imaging"], "Voicemail reminder: name and the test (twice) go; the stop, day and time survive (decision 13)."),
    ("ej0082", "Mobile clinic follow-up: your TB skin test was read today at 14 mm, which is positive. You'll need a chest x-ray before you can start volunteering at the school. Please call us at (614) 555-0128.",
     "BLOCK", "result", "sms", "en",
     [("TB skin test", "PROCEDURE"), ("14 mm", "RESULT"), ("positive", "RESULT"), ("chest x-ray", "PROCEDURE"), ("(614) 555-0128", "PHONE")],
     ["primary-care", "practice-contact"], "The recipient's positive test and reading: a result."),
    ("ej0083", "¡La Clínica Móvil del Condado estará en la Escuela Primaria Lincoln el 18 de octubre de 3 a 7 pm! Vacunas para niños, exámenes físicos escolares y revisión dental gratis. Traiga la cartilla de vacunación.",
     "ALLOW", "marketing", "sms", "es",
     [("18 de octubre", "DATE")],
     ["pediatrics", "broadcast"], "Anuncio para toda la comunidad: los servicios son la oferta, no datos de nadie (decision 1)."),
    ("ej0084", "Hi Tomás, thanks for stopping by the Street Medicine van last night. Your wound-care follow-up with NP Greer is Thursday 2/12 at our Harbor St. stop, 6-8 pm. Bring the dressing supplies we gave you.",
     "REWRITE", "reminder", "email", "en",
     [("Tomás", "NAME"), ("wound-care", "PROCEDURE"), ("NP Greer", "PROVIDER"), ("2/12", "DATE")],
     ["primary-care"], "Visit type and name go; provider, date and the van's public stop survive. 'Dressing supplies' left as generic logistics (judgement)."),
)

# ---------------------------------------------------------------- batch 8 (ej0085-ej0096): school-based health centers and district health office
add(
    ("ej0085", "Roosevelt High Wellness Center: reminder of your counseling appt with Ms. Ellis, LCSW tomorrow during 7th period. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("counseling", "PROCEDURE"), ("Ms. Ellis", "PROVIDER"), ("LCSW", "SPECIALTY")],
     ["behavioral-health", "minor"], "A student's own counseling appointment (decision 12): the therapy type and the clinical-social-work credential go; the SBHC name is generic (decision 8)."),
    ("ej0086", "SBHC: your pregnancy test was negative. Stop by anytime if you want to talk about birth control options. This is confidential.",
     "BLOCK", "result", "sms", "en",
     [("pregnancy test", "PROCEDURE"), ("negative", "RESULT"), ("birth control", "MEDICATION")],
     ["reproductive", "minor"], "A teen's own test result (negative is still a result, README); confidentiality does not make SMS safe (decision 12)."),
    ("ej0087", "Centro de Salud Escolar Jefferson: tu cita para la inyección anticonceptiva es el jueves 9 de enero a la hora del almuerzo. Es confidencial 💜",
     "REWRITE", "reminder", "sms", "es",
     [("inyección anticonceptiva", "MEDICATION"), ("9 de enero", "DATE")],
     ["reproductive", "minor"], "Cita propia de una estudiante con un anticonceptivo como tipo de visita: se quita el fármaco, la cita queda (decision 12)."),
    ("ej0088", "Enroll your student in the Eastside School-Based Health Center! We offer sick visits, sports physicals, immunizations and well visits right at school, and no one is turned away for inability to pay. Consent forms are at https://eastsidesbhc.example/enroll and in the front office.",
     "ALLOW", "marketing", "email", "en",
     [("https://eastsidesbhc.example/enroll", "URL")],
     ["primary-care", "broadcast", "practice-contact"], "Enrollment campaign to all families; the SBHC name is generic (decision 8)."),
    ("ej0089", "To: Dean of Students\nRe: Jaylen Thompson (10th grade)\nPer the signed release on file, Jaylen started sertraline 25 mg last week for depression. Please allow him to leave class to see the SBHC counselor as needed.\n– Dr. Amaya, SBHC",
     "BLOCK", "other", "email", "en",
     [("Jaylen Thompson", "NAME"), ("Jaylen", "NAME", 1), ("sertraline 25 mg", "MEDICATION"), ("depression", "CONDITION"), ("counselor", "SPECIALTY"), ("Dr. Amaya", "PROVIDER")],
     ["behavioral-health", "minor", "third-party"], "A student's medication and diagnosis sent to school staff by e-mail: third party's health, whatever the release says (decision 11 for the counselor)."),
    ("ej0090", "A note from Principal Patience Cure: thank you for a wonderful first week! Picture day is 9/12, and our school nurse asks that every emergency card be returned by Friday.",
     "ALLOW", "other", "email", "en",
     [("Principal Patience Cure", "PROVIDER"), ("9/12", "DATE")],
     ["general", "broadcast"], "School newsletter; the principal's name only looks clinical. Staff named in their role are PROVIDER (decision 7), so this is ALLOW with a span, not a hard negative."),
    ("ej0091", "Hi Aiyana, this is Dr. Sato at the Cedar High Dental Clinic. Your cleaning and sealants are set for Wed 3/4 during 2nd period.",
     "REWRITE", "reminder", "sms", "en",
     [("Aiyana", "NAME"), ("Dr. Sato", "PROVIDER"), ("Cedar High Dental Clinic", "SPECIALTY"), ("cleaning", "PROCEDURE"), ("sealants", "PROCEDURE"), ("3/4", "DATE")],
     ["dental", "minor"], "A student's own dental appointment: name, dental clinic name and procedures go; provider, date and period survive."),
    ("ej0092", "Hola Mariana, soy la Lic. Herrera del centro de salud de la escuela. Tu prueba de clamidia salió positiva y necesitas tratamiento (azitromicina). Pasa hoy o mañana, es confidencial.",
     "BLOCK", "result", "sms", "es",
     [("Mariana", "NAME"), ("Lic. Herrera", "PROVIDER"), ("prueba de clamidia", "PROCEDURE"), ("positiva", "RESULT"), ("azitromicina", "MEDICATION")],
     ["hiv-sexual-health", "minor"], "Resultado positivo y tratamiento de la propia estudiante: no puede ir por SMS (decision 12)."),
    ("ej0093", "District Health Services is hiring substitute school nurses (RN or LPN) for next school year. Apply at https://jobs.westbrooksd.example by 7/31. Questions: healthservices@westbrooksd.example",
     "ALLOW", "other", "email", "en",
     [("https://jobs.westbrooksd.example", "URL"), ("7/31", "DATE"), ("healthservices@westbrooksd.example", "EMAIL")],
     ["general", "broadcast", "practice-contact"], "Job posting with the district's own link and e-mail; RN/LPN are not patients' details."),
    ("ej0094", "Lincoln MS: Brianna's 504 plan meeting is Tues 11/18 at 3:30 in the main conference room. The school nurse and counselor will attend.",
     "REWRITE", "other", "sms", "en",
     [("Brianna", "NAME"), ("504 plan", "PROCEDURE"), ("11/18", "DATE")],
     ["pediatrics", "minor"], "A 504 plan implies a disability but names none: the program and the name go, the meeting survives (decision 5). The school counselor here is generic (decision 11)."),
    ("ej0095", "Flu season tip from your school nurse: wash hands for 20 seconds, cough into your elbow, and keep kids home until they're fever-free for 24 hours without medicine.",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "General health advice for all families; 'flu' and 'fever' are not anyone's condition."),
    ("ej0096", "Mensaje del Distrito Escolar Río Claro: mañana no habrá clases por la tormenta. La clínica escolar también estará cerrada. Para emergencias llame al 911.",
     "ALLOW", "other", "voice", "es", [],
     ["general", "broadcast", "hard-negative"], "Cierre por clima para todos; 911 no es un identificador."),
)

# ---------------------------------------------------------------- batch 9 (ej0097-ej0108): disguises, templates, identifiers
add(
    ("ej0097", "nurse ofc: Jace's A D H D meds r almost out at school, last pill is tmrw. pls send a new bottle w/ the pharmacy label",
     "BLOCK", "other", "sms", "en",
     [("Jace", "NAME"), ("A D H D", "CONDITION")],
     ["behavioral-health", "pediatrics", "minor", "third-party", "spaced", "shorthand"], "A child's condition behind spaced letters: a dependent's medication and condition sent to the guardian is BLOCK."),
    ("ej0098", "Reminder: Harper's Epi\u200bPen and Zyr\u200btec 10 mg must be in the health room before Friday's field trip.",
     "BLOCK", "other", "sms", "en",
     [("Harper", "NAME"), ("Epi\u200bPen", "MEDICATION"), ("Zyr\u200btec 10 mg", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "Drug names split by zero-width spaces; a named child's medications are a third party's health."),
    ("ej0099", "Recordatorio: la cita de Thiago para sus v4cun4s es el 12 de sept. a las 3:00 en la enfermería escolar.",
     "REWRITE", "reminder", "sms", "es",
     [("Thiago", "NAME"), ("v4cun4s", "PROCEDURE"), ("12 de sept", "DATE")],
     ["pediatrics", "minor", "leet"], "Vacunas escritas en leet; cita de un menor con nombre y tipo de visita rutinario: REWRITE (decision 1)."),
    ("ej0100", "Hi Ms. Ford, Jada used her inhaler twice at recess today for her \u0430sthma. Please update her action plan and send a spacer if you have one.",
     "BLOCK", "other", "email", "en",
     [("Ford", "NAME"), ("Jada", "NAME"), ("inhaler", "MEDICATION"), ("\u0430sthma", "CONDITION"), ("spacer", "PROCEDURE")],
     ["pediatrics", "minor", "third-party"], "Condition spelled with a Cyrillic 'а'; a child's condition and medication use are a third party's health (decision 14 for inhaler and spacer)."),
    ("ej0101", "Hi, this is {{nurse_name}} from {{school_name}} Health Services. Kindergarten vision screening consent forms are due {{due_date}}. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "template", "broadcast", "hard-negative"], "Grade-wide consent reminder; placeholders carry staff and school, not patient data."),
    ("ej0102", "{{school_name}} Health Office: Hi Ms. Whitaker, your student's hearing screening is scheduled for {{screen_date}}. Questions? Reply to this text.",
     "REWRITE", "reminder", "sms", "en",
     [("Whitaker", "NAME"), ("hearing screening", "PROCEDURE")],
     ["pediatrics", "minor"], "Partly rendered template: the guardian's name and the child's screening go (README: a dependent's hearing screen with a name is REWRITE)."),
    ("ej0103", "Volunteer orientation: thanks for signing up to help at our back-to-school immunization clinic! Please arrive at 7:30 am on 8/16 at 2200 Alder Ave, Springfield, OR 97477 (parking behind the gym). Coordinator line: (541) 555-0111.",
     "ALLOW", "other", "email", "en",
     [("8/16", "DATE"), ("2200 Alder Ave, Springfield, OR 97477", "ADDRESS"), ("(541) 555-0111", "PHONE")],
     ["general", "practice-contact"], "The clinic event's own address and line, sent to volunteers (decision 9)."),
    ("ej0104", "Estimados padres de Luis Fernando Gómez Ortiz (fecha de nacimiento 03/11/2012): la enfermera escolar le tomó la presión arterial en dos ocasiones y fue de 140/92. Le pedimos llevarlo con su médico lo antes posible.",
     "BLOCK", "result", "email", "es",
     [("Luis Fernando Gómez Ortiz", "NAME"), ("03/11/2012", "DATE"), ("presión arterial", "PROCEDURE"), ("140/92", "RESULT")],
     ["pediatrics", "minor", "third-party", "dob"], "Nombre con fecha de nacimiento completa y una lectura de presión de un menor: BLOCK por ambos motivos."),
    ("ej0105", "Picture retakes are Thursday in the gym. Students who were absent or out sick on picture day can get their photos taken then.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Out sick' about no one in particular; school photos are not full-face identifiers being sent."),
    ("ej0106", "Dear Mr. and Mrs. Adeyemi,\n\nThank you for registering Tobi for Sunrise Day Camp, session 2! A few health-related reminders before the first day:\n\n• Our camp doctor, Dr. Rao, holds sick call every morning at 8:00, and a nurse is on site all day.\n• Sunscreen and a refillable water bottle every day, please.\n• We have Tobi's insurance on file as Pinnacle Health, member ID PHN448210093. If that has changed, please upload a new card in the camp app before 6/28.\n\nWe can't wait to see Tobi at the flagpole!\n\nWarmly,\nThe Sunrise Day Camp Team\n(720) 555-0193",
     "REWRITE", "other", "email", "en",
     [("Adeyemi", "NAME"), ("Tobi", "NAME"), ("Tobi", "NAME", 1), ("Dr. Rao", "PROVIDER"), ("PHN448210093", "HEALTH_PLAN_ID"), ("6/28", "DATE"), ("Tobi", "NAME", 2), ("(720) 555-0193", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Welcome e-mail: the family's and camper's names and the member ID go; the reminders, deadline and camp phone survive."),
    ("ej0107", "Portal escolar – Resultado de la evaluación de la vista de Santiago Ruiz: ojo derecho 20/20, ojo izquierdo 20/30. Se recomienda una revisión con el optometrista.",
     "ALLOW", "result", "portal", "es",
     [("evaluación de la vista", "PROCEDURE"), ("Santiago Ruiz", "NAME"), ("20/20", "RESULT"), ("20/30", "RESULT"), ("optometrista", "SPECIALTY")],
     ["ophthalmology", "pediatrics", "minor", "contrast"], "Dentro del portal seguro el resultado y el nombre pueden quedar (README, canal portal)."),
    ("ej0108", "Hi, this is Nurse Abby at Kennedy Elementary calling about Paisley. She threw up twice in the classroom and has a temperature of 100.8, so she needs to go home. Please call the office at 617-555-0190 when you get this.",
     "BLOCK", "other", "voice", "en",
     [("Nurse Abby", "PROVIDER"), ("Paisley", "NAME"), ("threw up", "CONDITION"), ("100.8", "RESULT"), ("617-555-0190", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "Voicemail with a child's symptom and temperature: third party's health (decision 13)."),
)

# ---------------------------------------------------------------- batch 10 (ej0109-ej0120): mixed: forms desk, action plans, welcome letters, vans
add(
    ("ej0109", "Westfield SD: Kindergarten Roundup is 4/23, 5-7 pm in each school's gym. Bring your child's birth certficate, proof of residency and immunization record.",
     "ALLOW", "other", "sms", "en",
     [("4/23", "DATE")],
     ["pediatrics", "broadcast", "typo"], "Registration event for every incoming family; the documents to bring are not anyone's data."),
    ("ej0110", "Springdale Pediatrics forms desk: the school physical form for Amara is ready for pickup at the front desk. $10 form fee.",
     "REWRITE", "pickup", "sms", "en",
     [("Springdale Pediatrics", "SPECIALTY"), ("Amara", "NAME")],
     ["pediatrics", "minor"], "A pediatrics practice name and the child's name go; the form itself is generic paperwork (decision 5)."),
    ("ej0111", "Seizure action plan – Gavin (3rd grade): if a seizure lasts more than 5 minutes, give Nayzilam 5 mg nasal spray and call 911. His last seizure at school was 9/2. Staff trained: nurse, classroom aide, bus driver.",
     "BLOCK", "care-instructions", "email", "en",
     [("Seizure", "CONDITION"), ("Gavin", "NAME"), ("seizure", "CONDITION", 0), ("Nayzilam 5 mg nasal spray", "MEDICATION"), ("seizure", "CONDITION", 1), ("9/2", "DATE")],
     ["pediatrics", "minor", "third-party"], "A named child's condition, rescue medication and dosing: treatment instructions about a third party."),
    ("ej0112", "Good afternoon, this is the Oak Hill district health office calling for the parent of Josiah Herrera. We need a copy of his updated immunization record before Friday. Thank you.",
     "REWRITE", "other", "voice", "en",
     [("Josiah Herrera", "NAME")],
     ["pediatrics", "minor"], "Voicemail records request: the immunization record is paperwork (decision 5); only the child's name goes."),
    ("ej0113", "Staff Wellness Wednesday: chair massages in the library, free fruit in the lounge and a step-count challenge. The nurse's office has the sign-up sheet.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Staff wellness event; 'massages' and 'nurse's office' are not anyone's care."),
    ("ej0114", "Camp nurse: Mason's temp was 102.1 this morning with a sore throat. His rapid strep came back positive, so please pick him up by noon.",
     "BLOCK", "result", "sms", "en",
     [("Mason", "NAME"), ("102.1", "RESULT"), ("sore throat", "CONDITION"), ("rapid strep", "PROCEDURE"), ("positive", "RESULT")],
     ["pediatrics", "minor", "third-party"], "A camper's temperature, symptom and positive test: results about a third party."),
    ("ej0115", "Subject: Welcome back from Health Services\n\nDear families,\n\nWelcome to a new school year! Each campus has a health office staffed by a registered nurse or health aide every school day. A few reminders:\n\n- Keep sick children home until they have been fever-free for 24 hours.\n- Update your emergency contacts and any health concerns in the parent portal.\n- Vision and hearing screenings happen in the fall for grades K, 1, 3, 5 and 7; you will get a letter only if follow-up is recommended.\n- Immunization records are due by the first day for new students.\n- If your student has a condition such as asthma, diabetes, seizures or a severe allergy, please contact your campus nurse before the first day so we can set up an individual health plan and any medication needed at school.\n\nWe are here to partner with you. Reach us at healthservices@rioclaro.example or (505) 555-0186.\n\nWarmly,\nAngela Cortez, MSN, RN\nDirector of Health Services",
     "ALLOW", "other", "email", "en",
     [("healthservices@rioclaro.example", "EMAIL"), ("(505) 555-0186", "PHONE"), ("Angela Cortez, MSN, RN", "PROVIDER")],
     ["pediatrics", "broadcast", "practice-contact"], "Back-to-school letter to every family with the office's own contacts; health words, including the example conditions (asthma, diabetes, seizures, allergy), are general advice about no one (judgement, as decision 3)."),
    ("ej0116", "Clínica móvil: Sr. Aguilar, su hija Fernanda tiene anemia (hemoglobina 9.8). Le dejamos sulfato ferroso; que tome 1 tableta diaria con jugo de naranja.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Aguilar", "NAME"), ("Fernanda", "NAME"), ("anemia", "CONDITION"), ("hemoglobina", "PROCEDURE"), ("9.8", "RESULT"), ("sulfato ferroso", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "Diagnóstico, valor y dosis de una hija: salud de un tercero."),
    ("ej0117", "Reminder, Wesley Park: your Tdap and meningitis shots at the Westside Mobile Clinic are tomorrow at 4:15 pm, parked outside the YMCA.",
     "REWRITE", "reminder", "sms", "en",
     [("Wesley Park", "NAME"), ("Tdap", "PROCEDURE"), ("meningitis shots", "PROCEDURE")],
     ["primary-care"], "The recipient's name (which reads like a place) and the vaccines go; time and stop survive (decision 1)."),
    ("ej0118", "¡Felicidades a nuestro equipo de fútbol! Ganaron 3-1 con dos tiros a gol en el último minuto. El viernes es el Día de Campo: traigan gorra, bloqueador y agua.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Deportes y Día de Campo para todos; 'tiros' no son vacunas."),
    ("ej0119", "Hi Coach Tran, the van nurse cleared 18 of your 20 players today. Not cleared: Ruiz (heart murmur, needs an echo) and Becker (BP 150/95, recheck next week). – Mobile Health Team",
     "BLOCK", "other", "email", "en",
     [("Coach Tran", "PROVIDER"), ("Not cleared", "RESULT"), ("Ruiz", "NAME"), ("heart murmur", "CONDITION"), ("echo", "PROCEDURE"), ("Becker", "NAME"), ("BP", "PROCEDURE"), ("150/95", "RESULT")],
     ["cardiology", "pediatrics", "minor", "third-party"], "Named players' findings sent to their coach: third parties' health. The coach recipient is staff (decision 7)."),
    ("ej0120", "Mobile Health Van: we're running about 30 minutes behind at the Oakwood stop today. Thanks for your patience!",
     "ALLOW", "other", "push", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Delay notice to everyone waiting; 'patience' is not 'patients'."),
)


if __name__ == "__main__":
    probe_lib.run(M, "ej", "probe137.jsonl")
