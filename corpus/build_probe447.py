#!/usr/bin/env python3
"""Build corpus/probe447.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe447.py [OUT] [-v]   (default: probe447.jsonl next to this script)

Written blind: the author read only shared/DESIGN.md, corpus/README.md, corpus/probe_lib.py and
lines 1-117 and 579-584 of corpus/build_probe7.py (its docstring, row format and first batch).
The engine was not run, and no other corpus, test, rule, dictionary or source file was read.

Theme: EVERYDAY MESSAGES FROM AN LGBTQ+ COMMUNITY HEALTH CENTER ("Linden Street Health", an
invented center with a deliberately neutral name, its pharmacy and its programs): primary care,
PrEP/PEP and HIV care, sexual-health testing, gender-affirming hormone therapy, behavioral health,
name and pronoun updates, support groups, events, closures, surveys and billing, in the
proportions an ordinary week produces (reminders, confirmations, reschedules, recalls, pickups,
portal notices, forms, billing), written as templates, vendor systems, staff shorthand, long
e-mails, voicemails and a few careless staff messages; look-alikes and hard negatives (Pride 5K,
meal prep, the T stop, "staying positive", community-survey "results"); 4 disguised messages
(spaced, zero-width, leetspeak, Cyrillic). About 15% Spanish.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index]); occurrence_index is 0-based;
  a substring may carry a context marker: "0.5ml [[T]] (100mg)" labels only "T".
Offsets are UTF-16 code units (Java String indices), end exclusive (computed by probe_lib).

Decisions taken where the README is silent (also stated in the `why` of the lines concerned):
  - The center's own name (Linden Street Health / Linden Street Pharmacy) is generic and not
    labelled; a service-line name that reveals the care (Gender Health Program, ... Behavioral
    Health) is SPECIALTY.
  - Sexual orientation and gender identity are treated as sensitive like a specialty: a named
    support group or program tied to an identity or a condition (Trans Masc Support Group, Queer
    Elders Circle) is a PROCEDURE (a program, as README says for programs), and a message to its
    registered members is REWRITE; the same groups announced to every patient are broadcasts
    (ALLOW, no span).
  - Pronouns and the fact that a patient has a chosen name have no category: they are not
    labelled. A name/pronoun-update notice is REWRITE only for the names in it; one without a
    name is ALLOW (the center offers the update to every patient).
  - Legal name and chosen name together (dead-naming) are two NAME spans; REWRITE, not BLOCK, as
    nothing clinical is in it.
  - Gender-affirming care has no service tag: it is tagged primary-care (hormone care is
    delivered by primary care here); HIV/PrEP/STI lines are tagged hiv-sexual-health.
  - Credentials that reveal behavioral health (LMHC, LICSW) and the role words counselor /
    therapist / terapeuta are SPECIALTY; RN and NP are generic.
  - Ryan White (the HIV-care funding program) is a PROCEDURE (program) even though it looks like
    a person's name; its recertification notice is REWRITE.
  - A test named by its condition in a results-ready notice ("your HIV and syphilis results")
    is PROCEDURE, like "HIV test"; a CPT code printed next to the test on a bill is PROCEDURE too.
  - A "letter of support for top surgery" and a "gender marker letter" are gender-affirming-care
    documents: the surgery / letter is PROCEDURE; SMS/e-mail REWRITE, portal ALLOW.
  - An app's medication reminder that names the drug ("weekly T shot") is REWRITE: "time for your
    dose" survives; a message that changes or explains a dose is BLOCK.
  - A group reminder labelled with a diagnosis ("grupo ... para hombres que viven con VIH") is
    treated like a diagnosis used as a visit label: REWRITE.
  - Partner notification that says a partner tested positive is BLOCK (a third party's result and
    the recipient's exposure); the "call us about an important health matter" version is ALLOW.
  - Records-request references, confirmation codes and one-time codes are not labelled; a
    shipment tracking link with a token is a patient-specific URL (REWRITE).

Everything is invented: people, the center and its programs, streets and towns, 555-01xx
numbers, example.org/.com domains, MRNs, member IDs, account and Rx numbers. No real patient data.
Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (qh0001-qh0020): reminders, confirmations, reschedules, pickups
add(
    ("qh0001", "Linden Street Health: Reminder of your appointment with Dr. Amara Okafor on Tue 3/10 at 9:30 AM. Reply C to confirm or R to reschedule. Reply STOP to opt out.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Amara Okafor", "PROVIDER"), ("3/10", "DATE")],
     ["primary-care"], "Generic center name, provider, date and time only."),
    ("qh0002", "Reminder: Your PrEP follow-up at Linden Street Health is Thursday at 4:15pm. Please come 15 min early for your lab draw. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("PrEP", "MEDICATION")],
     ["hiv-sexual-health"], "PrEP names the service; 'your follow-up ... Thursday at 4:15pm' survives."),
    ("qh0003", "{{practice_name}}: You have an appointment on {{appt_date}} at {{appt_time}} with {{provider_name}}. Reply C to confirm, R to reschedule. Msg&data rates may apply.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "template", "hard-negative"], "Vendor template whose placeholders carry no patient data."),
    ("qh0004", "Your appointment is confirmed: Fri 3/13, 2:00 PM with Jordan Baptiste, NP at 412 Linden St, Suite 200. Questions? Call (617) 555-0142.",
     "ALLOW", "confirmation", "sms", "en",
     [("Jordan Baptiste, NP", "PROVIDER"), ("3/13", "DATE"), ("412 Linden St, Suite 200", "ADDRESS"), ("(617) 555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "Provider with a generic credential, date, and the center's own address and phone."),
    ("qh0005", "Hi Devon! This is a reminder for your hormone therapy follow-up with Dr. Lindqvist tomorrow at 11:00. Bring your injection log if you keep one.",
     "REWRITE", "reminder", "sms", "en",
     [("Devon", "NAME"), ("hormone therapy", "PROCEDURE"), ("Dr. Lindqvist", "PROVIDER"), ("injection", "PROCEDURE")],
     ["primary-care"], "Name, the gender-affirming therapy and the injection log go; the reminder survives. (Gender-affirming care tagged primary-care: no dedicated tag.)"),
    ("qh0006", "Linden Street Health: You have an upcoming visit tomorrow at 10:20 AM. Tap to check in.",
     "ALLOW", "reminder", "push", "en", [],
     ["general"], "Lock-screen push with a generic center name and a time only."),
    ("qh0007", "hey its Rosa at the front desk, ur appt w dr okafor got moved to 2:45 tmrw bc she's running late in clinic. still ok? reply y/n",
     "ALLOW", "reminder", "sms", "en",
     [("Rosa", "PROVIDER"), ("dr okafor", "PROVIDER")],
     ["primary-care", "shorthand"], "Staff shorthand; the sender is workforce (PROVIDER) and only a time is given."),
    ("qh0008", "Linden Street Health: Le recordamos su cita con la Dra. Paola Quintero el miércoles 18 de marzo a las 3:00 pm. Responda 1 para confirmar o 2 para cambiar la cita.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Paola Quintero", "PROVIDER"), ("18 de marzo", "DATE")],
     ["primary-care"], "Provider, date and time only."),
    ("qh0009", "Reminder from the Gender Health Program at Linden Street Health: your visit with Dr. Lindqvist is on 3/19 at 1:30pm. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Gender Health Program", "SPECIALTY"), ("Dr. Lindqvist", "PROVIDER"), ("3/19", "DATE")],
     ["primary-care"], "The service-line name reveals gender-affirming care (judgement: SPECIALTY); the center's generic name may stay."),
    ("qh0010", "We need to reschedule your 3/24 appointment with Sam Whitfield, LICSW because of a staff training day. Please call (617) 555-0147 or reply with a day that works.",
     "REWRITE", "reminder", "sms", "en",
     [("3/24", "DATE"), ("Sam Whitfield", "PROVIDER"), ("LICSW", "SPECIALTY"), ("(617) 555-0147", "PHONE")],
     ["behavioral-health", "practice-contact"], "Judgement: the clinical social work credential reveals behavioral health (SPECIALTY, like DDS); the reschedule survives."),
    ("qh0011", "Linden Street Health: Your video visit starts in 15 minutes. Join from our waiting-room page: https://lindenstreethealth.example.org/telehealth and test your camera first.",
     "ALLOW", "reminder", "sms", "en",
     [("https://lindenstreethealth.example.org/telehealth", "URL")],
     ["general", "practice-contact"], "The center's own telehealth page, no patient token."),
    ("qh0012", "Your video visit with Dr. Okafor begins at 2:00 PM. Join: https://lsh.example.org/v/join?pid=88213&t=Zq81Kd",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("https://lsh.example.org/v/join?pid=88213&t=Zq81Kd", "URL")],
     ["primary-care"], "A link with a patient id and token is patient-specific (README); provider and time survive."),
    ("qh0013", "Hello, this is Linden Street Health calling with a reminder. You have an appointment on Monday, March ninth, at ten forty-five in the morning with Doctor Okafor. Press 1 to confirm, press 2 to speak with our staff.",
     "ALLOW", "reminder", "voice", "en",
     [("March ninth", "DATE"), ("Doctor Okafor", "PROVIDER")],
     ["primary-care"], "IVR reminder: date, time and provider only."),
    ("qh0014", "Hi, this message is for Luis. This is Marisol from Linden Street Health's PrEP program calling about your three-month lab visit. Please call us back at six one seven, five five five, zero one four nine.",
     "REWRITE", "other", "voice", "en",
     [("Luis", "NAME"), ("Marisol", "PROVIDER"), ("PrEP", "MEDICATION"), ("six one seven, five five five, zero one four nine", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "Voicemail may be overheard: patient name and PrEP go; the call-back request and the center's number stay."),
    ("qh0015", "It's been over a year since your last physical at Linden Street Health. Annual visits include routine screenings and time to update your care plan. Book online at lindenstreethealth.example.org/book",
     "ALLOW", "recall", "sms", "en",
     [("lindenstreethealth.example.org/book", "URL")],
     ["primary-care", "practice-contact"], "Annual-physical recall is generic primary care."),
    ("qh0016", "Hi from Linden Street Health! You're due for your routine STI testing (every 3 months while on PrEP). Walk-in hours: Mon-Thu 4-7pm.",
     "REWRITE", "recall", "sms", "en",
     [("STI testing", "PROCEDURE"), ("PrEP", "MEDICATION")],
     ["hiv-sexual-health"], "Test type and medication go; 'you're due for a visit, walk-in hours' survives."),
    ("qh0017", "Linden Street Pharmacy: Your prescription is ready for pickup. Pickup hours Mon-Fri 9-6. Rx #4410287.",
     "REWRITE", "pickup", "sms", "en",
     [("4410287", "OTHER_ID")],
     ["pharmacy"], "Prescription numbers are OTHER_ID (README) and not needed for a pickup notice."),
    ("qh0018", "Linden Street Pharmacy: your estradiol valerate 20mg/mL vial is ready. Remember to bring your empty sharps container for exchange.",
     "REWRITE", "pickup", "sms", "en",
     [("estradiol valerate 20mg/mL", "MEDICATION")],
     ["pharmacy", "primary-care"], "Medication name and strength in a pickup notice go; the pickup survives."),
    ("qh0019", "Linden Street Pharmacy: 1 prescription is ready for pickup at our counter. Bring photo ID. Items not picked up in 10 days are returned to stock.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy"], "Pickup notice without a drug name; the pharmacy name is generic."),
    ("qh0020", "Farmacia Linden Street: su receta de PrEP (emtricitabina/tenofovir) está lista para recoger. Horario: lunes a viernes de 9 a 6.",
     "REWRITE", "pickup", "sms", "es",
     [("PrEP", "MEDICATION"), ("emtricitabina/tenofovir", "MEDICATION")],
     ["pharmacy", "hiv-sexual-health"], "Drug names in a pickup notice go; 'su receta está lista' survives."),
)

# ---------------------------------------------------------------- batch 2 (qh0021-qh0041): portal notices, results, billing, forms, name updates
add(
    ("qh0021", "You have a new message from your care team at Linden Street Health. Log in to read it: lindenstreethealth.example.org/portal",
     "ALLOW", "portal-notice", "sms", "en",
     [("lindenstreethealth.example.org/portal", "URL")],
     ["general", "practice-contact"], "Notification without PHI: says that a message exists, not what it says."),
    ("qh0022", "New test results are available in your Linden Street Health portal.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["lab", "hard-negative"], "'test results' is generic; no test is named."),
    ("qh0023", "Your HIV and syphilis results from 3/2 are now in the portal. Log in to view them.",
     "REWRITE", "portal-notice", "sms", "en",
     [("HIV", "PROCEDURE"), ("syphilis", "PROCEDURE"), ("3/2", "DATE")],
     ["hiv-sexual-health"], "Judgement: tests named by their condition are PROCEDURE (like 'HIV test'); the results-ready notice survives without them."),
    ("qh0024", "hey marco good news ur viral load came back undetectable again 🎉 keep doin what ur doin. see u in 6 mo -Tasha RN",
     "BLOCK", "result", "sms", "en",
     [("marco", "NAME"), ("viral load", "PROCEDURE"), ("undetectable", "RESULT"), ("Tasha RN", "PROVIDER")],
     ["hiv-sexual-health", "shorthand"], "A result (and, through it, an HIV diagnosis) is the message; a good result is still a result. Send a portal notice."),
    ("qh0025", "Hi Marco, your viral load from 2/27 is undetectable (<20 copies/mL) and your CD4 count is 612. No changes to your regimen. — Tasha Greene, RN",
     "ALLOW", "result", "portal", "en",
     [("Marco", "NAME"), ("viral load", "PROCEDURE"), ("2/27", "DATE"), ("undetectable", "RESULT"), ("<20 copies/mL", "RESULT"),
      ("CD4 count", "PROCEDURE"), ("612", "RESULT"), ("Tasha Greene, RN", "PROVIDER")],
     ["hiv-sexual-health"], "Inside the secure portal results and names may stay (README channel convention)."),
    ("qh0026", "Subject: Your lab results\n\nHi Noor,\nYour estradiol level was 142 pg/mL and your testosterone was 38 ng/dL, both right in our target range. Keep the same dose. Let me know if you have questions.\n\nDr. Lindqvist",
     "BLOCK", "result", "email", "en",
     [("Noor", "NAME"), ("estradiol", "PROCEDURE"), ("142 pg/mL", "RESULT"), ("testosterone", "PROCEDURE"), ("38 ng/dL", "RESULT"), ("Dr. Lindqvist", "PROVIDER")],
     ["primary-care", "lab"], "Hormone levels with values (in range is still a result) and a dosing instruction by e-mail."),
    ("qh0027", "Hi, just checking in: we haven't received your lab results from the outside lab yet. We'll text you as soon as they're in the portal. -Linden Street Health",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "hard-negative"], "'No results yet' with no test named is ALLOW (README)."),
    ("qh0028", "Linden Street Health: Your statement is ready. Balance due: $42.18. Pay online at lindenstreethealth.example.org/pay or call (617) 555-0150. Thank you!",
     "ALLOW", "billing", "sms", "en",
     [("lindenstreethealth.example.org/pay", "URL"), ("(617) 555-0150", "PHONE")],
     ["general", "practice-contact"], "Balance and the center's own payment link and phone."),
    ("qh0029", "Statement for account 70044-1825: balance $120.00 due 4/15. Sliding-fee discount applied. Pay at lindenstreethealth.example.org/pay",
     "REWRITE", "billing", "sms", "en",
     [("70044-1825", "ACCOUNT"), ("4/15", "DATE"), ("lindenstreethealth.example.org/pay", "URL")],
     ["general"], "The account number is not needed in a text; balance and due date survive."),
    ("qh0030", "Hi Jamie, your insurance processed the claim for your 1/22 visit. Remaining balance: $35.00 for 87389 (HIV-1/2 antigen/antibody test). Questions? billing@lindenstreethealth.example.org",
     "REWRITE", "billing", "email", "en",
     [("Jamie", "NAME"), ("1/22", "DATE"), ("87389", "PROCEDURE"), ("HIV-1/2 antigen/antibody test", "PROCEDURE"), ("billing@lindenstreethealth.example.org", "EMAIL")],
     ["hiv-sexual-health", "practice-contact"], "Judgement: a CPT code next to the test names the procedure (PROCEDURE); without them the balance notice survives."),
    ("qh0031", "Linden Street Health: Tiene un saldo de $25.00. Puede pagar en línea en lindenstreethealth.example.org/pagar o llamar al (617) 555-0150. ¡Gracias!",
     "ALLOW", "billing", "sms", "es",
     [("lindenstreethealth.example.org/pagar", "URL"), ("(617) 555-0150", "PHONE")],
     ["general", "practice-contact"], "Balance and the center's own contact details."),
    ("qh0032", "Reminder: your sliding-fee discount expires at the end of the month. Please bring a recent pay stub or benefits letter to the front desk to renew.",
     "ALLOW", "billing", "sms", "en", [],
     ["general"], "Financial paperwork; nothing clinical."),
    ("qh0033", "Hi Kenji, your Ryan White eligibility recertification is due by 4/30. Please bring proof of income and address to your next visit or upload them in the portal.",
     "REWRITE", "billing", "sms", "en",
     [("Kenji", "NAME"), ("Ryan White", "PROCEDURE"), ("4/30", "DATE")],
     ["hiv-sexual-health"], "Judgement: Ryan White is the HIV-care funding program (PROCEDURE, not a person); 'your eligibility recertification is due by 4/30' survives."),
    ("qh0034", "We were unable to verify your insurance for your visit tomorrow. Member ID on file: XJH889201447. Please bring your current card or call (617) 555-0150.",
     "REWRITE", "other", "sms", "en",
     [("XJH889201447", "HEALTH_PLAN_ID"), ("(617) 555-0150", "PHONE")],
     ["general", "practice-contact"], "The member ID is not needed to ask for the card."),
    ("qh0035", "Good news: you have a credit of $15.00 on your account. It will be applied to your next visit, or reply REFUND to request a check.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Credit notice; no number, nothing clinical."),
    ("qh0036", "Before your first visit, please complete your intake forms (about 10 min): lindenstreethealth.example.org/forms. You can share the name and pronouns you use, and we'll use them everywhere.",
     "ALLOW", "other", "sms", "en",
     [("lindenstreethealth.example.org/forms", "URL")],
     ["general", "practice-contact"], "The name-and-pronoun question is offered to every new patient; says nothing about the recipient."),
    ("qh0037", "Hi Alex, we've updated your chart so your name shows as Alex Moreno-Diaz and your pronouns as he/him. Your legal name stays on insurance claims only.",
     "REWRITE", "other", "sms", "en",
     [("Alex", "NAME"), ("Alex Moreno-Diaz", "NAME")],
     ["primary-care"], "Judgement: pronouns and the existence of a chosen name have no category and are not labelled; the names go and the update notice survives."),
    ("qh0038", "Hola Valeria, ya actualizamos tu nombre y tus pronombres (ella) en tu expediente. Si ves algún error, avísanos al (617) 555-0142.",
     "REWRITE", "other", "sms", "es",
     [("Valeria", "NAME"), ("(617) 555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "Judgement: pronouns are not labelled; the name goes, the update notice survives."),
    ("qh0039", "Hi Michael (goes by Mia), your appt w Dr. Lindqvist is moved to Wed 3/25 at 10am. Sorry for the change!",
     "REWRITE", "reminder", "sms", "en",
     [("Michael", "NAME"), ("Mia", "NAME"), ("Dr. Lindqvist", "PROVIDER"), ("3/25", "DATE")],
     ["primary-care"], "Judgement: legal and chosen names together could out the patient, but nothing clinical is in it: REWRITE, both names removed."),
    ("qh0040", "Your gender marker letter for the RMV is ready in Documents. Print it and bring it with your ID application. — Front Desk, Linden Street Health",
     "ALLOW", "portal-notice", "portal", "en",
     [("gender marker letter", "PROCEDURE")],
     ["primary-care", "contrast"], "Judgement: a gender-marker letter is a gender-affirming-care document (PROCEDURE); fine inside the portal."),
    ("qh0041", "Your gender marker letter for the RMV is ready. Pick it up at the front desk or download it from the portal.",
     "REWRITE", "other", "sms", "en",
     [("gender marker letter", "PROCEDURE")],
     ["primary-care", "contrast"], "Same document by SMS: 'your letter is ready' survives without naming it."),
)

# ---------------------------------------------------------------- batch 3 (qh0042-qh0060): behavioral health, groups, events, closures, staff slips
add(
    ("qh0042", "Reminder: your session with Priya Raman, LMHC is tomorrow at 5:00 PM by video. The link will be texted 10 minutes before.",
     "REWRITE", "reminder", "sms", "en",
     [("Priya Raman", "PROVIDER"), ("LMHC", "SPECIALTY")],
     ["behavioral-health"], "Judgement: the mental-health counselor credential reveals the service (SPECIALTY); the reminder survives."),
    ("qh0043", "Hi friends! Trans Masc Support Group is on tonight, 6:30-8pm in the 3rd floor community room. Snacks provided. Reply STOP to leave this list.",
     "REWRITE", "reminder", "sms", "en",
     [("Trans Masc Support Group", "PROCEDURE")],
     ["behavioral-health"], "Judgement: sent to the group's registered members, so the group's name reveals the recipient's gender identity (a program: PROCEDURE); time and room survive."),
    ("qh0044", "Linden Street Health Events: this month we host a free queer film night (Fri 3/20, 7pm), a drag brunch fundraiser, and open support groups for trans and nonbinary folks, LGBTQ+ elders and families. All are welcome! Details: lindenstreethealth.example.org/events",
     "ALLOW", "marketing", "email", "en",
     [("3/20", "DATE"), ("lindenstreethealth.example.org/events", "URL")],
     ["general", "broadcast", "practice-contact"], "Judgement: an events broadcast to every patient and neighbor says nothing about the recipient, even when groups are named."),
    ("qh0045", "Happy Pride! 🌈 Our Pride 5K is Saturday 6/13. Walk, run or cheer: registration is free for patients, staff and neighbors. Linden Street Health opens at noon that day.",
     "ALLOW", "marketing", "sms", "en",
     [("6/13", "DATE")],
     ["general", "broadcast"], "Community event broadcast."),
    ("qh0046", "We missed you at your therapy appointment today. Please call us at (617) 555-0147 to reschedule. We hope you're doing ok.",
     "REWRITE", "other", "sms", "en",
     [("therapy", "PROCEDURE"), ("(617) 555-0147", "PHONE")],
     ["behavioral-health", "practice-contact"], "No-show notice; the visit type goes, the call-back request survives."),
    ("qh0047", "Hi Sky, this is Priya (your counselor). After what you shared Tuesday about not feeling safe, I wanted to check in. Please use your safety plan and call 988 if you have thoughts of hurting yourself.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Sky", "NAME"), ("Priya", "PROVIDER"), ("counselor", "SPECIALTY"), ("safety plan", "PROCEDURE"), ("thoughts of hurting yourself", "CONDITION")],
     ["behavioral-health"], "Clinical content (risk disclosed in session, safety plan) is the message; 988 is not an identifier. Call or use the portal."),
    ("qh0048", "Linden Street Health: ¡Nuevo grupo de apoyo en español para familias de jóvenes LGBTQ+! Primer encuentro el jueves 26 de marzo a las 6 pm. Abierto a toda la comunidad, no necesita ser paciente.",
     "ALLOW", "marketing", "sms", "es",
     [("26 de marzo", "DATE")],
     ["general", "broadcast"], "Broadcast open to the whole community; says nothing about the recipient."),
    ("qh0049", "Hola Andrés, te esperamos mañana a las 6 en el grupo de apoyo para hombres que viven con VIH. Sala 204.",
     "REWRITE", "reminder", "sms", "es",
     [("Andrés", "NAME"), ("VIH", "CONDITION")],
     ["hiv-sexual-health", "behavioral-health"], "Judgement: the diagnosis labels the group like a visit label ('asthma check'): REWRITE, the group reminder survives without it."),
    ("qh0050", "Before your visit Thursday, please fill out the mood questionnaire (PHQ-9) in your portal. It takes about 3 minutes.",
     "REWRITE", "other", "sms", "en",
     [("mood questionnaire", "PROCEDURE"), ("PHQ-9", "PROCEDURE")],
     ["behavioral-health"], "A named screening instrument reveals depression screening; 'please complete your questionnaire in the portal' survives."),
    ("qh0051", "Thanks for visiting Linden Street Health today. How did we do? Take our 2-minute survey: lindenstreethealth.example.org/s/visit (answers are anonymous).",
     "ALLOW", "other", "sms", "en",
     [("lindenstreethealth.example.org/s/visit", "URL")],
     ["general", "practice-contact"], "Survey with the center's own link, no token."),
    ("qh0052", "¿Cómo fue su visita? Cuéntenos en 2 minutos. Sus respuestas son anónimas.",
     "ALLOW", "other", "push", "es", [],
     ["general"], "Survey push with nothing about the visit."),
    ("qh0053", "Linden Street Health will be CLOSED Monday 5/25 for Memorial Day. For urgent needs call our after-hours line at (617) 555-0160. For emergencies call 911.",
     "ALLOW", "other", "sms", "en",
     [("5/25", "DATE"), ("(617) 555-0160", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Holiday closure broadcast; 911 is not a phone identifier."),
    ("qh0054", "AVISO: Por la tormenta de nieve, Linden Street Health abrirá a las 11 am hoy. Si su cita era antes, lo llamaremos para cambiarla.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast"], "Weather delay broadcast."),
    ("qh0055", "Staying positive this winter? Join our free Wednesday walking group. We meet at the front steps at noon, all fitness levels welcome!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'positive' is mood, not a result; broadcast."),
    ("qh0056", "June 27 is National HIV Testing Day. Free, walk-in rapid testing for anyone at Linden Street Health, 10am-6pm, no appointment or insurance needed.",
     "ALLOW", "marketing", "sms", "en",
     [("June 27", "DATE")],
     ["general", "broadcast", "hiv-sexual-health"], "Broadcast to every patient and the public; says nothing about the recipient."),
    ("qh0057", "Cooking on a budget: our free meal prep class is back! Thursdays 5:30pm in the community kitchen. Sign up at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Meal 'prep' is not PrEP."),
    ("qh0058", "Heads up: the Green Line T stop at Linden Sq is closed this weekend. Shuttle buses run every 10 min, so allow extra time for Saturday appointments.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "The 'T' is the subway, not testosterone; a transit stop is not a patient's address."),
    ("qh0059", "hi jordan, dr L wants you to go up to 0.5ml T (100mg) weekly starting this week, same syringe size. text back if ?s",
     "BLOCK", "care-instructions", "sms", "en",
     [("jordan", "NAME"), ("dr L", "PROVIDER"), ("0.5ml [[T]] (100mg)", "MEDICATION")],
     ["primary-care", "shorthand"], "A dose change is the message; removal leaves nothing to send. Use the portal."),
    ("qh0060", "Kevin, your last PrEP refill was 60 days ago. Are you still taking it daily? Missing doses lowers protection. Call us so we can restart your Descovy.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Kevin", "NAME"), ("PrEP", "MEDICATION"), ("Descovy", "MEDICATION")],
     ["hiv-sexual-health"], "Adherence and dosing counselling about a named drug is the content; a neutral 'please call us' would be the safe form."),
)

# ---------------------------------------------------------------- batch 4 (qh0061-qh0081): hormones, pharmacy, PEP, partner services, disguises
add(
    ("qh0061", "Linden Street Pharmacy: Your refill request was sent to your provider on 3/6. We'll let you know when it's ready (usually 2 business days).",
     "ALLOW", "pickup", "push", "en",
     [("3/6", "DATE")],
     ["pharmacy"], "Refill status without a drug name."),
    ("qh0062", "Reminder: Your injection teaching visit with nurse Dana is Friday at 9:00 AM. Bring your testosterone vial and a snack.",
     "REWRITE", "reminder", "sms", "en",
     [("injection teaching", "PROCEDURE"), ("nurse Dana", "PROVIDER"), ("testosterone", "MEDICATION")],
     ["primary-care"], "Visit type and drug go; 'your visit with nurse Dana is Friday at 9:00 AM' survives."),
    ("qh0063", "Hola Camila, recuerda tu cita de control de hormonas el 2 de abril a las 10:00 con la Dra. Quintero. Trae tu lista de medicamentos.",
     "REWRITE", "reminder", "sms", "es",
     [("Camila", "NAME"), ("hormonas", "PROCEDURE"), ("2 de abril", "DATE"), ("Dra. Quintero", "PROVIDER")],
     ["primary-care"], "Name and the hormone-therapy visit type go; date, time and provider survive."),
    ("qh0064", "Camila, la Dra. Quintero dice que subas el estradiol a 4 mg al día (2 pastillas de 2 mg) y sigas con la espironolactona igual. Cualquier duda, escríbenos.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Camila", "NAME"), ("Dra. Quintero", "PROVIDER"), ("estradiol", "MEDICATION"), ("espironolactona", "MEDICATION")],
     ["primary-care"], "Dose change by SMS: the instruction is the message. Send through the portal."),
    ("qh0065", "Hi Camila, per Dr. Quintero please increase estradiol to 4 mg daily (two 2 mg tablets). Keep spironolactone at 100 mg daily. We'll recheck labs in 3 months.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Camila", "NAME"), ("Dr. Quintero", "PROVIDER"), ("estradiol", "MEDICATION"), ("spironolactone", "MEDICATION")],
     ["primary-care"], "Dosing instructions inside the secure portal are fine (README channel convention)."),
    ("qh0066", "Your hormone level check is tomorrow at 8:00 AM at the 1st-floor lab. No fasting needed. If you can, come about midway between injections.",
     "ALLOW", "care-instructions", "portal", "en",
     [("hormone level", "PROCEDURE"), ("injections", "PROCEDURE")],
     ["lab", "primary-care"], "Test prep naming the test, inside the portal."),
    ("qh0067", "Hi Riley, your letter of support for top surgery is signed and ready. We faxed it to the surgeon's office today, and a copy is in your portal.",
     "REWRITE", "other", "email", "en",
     [("Riley", "NAME"), ("top surgery", "PROCEDURE")],
     ["primary-care"], "Judgement: the named gender-affirming surgery is PROCEDURE ('surgery' alone would be generic); 'your letter is ready' survives."),
    ("qh0068", "Update from Linden Street Health: the prior authorization for your Depo-Testosterone was approved by your plan through 3/31/2027. Your pharmacy can fill it now.",
     "REWRITE", "other", "sms", "en",
     [("Depo-Testosterone", "MEDICATION"), ("3/31/2027", "DATE")],
     ["pharmacy", "primary-care"], "Drug name goes; the approval notice survives."),
    ("qh0069", "Good news! Your insurance approved the prior authorization we submitted. Your pharmacy has been notified and can fill the prescription now.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Prior-authorization notice with no drug named."),
    ("qh0070", "Linden St Pharmacy: your P.r.E.P refill is ready for pickup. Reply HELP for help.",
     "REWRITE", "pickup", "sms", "en",
     [("P.r.E.P", "MEDICATION")],
     ["pharmacy", "hiv-sexual-health", "spaced"], "Dotted PrEP is still the drug name; the pickup notice survives."),
    ("qh0071", "Reminder: your e\u200bstra\u200bdiol refill is due this week. Reply REFILL and we'll send it to Linden Street Pharmacy.",
     "REWRITE", "reminder", "sms", "en",
     [("e\u200bstra\u200bdiol", "MEDICATION")],
     ["pharmacy", "primary-care"], "Zero-width characters inside the drug name; the refill reminder survives without it."),
    ("qh0072", "Your order has shipped! 30-day supply of Biktarvy, arriving Thu 3/12 in a plain, unmarked box. Signature required. Track: lsrx.example.com/t/93KQ2X7",
     "REWRITE", "pickup", "sms", "en",
     [("Biktarvy", "MEDICATION"), ("3/12", "DATE"), ("lsrx.example.com/t/93KQ2X7", "URL")],
     ["pharmacy", "hiv-sexual-health"], "Drug name goes; judgement: a tokened tracking link is patient-specific (URL, README)."),
    ("qh0073", "Your Linden Street Pharmacy order has shipped in discreet packaging and should arrive in 2-3 business days. Questions? (617) 555-0155.",
     "ALLOW", "pickup", "push", "en",
     [("(617) 555-0155", "PHONE")],
     ["pharmacy", "practice-contact"], "Shipping notice with no drug named."),
    ("qh0074", "ur H1V test results r ready, log in 2 the portal to see them",
     "REWRITE", "portal-notice", "sms", "en",
     [("H1V test", "PROCEDURE")],
     ["hiv-sexual-health", "leet", "shorthand"], "Leetspeak test name; 'your results are ready in the portal' survives."),
    ("qh0075", "Your \u0420rEP clinic appointment is tomorrow at 5:30pm. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("\u0420rEP", "MEDICATION")],
     ["hiv-sexual-health"], "Cyrillic Er in PrEP; the reminder survives without it."),
    ("qh0076", "Following up on your visit last night: finish all 28 days of your PEP (Truvada + Isentress) even if you feel fine, and come back in 4 weeks for a repeat HIV test.",
     "BLOCK", "care-instructions", "sms", "en",
     [("PEP", "MEDICATION"), ("Truvada", "MEDICATION"), ("Isentress", "MEDICATION"), ("HIV test", "PROCEDURE")],
     ["hiv-sexual-health"], "Treatment instructions after an exposure are the message."),
    ("qh0077", "Hi, this is Linden Street Health. A recent sexual partner of yours tested positive for gonorrhea and named you as a contact. Please come in for free testing and treatment this week.",
     "BLOCK", "care-instructions", "sms", "en",
     [("positive", "RESULT"), ("gonorrhea", "CONDITION")],
     ["hiv-sexual-health", "third-party"], "Judgement: a partner's result and the recipient's exposure are the message; partner services should ask for a call instead."),
    ("qh0078", "This is Jamal from Linden Street Health. Please call me at (617) 555-0163 about an important health matter. I'm available Mon-Fri 9-5.",
     "ALLOW", "other", "sms", "en",
     [("Jamal", "PROVIDER"), ("(617) 555-0163", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "The safe partner-services wording: staff name and the center's number only."),
    ("qh0079", "Reminder: your doxy-PEP prescription has 1 refill left. Reply REFILL to request more.",
     "REWRITE", "reminder", "sms", "en",
     [("doxy-PEP", "MEDICATION")],
     ["pharmacy", "hiv-sexual-health"], "Drug name goes; 'your prescription has 1 refill left' survives."),
    ("qh0080", "Mpox vaccine walk-in clinic this Saturday 10am-2pm at Linden Street Health. Second doses welcome. No insurance needed.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "broadcast"], "Vaccine clinic broadcast to every patient (README broadcast convention)."),
    ("qh0081", "Hi Theo, you're due for your second mpox vaccine dose. Book at lindenstreethealth.example.org/book or reply BOOK.",
     "REWRITE", "recall", "sms", "en",
     [("Theo", "NAME"), ("mpox vaccine", "PROCEDURE"), ("lindenstreethealth.example.org/book", "URL")],
     ["hiv-sexual-health", "practice-contact"], "The recipient's own vaccine is REWRITE (README), unlike the broadcast."),
)

# ---------------------------------------------------------------- batch 5 (qh0082-qh0100): long e-mails, templates, identifiers, pushes
add(
    ("qh0082", "Subject: Welcome to Linden Street Health\n\nHi there,\n\nWelcome! We're glad you chose us for your care. Here's what to expect at your first visit:\n\n"
               "- Arrive 15 minutes early to finish check-in.\n- Bring a photo ID (any ID is fine; it does not need to match the name you use) and your insurance card if you have one.\n"
               "- Tell us the name and pronouns you use. We'll use them in person, on the phone and in the portal.\n- Bring a list of any medicines and supplements you take.\n\n"
               "Parking is free in the lot behind the building at 412 Linden St. We're a short walk from the Linden Sq stop.\n\n"
               "Questions? Call (617) 555-0142 or write to hello@lindenstreethealth.example.org.\n\nSee you soon,\nThe Linden Street Health front desk team",
     "ALLOW", "other", "email", "en",
     [("412 Linden St", "ADDRESS"), ("(617) 555-0142", "PHONE"), ("hello@lindenstreethealth.example.org", "EMAIL")],
     ["general", "practice-contact"], "Welcome letter sent to every new patient; only the center's own contact details."),
    ("qh0083", "Subject: Your first PrEP visit\n\nHi Luis,\n\nThanks for reaching out about PrEP. Your first visit is on Tuesday, 3/17 at 4:30 PM with Jordan Baptiste, NP.\n\n"
               "At this visit we'll do an HIV test, kidney labs and STI testing, talk about your options (daily pills or a shot every two months), and answer your questions. Most patients leave with a prescription the same day.\n\n"
               "If cost is a worry, our benefits team can help with insurance and copay programs.\n\nPlease arrive 15 minutes early. We're at 412 Linden St, 2nd floor.\n\n"
               "Warmly,\nMarisol Vega\nPrEP Navigator, Linden Street Health\n(617) 555-0149",
     "REWRITE", "reminder", "email", "en",
     [("PrEP", "MEDICATION", 0), ("Luis", "NAME"), ("PrEP", "MEDICATION", 1), ("3/17", "DATE"), ("Jordan Baptiste, NP", "PROVIDER"),
      ("HIV test", "PROCEDURE"), ("kidney", "PROCEDURE"), ("STI testing", "PROCEDURE"), ("412 Linden St, 2nd floor", "ADDRESS"),
      ("Marisol Vega", "PROVIDER"), ("PrEP", "MEDICATION", 2), ("(617) 555-0149", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "First-visit letter: the service, tests and the navigator's PrEP title go; date, provider and address survive. No result or diagnosis, so REWRITE."),
    ("qh0084", "Subject: Understanding your statement\n\nHello,\n\nWe've made our statements easier to read. Starting this month, each statement shows:\n\n"
               "1. The visit date and the provider you saw\n2. What your insurance paid\n3. Any sliding-fee discount\n4. What you owe, if anything\n\n"
               "We never deny care because of inability to pay. If money is tight, ask about our sliding-fee program or a no-interest payment plan. Our billing team can also help you apply for insurance.\n\n"
               "Pay online at lindenstreethealth.example.org/pay, call (617) 555-0150 (Mon-Fri 9-5), or stop by the front desk.\n\nThank you for trusting us with your care,\nLinden Street Health Billing",
     "ALLOW", "billing", "email", "en",
     [("lindenstreethealth.example.org/pay", "URL"), ("(617) 555-0150", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Billing explainer sent to every patient."),
    ("qh0085", "Subject: Linden Street Health: March news\n\nHi neighbors,\n\nSpring is here, and so is a lot of news:\n\n"
               "* Welcome, Dr. Hana Sato! Dr. Sato joins our primary care team and is accepting new patients.\n* Evening hours: we're now open until 8 PM on Tuesdays and Thursdays.\n"
               "* Free rapid testing: walk in any Wednesday, 1-7 PM, no insurance needed.\n* Community events: Queer Film Night (3/20), a Trans Day of Visibility picnic (3/31) and our Drag Bingo fundraiser (4/11).\n"
               "* Name and pronoun updates can now be made in the portal under Profile.\n\nAs always, you can reach us at (617) 555-0142.\n\nWith pride,\nThe Linden Street Health team",
     "ALLOW", "marketing", "email", "en",
     [("Dr. Hana Sato", "PROVIDER"), ("Dr. Sato", "PROVIDER"), ("3/20", "DATE"), ("3/31", "DATE"), ("4/11", "DATE"), ("(617) 555-0142", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Newsletter to every patient; services and events are named for all, nothing about the recipient."),
    ("qh0086", "Asunto: Bienvenido/a a Linden Street Health\n\nHola:\n\nGracias por elegirnos. Para su primera visita:\n\n- Llegue 15 minutos antes.\n"
               "- Traiga una identificación con foto (no tiene que coincidir con el nombre que usa) y su tarjeta de seguro, si la tiene.\n"
               "- Díganos el nombre y los pronombres que usa; los usaremos en persona, por teléfono y en el portal.\n- Si no tiene seguro, pregunte por nuestra tarifa reducida.\n\n"
               "Estamos en 412 Linden St. Hay intérpretes disponibles sin costo.\n\nPreguntas: (617) 555-0142 o hola@lindenstreethealth.example.org\n\nAtentamente,\nEquipo de recepción",
     "ALLOW", "other", "email", "es",
     [("412 Linden St", "ADDRESS"), ("(617) 555-0142", "PHONE"), ("hola@lindenstreethealth.example.org", "EMAIL")],
     ["general", "practice-contact"], "Welcome letter to every new patient; only the center's own contact details."),
    ("qh0087", "*|PRACTICE_NAME|*: Hi! Your visit on *|APPT_DATE|* at *|APPT_TIME|* is confirmed. Need to cancel? Reply C or call *|PRACTICE_PHONE|*.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "template", "hard-negative"], "Merge tags that carry no patient data."),
    ("qh0088", "Linden Street Health: your appointment is on %s at %s. Please arrive 15 minutes early. Reply STOP to opt out.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template"], "printf-style template with content-free fields."),
    ("qh0089", "Reminder: your PrEP 3-month check is on {{appt_date}} at {{appt_time}} at ${locationName}. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("PrEP", "MEDICATION")],
     ["hiv-sexual-health", "template"], "The fixed text names the service; the placeholders are safe."),
    ("qh0090", "Linden Street Health: Su cita es el {{appt_date}} a las {{appt_time}}. Responda SI para confirmar o NO para cancelar.",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "template"], "Template with content-free placeholders."),
    ("qh0091", "Subject: Next steps for your counseling intake\n\nHi Morgan,\n\nThanks for calling Linden Street Behavioral Health. Your intake appointment is set for Monday, 3/23 at 1:00 PM with our intake therapist, Leah Brandt, LICSW.\n\n"
               "Before the visit, please complete the questionnaires in your portal (about 15 minutes). There are no wrong answers.\n\n"
               "Intake visits are by video. You'll get the link 10 minutes before.\n\nIf you need to talk to someone sooner, call or text 988 any time.\n\nTake care,\nLinden Street Behavioral Health\n(617) 555-0147",
     "REWRITE", "reminder", "email", "en",
     [("counseling", "PROCEDURE"), ("Morgan", "NAME"), ("Linden Street Behavioral Health", "SPECIALTY", 0), ("3/23", "DATE"), ("therapist", "SPECIALTY"),
      ("Leah Brandt", "PROVIDER"), ("LICSW", "SPECIALTY"), ("Linden Street Behavioral Health", "SPECIALTY", 1), ("(617) 555-0147", "PHONE")],
     ["behavioral-health", "practice-contact"], "Behavioral-health service name, role word and credential go; the intake logistics survive. 988 is not an identifier."),
    ("qh0092", "Running about 20 min behind this afternoon, sorry! If you'd rather reschedule, reply R. -Linden Street front desk",
     "ALLOW", "other", "sms", "en", [],
     ["general"], "Delay notice."),
    ("qh0093", "Construction notice: the main entrance is closed through 4/10. Please use the side door on Alder Ave (ramp access). Elevators are working.",
     "ALLOW", "other", "sms", "en",
     [("4/10", "DATE")],
     ["general", "broadcast"], "Facility notice; the side street is the center's, not a patient's."),
    ("qh0094", "Hi Dana, you left your ID at the front desk today. It's in a sealed envelope with your name (Dana Whitaker, DOB 04/09/1991). Pick it up anytime.",
     "BLOCK", "other", "sms", "en",
     [("Dana", "NAME"), ("Dana Whitaker", "NAME"), ("04/09/1991", "DATE")],
     ["general", "dob"], "Full date of birth with the name must never travel by text (README)."),
    ("qh0095", "To finish your portal sign-up, confirm the date of birth we have on file: 07/30/1988. If that's wrong, call (617) 555-0142.",
     "REWRITE", "other", "sms", "en",
     [("07/30/1988", "DATE"), ("(617) 555-0142", "PHONE")],
     ["general", "dob", "practice-contact"], "A date of birth without a name is REWRITE (README)."),
    ("qh0096", "Linden Street Health: Your verification code is 482913. Don't share this code with anyone.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time code is not an identifier of the patient."),
    ("qh0097", "You have a new document in your portal.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general"], "Notification without PHI."),
    ("qh0098", "Linden Street Health: Your viral load results are ready. Tap to view.",
     "REWRITE", "portal-notice", "push", "en",
     [("viral load", "PROCEDURE")],
     ["hiv-sexual-health"], "The test name reveals HIV care on the lock screen; 'your results are ready' survives."),
    ("qh0099", "Reminder: time for your weekly T shot 💉 Log it in the app when done.",
     "REWRITE", "reminder", "push", "en",
     [("T shot", "MEDICATION")],
     ["primary-care", "shorthand"], "Judgement: a medication reminder naming the drug is REWRITE; 'time for your dose' survives (no dose change or explanation)."),
    ("qh0100", "Linden Street Health: Tiene un mensaje nuevo de su equipo de salud. Entre al portal para leerlo.",
     "ALLOW", "portal-notice", "sms", "es", [],
     ["general"], "Notification without PHI."),
)

# ---------------------------------------------------------------- batch 6 (qh0101-qh0120): Spanish, voicemails, caregivers, staff slips, broadcasts
add(
    ("qh0101", "Hola, le llama Linden Street Health para recordarle su cita del lunes trece de abril a las nueve y media de la mañana con la doctora Quintero. Para confirmar, oprima uno.",
     "ALLOW", "reminder", "voice", "es",
     [("trece de abril", "DATE"), ("doctora Quintero", "PROVIDER")],
     ["primary-care"], "IVR reminder: date, time and provider only."),
    ("qh0102", "Hola Andrés, tu prueba de VIH salió negativa y la de sífilis también. Nos vemos en 3 meses para tu próximo control de PrEP.",
     "BLOCK", "result", "sms", "es",
     [("Andrés", "NAME"), ("prueba de VIH", "PROCEDURE"), ("negativa", "RESULT"), ("sífilis", "PROCEDURE"), ("PrEP", "MEDICATION")],
     ["hiv-sexual-health"], "Negative results are still results (README); send a portal notice."),
    ("qh0103", "hola brenda, tu cita d PrEP es mañana a las 5, no olvides traer tu id. saludos, lupita de recepcion",
     "REWRITE", "reminder", "sms", "es",
     [("brenda", "NAME"), ("PrEP", "MEDICATION"), ("lupita", "PROVIDER")],
     ["hiv-sexual-health", "shorthand", "typo"], "Staff shorthand without accents; the name and PrEP go, the reminder survives; the sender is workforce."),
    ("qh0104", "Estimado Sr. Rivas: su recertificación del programa Ryan White vence el 30 de abril. Traiga prueba de ingresos y domicilio a su próxima cita.",
     "REWRITE", "billing", "sms", "es",
     [("Rivas", "NAME"), ("Ryan White", "PROCEDURE"), ("30 de abril", "DATE")],
     ["hiv-sexual-health"], "Judgement: the Ryan White program reveals HIV care (PROCEDURE); the recertification deadline survives."),
    ("qh0105", "Confirmación de registro: paciente Luis Alberto Rivas, fecha de nacimiento 14/02/1979, cita el 3 de marzo a las 9:00.",
     "BLOCK", "confirmation", "sms", "es",
     [("Luis Alberto Rivas", "NAME"), ("14/02/1979", "DATE"), ("3 de marzo", "DATE")],
     ["primary-care", "dob"], "Full date of birth with the name (README)."),
    ("qh0106", "Hola Carlos, tu terapeuta Ana Beltrán, LMHC, te espera el jueves a las 6 por video. El enlace llegará 10 minutos antes.",
     "REWRITE", "reminder", "sms", "es",
     [("Carlos", "NAME"), ("terapeuta", "SPECIALTY"), ("Ana Beltrán", "PROVIDER"), ("LMHC", "SPECIALTY")],
     ["behavioral-health"], "Judgement: role word and credential reveal behavioral health; the video-visit reminder survives."),
    ("qh0107", "Hi Ms. Ferreira, this is Linden Street Health. Your son Eli's testosterone prescription is ready, and Dr. Lindqvist wants to see him before the next refill to go over his labs.",
     "BLOCK", "pickup", "sms", "en",
     [("Ferreira", "NAME"), ("Eli", "NAME"), ("testosterone", "MEDICATION"), ("Dr. Lindqvist", "PROVIDER")],
     ["primary-care", "pediatrics", "minor", "third-party"], "A dependent's medication sent to the guardian is BLOCK (README third-party convention)."),
    ("qh0108", "Our LGBTQ+ Youth Drop-In is open Tuesdays 3-6pm: snacks, homework help and games. Ages 13-21, no appointment needed. Tell a friend!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Judgement: a program announced to everyone says nothing about the recipient (broadcast)."),
    ("qh0109", "Happy 92nd birthday, Harold! Everyone at the Queer Elders Circle is looking forward to cake with you on Thursday.",
     "REWRITE", "other", "sms", "en",
     [("92nd", "AGE"), ("Harold", "NAME"), ("Queer Elders Circle", "PROCEDURE")],
     ["general", "age-over-89"], "Age over 89 and name go; judgement: the group's name reveals the recipient's orientation (PROCEDURE, program); the greeting survives."),
    ("qh0110", "Sorry, we can't share any health information by text. Please call (617) 555-0142 and ask for the clinic nurse.",
     "ALLOW", "other", "sms", "en",
     [("(617) 555-0142", "PHONE")],
     ["general", "practice-contact"], "A reply that declines to share anything; the center's own phone."),
    ("qh0111", "hi! got ur msg, we have 2 openings thurs: 10:15 or 3:40. which works? -Kai @ Linden St",
     "ALLOW", "reminder", "sms", "en",
     [("Kai", "PROVIDER")],
     ["general", "shorthand"], "Scheduling reply; the sender is staff."),
    ("qh0112", "Hi Jaime, your Truvada refil was sent to Greenleaf Pharmacy on Harmon Ave. Should be ready by 5pm.",
     "REWRITE", "pickup", "sms", "en",
     [("Jaime", "NAME"), ("Truvada", "MEDICATION")],
     ["pharmacy", "hiv-sexual-health", "typo"], "Name and drug go; the refill notice survives (the pharmacy name is generic)."),
    ("qh0113", "We received your request for a copy of your records (ref ROI-26-0412). They'll be in the portal under Documents within 30 days. There is no fee for portal copies.",
     "ALLOW", "other", "portal", "en", [],
     ["general"], "Judgement: a request reference identifies the request, not the patient, and is not labelled."),
    ("qh0114", "Hi Taylor, we'll mail your new clinic ID card to 88 Wren Ct, Apt 3, Fairhollow, MA 01999 this week. Let us know if you've moved.",
     "REWRITE", "other", "email", "en",
     [("Taylor", "NAME"), ("88 Wren Ct, Apt 3, Fairhollow, MA 01999", "ADDRESS")],
     ["general"], "The patient's home address and name are not needed; 'we'll mail your card this week' survives."),
    ("qh0115", "Hi, this message is for Bryce. This is Tasha, the nurse at Linden Street Health. Your syphilis test came back positive, so we need you to come in for a penicillin shot this week. Call us back at six one seven, five five five, zero one four two.",
     "BLOCK", "result", "voice", "en",
     [("Bryce", "NAME"), ("Tasha", "PROVIDER"), ("syphilis test", "PROCEDURE"), ("positive", "RESULT"), ("penicillin shot", "MEDICATION"),
      ("six one seven, five five five, zero one four two", "PHONE")],
     ["hiv-sexual-health", "practice-contact", "contrast"], "A positive result and its treatment on a voicemail that may be overheard."),
    ("qh0116", "Hi, this is Tasha from Linden Street Health calling for Bryce. Please give us a call back when you can at six one seven, five five five, zero one four two. Thanks!",
     "REWRITE", "other", "voice", "en",
     [("Tasha", "PROVIDER"), ("Bryce", "NAME"), ("six one seven, five five five, zero one four two", "PHONE")],
     ["hiv-sexual-health", "practice-contact", "contrast"], "The safe call-back, except the patient's name on a voicemail that others may hear."),
    ("qh0117", "Flu shots are here! Walk in any weekday 9-5 at Linden Street Health. Free with most insurance.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast"], "Broadcast (README)."),
    ("qh0118", "FYI for tomorrow's huddle: pt Jordan Ellis (MRN 20418873) is 2 wks post top surgery, asked about restarting T. Please add to Dr. L's schedule.",
     "BLOCK", "other", "email", "en",
     [("Jordan Ellis", "NAME"), ("20418873", "MRN"), ("top surgery", "PROCEDURE"), ("restarting [[T]]", "MEDICATION"), ("Dr. L", "PROVIDER")],
     ["primary-care", "shorthand"], "An internal note sent to a patient list by mistake: a named patient's surgery, treatment and MRN."),
    ("qh0119", "Reminder for all patients: you can update the name and pronouns we use for you at any time in the portal under Profile, or at the front desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast offer to every patient; says nothing about the recipient."),
    ("qh0120", "Subject: Past-due balance\n\nYour balance of $210.00 is now 90 days past due. Please call (617) 555-0150 to set up a payment plan. We never send a balance to collections without calling you first.\n\nLinden Street Health Billing",
     "ALLOW", "billing", "email", "en",
     [("(617) 555-0150", "PHONE")],
     ["general", "practice-contact"], "Collections notice with an amount and the center's phone only."),
)

# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "qh", "probe447.jsonl")
