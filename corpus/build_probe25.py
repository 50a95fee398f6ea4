#!/usr/bin/env python3
"""Build corpus/probe25.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe25.py [OUT] [-v]   (default: probe25.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only. The engine was
not run, and no other corpus, test or source file was read.

This round is CONFIRMATIONS, PORTAL NOTICES AND PUSH NOTIFICATIONS: appointment confirmations and
booking receipts (purpose `confirmation`), "you have a new message / document / result" notices
(purpose `portal-notice`) and short lock-screen push notifications (channel `push`) from
practices, pharmacies, labs, telehealth services and insurer apps, with e-mail, SMS, voice and
in-portal versions of the same; results and pickups where the notice leaks the content; proxy
(caregiver) notices; tokened links; hard negatives (booking references, queue and pickup codes,
OTPs, storm and clinic names that look like people, broadcasts). 15% Spanish; 4 disguised
messages (leet, spaced letters, zero-width, Cyrillic look-alikes).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "A1c 8.4 % ([[H]])" searches for "A1c 8.4 % (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
   1. Appointment confirmation codes, booking references, store numbers, queue and pickup codes
      and one-time codes are not labelled (as probe7); the last four digits of a payment card on
      a receipt are not labelled either.
   2. Receipt, order and prescription numbers are OTHER_ID (as probe7's invoice/order numbers);
      when the notice does not need them the verdict is REWRITE.
   3. Links carrying a session, shipment or reset token or a patient parameter (telehealth join
      link `?pt=`, tracking link `/s/<token>`, password reset `?token=`) are patient-specific
      URLs -> REWRITE (the rewrite points to the app/portal); the practice's plain telehealth
      landing page is its own URL -> ALLOW.
   4. A notice that names the test or report but gives no value (`Papanicolaou`, `BRCA1/2
      panel`) is REWRITE; any value, flag, impression, finding, or a count of abnormal values
      ("2 values are flagged abnormal") in the text is BLOCK.
   5. A push that previews a clinician's message is judged on the preview: a finding in it is
      BLOCK even though the purpose is portal-notice.
   6. A patient-reported "reason for visit" echoed in an online check-in confirmation is a visit
      label (symptoms labelled CONDITION) -> REWRITE, not a finding.
   7. Analyte names in a result list (`Chlamydia: Positive`) are PROCEDURE (they name the test);
      the outcome is RESULT.
   8. A CPT code for a revealing service is PROCEDURE like the service it codes (parallel to
      probe7's ICD code -> CONDITION).
   9. Medication instructions before a procedure (ibuprofen before an IUD insertion, stop Eliquis
      two days before surgery) are dosing instructions -> BLOCK. Non-drug prep (fasting, no
      deodorant, a button-up shirt) is not labelled and does not block; fasting for the labs of
      an annual physical is generic -> ALLOW.
  10. The patient's home address in a home-visit confirmation is the patient's identifier ->
      REWRITE (the clinician already has it); a visit window that names only `nurse Tamika`,
      with no home-health name or service, is ALLOW.
  11. In a portal security notice, the device's city and state are ADDRESS (a unit smaller than
      a state) and the IP address is IP -> REWRITE.
  12. Specialty credentials (LCSW, LMFT, DDS) are separate SPECIALTY spans; `therapist`,
      `psychiatrist`, `genetic counselor`, `nutricion` are specialty words (SPECIALTY);
      "... Kids Clinic", "... Women's Health", "... Memory Care Clinic", "... Sleep Center",
      "... Recovery Center", "... Counseling Associates", "... Skin Clinic" are
      specialty-revealing; "... Surgical Pavilion", "... Family Physicians", "... Lab",
      "... Pharmacy", "... Health Plan" are generic. `intake assessment` at a recovery centre
      and a named class (`Joint Camp`) are PROCEDURE (named visit type / program).
  13. Proxy (caregiver) notices: the dependent's name with a specialty practice name is REWRITE
      (logistics); the dependent's result or condition is BLOCK (third party).
  14. Disguised spans include the disguise characters (zero-width, Cyrillic letters, spaces,
      leet digits) inside the span.
  15. probe_lib caps a message at 1,000 UTF-16 units, so the brief's "up to 1,500 characters"
      is capped: the longest e-mails here are about 950.
  16. Sleep medicine, general surgery and memory care have no service tag of their own: they are
      tagged primary-care, general and behavioral-health.
  17. An insurer's care-management push built on a screening score is BLOCK (the score is a
      result), even though its purpose is a referral.
  18. `no cancer` after a biopsy is one RESULT span, like the README's `no polyps`.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers; the
SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (aa0001-aa0012): appointment confirmations
add(
    ("aa0001", "Appointment confirmed ✅ Dr. Okafor · Tue, Mar 3 · 10:20 AM. Tap to add to calendar.",
     "ALLOW", "confirmation", "push", "en",
     [("Dr. Okafor", "PROVIDER"), ("Mar 3", "DATE")],
     ["primary-care"], "Lock-screen confirmation with provider, date and time only."),
    ("aa0002", "Thanks for booking with Lakeshore Family Practice! Confirmation #: LFP-7Q2K9. Reply C to confirm, R to reschedule, STOP to opt out.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "hard-negative"], "Generic practice name; the booking reference identifies a slot, not a person (decision 1)."),
    ("aa0003", "Hi Priya! Your mammogram at Bayview Breast Imaging is booked for Fri 4/17 at 8:45am. Please arrive 15 min early and skip deodorant that morning.",
     "REWRITE", "confirmation", "push", "en",
     [("Priya", "NAME"), ("mammogram", "PROCEDURE"), ("Bayview Breast Imaging", "SPECIALTY"), ("4/17", "DATE")],
     ["imaging"], "Name, test and imaging-centre name go; date and time survive. The no-deodorant prep is non-drug prep and is not labelled (decision 9)."),
    ("aa0004", "Subject: Your appointment is confirmed\n\nDear Mr. Haldane,\n\nThank you for scheduling with Coastal Dermatology & Skin Surgery. This email confirms your Mohs surgery appointment:\n\nDate: Wednesday, June 10\nArrival: 7:30 AM\nSurgeon: Dr. Ilse Varga\nLocation: 4410 Harbor View Rd, Suite 200, Port Ellis, OR 97365\n\nPlease eat a normal breakfast, wear a button-up shirt and plan to be with us most of the day. If you need to cancel, please give us at least 48 hours' notice so we can offer the time to another patient.\n\nQuestions? Call (541) 555-0137, Monday-Friday, 8 am to 4:30 pm.\n\nWarm regards,\nThe Coastal Dermatology Scheduling Team",
     "REWRITE", "confirmation", "email", "en",
     [("Haldane", "NAME"), ("Coastal Dermatology & Skin Surgery", "SPECIALTY"), ("Mohs surgery", "PROCEDURE"), ("June 10", "DATE"),
      ("Dr. Ilse Varga", "PROVIDER"), ("4410 Harbor View Rd, Suite 200, Port Ellis, OR 97365", "ADDRESS"), ("(541) 555-0137", "PHONE"),
      ("The [[Coastal Dermatology]] Scheduling", "SPECIALTY")],
     ["dermatology", "practice-contact"], "E-mail is treated like SMS: patient name, dermatology name (twice) and Mohs surgery go; the practice's own address and phone stay. Non-drug prep is not labelled (decision 9)."),
    ("aa0005", "Confirmed: your video visit with NP Delgado is Thu 2/12 at 3:00 PM. You'll get a join link by text 15 min before. Reply HELP for help, STOP to end.",
     "ALLOW", "confirmation", "sms", "en",
     [("NP Delgado", "PROVIDER"), ("2/12", "DATE")],
     ["primary-care"], "A video visit is a generic visit mode; provider, date and time are allowed."),
    ("aa0006", "Appt confirmed: Dr. Ames will go over your abnormal Pap results with you Mon at 9:10 AM. Tap for directions.",
     "BLOCK", "confirmation", "push", "en",
     [("Dr. Ames", "PROVIDER"), ("abnormal", "RESULT"), ("Pap", "PROCEDURE")],
     ["reproductive"], "The confirmation carries a finding (an abnormal Pap) on the lock screen; a result is BLOCK even inside a confirmation."),
    ("aa0007", "Riverside Kids Clinic: Mateo's 4-yr well check + shots are confirmed for 9/22 at 10:40am. Pls bring his shot record!",
     "REWRITE", "confirmation", "sms", "en",
     [("Riverside Kids Clinic", "SPECIALTY"), ("Mateo", "NAME"), ("well check", "PROCEDURE"), ("shots", "PROCEDURE"), ("9/22", "DATE")],
     ["pediatrics", "minor", "shorthand"], "A dependent's logistics with a name and routine visit types: REWRITE. Judgement: a 'Kids Clinic' name reveals pediatrics (decision 12); the age 4 is not labelled (not over 89)."),
    ("aa0008", "You're in line! We'll text you when it's almost your turn. Current wait: about 25 min. Reply LEAVE to give up your spot.",
     "ALLOW", "confirmation", "push", "en", [],
     ["urgent-care", "hard-negative"], "Walk-in queue confirmation that names neither the clinic nor the reason for the visit."),
    ("aa0009", "QuickMed Urgent Care: You're checked in online for 6:45 PM. Reason for visit: sore throat, fever. Please arrive by 6:30.",
     "REWRITE", "confirmation", "push", "en",
     [("QuickMed Urgent Care", "SPECIALTY"), ("sore throat", "CONDITION"), ("fever", "CONDITION")],
     ["urgent-care"], "Judgement (decision 6): the echoed reason for visit is a visit label, not a finding; it and the urgent-care name go, the check-in time survives."),
    ("aa0010", "Centro de Salud Las Palmas: su cita quedó confirmada para el jueves 14 de mayo a las 9:15 a. m. con el Dr. Serrano. Si no puede asistir, responda CANCELAR.",
     "ALLOW", "confirmation", "sms", "es",
     [("14 de mayo", "DATE"), ("Dr. Serrano", "PROVIDER")],
     ["primary-care"], "Generic health-centre name, date, time and provider only."),
    ("aa0011", "Booking receipt - Willow Creek Medical Group\n\nThank you! Your appointment is confirmed.\n\nWhen: Monday, October 5, 11:30 AM (please arrive 10 minutes early to check in)\nWho: Dr. Hannah Brightwater\nWhere: 1200 Orchard Lane, Suite 4, Millbrook, WA 98801\nBooking reference: WCM-38821\n\nWhat to bring: photo ID, insurance card, a list of the medicines you take, and your copay.\n\nNeed to change something? Reply to this email or call (509) 555-0144. Cancellations less than 24 hours ahead may be charged a $40 fee.\n\nThis is an automated message. Please do not include personal health information in your reply.",
     "ALLOW", "confirmation", "email", "en",
     [("October 5", "DATE"), ("Dr. Hannah Brightwater", "PROVIDER"), ("1200 Orchard Lane, Suite 4, Millbrook, WA 98801", "ADDRESS"), ("(509) 555-0144", "PHONE")],
     ["primary-care", "practice-contact"], "Booking receipt with the practice's own address and phone; the booking reference is not labelled (decision 1)."),
    ("aa0012", "Heartwell Cardiology: stress echo w/ Dr. Farouk confirmed Tue 11/3 @ 7:30a. Wear comfy walking shoes. Reply Y to confirm, N to cxl.",
     "REWRITE", "confirmation", "sms", "en",
     [("Heartwell Cardiology", "SPECIALTY"), ("stress echo", "PROCEDURE"), ("Dr. Farouk", "PROVIDER"), ("11/3", "DATE")],
     ["cardiology", "shorthand"], "Cardiology name and the test go; provider, date and time survive."),
)

# ---------------------------------------------------------------- batch 2 (aa0013-aa0024): portal notices
add(
    ("aa0013", "New document available: Visit Summary. Open the app to view it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "A generic document title says nothing about the care."),
    ("aa0014", "CT Abdomen/Pelvis W Contrast - Impression: No acute findings. 4 mm nonobstructing left kidney stone. Tap to view the full report.",
     "BLOCK", "portal-notice", "push", "en",
     [("CT Abdomen/Pelvis W Contrast", "PROCEDURE"), ("No acute findings", "RESULT"), ("4 mm nonobstructing", "RESULT"), ("kidney stone", "CONDITION")],
     ["imaging"], "The report's impression is on the lock screen; findings are the message (decision 4)."),
    ("aa0015", "New result: Hemoglobin A1c 8.4 % (H). Tap to see what it means.",
     "BLOCK", "portal-notice", "push", "en",
     [("Hemoglobin A1c", "PROCEDURE"), ("8.4 %", "RESULT"), ("A1c 8.4 % ([[H]])", "RESULT")],
     ["primary-care", "contrast"], "A value and its flag in a push preview; the same content inside the portal is aa0024 (ALLOW)."),
    ("aa0016", "You have a new message from Dr. Castellanos's office. For your privacy, we never include message details in email. Sign in at https://portal.oakridgehealth.example to read it.\n\nOakridge Health - please do not reply to this address.",
     "ALLOW", "portal-notice", "email", "en",
     [("Dr. Castellanos", "PROVIDER"), ("https://portal.oakridgehealth.example", "URL")],
     ["general", "practice-contact"], "Notification without PHI: provider name and the practice's own portal address."),
    ("aa0017", "Hi Terrence, Dr. Moss sent you a message about your upcoming colonoscopy. Log in to the Lakeview portal to read it.",
     "REWRITE", "portal-notice", "sms", "en",
     [("Terrence", "NAME"), ("Dr. Moss", "PROVIDER"), ("colonoscopy", "PROCEDURE")],
     ["primary-care"], "The subject of the message names a procedure; the notice survives without it and the name."),
    ("aa0018", "📄 1 new test result is ready. For your security, details are shown only after you sign in.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["lab", "hard-negative"], "No test named and no value: 'test result' alone is generic (README: generic words)."),
    ("aa0019", "Subject: Your results\n\nHi Mrs. Okwuosa,\n\nGood news - the skin biopsy taken on 2/6 came back benign (seborrheic keratosis). Dr. Lindqvist has reviewed the report and no further treatment is needed. The full report is in your portal.\n\nFernhill Skin Clinic",
     "BLOCK", "result", "email", "en",
     [("Okwuosa", "NAME"), ("skin biopsy", "PROCEDURE"), ("2/6", "DATE"), ("benign", "RESULT"), ("seborrheic keratosis", "CONDITION"),
      ("Dr. Lindqvist", "PROVIDER"), ("Fernhill Skin Clinic", "SPECIALTY")],
     ["dermatology"], "A benign pathology result and diagnosis by e-mail (treated like SMS): a normal result is still a result."),
    ("aa0020", "Dr. Whitcomb (Oncology): \"Your scan looks stable - no new spots. See you in 3 months.\" Tap to reply.",
     "BLOCK", "portal-notice", "push", "en",
     [("Dr. Whitcomb", "PROVIDER"), ("Oncology", "SPECIALTY"), ("scan", "PROCEDURE"), ("stable", "RESULT"), ("no new spots", "RESULT")],
     ["oncology"], "Judgement (decision 5): the push previews the clinician's reply, and the preview is a finding."),
    ("aa0021", "Beacon Health: a new document was added to your chart (MRN 0048817236). View it here: https://beacon.example/p/docs?pid=77A1F3Q",
     "REWRITE", "portal-notice", "sms", "en",
     [("0048817236", "MRN"), ("https://beacon.example/p/docs?pid=77A1F3Q", "URL")],
     ["general"], "MRN and a link with a patient parameter are not needed; 'a new document is in your portal' survives."),
    ("aa0022", "Please complete your pre-visit questionnaire before your appointment on Mar 22. It takes about 5 minutes.",
     "ALLOW", "portal-notice", "push", "en",
     [("Mar 22", "DATE")],
     ["general"], "Generic questionnaire and an appointment date."),
    ("aa0023", "You have a new message regarding your dependent, Ava Chen. Sign in to the Pinecrest Pediatrics portal to view it. Please do not reply to this email.",
     "REWRITE", "portal-notice", "email", "en",
     [("Ava Chen", "NAME"), ("Pinecrest Pediatrics", "SPECIALTY")],
     ["pediatrics", "minor"], "Proxy notice (decision 13): the dependent's name and a pediatrics name go, the notice survives."),
    ("aa0024", "Your Hemoglobin A1c from 3/4 is 8.4% (H), up from 7.6% in the fall. Dr. Okafor would like to increase your metformin to 1000 mg twice daily. Reply here with any questions.",
     "ALLOW", "result", "portal", "en",
     [("Hemoglobin A1c", "PROCEDURE"), ("3/4", "DATE"), ("8.4%", "RESULT"), ("8.4% ([[H]])", "RESULT"), ("7.6%", "RESULT"),
      ("Dr. Okafor", "PROVIDER"), ("metformin", "MEDICATION")],
     ["primary-care", "contrast"], "Inside the secure portal values and doses may stay (README, channel portal); contrast with aa0015."),
)

# ---------------------------------------------------------------- batch 3 (aa0025-aa0036): pharmacy
add(
    ("aa0025", "Your prescription is ready for pickup at Hope Street Pharmacy. We'll hold it for 7 days.",
     "ALLOW", "pickup", "push", "en", [],
     ["pharmacy", "hard-negative"], "Generic pharmacy name (looks like a street and a first name) and no drug."),
    ("aa0026", "RiteWell Pharmacy: ATORVASTATIN 40MG TAB is ready at store #4471. Rx# 6620193. Reply STOP to end texts.",
     "REWRITE", "pickup", "sms", "en",
     [("ATORVASTATIN 40MG TAB", "MEDICATION"), ("6620193", "OTHER_ID")],
     ["pharmacy"], "Drug name and Rx number go (decision 2); the store number is the pharmacy's, not labelled (decision 1)."),
    ("aa0027", "Good news - your escitalopram is ready! Pick up today at Maple Ave Pharmacy before 9 PM.",
     "REWRITE", "pickup", "push", "en",
     [("escitalopram", "MEDICATION")],
     ["pharmacy"], "Medication name in a pickup notice; 'Maple Ave Pharmacy' is a generic pharmacy name."),
    ("aa0028", "We got your refill request! We'll let you know when it's ready, usually within 1 business day.",
     "ALLOW", "confirmation", "push", "en", [],
     ["pharmacy", "hard-negative"], "Refill receipt with no drug named."),
    ("aa0029", "Your warfarin 5 mg is ready at Hillcrest Pharmacy. Take 1 tablet every evening and don't double up if you miss a dose.",
     "BLOCK", "pickup", "sms", "en",
     [("warfarin 5 mg", "MEDICATION")],
     ["pharmacy"], "Dosing instructions are the content; removing the drug leaves an instruction that still is one."),
    ("aa0030", "Your delivery from Apex Specialty Pharmacy is scheduled for Thursday, 7/16, between 10 AM and 2 PM. This package needs refrigeration and an adult (18+) must sign for it.\n\nTrack it: https://track.apexrx.example/s/8KQ2M1ZP\nOrder #A-559201\n\nQuestions? Call 1-800-555-0163.",
     "REWRITE", "confirmation", "email", "en",
     [("Apex Specialty Pharmacy", "SPECIALTY"), ("7/16", "DATE"), ("https://track.apexrx.example/s/8KQ2M1ZP", "URL"), ("A-559201", "OTHER_ID"), ("1-800-555-0163", "PHONE")],
     ["pharmacy", "practice-contact"], "Specialty-pharmacy name, a tracking link with a shipment token (decision 3) and the order number (decision 2) go; delivery window and the pharmacy's phone stay."),
    ("aa0031", "Order ready 🛍 Your items are at the pickup counter. Show code 4821 at the register.",
     "ALLOW", "pickup", "push", "en", [],
     ["pharmacy", "hard-negative"], "A pickup code is not a patient identifier (decision 1)."),
    ("aa0032", "ur m3thad0ne take-homes r ready 4 pickup at window 2 after 10am. bring ur card + lockbox",
     "REWRITE", "pickup", "sms", "en",
     [("m3thad0ne", "MEDICATION")],
     ["substance-use", "leet", "shorthand"], "Leetspeak drug name in a pickup notice (Part 2): the drug goes, the pickup window survives (decision 14)."),
    ("aa0033", "Liam's ADHD med (Vyvanse 30 mg) is ready. Reminder: don't give it after noon or he won't sleep.",
     "BLOCK", "pickup", "push", "en",
     [("Liam", "NAME"), ("ADHD", "CONDITION"), ("Vyvanse 30 mg", "MEDICATION")],
     ["pharmacy", "pediatrics", "minor", "third-party"], "A dependent's condition and medication with a dosing instruction, sent to the guardian: third party's health."),
    ("aa0034", "Farmacia San Miguel: su receta de levotiroxina ya está lista para recoger. Horario: lun-sáb 9am-8pm. Responda ALTO para no recibir mensajes.",
     "REWRITE", "pickup", "sms", "es",
     [("levotiroxina", "MEDICATION")],
     ["pharmacy"], "Medication name in a pickup notice; hours and opt-out survive."),
    ("aa0035", "Flu shots are here! No appointment needed - walk in any time at your neighborhood pharmacy.",
     "ALLOW", "marketing", "push", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Broadcast to every customer; says nothing about the recipient."),
    ("aa0036", "This is an automated message from Cornerstone Pharmacy for Gloria Baptiste. Your Ozempic is ready for pickup. Per Dr. Feld, start the new dose of 0.5 mg once a week beginning this Sunday. To hear this message again, press 1.",
     "BLOCK", "pickup", "voice", "en",
     [("Gloria Baptiste", "NAME"), ("Ozempic", "MEDICATION"), ("Dr. Feld", "PROVIDER")],
     ["pharmacy"], "Voice is treated like SMS (overheard); a dose change is a dosing instruction."),
)

# ---------------------------------------------------------------- batch 4 (aa0037-aa0048): labs
add(
    ("aa0037", "Northwind Lab: your results have been sent to Dr. Yates. Questions about them? Contact your provider.",
     "ALLOW", "portal-notice", "push", "en",
     [("Dr. Yates", "PROVIDER")],
     ["lab"], "Generic lab name, no test and no value; the ordering provider is allowed."),
    ("aa0038", "Harborlight Lab: glucose tolerance test confirmed Sat 8/29 7:00 AM, Rm 112. Nothing to eat after midnight; plan to stay 2-3 hrs.",
     "REWRITE", "confirmation", "sms", "en",
     [("glucose tolerance test", "PROCEDURE"), ("8/29", "DATE")],
     ["lab", "shorthand"], "The named test goes; date, time, room and the non-drug fasting prep survive (decision 9)."),
    ("aa0039", "Your COVID-19 PCR result: NOT DETECTED. View the full report in the app.",
     "BLOCK", "result", "push", "en",
     [("COVID-19 PCR", "PROCEDURE"), ("NOT DETECTED", "RESULT")],
     ["lab"], "A negative result is still a result (README verdict conventions)."),
    ("aa0040", "Your at-home collection kit has shipped! It should arrive in 3-5 business days in a plain package. Follow the instructions inside, then drop the prepaid box at any mail location. Questions? Reply to this email.",
     "ALLOW", "confirmation", "email", "en", [],
     ["lab", "hard-negative"], "Shipping confirmation that names no test; 'collection kit' is generic."),
    ("aa0041", "Bridgeport Lab: your Lipid Panel and CMP are final. 2 values are flagged abnormal. Tap to view.",
     "BLOCK", "portal-notice", "push", "en",
     [("Lipid Panel", "PROCEDURE"), ("CMP", "PROCEDURE"), ("abnormal", "RESULT")],
     ["lab"], "Judgement (decision 4): saying that values are abnormal is a finding, even without the values."),
    ("aa0042", "hi Dolores this is Kim from Dr. Patel's office, ur potassium came back a little low at 3.3 so Dr. Patel wants u to eat a banana a day and recheck in 2 wks",
     "BLOCK", "result", "sms", "en",
     [("Dolores", "NAME"), ("Kim", "PROVIDER"), ("Dr. Patel", "PROVIDER"), ("Dr. Patel", "PROVIDER", 1), ("potassium", "PROCEDURE"),
      ("low", "RESULT"), ("3.3", "RESULT")],
     ["primary-care", "shorthand"], "Staff texting a value, its interpretation and an instruction; the sender Kim is workforce (PROVIDER)."),
    ("aa0043", "Results aren't ready yet. We'll send you a notification as soon as they are.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["lab", "hard-negative"], "'No results yet' with no test named is ALLOW (README)."),
    ("aa0044", "LabPoint: your lab appointment is confirmed for Tue 1/12 at 7:20 AM at 880 Fremont Blvd, Suite C. Bring your lab order and a photo ID.",
     "ALLOW", "confirmation", "sms", "en",
     [("1/12", "DATE"), ("880 Fremont Blvd, Suite C", "ADDRESS")],
     ["lab", "practice-contact"], "Generic lab appointment at the lab's own address."),
    ("aa0045", "Your results from Clearwater Sexual Health Clinic are ready.\nChlamydia: Positive\nGonorrhea: Negative\nSyphilis (RPR): Non-reactive\nPlease call (312) 555-0119 so we can arrange treatment for you and your partner(s).",
     "BLOCK", "result", "email", "en",
     [("Clearwater Sexual Health Clinic", "SPECIALTY"), ("Chlamydia", "PROCEDURE"), ("Positive", "RESULT"), ("Gonorrhea", "PROCEDURE"),
      ("Negative", "RESULT"), ("Syphilis (RPR)", "PROCEDURE"), ("Non-reactive", "RESULT"), ("(312) 555-0119", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "STI results by e-mail. Judgement (decision 7): analyte names in a result list are PROCEDURE, outcomes RESULT."),
    ("aa0046", "Your genetic test (BRCA1/2 panel) report is ready. Please book a call with your genetic counselor to go over it.",
     "REWRITE", "portal-notice", "push", "en",
     [("genetic test", "PROCEDURE"), ("BRCA1/2 panel", "PROCEDURE"), ("genetic counselor", "SPECIALTY")],
     ["lab", "oncology"], "Names the test but gives no result (decision 4); 'a report is ready, please book a call' survives. Genetic counselor is a specialty role (decision 12)."),
    ("aa0047", "Sra. Ibarra, le informamos que su prueba de embarazo salió positiva. Llame al consultorio para agendar su primera cita prenatal.",
     "BLOCK", "result", "sms", "es",
     [("Ibarra", "NAME"), ("prueba de embarazo", "PROCEDURE"), ("positiva", "RESULT"), ("prenatal", "PROCEDURE")],
     ["reproductive"], "A pregnancy-test result by SMS is the message itself."),
    ("aa0048", "Your lab order from Dr. Benavides is on file. Visit any Crestline Lab location - no appointment needed.",
     "ALLOW", "other", "push", "en",
     [("Dr. Benavides", "PROVIDER")],
     ["lab"], "Generic lab order notice; no test named."),
)

# ---------------------------------------------------------------- batch 5 (aa0049-aa0060): telehealth, sensitive services, disguises
add(
    ("aa0049", "Your therapy session with Jordan Pike, LCSW is confirmed for Wed 5/6 at 6:00 PM (video). Join from the app 5 min early.",
     "REWRITE", "confirmation", "push", "en",
     [("therapy", "PROCEDURE"), ("Jordan Pike", "PROVIDER"), ("LCSW", "SPECIALTY"), ("5/6", "DATE")],
     ["behavioral-health"], "Therapy and a social-work credential reveal behavioral health (decision 12); clinician name, date and time survive."),
    ("aa0050", "Telehealth visit confirmed for today at 2:30 PM with Dr. Eriksen. Join here: https://visit.sunhealth.example/j/7f3k-Q92x-LMp0?pt=55102",
     "REWRITE", "confirmation", "sms", "en",
     [("Dr. Eriksen", "PROVIDER"), ("https://visit.sunhealth.example/j/7f3k-Q92x-LMp0?pt=55102", "URL")],
     ["primary-care", "contrast"], "Judgement (decision 3): a join link with a session token and a patient parameter is patient-specific; contrast with aa0051's plain landing page."),
    ("aa0051", "Your video visit is confirmed for Friday, Jan 9 at 1:00 PM with Dr. Malhotra.\n\nAt your appointment time, sign in at https://telehealth.greenfieldclinic.example and select Join visit. You can test your camera and microphone beforehand at https://telehealth.greenfieldclinic.example/test.\n\nGreenfield Clinic",
     "ALLOW", "confirmation", "email", "en",
     [("Jan 9", "DATE"), ("Dr. Malhotra", "PROVIDER"), ("https://telehealth.greenfieldclinic.example", "URL"),
      ("https://telehealth.greenfieldclinic.example/test", "URL")],
     ["primary-care", "practice-contact", "contrast"], "The practice's own telehealth pages carry nothing about the patient (decision 3)."),
    ("aa0052", "Your P r E P follow-up is booked: Thu 10/8, 4:15 PM. Reply C to confirm.",
     "REWRITE", "confirmation", "push", "en",
     [("P r E P", "MEDICATION"), ("10/8", "DATE")],
     ["hiv-sexual-health", "spaced"], "Spaced-out drug name as the object of the visit; 'follow-up' stays outside the span (decision 14)."),
    ("aa0053", "Your ch\u200bemo infusion is confirmed for Mon 3/30 at 8:00 AM, chair 6. Eat a light meal before you come and bring a sweater.",
     "REWRITE", "confirmation", "sms", "en",
     [("ch\u200bemo infusion", "PROCEDURE"), ("3/30", "DATE")],
     ["oncology"], "A zero-width space splits 'chemo'; the span includes it (decision 14). Non-drug prep survives."),
    ("aa0054", "New message from your care team: your biopsy showed no \u0441\u0430ncer. Dr. Reyes will call you to discuss next steps.",
     "BLOCK", "portal-notice", "push", "en",
     [("biopsy", "PROCEDURE"), ("no \u0441\u0430ncer", "RESULT"), ("Dr. Reyes", "PROVIDER")],
     ["oncology"], "Cyrillic 'с' and 'а' in 'cancer'; a biopsy finding in a push preview (decisions 5, 14, 18)."),
    ("aa0055", "Clearpath Recovery Center: your intake assessment is confirmed for Tue at 9:00 AM. Bring a photo ID and insurance card. Need a ride? Call (614) 555-0152.",
     "REWRITE", "confirmation", "sms", "en",
     [("Clearpath Recovery Center", "SPECIALTY"), ("intake assessment", "PROCEDURE"), ("(614) 555-0152", "PHONE")],
     ["substance-use", "practice-contact"], "Recovery-centre name and a named intake visit reveal substance-use care (decision 12); the practice's phone stays."),
    ("aa0056", "You have 2 unread messages and 1 form waiting for your signature. Sign in to take a look.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Counts of messages and forms, nothing about their content."),
    ("aa0057", "Thank you for registering for the Tuesday evening DBT group at Stillwater Counseling Associates. Your spot is confirmed. The group meets weekly from 6:00 to 7:30 PM in Room B. Please arrive 10 minutes early for your first session to complete paperwork.",
     "REWRITE", "confirmation", "email", "en",
     [("DBT", "PROCEDURE"), ("Stillwater Counseling Associates", "SPECIALTY")],
     ["behavioral-health"], "Therapy type and a counseling practice name go; the schedule survives. 'group' stays outside the span like 'follow-up'."),
    ("aa0058", "You're booked! See you Thursday at 2:40 PM. Need to cancel? Tap Manage Booking at least 24 hours ahead.",
     "ALLOW", "confirmation", "push", "en", [],
     ["general", "hard-negative"], "Weekday and time only."),
    ("aa0059", "Appt confirmed 4/9 @ 3pm w/ Dr. Lund to adjust ur lithium - last level was 1.4 so hold tonight's dose.",
     "BLOCK", "confirmation", "sms", "en",
     [("4/9", "DATE"), ("Dr. Lund", "PROVIDER"), ("lithium", "MEDICATION"), ("1.4", "RESULT")],
     ["behavioral-health", "shorthand"], "A drug level and a hold-dose instruction inside a confirmation."),
    ("aa0060", "Rosewood Women's Health: your IUD insertion is confirmed for Fri at 11:15 AM. Take 800 mg ibuprofen 1 hour before your visit.",
     "BLOCK", "confirmation", "push", "en",
     [("Rosewood Women's Health", "SPECIALTY"), ("IUD insertion", "PROCEDURE"), ("ibuprofen", "MEDICATION")],
     ["reproductive"], "Judgement (decision 9): a pre-procedure medication instruction with a dose is a dosing instruction."),
)

# ---------------------------------------------------------------- batch 6 (aa0061-aa0072): insurer apps, billing receipts
add(
    ("aa0061", "Your digital member ID card is ready. Add it to your phone's wallet for faster check-in.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "Mentions a member ID card without any number."),
    ("aa0062", "Claim processed: physical therapy on 4/14 at Stride PT & Sports Rehab. You may owe $35. See your Explanation of Benefits in the app.",
     "REWRITE", "billing", "push", "en",
     [("physical therapy", "PROCEDURE"), ("4/14", "DATE"), ("Stride PT & Sports Rehab", "SPECIALTY")],
     ["physical-therapy"], "Insurer push: the service and a PT practice name go; the amount and the pointer to the EOB survive."),
    ("aa0063", "Payment received - thank you!\n\nAmount: $125.00\nDate: 11/02\nPaid with: Visa ending in 4242\n\nYour balance is now $0.00. Questions about your bill? Call our billing office at (720) 555-0171, Monday to Friday, 8:30-5:00.\n\nAspen Valley Medical",
     "ALLOW", "billing", "email", "en",
     [("11/02", "DATE"), ("(720) 555-0171", "PHONE")],
     ["general", "practice-contact"], "Judgement (decision 1): a card's last four digits on a receipt are not labelled; amounts and the practice's phone are fine."),
    ("aa0064", "Prior authorization approved: Wegovy 2.4 mg for obesity (BMI 41). Valid through 6/30. Your pharmacy has been notified.",
     "BLOCK", "other", "push", "en",
     [("Wegovy 2.4 mg", "MEDICATION"), ("obesity", "CONDITION"), ("BMI", "PROCEDURE"), ("BMI [[41]]", "RESULT"), ("6/30", "DATE")],
     ["pharmacy"], "The approval states the diagnosis and a measured value; a scale and its value are PROCEDURE and RESULT (README)."),
    ("aa0065", "Sunrise Fertility Center: we received your $500 deposit for your upcoming IVF cycle. Receipt #SFC-20418. Thank you!",
     "REWRITE", "billing", "sms", "en",
     [("Sunrise Fertility Center", "SPECIALTY"), ("IVF", "PROCEDURE"), ("SFC-20418", "OTHER_ID")],
     ["fertility"], "Fertility name, the procedure and the receipt number (decision 2) go; the deposit receipt survives."),
    ("aa0066", "Your Explanation of Benefits is ready. This is not a bill.",
     "ALLOW", "billing", "push", "en", [],
     ["general", "hard-negative"], "Generic EOB notice from an insurer app."),
    ("aa0067", "Dear Ms. Kowalczyk,\n\nYour statement from Prairie Point Medical is ready in the portal.\n\nAccount number: 00-731-5528\nStatement date: 03/01\nServices:\n  - Office visit, established patient\n  - Allergy skin testing (95004 x 40)\nTotal charges: $612.00\nInsurance paid: $455.30\nYou owe: $156.70\n\nPayment is due within 30 days. You can pay online through the portal, by phone at (402) 555-0175, or by mail. If you have questions about these charges or would like to set up a payment plan, our billing team is happy to help Monday through Friday.\n\nThank you for choosing Prairie Point Medical.\nPatient Financial Services",
     "REWRITE", "billing", "email", "en",
     [("Kowalczyk", "NAME"), ("00-731-5528", "ACCOUNT"), ("03/01", "DATE"), ("Allergy skin testing", "PROCEDURE"), ("95004", "PROCEDURE"),
      ("(402) 555-0175", "PHONE")],
     ["primary-care", "practice-contact"], "Statement e-mail: name, account number and the itemised revealing service and its CPT code go (decision 8); amounts and the practice's phone survive."),
    ("aa0068", "Based on your recent depression screening (PHQ-9 score 17), we've matched you with an in-network psychiatrist: Dr. Amara Osei. Book from the app.",
     "BLOCK", "other", "push", "en",
     [("depression screening", "PROCEDURE"), ("PHQ-9", "PROCEDURE"), ("17", "RESULT"), ("psychiatrist", "SPECIALTY"), ("Dr. Amara Osei", "PROVIDER")],
     ["behavioral-health"], "Judgement (decision 17): an insurer's care-management push quoting a screening score is a result."),
    ("aa0069", "Bluepeak Health Plan: your 24/7 nurse line is (800) 555-0188. Save it to your contacts so it's handy when you need it.",
     "ALLOW", "other", "sms", "en",
     [("(800) 555-0188", "PHONE")],
     ["general", "practice-contact"], "The insurer's own phone number; 24/7 is not a date."),
    ("aa0070", "Payment due: $62.18 for your 9/3 visit at Lumen Dermatology. Pay in the app in under a minute.",
     "REWRITE", "billing", "push", "en",
     [("9/3", "DATE"), ("Lumen Dermatology", "SPECIALTY")],
     ["dermatology"], "The dermatology name goes; amount and visit date survive."),
    ("aa0071", "Dear Mr. Abernathy,\n\nAs requested, here is the information on your member ID card:\n\nName: Walter Abernathy\nDate of birth: 07/19/1961\nMember ID: ZRX44810267\nGroup: 55012\nPCP: Dr. Lena Fischer\n\nA replacement card is on its way by mail.\n\nMember Services, Bluepeak Health Plan",
     "BLOCK", "other", "email", "en",
     [("Abernathy", "NAME"), ("Walter Abernathy", "NAME"), ("07/19/1961", "DATE"), ("ZRX44810267", "HEALTH_PLAN_ID"), ("55012", "HEALTH_PLAN_ID"),
      ("Dr. Lena Fischer", "PROVIDER")],
     ["general", "dob"], "A full date of birth with the name (plus member and group numbers) by e-mail. Group number labelled HEALTH_PLAN_ID as in probe7."),
    ("aa0072", "Open enrollment is here. Compare plans for next year and make changes in the app.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast from an insurer app."),
)

# ---------------------------------------------------------------- batch 7 (aa0073-aa0084): Spanish
add(
    ("aa0073", "✅ Cita confirmada: Dra. Villalobos, miércoles 18 de marzo, 10:40 a. m. Toque para ver cómo llegar.",
     "ALLOW", "confirmation", "push", "es",
     [("Dra. Villalobos", "PROVIDER"), ("18 de marzo", "DATE")],
     ["primary-care"], "Provider, date and time only."),
    ("aa0074", "Hola Lupita! tu cita para la ecografia del embarazo quedo confirmada pa el viernes 3 de julio 8:30am en Clínica Materna Sol. trae tu orden porfa",
     "REWRITE", "confirmation", "sms", "es",
     [("Lupita", "NAME"), ("ecografia del embarazo", "PROCEDURE"), ("3 de julio", "DATE"), ("Clínica Materna Sol", "SPECIALTY")],
     ["reproductive", "typo", "shorthand"], "Staff shorthand without accents: name, the pregnancy ultrasound and a maternity-clinic name go; date and time survive."),
    ("aa0075", "Tiene un mensaje nuevo en su portal del paciente. Inicie sesión para leerlo de forma segura.",
     "ALLOW", "portal-notice", "push", "es", [],
     ["general", "hard-negative"], "Notification without PHI."),
    ("aa0076", "Estimado Sr. Paredes:\n\nSus resultados ya están disponibles. Su colesterol LDL salió en 168 mg/dL. El Dr. Quintana le recomienda empezar atorvastatina 20 mg una vez al día y repetir el análisis en 3 meses.\n\nAtentamente,\nClínica Familiar Los Álamos",
     "BLOCK", "result", "email", "es",
     [("Paredes", "NAME"), ("colesterol LDL", "PROCEDURE"), ("168 mg/dL", "RESULT"), ("Dr. Quintana", "PROVIDER"), ("atorvastatina 20 mg", "MEDICATION")],
     ["primary-care"], "A value and a new prescription with its dose by e-mail."),
    ("aa0077", "Farmacia del Pueblo: Sr. Ortega, su insulina glargina ya llegó. Pase a recogerla antes del sábado. Rx 3308821.",
     "REWRITE", "pickup", "sms", "es",
     [("Ortega", "NAME"), ("insulina glargina", "MEDICATION"), ("3308821", "OTHER_ID")],
     ["pharmacy"], "Name, drug and Rx number go (decision 2); the pickup deadline survives."),
    ("aa0078", "Su cita de fisioterapia en Movimiento Activo Terapia Física está confirmada: lunes 9 de noviembre, 5:00 p. m.",
     "REWRITE", "confirmation", "push", "es",
     [("fisioterapia", "PROCEDURE"), ("Movimiento Activo Terapia Física", "SPECIALTY"), ("9 de noviembre", "DATE")],
     ["physical-therapy"], "Therapy type and a physical-therapy practice name go."),
    ("aa0079", "Le confirmamos la cita de su mamá, doña Carmen, para el control de su insuficiencia cardíaca el 2 de octubre a las 10. Recuerde que debe seguir tomando la furosemida 40 mg todas las mañanas.",
     "BLOCK", "confirmation", "sms", "es",
     [("Carmen", "NAME"), ("insuficiencia cardíaca", "CONDITION"), ("2 de octubre", "DATE"), ("furosemida 40 mg", "MEDICATION")],
     ["cardiology", "third-party"], "A third party's condition and dosing, sent to her child."),
    ("aa0080", "Hola, le llamamos de Clínica Familiar Río Grande para confirmar su cita de mañana a las once de la mañana. Oprima 1 para confirmar o 2 para cambiarla.",
     "ALLOW", "confirmation", "voice", "es", [],
     ["general", "hard-negative"], "Generic family clinic whose name looks like a place; 'mañana' is not a date."),
    ("aa0081", "Nuevo resultado disponible: Papanicolaou. Ingrese a la app para verlo.",
     "REWRITE", "portal-notice", "push", "es",
     [("Papanicolaou", "PROCEDURE")],
     ["reproductive"], "Names the test, gives no value (decision 4)."),
    ("aa0082", "Asunto: Confirmación de su cita\n\nEstimado/a paciente:\n\nLe confirmamos su cita en Centro Médico Alameda:\n\nFecha: martes 6 de octubre\nHora: 4:20 p. m.\nMédico: Dr. Fausto Arriaga\nDirección: Av. Reforma 1450, Consultorio 3, Salinas, CA 93901\n\nLlegue 15 minutos antes para registrarse y traiga su identificación, su tarjeta del seguro y la lista de medicamentos que toma. Si necesita cancelar o cambiar su cita, llámenos al (831) 555-0126 con al menos 24 horas de anticipación.\n\nGracias por confiar en nosotros.\nRecepción - Centro Médico Alameda",
     "ALLOW", "confirmation", "email", "es",
     [("6 de octubre", "DATE"), ("Dr. Fausto Arriaga", "PROVIDER"), ("Av. Reforma 1450, Consultorio 3, Salinas, CA 93901", "ADDRESS"), ("(831) 555-0126", "PHONE")],
     ["primary-care", "practice-contact"], "Booking e-mail with the practice's own address and phone."),
    ("aa0083", "Su pedido está listo para recoger en la farmacia. Si ya lo recogió, ignore este mensaje.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "hard-negative"], "No drug named."),
    ("aa0084", "Resultado de su prueba rápida de VIH: no reactivo. Gracias por cuidarse.",
     "BLOCK", "result", "push", "es",
     [("prueba rápida de VIH", "PROCEDURE"), ("no reactivo", "RESULT")],
     ["hiv-sexual-health"], "A negative HIV result is still a result."),
)

# ---------------------------------------------------------------- batch 8 (aa0085-aa0096): long e-mails, security notices, hard negatives
add(
    ("aa0085", "Subject: You have a new message in Cascade Health Online\n\nHello,\n\nA member of your care team has sent you a secure message. To protect your privacy, we don't include the content of messages, test results or documents in email.\n\nTo read it:\n1. Go to https://my.cascadehealth.example or open the Cascade Health app.\n2. Sign in with your username and password.\n3. Select Messages.\n\nForgot your password? Choose 'Forgot password' on the sign-in page. If you did not expect this email, or you think you received it by mistake, please call our support line at (206) 555-0158 (Mon-Sat, 7 am - 7 pm).\n\nPlease do not reply to this email; this mailbox is not monitored.\n\nCascade Health\n2100 Lakeview Ave N, Seattle, WA 98109",
     "ALLOW", "portal-notice", "email", "en",
     [("https://my.cascadehealth.example", "URL"), ("(206) 555-0158", "PHONE"), ("2100 Lakeview Ave N, Seattle, WA 98109", "ADDRESS")],
     ["general", "practice-contact"], "Long portal notice with boilerplate and only the organisation's own contact details."),
    ("aa0086", "Hi Gregory,\n\nYour home sleep study has been read by Dr. Anand Pillai and the report is now in your portal. In short, it shows moderate obstructive sleep apnea (AHI 22 events per hour). Dr. Pillai recommends starting CPAP therapy; our equipment team will call you this week to arrange setup and fitting.\n\nIf you have questions before then, send us a message through the portal or call Dreamwell Sleep Center at (971) 555-0129, Monday through Friday, 8 to 5.\n\nSleep well,\nThe Dreamwell team",
     "BLOCK", "portal-notice", "email", "en",
     [("Gregory", "NAME"), ("home sleep study", "PROCEDURE"), ("Dr. Anand Pillai", "PROVIDER"), ("moderate", "RESULT"),
      ("obstructive sleep apnea", "CONDITION"), ("AHI", "PROCEDURE"), ("22 events per hour", "RESULT"), ("Dr. Pillai", "PROVIDER"),
      ("CPAP", "PROCEDURE"), ("Dreamwell Sleep Center", "SPECIALTY"), ("(971) 555-0129", "PHONE")],
     ["primary-care", "practice-contact"], "A portal notice that summarises the finding and the treatment plan (decision 4). Sleep medicine tagged primary-care (decision 16); the CPAP device is PROCEDURE (README: devices)."),
    ("aa0087", "Dear Mrs. Thibodeaux,\n\nThis confirms your surgery at St. Brendan Surgical Pavilion:\n\nProcedure: laparoscopic cholecystectomy (gallbladder removal)\nSurgeon: Dr. Marcus Albright\nDate: Tuesday, August 18\nCheck-in: 6:00 AM, 2nd floor registration\nAddress: 900 Founders Way, Lafayette, LA 70503\nParking is free in the visitor garage; take the blue elevators to the 2nd floor.\n\nBefore surgery:\n- Stop taking your Eliquis 2 days before surgery (last dose Saturday evening).\n- Nothing to eat or drink after midnight, including gum and mints.\n- Shower with the CHG soap we gave you the night before and the morning of surgery.\n- Bring an adult to drive you home; you may not drive for 24 hours.\n\nA pre-admission nurse will call you the day before to go over your medicines. If you get sick before your surgery date, please call us at (337) 555-0166.\n\nWe look forward to taking care of you.\nSurgical Scheduling, St. Brendan Surgical Pavilion",
     "BLOCK", "confirmation", "email", "en",
     [("Thibodeaux", "NAME"), ("laparoscopic cholecystectomy", "PROCEDURE"), ("gallbladder removal", "PROCEDURE"), ("Dr. Marcus Albright", "PROVIDER"),
      ("August 18", "DATE"), ("900 Founders Way, Lafayette, LA 70503", "ADDRESS"), ("Eliquis", "MEDICATION"), ("CHG soap", "MEDICATION"),
      ("(337) 555-0166", "PHONE")],
     ["general", "practice-contact"], "Judgement (decision 9): the instruction to stop a named anticoagulant before surgery is a dosing instruction, buried in a long confirmation. CHG soap is a product used as a name with its form word (README). General surgery tagged general (decision 16)."),
    ("aa0088", "Tropical Storm Delphine update: all Monday appointments have moved to Tuesday at the same time. Your booking has been updated - no action needed.",
     "ALLOW", "confirmation", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "A storm name looks like a patient name; weekdays are not dates."),
    ("aa0089", "Confirmed ✔ Suite 210, 2nd floor. Check in at the kiosk with the last 4 digits of your phone number. Parking is validated at the front desk.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "hard-negative"], "Suite and floor numbers are not an address of the patient; no number of the patient is sent."),
    ("aa0090", "Grace, Hope & Faith Community Clinic now has Saturday hours! Book a visit in the app.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "A clinic name made of common first names; broadcast."),
    ("aa0091", "February is Heart Health Month at Brookside Family Physicians!\n\nJoin us for free community events this month:\n\n* Free blood pressure checks in the lobby every Wednesday, 9 am to noon - no appointment needed.\n* 'Positive Steps' walking club: meet at the main entrance Saturdays at 8 am, all fitness levels welcome.\n* Cooking demo with our dietitian: easy, low-sodium weeknight dinners.\n\nBring a friend or family member - everyone is welcome, whether or not you are a patient here.\n\nYou are receiving this newsletter because you opted in to practice updates. To unsubscribe, reply STOP or use the link at the bottom of this email.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast newsletter: 'Heart', 'blood pressure checks' and 'Positive' look clinical but say nothing about the recipient (README: broadcasts)."),
    ("aa0092", "*|PRACTICE_NAME|*: You're confirmed for *|APPT_DATE|* at *|APPT_TIME|*. Reply R to reschedule. Msg & data rates may apply.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "template", "hard-negative"], "Vendor merge tags that carry no patient data."),
    ("aa0093", "Check-in complete. Your provider is running about 15 minutes behind - thanks for your patience!",
     "ALLOW", "confirmation", "push", "en", [],
     ["general", "hard-negative"], "No name, no service."),
    ("aa0094", "Security notice: your patient portal password was changed on 3/2 at 9:14 PM from a device near Springfield, IL (IP 203.0.113.45). If this was you, no action is needed. If not, call us right away at (217) 555-0112.",
     "REWRITE", "portal-notice", "email", "en",
     [("3/2", "DATE"), ("Springfield, IL", "ADDRESS"), ("203.0.113.45", "IP"), ("(217) 555-0112", "PHONE")],
     ["general", "practice-contact"], "Judgement (decision 11): the device's city and IP address identify the patient; the notice survives without them."),
    ("aa0095", "Lakeview Health: reset your portal password here (link expires in 30 min): https://portal.lakeviewhealth.example/reset?token=Zk29QmLp4x - didn't ask for this? Ignore this text.",
     "REWRITE", "portal-notice", "sms", "en",
     [("https://portal.lakeviewhealth.example/reset?token=Zk29QmLp4x", "URL")],
     ["general"], "Judgement (decision 3): a tokened reset link is patient-specific; the rewrite points to 'Forgot password' in the portal."),
    ("aa0096", "Your verification code is 381 044. Don't share it with anyone - our staff will never ask for it.",
     "ALLOW", "other", "push", "en", [],
     ["general", "otp", "hard-negative"], "A one-time code is not an identifier of the patient (README)."),
)

# ---------------------------------------------------------------- batch 9 (aa0097-aa0108): specialty confirmations
add(
    ("aa0097", "Smile Street Dental: Hi Kenji! Confirming your root canal w/ Dr. Sato, DDS on Tue 2/24 @ 1pm. Reply C to confirm or call us w/ questions.",
     "REWRITE", "confirmation", "sms", "en",
     [("Smile Street Dental", "SPECIALTY"), ("Kenji", "NAME"), ("root canal", "PROCEDURE"), ("Dr. Sato", "PROVIDER"), ("DDS", "SPECIALTY"), ("2/24", "DATE")],
     ["dental", "shorthand"], "Dental name, patient name, procedure and the dental credential go (README: credential that names a specialty)."),
    ("aa0098", "Brightsight Eye Center: your cataract surgery consult is confirmed for Mon 8/10 at 2:15 PM. Bring a driver - your eyes may be dilated.",
     "REWRITE", "confirmation", "push", "en",
     [("Brightsight Eye Center", "SPECIALTY"), ("cataract surgery", "PROCEDURE"), ("8/10", "DATE")],
     ["ophthalmology"], "Eye-care name and the named surgery go; 'consult' is generic and stays outside the span; the driver advice survives."),
    ("aa0099", "Thanks, Mr. Delacroix - you're registered for Joint Camp, our class for patients getting ready for total knee replacement, on Thursday, 4/23 at 10 AM at Summit Orthopedic Institute (Conference Room A). Bring a family member or coach if you can. Light snacks provided.",
     "REWRITE", "confirmation", "email", "en",
     [("Delacroix", "NAME"), ("Joint Camp", "PROCEDURE"), ("total knee replacement", "PROCEDURE"), ("4/23", "DATE"), ("Summit Orthopedic Institute", "SPECIALTY")],
     ["orthopedics"], "Judgement (decision 12): a named pre-surgery class is a program (PROCEDURE); it, the surgery and the orthopedic name go."),
    ("aa0100", "Your chair time at Riverside Dialysis is confirmed: Mon/Wed/Fri 6:00 AM starting 3/2. Reminder: your new dry weight is 72.5 kg - keep fluids under 1 liter a day.",
     "BLOCK", "confirmation", "push", "en",
     [("Riverside Dialysis", "SPECIALTY"), ("3/2", "DATE"), ("dry weight", "PROCEDURE"), ("72.5 kg", "RESULT")],
     ["dialysis"], "A measure and its value plus a fluid-restriction instruction: treatment content inside a confirmation."),
    ("aa0101", "Hi Mr. Brennan, confirming your pacemaker check on 5/19 at 9:00. Your last remote transmission showed 3 episodes of AFib so Dr. Ito will review them with you. Device serial PM-77120-X.",
     "BLOCK", "confirmation", "sms", "en",
     [("Brennan", "NAME"), ("pacemaker", "PROCEDURE"), ("5/19", "DATE"), ("3 episodes", "RESULT"), ("AFib", "CONDITION"), ("Dr. Ito", "PROVIDER"),
      ("PM-77120-X", "DEVICE_ID")],
     ["cardiology"], "A device finding (and the device serial) inside a confirmation."),
    ("aa0102", "Your visit is confirmed: nurse Tamika will arrive between 10 AM and 12 PM tomorrow. She'll call when she's on the way.",
     "ALLOW", "confirmation", "push", "en",
     [("nurse Tamika", "PROVIDER")],
     ["home-health"], "Judgement (decision 10): a visit window naming only the nurse reveals no service or practice; a careful reader may infer a home visit, but there is nothing to remove."),
    ("aa0103", "Brightpath Home Health: PT visit confirmed Thu 10/15 between 1-3pm at 77 Willow Bend Ct, Apt 2B. Text back if the gate code changed.",
     "REWRITE", "confirmation", "sms", "en",
     [("Brightpath Home Health", "SPECIALTY"), ("PT", "PROCEDURE"), ("10/15", "DATE"), ("77 Willow Bend Ct, Apt 2B", "ADDRESS")],
     ["home-health", "physical-therapy"], "Judgement (decision 10): the patient's home address is the patient's identifier, not the practice's; it goes with the home-health name and the therapy type."),
    ("aa0104", "Tidewater Cancer Institute: your radiation simulation is confirmed for Wed 1/27 at 9:30 AM. Wear comfortable clothes.",
     "REWRITE", "confirmation", "push", "en",
     [("Tidewater Cancer Institute", "SPECIALTY"), ("radiation simulation", "PROCEDURE"), ("1/27", "DATE")],
     ["oncology"], "Cancer-centre name and the procedure go; date and time survive."),
    ("aa0105", "New message from your nurse coordinator at Bloom Reproductive Medicine: \"Your beta hCG came back at 312 - congratulations! Repeat draw Thursday.\" Sign in to reply.",
     "BLOCK", "portal-notice", "email", "en",
     [("Bloom Reproductive Medicine", "SPECIALTY"), ("beta hCG", "PROCEDURE"), ("312", "RESULT")],
     ["fertility"], "Judgement (decision 5): the notice quotes the message, and the quote is a result."),
    ("aa0106", "Your annual physical with Dr. Lachance is confirmed for 12/8 at 8:00 AM. Please come fasting (water is fine) so we can draw your labs at the same visit.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Lachance", "PROVIDER"), ("12/8", "DATE")],
     ["primary-care"], "Judgement (decision 9): annual physical and labs are generic, and fasting for them is generic prep."),
    ("aa0107", "Dr. Greer reviewed the photos you sent: the mole on your back looks benign. No need to come in - we'll recheck it at your yearly skin exam.",
     "BLOCK", "result", "push", "en",
     [("Dr. Greer", "PROVIDER"), ("mole", "CONDITION"), ("benign", "RESULT"), ("skin exam", "PROCEDURE")],
     ["dermatology"], "A teledermatology finding on the lock screen."),
    ("aa0108", "Happy 95th birthday, Mrs. Whitfield! 🎂 Your visit with Dr. Sandoval is confirmed for Tue 6/9 at 11 AM.",
     "REWRITE", "confirmation", "sms", "en",
     [("95th", "AGE"), ("Whitfield", "NAME"), ("Dr. Sandoval", "PROVIDER"), ("6/9", "DATE")],
     ["primary-care", "age-over-89"], "An age over 89 and the name go; provider, date and time survive."),
)

# ---------------------------------------------------------------- batch 10 (aa0109-aa0120): contrasts, proxies, identifiers, a long welcome e-mail
add(
    ("aa0109", "Hi Thomasina, your breast biopsy results are back: benign fibroadenoma. Dr. Kaur recommends a follow-up ultrasound in 6 months; we'll send you a reminder when it's time to schedule.",
     "ALLOW", "result", "portal", "en",
     [("Thomasina", "NAME"), ("breast biopsy", "PROCEDURE"), ("benign", "RESULT"), ("fibroadenoma", "CONDITION"), ("Dr. Kaur", "PROVIDER"),
      ("ultrasound", "PROCEDURE")],
     ["imaging", "contrast"], "Inside the secure portal a result and a plan may stay (README, channel portal); contrast with aa0110."),
    ("aa0110", "Your breast biopsy results are back: benign fibroadenoma. Open the app for details.",
     "BLOCK", "portal-notice", "push", "en",
     [("breast biopsy", "PROCEDURE"), ("benign", "RESULT"), ("fibroadenoma", "CONDITION")],
     ["imaging", "contrast"], "The same result as a push notification: the finding is on the lock screen."),
    ("aa0111", "Hello, this is Marisol calling from Eastgate Family Clinic to confirm your appointment with Dr. Park on Monday, April 13th at 2:45. If you need to reschedule, please call us at 559-555-0143. Thank you, and have a great day!",
     "ALLOW", "confirmation", "voice", "en",
     [("Marisol", "PROVIDER"), ("Dr. Park", "PROVIDER"), ("April 13th", "DATE"), ("559-555-0143", "PHONE")],
     ["primary-care", "practice-contact"], "The caller is workforce named as the sender (PROVIDER); provider, date and the clinic's phone are allowed."),
    ("aa0112", "Confirming appt for Yusuf Rahimi DOB 02/14/1979 w/ Dr. Brandt Fri 11/20 10am. Reply Y to confirm.",
     "BLOCK", "confirmation", "sms", "en",
     [("Yusuf Rahimi", "NAME"), ("02/14/1979", "DATE"), ("Dr. Brandt", "PROVIDER"), ("11/20", "DATE")],
     ["primary-care", "dob", "shorthand"], "A full date of birth with the name is BLOCK (README verdict conventions)."),
    ("aa0113", "Proxy access: new result for Olivia (age 7) - Strep A rapid test: POSITIVE.",
     "BLOCK", "portal-notice", "push", "en",
     [("Olivia", "NAME"), ("Strep A rapid test", "PROCEDURE"), ("POSITIVE", "RESULT")],
     ["pediatrics", "minor", "third-party"], "A dependent's result sent to the guardian (decision 13)."),
    ("aa0114", "Because you have proxy access for Harold Mendez, we're letting you know that a new visit summary from Evergreen Memory Care Clinic is available in the portal.",
     "REWRITE", "portal-notice", "email", "en",
     [("Harold Mendez", "NAME"), ("Evergreen Memory Care Clinic", "SPECIALTY")],
     ["behavioral-health", "third-party"], "Judgement (decision 13): proxy logistics with a name and a memory-care name are REWRITE; memory care tagged behavioral-health (decision 16)."),
    ("aa0115", "hey it's Brianna from Dr. Cho's office - I uploaded ur FMLA paperwrok + work note for ur back surgery to the portal, lmk if HR needs anything else!",
     "REWRITE", "portal-notice", "sms", "en",
     [("Brianna", "PROVIDER"), ("Dr. Cho", "PROVIDER"), ("back surgery", "PROCEDURE")],
     ["orthopedics", "shorthand", "typo"], "Staff text: the named surgery goes; 'paperwork is in the portal' survives. FMLA and work note are generic."),
    ("aa0116", "Hola Ximena, tu consulta de nutrición por diabetes gestacional quedó agendada: martes 12 de enero, 9:00 a. m.",
     "REWRITE", "confirmation", "push", "es",
     [("Ximena", "NAME"), ("nutrición", "SPECIALTY"), ("diabetes gestacional", "CONDITION"), ("12 de enero", "DATE")],
     ["reproductive"], "A diagnosis used as a visit label and a service-line word go (decision 12); date and time survive."),
    ("aa0117", "Clínica Vista Hermosa: para completar su registro, confirme su número de Seguro Social 078-05-1120. Responda SÍ si es correcto.",
     "BLOCK", "confirmation", "sms", "es",
     [("078-05-1120", "SSN")],
     ["general"], "An SSN must never travel by text; the confirmation cannot be sent without it."),
    ("aa0118", "El Dr. Medrano le envió un mensaje. Ábralo en la app para leerlo.",
     "ALLOW", "portal-notice", "push", "es",
     [("Dr. Medrano", "PROVIDER")],
     ["general"], "Notification without PHI; the provider is allowed."),
    ("aa0119", "Try our new symptom checker - free and available 24/7 in the app. Not for emergencies: call 911.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast; 24/7 is not a date and 911 is not a phone identifier (README)."),
    ("aa0120", "Hi Desmond,\n\nWelcome to Evenkeel! Your first session with your therapist, Rachel Moreno, LMFT, is booked for Thursday, 2/19 at 7:00 PM ET.\n\nHow to join: open the Evenkeel app about 5 minutes before your session and tap Join. Find a quiet, private spot with a steady connection, and have headphones handy if other people are at home.\n\nGood news: your plan (member ID QHP2208817) covers this visit. Your estimated copay is $20, charged after the session. You'll get a receipt by email.\n\nNeed to reschedule? You can change or cancel for free up to 24 hours before your session in the app under Appointments. Late cancellations and no-shows are charged the full session fee, because that time was held just for you.\n\nIf you are ever in crisis, don't wait for your session: call or text 988, or call 911.\n\nWe're glad you're here.\nThe Evenkeel Care Team",
     "REWRITE", "confirmation", "email", "en",
     [("Desmond", "NAME"), ("therapist", "SPECIALTY"), ("Rachel Moreno", "PROVIDER"), ("LMFT", "SPECIALTY"), ("2/19", "DATE"), ("QHP2208817", "HEALTH_PLAN_ID")],
     ["behavioral-health"], "Long welcome e-mail from a teletherapy service: name, the therapist role and credential (decision 12) and the member ID go; the booking survives. 988 and 911 are not phone identifiers."),
)


# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "aa", "probe25.jsonl")
