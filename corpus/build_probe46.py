#!/usr/bin/env python3
"""Build corpus/probe46.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe46.py [OUT] [-v]   (default: probe46.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run
and no other corpus's messages, source code, tests or history were read.

This round is KIDNEY, LIVER AND TRANSPLANT CARE: what dialysis centers, nephrology and hepatology
practices, transplant centers, organ procurement organizations, kidney-care programs and
home-dialysis suppliers send — chair-time changes and holiday schedules, rides to treatment,
home-dialysis supply deliveries, access (fistula, graft, catheter) appointments, transplant
evaluation and waitlist paperwork, living-donor screening, post-transplant lab draws and clinic
visits, immunosuppressant refills and levels, vaccine requirements before listing, diet and fluid
education, billing and ESRD Medicare notices, support groups, donation-awareness broadcasts.
Hard negatives: "donor" in fundraising and blood drives, "transplant" of trees and staff, "liver"
and "kidney beans" on menus, donation-awareness campaigns, organ-donor registry notices, "chair"
as furniture and as a board title, "stage" of a building project. About 22% Spanish; four
disguised messages (spaced letters, a zero-width space, a Cyrillic look-alike, leet).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "was [[1.1]]," searches for "was 1.1," and
      labels only the bracketed part "1.1".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Service tags: the list has no hepatology or transplant tag. Kidney care, dialysis, kidney
     transplant and living kidney donation are tagged `dialysis`; hepatology, liver transplant,
     OPO and foundation traffic `general`; plus `lab`, `pharmacy`, `imaging`, `oncology`,
     `home-health` where they fit.
  2. In a descriptive (not proper) unit or role name, the service-line word is the SPECIALTY span
     and the generic noun stays outside (`Post-transplant` clinic, `Vascular Access` Suite,
     `living donor` coordinator, `transplant` RN, `Pre-Transplant` Coordinator), as with
     `cardiology` appointment; a proper practice, program or department name is one span
     (`Transplant Pharmacy`, `Kidney & Pancreas Program`, `Programa de Donante Vivo`).
  3. Dialysis scheduling words (`chair time`, `shift`, `turno`, `run`, `treatment`) are not
     labelled; a chair-time change with no revealing sender or service word is ALLOW.
  4. A holiday or schedule notice sent to all patients of a dialysis/renal-named sender is REWRITE
     (the name tells any reader the recipient is on dialysis); the same notice from a generic
     sender ("the center", "Valley Medical Group") is an ALLOW broadcast.
  5. A transport driver or staff member named with a role (`Driver: Luis`, `your driver Andre`,
     `social worker Tanya`, `Dietitian Kim`) is workforce -> PROVIDER.
  6. Transplant evaluation, living-donor screening and protocol biopsy are named visit types ->
     PROCEDURE, one span with the organ word (`kidney transplant evaluation`). A waitlist
     (`liver transplant waitlist`, `kidney list`) is a program -> PROCEDURE, and the status
     (`ACTIVE`, `activo`) is a RESULT; waitlist status tied to a person is BLOCK.
  7. A drug-level test (`tacrolimus level`, `nivel de ciclosporina`, `tacrolimus trough`) is one
     PROCEDURE span (the test), not MEDICATION.
  8. Goals and target ranges (`below the 1.2 goal`, `(goal 8-10)`) are not the patient's value
     and stay unlabelled.
  9. Dialysate (`PD solution`) is MEDICATION (a product, like oxygen); cyclers, NxStage, PD
     catheters and grafts are devices -> PROCEDURE; `fistula` stays CONDITION as the README's
     `fistula check` example says; `dry weight`, `standing blood pressures`, `UF` are measures
     -> PROCEDURE, and their values RESULT. A findings phrase (`fluid in your lungs`) is RESULT.
 10. Vaccines named as an item to bring or a visit (`hepatitis A and B vaccines`, `tetanus shot`)
     are PROCEDURE like `flu shot`; a vaccine brand (`Heplisav-B`) is MEDICATION. Bringing vaccine
     records is logistics (REWRITE); a titer result is BLOCK.
 11. An ESRD Medicare eligibility letter keeps its billing purpose once the diagnosis, the
     dialysis start date and the name are removed -> REWRITE; a public form number (CMS-2728) is
     not an identifier. ESRD enrollment that reads back name + DOB + MBI is BLOCK.
 12. A prior-authorization denial that states a lab result as the reason is BLOCK.
 13. A living-donor message that reveals the intended recipient's condition is third-party
     BLOCK; a donor candidate's own screening logistics are REWRITE; the donor's own imaging
     finding is BLOCK.
 14. An organ-donor registry confirmation is not health information about the recipient ->
     ALLOW (hard negative).
 15. A practice's own URL whose domain spells the service (`bluewaterrenal.example/pay`) is
     labelled URL only; the verdict comes from the rest of the message.
 16. Generic fasting / bring-a-driver lines in a procedure reminder are logistics (REWRITE once the
     procedure goes); holding or changing a drug before surgery is a treatment instruction (BLOCK).
 17. A ride-tracking link with a token in its path (`/t/8K2QZ7`) counts like a query token ->
     REWRITE.
 18. Word flags and states in Spanish and English (`muy alto`, `ALTO`, `bajo`, `estable`,
     `dentro de rango`, `curado`, `not immune`) are RESULT like `(H)`.
 19. Hypothetical symptoms in "call if ..." lines are labelled CONDITION and tagged `negation`.

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


# ---------------------------------------------------------------- batch 1 (aw0001-aw0012): chair times, holiday schedules, rides, access
add(
    ("aw0001", "Riverside Dialysis Center: Starting Mon 12/22 your chair time moves from 11:30 AM to 6:15 AM (M/W/F). Please arrive 15 min early to weigh in. Questions? (602) 555-0114",
     "REWRITE", "reminder", "sms", "en",
     [("Riverside Dialysis Center", "SPECIALTY"), ("12/22", "DATE"), ("(602) 555-0114", "PHONE")],
     ["dialysis", "practice-contact"], "The dialysis-center name reveals the service; new time, date and the center's own phone survive. Decision 3: 'chair time' itself is not labelled."),
    ("aw0002", "Your chair time changes to 5:45 AM on Tue/Thu/Sat starting next week. Reply OK to confirm or call the front desk with questions.",
     "ALLOW", "reminder", "sms", "en", [],
     ["dialysis", "hard-negative"], "Decision 3: 'chair time' and shift days are scheduling words (salons and dental offices use them too); no sender or service word reveals dialysis."),
    ("aw0003", "Holiday schedule from Bluewater Renal Partners: Christmas Day treatments move to Thu 12/24 and New Year's Day treatments move to Sat 1/2. Same chair, same time. Happy holidays!",
     "REWRITE", "reminder", "sms", "en",
     [("Bluewater Renal Partners", "SPECIALTY"), ("12/24", "DATE"), ("1/2", "DATE")],
     ["dialysis", "contrast"], "Decision 4: a schedule sent to every patient of a renal-named sender still tells a reader the recipient is on dialysis, so the name goes; the schedule survives (contrast aw0004)."),
    ("aw0004", "Happy Thanksgiving from all of us! The center is closed Thu 11/26. If you normally come on Thursdays, please come Wed 11/25 at your usual time instead. Questions: (520) 555-0126.",
     "ALLOW", "other", "sms", "en",
     [("11/26", "DATE"), ("11/25", "DATE"), ("(520) 555-0126", "PHONE")],
     ["dialysis", "broadcast", "practice-contact", "contrast"], "Decision 4: the same kind of holiday notice from a generic 'center' reveals nothing; dates and the center's phone are allowed."),
    ("aw0005", "Hi Mr. Delacroix, your Kt/V this month was 1.1, below the 1.2 goal, so Dr. Amsel is adding 30 minutes to your treatments starting Monday.",
     "BLOCK", "result", "sms", "en",
     [("Delacroix", "NAME"), ("Kt/V", "PROCEDURE"), ("was [[1.1]],", "RESULT"), ("Dr. Amsel", "PROVIDER")],
     ["dialysis", "lab"], "A dialysis-adequacy value and the treatment change it causes are the message. Decision 8: the 1.2 goal is a target, not the patient's value, and is not labelled."),
    ("aw0006", "ur potassium was 6.1 this AM - pls skip bananas/OJ tonight and dont miss tmrw's run. call if u feel weak or ur heart is racing. -Marisol RN",
     "BLOCK", "care-instructions", "sms", "en",
     [("potassium", "PROCEDURE"), ("6.1", "RESULT"), ("weak", "CONDITION"), ("heart is racing", "CONDITION"), ("Marisol RN", "PROVIDER")],
     ["dialysis", "shorthand", "typo", "negation"], "A potassium value with diet instructions. Decision 19: the hypothetical symptoms are labelled CONDITION; 'run' (decision 3) is not labelled."),
    ("aw0007", "Unidad de Hemodiálisis San Lucas: a partir del lunes 5 de enero su turno cambia al horario de la tarde (1:30 pm), lunes, miércoles y viernes. Cualquier duda llame al (915) 555-0133.",
     "REWRITE", "reminder", "sms", "es",
     [("Unidad de Hemodiálisis San Lucas", "SPECIALTY"), ("5 de enero", "DATE"), ("(915) 555-0133", "PHONE")],
     ["dialysis", "practice-contact"], "The unit's name reveals hemodialysis; the shift change, date and unit phone survive (decision 3: 'turno' is not labelled)."),
    ("aw0008", "SafeRide: Your pickup is confirmed for Wed 3/11 at 5:20 AM. Driver: Luis, silver Toyota Sienna. Reply CANCEL if you no longer need the ride.",
     "ALLOW", "confirmation", "sms", "en",
     [("Luis", "PROVIDER"), ("3/11", "DATE")],
     ["general"], "Decision 5: the driver is vendor workforce named in his role -> PROVIDER; no destination or service is named."),
    ("aw0009", "Metro Paratransit: ride booked for Carmen Ruiz - pickup 4/7 at 10:40 AM from home to Mesa Verde Kidney Care, return trip after dialysis around 3 PM.",
     "REWRITE", "confirmation", "sms", "en",
     [("Carmen Ruiz", "NAME"), ("4/7", "DATE"), ("Mesa Verde Kidney Care", "SPECIALTY"), ("dialysis", "PROCEDURE")],
     ["dialysis"], "A ride confirmation naming the rider, a kidney-care destination and the treatment; pickup and return times survive."),
    ("aw0010", "Aviso: esta semana llegan las sillas nuevas para la sala de espera. El martes la entrada será por la puerta lateral. ¡Gracias por su paciencia!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Chairs as furniture in the waiting room; nothing about any patient."),
    ("aw0011", "This is Lakeside Kidney Center calling for Henry Abara. Dr. Mensah lowered your dry weight to 82.5 kilograms because of fluid in your lungs on your chest x-ray. Please keep fluids under one liter a day and call us back at (206) 555-0147.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Lakeside Kidney Center", "SPECIALTY"), ("Henry Abara", "NAME"), ("Dr. Mensah", "PROVIDER"), ("dry weight", "PROCEDURE"), ("82.5 kilograms", "RESULT"), ("fluid in your lungs", "RESULT"), ("chest x-ray", "PROCEDURE"), ("(206) 555-0147", "PHONE")],
     ["dialysis", "practice-contact"], "Voice is treated like SMS (overheard). An imaging finding, a new target weight and a fluid restriction are the content. Decision 9: dry weight is a measure (PROCEDURE), its value and the x-ray finding RESULT."),
    ("aw0012", "Reminder: your fistula check with Dr. Varga is Thu 6/18 at 1:00 PM in the Vascular Access Suite, 2nd floor. Please bring your current medication list.",
     "REWRITE", "reminder", "sms", "en",
     [("fistula", "CONDITION"), ("Dr. Varga", "PROVIDER"), ("6/18", "DATE"), ("Vascular Access", "SPECIALTY")],
     ["dialysis"], "README's own 'fistula check' convention (CONDITION, generic word outside). Decision 2: the suite's service words are SPECIALTY, 'Suite' stays outside."),
)

# ---------------------------------------------------------------- batch 2 (aw0013-aw0024): home dialysis, access procedures, monthly labs
add(
    ("aw0013", "HomeFlow Renal Supply: your monthly PD solution delivery (38 cases) is scheduled for Fri 8/14 between 8 AM and 12 PM. Please clear space next to your cycler. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("HomeFlow Renal Supply", "SPECIALTY"), ("PD solution", "MEDICATION"), ("8/14", "DATE"), ("cycler", "PROCEDURE")],
     ["dialysis", "home-health"], "Decision 9: dialysate is a product (MEDICATION, like oxygen) and the cycler a device (PROCEDURE); a 'Renal' supplier name reveals the service. The delivery window survives."),
    ("aw0014", "CareDirect Medical Supply: your delivery is on its way and will arrive Tue 9/22 between 1 and 5 PM. An adult must sign for it. Questions? 1-800-555-0109",
     "ALLOW", "reminder", "sms", "en",
     [("9/22", "DATE"), ("1-800-555-0109", "PHONE")],
     ["home-health", "practice-contact"], "Generic supplier, date window and the supplier's own number; nothing says what is delivered."),
    ("aw0015", "Pinecrest Home Dialysis: your PD fluid culture grew Staph aureus. Add the vancomycin 2 g to tonight's long dwell and call the home unit before 5 PM.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Pinecrest Home Dialysis", "SPECIALTY"), ("PD fluid culture", "PROCEDURE"), ("Staph aureus", "RESULT"), ("vancomycin 2 g", "MEDICATION"), ("long dwell", "PROCEDURE")],
     ["dialysis", "home-health"], "A culture result and an antibiotic dosing instruction are the message; nothing safe remains once removed."),
    ("aw0016", "Reminder from Northshore Nephrology Associates: your fistulogram is Mon 10/5. Arrive 7:30 AM at Interventional Radiology, 1st floor. Nothing to eat after midnight.",
     "REWRITE", "reminder", "sms", "en",
     [("Northshore Nephrology Associates", "SPECIALTY"), ("fistulogram", "PROCEDURE"), ("10/5", "DATE"), ("Interventional Radiology", "SPECIALTY")],
     ["dialysis", "imaging"], "Nephrology name, the access study and the radiology department go. Decision 16: the generic fasting line is logistics, not a treatment instruction."),
    ("aw0017", "Dr. Nakamura's office: we need to move your Thursday appointment to Fri 4/24 at 10:20 AM. Reply 1 to accept or 2 and we'll call you.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Nakamura", "PROVIDER"), ("4/24", "DATE")],
     ["dialysis"], "Provider, date and time only; possessive 's outside the span."),
    ("aw0018", "Hola Sr. Villanueva, le recordamos su cita para revisar su catéter de diálisis peritoneal el jueves 14 de mayo a las 9:00 am con el Dr. Ibarra. Traiga su bitácora.",
     "REWRITE", "reminder", "sms", "es",
     [("Villanueva", "NAME"), ("catéter de diálisis peritoneal", "PROCEDURE"), ("14 de mayo", "DATE"), ("Dr. Ibarra", "PROVIDER")],
     ["dialysis"], "Name and the PD catheter (a device, decision 9) go; the appointment with the provider survives."),
    ("aw0019", "Hi Tomasz,\n\nI went over the NxStage flowsheets you uploaded from last week. Your standing blood pressures after treatment were running around 88/50, and you mentioned feeling dizzy on Wednesday and Friday. Dr. Feld and I talked it over and we'd like you to:\n\n- lower your UF goal by 0.5 L each session for now\n- hold your amlodipine 10 mg on treatment days only\n- keep logging your weights before and after\n\nIf you pass out or the dizziness doesn't improve by Monday, stop and call the on-call line at (503) 555-0169 right away (24/7). I'll call you Tuesday to see how it's going.\n\nThanks,\nOlivia Hartmann, RN\nHome Therapies, Pinecrest Home Dialysis",
     "BLOCK", "care-instructions", "email", "en",
     [("Tomasz", "NAME"), ("NxStage", "PROCEDURE"), ("standing blood pressures", "PROCEDURE"), ("88/50", "RESULT"), ("dizzy", "CONDITION"), ("Dr. Feld", "PROVIDER"), ("UF", "PROCEDURE"), ("amlodipine 10 mg", "MEDICATION"), ("pass out", "CONDITION"), ("dizziness", "CONDITION"), ("(503) 555-0169", "PHONE"), ("Olivia Hartmann, RN", "PROVIDER"), ("Home Therapies", "SPECIALTY"), ("Pinecrest Home Dialysis", "SPECIALTY")],
     ["dialysis", "home-health", "practice-contact", "negation"], "E-mail is treated like SMS. Vital-sign values, symptoms and drug and ultrafiltration changes are the content. Decision 9: the home machine is a device, standing BP and UF are measures."),
    ("aw0020", "Your graft declot at Summit Vascular Access Center is confirmed for tomorrow at 6:00 AM. You will need a driver. Questions: (719) 555-0158.",
     "REWRITE", "confirmation", "sms", "en",
     [("graft declot", "PROCEDURE"), ("Summit Vascular Access Center", "SPECIALTY"), ("(719) 555-0158", "PHONE")],
     ["dialysis", "practice-contact"], "Access procedure and a vascular-access center name go; time, the driver note (decision 16) and the center's phone survive."),
    ("aw0021", "Join Team Kidney Kickers at the Riverfront 5K on Saturday! Every donor who gives $25 or more gets a team t-shirt. Sign up at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Fundraising 'donor' and a team name with 'Kidney' in it; sent to everyone, nothing about the recipient."),
    ("aw0022", "Sra. Montoya, su fósforo salió en 7.8 y la hormona paratiroidea está alta. El Dr. Cárdenas le subió el Renvela a 2 tabletas con cada comida.",
     "BLOCK", "result", "sms", "es",
     [("Montoya", "NAME"), ("fósforo", "PROCEDURE"), ("7.8", "RESULT"), ("hormona paratiroidea", "PROCEDURE"), ("alta", "RESULT"), ("Dr. Cárdenas", "PROVIDER"), ("Renvela", "MEDICATION")],
     ["dialysis", "lab"], "Lab values, a flag (decision 18) and a binder dose change are the message."),
    ("aw0023", "Your monthly labs are back: albumin 3.9, phosphorus 5.1, PTH 312, hemoglobin 10.8, Kt/V 1.45. Great work on your diet this month! Dr. Sato will go over everything at rounds on Tuesday.",
     "ALLOW", "result", "portal", "en",
     [("albumin", "PROCEDURE"), ("3.9", "RESULT"), ("phosphorus", "PROCEDURE"), ("5.1", "RESULT"), ("PTH", "PROCEDURE"), ("312", "RESULT"), ("hemoglobin", "PROCEDURE"), ("10.8", "RESULT"), ("Kt/V", "PROCEDURE"), ("1.45", "RESULT"), ("Dr. Sato", "PROVIDER")],
     ["dialysis", "lab", "contrast"], "Inside the secure portal results may stay (README channel convention); the same text by SMS is aw0024."),
    ("aw0024", "Your monthly labs are back: albumin 3.9, phosphorus 5.1, PTH 312, hemoglobin 10.8, Kt/V 1.45. Great work on your diet this month! Dr. Sato will go over everything at rounds on Tuesday.",
     "BLOCK", "result", "sms", "en",
     [("albumin", "PROCEDURE"), ("3.9", "RESULT"), ("phosphorus", "PROCEDURE"), ("5.1", "RESULT"), ("PTH", "PROCEDURE"), ("312", "RESULT"), ("hemoglobin", "PROCEDURE"), ("10.8", "RESULT"), ("Kt/V", "PROCEDURE"), ("1.45", "RESULT"), ("Dr. Sato", "PROVIDER")],
     ["dialysis", "lab", "contrast"], "The portal message of aw0023 sent by SMS: five lab values are the content, so BLOCK."),
)

# ---------------------------------------------------------------- batch 3 (aw0025-aw0036): transplant evaluation, waitlist, living donors
add(
    ("aw0025", "Hi Keoni, this is Brianna from St. Brendan Transplant Institute. Your kidney transplant evaluation day is Tue 7/21 starting at 7:00 AM - plan to be with us until about 4 PM.",
     "REWRITE", "reminder", "sms", "en",
     [("Keoni", "NAME"), ("Brianna", "PROVIDER"), ("St. Brendan Transplant Institute", "SPECIALTY"), ("kidney transplant evaluation", "PROCEDURE"), ("7/21", "DATE")],
     ["dialysis"], "Decision 6: the evaluation is a named visit type (one PROCEDURE span with the organ); the staff sender is PROVIDER (README). Date and times survive."),
    ("aw0026", "Good news, Mr. Haddad! The selection committee approved you and you are now ACTIVE on the liver transplant waitlist with a MELD of 24. Keep your phone on and charged at all times.",
     "BLOCK", "other", "sms", "en",
     [("Haddad", "NAME"), ("ACTIVE", "RESULT"), ("liver transplant waitlist", "PROCEDURE"), ("MELD", "PROCEDURE"), ("24", "RESULT")],
     ["general"], "Decision 6: waitlist status tied to a person, with a severity score, is the message; the list is PROCEDURE, the status and score RESULT."),
    ("aw0027", "Dear Ms. Oyelaran,\n\nThank you for your referral to the Mercy Abdominal Transplant Program. Before we can schedule your first visit, we need the following:\n\n1. The signed Authorization to Release Information (in your welcome packet)\n2. A copy of the front and back of your insurance card\n3. A dental clearance letter from your dentist\n4. Reports of a Pap smear and mammogram done in the last 12 months\n\nYou can upload documents in the patient portal at mercyhealth.example/portal or fax them to (412) 555-0172. Please send everything by 3/20 so we can keep your place in line for scheduling.\n\nWarm regards,\nAngela Pruitt, RN\nPre-Transplant Coordinator\nMercy Abdominal Transplant Program",
     "REWRITE", "other", "email", "en",
     [("Oyelaran", "NAME"), ("Mercy Abdominal Transplant Program", "SPECIALTY"), ("dental clearance", "PROCEDURE"), ("dentist", "SPECIALTY"), ("Pap smear", "PROCEDURE"), ("mammogram", "PROCEDURE"), ("mercyhealth.example/portal", "URL"), ("(412) 555-0172", "FAX"), ("3/20", "DATE"), ("Angela Pruitt, RN", "PROVIDER"), ("Pre-Transplant", "SPECIALTY"), ("Mercy Abdominal Transplant Program", "SPECIALTY", 1)],
     ["general", "practice-contact"], "Paperwork request: program name, the tests required and the name go; 'send the forms by 3/20 via the portal or fax' survives. Decision 2: 'Pre-Transplant' is the service word of the coordinator's title; 'dentist' is a specialty role word (README)."),
    ("aw0028", "Your cPRA came back at 98%, which gives you extra priority points on the kidney list. Dr. Ekwueme will explain what this means at your next visit.",
     "BLOCK", "result", "sms", "en",
     [("cPRA", "PROCEDURE"), ("98%", "RESULT"), ("kidney list", "PROCEDURE"), ("Dr. Ekwueme", "PROVIDER")],
     ["dialysis", "lab"], "An antibody result and the waitlist consequence are the message (decision 6)."),
    ("aw0029", "Reminder: your appointment with Dr. Lindqvist is Wed 9/9 at 8:15 AM, Suite 410. Bring your insurance card and a list of your medicines. To reschedule call (313) 555-0161.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("9/9", "DATE"), ("(313) 555-0161", "PHONE")],
     ["general", "practice-contact"], "Provider, date, time, suite and the practice phone; 'list of your medicines' names no drug."),
    ("aw0030", "Programa de Trasplante Renal del Hospital Central: Sr. Esquivel, su cita de evaluación pretrasplante es el 22 de septiembre a las 8:00. Traiga sus análisis recientes y una identificación con foto.",
     "REWRITE", "reminder", "sms", "es",
     [("Programa de Trasplante Renal del Hospital Central", "SPECIALTY"), ("Esquivel", "NAME"), ("evaluación pretrasplante", "PROCEDURE"), ("22 de septiembre", "DATE")],
     ["dialysis"], "Program name, name and the named evaluation go (decision 6); 'análisis' is generic (README)."),
    ("aw0031", "Don Aurelio, ya quedó usted activo en la lista de espera para trasplante de riñón. Como su tipo de sangre es O, la espera puede ser larga. Mantenga el celular prendido día y noche.",
     "BLOCK", "other", "sms", "es",
     [("Aurelio", "NAME"), ("activo", "RESULT"), ("lista de espera para trasplante de riñón", "PROCEDURE"), ("tipo de sangre", "PROCEDURE"), ("es [[O]], la", "RESULT")],
     ["dialysis"], "Decision 6: active waitlist status for a named person plus a blood type is the content -> BLOCK."),
    ("aw0032", "Paperwork reminder: we still need your signed financial agreement before your next visit can be scheduled. Upload it at stbrendan.example/forms or fax it to (614) 555-0173.",
     "ALLOW", "other", "sms", "en",
     [("stbrendan.example/forms", "URL"), ("(614) 555-0173", "FAX")],
     ["general", "practice-contact"], "A paperwork nudge with the practice's own link and fax; no service or person named."),
    ("aw0033", "Spring grounds work: our landscaping crew will transplant the oak saplings along the east parking lot Tue-Thu. Please use the west entrance while they work.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Transplant' of trees; a facilities notice to everyone."),
    ("aw0034", "Hi Ruth, Michael's tissue typing is back - he is a 5 of 6 antigen match with you! The living donor coordinator wants to meet with you both this week.",
     "BLOCK", "result", "sms", "en",
     [("Ruth", "NAME"), ("Michael", "NAME"), ("tissue typing", "PROCEDURE"), ("5 of 6 antigen match", "RESULT"), ("living donor", "SPECIALTY")],
     ["dialysis", "third-party"], "A third party's (the would-be donor's) test result sent to the recipient: BLOCK (README third-party convention). Decision 2: 'living donor' is the service word of the role."),
    ("aw0035", "Living donor screening: Hi Jasmine, thanks for your interest in donating! Your 24-hour urine collection kit ships 2/3 - instructions are inside the box.",
     "REWRITE", "other", "sms", "en",
     [("Living donor screening", "PROCEDURE"), ("Jasmine", "NAME"), ("24-hour urine collection", "PROCEDURE"), ("2/3", "DATE")],
     ["dialysis"], "Decision 13: a donor candidate's own screening logistics; the named screening, the test and the name go, the shipping date survives."),
    ("aw0036", "Recordatorio: su cita con la Dra. Fuentes es el miércoles 3 de junio a las 11:15. Si no puede venir, llame al (956) 555-0119.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Fuentes", "PROVIDER"), ("3 de junio", "DATE"), ("(956) 555-0119", "PHONE")],
     ["general", "practice-contact"], "Provider, date, time and the practice phone."),
)

# ---------------------------------------------------------------- batch 4 (aw0037-aw0048): post-transplant labs, immunosuppressants, pharmacy
add(
    ("aw0037", "Post-transplant clinic reminder: lab draw Mon 3/2 at 7:00 AM, then your visit with Dr. Bianchi at 9:30. Bring your pill box and medication log.",
     "REWRITE", "reminder", "sms", "en",
     [("Post-transplant", "SPECIALTY"), ("3/2", "DATE"), ("Dr. Bianchi", "PROVIDER")],
     ["dialysis"], "Decision 2: the clinic's service word is SPECIALTY, 'clinic' stays outside; lab draw, visit and times survive."),
    ("aw0038", "Your tacrolimus level was 4.2 (goal 8-10). Increase Prograf to 3 mg in the AM and 2 mg in the PM starting tonight, and repeat the level Thursday. -Transplant Pharmacy",
     "BLOCK", "result", "sms", "en",
     [("tacrolimus level", "PROCEDURE"), ("4.2", "RESULT"), ("Prograf", "MEDICATION"), ("Transplant Pharmacy", "SPECIALTY")],
     ["pharmacy", "lab", "contrast"], "A drug level and a new dose are the message. Decision 7: the level is a test (PROCEDURE); decision 8: the goal range is unlabelled; decision 2: the department name is one SPECIALTY span."),
    ("aw0039", "Your tacrolimus level was 4.2 (goal 8-10). Increase Prograf to 3 mg in the AM and 2 mg in the PM starting tonight, and repeat the level Thursday. -Transplant Pharmacy",
     "ALLOW", "result", "portal", "en",
     [("tacrolimus level", "PROCEDURE"), ("4.2", "RESULT"), ("Prograf", "MEDICATION"), ("Transplant Pharmacy", "SPECIALTY")],
     ["pharmacy", "lab", "contrast"], "aw0038's text inside the secure portal: the level and dose instruction may stay (README channel convention)."),
    ("aw0040", "Greenway Pharmacy: your mycophenolate 500mg refill is ready for pickup. Rx #4471823. Reply STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("mycophenolate 500mg", "MEDICATION"), ("4471823", "OTHER_ID")],
     ["pharmacy"], "Pickup notice with a revealing drug name and an Rx number (OTHER_ID, README); 'refill is ready' survives."),
    ("aw0041", "Farmacia del Pueblo: su receta está lista. Puede recogerla hoy hasta las 9 pm. Para dejar de recibir mensajes responda BAJA.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy"], "Pickup notice from a generic pharmacy with no drug named."),
    ("aw0042", "Greenway Pharmacy: 1 prescription is ready for pickup at the drive-thru. Questions? Call (405) 555-0166.",
     "ALLOW", "pickup", "sms", "en",
     [("(405) 555-0166", "PHONE")],
     ["pharmacy", "practice-contact"], "Generic pickup notice with the pharmacy's own phone."),
    ("aw0043", "Your prior auth for Nulojix infusions was denied because your EBV test was negative. Dr. Adeyemi is filing an appeal - no action needed from you yet.",
     "BLOCK", "other", "sms", "en",
     [("Nulojix", "MEDICATION"), ("infusions", "PROCEDURE"), ("EBV test", "PROCEDURE"), ("negative", "RESULT"), ("Dr. Adeyemi", "PROVIDER")],
     ["pharmacy", "lab"], "Decision 12: the denial's reason is a test result; a negative result is still a result (README)."),
    ("aw0044", "Flu and COVID vaccines are now available at all our locations for patients and caregivers - no appointment needed. Just ask at check-in!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Vaccine availability broadcast to everyone (README broadcast convention); not the recipient's own shot."),
    ("aw0045", "Hi Deshawn - reminder that your 1-year protocol biopsy of your kidney transplant is on 11/12. Check in at 6:30 AM at the Short Stay Unit. Nothing to eat or drink after midnight.",
     "REWRITE", "reminder", "sms", "en",
     [("Deshawn", "NAME"), ("protocol biopsy", "PROCEDURE"), ("kidney transplant", "PROCEDURE"), ("11/12", "DATE")],
     ["dialysis"], "Name, the biopsy and the transplant go; date, check-in and the fasting line survive (decision 16)."),
    ("aw0046", "Crossroads Lab: your standing order is on file. Walk in Mon-Sat 6:30 AM to 2 PM, no appointment needed. Your results go straight to your doctor.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "hard-negative"], "A generic lab's walk-in hours; 'standing order' and 'results' name no test or value."),
    ("aw0047", "Hola Lupita, tu nivel de tacrolimus salió muy alto (17.9) y la creatinina subió a 2.3. No tomes la dosis de esta noche y ven mañana a las 7 para repetir los análisis. -Enf. Rosales",
     "BLOCK", "result", "sms", "es",
     [("Lupita", "NAME"), ("nivel de tacrolimus", "PROCEDURE"), ("muy alto", "RESULT"), ("17.9", "RESULT"), ("creatinina", "PROCEDURE"), ("2.3", "RESULT"), ("Enf. Rosales", "PROVIDER")],
     ["dialysis", "lab"], "Two values, a flag (decision 18) and a dose hold. Decision 7: the drug level is a test."),
    ("aw0048", "Hello, this message is for Priyanka Raman from Cascade Hepatology. We're calling to confirm your FibroScan appointment on Monday, June 8th at 2:40 in the afternoon. Press 1 to confirm or 2 to speak with our scheduling team.",
     "REWRITE", "confirmation", "voice", "en",
     [("Priyanka Raman", "NAME"), ("Cascade Hepatology", "SPECIALTY"), ("FibroScan", "PROCEDURE"), ("June 8th", "DATE")],
     ["general"], "Voice is treated like SMS (overheard); name, hepatology practice and the liver-stiffness test go, date and time survive."),
)

# ---------------------------------------------------------------- batch 5 (aw0049-aw0060): hepatology, liver transplant, vaccines, awareness
add(
    ("aw0049", "Ms. Kowalczyk, your ultrasound showed a new 2.1 cm spot on the liver. Dr. Reyes has ordered a triple-phase CT to rule out HCC. Scheduling will call you this week.",
     "BLOCK", "result", "sms", "en",
     [("Kowalczyk", "NAME"), ("ultrasound", "PROCEDURE"), ("new 2.1 cm spot on the liver", "RESULT"), ("Dr. Reyes", "PROVIDER"), ("triple-phase CT", "PROCEDURE"), ("HCC", "CONDITION")],
     ["imaging", "oncology", "negation"], "An imaging finding and a cancer work-up are the message; the 'rule out' diagnosis is still labelled CONDITION."),
    ("aw0050", "Lakeshore Liver Institute: reminder of your paracentesis Thu 1/15 at 10:00 AM, Procedure Center, 3rd floor. Please bring a driver.",
     "REWRITE", "reminder", "sms", "en",
     [("Lakeshore Liver Institute", "SPECIALTY"), ("paracentesis", "PROCEDURE"), ("1/15", "DATE")],
     ["general"], "Liver-practice name and the procedure go; date, time, the generic 'Procedure Center' and the driver note survive (decision 16)."),
    ("aw0051", "ur MELD went from 18 to 26 so Dr Osei wants u admitted for workup. pls go to the ER 2nite, bring ur meds list",
     "BLOCK", "care-instructions", "sms", "en",
     [("MELD", "PROCEDURE"), ("from [[18]] to", "RESULT"), ("to [[26]] so", "RESULT"), ("Dr Osei", "PROVIDER")],
     ["general", "shorthand"], "Score values and an instruction to go to the ER; the clinical content is the message."),
    ("aw0052", "Today's cafeteria special: liver and onions with mashed potatoes, $6.95. Vegetarian option: lentil stew. Open until 2 PM.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Liver' on a menu."),
    ("aw0053", "Harbor Drug: your rifaximin 550 mg is ready for pickup. Please bring a photo ID.",
     "REWRITE", "pickup", "sms", "en",
     [("rifaximin 550 mg", "MEDICATION")],
     ["pharmacy"], "Pickup notice with a revealing drug name (hepatic encephalopathy); 'your order is ready' survives."),
    ("aw0054", "Reminder: take lactulose 30 mL three times a day until you have 2-3 soft stools daily. If you become confused or very sleepy, call 911.",
     "BLOCK", "care-instructions", "sms", "en",
     [("lactulose", "MEDICATION"), ("confused", "CONDITION"), ("very sleepy", "CONDITION")],
     ["general", "negation"], "A dosing instruction is the message (DESIGN); 911 is not a phone identifier (README). Decision 19 for the hypothetical symptoms."),
    ("aw0055", "Clínica del Hígado Santa Fe: Sra. Paredes, su endoscopia para revisión de várices es el 9 de febrero a las 7:30. Venga en ayunas y con un acompañante.",
     "REWRITE", "reminder", "sms", "es",
     [("Clínica del Hígado Santa Fe", "SPECIALTY"), ("Paredes", "NAME"), ("endoscopia", "PROCEDURE"), ("várices", "CONDITION"), ("9 de febrero", "DATE")],
     ["general"], "Liver-clinic name, name, procedure and the condition used as its label go; date, time, fasting and companion notes survive (decision 16)."),
    ("aw0056", "Sr. Gallegos, su carga viral de hepatitis C salió indetectable después del tratamiento con Mavyret. ¡Felicidades, está curado! Lo vemos en 6 meses.",
     "BLOCK", "result", "sms", "es",
     [("Gallegos", "NAME"), ("carga viral", "PROCEDURE"), ("hepatitis C", "CONDITION"), ("indetectable", "RESULT"), ("Mavyret", "MEDICATION"), ("curado", "RESULT")],
     ["lab"], "A good result is still a result (README); decision 18: 'curado' is a state -> RESULT."),
    ("aw0057", "Donor Appreciation Evening\n\nThank you to every donor who helped build our new patient wing! Please join the Foundation board on Thursday evening for dinner and the unveiling of our donor wall. Dress is business casual. RSVP by replying to this email by Monday.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Fundraising donors and a donor wall; nothing about health or a patient."),
    ("aw0058", "Dear Mr. Nwosu,\n\nYour liver transplant evaluation is coming up on 10/14. The team will need to see your vaccine records, so please bring proof of your hepatitis A and B vaccines, your pneumonia vaccine and your most recent tetanus shot. If you don't have copies, your primary care office or pharmacy can print them for you.\n\nSee you soon,\nMarcus Bell\nScheduling, Lakeshore Liver Institute\n(312) 555-0176",
     "REWRITE", "reminder", "email", "en",
     [("Nwosu", "NAME"), ("liver transplant evaluation", "PROCEDURE"), ("10/14", "DATE"), ("hepatitis A and B vaccines", "PROCEDURE"), ("pneumonia vaccine", "PROCEDURE"), ("tetanus shot", "PROCEDURE"), ("Marcus Bell", "PROVIDER"), ("Lakeshore Liver Institute", "SPECIALTY"), ("(312) 555-0176", "PHONE")],
     ["general", "practice-contact"], "Decision 10: bringing vaccine records is logistics; named vaccines are PROCEDURE like 'flu shot'. The staff sender (signature with role) is PROVIDER. 'Bring your vaccine records on 10/14' survives."),
    ("aw0059", "Your hepatitis B surface antibody was <10, so you are not immune. You'll need the Heplisav-B series before you can be listed. -Renal Transplant Office",
     "BLOCK", "result", "sms", "en",
     [("hepatitis B surface antibody", "PROCEDURE"), ("<10", "RESULT"), ("not immune", "RESULT"), ("Heplisav-B", "MEDICATION"), ("Renal Transplant", "SPECIALTY")],
     ["dialysis", "lab"], "Decision 10: a titer result is BLOCK; the vaccine brand is MEDICATION; decision 18 for 'not immune'; decision 2 for the office's service words."),
    ("aw0060", "April is National Donate Life Month. One donor can save up to 8 lives. Register as an organ, eye and tissue donor today: registerme.example.org",
     "ALLOW", "marketing", "sms", "en",
     [("registerme.example.org", "URL")],
     ["general", "broadcast"], "Donation-awareness broadcast with a registry link that carries no patient token."),
)

# ---------------------------------------------------------------- batch 6 (aw0061-aw0072): diet and fluids, support groups, billing, ESRD Medicare
add(
    ("aw0061", "Dietitian's tip of the week: leaching potatoes (peel, dice, soak 2+ hours, then boil in fresh water) cuts their potassium. Try it in this week's recipe card!",
     "ALLOW", "other", "sms", "en", [],
     ["dialysis", "hard-negative", "broadcast"], "General diet education sent to everyone; 'potassium' is a nutrient here, not a lab test of the recipient."),
    ("aw0062", "Hi Gloria, you came in 4.6 kg over your dry weight again today. Your limit is 1.5 L of fluid a day - that includes soup, ice and Jell-O. Let's talk Monday. -Dietitian Kim",
     "BLOCK", "care-instructions", "sms", "en",
     [("Gloria", "NAME"), ("4.6 kg", "RESULT"), ("dry weight", "PROCEDURE"), ("Dietitian Kim", "PROVIDER")],
     ["dialysis"], "A measured fluid gain and a fluid restriction (treatment instruction) are the message. Decision 5: the dietitian signs with her role -> PROVIDER."),
    ("aw0063", "Reminder: the Transplant Recipients Support Group meets Thu 5/7 at 6:30 PM in Conference Room B. Family welcome! RSVP to social worker Tanya at (503) 555-0182.",
     "REWRITE", "reminder", "sms", "en",
     [("Transplant Recipients Support Group", "PROCEDURE"), ("5/7", "DATE"), ("social worker Tanya", "PROVIDER"), ("(503) 555-0182", "PHONE")],
     ["general", "practice-contact"], "A reminder to members of a recipients' group reveals they had a transplant; the group is a program (PROCEDURE, README). Date, room and the RSVP line survive."),
    ("aw0064", "This month's support groups: caregivers (1st Tue), newcomers (2nd Thu), peer mentors (3rd Sat). All meet at 6 PM in the Community Room. Everyone is welcome!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A calendar of unnamed groups sent to everyone; no condition or program is named."),
    ("aw0065", "Bluewater Renal Partners billing: your statement for March dialysis services is ready. Balance due $146.30. Pay at bluewaterrenal.example/pay or call (720) 555-0190.",
     "REWRITE", "billing", "sms", "en",
     [("Bluewater Renal Partners", "SPECIALTY"), ("dialysis", "PROCEDURE"), ("bluewaterrenal.example/pay", "URL"), ("(720) 555-0190", "PHONE")],
     ["dialysis", "practice-contact"], "The renal practice name and the service go; amount, pay link and phone survive. Decision 15: the practice's own URL is labelled URL only even though its domain spells 'renal'."),
    ("aw0066", "Dear Mr. Castellanos,\n\nBecause you started regular dialysis on 02/09/2026, you may now qualify for Medicare based on End-Stage Renal Disease (ESRD), even if you are under 65. Coverage usually begins the first day of the fourth month of dialysis, or earlier if you train for home dialysis.\n\nTo apply, you will need to complete form CMS-2728 with us and then contact Social Security. Your social worker, Renee Dubois, can walk you through both steps - she is at the unit Mondays and Thursdays, or you can reach her at (505) 555-0185.\n\nUntil Medicare starts, your current plan stays your primary insurance.\n\nSincerely,\nPatient Financial Services\nMesa Verde Kidney Care",
     "REWRITE", "billing", "email", "en",
     [("Castellanos", "NAME"), ("dialysis", "PROCEDURE"), ("02/09/2026", "DATE"), ("End-Stage Renal Disease", "CONDITION"), ("ESRD", "CONDITION"), ("dialysis", "PROCEDURE", 1), ("home dialysis", "PROCEDURE"), ("Renee Dubois", "PROVIDER"), ("(505) 555-0185", "PHONE"), ("Mesa Verde Kidney Care", "SPECIALTY")],
     ["dialysis", "practice-contact"], "Decision 11: the insurance purpose ('you may qualify for Medicare; your social worker can help') survives once name, diagnosis, treatment start and practice name go; CMS-2728 is a public form number, not an identifier."),
    ("aw0067", "Medicare ESRD enrollment check: we have Samuel Oduya, DOB 04/19/1961, MBI 5TQ8-HN2-WP41. Reply YES if this is correct or call us.",
     "BLOCK", "billing", "sms", "en",
     [("ESRD", "CONDITION"), ("Samuel Oduya", "NAME"), ("04/19/1961", "DATE"), ("5TQ8-HN2-WP41", "HEALTH_PLAN_ID")],
     ["dialysis", "dob"], "A full date of birth with a name is BLOCK (README), here with a Medicare beneficiary number and the diagnosis."),
    ("aw0068", "Centro Renal del Valle: su estado de cuenta de marzo ya está disponible. Saldo: $75.00. Cuenta núm. 88-300471. Pague en línea o llame al (915) 555-0104.",
     "REWRITE", "billing", "sms", "es",
     [("Centro Renal del Valle", "SPECIALTY"), ("88-300471", "ACCOUNT"), ("(915) 555-0104", "PHONE")],
     ["dialysis", "practice-contact"], "Renal-center name and the account number go; amount and phone survive. 'marzo' alone is not a date (README)."),
    ("aw0069", "¡Gracias a todos los donantes! Con su ayuda, la rifa del Día de la Familia recaudó $4,300 para la nueva sala de juegos infantil.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Fundraising 'donantes'; nothing clinical."),
    ("aw0070", "Heads up: Stage 2 of our parking garage project starts Monday. Levels 1 and 2 will be closed, and valet parking is free during construction.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Stage 2' of a construction project, not a disease stage."),
    ("aw0071", "Dr. Whitfield reviewed your labs. Your eGFR is 24, which puts you at stage 4 kidney disease. She'd like to start planning for dialysis access - please call us to set up a visit.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Whitfield", "PROVIDER"), ("eGFR", "PROCEDURE"), ("24", "RESULT"), ("stage 4", "RESULT"), ("kidney disease", "CONDITION"), ("dialysis access", "PROCEDURE")],
     ["dialysis", "lab"], "A value, a stage (a state, RESULT per README) and a diagnosis are the message."),
    ("aw0072", "{{practice_name}}: your appointment is {{appt_date}} at {{appt_time}} with {{provider_name}}. Reply C to confirm or R to reschedule.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template"], "Template with content-free placeholders only (README template convention)."),
)

# ---------------------------------------------------------------- batch 7 (aw0073-aw0084): Spanish — rejection, rides, donors, levels, pickups
add(
    ("aw0073", "Buenos días Sra. Cabrera, el resultado de su biopsia del injerto muestra rechazo agudo celular. Mañana la internamos para ponerle esteroides por la vena. Dra. Salinas",
     "BLOCK", "result", "sms", "es",
     [("Cabrera", "NAME"), ("biopsia del injerto", "PROCEDURE"), ("rechazo agudo celular", "CONDITION"), ("esteroides", "MEDICATION"), ("Dra. Salinas", "PROVIDER")],
     ["dialysis"], "A biopsy finding (rejection) and the treatment plan are the message."),
    ("aw0074", "Transporte MedRuta: su viaje de regreso está programado para hoy a las 2:45 pm. El conductor le llamará al llegar. Para cancelar responda NO.",
     "ALLOW", "confirmation", "sms", "es", [],
     ["general"], "Return-ride time from a generic transport vendor; no destination, service or person."),
    ("aw0075", "Transporte MedRuta: Hola Ezequiel, pasamos por usted el martes 10 de marzo a las 5:10 am para su diálisis en Centro Renal del Valle. Recogida: 418 Calle Álamo, Apt 3, El Paso, TX 79905.",
     "REWRITE", "confirmation", "sms", "es",
     [("Ezequiel", "NAME"), ("10 de marzo", "DATE"), ("diálisis", "PROCEDURE"), ("Centro Renal del Valle", "SPECIALTY"), ("418 Calle Álamo, Apt 3, El Paso, TX 79905", "ADDRESS")],
     ["dialysis"], "The patient's pickup address is an identifier (not the practice's), with name, treatment and renal center; pickup date and time survive."),
    ("aw0076", "Receta de la semana en la cafetería: hígado encebollado con arroz y frijoles. ¡Buen provecho! Abierto de 11 a 2.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'Receta' is a recipe and 'hígado' is on the menu; nothing about a patient."),
    ("aw0077", "Estimada Sra. Benítez:\n\nLe escribimos del Programa de Donante Vivo del Hospital Central. Recibimos su cuestionario de salud para donarle un riñón a su hermano, el Sr. Héctor Benítez, quien está en hemodiálisis desde el año pasado. Según sus respuestas, usted puede continuar con la evaluación.\n\nEl siguiente paso es una toma de muestras el 14 de abril a las 8:00 am para el tipo de sangre y la prueba cruzada. Venga con 8 horas de ayuno.\n\nSi tiene preguntas, comuníquese con la coordinadora, Lic. Marta Orozco, al (787) 555-0121.\n\nAtentamente,\nPrograma de Donante Vivo",
     "BLOCK", "other", "email", "es",
     [("Benítez", "NAME"), ("Programa de Donante Vivo del Hospital Central", "SPECIALTY"), ("Héctor Benítez", "NAME"), ("hemodiálisis", "PROCEDURE"), ("14 de abril", "DATE"), ("tipo de sangre", "PROCEDURE"), ("prueba cruzada", "PROCEDURE"), ("Lic. Marta Orozco", "PROVIDER"), ("(787) 555-0121", "PHONE"), ("Programa de Donante Vivo", "SPECIALTY", 1)],
     ["dialysis", "third-party", "practice-contact"], "Decision 13: the letter names the intended recipient (the brother) and his dialysis -> a third party's health -> BLOCK, although the donor's own logistics alone would be REWRITE."),
    ("aw0078", "Sr. Ortiz su potasio salio en 6.4 ALTO. No coma platano, naranja ni tomate y venga a su tratamiento mañana sin falta",
     "BLOCK", "result", "sms", "es",
     [("Ortiz", "NAME"), ("potasio", "PROCEDURE"), ("6.4", "RESULT"), ("ALTO", "RESULT")],
     ["dialysis", "typo"], "A value with its flag (decision 18) and diet instructions; missing accents as staff type them."),
    ("aw0079", "Centro Médico Alameda: le recordamos su cita el 2 de julio a las 10:40 con el Dr. Paz. Responda SÍ para confirmar o llame al (210) 555-0139.",
     "ALLOW", "reminder", "sms", "es",
     [("2 de julio", "DATE"), ("Dr. Paz", "PROVIDER"), ("(210) 555-0139", "PHONE")],
     ["general", "practice-contact"], "Generic practice name, date, provider and the practice phone."),
    ("aw0080", "Hola Yesenia, por Semana Santa tu hemodiálisis pasa al turno de la mañana: jueves 2 y viernes 3 de abril a las 6:00 am. Cualquier cosa nos avisas.",
     "REWRITE", "reminder", "sms", "es",
     [("Yesenia", "NAME"), ("hemodiálisis", "PROCEDURE"), ("jueves [[2]] y", "DATE"), ("3 de abril", "DATE")],
     ["dialysis"], "Name and treatment go; the holiday schedule survives. 'jueves 2' is a calendar date sharing the month with 'viernes 3 de abril', so the day number is a DATE span."),
    ("aw0081", "La Fundación Vida Compartida invita a la Caminata por la Donación de Órganos este domingo en el parque central. Inscripción gratis y camiseta para los primeros 200.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Donation-awareness walk sent to everyone."),
    ("aw0082", "Mensaje para Rigoberto Salas de parte de la clínica de trasplante: su nivel de ciclosporina salió bajo. El doctor quiere que suba la dosis a 150 miligramos dos veces al día a partir de hoy. Llámenos al (305) 555-0148.",
     "BLOCK", "care-instructions", "voice", "es",
     [("Rigoberto Salas", "NAME"), ("clínica de [[trasplante]]:", "SPECIALTY"), ("nivel de ciclosporina", "PROCEDURE"), ("bajo", "RESULT"), ("(305) 555-0148", "PHONE")],
     ["dialysis", "practice-contact"], "Voicemail (treated like SMS) with a drug level and a new dose. Decision 2: the service word of 'clínica de trasplante' is SPECIALTY; decision 7: the level is a test."),
    ("aw0083", "Farmacia Santa Elena: el valganciclovir 450 mg de Josefina Ramírez ya llegó. Puede pasar a recogerlo de 9 a 6, de lunes a sábado.",
     "REWRITE", "pickup", "sms", "es",
     [("valganciclovir 450 mg", "MEDICATION"), ("Josefina Ramírez", "NAME")],
     ["pharmacy"], "Pickup notice with a drug name and the patient's name; 'su pedido ya llegó' survives."),
    ("aw0084", "Arbor Clinical Lab: new results are available in your patient portal. Sign in with your username and password to view them.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["lab"], "Portal notice with no test named, the safe pattern DESIGN recommends."),
)

# ---------------------------------------------------------------- batch 8 (aw0085-aw0096): disguises, long e-mails, rides, third parties
add(
    ("aw0085", "ur t a c r o l i m u s level is 15.2 - hold tonight's dose and come in for a redraw at 7. -transplant RN",
     "BLOCK", "result", "sms", "en",
     [("t a c r o l i m u s level", "PROCEDURE"), ("15.2", "RESULT"), ("transplant", "SPECIALTY")],
     ["dialysis", "spaced", "shorthand"], "Spaced-out drug-level test (decision 7) with its value and a dose hold; decision 2: 'transplant' of 'transplant RN' is SPECIALTY."),
    ("aw0086", "Reminder: your dia\u200blysis chair time on Sat 12/27 moves to 10:00 AM for the holiday. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("dia\u200blysis", "PROCEDURE"), ("12/27", "DATE")],
     ["dialysis"], "A zero-width space splits 'dialysis'; once the treatment word goes, the holiday time change survives (decision 3)."),
    ("aw0087", "Greenway Pharmacy: your Pr\u043egraf 1mg refill is ready for pickup until 8 PM today.",
     "REWRITE", "pickup", "sms", "en",
     [("Pr\u043egraf 1mg", "MEDICATION")],
     ["pharmacy"], "A Cyrillic 'o' (U+043E) inside 'Prograf'; the drug name and strength are one MEDICATION span."),
    ("aw0088", "Hi Lars, ur cr3atinine jumped to 2.8 from 1.4 - could be rej3ction. Come in 2morrow 7am for labs + an ultrasound of the kidney.",
     "BLOCK", "result", "sms", "en",
     [("Lars", "NAME"), ("cr3atinine", "PROCEDURE"), ("2.8", "RESULT"), ("1.4", "RESULT"), ("rej3ction", "CONDITION"), ("ultrasound", "PROCEDURE")],
     ["dialysis", "leet", "shorthand", "negation"], "Leet-spelled test and suspected rejection with two values; the hypothetical diagnosis is still CONDITION."),
    ("aw0089", "Subject: Holiday hours at Valley Medical Group\n\nDear patients,\n\nOur offices will be closed on Thursday 11/26 and Friday 11/27 for Thanksgiving, and on Friday 12/25 for Christmas. On Thursday 12/24 and Thursday 12/31 we close at noon.\n\nIf you need a refill during the holidays, please request it through the portal at least three business days ahead. For urgent questions after hours, call our answering service at (480) 555-0100 and the on-call provider will return your call. In an emergency, call 911.\n\nLab draws at 2150 W. Mesa Ridge Blvd, Suite 100, Tempe, AZ 85282 keep regular hours except on the holidays themselves.\n\nWishing you and your families a safe and healthy season,\nValley Medical Group\nvalleymedgroup.example | Fax (480) 555-0101",
     "ALLOW", "other", "email", "en",
     [("11/26", "DATE"), ("11/27", "DATE"), ("12/25", "DATE"), ("12/24", "DATE"), ("12/31", "DATE"), ("(480) 555-0100", "PHONE"), ("2150 W. Mesa Ridge Blvd, Suite 100, Tempe, AZ 85282", "ADDRESS"), ("valleymedgroup.example", "URL"), ("(480) 555-0101", "FAX")],
     ["general", "broadcast", "practice-contact"], "Holiday-hours broadcast from a generic practice; all contact details and the address are the practice's own (README)."),
    ("aw0090", "Hello from Fairmont Health Patient Financial Services,\n\nStarting 6/1 we are moving to a new billing system. Here is what changes for you:\n\n- Statements will have a new look and a new account number format. Your balance will carry over automatically.\n- Payments made through the old site after 5/28 may take up to 10 days to post.\n- Saved cards will not transfer; please add your card again in the new portal.\n\nNothing changes about your insurance or your appointments. If you have questions, our team is available Monday to Friday, 8 AM to 6 PM, at (614) 555-0144, or by email at billing@fairmonthealth.example. Financial aid applications are available at fairmonthealth.example/financial-aid.\n\nThank you for your patience,\nFairmont Health Patient Financial Services",
     "ALLOW", "billing", "email", "en",
     [("6/1", "DATE"), ("5/28", "DATE"), ("(614) 555-0144", "PHONE"), ("billing@fairmonthealth.example", "EMAIL"), ("fairmonthealth.example/financial-aid", "URL")],
     ["general", "broadcast", "practice-contact"], "A billing-system notice to every patient; 'account number' is mentioned but none is given."),
    ("aw0091", "Hi Adaeze,\n\nHere is your schedule for your transplant evaluation day on Tuesday 8/18:\n\n7:00 AM  Check in, Registration (Lobby B)\n7:30 AM  Blood draw and HLA typing\n8:30 AM  Echocardiogram (Heart Station, 2nd floor)\n10:00 AM  Meet Dr. Castellano, transplant nephrologist\n11:00 AM  Social work and financial counseling\n12:00 PM  Lunch (voucher in your packet)\n1:00 PM  CT of the abdomen and pelvis\n2:30 PM  Dietitian visit\n\nPlease wear comfortable clothes and bring your medication list, insurance cards and a support person. Parking is free in Garage C.\n\nSee you then!\nNadia Friedman, RN, Transplant Coordinator",
     "REWRITE", "reminder", "email", "en",
     [("Adaeze", "NAME"), ("transplant evaluation", "PROCEDURE"), ("8/18", "DATE"), ("HLA typing", "PROCEDURE"), ("Echocardiogram", "PROCEDURE"), ("Heart Station", "SPECIALTY"), ("Dr. Castellano", "PROVIDER"), ("transplant nephrologist", "SPECIALTY"), ("CT of the abdomen and pelvis", "PROCEDURE"), ("Nadia Friedman, RN", "PROVIDER"), ("Transplant", "SPECIALTY")],
     ["dialysis"], "An itinerary: once the evaluation, the tests, the cardiology station and the specialty titles go, the day's times, parking and what to bring survive. Decision 2 for 'Transplant' Coordinator; social work and dietitian visits are left generic."),
    ("aw0092", "CareLift: your driver Andre is 10 min away in a white Ford Transit. Track your ride: carelift.example/t/8K2QZ7",
     "REWRITE", "other", "sms", "en",
     [("Andre", "PROVIDER"), ("carelift.example/t/8K2QZ7", "URL")],
     ["general"], "Decision 17: the tracking link carries a per-ride token in its path, so it is patient-specific (README token rule); decision 5: the driver is PROVIDER."),
    ("aw0093", "Blood drive this Friday in the Education Center, 9 AM-3 PM. Every donor gets a free lunch voucher. Walk-ins welcome!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Blood-drive 'donor'; sent to everyone."),
    ("aw0094", "Staff update: please welcome the 12 nurses transplanting from our Eastside campus to the new tower this month. Orientation packets are at each unit desk. - Nursing Administration",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Staff 'transplanting' between campuses; a workforce notice, no patient."),
    ("aw0095", "This is Jorge from Pinecrest Home Dialysis. Your home visit with the PD nurse is Wed 5/20 between 1 and 3 PM. We'll check your cycler and restock your supplies.",
     "REWRITE", "reminder", "sms", "en",
     [("Jorge", "PROVIDER"), ("Pinecrest Home Dialysis", "SPECIALTY"), ("PD", "PROCEDURE"), ("5/20", "DATE"), ("cycler", "PROCEDURE")],
     ["dialysis", "home-health"], "Home-dialysis name, the therapy and the device go (decision 9); the home-visit window survives. The staff sender is PROVIDER (README)."),
    ("aw0096", "Mrs. Albright, your husband Walter's liver biopsy showed stage 3 fibrosis. Dr. Nair would like to see him Tuesday to talk about next steps.",
     "BLOCK", "result", "sms", "en",
     [("Albright", "NAME"), ("Walter", "NAME"), ("liver biopsy", "PROCEDURE"), ("stage 3", "RESULT"), ("fibrosis", "CONDITION"), ("Dr. Nair", "PROVIDER")],
     ["general", "third-party"], "A third party's biopsy finding sent to his wife (README third-party convention)."),
)

# ---------------------------------------------------------------- batch 9 (aw0097-aw0108): anemia, classes, donors, pre-op, portal contrast
add(
    ("aw0097", "Our waiting-room chairs are being reupholstered on Tuesday, so extra seating will be set up in the hallway. Sorry for the inconvenience!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Chairs' as furniture."),
    ("aw0098", "Dr. Tanaka-Reyes moved your visit to Mon 8/3 at 3:40 PM, same location. Reply C to confirm or call (303) 555-0124.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Tanaka-Reyes", "PROVIDER"), ("8/3", "DATE"), ("(303) 555-0124", "PHONE")],
     ["dialysis", "practice-contact"], "Provider, date, time and the practice phone only."),
    ("aw0099", "Hi Bernadette, your Aranesp shot is due at your treatment on Thu 7/9. Please let the charge nurse know if you'll be late.",
     "REWRITE", "reminder", "sms", "en",
     [("Bernadette", "NAME"), ("Aranesp", "MEDICATION"), ("7/9", "DATE")],
     ["dialysis"], "Name and a revealing drug go; 'your next visit is Thu 7/9' survives. No dose is given, so this is a reminder, not a dosing instruction."),
    ("aw0100", "Your hemoglobin dropped to 8.4, so we're increasing your Mircera to 150 mcg once a month starting at your next run. -Anemia team, Riverside Dialysis Center",
     "BLOCK", "care-instructions", "sms", "en",
     [("hemoglobin", "PROCEDURE"), ("8.4", "RESULT"), ("Mircera", "MEDICATION"), ("Anemia", "CONDITION"), ("Riverside Dialysis Center", "SPECIALTY")],
     ["dialysis", "lab"], "A value and a dose change are the message; the condition naming the team keeps 'team' outside (README visit-label rule)."),
    ("aw0101", "Thank you for registering as an organ, eye and tissue donor! Your decision is now recorded in the state registry. Share it with your family so they can honor your wishes.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Decision 14: a donor-registry confirmation is not health information about the recipient."),
    ("aw0102", "Kidney Wise class reminder: 'Living Well with CKD' is Sat 10/17 from 10 AM to noon in the Cedar Room. Bring a family member! Questions: (480) 555-0151",
     "REWRITE", "reminder", "sms", "en",
     [("Kidney Wise", "PROCEDURE"), ("CKD", "CONDITION"), ("10/17", "DATE"), ("(480) 555-0151", "PHONE")],
     ["dialysis", "practice-contact"], "An education program (PROCEDURE, README 'program') and the condition in its title go; the class time and place survive."),
    ("aw0103", "Snow alert: all morning appointments on Tue 1/27 are moved to the afternoon. Watch for a call from our team or call (612) 555-0187 for updates.",
     "ALLOW", "other", "sms", "en",
     [("1/27", "DATE"), ("(612) 555-0187", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Weather broadcast from an unnamed practice."),
    ("aw0104", "Dear donor candidate: your CT angiogram showed two arteries to the left kidney, so the surgeons plan to remove the right kidney instead. Your surgery date of 6/16 is unchanged.",
     "BLOCK", "result", "email", "en",
     [("CT angiogram", "PROCEDURE"), ("two arteries to the left kidney", "RESULT"), ("remove the right kidney", "PROCEDURE"), ("6/16", "DATE")],
     ["dialysis"], "Decision 13: the donor's own imaging finding and the surgical plan are the content; the planned nephrectomy is a procedure named in a plan (README)."),
    ("aw0105", "Hi Ayesha,\n\nThanks for completing the online health questionnaire for living kidney donation. Your next step is a phone interview with our living donor nurse on Fri 2/20 at 11:00 AM; we'll call the number you gave us. Plan on about 45 minutes.\n\nTalk soon,\nGrace Whitaker, RN\nSt. Brendan Transplant Institute",
     "REWRITE", "other", "email", "en",
     [("Ayesha", "NAME"), ("living kidney donation", "PROCEDURE"), ("living donor", "SPECIALTY"), ("2/20", "DATE"), ("Grace Whitaker, RN", "PROVIDER"), ("St. Brendan Transplant Institute", "SPECIALTY")],
     ["dialysis"], "Decision 13: the donor candidate's own logistics; the program, the donation and the transplant-center name go, the call time survives. Decision 2 for 'living donor' nurse."),
    ("aw0106", "Your appointment with Keisha Brown, NP on Thu 4/30 at 1:20 PM is confirmed. Park in Garage B. Call (919) 555-0116 if you're running late.",
     "ALLOW", "confirmation", "sms", "en",
     [("Keisha Brown, NP", "PROVIDER"), ("4/30", "DATE"), ("(919) 555-0116", "PHONE")],
     ["general", "practice-contact"], "Provider with a generic credential, date, time and practice phone."),
    ("aw0107", "Pre-op reminder: stop your Eliquis 2 days before your fistula surgery on 9/28 and hold your metformin that morning. Bring your CPAP machine.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Pre-op", "PROCEDURE"), ("Eliquis", "MEDICATION"), ("fistula", "CONDITION"), ("9/28", "DATE"), ("metformin", "MEDICATION"), ("CPAP", "PROCEDURE")],
     ["dialysis"], "Decision 16: holding drugs before surgery is a treatment instruction -> BLOCK. 'fistula' keeps the generic 'surgery' outside (README); CPAP is a device, 'machine' outside."),
    ("aw0108", "Sr. Domínguez, su creatinina de hoy es 1.3, estable. Su nivel de tacrolimus es 7.6, dentro de rango. Siga con la misma dosis y nos vemos en 3 meses. Dra. Lozano",
     "ALLOW", "result", "portal", "es",
     [("Domínguez", "NAME"), ("creatinina", "PROCEDURE"), ("1.3", "RESULT"), ("estable", "RESULT"), ("nivel de tacrolimus", "PROCEDURE"), ("7.6", "RESULT"), ("dentro de rango", "RESULT"), ("Dra. Lozano", "PROVIDER")],
     ["dialysis", "lab", "contrast"], "Inside the secure portal values, names and dose instructions may stay (README); aw0109 is the same text by SMS. Decision 18 for the word states."),
)

# ---------------------------------------------------------------- batch 10 (aw0109-aw0120): SMS contrast, templates, newsletters, BK virus, identifiers
add(
    ("aw0109", "Sr. Domínguez, su creatinina de hoy es 1.3, estable. Su nivel de tacrolimus es 7.6, dentro de rango. Siga con la misma dosis y nos vemos en 3 meses. Dra. Lozano",
     "BLOCK", "result", "sms", "es",
     [("Domínguez", "NAME"), ("creatinina", "PROCEDURE"), ("1.3", "RESULT"), ("estable", "RESULT"), ("nivel de tacrolimus", "PROCEDURE"), ("7.6", "RESULT"), ("dentro de rango", "RESULT"), ("Dra. Lozano", "PROVIDER")],
     ["dialysis", "lab", "contrast"], "aw0108's portal text sent by SMS: normal values are still results (README), so BLOCK."),
    ("aw0110", "A message from our Board Chair: thank you for another year of trusting us with your care. Our annual report is available at every front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Chair' as a board title; a thank-you to every patient."),
    ("aw0111", "Hi, this is Renata from Dr. Goldfarb's office returning your call about your appointment time. Please call us back at (646) 555-0178. Thank you!",
     "ALLOW", "other", "voice", "en",
     [("Renata", "PROVIDER"), ("Dr. Goldfarb", "PROVIDER"), ("(646) 555-0178", "PHONE")],
     ["general", "practice-contact"], "A call-back voicemail: the staff sender is PROVIDER (README), plus the provider and the office's phone."),
    ("aw0112", "*|PRACTICE_NAME|* reminder: your home hemodialysis training session is on *|APPT_DATE|* at *|APPT_TIME|*. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("home hemodialysis training", "PROCEDURE")],
     ["dialysis", "home-health", "template"], "A template whose placeholders carry nothing, but whose fixed text names the therapy; the training is one PROCEDURE span (named program with its head word), 'session' outside."),
    ("aw0113", "Lifebridge Donor Alliance - Spring Newsletter\n\nThis spring, more than 300 volunteers shared the message of organ, eye and tissue donation at schools, churches and community fairs across the region. Thank you! Every conversation helps a family make an informed decision.\n\nWhat's new:\n- Our annual Donor Remembrance Ceremony honors the generosity of donors and their families. Families may send a photo or a short tribute to our office.\n- The Tree of Life sculpture, made from the names on our donor wall, will be dedicated in the memorial garden next month.\n- Volunteer training sessions resume in the fall; no medical background is needed.\n\nDid you know? One donor can save up to eight lives and heal more than 75 others through tissue donation.\n\nWith gratitude,\nThe Lifebridge Donor Alliance team",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "An organ procurement organization's awareness newsletter to the public; 'donor', 'tissue' and 'lives' describe no one."),
    ("aw0114", "Hi Farrukh,\n\nYour BK virus PCR from Monday came back at 48,000 copies/mL, up from 6,200 last month. Your kidney function is stable for now (creatinine 1.5), but Dr. Abernathy wants to lower your immunosuppression before the virus harms the new kidney.\n\nStarting tonight:\n- Reduce mycophenolate (CellCept) from 1000 mg to 500 mg twice a day\n- Keep taking tacrolimus at your current dose\n\nWe'll recheck the BK level and a tacrolimus trough in 2 weeks, on 4/21, at the outpatient lab. Please don't skip it.\n\nCall me at (617) 555-0129 if you have fever, less urine or pain over the transplant.\n\nBest,\nSophie Lang, RN, BSN\nPost-Transplant Coordinator, Kidney & Pancreas Program",
     "BLOCK", "care-instructions", "email", "en",
     [("Farrukh", "NAME"), ("BK virus PCR", "PROCEDURE"), ("48,000 copies/mL", "RESULT"), ("6,200", "RESULT"), ("stable", "RESULT"), ("creatinine", "PROCEDURE"), ("1.5", "RESULT"), ("Dr. Abernathy", "PROVIDER"), ("immunosuppression", "MEDICATION"), ("mycophenolate", "MEDICATION"), ("CellCept", "MEDICATION"), ("tacrolimus", "MEDICATION"), ("BK level", "PROCEDURE"), ("tacrolimus trough", "PROCEDURE"), ("4/21", "DATE"), ("(617) 555-0129", "PHONE"), ("fever", "CONDITION"), ("less urine", "CONDITION"), ("pain", "CONDITION"), ("Sophie Lang, RN, BSN", "PROVIDER"), ("Post-Transplant", "SPECIALTY"), ("Kidney & Pancreas Program", "SPECIALTY")],
     ["dialysis", "lab", "practice-contact", "negation"], "Viral-load values and a dose reduction are the message. Decision 7: 'tacrolimus trough' is a test while 'taking tacrolimus' is the drug; 'immunosuppression' is a drug class used as a name (MEDICATION); decision 19 for the call-if symptoms."),
    ("aw0115", "Happy 92nd birthday, Mr. Feldman! Everyone at Northshore Nephrology Associates is lucky to know you. Enjoy your day!",
     "REWRITE", "marketing", "sms", "en",
     [("92nd", "AGE"), ("Feldman", "NAME"), ("Northshore Nephrology Associates", "SPECIALTY")],
     ["dialysis", "age-over-89"], "An age over 89 (the ordinal, README), a name and a nephrology practice name go; the birthday greeting survives."),
    ("aw0116", "Riverside Dialysis Center: please bring your new insurance card to your next treatment so we can update chart MRN 00918227. Thank you!",
     "REWRITE", "other", "sms", "en",
     [("Riverside Dialysis Center", "SPECIALTY"), ("00918227", "MRN")],
     ["dialysis"], "The MRN is not needed to ask for a card, and the center's name reveals dialysis; 'bring your new insurance card' survives."),
    ("aw0117", "Your AFP came back at 412 ng/mL and your MRI was read as LI-RADS 5. Dr. Reyes is presenting your case at tumor board Thursday and will call you after.",
     "BLOCK", "result", "sms", "en",
     [("AFP", "PROCEDURE"), ("412 ng/mL", "RESULT"), ("MRI", "PROCEDURE"), ("LI-RADS", "PROCEDURE"), ("LI-RADS [[5]].", "RESULT"), ("Dr. Reyes", "PROVIDER"), ("tumor board", "SPECIALTY")],
     ["oncology", "imaging", "lab"], "A tumor-marker value and an imaging category (scale PROCEDURE, value RESULT, README) are the message; the tumor board is an oncology service word."),
    ("aw0118", "Valley Medical Group: we're open today, but the parking lot is icy. Staff can help you in from your car - call (406) 555-0105 when you arrive.",
     "ALLOW", "other", "sms", "en",
     [("(406) 555-0105", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Weather broadcast from a generic practice with its own phone."),
    ("aw0119", "Hola Sra. Quintero, le recordamos traer su cartilla de vacunación a su cita de trasplante hepático del 18 de agosto; el equipo necesita ver sus vacunas de hepatitis A y B.",
     "REWRITE", "reminder", "sms", "es",
     [("Quintero", "NAME"), ("trasplante hepático", "PROCEDURE"), ("18 de agosto", "DATE"), ("vacunas de hepatitis A y B", "PROCEDURE")],
     ["general"], "Decision 10: bringing the vaccination card is logistics; the visit labelled by the transplant and the named vaccines go, the date survives."),
    ("aw0120", "On today's lobby café menu: kidney bean chili, cornbread and a garden salad. Open 7 AM-3 PM.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Kidney' beans on a menu."),
)

probe_lib.run(M, "aw", "probe46.jsonl")
