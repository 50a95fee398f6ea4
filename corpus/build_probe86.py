#!/usr/bin/env python3
"""Build corpus/probe86.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe86.py [OUT] [-v]   (default: probe86.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only. The engine was not run,
and no other corpus's messages, source code or tests were read.

This round is SCHEDULING OPERATIONS AND MASS NOTICES: what scheduling centers, front desks and
operations teams send when things change — a provider out sick and mass rescheduling, waitlist
openings, cancellations and no-show notices, weather and power-outage closures, telehealth
conversions, room and building changes, new-provider introductions and departures, parking and
construction notices, holiday hours, system downtime and portal migrations. Messages that reveal
the recipient's visit type, specialty, procedure or condition are mixed with ones that only move
a time or a place, plus look-alikes ("Dr. Frost" during a snowstorm, "Suite 200 Oncology" vs
"Suite 200", "Labor Day hours", "a positive update", "clinic" and "lab" in other senses,
"95 years of caring"). 15% Spanish; four disguised messages (leet, spaced letters, a Cyrillic
look-alike, zero-width characters).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "ferritin of [[6]]" searches for "ferritin of 6"
      and labels only the bracketed part "6".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. A specialty-revealing practice name is labelled SPECIALTY even in a practice-wide
     broadcast (the broadcast exemption covers content that says nothing about the recipient,
     not a sender name that does): REWRITE (ck0046). A generic practice's broadcast announcing
     a new service line keeps the README's "broadcast: ALLOW, no span" reading, so its specialty
     and condition words stay unlabelled (ck0078); named providers in broadcasts are still
     labelled PROVIDER (so those lines are not tagged hard-negative).
  2. A mass notice addressed to a clinically defined group ("all chemotherapy patients",
     "our dialysis patients", "members of the IOP") reveals the recipient's care like "your flu
     shot appointment": REWRITE with the span (ck0044, ck0091, ck0093, ck0108). When it also
     instructs the group about their drug, diet or dose it is BLOCK (ck0040, ck0045, ck0092).
  3. A named clinician's own condition ("recovering from a heart attack") is a third party's
     health: BLOCK (ck0003). "Out sick", "illness", "unexpected absence", "medical leave" name
     no condition: ALLOW (ck0001, ck0004, ck0005, ck0012).
  4. A sentence asserting the recipient's diagnosis or suspected diagnosis ("triggers your
     PTSD", "a suspected melanoma") is BLOCK even when the logistics around it would survive its
     removal — DESIGN lists findings and diagnoses under BLOCK; only a diagnosis used as a visit
     label is REWRITE (ck0013, ck0095).
  5. Medication-hold, dose and diet instructions that ride along with a rescheduled visit
     ("don't use your inhalers 4 hrs before", "keep taking lisinopril 20 mg", "switch to your
     backup oxygen at 3 L/min") are treatment instructions: BLOCK (ck0042, ck0060, ck0071,
     ck0114).
  6. Room, suite, floor, tower, garage and entrance names and a street name without a number
     are not ADDRESS. A department name in wayfinding ("Suite 200 Oncology", "Cardiology
     check-in", "Imaging Pavilion", "Cancer Center entrance") is SPECIALTY when it tells where
     the recipient goes; in wayfinding broadcast to everyone ("Labor & Delivery visitors use
     Entrance D") it is not labelled (ck0062, ck0063, ck0068, ck0070, ck0093).
  7. Waitlist hold codes, portal activation codes and temporary passwords are not labelled (like
     one-time codes); a portal username built from the patient's name and birth year is
     OTHER_ID (ck0100).
  8. A role word that names a specialty before or beside a clinician's name ("partera Itzel",
     "la psicóloga, Lic. Benavides", "your therapist", a substance-use "counselor") is its own
     SPECIALTY span, the name PROVIDER; LCSW and DMD after a name are SPECIALTY like DDS.
  9. A clinician's standing video-room link without patient or visit parameters is the
     practice's own URL (ALLOW); a per-visit link carrying patient or signature parameters is
     patient-specific (REWRITE, ck0050).
 10. Dialysis, hospice or chemotherapy logistics of a named relative (not a routine visit) are
     a third party's health: BLOCK (ck0111, ck0118); README only settles dependents' routine
     visits as REWRITE.
 11. "path" (pathology report) is PROCEDURE; "HIV viral load" is one PROCEDURE span (a named test
     with its head word); a program abbreviation (IOP) is PROCEDURE; an opioid treatment
     program's "... Treatment Center" name is specialty-revealing (ck0029).
 12. Spoken phone numbers in a voicemail ("4 0 2, 5 5 5, 0 1 9 0") are PHONE; "your 3:00 group"
     with no program named is not labelled.
 13. Services without a tag of their own (GI endoscopy, non-medical transport) use `general`.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers; the
SSN is the well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (ck0001-ck0012): provider out sick, mass rescheduling
add(
    ("ck0001", "Maple Ridge Family Practice: Dr. Okafor is out sick today, Tue 2/10. Our scheduling team will call you to pick a new time. We apologize for the inconvenience.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("2/10", "DATE")],
     ["primary-care"], "Provider out sick: provider, date and a generic practice name only. Decision 3: 'out sick' names no condition (contrast with ck0003)."),
    ("ck0002", "Hi Marisol, Dr. Brandt is out today so your colposcopy at 10:15 is cancelled. Reply 1 for Thu 2/12 at 9:00 or 2 for Fri 2/13 at 3:30.",
     "REWRITE", "reminder", "sms", "en",
     [("Marisol", "NAME"), ("Dr. Brandt", "PROVIDER"), ("colposcopy", "PROCEDURE"), ("2/12", "DATE"), ("2/13", "DATE")],
     ["reproductive"], "Reschedule offer survives once the name and the gynecologic procedure are removed."),
    ("ck0003", "Dr. Halvorsen is recovering from a heart attack and will be out until spring. All of his patients are being moved to Dr. Mbeki - no action is needed on your part.",
     "BLOCK", "other", "email", "en",
     [("Dr. Halvorsen", "PROVIDER"), ("heart attack", "CONDITION"), ("Dr. Mbeki", "PROVIDER")],
     ["general", "third-party"], "Decision 3: a named clinician's own condition is a third party's health; the notice should say only that he is out."),
    ("ck0004", "URGENT schedule change: due to provider illness all appts w/ NP Castellanos on Wed are cancelled. Watch for a text w/ ur new time or call 541-555-0134.",
     "ALLOW", "other", "sms", "en",
     [("NP Castellanos", "PROVIDER"), ("541-555-0134", "PHONE")],
     ["primary-care", "shorthand", "practice-contact"], "Mass cancellation: provider, weekday and the practice's own phone. Decision 3: 'provider illness' names no condition."),
    ("ck0005", "Subject: Your appointment with Dr. Whitcomb has been moved\n\nDear Patient,\n\nDr. Whitcomb has had an unexpected absence and will not be seeing patients the week of March 9. To avoid a gap in your care, we have moved your appointment to Monday, March 16 at the same time and location. You do not need to do anything if the new time works for you.\n\nIf it does not, please call our scheduling center at (971) 555-0148 (Mon-Fri, 7:30 AM to 6 PM) or reply to this email and a scheduler will offer you the next available time with Dr. Whitcomb or another member of our team.\n\nWe know changes like this are frustrating, and we are grateful for your patience.\n\nWarm regards,\nPatient Access Team\nNorthbrook Internal Medicine\n2000 NW Kearney St, Portland, OR 97209",
     "ALLOW", "other", "email", "en",
     [("Dr. Whitcomb", "PROVIDER", 0), ("Dr. Whitcomb", "PROVIDER", 1), ("Dr. Whitcomb", "PROVIDER", 2), ("March 9", "DATE"), ("March 16", "DATE"), ("(971) 555-0148", "PHONE"), ("2000 NW Kearney St, Portland, OR 97209", "ADDRESS")],
     ["primary-care", "practice-contact"], "Long reschedule e-mail: provider, dates, and the practice's own phone and address in the signature."),
    ("ck0006", "Hi Terrence - Dr. Saldana is out this week, so your Sub0x0ne visit on 3/3 needs to move. Call us at 541-555-0187 to pick a new day.",
     "REWRITE", "reminder", "sms", "en",
     [("Terrence", "NAME"), ("Dr. Saldana", "PROVIDER"), ("Sub0x0ne", "MEDICATION"), ("3/3", "DATE"), ("541-555-0187", "PHONE")],
     ["substance-use", "leet", "practice-contact"], "Leetspeak buprenorphine brand as the object of the visit (MEDICATION like 'Botox touch-up'); name and drug go, the reschedule survives."),
    ("ck0007", "Reminder: Dr. Frost is out Friday because of the forecast snow. Your 2:40 visit is now with Dr. Amundsen, same time, same place. Reply C to confirm.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Frost", "PROVIDER"), ("Dr. Amundsen", "PROVIDER")],
     ["primary-care"], "Look-alike: a provider named Frost in a snow notice; providers and a time only."),
    ("ck0008", "Clínica Familiar Los Pinos: La Dra. Ibarra se reportó enferma hoy y su cita de las 11:00 quedó cancelada. Le vamos a llamar para darle otra fecha. Disculpe las molestias.",
     "ALLOW", "other", "sms", "es",
     [("Dra. Ibarra", "PROVIDER")],
     ["primary-care"], "Provider out sick, generic practice name, a time: nothing about the recipient's care (decision 3)."),
    ("ck0009", "Dr. Varga is unavailable 4/6-4/8. Your c-h-e-m-o infusion will be moved to 4/9 at 8:30am, same chair, same nurse team. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Varga", "PROVIDER"), ("4/6", "DATE"), ("4/8", "DATE"), ("c-h-e-m-o infusion", "PROCEDURE"), ("4/9", "DATE")],
     ["oncology", "spaced"], "Hyphen-spaced 'chemo' plus 'infusion' is the treatment; removing it leaves a valid reschedule."),
    ("ck0010", "Dr. Pruitt out ill - ur appt tmrw to go over ur biopsy is moved to Mon same time. fyi path came back benign so no rush. txt OK to confirm or call (406) 555-0119",
     "BLOCK", "other", "sms", "en",
     [("Dr. Pruitt", "PROVIDER"), ("biopsy", "PROCEDURE"), ("path", "PROCEDURE"), ("benign", "RESULT"), ("(406) 555-0119", "PHONE")],
     ["primary-care", "shorthand", "practice-contact"], "A benign pathology result slipped into a reschedule text; a normal result is still a result. Decision 11: 'path' is PROCEDURE."),
    ("ck0011", "Reschedule list for Dr. Greer (out sick 5/2): 8:00 Helen Marsh - HIV f/u; 8:40 Ray Dunning - Depo shot; 9:20 Ana Ruiz - postpartum check. Pls call each to rebook.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Greer", "PROVIDER"), ("5/2", "DATE"), ("Helen Marsh", "NAME"), ("HIV", "CONDITION"), ("Ray Dunning", "NAME"), ("Depo shot", "MEDICATION"), ("Ana Ruiz", "NAME"), ("postpartum", "PROCEDURE")],
     ["hiv-sexual-health", "reproductive", "third-party", "shorthand"], "A staff call list sent to the wrong number: other patients' names with their visit types are third parties' health."),
    ("ck0012", "Due to Dr. Lau's illness, your Tuesday physical has been reschedualed to Thursday at the same time. Your lab order stays active, so no need to re-book the blood draw.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Lau", "PROVIDER")],
     ["primary-care", "typo"], "Generic physical and blood draw are not revealing visit types; provider illness names no condition."),
)

# ---------------------------------------------------------------- batch 2 (ck0013-ck0024): waitlist openings
add(
    ("ck0013", "Waitlist opening! Dr. Nakagawa can see you tomorrow at 1:20 PM. Because your referral mentions a suspected melanoma, we moved you to the top of the list - reply YES within 20 min to take it.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Nakagawa", "PROVIDER"), ("melanoma", "CONDITION")],
     ["dermatology"], "Decision 4: states the recipient's suspected diagnosis as the reason for the offer; a finding cannot go by text even if the offer would survive."),
    ("ck0014", "Summit Dermatology: An earlier Mohs surgery slot opened on 6/18 at 7:30 AM. Reply Y to take it or N to keep your 7/22 date.",
     "REWRITE", "reminder", "sms", "en",
     [("Summit Dermatology", "SPECIALTY"), ("Mohs surgery", "PROCEDURE"), ("6/18", "DATE"), ("7/22", "DATE")],
     ["dermatology"], "Dermatology name and Mohs (a skin-cancer surgery) go; the waitlist offer with dates survives."),
    ("ck0015", "sooner appt avail for ur MRI w/ contrast - Sat 8am at Cascade Imaging Ctr. reply 1 to accept, 2 to keep ur current time",
     "REWRITE", "reminder", "sms", "en",
     [("MRI w/ contrast", "PROCEDURE"), ("Cascade Imaging Ctr", "SPECIALTY")],
     ["imaging", "shorthand"], "Imaging test and imaging-center name go; the shorthand offer survives. The named test keeps 'w/ contrast' as one span."),
    ("ck0016", "¡Buenas noticias! Se abrió un espacio con el Dr. Quintero el jueves 14 de mayo a las 9:45. Responda SÍ para tomarlo; si no, conservamos su cita actual.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Quintero", "PROVIDER"), ("14 de mayo", "DATE")],
     ["primary-care"], "Waitlist offer with provider, date and time only."),
    ("ck0017", "Hi Priya, you're on our cancellation list for an echocardiogram. A slot opened tomorrow at 7:45 AM at Heartwell Cardiology. Reply YES by 3 PM to claim it.",
     "REWRITE", "reminder", "sms", "en",
     [("Priya", "NAME"), ("echocardiogram", "PROCEDURE"), ("Heartwell Cardiology", "SPECIALTY")],
     ["cardiology"], "Name, test and cardiology name go; the opening and the reply deadline survive."),
    ("ck0018", "Waitlist offer from Pinecrest Behavioral Health: a Tuesday 5pm therapy opening with Dr. Moss starting next week. Reply KEEP to accept. Msg&data rates may apply.",
     "REWRITE", "reminder", "sms", "en",
     [("Pinecrest Behavioral Health", "SPECIALTY"), ("therapy", "PROCEDURE"), ("Dr. Moss", "PROVIDER")],
     ["behavioral-health"], "Behavioral-health name and therapy go; a weekday opening with the provider survives."),
    ("ck0019", "An earlier appointment is available on {{slot_date}} at {{slot_time}} at {{location_name}}. Reply YES to book it or NO to stay on the waitlist. Reply STOP to opt out.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Waitlist template whose placeholders carry no patient data."),
    ("ck0020", "Good news - an earlier well-child slot opened for Mateo on 8/5 at 10:10 with Dr. Ferreira at Sunny Days Pediatrics. Reply 1 to book it.",
     "REWRITE", "reminder", "sms", "en",
     [("well-child", "PROCEDURE"), ("Mateo", "NAME"), ("8/5", "DATE"), ("Dr. Ferreira", "PROVIDER"), ("Sunny Days Pediatrics", "SPECIALTY")],
     ["pediatrics", "minor"], "Dependent's logistics with a name, a routine visit type and a pediatrics name: REWRITE (README)."),
    ("ck0021", "A sooner slot opened with Dr. Ahn on Friday at 8:10. Given your ferritin of 6, she'd really like you to take it - reply YES to book.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Ahn", "PROVIDER"), ("ferritin", "PROCEDURE"), ("ferritin of [[6]]", "RESULT")],
     ["lab", "primary-care"], "A lab value given as the reason for the offer is a result."),
    ("ck0022", "Sunrise Ride Line: because of the ice, your driver will pick up Mr. Ferris, 94, at 1:15 instead of 12:45 for his 2:00 appointment. Reply OK to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("Ferris", "NAME"), ("Ferris, [[94]]", "AGE")],
     ["general", "age-over-89"], "Transport change for a weather delay: the name and an age over 89 go, the pickup times survive. Decision 13: transport uses `general`."),
    ("ck0023", "WAITLIST CLOSED: The walk-in clinic has reached capacity for today. Please try again tomorrow starting at 7 AM or use online check-in on our website.",
     "ALLOW", "other", "sms", "en", [],
     ["urgent-care", "broadcast", "hard-negative"], "Capacity notice to everyone in the queue; says nothing about any one patient."),
    ("ck0024", "Subject: You're on the waitlist for an earlier surgery date\n\nDear Mr. Abernathy,\n\nThank you for letting us know you'd like an earlier date for your cataract surgery with Dr. Lindgren. Your current date remains Thursday, October 23. We have added you to our short-notice list, which means we may call or text you as little as 48 hours before an opening.\n\nBefore accepting a short-notice slot, please make sure you can arrange a driver for the day of surgery and for the next-morning post-op check. If your availability changes, just reply to this message and we will update your preferences.\n\nWe appreciate your patience.\n\nLakeshore Eye Institute\nSurgery Scheduling: (312) 555-0167\nlakeshoreeye.example",
     "REWRITE", "other", "email", "en",
     [("Abernathy", "NAME"), ("cataract surgery", "PROCEDURE"), ("Dr. Lindgren", "PROVIDER"), ("October 23", "DATE"), ("post-op", "PROCEDURE"), ("Lakeshore Eye Institute", "SPECIALTY"), ("(312) 555-0167", "PHONE"), ("lakeshoreeye.example", "URL")],
     ["ophthalmology", "practice-contact"], "Long waitlist e-mail: name, eye surgery, post-op visit and an eye-institute name go; the waitlist logistics and the practice's own contacts stay."),
)

# ---------------------------------------------------------------- batch 3 (ck0025-ck0036): cancellations and no-show notices
add(
    ("ck0025", "Sorry we missed you today! Please call 208-555-0172 to reschedule. Just a reminder that repeated missed appts may result in a $25 fee.",
     "ALLOW", "other", "sms", "en",
     [("208-555-0172", "PHONE")],
     ["general", "practice-contact"], "No-show notice with the practice's own phone and a fee; nothing clinical."),
    ("ck0026", "Kessler Family Dental: You missed your root canal appointment with Dr. Imani Boateng, DDS on 9/15. Per our policy a $50 no-show fee has been added to your account.",
     "REWRITE", "billing", "sms", "en",
     [("Kessler Family Dental", "SPECIALTY"), ("root canal", "PROCEDURE"), ("Dr. Imani Boateng", "PROVIDER"), ("DDS", "SPECIALTY"), ("9/15", "DATE")],
     ["dental"], "Dental name, procedure and credential go; the no-show fee notice survives."),
    ("ck0027", "You missed your appointment today to review your abnormal Pap results. Please call Dr. Seo's office today - this is important.",
     "BLOCK", "other", "sms", "en",
     [("abnormal", "RESULT"), ("Pap", "PROCEDURE"), ("Dr. Seo", "PROVIDER")],
     ["reproductive"], "No-show notice that discloses an abnormal screening result."),
    ("ck0028", "Hola Sr. Cárdenas, no se presentó hoy a su sesión de terapia en el Centro de Salud Mental Horizonte. Llámenos al 915-555-0126 para reprogramar.",
     "REWRITE", "other", "sms", "es",
     [("Cárdenas", "NAME"), ("terapia", "PROCEDURE"), ("Centro de Salud Mental Horizonte", "SPECIALTY"), ("915-555-0126", "PHONE")],
     ["behavioral-health", "practice-contact"], "No-show: name, therapy and a mental-health center name go; the call-back request survives."),
    ("ck0029", "Bayview Treatment Center: you have missed 3 days of dosing. Per program policy your methadone will restart at 30 mg tomorrow - see the nurse before 10 AM.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Bayview Treatment Center", "SPECIALTY"), ("methadone", "MEDICATION")],
     ["substance-use"], "Opioid-treatment dosing instruction (Part 2): the dose change is the message. Decision 11: the OTP's 'Treatment Center' name is specialty-revealing."),
    ("ck0030", "Your appointment on Monday, Oct 6 at 3:15 PM has been cancelled at your request. To book again visit https://book.harborviewmed.example or call (360) 555-0163.",
     "ALLOW", "confirmation", "sms", "en",
     [("Oct 6", "DATE"), ("https://book.harborviewmed.example", "URL"), ("(360) 555-0163", "PHONE")],
     ["general", "practice-contact"], "Cancellation receipt: date, time and the practice's own booking link and phone."),
    ("ck0031", "Harborview Medical Group has had to cancel your upcoming appointment due to a scheduling conflict. We apologize! A team member will call you to rebook. Reply HELP for help, STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Practice-initiated cancellation with a generic practice name only."),
    ("ck0032", "Hi Desmond, because you've missed 3 PT sessions in 30 days, your remaining visits for the ACL reconstruction rehab plan are on hold. Call Peak Motion Physical Therapy to restart.",
     "REWRITE", "other", "sms", "en",
     [("Desmond", "NAME"), ("PT", "SPECIALTY"), ("ACL reconstruction", "PROCEDURE"), ("Peak Motion Physical Therapy", "SPECIALTY")],
     ["physical-therapy", "orthopedics"], "Attendance-policy notice survives once the name, the service line and the surgery it rehabilitates are removed."),
    ("ck0033", "Hi, this is Kayla from Brookside Medical calling about your appointment this morning. We had you down for ten thirty and didn't see you. Please give us a call back at 4 0 2, 5 5 5, 0 1 9 0. Thanks, bye.",
     "ALLOW", "other", "voice", "en",
     [("Kayla", "PROVIDER"), ("4 0 2, 5 5 5, 0 1 9 0", "PHONE")],
     ["primary-care", "practice-contact"], "Voicemail no-show call: the named sender is workforce (PROVIDER); decision 12: the spoken practice number is PHONE."),
    ("ck0034", "Your COLONOSCOPY on 11/20 has been CANCELLED because we could not confirm a driver. Patients receiving sedation must have an adult ride home. Call GI scheduling at 503-555-0177 to rebook.",
     "REWRITE", "other", "sms", "en",
     [("COLONOSCOPY", "PROCEDURE"), ("11/20", "DATE"), ("GI", "SPECIALTY"), ("503-555-0177", "PHONE")],
     ["general", "practice-contact"], "System-style cancellation: the procedure and the GI service line go; the driver rule is generic policy. Decision 13: GI uses `general`."),
    ("ck0035", "Aviso: se cancelan todas las citas del sábado en la Clínica Comunitaria San Marcos por falta de personal. Le llamaremos esta semana para darle nueva fecha.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Practice-wide cancellation for staffing; generic community-clinic name."),
    ("ck0036", "Hi Ms. Tran, Kevin missed his ADHD med check today. We can't send his Vyvanse refill until he's seen - please call (702) 555-0140 to rebook.",
     "BLOCK", "other", "sms", "en",
     [("Tran", "NAME"), ("Kevin", "NAME"), ("ADHD", "CONDITION"), ("med check", "PROCEDURE"), ("Vyvanse", "MEDICATION"), ("(702) 555-0140", "PHONE")],
     ["pediatrics", "behavioral-health", "minor", "third-party", "practice-contact"], "A dependent's condition and medication sent to the guardian: BLOCK (README third-party convention)."),
)

# ---------------------------------------------------------------- batch 4 (ck0037-ck0048): weather and power-outage closures
add(
    ("ck0037", "WEATHER ALERT: All Cedar Valley Health clinics will open at 10 AM tomorrow due to ice. Patients with earlier appointments will get a text to reschedule. Stay safe!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Delayed-opening broadcast from a generic health-system name."),
    ("ck0038", "Dr. Frost's office is closed today because of the snowstorm (and yes, the frost advisory runs through tonight!). We'll call you to set up a new time.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Frost", "PROVIDER")],
     ["primary-care"], "Look-alike: the provider Frost and a frost advisory; a closure with no care details."),
    ("ck0039", "Winter Storm Ivy update: our Main St and Lakeview offices are closed Tuesday. Telehealth visits will go ahead as scheduled. Check our website for reopening times.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A named storm (Ivy is not a patient) and office names; decision 6: a street name without a number is not an address."),
    ("ck0040", "Glenwood Dialysis: due to the blizzard, tomorrow's 6 AM shift moves to 10:30 AM. Until your treatment, follow your emergency diet: no more than 1 cup of fluid and no bananas, potatoes or oranges.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Glenwood Dialysis", "SPECIALTY")],
     ["dialysis"], "Decision 2: a weather notice to dialysis patients carrying a fluid and potassium restriction is a treatment instruction; the diet is the message."),
    ("ck0041", "POWER OUTAGE: Our Birchwood office lost power this morning and all of today's appointments are cancelled. Phones are down too - email frontdesk@birchwoodfamilymed.example and we'll reply as soon as power is back.",
     "ALLOW", "other", "sms", "en",
     [("frontdesk@birchwoodfamilymed.example", "EMAIL")],
     ["general", "broadcast", "practice-contact"], "Outage broadcast with the practice's own e-mail address."),
    ("ck0042", "Riverside Home Health: a planned power shutoff is expected in your area tonight. Switch to your backup oxygen tanks at your usual 3 L/min and call 559-555-0108 if you have less than 6 hours left.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Riverside Home Health", "SPECIALTY"), ("oxygen", "MEDICATION"), ("559-555-0108", "PHONE")],
     ["home-health", "practice-contact"], "Decision 5: the recipient's oxygen flow rate is a dosing instruction; home-health name reveals the service."),
    ("ck0043", "AVISO POR HURACÁN: Las oficinas de Salud Familiar del Valle estarán cerradas lunes y martes. Las videoconsultas siguen en pie. Más información en saludvalle.example/avisos",
     "ALLOW", "other", "sms", "es",
     [("saludvalle.example/avisos", "URL")],
     ["general", "broadcast", "practice-contact"], "Hurricane closure broadcast with the practice's own page."),
    ("ck0044", "Due to flooding on Route 9, the Lakeside infusion center is closed today. All chemotherapy patients scheduled today will be seen at our Dover campus at the same times.",
     "REWRITE", "other", "sms", "en",
     [("infusion", "PROCEDURE"), ("chemotherapy", "PROCEDURE")],
     ["oncology"], "Decision 2: a closure notice addressed to chemotherapy patients reveals the recipient's treatment; the relocation survives without it."),
    ("ck0045", "To our patients who use insulin: if the storm knocks out your power, opened pens and vials are OK at room temperature for up to 28 days. Don't freeze them, and throw out any that got hot.",
     "BLOCK", "care-instructions", "sms", "en",
     [("insulin", "MEDICATION")],
     ["primary-care", "pharmacy"], "Decision 2: addressed to insulin users with handling instructions for their drug; nothing is left once the drug is removed."),
    ("ck0046", "Snow day! Pine Hollow Pediatrics is closed today. For urgent needs call our after-hours line at 802-555-0129; for emergencies call 911.",
     "REWRITE", "other", "sms", "en",
     [("Pine Hollow Pediatrics", "SPECIALTY"), ("802-555-0129", "PHONE")],
     ["pediatrics", "practice-contact"], "Decision 1: a practice-wide closure, but the sender's pediatrics name tells that the household has a child patient there."),
    ("ck0047", "Ice storm update: Northside Lab draw stations open at noon today. Walk-ins welcome until 4:30. No appointment needed.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Generic '... Lab' name (not labelled by README) in a broadcast."),
    ("ck0048", "Subject: How we handle winter weather closures\n\nDear Patients,\n\nWith snow in the forecast, here is how Cedar Valley Health will let you know about closures this season. If we delay opening or close a clinic, we will text and email everyone scheduled that day by 6:30 AM and post an update on our website at cedarvalleyhealth.example/weather. Video visits usually continue even when buildings are closed, so please keep your phone handy.\n\nIf your appointment is cancelled, you do not need to call us - a scheduler will reach out within two business days with a new time. If you need a prescription refill while we are closed, request it in the portal or ask your pharmacy to send us a request.\n\nFor urgent medical concerns after hours, call our nurse advice line at (509) 555-0130. For emergencies, call 911.\n\nStay warm and safe,\nCedar Valley Health",
     "ALLOW", "other", "email", "en",
     [("cedarvalleyhealth.example/weather", "URL"), ("(509) 555-0130", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Long policy e-mail to every patient: the practice's own link and nurse line only."),
)

# ---------------------------------------------------------------- batch 5 (ck0049-ck0060): telehealth conversions
add(
    ("ck0049", "Because of the storm, your Thursday visit with Dr. Frost will now be a video visit. Join 10 min early at https://video.alderclinic.example/frost - no download needed.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Frost", "PROVIDER"), ("https://video.alderclinic.example/frost", "URL")],
     ["primary-care", "practice-contact"], "Decision 9: the provider's standing video room without patient parameters is the practice's own URL; 'Frost' in a storm notice is the provider."),
    ("ck0050", "Your in-person appointment on 1/22 has been converted to telehealth. Join here 15 min before: https://meet.example/v/8842193?pt=55018&sig=Qa7d",
     "REWRITE", "reminder", "sms", "en",
     [("1/22", "DATE"), ("https://meet.example/v/8842193?pt=55018&sig=Qa7d", "URL")],
     ["general"], "Decision 9: a per-visit link with a patient parameter and signature is patient-specific; the conversion notice survives."),
    ("ck0051", "Hi Lena, your med check w/ Dr. Abara at Willow Creek Psychiatry on Tues is now a phone visit. She'll call from a blocked number at 2:30.",
     "REWRITE", "reminder", "sms", "en",
     [("Lena", "NAME"), ("med check", "PROCEDURE"), ("Dr. Abara", "PROVIDER"), ("Willow Creek Psychiatry", "SPECIALTY")],
     ["behavioral-health", "shorthand"], "Name, visit type and a psychiatry name go; the phone-visit logistics survive."),
    ("ck0052", "Dr. Kowalczyk switched your visit to video so she can go over your CT sooner - it showed a 7 mm nodule in the right lung that needs a repeat scan in 3 months.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Kowalczyk", "PROVIDER"), ("CT", "PROCEDURE"), ("7 mm nodule", "RESULT")],
     ["imaging", "contrast"], "An imaging finding given as the reason for the conversion (same text goes through the portal as ALLOW in ck0054)."),
    ("ck0053", "Su consulta con la psicóloga, Lic. Benavides, del miércoles será por videollamada. Le enviaremos el enlace una hora antes. Responda OK para confirmar.",
     "REWRITE", "confirmation", "sms", "es",
     [("psicóloga", "SPECIALTY"), ("Lic. Benavides", "PROVIDER")],
     ["behavioral-health"], "Decision 8: the role word names the specialty (SPECIALTY), the clinician is PROVIDER; the video conversion survives."),
    ("ck0054", "Dr. Kowalczyk switched your visit to video so she can go over your CT sooner. It showed a 7 mm nodule in the right lung that needs a repeat scan in 3 months. Join from the Visits tab.",
     "ALLOW", "other", "portal", "en",
     [("Dr. Kowalczyk", "PROVIDER"), ("CT", "PROCEDURE"), ("7 mm nodule", "RESULT")],
     ["imaging", "contrast"], "Near-same text as ck0052 on the portal channel: a finding may stay inside the secure portal (README channel convention)."),
    ("ck0055", "Telehealth reminder from [PracticeName]: video visit {{appt_date}} at {{appt_time}}. Test your camera at https://telehealth.example/test. Reply R to switch to a phone call.",
     "ALLOW", "reminder", "sms", "en",
     [("https://telehealth.example/test", "URL")],
     ["general", "template", "practice-contact"], "Template with content-free placeholders and the vendor's generic test page."),
    ("ck0056", "Heads up: Zoe's speech therapy Thursday will be virtual since the clinic is closed for HVAC repairs. Join here at 4:00: https://bloomkids.example/room/4",
     "REWRITE", "reminder", "sms", "en",
     [("Zoe", "NAME"), ("speech therapy", "PROCEDURE"), ("https://bloomkids.example/room/4", "URL")],
     ["pediatrics", "minor"], "A child's therapy logistics: name and therapy go; decision 9: the room link has no patient parameter and may stay."),
    ("ck0057", "Hello, this is the Greenfield Cardiology scheduling line. Because of staffing, your Friday stress test has been changed to a video follow-up with Dr. Mwangi. Press 1 to confirm or 2 to speak with a scheduler.",
     "REWRITE", "confirmation", "voice", "en",
     [("Greenfield Cardiology", "SPECIALTY"), ("stress test", "PROCEDURE"), ("Dr. Mwangi", "PROVIDER")],
     ["cardiology"], "Voice is treated like SMS: cardiology name and test go; the conversion and keypad options survive."),
    ("ck0058", "Subject: Your visit on August 20 is now virtual\n\nHello,\n\nTo keep everyone safe during this week's air-quality alert, Juniper Family Health is converting in-person visits to video where possible. Your appointment on Wednesday, August 20 at 11:00 AM with PA Rosalind Ocampo will now take place online.\n\nAbout 15 minutes before your visit you'll receive a text with a link. Please join from a quiet, private place with good lighting. PA Ocampo asked us to pass along that, since your home readings are still running high, you should increase your amlodipine to 10 mg daily starting today and bring your log to the visit.\n\nIf you would rather wait for an in-person appointment, call us at (208) 555-0114 and we'll find a new time.\n\nThank you,\nJuniper Family Health Scheduling",
     "BLOCK", "other", "email", "en",
     [("August 20", "DATE", 0), ("August 20", "DATE", 1), ("PA Rosalind Ocampo", "PROVIDER"), ("PA Ocampo", "PROVIDER"), ("running high", "RESULT"), ("amlodipine", "MEDICATION"), ("(208) 555-0114", "PHONE")],
     ["primary-care", "practice-contact"], "A dose change and a result trend buried in a long conversion e-mail (decision 5)."),
    ("ck0059", "Hola! Tu cita de control prenatal del viernes con la partera Itzel va a ser por video. Te mandamos el link en la mañana. Cualquier duda nos escribes 😊",
     "REWRITE", "reminder", "sms", "es",
     [("prenatal", "PROCEDURE"), ("partera", "SPECIALTY"), ("Itzel", "PROVIDER")],
     ["reproductive"], "Decision 8: 'partera' (midwife) is SPECIALTY and the staff first name PROVIDER; prenatal visit type goes, the video switch survives."),
    ("ck0060", "Because of the closure your visit with Dr. Yusuf is now by phone. Until she calls, keep taking lisinopril 20 mg once daily and stop the hydrochlorothiazide.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Yusuf", "PROVIDER"), ("lisinopril 20 mg", "MEDICATION"), ("hydrochlorothiazide", "MEDICATION")],
     ["primary-care"], "Decision 5: dosing instructions attached to a telehealth conversion."),
)

# ---------------------------------------------------------------- batch 6 (ck0061-ck0072): room, suite and building changes
add(
    ("ck0061", "Starting Monday, our office moves from Suite 110 to Suite 200 on the 2nd floor of the same building. Elevators are to the left of the main entrance.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Decision 6: suite and floor numbers are not addresses; 'Suite 200' alone reveals nothing (contrast with ck0062)."),
    ("ck0062", "Reminder for tomorrow at 9:15: please check in at Suite 200 Oncology, not the main lobby. Valet is free for patients.",
     "REWRITE", "reminder", "sms", "en",
     [("Oncology", "SPECIALTY")],
     ["oncology"], "Decision 6: the department in the wayfinding tells where the recipient is treated; the suite number stays."),
    ("ck0063", "Your appt tommorow is in Building C, Room 214 (Cardiology check-in). Park in the C garage and take the east elevators.",
     "REWRITE", "reminder", "sms", "en",
     [("Cardiology", "SPECIALTY")],
     ["cardiology", "typo"], "Decision 6: the check-in desk names the specialty; building and room survive."),
    ("ck0064", "Room change: your 3:00 group today meets in Conference Room B instead of Room 12. Coffee will be provided.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Decision 12: 'group' with no program or therapy named reveals nothing."),
    ("ck0065", "Lakeview Women's Center moved its ultrasound unit to the 3rd floor. Your 20-week anatomy scan on 5/8 will be in Room 305.",
     "REWRITE", "reminder", "sms", "en",
     [("Lakeview Women's Center", "SPECIALTY"), ("ultrasound", "PROCEDURE"), ("20-week anatomy scan", "PROCEDURE"), ("5/8", "DATE")],
     ["reproductive", "imaging"], "Women's-center name and a pregnancy scan go; the room and date survive."),
    ("ck0066", "We have moved! Starting June 2, Alder Grove Family Medicine will be at 4410 SE Hawthorne Blvd, Suite 300, Portland, OR 97215. Same phone: (503) 555-0121.",
     "ALLOW", "other", "sms", "en",
     [("June 2", "DATE"), ("4410 SE Hawthorne Blvd, Suite 300, Portland, OR 97215", "ADDRESS"), ("(503) 555-0121", "PHONE")],
     ["general", "broadcast", "practice-contact"], "The practice's own new address and phone are not patient identifiers."),
    ("ck0067", "Nos mudamos: a partir del 1 de julio, Consultorio Médico Santa Fe atenderá en Av. Reforma 218, 2o piso, Laredo, TX 78040. El teléfono no cambia: 956-555-0183.",
     "ALLOW", "other", "sms", "es",
     [("1 de julio", "DATE"), ("Av. Reforma 218, 2o piso, Laredo, TX 78040", "ADDRESS"), ("956-555-0183", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Practice move with its own address and phone."),
    ("ck0068", "Your MRI tomorrow will be in the new Imaging Pavilion (Tower B, lower level), not Radiology on the 1st floor. Allow 10 extra minutes for parking.",
     "REWRITE", "reminder", "sms", "en",
     [("MRI", "PROCEDURE"), ("Imaging Pavilion", "SPECIALTY"), ("Radiology", "SPECIALTY")],
     ["imaging"], "Test and imaging department names go (decision 6); tower, level and floor stay."),
    ("ck0069", "Clinic change: Dr. Haddad's Thursday afternoon clinic moves to Room 4 at our Elm St office starting next week. Same time, same team.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Haddad", "PROVIDER")],
     ["primary-care"], "'Clinic' as a provider's session block, not a specialty; decision 6: a street name without a number is not an address."),
    ("ck0070", "Subject: Construction on our East Campus begins next week\n\nDear Patients and Visitors,\n\nWe're expanding! Starting next Monday, crews will begin work on a new three-story wing next to the East Campus main entrance. Here is what changes for you:\n\n- The main entrance stays open, but the circle drive is closed. Drop-offs move to the temporary loop by the flagpole.\n- The outpatient lab moves from the ground floor to the first floor, room 112, for about six months.\n- Labor & Delivery visitors should use Entrance D, which is open around the clock.\n- Garage 2 levels 1 and 2 are reserved for patients; staff will park off site.\n\nExpect some noise on weekdays between 7 AM and 3 PM. Volunteers in orange vests will be stationed at each entrance to help you find your way.\n\nThank you for your patience while we build a better space for our community.\n\nFacilities & Patient Experience Team",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Decision 6: wayfinding broadcast to everyone; 'Labor & Delivery' and 'outpatient lab' are places, not the recipient's care."),
    ("ck0071", "Hi Gus, your pulmonary function test on Wed is now in Suite 200 instead of Suite 140. Bring your inhalers, but don't use them for 4 hrs before the test.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Gus", "NAME"), ("pulmonary function test", "PROCEDURE"), ("inhalers", "MEDICATION")],
     ["primary-care"], "Decision 5: a medication-hold instruction rides along with the room change."),
    ("ck0072", "Suite 200 is now the home of our Billing & Insurance office. Stop by Mon-Fri 9-4 with any questions about your statement.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Suite number and office hours; nothing about any patient."),
)

# ---------------------------------------------------------------- batch 7 (ck0073-ck0084): new providers, departures, care-team changes
add(
    ("ck0073", "Please welcome Dr. Celeste Amari to Brightwater Family Medicine! She's accepting new patients of all ages starting in September. Book online or call 614-555-0138.",
     "ALLOW", "marketing", "sms", "en",
     [("Dr. Celeste Amari", "PROVIDER"), ("614-555-0138", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "New-provider broadcast from a generic practice (decision 1: the provider is labelled)."),
    ("ck0074", "Dr. Harlan Voss is retiring from Three Rivers Cancer Institute at the end of the month. Your next infusion will be with Dr. Mei Tanaka, who has already reviewed your chart.",
     "REWRITE", "other", "sms", "en",
     [("Dr. Harlan Voss", "PROVIDER"), ("Three Rivers Cancer Institute", "SPECIALTY"), ("infusion", "PROCEDURE"), ("Dr. Mei Tanaka", "PROVIDER")],
     ["oncology"], "Care-team change: cancer-institute name and treatment go; the new provider survives."),
    ("ck0075", "Meet our newest team member! NP Jordan Ellery joins Maplewood Primary Care and will see patients for sick visits, sports physicals and annual exams. Evening hours now available Tuesdays.",
     "ALLOW", "marketing", "sms", "en",
     [("NP Jordan Ellery", "PROVIDER")],
     ["primary-care", "broadcast"], "Broadcast introduction; generic primary-care visit kinds."),
    ("ck0076", "Le damos la bienvenida al Dr. Emiliano Soto, médico familiar, a nuestro equipo de Clínica La Esperanza. Ya acepta pacientes nuevos. Llame al 505-555-0157 para hacer su cita.",
     "ALLOW", "marketing", "sms", "es",
     [("Dr. Emiliano Soto", "PROVIDER"), ("505-555-0157", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "New family physician announced to everyone; 'médico familiar' is generic primary care."),
    ("ck0077", "Dr. Pell is leaving Harbor Counseling Associates on 10/31. Going forward your therapist will be Kim Reyes, LCSW. Your standing Tuesday 4 PM session stays the same.",
     "REWRITE", "other", "sms", "en",
     [("Dr. Pell", "PROVIDER"), ("Harbor Counseling Associates", "SPECIALTY"), ("10/31", "DATE"), ("therapist", "SPECIALTY"), ("Kim Reyes", "PROVIDER"), ("LCSW", "SPECIALTY")],
     ["behavioral-health"], "Decision 8: 'therapist' and LCSW name the specialty; counseling-practice name goes; the standing time survives."),
    ("ck0078", "Subject: Now offering dermatology at Elmwood Medical Group\n\nDear Elmwood Patients,\n\nWe're pleased to announce that Dr. Anneliese Hartmann, a board-certified dermatologist, has joined Elmwood Medical Group. Starting this fall she will see patients at our Birch Street office on Tuesdays and Thursdays.\n\nDr. Hartmann completed her residency at a large academic center and has a special interest in skin cancer screening, eczema and teen acne. Existing Elmwood patients do not need a referral for a first visit.\n\nTo book, call (414) 555-0179 or use online scheduling at elmwoodmed.example/book. Same-week appointments are often available.\n\nWe look forward to caring for even more of your needs under one roof.\n\nSincerely,\nElmwood Medical Group",
     "ALLOW", "marketing", "email", "en",
     [("Dr. Anneliese Hartmann", "PROVIDER"), ("Dr. Hartmann", "PROVIDER"), ("(414) 555-0179", "PHONE"), ("elmwoodmed.example/book", "URL")],
     ["dermatology", "broadcast", "practice-contact"], "Decision 1: a generic practice's announcement to all patients says nothing about the recipient; its specialty and condition words stay unlabelled under the broadcast convention."),
    ("ck0079", "Dear Ms. Whitfield, because Dr. Kaur is relocating, your psoriasis follow-up on 12/3 will be with Dr. Anneliese Hartmann. Your biologic shipments are not affected.",
     "REWRITE", "other", "email", "en",
     [("Whitfield", "NAME"), ("Dr. Kaur", "PROVIDER"), ("psoriasis", "CONDITION"), ("12/3", "DATE"), ("Dr. Anneliese Hartmann", "PROVIDER"), ("biologic", "MEDICATION")],
     ["dermatology"], "Condition as a visit label and a drug class go; the provider change and date survive (contrast with ck0078)."),
    ("ck0080", "Dr. Oyelaran has left our practice. You may request a copy of your records or have them sent to her new office: call 317-555-0116 or visit northpointhealth.example/records.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Oyelaran", "PROVIDER"), ("317-555-0116", "PHONE"), ("northpointhealth.example/records", "URL")],
     ["general", "practice-contact"], "Departure notice with the practice's own phone and records page."),
    ("ck0081", "Dr. Lindahl leaves Pinnacle Health on 6/30. Since your HIV viral load has been undetectable for 2 yrs, your care can move to NP Ochoa with visits every 6 months. Reply YES to accept.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Lindahl", "PROVIDER"), ("6/30", "DATE"), ("HIV viral load", "PROCEDURE"), ("undetectable", "RESULT"), ("NP Ochoa", "PROVIDER")],
     ["hiv-sexual-health"], "A departure notice that states the recipient's HIV status and result. Decision 11: 'HIV viral load' is one PROCEDURE span."),
    ("ck0082", "New dentist alert! Dr. Rafael Montero, DMD joins Smile Studio Family Dentistry on Mondays & Fridays. Want to switch? Just ask at your next cleaning.",
     "REWRITE", "marketing", "sms", "en",
     [("Dr. Rafael Montero", "PROVIDER"), ("DMD", "SPECIALTY"), ("Smile Studio Family Dentistry", "SPECIALTY"), ("cleaning", "PROCEDURE")],
     ["dental"], "Decision 1 and 8: a dental practice's name and credential, plus 'your next cleaning', reveal the recipient's dental care."),
    ("ck0083", "Welcome to the practice, Dr. Bianca Ruiz-Holt! Many of you know her from St. Agnes. She'll take over Dr. Feld's patients on 2/1 - your appointments stay the same.",
     "ALLOW", "marketing", "sms", "en",
     [("Dr. Bianca Ruiz-Holt", "PROVIDER"), ("Dr. Feld", "PROVIDER"), ("2/1", "DATE")],
     ["primary-care", "broadcast"], "Providers and a date; the hospital name St. Agnes is not a person."),
    ("ck0084", "Sra. Peña: la Dra. Villalobos ya no consulta en la Clínica de Diabetes del Norte. Su próxima cita del 9 de octubre será con el Dr. Arce, a la misma hora.",
     "REWRITE", "other", "sms", "es",
     [("Peña", "NAME"), ("Dra. Villalobos", "PROVIDER"), ("Diabetes", "CONDITION"), ("9 de octubre", "DATE"), ("Dr. Arce", "PROVIDER")],
     ["primary-care"], "A condition-named clinic keeps the generic words outside (like 'clínica de VIH'); name and condition go."),
)

# ---------------------------------------------------------------- batch 8 (ck0085-ck0096): parking, construction, holiday hours
add(
    ("ck0085", "Labor Day hours: all Westbrook Medical offices are closed Monday. Our nurse line is open 24/7 at 206-555-0145. Regular hours resume Tuesday.",
     "ALLOW", "other", "sms", "en",
     [("206-555-0145", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Look-alike: 'Labor' is the holiday; 24/7 is not a date; the nurse line is the practice's own."),
    ("ck0086", "Happy Labor Day from Hillcrest Family Doctors! We're closed Monday - celebrating 95 years of caring for this town. Need a refill? Request it in the portal and we'll handle it Tuesday.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'95 years' is the practice's anniversary, not an age over 89; 'Labor' is the holiday."),
    ("ck0087", "Horario por Día de Acción de Gracias: cerramos el jueves y el viernes abrimos de 9 a 1. En caso de emergencia llame al 911.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Holiday hours; holidays and weekdays are not dates, 911 is not a phone identifier."),
    ("ck0088", "Parking alert: the Maple Ave garage is closed for resurfacing this week. Patients may park free in Lot D; a shuttle runs every 10 min to the main entrance.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Parking notice; a street name without a number is not an address (decision 6)."),
    ("ck0089", "The Innovation Lab on our 4th floor is hosting a free bike-repair clinic in the parking lot Saturday 10-2. Bring your bike - no appointment needed!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'Lab' and 'clinic' in non-medical senses."),
    ("ck0090", "We have a positive update: the new parking deck opened early! Starting Monday, patients can park on levels 1-3 at no charge. Thanks for your patience during construction.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'positive' is not a result here (contrast with ck0113)."),
    ("ck0091", "Construction notice for our dialysis patients: the north entrance to the Kidney Care Center closes 3/10. Use the south door; your chair times don't change.",
     "REWRITE", "other", "sms", "en",
     [("dialysis", "PROCEDURE"), ("Kidney Care Center", "SPECIALTY"), ("3/10", "DATE")],
     ["dialysis"], "Decision 2: addressed to dialysis patients; treatment and kidney-center name go, the entrance change survives."),
    ("ck0092", "Holiday schedule: we're closed 12/24, 12/25 and 1/1. Anticoagulation clinic patients: if your INR check falls on a closed day, come in 12/23 instead and keep your warfarin dose the same until then.",
     "BLOCK", "care-instructions", "sms", "en",
     [("12/24", "DATE"), ("12/25", "DATE"), ("1/1", "DATE"), ("Anticoagulation", "SPECIALTY"), ("INR", "PROCEDURE"), ("12/23", "DATE"), ("warfarin", "MEDICATION")],
     ["cardiology", "pharmacy"], "Decision 2: holiday hours become a dosing instruction to anticoagulation patients."),
    ("ck0093", "For your infusion appointment Thursday: valet at the Cancer Center entrance is suspended this week due to construction. Use the West garage; wheelchairs are available inside the door.",
     "REWRITE", "reminder", "sms", "en",
     [("infusion", "PROCEDURE"), ("Cancer Center", "SPECIALTY")],
     ["oncology"], "Decision 6: the entrance named for the recipient's own visit reveals cancer care; parking advice survives."),
    ("ck0094", "Aviso de estacionamiento: por obras, la entrada de la calle Olmo estará cerrada hasta el viernes. Use el estacionamiento de la calle Roble, que es gratis para pacientes.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Construction notice; street names without numbers (decision 6)."),
    ("ck0095", "Construction update: jackhammering on the 2nd floor will be loud Mon-Wed mornings. Ms. Albright, since loud noise can trigger your PTSD, we moved your Tuesday visit to our Riverside office, same time. Questions: (971) 555-0192",
     "BLOCK", "other", "sms", "en",
     [("Albright", "NAME"), ("PTSD", "CONDITION"), ("(971) 555-0192", "PHONE")],
     ["behavioral-health", "practice-contact"], "Decision 4: asserts the recipient's diagnosis as the reason for the move."),
    ("ck0096", "Heads up Rhonda - we close early Wed for Thanksgiving, so your Xolair injection is moved to Tue 11/25 at 2:00. Reply C to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("Rhonda", "NAME"), ("Xolair injection", "MEDICATION"), ("11/25", "DATE")],
     ["primary-care"], "Holiday reschedule: name and a biologic (with its form word) go; the new date survives."),
)

# ---------------------------------------------------------------- batch 9 (ck0097-ck0108): system downtime and portal migrations
add(
    ("ck0097", "Scheduled maintenance: the MyHealth portal will be unavailable Sunday 1 AM-5 AM. Messages sent during that time will be delivered afterward. Thank you for your patience.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Downtime notice; times and a weekday only."),
    ("ck0098", "Our phone system is down this morning. To reach us please use portal messaging or stop by the front desk. We expect phones back by noon, sorry for the inconvience.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative", "typo"], "Outage notice with nothing about any patient."),
    ("ck0099", "We're moving to a new patient portal on 11/15! Your current account becomes read-only after that date. Watch your inbox for an activation email from noreply@portal.alderclinic.example.",
     "ALLOW", "portal-notice", "sms", "en",
     [("11/15", "DATE"), ("noreply@portal.alderclinic.example", "EMAIL")],
     ["general", "broadcast", "practice-contact"], "Portal migration broadcast with the practice's own sender address."),
    ("ck0100", "Welcome to our new patient portal! Account created for Harriet Lindqvist, DOB 07/19/1951. Username: hlindqvist51 | Temp password: Sunny-4471. Log in at my.birchhealth.example",
     "BLOCK", "portal-notice", "sms", "en",
     [("Harriet Lindqvist", "NAME"), ("07/19/1951", "DATE"), ("hlindqvist51", "OTHER_ID"), ("my.birchhealth.example", "URL")],
     ["general", "dob"], "Full date of birth with the name (README). Decision 7: the name-derived username is OTHER_ID; the temporary password is not labelled."),
    ("ck0101", "Your activation code for the new Juniper Health portal is 482 913. Enter it at https://my.juniperhealth.example/activate within 24 hours. Never share this code.",
     "ALLOW", "portal-notice", "sms", "en",
     [("https://my.juniperhealth.example/activate", "URL")],
     ["general", "otp", "practice-contact"], "Decision 7: a one-time activation code is not an identifier of the patient; the portal link has no parameters."),
    ("ck0102", "Hi Dmitri, finish moving your account to our new portal here: https://portal.sagebrushmed.example/migrate?uid=7730412&token=kP9zQ2 (link expires in 72 hrs)",
     "REWRITE", "portal-notice", "sms", "en",
     [("Dmitri", "NAME"), ("https://portal.sagebrushmed.example/migrate?uid=7730412&token=kP9zQ2", "URL")],
     ["general"], "Name and a tokened, user-specific link go; the migration prompt survives with the plain portal address."),
    ("ck0103", "Due to an EHR outage we couldn't send your sertraline 100 mg refill to Elm Street Pharmacy today. It will go out first thing tomorrow. Sorry for the delay!",
     "REWRITE", "other", "sms", "en",
     [("sertraline 100 mg", "MEDICATION")],
     ["pharmacy", "behavioral-health"], "Medication name and strength in a refill-delay notice go (like a pickup notice); generic pharmacy name stays."),
    ("ck0104", "Subject: Planned system upgrade this weekend\n\nDear Lakeside Family Practice patients,\n\nOur electronic health record will be offline from Saturday at 6 PM until Sunday at 6 AM while we install an upgrade. During that window the patient portal, online scheduling and prescription requests will be unavailable. Messages you send before the outage will be answered Monday.\n\nOur Saturday walk-in hours are not affected, and blood draws will continue as usual, although new results may take an extra day to appear in the portal.\n\nIf you have an urgent need while systems are down, call (608) 555-0111 and the on-call clinician will help you. For emergencies, always call 911.\n\nThank you for bearing with us,\nLakeside Family Practice IT & Operations",
     "ALLOW", "portal-notice", "email", "en",
     [("(608) 555-0111", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Long downtime e-mail to all patients; 'results' with no test named and no value."),
    ("ck0105", "Estamos cambiando de portal. A partir del 3 de marzo entre a https://portal.clinicaelsol.example con su correo electrónico. Sus mensajes y resultados anteriores pasarán automáticamente.",
     "ALLOW", "portal-notice", "sms", "es",
     [("3 de marzo", "DATE"), ("https://portal.clinicaelsol.example", "URL")],
     ["general", "broadcast", "practice-contact"], "Portal migration broadcast; 'resultados' with no test or value."),
    ("ck0106", "Coumadin clinic notice: our INR meter software went down, so your reading wasn't logged today. It was 3.6 - skip tonight's warfarin and we'll recheck Friday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Coumadin", "MEDICATION"), ("INR", "PROCEDURE"), ("3.6", "RESULT"), ("warfarin", "MEDICATION")],
     ["cardiology", "pharmacy"], "A downtime notice that carries a result and a dosing instruction."),
    ("ck0107", "Our lab interface is down. If you had blood drawn Tuesday or Wednesday, results may take 2-3 extra days to post to your portal. No need to call.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Interface outage: blood draw and results are generic, no test or value."),
    ("ck0108", "Members of the Bridges IOP: starting Monday, group check-ins move from the old app to our new portal. Your counselor will help you log in at Tuesday's group.",
     "REWRITE", "portal-notice", "sms", "en",
     [("IOP", "PROCEDURE"), ("counselor", "SPECIALTY")],
     ["behavioral-health", "substance-use"], "Decision 2, 8 and 11: a notice to members of an intensive outpatient program; program and counselor role go, the portal move survives."),
)

# ---------------------------------------------------------------- batch 10 (ck0109-ck0120): what must not go by text, disguised and plain
add(
    ("ck0109", "Update from Dr. Frost's office: due to the snow your visit moved to Mon. Good news - your bi\u043epsy came back n\u0435gative for cancer.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Frost", "PROVIDER"), ("bi\u043epsy", "PROCEDURE"), ("n\u0435gative", "RESULT"), ("cancer", "CONDITION")],
     ["dermatology", "negation"], "Cyrillic look-alike letters hide a biopsy result in a snow-reschedule text; a negative result is still a result."),
    ("ck0110", "Snow closure: your 8 AM visit is moved to Thursday. Your H\u200bI\u200bV viral load was undetectable - keep taking Biktarvy once a day.",
     "BLOCK", "result", "sms", "en",
     [("H\u200bI\u200bV viral load", "PROCEDURE"), ("undetectable", "RESULT"), ("Biktarvy", "MEDICATION")],
     ["hiv-sexual-health"], "Zero-width characters split 'HIV'; a result and a dosing instruction follow the reschedule (decision 11: one PROCEDURE span)."),
    ("ck0111", "Sra. Montoya: por la tormenta, la diálisis de su papá, Don Aurelio, pasa al miércoles a las 6 am. Que no tome más de un litro de líquidos hasta entonces.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Montoya", "NAME"), ("diálisis", "PROCEDURE"), ("Aurelio", "NAME")],
     ["dialysis", "third-party"], "Decision 10: a relative's dialysis is a third party's health, and a fluid restriction follows."),
    ("ck0112", "Buenas noticias, tenemos una actualización positiva: su prueba de hepatitis C salió negativa, así que la Dra. Roldán canceló la cita de seguimiento del viernes.",
     "BLOCK", "result", "sms", "es",
     [("prueba de hepatitis C", "PROCEDURE"), ("negativa", "RESULT"), ("Dra. Roldán", "PROVIDER")],
     ["lab", "negation"], "Look-alike turned real: 'actualización positiva' is harmless, the negative hepatitis C result is not."),
    ("ck0113", "A positive update from Lakeside Clinic: your pregnancy test was positive! Dr. Kerr has moved your first OB visit up to 2/20.",
     "BLOCK", "result", "sms", "en",
     [("pregnancy test", "PROCEDURE"), ("test was [[positive]]", "RESULT"), ("Dr. Kerr", "PROVIDER"), ("OB", "SPECIALTY"), ("2/20", "DATE")],
     ["reproductive"], "The first 'positive' is figurative, the second is the result (contrast with ck0090)."),
    ("ck0114", "Aviso: la clínica cierra por las fiestas de fin de año. Si se le acaba la prednisona antes, tome 10 mg diarios hasta su cita del 29 de diciembre con el Dr. Salas.",
     "BLOCK", "care-instructions", "sms", "es",
     [("prednisona", "MEDICATION"), ("29 de diciembre", "DATE"), ("Dr. Salas", "PROVIDER")],
     ["primary-care"], "Decision 5: a holiday-closure notice that carries a dose instruction."),
    ("ck0115", "Hola Sr. Galindo, por el apagón cancelamos la cita de Valeria de hoy. Recuerde que no debe suspender la sertralina; si tiene ideas de hacerse daño, llamen al 988.",
     "BLOCK", "other", "sms", "es",
     [("Galindo", "NAME"), ("Valeria", "NAME"), ("sertralina", "MEDICATION"), ("ideas de hacerse daño", "CONDITION")],
     ["behavioral-health", "minor", "third-party"], "A dependent's medication and self-harm risk sent to the parent (README third-party convention); 988 is not a phone identifier."),
    ("ck0116", "Para activar su cuenta en el nuevo portal, confirme por este medio su número de Seguro Social 078-05-1120 y su fecha de nacimiento 02/11/1968, Sr. Herrera.",
     "BLOCK", "portal-notice", "sms", "es",
     [("078-05-1120", "SSN"), ("02/11/1968", "DATE"), ("Herrera", "NAME")],
     ["general", "dob"], "A portal migration asking for an SSN by text, with the full date of birth and the name."),
    ("ck0117", "Subject: Changes to your care team at Fairhaven Medical Group\n\nDear Mr. Kowalski,\n\nAs you may have heard, Dr. Everly is moving out of state and will see her last patients on Friday, May 29. We want to make sure nothing falls through the cracks, so a nurse reviewed each of her patients' charts this week.\n\nYour next visit has been moved to June 4 at 9:20 AM with Dr. Castellano, who is accepting Dr. Everly's patients. Dr. Everly also asked us to let you know that your last PSA was 6.8, up from 4.1 in the spring, and she has placed a referral to urology so this can be looked at more closely. The urology office will call you within a week.\n\nIf you have questions, reply to this message or call (651) 555-0153.\n\nSincerely,\nPatient Access, Fairhaven Medical Group",
     "BLOCK", "other", "email", "en",
     [("Kowalski", "NAME"), ("Dr. Everly", "PROVIDER", 0), ("May 29", "DATE"), ("June 4", "DATE"), ("Dr. Castellano", "PROVIDER"), ("Dr. Everly", "PROVIDER", 1), ("Dr. Everly", "PROVIDER", 2), ("PSA", "PROCEDURE"), ("6.8", "RESULT"), ("4.1", "RESULT"), ("urology", "SPECIALTY", 0), ("urology", "SPECIALTY", 1), ("(651) 555-0153", "PHONE")],
     ["primary-care", "practice-contact"], "Results buried in a long provider-departure e-mail."),
    ("ck0118", "Hi Gloria, the snow closed Alder Hospice's office, but your husband Frank's nurse visit is still on for today. She'll bring more morphine for his pain.",
     "BLOCK", "other", "sms", "en",
     [("Gloria", "NAME"), ("Alder Hospice", "SPECIALTY"), ("Frank", "NAME"), ("morphine", "MEDICATION"), ("pain", "CONDITION")],
     ["home-health", "third-party"], "Decision 10: a spouse's hospice care, medication and symptom are a third party's health."),
    ("ck0119", "You missed your scheduled UDS at Clearpath Recovery on 7/9. Your last screen was positive for fentanyl; per your treatment agreement please call 541-555-0171 today.",
     "BLOCK", "other", "sms", "en",
     [("UDS", "PROCEDURE"), ("Clearpath Recovery", "SPECIALTY"), ("7/9", "DATE"), ("positive", "RESULT"), ("fentanyl", "MEDICATION"), ("541-555-0171", "PHONE")],
     ["substance-use", "practice-contact"], "No-show notice that discloses a drug-screen result (Part 2)."),
    ("ck0120", "Your follow-up with Dr. Nasser is now in Room 3B. He wants to discuss the MRI, which confirmed a torn rotator cuff, and whether you'll need surgery.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Nasser", "PROVIDER"), ("MRI", "PROCEDURE"), ("torn rotator cuff", "CONDITION")],
     ["orthopedics", "imaging"], "A room change that states an imaging finding."),
)

# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "ck", "probe86.jsonl")
