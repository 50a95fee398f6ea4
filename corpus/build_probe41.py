#!/usr/bin/env python3
"""Build corpus/probe41.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe41.py [OUT] [-v]   (default: probe41.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only; the engine was not run
and no other corpus's messages, source code or tests were read).

This round is MESSAGES THAT ARE NOT ABOUT ONE PATIENT — staff and shift notices, vendor and IT
alerts, marketing and newsletters, community health fairs, closures and weather notices, job and
volunteer posts, policy and privacy notices, health tips, research-study recruitment and templates
for generic broadcasts — mixed with LOOK-ALIKES that do reveal something about a person (a staff
huddle naming a patient's result, an interface alert carrying a potassium value, a newsletter
"patient spotlight", a health-fair follow-up with numbers, a closure notice with dosing advice, a
merge-preview test send, a breach letter naming the visit type, targeted study invitations).
About 12% Spanish; 4 disguised messages (leet, zero-width, Cyrillic look-alike, dotted letters).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  D1 a specialty-revealing SENDER name (practice, clinic, program) is SPECIALTY and the line is
     REWRITE in every message type — broadcasts, newsletters, events, job posts, closures —
     because Redactor only sees messages sent to patients, and the sender on a lock screen shows
     the recipient's relationship to that service; words in the same message that name the same
     specialty (a role such as "embryologist") are labelled too;
  D2 from a GENERIC sender, clinical words that describe an offer, event, tip, job, policy or
     study open to everyone ("free HIV testing at the fair", "people with asthma should...",
     "adults with type 2 diabetes may qualify", "NICU cuddlers", "oncology unit" in a visitor
     policy) are not labelled and the line is ALLOW — README's broadcast rule extended from
     services to conditions, tips, jobs and recruitment;
  D3 targeted wording ("based on your medical record", "since you're in our asthma program",
     "your screening at the fair") turns the same words into facts about the recipient: they are
     labelled and the line is REWRITE (BLOCK when a value, finding or instruction is the message);
  D4 workforce named in staff/volunteer traffic (a nurse offered a shift, a volunteer, a
     coordinator given as contact, a sender) is PROVIDER and allowed, extending README's "staff
     member named as the sender"; an employee's or applicant's OWN health item is treated as a
     patient's: a screening due is REWRITE, a result is BLOCK; an all-staff mandate is a broadcast;
  D5 staff-to-staff notes naming a patient: logistics only -> REWRITE (the name goes); any health
     content about that patient -> BLOCK (third party); an automated IT/interface alert carrying
     an MRN and a lab value -> BLOCK;
  D6 patient stories, spotlights and donor newsletters naming a person with a diagnosis or
     treatment are BLOCK whatever consent may exist (the engine cannot see consent); a named
     birthday greeting with an age over 89 and nothing clinical is REWRITE;
  D7 a breach / privacy-incident notice listing data TYPES ("names, phone numbers, appointment
     dates") is ALLOW; one naming the recipient's visit type is REWRITE;
  D8 the recipient's OWN phone number echoed back ("recorded for 503-555-0124") is labelled PHONE
     and the line is REWRITE (an identifier that is not needed), unlike the practice's number;
  D9 a public event's venue address and a charity's mailing address are treated like the
     practice's own address (ADDRESS, allowed, tag practice-contact);
  D10 promotional/referral codes are not labelled (like confirmation codes); a research
     participant number is OTHER_ID;
  D11 "did not pass" / "NOT immune" are RESULT spans next to the value they summarise; a
     weight-loss program name, a cancer registry name and a "Memory Clinic" are SPECIALTY;
  D12 purposes: staff, IT, closure and policy notices -> other (reminder when an appointment is
     moved); newsletters, fairs, jobs, volunteer and study recruitment -> marketing; portal
     invitations and maintenance -> portal-notice;
  D13 a disguised span covers the text as written (zero-width or Cyrillic letter inside).

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers; the
SSN is a well-known specimen number and the Medicare ID is the published example format.
Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (ar0001-ar0012): staff and shift notices
add(
    ("ar0001", "ALL STAFF: fire drill Thurs at 10:15. Walk ambulatory pts to the nearest stairwell and meet in the north lot. Do NOT use elevators. Questions -> Facilities.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative", "shorthand"], "Staff broadcast; 'pts' and 'ambulatory' name no one."),
    ("ar0002", "Hi Kayla, you're confirmed for charge nurse 7p-7a Sat 11/8 on 3 West. Reply SWAP if you need coverage. - Staffing Office",
     "ALLOW", "other", "sms", "en",
     [("Kayla", "PROVIDER"), ("11/8", "DATE")],
     ["general", "shorthand"], "D4: a nurse offered a shift is workforce, labelled PROVIDER and allowed; the date is a shift date."),
    ("ar0003", "Team huddle 0700: pt Gloria Fenwick rm 214 on contact precautions, C. diff positive yesterday. Gown + gloves, bleach wipes only pls.",
     "BLOCK", "other", "sms", "en",
     [("Gloria Fenwick", "NAME"), ("C. diff", "CONDITION"), ("positive", "RESULT")],
     ["general", "third-party", "shorthand"], "D5: a staff huddle text carrying a named patient's positive result is a third party's health."),
    ("ar0004", "Subject: North garage closure starting Monday\n\nHi everyone,\n\nThe north parking garage will be closed for resurfacing for about three weeks starting Monday. During the closure:\n\n- Day shift staff should park in the overflow lot past the soccer fields; a shuttle runs every 10 minutes from 5:45 a.m. to 8:30 p.m.\n- Night shift may park on levels 1-2 of the south garage (patient and visitor spaces on levels 3-4 must stay open).\n- Badge access at the east entrance stays on 24/7.\n\nPlease allow extra time, carpool if you can, and never park in the ambulance bay, not even for a minute. Thanks for your patience!\n\nFacilities & Security\nRiverstone Health",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Long staff memo; levels, times and 24/7 are not identifiers or dates."),
    ("ar0005", "Employee Health: our records show your annual TB skin test is due by 10/31. Walk-ins Mon-Thu 7-9am, Bldg C rm 110.",
     "REWRITE", "reminder", "sms", "en",
     [("TB skin test", "PROCEDURE"), ("10/31", "DATE")],
     ["primary-care", "contrast"], "D4: the employee's own screening is treated like a patient's own test: the test name goes, the due date stays."),
    ("ar0006", "Reminder: all workforce members must get this season's flu vaccine or file a declination form by Nov 15. Anyone who misses the deadline must mask in patient areas. Questions: employeehealth@mercyvalley.example",
     "ALLOW", "other", "email", "en",
     [("Nov 15", "DATE"), ("employeehealth@mercyvalley.example", "EMAIL")],
     ["general", "broadcast", "practice-contact", "contrast"], "D4: an all-staff mandate is a broadcast; the e-mail is the organisation's own."),
    ("ar0007", "Marcus here - can anyone cover my Tues clinic 1-5? Also FYI Mr. Halvorsen's INR was 4.8 this am, I held his warfarin, pls recheck Thurs",
     "BLOCK", "other", "sms", "en",
     [("Marcus", "PROVIDER"), ("Halvorsen", "NAME"), ("INR", "PROCEDURE"), ("4.8", "RESULT"), ("warfarin", "MEDICATION")],
     ["primary-care", "third-party", "shorthand"], "D4/D5: a shift-swap text from a clinician (PROVIDER) that carries a named patient's value and a held dose."),
    ("ar0008", "Night shift update: census 22, two call-outs. Float pool RN arriving at 2300. After 9pm badge in at the east entrance only.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Census counts and military times look like values but describe no one."),
    ("ar0009", "Aviso al personal: la junta mensual se pasa al miércoles a las 12:30 en la sala B. Y ojo: la paciente Yolanda Serrano (cama 6) es alérgica a la penicilina y tiene hepatitis C, usen precauciones.",
     "BLOCK", "other", "sms", "es",
     [("Yolanda Serrano", "NAME"), ("penicilina", "MEDICATION"), ("hepatitis C", "CONDITION")],
     ["general", "third-party"], "D5: a staff meeting notice that adds a named patient's allergy and diagnosis."),
    ("ar0010", "Front desk: pls call Mrs. Delacroix back re: rescheduling her 2:40 - she left a VM at 9:05, says Thursday works better.",
     "REWRITE", "other", "sms", "en",
     [("Delacroix", "NAME")],
     ["primary-care", "shorthand"], "D5: staff note naming a patient with logistics only; the name goes, nothing clinical is present."),
    ("ar0011", "Pharmacy alert: Rx for oxycodone 10mg for Raymond Tully, DOB 04/17/1961, flagged by PDMP (3 prescribers in 30 days). Do not fill - call Dr. Osei.",
     "BLOCK", "other", "sms", "en",
     [("oxycodone 10mg", "MEDICATION"), ("Raymond Tully", "NAME"), ("04/17/1961", "DATE"), ("Dr. Osei", "PROVIDER")],
     ["pharmacy", "third-party", "dob"], "Full DOB with a name, plus a third party's controlled-substance history."),
    ("ar0012", "Hello, this message is for Lorraine. Because of the snow, your cardiac stress test tomorrow is moved to Friday at 8 a.m. Remember to stop your metoprolol 24 hours before the test. Call us at 555-0126 with questions.",
     "BLOCK", "reminder", "voice", "en",
     [("Lorraine", "NAME"), ("cardiac stress test", "PROCEDURE"), ("metoprolol", "MEDICATION"), ("555-0126", "PHONE")],
     ["cardiology", "practice-contact"], "A weather reschedule that also gives a medication-hold instruction: dosing instructions are BLOCK; voice is treated like SMS."),
)

# ---------------------------------------------------------------- batch 2 (ar0013-ar0024): vendor and IT alerts, breach notices
add(
    ("ar0013", "[AUTO] Interface engine alert: outbound ORU^R01 failed for MRN 66120473 (Potassium 6.1 H) at 03:12. Please resend from LIS. - Integration Team",
     "BLOCK", "other", "email", "en",
     [("66120473", "MRN"), ("Potassium", "PROCEDURE"), ("6.1", "RESULT"), ("6.1 [[H]]", "RESULT")],
     ["lab", "identifier"], "D5: an automated IT alert that carries a patient's MRN and a critical lab value with its flag."),
    ("ar0014", "Heads up: we've seen e-mails pretending to be from “Patient Billing” that ask you to confirm your password or card number. We will never ask for either by e-mail or text. Don't click the link - forward the message to security@riverstonehealth.example and delete it.",
     "ALLOW", "other", "email", "en",
     [("security@riverstonehealth.example", "EMAIL")],
     ["general", "broadcast", "practice-contact"], "Phishing warning to everyone; the address is the organisation's own."),
    ("ar0015", "Your HealthHub verification code is 481902. Do not share it with anyone. If you didn't request it, you can ignore this text.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time login code is not an identifier of the patient."),
    ("ar0016", "Apex Medical Supply: the CPAP you rent (serial AX99237741) is due for a filter & tubing replacement. Reply Y to ship at no cost.",
     "REWRITE", "other", "sms", "en",
     [("CPAP", "PROCEDURE"), ("AX99237741", "DEVICE_ID")],
     ["home-health", "identifier"], "Vendor supply alert: the device type reveals a condition and the serial is a device identifier; the reorder purpose survives."),
    ("ar0017", "Security alert from your patient portal: a password reset was requested for Dolores Ybarra (SSN 078-05-1120, DOB 02/09/1954). If this wasn't you, call 503-555-0166 right away.",
     "BLOCK", "other", "email", "en",
     [("Dolores Ybarra", "NAME"), ("078-05-1120", "SSN"), ("02/09/1954", "DATE"), ("503-555-0166", "PHONE")],
     ["general", "dob", "identifier", "practice-contact"], "An IT security alert that carries an SSN and a full DOB with the name."),
    ("ar0018", "Portal maintenance Sun 1-5 AM. Your pathology report from 10/2 will be viewable once we're back up.",
     "REWRITE", "portal-notice", "push", "en",
     [("pathology", "PROCEDURE"), ("10/2", "DATE")],
     ["lab"], "A maintenance notice that names the recipient's pathology report (i.e. a biopsy); 'your results will be viewable' survives."),
    ("ar0019", "Welcome to Lakeshore Medical! Activate your new portal account within 72 hrs: https://portal.lakeshoremed.example/activate?token=Zr82kQp1",
     "REWRITE", "portal-notice", "sms", "en",
     [("https://portal.lakeshoremed.example/activate?token=Zr82kQp1", "URL")],
     ["general", "contrast"], "A link with a token is patient-specific (README): REWRITE."),
    ("ar0020", "Lakeshore Medical: you have a new message. Sign in at https://portal.lakeshoremed.example to read it.",
     "ALLOW", "portal-notice", "sms", "en",
     [("https://portal.lakeshoremed.example", "URL")],
     ["general", "practice-contact", "contrast"], "The practice's own portal address without a token."),
    ("ar0021", "Laboratorio Central: su resultado de glucosa en ayunas es 186 mg/dL. Comuníquese con su médico para revisarlo. No responda a este mensaje.",
     "BLOCK", "result", "sms", "es",
     [("glucosa en ayunas", "PROCEDURE"), ("186 mg/dL", "RESULT")],
     ["lab"], "A vendor's automated lab text that carries the value itself."),
    ("ar0022", "Fax server was down 2-4pm. The referral for Janelle Ortiz to cardiology may not have gone through - please resend to (541) 555-0187. Thx, Front Office",
     "REWRITE", "other", "sms", "en",
     [("Janelle Ortiz", "NAME"), ("cardiology", "SPECIALTY"), ("(541) 555-0187", "FAX")],
     ["cardiology", "practice-contact"], "D5: IT outage note naming a patient and a specialty referral (logistics, no finding): name and specialty go, the office fax stays."),
    ("ar0023", "Subject: Notice of a data security incident\n\nDear Patient,\n\nWe are writing to tell you about an incident at ReminderWorks, a vendor that sends our appointment reminders. On September 18 the vendor learned that an unauthorized person accessed one of its servers. The information involved may have included names, phone numbers and appointment dates and times. Social Security numbers, insurance details and medical records were NOT involved.\n\nWe have stopped using the affected server and the vendor has added new safeguards. You do not need to take any action, but please be cautious of unexpected calls or texts.\n\nQuestions? Call our dedicated line at 1-888-555-0199, Monday through Friday, 8 a.m. to 6 p.m.\n\nSincerely,\nPrivacy Office, Brookhaven Medical Group",
     "ALLOW", "other", "email", "en",
     [("September 18", "DATE"), ("1-888-555-0199", "PHONE")],
     ["general", "broadcast", "practice-contact", "negation", "contrast"], "D7: a breach notice that lists data types only says nothing about the recipient's care."),
    ("ar0024", "Dear Ms. Farrow,\n\nWe are contacting you because your information was part of the ReminderWorks incident described in our earlier letter. For you, the data involved was your name, phone number and the date and type of a past visit (colposcopy, 3/12). No test results were involved. Questions: 1-888-555-0199.",
     "REWRITE", "other", "email", "en",
     [("Farrow", "NAME"), ("colposcopy", "PROCEDURE"), ("3/12", "DATE"), ("1-888-555-0199", "PHONE")],
     ["reproductive", "practice-contact", "contrast"], "D7: the breach letter names the recipient's visit type; name and procedure go, the notice survives."),
)

# ---------------------------------------------------------------- batch 3 (ar0025-ar0036): marketing and newsletters
add(
    ("ar0025", "Your Spring Wellness Newsletter from Oak Hollow Health\n\nIn this issue:\n* 5 small swaps to lower your blood pressure (hint: check the sodium on canned soup labels)\n* Seasonal allergies or a cold? How to tell the difference\n* Why a daily 20-minute walk helps your heart, mood and sleep\n* Recipe of the month: black bean and mango salad\n\nAlso new this spring: evening hours on Tuesdays and Thursdays, and you can now book online without calling.\n\nTo stop receiving our newsletter, reply UNSUBSCRIBE.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "D2: health-education topics in a newsletter from a generic practice say nothing about the recipient."),
    ("ar0026", "Hi Bernadette! Our summer newsletter is out: sunscreen myths, grilling safety & our new Saturday hours. Read it in your inbox or on our site.",
     "REWRITE", "marketing", "sms", "en",
     [("Bernadette", "NAME")],
     ["general"], "A personalised greeting on a broadcast still names the patient; the rest is a broadcast."),
    ("ar0027", "Glow Dermatology & Laser: our summer open house is June 12, 5-7pm - free refreshments, a raffle & 20% off gift cards! RSVP at glowderm.example/rsvp",
     "REWRITE", "marketing", "sms", "en",
     [("Glow Dermatology & Laser", "SPECIALTY"), ("June 12", "DATE"), ("glowderm.example/rsvp", "URL")],
     ["dermatology", "practice-contact"], "D1: a dermatology sender name is specialty-revealing even on a pure marketing broadcast; date and link survive."),
    ("ar0028", "Maple Street Clinic now has Saturday hours! Same-day sick visits 8am-noon. Book online or call 503-555-0112.",
     "ALLOW", "marketing", "sms", "en",
     [("503-555-0112", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Generic practice, hours and its own phone."),
    ("ar0029", "Patient Spotlight\n\nAfter her breast cancer diagnosis last spring, Linda Okafor, a kindergarten teacher from our neighborhood, finished radiation in March and her latest scan shows no evidence of disease. “The infusion nurses became family,” she says. Read Linda's full story on our blog and join us for the Survivors' Brunch on Oct 18.",
     "BLOCK", "marketing", "email", "en",
     [("breast cancer", "CONDITION"), ("Linda Okafor", "NAME"), ("radiation", "PROCEDURE"), ("no evidence of disease", "RESULT"), ("infusion", "PROCEDURE"), ("Linda", "NAME", 1), ("Oct 18", "DATE")],
     ["oncology", "third-party"], "D6: a newsletter story naming a person with her diagnosis, treatment and scan finding; consent is not visible to the engine."),
    ("ar0030", "¡Novedades en Clínica Familiar del Valle! Ya aceptamos más seguros y abrimos los jueves hasta las 7 pm. Para hacer cita llámenos al (956) 555-0134.",
     "ALLOW", "marketing", "sms", "es",
     [("(956) 555-0134", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Generic practice news with its own phone."),
    ("ar0031", "Clearsight Eye Institute: thank you for choosing us for your LASIK last year! Refer a friend this month and you'll both get $100 off. Share your code: CLEAR-REF-22.",
     "REWRITE", "marketing", "email", "en",
     [("Clearsight Eye Institute", "SPECIALTY"), ("LASIK", "PROCEDURE")],
     ["ophthalmology"], "D1/D3: eye-practice name and the recipient's own procedure go; D10: the referral code is a promotion code, not labelled."),
    ("ar0032", "Thank you for the lovely card, Mrs. Sorensen! The whole team is so glad your knee replacement recovery is going well. See you at your next visit!",
     "REWRITE", "other", "sms", "en",
     [("Sorensen", "NAME"), ("knee replacement", "PROCEDURE")],
     ["orthopedics"], "A thank-you note that names the recipient's own surgery; without name and procedure it still reads as a thank-you."),
    ("ar0033", "Happy 94th birthday, Walter! Everyone at Elmwood Primary Care wishes you a wonderful year ahead.",
     "REWRITE", "marketing", "sms", "en",
     [("94th", "AGE"), ("Walter", "NAME")],
     ["primary-care", "age-over-89"], "D6: age over 89 (as an ordinal) and a name; nothing clinical, so REWRITE."),
    ("ar0034", "Got expired or unused medicines at home? Bring them to National Prescription Drug Take Back Day on Saturday, Oct 25, 10am-2pm, at Broadway Community Pharmacy, 2100 NE Broadway St, Portland, OR 97232. Pills, patches and liquids accepted; no needles or inhalers. No questions asked.",
     "ALLOW", "marketing", "email", "en",
     [("Oct 25", "DATE"), ("2100 NE Broadway St, Portland, OR 97232", "ADDRESS")],
     ["pharmacy", "broadcast", "practice-contact"], "Community event at the pharmacy's own address (D9); no recipient data."),
    ("ar0035", "Great work this month! You've lost 14 lbs since joining SlimStart in March. Your next semaglutide injection is due Friday - keep it up!",
     "BLOCK", "marketing", "sms", "en",
     [("14 lbs", "RESULT"), ("SlimStart", "SPECIALTY"), ("semaglutide injection", "MEDICATION")],
     ["primary-care"], "Promotional tone, but a measured value and the recipient's treatment are the message; D11: the weight-loss program name is SPECIALTY."),
    ("ar0036", "Febrero es el Mes del Corazón ❤️ Camine 30 minutos al día, cuide la sal y conozca sus números de presión y colesterol. ¡Su corazón se lo agradecerá!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "D2: heart-health tips for everyone; a month name alone is not a date."),
)

# ---------------------------------------------------------------- batch 4 (ar0037-ar0048): community health fairs and events
add(
    ("ar0037", "FREE Community Health Fair - Sat 9/20, 9am-1pm, Rosewood Community Center. Blood pressure checks, flu shots, free HIV & hep C testing, kids' dental screenings. No appt needed!",
     "ALLOW", "marketing", "sms", "en",
     [("9/20", "DATE")],
     ["general", "broadcast"], "D2: services offered to everyone at a fair are not labelled; only the event date is."),
    ("ar0038", "Free mammograms for uninsured women this Saturday on our mobile van at Eastgate Mall (near the Sears entrance). Walk-ins welcome until 3pm.",
     "ALLOW", "marketing", "sms", "en", [],
     ["imaging", "broadcast", "hard-negative"], "README broadcast rule: a screening offered to all, not the recipient's appointment."),
    ("ar0039", "Thanks for stopping by our booth at the Riverside Health Fair! Your screening results: total cholesterol 248 (high), glucose 131. Please follow up with your doctor.",
     "BLOCK", "result", "sms", "en",
     [("total cholesterol", "PROCEDURE"), ("248", "RESULT"), ("high", "RESULT"), ("glucose", "PROCEDURE"), ("131", "RESULT")],
     ["lab"], "A health-fair thank-you that carries the recipient's values and a flag."),
    ("ar0040", "Hi Esperanza, you're registered for the free diabetes self-management class Tues 10/7 at 6pm, Fairview Library Room B. Reply C to confirm or X to cancel.",
     "REWRITE", "confirmation", "sms", "en",
     [("Esperanza", "NAME"), ("diabetes", "CONDITION"), ("10/7", "DATE")],
     ["primary-care"], "D3: registration for a condition-named class reveals the recipient's condition; name and condition go, the class logistics stay."),
    ("ar0041", "Feria de salud gratis este domingo en el salón de la Iglesia San José: vacunas contra la influenza, toma de presión y pruebas de VIH sin costo. ¡Traiga a toda la familia!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative", "contrast"], "D2: free HIV testing offered to everyone at a fair says nothing about the recipient."),
    ("ar0042", "Sr. Ramírez, gracias por visitarnos en la feria de salud. Su prueba rápida de VIH salió reactiva. Llámenos hoy al (915) 555-0148 para hacerle una prueba de confirmación.",
     "BLOCK", "result", "sms", "es",
     [("Ramírez", "NAME"), ("prueba rápida de VIH", "PROCEDURE"), ("reactiva", "RESULT"), ("(915) 555-0148", "PHONE")],
     ["hiv-sexual-health", "practice-contact", "contrast"], "A fair follow-up carrying a reactive HIV result with the name."),
    ("ar0043", "Harbor Cancer Center invites you to the Harbor Hope 5K on Sun 10/12 at Lakeside Park! Walk, run or cheer. Register free at harborhope5k.example - every dollar supports our patient assistance fund.",
     "REWRITE", "marketing", "email", "en",
     [("Harbor Cancer Center", "SPECIALTY"), ("10/12", "DATE"), ("harborhope5k.example", "URL")],
     ["oncology", "practice-contact"], "D1: the cancer-center sender name reveals the relationship even on a charity-run invitation."),
    ("ar0044", "Reminder: your free skin cancer screening at the Summer Health Fair is Sat 6/14 at 10:20am, booth 7. Please arrive 5 min early.",
     "REWRITE", "reminder", "sms", "en",
     [("skin cancer screening", "PROCEDURE"), ("6/14", "DATE")],
     ["dermatology", "contrast"], "README: the same service as the recipient's own appointment is REWRITE (D3)."),
    ("ar0045", "Hi, this is Lakeview Health calling about our community blood drive this Friday from noon to six in the main lobby. Our records show you were deferred last time for a hemoglobin of 11.9, so please eat an iron-rich meal before you come. Thank you!",
     "BLOCK", "marketing", "voice", "en",
     [("hemoglobin", "PROCEDURE"), ("11.9", "RESULT")],
     ["lab"], "A broadcast-style blood-drive invitation that discloses the recipient's lab value; voice is treated like SMS."),
    ("ar0046", "Dear parent/guardian,\n\nYour child Mateo was screened at the Jefferson Elementary health fair on 9/24. He did not pass the vision screening (right eye 20/70). Please schedule a full eye exam with an eye doctor and return the attached form to the school nurse.",
     "BLOCK", "result", "email", "en",
     [("Mateo", "NAME"), ("9/24", "DATE"), ("did not pass", "RESULT"), ("vision screening", "PROCEDURE"), ("20/70", "RESULT"), ("eye exam", "PROCEDURE"), ("eye doctor", "SPECIALTY")],
     ["pediatrics", "ophthalmology", "minor", "third-party"], "A dependent's screening result sent to the guardian (README: third party's health); D11: 'did not pass' is a RESULT."),
    ("ar0047", "You're invited: Senior Health & Resource Expo\n\nThursday, Nov 6, 10 a.m.-2 p.m.\nGreenfield Senior Center, 450 Maple Ave, Greenfield, OH 45123\n\nFree balance and fall-risk checks, hearing screenings, Medicare Q&A with a benefits counselor, shingles and flu vaccines (bring your card), and a cooking demo on healthy eating on a budget. Light lunch provided; rides available - call 937-555-0115 to reserve a seat.\n\nWe hope to see you there!\nThe Greenfield Family Health team\n\nP.S. Mr. Kowalski - Dr. Brandt asked me to add that your PSA came back at 6.8, so please book a follow-up visit with him soon.",
     "BLOCK", "marketing", "email", "en",
     [("Nov 6", "DATE"), ("450 Maple Ave, Greenfield, OH 45123", "ADDRESS"), ("937-555-0115", "PHONE"), ("Kowalski", "NAME"), ("Dr. Brandt", "PROVIDER"), ("PSA", "PROCEDURE"), ("6.8", "RESULT")],
     ["primary-care", "practice-contact"], "A broadcast invitation (venue address per D9) with a personal P.S. carrying a lab value."),
    ("ar0048", "Sra. Quintero: le recordamos que su hijo Diego tiene su vacuna contra la influenza en la feria escolar el 15 de octubre a las 9 am. Traiga su cartilla de vacunación.",
     "REWRITE", "reminder", "sms", "es",
     [("Quintero", "NAME"), ("Diego", "NAME"), ("vacuna contra la influenza", "PROCEDURE"), ("15 de octubre", "DATE")],
     ["pediatrics", "minor"], "A dependent's routine vaccine logistics with names: REWRITE (README)."),
)

# ---------------------------------------------------------------- batch 5 (ar0049-ar0060): closures and weather notices
add(
    ("ar0049", "Due to Winter Storm Harlan, all Cedar Valley Clinic locations will open at 10 AM today. Stay safe and check our Facebook page for updates.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A storm named like a person is not a patient name."),
    ("ar0050", "Our office will be closed Mon 9/1 for Labor Day. For urgent needs call our after-hours line at (608) 555-0119. For emergencies dial 911.",
     "ALLOW", "other", "sms", "en",
     [("9/1", "DATE"), ("(608) 555-0119", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Closure date and the practice's own line; 911 is not a phone identifier."),
    ("ar0051", "Snow closure: Brookside Dialysis will run Tuesday's chairs on Wednesday. Arthur, your new chair time is 6:00 AM Wed. Call the unit if you can't make it.",
     "REWRITE", "reminder", "sms", "en",
     [("Brookside Dialysis", "SPECIALTY"), ("Arthur", "NAME")],
     ["dialysis"], "D1: dialysis sender name and the patient's name go; the moved chair time survives."),
    ("ar0052", "Power is out at the clinic until tomorrow. Mrs. Alvarez, since your insulin needs to stay cold, keep it in a cooler with ice, and if your sugar reads over 300 go to the ER.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Alvarez", "NAME"), ("insulin", "MEDICATION")],
     ["primary-care"], "A closure notice that turns into treatment instructions for a named patient."),
    ("ar0053", "Aviso: por la tormenta tropical, la Clínica Comunitaria Las Palmas estará cerrada el jueves 14 de agosto. Le llamaremos para reprogramar su cita. Información: (787) 555-0152.",
     "ALLOW", "other", "sms", "es",
     [("14 de agosto", "DATE"), ("(787) 555-0152", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Closure date and the clinic's own phone; 'su cita' names no visit type."),
    ("ar0054", "Flooding closed our downtown office. Your mammogram on 4/9 will be at our Westfield location instead, same time. Sorry for the hassle!",
     "REWRITE", "reminder", "sms", "en",
     [("mammogram", "PROCEDURE"), ("4/9", "DATE")],
     ["imaging"], "The closure moves the recipient's own procedure: the procedure goes, date and place stay."),
    ("ar0055", "Heat advisory today. Mr. Haddad, because you take furosemide, drink at least 6 glasses of water and if you feel dizzy skip your afternoon dose and call us. Our cooling center is open till 8pm.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Haddad", "NAME"), ("furosemide", "MEDICATION")],
     ["cardiology"], "A weather notice carrying a dosing instruction for a named patient."),
    ("ar0056", "Dear Mr. Pham,\n\nBecause the clinic is closed for the holiday weekend, your methadone take-home doses will be dispensed on Dec 23. Take one 90 mg dose each morning and keep the lockbox in a safe place. The clinic reopens Monday at 6 a.m.",
     "BLOCK", "care-instructions", "email", "en",
     [("Pham", "NAME"), ("methadone", "MEDICATION"), ("Dec 23", "DATE")],
     ["substance-use"], "Holiday closure with Part 2 treatment and dosing for a named patient."),
    ("ar0057", "This is an automated message from Pinecrest Medical Group. Because of icy roads, all of our clinics are closed today, January 9th. If you had an appointment today, our staff will call you to reschedule. Stay safe.",
     "ALLOW", "other", "voice", "en",
     [("January 9th", "DATE")],
     ["general", "broadcast"], "Weather closure broadcast by voice; the date is the closure date."),
    ("ar0058", "Sunny Days Pediatrics is closed tomorrow because of the boil-water notice. We'll call you to reschedule Ava's well-baby visit.",
     "REWRITE", "reminder", "sms", "en",
     [("Sunny Days Pediatrics", "SPECIALTY"), ("Ava", "NAME"), ("well-baby", "PROCEDURE")],
     ["pediatrics", "minor"], "Dependent's logistics with a name, a routine visit type and a pediatric sender name: REWRITE (README, D1)."),
    ("ar0059", "Por el huracán la clínica está cerrada hasta nuevo aviso. Sra. Beltrán, no deje de ponerse la insulina: siga con sus 18 unidades en la noche y revise su azúcar dos veces al día.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Beltrán", "NAME"), ("insulina", "MEDICATION")],
     ["primary-care"], "Hurricane closure plus a dosing instruction for a named patient."),
    ("ar0060", "Infusion suite closed Fri (water main). Ur ch3m0 moved to Mon 11/17 8am, same chair. Call w/ questions.",
     "REWRITE", "reminder", "sms", "en",
     [("Infusion", "PROCEDURE"), ("ch3m0", "PROCEDURE"), ("11/17", "DATE")],
     ["oncology", "leet", "shorthand"], "Leet-disguised chemo in a closure notice; the recipient's own treatment and the infusion suite go, the new date stays."),
)

# ---------------------------------------------------------------- batch 6 (ar0061-ar0072): job and volunteer posts
add(
    ("ar0061", "We're hiring! Cedar Family Medicine needs a bilingual (Spanish/English) medical assistant. Full-time, benefits, no weekends. Apply: careers.cedarfamily.example",
     "ALLOW", "marketing", "sms", "en",
     [("careers.cedarfamily.example", "URL")],
     ["primary-care", "broadcast", "practice-contact"], "Job post from a generic practice with its own careers site."),
    ("ar0062", "Now hiring phlebotomists & lab couriers - $2,000 sign-on bonus! Text JOBS to learn more.",
     "ALLOW", "marketing", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "D2: job titles are not clinical facts about the recipient."),
    ("ar0063", "Jorge, thanks for signing up to volunteer at the Oct 4 flu clinic! Your shift is 8-12. Check in with Sharon at the side entrance; parking in lot C.",
     "ALLOW", "other", "sms", "en",
     [("Jorge", "PROVIDER"), ("Oct 4", "DATE"), ("Sharon", "PROVIDER")],
     ["general"], "D4: a volunteer and the coordinator are workforce (PROVIDER); 'flu clinic' is his shift, not his vaccine (D2)."),
    ("ar0064", "Pacific Oncology Partners is hiring a front-desk coordinator and a patient navigator. Competitive pay, tuition support, no nights. Apply at pop-careers.example.",
     "REWRITE", "marketing", "email", "en",
     [("Pacific Oncology Partners", "SPECIALTY"), ("pop-careers.example", "URL")],
     ["oncology", "practice-contact"], "D1: a job post sent through the patient channel by an oncology practice still shows its name on the recipient's lock screen."),
    ("ar0065", "Join our team! Hartwell Family Clinic is looking for a part-time medical records clerk (20 hrs/wk). Email your resume to hr@hartwellclinic.example by Friday.",
     "ALLOW", "marketing", "email", "en",
     [("hr@hartwellclinic.example", "EMAIL")],
     ["general", "broadcast", "practice-contact"], "Generic practice job post with its own HR address."),
    ("ar0066", "Volunteer with us this fall!\n\nGood Shepherd Medical Center's Volunteer Services team is looking for caring people (16+) to help in roles like:\n- Main lobby greeters and wayfinding escorts\n- Gift shop and coffee cart\n- Pet therapy teams (dog must be certified)\n- NICU cuddlers (after training)\n- Hospice companions and music volunteers\n- Helpers for our Spanish, Vietnamese and ASL interpreters\n\nMost shifts are 4 hours once a week. Orientation is the first Tuesday of every month. Apply online at goodshepherdmc.example/volunteer or call Volunteer Services at 414-555-0138. Thank you for thinking of us!",
     "ALLOW", "marketing", "email", "en",
     [("goodshepherdmc.example/volunteer", "URL"), ("414-555-0138", "PHONE")],
     ["general", "broadcast", "practice-contact"], "D2: NICU and hospice are volunteer roles offered to all, not facts about the recipient."),
    ("ar0067", "Re: your application - before your start date we need proof of immunity. Your titer results show you are NOT immune to measles (IgG negative). Please get an MMR booster at Employee Health and send us the record.",
     "BLOCK", "result", "email", "en",
     [("titer", "PROCEDURE"), ("NOT immune", "RESULT"), ("measles", "CONDITION"), ("IgG", "PROCEDURE"), ("negative", "RESULT"), ("MMR booster", "PROCEDURE")],
     ["lab"], "D4: an applicant's own lab result is treated like a patient's result (BLOCK); D11: 'NOT immune' is a RESULT."),
    ("ar0068", "Volunteer drivers needed! Help neighbors get to dialysis and chemo appointments. Mileage reimbursed. Call Ruth at (412) 555-0163 to sign up.",
     "ALLOW", "marketing", "sms", "en",
     [("Ruth", "PROVIDER"), ("(412) 555-0163", "PHONE")],
     ["home-health", "broadcast", "practice-contact"], "D2: the treatments describe the volunteer job, not the recipient; D4: the coordinator is workforce."),
    ("ar0069", "Hi Denise, for Thursday's friendly visits please bring the large-print crossword books for Mr. Corbett in room 12 - he asked for you by name!",
     "REWRITE", "other", "sms", "en",
     [("Denise", "PROVIDER"), ("Corbett", "NAME")],
     ["home-health"], "D4/D5: the volunteer is workforce; the resident's name goes, nothing clinical is stated."),
    ("ar0070", "Career Fair Thursday 3-6pm in the Main Atrium: nursing, imaging, pharmacy and lab roles. Bring your resume and meet our managers!",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "D2: department names as job areas reveal nothing about the recipient."),
    ("ar0071", "Pre-employment drug screen - Trevor Lindqvist: POSITIVE for THC and amphetamines. Offer on hold pending MRO review. Do not forward.",
     "BLOCK", "other", "email", "en",
     [("drug screen", "PROCEDURE"), ("Trevor Lindqvist", "NAME"), ("POSITIVE", "RESULT"), ("THC", "MEDICATION"), ("amphetamines", "MEDICATION")],
     ["substance-use", "third-party"], "A named candidate's drug-screen result circulated among staff (D4/D5)."),
    ("ar0072", "Volunteers: Saturday's vaccine clinic still needs 6 people for registration and interpreting. Email Marisol at volunteers@saludparatodos.example if you can help!",
     "ALLOW", "other", "sms", "en",
     [("Marisol", "PROVIDER"), ("volunteers@saludparatodos.example", "EMAIL")],
     ["general", "broadcast", "practice-contact"], "D4: the coordinator is workforce; the address is the organisation's own."),
)

# ---------------------------------------------------------------- batch 7 (ar0073-ar0084): policy and privacy notices
add(
    ("ar0073", "Subject: We've updated our Notice of Privacy Practices\n\nDear Patient,\n\nOak Hollow Health has updated its Notice of Privacy Practices, effective January 1. The notice explains how we may use and share your health information and your rights: to see and get a copy of your records, to ask us to correct them, to request limits on what we share, and to get a list of certain disclosures. The update adds new protections for reproductive health care information and explains how we handle substance use disorder records.\n\nRead the full notice at https://www.oakhollowhealth.example/privacy or ask for a paper copy at any front desk. Questions? Contact our Privacy Officer at (503) 555-0177 or privacy@oakhollowhealth.example.",
     "ALLOW", "other", "email", "en",
     [("January 1", "DATE"), ("https://www.oakhollowhealth.example/privacy", "URL"), ("(503) 555-0177", "PHONE"), ("privacy@oakhollowhealth.example", "EMAIL")],
     ["general", "broadcast", "practice-contact"], "D2: the NPP names categories of records for everyone; contact details are the practice's own."),
    ("ar0074", "Reply STOP to opt out of text reminders or HELP for help. Msg & data rates may apply. We never send test results by text.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "negation"], "Opt-out boilerplate; 'test results' is negated and generic."),
    ("ar0075", "Starting March 1 we'll require a $25 deposit for new-patient visits. Mr. Ivers, FYI your account 55-901233 has a $40 credit that will be applied automatically.",
     "REWRITE", "billing", "sms", "en",
     [("March 1", "DATE"), ("Ivers", "NAME"), ("55-901233", "ACCOUNT")],
     ["general", "identifier"], "A policy broadcast with a personal add-on: name and account number go, the policy and credit survive."),
    ("ar0076", "Ms. Greenberg, as you requested, we have restricted disclosures to your health plan about your visits to our HIV clinic. This takes effect today.",
     "REWRITE", "other", "sms", "en",
     [("Greenberg", "NAME"), ("HIV", "CONDITION")],
     ["hiv-sexual-health"], "A privacy-restriction confirmation that names the clinic type (condition as clinic label, README); the confirmation survives without it."),
    ("ar0077", "We received your request to release records to Whitaker & Cole LLP. The packet includes: psych eval 3/3, bipolar I dx, lithium levels. Please sign the attached authorization.",
     "BLOCK", "other", "email", "en",
     [("psych eval", "PROCEDURE"), ("3/3", "DATE"), ("bipolar I", "CONDITION"), ("lithium", "MEDICATION")],
     ["behavioral-health", "shorthand"], "A release-of-information notice that lists a diagnosis and treatment: the findings are the message."),
    ("ar0078", "Asunto: Aviso de Prácticas de Privacidad actualizado\n\nEstimado(a) paciente:\n\nLe informamos que el Centro de Salud La Esperanza actualizó su Aviso de Prácticas de Privacidad. En él se explica cómo usamos y compartimos su información médica y cuáles son sus derechos: pedir una copia de su expediente, solicitar correcciones, limitar ciertos usos y recibir una lista de las divulgaciones que hayamos hecho.\n\nPuede leer el aviso completo en www.saludlaesperanza.example/privacidad o pedir una copia impresa en recepción. Si tiene preguntas, comuníquese con nuestra Oficina de Privacidad al (559) 555-0181, de lunes a viernes de 8:00 a 5:00.\n\nAtentamente,\nCentro de Salud La Esperanza",
     "ALLOW", "other", "email", "es",
     [("www.saludlaesperanza.example/privacidad", "URL"), ("(559) 555-0181", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Privacy notice for everyone with the clinic's own site and phone."),
    ("ar0079", "Visitor policy update: 2 visitors per patient, 8am-8pm. Masks are required in the NICU and on the oncology unit, and children under 12 may not visit those units.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "D2: unit names in a hospital-wide visitor policy say nothing about the recipient."),
    ("ar0080", "Your consent to receive text messages was recorded on 5/2 for the number 503-555-0124. To change your preferences reply PREFS.",
     "REWRITE", "other", "sms", "en",
     [("5/2", "DATE"), ("503-555-0124", "PHONE")],
     ["general", "identifier"], "D8: the recipient's own number is an identifier that is not needed; the consent notice survives without it."),
    ("ar0081", "Reminder: we will never text you asking for your Social Security number, card details or portal password. If you get a suspicious message, call the office number on your statement.",
     "ALLOW", "other", "push", "en", [],
     ["general", "broadcast", "hard-negative", "negation"], "Mentions SSNs without any number."),
    ("ar0082", "NOTICE: This information has been disclosed to you from records protected by federal confidentiality rules (42 CFR part 2). Re: Kendra Voss, DOB 7/30/1989, enrolled in opioid treatment since 2023; last visit 9/12.",
     "BLOCK", "other", "email", "en",
     [("Kendra Voss", "NAME"), ("7/30/1989", "DATE"), ("opioid treatment", "PROCEDURE"), ("9/12", "DATE")],
     ["substance-use", "dob", "third-party"], "A Part 2 redisclosure notice with a name, full DOB and treatment."),
    ("ar0083", "Ms. Tran, the copy of your records you requested is ready at the front desk. Records from Hilltop Recovery Center need a separate signed consent before we can release them.",
     "REWRITE", "other", "sms", "en",
     [("Tran", "NAME"), ("Hilltop Recovery Center", "SPECIALTY")],
     ["substance-use"], "A records-request notice naming a recovery program: name and program go, the pickup notice survives."),
    ("ar0084", "Sra. Castillo, recibimos su solicitud de copia de su expediente clínico (núm. de expediente 00982174). Puede recogerla en recepción a partir del lunes con identificación oficial.",
     "REWRITE", "other", "sms", "es",
     [("Castillo", "NAME"), ("00982174", "MRN")],
     ["general", "identifier"], "Name and chart number are not needed to say the copy is ready."),
)

# ---------------------------------------------------------------- batch 8 (ar0085-ar0096): health tips and research recruitment
add(
    ("ar0085", "Flu season tip: wash hands for 20 seconds, cover coughs and stay home if you have a fever. Flu shots available now - no appointment needed!",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "README broadcast rule: flu shots available, a tip for everyone."),
    ("ar0086", "Research study: adults 40-75 with type 2 diabetes may qualify for the GLOW-2 study (12 visits, up to $600). Learn more at research.northlake.example/glow2 or call 216-555-0172.",
     "ALLOW", "marketing", "sms", "en",
     [("research.northlake.example/glow2", "URL"), ("216-555-0172", "PHONE")],
     ["primary-care", "broadcast", "practice-contact", "contrast"], "D2: an open recruitment call describes the eligible population, not the recipient."),
    ("ar0087", "Based on your medical record, you may be eligible for a study of a new treatment for type 2 diabetes. Reply INFO or call 216-555-0172 to learn more.",
     "REWRITE", "marketing", "sms", "en",
     [("type 2 diabetes", "CONDITION"), ("216-555-0172", "PHONE")],
     ["primary-care", "practice-contact", "contrast"], "D3: targeted wording makes the condition the recipient's; the invitation survives without it."),
    ("ar0088", "GLOW-2 study update for participant 0417 (Bryce Navarro): your week 12 A1c was 6.9%, down from 8.4% at screening. Great progress! Your next study visit is 1/20.",
     "BLOCK", "result", "email", "en",
     [("0417", "OTHER_ID"), ("Bryce Navarro", "NAME"), ("A1c", "PROCEDURE"), ("6.9%", "RESULT"), ("8.4%", "RESULT"), ("1/20", "DATE")],
     ["primary-care", "identifier"], "A study update carrying values; D10: the participant number is OTHER_ID."),
    ("ar0089", "Sun safety tip from Dr. Aldana: since your biopsy showed basal cell carcinoma, use SPF 50 every day and book a skin check in 3 months.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Aldana", "PROVIDER"), ("biopsy", "PROCEDURE"), ("basal cell carcinoma", "CONDITION"), ("skin check", "PROCEDURE")],
     ["dermatology"], "Phrased as a health tip, but it states the recipient's biopsy finding."),
    ("ar0090", "Wildfire smoke alert: air quality is unhealthy today. Priya, since you're in our asthma program, please limit time outdoors.",
     "REWRITE", "other", "sms", "en",
     [("Priya", "NAME"), ("asthma", "CONDITION")],
     ["primary-care", "contrast"], "D3: enrolment in a condition program is a fact about the recipient; generic advice survives."),
    ("ar0091", "Wildfire smoke alert: air quality is unhealthy today. People with asthma, COPD or heart disease should limit time outdoors. Call 911 for trouble breathing.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative", "contrast"], "D2: conditions named for the general public, not for the recipient."),
    ("ar0092", "Dear Ms. Whitfield,\n\nThank you for taking part in the Family Cancer Registry. As you requested, we are sharing your research result: your genetic test found a pathogenic variant in BRCA2. Please schedule a visit with our genetic counselor to talk about what this means for you and your family.",
     "BLOCK", "result", "email", "en",
     [("Whitfield", "NAME"), ("Family Cancer Registry", "SPECIALTY"), ("genetic test", "PROCEDURE"), ("pathogenic variant in BRCA2", "RESULT"), ("genetic counselor", "SPECIALTY")],
     ["oncology"], "A research result returned by e-mail; D11: a registry name revealing cancer is SPECIALTY."),
    ("ar0093", "Stroke warning signs - BE FAST: Balance, Eyes, Face, Arms, Speech, Time to call 911.",
     "ALLOW", "other", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "D2: health education for everyone."),
    ("ar0094", "You're invited: because you were seen in our Memory Clinic, you may qualify for an Alzheimer's prevention study. Call 608-555-0145 to learn more.",
     "REWRITE", "marketing", "email", "en",
     [("Memory Clinic", "SPECIALTY"), ("Alzheimer's", "CONDITION"), ("608-555-0145", "PHONE")],
     ["general", "practice-contact"], "D3/D11: a targeted invitation naming the clinic that saw the recipient and the condition studied."),
    ("ar0095", "Estudio de investigación: buscamos mujeres de 18 a 45 años con migrañas frecuentes. Compensación de hasta $400. Informes al (305) 555-0193 o en estudios.example.org/migrana.",
     "ALLOW", "marketing", "sms", "es",
     [("(305) 555-0193", "PHONE"), ("estudios.example.org/migrana", "URL")],
     ["general", "broadcast", "practice-contact"], "D2: open recruitment; ages 18-45 are not ages over 89."),
    ("ar0096", "Sr. Morales, gracias por participar en el estudio. Su presión en la visita 3 fue de 162/98, más alta que en la visita anterior. Por favor llame a la coordinadora.",
     "BLOCK", "result", "sms", "es",
     [("Morales", "NAME"), ("presión", "PROCEDURE"), ("162/98", "RESULT")],
     ["cardiology"], "A study thank-you that carries a blood-pressure value."),
)

# ---------------------------------------------------------------- batch 9 (ar0097-ar0108): templates for generic broadcasts
add(
    ("ar0097", "{{practice_name}} will be closed on {{closure_date}} for staff training. For urgent needs call {{practice_phone}}.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Closure template with content-free placeholders only."),
    ("ar0098", "*|PRACTICE_NAME|*: Flu shots are here! Walk in Mon-Fri 8-4 or book at *|BOOKING_URL|*. Reply STOP to opt out.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Mailchimp-style broadcast template; flu shots offered to all."),
    ("ar0099", "Dear Eleanor,\n\n{{practice_name}} is now open Tuesday and Thursday evenings until 7 pm. Book online at {{booking_url}} or call {{practice_phone}}.\n\nWarm regards,\nThe {{practice_name}} team",
     "REWRITE", "marketing", "email", "en",
     [("Eleanor", "NAME")],
     ["general"], "A broadcast template where the greeting was typed in as a literal name instead of a merge field."),
    ("ar0100", "[PracticeName] le informa: a partir del [FechaInicio] atenderemos de lunes a sábado de 8 a 6. Dudas al [PracticePhone].",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Bracket placeholders that carry no patient data."),
    ("ar0101", "${locationName} Behavioral Health: our fall newsletter is here, with tips for better sleep and our new evening hours. Reply STOP to unsubscribe.",
     "REWRITE", "marketing", "email", "en",
     [("Behavioral Health", "SPECIALTY")],
     ["behavioral-health"], "D1: the literal part of the sender name reveals the service even though the location is a placeholder."),
    ("ar0102", "Your lab results from {{visit_date}}: LDL 162 (H), HDL 38 (L). Questions? Reply or call {{practice_phone}}.",
     "BLOCK", "result", "sms", "en",
     [("LDL", "PROCEDURE"), ("162", "RESULT"), ("162 ([[H]])", "RESULT"), ("HDL", "PROCEDURE"), ("38", "RESULT"), ("38 ([[L]])", "RESULT")],
     ["lab"], "Placeholders for the date only; the values and flags are literal."),
    ("ar0103", "%s: our new Eastside office opens %s! Same doctors, more parking. Details: https://www.hollowayfm.example/eastside",
     "ALLOW", "marketing", "sms", "en",
     [("https://www.hollowayfm.example/eastside", "URL")],
     ["general", "broadcast", "practice-contact"], "printf-style template with the practice's own link."),
    ("ar0104", "<<practice_name>> Holiday Newsletter\n\nHappy holidays from all of us! A few reminders as the year wraps up:\n\n* Holiday hours: we close at noon on Christmas Eve and New Year's Eve, and are closed Christmas Day and New Year's Day.\n* Need a refill before the holidays? Request it at least 3 business days ahead through the portal.\n* Winter safety: test your smoke and carbon monoxide alarms, and keep a first-aid kit in the car.\n* Give the gift of health: gift cards for massage and nutrition classes are available at the front desk.\n\nThank you for trusting us with your care this year.\n\nTo unsubscribe, visit <<unsubscribe_link>>.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Holidays are not dates; 'refill' is generic; placeholders carry no patient data."),
    ("ar0105", "<<practice_name>> Anticoagulation Clinic: your INR check is due this week. Call <<practice_phone>> to book.",
     "REWRITE", "recall", "sms", "en",
     [("Anticoagulation Clinic", "SPECIALTY"), ("INR", "PROCEDURE")],
     ["cardiology"], "A recall template whose literal clinic name and test reveal the recipient's treatment."),
    ("ar0106", "Hello, this is {{practice_name}} with an important message for all patients. Our phone system will be down this Saturday from 6 to 10 a.m. for maintenance. Please use the patient portal to send messages. Thank you.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "broadcast", "hard-negative"], "Voice broadcast template, nothing about the recipient."),
    ("ar0107", "TEST SEND - please ignore. Merge preview: Patient: Harriet Olsen | DOB 12/01/1938 | Medicare ID 1EG4-TE5-MK73 | Next appt {{appt_date}}",
     "BLOCK", "other", "email", "en",
     [("Harriet Olsen", "NAME"), ("12/01/1938", "DATE"), ("1EG4-TE5-MK73", "HEALTH_PLAN_ID")],
     ["general", "dob", "identifier"], "A campaign test send that leaked a merge preview: full DOB with name plus a Medicare beneficiary ID."),
    ("ar0108", "{{clinic_name}}: Happy New Year! Our offices reopen on {{reopen_date}} with extended morning hours. Book your annual physical early!",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Annual physical is generic primary care (README)."),
)

# ---------------------------------------------------------------- batch 10 (ar0109-ar0120): disguises, portal, mixed look-alikes
add(
    ("ar0109", "Weather closure: Harbor Women's Center is closed today. Your prenatal ultra\u200bsound at 2:15 will be rescheduled - we'll call you.",
     "REWRITE", "reminder", "sms", "en",
     [("Harbor Women's Center", "SPECIALTY"), ("prenatal ultra\u200bsound", "PROCEDURE")],
     ["reproductive"], "Zero-width space inside the procedure; D13: the span covers it as written. Sender name and procedure go."),
    ("ar0110", "Staff alert: pt Leon Marsh in bay 4 is \u041dIV positive - standard precautions only, and do NOT discuss in the hallway.",
     "BLOCK", "other", "sms", "en",
     [("Leon Marsh", "NAME"), ("\u041dIV", "CONDITION"), ("positive", "RESULT")],
     ["hiv-sexual-health", "third-party", "shorthand"], "Cyrillic En in 'HIV' (D13); a staff alert with a named patient's status is a third party's health."),
    ("ar0111", "Oakline Pharmacy: your P.r.E.P refill is ready for pickup after 3pm. Bring your insurance card.",
     "REWRITE", "pickup", "sms", "en",
     [("P.r.E.P", "MEDICATION")],
     ["pharmacy", "hiv-sexual-health", "spaced", "mixed-case"], "Dotted, mixed-case PrEP in a pickup notice: the medication goes."),
    ("ar0112", "Your lipid panel results from 6/3 are in: LDL 128, HDL 52. Dr. Brennan reviewed them - both are within your goal, no changes needed.",
     "ALLOW", "result", "portal", "en",
     [("lipid panel", "PROCEDURE"), ("6/3", "DATE"), ("LDL", "PROCEDURE"), ("128", "RESULT"), ("HDL", "PROCEDURE"), ("52", "RESULT"), ("Dr. Brennan", "PROVIDER")],
     ["lab", "contrast"], "Channel portal: results may stay (README)."),
    ("ar0113", "Hi Tomás, your colonoscopy on 2/11 found two small polyps, both benign. We recommend a repeat colonoscopy in 5 years. - Dr. Iyer",
     "ALLOW", "result", "portal", "en",
     [("Tomás", "NAME"), ("colonoscopy", "PROCEDURE"), ("2/11", "DATE"), ("two small polyps", "RESULT"), ("benign", "RESULT"), ("colonoscopy", "PROCEDURE", 1), ("Dr. Iyer", "PROVIDER")],
     ["primary-care"], "Channel portal: name, findings and plan may stay (README)."),
    ("ar0114", "Lakeside Fertility Center newsletter: meet our new embryologist and see our updated weekend hours!",
     "REWRITE", "marketing", "push", "en",
     [("Lakeside Fertility Center", "SPECIALTY"), ("embryologist", "SPECIALTY")],
     ["fertility"], "D1: fertility sender name, and a role word naming the same specialty, go; the newsletter notice survives."),
    ("ar0115", "Dear friends of Children's Hope Fund,\n\nThis year your gifts helped 214 families pay for gas, parking and meals during long hospital stays. Families like the Mendozas: their daughter Isabella, 7, was diagnosed with leukemia in June and has just finished her first round of chemotherapy. Her mom, Lucía, told us the meal cards meant she never had to leave Isabella's side.\n\nOur year-end goal is $50,000, and every gift is matched up to $25,000 by the Rivera Foundation. Give online at childrenshopefund.example/give or mail a check to PO Box 4410, Tulsa, OK 74159.\n\nWith gratitude,\nAmelia Stroud, Executive Director",
     "BLOCK", "marketing", "email", "en",
     [("Mendozas", "NAME"), ("Isabella", "NAME"), ("leukemia", "CONDITION"), ("chemotherapy", "PROCEDURE"), ("Lucía", "NAME"), ("Isabella", "NAME", 1),
      ("childrenshopefund.example/give", "URL"), ("PO Box 4410, Tulsa, OK 74159", "ADDRESS"), ("Amelia Stroud", "PROVIDER")],
     ["oncology", "pediatrics", "third-party", "minor", "practice-contact"], "D6: a donor letter naming a child with her diagnosis and treatment; D9: the fund's own mailing address; D4: the signer is workforce."),
    ("ar0116", "Dear TextCare customer,\n\nWe will perform scheduled maintenance on the TextCare messaging platform this Sunday between 1:00 and 3:00 a.m. Eastern. During this window, scheduled reminders will queue and send automatically once the platform is back; two-way replies may be delayed by up to 20 minutes. The web dashboard and API (v2) will be read-only.\n\nNo action is needed on your part. If you use our HL7 interface, your connection will re-establish on its own. For status updates, subscribe to our status page from your admin console.\n\nThank you,\nTextCare Support",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "A vendor maintenance notice to practice admins; version numbers and times are not identifiers."),
    ("ar0117", "Covering for Dr. Sato today: Ms. Quinlan's 3pm is moved to 4pm with Dr. Ferraro in room 6.",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Sato", "PROVIDER"), ("Quinlan", "NAME"), ("Dr. Ferraro", "PROVIDER")],
     ["primary-care"], "D5: a coverage note naming a patient with logistics only; the name goes."),
    ("ar0118", "Boletín de otoño – Clínica San Judas\n\nQueridos pacientes y amigos:\n\nEste mes queremos felicitar a don Aurelio Fuentes, de 91 años, que terminó su rehabilitación cardíaca después del infarto que sufrió en marzo. ¡Ya camina dos kilómetros diarios con su nieta! Su historia nos recuerda que nunca es tarde para cuidarse.\n\nTambién les recordamos que ya llegaron las vacunas contra la influenza y el COVID, sin cita, de lunes a viernes de 8 a 4. Y no se pierdan nuestra clase gratuita de cocina saludable el último sábado del mes.\n\nCon cariño,\nel equipo de Clínica San Judas",
     "BLOCK", "marketing", "email", "es",
     [("Aurelio Fuentes", "NAME"), ("91", "AGE"), ("rehabilitación cardíaca", "PROCEDURE"), ("infarto", "CONDITION")],
     ["cardiology", "third-party", "age-over-89"], "D6: a newsletter congratulating a named patient over 89 on finishing cardiac rehab after a heart attack; the vaccine line is a broadcast (D2)."),
    ("ar0119", "Reminder: we close at 2pm on Christmas Eve and are closed all day Christmas. Happy holidays from all of us at Willow Creek Family Practice!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Holidays are not dates (README)."),
    ("ar0120", "Lost & found: a pill organizer labeled “R. Baptiste - Eliquis” was left in the waiting room, along with a blue umbrella. Call 303-555-0108 to claim.",
     "BLOCK", "other", "sms", "en",
     [("R. Baptiste", "NAME"), ("Eliquis", "MEDICATION"), ("303-555-0108", "PHONE")],
     ["cardiology", "third-party", "practice-contact"], "A lost-and-found broadcast that names a person with a medication: a third party's health."),
)

probe_lib.run(M, "ar", "probe41.jsonl")
