#!/usr/bin/env python3
"""Build corpus/probe68.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe68.py [OUT] [-v]   (default: probe68.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run
and no other corpus's messages were read).

This round is SENIOR LIVING, HOME HEALTH AND FAMILY CAREGIVERS: what assisted-living and
memory-care communities, skilled-nursing facilities, home-health and home-care agencies, hospice,
adult day programs, PACE programs, geriatric care managers and Area Agencies on Aging send, very
often to a family member or proxy rather than to the patient: visit windows and aide assignments,
fall and incident notices, medication-pass changes, therapy progress, care-plan meetings,
move-in and discharge paperwork, level-of-care and private-pay billing, Medicaid paperwork,
rides, visitor passes and visiting hours, family events, birthdays over 90, outbreak notices;
with hard negatives from activity calendars, menus and newsletters ("Bingo", "Sundowner Social",
"Memory Lane", "Fall Festival", a jazz trio called The Pacemakers, the film "Nurse Betty").
About 22% Spanish; 4 disguised messages (spaced letters, a zero-width space, a Cyrillic
look-alike, leet).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "5.9 ([[H]])" searches for "5.9 (H)" and labels
      only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Home-health, home-care, hospice/palliative, memory-care and skilled-nursing/rehabilitation
     names are specialty-revealing (DESIGN lists home health; README makes physical-therapy
     names revealing), and so are role words built on them ("home health aide", "auxiliar de
     salud en el hogar", "Hospice aide" -> "Hospice"). Assisted-living, senior-living,
     retirement-community, adult-day, PACE and Area Agency on Aging names are residences or
     programs, not specialties: not labelled.
  2. An adult resident or client whose family member/proxy receives the message is treated like
     a dependent (README third-party convention): logistics with a name, a routine visit type or
     a specialty name -> REWRITE; any condition, symptom, incident detail, finding, medication or
     dose change -> BLOCK, including a condition used as a visit label ("your father's cataract
     check") and a caregiver program named after the relative's diagnosis.
  3. Falls, wandering, skin tears, confusion, aggression and other incidents are CONDITION
     (symptoms are conditions). Functional-status findings ("walked 150 feet", "stand-by
     assist", "1-person assist", "Level 4" care level) are RESULT; the assessment that produces
     them ("reassessment", "MoCA") is PROCEDURE (a scale and its value).
  4. Named care services (personal care, two-person transfer assistance, bathing) and diet
     orders (nectar-thick liquids, 2 g sodium diet) are PROCEDURE like a therapy; mobility aids,
     hearing aids, shower chairs, catheters, WanderGuard and dressings are PROCEDURE (devices).
  5. Aides, caregivers, drivers, coordinators, chaplains and activity staff named in their work
     role are workforce: PROVIDER, allowed. So "Bingo with Nurse Betty" is ALLOW with a PROVIDER
     span (not a hard negative), while the film title "Nurse Betty" is a hard negative.
  6. Care-plan meetings, care conferences, tours, move-ins, respite stays and Medicare/SHIP
     counseling are generic (not labelled); Medicare counseling is insurance advice, not a
     behavioral-health service.
  7. A resident's own room or apartment number ("Rm 118", "Apt 304") is ADDRESS: it is the unit
     of the resident's home address.
  8. Facility-wide broadcasts (menus, activity calendars, visiting specialists, the CMS-required
     outbreak count without names) are ALLOW with no span even when they contain clinical words
     (README broadcast convention); the same broadcast sent under a specialty-revealing facility
     name is REWRITE (the name is the span).
  9. A ride-tracking link whose path carries a trip token is patient-specific (URL, REWRITE);
     payment confirmation numbers and conference-line access codes are not labelled; invoice
     numbers are OTHER_ID; a Medicare Beneficiary Identifier is HEALTH_PLAN_ID.
 10. The family portal is channel `portal`: clinical content there is ALLOW.
 11. Therapy disciplines named as the visit ("physical therapy", "PT", "OT eval", "terapia
     física") are PROCEDURE; the therapist's role or credential ("physical therapist",
     "fisioterapeuta", "PT, DPT" after a name) is SPECIALTY; "Urgencias" (the ED) is SPECIALTY.
 12. Place names not tied to any patient (counties in a job post, an outing's destination, a
     pond on the grounds) are not labelled.

Everything is invented: names, facilities, 555-01xx numbers, example domains, identifiers; the
SSN is the well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (bs0001-bs0012): home-health visit windows and aide assignments
add(
    ("bs0001", "Brookside Care Partners: your visit window for tomorrow is 9-11 AM. Reply C to confirm, R to reschedule, or call 614-555-0142.",
     "ALLOW", "reminder", "sms", "en",
     [("614-555-0142", "PHONE")],
     ["home-health", "practice-contact"], "Visit window from a generic agency name with its own phone; nothing about the care given."),
    ("bs0002", "Hi Gloria, this is Tamika from Riverbend Home Health. Your nurse will arrive between 1 and 3pm Thursday for your wound care visit. Call 614-555-0157 if you need to change it.",
     "REWRITE", "reminder", "sms", "en",
     [("Gloria", "NAME"), ("Tamika", "PROVIDER"), ("Riverbend Home Health", "SPECIALTY"), ("wound care", "PROCEDURE"), ("614-555-0157", "PHONE")],
     ["home-health", "practice-contact"], "Name, home-health agency name (decision 1) and visit type go; staff sender, window and agency phone stay."),
    ("bs0003", "Good morning Mr. Delacroix - starting Monday your mother's home health aide will be Precious Adeyemi, CNA (Mon/Wed/Fri 8am-12pm). Questions? 937-555-0118. - Heartland Home Care Scheduling",
     "REWRITE", "other", "sms", "en",
     [("Delacroix", "NAME"), ("home health aide", "SPECIALTY"), ("Precious Adeyemi, CNA", "PROVIDER"), ("937-555-0118", "PHONE"), ("Heartland Home Care", "SPECIALTY")],
     ["home-health", "third-party", "practice-contact"], "Aide assignment for the recipient's mother: logistics only, so REWRITE like a dependent's (decision 2); the role word and agency name reveal home care (decision 1); the aide is workforce (decision 5)."),
    ("bs0004", "Reminder: our office will be closed Monday for Memorial Day. Aides will keep their regular schedules and the on-call line is open 24/7.",
     "ALLOW", "other", "sms", "en", [],
     ["home-health", "broadcast", "hard-negative"], "Holiday closure broadcast; 'Memorial' and '24/7' are neither a memory-care term nor a date."),
    ("bs0005", "Nurse Kayla here from Brookside - saw your dad today. BP 168/94 and more swelling in his ankles than last wk. Faxed Dr. Orr to ask about upping his furosemide. Will call u tmrw",
     "BLOCK", "care-instructions", "sms", "en",
     [("Nurse Kayla", "PROVIDER"), ("BP", "PROCEDURE"), ("168/94", "RESULT"), ("swelling", "CONDITION"), ("Dr. Orr", "PROVIDER"), ("furosemide", "MEDICATION")],
     ["home-health", "third-party", "shorthand"], "A vital sign, a symptom and a medication change for the recipient's father: third party's health (decision 2)."),
    ("bs0006", "Hola Sra. Quintero, le confirmamos la visita de terapia física en casa para su esposo el jueves 14 de marzo entre 10 y 12. Lo atenderá el fisioterapeuta Andrés. Cuidados Vida Plena en Casa, 305-555-0163.",
     "REWRITE", "confirmation", "sms", "es",
     [("Quintero", "NAME"), ("terapia física", "PROCEDURE"), ("14 de marzo", "DATE"), ("fisioterapeuta", "SPECIALTY"), ("Andrés", "PROVIDER"), ("Cuidados Vida Plena en Casa", "SPECIALTY"), ("305-555-0163", "PHONE")],
     ["home-health", "physical-therapy", "third-party", "practice-contact"], "Husband's visit logistics: name, therapy type, therapist role and home-care agency name go (decisions 1, 2, 11); date, window and phone stay."),
    ("bs0007", "Your caregiver for Saturday has changed: Rosa M. will arrive at 9am instead of Luis. Same time, same tasks. Reply OK to acknowledge.",
     "ALLOW", "other", "sms", "en",
     [("Rosa M.", "PROVIDER"), ("Luis", "PROVIDER")],
     ["home-health"], "Judgement (decision 5): the caregivers are workforce named in their work role, labelled PROVIDER and allowed; nothing about the client's care."),
    ("bs0008", "This is an automated call from Summit Home Health for Walter Brennan. Your physical therapist will visit tomorrow between two and four P M. Press 1 to confirm, press 2 to speak with scheduling.",
     "REWRITE", "reminder", "voice", "en",
     [("Summit Home Health", "SPECIALTY"), ("Walter Brennan", "NAME"), ("physical therapist", "SPECIALTY")],
     ["home-health", "physical-therapy"], "Voice is treated like SMS; name, agency name and therapist role go (decisions 1, 11), the window survives."),
    ("bs0009", "Subject: Update on your father after today's visit\n\nHi Denise,\n\nI saw your dad, Frank, this morning. His fingerstick INR was 3.8, which is higher than Dr. Salazar wants, so per her order he is to hold tonight's warfarin and then take 2.5 mg daily until I recheck on Friday. I set up his pill organizer for the week. His hip replacement incision is healing well, no redness or drainage.\n\nPlease call me at 513-555-0136 if he has any nosebleeds or dark stools.\n\nThanks,\nJoanne Pruitt, RN\nCase Manager, Lakeview Home Health",
     "BLOCK", "care-instructions", "email", "en",
     [("Denise", "NAME"), ("Frank", "NAME"), ("fingerstick INR", "PROCEDURE"), ("3.8", "RESULT"), ("Dr. Salazar", "PROVIDER"), ("warfarin", "MEDICATION"), ("hip replacement", "PROCEDURE"), ("healing well", "RESULT"), ("no redness or drainage", "RESULT"), ("513-555-0136", "PHONE"), ("nosebleeds", "CONDITION"), ("dark stools", "CONDITION"), ("Joanne Pruitt, RN", "PROVIDER"), ("Lakeview Home Health", "SPECIALTY")],
     ["home-health", "third-party"], "A result, a dosing instruction and wound findings about the recipient's father: the clinical content is the message."),
    ("bs0010", "Brookside Care Partners is hiring! Home health aides and companions needed in Franklin and Delaware counties. $19/hr, flexible shifts, mileage paid. Apply at the front desk or on our website.",
     "ALLOW", "marketing", "sms", "en", [],
     ["home-health", "broadcast", "hard-negative"], "Job post: 'home health aides' names the jobs, not anyone's care; county names belong to no patient (decision 12)."),
    ("bs0011", "Reminder: OT eval for Mr. Haskins is moved to Wed 10/2 at 1pm. Please have his walker and shower chair out where the therapist can see them. -Ana, scheduling",
     "REWRITE", "reminder", "sms", "en",
     [("OT eval", "PROCEDURE"), ("Haskins", "NAME"), ("10/2", "DATE"), ("walker", "PROCEDURE"), ("shower chair", "PROCEDURE"), ("Ana", "PROVIDER")],
     ["home-health", "physical-therapy", "third-party"], "Logistics for a family member's visit: visit type, name and devices go (decisions 2, 4, 11); date and time survive."),
    ("bs0012", "Agencia Manos Amigas: Mañana su cuidadora llegará a las 8:30 a. m. Si necesita cambiar el horario, llame al 787-555-0129. ¡Gracias!",
     "ALLOW", "reminder", "sms", "es",
     [("787-555-0129", "PHONE")],
     ["home-health", "practice-contact"], "Generic agency name, time and the agency's phone; 'cuidadora' is a generic word."),
)

# ---------------------------------------------------------------- batch 2 (bs0013-bs0024): falls, incidents, med-pass changes, care conferences
add(
    ("bs0013", "Hi Karen, this is Marisol, nurse at Willow Creek Assisted Living. Your mom had an unwitnessed fall in her bathroom around 2am. No visible injury, vitals stable, Dr. Fenwick notified. Call me at 330-555-0171.",
     "BLOCK", "other", "sms", "en",
     [("Karen", "NAME"), ("Marisol", "PROVIDER"), ("fall", "CONDITION"), ("No visible injury", "RESULT"), ("vitals stable", "RESULT"), ("Dr. Fenwick", "PROVIDER"), ("330-555-0171", "PHONE")],
     ["home-health", "third-party", "practice-contact"], "Fall notice with findings about the recipient's mother: third party's health (decisions 2, 3). The assisted-living name is not labelled (decision 1)."),
    ("bs0014", "Estimada Sra. Beltrán:\n\nLe informamos que su padre, don Aurelio Beltrán, sufrió una caída ayer a las 18:40 en el comedor de Residencia Las Palmas. Fue trasladado en ambulancia al Hospital San Lucas, donde le diagnosticaron fractura de cadera izquierda. El Dr. Pineda, traumatólogo de guardia, recomienda cirugía mañana por la mañana. Le pedimos comunicarse con la trabajadora social, Lic. Fabiola Reyna, al 915-555-0193 para coordinar su regreso a la residencia.\n\nAtentamente,\nDirección de Enfermería",
     "BLOCK", "other", "email", "es",
     [("Beltrán", "NAME"), ("Aurelio Beltrán", "NAME"), ("caída", "CONDITION"), ("fractura de cadera", "CONDITION"), ("Dr. Pineda", "PROVIDER"), ("traumatólogo", "SPECIALTY"), ("Lic. Fabiola Reyna", "PROVIDER"), ("915-555-0193", "PHONE")],
     ["home-health", "orthopedics", "third-party"], "A fall and a hip-fracture diagnosis of the recipient's father by e-mail (treated like SMS): BLOCK."),
    ("bs0015", "Fall Festival at Oak Terrace is Saturday 2-4pm! Pumpkin painting, warm cider and the Silver Tones barbershop quartet. Families welcome.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Fall' is the season, not an incident; activity broadcast."),
    ("bs0016", "Hi Jim - FYI Dr. Kaur changed your mother's donepezil 10mg from the bedtime med pass to the morning one starting 3/11, because of the vivid dreams she's been having. - Maplewood Memory Care nursing",
     "BLOCK", "care-instructions", "sms", "en",
     [("Jim", "NAME"), ("Dr. Kaur", "PROVIDER"), ("donepezil 10mg", "MEDICATION"), ("3/11", "DATE"), ("vivid dreams", "CONDITION"), ("Maplewood Memory Care", "SPECIALTY")],
     ["home-health", "third-party"], "A medication-pass change with the drug and its reason, about the recipient's mother: BLOCK (decision 2)."),
    ("bs0017", "Starting Monday the evening med pass in all neighborhoods moves from 8:00 to 8:30 pm to line up with the new shift change. No action is needed from families.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Operational broadcast about medication-pass times for every resident; says nothing about anyone (decision 8)."),
    ("bs0018", "Please call the Director of Nursing at Cedar Ridge regarding an incident involving your father, Leonard Voss, this afternoon. 740-555-0110 ext 2.",
     "REWRITE", "other", "sms", "en",
     [("Leonard Voss", "NAME"), ("740-555-0110", "PHONE")],
     ["home-health", "third-party", "practice-contact"], "Judgement: a call-back request that names no injury or finding; the resident's name goes and the request survives."),
    ("bs0019", "Hello, this message is for Mr. Tobias Greer regarding your wife, Helen. During the night she became very confused and tried to leave the building through the east door. The WanderGuard alarm sounded and staff redirected her safely. Doctor Imani has ordered a urine test to rule out an infection. Please call us back at 216-555-0134.",
     "BLOCK", "other", "voice", "en",
     [("Tobias Greer", "NAME"), ("Helen", "NAME"), ("confused", "CONDITION"), ("WanderGuard", "PROCEDURE"), ("Doctor Imani", "PROVIDER"), ("urine test", "PROCEDURE"), ("infection", "CONDITION"), ("216-555-0134", "PHONE")],
     ["home-health", "third-party", "negation", "practice-contact"], "Voicemail about a resident's confusion, exit attempt and a test ordered: third party's health; a hypothetical infection is still labelled (decisions 3, 4)."),
    ("bs0020", "Residencia Los Almendros: Este viernes tendremos lotería con premios y chocolate caliente a las 3:00 p. m. en el salón principal. ¡Los familiares son bienvenidos!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Activity broadcast from a residence name (not a specialty, decision 1)."),
    ("bs0021", "Dear Ms. Abernathy,\n\nThe quarterly care conference for your aunt, Dorothy Pell, is scheduled for Tuesday, April 22 at 10:30 AM in the Library on the second floor (or by phone: dial 888-555-0199, access code 44172#). Attending: our Director of Nursing, Social Services, Activities and Dietary. If there is anything you would like us to look into before the meeting, just reply to this email.\n\nWarm regards,\nLinnea Ortiz, MSW\nSocial Services Coordinator\nHollybrook Skilled Nursing & Rehabilitation\n(419) 555-0177",
     "REWRITE", "reminder", "email", "en",
     [("Abernathy", "NAME"), ("Dorothy Pell", "NAME"), ("April 22", "DATE"), ("888-555-0199", "PHONE"), ("Linnea Ortiz, MSW", "PROVIDER"), ("Hollybrook Skilled Nursing & Rehabilitation", "SPECIALTY"), ("(419) 555-0177", "PHONE")],
     ["home-health", "third-party", "practice-contact"], "Care conference logistics: a generic meeting (decision 6); names and the skilled-nursing/rehab name go (decision 1); the access code is not labelled (decision 9)."),
    ("bs0022", "Maplewood Connect: New incident report for resident J. Salcedo - skin tear, left forearm, 4/3 09:15. Tap to view.",
     "BLOCK", "portal-notice", "push", "en",
     [("J. Salcedo", "NAME"), ("skin tear", "CONDITION"), ("4/3", "DATE")],
     ["home-health", "third-party", "contrast"], "Push preview names the resident and the injury: push is treated like SMS; the finding is the message."),
    ("bs0023", "Incident report - Resident: Josefina Salcedo. Event: skin tear, left forearm, found during AM care 4/3 09:15. Treatment: cleaned, steri-strips, non-adherent dressing. Provider notified: NP Garland. Family notified: daughter (Ana) by phone.",
     "ALLOW", "other", "portal", "en",
     [("Josefina Salcedo", "NAME"), ("skin tear", "CONDITION"), ("4/3", "DATE"), ("steri-strips", "PROCEDURE"), ("non-adherent dressing", "PROCEDURE"), ("NP Garland", "PROVIDER"), ("Ana", "NAME")],
     ["home-health", "third-party", "contrast"], "The family portal is the secure portal channel (decision 10): the incident detail may stay."),
    ("bs0024", "Reminder from Sunnyvale Adult Day: Mr. Park's van pickup is 7:45am tomorrow. Please have his lunch bag and hearing aids ready. Reply STOP to opt out.",
     "REWRITE", "reminder", "sms", "en",
     [("Park", "NAME"), ("hearing aids", "PROCEDURE")],
     ["home-health", "third-party"], "Pickup logistics; name and device go (decision 4), adult-day name is generic (decision 1)."),
)

# ---------------------------------------------------------------- batch 3 (bs0025-bs0036): therapy progress, PACE, care managers, hospice aides
add(
    ("bs0025", "Hi Marcus, quick update on your mom's rehab this week. In PT she walked 150 feet with the rolling walker and needed only stand-by assist on the stairs. Speech therapy is working on her dysphagia. If she keeps this up, the team is aiming for discharge home in about two weeks. Let me know if you'd like to sit in on a session!\n- Devon Hale, PT, DPT\nRehab Manager, Silver Maple Health & Rehabilitation",
     "BLOCK", "other", "email", "en",
     [("Marcus", "NAME"), ("rehab", "PROCEDURE"), ("PT", "PROCEDURE"), ("150 feet", "RESULT"), ("rolling walker", "PROCEDURE"), ("stand-by assist", "RESULT"), ("Speech therapy", "PROCEDURE"), ("dysphagia", "CONDITION"), ("Devon Hale", "PROVIDER"), ("PT", "SPECIALTY", 1), ("DPT", "SPECIALTY"), ("Silver Maple Health & Rehabilitation", "SPECIALTY")],
     ["home-health", "physical-therapy", "third-party"], "Therapy progress (functional findings, a swallowing disorder) about the recipient's mother: BLOCK (decisions 2, 3, 11)."),
    ("bs0026", "Chair Yoga moves to the Garden Room on Tuesdays at 10. Balance & Strength class stays Thursdays at 2. Wear comfy shoes!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Activity calendar; 'Balance' and 'Strength' are class names."),
    ("bs0027", "Sr. Ibarra, su mamá terminó hoy la terapia ocupacional. Ya se viste sola pero todavía necesita ayuda para bañarse. La Dra. Llamas sugiere que siga con el andador y subir la sertralina a 50 mg. Cualquier duda, 956-555-0148.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Ibarra", "NAME"), ("terapia ocupacional", "PROCEDURE"), ("se viste sola", "RESULT"), ("necesita ayuda para bañarse", "RESULT"), ("Dra. Llamas", "PROVIDER"), ("andador", "PROCEDURE"), ("sertralina", "MEDICATION"), ("956-555-0148", "PHONE")],
     ["home-health", "physical-therapy", "third-party"], "Functional findings and a dose increase about the recipient's mother (decisions 2, 3)."),
    ("bs0028", "Greenfield PACE: Hi Mrs. Odom, your clinic day is moved to Thu 6/12. The bus will pick you up between 8 and 8:30. Please bring your glucose meter.",
     "REWRITE", "reminder", "sms", "en",
     [("Odom", "NAME"), ("6/12", "DATE"), ("glucose meter", "PROCEDURE")],
     ["primary-care", "home-health"], "Participant's own logistics; the device reveals diabetes (decision 4); PACE name is not a specialty (decision 1)."),
    ("bs0029", "Greenfield PACE: The day center will close at 1pm on Friday for staff training. Rides home will start at 12:15. Call 602-555-0185 with questions.",
     "ALLOW", "other", "sms", "en",
     [("602-555-0185", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Closure broadcast with the program's own phone (decision 1)."),
    ("bs0030", "Subject: Dad - visit notes and a family call\n\nHi all,\n\nNotes from today's visit with your dad at the Heights. His memory loss has progressed noticeably since spring: he didn't recognize me at first and asked twice where Ruth was. Staff say he is refusing his evening meds about half the time and has been wandering the halls at night. I'd like us to talk about moving him to the memory care floor, and to ask Dr. Boateng about his MoCA from last week (he scored 14/30, down from 19).\n\nCan everyone do a family call Sunday at 7 pm ET?\n\nBest,\nPriya Raman\nAging Life Care Manager, Crossroads Eldercare Consulting\n(973) 555-0158",
     "BLOCK", "other", "email", "en",
     [("memory loss", "CONDITION"), ("Ruth", "NAME"), ("wandering", "CONDITION"), ("memory care", "SPECIALTY"), ("Dr. Boateng", "PROVIDER"), ("MoCA", "PROCEDURE"), ("14/30", "RESULT"), ("down from [[19]]", "RESULT"), ("Priya Raman", "PROVIDER"), ("(973) 555-0158", "PHONE")],
     ["home-health", "third-party"], "Care manager's notes to siblings: decline, a cognitive score and behaviours of their father (decisions 2, 3). The care manager is workforce (decision 5)."),
    ("bs0031", "Agencia del Área para Adultos Mayores: charla gratuita \"Cómo prevenir caídas en casa\" el martes a las 10 en la biblioteca del pueblo. Inscríbase en la recepción o en nuestra página web.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Fall-prevention talk offered to everyone; 'caídas' is the topic, not an event about the recipient (decision 8)."),
    ("bs0032", "Hi, this is Kendra w/ Allegheny Area Agency on Aging. Mr. Kowalski's home-delivered meals start Mon. Driver comes 11-1, pls make sure someone can answer the door.",
     "REWRITE", "other", "sms", "en",
     [("Kendra", "PROVIDER"), ("Kowalski", "NAME")],
     ["general", "third-party", "shorthand"], "Meal-delivery logistics; only the client's name goes. AAA name is not a specialty (decision 1)."),
    ("bs0033", "Buenas tardes, le habla Carmen, la enfermera de Hogar Sano Salud en Casa, para la señora Leticia Campos. Su glucosa en ayunas hoy fue de 248, así que el doctor Reyes quiere que aumente la insulina Lantus a 22 unidades por la noche. Por favor devuélvame la llamada al 915-555-0166.",
     "BLOCK", "care-instructions", "voice", "es",
     [("Carmen", "PROVIDER"), ("Hogar Sano Salud en Casa", "SPECIALTY"), ("Leticia Campos", "NAME"), ("glucosa en ayunas", "PROCEDURE"), ("248", "RESULT"), ("doctor Reyes", "PROVIDER"), ("insulina Lantus", "MEDICATION"), ("915-555-0166", "PHONE")],
     ["home-health", "practice-contact"], "A glucose value and a dosing instruction in a voicemail (voice treated like SMS)."),
    ("bs0034", "Your visit with Dr. Friedman at Linden Court is confirmed for Wed 5/7 at 11:15. Family members are welcome to join in the apartment.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Friedman", "PROVIDER"), ("5/7", "DATE")],
     ["primary-care"], "Provider, date and time at a generic residence name."),
    ("bs0035", "Hospice aide visits for ur dad chg to Tu/Th 9a starting 7/1. Questions call Gentle Path Hospice 804-555-0121",
     "REWRITE", "reminder", "sms", "en",
     [("Hospice", "SPECIALTY"), ("7/1", "DATE"), ("Gentle Path Hospice", "SPECIALTY"), ("804-555-0121", "PHONE")],
     ["home-health", "third-party", "shorthand", "practice-contact"], "Father's visit logistics with a specialty name only: REWRITE (decisions 1, 2)."),
    ("bs0036", "Movie night in the Bistro: \"Nurse Betty\" (2000, rated R) Friday at 6:30. Popcorn & root beer floats!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A film title, not a staff member (contrast with 'Bingo with Nurse Betty', decision 5)."),
)

# ---------------------------------------------------------------- batch 4 (bs0037-bs0048): private-pay billing, level of care, Medicare and Medicaid paperwork
add(
    ("bs0037", "Statement for resident: Harold Fennimore\nAccount #: RL-004417\nPeriod: May 2026\nMonthly rent (1BR, Birch Hall): $5,240.00\nCare level fee: $1,150.00\nPharmacy copays passed through: $36.40\nBalance due 6/10: $6,426.40\nPay online at pay.rosewoodliving.example or mail a check to Rosewood Senior Living, 1450 Meadowlark Dr, Boise, ID 83706.",
     "REWRITE", "billing", "email", "en",
     [("Harold Fennimore", "NAME"), ("RL-004417", "ACCOUNT"), ("6/10", "DATE"), ("pay.rosewoodliving.example", "URL"), ("1450 Meadowlark Dr, Boise, ID 83706", "ADDRESS")],
     ["general", "identifier", "practice-contact"], "Resident name and account number are not needed; a generic 'care level fee' line reveals no level (judgement). The community's own link and address stay."),
    ("bs0038", "Dear Mr. Pike,\n\nFollowing her 30-day reassessment, Mrs. Lorraine Pike's care level will increase from Level 2 to Level 4 effective 8/1, due to new two-person transfer assistance and incontinence care needs. Her monthly care fee will change from $850 to $2,300. Please contact me with any questions.\n\nGail Sorensen\nBusiness Office, Aspen Meadows Assisted Living",
     "BLOCK", "billing", "email", "en",
     [("Pike", "NAME"), ("Lorraine Pike", "NAME"), ("reassessment", "PROCEDURE"), ("Level 2", "RESULT"), ("Level 4", "RESULT"), ("8/1", "DATE"), ("two-person transfer assistance", "PROCEDURE"), ("incontinence", "CONDITION"), ("Gail Sorensen", "PROVIDER")],
     ["general", "third-party"], "A billing notice whose reason is the resident's assessed needs: care level as a result, a condition and care services (decisions 3, 4) - the clinical content is the message."),
    ("bs0039", "Rosewood Senior Living: Autopay for June statements runs on the first business day of the month. To update your card or bank details, log in to the family billing portal. Questions? Stop by the concierge desk.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Billing broadcast; 'portal' and 'statements' say nothing about anyone."),
    ("bs0040", "Estimada familia Navarro: el saldo pendiente de la cuenta 7730-218 de su mamá en Villa Esperanza es de $1,875.00. Puede pagar en línea o llamar a Facturación al 210-555-0139. Gracias.",
     "REWRITE", "billing", "sms", "es",
     [("Navarro", "NAME"), ("7730-218", "ACCOUNT"), ("210-555-0139", "PHONE")],
     ["general", "third-party", "practice-contact"], "Family name and account number go; the balance request survives."),
    ("bs0041", "Notice: Medicare Part A coverage of skilled therapy for your father Eugene Tran ends 9/14 because his therapists find he no longer requires daily skilled care. To appeal, call Keystone Quality Review at 888-555-0106 by noon 9/13.",
     "BLOCK", "other", "sms", "en",
     [("skilled therapy", "PROCEDURE"), ("Eugene Tran", "NAME"), ("9/14", "DATE"), ("no longer requires daily skilled care", "RESULT"), ("888-555-0106", "PHONE"), ("9/13", "DATE")],
     ["home-health", "physical-therapy", "third-party"], "Coverage-end notice whose reason is a clinical finding about the recipient's father: BLOCK, send through the portal or by mail."),
    ("bs0042", "Heartland Home Care invoice #HC-55821 for services to Agnes Moretti, 5/1-5/15: 42.5 hrs personal care @ $31/hr = $1,317.50. Pay at heartlandhc.example/pay?inv=HC-55821",
     "REWRITE", "billing", "sms", "en",
     [("Heartland Home Care", "SPECIALTY"), ("HC-55821", "OTHER_ID"), ("Agnes Moretti", "NAME"), ("5/1", "DATE"), ("5/15", "DATE"), ("personal care", "PROCEDURE"), ("heartlandhc.example/pay?inv=HC-55821", "URL")],
     ["home-health", "identifier"], "Invoice number OTHER_ID and a link with a query parameter (decision 9); name, agency name and service go (decisions 1, 4)."),
    ("bs0043", "Reminder: Lakeside Adult Day Center fees for July are due by Friday. Pay by phone at 651-555-0150 or drop a check at the front desk. Thank you!",
     "ALLOW", "billing", "sms", "en",
     [("651-555-0150", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Fee reminder from an adult-day program (not a specialty, decision 1) with its own phone."),
    ("bs0044", "Hi Ms. Wexler, to finish your uncle's Medicaid long-term care application I still need: his SSN (we have 078-05-1120 on file - please confirm), five years of bank statements, and his Medicare card (MBI 5TY2-KD8-WM41). His DOB on the form reads 02/19/1934. Reply here or call 412-555-0193.",
     "BLOCK", "other", "sms", "en",
     [("Wexler", "NAME"), ("078-05-1120", "SSN"), ("5TY2-KD8-WM41", "HEALTH_PLAN_ID"), ("02/19/1934", "DATE"), ("412-555-0193", "PHONE")],
     ["general", "third-party", "dob", "identifier"], "An SSN must never travel by text; plus a Medicare number (decision 9) and a full date of birth."),
    ("bs0045", "Recordatorio: a partir del próximo lunes, el horario de visitas será de 9:00 a 20:00 todos los días. Por favor regístrese en la recepción al llegar. - Administración",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Visiting-hours change for everyone; no date, no person."),
    ("bs0046", "Hello, this is Lanternlight Companions calling for Ruth Anne Kimball about your account. A payment of six hundred forty dollars was declined. Please call us at 503-555-0188 at your convenience. Thank you.",
     "REWRITE", "billing", "voice", "en",
     [("Ruth Anne Kimball", "NAME"), ("503-555-0188", "PHONE")],
     ["home-health", "practice-contact"], "Voicemail: the client's name goes; a companion-care agency name is generic (decision 1)."),
    ("bs0047", "Tri-County LTC Pharmacy: Rx #6620147 memantine 10 mg for resident Stanley Hoke is not covered by his Part D plan. $182.00 will be billed to the responsible party unless Dr. Lutz approves a change. Reply Y to authorize.",
     "BLOCK", "billing", "sms", "en",
     [("6620147", "OTHER_ID"), ("memantine 10 mg", "MEDICATION"), ("Stanley Hoke", "NAME"), ("Dr. Lutz", "PROVIDER")],
     ["pharmacy", "third-party", "identifier"], "A named resident's medication sent to the responsible party: third party's medication is BLOCK (README)."),
    ("bs0048", "Thank you for your payment of $3,150.00 to Magnolia Gardens. Confirmation #PMT-88213. Questions: billing@magnoliagardens.example",
     "ALLOW", "billing", "email", "en",
     [("billing@magnoliagardens.example", "EMAIL")],
     ["general", "practice-contact"], "Payment receipt; the payment confirmation number is not labelled (decision 9)."),
)

# ---------------------------------------------------------------- batch 5 (bs0049-bs0060): family events, visiting hours, outbreaks, activity calendars
add(
    ("bs0049", "Please join us Sunday at 2pm in the Sunroom as we celebrate Beatrice Coyle's 100th birthday! Cake, punch and a slideshow of her life. All families welcome.",
     "REWRITE", "marketing", "sms", "en",
     [("Beatrice Coyle", "NAME"), ("100th", "AGE")],
     ["general", "broadcast", "age-over-89"], "Judgement: a family broadcast that names a resident and an age over 89 - the invitation survives without them (AGE convention: the ordinal)."),
    ("bs0050", "Stroll down Memory Lane! Bring a photo from your wedding day to Thursday's social hour and we'll guess who's who. Lemonade & cookies at 3.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Memory Lane' is an idiom here, not a memory-care unit or a street."),
    ("bs0051", "Sundowner Social on the patio is back! Wednesdays 4:30-5:30 with mocktails, live guitar and a sunset view. Bring a lawn chair for your visitors.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Sundowner' is a happy hour, not the dementia symptom (sundowning)."),
    ("bs0052", "Bingo with Nurse Betty is moved to 2:30 in the Activity Room this Friday - prizes from the gift shop!",
     "ALLOW", "marketing", "sms", "en",
     [("Nurse Betty", "PROVIDER")],
     ["general", "broadcast"], "Judgement (decision 5): a staff member named with her role is PROVIDER, allowed; not a hard negative because it carries that span."),
    ("bs0053", "This week's menu: Mon - pot roast; Tue - low-sodium chicken noodle soup; Wed - sugar-free peach cobbler; Thu - heart-healthy baked salmon; Fri - fish fry. Pureed and mechanical soft versions are available on request.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Menu broadcast; diet words describe dishes offered to everyone, not anyone's diet order (decision 8)."),
    ("bs0054", "Nuevo taller \"Mente Activa\": crucigramas, dominó y juegos de memoria los lunes a las 11 en la sala de actividades. ¡Todos los residentes están invitados!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Brain-games activity for all residents; 'memoria' is not memory care."),
    ("bs0055", "Effective Monday 3/2, visiting hours at Pinecrest Health & Rehabilitation are 9am-8pm daily. All visitors must sign in at the kiosk. Questions: 517-555-0144.",
     "REWRITE", "other", "sms", "en",
     [("3/2", "DATE"), ("Pinecrest Health & Rehabilitation", "SPECIALTY"), ("517-555-0144", "PHONE")],
     ["general", "broadcast", "contrast", "practice-contact"], "Judgement (decisions 1, 8): a broadcast, but the rehabilitation facility name reveals where the recipient's relative is cared for; the notice survives without it."),
    ("bs0056", "Effective Monday 3/2, visiting hours at Pinecrest Village are 9am-8pm daily. All visitors must sign in at the kiosk. Questions: 517-555-0144.",
     "ALLOW", "other", "sms", "en",
     [("3/2", "DATE"), ("517-555-0144", "PHONE")],
     ["general", "broadcast", "contrast", "practice-contact"], "Same notice from a residence name (decision 1): nothing revealing."),
    ("bs0057", "Subject: COVID-19 update for Linden Court families\n\nDear Families,\n\nAs required by CMS, we are letting you know that this week two residents and one staff member tested positive for COVID-19. The residents are isolating in their apartments with dedicated staff, and the staff member is recovering at home. We are testing all residents and staff twice weekly until we go 14 days without a new case.\n\nVisits continue as usual. Please wear a mask in hallways and common areas, and postpone your visit if you feel unwell.\n\nWe will send our next update on Friday. Thank you for your patience.\n\nLinden Court Administration",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative", "contrast"], "Judgement (decision 8): the CMS-required outbreak notice counts unnamed residents and is sent to every family; it identifies nobody, so no span."),
    ("bs0058", "Dear Mrs. Haddad, we want you to know that your husband Sami tested positive for COVID-19 on 11/3 and has been moved to an isolation room on the 2nd floor. He has a low-grade fever but is otherwise comfortable, and Dr. Whitlock started Paxlovid this afternoon. We will call you each evening with an update.",
     "BLOCK", "result", "email", "en",
     [("Haddad", "NAME"), ("Sami", "NAME"), ("positive", "RESULT"), ("COVID-19", "CONDITION"), ("11/3", "DATE"), ("fever", "CONDITION"), ("Dr. Whitlock", "PROVIDER"), ("Paxlovid", "MEDICATION")],
     ["general", "third-party", "contrast"], "A named resident's result, symptom and treatment sent to his wife: third party's health."),
    ("bs0059", "Visitor pass approved for Jerome Little to visit resident Mae Little in Magnolia House (memory care) this Sat 1-3pm. Show this text at the front desk.",
     "REWRITE", "confirmation", "sms", "en",
     [("Jerome Little", "NAME"), ("Mae Little", "NAME"), ("memory care", "SPECIALTY")],
     ["home-health", "third-party"], "Visit logistics; the names and the memory-care unit go (decision 1); the pass and time survive."),
    ("bs0060", "New message in your Family Portal. Log in to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Content-free portal notice: the safe pattern DESIGN recommends."),
)

# ---------------------------------------------------------------- batch 6 (bs0061-bs0072): en español - residencias, cuidado en casa, hospicio, PACE
add(
    ("bs0061", "Hola Lupita, le aviso que a su abuelita le salió una úlcera por presión en el talón derecho. Ya la revisó la enfermera y le pusimos un apósito, y la estamos cambiando de posición cada 2 horas. Att. Enf. Rocío, Residencia Santa Clara",
     "BLOCK", "other", "sms", "es",
     [("Lupita", "NAME"), ("úlcera por presión", "CONDITION"), ("apósito", "PROCEDURE"), ("Enf. Rocío", "PROVIDER")],
     ["home-health", "third-party"], "A pressure injury and its treatment, about the recipient's grandmother: third party's health (decision 2)."),
    ("bs0062", "Buenos días, Sr. Márquez. Le recordamos la junta del plan de cuidados de su papá el miércoles 9 de abril a las 3:00 p. m. en Casa Serena. También puede participar por teléfono al 956-555-0174.",
     "REWRITE", "reminder", "sms", "es",
     [("Márquez", "NAME"), ("9 de abril", "DATE"), ("956-555-0174", "PHONE")],
     ["general", "third-party", "practice-contact"], "Care-plan meeting is generic (decision 6); only the family name goes."),
    ("bs0063", "Hogar Los Pinos: le recordamos que su cita con el Dr. Arriaga es el lunes 3 de noviembre a las 10:00. Traiga su lista de medicamentos, por favor.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Arriaga", "PROVIDER"), ("3 de noviembre", "DATE")],
     ["primary-care"], "Provider, date and time; 'lista de medicamentos' is generic."),
    ("bs0064", "Mensaje para la familia de la señora Esperanza Gil: el médico de guardia la envió al hospital esta madrugada por dificultad para respirar, con oxigenación de 84 por ciento. Está en observación en Urgencias del Hospital General. Por favor llame al 623-555-0131.",
     "BLOCK", "other", "voice", "es",
     [("Esperanza Gil", "NAME"), ("dificultad para respirar", "CONDITION"), ("oxigenación", "PROCEDURE"), ("84 por ciento", "RESULT"), ("Urgencias", "SPECIALTY"), ("623-555-0131", "PHONE")],
     ["home-health", "urgent-care", "third-party", "practice-contact"], "Hospital transfer with a symptom and an oxygen value of a named resident (decision 11 for Urgencias)."),
    ("bs0065", "¡Noche de boleros! Este sábado a las 6 el trío Corazón de Plata se presenta en el comedor. Habrá pan dulce y café de olla para residentes y familias.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Corazón' is a band's name, not cardiology."),
    ("bs0066", "Sra. Figueroa: su auxiliar de salud en el hogar de esta semana será Yesenia (lun, mié y vie de 9 a 1). Si no puede recibirla algún día, avise a Cuidado en Casa Amanecer al 559-555-0127.",
     "REWRITE", "other", "sms", "es",
     [("Figueroa", "NAME"), ("auxiliar de salud en el hogar", "SPECIALTY"), ("Yesenia", "PROVIDER"), ("Cuidado en Casa Amanecer", "SPECIALTY"), ("559-555-0127", "PHONE")],
     ["home-health", "practice-contact"], "Aide assignment: name, home-health role word and agency name go (decisions 1, 5)."),
    ("bs0067", "Asunto: Actualización sobre su papá\n\nEstimada Sra. Ortega:\n\nLe escribo después de la visita de hoy a su papá, don Rigoberto. Está más somnoliento y con poco apetito, y su presión estuvo en 90/58. Aumentamos la morfina oral a 5 mg cada 4 horas según la orden de la Dra. Ponce, y dejamos lorazepam en el kit de confort por si se pone inquieto en la noche. Creemos que está entrando en la etapa final, así que recomendamos que la familia venga a verlo en los próximos días.\n\nEl capellán, padre Tomás, puede acompañarlos el jueves.\n\nCon cariño,\nMaribel Soto, RN\nCuidados Paliativos Sendero\n602-555-0152",
     "BLOCK", "care-instructions", "email", "es",
     [("Ortega", "NAME"), ("Rigoberto", "NAME"), ("somnoliento", "CONDITION"), ("poco apetito", "CONDITION"), ("presión", "PROCEDURE"), ("90/58", "RESULT"), ("morfina oral", "MEDICATION"), ("Dra. Ponce", "PROVIDER"), ("lorazepam", "MEDICATION"), ("kit de confort", "PROCEDURE"), ("inquieto", "CONDITION"), ("etapa final", "RESULT"), ("padre Tomás", "PROVIDER"), ("Maribel Soto, RN", "PROVIDER"), ("Cuidados Paliativos Sendero", "SPECIALTY"), ("602-555-0152", "PHONE")],
     ["home-health", "third-party"], "Hospice nurse's update: symptoms, a blood pressure, dose changes and decline of the recipient's father. 'etapa final' is a state the condition is in (RESULT); the chaplain is workforce (decision 5)."),
    ("bs0068", "Centro de Día Los Girasoles: mañana no habrá transporte por el desfile de Fiestas Patrias en la avenida. Las actividades empiezan a las 10:30 como siempre.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Transport notice for everyone; a holiday parade is not a date (README) and the adult-day name is generic."),
    ("bs0069", "Recordatorio del Programa PACE Valle Verde: Sr. Tapia, su cita de podología es el 18 de junio a las 9:15. El transporte pasará por usted a las 8:30.",
     "REWRITE", "reminder", "sms", "es",
     [("Tapia", "NAME"), ("podología", "SPECIALTY"), ("18 de junio", "DATE")],
     ["primary-care", "orthopedics"], "Participant's own visit: name and specialty go, date, time and ride survive."),
    ("bs0070", "Sra. Vega, el análisis de orina de su mamá salió con infección. La Dra. Cárdenas le recetó Macrobid 100 mg dos veces al día por 5 días; empieza hoy con la cena.",
     "BLOCK", "result", "sms", "es",
     [("Vega", "NAME"), ("análisis de orina", "PROCEDURE"), ("infección", "CONDITION"), ("Dra. Cárdenas", "PROVIDER"), ("Macrobid 100 mg", "MEDICATION")],
     ["home-health", "lab", "third-party"], "A result, a diagnosis and a prescription for the recipient's mother; 'análisis de orina' is a named test, unlike 'análisis' alone."),
    ("bs0071", "Portal familiar - Nota de enfermería\nResidente: Amparo Ruiz\nGlucosa capilar 7:00: 132 mg/dL\nSe administró metformina 500 mg con el desayuno.\nSin incidentes durante el turno.",
     "ALLOW", "other", "portal", "es",
     [("Amparo Ruiz", "NAME"), ("Glucosa capilar", "PROCEDURE"), ("132 mg/dL", "RESULT"), ("metformina 500 mg", "MEDICATION")],
     ["home-health", "third-party"], "Family portal is the secure portal (decision 10): value, drug and name may stay."),
    ("bs0072", "Villa del Sol: Su mamá tiene cita de audiología el 2 de octubre a las 11. Recuerde traer sus aparatos auditivos y la tarjeta del seguro.",
     "REWRITE", "reminder", "push", "es",
     [("audiología", "SPECIALTY"), ("2 de octubre", "DATE"), ("aparatos auditivos", "PROCEDURE")],
     ["general", "third-party"], "Mother's appointment logistics with a specialty and a device: REWRITE (decisions 2, 4)."),
)

# ---------------------------------------------------------------- batch 7 (bs0073-bs0084): disguises, templates, typos, tours
add(
    ("bs0073", "ur mom's d e m e n t i a meds were changed - Dr. Holt stopped the r i s p e r i d o n e. call the nurses station when u can",
     "BLOCK", "care-instructions", "sms", "en",
     [("d e m e n t i a", "CONDITION"), ("Dr. Holt", "PROVIDER"), ("r i s p e r i d o n e", "MEDICATION")],
     ["home-health", "third-party", "spaced", "shorthand"], "Spaced letters hide a diagnosis and a stopped drug of the recipient's mother: BLOCK whatever the spelling."),
    ("bs0074", "Reminder: Mr. Osei's h\u200bospice nurse visit is Tue 2/10 between 10 and noon. - Still Waters Care",
     "REWRITE", "reminder", "sms", "en",
     [("Osei", "NAME"), ("h\u200bospice", "SPECIALTY"), ("2/10", "DATE")],
     ["home-health"], "A zero-width space splits 'hospice'; name and service line go (decision 1), the visit window survives."),
    ("bs0075", "Pharmacy note: \u0410ricept 10 mg for resident Irene Pollard was missed at the AM med pass - staff gave it at noon per Dr. Vance. No action needed.",
     "BLOCK", "other", "sms", "en",
     [("\u0410ricept 10 mg", "MEDICATION"), ("Irene Pollard", "NAME"), ("Dr. Vance", "PROVIDER")],
     ["pharmacy", "third-party"], "A Cyrillic capital A in the drug name; a named resident's medication event sent to family is third party's health."),
    ("bs0076", "Sunrise Ridge: ur dad's phys1cal th3rapy eval moved to Fri 4/18 @ 2. Reply Y to confirm",
     "REWRITE", "reminder", "sms", "en",
     [("phys1cal th3rapy", "PROCEDURE"), ("4/18", "DATE")],
     ["physical-therapy", "third-party", "leet", "shorthand"], "Leet digits in the therapy type; logistics for the father: REWRITE (decisions 2, 11)."),
    ("bs0077", "{{facility_name}}: Visiting hours on {{holiday_date}} will be {{start_time}} to {{end_time}}. Please sign in at the front desk. Reply STOP to unsubscribe.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "template", "broadcast"], "Template with content-free placeholders only."),
    ("bs0078", "Reminder from {{agency_name}}: your home health aide visit is on {{appt_date}} at {{appt_time}}. Reply C to confirm or call {{agency_phone}}.",
     "REWRITE", "reminder", "sms", "en",
     [("home health aide", "SPECIALTY")],
     ["home-health", "template"], "Template: the literal role word reveals the home-health service (decision 1); the placeholders carry no patient data."),
    ("bs0079", "Hi Mrs Jenkns its Trish from Harbor View. your husbnd refused his insuln agian tonite, BS was 312. I called the on call Dr, waiting to hear back",
     "BLOCK", "other", "sms", "en",
     [("Jenkns", "NAME"), ("Trish", "PROVIDER"), ("insuln", "MEDICATION"), ("BS", "PROCEDURE"), ("312", "RESULT")],
     ["home-health", "third-party", "typo", "shorthand"], "Typos do not change it: a refused drug and a blood-sugar value of the recipient's husband."),
    ("bs0080", "Reminder famlies - the hair salon is open Tues & Thurs 9-3. Walk-ins welcome, perms and color by apt only.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "typo", "hard-negative"], "Salon hours; 'apt' is an appointment, not an apartment or a patient identifier."),
    ("bs0081", "Confirmed: your tour of Brightleaf Senior Living is Thu 10/9 at 11am with Carla, our move-in coordinator. Lunch is on us! 859-555-0113",
     "ALLOW", "confirmation", "sms", "en",
     [("10/9", "DATE"), ("Carla", "PROVIDER"), ("859-555-0113", "PHONE")],
     ["general", "practice-contact"], "Tour confirmation; the coordinator is workforce (decision 5) and the tour is generic (decision 6)."),
    ("bs0082", "Hi Mr. Albrecht, thanks for touring Evergreen Memory Care last week. We'd love to help your wife settle in - a memory care suite just opened up. Call Dana at 406-555-0109 to hold it.",
     "REWRITE", "marketing", "sms", "en",
     [("Albrecht", "NAME"), ("Evergreen Memory Care", "SPECIALTY"), ("memory care", "SPECIALTY"), ("Dana", "PROVIDER"), ("406-555-0109", "PHONE")],
     ["home-health", "third-party", "practice-contact"], "Marketing follow-up naming the recipient and a memory-care service for his wife: specialty only, so REWRITE (decisions 1, 2)."),
    ("bs0083", "Mobile lab draw for Ms. Beryl Adair at Shady Oaks: potassium 5.9 (H), creatinine 2.1 (H). Dr. Mensah notified - holding lisinopril.",
     "BLOCK", "result", "sms", "en",
     [("Beryl Adair", "NAME"), ("potassium", "PROCEDURE"), ("5.9", "RESULT"), ("5.9 ([[H]])", "RESULT"), ("creatinine", "PROCEDURE"), ("2.1", "RESULT"), ("2.1 ([[H]])", "RESULT"), ("Dr. Mensah", "PROVIDER"), ("lisinopril", "MEDICATION")],
     ["lab", "home-health", "third-party"], "Lab values with flags and a held drug of a named resident."),
    ("bs0084", "Therapy progress note (Family Portal): Walter completed 45 min PT today; ambulated 200 ft with rollator, CGA. Plan: continue 5x/wk.",
     "ALLOW", "other", "portal", "en",
     [("Walter", "NAME"), ("PT", "PROCEDURE"), ("200 ft", "RESULT"), ("rollator", "PROCEDURE"), ("CGA", "RESULT")],
     ["physical-therapy", "third-party", "contrast"], "Inside the family portal (decision 10) the progress note may stay; contrast with the e-mailed update."),
)

# ---------------------------------------------------------------- batch 8 (bs0085-bs0096): caregiver support, Area Agencies on Aging, rides, adult day
add(
    ("bs0085", "Caregiver Support Group meets the 2nd Tuesday of every month at 6:30pm at the Oakdale Library. Free respite care is available during the meeting - call ahead to reserve a spot.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Open support-group broadcast; '2nd Tuesday' is not a date and the group is named for no condition."),
    ("bs0086", "Hi Teresa, it was good meeting you at intake. Since your husband's diagnosis is so new, I think the Alzheimer's Caregiver Circle would help - it meets Thursdays at 7 at St. Brendan's parish hall. Hope to see you there! - Gwen, Family Caregiver Specialist, Tri-Valley Area Agency on Aging",
     "BLOCK", "other", "sms", "en",
     [("Teresa", "NAME"), ("Alzheimer's", "CONDITION"), ("Gwen", "PROVIDER")],
     ["general", "third-party"], "Judgement (decision 2): the program name reveals the husband's new diagnosis, a third party's condition; the AAA name is generic."),
    ("bs0087", "Tri-Valley Area Agency on Aging: free Medicare Open Enrollment counseling Oct 15-Dec 7. Call 925-555-0178 to book a one-hour session with a trained SHIP counselor.",
     "ALLOW", "marketing", "sms", "en",
     [("Oct 15", "DATE"), ("Dec 7", "DATE"), ("925-555-0178", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Broadcast; the enrollment-period dates concern nobody and SHIP counseling is insurance advice (decision 6)."),
    ("bs0088", "Ride confirmed: Tues 8/19, pickup 7:10am at 2214 Ashbury Ct, Apt 6, Lansing, MI 48910 for dialysis at Capital Kidney Center. Driver will call on arrival. -GoodMiles Transport",
     "REWRITE", "confirmation", "sms", "en",
     [("8/19", "DATE"), ("2214 Ashbury Ct, Apt 6, Lansing, MI 48910", "ADDRESS"), ("dialysis", "PROCEDURE"), ("Capital Kidney Center", "SPECIALTY")],
     ["dialysis"], "The rider's home address, the treatment and the kidney-center name go; date, time and call-on-arrival survive."),
    ("bs0089", "GoodMiles Transport: your ride is 10 min away. Driver: Samuel, silver Toyota Sienna. Track it at goodmiles.example/t/8K2QZ",
     "REWRITE", "other", "sms", "en",
     [("Samuel", "PROVIDER"), ("goodmiles.example/t/8K2QZ", "URL")],
     ["general"], "Judgement (decision 9): the tracking path carries a trip token, so the link is patient-specific; the driver is workforce (decision 5)."),
    ("bs0090", "Dear Mr. and Mrs. Castellano,\n\nToday at Lakeside Adult Day your father had a brief episode of unresponsiveness at lunch lasting about 30 seconds. His blood pressure afterward was 92/50 and his blood sugar 71. He recovered fully and finished his meal; EMS was not needed. We strongly recommend letting Dr. Iyer know before his next visit on 6/20.\n\nSincerely,\nBonnie Greer, LPN\nProgram Nurse",
     "BLOCK", "other", "email", "en",
     [("Castellano", "NAME"), ("unresponsiveness", "CONDITION"), ("blood pressure", "PROCEDURE"), ("92/50", "RESULT"), ("blood sugar", "PROCEDURE"), ("71", "RESULT"), ("recovered fully", "RESULT"), ("Dr. Iyer", "PROVIDER"), ("6/20", "DATE"), ("Bonnie Greer, LPN", "PROVIDER")],
     ["general", "third-party"], "An episode, vital signs and a glucose value of the recipients' father: BLOCK."),
    ("bs0091", "Hello, this is Oakmont Village with a reminder that the annual family picnic is this Saturday from noon to three by Walker Pond on the west lawn. Please RSVP at the front desk by Thursday. Thank you!",
     "ALLOW", "marketing", "voice", "en", [],
     ["general", "broadcast", "hard-negative"], "'Walker Pond' is a spot on the grounds, not a mobility aid or a person (decision 12)."),
    ("bs0092", "This message is for Cornelius Bray. Your in-home nurse visit from Saint Jude Home Health is scheduled for Monday, March ninth, between eight and ten in the morning. Call 734-555-0161 to reschedule.",
     "REWRITE", "reminder", "voice", "en",
     [("Cornelius Bray", "NAME"), ("Saint Jude Home Health", "SPECIALTY"), ("March ninth", "DATE"), ("734-555-0161", "PHONE")],
     ["home-health", "practice-contact"], "Spoken date is still a date; name and agency name go (decision 1)."),
    ("bs0093", "Greenfield PACE: Mr. Yoder, your A1c today was 9.4. Dr. Stein wants to start Jardiance 10 mg each morning. You can pick it up at our clinic pharmacy on Monday.",
     "BLOCK", "result", "sms", "en",
     [("Yoder", "NAME"), ("A1c", "PROCEDURE"), ("9.4", "RESULT"), ("Dr. Stein", "PROVIDER"), ("Jardiance 10 mg", "MEDICATION")],
     ["primary-care", "pharmacy"], "A result and a new medication with dosing: BLOCK, send a portal notice."),
    ("bs0094", "Oakmont Village Health Center: Dr. Banerjee's rounding day moves to Wednesdays starting 1/14. Residents on her list do not need to do anything.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Banerjee", "PROVIDER"), ("1/14", "DATE")],
     ["primary-care", "broadcast"], "Provider schedule change for all her residents; generic clinic name."),
    ("bs0095", "Hi Mr. Lindqvist, we've updated the emergency contact for your mother, Astrid Lindqvist (Apt 304, Fairhaven Commons), to your cell 612-555-0187 and email erik.lindqvist@example.com as you asked. If this wasn't you, call the front desk at 612-555-0100. - Resident Services",
     "REWRITE", "other", "email", "en",
     [("Lindqvist", "NAME"), ("Astrid Lindqvist", "NAME"), ("Apt 304", "ADDRESS"), ("612-555-0187", "PHONE"), ("erik.lindqvist@example.com", "EMAIL"), ("612-555-0100", "PHONE")],
     ["general", "third-party", "practice-contact"], "Contact-update confirmation: the family's own phone and e-mail, the names and the apartment (decision 7) are not needed; the front-desk number stays."),
    ("bs0096", "Wii bowling finals are Thursday at 2 in the Great Room! Team \"Walkers & Talkers\" defends its title against \"The Hip Replacements\". Cheerleaders welcome.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Team names that look clinical; an activity broadcast about nobody."),
)

# ---------------------------------------------------------------- batch 9 (bs0097-bs0108): wellness suites, discharge and move-in, respite, newsletters
add(
    ("bs0097", "Hi Sandra - Dad's weight is down 6 lbs this month (now 131). We added Ensure twice a day with meals and will weigh him weekly. - Juniper Hall nursing",
     "BLOCK", "care-instructions", "sms", "en",
     [("Sandra", "NAME"), ("down 6 lbs", "RESULT"), ("131", "RESULT"), ("Ensure", "MEDICATION")],
     ["general", "third-party"], "Weight loss and a supplement for the recipient's father; a product used as a name is MEDICATION."),
    ("bs0098", "Casa Bonita Assisted Living: Hi Mr. Hollis, your podiatry visit with Dr. Ng is in the Wellness Suite tomorrow at 9. Please leave shoes & socks off if you can.",
     "REWRITE", "reminder", "sms", "en",
     [("Hollis", "NAME"), ("podiatry", "SPECIALTY"), ("Dr. Ng", "PROVIDER")],
     ["orthopedics"], "Resident's own visit: name and specialty go; provider, place and time stay."),
    ("bs0099", "Visiting specialists in the Wellness Suite this month: podiatry Tuesday mornings, audiology Wednesdays, mobile dental on Thursdays. Sign up at the concierge desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Judgement (decision 8): specialty words in a broadcast to every resident describe a service list, not the recipient."),
    ("bs0100", "Subject: Discharge plan for your mother - Friday\n\nHi Rachel,\n\nYour mom, Margaret Ellison, is cleared for discharge Friday 10/17 at 11 AM. Final med list: apixaban 5 mg twice daily, metoprolol succinate 25 mg daily, tramadol 50 mg as needed for hip pain (max 3/day). Keystone Home Health will open her case Saturday for nursing, PT and OT; their intake nurse will call you from 570-555-0122. She needs the raised toilet seat and the front-wheeled walker we fitted. Dr. Ferraro wants a follow-up in 2 weeks with a CBC.\n\nWe'll have her belongings and a 3-day supply of her medications packed at the nurses' station on the second floor. Please bring a warm coat and park in the front circle; an aide will help her to the car. If Friday no longer works, let me know by Wednesday noon so I can tell the agency.\n\nCall me with questions,\nTonya Briggs, RN, Discharge Planner\nWyoming Valley Skilled Nursing\n570-555-0190",
     "BLOCK", "care-instructions", "email", "en",
     [("Rachel", "NAME"), ("Margaret Ellison", "NAME"), ("10/17", "DATE"), ("apixaban 5 mg", "MEDICATION"), ("metoprolol succinate 25 mg", "MEDICATION"), ("tramadol 50 mg", "MEDICATION"), ("hip pain", "CONDITION"), ("Keystone Home Health", "SPECIALTY"), ("PT", "PROCEDURE"), ("OT", "PROCEDURE"), ("570-555-0122", "PHONE"), ("raised toilet seat", "PROCEDURE"), ("front-wheeled walker", "PROCEDURE"), ("Dr. Ferraro", "PROVIDER"), ("CBC", "PROCEDURE"), ("Tonya Briggs, RN", "PROVIDER"), ("Wyoming Valley Skilled Nursing", "SPECIALTY"), ("570-555-0190", "PHONE")],
     ["home-health", "physical-therapy", "third-party", "practice-contact"], "Discharge medication list with doses, a symptom and services for the recipient's mother: BLOCK."),
    ("bs0101", "Confirmed: respite stay for Mr. Vernon Ashby, 7/6-7/13, Room 118 at The Arbors. Please bring a 14-day supply of his medications in the original bottles.",
     "REWRITE", "confirmation", "sms", "en",
     [("Vernon Ashby", "NAME"), ("7/6", "DATE"), ("7/13", "DATE"), ("Room 118", "ADDRESS")],
     ["general", "third-party"], "Respite stay is generic (decision 6); name and room (decision 7) go, the dates survive."),
    ("bs0102", "Happy Hour moves to the Bistro this Friday! The Pacemakers jazz trio plays 4-5:30. Non-alcoholic options available.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'The Pacemakers' is a band, not a cardiac device."),
    ("bs0103", "Hi, this is Jordan from Heritage Place. We got your message about a tour on Saturday - we have 10:00 or 1:30 open. Which works better for you?",
     "ALLOW", "other", "sms", "en",
     [("Jordan", "PROVIDER")],
     ["general"], "Staff sender named (workforce, PROVIDER); a tour is generic (decision 6)."),
    ("bs0104", "Cedar Bluff Memory Care: Your husband Ray showed physical aggression toward a caregiver during evening care at 3:40pm. Dr. Musa ordered a UA and a psych consult. Pls call 479-555-0119.",
     "BLOCK", "other", "sms", "en",
     [("Cedar Bluff Memory Care", "SPECIALTY"), ("Ray", "NAME"), ("physical aggression", "CONDITION"), ("Dr. Musa", "PROVIDER"), ("UA", "PROCEDURE"), ("psych", "SPECIALTY"), ("479-555-0119", "PHONE")],
     ["home-health", "behavioral-health", "third-party", "practice-contact"], "A behaviour incident, a test and a psychiatric referral for the recipient's husband (decision 3)."),
    ("bs0105", "Hi Ms. Patel, the mobile optometry van will see your father on 2/27 for his cataract check. - Ashford Manor front desk",
     "BLOCK", "reminder", "sms", "en",
     [("Patel", "NAME"), ("optometry", "SPECIALTY"), ("2/27", "DATE"), ("cataract", "CONDITION")],
     ["ophthalmology", "third-party"], "A condition used as the visit label for the recipient's father: third party's condition is BLOCK (README, like 'Sofia's asthma check'; decision 2)."),
    ("bs0106", "Trip to Cedar Falls Outlets leaves at 9:15 from the main entrance. The bus returns by 3. Bring a water bottle and a sun hat!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Falls' is a town in an outing's destination, tied to no patient (decision 12)."),
    ("bs0107", "Subject: The Oakmont Observer - October\n\nHello Oakmont families!\n\nHere's what's happening this month:\n- Fall Prevention Week: our therapy team offers free balance screenings Tuesday through Thursday in the Fitness Room.\n- Flu shot clinic Thursday morning in the Chapel - residents, bring your Medicare card; family members are welcome too.\n- Memory Cafe meets every Friday at 2 for coffee, music and conversation.\n- Cooking demo: diabetes-friendly desserts on Saturday afternoon.\n- Our Heart Walk team raised $2,140 for heart research - thank you, walkers!\n- Halloween parade Friday at 3. Costumes encouraged!\n- Volunteer drivers are needed for the Tuesday grocery run; sign up at the front desk.\n- The west parking lot will be repaved on Monday, so please use the street lot that day.\n\nWarmly,\nThe Oakmont Life Enrichment Team",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Newsletter to every family: screenings, flu shots and 'diabetes-friendly' are offers to all, not anyone's care (decision 8)."),
    ("bs0108", "Hi Mrs. Gallagher,\n\nThank you for completing the move-in paperwork for your husband, Desmond. A few reminders before move-in day on 9/2:\n- Please label all clothing with his name.\n- Bring his current medication list and any pill bottles; our nurse will review them with you.\n- His TB test must be read before he moves in; we can place it here on 8/28.\n\nOur move-in coordinator, Alicia Brandt, will meet you at the front entrance at 10 AM.\n\nWelcome to Briar Glen!\nBriar Glen Assisted Living | 260-555-0145 | briarglen.example",
     "REWRITE", "other", "email", "en",
     [("Gallagher", "NAME"), ("Desmond", "NAME"), ("9/2", "DATE"), ("TB test", "PROCEDURE"), ("8/28", "DATE"), ("Alicia Brandt", "PROVIDER"), ("260-555-0145", "PHONE"), ("briarglen.example", "URL")],
     ["general", "third-party", "practice-contact"], "Judgement: a routine admission screening test named for the husband is logistics like vaccines (README), so REWRITE; names and the test go."),
)

# ---------------------------------------------------------------- batch 10 (bs0109-bs0120): care managers, catheters, parking, isolation, care-plan summaries
add(
    ("bs0109", "Hola don Chuy, el Centro de Día Raíces le recuerda que mañana tiene su clase de ejercicios para el Parkinson a las 10. ¡Lo esperamos!",
     "REWRITE", "reminder", "sms", "es",
     [("Chuy", "NAME"), ("Parkinson", "CONDITION")],
     ["physical-therapy"], "The participant's own condition used as a class label: REWRITE (README: a diagnosis as a visit label); the class and time survive."),
    ("bs0110", "Aviso: el elevador del edificio B estará en mantenimiento el jueves de 9 a 12. Si usa silla de ruedas o andador y necesita ayuda para bajar al comedor, avise a la recepción.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Maintenance broadcast; the mobility aids are hypothetical and about nobody in particular."),
    ("bs0111", "Hi Louise, it's Nadia Cho, your mom's care manager. The neurologist called - the MRI showed a small new stroke on the left side, which explains the word-finding trouble. They're keeping her on Plavix and adding a statin. I'll come by Thursday to talk it through. My cell is 617-555-0124.",
     "BLOCK", "result", "voice", "en",
     [("Louise", "NAME"), ("Nadia Cho", "PROVIDER"), ("neurologist", "SPECIALTY"), ("MRI", "PROCEDURE"), ("stroke", "CONDITION"), ("word-finding trouble", "CONDITION"), ("Plavix", "MEDICATION"), ("statin", "MEDICATION"), ("617-555-0124", "PHONE")],
     ["imaging", "third-party", "practice-contact"], "Voicemail with an imaging finding, a symptom and medications of the recipient's mother. The care manager's own cell is workforce contact, labelled PHONE like a practice's number (decision 5)."),
    ("bs0112", "Harbor Point Area Agency on Aging: your Medicare counseling appointment is Tue 11/18 at 1:30 with counselor Dev Mehta. Bring your Medicare card and a list of the drugs you take.",
     "ALLOW", "reminder", "sms", "en",
     [("11/18", "DATE"), ("counselor Dev Mehta", "PROVIDER")],
     ["general"], "Judgement (decision 6): Medicare (SHIP) counseling is insurance advice, not a behavioral-health visit; the counselor is named with his role."),
    ("bs0113", "Westbrook Home Health: Hi Mr. Szabo, your Foley catheter change is set for Fri 12/5, nurse arrives 1-3pm. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Westbrook Home Health", "SPECIALTY"), ("Szabo", "NAME"), ("Foley catheter", "PROCEDURE"), ("12/5", "DATE")],
     ["home-health"], "Own visit: agency name, name and device procedure go (decisions 1, 4); 'change' stays outside like 'follow-up'."),
    ("bs0114", "CareLog update: Aide visit 8:02-10:05 \u2705 Bathed \u2705 Breakfast \u2705 Meds reminder. Note: Mom seemed short of breath on the stairs, I had her sit and rest.",
     "BLOCK", "other", "push", "en",
     [("Bathed", "PROCEDURE"), ("short of breath", "CONDITION")],
     ["home-health", "third-party"], "Aide's visit note pushed to the family app: a symptom of the client (decision 2); bathing is a named care service (decision 4)."),
    ("bs0115", "Hillcrest closed to visitors today (ice storm). Residents safe & warm.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Weather closure for everyone; 'safe and warm' describes all residents, not anyone's condition."),
    ("bs0116", "Parking permit issued for plate 7NJK442 (visitor of resident E. Marchetti). Park in Lot C only, spaces 40-62.",
     "REWRITE", "other", "sms", "en",
     [("7NJK442", "VEHICLE_ID"), ("E. Marchetti", "NAME")],
     ["general", "identifier"], "The visitor's plate and the resident's name are not needed for the permit notice."),
    ("bs0117", "Buenas noches Sra. Acosta, su papá tiene diarrea desde la tarde. Ya le avisamos a la Dra. Bravo y le tomamos una muestra de heces para descartar C. diff. Por precaución lo pasamos a aislamiento.",
     "BLOCK", "other", "sms", "es",
     [("Acosta", "NAME"), ("diarrea", "CONDITION"), ("Dra. Bravo", "PROVIDER"), ("muestra de heces", "PROCEDURE"), ("C. diff", "CONDITION")],
     ["home-health", "lab", "third-party", "negation"], "A symptom, a test and a hypothetical infection of the recipient's father: third party's health; 'descartar' does not make it safe."),
    ("bs0118", "Programa PACE Valle Verde: su cita con la Dra. Olmos es el 21 de enero a las 10:45. Si necesita transporte, llame al 505-555-0140.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Olmos", "PROVIDER"), ("21 de enero", "DATE"), ("505-555-0140", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, date, time and the program's phone; a PACE name is not a specialty (decision 1)."),
    ("bs0119", "Care plan summary (Family Portal) for Henrietta Boyle, 94\nDiagnoses: vascular dementia, CHF\nAssist level: 1-person assist for transfers\nDiet: 2 g sodium, nectar-thick liquids\nNext care conference: 5/20 at 2:00 PM",
     "ALLOW", "other", "portal", "en",
     [("Henrietta Boyle", "NAME"), ("94", "AGE"), ("vascular dementia", "CONDITION"), ("CHF", "CONDITION"), ("1-person assist", "RESULT"), ("2 g sodium", "PROCEDURE"), ("nectar-thick liquids", "PROCEDURE"), ("5/20", "DATE")],
     ["home-health", "third-party", "age-over-89", "contrast"], "Family portal (decision 10): diagnoses, assist level (decision 3) and diet orders (decision 4) may stay; the age over 89 is labelled."),
    ("bs0120", "Care plan for Henrietta Boyle (94) updated: dx vascular dementia + CHF, 1-person assist, 2 g sodium diet, nectar-thick liquids. Next conf 5/20 2pm.",
     "BLOCK", "other", "sms", "en",
     [("Henrietta Boyle", "NAME"), ("94", "AGE"), ("vascular dementia", "CONDITION"), ("CHF", "CONDITION"), ("1-person assist", "RESULT"), ("2 g sodium", "PROCEDURE"), ("nectar-thick liquids", "PROCEDURE"), ("5/20", "DATE")],
     ["home-health", "third-party", "age-over-89", "shorthand", "contrast"], "The same care plan by SMS: diagnoses of a named resident over 89 - the clinical content is the message."),
)

# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "bs", "probe68.jsonl")
