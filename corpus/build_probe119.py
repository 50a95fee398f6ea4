#!/usr/bin/env python3
"""Build corpus/probe119.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe119.py [OUT] [-v]   (default: probe119.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run
and no other corpus's messages were read).
This round is CHIROPRACTIC, ACUPUNCTURE, MASSAGE AND INTEGRATIVE MEDICINE: what chiropractors,
acupuncturists, massage therapists, naturopaths, functional-medicine clinics and
integrative-oncology programs send — adjustment and treatment-package reminders, intake forms,
supplement and herb orders, lab-panel results (food sensitivity, hormones, vitamin D, CRP),
cupping and dry-needling aftercare, herbal-formula dosing, membership billing and collections,
workshops and promos — mixed with neutral messages and look-alikes ("adjust your calendar",
"pressure points of negotiation", "a needle in a haystack", "Wellness Wednesday", the "Vitamin
Sea" beach trip, a massage therapist named Sage Kneader, sage in the herb garden, Meridian
Street, "decompress", a tribute band called Spinal Tapas). About 17% Spanish; 4 disguised
messages (spaced letters, zero-width characters, a Cyrillic look-alike, leet).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Chiropractic, acupuncture/TCM, massage-therapy and naturopathic practice names are
     specialty-revealing (SPECIALTY), like physical-therapy names; so are the role words
     chiropractor/acupuncturist/massage therapist/nutritionist and the credentials DC, L.Ac.,
     LMT and ND, labelled as a SPECIALTY span after the PROVIDER span (like DDS, DPT).
  2. "Integrative", "holistic", "functional medicine", "wellness" and "bienestar" practice names
     are generic (not labelled), like "... Primary Care"; an integrative-oncology or cancer
     program name is SPECIALTY (oncology).
  3. A treatment booked for or given to the recipient (adjustment, acupuncture, cupping, dry
     needling, therapeutic/oncology massage, spinal decompression, cranio-sacral work, IV
     nutrient therapy) is PROCEDURE; "session", "treatment", "visit", "package" are generic.
     A named IV vitamin product (Myers' Cocktail, high-dose IV vitamin C) is MEDICATION.
  4. Named supplements and herbal formulas ordered or recommended for the recipient are
     MEDICATION (as README's `calcium supplements`); "your supplement order" with no product
     named is generic like "prescription"; products in promos sent to everyone are unlabelled.
  5. Aftercare: instructions addressed to the recipient that are specific to their treatment
     (what cupping marks mean, where the needles went, herb doses, supplement changes) are
     BLOCK (treatment instructions); a generic tip (drink water, stretch) after a named
     treatment is REWRITE (the treatment word goes, the tip survives); the same tips with no
     treatment named, or in a blog/newsletter for everyone, are ALLOW.
  6. Broadcasts and promos sent to every patient are ALLOW with no span for the services they
     advertise (README's broadcast rule), but a specialty-revealing practice NAME in one is still
     labelled SPECIALTY and makes it REWRITE (the lock-screen preview tells whoever holds the
     phone that the recipient is that practice's patient).
  7. A practitioner the appointment is with, named without a title (the massage therapist Sage
     Kneader, "Jordan", "Grace"), is PROVIDER, like a staff member named as sender.
  8. Workshops: confirming the recipient's seat at a general-topic class (gut health, stress) is
     ALLOW; a class named after a condition (fibromyalgia) reveals it: CONDITION, REWRITE. Guest
     speakers, chefs and bakers named in broadcasts are not patients: unlabelled.
  9. Identifiers: practice membership numbers and billing account numbers are ACCOUNT; supplement
     shop order numbers and prior-authorization numbers are OTHER_ID; the last four digits of a
     payment card and a gift-card number are not patient identifiers (unlabelled).
 10. Lab panels: the panel/test is PROCEDURE and each finding a RESULT; in a food-sensitivity
     report the whole finding phrase ("high reactivity to ... ") is one RESULT span. "Vitamin D"
     as a level or panel is PROCEDURE, as a supplement with a dose MEDICATION.
 11. Service tags: the README has none for chiropractic, acupuncture or massage, so they use
     `physical-therapy` (musculoskeletal rehabilitation); naturopathic and functional medicine
     use `primary-care`; herbs and supplements `pharmacy`; lab panels `lab`; integrative
     oncology `oncology`; practice-wide notices `general`.
 12. An insurance authorization that names the diagnosis the visits are for is REWRITE (the
     diagnosis is a visit label; "your visits were approved through 9/30" survives).

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers;
the one SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (dr0001-dr0012): reminders and confirmations
add(
    ("dr0001", "Reminder: your appointment with Dr. Hollis is tomorrow at 8:15 AM at Cedar Grove Wellness. Reply C to confirm or R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Hollis", "PROVIDER")],
     ["primary-care"], "Provider and time only; a 'Wellness' practice name is generic (decision 2)."),
    ("dr0002", "Summit Spine & Chiropractic: Hi Derek, you're scheduled for an adjustment with Dr. Paulsen on Mon 3/9 at 5:40pm. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Summit Spine & Chiropractic", "SPECIALTY"), ("Derek", "NAME"), ("adjustment", "PROCEDURE"), ("Dr. Paulsen", "PROVIDER"), ("3/9", "DATE")],
     ["physical-therapy"], "Chiropractic practice name (decision 1), the treatment (decision 3) and the patient's name go; provider, date and time survive."),
    ("dr0003", "Cedar Grove Wellness: Your 60-min session with Sage Kneader is confirmed for Thu 4/16 at 2:00 PM. Please arrive 10 min early. Need to change it? (541) 555-0142",
     "ALLOW", "confirmation", "sms", "en",
     [("Sage Kneader", "PROVIDER"), ("4/16", "DATE"), ("(541) 555-0142", "PHONE")],
     ["physical-therapy", "practice-contact"], "Look-alike: Sage Kneader is the practitioner (decision 7: PROVIDER), not a patient or an herb; '60-min session' names no treatment; generic practice name and its own phone."),
    ("dr0004", "Reminder from Jade Mountain Acupuncture: you have an appointment with Mei Lin Zhou, L.Ac. on Friday, Oct 3 at 11:30am. Please wear loose clothing and eat a light meal beforehand.",
     "REWRITE", "reminder", "sms", "en",
     [("Jade Mountain Acupuncture", "SPECIALTY"), ("Mei Lin Zhou", "PROVIDER"), ("L.Ac.", "SPECIALTY"), ("Oct 3", "DATE")],
     ["physical-therapy"], "Acupuncture practice name and the L.Ac. credential reveal the service (decision 1); the logistics (loose clothing, light meal) survive the rewrite."),
    ("dr0005", "Hola Marisol, le recordamos su cita de ajuste quiropráctico con el Dr. Fuentes el jueves 14 de mayo a las 6:10 p. m. en Quiropráctica Los Pinos. Responda SÍ para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Marisol", "NAME"), ("ajuste quiropráctico", "PROCEDURE"), ("Dr. Fuentes", "PROVIDER"), ("14 de mayo", "DATE"), ("Quiropráctica Los Pinos", "SPECIALTY")],
     ["physical-therapy"], "Name, treatment and chiropractic practice name go (decisions 1, 3); provider, date and time stay."),
    ("dr0006", "{{practice_name}}: Reminder, your appointment is {{appt_date}} at {{appt_time}}. Cancellations within 24 hrs are charged the full session fee. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template"], "Template whose placeholders carry no patient data; the cancellation policy is not clinical."),
    ("dr0007", "Hi, this is Tasha at Northside Massage Therapy. Your therapeutic massage w/ Jordan is moved to 1:30 tmrw bc of a scheduling mix-up. Sorry!! Text back if that doesnt work",
     "REWRITE", "reminder", "sms", "en",
     [("Tasha", "PROVIDER"), ("Northside Massage Therapy", "SPECIALTY"), ("therapeutic massage", "PROCEDURE"), ("Jordan", "PROVIDER")],
     ["physical-therapy", "shorthand", "typo"], "Staff sender and therapist are PROVIDER (decision 7); the massage-therapy practice name and the treatment go (decisions 1, 3)."),
    ("dr0008", "Dr. Amara Osei, ND will see you Tuesday 6/23 at 9am for your 90-minute new patient visit. Please complete the intake forms at https://portal.riverleafhealth.example/forms before you come.",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Amara Osei", "PROVIDER"), ("ND", "SPECIALTY"), ("6/23", "DATE"), ("https://portal.riverleafhealth.example/forms", "URL")],
     ["primary-care", "practice-contact"], "Judgement (decision 1): the ND credential names naturopathic care, a SPECIALTY span like DDS; the practice's own forms link stays."),
    ("dr0009", "Hello, this is Lotus Point Acupuncture calling to remind you of your appointment tomorrow, Wednesday, at four fifteen. If you need to reschedule, please call us at five four one, five five five, zero one six three. Thank you!",
     "REWRITE", "reminder", "voice", "en",
     [("Lotus Point Acupuncture", "SPECIALTY"), ("five four one, five five five, zero one six three", "PHONE")],
     ["physical-therapy", "practice-contact"], "Voice is treated like SMS (overheard); the acupuncture practice name goes (decision 1), the spoken practice number stays."),
    ("dr0010", "Daylight saving time ends Sunday! Don't forget to adjust your calendar and clocks - your appointment times with us stay the same. See you soon!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'adjust' is about clocks, not a chiropractic adjustment."),
    ("dr0011", "Thank you for booking with Bluestem Functional Medicine. Your initial consultation with Dr. Priya Raman is confirmed for Monday, January 12 at 10:00 AM. Our office is at 2200 Larkspur Ave, Suite 310, Boulder, CO 80304; free parking is behind the building. Please bring a photo ID, your insurance card if you have one, and a list of everything you currently take, including vitamins. If you need to cancel, please give us 48 hours' notice so we can offer the time to someone on our waitlist. Questions? Call 303-555-0187 or write to frontdesk@bluestemfm.example.",
     "ALLOW", "confirmation", "email", "en",
     [("Dr. Priya Raman", "PROVIDER"), ("January 12", "DATE"), ("2200 Larkspur Ave, Suite 310, Boulder, CO 80304", "ADDRESS"), ("303-555-0187", "PHONE"), ("frontdesk@bluestemfm.example", "EMAIL")],
     ["primary-care", "practice-contact"], "Functional-medicine name is generic (decision 2); the address, phone and e-mail are the practice's own; 'everything you currently take' names nothing."),
    ("dr0012", "Centro Integral Armonía: Le recordamos su cita el martes 3 de marzo a las 10:00 a. m. con la Dra. Beltrán. Si no puede asistir, llame al (915) 555-0129. ¡Gracias!",
     "ALLOW", "reminder", "sms", "es",
     [("3 de marzo", "DATE"), ("Dra. Beltrán", "PROVIDER"), ("(915) 555-0129", "PHONE")],
     ["primary-care", "practice-contact"], "'Centro Integral' is a generic practice name (decision 2); date, provider and the practice's phone are allowed."),
)

# ---------------------------------------------------------------- batch 2 (dr0013-dr0024): packages, memberships, billing
add(
    ("dr0013", "You have 2 visits left in your 10-visit package. Book your next one at book.cedargrovewellness.example or reply BOOK and we'll text you some times.",
     "ALLOW", "reminder", "sms", "en",
     [("book.cedargrovewellness.example", "URL")],
     ["physical-therapy", "practice-contact"], "A visit count in a package names no treatment (decision 3); the practice's own booking link."),
    ("dr0014", "Hi Ben! Just a heads up: you've used 8 of 12 dry needling sessions in your package at Ironwood Sports Chiropractic. Want to lock in a renewal at the same rate? Reply YES.",
     "REWRITE", "marketing", "sms", "en",
     [("Ben", "NAME"), ("dry needling", "PROCEDURE"), ("Ironwood Sports Chiropractic", "SPECIALTY")],
     ["physical-therapy"], "Renewal offer tied to the recipient's own treatment: name, treatment and chiropractic name go (decisions 1, 3); the offer survives."),
    ("dr0015", "Your monthly membership payment of $79.00 was processed on the card ending 4417. Thank you for being a member! Manage billing in the app under Account > Billing.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Last four digits of a card are not a patient identifier (decision 9); the membership is unnamed."),
    ("dr0016", "Statement from Willow Creek Chiropractic: balance of $145.00 on account #CH-220981 for services on 2/11. Pay at willowcreekchiro.example/pay or call 208-555-0114.",
     "REWRITE", "billing", "sms", "en",
     [("Willow Creek Chiropractic", "SPECIALTY"), ("CH-220981", "ACCOUNT"), ("2/11", "DATE"), ("willowcreekchiro.example/pay", "URL"), ("208-555-0114", "PHONE")],
     ["physical-therapy", "practice-contact"], "The chiropractic name (decision 1) and the account number are not needed for a balance notice; the practice's link and phone stay. The practice's URL spells 'chiro' but is its own contact detail."),
    ("dr0017", "Estimado paciente: su membresía mensual del Club de Bienestar se renovará el 1 de abril por $65. Si desea cancelarla, responda BAJA o llame al 555-0133.",
     "ALLOW", "billing", "sms", "es",
     [("1 de abril", "DATE"), ("555-0133", "PHONE")],
     ["general", "practice-contact"], "Membership renewal of a generic 'bienestar' club (decision 2); a renewal date and the practice's number."),
    ("dr0018", "Good news, Mrs. Albright - Cascade Health Plan approved 12 chiropractic visits for lumbar strain through 9/30. Auth # PA-7781204. Your member ID on file is CHP448120937.",
     "REWRITE", "other", "sms", "en",
     [("Albright", "NAME"), ("chiropractic", "SPECIALTY"), ("lumbar strain", "CONDITION"), ("9/30", "DATE"), ("PA-7781204", "OTHER_ID"), ("CHP448120937", "HEALTH_PLAN_ID")],
     ["physical-therapy", "identifier"], "Decision 12: the diagnosis labels the authorized visits and can go with the name, service, auth number (decision 9: OTHER_ID) and member ID; 'your visits were approved through 9/30' survives."),
    ("dr0019", "Wellness Wednesday! This week's free community class is 'Pressure Points of Negotiation' with local business coach Renee Duval, 6pm in the community room. Light snacks provided - bring a friend.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alikes: 'Wellness Wednesday' and 'pressure points' are about a business talk; the guest speaker is not a patient (decision 8)."),
    ("dr0020", "Your order #SH-40917 from Rootwell Apothecary has shipped! Items: Ashwagandha KSM-66 (60 caps) x1, Magnesium Glycinate 120mg x2. Track it anytime in your account.",
     "REWRITE", "pickup", "sms", "en",
     [("SH-40917", "OTHER_ID"), ("Ashwagandha KSM-66", "MEDICATION"), ("Magnesium Glycinate 120mg", "MEDICATION")],
     ["pharmacy", "identifier"], "Named supplements in a shipping notice are MEDICATION (decision 4), like a drug in a pickup notice; the order number is OTHER_ID (decision 9); 'your order has shipped' survives."),
    ("dr0021", "Good news - your supplement order has shipped and should arrive in 3-5 business days. Questions? Just reply to this text.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "'Supplement order' with no product named is generic like 'prescription' (decision 4)."),
    ("dr0022", "Heads up: we couldn't process your $120 Acupuncture Monthly Membership payment. Please update your card at the front desk or call 503-555-0158 before 5/5 to keep your member rate.",
     "REWRITE", "billing", "sms", "en",
     [("Acupuncture", "PROCEDURE"), ("503-555-0158", "PHONE"), ("5/5", "DATE")],
     ["physical-therapy", "practice-contact"], "The membership is named after the recipient's treatment (decision 3); the payment request survives without it."),
    ("dr0023", "Dear Mr. Whitfield,\n\nOur records show an unpaid balance of $612.40 on your account (Acct 00317726) for dates of service 08/02 through 09/14, including four IV nutrient therapy sessions that your plan does not cover. We sent statements in October and November and have not received payment or heard from you.\n\nTo avoid referral to an outside collection agency, please pay in full or set up a payment plan by December 20. You can pay online at tidewaterintegrative.example/billpay or call our billing office at 757-555-0196, Monday to Friday, 8:30-4:30.\n\nIf you believe this balance is wrong, please call us - we are happy to review it with you.\n\nSincerely,\nKaren Loft\nPatient Accounts, Tidewater Integrative Medicine",
     "REWRITE", "billing", "email", "en",
     [("Whitfield", "NAME"), ("00317726", "ACCOUNT"), ("08/02", "DATE"), ("09/14", "DATE"), ("IV nutrient therapy", "PROCEDURE"), ("December 20", "DATE"), ("tidewaterintegrative.example/billpay", "URL"), ("757-555-0196", "PHONE"), ("Karen Loft", "PROVIDER")],
     ["primary-care", "practice-contact"], "Collections letter: name, account number and the service (decision 3) go; the balance, deadline and the practice's contacts survive. Integrative name is generic (decision 2); the staff signer is PROVIDER."),
    ("dr0024", "¡Regálate bienestar! Este mes la membresía anual tiene 15% de descuento: incluye 12 sesiones y acceso a nuestros talleres de los miércoles. Pregunta en recepción.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast"], "Promo sent to everyone; no treatment, no recipient."),
)

# ---------------------------------------------------------------- batch 3 (dr0025-dr0036): intake forms, new patients, findings
add(
    ("dr0025", "Welcome to Blue Heron Acupuncture! Please fill out your health history before Thursday: https://forms.blueheronacu.example/intake?pid=882014&t=Zq81Kd",
     "REWRITE", "other", "sms", "en",
     [("Blue Heron Acupuncture", "SPECIALTY"), ("https://forms.blueheronacu.example/intake?pid=882014&t=Zq81Kd", "URL")],
     ["physical-therapy"], "Acupuncture name (decision 1) and a patient-specific link (pid=, t=) go; the request to fill out the form survives."),
    ("dr0026", "New patient paperwork is ready! Complete it online before your first visit so we can spend more time with you: https://riverleafhealth.example/newpatient - takes about 15 minutes.",
     "ALLOW", "other", "sms", "en",
     [("https://riverleafhealth.example/newpatient", "URL")],
     ["primary-care", "practice-contact"], "Generic intake request with the practice's own link (no patient token)."),
    ("dr0027", "Hi Paula, before your consult on 7/8 please finish the Migraine & Headache questionnaire and the MSQ symptom survey in your portal. Dr. Lindqvist wants to review both ahead of time.",
     "REWRITE", "other", "sms", "en",
     [("Paula", "NAME"), ("7/8", "DATE"), ("Migraine", "CONDITION"), ("Headache", "CONDITION"), ("MSQ symptom survey", "PROCEDURE"), ("Dr. Lindqvist", "PROVIDER")],
     ["primary-care"], "A condition-named intake questionnaire reveals the complaint (conditions as a label); a named questionnaire is PROCEDURE like 'depression screening'; 'please finish your forms in the portal' survives."),
    ("dr0028", "Bienvenida a Raíces Medicina Natural. Antes de su primera consulta, llene el formulario de salud aquí: https://raicesnatural.example/f/ingreso?id=PX-55093. Traiga sus suplementos en sus frascos originales.",
     "REWRITE", "other", "sms", "es",
     [("Raíces Medicina Natural", "SPECIALTY"), ("https://raicesnatural.example/f/ingreso?id=PX-55093", "URL")],
     ["primary-care"], "Naturopathic practice name (decision 1) and a link with a patient id go; 'bring your supplements' names none (decision 4)."),
    ("dr0029", "Hi Gordon, I pulled up your intake and I think the birthdate got entered wrong. We have Gordon Pryce, DOB 04/19/1961, address 88 Alder Ct, Eugene OR 97401. Can you confirm so we can bill Regence? -Mallory, front desk",
     "BLOCK", "other", "sms", "en",
     [("Gordon", "NAME"), ("Gordon Pryce", "NAME"), ("04/19/1961", "DATE"), ("88 Alder Ct, Eugene OR 97401", "ADDRESS"), ("Mallory", "PROVIDER")],
     ["primary-care", "dob", "identifier"], "Full date of birth with the patient's name (and home address) must never travel by text; the staff sender is PROVIDER."),
    ("dr0030", "Finding parking downtown is like finding a needle in a haystack this week (street fair on Main). Give yourself an extra 10 minutes or use the garage on 5th - we validate!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'needle' is an idiom, nothing about dry needling or acupuncture."),
    ("dr0031", "Thanks for completing your intake, Rachel. Dr. Okafor reviewed it: chief complaint low back pain x3 months, worse with sitting; prior MRI (2023) showed an L4-L5 disc bulge. We'll start with an exam and gentle adjustments on 2/3.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Rachel", "NAME"), ("Dr. Okafor", "PROVIDER"), ("low back pain", "CONDITION"), ("MRI", "PROCEDURE"), ("L4-L5 disc bulge", "RESULT"), ("adjustments", "PROCEDURE"), ("2/3", "DATE")],
     ["physical-therapy", "imaging", "contrast"], "Inside the secure portal, complaint, findings and plan may stay (README channel rule); compare dr0032 by SMS."),
    ("dr0032", "Rachel, Dr. Okafor reviewed ur intake - prior MRI showed L4-L5 disc bulge so we'll start gentle adjustments 2/3. See u then!",
     "BLOCK", "care-instructions", "sms", "en",
     [("Rachel", "NAME"), ("Dr. Okafor", "PROVIDER"), ("MRI", "PROCEDURE"), ("L4-L5 disc bulge", "RESULT"), ("adjustments", "PROCEDURE"), ("2/3", "DATE")],
     ["physical-therapy", "imaging", "contrast", "shorthand"], "A finding (disc bulge on MRI) is the message; by SMS it cannot be made safe. Compare dr0031, the same content in the portal (ALLOW)."),
    ("dr0033", "Use code 448120 to sign in to the Wellspring app. It expires in 5 minutes. Didn't request it? Ignore this message.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time login code is not an identifier of the patient."),
    ("dr0034", "Hi Mrs. Tran, Ava's next adjustment for her colic/torticollis is Sat 5/2 at 9:00 with Dr. Bell. Please bring her favorite blanket!",
     "BLOCK", "reminder", "sms", "en",
     [("Tran", "NAME"), ("Ava", "NAME"), ("adjustment", "PROCEDURE"), ("colic", "CONDITION"), ("torticollis", "CONDITION"), ("5/2", "DATE"), ("Dr. Bell", "PROVIDER")],
     ["pediatrics", "physical-therapy", "minor", "third-party"], "A dependent's conditions sent to the guardian are a third party's health (README: BLOCK)."),
    ("dr0035", "Little Sprouts Family Chiropractic: Reminder that Mateo has an appointment Tuesday at 3:45. The parking lot entrance is on Birch St.",
     "REWRITE", "reminder", "sms", "en",
     [("Little Sprouts Family Chiropractic", "SPECIALTY"), ("Mateo", "NAME")],
     ["pediatrics", "physical-therapy", "minor"], "A dependent's logistics with a name and a specialty name: REWRITE like the patient's own (README); the practice's street is not labelled (no address, practice location)."),
    ("dr0036", "Sr. Ramiro Castañeda Ruiz, fecha de nacimiento 22/08/1954: su expediente de acupuntura está listo. Pase a recogerlo con una identificación oficial.",
     "BLOCK", "other", "sms", "es",
     [("Ramiro Castañeda Ruiz", "NAME"), ("22/08/1954", "DATE"), ("acupuntura", "PROCEDURE")],
     ["physical-therapy", "dob"], "Full date of birth with the name is BLOCK (README verdict conventions), whatever else the message says."),
)

# ---------------------------------------------------------------- batch 4 (dr0037-dr0048): lab panels — vitamin D, food sensitivity, hormones
add(
    ("dr0037", "Hi! New lab results were posted to your Bluestem portal. Log in to review them, and we'll go over everything at your follow-up. Questions: 720-555-0171.",
     "ALLOW", "portal-notice", "sms", "en",
     [("720-555-0171", "PHONE")],
     ["lab", "practice-contact"], "Results-ready notice with no test named; generic practice name (decision 2)."),
    ("dr0038", "Your DUTCH Complete hormone test results are in! Schedule a 30-min results review with Dr. Sato at drsato-wellness.example/book.",
     "REWRITE", "portal-notice", "sms", "en",
     [("DUTCH Complete hormone test", "PROCEDURE"), ("Dr. Sato", "PROVIDER"), ("drsato-wellness.example/book", "URL")],
     ["lab", "practice-contact"], "Naming the test reveals what was tested (decision 10); 'your results are in, book a review' survives."),
    ("dr0039", "Hi Jen, your vitamin D came back at 18 ng/mL (low). Dr. Morales recommends D3 5,000 IU daily with food and a recheck in 12 weeks.",
     "BLOCK", "result", "sms", "en",
     [("Jen", "NAME"), ("vitamin D", "PROCEDURE"), ("18 ng/mL", "RESULT"), ("low", "RESULT"), ("Dr. Morales", "PROVIDER"), ("D3 5,000 IU", "MEDICATION")],
     ["lab", "pharmacy"], "A value, its flag and a dosing instruction are the message. Decision 10: vitamin D as a level is PROCEDURE, the D3 dose MEDICATION."),
    ("dr0040", "Hi Orla,\n\nYour IgG food sensitivity panel (96 foods) is back. You showed high reactivity to cow's milk casein, egg white and gluten/gliadin, and moderate reactivity to almonds and baker's yeast. This doesn't mean a true allergy, but it fits the bloating and fatigue you described.\n\nDr. Petrakis suggests a 6-week elimination of the high-reactive foods, then reintroducing one every 4 days and noting symptoms in the food diary we gave you. She'd also like you to start L-glutamine powder 5 g twice daily.\n\nThe full report is in your portal. Let us know if you'd like to book a session with our nutritionist, Camille. If any of this is confusing, reply here or call 503-555-0177 and ask for Dana on our care team.\n\nWarmly,\nThe team at Oakhaven Functional Medicine",
     "BLOCK", "result", "email", "en",
     [("Orla", "NAME"), ("IgG food sensitivity panel", "PROCEDURE"), ("high reactivity to cow's milk casein, egg white and gluten/gliadin", "RESULT"), ("moderate reactivity to almonds and baker's yeast", "RESULT"), ("bloating", "CONDITION"), ("fatigue", "CONDITION"), ("Dr. Petrakis", "PROVIDER"), ("L-glutamine powder", "MEDICATION"), ("nutritionist", "SPECIALTY"), ("Camille", "PROVIDER"), ("503-555-0177", "PHONE"), ("Dana", "PROVIDER")],
     ["lab", "pharmacy"], "Results, symptoms and a diet and supplement plan by e-mail (treated like SMS). Decision 10: each finding phrase with its foods is one RESULT; 'nutritionist' is a specialty role word (decision 1)."),
    ("dr0041", "Estradiol 28 pg/mL, progesterone 0.4 ng/mL (luteal, L), free T 1.1 pg/mL. Dr. Sato's note: progesterone is low for day 21; we'll discuss bioidentical progesterone cream at your visit 11/18.",
     "ALLOW", "result", "portal", "en",
     [("Estradiol", "PROCEDURE"), ("28 pg/mL", "RESULT"), ("progesterone", "PROCEDURE"), ("0.4 ng/mL", "RESULT"), ("(luteal, [[L]])", "RESULT"), ("free T", "PROCEDURE"), ("1.1 pg/mL", "RESULT"), ("Dr. Sato", "PROVIDER"), ("progesterone", "PROCEDURE", 1), ("low", "RESULT"), ("bioidentical progesterone cream", "MEDICATION"), ("11/18", "DATE")],
     ["lab", "contrast"], "Hormone values in the secure portal are ALLOW (README channel rule); compare dr0042 by e-mail."),
    ("dr0042", "Hi Priyanka - quick note from Dr. Sato: your progesterone was low for day 21 of your cycle, so she'd like to start bioidentical progesterone cream 20 mg nightly on days 14-28. The Rx was sent to Compounding Corner Pharmacy.",
     "BLOCK", "care-instructions", "email", "en",
     [("Priyanka", "NAME"), ("Dr. Sato", "PROVIDER"), ("progesterone", "PROCEDURE"), ("low", "RESULT"), ("bioidentical progesterone cream", "MEDICATION")],
     ["lab", "pharmacy", "contrast"], "A result and a dosing instruction by e-mail (treated like SMS); compare dr0041 in the portal. The pharmacy name is generic."),
    ("dr0043", "Hola, sus resultados de laboratorio ya están disponibles en el portal del paciente. Si tiene alguna pregunta, llámenos al 956-555-0148.",
     "ALLOW", "portal-notice", "sms", "es",
     [("956-555-0148", "PHONE")],
     ["lab", "practice-contact"], "Results-ready notice with no test named; the practice's phone."),
    ("dr0044", "Sra. Ochoa, su vitamina D salió en 14 ng/mL, muy baja. La doctora le recomienda tomar 50,000 UI de vitamina D2 una vez por semana durante 8 semanas. Cualquier duda, llámenos.",
     "BLOCK", "result", "sms", "es",
     [("Ochoa", "NAME"), ("vitamina D", "PROCEDURE"), ("14 ng/mL", "RESULT"), ("muy baja", "RESULT"), ("vitamina D2", "MEDICATION")],
     ["lab", "pharmacy"], "A value and a dosing instruction; decision 10 separates the level (PROCEDURE) from the supplement (MEDICATION)."),
    ("dr0045", "Don Alfredo, ya llegaron los resultados de su panel de tiroides y cortisol. Agende una cita con la Dra. Vega para revisarlos: 915-555-0162.",
     "REWRITE", "portal-notice", "sms", "es",
     [("Alfredo", "NAME"), ("panel de tiroides", "PROCEDURE"), ("cortisol", "PROCEDURE"), ("Dra. Vega", "PROVIDER"), ("915-555-0162", "PHONE")],
     ["lab", "practice-contact"], "Results-ready with the tests named: name and tests go, 'your results are in, book with Dra. Vega' survives."),
    ("dr0046", "Good news, Tom! Your SIBO breath test was negative, so no antibiotics needed. Keep following the low-FODMAP plan for now.",
     "BLOCK", "result", "sms", "en",
     [("Tom", "NAME"), ("SIBO breath test", "PROCEDURE"), ("negative", "RESULT"), ("antibiotics", "MEDICATION"), ("low-FODMAP", "PROCEDURE")],
     ["lab", "negation"], "A negative result is still a result (README); the negated drug class is still labelled; the diet plan is a treatment (decision 3)."),
    ("dr0047", "Team reminder: the 'Vitamin Sea' staff beach trip is Saturday! Carpool leaves the clinic lot at 8. Bring sunscreen, snacks and your best sandcastle skills.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: 'Vitamin Sea' is a beach trip, not a supplement or a level."),
    ("dr0048", "Please call Dr. Greer's office at 406-555-0119 about your recent results. No need to worry - she just wants to go over them with you.",
     "ALLOW", "result", "sms", "en",
     [("Dr. Greer", "PROVIDER"), ("406-555-0119", "PHONE")],
     ["lab", "practice-contact"], "A call-back request with no test or value named."),
)

# ---------------------------------------------------------------- batch 5 (dr0049-dr0060): cupping, needling and massage aftercare, herbs
add(
    ("dr0049", "Thanks for coming in today, Lucas! After your cupping session the circular marks can last 3-10 days - totally normal. Skip hot tubs and intense workouts for 24 hrs and drink lots of water.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Lucas", "NAME"), ("cupping", "PROCEDURE")],
     ["physical-therapy"], "Decision 5: aftercare specific to the recipient's treatment (what the cupping marks mean, what to avoid) is a treatment instruction; without the treatment it makes no sense."),
    ("dr0050", "From our blog: 5 myths about cupping marks (and what they actually mean). Read it at harmonyintegrative.example/blog/cupping-myths",
     "ALLOW", "marketing", "email", "en",
     [("harmonyintegrative.example/blog/cupping-myths", "URL")],
     ["physical-therapy", "broadcast", "practice-contact"], "Decision 5/6: the same topic as a blog post for everyone is a broadcast; the practice's own link."),
    ("dr0051", "Hi Keisha,\nSome soreness or small bruises where Dr. Baptiste placed the needles in your upper traps is expected for 24-48 hours after dry needling. Use heat (not ice) tonight, keep moving gently, and take it easy on overhead lifting until Thursday. If you notice tingling that doesn't go away, call us at 615-555-0137.\n- Ironwood Sports Chiropractic",
     "BLOCK", "care-instructions", "email", "en",
     [("Keisha", "NAME"), ("soreness", "CONDITION"), ("bruises", "CONDITION"), ("Dr. Baptiste", "PROVIDER"), ("dry needling", "PROCEDURE"), ("tingling", "CONDITION"), ("615-555-0137", "PHONE"), ("Ironwood Sports Chiropractic", "SPECIALTY")],
     ["physical-therapy", "practice-contact"], "Treatment-specific aftercare by e-mail (decision 5); expected symptoms are still CONDITION (symptoms are conditions)."),
    ("dr0052", "Thanks for visiting today! Remember to drink plenty of water and go easy on yourself this evening. We'd love your feedback: reply 1-5 to rate your visit.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Decision 5: a generic tip with no treatment named reveals nothing."),
    ("dr0053", "Hola Lupita, después de la terapia de ventosas es normal que queden marcas moradas unos días. No se bañe con agua muy caliente hoy y tome bastante agua. Cualquier cosa nos escribe. Saludos, Ximena - Centro de Acupuntura Xochitl",
     "BLOCK", "care-instructions", "sms", "es",
     [("Lupita", "NAME"), ("terapia de ventosas", "PROCEDURE"), ("marcas moradas", "CONDITION"), ("Ximena", "PROVIDER"), ("Centro de Acupuntura Xochitl", "SPECIALTY")],
     ["physical-therapy"], "Cupping aftercare specific to the treatment (decision 5); the marks are an expected effect, labelled CONDITION like bruises."),
    ("dr0054", "Hope your feeling loose after today's massage with Sage! Drink some extra water and stretch gently tonight.",
     "REWRITE", "care-instructions", "sms", "en",
     [("massage", "PROCEDURE"), ("Sage", "PROVIDER")],
     ["physical-therapy", "typo"], "Decision 5: a generic tip after a named treatment; 'after today's visit with Sage' keeps it. Sage is the therapist (decision 7), not an herb or a patient."),
    ("dr0055", "Your herbal formula (Gui Pi Tang granules) is ready at the front desk. Take 1 scoop (3 g) in warm water twice daily between meals; stop if you get loose stools and call us. - Dr. Wen Zhao, L.Ac.",
     "BLOCK", "pickup", "sms", "en",
     [("Gui Pi Tang granules", "MEDICATION"), ("loose stools", "CONDITION"), ("Dr. Wen Zhao", "PROVIDER"), ("L.Ac.", "SPECIALTY")],
     ["pharmacy", "physical-therapy", "negation"], "A pickup that carries dosing instructions is BLOCK (decision 5); the hypothetical symptom is still labelled."),
    ("dr0056", "Hi Noor, the herbal tincture Dr. Ashby blended for your daughter's eczema is ready for pickup. We're open till 6 today.",
     "BLOCK", "pickup", "sms", "en",
     [("Noor", "NAME"), ("herbal tincture", "MEDICATION"), ("Dr. Ashby", "PROVIDER"), ("eczema", "CONDITION")],
     ["pharmacy", "dermatology", "minor", "third-party"], "A dependent's condition sent to the guardian is a third party's health (README)."),
    ("dr0057", "Post-treatment notes from today: 14 needles placed (LI4, ST36, SP6, Yintang). Tongue pale, pulse thready. Continue Xiao Yao San 6 g BID. Next session in 1 week for stress and insomnia.",
     "ALLOW", "care-instructions", "portal", "en",
     [("pale", "RESULT"), ("thready", "RESULT"), ("Xiao Yao San 6 g", "MEDICATION"), ("stress", "CONDITION"), ("insomnia", "CONDITION")],
     ["physical-therapy", "pharmacy", "shorthand"], "Treatment notes inside the portal are ALLOW (README channel rule); TCM tongue and pulse findings are RESULT; the acupoint codes are left unlabelled (part of the treatment record, not a separate term)."),
    ("dr0058", "Staff holiday party is Friday at 7! Music by Spinal Tapas (yes, the tribute band with the food pun). Spouses welcome - RSVP at the front desk by Wednesday.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Look-alike: a band's name, not a spinal tap."),
    ("dr0059", "Peak Performance Chiro: since your L5 disc herniation flared up last week, Dr. Yoon wants you wearing the lumbar brace until Wednesday's spinal decompression session.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Peak Performance Chiro", "SPECIALTY"), ("L5 disc herniation", "CONDITION"), ("flared up", "RESULT"), ("Dr. Yoon", "PROVIDER"), ("lumbar brace", "PROCEDURE"), ("spinal decompression", "PROCEDURE")],
     ["physical-therapy", "orthopedics"], "A diagnosis, its state and a device instruction are the message; 'flared up' is the state the condition is in (RESULT)."),
    ("dr0060", "Need to decompress? Join our free guided meditation in the park this Sunday at 9am. Bring a mat; all levels welcome. Rain cancels.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'decompress' means relax, not spinal decompression."),
)

# ---------------------------------------------------------------- batch 6 (dr0061-dr0072): integrative oncology
add(
    ("dr0061", "Harborview Integrative Oncology: Your oncology massage with Grace, LMT is Tue 8/19 at 1pm, right after your infusion. Parking validation at check-in.",
     "REWRITE", "reminder", "sms", "en",
     [("Harborview Integrative Oncology", "SPECIALTY"), ("oncology massage", "PROCEDURE"), ("Grace", "PROVIDER"), ("LMT", "SPECIALTY"), ("8/19", "DATE"), ("infusion", "PROCEDURE")],
     ["oncology", "physical-therapy"], "Oncology program name (decision 2), the treatments and the LMT credential (decision 1) go; 'your appointment with Grace is Tue 8/19 at 1pm' survives."),
    ("dr0062", "Hi Meredith, Dr. Castellano reviewed your request. Because you're on paclitaxel, please STOP the turmeric and green tea extract until 2 weeks after your last cycle - they can interfere with chemo. Mistletoe therapy is fine to continue.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Meredith", "NAME"), ("Dr. Castellano", "PROVIDER"), ("paclitaxel", "MEDICATION"), ("turmeric", "MEDICATION"), ("green tea extract", "MEDICATION"), ("chemo", "PROCEDURE"), ("Mistletoe therapy", "PROCEDURE")],
     ["oncology", "pharmacy"], "Drug-supplement interaction advice naming the chemotherapy: a treatment instruction (decisions 4, 5)."),
    ("dr0063", "Join us for Gentle Yoga for Cancer Survivors, Thursdays 5:30-6:30 in the Healing Arts Studio. Free for patients and caregivers; no registration needed.",
     "ALLOW", "marketing", "email", "en", [],
     ["oncology", "broadcast"], "Judgement (decision 6): a class announced to every patient and caregiver says nothing about the recipient; no practice name in it."),
    ("dr0064", "Chair 4 is reserved for your high-dose IV vitamin C on Mon 10/6, 9:00-11:30. Please make sure your G6PD result is on file and eat breakfast first.",
     "REWRITE", "reminder", "sms", "en",
     [("high-dose IV vitamin C", "MEDICATION"), ("10/6", "DATE"), ("G6PD", "PROCEDURE")],
     ["oncology", "pharmacy"], "Decision 3: the named IV product is MEDICATION; the G6PD test has no value here. Without them the chair time and 'eat breakfast first' survive."),
    ("dr0065", "Sra. Domínguez, le confirmamos su sesión de acupuntura para las náuseas de la quimio el viernes 9 de octubre a las 11:00 en el Programa de Oncología Integrativa. Le pedimos llegar 15 minutos antes.",
     "REWRITE", "confirmation", "sms", "es",
     [("Domínguez", "NAME"), ("acupuntura", "PROCEDURE"), ("náuseas", "CONDITION"), ("quimio", "PROCEDURE"), ("9 de octubre", "DATE"), ("Programa de Oncología Integrativa", "SPECIALTY")],
     ["oncology", "physical-therapy"], "The symptom and chemo are the visit's label, not a finding; 'su cita el viernes 9 de octubre a las 11:00' survives."),
    ("dr0066", "Hi Walt, this is Renata from the integrative cancer program. Your wife's neuropathy from chemo is getting worse per her last visit, so we've added a weekly acupuncture slot for her on Thursdays.",
     "BLOCK", "other", "sms", "en",
     [("Walt", "NAME"), ("Renata", "PROVIDER"), ("integrative cancer program", "SPECIALTY"), ("neuropathy", "CONDITION"), ("chemo", "PROCEDURE"), ("getting worse", "RESULT"), ("acupuncture", "PROCEDURE")],
     ["oncology", "third-party"], "A spouse's condition and its course told to the recipient: a third party's health (README)."),
    ("dr0067", "Our garden volunteers harvested 40 lbs of herbs and greens this week! Free bundles of basil, sage and mint are in the lobby until they're gone.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: herbs from the garden and 'sage' the plant, no herbal formula and no person."),
    ("dr0068", "Hi, this is Nurse Paloma from the Integrative Cancer Center returning your call. Your CA-125 from Monday went down to 41, which Dr. Ilves is happy with. Call me back at 412-555-0174 if you have questions.",
     "BLOCK", "result", "voice", "en",
     [("Nurse Paloma", "PROVIDER"), ("Integrative Cancer Center", "SPECIALTY"), ("CA-125", "PROCEDURE"), ("41", "RESULT"), ("Dr. Ilves", "PROVIDER"), ("412-555-0174", "PHONE")],
     ["oncology", "lab", "practice-contact"], "A tumor-marker value in a voicemail (voice treated like SMS)."),
    ("dr0069", "Your survivorship care plan from the Integrative Oncology clinic is now available in the portal under Documents.",
     "REWRITE", "portal-notice", "sms", "en",
     [("survivorship care plan", "PROCEDURE"), ("Integrative Oncology", "SPECIALTY")],
     ["oncology"], "A portal notice that names the document and the oncology service; 'a new document is available in the portal' survives."),
    ("dr0070", "New message from your care team. Open the app to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general"], "Notification without PHI."),
    ("dr0071", "Mercado de productores este sábado frente a la clínica: miel, hierbas de olor, pan de masa madre y más. ¡Los esperamos de 9 a 1!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: cooking herbs at a farmers' market, no herbal treatment."),
    ("dr0072", "Dear Mr. Halvorsen,\n\nAs discussed, you will start subcutaneous mistletoe (Iscador Qu) injections next week at 0.01 mg three times a week, increasing gradually per the schedule in your folder. Inject into the abdomen, rotate sites, and expect a red patch up to 5 cm at the site; a fever under 38.5 C can be normal. Please tell Dr. Castellano's team before each cycle of FOLFOX so we can hold doses around infusion days.\n\nOur integrative oncology nurse line is 412-555-0186.\n\nBest regards,\nLiesel Marsh, RN\nWestbrook Cancer Center - Integrative Medicine",
     "BLOCK", "care-instructions", "email", "en",
     [("Halvorsen", "NAME"), ("mistletoe", "MEDICATION"), ("Iscador Qu", "MEDICATION"), ("red patch", "CONDITION"), ("fever", "CONDITION"), ("Dr. Castellano", "PROVIDER"), ("FOLFOX", "MEDICATION"), ("infusion", "PROCEDURE"), ("integrative oncology", "SPECIALTY"), ("412-555-0186", "PHONE"), ("Liesel Marsh, RN", "PROVIDER"), ("Westbrook Cancer Center", "SPECIALTY")],
     ["oncology", "pharmacy", "practice-contact"], "Dosing and injection instructions for an integrative cancer therapy, with the chemotherapy regimen named."),
)

# ---------------------------------------------------------------- batch 7 (dr0073-dr0084): disguises, then Spanish
add(
    ("dr0073", "Hi Carla, ur a c u p u n c t u r e for infertility is moved to Fri 2pm w/ Dr. Lam. Pls confirm",
     "REWRITE", "reminder", "sms", "en",
     [("Carla", "NAME"), ("a c u p u n c t u r e", "PROCEDURE"), ("infertility", "CONDITION"), ("Dr. Lam", "PROVIDER")],
     ["fertility", "physical-therapy", "spaced", "shorthand"], "Spaced letters disguise the treatment; the condition is the visit's label, so 'your appt is moved to Fri 2pm w/ Dr. Lam' survives."),
    ("dr0074", "Reminder: your dry n\u200beedling appt at Ironw\u200bood Sports Chir\u200bopractic is tomorrow at 7:30am. Wear shorts!",
     "REWRITE", "reminder", "sms", "en",
     [("dry n\u200beedling", "PROCEDURE"), ("Ironw\u200bood Sports Chir\u200bopractic", "SPECIALTY")],
     ["physical-therapy"], "Zero-width spaces inside the treatment and the chiropractic name (decisions 1, 3)."),
    ("dr0075", "Your vit\u0430min D level is 11 ng/mL. Start 5000 IU daily and we'll recheck in 3 months. - Dr. Kaur",
     "BLOCK", "result", "sms", "en",
     [("vit\u0430min D", "PROCEDURE"), ("11 ng/mL", "RESULT"), ("Dr. Kaur", "PROVIDER")],
     ["lab"], "A Cyrillic 'a' disguises the test; the value and the dosing instruction are the message."),
    ("dr0076", "H3y Dom, ur ch1ropr4ctic adjustm3nt is confirmed for Sat 10:15. C u then!",
     "REWRITE", "confirmation", "sms", "en",
     [("Dom", "NAME"), ("ch1ropr4ctic adjustm3nt", "PROCEDURE")],
     ["physical-therapy", "leet", "shorthand"], "Leetspeak disguises the treatment; name and treatment go, the time survives."),
    ("dr0077", "Recordatorio: su cita con el Dr. Ibarra es mañana a las 4:30 p. m. Por favor llegue 10 minutos antes. Para cancelar, responda NO.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Ibarra", "PROVIDER")],
     ["primary-care"], "Provider and time only."),
    ("dr0078", "Hola Esteban, tu masaje terapéutico con Sage Kneader quedó para el sábado 21 de junio a las 11 a. m. Si necesitas cambiarlo, escríbenos por WhatsApp al 555-0191.",
     "REWRITE", "confirmation", "sms", "es",
     [("Esteban", "NAME"), ("masaje terapéutico", "PROCEDURE"), ("Sage Kneader", "PROVIDER"), ("21 de junio", "DATE"), ("555-0191", "PHONE")],
     ["physical-therapy", "practice-contact"], "Name and treatment go (decision 3); Sage Kneader is the therapist (decision 7)."),
    ("dr0079", "Sra. Paredes, su hijo Joaquín tuvo mucha tensión en la espalda baja después del partido; hoy le hicimos punción seca y debe ponerse calor 20 minutos en la noche. Saludos, Fisio y Quiro Sur",
     "BLOCK", "care-instructions", "sms", "es",
     [("Paredes", "NAME"), ("Joaquín", "NAME"), ("tensión en la espalda baja", "CONDITION"), ("punción seca", "PROCEDURE"), ("Fisio y Quiro Sur", "SPECIALTY")],
     ["physical-therapy", "pediatrics", "minor", "third-party"], "A son's complaint, treatment and care instruction told to the parent: third party's health (README)."),
    ("dr0080", "Aviso: por el cambio de horario, ajuste su calendario y sus relojes. Las citas de la próxima semana siguen a la misma hora. ¡Gracias por su comprensión!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'ajuste' means adjust the clock, not a chiropractic 'ajuste'."),
    ("dr0081", "Sr. Valdivia, su pedido de suplementos (omega-3 1000 mg y probióticos) ya está listo para recoger en recepción.",
     "REWRITE", "pickup", "sms", "es",
     [("Valdivia", "NAME"), ("omega-3 1000 mg", "MEDICATION"), ("probióticos", "MEDICATION")],
     ["pharmacy"], "Named supplements in a pickup notice (decision 4); 'su pedido está listo' survives."),
    ("dr0082", "Hola Verónica:\nLa Dra. Salcedo revisó su perfil hormonal. Su TSH salió en 6.8 (alta) y la ferritina en 9, por eso le recomienda empezar hierro bisglicinato 25 mg diario y repetir los análisis en 8 semanas.\nSaludos cordiales,\nRecepción - Centro de Medicina Funcional Alba",
     "BLOCK", "result", "email", "es",
     [("Verónica", "NAME"), ("Dra. Salcedo", "PROVIDER"), ("perfil hormonal", "PROCEDURE"), ("TSH", "PROCEDURE"), ("6.8", "RESULT"), ("alta", "RESULT"), ("ferritina", "PROCEDURE"), ("ferritina en [[9]]", "RESULT"), ("hierro bisglicinato 25 mg", "MEDICATION")],
     ["lab", "pharmacy"], "Values and a supplement dose by e-mail; the functional-medicine name is generic (decision 2)."),
    ("dr0083", "Resultados de su panel de vitamina D (25-OH): 42 ng/mL, dentro del rango óptimo. Continúe con 2000 UI diarias. - Dr. Ibarra",
     "ALLOW", "result", "portal", "es",
     [("panel de vitamina D", "PROCEDURE"), ("42 ng/mL", "RESULT"), ("dentro del rango óptimo", "RESULT"), ("Dr. Ibarra", "PROVIDER")],
     ["lab"], "A result and a dose inside the secure portal are ALLOW (README channel rule)."),
    ("dr0084", "Acupuntura Flor de Loto le recuerda su próxima sesión el lunes 2 de febrero a las 5 p. m. Le quedan 3 sesiones de su paquete.",
     "REWRITE", "reminder", "sms", "es",
     [("Acupuntura Flor de Loto", "SPECIALTY"), ("2 de febrero", "DATE")],
     ["physical-therapy"], "The acupuncture practice name reveals the treatment (decision 1); sessions left in a package are not clinical."),
)

# ---------------------------------------------------------------- batch 8 (dr0085-dr0096): promos, workshops, shop, referrals
add(
    ("dr0085", "Summit Spine & Chiropractic will be closed Monday 5/25 for Memorial Day. We reopen Tuesday at 7am - see you then!",
     "REWRITE", "other", "sms", "en",
     [("Summit Spine & Chiropractic", "SPECIALTY"), ("5/25", "DATE")],
     ["physical-therapy", "broadcast"], "Judgement (decision 6): a closure broadcast says nothing about care, but the chiropractic name on the lock screen reveals the recipient's relationship; 'Our office will be closed Monday 5/25' survives."),
    ("dr0086", "Spring special: bring a friend to their first visit and you both get $20 off. Offer ends 4/30. Reply STOP to opt out.",
     "ALLOW", "marketing", "sms", "en",
     [("4/30", "DATE")],
     ["general", "broadcast"], "Referral promo sent to everyone; the offer's end date is not a patient date but is labelled as a calendar date."),
    ("dr0087", "You're registered for 'Gut Health 101' on Sat 3/14, 10am-noon in our education room. Bring a water bottle! Questions: events@harmonyintegrative.example",
     "ALLOW", "confirmation", "email", "en",
     [("3/14", "DATE"), ("events@harmonyintegrative.example", "EMAIL")],
     ["primary-care", "practice-contact"], "Judgement (decision 8): a general-topic class open to the public reveals no condition of the recipient."),
    ("dr0088", "Hi Denise, thanks for signing up for 'Living Well with Fibromyalgia: A Natural Approach' on 4/9 at 6pm. Zoom link: https://zoom.example/j/88120445?pwd=Qm4x",
     "REWRITE", "confirmation", "email", "en",
     [("Denise", "NAME"), ("Fibromyalgia", "CONDITION"), ("4/9", "DATE"), ("https://zoom.example/j/88120445?pwd=Qm4x", "URL")],
     ["primary-care"], "Judgement (decision 8): a class named after a condition implies the registrant has it; the group meeting link is not patient-specific but is labelled as a URL."),
    ("dr0089", "Heads up: the check-in kiosks get a software update tonight. If the screen asks you to re-align it, tap the 4 dots in order. The front desk can always check you in by hand.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 're-align' is a touchscreen calibration, not a spinal alignment."),
    ("dr0090", "This month only: add 15 minutes of hot stone or cupping to any massage for $15. Book online or call 541-555-0142.",
     "ALLOW", "marketing", "sms", "en",
     [("541-555-0142", "PHONE")],
     ["physical-therapy", "broadcast", "practice-contact"], "Decision 6: services advertised to everyone are not the recipient's treatment; no practice name."),
    ("dr0091", "Thanks for your purchase! Gift card GC-3391-7720 ($95, 60-Minute Massage) was emailed to the recipient. Check the balance anytime: reply BAL.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Judgement (decision 9): a gift card bought for someone else is not health information, and its number is not a patient identifier."),
    ("dr0092", "FALL SALE: 20% off all Thorne and Pure Encapsulations products in our online dispensary through 10/31. Use code AUTUMN20 at checkout: shop.rootwellapothecary.example. Not medical advice - talk with your practitioner before starting anything new.",
     "ALLOW", "marketing", "email", "en",
     [("10/31", "DATE"), ("shop.rootwellapothecary.example", "URL")],
     ["pharmacy", "broadcast", "practice-contact"], "Decision 4: supplement brands in a store-wide sale say nothing about the recipient; the promo code is not an identifier."),
    ("dr0093", "Time to reorder? Based on your last purchase, your Berberine 500 mg will run out around 6/12. Reorder in one tap: https://shop.rootwellapothecary.example/reorder?cust=77120",
     "REWRITE", "marketing", "sms", "en",
     [("Berberine 500 mg", "MEDICATION"), ("6/12", "DATE"), ("https://shop.rootwellapothecary.example/reorder?cust=77120", "URL")],
     ["pharmacy"], "The recipient's own supplement (decision 4) and a link with a customer id go; 'time to reorder?' survives."),
    ("dr0094", "Hi Greta! Dr. Nakamura updated your protocol: increase berberine to 500mg 3x/day with meals, stop the NAC, keep the magnesuim at bedtime. Text us if your stomach gets upset.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Greta", "NAME"), ("Dr. Nakamura", "PROVIDER"), ("berberine", "MEDICATION"), ("NAC", "MEDICATION"), ("magnesuim", "MEDICATION")],
     ["pharmacy", "primary-care", "typo"], "Supplement dosing changes are treatment instructions (decisions 4, 5); the misspelt supplement is still MEDICATION."),
    ("dr0095", "Loved your visit? A quick review helps other neighbors find us: review.example.com/harmony - thank you for being part of our community!",
     "ALLOW", "marketing", "sms", "en",
     [("review.example.com/harmony", "URL")],
     ["general", "practice-contact"], "Review request with the practice's own link; nothing about the visit."),
    ("dr0096", "Dr. Patel's office referred you to us for acupuncture for chronic neck pain. Call 503-555-0158 to schedule your first visit - evening slots available.",
     "REWRITE", "other", "sms", "en",
     [("Dr. Patel", "PROVIDER"), ("acupuncture", "PROCEDURE"), ("chronic neck pain", "CONDITION"), ("503-555-0158", "PHONE")],
     ["physical-therapy", "practice-contact"], "Referral: treatment and the condition as its label go; 'you were referred to us, call to schedule' survives."),
)

# ---------------------------------------------------------------- batch 9 (dr0097-dr0108): IV drips, third parties, identifiers, voice
add(
    ("dr0097", "Your Myers' Cocktail IV is booked for Fri 1/9 at 12:30 at Drip & Restore. Since your BP ran low last time (92/58), please drink 16 oz of water and eat a snack beforehand.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Myers' Cocktail IV", "MEDICATION"), ("1/9", "DATE"), ("BP", "PROCEDURE"), ("low", "RESULT"), ("92/58", "RESULT")],
     ["primary-care", "pharmacy"], "A past vital-sign value is a result; once it goes, the prep no longer explains itself. The IV product is MEDICATION (decision 3); the IV-lounge name is generic."),
    ("dr0098", "Happy 93rd birthday, Mr. Abernathy! Everyone at Cedar Grove Wellness is grateful to have cared for you for 20 years. Your next massage with Sage is on us \U0001F382",
     "REWRITE", "marketing", "sms", "en",
     [("93rd", "AGE"), ("Abernathy", "NAME"), ("massage", "PROCEDURE"), ("Sage", "PROVIDER")],
     ["physical-therapy", "age-over-89"], "An age over 89 (the ordinal), the name and the treatment go (decision 3); Sage is the therapist (decision 7)."),
    ("dr0099", "Sourdough workshop with Chef Ari at the Kneader's Bench bakery, Sunday 2pm - staff and families welcome! $10 covers flour and a starter to take home.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: kneading bread, not massage; the chef is not a patient (decision 8)."),
    ("dr0100", "Hi Jorge, just confirming you'll bring Elena to her chiropractic visit Wednesday at 10 - she mentioned her whiplash still keeps her from driving.",
     "BLOCK", "reminder", "sms", "en",
     [("Jorge", "NAME"), ("Elena", "NAME"), ("chiropractic", "SPECIALTY"), ("whiplash", "CONDITION")],
     ["physical-therapy", "third-party"], "Another person's injury and its effect told to the driver: a third party's health (README)."),
    ("dr0101", "Kevin, your hs-CRP is 4.2 mg/L (H) and homocysteine 14 - both elevated. Dr. Ruiz will go over an anti-inflammatory plan with you Tuesday.",
     "BLOCK", "result", "sms", "en",
     [("Kevin", "NAME"), ("hs-CRP", "PROCEDURE"), ("4.2 mg/L", "RESULT"), ("4.2 mg/L ([[H]])", "RESULT"), ("homocysteine", "PROCEDURE"), ("homocysteine [[14]]", "RESULT"), ("elevated", "RESULT"), ("Dr. Ruiz", "PROVIDER")],
     ["lab", "shorthand"], "Values with a flag are the message."),
    ("dr0102", "Hi, this is Jasmine calling from Riverleaf Health to confirm your appointment with Doctor Osei on Thursday, June twenty-fifth, at nine A M. Press 1 to confirm, or press 2 to speak with our staff.",
     "ALLOW", "confirmation", "voice", "en",
     [("Jasmine", "PROVIDER"), ("Doctor Osei", "PROVIDER"), ("June twenty-fifth", "DATE")],
     ["primary-care"], "Voice confirmation with staff, provider, date and time only; without the ND credential nothing reveals naturopathy (contrast with dr0008)."),
    ("dr0103", "Hi Rosalind, this is Bea (your LMT). Before Saturday, can you text me whether your doctor cleared the blood clot / DVT in your leg? I can't do deep tissue work on your legs until then.",
     "BLOCK", "other", "sms", "en",
     [("Rosalind", "NAME"), ("Bea", "PROVIDER"), ("LMT", "SPECIALTY"), ("blood clot", "CONDITION"), ("DVT", "CONDITION"), ("deep tissue", "PROCEDURE")],
     ["physical-therapy", "cardiology"], "The recipient's diagnosis is the subject of the message; removing it leaves no question to ask."),
    ("dr0104", "Reminder: our parking lot on Meridian Street is being repaved Thursday. Please use street parking or the church lot across the road.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'Meridian' is a street, not an acupuncture meridian; no street number, the practice's location."),
    ("dr0105", "Hi, front desk at Lakeshore Wellness here - a silver Subaru, plate 7XKM218, is parked in the loading zone. If it's yours, could you move it? The delivery truck is waiting. Thanks!",
     "REWRITE", "other", "sms", "en",
     [("7XKM218", "VEHICLE_ID")],
     ["general"], "A plate is a vehicle identifier and not needed; 'a silver Subaru is parked in the loading zone' survives."),
    ("dr0106", "Dear Mrs. Keller,\n\nBefore your next visit on 3/3, we need you to sign a Medicare Advance Beneficiary Notice (ABN). Medicare covers chiropractic manipulation only in certain situations, and when we expect that a service may not be covered, we must tell you in writing and give you the estimated cost ($48 per visit) so you can decide whether to continue.\n\nYou can sign the form at the front desk or in the patient portal. Questions? Call our billing desk at 208-555-0114.\n\nThank you,\nWillow Creek Chiropractic",
     "REWRITE", "billing", "email", "en",
     [("Keller", "NAME"), ("3/3", "DATE"), ("chiropractic manipulation", "PROCEDURE"), ("208-555-0114", "PHONE"), ("Willow Creek Chiropractic", "SPECIALTY")],
     ["physical-therapy", "practice-contact"], "Judgement: the ABN request states a coverage rule, not a finding about her; name, treatment and practice name go and 'please sign a Medicare form before 3/3' survives."),
    ("dr0107", "Guest Wi-Fi: network HarmonyGuest, password QiFlow2026. Need help connecting? Ask at the front desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a password that spells 'Qi' and a number is not an identifier or a treatment."),
    ("dr0108", "Dr. Okafor's note on your cervical x-rays (2/12): mild loss of lordosis and early C5-C6 degenerative changes. Plan: adjustments 2x/week for 4 weeks, then re-exam.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Okafor", "PROVIDER"), ("cervical x-rays", "PROCEDURE"), ("2/12", "DATE"), ("mild loss of lordosis", "RESULT"), ("early C5-C6 degenerative changes", "RESULT"), ("adjustments", "PROCEDURE")],
     ["physical-therapy", "imaging", "contrast"], "Findings and plan inside the secure portal are ALLOW; compare dr0109 by SMS."),
)

# ---------------------------------------------------------------- batch 10 (dr0109-dr0120): findings, newsletter, identifiers, links
add(
    ("dr0109", "ur x-rays look good overall, just some mild scoliosis we can work on w/ adjustments. see u thurs! -Dr. J",
     "BLOCK", "result", "sms", "en",
     [("x-rays", "PROCEDURE"), ("look good overall", "RESULT"), ("scoliosis", "CONDITION"), ("adjustments", "PROCEDURE"), ("Dr. J", "PROVIDER")],
     ["physical-therapy", "imaging", "contrast", "shorthand"], "An imaging finding by SMS, however casual; compare dr0108 in the portal."),
    ("dr0110", "Billing update: we've adjusted your statement to reflect the $40 courtesy discount. New balance: $0.00. No action needed - thank you!",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: an adjusted statement, not an adjustment."),
    ("dr0111", "We missed you today for your 3:00 cranio-sacral session. A $50 late-cancel fee applies per our policy. Call 541-555-0142 to rebook.",
     "REWRITE", "other", "sms", "en",
     [("cranio-sacral", "PROCEDURE"), ("541-555-0142", "PHONE")],
     ["physical-therapy", "practice-contact"], "No-show notice: the named treatment goes (decision 3); fee and call-back survive."),
    ("dr0112", "A 4:30 opening just came up with Dr. Hollis this afternoon. First to reply YES gets it!",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Hollis", "PROVIDER")],
     ["general"], "Waitlist offer with provider and time only."),
    ("dr0113", "Harmony Integrative Health - November News\n\nWellness Wednesday is back! Every Wednesday in November, drop in between 4 and 6 pm for free chair stretches, herbal tea tastings and a short talk from one of our practitioners. This month's topics: sleep hygiene (11/5), eating for the holidays (11/12), winter movement (11/19) and mindful gratitude (11/26).\n\nHoliday hours: we close at 2 pm on Wednesday 11/26 and are closed Thursday and Friday for Thanksgiving.\n\nNew on staff: please welcome Theo Marsh to our front-desk team. Theo grew up two blocks from the clinic and already knows half of you by name.\n\nClass spotlight: the Saturday tai chi group (beginners welcome) moves to the big studio at 9 am starting 11/8. Bring water and comfortable shoes. Parking tip: the lot fills up by 8:50, so try the garage on 3rd Street.\n\nQuestions? Call 720-555-0150 or visit harmonyintegrative.example.\nHarmony Integrative Health, 410 Aspen Way, Longmont, CO 80501",
     "ALLOW", "marketing", "email", "en",
     [("11/5", "DATE"), ("11/12", "DATE"), ("11/19", "DATE"), ("11/26", "DATE"), ("11/26", "DATE", 1), ("Theo Marsh", "PROVIDER"), ("11/8", "DATE"), ("720-555-0150", "PHONE"), ("harmonyintegrative.example", "URL"), ("410 Aspen Way, Longmont, CO 80501", "ADDRESS")],
     ["general", "broadcast", "practice-contact"], "Newsletter to everyone with Wellness Wednesday, herbal tea and talk topics (decision 6); new staff member is workforce (PROVIDER); integrative name generic (decision 2)."),
    ("dr0114", "Hi Mr. Delacroix, Dr. Paulsen said your re-exam showed your sciatica is about 70% better, so we're dropping you to 1 visit per week. Keep doing the nerve flossing exercises every day.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Delacroix", "NAME"), ("Dr. Paulsen", "PROVIDER"), ("sciatica", "CONDITION"), ("about 70% better", "RESULT"), ("nerve flossing exercises", "PROCEDURE")],
     ["physical-therapy"], "A re-exam finding and a home-exercise instruction are the message."),
    ("dr0115", "Lab alert: your Omega-3 Index came back at 3.8% (low). Tap to read Dr. Nakamura's recommendations.",
     "BLOCK", "result", "push", "en",
     [("Omega-3 Index", "PROCEDURE"), ("3.8%", "RESULT"), ("low", "RESULT"), ("Dr. Nakamura", "PROVIDER")],
     ["lab"], "A value and its flag on a push preview (push treated like SMS); 'new results are ready, tap to read' would be the safe notice."),
    ("dr0116", "Hi Marcus, to finish your intake for the Medicare chiropractic claim please reply with your SSN and date of birth. If it's easier, just confirm these: SSN 078-05-1120, DOB 9/14/1950.",
     "BLOCK", "other", "sms", "en",
     [("Marcus", "NAME"), ("chiropractic", "SPECIALTY"), ("078-05-1120", "SSN"), ("9/14/1950", "DATE")],
     ["physical-therapy", "dob", "identifier"], "An SSN and a full DOB with the name must never travel by text (the SSN is the well-known specimen number)."),
    ("dr0117", "Welcome to the Foundations membership, Ines! Your member number is FM-20931. Your first 90-minute visit with Dr. Raman is 8/4 at 1pm.",
     "REWRITE", "confirmation", "sms", "en",
     [("Ines", "NAME"), ("FM-20931", "ACCOUNT"), ("Dr. Raman", "PROVIDER"), ("8/4", "DATE")],
     ["primary-care", "identifier"], "Decision 9: a practice membership number is ACCOUNT and not needed here; name goes, the visit logistics survive."),
    ("dr0118", "Your telehealth visit with Dr. Amara Osei starts in 15 min. Join here: https://visit.riverleafhealth.example/room/8fK2-Qp9x?pt=55812",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Amara Osei", "PROVIDER"), ("https://visit.riverleafhealth.example/room/8fK2-Qp9x?pt=55812", "URL")],
     ["primary-care"], "A visit link with a patient parameter (pt=) is patient-specific (README); 'your visit starts in 15 min, join from the portal' survives."),
    ("dr0119", "We're aligning our Saturday hours with the new building schedule: starting next month we're open 8-12 instead of 9-1. Same great team!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'aligning' hours, not a spinal alignment."),
    ("dr0120", "Hi, this message is for Ruth Engel. This is Dr. Ko from Bright Lotus Acupuncture & Herbal Medicine. Your hot flashes and night sweats should ease with the new formula; take 2 capsules of Er Xian Tang morning and evening. Call 347-555-0126 with questions.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Ruth Engel", "NAME"), ("Dr. Ko", "PROVIDER"), ("Bright Lotus Acupuncture & Herbal Medicine", "SPECIALTY"), ("hot flashes", "CONDITION"), ("night sweats", "CONDITION"), ("Er Xian Tang", "MEDICATION"), ("347-555-0126", "PHONE")],
     ["pharmacy", "physical-therapy", "practice-contact"], "Symptoms and herb dosing in a voicemail (voice treated like SMS; decision 5)."),
)

probe_lib.run(M, "dr", "probe119.jsonl")
