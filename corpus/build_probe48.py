#!/usr/bin/env python3
"""Build corpus/probe48.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe48.py [OUT] [-v]   (default: probe48.jsonl next to this script)

Written blind, from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only; the engine was
not run and no other corpus, test or source file was read.

This round is SHORT BULK SMS AT CAMPAIGN VOLUME: messages of 40 to 200 characters, the bulk of
real traffic — appointment reminders and confirmations with reply keywords (C to confirm, R to
reschedule, STOP to opt out), recalls, pickup notices, balance nudges, review requests, two-way
short replies from staff, opt-in and opt-out confirmations, links and short links, short codes,
emoji, abbreviations (appt, Rx, pls, tmrw, ur), merge fields left unrendered or rendered empty,
messages truncated at the segment limit, and the short SMS that still slip PHI (a drug, a test,
a clinic type, a result, a name, a DOB). Hard negatives: short codes, reply keywords, the
messaging vendor's brand, times and dates of the appointment, prices, compliance boilerplate.
About 20% Spanish; 4 disguised messages (spaced letters, a zero-width space, leet, a Cyrillic
look-alike). A few voice, push, e-mail and portal messages for channel contrast.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL is 162 ([[H]])" searches for "LDL is 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
   1. Reply keywords (C, R, N, YES, SI, BOOK, STOP, ALTO, ALTA, START, HELP, FLU, FAIR), SMS short
      codes (five-digit sender addresses such as 55321), "Msg&data rates may apply" boilerplate and
      the messaging vendor's or portal's brand (ApptNudge, PatientPass) are not labelled: a short
      code is the sender's SMS address, not a NANP phone number of anyone.
   2. An opaque vendor short link (a path token, no readable parameter: txt.example/c/Q7vK2) is the
      sender's link: URL span, ALLOW, like a confirmation code. Only a visible patient parameter
      (pid=, acct=, tok=) makes a link patient-specific (README) -> REWRITE.
   3. A clinical term cut off by truncation at the segment limit is labelled as far as it reaches
      ("IUD inser"); the verdict is what the visible text supports.
   4. Merge fields that rendered empty ("Hi , your appointment is on  at .") leave nothing about
      the patient: ALLOW, hard negative. A half-rendered template is judged on what rendered
      (a rendered first name is a NAME). Only content-free placeholders are used (README).
   5. Procedure-prep logistics (fasting, drink water, comfortable shoes, sunglasses, light
      breakfast) are not treatment instructions: REWRITE once the procedure goes. Holding,
      starting or changing a named drug, or how to take it, is a dosing instruction: BLOCK.
   6. Carrier tracking numbers, infusion chairs, parking lots, suites and windows are not labelled
      (logistics references, not identifiers of the patient).
   7. Service tags for services without their own tag: colonoscopy (GI) and a surgical practice ->
      primary-care; a port flush at an infusion center -> oncology.
   8. A specialty-revealing title written before a name (`Psic. Herrera`) stays inside the PROVIDER
      span (spans do not nest); the verdict follows from the message's other spans.
   9. Billing words that look clinical ("negative balance", "credit") are not results: hard negative.
  10. An opt-out confirmation or a review request that names a revealing practice or program still
      reveals the recipient's care: REWRITE (SPECIALTY span).
  11. Emoji are never labelled; a pill emoji next to the generic "medicamento" names no drug, so a
      pickup notice with it stays ALLOW.
  12. A results-ready notice that names the test (without the result) is REWRITE: the test goes,
      "your results are ready" survives. With the result it is BLOCK.
  13. Flag words (low, alto) are RESULT spans like the README's `(H)` flag, and so is a finding's
      adjective (`irregular`); a finding noun (cavities, mole, meniscus tear) is CONDITION, its
      count or size word ("2 small") outside.
  14. An Rx number in a pickup notice and a member ID in a copay notice are identifiers that are not
      needed: REWRITE (OTHER_ID, HEALTH_PLAN_ID).
  15. A dependent's result on the guardian's proxy portal falls under the README's portal
      convention: ALLOW (contrast with the same text by SMS, BLOCK).
  16. A day/month Spanish date ("15/08") and statement due dates / pickup-by dates are calendar
      dates: DATE, allowed.
  17. "Peds" in a practice name is the pediatrics specialty in shorthand; "Treatment Services" in a
      program name is taken as substance-use-revealing; "Surgical Associates" is generic, like
      "surgeon" in the README.
  18. Purposes: probe_lib accepts `confirmation` and `portal-notice`, so they are used.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers; the SSN
is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (ay0001-ay0012): reminders with reply keywords
add(
    ("ay0001", "Maple Ridge Family Medicine: Appt reminder for Tue 3/10 @ 2:45pm w/ Dr. Okafor. Reply C to confirm, R to reschedule. STOP to opt out.",
     "ALLOW", "reminder", "sms", "en",
     [("3/10", "DATE"), ("Dr. Okafor", "PROVIDER")],
     ["primary-care", "shorthand"], "Generic practice name, provider, date and time; reply keywords are not labelled (decision 1)."),
    ("ay0002", "Reminder: you have an appt tmrw at 8:15 AM at Westfield Medical Group. Reply C to confirm or call (412) 555-0142. Txt STOP to end msgs.",
     "ALLOW", "reminder", "sms", "en",
     [("(412) 555-0142", "PHONE")],
     ["primary-care", "shorthand", "practice-contact"], "The practice's own number; 'tmrw' and a time are not dates."),
    ("ay0003", "Hi Trevor! Quick reminder about your appt on Fri 4/3 at 11:00 with Dr. Baptiste. Reply C to confirm, R to resched.",
     "REWRITE", "reminder", "sms", "en",
     [("Trevor", "NAME"), ("4/3", "DATE"), ("Dr. Baptiste", "PROVIDER")],
     ["primary-care", "shorthand"], "A first-name greeting is a patient name by SMS (README `Hi Maria,`); date, time and provider survive."),
    ("ay0004", "Lakeshore Dermatology: Your appt is Mon 5/18 at 9:30am. Pls arrive 15 min early. Reply C to confirm. Msg&data rates may apply.",
     "REWRITE", "reminder", "sms", "en",
     [("Lakeshore Dermatology", "SPECIALTY"), ("5/18", "DATE")],
     ["dermatology", "shorthand"], "Dermatology practice name reveals the service; '15 min early' is not a date."),
    ("ay0005", "Reminder: ur mammogram is tmrw 10:20a at Birchwood Imaging. Reply C to confirm, R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("mammogram", "PROCEDURE"), ("Birchwood Imaging", "SPECIALTY")],
     ["imaging", "shorthand"], "Test type and imaging-center name go; the time stays."),
    ("ay0006", "Confirmed ✔ Wed 2/11 at 1:00 PM with Dr. Lowe. Since ur pregnancy test was positive we'll skip the x-rays that day.",
     "BLOCK", "confirmation", "sms", "en",
     [("2/11", "DATE"), ("Dr. Lowe", "PROVIDER"), ("pregnancy test", "PROCEDURE"), ("positive", "RESULT"), ("x-rays", "PROCEDURE")],
     ["reproductive", "shorthand"], "A confirmation that slips a test result; the result is the point of the second sentence, so removal leaves nothing safe to say about it: portal notice instead."),
    ("ay0007", "Recordatorio: tiene cita el jueves 9 de abril a las 3:15 pm con el Dr. Saldaña en Clínica Los Pinos. Responda C para confirmar o R para cambiarla.",
     "ALLOW", "reminder", "sms", "es",
     [("9 de abril", "DATE"), ("Dr. Saldaña", "PROVIDER")],
     ["primary-care"], "Provider, date and time with a generic clinic name; reply keywords are not labelled (decision 1)."),
    ("ay0008", "Hola Guadalupe, le recordamos su cita de mañana a las 10 am en Sonrisas Dental. Responda SI para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Guadalupe", "NAME"), ("Sonrisas Dental", "SPECIALTY")],
     ["dental"], "Name and dental practice name go; 'mañana' and the time stay."),
    ("ay0009", "Appt reminder: {{appt_date}} at {{appt_time}} with {{provider_name}} at {{location_name}}. Reply C to confirm, R to reschedule, STOP to opt out.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Vendor template whose placeholders carry no patient data (provider and location are the practice's)."),
    ("ay0010", "Reminder from Oakdale Eye Associates: dilated eye exam Thu 6/4 at 3pm. Bring sunglasses for the drive home! Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Oakdale Eye Associates", "SPECIALTY"), ("dilated eye exam", "PROCEDURE"), ("6/4", "DATE")],
     ["ophthalmology"], "Eye practice names are specialty-revealing (README); the exam type goes; the sunglasses tip is prep logistics (decision 5)."),
    ("ay0011", "Your appt w/ NP Castellanos is Mon 8/24 at 4:10pm. Reply C to confirm. Can't make it? Reply R & we'll send new times. -Pinecrest Health",
     "ALLOW", "reminder", "sms", "en",
     [("NP Castellanos", "PROVIDER"), ("8/24", "DATE")],
     ["primary-care", "shorthand"], "Provider with a role title, date and time; generic practice sign-off."),
    ("ay0012", "Reminder: colonoscopy Tue 7/15 at 7:30am w/ Dr. Haddad. Stop ur Plavix 5 days before & start the prep at 5pm the day before.",
     "BLOCK", "reminder", "sms", "en",
     [("colonoscopy", "PROCEDURE"), ("7/15", "DATE"), ("Dr. Haddad", "PROVIDER"), ("Plavix", "MEDICATION"), ("prep", "PROCEDURE")],
     ["primary-care", "shorthand"], "Holding a named drug is a dosing instruction, not prep logistics (decision 5); colonoscopy has no service tag of its own (decision 7)."),
)

# ---------------------------------------------------------------- batch 2 (ay0013-ay0024): confirmations and two-way short replies
add(
    ("ay0013", "Thanks! Your appt is confirmed. See you Thurs at 9:45. -Front desk, Elmwood Clinic",
     "ALLOW", "confirmation", "sms", "en", [],
     ["primary-care", "hard-negative"], "Two-way auto reply with a weekday and a time only."),
    ("ay0014", "You're confirmed for Sat 10/3 at 10:00am at Kids First Pediatrics. Reply R to reschedule.",
     "REWRITE", "confirmation", "sms", "en",
     [("10/3", "DATE"), ("Kids First Pediatrics", "SPECIALTY")],
     ["pediatrics"], "Pediatrics practice name reveals the service; date and time survive."),
    ("ay0015", "Hi it's Marisol at Dr. Feld's office - we got ur msg. Dr. Feld can see u tmrw at 2:30, does that work?",
     "ALLOW", "other", "sms", "en",
     [("Marisol", "PROVIDER"), ("Dr. Feld", "PROVIDER"), ("Dr. Feld", "PROVIDER", 1)],
     ["primary-care", "shorthand"], "The named sender is workforce (README: PROVIDER); no patient name, no visit type."),
    ("ay0016", "Yes Dr. Patel sent ur sertraline 50mg to Corner Drug this am. Start w/ half a tab daily for the 1st week then a whole tab.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Patel", "PROVIDER"), ("sertraline 50mg", "MEDICATION")],
     ["behavioral-health", "pharmacy", "shorthand"], "Staff reply with dosing instructions for a named antidepressant: the instruction is the message (decision 5)."),
    ("ay0017", "Hi! Dr. Amari looked at ur strep test - it was negative so no antibiotics needed. Feel better!",
     "BLOCK", "result", "sms", "en",
     [("Dr. Amari", "PROVIDER"), ("strep test", "PROCEDURE"), ("negative", "RESULT"), ("antibiotics", "MEDICATION")],
     ["urgent-care", "shorthand", "negation"], "A negative result is still a result (README); the negated drug class is labelled as a drug class."),
    ("ay0018", "We received your reply: C. Your appt on 12/2 is confirmed. Reply HELP for help, STOP to opt out.",
     "ALLOW", "confirmation", "sms", "en",
     [("12/2", "DATE")],
     ["general"], "Keyword echo ('C') and an appointment date; nothing clinical (decision 1)."),
    ("ay0019", "Recibimos su respuesta. Su cita quedo confirmada. Gracias! Para dejar de recibir mensajes responda ALTO.",
     "ALLOW", "confirmation", "sms", "es", [],
     ["general", "hard-negative"], "Auto reply written without accents, as SMS often is; ALTO is a keyword (decision 1)."),
    ("ay0020", "Got ur reply - we'll call u to reschedule. Our # is 555-0117 if u need us sooner. -Brookside Peds",
     "REWRITE", "other", "sms", "en",
     [("555-0117", "PHONE"), ("Brookside Peds", "SPECIALTY")],
     ["pediatrics", "shorthand", "practice-contact"], "'Peds' in the practice name is pediatrics in shorthand (decision 17); the practice number stays."),
    ("ay0021", "Re: ur question - yes ur TSH came back 2.1, totally normal! Keep taking the levothyroxine 50mcg same as before.",
     "BLOCK", "result", "sms", "en",
     [("TSH", "PROCEDURE"), ("2.1", "RESULT"), ("normal", "RESULT"), ("levothyroxine 50mcg", "MEDICATION")],
     ["primary-care", "shorthand"], "Two-way reply giving a value, a finding and a dosing instruction."),
    ("ay0022", "Hi Mr Delgado, pls call us back re: your biopsy resluts. Thx, Canyon Surgical Associates",
     "REWRITE", "other", "sms", "en",
     [("Delgado", "NAME"), ("biopsy", "PROCEDURE")],
     ["primary-care", "typo", "shorthand"], "Call-back request that names the test but not the result: name and test go, 'please call us back' survives; 'Surgical Associates' is generic (decision 17), service tag per decision 7."),
    ("ay0023", "Ur appt is confirmed ✅ Tue 1/27 10:30am w/ Dr. Nakamura. Pls bring photo ID + ins card 🪪",
     "ALLOW", "confirmation", "sms", "en",
     [("1/27", "DATE"), ("Dr. Nakamura", "PROVIDER")],
     ["primary-care", "shorthand"], "Decorative emoji are not labelled (decision 11); date, time and provider are allowed."),
    ("ay0024", "Confirmado ✅ Su cita es el lunes 2 de marzo a las 9:00 con la Dra. Ibarra en Salud Familiar del Valle. Si necesita cambiarla llame al 555-0128.",
     "ALLOW", "confirmation", "sms", "es",
     [("2 de marzo", "DATE"), ("Dra. Ibarra", "PROVIDER"), ("555-0128", "PHONE")],
     ["primary-care", "practice-contact"], "Generic family-medicine name, provider, date and the practice's number."),
)

# ---------------------------------------------------------------- batch 3 (ay0025-ay0036): recalls and balance nudges
add(
    ("ay0025", "It's time for your annual check-up! Book online at mapleridgefm.example/book or reply BOOK. -Maple Ridge Family Medicine",
     "ALLOW", "recall", "sms", "en",
     [("mapleridgefm.example/book", "URL")],
     ["primary-care", "practice-contact"], "Generic primary-care recall (README) with the practice's own booking link."),
    ("ay0026", "Hi from Smile Studio Dental! Ur x-rays showed 2 small cavities 🦷 Reply BOOK to schedule ur fillings.",
     "BLOCK", "recall", "sms", "en",
     [("Smile Studio Dental", "SPECIALTY"), ("x-rays", "PROCEDURE"), ("cavities", "CONDITION"), ("fillings", "PROCEDURE")],
     ["dental", "shorthand"], "A finding from imaging is the message (DESIGN: findings -> BLOCK); the finding noun is CONDITION, '2 small' outside (decision 13)."),
    ("ay0027", "Hi Ana, you're due for your 6-month diabetes follow-up with Dr. Reyes. Call 555-0151 or reply BOOK.",
     "REWRITE", "recall", "sms", "en",
     [("Ana", "NAME"), ("diabetes", "CONDITION"), ("Dr. Reyes", "PROVIDER"), ("555-0151", "PHONE")],
     ["primary-care", "practice-contact"], "A diagnosis used as a visit label keeps 'follow-up' outside (README); name and diagnosis go, the recall survives."),
    ("ay0028", "Recall: Dr. Voss wants to recheck the mole on ur back that looked irregular in May. Book at sunridgederm.example/appt",
     "BLOCK", "recall", "sms", "en",
     [("Dr. Voss", "PROVIDER"), ("mole", "CONDITION"), ("irregular", "RESULT"), ("sunridgederm.example/appt", "URL")],
     ["dermatology", "shorthand", "practice-contact"], "A recall that states a finding (an irregular mole) cannot be made safe by removal; 'May' alone is not a date; finding adjective is RESULT (decision 13)."),
    ("ay0029", "Hola! Ya le toca su examen anual. Llame a Clínica Familiar Esperanza al (915) 555-0174 para hacer su cita.",
     "ALLOW", "recall", "sms", "es",
     [("(915) 555-0174", "PHONE")],
     ["primary-care", "practice-contact"], "Annual exam is generic primary care; 'Esperanza' is part of the practice name, not a patient."),
    ("ay0030", "Balance reminder: you have a balance of $84.50 with Pinecrest Health. Pay at pinecresthealth.example/pay or call 555-0106. Reply STOP to opt out.",
     "ALLOW", "billing", "sms", "en",
     [("pinecresthealth.example/pay", "URL"), ("555-0106", "PHONE")],
     ["general", "practice-contact"], "Balance nudge with an amount and the practice's own link and number."),
    ("ay0031", "You have a $40.00 balance for your visit on 9/14. Pay online: pay.example.com/xq?acct=88123407 Questions? 555-0190",
     "REWRITE", "billing", "sms", "en",
     [("9/14", "DATE"), ("pay.example.com/xq?acct=88123407", "URL"), ("555-0190", "PHONE")],
     ["general", "identifier", "practice-contact"], "The link carries the account number as a query parameter (README: patient-specific -> REWRITE); one URL span (decision 2)."),
    ("ay0032", "Saldo pendiente: $25.00. Puede pagar en línea o llamando al 555-0145. Gracias, Centro Médico La Paz.",
     "ALLOW", "billing", "sms", "es",
     [("555-0145", "PHONE")],
     ["general", "practice-contact"], "Balance nudge with a generic practice name and its number."),
    ("ay0033", "Friendly reminder: your balance of $210 for physical therapy at Stride PT is past due. Pay at stridept.example/pay",
     "REWRITE", "billing", "sms", "en",
     [("physical therapy", "PROCEDURE"), ("Stride PT", "SPECIALTY"), ("stridept.example/pay", "URL")],
     ["physical-therapy", "practice-contact"], "The service and the PT practice name go; amount and link survive."),
    ("ay0034", "Subject: Your statement is ready\nAmount due: $15.75 by 11/30. View and pay securely at billing.example.org. Questions? Reply to this email or call 555-0121.",
     "ALLOW", "billing", "email", "en",
     [("11/30", "DATE"), ("billing.example.org", "URL"), ("555-0121", "PHONE")],
     ["general", "practice-contact"], "Statement notice with the practice's billing site; the due date is a calendar date, labelled and allowed (decision 16)."),
    ("ay0035", "Acct #40071923: payment of $60.00 received. Thank you! - Riverside Medical Billing",
     "REWRITE", "billing", "sms", "en",
     [("40071923", "ACCOUNT")],
     ["general", "identifier"], "An account number is not needed in a receipt (DESIGN: an identifier that is not needed -> REWRITE)."),
    ("ay0036", "Brenda, ur port flush is Thu 10am. Pls take ur Zofran 8mg an hr before like last time. -Summit Infusion Center",
     "BLOCK", "care-instructions", "sms", "en",
     [("Brenda", "NAME"), ("port flush", "PROCEDURE"), ("Zofran 8mg", "MEDICATION"), ("Summit Infusion Center", "SPECIALTY")],
     ["oncology", "shorthand"], "Dosing instruction for a named drug before a procedure: BLOCK (decision 5); infusion center tagged oncology (decision 7)."),
)

# ---------------------------------------------------------------- batch 4 (ay0037-ay0048): pharmacy pickup and refill notices
add(
    ("ay0037", "Your prescription is ready for pickup at Hilltop Pharmacy, 412 Grant Ave. Open til 9pm. Reply STOP to opt out.",
     "ALLOW", "pickup", "sms", "en",
     [("412 Grant Ave", "ADDRESS")],
     ["pharmacy", "practice-contact"], "Generic pharmacy name and its own address; 'Grant' is a street, not a person."),
    ("ay0038", "Rx ready! 1 item waiting at Corner Drug. Pickup by 10/12 or it will be retuned to stock. Txt STOP to end.",
     "ALLOW", "pickup", "sms", "en",
     [("10/12", "DATE")],
     ["pharmacy", "shorthand", "typo"], "'Rx' alone is generic (prescription); the pickup-by date is a calendar date (decision 16)."),
    ("ay0039", "Your atorvastatin 40mg is ready at Valley Pharmacy. Pick up within 7 days.",
     "REWRITE", "pickup", "sms", "en",
     [("atorvastatin 40mg", "MEDICATION")],
     ["pharmacy"], "A medication name in a pickup notice -> REWRITE (DESIGN)."),
    ("ay0040", "Rx #6620195 is ready for pickup at Main St Pharmacy. Total due $12.40.",
     "REWRITE", "pickup", "sms", "en",
     [("6620195", "OTHER_ID")],
     ["pharmacy", "identifier"], "Prescription numbers are OTHER_ID (README) and are not needed for a pickup notice (decision 14)."),
    ("ay0041", "Su insulina glargina ya está lista en Farmacia San Judas. Ojo: el Dr. Soto le subió la dosis a 24 unidades en la noche.",
     "BLOCK", "pickup", "sms", "es",
     [("insulina glargina", "MEDICATION"), ("Dr. Soto", "PROVIDER")],
     ["pharmacy", "primary-care"], "A pickup notice that carries a dose change: a dosing instruction is BLOCK; the dose written elsewhere stays outside the span (README)."),
    ("ay0042", "Your Truvada refill is ready at Lakeview Specialty Pharmacy. Reply YES to schedule delivery.",
     "REWRITE", "pickup", "sms", "en",
     [("Truvada", "MEDICATION"), ("Lakeview Specialty Pharmacy", "SPECIALTY")],
     ["hiv-sexual-health", "pharmacy"], "Specialty-pharmacy names are specialty-revealing (README); the drug name goes."),
    ("ay0043", "Time to refill your Rx! Reply 1 to refill, 2 to speak w/ a pharmacist. Msg frequency varies. Reply STOP to cancel.",
     "ALLOW", "reminder", "sms", "en", [],
     ["pharmacy", "shorthand", "hard-negative"], "Generic refill reminder; keyword menu and boilerplate (decision 1)."),
    ("ay0044", "Pickup reminder: your buprenorphine-naloxone 8-2mg is ready at Center Pharmacy. Ask for a consult at window 2.",
     "REWRITE", "pickup", "sms", "en",
     [("buprenorphine-naloxone 8-2mg", "MEDICATION")],
     ["substance-use", "pharmacy"], "A medication name in a pickup notice -> REWRITE (DESIGN), even a Part 2 drug; the window is logistics (decision 6)."),
    ("ay0045", "Your order shipped! Tracking 1Z999AA10123456784. Contents: Ozempic 1mg pens (2). Keep refrigerated on arrival.",
     "REWRITE", "other", "sms", "en",
     [("Ozempic 1mg pens", "MEDICATION")],
     ["pharmacy"], "Drug with strength and form goes; the carrier tracking number is not labelled (decision 6); storage is not dosing."),
    ("ay0046", "Pharmacist note: don't take ur new ciprofloxacin w/ milk or antacids - space them 2 hrs apart. Finish all 10 days.",
     "BLOCK", "care-instructions", "sms", "en",
     [("ciprofloxacin", "MEDICATION"), ("antacids", "MEDICATION")],
     ["pharmacy", "shorthand"], "Counselling on how to take a named drug is a dosing instruction (decision 5)."),
    ("ay0047", "Tu medicamento está listo 💊 Pasa a recogerlo en Farmacia Guadalupe antes del 15/08. Responde ALTO para no recibir más mensajes.",
     "ALLOW", "pickup", "sms", "es",
     [("15/08", "DATE")],
     ["pharmacy"], "Generic 'medicamento' and a pill emoji name no drug (decision 11); 'Guadalupe' is the pharmacy; day/month date (decision 16)."),
    ("ay0048", "Dr. Moss approved ur lisinopril refill but wants u to go up to 20mg daily. Ready after 4pm at Hilltop Pharmacy.",
     "BLOCK", "pickup", "sms", "en",
     [("Dr. Moss", "PROVIDER"), ("lisinopril", "MEDICATION")],
     ["pharmacy", "primary-care", "shorthand"], "A dose change is a treatment instruction; the dose written elsewhere stays outside the span (README)."),
)

# ---------------------------------------------------------------- batch 5 (ay0049-ay0060): results notices and short SMS that slip results
add(
    ("ay0049", "You have a new message in your patient portal. Please log in to view it. Do not reply to this text.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Notification without PHI, the safe pattern of DESIGN."),
    ("ay0050", "Your test results are ready to view in PatientPass. No action needed unless we call you.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["lab", "hard-negative"], "'Test results' is generic and no test is named; PatientPass is the portal vendor's brand (decision 1)."),
    ("ay0051", "Your HbA1c came back at 6.9. Dr. Ruiz wants to recheck in 3 months.",
     "BLOCK", "result", "sms", "en",
     [("HbA1c", "PROCEDURE"), ("6.9", "RESULT"), ("Dr. Ruiz", "PROVIDER")],
     ["primary-care", "contrast"], "A value is the message (DESIGN); the same text on the portal is ay0113."),
    ("ay0052", "Good news! Your Pap was normal. See you next year 😊 - Willow Women's Health",
     "BLOCK", "result", "sms", "en",
     [("Pap", "PROCEDURE"), ("normal", "RESULT"), ("Willow Women's Health", "SPECIALTY")],
     ["reproductive"], "A normal result is still a result (README); women's-health name is specialty-revealing."),
    ("ay0053", "ur covid test was positive. pls isolate 5 days & call if ur sob gets worse",
     "BLOCK", "result", "sms", "en",
     [("covid test", "PROCEDURE"), ("positive", "RESULT"), ("sob", "CONDITION")],
     ["urgent-care", "shorthand"], "Result plus care instructions; 'sob' (shortness of breath) is a symptom, so CONDITION (README review rules)."),
    ("ay0054", "Su prueba de embarazo salió positiva. Llame a la clínica para agendar su primera cita prenatal.",
     "BLOCK", "result", "sms", "es",
     [("prueba de embarazo", "PROCEDURE"), ("positiva", "RESULT"), ("prenatal", "PROCEDURE")],
     ["reproductive"], "A result is the message; the visit type keeps 'cita' outside."),
    ("ay0055", "Dr. Whitfield reviewed ur x-ray: no fracture. Keep the splint on 2 more wks & ice 20 min at a time.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Whitfield", "PROVIDER"), ("x-ray", "PROCEDURE"), ("no fracture", "RESULT"), ("splint", "PROCEDURE")],
     ["orthopedics", "shorthand", "negation"], "A negative finding is a result (README `no polyps`), plus care instructions."),
    ("ay0056", "Your potassium is low (3.1). Pls start the K-Dur 20mEq daily that was sent to ur pharmacy.",
     "BLOCK", "result", "sms", "en",
     [("potassium", "PROCEDURE"), ("low", "RESULT"), ("3.1", "RESULT"), ("K-Dur 20mEq", "MEDICATION")],
     ["primary-care", "shorthand"], "Value, flag word (decision 13) and a dosing instruction."),
    ("ay0057", "Mammogram results: BI-RADS 1, negative. Next screening in 1 yr. -Birchwood Imaging",
     "BLOCK", "result", "sms", "en",
     [("Mammogram", "PROCEDURE"), ("BI-RADS", "PROCEDURE"), ("BI-RADS [[1]]", "RESULT"), ("negative", "RESULT"), ("Birchwood Imaging", "SPECIALTY")],
     ["imaging", "shorthand"], "Scale and value as in the README's BI-RADS example; a negative screening is a result."),
    ("ay0058", "Tu prueba de VIH salió negativa 🙌 Nos vemos en 3 meses para tu PrEP. -Centro Comunitario Luz",
     "BLOCK", "result", "sms", "es",
     [("prueba de VIH", "PROCEDURE"), ("negativa", "RESULT"), ("PrEP", "MEDICATION")],
     ["hiv-sexual-health"], "A negative HIV result by SMS is a result; the sender's name is generic."),
    ("ay0059", "Reminder: take 2 tabs of prednisone 10mg daily x5 days starting tmrw. Call if the rash spreads.",
     "BLOCK", "care-instructions", "sms", "en",
     [("prednisone 10mg", "MEDICATION"), ("rash", "CONDITION")],
     ["urgent-care", "shorthand"], "Dosing instructions are the message (DESIGN)."),
    ("ay0060", "Lab update: your LDL is 162 (H). Let's talk diet at ur next visit. -Dr. Brandt's office",
     "BLOCK", "result", "sms", "en",
     [("LDL", "PROCEDURE"), ("162", "RESULT"), ("LDL is 162 ([[H]])", "RESULT"), ("Dr. Brandt", "PROVIDER")],
     ["primary-care", "shorthand"], "Value and lab flag, each its own span (README)."),
)

# ---------------------------------------------------------------- batch 6 (ay0061-ay0072): opt-in/opt-out, review requests, broadcasts, codes
add(
    ("ay0061", "You are now subscribed to appointment alerts from Elmwood Clinic. Msg freq varies. Msg&data rates may apply. Reply HELP for help, STOP to cancel.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Opt-in confirmation from a generic practice; compliance boilerplate (decision 1)."),
    ("ay0062", "You have been unsubscribed and will receive no further messages from Pinecrest Health. Reply START to resubscribe.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Opt-out confirmation from a generic practice."),
    ("ay0063", "You've been unsubscribed from New Dawn Recovery Center reminders. Reply START to rejoin.",
     "REWRITE", "other", "sms", "en",
     [("New Dawn Recovery Center", "SPECIALTY")],
     ["substance-use"], "An opt-out confirmation still names a substance-use program (decision 10)."),
    ("ay0064", "Usted se ha dado de baja de los mensajes de Clínica Santa Fe. No recibirá más mensajes. Para volver a suscribirse responda ALTA.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Opt-out confirmation; 'Santa Fe' is part of the practice name, not the patient's town."),
    ("ay0065", "Thanks for visiting Dr. Chen today! How did we do? Tap to leave a quick review: rvw.example/elmwood ⭐⭐⭐⭐⭐",
     "ALLOW", "marketing", "sms", "en",
     [("Dr. Chen", "PROVIDER"), ("rvw.example/elmwood", "URL")],
     ["primary-care", "practice-contact"], "Review request from a generic practice; the review link carries no patient parameter (decision 2)."),
    ("ay0066", "Subject: How was your visit?\nThank you for choosing Bright Path Counseling. We'd love your feedback: survey.example.com/bpc",
     "REWRITE", "marketing", "email", "en",
     [("Bright Path Counseling", "SPECIALTY"), ("survey.example.com/bpc", "URL")],
     ["behavioral-health", "practice-contact"], "A review request that names a counseling practice reveals the recipient's care (decision 10); e-mail is treated like SMS (README)."),
    ("ay0067", "¿Cómo fue su visita de hoy? Califíquenos del 1 al 5 respondiendo a este mensaje. ¡Gracias por su preferencia!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative"], "Satisfaction survey by reply; '1 al 5' is a scale, not a result."),
    ("ay0068", "Flu shots now available for all patients 6 mo+! Walk in M-F 8-5 or text FLU to 55321. -Maple Ridge FM",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative", "shorthand"], "Broadcast (README: ALLOW, no span); the short code is the sender's SMS address, not labelled (decision 1)."),
    ("ay0069", "Office closed Mon 5/25 for Memorial Day. For urgent needs call our on-call line at 555-0199. For emergencies dial 911.",
     "ALLOW", "other", "sms", "en",
     [("5/25", "DATE"), ("555-0199", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Closure broadcast; 911 is not a phone identifier (README)."),
    ("ay0070", "Reminder: your appt is tmrw at 3:30 PM. Parking is free in Lot B. Reply C to confirm. Powered by ApptNudge",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "shorthand", "hard-negative"], "Time, parking lot and the messaging vendor's brand (decisions 1 and 6)."),
    ("ay0071", "Summer camp & sports physicals: book early! Walk-ins Sat 9-12. $45 self-pay. Reply BOOK for a link.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Broadcast price offer; 'physicals' is generic (README)."),
    ("ay0072", "Your one-time code is 482913. Do not share it. It expires in 5 min. -PatientPass",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time login code is not an identifier of the patient (README)."),
)

# ---------------------------------------------------------------- batch 7 (ay0073-ay0084): merge fields, truncation, links
add(
    ("ay0073", "Reminder: appt on %s at %s. Reply C to confirm or R to reschedule. Questions? Call [PracticePhone].",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Unrendered content-free placeholders only (README templates rule)."),
    ("ay0074", "Hi , your appointment is on  at . Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Merge fields that rendered empty leave nothing about the patient (decision 4)."),
    ("ay0075", "*|PRACTICE_NAME|*: You're due for your annual wellness visit. Book at *|BOOKING_URL|* or reply BOOK. STOP to opt out.",
     "ALLOW", "recall", "sms", "en", [],
     ["primary-care", "template", "hard-negative"], "Wellness visit is generic primary care (README); placeholders carry no patient data."),
    ("ay0076", "Lakeside Clinic: Reminder - ur cardiac stress test is Tue 3/3 at 8am. Nothing to eat or drink 4 hrs before. Wear comfortable shoes and bring a list of ur curr",
     "REWRITE", "reminder", "sms", "en",
     [("cardiac stress test", "PROCEDURE"), ("3/3", "DATE")],
     ["cardiology", "shorthand"], "Truncated at the segment limit (decision 3); fasting and shoes are prep logistics (decision 5); the test name goes."),
    ("ay0077", "Northside Clinic reminder: Sat 11/7 at 9:00am w/ Dr. Abara for your IUD inser",
     "REWRITE", "reminder", "sms", "en",
     [("11/7", "DATE"), ("Dr. Abara", "PROVIDER"), ("IUD inser", "PROCEDURE")],
     ["reproductive", "shorthand"], "Truncated mid-word; the fragment still names the procedure and is labelled as far as it reaches (decision 3)."),
    ("ay0078", "Confirm ur appt: txt.example/c/Q7vK2 or reply C. Reply STOP to opt out.",
     "ALLOW", "confirmation", "sms", "en",
     [("txt.example/c/Q7vK2", "URL")],
     ["general", "shorthand", "practice-contact"], "Opaque vendor short link without a readable patient parameter: the sender's link (decision 2)."),
    ("ay0079", "Your visit summary is ready: portal.example.org/visit?pid=7730192&tok=a81f. Link expires in 24h.",
     "REWRITE", "portal-notice", "sms", "en",
     [("portal.example.org/visit?pid=7730192&tok=a81f", "URL")],
     ["general", "identifier"], "URL with a patient id and a token as parameters (README: patient-specific -> REWRITE)."),
    ("ay0080", "📋 Complete your check-in before you arrive: checkin.example.com/elmwood. Takes 2 min!",
     "ALLOW", "reminder", "push", "en",
     [("checkin.example.com/elmwood", "URL")],
     ["general", "practice-contact"], "Practice's own check-in link, no patient parameter."),
    ("ay0081", "Clínica del Sol: Su cita de ultrasonido obstétrico es el 14 de octubre a las 11:00. Tome 4 vasos de agua 1 hora antes y no orine hasta su estud",
     "REWRITE", "reminder", "sms", "es",
     [("ultrasonido obstétrico", "PROCEDURE"), ("14 de octubre", "DATE")],
     ["reproductive", "imaging"], "Truncated (decision 3); drinking water before the scan is prep logistics (decision 5); the obstetric ultrasound reveals a pregnancy and goes."),
    ("ay0082", "Your mom's appt w/ Dr. Fine is confirmed for 3/9. FYI her bone density showed osteoporosis, so he'll talk about Fosamax.",
     "BLOCK", "confirmation", "sms", "en",
     [("Dr. Fine", "PROVIDER"), ("3/9", "DATE"), ("bone density", "PROCEDURE"), ("osteoporosis", "CONDITION"), ("Fosamax", "MEDICATION")],
     ["primary-care", "third-party"], "A third party's finding and planned drug (DESIGN: a third party's health -> BLOCK)."),
    ("ay0083", "Hi Keisha, reminder: your appt is on 4/9 at {{appt_time}}. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Keisha", "NAME"), ("4/9", "DATE")],
     ["primary-care", "template"], "Half-rendered template: the time placeholder is content-free, the rendered first name is a patient name (decision 4)."),
    ("ay0084", "Pay your bill in 2 taps 👉 pay.example.com/pinecrest. Questions? Text us back. Reply STOP to end.",
     "ALLOW", "billing", "sms", "en",
     [("pay.example.com/pinecrest", "URL")],
     ["general", "practice-contact"], "Practice's payment link without an account parameter."),
)

# ---------------------------------------------------------------- batch 8 (ay0085-ay0096): DOBs, identifiers, ages, dependents, Spanish results
add(
    ("ay0085", "Para confirmar su identidad, tenemos registrada su fecha de nacimiento como 04/07/1983. Si no es correcta, llámenos.",
     "REWRITE", "other", "sms", "es",
     [("04/07/1983", "DATE")],
     ["primary-care", "dob"], "A date of birth without a name is REWRITE (README)."),
    ("ay0086", "Appt confirmed for Luis Ortega (DOB 2/19/1961) on 6/12 at 9am w/ Dr. Sato.",
     "BLOCK", "confirmation", "sms", "en",
     [("Luis Ortega", "NAME"), ("2/19/1961", "DATE"), ("6/12", "DATE"), ("Dr. Sato", "PROVIDER")],
     ["primary-care", "dob"], "A full date of birth with the name is BLOCK (README)."),
    ("ay0087", "Sra. Beatriz Molina, fecha de nac. 22/03/1955: su cita es mañana a las 8:30 am. Traiga su tarjeta del seguro.",
     "BLOCK", "reminder", "sms", "es",
     [("Beatriz Molina", "NAME"), ("22/03/1955", "DATE")],
     ["primary-care", "dob"], "A full date of birth with the name is BLOCK (README); the title stays outside the NAME span."),
    ("ay0088", "We need to update your file. Pls confirm SSN 078-05-1120 is correct by calling 555-0152.",
     "BLOCK", "other", "sms", "en",
     [("078-05-1120", "SSN"), ("555-0152", "PHONE")],
     ["general", "identifier", "practice-contact"], "An SSN must never travel by text (DESIGN); a well-known specimen number."),
    ("ay0089", "Member ID W88410273 verified for ur visit tmrw. Copay $30. -Front desk",
     "REWRITE", "other", "sms", "en",
     [("W88410273", "HEALTH_PLAN_ID")],
     ["general", "identifier", "shorthand"], "The member ID is not needed for a copay notice (decision 14); the price stays."),
    ("ay0090", "Happy 93rd birthday, Eleanor! 🎂 From all of us at Grandview Family Practice.",
     "REWRITE", "marketing", "sms", "en",
     [("93rd", "AGE"), ("Eleanor", "NAME")],
     ["primary-care", "age-over-89"], "An age over 89 (the ordinal, README) and a name; the greeting survives."),
    ("ay0091", "Recordatorio para Don Rigoberto: su ecocardiograma es el martes 3 de noviembre a las 7:45 am en Cardiología Integral.",
     "REWRITE", "reminder", "sms", "es",
     [("Rigoberto", "NAME"), ("ecocardiograma", "PROCEDURE"), ("3 de noviembre", "DATE"), ("Cardiología Integral", "SPECIALTY")],
     ["cardiology"], "Name (title outside), test and cardiology practice go; date and time survive."),
    ("ay0092", "Hola, su azúcar en ayunas salió en 182. El Dr. Peña le subió la metformina a 1000 mg dos veces al día.",
     "BLOCK", "result", "sms", "es",
     [("azúcar en ayunas", "PROCEDURE"), ("182", "RESULT"), ("Dr. Peña", "PROVIDER"), ("metformina", "MEDICATION")],
     ["primary-care"], "A value and a dose change are the message."),
    ("ay0093", "Su hijo Mateo tiene cita de vacunas el viernes 12 de junio a las 4:00 pm en Pediatría Arcoíris. Traiga su cartilla.",
     "REWRITE", "reminder", "sms", "es",
     [("Mateo", "NAME"), ("vacunas", "PROCEDURE"), ("12 de junio", "DATE"), ("Pediatría Arcoíris", "SPECIALTY")],
     ["pediatrics", "minor"], "A dependent's logistics with a routine visit type are REWRITE, like the patient's own (README)."),
    ("ay0094", "Hi, this is Rosa from Dr. Lin's office. Ur husband's INR was 4.1 today so he should skip tonight's warfarin. Call w/ questions.",
     "BLOCK", "result", "sms", "en",
     [("Rosa", "PROVIDER"), ("Dr. Lin", "PROVIDER"), ("INR", "PROCEDURE"), ("4.1", "RESULT"), ("warfarin", "MEDICATION")],
     ["cardiology", "third-party", "shorthand"], "A third party's value and dosing instruction; the named sender is workforce (README: PROVIDER)."),
    ("ay0095", "Su hija Valeria salió positiva para estreptococo. Recoja la amoxicilina en la farmacia hoy mismo.",
     "BLOCK", "result", "sms", "es",
     [("Valeria", "NAME"), ("positiva", "RESULT"), ("estreptococo", "CONDITION"), ("amoxicilina", "MEDICATION")],
     ["pediatrics", "minor", "third-party", "contrast"], "A dependent's result sent to the guardian is a third party's health -> BLOCK (README); the portal copy is ay0114."),
    ("ay0096", "Centro Renal del Norte: su potasio salió alto (6.2) en el laboratorio de hoy. Evite plátano y naranja y venga mañana a diálisis extra.",
     "BLOCK", "result", "sms", "es",
     [("Centro Renal del Norte", "SPECIALTY"), ("potasio", "PROCEDURE"), ("alto", "RESULT"), ("6.2", "RESULT"), ("diálisis", "PROCEDURE")],
     ["dialysis"], "Value, flag word (decision 13) and diet and treatment instructions."),
)

# ---------------------------------------------------------------- batch 9 (ay0097-ay0108): sensitive services, credentials, voice, push, e-mail
add(
    ("ay0097", "Hello, this is an automated reminder from Harbor Mental Health Associates for your therapy appointment tomorrow at 1 PM. Press 1 to confirm, 2 to reschedule.",
     "REWRITE", "reminder", "voice", "en",
     [("Harbor Mental Health Associates", "SPECIALTY"), ("therapy", "PROCEDURE")],
     ["behavioral-health"], "Voice is treated like SMS (README: overheard); practice name and therapy go."),
    ("ay0098", "⏰ Appt tomorrow 9:15 AM with Dr. Ferreira. Tap to check in.",
     "ALLOW", "reminder", "push", "en",
     [("Dr. Ferreira", "PROVIDER")],
     ["primary-care", "shorthand"], "Push preview with provider and time only."),
    ("ay0099", "Your PrEP refill is ready for pickup at the front window 💊",
     "REWRITE", "pickup", "push", "en",
     [("PrEP", "MEDICATION")],
     ["hiv-sexual-health", "pharmacy"], "A drug name in a pickup push on the lock screen; the notice survives."),
    ("ay0100", "Your chlamydia test came back positive. Pls come in for treatment, no appt needed. Your partner should be tested too.",
     "BLOCK", "result", "sms", "en",
     [("chlamydia test", "PROCEDURE"), ("positive", "RESULT")],
     ["hiv-sexual-health", "shorthand"], "A positive STI result is the message."),
    ("ay0101", "Your methadone dose goes up to 90mg starting tmrw. Dosing window 6:30-9am. -Clearwater Treatment Services",
     "BLOCK", "care-instructions", "sms", "en",
     [("methadone", "MEDICATION"), ("Clearwater Treatment Services", "SPECIALTY")],
     ["substance-use", "shorthand"], "A dose change is a treatment instruction (Part 2 drug); 'Treatment Services' is taken as substance-use-revealing (decision 17)."),
    ("ay0102", "Hi Jordan, ur first appt at Open Door Counseling is Thurs 2/5 at 4pm w/ Lic. Ramos, LCSW. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Jordan", "NAME"), ("Open Door Counseling", "SPECIALTY"), ("2/5", "DATE"), ("Lic. Ramos", "PROVIDER"), ("LCSW", "SPECIALTY")],
     ["behavioral-health", "shorthand"], "LCSW names a behavioral-health credential: a separate SPECIALTY span like DDS (README)."),
    ("ay0103", "Your appt w/ Dr. Farouk, DDS is Wed 4/29 at 2pm. Reply C to confirm, R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Farouk", "PROVIDER"), ("DDS", "SPECIALTY"), ("4/29", "DATE")],
     ["dental"], "The only revealing word is the credential (README: DDS -> SPECIALTY)."),
    ("ay0104", "Subject: Your MRI\nDr. Banks reviewed your knee MRI: small meniscus tear, no surgery needed. Start PT 2x/wk. -Valley Orthopedic & Spine",
     "BLOCK", "result", "email", "en",
     [("MRI", "PROCEDURE"), ("Dr. Banks", "PROVIDER"), ("MRI", "PROCEDURE", 1), ("meniscus tear", "CONDITION"), ("PT", "PROCEDURE"), ("Valley Orthopedic & Spine", "SPECIALTY")],
     ["orthopedics", "shorthand", "negation"], "E-mail is treated like SMS; a finding is the message (decision 13 for the finding noun)."),
    ("ay0105", "Great news!! Ur beta was 212 😊 Repeat beta Thurs 7am at the lab. -Bloom Fertility",
     "BLOCK", "result", "sms", "en",
     [("beta", "PROCEDURE"), ("212", "RESULT"), ("beta", "PROCEDURE", 1), ("Bloom Fertility", "SPECIALTY")],
     ["fertility", "shorthand"], "A pregnancy hormone value is a result; fertility names are specialty-revealing (README)."),
    ("ay0106", "Este es un mensaje de Clínica Médica del Río. Le recordamos su cita de mañana a las 11 de la mañana. Para confirmar oprima 1.",
     "ALLOW", "reminder", "voice", "es", [],
     ["primary-care", "hard-negative"], "Voice reminder with a generic clinic name and a time only."),
    ("ay0107", "Tu cita de terapia con la Psic. Herrera es el sábado 7 de marzo a las 12:00. Si no puedes venir avísanos con 24 h.",
     "REWRITE", "reminder", "sms", "es",
     [("terapia", "PROCEDURE"), ("Psic. Herrera", "PROVIDER"), ("7 de marzo", "DATE")],
     ["behavioral-health"], "Therapy goes; the specialty-revealing title stays inside the PROVIDER span (decision 8)."),
    ("ay0108", "Ur home health nurse will arrive between 10am-12pm tmrw. Call 555-0168 to change the window. -CareBridge Home Health",
     "REWRITE", "reminder", "sms", "en",
     [("home health", "SPECIALTY"), ("555-0168", "PHONE"), ("CareBridge Home Health", "SPECIALTY")],
     ["home-health", "shorthand", "practice-contact"], "Home health is a revealing service line (DESIGN); the arrival window survives."),
)

# ---------------------------------------------------------------- batch 10 (ay0109-ay0120): disguises (4), portal contrasts, closing hard negatives
add(
    ("ay0109", "Your H I V test results are ready. Please log in to the portal to view them. Questions? 555-0111",
     "REWRITE", "portal-notice", "sms", "en",
     [("H I V test", "PROCEDURE"), ("555-0111", "PHONE")],
     ["hiv-sexual-health", "lab", "spaced", "practice-contact"], "Spaced letters; a results-ready notice naming the test without the result: the test goes, the notice survives (decision 12)."),
    ("ay0110", "Your metfor\u200bmin 1000mg is ready for pickup at Elm St Pharmacy. Reply STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("metfor\u200bmin 1000mg", "MEDICATION")],
     ["pharmacy"], "A zero-width space inside the drug name; a medication name in a pickup notice -> REWRITE."),
    ("ay0111", "ur ch3mo appt is tmrw 8:30am, chair 6. pls eat a light bfast. -Cedar Oncology",
     "REWRITE", "reminder", "sms", "en",
     [("ch3mo", "PROCEDURE"), ("Cedar Oncology", "SPECIALTY")],
     ["oncology", "leet", "shorthand"], "Leetspeak 'chemo'; the chair number is not labelled (decision 6) and a light breakfast is prep logistics (decision 5)."),
    ("ay0112", "Your P\u0430p came back normal. No follow-up needed until next yr.",
     "BLOCK", "result", "sms", "en",
     [("P\u0430p", "PROCEDURE"), ("normal", "RESULT")],
     ["reproductive", "shorthand", "negation"], "A Cyrillic a inside 'Pap'; a normal result is still a result (README)."),
    ("ay0113", "Your HbA1c came back at 6.9. Dr. Ruiz wants to recheck in 3 months.",
     "ALLOW", "result", "portal", "en",
     [("HbA1c", "PROCEDURE"), ("6.9", "RESULT"), ("Dr. Ruiz", "PROVIDER")],
     ["primary-care", "contrast"], "Inside the secure portal a value may stay (README channel convention); the SMS copy is ay0051."),
    ("ay0114", "Su hija Valeria salió positiva para estreptococo. Recoja la amoxicilina en la farmacia hoy mismo.",
     "ALLOW", "result", "portal", "es",
     [("Valeria", "NAME"), ("positiva", "RESULT"), ("estreptococo", "CONDITION"), ("amoxicilina", "MEDICATION")],
     ["pediatrics", "minor", "third-party", "contrast"], "On the guardian's proxy portal account the portal convention applies (decision 15); the SMS copy is ay0095."),
    ("ay0115", "Heads up: we've moved to Suite 210 in the same building. Elevator is on the left. See you soon!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A suite number without a street is not an address of anyone (decision 6)."),
    ("ay0116", "Don't miss our free Health Fair Sat! Blood pressure checks, flu shots & a healthy cooking demo, 10am-2pm. Text FAIR to 55321 for details.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast (README: free blood-pressure checks -> ALLOW, no span); short code not labelled (decision 1)."),
    ("ay0117", "¡Ya puede hacer su cita por mensaje de texto! Escríbanos y con gusto le atendemos. Clínica Familiar Nueva Vida",
     "ALLOW", "marketing", "sms", "es", [],
     ["primary-care", "broadcast", "hard-negative"], "Broadcast from a generic family clinic; 'Nueva Vida' is not a program name."),
    ("ay0118", "Reply C to confirm, R to reschedule, N to cancel. Reply HELP for help or STOP to opt out. Msg&data rates may apply. 4 msgs/mo.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Vendor keyword and compliance boilerplate only (decision 1)."),
    ("ay0119", "Good news: ur negative balance of -$12.00 is a credit on ur account. No action needed! -Billing, Elmwood Clinic",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "shorthand", "hard-negative"], "'Negative' and 'good news' are billing words here, not a result (decision 9)."),
    ("ay0120", "Sorry we missed u today! Ur biopsy showed basal cell carcinoma & Dr. Kaur needs to see u this wk. Pls call 555-0187.",
     "BLOCK", "result", "sms", "en",
     [("biopsy", "PROCEDURE"), ("basal cell carcinoma", "CONDITION"), ("Dr. Kaur", "PROVIDER"), ("555-0187", "PHONE")],
     ["dermatology", "oncology", "shorthand", "practice-contact"], "A diagnosis slipped into a no-show note: the finding is the message."),
)

# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "ay", "probe48.jsonl")
