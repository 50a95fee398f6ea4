#!/usr/bin/env python3
"""Build corpus/probe21.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe21.py [OUT] [-v]   (default: probe21.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring, first batch and closing `run` lines for the script format only; the
engine was not run and no other corpus's messages were read).
This round is EUPHEMISMS, INDIRECTION AND STAFF WORKAROUNDS: messages in which staff, on purpose
or not, say clinical things without clinical words — euphemisms ("your sugar", "your numbers",
"the big C", "down there", "the blues", "your ticker", "tu problemita"), clinicians' shorthand
(DM2, HTN, CKD3, Ca, bx, neg, +, ↑, WNL, s/p, r/o), emoji and symbols standing for words, results
given as a bare number or a trend, drugs named by colour or use ("water pill", "la pastilla de la
presión"), conditions named only by their specialist or treatment, split messages and a few
disguises (spaced letters, leet, zero-width, a Cyrillic look-alike) — and, in quantity, innocent
messages that use the same words (sugar-free snacks, numbers to call, the blues festival, parking
levels, positive feedback, "we're up again after the outage", friendly emoji, logistics shorthand).
About 20% Spanish.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "410 ([[H]])" searches for "410 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. A euphemism that stands for the patient's condition is CONDITION on the euphemism itself,
     article outside ("the ⟦big C⟧", "the ⟦blues⟧", "your ⟦sugar⟧ check", "el ⟦problemita⟧");
     a body-site euphemism is one span with the complaint it qualifies ("⟦itching down there⟧",
     "⟦problemita de allá abajo⟧").
  2. A test or measure named by description or nickname is PROCEDURE ("⟦sugar number⟧",
     "⟦azúcar de 3 meses⟧", "⟦thyroid⟧ #", "⟦liver numbers⟧", "⟦estudio del corazón⟧",
     "⟦Ca markers⟧"); bare "your numbers", "your levels", "the test", "the results we discussed",
     "scan", "blood work" stay generic and unlabelled.
  3. A result given without a value — a direction, trend or verdict word ("up again", "↑ again",
     "mejor", "fine", "higher", "back in range", "same size", "clear", "U=U", 👍) — is a RESULT
     span; each number of a trend ("from 7.9 to 6.8") is its own RESULT span.
  4. A symbol meaning an action or a conjunction is not labelled ("→ ↑ lisinopril" = increase the
     dose, part of the instruction; "glucometer + log"); "+" meaning positive is RESULT.
  5. Drugs named by colour, class, form or schedule with no condition word are one MEDICATION
     span ("water pill", "blue pill", "little yellow pill", "pink medicine", "happy pill",
     "sleeping pills", "blood thinner", "pastilla del agua", "la ⟦crema⟧", "the ⟦pill⟧",
     "Take-homes", "inyección de cada 3 meses"); when the nickname names a condition
     ("pastilla de la ⟦presión⟧", "pastilla del ⟦azúcar⟧"), the condition word is CONDITION and
     the pill word stays outside, as in the README's "your son's ⟦ADHD⟧ meds". "presión" as a
     measured value is PROCEDURE (like home BP).
  6. An emoji that stands for a clinical word takes that word's category (🦷 = dental, SPECIALTY;
     🍬 = blood-sugar test, PROCEDURE; ❤️ as the reason for a drug, CONDITION; 👍 / ⬆️ / ↑ as
     a result, RESULT); emoji used as decoration or for a generic word (🩸 work = blood work,
     💊 = prescription, 📅) are not labelled.
  7. Slang and clipped names of specialists and services are SPECIALTY ("ticker doc", "onc",
     "nephro", "especialista del corazón"); slang names of treatments are PROCEDURE ("snip",
     "lavado de riñón", "radio" = radioterapia, "round 3", "U/A", "dosing"); department names in a
     sign-off are SPECIALTY when they reveal the service ("Urgent Care", "Imaging").
  8. Vague references with no clinical word ("the thing we talked about", "lo que le sacaron",
     "the results we discussed", "the other number") are not labelled: the message is ALLOW when
     it only asks the patient to call or read the portal, BLOCK when it states an outcome.
  9. Split messages ((1/2), (2/2)...) are judged part by part, as the engine receives them: the
     part that states the result is BLOCK, the others are labelled for what they hold alone.
 10. A clinician named without a title but with a specialty credential ("Morgan Ellis, LCSW") is
     PROVIDER for the name and SPECIALTY for the credential.
 11. A notice an opioid-treatment program sends to all its patients (dosing-window hours) is not
     a broadcast in the README's sense: it reveals that the recipient is in Part 2 treatment, so
     REWRITE.
 12. Sleep-centre and men's-health (telehealth brand) names are specialty-revealing, like imaging
     names; services without a tag of their own (urology, nephrology, sleep, GI, general surgery)
     are tagged `general`.
 13. Broadcasts that use a condition word in an everyday or fundraising sense ("cancer support
     fund", "winter blues" walking club) are ALLOW with no span (hard negatives).
 14. Disguised terms are labelled over their whole disguised form, format characters inside
     included; a one-letter flag or symbol is labelled on its own.

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


# ---------------------------------------------------------------- batch 1 (t0001-t0015): sugar, numbers, levels, diabetes shorthand
add(
    ("t0001", "Hi Carl, good news! Your sugar number went from 7.9 to 6.8 since March 🎉 Keep doing what you're doing. – Nurse Patty, Lakeview Family Practice",
     "BLOCK", "result", "sms", "en",
     [("Carl", "NAME"), ("sugar number", "PROCEDURE"), ("7.9", "RESULT"), ("6.8", "RESULT"), ("Nurse Patty", "PROVIDER")],
     ["primary-care", "contrast"], "A result given as a trend under a euphemized test name ('sugar number' = A1c) is still a result. Decisions 2 and 3: nickname of the test PROCEDURE, each value its own RESULT."),
    ("t0002", "Reminder: your sugar check with Dr. Okafor is Tue 3/10 at 8:15am. Please come fasting. Reply C to confirm, R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("sugar", "CONDITION"), ("Dr. Okafor", "PROVIDER"), ("3/10", "DATE")],
     ["primary-care"], "'sugar' stands for diabetes used as a visit label (like 'asthma check'): CONDITION, 'check' outside (decision 1). The reminder survives without it."),
    ("t0003", "Lakeview Community Health Fair is this Saturday, 10am–2pm in the east parking lot! Sugar-free snacks, face painting, a bounce house and raffle prizes. Bring the whole family 🎈",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Broadcast; 'sugar-free snacks' is food, not anyone's diabetes."),
    ("t0004", "hi its the clinic. ur numbers are up again so dr wants u to take 2 of the metformin w/ dinner instead of 1 starting tmrw. call if questions",
     "BLOCK", "care-instructions", "sms", "en",
     [("up again", "RESULT"), ("metformin", "MEDICATION")],
     ["primary-care", "shorthand", "typo", "contrast"], "A trend without a value is a result (decision 3) and the dose change is a dosing instruction; 'your numbers' itself stays generic (decision 2)."),
    ("t0005", "Brookside Medical Group: save your numbers to call! Scheduling – press 1. Billing – press 2. After-hours nurse – press 3. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'your numbers' here are phone menu options, not results."),
    ("t0006", "Sra. Beltrán, sus niveles salieron mejor que la vez pasada 👍 La doctora dice que siga igual con la pastilla del azúcar. Saludos, Clínica Familiar del Valle",
     "BLOCK", "result", "sms", "es",
     [("Beltrán", "NAME"), ("mejor", "RESULT"), ("azúcar", "CONDITION")],
     ["primary-care", "contrast"], "'Your levels came out better' is a result without a value (decision 3); the pill named by its condition labels the condition word only (decision 5). 👍 is decoration here, not a result word."),
    ("t0007", "Hi from Greenway Pharmacy! Your water pill is ready for pickup at the drive-thru. Open till 9pm tonight.",
     "REWRITE", "pickup", "sms", "en",
     [("water pill", "MEDICATION")],
     ["pharmacy"], "A diuretic named by its nickname is a medication in a pickup notice (decision 5); the pickup survives."),
    ("t0008", "We're up again after this morning's phone outage! If you called between 8 and 10 and couldn't get through, please try us again. Sorry for the trouble. – Brookside Medical Group",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'up again' is the phone system, not a lab trend."),
    ("t0009", "Subject: Following up\n\nHi Ms. Harlow,\n\nJust following up on the results we discussed Monday. Dr. Brennan reviewed the repeat draw and your levels are now WNL, so no change to the plan and no need to come in early. He'd still like to see you at your regular visit in the spring.\n\nIf you have questions before then, just reply to this email.\n\nWarmly,\nTeresa Vance, RN\nOak Hollow Internal Medicine",
     "BLOCK", "result", "email", "en",
     [("Harlow", "NAME"), ("Dr. Brennan", "PROVIDER"), ("WNL", "RESULT"), ("Teresa Vance, RN", "PROVIDER")],
     ["primary-care", "shorthand"], "'levels are now WNL' is a normal result, still a result; e-mail is treated like SMS. 'the results we discussed' and 'your levels' stay unlabelled (decision 2)."),
    ("t0010", "appt reminder: DM2 f/u w/ PA Sorensen 4/2 @ 10:40. pls bring glucometer + log. reply C to confirm",
     "REWRITE", "reminder", "sms", "en",
     [("DM2", "CONDITION"), ("PA Sorensen", "PROVIDER"), ("4/2", "DATE"), ("glucometer", "PROCEDURE")],
     ["primary-care", "shorthand"], "Diagnosis abbreviation used as a visit label and a device that reveals it go; '+' means 'and' (decision 4)."),
    ("t0011", "Disculpe el problemita con el sistema de citas esta mañana 🙏 Ya todo funciona normal. Si no pudo agendar, llámenos o responda CITA.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'problemita' is the booking system's glitch and 'normal' describes the system."),
    ("t0012", "Hi, this message is for Denise. This is Marco calling from Dr. Albright's office. The test from last week came back, um, the way we hoped — negative — so nothing to worry about. If you have any questions call us back at (206) 555-0147. Have a good day.",
     "BLOCK", "result", "voice", "en",
     [("Denise", "NAME"), ("Marco", "PROVIDER"), ("Dr. Albright", "PROVIDER"), ("negative", "RESULT"), ("(206) 555-0147", "PHONE")],
     ["primary-care", "practice-contact"], "Voicemail treated like SMS; a negative result is still a result even with no test named. Marco is the staff sender (PROVIDER)."),
    ("t0013", "Quick update from Dr. Fenn's nurse: bx neg 🙂 no further tx needed, see you at your 6 mo f/u.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Fenn", "PROVIDER"), ("bx", "PROCEDURE"), ("neg", "RESULT")],
     ["dermatology", "shorthand"], "'bx neg' is a biopsy result in two abbreviations; 'tx' and 'f/u' are generic."),
    ("t0014", "Appt confirmed for Thurs @ 3:30. Pls arrive 15 min early w/ ins card + photo ID. Need to r/s? Reply R ASAP. Thx!",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative", "shorthand"], "Logistics shorthand only; '+' is 'and', 'r/s' is reschedule."),
    ("t0015", "Farmacia San Judas: Don Aurelio, ya tenemos lista su pastilla de la presión. Puede pasar por ella de lunes a sábado de 9 a 8.",
     "REWRITE", "pickup", "sms", "es",
     [("Aurelio", "NAME"), ("presión", "CONDITION")],
     ["pharmacy"], "Pickup notice: the name and the blood-pressure pill go. Decision 5: a pill named by its condition labels the condition word ('presión' = hipertensión), 'pastilla' stays outside."),
)

# ---------------------------------------------------------------- batch 2 (t0016-t0028): the big C, onc, infusion, radio
add(
    ("t0016", "Hi Joanne! Dr. Whitcombe asked me to let you know it's NOT the big C 🎉 just a cyst. Call us when you can to talk next steps.",
     "BLOCK", "result", "sms", "en",
     [("Joanne", "NAME"), ("Dr. Whitcombe", "PROVIDER"), ("big C", "CONDITION"), ("cyst", "CONDITION")],
     ["oncology", "negation"], "A negated euphemism plus the actual diagnosis is a finding (decision 1: 'big C' CONDITION, article outside)."),
    ("t0017", "Northshore Medical: your infusion chair is booked for Wed 5/6 at 9am (about 4 hrs). Bring a snack and a sweater! Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("infusion", "PROCEDURE"), ("5/6", "DATE")],
     ["oncology"], "Treatment named by its chair: 'infusion' is the visit type; date and time survive."),
    ("t0018", "Hi Mr. Castellano,\n\nQuick notes before round 3 on Thursday:\n- Stop the ibuprofen 3 days before.\n- Start the anti-nausea pills the night before, like last time.\n- Your counts were a bit low last time (ANC 1.2), so we'll recheck that morning before we start.\n\nNina Hargrove, RN\nOncology Nurse Navigator, Lakeside Cancer Institute",
     "BLOCK", "care-instructions", "email", "en",
     [("Castellano", "NAME"), ("round 3", "PROCEDURE"), ("ibuprofen", "MEDICATION"), ("anti-nausea pills", "MEDICATION"), ("counts", "PROCEDURE"), ("low", "RESULT"), ("ANC", "PROCEDURE"), ("1.2", "RESULT"), ("Nina Hargrove, RN", "PROVIDER"), ("Oncology", "SPECIALTY"), ("Lakeside Cancer Institute", "SPECIALTY")],
     ["oncology"], "Medication instructions and a count result; chemo named only as 'round 3' is PROCEDURE (decision 7), 'anti-nausea pills' a drug named by use (decision 5)."),
    ("t0019", "Thanks for all the positive feedback on our patient survey! 🌟 We read every comment. Got more ideas? Just reply to this text. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'positive' is survey feedback, not a result."),
    ("t0020", "Hi Bev! Your visit with the onc team on Fri 10/9 moved to 1:30. Same building, 3rd floor. Text back if that time doesn't work 🙂",
     "REWRITE", "reminder", "sms", "en",
     [("Bev", "NAME"), ("onc", "SPECIALTY"), ("10/9", "DATE")],
     ["oncology", "shorthand"], "Clipped specialty name 'onc' is SPECIALTY (decision 7)."),
    ("t0021", "Doña Lupe, le escribo de parte de la Dra. Ibarra: lo que le sacaron salió benigno, gracias a Dios 🙏 No necesita nada más por ahora, nomás su cita de siempre.",
     "BLOCK", "result", "sms", "es",
     [("Lupe", "NAME"), ("Dra. Ibarra", "PROVIDER"), ("benigno", "RESULT")],
     ["oncology"], "Pathology result given without naming the specimen; 'lo que le sacaron' has no clinical word and stays unlabelled (decision 8)."),
    ("t0022", "Hi Trish, it's Dana from Dr. Moss's office. Your mom asked us to let you know her Ca markers ↑ again so she'll be restarting tx next month. She said you'd be driving her.",
     "BLOCK", "other", "sms", "en",
     [("Trish", "NAME"), ("Dana", "PROVIDER"), ("Dr. Moss", "PROVIDER"), ("Ca markers", "PROCEDURE"), ("↑ again", "RESULT")],
     ["oncology", "third-party", "shorthand"], "A third party's tumour-marker trend, written in shorthand and an arrow (decisions 2 and 3); the mother's consent does not make SMS safe."),
    ("t0023", "Daffodil Days are here! 🌼 Stop by the main lobby this week — every bouquet supports the community cancer support fund. Thank you for helping us bloom!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Fundraising broadcast; 'cancer' says nothing about the recipient (decision 13)."),
    ("t0024", "Your follow-up with Dr. Yamada (oncologist) is confirmed for 2/19 at 11:00, Pavilion B, Suite 210. Reply R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Yamada", "PROVIDER"), ("oncologist", "SPECIALTY"), ("2/19", "DATE")],
     ["oncology"], "The condition is named only by the specialist; the role word goes."),
    ("t0025", "Subject: checking in\n\nHi Angela,\n\nI know Dr. Osterberg went over everything on Friday, but I wanted to put it in writing since it was a lot to take in. The path report confirmed what we suspected, but it's early — stage 1, and the nodes were clear. That's the best news we could have hoped for.\n\nNext steps: you'll meet Dr. Farouk (radiation) on 4/28 at 1:00, and we'll talk about whether you'll need the pills afterward. Bring Paul or whoever is driving you.\n\nA few practical things: valet at the main entrance is free for patients, and our social worker can help with time-off paperwork for your job if you need it. Many people find it helps to jot questions down as they come up during the week; bring the list and we'll go through it together, one at a time. Nothing is too small to ask.\n\nYou don't have to go through this alone. Call me anytime at (412) 555-0176.\n\nWith care,\nMegan Lott, RN, OCN\nBreast Health Navigator\nAllegheny Valley Cancer Center",
     "BLOCK", "result", "email", "en",
     [("Angela", "NAME"), ("Dr. Osterberg", "PROVIDER"), ("path report", "PROCEDURE"), ("stage 1", "RESULT"), ("clear", "RESULT"), ("Dr. Farouk", "PROVIDER"), ("radiation", "SPECIALTY"), ("4/28", "DATE"), ("Paul", "NAME"), ("(412) 555-0176", "PHONE"), ("Megan Lott, RN", "PROVIDER"), ("OCN", "SPECIALTY"), ("Breast Health", "SPECIALTY"), ("Allegheny Valley Cancer Center", "SPECIALTY")],
     ["oncology", "practice-contact"], "The diagnosis is never named ('confirmed what we suspected') but the stage and node findings are results. 'the pills' is unlabelled (no drug, class or use named)."),
    ("t0026", "Your pathology report from 3/2 is now available. Note from Dr. Yamada: margins clear, no further surgery needed. We'll see you at your 3-month visit.",
     "ALLOW", "result", "portal", "en",
     [("pathology report", "PROCEDURE"), ("3/2", "DATE"), ("Dr. Yamada", "PROVIDER"), ("margins clear", "RESULT")],
     ["oncology", "contrast"], "Inside the secure portal a finding may stay (README channel convention)."),
    ("t0027", "Recordatorio: su sesión de radio es mañana a las 7:40 am en el Centro Oncológico del Norte. Favor de llegar 10 min antes. Responda 1 para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("radio", "PROCEDURE"), ("Centro Oncológico del Norte", "SPECIALTY")],
     ["oncology"], "'radio' is the colloquial clip of radioterapia (decision 7); the oncology centre name goes; '10 min' is not a date."),
    ("t0028", "Heads up: parking garage levels 2 and 3 are closed Mon–Wed for repainting. Please use level 1 or the surface lot across the street. See you soon!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'levels' of a parking garage, not lab levels."),
)

# ---------------------------------------------------------------- batch 3 (t0029-t0035): ticker, blood thinner, water pill
add(
    ("t0029", "Hey Walt, your ticker doc (Dr. Pham) wants to see you Thurs 6/11 at 2pm. Reply Y to confirm 👍",
     "REWRITE", "reminder", "sms", "en",
     [("Walt", "NAME"), ("ticker doc", "SPECIALTY"), ("Dr. Pham", "PROVIDER"), ("6/11", "DATE")],
     ["cardiology"], "Slang for cardiologist is SPECIALTY (decision 7); 👍 is a friendly sign-off here."),
    ("t0030", "Your INR was 3.6 today. Skip tonight's blood thinner, then back to your usual dose tomorrow. Recheck Monday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("INR", "PROCEDURE"), ("3.6", "RESULT"), ("blood thinner", "MEDICATION")],
     ["cardiology"], "A value and a dosing instruction; the anticoagulant is named only by its class nickname (decision 5)."),
    ("t0031", "🎷 Staff night out! Our team is working the first-aid tent at the Riverfront Blues Festival this Saturday. Come say hi — and stay hydrated out there!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Blues' is a music festival."),
    ("t0032", "Pls return your heart monitor to the front desk by Fri. Drop box is next to the elevator if we're closed. Thx! – Valley Heart & Vascular",
     "REWRITE", "other", "sms", "en",
     [("heart monitor", "PROCEDURE"), ("Valley Heart & Vascular", "SPECIALTY")],
     ["cardiology", "shorthand"], "A device is PROCEDURE and the practice name reveals cardiology; the return logistics survive."),
    ("t0033", "Sr. Domínguez, dice el doctor que se tome la pastilla del agua solo en la mañana, no en la noche, y que se pese diario. Si sube más de 2 kilos en 3 días, nos avisa.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Domínguez", "NAME"), ("pastilla del agua", "MEDICATION")],
     ["cardiology"], "Dosing instruction for a diuretic named only by its nickname (decision 5); daily weights reveal heart failure care."),
    ("t0034", "Stress test looked good! EF 55%, so no need for the cath 🙌 – Dr. Pham's office",
     "BLOCK", "result", "sms", "en",
     [("Stress test", "PROCEDURE"), ("good", "RESULT"), ("EF", "PROCEDURE"), ("55%", "RESULT"), ("cath", "PROCEDURE"), ("Dr. Pham", "PROVIDER")],
     ["cardiology", "negation", "shorthand"], "A normal result with a value; the avoided procedure is still labelled (negation)."),
    ("t0035", "This is an automated reminder from Kettle Creek Medical Associates. You have an appointment tomorrow at ten fifteen A M. Press 1 to confirm, 2 to reschedule, or stay on the line to speak with our staff.",
     "ALLOW", "reminder", "voice", "en", [],
     ["primary-care"], "Generic practice, time only."),
)

# ---------------------------------------------------------------- batch 4 (t0036-t0043): the blues, happy pill, programs
add(
    ("t0036", "Hi Kelsey, reminder of your Tues check-in about the blues with Morgan Ellis, LCSW. 4pm, same room as last time 💙",
     "REWRITE", "reminder", "sms", "en",
     [("Kelsey", "NAME"), ("blues", "CONDITION"), ("Morgan Ellis", "PROVIDER"), ("LCSW", "SPECIALTY")],
     ["behavioral-health"], "'the blues' stands for depression (decision 1); a clinician without title but with a specialty credential is PROVIDER + SPECIALTY (decision 10)."),
    ("t0037", "Dr. Roth says ok to go up to 1½ of your happy pill starting Monday. Text us if the jitters come back.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Roth", "PROVIDER"), ("happy pill", "MEDICATION"), ("jitters", "CONDITION")],
     ["behavioral-health"], "Dose change for an antidepressant named by nickname (decision 5); 'jitters' is a symptom."),
    ("t0038", "Si necesita cambiar su cita, sin presión: responda CAMBIO y le buscamos otro horario. ¡Que tenga buen día! ☀️",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "hard-negative"], "'sin presión' means no pressure, not blood pressure."),
    ("t0039", "Your Thursday group at Wellspring IOP starts at 6pm sharp this week (Room B). Coffee's on us ☕",
     "REWRITE", "reminder", "sms", "en",
     [("Wellspring IOP", "SPECIALTY")],
     ["behavioral-health", "shorthand"], "An intensive-outpatient program name reveals the service; 'group' alone is left generic (judgement)."),
    ("t0040", "Hi Mr. Gallo, this is Renee at Cedar Ridge. Your son missed his med check today and told us last week he stopped the little yellow pill. Please call us at (614) 555-0162 today.",
     "BLOCK", "other", "sms", "en",
     [("Gallo", "NAME"), ("Renee", "PROVIDER"), ("med check", "PROCEDURE"), ("little yellow pill", "MEDICATION"), ("(614) 555-0162", "PHONE")],
     ["behavioral-health", "third-party", "practice-contact"], "A third party's medication adherence; the drug is named only by colour (decision 5)."),
    ("t0041", "Hola Marisol, de parte de la psicóloga: su cuestionario salió más alto que en enero y quiere verla esta semana. ¿Le queda bien el jueves a las 4?",
     "BLOCK", "result", "sms", "es",
     [("Marisol", "NAME"), ("psicóloga", "SPECIALTY"), ("cuestionario", "PROCEDURE"), ("más alto", "RESULT")],
     ["behavioral-health"], "A screening score's direction is a result (decision 3); the questionnaire is the measure; 'enero' is a month alone, not a date."),
    ("t0042", "Feeling the winter blues? ❄️ Join our free Saturday walking club — meet at the main entrance at 9am. All paces welcome, dogs too!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Broadcast to every patient; 'winter blues' is an everyday phrase and says nothing about the recipient (decision 13)."),
    ("t0043", "Buenos días, este es un mensaje para Héctor Salinas de parte del Centro de Salud Mental Horizonte. Le recordamos su cita del martes 3 de marzo a las 5 de la tarde. Para confirmar, oprima 1.",
     "REWRITE", "reminder", "voice", "es",
     [("Héctor Salinas", "NAME"), ("Centro de Salud Mental Horizonte", "SPECIALTY"), ("3 de marzo", "DATE")],
     ["behavioral-health"], "Voice treated like SMS; name and mental-health centre name go."),
)

# ---------------------------------------------------------------- batch 5 (t0044-t0051): down there, +, PrEP, the shot
add(
    ("t0044", "Hi Anya, reminder of your visit about the itching down there on Mon 8/3 at 10:20 with NP Castillo. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Anya", "NAME"), ("itching down there", "CONDITION"), ("NP Castillo", "PROVIDER"), ("8/3", "DATE")],
     ["reproductive"], "Symptom plus body-site euphemism is one CONDITION span (decision 1); the reminder survives."),
    ("t0045", "GC neg, CT +. Rx sent to your pharmacy: take all 7 days & no sex till done. Partner(s) need tx too, ask us about EPT.",
     "BLOCK", "result", "sms", "en",
     [("GC", "PROCEDURE"), ("neg", "RESULT"), ("CT", "PROCEDURE"), ("+", "RESULT"), ("EPT", "PROCEDURE")],
     ["hiv-sexual-health", "shorthand", "contrast"], "STI results in abbreviations and a plus sign (decision 4: '+' meaning positive is RESULT), plus treatment instructions."),
    ("t0046", "Adults 18+ can now book online 24/7 — just tap Schedule on our website. Kids' appointments are still by phone for now. Thanks!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'18+' is an age limit and '24/7' is not a date."),
    ("t0047", "Reminder: your P r E P refill appt is Thu 2/12 @ 4:15 at Harbor Street Clinic. Reply 1 to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("P r E P", "MEDICATION"), ("2/12", "DATE")],
     ["hiv-sexual-health", "spaced", "mixed-case"], "Spaced disguise of PrEP, labelled over its whole disguised form (decision 14); generic clinic name stays."),
    ("t0048", "Hola Yesenia 🌸 te recordamos tu cita para la inyección de cada 3 meses el viernes 14 de agosto a las 11:00. Clínica Mujer Sana",
     "REWRITE", "reminder", "sms", "es",
     [("Yesenia", "NAME"), ("inyección de cada 3 meses", "MEDICATION"), ("14 de agosto", "DATE"), ("Clínica Mujer Sana", "SPECIALTY")],
     ["reproductive"], "The contraceptive shot named only by its schedule is MEDICATION (decision 5); a women's-health clinic name reveals the service."),
    ("t0049", "Hi Jo, your test was + so congrats!! 🎉🍼 Dr. Levin wants to see you in 2 wks for a dating scan.",
     "BLOCK", "result", "sms", "en",
     [("Jo", "NAME"), ("+", "RESULT"), ("Dr. Levin", "PROVIDER"), ("dating scan", "PROCEDURE")],
     ["reproductive"], "A pregnancy result given as a plus sign and emoji; 🍼 is decoration, not labelled (decision 6)."),
    ("t0050", "Your chlamydia/gonorrhea test from 2/3 is back: chlamydia DETECTED, gonorrhea not detected. Treatment was sent to Elm Street Pharmacy. Avoid sex for 7 days after your last dose.",
     "ALLOW", "result", "portal", "en",
     [("chlamydia/gonorrhea test", "PROCEDURE"), ("2/3", "DATE"), ("[[chlamydia]] DETECTED", "CONDITION"), ("DETECTED", "RESULT"), ("[[gonorrhea]] not detected", "CONDITION"), ("not detected", "RESULT")],
     ["hiv-sexual-health", "contrast"], "Portal: results and instructions may stay (contrast with the SMS shorthand version)."),
    ("t0051", "Your appt w/ the urologist is Wed 11/4 at 9:00. Please bring a list of your meds and arrive 15 min early.",
     "REWRITE", "reminder", "sms", "en",
     [("urologist", "SPECIALTY"), ("11/4", "DATE")],
     ["general"], "Specialist role word goes; urology has no service tag of its own (decision 12)."),
)

# ---------------------------------------------------------------- batch 6 (t0052-t0058): clinicians' shorthand
add(
    ("t0052", "per Dr K: HTN not at goal (avg 152/94) → ↑ lisinopril to 20 mg daily, recheck BMP in 2 wks. pls reply to confirm u got this",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr K", "PROVIDER"), ("HTN", "CONDITION"), ("not at goal", "RESULT"), ("152/94", "RESULT"), ("lisinopril", "MEDICATION"), ("BMP", "PROCEDURE")],
     ["primary-care", "shorthand"], "Diagnosis, readings and a dose change in shorthand; the arrow before the drug means 'increase' and is part of the instruction, not a result (decision 4)."),
    ("t0053", "Pt reminder: CKD3 nephro f/u 9/22 10am, Bldg C. Labs 1 wk prior. Pls bring ur BP log.",
     "REWRITE", "reminder", "sms", "en",
     [("CKD3", "CONDITION"), ("nephro", "SPECIALTY"), ("9/22", "DATE"), ("BP", "PROCEDURE")],
     ["general", "shorthand"], "Staged diagnosis code and clipped specialty go (decision 7); home BP log is PROCEDURE as in the README; nephrology tagged general (decision 12)."),
    ("t0054", "Hi Mr. Nakamura,\n\nYou're now 1 wk s/p lap chole and the incisions look great in the photo you sent 👍 A few reminders:\n• OK to shower, pat dry, no tub baths x 2 more wks\n• No lifting > 10 lb until your post-op visit on 6/18\n• Oxycodone only if the Tylenol isn't enough — most people are off it by now\n\nReply here or call (559) 555-0184 with questions.\n\nDr. Hwang's team",
     "BLOCK", "care-instructions", "email", "en",
     [("Nakamura", "NAME"), ("lap chole", "PROCEDURE"), ("great", "RESULT"), ("post-op", "PROCEDURE"), ("6/18", "DATE"), ("Oxycodone", "MEDICATION"), ("Tylenol", "MEDICATION"), ("(559) 555-0184", "PHONE"), ("Dr. Hwang", "PROVIDER")],
     ["general", "shorthand", "practice-contact"], "Post-surgical instructions with a controlled-drug instruction and a wound finding ('look great', decision 3); 's/p' itself is not labelled. General surgery tagged general (decision 12)."),
    ("t0055", "Leg US clear → r/o DVT ✔️ Keep it elevated & Tylenol prn for soreness. – Urgent Care @ Mill Creek",
     "BLOCK", "result", "sms", "en",
     [("US", "PROCEDURE"), ("clear", "RESULT"), ("DVT", "CONDITION"), ("Tylenol", "MEDICATION"), ("soreness", "CONDITION"), ("Urgent Care", "SPECIALTY")],
     ["urgent-care", "shorthand", "negation"], "A ruled-out diagnosis is still a finding; 'r/o' is not labelled, the condition is; the department name in the sign-off reveals the service (decision 7)."),
    ("t0056", "FYI new pt paperwrok is due ASAP before your 1st appt. Pls upload it in the portal or bring it w/ you. Q's? Reply here. TY!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "shorthand", "typo"], "Logistics shorthand (pt, ASAP, w/, Q's) with nothing clinical."),
    ("t0057", "Hi! 👋 Friendly reminder: you're scheduled with Dr. Iverson on Monday 1/12 at 3:45pm. Reply C to confirm or R to reschedule. See you soon 😊",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Iverson", "PROVIDER"), ("1/12", "DATE")],
     ["primary-care"], "Provider, date and time with friendly emoji."),
    ("t0058", "Recordatorio: cita de control DM2 + HTA con el Dr. Ruvalcaba el 5/11 a las 8am. Traer glucómetro y venir en ayunas.",
     "REWRITE", "reminder", "sms", "es",
     [("DM2", "CONDITION"), ("HTA", "CONDITION"), ("Dr. Ruvalcaba", "PROVIDER"), ("5/11", "DATE"), ("glucómetro", "PROCEDURE")],
     ["primary-care", "shorthand"], "Spanish diagnosis abbreviations used as the visit label; '+' is 'y' (decision 4)."),
)

# ---------------------------------------------------------------- batch 7 (t0059-t0063): emoji standing for words
add(
    ("t0059", "Time for your 🦷 cleaning! 😁 You're booked Tue 4/14 at 9am with Dr. Sato. Reply YES to confirm.",
     "REWRITE", "recall", "sms", "en",
     [("🦷", "SPECIALTY"), ("cleaning", "PROCEDURE"), ("Dr. Sato", "PROVIDER"), ("4/14", "DATE")],
     ["dental"], "The tooth emoji stands for 'dental' (decision 6); the grin is decoration."),
    ("t0060", "Your 🩸 work is back! 🍬 a little ↑ (6.1), cholesterol 👍. Dr. Osei will go over the rest at your next visit.",
     "BLOCK", "result", "sms", "en",
     [("🍬", "PROCEDURE"), ("↑", "RESULT"), ("6.1", "RESULT"), ("cholesterol", "PROCEDURE"), ("👍", "RESULT"), ("Dr. Osei", "PROVIDER")],
     ["primary-care"], "Results written in emoji and arrows (decision 6): candy = blood sugar test, ↑ and 👍 are results; '🩸 work' = blood work, generic."),
    ("t0061", "Happy Valentine's Day from all of us at Alder Grove Family Medicine! \u2764\ufe0f🩺 Thank you for trusting us with your care.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast", "contrast"], "Greeting emoji (heart, stethoscope) stand for nothing clinical."),
    ("t0062", "Your 💊 for the \u2764\ufe0f is ready at Main St Pharmacy, counter 2. Pick up before 8pm 🙂",
     "REWRITE", "pickup", "sms", "en",
     [("\u2764\ufe0f", "CONDITION")],
     ["pharmacy", "cardiology", "contrast"], "Here the heart emoji is the reason for the drug (heart condition, decision 6); 💊 = prescription, generic. Contrast with the Valentine greeting."),
    ("t0063", "Sr. Peña, sus resultados: 🍬 = 180 ⬆️ y presión 150/95. Dice el doctor que le subamos la metformina a 2 al día y que siga la dieta.",
     "BLOCK", "result", "sms", "es",
     [("Peña", "NAME"), ("🍬", "PROCEDURE"), ("180", "RESULT"), ("⬆️", "RESULT"), ("presión", "PROCEDURE"), ("150/95", "RESULT"), ("metformina", "MEDICATION")],
     ["primary-care"], "Values written with emoji and arrows plus a dose change; 'presión' as a measured value is PROCEDURE (decision 5)."),
)

# ---------------------------------------------------------------- batch 8 (t0064-t0068): split messages
add(
    ("t0064", "(1/2) Hi Rob, this is Dr. Greer's office about the test we did on 9/8.",
     "REWRITE", "result", "sms", "en",
     [("Rob", "NAME"), ("Dr. Greer", "PROVIDER"), ("9/8", "DATE")],
     ["primary-care"], "Decision 9: judged alone, part 1 carries only a name and an unnamed test."),
    ("t0065", "(2/2) It came back positive, but it's very treatable. Please call us today at (317) 555-0139 so we can get you started.",
     "BLOCK", "result", "sms", "en",
     [("positive", "RESULT"), ("(317) 555-0139", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 9: the second part states the result even without the test's name."),
    ("t0066", "1/3 Hola Gabriel, soy Sofi de Clínica Familiar Arboleda. Le escribo por lo de su papá 👇",
     "REWRITE", "other", "sms", "es",
     [("Gabriel", "NAME"), ("Sofi", "PROVIDER")],
     ["primary-care", "third-party"], "Decision 9: part 1 alone names the recipient and mentions the father without health content."),
    ("t0067", "2/3 El estudio del corazón de Don Ramiro salió con un soplo leve, nada urgente, pero el doctor quiere repetirlo en 6 meses.",
     "BLOCK", "result", "sms", "es",
     [("estudio del corazón", "PROCEDURE"), ("Ramiro", "NAME"), ("soplo", "CONDITION")],
     ["cardiology", "third-party"], "A third party's finding; the echo named by description is PROCEDURE (decision 2)."),
    ("t0068", "3/3 ¿Nos puede llamar al (915) 555-0118 para agendar su próxima cita? Gracias 🙂",
     "ALLOW", "other", "sms", "es",
     [("(915) 555-0118", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 9: part 3 alone is a call-back request with the practice's number."),
)

# ---------------------------------------------------------------- batch 9 (t0069-t0072): disguises and a staff workaround
add(
    ("t0069", "Reminder: ur ch3m0 is moved to Fri 7/17 at 8:30am. Bring ur port card & a snack.",
     "REWRITE", "reminder", "sms", "en",
     [("ch3m0", "PROCEDURE"), ("7/17", "DATE"), ("port", "PROCEDURE")],
     ["oncology", "leet", "shorthand"], "Leet disguise of chemo; the implanted port is a device (PROCEDURE)."),
    ("t0070", "Your next visit at Bayside On\u200bcology & Hemato\u200blogy is Mon 3/30 at 1pm. Valet parking is free for patients.",
     "REWRITE", "reminder", "sms", "en",
     [("Bayside On\u200bcology & Hemato\u200blogy", "SPECIALTY"), ("3/30", "DATE")],
     ["oncology"], "Zero-width spaces inside the practice name; the span covers the whole disguised name (decision 14)."),
    ("t0071", "Eastside Health: your \u041dIV screen from last week came back non-reactive. No action needed. Questions? Reply to this text.",
     "BLOCK", "result", "sms", "en",
     [("\u041dIV screen", "PROCEDURE"), ("non-reactive", "RESULT")],
     ["hiv-sexual-health"], "Cyrillic En for the H of HIV; a negative result is still a result."),
    ("t0072", "Subject: quick update\n\nHi Ms. Oduya,\n\nI'm not supposed to put details in email so I'll keep it vague 😉 The thing we talked about is fine, but the other number is a bit high, so the doctor wants to add a second pill at night. I'll send the name of it through the portal.\n\nTake care,\nBrenda (front office)\nWillow Park Family Medicine",
     "BLOCK", "result", "email", "en",
     [("Oduya", "NAME"), ("fine", "RESULT"), ("high", "RESULT"), ("Brenda", "PROVIDER")],
     ["primary-care"], "A staff workaround: no clinical noun, but two results and a treatment change are stated (decisions 3 and 8)."),
)

# ---------------------------------------------------------------- batch 10 (t0073-t0074): portal contrasts
add(
    ("t0073", "Hi Carl, your A1c went from 7.9 to 6.8 since March — great work! Keep the metformin at 1000 mg twice a day. – Nurse Patty",
     "ALLOW", "result", "portal", "en",
     [("Carl", "NAME"), ("A1c", "PROCEDURE"), ("7.9", "RESULT"), ("6.8", "RESULT"), ("metformin", "MEDICATION"), ("Nurse Patty", "PROVIDER")],
     ["primary-care", "contrast"], "Portal: the same trend with the test named may stay."),
    ("t0074", "Sra. Beltrán: su hemoglobina A1c bajó a 6.9%. Siga con la metformina 500 mg dos veces al día. Su próximo control es en 3 meses.",
     "ALLOW", "result", "portal", "es",
     [("Beltrán", "NAME"), ("hemoglobina A1c", "PROCEDURE"), ("6.9%", "RESULT"), ("metformina 500 mg", "MEDICATION")],
     ["primary-care", "contrast"], "Portal: value and dose may stay."),
)

# ---------------------------------------------------------------- batch 11 (t0075-t0081): hard negatives
add(
    ("t0075", "Lucky numbers! 🎟️ Winners of the Health Fair raffle are posted in the lobby. Check your ticket against the numbers on the board by Friday.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Raffle numbers, not results."),
    ("t0076", "Este sábado hay feria de salud en el parque Las Palmas 🎉 Habrá aguas frescas sin azúcar, juegos para los niños y rifas. ¡Traiga a toda la familia!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'sin azúcar' is about drinks; broadcast."),
    ("t0077", "Tip from our front desk: cell signal is weak on the lower levels of the building. If you're waiting for a text from us, please wait in the main lobby 📶",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Building levels, not lab levels."),
    ("t0078", "We're closed Monday for Memorial Day. For emergencies call 911; otherwise send us a message and we'll get back to you Tuesday. Stay cool out there ☀️",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Holiday closure; 911 is not a phone identifier; 'out there' is not a body-site euphemism."),
    ("t0079", "Ya estamos en línea otra vez después de la falla del sistema 💻 Si tenía un pago pendiente, ya lo puede hacer en el portal. Gracias por su paciencia.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Systems back up after an outage; nothing clinical."),
    ("t0080", "Your statement is ready. The numbers at the bottom are what you owe after insurance. Questions? Call billing Mon–Fri 8–4. Reply STOP to opt out.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "'numbers' are amounts owed."),
    ("t0081", "Subject: Spring news from Pinecrest Family Practice\n\nHello neighbors!\n\nA few updates from all of us:\n\n• Bake sale Friday in the lobby — the front desk promises sugar-free options too. Proceeds go to the Pinecrest Food Pantry.\n• Pressure washing of the front walkway is Tuesday morning, so please use the side door.\n• Thank you for the positive reviews this winter! They mean a lot to our team.\n• We're switching phone systems next week. If you hear a busy signal, hang on — we'll be up again within minutes.\n• Our staff band, The Waiting Room Blues, plays the Elm Park summer concert series in June. Come dance!\n\nAs always, you can reach us through the portal or by phone during office hours.\n\nWarmly,\nThe Pinecrest team",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Newsletter full of everyday 'sugar', 'pressure', 'positive', 'up again', 'Blues'."),
)

# ---------------------------------------------------------------- batch 12 (t0082-t0089): conditions named by specialist or treatment
add(
    ("t0082", "Your dialysis chair time changes to 5:45am starting Mon 6/1 (MWF). Questions? Ask your charge nurse at your next run.",
     "REWRITE", "reminder", "sms", "en",
     [("dialysis", "PROCEDURE"), ("6/1", "DATE")],
     ["dialysis"], "The treatment names the condition; 'run' (a session) is left generic (judgement)."),
    ("t0083", "Hi Priya, it's been a year since your last skin check with Dr. Adebayo. Time for your annual mole map! Reply BOOK and we'll find a time.",
     "REWRITE", "recall", "sms", "en",
     [("Priya", "NAME"), ("skin check", "PROCEDURE"), ("Dr. Adebayo", "PROVIDER"), ("mole map", "PROCEDURE")],
     ["dermatology"], "Recall survives once the dermatology visit types go."),
    ("t0084", "Hello, this is Evergreen Sleep Center calling for Martin. Please remember to bring your CPAP machine and mask to your visit on Thursday, April 9th at 10 a.m. Thank you.",
     "REWRITE", "reminder", "voice", "en",
     [("Evergreen Sleep Center", "SPECIALTY"), ("Martin", "NAME"), ("CPAP machine", "PROCEDURE"), ("April 9th", "DATE")],
     ["general"], "Sleep-centre name and the device reveal sleep apnoea (decision 12); voice treated like SMS."),
    ("t0085", "Buenas tardes Don Efraín, le recuerdo que mañana le toca su lavado de riñón a las 6 am. Cualquier cambio nos avisa. Unidad Renal Costa Azul",
     "REWRITE", "reminder", "sms", "es",
     [("Efraín", "NAME"), ("lavado de riñón", "PROCEDURE"), ("Unidad Renal Costa Azul", "SPECIALTY")],
     ["dialysis"], "Colloquial name of dialysis is PROCEDURE (decision 7); renal unit name reveals the service."),
    ("t0086", "Rx ready at Birchwood Pharmacy: your sleeping pills (qty 30). Please pick up by 5/20 or they go back to stock.",
     "REWRITE", "pickup", "sms", "en",
     [("sleeping pills", "MEDICATION"), ("5/20", "DATE")],
     ["pharmacy", "shorthand"], "Drug named by use (decision 5) in a pickup notice."),
    ("t0087", "Your 'blue pill' order from VitalMen Health ships today in discreet packaging 📦 Track it: https://vitalmen.example/t/A8K2Q9",
     "REWRITE", "pickup", "sms", "en",
     [("blue pill", "MEDICATION"), ("VitalMen Health", "SPECIALTY"), ("https://vitalmen.example/t/A8K2Q9", "URL")],
     ["pharmacy", "reproductive"], "Drug named by colour (decision 5), a men's-health brand (decision 12) and a tokened tracking link go."),
    ("t0088", "Buenas tardes Sr. Quintero, su cita con el especialista del corazón es el lunes 20 de julio a las 9:30. Recuerde traer todos sus medicamentos en una bolsa.",
     "REWRITE", "reminder", "sms", "es",
     [("Quintero", "NAME"), ("especialista del corazón", "SPECIALTY"), ("20 de julio", "DATE")],
     ["cardiology"], "Cardiology named by description (decision 7)."),
    ("t0089", "Subject: Your visit Thursday\n\nHi Lauren and Ben,\n\nWe're looking forward to seeing you both on Thursday, 3/26 at 7:30 AM for your day 3 monitoring visit with Dr. Castellanos. Please check in at the 2nd floor desk (the elevators are past the coffee cart). Parking validation is available at checkout.\n\nIf you need to move the time, call our scheduling line at (720) 555-0191 or reply to this email and we'll do our best.\n\nSee you soon,\nThe scheduling team\nBloom Fertility Partners\n4400 Larkspur Ave, Suite 200, Denver, CO 80220",
     "REWRITE", "reminder", "email", "en",
     [("Lauren", "NAME"), ("Ben", "NAME"), ("3/26", "DATE"), ("day 3 monitoring", "PROCEDURE"), ("Dr. Castellanos", "PROVIDER"), ("(720) 555-0191", "PHONE"), ("Bloom Fertility Partners", "SPECIALTY"), ("4400 Larkspur Ave, Suite 200, Denver, CO 80220", "ADDRESS")],
     ["fertility", "practice-contact"], "Cycle-day monitoring names the treatment without saying IVF; names and fertility practice name go, the practice's phone and address stay."),
)

# ---------------------------------------------------------------- batch 13 (t0090-t0099): results and instructions by indirection
add(
    ("t0090", "Good news from Dr. Lin's office: the spot on your scan is the same size as last time, so we'll just take another look in 6 months 🙂",
     "BLOCK", "result", "sms", "en",
     [("Dr. Lin", "PROVIDER"), ("spot", "CONDITION"), ("same size", "RESULT")],
     ["imaging"], "A finding and its stability; 'scan' left generic (decision 2)."),
    ("t0091", "Hi Mrs. Tran, for Bao's ears: finish the pink medicine (5 mL twice a day) even if he seems better. Ear recheck in 10 days, reply BOOK to schedule.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Tran", "NAME"), ("Bao", "NAME"), ("ears", "CONDITION"), ("pink medicine", "MEDICATION"), ("Ear", "CONDITION")],
     ["pediatrics", "minor", "third-party"], "A child's dosing instructions sent to the guardian; the antibiotic is named by colour (decision 5), the ear infection by the body part (judgement: CONDITION, 'recheck' outside)."),
    ("t0092", "Mija, dice la doctora que para tu problemita de allá abajo te pongas la crema 7 noches seguidas y no uses jabón perfumado. Cualquier cosa me escribes. – Lupita, enfermera",
     "BLOCK", "care-instructions", "sms", "es",
     [("problemita de allá abajo", "CONDITION"), ("crema", "MEDICATION"), ("Lupita, enfermera", "PROVIDER")],
     ["reproductive"], "Treatment instructions under two euphemisms (decisions 1 and 5); 'Mija' is an endearment, not a name."),
    ("t0093", "FYI your thyroid # is back in range (TSH 2.1) so stay on the same dose of levo. – Kim @ Dr. Bauer's",
     "BLOCK", "result", "sms", "en",
     [("thyroid", "PROCEDURE"), ("back in range", "RESULT"), ("TSH", "PROCEDURE"), ("2.1", "RESULT"), ("levo", "MEDICATION"), ("Kim", "PROVIDER"), ("Dr. Bauer", "PROVIDER")],
     ["primary-care", "shorthand"], "Result with value and a clipped drug name; 'thyroid #' is the measure (decision 2)."),
    ("t0094", "Hi, this is Alana from Dr. Ferris's office calling for Greg. Nothing scary, but your PSA came back a touch higher than last year, 4.6, so he'd like to recheck it in three months. Call us at (480) 555-0153 when you get a chance.",
     "BLOCK", "result", "voice", "en",
     [("Alana", "PROVIDER"), ("Dr. Ferris", "PROVIDER"), ("Greg", "NAME"), ("PSA", "PROCEDURE"), ("higher", "RESULT"), ("4.6", "RESULT"), ("(480) 555-0153", "PHONE")],
     ["primary-care", "practice-contact"], "Softened voicemail still gives a value and a trend."),
    ("t0095", "reminder from the clinic: nothing to eat after midnight & only HALF your insulin tmrw morning befor your scope. You'll need a ride home.",
     "BLOCK", "care-instructions", "sms", "en",
     [("insulin", "MEDICATION"), ("scope", "PROCEDURE")],
     ["general", "shorthand", "typo"], "Dosing instruction for insulin; 'scope' is slang for endoscopy (decision 7); GI tagged general (decision 12)."),
    ("t0096", "Hi Rosa, your husband asked me to let you know his 'sugar' is why he's been so tired lately. We started him on meds today. – Nurse Kay",
     "BLOCK", "other", "sms", "en",
     [("Rosa", "NAME"), ("sugar", "CONDITION"), ("tired", "CONDITION"), ("Nurse Kay", "PROVIDER")],
     ["primary-care", "third-party"], "A third party's diagnosis under a euphemism (decision 1) and a symptom."),
    ("t0097", "Don Beto, ¡buenas noticias! Su azúcar de 3 meses bajó de 9.1 a 7.4 💪 Siga así. – Clínica del Pueblo",
     "BLOCK", "result", "sms", "es",
     [("Beto", "NAME"), ("azúcar de 3 meses", "PROCEDURE"), ("9.1", "RESULT"), ("7.4", "RESULT")],
     ["primary-care"], "A1c named by description (decision 2) and two values (decision 3)."),
    ("t0098", "Your mammo was clear, no need for the extra pictures 😊 See you next year! – Sunrise Women's Imaging",
     "BLOCK", "result", "sms", "en",
     [("mammo", "PROCEDURE"), ("clear", "RESULT"), ("Sunrise Women's Imaging", "SPECIALTY")],
     ["imaging", "negation", "shorthand"], "A normal screening result is still a result; 'extra pictures' (callback views) left generic."),
    ("t0099", "Subject: New lab results available\n\nDear Patient,\n\nA new result is available in your Maple Grove Health portal. Log in at https://portal.maplegrove.example to view it.\n\nNote from your care team: CBC WNL, lipids borderline (LDL 131), vit D low. Start OTC D3 2000 IU daily and we'll recheck in 3 mo. Dr. Whitley says no statin for now.\n\nThis mailbox is not monitored. For questions, send a portal message or call (608) 555-0112.\n\nMaple Grove Health",
     "BLOCK", "result", "email", "en",
     [("https://portal.maplegrove.example", "URL"), ("CBC", "PROCEDURE"), ("WNL", "RESULT"), ("lipids", "PROCEDURE"), ("borderline", "RESULT"), ("LDL", "PROCEDURE"), ("131", "RESULT"), ("vit D", "PROCEDURE"), ("D [[low]]", "RESULT"), ("D3 2000 IU", "MEDICATION"), ("Dr. Whitley", "PROVIDER"), ("statin", "MEDICATION"), ("(608) 555-0112", "PHONE")],
     ["lab", "primary-care", "shorthand", "practice-contact"], "A safe vendor template with a staff note pasted in: results and a supplement dose (negated statin still labelled)."),
)

# ---------------------------------------------------------------- batch 14 (t0100-t0120): safe notices, emoji, Part 2, more hard negatives
add(
    ("t0100", "Your recent results are ready to view in the patient portal: https://my.harborview-clinic.example. For your privacy we don't send details by text. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en",
     [("https://my.harborview-clinic.example", "URL")],
     ["general", "practice-contact"], "Notification without PHI; the practice's own portal link."),
    ("t0101", "Hi there, Dr. Choi reviewed the results we discussed and would like to go over them with you in person. Please call (503) 555-0121 to set up a time. Thank you!",
     "ALLOW", "other", "sms", "en",
     [("Dr. Choi", "PROVIDER"), ("(503) 555-0121", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 8: no test, value or direction; a request to call is the safe pattern (judgement: a privacy officer may find 'in person' suggestive, but nothing about the result is stated)."),
    ("t0102", "Good news — the paperwork we talked about is signed and waiting at the front desk. Pick it up any weekday 8–5 🙂",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'the … we talked about' is paperwork; 'good news' refers to the form."),
    ("t0103", "Sus resultados ya están disponibles en el portal del paciente. Por su privacidad no enviamos detalles por mensaje. Dudas: (956) 555-0127.",
     "ALLOW", "result", "sms", "es",
     [("(956) 555-0127", "PHONE")],
     ["general", "practice-contact"], "Results-ready notice with no test named."),
    ("t0104", "Subject: We're moving — new address and numbers to call\n\nDear patients,\n\nAfter 22 years on Grant Street, Cornerstone Family Medicine is moving! Starting Monday, March 2, you'll find us at:\n\n1180 Meridian Parkway, Suite 300, Springfield, IL 62704\n\nYour numbers to call are changing too:\nMain line: (217) 555-0130\nFax: (217) 555-0131\nBilling: billing@cornerstonefm.example\n\nYour doctors, nurses and front-desk team are coming with us, and your existing appointments stay on the same day and time. Free parking is in the garage on levels 1–3; the entrance is on the east side.\n\nPrescription refills, portal messages and billing questions will continue as usual during the move, although phones may be slow on moving day (Friday, February 27), so we suggest using the portal for anything that can wait. The lab will be closed that afternoon.\n\nWe're excited to welcome you to our new home.\n\nCornerstone Family Medicine\nhttps://cornerstonefm.example",
     "ALLOW", "other", "email", "en",
     [("March 2", "DATE"), ("February 27", "DATE"), ("1180 Meridian Parkway, Suite 300, Springfield, IL 62704", "ADDRESS"), ("(217) 555-0130", "PHONE"), ("(217) 555-0131", "FAX"), ("billing@cornerstonefm.example", "EMAIL"), ("https://cornerstonefm.example", "URL")],
     ["general", "practice-contact", "broadcast"], "The practice's own new address, phone, fax, e-mail and site; 'numbers to call' and 'levels' are everyday uses."),
    ("t0105", "Hi! Dr. Marsh is running about 20 min behind this afternoon 🐢 Feel free to come a little later. Sorry for the wait!",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Marsh", "PROVIDER")],
     ["primary-care"], "Running-late notice with a provider name and emoji."),
    ("t0106", "📅 Tue 2/24 at 2:10pm w/ Dr. Quarles ✅ Reply C to confirm 🔁 Reply R to reschedule",
     "ALLOW", "reminder", "sms", "en",
     [("2/24", "DATE"), ("Dr. Quarles", "PROVIDER")],
     ["primary-care", "shorthand"], "Emoji standing for generic words (appointment, confirm, reschedule) are not labelled (decision 6)."),
    ("t0107", "Hola 👋 Le recordamos su cita con el Dr. Villaseñor el jueves 9 de abril a las 10:00 am. Responda SÍ para confirmar o NO para cancelar.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Villaseñor", "PROVIDER"), ("9 de abril", "DATE")],
     ["primary-care"], "Provider, date and time."),
    ("t0108", "Flu shots are here! 💉 Walk in Mon–Fri 9–4, no appointment needed. Most insurance covers it at no cost to you.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Broadcast (README: flu shots available)."),
    ("t0109", "You're checked in! Your number is 14 in line — we'll text you when a room is ready. Feel free to wait in your car 🚗",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "hard-negative"], "A queue number, not a result or identifier."),
    ("t0110", "Your ferritin is up again, 410 (H), so Dr. Nair wants to schedule another phlebotomy next week. Your liver numbers are normal.",
     "ALLOW", "result", "portal", "en",
     [("ferritin", "PROCEDURE"), ("up again", "RESULT"), ("410", "RESULT"), ("410 ([[H]])", "RESULT"), ("Dr. Nair", "PROVIDER"), ("phlebotomy", "PROCEDURE"), ("liver numbers", "PROCEDURE"), ("normal", "RESULT")],
     ["lab", "contrast"], "Portal: trend, value, flag and plan may stay; 'liver numbers' is a described test (decision 2)."),
    ("t0111", "Great news from your care team at Red Ribbon Wellness Clinic: still U=U 🎉 Keep doing what you're doing and we'll see you in 6 months.",
     "BLOCK", "result", "sms", "en",
     [("Red Ribbon Wellness Clinic", "SPECIALTY"), ("U=U", "RESULT")],
     ["hiv-sexual-health"], "'U=U' (undetectable = untransmittable) is a viral-load result in a symbol (decision 3); the red-ribbon clinic name reveals HIV care."),
    ("t0112", "Your 3-month supply of the pill is ready for pickup at Cedar Pharmacy 💊 Open 9–9 daily.",
     "REWRITE", "pickup", "sms", "en",
     [("pill", "MEDICATION")],
     ["pharmacy", "reproductive"], "'the pill' means oral contraception (decision 5, article outside)."),
    ("t0113", "Window hours change this Saturday: dosing 6–9am only. Take-homes for Sunday will be given Saturday. – Clearpath Treatment Services",
     "REWRITE", "other", "sms", "en",
     [("dosing", "PROCEDURE"), ("Take-homes", "MEDICATION"), ("Clearpath Treatment Services", "SPECIALTY")],
     ["substance-use"], "Decision 11: a Part 2 program's notice to all its patients still reveals treatment; dosing window and methadone take-homes go, the hours survive."),
    ("t0114", "Reminder: you're due for a U/A today — please come by before 3pm with your ID.",
     "REWRITE", "reminder", "sms", "en",
     [("U/A", "PROCEDURE")],
     ["substance-use", "shorthand"], "Urine drug screen in shorthand (decision 7); the reminder to come in survives."),
    ("t0115", "Don Chuy, ya llegó su medicina para el problemita 😉 Pase cuando guste. – Farmacia La Esperanza",
     "REWRITE", "pickup", "sms", "es",
     [("Chuy", "NAME"), ("problemita", "CONDITION")],
     ["pharmacy"], "Decision 1: the diminutive euphemism stands for the patient's condition; 'medicina' is generic; the pickup survives."),
    ("t0116", "¡Ya están los resultados de la rifa de la feria de salud! 🎁 Los números ganadores están pegados en la recepción. ¡Gracias por participar!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Raffle results and winning numbers."),
    ("t0117", "Need to update your address or insurance? DM us on Facebook, or bring your CA driver's license or any photo ID to the front desk. Thanks!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "shorthand"], "'DM' is a direct message and 'CA' the state, not DM2 or cancer shorthand; no licence number is given."),
    ("t0118", "Hi! Per our call, the results we discussed are now in your portal under Messages. Dr. Abernathy's nurse will follow up on Monday 🙂",
     "ALLOW", "other", "sms", "en",
     [("Dr. Abernathy", "PROVIDER")],
     ["primary-care"], "Decision 8: 'the results we discussed' with no test, value or direction is a portal notice."),
    ("t0119", "🏃 Thanks to everyone who ran the Turkey Trot with Team Pinecrest! Official results and your finish time are on the race ticker at the event site.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Race results and a ticker, not a heart."),
    ("t0120", "Hi Dev, about the snip we talked about: you're booked Fri 1/30 at 7:30am with Dr. Kaur. Plan on someone driving you home.",
     "REWRITE", "reminder", "sms", "en",
     [("Dev", "NAME"), ("snip", "PROCEDURE"), ("Dr. Kaur", "PROVIDER"), ("1/30", "DATE")],
     ["reproductive"], "Slang for vasectomy is PROCEDURE (decision 7); 'we talked about' adds nothing; the booking survives."),
)

# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "t", "probe21.jsonl")
