#!/usr/bin/env python3
"""Build corpus/probe120.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe120.py [OUT] [-v]   (default: probe120.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run,
and no other corpus, test or source file was read.

This round is HOSPITAL INPATIENT STAYS, VISITORS AND FAMILY UPDATES: what hospitals, inpatient
units, patient-family liaisons, bed-management and discharge teams send to patients and their
designated family — admission and pre-registration notices, room and unit assignments, visitor
rules, surgery-waiting-room status updates, family meeting invitations, discharge planning,
meds-to-beds pharmacy, transport home, post-discharge calls and surveys, itemized bills — mixing
messages that reveal the patient's condition, unit, procedure, drug or result with logistical
ones, and look-alikes (the ICU "Ice cream Ultimate social", Patient Appreciation Week, discharge
of the sprinkler system, a room with a view, Labor Day visiting hours, a volunteer named Joy
Bedford, the Bedford Avenue entrance). About 16% Spanish; four disguised messages (leet,
zero-width, spaced letters, Cyrillic look-alikes).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Hospital units and services whose name reveals the kind of care (ICU, NICU, CVICU, Cardiac
     ICU, Labor & Delivery, Mother & Baby, oncology, behavioral health, pediatric, burn,
     transplant, orthopedic floors, cath lab, GI lab, ED/ER, palliative care) are SPECIALTY; a
     generic trailing word (unit, floor, unidad de) stays outside the span, as with visit labels,
     but "lab" stays inside "Cath lab"/"GI Lab" because it is part of the service's name.
     Generic locations (4 East, 6 North, Med/Surg, Surgical Waiting, recovery/PACU, admitting,
     discharge lounge) are not labelled.
  2. Room and bed numbers are not labelled: they are places inside the hospital, not Safe Harbor
     geography; the message is judged on what else it says.
  3. A surgical status-board tracking number and a family access code are the hospital's own
     pseudonyms for following a patient without a name (like a confirmation code): not labelled.
  4. Family updates from the OR and the floor: a generic status (in the operating room, in
     recovery, the surgeon would like to talk) is ALLOW; with the patient's name or the named
     procedure it is REWRITE (the status survives); how it went (went well, no complications,
     stable, findings) is a third party's health: BLOCK, the outcome phrase labelled RESULT.
  5. A relative's room or unit assignment that names a revealing unit is REWRITE (README:
     a dependent's logistics with a specialty name), not BLOCK; why the move happened is BLOCK.
  6. Encounter/FIN/visit numbers and hospital billing account numbers are ACCOUNT; invoice
     numbers are OTHER_ID (as probe7); a health-plan affiliate number is HEALTH_PLAN_ID.
  7. Post-acute destinations (inpatient rehab hospitals, skilled nursing, nursing homes, home
     health agencies) named in a discharge plan are SPECIALTY, like home-health names;
     "inpatient rehab" as the plan is a PROCEDURE.
  8. Non-clinical workforce named in a message (volunteers such as Joy Bedford, chaplains,
     social workers, case managers, care partners, a transport driver) are PROVIDER, the way
     the README treats a named sender from the front desk.
  9. A transport vendor's own van plate identifies the vendor's vehicle, not the patient: not
     labelled; a family member's own plate registered for a parking pass is VEHICLE_ID (REWRITE).
     A vendor's ride-tracking URL without a token is labelled URL and ALLOWed like a practice's.
  10. Isolation precautions, diet orders (NPO, pureed diet), bed alarms, test strips and the
     wheelchair of a wheelchair van are PROCEDURE (orders and devices).
  11. A death told to family is the third party's health (BLOCK); "passed away" is RESULT (an
     outcome), like a finding.
  12. Itemized bills: a procedure or service named as a charge in a billing notice is removable
     (REWRITE); diagnosis codes (ICD-10) and diagnoses on a statement are CONDITION and the
     statement with them is BLOCK by e-mail; on the portal it is ALLOW.
  13. A broadcast explainer that names phases or departments in general (pre-op, radiology,
     anesthesia) for every patient is a hard negative with no span.
  14. The patient's home address given to a transport or home-health service is ADDRESS and is
     not needed in the text: REWRITE.

Everything is invented: names, hospitals, 555-01xx numbers, example domains, identifiers; the
SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (ds0001-ds0012): admission and pre-registration
add(
    ("ds0001", "St. Brigid Medical Center: Your pre-registration is complete. On arrival, go to Admitting on the 1st floor of the Main Tower. Bring photo ID and your insurance card. Questions? (614) 555-0142",
     "ALLOW", "confirmation", "sms", "en",
     [("(614) 555-0142", "PHONE")],
     ["general", "practice-contact"], "Pre-registration confirmation with the hospital's own number; Admitting is a generic location (decision 1)."),
    ("ds0002", "Hi Gerald, this is Tamika from Patient Access at Ridgeview Hospital. Your admission for your total knee replacement is set for 4/17 — please arrive at 5:30 AM at the Surgical Admissions desk.",
     "REWRITE", "reminder", "sms", "en",
     [("Gerald", "NAME"), ("Tamika", "PROVIDER"), ("total knee replacement", "PROCEDURE"), ("4/17", "DATE")],
     ["orthopedics"], "Name and the procedure go; the admission date and arrival time survive. The sender from Patient Access is workforce (PROVIDER)."),
    ("ds0003", "Admission day checklist from Lakeshore General: comfortable clothes, a list of the medicines you take at home, glasses or hearing aids, and a phone charger. Please leave jewelry and large amounts of cash at home. Garage B parking is validated at the Admitting desk.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Checklist sent to every admitted patient; 'medicines' and 'hearing aids' are generic items, nothing about the recipient."),
    ("ds0004", "Pre-admission call reminder: Mrs. Delacroix, per Dr. Stanton hold your warfarin starting 4/9 and do not eat after midnight before your mitral valve repair on 4/14.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Delacroix", "NAME"), ("Dr. Stanton", "PROVIDER"), ("warfarin", "MEDICATION"), ("4/9", "DATE"), ("mitral valve repair", "PROCEDURE"), ("4/14", "DATE")],
     ["cardiology"], "Medication hold instruction before heart surgery: the dosing instruction is the message, so removal cannot make it safe."),
    ("ds0005", "Hospital San Lucas: Sra. Ibarra, su ingreso para la cesárea programada es el 22 de marzo a las 6:00 a.m. Preséntese en Admisión, planta baja, con su identificación.",
     "REWRITE", "reminder", "sms", "es",
     [("Ibarra", "NAME"), ("cesárea", "PROCEDURE"), ("22 de marzo", "DATE")],
     ["reproductive"], "Name and the planned C-section go; admission date, time and place survive."),
    ("ds0006", "Riverside Regional: your pre-registration link expires in 48 hours. Finish it in the Riverside app under Upcoming Visits. Reply HELP for help, STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Pre-registration nudge with no link, name or service."),
    ("ds0007", "Dear Patricia Vance,\n\nThank you for pre-registering for your stay at Cedar Valley Hospital on 6/3. Your medical record number is MRN 20-448193 and your visit (FIN) number is 7730019254. Please bring your insurance card and a list of your home medications.\n\nCedar Valley Patient Access",
     "REWRITE", "confirmation", "email", "en",
     [("Patricia Vance", "NAME"), ("6/3", "DATE"), ("20-448193", "MRN"), ("7730019254", "ACCOUNT")],
     ["general"], "Name, MRN and encounter number are not needed for a pre-registration receipt; the FIN/encounter number is ACCOUNT (decision 6)."),
    ("ds0008", "Admissions: please confirm patient Leonard Osei, DOB 02/11/1951, for direct admit to 5 West tonight. Reply Y to confirm.",
     "BLOCK", "confirmation", "sms", "en",
     [("Leonard Osei", "NAME"), ("02/11/1951", "DATE")],
     ["general", "dob"], "Full date of birth with the patient's name is BLOCK (README verdict conventions)."),
    ("ds0009", "This is Oakmont Memorial Hospital calling with a reminder about your scheduled hospital stay beginning Monday, May 11th. Please check in at the main entrance at 6 a.m. If you need to reschedule, call us at 555-0163.",
     "ALLOW", "reminder", "voice", "en",
     [("May 11th", "DATE"), ("555-0163", "PHONE")],
     ["general", "practice-contact"], "Admission reminder with date, time and the hospital's own number."),
    ("ds0010", "Your bed is ready! Please come to Labor & Delivery, 3rd floor, and tell the desk you're here for your 7 PM induction.",
     "REWRITE", "other", "sms", "en",
     [("Labor & Delivery", "SPECIALTY"), ("induction", "PROCEDURE")],
     ["reproductive"], "The unit name and the induction reveal the pregnancy; 'your bed is ready, come to the 3rd floor' survives (decision 1)."),
    ("ds0011", "Join us for the ICU — Ice cream Ultimate social! Free sundaes in the Atrium Friday 2–4 PM for patients, families and staff. Part of Patient Appreciation Week at Northfield Hospital.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'ICU' is an ice-cream social and Patient Appreciation Week is an event; sent to everyone."),
    ("ds0012", "Pre-op nurse here: your A1c from pre-admission testing came back 9.1, so Dr. Haddad wants you to see your PCP before we can schedule the hernia repair.",
     "BLOCK", "result", "sms", "en",
     [("Pre-op", "PROCEDURE"), ("A1c", "PROCEDURE"), ("pre-admission testing", "PROCEDURE"), ("9.1", "RESULT"), ("Dr. Haddad", "PROVIDER"), ("hernia repair", "PROCEDURE")],
     ["primary-care"], "A lab value and what it means for the surgery: the result is the message."),
)

# ---------------------------------------------------------------- batch 2 (ds0013-ds0024): room and unit assignments, moves
add(
    ("ds0013", "Hi, this is Marcus at the 6 North front desk. Your dad Walter has been moved to Room 612, bed B. Visiting hours on this unit are 9a–9p.",
     "REWRITE", "other", "sms", "en",
     [("Marcus", "PROVIDER"), ("Walter", "NAME")],
     ["general", "third-party"], "A relative's room move with his name only: REWRITE; 6 North and the room/bed number are not labelled (decisions 1, 2)."),
    ("ds0014", "Update: Mrs. Aguilar was transferred from the ED to the Cardiac ICU, room 4. Family may call the unit at 555-0177.",
     "REWRITE", "other", "sms", "en",
     [("Aguilar", "NAME"), ("ED", "SPECIALTY"), ("Cardiac ICU", "SPECIALTY"), ("555-0177", "PHONE")],
     ["cardiology", "third-party", "practice-contact"], "Judgement (decision 5): a relative's transfer naming revealing units is REWRITE like a dependent's specialty logistics; name and unit names go, 'was transferred, call the unit' survives."),
    ("ds0015", "Your room is ready. Scan the QR code on the whiteboard to order meals, adjust the TV and message your care team.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "Room-service style push with nothing about the patient."),
    ("ds0016", "Mercy West: Upgrade to a room with a view! Private rooms on the 9th floor overlooking the river are available for a daily fee. Ask your nurse or call Patient Services.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'a room with a view' is an amenity offer to every inpatient."),
    ("ds0017", "Familia de Rogelio Fuentes: el paciente fue trasladado a la Unidad de Oncología, 7º piso, cuarto 714. El horario de visitas es de 10 a 20 h.",
     "REWRITE", "other", "sms", "es",
     [("Rogelio Fuentes", "NAME"), ("Oncología", "SPECIALTY")],
     ["oncology", "third-party"], "Relative's transfer to a revealing unit: name and 'Oncología' go, the generic 'Unidad de' and visiting hours stay (decisions 1, 5)."),
    ("ds0018", "Your husband was moved to the step-down unit because his oxygen levels dropped overnight to 84%. Dr. Pruitt will update you at rounds.",
     "BLOCK", "other", "sms", "en",
     [("oxygen levels", "PROCEDURE"), ("84%", "RESULT"), ("Dr. Pruitt", "PROVIDER")],
     ["general", "third-party"], "Why the relative was moved is a measured value about a third party: BLOCK."),
    ("ds0019", "Welcome to 4 East! Your nurse today is Kendra Boyd, RN and your care partner is Luis. You can reach the nurse directly at 555-0121 ext 4410.",
     "ALLOW", "other", "email", "en",
     [("Kendra Boyd, RN", "PROVIDER"), ("Luis", "PROVIDER"), ("555-0121 ext 4410", "PHONE")],
     ["general", "practice-contact"], "Care-team introduction: the nurse and the care partner are workforce (PROVIDER, decision 8); 4 East is generic."),
    ("ds0020", "NICU Family Update: your baby's bedside camera is back online. Log in to AngelView with your family code to watch.",
     "REWRITE", "other", "push", "en",
     [("NICU", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "The NICU name reveals the baby's stay; 'your baby's camera is back online' survives. The family code is not labelled (decision 3)."),
    ("ds0021", "Hi Ms. Grant, this is Pam, charge nurse on 3 North. Your mother was moved to room 311. Her confusion has improved since we stopped the Haldol, and the sitter has been discontinued.",
     "BLOCK", "other", "sms", "en",
     [("Grant", "NAME"), ("Pam", "PROVIDER"), ("confusion", "CONDITION"), ("Haldol", "MEDICATION")],
     ["behavioral-health", "third-party"], "A relative's symptom and a stopped drug: third party's health, BLOCK."),
    ("ds0022", "Bed Management: the patient you're picking up will be ready at the North Entrance lobby at 11:30. Please pull into the 15-minute discharge lane.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Pick-up logistics with no name, unit or service."),
    ("ds0023", "Hello, this message is for the family of Eleanor Whitcomb, age 96. Eleanor has been assigned to room 220 on 2 West. You may visit starting at 11 this morning.",
     "REWRITE", "other", "voice", "en",
     [("Eleanor Whitcomb", "NAME"), ("96", "AGE"), ("Eleanor", "NAME", 1)],
     ["general", "age-over-89", "third-party"], "Name and an age over 89 go; the room assignment and visiting time survive (decision 2)."),
    ("ds0024", "Hospital Santa Clara: su habitación está lista. Pase a Admisión en la planta baja con su identificación. La red wifi para pacientes es SCH-Invitados.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Room-ready notice; the wifi network name looks like a code but identifies nobody."),
)

# ---------------------------------------------------------------- batch 3 (ds0025-ds0036): visitor rules, badges, holiday hours
add(
    ("ds0025", "Labor Day visiting hours at Pine Ridge Medical Center: Monday 10 AM–6 PM. The cafeteria and gift shop will be closed; vending machines are on Level 1.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'Labor Day' is the holiday, not labor and delivery; holidays are not dates."),
    ("ds0026", "Updated Visitor Guidelines — Westbrook Community Hospital\n\nTo keep patients, families and staff safe, the following applies on all inpatient floors starting this week:\n• Up to two visitors at a time per patient; more may wait in the lobby.\n• Children under 12 must stay with an adult at all times.\n• During respiratory virus season, masks are required in patient rooms, and anyone with a fever or cough should stay home.\n• Quiet hours are 9 PM to 6 AM. One adult may stay overnight; please check in at the unit desk after 8 PM.\n• All visitors receive a badge at the Welcome Desk. We take a quick photo for the badge; badge photos are deleted every night.\n• Flowers and balloons are welcome except in the intensive care units.\n\nThank you for helping us care for your loved one.\nPatient & Family Experience Office",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Policy e-mail to every visitor; 'fever or cough' and 'intensive care units' are general rules, not about the recipient (decision 13)."),
    ("ds0027", "Visitor pass for Hector Salinas is approved for the Behavioral Health Unit: 2 visitors, Tues/Thurs 6–8 PM. Bring photo ID; no bags past the locked doors.",
     "REWRITE", "other", "sms", "en",
     [("Hector Salinas", "NAME"), ("Behavioral Health", "SPECIALTY")],
     ["behavioral-health", "third-party"], "Patient's name and the behavioral-health unit go; the pass, days and rules survive (decisions 1, 5)."),
    ("ds0028", "Reminder: visitors to St. Anne's must check in at the Welcome Desk and wear a badge. Badge photos are deleted at the end of each day. Info: stanneshospital.example.org/visit",
     "ALLOW", "other", "sms", "en",
     [("stanneshospital.example.org/visit", "URL")],
     ["general", "broadcast", "practice-contact"], "Visitor rule with the hospital's own page."),
    ("ds0029", "Visitors for rm 418 must gown & glove before entering — the patient is on contact isolation for C. diff. Please wash hands with soap and water, not gel.",
     "BLOCK", "other", "sms", "en",
     [("contact isolation", "PROCEDURE"), ("C. diff", "CONDITION")],
     ["general", "third-party"], "The infection is the reason for the rule; it is a third party's diagnosis. Isolation is PROCEDURE (decision 10)."),
    ("ds0030", "Hola Sra. Paredes, le recordamos que en la Unidad de Cuidados Intensivos solo se permiten 2 visitas a la vez y no se permiten flores. Gracias por su comprensión.",
     "REWRITE", "other", "sms", "es",
     [("Paredes", "NAME"), ("Cuidados Intensivos", "SPECIALTY")],
     ["general", "third-party"], "Name and the ICU go; the visiting rule survives (decision 1)."),
    ("ds0031", "Quiet hours on all inpatient floors begin at 9 PM. Family staying overnight, please pick up a sleeper-chair blanket kit at the nurses' station.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Nothing about any one patient."),
    ("ds0032", "Hi! I'm Joy Bedford, a volunteer at the Harmon County Hospital Welcome Desk. I'll meet you at the main doors at 10 tomorrow with a wheelchair escort to your visit.",
     "ALLOW", "other", "sms", "en",
     [("Joy Bedford", "PROVIDER")],
     ["general"], "Look-alike: the volunteer is workforce named as the sender (PROVIDER, decision 8); an escort offered at the door is a service to visitors, not a device ordered for the patient."),
    ("ds0033", "Pls don't bring food for your brother — he's NPO until his swallow study and will be on a pureed diet after that. Nurse Gloria, 7W",
     "BLOCK", "care-instructions", "sms", "en",
     [("NPO", "PROCEDURE"), ("swallow study", "PROCEDURE"), ("pureed diet", "PROCEDURE"), ("Nurse Gloria", "PROVIDER")],
     ["general", "third-party", "shorthand"], "Diet orders and a test for a relative: the clinical orders are the message (decision 10)."),
    ("ds0034", "Visitor check-in is now touchless. Show this text at any entrance kiosk to print your badge.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "Badge logistics only."),
    ("ds0035", "Dear Mr. and Mrs. Tanaka,\n\nBoth parents may stay with Aiko around the clock on the Pediatric floor. Siblings over 5 may visit from 3 to 7 PM after a quick wellness check at the desk.\n\nChild Life Services, Bayview Hospital",
     "REWRITE", "other", "email", "en",
     [("Tanaka", "NAME"), ("Aiko", "NAME"), ("Pediatric", "SPECIALTY"), ("Child Life Services", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "Child's name, the pediatric floor and the child-life service go; the visiting rules survive."),
    ("ds0036", "Hospital del Valle: a partir del lunes el horario de visitas es de 8:00 a 20:00. Máximo dos visitantes por paciente. Los menores de 12 años deben venir con un adulto.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Visiting-hours broadcast."),
)

# ---------------------------------------------------------------- batch 4 (ds0037-ds0048): surgery waiting-room status updates
add(
    ("ds0037", "Surgical Waiting update for tracking #58213: patient is in the operating room. Procedure started at 9:42 AM.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "third-party"], "Judgement (decisions 3, 4): the status-board number is the hospital's pseudonym, and 'in the operating room' is generic status the family opted into."),
    ("ds0038", "OR update for the family of Dennis Moreau: the laparoscopic gallbladder removal began at 10:15. Next update in about 90 minutes.",
     "REWRITE", "other", "sms", "en",
     [("Dennis Moreau", "NAME"), ("laparoscopic gallbladder removal", "PROCEDURE")],
     ["general", "third-party"], "Decision 4: name and the named procedure go; 'surgery began at 10:15, next update in 90 minutes' survives."),
    ("ds0039", "Dr. Fairbanks just finished — surgery went well, they removed the mass and sent it to pathology, no complications. Your wife is in recovery.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Fairbanks", "PROVIDER"), ("went well", "RESULT"), ("mass", "CONDITION"), ("pathology", "PROCEDURE"), ("no complications", "RESULT")],
     ["oncology", "third-party"], "How the operation went and what was removed is a third party's health (decision 4)."),
    ("ds0040", "Your patient has moved to Recovery (PACU). A nurse will call the waiting-room phone when one visitor may come back.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative", "third-party"], "Generic phase of any operation; recovery/PACU is not labelled (decisions 1, 4)."),
    ("ds0041", "Familia de Ana Beltrán: la cirugía de reemplazo de cadera comenzó a las 8:30. Le avisaremos cuando pase a recuperación.",
     "REWRITE", "other", "sms", "es",
     [("Ana Beltrán", "NAME"), ("reemplazo de cadera", "PROCEDURE")],
     ["orthopedics", "third-party"], "Name and the hip replacement go; 'la cirugía comenzó' survives (decision 4)."),
    ("ds0042", "Surgery Waiting Room: Dr. Castellanos would like to speak with the family in Consult Room 2 now. Please let the volunteer desk know you are on your way.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Castellanos", "PROVIDER")],
     ["general", "third-party"], "A request to talk in person, with the surgeon's name only."),
    ("ds0043", "Hi, it's Dr. Ng's nurse. Your son had a ruptured appendix, so he'll be on IV antibiotics and stay 3 to 4 days. He's awake and asking for you.",
     "BLOCK", "other", "voice", "en",
     [("Dr. Ng", "PROVIDER"), ("ruptured appendix", "CONDITION"), ("antibiotics", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A child's diagnosis and treatment told to the parent by voicemail: third party's health."),
    ("ds0044", "How our Family Status Board works\n\nWhile your loved one is in surgery, the screens in the Surgical Waiting Room and this text line show progress using a tracking number instead of a name. Colors mean:\nPurple – checked in / pre-op\nYellow – in the operating room\nGreen – procedure finished, moving to recovery\nBlue – in recovery (PACU)\nOrange – moving to a room or going home\nThe surgeon will ask to speak with you when the procedure is done. Radiology and anesthesia staff may also stop by. Please stay within the building, keep your phone on, and tell the volunteer desk if you step out for more than 20 minutes.\n\nValley Health Surgical Services",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Explainer sent to every waiting family; pre-op, radiology and anesthesia are named in general (decision 13)."),
    ("ds0045", "Hi this is Renee in Surgical Waiting, ur husband Tom is out of surgery and in recovery rm 3, Dr Bhatt will come talk to u in abt 20 min",
     "REWRITE", "other", "sms", "en",
     [("Renee", "PROVIDER"), ("Tom", "NAME"), ("Dr Bhatt", "PROVIDER")],
     ["general", "third-party", "shorthand"], "Only the husband's name needs to go; 'out of surgery, in recovery' is generic status (decision 4)."),
    ("ds0046", "Cath lab update: your father's procedure is done. They placed 2 stents, he's stable, and family can see him in CVICU in about 1 hr.",
     "BLOCK", "other", "sms", "en",
     [("Cath lab", "SPECIALTY"), ("stents", "PROCEDURE"), ("stable", "RESULT"), ("CVICU", "SPECIALTY")],
     ["cardiology", "third-party"], "What was done and the patient's condition are a third party's health (decision 4)."),
    ("ds0047", "Sala de espera de cirugía: por favor mantenga su teléfono encendido. Le enviaremos avisos de estado cada 2 horas. Responda PARAR para no recibir más mensajes.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Opt-in notice for the waiting room; nothing about anyone."),
    ("ds0048", "STATUS BOARD ALERT\nPatient: K. Lindqvist (MRN E9048812)\nStatus: In Procedure\nRoom: GI Lab 4\nProcedure: EGD w/ biopsy\nNext update: 30 min",
     "REWRITE", "other", "email", "en",
     [("K. Lindqvist", "NAME"), ("E9048812", "MRN"), ("GI Lab", "SPECIALTY"), ("EGD w/ biopsy", "PROCEDURE")],
     ["general", "third-party"], "A structured alert: name, MRN, GI lab and the procedure go; 'In Procedure, next update in 30 min' survives (decision 4)."),
)

# ---------------------------------------------------------------- batch 5 (ds0049-ds0060): family meetings
_FM = ("Family meeting summary — 3/27\nAttendees: Dr. Reyes (hospitalist), Carla (case manager), daughter and son.\n"
       "Discussed: his CHF has progressed; the last echo showed an EF of 20%. He prefers to avoid another ICU stay. "
       "Plan: comfort-focused care, referral to hospice, DNR order confirmed.")
add(
    ("ds0049", "Dear Ms. Bello,\n\nThe team caring for your father, Samuel Okafor, invites you to a family meeting on Thursday, 3/26 at 2:00 PM in the 8th floor family conference room. Dr. Reyes (hospitalist), the case manager and the palliative care team will attend. You can also join by phone at 555-0188, code 4471#.\n\nGreenway Hospital Care Coordination",
     "REWRITE", "other", "email", "en",
     [("Bello", "NAME"), ("Samuel Okafor", "NAME"), ("3/26", "DATE"), ("Dr. Reyes", "PROVIDER"), ("palliative care", "SPECIALTY"), ("555-0188", "PHONE")],
     ["general", "third-party", "practice-contact"], "Invitation with names and the palliative team: both names and the team go; date, time, room and dial-in survive. The conference code is not labelled."),
    ("ds0050", "Dear Mr. Halvorsen,\n\nDr. Kessler would like to meet with the family on Friday at 11 AM to talk about your brother Nils's declining kidney function and whether to start dialysis or focus on comfort care. Please call 555-0114 to confirm who will attend.\n\nUnit 5B Social Work",
     "BLOCK", "other", "email", "en",
     [("Halvorsen", "NAME"), ("Dr. Kessler", "PROVIDER"), ("Nils", "NAME"), ("declining kidney function", "CONDITION"), ("dialysis", "PROCEDURE"), ("comfort care", "PROCEDURE"), ("555-0114", "PHONE")],
     ["dialysis", "third-party", "practice-contact"], "The meeting's topic is a relative's condition and treatment choices: third party's health."),
    ("ds0051", "Reminder: family meeting tomorrow at 10:30 AM, 4th floor conference room B. Parking vouchers are at the info desk. – Care Coordination, Lakeshore General",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "Time and room only."),
    ("ds0052", "Estimada familia Cárdenas:\n\nEl equipo de la Unidad de Quemados los invita a una reunión familiar el viernes 14 de noviembre a las 11:00 en la sala de juntas del 3er piso. Si necesitan intérprete, avísenos con un día de anticipación.\n\nAtentamente,\nTrabajo Social",
     "REWRITE", "other", "email", "es",
     [("Cárdenas", "NAME"), ("Quemados", "SPECIALTY"), ("14 de noviembre", "DATE")],
     ["general", "third-party"], "The family name and the burn unit go; the meeting date and room survive (decision 1)."),
    ("ds0053", "Ms. Harlan, Dr. Obi asks that the family meet tomorrow at 1pm to talk about the MRI, which showed the stroke was larger than first thought, and next steps including a feeding tube.",
     "BLOCK", "other", "sms", "en",
     [("Harlan", "NAME"), ("Dr. Obi", "PROVIDER"), ("MRI", "PROCEDURE"), ("stroke", "CONDITION"), ("larger than first thought", "RESULT"), ("feeding tube", "PROCEDURE")],
     ["general", "third-party"], "A finding and a treatment plan for a relative."),
    ("ds0054", "Hello, this is Nadia Fernandez, social worker at Greenway Hospital, returning your call about scheduling the family meeting. I have openings Tuesday at 3 or Wednesday at 9. Please call me back at 555-0149.",
     "ALLOW", "other", "voice", "en",
     [("Nadia Fernandez, social worker", "PROVIDER"), ("555-0149", "PHONE")],
     ["general", "practice-contact"], "A named social worker is workforce (decision 8); scheduling only."),
    ("ds0055", _FM,
     "ALLOW", "other", "portal", "en",
     [("3/27", "DATE"), ("Dr. Reyes", "PROVIDER"), ("Carla", "PROVIDER"), ("CHF", "CONDITION"), ("echo", "PROCEDURE"), ("EF", "PROCEDURE"), ("20%", "RESULT"), ("ICU", "SPECIALTY"), ("comfort-focused care", "PROCEDURE"), ("hospice", "SPECIALTY"), ("DNR order", "PROCEDURE")],
     ["cardiology", "third-party", "contrast"], "Inside the secure portal a meeting summary may carry the diagnosis and values (README channel convention); same text by e-mail is ds0056."),
    ("ds0056", _FM,
     "BLOCK", "other", "email", "en",
     [("3/27", "DATE"), ("Dr. Reyes", "PROVIDER"), ("Carla", "PROVIDER"), ("CHF", "CONDITION"), ("echo", "PROCEDURE"), ("EF", "PROCEDURE"), ("20%", "RESULT"), ("ICU", "SPECIALTY"), ("comfort-focused care", "PROCEDURE"), ("hospice", "SPECIALTY"), ("DNR order", "PROCEDURE")],
     ["cardiology", "third-party", "contrast"], "The same summary as ds0055 by e-mail: diagnosis, a value and the care plan are the message."),
    ("ds0057", "You're invited! It's Patient Appreciation Week at Sutter Creek Hospital: live music in the lobby, therapy-dog visits and free popcorn for patients and families all week.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike event broadcast; 'therapy-dog' is not a therapy."),
    ("ds0058", "Ethics consult mtg re: your mother Ruth moved to 2/19 at 2pm, Chaplain Moss will join. - Kay (SW)",
     "REWRITE", "other", "sms", "en",
     [("Ethics consult", "PROCEDURE"), ("Ruth", "NAME"), ("2/19", "DATE"), ("Chaplain Moss", "PROVIDER"), ("Kay", "PROVIDER")],
     ["general", "third-party", "shorthand"], "Judgement: an ethics consult is a named consult type that hints at a conflict over care; with the mother's name it goes, the meeting time survives."),
    ("ds0059", "Sr. Domínguez, el Dr. Vidal quiere reunirse con la familia mañana para hablar del resultado de la biopsia de su esposa: es un linfoma y hay que empezar quimioterapia.",
     "BLOCK", "other", "sms", "es",
     [("Domínguez", "NAME"), ("Dr. Vidal", "PROVIDER"), ("biopsia", "PROCEDURE"), ("linfoma", "CONDITION"), ("quimioterapia", "PROCEDURE")],
     ["oncology", "third-party"], "A wife's biopsy result and diagnosis told to the husband by text."),
    ("ds0060", "Interpreter scheduled: a Vietnamese interpreter will join your family meeting on 8/12 at 3 PM. Questions? Language Services, languageservices@harborview-med.example.org",
     "ALLOW", "confirmation", "email", "en",
     [("8/12", "DATE"), ("languageservices@harborview-med.example.org", "EMAIL")],
     ["general", "practice-contact"], "Judgement: the interpreter's language is a logistics detail, not health information; the hospital's own e-mail."),
)

# ---------------------------------------------------------------- batch 6 (ds0061-ds0072): discharge planning
add(
    ("ds0061", "Good news — your expected discharge is tomorrow before 11 AM. Please arrange a ride and let your nurse know who is picking you up.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Discharge timing only."),
    ("ds0062", "Facilities notice: testing and discharge of the sprinkler system in the West Garage will take place Saturday morning. Brief alarms are expected; there is no need to evacuate.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'discharge' of a sprinkler system."),
    ("ds0063", "Discharge planning: Hi Doreen, we've sent referrals for your inpatient rehab stay to Brookside Rehabilitation Hospital and Valley Ridge Rehab. We'll text when one accepts. Hannah, Case Management, 555-0136",
     "REWRITE", "other", "sms", "en",
     [("Doreen", "NAME"), ("inpatient rehab", "PROCEDURE"), ("Brookside Rehabilitation Hospital", "SPECIALTY"), ("Valley Ridge Rehab", "SPECIALTY"), ("Hannah", "PROVIDER"), ("555-0136", "PHONE")],
     ["physical-therapy", "practice-contact"], "Name, the rehab plan and rehab facility names go (decision 7); 'referrals sent, we'll text you' survives."),
    ("ds0064", "Discharge instructions: keep the incision dry for 48 hrs, take Keflex 500mg 4x a day for 7 days, and call us for a fever over 101. -Ortho floor, 555-0158",
     "BLOCK", "care-instructions", "sms", "en",
     [("Keflex 500mg", "MEDICATION"), ("Ortho", "SPECIALTY"), ("555-0158", "PHONE")],
     ["orthopedics", "practice-contact"], "Wound care and dosing instructions are the message."),
    ("ds0065", "Sr. Quintero, su alta está prevista para el 9 de abril. La enfermera de Salud en el Hogar Alianza lo visitará al día siguiente en Calle Olmo 418, Apto 2B, Pharr, TX 78577.",
     "REWRITE", "other", "sms", "es",
     [("Quintero", "NAME"), ("9 de abril", "DATE"), ("Salud en el Hogar Alianza", "SPECIALTY"), ("Calle Olmo 418, Apto 2B, Pharr, TX 78577", "ADDRESS")],
     ["home-health"], "Name, home-health agency and the patient's home address go (decisions 7, 14); the discharge date survives."),
    ("ds0066", "Transport home confirmed: your ride from Ace Medical Transport will be at the Main Entrance at 2:15 PM today. Driver: Curtis, white van, plate 7KXR-290. Questions: 555-0154.",
     "ALLOW", "other", "sms", "en",
     [("Curtis", "PROVIDER"), ("555-0154", "PHONE")],
     ["general", "practice-contact"], "Judgement (decisions 8, 9): the driver is the vendor's workforce and the plate is the vendor's van, not the patient's."),
    ("ds0067", "Subject: Your discharge summary\n\nDear Mr. Paul Stegner,\n\nYou were in the hospital from 1/6 to 1/10. Diagnoses: community-acquired pneumonia; COPD exacerbation.\n\nNew medicines: prednisone 40 mg once daily for 5 more days; azithromycin 250 mg daily through 1/12. Continue your albuterol inhaler as needed.\n\nFollow-up: Dr. Iyer, Pulmonology, on 1/17 at 9:20 AM. Get a chest X-ray in 6 weeks.\n\nCall 555-0166 or go to the ER for worsening shortness of breath.\n\nHillcrest Hospital Discharge Team",
     "BLOCK", "care-instructions", "email", "en",
     [("Paul Stegner", "NAME"), ("1/6", "DATE"), ("1/10", "DATE"), ("community-acquired pneumonia", "CONDITION"), ("COPD exacerbation", "CONDITION"), ("prednisone 40 mg", "MEDICATION"), ("azithromycin 250 mg", "MEDICATION"), ("1/12", "DATE"), ("albuterol inhaler", "MEDICATION"), ("Dr. Iyer", "PROVIDER"), ("Pulmonology", "SPECIALTY"), ("1/17", "DATE"), ("chest X-ray", "PROCEDURE"), ("555-0166", "PHONE"), ("ER", "SPECIALTY"), ("shortness of breath", "CONDITION")],
     ["primary-care", "practice-contact"], "Diagnoses and dosing by e-mail: the clinical content is the message."),
    ("ds0068", "Your discharge paperwork is ready for pickup at the 5 South desk. Please bring the blue folder with your Lovenox teaching sheet to your follow-up on 10/2.",
     "REWRITE", "other", "sms", "en",
     [("Lovenox", "MEDICATION"), ("10/2", "DATE")],
     ["pharmacy"], "The drug on the teaching sheet goes; pickup place and follow-up date survive."),
    ("ds0069", "Discharge plan: You'll go home on 12/5 with oxygen at 2 L by nasal cannula. Take Lasix 40 mg each morning, weigh yourself daily and call if you gain 3 lb in a day.",
     "ALLOW", "care-instructions", "portal", "en",
     [("12/5", "DATE"), ("oxygen", "MEDICATION"), ("Lasix 40 mg", "MEDICATION")],
     ["cardiology"], "Dosing and home oxygen are fine inside the secure portal (README channel convention)."),
    ("ds0070", "Para el alta de su mamá: la trabajadora social confirmó cama en el Asilo San José. Por su demencia no puede regresar sola a casa.",
     "BLOCK", "other", "sms", "es",
     [("Asilo San José", "SPECIALTY"), ("demencia", "CONDITION")],
     ["home-health", "third-party"], "A mother's diagnosis told to the child: third party's health. The nursing home is SPECIALTY (decision 7)."),
    ("ds0071", "Discharge Lounge: please wait in the lounge on Level 1, next to the gift shop, until your ride arrives. Coffee and snacks are free.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Where to wait for a ride."),
    ("ds0072", "Hi Ms. Whitfield, we're arranging your aunt's discharge to Maplewood Skilled Nursing on Friday. Because she is 91, the facility asked for a copy of her Medicare card — please bring it to the 3 East desk.",
     "REWRITE", "other", "sms", "en",
     [("Whitfield", "NAME"), ("Maplewood Skilled Nursing", "SPECIALTY"), ("91", "AGE")],
     ["home-health", "third-party", "age-over-89"], "Name, the skilled-nursing destination (decision 7) and an age over 89 go; the request to bring the card survives."),
)

# ---------------------------------------------------------------- batch 7 (ds0073-ds0084): meds-to-beds pharmacy
add(
    ("ds0073", "Meds to Beds: your discharge prescriptions are ready and will be brought to your room before you leave. Your copay can be paid by card at the bedside.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Bedside delivery notice with no drug named; 'Meds to Beds' is the program's name, not a service line."),
    ("ds0074", "Meds-to-Beds: Hi Frank, your apixaban 5mg and metoprolol succinate 25mg are ready. Copay $12.40. We'll deliver to room 617 by 1 PM.",
     "REWRITE", "pickup", "sms", "en",
     [("Frank", "NAME"), ("apixaban 5mg", "MEDICATION"), ("metoprolol succinate 25mg", "MEDICATION")],
     ["pharmacy", "cardiology"], "Name and drugs go; 'your prescriptions are ready, copay, delivery by 1 PM' survives."),
    ("ds0075", "Pharmacist here – before you go home: take the oxycodone 5mg only every 6 hrs as needed for pain, and stop the ibuprofen while you're on Eliquis.",
     "BLOCK", "care-instructions", "sms", "en",
     [("oxycodone 5mg", "MEDICATION"), ("ibuprofen", "MEDICATION"), ("Eliquis", "MEDICATION")],
     ["pharmacy"], "Dosing instructions and an interaction warning are the message."),
    ("ds0076", "Farmacia del Hospital Regional: su insulina glargina y las tiras reactivas ya están listas. Se las llevamos a su cuarto antes del alta.",
     "REWRITE", "pickup", "sms", "es",
     [("insulina glargina", "MEDICATION"), ("tiras reactivas", "PROCEDURE")],
     ["pharmacy"], "The insulin and the test strips (a device, decision 10) reveal diabetes; 'su receta está lista' survives."),
    ("ds0077", "This is the Outpatient Pharmacy at Glenwood Hospital. The order you requested at discharge is ready for pickup at the first-floor window until 8 PM. Call 555-0172 with questions.",
     "ALLOW", "pickup", "voice", "en",
     [("555-0172", "PHONE")],
     ["pharmacy", "practice-contact"], "Pickup notice from a generic hospital pharmacy with its own number."),
    ("ds0078", "M3ds-2-B3ds: ur 0xyc0d0ne is ready, deliv to rm 302 by noon",
     "REWRITE", "pickup", "push", "en",
     [("0xyc0d0ne", "MEDICATION")],
     ["pharmacy", "leet", "shorthand"], "Leetspeak drug name in a bedside pickup push; the drug goes, the delivery time survives."),
    ("ds0079", "Your Jardiance isn't covered after discharge, so Dr. Lam switched you to metformin 500mg twice daily with meals until your A1c is rechecked.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Jardiance", "MEDICATION"), ("Dr. Lam", "PROVIDER"), ("metformin 500mg", "MEDICATION"), ("A1c", "PROCEDURE")],
     ["pharmacy", "primary-care"], "A medication change with dosing is the message."),
    ("ds0080", "Going home soon? Let Meds to Beds do the running around.\n\nOur hospital pharmacy team can fill your take-home prescriptions before discharge and bring them to your bedside, so you leave with everything in hand. We check your insurance, look for copay savings and can send refills to any retail pharmacy you choose afterward. There is no extra fee for the delivery.\n\nTo sign up, just tell your nurse or the unit clerk. If you already have prescriptions waiting at another pharmacy, that's fine — we can coordinate a transfer.\n\nGlenwood Hospital Pharmacy",
     "ALLOW", "marketing", "email", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Program description to every inpatient; no drug or recipient detail."),
    ("ds0081", "Bedside delivery: your En\u200boxa\u200bparin syringes (7) are ready — a pharmacist will come by to show you how to use them before discharge.",
     "REWRITE", "pickup", "sms", "en",
     [("En\u200boxa\u200bparin syringes", "MEDICATION")],
     ["pharmacy"], "Zero-width characters inside the drug name; drug and form go, the delivery and teaching visit survive."),
    ("ds0082", "Meds to Beds: we found a copay card for one of your discharge prescriptions — your total today is $0. Reply YES to have it delivered to your room.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Copay savings with no drug named."),
    ("ds0083", "Hi Denise, your father's discharge meds changed: NEW sotalol 80 mg twice daily, STOP diltiazem, and his potassium chloride dose is now 20 mEq daily. The pharmacist reviewed this with him at the bedside. Questions: Meds-to-Beds, 555-0109.",
     "BLOCK", "care-instructions", "email", "en",
     [("Denise", "NAME"), ("sotalol 80 mg", "MEDICATION"), ("diltiazem", "MEDICATION"), ("potassium chloride", "MEDICATION"), ("555-0109", "PHONE")],
     ["pharmacy", "cardiology", "third-party", "practice-contact"], "A relative's medication changes and doses: third party's health."),
    ("ds0084", "Hola, le llama la farmacia Camas y Medicinas del Hospital Mercy. Señor Arturo Villalobos, su receta de Xarelto está lista para entregarle en su cuarto. Gracias.",
     "REWRITE", "pickup", "voice", "es",
     [("Arturo Villalobos", "NAME"), ("Xarelto", "MEDICATION")],
     ["pharmacy"], "Name and drug go; 'su receta está lista' survives."),
)

# ---------------------------------------------------------------- batch 8 (ds0085-ds0096): transport home, post-discharge calls and surveys
add(
    ("ds0085", "Your ride home is booked: a RideConnect driver will pick you up at the Pavilion B entrance today at 3:40 PM. Track your ride: rideconnect.example.com/track",
     "ALLOW", "other", "sms", "en",
     [("rideconnect.example.com/track", "URL")],
     ["general", "practice-contact"], "Judgement (decision 9): the vendor's own tracking page without a token is like a practice link."),
    ("ds0086", "Transport confirmed for Thurs 10/8: a wheelchair van will take you from Mercy General to 2217 Larkspur Ln, Apt 6, Dayton, OH 45419. Reply 1 to confirm, 2 to cancel.",
     "REWRITE", "confirmation", "sms", "en",
     [("10/8", "DATE"), ("wheelchair", "PROCEDURE"), ("2217 Larkspur Ln, Apt 6, Dayton, OH 45419", "ADDRESS")],
     ["general"], "The patient's home address and the wheelchair (a device, decision 10) go; the transport date and confirm keywords survive (decision 14)."),
    ("ds0087", "Heading home today? The person driving you can park free: ask for a discharge parking validation at the Main Lobby desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Parking tip."),
    ("ds0088", "Hi Jorge,\n\nYour 7-day family parking pass for the South Garage is registered to plate BKR 4471 (Texas). Show this e-mail at the exit gate. The pass renews automatically while your family member is staying with us.\n\nParking & Transportation Services",
     "REWRITE", "other", "email", "en",
     [("Jorge", "NAME"), ("BKR 4471", "VEHICLE_ID")],
     ["general"], "Judgement (decision 9): the family's own plate is a vehicle identifier of the recipient; name and plate go, the pass survives."),
    ("ds0089", "Hi, this is Riverside Hospital following up after your recent stay. A nurse will call you in the next 2 days from 555-0193 to see how you're doing. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en",
     [("555-0193", "PHONE")],
     ["general", "practice-contact"], "Post-discharge call notice with no condition or unit."),
    ("ds0090", "Post-discharge check-in: since leaving the hospital after your heart attack, have you had any chest pain or shortness of breath? Reply 1 for yes, 2 for no.",
     "BLOCK", "other", "sms", "en",
     [("heart attack", "CONDITION"), ("chest pain", "CONDITION"), ("shortness of breath", "CONDITION")],
     ["cardiology"], "The diagnosis and the symptom questions are the message; a portal questionnaire should be used instead."),
    ("ds0091", "Hola Marisol, le escribimos del Hospital General del Norte. ¿Cómo se ha sentido desde que salió del hospital? Una enfermera la llamará el 3 de febrero.",
     "REWRITE", "other", "sms", "es",
     [("Marisol", "NAME"), ("3 de febrero", "DATE")],
     ["general"], "Only the name goes; a generic 'how are you feeling' follow-up with a call date survives."),
    ("ds0092", "Hi Mr. Pasternak, this is Dana, transition nurse at Wellspring Hospital. Your potassium was low at discharge, 3.1, so Dr. Ahmed wants a repeat blood test Monday. Please call 555-0126.",
     "BLOCK", "result", "voice", "en",
     [("Pasternak", "NAME"), ("Dana", "PROVIDER"), ("potassium", "PROCEDURE"), ("low", "RESULT"), ("3.1", "RESULT"), ("Dr. Ahmed", "PROVIDER"), ("555-0126", "PHONE")],
     ["lab", "practice-contact"], "A lab value and its flag in a voicemail: the result is the message."),
    ("ds0093", "How did we do?\n\nYou recently stayed with us at Fairhaven Hospital. Please take 5 minutes to answer our patient experience survey using the button below. Your answers are confidential and help us improve care for everyone. This survey is voluntary and will not affect your care.\n\nFairhaven Patient Experience",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Generic stay survey; no unit, service or link token."),
    ("ds0094", "Tell us about your stay in our Mother & Baby Unit! Your feedback helps new families. Take the survey: survey.example.com/s?pid=77120934&enc=4471",
     "REWRITE", "other", "email", "en",
     [("Mother & Baby", "SPECIALTY"), ("survey.example.com/s?pid=77120934&enc=4471", "URL")],
     ["reproductive"], "The unit reveals a delivery (decision 1) and the link carries a patient token; both go."),
    ("ds0095", "Hospital Santa Clara: gracias por confiar en nosotros. Su opinión nos importa; en los próximos días recibirá una breve encuesta sobre su estancia.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Survey heads-up."),
    ("ds0096", "Follow-up call note: the biopsy taken during your stay showed c a n c e r cells. Dr. Wynn will call today about an o n c o l o g y referral.",
     "BLOCK", "result", "sms", "en",
     [("biopsy", "PROCEDURE"), ("c a n c e r", "CONDITION"), ("Dr. Wynn", "PROVIDER"), ("o n c o l o g y", "SPECIALTY")],
     ["oncology", "spaced"], "Spaced letters hide the diagnosis; a pathology finding is the message."),
)

# ---------------------------------------------------------------- batch 9 (ds0097-ds0108): bills, itemized statements, estimates
add(
    ("ds0097", "Lakeshore General Billing: a statement for your recent hospital stay is available. Balance due $1,284.16. Pay at lakeshoregeneral.example.org/pay or call 555-0117.",
     "ALLOW", "billing", "sms", "en",
     [("lakeshoregeneral.example.org/pay", "URL"), ("555-0117", "PHONE")],
     ["general", "practice-contact"], "Statement notice with the hospital's own link and number."),
    ("ds0098", "Dear Kevin Marsh,\n\nAs requested, your itemized bill for your stay 9/14–9/18 (account 4002187765) is ready in the patient portal. The largest charge is for the cardiac catheterization ($18,420.00); your insurer has been billed and you owe nothing until their decision.\n\nPatient Financial Services",
     "REWRITE", "billing", "email", "en",
     [("Kevin Marsh", "NAME"), ("9/14", "DATE"), ("9/18", "DATE"), ("4002187765", "ACCOUNT"), ("cardiac catheterization", "PROCEDURE")],
     ["cardiology"], "Decision 12: a procedure named as a charge is removable; name and account go too, 'your itemized bill is ready in the portal' survives."),
    ("ds0099", "ITEMIZED STATEMENT\nPatient: Rosa Linares   DOB: 07/19/1963\nAcct: 5100-228841\nDx: F32.2 Major depressive disorder, severe\nREV 0124 Psych R&B semi-private x4 days   $6,880.00\nREV 0250 sertraline 50mg tab x4   $18.40\nREV 0914 Group psychotherapy x3   $780.00\nBalance due: $1,150.00",
     "BLOCK", "billing", "email", "en",
     [("Rosa Linares", "NAME"), ("07/19/1963", "DATE"), ("5100-228841", "ACCOUNT"), ("F32.2", "CONDITION"), ("Major depressive disorder, severe", "CONDITION"), ("Psych", "SPECIALTY"), ("sertraline 50mg tab", "MEDICATION"), ("Group psychotherapy", "PROCEDURE")],
     ["behavioral-health", "dob"], "Name with full date of birth, plus a diagnosis code on a statement (decision 12): BLOCK."),
    ("ds0100", "Your hospital bill is ready to view. You may qualify for financial assistance — ask about our charity care program. Reply INFO for details.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Bill notice; 'charity care' is a payment program."),
    ("ds0101", "Hospital San Lucas – Facturación: estimado Sr. Galindo, su saldo por la hospitalización del 2 al 6 de mayo es de $640.00. Cuenta 88-301772.",
     "REWRITE", "billing", "sms", "es",
     [("Galindo", "NAME"), ("del [[2]] al", "DATE"), ("6 de mayo", "DATE"), ("88-301772", "ACCOUNT")],
     ["general"], "Name and account number go; the balance survives. Judgement: the stay dates are labelled DATE (the bare day '2' of a range too) but, like appointment dates, need not go."),
    ("ds0102", "Understanding your hospital bill\n\nAfter a hospital stay you may get more than one bill. The hospital bills for facility charges: your room, nursing care, supplies, medicines given during the stay and the use of operating or procedure rooms. Doctors who cared for you — for example hospitalists, surgeons, anesthesia, radiology and emergency physicians — may bill separately for their professional services, even if you never met them in person.\n\nIf something looks wrong, ask us for an itemized statement. You can also ask for a good-faith estimate before a planned stay, and apply for financial assistance at any time, even after a bill has gone to collections.\n\nOakmont Memorial Patient Financial Services",
     "ALLOW", "billing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Billing explainer to everyone; departments named in general (decision 13)."),
    ("ds0103", "Billing question about your baby's NICU stay: the insurer denied 2 days because the bilirubin was below the phototherapy threshold. You can appeal; call 555-0128.",
     "BLOCK", "billing", "sms", "en",
     [("NICU", "SPECIALTY"), ("bilirubin", "PROCEDURE"), ("below the phototherapy threshold", "RESULT"), ("555-0128", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "The denial reason is a baby's lab finding: a dependent's result is BLOCK."),
    ("ds0104", "Statement for Inv# HB-7730421: labor and delivery services 3/2–3/4, patient responsibility $2,150.00. Pay online or call 555-0119.",
     "REWRITE", "billing", "sms", "en",
     [("HB-7730421", "OTHER_ID"), ("labor and delivery", "SPECIALTY"), ("3/2", "DATE"), ("3/4", "DATE"), ("555-0119", "PHONE")],
     ["reproductive", "practice-contact"], "The service line and the invoice number go (decisions 6, 12); amount and how to pay survive."),
    ("ds0105", "Itemized charges, stay 1/8–1/11:\nRoom & board, Med/Surg x3 — $5,310.00\nCT abdomen/pelvis w/ contrast — $2,964.00\npiperacillin-tazobactam 3.375 g IV x9 — $412.20\nDx: K35.80 acute appendicitis\nYour share after insurance: $1,200.00",
     "ALLOW", "billing", "portal", "en",
     [("1/8", "DATE"), ("1/11", "DATE"), ("CT abdomen/pelvis w/ contrast", "PROCEDURE"), ("piperacillin-tazobactam 3.375 g", "MEDICATION"), ("K35.80", "CONDITION"), ("acute appendicitis", "CONDITION")],
     ["general"], "An itemized bill with a diagnosis is fine inside the secure portal (README channel convention; decision 12)."),
    ("ds0106", "Dear Mr. Darnell Price,\n\nBefore we can bill Medicaid for your hospital stay, please confirm the Social Security number we have on file: 078-05-1120. Reply to this e-mail or call 555-0103.\n\nPatient Access",
     "BLOCK", "billing", "email", "en",
     [("Darnell Price", "NAME"), ("078-05-1120", "SSN"), ("555-0103", "PHONE")],
     ["general", "practice-contact"], "An SSN with the patient's name must never travel by e-mail."),
    ("ds0107", "Your price estimate for your upcoming hospital stay is ready in the app. Questions? Reply CALL and a financial counselor will phone you.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Estimate ready, nothing named."),
    ("ds0108", "Estimada Sra. Robles:\n\nAdjuntamos su estado de cuenta detallado. Incluye el cargo por la colonoscopia del 18 de julio y el día de observación. Si tiene preguntas, llame al 555-0181.\n\nDepartamento de Facturación",
     "REWRITE", "billing", "email", "es",
     [("Robles", "NAME"), ("colonoscopia", "PROCEDURE"), ("18 de julio", "DATE"), ("555-0181", "PHONE")],
     ["general", "practice-contact"], "Name and the colonoscopy charge go (decision 12); the date of service may stay; 'adjuntamos su estado de cuenta' survives."),
)

# ---------------------------------------------------------------- batch 10 (ds0109-ds0120): relatives' news, rounds, look-alikes, disguise
add(
    ("ds0109", "Visits to 4 West are paused for your daughter: she tested \u0440\u043esitive for COVID-19 on admission. A nurse will call you about video visits.",
     "BLOCK", "other", "sms", "en",
     [("\u0440\u043esitive", "RESULT"), ("COVID-19", "CONDITION")],
     ["pediatrics", "minor", "third-party"], "Cyrillic look-alike letters in 'positive'; a child's test result told to the parent is BLOCK."),
    ("ds0110", "Chaplain's office: we are so sorry. Your mother, Irene Kowalski, passed away at 4:12 this morning in the ICU. Please call 555-0145 when you are able.",
     "BLOCK", "other", "sms", "en",
     [("Irene Kowalski", "NAME"), ("passed away", "RESULT"), ("ICU", "SPECIALTY"), ("555-0145", "PHONE")],
     ["general", "third-party", "practice-contact"], "Judgement (decision 11): a death is a relative's health and must be told by phone or in person, not by text."),
    ("ds0111", "Dear Mrs. Albright,\n\nI'm Dr. Sutherland, the hospitalist caring for your husband, Gene, on 7 North. You asked for an update by e-mail, so here is where things stand today.\n\nHis creatinine rose to 2.8 this morning (it was 1.1 on admission), which means acute kidney injury, most likely from the vancomycin and from dehydration. We stopped the vancomycin, switched him to cefazolin, and started IV fluids. Nephrology will see him this afternoon. His confusion is better than yesterday, and he ate most of his lunch.\n\nIf his kidney numbers keep improving, we would plan discharge on 5/22 with home health visits. Please call the unit at 555-0179 if you'd like to talk before then; I round between 8 and 11 AM.\n\nBest regards,\nDr. Rhea Sutherland\nHospital Medicine, Linwood Regional Medical Center",
     "BLOCK", "result", "email", "en",
     [("Albright", "NAME"), ("Dr. Sutherland", "PROVIDER"), ("Gene", "NAME"), ("creatinine", "PROCEDURE"), ("2.8", "RESULT"), ("1.1", "RESULT"), ("acute kidney injury", "CONDITION"), ("vancomycin", "MEDICATION"), ("dehydration", "CONDITION"), ("vancomycin", "MEDICATION", 1), ("cefazolin", "MEDICATION"), ("IV fluids", "MEDICATION"), ("Nephrology", "SPECIALTY"), ("confusion", "CONDITION"), ("5/22", "DATE"), ("home health", "SPECIALTY"), ("555-0179", "PHONE"), ("Dr. Rhea Sutherland", "PROVIDER")],
     ["home-health", "third-party", "practice-contact"], "A relative's values, diagnosis and treatment by e-mail, even at the family's request: the portal or a call should carry it."),
    ("ds0112", "Construction alert: the Bedford Avenue entrance is closed through the end of the month. Visitors, please use the Elm Street doors and follow the green signs to the elevators.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'Bedford' is the hospital's street, not a person; a street name without a number is the hospital's location, not a patient's address."),
    ("ds0113", "Sra. Montes, su esposo ya salió del quirófano. El Dr. Arce dice que el tumor estaba más extendido de lo esperado y que va a necesitar quimio.",
     "BLOCK", "other", "sms", "es",
     [("Montes", "NAME"), ("Dr. Arce", "PROVIDER"), ("tumor", "CONDITION"), ("más extendido de lo esperado", "RESULT"), ("quimio", "PROCEDURE")],
     ["oncology", "third-party"], "A surgical finding and treatment for the husband (decision 4)."),
    ("ds0114", "Hi Latoya, reminder that your postpartum tubal ligation is scheduled for tomorrow morning before discharge; the OB resident will stop by around 7 to go over consent.",
     "REWRITE", "reminder", "sms", "en",
     [("Latoya", "NAME"), ("postpartum tubal ligation", "PROCEDURE"), ("OB", "SPECIALTY")],
     ["reproductive"], "Name, procedure and OB go; 'your procedure is tomorrow morning, a doctor will stop by at 7' survives."),
    ("ds0115", "Transplant floor: your wife's tacrolimus level came back 4.2 (L), so the team is increasing her dose to 3 mg twice a day starting tonight.",
     "BLOCK", "result", "sms", "en",
     [("Transplant", "SPECIALTY"), ("tacrolimus", "MEDICATION"), ("4.2", "RESULT"), ("4.2 ([[L]])", "RESULT")],
     ["general", "third-party"], "A relative's drug level, its flag and a dose change: third party's health."),
    ("ds0116", "Dr. Whitaker's team rounds between 7 and 10 AM. If you'd like to be there for rounds tomorrow, tell your nurse by 6 AM and we'll call you when the team reaches the room.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Whitaker", "PROVIDER")],
     ["general"], "Rounding times with the attending's name only."),
    ("ds0117", "Hi, this is Sheila from Harbor Point Hospital calling for Brenda Lyle about her son Mason. Mason's blood cultures from the ER grew strep, so we need him back today to start IV antibiotics. Please call 555-0187.",
     "BLOCK", "result", "voice", "en",
     [("Sheila", "PROVIDER"), ("Brenda Lyle", "NAME"), ("Mason", "NAME"), ("Mason", "NAME", 1), ("blood cultures", "PROCEDURE"), ("ER", "SPECIALTY"), ("strep", "RESULT"), ("antibiotics", "MEDICATION"), ("555-0187", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "A child's culture result and treatment left on a voicemail."),
    ("ds0118", "Patient Relations, re: your complaint. We reviewed your father's fall on 6 West on 11/3 and the hip fracture that followed. The unit has since added a bed alarm in his room and hourly rounding.",
     "BLOCK", "other", "email", "en",
     [("fall", "CONDITION"), ("11/3", "DATE"), ("hip fracture", "CONDITION"), ("bed alarm", "PROCEDURE")],
     ["orthopedics", "third-party"], "A relative's injury and a safety device (decision 10): third party's health."),
    ("ds0119", "Sr. Ochoa, su hija Valeria ingresa mañana a la Unidad Pediátrica para su cirugía de amígdalas. Preséntese a las 6:00 en Admisión con la tarjeta del seguro, número de afiliado MX-88214470.",
     "REWRITE", "reminder", "sms", "es",
     [("Ochoa", "NAME"), ("Valeria", "NAME"), ("Pediátrica", "SPECIALTY"), ("cirugía de amígdalas", "PROCEDURE"), ("MX-88214470", "HEALTH_PLAN_ID")],
     ["pediatrics", "minor"], "A child's admission logistics: name, unit, procedure and member number go; the time and place survive (decisions 1, 4). The named surgery is one span with its head word, like 'prueba de embarazo'."),
    ("ds0120", "Your room on 9 East has been changed because your roommate's MRSA culture came back positive. You were exposed and will be tested tomorrow morning.",
     "BLOCK", "result", "sms", "en",
     [("MRSA", "CONDITION"), ("culture", "PROCEDURE"), ("positive", "RESULT")],
     ["general", "third-party"], "Another patient's result and the recipient's exposure: BLOCK."),
)

# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "ds", "probe120.jsonl")
