#!/usr/bin/env python3
"""Build corpus/probe93.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe93.py [OUT] [-v]   (default: probe93.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run,
and no other corpus, test or source file was read.

Theme of this round: HOME HEALTH, HOSPICE, SKILLED NURSING AND GERIATRIC CARE — what home-health
agencies, hospice teams, skilled-nursing and assisted-living facilities, PACE programs, geriatric
practices and medical-equipment suppliers send to patients and their families: nurse, aide and
therapist visit windows, oxygen and hospital-bed deliveries, device serials and recalls, wound and
medication checks, care-conference invitations, incident and outbreak notices, bereavement
follow-ups, fall-prevention classes, visiting hours, Medicare certification and billing letters;
with look-alikes ("Golden Years Gala", "Comfort Inn", "the oxygen of our team", "Hospice Thrift
Shop donation pickup", Niagara Falls, a volunteer named Joy Graves, "Fall Festival"). About 20%
Spanish; four disguised messages (spaced letters, zero-width, leet, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "Mrs. [[Lopez]]" searches for "Mrs. Lopez"
      and labels only the bracketed part "Lopez".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Agency and facility names built on Home Health, Home Care, Visiting Nurses, Hospice/Hospicio,
     Palliative, Skilled Nursing / Enfermería Especializada, Memory Care, PACE, Geriatrics / Geriatric,
     Home Infusion, Respiratory/Oxígeno and Kidney are specialty-revealing -> SPECIALTY (DESIGN lists
     home health among the revealing specialties; hospice and memory care reveal prognosis or
     dementia). This holds in notices sent to all of that provider's patients too.
  2. Names of assisted-living and senior-living residences, senior centres, retiree clubs and
     generically named equipment suppliers ("... Medical Supply", "Suministros Médicos ...") are not
     labelled: a residence or vendor, like a generic practice name.
  3. A facility-wide outbreak notice that names no resident is a broadcast: ALLOW, no span. A notice
     that the recipient's relative is sick or exposed is BLOCK (third party's health).
  4. "Hospice" in a charity shop's name (a donation pickup) says nothing about the recipient's
     care: ALLOW, hard negative.
  5. Home-care and facility workforce named in a message (aides, chaplains, volunteers, drivers,
     social workers, technicians, schedulers) are PROVIDER, like a named sender; the bare role
     words ("aide", "chaplain", "driver", "asistente") are not labelled.
  6. Equipment: a named device is one PROCEDURE span with its modifier ("oxygen concentrator",
     "hospital bed", "wound vac", "sonda Foley", "lift chair", "bed alarm", "walker"); oxygen as a
     product (cylinders, liters) is MEDICATION "oxygen" alone; a hospice "comfort kit" (the
     emergency drug kit) is MEDICATION.
  7. "hospice", "home health", "skilled nursing", "palliative", "memory care", "nursing home" used
     as a service word inside a sentence are SPECIALTY (not PROCEDURE); therapies and services given
     (physical/occupational/speech therapy, wound care, respite, swallow exercises) are PROCEDURE;
     therapist role words are SPECIALTY (README: role words that name a specialty).
  8. Prognosis ("six months or less", "hours left", "etapa terminal") is a RESULT; the dying or
     declining process itself ("actively dying", "decline in weight and function") is a CONDITION.
  9. Bereavement: a follow-up that names the deceased and the hospice but no illness is REWRITE (once
     the names go, the support offer survives); one that names the illness is BLOCK (third party's
     condition). A grief support group offered to the recipient is a program -> PROCEDURE.
 10. Payer names (Medicare, Medicaid) are not labelled; a Medicare Beneficiary Identifier is
     HEALTH_PLAN_ID; "Medicare wellness" stays a revealing PROCEDURE (README).
 11. A carrier tracking number of a delivery to the patient is OTHER_ID; payment confirmation
     numbers and a recall notice's serial-number range (a product lot) are not labelled; the serial
     of the unit in the patient's home is DEVICE_ID.
 12. A generic fasting instruction for a home blood draw, and "medications" in blister packs with
     no drug named, are logistics: ALLOW.
 13. An outgoing message whose addressee is a relative and whose only clinical word is a
     specialty/agency name or routine logistics is REWRITE (README's dependent rule applied to adult
     relatives); a relative's condition, finding, fall or dose is BLOCK, even as a visit label.

Everything is invented: names, agencies, 555-01xx numbers, example domains, identifiers; the SSN
is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (cr0001-cr0012): home-health visit windows
add(
    ("cr0001", "Bayview Home Health: your nurse visit is scheduled for Tue 3/10 between 9am and 11am. Reply Y to confirm or call (360) 555-0142 to change.",
     "REWRITE", "reminder", "sms", "en",
     [("Bayview Home Health", "SPECIALTY"), ("3/10", "DATE"), ("(360) 555-0142", "PHONE")],
     ["home-health", "practice-contact"], "Decision 1: a home-health agency name reveals the service; the visit window, date and the agency's phone survive."),
    ("cr0002", "Your nurse will arrive between 1 and 3 pm today. If you need to change the time, reply R. - Cedar Valley Care Partners",
     "ALLOW", "reminder", "sms", "en", [],
     ["home-health", "hard-negative"], "'nurse' is a generic word (README) and the sender name is generic; a visit window only."),
    ("cr0003", "hi this is Tanya w/ Sunrise Home Care, ur aide Lucy is runing late, eta 11:45. sorry!!",
     "REWRITE", "other", "sms", "en",
     [("Tanya", "PROVIDER"), ("Sunrise Home Care", "SPECIALTY"), ("Lucy", "PROVIDER")],
     ["home-health", "shorthand", "typo"], "Decisions 1 and 5: the sender and the aide are workforce (PROVIDER); the home-care agency name reveals the service."),
    ("cr0004", "Reminder: PT visit tomorrow 2:00-3:00 with Greg, physical therapist, Evergreen Home Health. Please have your walker nearby.",
     "REWRITE", "reminder", "sms", "en",
     [("PT", "PROCEDURE"), ("Greg", "PROVIDER"), ("physical therapist", "SPECIALTY"), ("Evergreen Home Health", "SPECIALTY"), ("walker", "PROCEDURE")],
     ["home-health", "physical-therapy"], "Therapy type, therapist role word, agency name and the walker (a device, decision 6) go; the time survives."),
    ("cr0005", "Sra. Delgado, la enfermera de Salud en Casa Esperanza la visitará el jueves 14 de marzo entre 10 y 12 para revisar la herida. Llámenos al (210) 555-0117 si no estará en casa.",
     "REWRITE", "reminder", "sms", "es",
     [("Delgado", "NAME"), ("Salud en Casa Esperanza", "SPECIALTY"), ("14 de marzo", "DATE"), ("herida", "CONDITION"), ("(210) 555-0117", "PHONE")],
     ["home-health", "practice-contact"], "Patient name, home-health agency and the wound (a condition used as the visit label) go; date, window and phone survive."),
    ("cr0006", "Reminder from Lakeshore Visiting Nurses: your wound vac dressing change is Fri 4/3, 8-10am. Keep the canister charged overnight and call us if the alarm sounds or you see bright red blood in the tubing.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Lakeshore Visiting Nurses", "SPECIALTY"), ("wound vac", "PROCEDURE"), ("dressing change", "PROCEDURE"), ("4/3", "DATE"), ("bright red blood", "CONDITION")],
     ["home-health"], "The reminder carries care instructions for the device and a warning sign to watch for: the clinical content is the message."),
    ("cr0007", "Your visit window for tomorrow is 8:00-10:00 AM. Our staff will call 30 minutes before arriving. Questions? 360-555-0129.",
     "ALLOW", "reminder", "sms", "en",
     [("360-555-0129", "PHONE")],
     ["home-health", "practice-contact"], "A visit window and the agency's own number."),
    ("cr0008", "Hello Mr. Abernathy, this is Priya, RN, with Harborview Home Health. I'll be there around 10 to draw your INR and check your coumadin. Please don't take today's dose until I arrive.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Abernathy", "NAME"), ("Priya, RN", "PROVIDER"), ("Harborview Home Health", "SPECIALTY"), ("INR", "PROCEDURE"), ("coumadin", "MEDICATION")],
     ["home-health"], "An instruction to hold a dose of an anticoagulant is a dosing instruction: BLOCK."),
    ("cr0009", "Hello, this is Oak Hollow Home Care calling with a reminder for Dolores. Your occupational therapy visit is Wednesday at 1 pm. Press 1 to confirm, or press 2 to reach the scheduler.",
     "REWRITE", "reminder", "voice", "en",
     [("Oak Hollow Home Care", "SPECIALTY"), ("Dolores", "NAME"), ("occupational therapy", "PROCEDURE")],
     ["home-health", "physical-therapy"], "Voice is read like SMS (overheard): agency name, patient name and therapy type go; weekday and time survive."),
    ("cr0010", "Your next visit from {{agency_name}} is {{visit_date}} between {{window_start}} and {{window_end}}. Reply STOP to opt out.",
     "ALLOW", "reminder", "sms", "en", [],
     ["home-health", "template", "hard-negative"], "Template whose placeholders carry no patient data."),
    ("cr0011", "Nurse Carla is about 15 min out 🚗 see you soon!",
     "ALLOW", "other", "sms", "en",
     [("Nurse Carla", "PROVIDER")],
     ["home-health"], "A named nurse (PROVIDER, allowed) and an arrival time; no agency or service named."),
    ("cr0012", "Recordatorio: su visita de mañana es entre las 9 y las 11 de la mañana. Si necesita cambiarla, responda CAMBIAR o llame al (915) 555-0163.",
     "ALLOW", "reminder", "sms", "es",
     [("(915) 555-0163", "PHONE")],
     ["home-health", "practice-contact"], "Visit window and the agency's own phone."),
)

# ---------------------------------------------------------------- batch 2 (cr0013-cr0024): hospice teams and families
add(
    ("cr0013", "Evergreen Hospice: Chaplain Ruth will stop by Thursday afternoon. Reply 1 if another time works better.",
     "REWRITE", "reminder", "sms", "en",
     [("Evergreen Hospice", "SPECIALTY"), ("Chaplain Ruth", "PROVIDER")],
     ["home-health"], "Decisions 1 and 5: the hospice name reveals prognosis; the chaplain is workforce (PROVIDER)."),
    ("cr0014", "Hi Janet, this is Marcus, the on-call hospice nurse. The breathing changes you described in your mom are expected at this stage. I gave her 0.25 mL of morphine from the comfort kit and will stay until she's settled.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Janet", "NAME"), ("Marcus", "PROVIDER"), ("hospice", "SPECIALTY"), ("breathing changes", "CONDITION"), ("morphine", "MEDICATION"), ("comfort kit", "MEDICATION")],
     ["home-health", "third-party"], "A third party's symptoms and a dose given: BLOCK. Decision 6: the comfort kit is MEDICATION."),
    ("cr0015", "Schedule update: your aide visits will now be Mon/Wed/Fri 9-10 am starting 5/4. Questions? Call (608) 555-0150.",
     "ALLOW", "reminder", "sms", "en",
     [("5/4", "DATE"), ("(608) 555-0150", "PHONE")],
     ["home-health", "practice-contact", "contrast"], "Decision 5: 'aide' alone is a role word, not a service name; contrast with the hospice-aide lines."),
    ("cr0016", "Cuidados Paliativos del Valle: la trabajadora social, Lic. Ibarra, llamará mañana para hablar del plan de cuidados de su papá. ¿A qué hora le conviene?",
     "REWRITE", "other", "sms", "es",
     [("Cuidados Paliativos del Valle", "SPECIALTY"), ("Lic. Ibarra", "PROVIDER")],
     ["home-health", "third-party"], "Decision 13: a relative's logistics with only a palliative-care name is REWRITE; the call-back survives."),
    ("cr0017", "Dear Mrs. Whitfield,\n\nThis letter confirms that Dr. Okafor, medical director of Lantern Hospice, has recertified Harold for a third benefit period beginning 6/12/2025. At the face-to-face visit she documented a continued decline in weight and function, which supports a prognosis of six months or less if the illness runs its usual course.\n\nNothing changes in his day-to-day care: the same nurse, aide and social worker will continue to visit, and medications, supplies and equipment related to his hospice diagnosis remain covered in full by the Medicare hospice benefit. If you would like a copy of the certification for your records, ask any team member or call our office at (419) 555-0171, Monday to Friday, 8:30 to 5.\n\nWith warm regards,\nLantern Hospice Admissions",
     "BLOCK", "other", "email", "en",
     [("Mrs. [[Whitfield]]", "NAME"), ("Dr. Okafor", "PROVIDER"), ("Lantern Hospice", "SPECIALTY"), ("Harold", "NAME"), ("6/12/2025", "DATE"), ("decline in weight and function", "CONDITION"), ("six months or less", "RESULT"), ("hospice diagnosis", "CONDITION"), ("Medicare [[hospice]] benefit", "SPECIALTY"), ("Lantern Hospice", "SPECIALTY", 1), ("(419) 555-0171", "PHONE")],
     ["home-health", "third-party", "practice-contact"], "Decision 8: a certified prognosis and the documented decline of a relative are clinical findings: BLOCK. Judgement: 'hospice diagnosis' labelled CONDITION; the payer name is not labelled (decision 10)."),
    ("cr0018", "Hospice Thrift Shop: your donation pickup is confirmed for Saturday between 9 and noon. Please leave bags by the garage door. Thank you for supporting our mission!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Decision 4: a charity shop's donation pickup; 'Hospice' in the shop name says nothing about the recipient's care."),
    ("cr0019", "Thank you for volunteering with us! Your next companion shift starts at 2 pm Sunday. Sign in at the front desk. - Joy Graves, Volunteer Coordinator",
     "ALLOW", "other", "sms", "en",
     [("Joy Graves", "PROVIDER")],
     ["general"], "Decision 5: a volunteer coordinator named as sender is workforce (PROVIDER, allowed); 'Joy' and 'Graves' are a name, not a mood or a death."),
    ("cr0020", "This is a message for the family of Eleanor Price from Harbor Light Hospice. Your mother's nurse, Beth, would like to talk with you about today's visit. Please call us back at 608-555-0158, any time, day or night.",
     "REWRITE", "other", "voice", "en",
     [("Eleanor Price", "NAME"), ("Harbor Light Hospice", "SPECIALTY"), ("Beth", "PROVIDER"), ("608-555-0158", "PHONE")],
     ["home-health", "third-party", "practice-contact"], "Decision 13: a call-back request about a relative; the relative's name and the hospice name go, nothing clinical is said."),
    ("cr0021", "Sr. Montoya, la enfermera del hospicio dice que su esposa ya está en fase activa de muerte. Puede que le queden horas. Venga en cuanto pueda, lo esperamos.",
     "BLOCK", "other", "sms", "es",
     [("Montoya", "NAME"), ("hospicio", "SPECIALTY"), ("fase activa de muerte", "CONDITION"), ("le queden horas", "RESULT")],
     ["home-health", "third-party"], "Decision 8: a relative's dying phase and prognosis: BLOCK; the family should be called."),
    ("cr0022", "Hi Mr. Lindqvist, per Dr. Baptiste we increased the hydromorphone to 2 mg every 4 hours as needed for pain. The pharmacy will deliver the new supply today. Call the hospice 24/7 line with any questions.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Lindqvist", "NAME"), ("Dr. Baptiste", "PROVIDER"), ("hydromorphone", "MEDICATION"), ("pain", "CONDITION"), ("hospice", "SPECIALTY")],
     ["home-health", "contrast"], "Inside the secure portal a dose change may stay (README channel convention); contrast with the push below."),
    ("cr0023", "Solace Hospice: Dose change - hydromorphone 2 mg q4h prn. Open the app for details.",
     "BLOCK", "care-instructions", "push", "en",
     [("Solace Hospice", "SPECIALTY"), ("hydromorphone 2 mg", "MEDICATION")],
     ["home-health", "contrast", "shorthand"], "A dose instruction on a lock-screen push is treatment content: BLOCK."),
    ("cr0024", "Families traveling from out of town: the Comfort Inn on Route 9 offers a discounted rate for visitors of our residents. Mention code CARE10 when booking.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "'Comfort' is a hotel brand, not comfort care; a discount code is not an identifier."),
)

# ---------------------------------------------------------------- batch 3 (cr0025-cr0036): oxygen and medical equipment
add(
    ("cr0025", "Cascade Medical Supply: your oxygen concentrator delivery is scheduled for Mon 2/9 between 12-4pm. An adult must be home to sign for the equipment.",
     "REWRITE", "confirmation", "sms", "en",
     [("oxygen concentrator", "PROCEDURE"), ("2/9", "DATE")],
     ["home-health"], "Decisions 2 and 6: the supplier name is generic; the named device reveals the need for oxygen and goes, the delivery window survives."),
    ("cr0026", "Your hospital bed and overbed table will be delivered tomorrow 8am-12pm to 4127 Larkspur Ln Apt 3, Tacoma WA 98405. Please clear a 7 x 4 ft space in the room where it will go.",
     "REWRITE", "confirmation", "sms", "en",
     [("hospital bed", "PROCEDURE"), ("overbed table", "PROCEDURE"), ("4127 Larkspur Ln Apt 3, Tacoma WA 98405", "ADDRESS")],
     ["home-health", "identifier"], "The patient's own street address is not needed to announce a delivery, and the devices reveal the patient's condition (decision 6)."),
    ("cr0027", "AirWell Respiratory: 6 oxygen E-cylinders ship today for Walt Hammond. Tracking 1Z9X40A70312458861. Questions: 888-555-0104.",
     "REWRITE", "other", "sms", "en",
     [("AirWell Respiratory", "SPECIALTY"), ("oxygen", "MEDICATION"), ("Walt Hammond", "NAME"), ("1Z9X40A70312458861", "OTHER_ID"), ("888-555-0104", "PHONE")],
     ["home-health", "identifier", "practice-contact"], "Decisions 1, 6 and 11: respiratory supplier name, oxygen, the patient's name and the shipment's tracking number go; the shipping notice survives."),
    ("cr0028", "Holiday delivery schedule: our drivers will not run on Thanksgiving Day. Please give them a wave when you see them - they are truly the oxygen of our team!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'the oxygen of our team' is a figure of speech in a broadcast, not a product the recipient uses."),
    ("cr0029", "Your monthly supply order is ready to ship. Reply YES to confirm, CHANGE to update quantities, or call us with questions. Msg&data rates may apply.",
     "ALLOW", "other", "sms", "en", [],
     ["home-health", "hard-negative"], "A resupply prompt that names no supply, device or condition."),
    ("cr0030", "Le informamos que el técnico de Oxígeno Salud del Norte pasará el martes 18 de febrero a revisar su concentrador (serie OC5-228417). Favor de tener el equipo a la mano.",
     "REWRITE", "other", "sms", "es",
     [("Oxígeno Salud del Norte", "SPECIALTY"), ("18 de febrero", "DATE"), ("concentrador", "PROCEDURE"), ("OC5-228417", "DEVICE_ID")],
     ["home-health", "identifier"], "Decisions 1, 6 and 11: the oxygen supplier's name, the device and its serial go; the technician's visit survives."),
    ("cr0031", "SAFETY NOTICE: The manufacturer has recalled some VitaBreeze 5L concentrators (serials VB5-1100 through VB5-1900). Our records show unit VB5-1422 is in your home. We will swap it at no cost - call 1-800-555-0166 to book a time.",
     "REWRITE", "other", "sms", "en",
     [("VitaBreeze 5L concentrators", "PROCEDURE"), ("VB5-1422", "DEVICE_ID"), ("1-800-555-0166", "PHONE")],
     ["home-health", "identifier", "practice-contact"], "Decision 11: the serial range is a product lot (not labelled); the unit in the patient's home is DEVICE_ID; the named device goes too."),
    ("cr0032", "Equipment pickup: our driver will collect the items you no longer need on Thursday between 1 and 5 pm. Reply OK to confirm or call to reschedule.",
     "ALLOW", "other", "sms", "en", [],
     ["home-health", "hard-negative"], "A pickup window that names no equipment."),
    ("cr0033", "Dr. Feld reviewed your overnight pulse oximeter readings: your oxygen saturation averaged 86% and dipped to 81%. Please turn your oxygen up to 3 liters at night starting tonight.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Feld", "PROVIDER"), ("pulse oximeter", "PROCEDURE"), ("oxygen saturation", "PROCEDURE"), ("86%", "RESULT"), ("81%", "RESULT"), ("oxygen", "MEDICATION", 1)],
     ["home-health"], "Measured values and a dose change: the result is the message."),
    ("cr0034", "Club de Jubilados: el viaje a las Cataratas del Niágara sale el sábado a las 6 am del estacionamiento. Traigan chaqueta impermeable y almuerzo.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'Cataratas' are the Niagara Falls, not cataracts, and not a fall."),
    ("cr0035", "Reminder: our service tech, Sam, will stop by Friday between 10 and 12 for the yearly safety check on your equipment. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Sam", "PROVIDER")],
     ["home-health"], "Decision 5: a named technician is workforce (PROVIDER, allowed); no device named."),
    ("cr0036", "Mrs. Okafor, your husband's oxygen is now 4 L continuous because his COPD has gotten worse. No smoking, candles or gas stove within 10 feet of the tubing, please.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Mrs. [[Okafor]]", "NAME"), ("oxygen", "MEDICATION"), ("COPD", "CONDITION")],
     ["home-health", "third-party"], "A relative's worsening condition and dose: BLOCK."),
)

# ---------------------------------------------------------------- batch 4 (cr0037-cr0048): facilities: visiting, outbreaks, incidents, care conferences
add(
    ("cr0037", "Visiting hours at The Willows at Brookside are now 9 am to 8 pm daily. Please sign in at the front desk and wear your visitor badge.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Decision 2: a senior-living residence name is not labelled; visiting hours for everyone."),
    ("cr0038", "Dear families, we have confirmed cases of influenza among residents of the east wing. Visits to that wing are paused until further notice and masks are required in all common areas. Thank you for helping us keep everyone safe. - Cedar Ridge Senior Living",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Decision 3: a facility-wide outbreak notice that names no resident is a broadcast (ALLOW, no span), like 'flu shots available'."),
    ("cr0039", "Hi Ms. Osei, this is Kendra, the charge nurse at Maplewood Skilled Nursing. Your father tested positive for COVID this morning. He has a low fever but is eating well and will stay on isolation in his room for 10 days.",
     "BLOCK", "result", "sms", "en",
     [("Ms. [[Osei]]", "NAME"), ("Kendra", "PROVIDER"), ("Maplewood Skilled Nursing", "SPECIALTY"), ("positive", "RESULT"), ("COVID", "CONDITION"), ("low fever", "CONDITION")],
     ["home-health", "third-party"], "Decision 3: a relative's positive test and symptoms: BLOCK, unlike the unnamed outbreak broadcast."),
    ("cr0040", "Dear Mr. Castellanos,\n\nYou are invited to the quarterly care plan conference for your mother, Inés Castellanos, on Tuesday, April 21 at 2:30 pm in the Garden Room at Brookhaven Skilled Nursing & Rehabilitation. The team (nursing, social services, dietary, therapy and activities) will go over her plan of care and answer your questions. If you cannot attend in person, we are happy to call you at the scheduled time.\n\nPlease RSVP to Denise Kowalski, MSW, at (614) 555-0186 or dkowalski@brookhaven.example by the Friday before.\n\nSincerely,\nSocial Services Department",
     "REWRITE", "reminder", "email", "en",
     [("Mr. [[Castellanos]]", "NAME"), ("Inés Castellanos", "NAME"), ("April 21", "DATE"), ("Brookhaven Skilled Nursing & Rehabilitation", "SPECIALTY"), ("Denise Kowalski, MSW", "PROVIDER"), ("(614) 555-0186", "PHONE"), ("dkowalski@brookhaven.example", "EMAIL")],
     ["home-health", "third-party", "practice-contact"], "Decision 13: a relative's meeting logistics; names and the skilled-nursing facility name go, the invitation survives. Judgement: a 'care plan conference' is an administrative meeting, not labelled."),
    ("cr0041", "Estimadas familias: a partir del lunes, el horario de visitas en Residencia Los Robles será de 10 a 7. Por favor registren su entrada en recepción.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Decision 2: a residence's visiting hours for every family."),
    ("cr0042", "Incident notification: Resident Marjorie Fenn was found on the floor of her bathroom at 3:10 am. No visible injuries, vitals stable. Dr. Hsu ordered an x-ray of the left hip as a precaution. Please call the nursing station with questions.",
     "BLOCK", "other", "email", "en",
     [("Marjorie Fenn", "NAME"), ("found on the floor", "CONDITION"), ("No visible injuries", "RESULT"), ("vitals stable", "RESULT"), ("Dr. Hsu", "PROVIDER"), ("x-ray of the left hip", "PROCEDURE")],
     ["home-health", "third-party"], "A named resident's fall, findings and ordered test, sent to family: BLOCK. Judgement: the fall is labelled as a CONDITION (an event the README treats like a symptom)."),
    ("cr0043", "Reminder: Dad's diabetic foot check at Oak Terrace moved to 11/18 at 10:30. Transport will pick him up from the lobby at 10:00.",
     "BLOCK", "reminder", "sms", "en",
     [("diabetic", "CONDITION"), ("11/18", "DATE")],
     ["home-health", "third-party"], "README: a relative's condition is BLOCK even as a visit label ('Sofia's asthma check'); contrast with a specialty-only relative reminder (REWRITE)."),
    ("cr0044", "Welcome to the Bluebell Memory Care neighborhood! Your mother's move-in day is confirmed for Saturday 3/7. Please label all clothing and bring a few family photos.",
     "REWRITE", "confirmation", "sms", "en",
     [("Bluebell Memory Care", "SPECIALTY"), ("3/7", "DATE")],
     ["home-health", "third-party"], "Decisions 1 and 13: a memory-care name reveals a relative's dementia but is a specialty name; the move-in logistics survive."),
    ("cr0045", "You're invited to the Golden Years Gala!\n\nJoin residents, families and staff for an evening of dinner, dancing and a silent auction on Saturday, October 18, from 5 to 9 pm in the Willowbend Commons ballroom. Our own Willowbend Swing Band will play the classics, and the pie table is back by popular demand.\n\nTickets are $40 for adults and free for residents. Every dollar raised goes to the resident activities fund, which pays for outings, art supplies and this spring's new garden beds.\n\nRSVP at https://willowbend.example/gala or call the front office at (503) 555-0190 by October 10. Volunteers are always welcome, too - just tell us when you RSVP.\n\nWarmly,\nThe Willowbend Life Enrichment Team",
     "ALLOW", "marketing", "email", "en",
     [("October 18", "DATE"), ("https://willowbend.example/gala", "URL"), ("(503) 555-0190", "PHONE"), ("October 10", "DATE")],
     ["general", "broadcast", "practice-contact"], "'Golden Years' and 'garden beds' are not about anyone's care; event dates and the community's own contacts are allowed."),
    ("cr0046", "Update: the 2 West unit has reopened to visitors today. Thank you for your patience.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative", "broadcast"], "Decision 3: reopening after an outbreak, no resident named."),
    ("cr0047", "Buenas tardes, Sra. Ruelas. Le informamos que su mamá, Doña Carmen, se cayó esta mañana en el comedor y tiene un moretón en la frente. Le hicimos una tomografía y salió normal.",
     "BLOCK", "other", "sms", "es",
     [("Ruelas", "NAME"), ("Carmen", "NAME"), ("se cayó", "CONDITION"), ("moretón en la frente", "CONDITION"), ("tomografía", "PROCEDURE"), ("normal", "RESULT")],
     ["home-health", "third-party"], "A relative's fall, injury and a normal scan: a normal result is still a result (README), BLOCK."),
    ("cr0048", "Your October statement from Heritage Pointe Assisted Living is ready. Balance $5,750.00 due 11/1. Pay online at heritagepointe.example/pay.",
     "ALLOW", "billing", "sms", "en",
     [("11/1", "DATE"), ("heritagepointe.example/pay", "URL")],
     ["general", "practice-contact"], "Decision 2: an assisted-living residence name is not labelled; amount, due date and the residence's own pay link."),
)

# ---------------------------------------------------------------- batch 5 (cr0049-cr0060): geriatric practices, PACE, Medicare letters
add(
    ("cr0049", "Oakview Geriatrics: Reminder of your Medicare wellness visit with Dr. Adeyemi on 9/22 at 10:15. Please bring all of your pill bottles.",
     "REWRITE", "reminder", "sms", "en",
     [("Oakview Geriatrics", "SPECIALTY"), ("Medicare wellness", "PROCEDURE"), ("Dr. Adeyemi", "PROVIDER"), ("9/22", "DATE")],
     ["primary-care"], "Decisions 1 and 10: a geriatrics practice name and the Medicare wellness visit type go; provider, date and time survive."),
    ("cr0050", "Sunflower PACE: the van will pick you up at 8:15 tomorrow for the day center. Lunch is turkey meatloaf and there's bingo at 1!",
     "REWRITE", "reminder", "sms", "en",
     [("Sunflower PACE", "SPECIALTY")],
     ["home-health"], "Decision 1: a PACE program name reveals nursing-home-level eligibility; the pickup time survives."),
    ("cr0051", "Free 'Stepping Strong' fall prevention workshop for adults 60+! Tuesdays in May, 1-3 pm at the Eastside Senior Center. Space is limited, call to register.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast", "contrast"], "A class offered to everyone says nothing about the recipient (README broadcasts); contrast with the enrolment notice below."),
    ("cr0052", "Hi Mr. Yusuf, you're enrolled in the Balance & Falls class at Riverside Geriatric Care, Thursdays at 10am starting 2/5. Wear comfortable shoes!",
     "REWRITE", "confirmation", "sms", "en",
     [("Yusuf", "NAME"), ("Balance & Falls class", "PROCEDURE"), ("Riverside Geriatric Care", "SPECIALTY"), ("2/5", "DATE")],
     ["primary-care", "contrast"], "The recipient's own enrolment in a falls program is a program (PROCEDURE) at a geriatrics practice; name, program and practice name go."),
    ("cr0053", "Happy 97th birthday, Mrs. Kowalczyk! Everyone at Linden Primary Care wishes you a wonderful day.",
     "REWRITE", "other", "sms", "en",
     [("97th", "AGE"), ("Kowalczyk", "NAME")],
     ["primary-care", "age-over-89"], "An age over 89 and a name are identifiers; the greeting survives without them."),
    ("cr0054", "RE: Home health certification\n\nDear Ms. Barrow,\n\nDr. Lim has certified that you are homebound and need intermittent skilled nursing for wound care and CHF monitoring. Your 60-day certification period runs 3/1/2026 through 4/29/2026. A nurse will visit two to three times a week, and a therapist will evaluate your home for safety.\n\nMedicare Beneficiary Identifier on file: 4TW7-KD2-PX38. If any of this is wrong, please call our intake office at (717) 555-0123.\n\nSummit Valley Home Health",
     "BLOCK", "other", "email", "en",
     [("Home health", "SPECIALTY"), ("Ms. [[Barrow]]", "NAME"), ("Dr. Lim", "PROVIDER"), ("homebound", "CONDITION"), ("skilled nursing", "SPECIALTY"), ("wound care", "PROCEDURE"), ("CHF", "CONDITION"), ("3/1/2026", "DATE"), ("4/29/2026", "DATE"), ("4TW7-KD2-PX38", "HEALTH_PLAN_ID"), ("(717) 555-0123", "PHONE"), ("Summit Valley Home Health", "SPECIALTY")],
     ["home-health", "identifier", "practice-contact"], "A certification that states the patient's condition and plan of care, with the Medicare identifier: clinical content is the message. Decisions 7 and 10."),
    ("cr0055", "Medicare has processed your claim and your remaining balance is $0.00 - no action needed. Questions? Call Linden Primary Care billing at (517) 555-0132.",
     "ALLOW", "billing", "sms", "en",
     [("(517) 555-0132", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 10: the payer name is not labelled; no service named."),
    ("cr0056", "Programa PACE Nuestra Casa: Don Aurelio, su cita con el dentista del centro es el miércoles 8 de octubre a las 11. El transporte lo recoge a las 10.",
     "REWRITE", "reminder", "sms", "es",
     [("PACE Nuestra Casa", "SPECIALTY"), ("Aurelio", "NAME"), ("dentista", "SPECIALTY"), ("8 de octubre", "DATE")],
     ["home-health", "dental"], "Decision 1: PACE program name, the patient's name and the dental role word go; date, time and pickup survive."),
    ("cr0057", "Dr. Sorensen reviewed your memory testing: your MoCA score was 21/30, a mild decline from last year. She would like to start donepezil 5 mg at bedtime. Please call us to discuss.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Sorensen", "PROVIDER"), ("memory testing", "PROCEDURE"), ("MoCA", "PROCEDURE"), ("21/30", "RESULT"), ("mild decline", "RESULT"), ("donepezil 5 mg", "MEDICATION")],
     ["primary-care", "contrast"], "A cognitive score, its trend and a new medication: BLOCK by SMS; contrast with the portal line."),
    ("cr0058", "Your MoCA score today was 24/30, stable since last spring. Dr. Sorensen recommends continuing donepezil 5 mg at bedtime and the daily walking program.",
     "ALLOW", "result", "portal", "en",
     [("MoCA", "PROCEDURE"), ("24/30", "RESULT"), ("stable", "RESULT"), ("Dr. Sorensen", "PROVIDER"), ("donepezil 5 mg", "MEDICATION")],
     ["primary-care", "contrast"], "Results and doses may stay inside the secure portal (README channel convention)."),
    ("cr0059", "The Silver Steps chair yoga class is canceled this Wednesday because of the snowstorm. Stay warm and see you next week!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A class cancellation for everyone; 'Silver' and 'chair' are not about care."),
    ("cr0060", "Reminder: your annual physical with Dr. Nakamura is Monday 1/12 at 8:30 am at Linden Primary Care. Please arrive 15 min early.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Nakamura", "PROVIDER"), ("1/12", "DATE")],
     ["primary-care"], "Generic primary care, provider, date and time."),
)

# ---------------------------------------------------------------- batch 6 (cr0061-cr0072): wound and medication checks, pharmacy deliveries
add(
    ("cr0061", "Nurse Ana here - your wound measured 3.2 x 1.5 cm today, smaller then last week! Keep the foam dressing on and change it every 3 days.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Nurse Ana", "PROVIDER"), ("wound", "CONDITION"), ("3.2 x 1.5 cm", "RESULT"), ("smaller then last week", "RESULT"), ("foam dressing", "PROCEDURE")],
     ["home-health", "typo"], "A wound measurement, its trend (typo 'then' inside the finding) and dressing instructions: BLOCK."),
    ("cr0062", "Hillcrest Pharmacy: your blister-packed medications for the week of 7/14 will be delivered to the front desk at Rosewood Manor on Thursday.",
     "ALLOW", "pickup", "sms", "en",
     [("7/14", "DATE")],
     ["pharmacy"], "Decisions 2 and 12: packaging and 'medications' with no drug named, a generic pharmacy and a residence name; the week's date is allowed."),
    ("cr0063", "Hillcrest Pharmacy: Mr. Tran's Eliquis 5mg and Lasix 40mg are ready for pickup. Total copay $12.40. Open until 9 pm.",
     "REWRITE", "pickup", "sms", "en",
     [("Mr. [[Tran]]", "NAME"), ("Eliquis 5mg", "MEDICATION"), ("Lasix 40mg", "MEDICATION")],
     ["pharmacy"], "A pickup notice with drug names and the patient's name: both go, the pickup survives."),
    ("cr0064", "Doña Lupe, la enfermera vino hoy y su azúcar estaba en 285 antes del almuerzo. Dice la Dra. Farías que se ponga 4 unidades más de insulina en la noche.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Lupe", "NAME"), ("azúcar", "PROCEDURE"), ("285", "RESULT"), ("Dra. Farías", "PROVIDER"), ("insulina", "MEDICATION")],
     ["home-health", "primary-care"], "A glucose value and an insulin dose change: BLOCK. Judgement: 'su azúcar' (blood sugar) is the measure (PROCEDURE), 285 its value."),
    ("cr0065", "Please have all your medicine bottles out for the nurse tomorrow, including vitamins and anything you buy over the counter. Thank you!",
     "ALLOW", "reminder", "sms", "en", [],
     ["home-health", "hard-negative"], "Generic words only ('medicine bottles', 'nurse', 'vitamins'); no drug, condition or service named."),
    ("cr0066", "Anticoagulation update: your INR from this morning's home draw was 3.8 (goal 2-3). Skip tonight's warfarin, then go back to 5 mg daily. We'll recheck Friday.",
     "BLOCK", "result", "email", "en",
     [("INR", "PROCEDURE"), ("3.8", "RESULT"), ("warfarin", "MEDICATION")],
     ["home-health", "lab"], "A lab value and dose instructions by e-mail (treated like SMS): BLOCK."),
    ("cr0067", "Brightwell Home Infusion: your vancomycin 1 g is out for delivery. Infuse over 2 hours every 12 hours; your nurse comes at 4 pm for PICC line care.",
     "BLOCK", "care-instructions", "push", "en",
     [("Brightwell Home Infusion", "SPECIALTY"), ("vancomycin 1 g", "MEDICATION"), ("PICC line", "PROCEDURE")],
     ["home-health", "pharmacy"], "The delivery notice carries the dosing schedule: BLOCK. Decision 1: home-infusion name is specialty-revealing."),
    ("cr0068", "Farmacia del Pueblo: su pedido ya está listo para recoger. Horario de lunes a sábado de 9 a 7. ¡Gracias por su preferencia!",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "hard-negative"], "Generic pharmacy name, no drug named."),
    ("cr0069", "Update on your mom: hospice pharmacy can't send the lorazepam 0.5mg refill until Monday, so tonight use 2 drops of the haloperidol for the agitation instead. Call us if it doesn't help.",
     "BLOCK", "care-instructions", "sms", "en",
     [("hospice", "SPECIALTY"), ("lorazepam 0.5mg", "MEDICATION"), ("haloperidol", "MEDICATION"), ("agitation", "CONDITION")],
     ["home-health", "third-party", "pharmacy"], "A relative's symptom and a dosing instruction: BLOCK."),
    ("cr0070", "The Niagara Falls day trip bus leaves the front circle at 7 am Saturday - dress in layers for the mist and bring your camera!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Falls' is a place name, not a fall."),
    ("cr0071", "Hi Gloria, Dr. Kaplan approved the refill of your Aricept. It will come with your weekly delivery on Friday.",
     "REWRITE", "pickup", "sms", "en",
     [("Gloria", "NAME"), ("Dr. Kaplan", "PROVIDER"), ("Aricept", "MEDICATION")],
     ["pharmacy", "primary-care"], "A refill notice with the drug name (reveals dementia) and the patient's name: both go."),
    ("cr0072", "Hello, this is Sandra from Meadowlark Home Health calling for Frank Dolan. Your blood pressure at yesterday's visit was 182 over 96. The doctor wants you to take an extra half tablet of amlodipine today, and call us if you get a bad headache.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Sandra", "PROVIDER"), ("Meadowlark Home Health", "SPECIALTY"), ("Frank Dolan", "NAME"), ("blood pressure", "PROCEDURE"), ("182 over 96", "RESULT"), ("amlodipine", "MEDICATION"), ("headache", "CONDITION")],
     ["home-health"], "A voice message with a reading and a dose change: overheard like SMS, BLOCK."),
)

# ---------------------------------------------------------------- batch 7 (cr0073-cr0084): bereavement, hospice and Medicare billing
add(
    ("cr0073", "Dear Mrs. Albright,\n\nIt has been three months since Walter's death, and all of us on the bereavement team at Quiet Harbor Hospice continue to hold you in our thoughts. Grief does not follow a calendar, and the weeks after the first few months can be the hardest.\n\nOur grief support group meets the first Thursday of each month at 6 pm in the library of First Lutheran Church, and you are welcome any time, with or without a friend. There is no cost and no need to sign up.\n\nIf you would rather talk one on one, Ellen, our bereavement coordinator, would be glad to hear from you at (802) 555-0179.\n\nWith care,\nQuiet Harbor Hospice Bereavement Services",
     "REWRITE", "other", "email", "en",
     [("Mrs. [[Albright]]", "NAME"), ("Walter", "NAME"), ("Quiet Harbor Hospice", "SPECIALTY"), ("grief support group", "PROCEDURE"), ("Ellen", "PROVIDER"), ("(802) 555-0179", "PHONE"), ("Quiet Harbor Hospice", "SPECIALTY", 1)],
     ["home-health", "third-party", "practice-contact"], "Decision 9: the deceased is named with the hospice but no illness; the names and hospice name go and the support offer survives. The grief group is a program offered to the recipient (PROCEDURE)."),
    ("cr0074", "Dear Mr. Haddad, we remember Nadia and the courage she showed through her pancreatic cancer, and we are honored to have cared for her at home. Our bereavement team will call you next week.",
     "BLOCK", "other", "email", "en",
     [("Mr. [[Haddad]]", "NAME"), ("Nadia", "NAME"), ("pancreatic cancer", "CONDITION")],
     ["home-health", "oncology", "third-party"], "Decision 9: the bereavement note names the deceased's illness: a third party's condition, BLOCK."),
    ("cr0075", "Estimada familia Quiroga: les acompañamos en este tiempo de duelo. El equipo del Hospicio Buen Pastor les invita a su grupo de apoyo para el duelo, los martes a las 5 pm. Para más información, llamen a Sor Teresa al (956) 555-0124.",
     "REWRITE", "other", "sms", "es",
     [("Quiroga", "NAME"), ("Hospicio Buen Pastor", "SPECIALTY"), ("grupo de apoyo para el duelo", "PROCEDURE"), ("Sor Teresa", "PROVIDER"), ("(956) 555-0124", "PHONE")],
     ["home-health", "practice-contact"], "Decisions 5 and 9: the family name and hospice name go; the grief group is a program (PROCEDURE); the sister who answers is workforce (PROVIDER)."),
    ("cr0076", "Our annual Service of Remembrance will be held Sunday at 3 pm in the chapel. All are welcome; light refreshments will follow in the parlor.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A memorial service for everyone; no person, illness or service named."),
    ("cr0077", "Statement from Solace Hospice: room and board for the respite stay 5/2-5/7, balance $1,260.00. Pay at solacehospice.example/pay or call (512) 555-0148.",
     "REWRITE", "billing", "sms", "en",
     [("Solace Hospice", "SPECIALTY"), ("respite", "PROCEDURE"), ("5/2", "DATE"), ("5/7", "DATE"), ("solacehospice.example/pay", "URL"), ("(512) 555-0148", "PHONE")],
     ["home-health", "practice-contact"], "Decision 7: hospice name and the respite service go; the balance, the stay's dates and the payment contacts survive."),
    ("cr0078", "Advance Beneficiary Notice: Medicare may not pay for the lift chair ordered by Dr. Whitmore. Estimated cost $1,100. Please sign the ABN we mailed you and return it by 6/30.",
     "REWRITE", "billing", "email", "en",
     [("lift chair", "PROCEDURE"), ("Dr. Whitmore", "PROVIDER"), ("6/30", "DATE")],
     ["home-health"], "Decision 6: the device goes; the payer (decision 10), amount, provider and deadline stay."),
    ("cr0079", "Le recordamos que su saldo de $45.00 vence el 15 de julio. Puede pagar en línea en pagos.clinicasanmarcos.example o llamar al (505) 555-0147.",
     "ALLOW", "billing", "sms", "es",
     [("15 de julio", "DATE"), ("pagos.clinicasanmarcos.example", "URL"), ("(505) 555-0147", "PHONE")],
     ["general", "practice-contact"], "Balance, due date and the clinic's own contacts."),
    ("cr0080", "Medicare Summary: Beneficiary Rosalind Greer, DOB 02/14/1931, MBI 2KP8-WX4-NF63. Home oxygen rental, month 13 of 36. Amount you may owe: $38.61.",
     "BLOCK", "billing", "email", "en",
     [("Rosalind Greer", "NAME"), ("02/14/1931", "DATE"), ("2KP8-WX4-NF63", "HEALTH_PLAN_ID"), ("oxygen", "MEDICATION")],
     ["home-health", "dob", "identifier"], "A full date of birth with the name (README) plus the Medicare identifier: BLOCK."),
    ("cr0081", "Thank you! We received your payment of $230.00 on 4/14. Confirmation #PMT-55829.",
     "ALLOW", "billing", "sms", "en",
     [("4/14", "DATE")],
     ["general"], "Decision 11: a payment confirmation number identifies a transaction, not the patient (not labelled)."),
    ("cr0082", "Welcome to Three Rivers Home Health, Mr. Gallagher!\n\nThank you for choosing us for your care at home. Your admission visit is on Wednesday with Lorena Diaz, RN, your case manager, who will review your medicines, your home safety and your goals. Please have your insurance cards and a list of your doctors ready.\n\nWhat to expect: visits are usually scheduled the day before, with a two-hour window. If you need to cancel, please call at least 2 hours ahead. After hours a nurse is on call every night and weekend. Please keep pets in another room during visits and let us know about any steps or parking tips for your building. Your folder includes our privacy notice and an emergency preparedness plan; keep it somewhere easy to find.\n\nOur office: 220 Commerce Dr, Suite 4, Butler, PA 16001\nPhone: (724) 555-0112 | Fax: (724) 555-0113\nPatient rights and our complaint process: https://threeriverships.example/rights\n\nWe look forward to working with you.\nThree Rivers Home Health Intake Team",
     "REWRITE", "other", "email", "en",
     [("Three Rivers Home Health", "SPECIALTY"), ("Mr. [[Gallagher]]", "NAME"), ("Lorena Diaz, RN", "PROVIDER"), ("220 Commerce Dr, Suite 4, Butler, PA 16001", "ADDRESS"), ("(724) 555-0112", "PHONE"), ("(724) 555-0113", "FAX"), ("https://threeriverships.example/rights", "URL"), ("Three Rivers Home Health", "SPECIALTY", 1)],
     ["home-health", "practice-contact"], "Decision 1: the agency name (twice) and the patient's name go; the agency's own address, phone, fax and link stay."),
    ("cr0083", "We are closed Monday for Memorial Day. For urgent needs after hours, call our on-call line; for emergencies dial 911.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Holiday closure; 911 is not a phone identifier (README)."),
    ("cr0084", "Sra. Benítez: el Dr. Carrillo firmó la certificación de hospicio de su esposo. Según el doctor, su insuficiencia cardíaca está en etapa terminal y la expectativa de vida es de menos de seis meses.",
     "BLOCK", "other", "sms", "es",
     [("Benítez", "NAME"), ("Dr. Carrillo", "PROVIDER"), ("hospicio", "SPECIALTY"), ("insuficiencia cardíaca", "CONDITION"), ("etapa terminal", "RESULT"), ("menos de seis meses", "RESULT")],
     ["home-health", "third-party", "cardiology"], "Decision 8: a relative's diagnosis, stage and prognosis: BLOCK."),
)

# ---------------------------------------------------------------- batch 8 (cr0085-cr0096): disguises, identifiers, therapy, labs at home
add(
    ("cr0085", "reminder: ur h o s p i c e nurse visit is tmrw 10-12, reply Y to confirm",
     "REWRITE", "reminder", "sms", "en",
     [("h o s p i c e", "SPECIALTY")],
     ["home-health", "spaced", "shorthand"], "Spaced-out 'hospice' is still the service word (decision 7); the window survives."),
    ("cr0086", "Your mor\u200bphine refill from the Solace Hospice pharmacy will be delivered tonight between 6 and 8.",
     "REWRITE", "pickup", "sms", "en",
     [("mor\u200bphine", "MEDICATION"), ("Solace Hospice", "SPECIALTY")],
     ["home-health", "pharmacy"], "A zero-width space inside the drug name; a delivery notice with a drug name is REWRITE like a pickup (README)."),
    ("cr0087", "Ur 0xyg3n c0ncentrat0r delivery is set for Thurs 12-4. Pls clear a path to an outlet!",
     "REWRITE", "confirmation", "sms", "en",
     [("0xyg3n c0ncentrat0r", "PROCEDURE")],
     ["home-health", "leet", "shorthand"], "Leetspeak device name (decision 6); the delivery window survives."),
    ("cr0088", "Dear family, your father's d\u0435mentia evaluation at Oakview Geriatrics is Friday 9/19 at 1 pm. Please bring his hearing aids and glasses.",
     "BLOCK", "reminder", "email", "en",
     [("d\u0435mentia", "CONDITION"), ("Oakview Geriatrics", "SPECIALTY"), ("9/19", "DATE")],
     ["primary-care", "third-party"], "A Cyrillic 'e' in 'dementia'. A relative's condition used as a visit label is BLOCK (README third-party rule). Judgement: 'hearing aids and glasses' are everyday items, not labelled."),
    ("cr0089", "To finish the Medicaid long-term care application for your aunt, Beatrice Nolan, please reply to confirm her SSN 078-05-1120 and the date she was admitted to the nursing home.",
     "BLOCK", "other", "sms", "en",
     [("Beatrice Nolan", "NAME"), ("078-05-1120", "SSN"), ("nursing home", "SPECIALTY")],
     ["home-health", "third-party", "identifier"], "An SSN must never travel by text. Decision 7: 'nursing home' is a service word (SPECIALTY)."),
    ("cr0090", "Our parking lot will be repaved on Saturday. Please use the side entrance by the chapel; the wheelchair-accessible doors there will be open.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A broadcast about access; 'wheelchair-accessible' describes the doors, not the recipient."),
    ("cr0091", "Caregiver Corner - November\n\nThe holidays can be a joy and a strain when you are caring for someone at home. A few tips from our social workers: keep gatherings short and predictable, plan a quiet room, and say yes when someone offers to help.\n\nOur free Caregiver Support Circle meets online the second Tuesday of every month at 7 pm. Topics this winter: asking for help, sleep for caregivers, and paperwork 101. No need to be a current client to join.\n\nRegister at https://cascadecare.example/circle or call (206) 555-0175. Questions can also go to support@cascadecare.example.\n\nWishing you rest and good company this season,\nCascade Care Partners",
     "ALLOW", "marketing", "email", "en",
     [("https://cascadecare.example/circle", "URL"), ("(206) 555-0175", "PHONE"), ("support@cascadecare.example", "EMAIL")],
     ["general", "broadcast", "practice-contact"], "A newsletter to every subscriber; the caregiver group is offered to all and names no condition (README broadcasts)."),
    ("cr0092", "Hi Bernadette! Mr. Oduya, your speech therapist, comes Wednesday at 3 for your swallow exercises. Keep doing the chin tucks 10 times before every meal until then.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Bernadette", "NAME"), ("Mr. Oduya", "PROVIDER"), ("speech therapist", "SPECIALTY"), ("swallow exercises", "PROCEDURE"), ("chin tucks", "PROCEDURE")],
     ["home-health", "physical-therapy"], "The reminder carries a therapy instruction (how often, when): treatment instructions, BLOCK."),
    ("cr0093", "Recordatorio: su terapia física en casa con Andrés es mañana a las 3. Tenga a la mano su andador, por favor.",
     "REWRITE", "reminder", "push", "es",
     [("terapia física", "PROCEDURE"), ("Andrés", "PROVIDER"), ("andador", "PROCEDURE")],
     ["home-health", "physical-therapy"], "Decisions 5 and 6: the therapist is workforce; the therapy and the walker go, the time survives."),
    ("cr0094", "Your potassium from Monday's home draw was 5.9 (high). Dr. Mbeki asked us to stop your spironolactone and recheck on Thursday.",
     "BLOCK", "result", "sms", "en",
     [("potassium", "PROCEDURE"), ("5.9", "RESULT"), ("high", "RESULT"), ("Dr. Mbeki", "PROVIDER"), ("spironolactone", "MEDICATION")],
     ["home-health", "lab"], "A lab value, its flag and a stop-drug instruction: BLOCK."),
    ("cr0095", "Mobile lab: your home blood draw is Wednesday between 7 and 9 am. Please don't eat after midnight; water and your usual morning pills are fine.",
     "ALLOW", "reminder", "sms", "en", [],
     ["lab", "hard-negative"], "Decision 12: a generic fasting instruction for generic blood work is logistics, not treatment."),
    ("cr0096", "Dialysis transport: Mr. Pham, your ride to Riverside Kidney Center is now 5:45 am Mon/Wed/Fri. Your driver is Luis, blue van.",
     "REWRITE", "reminder", "sms", "en",
     [("Dialysis", "PROCEDURE"), ("Mr. [[Pham]]", "NAME"), ("Riverside Kidney Center", "SPECIALTY"), ("Luis", "PROVIDER")],
     ["dialysis"], "Decisions 1 and 5: the therapy, the kidney-center name and the patient's name go; the driver is workforce; the ride time survives."),
)

# ---------------------------------------------------------------- batch 9 (cr0097-cr0108): Spanish: residences, aides, equipment, certification
add(
    ("cr0097", "¡Los esperamos en la Fiesta de la Cosecha este viernes a las 4! Habrá música, tamales y lotería para residentes y familias.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "A harvest party for everyone; 'lotería' is the game."),
    ("cr0098", "Hola, soy Marisol de la agencia. Mañana no podrá ir su asistente Rocío; la reemplaza Nayeli de 8 a 12. Gracias por su paciencia.",
     "ALLOW", "other", "sms", "es",
     [("Marisol", "PROVIDER"), ("Rocío", "PROVIDER"), ("Nayeli", "PROVIDER")],
     ["home-health"], "Decision 5: the scheduler and both aides are workforce (PROVIDER, allowed); 'la agencia' and 'asistente' name no service."),
    ("cr0099", "Le informamos que el ultrasonido Doppler de su pierna mostró un coágulo (trombosis venosa profunda). La enfermera irá hoy en la tarde a enseñarle a inyectarse la enoxaparina.",
     "BLOCK", "result", "sms", "es",
     [("ultrasonido Doppler", "PROCEDURE"), ("coágulo", "RESULT"), ("trombosis venosa profunda", "CONDITION"), ("enoxaparina", "MEDICATION")],
     ["home-health", "imaging"], "A finding, a diagnosis and a new injectable treatment: BLOCK."),
    ("cr0100", "Hola, le habla la oficina del Dr. Salazar para recordarle su cita del lunes 3 de noviembre a las 9:30. Si necesita cambiarla, llame al 520-555-0139.",
     "ALLOW", "reminder", "voice", "es",
     [("Dr. Salazar", "PROVIDER"), ("3 de noviembre", "DATE"), ("520-555-0139", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, date, time and the office's number."),
    ("cr0101", "Suministros Médicos Altamira: la cama de hospital y el colchón de aire para el Sr. Ruiz se entregan el jueves entre 1 y 5. Un adulto debe firmar de recibido.",
     "REWRITE", "confirmation", "sms", "es",
     [("cama de hospital", "PROCEDURE"), ("colchón de aire", "PROCEDURE"), ("Sr. [[Ruiz]]", "NAME")],
     ["home-health"], "Decisions 2 and 6: generic supplier name; the devices and the patient's name go, the delivery window survives."),
    ("cr0102", "Buen dia, familia Orozco. Don Efrain paso mala noche: tuvo fiebre de 38.9 y mucha tos. Ya se le tomó una muestra de orina y empezamos amoxicilina por orden del Dr. Villa.",
     "BLOCK", "other", "sms", "es",
     [("Orozco", "NAME"), ("Efrain", "NAME"), ("fiebre", "CONDITION"), ("38.9", "RESULT"), ("tos", "CONDITION"), ("muestra de orina", "PROCEDURE"), ("amoxicilina", "MEDICATION"), ("Dr. Villa", "PROVIDER")],
     ["home-health", "third-party", "typo"], "A relative's symptoms, a value and a new antibiotic (written without accents, as staff often type): BLOCK."),
    ("cr0103", "Club de la Tercera Edad Las Palmas: mañana el camión pasa entre 7:30 y 8:15 para la excursión al mercado. No olviden su gorra y agua.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Decision 2: a seniors' club outing; 'Tercera Edad' is not an age over 89."),
    ("cr0104", "¡Feliz cumpleaños número 92, Doña Herminia! Le desea lo mejor todo el personal de Residencia Santa Clara.",
     "REWRITE", "other", "sms", "es",
     [("92", "AGE"), ("Herminia", "NAME")],
     ["general", "age-over-89"], "An age over 89 and a name; decision 2: the residence name stays."),
    ("cr0105", "Para la certificación de Medicare necesitamos confirmar estos datos: Ramón Elizondo Treviño, fecha de nacimiento 17/08/1938, número de Medicare 5QM3-HT9-RW21. Responda SÍ si son correctos.",
     "BLOCK", "other", "sms", "es",
     [("Ramón Elizondo Treviño", "NAME"), ("17/08/1938", "DATE"), ("5QM3-HT9-RW21", "HEALTH_PLAN_ID")],
     ["home-health", "dob", "identifier"], "A full date of birth with the name and the Medicare identifier: BLOCK (README)."),
    ("cr0106", "Sra. Castañeda, la enfermera de Hogar y Salud Bienestar irá el 2 de mayo entre 10 y 12 a revisar su sonda Foley.",
     "REWRITE", "reminder", "sms", "es",
     [("Castañeda", "NAME"), ("Hogar y Salud Bienestar", "SPECIALTY"), ("2 de mayo", "DATE"), ("sonda Foley", "PROCEDURE")],
     ["home-health"], "Decisions 1 and 6: a home-health agency name and the catheter go; date and window survive."),
    ("cr0107", "Sr. Ibáñez, su nivel de hemoglobina fue 11.8, un poco mejor que el mes pasado. Siga con el sulfato ferroso 325 mg una vez al día. - Enf. Paredes",
     "ALLOW", "result", "portal", "es",
     [("Ibáñez", "NAME"), ("hemoglobina", "PROCEDURE"), ("11.8", "RESULT"), ("un poco mejor", "RESULT"), ("sulfato ferroso 325 mg", "MEDICATION"), ("Enf. Paredes", "PROVIDER")],
     ["home-health", "lab"], "A result and a dose inside the secure portal: ALLOW (README channel convention)."),
    ("cr0108", "Estimada Sra. Villanueva:\n\nLa invitamos a la reunión del plan de cuidado de su hermano Tomás el viernes 12 de septiembre a las 2:00 p. m. en el Centro de Enfermería Especializada Mirasol, sala de juntas del segundo piso. El equipo quiere platicar con usted sobre su pérdida de peso y los cambios en su dieta.\n\nSi no puede venir, con gusto le llamamos a esa hora. Favor de confirmar con la trabajadora social, Lic. Paola Reyna, al (559) 555-0193.\n\nAtentamente,\nDepartamento de Servicios Sociales",
     "BLOCK", "reminder", "email", "es",
     [("Villanueva", "NAME"), ("Tomás", "NAME"), ("12 de septiembre", "DATE"), ("Centro de Enfermería Especializada Mirasol", "SPECIALTY"), ("pérdida de peso", "CONDITION"), ("Lic. Paola Reyna", "PROVIDER"), ("(559) 555-0193", "PHONE")],
     ["home-health", "third-party", "practice-contact"], "Decision 13: the invitation names a relative's weight loss as the topic (a condition): BLOCK, unlike a logistics-only conference invitation."),
)

# ---------------------------------------------------------------- batch 10 (cr0109-cr0120): broadcasts, transitions of care, palliative
add(
    ("cr0109", "Flu shots for all residents and staff will be offered in the lobby Thursday 9 to noon. No appointment needed - just bring your Medicare card.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "README broadcasts: a vaccine clinic offered to everyone; decision 10: the payer card is not an identifier when no number is given."),
    ("cr0110", "Hi Theo! Your grandma's hospice volunteer visit (reading and music) is set for Sunday 2-4. Thanks for letting us know she loves Sinatra. - Pat Lindgren, Volunteer Services",
     "REWRITE", "reminder", "sms", "en",
     [("Theo", "NAME"), ("hospice", "SPECIALTY"), ("Pat Lindgren", "PROVIDER")],
     ["home-health", "third-party"], "Decisions 5, 7 and 13: a relative's visit logistics; the recipient's name and 'hospice' go, the volunteer coordinator is workforce."),
    ("cr0111", "Night update: Mom's bed alarm went off 3x tonight. She's restless and pulling at her catheter, so the nurse gave her a prn Seroquel 25 mg at 2am.",
     "BLOCK", "other", "push", "en",
     [("bed alarm", "PROCEDURE"), ("restless", "CONDITION"), ("catheter", "PROCEDURE"), ("Seroquel 25 mg", "MEDICATION")],
     ["home-health", "third-party", "shorthand"], "A relative's behaviour, device and a dose given, on a lock-screen push: BLOCK."),
    ("cr0112", "Fall Festival this Saturday! Hayrides, apple cider and a pie contest in the courtyard from 1-4. Families and pets welcome.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Fall' is the season, not a fall."),
    ("cr0113", "Confirmed: Geriatric assessment with Dr. Hollis, Tue 10/7, 9:00 AM, Suite 210. Please allow 2 hours and bring a family member if you can.",
     "REWRITE", "confirmation", "sms", "en",
     [("Geriatric assessment", "PROCEDURE"), ("Dr. Hollis", "PROVIDER"), ("10/7", "DATE")],
     ["primary-care"], "A named visit type (README: named visit types are PROCEDURE); provider, date, time and suite survive."),
    ("cr0114", "Dear Ms. Pruitt,\n\nYour father, Leonard Pruitt, will be discharged from Greenfield Skilled Nursing on Friday, 8/22, around 11 am. He completed 18 days of rehab after his hip fracture repair and now walks about 150 feet with a rolling walker and standby help.\n\nHis discharge orders: continue Eliquis 2.5 mg twice daily for 30 more days, no bending past 90 degrees at the hip, and home health PT and OT three times a week starting Monday. Prescriptions were sent to the pharmacy on Elm Street.\n\nOn the day of discharge, please bring a loose pair of pants, a jacket and shoes with backs, and plan on about an hour at the front desk for paperwork. Our therapy team will show you how to help him in and out of the car before you leave. His personal belongings, hearing aid charger and any mail will be bagged and labeled in his room.\n\nCall the nurses' station at (937) 555-0145 with any questions before Friday.\n\nGreenfield Skilled Nursing, Case Management",
     "BLOCK", "care-instructions", "email", "en",
     [("Ms. [[Pruitt]]", "NAME"), ("Leonard Pruitt", "NAME"), ("Greenfield Skilled Nursing", "SPECIALTY"), ("8/22", "DATE"), ("rehab", "PROCEDURE"), ("hip fracture", "CONDITION"), ("rolling walker", "PROCEDURE"), ("Eliquis 2.5 mg", "MEDICATION"), ("home health", "SPECIALTY"), ("PT", "PROCEDURE"), ("OT", "PROCEDURE"), ("(937) 555-0145", "PHONE"), ("Greenfield Skilled Nursing", "SPECIALTY", 1)],
     ["home-health", "orthopedics", "third-party", "practice-contact"], "A relative's diagnosis, function, dose and restrictions in a discharge letter: BLOCK."),
    ("cr0115", "You have a new message from your care team. Log in at https://portal.northbay.example to read it.",
     "ALLOW", "portal-notice", "sms", "en",
     [("https://portal.northbay.example", "URL")],
     ["general", "practice-contact"], "Notification without PHI, with the practice's own portal link."),
    ("cr0116", "medicare recert visit for home health sched 11/3, nurse Kim will come 1-3pm. call if u need to chnage",
     "REWRITE", "reminder", "sms", "en",
     [("home health", "SPECIALTY"), ("11/3", "DATE"), ("nurse Kim", "PROVIDER")],
     ["home-health", "shorthand", "typo"], "Decision 7: 'home health' as a service word goes; decision 10: 'medicare' is not labelled; date, window and nurse survive."),
    ("cr0117", "Your ride is confirmed: pickup Tuesday at 9:10 am from your home, with a return trip after your appointment. The driver will call when outside.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "hard-negative"], "Transport logistics naming no place, service or person."),
    ("cr0118", "Hi, it's Dr. Yamamoto from Westbrook Palliative Care returning your call about your husband. Given how much his kidney function has dropped this month, I agree it's time to talk about hospice. Please call me back at (541) 555-0107.",
     "BLOCK", "other", "voice", "en",
     [("Dr. Yamamoto", "PROVIDER"), ("Westbrook Palliative Care", "SPECIALTY"), ("kidney function", "PROCEDURE"), ("dropped", "RESULT"), ("hospice", "SPECIALTY"), ("(541) 555-0107", "PHONE")],
     ["home-health", "third-party", "practice-contact"], "A relative's declining measure and a move to hospice: BLOCK. Judgement: 'kidney function' is the measure (PROCEDURE) and 'dropped' its finding (RESULT)."),
    ("cr0119", "Your monthly B12 shot at home is due this week. The nurse will call tomorrow to set a time.",
     "REWRITE", "reminder", "sms", "en",
     [("B12 shot", "MEDICATION")],
     ["home-health"], "README: a form word right after the drug goes with it; the scheduling notice survives without it."),
    ("cr0120", "Your father's swallow study showed he aspirates thin liquids. Starting today, all of his drinks at Meadow Lane Skilled Nursing will be nectar-thick.",
     "BLOCK", "result", "email", "en",
     [("swallow study", "PROCEDURE"), ("aspirates thin liquids", "RESULT"), ("Meadow Lane Skilled Nursing", "SPECIALTY")],
     ["home-health", "third-party"], "A relative's test finding and diet change: BLOCK."),
)


if __name__ == "__main__":
    probe_lib.run(M, "cr", "probe93.jsonl")
