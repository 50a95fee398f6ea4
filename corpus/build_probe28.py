#!/usr/bin/env python3
"""Build corpus/probe28.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe28.py [OUT] [-v]   (default: probe28.jsonl next to this script)

Written blind, from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the
docstring and first batch of build_probe7.py for the script format only; the engine was not run
and no other corpus's messages, source code or tests were read.

This round is NAMES AND PEOPLE: patients, relatives and staff with names from many origins
(Vietnamese, Chinese, Korean, South Asian, Arabic, West African, Slavic, Filipino, Native
American, Pacific Islander, Jewish, Irish, hyphenated and two-surname Hispanic names, names with
particles, single names, family-name-first orders, nicknames), names that are also everyday words
(Hope, Faith, Will, Summer, Rose, Bill, Grant, Grace, Joy, Mark, June, Dr. Payne, Mr. Black,
Dolores, Consuelo, Fe, Caridad) next to the same words used as words, practices, pharmacies,
hospices and chapels named after people, and staff named beside patients (front desk, MAs,
nurses, interpreters, billing leads). All kinds of messages: reminders, confirmations, pickups,
results, care instructions, billing, broadcasts, voice messages, push notices, portal replies and
long e-mails. About 12% Spanish; four disguised messages (spaced, zero-width, leet, Cyrillic).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "TSH 6.9 ([[H]])" searches for "TSH 6.9 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Any named member of the practice's workforce (front desk, MA, nurse, aide, interpreter,
     billing lead, practice manager, ride coordinator), not only the sender, is PROVIDER; a bare
     first name is the whole span, a title before it (`nurse`, `Dr.`, `Mr.` for an interpreter)
     or a generic credential after it is included.
  2. Practices, pharmacies, hospices and chapels named after people (`Hart & Payne Family
     Practice`, `Sahota Pharmacy`, `Sister Mary Agnes Health Center`) are practice names, not
     NAMEs: unlabelled when generic, one SPECIALTY span when specialty-revealing, even when the
     name contains a doctor's name (`Clínica Dental Dr. Hernández Aguilar`).
  3. Kinship and cultural honorifics before a patient's or relative's name (`Tita`, `Lola`,
     `Bác`, `doña`, `Ma'am`, `Sr.`/`Sra.`) stay outside the NAME span, like `Don`; nicknames
     (`Baby`, `Lupita`) are names.
  4. Particles and multi-part surnames (`van der`, `de la`, `Ní`, `Ó`, `bin`, `Al-`,
     hyphenated, two surnames, `Many Horses`) are inside one NAME span with the given names;
     family-name-first orders (`Nguyễn Thị Lan`, `Kim Soo-jin`, `Wong Ka-Yan`) are one span; an
     English nickname in parentheses is its own NAME span; `Surname, Given` is one span.
  5. A patient addressed as `Dr.` is still the patient: NAME without the title.
  6. Everyday words are names only in name positions (greeting, after a title, sender,
     possessive, `your son X`); the same words used as words (hope, will, bill, grace period,
     summer hours, Will-call) are not labelled, and lines built on them are hard negatives.
  7. A portal reply to a parent with proxy access about a minor's result is ALLOW (the portal
     rule covers names and results; the parent is the child's representative).
  8. A spouse's home-health/hospice visit logistics sent to the caregiver is treated like a
     dependent's appointment logistics: REWRITE, not BLOCK.
  9. A bare street name in directions (`Grant St entrance`, `Main Street`) and a place or
     county inside a practice or agency name are not ADDRESS.
 10. A body site written with a test stays in the PROCEDURE span (`MRI of the left knee`).
 11. A patient's username inside a tokened link is covered by the one URL span (no nested NAME).
 12. Naming another patient in a misdirected-message correction, with no health detail, is
     REWRITE: the name goes, the apology survives.
 13. The language of an interpreter (Mandarin, Quechua, Indonesian) is not labelled.
 14. A driver's-license number with the patient's name is REWRITE (LICENSE not needed), not
     BLOCK like an SSN.
 15. Severity and trend words about a finding (`severe`, `worsening`, `dropped`, `clear`) are
     RESULT, as "a state a condition is in".
 16. A geriatrics practice name is specialty-revealing (SPECIALTY), like other service lines.
 17. `urgencias` as the place to go is SPECIALTY (urgent/emergency service line).
 18. A school form for a child is paperwork, not a procedure: unlabelled.
 19. probe_lib caps a message at 1,000 UTF-16 units, so the long e-mails here run 600-1,000
     characters rather than up to 1,500.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers;
SSNs are well-known specimen numbers. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (ad0001-ad0010): reminders, word-names, relatives
add(
    ("ad0001", "Hi Nguyễn Thị Lan, this is a reminder of your appointment with Dr. Hoang on Tuesday 3/10 at 9:15 AM at Riverside Family Medicine. Reply C to confirm or call 714-555-0102.",
     "REWRITE", "reminder", "sms", "en",
     [("Nguyễn Thị Lan", "NAME"), ("Dr. Hoang", "PROVIDER"), ("3/10", "DATE"), ("714-555-0102", "PHONE")],
     ["primary-care", "practice-contact"], "Vietnamese family-name-first full name is one NAME span (decision 4); provider, date and the practice phone stay."),
    ("ad0002", "Oakline Pharmacy: Hope you're enjoying the sunshine! Summer hours start Monday (8-6 weekdays, 9-1 Sat). Will-call pickups move to the drive-thru window.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Hope, Summer and Will are everyday words here (decision 6); a pharmacy-wide hours notice."),
    ("ad0003", "Mr. Black, your appointment with Dr. Payne is confirmed for Thursday, 11/6 at 2:40 PM. Please arrive 15 min early to update your paperwork.",
     "REWRITE", "confirmation", "sms", "en",
     [("Black", "NAME"), ("Dr. Payne", "PROVIDER"), ("11/6", "DATE")],
     ["primary-care", "contrast"], "Black after Mr. is the patient's surname (title outside); Payne with Dr. is the allowed provider."),
    ("ad0004", "Your appointment with Dr. Payne is confirmed for Thursday, 11/6 at 2:40 PM. Please bring a list of your medications and your insurance card.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Payne", "PROVIDER"), ("11/6", "DATE")],
     ["primary-care", "contrast"], "Provider whose surname sounds like a symptom, date and time only; 'medications' is generic."),
    ("ad0005", "Hi Mrs. Kowalczyk, this is Bogdana from Dr. Lindqvist's office. Your husband Zbigniew's PSA came back at 6.8, so Dr. Lindqvist wants him to see urology. Please have him call us to set that up.",
     "BLOCK", "result", "sms", "en",
     [("Kowalczyk", "NAME"), ("Bogdana", "PROVIDER"), ("Dr. Lindqvist", "PROVIDER"), ("Zbigniew", "NAME"), ("PSA", "PROCEDURE"),
      ("6.8", "RESULT"), ("Dr. Lindqvist", "PROVIDER", 1), ("urology", "SPECIALTY")],
     ["primary-care", "third-party"], "A husband's lab value sent to his wife: third party's result. The sender is staff (PROVIDER)."),
    ("ad0006", "Dear Oluwaseun Adebayo, Dr. Mensah-Boateng has reviewed your blood work from 2/14. Your hemoglobin was 11.2 g/dL, slightly low; she recommends an iron supplement once a day and a recheck in 3 months. — Care team, Eastgate Internal Medicine",
     "ALLOW", "result", "portal", "en",
     [("Oluwaseun Adebayo", "NAME"), ("Dr. Mensah-Boateng", "PROVIDER"), ("2/14", "DATE"), ("hemoglobin", "PROCEDURE"),
      ("11.2 g/dL", "RESULT"), ("slightly low", "RESULT"), ("iron", "MEDICATION")],
     ["primary-care"], "Inside the secure portal a name, a value and a supplement may stay; hyphenated provider surname."),
    ("ad0007", "Hola, Sra. María Fernanda Ruiz de la Torre: le recordamos su cita con el Dr. Ibarra el jueves 14 de mayo a las 10:00 a. m. en Clínica Familiar Las Palmas. Responda SÍ para confirmar o NO para cancelar.",
     "REWRITE", "reminder", "sms", "es",
     [("María Fernanda Ruiz de la Torre", "NAME"), ("Dr. Ibarra", "PROVIDER"), ("14 de mayo", "DATE")],
     ["primary-care"], "Two given names and two surnames with a particle are one NAME span, title outside (decisions 3, 4)."),
    ("ad0008", "Reminder from Grant Street Family Clinic: our Bill Pay phone line now stays open until 8 pm on weeknights. Ask about our Hope Fund grant if cost is a barrier to care.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Grant, Bill and Hope are a street, a service and a fund name here, not people (decision 6)."),
    ("ad0009", "Appointment verification: Keoni Kahananui, DOB 07/19/1984, is scheduled with Dr. Fonoti on 4/2 at 1:00 PM. If any of this is wrong, call 808-555-0142.",
     "BLOCK", "confirmation", "sms", "en",
     [("Keoni Kahananui", "NAME"), ("07/19/1984", "DATE"), ("Dr. Fonoti", "PROVIDER"), ("4/2", "DATE"), ("808-555-0142", "PHONE")],
     ["primary-care", "dob", "practice-contact"], "Full date of birth together with the patient's name must not travel by text (README verdict conventions)."),
    ("ad0010", "Hello, this message is for Will. This is Faith calling from Dr. Grant's office at Lakeview Medical Group. Please call us back at (412) 555-0134 about your appointment next week. Thank you!",
     "REWRITE", "reminder", "voice", "en",
     [("Will", "NAME"), ("Faith", "PROVIDER"), ("Dr. Grant", "PROVIDER"), ("(412) 555-0134", "PHONE")],
     ["primary-care", "practice-contact"], "Voice is treated like SMS; Will is the patient (NAME), Faith the calling staff member (PROVIDER), Grant the doctor."),
)

# ---------------------------------------------------------------- batch 2 (ad0011-ad0020): Korean, South Asian, Arabic, West African, Slavic, Filipino, Native American, Pacific Islander
add(
    ("ad0011", "Hi Ji-hoon Park, reminder from Bright Smile Dental: your crown seat with Dr. Cho is on 9/22 at 3 PM. Questions? Call 213-555-0117.",
     "REWRITE", "reminder", "sms", "en",
     [("Ji-hoon Park", "NAME"), ("Bright Smile Dental", "SPECIALTY"), ("crown seat", "PROCEDURE"), ("Dr. Cho", "PROVIDER"), ("9/22", "DATE"), ("213-555-0117", "PHONE")],
     ["dental", "practice-contact"], "Hyphenated Korean given name plus surname is one NAME; dental name and visit type go."),
    ("ad0012", "Lee & Choi Family Medicine now has a Korean-speaking nurse line! Call our main number and press 2 for 한국어. Open weekdays 8 to 5.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Practice named after its founders (decision 2); a language service for everyone, nothing about the recipient."),
    ("ad0013", "Harpreet, your A1c came back at 8.4 and Dr. Subramanian wants to add metformin 500 mg twice daily. Please pick it up at Sahota Pharmacy today.",
     "BLOCK", "result", "sms", "en",
     [("Harpreet", "NAME"), ("A1c", "PROCEDURE"), ("8.4", "RESULT"), ("Dr. Subramanian", "PROVIDER"), ("metformin 500 mg", "MEDICATION")],
     ["primary-care"], "A result value plus a new dosing instruction; Sahota Pharmacy is a generic pharmacy named after a person (decision 2)."),
    ("ad0014", "Hi Gurpreet Singh, your prescription is ready at Sahota Pharmacy (counter 2). Your wife Manjit can pick it up for you with her photo ID. Questions: 916-555-0163.",
     "REWRITE", "pickup", "sms", "en",
     [("Gurpreet Singh", "NAME"), ("Manjit", "NAME"), ("916-555-0163", "PHONE")],
     ["pharmacy", "practice-contact"], "Patient's and spouse's names go; no drug named, so the pickup notice survives."),
    ("ad0015", "Subject: Welcome to Al-Noor Family Health Center\n\nDear new patient,\n\nThank you for choosing Al-Noor Family Health Center. We'd like you to know who you will meet here. Dr. Abdulrahman Al-Farsi and Dr. Layla El-Sayed see adults and families Monday to Friday; Youssef Haddad, PA-C, runs our same-day clinic; and Mariam at the front desk can help with forms, insurance questions and interpreters (Arabic, Somali, Urdu and Spanish). Our nurse line is answered by Grace Mwangi, RN, weekdays 8 to 4.\n\nPlease bring your insurance card, a photo ID and any medicine bottles to your first visit. Parking is free in the lot behind the building.\n\nAddress: 4100 Harbor View Blvd, Suite 210, Dearborn, MI 48126\nPhone: (313) 555-0128 | Fax: (313) 555-0129\nPortal: https://alnoorfhc.example/portal\n\nWarm regards,\nThe Al-Noor team",
     "ALLOW", "other", "email", "en",
     [("Dr. Abdulrahman Al-Farsi", "PROVIDER"), ("Dr. Layla El-Sayed", "PROVIDER"), ("Youssef Haddad, PA-C", "PROVIDER"), ("Mariam", "PROVIDER"),
      ("Grace Mwangi, RN", "PROVIDER"), ("4100 Harbor View Blvd, Suite 210, Dearborn, MI 48126", "ADDRESS"), ("(313) 555-0128", "PHONE"),
      ("(313) 555-0129", "FAX"), ("https://alnoorfhc.example/portal", "URL")],
     ["general", "broadcast", "practice-contact"], "Welcome letter to every new patient: staff names (decision 1: Mariam at the front desk is PROVIDER) and the practice's own contact details only."),
    ("ad0016", "Mr. Chukwuemeka Obi: Dr. Adeyemi reviewed your ultrasound and it confirms gallstones. She'll go over surgery options with you at your visit on 5/8.",
     "BLOCK", "result", "sms", "en",
     [("Chukwuemeka Obi", "NAME"), ("Dr. Adeyemi", "PROVIDER"), ("ultrasound", "PROCEDURE"), ("gallstones", "CONDITION"), ("5/8", "DATE")],
     ["primary-care", "imaging"], "A finding from imaging is the message; 'surgery' alone is generic."),
    ("ad0017", "Oksana Kovalenko — your physical therapy evaluation at Motion Rehab with Dmytro Savchuk, DPT, is Wed 6/17 at 8:00 AM. Wear comfortable clothes and bring your referral.",
     "REWRITE", "reminder", "sms", "en",
     [("Oksana Kovalenko", "NAME"), ("physical therapy", "SPECIALTY"), ("Motion Rehab", "SPECIALTY"), ("Dmytro Savchuk", "PROVIDER"), ("DPT", "SPECIALTY"), ("6/17", "DATE")],
     ["physical-therapy"], "Name, service line, rehab name and the specialty credential go (DPT as a separate SPECIALTY span per README); date and time stay."),
    ("ad0018", "Hi Tita Baby! This is Jericho from Dela Cruz Drugstore. Lola Remedios' maintenance meds are ready: amlodipine 5mg and losartan 50mg. Pick up anytime before 7 po. Salamat!",
     "BLOCK", "pickup", "sms", "en",
     [("Baby", "NAME"), ("Jericho", "PROVIDER"), ("Remedios", "NAME"), ("amlodipine 5mg", "MEDICATION"), ("losartan 50mg", "MEDICATION")],
     ["pharmacy", "third-party"], "A grandmother's medications sent to a relative: third party's health. Tita/Lola are honorifics outside the span, 'Baby' is a nickname NAME (decision 3)."),
    ("ad0019", "Reminder: Aiyana Begay has a well-child visit at Red Mesa Community Health with Dr. Yazzie on 8/4 at 10:20 AM. Please bring her shot record.",
     "REWRITE", "reminder", "sms", "en",
     [("Aiyana Begay", "NAME"), ("well-child", "PROCEDURE"), ("Dr. Yazzie", "PROVIDER"), ("8/4", "DATE")],
     ["pediatrics", "minor"], "A dependent's routine visit with a name: REWRITE like the patient's own (README)."),
    ("ad0020", "Mālō e lelei Sione! This is Mele, RN at Tongan Community Clinic. Your blood pressure was 168/102 at your visit — Dr. Taufa wants you to take lisinopril 10 mg every morning starting today and come back on 7/9.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Sione", "NAME"), ("Mele, RN", "PROVIDER"), ("blood pressure", "PROCEDURE"), ("168/102", "RESULT"), ("Dr. Taufa", "PROVIDER"),
      ("lisinopril 10 mg", "MEDICATION"), ("7/9", "DATE")],
     ["primary-care"], "A measured value and a new dosing instruction are the message."),
)

# ---------------------------------------------------------------- batch 3 (ad0021-ad0030): everyday-word names and their look-alikes, June vs June 3
add(
    ("ad0021", "Hi Hope, your appointment with Dr. Faith Osei is on 10/2 at 11:30 AM. Reply C to confirm or R to reschedule.",
     "REWRITE", "confirmation", "sms", "en",
     [("Hope", "NAME"), ("Dr. Faith Osei", "PROVIDER"), ("10/2", "DATE")],
     ["primary-care"], "Hope in the greeting is the patient's name (decision 6); Faith here is the doctor's given name."),
    ("ad0022", "Willow Creek Family Practice: walk-in flu shots all October, no appointment needed. Bring your insurance card. We hope to see you soon! Reply STOP to opt out.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast of a service offered to everyone; 'hope' is a verb."),
    ("ad0023", "Bill, your bill from Rose Medical Associates is ready: $45.00 due by 12/1. Pay at https://rosemed.example/pay or call 503-555-0107.",
     "REWRITE", "billing", "sms", "en",
     [("Bill", "NAME"), ("12/1", "DATE"), ("https://rosemed.example/pay", "URL"), ("503-555-0107", "PHONE")],
     ["general", "practice-contact", "contrast"], "The first 'Bill' is the patient's name in the greeting, the second the statement (decision 6); the practice's own link and phone stay."),
    ("ad0024", "Rose Medical Associates: your bill is ready. Pay online or call the billing office. Will you be away this summer? Set up autopay so nothing gets missed.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative", "contrast"], "Rose, bill, Will and summer are a practice name and everyday words; no recipient detail."),
    ("ad0025", "Summer, this is Grant from Dr. Kidd's office at Sunnyside Pediatrics. Mason's ear infection should clear up with the amoxicillin — call us if his fever isn't gone in 48 hours.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Summer", "NAME"), ("Grant", "PROVIDER"), ("Dr. Kidd", "PROVIDER"), ("Sunnyside Pediatrics", "SPECIALTY"), ("Mason", "NAME"),
      ("ear infection", "CONDITION"), ("amoxicillin", "MEDICATION"), ("fever", "CONDITION")],
     ["pediatrics", "minor", "third-party"], "A child's diagnosis and medication sent to the parent: third party's health. Summer is the parent, Grant the staff sender."),
    ("ad0026", "Farmacia La Esperanza: nuestro horario de verano empieza el lunes. Abrimos de 8 a 8 entre semana y de 9 a 2 los sábados. ¡Gracias por su preferencia!",
     "ALLOW", "other", "sms", "es", [],
     ["pharmacy", "broadcast", "hard-negative"], "Esperanza is the pharmacy's name (a word and a given name); summer hours for everyone."),
    ("ad0027", "Hola Dolores, le saluda Consuelo de la oficina del Dr. Paz. Su cita es el 3 de marzo a las 9:00. Favor de llegar 15 minutos antes. ¡Gracias!",
     "REWRITE", "confirmation", "sms", "es",
     [("Dolores", "NAME"), ("Consuelo", "PROVIDER"), ("Dr. Paz", "PROVIDER"), ("3 de marzo", "DATE")],
     ["primary-care"], "Dolores (pains), Consuelo (comfort) and Paz (peace) are names here: patient, staff sender (decision 1) and doctor."),
    ("ad0028", "Sr. Rubén Ochoa Villaseñor: su hija Esperanza salió positiva a estreptococo en la prueba rápida. El Dr. Fuentes le mandó amoxicilina; pase a recogerla hoy a la farmacia.",
     "BLOCK", "result", "sms", "es",
     [("Rubén Ochoa Villaseñor", "NAME"), ("Esperanza", "NAME"), ("positiva", "RESULT"), ("estreptococo", "CONDITION"),
      ("prueba rápida", "PROCEDURE"), ("Dr. Fuentes", "PROVIDER"), ("amoxicilina", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A daughter's positive test and medication sent to the father: third party's result."),
    ("ad0029", "Hi June, Dr. April Haines here. Your Pap from June 3 was normal and your HPV test was negative, so you won't need another one for five years. — Dr. Haines",
     "ALLOW", "result", "portal", "en",
     [("June", "NAME"), ("Dr. April Haines", "PROVIDER"), ("Pap", "PROCEDURE"), ("June 3", "DATE"), ("normal", "RESULT"),
      ("HPV test", "PROCEDURE"), ("negative", "RESULT"), ("Dr. Haines", "PROVIDER")],
     ["reproductive", "contrast"], "Portal: names and results may stay. June is both a name (greeting) and a month (June 3); April is the doctor's given name."),
    ("ad0030", "Hi June, Dr. April Haines here. Your Pap from June 3 was normal. Details are in your portal.",
     "BLOCK", "result", "sms", "en",
     [("June", "NAME"), ("Dr. April Haines", "PROVIDER"), ("Pap", "PROCEDURE"), ("June 3", "DATE"), ("normal", "RESULT")],
     ["reproductive", "contrast"], "Same result by SMS: a normal result is still a result (README)."),
)

# ---------------------------------------------------------------- batch 4 (ad0031-ad0040): Jewish, Irish, particles, single names, relatives
add(
    ("ad0031", "Reminder for Shmuel Weinberg: Dr. Rivka Goldfarb, Sunday 1/11 at 10:00 AM at Maple Grove Internal Medicine. You'll be fasting for labs, so hold your metformin that morning. Reply C to confirm.",
     "BLOCK", "reminder", "sms", "en",
     [("Shmuel Weinberg", "NAME"), ("Dr. Rivka Goldfarb", "PROVIDER"), ("1/11", "DATE"), ("metformin", "MEDICATION")],
     ["primary-care"], "A reminder that carries a dosing instruction (hold the medication) is treatment content: BLOCK."),
    ("ad0032", "Goldfarb & Mizrahi Family Medicine will close at 1 PM Friday and stay closed Saturday. Chag sameach from our team! Refill requests sent after noon Friday will be handled Sunday.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Practice named after its doctors (decision 2); holiday hours for everyone."),
    ("ad0033", "Hi Siobhán Ní Bhriain, your colonoscopy with Dr. O'Sullivan is booked for 2/20 at 7:30 AM at Shannon Ridge Endoscopy Center. Prep instructions will follow by separate email.",
     "REWRITE", "reminder", "sms", "en",
     [("Siobhán Ní Bhriain", "NAME"), ("colonoscopy", "PROCEDURE"), ("Dr. O'Sullivan", "PROVIDER"), ("2/20", "DATE"),
      ("Shannon Ridge Endoscopy Center", "SPECIALTY"), ("Prep", "PROCEDURE")],
     ["primary-care"], "Irish name with a particle is one span (decision 4); an endoscopy-center name reveals the procedure; colonoscopy prep is PROCEDURE."),
    ("ad0034", "Padraig, it's Niamh from Dr. McGrath's front desk. Your mam rang to say she can't drive you Thursday, she's still on crutches after her hip replacement. Want us to book you a cab? Ring us on 617-555-0173.",
     "BLOCK", "other", "sms", "en",
     [("Padraig", "NAME"), ("Niamh", "PROVIDER"), ("Dr. McGrath", "PROVIDER"), ("crutches", "PROCEDURE"), ("hip replacement", "PROCEDURE"), ("617-555-0173", "PHONE")],
     ["primary-care", "third-party", "practice-contact"], "Transport logistics that mention the mother's surgery and device: a third party's health."),
    ("ad0035", "Dear Mr. van der Merwe, your MRI of the left knee is scheduled for 3/3 at 6:45 PM at Coastal Imaging. Please remove all metal and arrive 30 minutes early.\n— Coastal Imaging Scheduling",
     "REWRITE", "reminder", "email", "en",
     [("van der Merwe", "NAME"), ("MRI of the left knee", "PROCEDURE"), ("3/3", "DATE"), ("Coastal Imaging", "SPECIALTY"), ("Coastal Imaging", "SPECIALTY", 1)],
     ["imaging", "orthopedics"], "Particle surname after a title is one NAME (decision 4); the body site stays in the PROCEDURE span (decision 10); imaging name twice."),
    ("ad0036", "Mrs. D'Angelo-Souza, your INR today was 3.9, so Dr. Rossi wants you to skip tonight's warfarin and take 2.5 mg tomorrow. Recheck Monday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("D'Angelo-Souza", "NAME"), ("INR", "PROCEDURE"), ("3.9", "RESULT"), ("Dr. Rossi", "PROVIDER"), ("warfarin", "MEDICATION")],
     ["primary-care"], "A lab value and a dose change; apostrophe-and-hyphen surname."),
    ("ad0037", "Wahyudi — your follow-up with Dr. Siregar is Mon 5/18 at 4:10 PM at Kenmore Primary Care. Let us know if you'd like an Indonesian interpreter.",
     "REWRITE", "reminder", "sms", "en",
     [("Wahyudi", "NAME"), ("Dr. Siregar", "PROVIDER"), ("5/18", "DATE")],
     ["primary-care"], "A single name (mononym) is the whole NAME; the interpreter's language is not labelled (decision 13)."),
    ("ad0038", "To finish your Medicaid application, Suharti, please confirm the Social Security number we have on file: 078-05-1120. Reply YES if it is correct.",
     "BLOCK", "billing", "sms", "en",
     [("Suharti", "NAME"), ("078-05-1120", "SSN")],
     ["general", "identifier"], "An SSN with a name must never travel by text (specimen number)."),
    ("ad0039", "Mark your calendar: the Grace Chapel health fair is Saturday 9-1 in the fellowship hall. Free blood pressure checks, flu shots and a visit from Sunny the therapy dog!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Mark, Grace and Sunny are a verb, a chapel and a dog; free BP checks offered to everyone are a broadcast (README)."),
    ("ad0040", "Hi, this is Chaya Leah from Dr. Ben-David's office with a message for Mrs. Rosenthal. We got the cardiology report on your father, Avraham. His echo showed worsening mitral regurgitation, and Dr. Ben-David would like to talk with you about next steps. Please call us at 718-555-0119.",
     "BLOCK", "result", "voice", "en",
     [("Chaya Leah", "PROVIDER"), ("Dr. Ben-David", "PROVIDER"), ("Rosenthal", "NAME"), ("cardiology", "SPECIALTY"), ("Avraham", "NAME"),
      ("echo", "PROCEDURE"), ("worsening", "RESULT"), ("mitral regurgitation", "CONDITION"), ("Dr. Ben-David", "PROVIDER", 1), ("718-555-0119", "PHONE")],
     ["cardiology", "third-party", "practice-contact"], "A father's finding left on a voicemail for his daughter: third party's health; 'worsening' is a RESULT (decision 15)."),
)

# ---------------------------------------------------------------- batch 5 (ad0041-ad0050): long e-mails, portal vs SMS, staff beside patients, voice
add(
    ("ad0041", "Subject: Your mother's visit on Friday\n\nHi Mei-Ling,\n\nThanks for calling yesterday. I've noted that you'll come into the exam room with your mother, Chen Xiuying, for her visit with Dr. Zhou on Friday 4/24 at 10:40 AM. We've also booked a Mandarin interpreter, Mr. Liang, who will join by video.\n\nA few logistics: parking validation is at the front desk, the elevators are to the left of the pharmacy, and the visit usually takes about 40 minutes. Please bring her insurance card and all of her pill bottles.\n\nDr. Zhou also asked me to let you know that her bone density scan showed osteoporosis, and he'd like to talk with you both about starting alendronate 70 mg once a week.\n\nIf anything changes, call me directly at (626) 555-0150.\n\nBest,\nTeresa Lam, RN\nCare Coordinator, Arcadia Family Medicine",
     "BLOCK", "other", "email", "en",
     [("Mei-Ling", "NAME"), ("Chen Xiuying", "NAME"), ("Dr. Zhou", "PROVIDER"), ("4/24", "DATE"), ("Mr. Liang", "PROVIDER"),
      ("Dr. Zhou", "PROVIDER", 1), ("bone density scan", "PROCEDURE"), ("osteoporosis", "CONDITION"), ("alendronate 70 mg", "MEDICATION"),
      ("(626) 555-0150", "PHONE"), ("Teresa Lam, RN", "PROVIDER")],
     ["primary-care", "third-party", "practice-contact"], "Long logistics e-mail to a daughter with the mother's diagnosis and new drug buried in it: third party's health. The interpreter is workforce (decision 1); family-name-first name is one span (decision 4)."),
    ("ad0042", "Subject: Spring news from Okafor & Castellanos Family Medicine\n\nHello neighbors,\n\nA few updates from our team this spring:\n\n• Welcome, Dr. Hope Okafor! She joins her father, Dr. Emeka Okafor, and will see patients of all ages Tuesday through Saturday.\n• Will Castellanos, PA-C, now offers evening visits until 7 PM on Thursdays.\n• Questions about a statement? Our new billing lead, Bill Grant, is happy to help at (919) 555-0181.\n• Summer camp and sports forms: drop them off at least a week before you need them.\n\nWe will be closed Monday, May 25, for Memorial Day. Online scheduling stays open at https://okaforcastellanos.example/book.\n\nWith gratitude,\nFaith Summers\nPractice Manager",
     "ALLOW", "marketing", "email", "en",
     [("Dr. Hope Okafor", "PROVIDER"), ("Dr. Emeka Okafor", "PROVIDER"), ("Will Castellanos, PA-C", "PROVIDER"), ("Bill Grant", "PROVIDER"),
      ("(919) 555-0181", "PHONE"), ("May 25", "DATE"), ("https://okaforcastellanos.example/book", "URL"), ("Faith Summers", "PROVIDER")],
     ["general", "broadcast", "practice-contact"], "Newsletter naming only staff whose names are everyday words (decision 1: the billing lead and practice manager are PROVIDER); the family tie is between doctors, not a patient's."),
    ("ad0043", "Hi Mr. Tran, because you have proxy access for Bao, you can see his result here: his lead level from last week was 3 µg/dL, which is normal. No action is needed. — Dr. Pham, Little Lotus Pediatrics",
     "ALLOW", "result", "portal", "en",
     [("Tran", "NAME"), ("Bao", "NAME"), ("lead level", "PROCEDURE"), ("3 µg/dL", "RESULT"), ("normal", "RESULT"), ("Dr. Pham", "PROVIDER"),
      ("Little Lotus Pediatrics", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "Portal reply to the parent with proxy access about his child's result: ALLOW (decision 7)."),
    ("ad0044", "Dear Dakota Many Horses,\n\nThis confirms your dental cleaning and exam at Sweetgrass Health Center's dental clinic with Dr. Tsosie on Wednesday, 9/16 at 1:30 PM. Please arrive 10 minutes early to update your insurance information at the front window.\n\nIf you need a ride, our transportation desk (ask for Wanda) can schedule the clinic van: (406) 555-0138, option 3.\n\nThank you,\nSweetgrass Health Center Scheduling",
     "REWRITE", "confirmation", "email", "en",
     [("Dakota Many Horses", "NAME"), ("dental", "SPECIALTY"), ("cleaning", "PROCEDURE"), ("dental", "SPECIALTY", 1), ("Dr. Tsosie", "PROVIDER"),
      ("9/16", "DATE"), ("Wanda", "PROVIDER"), ("(406) 555-0138", "PHONE")],
     ["dental", "practice-contact"], "Two-word surname is part of one NAME (decision 4; Dakota is also a state name); the dental service goes; the ride coordinator is workforce (decision 1)."),
    ("ad0045", "Salam Fatima, your results are back: TSH 6.9 (H). Dr. Haddad is increasing your levothyroxine to 75 mcg daily, and the new prescription went to Al-Amal Pharmacy. — Nour, MA",
     "ALLOW", "result", "portal", "en",
     [("Fatima", "NAME"), ("TSH", "PROCEDURE"), ("6.9", "RESULT"), ("TSH 6.9 ([[H]])", "RESULT"), ("Dr. Haddad", "PROVIDER"),
      ("levothyroxine", "MEDICATION"), ("Nour, MA", "PROVIDER")],
     ["primary-care", "contrast"], "Portal: a value, its flag and a dose may stay; the MA signs with a generic credential."),
    ("ad0046", "Salam Fatima, your results are back and Dr. Haddad is increasing your levothyroxine. Please check the portal for details. — Nour, MA",
     "BLOCK", "result", "sms", "en",
     [("Fatima", "NAME"), ("Dr. Haddad", "PROVIDER"), ("levothyroxine", "MEDICATION"), ("Nour, MA", "PROVIDER")],
     ["primary-care", "contrast"], "Same news by SMS without the value: a dose change is still a treatment instruction."),
    ("ad0047", "Hi Ma'am Maria Luz,\n\nThis is Rowena from Dr. Macaraeg's surgical scheduling team. Your laparoscopic cholecystectomy is set for Tuesday, 10/13, at Bayshore Surgery Center. Check-in is at 6:00 AM at the main entrance, and someone will need to drive you home.\n\nThe pre-op nurse, Jericho Santos, RN, will call you the day before between 2 and 5 PM with your arrival time. If you miss his call, his direct line is (650) 555-0166.\n\nSalamat po,\nRowena Bautista\nSurgical Scheduler",
     "REWRITE", "reminder", "email", "en",
     [("Maria Luz", "NAME"), ("Rowena", "PROVIDER"), ("Dr. Macaraeg", "PROVIDER"), ("laparoscopic cholecystectomy", "PROCEDURE"), ("10/13", "DATE"),
      ("pre-op", "PROCEDURE"), ("Jericho Santos, RN", "PROVIDER"), ("(650) 555-0166", "PHONE"), ("Rowena Bautista", "PROVIDER")],
     ["general", "practice-contact"], "Surgery logistics survive once the name and the procedure go; 'Ma'am' stays outside (decision 3); a 'Surgery Center' name is generic like 'surgery' alone (judgement)."),
    ("ad0048", "Subject: Following up on your visit\n\nDear Mr. Raghunathan,\n\nThank you for coming in on Monday, and please thank your daughter Priya for interpreting for us. It made a real difference.\n\nA few housekeeping items: your next appointment with Dr. Iyer is on 11/19 at 10:15 AM, our parking lot is being repaved that week so please use the street entrance, and your updated insurance card has been scanned into your chart.\n\nDr. Iyer also asked me to pass along that your kidney function has dropped (eGFR 38, down from 52 in the spring), so please stop taking ibuprofen and use acetaminophen for your knee pain instead.\n\nIf you have any questions, reply to this email or call me at (732) 555-0177.\n\nWarmly,\nDeepa Krishnan, RN\nNurse Navigator, Edison Family Physicians",
     "BLOCK", "care-instructions", "email", "en",
     [("Raghunathan", "NAME"), ("Priya", "NAME"), ("Dr. Iyer", "PROVIDER"), ("11/19", "DATE"), ("Dr. Iyer", "PROVIDER", 1),
      ("kidney function", "PROCEDURE"), ("dropped", "RESULT"), ("eGFR", "PROCEDURE"), ("38", "RESULT"), ("52", "RESULT"),
      ("ibuprofen", "MEDICATION"), ("acetaminophen", "MEDICATION"), ("knee pain", "CONDITION"), ("(732) 555-0177", "PHONE"),
      ("Deepa Krishnan, RN", "PROVIDER")],
     ["primary-care", "practice-contact"], "A friendly logistics e-mail with a result trend and a medication instruction buried in it; 'dropped' is a RESULT (decision 15)."),
    ("ad0049", "Hello, this message is for Kim Soo-jin. This is Dr. Lee's office at Hanmaum Family Clinic. Please call us back at (213) 555-0104 about your recent visit. Thank you.",
     "REWRITE", "other", "voice", "en",
     [("Kim Soo-jin", "NAME"), ("Dr. Lee", "PROVIDER"), ("(213) 555-0104", "PHONE")],
     ["primary-care", "practice-contact", "contrast"], "A voicemail naming the patient can be overheard; family-name-first Korean name is one span (decision 4)."),
    ("ad0050", "Hello, this is Hanmaum Family Clinic calling with a message for the person at this number. Please call us back at (213) 555-0104 during business hours. Thank you.",
     "ALLOW", "other", "voice", "en",
     [("(213) 555-0104", "PHONE")],
     ["primary-care", "practice-contact", "contrast"], "The same voicemail without the name: only the practice's own phone."),
)

# ---------------------------------------------------------------- batch 6 (ad0051-ad0060): practices named after people, staff beside patients
add(
    ("ad0051", "Mendelsohn Cancer Institute: Hi Tavita, your infusion chair is confirmed for Mon 2/9 at 8:30 AM with nurse Losaline. Bring a snack and a warm sweater!",
     "REWRITE", "confirmation", "sms", "en",
     [("Mendelsohn Cancer Institute", "SPECIALTY"), ("Tavita", "NAME"), ("infusion", "PROCEDURE"), ("2/9", "DATE"), ("nurse Losaline", "PROVIDER")],
     ["oncology"], "A cancer institute named after a person is still a specialty-revealing name (decision 2); the patient's Samoan given name and the visit type go."),
    ("ad0052", "Nguyen Eye Associates: your new eyeglasses are ready for pickup. Hours Mon-Fri 9-6, Sat 10-2.",
     "REWRITE", "pickup", "sms", "en",
     [("Nguyen Eye Associates", "SPECIALTY"), ("eyeglasses", "PROCEDURE")],
     ["ophthalmology"], "The surname in the practice name is the founder's, not the patient's (decision 2); an eye-care name and the device reveal the service."),
    ("ad0053", "Hart & Payne Family Practice is closed tomorrow for staff training. Messages left on our line will be returned Wednesday morning.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Founders' surnames that sound like 'heart' and 'pain' in a generic practice name (decision 2)."),
    ("ad0054", "Your appointment with Dr. Hart is Friday, 12/4 at 9:00 AM at Westbrook Heart & Vascular. Please wear a two-piece outfit.",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Hart", "PROVIDER"), ("12/4", "DATE"), ("Westbrook Heart & Vascular", "SPECIALTY")],
     ["cardiology"], "The doctor named Hart is allowed; the heart-and-vascular practice name is not."),
    ("ad0055", "Grace, your grace period for the COBRA premium ends 3/31. Dr. Bloom says please don't stop your Humira injections if coverage lapses; call us and we'll find samples.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Grace", "NAME"), ("3/31", "DATE"), ("Dr. Bloom", "PROVIDER"), ("Humira injections", "MEDICATION")],
     ["primary-care"], "Grace is the patient, 'grace period' a billing term (decision 6); the instruction not to stop a named biologic is treatment content."),
    ("ad0056", "St. Columba's Hospice: Hi Mrs. Ó Súilleabháin, nurse Aoife will visit your husband Tomás tomorrow between 10 and noon. Call the on-call line any time if you need us.",
     "REWRITE", "reminder", "sms", "en",
     [("St. Columba's Hospice", "SPECIALTY"), ("Ó Súilleabháin", "NAME"), ("nurse Aoife", "PROVIDER"), ("Tomás", "NAME")],
     ["home-health", "third-party"], "A spouse's hospice visit window sent to the caregiver is treated like a dependent's logistics: REWRITE (decision 8); the saint's name makes it no less a hospice."),
    ("ad0057", "Clínica Dental Dr. Hernández Aguilar: Hola Guadalupe, le recordamos su limpieza el viernes 6 de noviembre a las 5:00 p. m. Conteste 1 para confirmar o 2 para cambiar la cita.",
     "REWRITE", "reminder", "sms", "es",
     [("Clínica Dental Dr. Hernández Aguilar", "SPECIALTY"), ("Guadalupe", "NAME"), ("limpieza", "PROCEDURE"), ("6 de noviembre", "DATE")],
     ["dental"], "A dental practice named after its doctor is one SPECIALTY span, not a PROVIDER (decision 2)."),
    ("ad0058", "Centro de Salud Guadalupe les desea un feliz día de la Virgen. Mañana abrimos de 10 a 2 de la tarde. ¡Bendiciones!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Guadalupe is the clinic's name and a feast, not a patient (decision 2); holiday hours for everyone."),
    ("ad0059", "Hi, this is Ama, Dr. Mensah's MA. Your paperwork for Thursday is all done, so just bring your ID. Text or call me at 404-555-0188 with any questions.",
     "ALLOW", "other", "sms", "en",
     [("Ama", "PROVIDER"), ("Dr. Mensah", "PROVIDER"), ("404-555-0188", "PHONE")],
     ["primary-care", "practice-contact"], "The only names are the staff sender (an Akan day name) and the doctor; nothing about the patient."),
    ("ad0060", "Jade Valley Medical Group: Sunny days are here! Pack sunscreen (SPF 30+), water and a hat. Have a safe summer from all of us.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Jade, Sunny and summer are a place and everyday words; seasonal broadcast."),
)

# ---------------------------------------------------------------- batch 7 (ad0061-ad0070): disguises, identifiers with names, relatives
add(
    ("ad0061", "Kwabena - ur P R E P refill is ready at Eastside Pharmacy. Pick up by Fri 6pm",
     "REWRITE", "pickup", "sms", "en",
     [("Kwabena", "NAME"), ("P R E P", "MEDICATION")],
     ["hiv-sexual-health", "pharmacy", "spaced", "shorthand"], "Spaced-out drug name in a pickup notice plus the patient's name; the pickup survives."),
    ("ad0062", "Mr. Wróblewski, Dr. Nowak reviewed your bi\u200bopsy. The mole on your back was mela\u200bnoma, so we need to schedule a wider excision soon. Please call 312-555-0124.",
     "BLOCK", "result", "sms", "en",
     [("Wróblewski", "NAME"), ("Dr. Nowak", "PROVIDER"), ("bi\u200bopsy", "PROCEDURE"), ("mole", "CONDITION"), ("mela\u200bnoma", "CONDITION"),
      ("excision", "PROCEDURE"), ("312-555-0124", "PHONE")],
     ["dermatology", "oncology", "practice-contact"], "A diagnosis with zero-width characters inside the clinical words; Polish surname with a diacritic."),
    ("ad0063", "Faith, Summer's th3rapy intake at M1nd Well Counseling is Tues 5/12 at 4:00. She can come straight from school.",
     "REWRITE", "reminder", "sms", "en",
     [("Faith", "NAME"), ("Summer", "NAME"), ("th3rapy intake", "PROCEDURE"), ("M1nd Well Counseling", "SPECIALTY"), ("5/12", "DATE")],
     ["behavioral-health", "minor", "third-party", "leet"], "A child's appointment logistics with a visit type and a counseling name, in leet: REWRITE like a dependent's logistics (README); Faith and Summer are parent and child."),
    ("ad0064", "Ms. Yazzie, your m\u0430mm\u043egr\u0430m is on 10/21 at 8:15 AM at Four Corners Women's Imaging. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Yazzie", "NAME"), ("m\u0430mm\u043egr\u0430m", "PROCEDURE"), ("10/21", "DATE"), ("Four Corners Women's Imaging", "SPECIALTY")],
     ["imaging", "reproductive"], "Procedure written with Cyrillic look-alike letters; Navajo surname after a title."),
    ("ad0065", "The Sister Mary Agnes Health Center food pantry is open Thursdays 3-6. Everyone is welcome and no ID is needed.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A health center named after a nun (decision 2); a pantry open to all."),
    ("ad0066", "Patient: Smith-Okafor, Jordan  DOB 1979-02-28  MRN 88402116. Please verify these details before your telehealth visit today.",
     "BLOCK", "other", "sms", "en",
     [("Smith-Okafor, Jordan", "NAME"), ("1979-02-28", "DATE"), ("88402116", "MRN")],
     ["primary-care", "dob", "identifier"], "Full DOB with the name (and MRN); 'Surname, Given' with a hyphenated surname is one NAME span (decision 4)."),
    ("ad0067", "Hi Thanh, your portal invite is ready: https://portal.riversidefm.example/activate?user=thanh.nguyen88&token=Zr81Qp (expires in 48 hours).",
     "REWRITE", "portal-notice", "sms", "en",
     [("Thanh", "NAME"), ("https://portal.riversidefm.example/activate?user=thanh.nguyen88&token=Zr81Qp", "URL")],
     ["general"], "A tokened link with the patient's username in it is patient-specific; one URL span covers the name inside it (decision 11)."),
    ("ad0068", "Heads up: the Washington Ave garage entrance is closed for repairs this week. Please use the Grant St entrance and take elevator B to the 3rd floor. - Front desk",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Street names that are surnames, used for directions without a number, are not ADDRESS (decision 9)."),
    ("ad0069", "Hi Mrs. Oyelaran-Phillips, your daughter Adaeze's school form is signed and ready to pick up at the front desk.",
     "REWRITE", "other", "sms", "en",
     [("Oyelaran-Phillips", "NAME"), ("Adaeze", "NAME")],
     ["pediatrics", "minor"], "Parent's and child's names go; a school form is paperwork, not a procedure (decision 18)."),
    ("ad0070", "Buenas tardes, Sra. Xóchitl Tzompaxtle, le habla Lupita de la Clínica del Valle. A su mamá, doña Refugio, le salió la presión muy alta hoy (182/110) y el Dr. Arriaga dice que la lleve ahorita mismo a urgencias.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Xóchitl Tzompaxtle", "NAME"), ("Lupita", "PROVIDER"), ("Refugio", "NAME"), ("presión muy alta", "CONDITION"), ("182/110", "RESULT"),
      ("Dr. Arriaga", "PROVIDER"), ("urgencias", "SPECIALTY")],
     ["primary-care", "third-party"], "The mother's reading and an instruction sent to her daughter: third party's health. 'doña' stays outside (decision 3); urgencias is SPECIALTY (decision 17)."),
)

# ---------------------------------------------------------------- batch 8 (ad0071-ad0080): providers with unusual names, reply keywords, templates, push
add(
    ("ad0071", "Your appointment with Dr. Nakamura-Bell is Wednesday, 1/14 at 3:20 PM at Elm Grove Medical. Reply C to confirm, R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Nakamura-Bell", "PROVIDER"), ("1/14", "DATE")],
     ["primary-care"], "Hyphenated provider surname, date and time only."),
    ("ad0072", "Reminder: Dr. Oyelowo-Ibekwe and Nurse Practitioner Chidinma Eze will see you Tuesday at 10:00 AM at Parkside Family Health. Please arrive 10 minutes early.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Oyelowo-Ibekwe", "PROVIDER"), ("Nurse Practitioner Chidinma Eze", "PROVIDER")],
     ["primary-care"], "Two clinicians named with title or role (role words included); no patient detail."),
    ("ad0073", "Reply WILL to confirm you will attend, or CANCEL to cancel. Msg & data rates may apply.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "hard-negative"], "WILL is a reply keyword, not a name (decision 6)."),
    ("ad0074", "Hi! {{practice_name}} here. Your visit with {{provider_name}} is on {{appt_date}} at {{appt_time}}. Reply Y to confirm or N to cancel.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Placeholders that carry no patient data; the greeting has no name."),
    ("ad0075", "Mercy Grace Medical Center Auxiliary: thank you to all our volunteers! The gift shop is open 9 to 5 and the chapel is always open.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Mercy and Grace are part of a hospital name (decision 2)."),
    ("ad0076", "Dr. Will Summers will see you on 7/7 at 8 AM. Please bring your insurance card and a photo ID.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Will Summers", "PROVIDER"), ("7/7", "DATE")],
     ["primary-care"], "Will and Summers are the doctor's names; 'will see' is a verb."),
    ("ad0077", "Can't make it? No problem: reply R and Joy or Mark at our front desk will help you reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Joy", "PROVIDER"), ("Mark", "PROVIDER")],
     ["primary-care"], "Joy and Mark are front-desk staff (decision 1), not patients; nothing about the recipient."),
    ("ad0078", "You have a new message from your care team. Open the Meadowbrook Health app to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Notification without PHI."),
    ("ad0079", "New message from Dr. Rahman about your HIV test. Tap to read.",
     "REWRITE", "portal-notice", "push", "en",
     [("Dr. Rahman", "PROVIDER"), ("HIV test", "PROCEDURE")],
     ["hiv-sexual-health"], "Push previews show on the lock screen; the test name goes, the notice survives."),
    ("ad0080", "The Faith in Action medical van will be at Hope Lutheran Church on Saturday from 9 to 2. Free visits, no insurance needed. Everyone welcome!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Faith and Hope are a program and a church (decisions 2, 9); a community event."),
)

# ---------------------------------------------------------------- batch 9 (ad0081-ad0090): results, relatives, identifiers, ages, corrections
add(
    ("ad0081", "Mr. Mamadou Diallo, your hepatitis B test came back reactive. Dr. Sow would like to see you this week to discuss treatment. Please call 212-555-0191.",
     "BLOCK", "result", "sms", "en",
     [("Mamadou Diallo", "NAME"), ("hepatitis B test", "PROCEDURE"), ("reactive", "RESULT"), ("Dr. Sow", "PROVIDER"), ("212-555-0191", "PHONE")],
     ["primary-care", "practice-contact"], "A reactive result is the message; the provider's surname is also an English word."),
    ("ad0082", "hi fatoumata its binta from dr camara office. ur sugar was 240 this am?? pls take ur insulin & call us b4 5",
     "BLOCK", "care-instructions", "sms", "en",
     [("fatoumata", "NAME"), ("binta", "PROVIDER"), ("dr camara", "PROVIDER"), ("sugar", "PROCEDURE"), ("240", "RESULT"), ("insulin", "MEDICATION")],
     ["primary-care", "shorthand", "typo"], "Lower-case names are still names; a staff sender (decision 1); a reading and an instruction in shorthand."),
    ("ad0083", "Dmitri, your mother Lyudmila Volkova missed her dialysis yesterday. Please make sure she comes Thursday; her potassium was already high on Monday.",
     "BLOCK", "other", "sms", "en",
     [("Dmitri", "NAME"), ("Lyudmila Volkova", "NAME"), ("dialysis", "PROCEDURE"), ("potassium", "PROCEDURE"), ("high", "RESULT")],
     ["dialysis", "third-party"], "A mother's treatment and lab finding sent to her son: third party's health. Russian feminine surname form."),
    ("ad0084", "Chào Bác Huỳnh! This is Vy from Little Saigon Family Clinic. Your son Đức's chest X-ray is clear, no pneumonia. He can go back to work on Monday.",
     "BLOCK", "result", "sms", "en",
     [("Huỳnh", "NAME"), ("Vy", "PROVIDER"), ("Đức", "NAME"), ("chest X-ray", "PROCEDURE"), ("clear", "RESULT"), ("no pneumonia", "RESULT")],
     ["primary-care", "imaging", "third-party"], "An adult son's result sent to his parent; a normal result is still a result. 'Bác' is an honorific outside the span (decision 3)."),
    ("ad0085", "Subject: Sleep study results\n\nDear Mrs. Choi,\n\nAs you requested, here is a summary of your husband Jae-won's sleep study: severe obstructive sleep apnea (AHI 42). Dr. Baek recommends starting CPAP as soon as the machine arrives. Please have him call us at (201) 555-0186 to set up delivery.\n\nBest regards,\nFort Lee Sleep & Lung Center",
     "BLOCK", "result", "email", "en",
     [("Sleep study", "PROCEDURE"), ("Choi", "NAME"), ("Jae-won", "NAME"), ("sleep study", "PROCEDURE"), ("severe", "RESULT"),
      ("obstructive sleep apnea", "CONDITION"), ("AHI", "PROCEDURE"), ("42", "RESULT"), ("Dr. Baek", "PROVIDER"), ("CPAP", "PROCEDURE"),
      ("(201) 555-0186", "PHONE"), ("Fort Lee Sleep & Lung Center", "SPECIALTY")],
     ["primary-care", "third-party", "practice-contact"], "A husband's diagnosis and treatment e-mailed to his wife, even at her request: third party's health; 'severe' is a RESULT (decision 15)."),
    ("ad0086", "Abdullah bin Khalid Al-Mansouri: to complete your FMLA paperwork, please confirm your SSN. We have 219-09-9999 on file. Is that still correct?",
     "BLOCK", "other", "sms", "en",
     [("Abdullah bin Khalid Al-Mansouri", "NAME"), ("219-09-9999", "SSN")],
     ["general", "identifier"], "An SSN (specimen) with the name; the patronymic 'bin Khalid' and 'Al-' are inside the one NAME span (decision 4)."),
    ("ad0087", "Happy 95th birthday, Mrs. Esther Abramowitz! Warm wishes from all of us at Golden Years Geriatrics.",
     "REWRITE", "marketing", "sms", "en",
     [("95th", "AGE"), ("Esther Abramowitz", "NAME"), ("Golden Years Geriatrics", "SPECIALTY")],
     ["primary-care", "age-over-89"], "Age over 89 and the name go; a geriatrics name reveals the service (decision 16); the greeting survives."),
    ("ad0088", "Correction: the text we sent you at 2:14 PM was meant for another patient, Ana Lucía Gómez. Please delete it. We apologize for the error. - Valley View Clinic",
     "REWRITE", "other", "sms", "en",
     [("Ana Lucía Gómez", "NAME")],
     ["general", "third-party"], "Naming another patient is a disclosure; without a health detail the apology survives once the name goes (decision 12)."),
    ("ad0089", "Aloha Leilani, this is Kapua from Dr. Akana's office. Your pregnancy test was positive, congratulations! Dr. Akana would like to see you in 2 weeks and wants you to start prenatal vitamins now.",
     "BLOCK", "result", "sms", "en",
     [("Leilani", "NAME"), ("Kapua", "PROVIDER"), ("Dr. Akana", "PROVIDER"), ("pregnancy test", "PROCEDURE"), ("positive", "RESULT"),
      ("Dr. Akana", "PROVIDER", 1), ("prenatal vitamins", "MEDICATION")],
     ["reproductive"], "A positive result even when it is good news; Hawaiian names for patient and staff."),
    ("ad0090", "Mrs. Pérez-Quintanilla: Mateo's methylphenidate ER 18 mg for his ADHD is ready at Sunrise Pharmacy. Please bring ID; it's a controlled medication.",
     "BLOCK", "pickup", "sms", "en",
     [("Pérez-Quintanilla", "NAME"), ("Mateo", "NAME"), ("methylphenidate ER 18 mg", "MEDICATION"), ("ADHD", "CONDITION")],
     ["pharmacy", "minor", "third-party"], "A child's condition and medication sent to the parent (README: third party's health)."),
)

# ---------------------------------------------------------------- batch 10 (ad0091-ad0100): Spanish, family-name orders, a patient named Payne
add(
    ("ad0091", "Recordatorio: su cita con la Dra. Xiomara Castañeda-Ruiz es el lunes 9 de febrero a las 8:40 a. m. Si no puede venir, llámenos al (305) 555-0112.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Xiomara Castañeda-Ruiz", "PROVIDER"), ("9 de febrero", "DATE"), ("(305) 555-0112", "PHONE")],
     ["primary-care", "practice-contact"], "Provider with a hyphenated two-surname name, date, time and the practice phone."),
    ("ad0092", "Farmacia San Judas: Hola José Luis García Villalobos, su receta de losartán 50 mg ya está lista. Si gusta, su esposa Maricruz puede pasar a recogerla.",
     "REWRITE", "pickup", "sms", "es",
     [("José Luis García Villalobos", "NAME"), ("losartán 50 mg", "MEDICATION"), ("Maricruz", "NAME")],
     ["pharmacy"], "Pickup notice: the patient's and spouse's names and the drug go; a pharmacy named after a saint is generic (decision 2)."),
    ("ad0093", "Santa Fe Family Clinic: you can now pay your balance online from our website. Questions about a statement? Ask for the billing desk. Have a great day!",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A place-and-faith practice name (decision 9); a billing feature for everyone."),
    ("ad0094", "Asunto: Su cita de control prenatal\n\nEstimada Sra. Itzel Quispe Mamani:\n\nLe escribe Rocío, recepcionista del consultorio de la Dra. Villanueva en Centro de la Mujer Santa Ana. Le confirmamos su control prenatal el miércoles 22 de abril a las 9:15 a. m.\n\nPor favor llegue 15 minutos antes y traiga su identificación, su tarjeta del seguro y la lista de preguntas que tenga. Si necesita intérprete de quechua, avísenos con dos días de anticipación y se lo conseguimos sin costo.\n\nEl estacionamiento es gratuito en el lote de atrás. Si va a llegar tarde o necesita cambiar la cita, llámenos al (323) 555-0146 o escríbanos a citas@centromujer.example.\n\nAtentamente,\nRocío Ticona\nRecepción",
     "REWRITE", "confirmation", "email", "es",
     [("control prenatal", "PROCEDURE"), ("Itzel Quispe Mamani", "NAME"), ("Rocío", "PROVIDER"), ("Dra. Villanueva", "PROVIDER"),
      ("Centro de la Mujer Santa Ana", "SPECIALTY"), ("control prenatal", "PROCEDURE", 1), ("22 de abril", "DATE"), ("(323) 555-0146", "PHONE"),
      ("citas@centromujer.example", "EMAIL"), ("Rocío Ticona", "PROVIDER")],
     ["reproductive", "practice-contact"], "Two Quechua surnames form one NAME (decision 4); the visit type and the women's-health center go, the logistics survive; the interpreter language is not labelled (decision 13)."),
    ("ad0095", "Buenos días, este mensaje es para el señor Teodoro Huanca. Le llamamos del consultorio del Dr. Benítez para confirmar su cita de mañana. Por favor regrésenos la llamada al (505) 555-0127. Gracias.",
     "REWRITE", "confirmation", "voice", "es",
     [("Teodoro Huanca", "NAME"), ("Dr. Benítez", "PROVIDER"), ("(505) 555-0127", "PHONE")],
     ["primary-care", "practice-contact"], "A voicemail naming the patient: the name goes ('señor' outside)."),
    ("ad0096", "Hola Fe, soy Caridad de la clínica. Tu prueba de VIH salió negativa 🙂 Cualquier duda me escribes por aquí.",
     "BLOCK", "result", "sms", "es",
     [("Fe", "NAME"), ("Caridad", "PROVIDER"), ("prueba de VIH", "PROCEDURE"), ("negativa", "RESULT")],
     ["hiv-sexual-health"], "A negative HIV result is still a result; Fe (faith) and Caridad (charity) are patient and staff sender."),
    ("ad0097", "¡Feliz Día de las Madres de parte de todo el equipo de Clínica Los Ángeles! Esta semana tenemos toma de presión gratis, sin cita, de 9 a 1.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "A city in the practice name (decision 9); free blood-pressure checks for everyone (README broadcast)."),
    ("ad0098", "Sra. Amparo Villalobos: el Dr. Sánchez revisó sus análisis. Su colesterol LDL es de 98 mg/dL, dentro de lo normal. Siga con la atorvastatina 20 mg como hasta ahora. Saludos.",
     "ALLOW", "result", "portal", "es",
     [("Amparo Villalobos", "NAME"), ("Dr. Sánchez", "PROVIDER"), ("colesterol LDL", "PROCEDURE"), ("98 mg/dL", "RESULT"),
      ("dentro de lo normal", "RESULT"), ("atorvastatina 20 mg", "MEDICATION")],
     ["primary-care"], "Portal: a value and a medication may stay; 'análisis' is generic."),
    ("ad0099", "Wong Ka-Yan (Karen), Dr. Leung reviewed your ultrasound: the thyroid nodule is 1.8 cm and he recommends a biopsy. Our office will call you to schedule it.",
     "BLOCK", "result", "sms", "en",
     [("Wong Ka-Yan", "NAME"), ("Karen", "NAME"), ("Dr. Leung", "PROVIDER"), ("ultrasound", "PROCEDURE"), ("thyroid nodule", "CONDITION"),
      ("1.8 cm", "RESULT"), ("biopsy", "PROCEDURE")],
     ["imaging"], "A finding with a size; family-name-first Cantonese name and the English nickname are two NAME spans (decision 4)."),
    ("ad0100", "Mr. Payne, Dr. Agarwal at Riverview Pain Management has lowered your oxycodone to 5 mg every 6 hours. Pick up the new prescription Friday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Payne", "NAME"), ("Dr. Agarwal", "PROVIDER"), ("Riverview Pain Management", "SPECIALTY"), ("oxycodone", "MEDICATION")],
     ["pharmacy", "contrast"], "Here Payne is the patient (title outside), not Dr. Payne; a dose change of an opioid is a treatment instruction."),
)

# ---------------------------------------------------------------- batch 11 (ad0101-ad0110): statements, referrals, voice results, devices, word-names as providers
add(
    ("ad0101", "Rose & Thistle Pharmacy: bring your old pill bottles to the drop box by our door for safe recycling. Thanks for helping us go green!",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Rose is part of a pharmacy name; a recycling drive for everyone."),
    ("ad0102", "Statement for Jean-Baptiste Nkemelu-Fotso: balance $132.40 on account 00-7719254. Pay by 6/30 at https://lakesidefm.example/pay or call 847-555-0144.",
     "REWRITE", "billing", "sms", "en",
     [("Jean-Baptiste Nkemelu-Fotso", "NAME"), ("00-7719254", "ACCOUNT"), ("6/30", "DATE"), ("https://lakesidefm.example/pay", "URL"), ("847-555-0144", "PHONE")],
     ["general", "identifier", "practice-contact"], "Hyphenated given name and hyphenated surname are one NAME; the account number is not needed; amount, due date and the practice's own link stay."),
    ("ad0103", "Subject: Your referral\n\nHello Ngozi,\n\nGood news: your referral to Dr. Emmanuel Asante at Lakeshore Gastroenterology has been approved by your plan, and their office has you down for Monday, 6/8 at 9:00 AM. Their address is 2250 Lakeshore Dr, Suite 400, Evanston, IL 60201 and their phone is (847) 555-0170.\n\nPlease bring your insurance card and a list of your current medicines. If you need to change the time, call them directly, since we can't reschedule for another office.\n\nIf you have trouble getting there, our ride coordinator, Kofi Boateng, can help arrange transportation.\n\nTake care,\nAkosua\nReferral Coordinator, Westside Family Medicine",
     "REWRITE", "other", "email", "en",
     [("Ngozi", "NAME"), ("Dr. Emmanuel Asante", "PROVIDER"), ("Lakeshore Gastroenterology", "SPECIALTY"), ("6/8", "DATE"),
      ("2250 Lakeshore Dr, Suite 400, Evanston, IL 60201", "ADDRESS"), ("(847) 555-0170", "PHONE"), ("Kofi Boateng", "PROVIDER"), ("Akosua", "PROVIDER")],
     ["primary-care", "practice-contact"], "Referral logistics survive once the patient's name and the specialty practice go; the receiving office's address and phone are a practice's own; staff are PROVIDER (decision 1)."),
    ("ad0104", "Hi, this message is for Hope. It's Dr. Faith Adeyinka. Your biopsy showed the lump is benign, so there's nothing to worry about. Call me if you have any questions.",
     "BLOCK", "result", "voice", "en",
     [("Hope", "NAME"), ("Dr. Faith Adeyinka", "PROVIDER"), ("biopsy", "PROCEDURE"), ("lump", "CONDITION"), ("benign", "RESULT")],
     ["oncology"], "A benign result is still a result, and a voicemail can be overheard; Hope is the patient, Faith the doctor."),
    ("ad0105", "Will, Dr. Bright will call you tonight about your CT results. Please keep your phone nearby.",
     "REWRITE", "result", "sms", "en",
     [("Will", "NAME"), ("Dr. Bright", "PROVIDER"), ("CT", "PROCEDURE")],
     ["imaging"], "No result is given: the name and the test go, the call-back notice survives. 'Will' is a name at the start, 'will' a verb after it (decision 6)."),
    ("ad0106", "Patient Assistance Grant: our foundation covers copays for eligible families. Applications are due Friday; ask at the front desk for a form.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Grant is a financial program here, not a person."),
    ("ad0107", "Ms. Nakamura, your hearing aid repair is done. Pick it up at Sound Life Audiology, Mon-Fri 9-5. Serial HA-4471-9920 has been re-registered with the manufacturer.",
     "REWRITE", "pickup", "sms", "en",
     [("Nakamura", "NAME"), ("hearing aid", "PROCEDURE"), ("Sound Life Audiology", "SPECIALTY"), ("HA-4471-9920", "DEVICE_ID")],
     ["general", "identifier"], "Name, device, audiology name and the device serial go; the pickup notice survives."),
    ("ad0108", "Jordan River Health Partners has moved! Starting Monday, find us in our new building across from the library. Same doctors, same phone number.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Jordan is a river in the practice name (decision 9); a move notice for everyone."),
    ("ad0109", "Dr. Joy Black and Dr. Rich Grant are now accepting new patients at Cedar Hollow Primary Care. Call (503) 555-0195 to book.",
     "ALLOW", "marketing", "sms", "en",
     [("Dr. Joy Black", "PROVIDER"), ("Dr. Rich Grant", "PROVIDER"), ("(503) 555-0195", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "Everyday-word names of providers (contrast with Mr. Black the patient); the practice's phone."),
    ("ad0110", "Hi Bogdan, Dr. Kaminska here. Your MRI confirms a small rotator cuff tear. The plan is physical therapy twice a week for 6 weeks; I've sent the referral to Riverside PT.",
     "ALLOW", "result", "portal", "en",
     [("Bogdan", "NAME"), ("Dr. Kaminska", "PROVIDER"), ("MRI", "PROCEDURE"), ("rotator cuff tear", "CONDITION"), ("physical therapy", "SPECIALTY"),
      ("Riverside PT", "SPECIALTY")],
     ["orthopedics", "physical-therapy"], "Portal: a finding and the plan may stay."),
)

# ---------------------------------------------------------------- batch 12 (ad0111-ad0120): long e-mails, family groups, a doctor as patient, closing hard negatives
add(
    ("ad0111", "Subject: Re: call back today\n\nHi Ms. Whitehorse,\n\nThis is Marcy, the nurse for Dr. Osei at Prairie Wind Pediatrics. I'm following up on your call this morning about Winona. Dr. Osei agrees that her anxiety and the trouble sleeping should be looked at soon, and she'd like Winona to start with our behavioral health counselor, Sam Redcloud, LPC, before any change to her sertraline.\n\nWe have an opening on Thursday, 3/26 at 3:45 PM, right after school. Please call (605) 555-0133 to hold it; we can only keep the slot until noon tomorrow.\n\nIf Winona ever talks about hurting herself, call or text 988 any time, day or night.\n\nTake care,\nMarcy Two Bulls, RN",
     "BLOCK", "care-instructions", "email", "en",
     [("Whitehorse", "NAME"), ("Marcy", "PROVIDER"), ("Dr. Osei", "PROVIDER"), ("Prairie Wind Pediatrics", "SPECIALTY"), ("Winona", "NAME"),
      ("Dr. Osei", "PROVIDER", 1), ("anxiety", "CONDITION"), ("trouble sleeping", "CONDITION"), ("Winona", "NAME", 1),
      ("behavioral health counselor", "SPECIALTY"), ("Sam Redcloud", "PROVIDER"), ("LPC", "SPECIALTY"), ("sertraline", "MEDICATION"),
      ("3/26", "DATE"), ("(605) 555-0133", "PHONE"), ("Winona", "NAME", 2), ("Marcy Two Bulls, RN", "PROVIDER")],
     ["pediatrics", "behavioral-health", "minor", "third-party", "practice-contact"], "A child's conditions and medication e-mailed to the parent: third party's health. LPC names a specialty like DPT; 988 is not a phone identifier; the nurse's two-word surname stays in her PROVIDER span."),
    ("ad0112", "Subject: A note from our founders\n\nDear friends,\n\nThirty years ago, two young doctors opened a two-room office above a bakery on Main Street. Today Hope & Faith Family Health has four clinics, a mobile van and more than forty staff, and we still believe what they believed then: everyone deserves a doctor who knows them.\n\nThis summer we will add evening hours at every clinic, start same-day sick visits on Saturdays, and open a new play corner in each waiting room. We have also heard you about parking and phone wait times, and we are working on both.\n\nThank you for trusting us with your care, and for every kind word, card and cookie over the years.\n\nWith gratitude,\nEveryone at Hope & Faith Family Health",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Long newsletter with a practice named Hope & Faith, a bare street name (decision 9) and everyday words; nothing about any person."),
    ("ad0113", "Reminder for the Nwachukwu family: Chidi, Ifeoma and Obinna have dental cleanings with Dr. Eze on Sat 8/15 starting at 9:00 AM at Smile Town Pediatric Dentistry.",
     "REWRITE", "reminder", "sms", "en",
     [("Nwachukwu", "NAME"), ("Chidi", "NAME"), ("Ifeoma", "NAME"), ("Obinna", "NAME"), ("dental", "SPECIALTY"), ("cleanings", "PROCEDURE"),
      ("Dr. Eze", "PROVIDER"), ("8/15", "DATE"), ("Smile Town Pediatric Dentistry", "SPECIALTY")],
     ["dental", "pediatrics", "minor"], "Dependents' routine visits: the family surname, the children's names and the dental service go; 'family' stays outside the span."),
    ("ad0114", "Dr. Ng has shared a visit summary with you. Open the app to view it.",
     "ALLOW", "portal-notice", "push", "en",
     [("Dr. Ng", "PROVIDER")],
     ["general"], "A two-letter provider surname; notification without PHI."),
    ("ad0115", "Hi Tomasz Zieliński, to finish check-in we scanned your driver's license D4471-2290-5518. If that's not yours, please call the front desk.",
     "REWRITE", "other", "sms", "en",
     [("Tomasz Zieliński", "NAME"), ("D4471-2290-5518", "LICENSE")],
     ["general", "identifier"], "The license number and name are not needed for the purpose; REWRITE rather than BLOCK (decision 14)."),
    ("ad0116", "Nice to meet you, Mr. Kealoha! I'm Tui, your aide from Island Home Care. I'll come Tuesdays and Fridays at 9 to help with your wound dressing changes.",
     "REWRITE", "other", "sms", "en",
     [("Kealoha", "NAME"), ("Tui", "PROVIDER"), ("Island Home Care", "SPECIALTY"), ("wound dressing", "PROCEDURE")],
     ["home-health"], "Visit schedule survives; the name, the home-health agency and the care task go; the aide is workforce (decision 1)."),
    ("ad0117", "Hello, this is Rahel from Dr. Tesfaye's office returning your call. Please call us back at (206) 555-0159. Thank you.",
     "ALLOW", "other", "voice", "en",
     [("Rahel", "PROVIDER"), ("Dr. Tesfaye", "PROVIDER"), ("(206) 555-0159", "PHONE")],
     ["primary-care", "practice-contact"], "Only the staff caller, the doctor and the practice phone (Ethiopian names)."),
    ("ad0118", "Chúc Mừng Năm Mới! Happy Lunar New Year from all of us at Golden Lotus Family Health. We close at noon on Tuesday and reopen Wednesday at 8.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Vietnamese greeting words that look like names; holiday hours for everyone."),
    ("ad0119", "Hi Dr. Zhang, a reminder of your annual physical with Dr. Ortiz on 4/9 at 7:30 AM. As a fellow clinician you can skip the intake forms if nothing has changed.",
     "REWRITE", "reminder", "sms", "en",
     [("Zhang", "NAME"), ("Dr. Ortiz", "PROVIDER"), ("4/9", "DATE")],
     ["primary-care"], "The recipient is a patient who is also a doctor: NAME without the title (decision 5); Dr. Ortiz is the treating provider."),
    ("ad0120", "Thank you for visiting Kalani Family Clinic today! How did we do? Reply 1 (poor) to 5 (excellent).",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "A Hawaiian name in the practice name (decision 2); a survey with no recipient detail."),
)

probe_lib.run(M, "ad", "probe28.jsonl")
