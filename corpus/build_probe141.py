#!/usr/bin/env python3
"""Build corpus/probe141.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe141.py [OUT] [-v]   (default: probe141.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only. The engine was
not run, and no other corpus, test or source file was read.

This round is LOCAL PUBLIC HEALTH DEPARTMENTS: what county and city health departments send to
residents and patients — TB clinic visits, skin-test reads and directly observed therapy (DOT),
contact tracing and exposure notices, lead screening and lead-hazard letters, WIC appointments and
benefit reloads, STD clinic results and partner services, immunization clinics and school
requirements, rabies post-exposure follow-ups, food-handler cards and restaurant inspections,
septic and well-water inspections, vital records (birth and death certificates), emergency alerts
and registries. Messages that reveal the recipient's (or a child's) condition, test, result,
exposure or treatment are mixed with neutral public notices and look-alikes ("a positive step for
the county", lead paint on the old bridge, the TB (Tuesday Brunch) club, a viral video contest,
an inspection score of 98, an inspector named Grace Lead). About 25% Spanish; four disguised
messages (spaced letters, leetspeak, a zero-width space, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. A health department's own name, even with a county or city in it ("Lakeview County Health
     Department", "Harbor City Public Health"), is a generic practice name: not labelled (not
     ADDRESS, not SPECIALTY), like "Maple Street Clinic".
  2. Service tags (there is no public-health tag): TB, rabies, immunization, contact tracing ->
     primary-care (+ home-health for home DOT, urgent-care when an urgent care is named);
     STD/HIV, partner services, mpox -> hiv-sexual-health; lead screening -> pediatrics (+ lab);
     WIC -> pediatrics (+ reproductive for prenatal and lactation); environmental health, vital
     records, alerts and newsletters -> general.
  3. The proper name of a clinic, division or office that reveals the service and sends or hosts
     the visit ("Lakeview County TB Control", "Sexual Health Clinic", "Communicable Disease
     Program", "Southside WIC Clinic") is one SPECIALTY span, like "Positive Living Clinic"; a
     lower-case descriptive "TB clinic" / "STD clinic" labels the condition only (CONDITION),
     like `clínica de VIH`; a program the recipient is in (DOT, WIC, eWIC, partner services,
     contact tracing, post-exposure follow-up, quarantine, a special-needs registry) is
     PROCEDURE ("program" in the README's PROCEDURE list).
  4. WIC is a revealing program: participation is confidential under the WIC regulations and
     implies pregnancy, breastfeeding or an infant. "WIC"/"eWIC" in a message to a participant is
     PROCEDURE -> REWRITE; in a broadcast to everyone it is not labelled.
  5. "Disease Intervention Specialist" (the STI/HIV partner-services role) is SPECIALTY, like
     `radiologist`; the person named with it is PROVIDER (README: a specialty credential is a
     separate SPECIALTY span).
  6. Exposure notices: a notice to one person naming the disease they were exposed to is BLOCK
     (the exposure is the message, and it reveals someone else's diagnosis); the disease is
     CONDITION, the word "exposed" is not labelled. A community notice (a venue and a time,
     anyone who was there) is a broadcast: ALLOW, disease unlabelled. "Please call us about a
     health matter" is ALLOW.
  7. An animal's test or observation outcome sent to the person it bit or scratched (dog
     observed healthy, bat positive) is a RESULT and BLOCK: it decides that person's treatment.
  8. Environmental results (well-water coliform or nitrate, septic approval, restaurant scores)
     are not clinical results and are not labelled; a property's or business's street address in
     an environmental-health message is labelled ADDRESS but the message stays ALLOW (no health
     information about a person); a person's name still makes it REWRITE; permit and parcel
     numbers identify property, not people, and are not labelled; a food-handler card number is a
     person's certificate: LICENSE, REWRITE.
  9. Vital records: certificate and folio numbers are LICENSE (Safe Harbor "certificate/license
     number"); order numbers are OTHER_ID; a decedent's name with a date of death is REWRITE
     (not the DOB rule); a cause of death is CONDITION and BLOCK (a third party's health).
 10. Vaccines named as what a visit is for (Tdap, MMR, rabies vaccine, "4-year vaccines") are
     PROCEDURE like `flu shot`; brand products (JYNNEOS, Bicillin, Nutramigen) and immune
     globulin are MEDICATION.
 11. A dependent's vaccines "due" is REWRITE (README: routine visit type); a dependent's titer
     result or a catch-up schedule built on the child's history is BLOCK (result / treatment).
 12. ZIP codes in an area-wide emergency alert name an area, not a person: not labelled.
 13. Broadcasts keep their DATE and practice-contact spans (so they are not hard-negative);
     condition words inside a broadcast are not labelled.
 14. Environmental-health staff named as the sender (an inspector, a REHS) are workforce:
     PROVIDER, title or credential included.
 15. A dependent's condition-named visit ("lead poisoning follow-up") is BLOCK, like the
     README's `Sofia's asthma check`.
 16. An emergency special-needs registry check-in whose purpose survives once the name, the
     equipment and the registry are removed is REWRITE, not BLOCK.

Everything is invented: names, practices and counties, 555-01xx numbers, example domains,
identifiers. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (en0001-en0012): TB clinic, skin tests, DOT
add(
    ("en0001", "Lakeview County Health Dept: Reminder of your appointment Tue 3/10 at 8:15 AM at the Annex, 200 Court St, Rm 104. Reply C to confirm. Questions? (360) 555-0142",
     "ALLOW", "reminder", "sms", "en",
     [("3/10", "DATE"), ("200 Court St, Rm 104", "ADDRESS"), ("(360) 555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "Date, time and the department's own address and phone. Decision 1: a county health department's name is a generic practice name, not labelled."),
    ("en0002", "Hi Tomasz, this is Nurse Abby with Lakeview County TB Control. Your DOT visit tomorrow will be at your home at 7:30am as usual. Text back if you need to change the time.",
     "REWRITE", "reminder", "sms", "en",
     [("Tomasz", "NAME"), ("Nurse Abby", "PROVIDER"), ("Lakeview County TB Control", "SPECIALTY"), ("DOT", "PROCEDURE")],
     ["primary-care", "home-health"], "Name, a TB-revealing office name (decision 3) and the therapy type go; a home visit at 7:30 survives."),
    ("en0003", "Reminder: take your rifampin 600 mg with a full glass of water on an empty stomach before your video DOT call at 9. Orange urine is normal with this med, don't stop taking it.",
     "BLOCK", "care-instructions", "sms", "en",
     [("rifampin 600 mg", "MEDICATION"), ("video DOT", "PROCEDURE"), ("Orange urine", "CONDITION")],
     ["primary-care"], "Dosing instructions for TB treatment plus an expected side effect: the treatment is the message."),
    ("en0004", "Lakeview Co TB Clinic: your TB skin test was read today at 14 mm, which counts as positive. Dr. Feld wants a chest X-ray before Fri. Call (360) 555-0143 to book.",
     "BLOCK", "result", "sms", "en",
     [("Lakeview Co TB Clinic", "SPECIALTY"), ("TB skin test", "PROCEDURE"), ("14 mm", "RESULT"), ("positive", "RESULT"), ("Dr. Feld", "PROVIDER"), ("chest X-ray", "PROCEDURE"), ("(360) 555-0143", "PHONE")],
     ["primary-care", "practice-contact"], "A skin-test reading and its interpretation are a result; the follow-up X-ray reveals the finding too."),
    ("en0005", "Please come back Thursday between 8 and 11 AM to have your TB skin test read. It has to be read 48-72 hours after it was placed or we'll need to redo it.",
     "REWRITE", "reminder", "sms", "en",
     [("TB skin test", "PROCEDURE")],
     ["primary-care"], "A return visit for a named test with no result: the test name goes, the time window survives. '48-72 hours' is not a date."),
    ("en0006", "Reminder: the TB (Tuesday Brunch) club meets at the Senior Center at 10. Bring a dish to share, coffee is on the Friends of the Library.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'TB' spelled out as Tuesday Brunch: a social club notice, nothing clinical."),
    ("en0007", "Subject: Your TB screening for employment\n\nDear Ms. Abernathy,\n\nThank you for visiting the Lakeview County Health Department. Your QuantiFERON-TB Gold blood test collected on 2/3 was negative, so no chest X-ray is needed. Your clearance letter for Riverside School District is attached to this email; please print it and give it to Human Resources before your start date.\n\nIf you work in a school or health-care setting, you may be asked to repeat screening each year. Keep this letter with your records.\n\nQuestions? Call our clinic at (360) 555-0142, Monday-Friday 8:00-4:30, or reply to this message.\n\nSincerely,\nJoan Whitley, RN\nCommunicable Disease Program\nLakeview County Health Department",
     "BLOCK", "result", "email", "en",
     [("TB screening", "PROCEDURE"), ("Abernathy", "NAME"), ("QuantiFERON-TB Gold blood test", "PROCEDURE"), ("2/3", "DATE"), ("negative", "RESULT"), ("chest X-ray", "PROCEDURE"), ("(360) 555-0142", "PHONE"), ("Joan Whitley, RN", "PROVIDER"), ("Communicable Disease Program", "SPECIALTY")],
     ["primary-care", "practice-contact"], "A negative result is still a result (README); e-mail is treated like SMS. Decision 3: the division name is SPECIALTY."),
    ("en0008", "Hola Sra. Quispe, le recordamos que la enfermera del programa de tuberculosis pasará mañana a las 8 am para su tratamiento observado. Si no va a estar en casa, avísenos al (360) 555-0144.",
     "REWRITE", "reminder", "sms", "es",
     [("Quispe", "NAME"), ("tuberculosis", "CONDITION"), ("tratamiento observado", "PROCEDURE"), ("(360) 555-0144", "PHONE")],
     ["primary-care", "home-health", "practice-contact"], "Name, the disease in the program label (like `clínica de VIH`) and DOT go; the home visit time and the office phone stay."),
    ("en0009", "Don Aurelio, su radiografía de tórax salió limpia, pero tiene que seguir con la isoniazida 300 mg diaria por 9 meses. No la deje aunque se sienta bien. Cualquier duda, aquí estamos.",
     "BLOCK", "result", "sms", "es",
     [("Aurelio", "NAME"), ("radiografía de tórax", "PROCEDURE"), ("limpia", "RESULT"), ("isoniazida 300 mg", "MEDICATION")],
     ["primary-care"], "An X-ray finding ('salió limpia' is a normal result) and a treatment course with dose and duration."),
    ("en0010", "Lakeview Co. Health: Your appointment is confirmed for Mon 4/6 at 1:00 PM with Dr. Osei. Please bring a photo ID and any papers we mailed you.",
     "ALLOW", "confirmation", "sms", "en",
     [("4/6", "DATE"), ("Dr. Osei", "PROVIDER")],
     ["primary-care"], "Provider, date and time only; the department's name is generic (decision 1)."),
    ("en0011", "Buenas tardes, le habla Renée del Departamento de Salud del Condado Lakeview con un mensaje para la persona de este número. Por favor devuélvanos la llamada al 360-555-0145, extensión 3, en horario de oficina. Gracias.",
     "ALLOW", "other", "voice", "es",
     [("Renée", "PROVIDER"), ("360-555-0145", "PHONE")],
     ["primary-care", "practice-contact"], "A staff member named as the caller is PROVIDER; a call-back request with the department's number says nothing about the listener."),
    ("en0012", "Video DOT: your session with Nurse Kim starts in 10 min. Tap to join.",
     "REWRITE", "reminder", "push", "en",
     [("Video DOT", "PROCEDURE"), ("Nurse Kim", "PROVIDER")],
     ["primary-care"], "A lock-screen push naming directly observed TB therapy; push is treated like SMS. The session reminder survives."),
)

# ---------------------------------------------------------------- batch 2 (en0013-en0024): contact tracing and exposure notices
add(
    ("en0013", "Harbor City Public Health: Possible measles exposure at Westgate Mall food court on Sat 2/14, 11am-3pm. If you were there and are not fully vaccinated, watch for fever or rash through 3/7 and call (206) 555-0146 before visiting a clinic.",
     "ALLOW", "other", "sms", "en",
     [("2/14", "DATE"), ("3/7", "DATE"), ("(206) 555-0146", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Decision 6/13: a community exposure notice about a venue and a time says nothing about the recipient; the disease and symptoms in a broadcast are not labelled."),
    ("en0014", "Harbor City Public Health: you were identified as a close contact of someone diagnosed with pertussis (whooping cough). Please call us today at (206) 555-0147 to discuss preventive antibiotics for you and your household.",
     "BLOCK", "other", "sms", "en",
     [("pertussis", "CONDITION"), ("whooping cough", "CONDITION"), ("antibiotics", "MEDICATION"), ("(206) 555-0147", "PHONE")],
     ["primary-care", "third-party", "practice-contact"], "Decision 6: an individual exposure notice naming the disease reveals the recipient's exposure and another person's diagnosis; removal leaves no message."),
    ("en0015", "Salud Pública de Harbor City intenta comunicarse con usted sobre un asunto de salud importante. Llámenos al (206) 555-0147, de lunes a viernes de 8 a 5. Nunca le pediremos su número de Seguro Social ni pagos por mensaje.",
     "ALLOW", "other", "sms", "es",
     [("(206) 555-0147", "PHONE")],
     ["primary-care", "practice-contact"], "The safe form of an exposure notice (decision 6): a call-back request with no disease named; the mention of Social Security is a warning, not an identifier."),
    ("en0016", "Asunto: Aviso confidencial\n\nEstimada Sra. Villalobos:\n\nLe escribimos porque su hijo Iker estuvo en contacto en la guardería con una persona que tiene tuberculosis activa. Iker necesita una prueba cutánea o de sangre en las próximas dos semanas y, por ser menor de 5 años, es posible que el médico le indique un tratamiento preventivo aunque la prueba salga negativa.\n\nLa prueba es gratuita. Para hacer la cita llame al (206) 555-0160, opción 2, o responda a este correo.\n\nPor favor no comparta este aviso con otras familias: protegemos la privacidad de todos.\n\nAtentamente,\nEnf. Carmen Ibarra\nPrograma de Control de Tuberculosis\nSalud Pública de Harbor City",
     "BLOCK", "other", "email", "es",
     [("Villalobos", "NAME"), ("Iker", "NAME"), ("Iker", "NAME", 1), ("tuberculosis activa", "CONDITION"), ("prueba cutánea", "PROCEDURE"), ("tratamiento preventivo", "PROCEDURE"), ("(206) 555-0160", "PHONE"), ("Enf. Carmen Ibarra", "PROVIDER"), ("Programa de Control de Tuberculosis", "SPECIALTY")],
     ["primary-care", "pediatrics", "minor", "third-party", "negation", "practice-contact"], "A child's TB exposure sent to the parent, plus a third party's active TB: BLOCK. The hypothetical 'salga negativa' is not a result and is not labelled; the program name is SPECIALTY (decision 3)."),
    ("en0017", "Hi Deshawn, it's Priya with the county contact tracing team. Can you call me back today at (206) 555-0148? Nothing to panic about, I just need a few minutes of your time.",
     "REWRITE", "other", "sms", "en",
     [("Deshawn", "NAME"), ("Priya", "PROVIDER"), ("contact tracing", "PROCEDURE"), ("(206) 555-0148", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 3: being reached by contact tracing reveals an exposure, so the program name goes (PROCEDURE) with the name; the call-back request survives."),
    ("en0018", "Viral video contest! Make a 60-second clip about handwashing and you could win a $100 gift card from the Health Department. Entries due Friday, ages 13-18 only.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Viral' describes a video; an age range under 89 is not an identifier."),
    ("en0019", "Harbor City Health Dept: a recent partner of yours tested p o s i t i v e for s y p h i l i s. Free, confidential testing and treatment, no names shared. Call (206) 555-0149.",
     "BLOCK", "other", "sms", "en",
     [("p o s i t i v e", "RESULT"), ("s y p h i l i s", "CONDITION"), ("(206) 555-0149", "PHONE")],
     ["hiv-sexual-health", "spaced", "third-party", "practice-contact"], "Partner notification: a third party's positive result and the recipient's exposure, disguised with spaced letters."),
    ("en0020", "Salud Pública del Condado Mesa Verde: si estuvo en la Iglesia San Judas el domingo 9 de marzo entre las 9 y las 12, pudo haber estado expuesto al sarampión. Revise su cartilla de vacunación o llame al (520) 555-0150.",
     "ALLOW", "other", "sms", "es",
     [("9 de marzo", "DATE"), ("(520) 555-0150", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Decision 6/13: a community exposure notice for everyone who was at a venue; the disease is not labelled in a broadcast."),
    ("en0021", "Contact tracing update: your day-5 COVID PCR was negative. If you still have no symptoms you can end quarantine on 3/19. Keep wearing a mask through day 10.",
     "BLOCK", "result", "sms", "en",
     [("Contact tracing", "PROCEDURE"), ("COVID PCR", "PROCEDURE"), ("negative", "RESULT"), ("quarantine", "PROCEDURE"), ("3/19", "DATE")],
     ["primary-care", "negation"], "A negative test is still a result; quarantine is the recipient's public-health measure (decision 3)."),
    ("en0022", "Reminder from Harbor City Public Health: your post-exposure follow-up call with Nurse Jo is tomorow at 2 pm. Reply 1 to confirm or 2 to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("post-exposure", "PROCEDURE"), ("Nurse Jo", "PROVIDER")],
     ["primary-care", "typo"], "Decision 3: 'post-exposure' names the visit type and reveals an exposure; the generic 'follow-up call' stays outside the span and survives."),
    ("en0023", "Subject: Lakeview Health News - March\n\nHello neighbors,\n\nA positive step for the county: our Healthy Corner Store program now has 14 partner shops selling fresh fruit at cost. Thank you to everyone who voted for it!\n\nRestaurant inspection results are posted every Friday on our website and on the door of each business. The top county health inspection score this month was 98, earned by a food truck, a first for us.\n\nCommunity flu and COVID vaccine clinics continue on Wednesdays at the library through the end of the month; no appointment or insurance needed.\n\nOur Tuesday walking group meets at the river trail at 7:30 AM. Bring water and a friend.\n\nWant fewer e-mails? Reply UNSUBSCRIBE.\n\nLakeview County Health Department\nCommunications Office",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Newsletter: 'positive step', 'inspection results', a score of 98 and vaccine clinics for everyone say nothing about the recipient."),
    ("en0024", "Hi, this message is for Gloria Estrada. This is Ben calling from Harbor City Public Health. You may have been exposed to hepatitis A at a restaurant last week. The vaccine works best within 14 days of exposure, so please call us back today at 206-555-0161.",
     "BLOCK", "other", "voice", "en",
     [("Gloria Estrada", "NAME"), ("Ben", "PROVIDER"), ("hepatitis A", "CONDITION"), ("206-555-0161", "PHONE")],
     ["primary-care", "practice-contact"], "Voicemail (treated like SMS: overheard) naming the person and the disease they were exposed to (decision 6)."),
)

# ---------------------------------------------------------------- batch 3 (en0025-en0036): lead screening, lead-hazard letters
add(
    ("en0025", "Oak County Health: Jayden is due for his lead screening at his 12-month checkup. You can get it done at the WIC office or with his pediatrician. Call (541) 555-0151 with questions.",
     "REWRITE", "recall", "sms", "en",
     [("Jayden", "NAME"), ("lead screening", "PROCEDURE"), ("WIC", "PROCEDURE"), ("pediatrician", "SPECIALTY"), ("(541) 555-0151", "PHONE")],
     ["pediatrics", "lab", "minor", "practice-contact"], "A dependent's routine screening due: name, test, WIC (decision 4) and the specialty go; the reminder survives."),
    ("en0026", "Oak County Health: Jayden's blood lead level came back at 8 µg/dL, which is above the reference value. A nurse will call you this week to set up a home visit.",
     "BLOCK", "result", "sms", "en",
     [("Jayden", "NAME"), ("blood lead level", "PROCEDURE"), ("8 µg/dL", "RESULT"), ("above the reference value", "RESULT")],
     ["pediatrics", "lab", "minor", "third-party"], "A child's result sent to the guardian: value and interpretation."),
    ("en0027", "Traffic advisory: lead paint removal for the old Mill Creek bridge repainting begins Monday. Expect lane closures 7am-5pm for about three weeks.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Lead paint on a bridge, not in a person."),
    ("en0028", "Dear Mr. Pruitt,\n\nGood news: your application to the Oak County Lead-Safe Homes grant has been approved. Our contractor, Birchline Renovation, will replace the windows and stabilize the porch paint at 1147 Orchard Ave, Apt 2, Eugenia, OR 97402 starting Monday 6/8. Work takes about five days.\n\nWhile work is under way, residents should stay out of the rooms being treated. A dust clearance test is done at the end, and we will mail you the report.\n\nPlease sign and return the enclosed access agreement by 5/29, or drop it off at 125 E. 8th Ave, Suite 300. If you rent the unit, your landlord must sign as well.\n\nThank you,\nHollis Brandt, Lead Hazard Control Coordinator\nOak County Health Services\n(541) 555-0162",
     "REWRITE", "other", "email", "en",
     [("Pruitt", "NAME"), ("1147 Orchard Ave, Apt 2, Eugenia, OR 97402", "ADDRESS"), ("6/8", "DATE"), ("5/29", "DATE"), ("125 E. 8th Ave, Suite 300", "ADDRESS"), ("Hollis Brandt", "PROVIDER"), ("(541) 555-0162", "PHONE")],
     ["general", "practice-contact"], "Decision 8: lead-hazard work on a home is environmental (the grant, the dust test and the home address alone would be ALLOW); the owner's name is still removed, so REWRITE."),
    ("en0029", "Re: Home environmental investigation\n\nHello Ms. Diallo,\n\nBecause Amara's last blood lead test was elevated (12 µg/dL on 4/21), state rules require us to check the home for lead sources. Our risk assessor will visit 88 Tamarack St on Thursday 5/14 at 1 PM and will take dust, soil and water samples. Please call (541) 555-0162 if that time does not work.",
     "BLOCK", "other", "email", "en",
     [("Diallo", "NAME"), ("Amara", "NAME"), ("blood lead test", "PROCEDURE"), ("elevated", "RESULT"), ("12 µg/dL", "RESULT"), ("4/21", "DATE"), ("88 Tamarack St", "ADDRESS"), ("5/14", "DATE"), ("(541) 555-0162", "PHONE")],
     ["pediatrics", "lab", "minor", "third-party", "practice-contact"], "Unlike en0028, this inspection is triggered by a named child's elevated result, which the letter states: a dependent's result is BLOCK."),
    ("en0030", "Your lead inspection with Inspector Dale Morrow is confirmed for Wed 5/20 between 9 and 11 AM. He will call 30 minutes before arriving. Please keep pets secured.",
     "ALLOW", "confirmation", "sms", "en",
     [("Inspector Dale Morrow", "PROVIDER"), ("5/20", "DATE")],
     ["general"], "Decisions 8 and 14: a home lead inspection concerns the property, not a person; the inspector is workforce (PROVIDER)."),
    ("en0031", "Hola, le habla Marisol del Programa de Prevención de Plomo del condado. Le recuerdo la cita de Valentina para la prueba de plomo en sangre el jueves 4 de junio a las 10:00. ¡Gracias!",
     "REWRITE", "reminder", "sms", "es",
     [("Marisol", "PROVIDER"), ("Programa de Prevención de Plomo", "SPECIALTY"), ("Valentina", "NAME"), ("prueba de plomo en sangre", "PROCEDURE"), ("4 de junio", "DATE")],
     ["pediatrics", "lab", "minor"], "A dependent's screening appointment: name, test and the sending program's name (decision 3) go; date and time survive."),
    ("en0032", "Sra. Benítez, el resultado de plomo de su hija Camila fue 15 mcg/dL. Es alto. Mientras tanto no la deje jugar cerca de ventanas viejas y llámenos hoy al (541) 555-0163.",
     "BLOCK", "result", "sms", "es",
     [("Benítez", "NAME"), ("plomo", "PROCEDURE"), ("Camila", "NAME"), ("15 mcg/dL", "RESULT"), ("alto", "RESULT"), ("(541) 555-0163", "PHONE")],
     ["pediatrics", "lab", "minor", "third-party", "practice-contact"], "A child's lead value and flag sent to the mother."),
    ("en0033", "Free lead testing for kids ages 1-5 at the Eastside WIC clinic every Thursday in April, 1-4 PM. No appointment needed. Info: (541) 555-0151",
     "ALLOW", "marketing", "sms", "en",
     [("(541) 555-0151", "PHONE")],
     ["pediatrics", "broadcast", "practice-contact"], "Broadcast to everyone (decision 4/13): the test and WIC are not labelled when nothing is said about the recipient."),
    ("en0034", "Your free home paint and soil test kit has shipped. Mail the samples back in the prepaid envelope within 10 days; results are mailed to the property owner.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Environmental samples of paint and soil (decision 8): 'test kit', 'samples' and 'results' are not about a person."),
    ("en0035", "Message from Oak County Child Health: Jayden's venous lead confirmation came back at 4.1 µg/dL, below the action level, so no home visit is needed. We recommend a repeat test at age 2 along with his regular checkup. - Nurse Tamsin Roe",
     "ALLOW", "result", "portal", "en",
     [("Oak County Child Health", "SPECIALTY"), ("Jayden", "NAME"), ("venous lead", "PROCEDURE"), ("4.1 µg/dL", "RESULT"), ("below the action level", "RESULT"), ("Nurse Tamsin Roe", "PROVIDER")],
     ["pediatrics", "lab", "minor", "third-party"], "Inside the secure portal a result with names may stay (README channel convention); the same content by SMS would be BLOCK (cf. en0026)."),
    ("en0036", "Nurse Tamsin will come by Tue 6/16 at 3pm for Jayden's lead poisoning follow-up. Please have his shot record and the cleaning supplies list handy.",
     "BLOCK", "reminder", "sms", "en",
     [("Nurse Tamsin", "PROVIDER"), ("6/16", "DATE"), ("Jayden", "NAME"), ("lead poisoning", "CONDITION")],
     ["pediatrics", "home-health", "minor", "third-party"], "Decision 15: a dependent's condition-named visit, like the README's `Sofia's asthma check`, is BLOCK."),
)

# ---------------------------------------------------------------- batch 4 (en0037-en0048): WIC appointments and benefits
add(
    ("en0037", "WIC reminder: Ana, your certification appt is Mon 7/13 at 10:40 at the Southside WIC Clinic. Bring proof of income, ID, and the baby's shot record.",
     "REWRITE", "reminder", "sms", "en",
     [("WIC", "PROCEDURE"), ("Ana", "NAME"), ("7/13", "DATE"), ("Southside WIC Clinic", "SPECIALTY")],
     ["pediatrics", "reproductive", "shorthand"], "Decision 4: WIC participation is confidential and implies pregnancy or an infant; the program (PROCEDURE), the clinic's name (SPECIALTY, decision 3) and the name go."),
    ("en0038", "Sus beneficios del mes ya están cargados y puede usarlos a partir del 1/8. Revise su saldo en la app antes de ir a la tienda.",
     "ALLOW", "other", "sms", "es",
     [("1/8", "DATE")],
     ["general", "contrast"], "The safe form of en0039: a benefit reload with no program named. '1/8' is 1 August written day-first."),
    ("en0039", "Your eWIC benefits for August are now on your card. Reminder: the formula issued for Leo must be picked up by 8/31.",
     "REWRITE", "pickup", "sms", "en",
     [("eWIC", "PROCEDURE"), ("Leo", "NAME"), ("8/31", "DATE")],
     ["pediatrics", "minor", "contrast"], "Decision 4: eWIC names the program; the child's name goes. Plain infant formula is food, not a medication (compare en0040's therapeutic formula)."),
    ("en0040", "WIC: Carla at our office approved Nutramigen for Mia because of her milk protein allergy. Pick it up at any WIC-approved store after 9/2.",
     "BLOCK", "pickup", "sms", "en",
     [("WIC", "PROCEDURE"), ("Carla", "PROVIDER"), ("Nutramigen", "MEDICATION"), ("Mia", "NAME"), ("milk protein allergy", "CONDITION"), ("WIC", "PROCEDURE", 1), ("9/2", "DATE")],
     ["pediatrics", "minor", "third-party"], "A child's diagnosis and the therapeutic formula for it (a brand product, MEDICATION by decision 10) sent to the parent."),
    ("en0041", "Departamento de Salud del Condado Mesa Verde: todas nuestras clínicas, incluida WIC, estarán cerradas el lunes 1 de septiembre por el Día del Trabajo. Las tarjetas de beneficios siguen funcionando.",
     "ALLOW", "other", "sms", "es",
     [("1 de septiembre", "DATE")],
     ["general", "broadcast"], "A department-wide closure sent to everyone; WIC named as one of the services in a broadcast is not labelled (decision 4)."),
    ("en0042", "Hola Yesenia, su cita de WIC para la clase de lactancia es el 14 de julio a las 2:00 pm. Puede traer a su bebe.",
     "REWRITE", "reminder", "sms", "es",
     [("Yesenia", "NAME"), ("WIC", "PROCEDURE"), ("clase de lactancia", "PROCEDURE"), ("14 de julio", "DATE")],
     ["pediatrics", "reproductive", "typo"], "Name, program and a breastfeeding class (reveals a recent birth) go; date and time survive."),
    ("en0043", "Yesenia, revisamos el peso de Mateo en la cita de hoy: está en el percentil 3, más bajo de lo esperado. Queremos verlo otra vez en 2 semanas.",
     "BLOCK", "result", "sms", "es",
     [("Yesenia", "NAME"), ("peso", "PROCEDURE"), ("Mateo", "NAME"), ("percentil 3", "RESULT"), ("más bajo de lo esperado", "RESULT")],
     ["pediatrics", "minor", "third-party"], "A baby's growth measure and its interpretation (a scale and its value, as with A1c) sent to the mother."),
    ("en0044", "Positive news! The Healthy Families Fair is Saturday at Riverside Park: free diapers, car-seat checks, story time and a bike helmet for every kid.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Positive' and 'checks' in a community-fair announcement."),
    ("en0045", "Hello,\n\nThis is a reminder of your appointment at {{clinic_name}} on {{appt_date}} at {{appt_time}}.\n\nPlease bring a photo ID and proof of household income and address. If you cannot come, call {{clinic_phone}} at least one day before so we can offer the time to another family.\n\nThank you!",
     "ALLOW", "reminder", "email", "en", [],
     ["general", "template", "hard-negative"], "Template with content-free placeholders only (README template convention); 'proof of address' is a request, not an address."),
    ("en0046", "eWIC balance: 2 gal milk, 1 doz eggs, 36 oz cereal and 9 cans of formula left until 10/31.",
     "REWRITE", "other", "push", "en",
     [("eWIC", "PROCEDURE"), ("10/31", "DATE")],
     ["pediatrics", "shorthand"], "Decision 4: a lock-screen push naming the program; the balance itself survives. Quantities are not results."),
    ("en0047", "Subject: Follow-up from your WIC visit\n\nDear Ms. Harlow,\n\nThank you for coming to the Northgate WIC office on Tuesday. As we discussed, your hemoglobin finger-stick was 10.1 g/dL, which is low for this stage of pregnancy. We have added iron-rich foods to your food package and we are sending a referral to your prenatal provider, Dr. Ames, so she can decide whether you need an iron supplement.\n\nYour next appointment is 8/19 at 9:20 AM. Please bring your eWIC card and any new papers from your doctor.\n\nIf you have questions about your benefits, reply to this email or call (520) 555-0164.\n\nWarm regards,\nBeatriz Olmos\nWIC Nutrition Educator",
     "BLOCK", "result", "email", "en",
     [("WIC visit", "PROCEDURE"), ("Harlow", "NAME"), ("Northgate WIC", "SPECIALTY"), ("hemoglobin finger-stick", "PROCEDURE"), ("10.1 g/dL", "RESULT"), ("which is [[low]] for", "RESULT"), ("pregnancy", "CONDITION"), ("prenatal", "SPECIALTY"), ("Dr. Ames", "PROVIDER"), ("iron supplement", "MEDICATION"), ("8/19", "DATE"), ("eWIC", "PROCEDURE"), ("(520) 555-0164", "PHONE"), ("Beatriz Olmos", "PROVIDER"), ("WIC Nutrition Educator", "SPECIALTY")],
     ["reproductive", "practice-contact"], "A value with its interpretation and a pregnancy. Judgement: 'WIC visit' is one PROCEDURE span (program + visit); the sender's WIC title is a separate SPECIALTY span like a specialty credential."),
    ("en0048", "We got your call-back request. A staff member will call you from (520) 555-0152 within 2 business days. Please save this number so you don't miss us.",
     "ALLOW", "other", "sms", "en",
     [("(520) 555-0152", "PHONE")],
     ["general", "practice-contact"], "The office's own number and a service promise; nothing about the recipient."),
)

# ---------------------------------------------------------------- batch 5 (en0049-en0060): STD clinic results and partner services
add(
    ("en0049", "Your results from the Harbor City Sexual Health Clinic are ready. Please call (206) 555-0153 or log in to the patient portal. For your privacy we don't share results by text.",
     "REWRITE", "portal-notice", "sms", "en",
     [("Harbor City Sexual Health Clinic", "SPECIALTY"), ("(206) 555-0153", "PHONE")],
     ["hiv-sexual-health", "practice-contact", "contrast"], "The clinic's name reveals the service; without it (en0050) the notice is safe."),
    ("en0050", "Your results are ready. Please call (206) 555-0153 or log in to the patient portal. For your privacy we don't share results by text.",
     "ALLOW", "portal-notice", "sms", "en",
     [("(206) 555-0153", "PHONE")],
     ["general", "practice-contact", "contrast"], "'Results are ready' with no test named is ALLOW (README)."),
    ("en0051", "Hi Trevor, your gonorrhea test came back positive. Come to the walk-in clinic for a ceftriaxone shot, no charge. Any partners from the last 60 days should get treated too.",
     "BLOCK", "result", "sms", "en",
     [("Trevor", "NAME"), ("gonorrhea test", "PROCEDURE"), ("positive", "RESULT"), ("ceftriaxone shot", "MEDICATION")],
     ["hiv-sexual-health"], "A positive STI result and its treatment; the form word 'shot' goes with the drug (like `cortisone injection`)."),
    ("en0052", "Sauk Valley Health: ur ch1amyd1a t3st came back n3gat1ve. No treatment needed. Questions? Reply or call (608) 555-0165.",
     "BLOCK", "result", "sms", "en",
     [("ch1amyd1a t3st", "PROCEDURE"), ("n3gat1ve", "RESULT"), ("(608) 555-0165", "PHONE")],
     ["hiv-sexual-health", "leet", "shorthand", "negation", "practice-contact"], "A negative STI result disguised with leetspeak digits; a negative result is still a result."),
    ("en0053", "This is Marcus Bell, Disease Intervention Specialist with Clark Valley Public Health. Please call me at (360) 555-0154. I have some important health information for you. It's confidential.",
     "REWRITE", "other", "sms", "en",
     [("Marcus Bell", "PROVIDER"), ("Disease Intervention Specialist", "SPECIALTY"), ("(360) 555-0154", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "Decision 5: the partner-services job title reveals an STI/HIV exposure, like a specialty credential; the name and call-back survive."),
    ("en0054", "Clínica de Salud del Condado: su cita es el viernes 22 de agosto a las 9:15 con la Dra. Ferrer. Por favor llegue 10 minutos antes.",
     "ALLOW", "reminder", "sms", "es",
     [("22 de agosto", "DATE"), ("Dra. Ferrer", "PROVIDER")],
     ["primary-care"], "A generic county clinic name, the provider, date and time."),
    ("en0055", "Hola Brenda, te escribe Luis del programa de servicios a parejas del Depto. de Salud. Una persona con la que tuviste relaciones dio positivo a VIH. Te podemos hacer la prueba gratis y hablarte de la PrEP. ¿Cuándo te puedo llamar?",
     "BLOCK", "other", "sms", "es",
     [("Brenda", "NAME"), ("Luis", "PROVIDER"), ("servicios a parejas", "PROCEDURE"), ("positivo", "RESULT"), ("VIH", "CONDITION"), ("PrEP", "MEDICATION")],
     ["hiv-sexual-health", "third-party"], "A partner's HIV diagnosis and the recipient's exposure: the clinical content is the message."),
    ("en0056", "Reminder: your PrEP clinic visit is Wed 9/9 at 4:30pm. We'll draw labs first, so come 15 min early. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("PrEP", "MEDICATION"), ("9/9", "DATE")],
     ["hiv-sexual-health"], "PrEP labels the visit (README: PrEP is MEDICATION); date, time and 'labs' (generic) survive."),
    ("en0057", "Hi Dominic, your results from last week are in: syphilis RPR nonreactive, HIV 4th-gen screen negative, gonorrhea/chlamydia NAAT negative. No treatment is needed. See you in 3 months for your next PrEP check. - Dr. Aldana",
     "ALLOW", "result", "portal", "en",
     [("Dominic", "NAME"), ("syphilis RPR", "PROCEDURE"), ("nonreactive", "RESULT"), ("HIV 4th-gen screen", "PROCEDURE"), ("negative", "RESULT"), ("gonorrhea/chlamydia NAAT", "PROCEDURE"), ("negative", "RESULT", 1), ("PrEP", "MEDICATION"), ("Dr. Aldana", "PROVIDER")],
     ["hiv-sexual-health", "negation"], "Results with names inside the secure portal are ALLOW (README channel convention)."),
    ("en0058", "Taller de Crianza Positiva: empieza la próxima semana en la biblioteca. Cuidado de niños y meriendas gratis. Inscríbase en la recepción.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'Positiva' names a parenting workshop, not a result."),
    ("en0059", "Subject: Confidential health notice\n\nJordan,\n\nWe're reaching out because someone you had sex with in the past few months was recently diagnosed with early syphilis and asked us to let their partners know. We will never tell you who it was, and we won't share your name with them.\n\nSyphilis is easy to cure. We recommend a blood test and one dose of Bicillin L-A 2.4 million units as a shot, even if you feel fine, because early syphilis often has no symptoms.\n\nWalk-in hours at the Eastside clinic are Mon-Thu 8:30-4. Testing and treatment are free, and you don't need insurance. You can also text this number to set up a time.\n\nTake care,\nRenata Suárez\nPartner Services, Harbor City Public Health\n(206) 555-0166",
     "BLOCK", "other", "email", "en",
     [("Jordan", "NAME"), ("early syphilis", "CONDITION"), ("Syphilis", "CONDITION"), ("Bicillin L-A 2.4 million units", "MEDICATION"), ("early syphilis", "CONDITION", 1), ("Renata Suárez", "PROVIDER"), ("Partner Services", "SPECIALTY"), ("(206) 555-0166", "PHONE")],
     ["hiv-sexual-health", "third-party", "negation", "practice-contact"], "Partner notification by e-mail: a third party's diagnosis, the recipient's exposure and a treatment recommendation with dose. 'Partner Services' as the sender's office is SPECIALTY (decision 3); 'a blood test' is generic."),
    ("en0060", "hi its Kara from the STD clinc, ur appt is tmrw at 11am. pls bring ur ID and insurance card if u have one. text back if u cant make it",
     "REWRITE", "reminder", "sms", "en",
     [("Kara", "PROVIDER"), ("STD", "CONDITION")],
     ["hiv-sexual-health", "shorthand", "typo"], "Decision 3: a lower-case descriptive 'STD clinc' labels the condition only; the appointment time survives."),
)

# ---------------------------------------------------------------- batch 6 (en0061-en0072): immunization clinics and school requirements
add(
    ("en0061", "Free back-to-school vaccine clinic Sat 8/15, 9am-1pm, Jefferson Middle School gym. Bring your child's shot record. Walk-ins welcome, no insurance needed.",
     "ALLOW", "marketing", "sms", "en",
     [("8/15", "DATE")],
     ["pediatrics", "broadcast"], "A clinic day for everyone; 'your child's shot record' is generic advice in a broadcast."),
    ("en0062", "Hi Mrs. Tran, our records show Kevin is due for his Tdap and meningococcal vaccines before 7th grade. Book at the county immunization clinic: (614) 555-0155.",
     "REWRITE", "recall", "sms", "en",
     [("Tran", "NAME"), ("Kevin", "NAME"), ("Tdap", "PROCEDURE"), ("meningococcal vaccines", "PROCEDURE"), ("(614) 555-0155", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Decision 11: a dependent's vaccines due is a routine visit type (README), so REWRITE; vaccine names are PROCEDURE (decision 10)."),
    ("en0063", "Kevin's measles titer came back non-immune, so he needs a 2nd MMR before the school nurse can clear him. We can give it Thursday.",
     "BLOCK", "result", "sms", "en",
     [("Kevin", "NAME"), ("measles titer", "PROCEDURE"), ("non-immune", "RESULT"), ("MMR", "PROCEDURE")],
     ["pediatrics", "minor", "third-party"], "Decision 11: a child's titer result sent to the parent is BLOCK."),
    ("en0064", "Clínica de vacunas gratis para adultos: gripe, COVID y neumonía. Miércoles de 3 a 7 pm en el Centro Comunitario. No necesita cita ni seguro.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Disease names of vaccines offered to everyone; nothing about the recipient (decision 13)."),
    ("en0065", "Sr. Okafor, le recordamos su segunda dosis de la vacuna contra la hepatitis B el 3 de octubre a las 11:00 en la clínica de inmunizaciones del condado.",
     "REWRITE", "reminder", "sms", "es",
     [("Okafor", "NAME"), ("vacuna contra la hepatitis B", "PROCEDURE"), ("3 de octubre", "DATE")],
     ["primary-care"], "The recipient's own vaccine appointment names the vaccine (like `your flu shot appointment`); the generic immunization clinic is not labelled."),
    ("en0066", "Your mpox vaccine appointment (JYNNEOS, dose 2) is confirmed for Fri 10/2 at 5:30 PM at the Eastside clinic, 410 Alder St. Wear short sleeves. Reply CANCEL to cancel.",
     "REWRITE", "confirmation", "email", "en",
     [("mpox vaccine", "PROCEDURE"), ("JYNNEOS", "MEDICATION"), ("10/2", "DATE"), ("410 Alder St", "ADDRESS")],
     ["hiv-sexual-health", "practice-contact"], "The vaccine and the brand product (decision 10) reveal sexual-health risk; the clinic's address and the time survive."),
    ("en0067", "Su solicitud de copia del registro de vacunas fue procesada. Puede recoger la copia impresa en la recepción con una identificación con foto.",
     "ALLOW", "pickup", "sms", "es", [],
     ["general", "hard-negative"], "A records request ready for pickup, with no person, test or vaccine named."),
    ("en0068", "Following up on yesterday's shots: if Aria's thigh is red and swollen, give children's acetaminophen 160 mg every 6 hours and call us if her fever goes over 104.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Aria", "NAME"), ("red and swollen", "CONDITION"), ("acetaminophen 160 mg", "MEDICATION"), ("fever", "CONDITION")],
     ["pediatrics", "minor", "third-party", "negation"], "Dosing instructions for a named child. The symptoms are hypothetical but labelled as conditions; the fever threshold is advice, not a result."),
    ("en0069", "Subject: October immunization clinics\n\nDear residents,\n\nThe Franklin Hills Health Department will hold walk-in immunization clinics this month:\n\n- Tue 10/6, 3-7 PM: North Library, 5550 Karl Rd\n- Sat 10/17, 9 AM-1 PM: Westside Rec Center\n- Thu 10/29, 2-6 PM: our main office, 240 Parsons Ave\n\nFlu, COVID, Tdap, shingles and all routine childhood vaccines will be offered. Most insurance is accepted; no one is turned away for inability to pay. Please bring your insurance card and any shot records you have.\n\nQuestions? Call (614) 555-0167 or visit franklinhills.example.gov/shots.\n\nStay well,\nFranklin Hills Health Department",
     "ALLOW", "marketing", "email", "en",
     [("10/6", "DATE"), ("5550 Karl Rd", "ADDRESS"), ("10/17", "DATE"), ("10/29", "DATE"), ("240 Parsons Ave", "ADDRESS"), ("(614) 555-0167", "PHONE"), ("franklinhills.example.gov/shots", "URL")],
     ["general", "broadcast", "practice-contact"], "A schedule sent to all residents: clinic dates, the department's addresses, phone and site (decision 13)."),
    ("en0070", "This is an automated reminder from the Franklin Hills Health Department for Olivia Brandt. Olivia is due for her 4-year vaccines before kindergarten. Please call 614-555-0156 to schedule. Thank you.",
     "REWRITE", "recall", "voice", "en",
     [("Olivia Brandt", "NAME"), ("Olivia", "NAME", 1), ("4-year vaccines", "PROCEDURE"), ("614-555-0156", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Automated call naming a child and her routine vaccines (decision 11): REWRITE."),
    ("en0071", "Our records show Noor got only 1 dose of HPV vaccine at age 12. Since she's now 15, she'll need 3 doses total instead of 2: one now, one in 1-2 months, one at 6 months.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Noor", "NAME"), ("HPV vaccine", "PROCEDURE")],
     ["pediatrics", "minor", "third-party"], "Decision 11 (judgement): a catch-up schedule built on a named teen's immunization history is treatment content about a dependent, not a routine 'due' notice."),
    ("en0072", "Flu season special at the Courthouse Café: espresso shots half off for county employees all week. Show your badge at the register.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "'Flu season' and 'shots' of espresso."),
)

# ---------------------------------------------------------------- batch 7 (en0073-en0084): rabies post-exposure follow-ups and animal look-alikes
add(
    ("en0073", "Reminder: your rabies vaccine dose #3 (day 7) is tomorrow at 9:00 AM at Mercy Urgent Care on 5th Ave. Please bring your vaccine card.",
     "REWRITE", "reminder", "sms", "en",
     [("rabies vaccine", "PROCEDURE"), ("Mercy Urgent Care", "SPECIALTY")],
     ["primary-care", "urgent-care"], "The vaccine reveals an animal exposure and the urgent-care name is revealing (DESIGN); the reminder survives. 'Day 7' is a series day, not a date."),
    ("en0074", "County Animal Services: the dog that bit you on 6/2 finished its 10-day observation and is healthy, so you can stop the rabies shots. Call Dr. Haines at (619) 555-0157 with questions.",
     "BLOCK", "result", "sms", "en",
     [("6/2", "DATE"), ("healthy", "RESULT"), ("rabies shots", "PROCEDURE"), ("Dr. Haines", "PROVIDER"), ("(619) 555-0157", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 7: the animal's observation outcome decides the person's treatment, and the message tells them to stop it."),
    ("en0075", "Sr. Paredes, el murciélago que encontraron en su casa dio positivo a rabia. Usted y su esposa tienen que empezar la profilaxis hoy mismo. Vaya a urgencias del Hospital General y muestre este mensaje.",
     "BLOCK", "result", "sms", "es",
     [("Paredes", "NAME"), ("positivo", "RESULT"), ("rabia", "CONDITION"), ("profilaxis", "PROCEDURE")],
     ["primary-care", "third-party"], "Decision 7: a bat's positive test is the recipient's (and his wife's) exposure and starts their treatment."),
    ("en0076", "Low-cost rabies vaccine clinic for dogs and cats: Saturday 9-noon at the fairgrounds, $10 per pet. Pets must be on a leash or in a carrier.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Rabies vaccine for pets, offered to everyone."),
    ("en0077", "Dear Mr. Whitcomb,\n\nPlease bring the receipt for your rabies immune globulin (RIG) and your insurance card to your follow-up on 6/9 at 10:15 AM with Dr. Haines. Our billing office will file the claim for you.\n\nCounty Animal Bite Program",
     "REWRITE", "reminder", "email", "en",
     [("Whitcomb", "NAME"), ("rabies immune globulin", "MEDICATION"), ("RIG", "MEDICATION"), ("6/9", "DATE"), ("Dr. Haines", "PROVIDER"), ("County Animal Bite Program", "SPECIALTY")],
     ["primary-care"], "Decision 10: immune globulin is MEDICATION; with the name and the sending program (decision 3) it goes, the follow-up logistics survive."),
    ("en0078", "The dog reported on your street has been picked up and is in a 10-day quarantine at the county shelter. Thank you for your report.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Quarantine of an animal reported by a neighbour; no bite or exposure of the recipient is stated."),
    ("en0079", "You're on day 3 of rabies PEP. Your next shots are on day 7 and day 14. If you get a fever, or tingling or numbness near the bite, call us right away.",
     "BLOCK", "care-instructions", "sms", "en",
     [("rabies PEP", "PROCEDURE"), ("fever", "CONDITION"), ("tingling", "CONDITION"), ("numbness", "CONDITION"), ("bite", "CONDITION")],
     ["primary-care", "negation"], "A treatment schedule and warning signs: the treatment is the message. The bite wound is labelled as a condition (injury)."),
    ("en0080", "Hola Fernanda, le recordamos su vacuna antirrábica (dosis 4, día 14) mañana a las 8:30 en el Departamento de Salud. Traiga su tarjeta de vacunas.",
     "REWRITE", "reminder", "sms", "es",
     [("Fernanda", "NAME"), ("vacuna antirrábica", "PROCEDURE")],
     ["primary-care"], "Name and the rabies vaccine go; the time and the generic department survive."),
    ("en0081", "Su cita en la Clínica de Salud Pública es el jueves 11 de junio a las 9:00 con Kelly Park, RN. Entre por la puerta norte.",
     "ALLOW", "reminder", "sms", "es",
     [("11 de junio", "DATE"), ("Kelly Park, RN", "PROVIDER")],
     ["primary-care"], "A generic public-health clinic, a nurse with a generic credential, date and time. 'Park' is a surname here."),
    ("en0082", "Hi, this is Nurse Dev from the county health department calling for Martin. The raccoon that scratched you tested negative for rabies, so you don't need any more shots. Call us back at 619-555-0158 if you have questions.",
     "BLOCK", "result", "voice", "en",
     [("Nurse Dev", "PROVIDER"), ("Martin", "NAME"), ("negative", "RESULT"), ("rabies", "CONDITION"), ("619-555-0158", "PHONE")],
     ["primary-care", "practice-contact", "negation"], "Decision 7: a negative animal test ends the person's treatment; a negative result is still a result."),
    ("en0083", "The County Health Department will be closed Monday for Memorial Day. For animal bites after hours, call Animal Control dispatch.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Holiday closure with generic advice about animal bites; a holiday is not a date."),
    ("en0084", "pep shot #2 tmrw 10am @ Mercy UC. bring the wound care sheet they gave u. -Lyn",
     "REWRITE", "reminder", "sms", "en",
     [("pep shot", "PROCEDURE"), ("Mercy UC", "SPECIALTY"), ("wound care", "PROCEDURE"), ("Lyn", "PROVIDER")],
     ["primary-care", "urgent-care", "shorthand"], "Staff shorthand: post-exposure shots, an abbreviated urgent-care name and wound care go; the time survives. The sender is workforce."),
)

# ---------------------------------------------------------------- batch 8 (en0085-en0096): food handlers, restaurant inspections, septic and wells
add(
    ("en0085", "Taqueria El Sol: your county health inspection score: 98. Great job! Post the placard by the front entrance within 24 hours.",
     "ALLOW", "result", "sms", "en", [],
     ["general", "hard-negative"], "A restaurant's inspection score is not a clinical value (decision 8)."),
    ("en0086", "Hi Rosalind Achebe, your food handler card #FH-2207193 expires 7/31. Renew online at foodcard.example.gov before then to keep working.",
     "REWRITE", "reminder", "sms", "en",
     [("Rosalind Achebe", "NAME"), ("FH-2207193", "LICENSE"), ("7/31", "DATE"), ("foodcard.example.gov", "URL")],
     ["general", "practice-contact"], "Decision 8: a food-handler card number is a person's certificate number (LICENSE) and is not needed with her name; the expiry date and the department's site stay."),
    ("en0087", "Su solicitud de permiso temporal de alimentos para la feria fue aprobada. Recójalo en la oficina de Salud Ambiental, 410 W. 2nd St, Suite 200, antes del viernes.",
     "ALLOW", "pickup", "sms", "es",
     [("410 W. 2nd St, Suite 200", "ADDRESS")],
     ["general", "practice-contact"], "An event food permit and the office's own address."),
    ("en0088", "Subject: Your private well water test\n\nDear well owner,\n\nThe water sample from your well tested positive for total coliform bacteria and negative for E. coli. Total coliform is an indicator that surface water or insects may be getting into the well; it does not mean anyone is sick.\n\nUntil the well is disinfected and a new sample comes back clean, use bottled water or boil tap water for one minute before drinking, cooking, brushing teeth or mixing formula.\n\nA step-by-step shock chlorination guide is enclosed. After chlorinating, wait 7-10 days and collect a new sample in the sterile bottle provided.\n\nIf you have questions, reply to this email and an environmental health specialist will get back to you within two business days.\n\nLakeview County Environmental Health",
     "ALLOW", "result", "email", "en", [],
     ["general", "hard-negative"], "Decision 8 (judgement): a well's water test is an environmental result about a property, not any person's health; 'positive', 'negative', 'E. coli' and 'sick' are not clinical findings here."),
    ("en0089", "Septic inspection for 2290 Foxglove Ln, Unit B is confirmed for Fri 9/18, 8-10 AM. Please uncover the tank lids before the inspector arrives.",
     "ALLOW", "confirmation", "sms", "en",
     [("2290 Foxglove Ln, Unit B", "ADDRESS"), ("9/18", "DATE")],
     ["general"], "Decision 8 (judgement): the property's address in an environmental-health confirmation is labelled but carries no health information, so ALLOW."),
    ("en0090", "Recuerde traer su muestra de agua al laboratorio del condado antes del mediodía del jueves. Las muestras de más de 30 horas no se pueden analizar.",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "hard-negative"], "A water sample for the county lab: 'muestra', 'laboratorio' and 'analizar' are not about a person."),
    ("en0091", "Per Lakeview County Environmental Health: your employee Luis Ortega may not return to food handling until he has 2 negative stool tests for Salmonella. Fax the results to Inspector Wade at (360) 555-0168.",
     "BLOCK", "other", "sms", "en",
     [("Luis Ortega", "NAME"), ("stool tests", "PROCEDURE"), ("Salmonella", "CONDITION"), ("Inspector Wade", "PROVIDER"), ("(360) 555-0168", "FAX")],
     ["general", "third-party", "negation", "practice-contact"], "An employee's infection sent to his manager: a third party's health. The required 'negative' tests are a condition for return, not a result, and are not labelled."),
    ("en0092", "Aviso: la inspección de su fosa séptica quedó aprobada. Puede continuar con el trámite del permiso de construcción.",
     "ALLOW", "result", "sms", "es", [],
     ["general", "hard-negative"], "An approved septic inspection (decision 8): 'inspección' and 'aprobada' are not clinical."),
    ("en0093", "Estimado Sr. Galindo:\n\nSu certificado de manipulador de alimentos No. MA-558201 ya está listo y vence en dos años. Puede descargarlo en salud.example.gov/certificados o pedir una copia impresa en nuestra oficina.\n\nSalud Ambiental del Condado Mesa Verde",
     "REWRITE", "pickup", "email", "es",
     [("Galindo", "NAME"), ("MA-558201", "LICENSE"), ("salud.example.gov/certificados", "URL")],
     ["general", "practice-contact"], "Decision 8: the certificate number with the holder's name is not needed in the notice; the department's download page stays."),
    ("en0094", "Hello,\n\nThis is Grace Lead, REHS, with Lakeview County Environmental Health. I will be conducting the routine inspection at Blue Heron Bistro, 77 Harbor Way, on Tue 10/6 between 2 and 4 PM. Please have your food manager certificate, pest-control invoices and the cooler temperature logs available.\n\nYou can reach me directly at (360) 555-0169 or glead@lakeviewco.example.gov.\n\nThank you,\nGrace Lead, REHS\nEnvironmental Health Specialist",
     "ALLOW", "reminder", "email", "en",
     [("Grace Lead, REHS", "PROVIDER"), ("77 Harbor Way", "ADDRESS"), ("10/6", "DATE"), ("(360) 555-0169", "PHONE"), ("glead@lakeviewco.example.gov", "EMAIL"), ("Grace Lead, REHS", "PROVIDER", 1)],
     ["general", "practice-contact"], "Decision 14: an inspector named Grace Lead is workforce (PROVIDER); a business's address and the inspector's own contact details are not patient identifiers."),
    ("en0095", "Well permit WP-23-0419 for parcel 112-040-07 is approved. Your driller may begin work. - Kern Valley Env. Health",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Decision 8: permit and parcel numbers identify property, not a person."),
    ("en0096", "Hi Mr. Dobbins, the nitrate level in your well water was 14 mg/L, above the 10 mg/L limit. Don't use the tap water to mix the baby's formula; use bottled water until we retest.",
     "REWRITE", "result", "sms", "en",
     [("Dobbins", "NAME")],
     ["general", "contrast"], "Decision 8 (judgement): a water value is environmental, not a clinical RESULT; only the owner's name goes. Compare en0088 (same kind of notice with no name)."),
)

# ---------------------------------------------------------------- batch 9 (en0097-en0108): vital records
add(
    ("en0097", "The certified copies of the birth certificate for Mateo Ruiz-Alvarado are ready for pickup at the Vital Records window, 1st floor. Bring your order receipt and a photo ID.",
     "REWRITE", "pickup", "sms", "en",
     [("Mateo Ruiz-Alvarado", "NAME")],
     ["general", "minor"], "A child's name on a vital record is not needed to say the order is ready; no date of birth is given, so not BLOCK."),
    ("en0098", "Subject: Your vital records order has shipped\n\nThank you for your order #VR-2026-118204: 2 certified copies of the death certificate for Harold P. Kessler (date of death 1/29/2026). Your copies were mailed by USPS First-Class today and should arrive in 5-7 business days.\n\nIf you need more copies later, order online at vitalrecords.example.gov or visit our office.\n\nOffice of Vital Records\nLakeview County Health Department",
     "REWRITE", "other", "email", "en",
     [("VR-2026-118204", "OTHER_ID"), ("Harold P. Kessler", "NAME"), ("1/29/2026", "DATE"), ("vitalrecords.example.gov", "URL")],
     ["general", "identifier", "practice-contact"], "Decision 9 (judgement): a decedent's name with the date of death and an order number are removed (REWRITE, not the DOB rule); no cause of death is stated."),
    ("en0099", "Dear Mrs. Yee,\n\nThe medical examiner has filed an amended death certificate for Walter Yee. The cause of death now reads acute fentanyl intoxication; the manner of death is listed as accident. Certified copies of the amended record can be ordered from our office starting next week.\n\nWe are sorry for your loss. If you have questions about the amendment, please call (360) 555-0170.\n\nOffice of Vital Records",
     "BLOCK", "other", "email", "en",
     [("Yee", "NAME"), ("Walter Yee", "NAME"), ("acute fentanyl intoxication", "CONDITION"), ("(360) 555-0170", "PHONE")],
     ["substance-use", "third-party", "practice-contact"], "Decision 9: a relative's cause of death (an overdose) is a third party's health. Judgement: the cause is one CONDITION span, the drug inside it not split out."),
    ("en0100", "Registro Civil del Condado: recibimos su solicitud. El tiempo de proceso es de 5 a 7 días hábiles. Le avisaremos por este medio cuando esté lista.",
     "ALLOW", "other", "sms", "es", [],
     ["general"], "An order acknowledgement with no person or record named."),
    ("en0101", "To verify the birth certificate request, reply YES if the record should read: Sofia Marie Duarte, born 04/17/2019, Mercy General Hospital.",
     "BLOCK", "other", "sms", "en",
     [("Sofia Marie Duarte", "NAME"), ("04/17/2019", "DATE")],
     ["general", "minor", "dob"], "A full date of birth with a name is BLOCK (README), even as a verification question."),
    ("en0102", "Death Cafe at the Central Library: an informal conversation about life and loss. Tea and cake provided, all welcome.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Death' in a community event title; nobody's death or health."),
    ("en0103", "Sra. Lucero, el acta de nacimiento de su bebé ya quedó registrada con el folio 2026-0098341. Puede pedir copias certificadas en línea o en la ventanilla.",
     "REWRITE", "other", "sms", "es",
     [("Lucero", "NAME"), ("2026-0098341", "LICENSE")],
     ["general", "minor"], "Decision 9: a birth record's folio is a certificate number (LICENSE); with the mother's name it goes, the notice survives."),
    ("en0104", "Estimada familia Roldán:\n\nLe informamos que el certificado de defunción de Don Efraín Roldán ya está disponible. La causa registrada es insuficiencia cardíaca congestiva, con diabetes tipo 2 como condición contribuyente. Puede recogerlo con identificación en la oficina de Registro Civil.\n\nNuestro más sentido pésame.",
     "BLOCK", "pickup", "email", "es",
     [("Roldán", "NAME"), ("Efraín Roldán", "NAME"), ("insuficiencia cardíaca congestiva", "CONDITION"), ("diabetes tipo 2", "CONDITION")],
     ["general", "third-party"], "Decision 9: the cause of death and a contributing condition of a relative are a third party's health."),
    ("en0105", "Subject: How to order birth and death certificates\n\nThank you for contacting the Lakeview County Office of Vital Records.\n\nCertified copies of birth and death certificates for events in Lakeview County can be ordered three ways:\n\n1. Online at vitalrecords.example.gov (card payment, mailed in 5-7 business days)\n2. In person at 200 Court St, Room 110, Mon-Fri 8:30 AM-4:00 PM (same day for most requests)\n3. By mail with the application form and a copy of your photo ID\n\nEach certified copy is $25. Death certificates can only be issued to immediate family, legal representatives and others with a documented legal interest.\n\nFor help, call (360) 555-0171 or reply to this message.\n\nOffice of Vital Records",
     "ALLOW", "other", "email", "en",
     [("vitalrecords.example.gov", "URL"), ("200 Court St, Room 110", "ADDRESS"), ("(360) 555-0171", "PHONE")],
     ["general", "practice-contact"], "Generic instructions with the office's own site, address and phone."),
    ("en0106", "Reminder: the paternity acknowledgment appointment for Baby Girl Okoro is tomorrow at 2:30 PM at Vital Records, Room 12. Both parents must bring photo ID.",
     "REWRITE", "reminder", "sms", "en",
     [("Okoro", "NAME")],
     ["general", "minor"], "Judgement: 'Baby Girl' is the hospital's placeholder first name; the family name is the NAME span. Paternity paperwork is legal, not clinical."),
    ("en0107", "Your appointment to correct a birth record is confirmed for 11/3 at 9:30 AM. Please bring the hospital worksheet and both parents' IDs.",
     "ALLOW", "confirmation", "sms", "en",
     [("11/3", "DATE")],
     ["general"], "Date and time only; 'hospital worksheet' is a document."),
    ("en0108", "Happy 100th! The Lakeview County Health Department would like to present a centenarian certificate to Mrs. Ida Brennan at her party on 12/5. Please let us know a good time.",
     "REWRITE", "other", "sms", "en",
     [("100th", "AGE"), ("Ida Brennan", "NAME"), ("12/5", "DATE")],
     ["general", "age-over-89"], "An age over 89 (the ordinal, as `91st birthday`) and the name go; the party date is an event date."),
)

# ---------------------------------------------------------------- batch 10 (en0109-en0120): emergency alerts, registries, disguises, closing the loop
add(
    ("en0109", "LAKEVIEW CO ALERT: Boil water advisory for ZIP codes 98501 and 98503 until further notice. Boil tap water for 1 minute before drinking or cooking. Updates: follow @LakeviewHealth",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Decision 12: ZIP codes in an area-wide alert name an area, not a person; a social handle of the department is not a patient identifier."),
    ("en0110", "ALERTA DE CALOR: temperaturas de hasta 112°F hoy y mañana. Centros de enfriamiento abiertos de 10 am a 8 pm en todas las bibliotecas. Tome agua y revise a sus vecinos mayores.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "A heat alert: a temperature is not a clinical value, 'vecinos mayores' is not an age."),
    ("en0111", "Air quality alert: wildfire smoke is at unhealthy levels today. People with asthma, COPD or heart disease should stay indoors and keep rescue inhalers handy.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Decision 13: conditions named as general advice to everyone say nothing about the recipient."),
    ("en0112", "Emergency registry check-in: Hi Walter, our records list you as oxygen-dependent on the county's special needs registry. If the power goes out tonight, reply YES if you need a ride to a shelter with power.",
     "REWRITE", "other", "sms", "en",
     [("Walter", "NAME"), ("oxygen", "MEDICATION"), ("special needs registry", "PROCEDURE")],
     ["home-health"], "Decision 16 (judgement): the shelter-ride offer survives once the name, the oxygen dependence and the registry are removed, so REWRITE rather than BLOCK."),
    ("en0113", "Aviso de Salud Pública: su prueba de tuber\u200bculosis (QuantiFERON) salió posi\u200btiva. Necesita una radiografía de tórax esta semana; llámenos para la cita.",
     "BLOCK", "result", "sms", "es",
     [("prueba de tuber\u200bculosis", "PROCEDURE"), ("QuantiFERON", "PROCEDURE"), ("posi\u200btiva", "RESULT"), ("radiografía de tórax", "PROCEDURE")],
     ["primary-care"], "A positive TB test disguised with zero-width spaces inside the words; the result is the message."),
    ("en0114", "Your RPR for \u0455yphilis came back reactive 1:64. Please come in today for a Bicillin shot, walk-ins until 4.",
     "BLOCK", "result", "sms", "en",
     [("RPR", "PROCEDURE"), ("\u0455yphilis", "CONDITION"), ("reactive 1:64", "RESULT"), ("Bicillin shot", "MEDICATION")],
     ["hiv-sexual-health"], "A reactive titer and its treatment; 'syphilis' starts with a Cyrillic dze look-alike."),
    ("en0115", "New message from Lakeview County Health. Log in to your portal to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general"], "Notification without PHI: the department's generic name and a portal pointer."),
    ("en0116", "Congratulations, Tomasz! You've completed your TB treatment: 4 months of daily rifampin with no missed doses. Your final chest X-ray was clear. Keep this letter; you may need it for work. - Lakeview County TB Control",
     "ALLOW", "result", "portal", "en",
     [("Tomasz", "NAME"), ("TB", "CONDITION"), ("rifampin", "MEDICATION"), ("chest X-ray", "PROCEDURE"), ("clear", "RESULT"), ("Lakeview County TB Control", "SPECIALTY")],
     ["primary-care"], "Treatment completion with a result, inside the secure portal: ALLOW (README channel convention)."),
    ("en0117", "Reminder, Ms. Kaur: your chest X-ray for the TB clearance letter is at Valley Imaging, Wed 2/25 at 3:40pm. No prep needed.",
     "REWRITE", "reminder", "sms", "en",
     [("Kaur", "NAME"), ("chest X-ray", "PROCEDURE"), ("TB clearance", "PROCEDURE"), ("Valley Imaging", "SPECIALTY"), ("2/25", "DATE")],
     ["primary-care", "imaging"], "Name, test, the TB-screening purpose and an imaging name go; date and time survive. 'No prep' is generic."),
    ("en0118", "Flood shelter update from the county EOC: your husband Ray was taken to St. Luke's by ambulance with chest pain. He is stable. Call (360) 555-0172 for the hospital liaison.",
     "BLOCK", "other", "sms", "en",
     [("Ray", "NAME"), ("chest pain", "CONDITION"), ("stable", "RESULT"), ("(360) 555-0172", "PHONE")],
     ["general", "third-party", "practice-contact"], "A spouse's symptom and condition during an emergency: a third party's health. 'Stable' is a state (RESULT)."),
    ("en0119", "Estimada Sra. Mendoza:\n\nLe escribimos del Departamento de Salud del Condado Mesa Verde para recordarle que Sofía tiene pendientes sus vacunas de los 11 años (Tdap, meningococo y VPH) antes de entrar a sexto grado. Sin estas vacunas la escuela no podrá aceptarla a partir del 15 de septiembre.\n\nPuede traerla sin cita a la clínica de vacunas los martes y jueves de 8:00 a 4:00, en 1200 Calle Pima, Suite 4. Las vacunas son gratuitas para niños sin seguro o con AHCCCS.\n\nTraiga la cartilla de vacunación de Sofía y una identificación del padre, madre o tutor.\n\nSi ya le pusieron estas vacunas en otro consultorio, envíenos una foto de la cartilla respondiendo a este correo o llame al (520) 555-0173.\n\nAtentamente,\nPrograma de Inmunizaciones",
     "REWRITE", "recall", "email", "es",
     [("Mendoza", "NAME"), ("Sofía", "NAME"), ("vacunas de los 11 años", "PROCEDURE"), ("Tdap", "PROCEDURE"), ("meningococo", "PROCEDURE"), ("VPH", "PROCEDURE"), ("15 de septiembre", "DATE"), ("1200 Calle Pima, Suite 4", "ADDRESS"), ("Sofía", "NAME", 1), ("(520) 555-0173", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Decision 11: a dependent's vaccines due, even with a school-exclusion date, is REWRITE; 'VPH' names the vaccine here, not a diagnosis. The clinic's address and phone stay."),
    ("en0120", "Lakeview County Health: reminder of your appointment Tue 11/17 at 8:40 AM with Dr. Iturbe. Reply Y to confirm or N to cancel. Reply STOP to opt out.",
     "ALLOW", "reminder", "sms", "en",
     [("11/17", "DATE"), ("Dr. Iturbe", "PROVIDER")],
     ["primary-care"], "Provider, date and time from a generically named department (decision 1)."),
)

# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "en", "probe141.jsonl")
