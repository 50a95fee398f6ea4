#!/usr/bin/env python3
"""Build corpus/probe45.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe45.py [OUT] [-v]   (default: probe45.jsonl next to this script)

Written blind, from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run
and no other corpus's messages were read.
This round is HOSPICE, PALLIATIVE CARE, END OF LIFE AND BEREAVEMENT: what hospice agencies,
palliative-care teams, home-health nurses, chaplains, social workers, funeral-adjacent services
and bereavement programs send, mostly to family members and caregivers — nurse, aide and chaplain
visit schedules, comfort-kit and medication deliveries, hospital beds, lifts and oxygen
concentrators delivered and picked up, after-hours lines, family meetings, advance directives and
POLST/MOLST paperwork, goals-of-care conversations, condolence notes, grief groups and memorial
events, volunteer programs, Medicare hospice benefit and billing notices. Logistics that may go as
written, messages that may go once a name, service, device, drug or identifier is removed, and
messages that must not go by text (decline, symptoms, prognosis, a named patient's death, comfort
medication dosing, a relative's health). Hard negatives: memorial and fundraising broadcasts,
"comfort"/"peace"/"passed"/"dying"/"terminal" in ordinary senses, chaplains as staff, grief
education for everyone. About 20% Spanish; 4 disguised messages.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. `hospice`, `palliative (care)` and practice or program names that contain them
     (`Evergreen Hospice`, `Hospicio La Esperanza`, `Palliative Care Clinic`, `pediatric
     palliative`) are SPECIALTY, like a behavioral-health name; names that do not say it
     (`Lantern Care Partners`, `Willow House`, `Comfort Rx`) are generic and unlabelled. Hospice
     and palliative lines carry the service tag `home-health` (there is no hospice tag), plus
     oncology / cardiology / dialysis / pediatrics / pharmacy where the content is theirs.
  2. Community broadcasts (fundraisers, memorial services open to all, volunteer recruitment,
     grief and advance-directive education open to anyone) say nothing about the recipient: the
     hospice name and any clinical word in them stay unlabelled (ALLOW). A notice sent to the
     hospice's own patients and families (after-hours line, billing) that names the hospice does
     reveal the recipient's situation: SPECIALTY, REWRITE.
  3. The death of a named or otherwise identified patient is a third party's health: the death
     words (`passed away`, `died`, `fallecimiento`, `falleció`, `actively dying`) are labelled
     CONDITION and the line is BLOCK. A note to the bereaved that only refers to "your loss" or
     "your mom's passing" (no decedent's name, cause, date or care detail) is about the recipient's
     own bereavement: not labelled.
  4. Prognosis time-frames (`days, not weeks`, `weeks to a few months`, `últimas horas`) and
     trend findings (`has grown`, `disease progression`, `weight stable`) are RESULT (a state a
     condition is in); signs of decline (`mottling`, `stopped eating`, `very weak`) are CONDITION
     (symptoms are conditions).
  5. A hospice comfort kit (`comfort kit`, `kit de confort`) is a drug product used as a name:
     MEDICATION. The patient's own kit or comfort drug in a delivery notice is REWRITE; a named or
     identified relative's (`your husband's`, `for Harold`) is BLOCK (README: a dependent's
     medication is BLOCK).
  6. Equipment and supplies are devices, PROCEDURE (`hospital bed`, `Hoyer lift`, `bedside
     commode`, `oxygen concentrator` as one span, `adult briefs`); bare `oxygen`/`oxígeno` is
     MEDICATION as in the README. Equipment delivered for a relative is logistics (a device is not
     a condition, drug or result): REWRITE.
  7. Treatment-limiting orders and forms (`POLST`, `MOLST`, `DNR`, `Do Not Intubate`, `orden de no
     resucitar`) and named planning visits (`goals-of-care` with `conversation` outside, `advance
     care planning`, `respite care`, `music therapy`) are PROCEDURE. An advance directive,
     health-care proxy/power of attorney, `voluntades anticipadas` and a `family meeting` are
     generic paperwork/visit words: unlabelled. A POLST's contents (DNR, no feeding tube) for a
     relative are treatment decisions: BLOCK.
  8. Chaplains, social workers, aides, bereavement and volunteer coordinators are generic roles;
     one named with a title (`Chaplain Ruth Oyelaran`, `Pastor Ben`, `Enf. Patricia`) or named as
     staff/sender/contact is PROVIDER. `LCSW` after a name names clinical social work (a
     behavioral-health credential): a separate SPECIALTY span, like `DDS`; `respiratory
     therapist` is a role word naming a specialty: SPECIALTY.
  9. A death-certificate number is LICENSE (Safe Harbor "certificate/license number").
 10. A gift "in memory of" a named person names a third party but says nothing about health:
     NAME, REWRITE; the hospice foundation's name in a message to a donor is unlabelled.
 11. A volunteer addressed by name about the volunteer's own health requirement (TB test) is the
     subject of that information: NAME. Patient details sent to volunteers or couriers are a
     third party's health: BLOCK.
 12. A patient's street address in a delivery/pickup notice is not needed there: ADDRESS, REWRITE;
     a city of birth on a death-certificate worksheet is ADDRESS.
 13. Funeral-home logistics that do not name the decedent are ALLOW (no health content); one that
     ties a named person's death to the hospice is BLOCK.
 14. A lone role-free first name of staff is PROVIDER only when it is the sender or introduced as
     staff (`Grace (aide)`, `Sam, social work`).

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


# ---------------------------------------------------------------- batch 1 (av0001-av0012): nurse, aide, chaplain and social-work visits
add(
    ("av0001", "Lantern Care Partners: Your nurse visit is confirmed for Tue 3/10 between 9 and 11 AM. Reply C to confirm or call (541) 555-0143 to change it.",
     "ALLOW", "confirmation", "sms", "en",
     [("3/10", "DATE"), ("(541) 555-0143", "PHONE")],
     ["home-health", "practice-contact"], "Nurse visit window from an agency whose name does not say hospice (decision 1); date, time and the agency's own phone are allowed."),
    ("av0002", "Hi Eleanor, this is Marisol, your hospice nurse from Evergreen Hospice. I'll be at the house tomorrow between 1 and 3 to check in. Text back if that time doesnt work.",
     "REWRITE", "reminder", "sms", "en",
     [("Eleanor", "NAME"), ("Marisol", "PROVIDER"), ("hospice", "SPECIALTY"), ("Evergreen Hospice", "SPECIALTY")],
     ["home-health", "typo"], "Patient name and the hospice service/name go (decision 1); the nurse named as sender is PROVIDER and the visit window survives."),
    ("av0003", "Bluestem Home Health & Hospice: Aide visits for Mr. Castellanos this week are Mon, Wed and Fri, 8:30-9:30am (bath and linen change). Questions? (719) 555-0167",
     "REWRITE", "reminder", "sms", "en",
     [("Bluestem Home Health & Hospice", "SPECIALTY"), ("Castellanos", "NAME"), ("(719) 555-0167", "PHONE")],
     ["home-health", "practice-contact"], "Home-health/hospice agency name and patient name go; the aide schedule survives. Judgement: 'bath and linen change' is routine personal care, left unlabelled."),
    ("av0004", "Chaplain Ruth Oyelaran would like to stop by Thursday afternoon for a short visit. Reply YES if that's welcome, or NO THANKS - no reason needed.",
     "ALLOW", "reminder", "sms", "en",
     [("Chaplain Ruth Oyelaran", "PROVIDER")],
     ["home-health"], "A chaplain named with the title is staff, PROVIDER (decision 8); no patient name, no service name, nothing clinical."),
    ("av0005", "Hola Sra. Quintero, le escribe Andrés, el trabajador social de Hospice Santa Clara. ¿Le queda bien el jueves 12 de marzo a las 3 para platicar sobre los recursos para cuidadores?",
     "REWRITE", "reminder", "sms", "es",
     [("Quintero", "NAME"), ("Andrés", "PROVIDER"), ("Hospice Santa Clara", "SPECIALTY"), ("12 de marzo", "DATE")],
     ["home-health"], "Social worker named as sender is PROVIDER (decision 8); the family's name and the hospice name go, the date and time survive."),
    ("av0006", "Hi Tom, Dana RN here. Saw ur dad this afternoon - he has mottling on both knees and some labored breathing, and hes stopped eating. I think were looking at days, not weeks. Call me when you can, (541) 555-0178.",
     "BLOCK", "other", "sms", "en",
     [("Tom", "NAME"), ("Dana RN", "PROVIDER"), ("mottling", "CONDITION"), ("labored breathing", "CONDITION"), ("stopped eating", "CONDITION"), ("days, not weeks", "RESULT"), ("(541) 555-0178", "PHONE")],
     ["home-health", "third-party", "typo", "shorthand"], "Signs of active decline and a prognosis about the recipient's father: a third party's health is the message (decision 4)."),
    ("av0007", "Hi, this is Kevin with the scheduling team at Lantern Care Partners, returning your call about next week. The nurse can come Monday at 10 or Wednesday at 2, whichever works better. Call us back at 541-555-0143. Thanks!",
     "ALLOW", "reminder", "voice", "en",
     [("Kevin", "PROVIDER"), ("541-555-0143", "PHONE")],
     ["home-health", "practice-contact"], "Voicemail from staff named as sender; times and the agency's own number only; agency name is generic (decision 1)."),
    ("av0008", "Reminder: Palliative Care Clinic visit with Dr. Farouk on 4/2 at 11:00 AM, Pavilion B, 3rd floor. Please bring a list of all your current medicines, including over-the-counter ones.",
     "REWRITE", "reminder", "sms", "en",
     [("Palliative Care Clinic", "SPECIALTY"), ("Dr. Farouk", "PROVIDER"), ("4/2", "DATE")],
     ["home-health"], "The palliative clinic name reveals serious illness (decision 1); provider, date, time and place survive."),
    ("av0009", "Sra. Benítez, su mamá pasó una noche difícil: más dolor en la cadera y algo de confusión. Le subimos la morfina a 10 mg cada 4 horas. Cualquier cosa llame al 555-0129. — Enf. Patricia",
     "BLOCK", "care-instructions", "sms", "es",
     [("Benítez", "NAME"), ("dolor en la cadera", "CONDITION"), ("confusión", "CONDITION"), ("morfina", "MEDICATION"), ("555-0129", "PHONE"), ("Enf. Patricia", "PROVIDER")],
     ["home-health", "third-party"], "A relative's symptoms and a morphine dose change: clinical content about a third party. 'pasó una noche' is an ordinary use of pasar."),
    ("av0010", "New: your care team's visit schedule for the week of 5/4 is posted. Log in at portal.lanterncare.example to view it.",
     "ALLOW", "portal-notice", "push", "en",
     [("5/4", "DATE"), ("portal.lanterncare.example", "URL")],
     ["home-health", "practice-contact"], "Notification without PHI: the schedule is in the portal; the agency's own link without a token."),
    ("av0011", "Hi Gloria, the 5-day respite care stay for your husband at Willow House starts Mon 6/8. Drop-off is between 10 and noon; please bring his meds in the original bottles.",
     "REWRITE", "reminder", "sms", "en",
     [("Gloria", "NAME"), ("respite care", "PROCEDURE"), ("6/8", "DATE")],
     ["home-health", "third-party"], "A relative's stay logistics with a named service (respite care, a hospice benefit service; decision 7) and the caregiver's name: REWRITE like a dependent's logistics. Willow House is a generic residence name."),
    ("av0012", "Chaplain Mike here. I sat with your mother for a while this afternoon. She is very weak and sleeping most of the day now, and she asked for a priest, so I've called St. Brigid's parish for her.",
     "BLOCK", "other", "sms", "en",
     [("Chaplain Mike", "PROVIDER"), ("very weak", "CONDITION"), ("sleeping most of the day", "CONDITION")],
     ["home-health", "third-party"], "The chaplain is staff (PROVIDER), but the note describes the mother's decline: a third party's health (decision 4)."),
)

# ---------------------------------------------------------------- batch 2 (av0013-av0024): comfort kits, pharmacy deliveries, dosing
add(
    ("av0013", "Comfort Rx Hospice Pharmacy: Your comfort kit will be delivered today between 2-6 PM. An adult 18+ must sign. Track: comfortrx.example/t/8K2QZ91",
     "REWRITE", "pickup", "sms", "en",
     [("Comfort Rx Hospice Pharmacy", "SPECIALTY"), ("comfort kit", "MEDICATION"), ("comfortrx.example/t/8K2QZ91", "URL")],
     ["pharmacy", "home-health"], "Hospice-pharmacy name and the comfort kit (a drug product, decision 5) go; the tracking link carries a per-delivery token, so it is patient-specific. The delivery window survives."),
    ("av0014", "Your delivery from Northside Pharmacy is scheduled for tomorrow between 9 AM and 1 PM. Reply 1 to confirm someone will be home, or HELP for help.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Generic pharmacy name, no drug, no name: a delivery window only."),
    ("av0015", "Delivery note for the Whitfield household: morphine sulfate 20 mg/mL oral solution 30 mL, lorazepam 0.5 mg #20 and haloperidol 2 mg/mL for Harold. The nurse will go over each one at tonight's visit.",
     "BLOCK", "pickup", "sms", "en",
     [("Whitfield", "NAME"), ("morphine sulfate 20 mg/mL oral solution", "MEDICATION"), ("lorazepam 0.5 mg", "MEDICATION"), ("haloperidol 2 mg/mL", "MEDICATION"), ("Harold", "NAME")],
     ["pharmacy", "home-health", "third-party"], "A named relative's comfort medications with strengths, sent to the household: a third party's medication is BLOCK (decision 5)."),
    ("av0016", "Hillcrest Pharmacy: Your morphine refill is ready for pickup at 1420 Grant Ave. A photo ID is required for this medication. Reply STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("morphine", "MEDICATION"), ("1420 Grant Ave", "ADDRESS")],
     ["pharmacy", "practice-contact"], "The patient's own drug named in a pickup notice: REWRITE; the pharmacy's address stays."),
    ("av0017", "Don Ramiro, ya le dejamos el kit de confort a su hija. Si a su esposa le da mucha dificultad para respirar, póngale 0.25 ml de morfina debajo de la lengua y nos llama enseguida.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Ramiro", "NAME"), ("kit de confort", "MEDICATION"), ("dificultad para respirar", "CONDITION"), ("morfina", "MEDICATION")],
     ["home-health", "third-party"], "Dosing instructions for the wife's breathlessness: treatment and a third party's health (decision 5)."),
    ("av0018", "Farmacia del Valle: su pedido está listo para entrega a domicilio. Le marcamos 30 minutos antes de llegar. Dudas: (915) 555-0115.",
     "ALLOW", "pickup", "sms", "es",
     [("(915) 555-0115", "PHONE")],
     ["pharmacy", "practice-contact"], "Generic pharmacy, no drug named; the pharmacy's own number."),
    ("av0019", "Supply drop-off for Mrs. Adebayo tomorow AM: adult briefs (L), chux pads, nitrile gloves and mouth swabs. The aide will bring them to the 9am visit.",
     "REWRITE", "pickup", "sms", "en",
     [("Adebayo", "NAME"), ("adult briefs", "PROCEDURE"), ("chux pads", "PROCEDURE")],
     ["home-health", "typo"], "Incontinence supplies are devices (decision 6) and reveal a condition; gloves and swabs are generic. Name and supplies go, the drop-off survives."),
    ("av0020", "Msg from Dr. Stanek: switch Mr. Liu's fentanyl patch from 25 to 50 mcg/hr at tonight's change and keep the oxycodone 5 mg for breakthrough pain up to every 3 hrs.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Stanek", "PROVIDER"), ("Liu", "NAME"), ("fentanyl patch", "MEDICATION"), ("oxycodone 5 mg", "MEDICATION"), ("breakthrough pain", "CONDITION")],
     ["home-health", "shorthand"], "Opioid dose change and PRN instructions: the dosing is the message."),
    ("av0021", "Medication change from Dr. Stanek: increase your fentanyl patch to 50 mcg/hr at your next change (every 72 hours). Keep taking oxycodone 5 mg every 3 hours as needed for breakthrough pain. Questions? Message us here or call the 24/7 line.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Dr. Stanek", "PROVIDER"), ("fentanyl patch", "MEDICATION"), ("oxycodone 5 mg", "MEDICATION"), ("breakthrough pain", "CONDITION")],
     ["home-health", "contrast"], "Same kind of dose instruction as av0020 but inside the secure portal: ALLOW (README channel convention)."),
    ("av0022", "Hi, it's Jenna with Evergreen Hospice pharmacy services. The scopolamine patches you asked about were added to Thursday's delivery.",
     "REWRITE", "pickup", "sms", "en",
     [("Jenna", "PROVIDER"), ("Evergreen Hospice", "SPECIALTY"), ("scopolamine patches", "MEDICATION")],
     ["pharmacy", "home-health"], "The recipient's own drug and the hospice name go; the delivery day survives. Staff sender is PROVIDER."),
    ("av0023", "Heads up: our courier is running about 45 minutes behind today because of the snow. Your delivery is still on its way. - Delivery Team, Cascade Home Pharmacy",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Courier delay from a generic '... Pharmacy' name; nothing about what is delivered."),
    ("av0024", "Hi, this is Angela from Comfort Rx calling for the family of Betty Marsh. The nurse told us she's having trouble swallowing, so the doctor wants to switch her to morphine liquid and Ativan drops. Please call us back at 503-555-0191 so we can set up delivery.",
     "BLOCK", "pickup", "voice", "en",
     [("Angela", "PROVIDER"), ("Betty Marsh", "NAME"), ("trouble swallowing", "CONDITION"), ("morphine liquid", "MEDICATION"), ("Ativan drops", "MEDICATION"), ("503-555-0191", "PHONE")],
     ["pharmacy", "home-health", "third-party"], "Voicemail to the family with a named patient's symptom and medication change: a third party's health. 'Comfort Rx' alone is a generic name (decision 1)."),
)

# ---------------------------------------------------------------- batch 3 (av0025-av0036): hospital beds, lifts, oxygen, pickups
add(
    ("av0025", "Apex Home Medical: Your hospital bed and overbed table will be delivered Wed 2/19 between 12-4 PM. Please clear a 7 x 4 ft space on the main floor. Questions? (503) 555-0136",
     "REWRITE", "confirmation", "sms", "en",
     [("hospital bed", "PROCEDURE"), ("2/19", "DATE"), ("(503) 555-0136", "PHONE")],
     ["home-health", "practice-contact", "contrast"], "The hospital bed is a device that reveals the patient's state (decision 6); the delivery window and the vendor's number survive. The overbed table is furniture, unlabelled."),
    ("av0026", "Apex Home Medical: Your equipment delivery is confirmed for Wed 2/19 between 12-4 PM. Our driver will call about 30 minutes before arriving.",
     "ALLOW", "confirmation", "push", "en",
     [("2/19", "DATE")],
     ["home-health", "contrast"], "The minimum-necessary form of av0025: 'equipment' says nothing; generic DME vendor name."),
    ("av0027", "Pickup scheduled Friday for the oxygen concentrator (S/N EVO5-2291847) and 6 portable tanks at 88 Larkspur Ct, Apt 3. Please leave them just inside the front door.",
     "REWRITE", "other", "sms", "en",
     [("oxygen concentrator", "PROCEDURE"), ("EVO5-2291847", "DEVICE_ID"), ("88 Larkspur Ct, Apt 3", "ADDRESS")],
     ["home-health", "identifier"], "Device, its serial and the patient's address are not needed for a pickup notice (decisions 6, 12); the day survives."),
    ("av0028", "MedEquip del Sur: su entrega de equipo está programada para el viernes 21 de febrero entre 8 y 12. El chofer le marcará antes de llegar. Info: (956) 555-0138.",
     "ALLOW", "confirmation", "sms", "es",
     [("21 de febrero", "DATE"), ("(956) 555-0138", "PHONE")],
     ["home-health", "practice-contact"], "Equipment delivery without naming the device; vendor's own number."),
    ("av0029", "Pt Gerald Fontaine at 14 Quarry Rd: O2 sats low 80s on 2L per RN, upgrading to a 5L concentrator today. He's end-stage COPD, family aware. Pls deliver by 3.",
     "BLOCK", "other", "sms", "en",
     [("Gerald Fontaine", "NAME"), ("14 Quarry Rd", "ADDRESS"), ("O2 sats", "PROCEDURE"), ("low 80s", "RESULT"), ("concentrator", "PROCEDURE"), ("COPD", "CONDITION")],
     ["home-health", "shorthand"], "Dispatch text to a driver with a named patient's address, readings and diagnosis (decision 11)."),
    ("av0030", "Safety tip from Apex Home Medical: keep equipment cords out of walkways and test your smoke detectors this weekend when the clocks change.",
     "ALLOW", "other", "sms", "en", [],
     ["home-health", "hard-negative", "broadcast"], "Safety broadcast from a generic vendor; nothing about anyone's equipment or care."),
    ("av0031", "Hi Mr. Petrakis, the Hoyer lift and bedside commode for your wife are scheduled to arrive Tuesday afternoon. Our therapist will show you how to use everything safely.",
     "REWRITE", "confirmation", "sms", "en",
     [("Petrakis", "NAME"), ("Hoyer lift", "PROCEDURE"), ("bedside commode", "PROCEDURE")],
     ["home-health", "third-party"], "Equipment for a relative is logistics (decision 6): the name and devices go, the delivery day survives."),
    ("av0032", "Sra. Delgado, mañana pasamos a recoger la cama de hospital y el concentrador de oxígeno. ¿Habrá alguien en casa entre la 1 y las 5? Responda SÍ o NO.",
     "REWRITE", "other", "sms", "es",
     [("Delgado", "NAME"), ("cama de hospital", "PROCEDURE"), ("concentrador de oxígeno", "PROCEDURE")],
     ["home-health"], "Pickup of devices (decision 6): name and device names go; the pickup window survives."),
    ("av0033", "Pulse-ox alert for Lena Mbeki: SpO2 84% for 10 min at 3:12 AM. On-call hospice RN has been paged.",
     "BLOCK", "result", "sms", "en",
     [("Lena Mbeki", "NAME"), ("SpO2", "PROCEDURE"), ("84%", "RESULT"), ("hospice", "SPECIALTY")],
     ["home-health"], "A monitoring reading with a name: the value is the message."),
    ("av0034", "Your equipment pickup is complete. Thank you for returning everything. If anything was left behind, call (503) 555-0136 and we'll come back for it.",
     "ALLOW", "other", "sms", "en",
     [("(503) 555-0136", "PHONE")],
     ["home-health", "practice-contact"], "Pickup receipt without a device, name or address. Judgement: that equipment was returned (often after a death) is not stated and not labelled."),
    ("av0035", "Subject: Your oxygen delivery - what to expect\n\nHello Mr. Achterberg,\n\nThank you for choosing Apex Home Medical. Your oxygen concentrator and two portable cylinders will be delivered on Monday, 3/9, between 8 AM and noon. A respiratory therapist will set everything up, check the tubing and show you how to clean the filter.\n\nA few safety reminders: keep the concentrator at least 6 feet from stoves, candles and fireplaces, never smoke in the home while oxygen is in use, and keep cylinders upright in their cart.\n\nTo reschedule, call (503) 555-0136 or reply to this e-mail. Our after-hours line is the same number.\n\nApex Home Medical | Customer Care",
     "REWRITE", "confirmation", "email", "en",
     [("oxygen", "MEDICATION"), ("Achterberg", "NAME"), ("oxygen concentrator", "PROCEDURE"), ("3/9", "DATE"), ("respiratory therapist", "SPECIALTY"), ("concentrator", "PROCEDURE", 1), ("oxygen", "MEDICATION", 2), ("(503) 555-0136", "PHONE")],
     ["home-health", "practice-contact"], "E-mail is treated like SMS: name, oxygen (MEDICATION), concentrator (device) and the respiratory-therapist role (SPECIALTY, decision 8) go; date, window and vendor number survive."),
    ("av0036", "Buenas tardes, le aviso que a su papá, Don Efraín, ya le pusimos el oxígeno a 3 litros porque la saturación le bajó a 86. Sigue muy débil. - Enfermera Lucía",
     "BLOCK", "other", "sms", "es",
     [("Efraín", "NAME"), ("oxígeno", "MEDICATION"), ("saturación", "PROCEDURE"), ("86", "RESULT"), ("muy débil", "CONDITION"), ("Enfermera Lucía", "PROVIDER")],
     ["home-health", "third-party"], "A named father's oxygen setting, saturation value and decline: a third party's health."),
)

# ---------------------------------------------------------------- batch 4 (av0037-av0048): after-hours lines, family meetings, goals of care
add(
    ("av0037", "Lantern Care Partners: A nurse is available 24/7 at (541) 555-0143 - nights, weekends and holidays. Save this number in your phone.",
     "ALLOW", "other", "sms", "en",
     [("(541) 555-0143", "PHONE")],
     ["home-health", "practice-contact", "broadcast"], "After-hours line from a generic agency name; 24/7 is not a date."),
    ("av0038", "Evergreen Hospice reminder: our after-hours nurse line is (541) 555-0170. Please call us BEFORE calling 911 so we can help right away.",
     "REWRITE", "other", "sms", "en",
     [("Evergreen Hospice", "SPECIALTY"), ("(541) 555-0170", "PHONE")],
     ["home-health", "practice-contact"], "Sent to enrolled families, so the hospice name reveals the recipient's situation (decision 2); the number survives, 911 is not an identifier."),
    ("av0039", "Recuerde: si necesita ayuda fuera del horario de oficina, llame a nuestra línea de enfermería al (915) 555-0150, las 24 horas. No espere hasta el lunes.",
     "ALLOW", "other", "sms", "es",
     [("(915) 555-0150", "PHONE")],
     ["home-health", "practice-contact"], "After-hours nurse line with no service or agency name."),
    ("av0040", "Hi Priya, Dr. Menon from the palliative care team would like to meet with you and your brothers about your father's care. Does Thurs 1/22 at 4pm in the 5 West conference room work?",
     "REWRITE", "reminder", "sms", "en",
     [("Priya", "NAME"), ("Dr. Menon", "PROVIDER"), ("palliative care", "SPECIALTY"), ("1/22", "DATE")],
     ["home-health", "third-party"], "Family-meeting logistics about a relative with only a specialty name: REWRITE (README dependent's logistics; 'family meeting' generic, decision 7)."),
    ("av0041", "Reminder: your goals-of-care conversation with NP Hallorann is Mon 3/16 at 10:30 AM (video). Join: telehealth.example.org/v/gz81p-qq4",
     "REWRITE", "reminder", "sms", "en",
     [("goals-of-care", "PROCEDURE"), ("NP Hallorann", "PROVIDER"), ("3/16", "DATE"), ("telehealth.example.org/v/gz81p-qq4", "URL")],
     ["home-health"], "Goals-of-care is a named visit type revealing serious illness (decision 7); the video link carries a per-visit token. Provider, date and time survive."),
    ("av0042", "Family meeting summary: Dr. Menon explained that your father's cancer has spread to his liver and that more chemo is not recommended. The family agreed to focus on comfort and to start hospice on Monday. Please call Sam, our social worker, with any questions.",
     "BLOCK", "other", "email", "en",
     [("Dr. Menon", "PROVIDER"), ("cancer", "CONDITION"), ("spread to his liver", "RESULT"), ("chemo", "PROCEDURE"), ("hospice", "SPECIALTY"), ("Sam", "PROVIDER")],
     ["oncology", "home-health", "third-party"], "Diagnosis, finding and treatment decision about the recipient's father: a third party's health. 'comfort' is plain English here."),
    ("av0043", "Comfort & Joy holiday social for staff and volunteers next Friday at noon! The sign-up sheet for dishes is by the mailroom.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Comfort' in its ordinary sense in a staff broadcast."),
    ("av0044", "This is the answering service for Meadowbrook Nursing Agency. The on-call nurse has received your message and will call you back within 30 minutes. If this is an emergency, hang up and dial 911.",
     "ALLOW", "other", "voice", "en", [],
     ["home-health", "hard-negative"], "Answering-service script: generic agency name, 911 is not a phone identifier."),
    ("av0045", "Hola Marta, la Dra. Rivas del equipo de cuidados paliativos quiere reunirse con la familia el martes 3 de febrero a las 11 para hablar de los objetivos de atención de su mamá. ¿Pueden venir?",
     "REWRITE", "reminder", "sms", "es",
     [("Marta", "NAME"), ("Dra. Rivas", "PROVIDER"), ("cuidados paliativos", "SPECIALTY"), ("3 de febrero", "DATE"), ("objetivos de atención", "PROCEDURE")],
     ["home-health", "third-party"], "Meeting logistics about the mother; palliative team and goals-of-care topic go (decisions 1, 7), provider, date and time survive."),
    ("av0046", "Dr. Achebe asked me to let you know your dad's kidneys are failing and the team recommends stopping dialysis. Can the family meet tomorrow at 2? - Sam, social work",
     "BLOCK", "other", "sms", "en",
     [("Dr. Achebe", "PROVIDER"), ("kidneys are failing", "CONDITION"), ("dialysis", "PROCEDURE"), ("Sam", "PROVIDER")],
     ["dialysis", "home-health", "third-party"], "The father's kidney failure and a recommendation to stop dialysis: a third party's condition and treatment (decision 14 for 'Sam, social work')."),
    ("av0047", "Reminder: Thursday's family open house at Willow House has moved to 4:30 PM because of staff training. Tours, coffee and Q&A. Reply OK to RSVP.",
     "ALLOW", "other", "sms", "en", [],
     ["home-health", "hard-negative"], "An open house at a residence whose name is generic; nothing about a patient."),
    ("av0048", "URGENT after-hrs: daughter Ana Ruiz (555-0183) says her mother Consuelo Ruiz, 91, has had no urine output since this AM and is moaning. Pls call back.",
     "BLOCK", "other", "sms", "en",
     [("Ana Ruiz", "NAME"), ("555-0183", "PHONE"), ("Consuelo Ruiz", "NAME"), ("91", "AGE"), ("no urine output", "CONDITION"), ("moaning", "CONDITION")],
     ["home-health", "shorthand", "age-over-89"], "Triage page with a named patient's symptoms, her age over 89 and the caller's number: clinical content by text (decision 11)."),
)

# ---------------------------------------------------------------- batch 5 (av0049-av0060): advance directives, POLST/MOLST, care planning
add(
    ("av0049", "Free help completing an advance directive this Saturday, 10 AM-2 PM, at the Riverside Library. Open to everyone 18 and older - no appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Community event about advance directives, open to all (decisions 2, 7)."),
    ("av0050", "Hi Mr. Oduya, please bring your signed POLST form to your visit with Dr. Brandt on 5/12 so we can scan it into your chart.",
     "REWRITE", "reminder", "sms", "en",
     [("Oduya", "NAME"), ("POLST", "PROCEDURE"), ("Dr. Brandt", "PROVIDER"), ("5/12", "DATE")],
     ["primary-care"], "A POLST is a treatment-limiting order for serious illness (decision 7): it and the name go; 'bring your signed form' survives."),
    ("av0051", "Per our talk today, Mr. Sauer's POLST now reads DNR, comfort-focused treatment, no feeding tube. The pink copy is on the fridge for EMS.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Sauer", "NAME"), ("POLST", "PROCEDURE"), ("DNR", "PROCEDURE"), ("comfort-focused treatment", "PROCEDURE"), ("feeding tube", "PROCEDURE")],
     ["home-health"], "The contents of a named patient's POLST are treatment decisions: the clinical content is the message (decision 7)."),
    ("av0052", "Your advance directive and POLST have been scanned into your record. You can view them under Documents > Care Planning.",
     "ALLOW", "portal-notice", "portal", "en",
     [("POLST", "PROCEDURE")],
     ["primary-care", "contrast"], "Inside the portal a form name may stay (README channel convention); compare av0050."),
    ("av0053", "Sr. Arriaga, le recordamos traer firmados el formulario de voluntades anticipadas y la orden de no resucitar a la visita del jueves. Gracias, Clínica Familiar Las Palmas.",
     "REWRITE", "reminder", "sms", "es",
     [("Arriaga", "NAME"), ("orden de no resucitar", "PROCEDURE")],
     ["primary-care"], "A DNR order is PROCEDURE, an advance directive is generic paperwork (decision 7); name and DNR go, 'bring your signed forms Thursday' survives."),
    ("av0054", "Dr. Feld's office: free notary service for health care power of attorney forms, Tuesdays 1-3 PM. Call (410) 555-0112 to book a time.",
     "ALLOW", "marketing", "sms", "en",
     [("Dr. Feld", "PROVIDER"), ("(410) 555-0112", "PHONE")],
     ["primary-care", "practice-contact", "broadcast"], "Practice-wide offer; a power-of-attorney form is generic paperwork (decision 7)."),
    ("av0055", "Dear Ms. Kovacs,\nAttached are the Health Care Proxy and POLST for your aunt, Irene Varga (DOB 02/11/1931, MRN H-448120). Please review section B (Do Not Intubate) and return the signed pages by Friday.\nThank you,\nMedical Records, Cedar Ridge Hospice",
     "BLOCK", "other", "email", "en",
     [("Kovacs", "NAME"), ("POLST", "PROCEDURE"), ("Irene Varga", "NAME"), ("02/11/1931", "DATE"), ("H-448120", "MRN"), ("Do Not Intubate", "PROCEDURE"), ("Cedar Ridge Hospice", "SPECIALTY")],
     ["home-health", "dob", "third-party"], "A relative's full date of birth with her name (README: BLOCK), plus MRN and a treatment-limiting order."),
    ("av0056", "Your advance care planning visit with Kim Lowry, LCSW is confirmed for Wed 9/9 at 2 PM. Bring any forms you have already filled out.",
     "REWRITE", "confirmation", "sms", "en",
     [("advance care planning", "PROCEDURE"), ("Kim Lowry", "PROVIDER"), ("LCSW", "SPECIALTY"), ("9/9", "DATE")],
     ["primary-care"], "Named visit type (decision 7) and a credential naming clinical social work (decision 8) go; provider, date and time survive."),
    ("av0057", "¿Ya habló con su familia sobre sus deseos? Taller gratuito de planificación anticipada de cuidados este sábado a las 10 en la Parroquia San José. Abierto a toda la comunidad.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Community workshop open to all (decision 2); says nothing about the recipient."),
    ("av0058", "Goals of care update: Mrs. Tran has decided to stop tube feeds and antibiotics and go home with hospice. Her son Minh (555-0161) is her health care agent.",
     "BLOCK", "other", "sms", "en",
     [("Goals of care", "PROCEDURE"), ("Tran", "NAME"), ("tube feeds", "PROCEDURE"), ("antibiotics", "MEDICATION"), ("hospice", "SPECIALTY"), ("Minh", "NAME"), ("555-0161", "PHONE")],
     ["home-health"], "A named patient's treatment withdrawal and hospice enrolment, plus her son's name and number."),
    ("av0059", "Hello, this message is for Dolores Whitcomb. This is Renée from Dr. Park's office. We got your mother's MOLST form, but it's missing a witness signature. Please call (614) 555-0126 so we can take care of it before Friday.",
     "REWRITE", "other", "voice", "en",
     [("Dolores Whitcomb", "NAME"), ("Renée", "PROVIDER"), ("Dr. Park", "PROVIDER"), ("MOLST", "PROCEDURE"), ("(614) 555-0126", "PHONE")],
     ["primary-care", "third-party"], "Paperwork logistics for a relative: the form name and recipient's name go, its contents are not stated, so REWRITE (decision 7)."),
    ("av0060", "Subject: Five things to know about advance directives\n\nDear friends,\n\n1. Every adult can have one - you don't need to be sick.\n2. Name a health care agent you trust, and tell them what matters to you.\n3. A POLST is different: it's a doctor's order for people with serious illness. Ask your clinician whether it's right for you.\n4. Keep copies where your family can find them, and give one to your doctor.\n5. Review your wishes after any big life change - a move, a marriage, a new diagnosis in the family.\n\nFree forms and a short video are at lanterncare.example/plan. Questions? Call 541-555-0143.\n\n- The Lantern Care Partners team",
     "ALLOW", "marketing", "email", "en",
     [("lanterncare.example/plan", "URL"), ("541-555-0143", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Education newsletter to everyone: 'POLST' and 'serious illness' describe no recipient (decision 2), left unlabelled."),
)

# ---------------------------------------------------------------- batch 6 (av0061-av0072): condolences, bereavement, memorials, funeral homes
add(
    ("av0061", "Evergreen Hospice: We were saddened to learn that Walter Brennan passed away on 11/3. Our bereavement team will reach out to the family in the coming weeks.",
     "BLOCK", "other", "sms", "en",
     [("Evergreen Hospice", "SPECIALTY"), ("Walter Brennan", "NAME"), ("passed away", "CONDITION"), ("11/3", "DATE")],
     ["home-health", "third-party"], "A named patient's death and its date, tied to the hospice (decision 3)."),
    ("av0062", "Thinking of you and your family today. If you'd like to talk, our grief support line is open weekdays 9-5 at (541) 555-0188. You don't have to go through this alone.",
     "ALLOW", "other", "sms", "en",
     [("(541) 555-0188", "PHONE")],
     ["home-health", "practice-contact"], "Condolence with no decedent named, no cause or date and no hospice name (decision 3)."),
    ("av0063", "Dear Sharon, our spring grief support group for spouses and partners meets Tuesdays at 6 PM starting 3/3 at Evergreen Hospice's Bereavement Center. RSVP to Chaplain Leo at (541) 555-0188.",
     "REWRITE", "other", "sms", "en",
     [("Sharon", "NAME"), ("3/3", "DATE"), ("Evergreen Hospice", "SPECIALTY"), ("Chaplain Leo", "PROVIDER"), ("(541) 555-0188", "PHONE")],
     ["home-health", "practice-contact"], "A personal invitation to a bereaved family member naming the hospice (decision 2): name and hospice go; the group time, chaplain and number survive."),
    ("av0064", "Light Up a Life: Join us for our annual tree-lighting in memory of loved ones, Sunday at 5 PM on the town green. Hot cocoa, music and luminaries. All are welcome.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Memorial broadcast to the community; no one is named."),
    ("av0065", "Thank you for your generous gift to the Stillwater Hospice Foundation in memory of Rosalind Avery. We've let her family know of your kindness.",
     "REWRITE", "other", "sms", "en",
     [("Rosalind Avery", "NAME")],
     ["general"], "Donor acknowledgment: the named person is a third party but no health fact is stated; the name goes (decision 10). The foundation name is unlabelled in a donor message."),
    ("av0066", "Querida familia Ochoa: lamentamos profundamente el fallecimiento de Doña Rebeca el pasado 14 de enero. Fue un honor acompañarla en sus últimos días. Con cariño, Hospicio La Esperanza.",
     "BLOCK", "other", "sms", "es",
     [("Ochoa", "NAME"), ("fallecimiento", "CONDITION"), ("Rebeca", "NAME"), ("14 de enero", "DATE"), ("Hospicio La Esperanza", "SPECIALTY")],
     ["home-health", "third-party"], "A named patient's death with its date, signed by the hospice (decision 3)."),
    ("av0067", "Grupo de apoyo en el duelo, en español, todos los miércoles a las 6:30 pm en el Centro Comunitario. Gratis y abierto a cualquier persona que haya perdido a un ser querido.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Grief group open to anyone (decision 2)."),
    ("av0068", "You're invited: Evergreen's annual Service of Remembrance, Sunday 5/17 at 3 PM at Peace Lutheran Church. Chaplain Ruth Oyelaran will lead a reading of names. Families are welcome to bring a photo.",
     "ALLOW", "marketing", "sms", "en",
     [("5/17", "DATE"), ("Chaplain Ruth Oyelaran", "PROVIDER")],
     ["general", "broadcast"], "Memorial service broadcast; 'Evergreen's' alone does not say hospice (decision 1), 'Peace' is a church name, the chaplain is staff."),
    ("av0069", "Hi Marcus, it's been a year since your mom's passing and we're thinking of you. If you'd ever like to talk, call Jess Alvarado on our bereavement team at (541) 555-0188. - Evergreen Hospice",
     "REWRITE", "other", "sms", "en",
     [("Marcus", "NAME"), ("Jess Alvarado", "PROVIDER"), ("(541) 555-0188", "PHONE"), ("Evergreen Hospice", "SPECIALTY")],
     ["home-health", "practice-contact"], "Anniversary note: 'your mom's passing' is the recipient's own bereavement, unlabelled (decision 3); the recipient's name and the hospice name go."),
    ("av0070", "Hartwell Funeral Home: Evergreen Hospice has released Mr. Dorsey to our care as of 4:10 AM. Our director will call you at 9 to begin arrangements.",
     "BLOCK", "other", "sms", "en",
     [("Evergreen Hospice", "SPECIALTY"), ("Dorsey", "NAME")],
     ["home-health", "third-party"], "Ties a named person's death (implied, with time) to the hospice (decision 13)."),
    ("av0071", "Hartwell Funeral Home: Your arrangement conference is confirmed for Thursday at 10 AM. Please bring clothing, any insurance policies and a favorite photo. Parking is behind the chapel.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "hard-negative"], "Funeral-home logistics without the decedent's name or any health content (decision 13)."),
    ("av0072", "The certified copies of the death certificate you ordered (certificate no. 2026-014-58823) are ready for pickup at our office, Mon-Fri 9-5. Please bring photo ID.",
     "REWRITE", "pickup", "sms", "en",
     [("2026-014-58823", "LICENSE")],
     ["general", "identifier"], "The certificate number is a Safe Harbor certificate number (decision 9) not needed for pickup; no decedent named."),
)

# ---------------------------------------------------------------- batch 7 (av0073-av0084): volunteers and ordinary-sense look-alikes
add(
    ("av0073", "Congratulations! You passed the volunteer training quiz. Your badge photo will be taken at Saturday's orientation. Welcome to the team!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'passed' in the sense of an exam."),
    ("av0074", "Great news: our agency passed its state survey with zero deficiencies. Thank you to every nurse, aide, chaplain, social worker and volunteer who made it happen.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "'passed' an inspection; staff roles listed, nobody named."),
    ("av0075", "Volunteers wanted! Help families with companionship, errands and respite. 16 hours of free training; a TB test and background check are required before your first visit. Apply at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Recruitment broadcast: the TB test is a requirement for everyone, not the recipient's test (decisions 2, 11)."),
    ("av0076", "Hi Dana, we still need your TB test results before you can start visits. You can drop the form off at the volunteer office any weekday.",
     "REWRITE", "other", "sms", "en",
     [("Dana", "NAME"), ("TB test", "PROCEDURE")],
     ["general", "contrast"], "The volunteer's own test named to her by name (decision 11; compare av0075): name and test go, 'we still need your form' survives."),
    ("av0077", "New companion match: Harold Greer, 94, 27 Birch Ln, Apt 2. Advanced Parkinson's, hard of hearing, loves the Red Sox. Wife Joan is his caregiver. First visit Tues 10am?",
     "BLOCK", "other", "sms", "en",
     [("Harold Greer", "NAME"), ("94", "AGE"), ("27 Birch Ln, Apt 2", "ADDRESS"), ("Parkinson's", "CONDITION"), ("hard of hearing", "CONDITION"), ("Joan", "NAME")],
     ["home-health", "age-over-89"], "A patient's name, age over 89, address and conditions sent to a volunteer (decision 11)."),
    ("av0078", "Reminder: the vigil-sitting refresher training is Wed at 6 PM in the Sunflower Room. Dinner provided. RSVP to Ines Calder, Volunteer Coordinator.",
     "ALLOW", "other", "sms", "en",
     [("Ines Calder", "PROVIDER")],
     ["general"], "Volunteer training; the coordinator is staff named as contact (decision 8)."),
    ("av0079", "¡Gracias a nuestros voluntarios! Este mes acompañaron a más de 60 familias. Los esperamos en la convivencia del viernes a las 5 pm; habrá comida y música.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Volunteer thank-you; no one identified."),
    ("av0080", "For peace of mind, sign up for paperless statements and autopay. It takes two minutes at the billing desk.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'peace' in an ordinary sense in a billing broadcast."),
    ("av0081", "The lobby check-in kiosk battery is dying again - please use the front desk until IT replaces it. Sorry for the hassle!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'dying' about a battery."),
    ("av0082", "Hola, ¿podrías acompañar a una familia esta noche de 8 a 11 con el programa Nadie Muere Solo? Responde SÍ o NO antes de las 5.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Vigil request to a volunteer: the program name says someone is dying but identifies no one (decision 11)."),
    ("av0083", "Voluntarios: se necesita acompañante esta noche para el Sr. Aurelio Paz, 92 años, en la habitación 4 de la Casa Sauce. Está en sus últimas horas y no tiene familia cerca.",
     "BLOCK", "other", "sms", "es",
     [("Aurelio Paz", "NAME"), ("92", "AGE"), ("últimas horas", "RESULT")],
     ["home-health", "age-over-89"], "A named patient over 89 with a prognosis of hours, sent to volunteers (decisions 4, 11). 'Paz' here is a surname."),
    ("av0084", "Hospice volunteers needed at the Riverfront 5K registration tables, Saturday 7-10 AM. Wear your blue volunteer shirt! Text VOLUNTEER to (541) 555-0199 to sign up.",
     "ALLOW", "marketing", "sms", "en",
     [("(541) 555-0199", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Recruitment broadcast: 'Hospice' describes the volunteers, not the recipient (decision 2)."),
)

# ---------------------------------------------------------------- batch 8 (av0085-av0096): billing and the Medicare hospice benefit
add(
    ("av0085", "Evergreen Hospice Billing: Your statement for account HX-20418 is ready. Balance due: $0.00 - Medicare covered all hospice services this period. Details: pay.evgcare.example",
     "REWRITE", "billing", "sms", "en",
     [("Evergreen Hospice", "SPECIALTY"), ("HX-20418", "ACCOUNT"), ("hospice", "SPECIALTY"), ("pay.evgcare.example", "URL")],
     ["home-health", "practice-contact", "identifier"], "Statement to an enrolled patient: hospice name and service (decision 2) and the account number go; the practice's own link stays."),
    ("av0086", "Billing reminder: your balance of $42.10 is due 6/30. Pay by phone at (541) 555-0124 or online at pay.lanterncare.example. Thank you!",
     "ALLOW", "billing", "sms", "en",
     [("6/30", "DATE"), ("(541) 555-0124", "PHONE"), ("pay.lanterncare.example", "URL")],
     ["home-health", "practice-contact"], "Balance, due date and the agency's own contacts."),
    ("av0087", "Dear Mr. Halvorsen,\n\nThis letter confirms your election of the Medicare Hospice Benefit with Cedar Ridge Hospice, effective 10/6. We have your Medicare number on file as 1EG4-TE5-MK72.\n\nThe benefit is provided in periods: two 90-day periods, then an unlimited number of 60-day periods. You may change hospice providers once per period, or revoke the benefit at any time by signing a revocation statement.\n\nYou will not receive a bill from us for covered services. You may owe a copay of up to $5 for each prescription and 5% of the cost of inpatient respite care.\n\nQuestions? Call our intake office at (207) 555-0147, Monday through Friday.\n\nSincerely,\nIntake Department\nCedar Ridge Hospice",
     "REWRITE", "billing", "email", "en",
     [("Medicare [[Hospice]] Benefit", "SPECIALTY"), ("Halvorsen", "NAME"), ("Cedar Ridge Hospice", "SPECIALTY"), ("10/6", "DATE"), ("1EG4-TE5-MK72", "HEALTH_PLAN_ID"), ("hospice", "SPECIALTY"), ("respite care", "PROCEDURE"), ("(207) 555-0147", "PHONE"), ("Cedar Ridge Hospice", "SPECIALTY", 1)],
     ["home-health", "practice-contact"], "Benefit-election letter by e-mail: name, Medicare number, the hospice name and service words go; the benefit rules, copays and intake number survive. Judgement: no condition is stated, so REWRITE rather than BLOCK."),
    ("av0088", "Notice: Medicare will end hospice coverage for Ms. Yolanda Pierce on 8/14 because her condition has stabilized (weight stable, PPS 60%). To request a fast appeal, call the BFCC-QIO at (800) 555-0146.",
     "BLOCK", "billing", "sms", "en",
     [("hospice", "SPECIALTY"), ("Yolanda Pierce", "NAME"), ("8/14", "DATE"), ("weight stable", "RESULT"), ("PPS", "PROCEDURE"), ("60%", "RESULT"), ("(800) 555-0146", "PHONE")],
     ["home-health"], "Live-discharge notice with clinical findings and a performance score (decision 4): the findings are the reason given, removal defeats the notice. The QIO helpline is labelled PHONE like a practice number."),
    ("av0089", "Aviso de facturación: su saldo de $18.00 vence el 15 de julio. Puede pagar en línea en pagos.clinicamesa.example o al (505) 555-0131.",
     "ALLOW", "billing", "sms", "es",
     [("15 de julio", "DATE"), ("pagos.clinicamesa.example", "URL"), ("(505) 555-0131", "PHONE")],
     ["primary-care", "practice-contact"], "Balance, due date and the clinic's own contacts."),
    ("av0090", "Sra. Paredes, su hermano quedó inscrito en el beneficio de hospicio de Medicare. Necesitamos copia de su tarjeta de Medicaid (número 98231450-B) para cubrir sus medicamentos.",
     "REWRITE", "billing", "sms", "es",
     [("Paredes", "NAME"), ("hospicio", "SPECIALTY"), ("98231450-B", "HEALTH_PLAN_ID")],
     ["home-health", "third-party", "identifier"], "A relative's enrolment logistics with a service name and his Medicaid number: REWRITE like a dependent's logistics (README)."),
    ("av0091", "Pharmacy note: hospice will no longer cover Mr. Jacobi's Eliquis, Lipitor or metoprolol because they are unrelated to his terminal diagnosis (pancreatic cancer). Please bill these to his Part D plan going forward.",
     "BLOCK", "billing", "sms", "en",
     [("hospice", "SPECIALTY"), ("Jacobi", "NAME"), ("Eliquis", "MEDICATION"), ("Lipitor", "MEDICATION"), ("metoprolol", "MEDICATION"), ("pancreatic cancer", "CONDITION")],
     ["pharmacy", "oncology", "home-health"], "Coverage notice that states a named patient's drugs and terminal diagnosis."),
    ("av0092", "Thank you for your payment! The card terminal in our lobby now takes tap-to-pay too.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "'terminal' as a card reader."),
    ("av0093", "Your palliative care copay estimate for the 7/21 home visit with Dr. Abernathy is $40 after your Medicare Advantage plan (member ID W448821073). Reply PAY to pay now.",
     "REWRITE", "billing", "sms", "en",
     [("palliative care", "SPECIALTY"), ("7/21", "DATE"), ("Dr. Abernathy", "PROVIDER"), ("W448821073", "HEALTH_PLAN_ID")],
     ["home-health", "identifier"], "Service name and member ID go; amount, date and provider survive."),
    ("av0094", "Confirming for the death certificate: Leonard Moss, SSN 078-05-1120, born 04/30/1938 in Dayton, OH. Cause of death per Dr. Ibarra: metastatic prostate cancer.",
     "BLOCK", "other", "sms", "en",
     [("Leonard Moss", "NAME"), ("078-05-1120", "SSN"), ("04/30/1938", "DATE"), ("Dayton, OH", "ADDRESS"), ("Dr. Ibarra", "PROVIDER"), ("prostate cancer", "CONDITION")],
     ["oncology", "dob"], "SSN, full date of birth with a name and a cause of death (decisions 3, 12)."),
    ("av0095", "Hello, this is Lantern Care Partners billing calling about your account. Please call us back at 541-555-0124 between 8 and 4:30. Thank you.",
     "ALLOW", "billing", "voice", "en",
     [("541-555-0124", "PHONE")],
     ["home-health", "practice-contact"], "Billing callback with no account number or service."),
    ("av0096", "Don Tomás, Medicare nos pide la recertificación de su esposa para el tercer periodo de hospicio. La Dra. Salgado anotó que bajó 6 kg y ya no camina. La cita cara a cara es el 2 de junio.",
     "BLOCK", "billing", "sms", "es",
     [("Tomás", "NAME"), ("hospicio", "SPECIALTY"), ("Dra. Salgado", "PROVIDER"), ("bajó 6 kg", "RESULT"), ("ya no camina", "CONDITION"), ("cara a cara", "PROCEDURE"), ("2 de junio", "DATE")],
     ["home-health", "third-party"], "Recertification notice with the wife's weight loss and loss of walking: a third party's findings (decision 4)."),
)

# ---------------------------------------------------------------- batch 9 (av0097-av0108): decline and prognosis, disguises (4), children
add(
    ("av0097", "Hi Keisha, heads up from the night nurse: your grandmother is now actively dying. Her breathing has long pauses between breaths. If family wants to be here, tonight would be the time.",
     "BLOCK", "other", "sms", "en",
     [("Keisha", "NAME"), ("actively dying", "CONDITION"), ("long pauses between breaths", "CONDITION")],
     ["home-health", "third-party"], "A relative's dying state and breathing pattern (decisions 3, 4)."),
    ("av0098", "Dr. Whitlock reviewed your scans: the tumor has grown despite treatment. We think time is likely weeks to a few months. Let's talk about hospice at Tuesday's visit.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Whitlock", "PROVIDER"), ("tumor", "CONDITION"), ("has grown", "RESULT"), ("weeks to a few months", "RESULT"), ("hospice", "SPECIALTY")],
     ["oncology", "home-health", "contrast"], "Finding and prognosis by text (decision 4). 'scans' is a generic word like 'test results'."),
    ("av0099", "Visit summary - Dr. Whitlock, 4/14: We reviewed your CT, which shows disease progression. You chose to focus on comfort, and a referral was sent to Evergreen Hospice. Their admissions nurse will call you within 2 days.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Dr. Whitlock", "PROVIDER"), ("4/14", "DATE"), ("CT", "PROCEDURE"), ("disease progression", "RESULT"), ("Evergreen Hospice", "SPECIALTY")],
     ["oncology", "home-health", "contrast"], "Visit summary inside the secure portal: findings and referral may stay (README channel convention); compare av0098."),
    ("av0100", "ur mom's m0rph1ne is now 10mg q2h prn for pa1n or sob - give it even if she's sleeping if her breathing is fast. call (541) 555-0170 w/ ?s",
     "BLOCK", "care-instructions", "sms", "en",
     [("m0rph1ne", "MEDICATION"), ("pa1n", "CONDITION"), ("sob", "CONDITION"), ("breathing is fast", "CONDITION"), ("(541) 555-0170", "PHONE")],
     ["home-health", "third-party", "leet", "shorthand"], "Leetspeak morphine dosing for the recipient's mother ('sob' = shortness of breath)."),
    ("av0101", "Reminder: h o s p i c e admission visit for Mr. Yoon tomorrow between 10 and 12. The nurse will bring the consent forms.",
     "REWRITE", "reminder", "sms", "en",
     [("h o s p i c e", "SPECIALTY"), ("Yoon", "NAME")],
     ["home-health", "spaced"], "Spaced-out service word and the patient name go; the visit window survives."),
    ("av0102", "Your pal\u200bliative care appointment with Dr. Saini is on 10/8 at 1:30 PM. Reply C to confirm, R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("pal\u200bliative care", "SPECIALTY"), ("Dr. Saini", "PROVIDER"), ("10/8", "DATE")],
     ["home-health"], "A zero-width space hides 'palliative'; the service goes, provider, date and time survive."),
    ("av0103", "Reminder for tonight: give your dad his l\u043er\u0430z\u0435\u0440\u0430m 1 mg under the tongue every 4 hrs as needed for agitation, and write each dose on the log sheet. - Nurse Theo",
     "BLOCK", "care-instructions", "sms", "en",
     [("l\u043er\u0430z\u0435\u0440\u0430m 1 mg", "MEDICATION"), ("agitation", "CONDITION"), ("Nurse Theo", "PROVIDER")],
     ["home-health", "third-party"], "Cyrillic look-alikes in 'lorazepam'; dosing instructions for a relative."),
    ("av0104", "Hi Mrs. Duarte, it's Nurse Kayla from the Little Stars pediatric palliative program. Mateo's seizures increased overnight; Dr. Hsu wants to start the midazolam nasal spray at 5 mg if one lasts over 3 minutes.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Duarte", "NAME"), ("Nurse Kayla", "PROVIDER"), ("pediatric palliative", "SPECIALTY"), ("Mateo", "NAME"), ("seizures", "CONDITION"), ("Dr. Hsu", "PROVIDER"), ("midazolam nasal spray", "MEDICATION")],
     ["pediatrics", "home-health", "minor", "third-party"], "A child's symptoms and rescue-medication dosing sent to the parent (README: a dependent's condition is BLOCK)."),
    ("av0105", "Little Stars Pediatric Palliative Care: Ava's music therapy session is moved to Fri 11/20 at 3:30. The therapist will come to the house.",
     "REWRITE", "reminder", "sms", "en",
     [("Little Stars Pediatric Palliative Care", "SPECIALTY"), ("Ava", "NAME"), ("music therapy", "PROCEDURE"), ("11/20", "DATE")],
     ["pediatrics", "home-health", "minor"], "A dependent's logistics with a program name and a therapy type: REWRITE (README; decision 7)."),
    ("av0106", "Sr. Valdivia, lamento avisarle que su madre falleció a las 5:20 de la mañana. La enfermera Rocío ya va en camino. Lo acompañamos en su dolor.",
     "BLOCK", "other", "sms", "es",
     [("Valdivia", "NAME"), ("falleció", "CONDITION"), ("enfermera Rocío", "PROVIDER")],
     ["home-health", "third-party"], "Death notification by text with the time: a relative's death (decision 3); a phone call is the right channel. 'su dolor' is grief, not a symptom."),
    ("av0107", "Le confirmamos la visita de la enfermera el viernes 9 de octubre entre 2 y 4 pm. Si necesita cambiarla, llame al (915) 555-0150.",
     "ALLOW", "confirmation", "sms", "es",
     [("9 de octubre", "DATE"), ("(915) 555-0150", "PHONE")],
     ["home-health", "practice-contact"], "Nurse visit window; 'enfermera' is a generic role."),
    ("av0108", "Hola Carmen, mañana le llevamos su kit de confort entre 10 y 12. Guárdelo en el refri y no lo abra hasta que la enfermera se lo indique.",
     "REWRITE", "pickup", "sms", "es",
     [("Carmen", "NAME"), ("kit de confort", "MEDICATION")],
     ["home-health", "pharmacy"], "The patient's own comfort kit (decision 5): name and kit go, the delivery window survives."),
)

# ---------------------------------------------------------------- batch 10 (av0109-av0120): long e-mails, coverage, closing hard negatives
add(
    ("av0109", "Grief has no timeline. Our free monthly newsletter shares tips for the holidays, ideas for honoring a loved one, and dates of upcoming workshops. Reply JOIN to subscribe.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Grief education for everyone (decision 2)."),
    ("av0110", "Subject: You're invited - Evening of Remembrance\n\nFriends,\n\nFor 30 years, Stillwater Hospice has cared for our neighbors at the end of life - at home, in nursing homes and at our Willow House residence. On Saturday, 10/17, please join us at the Grand Harbor Hotel for our Evening of Remembrance: dinner, a silent auction and a candle-lighting honoring everyone our community has lost this year.\n\nDress is business casual, valet parking is complimentary, and vegetarian and gluten-free meals are available on request. Tickets are $85, and every dollar supports our bereavement program, which is free to anyone in the county - whether or not their loved one was in our care.\n\nReserve seats at stillwaterfoundation.example/gala or call the Foundation office at (207) 555-0196.\n\nWith gratitude,\nThe Stillwater Hospice Foundation\n1200 Harbor View Dr, Suite 4, Port Sable, ME",
     "ALLOW", "marketing", "email", "en",
     [("10/17", "DATE"), ("stillwaterfoundation.example/gala", "URL"), ("(207) 555-0196", "PHONE"), ("1200 Harbor View Dr, Suite 4, Port Sable, ME", "ADDRESS")],
     ["general", "broadcast", "practice-contact"], "Fundraising broadcast: the hospice name and 'end of life' describe the organisation, not the recipient (decision 2); the foundation's own contacts and address."),
    ("av0111", "Subject: Weekly update from your hospice nurse\n\nHi Renata,\n\nHere's the plan for this week. I'll visit Monday and Thursday around 10, and Grace (aide) will come Tuesday, Wednesday and Friday. Pastor Ben offered to stop by Sunday after service - let me know if your dad would like that.\n\nSince Friday he has been sleeping about 20 hours a day and is taking only sips of water, which is expected at this stage. I increased the morphine concentrate to 0.5 mL (10 mg) every 2 hours as needed for shortness of breath. Please keep using the atropine drops, 2 drops under the tongue, for the rattling.\n\nThe pressure-relief mattress for his hospital bed arrives Tuesday.\n\nCall the 24/7 line at (541) 555-0170 any time, day or night.\n\nWarmly,\nMarisol Vega, RN\nEvergreen Hospice",
     "BLOCK", "care-instructions", "email", "en",
     [("hospice", "SPECIALTY"), ("Renata", "NAME"), ("Grace", "PROVIDER"), ("Pastor Ben", "PROVIDER"), ("sleeping about 20 hours a day", "CONDITION"), ("only sips of water", "CONDITION"), ("morphine concentrate", "MEDICATION"), ("shortness of breath", "CONDITION"), ("atropine drops", "MEDICATION"), ("rattling", "CONDITION"), ("pressure-relief mattress", "PROCEDURE"), ("hospital bed", "PROCEDURE"), ("(541) 555-0170", "PHONE"), ("Marisol Vega, RN", "PROVIDER"), ("Evergreen Hospice", "SPECIALTY")],
     ["home-health", "third-party"], "A long, mostly logistical e-mail whose middle paragraph gives the father's decline and comfort-medication dosing: BLOCK (decisions 4, 5, 14)."),
    ("av0112", "Subject: Bereavement support from Harborlight Hospice\n\nDear Mrs. Lindgren,\n\nPlease accept our continued sympathy. Over the next thirteen months our bereavement team will stay in touch by mail and phone. You are welcome to any of the following, at no cost:\n\n- Walking Through Grief, a six-week group, Thursdays at 6 PM starting 2/5\n- One-on-one visits with a bereavement counselor\n- Our quarterly Remembrance Brunch\n\nTo sign up, call Tomasz Wren, Bereavement Coordinator, at (360) 555-0184, or reply to this e-mail. If the holidays are hard, our guide \"Surviving the Season\" is at harborlight.example/grief.\n\nWith warm regards,\nThe Harborlight Bereavement Team",
     "REWRITE", "other", "email", "en",
     [("Harborlight Hospice", "SPECIALTY"), ("Lindgren", "NAME"), ("2/5", "DATE"), ("Tomasz Wren", "PROVIDER"), ("(360) 555-0184", "PHONE"), ("harborlight.example/grief", "URL")],
     ["home-health", "practice-contact"], "Personal bereavement letter: the recipient's name and the hospice name go (decisions 2, 3); the program, coordinator and contacts survive. 'Harborlight' alone is generic (decision 1); 'bereavement counselor' is a generic role (decision 8)."),
    ("av0113", "Si ya pasó la fecha para inscribirse al taller de manualidades para voluntarios, no se preocupe: todavía hay lugares. Pase por la recepción o responda SÍ.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "'pasó' and 'pase' in ordinary senses."),
    ("av0114", "Good news: the Wi-Fi in the Willow House family lounge is working again (network WH-Guest, no password). Coffee and tea are out 24/7.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Facility notice; the network name is not an identifier and 24/7 is not a date."),
    ("av0115", "Hi Joyce, at your husband's service you mentioned your own chest pains - please don't ignore that. Dr. Kaur can see you Monday at 9, and your A1c was high last spring too.",
     "BLOCK", "result", "sms", "en",
     [("Joyce", "NAME"), ("chest pains", "CONDITION"), ("Dr. Kaur", "PROVIDER"), ("A1c", "PROCEDURE"), ("high", "RESULT")],
     ["primary-care"], "A bereaved caregiver's own symptom and a result; the funeral context is not the issue, the clinical content is."),
    ("av0116", "Your mother's hospice nurse, Olivia Brandt, RN, will be on vacation 8/3-8/14. Covering nurse: Sam Whitaker, RN. Same visit days and times.",
     "REWRITE", "other", "sms", "en",
     [("hospice", "SPECIALTY"), ("Olivia Brandt, RN", "PROVIDER"), ("8/3", "DATE"), ("8/14", "DATE"), ("Sam Whitaker, RN", "PROVIDER")],
     ["home-health", "third-party"], "Staffing logistics for a relative: only the hospice service word goes; nurses and dates survive."),
    ("av0117", "Pineview Care Services: Your visit tomorrow has moved from 9 AM to 11 AM. Reply OK to confirm or call (207) 555-0119.",
     "ALLOW", "reminder", "sms", "en",
     [("(207) 555-0119", "PHONE")],
     ["home-health", "practice-contact"], "Reschedule from a generic agency name."),
    ("av0118", "Misa de recuerdo para las familias: sábado 7 de noviembre, 10 am, Iglesia de Nuestra Señora de la Paz. Todos son bienvenidos. Informes: (915) 555-0158.",
     "ALLOW", "marketing", "sms", "es",
     [("7 de noviembre", "DATE"), ("(915) 555-0158", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Memorial mass broadcast; 'Paz' is a church name."),
    ("av0119", "Hi, this is Dr. Lindqvist from the palliative team returning your call about your brother Nate. His heart failure is getting worse and the milrinone isn't helping much anymore. Please call me back at (612) 555-0193.",
     "BLOCK", "other", "voice", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("palliative", "SPECIALTY"), ("Nate", "NAME"), ("heart failure", "CONDITION"), ("milrinone", "MEDICATION"), ("(612) 555-0193", "PHONE")],
     ["cardiology", "home-health", "third-party"], "Voicemail about a named brother's worsening condition and drug: a third party's health (voice treated like SMS)."),
    ("av0120", "Did you know? Hospice care can be provided wherever someone calls home - a house, an apartment or a nursing home. Questions? Ask us anytime; there's never any obligation.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Education broadcast about hospice in general (decision 2)."),
)

# ---------------------------------------------------------------- end of batches
probe_lib.run(M, "av", "probe45.jsonl")
