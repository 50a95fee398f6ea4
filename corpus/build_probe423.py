#!/usr/bin/env python3
"""Build corpus/probe423.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe423.py [OUT] [-v]   (default: probe423.jsonl next to this script)

Written blind: the author read only shared/DESIGN.md, corpus/README.md, corpus/probe_lib.py and
lines 1-117 and 579-584 of corpus/build_probe7.py (its docstring, row format and first batch).
The engine was not run, and no other corpus file, rule, dictionary or source was read.

Theme: EVERYDAY MESSAGES FROM AN OUTPATIENT ADDICTION TREATMENT PROGRAM offering medication for
opioid use disorder and counseling, in roughly the proportions such a sender really sends them:
appointment, dosing, injection and counseling reminders and confirmations, reschedules, group
schedules, urine-test appointments, recalls of patients who stopped coming, pharmacy pickups and
transfers, prior authorizations, billing and sliding-fee paperwork, consent and release forms,
portal notices, surveys, closures and weather notices, rides, follow-ups, instructions, and the
occasional message a careless staff member writes (names, doses, screen results, a relative, an
SSN). The sender is "Bridgeway Health" (a generic name) whose program is "Bridgeway Recovery
Services" (a name that reveals substance-use treatment). Templates with merge fields, staff texts
in shorthand and lower case, long e-mails, voicemails, pushes; look-alikes and hard negatives
(password recovery, the Methodist church lot, a sub for a shift, a film screening, a weekly
"dose" of news); 3 disguised messages. About 20% Spanish.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  - "dose", "dosing", "dosing window", "take-home" and "medication" with no drug, condition or
    program named are generic words, like "prescription" and "refill": a clinic that doses
    (injections, infusions, allergy shots) is not by itself specialty-revealing. Naming the drug
    (methadone, buprenorphine, Suboxone, Sublocade, Vivitrol, naltrexone, Narcan) is MEDICATION;
    program jargon that only an opioid treatment program uses ("guest dosing", "induction") is
    PROCEDURE.
  - Messages sent to every ENROLLED patient of the program (group schedules, closure notices with
    methadone take-home instructions, IOP rules) are not "broadcasts" in the README's sense when
    they name the substance-use program, a drug or an SUD-specific group: 42 CFR Part 2 protects
    the very fact of enrollment, and a lock screen shows it. They are REWRITE. Notices from the
    generic "Bridgeway Health" that name nothing revealing, and events open to the public (a
    community naloxone training), are broadcasts: ALLOW, no span.
  - In this program a patient's "counselor"/"consejero(a)", a "peer recovery coach" and the CADC
    credential are SPECIALTY (README: a substance-use consejero is SPECIALTY); the counselor's
    own name is PROVIDER. "Case manager", "nurse" and "front desk" stay generic.
  - Urine drug screens in any wording ("UDS", "random UA", "urine test", "prueba de orina",
    "urine collection") are PROCEDURE; their result, even negative, is BLOCK; a substance found
    in one (fentanyl, alcohol) is MEDICATION, as README says for drug-screen results.
  - "42 CFR Part 2" in a consent request reveals substance-use treatment and is labelled
    SPECIALTY (a service-line marker), so the request is REWRITE.
  - A prior-authorization denial that names the drug and the step-therapy reason is REWRITE, not
    BLOCK: the purpose (there is an update, an appeal is filed, call us) survives without them;
    authorization, approval and reference numbers are OTHER_ID; a fax confirmation number and
    appointment confirmation codes are not labelled.
  - A reminder to keep naloxone handy, sent to one patient, is BLOCK: the drug is the whole
    message and nothing useful survives its removal.
  - An attendance letter for a probation officer, with no program or drug named, is ALLOW (legal
    status is not health information and nothing identifies the service).
  - A "sorry, wrong person" text that names another patient together with her take-home
    schedule is BLOCK as a third party's health (it discloses her enrollment), not a REWRITE of
    a removable name.
  - The Spanish form word before a drug ("inyección de Sublocade") goes in the MEDICATION span,
    mirroring README's "cortisone injection".

Everything is invented: people, practices, streets, 555-01xx numbers, example.org domains,
identifiers; the SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


SU = "substance-use"
PH = "(541) 555-0142"

# ---------------------------------------------------------------- batch 1 (pj0001-pj0020): reminders, confirmations, reschedules
add(
    ("pj0001", "Bridgeway Health: Reminder of your appointment with Dr. Rao on Tue 3/10 at 9:00 AM. Reply C to confirm or R to reschedule. Reply STOP to opt out.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Rao", "PROVIDER"), ("3/10", "DATE")],
     [SU], "Generic practice name, provider, date and time only."),
    ("pj0002", "Bridgeway Health: your appointment is confirmed for {{appt_date}} at {{appt_time}} with {{provider_name}}. Please arrive 15 min early. Questions? (541) 555-0142",
     "ALLOW", "confirmation", "sms", "en",
     [(PH, "PHONE")],
     [SU, "template", "practice-contact"], "Template whose placeholders carry no patient data; the practice's own phone."),
    ("pj0003", "Hi Marcus, reminder: counseling with Jamal tomorrow at 4:30pm at Bridgeway Recovery Services. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("counseling", "PROCEDURE"), ("Jamal", "PROVIDER"), ("Bridgeway Recovery Services", "SPECIALTY")],
     [SU], "Name, visit type and the substance-use program name go; 'appointment tomorrow at 4:30pm' survives."),
    ("pj0004", "Reminder: Your Sublocade injection is due on 3/14. Please schedule with the front desk at (541) 555-0142.",
     "REWRITE", "reminder", "sms", "en",
     [("Sublocade injection", "MEDICATION"), ("3/14", "DATE"), (PH, "PHONE")],
     [SU, "practice-contact"], "The drug reveals opioid treatment; 'your visit is due on 3/14, call us' survives."),
    ("pj0005", "Bridgeway Health: Le recordamos su cita con la Dra. Marsh el jueves 12 de marzo a las 2:15 pm. Responda 1 para confirmar o 2 para cambiarla.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Marsh", "PROVIDER"), ("12 de marzo", "DATE")],
     [SU], "Generic practice name, provider, date and time."),
    ("pj0006", "Bridgeway Health: You have an upcoming appointment tomorrow. Open the app for details.",
     "ALLOW", "reminder", "push", "en", [],
     [SU, "hard-negative"], "Lock-screen push that says only that a visit exists."),
    ("pj0007", "Your group, Early Recovery Group, meets Thursdays 6-7:30pm in Room 2B. See you there!",
     "REWRITE", "reminder", "sms", "en",
     [("Early Recovery Group", "PROCEDURE")],
     [SU], "The named group is a substance-use therapy program; 'your group meets Thursdays 6-7:30pm in Room 2B' survives."),
    ("pj0008", "Reminder: urine drug screen tomorrow between 8-11am at the lab window. Bring photo ID.",
     "REWRITE", "reminder", "sms", "en",
     [("urine drug screen", "PROCEDURE")],
     [SU], "Drug screen is a revealing test (judgement: every wording of a urine drug screen is PROCEDURE); 'visit tomorrow between 8-11am' survives."),
    ("pj0009", "Reminder from Bridgeway Health: your telehealth visit with NP Ferreira is today at 1:00 PM. Join here: https://bridgewayhealth.example.org/visit and check in 10 min early.",
     "ALLOW", "reminder", "sms", "en",
     [("NP Ferreira", "PROVIDER"), ("https://bridgewayhealth.example.org/visit", "URL")],
     [SU, "practice-contact"], "Practice's own link with no patient token; provider and time allowed."),
    ("pj0010", "Join your video visit at 2:30 PM: https://meet.bridgewayhealth.example.org/j/8842?pid=330917&tok=Xk29aaQ",
     "REWRITE", "reminder", "sms", "en",
     [("https://meet.bridgewayhealth.example.org/j/8842?pid=330917&tok=Xk29aaQ", "URL")],
     [SU], "Link carries a patient id and token (README: patient-specific URL -> REWRITE)."),
    ("pj0011", "Thanks, you're confirmed! See you Wed 3/11 at 10:40. -Bridgeway front desk",
     "ALLOW", "confirmation", "sms", "en",
     [("3/11", "DATE")],
     [SU], "Confirmation reply with date and time only."),
    ("pj0012", "hi this is Kim at the front desk, Dr Rao had to move ur 3/12 appt to 3/13 same time. call back if that doesnt work 541-555-0142",
     "ALLOW", "reminder", "sms", "en",
     [("Kim", "PROVIDER"), ("Dr Rao", "PROVIDER"), ("3/12", "DATE"), ("3/13", "DATE"), ("541-555-0142", "PHONE")],
     [SU, "shorthand", "typo", "practice-contact"], "Staff reschedule in shorthand: staff sender, provider, dates and the practice's phone are all allowed."),
    ("pj0013", "hey tyler its rosa from front desk, u missed ur dose yesterday, pls come in b4 11 today or call nursing",
     "REWRITE", "other", "sms", "en",
     [("tyler", "NAME"), ("rosa", "PROVIDER")],
     [SU, "shorthand"], "Name goes. Judgement: 'dose' with no drug named is generic, so 'you missed yesterday, please come in before 11' is the minimum-necessary rewrite."),
    ("pj0014", "hola Carmen, soy Rosa de recepción. mañana le toca su prueba de orina a las 9, no se le olvide traer su identificación",
     "REWRITE", "reminder", "sms", "es",
     [("Carmen", "NAME"), ("Rosa", "PROVIDER"), ("prueba de orina", "PROCEDURE")],
     [SU, "shorthand"], "Name and the urine test go; 'mañana a las 9, traiga su identificación' survives."),
    ("pj0015", "Hello, this is Bridgeway Health calling to remind you of your appointment tomorrow, Tuesday, at ten thirty A M. To confirm, press 1. To reschedule, press 2.",
     "ALLOW", "reminder", "voice", "en", [],
     [SU, "hard-negative"], "IVR reminder with a generic practice name and a time."),
    ("pj0016", "This message is for Devon Carter. This is Bridgeway Recovery Services reminding you of your methadone intake appointment on Monday at 8 AM. Please bring photo ID and your insurance card.",
     "REWRITE", "reminder", "voice", "en",
     [("Devon Carter", "NAME"), ("Bridgeway Recovery Services", "SPECIALTY"), ("methadone", "MEDICATION")],
     [SU], "Voicemail is overheard: name, program name and drug go; 'your intake appointment Monday at 8 AM' survives."),
    ("pj0017", "Bridgeway Health: Updated group schedule for March. Mon 6pm Relapse Prevention; Tue noon Women's Group; Wed 5:30pm Family Education; Thu 6pm Early Recovery. All groups in Room 2B.",
     "REWRITE", "reminder", "email", "en",
     [("Relapse Prevention", "PROCEDURE"), ("Early Recovery", "PROCEDURE")],
     [SU], "Judgement: sent to every enrolled patient, but the SUD-specific group names reveal enrollment (Part 2), so not a README broadcast; times and room survive."),
    ("pj0018", "Bridgeway Health will be closed Monday 5/25 for Memorial Day. Regular hours resume Tuesday. For urgent questions call (541) 555-0142.",
     "ALLOW", "other", "sms", "en",
     [("5/25", "DATE"), (PH, "PHONE")],
     ["general", "broadcast", "practice-contact"], "Holiday closure broadcast from the generic practice name."),
    ("pj0019", "Weather closure: Bridgeway Recovery Services is closed tomorrow due to ice. If you are on methadone, take-home doses will be handed out today until 6pm.",
     "REWRITE", "other", "sms", "en",
     [("Bridgeway Recovery Services", "SPECIALTY"), ("methadone", "MEDICATION")],
     [SU], "Judgement: a notice to all enrolled patients that names the program and the drug reveals enrollment; 'closed tomorrow, take-homes handed out today until 6pm' survives."),
    ("pj0020", "Bridgeway Health: Dosing window today is 6:30-11:00 AM. Counseling and front desk open until 4 PM.",
     "ALLOW", "other", "push", "en", [],
     [SU], "Judgement: 'dosing' with no drug or program named is generic (decision in docstring); hours notice from the generic practice name. 'Counseling' here is an office's opening hours, not the recipient's visit."),
)

# ---------------------------------------------------------------- batch 2 (pj0021-pj0042): pharmacy, prior authorization, billing, forms
add(
    ("pj0021", "Your prescription is ready for pickup at Alder Street Pharmacy. Hours 9-7 Mon-Sat. Reply HELP for help.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Pickup notice with no drug named."),
    ("pj0022", "CityRx Pharmacy: your buprenorphine/naloxone 8-2mg films are ready for pickup. Bring photo ID; controlled-substance pickups require a signature.",
     "REWRITE", "pickup", "sms", "en",
     [("buprenorphine/naloxone 8-2mg films", "MEDICATION")],
     ["pharmacy", SU], "Medication name in a pickup notice; 'your prescription is ready, bring ID' survives."),
    ("pj0023", "hi dana, called cityrx, theyre out of ur subs till thurs. dr rao sent it to alder st pharmacy instead, ready after 3",
     "REWRITE", "pickup", "sms", "en",
     [("dana", "NAME"), ("subs", "MEDICATION"), ("dr rao", "PROVIDER")],
     ["pharmacy", SU, "shorthand", "typo"], "'subs' is street shorthand for Suboxone (MEDICATION); name and drug go, the pharmacy switch survives."),
    ("pj0024", "Farmacia CityRx: Su receta está lista para recoger. Horario: lunes a sábado de 9 a 7.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "hard-negative"], "Pickup notice with no drug named."),
    ("pj0025", "We faxed your new prescription to Alder Street Pharmacy this morning (fax confirmation #44120). Give them a call before heading over.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Judgement: a fax confirmation number identifies a transmission, not a person; no drug named."),
    ("pj0026", "Good news: your insurance approved the prior authorization for Sublocade through 9/30. We'll call to schedule your next injection.",
     "REWRITE", "other", "sms", "en",
     [("Sublocade", "MEDICATION"), ("9/30", "DATE")],
     [SU], "Drug goes; 'your prior authorization was approved through 9/30' survives."),
    ("pj0027", "Prior auth update: your plan denied coverage for Vivitrol. Reason: step therapy required (oral naltrexone first). Dr. Marsh is filing an appeal. Ref PA-7730291.",
     "REWRITE", "other", "sms", "en",
     [("Vivitrol", "MEDICATION"), ("oral naltrexone", "MEDICATION"), ("Dr. Marsh", "PROVIDER"), ("PA-7730291", "OTHER_ID")],
     [SU, "identifier"], "Judgement: denial naming drugs and a step-therapy reason is REWRITE; 'there is an update on your prior authorization, an appeal is filed, call us' survives. The authorization reference is OTHER_ID."),
    ("pj0028", "Bridgeway Health: Su seguro aprobó la autorización previa. Ya puede recoger su medicamento en la farmacia.",
     "ALLOW", "other", "sms", "es", [],
     [SU, "hard-negative"], "Approval with no drug named; 'medicamento' is generic."),
    ("pj0029", "We need a copy of your insurance card. Your plan (member ID WPH882019374) is asking for updated info before approving your medication. Upload it at bridgewayhealth.example.org/upload",
     "REWRITE", "other", "sms", "en",
     [("WPH882019374", "HEALTH_PLAN_ID"), ("bridgewayhealth.example.org/upload", "URL")],
     [SU, "identifier", "practice-contact"], "The member ID is not needed to ask for a card upload; the practice's own link stays."),
    ("pj0030", "Bridgeway Health: You have a new statement. Balance due: $45.00. Pay online at bridgewayhealth.example.org/pay or call (541) 555-0144.",
     "ALLOW", "billing", "sms", "en",
     [("bridgewayhealth.example.org/pay", "URL"), ("(541) 555-0144", "PHONE")],
     ["general", "practice-contact"], "Statement notice with amount and the practice's own contact details."),
    ("pj0031", "Bridgeway Health statement, account BH-20931-7\n03/02-03/08 methadone daily dosing (weekly bundle) $126.00\n03/05 counseling, individual 45 min $0.00\nBalance due: $126.00. Pay at bridgewayhealth.example.org/pay",
     "REWRITE", "billing", "email", "en",
     [("BH-20931-7", "ACCOUNT"), ("03/02", "DATE"), ("03/08", "DATE"), ("methadone", "MEDICATION"), ("03/05", "DATE"), ("counseling", "PROCEDURE"), ("bridgewayhealth.example.org/pay", "URL")],
     [SU, "identifier", "practice-contact"], "Itemized lines reveal the drug and therapy; 'you have a balance of $126, pay online' survives."),
    ("pj0032", "Bridgeway Health: tiene un saldo pendiente de $20.00. Puede pagar en línea en bridgewayhealth.example.org/pagar o llamar al (541) 555-0144.",
     "ALLOW", "billing", "sms", "es",
     [("bridgewayhealth.example.org/pagar", "URL"), ("(541) 555-0144", "PHONE")],
     ["general", "practice-contact"], "Balance notice with the practice's own contact details."),
    ("pj0033", "Your sliding-fee discount expires 4/30. Please bring proof of income (pay stubs or last year's tax return) to your next visit to renew it.",
     "ALLOW", "billing", "sms", "en",
     [("4/30", "DATE")],
     ["general"], "Paperwork reminder; nothing clinical."),
    ("pj0034", "FINAL NOTICE: Ashley Pruitt, your balance of $310.00 for opioid treatment services is 90 days past due. Call (541) 555-0144 to set up a payment plan.",
     "REWRITE", "billing", "sms", "en",
     [("Ashley Pruitt", "NAME"), ("opioid treatment services", "SPECIALTY"), ("(541) 555-0144", "PHONE")],
     [SU, "practice-contact"], "Name and the service line go; 'your balance of $310 is past due, call to set up a plan' survives."),
    ("pj0035", "Please complete your yearly consent forms before your next visit: bridgewayhealth.example.org/forms (about 10 minutes).",
     "ALLOW", "other", "sms", "en",
     [("bridgewayhealth.example.org/forms", "URL")],
     ["general", "practice-contact"], "Forms link from the practice, no patient token."),
    ("pj0036", "Hello,\n\nTo let us share updates with your probation officer, we need you to sign a 42 CFR Part 2 consent form. You can sign it at the front desk or in the portal. The consent lists exactly what we may share and you can revoke it at any time.\n\nBridgeway Health Front Desk",
     "REWRITE", "other", "email", "en",
     [("42 CFR Part 2", "SPECIALTY")],
     [SU], "Judgement: naming 42 CFR Part 2 reveals substance-use treatment records (labelled SPECIALTY); 'we need a signed consent form to share updates' survives."),
    ("pj0037", "Your records request has been received. Copies will be ready in 5-7 business days. A $6.50 copy fee applies, payable at pickup.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Records-request acknowledgement; nothing about the content of the records."),
    ("pj0038", "Thanks for visiting Bridgeway Health! How did we do? Take our 2-minute survey: bridgewayhealth.example.org/survey",
     "ALLOW", "other", "sms", "en",
     [("bridgewayhealth.example.org/survey", "URL")],
     ["general", "practice-contact"], "Generic survey invitation with the practice's own link."),
    ("pj0039", "How was your experience in the Intensive Outpatient Program this month? Reply with a number from 1 (poor) to 5 (great).",
     "REWRITE", "other", "sms", "en",
     [("Intensive Outpatient Program", "PROCEDURE")],
     [SU], "Program name reveals treatment; 'how was your experience with us this month?' survives."),
    ("pj0040", "¿Cómo fue su visita de hoy? Responda con un número del 1 al 5. Gracias por confiar en Bridgeway Health.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Generic survey."),
    ("pj0041", "Your attendance letter for your probation officer is ready. Pick it up at the front desk any weekday 8am-4pm.",
     "ALLOW", "other", "sms", "en", [],
     [SU], "Judgement: legal status is not health information and no program or drug is named (decision in docstring)."),
    ("pj0042", "Your Medicaid renewal is due 5/31. Our benefits navigator can help you fill it out: call (541) 555-0145 or stop by Room 104.",
     "ALLOW", "other", "sms", "en",
     [("5/31", "DATE"), ("(541) 555-0145", "PHONE")],
     ["general", "practice-contact"], "Benefits reminder; nothing clinical."),
)

# ---------------------------------------------------------------- batch 3 (pj0043-pj0066): follow-ups, instructions, recalls, urine tests, results
INDUCTION = ("For tomorrow's buprenorphine induction: do not use any opioids for at least 12-24 hours before "
             "you come in, and wait until you feel moderate withdrawal. Your first dose will be 4mg in clinic, "
             "then we check on you after an hour.")
add(
    ("pj0043", "We missed you today. Your health matters to us, so call (541) 555-0142 to reschedule. If you are in crisis, call or text 988 any time.",
     "ALLOW", "other", "sms", "en",
     [(PH, "PHONE")],
     ["general", "practice-contact"], "No-show note with the practice phone and a standard 988 footer (988 is not a phone identifier)."),
    ("pj0044", "hi jorge, dr marsh wanted to check in since u werent at dosing 3 days this wk. if you miss 3+ days we have to restart you at a lower methadone dose for safety, so pls see nursing first before you dose tmrw",
     "BLOCK", "care-instructions", "sms", "en",
     [("jorge", "NAME"), ("dr marsh", "PROVIDER"), ("methadone", "MEDICATION")],
     [SU, "shorthand", "typo"], "Adherence and a dose change for a named patient: the dosing instruction is the message, so removal cannot make it safe."),
    ("pj0045", "Checking in after your induction yesterday. How are you feeling? Any withdrawal symptoms? Reply here or call the nurse line at (541) 555-0146.",
     "REWRITE", "other", "sms", "en",
     [("induction", "PROCEDURE"), ("withdrawal", "CONDITION"), ("(541) 555-0146", "PHONE")],
     [SU, "practice-contact"], "OTP visit type and symptom go; 'checking in after your visit yesterday, reply or call the nurse line' survives."),
    ("pj0046", INDUCTION,
     "BLOCK", "care-instructions", "sms", "en",
     [("buprenorphine", "MEDICATION"), ("induction", "PROCEDURE"), ("opioids", "MEDICATION"), ("withdrawal", "CONDITION")],
     [SU, "contrast"], "Treatment and dosing instructions are the message; send a portal notice instead."),
    ("pj0047", INDUCTION,
     "ALLOW", "care-instructions", "portal", "en",
     [("buprenorphine", "MEDICATION"), ("induction", "PROCEDURE"), ("opioids", "MEDICATION"), ("withdrawal", "CONDITION")],
     [SU, "contrast"], "Same instructions inside the secure portal (README: portal may carry doses and clinical terms)."),
    ("pj0048", "Reminder: please keep your Narcan nasal spray somewhere your family can find it, and check the expiration date. Free replacements at the front desk.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Narcan nasal spray", "MEDICATION")],
     [SU], "Judgement: the overdose-reversal drug is the whole message; nothing useful survives its removal (decision in docstring)."),
    ("pj0049", "Free community naloxone training: open to everyone, Saturday 10am at Alder Branch Library. No sign-up needed, kits provided.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Public event open to anyone; says nothing about the recipient."),
    ("pj0050", "Reminder: please return your empty methadone take-home bottles at your next visit and keep new ones in the lockbox.",
     "REWRITE", "care-instructions", "sms", "en",
     [("methadone", "MEDICATION")],
     [SU], "Drug goes; 'return your empty take-home bottles at your next visit' survives (judgement: 'take-home' alone is generic)."),
    ("pj0051", "It's been a while since we've seen you at Bridgeway Health. We're here when you're ready, no judgment. Call (541) 555-0142 or walk in Mon-Fri 7am-3pm.",
     "ALLOW", "recall", "sms", "en",
     [(PH, "PHONE")],
     ["general", "practice-contact"], "Re-engagement recall from the generic practice name."),
    ("pj0052", "We haven't seen you for dosing in 14 days, so your methadone order has expired. Please see the provider before your next dose. Walk-ins 7-10am.",
     "REWRITE", "recall", "sms", "en",
     [("methadone", "MEDICATION")],
     [SU], "Drug goes; 'we haven't seen you in 14 days, please see the provider first, walk-ins 7-10am' survives."),
    ("pj0053", "Hola Luz, hace tiempo que no la vemos en el programa de metadona. Estamos aquí para apoyarla cuando esté lista. Llámenos al (541) 555-0142.",
     "REWRITE", "recall", "sms", "es",
     [("Luz", "NAME"), ("metadona", "MEDICATION"), (PH, "PHONE")],
     [SU, "practice-contact"], "Name and drug go; 'hace tiempo que no la vemos, llámenos' survives."),
    ("pj0054", "Your urine test from 3/04 came back positive for fentanyl. Dr. Rao would like to talk about it at your next visit.",
     "BLOCK", "result", "sms", "en",
     [("urine test", "PROCEDURE"), ("3/04", "DATE"), ("positive", "RESULT"), ("fentanyl", "MEDICATION"), ("Dr. Rao", "PROVIDER")],
     [SU], "A drug-screen result is the message."),
    ("pj0055", "Sr. Salinas, su prueba de orina salió negativa. ¡Felicidades! Ya califica para dosis para llevar a casa los sábados.",
     "BLOCK", "result", "sms", "es",
     [("Salinas", "NAME"), ("prueba de orina", "PROCEDURE"), ("negativa", "RESULT")],
     [SU], "A negative result is still a result (README), sent with the patient's name and a take-home decision."),
    ("pj0056", "Bridgeway Health: New results are available in your patient portal. Log in at portal.bridgewayhealth.example.org to view them.",
     "ALLOW", "portal-notice", "sms", "en",
     [("portal.bridgewayhealth.example.org", "URL")],
     ["general", "practice-contact"], "Results-ready notice with no test named."),
    ("pj0057", "Urine drug screen, collected 3/04/2026\nBuprenorphine: present (expected)\nNorbuprenorphine: present\nFentanyl: not detected\nOpiates: not detected\nReviewed by Dr. Rao. No action needed; see you at your next visit.",
     "ALLOW", "result", "portal", "en",
     [("Urine drug screen", "PROCEDURE"), ("3/04/2026", "DATE"), ("Buprenorphine", "MEDICATION"), ("present", "RESULT"), ("Norbuprenorphine", "MEDICATION"), ("present", "RESULT", 1), ("Fentanyl", "MEDICATION"), ("not detected", "RESULT"), ("Opiates", "MEDICATION"), ("not detected", "RESULT", 1), ("Dr. Rao", "PROVIDER")],
     [SU], "Result inside the secure portal: ALLOW (README channel convention)."),
    ("pj0058", "Reminder: your lab work (liver panel and hepatitis C test) is Friday at 8am at the lab window. No fasting needed.",
     "REWRITE", "reminder", "sms", "en",
     [("liver panel", "PROCEDURE"), ("hepatitis C test", "PROCEDURE")],
     ["lab", SU], "Named tests go; 'your lab work is Friday at 8am' survives."),
    ("pj0059", "ur up for a random UA today, pls stop by the lab window before 2pm. thx -nursing",
     "REWRITE", "reminder", "sms", "en",
     [("random UA", "PROCEDURE")],
     [SU, "shorthand"], "A random urine drug screen is a revealing test; 'please stop by before 2pm' survives."),
    ("pj0060", "Reminder: per program rules your next urine collection will be observed. Please allow an extra 15 minutes at check-in.",
     "REWRITE", "reminder", "sms", "en",
     [("urine collection", "PROCEDURE")],
     [SU], "Observed urine collection reveals a drug-testing program; 'please allow an extra 15 minutes at your next visit' survives."),
    ("pj0061", "marcus ur methadone is going up to 90mg starting mon per dr marsh, see nursing b4 dosing",
     "BLOCK", "care-instructions", "sms", "en",
     [("marcus", "NAME"), ("methadone", "MEDICATION"), ("dr marsh", "PROVIDER")],
     [SU, "shorthand"], "Dose change for a named patient: a dosing instruction is the message."),
    ("pj0062", "Hi Mrs. Keefe, Brandon didn't come in for his Suboxone this week and his counselor is worried. Could you have him call us at (541) 555-0142?",
     "BLOCK", "other", "sms", "en",
     [("Keefe", "NAME"), ("Brandon", "NAME"), ("Suboxone", "MEDICATION"), ("counselor", "SPECIALTY"), (PH, "PHONE")],
     [SU, "third-party", "practice-contact"], "Another person's treatment and adherence told to a relative (DESIGN: a third party's health)."),
    ("pj0063", "hey, group moved to rm 4 tonight, same time. bring ur workbook",
     "ALLOW", "reminder", "sms", "en", [],
     [SU, "shorthand", "hard-negative"], "Room change with no program, drug or group name; 'group' alone is generic."),
    ("pj0064", "Hi Tyler, for your Medicaid application we still need your SSN. Is 078-05-1120 correct? Reply Y or N.",
     "BLOCK", "other", "sms", "en",
     [("Tyler", "NAME"), ("078-05-1120", "SSN")],
     ["general", "identifier"], "An SSN must never travel by text."),
    ("pj0065", "Ashley Pruitt DOB 07/19/1991 - pharmacy needs this to release ur script, just show them this text",
     "BLOCK", "pickup", "sms", "en",
     [("Ashley Pruitt", "NAME"), ("07/19/1991", "DATE")],
     ["pharmacy", "dob", "shorthand"], "Full date of birth with the patient's name (README: BLOCK)."),
    ("pj0066", "devon ur hep c came back positive, dr rao wants to start treatment. can u come in thurs am?",
     "BLOCK", "result", "sms", "en",
     [("devon", "NAME"), ("hep c", "CONDITION"), ("positive", "RESULT"), ("dr rao", "PROVIDER")],
     [SU, "shorthand"], "A result and a diagnosis in a staff text."),
)

# ---------------------------------------------------------------- batch 4 (pj0067-pj0090): staff texts, long e-mails, pushes, voicemails
WELCOME = ("Hi Dana,\n\nWelcome to Bridgeway Health! We're glad you reached out. Your first visit with "
           "Dr. Anika Rao is on Monday, April 6 at 8:00 AM at 410 Alder St, Suite 2, Salem. Please plan on about "
           "two hours: you'll meet the nurse, the doctor and your counselor, and we'll talk about starting "
           "medication for opioid use disorder if that's the right fit for you.\n\nWhat to bring: photo ID, your "
           "insurance card, a list of any medicines you take, and something to read.\n\nParking is free in the "
           "back lot off Birch Ave. If you need a ride, call us and we can set one up through your plan.\n\n"
           "Questions? Call (541) 555-0142 or reply to this e-mail.\n\nBridgeway Health Intake Team")
NEWSLETTER = ("Bridgeway Health News - Spring\n\nNew hours: starting April 1 the front desk opens at 6:30 AM on "
              "weekdays and 8:00 AM on Saturdays. Our phone line is answered during the same hours at "
              "(541) 555-0142.\n\nParking: the Alder St lot will be repaved the week of April 13. Please use the "
              "Birch Ave lot or street parking.\n\nPortal: you can now pay bills, update your address and send us "
              "forms at portal.bridgewayhealth.example.org. Forgot your password? Use the 'password recovery' link on "
              "the sign-in page.\n\nStaff news: please welcome NP Luis Ferreira and our new front desk lead, Kim "
              "Alvarez.\n\nThank you for choosing Bridgeway Health.")
PLAN = ("Hi Carmen,\n\nThanks for meeting with me today. Here is the summary we talked about so you have it in "
        "writing. Since the relapse last month we agreed to keep you at 16 mg of buprenorphine for now, and "
        "Dr. Rao will review it after two negative urine screens. Your goals for the next 30 days: go to the Tuesday "
        "Relapse Prevention group, call your sponsor when cravings hit, and keep your Narcan in your bag. We will "
        "also start the paperwork for your hepatitis C treatment.\n\nSee you next Thursday at 3.\n\n"
        "Jamal Reed, CADC\nBridgeway Recovery Services")
add(
    ("pj0067", WELCOME,
     "REWRITE", "confirmation", "email", "en",
     [("Dana", "NAME"), ("Dr. Anika Rao", "PROVIDER"), ("April 6", "DATE"), ("410 Alder St, Suite 2, Salem", "ADDRESS"), ("counselor", "SPECIALTY"), ("opioid use disorder", "CONDITION"), (PH, "PHONE")],
     [SU, "practice-contact"], "Long welcome e-mail: name, counselor role and the condition go; date, time, the practice's own address and phone, and what to bring survive."),
    ("pj0068", NEWSLETTER,
     "ALLOW", "marketing", "email", "en",
     [("April 1", "DATE"), (PH, "PHONE"), ("April 13", "DATE"), ("portal.bridgewayhealth.example.org", "URL"), ("NP Luis Ferreira", "PROVIDER"), ("Kim Alvarez", "PROVIDER")],
     ["general", "broadcast", "practice-contact"], "Newsletter to all patients: hours, parking, portal and staff news; 'password recovery' is a look-alike, not a program name."),
    ("pj0069", PLAN,
     "BLOCK", "care-instructions", "email", "en",
     [("Carmen", "NAME"), ("relapse", "CONDITION"), ("buprenorphine", "MEDICATION"), ("Dr. Rao", "PROVIDER"), ("negative", "RESULT"), ("urine screens", "PROCEDURE"), ("Relapse Prevention", "PROCEDURE"), ("cravings", "CONDITION"), ("Narcan", "MEDICATION"), ("hepatitis C", "CONDITION"), ("Jamal Reed", "PROVIDER"), ("CADC", "SPECIALTY"), ("Bridgeway Recovery Services", "SPECIALTY")],
     [SU], "A counselor's treatment-plan summary (relapse, dose, goals, a new diagnosis) by plain e-mail: the clinical content is the message."),
    ("pj0070", "Bridgeway: You have a new message from your care team.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "New-message push with nothing in it."),
    ("pj0071", "Time for your daily check-in! How strong are your cravings today? Tap to answer.",
     "REWRITE", "other", "push", "en",
     [("cravings", "CONDITION")],
     [SU], "A lock-screen push about cravings reveals the condition; 'time for your daily check-in' survives."),
    ("pj0072", "Your Sublocade appointment is tomorrow at 9:30 AM with Dr. Marsh.",
     "REWRITE", "reminder", "push", "en",
     [("Sublocade", "MEDICATION"), ("Dr. Marsh", "PROVIDER")],
     [SU], "Drug named as the visit label; 'your appointment is tomorrow at 9:30 AM with Dr. Marsh' survives."),
    ("pj0073", "Bridgeway: Tiene un mensaje nuevo en el portal del paciente.",
     "ALLOW", "portal-notice", "push", "es", [],
     ["general", "hard-negative"], "New-message push with nothing in it."),
    ("pj0074", "Hi, this message is for Marcus. This is Jamal, your counselor at Bridgeway Recovery Services. I'm running about 20 minutes behind for our session at 4:30, so feel free to come at 4:50. Thanks.",
     "REWRITE", "other", "voice", "en",
     [("Marcus", "NAME"), ("Jamal", "PROVIDER"), ("counselor", "SPECIALTY"), ("Bridgeway Recovery Services", "SPECIALTY")],
     [SU], "Voicemail can be overheard: name, role and program name go; 'running 20 minutes late, come at 4:50' survives."),
    ("pj0075", "Hi Jorge, this is nurse Pam from Bridgeway. Your drug screen on Monday showed alcohol, so we can't give you take-homes this weekend. Please come in Saturday morning for dosing. Call me back at 541-555-0146.",
     "BLOCK", "result", "voice", "en",
     [("Jorge", "NAME"), ("nurse Pam", "PROVIDER"), ("drug screen", "PROCEDURE"), ("alcohol", "MEDICATION"), ("541-555-0146", "PHONE")],
     [SU, "practice-contact"], "A drug-screen result and the treatment decision it caused, left on a voicemail."),
    ("pj0076", "Gracias por llamar a Bridgeway Health. Para confirmar su cita, oprima 1. Para cambiar su cita, oprima 2. Para hablar con recepción, oprima 0.",
     "ALLOW", "confirmation", "voice", "es", [],
     ["general", "hard-negative"], "IVR menu; nothing about anyone."),
    ("pj0077", "Password recovery: use code 482913 to reset your Bridgeway Health portal password. The code expires in 10 minutes.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "'Recovery' here is a password reset; a one-time code is not a patient identifier."),
    ("pj0078", "The Alder St lot is being repaved Friday. Please park in the Methodist church lot across the street; the church has said it's fine.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Parking notice; 'Methodist' is a look-alike for methadone."),
    ("pj0079", "Staff: we need a sub for the Tuesday front desk shift (7-11am). Lunch today is subs from Alder Deli in the break room.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Staff message; 'sub' (a substitute, a sandwich) is a look-alike for Suboxone slang."),
    ("pj0080", "Family movie screening Friday at 6pm in the community room. Popcorn and juice provided, kids welcome!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Screening' is a film, not a test."),
    ("pj0081", "Your weekly dose of good news from Bridgeway Health: the new playground for visiting families is open, and 94% of last month's surveys were positive!",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "'Dose' and 'positive' in everyday senses."),
    ("pj0082", "Recuerde: el estacionamiento de la calle Álamo estará cerrado el viernes. Use la entrada de la calle Roble.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Parking notice; street names only."),
    ("pj0083", "Hi Dana, starting next week your counselor will be Tess Morgan, CADC, instead of Jamal. Same day and time (Thursdays at 3).",
     "REWRITE", "other", "sms", "en",
     [("Dana", "NAME"), ("counselor", "SPECIALTY"), ("Tess Morgan", "PROVIDER"), ("CADC", "SPECIALTY"), ("Jamal", "PROVIDER")],
     [SU], "Name, role and the addiction-counselor credential go; 'starting next week you'll see Tess Morgan, same day and time' survives."),
    ("pj0084", "Reminder to all IOP clients: phones off during group, and please be on time. Doors close 5 minutes after start.",
     "REWRITE", "other", "sms", "en",
     [("IOP", "PROCEDURE")],
     [SU], "Judgement: sent to every enrolled client, but naming the intensive outpatient program reveals enrollment; the rules survive."),
    ("pj0085", "Hi Marcus, this is Kev, your peer recovery coach. Want to grab coffee before group Thursday? I'm free at 5.",
     "REWRITE", "other", "sms", "en",
     [("Marcus", "NAME"), ("Kev", "PROVIDER"), ("peer recovery coach", "SPECIALTY")],
     [SU], "Name and the peer-recovery role go; 'this is Kev, coffee Thursday at 5?' survives."),
    ("pj0086", "Your guest dosing at Lakeside Treatment Center (Portland) is approved for 6/1-6/7. Bring photo ID and approval #GD-5521.",
     "REWRITE", "other", "sms", "en",
     [("guest dosing", "PROCEDURE"), ("Lakeside Treatment Center", "SPECIALTY"), ("6/1", "DATE"), ("6/7", "DATE"), ("GD-5521", "OTHER_ID")],
     [SU, "identifier"], "OTP jargon, the receiving treatment center and the approval number go; 'your travel request for 6/1-6/7 is approved, bring ID' survives."),
    ("pj0087", "We'll mail your new lockbox to 2217 NE Birch Ave Apt 5, Salem OR 97301. Reply if that address is wrong.",
     "REWRITE", "other", "sms", "en",
     [("2217 NE Birch Ave Apt 5, Salem OR 97301", "ADDRESS")],
     [SU], "The patient's home address is not needed to ask for a confirmation; 'reply if your mailing address has changed' survives."),
    ("pj0088", "Your ride to Bridgeway Health is booked for 7:15am tomorrow. The driver will text you when outside. Reply C to cancel.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "hard-negative", "contrast"], "Transport confirmation to a generic practice name (pj0089 is the same text naming the drug)."),
    ("pj0089", "Your ride to the methadone clinic is booked for 7:15am tomorrow. The driver will text you when outside. Reply C to cancel.",
     "REWRITE", "confirmation", "sms", "en",
     [("methadone", "MEDICATION")],
     [SU, "contrast"], "Same ride confirmation with the clinic described by its drug; 'your ride is booked for 7:15am' survives."),
    ("pj0090", "Su transporte a Bridgeway Health está programado para mañana a las 7:15 am. El chofer le enviará un mensaje al llegar.",
     "ALLOW", "confirmation", "sms", "es", [],
     ["general", "hard-negative"], "Transport confirmation to a generic practice name."),
)

# ---------------------------------------------------------------- batch 5 (pj0091-pj0104): Spanish
OBRAS = ("Estimados pacientes:\n\nDel lunes 6 de abril al viernes 17 de abril habrá obras en la entrada principal "
         "de Bridgeway Health. Durante esas dos semanas, por favor entre por la puerta lateral de la calle Roble. "
         "El horario de recepción no cambia (lunes a viernes de 6:30 am a 4 pm y sábados de 8 a 11 am).\n\n"
         "Si necesita ayuda para caminar desde el estacionamiento, llame al (541) 555-0142 y un miembro del equipo "
         "saldrá a recibirle.\n\nGracias por su paciencia.\nBridgeway Health")
add(
    ("pj0091", "Hola Jorge, su consejero Jamal lo espera el miércoles a las 5 para su sesión. Si no puede venir, avísenos por este medio.",
     "REWRITE", "reminder", "sms", "es",
     [("Jorge", "NAME"), ("consejero", "SPECIALTY"), ("Jamal", "PROVIDER")],
     [SU], "Name and the substance-use counselor role go (README: consejero is SPECIALTY); 'miércoles a las 5' survives."),
    ("pj0092", "Sra. Ortega, la Dra. Rao le va a bajar la dosis de buprenorfina a 12 mg a partir del lunes. Pase por enfermería antes de su dosis.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Ortega", "NAME"), ("Dra. Rao", "PROVIDER"), ("buprenorfina", "MEDICATION")],
     [SU], "A dose change for a named patient: the dosing instruction is the message."),
    ("pj0093", "Sra. Ruiz, le escribimos porque su esposo Ernesto no ha venido a tomar su metadona desde el martes. Por favor pídale que nos llame.",
     "BLOCK", "other", "sms", "es",
     [("Ruiz", "NAME"), ("Ernesto", "NAME"), ("metadona", "MEDICATION")],
     [SU, "third-party"], "A spouse's treatment and adherence told to the recipient (third party's health)."),
    ("pj0094", "Bridgeway Health estará cerrado el jueves 2 de julio por la tarde y el viernes 3 de julio. El lunes 6 de julio abrimos en horario normal.",
     "ALLOW", "other", "sms", "es",
     [("2 de julio", "DATE"), ("3 de julio", "DATE"), ("6 de julio", "DATE")],
     ["general", "broadcast"], "Holiday closure from the generic practice name."),
    ("pj0095", "Recordatorio: su inyección de Sublocade es el 20 de marzo a las 10:00 am con la Dra. Marsh.",
     "REWRITE", "reminder", "sms", "es",
     [("inyección de Sublocade", "MEDICATION"), ("20 de marzo", "DATE"), ("Dra. Marsh", "PROVIDER")],
     [SU], "Drug as the visit label goes (judgement: the Spanish form word before the drug is in the span); date, time and provider survive."),
    ("pj0096", "Su consulta por video con NP Ferreira es hoy a las 3 pm. Entre aquí unos minutos antes: https://bridgewayhealth.example.org/video",
     "ALLOW", "reminder", "sms", "es",
     [("NP Ferreira", "PROVIDER"), ("https://bridgewayhealth.example.org/video", "URL")],
     [SU, "practice-contact"], "Practice's own link without a token; provider and time allowed."),
    ("pj0097", "Su renovación de Medicaid vence el 31 de mayo. Nuestra navegadora de beneficios le puede ayudar: (541) 555-0145.",
     "ALLOW", "other", "sms", "es",
     [("31 de mayo", "DATE"), ("(541) 555-0145", "PHONE")],
     ["general", "practice-contact"], "Benefits reminder; nothing clinical."),
    ("pj0098", "Recordatorio: el grupo de prevención de recaídas se reúne los martes a las 6 pm en el salón 3.",
     "REWRITE", "reminder", "sms", "es",
     [("prevención de recaídas", "PROCEDURE")],
     [SU], "The SUD-specific group name goes, generic 'grupo' stays outside; day, time and room survive."),
    ("pj0099", "hola carmen ya esta lista su receta de suboxone en la farmacia cityrx, no olvide su id",
     "REWRITE", "pickup", "sms", "es",
     [("carmen", "NAME"), ("suboxone", "MEDICATION")],
     ["pharmacy", SU, "shorthand", "typo"], "Staff text without accents: name and drug go; 'su receta está lista en la farmacia' survives."),
    ("pj0100", "Sr. Díaz, le recordamos la cita de su hijo Mateo con la consejera Tess el lunes 16 de marzo a las 4 pm en Bridgeway Health.",
     "REWRITE", "reminder", "sms", "es",
     [("Díaz", "NAME"), ("Mateo", "NAME"), ("consejera", "SPECIALTY"), ("Tess", "PROVIDER"), ("16 de marzo", "DATE")],
     [SU, "minor"], "A dependent's logistics with a name and a specialty role: REWRITE like the patient's own (README)."),
    ("pj0101", "Por favor complete sus formularios de consentimiento antes de su próxima visita: bridgewayhealth.example.org/formularios",
     "ALLOW", "other", "sms", "es",
     [("bridgewayhealth.example.org/formularios", "URL")],
     ["general", "practice-contact"], "Forms link from the practice, no patient token."),
    ("pj0102", "Mensaje para Luz Marina Ortega. Le habla la enfermera Pam de Bridgeway. Su prueba de hepatitis C salió positiva y la doctora quiere hablar con usted esta semana. Llámenos al 541-555-0146.",
     "BLOCK", "result", "voice", "es",
     [("Luz Marina Ortega", "NAME"), ("enfermera Pam", "PROVIDER"), ("prueba de hepatitis C", "PROCEDURE"), ("positiva", "RESULT"), ("541-555-0146", "PHONE")],
     [SU, "practice-contact"], "A positive result left on a voicemail with the patient's full name."),
    ("pj0103", OBRAS,
     "ALLOW", "other", "email", "es",
     [("6 de abril", "DATE"), ("17 de abril", "DATE"), (PH, "PHONE")],
     ["general", "broadcast", "practice-contact"], "Construction notice to all patients from the generic practice name."),
    ("pj0104", "Hola Carmen: la Dra. Rao revisó su plan. Seguirá con buprenorfina 16 mg al día y repetimos la prueba de orina en dos semanas. Cualquier duda, escríbanos aquí.",
     "ALLOW", "care-instructions", "portal", "es",
     [("Carmen", "NAME"), ("Dra. Rao", "PROVIDER"), ("buprenorfina 16 mg", "MEDICATION"), ("prueba de orina", "PROCEDURE")],
     [SU], "Dose and plan inside the secure portal: ALLOW (README channel convention)."),
)

# ---------------------------------------------------------------- batch 6 (pj0105-pj0120): disguises, templates, portal, e-mail, careless staff
add(
    ("pj0105", "Reminder: your meth\u200badone take-home pickup is Saturday 8-10am. Bring your lockbox.",
     "REWRITE", "pickup", "sms", "en",
     [("meth\u200badone", "MEDICATION")],
     [SU], "Drug name split by a zero-width space; 'your pickup is Saturday 8-10am' survives."),
    ("pj0106", "CityRx: Y\u043eur Sub\u043ex\u043ene 8mg films are ready for pickup at the Alder St counter.",
     "REWRITE", "pickup", "sms", "en",
     [("Sub\u043ex\u043ene 8mg films", "MEDICATION")],
     ["pharmacy", SU], "Drug name with Cyrillic look-alike letters; 'your prescription is ready' survives."),
    ("pj0107", "reminder ur U-D-S is tmrw 8am, dont be late or it counts as a miss",
     "REWRITE", "reminder", "sms", "en",
     [("U-D-S", "PROCEDURE")],
     [SU, "spaced", "shorthand", "typo"], "Drug screen abbreviation with hyphenated letters; 'your visit is tomorrow at 8am' survives."),
    ("pj0108", "[PracticeName]: Reminder of your visit on [ApptDate] at [ApptTime] with [ProviderName]. Reply C to confirm, R to reschedule.",
     "ALLOW", "reminder", "sms", "en", [],
     [SU, "template", "hard-negative"], "Template whose placeholders carry no patient data."),
    ("pj0109", "{{clinic_name}}: Your Vivitrol injection is due {{due_date}}. Call {{clinic_phone}} to book your visit.",
     "REWRITE", "reminder", "sms", "en",
     [("Vivitrol injection", "MEDICATION")],
     [SU, "template"], "Fixed template text names the drug; 'your visit is due {{due_date}}' survives."),
    ("pj0110", "Hi Marcus, as we discussed, your methadone dose goes from 80 mg to 90 mg starting Monday 3/16. Please see nursing before dosing that day so they can check on you. - Dr. Helen Marsh",
     "ALLOW", "care-instructions", "portal", "en",
     [("Marcus", "NAME"), ("methadone", "MEDICATION"), ("3/16", "DATE"), ("Dr. Helen Marsh", "PROVIDER")],
     [SU], "The dose change that pj0061 sends by SMS, here inside the secure portal: ALLOW."),
    ("pj0111", "Jamal Reed, CADC shared a new worksheet with you: Coping with Cravings. Open it under Documents before Thursday's session.",
     "ALLOW", "portal-notice", "portal", "en",
     [("Jamal Reed", "PROVIDER"), ("CADC", "SPECIALTY"), ("Cravings", "CONDITION")],
     [SU], "Inside the secure portal the credential and topic may stay."),
    ("pj0112", "Hi Tyler,\n\nGreat news: your hepatitis C viral load 12 weeks after treatment came back undetectable. That means you're cured! Dr. Rao will go over it with you at your next visit.\n\nBridgeway Health Nursing",
     "BLOCK", "result", "email", "en",
     [("Tyler", "NAME"), ("hepatitis C viral load", "PROCEDURE"), ("undetectable", "RESULT"), ("Dr. Rao", "PROVIDER")],
     [SU], "A result by plain e-mail, even good news, is the message (README: normal results are BLOCK)."),
    ("pj0113", "Hi Brandon,\n\nCityRx Pharmacy let us know that your Suboxone prior authorization expires 4/15. Dr. Rao already sent the renewal to your plan, so there is nothing you need to do. We'll text you if anything changes.\n\nBridgeway Health",
     "REWRITE", "other", "email", "en",
     [("Brandon", "NAME"), ("Suboxone", "MEDICATION"), ("4/15", "DATE"), ("Dr. Rao", "PROVIDER")],
     ["pharmacy", SU], "Name and drug go; 'your prior authorization expires 4/15, the renewal is sent' survives."),
    ("pj0114", "Sorry, wrong person! Please ignore and delete my last text about Keisha Long's take-home schedule.",
     "BLOCK", "other", "sms", "en",
     [("Keisha Long", "NAME")],
     [SU, "third-party"], "Judgement: names another patient and her take-home schedule, which discloses her enrollment to a stranger; treated as a third party's health (BLOCK), not just a removable name."),
    ("pj0115", "yes u can come at 6:30 tmrw, nursing opens early on fridays. -kim",
     "ALLOW", "other", "sms", "en",
     [("kim", "PROVIDER")],
     [SU, "shorthand"], "Staff reply about opening time; sender is staff."),
    ("pj0116", "Hi Ashley, your intake paperwork is all done. Next step: your first counseling session with Tess on 3/19 at 11am.",
     "REWRITE", "confirmation", "sms", "en",
     [("Ashley", "NAME"), ("counseling", "PROCEDURE"), ("Tess", "PROVIDER"), ("3/19", "DATE")],
     [SU], "Name and visit type go; 'your next visit is with Tess on 3/19 at 11am' survives."),
    ("pj0117", "Hi, this is Kim from Bridgeway Health returning your call about your bill. Please call us back at 541-555-0144, Monday through Friday, 8 to 4. Thank you.",
     "ALLOW", "billing", "voice", "en",
     [("Kim", "PROVIDER"), ("541-555-0144", "PHONE")],
     ["general", "practice-contact"], "Billing call-back with staff name and the practice phone."),
    ("pj0118", "From nursing: take your 2 methadone take-home doses on Sat and Sun only, one each day, and bring the empty bottles Monday. Never take both at once.",
     "BLOCK", "care-instructions", "sms", "en",
     [("methadone", "MEDICATION")],
     [SU], "Dosing instructions are the message; send them through the portal."),
    ("pj0119", "Bridgeway app: your latest drug screen result is ready: NEGATIVE. Tap to view details.",
     "BLOCK", "result", "push", "en",
     [("drug screen", "PROCEDURE"), ("NEGATIVE", "RESULT")],
     [SU], "A result on the lock screen; a negative result is still a result (README)."),
    ("pj0120", "FYI pt Devon Carter (DOB 2/8/1988) relapsed over the wknd, OD'd on fentanyl Sat, narcan x2 by EMS. hold take-homes pending team review -PM",
     "BLOCK", "other", "sms", "en",
     [("Devon Carter", "NAME"), ("2/8/1988", "DATE"), ("relapsed", "CONDITION"), ("OD'd", "CONDITION"), ("fentanyl", "MEDICATION"), ("narcan", "MEDICATION")],
     [SU, "shorthand", "dob"], "A staff-to-staff note sent to a patient's number: name with full DOB, an overdose and a treatment hold."),
)

# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "pj", "probe423.jsonl")
