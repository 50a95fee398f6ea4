#!/usr/bin/env python3
"""Build corpus/probe152.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe152.py [OUT] [-v]   (default: probe152.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only; the engine was not run
and no other corpus's messages were read).
This round is DIRECT-TO-CONSUMER TELEHEALTH BRANDS: what online health brands (hair loss, erectile
dysfunction, birth control, weight loss and GLP-1, acne and skincare, menopause, mental-health and
sleep subscriptions, at-home testing) send to members — intake questionnaires and identity checks,
clinician messages, prescription approvals and denials, shipment and refill notices, dose-
escalation reminders, subscription renewals, receipts and superbills, promotions, referral and
win-back offers — mixing messages that reveal the recipient's condition, drug, dose or test with
neutral account and marketing traffic, and look-alikes ("hair of the dog brunch", "a weighty
decision", "semi-annual sale", "Glow Up Fridays", "the Ro-Ro ferry", "Hims and hers towels", a care
guide named Blake Hale). About 16% Spanish; four disguised messages (spaced letters, a zero-width
space, leet, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. A DTC brand name that reveals the condition or service line (hair loss, men's sexual health,
     GLP-1/weight, therapy, sleep, menopause) is one SPECIALTY span, like a specialty-revealing
     practice name, also in promotions (the sender's name alone tells who the recipient is);
     coined neutral brand names (Nuvela, Corvo, Kestrel, Tandem, Orla, Palisade, Lumaya,
     Willowby, Pillar, TestWell, Brightwell Pharmacy) are generic and not labelled.
  2. A promotion sent to every member that advertises a service ("GLP-1 care now available") is a
     broadcast: ALLOW, no clinical span. A win-back or cross-sell that names the recipient's own
     condition or drug is about the recipient: REWRITE.
  3. A prescription approval or shipment that names the drug is REWRITE (the drug goes, the notice
     survives); a denial or hold that gives the clinical reason is BLOCK; a denial that names
     neither drug nor reason is ALLOW.
  4. A dose-escalation / titration reminder that names the new dose is BLOCK (dosing
     instruction); a check-in "before your next dose step" that names no drug or dose leaves
     "dose step" unlabelled like "refill".
  5. Order numbers, carrier tracking numbers and at-home test-kit IDs are OTHER_ID (like order and
     accession numbers); membership/billing account numbers are ACCOUNT; a masked card's last four
     digits, promo codes and referral codes are not labelled.
  6. In a test panel the analyte or test name is PROCEDURE (Chlamydia, TSH, A1c) and its value or
     flag RESULT; a reference range is not labelled; a measured body weight is a RESULT; BMI is a
     measure (PROCEDURE) and its value a RESULT.
  7. A brand app's secure inbox is channel `portal` (clinical content may stay: ALLOW).
  8. Care guides, coaches and member-support staff named as the sender are workforce: PROVIDER
     (Blake Hale, "coach Nadia"); a behavioral-health credential after a name (LCSW) is a separate
     SPECIALTY span, like DDS.
  9. A patient's own login e-mail in a security notice is an identifier that is not needed:
     EMAIL span, REWRITE (the brand's own support address stays).
 10. "kit" after a test name and "plumas de" (pens) before a drug stay outside the span; a form
     word after the drug goes in (`Wegovy 0.25 mg pens`, `tretinoin cream`).
 11. A superbill or records notice that states the diagnosis (or its ICD-10 code, labelled
     CONDITION) is BLOCK: the diagnosis is what the document is for.
 12. An intake summary that quotes the member's answers back (weight, history, current drugs) is
     BLOCK; an intake reminder that only names the condition is REWRITE. Negated history
     ("no history of pancreatitis") is still labelled CONDITION and tagged negation.
 13. Service tags: hair loss and acne -> dermatology; ED -> hiv-sexual-health; GLP-1/weight and
     thyroid -> primary-care; birth control and menopause -> reproductive; therapy -> behavioral-
     health; at-home tests -> lab; sleep medicine (no sleep tag exists) -> general.

Everything is invented: names, brands, 555-01xx numbers, example domains, identifiers.
Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (ey0001-ey0012): onboarding, intake, identity checks
add(
    ("ey0001", "Welcome to Nuvela! Your account is all set. Finish your health profile in the app so a licensed clinician can review it - most reviews are done within 24 hours. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Onboarding text from a neutral brand name; 'health profile' and 'clinician' say nothing about the recipient."),
    ("ey0002", "Hi Trevor, you're almost done! Finish your hair loss intake (about 4 minutes) so a Corvo provider can review your photos and recommend a plan: https://corvo.example.com/intake/resume?session=8fK2qLx7\n\nQuestions? care@corvo.example.com",
     "REWRITE", "other", "email", "en",
     [("Trevor", "NAME"), ("hair loss", "CONDITION"), ("https://corvo.example.com/intake/resume?session=8fK2qLx7", "URL"), ("care@corvo.example.com", "EMAIL")],
     ["dermatology", "practice-contact"], "Intake reminder: name, condition and the session-tokened resume link go; the brand's support address stays (decision 12, README tokened-URL rule)."),
    ("ey0003", "Thanks for finishing your intake, Danielle! Here's a summary of what you shared so your clinician can review it: current weight 212 lb, history of prediabetes, and you take metformin 500mg twice a day. No history of pancreatitis or thyroid cancer reported. Dr. Haskins will decide within 1 business day whether a GLP-1 is a good fit for you.\n\n- The Orla Care Team",
     "BLOCK", "other", "email", "en",
     [("Danielle", "NAME"), ("212 lb", "RESULT"), ("prediabetes", "CONDITION"), ("metformin 500mg", "MEDICATION"), ("pancreatitis", "CONDITION"), ("thyroid cancer", "CONDITION"), ("Dr. Haskins", "PROVIDER"), ("GLP-1", "MEDICATION")],
     ["primary-care", "negation"], "An intake summary quoting the member's weight, history and current drug is clinical content throughout (decisions 6 and 12); negated history is still labelled."),
    ("ey0004", "Intake received \u2705 A licensed provider will review it within 1 business day. We'll send a notification when there's an update.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "Push with no brand, condition or drug; 'intake' and 'provider' alone reveal nothing."),
    ("ey0005", "LeanLine GLP-1 Clinic: reminder, your video consult with Dr. Okafor is Tue 3/17 at 6:30 PM. Join from the app 5 min early. Reply R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("LeanLine GLP-1 Clinic", "SPECIALTY"), ("Dr. Okafor", "PROVIDER"), ("3/17", "DATE")],
     ["primary-care"], "Brand name reveals the drug class and service (decision 1); provider, date and time survive."),
    ("ey0006", "Tandem Care: your video visit with NP Haddad is tomorrow at 8:15 AM. Open the Tandem app to join. Reply R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("NP Haddad", "PROVIDER")],
     ["primary-care"], "Neutral brand, provider and time only."),
    ("ey0007", "Sunday plans? The Kestrel team rounded up our favorite hair of the dog brunch spots, plus a 10-minute stretch routine for the morning after. Read it on the Kestrel Journal.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'hair of the dog' is a brunch idiom, not hair loss; newsletter to every member."),
    ("ey0008", "Kestrel Health: to verify your identity before your prescription can be reviewed, please confirm the details we have: Jordan Ellis, DOB 04/19/1991. Reply YES if correct or call us.",
     "BLOCK", "other", "sms", "en",
     [("Jordan Ellis", "NAME"), ("04/19/1991", "DATE")],
     ["primary-care", "dob"], "Full date of birth with the patient's name must not travel by text (README verdict conventions)."),
    ("ey0009", "One more step: please upload a photo of your government ID to finish verification. We have your date of birth as 9/30/1987 - if that's wrong, update it under Settings > Profile.",
     "REWRITE", "other", "email", "en",
     [("9/30/1987", "DATE")],
     ["general", "dob"], "A date of birth without a name is REWRITE (README verdict conventions)."),
    ("ey0010", "Nuvela: Recibimos tu cuestionario. Una profesional de salud lo va a revisar en las próximas 24 horas y te avisamos por aquí. Responde AYUDA si tienes dudas.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Acknowledgement from a neutral brand; nothing about the recipient's health."),
    ("ey0011", "Hola Valeria, te falta un pasito: sube las fotos de tu cara para que la dermatóloga pueda revisar tu acné. Entra a la app de Lumaya cuando puedas 😊",
     "REWRITE", "other", "sms", "es",
     [("Valeria", "NAME"), ("dermatóloga", "SPECIALTY"), ("acné", "CONDITION")],
     ["dermatology"], "Intake reminder: name, specialty role word and condition go; the upload request survives (decision 12)."),
    ("ey0012", "Hi Marcus,\n\nThis is Dr. Feld, one of the physicians at Corvo. Thanks for your patience while I reviewed your intake. Before I can decide on sildenafil, I need to clarify one answer: you mentioned you use an isosorbide spray for chest pain. Sildenafil can't be taken with nitrates, because together they can drop your blood pressure dangerously. Could you reply in the app with how often you use the spray and who prescribes it? If you use it regularly, I won't be able to prescribe online and would recommend you talk with your cardiologist. I've put your visit on hold for now, and you haven't been charged.\n\nDr. Ann Feld, MD\nCorvo Medical Group",
     "BLOCK", "other", "email", "en",
     [("Marcus", "NAME"), ("Dr. Feld", "PROVIDER"), ("sildenafil", "MEDICATION"), ("isosorbide spray", "MEDICATION"), ("chest pain", "CONDITION"), ("Sildenafil", "MEDICATION"), ("nitrates", "MEDICATION"), ("cardiologist", "SPECIALTY"), ("Dr. Ann Feld, MD", "PROVIDER")],
     ["hiv-sexual-health", "cardiology"], "Clinician's message about the member's drug interaction and symptom: the clinical content is the message."),
)

# ---------------------------------------------------------------- batch 2 (ey0013-ey0024): clinician messages, approvals and denials
add(
    ("ey0013", "Good news - your prescription for finasteride 1mg was approved! It ships in 1-2 business days in discreet packaging. Manage your plan in the Corvo app.",
     "REWRITE", "other", "sms", "en",
     [("finasteride 1mg", "MEDICATION")],
     ["dermatology", "pharmacy"], "Approval naming the drug: the drug goes, 'your prescription was approved' survives (decision 3)."),
    ("ey0014", "Hi Alana,\n\nThank you for completing your weight-care visit. Based on the blood pressure reading you entered (168/102), our provider isn't able to prescribe phentermine through telehealth right now. We'd strongly encourage you to see an in-person doctor in the next few days. You have not been charged for this visit.\n\nWarmly,\nThe Palisade Health Clinical Team",
     "BLOCK", "other", "email", "en",
     [("Alana", "NAME"), ("weight-care", "PROCEDURE"), ("blood pressure", "PROCEDURE"), ("168/102", "RESULT"), ("phentermine", "MEDICATION")],
     ["primary-care"], "Denial with its clinical reason (a reading and the drug refused): the reason is the message (decision 3). The measure is PROCEDURE and its value RESULT (decision 6)."),
    ("ey0015", "Your provider replied to your message. Tap to read it securely in the app.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Notification without PHI: says that a message exists, not what it says."),
    ("ey0016", "Hi Sam - Dr. Ruiz here. Your photos show mild comedonal acne, so I've prescribed tretinoin 0.025% cream. Apply a pea-sized amount to dry skin at night, 3 nights a week for the first 2 weeks, then every night if your skin tolerates it. Some dryness and peeling in the first month is normal. Use SPF 30 every morning. Message me here with any questions!",
     "ALLOW", "other", "portal", "en",
     [("Sam", "NAME"), ("Dr. Ruiz", "PROVIDER"), ("comedonal acne", "CONDITION"), ("tretinoin 0.025% cream", "MEDICATION")],
     ["dermatology", "contrast"], "Same clinician message inside the brand app's secure inbox: channel portal, so findings and dosing may stay (decision 7). SMS version: ey0017."),
    ("ey0017", "Dr. Ruiz (Lumaya): photos show mild comedonal acne. Start tretinoin 0.025% cream at night 3x/wk x2 wks, then nightly. Moisturize + SPF daily!",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Ruiz", "PROVIDER"), ("comedonal acne", "CONDITION"), ("tretinoin 0.025% cream", "MEDICATION")],
     ["dermatology", "contrast", "shorthand"], "Finding plus dosing instructions by SMS: removal leaves nothing (contrast with the portal copy ey0016)."),
    ("ey0018", "Palisade Health: Your provider wasn't able to approve your request this time, and no charge was made. You'll find the details in your secure inbox.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Denial that names neither the drug nor the reason (decision 3)."),
    ("ey0019", "You're in! Your tadalafil 5 mg subscription is confirmed and your first box ships Monday. Order #PL-220871. Thanks for choosing Pillar.",
     "REWRITE", "confirmation", "email", "en",
     [("tadalafil 5 mg", "MEDICATION"), ("PL-220871", "OTHER_ID")],
     ["hiv-sexual-health", "pharmacy"], "Drug name and order number go; the confirmation survives (decisions 3 and 5)."),
    ("ey0020", "Hi, this message is for Priya Shah. This is nurse practitioner Colleen Avery calling from Willowby about your thyroid panel. Your TSH came back at 6.8, which is a little high, so Dr. Mensah would like to start you on levothyroxine 25 micrograms. Please call us back at 555-0142 so we can go over it. Thanks, bye.",
     "BLOCK", "result", "voice", "en",
     [("Priya Shah", "NAME"), ("nurse practitioner Colleen Avery", "PROVIDER"), ("thyroid panel", "PROCEDURE"), ("TSH", "PROCEDURE"), ("6.8", "RESULT"), ("high", "RESULT"), ("Dr. Mensah", "PROVIDER"), ("levothyroxine 25 micrograms", "MEDICATION"), ("555-0142", "PHONE")],
     ["primary-care", "lab"], "Voicemail with a value, its flag and a new drug: voice is treated like SMS (README channel convention); the result is the message."),
    ("ey0021", "Hi there,\n\nI'm Blake Hale, your care guide at Tandem. I'm your go-to for shipping, billing and app questions. I can't give medical advice, but I can always connect you with your clinician.\n\nReach me any weekday, 9-5 CT, at support@tandem.example.com.\n\nTalk soon!",
     "ALLOW", "other", "email", "en",
     [("Blake Hale", "PROVIDER"), ("support@tandem.example.com", "EMAIL")],
     ["general", "practice-contact"], "Look-alike: a care guide named Blake Hale is workforce named as the sender (PROVIDER, decision 8); the brand's support address stays."),
    ("ey0022", "¡Buenas noticias! Tu receta de anticonceptivos fue aprobada y el primer paquete sale mañana. Nuvela",
     "REWRITE", "other", "sms", "es",
     [("anticonceptivos", "MEDICATION")],
     ["reproductive", "pharmacy"], "Approval naming the drug class (birth control is MEDICATION per README): it goes, the approval survives."),
    ("ey0023", "Hola Camila, la Dra. Ibarra revisó tu cuestionario. Por tu historial de migraña con aura no podemos recetarte la píldora combinada, pero sí la minipíldora (noretindrona 0.35 mg). Revisa la app para aceptar el cambio.",
     "BLOCK", "other", "sms", "es",
     [("Camila", "NAME"), ("Dra. Ibarra", "PROVIDER"), ("migraña con aura", "CONDITION"), ("píldora combinada", "MEDICATION"), ("minipíldora", "MEDICATION"), ("noretindrona 0.35 mg", "MEDICATION")],
     ["reproductive"], "Denial with the clinical reason and an alternative drug: the clinical content is the message."),
    ("ey0024", "Kestrel HQ is closed Friday for our team offsite - we're taking the Ro-Ro ferry over to the island. Chat support stays open and all orders ship as normal.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: a roll-on/roll-off ferry, not a brand; an office notice to every member."),
)

# ---------------------------------------------------------------- batch 3 (ey0025-ey0036): shipments, deliveries, refills
add(
    ("ey0025", "Your Corvo order has shipped in plain, unbranded packaging. Track it anytime in the app.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Shipment notice from a neutral brand with no drug named."),
    ("ey0026", "Shipped! Your minoxidil 5% foam + finasteride 1mg kit is on its way via UPS, tracking 1Z999AA10123456784. Expected Thu by end of day.",
     "REWRITE", "pickup", "sms", "en",
     [("minoxidil 5% foam", "MEDICATION"), ("finasteride 1mg", "MEDICATION"), ("1Z999AA10123456784", "OTHER_ID")],
     ["dermatology", "pharmacy"], "Drugs named in a shipment notice go; the carrier tracking number is OTHER_ID and not needed in the text (decision 5)."),
    ("ey0027", "Hi Devon,\n\nYour order is on its way to:\n1840 Larkspur Ln Apt 6B, Boise, ID 83702\n\nExpected delivery: 5/21. Need to change the address? Reply within 2 hours and we'll update it before it leaves our pharmacy.\n\nThe Orla Team",
     "REWRITE", "pickup", "email", "en",
     [("Devon", "NAME"), ("1840 Larkspur Ln Apt 6B, Boise, ID 83702", "ADDRESS"), ("5/21", "DATE")],
     ["pharmacy", "identifier"], "The member's own street address is a Safe Harbor identifier not needed to say the order shipped; name goes, the delivery date stays."),
    ("ey0028", "Your Wegovy 0.25 mg pens are out for delivery \U0001F4E6 An adult 18+ needs to sign for the package.",
     "REWRITE", "pickup", "push", "en",
     [("Wegovy 0.25 mg pens", "MEDICATION")],
     ["primary-care", "pharmacy"], "Lock-screen delivery push naming the drug, strength and form: the product goes, the signature note survives (decision 10: form word after the drug goes in)."),
    ("ey0029", "Refill reminder: your W\u0435govy 0.5 mg order ships in 3 days. Reply SKIP to push it back a month or CHANGE to update your address.",
     "REWRITE", "reminder", "sms", "en",
     [("W\u0435govy 0.5 mg", "MEDICATION")],
     ["primary-care", "pharmacy"], "Disguise: Cyrillic e (U+0435) inside the brand name; after folding it is a drug name in a refill notice."),
    ("ey0030", "Tu pedido salió hoy en una caja discreta, sin logotipos ni nombre de producto por fuera. Puedes rastrearlo en la app de Palisade.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "hard-negative"], "Shipment notice with no drug and a neutral brand."),
    ("ey0031", "Shipped: your sildenafil 50 mg (10 tablets) arrives Fri 3/14. Corvo",
     "REWRITE", "pickup", "sms", "en",
     [("sildenafil 50 mg", "MEDICATION"), ("3/14", "DATE")],
     ["hiv-sexual-health", "pharmacy"], "Drug and strength go; arrival date stays. '(10 tablets)' is a quantity, not labelled."),
    ("ey0032", "Your order is on the way!\n\nCarrier: USPS Priority\nEstimated delivery: Wednesday\nWhat's inside: your next 3-month supply and a refill card\n\nNothing on the outside of the box mentions Tandem or what's inside. To change your delivery day or skip a shipment, go to tandem.example.com/account.\n\nThanks for being a member!",
     "ALLOW", "pickup", "email", "en",
     [("tandem.example.com/account", "URL")],
     ["pharmacy", "practice-contact"], "Shipping e-mail with no drug, no tracking number and the brand's own plain link."),
    ("ey0033", "Hi Renata, this is Pillar. Marco's tadalafil refill was delivered to your shared address today - it's in the building mailroom.",
     "BLOCK", "pickup", "sms", "en",
     [("Renata", "NAME"), ("Marco", "NAME"), ("tadalafil", "MEDICATION")],
     ["hiv-sexual-health", "pharmacy", "third-party"], "A third party's medication sent to someone else on a shared address (README: anything about a third party's health is BLOCK)."),
    ("ey0034", "Ur s-i-l-d-e-n-a-f-i-l refill shipped today, arrives in 2-3 days. Corvo",
     "REWRITE", "pickup", "sms", "en",
     [("s-i-l-d-e-n-a-f-i-l", "MEDICATION")],
     ["hiv-sexual-health", "pharmacy", "spaced", "shorthand"], "Disguise: the drug name spelled with hyphens between letters; still a drug in a shipment notice."),
    ("ey0035", "Heads up: your next shipment is scheduled for 6/9. Want it sooner or later? Adjust the date in the app.",
     "ALLOW", "reminder", "push", "en",
     [("6/9", "DATE")],
     ["pharmacy"], "Shipment date only; no brand or drug."),
    ("ey0036", "Hello, this is an automated message from Brightwell Pharmacy. Your order for spironolactone 50 milligram tablets and tretinoin cream is ready to ship. Press 1 to confirm the address on file, or call us at 555-0167. Goodbye.",
     "REWRITE", "pickup", "voice", "en",
     [("spironolactone 50 milligram tablets", "MEDICATION"), ("tretinoin cream", "MEDICATION"), ("555-0167", "PHONE")],
     ["dermatology", "pharmacy", "practice-contact"], "Automated voice call naming two drugs: they go, the ready-to-ship notice and the pharmacy's own number stay (voice treated like SMS)."),
)

# ---------------------------------------------------------------- batch 4 (ey0037-ey0048): dose escalation, care instructions, check-ins
add(
    ("ey0037", "Orla: it's week 5! Time to move up to 0.5 mg semaglutide with your next weekly shot. If the nausea has been rough, stay at 0.25 mg one more month and message your clinician.",
     "BLOCK", "care-instructions", "sms", "en",
     [("semaglutide", "MEDICATION"), ("nausea", "CONDITION")],
     ["primary-care"], "Dose-escalation instruction naming drug, dose and a symptom (decision 4); the doses written before the drug stay outside the span (README MEDICATION rule)."),
    ("ey0038", "Reminder: starting this week your t1rz3patide dose goes from 2.5 mg to 5 mg. Use the new pen from this month's box (not last month's), same day each week. Questions? Reply in the app.",
     "BLOCK", "care-instructions", "email", "en",
     [("t1rz3patide", "MEDICATION")],
     ["primary-care", "leet"], "Disguise: leet digits inside the drug name; a titration instruction is dosing content (decision 4)."),
    ("ey0039", "Orla: time for your 4-week check-in before your next dose step. Takes 2 minutes: https://orla.example.com/checkin?u=58213",
     "REWRITE", "reminder", "sms", "en",
     [("https://orla.example.com/checkin?u=58213", "URL")],
     ["primary-care"], "No drug or dose named, so 'dose step' stays unlabelled (decision 4); the link carries a member parameter and goes (README tokened-URL rule)."),
    ("ey0040", "Your titration plan\n\nWeeks 1-4: Zepbound 2.5 mg once weekly\nWeeks 5-8: 5 mg once weekly (if you're tolerating it well)\n\nLog any side effects here before each step up. Dr. Amadi reviews every log before approving the next dose.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Zepbound 2.5 mg", "MEDICATION"), ("Dr. Amadi", "PROVIDER")],
     ["primary-care", "contrast"], "Dosing plan inside the brand app's secure inbox (portal): may stay (decision 7)."),
    ("ey0041", "Don't forget: 1 finasteride tablet daily, with or without food \U0001F48A Consistency is what makes it work!",
     "BLOCK", "care-instructions", "push", "en",
     [("finasteride", "MEDICATION")],
     ["dermatology"], "Daily dosing instruction on a lock-screen push: the instruction is the message."),
    ("ey0042", "Recordatorio de Orla: esta semana sube tu dosis de semaglutida a 1 mg. Si tienes vómito que no se quita o dolor fuerte de estómago, escríbenos de inmediato por la app.",
     "BLOCK", "care-instructions", "sms", "es",
     [("semaglutida", "MEDICATION"), ("vómito", "CONDITION"), ("dolor fuerte de estómago", "CONDITION")],
     ["primary-care"], "Dose increase with warning symptoms: dosing instruction (decision 4)."),
    ("ey0043", "Picking a plan is a weighty decision - so this month every Kestrel membership comes with a free 30-day trial of our nutrition coaching app. Cancel anytime.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'weighty decision' is an idiom; promotion to every member."),
    ("ey0044", "Lumaya tip: you're 3 weeks into your clindamycin gel + benzoyl peroxide routine. Some purging is normal, so keep going - but stop and message us if you notice swelling or hives.",
     "BLOCK", "care-instructions", "sms", "en",
     [("clindamycin gel", "MEDICATION"), ("benzoyl peroxide", "MEDICATION"), ("swelling", "CONDITION"), ("hives", "CONDITION")],
     ["dermatology"], "Treatment guidance for the member's own regimen with stop signs: the clinical content is the message."),
    ("ey0045", "Reminder: your monthly Zepbound check-in with Dr. Amadi is Thursday 7/10 at 12:00 PM by video. Join from the Orla app.",
     "REWRITE", "reminder", "sms", "en",
     [("Zepbound", "MEDICATION"), ("Dr. Amadi", "PROVIDER"), ("7/10", "DATE")],
     ["primary-care"], "Drug used as the object of the visit goes (README: brands used as names are MEDICATION); provider, date and time survive."),
    ("ey0046", "Palisade: ¡ya toca tu revisión de 3 meses! Agenda una videollamada rápida con tu proveedor desde la app. Solo toma 10 minutos.",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "hard-negative"], "Check-in invitation with no drug, condition or brand that reveals either."),
    ("ey0047", "This is a message from DreamWell Sleep Clinic for Elliot. Hi Elliot, it's your coach Nadia. Per your CBT-I plan, your sleep window this week is 12:30 to 6:30 AM, and no naps, even if you're tired. Your sleep efficiency last week was 78 percent, so we're close to widening the window. Talk soon!",
     "BLOCK", "care-instructions", "voice", "en",
     [("DreamWell Sleep Clinic", "SPECIALTY"), ("Elliot", "NAME", 0), ("Elliot", "NAME", 1), ("coach Nadia", "PROVIDER"), ("CBT-I", "PROCEDURE"), ("sleep efficiency", "PROCEDURE"), ("78 percent", "RESULT")],
     ["general"], "Voicemail with a therapy plan, its instructions and a measure's value: BLOCK. Coach named as sender is PROVIDER (decision 8); sleep -> tag general (decision 13)."),
    ("ey0048", "Hola Andrés, tu sesión de terapia con la Lic. Paredes es el jueves 22 de mayo a las 7 pm por videollamada. Te mandamos el enlace 10 min antes. - CalmaMente",
     "REWRITE", "reminder", "sms", "es",
     [("Andrés", "NAME"), ("terapia", "PROCEDURE"), ("Lic. Paredes", "PROVIDER"), ("22 de mayo", "DATE"), ("CalmaMente", "SPECIALTY")],
     ["behavioral-health"], "Name, therapy and a brand whose name reveals mental health (decision 1) go; provider, date and time survive."),
)

# ---------------------------------------------------------------- batch 5 (ey0049-ey0060): subscriptions, renewals, receipts, billing
add(
    ("ey0049", "Your Tandem membership renews on 8/1 for $59.00. No action needed.\n\nCard ending in 4417 will be charged. To pause, change or cancel, visit tandem.example.com/settings at least 48 hours before your renewal date.",
     "ALLOW", "billing", "email", "en",
     [("8/1", "DATE"), ("tandem.example.com/settings", "URL")],
     ["general", "practice-contact"], "Renewal notice from a neutral brand; a masked card's last four digits are not an identifier of the member (decision 5)."),
    ("ey0050", "Your finasteride + biotin gummies plan renews 9/14 for $35/mo. Reply PAUSE to skip a month or visit the app to make changes.",
     "REWRITE", "billing", "sms", "en",
     [("finasteride", "MEDICATION"), ("biotin gummies", "MEDICATION"), ("9/14", "DATE")],
     ["dermatology"], "Plan named after its drugs: they go (supplements are MEDICATION per README); renewal date and price survive."),
    ("ey0051", "We couldn't process your payment for account #TC-0049127.\n\nTo avoid a delay, please update your card in the app. Your sertraline 50mg shipment is on hold until the payment goes through.\n\n- Tandem Billing",
     "REWRITE", "billing", "email", "en",
     [("TC-0049127", "ACCOUNT"), ("sertraline 50mg", "MEDICATION")],
     ["behavioral-health", "pharmacy", "identifier"], "Failed-payment notice: account number not needed, drug name goes (decision 5); the hold and the request survive."),
    ("ey0052", "Kestrel: we couldn't process your payment. Update your card in the app to keep your plan active. Msg&data rates may apply.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Dunning text with no plan, drug or account number."),
    ("ey0053", "Your superbill for HSA/FSA reimbursement is attached.\n\nProvider: Lionel Abara, MD (NPI on file)\nDate of service: 01/08/2025\nDiagnosis: N52.9 - Erectile dysfunction, unspecified\nService: telehealth evaluation, $39.00\n\nSubmit it to your HSA administrator or insurer. Questions: billing@pillar.example.com",
     "BLOCK", "billing", "email", "en",
     [("Lionel Abara, MD", "PROVIDER"), ("01/08/2025", "DATE"), ("N52.9", "CONDITION"), ("Erectile dysfunction", "CONDITION"), ("billing@pillar.example.com", "EMAIL")],
     ["hiv-sexual-health", "practice-contact"], "A superbill's purpose is to carry the diagnosis and its code, so removal defeats it (decision 11): send via the portal instead."),
    ("ey0054", "Receipt from Corvo\nOrder #CV-771209\n\nED consultation: $0.00\nsildenafil 20 mg tablets (30): $24.00\nShipping: $0.00\nTotal charged: $24.00 to Visa ending 1188\n\nQuestions? help@corvo.example.com",
     "REWRITE", "billing", "email", "en",
     [("CV-771209", "OTHER_ID"), ("ED", "CONDITION"), ("sildenafil 20 mg tablets", "MEDICATION"), ("help@corvo.example.com", "EMAIL")],
     ["hiv-sexual-health", "pharmacy", "practice-contact"], "Receipt line items reveal the condition and drug; removed, the total charged survives. Order number OTHER_ID (decision 5); masked card not labelled."),
    ("ey0055", "Your annual plan saved you $84 this year \U0001F389 Thanks for being a member.",
     "ALLOW", "billing", "push", "en", [],
     ["general", "hard-negative"], "Savings push with nothing about care."),
    ("ey0056", "Hi Lucy, your tretinoin subscription renews on 7/3 for $29. Want to skip this one? Reply PAUSE. - Lumaya",
     "REWRITE", "billing", "sms", "en",
     [("Lucy", "NAME"), ("tretinoin", "MEDICATION"), ("7/3", "DATE")],
     ["dermatology"], "Name and drug go; renewal date and price survive."),
    ("ey0057", "Your plan is paused. You won't be charged until you resume - pick up right where you left off anytime in Settings.",
     "ALLOW", "billing", "push", "en", [],
     ["general", "hard-negative"], "Subscription status with nothing about care or the member."),
    ("ey0058", "Good news: Palisade memberships are HSA/FSA eligible. You can download an itemized receipt anytime from Account > Billing; it lists the amount paid and the date of service only. Need a letter of medical necessity? Email billing@palisade.example.com.",
     "ALLOW", "billing", "email", "en",
     [("billing@palisade.example.com", "EMAIL")],
     ["general", "practice-contact", "broadcast"], "Billing FAQ to every member; the brand's own address stays."),
    ("ey0059", "Hi Owen, we've refunded your last terbinafine order ($18.00). Dr. Castro stopped the prescription because your liver panel showed an ALT of 92 (H). Please follow up with your primary care doctor. The refund posts in 5-7 business days.",
     "BLOCK", "billing", "email", "en",
     [("Owen", "NAME"), ("terbinafine", "MEDICATION"), ("Dr. Castro", "PROVIDER"), ("liver panel", "PROCEDURE"), ("ALT", "PROCEDURE"), ("92", "RESULT"), ("ALT of 92 ([[H]])", "RESULT")],
     ["dermatology", "lab"], "Refund notice that gives a clinical reason with a value and flag: BLOCK (decision 3)."),
    ("ey0060", "Hi Nora,\n\nWe're writing to let you know about a change to your membership. Starting October 1, the price of your compounded semaglutide plan will change from $199 to $249 per month. This covers rising costs from our partner pharmacies; your clinician visits, messaging and shipping stay included. Members on annual plans keep their current price until their next renewal.\n\nIf you'd rather not continue, you can cancel anytime before your next renewal in Settings > Membership, and you won't be charged again. We know price changes are frustrating, and we're grateful you've trusted us with your care.\n\nWith thanks,\nThe Orla Team\norla.example.com/help",
     "REWRITE", "billing", "email", "en",
     [("Nora", "NAME"), ("October 1", "DATE"), ("compounded semaglutide", "MEDICATION"), ("orla.example.com/help", "URL")],
     ["primary-care", "practice-contact"], "Price-change letter: name and the plan's drug go; the new price and cancel option survive."),
)

# ---------------------------------------------------------------- batch 6 (ey0061-ey0072): promotions, referrals, win-back offers
add(
    ("ey0061", "Our semi-annual sale starts now: 25% off cleansers, moisturizers, bundles and gift sets through Sunday. Use code SUN25 at checkout. Prescription products are excluded.\n\n- Lumaya",
     "ALLOW", "marketing", "email", "en", [],
     ["dermatology", "hard-negative", "broadcast"], "Look-alike: 'semi-annual' is a sale, not a dosing interval; promo code not labelled (decision 5)."),
    ("ey0062", "Glow Up Fridays are back \u2728 Every Friday in June, get a free travel-size SPF with any order. Lumaya. Reply STOP to unsubscribe.",
     "ALLOW", "marketing", "sms", "en", [],
     ["dermatology", "hard-negative", "broadcast"], "Look-alike: a recurring promotion named 'Glow Up Fridays'; nothing about the recipient."),
    ("ey0063", "Gift guide: cozy picks for two \U0001F381 Hims and hers towels, a lavender pillow mist and a couples' cookbook - all under $40 in the Willowby shop this week.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'Hims and hers towels' is a gift pun, not a men's-health brand; shop promotion to every member."),
    ("ey0064", "We miss you, Kyle! Come back to your hair loss treatment with 40% off your first month. Code BACK40 at corvo.example.com/return",
     "REWRITE", "marketing", "sms", "en",
     [("Kyle", "NAME"), ("hair loss", "CONDITION"), ("corvo.example.com/return", "URL")],
     ["dermatology", "practice-contact"], "Win-back that names the recipient's own condition (decision 2): name and condition go, the offer and the brand's plain link survive."),
    ("ey0065", "Ready to pick up where you left off? Restart your GLP-1 plan this month and your first refill is on us.",
     "REWRITE", "marketing", "push", "en",
     [("GLP-1", "MEDICATION")],
     ["primary-care"], "Win-back push about the recipient's own paused drug class (decision 2); contrast with the broadcast ey0066."),
    ("ey0066", "New at Kestrel: medical weight care, including GLP-1 medications when clinically appropriate, is now available in 38 states. See if you're eligible at kestrel.example.com/weight.",
     "ALLOW", "marketing", "email", "en",
     [("kestrel.example.com/weight", "URL")],
     ["primary-care", "broadcast", "practice-contact", "contrast"], "Service announcement to every member: a broadcast says nothing about the recipient, so no clinical span (decision 2; README broadcast convention)."),
    ("ey0067", "¡Viernes de Brillo! Todos los viernes de junio te regalamos un protector solar de viaje con tu pedido. Lumaya. Responde BAJA para no recibir más mensajes.",
     "ALLOW", "marketing", "sms", "es", [],
     ["dermatology", "hard-negative", "broadcast"], "Spanish version of a weekly promotion; nothing about the recipient."),
    ("ey0068", "Te extrañamos, Daniela \U0001F49C Vuelve a tu plan de anticonceptivos con el primer mes gratis. Usa el código VUELVE1 en nuvela.example.com/volver",
     "REWRITE", "marketing", "sms", "es",
     [("Daniela", "NAME"), ("anticonceptivos", "MEDICATION"), ("nuvela.example.com/volver", "URL")],
     ["reproductive", "practice-contact"], "Win-back naming the recipient's own birth control (decision 2): name and drug class go."),
    ("ey0069", "Give $20, get $20. Share Kestrel with a friend: they get $20 off their first order and you get $20 in credit once it ships. Your referral code: KST-7K2Q. Terms apply.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative"], "Referral code shaped like an identifier is not labelled (decision 5)."),
    ("ey0070", "Hi Imani,\n\nBecause you're using spironolactone for hormonal acne, we thought you'd like an early look at our new Barrier Repair Cleanser - fragrance-free, pH-balanced and gentle enough for daily use. Add it to your next box for 20% off.\n\nThe Lumaya Team",
     "REWRITE", "marketing", "email", "en",
     [("Imani", "NAME"), ("spironolactone", "MEDICATION"), ("hormonal acne", "CONDITION")],
     ["dermatology"], "Targeted cross-sell that names the member's drug and condition (decision 2); removed, the product offer survives."),
    ("ey0071", "Your last A1c was 6.1, so you may qualify for our Metabolic+ plan with a GLP-1. Tap to start your visit: orla.example.com/metabolic",
     "BLOCK", "marketing", "sms", "en",
     [("A1c", "PROCEDURE"), ("6.1", "RESULT"), ("GLP-1", "MEDICATION"), ("orla.example.com/metabolic", "URL")],
     ["primary-care", "lab"], "An upsell built on the member's own lab value: a result cannot be removed without losing the pitch."),
    ("ey0072", "Flash sale \u26a1 30% off all bundles today only. Ends at midnight PT.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "hard-negative", "broadcast"], "Generic promotion."),
)

# ---------------------------------------------------------------- batch 7 (ey0073-ey0084): at-home testing
add(
    ("ey0073", "Your kit arrived at our lab \U0001F9EA Results usually take 3-5 business days. We'll text you when they're ready to view in the app.",
     "ALLOW", "result", "sms", "en", [],
     ["lab", "hard-negative"], "'No results yet' with no test named is ALLOW (README verdict conventions)."),
    ("ey0074", "TestWell: your STI panel results are ready. Log in to view them securely at app.testwell.example.com",
     "REWRITE", "portal-notice", "sms", "en",
     [("STI panel", "PROCEDURE"), ("app.testwell.example.com", "URL")],
     ["hiv-sexual-health", "lab", "practice-contact"], "Results-ready notice naming the test: the test goes, the notice survives."),
    ("ey0075", "Hi Jasmine,\n\nYour results are in.\nChlamydia: POSITIVE\nGonorrhea: negative\nTrichomoniasis: negative\n\nThis is very treatable. A TestWell clinician will message you in the app within 24 hours about treatment, and we recommend avoiding sex until you've finished it. You may also want to let recent partners know so they can get tested.",
     "BLOCK", "result", "email", "en",
     [("Jasmine", "NAME"), ("Chlamydia", "PROCEDURE"), ("POSITIVE", "RESULT"), ("Gonorrhea", "PROCEDURE"), ("negative", "RESULT", 0), ("Trichomoniasis", "PROCEDURE"), ("negative", "RESULT", 1)],
     ["hiv-sexual-health", "lab"], "Results are the message (BLOCK); analytes in the panel are PROCEDURE, their values RESULT (decision 6)."),
    ("ey0076", "Tus resultados de la prueba de tiroides: TSH 0.2 (bajo). Tu médica te va a escribir por la app sobre los siguientes pasos. - TestWell",
     "BLOCK", "result", "sms", "es",
     [("prueba de tiroides", "PROCEDURE"), ("TSH", "PROCEDURE"), ("0.2", "RESULT"), ("bajo", "RESULT")],
     ["primary-care", "lab"], "Value and flag by SMS: the result is the message."),
    ("ey0077", "Your Testosterone Health results\n\nTotal testosterone: 412 ng/dL (reference range 264-916)\n\nThis is within the typical range for your age. No action is needed; we suggest retesting in 12 months or sooner if symptoms change.",
     "ALLOW", "result", "portal", "en",
     [("Testosterone Health", "PROCEDURE"), ("Total testosterone", "PROCEDURE"), ("412 ng/dL", "RESULT"), ("within the typical range", "RESULT")],
     ["lab", "contrast"], "Result inside the secure app inbox (portal): may stay (decision 7); the reference range is not labelled (decision 6)."),
    ("ey0078", "Your fertility hormone test results are ready \U0001F514 Tap to view.",
     "REWRITE", "portal-notice", "push", "en",
     [("fertility hormone test", "PROCEDURE")],
     ["fertility", "lab"], "Lock-screen push naming a revealing test: the test goes, 'your results are ready' survives."),
    ("ey0079", "Before you collect your sample, please activate your kit - it links the sample to your account so your results come to you. Activate at testwell.example.com/activate using the 8-character code printed on the tube.",
     "ALLOW", "other", "email", "en",
     [("testwell.example.com/activate", "URL")],
     ["lab", "practice-contact"], "Kit-activation instructions with the brand's own plain link; no test named."),
    ("ey0080", "Your kit ID TW-88K2-4410 is activated and linked to your account. Mail your sample back within 48 hours of collection.",
     "REWRITE", "other", "sms", "en",
     [("TW-88K2-4410", "OTHER_ID")],
     ["lab", "identifier"], "A test-kit ID is a specimen identifier like an accession number (decision 5); not needed in the text."),
    ("ey0081", "Hello, this is TestWell calling for Andre Morgan about your at-home HIV test. Your result was reactive, which means we need to do a confirmatory blood test. Please call us today at 555-0183. Again, that's 555-0183.",
     "BLOCK", "result", "voice", "en",
     [("Andre Morgan", "NAME"), ("HIV test", "PROCEDURE"), ("reactive", "RESULT"), ("555-0183", "PHONE", 0), ("555-0183", "PHONE", 1)],
     ["hiv-sexual-health", "lab"], "A reactive HIV result left on voicemail: the result is the message (voice treated like SMS)."),
    ("ey0082", "Tus resultados del panel de colesterol ya están listos en la app de TestWell. Entra para verlos.",
     "REWRITE", "portal-notice", "sms", "es",
     [("panel de colesterol", "PROCEDURE")],
     ["lab"], "Results-ready notice naming the test: the test goes."),
    ("ey0083", "Your kit is on its way. When it arrives, read the instructions before you collect your sample and mail it back the same day. Questions? Reply HELP.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "hard-negative"], "Kit logistics with no test named."),
    ("ey0084", "Good news, Hannah: your at-home HPV test was negative and your Pap co-test showed no abnormal cells. You won't need another screening for 5 years. - Nuvela",
     "BLOCK", "result", "email", "en",
     [("Hannah", "NAME"), ("HPV test", "PROCEDURE"), ("negative", "RESULT"), ("Pap co-test", "PROCEDURE"), ("no abnormal cells", "RESULT")],
     ["reproductive", "lab", "negation"], "A normal or negative result is still a result (README verdict conventions)."),
)

# ---------------------------------------------------------------- batch 8 (ey0085-ey0096): mental-health and sleep subscriptions
add(
    ("ey0085", "Reminder: your appointment with Dr. Castellanos is tomorrow at 6:00 PM. Join by video from the Willowby app. Need to reschedule? Do it at least 24 hours ahead to avoid a fee.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Castellanos", "PROVIDER")],
     ["behavioral-health"], "Neutral brand, provider and time; nothing reveals the service."),
    ("ey0086", "CalmCircle Therapy: Your therapy session with Lauren Pike, LCSW is Mon 2/9 at 7:00 PM. Your video link will appear in the app 15 minutes before. Cancel or reschedule up to 24 hours ahead at no charge.",
     "REWRITE", "reminder", "email", "en",
     [("CalmCircle Therapy", "SPECIALTY"), ("therapy", "PROCEDURE"), ("Lauren Pike", "PROVIDER"), ("LCSW", "SPECIALTY"), ("2/9", "DATE")],
     ["behavioral-health"], "Therapy brand name, visit type and a behavioral-health credential go (decisions 1 and 8); provider, date and time survive."),
    ("ey0087", "hi its Dr. Brandt. since ur still not sleeping on the trazodone 50, go up to 100mg at bedtime starting tonight. dont mix w alcohol. msg me in 1 wk",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Brandt", "PROVIDER"), ("trazodone 50", "MEDICATION"), ("not sleeping", "CONDITION")],
     ["behavioral-health", "shorthand"], "Dose change from a clinician by SMS: treatment instruction; the new dose elsewhere in the sentence stays outside the span."),
    ("ey0088", "Thanks for completing your monthly check-in, Olivia. Your PHQ-9 score was 17, up from 11 last month. Your clinician would like to talk with you this week - please book a time in the app. If you're having thoughts of harming yourself, call or text 988 right away.",
     "BLOCK", "result", "email", "en",
     [("Olivia", "NAME"), ("PHQ-9", "PROCEDURE"), ("17", "RESULT"), ("11", "RESULT")],
     ["behavioral-health"], "A screening score is a measure (PROCEDURE) and its values RESULTs: the score is the message; 988 is not a phone identifier."),
    ("ey0089", "Need support right now? Call or text 988 any time, day or night. You can also reach your care team in the app.",
     "ALLOW", "other", "sms", "en", [],
     ["behavioral-health", "hard-negative", "broadcast"], "Crisis-line footer sent to every member; 988 is not a phone identifier (README) and nothing is said about the recipient."),
    ("ey0090", "Your escitalopram 10 mg refill shipped! Arrives Friday \U0001F4EC",
     "REWRITE", "pickup", "push", "en",
     [("escitalopram 10 mg", "MEDICATION")],
     ["behavioral-health", "pharmacy"], "Drug named in a shipment push: it goes, 'your refill shipped' survives."),
    ("ey0091", "Hi Mrs. Greene, this is Lumaya calling about Ava. We can't ship her isotretinoin refill until we receive this month's pregnancy test result from her lab. Please upload it in the app or have Ava call us back at 555-0154. Thank you!",
     "BLOCK", "pickup", "voice", "en",
     [("Greene", "NAME"), ("Ava", "NAME", 0), ("isotretinoin", "MEDICATION"), ("pregnancy test", "PROCEDURE"), ("Ava", "NAME", 1), ("555-0154", "PHONE")],
     ["dermatology", "reproductive", "minor", "third-party"], "A dependent's drug and required test sent to the guardian: third-party health (README verdict conventions)."),
    ("ey0092", "DormirBien: tu cita de seguimiento del estudio de sueño en casa es el 9 de abril a las 10 am por video. Responde C para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("DormirBien", "SPECIALTY"), ("estudio de sueño", "PROCEDURE"), ("9 de abril", "DATE")],
     ["general"], "Sleep brand name and the test go (decision 1); date and time survive. Sleep -> tag general (decision 13)."),
    ("ey0093", "Blake Hale here from member support - I've fixed the duplicate charge on your account, and you'll see the $39 refund in 3-5 buisness days. Anything else, just reply to this email.",
     "ALLOW", "billing", "email", "en",
     [("Blake Hale", "PROVIDER")],
     ["general", "typo"], "Look-alike: support staff named Blake Hale writing as the sender is workforce (PROVIDER, decision 8), not a patient; billing only."),
    ("ey0094", "Lic. Romero de CalmaMente: recuerda practicar la respiración 4-7-8 cuando sientas que viene un ataque de pánico, y toma la hidroxicina 25 mg solo si la necesitas, máximo 3 al día.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Lic. Romero", "PROVIDER"), ("CalmaMente", "SPECIALTY"), ("ataque de pánico", "CONDITION"), ("hidroxicina 25 mg", "MEDICATION")],
     ["behavioral-health"], "Therapist's instructions with a condition and a dose limit: treatment instructions."),
    ("ey0095", "Your sleep diary summary for last week\n\nAverage time asleep: 5 h 40 min\nSleep efficiency: 81%\n\nGreat progress! Keep your wake time at 6:30 AM every day, weekends included.",
     "ALLOW", "care-instructions", "portal", "en",
     [("5 h 40 min", "RESULT"), ("Sleep efficiency", "PROCEDURE"), ("81%", "RESULT")],
     ["general"], "Measures and coaching inside the app's secure inbox (portal): may stay (decision 7)."),
    ("ey0096", "Your bupro\u200bpion XL 150 mg refill request was sent to your provider for approval. We'll text you as soon as it's approved.",
     "REWRITE", "other", "sms", "en",
     [("bupro\u200bpion XL 150 mg", "MEDICATION")],
     ["behavioral-health", "pharmacy"], "Disguise: a zero-width space inside the drug name; a refill-request notice naming the drug is REWRITE."),
)

# ---------------------------------------------------------------- batch 9 (ey0097-ey0108): long e-mails, prior authorization, account security
add(
    ("ey0097", "We've updated our Privacy Notice\n\nHi there,\n\nWe've made a few updates to how we describe the information we collect and how we use it. The short version: we never sell your health information, we don't use it for third-party advertising, and you can download or delete your data at any time from Settings > Privacy.\n\nWhat changed:\n- clearer language about the pharmacies and labs we work with\n- a new section on how long we keep records\n- updated contact details for privacy requests\n- a plain-language summary of your rights under state privacy laws\n\nA reminder of what hasn't changed: we only share information with the clinicians, pharmacies and labs involved in your care, with payment processors to bill your membership, and when the law requires it.\n\nThe new notice takes effect 30 days from today. You can read it in full at palisade.example.com/privacy, and if you have questions, write to privacy@palisade.example.com. You don't need to do anything.\n\nThe Palisade Health Team",
     "ALLOW", "other", "email", "en",
     [("palisade.example.com/privacy", "URL"), ("privacy@palisade.example.com", "EMAIL")],
     ["general", "practice-contact", "broadcast"], "Long policy e-mail to every member; 'health information', 'pharmacies and labs' and 'records' describe the service, not the recipient."),
    ("ey0098", "Hi Rachel,\n\nThanks for choosing Nuvela for your birth control! Your order is confirmed:\n\nSprintec (norgestimate and ethinyl estradiol), 3 packs\nDelivery: every 3 months, next ship date 4/2\nPrice: $0 with insurance\n\nYour prescription is written by Dr. Helen Ostrowski and filled by our partner pharmacy. Your packs arrive in a plain envelope with no Nuvela branding. If you change your mind about anything, reply to this email or manage your plan from the app before the next ship date.\n\nTalk soon,\nThe Nuvela Team",
     "REWRITE", "confirmation", "email", "en",
     [("Rachel", "NAME"), ("birth control", "MEDICATION"), ("Sprintec", "MEDICATION"), ("norgestimate and ethinyl estradiol", "MEDICATION"), ("4/2", "DATE"), ("Dr. Helen Ostrowski", "PROVIDER")],
     ["reproductive", "pharmacy"], "Order confirmation naming the patient and her contraceptive; removed, the order, schedule and price survive. No dosing instructions, so not BLOCK."),
    ("ey0099", "Welcome to your first month, Tamsin!\n\nYour semaglutide box arrives Tuesday. Here's how to start:\n\n1. Inject 0.25 mg under the skin of your belly or thigh once a week, on the same day each week.\n2. Keep unopened pens in the fridge; the pen in use can stay at room temperature for up to 28 days.\n3. Eat smaller meals and stop when you feel full - this helps with nausea.\n4. If you miss a dose and it's been less than 5 days, take it when you remember; otherwise skip it and take the next one on schedule.\n5. Call 911 for severe belly pain that won't go away, which can be a sign of pancreatitis.\n\nYou'll move up to 0.5 mg in week 5 if you're feeling OK. Your clinician, Dr. Adeyemi, will check in before each step.\n\nThe Orla Team",
     "BLOCK", "care-instructions", "email", "en",
     [("Tamsin", "NAME"), ("semaglutide", "MEDICATION"), ("nausea", "CONDITION"), ("severe belly pain", "CONDITION"), ("pancreatitis", "CONDITION"), ("Dr. Adeyemi", "PROVIDER")],
     ["primary-care"], "Welcome e-mail that is a dosing and titration plan (decision 4): the instructions are the message. 911 is not a phone identifier."),
    ("ey0100", "Heads up: our app will be down for maintenance Sunday from 1-3 AM ET. Orders and shipments aren't affected.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative", "broadcast"], "Maintenance notice to every member."),
    ("ey0101", "Tu paquete con finasterida 1 mg y minoxidil 5% llega hoy. Si no vas a estar en casa, puedes cambiar la entrega desde la app. Corvo",
     "REWRITE", "pickup", "sms", "es",
     [("finasterida 1 mg", "MEDICATION"), ("minoxidil 5%", "MEDICATION")],
     ["dermatology", "pharmacy"], "Delivery notice naming two drugs: they go, the delivery notice survives."),
    ("ey0102", "Hola Sergio, el Dr. Vidal revisó tu evaluación: por tu presión alta y porque usas nitratos, no es seguro recetarte tadalafil por telemedicina. Te sugerimos hablar con tu cardiólogo. No se hizo ningún cobro.",
     "BLOCK", "other", "sms", "es",
     [("Sergio", "NAME"), ("Dr. Vidal", "PROVIDER"), ("presión alta", "CONDITION"), ("nitratos", "MEDICATION"), ("tadalafil", "MEDICATION"), ("cardiólogo", "SPECIALTY")],
     ["hiv-sexual-health", "cardiology"], "Denial with its clinical reasons (decision 3)."),
    ("ey0103", "Hola, le llamamos de Palisade Health para recordarle su cita por video con la Dra. Whitaker el 4 de junio a las 3:30 de la tarde. Para cambiarla, llame al 555-0129. Gracias.",
     "ALLOW", "reminder", "voice", "es",
     [("Dra. Whitaker", "PROVIDER"), ("4 de junio", "DATE"), ("555-0129", "PHONE")],
     ["primary-care", "practice-contact"], "Voice reminder with provider, date, time and the brand's own number."),
    ("ey0104", "Vigor Men's Sexual Health: your follow-up with Dr. Lindqvist is Wed 10/22 at 9:00 AM. Reply C to confirm or R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Vigor Men's Sexual Health", "SPECIALTY"), ("Dr. Lindqvist", "PROVIDER"), ("10/22", "DATE")],
     ["hiv-sexual-health"], "Brand name reveals the service (decision 1); provider, date and time survive."),
    ("ey0105", "Update on your prior authorization: your insurer denied coverage for Zepbound because your BMI of 29.4 is below their 30 cutoff without a weight-related condition on file. You can appeal, switch to cash pay, or talk to your clinician about options in the app.",
     "BLOCK", "billing", "email", "en",
     [("Zepbound", "MEDICATION"), ("BMI", "PROCEDURE"), ("29.4", "RESULT")],
     ["primary-care"], "Denial reason is the member's own measure and value (decision 6): the clinical content is the message."),
    ("ey0106", "Update: we sent the prior authorization paperwork to your insurance plan today. Decisions usually take 5-10 business days, and we'll text you either way.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Prior-authorization status with no drug or reason."),
    ("ey0107", "Security alert: the login email on your Orla account was changed to k.oyelaran@example.net. If you didn't make this change, contact security@orla.example.com right away.",
     "REWRITE", "other", "email", "en",
     [("k.oyelaran@example.net", "EMAIL"), ("security@orla.example.com", "EMAIL")],
     ["general", "practice-contact"], "The member's own e-mail is an identifier not needed to send the alert (decision 9); the brand's security address stays."),
    ("ey0108", "Your Orla verification code is 482913. Don't share it with anyone - we'll never call you to ask for it.",
     "ALLOW", "other", "push", "en", [],
     ["general", "otp", "hard-negative"], "A one-time login code is not an identifier of the patient (README)."),
)

# ---------------------------------------------------------------- batch 10 (ey0109-ey0120): dependents, staff shorthand, records, closing mix
add(
    ("ey0109", "Lumaya: Hi Mr. Castillo, Mateo's tretinoin 0.05% cream shipped today. Remind him: pea-size amount, nights only, and SPF every morning!",
     "BLOCK", "care-instructions", "sms", "en",
     [("Castillo", "NAME"), ("Mateo", "NAME"), ("tretinoin 0.05% cream", "MEDICATION")],
     ["dermatology", "minor", "third-party"], "A dependent's drug and how to use it, sent to the parent: third-party health (README verdict conventions)."),
    ("ey0110", "hey its Blake from the Tandem care team - ur hairloss consult w/ Dr Osei got moved to thurs 11/6 @ 4pm. txt back if that dont work for u",
     "REWRITE", "reminder", "sms", "en",
     [("Blake", "PROVIDER"), ("hairloss", "CONDITION"), ("Dr Osei", "PROVIDER"), ("11/6", "DATE")],
     ["dermatology", "shorthand", "typo"], "Staff shorthand; the condition used as a visit label goes ('consult' stays outside); the care-team sender is PROVIDER (decision 8)."),
    ("ey0111", "Kestrel: ur video visit w/ Dr. Baptiste is tmrw 9:45a. Tap the link in the app to join. Reply R to resched.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Baptiste", "PROVIDER")],
     ["primary-care", "shorthand"], "Shorthand reminder with provider and time only."),
    ("ey0112", "HormoneHQ Menopause Care: Your intake is complete, Beth! Next step: book your first video visit with a menopause specialist. Most members are seen within 3 days. Book here: hormonehq.example.com/book",
     "REWRITE", "other", "email", "en",
     [("HormoneHQ Menopause Care", "SPECIALTY"), ("Beth", "NAME"), ("menopause", "CONDITION"), ("hormonehq.example.com/book", "URL")],
     ["reproductive", "practice-contact"], "Brand name and the specialist's condition label reveal the service (decisions 1 and 12); the booking step survives. 'specialist' stays outside as the generic word."),
    ("ey0113", "Your A1c came back at 5.9% - that's in the prediabetes range. Tap to see your plan.",
     "BLOCK", "result", "push", "en",
     [("A1c", "PROCEDURE"), ("5.9%", "RESULT"), ("prediabetes", "CONDITION")],
     ["primary-care", "lab"], "A value and its interpretation on a lock screen: the result is the message."),
    ("ey0114", "The Kestrel Journal - March\n\nThis month: why your afternoon coffee isn't the villain it's made out to be, five stretches for anyone who sits at a desk all day, and how to actually read a nutrition label (hint: start with the serving size, not the calories).\n\nStaff pick: our ops lead swears by a 20-minute walk after lunch. The rule - no phone, no podcast, just the walk.\n\nFrom the shop: spring bundles are live, with free shipping on orders over $50 through the 31st.\n\nAs always, nothing in this newsletter is medical advice. Reply to tell us what you'd like to read about next.\n\nSee you in April,\nThe Kestrel Team",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Long wellness newsletter to every member; coffee, desk stretches and nutrition labels concern nobody's care."),
    ("ey0115", "Orla: tus plumas de Ozempic 1 mg salieron hoy y llegan el jueves. Alguien mayor de 18 años debe firmar de recibido.",
     "REWRITE", "pickup", "sms", "es",
     [("Ozempic 1 mg", "MEDICATION")],
     ["primary-care", "pharmacy"], "Drug and strength go; 'plumas de' before the drug stays outside (decision 10); the delivery notice survives."),
    ("ey0116", "Hola Gabriela, te escribimos de Nuvela porque tu hija Sofía pidió renovar su receta de anticonceptivos. Como ella es menor, necesitamos tu firma en el formulario de la app antes del envío.",
     "BLOCK", "other", "sms", "es",
     [("Gabriela", "NAME"), ("Sofía", "NAME"), ("anticonceptivos", "MEDICATION")],
     ["reproductive", "minor", "third-party"], "A minor's contraceptive prescription disclosed to the parent by SMS: third-party health (README verdict conventions)."),
    ("ey0117", "Your STI panel results\n\nChlamydia: negative\nGonorrhea: negative\nSyphilis (RPR): nonreactive\nHIV-1/2 Ag/Ab: nonreactive\n\nNo treatment is needed. We recommend testing again in 3-6 months if you have new partners.",
     "ALLOW", "result", "portal", "en",
     [("STI panel", "PROCEDURE"), ("Chlamydia", "PROCEDURE"), ("negative", "RESULT", 0), ("Gonorrhea", "PROCEDURE"), ("negative", "RESULT", 1), ("Syphilis (RPR)", "PROCEDURE"), ("nonreactive", "RESULT", 0), ("HIV-1/2 Ag/Ab", "PROCEDURE"), ("nonreactive", "RESULT", 1)],
     ["hiv-sexual-health", "lab", "contrast"], "Full panel inside the app's secure inbox (portal): may stay (decision 7); contrast with the e-mailed panel ey0075."),
    ("ey0118", "This is a reminder from DreamWell Sleep Clinic. Your home sleep test device will be delivered tomorrow between 9 AM and 1 PM. Someone needs to be home to sign for it. To change the delivery window, call 555-0176.",
     "REWRITE", "reminder", "voice", "en",
     [("DreamWell Sleep Clinic", "SPECIALTY"), ("home sleep test", "PROCEDURE"), ("555-0176", "PHONE")],
     ["general", "practice-contact"], "Brand name and test go (decision 1); 'device' stays outside as the generic word; the delivery window and number survive."),
    ("ey0119", "Your records request is complete. Attached: visit notes for Thomas Reilly (DOB 07/08/1969), including the diagnosis of androgenetic alopecia and current prescriptions. The link expires in 7 days.",
     "BLOCK", "other", "email", "en",
     [("Thomas Reilly", "NAME"), ("07/08/1969", "DATE"), ("androgenetic alopecia", "CONDITION")],
     ["dermatology", "dob"], "Full date of birth with the name plus a stated diagnosis (decision 11; README DOB convention)."),
    ("ey0120", "Happy 1-year anniversary with Tandem! \U0001F382 As a thank-you, your next month is on us - no code needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "Membership anniversary; '1-year' is not an age and nothing is clinical."),
)

probe_lib.run(M, "ey", "probe152.jsonl")
