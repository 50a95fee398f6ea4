#!/usr/bin/env python3
"""Build corpus/probe134.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe134.py [OUT] [-v]   (default: probe134.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only. The engine was not
run, and no other corpus's messages, source code or tests were read.

This round is FERTILITY, IVF, FAMILY-BUILDING AND GENDER-AFFIRMING CARE: what fertility
clinics, IVF and andrology labs, egg and sperm banks, surrogacy agencies, family-building
benefits vendors, lenders and gender-affirming care programs (hormone therapy, voice therapy,
surgery navigation) send: cycle-day monitoring visits, retrieval and transfer instructions,
trigger and stimulation dosing, medication pickups and deliveries, injection teaching, beta
hCG and semen-analysis results, consults, consents, storage fees, estimates, loans and grants,
chosen-name and pronoun updates, letters of support, prior authorizations and claims; written
by templates, vendors and staff (shorthand, typos, voicemail transcripts, long e-mails). Mixed
with look-alikes and hard negatives: "transfer your balance", "a fertile ground for ideas",
"egg hunt Saturday", "T-Mobile", "our transition to a new portal", "beta version of the app",
"Cycle for Kids", "Freeze warning", "Labor Day", "record retrieval", "The Nest" cafe, blood
donors, Pride Month, and a coordinator named Robin Nestor. About 16% Spanish; 4 disguised
messages (spaced letters, zero-width characters, leet, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "TSH was 4.8 ([[H]])" searches for
      "TSH was 4.8 (H)" and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Gender-affirming care has no service tag of its own; it is tagged `reproductive` (the
     sexual-and-reproductive-health pack's area), plus pharmacy/lab/pediatrics where relevant.
  2. A fertility clinic, IVF center, sperm/egg bank, surrogacy agency or gender-care program
     name is SPECIALTY even in a practice-wide notice (the lock screen still tells that the
     recipient is its patient): REWRITE (eg0103). Broadcasts from a generic sender or a health
     plan that merely name a service offered to everyone (egg-freezing info night, coverage
     news, a state law) stay ALLOW with no clinical span (eg0044, eg0076, eg0084).
  3. Outcome wording that conveys a result without a number ("great news from your blood
     test", "everything looks perfect", "in range", "beautiful rise", "looks normal",
     "negative for everything") is a RESULT, so BLOCK (eg0026, eg0064). "Good news" and
     "Congratulations" about a loan or a grant are not results (eg0042, eg0082).
  4. Arrival logistics around a named procedure (time, fasting, full bladder, driver,
     consents) are REWRITE: the procedure goes, the logistics survive (eg0008, eg0041). Any
     drug, premedication, dose, dose change or medication calendar is a treatment or dosing
     instruction: BLOCK (eg0037, eg0038, eg0097).
  5. Sperm/egg donor numbers, shipment tracking IDs, authorization, claim and invoice numbers
     are OTHER_ID; loan and collection account numbers are ACCOUNT. Payment receipt numbers and
     conference dial-in codes identify a transaction or a call, not a person: not labelled.
  6. Pronouns are not labelled (no category fits and they are not PHI on their own). A
     name/pronoun update notice without the name is ALLOW (eg0093); with the chosen name, or a
     former name next to the new one, the names are NAME and the notice is REWRITE (eg0024,
     eg0055) rather than BLOCK, because the purpose survives without them.
  7. ICD-10 codes are CONDITION. A diagnosis given in parentheses as the label of a claim is
     REWRITE, like a diagnosis used as a visit label (eg0080); a message whose content is the
     diagnosis itself is BLOCK (eg0053).
  8. A gestational carrier's or a donor's health, scan or genetic finding sent to the intended
     parents is a third party's health: BLOCK (eg0063, eg0064). The carrier's own screening
     visit sent to her is REWRITE (eg0066). "gestational carrier" / "gestante subrogada" is
     labelled PROCEDURE (the treatment arrangement, like a program).
  9. "IVF"/"FIV", "fertility treatment"/"tratamiento de fertilidad", "fertility preservation",
     "sperm banking", "embryo cryostorage", "embryo disposition" are PROCEDURE; "fertility"
     alone as a service-line or benefit word ("fertility rider") is SPECIALTY.
 10. A family-building benefits vendor with a generic name (Nestwise) is not labelled; one
     with Fertility in its name (Bloomwell Fertility Benefits) is SPECIALTY. A case manager,
     care advocate, financial counselor or coordinator named as the sender is workforce:
     PROVIDER (README: staff named as sender).
 11. "T" for testosterone is MEDICATION and "T shot" is one MEDICATION span (a form word goes
     with the drug, like "cortisone injection"). A puberty-blocker implant is MEDICATION, so a
     minor's implant check sent to the parent is BLOCK (a dependent's medication).
 12. "letter of support" is a document and is not labelled; the surgery it supports is.
 13. A hormone measured for monitoring (E2/estradiol level, AMH, TSH, hemoglobin, testosterone
     level) is PROCEDURE and its value RESULT; the same hormone given as a drug is MEDICATION.
     Reference ranges ("goal 400-700") are not labelled.
 14. In the cost estimate, "monitoring" and "Anesthesia" are PROCEDURE (they name services of
     the cycle); "storage" alone is generic.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers.
Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (eg0001-eg0012): monitoring, consults, trigger, beta
add(
    ("eg0001", "Bayside Fertility Center: reminder - CD3 baseline ultrasound & bloodwork tmrw at 7:15am, 2nd floor. No need to fast. Reply C to confirm, R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Bayside Fertility Center", "SPECIALTY"), ("CD3 baseline ultrasound", "PROCEDURE")],
     ["fertility", "shorthand"], "Fertility clinic name and the cycle-day-3 baseline scan reveal treatment; time and floor survive. 'bloodwork' is generic."),
    ("eg0002", "Lakeview Health: Reminder of your appointment with Dr. Mehta on Mon 3/9 at 8:00 AM. Please arrive 10 min early. Reply C to confirm, R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Mehta", "PROVIDER"), ("3/9", "DATE")],
     ["primary-care"], "Generic practice name, provider, date and time only."),
    ("eg0003", "Summit Medical Group Billing: you can now transfer your balance to an interest-free payment plan in the portal under Billing > Payment Options. Reply STOP to opt out.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "'transfer your balance' is billing, not an embryo transfer; nothing about the recipient's care."),
    ("eg0004", "hi priya its jess w/ the IVF team - ur E2 came back 1,840 and lining 9.2mm. stay on 150 gonal + 75 menopur tonite, back in thurs 7am for u/s + bw",
     "BLOCK", "care-instructions", "sms", "en",
     [("priya", "NAME"), ("jess", "PROVIDER"), ("IVF", "PROCEDURE"), ("E2", "PROCEDURE"), ("1,840", "RESULT"),
      ("lining", "PROCEDURE"), ("9.2mm", "RESULT"), ("gonal", "MEDICATION"), ("menopur", "MEDICATION"), ("u/s", "PROCEDURE")],
     ["fertility", "shorthand", "typo"], "Estradiol value, lining thickness and tonight's doses are the message. The nurse named as sender is PROVIDER; 'bw' (bloodwork) is generic. Decision 13: E2 measured is PROCEDURE."),
    ("eg0005", "Clínica de Fertilidad Vida Nueva: Hola Marisol, le recordamos su ultrasonido de monitoreo mañana a las 7:30 a. m. Venga con la vejiga vacía. Para cambiar su cita llame al (619) 555-0142.",
     "REWRITE", "reminder", "sms", "es",
     [("Clínica de Fertilidad Vida Nueva", "SPECIALTY"), ("Marisol", "NAME"), ("ultrasonido de monitoreo", "PROCEDURE"), ("(619) 555-0142", "PHONE")],
     ["fertility", "practice-contact"], "Fertility clinic name, patient name and monitoring scan go; the time, the empty-bladder prep and the clinic's own number survive (decision 4)."),
    ("eg0006", "Thanks for booking a new-patient consult with Dr. Okafor at Lumen Reproductive Medicine on April 14 at 2:30 PM. Please complete your intake forms at lumenrm.example/forms before your visit.",
     "REWRITE", "confirmation", "email", "en",
     [("Dr. Okafor", "PROVIDER"), ("Lumen Reproductive Medicine", "SPECIALTY"), ("April 14", "DATE"), ("lumenrm.example/forms", "URL")],
     ["fertility", "practice-contact"], "Reproductive-medicine practice name reveals the service; provider, date and the practice's own forms link stay."),
    ("eg0007", "Riverside Health Innovation Week: our new Patient Advisory Council has been a fertile ground for ideas. Join us Thursday at 5pm in the Atrium conference room - pizza provided!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'fertile ground for ideas' is a figure of speech in a practice-wide invitation."),
    ("eg0008", "Egg retrieval confirmed for Fri 5/22. Please arrive 6:30am at Northstar IVF Surgery Center, 4410 Alder Pkwy Ste 200, Tempe AZ. Nothing to eat or drink after midnight, and you must have a driver.",
     "REWRITE", "confirmation", "sms", "en",
     [("Egg retrieval", "PROCEDURE"), ("5/22", "DATE"), ("Northstar IVF Surgery Center", "SPECIALTY"), ("4410 Alder Pkwy Ste 200, Tempe AZ", "ADDRESS")],
     ["fertility", "practice-contact"], "Decision 4: arrival logistics (fasting, driver) survive once the procedure and the IVF center's name go; the center's own address stays."),
    ("eg0009", "TRIGGER TONIGHT: Ovidrel 250 mcg + Lupron 40 units (0.4 mL) at exactly 9:45 PM. Retrieval is Sunday, arrive 7:00 AM. Questions: (480) 555-0177. - Solstice Fertility nurses",
     "BLOCK", "care-instructions", "sms", "en",
     [("TRIGGER", "PROCEDURE"), ("Ovidrel 250 mcg", "MEDICATION"), ("Lupron", "MEDICATION"), ("Retrieval", "PROCEDURE"),
      ("(480) 555-0177", "PHONE"), ("Solstice Fertility", "SPECIALTY")],
     ["fertility", "practice-contact"], "Trigger drugs, doses and timing are dosing instructions: nothing useful remains without them."),
    ("eg0010", "Congratulations Aaliyah!! Your beta hCG today was 284. We'll repeat it Thursday to make sure it's doubling. Keep taking your progesterone in oil every night.",
     "BLOCK", "result", "sms", "en",
     [("Aaliyah", "NAME"), ("beta hCG", "PROCEDURE"), ("284", "RESULT"), ("progesterone in oil", "MEDICATION")],
     ["fertility"], "A pregnancy-test value with the patient's name and a medication instruction."),
    ("eg0011", "Your beta results are ready. Please log in to the patient portal, or expect a call from your nurse this afternoon.",
     "REWRITE", "portal-notice", "sms", "en",
     [("beta", "PROCEDURE")],
     ["fertility"], "'beta' is the hCG pregnancy test here, so the results-ready notice names a revealing test; without it the notice is fine. Compare eg0012 (beta version of an app)."),
    ("eg0012", "Try the beta version of our new app! Check in, pay your bill and message your care team from your phone. Search \"Lakeview Health\" in your app store.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "hard-negative"], "'beta version' of software, not a beta hCG."),
)

# ---------------------------------------------------------------- batch 2 (eg0013-eg0024): pharmacy, injection teaching, hormone therapy
add(
    ("eg0013", "Your order from Crestline Pharmacy has shipped and arrives tomorrow by 10:30 AM. It contains refrigerated items, so please be home to sign. Track it at crestline.example/track",
     "ALLOW", "pickup", "sms", "en",
     [("crestline.example/track", "URL")],
     ["pharmacy", "practice-contact"], "Generic pharmacy, no drug named, the pharmacy's own tracking page without a token. Judgement: 'refrigerated items' names no drug or service."),
    ("eg0014", "Hi Danielle - your Menopur 75 IU (x10), Cetrotide 0.25 mg and Ovidrel are ready for pickup at Crestline Pharmacy, counter 3. Please keep the Ovidrel in the fridge.",
     "REWRITE", "pickup", "sms", "en",
     [("Danielle", "NAME"), ("Menopur 75 IU", "MEDICATION"), ("Cetrotide 0.25 mg", "MEDICATION"), ("Ovidrel", "MEDICATION", 0), ("Ovidrel", "MEDICATION", 1)],
     ["pharmacy", "fertility"], "Medication names in a pickup notice go; a storage note is not a dosing instruction, so the pickup survives."),
    ("eg0015", "You're booked for a virtual injection teaching class on Tues 6/16 at 6pm with nurse Kelsey. Have your medication box and a clean, flat surface ready. We'll text the video link 1 hr before.",
     "REWRITE", "reminder", "sms", "en",
     [("injection teaching", "PROCEDURE"), ("6/16", "DATE"), ("nurse Kelsey", "PROVIDER")],
     ["fertility"], "The teaching class reveals injectable treatment; date, time and the nurse stay."),
    ("eg0016", "Hola Lucía, esta noche empiece Gonal-f 225 UI subcutáneo a las 8 pm y mañana en la mañana agregue Cetrotide 0.25 mg. Cualquier duda llámenos al (305) 555-0161. — Enfermería, Centro de Reproducción Asistida Aurora",
     "BLOCK", "care-instructions", "sms", "es",
     [("Lucía", "NAME"), ("Gonal-f 225 UI", "MEDICATION"), ("Cetrotide 0.25 mg", "MEDICATION"), ("(305) 555-0161", "PHONE"),
      ("Centro de Reproducción Asistida Aurora", "SPECIALTY")],
     ["fertility", "practice-contact"], "Start-of-stimulation doses and timing: dosing instructions are the message."),
    ("eg0017", "Egg hunt Saturday! Bring the kids to the Lakeview Health courtyard from 10 to noon for our spring egg hunt, face painting and free snacks. Rain or shine.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A spring egg hunt for families, not eggs in the IVF sense."),
    ("eg0018", "Farmacia Nexo: su envío llega el jueves entre 9 y 1. Alguien mayor de 18 años debe firmar. Si no estará en casa, responda CAMBIO para elegir otra fecha.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "hard-negative"], "Generic pharmacy delivery window; no drug or service named, and '18 años' is the signer's minimum age, not the patient's."),
    ("eg0019", "Your testosterone cypionate 200mg/mL refill is ready at Parkside Pharmacy. Please pick up by Friday or it will be returned to stock.",
     "REWRITE", "pickup", "sms", "en",
     [("testosterone cypionate 200mg/mL", "MEDICATION")],
     ["pharmacy", "reproductive"], "Medication name in a pickup notice. Decision 1: gender-affirming hormone care is tagged reproductive."),
    ("eg0020", "hey Sam, nurse Tamsin here. ur T shot appt got moved to weds 2:40, same room as last time. txt back if that dosnt work",
     "REWRITE", "reminder", "sms", "en",
     [("Sam", "NAME"), ("nurse Tamsin", "PROVIDER"), ("T shot", "MEDICATION")],
     ["reproductive", "shorthand", "typo"], "Decision 11: 'T shot' (testosterone injection) is one MEDICATION span; the rescheduled time survives without it and the name."),
    ("eg0021", "Not getting our texts? Some T-Mobile customers saw delayed messages Tuesday morning. The carrier has fixed it and no action is needed. - Lakeview Health",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'T-Mobile' is a carrier, not testosterone."),
    ("eg0022", "Subject: Update to your estradiol dose\n\nHi Jordan,\n\nDr. Ferreira reviewed the labs you had drawn last Tuesday. Your estradiol level was 96 pg/mL and your total testosterone was 38 ng/dL, so she would like to increase your estradiol valerate from 4 mg to 6 mg IM every 7 days, starting with your next injection. Please continue spironolactone 100 mg once daily. We sent a new prescription to Parkside Pharmacy.\n\nWe'd like to recheck levels in 6 weeks, drawn midway between injections (day 3 or 4). You can book at the front desk or in the portal.\n\nWarmly,\nThe Prism Gender Health Program care team\n(503) 555-0114",
     "BLOCK", "care-instructions", "email", "en",
     [("estradiol", "MEDICATION", 0), ("Jordan", "NAME"), ("Dr. Ferreira", "PROVIDER"), ("estradiol", "PROCEDURE", 1), ("96 pg/mL", "RESULT"),
      ("total testosterone", "PROCEDURE"), ("38 ng/dL", "RESULT"), ("estradiol valerate", "MEDICATION"), ("spironolactone 100 mg", "MEDICATION"),
      ("Prism Gender Health Program", "SPECIALTY"), ("(503) 555-0114", "PHONE")],
     ["reproductive", "practice-contact"], "Hormone levels and a dose change by e-mail (treated like SMS). Decision 13: the measured estradiol level is PROCEDURE, the drug in the subject and the plan is MEDICATION."),
    ("eg0023", "Your testosterone level drawn 2/11 was 512 ng/dL (goal 400-700). No change to your testosterone cypionate 80 mg weekly. Next labs in 3 months. — NP Castellanos, Prism Gender Health Program",
     "ALLOW", "result", "portal", "en",
     [("testosterone", "PROCEDURE", 0), ("2/11", "DATE"), ("512 ng/dL", "RESULT"), ("testosterone cypionate 80 mg", "MEDICATION"),
      ("NP Castellanos", "PROVIDER"), ("Prism Gender Health Program", "SPECIALTY")],
     ["reproductive"], "Inside the secure portal a level and a dose may stay (README channel convention). Decision 13: the reference range is not labelled."),
    ("eg0024", "We've updated your chart with your chosen name, Jordan, and pronouns (they/them). Your insurance name stays the same until you tell us otherwise. Thanks for letting us know!",
     "REWRITE", "other", "sms", "en",
     [("Jordan", "NAME")],
     ["general"], "Decision 6: the chosen name is NAME and goes; pronouns are not labelled; the update notice survives."),
)

# ---------------------------------------------------------------- batch 3 (eg0025-eg0036): pregnancy tests, scans, andrology, portal
add(
    ("eg0025", "Unfortunately your pregnancy test today was negative. Dr. Lindgren will call this afternoon to talk about next steps. Please stop your Estrace and PIO tonight.",
     "BLOCK", "result", "sms", "en",
     [("pregnancy test", "PROCEDURE"), ("negative", "RESULT"), ("Dr. Lindgren", "PROVIDER"), ("Estrace", "MEDICATION"), ("PIO", "MEDICATION")],
     ["fertility"], "A negative result is still a result, and stopping medication is a treatment instruction."),
    ("eg0026", "Great news from your blood test today!! 🎉 Please call the nurse line at (617) 555-0188 to set up your 6-week ultrasound.",
     "BLOCK", "result", "sms", "en",
     [("Great news", "RESULT"), ("(617) 555-0188", "PHONE"), ("6-week ultrasound", "PROCEDURE")],
     ["fertility", "practice-contact"], "Decision 3: 'great news' about the test plus a 6-week scan tells a pregnancy without a number; the outcome wording is the RESULT."),
    ("eg0027", "Your 7-week viability scan showed one heartbeat at 128 bpm. We'll graduate you to your OB at 10 weeks - Dr. Feldstein's team",
     "BLOCK", "result", "sms", "en",
     [("7-week viability scan", "PROCEDURE"), ("one heartbeat at 128 bpm", "RESULT"), ("OB", "SPECIALTY"), ("Dr. Feldstein", "PROVIDER")],
     ["fertility"], "An ultrasound finding is the message."),
    ("eg0028", "Sra. Ortega: su resultado de beta salió positivo (412 mUI/mL). Siga con la progesterona igual y venga el viernes a las 8 para repetir el análisis. Clínica Vida Nueva",
     "BLOCK", "result", "sms", "es",
     [("Ortega", "NAME"), ("beta", "PROCEDURE"), ("positivo", "RESULT"), ("412 mUI/mL", "RESULT"), ("progesterona", "MEDICATION")],
     ["fertility"], "Positive beta hCG with its value and a medication instruction. 'Clínica Vida Nueva' alone is a generic name; 'análisis' is generic."),
    ("eg0029", "I'm so sorry. Your hCG dropped to 12 today, which means this was a chemical pregnancy. You can stop all medications now. We'll recheck in one week to make sure it's back to zero. - Harborlight nurses",
     "BLOCK", "result", "sms", "en",
     [("hCG", "PROCEDURE"), ("12", "RESULT"), ("chemical pregnancy", "CONDITION")],
     ["fertility"], "A falling hCG value and the loss it means; removal leaves nothing to send. 'Harborlight' alone is not specialty-revealing."),
    ("eg0030", "New result: Beta hCG (quantitative) 1,106 mIU/mL. Nurse note: beautiful rise from Monday! No repeat needed; your first ultrasound is 5/28 at 8:15 with Dr. Okafor.",
     "ALLOW", "result", "portal", "en",
     [("Beta hCG", "PROCEDURE"), ("1,106 mIU/mL", "RESULT"), ("beautiful rise", "RESULT"), ("ultrasound", "PROCEDURE"), ("5/28", "DATE"), ("Dr. Okafor", "PROVIDER")],
     ["fertility"], "Portal channel: results may stay. Decision 3: 'beautiful rise' is outcome wording, labelled RESULT."),
    ("eg0031", "A new test result is available in your patient portal. Log in at portal.lakeviewhealth.example to view it. Please do not reply to this text.",
     "ALLOW", "portal-notice", "sms", "en",
     [("portal.lakeviewhealth.example", "URL")],
     ["general", "practice-contact"], "Results-ready notice with no test named and the practice's own portal address."),
    ("eg0032", "Our transition to a new patient portal is complete! Your old username still works. If you can't sign in, tap 'Forgot password' on the login page.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "'transition' to a new portal, not a gender transition."),
    ("eg0033", "Hi, this is Robin Nestor, patient coordinator at Lakeview Health. I'm out of the office until Monday 8/10. For scheduling, please call the main line at (503) 555-0100.",
     "ALLOW", "other", "sms", "en",
     [("Robin Nestor", "PROVIDER"), ("8/10", "DATE"), ("(503) 555-0100", "PHONE")],
     ["general", "practice-contact"], "Robin Nestor is the staff sender (workforce: PROVIDER), a nest-sounding surname, not a fertility term; the date is her return, the number the practice's own."),
    ("eg0034", "Hi Emeka, your semen analysis showed a count of 9 million/mL with 22% motility. Dr. Achterberg recommends seeing a urologist - we'll call you to set that up.",
     "BLOCK", "result", "sms", "en",
     [("Emeka", "NAME"), ("semen analysis", "PROCEDURE"), ("9 million/mL", "RESULT"), ("22%", "RESULT"), ("motility", "PROCEDURE"),
      ("Dr. Achterberg", "PROVIDER"), ("urologist", "SPECIALTY")],
     ["fertility", "lab"], "Semen-analysis values are results. Decision 13: the measure (motility) is PROCEDURE, its value RESULT."),
    ("eg0035", "Reminder: semen analysis Wed 1/14 at 8:00am, Eastside Lab, 1st floor. Please bring your photo ID. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("semen analysis", "PROCEDURE"), ("1/14", "DATE")],
     ["fertility", "lab"], "The test name reveals a fertility work-up; 'Eastside Lab' is a generic lab name."),
    ("eg0036", "Dra. Villanueva: tu AMH salió en 0.6 ng/mL, un poco baja para tu edad. Lo platicamos con calma en tu consulta del martes, no te preocupes.",
     "BLOCK", "result", "sms", "es",
     [("Dra. Villanueva", "PROVIDER"), ("AMH", "PROCEDURE"), ("0.6 ng/mL", "RESULT"), ("un poco baja", "RESULT")],
     ["fertility"], "Ovarian-reserve value and its interpretation are the message."),
)

# ---------------------------------------------------------------- batch 4 (eg0037-eg0048): transfers, storage, consents, loans, egg freezing
add(
    ("eg0037", "FET calendar: start estradiol 2 mg three times a day on cycle day 2. Lining check 5/30. Add PIO 1 mL nightly starting 6/3. Transfer 6/8 at 11:00 AM.",
     "BLOCK", "care-instructions", "sms", "en",
     [("FET", "PROCEDURE"), ("estradiol 2 mg", "MEDICATION"), ("Lining check", "PROCEDURE"), ("5/30", "DATE"), ("PIO", "MEDICATION"),
      ("6/3", "DATE"), ("Transfer", "PROCEDURE"), ("6/8", "DATE")],
     ["fertility"], "Decision 4: a medication calendar is a dosing instruction."),
    ("eg0038", "Your frozen embryo transfer is Thu 10/9 at 10:30. Take your Valium 5 mg 30 minutes before you arrive, come with a full bladder (24 oz water 1 hr before), and bring a driver.",
     "BLOCK", "care-instructions", "sms", "en",
     [("frozen embryo transfer", "PROCEDURE"), ("10/9", "DATE"), ("Valium 5 mg", "MEDICATION")],
     ["fertility"], "Decision 4: the premedication dose makes it a dosing instruction (compare eg0008, logistics only, REWRITE)."),
    ("eg0039", "Harborlight Reproductive Associates: your annual embryo cryostorage fee ($725) is due 1/31. Pay at pay.example/harborlight or call billing at (617) 555-0124.",
     "REWRITE", "billing", "sms", "en",
     [("Harborlight Reproductive Associates", "SPECIALTY"), ("embryo cryostorage", "PROCEDURE"), ("1/31", "DATE"),
      ("pay.example/harborlight", "URL"), ("(617) 555-0124", "PHONE")],
     ["fertility", "practice-contact"], "Decision 9: embryo storage reveals IVF; the fee, due date and the practice's own payment link survive."),
    ("eg0040", "Cycle for Kids is back! Join our staff on the Riverside trail this Sunday for a 20-mile charity bike ride. Helmets required, t-shirts for every rider.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A bike 'cycle', not a treatment cycle."),
    ("eg0041", "Please e-sign your IVF consents (including embryo disposition) before your retrieval: docs.example/sign?env=8f3K2qLx9. Questions? Just reply here.",
     "REWRITE", "other", "sms", "en",
     [("IVF", "PROCEDURE"), ("embryo disposition", "PROCEDURE"), ("retrieval", "PROCEDURE"), ("docs.example/sign?env=8f3K2qLx9", "URL")],
     ["fertility"], "Procedures go and the signing link carries a per-patient envelope token (README: tokened URL is patient-specific); 'please sign your consents' survives."),
    ("eg0042", "Good news! Your Ardent Lending loan for fertility treatment is approved for $18,500. Loan #AL-22049187. First payment due 8/1. Terms: ardent.example/terms",
     "REWRITE", "billing", "sms", "en",
     [("fertility treatment", "PROCEDURE"), ("AL-22049187", "ACCOUNT"), ("8/1", "DATE"), ("ardent.example/terms", "URL")],
     ["fertility"], "Decisions 3, 5, 9: 'Good news' about a loan is not a result; the treatment it pays for and the loan number go; the lender's own terms page stays."),
    ("eg0043", "Freeze warning tonight! Sidewalks by our north entrance may be icy. Please use the covered garage entrance and take your time.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Weather 'freeze', not egg or embryo freezing."),
    ("eg0044", "Thinking about freezing your eggs? Join Dr. Brennan for a free virtual info night on Thursday at 7pm - bring your questions. RSVP: lakeviewhealth.example/events",
     "ALLOW", "marketing", "email", "en",
     [("Dr. Brennan", "PROVIDER"), ("lakeviewhealth.example/events", "URL")],
     ["fertility", "broadcast", "practice-contact"], "Decision 2: an invitation sent to every patient of a generic practice says nothing about the recipient."),
    ("eg0045", "Hi Noor! Your egg freezing cycle starts with your next period. Call us on day 1 to book your baseline, then start Menopur 150 IU and Gonal-f 225 IU on day 2.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Noor", "NAME"), ("egg freezing", "PROCEDURE"), ("baseline", "PROCEDURE"), ("Menopur 150 IU", "MEDICATION"), ("Gonal-f 225 IU", "MEDICATION")],
     ["fertility"], "Stimulation doses and start day are dosing instructions (decision 4)."),
    ("eg0046", "¡Búsqueda de huevos de Pascua este sábado! Traiga a sus niños al patio de Clínica Lakeview de 10 a 12. Habrá dulces, juegos y pintacaritas.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Easter egg hunt, not eggs in the IVF sense."),
    ("eg0047", "Riverside Health: your new-patient visit with Dr. Amari Lowell is set for Tue 2/3 at 1:00 PM. Please use the Pavilion B entrance and arrive 15 min early.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Amari Lowell", "PROVIDER"), ("2/3", "DATE")],
     ["reproductive"], "Neutral logistics from a generic health-system name; the gender-care program is not named."),
    ("eg0048", "Hi Kai, your letter of support for top surgery is signed and was faxed to Dr. Halloran's office today. A copy is in your portal.",
     "REWRITE", "other", "sms", "en",
     [("Kai", "NAME"), ("top surgery", "PROCEDURE"), ("Dr. Halloran", "PROVIDER")],
     ["reproductive"], "Decision 12: the letter itself is not labelled, the surgery it supports is; 'your letter is signed and was faxed' survives."),
)

# ---------------------------------------------------------------- batch 5 (eg0049-eg0060): gender-affirming care
add(
    ("eg0049", "Reminder: gender-affirming voice therapy with Riley Santos, MS, CCC-SLP on Thu 11/6 at 4:15. Your Zoom link will come 15 min before.",
     "REWRITE", "reminder", "sms", "en",
     [("gender-affirming voice therapy", "PROCEDURE"), ("Riley Santos, MS", "PROVIDER"), ("CCC-SLP", "SPECIALTY"), ("11/6", "DATE")],
     ["reproductive"], "The therapy reveals gender-affirming care; the speech-pathology credential is a separate SPECIALTY span (README: DDS, DPT)."),
    ("eg0050", "Time for your 3-month hormone labs! Please get your estradiol and testosterone drawn before your visit with NP Okonjo on 7/21. No fasting needed.",
     "REWRITE", "reminder", "sms", "en",
     [("hormone", "PROCEDURE"), ("estradiol", "PROCEDURE"), ("testosterone", "PROCEDURE"), ("NP Okonjo", "PROVIDER"), ("7/21", "DATE")],
     ["reproductive", "lab"], "Decision 13: the hormones to be drawn are PROCEDURE ('labs' generic, outside the span); the lab reminder survives."),
    ("eg0051", "Surgery navigation update: Dr. Halloran's office received your vaginoplasty referral. Next step is hair removal clearance - we'll email you the list of in-network electrolysis providers this week.",
     "REWRITE", "other", "email", "en",
     [("Dr. Halloran", "PROVIDER"), ("vaginoplasty", "PROCEDURE"), ("hair removal clearance", "PROCEDURE"), ("electrolysis", "PROCEDURE")],
     ["reproductive"], "Navigation logistics; the procedures go and 'the office received your referral, next step to follow' survives."),
    ("eg0052", "Your insurer denied prior authorization for facial feminization surgery (claim #FFS-0091187) as not medically necessary. We're filing an appeal this week with your support letters - no action needed from you.",
     "REWRITE", "other", "email", "en",
     [("facial feminization surgery", "PROCEDURE"), ("FFS-0091187", "OTHER_ID")],
     ["reproductive"], "A coverage decision is not a clinical result; the procedure and the claim number go (decision 5), the appeal notice survives."),
    ("eg0053", "For your records: the diagnosis code on your HRT claims is F64.9, which your plan lists as gender dysphoria. Your plan requires it; it does not print on your ID card.",
     "BLOCK", "billing", "sms", "en",
     [("HRT", "PROCEDURE"), ("F64.9", "CONDITION"), ("gender dysphoria", "CONDITION")],
     ["reproductive"], "Decision 7: the diagnosis (code and words) is the content of the message; nothing remains without it."),
    ("eg0054", "Hola Mateo, tu cita de terapia hormonal con la Dra. Ibáñez es el 14 de agosto a las 10:00. Trae tu identificación; ya actualizamos tu nombre en el sistema.",
     "REWRITE", "reminder", "sms", "es",
     [("Mateo", "NAME"), ("terapia hormonal", "PROCEDURE"), ("Dra. Ibáñez", "PROVIDER"), ("14 de agosto", "DATE")],
     ["reproductive"], "Name and hormone therapy go; provider, date and time stay."),
    ("eg0055", "Per your request, we changed the name on your account from Jessica Harlow to Jesse Harlow. Your MRN (7730412) and insurance information did not change.",
     "REWRITE", "other", "email", "en",
     [("Jessica Harlow", "NAME"), ("Jesse Harlow", "NAME"), ("7730412", "MRN")],
     ["general"], "Decision 6: both the former and the new name are NAME, and the MRN is not needed; 'we updated the name on your account' survives."),
    ("eg0056", "We're transitioning to a new phone system. Starting Monday, press 2 for billing and 3 for medical records. Thanks for your patience during the switch!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'transitioning' phone systems, not a gender transition."),
    ("eg0057", "spiro refill sent to walgreens (30 day). Dr Lowell also wants u to go up to 100mg daily starting tmrw, pls book f/u in 6 wks thx",
     "BLOCK", "care-instructions", "sms", "en",
     [("spiro", "MEDICATION"), ("Dr Lowell", "PROVIDER")],
     ["reproductive", "pharmacy", "shorthand"], "A dose increase is a dosing instruction; 'f/u' is generic."),
    ("eg0058", "Te esperamos el lunes 9/2 a las 3 pm para tu clase de autoinyección de testosterona con el enfermero Luis. Trae tu frasco y las jeringas que te dieron.",
     "REWRITE", "reminder", "sms", "es",
     [("9/2", "DATE"), ("autoinyección", "PROCEDURE"), ("testosterona", "MEDICATION"), ("enfermero Luis", "PROVIDER")],
     ["reproductive"], "Injection teaching and the drug go; the class time and the nurse stay ('clase' is generic)."),
    ("eg0059", "Reminder for Ellis's parent/guardian: Ellis's Supprelin implant check is Friday at 9:20 with Dr. Moreau at the Adolescent Gender Clinic. Please bring the insurance card.",
     "BLOCK", "reminder", "sms", "en",
     [("Ellis", "NAME", 0), ("Ellis", "NAME", 1), ("Supprelin implant", "MEDICATION"), ("Dr. Moreau", "PROVIDER"), ("Adolescent Gender Clinic", "SPECIALTY")],
     ["reproductive", "pediatrics", "minor", "third-party"], "Decision 11: a dependent's medication (puberty-blocker implant) sent to the guardian is a third party's health: BLOCK (README)."),
    ("eg0060", "Hi Rowan - your top surgery with Dr. Halloran is confirmed for 9/17. Pre-op labs and your letters are all set. The post-op care guide is attached below.",
     "ALLOW", "confirmation", "portal", "en",
     [("Rowan", "NAME"), ("top surgery", "PROCEDURE"), ("Dr. Halloran", "PROVIDER"), ("9/17", "DATE"), ("Pre-op", "PROCEDURE"), ("post-op", "PROCEDURE")],
     ["reproductive"], "Inside the secure portal name and procedure may stay."),
)

# ---------------------------------------------------------------- batch 6 (eg0061-eg0072): donors, banks, surrogacy, benefits vendors
add(
    ("eg0061", "Pacific Cryobank: 2 vials from Donor 5218 shipped to Bayside Fertility Center by dry shipper today. Tracking ID PC-77410, est. arrival 4/9.",
     "REWRITE", "other", "sms", "en",
     [("Pacific Cryobank", "SPECIALTY"), ("5218", "OTHER_ID"), ("Bayside Fertility Center", "SPECIALTY"), ("PC-77410", "OTHER_ID"), ("4/9", "DATE")],
     ["fertility", "identifier"], "Decision 5: the donor number and tracking ID are OTHER_ID; the bank and clinic names reveal donor-sperm treatment; 'your shipment arrives 4/9' survives."),
    ("eg0062", "Hi Brooke, thanks for completing screening with Heritage Egg Bank! Your AMH and antral follicle count are in range, so you're approved to move forward as a donor. Next up: psych evaluation on 5/12.",
     "BLOCK", "result", "sms", "en",
     [("Brooke", "NAME"), ("Heritage Egg Bank", "SPECIALTY"), ("AMH", "PROCEDURE"), ("antral follicle count", "PROCEDURE"), ("in range", "RESULT"),
      ("psych evaluation", "PROCEDURE"), ("5/12", "DATE")],
     ["fertility"], "The donor applicant is the patient here; her screening results (decision 3: 'in range' is a RESULT) are the message."),
    ("eg0063", "Important update about Donor 3307: new genetic testing shows he is a carrier for cystic fibrosis. Please talk with your genetic counselor before using any remaining vials.",
     "BLOCK", "other", "email", "en",
     [("3307", "OTHER_ID"), ("genetic testing", "PROCEDURE"), ("carrier", "RESULT"), ("cystic fibrosis", "CONDITION"), ("genetic counselor", "SPECIALTY")],
     ["fertility", "third-party"], "Decision 8: a donor's genetic finding sent to recipients is a third party's health."),
    ("eg0064", "Willow Surrogacy Partners: Kayla (your gestational carrier) had her 12-week scan today and everything looks perfect! Photos are in your intended-parent portal.",
     "BLOCK", "other", "sms", "en",
     [("Willow Surrogacy Partners", "SPECIALTY"), ("Kayla", "NAME"), ("gestational carrier", "PROCEDURE"), ("12-week scan", "PROCEDURE"),
      ("everything looks perfect", "RESULT")],
     ["fertility", "third-party"], "Decisions 3 and 8: the carrier's scan and its outcome, sent to the intended parents, are a third party's health."),
    ("eg0065", "Reminder: your monthly check-in call with your case manager, Robin Nestor, is Tue at 12:00 ET. Dial-in: (617) 555-0139, code 4471#.",
     "ALLOW", "reminder", "sms", "en",
     [("Robin Nestor", "PROVIDER"), ("(617) 555-0139", "PHONE")],
     ["fertility", "practice-contact"], "No agency or service named; decision 10: the case manager is PROVIDER; decision 5: the dial-in code is not labelled."),
    ("eg0066", "Hola Yesenia, la agencia le recuerda su evaluación médica como gestante subrogada el 22/10 a las 9 am en la clínica. Traiga su licencia de conducir y su tarjeta del seguro.",
     "REWRITE", "reminder", "sms", "es",
     [("Yesenia", "NAME"), ("gestante subrogada", "PROCEDURE"), ("22/10", "DATE")],
     ["fertility"], "Decision 8: the carrier's own screening visit sent to her is REWRITE ('evaluación médica' is generic and stays)."),
    ("eg0067", "Your Heritage Egg Bank reservation is held until Friday at 5pm. Log in to complete payment: heritage.example/checkout?res=HB-44817",
     "REWRITE", "billing", "sms", "en",
     [("Heritage Egg Bank", "SPECIALTY"), ("heritage.example/checkout?res=HB-44817", "URL")],
     ["fertility"], "Egg-bank name reveals donor-egg treatment; the checkout link carries a reservation parameter, so it is patient-specific."),
    ("eg0068", "Donor Appreciation Night 🩸 Thank you to everyone who gave blood at our June drive! Snacks and a raffle Friday at 5pm in the main lobby.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Blood donors at a community drive, not gamete donors."),
    ("eg0069", "Reminder: your fertility preservation visit (sperm banking before chemo) is tomorrow at 8:00 AM at the Andrology Lab, 3rd floor. Please bring your insurance card.",
     "REWRITE", "reminder", "sms", "en",
     [("fertility preservation", "PROCEDURE"), ("sperm banking", "PROCEDURE"), ("chemo", "PROCEDURE"), ("Andrology Lab", "SPECIALTY")],
     ["fertility", "oncology"], "Decision 9: preservation, banking and chemo all go; an andrology lab name is specialty-revealing (not a generic '… Lab')."),
    ("eg0070", "Bloomwell Fertility Benefits: your authorization (AUTH# BW-662019) for 1 IVF cycle with PGT-A at Lumen Reproductive Medicine is approved through 12/31.",
     "REWRITE", "other", "sms", "en",
     [("Bloomwell Fertility Benefits", "SPECIALTY"), ("BW-662019", "OTHER_ID"), ("IVF", "PROCEDURE"), ("PGT-A", "PROCEDURE"),
      ("Lumen Reproductive Medicine", "SPECIALTY"), ("12/31", "DATE")],
     ["fertility"], "Decisions 5 and 10: an approval is not a clinical result; vendor and clinic names, procedures and the authorization number go."),
    ("eg0071", "Open enrollment ends Friday! Review your medical, dental, vision and family-building benefits in Workday before 11:59 PM.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Employer-wide enrollment notice listing benefit types; nothing about the recipient."),
    ("eg0072", "Nestwise: your Care Advocate Jamie sent you a new message. Log in to the Nestwise app to read it.",
     "ALLOW", "portal-notice", "push", "en",
     [("Care Advocate Jamie", "PROVIDER")],
     ["fertility"], "Decision 10: a benefits vendor with a generic name is not labelled; the advocate named as sender is PROVIDER."),
)

# ---------------------------------------------------------------- batch 7 (eg0073-eg0084): billing, estimates, claims, coverage
add(
    ("eg0073", "Labor Day hours: all Lakeview Health offices are closed Monday. The 24/7 nurse line is open as usual.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Labor Day' is a holiday (not a date, README), not labor and delivery; 24/7 is not a date."),
    ("eg0074", "Subject: Your good-faith estimate\n\nHi Renee,\n\nAttached is the good-faith estimate for your upcoming treatment at Cedar Grove Fertility & IVF. In short:\n- IVF cycle with ICSI, monitoring included: $14,200\n- Anesthesia for egg retrieval: $650\n- Embryo freezing + first year of storage: $1,100\n- Medications: billed separately by your pharmacy\n\nYour plan's fertility rider covers $10,000 lifetime, so your estimated responsibility is $5,950. A 20% deposit is due 2 weeks before your start date.\n\nIf you'd like to talk through financing, reply to this email or call me directly.\n\nThanks,\nRobin Nestor\nFinancial Counselor\nCedar Grove Fertility & IVF | (503) 555-0127 | billing@cedargrove.example",
     "REWRITE", "billing", "email", "en",
     [("Renee", "NAME"), ("Cedar Grove Fertility & IVF", "SPECIALTY", 0), ("- [[IVF]] cycle", "PROCEDURE"), ("ICSI", "PROCEDURE"), ("monitoring", "PROCEDURE"),
      ("Anesthesia", "PROCEDURE"), ("egg retrieval", "PROCEDURE"), ("Embryo freezing", "PROCEDURE"), ("plan's [[fertility]] rider", "SPECIALTY"),
      ("Robin Nestor", "PROVIDER"), ("Cedar Grove Fertility & IVF", "SPECIALTY", 1), ("(503) 555-0127", "PHONE"), ("billing@cedargrove.example", "EMAIL")],
     ["fertility", "practice-contact"], "Decisions 9, 10, 14: cost estimate with procedures and clinic name (REWRITE: amounts and the deposit notice survive); the financial counselor is the staff sender."),
    ("eg0075", "Centro de Reproducción Asistida Aurora: tiene un saldo pendiente de $1,250 por su ciclo de FIV. Puede pagar en línea o llamar al (305) 555-0161 para un plan de pagos.",
     "REWRITE", "billing", "sms", "es",
     [("Centro de Reproducción Asistida Aurora", "SPECIALTY"), ("FIV", "PROCEDURE"), ("(305) 555-0161", "PHONE")],
     ["fertility", "practice-contact"], "Clinic name and IVF go; the balance and the clinic's own number stay ('ciclo' stays outside like a generic word)."),
    ("eg0076", "New state law: many fully insured health plans now cover fertility preservation before cancer treatment. Ask us at your next visit whether your plan qualifies.",
     "ALLOW", "marketing", "sms", "en", [],
     ["fertility", "oncology", "broadcast", "hard-negative"], "Decision 2: a policy news broadcast to every patient of a generic practice; it says nothing about the recipient."),
    ("eg0077", "FINAL NOTICE: your balance of $4,882.16 for services at Solstice Fertility is 90 days past due and will be sent to collections on 6/30. Acct 300-118274. Call (480) 555-0177 to set up a plan.",
     "REWRITE", "billing", "sms", "en",
     [("Solstice Fertility", "SPECIALTY"), ("6/30", "DATE"), ("300-118274", "ACCOUNT"), ("(480) 555-0177", "PHONE")],
     ["fertility", "practice-contact"], "Decision 5: the account number is not needed; the fertility clinic name goes; the collections notice survives."),
    ("eg0078", "Need copies of your records? Record retrieval requests now take 3-5 business days. Submit yours in the portal under Documents > Request Records.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Record 'retrieval', not egg retrieval."),
    ("eg0079", "Greenway Medical Billing: you have a new statement for your 9/3 date of service. Amount due: $650.00. Pay securely at greenway.example/pay or reply HELP.",
     "ALLOW", "billing", "sms", "en",
     [("9/3", "DATE"), ("greenway.example/pay", "URL")],
     ["general", "practice-contact"], "Statement notice with a service date, an amount and the biller's own payment page; no service named."),
    ("eg0080", "Claim update: your claim for diagnostic laparoscopy (endometriosis) on 2/20 has been processed. Your plan paid $3,410; you owe $0. View the EOB in your member portal.",
     "REWRITE", "billing", "sms", "en",
     [("diagnostic laparoscopy", "PROCEDURE"), ("endometriosis", "CONDITION"), ("2/20", "DATE")],
     ["reproductive"], "Decision 7: the diagnosis labels the claim like a visit label; removing it and the procedure leaves a usable claim notice."),
    ("eg0081", "Thank you! We received your payment of $150.00 on 3/12. Receipt #R-20418 is available in your portal. - Lakeview Health Billing",
     "ALLOW", "billing", "sms", "en",
     [("3/12", "DATE")],
     ["general"], "Decision 5: a receipt number identifies a payment, not the patient, and is not labelled."),
    ("eg0082", "Congratulations! You've been selected for a Hope Blooms IVF grant. Our grants team will contact your clinic this month to coordinate payment.",
     "REWRITE", "other", "email", "en",
     [("IVF", "PROCEDURE")],
     ["fertility"], "Decision 3: 'Congratulations' on a grant is not a result; the treatment the grant pays for goes."),
    ("eg0083", "Recordatorio: la inscripción abierta termina el viernes. Revise sus beneficios médicos, dentales, de visión y de formación familiar en el portal de Recursos Humanos.",
     "ALLOW", "marketing", "email", "es", [],
     ["general", "broadcast", "hard-negative"], "Employer-wide enrollment reminder naming benefit types; nothing about the recipient."),
    ("eg0084", "Good news for members: starting January, your plan's gender-affirming care benefit also covers electrolysis and voice therapy. Call Member Services to learn more.",
     "ALLOW", "marketing", "sms", "en", [],
     ["reproductive", "broadcast", "hard-negative"], "Decision 2: a coverage update sent to every member of the plan names benefits, not the recipient's care."),
)

# ---------------------------------------------------------------- batch 8 (eg0085-eg0096): disguises, Spanish monitoring and billing
add(
    ("eg0085", "Reminder: ur I V F consult w/ Dr. Achterberg is Mon 1/12 @ 9:30am. Reply Y to confirm or N to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("I V F", "PROCEDURE"), ("Dr. Achterberg", "PROVIDER"), ("1/12", "DATE")],
     ["fertility", "spaced", "shorthand"], "Spaced-out 'IVF' is still the procedure; the consult time survives."),
    ("eg0086", "Your em\u200bbryo tran\u200bsfer is confirmed for Sat 7/19 at 10:00 AM. Please check in at the 2nd-floor desk 30 minutes early.",
     "REWRITE", "confirmation", "sms", "en",
     [("em\u200bbryo tran\u200bsfer", "PROCEDURE"), ("7/19", "DATE")],
     ["fertility"], "Zero-width spaces inside 'embryo transfer' do not change the label; check-in logistics survive."),
    ("eg0087", "Pl3ase pick up ur pr0gest3rone 1n 0il and 3strad1ol from Crestline Pharmacy b4 6pm 2day.",
     "REWRITE", "pickup", "sms", "en",
     [("pr0gest3rone 1n 0il", "MEDICATION"), ("3strad1ol", "MEDICATION")],
     ["pharmacy", "fertility", "leet", "shorthand"], "Leetspeak drug names in a pickup notice: REWRITE like the plain spelling."),
    ("eg0088", "Your G\u043enal-f pen refill is ready for pickup at Crestline Pharmacy. Please bring a photo ID.",
     "REWRITE", "pickup", "sms", "en",
     [("G\u043enal-f pen", "MEDICATION")],
     ["pharmacy", "fertility"], "Cyrillic 'о' in Gonal-f; the form word 'pen' goes with the drug (README: cortisone injection)."),
    ("eg0089", "Recordatorio: tiene cita con el Dr. Rosales el jueves 5 de marzo a las 8:40 a. m. Responda SI para confirmar o NO para cancelar.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Rosales", "PROVIDER"), ("5 de marzo", "DATE")],
     ["fertility"], "Provider, date and time only; no clinic or service named."),
    ("eg0090", "Hola Carmen!! mañana a las 7 te toca ultrasonido y estradiol de control, no se te olvide traer tus medicamentos. Saludos, Enf. Paty",
     "REWRITE", "reminder", "sms", "es",
     [("Carmen", "NAME"), ("ultrasonido", "PROCEDURE"), ("estradiol", "PROCEDURE"), ("Enf. Paty", "PROVIDER")],
     ["fertility", "shorthand"], "Decision 13: the estradiol draw is PROCEDURE; 'bring your medications' names none, so the reminder survives."),
    ("eg0091", "Sra. Paredes, con sus resultados de hoy baje el Menopur a 75 UI y siga igual con el Gonal. Regrese el sábado a las 7:30 para otro ultrasonido. Dr. Rosales",
     "BLOCK", "care-instructions", "sms", "es",
     [("Paredes", "NAME"), ("Menopur", "MEDICATION"), ("Gonal", "MEDICATION"), ("ultrasonido", "PROCEDURE"), ("Dr. Rosales", "PROVIDER")],
     ["fertility"], "A dose change after monitoring is a dosing instruction."),
    ("eg0092", "¡La versión beta de nuestra app ya está disponible en Android! Pruébela y cuéntenos qué le parece respondiendo a este mensaje.",
     "ALLOW", "marketing", "push", "es", [],
     ["general", "broadcast", "hard-negative"], "App 'beta', not beta hCG."),
    ("eg0093", "Actualizamos su nombre preferido y sus pronombres en nuestro sistema. Si algo no se ve bien, avísenos respondiendo a este mensaje.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Decision 6: an update notice without the name; any patient may set a preferred name and pronouns."),
    ("eg0094", "Señora Acosta, le informamos que el análisis de semen de su esposo salió con conteo bajo. Pídale por favor que llame al consultorio para hablar con el urólogo.",
     "BLOCK", "result", "sms", "es",
     [("Acosta", "NAME"), ("análisis de semen", "PROCEDURE"), ("conteo bajo", "RESULT"), ("urólogo", "SPECIALTY")],
     ["fertility", "third-party"], "The husband's semen-analysis result sent to his wife: a third party's health (README)."),
    ("eg0095", "Su inseminación intrauterina (IIU) está programada para el 3/11 a las 11:00. Su pareja debe entregar la muestra a las 9:30 en el laboratorio de andrología.",
     "REWRITE", "reminder", "sms", "es",
     [("inseminación intrauterina", "PROCEDURE"), ("IIU", "PROCEDURE"), ("3/11", "DATE"), ("andrología", "SPECIALTY")],
     ["fertility"], "IUI and the andrology lab go; the times survive. Judgement: the partner's sample drop-off is logistics for the patient's own procedure, not the partner's health."),
    ("eg0096", "Su préstamo con FinanciaSalud para tratamiento de fertilidad fue aprobado. Número de préstamo: FS-00917742. Primer pago: 1 de septiembre.",
     "REWRITE", "billing", "sms", "es",
     [("tratamiento de fertilidad", "PROCEDURE"), ("FS-00917742", "ACCOUNT"), ("1 de septiembre", "DATE")],
     ["fertility"], "Decisions 5 and 9: the treatment financed and the loan number go; the approval and first payment date survive."),
)

# ---------------------------------------------------------------- batch 9 (eg0097-eg0108): HSG and SIS, voice, push, long e-mails
add(
    ("eg0097", "Your HSG is scheduled for 4/3 at 1:30 PM at Summit Imaging. Take 800 mg ibuprofen 1 hour before, and call us if your period starts late.",
     "BLOCK", "care-instructions", "sms", "en",
     [("HSG", "PROCEDURE"), ("4/3", "DATE"), ("Summit Imaging", "SPECIALTY"), ("ibuprofen", "MEDICATION")],
     ["fertility", "imaging"], "Decision 4: a premedication dose makes it a dosing instruction, even for an over-the-counter drug."),
    ("eg0098", "Reminder from Harborlight: saline sonogram (SIS) tmrw at 10:15am. Reply C to confirm or call to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("saline sonogram", "PROCEDURE"), ("SIS", "PROCEDURE")],
     ["fertility", "imaging", "shorthand"], "The uterine-cavity study and its abbreviation go; 'Harborlight' alone is not specialty-revealing."),
    ("eg0099", "Hello, this is Lakeview Health calling with an appointment reminder. You have an appointment with Doctor Brennan on Tuesday, March third, at two fifteen P.M. Press 1 to confirm or 2 to speak with our staff.",
     "ALLOW", "reminder", "voice", "en",
     [("Doctor Brennan", "PROVIDER"), ("March third", "DATE")],
     ["primary-care"], "IVR reminder with provider, spoken date and time; no name or service."),
    ("eg0100", "Hi, this is Dana from Cedar Grove Fertility and IVF calling for Hannah Lindqvist. Your embryo biopsy results are back and two of your embryos are chromosomally normal. Please call me back at 503-555-0156. Thanks!",
     "BLOCK", "result", "voice", "en",
     [("Dana", "PROVIDER"), ("Cedar Grove Fertility and IVF", "SPECIALTY"), ("Hannah Lindqvist", "NAME"), ("embryo biopsy", "PROCEDURE"),
      ("two of your embryos are chromosomally normal", "RESULT"), ("503-555-0156", "PHONE")],
     ["fertility", "practice-contact"], "A PGT result left on a voicemail (voice is treated like SMS): the finding is the message."),
    ("eg0101", "You have a new message from your care team. Open the app to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Content-free message notification."),
    ("eg0102", "Northstar IVF: Dr. Feldstein sent you a message about your stim protocol.",
     "REWRITE", "portal-notice", "push", "en",
     [("Northstar IVF", "SPECIALTY"), ("Dr. Feldstein", "PROVIDER"), ("stim protocol", "PROCEDURE")],
     ["fertility"], "Push preview names the IVF center and the stimulation protocol; 'Dr. Feldstein sent you a message' survives."),
    ("eg0103", "Bayside Fertility Center will be closed Monday for Memorial Day. Our Eastlake office is open 7-9 AM for scheduled visits only.",
     "REWRITE", "other", "sms", "en",
     [("Bayside Fertility Center", "SPECIALTY")],
     ["fertility", "broadcast"], "Decision 2: a practice-wide closure notice, but the fertility clinic's name on the lock screen tells that the recipient is its patient. Memorial Day is a holiday, not a date."),
    ("eg0104", "Subject: Your retrieval instructions\n\nHi Priya,\n\nYour egg retrieval is confirmed for Saturday 5/23 at 7:30 AM with Dr. Mehta. Please read carefully:\n\n1. Trigger: inject Ovidrel 250 mcg at 7:30 PM on Thursday 5/21, exactly 36 hours before.\n2. Stop Gonal-f, Menopur and Cetrotide after your last doses Thursday morning.\n3. Start doxycycline 100 mg twice daily Thursday night for 4 days.\n4. Nothing to eat or drink after midnight Friday. No lotion, perfume or nail polish.\n5. An adult must drive you home.\n\nAfter your retrieval, call us any time with questions, day or night.\n\nBayside Fertility Center nurses\n(619) 555-0148",
     "BLOCK", "care-instructions", "email", "en",
     [("Your [[retrieval]] instructions", "PROCEDURE"), ("Priya", "NAME"), ("egg retrieval", "PROCEDURE"), ("5/23", "DATE"), ("Dr. Mehta", "PROVIDER"),
      ("Trigger", "PROCEDURE"), ("Ovidrel 250 mcg", "MEDICATION"), ("5/21", "DATE"), ("Gonal-f", "MEDICATION"), ("Menopur", "MEDICATION"),
      ("Cetrotide", "MEDICATION"), ("doxycycline 100 mg", "MEDICATION"), ("After your [[retrieval]]", "PROCEDURE"),
      ("Bayside Fertility Center", "SPECIALTY"), ("(619) 555-0148", "PHONE")],
     ["fertility", "practice-contact"], "Trigger timing, stopping and starting drugs with doses: dosing instructions make up the message (decision 4)."),
    ("eg0105", "Parking update: the Hatch Street garage is closed for repairs through Friday. Please use Lot C off the main drive.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A street name ('Hatch') with no number is not an address, and not hatching of embryos."),
    ("eg0106", "Subject: Welcome to Coastal Medical Group\n\nHello and welcome!\n\nI'm Robin Nestor, your patient coordinator. I'll be your main point of contact for scheduling, paperwork and questions about your visits. A few things to know before your first appointment:\n\n- Our office is at 2200 Harbor Blvd, Suite 310, San Diego, CA 92101. Free parking is in the garage behind the building.\n- Please bring a photo ID, your insurance card and a list of your current medications.\n- Arrive 15 minutes early to finish check-in.\n\nYou can reach me at (619) 555-0100 ext. 4 or robin.nestor@coastalmg.example, Monday to Friday, 8 to 5.\n\nWe look forward to meeting you!\n\nRobin Nestor\nPatient Coordinator, Coastal Medical Group",
     "ALLOW", "other", "email", "en",
     [("Robin Nestor", "PROVIDER", 0), ("2200 Harbor Blvd, Suite 310, San Diego, CA 92101", "ADDRESS"), ("(619) 555-0100", "PHONE"),
      ("robin.nestor@coastalmg.example", "EMAIL"), ("Robin Nestor", "PROVIDER", 1)],
     ["general", "practice-contact"], "Welcome e-mail from a generic practice: the coordinator (staff sender, PROVIDER) and the practice's own address, phone and staff e-mail."),
    ("eg0107", "Dr. Okafor reviewed your HSG: both tubes are open (bilateral spill) and the uterine cavity looks normal. You're cleared to start your IUI cycle next month!",
     "BLOCK", "result", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("HSG", "PROCEDURE"), ("both tubes are open", "RESULT"), ("bilateral spill", "RESULT"), ("looks normal", "RESULT"), ("IUI", "PROCEDURE")],
     ["fertility", "imaging"], "Normal findings are still results (README)."),
    ("eg0108", "ur TSH was 4.8 (H) so Dr. Feldstein wants u on levothyroxine 25 mcg before we start stims. rx sent to CVS on Main",
     "BLOCK", "result", "sms", "en",
     [("TSH", "PROCEDURE"), ("4.8", "RESULT"), ("4.8 ([[H]])", "RESULT"), ("Dr. Feldstein", "PROVIDER"), ("levothyroxine 25 mcg", "MEDICATION"), ("stims", "PROCEDURE")],
     ["fertility", "shorthand"], "A flagged thyroid value and a new prescription with its strength; the lab flag is its own RESULT span (README)."),
)

# ---------------------------------------------------------------- batch 10 (eg0109-eg0120): look-alikes, templates, channel contrast, partners
add(
    ("eg0109", "Now open: The Nest café on the 1st floor of our Riverside building! Coffee, smoothies and grab-and-go lunches, 7am-3pm weekdays.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A café called The Nest, not nesting or a fertility service."),
    ("eg0110", "Your appointment at {{location_name}} is on {{appt_date}} at {{appt_time}}. Reply C to confirm or call {{practice_phone}} to reschedule.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template"], "Template with content-free placeholders only (README: placeholders stay unlabelled)."),
    ("eg0111", "Hi! This is Marco from the front desk at Lakeview Health. We got your voicemail - your appointment is still on for Friday 10/2 at 3:00. See you then!",
     "ALLOW", "confirmation", "sms", "en",
     [("Marco", "PROVIDER"), ("10/2", "DATE")],
     ["general"], "Front-desk staff named as sender is PROVIDER (README); date and time only."),
    ("eg0112", "Happy Pride Month! Find our team at the Riverside Pride festival on Saturday with free water, sunscreen and info on services for everyone.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A community broadcast to every patient; nothing about the recipient's identity or care."),
    ("eg0113", "Heads up: our phone lines will be down tonight from 6 to 8 PM for a system transfer. If you have an emergency, call 911.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A phone-system 'transfer', not an embryo transfer; 911 is not a phone identifier (README)."),
    ("eg0114", "Message from Nurse Tasha: Please start letrozole 5 mg on cycle day 3 and take it for 5 days, then come in on cycle day 12 for a follicle scan. Call with any questions!",
     "ALLOW", "care-instructions", "portal", "en",
     [("Nurse Tasha", "PROVIDER"), ("letrozole 5 mg", "MEDICATION"), ("follicle scan", "PROCEDURE")],
     ["fertility", "contrast"], "Same text as eg0115: inside the secure portal dosing instructions may stay (README channel convention)."),
    ("eg0115", "Message from Nurse Tasha: Please start letrozole 5 mg on cycle day 3 and take it for 5 days, then come in on cycle day 12 for a follicle scan. Call with any questions!",
     "BLOCK", "care-instructions", "sms", "en",
     [("Nurse Tasha", "PROVIDER"), ("letrozole 5 mg", "MEDICATION"), ("follicle scan", "PROCEDURE")],
     ["fertility", "contrast"], "Same text as eg0114 by SMS: an ovulation-induction dosing instruction is the message."),
    ("eg0116", "Subject: We've moved!\n\nStarting 6/1, Lakeview Health's Eastside office is at 1850 Birchwood Ave, Suite 120, Portland, OR 97214. Same phone number: (503) 555-0100. Free parking in the lot behind the building.",
     "ALLOW", "other", "email", "en",
     [("6/1", "DATE"), ("1850 Birchwood Ave, Suite 120, Portland, OR 97214", "ADDRESS"), ("(503) 555-0100", "PHONE")],
     ["general", "broadcast", "practice-contact"], "A practice move notice with its own address and phone (README: labelled, but ALLOW)."),
    ("eg0117", "Our December newsletter is here: 5 tips for a calmer holiday season, a winter walking challenge, and our dietitian's recipe for deviled eggs.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Deviled eggs in a newsletter recipe, not eggs in the IVF sense."),
    ("eg0118", "Reminder: appointment tomorrow at 8:10 AM with Dr. Ng. Tap to check in and skip the line.",
     "ALLOW", "reminder", "push", "en",
     [("Dr. Ng", "PROVIDER")],
     ["primary-care"], "Provider and time only."),
    ("eg0119", "Hi Theo - your hemoglobin went up to 17.1 on testosterone, so Dr. Lowell wants to lower your dose to 0.4 mL weekly and recheck in 6 weeks.",
     "BLOCK", "result", "sms", "en",
     [("Theo", "NAME"), ("hemoglobin", "PROCEDURE"), ("17.1", "RESULT"), ("testosterone", "MEDICATION"), ("Dr. Lowell", "PROVIDER")],
     ["reproductive"], "A lab value and a dose change (decision 13: the measured hemoglobin is PROCEDURE, testosterone as treatment is MEDICATION)."),
    ("eg0120", "Subject: Your partner's screening results\n\nHi Ines,\n\nWe received the infectious disease panel for your partner, Rafael Soto, ahead of your IUI cycle. His hepatitis B core antibody came back reactive, so before we can use his sample Dr. Brennan needs a hepatitis B viral load and a consult with hepatology. Your own screening was negative for everything.\n\nPlease have Rafael call us to schedule, or forward this to him. Your cycle is on hold until this is cleared.\n\nI know this is not the news you were hoping for. Hepatitis B can usually be managed, and many couples in this situation go ahead with treatment once the specialist has weighed in. Dr. Brennan is happy to set up a call with both of you to go over options, including the hepatitis B vaccine for you.\n\nThank you,\nNadia, RN\nHarborlight Reproductive Associates\n(617) 555-0124",
     "BLOCK", "result", "email", "en",
     [("Ines", "NAME"), ("infectious disease panel", "PROCEDURE"), ("Rafael Soto", "NAME"), ("IUI", "PROCEDURE"), ("hepatitis B core antibody", "PROCEDURE"),
      ("reactive", "RESULT"), ("Dr. Brennan", "PROVIDER"), ("hepatitis B viral load", "PROCEDURE"), ("hepatology", "SPECIALTY"),
      ("negative for everything", "RESULT"), ("Rafael", "NAME", 1), ("Hepatitis B", "CONDITION"), ("Dr. Brennan", "PROVIDER", 1), ("hepatitis B vaccine", "PROCEDURE"), ("Nadia, RN", "PROVIDER"), ("Harborlight Reproductive Associates", "SPECIALTY"),
      ("(617) 555-0124", "PHONE")],
     ["fertility", "third-party", "practice-contact"], "The partner's reactive result sent to the patient is a third party's health; her own negative screen is a result too (decision 3)."),
)

# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "eg", "probe134.jsonl")
