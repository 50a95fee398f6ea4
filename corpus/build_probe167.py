#!/usr/bin/env python3
"""Build corpus/probe167.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe167.py [OUT] [-v]   (default: probe167.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md, corpus/probe_lib.py and the docstring and
first batch of corpus/build_probe7.py only; the engine was not run and no other corpus's messages,
source code or tests were read).
This set's theme is SPEECH, VOICE AND SWALLOWING THERAPY, AUDIOLOGY AND HEARING-AID DISPENSERS:
speech-language pathology sessions for adults and children (articulation, apraxia, stroke
rehab, teletherapy, home health), stuttering programs and camps, voice clinics (stroboscopy,
nodules, LSVT LOUD, voice rest after vocal-cord surgery), swallowing care (modified barium swallow
studies, FEES, diet-texture orders, thickeners), audiology (hearing tests, audiograms,
tympanograms, newborn and school hearing screens, sudden hearing loss), hearing-aid dispensers
(fittings, clean & checks, repairs, batteries, financing, invoices, device apps) and cochlear
implant programs (candidacy, activation, mapping, processor upgrades). Look-alikes: a speech at
the gala and Toastmasters, a zoning "audiencia", tree swallows and "golondrinas", a staff member
named Aiden Hearing, a practice manager Mr. Voss, Dr. Lena Swallow, route and parking maps, the
Echo Building, Loud & Clear Plumbing, Swallowtail Café, speech-to-text, relay-service menus,
hearing-aid battery sizes in a store flyer, smoke-detector batteries. 15% Spanish; 4 disguised
messages (leet, zero-width, spaced letters, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  - service tags: there is no audiology or speech tag. Audiology, hearing-aid dispensers,
    cochlear-implant programs and voice (laryngology) clinics -> `general` (as build_probe7 did
    for hearing); speech, language, voice, stuttering and swallowing THERAPY -> `physical-therapy`
    (the rehab-therapy tag); swallow studies done in radiology -> `imaging`; children add
    `pediatrics`, home visits add `home-health`;
  - hearing, audiology, speech-language, fluency, voice-and-swallowing, cochlear-implant-program
    and rehab practice names are specialty-revealing (SPECIALTY), like eye, imaging and PT names;
    "speech" used as a department ("from speech", "the speech team") is SPECIALTY; role words
    audiologist, speech therapist, SLP, hearing aid specialist and the credentials AuD/Au.D. and
    CCC-SLP are SPECIALTY (like DDS); "therapist"/"terapeuta" alone stays generic;
  - devices are PROCEDURE (hearing aid, sound processor, cochlear implant, electrode array,
    closed domes, audífonos, procesador); a brand and model written with the device word is one
    span ("Auralis Vio 7 hearing aids"); named visits are one PROCEDURE span with the device
    ("hearing aid fitting", "cochlear implant mapping", "cochlear implant candidacy evaluation");
    "clean & check", "mapping", "activation", "map", "artic" (articulation therapy) are PROCEDURE;
  - a condition naming a program keeps the program word outside (`stuttering` program/camp, like
    `asthma` check); "Parkinson's voice program" is CONDITION + PROCEDURE;
  - diet-texture orders are treatment (PROCEDURE: nectar-thick liquids, soft foods, puré, líquidos
    espesos tipo néctar, NPO, IDDSI as a scale with its level as RESULT); thickener products are
    MEDICATION; barium standing alone is MEDICATION (a contrast agent), inside "modified barium
    swallow study" it is part of the PROCEDURE span;
  - audiometric and therapy values (dB levels, % accuracy, % word recognition, disfluencies per
    minute, tympanogram type), a newborn screen's REFER and a condition's course ("progressed",
    "increased") are RESULT; severity words (mild, moderate, severe loss) stay outside the
    CONDITION span and unlabelled, except "severe range" as a test score (RESULT);
  - hearing-aid use instructions (volume steps, dome changes, wear schedules) and home-exercise
    dosing are treatment instructions -> BLOCK;
  - a dependent's therapy or visit type (speech therapy, artic session, hearing screen) sent to
    the parent is REWRITE like the patient's own; a dependent's condition, scores, screen outcome
    or progress is BLOCK (third party's health); so is an adult relative's condition;
  - invoice, order and shipment tracking numbers are OTHER_ID; hearing-aid and processor serials
    are DEVICE_ID; a last-four SSN is still labelled SSN (BLOCK lines only);
  - a hearing-aid maker's app push about the aid's battery is an outgoing patient message like
    any other (push = SMS) -> REWRITE;
  - broadcasts that mention hearing screenings, hearing-aid battery sizes, relay service for
    hard-of-hearing callers or ASL interpreters say nothing about the recipient: ALLOW, no span;
  - staff named as senders or in notices (Aiden Hearing, Mr. Voss, Jess, Nurse Kim, a sign-off
    "-Priya") are PROVIDER, title included as for clinicians; such lines are not hard-negative.

Everything is invented: names, practices, device brands, 555-01xx numbers, example domains,
identifiers; the SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (fn0001-fn0012): audiology appointments, hearing tests, screens
add(
    ("fn0001", "Reminder: you have an appointment with Dr. Imani Reyes on Thu 4/16 at 2:30 PM. Our office: 400 Alder St, Suite 210. Reply C to confirm, R to reschedule, or call (541) 555-0147.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Imani Reyes", "PROVIDER"), ("4/16", "DATE"), ("400 Alder St, Suite 210", "ADDRESS"), ("(541) 555-0147", "PHONE")],
     ["general", "practice-contact"], "Provider, date, time and the practice's own address and phone; no service is named. This is what fn0002 should become."),
    ("fn0002", "Bellwood Audiology: Hi Gloria, your hearing test with Dr. Imani Reyes, AuD is Thu 4/16 at 2:30 PM. Please allow 60 min. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Bellwood Audiology", "SPECIALTY"), ("Gloria", "NAME"), ("hearing test", "PROCEDURE"), ("Dr. Imani Reyes", "PROVIDER"), ("AuD", "SPECIALTY"), ("4/16", "DATE")],
     ["general"], "Audiology practice name, the AuD credential, the test type and the patient's name go; provider, date and time survive."),
    ("fn0003", "[ClearPath Hearing Center] Appt reminder: Comprehensive audiological evaluation on 05/04/2027 at 9:00AM w/ Marcus Bell, Au.D. Arrive 15 min early. Txt STOP to opt out.",
     "REWRITE", "reminder", "sms", "en",
     [("ClearPath Hearing Center", "SPECIALTY"), ("audiological evaluation", "PROCEDURE"), ("05/04/2027", "DATE"), ("Marcus Bell", "PROVIDER"), ("Au.D.", "SPECIALTY")],
     ["general", "shorthand"], "Vendor template: hearing-center name, evaluation type and the Au.D. credential reveal the service; date, time and provider stay. Judgement: the bracketed practice name is prose, not a placeholder."),
    ("fn0004", "Upcoming: Thu, Apr 16 · 2:30 PM with Dr. Imani Reyes. Tap to check in from your phone up to 24 hours before.",
     "ALLOW", "reminder", "push", "en",
     [("Apr 16", "DATE"), ("Dr. Imani Reyes", "PROVIDER")],
     ["general"], "Lock-screen push with provider, date and time only."),
    ("fn0005", "Hi Mr. Delgado, Dr. Reyes here. Your audiogram shows a moderate sensorineural hearing loss in the left ear (about 55 dB). We'd like to talk about hearing aids at your next visit.",
     "BLOCK", "result", "sms", "en",
     [("Delgado", "NAME"), ("Dr. Reyes", "PROVIDER"), ("audiogram", "PROCEDURE"), ("sensorineural hearing loss", "CONDITION"), ("55 dB", "RESULT"), ("hearing aids", "PROCEDURE")],
     ["general", "contrast"], "A test finding and its value are the message; removing them leaves nothing. Send a portal notice (same text on the portal is fn0006)."),
    ("fn0006", "Hi Mr. Delgado, Dr. Reyes here. Your audiogram shows a moderate sensorineural hearing loss in the left ear (about 55 dB). We'd like to talk about hearing aids at your next visit.",
     "ALLOW", "result", "portal", "en",
     [("Delgado", "NAME"), ("Dr. Reyes", "PROVIDER"), ("audiogram", "PROCEDURE"), ("sensorineural hearing loss", "CONDITION"), ("55 dB", "RESULT"), ("hearing aids", "PROCEDURE")],
     ["general", "contrast"], "Same text as fn0005 inside the secure portal: results and names may stay (README channel convention)."),
    ("fn0007", "Hello, this is the Bellwood Audiology scheduling line calling for Walter Pryce. Your hearing aid check is scheduled for Tuesday, May 5th at 11 AM. To confirm, press 1. To reschedule, press 2.",
     "REWRITE", "reminder", "voice", "en",
     [("Bellwood Audiology", "SPECIALTY"), ("Walter Pryce", "NAME"), ("hearing aid", "PROCEDURE"), ("May 5th", "DATE")],
     ["general"], "Voice is overheard like SMS: the name, practice name and device go; 'check' stays outside the span as a generic word."),
    ("fn0008", "Hear that? Spring hours start Monday: we're open 7:30 AM to 6 PM on weekdays. Same great team, longer days.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Office-hours broadcast; 'Hear that?' is an idiom, not a hearing service."),
    ("fn0009", "Your newborn's hearing screen was a REFER on the right ear. This happens often, but we need a repeat screen before 1 month of age. Please call 541-555-0163.",
     "BLOCK", "result", "sms", "en",
     [("hearing screen", "PROCEDURE"), ("REFER", "RESULT"), ("541-555-0163", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "A dependent's screening outcome is a result about a third party: BLOCK even though the parent is the recipient and the tone is reassuring."),
    ("fn0010", "Hi! Reminder that Ava Lindqvist has a hearing screen w/ audiology on Fri 6/12 at 8:45. Park in Lot C.",
     "REWRITE", "reminder", "sms", "en",
     [("Ava Lindqvist", "NAME"), ("hearing screen", "PROCEDURE"), ("audiology", "SPECIALTY"), ("6/12", "DATE")],
     ["pediatrics", "minor"], "A dependent's logistics with a name, a routine screen and a specialty: REWRITE like the patient's own (README)."),
    ("fn0011", "Subject: You're invited — Spring Gala\n\nJoin the Maple Street Clinic Foundation on Saturday evening at the Riverfront Pavilion. Dinner at 6, followed by a speech from our board chair and a live auction. Tickets and sponsorships: just reply to this e-mail.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Foundation invitation; the board chair's speech is an after-dinner talk, not speech therapy."),
    ("fn0012", "Tinnitus tip from Dr. Reyes: start the sound generator program on your new aids at level 3 for 2 hrs each evening, and take the Lipo-Flavonoid twice a day as discussed.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Tinnitus", "CONDITION"), ("Dr. Reyes", "PROVIDER"), ("sound generator program", "PROCEDURE"), ("aids", "PROCEDURE"), ("Lipo-Flavonoid", "MEDICATION")],
     ["general", "shorthand"], "Condition plus device settings and supplement dosing: the treatment instruction is the message. Judgement: 'aids' is short for hearing aids (PROCEDURE)."),
)

# ---------------------------------------------------------------- batch 2 (fn0013-fn0028): hearing-aid dispensers: fittings, pickups, batteries, repairs, billing
add(
    ("fn0013", "SoundWise Hearing: Hi Theo, your repaired hearing aid (left, serial RX8-22041937) is back from the manufacturer and ready for pickup at our Main St store. Hours 9-5 M-F.",
     "REWRITE", "pickup", "sms", "en",
     [("SoundWise Hearing", "SPECIALTY"), ("Theo", "NAME"), ("hearing aid", "PROCEDURE"), ("RX8-22041937", "DEVICE_ID")],
     ["general"], "Pickup survives; the dispenser's name, the device, the serial number and the name go."),
    ("fn0014", "Your order from Alder Street Pharmacy is ready for pickup. Please bring a photo ID to the counter.",
     "ALLOW", "pickup", "push", "en", [],
     ["pharmacy", "hard-negative"], "Pickup notice naming no item and no person."),
    ("fn0015", "Hi Mrs. Abernathy, your Auralis Vio hearing aids are due for their clean & check. Book at soundwise.example.com/book?cid=88213 or call 541-555-0171.",
     "REWRITE", "recall", "sms", "en",
     [("Abernathy", "NAME"), ("Auralis Vio hearing aids", "PROCEDURE"), ("clean & check", "PROCEDURE"), ("soundwise.example.com/book?cid=88213", "URL"), ("541-555-0171", "PHONE")],
     ["general", "practice-contact"], "Recall survives; the device, the visit type, the name and the customer-specific link (cid=) go; the practice phone stays."),
    ("fn0016", "Alder Street Pharmacy weekly deals: batteries of every size (AA, AAA, coin cells and hearing-aid sizes 10, 312 and 13) are buy one, get one 50% off through Sunday.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Store flyer to every customer; battery sizes for hearing aids say nothing about the recipient (like 'flu shots available')."),
    ("fn0017", "Your size 312 hearing aid batteries (4 packs) have shipped via USPS, tracking 9400 1112 0206 2217 4453 91. -- SoundWise Hearing Aid Center",
     "REWRITE", "pickup", "sms", "en",
     [("hearing aid", "PROCEDURE"), ("9400 1112 0206 2217 4453 91", "OTHER_ID"), ("SoundWise Hearing Aid Center", "SPECIALTY")],
     ["general"], "Shipment notice survives without the device word, the dispenser's name and the tracking number. Judgement: a parcel tracking number tied to the patient's address is OTHER_ID."),
    ("fn0018", "Hi Ray, it's Jess at SoundWise Hearing. For the whistling you described, turn the volume on your right hearing aid down 2 steps and switch to the closed domes we mailed. If it still whistles, Dr. Pham will reprogram it Tue.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Ray", "NAME"), ("Jess", "PROVIDER"), ("SoundWise Hearing", "SPECIALTY"), ("hearing aid", "PROCEDURE"), ("closed domes", "PROCEDURE"), ("Dr. Pham", "PROVIDER")],
     ["general"], "Judgement: device-use instructions for the patient's own hearing aid are care instructions; without them nothing is left to send."),
    ("fn0019", "Dear Mr. Kowalczyk,\nThank you for your purchase. Your invoice INV-20931 for two Auralis Vio 7 hearing aids ($4,380.00) is attached. Your 45-day trial period ends 6/30. Questions? Call our billing office at (541) 555-0188.\nSoundWise Hearing Aid Center",
     "REWRITE", "billing", "email", "en",
     [("Kowalczyk", "NAME"), ("INV-20931", "OTHER_ID"), ("Auralis Vio 7 hearing aids", "PROCEDURE"), ("6/30", "DATE"), ("(541) 555-0188", "PHONE"), ("SoundWise Hearing Aid Center", "SPECIALTY")],
     ["general", "practice-contact"], "Billing e-mail: the device, invoice number, name and dispenser name go; the amount, date and billing phone may stay. 'Trial period' is a return window, not a clinical trial."),
    ("fn0020", "Hi Linda, this is Carla at Bellwood Audiology. Your dad Frank's test today showed his hearing loss has progressed, and he may be a candidate for a cochlear implant. Can you call us to talk about next steps?",
     "BLOCK", "other", "sms", "en",
     [("Linda", "NAME"), ("Carla", "PROVIDER"), ("Bellwood Audiology", "SPECIALTY"), ("Frank", "NAME"), ("hearing loss", "CONDITION"), ("progressed", "RESULT"), ("cochlear implant", "PROCEDURE")],
     ["general", "third-party"], "A relative's result and condition sent to a family member: third party's health."),
    ("fn0021", "Hi, this is Aiden Hearing from the front desk at Cedar Family Medicine. Just confirming your appointment with Dr. Ortiz on Tue 4/7 at 3:00 PM. Reply Y to confirm.",
     "ALLOW", "confirmation", "sms", "en",
     [("Aiden Hearing", "PROVIDER"), ("Dr. Ortiz", "PROVIDER"), ("4/7", "DATE")],
     ["primary-care"], "Aiden Hearing is a staff member named as the sender (PROVIDER); his surname is not a hearing service."),
    ("fn0022", "Hearing aid fitting confirmed: Wed 5/20 at 1pm at SoundWise Hearing, 88 Birch Ave. Bring your glasses & a family member if you can. Text back 1 to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("Hearing aid fitting", "PROCEDURE"), ("5/20", "DATE"), ("SoundWise Hearing", "SPECIALTY"), ("88 Birch Ave", "ADDRESS")],
     ["general", "practice-contact"], "Visit type and dispenser name go; date, time and the dispenser's street address (its own) stay."),
    ("fn0023", "SoundWise Hearing financing: application received for Gerald Amos, DOB 02/14/1951, SSN ending 4471. Approved for 24 months on 2 hearing aids.",
     "BLOCK", "billing", "sms", "en",
     [("SoundWise Hearing", "SPECIALTY"), ("Gerald Amos", "NAME"), ("02/14/1951", "DATE"), ("4471", "SSN"), ("hearing aids", "PROCEDURE")],
     ["general", "dob", "identifier"], "Full date of birth with the name, plus part of an SSN: must never travel by text."),
    ("fn0024", "Auralis app: Left hearing aid battery low (10%). Charge tonight to keep streaming.",
     "REWRITE", "other", "push", "en",
     [("hearing aid", "PROCEDURE")],
     ["general"], "Judgement: a device maker's lock-screen push is an outgoing patient message; 'Left device battery low' keeps the purpose. 10% is a battery level, not a result."),
    ("fn0025", "Your appointment is confirmed for tomorrow at 9:15. We moved to the Echo Building, 2nd floor — same parking garage.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "hard-negative"], "The Echo Building is a building name, not an echocardiogram."),
    ("fn0026", "Time for your annual hearing aid check, Mr. Oduya! Your warranty covers one clean & check per year. Call SoundWise Hearing at 541-555-0171 to book.",
     "REWRITE", "recall", "sms", "en",
     [("hearing aid", "PROCEDURE"), ("Oduya", "NAME"), ("clean & check", "PROCEDURE"), ("SoundWise Hearing", "SPECIALTY"), ("541-555-0171", "PHONE")],
     ["general", "practice-contact"], "Recall survives as 'time for your annual visit'; device, visit type, name and dispenser name go."),
    ("fn0027", "Hi Dolores,\nGreat to see you today. A few reminders for your first two weeks with your new hearing aids:\n- Wear them 4-6 hours a day to start and add an hour each day.\n- Program 1 is your everyday setting; Program 2 is for restaurants.\n- Your right ear has the bigger loss, so that side is set louder; that's expected.\n- Change the wax guards every 2 weeks.\nYour follow-up is 6/3 at 10:00. Call 541-555-0147 with any questions.\nMarcus Bell, Au.D.\nBellwood Audiology",
     "BLOCK", "care-instructions", "email", "en",
     [("Dolores", "NAME"), ("hearing aids", "PROCEDURE"), ("bigger loss", "RESULT"), ("6/3", "DATE"), ("541-555-0147", "PHONE"), ("Marcus Bell", "PROVIDER"), ("Au.D.", "SPECIALTY"), ("Bellwood Audiology", "SPECIALTY")],
     ["general", "practice-contact"], "A wear schedule and a finding about the patient's ears: care instructions and a result make up the e-mail."),
    ("fn0028", "This is a courtesy call from Cedar Family Medicine for the person at this number. You have an appointment on Monday, March 9th at 10:20 in the morning with Doctor Hanna Okafor. Please call 5 4 1, 5 5 5, 0 1 4 2 if you need to reschedule.",
     "ALLOW", "reminder", "voice", "en",
     [("March 9th", "DATE"), ("Doctor Hanna Okafor", "PROVIDER"), ("5 4 1, 5 5 5, 0 1 4 2", "PHONE")],
     ["primary-care", "practice-contact"], "Spoken reminder with provider, date, time and the practice's number read digit by digit."),
)

# ---------------------------------------------------------------- batch 3 (fn0029-fn0038): cochlear implants
add(
    ("fn0029", "Hi Jonah, your cochlear implant mapping with Dr. Reyes is Mon 7/13 at 9am. Please bring your processor, charger and backup batteries.",
     "REWRITE", "reminder", "sms", "en",
     [("Jonah", "NAME"), ("cochlear implant mapping", "PROCEDURE"), ("Dr. Reyes", "PROVIDER"), ("7/13", "DATE"), ("processor", "PROCEDURE")],
     ["general"], "Name, visit type and the device (the sound processor) go; provider, date and time survive."),
    ("fn0030", "Mapping appt tomorrow 10:30 AM – Lakeview Cochlear Implant Program. Tap for directions.",
     "REWRITE", "reminder", "push", "en",
     [("Mapping", "PROCEDURE"), ("Lakeview Cochlear Implant Program", "SPECIALTY")],
     ["general", "shorthand"], "The program name and the visit type reveal the implant; 'Appt tomorrow 10:30 AM' survives."),
    ("fn0031", "Route mapping update: the free shuttle between Lot C and the main entrance now runs every 10 minutes, 6 AM to 8 PM.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Mapping of a shuttle route, not implant mapping."),
    ("fn0032", "Jonah's activation went well today! Impedances were normal on all 22 electrodes and he's hearing speech sounds at 25 dB. See you at the 1-week map. -Priya",
     "BLOCK", "result", "sms", "en",
     [("Jonah", "NAME"), ("activation", "PROCEDURE"), ("Impedances", "PROCEDURE"), ("normal", "RESULT"), ("25 dB", "RESULT"), ("map", "PROCEDURE"), ("Priya", "PROVIDER")],
     ["pediatrics", "minor", "third-party"], "A child's implant measurements sent to the parent: results about a dependent (normal results are still results)."),
    ("fn0033", "Dear Ms. Farrow,\nGood news: your insurance approved the upgrade of your Kestrel N8 sound processor (serial KN8-3304-77215). We will ship it to 14 Quail Run Rd, Apt 3, Eugene OR 97402 and call to schedule a programming visit with our audiologist.\nLakeview Cochlear Implant Program",
     "REWRITE", "other", "email", "en",
     [("Farrow", "NAME"), ("Kestrel N8 sound processor", "PROCEDURE"), ("KN8-3304-77215", "DEVICE_ID"), ("14 Quail Run Rd, Apt 3, Eugene OR 97402", "ADDRESS"), ("programming", "PROCEDURE"), ("audiologist", "SPECIALTY"), ("Lakeview Cochlear Implant Program", "SPECIALTY")],
     ["general"], "An approval notice can go as 'your request was approved, we'll call you'; device, serial, the patient's home address, role word and program name go."),
    ("fn0034", "Hi, this message is for Mrs. Greta Hollis from the cochlear implant team. Your CT from Tuesday showed the electrode array is in good position, so you're cleared for activation on June 2nd. Call us back at 541-555-0196.",
     "BLOCK", "result", "voice", "en",
     [("Greta Hollis", "NAME"), ("cochlear implant team", "SPECIALTY"), ("CT", "PROCEDURE"), ("electrode array", "PROCEDURE"), ("in good position", "RESULT"), ("activation", "PROCEDURE"), ("June 2nd", "DATE"), ("541-555-0196", "PHONE")],
     ["general", "practice-contact"], "An imaging finding is the message of the voicemail; a call-back request without it is a different message."),
    ("fn0035", "Greta, your CT showed the electrode array is in good position. Activation is set for June 2nd with Dr. Reyes.",
     "ALLOW", "result", "portal", "en",
     [("Greta", "NAME"), ("CT", "PROCEDURE"), ("electrode array", "PROCEDURE"), ("in good position", "RESULT"), ("Activation", "PROCEDURE"), ("June 2nd", "DATE"), ("Dr. Reyes", "PROVIDER")],
     ["general"], "The same finding as fn0034, inside the secure portal: ALLOW."),
    ("fn0036", "Reminder: cochlear implant candidacy evaluation on {{appt_date}}, 8 AM-12 PM, Lakeview Hospital, Building B. Bring a list of your medications and someone who knows you well.",
     "REWRITE", "reminder", "sms", "en",
     [("cochlear implant candidacy evaluation", "PROCEDURE")],
     ["general"], "Template with a content-free placeholder, but its fixed text names the evaluation; the rest survives."),
    ("fn0037", "After your cochlear implant surgery: keep the incision dry for 7 days, take the Keflex 500 mg 4x daily until gone, and call us if the dizziness gets worse.",
     "BLOCK", "care-instructions", "sms", "en",
     [("cochlear implant", "PROCEDURE"), ("Keflex 500 mg", "MEDICATION"), ("dizziness", "CONDITION")],
     ["general"], "Post-operative care and antibiotic dosing are the message."),
    ("fn0038", "Mr. Voss from Facilities will service the hearing loop in the main waiting room on Saturday; the loop will be off from 8 AM to noon. Staff can lend you a portable listener at the front desk.",
     "ALLOW", "other", "sms", "en",
     [("Mr. Voss", "PROVIDER")],
     ["general"], "Notice about the building's assistive-listening loop sent to everyone; Mr. Voss is staff (PROVIDER). Not tagged hard-negative or broadcast because it carries a span."),
)

# ---------------------------------------------------------------- batch 4 (fn0039-fn0052): speech-language therapy, stuttering programs
add(
    ("fn0039", "Riverside Speech & Language: Mateo's speech therapy is moved to Wed 3/25 at 4:15 with Ms. Priya Nair. Please bring his home practice folder.",
     "REWRITE", "reminder", "sms", "en",
     [("Riverside Speech & Language", "SPECIALTY"), ("Mateo", "NAME"), ("speech therapy", "PROCEDURE"), ("3/25", "DATE"), ("Ms. Priya Nair", "PROVIDER")],
     ["pediatrics", "minor", "physical-therapy"], "Judgement: a dependent's therapy type is a visit type, not a condition -> REWRITE like the patient's own."),
    ("fn0040", "Hi Ms. Carter, Mateo had a great session. His /r/ in words is at 60% accuracy now, up from 35%. Keep doing the 'rabbit, red, rain' cards 10 min a day. -Priya, SLP",
     "BLOCK", "other", "sms", "en",
     [("Carter", "NAME"), ("Mateo", "NAME"), ("60%", "RESULT"), ("35%", "RESULT"), ("Priya", "PROVIDER"), ("SLP", "SPECIALTY")],
     ["pediatrics", "minor", "third-party", "physical-therapy"], "A child's therapy scores and home-practice dosing sent to the parent: a dependent's results and treatment."),
    ("fn0041", "Reminder for Lily's parents: the Fluency Works summer stuttering camp starts 7/6. Since Lily's stuttering increased this spring, Dr. Haas recommends all 5 days.",
     "BLOCK", "reminder", "sms", "en",
     [("Lily", "NAME"), ("Fluency Works", "SPECIALTY"), ("stuttering", "CONDITION"), ("7/6", "DATE"), ("Lily", "NAME", 1), ("stuttering", "CONDITION", 1), ("increased", "RESULT"), ("Dr. Haas", "PROVIDER")],
     ["pediatrics", "minor", "third-party", "physical-therapy"], "A child's condition and its course are stated: third party's health. The camp name alone would have been REWRITE."),
    ("fn0042", "Fluency Works: your adult stuttering program group meets Thursday at 6:30 PM in Room 4. Hi Devon — bring your practice log!",
     "REWRITE", "reminder", "sms", "en",
     [("Fluency Works", "SPECIALTY"), ("stuttering", "CONDITION"), ("Devon", "NAME")],
     ["physical-therapy"], "Condition used as a program label (program word outside, like 'asthma check'); the meeting time survives."),
    ("fn0043", "Your visit is confirmed for Wed 3/25 at 4:15 PM with Priya Nair. Reply C to confirm or R to reschedule.",
     "ALLOW", "confirmation", "sms", "en",
     [("3/25", "DATE"), ("Priya Nair", "PROVIDER")],
     ["physical-therapy"], "Date, time and the clinician's name only: what fn0039 should become."),
    ("fn0044", "Hello Mr. Brandt,\n\nYour speech-language evaluation with Emily Tran, MS, CCC-SLP is scheduled for Monday 9/14 at 1:00 PM at Harbor Rehab Services, 2200 Pine St, 3rd floor. Please arrive 20 minutes early to complete paperwork and bring a list of your medications. Parking is free in the Pine St garage. If you need to cancel, call 541-555-0125 at least 24 hours ahead.\n\nHarbor Rehab Services",
     "REWRITE", "reminder", "email", "en",
     [("Brandt", "NAME"), ("speech-language evaluation", "PROCEDURE"), ("Emily Tran, MS", "PROVIDER"), ("CCC-SLP", "SPECIALTY"), ("9/14", "DATE"), ("Harbor Rehab Services", "SPECIALTY"), ("2200 Pine St, 3rd floor", "ADDRESS"), ("541-555-0125", "PHONE"), ("Harbor Rehab Services", "SPECIALTY", 1)],
     ["physical-therapy", "practice-contact"], "Evaluation type, the SLP credential, the rehab practice name and the name go; the practice's address and phone stay."),
    ("fn0045", "Dad's home program from speech: do the effortful swallow 10x before each meal and the Shaker exercise 3x/day. Keep him on soft foods only until the swallow study. -Nurse Kim",
     "BLOCK", "care-instructions", "sms", "en",
     [("speech", "SPECIALTY"), ("effortful swallow", "PROCEDURE"), ("Shaker exercise", "PROCEDURE"), ("soft foods", "PROCEDURE"), ("swallow study", "PROCEDURE"), ("Nurse Kim", "PROVIDER")],
     ["physical-therapy", "third-party", "shorthand"], "Exercise dosing and a diet order for a relative: treatment instructions about a third party."),
    ("fn0046", "Toastmasters meets in our community room Tuesdays at noon — practice your next speech in a friendly crowd. All welcome, no sign-up needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A public-speaking club, not speech therapy."),
    ("fn0047", "Teletherapy session w/ your speech therapist starts in 15 min. Join: https://visit.riversidespeech.example/j/483920?p=mateo",
     "REWRITE", "reminder", "push", "en",
     [("speech therapist", "SPECIALTY"), ("https://visit.riversidespeech.example/j/483920?p=mateo", "URL")],
     ["physical-therapy", "shorthand"], "Role word and a join link carrying the patient's name go; 'your session starts in 15 min' survives. Judgement: 'Teletherapy' alone is as generic as 'video visit'."),
    ("fn0048", "May is Better Hearing and Speech Month! Free hearing screenings at the Maple Street Clinic health fair this Saturday 10-2, plus a short talk on protecting kids' ears from loud headphones. No appointment needed.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "A broadcast offering a service to everyone says nothing about the recipient (README: 'free blood-pressure checks')."),
    ("fn0049", "Hi Sam, your child's evaluation results are in: Noah scored in the severe range for childhood apraxia of speech. Dr. Lee will go over the therapy plan Friday.",
     "BLOCK", "result", "sms", "en",
     [("Sam", "NAME"), ("Noah", "NAME"), ("severe range", "RESULT"), ("childhood apraxia of speech", "CONDITION"), ("Dr. Lee", "PROVIDER")],
     ["pediatrics", "minor", "third-party", "physical-therapy"], "A diagnosis and score about a child: a dependent's result."),
    ("fn0050", "hi this is kayla w/ riverside speech n language, just a reminder ur son eli has his artic session tmrw at 3:30, pls be 5 min erly",
     "REWRITE", "reminder", "sms", "en",
     [("kayla", "PROVIDER"), ("riverside speech n language", "SPECIALTY"), ("eli", "NAME"), ("artic", "PROCEDURE")],
     ["pediatrics", "minor", "shorthand", "typo", "physical-therapy"], "Lower-case staff text: practice name, the child's name and 'artic' (articulation therapy) go; the time survives."),
    ("fn0051", "Your statement from Maple Street Clinic is ready. Balance due: $40.00. Pay online at maplestreet.example.com/pay or call 541-555-0110.",
     "ALLOW", "billing", "sms", "en",
     [("maplestreet.example.com/pay", "URL"), ("541-555-0110", "PHONE")],
     ["general", "practice-contact"], "Generic practice, an amount and the practice's own link and phone."),
    ("fn0052", "Harbor Rehab Services: your balance of $125.00 for speech therapy on 2/11 is past due. Acct #SP-0048812. Pay at harborrehab.example.org/pay.",
     "REWRITE", "billing", "sms", "en",
     [("Harbor Rehab Services", "SPECIALTY"), ("speech therapy", "PROCEDURE"), ("2/11", "DATE"), ("SP-0048812", "ACCOUNT"), ("harborrehab.example.org/pay", "URL")],
     ["physical-therapy", "practice-contact"], "The balance reminder survives; the service, the rehab name and the account number go. The practice's own payment link has no patient token."),
)

# ---------------------------------------------------------------- batch 5 (fn0053-fn0060): voice clinic
add(
    ("fn0053", "Northlake Voice & Swallowing Center: Hi Ms. Bakshi — your stroboscopy with Dr. Lund is Tue 10/6 at 8:40 AM. Please don't eat or drink for 2 hrs before.",
     "REWRITE", "reminder", "sms", "en",
     [("Northlake Voice & Swallowing Center", "SPECIALTY"), ("Bakshi", "NAME"), ("stroboscopy", "PROCEDURE"), ("Dr. Lund", "PROVIDER"), ("10/6", "DATE")],
     ["general"], "Clinic name, test type and name go; the date, time and a generic prep line survive."),
    ("fn0054", "Dr. Lund: Hi Aisha, your scope showed small vocal fold nodules on both sides. Voice rest this weekend and we'll start voice therapy with Joel next week.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Lund", "PROVIDER"), ("Aisha", "NAME"), ("scope", "PROCEDURE"), ("vocal fold nodules", "CONDITION"), ("Voice rest", "PROCEDURE"), ("voice therapy", "PROCEDURE"), ("Joel", "PROVIDER")],
     ["general"], "A finding and a treatment instruction are the message."),
    ("fn0055", "Thanks for choosing Maple Street Clinic! Tell us how we did today: reply with a number from 1 to 5. Your voice helps us improve.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Survey; 'your voice' means opinion."),
    ("fn0056", "LSVT LOUD daily session #9 of 16 tomorrow 10:00 w/ Joel Aster, MA, CCC-SLP. Bring water.",
     "REWRITE", "reminder", "sms", "en",
     [("LSVT LOUD", "PROCEDURE"), ("Joel Aster, MA", "PROVIDER"), ("CCC-SLP", "SPECIALTY")],
     ["physical-therapy", "shorthand"], "A named voice-therapy program (tied to one condition) and the SLP credential go; 'session tomorrow 10:00 with Joel Aster' survives."),
    ("fn0057", "Hi Mr. Petrov, this is Joel from the voice clinic. For your Parkinson's voice program, remember to do your loud 'ah' for 15 seconds, 15 times, twice a day before our next session.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Petrov", "NAME"), ("Joel", "PROVIDER"), ("voice clinic", "SPECIALTY"), ("Parkinson's", "CONDITION"), ("voice program", "PROCEDURE")],
     ["physical-therapy"], "A diagnosis and home-exercise dosing: treatment instructions on a voicemail."),
    ("fn0058", "Dr. Lund is running about 20 minutes behind today. We're sorry for the wait — you're welcome to arrive a little later.",
     "ALLOW", "other", "push", "en",
     [("Dr. Lund", "PROVIDER")],
     ["general"], "Delay notice with the provider's name only."),
    ("fn0059", "Hi Claire,\n\nWe look forward to seeing you for your professional voice evaluation on 11/3 at 2 PM at the Northlake Voice & Swallowing Center, 1500 Harbor Blvd, Suite 400. Please bring any recordings of your singing you'd like us to hear, and fill out the Voice Handicap Index at northlakevoice.example.org/forms?pt=55102 before you come.\n\nBest,\nRosa Lim, Scheduling",
     "REWRITE", "reminder", "email", "en",
     [("Claire", "NAME"), ("voice evaluation", "PROCEDURE"), ("11/3", "DATE"), ("Northlake Voice & Swallowing Center", "SPECIALTY"), ("1500 Harbor Blvd, Suite 400", "ADDRESS"), ("Voice Handicap Index", "PROCEDURE"), ("northlakevoice.example.org/forms?pt=55102", "URL"), ("Rosa Lim", "PROVIDER")],
     ["general", "practice-contact"], "Evaluation type, clinic name, the questionnaire (a scale, PROCEDURE) and a patient-specific form link (pt=) go; the practice's address and the scheduler's name stay."),
    ("fn0060", "You're invited to join our Voice of the Patient advisory council: six evening meetings a year, dinner provided. Reply YES to learn more.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Voice of the Patient' is a council's name, not a voice clinic."),
)

# ---------------------------------------------------------------- batch 6 (fn0061-fn0071): swallowing: MBS, FEES, diet orders
add(
    ("fn0061", "Lakeview Hospital Radiology: Modified barium swallow study for Harold Finch on 4/28 at 7:30 AM. Check in at Imaging, 1st floor. Bring dentures if worn.",
     "REWRITE", "reminder", "sms", "en",
     [("Lakeview Hospital Radiology", "SPECIALTY"), ("Modified barium swallow study", "PROCEDURE"), ("Harold Finch", "NAME"), ("4/28", "DATE"), ("Imaging", "SPECIALTY")],
     ["imaging"], "Radiology and Imaging department names, the study and the name go; date, time and floor survive."),
    ("fn0062", "MBS results for your mother: silent aspiration with thin liquids. Dr. Osei wants her on nectar-thick liquids and no straws starting today.",
     "BLOCK", "result", "sms", "en",
     [("MBS", "PROCEDURE"), ("silent aspiration", "RESULT"), ("Dr. Osei", "PROVIDER"), ("nectar-thick liquids", "PROCEDURE")],
     ["imaging", "third-party", "shorthand"], "A relative's study finding and diet order: result and treatment about a third party."),
    ("fn0063", "Your modified barium swallow study showed no aspiration or penetration with any consistency. You may continue a regular diet and thin liquids. — Dr. Osei",
     "ALLOW", "result", "portal", "en",
     [("modified barium swallow study", "PROCEDURE"), ("no aspiration or penetration", "RESULT"), ("Dr. Osei", "PROVIDER")],
     ["imaging", "contrast"], "A normal result inside the secure portal: ALLOW (fn0064 is the same text by SMS)."),
    ("fn0064", "Your modified barium swallow study showed no aspiration or penetration with any consistency. You may continue a regular diet and thin liquids. — Dr. Osei",
     "BLOCK", "result", "sms", "en",
     [("modified barium swallow study", "PROCEDURE"), ("no aspiration or penetration", "RESULT"), ("Dr. Osei", "PROVIDER")],
     ["imaging", "contrast"], "A normal result is still a result (README): BLOCK by SMS; send a portal notice instead."),
    ("fn0065", "Reminder: your FEES is tomorrow at 9:15 AM with Dana Ruiz, CCC-SLP. You can eat normally beforehand. Questions: 541-555-0133.",
     "REWRITE", "reminder", "sms", "en",
     [("FEES", "PROCEDURE"), ("Dana Ruiz", "PROVIDER"), ("CCC-SLP", "SPECIALTY"), ("541-555-0133", "PHONE")],
     ["general", "practice-contact"], "FEES (a scope swallow exam) and the SLP credential go; the clinician's name, time and phone stay. Not a fee notice despite the spelling."),
    ("fn0066", "Wellness Walk: join our nurses Saturday at 8 AM at Heron Marsh Park to watch the tree swallows and barn swallows return for spring. Binoculars provided; coffee after.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Swallows are birds here."),
    ("fn0067", "Hi Pat, just checking on Ed after the stroke – is he still coughing with meals? The speech team wants him NPO until they re-test his swallow Monday.",
     "BLOCK", "other", "sms", "en",
     [("Pat", "NAME"), ("Ed", "NAME"), ("stroke", "CONDITION"), ("coughing with meals", "CONDITION"), ("speech", "SPECIALTY"), ("NPO", "PROCEDURE"), ("swallow", "PROCEDURE")],
     ["physical-therapy", "third-party", "shorthand"], "A relative's diagnosis, symptom and feeding order sent to family: third party's health."),
    ("fn0068", "Sunrise Home Health: your speech therapist Dana will visit Thurs between 1-3 PM for swallowing therapy. Call 541-555-0155 if you need to change the time.",
     "REWRITE", "reminder", "sms", "en",
     [("Sunrise Home Health", "SPECIALTY"), ("speech therapist", "SPECIALTY"), ("Dana", "PROVIDER"), ("swallowing therapy", "PROCEDURE"), ("541-555-0155", "PHONE")],
     ["home-health", "physical-therapy", "practice-contact"], "Visit window survives; home-health name, role word and therapy type go."),
    ("fn0069", "For Mr. Alvarez: mix 1 packet ThickRite gel into every 4 oz of coffee, juice or water (IDDSI level 2). Pills crushed in applesauce only.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Alvarez", "NAME"), ("ThickRite gel", "MEDICATION"), ("IDDSI", "PROCEDURE"), ("IDDSI level [[2]]", "RESULT")],
     ["home-health", "third-party"], "Diet-texture and medication-administration instructions for a named person sent to a caregiver."),
    ("fn0070", "Lakeview Hospital: your appointment is Tue 4/28 at 7:30 AM. Check in at the Main Entrance desk, 1st floor. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("4/28", "DATE")],
     ["general"], "What fn0061 should become: a generic hospital name, date, time and where to check in."),
    ("fn0071", "Hi, this is Lakeview Hospital calling with a reminder for Harold Finch. Your swallow study is on April twenty-eighth at seven thirty A M. During the study you'll eat and drink a few foods mixed with barium. Press 1 to confirm.",
     "REWRITE", "reminder", "voice", "en",
     [("Harold Finch", "NAME"), ("swallow study", "PROCEDURE"), ("April twenty-eighth", "DATE"), ("barium", "MEDICATION")],
     ["imaging"], "Spoken reminder: name, study and contrast agent go (barium alone as MEDICATION, judgement); date and time survive."),
)

# ---------------------------------------------------------------- batch 7 (fn0072-fn0089): Spanish
add(
    ("fn0072", "Centro Auditivo Sol: Hola Sra. Beltrán, le recordamos su prueba de audición el jueves 14 de mayo a las 10:00 con la Dra. Paredes. Responda 1 para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Centro Auditivo Sol", "SPECIALTY"), ("Beltrán", "NAME"), ("prueba de audición", "PROCEDURE"), ("14 de mayo", "DATE"), ("Dra. Paredes", "PROVIDER")],
     ["general"], "Nombre del centro auditivo, la prueba y el nombre se quitan; fecha, hora y doctora quedan."),
    ("fn0073", "Clínica San Rafael: le recordamos su cita con la Dra. Paredes el jueves 14 de mayo a las 10:00. Responda 1 para confirmar o 2 para cambiarla.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Paredes", "PROVIDER"), ("14 de mayo", "DATE")],
     ["primary-care"], "Generic clinic, provider, date and time only."),
    ("fn0074", "Hola Don Ernesto, sus audífonos ya regresaron de reparación y están listos para recoger en Audífonos del Valle, Av. Juárez 210. Horario: lun-vie 9 a 6.",
     "REWRITE", "pickup", "sms", "es",
     [("Ernesto", "NAME"), ("audífonos", "PROCEDURE"), ("Audífonos del Valle", "SPECIALTY"), ("Av. Juárez 210", "ADDRESS")],
     ["general", "practice-contact"], "The pickup survives; the name, the device and the dispenser's name go; its own address stays."),
    ("fn0075", "Sra. Beltrán, su audiometría muestra pérdida auditiva moderada en el oído izquierdo. La Dra. Paredes recomienda audífonos; llámenos al 555-0148 para hablar de opciones.",
     "BLOCK", "result", "sms", "es",
     [("Beltrán", "NAME"), ("audiometría", "PROCEDURE"), ("pérdida auditiva", "CONDITION"), ("Dra. Paredes", "PROVIDER"), ("audífonos", "PROCEDURE"), ("555-0148", "PHONE")],
     ["general", "practice-contact"], "Test finding and recommendation are the message."),
    ("fn0076", "Hola, le recordamos que Valentina tiene terapia de lenguaje el martes a las 4 con la Lic. Soto en Clinica del Habla Esperanza. Traiga su cuaderno de tareas.",
     "REWRITE", "reminder", "sms", "es",
     [("Valentina", "NAME"), ("terapia de lenguaje", "PROCEDURE"), ("Lic. Soto", "PROVIDER"), ("Clinica del Habla Esperanza", "SPECIALTY")],
     ["pediatrics", "minor", "physical-therapy", "typo"], "A child's therapy logistics (no accent on 'Clinica'): name, therapy type and clinic name go."),
    ("fn0077", "Mamá de Valentina: hoy trabajamos la tartamudez y Valentina tuvo menos bloqueos (de 12 a 5 por minuto). Sigan con la respiración lenta en casa 10 minutos diarios. Lic. Soto",
     "BLOCK", "other", "sms", "es",
     [("Valentina", "NAME"), ("tartamudez", "CONDITION"), ("Valentina", "NAME", 1), ("bloqueos", "CONDITION"), ("de [[12]] a 5", "RESULT"), ("5 por minuto", "RESULT"), ("respiración lenta", "PROCEDURE"), ("Lic. Soto", "PROVIDER")],
     ["pediatrics", "minor", "third-party", "physical-therapy"], "A child's condition, counts and home exercise sent to the mother: third party's health."),
    ("fn0078", "Clínica San Rafael: la audiencia pública sobre el nuevo estacionamiento será el lunes a las 6 pm en el salón comunitario. Todos están invitados.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'Audiencia' is a public hearing about parking, not hearing care."),
    ("fn0079", "Buenos días, llamamos del Programa de Implante Coclear del Hospital Lakeview para Jorge Ramírez. Su cita de programación del implante es el 3 de agosto a las 9 de la mañana. Traiga su procesador y las pilas de repuesto.",
     "REWRITE", "reminder", "voice", "es",
     [("Programa de Implante Coclear del Hospital Lakeview", "SPECIALTY"), ("Jorge Ramírez", "NAME"), ("programación del implante", "PROCEDURE"), ("3 de agosto", "DATE"), ("procesador", "PROCEDURE")],
     ["general"], "Program name, visit type, device and name go; date and time survive."),
    ("fn0080", "Sr. Ortega: después del estudio de deglución, el terapeuta indica solo líquidos espesos tipo néctar y comer sentado a 90 grados. No use popotes.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Ortega", "NAME"), ("estudio de deglución", "PROCEDURE"), ("líquidos espesos tipo néctar", "PROCEDURE")],
     ["physical-therapy"], "Diet-texture and posture instructions after a study: treatment instructions."),
    ("fn0081", "¡Vuelven las golondrinas! Únase a la caminata de observación de aves del sábado a las 8 am en el Parque Heron Marsh, organizada por el comité de bienestar de la Clínica San Rafael. Habrá café y binoculares.",
     "ALLOW", "marketing", "email", "es", [],
     ["general", "hard-negative", "broadcast"], "Golondrinas (swallows) are birds; nothing about the recipient."),
    ("fn0082", "Farmacia Alameda: Hola Rosa, sus pilas para audífonos (tamaño 312, 6 paquetes) están listas para recoger. Ref. pedido 77014.",
     "REWRITE", "pickup", "sms", "es",
     [("Rosa", "NAME"), ("audífonos", "PROCEDURE"), ("77014", "OTHER_ID")],
     ["pharmacy"], "A named pickup of hearing-aid batteries reveals the device; the order number is OTHER_ID (it only looks like a ZIP)."),
    ("fn0083", "Hola Sr. Núñez, le escribe Marta de Centro Auditivo Sol. El mapeo de hoy mostró que su implante coclear necesita más volumen en los electrodos 3 a 8; su comprensión con el implante mejoró a 80% de palabras.",
     "BLOCK", "result", "sms", "es",
     [("Núñez", "NAME"), ("Marta", "PROVIDER"), ("Centro Auditivo Sol", "SPECIALTY"), ("mapeo", "PROCEDURE"), ("implante coclear", "PROCEDURE"), ("implante", "PROCEDURE", 1), ("80% de palabras", "RESULT")],
     ["general"], "Mapping findings and a word-recognition score are results."),
    ("fn0084", "Estimado Sr. Gómez Villa:\nAdjuntamos su estado de cuenta de Audífonos del Valle. Saldo: $1,250.00 por 1 audífono Auralis Vio 5 (serie AV5-88120443). Puede pagar en audifonosdelvalle.example.com/pagar o llamar al (915) 555-0119.\nGracias.",
     "REWRITE", "billing", "email", "es",
     [("Gómez Villa", "NAME"), ("Audífonos del Valle", "SPECIALTY"), ("audífono Auralis Vio 5", "PROCEDURE"), ("AV5-88120443", "DEVICE_ID"), ("audifonosdelvalle.example.com/pagar", "URL"), ("(915) 555-0119", "PHONE")],
     ["general", "practice-contact"], "Statement survives; name, dispenser name, device and its serial go; the payment link and phone are the practice's own."),
    ("fn0085", "Recordatorio: su cita es mañana a las 11:30 con el Dr. Iván Mena. Llegue 10 minutos antes.",
     "ALLOW", "reminder", "push", "es",
     [("Dr. Iván Mena", "PROVIDER")],
     ["general"], "Provider and time only."),
    ("fn0086", "Mensaje para la familia de la señora Carmen Ruiz: el estudio de la deglución mostró que la señora aspira líquidos ralos. El doctor cambió su dieta a puré. Llame al 555-0137.",
     "BLOCK", "result", "voice", "es",
     [("Carmen Ruiz", "NAME"), ("estudio de la deglución", "PROCEDURE"), ("aspira líquidos ralos", "RESULT"), ("puré", "PROCEDURE"), ("555-0137", "PHONE")],
     ["imaging", "third-party", "practice-contact"], "A relative's finding and diet order left on a voicemail for the family."),
    ("fn0087", "Fonoaudiologia Brisa: hola Camila! recuerda tu sesion de terapia de voz el viernes 9 de octubre 5pm. Trae tu botella de agua :)",
     "REWRITE", "reminder", "sms", "es",
     [("Fonoaudiologia Brisa", "SPECIALTY"), ("Camila", "NAME"), ("terapia de voz", "PROCEDURE"), ("9 de octubre", "DATE")],
     ["physical-therapy", "typo"], "Informal text without accents: practice name, therapy type and name go."),
    ("fn0088", "Gracias por acompañarnos en la gala anual de la Clínica San Rafael. El discurso de nuestra directora ya está en nuestra página de Facebook.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'Discurso' is a speech at a gala."),
    ("fn0089", "Para el reclamo de sus audífonos necesitamos confirmar: Luis Alberto Peña, fecha de nacimiento 22/07/1948, póliza MCR-5521-0098. Responda SÍ si es correcto.",
     "BLOCK", "billing", "sms", "es",
     [("audífonos", "PROCEDURE"), ("Luis Alberto Peña", "NAME"), ("22/07/1948", "DATE"), ("MCR-5521-0098", "HEALTH_PLAN_ID")],
     ["general", "dob", "identifier"], "Full date of birth with the name (and a member number): must not travel by text."),
)

# ---------------------------------------------------------------- batch 8 (fn0090-fn0108): practice notices and look-alikes
add(
    ("fn0090", "Need a note for a court hearing or jury duty? Please request it through the front desk at least 3 business days ahead.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "A court hearing, not a hearing test."),
    ("fn0091", "Reminder: your appointment with Dr. Lena Swallow is Fri 2/6 at 9:00 AM at Cedar Family Medicine. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Lena Swallow", "PROVIDER"), ("2/6", "DATE")],
     ["primary-care"], "Swallow is the doctor's surname, not a swallow study."),
    ("fn0092", "Dr. Audrey Hearn has joined Maple Street Clinic and is accepting new patients. Call 541-555-0110 to book.",
     "ALLOW", "marketing", "sms", "en",
     [("Dr. Audrey Hearn", "PROVIDER"), ("541-555-0110", "PHONE")],
     ["general", "practice-contact"], "New-provider announcement; 'Hearn' and 'Audrey' only look like hearing/audiology."),
    ("fn0093", "Sound check! Our new phone system goes live Monday. If a call drops, please call back — we'll hear you loud and clear.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative", "broadcast"], "Idioms about sound and hearing in a phone-system notice."),
    ("fn0094", "We've moved! Starting 3/2 find us at 77 Echo Canyon Rd, Suite 5 (next to Cochran Hardware). Same phone: 541-555-0110.",
     "ALLOW", "other", "sms", "en",
     [("3/2", "DATE"), ("77 Echo Canyon Rd, Suite 5", "ADDRESS"), ("541-555-0110", "PHONE")],
     ["general", "practice-contact"], "The practice's own new address and phone; Echo and Cochran are place names."),
    ("fn0095", "Loud & Clear Plumbing will be working on the 1st-floor restrooms Tuesday; please use the restrooms on the 2nd floor. Sorry for the inconvenience!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A contractor's business name."),
    ("fn0096", "Visit summary — Audiology, 4/16 with Dr. Imani Reyes, AuD. Hearing test: mild high-frequency hearing loss in both ears. Plan: recheck in 1 year; hearing protection at work.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Audiology", "SPECIALTY"), ("4/16", "DATE"), ("Dr. Imani Reyes", "PROVIDER"), ("AuD", "SPECIALTY"), ("Hearing test", "PROCEDURE"), ("high-frequency hearing loss", "CONDITION"), ("hearing protection", "PROCEDURE")],
     ["general"], "Visit summary inside the secure portal: findings and plan may stay."),
    ("fn0097", "Progress note from Priya Nair, CCC-SLP: Mateo met his goal of 80% accuracy for /s/ in sentences. New goal: /r/ in words. Home practice: 10 minutes daily.",
     "ALLOW", "other", "portal", "en",
     [("Priya Nair", "PROVIDER"), ("CCC-SLP", "SPECIALTY"), ("Mateo", "NAME"), ("80%", "RESULT")],
     ["pediatrics", "minor", "physical-therapy", "third-party"], "A child's progress in the parent's proxy portal: allowed on the portal channel."),
    ("fn0098", "Thank you for calling Cedar Family Medicine. To schedule, press 1. For the pharmacy, press 2. For billing, press 3. Deaf and hard-of-hearing callers can reach us through relay service by dialing 7 1 1.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative", "broadcast"], "IVR menu heard by every caller; the relay-service line says nothing about the listener. 711 is a relay code, not a phone identifier."),
    ("fn0099", "Free ASL and spoken-language interpreters are available for every visit. Just let us know when you book.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Language-access notice sent to everyone."),
    ("fn0100", "Our new parking map is live: maplestreet.example.com/parking. Lot B is closed for repaving through Friday.",
     "ALLOW", "other", "sms", "en",
     [("maplestreet.example.com/parking", "URL")],
     ["general", "practice-contact"], "A parking map, not implant mapping; the practice's own link."),
    ("fn0101", "Hi all — Mr. Voss, our new practice manager, will be at the front desk Monday morning to answer questions about the new check-in kiosks.",
     "ALLOW", "other", "email", "en",
     [("Mr. Voss", "PROVIDER")],
     ["general"], "A staff member named in a notice (PROVIDER); nothing about a patient."),
    ("fn0102", "Your appointment at {{location_name}} is confirmed for {{appt_date}} at {{appt_time}}. Reply C to confirm or call {{practice_phone}}.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "template", "hard-negative"], "Confirmation template with content-free placeholders only."),
    ("fn0103", "You have a new message from your care team. Log in to the patient portal to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Portal notice that says only that something is there."),
    ("fn0104", "Swallowtail Café in our lobby now opens at 7 AM — grab a coffee before your visit!",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "hard-negative", "broadcast"], "A café's name."),
    ("fn0105", "We're hearing from patients that the old portal link no longer works. Please use the new link printed on the back of your appointment card.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Hearing from patients' means receiving feedback."),
    ("fn0106", "New in our app: speech-to-text. Tap the microphone to dictate a message to your care team instead of typing.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "hard-negative", "broadcast"], "An app feature, not speech therapy."),
    ("fn0107", "Your appointment with Marcus Bell on Wed 6/3 at 10:00 AM is confirmed. Reply C to confirm, R to reschedule.",
     "ALLOW", "confirmation", "sms", "en",
     [("Marcus Bell", "PROVIDER"), ("6/3", "DATE")],
     ["general"], "Clinician's name without the Au.D. credential, date and time: nothing reveals the service."),
    ("fn0108", "Daylight saving time ends Sunday: a good reminder to change the batteries in your smoke detectors! Stay safe from all of us at Maple Street Clinic.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Batteries for smoke detectors, not hearing aids."),
)

# ---------------------------------------------------------------- batch 9 (fn0109-fn0120): ages, relatives, disguises (4), identifiers, results
add(
    ("fn0109", "Happy 94th birthday, Mr. Lindgren! Our hearing aid specialist will see you Friday 11/20 at 2 PM for your hearing aid clean and check.",
     "REWRITE", "reminder", "sms", "en",
     [("94th", "AGE"), ("Lindgren", "NAME"), ("hearing aid specialist", "SPECIALTY"), ("11/20", "DATE"), ("hearing aid", "PROCEDURE", 1), ("clean and check", "PROCEDURE")],
     ["general", "age-over-89"], "An age over 89, the name, role word and visit type go; date and time survive."),
    ("fn0110", "Hi Tomás, Elena's new hearing aids are programmed for the severe loss in her right ear. Please have her wear them all day starting tomorrow.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Tomás", "NAME"), ("Elena", "NAME"), ("hearing aids", "PROCEDURE"), ("severe loss", "RESULT")],
     ["general", "third-party"], "A relative's finding and wear instructions sent to family: third party's health."),
    ("fn0111", "Hi Bev, ur h3aring a1d f1tting is Thurs 5/21 @ 11am at SoundWise Hearing. Bring ur glasses!",
     "REWRITE", "reminder", "sms", "en",
     [("Bev", "NAME"), ("h3aring a1d f1tting", "PROCEDURE"), ("5/21", "DATE"), ("SoundWise Hearing", "SPECIALTY")],
     ["general", "leet", "shorthand"], "Leetspeak visit type still names the fitting; the name and dispenser name go."),
    ("fn0112", "Your audi\u200bogram is back: mild-to-moderate hear\u200bing loss on the left side. Call 541-555-0147 to talk about next steps.",
     "BLOCK", "result", "sms", "en",
     [("audi\u200bogram", "PROCEDURE"), ("hear\u200bing loss", "CONDITION"), ("541-555-0147", "PHONE")],
     ["general", "practice-contact"], "Zero-width spaces inside the test and the condition hide a result: BLOCK."),
    ("fn0113", "Reminder for Noah's mom: s-t-u-t-t-e-r-i-n-g therapy homework this week is 5 min of easy onset practice daily. See you Tues! -Priya",
     "BLOCK", "care-instructions", "sms", "en",
     [("Noah", "NAME"), ("s-t-u-t-t-e-r-i-n-g", "CONDITION"), ("easy onset practice", "PROCEDURE"), ("Priya", "PROVIDER")],
     ["pediatrics", "minor", "third-party", "spaced", "physical-therapy"], "Hyphen-spaced condition and home-exercise dosing for a child: a dependent's condition and treatment."),
    ("fn0114", "Reminder: your \u0441ochlear implant mapping is Mon 8/10 at 1 PM with Dr. Reyes.",
     "REWRITE", "reminder", "sms", "en",
     [("\u0441ochlear implant mapping", "PROCEDURE"), ("8/10", "DATE"), ("Dr. Reyes", "PROVIDER")],
     ["general"], "A Cyrillic 'с' in 'cochlear' disguises the visit type; it goes, date and provider stay."),
    ("fn0115", "To file your hearing aid claim with Pacific Mutual we need the policyholder's SSN. We have 078-05-1120 on file for Gerald — reply YES if that's correct.",
     "BLOCK", "billing", "sms", "en",
     [("hearing aid", "PROCEDURE"), ("078-05-1120", "SSN"), ("Gerald", "NAME")],
     ["general", "identifier"], "An SSN must never travel by text."),
    ("fn0116", "Hi Ms. Farrow, Dr. Reyes asked me to pass along: for the sudden hearing loss in your right ear, start prednisone 60 mg once daily for 7 days, then taper per the sheet. We'll repeat your audiogram in 2 weeks.",
     "BLOCK", "care-instructions", "email", "en",
     [("Farrow", "NAME"), ("Dr. Reyes", "PROVIDER"), ("sudden hearing loss", "CONDITION"), ("prednisone 60 mg", "MEDICATION"), ("audiogram", "PROCEDURE")],
     ["general"], "A diagnosis and steroid dosing: treatment instructions are the message."),
    ("fn0117", "New result: Tympanogram — Type B (flat), left ear. Tap to view.",
     "BLOCK", "result", "push", "en",
     [("Tympanogram", "PROCEDURE"), ("Type B (flat)", "RESULT")],
     ["general"], "The result itself on the lock screen; 'You have a new result, tap to view' would be fine."),
    ("fn0118", "After your vocal cord surgery: total voice rest for 7 days, no whispering, and take omeprazole 20mg every morning before breakfast.",
     "BLOCK", "care-instructions", "sms", "en",
     [("vocal cord surgery", "PROCEDURE"), ("voice rest", "PROCEDURE"), ("omeprazole 20mg", "MEDICATION")],
     ["general"], "Post-operative instructions and dosing."),
    ("fn0119", "Hi Joan, Frank missed his fitting today. Given his dementia, could you come with him next time so someone can help with his new hearing aids?",
     "BLOCK", "other", "sms", "en",
     [("Joan", "NAME"), ("Frank", "NAME"), ("fitting", "PROCEDURE"), ("dementia", "CONDITION"), ("hearing aids", "PROCEDURE")],
     ["general", "third-party"], "A relative's diagnosis sent to family: third party's health."),
    ("fn0120", "This message is for Ruth Abrams, date of birth March 3rd, 1941. Your hearing aid benefit under member ID ZXH448812301 has been used for this year. Please call member services for details.",
     "BLOCK", "billing", "voice", "en",
     [("Ruth Abrams", "NAME"), ("March 3rd, 1941", "DATE"), ("hearing aid", "PROCEDURE"), ("ZXH448812301", "HEALTH_PLAN_ID")],
     ["general", "dob", "identifier"], "Full date of birth with the name, read aloud on a voicemail."),
)

# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "fn", "probe167.jsonl")
