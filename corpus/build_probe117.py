#!/usr/bin/env python3
"""Build corpus/probe117.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe117.py [OUT] [-v]   (default: probe117.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run,
and no other corpus's messages, source code, tests or history were read.

This round is BLOOD, PLASMA AND ORGAN DONATION CENTERS: what blood banks, plasma-donation
centers, cord-blood banks, marrow registries and organ/tissue donor programs send to donors and
their families: appointment and eligibility reminders, deferral notices (for a reactive donor
test, a measured value, a medication, a travel history or only a recent tattoo), donor-test and
mini-physical results, reward-card payments, blood-drive events and fundraisers, marrow-match
requests and work-ups, living-donor evaluations, cord-blood storage bills and unit reports.
Messages that reveal something medical about the recipient (or a relative) are mixed with ones
that only schedule, thank or pay, and with look-alikes (a blood drive at the Type O Cafe,
"donate your old car", "a positive impact", a plasma-TV raffle, the A-team, an organ recital,
an Iron Chef cook-off, a Blood Moon party, "A+ friend", a phlebotomist named Ruby Redd,
gifts "matched" dollar for dollar, marrow-bone broth). 17% Spanish; 4 disguised messages
(spaced letters, a zero-width space, leet, Cyrillic look-alikes).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "pulse [[70]]" searches for "pulse 70"
      and labels only the bracketed part "70".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Blood-center, plasma-center, marrow-registry, organ-registry and cord-blood-bank names are
     not specialty-revealing (donating is not care for a condition) and stay unlabelled like
     "... Lab"; a transplant-center name is specialty-revealing (SPECIALTY).
  2. Routine donation acts (whole blood, platelets, plasma, Power Red, double red cells,
     plateletpheresis/apheresis donation, the registry cheek-swab kit, cord-blood storage) are
     not PROCEDURE spans: a donation reminder with nothing else is ALLOW. Medical tests and
     procedures on the donor are PROCEDURE (donor infectious-disease tests, hemoglobin, protein,
     HLA/confirmatory/antigen typing, crossmatch, autologous and directed donation, therapeutic
     phlebotomy, marrow harvest/collection, living-donor evaluation, convalescent plasma,
     specialty antibody programs).
  3. Deferrals: a reason that is a test result or a measured value (reactive marker, hemoglobin,
     iron, protein, blood pressure, weight, platelet count) is BLOCK, also when no number is
     given ("your iron was low" is a finding); a non-clinical reason (a tattoo, travel with no
     disease named) leaves only the re-eligibility date: ALLOW; travel with the disease named
     (malaria) is REWRITE (the CONDITION goes, the date survives); a medication-based deferral
     is REWRITE (the MEDICATION goes, as in a pickup notice).
  4. Blood type: the recipient's own type is a RESULT. When the type is the message (a
     blood-type result or donor card) it is BLOCK; when it is only the hook of a recruitment
     appeal whose purpose survives its removal it is REWRITE; types named in a broadcast appeal
     that says nothing about the recipient are ALLOW with no span.
  5. A call-back request about a donation that names no test is ALLOW (the safe notification
     pattern); one that names a specific infectious-disease marker is BLOCK, because a donor
     call-back about a named marker discloses a reactive result.
  6. Marrow matching: "you may be a match" alone is ALLOW; a named typing test is PROCEDURE
     (REWRITE); a match grade ("10/10") is a RESULT (BLOCK). The disease of an anonymous
     searching patient in a message to one donor is labelled CONDITION and removed (REWRITE:
     minimum necessary, but no identifiable third party); a named or related patient's health
     is BLOCK (third party). General statements of who benefits from donation ("kids in cancer
     treatment") and broadcast appeals are not labelled.
  7. Identifiers: donor IDs, registry IDs, donation/case references and donor numbers are
     OTHER_ID; a full reward-card number and a cord-blood storage account are ACCOUNT; a card
     "ending in 4417" (last four only) is not labelled; donation counts and milestones are not.
  8. Organ and tissue donation: registry enrollment is not health information (only a name or
     licence number goes); a donor-family thank-you with no name and no recipient detail is
     ALLOW; a named deceased donor with the recipient's recovery is BLOCK (third party).
  9. "phlebotomist" and "coordinator" are generic roles like nurse; a named phlebotomist or
     coordinator is PROVIDER; a corporate drive organiser signing a broadcast is labelled
     PROVIDER like a staff sender.
 10. Tattoos, piercings and travel destinations (countries) are not health information and are
     not labelled.
 11. Pregnancy stated before birth (cord-blood kits, prenatal visits) is CONDITION/PROCEDURE and
     removed (REWRITE); cord-blood storage itself (after birth) is not labelled.
 12. A donor's injection schedule (filgrastim before a stem-cell collection) is a dosing
     instruction: BLOCK.
 13. Eligibility thresholds ("our minimum is 13.0", "min 6.0", "need 150") are policy numbers,
     not the donor's values, and are not labelled.
 14. A baby's or child's cord-blood unit results sent to the parents are a dependent's results:
     BLOCK (third party), ALLOW only on the portal.
 15. Service tags: there is no donation tag, so `lab` is used for blood, plasma, registry and
     cord-blood traffic, `general` for drives, fundraisers, organ registries and transplant
     programs, plus `hiv-sexual-health`, `oncology`, `reproductive`, `pediatrics`, `cardiology`,
     `orthopedics`, `dermatology` where the content concerns them.

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


# ---------------------------------------------------------------- batch 1 (dp0001-dp0012): whole-blood reminders, blood types, look-alikes
add(
    ("dp0001", "Crestline Blood Center: Reminder - your whole blood donation is tomorrow at 3:45 PM at our Elm St donor center. Eat a good meal & drink extra water. Reply C to confirm, X to cancel.",
     "ALLOW", "reminder", "sms", "en", [],
     ["lab", "hard-negative"], "Decisions 1-2: a routine whole-blood donation is not a clinical visit type and a blood-center name is not specialty-revealing; only a time and the center's location."),
    ("dp0002", "Hi Marisol! Your platelet appointment at Crestline Blood Center is Sat 4/18 at 10:00am. Plan on about 2 hrs in the chair. Reply YES to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Marisol", "NAME"), ("4/18", "DATE")],
     ["lab"], "The donor's first name is not needed; platelet donation is a routine donation type (decision 2), date and time stay."),
    ("dp0003", "Crestline Blood Center: Thanks for coming in today, Derek. Your hemoglobin was 12.2 g/dL and our minimum is 13.0, so we couldn't collect. You're welcome back after 5/30. Iron-rich food tips: crestlineblood.example/iron",
     "BLOCK", "result", "sms", "en",
     [("Derek", "NAME"), ("hemoglobin", "PROCEDURE"), ("12.2 g/dL", "RESULT"), ("5/30", "DATE"), ("crestlineblood.example/iron", "URL")],
     ["lab", "practice-contact"], "A low-hemoglobin deferral states the donor's measured value (decision 3); the eligibility minimum is a policy number, not labelled (decision 13)."),
    ("dp0004", "Blood drive at the Type O Cafe this Friday, 7am-1pm! Free cold brew for every donor. All blood types welcome - walk-ins OK or book in the GiveRed app.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast; 'Type O' is the cafe's name, not anyone's blood type."),
    ("dp0005", "Donate your old car, truck or boat to keep our bloodmobiles rolling! Free pickup and a tax-deductible receipt. Reply CAR and we'll call you to set it up.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Vehicle-donation fundraiser; 'donate' is not a health service here and no vehicle identifier appears."),
    ("dp0006", "Subject: You made a positive impact this spring\n\nThanks to donors like you, our spring drives collected 1,240 units for hospitals across the region. That's a positive impact on families in every county we serve. Watch the 60-second thank-you video from our nurses on our website.\n- Harbor Blood Services",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast thank-you; 'positive' is about impact, not a result."),
    ("dp0007", "Hola Guadalupe, le recordamos su cita para donar plasma mañana a las 8:30 am en PlasmaVida Centro. Traiga su identificación con foto. Responda SI para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Guadalupe", "NAME")],
     ["lab"], "Only the donor's name goes; plasma donation is a routine donation type (decision 2)."),
    ("dp0008", "Your blood type is in! \U0001FA78 You're B negative - only about 2% of donors share it. Open the app to see your digital donor card.",
     "BLOCK", "result", "push", "en",
     [("B negative", "RESULT")],
     ["lab", "contrast"], "Decision 4: the recipient's blood type is a lab result and here it is the whole message; push is treated like SMS."),
    ("dp0009", "Your O-negative blood is needed now! Hospitals in our area are down to a 2-day supply. Book a Power Red this week: 555-0147. -Summit Regional Blood",
     "REWRITE", "marketing", "sms", "en",
     [("O-negative", "RESULT"), ("555-0147", "PHONE")],
     ["lab", "practice-contact", "contrast"], "Decision 4: the recipient's type is only the hook of the appeal; without it the request to book survives. The center's phone stays."),
    ("dp0010", "URGENT: All blood types are needed, especially O negative and B negative. Our supply is at a 1-day level. Please give this week if you can. -Summit Regional Blood",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative", "contrast"], "Decision 4: blood types named in a broadcast appeal say nothing about the recipient."),
    ("dp0011", "How did we do? Your phlebotomist today was Ruby Redd at the Westfield Mall drive. Rate your visit 1-5 by replying with a number. Msg&data rates may apply.",
     "ALLOW", "other", "sms", "en",
     [("Ruby Redd", "PROVIDER")],
     ["lab"], "Decision 9: a named phlebotomist is workforce (PROVIDER), allowed; 'Ruby Redd' is not the donor and the mall is the drive's venue."),
    ("dp0012", "Plasma TV raffle! Every donor at Saturday's Lions Club blood drive gets a ticket for a 65-inch plasma TV. Drawing at 3 pm - need not be present to win.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast; 'plasma' is a television."),
)

# ---------------------------------------------------------------- batch 2 (dp0013-dp0024): plasma centers: pay, cards, screening, programs
add(
    ("dp0013", "PlasmaPoint: $60 has been loaded to your reward card ending in 4417. Thanks for donating today! Your next visit pays $70. Card balance: $130.00",
     "ALLOW", "billing", "sms", "en", [],
     ["lab", "hard-negative"], "Decision 7: the last four digits of a prepaid reward card are not labelled; amounts and balances are not PHI."),
    ("dp0014", "PlasmaPoint: Your replacement reward card 5180 2291 4407 3316 is now active. Payments from your last 2 donations will load within 1 hour.",
     "REWRITE", "billing", "sms", "en",
     [("5180 2291 4407 3316", "ACCOUNT")],
     ["lab", "identifier"], "Decision 7: a full card number is an account number the notice does not need."),
    ("dp0015", "Hi Tomas, today's screening showed your total protein at 5.8 g/dL (min 6.0), so you weren't able to donate plasma. You can come back after 48 hrs. Questions? 555-0153 -PlasmaPoint Eastgate",
     "BLOCK", "result", "sms", "en",
     [("Tomas", "NAME"), ("total protein", "PROCEDURE"), ("5.8 g/dL", "RESULT"), ("555-0153", "PHONE")],
     ["lab", "practice-contact"], "Decision 3: a screening value is a result; the minimum is a threshold, not labelled (decision 13)."),
    ("dp0016", "Bonus alert \U0001F4B0 Donate twice this week and earn an extra $25. New donors can earn up to $800 their first month. Book in the app.",
     "ALLOW", "marketing", "push", "en", [],
     ["lab", "broadcast", "hard-negative"], "Promotion sent to every donor; pay amounts only."),
    ("dp0017", "PlasmaVida: ¡Gracias por donar hoy! Se cargaron $55 a su tarjeta. Su próxima donación le paga $75. Agende en plasmavida.example/citas",
     "ALLOW", "billing", "sms", "es",
     [("plasmavida.example/citas", "URL")],
     ["lab", "practice-contact"], "Payment notice with the center's own booking link; no card number."),
    ("dp0018", "Sr. Ramírez, su muestra de plasma del 2/11 salió reactiva para hepatitis C. Por favor llame al 555-0158 para hablar con nuestro médico. No podrá donar mientras tanto.",
     "BLOCK", "result", "sms", "es",
     [("Ramírez", "NAME"), ("2/11", "DATE"), ("reactiva", "RESULT"), ("hepatitis C", "CONDITION"), ("555-0158", "PHONE")],
     ["lab", "practice-contact"], "A reactive donor-test result with the donor's name."),
    ("dp0019", "PlasmaPoint Eastgate: Because you recently started finasteride, plasma donation is on hold until 1 month after your last dose. Reply HELP for more info.",
     "REWRITE", "other", "sms", "en",
     [("finasteride", "MEDICATION")],
     ["lab"], "Decision 3: a medication-based deferral; the drug name goes and the hold survives."),
    ("dp0020", "Welcome to PlasmaPoint! Your first visit includes a quick physical and takes about 2 hours. Please bring a photo ID, proof of address and your Social Security card. See you Thursday!",
     "ALLOW", "reminder", "sms", "en", [],
     ["lab", "hard-negative"], "A list of documents to bring is not an identifier; 'physical' is generic and Thursday is a weekday."),
    ("dp0021", "Dear Keisha Dunmore,\n\nThank you for joining the Anti-D Specialty Program at Meridian Plasma. Your anti-D titer from 3/3 came back at 1:256, which qualifies you for our premium tier ($150 per donation). Your next booster injection is scheduled for 3/24 at 11:00 am with Dr. Farrow, and your first specialty plasma collection will follow one week later.\n\nPlease remember:\n- Bring your program card to every visit.\n- Do not donate at any other plasma center while you are enrolled.\n- Report any fever or injection-site swelling to us right away.\n\nIf you have questions about your titer or your payment schedule, call the program office at 555-0162, Monday to Friday 8-5.\n\nWarm regards,\nSpecialty Programs Team\nMeridian Plasma",
     "BLOCK", "result", "email", "en",
     [("Keisha Dunmore", "NAME"), ("Anti-D Specialty Program", "PROCEDURE"), ("anti-D titer", "PROCEDURE"), ("3/3", "DATE"), ("1:256", "RESULT"),
      ("booster injection", "PROCEDURE"), ("3/24", "DATE"), ("Dr. Farrow", "PROVIDER"), ("555-0162", "PHONE")],
     ["lab", "practice-contact"], "An antibody titer value with the donor's name (decision 2: a specialty antibody program is a PROCEDURE)."),
    ("dp0022", "Hi, this message is for Mr. Delacroix. This is Andre from PlasmaPoint Eastgate letting you know we have extended hours this Saturday, 6 a.m. to 8 p.m., and walk-ins are welcome. Call us back at 555-0161. Thanks!",
     "REWRITE", "reminder", "voice", "en",
     [("Delacroix", "NAME"), ("Andre", "PROVIDER"), ("555-0161", "PHONE")],
     ["lab", "practice-contact"], "Voice is treated like SMS: the donor's name goes; the staff caller is PROVIDER and the center's number stays."),
    ("dp0023", "PlasmaPoint: Donor ID PP-88214-07 - your profile is unlocked now that your annual physical is done. Book your next donation in the app.",
     "REWRITE", "other", "sms", "en",
     [("PP-88214-07", "OTHER_ID")],
     ["lab", "identifier"], "Decision 7: a donor ID is a unique identifying number not needed here; 'annual physical' is generic."),
    ("dp0024", "Your plasma donation couldn't be completed today - your blood pressure read 176/104 at screening. Please see your doctor before returning. -BioNorth Plasma",
     "BLOCK", "result", "sms", "en",
     [("blood pressure", "PROCEDURE"), ("176/104", "RESULT")],
     ["lab"], "Decision 3: a deferral for a measured blood-pressure value states the value."),
)

# ---------------------------------------------------------------- batch 3 (dp0025-dp0036): deferrals: tattoo, travel, iron, reactive tests, call-backs
add(
    ("dp0025", "Thanks for coming to the Maple Ave drive! Because of the tattoo you told us about, you'll be eligible to give again after Mar 3. We'll text you a reminder that week.",
     "ALLOW", "other", "sms", "en",
     [("Mar 3", "DATE")],
     ["lab", "contrast"], "Decisions 3 and 10: a tattoo is not health information; only the re-eligibility date remains."),
    ("dp0026", "Hi Priya, because of your recent trip to Ghana you're deferred from giving blood for 3 months due to malaria risk. Your new eligibility date is 9/14. -Crestline Blood Center",
     "REWRITE", "other", "sms", "en",
     [("Priya", "NAME"), ("malaria", "CONDITION"), ("9/14", "DATE")],
     ["lab", "contrast"], "Decision 3: travel deferral with the disease named; name and 'malaria' go, the country (decision 10) and the date stay."),
    ("dp0027", "Donor update: based on your travel history, you can give again starting 8/2. We'll save you a spot at the Riverside Church drive - reply SAVE.",
     "ALLOW", "other", "sms", "en",
     [("8/2", "DATE")],
     ["lab"], "Decision 3: travel deferral with no disease named leaves only a date."),
    ("dp0028", "Sorry we couldn't collect today, Hannah - your iron was low at screening. Try iron-rich foods and come back in 8 weeks. -Lakeshore Blood Bank",
     "BLOCK", "result", "sms", "en",
     [("Hannah", "NAME"), ("iron", "PROCEDURE"), ("low", "RESULT")],
     ["lab", "contrast"], "Decision 3: 'your iron was low' is a screening finding even without a number (README: a result is a result)."),
    ("dp0029", "Dear Julian Park,\n\nThank you for your blood donation at Lakeshore Blood Bank on April 7. Every donation is screened with several tests required by the FDA. On your donation, the HIV-1/2 antibody screening test was repeatedly reactive, and a supplemental test was indeterminate. This does not necessarily mean that you have an infection, but we are required to defer you from donating while further testing is done.\n\nPlease call Dr. Renata Silva, our medical director, at 555-0166 to arrange a free follow-up sample and confidential counseling. Your donation was not used.\n\nWe know this letter may be worrying. Our staff are here to answer your questions.\n\nSincerely,\nDonor Counseling Services",
     "BLOCK", "result", "email", "en",
     [("Julian Park", "NAME"), ("April 7", "DATE"), ("HIV-1/2 antibody screening test", "PROCEDURE"), ("repeatedly reactive", "RESULT"),
      ("indeterminate", "RESULT"), ("Dr. Renata Silva", "PROVIDER"), ("555-0166", "PHONE")],
     ["hiv-sexual-health", "lab", "practice-contact"], "A donor notification letter with a reactive HIV screen; the hedged 'infection' is left unlabelled."),
    ("dp0030", "Lakeshore Blood Bank: Please call our donor counseling line at 555-0166 about your hepatitis B core antibody test from your 1/9 donation. Ref D-44120.",
     "BLOCK", "other", "sms", "en",
     [("555-0166", "PHONE"), ("hepatitis B core antibody test", "PROCEDURE"), ("1/9", "DATE"), ("D-44120", "OTHER_ID")],
     ["lab", "practice-contact", "contrast"], "Decision 5: a donor call-back about a named infectious marker discloses a reactive result; the case reference is OTHER_ID (decision 7)."),
    ("dp0031", "Lakeshore Blood Bank: Our donor services team would like to speak with you about your recent donation. Please call 555-0166 weekdays 8am-4pm. Thank you!",
     "ALLOW", "other", "sms", "en",
     [("555-0166", "PHONE")],
     ["lab", "practice-contact", "contrast"], "Decision 5: a call-back that names no test is the safe notification pattern."),
    ("dp0032", "Crestline: ur donation screening for s y p h i l i s came back r e a c t i v e. do not donate again until u speak w/ our nurse. call 555-0170",
     "BLOCK", "result", "sms", "en",
     [("s y p h i l i s", "CONDITION"), ("r e a c t i v e", "RESULT"), ("555-0170", "PHONE")],
     ["hiv-sexual-health", "lab", "spaced", "shorthand", "practice-contact"], "A reactive syphilis screen disguised with spaced letters."),
    ("dp0033", "Hola Joaquín, por su viaje reciente a una zona con riesgo de malaria no puede donar sangre hasta el 15 de octubre. Le mandaremos un recordatorio. -Banco de Sangre del Valle",
     "REWRITE", "other", "sms", "es",
     [("Joaquín", "NAME"), ("malaria", "CONDITION"), ("15 de octubre", "DATE")],
     ["lab"], "Decision 3: travel deferral with the disease named; name and 'malaria' go, the date stays."),
    ("dp0034", "Banco de Sangre del Valle: Por su tatuaje reciente podrá volver a donar a partir del 3 de marzo. ¡Gracias por su paciencia y por querer ayudar!",
     "ALLOW", "other", "sms", "es",
     [("3 de marzo", "DATE")],
     ["lab"], "Decisions 3 and 10: a tattoo deferral leaves only the date."),
    ("dp0035", "Sra. Peña, hoy su hemoglobina salió en 11.8 y el mínimo para donar es 12.5. Le recomendamos consultar a su médico. Puede intentar de nuevo después del 20/05.",
     "BLOCK", "result", "sms", "es",
     [("Peña", "NAME"), ("hemoglobina", "PROCEDURE"), ("11.8", "RESULT"), ("20/05", "DATE")],
     ["lab"], "Decision 3: a hemoglobin value with the donor's name; the minimum is not labelled (decision 13)."),
    ("dp0036", "Donor alert: your West Nile virus NAT was re\u200bactive. Please do not donate until cleared by our medical team. Call 555-0172.",
     "BLOCK", "result", "push", "en",
     [("West Nile virus NAT", "PROCEDURE"), ("re\u200bactive", "RESULT"), ("555-0172", "PHONE")],
     ["lab", "practice-contact"], "A reactive donor NAT result, with a zero-width space inside 'reactive'."),
)

# ---------------------------------------------------------------- batch 4 (dp0037-dp0048): donor health checks, directed/autologous/therapeutic, registries
add(
    ("dp0037", "Your free donor health check results are in: total cholesterol 238 mg/dL, pulse 64, blood pressure 128/82. Log in to see your trends over time. - GiveWell Blood Alliance",
     "BLOCK", "result", "email", "en",
     [("total cholesterol", "PROCEDURE"), ("238 mg/dL", "RESULT"), ("pulse", "PROCEDURE"), ("64", "RESULT"), ("blood pressure", "PROCEDURE"), ("128/82", "RESULT")],
     ["lab", "contrast"], "Donor mini-physical values by e-mail; normal values are still results (README)."),
    ("dp0038", "Donor Portal - Mini-physical from 10/4: hemoglobin 14.1 g/dL, blood pressure 118/76, pulse 70, temperature 98.2 F. All values within donation limits.",
     "ALLOW", "result", "portal", "en",
     [("10/4", "DATE"), ("hemoglobin", "PROCEDURE"), ("14.1 g/dL", "RESULT"), ("blood pressure", "PROCEDURE"), ("118/76", "RESULT"),
      ("pulse", "PROCEDURE"), ("pulse [[70]]", "RESULT"), ("temperature", "PROCEDURE"), ("98.2 F", "RESULT"), ("within donation limits", "RESULT")],
     ["lab", "contrast"], "Channel portal: values may stay inside the secure donor portal (README)."),
    ("dp0039", "Your donor health check results are ready in the GiveWell app. Tap to view them securely.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["lab", "hard-negative"], "Results-ready notice with no test or value named."),
    ("dp0040", "Congrats on donation #25! \U0001F389 FYI your cholesterol screen came back at 262 - that's on the high side, so please share it with your doctor.",
     "BLOCK", "result", "sms", "en",
     [("cholesterol screen", "PROCEDURE"), ("262", "RESULT"), ("high", "RESULT")],
     ["lab"], "A milestone text with a cholesterol value and its interpretation; the donation count is not labelled (decision 7)."),
    ("dp0041", "Calling all members of the A-team! Our volunteer canteen crew needs 4 more helpers for the October blood drive. Cookies provided. Reply A to sign up.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Volunteer call; 'A-team' is not a blood type."),
    ("dp0042", "Hi Carla, your directed donation for your father Manuel's heart surgery on 6/12 has been received and is being processed. -Valley Blood Center",
     "BLOCK", "other", "sms", "en",
     [("Carla", "NAME"), ("directed donation", "PROCEDURE"), ("Manuel", "NAME"), ("heart surgery", "PROCEDURE"), ("6/12", "DATE")],
     ["lab", "cardiology", "third-party"], "A named relative's upcoming surgery is a third party's health (README)."),
    ("dp0043", "Reminder: your autologous blood donation before your hip replacement is Tue 7/7 at 2 PM at Crestline Blood Center, 2nd floor. Please bring your surgeon's order.",
     "REWRITE", "reminder", "sms", "en",
     [("autologous blood donation", "PROCEDURE"), ("hip replacement", "PROCEDURE"), ("7/7", "DATE")],
     ["lab", "orthopedics"], "Decision 2: an autologous donation reveals the donor's own surgery; both go, date and time stay."),
    ("dp0044", "Hello Mr. Abernathy,\n\nYour therapeutic phlebotomy for hemochromatosis is booked for 11/3 at 9:30 am with nurse Jamal in the Lakeshore Blood Bank outpatient room. Please drink plenty of fluids the day before and eat a light breakfast. Parking is free in Lot C.\n\nNeed to change the time? Reply to this e-mail or call 555-0167.",
     "REWRITE", "reminder", "email", "en",
     [("Abernathy", "NAME"), ("therapeutic phlebotomy", "PROCEDURE"), ("hemochromatosis", "CONDITION"), ("11/3", "DATE"), ("nurse Jamal", "PROVIDER"), ("555-0167", "PHONE")],
     ["lab", "practice-contact"], "Decision 2: a therapeutic phlebotomy is treatment, not donation; procedure and condition go, the booking survives."),
    ("dp0045", "Ferritin today 612 ng/mL - still above goal. Dr. Osei wants you back weekly for phlebotomy until it's under 300. -Lakeshore",
     "BLOCK", "result", "sms", "en",
     [("Ferritin", "PROCEDURE"), ("612 ng/mL", "RESULT"), ("above goal", "RESULT"), ("Dr. Osei", "PROVIDER"), ("phlebotomy", "PROCEDURE")],
     ["lab"], "A ferritin value and a treatment plan; the target '300' is a goal, not a result (decision 13)."),
    ("dp0046", "Organ recital + bake sale at St. Mark's this Sunday at 4 pm! All proceeds support the Valley Blood Center bloodmobile. Everyone welcome.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "An organ concert, not organ donation."),
    ("dp0047", "Thank you, Desmond, for joining the state organ & tissue donor registry! Your decision is recorded. Update it anytime at donatelife.example and share your decision with your family.",
     "REWRITE", "other", "sms", "en",
     [("Desmond", "NAME"), ("donatelife.example", "URL")],
     ["general", "practice-contact", "contrast"], "Decision 8: registry enrollment is not health information; only the name goes, the registry's own link stays."),
    ("dp0048", "¡Su sangre tipo O positivo se necesita hoy! Reserve su donación en la app del Banco de Sangre del Valle.",
     "REWRITE", "marketing", "push", "es",
     [("O positivo", "RESULT")],
     ["lab"], "Decision 4: the recipient's blood type as the hook of an appeal; removing it leaves the request."),
)

# ---------------------------------------------------------------- batch 5 (dp0049-dp0060): marrow registry: join kits, match requests, work-ups
add(
    ("dp0049", "Thanks for joining the LifeMatch registry! Your cheek swab kit ships today. Swab, seal and mail it back within 7 days in the prepaid envelope.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "hard-negative"], "Decision 2: the registry's cheek-swab join kit is registration logistics, not a test of the recipient's health."),
    ("dp0050", "LifeMatch Registry: You may be a match for a patient in need. Please call us at 1-800-555-0123 or reply YES so we can tell you about next steps.",
     "ALLOW", "other", "sms", "en",
     [("1-800-555-0123", "PHONE")],
     ["lab", "practice-contact", "contrast"], "Decision 6: 'you may be a match' with no test, grade or disease is a call-back request."),
    ("dp0051", "Hi Owen,\n\nGreat news - you've come up as a possible match for a 9-year-old with acute myeloid leukemia. The next step is a confirmatory typing blood draw, which takes about 15 minutes at a partner lab near you. We cover every cost and reimburse your travel.\n\nPlease reply within 3 days or call 1-800-555-0123 so the patient's team can keep moving.\n\nThank you for staying committed,\nLifeMatch Donor Services",
     "REWRITE", "other", "email", "en",
     [("Owen", "NAME"), ("acute myeloid leukemia", "CONDITION"), ("confirmatory typing", "PROCEDURE"), ("1-800-555-0123", "PHONE")],
     ["oncology", "lab", "practice-contact", "contrast"], "Decision 6: the anonymous searching patient's disease and the named typing test are removable; the request for a blood draw survives."),
    ("dp0052", "LifeMatch: Your HLA typing came back a 10/10 match for the patient. You're the best available donor! Your coordinator Tess will call tomorrow to talk next steps.",
     "BLOCK", "result", "sms", "en",
     [("HLA typing", "PROCEDURE"), ("10/10", "RESULT"), ("coordinator Tess", "PROVIDER")],
     ["lab", "oncology"], "Decision 6: the match grade is the donor's HLA typing result and it is the message; '10/10' is not a date."),
    ("dp0053", "Reminder Keith: start your filgrastim shots on 5/18. A nurse will come to your home each morning at 8 for 5 days. Your collection is 5/22 at the donor center.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Keith", "NAME"), ("filgrastim", "MEDICATION"), ("5/18", "DATE"), ("5/22", "DATE")],
     ["lab", "home-health"], "Decision 12: a donor's injection schedule before a stem-cell collection is a dosing instruction."),
    ("dp0054", "LifeMatch: Your donor physical before your marrow harvest is set for 4/2 at 8 AM at Pinecrest Hospital, 3rd floor. Your coordinator will meet you in the lobby.",
     "REWRITE", "reminder", "sms", "en",
     [("marrow harvest", "PROCEDURE"), ("4/2", "DATE")],
     ["lab"], "Decision 2: a marrow harvest is a surgical procedure on the donor; 'donor physical' is generic and stays."),
    ("dp0055", "Double your impact! Every gift to the LifeMatch Foundation this month will be matched dollar for dollar by the Kessler Family Trust, up to $50,000. Give at the link in our bio.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "A matching-gift appeal; 'matched' is about money and the trust is an organisation."),
    ("dp0056", "Hi Dana, it's Leah from LifeMatch. Your sister Rosa's transplant team says her counts are recovering nicely after your stem cell donation - thank you!",
     "BLOCK", "other", "sms", "en",
     [("Dana", "NAME"), ("Leah", "PROVIDER"), ("Rosa", "NAME"), ("transplant", "PROCEDURE"), ("counts are recovering nicely", "RESULT"), ("stem cell donation", "PROCEDURE")],
     ["lab", "oncology", "third-party"], "Decision 6: a named sister's transplant course is a third party's health."),
    ("dp0057", "Hola Alejandra, es posible que usted sea compatible con un paciente con linfoma. ¿Podemos llamarle para explicarle los siguientes pasos? Responda SÍ o llame al 555-0175. -Registro VidaMédula",
     "REWRITE", "other", "sms", "es",
     [("Alejandra", "NAME"), ("linfoma", "CONDITION"), ("555-0175", "PHONE")],
     ["lab", "oncology", "practice-contact"], "Decision 6: name and the anonymous patient's disease go; the call-back request survives."),
    ("dp0058", "Hola, le llama Marta del Registro VidaMédula. Queremos actualizar sus datos de contacto en el registro. Por favor devuélvanos la llamada al 555-0175. ¡Gracias!",
     "ALLOW", "other", "voice", "es",
     [("Marta", "PROVIDER"), ("555-0175", "PHONE")],
     ["lab", "practice-contact"], "Staff caller (PROVIDER) asking for updated contact details; nothing clinical."),
    ("dp0059", "Dear Ms. Halvorsen,\n\nThank you for completing your pre-donation workup at Pinecrest Hospital on 2/26. Your results are summarized below so you can plan ahead:\n\n- CBC: normal\n- Infectious disease panel: negative\n- ECG: normal sinus rhythm\n- Chest X-ray: clear\n\nBased on these results you have been medically cleared to donate. Your marrow collection is confirmed for 3/12, with arrival at 6:00 am for anesthesia check-in. Please stop aspirin and ibuprofen 7 days before.\n\nWith gratitude,\nDr. Miriam Castellano\nLifeMatch Medical Services\n555-0176",
     "BLOCK", "result", "email", "en",
     [("Halvorsen", "NAME"), ("2/26", "DATE"), ("CBC", "PROCEDURE"), ("CBC: [[normal]]", "RESULT"), ("Infectious disease panel", "PROCEDURE"), ("negative", "RESULT"),
      ("ECG", "PROCEDURE"), ("normal sinus rhythm", "RESULT"), ("Chest X-ray", "PROCEDURE"), ("X-ray: [[clear]]", "RESULT"),
      ("marrow collection", "PROCEDURE"), ("3/12", "DATE"), ("anesthesia", "PROCEDURE"), ("aspirin", "MEDICATION"), ("ibuprofen", "MEDICATION"),
      ("Dr. Miriam Castellano", "PROVIDER"), ("555-0176", "PHONE")],
     ["lab", "practice-contact"], "A work-up letter listing the donor's results plus medication instructions; normal results are still results."),
    ("dp0060", "LifeMatch: Your registry profile hasn't been updated in 2 years. Make sure patients can reach you - tap to confirm your address and phone.",
     "ALLOW", "other", "push", "en", [],
     ["lab", "hard-negative"], "Profile-update nudge; mentions address and phone without containing any."),
)

# ---------------------------------------------------------------- batch 6 (dp0061-dp0072): cord-blood banks: storage bills, kits, unit reports
add(
    ("dp0061", "CordSafe Family Bank: Your annual storage fee of $175 is due at the end of the month. Pay online at cordsafe.example/pay or call 555-0179, Mon-Fri 9-6 ET. Thank you for trusting us with your family's newborn stem cells.",
     "ALLOW", "billing", "email", "en",
     [("cordsafe.example/pay", "URL"), ("555-0179", "PHONE")],
     ["lab", "practice-contact"], "Decisions 1 and 11: a cord-blood storage bill after birth with the bank's own link and phone."),
    ("dp0062", "CordSafe: Storage for baby Mateo's cord blood unit renews 9/1. Autopay will charge $175 to the card on file. Reply STOP to cancel texts.",
     "REWRITE", "billing", "sms", "en",
     [("Mateo", "NAME"), ("9/1", "DATE")],
     ["lab", "pediatrics", "minor"], "The child's name is not needed for a renewal notice; the date and amount stay."),
    ("dp0063", "Your CordSafe statement is ready. Account CS-0042-77813, amount due $350.00 (2 years prepaid storage). View and pay securely at cordsafe.example/pay. Questions? billing@cordsafe.example",
     "REWRITE", "billing", "email", "en",
     [("CS-0042-77813", "ACCOUNT"), ("cordsafe.example/pay", "URL"), ("billing@cordsafe.example", "EMAIL")],
     ["lab", "practice-contact", "identifier"], "Decision 7: the storage account number goes; the bank's own link and billing e-mail stay."),
    ("dp0064", "Congratulations on your pregnancy! Your CordSafe collection kit will ship 30 days before your due date of 8/21. Keep it with your hospital bag.",
     "REWRITE", "other", "sms", "en",
     [("pregnancy", "CONDITION"), ("8/21", "DATE")],
     ["reproductive", "lab"], "Decision 11: a pregnancy stated before birth is removed; the kit shipping notice survives."),
    ("dp0065", "CordSafe lab update: baby Ava's cord blood unit had a TNC count of 4.2 x 10^8 and the sterility culture was negative. The unit is now in long-term storage.",
     "BLOCK", "result", "sms", "en",
     [("Ava", "NAME"), ("TNC count", "PROCEDURE"), ("4.2 x 10^8", "RESULT"), ("sterility culture", "PROCEDURE"), ("negative", "RESULT")],
     ["lab", "pediatrics", "minor", "third-party", "contrast"], "Decision 14: a child's unit results to the parents are a dependent's results."),
    ("dp0066", "Banco de Cordón Umbilical VidaFutura: Su pago anual de $150 vence el 1 de julio. Puede pagar en vidafutura.example/pagos. ¡Gracias por su confianza!",
     "ALLOW", "billing", "sms", "es",
     [("1 de julio", "DATE"), ("vidafutura.example/pagos", "URL")],
     ["lab", "practice-contact"], "Decisions 1 and 11: a storage bill from a cord-blood bank; the bank's name is not specialty-revealing."),
    ("dp0067", "This month in The Drop, our volunteer newsletter: Chef Lina's roasted marrow bone broth, photos from the spring gala, a profile of our longest-serving bloodmobile driver, and the summer drive calendar.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Newsletter; 'marrow' is a soup bone and the chef is not a patient."),
    ("dp0068", "Thanks for choosing to donate your baby's cord blood to the public bank! Please finish the health history questionnaire before your 36-week prenatal visit.",
     "REWRITE", "other", "push", "en",
     [("36-week prenatal", "PROCEDURE")],
     ["reproductive", "lab"], "Decision 11: the prenatal visit type reveals the pregnancy and goes; the public cord-blood pledge itself is not labelled (judgement)."),
    ("dp0069", "Dear Mr. and Mrs. Lindqvist,\n\nAs part of processing the cord blood unit stored for your son Henrik, our laboratory performs hemoglobin screening on every unit. Henrik's unit showed hemoglobin S trait (sickle cell trait). Sickle cell trait is common and usually causes no health problems, but it can matter for family planning and for any future use of the unit.\n\nWe have enclosed a fact sheet, and we recommend sharing this result with Henrik's pediatrician. Our genetic counselor, Amara Kuti, MS, CGC, is available at no charge to talk with you - call 555-0181 to schedule.\n\nWarm regards,\nCordSafe Laboratory Services",
     "BLOCK", "result", "email", "en",
     [("Lindqvist", "NAME"), ("Henrik", "NAME"), ("Henrik", "NAME", 1), ("Henrik", "NAME", 2), ("hemoglobin screening", "PROCEDURE"),
      ("hemoglobin S trait", "RESULT"), ("sickle cell trait", "CONDITION"), ("Sickle cell trait", "CONDITION"), ("pediatrician", "SPECIALTY"),
      ("genetic counselor", "SPECIALTY"), ("Amara Kuti, MS", "PROVIDER"), ("CGC", "SPECIALTY"), ("555-0181", "PHONE")],
     ["lab", "pediatrics", "minor", "third-party", "practice-contact"], "Decision 14: a child's genetic screening finding sent to the parents."),
    ("dp0070", "CordSafe Family Portal - Unit report for Ava Brennan: TNC 4.2 x 10^8, CD34+ 0.31%, viability 96%, sterility culture negative. Unit status: in long-term storage.",
     "ALLOW", "result", "portal", "en",
     [("Ava Brennan", "NAME"), ("TNC", "PROCEDURE"), ("4.2 x 10^8", "RESULT"), ("CD34+", "PROCEDURE"), ("0.31%", "RESULT"), ("viability", "PROCEDURE"),
      ("96%", "RESULT"), ("sterility culture", "PROCEDURE"), ("negative", "RESULT")],
     ["lab", "pediatrics", "minor", "contrast"], "Channel portal: a unit report may carry names and values (decision 14)."),
    ("dp0071", "CordSafe: Our lab is moving to a new cryo facility in May. Your family's stored units will travel by certified courier in monitored tanks - no action is needed from you.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "hard-negative"], "Operational notice sent to every family; 'May' alone is not a date."),
    ("dp0072", "VidaFutura: Para registrar la unidad de su bebé necesitamos confirmar la fecha de nacimiento: 14/03/2025. Si no es correcta, llámenos al 555-0182.",
     "REWRITE", "other", "sms", "es",
     [("14/03/2025", "DATE"), ("555-0182", "PHONE")],
     ["lab", "pediatrics", "minor", "dob", "practice-contact"], "A date of birth without a name is REWRITE (README)."),
)

# ---------------------------------------------------------------- batch 7 (dp0073-dp0084): blood drives, schools, milestones, events
add(
    ("dp0073", "Subject: Northfield Logistics Blood Drive - Thursday, June 12\n\nHi team,\n\nOur quarterly blood drive with Summit Regional Blood is back! The bloodmobile will be parked by the north loading dock from 8:00 am to 2:00 pm. Sign up for a 30-minute slot at summitblood.example/northfield - walk-ins are welcome if there's room.\n\nBefore you give: eat a full meal, drink plenty of water, and bring a photo ID. If you've traveled recently, had a tattoo, or aren't sure whether you're eligible, call Summit's eligibility line at 555-0184 before the drive.\n\nEvery donor gets a T-shirt and a $10 cafeteria voucher, and the department with the most donors wins a pizza lunch.\n\nThanks for helping!\nGwen Ostrowski\nHR & Wellness",
     "ALLOW", "marketing", "email", "en",
     [("June 12", "DATE"), ("summitblood.example/northfield", "URL"), ("555-0184", "PHONE"), ("Gwen Ostrowski", "PROVIDER")],
     ["general", "broadcast", "practice-contact"], "Workplace drive broadcast; the organiser signing it is labelled PROVIDER like a staff sender (decision 9); travel and tattoo are hypothetical and not health information (decision 10)."),
    ("dp0074", "Westbrook High blood drive this Thursday in the gym! Students 16+ need a signed parent permission form. Free pizza for all donors \U0001F355",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "School drive broadcast; '16+' is an eligibility age, not an age over 89."),
    ("dp0075", "Hi, this is Valley Blood Center. Your son Eli signed up for Friday's school blood drive - please sign the parental consent at vbc.example/consent?d=58821 before 3pm.",
     "REWRITE", "other", "sms", "en",
     [("Eli", "NAME"), ("vbc.example/consent?d=58821", "URL")],
     ["lab", "minor"], "A dependent's name and a donor-specific link (query parameter) go; a routine donation is not health information (decision 2)."),
    ("dp0076", "Crimson Tide game-day blood drive: wear red, give red! Saturday before kickoff in the stadium's east lot. Free tailgate snacks for every donor.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast; 'Crimson Tide' is a team."),
    ("dp0077", "It's been 56 days - you're eligible to donate again! \U0001FA78 Book your next whole blood donation in the GiveRed app.",
     "ALLOW", "reminder", "push", "en", [],
     ["lab", "hard-negative"], "Decision 2: eligibility to give again is not health information; no date, name or test."),
    ("dp0078", "Congrats Bernadette - that's your 100th donation! You've helped save up to 300 lives. Your Century Club pin will be mailed to 418 Larkspur Ln, Ames IA 50010.",
     "REWRITE", "other", "sms", "en",
     [("Bernadette", "NAME"), ("418 Larkspur Ln, Ames IA 50010", "ADDRESS")],
     ["lab"], "The donor's name and home address go; the milestone is not labelled (decision 7)."),
    ("dp0079", "Volunteers: the Iron Chef cook-off fundraiser is Saturday at 6 pm at the Elks Lodge. Tickets are $20 and all proceeds fund the Valley Blood mobile unit.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Fundraiser; 'Iron' is a cooking show's name, not a lab value."),
    ("dp0080", "¡Maratón de donación de sangre este sábado en la Parroquia San José! Se necesitan todos los tipos, en especial O negativo. Habrá tamales y café para los donantes.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Decision 4: a blood type in a broadcast appeal says nothing about the recipient."),
    ("dp0081", "Done su carro viejo al Banco de Sangre del Valle: recogida gratis y recibo deducible de impuestos. Responda CARRO y le llamamos hoy mismo.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Vehicle-donation fundraiser; no vehicle identifier."),
    ("dp0082", "Join us for a Blood Moon viewing party and late-night donor hours this Tuesday, 9 pm to 1 am, at our Main Street center. Glow sticks and hot cocoa for everyone who gives.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Event broadcast; 'Blood Moon' is an eclipse."),
    ("dp0083", "Kernels fans: the first 100 donors at Saturday's ballpark blood drive get a free bobblehead and two bleacher tickets. Gates open at 10.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Event broadcast; counts and times only."),
    ("dp0084", "Hi Gretchen, you're signed up for the Fairview Library drive on 2/9 at 11:20 am. We'll send reminders to gretchen.oyelaran@example.com and (641) 555-0183. Donor #GR-302918",
     "REWRITE", "confirmation", "email", "en",
     [("Gretchen", "NAME"), ("2/9", "DATE"), ("gretchen.oyelaran@example.com", "EMAIL"), ("(641) 555-0183", "PHONE"), ("GR-302918", "OTHER_ID")],
     ["lab", "identifier"], "The donor's own e-mail and phone are identifiers, not practice contacts; the donor number is OTHER_ID (decision 7)."),
)

# ---------------------------------------------------------------- batch 8 (dp0085-dp0096): plasma again: disguises, shorthand, letters, staff texts
add(
    ("dp0085", "PlasmaPoint: ur last s4mple showed h3p B. pls call 555-0186 b4 ur next visit & do not donate til u talk 2 our nurse",
     "BLOCK", "result", "sms", "en",
     [("h3p B", "CONDITION"), ("555-0186", "PHONE")],
     ["lab", "leet", "shorthand", "practice-contact"], "A donor-test finding (hepatitis B) in leetspeak and SMS shorthand."),
    ("dp0086", "Donor notice: your \u041d\u0406V screen from 6/30 was repeat reactive. Please call our medical staff at 555-0187 before your next visit.",
     "BLOCK", "result", "push", "en",
     [("\u041d\u0406V screen", "PROCEDURE"), ("6/30", "DATE"), ("repeat reactive", "RESULT"), ("555-0187", "PHONE")],
     ["hiv-sexual-health", "lab", "practice-contact"], "A reactive HIV screen written with Cyrillic look-alikes (En and Byelorussian-Ukrainian I)."),
    ("dp0087", "PlasmaPoint: ur appt is tmrw @ 7:30a. bring ID + drink lots of h2o. reply C 2 confirm or R 2 reschedule",
     "ALLOW", "reminder", "sms", "en", [],
     ["lab", "shorthand", "hard-negative"], "Shorthand reminder; 'h2o' is water, not leetspeak for a clinical word."),
    ("dp0088", "Hi Rashid, ur due for your anual donor physical befor your next plasma visit. Pls come 30 min erly on Wed so we can get it done. -BioNorth",
     "REWRITE", "reminder", "sms", "en",
     [("Rashid", "NAME")],
     ["lab", "typo", "shorthand"], "Only the name goes; a donor's annual physical is generic and '30 min' is not a date."),
    ("dp0089", "Estimado Sr. Efraín Soto:\n\nLe agradecemos su donación en PlasmaVida del 4 de febrero. Como parte de nuestras pruebas de rutina, su muestra resultó reactiva en la prueba de sífilis (prueba treponémica). Esto no siempre significa una infección activa, pero por reglamento no podrá donar por ahora.\n\nLe recomendamos acudir con su médico para una evaluación y, si lo necesita, tratamiento. También puede llamar a nuestra enfermera, la Lic. Rocío Ibarra, al 555-0188, de lunes a viernes de 9 a 5, para hablar de este resultado en confianza.\n\nAtentamente,\nDepartamento Médico\nPlasmaVida",
     "BLOCK", "result", "email", "es",
     [("Efraín Soto", "NAME"), ("4 de febrero", "DATE"), ("reactiva", "RESULT"), ("prueba de sífilis", "PROCEDURE"), ("prueba treponémica", "PROCEDURE"),
      ("Lic. Rocío Ibarra", "PROVIDER"), ("555-0188", "PHONE")],
     ["hiv-sexual-health", "lab", "practice-contact"], "A reactive syphilis result letter; the hedged 'infección activa' is left unlabelled."),
    ("dp0090", "¡Bienvenido a PlasmaVida!\n\nGracias por su interés en donar plasma. En su primera visita haremos un breve examen físico y una entrevista de salud, por lo que le pedimos reservar unas 2 horas. Traiga:\n- una identificación oficial con foto\n- un comprobante de domicilio reciente\n- su tarjeta del Seguro Social o un documento equivalente\n\nEl día anterior tome mucha agua y coma alimentos ricos en proteína y hierro. Los donantes nuevos reciben hasta $700 el primer mes, cargados a una tarjeta de pago.\n\nPara agendar o cambiar su cita entre a plasmavida.example/citas o llame al 555-0189. ¡Lo esperamos!\n\nEquipo PlasmaVida",
     "ALLOW", "marketing", "email", "es",
     [("plasmavida.example/citas", "URL"), ("555-0189", "PHONE")],
     ["lab", "practice-contact"], "Welcome e-mail to new donors; 'examen físico' is generic, 'hierro' is diet advice, no identifier is included."),
    ("dp0091", "Your weight today was 108 lbs - plasma donors must weigh at least 110. Sorry we couldn't collect; we'd love to see you again if that changes. -BioNorth",
     "BLOCK", "result", "sms", "en",
     [("weight", "PROCEDURE"), ("108 lbs", "RESULT")],
     ["lab"], "Decision 3: a measured value as the deferral reason; the 110 minimum is not labelled (decision 13)."),
    ("dp0092", "Renata, per our medical director you can't donate while taking isotretinoin. Come back 1 month after your last dose and we'll get you in. -PlasmaPoint",
     "REWRITE", "other", "sms", "en",
     [("Renata", "NAME"), ("isotretinoin", "MEDICATION")],
     ["lab", "dermatology"], "Decision 3: a medication-based deferral; the name and the drug go, the waiting period survives."),
    ("dp0093", "Hi, it's Tasha at BioNorth Plasma - our Elm Ave center is closed today due to a water main break. Your appt is moved to tomorrow, same time. So sorry!",
     "ALLOW", "reminder", "sms", "en",
     [("Tasha", "PROVIDER")],
     ["lab"], "A staff sender (PROVIDER) moving an appointment; nothing about the donor."),
    ("dp0094", "This message is for Lorenzo Vitale. This is Dr. Ahn, medical director at Meridian Plasma. Your protein electrophoresis from your last donation showed an abnormal band, and we need you to follow up with your primary care doctor. Please call me at 555-0190.",
     "BLOCK", "result", "voice", "en",
     [("Lorenzo Vitale", "NAME"), ("Dr. Ahn", "PROVIDER"), ("protein electrophoresis", "PROCEDURE"), ("abnormal band", "RESULT"), ("555-0190", "PHONE")],
     ["lab", "practice-contact"], "A voicemail with a named donor and an abnormal finding; voice is treated like SMS."),
    ("dp0095", "Hi Dmitri, your PlasmaPoint payment of $50 is pending and will post to your card within 24 hrs. Thanks for donating!",
     "REWRITE", "billing", "sms", "en",
     [("Dmitri", "NAME")],
     ["lab"], "Only the name goes from a payment notice."),
    ("dp0096", "PlasmaVida: Su ID de donante es PV-77310-2. Úselo para registrarse en el kiosco la próxima vez que venga.",
     "REWRITE", "other", "sms", "es",
     [("PV-77310-2", "OTHER_ID")],
     ["lab", "identifier"], "Decision 7: a donor ID is OTHER_ID and not needed by text."),
)

# ---------------------------------------------------------------- batch 9 (dp0097-dp0108): organ and tissue donation, living donors, convalescent plasma
add(
    ("dp0097", "Lakeside Transplant Institute: Your living kidney donor evaluation is 3/11 at 7:30 AM, 4th floor. Plan on a full day and bring a list of your medications.",
     "REWRITE", "reminder", "sms", "en",
     [("Lakeside Transplant Institute", "SPECIALTY"), ("living kidney donor evaluation", "PROCEDURE"), ("3/11", "DATE")],
     ["general"], "Decisions 1-2: a transplant-center name and a living-donor evaluation are specialty and procedure; the date and time stay."),
    ("dp0098", "Good news - your crossmatch with your brother Luis came back negative, so you can move forward as his donor. Dr. Meyer will call you Friday to talk timing.",
     "BLOCK", "result", "sms", "en",
     [("crossmatch", "PROCEDURE"), ("Luis", "NAME"), ("negative", "RESULT"), ("Dr. Meyer", "PROVIDER")],
     ["general", "third-party"], "A crossmatch result that also reveals a named brother needs an organ (third party)."),
    ("dp0099", "Dear Ms. Whitcombe,\n\nThank you for completing your living donor evaluation at Lakeside Transplant Institute. The selection committee reviewed your results on 4/15. Your kidney function is excellent (measured GFR 104 mL/min), your urine protein was normal, and your CT angiogram showed two arteries to the left kidney, so the surgeon plans a right nephrectomy instead.\n\nYou have been approved to donate. Your surgery is tentatively set for 5/20. Our independent donor advocate, Bea Lindgren, RN, will call you this week to review the consent and your time off work.\n\nSincerely,\nLiving Donor Program\n555-0191",
     "BLOCK", "result", "email", "en",
     [("Whitcombe", "NAME"), ("living donor evaluation", "PROCEDURE"), ("Lakeside Transplant Institute", "SPECIALTY"), ("4/15", "DATE"),
      ("excellent", "RESULT"), ("GFR", "PROCEDURE"), ("104 mL/min", "RESULT"), ("urine protein", "PROCEDURE"), ("normal", "RESULT"),
      ("CT angiogram", "PROCEDURE"), ("two arteries to the left kidney", "RESULT"), ("right nephrectomy", "PROCEDURE"), ("5/20", "DATE"),
      ("Bea Lindgren, RN", "PROVIDER"), ("Living Donor Program", "PROCEDURE"), ("555-0191", "PHONE")],
     ["general", "practice-contact"], "An evaluation letter with the donor's kidney results and imaging findings."),
    ("dp0100", "Thank you for your family's gift of life. Through the Great Lakes Organ & Tissue Network, your loved one's donation has helped four people. A donor family advocate will reach out next month.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Decision 8: a donor-family thank-you with no name and no recipient detail."),
    ("dp0101", "Update for the Okafor family: the recipient of Daniel's heart is home from the hospital and recovering well after transplant. They hope to write to you soon.",
     "BLOCK", "other", "sms", "en",
     [("Okafor", "NAME"), ("Daniel", "NAME"), ("recovering well", "RESULT"), ("transplant", "PROCEDURE")],
     ["cardiology", "third-party"], "Decision 8: a named deceased donor and the recipient's recovery are third parties' health."),
    ("dp0102", "Red de Donación DonaVida: Gracias por registrarse como donante de órganos al renovar su licencia. Su decisión quedó guardada. Más información en donavida.example",
     "ALLOW", "other", "sms", "es",
     [("donavida.example", "URL")],
     ["general", "practice-contact", "contrast"], "Decision 8: registry enrollment without a name or licence number."),
    ("dp0103", "To add organ donor status to your record, we matched your driver's license # D412-7781-0093. Reply Y to confirm or N if this isn't you.",
     "REWRITE", "other", "sms", "en",
     [("D412-7781-0093", "LICENSE")],
     ["general", "identifier"], "Decision 8: registry enrollment is not health information, but the licence number is an identifier that need not travel."),
    ("dp0104", "Our records show your COVID-19 antibody level from your 1/5 donation was high (titer 1:640). You may qualify as a convalescent plasma donor - call 555-0192!",
     "BLOCK", "result", "sms", "en",
     [("COVID-19 antibody", "PROCEDURE"), ("1/5", "DATE"), ("high", "RESULT"), ("titer", "PROCEDURE"), ("1:640", "RESULT"), ("convalescent plasma", "PROCEDURE"), ("555-0192", "PHONE")],
     ["lab", "practice-contact", "contrast"], "A donor's antibody titer is a result; the recruitment purpose does not make it removable."),
    ("dp0105", "Hi Ingrid - since you had COVID-19 this spring, you may qualify to donate convalescent plasma. Call 555-0192 to learn more about the program.",
     "REWRITE", "marketing", "sms", "en",
     [("Ingrid", "NAME"), ("COVID-19", "CONDITION"), ("convalescent plasma", "PROCEDURE"), ("555-0192", "PHONE")],
     ["lab", "practice-contact", "contrast"], "Targeted recruitment naming the recipient's past illness; name, condition and program go, the invitation to call survives (decision 2)."),
    ("dp0106", "Had COVID? You can still donate once you've been symptom-free for 10 days. No test required - just book and come in.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "negation", "hard-negative"], "Broadcast eligibility rule; the illness is hypothetical and says nothing about the recipient."),
    ("dp0107", "Valley Blood Center: your donation tested positive for Babesia. You won't be able to donate again. Please see your doctor about treatment. Info: vbc.example/babesia",
     "BLOCK", "result", "sms", "en",
     [("positive", "RESULT"), ("Babesia", "CONDITION"), ("vbc.example/babesia", "URL")],
     ["lab", "practice-contact"], "A positive donor-test result; the center's info link stays but cannot make it safe."),
    ("dp0108", "Donor notification: Your donation on 9/2 tested reactive for anti-HBc (hepatitis B core antibody). Hepatitis B NAT was nonreactive. This usually reflects a past, resolved exposure. You are deferred from future blood donation. Message Dr. Lin here with questions.",
     "ALLOW", "result", "portal", "en",
     [("9/2", "DATE"), ("reactive", "RESULT"), ("anti-HBc", "PROCEDURE"), ("hepatitis B core antibody", "PROCEDURE"), ("Hepatitis B NAT", "PROCEDURE"),
      ("nonreactive", "RESULT"), ("past, resolved exposure", "RESULT"), ("Dr. Lin", "PROVIDER")],
     ["lab", "contrast"], "Channel portal: the donor-test result may be given inside the secure portal (README)."),
)

# ---------------------------------------------------------------- batch 10 (dp0109-dp0120): impact e-mails, platelets, records, honours, last look-alikes
add(
    ("dp0109", "Dear Aurelia,\n\nYour donation is on its way! The whole blood you gave at the Cedar Grove Community Center drive on 3/14 has been processed into red cells and plasma and shipped to hospitals in our region this week.\n\nOne donation can help up to three patients - people recovering from accidents, new mothers, and kids in cancer treatment all rely on donors like you.\n\nYou'll be eligible to give again on 5/9. Book ahead at summitblood.example/book, or use the app to see where your next donation goes.\n\nWith thanks,\nSummit Regional Blood\n555-0147",
     "REWRITE", "other", "email", "en",
     [("Aurelia", "NAME"), ("3/14", "DATE"), ("5/9", "DATE"), ("summitblood.example/book", "URL"), ("555-0147", "PHONE")],
     ["lab", "practice-contact"], "Only the donor's name goes; decision 6: general statements of who benefits from donation ('kids in cancer treatment') are not labelled."),
    ("dp0110", "Hi Colleen, your platelt count at todays screening was 142, to low for plateletpheresis (need 150). Want to try a whole blood donation instaed?",
     "BLOCK", "result", "sms", "en",
     [("Colleen", "NAME"), ("platelt count", "PROCEDURE"), ("142", "RESULT"), ("to low", "RESULT")],
     ["lab", "typo"], "Decision 3: a platelet-count value with the donor's name, misspelt; the 150 minimum is not labelled (decision 13) and plateletpheresis is a donation type (decision 2)."),
    ("dp0111", "Donor record update for Rebecca Thorne, DOB 07/19/1988, donor ID 44-8810-GR: your mailing address was changed per your request. Call 555-0193 if you did not make this change.",
     "BLOCK", "other", "sms", "en",
     [("Rebecca Thorne", "NAME"), ("07/19/1988", "DATE"), ("44-8810-GR", "OTHER_ID"), ("555-0193", "PHONE")],
     ["lab", "dob", "identifier", "practice-contact"], "A full date of birth with a name is BLOCK (README); the donor ID is OTHER_ID (decision 7)."),
    ("dp0112", "Happy 91st birthday from all of us at Crestline! You're our most senior active platelet donor - see you at your next visit.",
     "REWRITE", "other", "sms", "en",
     [("91st", "AGE")],
     ["lab", "age-over-89"], "An age over 89 is an identifier; the greeting survives without it."),
    ("dp0113", "¡Gracias! Su donación tuvo un impacto positivo en 3 pacientes este mes. Vea su historia de impacto en la app del Banco de Sangre del Valle.",
     "ALLOW", "other", "sms", "es", [],
     ["lab", "hard-negative"], "'Impacto positivo' is not a result; no patient is identified."),
    ("dp0114", "Hola Yesenia, su cita de aféresis de plaquetas es el 22 de agosto a las 9:00 en el Banco de Sangre del Valle. Calcule unas 2 horas y venga bien desayunada.",
     "REWRITE", "reminder", "email", "es",
     [("Yesenia", "NAME"), ("22 de agosto", "DATE")],
     ["lab"], "Decision 2: platelet apheresis donation is a donation type, not labelled; only the name goes."),
    ("dp0115", "Hi Monique, thank you for giving! Your extended antigen typing shows you're R0 and K-negative, which makes your blood a great match for sickle cell patients. Please consider giving every 8 weeks.",
     "BLOCK", "result", "sms", "en",
     [("Monique", "NAME"), ("extended antigen typing", "PROCEDURE"), ("R0", "RESULT"), ("K-negative", "RESULT"), ("sickle cell", "CONDITION")],
     ["lab"], "Decision 4 and 6: the donor's own red-cell typing is the message (result); the anonymous patients' disease is labelled CONDITION."),
    ("dp0116", "Thank you for calling Summit Regional Blood. To schedule a donation, press 1. For donor eligibility questions, press 2. To host a blood drive, press 3. For all other calls, please stay on the line.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "IVR menu; nothing about the caller."),
    ("dp0117", "Jaylen, your Power Red appt is Thu 10/30 at 4:15 PM at the Crestline Northside center. Hydrate and eat a salty snack beforehand!",
     "REWRITE", "reminder", "push", "en",
     [("Jaylen", "NAME"), ("10/30", "DATE")],
     ["lab"], "Decision 2: Power Red is a donation type; only the name goes on a lock-screen push."),
    ("dp0118", "Hi Marcus, thank you for giving in honor of your daughter Lily. We're all hoping her chemo is going well - your donation helps kids just like her.",
     "BLOCK", "other", "sms", "en",
     [("Marcus", "NAME"), ("Lily", "NAME"), ("chemo", "PROCEDURE")],
     ["oncology", "third-party", "minor"], "A named daughter's cancer treatment is a third party's health."),
    ("dp0119", "Are you an A+ friend? Bring a buddy to any drive in June and you'll both get a free movie ticket. Details in the app.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Referral promotion; 'A+' is a grade, not a blood type."),
    ("dp0120", "PlasmaVida: Don Rubén, su presión arterial hoy fue 168/102. No puede donar hasta que lo evalúe su médico. Cuídese mucho.",
     "BLOCK", "result", "sms", "es",
     [("Rubén", "NAME"), ("presión arterial", "PROCEDURE"), ("168/102", "RESULT")],
     ["lab"], "Decision 3: a blood-pressure value as the deferral reason, with the donor's name."),
)

# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "dp", "probe117.jsonl")
