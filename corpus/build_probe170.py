#!/usr/bin/env python3
"""
Build corpus/probe170.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe170.py [OUT] [-v]   (default: probe170.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md, corpus/probe_lib.py and the docstring and
first batch of corpus/build_probe7.py only; the engine was not run and no other corpus's messages
were read).
This round is MESSAGE THREADS: staff answers that quote the patient's own earlier reply (lines
starting with ">", "You said:", "Usted dijo:"), e-mail replies with "On Tue ... wrote:" /
"El lun. ... escribió:" / "-----Original Message-----" headers, auto-replies and out-of-office
notes that echo the patient's subject line, forwarded chains ("FW:", "---------- Forwarded message
---------", "Reenvío de ..."), portal-to-SMS and push follow-ups ("Dr. X replied to ..."), reply
keywords (C/R, YES, STOP/START, REFILL, BOOK, PLAN, QUOTE) and voice call-backs. Look-alikes: quoted
text that is only logistics, a patient's reply that is just "ok thx", "forward" / "reenvíe" as a
direction or a request to share a broadcast, a price "quote", chain texts, an automatic "echo", a
scheduler named Reed Quoting, the Payne Pavilion, the Crown Plaza Hotel, Sugar Creek Bakery.
About 16% Spanish; 4 disguised messages (leet, zero-width, Cyrillic look-alike, spaced letters).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "PSA 8.4 ([[H]])" searches for "PSA 8.4 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  - Quoted text is part of the outgoing message. Whoever first wrote it (the patient, a lab, a
    relative), it is labelled and judged like any other text: the lock-screen preview, the shared
    phone and the carrier see the whole string.
  - A quoted condition, symptom, medication or procedure next to a staff answer that is only
    logistics is REWRITE (drop the quote, the purpose survives). A quoted value (a home glucose or
    blood-pressure reading, "came back positive") or a staff answer that gives a result, finding
    or dosing is BLOCK. An auto-reply that echoes a patient-stated result is BLOCK; one that echoes
    a drug name in a subject line is REWRITE.
  - E-mail quote headers: the patient's name and e-mail address in "On ... X <addr> wrote:" or
    "From:" are NAME/EMAIL (REWRITE); the date the earlier message was sent is labelled DATE and is
    allowed; a header that names only the practice or a staff member is allowed (practice contact).
  - Staff named anywhere in a thread are PROVIDER (workforce), including the scheduler "Reed
    Quoting" and a patient's "thanks Reed"; allowed.
  - The patient's own phone number or home address echoed back is REWRITE (not the practice's).
  - Reply keywords (C, R, YES, STOP, PLAN, QUOTE) are not labelled; a keyword prompt or an
    opt-out confirmation that names a drug or a specialty practice is REWRITE for that name.
  - A full date of birth with the name, written by the patient and quoted back, is BLOCK; an SSN
    echoed back is BLOCK on every channel, portal included (the README bars SSN from portal ALLOWs).
  - "Forward"/"reenvíe" as a direction or a request to share a broadcast is not a risk; "your
    message was forwarded to the <X Cardiology> nurse line" is REWRITE for the specialty.
  - A crisis reply (quoted self-harm statement answered with 988 and a call-back) is BLOCK: the
    behavioral-health content is the message.
  - A relayed message from a relative about the recipient's own diagnosis is BLOCK for the
    diagnosis and is not tagged third-party (the health is the recipient's); a proxy or parent
    receiving another person's results is third-party.
  - "sugar"/"azúcares" meaning glucose readings, "BP"/"presión" as a measurement and "heartbeat"
    are PROCEDURE with their value as RESULT; "dirty" of a drug screen is RESULT; a substance-use
    "counselor" is SPECIALTY; a pathology group's name is SPECIALTY and its accession number
    OTHER_ID; "home health" in "your home health nurse" is SPECIALTY; a urology group name is
    specialty-revealing.
  - Holiday closure dates in a broadcast are calendar dates: labelled DATE, ALLOW.
  - Tooth numbers (#19) and spine levels (L4-L5) are left unlabelled (no category fits).
  - Purposes: staff thread replies that book or move a visit -> confirmation; reply notices
    ("Dr. X replied", "new reply in the portal") -> portal-notice; auto-replies, call-backs and
    routing notes -> other.

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


# ---------------------------------------------------------------- batch 1: staff SMS answers quoting the patient's reply
add(
    ("fq0001", "> can i come at 3:30 instead of 2?\nYes, 3:30 Thursday works. See you then! - Front desk, Cedar Family Medicine",
     "ALLOW", "confirmation", "sms", "en", [],
     ["primary-care", "hard-negative", "shorthand"], "The quoted reply is only a time change; nothing about the patient or the visit type."),
    ("fq0002", "> my anxiety meds are almost out\nHi Tomas, we sent the refill request to Dr. Ng's team. Please allow 2 business days.",
     "REWRITE", "other", "sms", "en",
     [("anxiety", "CONDITION"), ("Tomas", "NAME"), ("Dr. Ng", "PROVIDER")],
     ["behavioral-health"], "The patient's own quoted words name a condition; the answer is logistics, so the quote and the name go and 'we sent the refill request' survives."),
    ("fq0003", "> my sugar was 320 this morning\nThat's high. Take 6 extra units of your insulin now and recheck in 2 hrs. Call 911 if you feel confused.",
     "BLOCK", "care-instructions", "sms", "en",
     [("sugar", "PROCEDURE"), ("320", "RESULT"), ("insulin", "MEDICATION")],
     ["primary-care", "shorthand"], "A quoted glucose value and a dosing instruction: the clinical content is the message. Judgement: 'sugar' meaning the glucose reading is the measure (PROCEDURE), 320 its value."),
    ("fq0004", "> ok thx\nYou're welcome! Text us anytime at this number. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "shorthand"], "The quoted patient reply is just 'ok thx'; nothing revealing."),
    ("fq0005", "> did my biopsy come back?\nYes - it was benign. Dr. Fox will go over it with you Tue.",
     "BLOCK", "result", "sms", "en",
     [("biopsy", "PROCEDURE"), ("benign", "RESULT"), ("Dr. Fox", "PROVIDER")],
     ["dermatology", "contrast"], "A result given by text in answer to the quoted question; a benign result is still a result. Same text on the portal channel is ALLOW."),
    ("fq0006", "You said: \"need to move my colonoscopy\". Sure - we have Tue 11/3 at 7:30 AM open. Reply 1 to take it or 2 for more times.",
     "REWRITE", "confirmation", "sms", "en",
     [("colonoscopy", "PROCEDURE"), ("11/3", "DATE")],
     ["primary-care"], "The echoed request names the procedure; the offered slot survives once the quote goes."),
    ("fq0007", "> ok see u then - Marcus\nGreat, Marcus! Tue 2:15 with Dr. Bell. Bring your insurance card.",
     "REWRITE", "confirmation", "sms", "en",
     [("Marcus", "NAME", 0), ("Marcus", "NAME", 1), ("Dr. Bell", "PROVIDER")],
     ["primary-care", "shorthand"], "The patient's signed reply and the greeting carry his name; the confirmation survives without it."),
    ("fq0008", "> pls call me at 503-555-0188 not my home #\nGot it, we updated your contact number. Your appt on 8/14 is unchanged.",
     "REWRITE", "other", "sms", "en",
     [("503-555-0188", "PHONE"), ("8/14", "DATE")],
     ["primary-care", "shorthand"], "The patient's own mobile number echoed back is an identifier the message does not need (not the practice's number)."),
    ("fq0009", "> my mom's BP was 182/104 at home, should i bring her in?\nYes, please bring her to urgent care today. Don't wait for her appt.",
     "BLOCK", "care-instructions", "sms", "en",
     [("BP", "PROCEDURE"), ("182/104", "RESULT")],
     ["urgent-care", "third-party", "shorthand"], "A third party's blood-pressure value and triage advice about her; removal leaves nothing to send."),
    ("fq0010", "> will someone call me back today?\nYes, we're positive someone will call you before 5. Thanks for your patience!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'positive' means certain here, not a result; the quoted question is logistics."),
    ("fq0011", "> still coughing after 5 days\nFinish the azithromycin and use the inhaler 2 puffs every 4 hrs as needed. Call if the fever comes back.",
     "BLOCK", "care-instructions", "sms", "en",
     [("coughing", "CONDITION"), ("azithromycin", "MEDICATION"), ("inhaler", "MEDICATION"), ("fever", "CONDITION")],
     ["urgent-care"], "Treatment and dosing instructions answering a quoted symptom."),
    ("fq0012", "> can i get my ch3mo moved to friday?\nYes, moved to Fri 2/12 at 8:30. Same time as usual, see you then.",
     "REWRITE", "confirmation", "sms", "en",
     [("ch3mo", "PROCEDURE"), ("2/12", "DATE")],
     ["oncology", "leet", "shorthand"], "The quoted request names chemo (leet '3'); the move itself survives without the quote."),
    ("fq0013", "> is dr. hale in on saturdays?\nNo, Dr. Hale sees patients Mon-Thu. Saturday clinic is with NP Gomez, 8 to noon.",
     "ALLOW", "other", "sms", "en",
     [("dr. hale", "PROVIDER"), ("Dr. Hale", "PROVIDER"), ("NP Gomez", "PROVIDER")],
     ["primary-care"], "Providers' names (also lower-case in the quote) and hours are allowed."),
    ("fq0014", "> the new meds make me dizzy\nStop the quetiapine tonight and call us first thing in the morning. - Harbor Behavioral Health",
     "BLOCK", "care-instructions", "sms", "en",
     [("dizzy", "CONDITION"), ("quetiapine", "MEDICATION"), ("Harbor Behavioral Health", "SPECIALTY")],
     ["behavioral-health"], "A medication instruction in answer to a quoted side effect, signed by a behavioral-health practice."),
    ("fq0015", "You said: 'I ran out of my Xanax early.' We can't refill it before your next fill date of 3/28. Call Dr. Moreno's office with questions.",
     "REWRITE", "pickup", "sms", "en",
     [("Xanax", "MEDICATION"), ("3/28", "DATE"), ("Dr. Moreno", "PROVIDER")],
     ["behavioral-health", "pharmacy"], "Judgement: a refill-timing answer like a pickup notice; the echoed drug name goes, 'your next fill date is 3/28' survives."),
    ("fq0016", "> is the tooth infected?\nYes, the x-ray shows an abscess on #19. Start amoxicillin 500mg 3x a day until your root canal on 7/2.",
     "BLOCK", "care-instructions", "sms", "en",
     [("infected", "CONDITION"), ("x-ray", "PROCEDURE"), ("abscess", "CONDITION"), ("amoxicillin 500mg", "MEDICATION"),
      ("root canal", "PROCEDURE"), ("7/2", "DATE")],
     ["dental"], "A finding and a dosing instruction. The tooth number is left unlabelled (no category)."),
)

# ---------------------------------------------------------------- batch 2: e-mail threads with quote headers
add(
    ("fq0017", "Hi,\n\nYou're all set for Fri Jun 5 at 9:00 AM with Dr. Castillo. Parking is free in Lot C.\n\nBest,\nFront Desk, Alder Creek Medical Group\n\nOn Wed, Jun 3, 2026 at 4:10 PM Priya Raman <priya.raman88@example.com> wrote:\n> Sounds good, thank you!",
     "REWRITE", "confirmation", "email", "en",
     [("Jun 5", "DATE"), ("Dr. Castillo", "PROVIDER"), ("Jun 3, 2026", "DATE"), ("Priya Raman", "NAME"),
      ("priya.raman88@example.com", "EMAIL")],
     ["primary-care"], "The quote header carries the patient's name and personal e-mail; the confirmation itself is fine. Judgement: the header's send date is a DATE and allowed."),
    ("fq0018", "Yes, you can bring your own paperwork - we'll scan it at check-in.\n\nOn Tue, Sep 8, you wrote:\n> Can I bring the forms I already filled out or do I have to do them again?",
     "ALLOW", "other", "email", "en",
     [("Sep 8", "DATE")],
     ["primary-care"], "The header names nobody and the quoted question is logistics."),
    ("fq0019", "Yes Kevin, it's still undetectable. Keep taking your Biktarvy once a day and we'll recheck in 6 months.\n\n- Dr. Adeyemi\n\nOn Fri, May 8, 2026 at 7:45 PM Kevin Tran <ktran@example.net> wrote:\n> Is my viral load still undetectable?",
     "BLOCK", "result", "email", "en",
     [("Kevin", "NAME"), ("undetectable", "RESULT", 0), ("Biktarvy", "MEDICATION"), ("Dr. Adeyemi", "PROVIDER"),
      ("May 8, 2026", "DATE"), ("Kevin Tran", "NAME"), ("ktran@example.net", "EMAIL"), ("viral load", "PROCEDURE"),
      ("undetectable", "RESULT", 1)],
     ["hiv-sexual-health"], "A viral-load result and a regimen by e-mail, with the patient's name and address in the quote header."),
    ("fq0020", "Subject: RE: Scheduling my vasectomy consult\n\nThank you for your reply. We have you down for Monday, Oct 19 at 2:40 PM with Dr. Lindqvist at our Riverside office, 2200 Riverside Dr, Suite 110. Please arrive 15 minutes early and bring a photo ID and your insurance card. If you need to change the time, reply to this e-mail or call 555-0131.\n\nRegards,\nReed Quoting\nScheduling, Riverside Urology Associates\n\n> On Oct 12 you wrote:\n> Monday afternoons work best for me.",
     "REWRITE", "confirmation", "email", "en",
     [("vasectomy", "PROCEDURE"), ("Oct 19", "DATE"), ("Dr. Lindqvist", "PROVIDER"), ("2200 Riverside Dr, Suite 110", "ADDRESS"),
      ("555-0131", "PHONE"), ("Reed Quoting", "PROVIDER"), ("Riverside Urology Associates", "SPECIALTY"), ("Oct 12", "DATE")],
     ["reproductive", "practice-contact"], "The reply keeps the patient's subject line, which names the procedure, and the signature names a urology group; the scheduler Reed Quoting, the address and the phone are the practice's own."),
    ("fq0021", "Thanks for letting us know - your appointment has been moved to Mon 4/6 at 11:00 with Dr. Sato.\n\n-----Original Message-----\nFrom: ewhitfield33@example.com\nSent: Thursday, April 2, 2026 8:15 AM\nSubject: reschedule\n\nI need to move my Tuesday appointment. Thank you,\nEleanor Whitfield\nDOB 02/19/1933",
     "BLOCK", "confirmation", "email", "en",
     [("4/6", "DATE"), ("Dr. Sato", "PROVIDER"), ("ewhitfield33@example.com", "EMAIL"), ("April 2, 2026", "DATE"),
      ("Eleanor Whitfield", "NAME"), ("02/19/1933", "DATE")],
     ["primary-care", "dob"], "The quoted original carries the patient's full name and full date of birth (README: full DOB with name is BLOCK), even though she wrote it herself."),
    ("fq0022", "Resending below in case the first one went to spam.\n\n---------- Forwarded message ---------\nFrom: Cedar Family Medicine <frontdesk@cedarfm.example.com>\nDate: Mon, Apr 6, 2026\nSubject: Appointment reminder\n\nYour appointment with Dr. Osei is Thu, Apr 9 at 1:40 PM at 410 Alder St, Suite 2, Salem, OR 97301. Reply to this e-mail or call 555-0142 to reschedule.",
     "ALLOW", "reminder", "email", "en",
     [("frontdesk@cedarfm.example.com", "EMAIL"), ("Apr 6, 2026", "DATE"), ("Dr. Osei", "PROVIDER"), ("Apr 9", "DATE"),
      ("410 Alder St, Suite 2, Salem, OR 97301", "ADDRESS"), ("555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "A forwarded chain whose only header is the practice's own; provider, date, address and phone are allowed."),
    ("fq0023", "Si, Lucia, ya llegaron: su TSH salio en 6.2, un poco alta. La Dra. Rios le va a subir la levotiroxina a 75 mcg; la receta ya esta en su farmacia.\n\nEl vie., 12 jun. 2026 a las 18:20, Lucia Ferrer <lferrer@example.com> escribió:\n> ya llegaron mis resultados de la tiroides?",
     "BLOCK", "result", "email", "es",
     [("Lucia", "NAME"), ("TSH", "PROCEDURE"), ("6.2", "RESULT"), ("alta", "RESULT"), ("Dra. Rios", "PROVIDER"),
      ("levotiroxina", "MEDICATION"), ("12 jun. 2026", "DATE"), ("Lucia Ferrer", "NAME"), ("lferrer@example.com", "EMAIL"),
      ("tiroides", "CONDITION")],
     ["primary-care", "lab"], "A lab value, its flag and a dose change by e-mail, answering the quoted question; Spanish without accents except the header."),
    ("fq0024", "De nada, la esperamos el jueves a las 10:00 con el Dr. Paredes.\n\nEl lun., 2 mar. 2026 a las 10:05, Rosa Delgado <rosadelgado@example.com> escribió:\n> Gracias, ahi estare",
     "REWRITE", "confirmation", "email", "es",
     [("Dr. Paredes", "PROVIDER"), ("2 mar. 2026", "DATE"), ("Rosa Delgado", "NAME"), ("rosadelgado@example.com", "EMAIL")],
     ["primary-care"], "Only the quote header is a problem: the patient's name and personal e-mail go; the day, time and provider stay."),
    ("fq0025", "Hello,\n\nAs requested, I'm forwarding the pathology report from your visit so you have a copy for your records. Dr. Whitaker will review it with you at your follow-up on 5/21.\n\n---------- Forwarded message ---------\nFrom: Northwind Pathology <reports@northwindpath.example.org>\nDate: Tue, May 12, 2026\nSubject: Final report - ACC 26-S-04418\n\nSpecimen: skin, left forearm, shave biopsy\nFinal diagnosis: basal cell carcinoma, nodular type. Margins clear.\n\nPlease call 555-0133 with any questions.\nSunrise Dermatology",
     "BLOCK", "result", "email", "en",
     [("Dr. Whitaker", "PROVIDER"), ("5/21", "DATE"), ("Northwind Pathology", "SPECIALTY"), ("reports@northwindpath.example.org", "EMAIL"),
      ("May 12, 2026", "DATE"), ("26-S-04418", "OTHER_ID"), ("shave biopsy", "PROCEDURE"), ("basal cell carcinoma", "CONDITION"),
      ("Margins clear", "RESULT"), ("555-0133", "PHONE"), ("Sunrise Dermatology", "SPECIALTY")],
     ["dermatology", "oncology", "practice-contact"], "A forwarded pathology diagnosis is the message; it belongs in the portal. Judgement: the pathology group's name is SPECIALTY and the accession number OTHER_ID."),
    ("fq0026", "Thanks for confirming! Nothing else is needed before your visit.\n\nOn Mon, Aug 3, 2026 at 9:02 AM Reed Quoting <rquoting@lakesidefp.example.com> wrote:\n> Reminder: your appointment is Thu, Aug 6 at 3:15 PM. Reply to confirm.",
     "ALLOW", "confirmation", "email", "en",
     [("Aug 3, 2026", "DATE"), ("Reed Quoting", "PROVIDER"), ("rquoting@lakesidefp.example.com", "EMAIL"), ("Aug 6", "DATE")],
     ["primary-care", "practice-contact"], "The quoted header is the scheduler's own (Reed Quoting is staff, not a patient and not a quotation); date and time are allowed."),
)

# ---------------------------------------------------------------- batch 3: auto-replies and out-of-office notes
add(
    ("fq0027", "Thanks for texting Cedar Family Medicine. This inbox is checked Mon-Fri 8am-5pm. For emergencies call 911.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Generic auto-reply; says nothing about the sender's care."),
    ("fq0028", "Auto-reply: We received your message \"Refill - Lexapro 10mg\". A nurse will respond within 2 business days. Please do not reply with urgent concerns.",
     "REWRITE", "other", "sms", "en",
     [("Lexapro 10mg", "MEDICATION")],
     ["pharmacy", "behavioral-health"], "The auto-reply echoes the patient's subject line, which names the drug; 'We received your message' survives."),
    ("fq0029", "Auto-reply: we got your message: \"my covid test came back positive, can I still come in tomorrow?\" A nurse will call you within 4 hours. Please don't come in until then.",
     "BLOCK", "other", "sms", "en",
     [("covid test", "PROCEDURE"), ("positive", "RESULT")],
     ["urgent-care"], "The echo repeats a patient-stated result; a result is BLOCK whoever wrote it first."),
    ("fq0030", "Auto-reply: I'm out of the office until 9/21. For questions about your chemo schedule, call the Valley Cancer Institute triage line at 555-0146.",
     "REWRITE", "other", "sms", "en",
     [("9/21", "DATE"), ("chemo", "PROCEDURE"), ("Valley Cancer Institute", "SPECIALTY"), ("555-0146", "PHONE")],
     ["oncology", "practice-contact"], "An out-of-office note that names the treatment and a cancer center; the date and the call-back number survive."),
    ("fq0031", "Auto-reply: Thank you for writing to billing@cedarfm.example.com. We answer within 3 business days. Please never send card numbers by e-mail; call 555-0142 to pay by phone.",
     "ALLOW", "billing", "email", "en",
     [("billing@cedarfm.example.com", "EMAIL"), ("555-0142", "PHONE")],
     ["general", "practice-contact"], "The practice's own billing address and phone; nothing about the patient."),
    ("fq0032", "Out of office: Reed Quoting is away until Mon 6/8. For scheduling, call 555-0144 or reply here and a coworker will answer.",
     "ALLOW", "other", "sms", "en",
     [("Reed Quoting", "PROVIDER"), ("6/8", "DATE"), ("555-0144", "PHONE")],
     ["general", "practice-contact"], "A staff member's out-of-office note; his name and the practice line are allowed."),
    ("fq0033", "Thanks for your reply! Our team will get back to you within {{response_hours}} hours. Office line: [PracticePhone]. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "template"], "Auto-reply template with placeholders that carry no patient data."),
    ("fq0034", "This is an automatic echo of your reply: \"Y\". You're confirmed for tomorrow at 11:00. No further action needed.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "hard-negative"], "'echo' is the system repeating the reply, not an echocardiogram."),
    ("fq0035", "> i feel like hurting myself again\nPlease call or text 988 right now, or go to the nearest ER. Dr. Ames will call you within the hour.",
     "BLOCK", "care-instructions", "sms", "en",
     [("hurting myself", "CONDITION"), ("Dr. Ames", "PROVIDER")],
     ["behavioral-health"], "Judgement: a crisis reply; the quoted self-harm statement and the crisis instruction are the message, so it cannot be rewritten into a safe notice. 988 is not a phone identifier."),
)

# ---------------------------------------------------------------- batch 4: forwarded chains
add(
    ("fq0036", "FW: Your prescription is ready\n\nMarisol Vega, your Suboxone 8mg-2mg film is ready for pickup at Elm Street Pharmacy until Fri 7pm.",
     "REWRITE", "pickup", "sms", "en",
     [("Marisol Vega", "NAME"), ("Suboxone 8mg-2mg film", "MEDICATION")],
     ["substance-use", "pharmacy"], "A forwarded pickup notice with the name and the drug; 'your prescription is ready at Elm Street Pharmacy' survives."),
    ("fq0037", "Forwarding per your request (you are listed as his health care proxy):\n\n> Walter Greene - cardiology note 9/30: EF 35%, ICD placement scheduled 10/9 with Dr. Baptiste.\n\nPlease call 555-0135 with questions.\nCedar Family Medicine",
     "BLOCK", "result", "email", "en",
     [("Walter Greene", "NAME"), ("cardiology", "SPECIALTY"), ("9/30", "DATE"), ("EF", "PROCEDURE"), ("35%", "RESULT"),
      ("ICD placement", "PROCEDURE"), ("10/9", "DATE"), ("Dr. Baptiste", "PROVIDER"), ("555-0135", "PHONE")],
     ["cardiology", "third-party", "practice-contact"], "A forwarded note with another person's results and a planned procedure; being the proxy does not make e-mail safe."),
    ("fq0038", "FW: FW: holiday hours - We'll be closed Thu Nov 26 and Fri Nov 27. The on-call line is 555-0150.",
     "ALLOW", "other", "sms", "en",
     [("Nov 26", "DATE"), ("Nov 27", "DATE"), ("555-0150", "PHONE")],
     ["general", "broadcast", "practice-contact"], "A forwarded broadcast; closure dates and the on-call line say nothing about the recipient."),
    ("fq0039", "Forwarding your intake form link as requested: https://forms.cedarfm.example.com/intake?pid=883104 - please complete it before Thursday.",
     "REWRITE", "other", "email", "en",
     [("https://forms.cedarfm.example.com/intake?pid=883104", "URL")],
     ["primary-care"], "The link carries a patient parameter (?pid=), so it is patient-specific (README)."),
    ("fq0040", "FW: appointment request\n> Pt MRN 40021877 requesting new patient visit, prefers mornings\nWe can offer Mon 12/7 at 10:00 AM with Dr. Ferris. Reply YES to book.",
     "REWRITE", "confirmation", "sms", "en",
     [("40021877", "MRN"), ("12/7", "DATE"), ("Dr. Ferris", "PROVIDER")],
     ["primary-care", "shorthand"], "An internal note forwarded with the MRN in it; the offer survives without it."),
    ("fq0041", "FW: Dad's results\n\n> PSA 8.4 (H) - Dr. Young wants a repeat in 6 weeks and a urology referral.\n\nSending this along as you asked. Let us know if your father has questions.",
     "BLOCK", "result", "email", "en",
     [("PSA", "PROCEDURE"), ("8.4", "RESULT"), ("PSA 8.4 ([[H]])", "RESULT"), ("Dr. Young", "PROVIDER"), ("urology", "SPECIALTY")],
     ["lab", "oncology", "third-party"], "A relative's lab value and flag forwarded by e-mail."),
    ("fq0042", "FW: new patient packet\nPatient: Harriet Olsen, DOB 1/7/1955, MRN 550219\nPlease bring the packet to your visit Mon 3/2.",
     "BLOCK", "other", "sms", "en",
     [("Harriet Olsen", "NAME"), ("1/7/1955", "DATE"), ("550219", "MRN"), ("3/2", "DATE")],
     ["primary-care", "dob"], "Name with full date of birth (and MRN) in a forwarded header: BLOCK by the README's convention."),
    ("fq0043", "Please forward this text to anyone in your household who uses our portal: we're switching to a new login page on Monday. Your password will still work.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'forward' is a request to share a broadcast; nothing about the recipient."),
    ("fq0044", "FW: Ruth's appointment\n\nSharing as requested with the family caregiver on file:\nRuth Abernathy, 94, is scheduled Thu 3/19 at 10:00 AM with Dr. Sato at Maple Street Clinic.",
     "REWRITE", "reminder", "email", "en",
     [("Ruth", "NAME"), ("Ruth Abernathy", "NAME"), ("94", "AGE"), ("3/19", "DATE"), ("Dr. Sato", "PROVIDER")],
     ["primary-care", "age-over-89"], "Name and an age over 89 go; the appointment logistics survive."),
    ("fq0045", "Your message was forwarded to the Lakeside Cardiology nurse line. Expect a call back before 4pm today.",
     "REWRITE", "other", "sms", "en",
     [("Lakeside Cardiology", "SPECIALTY")],
     ["cardiology"], "Routing note that names a cardiology practice; 'forwarded to our nurse line' survives."),
    ("fq0046", "Reenvio de su hija Carmen: \"a mi mama se le acabo la metformina, tiene diabetes\". Ya mandamos la receta de metformina 500 mg a su farmacia.",
     "BLOCK", "pickup", "sms", "es",
     [("Carmen", "NAME"), ("metformina", "MEDICATION"), ("diabetes", "CONDITION"), ("metformina 500 mg", "MEDICATION")],
     ["primary-care", "pharmacy"], "Judgement: the relayed text states the recipient's diagnosis, which is BLOCK, not a pickup label; not tagged third-party because the health is the recipient's own."),
    ("fq0047", "Re: Re: Re: directions\n\nThe clinic is at 88 Harbor Way, Suite 4, Portland, OR 97209. If someone is dropping you off, just forward your confirmation e-mail to them so they have the address.",
     "ALLOW", "other", "email", "en",
     [("88 Harbor Way, Suite 4, Portland, OR 97209", "ADDRESS")],
     ["general", "practice-contact"], "The practice's own address; 'forward' is a direction to the patient."),
)

# ---------------------------------------------------------------- batch 5: portal-to-SMS and push follow-ups
add(
    ("fq0048", "You have a new reply in your Cedar Health portal. Log in at portal.cedarhealth.example.com to read it. Reply STOP to opt out.",
     "ALLOW", "portal-notice", "sms", "en",
     [("portal.cedarhealth.example.com", "URL")],
     ["general", "practice-contact"], "Notification without PHI; the practice's own portal address."),
    ("fq0049", "Dr. Varga answered your portal question about your mammogram. Log in to read the reply.",
     "REWRITE", "portal-notice", "push", "en",
     [("Dr. Varga", "PROVIDER"), ("mammogram", "PROCEDURE")],
     ["imaging"], "The notice names the topic of the question; 'Dr. Varga answered your portal question' survives."),
    ("fq0050", "Dr. Shah replied to your portal message: the MRI shows a meniscus tear. Full details in the portal.",
     "BLOCK", "portal-notice", "sms", "en",
     [("Dr. Shah", "PROVIDER"), ("MRI", "PROCEDURE"), ("meniscus tear", "CONDITION")],
     ["orthopedics", "imaging"], "A finding copied into the SMS follow-up; the portal is the place for it."),
    ("fq0051", "Hi Gloria, following up on your portal message from 5/3 about your knee pain. Dr. Lutz can see you Fri 5/8 at 3:00. Reply Y to book.",
     "REWRITE", "confirmation", "sms", "en",
     [("Gloria", "NAME"), ("5/3", "DATE"), ("knee pain", "CONDITION"), ("Dr. Lutz", "PROVIDER"), ("5/8", "DATE")],
     ["orthopedics"], "Name and symptom go; the offered slot survives."),
    ("fq0052", "New portal reply from Dr. Ruiz: \"Your A1c dropped to 6.8, great job! Keep doing what you're doing.\"",
     "BLOCK", "portal-notice", "push", "en",
     [("Dr. Ruiz", "PROVIDER"), ("A1c", "PROCEDURE"), ("6.8", "RESULT")],
     ["primary-care", "lab"], "The push preview quotes the reply, which contains a lab value."),
    ("fq0053", "New message from your care team. Open the app to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Notification without PHI."),
    ("fq0054", "New reply in thread: \"Question about my PrEP\"",
     "REWRITE", "portal-notice", "push", "en",
     [("PrEP", "MEDICATION")],
     ["hiv-sexual-health"], "The thread subject, written by the patient, names the drug; 'New reply in your thread' survives."),
    ("fq0055", "Dr. Kim replied: \"Your strep test was negative, no antibiotics needed.\"",
     "BLOCK", "result", "push", "en",
     [("Dr. Kim", "PROVIDER"), ("strep test", "PROCEDURE"), ("negative", "RESULT"), ("antibiotics", "MEDICATION")],
     ["urgent-care"], "A negative result is still a result; shown on the lock screen."),
    ("fq0056", "Reed Quoting replied to your message.",
     "ALLOW", "portal-notice", "push", "en",
     [("Reed Quoting", "PROVIDER")],
     ["general"], "Reed Quoting is a staff member; 'Quoting' is his surname, not a quoted message."),
    ("fq0057", "Dr. Kaye replied to: \"Question about my IUD\"",
     "REWRITE", "portal-notice", "push", "en",
     [("Dr. Kaye", "PROVIDER"), ("IUD", "PROCEDURE")],
     ["reproductive"], "The echoed subject names a device (README: devices are PROCEDURE); the notice survives without it."),
    ("fq0058", "Reply from Bayview Fertility: \"Your beta hCG is 212 - congratulations!\"",
     "BLOCK", "result", "push", "en",
     [("Bayview Fertility", "SPECIALTY"), ("beta hCG", "PROCEDURE"), ("212", "RESULT")],
     ["fertility"], "A pregnancy-test value in a push preview."),
    ("fq0059", "Your reply was sent to the front desk. We usually answer within 1 business day.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "Delivery receipt; nothing about the patient."),
    ("fq0060", "Nueva respuesta: \"Re: cita de mamografia\"",
     "REWRITE", "portal-notice", "push", "es",
     [("mamografia", "PROCEDURE")],
     ["imaging"], "The echoed subject names the procedure; 'Nueva respuesta' survives."),
    ("fq0061", "> what did the ultrasound show?\nA 2 cm ovarian cyst on the left. Dr. Park wants a repeat scan in 6 weeks.",
     "BLOCK", "result", "sms", "en",
     [("ultrasound", "PROCEDURE"), ("2 cm", "RESULT"), ("ovarian cyst", "CONDITION"), ("Dr. Park", "PROVIDER")],
     ["reproductive", "imaging"], "A finding with its size answering the quoted question."),
)

# ---------------------------------------------------------------- batch 6: reply keywords, STOP/START
add(
    ("fq0062", "You replied STOP to Oakmont Fertility Center texts. You will no longer receive messages from us. Reply START to resubscribe.",
     "REWRITE", "other", "sms", "en",
     [("Oakmont Fertility Center", "SPECIALTY")],
     ["fertility"], "The opt-out confirmation names a fertility practice; the confirmation survives with a generic name."),
    ("fq0063", "Reply REFILL to reorder your insulin from Maple Pharmacy, or STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("insulin", "MEDICATION")],
     ["pharmacy"], "A keyword prompt that names the drug; 'reorder your prescription' survives."),
    ("fq0064", "Your appointment is Fri 10/2 at 8:15 AM with Dr. Hale. Reply C to confirm or R to reschedule. (You replied R to an earlier text - if that was a mistake, reply C.)",
     "ALLOW", "confirmation", "sms", "en",
     [("10/2", "DATE"), ("Dr. Hale", "PROVIDER")],
     ["primary-care"], "Provider, date, time and keywords only."),
    ("fq0065", "Need a price quote for a self-pay visit? Reply QUOTE and our billing team will text you back during business hours.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'quote' is a price estimate offered to everyone, not a quoted message."),
    ("fq0066", "Reply PLAN to set up a payment plan, or pay online at pay.cedarfm.example.com. Questions? Call 555-0142.",
     "ALLOW", "billing", "sms", "en",
     [("pay.cedarfm.example.com", "URL"), ("555-0142", "PHONE")],
     ["general", "practice-contact"], "The practice's own payment site and phone; no amount or account."),
    ("fq0067", "You replied BOOK to our recall text - reply YES to confirm your Pap smear on 4/14 at 9:20 with Dr. Imani, or call 555-0137.",
     "REWRITE", "recall", "sms", "en",
     [("Pap smear", "PROCEDURE"), ("4/14", "DATE"), ("Dr. Imani", "PROVIDER"), ("555-0137", "PHONE")],
     ["reproductive", "practice-contact"], "The visit type goes; date, time, provider and the practice phone stay."),
    ("fq0068", "Msg from Maple Street Clinic: reply HELP for help or STOP to end texts. Msg & data rates may apply.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Carrier-required keyword text."),
    ("fq0069", "Re: P\u200brEP refill - your prescription is ready at Elm Street Pharmacy. Reply STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("P\u200brEP", "MEDICATION")],
     ["hiv-sexual-health", "pharmacy"], "The subject line names PrEP, split by a zero-width space; the pickup notice survives without it."),
)

# ---------------------------------------------------------------- batch 7: voice call-backs
add(
    ("fq0070", "Hello, this is Reed Quoting from Birchwood Medical Group returning your call about rescheduling. Please call us back at 555-0143. Thank you.",
     "ALLOW", "other", "voice", "en",
     [("Reed Quoting", "PROVIDER"), ("555-0143", "PHONE")],
     ["general", "practice-contact", "contrast"], "Staff name, generic practice and its phone; same script from a behavioral-health practice is REWRITE."),
    ("fq0071", "Hi, this is Reed Quoting from Harbor Behavioral Health returning your call. Please call us back at 555-0145.",
     "REWRITE", "other", "voice", "en",
     [("Reed Quoting", "PROVIDER"), ("Harbor Behavioral Health", "SPECIALTY"), ("555-0145", "PHONE")],
     ["behavioral-health", "practice-contact", "contrast"], "The practice name reveals the service on a voicemail anyone may hear."),
    ("fq0072", "This is nurse Dana from Cedar Family Medicine calling back about your message. Your pregnancy test was positive. Please call 555-0142 to schedule your first prenatal visit.",
     "BLOCK", "result", "voice", "en",
     [("nurse Dana", "PROVIDER"), ("pregnancy test", "PROCEDURE"), ("positive", "RESULT"), ("555-0142", "PHONE"), ("prenatal", "PROCEDURE")],
     ["reproductive", "practice-contact"], "A result left on a voicemail."),
    ("fq0073", "This message is for Daniel Okafor. You left us a voicemail about your PT evaluation. Please call Summit Physical Therapy back at 555-0147.",
     "REWRITE", "other", "voice", "en",
     [("Daniel Okafor", "NAME"), ("PT evaluation", "PROCEDURE"), ("Summit Physical Therapy", "SPECIALTY"), ("555-0147", "PHONE")],
     ["physical-therapy", "practice-contact"], "Name, visit type and a specialty practice name go; the call-back request survives."),
    ("fq0074", "This is an automated message from Hillcrest Clinic. You replied that you'd like a call back. A staff member will call you within one business day.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "Nothing about the patient or the reason for the call."),
    ("fq0075", "Press 1 to repeat this message. Press 2 to speak with Reed Quoting or another scheduler. Press 3 to leave a voice reply.",
     "ALLOW", "other", "voice", "en",
     [("Reed Quoting", "PROVIDER")],
     ["general"], "A scheduler's name in a phone menu."),
    ("fq0076", "Este mensaje es para Jorge Medina. Su mensaje fue reenviado a nuestra clinica de salud mental. Le llamaremos hoy antes de las 5.",
     "REWRITE", "other", "voice", "es",
     [("Jorge Medina", "NAME"), ("salud mental", "SPECIALTY")],
     ["behavioral-health"], "Name and the mental-health service go; 'su mensaje fue reenviado, le llamaremos hoy' survives."),
    ("fq0077", "Hola, habla la enfermera Lucia de Clinica del Sol. Su cultivo de orina salio positivo. Le mandamos ciprofloxacino 500 mg: tome una tableta cada 12 horas por 3 dias.",
     "BLOCK", "result", "voice", "es",
     [("enfermera Lucia", "PROVIDER"), ("cultivo de orina", "PROCEDURE"), ("positivo", "RESULT"), ("ciprofloxacino 500 mg", "MEDICATION")],
     ["primary-care"], "A result and a dosing instruction on a voicemail."),
    ("fq0078", "Hola, le habla Reed Quoting de la Clinica San Marcos, devolviendo su llamada sobre su cita. Llamenos al 555-0161. Gracias.",
     "ALLOW", "other", "voice", "es",
     [("Reed Quoting", "PROVIDER"), ("555-0161", "PHONE")],
     ["general", "practice-contact"], "Staff name, generic clinic and its phone."),
    ("fq0079", "Hi, this is Cedar Family Medicine returning your message about the chest pain you had this morning. Please call us back at 555-0142 as soon as you can.",
     "REWRITE", "other", "voice", "en",
     [("chest pain", "CONDITION"), ("555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "The symptom from the patient's message goes; the call-back request survives."),
)

# ---------------------------------------------------------------- batch 8: Spanish SMS threads
add(
    ("fq0080", "Gracias por su mensaje a Clinica Los Pinos. Respondemos en 1 dia habil. Si es una emergencia, llame al 911.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Auto-respuesta generica."),
    ("fq0081", "Usted dijo: \"puedo ir el jueves en la tarde?\" Si, el jueves a las 3:00 pm esta bien. Traiga su tarjeta del seguro.",
     "ALLOW", "confirmation", "sms", "es", [],
     ["primary-care", "hard-negative"], "The quoted request is only logistics."),
    ("fq0082", "Usted dijo: \"necesito cambiar la cita de mi ultrasonido\". Tenemos el martes 6 de octubre a las 10:00. Responda SI para aceptar.",
     "REWRITE", "confirmation", "sms", "es",
     [("ultrasonido", "PROCEDURE"), ("6 de octubre", "DATE")],
     ["imaging"], "The echoed request names the procedure; the offer survives."),
    ("fq0083", "Hola Sra. Pineda, recibimos su mensaje sobre su prueba de VIH. Por favor llame al 555-0162 para hablar con la enfermera.",
     "REWRITE", "other", "sms", "es",
     [("Pineda", "NAME"), ("prueba de VIH", "PROCEDURE"), ("555-0162", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "Name and the test go; the call-back request survives."),
    ("fq0084", "> mi presion salio 170/95 hoy\nTome su losartan 50 mg en la manana y en la noche y venga el lunes a revision.",
     "BLOCK", "care-instructions", "sms", "es",
     [("presion", "PROCEDURE"), ("170/95", "RESULT"), ("losartan 50 mg", "MEDICATION")],
     ["cardiology"], "A quoted blood-pressure value and a dosing instruction."),
    ("fq0085", "Usted dijo: \"quiero saber el resultado del papanicolaou\". Su papanicolaou salio normal; la vemos el proximo ano.",
     "BLOCK", "result", "sms", "es",
     [("papanicolaou", "PROCEDURE", 0), ("papanicolaou", "PROCEDURE", 1), ("normal", "RESULT")],
     ["reproductive"], "A normal result is still a result (README)."),
    ("fq0086", "> mi hijo tiene fiebre de 39\nDele ibuprofeno 200 mg cada 8 horas y traigalo manana a las 9.",
     "BLOCK", "care-instructions", "sms", "es",
     [("fiebre", "CONDITION"), ("39", "RESULT"), ("ibuprofeno 200 mg", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A child's temperature and dosing for him, sent to the parent."),
    ("fq0087", "Esta es Reed Quoting de Clinica Familiar del Valle. Recibimos su respuesta:\n> ok gracias\nNos vemos el 14 de octubre con la Dra. Ibarra.",
     "ALLOW", "confirmation", "sms", "es",
     [("Reed Quoting", "PROVIDER"), ("14 de octubre", "DATE"), ("Dra. Ibarra", "PROVIDER")],
     ["general"], "Staff name, the quoted 'ok gracias', date and provider are all allowed."),
    ("fq0088", "Reenvie este mensaje a su familia: la Clinica Santa Rosa cerrara el 1 de enero y abrira el 2 de enero en horario normal.",
     "ALLOW", "other", "sms", "es",
     [("1 de enero", "DATE"), ("2 de enero", "DATE")],
     ["general", "broadcast"], "A holiday broadcast; 'reenvie' is a request to share it. Closure dates are allowed."),
    ("fq0089", "Mensaje reenviado por Centro Medico Alameda: nuevo horario los sabados de 8:00 a 12:00. No responda a este mensaje.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "A forwarded broadcast about hours."),
    ("fq0090", "Usted respondio 2 (cambiar) a su recordatorio del Centro de Dialisis Riverbend. Le enviaremos nuevos horarios en breve.",
     "REWRITE", "other", "sms", "es",
     [("Centro de Dialisis Riverbend", "SPECIALTY")],
     ["dialysis"], "A keyword receipt naming a dialysis center (specialty-revealing per README)."),
)

# ---------------------------------------------------------------- batch 9: portal channel (results may stay)
add(
    ("fq0091", "> Did my cholesterol come back ok?\nHi Dana, your LDL was 98 mg/dL, which is in the normal range. No changes needed. - Dr. Ruiz",
     "ALLOW", "result", "portal", "en",
     [("cholesterol", "PROCEDURE"), ("Dana", "NAME"), ("LDL", "PROCEDURE"), ("98 mg/dL", "RESULT"), ("normal", "RESULT"), ("Dr. Ruiz", "PROVIDER")],
     ["primary-care", "lab"], "Inside the secure portal a result and the name may stay (README)."),
    ("fq0092", "> my rash is spreading to my arms\nSorry to hear that. Apply the triamcinolone 0.1% cream twice daily for 7 days and send a photo Friday if it's not better. - Dr. Kowalski, Ridgeview Dermatology",
     "ALLOW", "care-instructions", "portal", "en",
     [("rash", "CONDITION"), ("triamcinolone 0.1% cream", "MEDICATION"), ("Dr. Kowalski", "PROVIDER"), ("Ridgeview Dermatology", "SPECIALTY")],
     ["dermatology"], "Treatment instructions are fine in the portal."),
    ("fq0093", "> ya me toca subir la insulina?\nSi, Sra. Campos: suba la insulina glargina a 18 unidades en la noche y mande sus azucares el viernes. - Dr. Ortega",
     "ALLOW", "care-instructions", "portal", "es",
     [("insulina", "MEDICATION"), ("Campos", "NAME"), ("insulina glargina", "MEDICATION"), ("azucares", "PROCEDURE"), ("Dr. Ortega", "PROVIDER")],
     ["primary-care"], "A dose change inside the portal is ALLOW. Judgement: 'azucares' (glucose readings) is the measure, PROCEDURE."),
    ("fq0094", "Forwarding the radiology report you asked about:\n> Impression: No acute fracture. Mild degenerative changes at L4-L5.\nDr. Stein will discuss it at your visit on 6/9.",
     "ALLOW", "result", "portal", "en",
     [("radiology", "SPECIALTY"), ("No acute fracture", "RESULT"), ("degenerative changes", "CONDITION"), ("Dr. Stein", "PROVIDER"), ("6/9", "DATE")],
     ["imaging", "orthopedics"], "A forwarded report inside the portal. The spine level is left unlabelled."),
    ("fq0095", "> did my biopsy come back?\nYes - it was benign. Dr. Fox will go over it with you Tue.",
     "ALLOW", "result", "portal", "en",
     [("biopsy", "PROCEDURE"), ("benign", "RESULT"), ("Dr. Fox", "PROVIDER")],
     ["dermatology", "contrast"], "The SMS version of this text is BLOCK; on the portal channel the result may stay."),
    ("fq0096", "> my social is 219-09-9999 if you need it for the insurance form\nThanks - we've added it to your file. Please don't send it again; we will never ask for it by text.",
     "BLOCK", "billing", "portal", "en",
     [("219-09-9999", "SSN")],
     ["general"], "Judgement: an SSN quoted back is BLOCK even in the portal (the README bars SSN from portal ALLOWs); the reply should not echo it."),
)

# ---------------------------------------------------------------- batch 10: look-alikes, Reed Quoting, and more threads
add(
    ("fq0097", "Hi! This is Reed Quoting at Lakeside Family Practice. We got your reply:\n> Tuesday is fine\nYou're booked Tue 9/15 at 10:20 with Dr. Amari.",
     "ALLOW", "confirmation", "sms", "en",
     [("Reed Quoting", "PROVIDER"), ("9/15", "DATE"), ("Dr. Amari", "PROVIDER")],
     ["general"], "A staff member named Reed Quoting quoting a logistics-only reply; everything is allowed."),
    ("fq0098", "> thanks Reed, see u thurs\nYou're welcome! - Reed Quoting, Front Desk, Lakeside Family Practice, 555-0149",
     "ALLOW", "other", "sms", "en",
     [("Reed", "PROVIDER"), ("Reed Quoting", "PROVIDER"), ("555-0149", "PHONE")],
     ["general", "practice-contact", "shorthand"], "Judgement: 'Reed' in the patient's quoted thanks is the staff member (PROVIDER), not a patient name."),
    ("fq0099", "Parking update: the garage entrance moved. Enter at Door B, go forward past the cafe, and take the east elevators to 3.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'forward' is a direction."),
    ("fq0100", "> where do i park?\nUse the Payne Pavilion garage, level 2. We validate tickets at the front desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Payne is a building name, not pain."),
    ("fq0101", "> is there valet?\nYes! Our new building shares a driveway with the Crown Plaza Hotel - valet is free for patients.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Crown is a hotel, not a dental crown."),
    ("fq0102", "> is there anywhere to eat nearby?\nSugar Creek Bakery next door is open 7-3, and there's a vending area on floor 1.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Sugar is a bakery's name, not a glucose reading; '7-3' is hours."),
    ("fq0103", "Please ignore any chain texts claiming to be from Maple Street Clinic. We never ask for payment by gift card or text message.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A fraud warning to every patient."),
    ("fq0104", "> thx!\n\U0001F44D Glad we could help. Have a great weekend!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "shorthand"], "The quoted reply is just thanks."),
    ("fq0105", "Flu shots are here! Walk in Mon-Fri, no appointment needed. Forward this to a friend who's due.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "hard-negative", "broadcast"], "A broadcast to every patient (README: flu shots available is ALLOW, no span)."),
    ("fq0106", "You said: 'I'm running 10 min late.' No problem - we'll hold your spot until 2:40.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "The quoted line is only logistics; '10 min' is not a date."),
    ("fq0107", "> What's the address?\n1420 Birch Ave, Suite 300, Salem, OR 97301. The entrance faces the river.",
     "ALLOW", "other", "sms", "en",
     [("1420 Birch Ave, Suite 300, Salem, OR 97301", "ADDRESS")],
     ["general", "practice-contact"], "The practice's own address in answer to the quoted question."),
    ("fq0108", "> cn i bring my husbnd to the apt\nyes ofc, guests r welcome at Womens Health of Elm Grove, just chek in together",
     "REWRITE", "other", "sms", "en",
     [("Womens Health of Elm Grove", "SPECIALTY")],
     ["reproductive", "typo", "shorthand"], "The quoted question is logistics, but the answer names a women's-health practice."),
    ("fq0109", "> does my cleaning include xrays?\nYes! Your cleaning on 4/30 includes bitewing x-rays. See you then at Bright Smile Dental.",
     "REWRITE", "confirmation", "sms", "en",
     [("cleaning", "PROCEDURE", 0), ("xrays", "PROCEDURE"), ("cleaning", "PROCEDURE", 1), ("4/30", "DATE"),
      ("bitewing x-rays", "PROCEDURE"), ("Bright Smile Dental", "SPECIALTY")],
     ["dental"], "Visit type and a dental practice name go; date survives."),
    ("fq0110", "You said: \"my son needs his kindergarten shots.\" We have Wed 8/19 at 4 pm for Mateo's vaccines. Reply Y to book.",
     "REWRITE", "confirmation", "sms", "en",
     [("kindergarten shots", "PROCEDURE"), ("8/19", "DATE"), ("Mateo", "NAME"), ("vaccines", "PROCEDURE")],
     ["pediatrics", "minor"], "A dependent's routine visit with his name is REWRITE (README verdict conventions)."),
    ("fq0111", "> we're at 77 Willow Ct, Apt 3B, use the side door\nThanks! Your home health nurse will arrive between 9 and 11 tomorrow.",
     "REWRITE", "reminder", "sms", "en",
     [("77 Willow Ct, Apt 3B", "ADDRESS"), ("home health", "SPECIALTY")],
     ["home-health"], "The patient's own address echoed back and a revealing service; the visit window survives."),
    ("fq0112", "> tested dirty again, am i kicked out?\nNo. Your UDS showed fentanyl, but you're still in the program. See your counselor Thurs at 1.",
     "BLOCK", "result", "sms", "en",
     [("dirty", "RESULT"), ("UDS", "PROCEDURE"), ("fentanyl", "MEDICATION"), ("counselor", "SPECIALTY")],
     ["substance-use", "shorthand"], "A drug-screen result (Part 2 program). Judgement: 'dirty' is the result; the substance-use counselor is SPECIALTY."),
    ("fq0113", "> did the h-i-v test come back\nyes, non-reactive. nothing to worry about :)",
     "BLOCK", "result", "sms", "en",
     [("h-i-v test", "PROCEDURE"), ("non-reactive", "RESULT")],
     ["hiv-sexual-health", "spaced"], "A negative result is still a result; the test name is hyphen-spaced."),
    ("fq0114", "Re: your question - yes, your Sub\u043exone stays at 8 mg twice a day. Don't change it before your visit.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Sub\u043exone", "MEDICATION")],
     ["substance-use"], "A dosing instruction; the drug name carries a Cyrillic 'o'."),
    ("fq0115", "> is Liam's strep better?\nHis throat culture was negative; he can go back to school Monday.",
     "BLOCK", "result", "sms", "en",
     [("Liam", "NAME"), ("strep", "CONDITION"), ("throat culture", "PROCEDURE"), ("negative", "RESULT")],
     ["pediatrics", "minor", "third-party"], "A child's result sent to the parent (README: a dependent's result is BLOCK)."),
    ("fq0116", "> my heart monitor keeps beeping\nYour Holter showed short afib episodes. Keep taking Eliquis 5 mg twice a day; Dr. Moss will call you.",
     "BLOCK", "result", "sms", "en",
     [("heart monitor", "PROCEDURE"), ("Holter", "PROCEDURE"), ("afib", "CONDITION"), ("Eliquis 5 mg", "MEDICATION"), ("Dr. Moss", "PROVIDER")],
     ["cardiology"], "A finding and a medication instruction."),
    ("fq0117", "> the incision is red and leaking\nThat sounds like an infection starting. Come in today at 2 and keep the area dry until then.",
     "BLOCK", "care-instructions", "sms", "en",
     [("incision", "PROCEDURE"), ("red and leaking", "CONDITION"), ("infection", "CONDITION")],
     ["primary-care"], "A clinical assessment and wound-care instruction answering a quoted symptom."),
    ("fq0118", "> all ok at the growth scan?\nYes - heartbeat 150 and growth looked normal. See you at your next OB visit.",
     "BLOCK", "result", "sms", "en",
     [("growth scan", "PROCEDURE"), ("heartbeat", "PROCEDURE"), ("150", "RESULT"), ("normal", "RESULT"), ("OB", "SPECIALTY")],
     ["reproductive"], "Prenatal results by text. Judgement: 'heartbeat' is the measure (PROCEDURE), 150 its value."),
    ("fq0119", "> hi its Gerald Pruitt dob 8/30/1948 need to resched\nDone - you're moved to Wed 5/13 at 11:00.",
     "BLOCK", "confirmation", "sms", "en",
     [("Gerald Pruitt", "NAME"), ("8/30/1948", "DATE"), ("5/13", "DATE")],
     ["primary-care", "dob", "shorthand"], "Name with full DOB, typed by the patient and quoted back: BLOCK by the README's convention."),
    ("fq0120", "> my ssn is 078-05-1120 if u need it for insurance\nPlease don't text your SSN - we've updated your file. Call 555-0142 for anything else.",
     "BLOCK", "billing", "sms", "en",
     [("078-05-1120", "SSN"), ("555-0142", "PHONE")],
     ["general", "practice-contact"], "An SSN must never travel by text, even quoted back from the patient."),
)

probe_lib.run(M, "fq", "probe170.jsonl")
