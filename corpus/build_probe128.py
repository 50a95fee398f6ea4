#!/usr/bin/env python3
"""Build corpus/probe128.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe128.py [OUT] [-v]   (default: probe128.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run,
no source, test or other corpus was read.

This round is PATIENT PORTAL, ACCOUNT AND SYSTEM NOTIFICATIONS: what portals, EHR messaging, pharmacy
apps, telehealth platforms and their notification services send automatically — one-time codes,
password resets and account recovery, sign-in alerts, two-step verification, proxy-access
invitations, approvals, denials and adolescent-confidentiality changes, new-message alerts and
lock-screen previews, digests, document-ready and test-result-available notices, statements,
payment receipts, refunds and collections, appointment-request acknowledgements and e-visit replies,
form and questionnaire links and auto-scored questionnaires, app updates, outages and maintenance,
privacy-incident letters, unsubscribe confirmations, pharmacy-app pickup/shipping/refill notices,
video-visit links and tech checks. Notices that leak content (test names, drug names, department
names, values, flags, patient names in previews, tokens in links) are mixed with generic safe ones
and look-alikes ("your code is 481-220", "result code 0 = success", "positive balance",
"error: record not found", "Dr. Watson" the chatbot, "tap to view", "No results found").
About 16% Spanish; 4 disguised messages (zero-width, spaced, leet, Cyrillic).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "know [[Marcus]]" searches for "know Marcus"
      and labels only the bracketed part "Marcus".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. One-time codes, booking confirmation numbers and payment confirmation/transaction references
     are not labelled (extends the README's "a one-time login code is not an identifier of the
     patient" to other single-use references); an invoice/statement or specimen number is OTHER_ID
     and an account number ACCOUNT, as in build_probe7.py.
  2. Masked contact and payment details ("phone ending in ••42", "card ending in 4417",
     "Visa ****2291") are not labelled: the visible fragment identifies nobody.
  3. A portal username / user ID is a unique identifying code: OTHER_ID -> REWRITE.
  4. Password-reset, recovery, proxy-invitation, form and video-visit links carrying a token or
     query parameter are patient-specific URLs -> REWRITE, even where the link is the purpose of
     the message (README: tokened URL -> REWRITE; the rewrite points to the portal instead). The
     sender's own plain URLs (portal, status page, survey page) are labelled URL and ALLOW.
  5. A sign-in alert's IP address is IP; the city/state it names is ADDRESS (there is no city
     category; a city is a geographic unit smaller than a state) -> REWRITE.
  6. A chatbot or virtual-assistant persona ("Dr. Watson, the virtual assistant") is not a
     clinician: not labelled PROVIDER. If it gives clinical content the message is BLOCK anyway.
  7. A department or inbox name in a sender line that names a service ("Oncology Nurse
     Navigation", "Behavioral Health Intake") is one SPECIALTY span, like a practice name.
  8. Screening-questionnaire instruments (PHQ-9, GAD-7, IPSS, Edinburgh scale) are PROCEDURE, their
     score and band RESULT (README: a scale is a PROCEDURE and its value a RESULT).
  9. A parcel tracking number on a pharmacy shipment is OTHER_ID (it leads to the delivery
     address) -> REWRITE.
 10. Generic document names (After Visit Summary, statement, visit summary, paperwork, health
     summary as a title) are not labelled; a document named after a test is (MRI report ->
     "MRI" PROCEDURE). A status word such as "Final" is not a RESULT; a flag such as "ABNORMAL",
     "ALTO", "high" is.
 11. An unsubscribe confirmation that names a specialty-revealing list or practice is REWRITE: the
     subscription itself reveals the relationship.
 12. Vendor, platform and app names (CarePoint, HealthBridge, Salud Total) are not labelled;
     store numbers ("Fairway Pharmacy #118") are not identifiers of the patient.
 13. A billing procedure code (CPT 45380) or diagnosis code (F32.1) is labelled as what it
     encodes (PROCEDURE / CONDITION).
 14. A patient's own e-mail address in an account notice is EMAIL and, unlike the practice's own
     address, makes the line REWRITE.
 15. A patient's own reason for visit echoed back in a request acknowledgement ("lump in left
     breast") is removable like a visit label -> REWRITE; a clinician's or system's statement of a
     diagnosis, value or instruction is BLOCK.
 16. A memory-care facility name is specialty-revealing (SPECIALTY); a proxy who receives only a
     third party's name and such a facility name gets REWRITE (README: dependent's logistics with
     name or specialty name is REWRITE), while a third party's test, treatment or condition is
     BLOCK.

Everything is invented: names, practices, 555-01xx numbers, example.* domains, identifiers; the SSN
is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (ea0001-ea0012): codes, resets, recovery, sign-in alerts
add(
    ("ea0001", "Your code is 481-220. Use it to finish signing in to the Cedar Ridge patient portal. It expires in 5 minutes. We will never call or text to ask for this code.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time login code is not an identifier of the patient (README), even in a phone-like 3-3 format."),
    ("ea0002", "CarePoint alert: 736019 is your one-time passcode for Brightwater Health. If you didn't try to sign in, change your password at brightwaterhealth.example/security right away.",
     "ALLOW", "other", "sms", "en",
     [("brightwaterhealth.example/security", "URL")],
     ["general", "otp", "practice-contact"], "OTP plus the practice's own plain security URL; vendor name not labelled (decision 12)."),
    ("ea0003", "Subject: Reset your Willow Creek patient portal password\n\nHello,\n\nWe received a request to reset the password on your Willow Creek Medical Group portal account. Use the link below within 30 minutes:\n\nhttps://portal.willowcreekmed.example/reset?token=8f3Kq29LmZ7rTwQ\n\nIf you did not request this, you can ignore this email and your password will stay the same. For help, call Portal Support at (541) 555-0117, Monday to Friday 8am-5pm.\n\nSecurity tips: we will never ask for your password by phone or e-mail. Use a password you don't use anywhere else, and turn on two-step verification under Settings > Security.\n\nWillow Creek Medical Group\nThis mailbox is not monitored.",
     "REWRITE", "other", "email", "en",
     [("https://portal.willowcreekmed.example/reset?token=8f3Kq29LmZ7rTwQ", "URL"), ("(541) 555-0117", "PHONE")],
     ["primary-care", "practice-contact"], "Judgement (decision 4): a reset link with a token is a patient-specific URL -> REWRITE even though the link is the point; the practice phone stays."),
    ("ea0004", "Hi Darnell, the password for your Lakeview Health portal was changed on 02/11 at 9:14 PM. Not you? Call us right away at 555-0134.",
     "REWRITE", "other", "sms", "en",
     [("Darnell", "NAME"), ("02/11", "DATE"), ("555-0134", "PHONE")],
     ["primary-care", "practice-contact"], "Security notice; the first name is not needed, date, time and practice phone are fine."),
    ("ea0005", "Su código de verificación para el Portal del Paciente de Clínica Santa Lucía es 552 908. Vence en 10 minutos. No lo comparta con nadie, ni siquiera con nuestro personal.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "otp", "hard-negative"], "Código de un solo uso: no identifica al paciente (README)."),
    ("ea0006", "You asked us to remind you of your username. Your Harborview Family Health portal username is: kbrennan1984\nSign in at harborviewfh.example/login. If you didn't ask for this, call 555-0163.",
     "REWRITE", "other", "email", "en",
     [("kbrennan1984", "OTHER_ID"), ("harborviewfh.example/login", "URL"), ("555-0163", "PHONE")],
     ["primary-care", "practice-contact", "identifier"], "Judgement (decision 3): a portal username is a unique identifying code (and here embeds a name and a year) -> OTHER_ID, REWRITE."),
    ("ea0007", "Account recovery: we found a match\n\nWe located a portal account for Patricia Ann Gilmore, date of birth 04/19/1961, at Eastfield Internal Medicine. To finish recovering access, answer your security question at eastfieldim.example/recover. If this isn't you, reply NOT ME.",
     "BLOCK", "other", "email", "en",
     [("Patricia Ann Gilmore", "NAME"), ("04/19/1961", "DATE"), ("eastfieldim.example/recover", "URL")],
     ["primary-care", "dob", "practice-contact"], "Full date of birth with the patient's name must not travel by e-mail (README verdict conventions)."),
    ("ea0008", "New sign-in to your Bayside Health account: Chrome on Windows, IP 203.0.113.84, near Fresno, CA, on Mar 3 at 11:02 PM. Wasn't you? Reset your password now.",
     "REWRITE", "other", "push", "en",
     [("203.0.113.84", "IP"), ("Fresno, CA", "ADDRESS"), ("Mar 3", "DATE")],
     ["general", "identifier"], "Judgement (decision 5): the sign-in IP and city locate the patient; the alert survives without them."),
    ("ea0009", "We sent a 6-digit code to the phone number ending in ••42. Enter it to continue. Didn't get it? Tap Resend code.",
     "ALLOW", "other", "push", "en", [],
     ["general", "otp", "hard-negative"], "Judgement (decision 2): a masked number's last two digits identify nobody; OTP flow only."),
    ("ea0010", "Hello. This is the Greenfield Medical automated system. Your verification code is: 3, 9, 1, 7, 0, 4. Again, your code is: 3, 9, 1, 7, 0, 4. Goodbye.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "otp", "hard-negative"], "Spoken one-time code; not an identifier of the patient."),
    ("ea0011", "Two-step verification is now turned on for your Northwind Clinic account. From now on, sign-in codes will be sent to r.castellanos77@example.net. If you didn't make this change, contact us at portalhelp@northwindclinic.example.",
     "REWRITE", "other", "email", "en",
     [("r.castellanos77@example.net", "EMAIL"), ("portalhelp@northwindclinic.example", "EMAIL")],
     ["primary-care", "practice-contact"], "Judgement (decision 14): the patient's own e-mail address is an identifier not needed here; the practice's help address stays."),
    ("ea0012", "Your account has been locked after 5 failed sign-in attempts. It unlocks automatically in 30 min, or call Portal Support at 1-800-555-0162 (M-F 7a-7p).",
     "ALLOW", "other", "sms", "en",
     [("1-800-555-0162", "PHONE")],
     ["general", "practice-contact"], "Generic lockout notice with the support line."),
)

# ---------------------------------------------------------------- batch 2 (ea0013-ea0024): proxy access
add(
    ("ea0013", "Hi Gloria,\n\nMarcus Webb has invited you to be a proxy on his Riverside Health account. As a proxy you can see his upcoming appointments, send messages to his care team and pay his bills.\n\nAccept the invitation: https://my.riversidehealth.example/proxy/accept?inv=KX82-PL0Q-77TZ\n\nThis invitation expires in 14 days. If you don't know Marcus, you can ignore this email.\n\nWhat is a proxy? A proxy is a family member or caregiver who helps manage someone's care online. Proxies sign in with their own username and password, and the patient can change or remove a proxy's access at any time under Settings > Sharing.\n\nRiverside Health Patient Portal Team",
     "REWRITE", "portal-notice", "email", "en",
     [("Gloria", "NAME"), ("Marcus Webb", "NAME"), ("https://my.riversidehealth.example/proxy/accept?inv=KX82-PL0Q-77TZ", "URL"), ("know [[Marcus]]", "NAME")],
     ["primary-care"], "Names of the proxy and the patient are not needed; the invitation link carries a token (decision 4). Nothing clinical."),
    ("ea0014", "Your request for proxy access to Eli's account at Sunnyside Pediatrics has been approved. Sign in to see his upcoming visits and forms.",
     "REWRITE", "portal-notice", "sms", "en",
     [("Eli", "NAME"), ("Sunnyside Pediatrics", "SPECIALTY")],
     ["pediatrics", "minor"], "Dependent's name and a pediatrics practice name: REWRITE like the patient's own logistics (README)."),
    ("ea0015", "Dear parent or guardian,\n\nAn important change is coming to your proxy access. When a child turns 12, Maple Grove Family Medicine limits what parents can see online, as state law requires. Starting on Olivia's birthday you will still see appointments, immunizations and billing, but not messages or test results. Olivia can sign up for her own account at her next visit.\n\nQuestions? Call us at (608) 555-0148.\n\nMaple Grove Family Medicine",
     "REWRITE", "portal-notice", "email", "en",
     [("Olivia", "NAME"), ("Olivia", "NAME", 1), ("(608) 555-0148", "PHONE")],
     ["primary-care", "minor", "practice-contact"], "Judgement: the child's name is the only patient detail; the age-12 policy wording applies to every child and reveals nothing about her care."),
    ("ea0016", "Hi, this is Tanya at Brookfeild Internal Medicine. Your proxy access is set up - you should now see your dads dialysis schedual and his potassium results from last week in the portal.",
     "BLOCK", "portal-notice", "sms", "en",
     [("Tanya", "PROVIDER"), ("dialysis", "PROCEDURE"), ("potassium", "PROCEDURE")],
     ["primary-care", "dialysis", "third-party", "typo"], "A third party's treatment (dialysis) and lab test described to the proxy: third party's health -> BLOCK (README). Staff sender is PROVIDER."),
    ("ea0017", "Proxy access removed\n\nAs you asked, Carlos Medina no longer has proxy access to your account. He won't be able to see your messages, including Dr. Amin's note that your gestational diabetes now needs insulin. If you didn't request this change, call (702) 555-0185.",
     "BLOCK", "portal-notice", "email", "en",
     [("Carlos Medina", "NAME"), ("Dr. Amin", "PROVIDER"), ("gestational diabetes", "CONDITION"), ("insulin", "MEDICATION"), ("(702) 555-0185", "PHONE")],
     ["reproductive", "practice-contact"], "The notice quotes a diagnosis and a treatment change; that clinical content is what the sentence says -> BLOCK."),
    ("ea0018", "Hola Sra. Reyes: su hija Valeria la invitó a tener acceso como apoderada a su cuenta del portal de Clínica del Valle. Para aceptar entre a clinicadelvalle.example/acceso?c=77QH2M antes del 30 de abril.",
     "REWRITE", "portal-notice", "sms", "es",
     [("Reyes", "NAME"), ("Valeria", "NAME"), ("clinicadelvalle.example/acceso?c=77QH2M", "URL"), ("30 de abril", "DATE")],
     ["primary-care"], "Nombres no necesarios; el enlace lleva un código de invitación (decision 4). Nada clínico."),
    ("ea0019", "Want a family member to help manage your care online? Download the proxy access form at elmwoodhealth.example/forms or ask for one at the front desk. -Elmwood Health",
     "ALLOW", "other", "sms", "en",
     [("elmwoodhealth.example/forms", "URL")],
     ["general", "broadcast", "practice-contact"], "Broadcast about proxy forms with the practice's own plain URL."),
    ("ea0020", "Your proxy access request for Harold Bisset at Silver Pines Memory Care has been received and is pending review (3-5 business days). We will email you once it's approved.",
     "REWRITE", "portal-notice", "email", "en",
     [("Harold Bisset", "NAME"), ("Silver Pines Memory Care", "SPECIALTY")],
     ["home-health", "third-party"], "Judgement (decision 16): a third party's name and a memory-care facility name (reveals dementia care) -> REWRITE, as README treats a dependent's logistics with a specialty name."),
    ("ea0021", "Welcome to proxy access! You're now linked to Dorothy Haines (94). You can request appointments, renew prescriptions and read messages for her.",
     "REWRITE", "portal-notice", "push", "en",
     [("Dorothy Haines", "NAME"), ("94", "AGE")],
     ["primary-care", "age-over-89"], "Patient name and an age over 89 on a lock screen; the welcome survives without them."),
    ("ea0022", "Error: record not found. The activation code you entered doesn't match our records. Check the code printed on your visit paperwork and try again, or tap Help.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "System error text; 'record' and 'activation code' are not PHI."),
    ("ea0023", "We couldnt approve the proxy request for your wife's account. Because her chart includes substance use disorder treatment, federal law requires her own written consent first. Call 555-0177 with questions.",
     "BLOCK", "portal-notice", "sms", "en",
     [("substance use disorder", "CONDITION"), ("555-0177", "PHONE")],
     ["substance-use", "third-party", "practice-contact", "typo"], "Discloses a third party's substance-use treatment (Part 2) -> BLOCK."),
    ("ea0024", "Your proxy access is active. You can now see Arthur's INR results and his warfarin dosing calendar under Health > Test Results.",
     "ALLOW", "portal-notice", "portal", "en",
     [("Arthur", "NAME"), ("INR", "PROCEDURE"), ("warfarin", "MEDICATION")],
     ["primary-care", "third-party"], "Inside the secure portal names, tests and drugs may stay (README channel convention)."),
)

# ---------------------------------------------------------------- batch 3 (ea0025-ea0036): new-message alerts, previews, digests, chatbot
add(
    ("ea0025", "New message from Cedar Family Medicine. Tap to view.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["primary-care", "hard-negative"], "Notification without PHI: generic practice name, no preview."),
    ("ea0026", "Dr. Ana Whitfield: Hi Sam, good news - your biopsy came back benign, nothing else to do for n…",
     "BLOCK", "portal-notice", "push", "en",
     [("Dr. Ana Whitfield", "PROVIDER"), ("Sam", "NAME"), ("biopsy", "PROCEDURE"), ("benign", "RESULT")],
     ["dermatology"], "The lock-screen preview carries a result; a benign result is still a result (README)."),
    ("ea0027", "You have a new secure message from Oncology Nurse Navigation at Pinecrest Health. To read it, sign in at pinecresthealth.example/portal. Please do not reply to this email.",
     "REWRITE", "portal-notice", "email", "en",
     [("Oncology Nurse Navigation", "SPECIALTY"), ("pinecresthealth.example/portal", "URL")],
     ["oncology", "practice-contact"], "Judgement (decision 7): the sending department's name reveals oncology care; the notice survives with the practice name only."),
    ("ea0028", "Your care team sent you a message in HealthBridge. To protect your privacy we don't put details in texts. Log in at healthbridge.example to read it. Reply STOP to opt out.",
     "ALLOW", "portal-notice", "sms", "en",
     [("healthbridge.example", "URL")],
     ["general", "practice-contact"], "Model notification without PHI; the portal's own URL (decision 12: platform name not labelled)."),
    ("ea0029", "Message for Priya Raman from Dr. Colton: Please call the office when you get a chance.",
     "REWRITE", "portal-notice", "push", "en",
     [("Priya Raman", "NAME"), ("Dr. Colton", "PROVIDER")],
     ["primary-care"], "Patient's full name on a lock-screen preview; the call-back request survives."),
    ("ea0030", "Nurse Kayla: Go ahead and start the metformin 500 mg with dinner tonight, we'll recheck in 3 months",
     "BLOCK", "portal-notice", "push", "en",
     [("Nurse Kayla", "PROVIDER"), ("metformin 500 mg", "MEDICATION")],
     ["primary-care"], "Preview is a dosing instruction: treatment instructions cannot go out in a push."),
    ("ea0031", "Tiene un mensaje nuevo de su equipo médico. Por su privacidad, ábralo en la app Salud Total.",
     "ALLOW", "portal-notice", "push", "es", [],
     ["general", "hard-negative"], "Aviso sin PHI; 'Salud Total' es el nombre de la app (decision 12)."),
    ("ea0032", "You have 3 unread messages:\n\n• Behavioral Health Intake — “Re: scheduling your first session”\n• Billing Office — “Your statement is ready”\n• Dr. Osei — “Re: your CT results, all normal”\n\nSign in to read them at wellspringmed.example.",
     "BLOCK", "portal-notice", "email", "en",
     [("Behavioral Health Intake", "SPECIALTY"), ("Dr. Osei", "PROVIDER"), ("CT", "PROCEDURE"), ("normal", "RESULT"), ("wellspringmed.example", "URL")],
     ["behavioral-health", "imaging", "practice-contact"], "A digest's subject line carries a result (normal is still a result) -> BLOCK; the department name would also have to go."),
    ("ea0033", "Hello, this is an automated message from Westbrook Medical Associates. You have a new message waiting in your patient portal. Please log in to read it, or call us at 555-0119. Thank you.",
     "ALLOW", "portal-notice", "voice", "en",
     [("555-0119", "PHONE")],
     ["primary-care", "practice-contact"], "Voice notice without PHI, practice's own number."),
    ("ea0034", "New msg from Lakeside Peds: \"Mia's strep test was positive, we sent amoxicillin to ur pharmacy\" - log in to reply",
     "BLOCK", "portal-notice", "sms", "en",
     [("Lakeside Peds", "SPECIALTY"), ("Mia", "NAME"), ("strep test", "PROCEDURE"), ("positive", "RESULT"), ("amoxicillin", "MEDICATION")],
     ["pediatrics", "minor", "third-party", "shorthand"], "Preview carries a child's result and treatment, sent to the parent: third party's health -> BLOCK."),
    ("ea0035", "Hi! I'm Dr. Watson, the Northfield Health virtual assistant 🤖. I can help you book a visit, pay a bill or reset your password. What would you like to do?",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Judgement (decision 6): 'Dr. Watson' is a chatbot persona, not a clinician or patient; nothing to label."),
    ("ea0036", "Dr. Watson (virtual assistant): Based on your answers - burning when you pee, fever and back pain - this could be a kidney infection. Please go to urgent care today.",
     "BLOCK", "other", "sms", "en",
     [("burning when you pee", "CONDITION"), ("fever", "CONDITION"), ("back pain", "CONDITION"), ("kidney infection", "CONDITION"), ("urgent care", "SPECIALTY")],
     ["urgent-care"], "Symptoms and a likely diagnosis from the symptom checker are clinical content -> BLOCK; the bot persona is not labelled (decision 6)."),
)

# ---------------------------------------------------------------- batch 4 (ea0037-ea0048): document-ready and result-available notices
add(
    ("ea0037", "A new document is available: After Visit Summary (03/09). Sign in to view or print it.",
     "ALLOW", "portal-notice", "push", "en",
     [("03/09", "DATE")],
     ["primary-care"], "Judgement (decision 10): a generic document title names no test or service; the visit date is allowed."),
    ("ea0038", "Your MRI report from Valley Imaging Center is ready to view in the app.",
     "REWRITE", "portal-notice", "push", "en",
     [("MRI", "PROCEDURE"), ("Valley Imaging Center", "SPECIALTY")],
     ["imaging"], "Test name and imaging-center name go; 'your report is ready' survives (decision 10)."),
    ("ea0039", "NEW TEST RESULT: HEPATITIS C AB W/REFLEX - Status: Final. Log in to view.",
     "REWRITE", "result", "push", "en",
     [("HEPATITIS C AB W/REFLEX", "PROCEDURE")],
     ["lab"], "Judgement (decision 10): the order name is a test (PROCEDURE), 'Final' is a status, not a value; the notice survives without the test name."),
    ("ea0040", "New result: Lipid Panel - ABNORMAL. Your provider will review it and contact you if needed. View: portal.oakmonthealth.example",
     "BLOCK", "result", "sms", "en",
     [("Lipid Panel", "PROCEDURE"), ("ABNORMAL", "RESULT"), ("portal.oakmonthealth.example", "URL")],
     ["lab", "practice-contact"], "The abnormal flag is a finding (decision 10) -> BLOCK."),
    ("ea0041", "Your test results are in! Log in to your Oakmont Health account to see them. Your doctor may add a note after reviewing them.",
     "ALLOW", "result", "sms", "en", [],
     ["lab", "hard-negative"], "Results are ready, no test named and no value: notification without PHI."),
    ("ea0042", "Your results from 2/14: TSH 2.31 mIU/L (reference 0.45-4.50). This is within the normal range, no changes needed. - Dr. Feld",
     "ALLOW", "result", "portal", "en",
     [("2/14", "DATE"), ("TSH", "PROCEDURE"), ("2.31 mIU/L", "RESULT"), ("within the normal range", "RESULT"), ("Dr. Feld", "PROVIDER")],
     ["primary-care", "contrast"], "Same text as ea0043 on the portal channel: a value is fine inside the secure portal (README)."),
    ("ea0043", "Your results from 2/14: TSH 2.31 mIU/L (reference 0.45-4.50). This is within the normal range, no changes needed. - Dr. Feld",
     "BLOCK", "result", "sms", "en",
     [("2/14", "DATE"), ("TSH", "PROCEDURE"), ("2.31 mIU/L", "RESULT"), ("within the normal range", "RESULT"), ("Dr. Feld", "PROVIDER")],
     ["primary-care", "contrast"], "Same text as ea0042 by SMS: a result value (normal is still a result) -> BLOCK. The reference range is not the patient's value and is not labelled."),
    ("ea0044", "Clínica Buena Vista: Sus resultados de laboratorio ya están disponibles en el portal. Si tiene preguntas, llame al (915) 555-0126.",
     "ALLOW", "result", "sms", "es",
     [("(915) 555-0126", "PHONE")],
     ["lab", "practice-contact"], "Resultados listos sin nombrar prueba ni valor; teléfono de la clínica."),
    ("ea0045", "Resultado disponible: prueba de embarazo en sangre (hCG cuantitativa). Entre a la app para verlo.",
     "REWRITE", "result", "push", "es",
     [("prueba de embarazo en sangre", "PROCEDURE"), ("hCG cuantitativa", "PROCEDURE")],
     ["reproductive", "lab"], "Nombra la prueba (embarazo) sin valor: se quita el nombre y el aviso sobrevive."),
    ("ea0046", "Hello,\n\nA new report has been added to your chart: Surgical pathology, specimen S26-04417 (skin, left shoulder).\n\nFinal diagnosis: basal cell carcinoma. Margins free of tumor.\n\nDr. Imani will go over treatment options at your follow-up. You can read the full report in the portal.\n\nSummit Skin & Laser Clinic",
     "BLOCK", "result", "email", "en",
     [("Surgical pathology", "PROCEDURE"), ("S26-04417", "OTHER_ID"), ("basal cell carcinoma", "CONDITION"), ("Margins free of tumor", "RESULT"), ("Dr. Imani", "PROVIDER"), ("Summit Skin & Laser Clinic", "SPECIALTY")],
     ["dermatology", "oncology", "identifier"], "The e-mail quotes the diagnosis and margin status -> BLOCK. Specimen number is OTHER_ID (decision 1)."),
    ("ea0047", "Results ready for your COVID-19/Flu A/B PCR: NOT DETECTED. A negative result does not rule out infection. Questions? Reply or call 555-0157.",
     "BLOCK", "result", "sms", "en",
     [("COVID-19/Flu A/B PCR", "PROCEDURE"), ("NOT DETECTED", "RESULT"), ("555-0157", "PHONE")],
     ["urgent-care", "practice-contact"], "A negative result is still a result (README). The generic caveat sentence is boilerplate and not labelled (judgement)."),
    ("ea0048", "Export complete. Your health summary was sent to your phone's Health app. Result code 0 = success.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "'Result code 0' is a system status, not a clinical result; no content of the summary is shown."),
)

# ---------------------------------------------------------------- batch 5 (ea0049-ea0060): statements, receipts, refunds, collections
add(
    ("ea0049", "Oakhurst Medical Group: Your statement is ready. Amount due $48.20 by 6/15. Pay at oakhurstmg.example/pay or call 555-0151. Reply STOP to opt out.",
     "ALLOW", "billing", "sms", "en",
     [("6/15", "DATE"), ("oakhurstmg.example/pay", "URL"), ("555-0151", "PHONE")],
     ["general", "practice-contact"], "Bill-ready notice with amount, due date and the practice's own contacts."),
    ("ea0050", "Good news - your account has a positive balance of $32.50 from an overpayment. We'll refund it to your card ending in 4417 within 7-10 business days. No action needed.",
     "ALLOW", "billing", "email", "en", [],
     ["general", "hard-negative"], "'Positive balance' is a credit, not a result; card last four not labelled (decision 2)."),
    ("ea0051", "Payment received: $125.00 applied to account #A-3390187 for services at Ridgeway Cancer Institute. Thank you! Confirmation TX-88230-QL",
     "REWRITE", "billing", "sms", "en",
     [("A-3390187", "ACCOUNT"), ("Ridgeway Cancer Institute", "SPECIALTY")],
     ["oncology", "identifier"], "Account number and cancer-center name go; the payment confirmation reference is not labelled (decision 1)."),
    ("ea0052", "Hi Tomás,\n\nYour bill for your visit on 1/22 is ready.\n\nService: Colonoscopy with biopsy (45380)\nInsurance paid: $1,184.00\nYour responsibility: $312.00\nStatement #: ST-2291-044\n\nPay online in the portal, set up a payment plan, or call Patient Accounts at (480) 555-0139 (M-F 8-4:30).\n\nThank you,\nDesert Sky Gastroenterology Billing",
     "REWRITE", "billing", "email", "en",
     [("Tomás", "NAME"), ("1/22", "DATE"), ("Colonoscopy with biopsy", "PROCEDURE"), ("45380", "PROCEDURE"), ("ST-2291-044", "OTHER_ID"), ("(480) 555-0139", "PHONE"), ("Desert Sky Gastroenterology", "SPECIALTY")],
     ["general", "practice-contact", "identifier"], "Bill-ready e-mail; name, procedure and its CPT code (decision 13), statement number (decision 1) and GI practice name go; amounts and the billing phone stay."),
    ("ea0053", "Su estado de cuenta de Centro Dental Armonía está listo. Saldo: $60.00. Pague en línea en armoniadental.example/pagar. ¡Gracias!",
     "REWRITE", "billing", "sms", "es",
     [("Centro Dental Armonía", "SPECIALTY"), ("armoniadental.example/pagar", "URL")],
     ["dental", "practice-contact"], "El nombre de una clínica dental revela el servicio; el enlace propio de la clínica se queda."),
    ("ea0054", "Subject: Your Health Summary is ready\n\nAs requested, here is your updated Health Summary from Crossroads Primary Care.\n\nActive problems: Type 2 diabetes; essential hypertension\nCurrent medications: metformin 1000 mg twice daily; lisinopril 10 mg daily\nAllergies: penicillin (hives)\n\nThe full document (CCD) is in the portal under Documents.",
     "BLOCK", "portal-notice", "email", "en",
     [("Type 2 diabetes", "CONDITION"), ("essential hypertension", "CONDITION"), ("metformin 1000 mg", "MEDICATION"), ("lisinopril 10 mg", "MEDICATION"), ("penicillin", "MEDICATION"), ("hives", "CONDITION")],
     ["primary-care"], "A 'document ready' e-mail that inlines the problem list and medications: diagnoses and doses are the content -> BLOCK."),
    ("ea0055", "Receipt - Fairway Pharmacy #118\nRx 7730412  ESCITALOPRAM 10MG TAB  qty 30\nCopay: $4.00\nPaid with Visa ****2291\nThank you for choosing Fairway!",
     "REWRITE", "billing", "email", "en",
     [("7730412", "OTHER_ID"), ("ESCITALOPRAM 10MG TAB", "MEDICATION")],
     ["pharmacy", "identifier"], "Receipt names the drug and Rx number (OTHER_ID per README); store number and masked card are not labelled (decisions 2, 12)."),
    ("ea0056", "FINAL NOTICE: Account 00918233 is 90 days past due ($1,240.00). To avoid referral to collections, call 1-888-555-0188.",
     "REWRITE", "billing", "sms", "en",
     [("00918233", "ACCOUNT"), ("1-888-555-0188", "PHONE")],
     ["general", "identifier", "practice-contact"], "Account number not needed by text; amount and billing phone stay."),
    ("ea0057", "Your statement from Little Oaks Therapy Center is ready.\nPatient: Liam Okafor (dependent)\nServices 5/6: speech therapy, stuttering re-evaluation\nBalance due: $80.00\nPay online or call 555-0146.",
     "BLOCK", "billing", "email", "en",
     [("Little Oaks Therapy Center", "SPECIALTY"), ("Liam Okafor", "NAME"), ("5/6", "DATE"), ("speech therapy", "PROCEDURE"), ("stuttering", "CONDITION"), ("555-0146", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "Statement to the guardian names a dependent's condition (stuttering): third party's health -> BLOCK (README)."),
    ("ea0058", "Update on your claim: your plan denied the 4/2 telehealth visit because diagnosis code F32.1 (major depressive disorder) isn't covered for video visits. Call us at 555-0124 to discuss.",
     "BLOCK", "billing", "sms", "en",
     [("4/2", "DATE"), ("F32.1", "CONDITION"), ("major depressive disorder", "CONDITION"), ("555-0124", "PHONE")],
     ["behavioral-health", "practice-contact"], "Claim denial states the diagnosis (and its code, decision 13): a diagnosis is the reason given -> BLOCK."),
    ("ea0059", "Autopay failed: we couldn't charge your saved card for your $20.00 balance (error 402: card declined). Update your payment method under Billing > Wallet.",
     "ALLOW", "billing", "push", "en", [],
     ["general", "hard-negative"], "Error code and amount only; nothing about the patient."),
    ("ea0060", "Recibimos su pago de $35.00. ¡Gracias! Número de confirmación: 55T-0921. Su saldo actual es $0.00.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative"], "Número de confirmación de pago no etiquetado (decision 1)."),
)

# ---------------------------------------------------------------- batch 6 (ea0061-ea0072): appointment-request acknowledgements, e-visits
add(
    ("ea0061", "We received your appointment request. A scheduler will contact you within 2 business days. If this is an emergency, call 911.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "hard-negative"], "Generic acknowledgement; 911 is not a phone identifier (README)."),
    ("ea0062", "Thanks, Renee! Your request for a new-patient visit at Summit Dermatology was received. We'll text you available times soon.",
     "REWRITE", "confirmation", "sms", "en",
     [("Renee", "NAME"), ("Summit Dermatology", "SPECIALTY")],
     ["dermatology"], "Name and dermatology practice name go; the acknowledgement survives."),
    ("ea0063", "Request received. Reason for visit: \"lump in left breast, noticed 2 weeks ago\". A nurse will call you today to schedule.",
     "REWRITE", "confirmation", "sms", "en",
     [("lump in left breast", "CONDITION")],
     ["primary-care"], "Judgement (decision 15): the patient's own reason for visit echoed back is a symptom used as a visit label, removable; no clinician finding -> REWRITE."),
    ("ea0064", "Your refill request for Adderall XR 20 mg was not approved: Dr. Kessler wants to see you first because your blood pressure was high at your last visit.",
     "BLOCK", "other", "sms", "en",
     [("Adderall XR 20 mg", "MEDICATION"), ("Dr. Kessler", "PROVIDER"), ("blood pressure", "PROCEDURE"), ("high", "RESULT")],
     ["behavioral-health"], "The denial's reason is a clinical finding (BP high) -> BLOCK; a measure is PROCEDURE, its value RESULT."),
    ("ea0065", "Hemos recibido su solicitud de cita. Le llamaremos en un plazo de 48 horas para confirmar el día y la hora. Clínica Familiar Los Pinos",
     "ALLOW", "confirmation", "sms", "es", [],
     ["primary-care", "hard-negative"], "Acuse genérico; nombre de clínica genérico."),
    ("ea0066", "Your appointment request has been confirmed.\n\nWith: Dr. Erik Halvorsen\nWhen: Monday, 5/12 at 3:40 PM (please arrive 15 minutes early)\nWhere: 2200 Birch Ave, Suite 310, Madison, WI 53711\n\nNeed to cancel? Reply C or call 555-0108.",
     "ALLOW", "confirmation", "email", "en",
     [("Dr. Erik Halvorsen", "PROVIDER"), ("5/12", "DATE"), ("2200 Birch Ave, Suite 310, Madison, WI 53711", "ADDRESS"), ("555-0108", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, date, time and the practice's own address and phone are all allowed."),
    ("ea0067", "Your request to schedule an IUD insertion at Bloom Women's Health has been received. We'll call you within 1-2 days to pick a date.",
     "REWRITE", "confirmation", "sms", "en",
     [("IUD insertion", "PROCEDURE"), ("Bloom Women's Health", "SPECIALTY")],
     ["reproductive"], "Procedure and a reproductive-health practice name go; acknowledgement survives."),
    ("ea0068", "Thanks for your e-visit. Dr. Sato has reviewed your answers: this looks like pink eye (bacterial conjunctivitis). Use the erythromycin ointment 4 times a day for 5 days - it has been sent to your pharmacy. Keep washing your hands often.",
     "BLOCK", "care-instructions", "email", "en",
     [("Dr. Sato", "PROVIDER"), ("pink eye", "CONDITION"), ("bacterial conjunctivitis", "CONDITION"), ("erythromycin ointment", "MEDICATION")],
     ["primary-care"], "E-visit reply with diagnosis and dosing instructions -> BLOCK; send a portal notice instead."),
    ("ea0069", "You're on the waitlist for an earlier appointment. We'll text you if a spot opens up. Reply STOP WAITLIST to be removed.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "hard-negative"], "Waitlist acknowledgement without PHI."),
    ("ea0070", "Hi Jordan, we got your request for a PrEP telehealth visit. A clinician from Spectrum Sexual Health will reach out within 1 business day.",
     "REWRITE", "confirmation", "sms", "en",
     [("Jordan", "NAME"), ("PrEP", "MEDICATION"), ("Spectrum Sexual Health", "SPECIALTY")],
     ["hiv-sexual-health"], "Name, PrEP and the sexual-health practice name go; 'we got your request' survives."),
    ("ea0071", "We can't book this request online: new patients for Suboxone treatment need a short intake call first. Please call (412) 555-0143, Mon-Fri 8-5.",
     "REWRITE", "confirmation", "sms", "en",
     [("Suboxone", "MEDICATION"), ("(412) 555-0143", "PHONE")],
     ["substance-use", "practice-contact"], "Drug name reveals substance-use treatment; 'new patients need an intake call' survives."),
    ("ea0072", "Hi, this is the office of Dr. Amara Lindqvist calling to let you know we got your request. Your appointment is on June 3rd at 10 a.m. If you have questions call us at 555-0112. Thank you.",
     "ALLOW", "confirmation", "voice", "en",
     [("Dr. Amara Lindqvist", "PROVIDER"), ("June 3rd", "DATE"), ("555-0112", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, date, time and practice phone only."),
)

# ---------------------------------------------------------------- batch 7 (ea0073-ea0084): forms, questionnaires, consents, surveys
add(
    ("ea0073", "Please complete your pre-visit questionnaire before Tuesday: forms.maplevalleyclinic.example - it takes about 5 minutes. Thank you!",
     "ALLOW", "reminder", "sms", "en",
     [("forms.maplevalleyclinic.example", "URL")],
     ["primary-care", "practice-contact"], "Generic questionnaire with the practice's own plain URL (decision 4)."),
    ("ea0074", "Hi Kendra, before your visit please complete the PHQ-9 and GAD-7 here: https://intake.example.com/f/3kd92?pt=88120341",
     "REWRITE", "reminder", "sms", "en",
     [("Kendra", "NAME"), ("PHQ-9", "PROCEDURE"), ("GAD-7", "PROCEDURE"), ("https://intake.example.com/f/3kd92?pt=88120341", "URL")],
     ["behavioral-health"], "Screening instruments reveal mental-health care (decision 8); name and the tokened form link (decision 4) go."),
    ("ea0075", "Thank you for completing your questionnaire. Your PHQ-9 score is 19 (moderately severe). Someone from the care team will call you today. If you are thinking about harming yourself, call or text 988.",
     "BLOCK", "result", "sms", "en",
     [("PHQ-9", "PROCEDURE"), ("19", "RESULT"), ("moderately severe", "RESULT")],
     ["behavioral-health"], "Auto-scored questionnaire reply: score and severity band are results (decision 8) -> BLOCK. 988 is not a phone identifier."),
    ("ea0076", "Favor de llenar el cuestionario de salud antes de su consulta: cuestionario.clinicaelsol.example. Solo toma 5 minutos. Clínica El Sol",
     "ALLOW", "reminder", "sms", "es",
     [("cuestionario.clinicaelsol.example", "URL")],
     ["primary-care", "practice-contact"], "Cuestionario genérico con el enlace propio de la clínica."),
    ("ea0077", "As part of your postpartum care, please fill out the Edinburgh Postnatal Depression Scale in the portal before your 6-week visit. It only takes a few minutes.",
     "REWRITE", "reminder", "email", "en",
     [("postpartum", "PROCEDURE"), ("Edinburgh Postnatal Depression Scale", "PROCEDURE")],
     ["reproductive", "behavioral-health"], "Visit type and screening instrument reveal a recent birth and a depression screen (decision 8); 'please fill out a questionnaire before your visit' survives."),
    ("ea0078", "Your consent form for IV sedation at Crestview Oral Surgery is ready for e-signature: sign.example.com/d/7Hq2kP?envelope=44821\n\nReminders for Thursday: nothing to eat or drink after midnight, and take only half of your usual evening insulin dose the night before.",
     "BLOCK", "care-instructions", "email", "en",
     [("IV sedation", "PROCEDURE"), ("Crestview Oral Surgery", "SPECIALTY"), ("sign.example.com/d/7Hq2kP?envelope=44821", "URL"), ("insulin", "MEDICATION")],
     ["dental"], "Besides the tokened consent link, the e-mail gives a dosing instruction (halve the insulin) -> BLOCK."),
    ("ea0079", "It's time to update your yearly paperwork (privacy notice, financial policy and insurance card). Tap here to review and sign in under 3 minutes.",
     "ALLOW", "reminder", "push", "en", [],
     ["general", "hard-negative"], "Administrative forms only; 'insurance card' names no number."),
    ("ea0080", "Reminder: fill out your IPSS (prostate symptom score) before your urology follow-up on 4/9. The link is in your portal inbox.",
     "REWRITE", "reminder", "sms", "en",
     [("IPSS", "PROCEDURE"), ("prostate symptom score", "PROCEDURE"), ("urology", "SPECIALTY"), ("4/9", "DATE")],
     ["general"], "Instrument and specialty reveal the condition area (decision 8); the reminder and date survive."),
    ("ea0081", "Sorry, we couldn't save your form (error: session expired). Please start again from the link in your appointment reminder.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "System error; no PHI."),
    ("ea0082", "Hola, para la cita de Sofia en Pediatria Arcoiris llene el formulario escolar y de vacunas aqui: arcoiris-ped.example/f?id=S-22817",
     "REWRITE", "reminder", "sms", "es",
     [("Sofia", "NAME"), ("Pediatria Arcoiris", "SPECIALTY"), ("vacunas", "PROCEDURE"), ("arcoiris-ped.example/f?id=S-22817", "URL")],
     ["pediatrics", "minor", "typo"], "Nombre de la niña, clínica pediátrica, vacunas y un enlace con id (decision 4): REWRITE como la logística de un dependiente (README). Sin acentos a propósito."),
    ("ea0083", "Thank you, we received your answers: about 4-5 drinks a day, quit smoking in 2019, sleeping 5 hours a night. Dr. Pruitt will go over them with you at your visit.",
     "ALLOW", "other", "portal", "en",
     [("4-5 drinks a day", "RESULT"), ("Dr. Pruitt", "PROVIDER")],
     ["primary-care"], "Questionnaire answers echoed inside the secure portal: allowed on the portal channel (README)."),
    ("ea0084", "How did we do? Rate your recent visit with Dr. Yusuf in 2 taps: survey.lindenclinic.example. Reply STOP to opt out of surveys.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Yusuf", "PROVIDER"), ("survey.lindenclinic.example", "URL")],
     ["primary-care", "practice-contact"], "Survey with provider name and the practice's own plain URL."),
)

# ---------------------------------------------------------------- batch 8 (ea0085-ea0096): app updates, outages, privacy, unsubscribes, device alerts
add(
    ("ea0085", "Scheduled maintenance: the patient portal and app will be unavailable Sunday 1:00-5:00 AM. For urgent needs call 555-0100. -Fernwood Health",
     "ALLOW", "other", "sms", "en",
     [("555-0100", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Maintenance broadcast with the practice phone."),
    ("ea0086", "Version 5.2 is here! Sign in faster with Face ID, try dark mode and check out the new Billing tab. Update now.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "App update; 'Face ID' is a phone feature, not a biometric identifier of the patient."),
    ("ea0087", "Subject: Phone and portal outage this morning\n\nDear patients,\n\nBecause of a network outage at our data center, Lakeshore Medical Partners' phone lines, online scheduling and portal messaging are down this morning. All of our clinics are open and every appointment will be seen as scheduled - please come in at your usual time. Video visits are not affected, and the join links in your reminders will still work. Lab drop-off and imaging hours are unchanged.\n\nIf you need to reach us before service is restored, text 555-0193 or stop by the front desk. Prescription refill requests sent through the app today may be delayed by up to 24 hours; if you are about to run out of a medicine, ask your pharmacy for an emergency supply.\n\nWe will post updates at lakeshoremp.example/status. We're sorry for the inconvenience and thank you for your patience.\n\nLakeshore Medical Partners\nPatient Experience Team",
     "ALLOW", "other", "email", "en",
     [("555-0193", "PHONE"), ("lakeshoremp.example/status", "URL")],
     ["general", "broadcast", "practice-contact"], "Outage broadcast to all patients; 'refill', 'medicine' and 'emergency' are generic."),
    ("ea0088", "You have been unsubscribed from the Hopewell Fertility Center newsletter. You will no longer receive marketing emails from us, but you'll still get appointment reminders.",
     "REWRITE", "marketing", "email", "en",
     [("Hopewell Fertility Center", "SPECIALTY")],
     ["fertility"], "Judgement (decision 11): the confirmation reveals the relationship with a fertility center; it survives with a generic name."),
    ("ea0089", "You're unsubscribed and won't get texts from us anymore. Text START to sign up again.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Opt-out confirmation without any name."),
    ("ea0090", "Aviso: por mantenimiento, el portal de pacientes no estará disponible el sábado de 10 pm a 2 am. Disculpe las molestias.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Aviso general de mantenimiento."),
    ("ea0091", "New in the app: connect your glucose meter! Because your last A1c was over 9, you qualify for free test strips through our diabetes program.",
     "BLOCK", "marketing", "push", "en",
     [("glucose meter", "PROCEDURE"), ("A1c", "PROCEDURE"), ("over 9", "RESULT"), ("diabetes", "CONDITION")],
     ["primary-care"], "A targeted feature push that states the recipient's lab value -> BLOCK."),
    ("ea0092", "We've updated our privacy notice. Starting 10/1 you can choose how you get reminders (text, email or phone). Read it at stonebridgeclinic.example/privacy",
     "ALLOW", "other", "sms", "en",
     [("10/1", "DATE"), ("stonebridgeclinic.example/privacy", "URL")],
     ["general", "broadcast", "practice-contact"], "Policy broadcast; the date is an effective date, the URL the practice's own."),
    ("ea0093", "Reading alert: your blood pressure cuff sent 182/114 at 7:42 AM, above the limit your care team set. Sit quietly for 5 minutes and measure again. If you feel unwell, call 911.",
     "BLOCK", "result", "push", "en",
     [("blood pressure cuff", "PROCEDURE"), ("182/114", "RESULT")],
     ["cardiology"], "Remote-monitoring alert carries the value and an instruction -> BLOCK."),
    ("ea0094", "¡Nueva versión de la app! Ahora puede pagar su factura, pedir citas y chatear con nosotros en español. Actualícela hoy.",
     "ALLOW", "marketing", "push", "es", [],
     ["general", "broadcast", "hard-negative"], "Actualización de la app; nada del paciente."),
    ("ea0095", "Subject: Notice of a privacy incident\n\nDear Mr. Lindgren,\n\nWe are writing to tell you about an incident that may have involved some of your information. On 3/28 an unauthorized person gained access to one staff email account at Granite Peak Urology for about two hours. The account held a scheduling spreadsheet with your name, phone number and the reason for your visit (vasectomy consultation). It did not include your Social Security number, insurance or payment details.\n\nWe have reset the account, added two-factor sign-in for all staff and reported the incident as the law requires. There is nothing you need to do, but you may call our privacy office at (503) 555-0111 with any questions.\n\nSincerely,\nPrivacy Officer, Granite Peak Urology",
     "REWRITE", "other", "email", "en",
     [("Lindgren", "NAME"), ("3/28", "DATE"), ("Granite Peak Urology", "SPECIALTY"), ("vasectomy", "PROCEDURE"), ("(503) 555-0111", "PHONE"), ("Granite Peak Urology", "SPECIALTY", 1)],
     ["general", "practice-contact"], "Breach letter: name, urology practice name and the visit reason are removable; the notice of the incident survives. 'Social Security number' as a data type is not an identifier."),
    ("ea0096", "Hello, this is the automated results line at Pine Valley Clinic calling for Harold Briggs. Your recent strep test was negative. No further action is needed. Goodbye.",
     "BLOCK", "result", "voice", "en",
     [("Harold Briggs", "NAME"), ("strep test", "PROCEDURE"), ("negative", "RESULT")],
     ["urgent-care"], "Voice treated like SMS (README); a negative result is still a result -> BLOCK."),
)

# ---------------------------------------------------------------- batch 9 (ea0097-ea0108): pharmacy apps, telehealth platforms
add(
    ("ea0097", "A note from your pharmacist: avoid ibuprofen and naproxen while taking your new lisinopril - use acetaminophen for pain instead. Tap to read more.",
     "BLOCK", "care-instructions", "push", "en",
     [("ibuprofen", "MEDICATION"), ("naproxen", "MEDICATION"), ("lisinopril", "MEDICATION"), ("acetaminophen", "MEDICATION")],
     ["pharmacy"], "Pharmacy-app push with a treatment instruction about the patient's drug -> BLOCK."),
    ("ea0098", "Your Rx for WEGOVY 1MG/0.5ML PEN is ready at Greenway Pharmacy, 45 Market St. Copay $24.99. Pickup within 10 days.",
     "REWRITE", "pickup", "sms", "en",
     [("WEGOVY 1MG/0.5ML PEN", "MEDICATION"), ("45 Market St", "ADDRESS")],
     ["pharmacy", "practice-contact"], "Medication name in a pickup notice goes (DESIGN); the pharmacy's own address stays."),
    ("ea0099", "Good news! Your order from CarePlus Specialty Pharmacy has shipped. Track it with UPS: 1Z8A27W90312558841. Please refrigerate as soon as it arrives.",
     "REWRITE", "pickup", "sms", "en",
     [("CarePlus Specialty Pharmacy", "SPECIALTY"), ("1Z8A27W90312558841", "OTHER_ID")],
     ["pharmacy", "identifier"], "Specialty-pharmacy name reveals a specialty drug (README); the tracking number is OTHER_ID (decision 9). Storage advice is handling, not dosing."),
    ("ea0100", "Farmacia San Marcos: su receta de sertralina 50 mg está lista para recoger. Horario: lun-sáb 9 a 8. Responda ALTO para no recibir más mensajes.",
     "REWRITE", "pickup", "sms", "es",
     [("sertralina 50 mg", "MEDICATION")],
     ["pharmacy"], "Nombre del medicamento en un aviso de recogida: se quita (DESIGN). 'ALTO' aquí es la palabra de baja, no un resultado."),
    ("ea0101", "Refill request denied by Dr. Adeyemi: your lithium level is overdue. Last level was 1.4 (high). Please get your blood drawn this week so we can refill.",
     "BLOCK", "other", "push", "en",
     [("Dr. Adeyemi", "PROVIDER"), ("lithium level", "PROCEDURE"), ("1.4", "RESULT"), ("high", "RESULT")],
     ["behavioral-health", "pharmacy"], "Refill-denial notice quotes a drug level and its flag -> BLOCK."),
    ("ea0102", "Your video visit with Dr. Greer starts in 15 min. Join here: https://meet.telecare.example/v/9QZ1-44KD?pw=rT7x - test your camera first!",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Greer", "PROVIDER"), ("https://meet.telecare.example/v/9QZ1-44KD?pw=rT7x", "URL")],
     ["primary-care"], "Judgement (decision 4): the join link carries a meeting password (patient-specific) -> REWRITE; provider and time stay."),
    ("ea0103", "Your virtual waiting room is open. Dr. Bianchi will join shortly - please keep this screen open.",
     "ALLOW", "reminder", "push", "en",
     [("Dr. Bianchi", "PROVIDER")],
     ["primary-care"], "Provider name only."),
    ("ea0104", "Tech check: we couldn't detect your microphone. Allow access in your browser settings, or join by phone at (312) 555-0175, access code 4419 820#.",
     "ALLOW", "other", "push", "en",
     [("(312) 555-0175", "PHONE")],
     ["general", "practice-contact"], "Platform's dial-in number; the meeting access code is a single-use reference (decision 1)."),
    ("ea0105", "Hello Mr. Abernathy,\n\nThank you for your video visit with Dr. Nadia Kovac today. Here is your visit summary:\n\nDiagnosis: acute bacterial sinusitis\nPrescription: amoxicillin-clavulanate 875 mg, 1 tablet twice a day for 7 days (sent to your pharmacy on file)\nHome care: saline rinses twice a day, plenty of fluids and rest.\n\nBook another video visit if you are not feeling better in 7 days. You can view this summary anytime in the portal under Visits.\n\nTake care,\nClearSky Telehealth Care Team\n(888) 555-0138\n1200 Harbor Blvd, Suite 400, Tampa, FL 33602\n\nThis e-mail was sent from an unmonitored address. For questions about your care, message your care team in the portal; for emergencies call 911.",
     "BLOCK", "care-instructions", "email", "en",
     [("Abernathy", "NAME"), ("Dr. Nadia Kovac", "PROVIDER"), ("acute bacterial sinusitis", "CONDITION"), ("amoxicillin-clavulanate 875 mg", "MEDICATION"), ("(888) 555-0138", "PHONE"), ("1200 Harbor Blvd, Suite 400, Tampa, FL 33602", "ADDRESS")],
     ["urgent-care", "practice-contact"], "After-visit summary e-mailed in full: diagnosis and dosing -> BLOCK."),
    ("ea0106", "Su videoconsulta con la Dra. Paredes es mañana a las 9:00. Entre desde la app 5 minutos antes. Si tiene problemas para conectarse, llame al 555-0129.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Paredes", "PROVIDER"), ("555-0129", "PHONE")],
     ["primary-care", "practice-contact"], "Proveedora, hora y teléfono de la clínica."),
    ("ea0107", "This is Bayview Pharmacy with a message for Ruth Eckstein. Your prescription for warfarin 5 milligram is ready for pickup. Press 1 to hear our hours.",
     "REWRITE", "pickup", "voice", "en",
     [("Ruth Eckstein", "NAME"), ("warfarin 5 milligram", "MEDICATION")],
     ["pharmacy"], "Voice pickup notice: name and drug go, 'your prescription is ready' survives."),
    ("ea0108", "Your child's ADHD medication (Vyvanse 30 mg) can't be refilled until 4/18 because it's a controlled substance.",
     "BLOCK", "pickup", "push", "en",
     [("ADHD", "CONDITION"), ("Vyvanse 30 mg", "MEDICATION"), ("4/18", "DATE")],
     ["pharmacy", "pediatrics", "minor", "third-party"], "A dependent's condition and medication sent to the guardian -> BLOCK (README)."),
)

# ---------------------------------------------------------------- batch 10 (ea0109-ea0120): disguises, portal letters, Spanish results, welcome e-mail
add(
    ("ea0109", "Your chla\u200bmydia test result is now available in the portal.",
     "REWRITE", "result", "push", "en",
     [("chla\u200bmydia test", "PROCEDURE")],
     ["hiv-sexual-health"], "Zero-width space hides the test name; once found it is removable ('your test result is available')."),
    ("ea0110", "gr8 news!! ur H-I-V test came back n-e-g, no need 2 come in. -Ridgeline Clinic",
     "BLOCK", "result", "sms", "en",
     [("H-I-V test", "PROCEDURE"), ("n-e-g", "RESULT")],
     ["hiv-sexual-health", "spaced", "shorthand"], "Hyphen-spaced test name and result; a negative result is still a result -> BLOCK."),
    ("ea0111", "N3w r3sult: ur b1opsy came back m4lignant. Dr. Hale will call u 2day to talk next steps.",
     "BLOCK", "result", "sms", "en",
     [("b1opsy", "PROCEDURE"), ("m4lignant", "RESULT"), ("Dr. Hale", "PROVIDER")],
     ["oncology", "leet", "shorthand"], "Leetspeak finding -> BLOCK."),
    ("ea0112", "Your appointment request for Northside \u041encology was received. A scheduler will call you within 2 business days.",
     "REWRITE", "confirmation", "email", "en",
     [("Northside \u041encology", "SPECIALTY")],
     ["oncology"], "Cyrillic capital O hides 'Oncology' in the practice name; the acknowledgement survives without it."),
    ("ea0113", "Hi Beatriz,\n\nYour colonoscopy pathology came back: the two small polyps we removed were tubular adenomas, which are not cancer. Because we removed them completely, nothing else is needed now. I recommend a repeat colonoscopy in 7 years, and we will send you a reminder.\n\nPlease message me if you have any questions.\n\nDr. Wen Lam",
     "ALLOW", "result", "portal", "en",
     [("Beatriz", "NAME"), ("colonoscopy", "PROCEDURE"), ("polyps", "CONDITION"), ("tubular adenomas", "RESULT"), ("not cancer", "RESULT"), ("colonoscopy", "PROCEDURE", 1), ("Dr. Wen Lam", "PROVIDER")],
     ["primary-care"], "Result letter inside the secure portal: findings and names may stay (README channel convention)."),
    ("ea0114", "Update 6.1 fixes a bug that showed \"No results found\" when you searched for a doctor or location. Thanks for your patience!",
     "ALLOW", "other", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "'No results found' is a search message, not a clinical result."),
    ("ea0115", "Portal Salud Norte: nuevo resultado - Glucosa en ayunas 186 mg/dL (ALTO). Su médico le escribirá pronto.",
     "BLOCK", "result", "push", "es",
     [("Glucosa en ayunas", "PROCEDURE"), ("186 mg/dL", "RESULT"), ("ALTO", "RESULT")],
     ["lab"], "Valor y bandera de laboratorio en una notificación -> BLOCK (decision 10)."),
    ("ea0116", "Sra. Domínguez: como apoderada de su mamá en el portal, le avisamos que su mamografía salió anormal y necesita una biopsia. Llame al 555-0137.",
     "BLOCK", "result", "sms", "es",
     [("Domínguez", "NAME"), ("mamografía", "PROCEDURE"), ("anormal", "RESULT"), ("biopsia", "PROCEDURE"), ("555-0137", "PHONE")],
     ["imaging", "third-party", "practice-contact"], "Resultado de una tercera persona (la madre) enviado a la apoderada -> BLOCK (README)."),
    ("ea0117", "Mensaje de la Dra. Ibarra: Rosa, empiece la levotiroxina 50 mcg en ayunas todos los días. Repetimos el análisis en 6 semanas.",
     "BLOCK", "care-instructions", "push", "es",
     [("Dra. Ibarra", "PROVIDER"), ("Rosa", "NAME"), ("levotiroxina 50 mcg", "MEDICATION")],
     ["primary-care"], "Vista previa con instrucción de dosis -> BLOCK."),
    ("ea0118", "Para recuperar su cuenta del portal, confirme su número de Seguro Social: 219-09-9999. Responda a este mensaje.",
     "BLOCK", "other", "sms", "es",
     [("219-09-9999", "SSN")],
     ["general", "identifier"], "Un número de Seguro Social nunca viaja por texto (DESIGN) -> BLOCK."),
    ("ea0119", "Subject: Welcome to your patient portal\n\nHello,\n\nYour account with Prairie View Family Clinic is ready. With the portal you can:\n- see upcoming appointments and request new ones\n- message your care team (we reply within 2 business days)\n- view test results, visit summaries and immunization records\n- pay bills and set up autopay\n- add a proxy, such as a parent or caregiver\n\nDownload the app or sign in at prairieviewfc.example/portal. For help, call Portal Support at (402) 555-0192 or email portalhelp@prairieviewfc.example.\n\nPlease don't use the portal for emergencies - call 911.\n\nPrairie View Family Clinic\n4410 Sandhill Rd, Lincoln, NE 68516",
     "ALLOW", "portal-notice", "email", "en",
     [("prairieviewfc.example/portal", "URL"), ("(402) 555-0192", "PHONE"), ("portalhelp@prairieviewfc.example", "EMAIL"), ("4410 Sandhill Rd, Lincoln, NE 68516", "ADDRESS")],
     ["primary-care", "practice-contact"], "Welcome e-mail: feature list is generic; the practice's own URL, phone, e-mail and address."),
    ("ea0120", "Hola Don Ernesto, su pago de $20.00 a Centro de Diálisis Río Grande fue procesado. ¡Gracias!",
     "REWRITE", "billing", "sms", "es",
     [("Ernesto", "NAME"), ("Centro de Diálisis Río Grande", "SPECIALTY")],
     ["dialysis"], "Nombre (sin el título Don, README) y un centro de diálisis: se quitan, el recibo sobrevive."),
)

# ---------------------------------------------------------------- build
if __name__ == "__main__":
    probe_lib.run(M, "ea", "probe128.jsonl")
