#!/usr/bin/env python3
"""Build corpus/probe127.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe127.py [OUT] [-v]   (default: probe127.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run
and no other corpus's messages, source code or tests were read.

Theme of this round: AUTISM, ABA, EARLY INTERVENTION AND PEDIATRIC THERAPIES — what ABA
providers, developmental-pediatrics clinics, early-intervention (Part C) programs, speech,
occupational, physical and feeding therapists and school-based therapy teams send to parents and
caregivers: evaluation and waitlist notices, session schedules and cancellations, progress-report
summaries, IFSP/IEP meetings, authorization renewals and denials, parent-training sessions,
home-program tips, pickups and billing (CPT/ICD codes, superbills). Logistics-only messages are
mixed with ones that reveal a child's diagnosis, therapy, assessment or progress, plus look-alikes
(a spectrum of colors at the art fair, investor behavior, Occupational Safety Week, a speech by the
mayor, an Early Bird discount, Spectrum the internet provider, ABA the bar association, an Area
School District "ASD", a regression quiz, puppy behavior class, a therapist named Sunny Speech).
About 22% Spanish; four disguised messages (spaced letters, zero-width, leet, Cyrillic).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "puntaje [[9]]" searches for "puntaje 9"
      and labels only the bracketed part "9".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Therapies, programs and plans are PROCEDURE: ABA, speech/language, occupational, physical and
     feeding therapy (also "OT", "PT", "speech tx"), parent training / caregiver coaching, early
     intervention and "Part C" used as a service, IFSP, IEP, BIP, behavior plan, visual schedule,
     special-education programs. A dependent's session logistics naming them is REWRITE (a visit
     type, README: "dependent's appointment logistics ... is REWRITE"), even ABA, which strongly
     implies a diagnosis but says none.
  2. A condition used as the label of a DEPENDENT's visit ("Ezra's autism evaluation") is BLOCK,
     as README's "Sofia's asthma check"; the same label on an adult's own visit is REWRITE. A
     universal screening named as a test ("autism screening" at 18 months, like README's
     "depression screening") is one PROCEDURE span, so its logistics stay REWRITE.
  3. Practice and program names revealing therapy, development, autism, early intervention,
     genetics or pediatrics ("Bright Steps ABA", "Tidewater Autism Services", "Tri-County Early
     Intervention", "... Pediatric Therapy", "Developmental Clinic", "Clínica Pediátrica ...")
     are one SPECIALTY span. A condition word inside such a name stays inside the SPECIALTY span
     and makes the message REWRITE, not BLOCK: it names the provider, not the child's diagnosis.
  4. Credentials and role words that name a therapy or specialty are separate SPECIALTY spans
     (BCBA, RBT, CCC-SLP, OTR/L, "OT" after a name, "developmental specialist", "pediatra",
     "educadora especial", "feeding team", "terapeuta"), also when written as the person's title
     ("Terapeuta | Lucía"); generic credentials (RN, RD, MS, M.S., M.Ed., PhD) and generic roles
     (nurse/enfermera, service coordinator, "Miss"/"Ms.") stay inside the PROVIDER span. Staff
     named by first name as sender or covering therapist are PROVIDER.
  5. Bare "therapy"/"therapist"/"terapia"/"terapeuta" are labelled (PROCEDURE/SPECIALTY): sent to
     a parent they reveal the child is in therapy. "session", "sesión", "evaluation", "eval",
     "visit", "report" alone stay generic.
  6. Assessment instruments (ADOS-2, M-CHAT, ASQ-3, Vineland-3, Sensory Profile 2, Vanderbilt,
     VFSS, Print Tool) are PROCEDURE; their scores, levels, eligibility ("califica para
     servicios"), goal attainment, behaviour counts and progress descriptions are RESULT; target
     behaviours (meltdowns, biting, elopement, SIB, tantrums, gagging) and delays are CONDITION.
  7. ICD-10 codes are CONDITION, CPT codes PROCEDURE; authorization numbers OTHER_ID; a Medicaid
     ID HEALTH_PLAN_ID; a billing account number ACCOUNT (follows build_probe7's choices).
  8. A broadcast (closure, move, event) from a specialty-revealing sender name is REWRITE with the
     name labelled: being on that practice's list reveals the family is its client. Broadcasts
     from generic senders, and community events that mention autism or sensory needs in general,
     are ALLOW with no span.
  9. A video-visit link with a passcode query (?pwd=) is patient-specific: URL, REWRITE.
 10. A practice's own URL is labelled URL only, even when its host name hints at the service
     ("sproutot.example", "acornpeds.example").
 11. IEP meeting logistics are REWRITE (IEP is PROCEDURE); an IEP eligibility category ("Speech or
     Language Impairment") is a CONDITION of the child, so BLOCK.
 12. Service tags: ABA and behavior-plan messages carry behavioral-health besides pediatrics;
     OT/PT messages carry physical-therapy; look-alikes from schools, towns and businesses carry
     general.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers.
Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (dz0001-dz0012): evaluations and waitlists
add(
    ("dz0001", "Cedar Hollow Family Clinic: you're confirmed with Dr. Imani Brooks on Mon 3/9 at 8:30 AM. Please arrive 15 min early to finish your forms. Reply C to confirm, R to reschedule.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Imani Brooks", "PROVIDER"), ("3/9", "DATE")],
     ["pediatrics"], "Generic practice name, provider, date and time only."),
    ("dz0002", "Hi Ms. Delacroix, Ezra is now #6 on the waitlist for a developmental evaluation at Lakeshore Developmental Pediatrics. We'll text you when a slot opens. Questions: (414) 555-0142",
     "REWRITE", "other", "sms", "en",
     [("Delacroix", "NAME"), ("Ezra", "NAME"), ("developmental evaluation", "PROCEDURE"),
      ("Lakeshore Developmental Pediatrics", "SPECIALTY"), ("(414) 555-0142", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Dependent's waitlist logistics with names, an evaluation type and a specialty name: all removable (README dependent rule)."),
    ("dz0003", "Lakeshore Developmental Peds: Ezra's autism evaluation (ADOS-2) is scheduled Thu 4/16 at 9:00. Plan for about 3 hrs; bring snacks and a favorite toy.",
     "BLOCK", "reminder", "sms", "en",
     [("Lakeshore Developmental Peds", "SPECIALTY"), ("Ezra", "NAME"), ("autism", "CONDITION"),
      ("ADOS-2", "PROCEDURE"), ("4/16", "DATE")],
     ["pediatrics", "minor", "third-party", "contrast"], "A condition used as the label of a dependent's visit is BLOCK like README's \"Sofia's asthma check\" (decision 2)."),
    ("dz0004", "Dear Jordan,\n\nThis confirms your adult autism assessment with Dr. Farah Qureshi, PhD on May 4 at 1:00 PM. Plan for about three hours. If you'd like sensory accommodations (dimmed lights, waiting in your car until we text you), just reply to this email.\n\nIntake Team\nMeridian Neurodevelopmental Center",
     "REWRITE", "confirmation", "email", "en",
     [("Jordan", "NAME"), ("autism", "CONDITION"), ("Dr. Farah Qureshi, PhD", "PROVIDER"),
      ("May 4", "DATE"), ("Meridian Neurodevelopmental Center", "SPECIALTY")],
     ["behavioral-health", "contrast"], "The patient's own condition-labelled visit: REWRITE, unlike a dependent's (decision 2); e-mail is treated like SMS."),
    ("dz0005", "Sunny Meadows Elementary PTA: the Spectrum of Colors art fair is Friday 5-7 pm in the gym. Student artwork will be for sale and proceeds go to the library!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Spectrum' is a color spectrum at a school art fair."),
    ("dz0006", "Hola Sra. Quintero, el resultado del M-CHAT de Valentina salió positivo (puntaje 9). La Dra. Ibarra quiere verla para una evaluación más completa. Llame al (602) 555-0118.",
     "BLOCK", "result", "sms", "es",
     [("Quintero", "NAME"), ("M-CHAT", "PROCEDURE"), ("Valentina", "NAME"), ("positivo", "RESULT"),
      ("puntaje [[9]]", "RESULT"), ("Dra. Ibarra", "PROVIDER"), ("(602) 555-0118", "PHONE")],
     ["pediatrics", "minor", "third-party"], "A screening result for a dependent: BLOCK; the score is a RESULT (decision 6)."),
    ("dz0007", "Your child's new-patient packet is ready. Please complete it at portal.brightpathclinic.example before the first visit on 2/23. Call (608) 555-0107 with questions.",
     "ALLOW", "portal-notice", "sms", "en",
     [("portal.brightpathclinic.example", "URL"), ("2/23", "DATE"), ("(608) 555-0107", "PHONE")],
     ["pediatrics", "practice-contact"], "Practice's own link and phone, a date, nothing clinical."),
    ("dz0008", "Bay County Early Intervention Program: Service Coordinator Renee Vo will call you this week to set up Amari's initial IFSP meeting. Call back anytime at (904) 555-0163.",
     "REWRITE", "other", "sms", "en",
     [("Bay County Early Intervention Program", "SPECIALTY"), ("Service Coordinator Renee Vo", "PROVIDER"),
      ("Amari", "NAME"), ("IFSP", "PROCEDURE"), ("(904) 555-0163", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "EI program name (SPECIALTY, decision 3) and IFSP (PROCEDURE, decision 1) are removable; 'service coordinator' is a generic role kept in PROVIDER (decision 4)."),
    ("dz0009", "Stock Talk Tuesdays at Riverside Library: how investor behavior moves the market. Free, adults only, 6:30 pm. No registration needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'behavior' of investors and the market, not a behavior plan."),
    ("dz0010", "Dear Mr. and Mrs. Haddad,\n\nThank you for bringing Karim in on 1/14. In summary, Karim meets criteria for autism spectrum disorder, level 1. His Vineland-3 adaptive composite was 78, and his expressive language is about 9 months behind. We recommend 15-20 hours/week of ABA therapy, speech therapy twice weekly, and an OT evaluation for sensory concerns.\n\nThe full report is in your portal, and our care coordinator will call to help with referrals.\n\nWarmly,\nDr. Lena Sato\nDevelopmental-Behavioral Pediatrics, Northlake Children's Center",
     "BLOCK", "result", "email", "en",
     [("Haddad", "NAME"), ("Karim", "NAME"), ("1/14", "DATE"), ("Karim", "NAME", 1),
      ("autism spectrum disorder", "CONDITION"), ("level 1", "RESULT"), ("Vineland-3", "PROCEDURE"),
      ("78", "RESULT"), ("about 9 months behind", "RESULT"), ("ABA therapy", "PROCEDURE"),
      ("speech therapy", "PROCEDURE"), ("OT", "PROCEDURE"), ("sensory concerns", "CONDITION"),
      ("Dr. Lena Sato", "PROVIDER"), ("Developmental-Behavioral Pediatrics", "SPECIALTY"),
      ("Northlake Children's Center", "SPECIALTY")],
     ["pediatrics", "behavioral-health", "minor", "third-party"], "Diagnosis, severity level and scores of a dependent by e-mail: BLOCK. Severity level is a RESULT (README: state of a condition); a 'Children's' practice name is pediatric SPECIALTY (decision 3)."),
    ("dz0011", "Clínica Pediátrica Los Pinos: la cita de evaluación del desarrollo de Santiago es el 12 de marzo a las 10:00 con la Dra. Ferrer. Favor de traer la cartilla de vacunación.",
     "REWRITE", "reminder", "sms", "es",
     [("Clínica Pediátrica Los Pinos", "SPECIALTY"), ("evaluación del desarrollo", "PROCEDURE"),
      ("Santiago", "NAME"), ("12 de marzo", "DATE"), ("Dra. Ferrer", "PROVIDER")],
     ["pediatrics", "minor"], "Dependent's logistics with name, pediatric practice name and a developmental evaluation: removable."),
    ("dz0012", "Hillcrest ASD: early dismissal Wednesday for staff development. Buses run 2 hours early. A Spectrum outage has also hit our phones, so please email the main office instead.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "ASD is an Area School District, 'staff development' and Spectrum the internet provider are look-alikes."),
)

# ---------------------------------------------------------------- batch 2 (dz0013-dz0024): session schedules and cancellations
add(
    ("dz0013", "Reminder: your visit with Dr. Sunny Speech is Tue 6/2 at 3:15 PM. Reply Y to confirm or N to cancel.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Sunny Speech", "PROVIDER"), ("6/2", "DATE")],
     ["primary-care"], "'Speech' is the provider's surname, not speech therapy; provider, date and time are allowed."),
    ("dz0014", "Bright Steps ABA: Miss Tori (RBT) is out sick today, so Jonah's 3:30 session is cancelled. A make-up session will be offered this week. Reply STOP to opt out.",
     "REWRITE", "other", "sms", "en",
     [("Bright Steps ABA", "SPECIALTY"), ("Miss Tori", "PROVIDER"), ("RBT", "SPECIALTY"), ("Jonah", "NAME")],
     ["pediatrics", "behavioral-health", "minor"], "Cancellation logistics; ABA practice name and the RBT credential are SPECIALTY (decisions 3, 4), the child's name goes."),
    ("dz0015", "Your session on 3/11 at 4:00 PM has been cancelled by the clinic. We're sorry for the short notice. Reply 1 to see open times this week.",
     "ALLOW", "other", "sms", "en",
     [("3/11", "DATE")],
     ["pediatrics"], "'session' alone is generic (decision 5); date and time only."),
    ("dz0016", "hi its kelsey from chatterbox speech & language, can we move liam's speech tx tmrw from 10 to 11:30? lmk",
     "REWRITE", "reminder", "sms", "en",
     [("kelsey", "PROVIDER"), ("chatterbox speech & language", "SPECIALTY"), ("liam", "NAME"), ("speech tx", "PROCEDURE")],
     ["pediatrics", "minor", "shorthand"], "Staff shorthand in lower case; the sender is workforce (PROVIDER), the practice name and 'speech tx' reveal the therapy."),
    ("dz0017", "Recordatorio: su cita es el jueves 14 de mayo a las 9:30 con el Dr. Benítez. Llegue 10 minutos antes. Responda SI para confirmar.",
     "ALLOW", "reminder", "sms", "es",
     [("14 de mayo", "DATE"), ("Dr. Benítez", "PROVIDER")],
     ["pediatrics"], "Date, time and provider only."),
    ("dz0018", "Kid Kinetics Pediatric Therapy: OT with Ms. Hana starts in 30 min (Room 4). Tap to check in.",
     "REWRITE", "reminder", "push", "en",
     [("Kid Kinetics Pediatric Therapy", "SPECIALTY"), ("OT", "PROCEDURE"), ("Ms. Hana", "PROVIDER")],
     ["pediatrics", "physical-therapy"], "Lock-screen push naming a therapy practice and OT: removable, the check-in purpose survives."),
    ("dz0019", "Occupational Safety Week starts Monday. Hard hats and steel toes required on the floor; the OT sign-up sheet for Saturday shifts is in the break room.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Workplace safety week; OT is overtime."),
    ("dz0020", "Hello, this is Marisol calling from Little Voices Pediatric Speech Therapy with a reminder that Aiden has a feeding therapy appointment tomorrow at 2 PM. If you need to reschedule, please call us at 512-555-0134. Thank you.",
     "REWRITE", "reminder", "voice", "en",
     [("Marisol", "PROVIDER"), ("Little Voices Pediatric Speech Therapy", "SPECIALTY"), ("Aiden", "NAME"),
      ("feeding therapy", "PROCEDURE"), ("512-555-0134", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Voicemail treated like SMS; practice name, child's name and therapy type go."),
    ("dz0021", "Jonah had a hard session today: 3 elopement attempts and 2 episodes of biting. Staff followed his crisis plan. Please call Ms. Rhee at (919) 555-0191 before pickup.",
     "BLOCK", "other", "sms", "en",
     [("Jonah", "NAME"), ("[[3]] elopement", "RESULT"), ("elopement", "CONDITION"), ("[[2]] episodes", "RESULT"),
      ("biting", "CONDITION"), ("crisis plan", "PROCEDURE"), ("Ms. Rhee", "PROVIDER"), ("(919) 555-0191", "PHONE")],
     ["pediatrics", "behavioral-health", "minor", "third-party"], "Behaviour incidents of a dependent are findings: counts RESULT, target behaviours CONDITION (decision 6)."),
    ("dz0022", "City of Fairview: Mayor Delgado will give a speech at the opening of the new Early Learning Playground on Saturday at 10 am. Face painting, a quiet sensory tent and food trucks. All families welcome!",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "A speech by the mayor and a community playground; nothing about a recipient (decision 8)."),
    ("dz0023", "Hola, le escribe Daniela de Terapias Infantiles Arcoíris. La sesión de terapia de lenguaje de Mateo del martes se cambia a las 4:30. ¿Le queda bien? Responda SÍ o NO.",
     "REWRITE", "reminder", "sms", "es",
     [("Daniela", "PROVIDER"), ("Terapias Infantiles Arcoíris", "SPECIALTY"), ("terapia de lenguaje", "PROCEDURE"), ("Mateo", "NAME")],
     ["pediatrics", "minor"], "Reschedule with therapy practice name, therapy type and child's name: all removable."),
    ("dz0024", "Walgrove Pharmacy: Eli's prescription for risperidone 0.5 mg is ready for pickup at the drive-thru. Rx# 7730418.",
     "BLOCK", "pickup", "sms", "en",
     [("Eli", "NAME"), ("risperidone 0.5 mg", "MEDICATION"), ("7730418", "OTHER_ID")],
     ["pharmacy", "pediatrics", "minor", "third-party"], "A dependent's medication sent to the guardian is BLOCK (README third-party rule); Rx number is OTHER_ID."),
)

# ---------------------------------------------------------------- batch 3 (dz0025-dz0036): progress reports, IEP and IFSP
add(
    ("dz0025", "A new document is available in your family portal. Log in at mychart.pinecrestclinic.example to view it. Please do not reply to this text.",
     "ALLOW", "portal-notice", "sms", "en",
     [("mychart.pinecrestclinic.example", "URL")],
     ["pediatrics", "practice-contact"], "Portal notice without PHI: the safe pattern."),
    ("dz0026", "Hi Priya,\n\nArjun's Q2 progress report is attached. Highlights: he mastered 14 of 22 skill targets, manding went from 8 to 35 per session, and tantrums are down about 60% since March. We'll add toilet-training goals next quarter.\n\nRe-authorization for 25 hrs/week of ABA is due 8/1, so please sign the updated treatment plan by 7/15.\n\nDana Whitfield, M.Ed., BCBA | Keystone Behavior Partners | (717) 555-0126",
     "BLOCK", "result", "email", "en",
     [("Priya", "NAME"), ("Arjun", "NAME"), ("14 of 22", "RESULT"), ("from 8 to 35 per session", "RESULT"),
      ("tantrums", "CONDITION"), ("about 60%", "RESULT"), ("toilet-training", "PROCEDURE"), ("ABA", "PROCEDURE"),
      ("8/1", "DATE"), ("7/15", "DATE"), ("Dana Whitfield, M.Ed.", "PROVIDER"), ("BCBA", "SPECIALTY"),
      ("Keystone Behavior Partners", "SPECIALTY"), ("(717) 555-0126", "PHONE")],
     ["pediatrics", "behavioral-health", "minor", "third-party", "practice-contact"], "Goal attainment and behaviour data of a dependent are RESULTs (decision 6): BLOCK; M.Ed. stays in PROVIDER, BCBA is SPECIALTY (decision 4)."),
    ("dz0027", "Progress note - Speech therapy (Mia Chen): Mia produced /k/ and /g/ in initial position with 80% accuracy across 3 sessions (goal met). Next goal: final /k/. Home practice: 5 minutes daily with the picture cards in her folder.\n- Jess Morrow, M.S., CCC-SLP",
     "ALLOW", "result", "portal", "en",
     [("Speech therapy", "PROCEDURE"), ("Mia Chen", "NAME"), ("Mia", "NAME", 1), ("80% accuracy", "RESULT"),
      ("goal met", "RESULT"), ("Jess Morrow, M.S.", "PROVIDER"), ("CCC-SLP", "SPECIALTY")],
     ["pediatrics", "minor", "contrast"], "Inside the secure portal a progress note may stay (README channel rule); compare dz0028 by SMS."),
    ("dz0028", "Speech update: Mia hit her /k/ goal today (80% accuracy)! Keep practicing final /k/ w the picture cards 5 min a day. -Jess",
     "BLOCK", "result", "sms", "en",
     [("Speech", "PROCEDURE"), ("Mia", "NAME"), ("hit her /k/ goal", "RESULT"), ("80% accuracy", "RESULT"), ("Jess", "PROVIDER")],
     ["pediatrics", "minor", "third-party", "contrast", "shorthand"], "Progress result and home-practice instructions for a dependent by SMS: BLOCK (portal version dz0027 is ALLOW)."),
    ("dz0029", "Your child's 6-month progress report from Sprout Occupational Therapy is ready. For privacy we don't email reports: log in at families.sproutot.example to read and e-sign it by 9/30. Thank you!",
     "REWRITE", "portal-notice", "email", "en",
     [("Sprout Occupational Therapy", "SPECIALTY"), ("families.sproutot.example", "URL"), ("9/30", "DATE")],
     ["pediatrics", "physical-therapy", "practice-contact"], "Portal notice whose only problem is the therapy practice name; the practice's own URL is URL only even though its host hints at OT (decision 10)."),
    ("dz0030", "Sra. Paredes, el informe de progreso de Lucas ya está listo: logró 4 de 6 metas de motricidad fina y ya se abrocha la chamarra solo. La terapeuta recomienda seguir 2 veces por semana. Saludos, Lic. Romo",
     "BLOCK", "result", "sms", "es",
     [("Paredes", "NAME"), ("Lucas", "NAME"), ("4 de 6", "RESULT"), ("ya se abrocha la chamarra solo", "RESULT"),
      ("terapeuta", "SPECIALTY"), ("Lic. Romo", "PROVIDER")],
     ["pediatrics", "physical-therapy", "minor", "third-party"], "Goal attainment of a dependent is a RESULT (decision 6); bare 'terapeuta' is SPECIALTY (decision 5)."),
    ("dz0031", "Early Bird discount ends Friday! Register for Little Sprouts summer day camp by then and save $50 per week. Sibling discounts available.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Early' is an early-registration discount, not early intervention."),
    ("dz0032", "Reminder: Parent training with Kayla Brooks, BCBA is Thursday 5/21 at 6 PM on Zoom: https://zoom.example/j/88120934?pwd=Fam77xQ",
     "REWRITE", "reminder", "sms", "en",
     [("Parent training", "PROCEDURE"), ("Kayla Brooks", "PROVIDER"), ("BCBA", "SPECIALTY"), ("5/21", "DATE"),
      ("https://zoom.example/j/88120934?pwd=Fam77xQ", "URL")],
     ["pediatrics", "behavioral-health"], "Parent training is an ABA program component (PROCEDURE, decision 1); a meeting link with a passcode is patient-specific (decision 9)."),
    ("dz0033", "Hello Mr. Osei,\n\nFollowing today's IEP meeting, here is a short summary. Kwame will continue to qualify under Speech or Language Impairment. Services: speech-language therapy 2x30 min/week and an OT consult once a month. His fluency goals were met and he no longer needs a stuttering goal.\n\nPlease sign the consent page and send it back with Kwame by Friday.\n\nThanks,\nRenata Lowe, CCC-SLP\nMaplewood USD Related Services",
     "BLOCK", "other", "email", "en",
     [("Osei", "NAME"), ("IEP", "PROCEDURE"), ("Kwame", "NAME"), ("Speech or Language Impairment", "CONDITION"),
      ("speech-language therapy", "PROCEDURE"), ("OT", "PROCEDURE"), ("were met", "RESULT"), ("stuttering", "CONDITION"),
      ("Kwame", "NAME", 1), ("Renata Lowe", "PROVIDER"), ("CCC-SLP", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "IEP eligibility category is the child's condition and goal status a result: BLOCK (decision 11)."),
    ("dz0034", "Maplewood USD: reminder that Kwame's annual IEP review is 4/28 at 3:15 in Room 112. Reply if you need an interpreter.",
     "REWRITE", "reminder", "sms", "en",
     [("Kwame", "NAME"), ("IEP", "PROCEDURE"), ("4/28", "DATE")],
     ["pediatrics", "minor", "contrast"], "IEP meeting logistics: the plan name and the child's name are removable (decision 11)."),
    ("dz0035", "Maplewood USD: parent-teacher conferences are 4/28 to 4/30. Sign up for a 15-minute slot at conferences.maplewoodusd.example.",
     "ALLOW", "other", "sms", "en",
     [("4/28", "DATE"), ("4/30", "DATE"), ("conferences.maplewoodusd.example", "URL")],
     ["general", "broadcast", "practice-contact", "contrast"], "District-wide broadcast with dates and the district's own link; compare dz0034."),
    ("dz0036", "Buenas tardes, habla Gabriela de Intervención Temprana Valle Verde. Le llamo porque la evaluación de Emiliano mostró un retraso del lenguaje expresivo de aproximadamente 30 por ciento, así que califica para servicios. Por favor regréseme la llamada al 520-555-0177 para hablar del plan IFSP.",
     "BLOCK", "result", "voice", "es",
     [("Gabriela", "PROVIDER"), ("Intervención Temprana Valle Verde", "SPECIALTY"), ("Emiliano", "NAME"),
      ("retraso del lenguaje expresivo", "CONDITION"), ("aproximadamente 30 por ciento", "RESULT"),
      ("califica para servicios", "RESULT"), ("520-555-0177", "PHONE"), ("IFSP", "PROCEDURE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "Evaluation finding and eligibility of a dependent left on voicemail: BLOCK; eligibility is a RESULT (decision 6)."),
)

# ---------------------------------------------------------------- batch 4 (dz0037-dz0048): authorizations and billing
add(
    ("dz0037", "Good news! Your insurer approved continued ABA services for Nora through 12/31. Authorization #PA-2291-0457. Sessions continue on the current schedule; no action needed.\n- Intake & Benefits, Tidewater Autism Services",
     "REWRITE", "other", "email", "en",
     [("ABA", "PROCEDURE"), ("Nora", "NAME"), ("12/31", "DATE"), ("PA-2291-0457", "OTHER_ID"),
      ("Tidewater Autism Services", "SPECIALTY")],
     ["pediatrics", "behavioral-health", "minor"], "An approval is not a result; therapy, name and authorization number (OTHER_ID, decision 7) are removable; the condition inside the practice name stays SPECIALTY (decision 3)."),
    ("dz0038", "Blue Harbor Health denied the ABA re-auth for Theo (dx F84.0). They say the progress data doesn't show medical necessity. We're filing an appeal. Call Jen at (757) 555-0158 w/ questions.",
     "BLOCK", "other", "sms", "en",
     [("ABA", "PROCEDURE"), ("Theo", "NAME"), ("F84.0", "CONDITION"), ("(757) 555-0158", "PHONE"), ("Jen", "PROVIDER")],
     ["pediatrics", "behavioral-health", "minor", "third-party", "shorthand"], "A dependent's diagnosis code in a denial: BLOCK (ICD-10 code is CONDITION, decision 7)."),
    ("dz0039", "Your statement from Riverside Family Clinic is ready. Balance due: $145.00. Pay online at pay.riversidefamily.example or call (801) 555-0112 (M-F 8-5).",
     "ALLOW", "billing", "sms", "en",
     [("pay.riversidefamily.example", "URL"), ("(801) 555-0112", "PHONE")],
     ["general", "practice-contact"], "Balance notice with the practice's own link and phone."),
    ("dz0040", "Statement for account 4410-2278:\n3/2  97153 Adaptive behavior treatment by protocol (16 units) $0.00 after insurance\n3/9  97155 Protocol modification (4 units) $35.00 copay\nAmount due $35.00 by 4/15. Pay at billing.lighthousekids.example.",
     "REWRITE", "billing", "email", "en",
     [("4410-2278", "ACCOUNT"), ("3/2", "DATE"), ("97153", "PROCEDURE"), ("Adaptive behavior treatment by protocol", "PROCEDURE"),
      ("3/9", "DATE"), ("97155", "PROCEDURE"), ("Protocol modification", "PROCEDURE"), ("4/15", "DATE"),
      ("billing.lighthousekids.example", "URL")],
     ["pediatrics", "behavioral-health"], "CPT codes and service lines are PROCEDURE (decision 7), the account number is not needed; amount, due date and payment link survive."),
    ("dz0041", "Estimada Sra. Gallardo: adjuntamos el estado de cuenta de Isabela. Código de diagnóstico F80.2 (trastorno mixto del lenguaje receptivo-expresivo); 8 sesiones de terapia de lenguaje en febrero. Saldo pendiente: $96.00. Puede pagar en pagos.hablemoskids.example o al (305) 555-0149.",
     "BLOCK", "billing", "email", "es",
     [("Gallardo", "NAME"), ("Isabela", "NAME"), ("F80.2", "CONDITION"),
      ("trastorno mixto del lenguaje receptivo-expresivo", "CONDITION"), ("terapia de lenguaje", "PROCEDURE"),
      ("pagos.hablemoskids.example", "URL"), ("(305) 555-0149", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "A bill that states a dependent's diagnosis: BLOCK."),
    ("dz0042", "Le recordamos que tiene un saldo de $40.00. Puede pagar en línea en pagos.clinicasanjose.example o llamar al (915) 555-0120. Gracias.",
     "ALLOW", "billing", "sms", "es",
     [("pagos.clinicasanjose.example", "URL"), ("(915) 555-0120", "PHONE")],
     ["general", "practice-contact"], "Balance reminder without PHI."),
    ("dz0043", "Kai's Medicaid authorization for his speech & OT evals expires 6/30. Please bring his new Medicaid card (ID 8820431177) to the next visit so we can renew.",
     "REWRITE", "other", "sms", "en",
     [("Kai", "NAME"), ("speech", "PROCEDURE"), ("OT", "PROCEDURE"), ("6/30", "DATE"), ("8820431177", "HEALTH_PLAN_ID")],
     ["pediatrics", "physical-therapy", "minor"], "Authorization logistics: therapy types, the child's name and the Medicaid ID are removable."),
    ("dz0044", "The ABA Section's CLE on special education law is Thursday at noon. 1.0 credit hour; lunch provided. RSVP to the bar association office.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "ABA is the bar association; special-education law is a legal topic."),
    ("dz0045", "Pediatric Therapy Partners: we still don't have your updated insurance card. Please upload it before Sam's next session, or it will be billed as self-pay ($120/hr).",
     "REWRITE", "billing", "sms", "en",
     [("Pediatric Therapy Partners", "SPECIALTY"), ("Sam", "NAME")],
     ["pediatrics", "minor"], "Billing logistics from a therapy practice: the practice name and the child's name go."),
    ("dz0046", "Hi Ms. Adeyemi, as requested, attached is the superbill for Tobi's feeding therapy (CPT 92526) with diagnosis codes R63.3 (feeding difficulties) and Q38.1 (ankyloglossia). You can submit it to your HSA. Let me know if you also need a letter of medical necessity.\nBest,\nCorinne Vasquez, MS, CCC-SLP",
     "BLOCK", "billing", "email", "en",
     [("Adeyemi", "NAME"), ("Tobi", "NAME"), ("feeding therapy", "PROCEDURE"), ("92526", "PROCEDURE"),
      ("R63.3", "CONDITION"), ("feeding difficulties", "CONDITION"), ("Q38.1", "CONDITION"), ("ankyloglossia", "CONDITION"),
      ("Corinne Vasquez, MS", "PROVIDER"), ("CCC-SLP", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "A superbill carrying a dependent's diagnoses: BLOCK (decision 7)."),
    ("dz0047", "Payment received, thank you! $60.00 was applied to your account on 2/3. Questions? Call (262) 555-0131.",
     "ALLOW", "billing", "sms", "en",
     [("2/3", "DATE"), ("(262) 555-0131", "PHONE")],
     ["general", "practice-contact"], "Receipt without account number or service."),
    ("dz0048", "Su autorización para las sesiones de terapia ocupacional de Camila vence el 31 de mayo. Necesitamos una nueva orden del pediatra. Llámenos al (956) 555-0102.",
     "REWRITE", "other", "sms", "es",
     [("terapia ocupacional", "PROCEDURE"), ("Camila", "NAME"), ("31 de mayo", "DATE"), ("pediatra", "SPECIALTY"),
      ("(956) 555-0102", "PHONE")],
     ["pediatrics", "physical-therapy", "minor", "practice-contact"], "Authorization logistics; 'pediatra' is a role word naming a specialty (decision 4)."),
)

# ---------------------------------------------------------------- batch 5 (dz0049-dz0060): parent training and home programs
add(
    ("dz0049", "Home program for Ava this week: 10 min of chewy-tube work before meals, then offer the new food 3x with no pressure. If she gags, stop and jot it in the log. -Ms. Pilar, feeding team",
     "BLOCK", "care-instructions", "sms", "en",
     [("Ava", "NAME"), ("chewy-tube", "PROCEDURE"), ("gags", "CONDITION"), ("Ms. Pilar", "PROVIDER"), ("feeding team", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "Treatment instructions for a dependent: BLOCK; gagging is a symptom (CONDITION), a therapy tool is PROCEDURE like a device."),
    ("dz0050", "Family Newsletter: 5 easy ways to build language at home. Narrate what you're doing, offer choices (apple or banana?), wait 5 seconds before helping, read the same book again and again, and sing! Our lobby lending library is open Mon-Thu. See you soon, the Front Desk Team",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "General parenting tips sent to every family from an unnamed front desk; nothing about a recipient (decision 8)."),
    ("dz0051", "Reminder: caregiver coaching session Wed 10/7 at 5:30 at Bright Steps ABA, 2nd floor. Childcare for siblings is available: reply KIDS to reserve a spot.",
     "REWRITE", "reminder", "sms", "en",
     [("caregiver coaching", "PROCEDURE"), ("10/7", "DATE"), ("Bright Steps ABA", "SPECIALTY")],
     ["pediatrics", "behavioral-health"], "Caregiver coaching is an ABA program component (decision 1); practice name is SPECIALTY."),
    ("dz0052", "For Beau's bedtime meltdowns, try the visual schedule + 2-min warning we practiced. If head-banging starts, block with a pillow and stay calm, no extra attention. Text me how tonight goes! -Marcus (BCBA)",
     "BLOCK", "care-instructions", "sms", "en",
     [("Beau", "NAME"), ("meltdowns", "CONDITION"), ("visual schedule", "PROCEDURE"), ("head-banging", "CONDITION"),
      ("Marcus", "PROVIDER"), ("BCBA", "SPECIALTY")],
     ["pediatrics", "behavioral-health", "minor", "third-party"], "Behaviour-plan instructions about a dependent's behaviours: BLOCK (decision 6)."),
    ("dz0053", "Parent workshop 'Surviving Summer Break' is Tue 6/9, 6-7:30 pm in the community room. Free and open to all families. RSVP: (503) 555-0188.",
     "ALLOW", "marketing", "sms", "en",
     [("6/9", "DATE"), ("(503) 555-0188", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Broadcast workshop from an unnamed sender; date and phone only."),
    ("dz0054", "Hola familia Torres: les recordamos la sesión de entrenamiento para padres del sábado 20 de junio a las 10:00 en Centro ABA Crecer Juntos (Av. Reforma 210, local 3). Traigan la hoja de registro de conducta de la semana. Saludos, Lic. Andrea Pineda",
     "REWRITE", "reminder", "email", "es",
     [("Torres", "NAME"), ("entrenamiento para padres", "PROCEDURE"), ("20 de junio", "DATE"),
      ("Centro ABA Crecer Juntos", "SPECIALTY"), ("Av. Reforma 210, local 3", "ADDRESS"),
      ("registro de conducta", "PROCEDURE"), ("Lic. Andrea Pineda", "PROVIDER")],
     ["pediatrics", "behavioral-health", "practice-contact"], "Parent-training reminder; the behaviour log is a PROCEDURE like a home BP log; the practice's own address stays."),
    ("dz0055", "Session note posted: Noah independently requested 'more' 12x, 0 aggression, 1 toileting accident. Great day!",
     "BLOCK", "result", "push", "en",
     [("Noah", "NAME"), ("12x", "RESULT"), ("[[0]] aggression", "RESULT"), ("aggression", "CONDITION"),
      ("[[1]] toileting", "RESULT"), ("toileting accident", "CONDITION")],
     ["pediatrics", "behavioral-health", "minor", "third-party", "contrast"], "Session data of a dependent on a lock-screen push: BLOCK (decision 6)."),
    ("dz0056", "Session note (3/17): Noah independently requested 'more' 12x, 0 aggression, 1 toileting accident. Great day! Data sheet attached.\nRBT J. Keller",
     "ALLOW", "result", "portal", "en",
     [("3/17", "DATE"), ("Noah", "NAME"), ("12x", "RESULT"), ("[[0]] aggression", "RESULT"), ("aggression", "CONDITION"),
      ("[[1]] toileting", "RESULT"), ("toileting accident", "CONDITION"), ("RBT", "SPECIALTY"), ("J. Keller", "PROVIDER")],
     ["pediatrics", "behavioral-health", "minor", "contrast"], "The same session data inside the portal: ALLOW (README channel rule)."),
    ("dz0057", "Puppy Behavior Basics starts Saturday at 9. Bring treats and a 6-ft leash. Positive reinforcement only!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Dog training: behavior and positive reinforcement in another sense."),
    ("dz0058", "Hi Dre, tonight's parent training group (7 pm) link is in the app. Cameras on if you can!",
     "REWRITE", "reminder", "sms", "en",
     [("Dre", "NAME"), ("parent training", "PROCEDURE")],
     ["pediatrics", "behavioral-health"], "Parent's name and a therapy program (decision 1); the reminder survives."),
    ("dz0059", "Mamá de Sofía: para el babeo, hagan los ejercicios orales 3 veces al día (soplar burbujas, popote, mordedor). Si se atraganta con líquidos, espésenlos como le enseñé. Terapeuta Lucía",
     "BLOCK", "care-instructions", "sms", "es",
     [("Sofía", "NAME"), ("babeo", "CONDITION"), ("ejercicios orales", "PROCEDURE"), ("se atraganta con líquidos", "CONDITION"),
      ("Terapeuta", "SPECIALTY"), ("Lucía", "PROVIDER")],
     ["pediatrics", "minor", "third-party"], "Feeding instructions for a dependent: BLOCK; a specialty role word used as a title is a separate SPECIALTY span (decision 4)."),
    ("dz0060", "Greenfield Family Health: our office closes at noon on Friday 11/27. The after-hours line is (608) 555-0196.",
     "ALLOW", "other", "sms", "en",
     [("11/27", "DATE"), ("(608) 555-0196", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Closure broadcast from a generic practice."),
)

# ---------------------------------------------------------------- batch 6 (dz0061-dz0072): disguises, genetics, Spanish
add(
    ("dz0061", "¡Descuento por inscripción temprana! Inscriba a sus hijos en el campamento de verano antes del viernes y ahorre $40. Cupo limitado.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'temprana' is early registration for a camp, not intervención temprana."),
    ("dz0062", "Hola Sr. Castañeda, le confirmamos la evaluación de terapia ocupacional de Diego para el lunes 8 de junio a las 3:00 pm. Si no puede asistir, avísenos con 24 horas. Centro Pediátrico Raíces",
     "REWRITE", "confirmation", "sms", "es",
     [("Castañeda", "NAME"), ("terapia ocupacional", "PROCEDURE"), ("Diego", "NAME"), ("8 de junio", "DATE"),
      ("Centro Pediátrico Raíces", "SPECIALTY")],
     ["pediatrics", "physical-therapy", "minor"], "Dependent's evaluation logistics: therapy type, names and pediatric practice name are removable."),
    ("dz0063", "Update: Ellie's A.D.O.S results are in, she scored in the a-u-t-i-s-m range. Dr. Kaplan will go over next steps Thurs.",
     "BLOCK", "result", "sms", "en",
     [("Ellie", "NAME"), ("A.D.O.S", "PROCEDURE"), ("a-u-t-i-s-m", "CONDITION"), ("Dr. Kaplan", "PROVIDER")],
     ["pediatrics", "minor", "third-party", "spaced"], "Spaced/dotted disguise of a dependent's assessment finding: BLOCK."),
    ("dz0064", "Reminder: Zoe's A\u200bB\u200bA session is tomorrow at 9 AM at the Elm St center. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Zoe", "NAME"), ("A\u200bB\u200bA", "PROCEDURE")],
     ["pediatrics", "behavioral-health", "minor"], "Zero-width characters inside 'ABA'; session logistics stay REWRITE (decision 1)."),
    ("dz0065", "pls dont forget Owen's r1sperid0ne at 8pm, he skipped it last nite and the aggr3ssion was way worse today. -Carla @ Sunrise House",
     "BLOCK", "care-instructions", "sms", "en",
     [("Owen", "NAME"), ("r1sperid0ne", "MEDICATION"), ("aggr3ssion", "CONDITION"), ("Carla", "PROVIDER")],
     ["pediatrics", "behavioral-health", "minor", "third-party", "leet", "shorthand"], "Leetspeak drug and behaviour of a dependent: BLOCK."),
    ("dz0066", "Your child's sp\u0435ech therapy evaluation at Willow Creek is on 7/14 at 10:30 AM. Please complete the case-history form before the visit.",
     "REWRITE", "reminder", "email", "en",
     [("sp\u0435ech therapy", "PROCEDURE"), ("7/14", "DATE")],
     ["pediatrics", "minor"], "Cyrillic 'е' in 'speech'; the therapy type is removable, date and time stay."),
    ("dz0067", "Hello. This is an automated reminder from Lakeview Family Clinic. You have an appointment tomorrow at ten fifteen A M with Doctor Ramirez. To confirm, press 1. To reschedule, press 2.",
     "ALLOW", "reminder", "voice", "en",
     [("Doctor Ramirez", "PROVIDER")],
     ["general"], "IVR reminder with a provider and time only."),
    ("dz0068", "Hi Mr. and Mrs. Lindqvist, Axel's Fragile X testing came back negative, and his chromosomal microarray was normal. Dr. Obi would still like to see him in 3 months to recheck his development. The full report is in the portal.\n- Genetics Clinic nurse line",
     "BLOCK", "result", "email", "en",
     [("Lindqvist", "NAME"), ("Axel", "NAME"), ("Fragile X testing", "PROCEDURE"), ("negative", "RESULT"),
      ("chromosomal microarray", "PROCEDURE"), ("normal", "RESULT"), ("Dr. Obi", "PROVIDER"), ("Genetics Clinic", "SPECIALTY")],
     ["pediatrics", "lab", "minor", "third-party"], "Normal and negative results are still results (README), and about a dependent: BLOCK."),
    ("dz0069", "Heads up: Spectrum is doing maintenance tonight 12-4 am, so online check-in and our phone lines may be down. Call back in the morning if you can't reach us.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Spectrum is the internet provider."),
    ("dz0070", "Hi Ms. Ferreira! This is Gwen from the Developmental Clinic at St. Brigid's. Rafael's follow-up is booked for Mon 8/3 at 1:40 PM with Dr. Osei-Mensah. Parking is free in Garage B.",
     "REWRITE", "confirmation", "sms", "en",
     [("Ferreira", "NAME"), ("Gwen", "PROVIDER"), ("Developmental Clinic", "SPECIALTY"), ("Rafael", "NAME"),
      ("8/3", "DATE"), ("Dr. Osei-Mensah", "PROVIDER")],
     ["pediatrics", "minor"], "Names and a developmental clinic name are removable; hospital name is generic."),
    ("dz0071", "Buenas, la pediatra revisó el cuestionario ASQ-3 de Marisol: salió por debajo del límite en comunicación y motricidad gruesa. Le vamos a mandar el referido a intervención temprana.",
     "BLOCK", "result", "sms", "es",
     [("pediatra", "SPECIALTY"), ("ASQ-3", "PROCEDURE"), ("Marisol", "NAME"), ("por debajo del límite", "RESULT"),
      ("intervención temprana", "PROCEDURE")],
     ["pediatrics", "minor", "third-party"], "Screening result of a dependent: BLOCK; early intervention as a service is PROCEDURE (decision 1)."),
    ("dz0072", "Estimados padres: el alcalde dará un discurso en la inauguración del nuevo parque inclusivo este sábado a las 11. Habrá un área sensorial, música y comida. ¡Los esperamos!\nComité de Padres, Escuela Primaria Benito Juárez",
     "ALLOW", "marketing", "email", "es", [],
     ["general", "hard-negative", "broadcast"], "A speech by the mayor and an inclusive park for everyone (decision 8)."),
)

# ---------------------------------------------------------------- batch 7 (dz0073-dz0084): early intervention, school OT, siblings
add(
    ("dz0073", "Tri-County Early Intervention: your home visit with developmental specialist Ms. Grace Liu is moved to Friday 9/11 at 10 AM. Text back OK to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Tri-County Early Intervention", "SPECIALTY"), ("developmental specialist", "SPECIALTY"), ("Ms. Grace Liu", "PROVIDER"), ("9/11", "DATE")],
     ["pediatrics", "home-health"], "EI program name and a specialty role word are removable (decisions 3, 4); 'home visit' is generic."),
    ("dz0074", "Hi! Your child's appointment is Thu 10/22 at 2:00 PM with Dr. Malik. Please bring any school forms you need signed. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("10/22", "DATE"), ("Dr. Malik", "PROVIDER")],
     ["pediatrics"], "Dependent's appointment with no name, specialty or visit type."),
    ("dz0075", "Dr. Haines looked at Grayson's sleep log. The melatonin 1 mg isn't helping, so go up to 2 mg 30 min before bed. Call if he's still waking 3+ times a night.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Haines", "PROVIDER"), ("Grayson", "NAME"), ("sleep log", "PROCEDURE"), ("melatonin 1 mg", "MEDICATION"),
      ("still waking 3+ times a night", "CONDITION")],
     ["pediatrics", "minor", "third-party"], "Dose change for a dependent: BLOCK; night waking is a symptom (CONDITION)."),
    ("dz0076", "Waitlist update from Horizon Autism Center: a spot for a diagnostic evaluation opened Mon 2/8 at 8 AM. Reply YES by 5 pm today to claim it.",
     "REWRITE", "other", "sms", "en",
     [("Horizon Autism Center", "SPECIALTY"), ("diagnostic evaluation", "PROCEDURE"), ("2/8", "DATE")],
     ["pediatrics", "behavioral-health"], "Condition inside a practice name is SPECIALTY and gives REWRITE (decision 3); a named visit type is PROCEDURE."),
    ("dz0077", "Stats 101: the quiz on regression and the behavior of residuals moved to Thursday. Bring a calculator.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Statistical regression and behavior, not developmental regression."),
    ("dz0078", "Dear Parents of Harper Quinn,\n\nThis note summarizes Harper's occupational therapy this semester. Handwriting: letter formation improved from 40% to 75% legible on the Print Tool. Sensory: she now uses her wiggle cushion independently, and classroom meltdowns dropped from daily to about once a week. Fine motor: scissor skills are still below age level.\n\nI recommend continuing OT at 30 min/week next year and trying a weighted lap pad during writing. Please reach out with any questions.\n\nMs. Talia Greene, OTR/L\nCedar Valley Schools",
     "BLOCK", "result", "email", "en",
     [("Harper Quinn", "NAME"), ("Harper", "NAME", 1), ("occupational therapy", "PROCEDURE"), ("from 40% to 75% legible", "RESULT"),
      ("Print Tool", "PROCEDURE"), ("wiggle cushion", "PROCEDURE"), ("meltdowns", "CONDITION"),
      ("from daily to about once a week", "RESULT"), ("still below age level", "RESULT"), ("OT", "PROCEDURE"),
      ("weighted lap pad", "PROCEDURE"), ("Ms. Talia Greene", "PROVIDER"), ("OTR/L", "SPECIALTY")],
     ["pediatrics", "physical-therapy", "minor", "third-party"], "School-based OT progress summary of a dependent: BLOCK; measures are RESULTs, devices PROCEDURE (decision 6)."),
    ("dz0079", "Riverside Children's Therapy: a Saturday 9:30 opening for PT just came up. Want it for Maya? Reply YES or NO.",
     "REWRITE", "other", "sms", "en",
     [("Riverside Children's Therapy", "SPECIALTY"), ("PT", "PROCEDURE"), ("Maya", "NAME")],
     ["pediatrics", "physical-therapy", "minor"], "Waitlist offer; practice name, therapy and child's name are removable."),
    ("dz0080", "Your visit is confirmed: Wed 1/13, 4:15 PM with Dr. Anita Rao. Address: 1420 Birch Ave, Suite 200, Madison, WI 53703. Questions: (608) 555-0171.",
     "ALLOW", "confirmation", "sms", "en",
     [("1/13", "DATE"), ("Dr. Anita Rao", "PROVIDER"), ("1420 Birch Ave, Suite 200, Madison, WI 53703", "ADDRESS"), ("(608) 555-0171", "PHONE")],
     ["pediatrics", "practice-contact"], "The practice's own address and phone are not patient identifiers."),
    ("dz0081", "Hi Jess, since you asked: Milo's brother Finn was also screened today and his M-CHAT was fine, but we'd like Finn to get a hearing test before his 2-yr visit.",
     "BLOCK", "result", "sms", "en",
     [("Jess", "NAME"), ("Milo", "NAME"), ("Finn", "NAME"), ("M-CHAT", "PROCEDURE"), ("fine", "RESULT"),
      ("Finn", "NAME", 1), ("hearing test", "PROCEDURE")],
     ["pediatrics", "minor", "third-party"], "A sibling's normal screening result is still a result (README): BLOCK."),
    ("dz0082", "New secure message from your care team. Open the app to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general"], "Notification without PHI."),
    ("dz0083", "Hi, this message is for the parent or guardian of Jaylen Price. This is Amber with Pathways Pediatric Neurodevelopment. We need to reschedule Jaylen's appointment on October 6th because Dr. Weiss will be out. Please call us back at 615-555-0139. Thanks.",
     "REWRITE", "reminder", "voice", "en",
     [("Jaylen Price", "NAME"), ("Amber", "PROVIDER"), ("Pathways Pediatric Neurodevelopment", "SPECIALTY"),
      ("Jaylen", "NAME", 1), ("October 6th", "DATE"), ("Dr. Weiss", "PROVIDER"), ("615-555-0139", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Voicemail reschedule: names and practice name are removable."),
    ("dz0084", "Little League update: developmental division (ages 7-8) practice is moved to Field 3. Coaches will work on throwing mechanics and fielding.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A 'developmental' sports division."),
)

# ---------------------------------------------------------------- batch 8 (dz0085-dz0096): Spanish families, diagnosis letters
add(
    ("dz0085", "Clínica Familiar del Valle: su cita es el martes 3 de noviembre a las 4:15 pm con la Dra. Solís. Para cancelar responda NO.",
     "ALLOW", "reminder", "sms", "es",
     [("3 de noviembre", "DATE"), ("Dra. Solís", "PROVIDER")],
     ["primary-care"], "Generic practice, date, time and provider."),
    ("dz0086", "Hola, es Mónica de Terapia Infantil Pasitos. Mañana no hay sesión de fisioterapia para Joaquín porque la terapeuta está de vacaciones. Les marcamos para reponerla.",
     "REWRITE", "other", "sms", "es",
     [("Mónica", "PROVIDER"), ("Terapia Infantil Pasitos", "SPECIALTY"), ("fisioterapia", "PROCEDURE"), ("Joaquín", "NAME"),
      ("terapeuta", "SPECIALTY")],
     ["pediatrics", "physical-therapy", "minor"], "Cancellation: practice name, therapy, child's name and bare 'terapeuta' (decision 5) are removable."),
    ("dz0087", "Sr. Aguilar, la Dra. Montes confirmó el diagnóstico: Andrés tiene trastorno del espectro autista nivel 2. Le mandamos el informe por el portal y la referencia para terapia ABA.",
     "BLOCK", "result", "sms", "es",
     [("Aguilar", "NAME"), ("Dra. Montes", "PROVIDER"), ("Andrés", "NAME"), ("trastorno del espectro autista", "CONDITION"),
      ("nivel 2", "RESULT"), ("terapia ABA", "PROCEDURE")],
     ["pediatrics", "behavioral-health", "minor", "third-party", "contrast"], "A dependent's diagnosis by SMS: BLOCK; the portal version dz0088 is ALLOW."),
    ("dz0088", "Informe de evaluación - Andrés Aguilar: cumple criterios de trastorno del espectro autista, nivel 2. Recomendaciones: terapia ABA 20 horas/semana y terapia de lenguaje 2 veces por semana.\nDra. Montes, Pediatría del Desarrollo",
     "ALLOW", "result", "portal", "es",
     [("Andrés Aguilar", "NAME"), ("trastorno del espectro autista", "CONDITION"), ("nivel 2", "RESULT"),
      ("terapia ABA", "PROCEDURE"), ("terapia de lenguaje", "PROCEDURE"), ("Dra. Montes", "PROVIDER"),
      ("Pediatría del Desarrollo", "SPECIALTY")],
     ["pediatrics", "behavioral-health", "minor", "contrast"], "Diagnosis and plan inside the secure portal: ALLOW (README channel rule)."),
    ("dz0089", "Estimada familia Rentería: su hijo Bruno quedó en lista de espera para terapia de alimentación. Actualmente hay 11 familias antes que ustedes (aprox. 3 meses). Le avisaremos por este medio.\nAtte., Recepción, Centro de Terapias Nido",
     "REWRITE", "other", "email", "es",
     [("Rentería", "NAME"), ("Bruno", "NAME"), ("terapia de alimentación", "PROCEDURE"), ("Centro de Terapias Nido", "SPECIALTY")],
     ["pediatrics", "minor"], "Waitlist logistics for a dependent: removable details only."),
    ("dz0090", "Hola, le habla la enfermera Rocío de la clínica. La prueba de audición de Ximena salió normal, así que el retraso en el habla no es por el oído. El doctor quiere seguir con la evaluación del desarrollo. Cualquier duda, llame al 210-555-0115.",
     "BLOCK", "result", "voice", "es",
     [("enfermera Rocío", "PROVIDER"), ("prueba de audición", "PROCEDURE"), ("Ximena", "NAME"), ("normal", "RESULT"),
      ("retraso en el habla", "CONDITION"), ("evaluación del desarrollo", "PROCEDURE"), ("210-555-0115", "PHONE")],
     ["pediatrics", "minor", "third-party", "negation", "practice-contact"], "A normal result and a speech delay of a dependent on voicemail: BLOCK."),
    ("dz0091", "Feria de arte escolar este viernes: ¡todo un espectro de colores! Los niños exhibirán sus pinturas en el gimnasio de 5 a 7. Entrada libre.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'espectro de colores' at a school art fair, not the autism spectrum."),
    ("dz0092", "hola sra. leyva, q tal? le recuerdo q la junta del IEP de Nico es el jueves 23 de abril a las 2:30 en la escuela. me confirma porfa. saludos, miss Karla (terapia de lenguaje)",
     "REWRITE", "reminder", "sms", "es",
     [("leyva", "NAME"), ("IEP", "PROCEDURE"), ("Nico", "NAME"), ("23 de abril", "DATE"), ("miss Karla", "PROVIDER"),
      ("terapia de lenguaje", "PROCEDURE")],
     ["pediatrics", "minor", "shorthand", "typo"], "IEP meeting logistics in informal Spanish without accents: REWRITE (decision 11)."),
    ("dz0093", "Welcome to Oak Street Family Clinic! We're glad you chose us for your family's care. A few things to know before your first visit: please arrive 15 minutes early to complete new-patient forms (or fill them out ahead of time in the portal at portal.oakstreetclinic.example). Bring a photo ID, your insurance card and a list of any medicines your family takes. Free parking is behind the building. If you need to cancel, please give us at least 24 hours' notice so another family can use the time. Our phones are answered Monday-Friday 8 am to 5 pm at (414) 555-0150, and a nurse is on call after hours at the same number. We're at 300 Oak Street, Suite 2, Milwaukee, WI 53202. See you soon!\nThe Oak Street Family Clinic Team",
     "ALLOW", "other", "email", "en",
     [("portal.oakstreetclinic.example", "URL"), ("(414) 555-0150", "PHONE"), ("300 Oak Street, Suite 2, Milwaukee, WI 53202", "ADDRESS")],
     ["general", "practice-contact"], "Long welcome e-mail with only the practice's own contact details."),
    ("dz0094", "Per Dr. Bassett: please start Caleb's guanfacine ER 1 mg tonight for the impulsivity we discussed, and send a Vanderbilt from his teacher in 4 weeks.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Bassett", "PROVIDER"), ("Caleb", "NAME"), ("guanfacine ER 1 mg", "MEDICATION"), ("impulsivity", "CONDITION"),
      ("Vanderbilt", "PROCEDURE")],
     ["pediatrics", "behavioral-health", "minor", "third-party"], "Medication start and symptom of a dependent: BLOCK; rating scale is PROCEDURE (decision 6)."),
    ("dz0095", "Hi Ms. Whitaker, Lila is due for her 18-month well-child visit and autism screening. Book online at schedule.acornpeds.example or call (303) 555-0103.",
     "REWRITE", "recall", "sms", "en",
     [("Whitaker", "NAME"), ("Lila", "NAME"), ("well-child", "PROCEDURE"), ("autism screening", "PROCEDURE"),
      ("schedule.acornpeds.example", "URL"), ("(303) 555-0103", "PHONE")],
     ["pediatrics", "minor", "practice-contact", "contrast"], "A universal screening named as a test is one PROCEDURE span like 'depression screening', so REWRITE (decision 2; compare dz0003)."),
    ("dz0096", "Speech & Debate: practice moves to Room 204 on Thursday. Bring your note cards for the persuasive speech round.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Speech' as public speaking."),
)
