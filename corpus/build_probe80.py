#!/usr/bin/env python3
"""Build corpus/probe80.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe80.py [OUT] [-v]   (default: probe80.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run
and no other corpus's messages, source code or tests were read.

This round is DIRECT-TO-CONSUMER TELEHEALTH AND HEALTH BRANDS: what subscription telehealth
brands (hair loss, erectile dysfunction, birth control and emergency contraception delivery, acne
and skincare, GLP-1 weight-loss programs, menopause care, mental-health and therapy apps), at-home
lab and DNA test kits, online pharmacies and their shipping partners send — order and shipping
notices, refill and renewal prompts, intake questionnaires, provider-review notices, kit
activation and results-ready notices, payment and subscription e-mails, promos and referral
codes — mixing messages that reveal the recipient's condition, drug, test or program with ones
that only bill, ship discreetly or promote, plus look-alikes (a tailor called "Hems & Co.", a
hardware store called "Roe's", "keeps your plan going" from a gym and a phone carrier, "Thrive
Pantry", "discreet packaging", promo codes and tracking numbers that look like identifiers,
"kit" and "panel" in other senses). 15% Spanish; four disguised messages.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. A DTC brand name that contains a condition, drug, body-part or service-line word ("... Hair",
     "... Derm Rx", "... Menopause Care", "... Therapy", "... Men's Health", "Kindred Mind",
     "Mindline", "Slimwell", "... Specialty Pharmacy") is specialty-revealing: one SPECIALTY span
     for the whole name. Invented brand names that say nothing (Rovana, Hollis, Lunaria, Roe, Pellucid Rx,
     Tandem, Halden, HelixLine, Evenfall, Pathwell Labs, TestNest, Cobalt Pharmacy) are not
     labelled, even when their product line is sensitive.
  2. A promotion or referral ask from a condition-revealing brand, or naming the condition or
     drug, sent to that brand's own customers is not a broadcast: the recipient list is itself
     the disclosure, so it is REWRITE (BLOCK if it states the customer's progress or dosing).
     A practice-wide broadcast from a generic practice stays ALLOW with no span.
  3. Carrier tracking numbers are not labelled (they identify a parcel, like a confirmation code
     identifies a slot). Pharmacy/telehealth order and receipt numbers are OTHER_ID (as build_probe7
     does for order and invoice numbers); membership/customer IDs are ACCOUNT; home-test kit IDs
     and sample IDs are OTHER_ID (they key a specimen, like an accession number).
  4. Promo and referral codes are not labelled (campaign or marketing codes, not a record key);
     a personal referral link is still a URL span like every URL.
  5. The last four digits of a payment card are not labelled (masked, not unique).
  6. "Discreet", "plain" or "unmarked packaging" is not a clinical term: no span.
  7. A prescription approved or shipped, with the drug named, is REWRITE like a pickup notice;
     an approval that states the clinical reason (eligibility, a finding) or how to take the drug,
     or a declined request with its clinical reason, is BLOCK.
  8. Storage and handling of a shipped drug ("refrigerate on arrival") is logistics, not dosing.
  9. An ancestry-only DNA notice is not health information (ALLOW, no span); a health or
     carrier report from the same kind of kit names a genetic test (PROCEDURE).
 10. "your therapist Rosa": the role word is SPECIALTY and the first name PROVIDER, as two spans;
     a specialty credential after a name (LMFT) is SPECIALTY, as README does with DDS.
 11. A weight or weight change reported back to the customer (even in a marketing e-mail) is a
     RESULT, so BLOCK.
 12. A pet's name is not a NAME (not a person); a "Lab" that is a dog is not a lab.
 13. Brand-name drugs (Viagra, Plan B One-Step, Zepbound, ella, Sprintec) are MEDICATION like
     generic names; "GLP-1" used as a drug class is MEDICATION; "ED" is CONDITION.
 14. A prescriber's NPI and a CPT code for a generic visit are not patient identifiers: no span.
 15. A program coach named as the brand's staff ("your Slimwell coach Priya") is workforce:
     PROVIDER, like a staff member named as sender.
 16. Named programs (iPLEDGE, a weight-loss program) and devices (condoms, CPAP, hearing aid) are
     PROCEDURE; the pill and "birth control" are MEDICATION.
 17. Ship, refill and trial-end dates are labelled DATE and, like appointment dates, may stay in
     an ALLOW or a rewrite; a date of birth never may.

Everything is invented: names, brands, practices, 555-01xx numbers, example domains, identifiers
(the NPI in ce0053 fails its check digit, so it belongs to no one).
Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (ce0001-ce0012): orders, shipping, delivery partners
add(
    ("ce0001", "Rovana: Your order has shipped in discreet, unbranded packaging. Track it anytime in the app. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Generic brand, no drug or condition; 'discreet packaging' is not a clinical term (decisions 1, 6)."),
    ("ce0002", "Crownline Hair: Good news, Marcus! Your 3-month supply of finasteride 1mg shipped today and should arrive by 6/12. Track: crownline.example/t/8HQ2ZP",
     "REWRITE", "pickup", "sms", "en",
     [("Crownline Hair", "SPECIALTY"), ("Marcus", "NAME"), ("finasteride 1mg", "MEDICATION"), ("6/12", "DATE"),
      ("crownline.example/t/8HQ2ZP", "URL")],
     ["pharmacy", "dermatology"], "Shipping notice survives without the hair-loss brand (decision 1), the name, the drug and the tokened tracking link."),
    ("ce0003", "Order confirmation #GM-300418\n\nPatient: Daniel Okafor\nDOB: 09/30/1979\nShip to: 1187 Larkspur Ct, Tulsa, OK 74105\n\nItems:\n- Sildenafil 20mg tablets x 30\n  Directions: take 2 to 5 tablets by mouth about 1 hour before sexual activity. Do not take more than once in 24 hours. Do not use with nitrates.\n- Telehealth consult (ED): $0.00\n\nSubtotal $30.00 | Shipping FREE | Total $30.00\n\nYour prescriber, Dr. Helen Marsh, approved this order on 04/02. Your package ships in plain packaging within 2 business days.\n\nGrove Men's Health | grovemh.example | (888) 555-0104",
     "BLOCK", "confirmation", "email", "en",
     [("GM-300418", "OTHER_ID"), ("Daniel Okafor", "NAME"), ("09/30/1979", "DATE"), ("1187 Larkspur Ct, Tulsa, OK 74105", "ADDRESS"),
      ("Sildenafil 20mg tablets", "MEDICATION"), ("ED", "CONDITION"), ("Dr. Helen Marsh", "PROVIDER"), ("04/02", "DATE"),
      ("Grove Men's Health", "SPECIALTY"), ("grovemh.example", "URL"), ("(888) 555-0104", "PHONE")],
     ["pharmacy", "reproductive", "dob", "practice-contact"], "Full DOB with the patient's name, plus dosing directions; e-mail counts as SMS. Order number is OTHER_ID (decision 3)."),
    ("ce0004", "Your package from Cobalt Pharmacy is out for delivery today between 2 and 6 PM.",
     "ALLOW", "pickup", "push", "en", [],
     ["pharmacy", "hard-negative"], "Generic pharmacy name, no drug, no recipient detail."),
    ("ce0005", "SwiftShip: Package 1Z 84F 2W9 03 5510 8847 arrives Thu by 8pm. Adult signature required. Change delivery: swiftship.example/manage",
     "ALLOW", "other", "sms", "en",
     [("swiftship.example/manage", "URL")],
     ["pharmacy", "practice-contact"], "Carrier tracking number is not labelled (decision 3); the carrier's own generic link carries no token."),
    ("ce0006", "Lunaria: ¡Hola Valeria! Tus anticonceptivos (3 paquetes) ya van en camino en empaque discreto. Llegan el 14 de marzo 💜",
     "REWRITE", "pickup", "sms", "es",
     [("Valeria", "NAME"), ("anticonceptivos", "MEDICATION"), ("14 de marzo", "DATE")],
     ["pharmacy", "reproductive"], "Birth-control shipment: name and drug class go, the delivery date may stay; Lunaria is a generic brand (decision 1)."),
    ("ce0007", "Your ella 30mg ships overnight. Take 1 tablet as soon as it arrives; it works best the sooner you take it, up to 5 days after unprotected sex. If you throw up within 3 hrs, text us.",
     "BLOCK", "care-instructions", "sms", "en",
     [("ella 30mg", "MEDICATION")],
     ["pharmacy", "reproductive"], "Emergency-contraception dosing instructions are the message; removal leaves nothing (decision 7, 13)."),
    ("ce0008", "Hems & Co. Tailoring: your alterations (2 trouser hems, 1 sleeve) are ready for pickup. Open till 7 tonight.",
     "ALLOW", "pickup", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike of a men's-health brand: a tailor's pickup notice."),
    ("ce0009", "Slimwell: your next month of semaglutide ships Tuesday 7/8 in an insulated box with ice packs. Please have someone home to put it in the fridge when it arrives.",
     "REWRITE", "pickup", "sms", "en",
     [("Slimwell", "SPECIALTY"), ("semaglutide", "MEDICATION"), ("7/8", "DATE")],
     ["pharmacy"], "Cold-chain logistics are not dosing (decision 8); the weight-loss brand and the drug go (decision 1)."),
    ("ce0010", "Pellucid Rx: order PX-771092 is packed and ships tomorrow. Questions? 1-800-555-0142",
     "REWRITE", "pickup", "sms", "en",
     [("PX-771092", "OTHER_ID"), ("1-800-555-0142", "PHONE")],
     ["pharmacy", "practice-contact"], "Pharmacy order number keys a prescription record: OTHER_ID, not needed (decision 3)."),
    ("ce0011", "Halden Health: ur doc looked at ur scalp pics & thinks the patches r likely alopecia aerata, not male pattern loss, so we cant ship minoxidil. pls see a derm in person",
     "BLOCK", "result", "sms", "en",
     [("alopecia aerata", "CONDITION"), ("male pattern loss", "CONDITION"), ("minoxidil", "MEDICATION"), ("derm", "SPECIALTY")],
     ["dermatology", "shorthand", "typo"], "A clinician's finding (misspelt as staff type it) and a declined prescription with its reason (decision 7)."),
    ("ce0012", "This is an automated message from Cobalt Pharmacy. Your order is ready and will be delivered tomorrow. If you have questions, call us at (614) 555-0148. Goodbye.",
     "ALLOW", "pickup", "voice", "en",
     [("(614) 555-0148", "PHONE")],
     ["pharmacy", "practice-contact"], "Generic pharmacy delivery call with its own number."),
)

# ---------------------------------------------------------------- batch 2 (ce0013-ce0024): refills and renewals
add(
    ("ce0013", "Hi Devon, time to renew your Hollis plan! Your tretinoin 0.05% cream runs out around 8/3. Tap to start your 2-min check-in: hollis.example/renew",
     "REWRITE", "reminder", "sms", "en",
     [("Devon", "NAME"), ("tretinoin 0.05% cream", "MEDICATION"), ("8/3", "DATE"), ("hollis.example/renew", "URL")],
     ["dermatology", "pharmacy"], "Renewal prompt survives without the name and the drug; 'Hollis' is an invented generic brand, not a person (decision 1)."),
    ("ce0014", "Brightwave Mobile: AutoPay keeps your plan going. Your $45 payment posts on the 1st, no action needed.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: a phone carrier's plan, not a care plan."),
    ("ce0015", "Time to refill your sertraline 100mg. Please don't stop it suddenly; if you want to come off it, taper with your prescriber. Still having the low mood and poor sleep you mentioned? Reply in the app.",
     "BLOCK", "care-instructions", "sms", "en",
     [("sertraline 100mg", "MEDICATION"), ("low mood", "CONDITION"), ("poor sleep", "CONDITION")],
     ["behavioral-health", "pharmacy"], "Treatment advice and the patient's reported symptoms, not a bare refill prompt."),
    ("ce0016", "Your Kindred Mind prescription renewal is due. Book a 15-min med check with your psychiatric NP before 9/14 so there's no gap.",
     "REWRITE", "reminder", "push", "en",
     [("Kindred Mind", "SPECIALTY"), ("med check", "PROCEDURE"), ("psychiatric", "SPECIALTY"), ("9/14", "DATE")],
     ["behavioral-health"], "Mental-health brand (decision 1), med check and the psychiatric role go; renewal logistics survive."),
    ("ce0017", "Farmacia Del Valle: Su pedido está listo. Puede recogerlo de 9 a 7. Responda STOP para no recibir más mensajes.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "hard-negative"], "Generic pharmacy pickup, nothing named."),
    ("ce0018", "Hi Chloe,\n\nYour Lunaria prescription for Sprintec expires on 10/02. To keep your pills coming without a break, answer a few quick questions so Dr. Amara Obi can renew it. It takes about 3 minutes: lunaria.example/renew\n\nIf anything has changed since your last check-in (new medications, a new diagnosis, or you've had a baby), just note it in the form.\n\nWith care,\nThe Lunaria team",
     "REWRITE", "reminder", "email", "en",
     [("Chloe", "NAME"), ("Sprintec", "MEDICATION"), ("10/02", "DATE"), ("Dr. Amara Obi", "PROVIDER"), ("lunaria.example/renew", "URL")],
     ["reproductive", "pharmacy", "practice-contact"], "Renewal logistics survive; the name and the birth-control brand drug go (decision 13). The hypothetical list of changes says nothing about her."),
    ("ce0019", "Your prescription is due for renewal. Open the app to answer a few questions for your provider.",
     "ALLOW", "reminder", "push", "en", [],
     ["pharmacy", "hard-negative"], "Generic renewal prompt; 'prescription' is a generic word."),
    ("ce0020", "Tandem: your next box has Zepbound 5 mg pens. Since you tolerated 2.5 mg well, inject 5 mg once weekly starting Sunday. Nausea is common at first; eat smaller meals.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Zepbound 5 mg", "MEDICATION"), ("Nausea", "CONDITION")],
     ["pharmacy"], "GLP-1 titration and dosing instructions; removal cannot make it safe."),
    ("ce0021", "refill reminder: ur spironolactone 50mg ships 11/20. keep taking 1 tab twice a day w food. reply SKIP to pause 1 mo",
     "BLOCK", "care-instructions", "sms", "en",
     [("spironolactone 50mg", "MEDICATION"), ("11/20", "DATE")],
     ["dermatology", "pharmacy", "shorthand"], "A dosing instruction rides on the refill notice, so it is BLOCK, not REWRITE."),
    ("ce0022", "Tu suscripción se renueva pronto. Revisa tu plan en la app antes del cobro.",
     "ALLOW", "billing", "push", "es", [],
     ["general", "hard-negative"], "Subscription renewal with no brand, drug or person."),
    ("ce0023", "Hi Joanne,\n\nAhead of your estradiol renewal, Dr. Lena Fischer reviewed your monthly check-in from Solace Menopause Care:\n\n- Hot flashes: down from about 8 a day to 2\n- Night sweats: resolved\n- Home BP: 118/76\n\nShe is continuing estradiol 1 mg daily and progesterone 100 mg at bedtime, and your next 90-day supply ships on 05/19. If you notice any vaginal bleeding, breast changes or calf pain, message us right away.\n\nWarmly,\nSolace Care Team",
     "BLOCK", "care-instructions", "email", "en",
     [("Joanne", "NAME"), ("estradiol", "MEDICATION"), ("Dr. Lena Fischer", "PROVIDER"), ("Solace Menopause Care", "SPECIALTY"),
      ("Hot flashes", "CONDITION"), ("Night sweats", "CONDITION"), ("BP", "PROCEDURE"), ("118/76", "RESULT"),
      ("estradiol 1 mg", "MEDICATION"), ("progesterone 100 mg", "MEDICATION"), ("05/19", "DATE"),
      ("vaginal bleeding", "CONDITION"), ("breast changes", "CONDITION"), ("calf pain", "CONDITION")],
     ["reproductive", "primary-care"], "Symptom trends, a BP value and the regimen: clinical content is the message."),
    ("ce0024", "Reminder from Northside Telehealth: your video visit with Dr. Gwen Hadley is Tue 4/8 at 6:30 PM. Join from the link in your email.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Gwen Hadley", "PROVIDER"), ("4/8", "DATE")],
     ["primary-care"], "Provider, date and time; a generic telehealth name does not reveal a specialty."),
)

# ---------------------------------------------------------------- batch 3 (ce0025-ce0036): intake questionnaires, provider review
add(
    ("ce0025", "Grove Men's Health: You're almost done! Finish your intake so a licensed provider can review your ED treatment request: grovemh.example/intake. 100% online, no waiting room.",
     "REWRITE", "other", "sms", "en",
     [("Grove Men's Health", "SPECIALTY"), ("ED", "CONDITION"), ("grovemh.example/intake", "URL")],
     ["reproductive", "practice-contact"], "The intake nudge survives without the men's-health brand (decision 1) and the condition."),
    ("ce0026", "Thanks for completing your online visit, Kevin. Here is a copy of your answers for your records:\n\n1. Do you take nitrates or nitroglycerin? No\n2. Most recent blood pressure: 142/91\n3. How often do you have trouble keeping an erection? Most of the time\n4. Have you had a heart attack or stroke in the last 6 months? No\n5. Do you use recreational drugs (poppers, cocaine)? Occasionally\n6. Current medications: lisinopril 10mg, atorvastatin 20mg\n\nA provider will review your answers within 24 hours and may message you with follow-up questions. You can edit your answers until then at grovemh.example/visit.\n\nGrove Men's Health",
     "BLOCK", "other", "email", "en",
     [("Kevin", "NAME"), ("nitrates", "MEDICATION"), ("nitroglycerin", "MEDICATION"), ("blood pressure", "PROCEDURE"), ("142/91", "RESULT"), ("trouble keeping an erection", "CONDITION"), ("heart attack", "CONDITION"), ("stroke", "CONDITION"), ("poppers", "MEDICATION"), ("cocaine", "MEDICATION"),
      ("lisinopril 10mg", "MEDICATION"), ("atorvastatin 20mg", "MEDICATION"), ("grovemh.example/visit", "URL"), ("Grove Men's Health", "SPECIALTY")],
     ["reproductive", "negation", "practice-contact"], "Echoed intake answers are the patient's own health history (BP value, symptoms, drug use, medications)."),
    ("ce0027", "Your provider has reviewed your request. You'll get an update within 24 hours.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "Provider-review notice with nothing named."),
    ("ce0028", "NP Carla Mendes reviewed your acne consult and approved your prescription. It ships in 1–2 business days.",
     "REWRITE", "other", "push", "en",
     [("NP Carla Mendes", "PROVIDER"), ("acne", "CONDITION")],
     ["dermatology"], "Approval notice without the drug; the condition used as a visit label goes (decision 7)."),
    ("ce0029", "We're sorry: your provider declined your finasteride request because of the liver problems you listed in your intake. Please talk with your primary care doctor before trying again. You have not been charged.",
     "BLOCK", "other", "sms", "en",
     [("finasteride", "MEDICATION"), ("liver problems", "CONDITION")],
     ["dermatology", "primary-care"], "Declined request with its clinical reason (decision 7)."),
    ("ce0030", "Hola Mariana, la Dra. Paula Ibarra ya revisó tu solicitud de tratamiento para la menopausia. Entra a la app para ver los siguientes pasos.",
     "REWRITE", "other", "sms", "es",
     [("Mariana", "NAME"), ("Dra. Paula Ibarra", "PROVIDER"), ("menopausia", "CONDITION")],
     ["reproductive"], "Review notice survives without the name and the condition; no decision is stated."),
    ("ce0031", "A clinician needs one more photo to finish reviewing your request. Please upload it in the app; the link in your email expires in 48 hours.",
     "ALLOW", "other", "sms", "en", [],
     ["dermatology", "hard-negative"], "Nothing says what the photo is of or who the patient is."),
    ("ce0032", "Welcome to Stillwater Therapy!\n\nBefore we match you with a therapist, please complete two short check-ins in your dashboard: the PHQ-9 and the GAD-7. They take about 5 minutes together and help your match understand where you're starting from. There are no right or wrong answers.\n\nOnce you're matched, you can message your therapist any time and book a live video session each week. Your first month is $260, billed on the day you're matched.\n\nIf you are in crisis or thinking about harming yourself, call or text 988, or call 911.\n\nQuestions? hello@stillwater.example\nStillwater Therapy, 200 Pier Ave Suite 5, Portland, ME",
     "REWRITE", "other", "email", "en",
     [("Stillwater Therapy", "SPECIALTY"), ("therapist", "SPECIALTY"), ("PHQ-9", "PROCEDURE"), ("GAD-7", "PROCEDURE"),
      ("therapist", "SPECIALTY", 1), ("video session", "PROCEDURE"), ("hello@stillwater.example", "EMAIL"),
      ("Stillwater Therapy", "SPECIALTY", 1), ("200 Pier Ave Suite 5, Portland, ME", "ADDRESS")],
     ["behavioral-health", "practice-contact"], "Therapy-app welcome naming the screening questionnaires; 988/911 are not phone identifiers. Judgement: 'video session' with a therapist is the therapy visit type (PROCEDURE)."),
    ("ce0033", "Your PHQ-9 score this week is 17. Your care team will reach out today.",
     "BLOCK", "result", "push", "en",
     [("PHQ-9", "PROCEDURE"), ("17", "RESULT")],
     ["behavioral-health"], "A screening score is a result, on a lock screen."),
    ("ce0034", "Dr. Ines Wang reviewed your intake. Based on your answers (no nitrates, BP 124/78), sildenafil 50mg is appropriate for you: take 1 tablet about 1 hour before sexual activity, no more than once a day.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Dr. Ines Wang", "PROVIDER"), ("nitrates", "MEDICATION"), ("BP", "PROCEDURE"), ("124/78", "RESULT"), ("sildenafil 50mg", "MEDICATION")],
     ["reproductive", "contrast", "negation"], "Inside the secure portal, findings and doses may stay (README channel convention); same content as ce0035 by SMS."),
    ("ce0035", "Dr. Wang reviewed your intake: sildenafil 50mg is appropriate. Take 1 tab ~1 hr before activity, max once daily.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Wang", "PROVIDER"), ("sildenafil 50mg", "MEDICATION")],
     ["reproductive", "contrast"], "Dosing instructions by SMS; its portal twin ce0034 is ALLOW."),
    ("ce0036", "Tandem: your GLP-1 eligibility review is done. With a BMI of 31.4 and prediabetes, you qualify. Book your first weight-loss program visit: tandem.example/book",
     "BLOCK", "result", "sms", "en",
     [("GLP-1", "MEDICATION"), ("BMI", "PROCEDURE"), ("31.4", "RESULT"), ("prediabetes", "CONDITION"), ("weight-loss program", "PROCEDURE"),
      ("tandem.example/book", "URL")],
     ["primary-care", "practice-contact"], "Approval that states its clinical reason, a BMI and a condition (decision 7)."),
)

# ---------------------------------------------------------------- batch 4 (ce0037-ce0048): home test kits, activation, results-ready
add(
    ("ce0037", "Pathwell Labs: Activate your kit before you collect! Enter kit ID PW-4K7-93XQ at pathwell.example/activate. Unactivated samples can't be processed.",
     "REWRITE", "other", "sms", "en",
     [("PW-4K7-93XQ", "OTHER_ID"), ("pathwell.example/activate", "URL")],
     ["lab", "practice-contact"], "The kit ID keys a specimen like an accession number and is printed on the kit, so the text does not need it (decision 3)."),
    ("ce0038", "Your kit has arrived! Activate it in the app before collecting your sample; samples from kits that aren't activated can't be processed.",
     "ALLOW", "other", "push", "en", [],
     ["lab", "hard-negative"], "Activation nudge with no test named and no kit ID."),
    ("ce0039", "TestNest: your STI panel sample was received at our lab. Results usually take 2-5 business days.",
     "REWRITE", "other", "push", "en",
     [("STI panel", "PROCEDURE")],
     ["lab", "hiv-sexual-health"], "Sample-received notice survives without the test name."),
    ("ce0040", "TestNest: Your chlamydia result is POSITIVE. Treatment is available today. Book a free consult: testnest.example/care",
     "BLOCK", "result", "sms", "en",
     [("chlamydia", "CONDITION"), ("POSITIVE", "RESULT"), ("testnest.example/care", "URL")],
     ["lab", "hiv-sexual-health", "practice-contact"], "A positive STI result by text."),
    ("ce0041", "Sunridge Solar: your panel inspection is set for Friday. A tech will check the inverter and roof mounts; no need to be home.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: a solar panel, not a lab panel."),
    ("ce0042", "Hola Daniela:\n\nTus resultados de la prueba de AMH (reserva ovárica) ya están listos en tu cuenta de Pathwell. Por tu privacidad no los enviamos por correo. Si quieres revisarlos con una de nuestras enfermeras, agenda una llamada gratuita desde la app.\n\nSaludos,\nEquipo Pathwell",
     "REWRITE", "portal-notice", "email", "es",
     [("Daniela", "NAME"), ("prueba de AMH", "PROCEDURE"), ("reserva ovárica", "PROCEDURE")],
     ["lab", "fertility"], "Results-ready notice naming a fertility test; 'your results are ready' survives. Judgement: the parenthetical that names what AMH measures is a second PROCEDURE span."),
    ("ce0043", "Your Thyroid Panel results are in.\n\nTSH: 6.8 mIU/L (H)\nFree T4: 0.9 ng/dL\nTPO antibodies: 212 IU/mL (H)\n\nThese results may point to an underactive thyroid (Hashimoto's). This is not a diagnosis. We recommend sharing them with your doctor, or booking a follow-up with one of our clinicians, who can decide whether to start levothyroxine.\n\nView the full report: pathwell.example/r/7QF2M9?u=88120",
     "BLOCK", "result", "email", "en",
     [("Thyroid Panel", "PROCEDURE"), ("TSH", "PROCEDURE"), ("6.8 mIU/L", "RESULT"), ("TSH: 6.8 mIU/L ([[H]])", "RESULT"), ("Free T4", "PROCEDURE"),
      ("0.9 ng/dL", "RESULT"), ("TPO antibodies", "PROCEDURE"), ("212 IU/mL", "RESULT"), ("212 IU/mL ([[H]])", "RESULT"),
      ("underactive thyroid", "CONDITION"), ("Hashimoto's", "CONDITION"), ("levothyroxine", "MEDICATION"),
      ("pathwell.example/r/7QF2M9?u=88120", "URL")],
     ["lab"], "Values, flags and a suggested diagnosis by e-mail."),
    ("ce0044", "Roots & Rivers: Your ancestry results are in! See where your family's story begins.",
     "ALLOW", "other", "push", "en", [],
     ["lab", "hard-negative"], "Ancestry-only DNA notice is not health information (decision 9)."),
    ("ce0045", "Your HelixLine Health Predispositions report is ready, including BRCA1/BRCA2 (selected variants). Open the app to view it privately.",
     "REWRITE", "portal-notice", "push", "en",
     [("Health Predispositions", "PROCEDURE"), ("BRCA1/BRCA2", "PROCEDURE")],
     ["lab", "oncology"], "Results-ready notice naming genetic health tests, no result stated (decision 9)."),
    ("ce0046", "HelixLine: You're a carrier for one cystic fibrosis variant (F508del). This usually doesn't affect your own health. A genetic counselor can walk you through it for free.",
     "BLOCK", "result", "sms", "en",
     [("cystic fibrosis", "CONDITION"), ("F508del", "RESULT"), ("genetic counselor", "SPECIALTY")],
     ["lab"], "A genetic carrier finding is a result."),
    ("ce0047", "Tempo Music Rentals: your drum kit rental is due back Saturday. Late fee is $10/day.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: a drum kit, not a test kit."),
    ("ce0048", "Reminder: mail back your FIT colon screening kit within 14 days of collecting. The prepaid envelope is in the box; any mailbox works.",
     "REWRITE", "reminder", "sms", "en",
     [("FIT colon screening", "PROCEDURE")],
     ["lab", "primary-care"], "Return reminder survives as 'mail back your kit'; the named screening test goes, 'kit' stays outside."),
)

# ---------------------------------------------------------------- batch 5 (ce0049-ce0060): payments, receipts, subscriptions
add(
    ("ce0049", "Receipt from Rovana\n\nMonthly membership: $29.00\nCharged to Visa ending 4417\n\nThanks for being a member. Questions about a charge? Just reply to this email and a real person will get back to you within one business day.",
     "ALLOW", "billing", "email", "en", [],
     ["general", "hard-negative"], "Generic brand and a masked card number (decisions 1, 5); nothing about care."),
    ("ce0050", "Your Pellucid Rx receipt\n\nReceipt #R-55021\nMinoxidil 2.5mg tablets (90 ct) .......... $72.00\nProvider consultation ................... $0.00\nShipping (discreet) ..................... FREE\nTotal charged to Mastercard •• 2290: $72.00\n\nNeed an itemized receipt for your HSA/FSA? Download it from Account > Orders.",
     "REWRITE", "billing", "email", "en",
     [("R-55021", "OTHER_ID"), ("Minoxidil 2.5mg tablets", "MEDICATION")],
     ["pharmacy", "dermatology"], "A receipt's line item names the drug; the receipt number is OTHER_ID (decision 3); the card's last four are not labelled (decision 5)."),
    ("ce0051", "Payment failed for your Slimwell membership. Update your card by 5/30 to avoid a pause in your tirzepatide shipments: slimwell.example/billing",
     "REWRITE", "billing", "sms", "en",
     [("Slimwell", "SPECIALTY"), ("5/30", "DATE"), ("tirzepatide", "MEDICATION"), ("slimwell.example/billing", "URL")],
     ["pharmacy", "practice-contact"], "Billing purpose survives without the weight-loss brand (decision 1) and the drug."),
    ("ce0052", "Your card on file was declined. Update it in Account > Billing to keep your subscription active.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Declined card, nothing else."),
    ("ce0053", "Itemized receipt for HSA/FSA reimbursement\n\nPatient: Rebecca Thorne\nDate of birth: 02/14/1971\nProvider: Dr. Lena Fischer, MD (NPI 1740395518)\nDate of service: 01/09\nService: Telehealth visit, established patient (99213)\nDiagnosis: N95.1 Menopausal and female climacteric states\nAmount paid: $85.00 (Amex ending 3006)\n\nThis receipt may be submitted to your HSA or FSA administrator. Keep a copy for your tax records.\n\nSolace Menopause Care · billing@solace.example",
     "BLOCK", "billing", "email", "en",
     [("Rebecca Thorne", "NAME"), ("02/14/1971", "DATE"), ("Dr. Lena Fischer, MD", "PROVIDER"), ("01/09", "DATE"),
      ("N95.1", "CONDITION"), ("Menopausal and female climacteric states", "CONDITION"),
      ("Solace Menopause Care", "SPECIALTY"), ("billing@solace.example", "EMAIL")],
     ["reproductive", "primary-care", "dob", "practice-contact"], "Full DOB with the name plus a diagnosis code by e-mail. Judgement: the prescriber's NPI is a provider's public number, not the patient's, and stays unlabelled (decision 14); the CPT code and 'telehealth visit, established patient' are generic and stay unlabelled."),
    ("ce0054", "Subscription change confirmed\n\nMember ID: KPS-00319842\nYour Crownline Hair plan will switch to quarterly billing on 9/1. You'll be charged $99 every 3 months instead of $35 monthly, and your next shipment goes out the same week.\n\nManage your plan: crownline.example/account",
     "REWRITE", "billing", "email", "en",
     [("KPS-00319842", "ACCOUNT"), ("Crownline Hair", "SPECIALTY"), ("9/1", "DATE"), ("crownline.example/account", "URL")],
     ["dermatology", "practice-contact"], "Membership ID is ACCOUNT (decision 3) and the brand reveals hair loss (decision 1); the billing change survives."),
    ("ce0055", "Gracias por tu pago de $45.00. Tu membresía sigue activa. Guarda este mensaje como comprobante.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative"], "Payment thank-you with no brand, service or person."),
    ("ce0056", "Hola Andrés,\n\nNo pudimos procesar tu pago de $39 para tu plan de tratamiento para la caída del cabello. Vamos a intentarlo de nuevo en 3 días. Para evitar que se pause tu envío, actualiza tu tarjeta en la app (Cuenta > Pagos).\n\nGracias,\nEquipo Hollis",
     "REWRITE", "billing", "email", "es",
     [("Andrés", "NAME"), ("caída del cabello", "CONDITION")],
     ["dermatology"], "Payment retry notice; the name and the hair-loss condition go."),
    ("ce0057", "Hi, this is Cobalt Pharmacy billing. The $60 for your husband Tom's Valtrex for his herpes outbreak went through. Thanks!",
     "BLOCK", "billing", "sms", "en",
     [("Tom", "NAME"), ("Valtrex", "MEDICATION"), ("herpes", "CONDITION")],
     ["pharmacy", "hiv-sexual-health", "third-party"], "A spouse's drug and condition: third party's health (README)."),
    ("ce0058", "We've cancelled your subscription as requested. You won't be charged again. Changed your mind? Restart anytime at rovana.example/account.",
     "ALLOW", "billing", "email", "en",
     [("rovana.example/account", "URL")],
     ["general", "practice-contact"], "Cancellation with the brand's own untokened link."),
    ("ce0059", "Your free trial ends 12/1. After that it's $65/week, billed monthly. Manage or cancel anytime in the app.",
     "ALLOW", "billing", "push", "en",
     [("12/1", "DATE")],
     ["general"], "Trial ending with a date and a price; no service named."),
    ("ce0060", "Thrive Pantry: your grocery box ships Wed. Add oat milk before 11:59pm Mon!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: 'Thrive' is a grocery brand here."),
)

# ---------------------------------------------------------------- batch 6 (ce0061-ce0072): promotions, referral codes, newsletters
add(
    ("ce0061", "Flash sale: 25% off your first month with code SPRING25. Ends Sunday! Reply STOP to opt out.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "Promo with a campaign code (decision 4); no brand, product or person."),
    ("ce0062", "Grove Men's Health: Give $20, get $20! Share code GRV-7QK42 with a friend who's been putting off ED treatment. They save on their first month, you get a credit.",
     "REWRITE", "marketing", "sms", "en",
     [("Grove Men's Health", "SPECIALTY"), ("ED", "CONDITION")],
     ["reproductive"], "Referral ask to an existing customer of a men's-health brand: not a broadcast (decision 2); the referral code is not labelled (decision 4)."),
    ("ce0063", "Juniper Home Goods: use promo code 0048-2913-77 at checkout for free shipping on orders over $35. Valid through Sunday.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "A promo code shaped like an MRN or account number (decision 4)."),
    ("ce0064", "Jordan, you're down 14 lbs since March! 🎉\n\nThat's real progress, and your Slimwell coach Priya noticed. To celebrate, here's 15% off your next 3 months of semaglutide with code KEEPGOING15 (auto-applied at renewal).\n\nLooking for more support? Our new high-protein recipe guide is in the app under Nutrition.\n\nKeep it up,\nThe Slimwell team",
     "BLOCK", "marketing", "email", "en",
     [("Jordan", "NAME"), ("down 14 lbs", "RESULT"), ("Slimwell", "SPECIALTY"), ("Priya", "PROVIDER"), ("semaglutide", "MEDICATION"),
      ("Slimwell", "SPECIALTY", 1)],
     ["primary-care"], "A weight change reported in a promotion is a result (decision 11). Judgement: the program coach is workforce named as staff (PROVIDER, decision 15)."),
    ("ce0065", "New for Lunaria members: we now deliver emergency contraception too. Keep a dose on hand: add Plan B One-Step to your next shipment for $25.",
     "REWRITE", "marketing", "sms", "en",
     [("emergency contraception", "MEDICATION"), ("Plan B One-Step", "MEDICATION")],
     ["reproductive", "pharmacy"], "Promotion to a birth-control delivery brand's own members naming a drug (decision 2); the offer survives without it."),
    ("ce0066", "Westfield Family Practice now offers same-day video visits, 7 days a week. Book in the app anytime.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Practice-wide broadcast from a generic practice (decision 2)."),
    ("ce0067", "Clarity Derm Rx: ¡Hola Camila! Tu rutina para el acné ya cumple 3 meses 🎉 Usa el código GLOW15 y llévate 15% en tu próximo envío.",
     "REWRITE", "marketing", "sms", "es",
     [("Clarity Derm Rx", "SPECIALTY"), ("Camila", "NAME"), ("acné", "CONDITION")],
     ["dermatology"], "Customer promo with a derm brand, the name and the condition (decisions 1, 2); the promo code stays (decision 4)."),
    ("ce0068", "5 ways to get more out of your next video visit\n\n1. Find a quiet, private spot with good light; sitting facing a window helps your clinician see you.\n2. Check your camera and microphone 10 minutes before, and plug in your charger.\n3. Write down your questions ahead of time and keep a pen handy for notes.\n4. Have your pharmacy's name and address ready in case a prescription is sent.\n5. If the call drops, stay put: your clinician will call you back.\n\nYou can manage your notification settings or unsubscribe from tips at any time in the app under Profile > Preferences.\n\nSee you soon,\nThe Northside Telehealth team",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Tips newsletter sent to every user; says nothing about the recipient."),
    ("ce0069", "Stone Creek Gym: missed a payment? No worries. Pausing keeps your plan going with no fees for up to 3 months.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: 'keeps your plan going' from a gym."),
    ("ce0070", "Earn $50 for every friend who joins Kindred Mind therapy. Your personal link: kindredmind.example/r/ALEX-92K",
     "REWRITE", "marketing", "push", "en",
     [("Kindred Mind", "SPECIALTY"), ("therapy", "PROCEDURE"), ("kindredmind.example/r/ALEX-92K", "URL")],
     ["behavioral-health"], "Referral ask to a therapy-app client (decision 2); the personal referral link is patient-specific (decision 4)."),
    ("ce0071", "Running low? Your last Valtrex refill shipped 9/2. At 500mg once a day for suppression, you'll run out around 12/1. Reorder now and save 10%!",
     "BLOCK", "marketing", "sms", "en",
     [("Valtrex", "MEDICATION"), ("9/2", "DATE"), ("12/1", "DATE")],
     ["pharmacy", "hiv-sexual-health"], "A reorder promo that states the patient's dosing regimen (decision 2)."),
    ("ce0072", "Live tonight at 7 ET: a panel of our clinicians answers your questions about telehealth, insurance and privacy. RSVP in the app.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a discussion panel, not a lab panel."),
)

# ---------------------------------------------------------------- batch 7 (ce0073-ce0084): menopause care, therapy and psychiatry apps
add(
    ("ce0073", "Hi Denise, your Solace Menopause Care follow-up with NP Grace Holt is Thursday 3/6 at 11:00 AM (video). Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Denise", "NAME"), ("Solace Menopause Care", "SPECIALTY"), ("NP Grace Holt", "PROVIDER"), ("3/6", "DATE")],
     ["reproductive"], "Reminder survives with provider, date and time; the name and the menopause brand go (decision 1)."),
    ("ce0074", "Your estradiol patch is increasing to 0.075 mg/day starting with your next patch change. Keep taking progesterone 100 mg nightly. Your night sweats should settle within 2-3 weeks. - NP Grace Holt",
     "ALLOW", "care-instructions", "portal", "en",
     [("estradiol patch", "MEDICATION"), ("progesterone 100 mg", "MEDICATION"), ("night sweats", "CONDITION"), ("NP Grace Holt", "PROVIDER")],
     ["reproductive"], "Dose change inside the secure portal (README channel convention). Judgement: 'estradiol patch' keeps its form word; the new strength elsewhere is not in the span."),
    ("ce0075", "Hello, this is Maya from Evenfall calling for Linda Park. Your bone density scan showed osteopenia, with a T-score of minus one point eight. Please call us back at (312) 555-0163. Thank you.",
     "BLOCK", "result", "voice", "en",
     [("Maya", "PROVIDER"), ("Linda Park", "NAME"), ("bone density scan", "PROCEDURE"), ("osteopenia", "CONDITION"), ("T-score", "PROCEDURE"),
      ("minus one point eight", "RESULT"), ("(312) 555-0163", "PHONE")],
     ["imaging", "reproductive", "practice-contact"], "A finding and a value on a voicemail that anyone may hear; staff named as sender is PROVIDER."),
    ("ce0076", "You have a new message from your care team. Log in to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Notification without PHI."),
    ("ce0077", "Jamie Lee, LMFT sent you a new message in Stillwater Therapy.",
     "REWRITE", "portal-notice", "push", "en",
     [("Jamie Lee", "PROVIDER"), ("LMFT", "SPECIALTY"), ("Stillwater Therapy", "SPECIALTY")],
     ["behavioral-health"], "Lock-screen push: a specialty credential (decision 10) and a therapy brand reveal the service."),
    ("ce0078", "hey Ty, it's ur therapist Rosa. following up on what u shared Tues about the panick attacks at work. try the 4-7-8 breathing we practiced + log each one. see u Fri 5pm",
     "BLOCK", "care-instructions", "sms", "en",
     [("Ty", "NAME"), ("therapist", "SPECIALTY"), ("Rosa", "PROVIDER"), ("panick attacks", "CONDITION"), ("4-7-8 breathing", "PROCEDURE")],
     ["behavioral-health", "shorthand", "typo"], "Symptoms (misspelt) and a therapy instruction by text; role and name as two spans (decision 10)."),
    ("ce0079", "Ironbark Fitness: your next session with your trainer is Monday at 7am. Bring water and a towel!",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: a gym session, not a therapy session."),
    ("ce0080", "Hi Owen,\n\nYour ADHD medication check-in is due. To keep your Adderall XR 20mg prescriptions going, please book a 20-minute video follow-up with Dr. Samuel Reyes before 2/15. Federal rules for controlled substances mean we can't send another prescription without it.\n\nBook here: cerebrate.example/book\n\nThanks,\nCerebrate Care Team",
     "REWRITE", "reminder", "email", "en",
     [("Owen", "NAME"), ("ADHD", "CONDITION"), ("Adderall XR 20mg", "MEDICATION"), ("Dr. Samuel Reyes", "PROVIDER"), ("2/15", "DATE"),
      ("cerebrate.example/book", "URL")],
     ["behavioral-health", "pharmacy", "practice-contact"], "Booking logistics survive; name, condition and controlled drug go."),
    ("ce0081", "Hola Sofía:\n\nEn tu última sesión mencionaste que sigues con mucha ansiedad y que dejaste de tomar el escitalopram 10 mg hace dos semanas. Tu psiquiatra, la Dra. Elena Vidal, recomienda retomarlo a media pastilla (5 mg) por 7 días y luego volver a 10 mg. Si tienes pensamientos de hacerte daño, llama o escribe al 988.\n\nTe esperamos el jueves.\nEquipo Kindred Mind",
     "BLOCK", "care-instructions", "email", "es",
     [("Sofía", "NAME"), ("ansiedad", "CONDITION"), ("escitalopram 10 mg", "MEDICATION"), ("psiquiatra", "SPECIALTY"), ("Dra. Elena Vidal", "PROVIDER"),
      ("Kindred Mind", "SPECIALTY")],
     ["behavioral-health"], "Symptoms, stopped medication and a re-titration schedule by e-mail; 988 is not a phone identifier."),
    ("ce0082", "Recordatorio: tu sesión de terapia en línea con la Lic. Fernanda Ruiz es mañana a las 6 pm. Entra 5 min antes desde la app.",
     "REWRITE", "reminder", "sms", "es",
     [("terapia", "PROCEDURE"), ("Lic. Fernanda Ruiz", "PROVIDER")],
     ["behavioral-health"], "The therapy visit type goes; 'tu sesión ... mañana a las 6 pm' survives."),
    ("ce0083", "Northside Telehealth: your provider is running about 10 minutes behind. Stay on this page and you'll be connected automatically.",
     "ALLOW", "other", "push", "en", [],
     ["primary-care", "hard-negative"], "Queue update with nothing named."),
    ("ce0084", "Mindline: your psychiatrist changed your dose. Take bupropion XL 300mg each morning starting tomorrow (was 150mg). Skip the evening dose if you have trouble sleeping.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Mindline", "SPECIALTY"), ("psychiatrist", "SPECIALTY"), ("bupropion XL 300mg", "MEDICATION"), ("trouble sleeping", "CONDITION")],
     ["behavioral-health", "pharmacy"], "Dose change instruction by text; 'Mindline' names mental health (decision 1)."),
)

# ---------------------------------------------------------------- batch 8 (ce0085-ce0096): disguises, acne, GLP-1, Spanish
add(
    ("ce0085", "Heads up: your f.i.n.a.s.t.e.r.i.d.e refill ships Monday in plain packaging.",
     "REWRITE", "pickup", "sms", "en",
     [("f.i.n.a.s.t.e.r.i.d.e", "MEDICATION")],
     ["pharmacy", "dermatology", "spaced"], "Dotted drug name is still the drug; the shipping notice survives without it."),
    ("ce0086", "Your sem\u200baglu\u200btide order is confirmed. Pens ship Thursday in a cold pack.",
     "REWRITE", "confirmation", "sms", "en",
     [("sem\u200baglu\u200btide", "MEDICATION")],
     ["pharmacy"], "Zero-width spaces inside the drug name; order confirmation survives without it."),
    ("ce0087", "Your Vi\u0430gr\u0430 100mg is approved! Take 1 tab about 1 hr before sex, max 1 per day.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Vi\u0430gr\u0430 100mg", "MEDICATION")],
     ["pharmacy", "reproductive"], "Cyrillic look-alike letters in a brand drug name; dosing instructions make it BLOCK (decisions 7, 13)."),
    ("ce0088", "Ur t3st0ster0ne test kit results r ready in the app. Log in to see them.",
     "REWRITE", "portal-notice", "sms", "en",
     [("t3st0ster0ne test", "PROCEDURE")],
     ["lab", "leet", "shorthand"], "Leetspeak test name; the results-ready notice survives without it. 'kit' stays outside like a following generic word."),
    ("ce0089", "Your 90-day acne plan ships on 4/22. Look for a plain white box from CDR Fulfillment.",
     "REWRITE", "pickup", "sms", "en",
     [("acne", "CONDITION"), ("4/22", "DATE")],
     ["dermatology", "pharmacy"], "The condition names the plan; the shipping date survives. Judgement: the fulfilment sender's initials reveal nothing and stay unlabelled."),
    ("ce0090", "Hi Brianna,\n\nBefore we can ship next month's isotretinoin 40mg, iPLEDGE requires a new pregnancy test. Your test must be done between 3/3 and 3/10, and your last test on 2/4 was negative. You'll also need to answer your monthly comprehension questions in the iPLEDGE portal and confirm your two forms of birth control (you listed the pill and condoms).\n\nYou can use any lab on our list, or order our at-home kit and send us a photo of the result. Once we have it, Dr. Aaron Feld will release the prescription, and your pharmacy has 7 days to fill it.\n\nQuestions? Reply here or call (415) 555-0186.\n\nClarity Derm Rx",
     "BLOCK", "care-instructions", "email", "en",
     [("Brianna", "NAME"), ("isotretinoin 40mg", "MEDICATION"), ("iPLEDGE", "PROCEDURE"), ("pregnancy test", "PROCEDURE"), ("3/3", "DATE"),
      ("3/10", "DATE"), ("2/4", "DATE"), ("negative", "RESULT"), ("iPLEDGE", "PROCEDURE", 1), ("birth control", "MEDICATION"), ("the pill", "MEDICATION"),
      ("condoms", "PROCEDURE"), ("Dr. Aaron Feld", "PROVIDER"), ("(415) 555-0186", "PHONE"), ("Clarity Derm Rx", "SPECIALTY")],
     ["dermatology", "reproductive", "practice-contact"], "A negative pregnancy test is still a result (README); the contraception methods are hers. Judgement: iPLEDGE is a program (PROCEDURE); condoms are a device (PROCEDURE), the pill a drug (MEDICATION) (decision 16)."),
    ("ce0091", "Tus resultados de la prueba de tiroides: TSH 2.1 mUI/L (normal). No se necesita cambiar tu levotiroxina 50 mcg. Repetimos en 6 meses. - Dra. Beatriz Salas",
     "ALLOW", "result", "portal", "es",
     [("prueba de tiroides", "PROCEDURE"), ("TSH", "PROCEDURE"), ("2.1 mUI/L", "RESULT"), ("normal", "RESULT"), ("levotiroxina 50 mcg", "MEDICATION"),
      ("Dra. Beatriz Salas", "PROVIDER")],
     ["lab"], "A result and a dose inside the secure portal (README channel convention)."),
    ("ce0092", "Lunaria: Hola Ximena, tu receta de la píldora del día siguiente fue aprobada y sale hoy por envío express. Tómala lo antes posible en cuanto llegue.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Ximena", "NAME"), ("píldora del día siguiente", "MEDICATION")],
     ["pharmacy", "reproductive"], "Approval plus how to take emergency contraception (decision 7)."),
    ("ce0093", "Según la foto que subiste, tu prueba de embarazo casera salió positiva. Una enfermera te va a llamar hoy para hablar de tus opciones.",
     "BLOCK", "result", "sms", "es",
     [("prueba de embarazo", "PROCEDURE"), ("positiva", "RESULT")],
     ["reproductive", "lab"], "A positive pregnancy test is a result."),
    ("ce0094", "Paquetería Veloz: su paquete llega mañana entre 10:00 y 14:00. Guía 7732 0091 4456. Si no va a estar en casa, responda CAMBIO.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Carrier tracking number, not a patient identifier (decision 3)."),
    ("ce0095", "We tried to deliver your package today but no one was available to sign.\n\nShipper: Northpeak Specialty Pharmacy\nDelivery address: 2281 Alder Ridge Rd, Apt 4B, Boise, ID 83704\nContents: temperature-sensitive, keep refrigerated\n\nWe'll try again tomorrow between 9 AM and 1 PM. To pick it up at a ParcelRun hub instead, visit parcelrun.example/redeliver.",
     "REWRITE", "other", "email", "en",
     [("Northpeak Specialty Pharmacy", "SPECIALTY"), ("2281 Alder Ridge Rd, Apt 4B, Boise, ID 83704", "ADDRESS"), ("parcelrun.example/redeliver", "URL")],
     ["pharmacy", "practice-contact"], "Specialty-pharmacy name (README) and the patient's address go; redelivery logistics survive. Refrigeration is handling (decision 8)."),
    ("ce0096", "Slimwell weekly check-in: you logged 231 lbs this week (down 9 lbs). BMI is now 34.1. Keep going!",
     "BLOCK", "result", "sms", "en",
     [("Slimwell", "SPECIALTY"), ("231 lbs", "RESULT"), ("down 9 lbs", "RESULT"), ("BMI", "PROCEDURE"), ("34.1", "RESULT")],
     ["primary-care"], "Weight and BMI values by text (decision 11)."),
)

# ---------------------------------------------------------------- batch 9 (ce0097-ce0108): welcome e-mails, HIV self-tests, minors, look-alikes
add(
    ("ce0097", "Welcome to Rovana!\n\nYour account is set up. Here's how it works:\n\n- Tell us what you're looking for and answer a short online visit. It takes about 10 minutes.\n- A licensed clinician in your state reviews it, usually within a day, and messages you if they have questions.\n- If a prescription is right for you, it ships free in discreet packaging, and refills arrive automatically until you pause or cancel.\n\nYou're always in control: change your delivery schedule, pause or cancel in Account settings, and message your care team anytime.\n\nA note on privacy: we never sell your health information, and our texts and e-mails never say what you are being treated for. You can turn off lock-screen previews in Account > Notifications.\n\nNeed a hand? Our support team is here 7 days a week, 8 AM to 10 PM ET.\nEmail: support@rovana.example\nPhone: (888) 555-0121\nWeb: rovana.example/help\n\nRovana Health, 77 Harbor Way, Suite 300, Boston, MA 02210",
     "ALLOW", "other", "email", "en",
     [("support@rovana.example", "EMAIL"), ("(888) 555-0121", "PHONE"), ("rovana.example/help", "URL"),
      ("77 Harbor Way, Suite 300, Boston, MA 02210", "ADDRESS")],
     ["general", "practice-contact"], "Welcome e-mail from a generic brand with its own contact block; says nothing about what the recipient is treated for (decisions 1, 6)."),
    ("ce0098", "Your HIV self-test ships today in unmarked packaging. Expect it in 2-3 days.",
     "REWRITE", "pickup", "push", "en",
     [("HIV self-test", "PROCEDURE")],
     ["hiv-sexual-health", "lab"], "Shipping notice survives without the named test."),
    ("ce0099", "Your at-home HIV test result is reactive. This is not a diagnosis; you need a follow-up lab test to confirm. We're here 24/7: (404) 555-0177",
     "BLOCK", "result", "sms", "en",
     [("HIV test", "PROCEDURE"), ("reactive", "RESULT"), ("(404) 555-0177", "PHONE")],
     ["hiv-sexual-health", "lab", "practice-contact"], "A reactive HIV screen by text; 24/7 is not a date."),
    ("ce0100", "Reminder: your visit with Dr. Noor Haddad is tomorrow at 9:15 AM. Please join 5 min early.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Noor Haddad", "PROVIDER")],
     ["primary-care"], "Provider and time only."),
    ("ce0101", "Roe: Refill approved ✔ Your tadalafil 5mg (30 tabs) ships 7/19.",
     "REWRITE", "pickup", "sms", "en",
     [("tadalafil 5mg", "MEDICATION"), ("7/19", "DATE")],
     ["pharmacy", "reproductive"], "'Roe' is an invented generic brand (decision 1); approval with the drug named, no reason or dosing (decision 7)."),
    ("ce0102", "Roe's Hardware: your key copies are ready. Pick up at the front counter before 6.",
     "ALLOW", "pickup", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike of a telehealth brand: a hardware store's pickup."),
    ("ce0103", "Hi Mrs. Castellano,\n\nThanks for completing the intake for your daughter Emma. Based on her photos and answers, our dermatologist, Dr. Nina Okoro, sees severe nodular acne with early scarring on her cheeks and back, and recommends isotretinoin. Because Emma is 16, you'll both need to sign the consent forms and she'll need monthly pregnancy tests under iPLEDGE.\n\nPlease book a video visit for the two of you this week: claritydermrx.example/book\n\nClarity Derm Rx",
     "BLOCK", "care-instructions", "email", "en",
     [("Castellano", "NAME"), ("Emma", "NAME"), ("dermatologist", "SPECIALTY"), ("Dr. Nina Okoro", "PROVIDER"), ("nodular acne", "CONDITION"),
      ("scarring", "CONDITION"), ("isotretinoin", "MEDICATION"), ("Emma", "NAME", 1), ("pregnancy tests", "PROCEDURE"), ("iPLEDGE", "PROCEDURE"),
      ("claritydermrx.example/book", "URL"), ("Clarity Derm Rx", "SPECIALTY")],
     ["dermatology", "minor", "third-party"], "A minor's findings and treatment sent to the parent: third party's health (README)."),
    ("ce0104", "Reminder: Lily's video visit with Clarity Derm Rx is Sat 10/11 at 10 AM. A parent or guardian must join the call.",
     "REWRITE", "reminder", "sms", "en",
     [("Lily", "NAME"), ("Clarity Derm Rx", "SPECIALTY"), ("10/11", "DATE")],
     ["dermatology", "minor"], "A dependent's logistics with a name and a specialty name: REWRITE (README)."),
    ("ce0105", "Paws & Co Grooming: Biscuit (your Lab) is all fluffy and ready for pickup! Total $65.",
     "ALLOW", "pickup", "sms", "en", [],
     ["general", "hard-negative"], "A dog's name and breed (decision 12)."),
    ("ce0106", "Happy 93rd birthday, Walter! As our thank-you, your next shipment of hearing aid batteries is on us.",
     "REWRITE", "marketing", "sms", "en",
     [("93rd", "AGE"), ("Walter", "NAME"), ("hearing aid", "PROCEDURE")],
     ["general", "age-over-89"], "An age over 89 with a name and a device; a plain thank-you survives."),
    ("ce0107", "Your home sleep apnea test showed an AHI of 22 (moderate). Your CPAP machine will ship this week; set-up video in the app.",
     "BLOCK", "result", "sms", "en",
     [("sleep apnea test", "PROCEDURE"), ("AHI", "PROCEDURE"), ("22", "RESULT"), ("moderate", "RESULT"), ("CPAP", "PROCEDURE")],
     ["lab", "home-health"], "A test value and severity by text."),
    ("ce0108", "Questions about your order? Our pharmacy team is available 8 AM to 8 PM ET at (877) 555-0190 or support@cobaltrx.example.",
     "ALLOW", "other", "sms", "en",
     [("(877) 555-0190", "PHONE"), ("support@cobaltrx.example", "EMAIL")],
     ["pharmacy", "practice-contact"], "The pharmacy's own phone and e-mail."),
)

# ---------------------------------------------------------------- batch 10 (ce0109-ce0120): kit registration, OTP, Spanish, compounded GLP-1, templates
add(
    ("ce0109", "To finish registering your kit, please confirm the date of birth we have on file: 07/23/1990. Reply Y if correct or N to update it.",
     "REWRITE", "other", "sms", "en",
     [("07/23/1990", "DATE")],
     ["lab", "dob"], "A date of birth without a name is REWRITE (README)."),
    ("ce0110", "TestNest: kit registered to Aaron Whitfield, DOB 11/05/1984, sample ID TN-88213-K. Results in 3-5 days.",
     "BLOCK", "confirmation", "sms", "en",
     [("Aaron Whitfield", "NAME"), ("11/05/1984", "DATE"), ("TN-88213-K", "OTHER_ID")],
     ["lab", "dob"], "Full DOB with a name must not travel by text; the sample ID is OTHER_ID (decision 3)."),
    ("ce0111", "Your Rovana verification code is 482 917. It expires in 10 minutes. Don't share it with anyone.",
     "ALLOW", "other", "push", "en", [],
     ["general", "otp", "hard-negative"], "A one-time login code is not a patient identifier (README)."),
    ("ce0112", "Hola Rodrigo, tu pedido de minoxidil al 5% en espuma ya salió 📦 Llega el jueves en caja discreta, sin logos.",
     "REWRITE", "pickup", "sms", "es",
     [("Rodrigo", "NAME"), ("minoxidil al 5% en espuma", "MEDICATION")],
     ["pharmacy", "dermatology"], "Shipping notice survives without the name and the drug with its strength and form (decision 6 for the packaging)."),
    ("ce0113", "Este es un mensaje para Guadalupe Ortiz de parte de Laboratorios Pathwell. Su prueba casera de VPH salió positiva para el tipo dieciséis. Por favor llame al (210) 555-0139 para hablar con una enfermera. Gracias.",
     "BLOCK", "result", "voice", "es",
     [("Guadalupe Ortiz", "NAME"), ("prueba casera de VPH", "PROCEDURE"), ("positiva", "RESULT"), ("tipo dieciséis", "RESULT"), ("(210) 555-0139", "PHONE")],
     ["lab", "hiv-sexual-health", "practice-contact"], "A positive HPV result with the type, on a voicemail. Judgement: 'prueba casera de VPH' is one named test span."),
    ("ce0114", "Clínica Virtual Alba: su consulta con el Dr. Tomás Vega es el 9 de julio a las 17:00. Entre 5 minutos antes desde el enlace de su correo.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Tomás Vega", "PROVIDER"), ("9 de julio", "DATE")],
     ["primary-care"], "Generic virtual clinic, provider, date and time."),
    ("ce0115", "This is Cobalt Pharmacy calling for Gregory with a message about your order. Your metformin ER 500 milligram refill is ready to ship. Press 1 to confirm your shipping address, or press 2 to speak with a pharmacist.",
     "REWRITE", "pickup", "voice", "en",
     [("Gregory", "NAME"), ("metformin ER 500 milligram", "MEDICATION")],
     ["pharmacy"], "Spoken refill notice; name and drug with its spoken strength go."),
    ("ce0116", "Boletín de Clínica Virtual Alba\n\nAhora atendemos consultas por video en español de lunes a sábado, de 8 am a 8 pm. No necesita salir de casa ni hacer fila: solo un teléfono con cámara.\n\nConsejos para su consulta:\n- Busque un lugar tranquilo y privado.\n- Tenga a la mano su lista de medicamentos y el nombre de su farmacia.\n- Si se corta la llamada, espere: el médico le vuelve a llamar.\n\nPuede dejar de recibir este boletín cuando quiera desde la app.",
     "ALLOW", "marketing", "email", "es", [],
     ["primary-care", "broadcast", "hard-negative"], "Newsletter sent to all patients; nothing about the recipient."),
    ("ce0117", "Hi Marisol,\n\nYour compounded semaglutide vial (2.5 mg/mL, 1 mL) shipped today from our partner pharmacy and should arrive by 08/14. Please refrigerate it as soon as it arrives.\n\nYour dosing schedule for this vial:\n- Weeks 1-4: 0.25 mg (10 units on a U-100 syringe) once a week\n- Weeks 5-8: 0.5 mg (20 units) once a week\n\nInject under the skin of your belly or thigh on the same day each week, rotating sites. If you have severe stomach pain that won't go away, or signs of low blood sugar such as shakiness or sweating, stop and contact us.\n\nStarting weight on file: 212 lbs. Log your weight every Monday in the app so Dr. Kofi Mensah can decide when to increase your dose.\n\nSyringes and alcohol pads are in the box.\n\nTandem Care Team\ncare@tandemhealth.example",
     "BLOCK", "care-instructions", "email", "en",
     [("Marisol", "NAME"), ("semaglutide", "MEDICATION"), ("08/14", "DATE"), ("stomach pain", "CONDITION"), ("low blood sugar", "CONDITION"),
      ("212 lbs", "RESULT"), ("Dr. Kofi Mensah", "PROVIDER"), ("care@tandemhealth.example", "EMAIL")],
     ["pharmacy", "primary-care", "negation", "practice-contact"], "Dosing schedule, injection instructions and a weight value by e-mail. Judgement: the vial's concentration is not right after the drug name, so it stays outside the span; the warning signs are hypothetical but still labelled."),
    ("ce0118", "Your Harvest Table meal kit (3 recipes) arrives Thursday. Pop it in the fridge and enjoy!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: a meal kit, not a test kit."),
    ("ce0119", "Crownline Hair: your order ships on {{ship_date}}. Track it here: {{tracking_url}}. Reply HELP for help, STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("Crownline Hair", "SPECIALTY")],
     ["dermatology", "template", "contrast"], "Template whose fixed text carries a hair-loss brand (decision 1); the placeholders carry no patient data."),
    ("ce0120", "{{brand_name}}: your order ships on {{ship_date}} in discreet packaging. Questions? {{support_phone}}",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "template", "hard-negative", "contrast"], "Same template with a content-free brand placeholder; near-same text as ce0119 with another verdict."),
)

probe_lib.run(M, "ce", "probe80.jsonl")
