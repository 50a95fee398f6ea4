#!/usr/bin/env python3
"""Build corpus/probe174.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe174.py [OUT] [-v]   (default: probe174.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md, corpus/probe_lib.py and the docstring and
first batch of build_probe7.py only; the engine was not run and no other corpus's messages were
read).
This round is ABORTION CARE, CONTRACEPTION, MISCARRIAGE MANAGEMENT and PREGNANCY-OPTIONS
COUNSELING: medication and procedural abortion appointments, pre-procedure logistics and
misoprostol instructions, IUD and implant insertions and removals, pill/Depo refills and
pickups, emergency contraception, follow-up pregnancy tests and hCG trends, miscarriage
follow-up and expectant management, Rh immune globulin, confidential minors' services (school
clinics, texts to teens, what must not reach a parent or partner), travel assistance funds
(approvals, rides, case numbers) and billing. Look-alikes and hard negatives: a "plan B" for a
rainy weekend and Plan B Brewing, Implant Telecom (a phone vendor), a reminder batch and a 5K
that were "aborted", the "conception" of a new building, staff member Hope Parenthood-Jones,
"options" in phone and app menus, a patch of ice, a school trimester, a software "parche", an
"interrupción" of electric service, a new "dispositivo" for log-in, Copper Canyon Rd, Calle
Concepción, a "morning after" a gala, "expecting" snow, Menu > Options in an app, a staff member
named Ella. Typos in clinical words ("miscarraige", "birth controll"). 20% Spanish; 4 disguised messages.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  - abortion as a visit type (`abortion`, `medication abortion`, `aspiration abortion`,
    `aborto`, `aborto con medicamentos`), `D&C`/`legrado`, `options counseling` /
    `consejería de opciones de embarazo`, `judicial bypass`, `sedation`/`IV sedation`,
    `expectant management` and `blood type` are PROCEDURE;
  - contraceptive DEVICES (IUD/DIU, implant/implante, Nexplanon, Kyleena, Paragard) are PROCEDURE
    ("devices are PROCEDURE"); when the act is named with them the act goes inside the span
    (`IUD insertion`, `Nexplanon removal`, `colocación del DIU`, `retiro del DIU`) because the
    insertion/removal is the procedure, while generic words stay outside (`IUD check`);
  - contraceptive DRUGS and PRODUCTS (birth control, the pill/pills, Depo shot, Plan B, ella,
    pastillas anticonceptivas, anticonceptivos, condoms) and Rh immune globulin / RhoGAM are
    MEDICATION, also as the object of a visit (`anticonceptivos` in "cita de anticonceptivos");
  - miscarriage / pérdida del embarazo / aborto espontáneo, ectopic pregnancy, "pregnant" as a
    state and symptoms (bleeding, cramping, spotting, fever, cólicos) are CONDITION;
    "9 weeks pregnant" is one CONDITION span;
  - outcomes are RESULT: positive/negative, "is complete", "no heartbeat", "in the right
    position", "intact", hCG values, "Rh negative"; a hypothetical "if it's positive" is still
    labelled RESULT and the line is tagged negation;
  - reproductive-health and women's-health practice names and any fund whose name says
    "abortion"/"aborto" are SPECIALTY; generically named travel funds (Pathways Travel Fund,
    Fondo de Viaje Caminos) are not labelled, and an approval from such a fund that names no
    service, no person and no identifier is ALLOW (judgement);
  - fund case/request numbers and prescription numbers are OTHER_ID; a clinic chart number
    ("expediente") is MRN; a device lot number is DEVICE_ID;
  - a minor's sensitive reproductive service (pregnancy test, contraception, IUD, pregnancy)
    disclosed to a parent, guardian or spouse is BLOCK as third-party health even when only
    logistics are given: the README's REWRITE exception for a dependent covers routine visit
    types only, and confidential minors' services are the opposite of routine;
  - texts addressed to the minor herself follow the ordinary rules (REWRITE for name and
    procedure, BLOCK for results);
  - the patient's own phone number or e-mail echoed back is a removable identifier (REWRITE);
  - a month/year device expiry ("5/2027") and an ordinal day ("Tuesday the 14th" -> "14th")
    are DATE;
  - staff named as the sender (billing staff, a school-clinic aide, a counselor) are PROVIDER;
    "Lena Pham, CNM" is PROVIDER plus SPECIALTY for the midwifery credential;
  - a broadcast that mentions reproductive services (same-week IUDs, free pregnancy tests) from
    a generically named practice carries no clinical span and is ALLOW (README: broadcasts say
    nothing about the recipient); the practice's own contact details in it are still labelled;
  - a manufacturer device recall addressed to a named patient with the device, the insertion
    date and the lot is BLOCK: the recall finding about her device is the message;
  - misoprostol/ella/ibuprofen dosing and bleeding-threshold instructions are BLOCK off the
    portal; the same kind of instruction on channel portal is ALLOW (contrast pairs).

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


# ---------------------------------------------------------------- batch 1 (fu0001-fu0015): abortion appointments, confirmations, misoprostol instructions
add(
    ("fu0001", "Riverside Medical Group: reminder of your appointment with Dr. Okafor on Tue 3/10 at 8:30 AM. Reply C to confirm or call (312) 555-0142.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("3/10", "DATE"), ("(312) 555-0142", "PHONE")],
     ["reproductive", "practice-contact"], "Generic practice name, provider, date, time and the practice's own phone: nothing about why."),
    ("fu0002", "Hi Keisha, this is Northside Family Planning confirming your medication abortion appointment on Friday 3/13 at 10:00 AM with Dr. Lindqvist. Plan for 2-3 hours at the clinic.",
     "REWRITE", "confirmation", "sms", "en",
     [("Keisha", "NAME"), ("Northside Family Planning", "SPECIALTY"), ("medication abortion", "PROCEDURE"), ("3/13", "DATE"), ("Dr. Lindqvist", "PROVIDER")],
     ["reproductive"], "Name, family-planning practice name and the visit type go; date, time, provider and the length of stay survive."),
    ("fu0003", "APPT REMINDER: KAYLA M. - IUD INSERTION - 04/02 2:15PM - CLEARWATER WOMEN'S HEALTH. REPLY Y TO CONFIRM, N TO CANCEL.",
     "REWRITE", "reminder", "sms", "en",
     [("KAYLA M.", "NAME"), ("IUD INSERTION", "PROCEDURE"), ("04/02", "DATE"), ("CLEARWATER WOMEN'S HEALTH", "SPECIALTY")],
     ["reproductive"], "All-caps vendor template: name, procedure and women's-health practice name go; date and time stay. Judgement: the insertion is inside the device span."),
    ("fu0004", "Maple Street Clinic Community Picnic is Saturday at 1pm! Plan B if it rains: we move into the library gym, same time. Bring a chair and a friend.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Plan B' is a rain plan, not emergency contraception; a broadcast about a picnic says nothing about the recipient."),
    ("fu0005", "Dear Ms. Delgado-Price,\n\nThis confirms your appointment at Bayview Reproductive Health Center, 1200 Harbor Blvd, Suite 4, San Mateo, CA 94401, on March 19 at 7:30 AM. Please arrive 15 minutes early and bring a photo ID. If you choose sedation, someone must drive you home.\n\nQuestions? Call us at (415) 555-0167.\n\nFront desk",
     "REWRITE", "confirmation", "email", "en",
     [("Delgado-Price", "NAME"), ("Bayview Reproductive Health Center", "SPECIALTY"), ("1200 Harbor Blvd, Suite 4, San Mateo, CA 94401", "ADDRESS"), ("March 19", "DATE"), ("sedation", "PROCEDURE"), ("(415) 555-0167", "PHONE")],
     ["reproductive", "practice-contact"], "E-mail is treated like SMS: patient name, the reproductive-health center's name and the sedation option go; the practice's address, phone, date and time stay. Judgement: the address is the practice's, so labelled but allowed."),
    ("fu0006", "You have an upcoming appointment on {{appt_date}} at {{appt_time}}. Open the app for details.",
     "ALLOW", "reminder", "push", "en", [],
     ["reproductive", "template"], "Lock-screen push template with content-free placeholders: only that an appointment exists."),
    ("fu0007", "Hello, this is Cedar Hill Primary Care calling for Marisol Vega. We're calling to remind you of your Nexplanon removal with Nurse Practitioner Adams on Thursday, April 9th at 3 PM. If you need to reschedule, please call (608) 555-0139.",
     "REWRITE", "reminder", "voice", "en",
     [("Marisol Vega", "NAME"), ("Nexplanon removal", "PROCEDURE"), ("Nurse Practitioner Adams", "PROVIDER"), ("April 9th", "DATE"), ("(608) 555-0139", "PHONE")],
     ["reproductive", "practice-contact"], "Voicemail can be overheard: the patient's name and the implant procedure go; provider, date, time and the practice phone stay."),
    ("fu0008", "Confirming: patient Brianna Loftus, DOB 07/21/2006, is scheduled for pregnancy options counseling on 5/4 at 11am.",
     "BLOCK", "confirmation", "sms", "en",
     [("Brianna Loftus", "NAME"), ("07/21/2006", "DATE"), ("pregnancy options counseling", "PROCEDURE"), ("5/4", "DATE")],
     ["reproductive", "dob"], "A full date of birth with the patient's name must never travel by text (README), on top of the revealing visit type."),
    ("fu0009", "Hola Yesenia, le recordamos su cita para la colocación del DIU el jueves 14 de mayo a las 9:30 con la Dra. Ibarra en Clínica Salud de la Mujer. Responda SI para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Yesenia", "NAME"), ("colocación del DIU", "PROCEDURE"), ("14 de mayo", "DATE"), ("Dra. Ibarra", "PROVIDER"), ("Clínica Salud de la Mujer", "SPECIALTY")],
     ["reproductive"], "Name, IUD insertion and the women's-health clinic name go; date, time and provider stay."),
    ("fu0010", "Clínica del Pueblo: Le recordamos su cita el lunes 8 de junio a las 2:00 pm con la Dra. Fuentes. Para cambiarla llame al (505) 555-0118.",
     "ALLOW", "reminder", "sms", "es",
     [("8 de junio", "DATE"), ("Dra. Fuentes", "PROVIDER"), ("(505) 555-0118", "PHONE")],
     ["reproductive", "practice-contact"], "Generic clinic name, date, time, provider and the clinic's phone."),
    ("fu0011", "Thanks for texting Riverside Medical Group. Reply 1 for scheduling options, 2 for billing options, 3 to leave a message for the nurse. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'Options' in an auto-reply menu is not options counseling; nothing about anyone."),
    ("fu0012", "hi its Tasha @ the clinic, ur IUD check is tmrw 10:15, no need to fast. txt back if u cant make it",
     "REWRITE", "reminder", "sms", "en",
     [("Tasha", "PROVIDER"), ("IUD", "PROCEDURE")],
     ["reproductive", "shorthand"], "Staff sender is PROVIDER; the device names the service and goes, 'check' stays as the generic word."),
    ("fu0013", "Reminder for tonight: 24 hrs after the first pill, place the 4 misoprostol tablets in your cheeks for 30 min, then swallow what's left. Take ibuprofen 800mg an hour before.",
     "BLOCK", "care-instructions", "sms", "en",
     [("pill", "MEDICATION"), ("misoprostol", "MEDICATION"), ("ibuprofen 800mg", "MEDICATION")],
     ["reproductive", "contrast"], "Dosing instructions for a medication abortion are the message; nothing is left once they are removed. Send a portal notice."),
    ("fu0014", "Medication instructions from Dr. Lindqvist: 24 hours after taking mifepristone, place 4 misoprostol 200 mcg tablets between your cheek and gum for 30 minutes, then swallow what remains. Call the 24/7 line at (312) 555-0150 for heavy bleeding.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("mifepristone", "MEDICATION"), ("misoprostol 200 mcg", "MEDICATION"), ("(312) 555-0150", "PHONE"), ("heavy bleeding", "CONDITION")],
     ["reproductive", "contrast", "practice-contact"], "Inside the secure portal dosing instructions may stay (README channel convention); the same content by SMS is BLOCK (fu0013)."),
    ("fu0015", "Sra. Navarro, recuerde: 24 horas despues de la mifepristona, coloque 4 tabletas de misoprostol entre la mejilla y la encia por 30 minutos. Despues trague lo que quede.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Navarro", "NAME"), ("mifepristona", "MEDICATION"), ("misoprostol", "MEDICATION")],
     ["reproductive"], "Dosing instructions with the patient's name; the instruction is the message, so removal cannot make it safe."),
)

# ---------------------------------------------------------------- batch 2 (fu0016-fu0030): contraception, pickups, EC, implants
add(
    ("fu0016", "Lakeview Pharmacy: Hi Jordan, your Plan B One-Step is ready for pickup at the front counter. We're open until 9pm.",
     "REWRITE", "pickup", "sms", "en",
     [("Jordan", "NAME"), ("Plan B One-Step", "MEDICATION")],
     ["pharmacy", "reproductive"], "Pickup notice: the name and the emergency-contraception product go; 'your order is ready' survives."),
    ("fu0017", "Lakeview Pharmacy: Your order is ready for pickup. Please bring a photo ID. Questions? (608) 555-0124.",
     "ALLOW", "pickup", "sms", "en",
     [("(608) 555-0124", "PHONE")],
     ["pharmacy", "practice-contact"], "Pickup notice without the drug or the person."),
    ("fu0018", "Your birth control refill is ready at Lakeview Pharmacy (Rx #4418273). Pick up by 6/20.",
     "REWRITE", "pickup", "push", "en",
     [("birth control", "MEDICATION"), ("4418273", "OTHER_ID"), ("6/20", "DATE")],
     ["pharmacy", "reproductive"], "Lock-screen push: the drug class and the Rx number go; the pickup deadline stays."),
    ("fu0019", "Hi Ana, time for your next Depo shot! Book by 6/3 at cedarhill.example.com/book or call (608) 555-0131.",
     "REWRITE", "recall", "sms", "en",
     [("Ana", "NAME"), ("Depo shot", "MEDICATION"), ("6/3", "DATE"), ("cedarhill.example.com/book", "URL"), ("(608) 555-0131", "PHONE")],
     ["reproductive", "practice-contact"], "Recall: the name and the injectable contraceptive go; the booking link, phone and deadline stay."),
    ("fu0020", "Hi, this message is for Renata. This is Nurse Cole from Maple Street Clinic. Your pregnancy test from Monday was negative, so you can go ahead and start the new pack of pills on Sunday. Call us at (608) 555-0133 with questions.",
     "BLOCK", "result", "voice", "en",
     [("Renata", "NAME"), ("Nurse Cole", "PROVIDER"), ("pregnancy test", "PROCEDURE"), ("negative", "RESULT"), ("pills", "MEDICATION"), ("(608) 555-0133", "PHONE")],
     ["reproductive"], "A negative result is still a result (README), followed by a treatment instruction; a voicemail can be overheard."),
    ("fu0021", "Heads up from Maple Street Clinic: our phone vendor, Implant Telecom, is moving our lines Saturday night. If a call drops, please try again or text this number.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Implant' is part of a phone vendor's name; a broadcast about phone lines."),
    ("fu0022", "Hi, Dr. Haddad reviewed your chart. Because of your migraines with aura, she recommends stopping the pill and switching to a copper IUD. Call (608) 555-0131 to talk it over.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Haddad", "PROVIDER"), ("migraines with aura", "CONDITION"), ("the pill", "MEDICATION"), ("copper IUD", "PROCEDURE"), ("(608) 555-0131", "PHONE")],
     ["reproductive", "practice-contact"], "A diagnosis and a treatment recommendation are the message; only 'call us' would be left."),
    ("fu0023", "Hi Mrs. Baptiste, this is Hope Parenthood-Jones from Riverside Medical Group returning your call. Due to privacy rules we can't discuss your daughter's birth control prescription with you; Celine can call us directly.",
     "BLOCK", "other", "sms", "en",
     [("Baptiste", "NAME"), ("Hope Parenthood-Jones", "PROVIDER"), ("birth control", "MEDICATION"), ("Celine", "NAME")],
     ["reproductive", "third-party", "minor"], "The refusal itself discloses a dependent's contraception to the parent: third-party health, BLOCK. The staff member's surname is a look-alike and stays as PROVIDER."),
    ("fu0024", "Riverside Medical Group now offers same-week IUD and birth control implant appointments at all three locations, no referral needed. Book online at riversidemg.example.com/book or call (312) 555-0100.",
     "ALLOW", "marketing", "email", "en",
     [("riversidemg.example.com/book", "URL"), ("(312) 555-0100", "PHONE")],
     ["reproductive", "broadcast", "practice-contact"], "A broadcast to every patient about services says nothing about the recipient (README), so the service words carry no span. Judgement."),
    ("fu0025", "Tip: to hide message previews on your lock screen, open the app and go to Menu > Options > Notifications.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "'Options' is an app menu, not options counseling."),
    ("fu0026", "Farmacia San Jose: esta noche la app recibe un parche de seguridad. Si manana no puede entrar, actualice la app. Gracias.",
     "ALLOW", "other", "sms", "es", [],
     ["pharmacy", "broadcast", "hard-negative"], "'Parche' is a software patch, not a contraceptive patch."),
    ("fu0027", "Hi Lucy, your ultrasound today showed the IUD is in the right position, so no follow-up is needed. Strings were 3 cm. - Dr. Haddad",
     "BLOCK", "result", "email", "en",
     [("Lucy", "NAME"), ("ultrasound", "PROCEDURE"), ("IUD", "PROCEDURE"), ("in the right position", "RESULT"), ("3 cm", "RESULT"), ("Dr. Haddad", "PROVIDER")],
     ["reproductive", "imaging"], "An imaging finding about the device is the message; a normal finding is still a result."),
    ("fu0028", "Kyleena insertion 5/28 @ 9am w/ Dr Haddad. Bring ur ins card + photo ID. Reply C to confirm",
     "REWRITE", "confirmation", "sms", "en",
     [("Kyleena insertion", "PROCEDURE"), ("5/28", "DATE"), ("Dr Haddad", "PROVIDER")],
     ["reproductive", "shorthand"], "The IUD brand and procedure go; date, time, provider and what to bring survive."),
    ("fu0029", "Ella from Maple Street Clinic here - we found a scarf in the waiting room after your visit Tuesday. Want us to hold it at the front desk?",
     "ALLOW", "other", "sms", "en",
     [("Ella", "PROVIDER")],
     ["general"], "'Ella' is the staff member sending the text, not the emergency contraceptive; lost-and-found says nothing clinical."),
    ("fu0030", "Hi Priya, Dr. Haddad sent ella to Lakeview Pharmacy. Take 1 tablet as soon as you can, within 5 days (120 hrs). If your period is more than a week late, take a pregnancy test.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Priya", "NAME"), ("Dr. Haddad", "PROVIDER"), ("ella", "MEDICATION"), ("pregnancy test", "PROCEDURE")],
     ["reproductive", "pharmacy"], "Dosing instructions for emergency contraception; the instruction is the message. Contrast with fu0029 where Ella is a person."),
)

# ---------------------------------------------------------------- batch 3 (fu0031-fu0045): miscarriage management, hCG, Rh
add(
    ("fu0031", "Hi Danielle, this is Riverside Medical Group. Dr. Okafor would like to see you for a miscarraige follow-up on 8/4 at 2:20 PM.",
     "REWRITE", "reminder", "sms", "en",
     [("Danielle", "NAME"), ("Dr. Okafor", "PROVIDER"), ("miscarraige", "CONDITION"), ("8/4", "DATE")],
     ["reproductive", "typo"], "A condition used as a visit label: it goes with the name, 'follow-up', provider, date and time stay."),
    ("fu0032", "Your hCG today was 48, down from 1,920 last week. That's the drop we hoped for - repeat the blood test in 7 days.",
     "BLOCK", "result", "sms", "en",
     [("hCG", "PROCEDURE"), ("48", "RESULT"), ("1,920", "RESULT")],
     ["reproductive", "lab", "contrast"], "Lab values and their interpretation are the message."),
    ("fu0033", "Your hCG result from 8/11 is 48 mIU/mL (previous 1,920 mIU/mL). Dr. Okafor says this is an appropriate decline. Please repeat the test on 8/18.",
     "ALLOW", "result", "portal", "en",
     [("hCG", "PROCEDURE"), ("8/11", "DATE"), ("48 mIU/mL", "RESULT"), ("1,920 mIU/mL", "RESULT"), ("Dr. Okafor", "PROVIDER"), ("appropriate decline", "RESULT"), ("8/18", "DATE")],
     ["reproductive", "lab", "contrast"], "Results may stay inside the secure portal (README); contrast with fu0032 by SMS."),
    ("fu0034", "You have a new test result in the Riverside Medical Group portal. Log in at riversidemg.example.com to view it.",
     "ALLOW", "portal-notice", "sms", "en",
     [("riversidemg.example.com", "URL")],
     ["reproductive", "practice-contact"], "Notification without PHI: that a result exists, not what it is."),
    ("fu0035", "Hi, this is Cedar Hill Primary Care calling for Mark. Your wife Jenna asked us to let you know her miscarriage is complete and she doesn't need the D&C on Friday. She'll call you after work.",
     "BLOCK", "other", "voice", "en",
     [("Mark", "NAME"), ("Jenna", "NAME"), ("miscarriage", "CONDITION"), ("is complete", "RESULT"), ("D&C", "PROCEDURE")],
     ["reproductive", "third-party"], "A third party's diagnosis and finding, told to her husband: BLOCK even with her consent to tell him."),
    ("fu0036", "Sra. Contreras, su prueba de embarazo de seguimiento salio negativa. Ya no necesita regresar para otra prueba.",
     "BLOCK", "result", "sms", "es",
     [("Contreras", "NAME"), ("prueba de embarazo", "PROCEDURE"), ("negativa", "RESULT")],
     ["reproductive"], "A negative follow-up pregnancy test is a result."),
    ("fu0037", "Hola Maribel, tiene cita de seguimiento por la perdida del embarazo el 22 de septiembre a las 10:00 con la Dra. Ibarra. Llame al (505) 555-0119 si necesita cambiarla.",
     "REWRITE", "reminder", "sms", "es",
     [("Maribel", "NAME"), ("perdida del embarazo", "CONDITION"), ("22 de septiembre", "DATE"), ("Dra. Ibarra", "PROVIDER"), ("(505) 555-0119", "PHONE")],
     ["reproductive", "practice-contact"], "Pregnancy loss as the visit label goes with the name; 'cita de seguimiento', date, provider and phone stay."),
    ("fu0038", "Maple Street Clinic: our text system aborted last night's reminder batch halfway, so you may get a duplicate reminder today. Sorry for the noise!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Aborted' describes a failed software job."),
    ("fu0039", "Dear Tamsin,\n\nI'm so sorry for your loss. As we discussed, you chose to let the miscarriage pass on its own. Expect cramping and bleeding heavier than a period for a few days. Use pads, not tampons, for two weeks. Go to the ER if you soak two pads an hour for two hours or have a fever over 100.4F.\n\nWe'll check an hCG level in one week; the lab slip is at the front desk.\n\nWarmly,\nDr. Adeyemi\nMaple Street Clinic\n(608) 555-0133",
     "BLOCK", "care-instructions", "email", "en",
     [("Tamsin", "NAME"), ("miscarriage", "CONDITION"), ("cramping", "CONDITION"), ("bleeding", "CONDITION"), ("fever", "CONDITION"), ("hCG", "PROCEDURE"), ("Dr. Adeyemi", "PROVIDER"), ("(608) 555-0133", "PHONE")],
     ["reproductive"], "Diagnosis and care instructions are the whole e-mail; e-mail is treated like SMS."),
    ("fu0040", "We're expecting heavy snow tomorrow. If we have to close, we'll text you by 7 AM and reschedule every visit at no charge.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Expecting' snow, not a pregnancy; a weather broadcast."),
    ("fu0041", "Lab reminder: your lab work is tomorrow at 8:00 AM at the Riverside Lab draw station, 44 Elm St, Springfield. No fasting needed.",
     "ALLOW", "reminder", "sms", "en",
     [("44 Elm St, Springfield", "ADDRESS")],
     ["lab", "practice-contact"], "Generic lab work at the lab's own address; no test named."),
    ("fu0042", "ur ultrasound showed no heartbeat, so dr wants to talk options - miso at home or a D&C. call us b4 5",
     "BLOCK", "result", "sms", "en",
     [("ultrasound", "PROCEDURE"), ("no heartbeat", "RESULT"), ("miso", "MEDICATION"), ("D&C", "PROCEDURE")],
     ["reproductive", "shorthand", "imaging"], "A finding and the treatment choices it leads to; shorthand 'miso' is misoprostol."),
    ("fu0043", "Clinica del Pueblo: por una interrupcion del servicio electrico, cerramos hoy a las 3 pm. Las citas de la tarde se reprogramaran. Disculpe las molestias.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Interrupción' is a power outage, not an interruption of pregnancy."),
    ("fu0044", "Hello Ms. Whitfield,\nYour RhoGAM injection has been scheduled for Monday, 9/14, at 9:15 AM at Cedar Hill Primary Care. The visit takes about 20 minutes.\nThank you,\nFront Desk",
     "REWRITE", "reminder", "email", "en",
     [("Whitfield", "NAME"), ("RhoGAM injection", "MEDICATION"), ("9/14", "DATE")],
     ["reproductive"], "Name and the drug with its form word go; date, time and length stay."),
    ("fu0045", "Priya - your blood type came back Rh negative, so you'll need a RhoGAM shot within 72 hrs of the bleeding. Can you come in tomorrow?",
     "BLOCK", "result", "sms", "en",
     [("Priya", "NAME"), ("blood type", "PROCEDURE"), ("Rh negative", "RESULT"), ("RhoGAM shot", "MEDICATION"), ("bleeding", "CONDITION")],
     ["reproductive", "lab"], "A lab result and the treatment it requires."),
)

# ---------------------------------------------------------------- batch 4 (fu0046-fu0060): options counseling, procedures, travel funds
add(
    ("fu0046", "Hi Alexis, your options counseling visit is confirmed for Thu 10/1 at 4:30 PM with counselor Sam. It's a private conversation, about 45 min.",
     "REWRITE", "confirmation", "sms", "en",
     [("Alexis", "NAME"), ("options counseling", "PROCEDURE"), ("10/1", "DATE"), ("counselor Sam", "PROVIDER")],
     ["reproductive"], "Name and the pregnancy-options visit type go; date, time, counselor and length stay."),
    ("fu0047", "Riverside Medical Group: new this month, more appointment options! Choose in-person, video or phone visits when you book online.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Options' are visit formats in a broadcast."),
    ("fu0048", "Pre-op for your abortion Saturday: nothing to eat after midnight, take the 2 misoprostol tablets at 6am, and bring someone to drive you. Arrive 7:30am.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Pre-op", "PROCEDURE"), ("abortion", "PROCEDURE"), ("misoprostol", "MEDICATION")],
     ["reproductive"], "Pre-procedure dosing instructions are the message."),
    ("fu0049", "Hello, this is Bayview Reproductive Health Center with a message for Olivia Brandt. Your procedure is confirmed for Saturday, October 10th, check-in at 7:30 AM. Please bring a photo ID and a support person who can drive you home. Call (415) 555-0167 with questions.",
     "REWRITE", "confirmation", "voice", "en",
     [("Bayview Reproductive Health Center", "SPECIALTY"), ("Olivia Brandt", "NAME"), ("October 10th", "DATE"), ("(415) 555-0167", "PHONE")],
     ["reproductive", "practice-contact", "contrast"], "The center's revealing name and the patient's name go; the generic 'procedure', date, time and logistics stay."),
    ("fu0050", "Your procedure is confirmed for Sat 10/10, check-in 7:30 AM. Bring photo ID and a driver. Questions: (415) 555-0167.",
     "ALLOW", "confirmation", "sms", "en",
     [("10/10", "DATE"), ("(415) 555-0167", "PHONE")],
     ["reproductive", "practice-contact", "contrast"], "The minimum-necessary form of fu0049: generic 'procedure', date, time and the practice phone."),
    ("fu0051", "Your intake is incomplete. Please reply to confirm the SSN we have for Olivia Brandt (078-05-1120) before your visit on 10/10.",
     "BLOCK", "other", "sms", "en",
     [("Olivia Brandt", "NAME"), ("078-05-1120", "SSN"), ("10/10", "DATE")],
     ["reproductive", "identifier"], "An SSN with a name must never travel by text."),
    ("fu0052", "Hi Devon, Kayla listed you as her emergency contact. She's recovering well after her procedure today and can be picked up at 1 PM in the Bayview Reproductive Health Center lobby.",
     "BLOCK", "other", "sms", "en",
     [("Devon", "NAME"), ("Kayla", "NAME"), ("recovering well", "RESULT"), ("Bayview Reproductive Health Center", "SPECIALTY")],
     ["reproductive", "third-party"], "A third party's recovery after a procedure at a reproductive-health center, sent to her contact: third-party health."),
    ("fu0053", "Pathways Travel Fund: your ride will pick you up at 2218 W Larch Ave Apt 3, Springfield at 5:45 AM on 10/17 for your clinic appointment. Look for a white minivan.",
     "REWRITE", "other", "sms", "en",
     [("2218 W Larch Ave Apt 3, Springfield", "ADDRESS"), ("10/17", "DATE")],
     ["reproductive"], "The patient's home address is not needed ('at your home' suffices); generic fund name, date and time stay. Judgement."),
    ("fu0054", "Hi Gloria, this is the Midwest Abortion Access Fund. Your daughter Kenzie's bus tickets to her 10/22 appointment in Illinois are booked. We won't contact anyone else in the family.",
     "BLOCK", "other", "sms", "en",
     [("Gloria", "NAME"), ("Midwest Abortion Access Fund", "SPECIALTY"), ("Kenzie", "NAME"), ("10/22", "DATE")],
     ["reproductive", "third-party", "minor"], "Tells a parent about her daughter's abortion trip: third-party reproductive health. Judgement: a minor's sensitive service to a guardian is BLOCK, not REWRITE."),
    ("fu0055", "The Pathways Travel Fund spring newsletter is here: read how volunteer drivers logged 40,000 miles this year, and how to give at pathwaysfund.example.org.",
     "ALLOW", "marketing", "email", "en",
     [("pathwaysfund.example.org", "URL")],
     ["general", "broadcast", "practice-contact"], "Newsletter to every contact from a generically named fund; its own web site."),
    ("fu0056", "Pathways Travel Fund: your request TF-20417 is approved. $250 for gas and 1 hotel night has been loaded to your travel card. Keep your receipts.",
     "REWRITE", "other", "sms", "en",
     [("TF-20417", "OTHER_ID")],
     ["reproductive", "identifier"], "The case number is an identifier the text does not need; the approval survives. Judgement: a fund case number is OTHER_ID."),
    ("fu0057", "Pathways Travel Fund: your travel request is approved. A volunteer will call you from (312) 555-0177 to set up the details.",
     "ALLOW", "other", "sms", "en",
     [("(312) 555-0177", "PHONE")],
     ["reproductive", "practice-contact"], "Judgement: a generically named fund, no service, no person, no identifier; the fund's own phone."),
    ("fu0058", "Hola Daniela, el Fondo de Acceso al Aborto del Sur aprobo $400 para tu viaje a tu cita de aborto del 3 de noviembre. Tu caso es FA-88120.",
     "REWRITE", "other", "sms", "es",
     [("Daniela", "NAME"), ("Fondo de Acceso al Aborto del Sur", "SPECIALTY"), ("aborto", "PROCEDURE"), ("3 de noviembre", "DATE"), ("FA-88120", "OTHER_ID")],
     ["reproductive", "identifier"], "Name, the fund's revealing name, the visit type and the case number go; the approved amount and date survive."),
    ("fu0059", "Your hCG test came back positive. Please call us today to talk about your options.",
     "BLOCK", "result", "push", "en",
     [("hCG test", "PROCEDURE"), ("positive", "RESULT")],
     ["reproductive", "lab"], "A positive pregnancy result on a lock screen is the message itself."),
    ("fu0060", "You have a new message from your care team. Tap to read it securely.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["reproductive"], "Notification without PHI."),
)

# ---------------------------------------------------------------- batch 5 (fu0061-fu0075): confidential minors' services, staff names
add(
    ("fu0061", "hey Maddie, it's Rosa from the Lincoln High wellness center. ur confidential visit moved to Wed 2/11 at 3:45 (after school). nobody else gets this text",
     "REWRITE", "reminder", "sms", "en",
     [("Maddie", "NAME"), ("Rosa", "PROVIDER"), ("2/11", "DATE")],
     ["reproductive", "minor", "shorthand"], "Text to the teen herself: her name goes; staff sender, generic school clinic, date and time stay."),
    ("fu0062", "Hi Maddie, your pregnancy test was negative. Remember you can get condoms or the pill from us anytime, free and confidential.",
     "BLOCK", "result", "sms", "en",
     [("Maddie", "NAME"), ("pregnancy test", "PROCEDURE"), ("negative", "RESULT"), ("condoms", "MEDICATION"), ("the pill", "MEDICATION")],
     ["reproductive", "minor"], "A result, even negative and even to the minor herself, is BLOCK by text."),
    ("fu0063", "Hello, this is Riverside Medical Group calling for the parent or guardian of Sofia Marin. Sofia's follow-up pregnancy test is scheduled for Tuesday the 14th at 4 PM.",
     "BLOCK", "reminder", "voice", "en",
     [("Sofia Marin", "NAME"), ("Sofia", "NAME", 1), ("pregnancy test", "PROCEDURE"), ("14th", "DATE")],
     ["reproductive", "minor", "third-party"], "A minor's confidential reproductive service told to the guardian: third-party health. Judgement: not a routine visit type, so not the README's dependent REWRITE."),
    ("fu0064", "Lincoln High wellness center: walk-in hours this week are Mon-Thu 11:30-1:00 in Room 114. All visits are free.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "minor"], "Broadcast of school-clinic hours; says nothing about the recipient."),
    ("fu0065", "Hola Valeria, te escribe Lupita de la clinica escolar. Tu cita confidencial para el implante es el martes 3 de marzo a las 12:15. Si necesitas cambiarla, escribe aqui.",
     "REWRITE", "reminder", "sms", "es",
     [("Valeria", "NAME"), ("Lupita", "PROVIDER"), ("implante", "PROCEDURE"), ("3 de marzo", "DATE")],
     ["reproductive", "minor"], "Text to the minor herself: name and the contraceptive implant go; date, time and staff sender stay."),
    ("fu0066", "Sra. Ruiz, le informamos que a su hija Camila ya le colocamos el DIU y puede regresar a clases manana.",
     "BLOCK", "other", "sms", "es",
     [("Ruiz", "NAME"), ("Camila", "NAME"), ("DIU", "PROCEDURE")],
     ["reproductive", "minor", "third-party"], "A daughter's contraceptive procedure told to the parent: third-party health."),
    ("fu0067", "Spring trimester sports physicals: the school clinic will be in the gym Friday 8 to noon. Bring the signed form.",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "'Trimester' is a school term; sports physicals are a broadcast to every student."),
    ("fu0068", "Hi Jada,\nYou asked us to use this address (jada.w.2009@example.net) instead of texting. Your birth control visit is Thursday 4/16 at 3:30 PM at the Eastside clinic. Reply here if you need a different time.\n- Ms. Grant, RN",
     "REWRITE", "reminder", "email", "en",
     [("Jada", "NAME"), ("jada.w.2009@example.net", "EMAIL"), ("birth control", "MEDICATION"), ("4/16", "DATE"), ("Ms. Grant, RN", "PROVIDER")],
     ["reproductive", "minor", "contrast"], "Name, the patient's own address echoed back and the contraception visit go; date, time, site and nurse stay."),
    ("fu0069", "Hi Jada, your hearing for the judicial bypass is 4/21 at 9am at the county courthouse. A volunteer from our youth line will meet you in the lobby.",
     "REWRITE", "other", "sms", "en",
     [("Jada", "NAME"), ("judicial bypass", "PROCEDURE"), ("4/21", "DATE")],
     ["reproductive", "minor"], "Judgement: a judicial bypass reveals a minor's abortion, so it is labelled like a procedure and goes with the name; the date and meeting logistics survive."),
    ("fu0070", "Reminder from the Eastside clinic: your appointment is Thu 4/16 at 3:30 PM. This text is confidential; reply STOP to stop texts.",
     "ALLOW", "reminder", "sms", "en",
     [("4/16", "DATE")],
     ["reproductive", "minor", "contrast"], "Minimum-necessary form of fu0068."),
    ("fu0071", "Bella, your Nexplanon expires 5/2027. Tap to schedule a replacement visit.",
     "REWRITE", "recall", "push", "en",
     [("Bella", "NAME"), ("Nexplanon", "PROCEDURE"), ("5/2027", "DATE")],
     ["reproductive"], "Name, the implant brand and its expiry month go; 'tap to schedule' survives. Judgement: month/year is a date element."),
    ("fu0072", "Hi, this is a message for Tyler from Riverside Medical Group. Your confidential appointment is tomorrow at 4:15. If this isn't Tyler, please hang up and don't share this message.",
     "REWRITE", "reminder", "voice", "en",
     [("Tyler", "NAME"), ("Tyler", "NAME", 1)],
     ["reproductive", "minor"], "Only the name is identifying; 'confidential appointment' names no service."),
    ("fu0073", "Mrs. Okoro, this is Dr. Lindqvist. Amara asked me to tell you that she is 9 weeks pregnant and wants you with her at Friday's appointment.",
     "BLOCK", "other", "sms", "en",
     [("Okoro", "NAME"), ("Dr. Lindqvist", "PROVIDER"), ("Amara", "NAME"), ("9 weeks pregnant", "CONDITION")],
     ["reproductive", "third-party", "minor"], "A third party's pregnancy is the content; consent to tell the mother does not make SMS safe."),
    ("fu0074", "Hello,\n\nThis is Hope Parenthood-Jones from the billing office at Riverside Medical Group. Your account shows a $0.00 balance, so there's nothing to pay. If you have questions, reach me at billing@riversidemg.example.com or (312) 555-0108.\n\nThanks,\nHope",
     "ALLOW", "billing", "email", "en",
     [("Hope Parenthood-Jones", "PROVIDER"), ("billing@riversidemg.example.com", "EMAIL"), ("(312) 555-0108", "PHONE"), ("Hope", "PROVIDER", 1)],
     ["general", "practice-contact"], "A staff member whose surname looks like a reproductive-health brand; billing with no amount owed and the practice's own contacts."),
    ("fu0075", "Clinica del Pueblo: desde la concepcion del proyecto hasta hoy, gracias por ayudarnos a abrir la nueva sede. Inauguracion el sabado a las 10 am.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Concepción' of a project, not conception."),
)

# ---------------------------------------------------------------- batch 6 (fu0076-fu0090): portal, billing, marketing, e-mail
add(
    ("fu0076", "Hi Keisha, your follow-up after your medication abortion on 3/13 is due. Please take the home pregnancy test on 4/10 and report your result here in the portal. - Dr. Lindqvist",
     "ALLOW", "care-instructions", "portal", "en",
     [("Keisha", "NAME"), ("medication abortion", "PROCEDURE"), ("3/13", "DATE"), ("home pregnancy test", "PROCEDURE"), ("4/10", "DATE"), ("Dr. Lindqvist", "PROVIDER")],
     ["reproductive", "contrast"], "Inside the portal the name and the procedure may stay; contrast with fu0077 by SMS."),
    ("fu0077", "Hi Keisha, it's time to take your home pregnancy test (due 4/10). Reply here or call us to report the result.",
     "REWRITE", "reminder", "sms", "en",
     [("Keisha", "NAME"), ("home pregnancy test", "PROCEDURE"), ("4/10", "DATE")],
     ["reproductive", "contrast"], "Name and the named test go; 'time for your follow-up (due 4/10)' survives. Judgement: a reminder to do a test is not yet a result."),
    ("fu0078", "Statement for Olivia Brandt, account 88120457:\n10/10 aspiration abortion with IV sedation, $650.00\n10/10 Rh immune globulin, $85.00\nBalance due: $735.00",
     "REWRITE", "billing", "email", "en",
     [("Olivia Brandt", "NAME"), ("88120457", "ACCOUNT"), ("10/10", "DATE"), ("aspiration abortion", "PROCEDURE"), ("IV sedation", "PROCEDURE"), ("10/10", "DATE", 1), ("Rh immune globulin", "MEDICATION")],
     ["reproductive", "identifier"], "Itemized lines reveal the service; name, account and line items go and 'balance due $735.00' survives."),
    ("fu0079", "Riverside Medical Group: a new statement is ready. Balance $735.00. Pay at riversidemg.example.com/pay or call (312) 555-0108.",
     "ALLOW", "billing", "sms", "en",
     [("riversidemg.example.com/pay", "URL"), ("(312) 555-0108", "PHONE")],
     ["general", "practice-contact"], "Balance with the practice's own link and phone."),
    ("fu0080", "Your Bayview Reproductive Health Center balance of $650 is past due. Pay at bayviewrhc.example.com/pay?acct=88120457",
     "REWRITE", "billing", "sms", "en",
     [("Bayview Reproductive Health Center", "SPECIALTY"), ("bayviewrhc.example.com/pay?acct=88120457", "URL")],
     ["reproductive"], "Revealing practice name and a link with an account parameter (patient-specific) go; the balance survives."),
    ("fu0081", "From conception to ribbon-cutting, our new Eastside location took two years to build. Join Riverside Medical Group for an open house on Saturday, 10 AM to 1 PM: tours, snacks and free blood pressure checks for everyone.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "'Conception' of a building project; free checks offered to everyone."),
    ("fu0082", "Hi Nadia, Dr. Okafor reviewed your ultrasound: no pregnancy is seen in the uterus and your hCG is 1,450, so we are concerned about an ectopic pregnancy. Please go to the ER now and bring this message.",
     "BLOCK", "result", "email", "en",
     [("Nadia", "NAME"), ("Dr. Okafor", "PROVIDER"), ("ultrasound", "PROCEDURE"), ("no pregnancy is seen in the uterus", "RESULT"), ("hCG", "PROCEDURE"), ("1,450", "RESULT"), ("ectopic pregnancy", "CONDITION")],
     ["reproductive", "imaging", "lab"], "Findings, a value and a suspected diagnosis; urgent care advice belongs on the phone, not in e-mail."),
    ("fu0083", "Shipping update: your birth controll refill ships Friday to 77 Quarry Rd, Unit 2.",
     "REWRITE", "pickup", "push", "en",
     [("birth controll", "MEDICATION"), ("77 Quarry Rd, Unit 2", "ADDRESS")],
     ["pharmacy", "reproductive", "typo"], "The drug class and the patient's home address go; 'your order ships Friday' survives."),
    ("fu0084", "Watch out for the patch of ice by the side entrance this morning. Please use the main doors. See you soon!",
     "ALLOW", "other", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "A patch of ice, not a contraceptive patch."),
    ("fu0085", "Checking on you after Tuesday's procedure, Lauren. Some spotting for up to 2 weeks is normal; if you have a fever or soak 2 pads an hour, call the after-hours line (415) 555-0169.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Lauren", "NAME"), ("spotting", "CONDITION"), ("fever", "CONDITION"), ("(415) 555-0169", "PHONE")],
     ["reproductive"], "Post-procedure care instructions and warning signs are the message."),
    ("fu0086", "Hello, this is Cedar Hill Primary Care calling with a reminder about your appointment tomorrow at 10:40 AM with Dr. Adeyemi. To confirm, press 1. To reschedule, press 2. For other options, press 9.",
     "ALLOW", "reminder", "voice", "en",
     [("Dr. Adeyemi", "PROVIDER")],
     ["reproductive"], "Voice reminder with provider and time; 'options' is a phone menu."),
    ("fu0087", "Welcome to Clearwater Women's Health!\n\nYour new-patient contraception consult is on June 9 at 1:00 PM with Lena Pham, CNM. Please complete your forms at clearwaterwh.example.com/forms before you arrive, and bring your insurance card and a list of any medicines you take.\n\nOur office: 310 Lakeshore Dr, Suite 200, Madison, WI 53703. Parking is free in the garage on Pine St.\n\nSee you soon!",
     "REWRITE", "confirmation", "email", "en",
     [("Clearwater Women's Health", "SPECIALTY"), ("contraception", "PROCEDURE"), ("June 9", "DATE"), ("Lena Pham", "PROVIDER"), ("CNM", "SPECIALTY"), ("clearwaterwh.example.com/forms", "URL"), ("310 Lakeshore Dr, Suite 200, Madison, WI 53703", "ADDRESS")],
     ["reproductive", "practice-contact"], "Women's-health name, the visit type and the midwifery credential go; date, time, forms link and the office address stay."),
    ("fu0088", "Join us at Plan B Brewing on Thursday at 6 PM for Riverside Medical Group's volunteer thank-you night. RSVP by replying to this e-mail.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "'Plan B' is a brewery's name."),
    ("fu0089", "hi its dr haddad - ur implant came out fine, the rod was intact. pls use condoms for 7 days if u start pills today",
     "BLOCK", "care-instructions", "sms", "en",
     [("dr haddad", "PROVIDER"), ("implant", "PROCEDURE"), ("intact", "RESULT"), ("condoms", "MEDICATION"), ("pills", "MEDICATION")],
     ["reproductive", "shorthand"], "A finding about the removed implant and contraception instructions."),
    ("fu0090", "Estimada Sra. Valdez:\nSu ultrasonido del 2 de octubre confirma que el aborto espontaneo fue completo. No necesita el legrado. Puede volver a sus actividades normales.",
     "BLOCK", "result", "email", "es",
     [("Valdez", "NAME"), ("ultrasonido", "PROCEDURE"), ("2 de octubre", "DATE"), ("aborto espontaneo", "CONDITION"), ("fue completo", "RESULT"), ("legrado", "PROCEDURE")],
     ["reproductive", "imaging"], "An imaging finding and a diagnosis are the message."),
)

# ---------------------------------------------------------------- batch 7 (fu0091-fu0105): Spanish
add(
    ("fu0091", "Recordatorio: tiene una cita manana a las 9:15 con la Dra. Ibarra. Responda 1 para confirmar, 2 para cambiarla.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Ibarra", "PROVIDER")],
     ["reproductive"], "Provider and time only."),
    ("fu0092", "Farmacia San Jose: Hola Lucia, su Plan B esta listo. Receta #7710325. Puede pasar hoy hasta las 8 pm.",
     "REWRITE", "pickup", "sms", "es",
     [("Lucia", "NAME"), ("Plan B", "MEDICATION"), ("7710325", "OTHER_ID")],
     ["pharmacy", "reproductive", "identifier"], "Name, the emergency contraceptive and the Rx number go; 'su pedido está listo' survives."),
    ("fu0093", "Si llueve el sabado, el plan B para la feria de salud es el salon parroquial. Misma hora: 10 am.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Plan B' is a rain plan for a health fair broadcast."),
    ("fu0094", "Buenas tardes, le llamamos de la Clinica del Pueblo para Rosa Elena Quispe. Su prueba de embarazo salio positiva. Por favor llame a la Dra. Fuentes para hablar de sus opciones.",
     "BLOCK", "result", "voice", "es",
     [("Rosa Elena Quispe", "NAME"), ("prueba de embarazo", "PROCEDURE"), ("positiva", "RESULT"), ("Dra. Fuentes", "PROVIDER")],
     ["reproductive"], "A positive result on a voicemail."),
    ("fu0095", "Your hCG is 5, back to non-pregnant levels. No more blood draws needed!",
     "BLOCK", "result", "push", "en",
     [("hCG", "PROCEDURE"), ("hCG is [[5]]", "RESULT"), ("non-pregnant levels", "RESULT")],
     ["reproductive", "lab"], "A value and its meaning on a lock screen; good news is still a result."),
    ("fu0096", "Su sesion en la app se cerro porque inicio sesion en un nuevo dispositivo. Si no fue usted, cambie su contrasena.",
     "ALLOW", "other", "push", "es", [],
     ["general", "hard-negative"], "'Dispositivo' is a phone, not an intrauterine device."),
    ("fu0097", "Hola Marisol, si sangra mucho despues de tomar el misoprostol (mas de 2 toallas por hora por 2 horas seguidas) vaya a urgencias. Es normal tener colicos fuertes.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Marisol", "NAME"), ("misoprostol", "MEDICATION"), ("colicos", "CONDITION")],
     ["reproductive", "typo"], "Warning signs and what to expect after misoprostol are treatment instructions; written without accents."),
    ("fu0098", "Estimada Sra. Herrera:\nLe confirmamos su cita para el retiro del DIU el viernes 20 de noviembre a las 10:30 a. m. en Clinica del Pueblo, 1450 Calle Concepcion, Albuquerque, NM 87102. Su numero de expediente es CP-004418.\nAtentamente,\nRecepcion",
     "REWRITE", "confirmation", "email", "es",
     [("Herrera", "NAME"), ("retiro del DIU", "PROCEDURE"), ("20 de noviembre", "DATE"), ("1450 Calle Concepcion, Albuquerque, NM 87102", "ADDRESS"), ("CP-004418", "MRN")],
     ["reproductive", "practice-contact", "identifier"], "Name, IUD removal and the chart number go; date, time and the clinic's own address (on Calle Concepción) stay."),
    ("fu0099", "Clinica del Pueblo: nuestra nueva direccion es 1450 Calle Concepcion, Albuquerque, NM 87102, a partir del 1 de diciembre. Mismo telefono: (505) 555-0118.",
     "ALLOW", "other", "sms", "es",
     [("1450 Calle Concepcion, Albuquerque, NM 87102", "ADDRESS"), ("1 de diciembre", "DATE"), ("(505) 555-0118", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Practice move broadcast; the street name is a look-alike of 'concepción'."),
    ("fu0100", "Don Ernesto, su esposa Carmen nos pidio avisarle que ya le hicieron el legrado y esta en recuperacion. Puede recogerla a las 3 pm.",
     "BLOCK", "other", "sms", "es",
     [("Ernesto", "NAME"), ("Carmen", "NAME"), ("legrado", "PROCEDURE")],
     ["reproductive", "third-party"], "A third party's procedure told to her husband."),
    ("fu0101", "Hi, this is Lakeview Pharmacy calling for Dana Whitmore. Your prescriber changed your birth control to norethindrone 0.35 mg. Start it the day after your last active pill and take it at the same time every day.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Dana Whitmore", "NAME"), ("birth control", "MEDICATION"), ("norethindrone 0.35 mg", "MEDICATION"), ("pill", "MEDICATION")],
     ["pharmacy", "reproductive"], "A medication change with dosing instructions on a voicemail."),
    ("fu0102", "Aviso: anoche se aborto la actualizacion del portal por un error. Sus datos estan seguros y no tiene que hacer nada.",
     "ALLOW", "other", "email", "es", [],
     ["general", "broadcast", "hard-negative"], "'Se abortó' describes a cancelled software update."),
    ("fu0103", "Please welcome Hope Parenthood-Jones, our new patient services manager at Riverside Medical Group! Stop by the front desk to say hi.",
     "ALLOW", "other", "email", "en",
     [("Hope Parenthood-Jones", "PROVIDER")],
     ["general", "broadcast"], "A staff introduction; the surname only looks like a reproductive-health brand."),
    ("fu0104", "Para su ayuda de viaje necesitamos confirmar sus datos: Yolanda Reyes, fecha de nacimiento 14/02/1998, domicilio 312 Calle Sol, El Paso, TX 79901.",
     "BLOCK", "other", "sms", "es",
     [("Yolanda Reyes", "NAME"), ("14/02/1998", "DATE"), ("312 Calle Sol, El Paso, TX 79901", "ADDRESS")],
     ["reproductive", "dob"], "A full date of birth with the name (and home address) must never travel by text."),
    ("fu0105", "Fondo de Viaje Caminos: su solicitud de ayuda fue aprobada. Una voluntaria la llamara del (915) 555-0144 para coordinar el transporte.",
     "ALLOW", "other", "sms", "es",
     [("(915) 555-0144", "PHONE")],
     ["reproductive", "practice-contact"], "Judgement: generically named travel fund, no service, person or identifier; the fund's own phone."),
)

# ---------------------------------------------------------------- batch 8 (fu0106-fu0120): disguises (4), closing hard negatives, identifiers
add(
    ("fu0106", "Reminder: ur m1fepr1stone visit is Fri 1/9 at 8:45am at Northside. Bring ID.",
     "REWRITE", "reminder", "sms", "en",
     [("m1fepr1stone", "MEDICATION"), ("1/9", "DATE")],
     ["reproductive", "leet", "shorthand"], "Leetspeak drug name as the object of the visit goes; date and time stay."),
    ("fu0107", "Hi Gabi, your a.b.o.r.t.i.o.n appt is confirmed for Sat 1/10, 9 AM. Text back C.",
     "REWRITE", "confirmation", "sms", "en",
     [("Gabi", "NAME"), ("a.b.o.r.t.i.o.n", "PROCEDURE"), ("1/10", "DATE")],
     ["reproductive", "spaced"], "Dotted letters spell the visit type; it goes with the name."),
    ("fu0108", "Your h\u200bC\u200bG was 2,310 today, up from 1,140, so the pregnancy is progressing. Dr. Okafor will call.",
     "BLOCK", "result", "sms", "en",
     [("h\u200bC\u200bG", "PROCEDURE"), ("2,310", "RESULT"), ("1,140", "RESULT"), ("pregnancy", "CONDITION"), ("is progressing", "RESULT"), ("Dr. Okafor", "PROVIDER")],
     ["reproductive", "lab"], "Zero-width characters split the test name; the values and their meaning are the message."),
    ("fu0109", "Reminder: \u0406UD removal Mon 2/2 at 10:20 with Dr. Haddad.",
     "REWRITE", "reminder", "sms", "en",
     [("\u0406UD removal", "PROCEDURE"), ("2/2", "DATE"), ("Dr. Haddad", "PROVIDER")],
     ["reproductive"], "A Cyrillic I disguises the device; the procedure goes, date, time and provider stay."),
    ("fu0110", "Mission aborted: storms knocked out our 5K fun run today. Everyone who registered gets a free T-shirt at the front desk next visit.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Aborted' is a cancelled race."),
    ("fu0111", "Thanks to everyone who came to the Harvest Gala! The morning after, our volunteers counted $18,400 raised for the community van.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "'The morning after' a gala, not the morning-after pill."),
    ("fu0112", "Cedar Hill Primary Care is moving to 900 Copper Canyon Rd, Springfield on 3/1. Same phone: (608) 555-0131.",
     "ALLOW", "other", "sms", "en",
     [("900 Copper Canyon Rd, Springfield", "ADDRESS"), ("3/1", "DATE"), ("(608) 555-0131", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Practice move broadcast; 'Copper' is a road, not a copper IUD."),
    ("fu0113", "We updated your mobile number to (773) 555-0191 as you asked. Your appointment on 8/4 at 2:20 PM is unchanged.",
     "REWRITE", "other", "sms", "en",
     [("(773) 555-0191", "PHONE"), ("8/4", "DATE")],
     ["reproductive", "identifier"], "Judgement: the patient's own number echoed back is an identifier the text does not need; the date and time stay."),
    ("fu0114", "Dear Ms. Abernathy, the Paragard IUD placed on 2/14/2024 (lot PG-22A917) is part of a manufacturer recall. Please call us to schedule an ultrasound to check its position.",
     "BLOCK", "other", "email", "en",
     [("Abernathy", "NAME"), ("Paragard IUD", "PROCEDURE"), ("2/14/2024", "DATE"), ("PG-22A917", "DEVICE_ID"), ("ultrasound", "PROCEDURE")],
     ["reproductive", "identifier"], "Judgement: a recall finding about the patient's implanted device is the message; send a portal notice and call."),
    ("fu0115", "Visit summary (Sept 2): Tamsin Reed, miscarriage at 8 weeks, expectant management chosen. hCG 1,920. Repeat hCG in 1 week.",
     "ALLOW", "result", "portal", "en",
     [("Sept 2", "DATE"), ("Tamsin Reed", "NAME"), ("miscarriage", "CONDITION"), ("8 weeks", "RESULT"), ("expectant management", "PROCEDURE"), ("hCG", "PROCEDURE"), ("1,920", "RESULT"), ("hCG", "PROCEDURE", 1)],
     ["reproductive", "lab"], "Visit summary inside the secure portal: names, findings and values may stay."),
    ("fu0116", "Northside Clinic is closed Monday for the holiday. For urgent needs call our 24/7 nurse line at (312) 555-0150.",
     "ALLOW", "other", "sms", "en",
     [("(312) 555-0150", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Holiday closure broadcast with the practice's own line."),
    ("fu0117", "Reminder Keisha: 2 weeks after your abortion, take the pregnancy test in your kit. If it's positive, the pills may not have worked - call us right away.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Keisha", "NAME"), ("abortion", "PROCEDURE"), ("pregnancy test", "PROCEDURE"), ("positive", "RESULT"), ("pills", "MEDICATION")],
     ["reproductive", "negation"], "Treatment-failure instructions; the hypothetical result and what it means are the content."),
    ("fu0118", "Hello, this is Maple Street Clinic with a general announcement. Flu shots are available on weekends this month, no appointment needed.",
     "ALLOW", "marketing", "voice", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast of a service to everyone (README)."),
    ("fu0119", "Tap to complete your pre-visit questions for your IUD insertion tomorrow: forms.riversidemg.example.com/q?token=8fK2pQ7",
     "REWRITE", "reminder", "push", "en",
     [("IUD insertion", "PROCEDURE"), ("forms.riversidemg.example.com/q?token=8fK2pQ7", "URL")],
     ["reproductive"], "The procedure and a tokened (patient-specific) link go; 'complete your pre-visit questions' survives."),
    ("fu0120", "You have a new secure message from Dr. Lindqvist. To read it, sign in at portal.northside.example.org. For your privacy, we don't include details in e-mail.",
     "ALLOW", "portal-notice", "email", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("portal.northside.example.org", "URL")],
     ["reproductive", "practice-contact"], "Portal notice with provider and the practice's own portal address."),
)

# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build
if __name__ == "__main__":
    probe_lib.run(M, "fu", "probe174.jsonl")
