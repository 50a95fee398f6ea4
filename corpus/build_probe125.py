#!/usr/bin/env python3
"""Build corpus/probe125.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe125.py [OUT] [-v]   (default: probe125.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run
and no other corpus's messages were read).
This round is STUDENT HEALTH, UNIVERSITY COUNSELING AND EMPLOYEE ASSISTANCE PROGRAMS: what college
student health services, campus counseling centers, athletic trainers and sports medicine,
study-abroad health offices, disability/accessibility offices, employee assistance programs (EAPs)
and on-site employer clinics send — immunization-compliance holds, TB and meningitis requirements,
counseling intake and session reminders, crisis resources, accommodation letters, STI testing
events, EAP session counts, flu clinics, billing to student insurance — mixed with look-alikes
(a stress-buster puppy party, a parking hold, counsel for the mock trial, the Health Sciences
Building, a clinic of the tennis team, a dean named Dr. Grace Counsel). About 16% Spanish; four
disguised messages (leet, zero-width, Cyrillic, spaced letters).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "was [[19]]" searches for "was 19" and labels
      only the bracketed part "19".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. A registration/immunization hold that names no vaccine, test or result is administrative
     (every student gets it): ALLOW, "immunization" unlabelled. A named vaccine or test
     (MenACWY, MMR, TB skin test, QuantiFERON) is PROCEDURE -> REWRITE, like "your flu shot
     appointment"; a titer or TB reading is a RESULT -> BLOCK. A signed vaccine waiver is
     immunization status -> REWRITE.
  2. "Student Health (Services/Center)", "Salud Estudiantil", "Wellness Center", the testing
     center and an employer's on-site clinic are generic practice names (not labelled).
     "Counseling & Psychological Services", "CAPS", "Counseling Center", a sexual-health clinic,
     "Sports Medicine" and a disability/accessibility office are specialty-revealing (SPECIALTY).
  3. An Employee Assistance Program name ("Bluestone EAP", "EAP", "Programa de Asistencia al
     Empleado", "PAE") is SPECIALTY: it names a counseling service line; "counseling" is PROCEDURE.
     In a broadcast to every employee or student (HR's EAP reminder, the welcome letter listing
     CAPS) the service names stay unlabelled, as broadcasts carry no span.
  4. Disability services: the office name is SPECIALTY; "accommodation(s)" in the disability sense
     and the accommodations themselves (extended time, separate/reduced-distraction room,
     note-taker, emotional support animal, "adaptaciones académicas") are PROCEDURE, and so is a
     "medical withdrawal": each reveals a disability or a health reason. Housing/homestay
     "accommodation" is unlabelled.
  5. Role words and credentials naming a specialty are SPECIALTY: athletic trainer(s), ATC,
     entrenador atlético, dietitian, therapist(s), consejera, psychiatrist, LPC, LMFT, PsyD,
     "medicina del viajero" (travel medicine); "ER" is SPECIALTY (emergency care).
  6. A sports physical, an employer biometric screening and the company's annual health exam are
     generic wellness visits (unlabelled, ALLOW); their values are RESULTs (BLOCK).
  7. A dean with a title, or university staff named as the sender (Dr. Grace Counsel, "Tom from
     the testing center"), is workforce -> PROVIDER, allowed; a job title after the name ("Access
     Specialist") is not a credential and stays outside the span. A coach or supervisor who only
     receives the message is not named in any row.
  8. A diagnosis or ICD-10 code on a statement is a diagnosis disclosed -> BLOCK; a CPT code and
     its description are PROCEDURE -> REWRITE for billing.
  9. A condition stated as the recipient's diagnosis ("your OB diagnosed you with postpartum
     depression", "documentation ... confirming ADHD") is a diagnosis disclosed -> BLOCK outside
     the portal; a condition that only names a group, visit, document or the service asked about
     ("Anxiety Toolbox group", "control del asma", "your ADHD documentation", "counseling for
     alcohol use" in a call-back) -> REWRITE, like "asthma check".
 10. A third party's behavioral-health or substance-use service (a spouse's rehab, an employee's
     EAP attendance reported to a manager) is BLOCK even without a result: the service type is the
     condition.
 11. A disease name standing for its test or vaccine in an ellipsis ("pruebas de VIH y sífilis",
     "... y la de tifoidea") is CONDITION.
 12. Student ID, passport and claim numbers are OTHER_ID; a student-insurance member ID is
     HEALTH_PLAN_ID.
 13. "crisis appointment" is a named visit type: "crisis" PROCEDURE, "appointment" outside.
 14. A study-abroad destination country is not a geographic identifier (larger than a state);
     cities were avoided. An aggregate, unidentified case count in a campus-wide alert is a
     broadcast (ALLOW).
 15. A needlestick is a CONDITION (an injury event); a work restriction sent to a supervisor is
     not labelled by itself (the line is BLOCK for the condition and the third party).

Everything is invented: names, schools, practices, 555-01xx numbers, example domains,
identifiers; the SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (dx0001-dx0012): immunization holds, TB and meningitis requirements
add(
    ("dx0001", "Ridgeway University Student Health: A hold has been placed on your spring registration because we have not received your immunization records. Upload them at health.example.edu/immunizations or stop by Hale Hall, Room 110. Questions: (608) 555-0143.",
     "ALLOW", "other", "sms", "en",
     [("health.example.edu/immunizations", "URL"), ("(608) 555-0143", "PHONE")],
     ["general", "practice-contact"], "Decision 1: a records hold naming no vaccine or result is administrative and sent to every non-compliant student; Decision 2: Student Health is a generic practice name; the practice's own link and phone stay."),
    ("dx0002", "RIDGEWAY U: Registration HOLD - MenACWY (meningitis) dose #2 not on file. Upload proof by 1/15 at health.example.edu to release the hold.",
     "REWRITE", "other", "sms", "en",
     [("MenACWY", "PROCEDURE"), ("meningitis", "CONDITION"), ("1/15", "DATE"), ("health.example.edu", "URL")],
     ["primary-care"], "Decision 1: a named vaccine is PROCEDURE, the disease in the parenthesis labels it (CONDITION); the hold, deadline and upload link survive."),
    ("dx0003", "Universidad del Valle Norte – Servicios de Salud Estudiantil: Tienes una retención (hold) en tu inscripción porque falta tu comprobante de la vacuna triple viral (MMR). Súbelo en salud.example.edu antes del 20 de enero.",
     "REWRITE", "other", "sms", "es",
     [("vacuna triple viral", "PROCEDURE"), ("MMR", "PROCEDURE"), ("salud.example.edu", "URL"), ("20 de enero", "DATE")],
     ["primary-care"], "Decision 1: the named vaccine goes; the hold, the upload link and the deadline survive. Decision 2: Salud Estudiantil is generic."),
    ("dx0004", "Immunization compliance status: INCOMPLETE.\nHepatitis B series: dose 3 of 3 not on file.\nVaricella titer (09/02/2025): NON-IMMUNE – 2 doses of varicella vaccine required.\nTdap: on file.\nSchedule a nurse visit from this page or upload records.",
     "ALLOW", "portal-notice", "portal", "en",
     [("Hepatitis B series", "PROCEDURE"), ("Varicella titer", "PROCEDURE"), ("09/02/2025", "DATE"), ("NON-IMMUNE", "RESULT"), ("varicella vaccine", "PROCEDURE"), ("Tdap", "PROCEDURE")],
     ["primary-care", "contrast"], "Inside the secure portal a titer result and vaccine names may stay (README channel convention); compare dx0005 by SMS."),
    ("dx0005", "Ridgeway Student Health: your varicella titer came back non-immune, so you'll need 2 doses of the vaccine before your hold can be lifted. Book a nurse visit at health.example.edu.",
     "BLOCK", "result", "sms", "en",
     [("varicella titer", "PROCEDURE"), ("non-immune", "RESULT"), ("health.example.edu", "URL")],
     ["primary-care", "contrast"], "A titer result is a result: BLOCK by SMS, send a portal notice instead (Decision 1; compare dx0004 in the portal)."),
    ("dx0006", "Registrar's Office: A hold has been placed on your account for an unpaid parking citation ($45). Pay online through Parking & Transportation to release the hold before registration opens.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "A registration hold for a parking fine: nothing about health, no identifier."),
    ("dx0007", "Subject: Health requirements for new students\n\nWelcome to Ridgeway! Before you move in, every incoming student must submit: proof of two MMR doses; one meningococcal conjugate (MenACWY) dose given on or after your 16th birthday if you will live on campus; the TB risk screening questionnaire; and proof of health insurance or a waiver of the Student Health Insurance Plan. Students who answer yes on the TB questionnaire will be asked for a TB blood test. Upload everything through the Student Health portal before the first day of classes — a registration hold is placed on incomplete records after the add/drop period. Exemptions for medical or religious reasons are reviewed by the Student Health medical director.\n\nStudent Health Services — Compliance Team",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Requirements mailed to every incoming student; vaccine and test names describe the policy, not the recipient (broadcast convention)."),
    ("dx0008", "hi this is Marisol at student health, your TB skin test was placed today so we need to see u back Thurs between 9-11 to read it. no appt needed!",
     "REWRITE", "reminder", "sms", "en",
     [("Marisol", "PROVIDER"), ("TB skin test", "PROCEDURE")],
     ["primary-care", "shorthand"], "Staff sender is PROVIDER; the named test goes (Decision 1), the return window survives."),
    ("dx0009", "Your TB skin test read 14 mm induration today. Per policy you need a chest X-ray and a visit with Dr. Okafor before your clinical placement starts. We'll call you to schedule.",
     "BLOCK", "result", "sms", "en",
     [("TB skin test", "PROCEDURE"), ("14 mm", "RESULT"), ("chest X-ray", "PROCEDURE"), ("Dr. Okafor", "PROVIDER")],
     ["primary-care"], "A TB skin-test reading is a result and drives the plan: BLOCK, portal notice instead."),
    ("dx0010", "Hola Andrés, tu prueba QuantiFERON salió positiva. No es contagioso en este momento, pero necesitas una radiografía de tórax y empezar tratamiento para TB latente. Llámanos al (915) 555-0162.",
     "BLOCK", "result", "sms", "es",
     [("Andrés", "NAME"), ("prueba QuantiFERON", "PROCEDURE"), ("positiva", "RESULT"), ("radiografía de tórax", "PROCEDURE"), ("TB latente", "CONDITION"), ("(915) 555-0162", "PHONE")],
     ["primary-care", "practice-contact", "negation"], "Positive result and a diagnosis with a treatment plan: BLOCK."),
    ("dx0011", "Ridgeway Health: Your immunization hold has been released. You're all set to register for spring classes!",
     "ALLOW", "other", "push", "en", [],
     ["general"], "Decision 1: release of a records hold names no vaccine or result; judgement call, no span."),
    ("dx0012", "Per state law, students living in campus housing must receive the meningococcal vaccine or sign a waiver. Our records show you signed the waiver on 8/19. Contact Student Health at (608) 555-0143 if that is not correct.",
     "REWRITE", "other", "sms", "en",
     [("meningococcal vaccine", "PROCEDURE"), ("8/19", "DATE"), ("(608) 555-0143", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 1: a declined named vaccine is the recipient's immunization status; remove the vaccine name, the records check survives."),
)

# ---------------------------------------------------------------- batch 2 (dx0013-dx0024): counseling center intake, sessions, groups
add(
    ("dx0013", "Reminder: You have an appointment at Counseling & Psychological Services (CAPS) on Tue 2/3 at 3:00 PM with Dr. Hannah Liu. Reply C to confirm or call 608-555-0150 to reschedule. Please cancel at least 24 hrs ahead.",
     "REWRITE", "reminder", "sms", "en",
     [("Counseling & Psychological Services", "SPECIALTY"), ("CAPS", "SPECIALTY"), ("2/3", "DATE"), ("Dr. Hannah Liu", "PROVIDER"), ("608-555-0150", "PHONE")],
     ["behavioral-health", "practice-contact"], "Decision 2: the counseling center's name and acronym reveal the service; provider, date, time and phone survive."),
    ("dx0014", "Your intake appointment is confirmed for Monday 10/6 at 11:00 with Sam Whitaker, LPC. Please arrive 15 min early to complete the intake questionnaire.",
     "REWRITE", "confirmation", "sms", "en",
     [("Sam Whitaker", "PROVIDER"), ("LPC", "SPECIALTY"), ("10/6", "DATE")],
     ["behavioral-health"], "Decision 5: LPC (licensed professional counselor) names the specialty, a separate SPECIALTY span; 'intake' alone is a generic new-patient word (judgement)."),
    ("dx0015", "Centro de Consejería Universitaria: Le recordamos su sesión de terapia con la Lic. Ortega el jueves 6 de noviembre a las 4:00 p.m. Si necesita cancelar, responda CANCELAR.",
     "REWRITE", "reminder", "sms", "es",
     [("Centro de Consejería Universitaria", "SPECIALTY"), ("terapia", "PROCEDURE"), ("Lic. Ortega", "PROVIDER"), ("6 de noviembre", "DATE")],
     ["behavioral-health"], "Counseling-center name and therapy go; 'sesión' stays as the generic word; provider, date and time survive."),
    ("dx0016", "Hey! Just a reminder that Anxiety Toolbox group meets tonight 6-7:30pm in the Student Union, room 214 (door says Conference B). See you there - Priya, group co-facilitator",
     "REWRITE", "reminder", "sms", "en",
     [("Anxiety", "CONDITION"), ("Priya", "PROVIDER")],
     ["behavioral-health"], "Decision 9: a condition naming the group is a visit label (generic words outside); the staff sender is PROVIDER; time and room survive."),
    ("dx0017", "Mock Trial Team: we still need two students to serve as defense counsel for Saturday's scrimmage. Reply YES if you can take a role! Practice is Wed 7pm in Law Bldg 120.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'Counsel' is the legal sense; a club message with nothing about anyone's health."),
    ("dx0018", "From the Office of the Dean of Students: Dr. Grace Counsel invites all first-year students to the Welcome Week town hall on Thursday at 5 PM in Memorial Auditorium. Pizza provided!",
     "ALLOW", "other", "email", "en",
     [("Dr. Grace Counsel", "PROVIDER")],
     ["general", "broadcast"], "Decision 7: a titled dean named as the sender is workforce (PROVIDER, allowed); her surname is not a counseling service."),
    ("dx0019", "We missed you at your counseling appt today at 1pm. Your wellbeing matters to us. If you'd like to reschedule, call 608-555-0150 or use the portal. If you are in crisis, call or text 988 any time.",
     "REWRITE", "other", "sms", "en",
     [("counseling", "PROCEDURE"), ("608-555-0150", "PHONE")],
     ["behavioral-health", "practice-contact"], "No-show notice: the service type goes; 988 is not a phone identifier; the call-back survives."),
    ("dx0020", "Subject: Your first appointment at CAPS\n\nDear Jordan,\n\nThank you for reaching out to Counseling and Psychological Services. Your initial consultation is scheduled for Wednesday, September 17 at 10:00 a.m. with Dr. Amir Haddad, PsyD, in Room 204 of the Wellness Center. Before your visit, please complete the online forms (including the PHQ-9 and GAD-7 questionnaires) at caps.example.edu/forms. Students enrolled this term are eligible for up to 8 individual sessions per academic year at no cost. If you need to cancel, please give us 24 hours' notice so another student can use the time.\n\nWarmly,\nCAPS Front Desk\n608-555-0150",
     "REWRITE", "confirmation", "email", "en",
     [("CAPS", "SPECIALTY", 0), ("Jordan", "NAME"), ("Counseling and Psychological Services", "SPECIALTY"), ("September 17", "DATE"), ("Dr. Amir Haddad", "PROVIDER"), ("PsyD", "SPECIALTY"), ("PHQ-9", "PROCEDURE"), ("GAD-7", "PROCEDURE"), ("caps.example.edu/forms", "URL"), ("CAPS", "SPECIALTY", 1), ("608-555-0150", "PHONE")],
     ["behavioral-health", "practice-contact"], "Name, counseling-center name, PsyD and the screening scales go; date, time, room (Wellness Center is generic, Decision 2) and the practice's link and phone survive. The URL is labelled as the practice's own."),
    ("dx0021", "After-visit summary – CAPS, 10/14\nWorking diagnosis: adjustment disorder with anxiety.\nPlan: weekly CBT with Dr. Haddad; sleep hygiene handout; safety plan reviewed, denies current SI.\nNext session: 10/21.",
     "ALLOW", "portal-notice", "portal", "en",
     [("CAPS", "SPECIALTY"), ("10/14", "DATE"), ("adjustment disorder with anxiety", "CONDITION"), ("CBT", "PROCEDURE"), ("Dr. Haddad", "PROVIDER"), ("safety plan", "PROCEDURE"), ("SI", "CONDITION"), ("10/21", "DATE")],
     ["behavioral-health", "shorthand", "negation", "contrast"], "Portal: diagnosis and plan may stay (README channel convention); compare dx0022 by SMS."),
    ("dx0022", "Hi Taylor - Dr. Haddad asked me to remind you to keep practicing the CBT breathing exercises and to use your safety plan if the panic attacks come back before Tues. - Front desk, CAPS",
     "BLOCK", "care-instructions", "sms", "en",
     [("Taylor", "NAME"), ("Dr. Haddad", "PROVIDER"), ("CBT", "PROCEDURE"), ("safety plan", "PROCEDURE"), ("panic attacks", "CONDITION"), ("CAPS", "SPECIALTY")],
     ["behavioral-health", "contrast"], "Treatment instructions and a condition are the message: BLOCK, portal notice instead (compare dx0021)."),
    ("dx0023", "Consejo Estudiantil: la sesión informativa sobre las elecciones del consejo es el martes a las 6 pm en el Aula Magna. ¡Te esperamos!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Student council ('consejo') and an information 'sesión': no counseling, nothing about health."),
    ("dx0024", "CAPS update: a spot opened in the Grief & Loss support group starting next week (Mondays 4-5:15pm). Reply JOIN to hold your place or STOP to leave the waitlist.",
     "REWRITE", "other", "sms", "en",
     [("CAPS", "SPECIALTY"), ("Grief & Loss", "CONDITION")],
     ["behavioral-health"], "Decision 9: the group named after what the recipient is going through is a visit label; the waitlist offer survives."),
)

# ---------------------------------------------------------------- batch 3 (dx0025-dx0036): crisis resources, EAP sessions and referrals
add(
    ("dx0025", "Finals are stressful. Talk to someone 24/7: call or text 988, or text CALM to 55501 for the campus crisis text line. Free drop-in hours at the Wellness Center all week, no appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Crisis resources sent to every student say nothing about the recipient; 988 and a short code are not phone identifiers."),
    ("dx0026", "Hi Devon, this is Rae from the counseling center following up after your crisis appointment Friday night. How are you doing today? You can reply here or call our after-hours line at 608-555-0158.",
     "REWRITE", "other", "sms", "en",
     [("Devon", "NAME"), ("Rae", "PROVIDER"), ("counseling center", "SPECIALTY"), ("crisis", "PROCEDURE"), ("608-555-0158", "PHONE")],
     ["behavioral-health", "practice-contact"], "Decision 13: 'crisis appointment' is a named visit type; with the name, center and visit type removed the check-in survives."),
    ("dx0027", "Kayla, per the safety plan we made today: your roommate is holding your sertraline until Monday, and you agreed to call 988 or go to the ER if the thoughts of hurting yourself come back. Next check-in Tues 10am. - Dr. Mensah",
     "BLOCK", "care-instructions", "sms", "en",
     [("Kayla", "NAME"), ("safety plan", "PROCEDURE"), ("sertraline", "MEDICATION"), ("ER", "SPECIALTY"), ("thoughts of hurting yourself", "CONDITION"), ("Dr. Mensah", "PROVIDER")],
     ["behavioral-health"], "A safety plan with a medication and self-harm thoughts is clinical content itself: BLOCK. Decision 5: ER is SPECIALTY."),
    ("dx0028", "Bluestone EAP: You have used 3 of your 6 no-cost counseling sessions for this concern. Your next session with Carla Benz, LMFT is Thu 4/9 at 6pm (video).",
     "REWRITE", "reminder", "sms", "en",
     [("Bluestone EAP", "SPECIALTY"), ("counseling", "PROCEDURE"), ("Carla Benz", "PROVIDER"), ("LMFT", "SPECIALTY"), ("4/9", "DATE")],
     ["behavioral-health"], "Decision 3: the EAP name is SPECIALTY and counseling PROCEDURE; Decision 5: LMFT names the specialty; the session count and next time survive."),
    ("dx0029", "Reminder from HR: our Employee Assistance Program offers free, confidential support for stress, family, legal and financial questions, for you and your household. Call 1-800-555-0199 24/7 or visit eap.example.com (company code: HARBOR).",
     "ALLOW", "marketing", "email", "en",
     [("1-800-555-0199", "PHONE"), ("eap.example.com", "URL")],
     ["general", "broadcast", "practice-contact"], "Sent to every employee: the EAP is advertised, not the recipient's use of it (broadcast, so Decision 3 does not apply); the company code is not a personal identifier."),
    ("dx0030", "Programa de Asistencia al Empleado (PAE): Hola Rosa, su cita con la consejera Mtra. Beltrán es el lunes 3 de marzo a las 5:30 p.m. por videollamada. Le quedan 2 de 5 sesiones gratuitas.",
     "REWRITE", "reminder", "sms", "es",
     [("Programa de Asistencia al Empleado", "SPECIALTY"), ("PAE", "SPECIALTY"), ("Rosa", "NAME"), ("consejera", "SPECIALTY"), ("Mtra. Beltrán", "PROVIDER"), ("3 de marzo", "DATE")],
     ["behavioral-health"], "Decisions 3 and 5: the EAP name and 'consejera' reveal counseling; name goes; date, time and session count survive."),
    ("dx0031", "Hi Mr. Donnelly, your EAP care coordinator found three in-network therapists who treat eating disorders in teens for your daughter Ellie. Call us at 888-555-0117 to go over the options.",
     "BLOCK", "other", "sms", "en",
     [("Donnelly", "NAME"), ("EAP", "SPECIALTY"), ("therapists", "SPECIALTY"), ("eating disorders", "CONDITION"), ("Ellie", "NAME"), ("888-555-0117", "PHONE")],
     ["behavioral-health", "third-party", "minor", "practice-contact"], "A dependent's condition sent to the parent is a third party's health: BLOCK (README)."),
    ("dx0032", "HR Benefits: Open enrollment closes Friday at 5 PM. Review your medical, dental and vision elections in Workday - if you do nothing, your current plans roll over.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Benefits enrollment notice to all employees; 'dental' and 'vision' are plan types, not care."),
    ("dx0033", "Hi, this is Marcus from Cornerstone EAP returning your call about setting up counseling for alcohol use. Please call me back at 877-555-0124, extension 3. Again, that's 877-555-0124, extension 3. Thanks.",
     "REWRITE", "other", "voice", "en",
     [("Marcus", "PROVIDER"), ("Cornerstone EAP", "SPECIALTY"), ("counseling", "PROCEDURE"), ("alcohol use", "CONDITION"), ("877-555-0124", "PHONE", 0), ("877-555-0124", "PHONE", 1)],
     ["substance-use", "practice-contact"], "Voicemail is treated like SMS. Decision 9: the condition names the service asked about; removing it and the EAP name leaves a plain call-back."),
    ("dx0034", "ur EAP c0unseling sesh is tmrw @ 5, link in ur email. reply 1 to confirm",
     "REWRITE", "reminder", "sms", "en",
     [("EAP", "SPECIALTY"), ("c0unseling", "PROCEDURE")],
     ["behavioral-health", "leet", "shorthand"], "Leetspeak 'c0unseling' is still the service; Decision 3 for EAP; time and reply keyword survive."),
    ("dx0035", "Subject: Supervisor referral update\n\nHi,\nFollowing up on your formal referral: Kevin Marsh attended his first EAP appointment on 5/12 and has enrolled in the outpatient substance use program. With his signed release, we will send you monthly attendance updates.\n\nCornerstone EAP Workplace Services",
     "BLOCK", "other", "email", "en",
     [("Kevin Marsh", "NAME"), ("EAP", "SPECIALTY", 0), ("5/12", "DATE"), ("outpatient substance use program", "PROCEDURE"), ("Cornerstone EAP", "SPECIALTY")],
     ["substance-use", "third-party"], "Decision 10: an employee's substance-use treatment reported to the manager is a third party's health (Part 2); the default policy cannot see the release."),
    ("dx0036", "Semana de la Salud Mental: talleres para manejar el estrés, yoga y perritos de terapia en la biblioteca toda la semana. Abierto a toda la comunidad universitaria, sin registro.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Campus-wide event; 'salud mental' and therapy dogs say nothing about the recipient."),
)

# ---------------------------------------------------------------- batch 4 (dx0037-dx0048): STI testing, PrEP, contraception, HPV
add(
    ("dx0037", "Free & confidential STI testing at the Student Health Center this Wed 11-3, no appointment needed. Results in 3-5 days through the portal. #KnowYourStatus",
     "ALLOW", "marketing", "sms", "en", [],
     ["hiv-sexual-health", "broadcast", "hard-negative"], "Testing event sent to all students: a broadcast says nothing about the recipient."),
    ("dx0038", "Ridgeway Student Health: your chlamydia/gonorrhea test results are available in the patient portal. Log in at health.example.edu to view them.",
     "REWRITE", "portal-notice", "sms", "en",
     [("chlamydia/gonorrhea test", "PROCEDURE"), ("health.example.edu", "URL")],
     ["hiv-sexual-health", "practice-contact"], "Results-ready notice naming the test: the named test (one span with its head word) goes; 'results are available in the portal' survives."),
    ("dx0039", "Hi Jess, your gonorrhea test came back positive. Please walk in today before 4 for a ceftriaxone shot - no appointment needed. Your partner(s) should be treated too.",
     "BLOCK", "result", "sms", "en",
     [("Jess", "NAME"), ("gonorrhea test", "PROCEDURE"), ("positive", "RESULT"), ("ceftriaxone shot", "MEDICATION")],
     ["hiv-sexual-health"], "A positive STI result with treatment: BLOCK, portal notice instead."),
    ("dx0040", "Hola Marco, buenas noticias: tus pruebas de VIH y sífilis salieron negativas. No necesitas hacer nada más. — Clínica de Salud Sexual, Universidad del Sol",
     "BLOCK", "result", "sms", "es",
     [("Marco", "NAME"), ("pruebas de VIH", "PROCEDURE"), ("sífilis", "CONDITION"), ("negativas", "RESULT"), ("Clínica de Salud Sexual", "SPECIALTY")],
     ["hiv-sexual-health"], "A negative result is still a result (README): BLOCK. Decision 11: 'sífilis' in the ellipsis is CONDITION."),
    ("dx0041", "Your H\u200bI\u200bV test result is ready. Sign in to the portal to view it. - SHC",
     "REWRITE", "portal-notice", "sms", "en",
     [("H\u200bI\u200bV test", "PROCEDURE")],
     ["hiv-sexual-health"], "Zero-width spaces inside 'HIV' hide the named test; without it the ready notice survives."),
    ("dx0042", "Campus Pharmacy: Your PrEP (emtricitabine/tenofovir DF 200/300 mg) refill is ready for pickup at the Union location. Pickup window closes in 7 days.",
     "REWRITE", "pickup", "sms", "en",
     [("PrEP", "MEDICATION"), ("emtricitabine/tenofovir DF 200/300 mg", "MEDICATION")],
     ["pharmacy", "hiv-sexual-health"], "Medication names in a pickup notice go (DESIGN); the pickup and window survive. Campus Pharmacy is generic."),
    ("dx0043", "Tennis Club: Saturday's serve-and-volley clinic of the tennis team is open to all levels - bring a racquet, we'll supply the balls. 9am, courts 3-6.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "A coaching clinic of the tennis team, not a medical clinic."),
    ("dx0044", "Reminder: IUD insertion w/ NP Carter Thurs 3/12 9:30am. Take ibuprofen 800mg 1 hr before & bring a pad. Reply C to confirm.",
     "BLOCK", "reminder", "sms", "en",
     [("IUD insertion", "PROCEDURE"), ("NP Carter", "PROVIDER"), ("3/12", "DATE"), ("ibuprofen 800mg", "MEDICATION")],
     ["reproductive", "shorthand"], "A pre-procedure dosing instruction cannot be removed without losing the message's point: BLOCK (judgement; the bare reminder would be REWRITE)."),
    ("dx0045", "Lab result: Urine hCG - NEGATIVE (collected 02/10).\nMessage from NP Carter: No further action needed. Let us know if your period hasn't started in 2 weeks.",
     "ALLOW", "result", "portal", "en",
     [("Urine hCG", "PROCEDURE"), ("NEGATIVE", "RESULT"), ("02/10", "DATE"), ("NP Carter", "PROVIDER")],
     ["reproductive", "lab"], "Inside the portal a result and its comment may stay (README channel convention)."),
    ("dx0046", "Reminder: Peer Health Educator training this Sunday 1-4pm in the Health Sciences Building, room 1120. Snacks provided!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Volunteer training in the Health Sciences Building: a place and a role, nothing about anyone's care."),
    ("dx0047", "Hola Valeria, tu cita para la prueba de ITS es mañana a las 10:15 en Salud Estudiantil. Trae tu credencial. Responde SI para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Valeria", "NAME"), ("prueba de ITS", "PROCEDURE")],
     ["hiv-sexual-health"], "Name and the named STI test go; time, place (generic, Decision 2) and reply keyword survive."),
    ("dx0048", "You're due for dose 2 of the HPV vaccine (Gardasil 9). Walk-in immunization hours M-F 9-4 at Student Health. -RU Health",
     "REWRITE", "recall", "sms", "en",
     [("HPV vaccine", "PROCEDURE"), ("Gardasil 9", "MEDICATION")],
     ["primary-care"], "Decision 1: the named vaccine and its brand go; 'immunization hours' is generic and the recall survives."),
)

# ---------------------------------------------------------------- batch 5 (dx0049-dx0060): athletic trainers, sports medicine, athletes' families
add(
    ("dx0049", "Coach - Marcus Bell (#22) will be out of practice this week. Dx: grade 2 left ankle sprain; cleared for pool workouts only. Re-eval Monday. - Lauren Fisk, ATC",
     "BLOCK", "other", "sms", "en",
     [("Marcus Bell", "NAME"), ("grade 2 left ankle sprain", "CONDITION"), ("Lauren Fisk", "PROVIDER"), ("ATC", "SPECIALTY")],
     ["orthopedics", "third-party", "shorthand"], "An athlete's diagnosis sent to the coach is a third party's health: BLOCK. Decision 5: ATC names the specialty; the coach (recipient, not a patient) is not named."),
    ("dx0050", "Reminder: ankle rehab with the athletic trainers at 3:15 today in the Fieldhouse training room. Bring your brace. - Sports Medicine",
     "REWRITE", "reminder", "sms", "en",
     [("ankle rehab", "PROCEDURE"), ("athletic trainers", "SPECIALTY"), ("brace", "PROCEDURE"), ("Sports Medicine", "SPECIALTY")],
     ["orthopedics"], "Decisions 2 and 5: athletic trainers and Sports Medicine reveal the care; the rehab and the brace (a device) go; time and place survive."),
    ("dx0051", "Hi Aaliyah, you passed step 3 of the return-to-play protocol today with no symptoms. Tomorrow is non-contact drills; stop and tell us if the headache comes back. -Dr. Feld, team physician",
     "BLOCK", "care-instructions", "sms", "en",
     [("Aaliyah", "NAME"), ("return-to-play protocol", "PROCEDURE"), ("no symptoms", "RESULT"), ("headache", "CONDITION"), ("Dr. Feld", "PROVIDER")],
     ["orthopedics", "negation"], "Progress through a concussion protocol and what to do next are findings and treatment instructions: BLOCK."),
    ("dx0052", "Women's Soccer: film session moved to 7pm in the Fieldhouse. Recovery day tomorrow - foam rollers in the training room, optional.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Team logistics; 'recovery' and 'training room' in the athletic sense, sent to the whole team."),
    ("dx0053", "Your sports physical is Tue 8/5 at 2:40 PM in the Fieldhouse with Dr. Amanda Greer. Wear shorts and bring your insurance card.",
     "ALLOW", "reminder", "sms", "en",
     [("8/5", "DATE"), ("Dr. Amanda Greer", "PROVIDER")],
     ["primary-care"], "Decision 6: a sports physical is a generic physical (judgement); provider, date and time are allowed."),
    ("dx0054", "Hola Diego, el entrenador atlético te espera hoy a las 4 en el cuarto de entrenamiento para tu terapia del hombro. —Medicina Deportiva",
     "REWRITE", "reminder", "sms", "es",
     [("Diego", "NAME"), ("entrenador atlético", "SPECIALTY"), ("terapia del hombro", "PROCEDURE"), ("Medicina Deportiva", "SPECIALTY")],
     ["orthopedics"], "Decision 5: 'entrenador atlético' is SPECIALTY; name, therapy and Sports Medicine go; time and place survive."),
    ("dx0055", "Per NCAA rules, your sickle cell trait screening result is on file: POSITIVE (trait). Please meet with Dr. Feld before conditioning begins on 8/11 to review hydration and heat precautions.",
     "BLOCK", "result", "email", "en",
     [("sickle cell trait screening", "PROCEDURE"), ("POSITIVE", "RESULT"), ("([[trait]])", "RESULT"), ("Dr. Feld", "PROVIDER"), ("8/11", "DATE")],
     ["lab", "orthopedics"], "A screening result (trait carrier) by e-mail: BLOCK, portal notice instead."),
    ("dx0056", "All student-athletes: if you take any prescription medication, update your NCAA medication form in the athlete portal before preseason. Questions go to the athletic training staff.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Sent to every athlete; conditional wording names no drug and nothing about the recipient."),
    ("dx0057", "Your NCAA medical exception for Vyvanse 40 mg expires 10/1. Book a visit with Dr. Feld to update your ADHD documentation before then.",
     "REWRITE", "other", "sms", "en",
     [("Vyvanse 40 mg", "MEDICATION"), ("10/1", "DATE"), ("Dr. Feld", "PROVIDER"), ("ADHD", "CONDITION")],
     ["pharmacy", "primary-care"], "Decision 9: the condition labels a document and the drug names the exception; both go, the renewal deadline and visit survive."),
    ("dx0058", "Injury report (athlete portal) - Nov 3: grade 1 right hamstring strain. Plan: no sprinting x 7 days, rehab 3x/week with ATC staff, re-eval 11/10 with Dr. Feld.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Nov 3", "DATE"), ("grade 1 right hamstring strain", "CONDITION"), ("rehab", "PROCEDURE"), ("ATC", "SPECIALTY"), ("11/10", "DATE"), ("Dr. Feld", "PROVIDER")],
     ["orthopedics", "shorthand"], "Inside the portal the diagnosis and plan may stay; Decision 15: the restriction itself is not labelled."),
    ("dx0059", "Sra. Castillo, le informamos que su hijo Mateo sufrió una conmoción cerebral en el partido de ayer. Debe guardar reposo y no puede jugar hasta que lo evalúe el Dr. Ibarra. —Medicina Deportiva, Universidad del Sol",
     "BLOCK", "other", "sms", "es",
     [("Castillo", "NAME"), ("Mateo", "NAME"), ("conmoción cerebral", "CONDITION"), ("Dr. Ibarra", "PROVIDER"), ("Medicina Deportiva", "SPECIALTY")],
     ["orthopedics", "third-party"], "A son's concussion and rest instructions sent to his mother: third party's health, BLOCK."),
    ("dx0060", "Intramural Sports: 'The Antibodies' vs 'Flu Fighters' has moved to Court 2, Thursday 8:30pm. A forfeit fee applies for no-shows.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Team names that sound medical; a game schedule."),
)

# ---------------------------------------------------------------- batch 6 (dx0061-dx0072): disability accommodations, testing, withdrawals
add(
    ("dx0061", "Accessibility Resource Center: Your accommodation letters for spring semester are ready to send to your instructors. Log in to the ARC portal at arc.example.edu to request delivery.",
     "REWRITE", "portal-notice", "sms", "en",
     [("Accessibility Resource Center", "SPECIALTY"), ("accommodation", "PROCEDURE"), ("ARC", "SPECIALTY"), ("arc.example.edu", "URL")],
     ["general", "practice-contact"], "Decision 4: the disability office name and the disability-sense 'accommodation' reveal a registered disability; 'your letters are ready' survives."),
    ("dx0062", "Dear Noor,\n\nThe Accessibility Resource Center has reviewed the documentation from your clinician confirming ADHD and generalized anxiety disorder. The following accommodations are approved for the fall term: extended time (1.5x) on exams and quizzes and a reduced-distraction testing room. Accommodation letters will be sent to your instructors once you request them in the portal. Please schedule exams at the Testing Center at least 5 business days in advance.\n\nSincerely,\nMaya Chen, Access Specialist\nAccessibility Resource Center",
     "BLOCK", "other", "email", "en",
     [("Noor", "NAME"), ("Accessibility Resource Center", "SPECIALTY", 0), ("ADHD", "CONDITION"), ("generalized anxiety disorder", "CONDITION"), ("accommodations", "PROCEDURE"), ("extended time", "PROCEDURE"), ("reduced-distraction testing room", "PROCEDURE"), ("Accommodation", "PROCEDURE"), ("Maya Chen", "PROVIDER"), ("Accessibility Resource Center", "SPECIALTY", 1)],
     ["behavioral-health"], "Decision 9: the e-mail states the recipient's diagnoses as confirmed: BLOCK. Decision 4 for the accommodations; the staff sender is PROVIDER (her job title is not a credential)."),
    ("dx0063", "Study Abroad Office: your homestay accommodation details for the fall program are now in the Global Ed portal. Pre-departure orientation is Thursday at 4 in the Global Center.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Decision 4: a homestay 'accommodation' is lodging, not a disability accommodation."),
    ("dx0064", "Testing Center: your CHEM 201 final is booked for 12/9 at 1:00 PM with your approved accommodations (extended time, separate room). Please arrive 10 min early.",
     "REWRITE", "confirmation", "sms", "en",
     [("12/9", "DATE"), ("accommodations", "PROCEDURE"), ("extended time", "PROCEDURE"), ("separate room", "PROCEDURE")],
     ["general"], "Decision 4: the accommodations reveal a disability and go; the exam booking, date and time survive. Decision 2: Testing Center is generic."),
    ("dx0065", "Centro de Servicios para Estudiantes con Discapacidad: Hola Lucía, tu carta de adaptaciones académicas ya está lista. Puedes enviarla a tus profesores desde el portal.",
     "REWRITE", "portal-notice", "sms", "es",
     [("Centro de Servicios para Estudiantes con Discapacidad", "SPECIALTY"), ("Lucía", "NAME"), ("adaptaciones académicas", "PROCEDURE")],
     ["general"], "Decision 4: the disability office and the accommodations go with the name; 'tu carta ya está lista' survives."),
    ("dx0066", "Residence Life approved your request for an emotional support animal (ESA) in Pine Hall for 2025-26, based on the letter from your therapist. Please register your cat, Mochi, at the Residence Life office by 9/1.",
     "REWRITE", "other", "email", "en",
     [("emotional support animal", "PROCEDURE"), ("ESA", "PROCEDURE"), ("therapist", "SPECIALTY"), ("9/1", "DATE")],
     ["behavioral-health"], "Decision 4: an ESA reveals a mental-health disability and the therapist the care; registering the cat by the deadline survives. The cat's name is not a person's."),
    ("dx0067", "Dean of Students Office: Dr. Grace Counsel has approved your petition for a late withdrawal from MATH 240. Questions: deanofstudents@example.edu",
     "ALLOW", "other", "email", "en",
     [("Dr. Grace Counsel", "PROVIDER"), ("deanofstudents@example.edu", "EMAIL")],
     ["general", "practice-contact"], "Decision 7: the titled dean is PROVIDER; an academic withdrawal with no health reason stated is not health information (judgement)."),
    ("dx0068", "Your request for a medical withdrawal for the fall semester was approved on the recommendation of your psychiatrist, Dr. Varga, following your hospitalization for depression. To return in spring you will need a re-entry evaluation at CAPS and a letter from Dr. Varga.",
     "BLOCK", "other", "email", "en",
     [("medical withdrawal", "PROCEDURE"), ("psychiatrist", "SPECIALTY"), ("Dr. Varga", "PROVIDER", 0), ("hospitalization", "PROCEDURE"), ("depression", "CONDITION"), ("re-entry evaluation", "PROCEDURE"), ("CAPS", "SPECIALTY"), ("Dr. Varga", "PROVIDER", 1)],
     ["behavioral-health"], "A psychiatric hospitalization and its diagnosis are stated: BLOCK. Decision 4: 'medical withdrawal' is PROCEDURE."),
    ("dx0069", "Get paid to take notes! The Notetaking Program is hiring peer note-takers for 100-level courses, $12/hr. Apply on Handshake by Friday.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A job posting for note-takers: says nothing about any student's disability (Decision 4 applies only to a recipient's own accommodation)."),
    ("dx0070", "Accommodation plan (ARC portal) - Approved: extended time 2x on exams; reduced-distraction room; breaks as needed for a medical condition (type 1 diabetes); may carry snacks and a CGM receiver during exams.",
     "ALLOW", "other", "portal", "en",
     [("Accommodation", "PROCEDURE"), ("ARC", "SPECIALTY"), ("extended time", "PROCEDURE"), ("reduced-distraction room", "PROCEDURE"), ("type 1 diabetes", "CONDITION"), ("CGM", "PROCEDURE")],
     ["general", "primary-care"], "Inside the portal the plan and condition may stay (README channel convention); Decision 4 for the accommodations."),
    ("dx0071", "Hi, this is Tom from the Testing Center calling to let you know your final exam room has changed to Library 302. Call us at 608-555-0171 if you have questions. Thanks!",
     "ALLOW", "other", "voice", "en",
     [("Tom", "PROVIDER"), ("608-555-0171", "PHONE")],
     ["general", "practice-contact"], "Decision 7: university staff named as the caller is PROVIDER; Decision 2: the Testing Center is generic; a room change is logistics."),
    ("dx0072", "ARC: A note-taker has been assigned for BIO 110. Notes will appear in the app after each lecture.",
     "REWRITE", "other", "push", "en",
     [("ARC", "SPECIALTY"), ("note-taker", "PROCEDURE")],
     ["general"], "Decision 4: the accessibility office and a note-taker accommodation reveal a disability on the lock screen."),
)

# ---------------------------------------------------------------- batch 7 (dx0073-dx0084): flu clinics, on-site employer clinics, student-insurance billing
add(
    ("dx0073", "Flu shots are FREE for students with a valid ID at the Union Ballroom Tue-Thu 10-4. No appointment needed - just roll up your sleeve! 💉",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "A flu clinic announced to every student is a broadcast (README)."),
    ("dx0074", "Planta Norte – Clínica en sitio: vacunas contra la influenza gratis para todos los empleados y sus familias este viernes de 6 a.m. a 2 p.m. en la cafetería.",
     "ALLOW", "marketing", "sms", "es", [],
     ["primary-care", "broadcast", "hard-negative"], "Flu vaccines offered to all employees and families: broadcast, nothing about the recipient."),
    ("dx0075", "Hi Mr. Abernathy, your flu shot appointment at the Harlow Logistics on-site clinic is tomorrow at 7:45 AM. Reply C to confirm or R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Abernathy", "NAME"), ("flu shot", "PROCEDURE")],
     ["primary-care"], "The recipient's own flu-shot appointment is REWRITE (README); the on-site clinic is generic (Decision 2)."),
    ("dx0076", "Student Health Billing: A charge of $85.00 for PSYCHOTHERAPY 45 MIN (90834) on 10/02 was submitted to your Student Health Insurance Plan, member ID RUS448210937. Your share: $0.00.",
     "REWRITE", "billing", "sms", "en",
     [("PSYCHOTHERAPY 45 MIN", "PROCEDURE"), ("90834", "PROCEDURE"), ("10/02", "DATE"), ("RUS448210937", "HEALTH_PLAN_ID")],
     ["behavioral-health"], "Decision 8: the CPT description and code are PROCEDURE; Decision 12: the member ID is not needed; the charge, date and share survive."),
    ("dx0077", "Statement from Ridgeway Student Health - 09/15 office visit, Dx F32.1 major depressive disorder, moderate - billed to Crestline Student Health Plan. Balance due: $20.00. Pay at health.example.edu/pay.",
     "BLOCK", "billing", "sms", "en",
     [("09/15", "DATE"), ("F32.1", "CONDITION"), ("major depressive disorder", "CONDITION"), ("moderate", "RESULT"), ("health.example.edu/pay", "URL")],
     ["behavioral-health", "shorthand"], "Decision 8: a diagnosis and its ICD-10 code on a statement disclose the diagnosis: BLOCK; the severity is a state (RESULT)."),
    ("dx0078", "Ridgeway Student Health: you have a balance of $35.00. Pay online at health.example.edu/pay or at the cashier window in Hale Hall. Questions? 608-555-0145",
     "ALLOW", "billing", "sms", "en",
     [("health.example.edu/pay", "URL"), ("608-555-0145", "PHONE")],
     ["general", "practice-contact"], "A balance with the practice's own untokened link and phone; Student Health is generic."),
    ("dx0079", "Your Student Health statement is ready: https://pay.example.edu/s?acct=7712093&t=Qx9v2 - amount due $120.00 by 12/1.",
     "REWRITE", "billing", "sms", "en",
     [("https://pay.example.edu/s?acct=7712093&t=Qx9v2", "URL"), ("12/1", "DATE")],
     ["general"], "A link with an account number and token is patient-specific (README): REWRITE."),
    ("dx0080", "Aviso de Tesorería: aún no has presentado la exención del seguro médico estudiantil. Si no lo haces antes de que termine la semana, se te cobrará el plan completo a tu cuenta.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative"], "An insurance-waiver deadline: 'seguro médico' is a product, not care; no identifier."),
    ("dx0081", "Subject: Claim GX-558120 - additional information needed\n\nDear Priya Natarajan,\n\nWe received the claim from Hospital Santa Lucía for your treatment of dengue fever on 03/04/2026 while you were studying abroad. To process it under policy GEI-2093348 we need the itemized bill and the discharge summary. Please confirm that your date of birth is 04/17/2003 and reply with the documents within 30 days.\n\nGlobal Education Insurance Services\nclaims@example.com",
     "BLOCK", "billing", "email", "en",
     [("GX-558120", "OTHER_ID"), ("Priya Natarajan", "NAME"), ("dengue fever", "CONDITION"), ("03/04/2026", "DATE"), ("GEI-2093348", "HEALTH_PLAN_ID"), ("04/17/2003", "DATE"), ("claims@example.com", "EMAIL")],
     ["general", "dob"], "A full date of birth with the name, plus a diagnosis: BLOCK. Decision 12: claim number OTHER_ID, policy number HEALTH_PLAN_ID; the hospital name is generic."),
    ("dx0082", "Hello, this is the Harlow Logistics on-site health center calling to remind you of your appointment with P.A. Brenda Osei on Tuesday, March tenth, at nine fifteen a.m. To confirm, press 1. To reschedule, press 2.",
     "ALLOW", "reminder", "voice", "en",
     [("P.A. Brenda Osei", "PROVIDER"), ("March tenth", "DATE")],
     ["primary-care"], "Provider, spoken date and time from a generic on-site clinic (Decision 2)."),
    ("dx0083", "Reminder: your lab draw for the Harlow on-site clinic's diabetes program is Friday at 7am. Fast for 10 hours and take your metformin after the draw, not before.",
     "BLOCK", "care-instructions", "sms", "en",
     [("diabetes", "CONDITION"), ("metformin", "MEDICATION")],
     ["primary-care", "lab"], "A dosing instruction for the recipient's medication and the condition program: BLOCK."),
    ("dx0084", "Your flu shot is recorded ✅ Thanks for helping keep campus healthy!",
     "REWRITE", "confirmation", "push", "en",
     [("flu shot", "PROCEDURE")],
     ["primary-care"], "The recipient's own vaccination on the lock screen: the service goes, the thank-you survives (README: own flu shot is REWRITE)."),
)

# ---------------------------------------------------------------- batch 8 (dx0085-dx0096): study abroad, meningitis exposure, campus alcohol program, disguises
add(
    ("dx0085", "🐶 Finals Stress-Buster Puppy Party! Open to all students - Thursday 2-5pm on the Library Lawn. Cookies, cocoa and therapy dogs from Paws for Wellness.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "An event open to everyone; 'stress' and 'therapy dogs' say nothing about the recipient."),
    ("dx0086", "Hi Ethan, before your semester in Japan: stimulant medications are restricted there, so your Adderall XR 20 mg can't come with you. Dr. Lam can switch you to Strattera 40 mg - start it 3 weeks before you leave so we can see how you tolerate it.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Ethan", "NAME"), ("Adderall XR 20 mg", "MEDICATION"), ("Dr. Lam", "PROVIDER"), ("Strattera 40 mg", "MEDICATION")],
     ["pharmacy", "primary-care"], "A medication switch and when to start it are treatment instructions: BLOCK. Decision 14: the destination country is not a geographic identifier."),
    ("dx0087", "Going abroad this summer? Global Education requires a pre-departure health clearance and proof of international insurance. Book your travel consult early - vaccine appointments fill up fast in spring.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Sent to every student going abroad; requirements, not the recipient's care."),
    ("dx0088", "Hola Camila, tu consulta de medicina del viajero es el 14 de mayo a las 9:00. Ese día te pondremos la vacuna de la fiebre amarilla y la de tifoidea. Trae tu pasaporte.",
     "REWRITE", "reminder", "sms", "es",
     [("Camila", "NAME"), ("medicina del viajero", "SPECIALTY"), ("14 de mayo", "DATE"), ("vacuna de la fiebre amarilla", "PROCEDURE"), ("tifoidea", "CONDITION")],
     ["primary-care"], "Decision 5: travel medicine is SPECIALTY; Decision 11: 'tifoidea' in the ellipsis is CONDITION; the visit time and 'bring your passport' survive."),
    ("dx0089", "Re: Emergency info for the Italy program\nName: Olivia Brandt | DOB 07/22/2004 | Allergies: penicillin (hives) | Meds: lamotrigine 100 mg BID | Emergency contact: Mark Brandt (father) 312-555-0188",
     "BLOCK", "other", "email", "en",
     [("Olivia Brandt", "NAME"), ("07/22/2004", "DATE"), ("penicillin", "MEDICATION"), ("hives", "CONDITION"), ("lamotrigine 100 mg", "MEDICATION"), ("Mark Brandt", "NAME"), ("312-555-0188", "PHONE")],
     ["general", "dob", "shorthand"], "A full date of birth with the name, allergies and medications: BLOCK. The father's phone is a personal number, not the practice's."),
    ("dx0090", "Ridgeway Student Health: You were identified as a close contact of a student diagnosed with meningococcal disease. Please come to Student Health today for a single preventive dose of ciprofloxacin. Call 608-555-0143 with questions.",
     "BLOCK", "care-instructions", "sms", "en",
     [("meningococcal disease", "CONDITION"), ("ciprofloxacin", "MEDICATION"), ("608-555-0143", "PHONE")],
     ["primary-care", "third-party", "practice-contact"], "An exposure to another student's diagnosis plus a treatment: BLOCK (third party's health and treatment instruction)."),
    ("dx0091", "Campus health alert: two cases of meningococcal disease have been confirmed among students. Free MenB vaccine clinics run Mon-Fri in the Rec Center. Learn more at health.example.edu/menb.",
     "ALLOW", "other", "email", "en",
     [("health.example.edu/menb", "URL")],
     ["primary-care", "broadcast", "practice-contact"], "Decision 14: an aggregate case count with no one identified, sent to all students, is a broadcast; the practice's link stays."),
    ("dx0092", "Your \u0421\u043eunseling Center appt is tmrw at 3:30 w/ Dr. Ives. Reply Y to confirm, N to cancel.",
     "REWRITE", "reminder", "sms", "en",
     [("\u0421\u043eunseling Center", "SPECIALTY"), ("Dr. Ives", "PROVIDER")],
     ["behavioral-health", "shorthand"], "Cyrillic Es and o inside 'Counseling' disguise the center's name; provider and time survive."),
    ("dx0093", "hey its SHC - ur S T I panel came back p o s i t i v e 4 chlamydia. come in 2day for doxy, no appt needed",
     "BLOCK", "result", "sms", "en",
     [("S T I panel", "PROCEDURE"), ("p o s i t i v e", "RESULT"), ("chlamydia", "CONDITION"), ("doxy", "MEDICATION")],
     ["hiv-sexual-health", "spaced", "shorthand"], "Spaced letters hide a positive STI result and its treatment: BLOCK."),
    ("dx0094", "Hi Connor - your AUDIT score from last week's BASICS session was 19, which is in the high-risk range. Your second BASICS meeting with Jamie is Thu 2/19 at 1pm.",
     "BLOCK", "result", "sms", "en",
     [("Connor", "NAME"), ("AUDIT", "PROCEDURE"), ("BASICS", "PROCEDURE", 0), ("was [[19]]", "RESULT"), ("high-risk", "RESULT"), ("BASICS", "PROCEDURE", 1), ("Jamie", "PROVIDER"), ("2/19", "DATE")],
     ["substance-use"], "An alcohol-screening score and its risk band are results of a substance-use program (Part 2): BLOCK."),
    ("dx0095", "Servicios de Salud Estudiantil: Tu cita con la Dra. Paredes es el miércoles 22 de octubre a las 11:20. Si no puedes asistir, llama al (915) 555-0160.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Paredes", "PROVIDER"), ("22 de octubre", "DATE"), ("(915) 555-0160", "PHONE")],
     ["primary-care", "practice-contact"], "Generic student-health name (Decision 2), provider, date, time and the practice's phone."),
    ("dx0096", "Sr. Domínguez, sus resultados del examen de salud de la empresa: colesterol total 248 mg/dL y glucosa en ayunas 131. La enfermera Inés lo llamará para explicarle los resultados.",
     "BLOCK", "result", "sms", "es",
     [("Domínguez", "NAME"), ("colesterol total", "PROCEDURE"), ("248 mg/dL", "RESULT"), ("glucosa en ayunas", "PROCEDURE"), ("131", "RESULT"), ("enfermera Inés", "PROVIDER")],
     ["primary-care", "lab"], "Decision 6: the company health exam is generic, but its values are results: BLOCK."),
)

# ---------------------------------------------------------------- batch 9 (dx0097-dx0108): employer wellness, on-site clinic, EAP referrals, eating-disorder care
add(
    ("dx0097", "Wellness at Harlow: your biometric screening is booked for tomorrow at 7:20 AM in Conference Room B. Wear short sleeves - it takes about 15 minutes.",
     "ALLOW", "reminder", "sms", "en", [],
     ["primary-care", "hard-negative"], "Decision 6: an employer biometric screening is a generic wellness visit; 'biometric' here is not a biometric identifier."),
    ("dx0098", "Your Harlow Wellness biometric results: BP 146/94 (elevated), BMI 31.2, HDL 38 mg/dL (low). To earn the $300 premium credit, complete 2 health coaching calls by 12/15.",
     "BLOCK", "result", "email", "en",
     [("BP", "PROCEDURE"), ("146/94", "RESULT"), ("elevated", "RESULT"), ("BMI", "PROCEDURE"), ("31.2", "RESULT"), ("HDL", "PROCEDURE"), ("38 mg/dL", "RESULT"), ("([[low]])", "RESULT"), ("12/15", "DATE")],
     ["primary-care", "lab"], "Decision 6: the screening's values and flags are results: BLOCK by e-mail."),
    ("dx0099", "Harlow On-Site Clinic will be closed Friday for the holiday. For urgent needs, call the 24-hour nurse line at 866-555-0131.",
     "ALLOW", "other", "sms", "en",
     [("866-555-0131", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Closure notice to every employee with the clinic's own nurse line."),
    ("dx0100", "To: Shift Supervisor, Dock 4\nLuis Ortega was seen at the on-site clinic today for a lower back strain. Work status: modified duty, no lifting over 20 lbs for 2 weeks. Next clinic visit 6/4.",
     "BLOCK", "other", "email", "en",
     [("Luis Ortega", "NAME"), ("lower back strain", "CONDITION"), ("6/4", "DATE")],
     ["orthopedics", "third-party"], "An employee's diagnosis sent to the supervisor is a third party's health: BLOCK. Decision 15: the restriction is not labelled by itself."),
    ("dx0101", "Secure message (EAP portal): Hi Renee, per our call, here are three in-network therapists near you who specialize in postpartum depression. Dr. Irene Sato (PsyD) has an opening on 4/22 - reply here and I can book it.",
     "ALLOW", "other", "portal", "en",
     [("EAP", "SPECIALTY"), ("Renee", "NAME"), ("therapists", "SPECIALTY"), ("postpartum depression", "CONDITION"), ("Dr. Irene Sato", "PROVIDER"), ("PsyD", "SPECIALTY"), ("4/22", "DATE")],
     ["behavioral-health", "reproductive", "contrast"], "Inside the secure portal the referral and condition may stay (README channel convention); compare dx0102 by e-mail."),
    ("dx0102", "Hi Renee - since your OB diagnosed you with postpartum depression, your plan covers 12 therapy visits. Dr. Irene Sato (PsyD) has an opening on 4/22; reply and I can book it. - Joy, Bluestone EAP care coordinator",
     "BLOCK", "other", "email", "en",
     [("Renee", "NAME"), ("OB", "SPECIALTY"), ("postpartum depression", "CONDITION"), ("therapy", "PROCEDURE"), ("Dr. Irene Sato", "PROVIDER"), ("PsyD", "SPECIALTY"), ("4/22", "DATE"), ("Joy", "PROVIDER"), ("Bluestone EAP", "SPECIALTY")],
     ["behavioral-health", "reproductive", "contrast"], "Decision 9: the e-mail states the recipient's diagnosis: BLOCK (compare dx0101 in the portal)."),
    ("dx0103", "Your Ridgeway Health portal code is 482913. It expires in 10 minutes. Never share this code.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time login code is not an identifier of the patient (README)."),
    ("dx0104", "Le llamamos de la clínica de la empresa para recordarle su examen físico anual con el Dr. Salazar el jueves 12 de junio a las 8 de la mañana. Para cambiar la cita, marque el 2.",
     "ALLOW", "reminder", "voice", "es",
     [("Dr. Salazar", "PROVIDER"), ("12 de junio", "DATE")],
     ["primary-care"], "An annual physical is generic (README); provider, date and time from the company clinic (Decision 2)."),
    ("dx0105", "Hola Gabriela, le escribe el Programa de Ayuda al Empleado: encontramos un centro de rehabilitación con cupo para su esposo por su adicción a la metanfetamina. Llámenos al 800-555-0176.",
     "BLOCK", "other", "sms", "es",
     [("Gabriela", "NAME"), ("Programa de Ayuda al Empleado", "SPECIALTY"), ("centro de rehabilitación", "SPECIALTY"), ("adicción a la metanfetamina", "CONDITION"), ("800-555-0176", "PHONE")],
     ["substance-use", "third-party", "practice-contact"], "Decision 10: the husband's addiction and rehab placement are a third party's health: BLOCK. Decision 3 for the EAP name; the rehab center described by its service is SPECIALTY."),
    ("dx0106", "You have a new secure message from Student Health. Log in at health.example.edu to read it.",
     "ALLOW", "portal-notice", "sms", "en",
     [("health.example.edu", "URL")],
     ["general", "practice-contact"], "Notification without PHI: a generic practice name and its untokened link."),
    ("dx0107", "Hi Sophie, the dietitian and Dr. Mensah reviewed your weigh-in: you're down another 3 lbs (BMI 16.8). Per your treatment contract we need to talk about a higher level of care at Thursday's visit.",
     "BLOCK", "result", "sms", "en",
     [("Sophie", "NAME"), ("dietitian", "SPECIALTY"), ("Dr. Mensah", "PROVIDER"), ("weigh-in", "PROCEDURE"), ("down another 3 lbs", "RESULT"), ("BMI", "PROCEDURE"), ("16.8", "RESULT")],
     ["behavioral-health"], "Weight change and BMI are results in eating-disorder care: BLOCK. Decision 5: dietitian is SPECIALTY."),
    ("dx0108", "Health Sciences Career Fair - Friday 10-2 in the Union Ballroom. Nursing, pharmacy, PT and public-health employers are recruiting. Bring your résumé!",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "A career fair: 'pharmacy' and 'PT' are employers' fields, not anyone's care."),
)

# ---------------------------------------------------------------- batch 10 (dx0109-dx0120): TB for rotations, residence life, welcome e-mail, needlestick, pickups, identifiers
add(
    ("dx0109", "Your annual TB screening for clinical rotations is due by 1/31. Schedule your QuantiFERON blood draw at health.example.edu/book - results go straight to the Compliance Office.",
     "REWRITE", "recall", "sms", "en",
     [("TB screening", "PROCEDURE"), ("1/31", "DATE"), ("QuantiFERON", "PROCEDURE"), ("health.example.edu/book", "URL")],
     ["lab", "practice-contact"], "Decision 1: the named screening and test go; the due date and booking link survive."),
    ("dx0110", "Hi Mrs. Patel, this is Residence Life. Your son Arjun was taken to the ER at St. Brendan's tonight after drinking too much at a party. He is stable. Please call the RD on duty at 608-555-0190.",
     "BLOCK", "other", "sms", "en",
     [("Patel", "NAME"), ("Arjun", "NAME"), ("ER", "SPECIALTY"), ("drinking too much", "CONDITION"), ("stable", "RESULT"), ("608-555-0190", "PHONE")],
     ["substance-use", "urgent-care", "third-party", "practice-contact"], "A son's intoxication, ER transport and condition told to his mother: third party's health, BLOCK. Decision 5: ER is SPECIALTY; 'stable' is a state (RESULT)."),
    ("dx0111", "Recordatorio: tu cita de seguimiento para el control del asma es el 9 de abril a las 2:30 con la enfermera Rocío. —Salud Estudiantil UVN",
     "REWRITE", "reminder", "sms", "es",
     [("asma", "CONDITION"), ("9 de abril", "DATE"), ("enfermera Rocío", "PROVIDER")],
     ["primary-care"], "Decision 9: a diagnosis used as a visit label (README: asthma check) goes, generic words outside; date, time and nurse survive."),
    ("dx0112", "Subject: Welcome to Ridgeway Student Health Services\n\nWelcome to campus! Student Health Services in Hale Hall is here for every enrolled student, whether or not you carry the Student Health Insurance Plan. We offer same-day sick visits, physicals, immunizations and travel consults, an on-site lab and pharmacy, counseling through CAPS, and confidential sexual-health services. Most visits are free; lab tests and medications are billed to your insurance or student account.\n\nBook online at health.example.edu, call 608-555-0143 (24/7 nurse advice after hours), or walk in Monday-Friday 8-5. In an emergency call 911; for a mental-health crisis call or text 988.\n\nWe look forward to meeting you!\nThe Student Health Team",
     "ALLOW", "marketing", "email", "en",
     [("health.example.edu", "URL"), ("608-555-0143", "PHONE")],
     ["general", "broadcast", "practice-contact"], "A welcome letter to every student lists services, not the recipient's care (broadcast: CAPS and services unlabelled); the practice's own link and phone stay; 911/988 are not phone identifiers."),
    ("dx0113", "Subject: Your post-exposure follow-up\n\nHi Marcus,\n\nThis is Employee & Student Health following up on Tuesday's needlestick during your clinical rotation. The source patient's tests came back negative for HIV and hepatitis C, so no further treatment is needed for those. Your own hepatitis B surface antibody was 4 mIU/mL, which means you are not protected, so Dr. Okafor recommends a hepatitis B booster this week and a repeat titer in 2 months. Please call 608-555-0147 to schedule.\n\nTake care,\nEmployee & Student Health",
     "BLOCK", "result", "email", "en",
     [("Marcus", "NAME"), ("needlestick", "CONDITION"), ("negative", "RESULT"), ("HIV", "CONDITION"), ("hepatitis C", "CONDITION"), ("hepatitis B surface antibody", "PROCEDURE"), ("4 mIU/mL", "RESULT"), ("not protected", "RESULT"), ("Dr. Okafor", "PROVIDER"), ("hepatitis B booster", "PROCEDURE"), ("titer", "PROCEDURE"), ("608-555-0147", "PHONE")],
     ["primary-care", "lab", "third-party", "practice-contact"], "The source patient's results (a third party) and the recipient's own titer and plan: BLOCK. Decision 15: a needlestick is a CONDITION."),
    ("dx0114", "Ridgeway Student Health: no results yet. We'll text you as soon as your lab results are posted to the portal. Questions? 608-555-0143",
     "ALLOW", "result", "sms", "en",
     [("608-555-0143", "PHONE")],
     ["lab", "practice-contact"], "'No results yet' with no test named is ALLOW (README); 'lab results' is generic."),
    ("dx0115", "Sports Medicine: your MRI is Wed 10/22 at 7:10 AM in the Fieldhouse. No jewelry or metal, please.",
     "REWRITE", "reminder", "push", "en",
     [("Sports Medicine", "SPECIALTY"), ("MRI", "PROCEDURE"), ("10/22", "DATE")],
     ["orthopedics", "imaging"], "Decision 2: Sports Medicine is SPECIALTY; the imaging test goes; date, time and place survive on the lock screen."),
    ("dx0116", "Hi Kiara, Dr Ruiz reviewd your blood work - your iron is low (ferritin 9) so she wants you to start ferrous sulfate 325mg once daily w/ orange juice. Recheck in 8 wks.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Kiara", "NAME"), ("Dr Ruiz", "PROVIDER"), ("iron", "PROCEDURE"), ("is [[low]]", "RESULT"), ("ferritin", "PROCEDURE"), ("ferritin [[9]]", "RESULT"), ("ferrous sulfate 325mg", "MEDICATION")],
     ["primary-care", "lab", "typo", "shorthand"], "A low value and a new medication with its dosing: BLOCK. 'blood work' is generic; the measured analytes are PROCEDURE (README: a measure and its value)."),
    ("dx0117", "Campus Rec: free 'Positive Vibes' yoga and a 'Mindfulness for Finals' meditation class this Sunday at 4pm in Studio B. Open to all students and staff - no sign-up needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Positive' is a class title, not a result; open to everyone."),
    ("dx0118", "Student Health Pharmacy: Rx for Jordan Kim (Student ID 900418273) is ready - sertraline 50 mg, 30 tabs. Please pick up by Friday.",
     "REWRITE", "pickup", "sms", "en",
     [("Jordan Kim", "NAME"), ("900418273", "OTHER_ID"), ("sertraline 50 mg", "MEDICATION")],
     ["pharmacy"], "Pickup notice: name, drug and an unneeded ID go (Decision 12: student ID is OTHER_ID); 'your prescription is ready' survives."),
    ("dx0119", "Study Abroad insurance enrollment - please confirm by reply: Hannah Ruiz, SSN 078-05-1120, DOB 3/9/2004, passport no. X1234567.",
     "BLOCK", "other", "email", "en",
     [("Hannah Ruiz", "NAME"), ("078-05-1120", "SSN"), ("3/9/2004", "DATE"), ("X1234567", "OTHER_ID")],
     ["general", "dob"], "An SSN and a full date of birth with the name must never travel by e-mail: BLOCK. Decision 12: passport number is OTHER_ID."),
    ("dx0120", "Ridgeway Student Health: Your appointment with Dr. Tessa Morrow is confirmed for Mon 1/12 at 10:40 AM. Please arrive 10 min early with your student ID and insurance card.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Tessa Morrow", "PROVIDER"), ("1/12", "DATE")],
     ["primary-care"], "Generic practice name, provider, date and time: ALLOW."),
)

probe_lib.run(M, "dx", "probe125.jsonl")
