#!/usr/bin/env python3
"""Build corpus/probe92.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe92.py [OUT] [-v]   (default: probe92.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run,
and no other corpus, test, source file or build script was read.

This round is DERMATOLOGY, PLASTIC AND COSMETIC SURGERY AND WOUND CARE: what dermatology
practices (skin checks, biopsies, Mohs surgery, phototherapy, isotretinoin programs, biologics),
plastic and cosmetic surgeons and injectors (Botox, fillers, breast and body procedures), and
wound and hyperbaric clinics send: biopsy and pathology call-backs, Mohs and excision prep,
iPLEDGE and monthly lab reminders, photo-consent and before/after requests, post-op care,
wound-vac and dressing supply notices, memberships and promos. Messages that reveal the
recipient's condition, result, drug or procedure are mixed with ones that only schedule or
promote, and with look-alikes ("skin in the game", "a rash decision", mole poblano, a "Spot the
Difference" contest, "filler words", Dr. Burns / Dr. Skinner / Dr. Scarborough as surnames,
thick-skinned avocados, an eclipse "lunar", a laser printer, "wound up"). 15% Spanish; four
disguised messages (leet, zero-width, Cyrillic look-alike, spaced letters).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Service tags: there is no plastic-surgery, med-spa or wound-care tag, so plastic/cosmetic
     surgery, injectors, med spas and wound/hyperbaric clinics carry `dermatology`; wound care
     at home adds `home-health`, pharmacies `pharmacy`, dermatopathology labs `lab`, breast
     reconstruction `oncology`, a dependent's care `minor`.
  2. Practice names containing a dermatology, skin, plastic/reconstructive-surgery, wound,
     hyperbaric or hair-restoration word are specialty-revealing (SPECIALTY). Med-spa and
     "aesthetics" brand names without such a word (Lumen Aesthetics, Vivid Face Aesthetics,
     Bella Luna Spa, Glow Club) are not labelled, like a generic practice name: they sell
     elective services the way a salon does. A practice URL that happens to contain "derm" is
     labelled URL only (spans do not nest).
  3. Promotions sent to the whole list (Botox per unit, filler discounts, laser hair removal,
     gift cards) are broadcasts: ALLOW with no span; the same product tied to the recipient's own
     history ("since your last Botox") is REWRITE.
  4. "biopsy"/"pathology" in a results-ready or call-back notice is a PROCEDURE span (it says a
     lesion was sampled): REWRITE. "Your lab results are ready" with no test named stays ALLOW.
  5. Generic preparation that every patient having the named procedure receives (eat
     breakfast, no lotions, avoid alcohol or fish oil, no steroid creams before patch testing)
     is logistics: REWRITE for the procedure/drug names, not BLOCK. Post-procedure care and
     instructions specific to this patient (dressing changes, ointments, doses, compression for
     N weeks, what to stop or start) are treatment instructions: BLOCK off the portal.
  6. A recall that names a known history as its reason ("because of your history of melanoma")
     is REWRITE: the recall survives removing it and it tells the patient nothing new. A new
     finding or diagnosis is BLOCK.
  7. An identifier that IS the content (the iPLEDGE patient ID sent so the patient can answer
     the monthly questions; a breast-implant serial sent for the implant card) is BLOCK: removing
     it leaves nothing to send and the program/device reveals the drug/procedure; the portal is
     the place. iPLEDGE ID -> OTHER_ID; implant and wound-vac serials -> DEVICE_ID; quotes,
     estimates, authorizations and pathology specimen/accession numbers -> OTHER_ID.
  8. Dressings, compression garments and wraps, wound-vac foam, drains, off-loading boots,
     surgical bras, light boxes and implants are devices -> PROCEDURE (README: devices are
     PROCEDURE), including silver-alginate dressings; ointments and creams are MEDICATION.
  9. An organism that grew on a culture is the test's finding -> RESULT ("grew M R S A"); the
     condition a culture was negative for stays CONDITION ("negativo para hongos").
 10. Wound measurements, Breslow depth, pressure-injury stage, BMI values and drain output
     volumes are RESULTs; "drain output" and "BMI" are measures -> PROCEDURE, like A1c.
 11. Body sites (left temple, nasal ala, glabella, upper lip) are not labelled on their own; a
     site fused with a diagnosis ("heel ulcer", "úlcera del pie") is one CONDITION span.
 12. "skin cancer check" follows "asthma check": CONDITION + the generic word outside. A named
     exam ("full-body skin check", "revisión de lunares", "total body skin exam") is PROCEDURE.
 13. The last four digits of a payment card are not labelled (they identify no one alone).
 14. A safety notice mailed to every patient with conditional wording ("if you have textured
     implants") is a broadcast: ALLOW, no clinical span.
 15. Hypothetical symptoms the patient is told to watch for are still labelled CONDITION (README:
     symptoms are conditions) and tagged `negation`; they do not change a verdict decided by the
     rest of the message.
 16. Fillers (lip filler, dermal filler), neuromodulators (Botox, Dysport) and Kybella are
     MEDICATION, as products used as names (README: Botox touch-up).

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


# ---------------------------------------------------------------- batch 1 (cq0001-cq0012): skin checks, reminders, recalls
add(
    ("cq0001", "Hi Marcus, this is a reminder of your full-body skin check at Lakeside Dermatology with Dr. Anand on 4/17 at 10:20 AM. Reply C to confirm or call (614) 555-0143.",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("full-body skin check", "PROCEDURE"), ("Lakeside Dermatology", "SPECIALTY"), ("Dr. Anand", "PROVIDER"), ("4/17", "DATE"), ("(614) 555-0143", "PHONE")],
     ["dermatology", "practice-contact"], "Name, named exam and dermatology practice name go; provider, date, time and the practice's phone stay. Decision 12: a named skin exam is PROCEDURE."),
    ("cq0002", "Your appointment with Dr. Yusuf Hale is Tue 3/10 at 2:45pm. Please arrive 15 min early. Reply Y to confirm, N to cancel.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Yusuf Hale", "PROVIDER"), ("3/10", "DATE")],
     ["dermatology"], "Provider, date and time only; '15 min early' is not a date."),
    ("cq0003", "Dr. Burns and the whole team at Oakmont Family Practice wish you a happy spring! Our new Saturday hours (8am-noon) start this week.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Burns", "PROVIDER")],
     ["general", "broadcast"], "Look-alike: Burns is the provider's surname, not an injury; a broadcast with an allowed provider name."),
    ("cq0004", "Subject: Time for your yearly skin exam\n\nDear Ms. Whitfield,\n\nOur records show it has been more than 12 months since your last total body skin exam with Dr. Kowalczyk. Because of your history of melanoma, Dr. Kowalczyk recommends a skin check every 6 to 12 months, so we'd like to get you back on the schedule.\n\nYou can book online at northshorederm.example.com/schedule or call our scheduling line at (847) 555-0121, Monday through Friday, 8 AM to 5 PM. Morning appointments fill quickly in the spring, so we suggest booking soon.\n\nIf you have already scheduled, or if you are now seeing another provider, just reply to this email and we'll update our records.\n\nWarm regards,\nPatient Care Team\nNorth Shore Dermatology & Skin Surgery",
     "REWRITE", "recall", "email", "en",
     [("Whitfield", "NAME"), ("total body skin exam", "PROCEDURE"), ("Dr. Kowalczyk", "PROVIDER"), ("Dr. Kowalczyk", "PROVIDER", 1), ("melanoma", "CONDITION"), ("skin check", "PROCEDURE"),
      ("northshorederm.example.com/schedule", "URL"), ("(847) 555-0121", "PHONE"), ("North Shore Dermatology & Skin Surgery", "SPECIALTY")],
     ["dermatology", "practice-contact"], "Judgement (decision 6): the history of melanoma is the reason for a recall, not news; removing it and the exam/practice names leaves a valid recall, so REWRITE rather than BLOCK. The practice URL containing 'derm' is labelled URL only (decision 2)."),
    ("cq0005", "Hola Sra. Paredes, le recordamos su revisión de lunares con la Dra. Ibarra el jueves 22 de mayo a las 9:00 am en Dermatología Del Valle. Responda SI para confirmar o NO para cancelar.",
     "REWRITE", "reminder", "sms", "es",
     [("Paredes", "NAME"), ("revisión de lunares", "PROCEDURE"), ("Dra. Ibarra", "PROVIDER"), ("22 de mayo", "DATE"), ("Dermatología Del Valle", "SPECIALTY")],
     ["dermatology"], "Mole check (named exam, decision 12), patient name and dermatology practice name go; provider, date and time survive."),
    ("cq0006", "FREE skin cancer screenings this Saturday 9am-1pm at the Riverside Library community room, hosted by local volunteers. No appointment needed. Bring a friend!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast offered to everyone; says nothing about the recipient even though it names skin cancer."),
    ("cq0007", "Reminder: Mohs surgery tomorrow 7:30 AM. Eat a normal breakfast and plan to be here most of the day.",
     "REWRITE", "reminder", "push", "en",
     [("Mohs surgery", "PROCEDURE")],
     ["dermatology"], "Lock-screen push naming a skin-cancer surgery; time and generic prep survive (decision 5)."),
    ("cq0008", "ur appt w/ Dr. Feld is thurs 6/5 @ 1140. pls bring ur list of meds + insurance card. txt back C to confirm",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Feld", "PROVIDER"), ("6/5", "DATE")],
     ["dermatology", "shorthand"], "Shorthand reminder with provider and date only; 'meds' is generic."),
    ("cq0009", "Pinecrest Plastic Surgery: Hi Olivia! Your breast augmentation consult with Dr. Lindqvist is set for Mon 2/9 at 3pm. Reply STOP to opt out.",
     "REWRITE", "reminder", "sms", "en",
     [("Pinecrest Plastic Surgery", "SPECIALTY"), ("Olivia", "NAME"), ("breast augmentation", "PROCEDURE"), ("Dr. Lindqvist", "PROVIDER"), ("2/9", "DATE")],
     ["dermatology"], "Plastic-surgery practice name (decision 2), patient name and procedure go; consult logistics survive. Decision 1: plastic surgery tagged dermatology."),
    ("cq0010", "Spot the Difference contest! Find all 7 changes between the two waiting-room photos on our Facebook page by Friday to win a $50 gift card. Winners announced Monday.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'spot' and 'photos' are a contest, not a skin lesion or clinical photography."),
    ("cq0011", "Your pathology results are back. Please log in to the patient portal to view them or call the office at (614) 555-0162.",
     "REWRITE", "portal-notice", "sms", "en",
     [("pathology", "PROCEDURE"), ("(614) 555-0162", "PHONE")],
     ["dermatology", "lab", "practice-contact"], "Judgement (decision 4): 'pathology' says a specimen was taken; 'your results are back' survives."),
    ("cq0012", "Hi Deb, good news - the biopsy from your left shoulder came back benign (seborrheic keratosis). No further treatment needed! - Nurse Kelsey, Dr. Amari's office",
     "BLOCK", "result", "sms", "en",
     [("Deb", "NAME"), ("biopsy", "PROCEDURE"), ("benign", "RESULT"), ("seborrheic keratosis", "CONDITION"), ("Nurse Kelsey", "PROVIDER"), ("Dr. Amari", "PROVIDER")],
     ["dermatology"], "A benign pathology result is still a result; the finding is the message."),
)

# ---------------------------------------------------------------- batch 2 (cq0013-cq0024): biopsies and pathology call-backs
add(
    ("cq0013", "Hello, this message is for Gregory Tan. This is Priya from Dr. Sato's office calling about your recent biopsy. Please call us back at 614-555-0177 at your earliest convenience. Thank you.",
     "REWRITE", "other", "voice", "en",
     [("Gregory Tan", "NAME"), ("Priya", "PROVIDER"), ("Dr. Sato", "PROVIDER"), ("biopsy", "PROCEDURE"), ("614-555-0177", "PHONE")],
     ["dermatology", "practice-contact"], "Voicemail can be overheard: patient name and the biopsy go (decision 4); the call-back request survives. Staff sender is PROVIDER; 'Tan' is a surname."),
    ("cq0014", "Dear Mr. Abernathy,\n\nDr. Ferreira has reviewed the pathology report from the shave biopsy taken on your right nasal ala on March 3 (specimen S26-11873). The report shows a nodular basal cell carcinoma. This is the most common type of skin cancer and it very rarely spreads, but it does need to be treated.\n\nDr. Ferreira recommends Mohs surgery, which removes the cancer while saving as much healthy skin as possible. It is done in our office under local anesthesia, and most patients go home the same day with a small bandage. Our surgical coordinator, Lena, will call you within two business days to schedule, or you can reach her directly at (602) 555-0155.\n\nIf you have questions before then, please send a message through the patient portal.\n\nSincerely,\nDesert Sky Dermatology",
     "BLOCK", "result", "email", "en",
     [("Abernathy", "NAME"), ("Dr. Ferreira", "PROVIDER"), ("the [[pathology]] report", "PROCEDURE"), ("shave biopsy", "PROCEDURE"), ("March 3", "DATE"), ("S26-11873", "OTHER_ID"),
      ("nodular basal cell carcinoma", "CONDITION"), ("skin cancer", "CONDITION"), ("Dr. Ferreira", "PROVIDER", 1), ("Mohs surgery", "PROCEDURE"), ("the [[cancer]] while", "CONDITION"),
      ("Lena", "PROVIDER"), ("(602) 555-0155", "PHONE"), ("Desert Sky Dermatology", "SPECIALTY")],
     ["dermatology"], "A new cancer diagnosis from pathology is the message; e-mail is treated like SMS. Specimen number is OTHER_ID (decision 7); the body site is not labelled (decision 11)."),
    ("cq0015", "Alana, ur path came back: squamous cell in situ, margins clear. dr says no more tx needed, just recheck in 6 mo",
     "BLOCK", "result", "sms", "en",
     [("Alana", "NAME"), ("path", "PROCEDURE"), ("squamous cell in situ", "CONDITION"), ("margins clear", "RESULT")],
     ["dermatology", "shorthand"], "Pathology finding and margin status in shorthand: a result, so BLOCK."),
    ("cq0016", "Your biopsy result: compound nevus with mild atypia, completely removed (margins negative). Dr. Whitcomb reviewed it and no further treatment is needed. Keep up your yearly skin checks!",
     "ALLOW", "result", "portal", "en",
     [("biopsy", "PROCEDURE"), ("compound nevus", "CONDITION"), ("mild atypia", "RESULT"), ("margins negative", "RESULT"), ("Dr. Whitcomb", "PROVIDER"), ("skin checks", "PROCEDURE")],
     ["dermatology", "contrast"], "Inside the secure portal a pathology result may be given (README channel convention); same text by e-mail is cq0017."),
    ("cq0017", "Your biopsy result: compound nevus with mild atypia, completely removed (margins negative). Dr. Whitcomb reviewed it and no further treatment is needed. Keep up your yearly skin checks!",
     "BLOCK", "result", "email", "en",
     [("biopsy", "PROCEDURE"), ("compound nevus", "CONDITION"), ("mild atypia", "RESULT"), ("margins negative", "RESULT"), ("Dr. Whitcomb", "PROVIDER"), ("skin checks", "PROCEDURE")],
     ["dermatology", "contrast"], "Same pathology result as cq0016, but e-mail is treated like SMS: the result is the message, so BLOCK."),
    ("cq0018", "Sr. Villalobos, le habla Karina de la clínica del Dr. Reyes. Su biopsia salió positiva para melanoma, necesitamos verlo esta semana para hablar del tratamiento. Llámenos al (915) 555-0139.",
     "BLOCK", "result", "sms", "es",
     [("Villalobos", "NAME"), ("Karina", "PROVIDER"), ("Dr. Reyes", "PROVIDER"), ("biopsia", "PROCEDURE"), ("positiva", "RESULT"), ("melanoma", "CONDITION"), ("(915) 555-0139", "PHONE")],
     ["dermatology", "practice-contact"], "Positive biopsy for melanoma: a new diagnosis is the message."),
    ("cq0019", "Dr. Okafor's office: your lab results are ready in the portal. Log in at portal.example.com or call (312) 555-0108. Please do not reply to this text.",
     "ALLOW", "portal-notice", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("portal.example.com", "URL"), ("(312) 555-0108", "PHONE")],
     ["dermatology", "practice-contact"], "Results-ready notice with no test named (README: ALLOW); practice link and phone stay."),
    ("cq0020", "Hi Janelle, this is Dr. Musa's nurse. Your husband Tom asked us to let you know his punch biopsy showed psoriasis, not lupus, so he'll start the new cream tonight.",
     "BLOCK", "result", "sms", "en",
     [("Janelle", "NAME"), ("Dr. Musa", "PROVIDER"), ("Tom", "NAME"), ("punch biopsy", "PROCEDURE"), ("psoriasis", "CONDITION"), ("lupus", "CONDITION")],
     ["dermatology", "third-party", "negation"], "A third party's biopsy finding (even relayed at his request) is BLOCK; the negated 'lupus' is still labelled."),
    ("cq0021", "Statement from Keystone Dermatopathology: balance $84.20 for accession DP-2026-048812, account 77104533. Pay at pay.example.com/kd or call (717) 555-0190.",
     "REWRITE", "billing", "sms", "en",
     [("Keystone Dermatopathology", "SPECIALTY"), ("DP-2026-048812", "OTHER_ID"), ("77104533", "ACCOUNT"), ("pay.example.com/kd", "URL"), ("(717) 555-0190", "PHONE")],
     ["dermatology", "lab", "practice-contact"], "Dermatopathology lab name reveals a skin biopsy; accession and account numbers are not needed to pay. Balance, link and phone survive."),
    ("cq0022", "Please call Dr. Lutz's office at (303) 555-0124 regarding your recent visit. Thank you.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Lutz", "PROVIDER"), ("(303) 555-0124", "PHONE")],
     ["dermatology", "practice-contact"], "Call-back with provider and practice phone only; nothing says what the visit was."),
    ("cq0023", "You have a new message from Dr. Levesque's office. Log in to the portal to read it.",
     "ALLOW", "portal-notice", "push", "en",
     [("Dr. Levesque", "PROVIDER")],
     ["dermatology", "contrast"], "New-message push with a provider only; contrast with cq0058, which names the condition."),
    ("cq0024", "Don't make a rash decision about your HSA! Our billing office can explain how to use your health savings account before the end of the year. Stop by or ask at check-in.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: 'rash' means hasty; a billing tip with nothing about the recipient's health."),
)

# ---------------------------------------------------------------- batch 3 (cq0025-cq0036): Mohs and excision prep, post-op
add(
    ("cq0025", "Subject: Preparing for your Mohs surgery\n\nDear Patient,\n\nYour Mohs micrographic surgery is scheduled for {{appt_date}} at {{arrival_time}} at Summit Dermatologic Surgery, 4410 Bellmont Ave, Suite 300, Columbus, OH 43215.\n\nHow to prepare:\n- Eat a normal breakfast and take your usual medications unless Dr. Haddad has told you otherwise.\n- Wear a comfortable, button-front top.\n- Plan to spend 3 to 5 hours with us; most of that time is waiting while the lab checks your tissue.\n- Bring a book, a snack and one companion.\n- If your surgery site is near the eye, please arrange a driver.\n\nTo cancel or reschedule, call (614) 555-0170 at least 48 hours ahead.\n\nSee you soon,\nSummit Dermatologic Surgery",
     "REWRITE", "care-instructions", "email", "en",
     [("Mohs surgery", "PROCEDURE"), ("Mohs micrographic surgery", "PROCEDURE"), ("Summit Dermatologic Surgery", "SPECIALTY"), ("4410 Bellmont Ave, Suite 300, Columbus, OH 43215", "ADDRESS"),
      ("Dr. Haddad", "PROVIDER"), ("(614) 555-0170", "PHONE"), ("Summit Dermatologic Surgery", "SPECIALTY", 1)],
     ["dermatology", "practice-contact", "template"], "Judgement (decision 5): generic prep every Mohs patient receives is logistics, so REWRITE for the procedure and specialty names, not BLOCK. The address is the practice's own."),
    ("cq0026", "Dr. Pruitt is running about 25 minutes behind this afternoon. If your appointment is after 2pm, feel free to arrive a little later. Sorry for the wait!",
     "ALLOW", "other", "sms", "en",
     [("Dr. Pruitt", "PROVIDER")],
     ["dermatology"], "Delay notice: provider and times only."),
    ("cq0027", "Kevin - post-op from today's Mohs: keep the pressure bandage on your forehead dry x48 hrs, then clean w/ soap + water and apply Vaseline 2x/day. Tylenol for pain, no ibuprofen x3 days. Call 614-555-0191 if bleeding doesn't stop after 20 min of pressure.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Kevin", "NAME"), ("post-op", "PROCEDURE"), ("Mohs", "PROCEDURE"), ("pressure bandage", "PROCEDURE"), ("Vaseline", "MEDICATION"), ("Tylenol", "MEDICATION"), ("ibuprofen", "MEDICATION"),
      ("614-555-0191", "PHONE"), ("bleeding", "CONDITION")],
     ["dermatology", "shorthand", "negation", "contrast"], "Post-procedure care and medication instructions for this patient are treatment instructions (decision 5): BLOCK by SMS; near-same content on the portal is cq0028."),
    ("cq0028", "After-visit instructions from Dr. Haddad: Your Mohs site on the left temple was closed with a flap repair. Keep the pressure dressing on and dry for 48 hours. Then wash gently once a day, pat dry, apply plain petrolatum and cover with a new bandage. Take acetaminophen 1000 mg every 6 hours as needed for pain; avoid aspirin and ibuprofen for 3 days unless prescribed. Call (614) 555-0170 for bleeding that does not stop after 20 minutes of firm pressure.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Dr. Haddad", "PROVIDER"), ("Mohs", "PROCEDURE"), ("flap repair", "PROCEDURE"), ("pressure dressing", "PROCEDURE"), ("petrolatum", "MEDICATION"), ("acetaminophen 1000 mg", "MEDICATION"),
      ("aspirin", "MEDICATION"), ("ibuprofen", "MEDICATION"), ("(614) 555-0170", "PHONE"), ("bleeding", "CONDITION")],
     ["dermatology", "practice-contact", "contrast"], "Care and dosing instructions are fine inside the secure portal (README channel convention)."),
    ("cq0029", "Recordatorio: su cirugía de Mohs con el Dr. Salcedo es el lunes 3 de agosto a las 7:00 am. Puede desayunar normalmente. Traiga a un acompañante. Dudas: (210) 555-0188.",
     "REWRITE", "reminder", "sms", "es",
     [("cirugía de Mohs", "PROCEDURE"), ("Dr. Salcedo", "PROVIDER"), ("3 de agosto", "DATE"), ("(210) 555-0188", "PHONE")],
     ["dermatology", "practice-contact"], "The named surgery goes; provider, date, generic prep (decision 5) and the practice phone stay."),
    ("cq0030", "Your surgery is confirmed for 9/22 at 8:00 AM with Dr. Ashby. Arrive 30 minutes early and bring a driver. Questions? (720) 555-0150",
     "ALLOW", "confirmation", "sms", "en",
     [("9/22", "DATE"), ("Dr. Ashby", "PROVIDER"), ("(720) 555-0150", "PHONE")],
     ["dermatology", "practice-contact"], "'surgery' alone is generic (README); date, provider and practice phone are allowed."),
    ("cq0031", "A small wrinkle in our plans: the parking garage is closed for repairs this week. Please use the surface lot behind the building and allow a few extra minutes.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'wrinkle' is a figure of speech in a parking notice."),
    ("cq0032", "Dr. Coelho had a surgical emergency at the hospital, so we need to move your appointment on 10/3. Please call (415) 555-0117 to pick a new time. We're so sorry!",
     "ALLOW", "other", "sms", "en",
     [("Dr. Coelho", "PROVIDER"), ("10/3", "DATE"), ("(415) 555-0117", "PHONE")],
     ["dermatology", "practice-contact"], "The emergency is the provider's schedule, not the recipient's health."),
    ("cq0033", "Suture removal appt: Wed 6/17 10:40 with Shauna Reyes, PA-C. FYI the path from your excision was benign, so no further surgery needed!",
     "BLOCK", "reminder", "sms", "en",
     [("Suture removal", "PROCEDURE"), ("6/17", "DATE"), ("Shauna Reyes, PA-C", "PROVIDER"), ("path", "PROCEDURE"), ("excision", "PROCEDURE"), ("benign", "RESULT")],
     ["dermatology", "shorthand"], "A reminder with a pathology result buried in it: the result cannot travel, so BLOCK (the reminder part alone would be REWRITE)."),
    ("cq0034", "Mrs. Delacroix, Dr. Pham reviewed the slides: the lesion on your back is a melanoma, 0.6 mm deep. She wants to do a wider excision and a sentinel node biopsy. Please call (512) 555-0103 today.",
     "BLOCK", "result", "sms", "en",
     [("Delacroix", "NAME"), ("Dr. Pham", "PROVIDER"), ("lesion", "CONDITION"), ("melanoma", "CONDITION"), ("0.6 mm", "RESULT"), ("wider excision", "PROCEDURE"), ("sentinel node biopsy", "PROCEDURE"), ("(512) 555-0103", "PHONE")],
     ["dermatology", "oncology", "practice-contact"], "New melanoma diagnosis with Breslow depth (RESULT, decision 10) and a treatment plan."),
    ("cq0035", "Hi Ruth, before your facelift on 11/12 we need your pre-op labs (CBC, BMP) and an EKG from Dr. Greer, your primary care doctor, faxed to us at (480) 555-0149 by 11/1. Thanks! - Contour Coordinators",
     "REWRITE", "other", "sms", "en",
     [("Ruth", "NAME"), ("facelift", "PROCEDURE"), ("11/12", "DATE"), ("pre-op", "PROCEDURE"), ("CBC", "PROCEDURE"), ("BMP", "PROCEDURE"), ("EKG", "PROCEDURE"), ("Dr. Greer", "PROVIDER"), ("(480) 555-0149", "FAX"), ("by [[11/1]].", "DATE")],
     ["dermatology", "practice-contact"], "Clearance paperwork request: name, procedure and named tests go (no values), deadlines and the practice fax stay."),
    ("cq0036", "h3y ur m0hs surg3ry is m0nday 7am, no need 2 fast. bring a snack + a book lol",
     "REWRITE", "reminder", "sms", "en",
     [("m0hs surg3ry", "PROCEDURE")],
     ["dermatology", "leet", "shorthand"], "Leetspeak disguise of the procedure name; time and generic prep survive."),
)

# ---------------------------------------------------------------- batch 4 (cq0037-cq0048): isotretinoin, iPLEDGE, monthly labs
add(
    ("cq0037", "iPLEDGE reminder: your monthly window opens today. Log in to answer your questions and get your pregnancy test done before Friday so Dr. Vance can confirm you.",
     "REWRITE", "reminder", "sms", "en",
     [("iPLEDGE", "PROCEDURE"), ("pregnancy test", "PROCEDURE"), ("Dr. Vance", "PROVIDER")],
     ["dermatology", "reproductive"], "The iPLEDGE program reveals isotretinoin; the named test goes too. 'Your monthly window opens, log in' survives."),
    ("cq0038", "Hi Sophie, your pregnancy test from today is negative and Dr. Vance confirmed you in iPLEDGE. Your Absorica 40 mg is ready at the pharmacy - pick it up within 7 days or the window closes.",
     "BLOCK", "result", "sms", "en",
     [("Sophie", "NAME"), ("pregnancy test", "PROCEDURE"), ("negative", "RESULT"), ("Dr. Vance", "PROVIDER"), ("iPLEDGE", "PROCEDURE"), ("Absorica 40 mg", "MEDICATION")],
     ["dermatology", "reproductive"], "A negative pregnancy test is still a result (README), here with the drug and strength."),
    ("cq0039", "Walgrove Pharmacy: your prescription for Accu\u200btane is ready for pickup. It must be picked up by 5/30. Reply HELP for help, STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("Accu\u200btane", "MEDICATION"), ("5/30", "DATE")],
     ["pharmacy", "dermatology"], "Zero-width space hides the drug name in a pickup notice; the drug goes, pickup and deadline survive."),
    ("cq0040", "Reminder: you're due for your monthly lipid panel and liver tests before your next isotretinoin refill. Walk in to any QuestPoint Lab location, no appt needed.",
     "REWRITE", "reminder", "sms", "en",
     [("lipid panel", "PROCEDURE"), ("liver tests", "PROCEDURE"), ("isotretinoin", "MEDICATION")],
     ["dermatology", "lab"], "Named tests and the drug go; 'you're due for lab work, walk in' survives."),
    ("cq0041", "Your triglycerides came back at 412 (H) on isotretinoin. Dr. Nakamura wants to lower your dose to 20mg daily and recheck in 4 weeks. Cut back on sugary drinks and alcohol until then.",
     "BLOCK", "result", "sms", "en",
     [("triglycerides", "PROCEDURE"), ("412", "RESULT"), ("412 ([[H]])", "RESULT"), ("isotretinoin", "MEDICATION"), ("Dr. Nakamura", "PROVIDER")],
     ["dermatology", "lab"], "Lab value, flag and a dose change: the clinical content is the message."),
    ("cq0042", "Hola Valeria, ya puedes pasar al laboratorio para tu prueba de embarazo mensual antes de tu cita de isotretinoína del 14 de marzo. No olvides traer tu tarjeta del seguro.",
     "REWRITE", "reminder", "sms", "es",
     [("Valeria", "NAME"), ("prueba de embarazo", "PROCEDURE"), ("isotretinoína", "MEDICATION"), ("14 de marzo", "DATE")],
     ["dermatology", "reproductive"], "Name, named test and drug go; the lab visit before the appointment date survives."),
    ("cq0043", "iPLEDGE monthly check-in: Your pregnancy test on 4/2 was negative. You have been confirmed in iPLEDGE for month 5 of isotretinoin 60 mg. Your prescription was sent to your pharmacy; the pickup window closes 4/9.",
     "ALLOW", "result", "portal", "en",
     [("iPLEDGE", "PROCEDURE"), ("pregnancy test", "PROCEDURE"), ("4/2", "DATE"), ("negative", "RESULT"), ("iPLEDGE", "PROCEDURE", 1), ("isotretinoin 60 mg", "MEDICATION"), ("4/9", "DATE")],
     ["dermatology", "reproductive"], "Result and drug inside the secure portal are fine (README channel convention)."),
    ("cq0044", "Mole Fest is back! \U0001F336\ufe0f Join our staff this Sunday at Plaza Park for mole poblano, tamales and live music. Proceeds go to the free clinic fund.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: mole is the sauce; a community broadcast."),
    ("cq0045", "Sophia, your iPLEDGE patient ID is 2047 8816 3. Keep it handy for your monthly questions. - Dr. Ruiz Dermatology",
     "BLOCK", "other", "sms", "en",
     [("Sophia", "NAME"), ("iPLEDGE", "PROCEDURE"), ("2047 8816 3", "OTHER_ID"), ("Dr. Ruiz", "PROVIDER"), ("Dermatology", "SPECIALTY")],
     ["dermatology", "identifier"], "Judgement (decision 7): the program ID is the whole content and the program reveals isotretinoin, so removal leaves nothing to send: BLOCK, use the portal."),
    ("cq0046", "Heads up: Dr. Vance's office closes early this Friday at 3pm. Need a refill before the weekend? Request it in the app.",
     "ALLOW", "other", "push", "en",
     [("Dr. Vance", "PROVIDER")],
     ["dermatology"], "Closing-time push with a provider name; 'refill' is generic."),
    ("cq0047", "Hi Ms. Tran,\n\nWelcome to the isotretinoin program at Clearfield Dermatology! Now that you're registered in iPLEDGE, here are the rules for the next five months:\n\n1. Take your capsules with a full meal once a day, with dinner.\n2. Never share your medicine, and do not donate blood during treatment or for one month after your last dose.\n3. Use a fragrance-free moisturizer and lip balm daily; your skin and lips will get very dry.\n4. No waxing or dermabrasion until 6 months after you finish.\n5. Call us right away at (303) 555-0138 if you notice mood changes, depression or severe headaches.\n\nYour monthly visits and lab work are required to keep your prescription active.\n\nSee you next month!\nThe Clearfield Dermatology team",
     "BLOCK", "care-instructions", "email", "en",
     [("Tran", "NAME"), ("isotretinoin", "MEDICATION"), ("Clearfield Dermatology", "SPECIALTY"), ("iPLEDGE", "PROCEDURE"), ("dermabrasion", "PROCEDURE"), ("(303) 555-0138", "PHONE"),
      ("mood changes", "CONDITION"), ("depression", "CONDITION"), ("headaches", "CONDITION"), ("Clearfield Dermatology", "SPECIALTY", 1)],
     ["dermatology", "practice-contact", "negation"], "Dosing and treatment rules for a named drug are the content (decision 5); hypothetical symptoms labelled CONDITION (decision 15)."),
    ("cq0048", "Hi Mrs. Bauer, Ethan's monthly isotretinoin labs are due before his 7/8 visit with Dr. Cho. The lab order is waiting at the front desk.",
     "BLOCK", "reminder", "sms", "en",
     [("Bauer", "NAME"), ("Ethan", "NAME"), ("isotretinoin", "MEDICATION"), ("7/8", "DATE"), ("Dr. Cho", "PROVIDER")],
     ["dermatology", "minor", "third-party"], "A dependent's medication sent to the guardian is BLOCK (README third-party convention, like 'your son's ADHD meds')."),
)

# ---------------------------------------------------------------- batch 5 (cq0049-cq0060): phototherapy, biologics, medical dermatology
add(
    ("cq0049", "Phototherapy schedule change: the light box room is closed Thu 12/24. Your Mon/Wed/Fri narrowband UVB sessions resume Mon 12/28 at the usual times.",
     "REWRITE", "reminder", "sms", "en",
     [("Phototherapy", "PROCEDURE"), ("light box", "PROCEDURE"), ("12/24", "DATE"), ("narrowband UVB", "PROCEDURE"), ("12/28", "DATE")],
     ["dermatology"], "Therapy and device names go (decision 8: a light box is a device); the closure and resume dates survive."),
    ("cq0050", "Good news, our laser printer is finally fixed! The forms you requested last week are ready to pick up at the front desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: 'laser' is office equipment and 'forms' are paperwork."),
    ("cq0051", "CareBridge Specialty Pharmacy: your Dupixent 300 mg pens ship today via FedEx, arriving Thu. Keep refrigerated. Track: track.example.com/p?ship=88Z412K",
     "REWRITE", "pickup", "sms", "en",
     [("CareBridge Specialty Pharmacy", "SPECIALTY"), ("Dupixent 300 mg pens", "MEDICATION"), ("track.example.com/p?ship=88Z412K", "URL")],
     ["pharmacy", "dermatology"], "Specialty-pharmacy name and biologic go; the tracking link carries a per-shipment parameter (patient-specific, README). 'Ships today, keep refrigerated' survives."),
    ("cq0052", "Hi Liam, your TB test (QuantiFERON) came back negative so you're cleared to start Skyrizi. First injection at the clinic on 2/3, second one 4 weeks later.",
     "BLOCK", "result", "sms", "en",
     [("Liam", "NAME"), ("TB test", "PROCEDURE"), ("QuantiFERON", "PROCEDURE"), ("negative", "RESULT"), ("Skyrizi", "MEDICATION"), ("2/3", "DATE")],
     ["dermatology", "lab"], "A negative screening result plus a treatment start: the result is the message."),
    ("cq0053", "Sra. Beltrán, sus sesiones de fototerapia para el vitiligo siguen los martes y jueves a las 8:15. A partir de hoy su dosis sube a 450 mJ. Recuerde traer sus lentes protectores.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Beltrán", "NAME"), ("fototerapia", "PROCEDURE"), ("vitiligo", "CONDITION")],
     ["dermatology"], "A dose change for the patient's phototherapy is a treatment instruction (BLOCK); the dose itself is not labelled (README: a dose elsewhere is not part of a span)."),
    ("cq0054", "Your Humira Complete savings card was renewed for 2027. Questions about your copay? Call 1-800-555-0134, Mon-Fri 8am-8pm.",
     "REWRITE", "billing", "sms", "en",
     [("Humira", "MEDICATION"), ("1-800-555-0134", "PHONE")],
     ["pharmacy", "dermatology", "practice-contact"], "Manufacturer copay program named after the drug: the drug goes; the program's own phone stays."),
    ("cq0055", "Please stop the clobetasol on your hands for 2 weeks and switch to the tacrolimus ointment twice a day, then come back so we can see if the eczema is better. - Dr. Brandt",
     "BLOCK", "care-instructions", "sms", "en",
     [("clobetasol", "MEDICATION"), ("tacrolimus ointment", "MEDICATION"), ("eczema", "CONDITION"), ("Dr. Brandt", "PROVIDER")],
     ["dermatology"], "Medication switch and dosing instructions with the diagnosis."),
    ("cq0056", "Your patch testing starts Mon 3/2 (placement), with readings Wed 3/4 and Fri 3/6. For one week before, please don't apply steroid creams to your back, and avoid sun on your back. Wear an old T-shirt.",
     "REWRITE", "care-instructions", "email", "en",
     [("patch testing", "PROCEDURE"), ("3/2", "DATE"), ("3/4", "DATE"), ("3/6", "DATE"), ("steroid creams", "MEDICATION")],
     ["dermatology"], "Judgement (decision 5): generic prep given to every patch-test patient; the test and drug-class names go, dates survive."),
    ("cq0057", "From our wellness newsletter: pick thick-skinned Hass avocados that yield to gentle pressure - they'll ripen on your counter in 2 to 3 days. Try them in this week's salsa verde recipe!",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'thick-skinned' and 'pressure' describe avocados in a recipe."),
    ("cq0058", "Dr. Levesque sent you a message about your psoriasis. Open the app to read it.",
     "REWRITE", "portal-notice", "push", "en",
     [("Dr. Levesque", "PROVIDER"), ("psoriasis", "CONDITION")],
     ["dermatology", "contrast"], "A new-message push that names the condition; contrast with cq0023, which does not."),
    ("cq0059", "Hi, this is Gloria at Sunridge Dermatology calling to remind Daniel Ortiz of his light therapy appointment tomorrow at 4:10. Press 1 to confirm, 2 to reschedule.",
     "REWRITE", "reminder", "voice", "en",
     [("Gloria", "PROVIDER"), ("Sunridge Dermatology", "SPECIALTY"), ("Daniel Ortiz", "NAME"), ("light therapy", "PROCEDURE")],
     ["dermatology"], "Voice reminder: patient name, therapy and dermatology name go; the time survives."),
    ("cq0060", "Hi Amir, your methotrexate labs from 5/19 look good: ALT 28, creatinine 0.9, CBC normal. Keep taking methotrexate 15 mg every Saturday with folic acid 1 mg daily on the other six days. Next labs in 3 months. - Dr. Eastman",
     "ALLOW", "result", "portal", "en",
     [("Amir", "NAME"), ("methotrexate", "MEDICATION"), ("5/19", "DATE"), ("ALT", "PROCEDURE"), ("28", "RESULT"), ("creatinine", "PROCEDURE"), ("0.9", "RESULT"), ("CBC", "PROCEDURE"), ("normal", "RESULT"),
      ("methotrexate 15 mg", "MEDICATION"), ("folic acid 1 mg", "MEDICATION"), ("Dr. Eastman", "PROVIDER")],
     ["dermatology", "lab"], "Results and dosing inside the secure portal are fine (README channel convention)."),
)

# ---------------------------------------------------------------- batch 6 (cq0061-cq0072): injectables, med spas, memberships, photo releases
add(
    ("cq0061", "Lumen Aesthetics: March madness! Botox $11/unit and 15% off all dermal fillers through the end of the month. Book online or reply BOOK. Reply STOP to opt out.",
     "ALLOW", "marketing", "sms", "en", [],
     ["dermatology", "broadcast", "hard-negative"], "Judgement (decisions 2 and 3): a price promotion sent to the whole list says nothing about the recipient; a med-spa brand name is not specialty-revealing."),
    ("cq0062", "Hi Jess! It's been 4 months since your last Botox - time for a refresh? Book with Nicole, RN before 6/1 and get 10 free units. Reply BOOK \U0001F489",
     "REWRITE", "marketing", "sms", "en",
     [("Jess", "NAME"), ("Botox", "MEDICATION"), ("Nicole, RN", "PROVIDER"), ("6/1", "DATE")],
     ["dermatology"], "Decision 3: the promo is tied to the recipient's own treatment history; name and product go, the offer survives."),
    ("cq0063", "Brianna, Dr. Kaur charted 24 units Dysport to the glabella + 8 units to each side of the crow's feet on 4/22. If the left brow still feels heavy at 2 weeks we'll add 4 units. Don't lie down for 4 hrs!",
     "BLOCK", "care-instructions", "sms", "en",
     [("Brianna", "NAME"), ("Dr. Kaur", "PROVIDER"), ("Dysport", "MEDICATION"), ("4/22", "DATE")],
     ["dermatology"], "Doses, injection sites and aftercare for this patient are treatment content (decision 5); body sites are not labelled (decision 11)."),
    ("cq0064", "Public speaking workshop for patients & families, Thursday 6pm in our community room: learn to cut filler words, calm your nerves and speak up at appointments. Free - RSVP at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'filler words' are verbal tics, not dermal filler."),
    ("cq0065", "¡Promoción de verano! 20% de descuento en depilación láser y faciales en Bella Luna Spa todo julio. Agenda tu cita por WhatsApp. Responde BAJA para no recibir más mensajes.",
     "ALLOW", "marketing", "sms", "es", [],
     ["dermatology", "broadcast", "hard-negative"], "Judgement (decisions 2 and 3): a spa promotion to the whole list; no recipient detail."),
    ("cq0066", "Hi Kendra, your complimentary lip filler touch-up is booked for Sat 5/9 at 11:30 with Dr. Morrow at Vivid Face Aesthetics. Please avoid fish oil and alcohol for 48 hours beforehand to reduce bruising.",
     "REWRITE", "confirmation", "email", "en",
     [("Kendra", "NAME"), ("lip filler", "MEDICATION"), ("5/9", "DATE"), ("Dr. Morrow", "PROVIDER"), ("fish oil", "MEDICATION")],
     ["dermatology"], "Product (decision 16) and name go; generic prep (decision 5) and booking survive. The aesthetics brand name is not labelled (decision 2)."),
    ("cq0067", "Hi Ana, from the photo you sent, the blanching near your filler site could be a vascular occlusion. Come in NOW - Dr. Morrow is waiting for you. If you can't get here, go to the ER.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Ana", "NAME"), ("blanching", "CONDITION"), ("filler", "MEDICATION"), ("vascular occlusion", "CONDITION"), ("Dr. Morrow", "PROVIDER")],
     ["dermatology"], "A clinical assessment of a complication is the message; urgent advice should go by phone, not text."),
    ("cq0068", "Glow Club membership: your monthly $99 charge to the card ending 4417 was processed on 8/1. You have 2 banked treatments. Manage your plan at glowclub.example.com/account.",
     "ALLOW", "billing", "sms", "en",
     [("8/1", "DATE"), ("glowclub.example.com/account", "URL")],
     ["dermatology", "practice-contact"], "Judgement (decisions 2 and 13): last four card digits are not labelled, a spa membership brand names no specialty, the link has no patient token."),
    ("cq0069", "Reminder: your \u0412otox appt w/ Tara, RN is Tues 9/15 at 6pm. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("\u0412otox", "MEDICATION"), ("Tara, RN", "PROVIDER"), ("9/15", "DATE")],
     ["dermatology"], "Cyrillic capital Ve disguises Botox; the product goes, the appointment survives."),
    ("cq0070", "Your Kybella session #2 is Fri 10/2 at 9:00. Dr. Ito plans 4 vials this time since the first round went well. Expect swelling under the chin for a few days like last time.",
     "BLOCK", "reminder", "sms", "en",
     [("Kybella", "MEDICATION"), ("10/2", "DATE"), ("Dr. Ito", "PROVIDER"), ("swelling", "CONDITION")],
     ["dermatology"], "The planned dose and response to treatment make it treatment content; the reminder alone would be REWRITE."),
    ("cq0071", "Give the gift of glow \u2728 Gift cards in any amount, in store or online - perfect for Mother's Day.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Gift-card broadcast; nothing about any recipient."),
    ("cq0072", "Hi Paige,\n\nThank you for trusting us with your rhinoplasty! We hope you're loving your results. At your 6-month visit on Tuesday, Sept 8, we'll take your follow-up photos in our studio.\n\nWould you be willing to let us share your before-and-after photos on our website and Instagram? Your eyes would be covered and your name never used. It's completely optional and won't affect your care in any way.\n\nIf you agree, please sign the photo release here: forms.example.com/release?pt=Q72K99\n\nThank you!\nMaya, Patient Coordinator\nContour Plastic Surgery of Lakewood",
     "REWRITE", "marketing", "email", "en",
     [("Paige", "NAME"), ("rhinoplasty", "PROCEDURE"), ("Sept 8", "DATE"), ("forms.example.com/release?pt=Q72K99", "URL"), ("Maya", "PROVIDER"), ("Contour Plastic Surgery of Lakewood", "SPECIALTY")],
     ["dermatology"], "Photo-release request: name, procedure, plastic-surgery name and the tokened link (?pt=) go; the request survives."),
)

# ---------------------------------------------------------------- batch 7 (cq0073-cq0084): plastic surgery, breast and body procedures
add(
    ("cq0073", "Hi Renee, it's Dr. Castellano. Your drain output is down to 15 mL/day, so we can pull the drains Thursday. Keep wearing the surgical bra and no lifting over 10 lbs after your reduction.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Renee", "NAME"), ("Dr. Castellano", "PROVIDER"), ("drain output", "PROCEDURE"), ("15 mL/day", "RESULT"), ("drains", "PROCEDURE"), ("surgical bra", "PROCEDURE"), ("reduction", "PROCEDURE")],
     ["dermatology"], "A measured value (decision 10) and post-op instructions for this patient. Drains and the surgical bra are devices (decision 8)."),
    ("cq0074", "Post-op check: how are you feeling after your tummy tuck, Monica? Reply 1 if all is well, 2 if you'd like a nurse to call you.",
     "REWRITE", "other", "sms", "en",
     [("Post-op", "PROCEDURE"), ("tummy tuck", "PROCEDURE"), ("Monica", "NAME")],
     ["dermatology"], "Check-in survives without the procedure and the name; 'nurse' is generic."),
    ("cq0075", "Sra. Quintero, recuerde usar la faja compresiva las 24 horas durante 6 semanas después de su lipo y tomar la cefalexina 500 mg cada 6 horas hasta terminarla. Cualquier duda, al (305) 555-0127.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Quintero", "NAME"), ("faja compresiva", "PROCEDURE"), ("lipo", "PROCEDURE"), ("cefalexina 500 mg", "MEDICATION"), ("(305) 555-0127", "PHONE")],
     ["dermatology", "practice-contact"], "Compression and antibiotic dosing instructions after liposuction (decision 5); the garment is a device (decision 8)."),
    ("cq0076", "Your breast implant registration: Natrelle Inspira, serial 21044-778-LR, placed 3/14/2026 by Dr. Lindqvist. Please keep this information with your implant card.",
     "BLOCK", "other", "email", "en",
     [("breast implant", "PROCEDURE"), ("Natrelle Inspira", "PROCEDURE"), ("21044-778-LR", "DEVICE_ID"), ("3/14/2026", "DATE"), ("Dr. Lindqvist", "PROVIDER"), ("implant card", "PROCEDURE")],
     ["dermatology", "identifier"], "Judgement (decision 7): the device serial is the content and the device reveals the procedure; removal leaves nothing, so BLOCK (portal instead). Implant brand is a device -> PROCEDURE."),
    ("cq0077", "Important safety notice to all patients of Bayview Surgical Associates: if you have textured breast implants placed before 2019, please call (617) 555-0146 to schedule a check. No action is needed otherwise.",
     "ALLOW", "other", "email", "en",
     [("(617) 555-0146", "PHONE")],
     ["dermatology", "broadcast", "negation", "practice-contact"], "Judgement (decision 14): sent to every patient with conditional wording, it says nothing about the recipient; the practice name is generic."),
    ("cq0078", "Your 2-week post-op visit after your BBL is Wed 7/22 at 2:20 with Dr. Soto. Bring your BBL pillow and wear your faja.",
     "REWRITE", "reminder", "sms", "en",
     [("post-op", "PROCEDURE"), ("BBL", "PROCEDURE"), ("7/22", "DATE"), ("Dr. Soto", "PROVIDER"), ("BBL", "PROCEDURE", 1), ("faja", "PROCEDURE")],
     ["dermatology"], "Procedure and garment (decision 8) go; the visit time and provider survive. Judgement: what to bring is logistics (decision 5)."),
    ("cq0079", "Hi Carla, just letting you know your mom's blepharoplasty went well and she's in recovery. You can pick her up at 1pm - she'll need someone with her tonight. Stitches look good, some bruising is expected.",
     "BLOCK", "other", "sms", "en",
     [("Carla", "NAME"), ("blepharoplasty", "PROCEDURE"), ("bruising", "CONDITION")],
     ["dermatology", "third-party"], "A third party's surgery and condition sent to a relative (README: third party's health is BLOCK)."),
    ("cq0080", "Reminder from Harborview Plastic & Reconstructive Surgery: your tissue expander fill is Tuesday 1/13 at 10:00 with Dr. Achebe.",
     "REWRITE", "reminder", "sms", "en",
     [("Harborview Plastic & Reconstructive Surgery", "SPECIALTY"), ("tissue expander fill", "PROCEDURE"), ("1/13", "DATE"), ("Dr. Achebe", "PROVIDER")],
     ["dermatology", "oncology"], "Reconstruction step after mastectomy and the plastic-surgery name go; date, time, provider survive."),
    ("cq0081", "Dr. Skinner's office: your appointment is Thursday 4/9 at 11:15 AM. Parking validation is available at check-in.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Skinner", "PROVIDER"), ("4/9", "DATE")],
     ["dermatology"], "Look-alike: Skinner is the provider's surname."),
    ("cq0082", "Plastic-Free July at Cedar Grove Medical: bring a reusable bottle to any visit this month and get a free water refill plus an entry in our raffle!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'plastic' and 'refill' in an environmental campaign."),
    ("cq0083", "Payment received: $250.00 on 5/2. Thank you! Your remaining balance is $0.00. Billing questions: billing@cedargrove.example.com",
     "ALLOW", "billing", "sms", "en",
     [("5/2", "DATE"), ("billing@cedargrove.example.com", "EMAIL")],
     ["general", "practice-contact"], "Payment receipt with the practice's own billing e-mail."),
    ("cq0084", "Dear Ms. Okoro,\n\nThank you for visiting Elev\u00e9 Plastic Surgery for your consultation on June 2. As discussed, Dr. Harrington's recommended plan is an abdominoplasty with liposuction of the flanks, performed under general anesthesia in our accredited surgery suite.\n\nYour estimate (#EST-20931, valid for 90 days):\n- Surgeon fee: $7,800\n- Anesthesia: $1,450\n- Facility: $2,300\n- Garments and post-op visits: included\n\nBecause your BMI today was 33.4, Dr. Harrington would like it to be 30 or below before we book a date, so our dietitian will reach out this week.\n\nA $500 deposit holds your surgery date once you are ready; it is refundable up to 14 days before surgery. Financing through our lending partners is available with approved credit, including 12-month plans with no interest if paid in full. Questions? Call (858) 555-0119 or email concierge@eleve.example.com.\n\nWarmly,\nThe Elev\u00e9 Team",
     "BLOCK", "billing", "email", "en",
     [("Okoro", "NAME"), ("Elev\u00e9 Plastic Surgery", "SPECIALTY"), ("June 2", "DATE"), ("Dr. Harrington", "PROVIDER"), ("abdominoplasty", "PROCEDURE"), ("liposuction", "PROCEDURE"), ("EST-20931", "OTHER_ID"),
      ("post-op", "PROCEDURE"), ("BMI", "PROCEDURE"), ("33.4", "RESULT"), ("Dr. Harrington", "PROVIDER", 1), ("(858) 555-0119", "PHONE"), ("concierge@eleve.example.com", "EMAIL")],
     ["dermatology", "practice-contact"], "Long estimate with one buried measurement: the BMI value is a result (decision 10), so BLOCK; without it the estimate would be REWRITE. Estimate number is OTHER_ID (decision 7)."),
)

# ---------------------------------------------------------------- batch 8 (cq0085-cq0096): wound care, hyperbaric, supplies
add(
    ("cq0085", "Valley Wound & Hyperbaric Center: Hi Frank, your HBOT dive #12 is tomorrow at 8:00 AM. Wear the cotton scrubs we gave you - no lotions, hair products or deodorant.",
     "REWRITE", "reminder", "sms", "en",
     [("Valley Wound & Hyperbaric Center", "SPECIALTY"), ("Frank", "NAME"), ("HBOT", "PROCEDURE")],
     ["dermatology"], "Wound/hyperbaric practice name (decision 2), name and therapy go; time and generic prep (decision 5) survive."),
    ("cq0086", "Frank, Dr. Ilunga measured your heel ulcer today: 2.1 x 1.4 cm, down from 3.0 x 2.2. Great progress! Keep wearing the off-loading boot whenever you're up.",
     "BLOCK", "result", "sms", "en",
     [("Frank", "NAME"), ("Dr. Ilunga", "PROVIDER"), ("heel ulcer", "CONDITION"), ("2.1 x 1.4 cm", "RESULT"), ("3.0 x 2.2", "RESULT"), ("off-loading boot", "PROCEDURE")],
     ["dermatology"], "Wound measurements are results (decision 10) and the boot instruction is treatment; site fused with diagnosis is one span (decision 11)."),
    ("cq0087", "MedSupply Direct: your order of 10 V.A.C. GranuFoam dressings and 5 canisters ships today to 1187 Larkspur Ln, Apt 4, Dayton, OH 45402. Device SN: VAC-58820193. Questions: (937) 555-0115.",
     "REWRITE", "pickup", "sms", "en",
     [("V.A.C. GranuFoam dressings", "PROCEDURE"), ("1187 Larkspur Ln, Apt 4, Dayton, OH 45402", "ADDRESS"), ("VAC-58820193", "DEVICE_ID"), ("(937) 555-0115", "PHONE")],
     ["dermatology", "home-health", "practice-contact"], "Wound-vac supplies reveal a wound; the patient's address and the device serial are not needed. 'Your order ships today' survives (decision 8)."),
    ("cq0088", "Update from Dr. Weller: your w o u n d  c u l t u r e grew M R S A. Please start the doxycycline we sent to your pharmacy today.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Weller", "PROVIDER"), ("w o u n d  c u l t u r e", "PROCEDURE"), ("M R S A", "RESULT"), ("doxycycline", "MEDICATION")],
     ["dermatology", "spaced"], "Spaced letters disguise a culture result and the treatment. Judgement (decision 9): the organism grown is the RESULT."),
    ("cq0089", "Don Evaristo, su curación de la úlcera del pie es el viernes 9 de octubre a las 10:30 en la Clínica de Heridas San Lucas. ¡La herida ya mide menos de 1 cm, va muy bien!",
     "BLOCK", "reminder", "sms", "es",
     [("Evaristo", "NAME"), ("curación", "PROCEDURE"), ("úlcera del pie", "CONDITION"), ("9 de octubre", "DATE"), ("Clínica de Heridas San Lucas", "SPECIALTY"), ("menos de 1 cm", "RESULT")],
     ["dermatology"], "A reminder with a wound measurement (decision 10) buried in it: BLOCK; the reminder alone would be REWRITE. 'Don' is a title and stays outside."),
    ("cq0090", "Hi, this is Tasha, RN with Evergreen Home Health. I'll be at your place Tue between 10 and 12 for the dressing change on your leg. Text back if that window doesn't work.",
     "REWRITE", "reminder", "sms", "en",
     [("Tasha, RN", "PROVIDER"), ("Evergreen Home Health", "SPECIALTY"), ("dressing change", "PROCEDURE")],
     ["dermatology", "home-health"], "Home-health name and the visit type go; the visit window survives."),
    ("cq0091", "Good news: your prior authorization was approved! We'll call you this week to set up your first appointments. - Patient Access Team",
     "ALLOW", "other", "sms", "en", [],
     ["general"], "Authorization approval with no service, number or condition named."),
    ("cq0092", "We're all wound up with excitement: our new Eastside location opens Monday! Same great team, more parking and a bigger waiting room.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'wound up' means excited."),
    ("cq0093", "Hello Mr. Petrakis, this is Dana from the wound clinic. Your bone biopsy showed osteomyelitis, so Dr. Oyelaran wants you to start six weeks of IV antibiotics. Please call us back today at 937-555-0112.",
     "BLOCK", "result", "voice", "en",
     [("Petrakis", "NAME"), ("Dana", "PROVIDER"), ("wound clinic", "SPECIALTY"), ("bone biopsy", "PROCEDURE"), ("osteomyelitis", "CONDITION"), ("Dr. Oyelaran", "PROVIDER"), ("IV antibiotics", "MEDICATION"), ("937-555-0112", "PHONE")],
     ["dermatology", "practice-contact"], "A new diagnosis and treatment plan left on a voicemail."),
    ("cq0094", "Reminder from Dr. Oyelaran's office: your appointment is Thu 11/5 at 1:00. Please bring your insurance card and a list of the supplies you have at home.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Oyelaran", "PROVIDER"), ("11/5", "DATE")],
     ["dermatology"], "Provider and date only; 'supplies' names nothing."),
    ("cq0095", "Wound measurements 10/6: sacral pressure injury stage 3, 4.0 x 3.2 x 0.8 cm, 20% slough. Continue silver alginate, change daily and PRN. Reposition every 2 hours.",
     "ALLOW", "care-instructions", "portal", "en",
     [("10/6", "DATE"), ("sacral pressure injury", "CONDITION"), ("stage 3", "RESULT"), ("4.0 x 3.2 x 0.8 cm", "RESULT"), ("20% slough", "RESULT"), ("silver alginate", "PROCEDURE")],
     ["dermatology", "home-health", "shorthand"], "Clinical note in the secure portal: allowed. Stage and measurements are RESULTs (decision 10); the dressing is a device (decision 8)."),
    ("cq0096", "¡Kermés de la Clínica Familiar Montoya este domingo! Habrá mole poblano, pozole, tamales y lotería para los niños. Todo lo recaudado va al fondo de medicinas.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: mole is food at a clinic fair; a broadcast."),
)

# ---------------------------------------------------------------- batch 9 (cq0097-cq0108): Spanish, welcome letters, recalls, relatives
add(
    ("cq0097", "Clínica Rosales: Su cita con la Dra. Benítez es el miércoles 11 de noviembre a las 3:40 pm. Si no puede asistir, llame al (956) 555-0165.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Benítez", "PROVIDER"), ("11 de noviembre", "DATE"), ("(956) 555-0165", "PHONE")],
     ["dermatology", "practice-contact"], "Generic clinic name, provider, date and the practice phone."),
    ("cq0098", "Este sábado: noche de observación del eclipse lunar en el estacionamiento de la clínica. Trae tu silla y a tu familia. ¡Habrá chocolate caliente y pan dulce!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'lunar' (also Spanish for a mole on the skin) is an eclipse here."),
    ("cq0099", "Hola Yesenia, te escribe la enfermera Marisol. Tu cultivo salió negativo para hongos, así que el dermatólogo dice que suspendas la terbinafina y sigas con el champú de ketoconazol 2 veces por semana.",
     "BLOCK", "result", "sms", "es",
     [("Yesenia", "NAME"), ("enfermera Marisol", "PROVIDER"), ("cultivo", "PROCEDURE"), ("negativo", "RESULT"), ("hongos", "CONDITION"), ("dermatólogo", "SPECIALTY"), ("terbinafina", "MEDICATION"), ("champú de ketoconazol", "MEDICATION")],
     ["dermatology"], "A negative culture is still a result, with medication instructions. Decision 9: the condition tested for stays CONDITION."),
    ("cq0100", "Farmacia San Judas: su receta de tretinoína 0.05% crema está lista para recoger. Horario: lunes a sábado de 9 am a 8 pm.",
     "REWRITE", "pickup", "sms", "es",
     [("tretinoína 0.05% crema", "MEDICATION")],
     ["pharmacy", "dermatology"], "Drug name with strength and form in a pickup notice goes; the pickup survives."),
    ("cq0101", "Estimada Sra. Villarreal:\n\nLe confirmamos su consulta de rinoplastia con el Dr. Echeverría el 2 de febrero a las 10:00 en el Instituto de Cirugía Plástica Arenal. Por favor llene el consentimiento de fotografías antes de su visita en arenal.example.mx/fotos y llegue 15 minutos antes.\n\nSaludos cordiales,\nCoordinación de Pacientes",
     "REWRITE", "confirmation", "email", "es",
     [("Villarreal", "NAME"), ("rinoplastia", "PROCEDURE"), ("Dr. Echeverría", "PROVIDER"), ("2 de febrero", "DATE"), ("Instituto de Cirugía Plástica Arenal", "SPECIALTY"), ("arenal.example.mx/fotos", "URL")],
     ["dermatology", "practice-contact"], "Photo-consent request before a consult: name, procedure and plastic-surgery name go; the practice's untokened link stays."),
    ("cq0102", "Señora Gutiérrez, le informamos que a su hijo Mateo le encontramos sarna (escabiosis). Toda la familia debe aplicarse permetrina 5% esta noche del cuello a los pies y lavar la ropa de cama en agua caliente.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Gutiérrez", "NAME"), ("Mateo", "NAME"), ("sarna", "CONDITION"), ("escabiosis", "CONDITION"), ("permetrina 5%", "MEDICATION")],
     ["dermatology", "pediatrics", "minor", "third-party"], "A child's diagnosis sent to the parent plus treatment instructions for the household."),
    ("cq0103", "Buenos días, le llamamos de Dermatología Integral para recordarle a Rogelio Méndez su cita de crioterapia mañana a las 11. Para confirmar marque 1, para cambiarla marque 2.",
     "REWRITE", "reminder", "voice", "es",
     [("Dermatología Integral", "SPECIALTY"), ("Rogelio Méndez", "NAME"), ("crioterapia", "PROCEDURE")],
     ["dermatology"], "Voice reminder: dermatology name, patient name and procedure go; the time survives."),
    ("cq0104", "Tienes un nuevo mensaje de tu equipo de atención. Inicia sesión en el portal para leerlo.",
     "ALLOW", "portal-notice", "push", "es", [],
     ["general"], "New-message push with nothing clinical or identifying."),
    ("cq0105", "Welcome to Westbrook Medical Associates!\n\nWe're glad you chose us. A few things to know before your first visit with Dr. Amelia Stroud:\n\n\u2022 Please arrive 15 minutes early to complete check-in on our tablet.\n\u2022 Bring a photo ID, your insurance card and a list of any medicines you take.\n\u2022 Late arrivals of more than 15 minutes may need to be rescheduled.\n\u2022 We ask for 24 hours' notice to cancel; a $40 fee applies otherwise.\n\nWe are at 2200 Orchard Pkwy, Suite 110, Madison, WI 53711, with free parking in the east lot. Phone (608) 555-0140, fax (608) 555-0141, or message us anytime at westbrookmed.example.com. Billing questions: billing@westbrookmed.example.com.\n\nWe look forward to meeting you!",
     "ALLOW", "other", "email", "en",
     [("Dr. Amelia Stroud", "PROVIDER"), ("2200 Orchard Pkwy, Suite 110, Madison, WI 53711", "ADDRESS"), ("(608) 555-0140", "PHONE"), ("(608) 555-0141", "FAX"), ("westbrookmed.example.com", "URL"), ("billing@westbrookmed.example.com", "EMAIL")],
     ["general", "practice-contact"], "Long welcome letter with the practice's own address, phone, fax, site and e-mail; nothing about the patient."),
    ("cq0106", "Sun safety tip from your care team: the UV index hits 9 today. Seek shade from 10am to 4pm, reapply SPF 30+ every 2 hours, and check your skin once a month.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Health tip sent to everyone; 'check your skin' is advice, not the recipient's exam."),
    ("cq0107", "Reminder: you're due for your 6-month skin cancer check with Dr. Adeyemi. Call (410) 555-0186 or book at derm.example.com/book.",
     "REWRITE", "recall", "sms", "en",
     [("skin cancer", "CONDITION"), ("Dr. Adeyemi", "PROVIDER"), ("(410) 555-0186", "PHONE"), ("derm.example.com/book", "URL")],
     ["dermatology", "practice-contact"], "Judgement (decision 12): 'skin cancer check' is labelled like 'asthma check'; the recall survives. The practice URL is labelled URL only (decision 2)."),
    ("cq0108", "Hi Paul, here is the after-visit summary for your father, Harold Kim (DOB 02/11/1934), from today: actinic keratoses x6 treated with cryo; start fluorouracil 5% cream twice daily to the scalp for 3 weeks.",
     "BLOCK", "care-instructions", "email", "en",
     [("Paul", "NAME"), ("Harold Kim", "NAME"), ("02/11/1934", "DATE"), ("actinic keratoses", "CONDITION"), ("cryo", "PROCEDURE"), ("fluorouracil 5% cream", "MEDICATION")],
     ["dermatology", "third-party", "dob"], "A parent's diagnosis and treatment sent to his son, with a full date of birth and name."),
)

# ---------------------------------------------------------------- batch 10 (cq0109-cq0120): templates, surveys, look-alikes, long letters
add(
    ("cq0109", "{{practice_name}}: Your appointment is on {{appt_date}} at {{appt_time}} with {{provider_name}}. Reply C to confirm or R to reschedule.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template"], "Template with content-free placeholders only."),
    ("cq0110", "Reminder: your Mohs surgery is on {{appt_date}} at {{arrival_time}}. Eat breakfast and wear a button-down shirt. Questions: {{practice_phone}}",
     "REWRITE", "reminder", "sms", "en",
     [("Mohs surgery", "PROCEDURE")],
     ["dermatology", "template"], "Fixed template text names the procedure; placeholders carry no patient data. Generic prep (decision 5)."),
    ("cq0111", "Le recordamos su cita de fototerapia el {{fecha}} a las {{hora}}. Si necesita cambiarla, llame al {{telefono_clinica}}.",
     "REWRITE", "reminder", "sms", "es",
     [("fototerapia", "PROCEDURE")],
     ["dermatology", "template"], "Fixed Spanish template text names the therapy; the placeholders are content-free."),
    ("cq0112", "How was your visit with Dr. Scarborough on 8/12? Rate us 1-5 at survey.example.com/cedar - your feedback helps us improve.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Scarborough", "PROVIDER"), ("8/12", "DATE"), ("survey.example.com/cedar", "URL")],
     ["dermatology", "practice-contact"], "Look-alike: 'Scar' is part of a surname; the survey link carries no patient token."),
    ("cq0113", "Our providers have skin in the game: the whole Cedar Grove team is running the Hospital Foundation 5K on Saturday. Come cheer us on at the finish line!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'skin in the game' is an idiom."),
    ("cq0114", "Lab alert: your potassium was 5.9 (H) on spironolactone. Dr. Alvarado wants you to hold it and repeat labs tomorrow morning.",
     "BLOCK", "result", "push", "en",
     [("potassium", "PROCEDURE"), ("5.9", "RESULT"), ("5.9 ([[H]])", "RESULT"), ("spironolactone", "MEDICATION"), ("Dr. Alvarado", "PROVIDER")],
     ["dermatology", "lab"], "A lab value, flag and a hold instruction on a lock-screen push."),
    ("cq0115", "Hi Dev! Session 4 of your laser tattoo removal is Thu 3/19 at 5:30pm. Skip the self-tanner this week \U0001F60A",
     "REWRITE", "reminder", "sms", "en",
     [("Dev", "NAME"), ("laser tattoo removal", "PROCEDURE"), ("3/19", "DATE")],
     ["dermatology"], "Name and procedure go; session time and generic prep survive (decision 5)."),
    ("cq0116", "Freckles, our clinic's therapy dog, will be visiting the waiting room Friday morning. Stop by and say hi!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: Freckles is a dog, not a skin finding."),
    ("cq0117", "Your insurance denied Botox for hyperhidrosis (underarms) - the plan requires a trial of Drysol first. Dr. Hwang sent Drysol to your pharmacy; apply it nightly to dry underarms for 2 weeks.",
     "BLOCK", "billing", "sms", "en",
     [("Botox", "MEDICATION"), ("hyperhidrosis", "CONDITION"), ("Drysol", "MEDICATION"), ("Dr. Hwang", "PROVIDER"), ("Drysol", "MEDICATION", 1)],
     ["dermatology", "pharmacy"], "Denial reason naming the condition, plus dosing instructions."),
    ("cq0118", "Face ID is now available in our app! Turn it on under Settings > Security for faster, safer sign-in.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "Look-alike: 'Face' is a phone unlock feature, not a facial procedure or full-face photo."),
    ("cq0119", "Dear Mr. and Mrs. Afolabi,\n\nThank you for bringing Zuri to see Dr. Whitaker today. Here is a summary of what we discussed.\n\nZuri's infantile hemangioma on her upper lip is in its growth phase, so we are starting propranolol oral solution at 1 mg/kg/day, divided twice daily, increasing to 2 mg/kg/day after one week if she tolerates it. Her heart rate in clinic was 118 and blood pressure 92/58, both normal for her age.\n\nPlease give each dose with a feeding and skip it if she isn't eating, because the medicine can cause low blood sugar. We will see her again in 4 weeks and take new photos to track the hemangioma.\n\nCall us at (919) 555-0173 with any questions.\n\nPediatric Dermatology at Oak Hollow",
     "BLOCK", "care-instructions", "email", "en",
     [("Afolabi", "NAME"), ("Zuri", "NAME"), ("Dr. Whitaker", "PROVIDER"), ("Zuri", "NAME", 1), ("infantile hemangioma", "CONDITION"), ("propranolol oral solution", "MEDICATION"), ("heart rate", "PROCEDURE"), ("118", "RESULT"),
      ("blood pressure", "PROCEDURE"), ("92/58", "RESULT"), ("normal", "RESULT"), ("low blood sugar", "CONDITION"), ("track the [[hemangioma]]", "CONDITION"), ("(919) 555-0173", "PHONE"),
      ("Pediatric Dermatology at Oak Hollow", "SPECIALTY")],
     ["dermatology", "pediatrics", "minor", "third-party", "practice-contact", "negation"], "A child's diagnosis, vitals and dosing sent to the parents by e-mail (README third-party convention)."),
    ("cq0120", "Heads up: our phones will be down Saturday 8-10am for maintenance. For anything urgent, call our answering service at (614) 555-0199.",
     "ALLOW", "other", "sms", "en",
     [("(614) 555-0199", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Practice-wide notice with the practice's own answering-service number."),
)

probe_lib.run(M, "cq", "probe92.jsonl")
