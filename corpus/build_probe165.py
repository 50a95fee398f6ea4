#!/usr/bin/env python3
"""Build corpus/probe165.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe165.py [OUT] [-v]   (default: probe165.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md, corpus/probe_lib.py and the docstring and
first batch of corpus/build_probe7.py only; the engine was not run and no other corpus's messages
were read).
This set's theme is GROUP HOMES, INTELLECTUAL AND DEVELOPMENTAL DISABILITIES, GUARDIANS AND DAY
PROGRAMS: house managers and direct support professionals (DSPs) writing to families and
guardians, medication administration records (MAR), medication errors and PRN doses, group-home
pharmacy deliveries, ISP (individual support plan) meetings, behavior support plans, day-program
and day-habilitation transport, respite weekends, guardianship paperwork and consents, Medicaid
waiver and billing traffic, Special Olympics physicals and Healthy Athletes screenings. Look-alikes:
a "Home Team" softball/basketball team, a "program" on TV, staff named Hope, Joy, Faith, Grace,
Esperanza and Alegria, the Guardian Benefit Co. insurance company, an arc-shaped driveway and an
arc in a logo, MAR as the month, an internet provider (ISP), Clinica del Mar, Ward 3 polling,
respite from the heat, Dr. Downs, "recetas" as cooking recipes. About 16% Spanish; 4 disguised
messages (leet, zero-width, spaced letters, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "was [[78]]" searches for "was 78" and labels
      only the bracketed part "78".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  - Service tags: the tag list has no disability-services tag. Residential group-home, DSP, MAR
    and house-nurse traffic -> home-health (care where the person lives, the nearest DESIGN
    specialty); day programs, transport, ISP meetings, guardianship, waiver and billing ->
    general; behavior support, autism centers and counselors -> behavioral-health; physicals ->
    primary-care; pharmacy notices -> pharmacy.
  - IDD service-line words are SPECIALTY, like `home health` or `consejero`: `group home` /
    `casa hogar`, `DSP` / `direct support professional` / `asistente de apoyo directo`, `ICF/IID`,
    `BCBA`, `ABA therapist`, `counselor`, and provider names that carry Developmental, Day
    Habilitation, Adult Day, Respite or Autism (`Cedar Ridge Day Habilitation`, `Brightpath
    Developmental Services`, `Centro de Desarrollo Integral Amanecer`). A house's own name
    (`Linden House`), `Brightpath` alone, `house manager`, `transportation coordinator` and
    `support coordinator` stay unlabelled (generic, like `nurse`).
  - Plans, programs and records of IDD services are PROCEDURE (README: "program, therapy"):
    `ISP` and its Spanish forms, `behavior support plan` / `BSP`, `day program` / `programa de
    dia`, `day habilitation`, `respite care`, `MAR` / `medication administration record`, `DD
    waiver`, `behavior tracking`, `bowel log`, `toileting program`, `capacity evaluation`, `level
    of care redetermination`, `crisis intervention`, `restraint`; devices and feeding (`wheelchair`,
    `G-tube`, `thickened liquids`) likewise.
  - `Special Olympics` / `Olimpiadas Especiales` as the label of the recipient's physical is a
    PROCEDURE span (a program; `physical` stays outside as generic), and such a physical counts
    as a routine visit type: logistics with a name -> REWRITE. In a broadcast to everyone it is
    not labelled (ALLOW, hard negative).
  - Guardianship paperwork (letters of guardianship, court orders, consent forms, `legal
    guardian`, `tutela`) is administrative and is not labelled; a message whose only content is
    guardianship paperwork is ALLOW. A capacity evaluation with its findings is BLOCK.
  - Adult residents are treated like the README's dependents when the message goes to their
    guardian, parent or sibling: their condition, medication, dose, result or incident -> BLOCK
    (third party's health); their logistics with a name and a program/specialty word -> REWRITE.
  - Injuries and behaviors (`cut`, `aggression`, `agitation`, `elopement`, `self-injury`,
    `seizure`) are CONDITION (symptoms are conditions); incident counts, a seizure's duration,
    weights and weight changes are RESULT; `no ill effects` / `no events` are RESULT.
  - A diagnosis code (`F84.0`) is CONDITION; a court case number is OTHER_ID; Medicaid and
    insurer member IDs are HEALTH_PLAN_ID; a resident's group-home address is the patient's own
    ADDRESS (REWRITE), a respite house's or pharmacy's address is the practice's own ADDRESS.
  - The expiry date of a document is DATE; receipt numbers, like confirmation codes, are not
    labelled.
  - A pharmacy notice to the house itself about the house's blister packs, naming no resident
    and no drug, is ALLOW.
  - Purposes use probe_lib's current list, which includes `confirmation` and `portal-notice`.

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


# ---------------------------------------------------------------- batch 1 (fl0001-fl0012): day-program and transport
add(
    ("fl0001", "Metro Ride Services: Your ride is booked for Mon at 7:40 AM, return trip 3:15 PM. Please be ready at the door. Questions? 555-0142",
     "ALLOW", "reminder", "sms", "en",
     [("555-0142", "PHONE")],
     ["general", "practice-contact"], "A generic ride company's pickup times and its own phone; nothing about the rider's care."),
    ("fl0002", "Cedar Ridge Day Habilitation: van pickup for Marcus is 7:45am Mon 3/9. Please have him at the curb with his lunch and water bottle.",
     "REWRITE", "reminder", "sms", "en",
     [("Cedar Ridge Day Habilitation", "SPECIALTY"), ("Marcus", "NAME"), ("3/9", "DATE")],
     ["general"], "Dependent's transport logistics: the day-habilitation name reveals IDD services and the name goes; pickup date and time survive."),
    ("fl0003", "Snow day update: all morning van routes are running about 30 minutes late. Drivers will text when they are 10 min away. Stay warm!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast to every rider; route delays say nothing about anyone."),
    ("fl0004", "hi this is Hope w/ Brightpath transport, runing late, will be at Bethany's house by 8:10. tell her to bring her ID card for day program",
     "REWRITE", "reminder", "sms", "en",
     [("Hope", "PROVIDER"), ("Bethany", "NAME"), ("day program", "PROCEDURE")],
     ["general", "shorthand", "typo"], "Staff named Hope is the sender (workforce). Judgement: `day program` reveals disability services, so it goes with the name; the arrival time survives."),
    ("fl0005", "Hello, this is Sunrise Adult Day Services calling for the family of Danny Ortiz. Danny's bus will pick him up at 8 a.m. tomorrow instead of 7:30 because of road work on Fenwick Street. Thank you.",
     "REWRITE", "reminder", "voice", "en",
     [("Sunrise Adult Day Services", "SPECIALTY"), ("Danny Ortiz", "NAME"), ("Danny", "NAME", 1)],
     ["general"], "Voice is treated like SMS: adult-day-services name and the participant's name go; the new pickup time survives. The road-work street is not his address."),
    ("fl0006", "Your ride to Maple Street Clinic is confirmed for Thu 4/16, pickup 9:05 AM. Track your driver in the app.",
     "ALLOW", "confirmation", "push", "en",
     [("4/16", "DATE")],
     ["primary-care"], "Generic clinic, date and time only."),
    ("fl0007", "Cedar Ridge transport: Keisha had a seizure on the van this morning, lasted about 2 min, driver followed her protocol and she is resting at program now. Nurse Joy will call you.",
     "BLOCK", "other", "sms", "en",
     [("Keisha", "NAME"), ("seizure", "CONDITION"), ("2 min", "RESULT"), ("Nurse Joy", "PROVIDER")],
     ["general", "third-party"], "A medical event in a third party (the guardian's ward) is the message; removing it leaves nothing. Send a call-back request instead."),
    ("fl0008", "Hola, el transporte del programa de dia pasara por Andres a las 7:50 manana, 12 de marzo. Por favor tenerlo listo en la puerta.",
     "REWRITE", "reminder", "sms", "es",
     [("programa de dia", "PROCEDURE"), ("Andres", "NAME"), ("12 de marzo", "DATE")],
     ["general"], "Day-program transport for a dependent: program word and name go, pickup time and date survive (Spanish without accents)."),
    ("fl0009", "This week we're celebrating our drivers and transport aides! If your family would like to send a thank-you card, drop it at the front desk by Friday.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Staff-appreciation broadcast; nothing about the recipient."),
    ("fl0010", "Reminder: Samuel must have his rescue med Diastat in his backpack on the van every day per the nurse - the driver can't accept him without it.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Samuel", "NAME"), ("Diastat", "MEDICATION")],
     ["general", "third-party"], "A dependent's medication (which also implies his condition) sent to the family is BLOCK per the README's third-party convention."),
    ("fl0011", "This is Metro Ride Services with a reminder of your trip tomorrow, Tuesday, March 10, pickup between 7:30 and 8:00 AM. Press 1 to confirm, press 2 to cancel.",
     "ALLOW", "reminder", "voice", "en",
     [("March 10", "DATE")],
     ["general"], "Generic ride reminder with a date and time window."),
    ("fl0012", "Dear Mrs. Pratt,\nStarting 4/1, Owen will ride the wheelchair van (Route 6) to Cedar Ridge Day Habilitation. Pickup moves to 7:20 AM. Please call Transportation at 555-0147 with any questions.\n- Linda Osei, Transportation Coordinator",
     "REWRITE", "other", "email", "en",
     [("Pratt", "NAME"), ("4/1", "DATE"), ("Owen", "NAME"), ("wheelchair", "PROCEDURE"), ("Cedar Ridge Day Habilitation", "SPECIALTY"), ("555-0147", "PHONE"), ("Linda Osei", "PROVIDER")],
     ["general", "practice-contact"], "Names, the mobility device and the day-habilitation name go; the new pickup time and the coordinator's phone stay."),
)

# ---------------------------------------------------------------- batch 2 (fl0013-fl0024): ISP meetings and planning
add(
    ("fl0013", "Hi Mr. Bell, this is a reminder that Marcus's annual ISP meeting is Thursday, May 7 at 10:00 AM at Linden House. Please bring any updates from his doctors. Tasha Greene, House Manager, 555-0151",
     "REWRITE", "reminder", "email", "en",
     [("Bell", "NAME"), ("Marcus", "NAME"), ("ISP", "PROCEDURE"), ("May 7", "DATE"), ("Tasha Greene", "PROVIDER"), ("555-0151", "PHONE")],
     ["home-health", "practice-contact"], "ISP (individual support plan) reveals IDD services; names go. Meeting date, time, house and the manager's phone survive."),
    ("fl0014", "Reminder: your meeting with coordinator Dana Whitfield is Tue 5/12 at 2 PM by video. The link comes the morning of.",
     "ALLOW", "reminder", "sms", "en",
     [("coordinator Dana Whitfield", "PROVIDER")],
     ["general"], "A staff member with her role, a date and a time; `meeting` reveals nothing. Judgement: `coordinator` is generic."),
    ("fl0015", "Recordatorio: la reunión del Plan de Servicios Individual (ISP) de Luis será el 14 de abril a las 3 pm en Brightpath. Puede participar por teléfono al 555-0153.",
     "REWRITE", "reminder", "sms", "es",
     [("Plan de Servicios Individual", "PROCEDURE"), ("ISP", "PROCEDURE"), ("Luis", "NAME"), ("14 de abril", "DATE"), ("555-0153", "PHONE")],
     ["general", "practice-contact"], "The plan's name (in Spanish and as ISP) and the dependent's name go; date, time and the agency's phone stay."),
    ("fl0016", "Attached is the draft ISP for Priya Nair (DOB 08/19/1994) ahead of Friday's meeting. Highlights: new behavior goal for reducing self-injury, continue risperidone 1mg at bedtime, and a referral for a swallow study.",
     "BLOCK", "other", "email", "en",
     [("ISP", "PROCEDURE"), ("Priya Nair", "NAME"), ("08/19/1994", "DATE"), ("self-injury", "CONDITION"), ("risperidone 1mg", "MEDICATION"), ("swallow study", "PROCEDURE")],
     ["behavioral-health", "third-party", "dob"], "Full date of birth with a name, plus the ward's behaviors, medication and dose: the plan content is the message."),
    ("fl0017", "Behavior data for Tommy is posted: 12 aggression incidents in April, up from 5 in March. Tap to open.",
     "BLOCK", "result", "push", "en",
     [("Tommy", "NAME"), ("[[12]] aggression", "RESULT"), ("aggression", "CONDITION"), ("[[5]] in March", "RESULT")],
     ["behavioral-health", "third-party"], "Behavior counts are clinical data about a third party on a lock screen; send 'new information is in the portal' instead."),
    ("fl0018", "ISP review tomorrow 10am - Linden House. Tap to confirm attendance.",
     "REWRITE", "reminder", "push", "en",
     [("ISP", "PROCEDURE")],
     ["home-health", "shorthand"], "No name, but `ISP` reveals IDD support services; 'meeting tomorrow 10am' survives."),
    ("fl0019", "Hi, this is Hope Alvarez, DSP at Linden House, calling for Ms. Row. Before Thursday's ISP meeting I wanted you to know Bethany's weight is down 9 pounds since January and the team will discuss a dietitian referral. Please call me back at 555-0156.",
     "BLOCK", "other", "voice", "en",
     [("Hope Alvarez", "PROVIDER"), ("DSP", "SPECIALTY"), ("Ms. [[Row]]", "NAME"), ("ISP", "PROCEDURE"), ("Bethany", "NAME"), ("down 9 pounds", "RESULT"), ("555-0156", "PHONE")],
     ["home-health", "third-party"], "A weight loss in the ward is a clinical finding about a third party; voice is overheard like SMS."),
    ("fl0020", "Thanks to all families who joined last week's ISP info night! Slides are posted at brightpath.example.org/families. Our next session covers how person-centered planning works.",
     "ALLOW", "marketing", "email", "en",
     [("brightpath.example.org/families", "URL")],
     ["general", "broadcast", "practice-contact"], "Broadcast to all families: `ISP` here names an information night, not the recipient's plan; the agency's own link stays."),
    ("fl0021", "Sra. Quiroga, le confirmamos la junta del plan de apoyo de su hijo Andres con la Lic. Paredes el 20 de mayo, 10 am.",
     "REWRITE", "confirmation", "sms", "es",
     [("Quiroga", "NAME"), ("plan de apoyo", "PROCEDURE"), ("Andres", "NAME"), ("Lic. Paredes", "PROVIDER"), ("20 de mayo", "DATE")],
     ["general"], "Support-plan meeting for a dependent: plan term and names go; provider, date and time survive."),
    ("fl0022", "ISP summary for Owen Pratt is ready to review: goals for community outings, continue levetiracetam 500 mg twice daily, seizure log reviewed with no events since March. Please sign electronically by 6/30.",
     "ALLOW", "portal-notice", "portal", "en",
     [("ISP", "PROCEDURE"), ("Owen Pratt", "NAME"), ("levetiracetam 500 mg", "MEDICATION"), ("seizure", "CONDITION"), ("no events", "RESULT"), ("6/30", "DATE")],
     ["home-health", "contrast"], "Inside the secure portal, plan content, medication and findings may stay (README channel convention)."),
    ("fl0023", "Owen Pratt's ISP summary: continue levetiracetam 500 mg twice daily; seizure log shows no events since March. Please sign by 6/30.",
     "BLOCK", "other", "sms", "en",
     [("Owen Pratt", "NAME"), ("ISP", "PROCEDURE"), ("levetiracetam 500 mg", "MEDICATION"), ("seizure", "CONDITION"), ("no events", "RESULT"), ("6/30", "DATE")],
     ["home-health", "contrast", "third-party"], "Same content as the portal message by SMS: medication, dose and a finding are the message."),
    ("fl0024", "ISP mtg for ur son reschduled to 6/2 @ 1pm, Rm 4 at Brightpath Developmental Services. pls bring guardianship letters",
     "REWRITE", "reminder", "sms", "en",
     [("ISP", "PROCEDURE"), ("6/2", "DATE"), ("Brightpath Developmental Services", "SPECIALTY")],
     ["general", "shorthand", "typo"], "Plan term and developmental-services name reveal the son's services; date, time and room survive. Guardianship letters are paperwork (decision)."),
)

# ---------------------------------------------------------------- batch 3 (fl0025-fl0040): medication administration, MAR, pharmacy
add(
    ("fl0025", "Northside Pharmacy: the monthly blister packs for Linden House are ready for pickup after 2 PM (14 bags). Call 555-0160 with questions.",
     "ALLOW", "pickup", "sms", "en",
     [("555-0160", "PHONE")],
     ["pharmacy", "practice-contact"], "Judgement: an order for the house as a whole, naming no resident and no drug; the pharmacy's own phone."),
    ("fl0026", "Hi Marcus, your Depakote ER 500mg is ready for pickup at Northside Pharmacy, 410 Elm St. Open till 9 tonight.",
     "REWRITE", "pickup", "sms", "en",
     [("Marcus", "NAME"), ("Depakote ER 500mg", "MEDICATION"), ("410 Elm St", "ADDRESS")],
     ["pharmacy", "practice-contact"], "Pickup to the patient himself: name and drug go; the pharmacy's address stays."),
    ("fl0027", "Northside Pharmacy for guardian of Keisha Moore: her lamotrigine 100 mg refill is ready; the dose on the label changed to 1 tab twice daily per Dr. Brooks.",
     "BLOCK", "pickup", "sms", "en",
     [("Keisha Moore", "NAME"), ("lamotrigine 100 mg", "MEDICATION"), ("Dr. Brooks", "PROVIDER")],
     ["pharmacy", "third-party"], "A ward's medication and a dose change sent to the guardian: third-party medication and dosing instruction."),
    ("fl0028", "Dear Ms. Ito,\nWe are writing to let you know about a medication error at Linden House on 2/11: Samuel's evening dose of clonazepam 0.5 mg was documented on the MAR but not given. His nurse checked him and he had no ill effects.\nTasha Greene, House Manager",
     "BLOCK", "other", "email", "en",
     [("Ito", "NAME"), ("2/11", "DATE"), ("Samuel", "NAME"), ("clonazepam 0.5 mg", "MEDICATION"), ("MAR", "PROCEDURE"), ("no ill effects", "RESULT"), ("Tasha Greene", "PROVIDER")],
     ["home-health", "third-party", "negation"], "A medication-error disclosure names the drug and dose and an assessment; the clinical content is the message (portal or phone)."),
    ("fl0029", "Linden House visiting hours: closed SAT MAR 14 for staff training. Visits resume SUN MAR 15.",
     "ALLOW", "other", "sms", "en",
     [("MAR 14", "DATE"), ("MAR 15", "DATE")],
     ["home-health", "broadcast"], "MAR is the month here, not a medication administration record; a house-wide closure."),
    ("fl0030", "Your refill of risperdone is ready at Northside Pharmacy. Pick up by 5/20.",
     "REWRITE", "pickup", "push", "en",
     [("risperdone", "MEDICATION"), ("5/20", "DATE")],
     ["pharmacy", "typo", "contrast"], "Misspelled drug name in a pickup notice still goes; the pickup deadline survives."),
    ("fl0031", "Your prescription is ready at Northside Pharmacy. Pick up by 5/20 or it returns to stock.",
     "ALLOW", "pickup", "push", "en",
     [("5/20", "DATE")],
     ["pharmacy", "contrast"], "The safe form of the pickup notice."),
    ("fl0032", "Sr. Carrasco, la enfermera indica que a Luis se le aumenta la risperidona a 1 mg dos veces al dia desde hoy. Ya se actualizo el registro de medicamentos (MAR) en la casa.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Carrasco", "NAME"), ("Luis", "NAME"), ("risperidona", "MEDICATION"), ("registro de medicamentos", "PROCEDURE"), ("MAR", "PROCEDURE")],
     ["home-health", "third-party"], "Dose increase for a dependent sent to the family: treatment instruction about a third party."),
    ("fl0033", "This is Joy Park, RN, from Brightpath calling for the guardian of Tommy Fitch. Tommy received a PRN dose of lorazepam at 4:10 this afternoon for agitation before his dental visit. He's calm now. Please call 555-0163.",
     "BLOCK", "other", "voice", "en",
     [("Joy Park, RN", "PROVIDER"), ("Tommy Fitch", "NAME"), ("Tommy", "NAME", 1), ("lorazepam", "MEDICATION"), ("agitation", "CONDITION"), ("dental", "SPECIALTY"), ("555-0163", "PHONE")],
     ["home-health", "third-party"], "A ward's as-needed sedative and behavior: third-party medication and condition."),
    ("fl0034", "Family newsletter: our nursing team finished its annual medication administration training this month. Thank you for your patience while schedules shifted!",
     "ALLOW", "other", "email", "en", [],
     ["home-health", "broadcast", "hard-negative"], "Staff training news for every family; nothing about a resident."),
    ("fl0035", "Reminder from Linden House nursing: bring Bethany's seizure med bottles to her neuro appt 4/22 so we can update the MAR.",
     "BLOCK", "reminder", "sms", "en",
     [("Bethany", "NAME"), ("seizure", "CONDITION"), ("neuro", "SPECIALTY"), ("4/22", "DATE"), ("MAR", "PROCEDURE")],
     ["home-health", "third-party", "shorthand"], "A dependent's condition in a reminder to the guardian (like the README's `Sofia's asthma check`) is BLOCK."),
    ("fl0036", "Northside Pharmacy: an order for your household is ready at the drive-thru. Bring photo ID. Questions: 555-0160.",
     "ALLOW", "pickup", "sms", "en",
     [("555-0160", "PHONE")],
     ["pharmacy", "practice-contact"], "No drug or person named; pharmacy's own phone."),
    ("fl0037", "Linden House: the wheelchair repair tech from Ace Mobility will come Fri 3/20 between 9 and noon for resident D. Ortiz's chair, serial WC-48213-K.",
     "REWRITE", "other", "sms", "en",
     [("wheelchair", "PROCEDURE"), ("3/20", "DATE"), ("D. Ortiz", "NAME"), ("WC-48213-K", "DEVICE_ID")],
     ["home-health"], "Device-repair logistics: the device, the resident and the serial go; visit date and window survive."),
    ("fl0038", "Farmacia Norte: el Depakote de Rosa Mendez (Rx 7741029) esta listo. Para su hija: dar 2 tabletas en la manana y 2 en la noche.",
     "BLOCK", "pickup", "sms", "es",
     [("Depakote", "MEDICATION"), ("Rosa Mendez", "NAME"), ("7741029", "OTHER_ID")],
     ["pharmacy", "third-party"], "A daughter's medication and dosing instruction sent to the parent."),
    ("fl0039", "Message from Joy Park, RN: Keisha's valproic acid level from 5/2 was 78, within her target range. No change to her dose. Updated MAR attached.",
     "ALLOW", "result", "portal", "en",
     [("Joy Park, RN", "PROVIDER"), ("Keisha", "NAME"), ("valproic acid level", "PROCEDURE"), ("5/2", "DATE"), ("was [[78]]", "RESULT"), ("within her target range", "RESULT"), ("MAR", "PROCEDURE")],
     ["home-health", "lab", "third-party"], "A result to the guardian's proxy account inside the secure portal may stay."),
    ("fl0040", "Lab result: valproic acid level 78 mcg/mL (normal). Open the app for details.",
     "BLOCK", "result", "push", "en",
     [("valproic acid level", "PROCEDURE"), ("78 mcg/mL", "RESULT"), ("normal", "RESULT")],
     ["lab"], "A value on a lock screen; a normal result is still a result."),
)

# ---------------------------------------------------------------- batch 4 (fl0041-fl0052): guardianship paperwork and consents
add(
    ("fl0041", "Please bring a copy of your current letters of guardianship to the front desk at your next visit so we can update our records. Thank you! Maple Street Clinic",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Decision: guardianship paperwork is administrative; no person, visit type or condition is named."),
    ("fl0042", "Dear Mr. Quiroga,\nOur records list you as legal guardian for Andres Quiroga. The court letters we have on file expired 01/31/2026. Please upload renewed letters at portal.example.com before his next visit with Dr. Reyes.",
     "REWRITE", "other", "email", "en",
     [("Quiroga", "NAME"), ("Andres Quiroga", "NAME"), ("01/31/2026", "DATE"), ("portal.example.com", "URL"), ("Dr. Reyes", "PROVIDER")],
     ["general", "practice-contact"], "Names go; the paperwork request, the document's expiry date, the practice's portal and the provider stay."),
    ("fl0043", "RE: Guardianship petition for Lily Chen - Dr. Imani Brooks completed the capacity evaluation on 4/3. Her report states Lily has a moderate intellectual disability (IQ 48) and cannot manage medical decisions. Copy for the court attached. Case no. 2026-GD-0417.",
     "BLOCK", "other", "email", "en",
     [("Lily Chen", "NAME"), ("Dr. Imani Brooks", "PROVIDER"), ("capacity evaluation", "PROCEDURE"), ("4/3", "DATE"), ("Lily", "NAME", 1), ("intellectual disability", "CONDITION"), ("IQ", "PROCEDURE"), ("48", "RESULT"), ("2026-GD-0417", "OTHER_ID")],
     ["general", "third-party"], "A diagnosis, a test score and a capacity finding about a named person: findings are the message."),
    ("fl0044", "Guardians and agents: you can now fax letters of guardianship or power-of-attorney papers to us at 555-0193. Please include a cover sheet.",
     "ALLOW", "other", "sms", "en",
     [("555-0193", "FAX")],
     ["general", "broadcast", "practice-contact"], "Broadcast about paperwork with the practice's own fax number."),
    ("fl0045", "Linden House: Ms. Row, the guardianship consent form for Bethany's dental cleaning on 6/8 still needs your signature. Sign at sign.example.net/c/88213?g=row",
     "REWRITE", "other", "sms", "en",
     [("Ms. [[Row]]", "NAME"), ("Bethany", "NAME"), ("dental", "SPECIALTY"), ("cleaning", "PROCEDURE"), ("6/8", "DATE"), ("sign.example.net/c/88213?g=row", "URL")],
     ["home-health", "dental"], "Routine visit type for a dependent: names, specialty, cleaning and the tokened link go; 'a consent form needs your signature' survives."),
    ("fl0046", "Need guardian consent today for Tommy Fitch to start Abilify 2mg for aggression - Dr. Brooks. Reply YES to consent.",
     "BLOCK", "other", "sms", "en",
     [("Tommy Fitch", "NAME"), ("Abilify 2mg", "MEDICATION"), ("aggression", "CONDITION"), ("Dr. Brooks", "PROVIDER")],
     ["behavioral-health", "third-party"], "Consent to a treatment names the drug and the behavior it treats; ask for a call instead."),
    ("fl0047", "Hello, this is Faith from the records office at Maple Street Clinic. We received your guardianship documents and your file is updated. No action needed. Have a good day.",
     "ALLOW", "other", "voice", "en",
     [("Faith", "PROVIDER")],
     ["general"], "Staff named Faith as the sender; paperwork received, nothing clinical."),
    ("fl0048", "Your Guardian Benefit Co. member ID GBC-3391-7720 is on file for Owen's visit on 5/5. No other action is needed.",
     "REWRITE", "confirmation", "email", "en",
     [("GBC-3391-7720", "HEALTH_PLAN_ID"), ("Owen", "NAME"), ("5/5", "DATE")],
     ["general"], "Guardian Benefit Co. is an insurer, not a guardian; the member ID and the patient's name are not needed."),
    ("fl0049", "For the representative payee application for your ward Marcus Bell, please confirm his SSN 078-05-1120 and DOB 02/14/1990 by replying to this email.",
     "BLOCK", "other", "email", "en",
     [("Marcus Bell", "NAME"), ("078-05-1120", "SSN"), ("02/14/1990", "DATE")],
     ["general", "dob"], "SSN and full date of birth with a name must never travel by e-mail or text."),
    ("fl0050", "Secure message: Thank you for uploading the court order appointing you guardian of Priya Nair (DOB 08/19/1994). Her chart now lists you as decision-maker; her autism support notes are now visible to you.",
     "ALLOW", "portal-notice", "portal", "en",
     [("Priya Nair", "NAME"), ("08/19/1994", "DATE"), ("autism", "CONDITION")],
     ["general", "dob"], "Inside the secure portal a name, DOB and condition may stay (no SSN)."),
    ("fl0051", "Sra. Mendez: para la cita de Rosa en la Clínica de Autismo Horizonte el 9 de junio, traiga la carta de tutela vigente.",
     "REWRITE", "reminder", "sms", "es",
     [("Mendez", "NAME"), ("Rosa", "NAME"), ("Clínica de Autismo Horizonte", "SPECIALTY"), ("9 de junio", "DATE")],
     ["behavioral-health"], "A dependent's logistics with a specialty-revealing clinic name: REWRITE (README); the guardianship letter request survives."),
    ("fl0052", "Guardianship & Future Planning workshop for families: Thursday 6 PM in the community room. Free, light dinner served. RSVP 555-0170.",
     "ALLOW", "marketing", "sms", "en",
     [("555-0170", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Workshop broadcast with the practice's own phone."),
)

# ---------------------------------------------------------------- batch 5 (fl0053-fl0064): Special Olympics physicals, sports look-alikes
add(
    ("fl0053", "Free sports physicals for Special Olympics athletes this Saturday 9-1 at the Eastside Rec Center. No appointment needed; bring your athlete form.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Community broadcast; says nothing about the recipient."),
    ("fl0054", "Hi Danny! Your Special Olympics physical with Dr. Reyes is Wed 4/29 at 3:30 at Maple Street Clinic. Bring your medical form.",
     "REWRITE", "reminder", "sms", "en",
     [("Danny", "NAME"), ("Special Olympics", "PROCEDURE"), ("Dr. Reyes", "PROVIDER"), ("4/29", "DATE")],
     ["primary-care"], "Decision: `Special Olympics` as the visit label reveals an intellectual disability; name and label go, 'your physical' survives."),
    ("fl0055", "Mrs. Moore, Keisha's Special Olympics form is signed. Dr. Reyes cleared her for track but not swimming because of her heart murmur; details at your next visit.",
     "BLOCK", "result", "email", "en",
     [("Moore", "NAME"), ("Keisha", "NAME"), ("Special Olympics", "PROCEDURE"), ("Dr. Reyes", "PROVIDER"), ("cleared", "RESULT"), ("heart murmur", "CONDITION")],
     ["primary-care", "cardiology", "third-party"], "A clearance decision and a condition of a third party are the message."),
    ("fl0056", "Danny's Special Olympics physical: Dr. Reyes needs a cervical spine x-ray for atlantoaxial instability before he can compete in swimming. Call 555-0172 to schedule.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Danny", "NAME"), ("Special Olympics", "PROCEDURE"), ("Dr. Reyes", "PROVIDER"), ("cervical spine x-ray", "PROCEDURE"), ("atlantoaxial instability", "CONDITION"), ("555-0172", "PHONE")],
     ["primary-care", "imaging", "third-party"], "A suspected condition and the test it needs, about a dependent."),
    ("fl0057", "Exámenes físicos gratis para atletas de Olimpiadas Especiales este sábado de 9 a 1 en el Centro Recreativo Eastside. No necesita cita.",
     "ALLOW", "marketing", "sms", "es", [],
     ["primary-care", "broadcast", "hard-negative"], "Spanish community broadcast; nothing about the recipient."),
    ("fl0058", "Healthy Athletes screening: vision 20/80 both eyes, referral for glasses. See your coach for the voucher.",
     "BLOCK", "result", "push", "en",
     [("Healthy Athletes screening", "PROCEDURE"), ("vision", "PROCEDURE"), ("20/80", "RESULT"), ("glasses", "PROCEDURE")],
     ["ophthalmology"], "A screening value on a lock screen; 20/80 is an acuity, not a date."),
    ("fl0059", "Go Home Team! Join staff and families at Ridgeview Park on Saturday as our softball team plays its home opener. Hot dogs at noon, first pitch at 1.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "`Home Team` is a softball team, not a group home."),
    ("fl0060", "Hi, this is Maple Street Clinic calling for Samuel Ito with a reminder of his Special Olympics physical tomorrow at 10:15 with Nurse Practitioner Cole. Please bring his athlete form and his guardian's signature.",
     "REWRITE", "reminder", "voice", "en",
     [("Samuel Ito", "NAME"), ("Special Olympics", "PROCEDURE"), ("Nurse Practitioner Cole", "PROVIDER")],
     ["primary-care", "contrast"], "Name and program label go; time, provider and the form request survive."),
    ("fl0061", "Reminder: your physical with NP Cole is Fri 5/1 at 10:15 AM at Maple Street Clinic. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("NP Cole", "PROVIDER"), ("5/1", "DATE")],
     ["primary-care", "contrast"], "A generic physical with provider, date and time."),
    ("fl0062", "Sr. Carrasco: el examen de Luis para Olimpiadas Especiales salió bien pero su presión fue 150/95; la Dra. Salinas quiere repetirla en 2 semanas antes de autorizarlo.",
     "BLOCK", "result", "sms", "es",
     [("Carrasco", "NAME"), ("Luis", "NAME"), ("Olimpiadas Especiales", "PROCEDURE"), ("presión", "PROCEDURE"), ("150/95", "RESULT"), ("Dra. Salinas", "PROVIDER")],
     ["primary-care", "third-party"], "A blood-pressure value of a dependent; the value is the message."),
    ("fl0063", "Olympics watch party in the lobby Friday! Popcorn, flags and a big screen. Everyone welcome.",
     "ALLOW", "other", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "A TV event, nothing about anyone."),
    ("fl0064", "Confirmed: Special Olympics physical for Owen P. on 5/9 at 2:00 PM, Maple Street Clinic. Bring your insurance card and athlete form.",
     "REWRITE", "confirmation", "sms", "en",
     [("Special Olympics", "PROCEDURE"), ("Owen P.", "NAME"), ("5/9", "DATE")],
     ["primary-care"], "Name with initial and program label go; date, time and place survive."),
)

# ---------------------------------------------------------------- batch 6 (fl0065-fl0078): house managers and DSPs writing to families
add(
    ("fl0065", "Hi Mrs Pratt its Hope from Linden House, Owen fell in the shower this am, small cut on his chin, nurse cleaned it, no stitches needed. incident report to follow",
     "BLOCK", "other", "sms", "en",
     [("Pratt", "NAME"), ("Hope", "PROVIDER"), ("Owen", "NAME"), ("cut", "CONDITION"), ("stitches", "PROCEDURE")],
     ["home-health", "third-party", "typo", "negation"], "An injury to the ward is the message; a call or portal note should carry it."),
    ("fl0066", "Hi it's Hope from Linden House - the house van is in the shop so Sunday visits will be at the house instead of the park. See you at 2!",
     "ALLOW", "other", "sms", "en",
     [("Hope", "PROVIDER")],
     ["home-health"], "Staff named Hope as sender; visit logistics only."),
    ("fl0067", "We hope everyone had a great Thanksgiving! Family visiting hours are 10 to 8 daily through the new year.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "`hope` is a verb here; a holiday broadcast."),
    ("fl0068", "Incident report - Tommy Fitch - 3/2/2026. At 6:40 PM Tommy became upset during dinner and struck a housemate. Staff used the crisis intervention steps in his behavior support plan; no restraint was used. Dr. Brooks was notified and will review his BSP at the next ISP meeting.",
     "BLOCK", "other", "email", "en",
     [("Tommy Fitch", "NAME"), ("3/2/2026", "DATE"), ("Tommy", "NAME", 1), ("crisis intervention", "PROCEDURE"), ("behavior support plan", "PROCEDURE"), ("restraint", "PROCEDURE"), ("Dr. Brooks", "PROVIDER"), ("BSP", "PROCEDURE"), ("ISP", "PROCEDURE")],
     ["behavioral-health", "third-party", "negation"], "A behavior incident and the interventions used, about a named ward."),
    ("fl0069", "Joy (DSP) will take Marcus to his dentist appt Tues 3/17 at 9:30. Please send his new insurance card to Linden House by Monday.",
     "REWRITE", "reminder", "sms", "en",
     [("Joy", "PROVIDER"), ("DSP", "SPECIALTY"), ("Marcus", "NAME"), ("dentist", "SPECIALTY"), ("3/17", "DATE")],
     ["home-health", "dental", "shorthand"], "Dependent's routine dental logistics: name, `DSP` and `dentist` go; date, time and the card request survive."),
    ("fl0070", "Buenas tardes, habla Esperanza, la coordinadora de la casa hogar. Le llamo por su hermano Andrés: hoy tuvo dos convulsiones en el programa de día y lo llevamos a urgencias. Está estable. Llámeme al 555-0175.",
     "BLOCK", "other", "voice", "es",
     [("Esperanza", "PROVIDER"), ("casa hogar", "SPECIALTY"), ("Andrés", "NAME"), ("convulsiones", "CONDITION"), ("programa de día", "PROCEDURE"), ("urgencias", "SPECIALTY"), ("555-0175", "PHONE")],
     ["home-health", "urgent-care", "third-party"], "Seizures and an ER visit of a brother: a third party's health event."),
    ("fl0071", "Linden House: Samuel's COVID test today was positive. He is isolating in his room and eating well.",
     "BLOCK", "result", "push", "en",
     [("Samuel", "NAME"), ("COVID test", "PROCEDURE"), ("positive", "RESULT")],
     ["home-health", "lab", "third-party"], "A positive result about a resident on a lock screen."),
    ("fl0072", "Reminder for weekend home visit: Bethany needs her thickened liquids (nectar consistency) and must sit upright 30 min after meals because of her dysphagia. Her meds are in the blister pack, 8am and 8pm.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Bethany", "NAME"), ("thickened liquids", "PROCEDURE"), ("dysphagia", "CONDITION")],
     ["home-health", "third-party"], "Care instructions naming a dependent's condition."),
    ("fl0073", "Hi Mr. Bell, Marcus is invited to the Linden House spring cookout Sat 4/18 at 1 PM. Families welcome!",
     "REWRITE", "other", "sms", "en",
     [("Bell", "NAME"), ("Marcus", "NAME"), ("4/18", "DATE")],
     ["home-health"], "Nothing clinical, but the resident's and family's names are not needed for an invitation."),
    ("fl0074", "Weekly update for Samuel: slept well, 2 PRN doses of melatonin, weight 142 lb (down 3), bowel log normal, and his ABA therapist started a new toileting program. -Tasha",
     "BLOCK", "other", "email", "en",
     [("Samuel", "NAME"), ("melatonin", "MEDICATION"), ("142 lb", "RESULT"), ("down 3", "RESULT"), ("bowel log", "PROCEDURE"), ("normal", "RESULT"), ("ABA therapist", "SPECIALTY"), ("toileting program", "PROCEDURE"), ("Tasha", "PROVIDER")],
     ["home-health", "behavioral-health", "third-party"], "Weights, medications and therapy for a resident: the update is clinical content."),
    ("fl0075", "Linden House: family visiting day is Sun 5/10, 1-4 PM. Park on the street, not in the driveway. Questions? Call Tasha at 555-0151.",
     "ALLOW", "other", "sms", "en",
     [("5/10", "DATE"), ("Tasha", "PROVIDER"), ("555-0151", "PHONE")],
     ["home-health", "broadcast", "practice-contact"], "House-wide event with a staff contact."),
    ("fl0076", "Your DSP Joy arrives at 8:00 AM for community outing hours. Reply STOP to opt out.",
     "REWRITE", "reminder", "push", "en",
     [("DSP", "SPECIALTY"), ("Joy", "PROVIDER")],
     ["home-health"], "Judgement: `DSP` names a disability-services role (like `home health aide`), so it goes; 'your staff member Joy arrives at 8' survives."),
    ("fl0077", "Keisha's behavior tracking this week: 4 episodes of elopement, 0 of self-injury. BCBA wants to meet re: updating her BSP.",
     "BLOCK", "result", "sms", "en",
     [("Keisha", "NAME"), ("behavior tracking", "PROCEDURE"), ("[[4]] episodes", "RESULT"), ("elopement", "CONDITION"), ("[[0]] of", "RESULT"), ("self-injury", "CONDITION"), ("BCBA", "SPECIALTY"), ("BSP", "PROCEDURE")],
     ["behavioral-health", "third-party", "shorthand"], "Behavior counts of a ward are clinical data."),
    ("fl0078", "Staff spotlight: meet Joy Park, RN, our new house nurse, and Hope Alvarez, who has supported residents for ten years. Stop by and say hi at the open house next week.",
     "ALLOW", "other", "email", "en",
     [("Joy Park, RN", "PROVIDER"), ("Hope Alvarez", "PROVIDER")],
     ["general", "broadcast"], "Staff named Joy and Hope in a newsletter; no resident."),
)

# ---------------------------------------------------------------- batch 7 (fl0079-fl0090): billing, waiver, identifiers
add(
    ("fl0079", "Statement for services: your share of cost for March respite care is $45.00. Account #BP-220871. Pay at pay.example.com or call 555-0180.",
     "REWRITE", "billing", "email", "en",
     [("respite care", "PROCEDURE"), ("BP-220871", "ACCOUNT"), ("pay.example.com", "URL"), ("555-0180", "PHONE")],
     ["general", "practice-contact"], "The service name and account number go; amount, payment link and phone stay."),
    ("fl0080", "To process the DD waiver renewal for Priya Nair we need her Medicaid ID (MCD 884201937) and diagnosis code F84.0 confirmed. Reply to confirm.",
     "BLOCK", "other", "sms", "en",
     [("DD waiver", "PROCEDURE"), ("Priya Nair", "NAME"), ("884201937", "HEALTH_PLAN_ID"), ("F84.0", "CONDITION")],
     ["general", "third-party"], "A diagnosis code with a name and a Medicaid ID: a diagnosis of a third party by text."),
    ("fl0081", "Maple Street Clinic: a new statement is available. View and pay online at maplestreet.example.com/pay or call 555-0182. Thank you!",
     "ALLOW", "billing", "sms", "en",
     [("maplestreet.example.com/pay", "URL"), ("555-0182", "PHONE")],
     ["general", "practice-contact"], "Statement notice with the practice's own link and phone."),
    ("fl0082", "Brightpath: su saldo por servicios de habilitacion diurna de Andres es $30. Cuenta 558213. Pague en pay.example.com.",
     "REWRITE", "billing", "sms", "es",
     [("habilitacion diurna", "PROCEDURE"), ("Andres", "NAME"), ("558213", "ACCOUNT"), ("pay.example.com", "URL")],
     ["general", "practice-contact"], "Service name, dependent's name and account go; balance and payment link stay."),
    ("fl0083", "Claim 77-210394 for Owen Pratt was denied: the G-tube supplies need a prior authorization tied to his dysphagia diagnosis. Please have Dr. Reyes submit the PA.",
     "BLOCK", "billing", "email", "en",
     [("77-210394", "OTHER_ID"), ("Owen Pratt", "NAME"), ("G-tube", "PROCEDURE"), ("dysphagia", "CONDITION"), ("Dr. Reyes", "PROVIDER")],
     ["general", "third-party"], "A denial reason that states a diagnosis of a named person."),
    ("fl0084", "Good news: starting in January we are in network with Guardian Benefit Co. dental and vision plans. Update your insurance at your next visit.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Guardian Benefit Co. is an insurance company; a network broadcast."),
    ("fl0085", "Guardian Benefit Co.: the claim for Lily Chen's 4/3 visit has been processed. You owe $0. Member ID GBC-5510-2291.",
     "REWRITE", "billing", "sms", "en",
     [("Lily Chen", "NAME"), ("4/3", "DATE"), ("GBC-5510-2291", "HEALTH_PLAN_ID")],
     ["general"], "Insurer's claim notice: the name and member ID are not needed; 'a claim was processed, you owe $0' survives."),
    ("fl0086", "This is the Medicaid waiver office calling for Marcus Bell, date of birth February 14, 1990. His ICF/IID level of care redetermination is due. Please call 555-0185.",
     "BLOCK", "other", "voice", "en",
     [("Marcus Bell", "NAME"), ("February 14, 1990", "DATE"), ("ICF/IID", "SPECIALTY"), ("level of care redetermination", "PROCEDURE"), ("555-0185", "PHONE")],
     ["general", "dob"], "Full date of birth with a name (and a facility type that reveals the disability)."),
    ("fl0087", "We updated the mailing address for Samuel Ito to Linden House, 2214 Alder Court, Springfield, OR 97477. His day program invoices will go there from now on.",
     "REWRITE", "billing", "email", "en",
     [("Samuel Ito", "NAME"), ("2214 Alder Court, Springfield, OR 97477", "ADDRESS"), ("day program", "PROCEDURE")],
     ["home-health", "identifier"], "The resident's home address and name go, with the program; 'we updated your mailing address' survives."),
    ("fl0088", "Your statement for Keisha Moore (account BP-330915) is ready: March day habilitation, 21 days, Medicaid paid in full. Balance $0.",
     "ALLOW", "billing", "portal", "en",
     [("Keisha Moore", "NAME"), ("BP-330915", "ACCOUNT"), ("day habilitation", "PROCEDURE")],
     ["general"], "A statement inside the secure portal may name the person, account and service."),
    ("fl0089", "Para tramitar la exencion de Medicaid de su hija Rosa Mendez necesitamos su numero de seguro social 078-05-1120 y su fecha de nacimiento 03/07/1998.",
     "BLOCK", "other", "sms", "es",
     [("Rosa Mendez", "NAME"), ("078-05-1120", "SSN"), ("03/07/1998", "DATE")],
     ["general", "dob"], "SSN and full DOB with a name by text."),
    ("fl0090", "Payment received - thank you! Receipt #R-10288 is in the app.",
     "ALLOW", "billing", "push", "en", [],
     ["general", "hard-negative"], "A receipt number identifies a payment, not a person (decision, like confirmation codes)."),
)

# ---------------------------------------------------------------- batch 8 (fl0091-fl0098): Spanish
add(
    ("fl0091", "Clinica del Mar: le recordamos su cita con el Dr. Ochoa el jueves 23 de abril a las 9:00. Responda SI para confirmar.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Ochoa", "PROVIDER"), ("23 de abril", "DATE")],
     ["primary-care"], "`Mar` is the sea, not a medication record; provider, date and time."),
    ("fl0092", "Hola Sra. Quiroga, el examen fisico de Olimpiadas Especiales de Andres es el martes a las 4 pm con la Dra. Salinas.",
     "REWRITE", "reminder", "sms", "es",
     [("Quiroga", "NAME"), ("Olimpiadas Especiales", "PROCEDURE"), ("Andres", "NAME"), ("Dra. Salinas", "PROVIDER")],
     ["primary-care"], "Program label and names go; weekday, time and provider survive."),
    ("fl0093", "Hola, le habla Alegria de la oficina de la Clinica Maple Street. Solo para avisarle que ya recibimos sus documentos. No necesita hacer nada mas.",
     "ALLOW", "other", "voice", "es",
     [("Alegria", "PROVIDER")],
     ["general"], "Staff named Alegria (Joy) as sender; nothing clinical."),
    ("fl0094", "Aviso: el transporte de la manana saldra 20 minutos tarde por la lluvia. Gracias por su paciencia.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Transport delay broadcast; `paciencia` is patience."),
    ("fl0095", "Su asistente de apoyo directo (DSP) Maria llega manana a las 8 am.",
     "REWRITE", "reminder", "push", "es",
     [("asistente de apoyo directo", "SPECIALTY"), ("DSP", "SPECIALTY"), ("Maria", "PROVIDER")],
     ["home-health"], "Judgement: the DSP role reveals disability services; 'Maria llega manana a las 8' survives."),
    ("fl0096", "Dra. Salinas: los analisis de Luis salieron con el nivel de litio en 1.4, un poco alto. Suspendan la dosis de esta noche y traiganlo manana.",
     "BLOCK", "result", "sms", "es",
     [("Dra. Salinas", "PROVIDER"), ("Luis", "NAME"), ("nivel de litio", "PROCEDURE"), ("1.4", "RESULT"), ("un poco alto", "RESULT")],
     ["lab", "third-party"], "A drug level and a dosing instruction for a dependent."),
    ("fl0097", "¿Vio nuestro programa en el canal 5? Lo repetimos el domingo a las 6 pm: recetas faciles para toda la semana.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "A TV program and cooking recipes (`recetas`), not prescriptions."),
    ("fl0098", "Estimada Sra. Mendez: le recordamos la evaluacion de Rosa en el Centro de Desarrollo Integral Amanecer el 2 de junio a las 10 am. Si necesita transporte llame al 555-0188.",
     "REWRITE", "reminder", "email", "es",
     [("Mendez", "NAME"), ("Rosa", "NAME"), ("Centro de Desarrollo Integral Amanecer", "SPECIALTY"), ("2 de junio", "DATE"), ("555-0188", "PHONE")],
     ["behavioral-health", "practice-contact"], "A developmental-center name and names go; date, time and phone survive."),
)

# ---------------------------------------------------------------- batch 9 (fl0099-fl0108): look-alikes and hard negatives
add(
    ("fl0099", "Our internet provider (ISP) has an outage this morning, so the portal may be slow. Phones are working normally.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "ISP is an internet service provider here."),
    ("fl0100", "Parking update: the drop-off loop is now the arc-shaped drive on the north side of the building. Please don't stop in the fire lane.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "An arc as a shape."),
    ("fl0101", "Polling place notice: Ward 3 voting is in our community room Tuesday 7 AM to 8 PM. Clinic hours are not affected.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "An electoral ward, not a guardian's ward."),
    ("fl0102", "Heat advisory: our lobby is open as a cooling center today 10-6 for a respite from the heat. Water and snacks provided.",
     "ALLOW", "other", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "`respite` in its everyday sense."),
    ("fl0103", "Reminder: you're scheduled with Dr. Downs on Mon 6/15 at 11:20 AM at Maple Street Clinic. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Downs", "PROVIDER"), ("6/15", "DATE")],
     ["primary-care"], "Provider surname Downs is not a condition."),
    ("fl0104", "Did you catch our program on KVTR last night? Our dietitians walked through five budget breakfasts. The replay is on our channel all week.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "A TV program, not a day program."),
    ("fl0105", "Hi, this is Grace Ward from Maple Street Clinic billing. I left you a voicemail about updating your insurance. Call me back at 555-0190 ext 12.",
     "ALLOW", "billing", "sms", "en",
     [("Grace Ward", "PROVIDER"), ("555-0190 ext 12", "PHONE")],
     ["general", "practice-contact"], "A staff member named Grace Ward as sender with her office line."),
    ("fl0106", "Special hours this week: we close at 3 PM on Friday for our staff appreciation lunch. Have a great weekend!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "`Special` is an adjective, not Special Olympics."),
    ("fl0107", "Volunteer opportunity: help coach our Home Team youth basketball program on Saturday mornings. No experience needed; background check required.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Home Team and program in a sports sense."),
    ("fl0108", "Our new logo, an orange arc over a little house, goes up on the building this week. Same team, same phone number, same great care.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "An arc in a logo and a house drawing."),
)

# ---------------------------------------------------------------- batch 10 (fl0109-fl0120): disguises (4), templates, long, closing
add(
    ("fl0109", "Owen had a s3izure at day pr0gram, 3 min, EMS called. Call Linden House asap.",
     "BLOCK", "other", "sms", "en",
     [("Owen", "NAME"), ("s3izure", "CONDITION"), ("day pr0gram", "PROCEDURE"), ("3 min", "RESULT")],
     ["home-health", "third-party", "leet", "shorthand"], "Leetspeak seizure report about a ward: a third party's health event."),
    ("fl0110", "Reminder: Marcus's I\u200bS\u200bP meeting is Thu 5/7 at 10 AM at Linden House.",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("I\u200bS\u200bP", "PROCEDURE"), ("5/7", "DATE")],
     ["home-health"], "Zero-width spaces inside ISP; name and plan term go, date and time survive."),
    ("fl0111", "Your r i s p e r i d o n e refill is ready at Northside Pharmacy.",
     "REWRITE", "pickup", "push", "en",
     [("r i s p e r i d o n e", "MEDICATION")],
     ["pharmacy", "spaced"], "A spaced-out drug name in a pickup notice still goes."),
    ("fl0112", "Update on Lily: her \u0430utism evaluation confirmed the diagnosis. Dr. Brooks will explain at the 6/12 visit.",
     "BLOCK", "result", "sms", "en",
     [("Lily", "NAME"), ("\u0430utism", "CONDITION"), ("confirmed", "RESULT"), ("Dr. Brooks", "PROVIDER"), ("6/12", "DATE")],
     ["behavioral-health", "third-party"], "A Cyrillic `a` in autism; a confirmed diagnosis of a third party."),
    ("fl0113", "{{agency_name}}: your ride on {{trip_date}} is confirmed. Pickup window {{pickup_window}}. Reply C to confirm or call {{office_phone}}.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "template"], "Template with content-free placeholders only."),
    ("fl0114", "{{agency_name}} Day Habilitation: transport for {{trip_date}} is confirmed, pickup at {{pickup_time}}. Please send a packed lunch.",
     "REWRITE", "confirmation", "email", "en",
     [("Day Habilitation", "PROCEDURE")],
     ["general", "template"], "The fixed text reveals the service even though the placeholders are safe."),
    ("fl0115", "Dear Mr. and Mrs. Nair,\n\nWelcome to Linden House! We are so glad Priya will be joining us on Saturday, June 6. Move-in can start any time after 10 AM; the driveway is the arc-shaped one in front, and there is room for a small truck.\n\nPlease bring her clothes labeled with her initials, bedding if she prefers her own, photos and anything that makes her room feel like home. Our nurse, Joy Park, RN, will meet you to go over the medication administration record and the pharmacy delivery schedule, so please bring all current prescription bottles.\n\nHer room is on the first floor, near the kitchen. Our house phone is 555-0151 and my cell is 555-0159.\n\nWarmly,\nTasha Greene\nHouse Manager, Linden House",
     "REWRITE", "other", "email", "en",
     [("Nair", "NAME"), ("Priya", "NAME"), ("June 6", "DATE"), ("Joy Park, RN", "PROVIDER"), ("medication administration record", "PROCEDURE"), ("555-0151", "PHONE"), ("555-0159", "PHONE"), ("Tasha Greene", "PROVIDER")],
     ["home-health", "practice-contact"], "Long welcome letter: names and the MAR mention go; move-in date, logistics and the house's phones stay."),
    ("fl0116", "Marcus's annual physical is Wed 7/1 at 8:30 with Dr. Reyes. Hold his 8 AM metformin that morning until after his fasting labs, then give it with breakfast.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Marcus", "NAME"), ("7/1", "DATE"), ("Dr. Reyes", "PROVIDER"), ("metformin", "MEDICATION")],
     ["primary-care", "third-party"], "A dosing instruction for a dependent's medication."),
    ("fl0117", "Hi Priya! You have a video visit with your counselor on Tue 3/24 at 3 PM. The link will come by text 15 min before.",
     "REWRITE", "reminder", "sms", "en",
     [("Priya", "NAME"), ("counselor", "SPECIALTY"), ("3/24", "DATE")],
     ["behavioral-health"], "To the self-advocate herself: name and counselor go; 'video visit Tue 3/24 at 3 PM' survives."),
    ("fl0118", "Respite weekend confirmed for Tommy Fitch, Fri 7/10 to Sun 7/12 at Brightpath Respite House, 88 Juniper Ln. Our staff are trained on his G-tube feeds; please send 6 cans of his formula.",
     "BLOCK", "confirmation", "email", "en",
     [("Tommy Fitch", "NAME"), ("7/10", "DATE"), ("7/12", "DATE"), ("Brightpath Respite House", "SPECIALTY"), ("88 Juniper Ln", "ADDRESS"), ("G-tube feeds", "PROCEDURE")],
     ["home-health", "third-party"], "The confirmation carries a dependent's feeding treatment and supply instructions; removal would gut the message."),
    ("fl0119", "Flu shots for all residents and staff at the house this Tuesday, 10 to 2. No appointment needed.",
     "ALLOW", "other", "sms", "en", [],
     ["home-health", "broadcast", "hard-negative"], "Broadcast to the whole house (README: flu shots available)."),
    ("fl0120", "Happy 91st birthday to Ed Marsh from all of us at Linden House! Cake in the dining room at 3.",
     "REWRITE", "other", "sms", "en",
     [("91st", "AGE"), ("Ed Marsh", "NAME")],
     ["home-health", "age-over-89"], "An age over 89 with a name; 'Happy birthday from all of us' survives."),
)

# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build
if __name__ == "__main__":
    probe_lib.run(M, "fl", "probe165.jsonl")
