#!/usr/bin/env python3
"""Build corpus/probe17.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe17.py [OUT] [-v]   (default: probe17.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only; the engine was not run
and no other corpus's messages were read).

This round is OLDER ADULTS, CAREGIVERS AND CARE AT HOME: what geriatric, primary-care,
Medicare-focused, home-health, hospice, palliative, memory-care, assisted-living, skilled-nursing,
rehab and DME providers (and pharmacies and ride services) send to older patients and to their
adult children, spouses, health-care proxies, guardians and paid caregivers: Medicare wellness
visits, fall-risk and memory screenings, home-health visit windows, therapy at home, hospice and
palliative visits, medication packaging and delivery, DME delivery/pickup (walkers, oxygen,
hospital beds, CPAP), rides to visits, hearing and vision, care-plan meetings, facility visiting
rules, billing to a guardian, bereavement, ages over 89 and birthdays. Logistics that may go as
written, messages that may go once a name, service, device or identifier is removed, and messages
that must not go by text (results, diagnoses, cognition scores, prognosis, dosing, a parent's
decline written to a child). Hard negatives: senior-center events, "memory" and "falls" in other
senses, Grandparents Day, Medicare open-enrollment and support-group broadcasts, a facility's own
contact details. 25% Spanish; 4 disguised messages (spaced, leet, zero-width, Cyrillic).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "for [[pain]]" searches for "for pain"
      and labels only the bracketed part "pain".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. `Medicare wellness`, `Medicare Annual Wellness` and `Welcome to Medicare` are PROCEDURE (the
     README calls Medicare wellness revealing); the trailing `visit` stays outside. An `annual
     wellness visit` without "Medicare" is the generic wellness visit (unlabelled). In Spanish,
     `visita anual de bienestar de Medicare` labels `bienestar de Medicare` and keeps the generic
     `visita anual de` outside (as `clínica de VIH`).
  2. Specialty-revealing service lines and names (SPECIALTY): hospice/hospicio, palliative care/
     cuidados paliativos, home health (also "Cuidado en Casa ...", "... Rehab at Home"), memory
     care, skilled nursing, rehab hospital, bereavement team, hearing centres, respiratory DME
     suppliers, geriatrics (by analogy with pediatrics: a specialty defined by the patient group).
     NOT revealing: assisted-living / senior-living residences ("Magnolia Court Assisted Living",
     "Residencia Los Robles"), generic DME suppliers ("Northwind Medical", "Keystone Medical
     Supply", "Equipo Médico del Sur"), and a facility's short name ("Willowbrook", "Bright Path",
     "Evergreen", "Casa Serena").
  3. A home visit or visit window that does not name the service ("your clinician", "home visit",
     "visita a domicilio") is logistics and is not labelled.
  4. Devices and DME (walker, andadera, hospital bed, wheelchair, CPAP, mask, hearing aid, oxygen
     concentrator) are PROCEDURE (README: devices are PROCEDURE); the gas `oxygen` is MEDICATION;
     `oxygen concentrator` is one device span.
  5. Third parties (a parent, a spouse): logistics with a name, a specialty, a procedure or a device
     are REWRITE (like a dependent's visit type); a condition-named visit (`glaucoma check`), a
     medication (including a parent's pharmacy delivery), a finding or a result is BLOCK, following
     the README's dependent convention.
  6. Prognosis ("days rather than weeks"), functional findings (distance walked, "min assist",
     "lacks capacity ...") and cognitive scores are RESULT; the scale is PROCEDURE.
  7. A paid caregiver's name is NAME (a household member under Safe Harbor); workforce named by
     role (driver, chaplain, social worker, coordinator, therapist who signs) is PROVIDER, and a
     role word that names a specialty (physical therapist, RT, grief counselor, fisioterapeuta,
     speech therapist) is SPECIALTY.
  8. A health-care proxy's or representative's message on channel portal is ALLOW like the
     patient's own (authorised access in the secure portal).
  9. Broadcasts to every patient or to the community (caregiver and grief support groups,
     falls-prevention class, volunteer recruitment, Medicare open enrollment, remembrance service,
     visiting rules of an assisted-living residence) are ALLOW without spans even with clinical
     words; but a broadcast whose *sender name* reveals the recipients' relative's condition
     (a memory-care unit writing to its families) keeps the SPECIALTY span and is REWRITE.
 10. Ages of 89 and under are not labelled; a birthday greeting without a calendar date is not a
     date.
 11. Bereavement: the decedent's name and date of death are NAME/DATE (REWRITE); a cause of death
     or diagnosis is a third party's health (BLOCK).
 12. Ride booking references are not labelled (they identify a trip slot); a carrier tracking
     number and a supplier order number are OTHER_ID; a Rx number is OTHER_ID (README).
 13. A device named conditionally in an instruction given to every patient ("your hearing aids if
     you use them") is not labelled (tag negation).
 14. Service tags: hospice, palliative, home health and DME -> home-health; hearing -> general;
     assisted living / SNF notices -> general; rides to dialysis -> dialysis.
 15. Purposes follow probe_lib (no confirmation/portal-notice): condolence, facility notices and
     ride/DME logistics -> other; the builder caps a message at 1,000 UTF-16 units, so the longest
     e-mails here are about 950 characters, not 1,500.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers; the SSN
is a well-known specimen number and the Medicare numbers are made up in the MBI format.
Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (e0001-e0015): Medicare wellness, fall-risk and memory screenings
add(
    ("e0001", "Hi Walter, this is Parkview Primary Care. Your Medicare Annual Wellness Visit with Dr. Ansari is on 4/17 at 9:00 AM—plan on about an hour. Reply C to confirm or call (612) 555-0142.",
     "REWRITE", "reminder", "sms", "en",
     [("Walter", "NAME"), ("Medicare Annual Wellness", "PROCEDURE"), ("Dr. Ansari", "PROVIDER"), ("4/17", "DATE"), ("(612) 555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "Name and the Medicare wellness visit type go (decision 1: 'Visit' stays outside the span); provider, date, time and the practice phone survive."),
    ("e0002", "Parkview Primary Care: It's time to schedule your annual wellness visit. Most plans cover it at no cost to you. Reply BOOK or call the office.",
     "ALLOW", "recall", "sms", "en", [],
     ["primary-care", "hard-negative"], "Decision 1: an annual wellness visit without 'Medicare' is the generic wellness visit the README lists as not revealing."),
    ("e0003", "Hello, this is an automated reminder from Brookline Family Practice for Dorothy Haskins. Dorothy is scheduled for a Welcome to Medicare preventive visit on Monday, June 2nd at 1:30 PM with nurse practitioner Lisa Chen. Press 1 to confirm or press 2 to speak with our staff.",
     "REWRITE", "reminder", "voice", "en",
     [("Dorothy Haskins", "NAME"), ("Dorothy", "NAME", 1), ("Welcome to Medicare", "PROCEDURE"), ("June 2nd", "DATE"), ("nurse practitioner Lisa Chen", "PROVIDER")],
     ["primary-care"], "Voice is treated like SMS (overheard). Name and the Medicare visit type (decision 1) go; date, time and the NP survive."),
    ("e0004", "Hola Sra. Pineda, le escribimos de la Clínica Familiar del Valle. Ya le toca su evaluación de riesgo de caídas y su visita anual de bienestar de Medicare. Llámenos al (210) 555-0117 para agendar.",
     "REWRITE", "recall", "sms", "es",
     [("Pineda", "NAME"), ("evaluación de riesgo de caídas", "PROCEDURE"), ("bienestar de Medicare", "PROCEDURE"), ("(210) 555-0117", "PHONE")],
     ["primary-care", "practice-contact"], "Recall survives once the name, the fall-risk assessment and the Medicare wellness label go (decision 1: 'visita anual de' stays outside)."),
    ("e0005", "Parkview Primary Care: Your memory screening from Tuesday was abnormal (Mini-Cog score 2/5). Dr. Ansari would like to refer you to neurology for more testing. Please call (612) 555-0142.",
     "BLOCK", "result", "sms", "en",
     [("memory screening", "PROCEDURE"), ("abnormal", "RESULT"), ("Mini-Cog", "PROCEDURE"), ("2/5", "RESULT"), ("Dr. Ansari", "PROVIDER"), ("neurology", "SPECIALTY"), ("(612) 555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "A cognition screening result by text; '2/5' is a score, not a date (decision 6)."),
    ("e0006", "Hi Karen, it's Beth, the nurse at Dr. Lowell's office. Your mom's MoCA today was 17/30, down from 22 last spring. Dr. Lowell wants to talk with you both about next steps. Can you call me back at (651) 555-0163?",
     "BLOCK", "result", "sms", "en",
     [("Karen", "NAME"), ("Beth", "PROVIDER"), ("Dr. Lowell", "PROVIDER"), ("Dr. Lowell", "PROVIDER", 1), ("MoCA", "PROCEDURE"), ("17/30", "RESULT"), ("from [[22]] last", "RESULT"), ("(651) 555-0163", "PHONE")],
     ["primary-care", "third-party"], "A parent's cognitive score and its decline written to an adult child: third party's result (decision 6)."),
    ("e0007", "Reminder: Dr. Feliciano at Harmon Street Clinic, Thu 11/6, 2:40 PM. Please arrive 15 min early and bring your insurance cards and a list of your medicines.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Feliciano", "PROVIDER"), ("11/6", "DATE")],
     ["primary-care"], "Provider, date and time with generic instructions."),
    ("e0008", "Subject: Time to schedule your fall-prevention visit\n\nDear Mr. Abernathy,\n\nDr. Greer asked us to reach out. As part of our Healthy Aging program, she would like you to come in for a fall-risk assessment with our physical therapist, Priya Nandakumar, DPT. The visit takes about 45 minutes; please wear comfortable shoes.\n\nWe have openings on Tuesday and Thursday mornings at our Maple Avenue office. To book, reply to this email or call the scheduling line at (612) 555-0142, Monday through Friday, 8 AM to 5 PM.\n\nWarm regards,\nScheduling Team\nParkview Primary Care\n4100 Maple Ave, Suite 200, Minneapolis, MN 55409",
     "REWRITE", "recall", "email", "en",
     [("fall-prevention", "PROCEDURE"), ("Abernathy", "NAME"), ("Dr. Greer", "PROVIDER"), ("fall-risk assessment", "PROCEDURE"), ("physical therapist", "SPECIALTY"), ("Priya Nandakumar", "PROVIDER"), ("DPT", "SPECIALTY"), ("(612) 555-0142", "PHONE"), ("4100 Maple Ave, Suite 200, Minneapolis, MN 55409", "ADDRESS")],
     ["primary-care", "physical-therapy", "practice-contact"], "Name, the fall-risk visit type (also in the subject line) and the therapist's specialty go; the booking request and the practice's own phone and address survive. Judgement: 'Healthy Aging program' is a generic program name."),
    ("e0009", "Estimado Sr. Ibarra: en la valoración de hoy, su papá, don Anselmo, tardó 19 segundos en la prueba Timed Up and Go, lo que indica alto riesgo de caídas. La Dra. Salcedo recomienda que use andadera y que empiece terapia física en casa. Cualquier duda, llámenos.",
     "BLOCK", "result", "email", "es",
     [("Ibarra", "NAME"), ("Anselmo", "NAME"), ("19 segundos", "RESULT"), ("Timed Up and Go", "PROCEDURE"), ("alto riesgo de caídas", "RESULT"), ("Dra. Salcedo", "PROVIDER"), ("andadera", "PROCEDURE"), ("terapia física", "PROCEDURE")],
     ["primary-care", "third-party"], "A parent's fall-risk test result written to his son: third party's result (decisions 5, 6)."),
    ("e0010", "Free balance & falls-prevention class for anyone 65+ at Parkview Primary Care, Wednesdays at 10 in the community room. No referral needed. Bring a friend!",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Community broadcast (decision 9); '65+' is not an age over 89."),
    ("e0011", "mrs delgado ur bone density scan @ Parkview Imaging is tmrw 8:15a. wear clothes w/ no metal zippers or buttons. reply Y to conf",
     "REWRITE", "reminder", "sms", "en",
     [("delgado", "NAME"), ("bone density scan", "PROCEDURE"), ("Parkview Imaging", "SPECIALTY")],
     ["imaging", "shorthand"], "Lower-case name, test and imaging name go; time and the clothing instruction survive."),
    ("e0012", "Centro Médico San José: Le recordamos su cita con el Dr. Beltrán el jueves 14 de agosto a las 9:15 a. m. Si necesita transporte, avísenos con 48 horas de anticipación. Responda SÍ para confirmar.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Beltrán", "PROVIDER"), ("14 de agosto", "DATE")],
     ["primary-care"], "Provider, date, time and a generic transport offer."),
    ("e0013", "Dr. Greer reviewed your DEXA — T-score -2.9 at the hip. Start alendronate 70 mg once weekly, first thing in the morning with a full glass of water, and stay upright 30 min.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Greer", "PROVIDER"), ("DEXA", "PROCEDURE"), ("T-score", "PROCEDURE"), ("-2.9", "RESULT"), ("alendronate 70 mg", "MEDICATION")],
     ["primary-care"], "Bone-density value plus dosing instructions."),
    ("e0014", "{{practice_name}}: Reminder—your Medicare wellness visit is on {{appt_date}} at {{appt_time}}. It includes a hearing screening and a short cognitive screening, so please allow 60 minutes. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Medicare wellness", "PROCEDURE"), ("hearing screening", "PROCEDURE"), ("cognitive screening", "PROCEDURE")],
     ["primary-care", "template"], "Template with content-free placeholders, but the text itself names the Medicare visit type and two screenings (decision 1)."),
    ("e0015", "Parkview Primary Care: Our office will be closed Monday for Memorial Day. If your appointment falls on that day, we have already called you to move it.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Memorial' and 'falls' in their everyday senses; a holiday is not a date."),
)

# ---------------------------------------------------------------- batch 2 (e0016-e0030): home health and therapy at home
add(
    ("e0016", "Bright Path Home Health: your nurse Tasha will visit tommorow between 10 AM and 12 PM. Please have your med list ready. Questions? (414) 555-0129",
     "REWRITE", "reminder", "sms", "en",
     [("Bright Path Home Health", "SPECIALTY"), ("nurse Tasha", "PROVIDER"), ("(414) 555-0129", "PHONE")],
     ["home-health", "practice-contact", "typo"], "Only the home-health agency name reveals the service (decision 2); the visit window survives."),
    ("e0017", "Your visit window for tomorrow is 1–3 PM. Your clinician will call about 30 minutes before arriving. Reply 1 to confirm or 2 if you need a different time.",
     "ALLOW", "reminder", "sms", "en", [],
     ["home-health", "hard-negative"], "Decision 3: a visit window that does not name the service or the agency is logistics."),
    ("e0018", "Buenos días, le escribe Rocío de Cuidado en Casa Bienestar. La terapeuta física Marisol irá a ver a su mamá, la Sra. Esperanza Ruiz, el miércoles entre 2 y 4 de la tarde. Favor de tener la andadera a la mano.",
     "REWRITE", "reminder", "sms", "es",
     [("Rocío", "PROVIDER"), ("Cuidado en Casa Bienestar", "SPECIALTY"), ("terapeuta física", "SPECIALTY"), ("Marisol", "PROVIDER"), ("Esperanza Ruiz", "NAME"), ("andadera", "PROCEDURE")],
     ["home-health", "physical-therapy", "third-party"], "A parent's home-therapy logistics: name, agency, therapist's specialty and the walker go (decisions 2, 4, 5, 7); day and window survive."),
    ("e0019", "Hi Mrs. Lindqvist, it's Paul from Bright Path. Gus's heel wound measured 3.1 x 2.4 cm today, a bit bigger than last week. Keep pressure off that foot and I'm asking Dr. Moreau to order a wound culture.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Lindqvist", "NAME"), ("Paul", "PROVIDER"), ("Gus", "NAME"), ("heel wound", "CONDITION"), ("3.1 x 2.4 cm", "RESULT"), ("bigger than last week", "RESULT"), ("Dr. Moreau", "PROVIDER"), ("wound culture", "PROCEDURE")],
     ["home-health", "third-party"], "A spouse's wound measurements and care instructions: third party's findings. The short agency name is not labelled (decision 2)."),
    ("e0020", "Reminder from Riverside Rehab at Home: your occupational therapy visit is Thu 9/18 between 9 and 11 AM with Jordan Pike, OTR/L.",
     "REWRITE", "reminder", "sms", "en",
     [("Riverside Rehab at Home", "SPECIALTY"), ("occupational therapy", "PROCEDURE"), ("9/18", "DATE"), ("Jordan Pike", "PROVIDER"), ("OTR/L", "SPECIALTY")],
     ["home-health", "physical-therapy"], "Agency name, therapy type and the specialty credential go (decision 2; credential split as DPT)."),
    ("e0021", "This is Oak Hollow Geriatrics calling with a reminder of your appointment with Dr. Haas on Friday, October 3rd at 11:45. Press 1 to confirm, 2 to reschedule, or 9 to hear this message again.",
     "REWRITE", "reminder", "voice", "en",
     [("Oak Hollow Geriatrics", "SPECIALTY"), ("Dr. Haas", "PROVIDER"), ("October 3rd", "DATE")],
     ["primary-care"], "Decision 2: a geriatrics practice name is treated like a pediatrics name (specialty defined by the patient group); the reminder survives."),
    ("e0022", "Subject: Update on your dad\n\nHi Renee,\n\nThis is Carla Ostrander, RN, with Bright Path Home Health. I saw your father this morning. His fasting sugars this week have run 210–260 and his A1c from last month was 9.4. Dr. Moreau wants to increase his Lantus from 18 to 22 units at bedtime starting tonight and keep the Humalog sliding scale the same. Please check his blood sugar before breakfast and supper and write it in the log on the fridge. If it's under 70, give him 4 oz of juice and call us.\n\nI'll be back Thursday between 9 and 11.\n\nCarla Ostrander, RN\nBright Path Home Health | (414) 555-0129",
     "BLOCK", "care-instructions", "email", "en",
     [("Renee", "NAME"), ("Carla Ostrander, RN", "PROVIDER"), ("Bright Path Home Health", "SPECIALTY"), ("fasting sugars", "PROCEDURE"), ("210–260", "RESULT"), ("A1c", "PROCEDURE"), ("9.4", "RESULT"), ("Dr. Moreau", "PROVIDER"), ("Lantus", "MEDICATION"), ("Humalog", "MEDICATION"), ("blood sugar", "PROCEDURE"), ("Carla Ostrander, RN", "PROVIDER", 1), ("Bright Path Home Health", "SPECIALTY", 1), ("(414) 555-0129", "PHONE")],
     ["home-health", "third-party"], "A parent's glucose values and insulin dose change e-mailed to his daughter: results and dosing of a third party."),
    ("e0023", "Bright Path Home Health: We got Dr. Moreau's referral for skilled nursing and PT for Harold Greenbaum. Our intake team will call you today to set up the first visit.",
     "REWRITE", "other", "sms", "en",
     [("Bright Path Home Health", "SPECIALTY"), ("Dr. Moreau", "PROVIDER"), ("skilled nursing", "SPECIALTY"), ("PT", "PROCEDURE"), ("Harold Greenbaum", "NAME")],
     ["home-health"], "Referral intake: agency, service lines and name go; 'we will call you today' survives (decision 2: skilled nursing is a service line)."),
    ("e0024", "Starting next week our home visit team will wear new navy uniforms and carry photo badges. Always ask to see a badge before letting anyone into your home.",
     "ALLOW", "other", "sms", "en", [],
     ["home-health", "broadcast", "hard-negative"], "Safety broadcast with no agency name (decisions 3, 9)."),
    ("e0025", "Sr. Montoya, su fisioterapeuta de Alivio Home Health llega mañana entre 8 y 10 de la mañana. Si no va a estar en casa, llame al (956) 555-0188.",
     "REWRITE", "reminder", "sms", "es",
     [("Montoya", "NAME"), ("fisioterapeuta", "SPECIALTY"), ("Alivio Home Health", "SPECIALTY"), ("(956) 555-0188", "PHONE")],
     ["home-health", "physical-therapy", "practice-contact"], "Name, therapist role (decision 7) and agency name go; window and call-back survive."),
    ("e0026", "Doña Carmen, le recuerdo que a don Álvaro le toca la furosemida de 40 mg en la mañana, y si sube más de 2 libras en un día me avisa. Hoy su presión fue 148/92. — Enf. Patricia",
     "BLOCK", "care-instructions", "sms", "es",
     [("Carmen", "NAME"), ("Álvaro", "NAME"), ("furosemida de 40 mg", "MEDICATION"), ("presión", "PROCEDURE"), ("148/92", "RESULT"), ("Enf. Patricia", "PROVIDER")],
     ["home-health", "third-party"], "A husband's diuretic dose, weight rule and blood pressure sent to his wife: dosing and a value of a third party."),
    ("e0027", "After-hours line for Bright Path clients: (414) 555-0100, day or night. For a medical emergency call 911.",
     "ALLOW", "other", "sms", "en",
     [("(414) 555-0100", "PHONE")],
     ["home-health", "practice-contact"], "The agency's own number under its short name (decision 2); 911 is not a phone identifier."),
    ("e0028", "Hi Mr. Haddad, this is Lena, the speech therapist who saw your wife today. Her swallow study showed she's aspirating thin liquids, so please only give her nectar-thick drinks (1 scoop of Thick-It per 4 oz) and keep her upright 30 min after meals.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Haddad", "NAME"), ("Lena", "PROVIDER"), ("speech therapist", "SPECIALTY"), ("swallow study", "PROCEDURE"), ("aspirating thin liquids", "RESULT"), ("Thick-It", "MEDICATION")],
     ["home-health", "third-party"], "A wife's swallow-study finding and feeding instructions written to her husband."),
    ("e0029", "Hi Dana, Marcus (PT) here. Quick update after your mom's session: she walked 40 ft w/ the walker, needed 2 rest breaks, O2 sat dipped to 86%. Not ready for stairs yet.",
     "BLOCK", "result", "sms", "en",
     [("Dana", "NAME"), ("Marcus", "PROVIDER"), ("PT", "SPECIALTY"), ("40 ft", "RESULT"), ("walker", "PROCEDURE"), ("O2 sat", "PROCEDURE"), ("86%", "RESULT"), ("Not ready for stairs", "RESULT")],
     ["home-health", "physical-therapy", "third-party", "shorthand"], "A parent's functional findings and oxygen saturation written to her child (decision 6); '(PT)' is the therapist's role, SPECIALTY (decision 7)."),
    ("e0030", "${agencyName}: your visit window tomorrow is ${windowStart}–${windowEnd}. Reply 1 to confirm, 2 to reschedule. Txt STOP to opt out.",
     "ALLOW", "reminder", "sms", "en", [],
     ["home-health", "template", "hard-negative"], "Template whose placeholders carry the agency and a time window only (README: such placeholders carry no patient data)."),
)

# ---------------------------------------------------------------- batch 3 (e0031-e0045): hospice and palliative care
add(
    ("e0031", "Evergreen Hospice: Chaplain Reyes will stop by Wendesday around 3 PM to visit with your husband. Call (414) 555-0175 if another time works better.",
     "REWRITE", "reminder", "sms", "en",
     [("Evergreen Hospice", "SPECIALTY"), ("Chaplain Reyes", "PROVIDER"), ("(414) 555-0175", "PHONE")],
     ["home-health", "third-party", "practice-contact", "typo"], "The hospice name is the only sensitive part (decision 2); a chaplain named by role is workforce (decision 7)."),
    ("e0032", "Hi Joan, this is Amy, the hospice nurse. Your dad has started having long pauses in his breathing and is sleeping most of the day. I think we are looking at days rather than weeks. You may want to let family know to come soon.",
     "BLOCK", "other", "sms", "en",
     [("Joan", "NAME"), ("Amy", "PROVIDER"), ("hospice", "SPECIALTY"), ("long pauses in his breathing", "CONDITION"), ("sleeping most of the day", "CONDITION"), ("days rather than weeks", "RESULT")],
     ["home-health", "third-party"], "A parent's decline and prognosis written to a child by text (decision 6: prognosis is RESULT)."),
    ("e0033", "Hospicio La Paz: la enfermera Lupita visitará a su esposo el viernes 7 de marzo entre 10 y 12. Cualquier cosa, estamos las 24 horas al (915) 555-0133.",
     "REWRITE", "reminder", "sms", "es",
     [("Hospicio La Paz", "SPECIALTY"), ("enfermera Lupita", "PROVIDER"), ("7 de marzo", "DATE"), ("(915) 555-0133", "PHONE")],
     ["home-health", "third-party", "practice-contact"], "Hospice name goes (decision 2); visit date and the 24-hour line survive. '24 horas' is not a date."),
    ("e0034", "Evergreen Hospice RN: if he seems uncomfortable give 0.25 mL (5 mg) of the morphine under the tongue, may repeat once in 1 hr. Lorazepam 0.5 mg for restlessness. Call us before a 3rd dose.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Evergreen Hospice", "SPECIALTY"), ("morphine", "MEDICATION"), ("Lorazepam 0.5 mg", "MEDICATION"), ("restlessness", "CONDITION")],
     ["home-health", "third-party"], "Comfort-kit dosing instructions for a patient, written to the family."),
    ("e0035", "Subject: Your upcoming visit at Solace Palliative Care\n\nDear Mrs. Whitaker,\n\nThis is a reminder that you are scheduled to see Dr. Amadi on Wednesday, January 21 at 1:00 PM for a goals-of-care conversation. Many patients bring a spouse, adult child or health-care proxy; you are welcome to bring anyone you'd like. The visit usually lasts 60–90 minutes.\n\nWe are located at 815 Harbor View Dr, Suite 3B, Tacoma, WA 98402. Free parking is available in our garage; bring your ticket to the front desk to have it validated.\n\nIf you need to reschedule, call (253) 555-0114. Please do not reply to this email with medical questions — use the patient portal or call us.\n\nWith care,\nSolace Palliative Care",
     "REWRITE", "reminder", "email", "en",
     [("Solace Palliative Care", "SPECIALTY"), ("Whitaker", "NAME"), ("Dr. Amadi", "PROVIDER"), ("January 21", "DATE"), ("goals-of-care", "PROCEDURE"), ("815 Harbor View Dr, Suite 3B, Tacoma, WA 98402", "ADDRESS"), ("(253) 555-0114", "PHONE"), ("Solace Palliative Care", "SPECIALTY", 1)],
     ["home-health", "practice-contact"], "Palliative practice name (subject and signature), name and the visit type go; provider, date, the practice's address and phone survive."),
    ("e0036", "Subject: Summary of today's family meeting\n\nDear Mr. Novak,\n\nThank you for meeting with the palliative care team today about your mother, Irena Novak. As we discussed, the CT from 2/3 shows her pancreatic cancer has spread to the liver, and Dr. Sato does not think more chemotherapy would help. We estimate her prognosis at weeks to a few months. Your mother has chosen a DNR order and would like to go home with hospice. We will start Dilaudid 2 mg every 4 hours as needed for pain and continue Creon with meals.\n\nWe know this is a lot to take in, and we are grateful for how closely your family has stayed by her side.\n\nOur social worker, Teresa, will call you tomorrow about hospice agencies near you.\n\nPlease call (216) 555-0148 with any questions.\n\nDr. Helen Sato\nPalliative Medicine, Lakeshore General",
     "BLOCK", "other", "email", "en",
     [("Novak", "NAME"), ("palliative care", "SPECIALTY"), ("Irena Novak", "NAME"), ("the [[CT]] from", "PROCEDURE"), ("2/3", "DATE"), ("pancreatic cancer", "CONDITION"), ("spread to the liver", "RESULT"), ("Dr. Sato", "PROVIDER"), ("chemotherapy", "PROCEDURE"), ("weeks to a few months", "RESULT"), ("DNR order", "PROCEDURE"), ("hospice", "SPECIALTY"), ("Dilaudid 2 mg", "MEDICATION"), ("for [[pain]]", "CONDITION"), ("Creon", "MEDICATION"), ("Teresa", "PROVIDER"), ("hospice", "SPECIALTY", 1), ("(216) 555-0148", "PHONE"), ("Dr. Helen Sato", "PROVIDER"), ("Palliative Medicine", "SPECIALTY")],
     ["oncology", "home-health", "third-party"], "Diagnosis, imaging finding, prognosis, code status and dosing of a parent e-mailed to her son."),
    ("e0037", "Community newsletter: Volunteers needed! Our hospice program is looking for caring people to sit with patients, run errands for families or share music. Free training starts next month—reply INFO to learn more.",
     "ALLOW", "marketing", "sms", "en", [],
     ["home-health", "broadcast", "hard-negative"], "Decision 9: a volunteer-recruitment broadcast to a community list says nothing about any recipient."),
    ("e0038", "The bereavement team at Evergreen Hospice is thinking of you. Our grief counselor, Naomi, will call next week to check in. Support is free for 13 months.",
     "REWRITE", "other", "sms", "en",
     [("bereavement", "SPECIALTY"), ("Evergreen Hospice", "SPECIALTY"), ("grief counselor", "SPECIALTY"), ("Naomi", "PROVIDER")],
     ["home-health", "behavioral-health"], "Bereavement outreach reveals a death in hospice care; service names go, the call-back survives (decisions 2, 7, 11)."),
    ("e0039", "Sra. Vega, lamentamos mucho el fallecimiento de su mamá, doña Refugio. Ya tenemos el certificado de defunción: indica insuficiencia cardiaca como causa. Puede pasar por él a la oficina de lunes a viernes.",
     "BLOCK", "other", "sms", "es",
     [("Vega", "NAME"), ("Refugio", "NAME"), ("insuficiencia cardiaca", "CONDITION")],
     ["home-health", "third-party"], "Cause of death of a parent by text: a third party's diagnosis (decision 11)."),
    ("e0040", "Le recordamos su cita con el Dr. Whitcomb el lunes 8 de diciembre a las 3:20 p. m., consultorio 210. Si gusta, puede venir acompañado de un familiar.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Whitcomb", "PROVIDER"), ("8 de diciembre", "DATE")],
     ["primary-care"], "Provider, date, time and room; bringing a relative is a generic invitation."),
    ("e0041", "Hi, this message is for Theodore Banks's daughter. This is the Evergreen Hospice on-call line returning your call. Please call us back at 4 1 4, 5 5 5, 0 1 7 5.",
     "REWRITE", "other", "voice", "en",
     [("Theodore Banks", "NAME"), ("Evergreen Hospice", "SPECIALTY"), ("4 1 4, 5 5 5, 0 1 7 5", "PHONE")],
     ["home-health", "third-party", "practice-contact"], "Voicemail (treated like SMS): the patient's name and the hospice name go; a call-back with the spoken practice number survives."),
    ("e0042", "Message for Linda Hart (health-care proxy) about George Hart: the palliative team increased George's oxycodone to 5 mg every 4 hours as needed for pain. His nausea is better on ondansetron 4 mg. Next home visit 5/20.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Linda Hart", "NAME"), ("George Hart", "NAME"), ("palliative", "SPECIALTY"), ("George", "NAME", 1), ("oxycodone", "MEDICATION"), ("for [[pain]]", "CONDITION"), ("nausea", "CONDITION"), ("ondansetron 4 mg", "MEDICATION"), ("5/20", "DATE")],
     ["home-health", "third-party", "contrast"], "Decision 8: the proxy's message inside the secure portal may carry names, doses and symptoms (contrast with the SMS version)."),
    ("e0043", "Linda - palliative team upped George's oxycodone to 5mg q4h prn pain. Nausea better on ondansetron. Next visit 5/20.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Linda", "NAME"), ("palliative", "SPECIALTY"), ("George", "NAME"), ("oxycodone", "MEDICATION"), ("pain", "CONDITION"), ("Nausea", "CONDITION"), ("ondansetron", "MEDICATION"), ("5/20", "DATE")],
     ["home-health", "third-party", "contrast", "shorthand"], "The same dose change by SMS: a third party's dosing."),
    ("e0044", "Reminder: hospice equipment delivery (hospital bed & overbed table) for Mr. Castellano tomorrow 9a-1p. An adult must be home to sign. Questions: (216) 555-0150, Keystone Medical Supply.",
     "REWRITE", "other", "sms", "en",
     [("hospice", "SPECIALTY"), ("hospital bed", "PROCEDURE"), ("Castellano", "NAME"), ("(216) 555-0150", "PHONE")],
     ["home-health", "practice-contact"], "DME delivery: hospice, the bed and the name go (decisions 2, 4); window and the supplier's number survive. Judgement: an overbed table is furniture, not labelled."),
    ("e0045", "Grupo de apoyo para cuidadores: todos los martes a las 6 pm en la biblioteca del Centro Médico San José. Abierto a toda la comunidad, no necesita registrarse.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Caregiver support group open to the whole community (decision 9)."),
)

# ---------------------------------------------------------------- batch 4 (e0046-e0060): pharmacy packaging and delivery, DME
add(
    ("e0046", "Alder Pharmacy: Your multi-dose pill packs for next month are ready. Delivery is scheduled for Thursday between 1 and 5 PM. Reply HOLD to pause.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Judgement: pill packs are a dispensing format that names no drug or condition."),
    ("e0047", "Alder Pharmacy: Eleanor, your donepezil 10 mg and memantine are ready at the drive-thru window. Rx# 7720451, 7720452. Reply STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("Eleanor", "NAME"), ("donepezil 10 mg", "MEDICATION"), ("memantine", "MEDICATION"), ("7720451", "OTHER_ID"), ("7720452", "OTHER_ID")],
     ["pharmacy", "identifier"], "Pickup notice: name, revealing drugs and Rx numbers go; 'ready at the drive-thru' survives."),
    ("e0048", "Farmacia La Esperanza: el pedido de su papá, el Sr. Benítez (Eliquis 5 mg y metoprolol 25 mg), ya va en camino. Llega hoy entre 3 y 6 pm y alguien debe firmar.",
     "BLOCK", "pickup", "sms", "es",
     [("Benítez", "NAME"), ("Eliquis 5 mg", "MEDICATION"), ("metoprolol 25 mg", "MEDICATION")],
     ["pharmacy", "third-party"], "A parent's medications sent to the child: README's third-party convention (a dependent's medication is BLOCK), decision 5."),
    ("e0049", "Alder Pharmacy: Dr. Kaye lowered your warfarin. Starting tonight take 2.5 mg on Mon/Wed/Fri and 5 mg all other days. Your new blister pack is in Thursday's delivery.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Kaye", "PROVIDER"), ("warfarin", "MEDICATION")],
     ["pharmacy"], "Anticoagulant dosing instructions by text."),
    ("e0050", "Your order from Riverside Pharmacy shipped and should arrive Tue 2/11. Track it at riversiderx.example/track. Signature required.",
     "ALLOW", "pickup", "sms", "en",
     [("2/11", "DATE"), ("riversiderx.example/track", "URL")],
     ["pharmacy", "practice-contact"], "Shipping notice with the pharmacy's own untokened link."),
    ("e0051", "Cascade Respiratory: your CPAP and full-face mask ship today via UPS, tracking 1Z4F79A20311886653. Your RT will call within 2 days to schedule a video setup.",
     "REWRITE", "other", "sms", "en",
     [("Cascade Respiratory", "SPECIALTY"), ("CPAP", "PROCEDURE"), ("full-face mask", "PROCEDURE"), ("1Z4F79A20311886653", "OTHER_ID"), ("Your [[RT]] will", "SPECIALTY")],
     ["home-health", "identifier"], "Respiratory supplier name, devices, the therapist's role and the tracking number go (decisions 2, 4, 7, 12); shipment and call-back survive."),
    ("e0052", "Northwind Medical: We'll pick up the rented equipment on Fri 9/26 between 8 AM and 12 PM. Please have it unplugged and near the front door. Reply R to reschedule.",
     "ALLOW", "other", "sms", "en",
     [("9/26", "DATE")],
     ["home-health"], "DME pickup that names no device; generic supplier name (decision 2)."),
    ("e0053", "Northwind Medical: for equipment questions or repairs call (503) 555-0191, 24/7, or email service@northwindmed.example. Showroom: 2200 SE Foster Rd, Portland, OR 97206.",
     "ALLOW", "other", "sms", "en",
     [("(503) 555-0191", "PHONE"), ("service@northwindmed.example", "EMAIL"), ("2200 SE Foster Rd, Portland, OR 97206", "ADDRESS")],
     ["home-health", "practice-contact"], "The supplier's own phone, e-mail and address; '24/7' is not a date."),
    ("e0054", "Subject: Delivery confirmation – order #DL-440917\n\nHello Mrs. Brandt,\n\nYour oxygen concentrator (serial AC5-2281-0473) and two portable oxygen tanks will be delivered Tuesday, April 8, between 12 and 4 PM to 1187 Larchmont Rd, Apt 4, Dayton, OH 45419. A respiratory therapist will set up the equipment and show you and your family how to use it safely. Please keep the unit at least 6 feet from the stove, candles and any open flame, and do not smoke in the home.\n\nTo change the delivery time, call Northwind Medical at (937) 555-0112.\n\nThank you,\nNorthwind Medical Delivery Team",
     "REWRITE", "other", "email", "en",
     [("DL-440917", "OTHER_ID"), ("Brandt", "NAME"), ("oxygen concentrator", "PROCEDURE"), ("AC5-2281-0473", "DEVICE_ID"), ("portable [[oxygen]] tanks", "MEDICATION"), ("April 8", "DATE"), ("1187 Larchmont Rd, Apt 4, Dayton, OH 45419", "ADDRESS"), ("respiratory therapist", "SPECIALTY"), ("(937) 555-0112", "PHONE")],
     ["home-health", "identifier", "practice-contact"], "Delivery survives once the name, the patient's home address, device serial, order number and the oxygen terms go (decisions 4, 12)."),
    ("e0055", "Hi Tom, RT note from Northwind: per Dr. Obi, increase your dad's oxygen to 3 L/min when he walks and 2 L/min at rest. If his sats stay below 88%, call 911.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Tom", "NAME"), ("RT", "SPECIALTY"), ("Dr. Obi", "PROVIDER"), ("oxygen", "MEDICATION")],
     ["home-health", "third-party"], "Oxygen dosing for a parent written to the son."),
    ("e0056", "Equipo Médico del Sur: su entrega está programada para el lunes 3 de noviembre entre 9 y 1. Alguien mayor de 18 años debe estar en casa para firmar. Dudas al (956) 555-0181.",
     "ALLOW", "other", "sms", "es",
     [("3 de noviembre", "DATE"), ("(956) 555-0181", "PHONE")],
     ["home-health", "practice-contact"], "Delivery window from a generic supplier name, no device named (decision 2)."),
    ("e0057", "Cascade Respiratory: your CPAP data for the last 30 days shows 3.1 hrs/night average use and an AHI of 14.2. Your plan requires 4+ hrs on 70% of nights or the machine may have to be returned.",
     "BLOCK", "result", "sms", "en",
     [("Cascade Respiratory", "SPECIALTY"), ("CPAP", "PROCEDURE"), ("3.1 hrs/night", "RESULT"), ("AHI", "PROCEDURE"), ("14.2", "RESULT")],
     ["home-health", "contrast"], "Device usage values and an apnea index by text."),
    ("e0058", "Your CPAP report for April: average use 5.8 hrs/night, AHI 2.9, mask leak within range. You meet your plan's compliance requirement—no action needed. – Cascade Respiratory",
     "ALLOW", "result", "portal", "en",
     [("CPAP", "PROCEDURE"), ("5.8 hrs/night", "RESULT"), ("AHI", "PROCEDURE"), ("2.9", "RESULT"), ("within range", "RESULT"), ("Cascade Respiratory", "SPECIALTY")],
     ["home-health", "contrast"], "Same kind of data inside the portal: ALLOW (README channel convention)."),
    ("e0059", "Time to reorder! Your plan covers replacement supplies every 90 days. Reply YES and we'll ship to the address on file, or call Northwind Medical at (503) 555-0191.",
     "ALLOW", "recall", "sms", "en",
     [("(503) 555-0191", "PHONE")],
     ["home-health", "practice-contact"], "Resupply reminder naming no device; the supplier's own number."),
    ("e0060", "Farmacia La Esperanza: su pedido está listo. Recuerde que ahora entregamos a domicilio sin costo a personas mayores de 65 años. Llame o responda ENTREGA.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "hard-negative"], "Generic pickup plus a delivery policy; '65 años' is not an age over 89 (decision 10)."),
)

# ---------------------------------------------------------------- batch 5 (e0061-e0072): rides, hearing and vision
add(
    ("e0061", "Your ride to Linden Medical Group is booked for Wed 1/14. Pickup window 9:10–9:40 AM. Your driver will call when nearby. To cancel call (612) 555-0107.",
     "ALLOW", "reminder", "sms", "en",
     [("1/14", "DATE"), ("(612) 555-0107", "PHONE")],
     ["primary-care", "practice-contact"], "Ride to a generic practice; the ride service's own number."),
    ("e0062", "MedRide: Pickup for Mr. Ostrowski 6:15 AM Tue for dialysis at Lakeshore Kidney Center, return 11:30 AM. Driver: Andre, gray Honda Odyssy.",
     "REWRITE", "reminder", "sms", "en",
     [("Ostrowski", "NAME"), ("dialysis", "PROCEDURE"), ("Lakeshore Kidney Center", "SPECIALTY"), ("Andre", "PROVIDER")],
     ["dialysis", "typo"], "Name, treatment and kidney-centre name go; times and the car survive. Decision 7: the driver named by role is workforce (PROVIDER)."),
    ("e0063", "Transporte Amigo: mañana recogemos a la Sra. Otilia Fuentes a las 7:30 para su quimioterapia en el Centro Oncológico del Valle. Regreso aprox. 1 pm.",
     "REWRITE", "reminder", "sms", "es",
     [("Otilia Fuentes", "NAME"), ("quimioterapia", "PROCEDURE"), ("Centro Oncológico del Valle", "SPECIALTY")],
     ["oncology", "third-party"], "Ride logistics: name, chemo and the oncology centre go (decision 5: a procedure, not a condition or result)."),
    ("e0064", "ClearSound Hearing Center: your hearing aid fitting with Dr. Baptiste, AuD is Thu 10/9 at 2:00. Feel free to bring a family member.",
     "REWRITE", "reminder", "sms", "en",
     [("ClearSound Hearing Center", "SPECIALTY"), ("hearing aid fitting", "PROCEDURE"), ("Dr. Baptiste", "PROVIDER"), ("AuD", "SPECIALTY"), ("10/9", "DATE")],
     ["general"], "Hearing centre name, the fitting and the audiology credential go (decisions 2, 14)."),
    ("e0065", "Dr. Baptiste here with your hearing test results: you have moderate to severe hearing loss in both ears, a bit worse on the right. I'd recommend hearing aids for both sides—call us to talk about options.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Baptiste", "PROVIDER"), ("hearing test", "PROCEDURE"), ("moderate to severe hearing loss", "CONDITION"), ("worse on the right", "RESULT"), ("hearing aids", "PROCEDURE")],
     ["general"], "Audiogram finding and diagnosis by text."),
    ("e0066", "Linden Medical Group: for tomorrow's visit please bring all of your pill bottles, your glasses, and your hearing aids if you use them. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en", [],
     ["primary-care", "negation", "hard-negative"], "Decision 13: a conditional device mention in an instruction given to every patient says nothing about the recipient."),
    ("e0067", "Lakeview Eye Associates: It's been a year since Mrs. Adeyemi's last glaucoma check. Please call (312) 555-0146 to book her visual field test.",
     "BLOCK", "recall", "sms", "en",
     [("Lakeview Eye Associates", "SPECIALTY"), ("Adeyemi", "NAME"), ("glaucoma", "CONDITION"), ("(312) 555-0146", "PHONE"), ("visual field test", "PROCEDURE")],
     ["ophthalmology", "third-party", "practice-contact"], "Written to a family member: a third party's condition used as a visit label is BLOCK (README: Sofia's asthma check; decision 5)."),
    ("e0068", "Centro Oftalmológico Miravista: Don Rigoberto, su revisión después de la cirugía de cataratas es el 22 de octubre a las 9:40 con la Dra. Pacheco.",
     "REWRITE", "reminder", "sms", "es",
     [("Centro Oftalmológico Miravista", "SPECIALTY"), ("Rigoberto", "NAME"), ("cirugía de cataratas", "PROCEDURE"), ("22 de octubre", "DATE"), ("Dra. Pacheco", "PROVIDER")],
     ["ophthalmology"], "Eye-centre name, name and the surgery go; date, time and provider survive."),
    ("e0069", "Dear Mr. Drummond,\n\nYour OCT scan today showed new fluid under the retina in your left eye, which means the wet macular degeneration has become active again. Dr. Hollis recommends restarting Eylea injections every 4 weeks, beginning next Monday. Please arrange a driver, since your eyes will be dilated.\n\nIf you notice sudden loss of vision before then, call us right away at (312) 555-0146.\n\nLakeview Eye Associates",
     "BLOCK", "result", "email", "en",
     [("Drummond", "NAME"), ("OCT scan", "PROCEDURE"), ("new fluid under the retina", "RESULT"), ("wet macular degeneration", "CONDITION"), ("Dr. Hollis", "PROVIDER"), ("Eylea injections", "MEDICATION"), ("(312) 555-0146", "PHONE"), ("Lakeview Eye Associates", "SPECIALTY")],
     ["ophthalmology", "practice-contact"], "Imaging finding, diagnosis and a treatment plan by e-mail."),
    ("e0070", "CareLink Rides: trip confirmed for Fri 5/29. Pickup 10:05 AM from your home, return pickup 1:30 PM. Booking ref CLR-20417. Reply CANCEL to cancel.",
     "ALLOW", "reminder", "sms", "en",
     [("5/29", "DATE")],
     ["general"], "Decision 12: a ride booking reference identifies a trip slot, not a person."),
    ("e0071", "Transporte Amigo: su viaje a la Clínica Familiar del Valle quedó confirmado para el martes 9 de diciembre. Lo recogemos entre 8:00 y 8:30 a. m. Para cancelar, llame al (210) 555-0121.",
     "ALLOW", "reminder", "sms", "es",
     [("9 de diciembre", "DATE"), ("(210) 555-0121", "PHONE")],
     ["primary-care", "practice-contact"], "Ride to a generic clinic with the ride service's own number."),
    ("e0072", "Hi Raj, Dr. Mehta's office here. Your father shouldn't drive anymore—his vision in the right eye is 20/200 since the stroke. Please arrange rides for his appointments.",
     "BLOCK", "other", "sms", "en",
     [("Raj", "NAME"), ("Dr. Mehta", "PROVIDER"), ("20/200", "RESULT"), ("stroke", "CONDITION")],
     ["ophthalmology", "third-party"], "A parent's acuity value and diagnosis written to a son; '20/200' is not a date."),
)

# ---------------------------------------------------------------- batch 6 (e0073-e0088): facilities, care plans, visiting rules, guardians
add(
    ("e0073", "Subject: Updated visiting guidelines\n\nDear families and friends,\n\nStarting Monday, Magnolia Court Assisted Living will welcome visitors daily from 9:00 AM to 8:00 PM. Please sign in at the front desk and wear your visitor badge. If you have a cough, fever or other cold symptoms, we ask that you visit by video instead—our activities team can set up a call.\n\nPets are welcome in common areas on a leash. Outside food is fine, but please check with the nurse before bringing snacks to a resident on a special diet.\n\nChildren are welcome with an adult. Our family council meets the second Tuesday of each month at 6:30 PM in the library; all families are invited.\n\nParking is available in the east lot. After 8:00 PM the main doors lock; ring the bell and staff will let you out.\n\nQuestions? Call the front desk at (919) 555-0138 or email frontdesk@magnoliacourt.example.\n\nMagnolia Court Assisted Living\n2400 Glenwood Ave, Raleigh, NC 27608",
     "ALLOW", "other", "email", "en",
     [("(919) 555-0138", "PHONE"), ("frontdesk@magnoliacourt.example", "EMAIL"), ("2400 Glenwood Ave, Raleigh, NC 27608", "ADDRESS")],
     ["general", "broadcast", "practice-contact"], "Visiting-rules broadcast from an assisted-living residence (decisions 2, 9); symptoms are generic advice; only the residence's own contacts are labelled."),
    ("e0074", "Willow Lane Memory Care: Family visiting hours change to 10 AM–7 PM starting Monday. Please avoid mealtimes (12–1 and 5–6) so residents can eat without distraction.",
     "REWRITE", "other", "sms", "en",
     [("Willow Lane Memory Care", "SPECIALTY")],
     ["general", "broadcast"], "Decision 9: the broadcast content is generic, but the memory-care sender name tells each recipient's lock screen that their relative lives in a dementia unit."),
    ("e0075", "Dear Ms. Farrow,\n\nThe quarterly care plan meeting for your mother, Beatrice Farrow, is scheduled for Thursday, June 12 at 2:00 PM in the second-floor conference room at Willowbrook Skilled Nursing & Rehabilitation. The interdisciplinary team (nursing, social services, therapy, dietary and activities) will review her plan of care with you. If you can't attend in person, dial (708) 555-0160 and ask for the care conference line.\n\nPlease let us know by Tuesday if another family member or her health-care proxy would like to take part.\n\nSincerely,\nMarisa Kent, LSW\nSocial Services Director",
     "REWRITE", "reminder", "email", "en",
     [("Farrow", "NAME"), ("Beatrice Farrow", "NAME"), ("June 12", "DATE"), ("Willowbrook Skilled Nursing & Rehabilitation", "SPECIALTY"), ("(708) 555-0160", "PHONE"), ("Marisa Kent, LSW", "PROVIDER")],
     ["general", "third-party", "practice-contact"], "Care-plan meeting logistics for a parent: names and the skilled-nursing name go (decisions 2, 5); date, room and call-in line survive."),
    ("e0076", "Hi Mike, Rosa RN at Willowbrook. Your mom had an unwitnessed fall around 3 AM — no obvious injury, small bump on her forehead. Neuro checks are normal so far; Dr. Tran ordered a head CT to be safe.",
     "BLOCK", "other", "sms", "en",
     [("Mike", "NAME"), ("Rosa RN", "PROVIDER"), ("unwitnessed fall", "CONDITION"), ("no obvious injury", "RESULT"), ("bump on her forehead", "CONDITION"), ("Neuro checks", "PROCEDURE"), ("normal", "RESULT"), ("Dr. Tran", "PROVIDER"), ("head CT", "PROCEDURE")],
     ["general", "third-party"], "Incident report about a parent's fall and findings written to her son. 'Fall' here is the clinical sense."),
    ("e0077", "Willowbrook families: our Fall Festival is Saturday 2–4 PM on the back patio — cider, music and a petting zoo. Grandkids welcome!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Fall' is the season; the facility's short name is not revealing (decision 2)."),
    ("e0078", "Residencia Los Robles: la reunión del plan de cuidados de su papá, don Eusebio Carranza, será el 18 de febrero a las 11 a. m. Puede venir en persona o conectarse por teléfono.",
     "REWRITE", "reminder", "sms", "es",
     [("Eusebio Carranza", "NAME"), ("18 de febrero", "DATE")],
     ["general", "third-party"], "Only the parent's name goes; an assisted-living residence name and 'plan de cuidados' are generic (decision 2)."),
    ("e0079", "Asunto: Cambios en el estado de su mamá\n\nEstimada Sra. Olvera:\n\nLe escribimos del área de enfermería de Casa Serena. En las últimas dos semanas su mamá ha estado más desorientada por las tardes, ha bajado 4 kilos y ya necesita ayuda para comer. La Dra. Quintanilla la revisó ayer y piensa que la demencia está avanzando. Nos gustaría reunirnos con usted para hablar de cuidados paliativos y de lo que su mamá hubiera querido.\n\n¿Le queda bien el jueves a las 4 de la tarde? Puede llamarnos al (602) 555-0166.\n\nAtentamente,\nEquipo de Enfermería\nCasa Serena",
     "BLOCK", "other", "email", "es",
     [("Olvera", "NAME"), ("desorientada", "CONDITION"), ("4 kilos", "RESULT"), ("Dra. Quintanilla", "PROVIDER"), ("demencia", "CONDITION"), ("cuidados paliativos", "SPECIALTY"), ("(602) 555-0166", "PHONE")],
     ["general", "third-party", "practice-contact"], "A parent's decline (confusion, weight loss, progressing dementia) written to her daughter."),
    ("e0080", "Cedar Ridge Senior Living front desk: (708) 555-0158. Business office fax: (708) 555-0159. Resident services: residents@cedarridge.example",
     "ALLOW", "other", "sms", "en",
     [("(708) 555-0158", "PHONE"), ("(708) 555-0159", "FAX"), ("residents@cedarridge.example", "EMAIL")],
     ["general", "practice-contact"], "The residence's own phone, fax and e-mail."),
    ("e0081", "Summit Rehab Hospital: Mr. Delacroix's discharge home is planned for Friday 3/6 around 11 AM. Please bring clothes, sturdy shoes and his walker.",
     "REWRITE", "other", "sms", "en",
     [("Summit Rehab Hospital", "SPECIALTY"), ("Delacroix", "NAME"), ("3/6", "DATE"), ("walker", "PROCEDURE")],
     ["physical-therapy", "third-party"], "Discharge logistics: rehab name, name and the device go (decisions 2, 4, 5); date and time survive."),
    ("e0082", "PT update from Summit Rehab: Mrs. Szabo walked 150 ft with a rolling walker today, 6 days after her hip replacement. Still needs min assist on stairs.",
     "BLOCK", "result", "sms", "en",
     [("PT", "PROCEDURE"), ("Summit Rehab", "SPECIALTY"), ("Szabo", "NAME"), ("150 ft", "RESULT"), ("rolling walker", "PROCEDURE"), ("hip replacement", "PROCEDURE"), ("min assist", "RESULT")],
     ["physical-therapy", "orthopedics", "third-party"], "Functional progress after surgery is a finding (decision 6)."),
    ("e0083", "Residencia Los Robles: a partir del 1 de octubre el horario de visitas será de 9 a. m. a 8 p. m. Favor de registrarse en recepción y usar cubrebocas si tiene síntomas de gripa.",
     "ALLOW", "other", "sms", "es",
     [("1 de octubre", "DATE")],
     ["general", "broadcast"], "Visiting-rules broadcast from an assisted-living residence (decisions 2, 9)."),
    ("e0084", "Willowbrook: the statement for resident Arthur Pemberton (acct 40-118273) is ready. As his guardian you can pay at willowbrook.example/pay or call (708) 555-0177.",
     "REWRITE", "billing", "sms", "en",
     [("Arthur Pemberton", "NAME"), ("40-118273", "ACCOUNT"), ("willowbrook.example/pay", "URL"), ("(708) 555-0177", "PHONE")],
     ["general", "third-party", "identifier", "practice-contact"], "Billing a guardian: ward's name and account number go; the facility's own link and phone survive."),
    ("e0085", "Hi Ms. Pruitt,\n\nTo finish your father's Medicaid long-term care application we still need a few items. Please reply to confirm we have these right:\nName: Leonard Pruitt\nSSN: 078-05-1120\nMedicare number: 5TK2-WA9-HF36\nDOB: 09/14/1936\nWe also need his last 3 months of bank statements.\n\nThank you,\nBusiness Office, Willowbrook Skilled Nursing & Rehabilitation\n(708) 555-0177",
     "BLOCK", "billing", "email", "en",
     [("Pruitt", "NAME"), ("Leonard Pruitt", "NAME"), ("078-05-1120", "SSN"), ("5TK2-WA9-HF36", "HEALTH_PLAN_ID"), ("09/14/1936", "DATE"), ("Willowbrook Skilled Nursing & Rehabilitation", "SPECIALTY"), ("(708) 555-0177", "PHONE")],
     ["general", "third-party", "dob", "identifier"], "SSN, Medicare number and a full DOB with a name must never travel by e-mail."),
    ("e0086", "Brightwater residents and families: monthly rent and care fees are due on the 1st. If you use autopay, there's nothing you need to do.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Fee broadcast; 'the 1st' is not a calendar date."),
    ("e0087", "Estimada Sra. Aranda: ya está disponible el estado de cuenta del hospicio de su esposo. Cuenta 88-302114. Puede pagar en hospiciolapaz.example/pagos o al (915) 555-0133.",
     "REWRITE", "billing", "sms", "es",
     [("Aranda", "NAME"), ("hospicio", "SPECIALTY"), ("88-302114", "ACCOUNT"), ("hospiciolapaz.example/pagos", "URL"), ("(915) 555-0133", "PHONE")],
     ["home-health", "third-party", "identifier", "practice-contact"], "Name, hospice and account go (decision 2); the hospice's own link and phone survive. Judgement: the hospice's own pay link is labelled URL like any practice link, although its domain itself names the service (a careful sender would use a neutral domain)."),
    ("e0088", "This is Willowbrook with a message for all families: because of the ice storm, the building is closed to visitors today. To set up a video call with your loved one, call the front desk at 708-555-0160.",
     "ALLOW", "other", "voice", "en",
     [("708-555-0160", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Closure broadcast under the facility's short name (decision 2)."),
)

# ---------------------------------------------------------------- batch 7 (e0089-e0100): birthdays, ages, bereavement, results to patients
add(
    ("e0089", "Happy 94th birthday, Mrs. Kowalski! Everyone at Linden Medical Group wishes you a wonderful day. 🎂",
     "REWRITE", "marketing", "sms", "en",
     [("94th", "AGE"), ("Kowalski", "NAME")],
     ["primary-care", "age-over-89"], "An age over 89 (the ordinal) and the name go; 'Happy birthday' survives (decision 10)."),
    ("e0090", "Happy 89th birthday from all of us at Harmon Street Clinic! Stop by the front desk this week for a free cupcake.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "hard-negative"], "Decision 10: 89 is not over 89, and no calendar date is written."),
    ("e0091", "¡Muchas felicidades, doña Amparo, por sus 100 años! Todo el equipo de la Clínica Familiar del Valle le manda un fuerte abrazo.",
     "REWRITE", "marketing", "sms", "es",
     [("Amparo", "NAME"), ("100", "AGE")],
     ["primary-care", "age-over-89"], "Name and an age over 89 go; the greeting survives."),
    ("e0092", "Subject: Move-in confirmation\n\nDear Mr. Whitfield,\n\nWe're glad to confirm that your father will move into Room 214 at Cedar Ridge Senior Living on Saturday, March 14. Please review the details we have on file and let us know of any corrections:\n\nResident: Clarence Whitfield\nDate of birth: 02/28/1930 (age 96)\nMedicare: 7PJ3-KD8-NV21\nPrimary physician: Dr. Imani Cole\n\nMovers may use the loading dock on the north side between 9 AM and 3 PM. Our move-in coordinator, Jessie, will meet you at the front desk.\n\nWarm regards,\nCedar Ridge Senior Living\n(708) 555-0158",
     "BLOCK", "other", "email", "en",
     [("Whitfield", "NAME"), ("March 14", "DATE"), ("Clarence Whitfield", "NAME"), ("02/28/1930", "DATE"), ("96", "AGE"), ("7PJ3-KD8-NV21", "HEALTH_PLAN_ID"), ("Dr. Imani Cole", "PROVIDER"), ("Jessie", "PROVIDER"), ("(708) 555-0158", "PHONE")],
     ["general", "third-party", "dob", "age-over-89", "identifier", "practice-contact"], "Full date of birth with the resident's name, an age over 89 and a Medicare number: BLOCK. Room number not labelled."),
    ("e0093", "Nota para el chofer: la pasajera tiene 96 años y usa silla de ruedas, favor de mandar la camioneta con rampa.",
     "REWRITE", "other", "sms", "es",
     [("96", "AGE"), ("silla de ruedas", "PROCEDURE")],
     ["general", "age-over-89"], "Ride note: age over 89 and the device go (decision 4); 'send the ramp van' survives."),
    ("e0094", "Dear Mrs. Halvorsen, all of us at Evergreen Hospice are holding you close as the first anniversary of Leif's passing approaches on 11/19. If you'd like to talk, we're here: (414) 555-0176.",
     "REWRITE", "other", "sms", "en",
     [("Halvorsen", "NAME"), ("Evergreen Hospice", "SPECIALTY"), ("Leif", "NAME"), ("11/19", "DATE"), ("(414) 555-0176", "PHONE")],
     ["home-health", "third-party", "practice-contact"], "Decision 11: decedent's name, date of death and the hospice name go; condolence and phone survive."),
    ("e0095", "Thinking of you today, Carol. Frank faced ALS with such grace, and it was an honor to care for him these last months. — Your Evergreen team",
     "BLOCK", "other", "sms", "en",
     [("Carol", "NAME"), ("Frank", "NAME"), ("ALS", "CONDITION")],
     ["home-health", "third-party"], "Decision 11: a decedent's diagnosis is a third party's health."),
    ("e0096", "In loving memory: please join us for our annual Service of Remembrance on Sunday at 4 PM in the chapel. All families and friends are welcome.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Memory' in its everyday sense; a broadcast (decision 9)."),
    ("e0097", "Asunto: Grupo de apoyo para familias en duelo\n\nQueridas familias:\n\nPerder a un ser querido es muy difícil, y nadie tiene que pasarlo solo. La Clínica Familiar del Valle y la Parroquia San Judas invitan a toda la comunidad a un grupo de apoyo gratuito para personas en duelo. Nos reunimos el primer martes de cada mes, de 6 a 7:30 de la tarde, en el salón parroquial. Habrá café, pan dulce y un espacio para platicar con calma.\n\nNo es necesario ser paciente de la clínica ni registrarse. Si quiere más información, pregunte en recepción o con el padre Tomás después de misa.\n\nCon cariño,\nEl equipo de la Clínica Familiar del Valle",
     "ALLOW", "marketing", "email", "es", [],
     ["general", "broadcast", "hard-negative"], "Grief support group open to the community (decision 9); a priest named by role is not a patient."),
    ("e0098", "Sra. Pineda, su densitometría salió con osteoporosis (T-score de -3.1 en la cadera). La Dra. Salcedo quiere empezar tratamiento; le vamos a llamar para explicarle.",
     "BLOCK", "result", "sms", "es",
     [("Pineda", "NAME"), ("densitometría", "PROCEDURE"), ("osteoporosis", "CONDITION"), ("T-score", "PROCEDURE"), ("-3.1", "RESULT"), ("Dra. Salcedo", "PROVIDER")],
     ["primary-care"], "Bone-density result and diagnosis by text."),
    ("e0099", "Mensaje para la Sra. Ibarra (acceso de representante): el análisis de su papá, don Anselmo, salió con la hemoglobina en 10.8 g/dL, un poco baja. El Dr. Beltrán le agregó sulfato ferroso 325 mg una vez al día.",
     "ALLOW", "result", "portal", "es",
     [("Ibarra", "NAME"), ("Anselmo", "NAME"), ("hemoglobina", "PROCEDURE"), ("10.8 g/dL", "RESULT"), ("un poco baja", "RESULT"), ("Dr. Beltrán", "PROVIDER"), ("sulfato ferroso 325 mg", "MEDICATION")],
     ["primary-care", "third-party"], "Decision 8: a representative's message inside the portal may carry the parent's value and dose."),
    ("e0100", "Hi, this message is for Gladys Moen. This is Dr. Kaye's nurse. Your urine culture grew E. coli, so Dr. Kaye sent Macrobid 100 mg to your pharmacy—take one twice a day for 5 days. Call us back at 6 1 2, 5 5 5, 0 1 4 4 with questions.",
     "BLOCK", "result", "voice", "en",
     [("Gladys Moen", "NAME"), ("Dr. Kaye", "PROVIDER"), ("urine culture", "PROCEDURE"), ("E. coli", "RESULT"), ("Dr. Kaye", "PROVIDER", 1), ("Macrobid 100 mg", "MEDICATION"), ("6 1 2, 5 5 5, 0 1 4 4", "PHONE")],
     ["primary-care"], "Voicemail (treated like SMS) with a culture result and dosing."),
)

# ---------------------------------------------------------------- batch 8 (e0101-e0120): hard negatives, disguises, caregivers
add(
    ("e0101", "Eastside Senior Center: chair yoga Tue & Thu at 10, bingo on Fridays, and free tax help every Monday. Stop by the front desk to sign up!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Senior-center events; weekdays are not dates."),
    ("e0102", "Subject: Medicare Open Enrollment: what to know\n\nDear patients and families,\n\nMedicare Open Enrollment runs each fall, from mid-October through early December. It's the one time each year you can switch Medicare Advantage or Part D drug plans for next year. A few tips:\n\n• Check that your doctors and pharmacy are in the new plan's network.\n• Compare total yearly costs, not just premiums.\n• Be wary of anyone who calls asking for your Medicare number.\n\nHarmon Street Clinic accepts Original Medicare and most Medicare Advantage plans, but we do not sell or recommend insurance. For free, unbiased help, contact your State Health Insurance Assistance Program (SHIP).\n\nHarmon Street Clinic",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Open-enrollment broadcast; month names alone are not dates; no recipient data (decision 9)."),
    ("e0103", "Your phone's memory is almost full, so our app may stop showing reminders. Free up space or switch to text reminders by replying TEXT.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'Memory' in the device sense."),
    ("e0104", "Happy Grandparents Day! Bring your grandkids to Harmon Street Clinic this Saturday for free face painting & lemonade, 10–1.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "A holiday is not a date; a broadcast."),
    ("e0105", "Día de Muertos: la Clínica Familiar del Valle invita a toda la comunidad a traer una foto para nuestro altar, en memoria de sus seres queridos. Estará en la sala de espera toda la semana.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Memoria' in its everyday sense; a holiday is not a date."),
    ("e0106", "Cedar Falls Family Medicine: Reminder, your appointment is tomorrow at 8:45 AM. Arrive 10/15 min early to update your paperwork.",
     "ALLOW", "reminder", "sms", "en", [],
     ["primary-care", "hard-negative"], "'Falls' is part of a town in the practice's own generic name; '10/15 min early' is not a date (README)."),
    ("e0107", "Subject: Adding a family member or caregiver to your care team\n\nHello,\n\nMany of our patients want a son, daughter, spouse or caregiver to be able to call us about appointments or to read messages in the patient portal. To set that up, we need a signed authorization form.\n\n1. Download the form at https://lindenmedical.example/forms/authorization\n2. Fill in the name of the person you want to add and sign it.\n3. Return it by fax to (612) 555-0199, by email to records@lindenmedical.example, or in person at 310 Oak St, Suite 5, St. Paul, MN 55102.\n\nIf you are a court-appointed guardian or hold a health-care power of attorney, please include a copy of that paperwork.\n\nLinden Medical Group | (612) 555-0190",
     "ALLOW", "other", "email", "en",
     [("https://lindenmedical.example/forms/authorization", "URL"), ("(612) 555-0199", "FAX"), ("records@lindenmedical.example", "EMAIL"), ("310 Oak St, Suite 5, St. Paul, MN 55102", "ADDRESS"), ("(612) 555-0190", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "How to add a proxy: only the practice's own link, fax, e-mail, address and phone."),
    ("e0108", "Reminder: h o s p i c e nurse visit for ur mom tmrw btwn 1-3pm. Questions call (414) 555-0175.",
     "REWRITE", "reminder", "sms", "en",
     [("h o s p i c e", "SPECIALTY"), ("(414) 555-0175", "PHONE")],
     ["home-health", "third-party", "shorthand", "spaced", "practice-contact"], "Spaced-out service word (decision 2); the visit window and the practice phone survive."),
    ("e0109", "Re: ur dad's n3uro appt — Dr. Fenn says the MRI is consistent w/ early Alzh3imer's. Pls call to talk about d3m3ntia care options.",
     "BLOCK", "result", "sms", "en",
     [("n3uro", "SPECIALTY"), ("Dr. Fenn", "PROVIDER"), ("MRI", "PROCEDURE"), ("Alzh3imer's", "CONDITION"), ("d3m3ntia", "CONDITION")],
     ["primary-care", "third-party", "shorthand", "leet"], "Leet-disguised diagnosis of a parent written to a child."),
    ("e0110", "Reminder: your Medi\u200bcare Annual Well\u200bness Visit is on 7/22 at 10:30 AM with Dr. Ansari. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Medi\u200bcare Annual Well\u200bness", "PROCEDURE"), ("7/22", "DATE"), ("Dr. Ansari", "PROVIDER")],
     ["primary-care"], "Zero-width spaces inside the Medicare visit type (decision 1); date, time and provider survive."),
    ("e0111", "Le recordamos que la enfermera de cuidados paliativ\u043es visitará a su esposo el jueves 4 de septiembre entre 9 y 11 de la mañana.",
     "REWRITE", "reminder", "sms", "es",
     [("cuidados paliativ\u043es", "SPECIALTY"), ("4 de septiembre", "DATE")],
     ["home-health", "third-party"], "Cyrillic 'о' inside 'paliativos' (decision 2); date and window survive."),
    ("e0112", "Hi, no results are back yet from this week's visit. We'll text you when there's a new message in your portal.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "negation", "hard-negative"], "README: 'no results yet' with no test named is ALLOW."),
    ("e0113", "Good news: your mom's urine test came back negative for infection, so Dr. Kaye doesn't think a UTI is causing her confusion.",
     "BLOCK", "result", "sms", "en",
     [("urine test", "PROCEDURE"), ("negative", "RESULT"), ("infection", "CONDITION"), ("Dr. Kaye", "PROVIDER"), ("UTI", "CONDITION"), ("confusion", "CONDITION")],
     ["primary-care", "third-party", "negation"], "A normal result is still a result (README), and it is a parent's, with her symptom."),
    ("e0114", "Hi Gloria, reminder that Mr. Feld has his podiatry appt Tues 9/2 at 1:15 at Linden Medical Group. Please bring his walker and a list of his meds.",
     "REWRITE", "reminder", "sms", "en",
     [("Gloria", "NAME"), ("Feld", "NAME"), ("podiatry", "SPECIALTY"), ("9/2", "DATE"), ("walker", "PROCEDURE")],
     ["primary-care", "third-party"], "To a paid caregiver: her name (decision 7) and the patient's name, specialty and device go (decision 5); date, time and place survive."),
    ("e0115", "Hola Marisela, a la señora Duarte ya no le dé la quetiapina en la noche; el Dr. Arce la suspendió porque se estaba cayendo. Siga con la sertralina 50 mg en las mañanas.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Marisela", "NAME"), ("Duarte", "NAME"), ("quetiapina", "MEDICATION"), ("Dr. Arce", "PROVIDER"), ("se estaba cayendo", "CONDITION"), ("sertralina 50 mg", "MEDICATION")],
     ["behavioral-health", "third-party"], "Medication changes and falls of a patient written to her paid caregiver (decision 7)."),
    ("e0116", "Subject: Your video visit on Thursday\n\nHello,\n\nThis is a reminder of your video visit with Dr. Ansari on Thursday, 10/16 at 3:30 PM.\n\nAbout 15 minutes before, open https://parkviewpc.example/video on a phone, tablet or computer and tap “Join.” If a family member usually helps you with technology, they are welcome to sit with you. Turn the volume up, and if you use captions, tap CC at the bottom of the screen.\n\nHaving trouble? Call our tech help line at (612) 555-0143 and we can switch you to a phone visit.\n\nParkview Primary Care\n4100 Maple Ave, Suite 200, Minneapolis, MN 55409",
     "ALLOW", "reminder", "email", "en",
     [("Dr. Ansari", "PROVIDER"), ("10/16", "DATE"), ("https://parkviewpc.example/video", "URL"), ("(612) 555-0143", "PHONE"), ("4100 Maple Ave, Suite 200, Minneapolis, MN 55409", "ADDRESS")],
     ["primary-care", "practice-contact"], "Video-visit reminder with an untokened practice link, its phone and address."),
    ("e0117", "Asunto: Confirmación de su visita guiada\n\nEstimada Sra. Quiroga:\n\nGracias por comunicarse con Casa Serena Cuidado de la Memoria. Le confirmamos la visita guiada a nuestras instalaciones el sábado 11 de abril a las 10:00 a. m. Si su mamá, doña Herminia, desea acompañarla, con gusto la recibimos.\n\nDurante la visita conocerá las habitaciones, el comedor y el jardín, y podrá platicar con nuestra directora de admisiones, la Lic. Noemí Treviño, sobre costos y disponibilidad.\n\nEstamos en 5120 E Camelback Rd, Phoenix, AZ 85018. Hay estacionamiento para visitantes frente a la entrada principal. Para cambiar la fecha, llame al (602) 555-0166.\n\nSaludos cordiales,\nCasa Serena Cuidado de la Memoria",
     "REWRITE", "reminder", "email", "es",
     [("Quiroga", "NAME"), ("Casa Serena Cuidado de la Memoria", "SPECIALTY"), ("11 de abril", "DATE"), ("Herminia", "NAME"), ("Lic. Noemí Treviño", "PROVIDER"), ("5120 E Camelback Rd, Phoenix, AZ 85018", "ADDRESS"), ("(602) 555-0166", "PHONE"), ("Casa Serena Cuidado de la Memoria", "SPECIALTY", 1)],
     ["general", "third-party", "practice-contact"], "Memory-care tour for a parent: names and the memory-care name go (decisions 2, 5); date, the residence's address and phone survive."),
    ("e0118", "Riverside Pharmacy: 1 prescription is ready for pickup. Hours Mon–Sat 9–7. Questions? (503) 555-0124",
     "ALLOW", "pickup", "sms", "en",
     [("(503) 555-0124", "PHONE")],
     ["pharmacy", "practice-contact"], "Generic pickup notice with the pharmacy's own number."),
    ("e0119", "Hi Denise, it's Kim from Dr. Lowell's office. Dr. Lowell finished the capacity evaluation for your husband: he lacks capacity to manage his finances, so the letter for the bank is ready to pick up. Call (651) 555-0163 with questions.",
     "BLOCK", "result", "sms", "en",
     [("Denise", "NAME"), ("Kim", "PROVIDER"), ("Dr. Lowell", "PROVIDER"), ("Dr. Lowell", "PROVIDER", 1), ("capacity evaluation", "PROCEDURE"), ("lacks capacity to manage his finances", "RESULT"), ("(651) 555-0163", "PHONE")],
     ["primary-care", "third-party", "practice-contact"], "A spouse's capacity finding by text (decision 6)."),
    ("e0120", "Don Felipe, nuestra enfermera le puede poner la vacuna de la gripe de dosis alta en la visita a domicilio del jueves. Responda SÍ para agregarla.",
     "REWRITE", "reminder", "sms", "es",
     [("Felipe", "NAME"), ("vacuna de la gripe de dosis alta", "PROCEDURE")],
     ["home-health"], "Name and the vaccine go; 'visita a domicilio' without a service name is logistics (decision 3)."),
)
# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "e", "probe17.jsonl")
