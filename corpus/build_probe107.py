#!/usr/bin/env python3
"""Build corpus/probe107.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe107.py [OUT] [-v]   (default: probe107.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run
and no other corpus's messages were read).
This round is CLINICIANS' OWN WRITTEN REPLIES: what physicians, nurse practitioners, PAs, nurses
and medical assistants type themselves into SMS, secure e-mail, the portal and portal-to-text
bridges — answers to patient questions, quick follow-ups after visits, test results explained in
plain words, medication changes and dose instructions, referrals, reassurance, work and school
notes, condolences and small talk, and sign-offs with first names, initials and credentials —
in varied personal styles (terse, warm, long-winded; "pt", "f/u", "BP", "w/", "abx", "prn";
typos and run-ons), with look-alikes ("I'm positive we can fit you in", "no pressure", the
results of the raffle, "take it easy", a shot at the title, a colleague named Dr. Wells).
About 15% Spanish; four disguised messages (spaced letters, zero-width, leet, Cyrillic).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. "Secure e-mail" is channel `email` and is judged like SMS (README: email is treated like
     SMS); a portal-to-text bridge is `sms`; only text written inside the portal is `portal`.
  2. A staff sign-off by first name, initials or name + credential ("-KT, NP", "—Rosa, MA",
     "Lupita", "Enf. Lourdes") is workforce named as the sender: PROVIDER, credential included
     when it follows the name; a staff member named by role without a title ("our surgery
     scheduler, Tanya", "the dry needling guy, Jamal") is PROVIDER too.
  3. Qualitative reassurance about a named test or procedure ("looked fine", "look good",
     "salieron bien", "todo salió bien") is a RESULT, so BLOCK like any normal result.
  4. A work or school note, a return-to-work clearance, FMLA paperwork, a "constancia de
     incapacidad" or a child's sports-form clearance that names no condition, test or drug is
     paperwork logistics: ALLOW (a sports physical is a generic physical, not labelled).
  5. A planned procedure named while handing the patient to a scheduler ("good candidate for
     the knee replacement — the scheduler will call") is REWRITE: the procedure word is
     removable and the purpose survives.
  6. Generic safety-net advice ("call 911", "vaya a urgencias") is not a SPECIALTY span.
  7. A day of the month on its own ("back on the 18th") is a DATE (a date element), allowed.
  8. "PT" as a referral destination is a service line (SPECIALTY); "physical therapy" named as
     a therapy in a plan is PROCEDURE; "anesthesia" as a department is SPECIALTY.
  9. Another practice's phone number given for a referral is labelled PHONE and treated as a
     practice's contact (allowed), not the patient's.
 10. A dependent's immunizations being "al corriente" (up to date) is a record status, not a
     result: REWRITE (name + routine vaccines), not BLOCK.
 11. Condolences ("your loss"), "hope he feels better", a spouse's generic annual visit and a
     travel destination city name nothing about anyone's health or address: ALLOW.
 12. Body parts alone (knee, throat, shoulder, thyroid) are not labelled; only the condition
     or procedure term that contains them ("knee pain", "knee replacement").
 13. A pharmacy's store location ("CVS on Lyndale", "Rite Pharmacy on Elm") is not the
     patient's address and is not labelled.
 14. A results-ready note that only says the clinician "wants to go over them" by phone names
     no result: ALLOW; "come fasting for your labs" before a generic physical is visit
     logistics, not a treatment instruction: ALLOW.
 15. A negated or reassuring condition word inside a result message ("it doesn't mean cancer")
     is still labelled CONDITION (the line is BLOCK for its value anyway); "inhaler" and
     "BP meds" are products/classes used as names: MEDICATION.
 16. Purposes: a clinician's free-text answer is `other` unless it is mainly a result
     (`result`), an instruction (`care-instructions`), a booking (`reminder`) or a pickup.

Everything is invented: names, practices, 555-01xx numbers, example domains. Standard library
only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (df0001-df0012): quick follow-ups after visits
add(
    ("df0001", "Hi it's Dr. Okafor — just checking in after yesterday. Any questions, text back or call the office at (612) 555-0142. Hope your weekend is a good one!",
     "ALLOW", "other", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("(612) 555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "Provider's own check-in with the office number; no patient name, visit type or finding."),
    ("df0002", "Hey Marcus, Dr. Lindqvist here. Glad the knee pain is settling down after the cortisone shot. Keep icing 20 min 3x/day and we'll see u at f/u in 2 wks.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Marcus", "NAME"), ("Dr. Lindqvist", "PROVIDER"), ("knee pain", "CONDITION"), ("cortisone shot", "MEDICATION")],
     ["orthopedics", "shorthand"], "Condition status after a treatment plus a treatment instruction: the clinical content is the message. 'cortisone shot' = drug + form word (README: cortisone injection)."),
    ("df0003", "I'm positive we can fit you in tomorrow morning — just come by before 9 and tell the front desk you texted me.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "hard-negative"], "'positive' means sure here; nothing clinical or identifying."),
    ("df0004", "Your labs from Tuesday came back — A1c 6.9, down from 7.8!! Great work. Keep doing what you're doing. -Dr. P",
     "BLOCK", "result", "sms", "en",
     [("A1c", "PROCEDURE"), ("6.9", "RESULT"), ("7.8", "RESULT"), ("Dr. P", "PROVIDER")],
     ["primary-care"], "Lab values are the message. Decision 2: a 'Dr. P' sign-off is PROVIDER."),
    ("df0005", "Hi Mrs. Achterberg, just a heads up that Dr. Wells is covering for me next week, so your appointment on 3/11 will be with him. Same time, same place. — Dr. Sandoval",
     "REWRITE", "reminder", "sms", "en",
     [("Achterberg", "NAME"), ("Dr. Wells", "PROVIDER"), ("3/11", "DATE"), ("Dr. Sandoval", "PROVIDER")],
     ["primary-care"], "Only the patient's name must go; Dr. Wells is a colleague (a surname that is also a common word), allowed as PROVIDER."),
    ("df0006", "no pressure but whenever u get a chance pls fill out the survey from yesterday's visit, it helps us a ton. thx!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "shorthand", "hard-negative"], "'no pressure' is not blood pressure; a survey request says nothing about care."),
    ("df0007", "Got your msg. Yes you can take ibuprofen w/ the amoxicillin, just take it with food. Max 600mg q6h prn. Call if fever >102. -KT, NP",
     "BLOCK", "care-instructions", "sms", "en",
     [("ibuprofen", "MEDICATION"), ("amoxicillin", "MEDICATION"), ("fever", "CONDITION"), ("KT, NP", "PROVIDER")],
     ["primary-care", "shorthand"], "Dosing instructions with drug names. Decision 2: initials plus credential as a sign-off are PROVIDER."),
    ("df0008", "Your referral to Dr. Haddad at Brightwater Cardiology went through. Their office should call you within a week; if not, their number is (612) 555-0177.",
     "REWRITE", "other", "sms", "en",
     [("Dr. Haddad", "PROVIDER"), ("Brightwater Cardiology", "SPECIALTY"), ("(612) 555-0177", "PHONE")],
     ["cardiology", "practice-contact"], "Cardiology practice name reveals the referral's specialty. Decision 9: the receiving practice's phone is a practice contact, allowed."),
    ("df0009", "Hi Theo's mom! The school note is at the front desk whenever you want to grab it. Hope he's back to his usual self soon 🙂",
     "REWRITE", "other", "sms", "en",
     [("Theo", "NAME")],
     ["pediatrics", "minor"], "The child's name goes; the note pickup survives. Decision 11: 'back to his usual self' names no condition."),
    ("df0010", "Quick f/u from today: ur strep test was negative so no abx needed. Fluids, rest, tylenol for the throat. Feel beter!",
     "BLOCK", "result", "sms", "en",
     [("strep test", "PROCEDURE"), ("negative", "RESULT"), ("abx", "MEDICATION"), ("tylenol", "MEDICATION")],
     ["urgent-care", "shorthand", "typo", "negation"], "A negative result is still a result, plus care instructions. Decision 12: 'throat' alone is not labelled."),
    ("df0011", "Thanks for coming in today. Take it easy and enjoy the long weekend — see you in the spring.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "hard-negative"], "'Take it easy' is a pleasantry, not a care instruction."),
    ("df0012", "Hola, le habla la enfermera Paty del consultorio. La Dra. Villaseñor ya revisó su mensaje y le puede ver el jueves 14 de marzo a las 11. ¿Le queda bien? Conteste SÍ o NO.",
     "ALLOW", "other", "sms", "es",
     [("enfermera Paty", "PROVIDER"), ("Dra. Villaseñor", "PROVIDER"), ("14 de marzo", "DATE")],
     ["primary-care"], "Nurse and provider named, a date and a time; nothing about the patient's care."),
)


# ---------------------------------------------------------------- batch 2 (df0013-df0024): results explained in plain words
add(
    ("df0013", "Subject: Your recent blood work\n\nHi Gloria,\n\nI had a chance to look over the labs we drew last week. Overall things look reassuring. Your kidney function is normal and your thyroid (TSH 2.1) is right in the middle of the range. The one thing that stood out is your LDL cholesterol, which was 168. That's higher than I'd like given your family history, so I'd like to talk about starting a statin at your next visit. In the meantime, cutting back on fried foods and getting 30 minutes of walking most days can make a real difference.\n\nNo need to reply unless you have questions. You can always reach me through the portal or by calling the office.\n\nWarmly,\nDr. Renata Fairbanks\nOld Mill Internal Medicine",
     "BLOCK", "result", "email", "en",
     [("Gloria", "NAME"), ("kidney function", "PROCEDURE"), ("normal", "RESULT"), ("TSH", "PROCEDURE"), ("2.1", "RESULT"),
      ("LDL cholesterol", "PROCEDURE"), ("168", "RESULT"), ("statin", "MEDICATION"), ("Dr. Renata Fairbanks", "PROVIDER")],
     ["primary-care"], "A long, friendly results e-mail: values and a treatment plan are the message. Decision 1: e-mail is judged like SMS; decision 12: 'thyroid' alone is not labelled."),
    ("df0014", "Hi, Dr. Brandt's nurse here. Your results are in the portal. Dr. Brandt wants to go over them by phone — can you talk tomorrow between 1-3?",
     "ALLOW", "portal-notice", "sms", "en",
     [("Dr. Brandt", "PROVIDER"), ("Dr. Brandt", "PROVIDER", 1)],
     ["primary-care"], "Results-ready notice with no test or value named; a call-back request is not a finding (judgement)."),
    ("df0015", "your pap was normal 👍 next one in 3 yrs. -Mel at Dr. Osei's office",
     "BLOCK", "result", "sms", "en",
     [("pap", "PROCEDURE"), ("normal", "RESULT"), ("Mel", "PROVIDER"), ("Dr. Osei", "PROVIDER")],
     ["reproductive", "shorthand"], "A normal Pap result is still a result. Decision 2: 'Mel' signing for the office is PROVIDER."),
    ("df0016", "Haha yes the results of the raffle are in — you didn't win the basket this time, sorry! Better luck at the spring fair.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'results' of a raffle, not of a test."),
    ("df0017", "Hi Priya — the ultrasound looked fine, no gallstones. Whatever is causing the pain, it isn't your gallbladder. Let's keep the f/u next week and talk next steps. — Dr. Mwangi",
     "ALLOW", "result", "portal", "en",
     [("Priya", "NAME"), ("ultrasound", "PROCEDURE"), ("looked [[fine]]", "RESULT"), ("no gallstones", "RESULT"), ("pain", "CONDITION"), ("Dr. Mwangi", "PROVIDER")],
     ["imaging", "negation"], "Written inside the secure portal: results and names may stay (README channel convention). Decision 3: 'looked fine' is a RESULT."),
    ("df0018", "Hi Mr. Delacroix, the biopsy from your shoulder came back as a seborrheic keratosis, which is completely benign — basically a harmless 'barnacle' of aging skin. No further treatment is needed. If it gets irritated we can freeze it off at your next skin check. Have a good week! Dana Whitfield, PA-C, Pinecrest Dermatology",
     "BLOCK", "result", "email", "en",
     [("Delacroix", "NAME"), ("biopsy", "PROCEDURE"), ("seborrheic keratosis", "CONDITION"), ("benign", "RESULT"), ("skin check", "PROCEDURE"),
      ("Dana Whitfield, PA-C", "PROVIDER"), ("Pinecrest Dermatology", "SPECIALTY")],
     ["dermatology"], "Pathology diagnosis and a benign result by e-mail. Decision 12: 'shoulder' alone is not labelled."),
    ("df0019", "Your x-ray is normal, nothing broken 🙌 It's a sprain. RICE for a few days and an ace wrap. Physical therapy if not better in 2 wks.",
     "BLOCK", "result", "sms", "en",
     [("x-ray", "PROCEDURE"), ("normal", "RESULT"), ("nothing broken", "RESULT"), ("sprain", "CONDITION"), ("ace wrap", "PROCEDURE"), ("Physical therapy", "PROCEDURE")],
     ["urgent-care", "orthopedics", "negation"], "Imaging result, a diagnosis and a plan. Devices are PROCEDURE (ace wrap); decision 8: physical therapy in a plan is PROCEDURE."),
    ("df0020", "Sra. Benítez, sus análisis salieron bien, el azúcar en ayunas le salió en 94 que es normal. Siga con la metformina igual. Saludos, Dr. Quiroga",
     "BLOCK", "result", "sms", "es",
     [("Benítez", "NAME"), ("salieron [[bien]]", "RESULT"), ("azúcar en ayunas", "PROCEDURE"), ("94", "RESULT"), ("normal", "RESULT"), ("metformina", "MEDICATION"), ("Dr. Quiroga", "PROVIDER")],
     ["primary-care"], "Fasting glucose value and a drug to continue. Decision 3: 'salieron bien' is a RESULT; 'análisis' is generic."),
    ("df0021", "Hi! I see you asked about your results — they're not back yet, usually takes 3-5 business days. I'll message you as soon as they are. Nurse Imani",
     "ALLOW", "other", "sms", "en",
     [("Nurse Imani", "PROVIDER")],
     ["lab"], "'No results yet' with no test named is ALLOW (README)."),
    ("df0022", "Your COVID swab and flu swab were both negative. Likely just a cold virus. Ok to go back to work once fever-free 24 hrs w/o meds.",
     "BLOCK", "result", "sms", "en",
     [("COVID swab", "PROCEDURE"), ("flu swab", "PROCEDURE"), ("negative", "RESULT"), ("cold virus", "CONDITION")],
     ["urgent-care", "shorthand", "negation"], "Negative results and a diagnosis; the return-to-work rule is a care instruction."),
    ("df0023", "I'm sorry, I can't discuss results over text — please log in to the portal to read Dr. Ferreira's note, or call us at (763) 555-0119 and ask for the nurse line.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Ferreira", "PROVIDER"), ("(763) 555-0119", "PHONE")],
     ["primary-care", "practice-contact"], "The safe pattern: no test named, portal pointer and the practice's own number."),
    ("df0024", "Results look good!! Cholesterol way down since starting the Lipitor. I'll let Dr. Ng know. —Rosa, MA",
     "BLOCK", "result", "sms", "en",
     [("look [[good]]", "RESULT"), ("Cholesterol", "PROCEDURE"), ("way down", "RESULT"), ("Lipitor", "MEDICATION"), ("Dr. Ng", "PROVIDER"), ("Rosa, MA", "PROVIDER")],
     ["primary-care"], "A trend is a result and the drug is named. Decisions 2 and 3: 'Rosa, MA' is PROVIDER; 'look good' is a RESULT."),
)


# ---------------------------------------------------------------- batch 3 (df0025-df0036): medication changes, refills, work notes
add(
    ("df0025", "Hi Bev, after looking at your BP log I'd like you to increase lisinopril to 20mg once daily starting tomorrow. Recheck BP in 2 wks and send me the numbers. Dr. Abernathy",
     "BLOCK", "care-instructions", "sms", "en",
     [("Bev", "NAME"), ("BP", "PROCEDURE"), ("lisinopril", "MEDICATION"), ("BP", "PROCEDURE", 1), ("Dr. Abernathy", "PROVIDER")],
     ["primary-care", "shorthand", "contrast"], "A dose change is a treatment instruction (same text on the portal is df0114). The dose is elsewhere in the sentence, so not in the span."),
    ("df0026", "Sorry you're feeling nauseous on the Ozempic. Dr. Rask says stay at 0.25 mg for another 2 weeks before going up, eat smaller meals, and let us know if you're vomiting.",
     "BLOCK", "care-instructions", "sms", "en",
     [("nauseous", "CONDITION"), ("Ozempic", "MEDICATION"), ("Dr. Rask", "PROVIDER"), ("vomiting", "CONDITION")],
     ["primary-care"], "Side effect, drug and titration instruction."),
    ("df0027", "Hello Mr. Szymanski, Following up on our phone call. Please STOP the metoprolol tartrate 25mg twice a day and START metoprolol succinate ER 50mg once daily in the morning — it's the same medicine in a once-a-day form, so don't take both. I've sent the new prescription to CVS on Lyndale. Your heart rate was running a little low (52) at the visit, so if you feel dizzy or lightheaded, call us right away. Thanks, Hannah Kowalczyk, RN, Meridian Heart & Vascular, (651) 555-0163",
     "BLOCK", "care-instructions", "email", "en",
     [("Szymanski", "NAME"), ("metoprolol tartrate 25mg", "MEDICATION"), ("metoprolol succinate ER 50mg", "MEDICATION"), ("heart rate", "PROCEDURE"), ("52", "RESULT"),
      ("dizzy", "CONDITION"), ("lightheaded", "CONDITION"), ("Hannah Kowalczyk, RN", "PROVIDER"), ("Meridian Heart & Vascular", "SPECIALTY"), ("(651) 555-0163", "PHONE")],
     ["cardiology", "practice-contact"], "Medication switch with doses and a vital sign by e-mail. The pharmacy's street ('CVS on Lyndale') is a store location, not the patient's address (judgement)."),
    ("df0028", "Your refill for the sertraline went to Walgreens, should be ready after 4. FYI Dr. Cho wants to see you before the next one.",
     "REWRITE", "pickup", "sms", "en",
     [("sertraline", "MEDICATION"), ("Dr. Cho", "PROVIDER")],
     ["pharmacy", "behavioral-health"], "A medication name in a pickup notice is removable (DESIGN); the pickup and the visit request survive."),
    ("df0029", "Hi! Your refill is ready at the pharmacy. Dr. Amini approved it through the end of the year.",
     "ALLOW", "pickup", "sms", "en",
     [("Dr. Amini", "PROVIDER")],
     ["primary-care", "pharmacy"], "Pickup notice with no drug named."),
    ("df0030", "Hola Don Aurelio, el Dr. Paredes dice que baje la insulina a 18 unidades en la noche porque le están saliendo bajitas las glucosas en la mañana. Cualquier cosa me avisa. Enf. Lourdes",
     "BLOCK", "care-instructions", "sms", "es",
     [("Aurelio", "NAME"), ("Dr. Paredes", "PROVIDER"), ("insulina", "MEDICATION"), ("bajitas", "RESULT"), ("glucosas", "PROCEDURE"), ("Enf. Lourdes", "PROVIDER")],
     ["primary-care"], "Dose change with the reason (low morning glucose). Title 'Don' stays outside the name; decision 2: 'Enf. Lourdes' is PROVIDER."),
    ("df0031", "Ok to stop the prednisone now since you finished the taper, no need to finish the last 2 tabs if the rash is gone.",
     "ALLOW", "care-instructions", "portal", "en",
     [("prednisone", "MEDICATION"), ("rash", "CONDITION")],
     ["dermatology"], "A dosing instruction written inside the secure portal is fine there (README channel convention)."),
    ("df0032", "Heads up — the pharmacy is out of your usual inhaler brand, so I switched you to the generic (same med). Pick up anytime after 3.",
     "REWRITE", "pickup", "sms", "en",
     [("inhaler", "MEDICATION")],
     ["pharmacy", "primary-care"], "'inhaler' is a product used as a drug name and reveals a lung condition; removing it leaves a valid pickup notice (judgement)."),
    ("df0033", "Hold your Eliquis for 2 days before the colonoscopy — last dose Sunday AM, restart Wednesday night unless Dr. Foster tells you otherwise.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Eliquis", "MEDICATION"), ("colonoscopy", "PROCEDURE"), ("Dr. Foster", "PROVIDER")],
     ["cardiology"], "Peri-procedure anticoagulant instructions; the instruction is the message."),
    ("df0034", "Dr. Petrakis got your message about the cough. He sent in a Z-pak and benzonatate 100mg, 1 cap 3x/day as needed. If you get short of breath call 911.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Petrakis", "PROVIDER"), ("cough", "CONDITION"), ("Z-pak", "MEDICATION"), ("benzonatate 100mg", "MEDICATION"), ("short of breath", "CONDITION")],
     ["primary-care"], "Symptom, prescriptions and dosing. 911 is not a phone identifier (README); decision 6."),
    ("df0035", "Hi Tomasz,\n\nJust confirming I got the paperwork from your new job. I filled out the physical form and faxed it to their HR at the number you gave me. Let me know if they need anything else!\n\nBest,\nJolene, NP",
     "REWRITE", "other", "email", "en",
     [("Tomasz", "NAME"), ("Jolene, NP", "PROVIDER")],
     ["primary-care"], "Only the name goes; a pre-employment physical form is generic primary care (README: 'physical' is not labelled)."),
    ("df0036", "Your return-to-work note is in the portal. It clears you for full duty starting 4/7. Let me know if HR needs it faxed.",
     "ALLOW", "portal-notice", "sms", "en",
     [("4/7", "DATE")],
     ["primary-care"], "Decision 4: a work clearance that names no condition is paperwork logistics, not a result."),
)


# ---------------------------------------------------------------- batch 4 (df0037-df0048): referrals, scheduling, reassurance
add(
    ("df0037", "Sent the referral to PT at Northstar Physical Therapy, they'll call u to schedule. Ask for the dry needling guy, Jamal, he's great.",
     "REWRITE", "other", "sms", "en",
     [("PT", "SPECIALTY"), ("Northstar Physical Therapy", "SPECIALTY"), ("dry needling", "PROCEDURE"), ("Jamal", "PROVIDER")],
     ["physical-therapy", "shorthand"], "Specialty and therapy go, the referral survives. Decision 8: 'PT' as a destination is SPECIALTY; decision 2: a therapist named by role is PROVIDER."),
    ("df0038", "Buenas tardes, ya quedó lista la orden para su mamografía. Puede llamar a Imagen Diagnóstica del Valle al (956) 555-0138 para hacer la cita. Atte. Dra. Garza",
     "REWRITE", "other", "sms", "es",
     [("mamografía", "PROCEDURE"), ("Imagen Diagnóstica del Valle", "SPECIALTY"), ("(956) 555-0138", "PHONE"), ("Dra. Garza", "PROVIDER")],
     ["imaging", "practice-contact"], "Test type and imaging-center name go; the order and the number to call survive (decision 9)."),
    ("df0039", "Hi there, no worries about missing today. We all have those weeks! I've got openings Thu at 10:20 or Fri at 3:40, just reply with whichver works.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "typo", "hard-negative"], "Missed-visit reply with weekdays and times only."),
    ("df0040", "Dr. Wells and I talked it over and we both think you're a good candidate for the knee replacement. Our surgery scheduler, Tanya, will call this week to pick a date.",
     "REWRITE", "other", "sms", "en",
     [("Dr. Wells", "PROVIDER"), ("knee replacement", "PROCEDURE"), ("Tanya", "PROVIDER")],
     ["orthopedics"], "Decision 5: the planned procedure is removable and the hand-off to the scheduler survives; decision 2: the scheduler is PROVIDER."),
    ("df0041", "Just wanted to say — you did a great job in there today. I know needles aren't your thing. Proud of you! See you in the fall.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "hard-negative"], "Warm note; a fear of needles names no test or procedure (judgement), 'the fall' is a season."),
    ("df0042", "Hi Kayla, I got the message from your mom. Yes, your appointment Monday is still on, and no, you don't need her there — it's confidential. Reply here if you have questions. -Ms. Tran, school nurse",
     "REWRITE", "other", "sms", "en",
     [("Kayla", "NAME"), ("Ms. Tran, school nurse", "PROVIDER")],
     ["pediatrics", "minor"], "Adolescent's own logistics: the name goes, nothing clinical is said."),
    ("df0043", "So sorry to hear about your dad's hip fracture. Wishing him a speedy recovery — let us know if there's anything we can do on our end.",
     "BLOCK", "other", "sms", "en",
     [("hip fracture", "CONDITION")],
     ["primary-care", "third-party"], "A third party's diagnosis, even in a sympathy note, is BLOCK (README)."),
    ("df0044", "Mija no te preocupes, con mucho gusto te cambiamos la cita para el viernes. Nomás llega 10 minutos antes. Saludos de todo el equipo!",
     "ALLOW", "other", "sms", "es", [],
     ["primary-care", "hard-negative"], "Reschedule with a weekday; 'Mija' is an endearment, not a name."),
    ("df0045", "Good news — your insurance approved the MRI. You can schedule at Lakeview Imaging, (952) 555-0184. Bring the order I gave you.",
     "REWRITE", "other", "sms", "en",
     [("MRI", "PROCEDURE"), ("Lakeview Imaging", "SPECIALTY"), ("(952) 555-0184", "PHONE")],
     ["imaging", "practice-contact"], "Test and imaging-center name go; approval and scheduling survive."),
    ("df0046", "Hi — I'm covering Dr. Ibsen's inbox this week. She'll be back on the 18th, but if it's urgent I'm happy to help. Dr. Nakamura-Holt",
     "ALLOW", "other", "sms", "en",
     [("Dr. Ibsen", "PROVIDER"), ("on the [[18th]]", "DATE"), ("Dr. Nakamura-Holt", "PROVIDER")],
     ["general"], "Decision 7: a day of the month alone is a DATE, allowed; 'urgent' is not urgent care."),
    ("df0047", "Your colonoscopy is all set for 5/20 at 7:30 at the endo center. Prep instructions are in the portal. Driver required!",
     "REWRITE", "reminder", "sms", "en",
     [("colonoscopy", "PROCEDURE"), ("5/20", "DATE"), ("endo center", "SPECIALTY"), ("Prep", "PROCEDURE")],
     ["primary-care"], "Procedure, endoscopy center and its prep go; date, time and the driver rule survive."),
    ("df0048", "Thx for the pics. That looks like a normal healing incision to me, a little pink at the edges is ok. Keep it dry till Thurs. If it gets red/hot/draining call us.",
     "BLOCK", "care-instructions", "sms", "en",
     [("normal healing", "RESULT"), ("incision", "PROCEDURE")],
     ["primary-care", "shorthand"], "A wound assessment and wound-care instructions are the message."),
)


# ---------------------------------------------------------------- batch 5 (df0049-df0060): look-alikes, a long welcome reply, forms
add(
    ("df0049", "Haha a shot at the title, love it 😂 Good luck at the tournament this weekend, coach! Let us know how the team does.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'a shot at the title' is sport, not an injection."),
    ("df0050", "Hi, this is Dr. Ortiz. Your H I V test from Monday came back n e g a t i v e. Nothing else needed. Call if questions.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Ortiz", "PROVIDER"), ("H I V test", "PROCEDURE"), ("n e g a t i v e", "RESULT")],
     ["hiv-sexual-health", "spaced", "negation"], "Spaced-letter disguise of a sexual-health test and its (negative) result; a result is BLOCK."),
    ("df0051", "Hi there,\n\nThanks for reaching out about getting established with us. Yes, we are accepting new patients, and Dr. Whitcombe and Dr. Alanis both have openings in the next few weeks. New patient visits are 40 minutes, so please plan to arrive 15 minutes early to fill out paperwork, or you can do it ahead of time online at birchwoodfp.example.com/forms.\n\nWe take most major plans, but it's always a good idea to call the number on the back of your card to make sure we're in network. Our front desk can also check for you at (320) 555-0107.\n\nOnce you're scheduled, you'll get an e-mail invitation to our patient portal, where you can message your care team, request refills and read your visit notes. If you have records from a previous doctor, they can be faxed to us at (320) 555-0108 before your first visit.\n\nParking is free in the lot behind the building, and the entrance is on the east side by the bike rack.\n\nLooking forward to meeting you!\n\nSusan Prairie, MA\nBirchwood Family Practice",
     "ALLOW", "other", "email", "en",
     [("Dr. Whitcombe", "PROVIDER"), ("Dr. Alanis", "PROVIDER"), ("birchwoodfp.example.com/forms", "URL"), ("(320) 555-0107", "PHONE"), ("(320) 555-0108", "FAX"), ("Susan Prairie, MA", "PROVIDER")],
     ["primary-care", "practice-contact"], "Long new-patient reply: providers, the practice's own link, phone and fax; nothing about the recipient."),
    ("df0052", "Hi Frank, I saw you cancelled your appt w/ Dr. Lutz. Totally fine — just wanted to make sure everything's ok. Reply BOOK whenever you're ready to reschedule.",
     "REWRITE", "other", "sms", "en",
     [("Frank", "NAME"), ("Dr. Lutz", "PROVIDER")],
     ["primary-care", "shorthand"], "Only the name must go."),
    ("df0053", "Hola Yesenia, te escribo de parte de la Dra. Montes. Tu prueba de embarazo salió positiva. Queremos verte esta semana para tu primera consulta prenatal. Llámanos al (915) 555-0126.",
     "BLOCK", "result", "sms", "es",
     [("Yesenia", "NAME"), ("Dra. Montes", "PROVIDER"), ("prueba de embarazo", "PROCEDURE"), ("positiva", "RESULT"), ("prenatal", "PROCEDURE"), ("(915) 555-0126", "PHONE")],
     ["reproductive", "practice-contact"], "A pregnancy test result by text; the prenatal visit type is a PROCEDURE with 'consulta' outside."),
    ("df0054", "Your TB skin test form is signed — pick it up at the front desk for your nursing program whenever you're ready.",
     "REWRITE", "other", "sms", "en",
     [("TB skin test", "PROCEDURE")],
     ["primary-care"], "No result is given; the test name goes and the form pickup survives. 'nursing program' is a school, not care."),
    ("df0055", "Hi, it's Jess from Dr. Abboud's office. The school forms for both kids are done and signed. They're in an envelope at the front desk with your name on it.",
     "ALLOW", "other", "sms", "en",
     [("Jess", "PROVIDER"), ("Dr. Abboud", "PROVIDER")],
     ["pediatrics", "minor"], "Decision 4: school forms with no child named and no condition are paperwork logistics."),
    ("df0056", "Ur fine to fly next week, just walk the aisle every hour or so and stay hydrated. Enjoy Lisbon!",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "shorthand", "hard-negative"], "Decision 11: general travel advice with no condition named; a destination city is not the patient's address (judgement)."),
    ("df0057", "Dr. Halvorsen asked me to let you know the pathology from your mole removal was a dysplastic nevus with mild atypia. Margins are clear so nothing more needed, just your yearly skin check.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Halvorsen", "PROVIDER"), ("pathology", "PROCEDURE"), ("mole removal", "PROCEDURE"), ("dysplastic nevus", "CONDITION"), ("mild atypia", "RESULT"), ("are [[clear]]", "RESULT"), ("skin check", "PROCEDURE")],
     ["dermatology"], "A pathology diagnosis and margin status are the message."),
    ("df0058", "no rush on the copay, we can sort it out at your next visit. have a good one!",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Billing pleasantry without an amount or account."),
    ("df0059", "Hi, this message is for Leonard. This is Carla, a nurse at Dr. Fischer's office, calling about your recent visit. Please give us a call back at 218-555-0150 when you have a moment. Thank you.",
     "REWRITE", "other", "voice", "en",
     [("Leonard", "NAME"), ("Carla", "PROVIDER"), ("Dr. Fischer", "PROVIDER"), ("218-555-0150", "PHONE")],
     ["primary-care", "practice-contact"], "A nurse's voicemail: voice is judged like SMS (README), so the patient's name goes; the call-back survives."),
    ("df0060", "Hey! Your son's sports physical form is ready, I signed it this morning. All cleared for soccer ⚽",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "minor", "hard-negative"], "Decision 4: a sports physical is a generic physical and a sports clearance names no condition or result (judgement)."),
)


# ---------------------------------------------------------------- batch 6 (df0061-df0072): diagnoses, long Spanish e-mail, family
add(
    ("df0061", "Hi Nora, Dr. Kessler here. Your bi\u200bopsy came back — it is a basal cell car\u200bcinoma. Very treatable. Our office will call to set up Mo\u200bhs surgery.",
     "BLOCK", "result", "sms", "en",
     [("Nora", "NAME"), ("Dr. Kessler", "PROVIDER"), ("bi\u200bopsy", "PROCEDURE"), ("basal cell car\u200bcinoma", "CONDITION"), ("Mo\u200bhs surgery", "PROCEDURE")],
     ["dermatology", "oncology"], "Zero-width spaces inside the clinical words; a cancer diagnosis is BLOCK."),
    ("df0062", "Estimada Sra. Castañeda:\n\nLe escribo para darle seguimiento a su visita del martes. Como platicamos, la presión le salió alta en el consultorio (152/94) y también en las lecturas que trajo de su casa. Por eso le voy a recetar losartán 50 mg, una tableta diaria en la mañana. Ya mandé la receta a su farmacia. Le pido que siga tomándose la presión dos veces al día y que me mande las lecturas en dos semanas por el portal.\n\nSi siente dolor de pecho, falta de aire o dolor de cabeza muy fuerte, vaya a urgencias de inmediato.\n\nQuedo a sus órdenes,\nDr. Emilio Sarmiento\nMedicina Familiar Los Pinos",
     "BLOCK", "care-instructions", "email", "es",
     [("Castañeda", "NAME"), ("presión", "PROCEDURE"), ("alta", "RESULT"), ("152/94", "RESULT"), ("losartán 50 mg", "MEDICATION"), ("presión", "PROCEDURE", 1),
      ("dolor de pecho", "CONDITION"), ("falta de aire", "CONDITION"), ("dolor de cabeza", "CONDITION"), ("Dr. Emilio Sarmiento", "PROVIDER")],
     ["primary-care", "cardiology"], "Blood-pressure values, a new drug and dosing by e-mail. Decision 6: 'vaya a urgencias' is safety-net advice, not a SPECIALTY span; 'Medicina Familiar' is generic."),
    ("df0063", "Hi — just confirming you're on for the 2:15 with Dr. Wells today. He's running about 20 min behind, sorry! Feel free to come a little later.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Wells", "PROVIDER")],
     ["general"], "Provider and time only; 'Wells' is the colleague's surname."),
    ("df0064", "Your mom's potassium was a little low on her labs (3.2) so Dr. Lindgren added a potassium supplement. Can you make sure she takes it with breakfast?",
     "BLOCK", "result", "sms", "en",
     [("potassium", "PROCEDURE"), ("low", "RESULT"), ("3.2", "RESULT"), ("Dr. Lindgren", "PROVIDER"), ("potassium supplement", "MEDICATION")],
     ["primary-care", "third-party"], "A relative's lab value and new medication sent to the caregiver: third party's health is BLOCK."),
    ("df0065", "We're all set! I'll see you for your physical on 9/14 at 8:00. Come fasting if you can (water is fine) so we can do your labs the same day. - Dr. Beaulieu",
     "ALLOW", "reminder", "sms", "en",
     [("9/14", "DATE"), ("Dr. Beaulieu", "PROVIDER")],
     ["primary-care"], "Generic physical and labs (README); fasting for routine labs is visit logistics, not a treatment instruction (judgement)."),
    ("df0066", "Buenos días, sí recibimos el fax de su trabajo. La constancia de incapacidad ya está firmada, pase por ella cuando guste. Att. Recepción",
     "ALLOW", "other", "sms", "es", [],
     ["primary-care", "hard-negative"], "Decision 4: a sick-leave certificate with no condition named is paperwork."),
    ("df0067", "Sorry for the delay getting back to you! Dr. Oyelaran reviewed your echo. Your heart pump function is normal (EF 60%) and the valve leak is trivial — nothing to treat. Keep the BP meds as is.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Oyelaran", "PROVIDER"), ("echo", "PROCEDURE"), ("normal", "RESULT"), ("EF", "PROCEDURE"), ("60%", "RESULT"), ("valve leak", "CONDITION"), ("trivial", "RESULT"), ("BP meds", "MEDICATION")],
     ["cardiology"], "Echo findings in plain words; a drug class used as a name ('BP meds') is MEDICATION."),
    ("df0068", "Dr. Sorensen is back from leave next week and asked me to book you for your 6-week postpartum check. Does Tues 10/8 at 9 work?",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Sorensen", "PROVIDER"), ("postpartum", "PROCEDURE"), ("10/8", "DATE")],
     ["reproductive"], "A named visit type (postpartum) reveals a pregnancy; it goes and the booking survives."),
    ("df0069", "Ha — I'm positive, but that's just my personality 😄 See you at the 4:30!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'positive' as a personality trait."),
    ("df0070", "I know the wait for the dermatologist is long. I called in a favor — Dr. Ashworth can see you 2/27 at 1pm. Just bring your list of meds.",
     "REWRITE", "other", "sms", "en",
     [("dermatologist", "SPECIALTY"), ("Dr. Ashworth", "PROVIDER"), ("2/27", "DATE")],
     ["dermatology"], "The specialty goes; provider, date and time survive."),
    ("df0071", "Hi Jordan,\n\nYour CT came back and I wanted you to hear it from me before you read it in the portal: there is a 6 mm nodule in the right lung. Most nodules this size are harmless scar tissue, but the guidelines recommend a repeat CT in 6–12 months to make sure it doesn't change. I've put in the order. I know this kind of news is stressful, so please call me if you want to talk it through.\n\nDr. Felix Ambrose",
     "BLOCK", "result", "email", "en",
     [("Jordan", "NAME"), ("CT", "PROCEDURE"), ("6 mm", "RESULT"), ("nodule", "CONDITION"), ("CT", "PROCEDURE", 1), ("Dr. Felix Ambrose", "PROVIDER")],
     ["imaging"], "An imaging finding explained by e-mail (decision 1: judged like SMS)."),
    ("df0072", "Pls don't worry about the bill, I already asked billing to hold it until your insurance sorts things out. Get some rest.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Billing hold; 'get some rest' is a pleasantry."),
)


# ---------------------------------------------------------------- batch 7 (df0073-df0084): portal vs SMS, disguise, forms, referrals
add(
    ("df0073", "Hola Sr. Ibarra, sus resultados de colesterol están listos. El LDL salió en 142, un poco alto. Le recomiendo más ejercicio y menos grasa, y lo volvemos a checar en 3 meses. Dr. Lucero",
     "ALLOW", "result", "portal", "es",
     [("Ibarra", "NAME"), ("colesterol", "PROCEDURE"), ("LDL", "PROCEDURE"), ("142", "RESULT"), ("alto", "RESULT"), ("Dr. Lucero", "PROVIDER")],
     ["primary-care", "contrast"], "Written inside the secure portal: a value and advice may stay (README). The SMS near-copy is df0074."),
    ("df0074", "Sr. Ibarra, su LDL salió en 142, un poco alto. Más ejercicio y menos grasa y lo checamos en 3 meses. Dr. Lucero",
     "BLOCK", "result", "sms", "es",
     [("Ibarra", "NAME"), ("LDL", "PROCEDURE"), ("142", "RESULT"), ("alto", "RESULT"), ("Dr. Lucero", "PROVIDER")],
     ["primary-care", "contrast"], "The portal reply of df0073 cut down for SMS: the value is the message."),
    ("df0075", "Your blood pressure was great at the pharmacy check, 118/76 👍 keep it up",
     "BLOCK", "result", "sms", "en",
     [("blood pressure", "PROCEDURE"), ("was [[great]]", "RESULT"), ("118/76", "RESULT")],
     ["primary-care", "cardiology"], "A vital-sign value is a result even when it is good news (decision 3 for 'great')."),
    ("df0076", "Hi, this is Ana with Dr. Sato's office. Dr. Sato reviewed your message and would like you seen in the office rather than over text. Can you come Wednesday at 11?",
     "ALLOW", "other", "sms", "en",
     [("Ana", "PROVIDER"), ("Dr. Sato", "PROVIDER"), ("Dr. Sato", "PROVIDER", 1)],
     ["primary-care"], "Staff sender and provider, a weekday and a time; the reason for the visit is not said."),
    ("df0077", "Hi Carmen, ur ch3mo is moved to Tues 6/10 at 9am in chair 4. Pls arrive 15 min early for labs. -Nurse Bea",
     "REWRITE", "reminder", "sms", "en",
     [("Carmen", "NAME"), ("ch3mo", "PROCEDURE"), ("6/10", "DATE"), ("Nurse Bea", "PROVIDER")],
     ["oncology", "leet", "shorthand"], "Leetspeak treatment type and the name go; the time change survives. 'chair 4' alone is a room."),
    ("df0078", "Your daughter's throat culture grew strep — I called in amoxicillin. She can go back to school after 24 hrs on it.",
     "BLOCK", "result", "sms", "en",
     [("throat culture", "PROCEDURE"), ("strep", "CONDITION"), ("amoxicillin", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A dependent's culture result and treatment sent to the parent (README: BLOCK)."),
    ("df0079", "Hi! Dr. Fenwick wanted me to pass along a big thank you for the cookies 🍪 The whole staff devoured them.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Fenwick", "PROVIDER")],
     ["general"], "A thank-you with a provider's name only."),
    ("df0080", "Hello,\n\nThanks for your message. The FMLA paperwork you dropped off on Monday is with Dr. Kaczmarek now. Forms usually take 7–10 business days, and there's a $25 fee that you can pay when you pick them up or over the phone. Once she signs them we'll fax them straight to your employer's leave administrator (please double-check that the fax number on page 1 is current) and leave a copy for you at the front desk.\n\nIf your employer needs them sooner, let us know the deadline and we'll do our best to move them up.\n\nHave a good afternoon,\nMelissa Grant, Medical Records\nLakeside Family Medicine\n(218) 555-0144 | fax (218) 555-0145",
     "ALLOW", "other", "email", "en",
     [("Dr. Kaczmarek", "PROVIDER"), ("Melissa Grant", "PROVIDER"), ("(218) 555-0144", "PHONE"), ("(218) 555-0145", "FAX")],
     ["primary-care", "practice-contact"], "Decision 4: FMLA paperwork with no condition is logistics; the practice's own phone and fax."),
    ("df0081", "Sorry, I can't write a note for last week since we didn't see you then. I can do one for today's visit though — want me to send it to the portal?",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "hard-negative"], "Work-note logistics with no condition."),
    ("df0082", "Hola! Soy Maricela, la asistente del Dr. Echeverría. Le informo que su referido con el cardiólogo ya fue aprobado por su seguro. Le van a llamar de Cardiología del Norte para darle cita.",
     "REWRITE", "other", "sms", "es",
     [("Maricela", "PROVIDER"), ("Dr. Echeverría", "PROVIDER"), ("cardiólogo", "SPECIALTY"), ("Cardiología del Norte", "SPECIALTY")],
     ["cardiology"], "The specialty and the specialty-revealing practice go; the approved referral survives."),
    ("df0083", "pt education: for ur gout flare, ice + elevate, no beer or red meat for now, colchicine as directed. call if not better in 3 days",
     "BLOCK", "care-instructions", "sms", "en",
     [("gout", "CONDITION"), ("colchicine", "MEDICATION")],
     ["primary-care", "shorthand"], "Diagnosis and treatment instructions."),
    ("df0084", "Morning! Quick remidner I'll be out Friday, so if you need anything before your trip send it to Dr. Wells or the nurse line at (414) 555-0171.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Wells", "PROVIDER"), ("(414) 555-0171", "PHONE")],
     ["general", "typo", "practice-contact"], "Coverage note with a colleague and the practice's nurse line."),
)


# ---------------------------------------------------------------- batch 8 (df0085-df0096): prior auths, Cyrillic, sensitive services
add(
    ("df0085", "Hi Mrs. Oduya, Kenji here (Dr. Hart's MA). The pharmacy said your Humira needs a new prior auth. I submitted it today; usually takes 3-5 days. I'll text when it's approved.",
     "REWRITE", "other", "sms", "en",
     [("Oduya", "NAME"), ("Kenji", "PROVIDER"), ("Dr. Hart", "PROVIDER"), ("Humira", "MEDICATION")],
     ["pharmacy"], "Name and drug go; the prior-authorization status survives."),
    ("df0086", "Hi, nurse practitioner Okonjo here. The fertility clinic got your records and will reach out about scheduling your consult.",
     "REWRITE", "other", "sms", "en",
     [("nurse practitioner Okonjo", "PROVIDER"), ("fertility clinic", "SPECIALTY")],
     ["fertility"], "A fertility referral destination reveals the service; the records hand-off survives."),
    ("df0087", "Your X\u0430nax refill was sent to Rite Pharmacy on Elm, ready after 2pm. -Dr. Whitlock",
     "REWRITE", "pickup", "sms", "en",
     [("X\u0430nax", "MEDICATION"), ("Dr. Whitlock", "PROVIDER")],
     ["pharmacy", "behavioral-health"], "Cyrillic 'а' inside a drug name in a pickup notice: the drug goes, the pickup survives."),
    ("df0088", "Yes! Normal office hours resume Monday after the holiday. The lab opens at 7 like usual.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'Normal' office hours, not a normal result; the practice's own lab opening time."),
    ("df0089", "Hello Ms. Petrosyan, your Depo shot is due between 11/3 and 11/17. Reply with a day that works and I'll book it. —Lakeshore Women's Health",
     "REWRITE", "reminder", "sms", "en",
     [("Petrosyan", "NAME"), ("Depo shot", "MEDICATION"), ("11/3", "DATE"), ("11/17", "DATE"), ("Lakeshore Women's Health", "SPECIALTY")],
     ["reproductive"], "Contraceptive product and women's-health practice name go; the booking window survives."),
    ("df0090", "Hi Denise, per your question — no, you don't need to fast for tomorrow's visit, it's just a med check with Dr. Varga. See you at 10:45!",
     "REWRITE", "reminder", "email", "en",
     [("Denise", "NAME"), ("med check", "PROCEDURE"), ("Dr. Varga", "PROVIDER")],
     ["behavioral-health"], "A named visit type ('med check', README) and the name go; the answer about fasting survives."),
    ("df0091", "We got the results from your sleep study. Dr. Pellegrino wants to go over them in person — the front desk will call to schedule.",
     "REWRITE", "portal-notice", "sms", "en",
     [("sleep study", "PROCEDURE"), ("Dr. Pellegrino", "PROVIDER")],
     ["primary-care"], "No result is given; the test name goes and the visit request survives."),
    ("df0092", "Hi Gus. BP 164/98 today, which is too high. Double up your amlodipine to 10 mg starting tonight and come back for a nurse BP check in 1 week. —Dr. Keane",
     "BLOCK", "care-instructions", "sms", "en",
     [("Gus", "NAME"), ("BP", "PROCEDURE"), ("164/98", "RESULT"), ("too high", "RESULT"), ("amlodipine", "MEDICATION"), ("BP", "PROCEDURE", 1), ("Dr. Keane", "PROVIDER")],
     ["cardiology", "shorthand"], "A value and a dose change."),
    ("df0093", "Buenas, le aviso que la Dra. Fuentes no va a estar el lunes. Su cita se pasa al miércoles 9 de abril a la misma hora. Si no le queda, avíseme. Saludos, Lupita",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Fuentes", "PROVIDER"), ("9 de abril", "DATE"), ("Lupita", "PROVIDER")],
     ["primary-care"], "Provider, date and the staff sender (decision 2)."),
    ("df0094", "Hi hon, I'm so sorry about your loss. Take all the time you need. We'll hold off on any reminders for a while. ❤️ —Pam at the front desk",
     "ALLOW", "other", "sms", "en",
     [("Pam", "PROVIDER")],
     ["general"], "Decision 11: a condolence that names no person, condition or event (judgement)."),
    ("df0095", "Hi Mr. Castellanos, it's Dr. Imrie. Your PSA came back at 6.8, which is higher than last year. It doesn't mean cancer, but I'd like you to see urology. I'll put in the referral today.",
     "BLOCK", "result", "sms", "en",
     [("Castellanos", "NAME"), ("Dr. Imrie", "PROVIDER"), ("PSA", "PROCEDURE"), ("6.8", "RESULT"), ("cancer", "CONDITION"), ("urology", "SPECIALTY")],
     ["primary-care", "oncology", "negation"], "A lab value; the negated 'cancer' is still labelled as a condition word."),
    ("df0096", "Nope, that's not a side effect I'd worry about. Lots of people get a little dry mouth at first — it usually fades. Keep going and we'll check in at your next visit.",
     "ALLOW", "care-instructions", "portal", "en",
     [("dry mouth", "CONDITION")],
     ["primary-care"], "A symptom and 'keep taking it' advice, written inside the secure portal: allowed there (README)."),
)


# ---------------------------------------------------------------- batch 9 (df0097-df0108): visit summaries, Spanish family replies
add(
    ("df0097", "just fyi our office will be closed thurs for the staff training, dr wells is seeing pts fri instead. call (507) 555-0133 w/ questions",
     "ALLOW", "other", "sms", "en",
     [("dr wells", "PROVIDER"), ("(507) 555-0133", "PHONE")],
     ["general", "shorthand", "practice-contact"], "Lower-case provider title and the practice's own number; 'pts' is patients in general."),
    ("df0098", "Hi Ravi,\n\nIt was great to meet you today. As promised, here are the next steps we talked about:\n\n1. I sent a referral to Dr. Chaudhary at Riverside Gastroenterology. Their scheduler usually calls within a week.\n2. Please pick up the stool test kit from our lab window any weekday before 4pm.\n3. Your next visit with me is on 8/19 at 2:40.\n\nI'll reach out in the portal if anything comes up before then. Don't hesitate to message me with questions.\n\nAll the best,\nNiamh Corrigan, FNP-C\nHarborview Primary Care",
     "REWRITE", "care-instructions", "email", "en",
     [("Ravi", "NAME"), ("Dr. Chaudhary", "PROVIDER"), ("Riverside Gastroenterology", "SPECIALTY"), ("stool test", "PROCEDURE"), ("8/19", "DATE"), ("Niamh Corrigan, FNP-C", "PROVIDER")],
     ["primary-care"], "Next-steps e-mail: name, specialty and test go; the referral hand-off, kit pickup and next visit survive."),
    ("df0099", "Mamá de Sofi: las vacunas de los 4 años ya están al corriente, le dejé la cartilla en recepción 😊",
     "REWRITE", "other", "sms", "es",
     [("Sofi", "NAME"), ("vacunas", "PROCEDURE")],
     ["pediatrics", "minor"], "Decision 10: a dependent's routine vaccines with a name are REWRITE; 'al corriente' is a record status, not a result."),
    ("df0100", "sure thing! ill send the school note to the portal now. hope the little guy feels better",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "minor", "typo", "hard-negative"], "Decisions 4 and 11: a school note and a get-well wish with no condition named."),
    ("df0101", "Hola Karina, tu papá ya salió del procedimiento y todo salió bien. El Dr. Ocampo va a hablar contigo en la sala de espera en 15 min.",
     "BLOCK", "other", "sms", "es",
     [("Karina", "NAME"), ("todo salió bien", "RESULT"), ("Dr. Ocampo", "PROVIDER")],
     ["primary-care", "third-party"], "Decision 3: the outcome of a relative's procedure told to family is a third party's result; 'procedimiento' is generic."),
    ("df0102", "Sr. Montalvo, su resonancia de rodilla muestra un desgarre del menisco. El Dr. Arriaga le explicará las opciones en su cita del 3 de julio. No haga deporte mientras tanto.",
     "BLOCK", "result", "sms", "es",
     [("Montalvo", "NAME"), ("resonancia", "PROCEDURE"), ("desgarre del menisco", "CONDITION"), ("Dr. Arriaga", "PROVIDER"), ("3 de julio", "DATE")],
     ["orthopedics", "typo"], "An MRI finding ('desgarre' for desgarro, as often written). Decision 12: 'de rodilla' is a body part, not labelled."),
    ("df0103", "Jaja no se preocupe, aquí lo esperamos. Sin presión, llegue cuando pueda 🙂",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "'Sin presión' means no rush, not blood pressure."),
    ("df0104", "Buenas tardes Sra. Olvera. Le escribe Rocío, enfermera de la clínica. La Dra. Salgado ya firmó el justificante para la escuela de su hijo Mateo. Puede pasar por él a recepción.",
     "REWRITE", "other", "sms", "es",
     [("Olvera", "NAME"), ("Rocío", "PROVIDER"), ("Dra. Salgado", "PROVIDER"), ("Mateo", "NAME")],
     ["pediatrics", "minor"], "Parent's and child's names go; the school-note pickup survives (decision 4)."),
    ("df0105", "Estimado Joaquín:\n\nGracias por su paciencia. Revisé los resultados de la prueba de esfuerzo y, en general, salieron bien: no hubo cambios en el electro durante el ejercicio y llegó al 92% de su frecuencia cardiaca máxima. Sin embargo, su colesterol LDL sigue en 155 aunque ya toma atorvastatina 20 mg, así que le voy a subir la dosis a 40 mg. La receta nueva ya está en su farmacia; empiece a tomar la nueva dosis cuando se termine las pastillas que tiene.\n\nLo veo en tres meses para repetir los análisis. Cualquier duda, escríbame por el portal.\n\nAtentamente,\nDra. Beatriz Anaya\nCentro Cardiovascular San Judas",
     "BLOCK", "result", "email", "es",
     [("Joaquín", "NAME"), ("prueba de esfuerzo", "PROCEDURE"), ("salieron [[bien]]", "RESULT"), ("no hubo cambios", "RESULT"), ("electro", "PROCEDURE"), ("92%", "RESULT"),
      ("frecuencia cardiaca máxima", "PROCEDURE"), ("colesterol LDL", "PROCEDURE"), ("155", "RESULT"), ("atorvastatina 20 mg", "MEDICATION"),
      ("Dra. Beatriz Anaya", "PROVIDER"), ("Centro Cardiovascular San Judas", "SPECIALTY")],
     ["cardiology"], "Stress-test results, a lipid value and a dose increase by e-mail."),
    ("df0106", "Hi Aaron, Dr. Wells (not me, the other Dr. W 😄) will do your vasectomy consult on 1/22. Nothing to prep, just bring your ID and insurance card.",
     "REWRITE", "reminder", "sms", "en",
     [("Aaron", "NAME"), ("Dr. Wells", "PROVIDER"), ("Dr. W", "PROVIDER", 1), ("vasectomy", "PROCEDURE"), ("1/22", "DATE")],
     ["reproductive"], "Name and procedure go; 'Dr. W' is a nickname for a provider (PROVIDER); 'prep' here is generic ('nothing to prep')."),
    ("df0107", "Positive thinking goes a long way! Glad the new job is going well. See you next month.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'Positive' thinking, not a positive result."),
    ("df0108", "Hi Ms. Yazzie, I called in the Paxlovid since you tested positive at home. Take all 3 pills twice a day for 5 days and hold your simvastatin until you're done.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Yazzie", "NAME"), ("Paxlovid", "MEDICATION"), ("positive", "RESULT"), ("simvastatin", "MEDICATION")],
     ["primary-care"], "A positive home test, a prescription and dosing instructions."),
)


# ---------------------------------------------------------------- batch 10 (df0109-df0120): shots, birthdays, portal contrast, sign-offs
add(
    ("df0109", "Yes we can do your flu shot at your visit Thursday, no separate appt needed.",
     "REWRITE", "reminder", "sms", "en",
     [("flu shot", "PROCEDURE")],
     ["primary-care", "shorthand"], "The recipient's own service named (README: 'your flu shot appointment' is REWRITE)."),
    ("df0110", "FYI flu shots are in! Walk-ins welcome Mon–Fri 8–4, no appt needed. Tell your friends 💉",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A broadcast-style note about a service offered to everyone (README: broadcasts are ALLOW, no span)."),
    ("df0111", "Hi Walt, Dr. Bergstrom here. Congrats on turning 90 next week!! 🎂 The whole office signed a card for you.",
     "REWRITE", "other", "sms", "en",
     [("Walt", "NAME"), ("Dr. Bergstrom", "PROVIDER"), ("90", "AGE")],
     ["primary-care", "age-over-89"], "An age over 89 with a name; both go and the greeting survives."),
    ("df0112", "Hey, got ur msg about the burning w/ peeing. Sounds like a UTI — I sent nitrofurantoin 100mg to ur pharmacy, 1 cap 2x/day x5 days. Lots of water. If fever or back pain, come in. -Jo, NP",
     "BLOCK", "care-instructions", "sms", "en",
     [("burning w/ peeing", "CONDITION"), ("UTI", "CONDITION"), ("nitrofurantoin 100mg", "MEDICATION"), ("fever", "CONDITION"), ("back pain", "CONDITION"), ("Jo, NP", "PROVIDER")],
     ["primary-care", "shorthand"], "A diagnosis from symptoms and dosing instructions."),
    ("df0113", "Got it, I'll let Dr. Okoro know you'll be runnign late. No problem at all.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Okoro", "PROVIDER")],
     ["general", "typo"], "Provider name only."),
    ("df0114", "Hi Bev, after looking at your BP log I'd like you to increase lisinopril to 20mg once daily starting tomorrow. Recheck BP in 2 wks and send me the numbers. Dr. Abernathy",
     "ALLOW", "care-instructions", "portal", "en",
     [("Bev", "NAME"), ("BP", "PROCEDURE"), ("lisinopril", "MEDICATION"), ("BP", "PROCEDURE", 1), ("Dr. Abernathy", "PROVIDER")],
     ["primary-care", "shorthand", "contrast"], "df0025's text written inside the secure portal: a dose instruction is fine there (README)."),
    ("df0115", "Hi Stefan, thanks for the update. I'm glad the new CPAP mask is more comfortable. The supply company will mail your replacement cushions every 3 months. — Dr. Arvidsson",
     "REWRITE", "other", "email", "en",
     [("Stefan", "NAME"), ("CPAP", "PROCEDURE"), ("Dr. Arvidsson", "PROVIDER")],
     ["home-health"], "A device reveals the condition (devices are PROCEDURE); the resupply schedule survives without it."),
    ("df0116", "I'll be honest, I had to google what a 'hat trick' was 😂 congrats to your kiddo on the big game!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Small talk about a child's game; nothing about health."),
    ("df0117", "Hi! Per Dr. Mahmoud, you're due for your annual wellness visit. Want me to book it for the same day as your husband's? Reply Y and I'll grab back-to-back slots.",
     "ALLOW", "recall", "sms", "en",
     [("Dr. Mahmoud", "PROVIDER")],
     ["primary-care"], "Generic annual wellness visit (README). Decision 11: a spouse's generic visit says nothing about his health."),
    ("df0118", "Hi Mrs. Kowalski-Brandt,\n\nThanks for calling this morning. To answer your questions: yes, your husband can stay with you until you go back, and there is free parking in the blue ramp. Your arrival time for the hip replacement is 6:00 AM on 10/14 at Clearwater Orthopedics, 2nd floor. Please wear loose clothes and leave jewelry at home. Someone from anesthesia will call you the day before.\n\nTake care,\nBrianne Sook, RN\nSurgical Coordinator",
     "REWRITE", "reminder", "email", "en",
     [("Kowalski-Brandt", "NAME"), ("hip replacement", "PROCEDURE"), ("10/14", "DATE"), ("Clearwater Orthopedics", "SPECIALTY"), ("anesthesia", "SPECIALTY"), ("Brianne Sook, RN", "PROVIDER")],
     ["orthopedics"], "Pre-op logistics: name, procedure, orthopedic practice and the anesthesia department go (decision 8); arrival time and date survive."),
    ("df0119", "Your son's ADHD med — the pharmacy needs a new script every month since it's a controlled substance. I sent this month's today. Next one ~3/12.",
     "BLOCK", "pickup", "sms", "en",
     [("ADHD", "CONDITION"), ("3/12", "DATE")],
     ["pediatrics", "minor", "third-party", "shorthand"], "A dependent's condition and medication sent to the parent: BLOCK (README example 'your son's ADHD meds')."),
    ("df0120", "Hi Dev, your PrEP labs are due before the next refill — stop by the lab any weekday, no appt needed. -Sam, RN",
     "REWRITE", "reminder", "sms", "en",
     [("Dev", "NAME"), ("PrEP", "MEDICATION"), ("Sam, RN", "PROVIDER")],
     ["hiv-sexual-health", "shorthand"], "Name and the revealing drug go; 'labs are due before the next refill' survives."),
)

probe_lib.run(M, "df", "probe107.jsonl")
