#!/usr/bin/env python3
"""Build corpus/probe161.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe161.py [OUT] [-v]   (default: probe161.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run
and no other corpus's messages, source code, tests or history were read).

This round is BURN, WOUND, PLASTIC AND RECONSTRUCTIVE SURGERY: what burn centers, wound and
hyperbaric clinics, plastic and reconstructive surgeons, hand and microsurgery services,
lymphedema therapists and compression-garment suppliers send — dressing-change and debridement
visits, hyperbaric oxygen sessions, skin-graft and flap follow-ups, breast-reconstruction stages
(expanders, implants, nipple reconstruction), scar treatments, garment fittings and pickups, drain
care, photos for the chart, statements, claims and insurance predeterminations — mixed with
neutral logistics and look-alikes ("a burning question", Plastic-Free July, graft and corruption,
flap jacks, the reconstruction of Main Street, a salad dressing, fruit-tree grafting, a coffee
machine that burned out, Grafton Family Practice, Burns Family Pharmacy, a nurse named Ashley
Burns). 15% Spanish; four disguised messages (leet, spaced letters, zero-width, Cyrillic).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "margins [[clear]]" searches for "margins clear"
      and labels only the bracketed part.
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Service tags: burn, wound, hyperbaric and plastic/reconstructive care -> `dermatology`
     (skin and soft tissue); hand surgery and hand therapy -> `orthopedics`; lymphedema therapy
     and compression garments -> `physical-therapy`; breast reconstruction after mastectomy ->
     `oncology`; a child's burn adds `pediatrics`.
  2. Practice and vendor names that name burn, wound, hyperbaric, plastic/reconstructive, scar,
     hand, lymphedema or compression care are specialty-revealing (SPECIALTY, whole name). An
     ambulatory "Surgery Center" / "Centro de Cirugía Ambulatoria" name is generic, like
     `surgery` alone; a garment vendor whose name does not say what it sells (SecondSkin,
     Contour Medical Garments) is not labelled.
  3. Unit, clinic, team and role words naming these services are SPECIALTY (`burn unit`,
     `burn ICU`, `burn clinic`, `hand clinic`, `Wound clinic`, `Wound Care Team`,
     `hand therapist`, `OT`, `home health`, `urgencias`); a credential naming a specialty after a
     therapist's name is its own SPECIALTY span (`CLT`, certified lymphedema therapist).
  4. What was done to the patient is PROCEDURE (graft, grafted, flap, donor site, incision,
     drain, expander, implant, pin, suture removal, intubated); what the patient has is
     CONDITION (burn, wound, ulcer, scar, blister, drainage, lymphedema, pressure injury,
     cellulitis). A named test is one PROCEDURE span (`wound culture`, `TcPO2`).
  5. Dressings, garments, sleeves, stockings, bandages, splints, braces, boots, wound vacs, air
     mattresses and implants are devices -> PROCEDURE; medicated dressings and topical products
     (Xeroform, Santyl, silicone gel, Hibiclens, silver sulfadiazine) -> MEDICATION. A
     compression class written with the garment stays in its span (`Class 2 sleeve`), like a
     strength with a drug.
  6. Hyperbaric jargon for a session (`dive`, `dives`) is PROCEDURE.
  7. Wound and limb measurements, expander fill volumes, drain outputs, grip strength, graft
     take and flap colour are RESULT (a message carrying them by SMS is BLOCK); a diagnosis
     stated as what a biopsy or scan showed (keloid, hypertrophic scar, osteomyelitis) is RESULT.
  8. Pre-visit preparation (no lotions or makeup, keep out of the sun, bring or wear the
     garment, fasting and arrival rules) is logistics, not treatment: the message is REWRITE
     once the revealing words go (ALLOW when none is named); aftercare, drain care and
     medication holds or doses are treatment instructions -> BLOCK.
  9. CPT and ICD-10 codes on statements and claims are labelled by what they encode (the code
     alone: PROCEDURE or CONDITION); the bill is REWRITE, since the payment purpose survives.
 10. A predetermination or prior-authorization approval naming the procedure is REWRITE; a
     denial quoting clinical criteria (tissue weights, symptoms) is BLOCK.
 11. Implant serial numbers are DEVICE_ID: inside the portal (implant card) ALLOW; by e-mail
     they are the content and cannot be removed -> BLOCK (send a portal notice).
 12. A dependent's appointment naming a revealing procedure (dressing change) but no condition,
     finding or medication is REWRITE, like the patient's own.
 13. Staff named as senders without a title (Ashley Burns, Lena, Renee, Kelsey, Dana, a social
     worker) are PROVIDER; the surname "Burns" is never a condition.
 14. `post-op` / `Pre-op` as a visit or instruction label is PROCEDURE (as `pre-op` visit in the
     README).
 15. Broadcasts from a generic hospital or practice that mention burn or wound services (new
     hyperbaric center, burn-unit cook-off, hiring wound care nurses, fire-safety tips) stay
     ALLOW with no clinical span (README broadcast convention).
 16. A date range (`November 2-6`) is one DATE span; an outcome phrase without a value or
     finding word (`went smoothly`) is left unlabelled, the procedure carrying the verdict.

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


# ---------------------------------------------------------------- batch 1 (fh0001-fh0012): burn and wound clinic visits
add(
    ("fh0001", "Reminder: you have an appointment with Dr. Okafor on Tue 3/10 at 8:45 AM. Please arrive 15 minutes early. Reply C to confirm or call (414) 555-0117 to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("3/10", "DATE"), ("(414) 555-0117", "PHONE")],
     ["dermatology", "practice-contact"], "Provider, date, time and the practice's own number; nothing says which clinic or why. Tagged dermatology because a wound clinic sends it (decision 1)."),
    ("fh0002", "Lakeshore Regional Burn Center: Hi Tomasz, your dressing change is tomorrow at 10:30am in Clinic B. Wear loose, soft clothing and allow about an hour.",
     "REWRITE", "reminder", "sms", "en",
     [("Lakeshore Regional Burn Center", "SPECIALTY"), ("Tomasz", "NAME"), ("dressing change", "PROCEDURE")],
     ["dermatology"], "Burn-center name (decision 2), first name and visit type go; time, room and clothing advice (decision 8) survive."),
    ("fh0003", "Cedar Ridge Wound & Hyperbaric Center reminds you of your debridement visit with Dr. Lindqvist on 4/2 at 1:00 PM. Reply Y to confirm, N to cancel.",
     "REWRITE", "reminder", "sms", "en",
     [("Cedar Ridge Wound & Hyperbaric Center", "SPECIALTY"), ("debridement", "PROCEDURE"), ("Dr. Lindqvist", "PROVIDER"), ("4/2", "DATE")],
     ["dermatology"], "Wound-center name and procedure go; provider, date and time survive."),
    ("fh0004", "Hi Mr. Delacroix, after today's debridement keep the foam dressing dry and change it every 48 hrs. If the drainage turns green or starts to smell, call us right away - it could be an infection.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Delacroix", "NAME"), ("debridement", "PROCEDURE"), ("foam dressing", "PROCEDURE"), ("drainage", "CONDITION"), ("infection", "CONDITION")],
     ["dermatology", "negation"], "Wound-care instructions after a procedure are treatment instructions: nothing useful is left once removed (decision 8). Dressing is a device (decision 5); drainage a symptom; infection is hypothetical but still clinical."),
    ("fh0005", "Got a burning question about your bill? Our billing team answers texts Mon-Fri 9-4. Reply HELP for options or STOP to opt out.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "'Burning question' is an idiom, not a burn; billing hours and keywords only."),
    ("fh0006", "Your wound culture from 2/18 grew MRSA. Dr. Patel sent doxycycline 100 mg to your pharmacy - take 1 tablet twice a day for 10 days.",
     "BLOCK", "result", "sms", "en",
     [("wound culture", "PROCEDURE"), ("2/18", "DATE"), ("MRSA", "RESULT"), ("Dr. Patel", "PROVIDER"), ("doxycycline 100 mg", "MEDICATION")],
     ["dermatology"], "A culture result and dosing: the clinical content is the message. 'wound culture' is one named test (decision 4)."),
    ("fh0007", "Your visit tomorrow at 9:15 may run long - please plan on about 90 minutes and bring a snack or a book. Parking is validated at the front desk.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "Time and logistics only; nothing names a service, a person or a finding."),
    ("fh0008", "Hola Sra. Benítez, le recordamos su cita para curación de la herida con la Dra. Villaseñor el jueves 14 de marzo a las 9:00. Clínica de Heridas San Lucas, (915) 555-0163.",
     "REWRITE", "reminder", "sms", "es",
     [("Benítez", "NAME"), ("curación de la herida", "PROCEDURE"), ("Dra. Villaseñor", "PROVIDER"), ("14 de marzo", "DATE"), ("Clínica de Heridas San Lucas", "SPECIALTY"), ("(915) 555-0163", "PHONE")],
     ["dermatology", "practice-contact"], "Surname, wound-care visit and wound-clinic name go; provider, date, time and the clinic's number survive. Judgement: 'curación de la herida' (wound care/dressing) is one PROCEDURE span."),
    ("fh0009", "Hi, this is Ashley Burns, RN on the burn unit. Kayla's grafts look pink and healthy this morning, and if her pain stays controlled she can go home Friday.",
     "BLOCK", "other", "sms", "en",
     [("Ashley Burns, RN", "PROVIDER"), ("burn unit", "SPECIALTY"), ("Kayla", "NAME"), ("grafts", "PROCEDURE"), ("pink and healthy", "RESULT"), ("pain", "CONDITION")],
     ["dermatology", "pediatrics", "minor", "third-party"], "A child's graft status and pain told to the guardian: third-party health, BLOCK. The nurse's surname is a name (decision 13); 'burn unit' is SPECIALTY (decision 3); graft appearance is a RESULT (decision 7)."),
    ("fh0010", "Hi, it's Ashley Burns from the front desk at Northfield Medical Group. We found a pair of reading glasses in exam room 3 after your visit - are they yours? We'll hold them until Friday.",
     "ALLOW", "other", "sms", "en",
     [("Ashley Burns", "PROVIDER")],
     ["general"], "A staff member named as sender is PROVIDER (decision 13); 'Burns' is her surname, not a burn. Lost-and-found only."),
    ("fh0011", "Reminder: hyperbaric oxygen therapy session 14 of 30 tomorrow at 7:30 AM. Please remove lotions, makeup and hair products before your dive.",
     "REWRITE", "reminder", "push", "en",
     [("hyperbaric oxygen therapy", "PROCEDURE"), ("dive", "PROCEDURE")],
     ["dermatology"], "Lock-screen push: the therapy and the HBO jargon 'dive' (decision 6) go; the session count, time and prep (decision 8) survive."),
    ("fh0012", "Clínica Familiar del Valle estará cerrada el lunes 16 de septiembre por el Día de la Independencia. Para emergencias llame al 911.",
     "ALLOW", "other", "sms", "es",
     [("16 de septiembre", "DATE")],
     ["general", "broadcast"], "Holiday closure from a generic practice to everyone; a date and 911 are fine."),
)


# ---------------------------------------------------------------- batch 2 (fh0013-fh0024): skin grafts and flaps
add(
    ("fh0013", "Marin Plastic & Reconstructive Surgery: your skin graft check is Mon 5/18 at 2:40 PM with Dr. Ramaswamy. Please bring your photo ID and insurance card.",
     "REWRITE", "reminder", "sms", "en",
     [("Marin Plastic & Reconstructive Surgery", "SPECIALTY"), ("skin graft", "PROCEDURE"), ("5/18", "DATE"), ("Dr. Ramaswamy", "PROVIDER")],
     ["dermatology"], "Plastic-surgery name (decision 2) and the procedure go, 'check' stays outside the span; date, time and provider survive."),
    ("fh0014", "Good news from Dr. Ramaswamy: the flap looks great on today's photos - Doppler signal strong, color normal. Keep the arm elevated and no pressure on the site for 2 more weeks.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Ramaswamy", "PROVIDER"), ("flap", "PROCEDURE"), ("Doppler", "PROCEDURE"), ("signal strong", "RESULT"), ("color normal", "RESULT")],
     ["dermatology"], "Findings on the flap (normal findings are still results, decision 7) plus aftercare instructions: the clinical content is the message."),
    ("fh0015", "Flap jacks, bacon and coffee! Join our staff at the Rotary pancake breakfast Saturday 7-11 am at the Grange Hall. All proceeds go to the children's toy drive.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Flap jacks' are pancakes, not a surgical flap; a community broadcast."),
    ("fh0016", "Hello, this is Jordan Pike, PA, with Dr. Tanaka-Ruiz's office, calling for Evelyn Marsh about your split-thickness skin graft follow-up on June 3rd. Please call us back at 608-555-0129. Thank you.",
     "REWRITE", "reminder", "voice", "en",
     [("Jordan Pike, PA", "PROVIDER"), ("Dr. Tanaka-Ruiz", "PROVIDER"), ("Evelyn Marsh", "NAME"), ("split-thickness skin graft", "PROCEDURE"), ("June 3rd", "DATE"), ("608-555-0129", "PHONE")],
     ["dermatology", "practice-contact"], "Voicemail is treated like SMS (overheard): patient name and procedure go; staff, date and call-back number survive."),
    ("fh0017", "Message from Dr. Ramaswamy: Your donor site on the right thigh is healing as expected - about 80% re-epithelialized in today's photos. Keep the Xeroform on until it lifts off by itself, then start a fragrance-free moisturizer twice daily.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Dr. Ramaswamy", "PROVIDER"), ("donor site", "PROCEDURE"), ("80% re-epithelialized", "RESULT"), ("Xeroform", "MEDICATION")],
     ["dermatology", "contrast"], "Inside the secure portal findings and care instructions may stay (README channel convention); same content as fh0018 by SMS. Donor site is PROCEDURE (decision 4); Xeroform, a medicated dressing, is MEDICATION (decision 5)."),
    ("fh0018", "Your donor site on the right thigh is healing as expected (about 80% re-epithelialized). Keep the Xeroform on until it lifts off, then moisturize twice a day. - Dr. Ramaswamy's team",
     "BLOCK", "care-instructions", "sms", "en",
     [("donor site", "PROCEDURE"), ("80% re-epithelialized", "RESULT"), ("Xeroform", "MEDICATION"), ("Dr. Ramaswamy", "PROVIDER")],
     ["dermatology", "contrast"], "By SMS a healing finding and dressing instructions are the whole message: BLOCK (its portal twin fh0017 is ALLOW)."),
    ("fh0019", "Harborview Surgery Center: your arrival time on 6/9 is 6:15 AM. Nothing to eat after midnight; clear liquids are OK until 4:15 AM. An adult must drive you home.",
     "ALLOW", "reminder", "sms", "en",
     [("6/9", "DATE")],
     ["general"], "Decision 2: an ambulatory 'Surgery Center' name is generic like 'surgery' alone; decision 8: arrival and fasting rules are logistics. No procedure is named."),
    ("fh0020", "Sr. Ibarra, su cita de seguimiento del injerto de piel es el 22 de abril a las 11:20 con el Dr. Okafor. Por favor traiga la faja compresiva que le dieron en el hospital.",
     "REWRITE", "reminder", "sms", "es",
     [("Ibarra", "NAME"), ("injerto de piel", "PROCEDURE"), ("22 de abril", "DATE"), ("Dr. Okafor", "PROVIDER"), ("faja compresiva", "PROCEDURE")],
     ["dermatology"], "Surname, skin graft and the compression binder (a device, decision 5) go; bringing it is logistics (decision 8); date, time and provider survive."),
    ("fh0021", "In this month's newsletter: our lobby book swap features a history of graft and corruption in 1920s Chicago, plus summer parking changes and new evening hours.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Political graft, not a skin graft; a newsletter teaser to everyone."),
    ("fh0022", "Hi Darnell, the biopsy of the bump on your flap scar showed a keloid, not cancer. Dr. Fenwick would like to start steroid injections every 4 weeks - we'll call to set them up.",
     "BLOCK", "result", "sms", "en",
     [("Darnell", "NAME"), ("biopsy", "PROCEDURE"), ("bump", "CONDITION"), ("flap", "PROCEDURE"), ("scar", "CONDITION"), ("keloid", "RESULT"), ("not cancer", "RESULT"), ("Dr. Fenwick", "PROVIDER"), ("steroid injections", "MEDICATION")],
     ["dermatology", "negation"], "A biopsy finding (reassuring, still a result; the diagnosis the biopsy showed is RESULT, decision 7) and a treatment plan. The form word 'injections' goes with the drug class."),
    ("fh0023", "Subject: Your DIEP flap teaching class\n\nDear Priya Natarajan,\n\nThis is a reminder that your DIEP flap pre-op teaching class is on 7/14 at 10:00 AM in Room 210 of the Atrium Building. The class lasts about 90 minutes; a family member or support person is welcome to join you.\n\nParking is free in the Atrium garage - bring your ticket to the class for validation.\n\nIf you need to reschedule, call our scheduling line at (415) 555-0138.\n\nWarm regards,\nSurgical Education Team\nMarin Plastic & Reconstructive Surgery",
     "REWRITE", "reminder", "email", "en",
     [("DIEP flap", "PROCEDURE", 0), ("Priya Natarajan", "NAME"), ("DIEP flap", "PROCEDURE", 1), ("pre-op", "PROCEDURE"), ("7/14", "DATE"), ("(415) 555-0138", "PHONE"), ("Marin Plastic & Reconstructive Surgery", "SPECIALTY")],
     ["oncology", "practice-contact"], "E-mail is treated like SMS: name, the breast-reconstruction flap (subject line too), the pre-op label (decision 14) and the practice name go; date, room and the practice's number survive. Tagged oncology (decision 1)."),
    ("fh0024", "Roundtrip Rides: your pickup is set for Thursday at 9:10 AM. Your driver will call when they arrive. Reply CANCEL to cancel the ride.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "A ride confirmation with no destination, person or care."),
)

# ---------------------------------------------------------------- batch 3 (fh0025-fh0036): breast reconstruction, implants, predeterminations
add(
    ("fh0025", "Hi Renata, this is Bayside Breast Reconstruction. Your tissue expander fill is Wed 8/5 at 3:20 PM with Dr. Whitcombe. A front-closing top is easiest.",
     "REWRITE", "reminder", "sms", "en",
     [("Renata", "NAME"), ("Bayside Breast Reconstruction", "SPECIALTY"), ("tissue expander fill", "PROCEDURE"), ("8/5", "DATE"), ("Dr. Whitcombe", "PROVIDER")],
     ["oncology"], "Name, reconstruction practice name and the expander fill go; date, time, provider and clothing tip survive (decision 8)."),
    ("fh0026", "Dr. Whitcombe added 60 cc to each expander today (420 cc total now). Mild tightness for 2-3 days is normal; take ibuprofen 600 mg every 6 hours as needed.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Whitcombe", "PROVIDER"), ("60 cc", "RESULT"), ("expander", "PROCEDURE"), ("420 cc", "RESULT"), ("tightness", "CONDITION"), ("ibuprofen 600 mg", "MEDICATION")],
     ["oncology"], "Fill volumes are clinical values (decision 7) and the dose is a treatment instruction: BLOCK."),
    ("fh0027", "Your implant card is now in Documents. Left: Lumina smooth round 495 cc, serial 88120-4471-L. Right: serial 88120-4472-R. Keep these numbers for any future breast MRI or device recall.",
     "ALLOW", "portal-notice", "portal", "en",
     [("implant", "PROCEDURE"), ("Lumina smooth round 495 cc", "PROCEDURE"), ("88120-4471-L", "DEVICE_ID"), ("88120-4472-R", "DEVICE_ID"), ("breast MRI", "PROCEDURE")],
     ["oncology", "contrast"], "Decision 11: inside the portal the implant card (device model and serials) may stay; compare the e-mail fh0028."),
    ("fh0028", "Subject: Your implant information\n\nHi Renata, for your records: left implant Lumina smooth round 495 cc, serial 88120-4471-L; right implant serial 88120-4472-R, placed 10/21 by Dr. Whitcombe. Please keep this e-mail for future MRI screening or recalls.\n\nBayside Breast Reconstruction",
     "BLOCK", "other", "email", "en",
     [("implant", "PROCEDURE", 0), ("Renata", "NAME"), ("implant", "PROCEDURE", 1), ("Lumina smooth round 495 cc", "PROCEDURE"), ("88120-4471-L", "DEVICE_ID"), ("implant", "PROCEDURE", 2), ("88120-4472-R", "DEVICE_ID"), ("10/21", "DATE"), ("Dr. Whitcombe", "PROVIDER"), ("MRI", "PROCEDURE"), ("Bayside Breast Reconstruction", "SPECIALTY")],
     ["oncology", "contrast"], "Decision 11: by e-mail the device serials with a name are the content and cannot be removed without losing the purpose; send a portal notice instead (compare fh0027)."),
    ("fh0029", "Traffic note: the reconstruction of Main Street between 3rd and 5th runs through May. Please use the Oak Avenue entrance to reach our parking garage.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Road reconstruction, not surgery; street names given as directions to the practice are not the patient's address."),
    ("fh0030", "Hola Marisela, su cita para la reconstrucción mamaria (segunda etapa) con la Dra. Ocampo es el 3 de noviembre. Llegue 30 minutos antes. Centro de Cirugía Plástica Ocampo, (210) 555-0148.",
     "REWRITE", "reminder", "sms", "es",
     [("Marisela", "NAME"), ("reconstrucción mamaria", "PROCEDURE"), ("Dra. Ocampo", "PROVIDER"), ("3 de noviembre", "DATE"), ("Centro de Cirugía Plástica Ocampo", "SPECIALTY"), ("(210) 555-0148", "PHONE")],
     ["oncology", "practice-contact"], "Name, breast reconstruction and the plastic-surgery name go (decision 2); provider, date, arrival and phone survive. 'segunda etapa' alone says nothing once the procedure is gone."),
    ("fh0031", "Hi Gloria, your mom's mastectomy and reconstruction went well. She's in recovery now; the sentinel node biopsy was negative. Dr. Whitcombe will call you tonight.",
     "BLOCK", "other", "sms", "en",
     [("Gloria", "NAME"), ("mastectomy", "PROCEDURE"), ("reconstruction", "PROCEDURE"), ("sentinel node biopsy", "PROCEDURE"), ("negative", "RESULT"), ("Dr. Whitcombe", "PROVIDER")],
     ["oncology", "third-party"], "A relative's surgery and a pathology result sent to the daughter: third-party health, BLOCK."),
    ("fh0032", "Your predetermination request was received by your insurance plan on 9/2. Decisions usually take 15-30 business days; we'll text you as soon as we hear. Questions? (602) 555-0190",
     "ALLOW", "billing", "sms", "en",
     [("9/2", "DATE"), ("(602) 555-0190", "PHONE")],
     ["general", "practice-contact"], "A predetermination with no procedure named is plain paperwork status."),
    ("fh0033", "Good news - your plan approved the predetermination for your nipple reconstruction and 3D tattooing (CPT 19350). Estimated patient share: $480. Call Lena in billing at (602) 555-0190 to schedule.",
     "REWRITE", "billing", "sms", "en",
     [("nipple reconstruction", "PROCEDURE"), ("3D tattooing", "PROCEDURE"), ("19350", "PROCEDURE"), ("Lena", "PROVIDER"), ("(602) 555-0190", "PHONE")],
     ["oncology", "practice-contact"], "Decision 10: an approval naming the procedure is REWRITE; decision 9: the CPT code encodes the procedure and is labelled PROCEDURE; staff member Lena is PROVIDER (decision 13)."),
    ("fh0034", "Your plan denied the predetermination for breast reduction: 'does not meet criteria - estimated tissue removal under 500 g per side and no documented shoulder grooving or rashes.' You may appeal within 180 days.",
     "BLOCK", "billing", "sms", "en",
     [("breast reduction", "PROCEDURE"), ("estimated tissue removal under 500 g per side", "RESULT"), ("shoulder grooving", "CONDITION"), ("rashes", "CONDITION")],
     ["dermatology", "negation"], "Decision 10: a denial quoting clinical criteria (tissue estimate, absent symptoms) carries clinical content that is the message; send a portal notice."),
    ("fh0035", "¿Julio sin plástico? Este mes dejamos de usar vasos y bolsas de plástico en la clínica. Traiga su botella reutilizable y ayúdenos a cuidar el planeta.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Plastic-Free July: 'Julio' is the month (and looks like a first name), 'plástico' is not plastic surgery."),
    ("fh0036", "Bayside Breast Reconstruction: Dr. Whitcombe is running about 40 min behind. Your 2:15 appt is still on - reply WAIT to keep it or MOVE to reschedule.",
     "REWRITE", "reminder", "push", "en",
     [("Bayside Breast Reconstruction", "SPECIALTY"), ("Dr. Whitcombe", "PROVIDER")],
     ["oncology"], "Only the practice name reveals the service; the delay notice survives without it."),
)

# ---------------------------------------------------------------- batch 4 (fh0037-fh0048): scars, lasers, compression garments
add(
    ("fh0037", "Hi Jonah! Your fractional CO2 laser session for your burn scars is booked for Fri 1/23 at 11am at ClearPath Scar & Laser. Please keep the area out of the sun for 2 weeks before.",
     "REWRITE", "reminder", "sms", "en",
     [("Jonah", "NAME"), ("fractional CO2 laser", "PROCEDURE"), ("burn scars", "CONDITION"), ("1/23", "DATE"), ("ClearPath Scar & Laser", "SPECIALTY")],
     ["dermatology"], "Name, laser treatment, the condition and the scar-clinic name go; date, time and sun-avoidance prep survive (decision 8)."),
    ("fh0038", "Jonah, for the itching on your grafted areas: hydroxyzine 25 mg at bedtime, silicone gel twice a day, and massage the scars 5 min 3x daily. - Dr. Amari",
     "BLOCK", "care-instructions", "sms", "en",
     [("Jonah", "NAME"), ("itching", "CONDITION"), ("grafted", "PROCEDURE"), ("hydroxyzine 25 mg", "MEDICATION"), ("silicone gel", "MEDICATION"), ("scars", "CONDITION"), ("Dr. Amari", "PROVIDER")],
     ["dermatology", "shorthand"], "Dosing and scar-care instructions: treatment is the message. Silicone gel is a topical product (MEDICATION, decision 5); 'grafted' is PROCEDURE (decision 4)."),
    ("fh0039", "Healthy Plate tip of the week: a 5-minute lemon-tahini dressing that keeps all week in the fridge. Ask for the recipe card at checkout!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A salad dressing, not a wound dressing; a broadcast tip."),
    ("fh0040", "SecondSkin Compression Supply: your custom compression sleeve and gauntlet are ready for pickup at our Elmwood store. Please bring your prescription. Open Mon-Fri 9-5.",
     "REWRITE", "pickup", "sms", "en",
     [("SecondSkin Compression Supply", "SPECIALTY"), ("compression sleeve", "PROCEDURE"), ("gauntlet", "PROCEDURE")],
     ["physical-therapy"], "Decision 2: a vendor name that says 'Compression' reveals the garment; decision 5: sleeve and gauntlet are devices. 'Your order is ready for pickup' survives."),
    ("fh0041", "Your new measurements: right arm 31.5 cm at the elbow vs 27 cm on the left, up 1.5 cm since March. Renee wants you in the sleeve all day and on the pump 1 hour every night.",
     "BLOCK", "result", "sms", "en",
     [("31.5 cm", "RESULT"), ("27 cm", "RESULT"), ("up 1.5 cm", "RESULT"), ("Renee", "PROVIDER"), ("sleeve", "PROCEDURE"), ("pump", "PROCEDURE")],
     ["physical-therapy"], "Decision 7: limb measurements and their trend are clinical values; with a wear schedule (treatment) the content is the message. Therapist Renee is PROVIDER (decision 13)."),
    ("fh0042", "Willow Lymphedema Therapy: reminder of manual lymph drainage with Renee Alcott, CLT on Tue 2/10 at 4:30 PM. Please come wearing your compression bandages.",
     "REWRITE", "reminder", "sms", "en",
     [("Willow Lymphedema Therapy", "SPECIALTY"), ("manual lymph drainage", "PROCEDURE"), ("Renee Alcott", "PROVIDER"), ("CLT", "SPECIALTY"), ("2/10", "DATE"), ("compression bandages", "PROCEDURE")],
     ["physical-therapy"], "Practice name, therapy, the specialty credential CLT (decision 3) and the bandages (decision 5) go; therapist, date and time survive."),
    ("fh0043", "Recordatorio: su cita es el martes 9 de junio a las 10:40 con el Lic. Pacheco. Si necesita cambiarla, llame al (956) 555-0171. Centro Médico Río Grande.",
     "ALLOW", "reminder", "sms", "es",
     [("9 de junio", "DATE"), ("Lic. Pacheco", "PROVIDER"), ("(956) 555-0171", "PHONE")],
     ["general", "practice-contact"], "Provider, date, time, the practice's number and a generic practice name: nothing to remove."),
    ("fh0044", "Hola Don Aurelio, ya llegaron sus medias de compresión hechas a la medida. Puede recogerlas en Ortopedia y Compresión La Paz de lunes a sábado, de 9 a 6.",
     "REWRITE", "pickup", "sms", "es",
     [("Aurelio", "NAME"), ("medias de compresión", "PROCEDURE"), ("Ortopedia y Compresión La Paz", "SPECIALTY")],
     ["orthopedics"], "Name (title 'Don' outside), the garment (device, decision 5) and a store name that reveals it (decision 2) go; the pickup notice survives."),
    ("fh0045", "Fire Prevention Week tip from Northfield Medical Group: test your smoke alarms, set your water heater to 120°F, and keep kids 3 feet away from the stove. Stay safe!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A burn-prevention tip to everyone says nothing about the recipient (decision 15)."),
    ("fh0046", "Hi Mrs. Okoye, Zainab's scald burn on her forearm is healing, but a small blister opened today. Please keep it covered with the Mepilex and bring her back Monday at 10.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Okoye", "NAME"), ("Zainab", "NAME"), ("scald burn", "CONDITION"), ("blister", "CONDITION"), ("Mepilex", "PROCEDURE")],
     ["dermatology", "pediatrics", "minor", "third-party"], "A child's burn, its course and dressing instructions sent to the parent: third-party health, BLOCK. Mepilex is a non-medicated foam dressing, a device (decision 5)."),
    ("fh0047", "Hi Colleen, it's been a year since your tummy tuck with Dr. Varga! Book your complimentary 1-year check and get 15% off a HydraFacial this month. - Belle Forme Plastic Surgery",
     "REWRITE", "marketing", "sms", "en",
     [("Colleen", "NAME"), ("tummy tuck", "PROCEDURE"), ("Dr. Varga", "PROVIDER"), ("HydraFacial", "PROCEDURE"), ("Belle Forme Plastic Surgery", "SPECIALTY")],
     ["dermatology"], "Marketing addressed to one patient that names her past procedure: name, procedure, the facial and the plastic-surgery name go; the offer of a 1-year check survives."),
    ("fh0048", "Your order from SecondSkin shipped today and should arrive by Thursday. Questions about sizing or returns? Call us at 877-555-0134.",
     "ALLOW", "pickup", "sms", "en",
     [("877-555-0134", "PHONE")],
     ["physical-therapy", "practice-contact"], "Decision 2: the brand 'SecondSkin' alone names no product type; the vendor's own number is allowed. Compare fh0040."),
)

# ---------------------------------------------------------------- batch 5 (fh0049-fh0060): drains, photos, hand surgery, home wound care
add(
    ("fh0049", "Hi Mr. Haldane, strip your JP drain twice a day and write down the output each time. Once it's under 30 mL in 24 hours for two days in a row, call us to have it pulled.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Haldane", "NAME"), ("JP drain", "PROCEDURE")],
     ["dermatology"], "Drain-care instructions are treatment instructions (decision 8); removing the drain leaves nothing to send."),
    ("fh0050", "Thanks for sending your drain log. 85 mL yesterday is still high, so the drain stays in another week. - Dr. Lindqvist",
     "BLOCK", "result", "sms", "en",
     [("drain", "PROCEDURE", 0), ("85 mL", "RESULT"), ("still high", "RESULT"), ("drain", "PROCEDURE", 1), ("Dr. Lindqvist", "PROVIDER")],
     ["dermatology", "contrast"], "Drain output and its interpretation are results (decision 7) with a plan: BLOCK by SMS (portal twin fh0051)."),
    ("fh0051", "Drain log received. 85 mL yesterday is still above our removal cutoff, so we'll leave the drain in and recheck on 6/20. - Dr. Lindqvist",
     "ALLOW", "result", "portal", "en",
     [("Drain", "PROCEDURE"), ("85 mL", "RESULT"), ("still above our removal cutoff", "RESULT"), ("drain", "PROCEDURE"), ("6/20", "DATE"), ("Dr. Lindqvist", "PROVIDER")],
     ["dermatology", "contrast"], "Inside the portal results and plans may stay (README channel convention); compare fh0050."),
    ("fh0052", "Please upload 2 photos of your incision (one close up, one from arm's length) to the portal before your video visit tomorrow at 1:30. Good lighting helps!",
     "REWRITE", "other", "sms", "en",
     [("incision", "PROCEDURE")],
     ["dermatology"], "Decision 4: 'incision' reveals surgery (PROCEDURE); the request to upload photos before the video visit survives without it."),
    ("fh0053", "Photo day! We're updating provider headshots on Wednesday, so the lobby may be busy from 12 to 2. Thanks for your patience.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Staff headshots, not chart photos or full-face patient photos."),
    ("fh0054", "Sra. Cárdenas, el drenaje que le quitamos hoy tenía un poco de pus. La Dra. Ocampo le mandó cefalexina 500 mg: tome 1 cápsula cada 6 horas por 7 días.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Cárdenas", "NAME"), ("drenaje", "PROCEDURE"), ("un poco de pus", "RESULT"), ("Dra. Ocampo", "PROVIDER"), ("cefalexina 500 mg", "MEDICATION")],
     ["dermatology"], "A finding at the drain site and an antibiotic with dosing: BLOCK. The pus seen at removal is a finding (RESULT), the drain a procedure/device (decision 4)."),
    ("fh0055", "Subject: Appointment reminder - Hand & Upper Extremity Institute\n\nDear Mr. Szabo,\n\nThis is a friendly reminder of your appointment on Monday, October 5 at 9:30 AM with Dr. Achterberg for your post-op splint change and suture removal. Please allow 60 minutes; if a new one is needed, our hand therapist will fit it the same day.\n\nWhat to bring: your photo ID, insurance card and the sling you were given at surgery.\n\nOur office is at 2200 Riverside Pkwy, Suite 300, Milwaukee, WI 53202. Free parking is available in the ramp attached to the building.\n\nIf you need to reschedule, please call (414) 555-0186 at least 24 hours ahead.\n\nSincerely,\nPatient Services\nHand & Upper Extremity Institute",
     "REWRITE", "reminder", "email", "en",
     [("Hand & Upper Extremity Institute", "SPECIALTY", 0), ("Szabo", "NAME"), ("October 5", "DATE"), ("Dr. Achterberg", "PROVIDER"), ("post-op", "PROCEDURE"), ("splint change", "PROCEDURE"), ("suture removal", "PROCEDURE"), ("hand therapist", "SPECIALTY"), ("sling", "PROCEDURE"), ("2200 Riverside Pkwy, Suite 300, Milwaukee, WI 53202", "ADDRESS"), ("(414) 555-0186", "PHONE"), ("Hand & Upper Extremity Institute", "SPECIALTY", 1)],
     ["orthopedics", "practice-contact"], "Name, the hand-surgery institute (subject and signature, decision 2), post-op label (decision 14), procedures, devices and the hand therapist (decision 3) go; date, time, provider, the practice's address and number survive."),
    ("fh0056", "St. Brendan's Hospital is proud to open its new wound care and hyperbaric medicine center on the 3rd floor on March 2. Community tours run at 4 PM that week - all are welcome.",
     "ALLOW", "marketing", "sms", "en",
     [("March 2", "DATE")],
     ["general", "broadcast"], "Decision 15: a hospital-wide announcement of a service is a broadcast and says nothing about the recipient."),
    ("fh0057", "Hi Keisha, your custom thermoplastic splint fitting with the hand therapist is Thu 7/2 at 3:45. Bring the soft brace you're wearing now.",
     "REWRITE", "reminder", "sms", "en",
     [("Keisha", "NAME"), ("thermoplastic splint", "PROCEDURE"), ("hand therapist", "SPECIALTY"), ("7/2", "DATE"), ("soft brace", "PROCEDURE")],
     ["orthopedics"], "Name, devices (decision 5) and the hand therapist (decision 3) go; 'fitting' plus date and time survive."),
    ("fh0058", "Hi, this is the hand clinic calling for Mr. Faraday about today's X-ray. The pin in your ring finger has shifted a little, and Dr. Achterberg would like to see you tomorrow morning. Please call 414-555-0186.",
     "BLOCK", "result", "voice", "en",
     [("hand clinic", "SPECIALTY"), ("Faraday", "NAME"), ("X-ray", "PROCEDURE"), ("pin", "PROCEDURE"), ("has shifted a little", "RESULT"), ("Dr. Achterberg", "PROVIDER"), ("414-555-0186", "PHONE")],
     ["orthopedics", "imaging", "practice-contact"], "An imaging finding about a surgical pin left on a voicemail: the finding is the message, BLOCK."),
    ("fh0059", "Hello, this is Northfield Medical Group returning your call about parking. The garage entrance on Birch Street is open again. Have a good day.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "A parking call-back from a generic practice; a street named for directions is not the patient's address."),
    ("fh0060", "Reminder: wound vac change tomorrow. Your home health nurse will arrive between 7:30 and 8:30 AM.",
     "REWRITE", "reminder", "push", "en",
     [("wound vac change", "PROCEDURE"), ("home health", "SPECIALTY")],
     ["home-health"], "Device care visit (decision 5) and home health (a specialty in DESIGN, decision 3) go; the nurse's arrival window survives."),
)

# ---------------------------------------------------------------- batch 6 (fh0061-fh0072): hyperbaric, ulcers and pressure injuries, bills and claims
add(
    ("fh0061", "Mr. Eriksen, your TcPO2 reading next to the heel wound was 22 mmHg, so Medicare should cover HBOT. We start Monday - 20 dives over 4 weeks.",
     "BLOCK", "result", "sms", "en",
     [("Eriksen", "NAME"), ("TcPO2", "PROCEDURE"), ("heel wound", "CONDITION"), ("22 mmHg", "RESULT"), ("HBOT", "PROCEDURE"), ("dives", "PROCEDURE")],
     ["dermatology"], "A test value (measure PROCEDURE, value RESULT) with a condition and a treatment plan: BLOCK. 'dives' is HBO jargon (decision 6)."),
    ("fh0062", "Thanks for visiting! Your parking was validated for 3 hours. Pressure washing on garage level 2 is scheduled Friday - please park on level 3 that day.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'Pressure washing' is not a pressure injury; parking logistics only."),
    ("fh0063", "Cedar Ridge Wound & Hyperbaric Center: your session tomorrow moved to 9:15 AM because of equipment maintenance. Same location, Suite 110.",
     "REWRITE", "reminder", "sms", "en",
     [("Cedar Ridge Wound & Hyperbaric Center", "SPECIALTY")],
     ["dermatology"], "Only the wound/hyperbaric center name reveals the care (decision 2); the time change survives. Suite numbers are the practice's, not identifiers."),
    ("fh0064", "Your pressure injury on the sacrum is now stage 3. Please change position every 2 hours and use the air mattress we ordered. - Nurse Priya, Wound Care Team",
     "BLOCK", "care-instructions", "sms", "en",
     [("pressure injury", "CONDITION"), ("stage 3", "RESULT"), ("air mattress", "PROCEDURE"), ("Nurse Priya", "PROVIDER"), ("Wound Care Team", "SPECIALTY")],
     ["home-health", "dermatology"], "A condition with its stage (RESULT) and care instructions: BLOCK. Air mattress is a device (decision 5); 'Wound Care Team' is SPECIALTY (decision 3)."),
    ("fh0065", "Buenas tardes, Sr. Gallegos. Le recordamos su sesión de oxigenoterapia hiperbárica mañana a las 7:30 a. m. Ese día no use cremas, perfume ni maquillaje.",
     "REWRITE", "reminder", "sms", "es",
     [("Gallegos", "NAME"), ("oxigenoterapia hiperbárica", "PROCEDURE")],
     ["dermatology"], "Surname and the therapy go; time and the no-creams prep survive (decision 8)."),
    ("fh0066", "Clínica Familiar Las Palmas invita: taller de injertos de árboles frutales en nuestro huerto comunitario, sábado a las 10 a. m. ¡Traiga guantes y sombrero!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Grafting fruit trees ('injertos de árboles'), not skin grafts; a community-garden broadcast."),
    ("fh0067", "Hi Lorraine, your toe ulcer measured 1.2 x 0.8 cm today, smaller than last week. Keep wearing the offloading boot and apply the Santyl once daily.",
     "BLOCK", "result", "sms", "en",
     [("Lorraine", "NAME"), ("toe ulcer", "CONDITION"), ("1.2 x 0.8 cm", "RESULT"), ("smaller than last week", "RESULT"), ("offloading boot", "PROCEDURE"), ("Santyl", "MEDICATION")],
     ["dermatology", "contrast"], "Wound measurements and trend (decision 7) plus treatment: BLOCK by SMS; portal summary fh0071 is ALLOW."),
    ("fh0068", "Statement ready: services on 4/14 at Cedar Ridge Wound & Hyperbaric Center (CPT 99183, 97597). Balance due $62.40. Pay at pay.cedarridgewound.example",
     "REWRITE", "billing", "sms", "en",
     [("4/14", "DATE"), ("Cedar Ridge Wound & Hyperbaric Center", "SPECIALTY"), ("99183", "PROCEDURE"), ("97597", "PROCEDURE"), ("pay.cedarridgewound.example", "URL")],
     ["dermatology", "practice-contact"], "Decision 9: CPT codes encode hyperbaric treatment and debridement (PROCEDURE); with the center name they go; balance and the practice's own pay link (no token) survive."),
    ("fh0069", "Payment received: $62.40 on 5/1. Thank you! Your balance is now $0.00. Reply R for an e-mailed receipt.",
     "ALLOW", "billing", "sms", "en",
     [("5/1", "DATE")],
     ["general"], "Payment receipt with an amount and a date only."),
    ("fh0070", "Your claim for the 3/30 visit was processed. Diagnosis code L97.512 was billed; your plan paid $214.00 and your share is $35.00. Questions: billing@northfieldmg.example",
     "REWRITE", "billing", "sms", "en",
     [("3/30", "DATE"), ("L97.512", "CONDITION"), ("billing@northfieldmg.example", "EMAIL")],
     ["dermatology", "practice-contact"], "Decision 9: an ICD-10 code (chronic leg ulcer) on a claim notice is a diagnosis label, removable while the payment purpose survives; the billing office's e-mail is the practice's."),
    ("fh0071", "Wound clinic visit summary: toe ulcer 1.2 x 0.8 cm (down from 1.6 x 1.1 cm). Plan: continue Santyl daily and the offloading boot; return in 2 weeks.",
     "ALLOW", "result", "portal", "en",
     [("Wound clinic", "SPECIALTY"), ("toe ulcer", "CONDITION"), ("1.2 x 0.8 cm", "RESULT"), ("down from 1.6 x 1.1 cm", "RESULT"), ("Santyl", "MEDICATION"), ("offloading boot", "PROCEDURE")],
     ["dermatology", "contrast"], "Visit summary inside the portal: findings and plan may stay (README channel convention); compare fh0067."),
    ("fh0072", "Heads up from Dr. Moreau's office: your HBOT prior authorization was approved for 30 treatments. Call (737) 555-0182 to set up your schedule.",
     "REWRITE", "billing", "sms", "en",
     [("Dr. Moreau", "PROVIDER"), ("HBOT", "PROCEDURE"), ("(737) 555-0182", "PHONE")],
     ["dermatology", "practice-contact"], "Decision 10: an approval naming the treatment is REWRITE; 'prior authorization was approved' plus the number survives."),
)

# ---------------------------------------------------------------- batch 7 (fh0073-fh0084): burn care for children and families, garments, newsletters
add(
    ("fh0073", "Update on Mateo: the burn on his palm is deep partial-thickness, so Dr. Amari recommends a skin graft on Thursday. He will need a hand splint for a few weeks afterward.",
     "BLOCK", "other", "sms", "en",
     [("Mateo", "NAME"), ("burn", "CONDITION"), ("deep partial-thickness", "RESULT"), ("Dr. Amari", "PROVIDER"), ("skin graft", "PROCEDURE"), ("hand splint", "PROCEDURE")],
     ["dermatology", "pediatrics", "minor", "third-party"], "A child's burn depth (a finding), the surgery planned and a device, sent to the parent: third-party health, BLOCK."),
    ("fh0074", "Consejo del mes: para evitar quemaduras en la cocina, voltee los mangos de las ollas hacia adentro y mantenga a los niños lejos de la estufa. - Clínica Familiar del Valle",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "A burn-prevention tip to every patient (decision 15); 'quemaduras' is not about the recipient."),
    ("fh0075", "Sra. Rentería, el cultivo de la quemadura de su hijo salió positivo para pseudomonas. Empiece la sulfadiazina de plata en crema dos veces al día y lo vemos el viernes.",
     "BLOCK", "result", "sms", "es",
     [("Rentería", "NAME"), ("cultivo", "PROCEDURE"), ("quemadura", "CONDITION"), ("positivo para pseudomonas", "RESULT"), ("sulfadiazina de plata en crema", "MEDICATION")],
     ["dermatology", "pediatrics", "minor", "third-party"], "A child's culture result and a medication instruction to the mother: BLOCK. The form word 'en crema' follows the drug and goes with it."),
    ("fh0076", "Lakeshore Regional Burn Center outpatient clinic: your 2-week burn follow-up is Wed 11/11 at 1:50 PM with NP Adebayo. Valet parking is free for burn patients.",
     "REWRITE", "reminder", "sms", "en",
     [("Lakeshore Regional Burn Center", "SPECIALTY"), ("burn", "CONDITION", 0), ("11/11", "DATE"), ("NP Adebayo", "PROVIDER"), ("burn", "CONDITION", 1)],
     ["dermatology"], "The burn-center name and the condition as a visit label (generic 'follow-up' outside) go, twice; date, time, provider and valet survive."),
    ("fh0077", "Sunburn season is here! Free SPF 30 sunscreen samples at every front desk all July - no appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A seasonal broadcast; 'Sunburn' is not the recipient's condition."),
    ("fh0078", "Subject: Update on your father\n\nDear Mr. Lindahl,\n\nI'm writing with an update on your father, Gunnar, who was admitted to our burn ICU last night after the house fire. At 91 he is critically ill but stable. He has second- and third-degree burns over about 28% of his body, mostly the back and legs, and he remains intubated because of smoke inhalation. We plan to take him to the OR for excision and grafting on Thursday.\n\nFamily may visit from 10 AM to 8 PM; please check in at the 6th-floor desk. Our social worker, Tamsin Reyes, will call you today about nearby lodging.\n\nWith care,\nDr. Oyelaran\nLakeshore Regional Burn Center",
     "BLOCK", "other", "email", "en",
     [("Lindahl", "NAME"), ("Gunnar", "NAME"), ("burn ICU", "SPECIALTY"), ("91", "AGE"), ("critically ill but stable", "RESULT"), ("second- and third-degree burns", "CONDITION"), ("28%", "RESULT"), ("intubated", "PROCEDURE"), ("smoke inhalation", "CONDITION"), ("excision", "PROCEDURE"), ("grafting", "PROCEDURE"), ("Tamsin Reyes", "PROVIDER"), ("Dr. Oyelaran", "PROVIDER"), ("Lakeshore Regional Burn Center", "SPECIALTY")],
     ["dermatology", "third-party", "age-over-89"], "A relative's injuries, extent, condition and surgical plan, plus an age over 89, by unencrypted e-mail: BLOCK. The social worker is workforce (PROVIDER, decision 13)."),
    ("fh0079", "Burns Family Pharmacy: your order is ready for pickup at the drive-thru. Hours today 9 AM-7 PM. Reply STOP to opt out.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "'Burns' is the pharmacy owner's name; a pickup notice with no drug named."),
    ("fh0080", "It's been 3 months since your pressure garment fitting at the Burn Center - time to re-measure. Call 414-555-0174 to book with our OT team.",
     "REWRITE", "recall", "sms", "en",
     [("pressure garment", "PROCEDURE"), ("Burn Center", "SPECIALTY"), ("414-555-0174", "PHONE"), ("OT", "SPECIALTY")],
     ["dermatology", "practice-contact"], "Recall: the garment (device, decision 5), burn center and OT team (decision 3) go; 'time to re-measure, call us' survives."),
    ("fh0081", "Subject: St. Brendan's Community Newsletter - Fall\n\nHello neighbors,\n\nFlu shots: walk-in clinics run every Saturday in October, 8 AM to noon, in the main lobby. No appointment needed.\n\nChili Cook-off: our Burn Unit nurses take on the Westfield firefighters on October 18 in the south parking lot. Tickets are $10, and every dollar goes to the Children's Burn Camp scholarship fund.\n\nParking: the north garage closes for resurfacing November 2-6. Please use the visitor lot off Chestnut Avenue.\n\nVolunteers wanted: greeters, gift-shop helpers and musicians for our healing-arts program. Sign up at stbrendans.example/volunteer.\n\nSee you around the neighborhood,\nSt. Brendan's Hospital Community Relations",
     "ALLOW", "marketing", "email", "en",
     [("October 18", "DATE"), ("November 2-6", "DATE"), ("stbrendans.example/volunteer", "URL")],
     ["general", "broadcast", "practice-contact"], "A hospital newsletter to everyone: flu shots, the Burn Unit's cook-off and burn camp say nothing about the recipient (decision 15). Judgement: the date range is one DATE span."),
    ("fh0082", "Lymphoscintigraphy results: delayed tracer uptake in the left leg, consistent with lymphedema. Dr. Haruki will go over compression options at your visit.",
     "BLOCK", "result", "push", "en",
     [("Lymphoscintigraphy", "PROCEDURE"), ("delayed tracer uptake in the left leg", "RESULT"), ("lymphedema", "CONDITION"), ("Dr. Haruki", "PROVIDER"), ("compression", "PROCEDURE")],
     ["imaging", "physical-therapy"], "An imaging finding and a diagnosis on a lock-screen push: BLOCK. Compression therapy is PROCEDURE."),
    ("fh0083", "Heads up: the 5th-floor clinics, including ours, move to the new Pavilion on 1/6. Same phone number; new address: 1200 Lakeview Dr, Suite 540.",
     "ALLOW", "other", "sms", "en",
     [("1/6", "DATE"), ("1200 Lakeview Dr, Suite 540", "ADDRESS")],
     ["general", "broadcast", "practice-contact"], "A move notice with the practice's own new address."),
    ("fh0084", "Hi Bev, just a reminder to bring your old compression stockings to your fitting on Tuesday so we can compare. - Dana at Lymphedema & Vein Care",
     "REWRITE", "reminder", "sms", "en",
     [("Bev", "NAME"), ("compression stockings", "PROCEDURE"), ("Dana", "PROVIDER"), ("Lymphedema & Vein Care", "SPECIALTY")],
     ["physical-therapy"], "Name, the garment (decision 5) and the lymphedema practice name go; 'bring your old garments to Tuesday's fitting' survives. Staff sender Dana is PROVIDER (decision 13)."),
)

# ---------------------------------------------------------------- batch 8 (fh0085-fh0096): disguises, cosmetic surgery, children
add(
    ("fh0085", "reminder: ur gr4ft ch3ck w/ Dr. Okafor is tmrw @ 10. reply Y to confirm or call 414-555-0117",
     "REWRITE", "reminder", "sms", "en",
     [("gr4ft", "PROCEDURE"), ("Dr. Okafor", "PROVIDER"), ("414-555-0117", "PHONE")],
     ["dermatology", "leet", "shorthand", "practice-contact"], "Leetspeak 'gr4ft' is still the graft (PROCEDURE, generic 'ch3ck' outside); provider, time and the practice's number survive."),
    ("fh0086", "good news!! pathology from ur f l a p surgery: margins c l e a r, no m e l a n o m a left. dr fenwick will go over it thurs",
     "BLOCK", "result", "sms", "en",
     [("pathology", "PROCEDURE"), ("f l a p", "PROCEDURE"), ("margins [[c l e a r]]", "RESULT"), ("m e l a n o m a", "CONDITION"), ("dr fenwick", "PROVIDER")],
     ["oncology", "dermatology", "spaced", "shorthand", "negation"], "Spaced letters hide a pathology result and a cancer diagnosis: BLOCK. The finding word is the RESULT, 'margins' stays outside (like 'came back positive')."),
    ("fh0087", "Lakeshore Re\u200bgional B\u200burn Center: your de\u200bbride\u200bment is Fri 9/18 at 7:40 AM. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Lakeshore Re\u200bgional B\u200burn Center", "SPECIALTY"), ("de\u200bbride\u200bment", "PROCEDURE"), ("9/18", "DATE")],
     ["dermatology"], "Zero-width spaces inside the burn-center name and the procedure; spans cover the original characters. Date and time survive."),
    ("fh0088", "Hi Wendell, today's measurements show your lymph\u0435dema has progressed to stage II. Please wear the sleeve 23 hours a day until your next visit.",
     "BLOCK", "result", "sms", "en",
     [("Wendell", "NAME"), ("lymph\u0435dema", "CONDITION"), ("stage II", "RESULT"), ("sleeve", "PROCEDURE")],
     ["physical-therapy"], "A Cyrillic 'е' inside 'lymphedema'; a stage (RESULT) and a wear instruction: BLOCK."),
    ("fh0089", "Is your skin summer-ready? Join our free 'Skin Health 101' talk at the public library Thursday at 6 PM: sunscreen tips, which moles to watch, and Q&A.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A community talk for everyone; skin and moles are not the recipient's."),
    ("fh0090", "Subject: Patient portal maintenance this weekend\n\nDear Patient,\n\nOur patient portal will be offline for scheduled maintenance from 10 PM Saturday, March 7 until 6 AM Sunday, March 8. During that window you will not be able to send messages, request refills or view documents. Appointment reminders by text will still go out as usual.\n\nIf you need help before or after the maintenance, our support desk is open Monday to Friday, 8 AM to 6 PM, at (608) 555-0150, or write to portalhelp@northfieldmg.example. For anything urgent, call the office; in an emergency, dial 911.\n\nAfter the update you will see a cleaner home page and a new Documents tab. You can read about the changes at northfieldmg.example/portal-update.\n\nThank you for your patience,\nNorthfield Medical Group Patient Experience Team",
     "ALLOW", "other", "email", "en",
     [("March 7", "DATE"), ("March 8", "DATE"), ("(608) 555-0150", "PHONE"), ("portalhelp@northfieldmg.example", "EMAIL"), ("northfieldmg.example/portal-update", "URL")],
     ["general", "broadcast", "practice-contact"], "A maintenance notice to every patient with the practice's own contact details; 'refills' and '911' are generic."),
    ("fh0091", "Asunto: Instrucciones para su cirugía del 12 de agosto\n\nEstimada Sra. Quiñones:\n\nLe confirmamos su reparación de lóbulo de oreja con el Dr. Balderrama el miércoles 12 de agosto. Por favor llegue a las 7:00 a. m. a la recepción del segundo piso del Centro de Cirugía Ambulatoria Alameda.\n\nNo coma ni beba nada después de la medianoche. Venga con ropa cómoda, sin aretes ni maquillaje, y con un adulto que pueda llevarla a casa.\n\nTraiga su identificación y su tarjeta del seguro.\n\nPara cualquier duda llame al (505) 555-0144 de lunes a viernes.\n\nAtentamente,\nCoordinación Quirúrgica\nAlameda Cirugía Plástica y Estética",
     "REWRITE", "reminder", "email", "es",
     [("12 de agosto", "DATE", 0), ("Quiñones", "NAME"), ("reparación de lóbulo de oreja", "PROCEDURE"), ("Dr. Balderrama", "PROVIDER"), ("12 de agosto", "DATE", 1), ("(505) 555-0144", "PHONE"), ("Alameda Cirugía Plástica y Estética", "SPECIALTY")],
     ["dermatology", "practice-contact"], "Surname, the procedure and the plastic-surgery signature go (decision 2); the ambulatory surgery center name is generic and arrival, fasting and ride rules are logistics (decision 8)."),
    ("fh0092", "Dr. Varga reviewed your photos: the redness spreading from your incision could be cellulitis. Start the Keflex we called in tonight and come in tomorrow at 8 AM.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Varga", "PROVIDER"), ("redness", "CONDITION"), ("incision", "PROCEDURE"), ("cellulitis", "CONDITION"), ("Keflex", "MEDICATION")],
     ["dermatology"], "A finding from the chart photos, a probable diagnosis and a medication start: BLOCK."),
    ("fh0093", "You're confirmed! Dr. Varga, Mon 3/2 at 10:00 AM, 2nd floor. Free parking in Lot C. Reply R to reschedule.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Varga", "PROVIDER"), ("3/2", "DATE")],
     ["dermatology"], "Provider, date, time and floor only; nothing names the practice type."),
    ("fh0094", "Curbside pickup update: plastic bags are gone for good starting this Plastic-Free July. Bring a tote bag for your pharmacy orders!",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Plastic-Free July, not plastic surgery; a store-wide notice."),
    ("fh0095", "Hi Mr. Whitfield, Lily's cleft lip repair went smoothly. She's waking up now, and you can see her in recovery in about 20 minutes.",
     "BLOCK", "other", "sms", "en",
     [("Whitfield", "NAME"), ("Lily", "NAME"), ("cleft lip repair", "PROCEDURE")],
     ["dermatology", "pediatrics", "minor", "third-party"], "A child's surgery and how it went, told to the parent: third-party health, BLOCK. A named repair is one PROCEDURE span (like 'heart valve replacement'); the outcome phrase is left unlabelled (decision 16)."),
    ("fh0096", "Centro de Quemados Santa Lucía: Hola Yesenia, le recordamos la cita de Brayan para cambio de vendajes el lunes 2 de febrero a las 9:30.",
     "REWRITE", "reminder", "sms", "es",
     [("Centro de Quemados Santa Lucía", "SPECIALTY"), ("Yesenia", "NAME"), ("Brayan", "NAME"), ("cambio de vendajes", "PROCEDURE"), ("2 de febrero", "DATE")],
     ["dermatology", "pediatrics", "minor"], "Decision 12: a dependent's appointment naming a revealing procedure but no condition or result is REWRITE like the patient's own; burn-center name, names and dressing change go."),
)

# ---------------------------------------------------------------- batch 9 (fh0097-fh0108): pre-op holds, hand therapy, flap checks, third parties
add(
    ("fh0097", "Pre-op instructions for your abdominoplasty on 4/30: stop Eliquis 3 days before surgery (last dose the evening of 4/26) and avoid fish oil and vitamin E for one week. Shower with Hibiclens the night before.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Pre-op", "PROCEDURE"), ("abdominoplasty", "PROCEDURE"), ("4/30", "DATE"), ("Eliquis", "MEDICATION"), ("4/26", "DATE"), ("fish oil", "MEDICATION"), ("vitamin E", "MEDICATION"), ("Hibiclens", "MEDICATION")],
     ["dermatology", "contrast"], "Inside the portal medication holds may stay (README channel convention); compare the SMS fh0098. Pre-op label is PROCEDURE (decision 14); Hibiclens is a topical product (decision 5)."),
    ("fh0098", "Reminder: stop your Eliquis 3 days before your abdominoplasty on 4/30, and no fish oil or vitamin E for a week beforehand.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Eliquis", "MEDICATION"), ("abdominoplasty", "PROCEDURE"), ("4/30", "DATE"), ("fish oil", "MEDICATION"), ("vitamin E", "MEDICATION")],
     ["dermatology", "contrast"], "A medication hold is a treatment instruction (decision 8): the instruction is the message, BLOCK by SMS."),
    ("fh0099", "Sorry, folks - the lobby coffee machine finally burned out. A new one arrives Friday; free tea and water until then!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A coffee machine that 'burned out' is not a burn."),
    ("fh0100", "Hi, this is nurse Ashley Burns from Dr. Okafor's office returning your call - Tuesday at 2:30 still works, so we'll see you then!",
     "ALLOW", "reminder", "sms", "en",
     [("nurse Ashley Burns", "PROVIDER"), ("Dr. Okafor", "PROVIDER")],
     ["dermatology"], "A nurse named as sender (the role word included, as 'nurse Dana' in the README) and a provider; her surname is not a burn (decision 13)."),
    ("fh0101", "Hi Rafael, notes from today's hand therapy: grip strength 18 kg on the right (42 kg left), tendon gliding improving. Keep doing the blocking exercises 10 reps every 2 hours.",
     "BLOCK", "result", "sms", "en",
     [("Rafael", "NAME"), ("hand therapy", "PROCEDURE"), ("grip strength", "PROCEDURE"), ("18 kg", "RESULT"), ("42 kg", "RESULT"), ("tendon gliding", "PROCEDURE"), ("improving", "RESULT"), ("blocking exercises", "PROCEDURE")],
     ["orthopedics", "physical-therapy"], "Therapy measures (PROCEDURE) with their values (RESULT, decision 7) and a home program: BLOCK."),
    ("fh0102", "Clínica Médica del Sol: su cita es el viernes 6 de marzo a las 8:15 con el Dr. Balderrama. Llegue 15 minutos antes con su identificación. Para cancelar, responda NO.",
     "ALLOW", "reminder", "sms", "es",
     [("6 de marzo", "DATE"), ("Dr. Balderrama", "PROVIDER")],
     ["general"], "Generic practice, provider, date and time only."),
    ("fh0103", "Sra. Nieves, el Dr. Balderrama revisó sus fotos: el colgajo se ve oscuro en la punta y hay que revisarlo hoy mismo. Venga a urgencias del Hospital San Gabriel antes de las 6.",
     "BLOCK", "result", "sms", "es",
     [("Nieves", "NAME"), ("Dr. Balderrama", "PROVIDER"), ("colgajo", "PROCEDURE"), ("se ve oscuro en la punta", "RESULT"), ("urgencias", "SPECIALTY")],
     ["dermatology", "urgent-care"], "A finding on the flap from chart photos (decision 7) and an urgent instruction: BLOCK. 'urgencias' names the emergency service (decision 3)."),
    ("fh0104", "You have a new secure message from Northfield Medical Group. Open the app to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "The safe pattern: a notification without PHI."),
    ("fh0105", "Hi, this message is for Ms. Thibodeaux from the burn clinic. Your husband Curtis asked us to let you know his grafts took well and he should be discharged Saturday. Call us at 504-555-0193 with any questions.",
     "BLOCK", "other", "voice", "en",
     [("Thibodeaux", "NAME"), ("burn clinic", "SPECIALTY"), ("Curtis", "NAME"), ("grafts", "PROCEDURE"), ("took well", "RESULT"), ("504-555-0193", "PHONE")],
     ["dermatology", "third-party", "practice-contact"], "A spouse's graft outcome on a voicemail: third-party health, BLOCK (a request to share does not make voicemail private)."),
    ("fh0106", "Want to help patients heal? St. Brendan's is hiring wound care nurses, OR techs and unit clerks. Ask at any front desk or visit our careers page.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A job posting to everyone (decision 15); 'wound care' describes jobs, not the recipient."),
    ("fh0107", "Hi Ana, this is Kelsey from Marin Plastic & Reconstructive Surgery. Your Botox and filler touch-up is Friday 12/4 at 4 PM. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Ana", "NAME"), ("Kelsey", "PROVIDER"), ("Marin Plastic & Reconstructive Surgery", "SPECIALTY"), ("Botox", "MEDICATION"), ("filler", "MEDICATION"), ("12/4", "DATE")],
     ["dermatology"], "Name, practice name and the products (Botox and filler as names, 'touch-up' outside) go; staff sender Kelsey (decision 13), date and time survive."),
    ("fh0108", "Subject: Your recovery instructions\n\nHi Danielle,\n\nThank you for trusting us with your breast augmentation today! A few reminders for the next two weeks:\n\n- Wear the surgical bra day and night; take it off only to shower after 48 hours.\n- Sleep on your back, propped on two pillows.\n- No lifting over 10 lbs and no reaching overhead.\n- Take oxycodone 5 mg only if Tylenol 500 mg isn't enough, and never with alcohol.\n- Some swelling and bruising is expected. Call us right away for a fever over 101 or redness spreading from an incision.\n\nYour first post-op check is Monday at 11:00 AM.\n\nWarmly,\nThe Belle Forme Plastic Surgery team\n(480) 555-0112",
     "BLOCK", "care-instructions", "email", "en",
     [("Danielle", "NAME"), ("breast augmentation", "PROCEDURE"), ("surgical bra", "PROCEDURE"), ("oxycodone 5 mg", "MEDICATION"), ("Tylenol 500 mg", "MEDICATION"), ("swelling", "CONDITION"), ("bruising", "CONDITION"), ("fever", "CONDITION"), ("redness", "CONDITION"), ("incision", "PROCEDURE"), ("post-op", "PROCEDURE"), ("Belle Forme Plastic Surgery", "SPECIALTY"), ("(480) 555-0112", "PHONE")],
     ["dermatology", "negation", "practice-contact"], "Post-operative care and opioid dosing instructions by e-mail: BLOCK. Expected and warning symptoms are labelled CONDITION even when hypothetical."),
)

# ---------------------------------------------------------------- batch 10 (fh0109-fh0120): reschedules, home programs, pathology, shipments, look-alikes
add(
    ("fh0109", "Cooking class Thursday: learn to sear salmon without burning the pan! Sign up at any front desk - space is limited to 12.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Burning the pan' is cooking, not a burn; a class broadcast."),
    ("fh0110", "Your appointment with Dr. Lindqvist has moved from 6/3 to 6/10 at the same time (11:20 AM). Reply OK to accept or call (414) 555-0117.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("6/3", "DATE"), ("6/10", "DATE"), ("(414) 555-0117", "PHONE")],
     ["dermatology", "practice-contact"], "A reschedule with provider, dates, time and the practice's number only."),
    ("fh0111", "Your lymphedema home program: wrap the left arm each night with the short-stretch bandages (see the video under Education), wear your Class 2 sleeve by day, and do the breathing and self-MLD routine once daily.",
     "ALLOW", "care-instructions", "portal", "en",
     [("lymphedema", "CONDITION"), ("short-stretch bandages", "PROCEDURE"), ("Class 2 sleeve", "PROCEDURE"), ("self-MLD", "PROCEDURE")],
     ["physical-therapy"], "A home program inside the portal may name the condition and devices (README channel convention). Judgement: the compression class goes with the garment in one device span (decision 5)."),
    ("fh0112", "Aviso: por las obras de reconstrucción del puente, use la entrada lateral de la clínica hasta fin de mes. Disculpe las molestias.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "The reconstruction of a bridge, not breast or flap reconstruction."),
    ("fh0113", "Your scar revision pathology came back benign: hypertrophic scar, no keloid features. No further treatment is needed. - Dr. Amari",
     "BLOCK", "result", "sms", "en",
     [("scar revision", "PROCEDURE"), ("pathology", "PROCEDURE"), ("benign", "RESULT"), ("hypertrophic scar", "RESULT"), ("no keloid features", "RESULT"), ("Dr. Amari", "PROVIDER")],
     ["dermatology", "negation"], "A benign pathology result is still a result (README); the diagnosis the pathology showed is RESULT (decision 7)."),
    ("fh0114", "Recordatorio: mañana 8:00 a. m., medición para su manga de compresión con la Lic. Arriaga. Centro de Linfedema Montes Azules.",
     "REWRITE", "reminder", "push", "es",
     [("manga de compresión", "PROCEDURE"), ("Lic. Arriaga", "PROVIDER"), ("Centro de Linfedema Montes Azules", "SPECIALTY")],
     ["physical-therapy"], "The compression sleeve (decision 5) and a clinic name that names the condition (decision 2) go; 'medición' with time and therapist survives."),
    ("fh0115", "Hi Mr. Abernathy, Dr. Moreau says the bone scan shows osteomyelitis under your foot ulcer, so HBOT is on hold until the IV antibiotics are done.",
     "BLOCK", "result", "sms", "en",
     [("Abernathy", "NAME"), ("Dr. Moreau", "PROVIDER"), ("bone scan", "PROCEDURE"), ("osteomyelitis", "RESULT"), ("foot ulcer", "CONDITION"), ("HBOT", "PROCEDURE"), ("IV antibiotics", "MEDICATION")],
     ["dermatology", "imaging"], "A scan finding (RESULT, decision 7), a condition and the treatment plan: BLOCK."),
    ("fh0116", "Subject: Your procedure on Tuesday, August 11\n\nDear Patient,\n\nThank you for choosing Harborview Surgery Center. Your procedure is scheduled for Tuesday, August 11. Please arrive at 6:30 AM at the main entrance and check in at the front desk on the first floor.\n\nPlease bring a photo ID, your insurance card, and a list of the medications you take. Wear loose, comfortable clothing and leave jewelry and valuables at home. You must have an adult with you to drive you home; we cannot release you to a taxi or rideshare alone.\n\nA nurse will call you the business day before to review your arrival time and answer questions. If you are running late or need to reschedule, call (608) 555-0155.\n\nDirections and parking: harborviewsc.example/directions\n\nWe look forward to caring for you,\nHarborview Surgery Center",
     "ALLOW", "reminder", "email", "en",
     [("August 11", "DATE", 0), ("August 11", "DATE", 1), ("(608) 555-0155", "PHONE"), ("harborviewsc.example/directions", "URL")],
     ["general", "practice-contact"], "Decision 2: an ambulatory surgery center name and 'procedure' are generic; arrival and ride rules are logistics (decision 8). Nothing names the operation or the patient."),
    ("fh0117", "Hi Trevor, your compression garment from Contour Medical Garments shipped today via FedEx and should arrive Wednesday. Questions? 800-555-0166",
     "REWRITE", "pickup", "sms", "en",
     [("Trevor", "NAME"), ("compression garment", "PROCEDURE"), ("800-555-0166", "PHONE")],
     ["physical-therapy", "practice-contact"], "Name and the garment go (decision 5); the vendor name says only 'medical garments' and is not labelled (decision 2); the shipping notice survives."),
    ("fh0118", "Heads up from Dr. Tanaka-Ruiz's team: a 9 AM slot opened tomorrow. Reply YES to grab it - first reply wins.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Tanaka-Ruiz", "PROVIDER")],
     ["dermatology"], "A waitlist offer with a provider and a time only."),
    ("fh0119", "Hi Mrs Pruitt, ur husbands skin graff on his leg is not taking well, dr okafor wants him back tmrw 8am to look at it",
     "BLOCK", "other", "sms", "en",
     [("Pruitt", "NAME"), ("skin graff", "PROCEDURE"), ("not taking well", "RESULT"), ("dr okafor", "PROVIDER")],
     ["dermatology", "third-party", "typo", "shorthand"], "A misspelt graft ('graff') on a spouse, with a finding about it: third-party health, BLOCK."),
    ("fh0120", "Grafton Family Practice will close at noon on Christmas Eve and reopen the Monday after Christmas. Happy holidays from all of us!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Grafton' is a town-style practice name that contains 'graft'; a holiday-hours broadcast (holidays are not dates)."),
)
probe_lib.run(M, "fh", "probe161.jsonl")
