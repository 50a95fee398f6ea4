#!/usr/bin/env python3
"""Build corpus/probe145.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe145.py [OUT] [-v]   (default: probe145.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run,
and no other corpus, test, source file or history was read).
This round is HOSPITAL FOUNDATIONS, FUNDRAISING, GRATEFUL-PATIENT PROGRAMS AND MARKETING: what
foundations, development offices, grateful-patient programs, marketing and community-relations
teams and their e-mail vendors send — donation appeals, gala and golf-outing invitations, tribute
and memorial gifts, patient-story features, thank-you notes after a stay, new-service
announcements, newsletters, service-line marketing, volunteer recruitment, surveys, receipts and
pledge reminders. Messages that reveal the recipient's (or a relative's) care, unit, condition or
service line are mixed with broadcasts to everyone and with look-alikes (the Heart Ball, the Pink
Tie Gala, a hole-in-one prize, stroke play, Giving Tuesday, the Cancer Society's Relay for Life,
a donor named Grant Benefield, a positive-impact breakfast, a 98.7 FM radiothon). 15% Spanish;
4 disguised messages (spaced letters, leet, zero-width characters, Cyrillic look-alikes).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "Mr. [[Dunleavy]]" searches for "Mr. Dunleavy"
      and labels only the bracketed part.
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. A hospital unit or service-line name tied to the recipient's own (or a dependent's) care
     (Cardiac Step-Down Unit, NICU, Burn Unit, Labor & Delivery, Comprehensive Stroke Center,
     Memory Care Center) is one SPECIALTY span and makes the message REWRITE; generic unit names
     (3 West, 5 North, main lobby, information desk) are not labelled.
  2. A sentence that states the recipient has or had a diagnosis ("since your lymphoma
     diagnosis", "as a survivor of breast cancer", "because you were diagnosed with ...") is a
     disclosed diagnosis: BLOCK, even when the purpose is an appeal or an invitation. A condition
     used only as a label inside a program or event name the recipient is invited to ("the stroke
     program", "Cancer Survivors' Brunch") is a CONDITION span like "asthma check": REWRITE.
  3. Broadcasts (README): clinical and service-line words inside event names and service
     announcements sent to everyone (Heart Ball, Pink Tie Gala for mammography, "our new cancer
     center", free skin-cancer screenings) are not labelled; ALLOW. The same service addressed to
     the recipient as their own ("as a patient of our Heart & Vascular Institute") is REWRITE.
  4. Donors, sponsors and a golf pro named in the third person in a broadcast (Grant Benefield,
     Maxine Kearns) are not patients or their family: no span. A name in a salutation to the
     recipient is NAME even when the recipient writes as a donor (the sender cannot tell donor
     from patient; same rule as "Hi Maria,").
  5. Foundation staff, gift officers and callers named as the sender or contact person
     (including "Sister Mary Clare") are workforce: PROVIDER, per the README's staff rule.
  6. Memorial and tribute gifts: a deceased or honoured relative named with no health detail is
     NAME (REWRITE); with a cause of death, condition, treatment or result it is a third party's
     health (BLOCK); with only the unit that cared for them it is REWRITE (the README's
     dependent-logistics rule).
  7. A gift's fund designation ("Cancer Center Patient Assistance Fund", "the Transplant Center's
     family housing fund") records the donor's choice, not their care: not labelled.
  8. Constituent/donor IDs and gift-receipt numbers are OTHER_ID (like invoice numbers); a
     foundation's own tax ID (EIN), a card's last four digits, text-to-give short codes,
     gift-card, pickup and ticket codes are not labelled.
  9. Links: a per-recipient parameter (donor=, id=, r=, an unsubscribe token e=) makes the URL
     patient-specific: URL span, REWRITE. utm_* campaign parameters, the same for every
     recipient, leave it the sender's own URL: ALLOW.
 10. A patient-story feature that names a patient with a condition is BLOCK even when consent is
     mentioned: the engine cannot verify an authorization, and the content is the health story.
 11. A volunteer's own health screening (TB test, flu shot on file) is treated as health data:
     a negative result is still a result (BLOCK).
 12. "Your recent stay" at a generically named hospital, with no unit or service, is as generic
     as "your visit": ALLOW.
 13. The recipient's own e-mail address, phone, emergency contact or mailing address quoted back
     is an identifier not needed for the purpose: REWRITE.
 14. A children's hospital or a "Child Life" team tied to a named child is specialty-revealing
     (pediatrics): SPECIALTY. Cardiac and pulmonary rehabilitation are programs: PROCEDURE.
 15. Purposes: appeals, invitations, newsletters and service-line marketing -> marketing; surveys,
     thank-you notes, memorial acknowledgements and story requests -> other; gift receipts and
     pledge payments -> billing; event-day and volunteer-shift logistics -> reminder; RSVP and
     registration confirmations -> confirmation; a gift-shop order -> pickup.
 16. A day of the month alone for a pledge draft ("scheduled for the 15th") is not a calendar
     date of the patient: not labelled. An observance written as a calendar date ("June 7 is
     National Cancer Survivors Day") is a DATE.
 17. A condition or service word in a gift-card code, short code, pickup code or URL path does
     not get its own span; the whole URL is one URL span (northwind.example/caleb).

Everything is invented: names, hospitals, foundations, 555-01xx numbers, example domains,
identifiers; the SSNs are well-known specimen numbers. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (er0001-er0012): galas, golf, Giving Tuesday, grateful-patient appeals, memorials
add(
    ("er0001", "You're invited to the 32nd annual Heart Ball! Join the Greystone Memorial Hospital Foundation for an evening of dinner, dancing and a live auction. Black tie optional. All proceeds support community health programs across the valley. Reserve your table today - seating is limited.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Gala invitation to everyone; 'Heart Ball' is an event name, not a cardiology visit (decision 3)."),
    ("er0002", "Pink Tie Gala tix are going fast! Sat Oct 17, Riverside Pavilion. Proceeds fund 3D mammography for uninsured women in our county. Get yours: mercyridgefdn.example/pinktie or call 208-555-0147. Reply STOP to opt out",
     "ALLOW", "marketing", "sms", "en",
     [("Oct 17", "DATE"), ("mercyridgefdn.example/pinktie", "URL"), ("208-555-0147", "PHONE")],
     ["imaging", "broadcast", "practice-contact"], "Broadcast: the mammography program is what the gala funds, not the recipient's test (decision 3); the foundation's own link and phone stay."),
    ("er0003", "FORE! Registration is open for the Tamarack Valley Health Foundation Golf Classic at Elk Run Country Club. Shotgun start at 8am, scramble format, lunch on the patio. Sink a hole-in-one on #7 and drive home a new SUV courtesy of Bramwell Motors! Foursomes $1,200, sponsorships available. Every dollar stays local.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Golf outing broadcast: shotgun, hole-in-one and a country club are not clinical or patient locations."),
    ("er0004", "It's #GivingTuesday! Every gift to Pine Hollow Community Hospital made today is DOUBLED thanks to a $50,000 challenge from longtime donor Grant Benefield. Reply GIVE for the link. Reply STOP to opt out.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A donor named in the third person in a broadcast is not a patient (decision 4); 'Grant' is a first name here, not a grant."),
    ("er0005", "Dear Mrs. Whitcombe,\n\nIt has been a few months since your stay with us on the Cardiac Step-Down Unit at Bayhaven Medical Center, and we hope you are feeling stronger every day. Many patients tell us they want to thank the nurses who cared for them. A gift to the Bayhaven Foundation's Nursing Excellence Fund does exactly that - it pays for certification courses and bedside training.\n\nIf you would prefer not to receive fundraising requests from us, call 410-555-0163 and we will honor your wishes.\n\nWith gratitude,\nThe Bayhaven Foundation",
     "REWRITE", "marketing", "email", "en",
     [("Whitcombe", "NAME"), ("Cardiac Step-Down Unit", "SPECIALTY"), ("410-555-0163", "PHONE")],
     ["cardiology", "practice-contact"], "Grateful-patient appeal naming the unit that treated her: the unit is one SPECIALTY span (decision 1); the appeal survives without it and the name."),
    ("er0006", "Hi Tobias - Dr. Osterhout mentioned how well you've done since your lymphoma diagnosis last spring and thought you might like to hear about our Survivor Circle campaign. Could I call you this week? - Maren, Ashgrove Foundation",
     "BLOCK", "marketing", "sms", "en",
     [("Tobias", "NAME"), ("Dr. Osterhout", "PROVIDER"), ("lymphoma", "CONDITION"), ("Maren", "PROVIDER")],
     ["oncology"], "States the recipient's diagnosis; a disclosed diagnosis is BLOCK even in an appeal (decision 2). Maren is the foundation sender (decision 5)."),
    ("er0007", "Have 4 hours a week? Sierra Oaks Medical Center is looking for volunteers for the information desk, the gift shop and our pet therapy program. Teens 16+ welcome. Apply online or stop by the Volunteer Office in the main lobby.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Volunteer recruitment to everyone; 'pet therapy program' and '16+' describe the job, not a patient."),
    ("er0008", "Dear Mr. Dunleavy,\n\nPlease accept our heartfelt condolences. We wanted you to know that 14 gifts have been made to the Northwind Health Foundation in memory of your wife, Aileen Dunleavy. The names of those who gave are listed below; gift amounts are never shared.\n\nWith deepest sympathy,\nRhoda Kemp\nDirector of Donor Relations",
     "REWRITE", "other", "email", "en",
     [("Mr. [[Dunleavy]]", "NAME"), ("Aileen Dunleavy", "NAME"), ("Rhoda Kemp", "PROVIDER")],
     ["general", "third-party"], "Memorial acknowledgement naming the deceased wife with no health detail: names go, the acknowledgement survives (decision 6); the director is the sender (decision 5)."),
    ("er0009", "Lace up! Team Cobalt Springs is walking in the Cancer Society's Relay for Life this Saturday at the Dorsey Park track. Survivors' lap at 6pm. Join our team or donate: cobaltsprings.example/relay",
     "ALLOW", "marketing", "sms", "en",
     [("cobaltsprings.example/relay", "URL")],
     ["oncology", "broadcast", "practice-contact"], "A community event broadcast; the survivors' lap refers to no one in particular (decision 3)."),
    ("er0010", "Sierra Oaks Medical Center: How did we do during your Emergency Department visit on 9/14? Tap to take a 2-min survey: sos.example/s/ed?r=4471AQ Reply STOP to opt out.",
     "REWRITE", "other", "sms", "en",
     [("Emergency Department", "SPECIALTY"), ("9/14", "DATE"), ("sos.example/s/ed?r=4471AQ", "URL")],
     ["urgent-care"], "Survey naming the department of the recipient's visit (decision 1) with a per-recipient link (decision 9); the survey request survives."),
    ("er0011", "Thank you for choosing Lakeshore Regional Hospital. We hope your stay was as comfortable as possible. If anything about your visit could have been better, our patient relations team would like to hear from you at 616-555-0118.",
     "ALLOW", "other", "email", "en",
     [("616-555-0118", "PHONE")],
     ["general", "practice-contact", "contrast"], "A stay at a generically named hospital with no unit or service is as generic as a visit (decision 12)."),
    ("er0012", "Estimada familia Arriaga: Recibimos una donación en memoria de don Efraín Arriaga, quien luchó con valentía contra el cáncer de páncreas en nuestra unidad de oncología. Gracias por permitirnos acompañarlos. Fundación Hospital Santa Clara",
     "BLOCK", "other", "email", "es",
     [("familia [[Arriaga]]", "NAME"), ("Efraín Arriaga", "NAME"), ("cáncer de páncreas", "CONDITION"), ("oncología", "SPECIALTY")],
     ["oncology", "third-party"], "Memorial that states the deceased relative's cause of death: a third party's health (decision 6)."),
)


# ---------------------------------------------------------------- batch 2 (er0013-er0024): newsletters, service-line invitations, patient stories, receipts
add(
    ("er0013", "The Pulse - Spring Newsletter from Fairmont Heights Health\n\nIn this issue:\n- Our new Breast Health Center opens in May with same-week screening\n- Meet the 2026 Heart of Gold award winners: 14 nurses nominated by patients and families\n- Stroke play or scramble? Pick your format for the June golf classic\n- Free blood pressure checks every Tuesday in the main lobby\n- Dietitian's corner: three sheet-pan dinners under $10\n\nThank you for being part of our community. Read the full issue on our website.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Newsletter to everyone: a new service, 'Heart of Gold', 'stroke play' and free BP checks say nothing about the recipient (decision 3)."),
    ("er0014", "Hi Darnell, as someone who's been seen at our Sleep Center, you're invited to a free CPAP mask-fitting clinic on Thursday 3/26, 5-7pm. RSVP by replying YES.",
     "REWRITE", "marketing", "sms", "en",
     [("Darnell", "NAME"), ("Sleep Center", "SPECIALTY"), ("CPAP", "PROCEDURE"), ("3/26", "DATE")],
     ["primary-care"], "Targeted service-line invitation: the sleep center and the device reveal the recipient's care; the invitation survives."),
    ("er0015", "Congratulations to the foursome from Keller & Sons Plumbing, winners of this year's Cardinal Classic! And an ace on #14 by a sponsor from Delgado Roofing earned $10,000 for the pediatric playroom. See you on the links next year!",
     "ALLOW", "marketing", "email", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Golf results broadcast; an ace and a playroom funded for all children reveal no one's care."),
    ("er0016", "Patient Spotlight: When 7-year-old Mateo Ruiz was diagnosed with acute lymphoblastic leukemia two years ago, his family didn't know where to turn. Today, after 26 months of chemotherapy at Willowbrook Children's Hospital, Mateo is in remission and back on the soccer field. Your gift to the Willowbrook Fund helps kids like Mateo get every chance to grow up.",
     "BLOCK", "marketing", "email", "en",
     [("Mateo Ruiz", "NAME"), ("acute lymphoblastic leukemia", "CONDITION"), ("chemotherapy", "PROCEDURE"), ("Willowbrook Children's Hospital", "SPECIALTY"), ("Mateo", "NAME", 1), ("in remission", "RESULT"), ("Mateo", "NAME", 2)],
     ["oncology", "pediatrics", "third-party", "minor"], "A patient story naming a child with diagnosis, treatment and remission status: a third party's health (decision 10)."),
    ("er0017", "Hola Marisol, gracias por confiar en el Centro de Maternidad Meadowlark para el nacimiento de su bebé. Nos encantaría invitarla a nuestro reencuentro de familias el sábado 14 de marzo. Confirme respondiendo SÍ.",
     "REWRITE", "marketing", "sms", "es",
     [("Marisol", "NAME"), ("Centro de Maternidad Meadowlark", "SPECIALTY"), ("nacimiento", "PROCEDURE"), ("14 de marzo", "DATE")],
     ["reproductive"], "A birth-center name and the delivery reveal reproductive care; the invitation survives without them and the name."),
    ("er0018", "Thank you for your gift of $150.00 to the Cobalt Springs Hospital Foundation on December 31. No goods or services were provided in exchange for this contribution. Please keep this email for your tax records. Questions? giving@cobaltsprings.example",
     "ALLOW", "billing", "email", "en",
     [("December 31", "DATE"), ("giving@cobaltsprings.example", "EMAIL")],
     ["general", "practice-contact"], "Gift receipt with the foundation's own e-mail; no name, identifier or care detail."),
    ("er0019", "Gift acknowledgment - Donor: Hollis Marchetti, Constituent ID 0048812, 1187 Wren Hollow Rd, Apt 3, Bexley OH 43209. Gift: $500.00 (credit card ending 4417) on 11/28. Designation: Cancer Center Patient Assistance Fund. Foundation tax ID: 31-5550187.",
     "REWRITE", "billing", "email", "en",
     [("Hollis Marchetti", "NAME"), ("0048812", "OTHER_ID"), ("1187 Wren Hollow Rd, Apt 3, Bexley OH 43209", "ADDRESS"), ("11/28", "DATE")],
     ["general", "identifier"], "Name, constituent ID and home address are not needed in the message (decisions 8, 13); the fund designation, card last four and the foundation's EIN are not labelled (decisions 7, 8)."),
    ("er0020", "Hi Mr. Vance, to finish setting up your charitable gift annuity we need to confirm your SSN (on file as 078-05-1120) and date of birth 02/09/1941. Please reply to confirm or call Planned Giving at 503-555-0129.",
     "BLOCK", "other", "sms", "en",
     [("Vance", "NAME"), ("078-05-1120", "SSN"), ("02/09/1941", "DATE"), ("503-555-0129", "PHONE")],
     ["general", "dob", "identifier"], "An SSN and a full date of birth with the name must never travel by text."),
    ("er0021", "Reminder: your tickets for the Starlight Gala on Saturday, Nov 7 are in your digital wallet. Valet opens at 5:30 at the Grand Terrace Hotel. See you there!",
     "ALLOW", "reminder", "push", "en",
     [("Nov 7", "DATE")],
     ["general"], "Event logistics with a date and a venue; nothing about anyone's health."),
    ("er0022", "Dear Evander,\n\nSix months ago Dr. Mehra and her team performed your knee replacement, and we loved seeing your photos from the Ridgeline trail! If you'd like to say thank you, the Brightwater Foundation's Mobility Fund helps patients who can't afford outpatient rehab after surgery. Even $25 makes a difference.\n\nWarmly,\nThe Brightwater Foundation",
     "REWRITE", "marketing", "email", "en",
     [("Evander", "NAME"), ("Dr. Mehra", "PROVIDER"), ("knee replacement", "PROCEDURE")],
     ["orthopedics"], "Grateful-patient appeal naming the recipient's procedure: the appeal survives without it and the name; the fund's general purpose (rehab for other patients) is not labelled (decision 7)."),
    ("er0023", "¡Gracias, comunidad! Durante el Giving Tuesday recaudamos $84,300 para la nueva sala de urgencias pediátricas del Hospital San Lucas del Valle. Cada dólar cuenta. ¡Nos vemos en la Carrera 5K de la Esperanza!",
     "ALLOW", "marketing", "sms", "es", [],
     ["pediatrics", "broadcast", "hard-negative"], "Broadcast thank-you: a new pediatric ER funded for everyone says nothing about the recipient (decision 3)."),
    ("er0024", "Thank you for staying with us at Greystone Memorial. A reminder from your discharge team: keep taking Eliquis 5 mg twice a day and call us if you notice black stools. P.S. Our foundation's Heart Ball is Feb 14 - hope to see you there!",
     "BLOCK", "other", "email", "en",
     [("Eliquis 5 mg", "MEDICATION"), ("black stools", "CONDITION"), ("Feb 14", "DATE")],
     ["cardiology"], "A thank-you note that carries dosing instructions and a warning symptom: treatment instructions are BLOCK; 'Heart Ball' itself is not labelled."),
)

# ---------------------------------------------------------------- batch 3 (er0025-er0036): radiothon, NICU reunion, physicians' referrals, text-to-give, impact reports
add(
    ("er0025", "Hello, this is Sister Mary Clare calling on behalf of the St. Brendan Medical Center Foundation. Our annual Radiothon for Kids is live this Friday on 98.7 The Breeze. Please tune in, and call 1-800-555-0176 to make your pledge. Thank you, and God bless.",
     "ALLOW", "marketing", "voice", "en",
     [("Sister Mary Clare", "PROVIDER"), ("1-800-555-0176", "PHONE")],
     ["pediatrics", "broadcast", "practice-contact"], "Robocall to everyone; the caller is foundation staff (decision 5) and 98.7 is a radio frequency, not a value."),
    ("er0026", "You're invited! The Willowbrook NICU Reunion Picnic is Sunday, June 7 at Hartley Park. Bring Asher and the whole family - face painting, a bounce house and a chance to reconnect with the nurses who cared for him. RSVP: 614-555-0192",
     "REWRITE", "marketing", "sms", "en",
     [("NICU", "SPECIALTY"), ("June 7", "DATE"), ("Asher", "NAME"), ("614-555-0192", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "A dependent's name with the unit that cared for him (decision 1): REWRITE like a dependent's logistics with a specialty name."),
    ("er0027", "Hi Lorna, thinking of you and Rob. Dr. Feld told us Rob's heart surgery went well and his ejection fraction is back up to 50%. When he's feeling up to it, we'd love to have you both as our guests at the Heart Ball. - Deb, Foundation office",
     "BLOCK", "other", "sms", "en",
     [("Lorna", "NAME"), ("Rob", "NAME"), ("Dr. Feld", "PROVIDER"), ("Rob", "NAME", 1), ("heart surgery", "PROCEDURE"), ("ejection fraction", "PROCEDURE"), ("50%", "RESULT"), ("Deb", "PROVIDER")],
     ["cardiology", "third-party"], "The husband's surgery and a measured value sent to his wife: a third party's health and a result."),
    ("er0028", "Text KIDS to 85944 to give $10 to Willowbrook Children's Hospital. Msg&data rates may apply. Reply HELP for help, STOP to end.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Text-to-give broadcast; the short code is not a phone identifier and the children's hospital is not tied to the recipient (decisions 3, 8)."),
    ("er0029", "Hi Kiyoko, your personalized impact report is ready! See how your 2025 gifts helped patients at Ashgrove: https://give.ashgrove.example/impact?donor=AG-775310&sig=c81f Thank you for being a Founders Circle member.",
     "REWRITE", "marketing", "email", "en",
     [("Kiyoko", "NAME"), ("https://give.ashgrove.example/impact?donor=AG-775310&sig=c81f", "URL")],
     ["general"], "A per-recipient link (donor= parameter) and the name go (decision 9); the report notice survives."),
    ("er0030", "Dear Ms. Okafor, based on your recent A1c of 8.9, you may qualify for the GLIDE research study at Tamarack Valley Health. Participants receive free continuous glucose monitors and $50 per visit. Call the research office at 970-555-0134.",
     "BLOCK", "marketing", "email", "en",
     [("Okafor", "NAME"), ("A1c", "PROCEDURE"), ("8.9", "RESULT"), ("continuous glucose monitors", "PROCEDURE"), ("970-555-0134", "PHONE")],
     ["primary-care", "lab"], "Study recruitment built on the recipient's lab value: a result is the message."),
    ("er0031", "¿Habla inglés y español? El programa de voluntarios del Hospital San Lucas del Valle busca intérpretes comunitarios para acompañar a familias en la sala de espera. Capacitación gratuita. Informes al 956-555-0158.",
     "ALLOW", "marketing", "sms", "es",
     [("956-555-0158", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Volunteer recruitment to everyone with the hospital's own phone."),
    ("er0032", "Please rate your colonoscopy experience at Sierra Oaks Endoscopy Center on 2/3. Your feedback helps us improve! sos.example/survey",
     "REWRITE", "other", "sms", "en",
     [("colonoscopy", "PROCEDURE"), ("Sierra Oaks Endoscopy Center", "SPECIALTY"), ("2/3", "DATE"), ("sos.example/survey", "URL")],
     ["imaging", "practice-contact"], "Survey naming the procedure and a procedure-revealing center; the survey request survives, the generic link stays."),
    ("er0033", "Save the date! The Mercy Ridge Positive Impact Breakfast returns this spring. Hear how your generosity funded a new pharmacy delivery van, two mobile clinic stops and 1,200 free sports physicals for local teens.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "'Positive' is an event name, not a result; the services funded are for everyone."),
    ("er0034", "Sra. Quintero: Gracias por participar en nuestra campaña 'Corazones Agradecidos'. Nos alegra saber que, después de su infarto y la colocación de su stent, ya está caminando 3 km diarios. ¿Nos permite compartir su historia en el boletín?",
     "BLOCK", "other", "sms", "es",
     [("Quintero", "NAME"), ("infarto", "CONDITION"), ("stent", "PROCEDURE")],
     ["cardiology"], "States the recipient's heart attack and stent: a disclosed diagnosis (decision 2); the story request cannot go by text."),
    ("er0035", "Congratulations from all of us at Pine Hollow's Family Birth Center! A little gift from our Auxiliary is on its way to 42 Tanager Ct. Welcome to the world, baby Juniper!",
     "REWRITE", "other", "sms", "en",
     [("Family Birth Center", "SPECIALTY"), ("42 Tanager Ct", "ADDRESS"), ("Juniper", "NAME")],
     ["reproductive", "minor"], "Birth-center name, the family's street address and the baby's name go; the congratulations survive."),
    ("er0036", "Good morning! This is Nadia Petrov, gift officer at the Lakeshore Regional Hospital Foundation. I'd love to give you a tour of the new Healing Garden before the ribbon cutting on 5/19. Would 10am work? My direct line is 317-555-0140.",
     "ALLOW", "marketing", "sms", "en",
     [("Nadia Petrov", "PROVIDER"), ("5/19", "DATE"), ("317-555-0140", "PHONE")],
     ["general", "practice-contact"], "A gift officer named as the sender is workforce (decision 5); date and her direct line are allowed."),
)

# ---------------------------------------------------------------- batch 4 (er0037-er0048): grants, alumni events, memorial funds, seminars, new cancer center
add(
    ("er0037", "The Benefield Family Grant for Rural Health is now accepting applications from community nonprofits. Awards of up to $25,000 support transportation, food access and health education. Applications are due the last Friday of March.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "A family grant program named after donors (decision 4); nothing about any patient."),
    ("er0038", "Hi Priya, the Quarry Hill Behavioral Health alumni network is hosting a gratitude potluck next Thursday. Alumni, familes and staff welcome! RSVP to Jess at 555-0171 ext 2.",
     "REWRITE", "marketing", "sms", "en",
     [("Priya", "NAME"), ("Quarry Hill Behavioral Health", "SPECIALTY"), ("Jess", "PROVIDER"), ("555-0171", "PHONE")],
     ["behavioral-health", "typo", "practice-contact"], "Being invited as an alumna of a behavioral-health program reveals her care; the program name and her name go, the potluck survives."),
    ("er0039", "We are so sorry for the loss of your son, Caleb. Caleb lost his fight with opioid addiction in March, and your family has asked that a memorial fund in his name support our naloxone kits for families. Gifts can be made at northwind.example/caleb.",
     "BLOCK", "other", "email", "en",
     [("Caleb", "NAME"), ("Caleb", "NAME", 1), ("opioid addiction", "CONDITION"), ("naloxone", "MEDICATION"), ("northwind.example/caleb", "URL")],
     ["substance-use", "third-party"], "A memorial that states the son's cause of death: a third party's health, and substance use (decision 6)."),
    ("er0040", "La Fundación Hospital Santa Clara le invita a la Cena de Gala 'Noche de Corazones' a beneficio del nuevo centro cardiovascular. Habrá mariachi, subasta silenciosa y rifa. Boletos en la recepción principal.",
     "ALLOW", "marketing", "email", "es", [],
     ["cardiology", "broadcast", "hard-negative"], "Gala broadcast; 'Corazones' and the new cardiovascular center are for everyone (decision 3)."),
    ("er0041", "Dear Wendell Achterberg,\n\nAs a former patient of the Brightwater Spine & Joint Institute, you're invited to a free seminar, 'Living Well After Back Surgery,' on Thursday, April 16 at 6:00 pm in Community Room B.\n\nYour reserved parking pass will be mailed to 908 Larkspur Lane, Dayton OH 45419.\n\nQuestions? 937-555-0185",
     "REWRITE", "marketing", "email", "en",
     [("Wendell Achterberg", "NAME"), ("Brightwater Spine & Joint Institute", "SPECIALTY"), ("Back Surgery", "PROCEDURE"), ("April 16", "DATE"), ("908 Larkspur Lane, Dayton OH 45419", "ADDRESS"), ("937-555-0185", "PHONE")],
     ["orthopedics", "practice-contact"], "Targeted service-line marketing: the institute and the seminar on his surgery reveal his care, and his home address is not needed (decision 13)."),
    ("er0042", "How likely are you to recommend Tamarack Valley Health to a friend or family member? Reply with a number from 0 to 10. Reply STOP to opt out of surveys.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Generic satisfaction survey; the 0-10 scale is not a result."),
    ("er0043", "Happy 100th birthday, Mabel Horne! Everyone at Greystone Hospice is celebrating with you today. (Our records show DOB 3/2/1926 - cake is on us!)",
     "BLOCK", "other", "sms", "en",
     [("100th", "AGE"), ("Mabel Horne", "NAME"), ("Greystone Hospice", "SPECIALTY"), ("3/2/1926", "DATE")],
     ["home-health", "dob", "age-over-89"], "A full date of birth with the name, plus an age over 89 and a hospice name."),
    ("er0044", "Thanks for registerring for the Hope Run 5K, Fen! We have your emergency contact as Liu Wei, 206-555-0113. Packet pickup is Friday 4-7pm at the Foundation office.",
     "REWRITE", "reminder", "sms", "en",
     [("Fen", "NAME"), ("Liu Wei", "NAME"), ("206-555-0113", "PHONE")],
     ["general", "typo"], "The runner's name and a personal emergency contact's name and phone are not needed for packet pickup (decision 13)."),
    ("er0045", "Now open: the Ashgrove Cancer Center at Cobalt Springs\n\nMedical oncology, radiation therapy, infusion, genetic counseling and survivorship care - together under one roof, five minutes from the interstate. Our nurse navigators walk with every patient from the first phone call, and free valet parking is right at the front door.\n\nOpen house: Saturday, September 12, 10am-2pm. Tours every 30 minutes, light refreshments, and a 'meet the oncologists' Q&A at noon. Bring a friend!\n\nLearn more at cobaltsprings.example/cancer or call 303-555-0166.\n\nCobalt Springs Hospital | Community Relations\nYou are receiving this because you are part of the Cobalt Springs community.",
     "ALLOW", "marketing", "email", "en",
     [("September 12", "DATE"), ("cobaltsprings.example/cancer", "URL"), ("303-555-0166", "PHONE")],
     ["oncology", "broadcast", "practice-contact"], "Service-line announcement to the whole community: oncology words describe the new center, not the recipient (decision 3)."),
    ("er0046", "Hola don Ignacio, le saluda Carmen del Hospital San Lucas. Le enviamos su invitación a la comida de agradecimiento de la Unidad de Diálisis el 22 de mayo. ¿Podrá acompañarnos?",
     "REWRITE", "marketing", "sms", "es",
     [("Ignacio", "NAME"), ("Carmen", "PROVIDER"), ("Unidad de Diálisis", "SPECIALTY"), ("22 de mayo", "DATE")],
     ["dialysis"], "Invitation to the dialysis unit's patient luncheon reveals his care (decision 1); the invitation survives."),
    ("er0047", "Hi Ms. Pruitt! Our Child Life team would love to feature Zaria's story for Giving Tuesday - how she's handled her sickle cell crises with so much courage. We'd only use her first name. Can we call you this week to talk about it?",
     "BLOCK", "other", "sms", "en",
     [("Pruitt", "NAME"), ("Child Life", "SPECIALTY"), ("Zaria", "NAME"), ("sickle cell crises", "CONDITION")],
     ["pediatrics", "third-party", "minor"], "A child's condition sent to her parent: a third party's health (README) in a story request (decision 10)."),
    ("er0048", "A note from 3 West: The nurses of 3 West want to thank the Auxiliary for the six new recliners and the coffee cart. Your bake sale made our night shifts a lot cozier!",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "A generic unit name (decision 1) thanking volunteers; no patient, no service line."),
)

# ---------------------------------------------------------------- batch 5 (er0049-er0060): disguised messages, golf, templates, physician referrals
add(
    ("er0049", "Hi Cormac, the team at the O N C O L O G Y infusion suite wanted to say thanks for sharing your playlist with the other patients. Our Comfort Cart fund could use a few more headphones - any gift helps!",
     "REWRITE", "marketing", "sms", "en",
     [("Cormac", "NAME"), ("O N C O L O G Y", "SPECIALTY"), ("infusion", "PROCEDURE")],
     ["oncology", "spaced"], "Spaced-out specialty word and the infusion suite reveal his care; the appeal survives."),
    ("er0050", "Thank u for supporting the foundation, Rosalie! So glad ur last ch3mo is done & the PET scan was cl3ar 🎉 Ring-the-bell party Fri 2pm in the infusion lobby.",
     "BLOCK", "other", "sms", "en",
     [("Rosalie", "NAME"), ("ch3mo", "PROCEDURE"), ("PET scan", "PROCEDURE"), ("cl3ar", "RESULT"), ("infusion", "PROCEDURE")],
     ["oncology", "leet", "shorthand"], "A scan result (leet 'cl3ar') and the end of chemo: a result is the message."),
    ("er0051", "Dear Mr. Stiles, thank you for your gift in honor of the Car\u200bdiac Reh\u200babilitation team who cared for you. Your name will be added to our Gratitude Wall in the main lobby this spring.",
     "REWRITE", "other", "email", "en",
     [("Stiles", "NAME"), ("Car\u200bdiac Reh\u200babilitation", "PROCEDURE")],
     ["cardiology"], "Zero-width characters inside the program that treated him; cardiac rehab is a program, so PROCEDURE (decision 14); the thank-you survives."),
    ("er0052", "Dear Ms. Tanabe, a gift was made in memory of your father, Hideo Tanabe, to support the \u041encology unit where he spent his final weeks with metastatic lung c\u0430ncer. His friends at the Bayhaven Foundation send their sympathy.",
     "BLOCK", "other", "email", "en",
     [("Ms. [[Tanabe]]", "NAME"), ("Hideo Tanabe", "NAME"), ("\u041encology", "SPECIALTY"), ("metastatic lung c\u0430ncer", "CONDITION")],
     ["oncology", "third-party"], "Cyrillic look-alikes (O, a) in a memorial that states the father's cancer: a third party's health (decision 6)."),
    ("er0053", "Tee off for a cure! The Ashgrove Golf Invitational is back: stroke play in the morning, best-ball scramble after lunch, plus longest-drive and closest-to-the-pin contests. All proceeds benefit the patient assistance fund.",
     "ALLOW", "marketing", "email", "en", [],
     ["oncology", "broadcast", "hard-negative"], "'Stroke play' and 'a cure' are golf and slogan words in a broadcast."),
    ("er0054", "Hi there, thanks for attending {{event_name}} on {{event_date}}! Your photos are ready at {{gallery_url}}. Tickets for next year go on sale in {{sale_month}}.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Event follow-up template with content-free placeholders only."),
    ("er0055", "As a valued patient of our Heart & Vascular Institute, you're invited to {{event_name}} on {{event_date}}. Meet our physicians, tour the new cath lab and enjoy heart-healthy appetizers. RSVP: {{rsvp_link}}",
     "REWRITE", "marketing", "email", "en",
     [("Heart & Vascular Institute", "SPECIALTY")],
     ["cardiology"], "Targeted to the institute's own patients, so the institute name reveals the recipient's care (decision 3); the tour and the appetizers are for every guest and are not labelled."),
    ("er0056", "Hola Beatriz, el equipo de la Fundación quiere mandarle un abrazo. Supimos que su esposo Ramiro ya salió del hospital y que la biopsia de próstata salió negativa. ¡Qué alegría!",
     "BLOCK", "other", "sms", "es",
     [("Beatriz", "NAME"), ("Ramiro", "NAME"), ("biopsia de próstata", "PROCEDURE"), ("negativa", "RESULT")],
     ["oncology", "third-party"], "The husband's biopsy result sent to his wife: a third party's result, and a negative result is still a result."),
    ("er0057", "Thank you for joining us at the Pink Tie Gala! Together we raised $412,000. Photos from the night: mercyridgefdn.example/photos",
     "ALLOW", "other", "sms", "en",
     [("mercyridgefdn.example/photos", "URL")],
     ["general", "practice-contact"], "Post-event thank-you; 'Pink Tie' is an event name (decision 3)."),
    ("er0058", "Dear Mr. Greer,\n\nDr. Rosalind Ebner shared that you expressed gratitude for the care you received in our Comprehensive Stroke Center in January. With your permission, our development officer, Luis Ortega, would like to meet you for coffee to share how philanthropy supports the stroke program. There is no obligation.\n\nReply to this email or call 503-555-0127.\n\nOffice of Philanthropy, Greystone Memorial",
     "REWRITE", "marketing", "email", "en",
     [("Greer", "NAME"), ("Dr. Rosalind Ebner", "PROVIDER"), ("Comprehensive Stroke Center", "SPECIALTY"), ("Luis Ortega", "PROVIDER"), ("stroke", "CONDITION"), ("503-555-0127", "PHONE")],
     ["general", "practice-contact"], "Physician-referred grateful-patient contact: the center that treated him is SPECIALTY (decision 1) and 'stroke' labels a program (decision 2), so REWRITE rather than BLOCK."),
    ("er0059", "Your Auxiliary gift shop order is ready for pickup at the main lobby kiosk. Pickup code 4471. Open daily 9-5.",
     "ALLOW", "pickup", "sms", "en", [],
     ["general", "hard-negative"], "A gift-shop pickup, not a pharmacy pickup; the pickup code is not labelled (decision 8)."),
    ("er0060", "Because our records show you were recently diagnosed with type 2 diabetes, we'd like to invite you to Sweet Success, our free 6-week class series at Fairmont Heights Health. Call 720-555-0152 to save a seat.",
     "BLOCK", "marketing", "sms", "en",
     [("type 2 diabetes", "CONDITION"), ("720-555-0152", "PHONE")],
     ["primary-care"], "Marketing that states the recipient's diagnosis (decision 2)."),
)

# ---------------------------------------------------------------- batch 6 (er0061-er0072): contrasts (portal vs SMS), donor features, volunteers, tributes
add(
    ("er0061", "Gracias por elegir el Hospital San Lucas del Valle. Esperamos que su estancia haya sido cómoda. Si tiene algún comentario o sugerencia, llame a Relaciones con Pacientes al 956-555-0144.",
     "ALLOW", "other", "sms", "es",
     [("956-555-0144", "PHONE")],
     ["general", "practice-contact", "contrast"], "A stay at a generically named hospital with no unit or service (decision 12); Spanish counterpart of er0011."),
    ("er0062", "Hi Delphine, Dr. Mehra here. So glad your A1c came down to 6.8! Our foundation is starting a patient advisory council for the diabetes program and I think you'd be a great voice. Interested?",
     "ALLOW", "other", "portal", "en",
     [("Delphine", "NAME"), ("Dr. Mehra", "PROVIDER"), ("A1c", "PROCEDURE"), ("6.8", "RESULT"), ("diabetes", "CONDITION")],
     ["primary-care", "contrast"], "Inside the secure portal a name, a result and a condition may stay (README channel convention); the same text by SMS is er0063."),
    ("er0063", "Hi Delphine, Dr. Mehra here. So glad your A1c came down to 6.8! Our foundation is starting a patient advisory council for the diabetes program and I think you'd be a great voice. Interested?",
     "BLOCK", "other", "sms", "en",
     [("Delphine", "NAME"), ("Dr. Mehra", "PROVIDER"), ("A1c", "PROCEDURE"), ("6.8", "RESULT"), ("diabetes", "CONDITION")],
     ["primary-care", "contrast"], "The same text as er0062 by SMS: a lab value is the message."),
    ("er0064", "Meet our donor of the month: Grant Benefield, a retired chemistry teacher who has given to the Northwind Health Foundation every year since 1988. 'This hospital has been good to our town,' he says. Thank you, Grant!",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "A donor profile in a broadcast: the donor is not named as a patient (decision 4); a year alone is not a date."),
    ("er0065", "We received your RSVP for the Heart Ball from o.adeyemi@example.net. Your table assignment and parking pass will be sent to this address a week before the event. Thank you!",
     "REWRITE", "confirmation", "email", "en",
     [("o.adeyemi@example.net", "EMAIL")],
     ["general"], "The recipient's own e-mail address quoted back is an identifier not needed in the text (decision 13); 'Heart Ball' is an event."),
    ("er0066", "Welcome to the volunteer team, Margit! Your TB test came back negative and your flu shot is on file, so you're cleared to start Monday at the information desk.",
     "BLOCK", "other", "sms", "en",
     [("Margit", "NAME"), ("TB test", "PROCEDURE"), ("negative", "RESULT"), ("flu shot", "PROCEDURE")],
     ["lab"], "A volunteer's own screening result: a negative result is still a result (decision 11)."),
    ("er0067", "Volunteer reminder: orientation is Tuesday 8/11 at 9am in the Education Center, 2nd floor. Wear closed-toe shoes and bring a photo ID for your badge.",
     "ALLOW", "reminder", "sms", "en",
     [("8/11", "DATE")],
     ["general"], "Volunteer logistics with a date and a room."),
    ("er0068", "Sra. Solano, gracias por su donativo en honor a la Dra. Lucía Benavides y al equipo de la Clínica de Fertilidad. Les compartiremos su mensaje. Recibo #F-2026-08814.",
     "REWRITE", "billing", "email", "es",
     [("Solano", "NAME"), ("Dra. Lucía Benavides", "PROVIDER"), ("Clínica de Fertilidad", "SPECIALTY"), ("F-2026-08814", "OTHER_ID")],
     ["fertility"], "A tribute to the fertility clinic's team reveals where the donor was treated (decision 1); the receipt number is OTHER_ID (decision 8)."),
    ("er0069", "¡Únete al Relay for Life de la Sociedad contra el Cáncer este sábado! El equipo del Hospital San Lucas caminará toda la noche. Habrá luminarias, música y tamales. ¡Todos son bienvenidos!",
     "ALLOW", "marketing", "sms", "es", [],
     ["oncology", "broadcast", "hard-negative"], "A community walk broadcast; 'Cáncer' names the charity, not anyone's diagnosis (decision 3)."),
    ("er0070", "Hi Ruthanne, this is Dr. Felix Osterhout. Your echo looked great at the last visit - the valve repair is holding up beautifully. If you ever want to support our heart program, I'd be honored to introduce you to our foundation.",
     "BLOCK", "marketing", "sms", "en",
     [("Ruthanne", "NAME"), ("Dr. Felix Osterhout", "PROVIDER"), ("echo", "PROCEDURE"), ("looked great", "RESULT"), ("valve repair", "PROCEDURE"), ("heart", "SPECIALTY")],
     ["cardiology"], "A physician's grateful-patient referral that carries a finding ('looked great', the repair 'holding up'): a result is the message; 'heart program' names the service line (SPECIALTY)."),
    ("er0071", "Hi, this message is for Oluwaseun Adeyemi. This is Grace from the Cobalt Springs Foundation calling to thank you for your gift to the Transplant Center's family housing fund. No need to call back. Have a wonderful day!",
     "REWRITE", "other", "voice", "en",
     [("Oluwaseun Adeyemi", "NAME"), ("Grace", "PROVIDER")],
     ["general"], "The full name goes; the fund designation is the donor's choice, not their care (decision 7); the caller is staff (decision 5)."),
    ("er0072", "Giving Tuesday is 12/1! Our board will match every gift up to $25K. Set a reminder and give at tvhfoundation.example/give",
     "ALLOW", "marketing", "push", "en",
     [("12/1", "DATE"), ("tvhfoundation.example/give", "URL")],
     ["general", "broadcast", "practice-contact"], "Broadcast push with the foundation's own link."),
)

# ---------------------------------------------------------------- batch 7 (er0073-er0084): wellness clubs, walks, mobile screening, surveys, tributes to units
add(
    ("er0073", "Registration confirmed: Imelda Castañeda, DOB 07/19/1958, Medicare ID 4XJ8-HM2-QT71 - Senior Wellness Club at Cobalt Springs. Please bring your card to the first class on Monday.",
     "BLOCK", "confirmation", "sms", "en",
     [("Imelda Castañeda", "NAME"), ("07/19/1958", "DATE"), ("4XJ8-HM2-QT71", "HEALTH_PLAN_ID")],
     ["general", "dob", "identifier"], "A full date of birth with the name (and a Medicare number) must never travel by text."),
    ("er0074", "Fundación Sierra Oaks: ¡Gracias! Su donativo de $50 fue recibido. Le llegará su recibo fiscal por correo electrónico en las próximas 24 horas.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative"], "A generic gift receipt; '24 horas' and the amount are not identifiers."),
    ("er0075", "Hola Jimena, te esperamos en la Caminata Rosa este domingo 18 de octubre. Como sobreviviente de cáncer de mama, tu playera rosa te espera en la mesa de registro. ¡Gracias por inspirarnos!",
     "BLOCK", "marketing", "sms", "es",
     [("Jimena", "NAME"), ("18 de octubre", "DATE"), ("cáncer de mama", "CONDITION")],
     ["oncology"], "'As a breast-cancer survivor' states the recipient's diagnosis (decision 2)."),
    ("er0076", "Ms. Halvorsen, thanks for stopping by our Mobile Mammography Coach at the Harvest Fair! Your appointment card for 10/22 is attached. This service is funded by the Pink Tie Gala.",
     "REWRITE", "reminder", "email", "en",
     [("Halvorsen", "NAME"), ("Mobile Mammography Coach", "SPECIALTY"), ("10/22", "DATE")],
     ["imaging"], "The recipient's own appointment on an imaging coach: the service name goes (decision 3's counterpart); date stays."),
    ("er0077", "Free skin cancer screenings this Saturday, 9 to noon, at the Lakeshore Regional Hospital booth at the Lakeshore Farmers Market. No appointment needed. Sponsored by the Lakeshore Foundation.",
     "ALLOW", "marketing", "sms", "en", [],
     ["dermatology", "broadcast", "hard-negative"], "Broadcast screening offer to everyone (README broadcast convention)."),
    ("er0078", "Dear Lucinda, we were so moved to hear that your BRCA2 result led your sisters to get tested too. Would you consider speaking at this year's Pink Tie Gala about why genetic counseling matters?",
     "BLOCK", "marketing", "email", "en",
     [("Lucinda", "NAME"), ("BRCA2", "PROCEDURE"), ("genetic counseling", "PROCEDURE")],
     ["oncology", "third-party"], "Implies a positive hereditary-cancer result and the sisters' testing: a finding about her and third parties."),
    ("er0079", "Hello Ms. Castellanos-Reyes, thank you for completing our patient experience survey about your time in the Labor & Delivery unit. As promised, here is your $10 coffee card code: BRW-7731-KQ. Enjoy!",
     "REWRITE", "other", "email", "en",
     [("Castellanos-Reyes", "NAME"), ("Labor & Delivery", "SPECIALTY")],
     ["reproductive"], "The unit of her stay reveals reproductive care (decision 1); the gift-card code is not labelled (decision 8)."),
    ("er0080", "Lakeshore Regional Hospital is now part of Tamarack Valley Health! Same doctors, same locations, new name. Your appointments and patient portal login don't change. Questions? 616-555-0188",
     "ALLOW", "other", "sms", "en",
     [("616-555-0188", "PHONE")],
     ["general", "broadcast", "practice-contact"], "A rebranding broadcast with the practice's own phone."),
    ("er0081", "Hi Sunny, it's Kim from the Foundation. Your dad mentioned at the luncheon that Grandpa Lou is back in the psych unit after his bipolar meds stopped working. We're all thinking of you 💛",
     "BLOCK", "other", "sms", "en",
     [("Sunny", "NAME"), ("Kim", "PROVIDER"), ("Lou", "NAME"), ("psych unit", "SPECIALTY"), ("bipolar", "CONDITION")],
     ["behavioral-health", "third-party"], "A grandfather's admission and diagnosis sent to a relative: a third party's health."),
    ("er0082", "Did a doctor, nurse or caregiver make a difference in your care? Honor them with a Guardian Angel gift and we'll send them a pin along with your note. Learn more on our website or at any information desk.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Grateful-patient program broadcast; 'your care' is generic and sent to everyone."),
    ("er0083", "Your Guardian Angel tribute for Nurse Tomasz on the Burn Unit has been delivered. He was so touched! Thank you for your $100 gift.",
     "REWRITE", "other", "sms", "en",
     [("Nurse Tomasz", "PROVIDER"), ("Burn Unit", "SPECIALTY")],
     ["general"], "A tribute to a unit's nurse reveals the unit where the donor or a relative was treated (decisions 1, 6)."),
    ("er0084", "June 7 is National Cancer Survivors Day. Join us at Ashgrove for a celebration of life: live music, chair massages and a memory wall. All are welcome, including caregivers and friends.",
     "ALLOW", "marketing", "sms", "en",
     [("June 7", "DATE")],
     ["oncology", "broadcast"], "A public observance broadcast to everyone; the date is a calendar date of the event (decision 3)."),
)

# ---------------------------------------------------------------- batch 8 (er0085-er0096): shorthand, memorials with ages, story requests, long newsletter, child life
add(
    ("er0085", "ur Heart Ball tix r at will call, Renata! see u sat 🙂",
     "REWRITE", "reminder", "sms", "en",
     [("Renata", "NAME")],
     ["general", "shorthand"], "Only the name goes; 'Heart Ball' is an event (decision 3)."),
    ("er0086", "Dear Mr. Pell, thank you for your generous gift to the Foundation. Dr. Ahn asked me to pass along that your potassium was 6.1 on Tuesday, so please skip the bananas and orange juice until your next treatment.",
     "BLOCK", "other", "email", "en",
     [("Pell", "NAME"), ("Dr. Ahn", "PROVIDER"), ("potassium", "PROCEDURE"), ("6.1", "RESULT")],
     ["dialysis", "lab"], "A lab value and diet instructions tucked into a gift thank-you: the result is the message."),
    ("er0087", "Our annual Tree of Lights ceremony honors loved ones and caregivers. Dedicate a light for $25 at the front desk. The ceremony is Thursday, Dec 3 at 6pm in the atrium, with cocoa from the Auxiliary.",
     "ALLOW", "marketing", "sms", "en",
     [("Dec 3", "DATE")],
     ["general", "broadcast"], "Broadcast invitation with an event date."),
    ("er0088", "In loving memory of Harriet Quill, 97, a cherished patient and friend of Pine Hollow for more than forty years. Her family has asked that gifts be made to the Pine Hollow Auxiliary.",
     "REWRITE", "other", "email", "en",
     [("Harriet Quill", "NAME"), ("97", "AGE")],
     ["general", "third-party", "age-over-89"], "A named deceased patient with an age over 89 but no health detail: name and age go, the memorial request survives (decision 6)."),
    ("er0089", "Sierra Oaks Medical Center turns 50! Patients, families and staff can submit photos and stories for our anniversary book at sos.example/50. Submissions close July 31.",
     "ALLOW", "marketing", "email", "en",
     [("sos.example/50", "URL"), ("July 31", "DATE")],
     ["general", "broadcast", "practice-contact"], "Broadcast call for stories with the hospital's own link; '50' is an anniversary."),
    ("er0090", "Hi Darius, thanks for agreeing to be filmed for the foundation's spring video! Per the consent you signed, we'll mention your HIV diagnosis in 2019 and that you're now undetectable on Biktarvy. Shoot is 4/9 at 10am, studio B.",
     "BLOCK", "other", "sms", "en",
     [("Darius", "NAME"), ("HIV", "CONDITION"), ("undetectable", "RESULT"), ("Biktarvy", "MEDICATION"), ("4/9", "DATE")],
     ["hiv-sexual-health"], "Diagnosis, viral status and medication by text; consent to a video is not consent to an SMS (decision 10)."),
    ("er0091", "Hospital San Lucas del Valle: ¡Gracias por su apoyo! Este año su generosidad compró 3 incubadoras nuevas para el cunero y una camioneta para el programa de salud rural.",
     "ALLOW", "marketing", "sms", "es", [],
     ["pediatrics", "broadcast", "hard-negative"], "Broadcast thank-you; incubators for the nursery are equipment, not anyone's care."),
    ("er0092", "Estimado Sr. Fuentes: Gracias por su visita al Instituto del Corazón Linden. Queremos conocer su opinión sobre la atención que recibió el 3 de febrero. Conteste la encuesta aquí: linden.example/encuesta?id=55821",
     "REWRITE", "other", "email", "es",
     [("Fuentes", "NAME"), ("Instituto del Corazón Linden", "SPECIALTY"), ("3 de febrero", "DATE"), ("linden.example/encuesta?id=55821", "URL")],
     ["cardiology"], "Heart-institute name and a per-recipient survey link (decision 9) go; the survey request survives."),
    ("er0093", "Dear Friends,\n\nWhat a year! Thanks to 3,412 donors, the Bayhaven Foundation raised $6.2 million in 2025. Here is some of what you made possible:\n\n- A second MRI suite, cutting wait times from three weeks to four days\n- 212 scholarships for nursing students through the Dr. Anjali Mehra Fund\n- A new Heart & Vascular Institute wing, opening this fall\n- 9,800 free rides to appointments for neighbors without a car\n- Healthy Kitchen cooking classes in four school districts\n- A quiet family lounge on every inpatient floor, with recliners and phone chargers\n\nNone of it happens without you. To see the full report, including the list of this year's Legacy Society members, visit bayhaven.example/report, or call our donor line at 410-555-0102 to request a printed copy.\n\nWith thanks,\nThe Bayhaven Foundation Board\n\nBayhaven Foundation | 2200 Harbor Point Blvd, Annapolis MD 21401 | Tax ID 52-5550911\nTo opt out of fundraising communications, reply REMOVE.",
     "ALLOW", "marketing", "email", "en",
     [("Dr. Anjali Mehra", "PROVIDER"), ("bayhaven.example/report", "URL"), ("410-555-0102", "PHONE"), ("2200 Harbor Point Blvd, Annapolis MD 21401", "ADDRESS")],
     ["general", "broadcast", "practice-contact"], "Annual report to all donors: MRI and heart-institute items describe the hospital, not the recipient (decision 3); a fund named for a physician is PROVIDER; the foundation's own address is labelled but allowed, its EIN is not labelled (decision 8)."),
    ("er0094", "Hi Mrs. Langford, Willowbrook's Child Life team is putting together holiday care packages. Since Eli is still on tube feeds and the Keppra for his seizures, we'll leave out the candy and add extra stickers! Pick up at the 5 North desk 12/18.",
     "BLOCK", "other", "sms", "en",
     [("Langford", "NAME"), ("Child Life", "SPECIALTY"), ("Eli", "NAME"), ("tube feeds", "PROCEDURE"), ("Keppra", "MEDICATION"), ("seizures", "CONDITION"), ("12/18", "DATE")],
     ["pediatrics", "minor", "third-party"], "A child's medication and condition sent to his parent: a dependent's health is BLOCK (README)."),
    ("er0095", "Thank you for choosing Tamarack Home Health & Hospice for your mother's care. Please take a moment to rate our nurses: tvh.example/hh-survey. Your feedback is confidential.",
     "REWRITE", "other", "sms", "en",
     [("Tamarack Home Health & Hospice", "SPECIALTY"), ("tvh.example/hh-survey", "URL")],
     ["home-health", "third-party", "practice-contact"], "A relative's care named only by the agency's specialty-revealing name: REWRITE like a dependent's logistics; the generic survey link stays."),
    ("er0096", "Pine Hollow Foundation: Thanks for your $25 gift via text! A receipt is on its way. Reply STOP to end msgs.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "A text-to-give receipt; nothing identifying or clinical."),
)

# ---------------------------------------------------------------- batch 9 (er0097-er0108): caregivers, camps, portal tributes, stock gifts
add(
    ("er0097", "Hola Ana, soy Rocío de la Fundación. Sé que con las quimios de tu mamá ha sido un año difícil. Si ella quiere, podemos pagarle el transporte a sus radioterapias de abril. Avísame y lo arreglo.",
     "BLOCK", "other", "sms", "es",
     [("Ana", "NAME"), ("Rocío", "PROVIDER"), ("quimios", "PROCEDURE"), ("radioterapias", "PROCEDURE")],
     ["oncology", "third-party"], "The mother's chemotherapy and radiation sent to her daughter: a third party's treatment, not a routine visit type."),
    ("er0098", "Reminder: the Healing Hands Gala is Friday, Nov 6 at 7pm in the Crystal Ballroom. Cocktail attire. RSVP or dietary requests: 956-555-0161.",
     "ALLOW", "reminder", "email", "en",
     [("Nov 6", "DATE"), ("956-555-0161", "PHONE")],
     ["general", "practice-contact"], "Event logistics with a date and the foundation's phone."),
    ("er0099", "Hi Mr. and Mrs. Okoro - thank you for bringing Amara to the Pediatric Diabetes Camp info night! Her camp scholarship is approved. Drop-off is 6/21 at 8am at the north entrance.",
     "BLOCK", "other", "email", "en",
     [("Okoro", "NAME"), ("Amara", "NAME"), ("Pediatric", "SPECIALTY"), ("Diabetes", "CONDITION"), ("6/21", "DATE")],
     ["pediatrics", "minor", "third-party"], "A named child's condition (even as a camp label) sent to her parents: a dependent's condition is BLOCK (README)."),
    ("er0100", "Thank you for your gift to the Bayhaven Foundation in honor of the 6 East Oncology nurses who cared for you during your leukemia treatment. Your tribute card was mailed today.",
     "ALLOW", "other", "portal", "en",
     [("6 East Oncology", "SPECIALTY"), ("leukemia", "CONDITION")],
     ["oncology"], "Inside the secure portal the unit and the diagnosis may stay (README channel convention)."),
    ("er0101", "Hi Ms. Moreau! Your Foundation tote bag and Healing Garden brick certificate ship today to 77 Quail Run Dr, Unit 4B, Mesa AZ 85213. Thanks for giving!",
     "REWRITE", "other", "sms", "en",
     [("Moreau", "NAME"), ("77 Quail Run Dr, Unit 4B, Mesa AZ 85213", "ADDRESS")],
     ["general"], "The donor's name and home address are not needed for a shipping notice (decision 13)."),
    ("er0102", "Dear Ms. Brandt-Keller, your tribute gift honoring your father, Walter Brandt (MRN 6620174), has been recorded. We shared your note with the 4 North Cardiac team, who cared for him 3/2-3/9.",
     "REWRITE", "other", "email", "en",
     [("Brandt-Keller", "NAME"), ("Walter Brandt", "NAME"), ("6620174", "MRN"), ("4 North Cardiac", "SPECIALTY"), ("3/2", "DATE"), ("3/9", "DATE")],
     ["cardiology", "third-party"], "A vendor template leaked the father's MRN and admission dates; with only the unit's name and no condition it is REWRITE (decision 6), not BLOCK."),
    ("er0103", "Thank you for volunteering at the Heart Walk water station! Your hours are logged automatically. Sign-ups for the next shift open Monday.",
     "ALLOW", "other", "sms", "en", [],
     ["cardiology", "hard-negative"], "A volunteer thank-you; 'Heart Walk' is an event."),
    ("er0104", "Hi Benny! As a 5-year survivor of testicular cancer, would you be our Movember ambassador this year? Dr. Kravitz says your markers have been normal since 2021.",
     "BLOCK", "marketing", "sms", "en",
     [("Benny", "NAME"), ("testicular cancer", "CONDITION"), ("Dr. Kravitz", "PROVIDER"), ("markers", "PROCEDURE"), ("normal", "RESULT")],
     ["oncology"], "States the recipient's cancer (decision 2) and a normal tumor-marker result."),
    ("er0105", "Sign up to staff our Day of Giving phone bank! Two-hour shifts, pizza provided. Register at tvh.example/volunteer by Nov 15.",
     "ALLOW", "marketing", "sms", "en",
     [("tvh.example/volunteer", "URL"), ("Nov 15", "DATE")],
     ["general", "broadcast", "practice-contact"], "Volunteer recruitment broadcast with the foundation's link."),
    ("er0106", "Estimada Sra. Paredes:\n\nHace un año usted recibió atención en nuestra Unidad de Quemados, y sabemos que cada día de su recuperación ha requerido valor. Muchas familias nos dicen que quieren ayudar a otros pacientes que pasan por lo mismo. Por eso creamos el fondo 'Amigos del Hospital', que paga hospedaje y comidas a las familias que viajan desde lejos.\n\nSi desea sumarse, puede responder a este correo o visitar la recepción de la Fundación.\n\nSi prefiere no recibir solicitudes de donativos, llame al 956-555-0149 y respetaremos su decisión.\n\nCon gratitud,\nFundación Hospital San Lucas del Valle",
     "REWRITE", "marketing", "email", "es",
     [("Paredes", "NAME"), ("Unidad de Quemados", "SPECIALTY"), ("956-555-0149", "PHONE")],
     ["general", "practice-contact"], "Grateful-patient appeal naming the unit that treated her (decision 1); the appeal and the opt-out line survive."),
    ("er0107", "Cobalt Springs Health: New! Walk-in flu & COVID shots at all 4 locations, no appointment needed. Most insurance accepted. Details at cobaltsprings.example/shots",
     "ALLOW", "marketing", "sms", "en",
     [("cobaltsprings.example/shots", "URL")],
     ["primary-care", "broadcast", "practice-contact"], "A vaccine broadcast to everyone (README broadcast convention)."),
    ("er0108", "To process your stock gift, please confirm: Donor name Anselm Greaves, SSN 219-09-9999, brokerage acct 4471-2290-88. Reply with any corrections.",
     "BLOCK", "other", "email", "en",
     [("Anselm Greaves", "NAME"), ("219-09-9999", "SSN"), ("4471-2290-88", "ACCOUNT")],
     ["general", "identifier"], "An SSN must never travel by text or e-mail."),
)

# ---------------------------------------------------------------- batch 10 (er0109-er0120): reviews, raffles, memory care, survivors' brunch, tracking links
add(
    ("er0109", "Quick favor, Tess - could you post a Google review of the Sleep Lab? Link: g.example/r/sleeplab. Thx so much! -Marnie, Marketing",
     "REWRITE", "marketing", "sms", "en",
     [("Tess", "NAME"), ("Sleep Lab", "SPECIALTY"), ("g.example/r/sleeplab", "URL"), ("Marnie", "PROVIDER")],
     ["primary-care"], "A review request naming the service she used reveals her care; the marketing sender is staff (decision 5); the shared review link is the same for everyone."),
    ("er0110", "Raffle tickets: $20 each or 6 for $100. Grand prize is a Tahoe; second prize is a golf getaway with a lesson from PGA pro Maxine Kearns. Drawing at the Cardinal Classic dinner. Must be 18+ to play, need not be present to win.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "A golf pro named in a raffle broadcast is not a patient (decision 4); '18+' is an eligibility rule."),
    ("er0111", "Dear Mrs. Vukovic, thank you for your memorial gift in honor of your husband, Dragan. Our team in the Memory Care Center will always remember his love of chess, even as his Alzheimer's progressed.",
     "BLOCK", "other", "email", "en",
     [("Vukovic", "NAME"), ("Dragan", "NAME"), ("Memory Care Center", "SPECIALTY"), ("Alzheimer's", "CONDITION")],
     ["general", "third-party"], "A memorial acknowledgement that states the husband's diagnosis: a third party's health (decision 6)."),
    ("er0112", "Hello, this is the Northwind Health Foundation calling for Mr. Bartholomew Ekwueme to invite you to our Cancer Survivors' Brunch on May 30 at the Ashgrove Cancer Center. Please call 651-555-0173 to RSVP.",
     "REWRITE", "marketing", "voice", "en",
     [("Bartholomew Ekwueme", "NAME"), ("[[Cancer]] Survivors", "CONDITION"), ("May 30", "DATE"), ("Ashgrove Cancer Center", "SPECIALTY"), ("651-555-0173", "PHONE")],
     ["oncology", "practice-contact"], "An invitation by event name reveals a cancer history; the condition is a label, not a stated diagnosis (decision 2), so REWRITE; the invitation survives."),
    ("er0113", "Reminder from the Fairmont Heights Health Foundation: your monthly pledge payment of $100 is scheduled for the 15th. To update your card, call 720-555-0109. Thank you for your continued support!",
     "ALLOW", "billing", "sms", "en",
     [("720-555-0109", "PHONE")],
     ["general", "practice-contact"], "A pledge reminder; 'the 15th' alone is not a calendar date with a month."),
    ("er0114", "Hi Gwendolyn, thnk you for your gift in honor of Dr. Pham and the Ortho & Spine Center staff who took care of you! Your shoulder replacment team loved the cookies too 😊",
     "REWRITE", "other", "sms", "en",
     [("Gwendolyn", "NAME"), ("Dr. Pham", "PROVIDER"), ("Ortho & Spine Center", "SPECIALTY"), ("shoulder replacment", "PROCEDURE")],
     ["orthopedics", "typo"], "The center and the (misspelt) procedure that treated her go; the thank-you survives."),
    ("er0115", "Happy National Doctors' Day! Leave a thank-you note for your favorite doctor at any information desk or online at bayhaven.example/thanks.",
     "ALLOW", "marketing", "push", "en",
     [("bayhaven.example/thanks", "URL")],
     ["general", "broadcast", "practice-contact"], "A broadcast for a public observance with the hospital's own link."),
    ("er0116", "Hola Sr. Benítez, le escribe Paola de la Fundación. Nos contó la Dra. Benavides que su hija Valeria ya terminó el tratamiento de FIV y está embarazada de 12 semanas. ¡Felicidades! ¿Les gustaría compartir su historia?",
     "BLOCK", "other", "sms", "es",
     [("Benítez", "NAME"), ("Paola", "PROVIDER"), ("Dra. Benavides", "PROVIDER"), ("Valeria", "NAME"), ("FIV", "PROCEDURE"), ("embarazada", "CONDITION")],
     ["fertility", "reproductive", "third-party"], "The daughter's IVF and pregnancy sent to her father: a third party's health."),
    ("er0117", "You are receiving this email because you opted in to updates from Sierra Oaks Medical Center. To stop receiving fundraising messages, click https://mail.sos.example/unsub?e=dGFuYWJlQGV4YW1wbGUubmV0 or call 916-555-0120.",
     "REWRITE", "marketing", "email", "en",
     [("https://mail.sos.example/unsub?e=dGFuYWJlQGV4YW1wbGUubmV0", "URL"), ("916-555-0120", "PHONE")],
     ["general", "practice-contact", "contrast"], "The unsubscribe token encodes the recipient's e-mail address: a per-recipient link (decision 9); the opt-out phone stays."),
    ("er0118", "Join us for the Cardinal Classic! Register at https://sos.example/golf?utm_source=email&utm_medium=newsletter&utm_campaign=golf26 - questions to events@sos.example",
     "ALLOW", "marketing", "email", "en",
     [("https://sos.example/golf?utm_source=email&utm_medium=newsletter&utm_campaign=golf26", "URL"), ("events@sos.example", "EMAIL")],
     ["general", "broadcast", "practice-contact", "contrast"], "utm_* parameters are the same for every recipient, so the link is the sender's own (decision 9)."),
    ("er0119", "Thank you, Mr. Ashby, for your gift to our Pulmonary Rehab program! We're thrilled your O2 sat was 94% at the last class - keep up the breathing exercises.",
     "BLOCK", "other", "sms", "en",
     [("Ashby", "NAME"), ("Pulmonary Rehab", "PROCEDURE"), ("O2 sat", "PROCEDURE"), ("94%", "RESULT")],
     ["primary-care"], "A measured value about the recipient is the message; pulmonary rehab is a program (decision 14)."),
    ("er0120", "Thank you for giving! 💙 - Greystone Foundation",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "A content-free thank-you."),
)

if __name__ == "__main__":
    probe_lib.run(M, "er", "probe145.jsonl")
