#!/usr/bin/env python3
"""Build corpus/probe56.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe56.py [OUT] [-v]   (default: probe56.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only; the engine was not run
and no other corpus's messages, no source code and no tests were read).

This round is MIDLIFE WOMEN'S HEALTH AND BREAST CARE: what breast-imaging centers, mammography
vans, gynecology practices, menopause clinics, osteoporosis and bone-density programs and
pelvic-health therapists send — screening-mammogram reminders and bookings, breast-imaging
callbacks and diagnostic appointments, breast biopsy and MRI logistics, genetic counseling and
BRCA testing, DEXA scans, hormone-therapy refills, pessary fittings, endometrial biopsy and
hysteroscopy instructions, Pap/HPV recall, colposcopy and LEEP, pelvic-floor PT, urodynamics,
menopause webinars and Breast Cancer Awareness Month broadcasts. Logistics that may go as written,
messages that may go once a name, service, procedure, drug or identifier is removed, and messages
that must not go by text (BI-RADS categories, abnormal and normal results, callbacks that reveal a
finding, T-scores, osteoporosis or breast-cancer diagnoses, hormone doses, genetic results, a
relative's cancer). Hard negatives: awareness-month and pink-ribbon fundraising, "dense", "mass"
and "callback" in other senses, "pap" in other senses (Pappas, PAP = Patient Assistance Program,
papás), menopause education to everyone, van schedules and stops, bra-fitting and linen shop ads.
20% Spanish; 4 disguised messages (zero-width, Cyrillic look-alikes, leet, spaced letters).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "BI-RADS [[4]]" searches for "BI-RADS 4"
      and labels only the bracketed part "4".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also cited as "decision N" in the `why` of the lines
concerned):
  1. Sender names that reveal the service are SPECIALTY as a whole: breast-imaging, breast-center,
     women's-imaging, radiology and MRI centers, mobile-mammography programs, OB/GYN, gynecology,
     urogynecology and "women's health" practices, menopause clinics, bone-health and osteoporosis
     programs, infusion centers, pelvic-health PT, hereditary-cancer and genetics programs.
     Generic health-system or clinic names (St. Agnes Health, Hospital San Judas, Willow Creek
     Health) are not labelled. A proper practice name that contains a condition word
     ("Clínica de Osteoporosis del Valle") is one SPECIALTY span, not a CONDITION span.
  2. A specialty-revealing sender name in a practice-wide notice (holiday hours) is still REWRITE:
     it shows the recipient is that practice's patient. Broadcasts from generic senders or events
     about mammography, menopause or bone density are ALLOW with no span (README broadcasts).
  3. Mammography-van schedules and stops sent to everyone are broadcasts (ALLOW, no span); a stop's
     street address, when written, is the service's own location (ADDRESS, allowed). A personal
     booking on the van is REWRITE (the van's program name and the booking reveal the test).
  4. A screening or diagnostic qualifier belongs to the named test: "screening mammogram",
     "3D mammogram", "diagnostic mammogram", "MRI-guided breast biopsy", "bone density scan" are
     single PROCEDURE spans.
  5. A callback after screening that says more images or another look are needed is a finding:
     BLOCK, and the phrase stating it is RESULT. A neutral "please call us" that states no finding
     is judged by its other spans. Breast density stated for the patient is a RESULT (BLOCK);
     density education sent to everyone is a hard negative.
  6. Preparation that only implies the exam (no deodorant, two-piece outfit, full bladder) and a
     "preventive screening" with no test named are not labelled; such messages are ALLOW.
  7. Medication holds and doses tailored to the patient before or after a procedure (hold Eliquis,
     ibuprofen 800 mg, misoprostol, Tylenol every 8 hours) are dosing instructions: BLOCK. A
     standard conditional prep line that does not say the patient takes the drug ("if you take
     calcium supplements, skip them for 24 hours") is REWRITE with the drug as MEDICATION.
  8. Hormone therapy / HRT is MEDICATION (a drug class used as a name), not PROCEDURE; hormone
     levels measured in a lab (FSH, estradiol level) are PROCEDURE with their values as RESULT;
     "menopause" as a visit label is CONDITION with "consult" outside; symptoms (hot flashes,
     night sweats, leaking, urge symptoms) are CONDITION.
  9. A drug with its strength in a ready-for-pickup notice stays REWRITE (name + strength one
     MEDICATION span); only an instruction to take or change a dose is BLOCK.
 10. In Spanish a form word before the drug goes with it ("inyección de Evenity"), like the English
     form word after it ("Reclast infusion", "Prolia shot").
 11. In a genetic result the gene and variant are RESULT ("BRCA2 pathogenic variant",
     "c.5946delT", "PALB2 change"); a genetic test named in logistics is PROCEDURE ("BRCA1/BRCA2
     test" kit). Role words and credentials naming a specialty are SPECIALTY: "genetic counselor",
     "CGC", "radiologist", "genetics" (team), "PT" and "DPT".
 12. A relative's cancer, genetic result or biopsy told to the patient is BLOCK (third party), even
     when it is the reason for the patient's own screening.
 13. A parcel tracking number for a test kit shipped to the patient's home is OTHER_ID.
 14. "well-woman" visit is a revealing visit type (gynecologic preventive care): PROCEDURE,
     unlike the generic "annual exam".
 15. Hypothetical or screening-question clinical words ("tell us if you have a pacemaker", "if you
     have had implants", relatives' cancers in a history form) say nothing about the recipient:
     unlabelled, tagged negation.
 16. Devices and self-monitoring tools are PROCEDURE (post-mastectomy bra, breast prosthesis,
     ring pessary, SCOUT reflector placement; "bladder diary" / "diario de vejiga" as one
     span); a boutique fitter or scheduler named as the sender is PROVIDER.
 17. Appointment confirmation codes and booking references are not labelled (as in probe7).
 18. A name with an age over 89 in ride or appointment logistics is REWRITE (DESIGN: age over 89
     is a removable identifier), not BLOCK.
 19. A prescriber's office fax quoted by a pharmacy is a practice's contact detail (FAX, allowed).
 20. Purposes use DESIGN's full list (confirmation and portal-notice included; probe_lib accepts
     them).

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


# ---------------------------------------------------------------- batch 1 (bg0001-bg0012): screening-mammogram reminders, bookings, recalls
add(
    ("bg0001", "Ridgeview Medical Group: Reminder - you have an appointment with Dr. Halvorsen on Mon 3/9 at 8:45 AM at our Main Campus. Reply C to confirm or R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Halvorsen", "PROVIDER"), ("3/9", "DATE")],
     ["primary-care"], "Generic practice name, provider, date and time: the 'notification without PHI' pattern."),
    ("bg0002", "Lakeshore Breast Imaging: Hi Tamsin, your screening mammogram is booked for Thu 4/16 at 10:30am. Please arrive 15 min early and skip deodorant, lotion and powder that morning. Questions? 312-555-0147",
     "REWRITE", "reminder", "sms", "en",
     [("Lakeshore Breast Imaging", "SPECIALTY"), ("Tamsin", "NAME"), ("screening mammogram", "PROCEDURE"), ("4/16", "DATE"), ("312-555-0147", "PHONE")],
     ["imaging", "practice-contact"], "Breast-imaging center name (decision 1), first name and the test go; 'screening mammogram' is one span (decision 4); date, time and the center's phone stay."),
    ("bg0003", "Reminder from Willow Creek Health: your appointment is Friday 10/2 at 1:10 pm. Wear a two-piece outfit and please don't use deodorant, powder or lotion under your arms or on your chest. Reply Y to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("10/2", "DATE")],
     ["imaging"], "Judgement (decision 6): prep that only implies a mammogram names no test, service or condition; generic sender, date and time."),
    ("bg0004", "Hola Sra. Quintanilla, le recordamos su mamografía de detección el miércoles 22 de abril a las 9:00 a. m. en el Centro de Imágenes Aurora. Llegue 15 minutos antes y no use desodorante ese día. Para cambiar la cita llame al 915-555-0163.",
     "REWRITE", "reminder", "sms", "es",
     [("Quintanilla", "NAME"), ("mamografía de detección", "PROCEDURE"), ("22 de abril", "DATE"), ("Centro de Imágenes Aurora", "SPECIALTY"), ("915-555-0163", "PHONE")],
     ["imaging", "practice-contact"], "Surname (title outside), the screening test (decision 4) and the imaging-center name go; date, time and the center's phone survive."),
    ("bg0005", "{{practice_name}}: It's time for your annual mammogram! Book online at {{booking_url}} or reply BOOK. Msg&data rates may apply. Reply STOP to opt out.",
     "REWRITE", "recall", "sms", "en",
     [("mammogram", "PROCEDURE")],
     ["imaging", "template"], "Template with content-free placeholders only; the fixed text names the recipient's own test, which goes."),
    ("bg0006", "Willow Creek Health: Our records show you may be due for a preventive screening. Log in at willowcreekhealth.example/portal to see what's due, or call 503-555-0125 and we'll help you book.",
     "ALLOW", "recall", "sms", "en",
     [("willowcreekhealth.example/portal", "URL"), ("503-555-0125", "PHONE")],
     ["primary-care", "practice-contact"], "Judgement (decision 6): 'a preventive screening' names no test; the practice's own link and phone stay."),
    ("bg0007", "Booking confirmed \u2705 3D mammogram (tomosynthesis) \u00b7 Sat 5/9 \u00b7 7:50 AM \u00b7 Bayview Breast Center, 2200 Harbor Blvd Suite 210, Long Beach CA 90813. Conf# BV-88213. Add to calendar: bvhealth.example/cal",
     "REWRITE", "confirmation", "push", "en",
     [("3D mammogram", "PROCEDURE"), ("tomosynthesis", "PROCEDURE"), ("5/9", "DATE"), ("Bayview Breast Center", "SPECIALTY"), ("2200 Harbor Blvd Suite 210, Long Beach CA 90813", "ADDRESS"), ("bvhealth.example/cal", "URL")],
     ["imaging", "practice-contact"], "Lock-screen push: test names and breast-center name go (decisions 1, 4); the center's address and link stay; the booking code is not labelled (decision 17)."),
    ("bg0008", "Hello, this is Marisol calling from Tidewater Radiology's scheduling line for Evangeline Brooks. We have you down for a screening mammogram on Tuesday, November third, at two fifteen p.m. Press 1 to confirm, or press 2 to speak with a scheduler.",
     "REWRITE", "reminder", "voice", "en",
     [("Marisol", "PROVIDER"), ("Tidewater Radiology", "SPECIALTY"), ("Evangeline Brooks", "NAME"), ("screening mammogram", "PROCEDURE"), ("November third", "DATE")],
     ["imaging"], "IVR reminder (voice is treated like SMS): patient name, radiology name and the test go; the scheduler is workforce (PROVIDER); a spoken date is a DATE."),
    ("bg0009", "reminder: ur mammo tmrw 9:30 @ Cypress Womens Imaging. bring ins card + photo id. txt back if u need to move it",
     "REWRITE", "reminder", "sms", "en",
     [("mammo", "PROCEDURE"), ("Cypress Womens Imaging", "SPECIALTY")],
     ["imaging", "shorthand", "typo"], "Staff shorthand: 'mammo' and the women's-imaging name (missing apostrophe) go (decision 1)."),
    ("bg0010", "Hi! This is Dr. Nakagawa's office at Hillcrest Family Medicine. Your annual exam is set for Tue 6/23 at 3:40pm. Please bring a list of your current medications. Call 503-555-0129 with questions.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Nakagawa", "PROVIDER"), ("6/23", "DATE"), ("503-555-0129", "PHONE")],
     ["primary-care", "practice-contact"], "Generic primary care: 'annual exam' and 'medications' are generic words."),
    ("bg0011", "Clínica Familiar El Roble: Su cita con la Dra. Ibarra es el jueves 14 de mayo a las 11:20. Responda SÍ para confirmar o NO para cancelar. Gracias.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Ibarra", "PROVIDER"), ("14 de mayo", "DATE")],
     ["primary-care"], "Generic clinic, provider, date and time only."),
    ("bg0012", "Subject: Time to schedule your mammogram\n\nDear Ms. Okafor-Lindqvist,\n\nOur records show you are due for your yearly screening mammogram at Prairie Sky Breast Health. Regular screening is one of the best ways to find problems early, when they are easiest to treat.\n\nTo make it easier, we now offer evening appointments on Tuesdays and Thursdays until 7 PM and Saturday mornings from 8 to noon. Most insurance plans cover screening with no copay. If you have had breast surgery or implants, just let the scheduler know so we can book extra time.\n\nSchedule online at prairiesky.example/schedule or call 605-555-0172, Monday through Friday, 7:30 to 5.\n\nWe look forward to seeing you,\nThe Prairie Sky scheduling team",
     "REWRITE", "recall", "email", "en",
     [("schedule your [[mammogram]]", "PROCEDURE"), ("Okafor-Lindqvist", "NAME"), ("screening mammogram", "PROCEDURE"), ("Prairie Sky Breast Health", "SPECIALTY"), ("prairiesky.example/schedule", "URL"), ("605-555-0172", "PHONE")],
     ["imaging", "practice-contact", "negation"], "Recall e-mail: hyphenated surname, the test (subject and body) and the breast-health name go; the hypothetical 'breast surgery or implants' is unlabelled (decision 15); link and phone stay."),
)

# ---------------------------------------------------------------- batch 2 (bg0013-bg0024): vans, awareness month, shops, hard negatives
add(
    ("bg0013", "Mobile Mammography Coach \u2013 this week's stops: Mon, Cedar Grove Public Library; Wed, Harvest Market parking lot; Fri, Lincoln Hills Community Center. 8am\u20133pm. Walk-ins welcome, most insurance accepted, no doctor's order needed if you're 40 or older.",
     "ALLOW", "marketing", "sms", "en", [],
     ["imaging", "broadcast", "hard-negative"], "Van schedule sent to everyone (decision 3): the stops are the van's, not a patient's, and the service words describe the program, not the recipient."),
    ("bg0014", "Due to dense fog on Route 9 this morning, the mobile unit will open at 10:00 instead of 8:00. All appointments will be honored \u2014 no need to call. Drive safe!",
     "ALLOW", "other", "sms", "en", [],
     ["imaging", "hard-negative"], "'dense' is the weather; the mobile unit is not named as a mammography unit and nothing is said about the recipient."),
    ("bg0015", "October is Breast Cancer Awareness Month \U0001F380 Join Team Pink at the Riverside Pink Ribbon 5K on Saturday morning \u2014 every registration helps fund free screenings for uninsured neighbors. Sign up at the front desk or at any of our clinics!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Awareness-month fundraising sent to everyone; 'breast cancer' names a campaign, not the recipient's diagnosis."),
    ("bg0016", "St. Agnes Health's mobile mammography unit will be at Brightline Logistics, 4410 Commerce Pkwy (Building C lot), on Thu 10/15 from 9 to 4. Employees can grab a 15-minute slot at stagnes.example/van or just walk up.",
     "ALLOW", "marketing", "email", "en",
     [("4410 Commerce Pkwy", "ADDRESS"), ("10/15", "DATE"), ("stagnes.example/van", "URL")],
     ["imaging", "broadcast", "practice-contact"], "Workplace van visit to all employees (decision 3): the stop address is the service's location (allowed); generic health-system sender."),
    ("bg0017", "Sorry for the mass text, everyone! Our phone lines are down this morning. To reach the front desk, please use portal chat. We'll text again as soon as the lines are back up.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'mass' as in bulk messaging, not a breast mass."),
    ("bg0018", "Mammograms after Mass! Our mobile coach will be parked outside Our Lady of Guadalupe parish hall after the 9 and 11 o'clock Masses this Sunday. Bring your insurance card \u2014 free for women without insurance.",
     "ALLOW", "marketing", "sms", "en", [],
     ["imaging", "broadcast", "hard-negative"], "Church-service 'Mass' and a van event for everyone (decisions 2, 3); the parish hall is the van's location, not a patient's."),
    ("bg0019", "Octubre es el Mes de Concientización sobre el Cáncer de Mama \U0001F397\ufe0f Este viernes vístase de rosa y acompáñenos a la caminata «Juntas por la Vida». Habrá café, música y rifas para recaudar fondos para mamografías gratuitas. ¡Las esperamos!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Pink-ribbon walk and fundraising sent to everyone; the campaign name is not a diagnosis."),
    ("bg0020", "Curve & Cotton Boutique: Fall fitting days are here! Free professional bra fittings by appointment + 20% off sports bras and shapewear through Sunday. Reply FIT to book, STOP to unsubscribe.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Retail bra-fitting ad: 'fitting' and 'bra' are not a medical device or visit here."),
    ("bg0021", "Hi Deb, it's Lorraine at Second Bloom Boutique. Your post-mastectomy bra and breast prosthesis fitting is Wednesday at 2:00. Please bring the prescription from Dr. Feld's office so we can bill your insurance.",
     "REWRITE", "reminder", "sms", "en",
     [("Deb", "NAME"), ("Lorraine", "PROVIDER"), ("post-mastectomy bra", "PROCEDURE"), ("breast prosthesis", "PROCEDURE"), ("Dr. Feld", "PROVIDER")],
     ["oncology"], "Judgement (decision 16): the devices reveal a mastectomy and go; the fitter is the named sender (PROVIDER); 'fitting' stays generic. Contrast with the retail ad bg0020."),
    ("bg0022", "Octubre, mes de la lucha contra el cáncer de mama: la mayoría de las mujeres de 40 años o más deberían hacerse una mamografía cada uno o dos años. ¿No sabe si ya le toca? Pregunte en su próxima consulta o revise la sección «Prevención» en el portal.",
     "ALLOW", "marketing", "sms", "es", [],
     ["imaging", "broadcast", "hard-negative"], "Screening education to every patient; says nothing about whether the recipient is due."),
    ("bg0023", "Pink October at Valley Medical Group: Saturday screening clinics all month, and no referral needed for screening mammograms if you're 40+. Call 602-555-0190 or visit valleymedgroup.example/pink to book.",
     "ALLOW", "marketing", "sms", "en",
     [("602-555-0190", "PHONE"), ("valleymedgroup.example/pink", "URL")],
     ["imaging", "broadcast", "practice-contact"], "Campaign broadcast from a generic practice (decision 2); the service is offered to all, not named as the recipient's own."),
    ("bg0024", "Bayview Breast Center holiday hours: closed Thu 11/26 and Fri 11/27. Our after-hours line stays open at 562-555-0133. Happy Thanksgiving!",
     "REWRITE", "other", "sms", "en",
     [("Bayview Breast Center", "SPECIALTY"), ("11/26", "DATE"), ("11/27", "DATE"), ("562-555-0133", "PHONE")],
     ["imaging", "practice-contact"], "Judgement (decision 2): a closure notice says nothing clinical, but the breast-center name shows the recipient is its patient; the name goes, hours and phone stay."),
)

# ---------------------------------------------------------------- batch 3 (bg0025-bg0036): callbacks, diagnostic imaging, BI-RADS, density
add(
    ("bg0025", "Hi Renata, this is Bayview Breast Center. The radiologist reviewed your screening mammogram from 9/14 and would like additional images of the left breast. Please call 562-555-0133 to schedule a diagnostic mammogram and ultrasound this week.",
     "BLOCK", "result", "sms", "en",
     [("Renata", "NAME"), ("Bayview Breast Center", "SPECIALTY"), ("radiologist", "SPECIALTY"), ("screening mammogram", "PROCEDURE"), ("9/14", "DATE"), ("additional images of the left breast", "RESULT"), ("562-555-0133", "PHONE"), ("diagnostic mammogram", "PROCEDURE"), ("ultrasound", "PROCEDURE")],
     ["imaging", "practice-contact"], "Judgement (decision 5): a screening callback that asks for more images of one breast is a finding (an incomplete screen); removing it leaves no purpose. Portal notice instead."),
    ("bg0026", "Your mammogram result: BI-RADS 0 (incomplete) \u2013 additional imaging needed. This is common and most callbacks turn out to be nothing serious. Please call us to book your follow-up imaging.",
     "BLOCK", "result", "sms", "en",
     [("mammogram", "PROCEDURE"), ("BI-RADS", "PROCEDURE"), ("BI-RADS [[0]]", "RESULT"), ("incomplete", "RESULT"), ("additional imaging needed", "RESULT")],
     ["imaging"], "A BI-RADS category is a result (README: BI-RADS PROCEDURE, value RESULT); the reassurance does not make it less of a finding (decision 5)."),
    ("bg0027", "Your diagnostic mammogram + breast ultrasound at Lakeshore Breast Imaging is Mon 10/5 at 8:15am. Plan on about 90 minutes. The radiologist may speak with you before you leave.",
     "REWRITE", "reminder", "sms", "en",
     [("diagnostic mammogram", "PROCEDURE"), ("breast ultrasound", "PROCEDURE"), ("Lakeshore Breast Imaging", "SPECIALTY"), ("10/5", "DATE"), ("radiologist", "SPECIALTY")],
     ["imaging"], "Judgement: diagnostic work-up logistics that state no finding; the tests, center and role word go (decisions 1, 4, 11), date and duration survive."),
    ("bg0028", "Your breast ultrasound from 10/5 showed a 9 mm simple cyst in the right breast at 10 o'clock. Simple cysts are benign (BI-RADS 2). Routine yearly screening is recommended. \u2013 Dr. Ambrose",
     "ALLOW", "result", "portal", "en",
     [("breast ultrasound", "PROCEDURE"), ("10/5", "DATE"), ("9 mm", "RESULT"), ("simple cyst", "CONDITION"), ("Simple cysts", "CONDITION"), ("benign", "RESULT"), ("BI-RADS", "PROCEDURE"), ("BI-RADS [[2]]", "RESULT"), ("Dr. Ambrose", "PROVIDER")],
     ["imaging", "contrast"], "Inside the secure portal a result with its finding may stay (README channel convention). Same text by SMS: bg0029."),
    ("bg0029", "Your breast ultrasound from 10/5 showed a 9 mm simple cyst in the right breast at 10 o'clock. Simple cysts are benign (BI-RADS 2). Routine yearly screening is recommended. \u2013 Dr. Ambrose",
     "BLOCK", "result", "sms", "en",
     [("breast ultrasound", "PROCEDURE"), ("10/5", "DATE"), ("9 mm", "RESULT"), ("simple cyst", "CONDITION"), ("Simple cysts", "CONDITION"), ("benign", "RESULT"), ("BI-RADS", "PROCEDURE"), ("BI-RADS [[2]]", "RESULT"), ("Dr. Ambrose", "PROVIDER")],
     ["imaging", "contrast"], "A benign finding is still a result: by SMS it is BLOCK. Contrast with the portal copy bg0028."),
    ("bg0030", "Sra. Villalobos, su mamografía del 3 de marzo salió BI-RADS 4. La Dra. Estrada recomienda una biopsia guiada por ultrasonido. Por favor llame hoy al 210-555-0184 para programarla.",
     "BLOCK", "result", "sms", "es",
     [("Villalobos", "NAME"), ("mamografía", "PROCEDURE"), ("3 de marzo", "DATE"), ("BI-RADS", "PROCEDURE"), ("BI-RADS [[4]]", "RESULT"), ("Dra. Estrada", "PROVIDER"), ("biopsia guiada por ultrasonido", "PROCEDURE"), ("210-555-0184", "PHONE")],
     ["imaging", "practice-contact"], "A suspicious BI-RADS category and the biopsy it leads to are the message itself."),
    ("bg0031", "Hi, this is Kendra from Cypress Women's Imaging calling for Gwendolyn Achterberg. Please give us a call back at 704-555-0156 about your recent visit. Thank you, and have a good day.",
     "REWRITE", "other", "voice", "en",
     [("Kendra", "PROVIDER"), ("Cypress Women's Imaging", "SPECIALTY"), ("Gwendolyn Achterberg", "NAME"), ("704-555-0156", "PHONE")],
     ["imaging", "practice-contact"], "Judgement (decision 5): a neutral call-back states no finding; the women's-imaging name and the patient's name go (voice is overheard), the call-back number stays."),
    ("bg0032", "This is Ridgeview Medical Group calling with a message for the patient at this number. Please call us back at 615-555-0102 at your convenience. Our hours are 8 to 5, Monday through Friday.",
     "ALLOW", "other", "voice", "en",
     [("615-555-0102", "PHONE")],
     ["primary-care", "practice-contact"], "The safe call-back voicemail: generic practice, no name, no reason, the practice's own number."),
    ("bg0033", "6 mo f/u mammo due for probably benign finding L breast (BI-RADS 3). pls sched dx mammo L + US w/ Dr. Pham's team before 2/20. thx",
     "BLOCK", "recall", "sms", "en",
     [("f/u [[mammo]] due", "PROCEDURE"), ("probably benign", "RESULT"), ("BI-RADS", "PROCEDURE"), ("BI-RADS [[3]]", "RESULT"), ("dx mammo", "PROCEDURE"), ("L + [[US]] w/", "PROCEDURE"), ("Dr. Pham", "PROVIDER"), ("2/20", "DATE")],
     ["imaging", "shorthand"], "Short-interval follow-up recall that states the category and 'probably benign' finding: a result, not logistics."),
    ("bg0034", "Subject: Your mammogram results\n\nDear Ms. Haldane,\n\nThank you for choosing Northwind Women's Imaging. Your screening mammogram of 8/11 showed no evidence of cancer. Your breast tissue is heterogeneously dense. Dense tissue is common and is not abnormal, but it can make small findings harder to see and is linked to a somewhat higher risk. Please talk with your provider about whether supplemental screening is right for you.\n\nA copy of this letter has been sent to Dr. Whitcombe. Your next screening is due in one year.\n\nNorthwind Women's Imaging\n503-555-0175 | northwindimaging.example",
     "BLOCK", "result", "email", "en",
     [("Your [[mammogram]] results", "PROCEDURE"), ("Haldane", "NAME"), ("Northwind Women's Imaging", "SPECIALTY", 0), ("screening mammogram", "PROCEDURE"), ("8/11", "DATE"), ("no evidence of cancer", "RESULT"), ("heterogeneously dense", "RESULT"), ("Dr. Whitcombe", "PROVIDER"), ("Northwind Women's Imaging", "SPECIALTY", 1), ("503-555-0175", "PHONE"), ("northwindimaging.example", "URL")],
     ["imaging", "practice-contact"], "Results letter by e-mail (treated like SMS): a negative screen and the patient's own breast density are results (decision 5); the density education sentence is generic and unlabelled."),
    ("bg0035", "Your follow-up appointment is Thu 4/2 at 7:40 AM in Pavilion B, 2nd floor. If you had imaging done elsewhere, please bring the disc or have it sent ahead. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("4/2", "DATE")],
     ["imaging"], "Judgement: 'follow-up' and 'imaging done elsewhere' are generic; no center, test or finding named."),
    ("bg0036", "Buenas tardes, le habla Yesenia del Centro de Imágenes Aurora. Le confirmamos su ultrasonido de mama para el lunes 9 de noviembre a las 8:30. Si tiene estudios anteriores de otro lugar, tráigalos en CD. Cualquier duda, al 915-555-0163.",
     "REWRITE", "confirmation", "sms", "es",
     [("Yesenia", "PROVIDER"), ("Centro de Imágenes Aurora", "SPECIALTY"), ("ultrasonido de mama", "PROCEDURE"), ("9 de noviembre", "DATE"), ("915-555-0163", "PHONE")],
     ["imaging", "practice-contact"], "Staff sender is PROVIDER; imaging-center name and the breast ultrasound go; date, time and phone survive."),
)

# ---------------------------------------------------------------- batch 4 (bg0037-bg0048): breast biopsy and MRI logistics, pathology, aftercare
add(
    ("bg0037", "Before your stereotactic breast biopsy on Thursday: stop aspirin and ibuprofen 5 days ahead, and hold your Eliquis for 2 days as Dr. Sandoval approved. Wear a snug sports bra; you'll get an ice pack afterward.",
     "BLOCK", "care-instructions", "sms", "en",
     [("stereotactic breast biopsy", "PROCEDURE"), ("aspirin", "MEDICATION"), ("ibuprofen", "MEDICATION"), ("Eliquis", "MEDICATION"), ("Dr. Sandoval", "PROVIDER")],
     ["imaging"], "Judgement (decision 7): a patient-specific anticoagulant hold approved by her doctor is a treatment instruction; without it the message has no purpose."),
    ("bg0038", "Hi Priya \u2014 your MRI-guided breast biopsy is confirmed for Tue 12/1 at 11:00 at Lakeshore Breast Imaging. Check in at 10:30. Eat a light breakfast; most people can drive themselves home.",
     "REWRITE", "confirmation", "sms", "en",
     [("Priya", "NAME"), ("MRI-guided breast biopsy", "PROCEDURE"), ("12/1", "DATE"), ("Lakeshore Breast Imaging", "SPECIALTY")],
     ["imaging"], "Biopsy logistics without a dose or finding: name, procedure (decision 4) and center go; times and generic prep survive."),
    ("bg0039", "Good news, Colette! Your biopsy pathology came back benign (fibroadenoma). Dr. Marchetti recommends a follow-up ultrasound in 6 months. Call us with any questions.",
     "BLOCK", "result", "sms", "en",
     [("Colette", "NAME"), ("biopsy", "PROCEDURE"), ("benign", "RESULT"), ("fibroadenoma", "CONDITION"), ("Dr. Marchetti", "PROVIDER"), ("ultrasound", "PROCEDURE")],
     ["imaging"], "Good news is still a result (README: normal or negative results are BLOCK), and it names the diagnosis."),
    ("bg0040", "Your b\u200breast bi\u200bopsy results are in: a\u200btypical ductal hyperplasia. Dr. Kwan will call you tomorrow to talk about next steps.",
     "BLOCK", "result", "sms", "en",
     [("b\u200breast bi\u200bopsy", "PROCEDURE"), ("a\u200btypical ductal hyperplasia", "CONDITION"), ("Dr. Kwan", "PROVIDER")],
     ["imaging"], "Disguised with zero-width spaces inside words; a pathology diagnosis from a biopsy is the message."),
    ("bg0041", "Resonancia magnética de mama con contraste \u2014 sáb 13 de febrero, 6:45 a. m. Llegue 30 min antes para la vía IV. Avísenos si tiene marcapasos o problemas de los riñones. Resonancia Lakeshore, 900 N Lake Shore Dr Ste 4, Chicago IL 60611.",
     "REWRITE", "reminder", "push", "es",
     [("Resonancia magnética de mama con contraste", "PROCEDURE"), ("13 de febrero", "DATE"), ("Resonancia Lakeshore", "SPECIALTY"), ("900 N Lake Shore Dr Ste 4, Chicago IL 60611", "ADDRESS")],
     ["imaging", "negation", "practice-contact"], "The breast MRI and the MRI-center name go (decision 1); the screening questions about a pacemaker or kidneys are hypothetical and unlabelled (decision 15); the center's address stays."),
    ("bg0042", "Parking for tomorrow's appointment at Hollis Medical Center is free in Garage B. Take the green elevators to level 2 and follow the signs to Outpatient Check-In. Valet is available at the main entrance.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general"], "Wayfinding only: generic hospital, no service or test named."),
    ("bg0043", "Hola Maritza, ya salieron los resultados de tu biopsia: es un carcinoma ductal in situ (DCIS), detectado a tiempo. El Dr. Olvera quiere verte el lunes para hablar del tratamiento. Aquí estamos para apoyarte \U0001F495",
     "BLOCK", "result", "sms", "es",
     [("Maritza", "NAME"), ("biopsia", "PROCEDURE"), ("carcinoma ductal in situ", "CONDITION"), ("DCIS", "CONDITION"), ("Dr. Olvera", "PROVIDER")],
     ["oncology", "imaging"], "A cancer diagnosis told by text, however kindly: BLOCK, portal or phone call instead."),
    ("bg0044", "Pre-op reminder: your SCOUT reflector placement is Mon 3/1 at 7:00 AM at Bayview Breast Center, then your lumpectomy with Dr. Greaves at Harbor Surgery Center on 3/8. Nothing to eat or drink after midnight the night before surgery.",
     "REWRITE", "reminder", "sms", "en",
     [("Pre-op", "PROCEDURE"), ("SCOUT reflector placement", "PROCEDURE"), ("3/1", "DATE"), ("Bayview Breast Center", "SPECIALTY"), ("lumpectomy", "PROCEDURE"), ("Dr. Greaves", "PROVIDER"), ("3/8", "DATE")],
     ["oncology", "imaging"], "Pre-op logistics: localization device placement (decision 16), the lumpectomy and the breast-center name go; a generic surgical center, dates and the standard fasting line survive."),
    ("bg0045", "Después de su biopsia de hoy: hielo 20 minutos sí y 20 no, mantenga las tiritas secas 48 horas y tome Tylenol 1000 mg cada 8 horas si tiene dolor (máximo 3000 mg al día). Si sangra mucho, llame al 312-555-0147.",
     "BLOCK", "care-instructions", "sms", "es",
     [("biopsia", "PROCEDURE"), ("Tylenol 1000 mg", "MEDICATION"), ("312-555-0147", "PHONE")],
     ["imaging", "practice-contact"], "Aftercare with a dosing schedule is a treatment instruction (decision 7)."),
    ("bg0046", "Dr. Ambrose has released your breast MRI result: no suspicious enhancement (BI-RADS 1, negative). Your next screening MRI is due in 12 months.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Ambrose", "PROVIDER"), ("breast MRI", "PROCEDURE"), ("no suspicious enhancement", "RESULT"), ("BI-RADS", "PROCEDURE"), ("BI-RADS [[1]]", "RESULT"), ("negative", "RESULT"), ("screening MRI", "PROCEDURE")],
     ["imaging"], "Inside the secure portal the result and category may stay (README channel convention)."),
    ("bg0047", "New result available. For your privacy we don't share results by text \u2014 log in at portal.lakeshoremed.example to view it. Questions? 312-555-0150",
     "ALLOW", "portal-notice", "sms", "en",
     [("portal.lakeshoremed.example", "URL"), ("312-555-0150", "PHONE")],
     ["imaging", "practice-contact"], "The recommended portal notice: says that, not what; generic practice link and phone."),
    ("bg0048", "Hi, this message is for Dolores. This is Gina from Dr. Tsai's office returning your call about your mom. Her biopsy results are back and Dr. Tsai would like you both to come in Friday so we can go over them together. Please call 909-555-0121.",
     "BLOCK", "other", "voice", "en",
     [("Dolores", "NAME"), ("Gina", "PROVIDER"), ("Dr. Tsai", "PROVIDER", 0), ("biopsy", "PROCEDURE"), ("Dr. Tsai", "PROVIDER", 1), ("909-555-0121", "PHONE")],
     ["oncology", "third-party", "practice-contact"], "Judgement (decision 12): a relative's biopsy and a family meeting to go over the results is about a third party's health and implies a finding; left on a voicemail that others may hear."),
)

# ---------------------------------------------------------------- batch 5 (bg0049-bg0060): genetic counseling, BRCA, relatives
add(
    ("bg0049", "Hi Annika, this is BrightPath Cancer Genetics confirming your genetic counseling video visit on Wed 1/20 at 2:00 PM with Morgan Ellery, MS, CGC. The link arrives 1 hour before. Please fill out the family history form beforehand.",
     "REWRITE", "confirmation", "sms", "en",
     [("Annika", "NAME"), ("BrightPath Cancer Genetics", "SPECIALTY"), ("genetic counseling", "PROCEDURE"), ("1/20", "DATE"), ("Morgan Ellery, MS", "PROVIDER"), ("CGC", "SPECIALTY")],
     ["oncology"], "Judgement (decision 11): the CGC credential names the specialty and is its own span; the generic MS stays with the provider. Program name, visit type and first name go."),
    ("bg0050", "Your hereditary cancer panel results are in: positive for a BRCA2 pathogenic variant (c.5946delT). Please schedule a results visit with your genetic counselor \u2014 we'll go over screening options and testing for your relatives.",
     "BLOCK", "result", "sms", "en",
     [("hereditary cancer panel", "PROCEDURE"), ("positive", "RESULT"), ("BRCA2 pathogenic variant", "RESULT"), ("c.5946delT", "RESULT"), ("genetic counselor", "SPECIALTY")],
     ["oncology", "lab"], "A positive germline result (decision 11: gene and variant are RESULT)."),
    ("bg0051", "Hi Tess, thank you for letting us know your sister Nora was diagnosed with breast cancer at 38. Because of that, Dr. Iyer recommends starting yearly breast MRI now and a visit with our genetics team. Call 617-555-0139 to set both up.",
     "BLOCK", "other", "sms", "en",
     [("Tess", "NAME"), ("Nora", "NAME"), ("breast cancer", "CONDITION"), ("Dr. Iyer", "PROVIDER"), ("breast MRI", "PROCEDURE"), ("our [[genetics]] team", "SPECIALTY"), ("617-555-0139", "PHONE")],
     ["oncology", "third-party", "practice-contact"], "A named relative's cancer diagnosis (decision 12) plus the patient's high-risk plan; third-party health is BLOCK."),
    ("bg0052", "Hola Sra. Carrasco, le escribimos del Programa de Riesgo Hereditario de Cáncer del Hospital San Judas para confirmar su cita de asesoría genética el martes 2 de febrero a las 10:00. Si puede, traiga por escrito la historia de salud de su familia.",
     "REWRITE", "confirmation", "sms", "es",
     [("Carrasco", "NAME"), ("Programa de Riesgo Hereditario de Cáncer", "SPECIALTY"), ("asesoría genética", "PROCEDURE"), ("2 de febrero", "DATE")],
     ["oncology"], "Hereditary-cancer program name (decision 1) and the visit type go; the generic hospital name, date and time survive."),
    ("bg0053", "Thank you for joining us at the Pink Ribbon Gala! Together we raised $48,200 for the Hope Fund, which pays for screening mammograms and rides for uninsured women in our area. Photos are on our Facebook page \u2014 tag yourself and share the love. See you next October!",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Fundraising thank-you to every attendee; amounts and the fund are not PHI."),
    ("bg0054", "Your BR\u0421\u0410 test result is ready: negative, no mutation detected. We'll review what this means for your screening at your visit with Dr. Faulk on 4/8.",
     "BLOCK", "result", "sms", "en",
     [("BR\u0421\u0410 test", "PROCEDURE"), ("negative", "RESULT"), ("no mutation detected", "RESULT"), ("Dr. Faulk", "PROVIDER"), ("4/8", "DATE")],
     ["oncology", "lab"], "Cyrillic Es and A inside 'BRCA'; a negative genetic result is still a result (README)."),
    ("bg0055", "Subject: Your upcoming visit \u2013 what to expect\n\nDear Rosalind Achebe,\n\nWelcome to the Hereditary Breast & Ovarian Cancer Clinic at Cedar Valley Health. Your first visit is Thursday, February 11 at 9:30 AM with our genetic counselor, Priyanka Dhar, MS, CGC. Plan for about an hour.\n\nBefore the visit, please gather what you can about your parents, siblings, children, aunts, uncles and grandparents: any cancers, the age when each was found, and any genetic test reports they are willing to share. If you decide on genetic testing, we can collect a saliva sample the same day; most plans cover it when guidelines are met.\n\nParking is free in the Visitor Garage (Level 1). Check in at the Pavilion 2 front desk.\n\nTo reschedule, call 970-555-0131.\n\nCedar Valley Health",
     "REWRITE", "reminder", "email", "en",
     [("Rosalind Achebe", "NAME"), ("Hereditary Breast & Ovarian Cancer Clinic", "SPECIALTY"), ("February 11", "DATE"), ("genetic counselor", "SPECIALTY"), ("Priyanka Dhar, MS", "PROVIDER"), ("CGC", "SPECIALTY"), ("genetic testing", "PROCEDURE"), ("970-555-0131", "PHONE")],
     ["oncology", "negation", "practice-contact"], "Welcome letter: name, clinic name, role word and credential (decision 11) and the optional test go; the family-history checklist is hypothetical and unlabelled (decision 15)."),
    ("bg0056", "Your mother's genetic test showed the same PALB2 change, so her doctor suggested you get tested too. We can draw your sample at the lab on Monday morning, no fasting needed.",
     "BLOCK", "other", "sms", "en",
     [("genetic test", "PROCEDURE"), ("PALB2 change", "RESULT")],
     ["oncology", "lab", "third-party"], "A relative's genetic result (decisions 11, 12): third-party health, and it implies the patient's own risk."),
    ("bg0057", "Family reunion this summer? It's a great time to ask relatives about health history. Knowing who in your family had cancer, heart disease or diabetes \u2014 and at what age \u2014 helps your care team. Pick up a family-history worksheet at any front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Education to everyone; the conditions are examples, not anyone's diagnosis."),
    ("bg0058", "Your BRCA1/BRCA2 test kit shipped today via UPS, tracking 1Z999AA10123456784. Please return it within 14 days in the prepaid box. Questions: kits@cedarvalley.example",
     "REWRITE", "other", "sms", "en",
     [("BRCA1/BRCA2 test", "PROCEDURE"), ("1Z999AA10123456784", "OTHER_ID"), ("kits@cedarvalley.example", "EMAIL")],
     ["oncology", "lab", "practice-contact"], "Judgement (decisions 11, 13): the test name goes ('kit' stays as the generic word) and the tracking number, which leads to the patient's address, goes; the practice's e-mail stays."),
    ("bg0059", "Don Efraín, su hija Araceli nos autorizó a informarle que su estudio genético salió positivo para BRCA1. Le recomendamos que usted también se haga la prueba. Llámenos al 956-555-0117 para agendar.",
     "BLOCK", "result", "sms", "es",
     [("Efraín", "NAME"), ("Araceli", "NAME"), ("estudio genético", "PROCEDURE"), ("positivo", "RESULT"), ("BRCA1", "RESULT"), ("956-555-0117", "PHONE")],
     ["oncology", "third-party", "practice-contact"], "A daughter's positive genetic result told to her father (decision 12); the authorization does not make SMS safe."),
    ("bg0060", "Appointment tomorrow 9:15 AM with Dr. Faulk. Tap to check in early and skip the line at the front desk.",
     "ALLOW", "reminder", "push", "en",
     [("Dr. Faulk", "PROVIDER")],
     ["general"], "Provider and time only on the lock screen."),
)

# ---------------------------------------------------------------- batch 6 (bg0061-bg0072): DEXA, osteoporosis, bone-health programs
add(
    ("bg0061", "Juniper Bone Health: Hi Margarethe, your DEXA scan is Wed 7/8 at 10:10 AM. Wear clothes without metal zippers, snaps or buttons. To reschedule call 541-555-0106.",
     "REWRITE", "reminder", "sms", "en",
     [("Juniper Bone Health", "SPECIALTY"), ("Margarethe", "NAME"), ("DEXA scan", "PROCEDURE"), ("7/8", "DATE"), ("541-555-0106", "PHONE")],
     ["imaging", "practice-contact"], "Judgement (decision 1): a bone-health program name reveals the service; name and test go, date, time and phone stay."),
    ("bg0062", "Your bone density results are in: lumbar spine T-score -2.7, left hip -2.1. This means osteoporosis. Dr. Brandt recommends starting alendronate 70 mg once a week \u2014 details are in your portal.",
     "BLOCK", "result", "sms", "en",
     [("bone density", "PROCEDURE"), ("T-score", "PROCEDURE"), ("-2.7", "RESULT"), ("-2.1", "RESULT"), ("osteoporosis", "CONDITION"), ("Dr. Brandt", "PROVIDER"), ("alendronate 70 mg", "MEDICATION")],
     ["imaging"], "T-scores, the diagnosis and a new drug with its schedule (README: T-score PROCEDURE, value RESULT)."),
    ("bg0063", "Reminder for Friday's bone density scan at 8:20 AM: if you take calcium supplements, skip them for 24 hours beforehand. No other prep needed. \u2013 Willamette Imaging",
     "REWRITE", "reminder", "sms", "en",
     [("bone density scan", "PROCEDURE"), ("calcium", "MEDICATION"), ("Willamette Imaging", "SPECIALTY")],
     ["imaging", "negation"], "Judgement (decision 7): a standard conditional prep line that does not say the patient takes calcium; the drug, the test and the imaging name go and the reminder survives."),
    ("bg0064", "Sra. Paredes: su densitometría muestra osteopenia (T-score -1.8 en cadera). El Dr. Lozano le recomienda vitamina D 2000 UI al día y caminar 30 minutos diarios. Repetiremos el estudio en 2 años.",
     "BLOCK", "result", "sms", "es",
     [("Paredes", "NAME"), ("densitometría", "PROCEDURE"), ("osteopenia", "CONDITION"), ("T-score", "PROCEDURE"), ("-1.8", "RESULT"), ("Dr. Lozano", "PROVIDER"), ("vitamina D 2000 UI", "MEDICATION")],
     ["imaging"], "A DEXA finding, its T-score and a dosed supplement recommendation."),
    ("bg0065", "Hi from Alder Creek Medical! Ur next Pr0lia sh0t is due the week of 9/14. Reply 1 to book w/ our nurse or call 208-555-0143.",
     "REWRITE", "reminder", "sms", "en",
     [("Pr0lia sh0t", "MEDICATION"), ("9/14", "DATE"), ("208-555-0143", "PHONE")],
     ["primary-care", "leet", "shorthand", "practice-contact"], "Leet digits inside the drug name and form word (README: the form word goes with the drug); the due week and the nurse visit survive."),
    ("bg0066", "Your Reclast infusion is Tue 5/25 at 1:00 PM at the Infusion Center, 2nd floor. Drink 2 glasses of water before you come, and take Tylenol 650 mg every 6 hours for 2 days afterward if you get achy.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Reclast infusion", "MEDICATION"), ("5/25", "DATE"), ("Infusion Center", "SPECIALTY"), ("Tylenol 650 mg", "MEDICATION")],
     ["primary-care"], "The infusion is removable, but the post-infusion dosing schedule is a treatment instruction (decision 7); the infusion-center name is SPECIALTY (decision 1)."),
    ("bg0067", "Spring Senior Health Fair \u2013 Thursday 9 to noon at Oak Park Rec Center: free heel bone-density screenings, blood pressure checks, hearing screens and a falls-prevention talk. Everyone welcome, no appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Health-fair broadcast: the screenings are offered to all, not the recipient's own."),
    ("bg0068", "DEXA 6/2: L1\u2013L4 T-score \u22122.6; femoral neck \u22122.3. FRAX 10-yr major osteoporotic fracture risk 21%, hip 3.4%. This meets the threshold for treatment. Dr. Brandt will go over options with you at your 6/16 visit.",
     "ALLOW", "result", "portal", "en",
     [("DEXA", "PROCEDURE"), ("6/2", "DATE"), ("T-score", "PROCEDURE"), ("\u22122.6", "RESULT"), ("\u22122.3", "RESULT"), ("FRAX", "PROCEDURE"), ("21%", "RESULT"), ("3.4%", "RESULT"), ("meets the threshold for treatment", "RESULT"), ("Dr. Brandt", "PROVIDER"), ("6/16", "DATE")],
     ["imaging"], "Portal result with T-scores (Unicode minus signs) and FRAX risks: allowed inside the portal; FRAX is a score (PROCEDURE) and its values RESULT."),
    ("bg0069", "Hi Joan, your mother Beatrice (93) had her DEXA this morning. Dr. Ruiz says her bones are very thin and would like to start Prolia \u2014 can you bring her in next week to sign the consent?",
     "BLOCK", "other", "sms", "en",
     [("Joan", "NAME"), ("Beatrice", "NAME"), ("93", "AGE"), ("DEXA", "PROCEDURE"), ("Dr. Ruiz", "PROVIDER"), ("bones are very thin", "RESULT"), ("Prolia", "MEDICATION")],
     ["imaging", "third-party", "age-over-89"], "A parent's finding and treatment plan told to her daughter: third-party health, plus an age over 89."),
    ("bg0070", "Ride confirmed: Halina Kowalczyk, 91, pickup 8:15 AM Thu 8/20 at home \u2192 Willamette Imaging for bone density scan. The driver will call when outside.",
     "REWRITE", "confirmation", "sms", "en",
     [("Halina Kowalczyk", "NAME"), ("Kowalczyk, [[91]],", "AGE"), ("8/20", "DATE"), ("Willamette Imaging", "SPECIALTY"), ("bone density scan", "PROCEDURE")],
     ["imaging", "age-over-89"], "Judgement (decision 18): transport logistics with a name, an age over 89, the imaging name and the test; all removable, pickup time survives."),
    ("bg0071", "Recordatorio: su inyección de Evenity es el lunes 12 de julio a las 3:15 pm en la Clínica de Osteoporosis del Valle. Responda C para confirmar o llame al 559-555-0128.",
     "REWRITE", "reminder", "sms", "es",
     [("inyección de Evenity", "MEDICATION"), ("12 de julio", "DATE"), ("Clínica de Osteoporosis del Valle", "SPECIALTY"), ("559-555-0128", "PHONE")],
     ["primary-care", "practice-contact"], "Judgement (decisions 1, 10): the drug with its preceding form word is one MEDICATION span; the clinic's proper name containing the condition is one SPECIALTY span."),
    ("bg0072", "Alder Creek Medical is moving! Starting Monday, X-ray, ultrasound and bone density services will be at 1250 Birch Ave, Suite 100. Same phone number: 208-555-0143.",
     "ALLOW", "other", "sms", "en",
     [("1250 Birch Ave, Suite 100", "ADDRESS"), ("208-555-0143", "PHONE")],
     ["imaging", "broadcast", "practice-contact"], "Practice move sent to all patients: the services listed are the practice's, the address and phone its own."),
)

# ---------------------------------------------------------------- batch 7 (bg0073-bg0084): menopause clinics, hormone therapy, pharmacies, webinars
add(
    ("bg0073", "Walgrove Pharmacy: estradiol 0.05 mg/24hr patch ready for pickup. Reply HOURS for hours.",
     "REWRITE", "pickup", "sms", "en",
     [("estradiol 0.05 mg/24hr patch", "MEDICATION")],
     ["pharmacy"], "Judgement (decision 9): a strength in a pickup notice is part of the drug span, not a dosing instruction; the pickup survives."),
    ("bg0074", "Hi Lorna, Dr. Sato went over your hot flash diary. Let's increase your estradiol patch to 0.075 mg, still changed twice a week, and keep taking progesterone 100 mg at bedtime. New Rx sent to Harmon Drug.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Lorna", "NAME"), ("Dr. Sato", "PROVIDER"), ("hot flash", "CONDITION"), ("estradiol patch", "MEDICATION"), ("progesterone 100 mg", "MEDICATION")],
     ["reproductive"], "A hormone dose change (the new dose written apart from the drug is not in the span, README) and a symptom (decision 8)."),
    ("bg0075", "Free webinar: \u201cMenopause, Unfiltered\u201d \u2014 sleep, mood, hot flashes and what actually helps. Thursday at 7 PM, open to everyone. Register through the link in this month's newsletter. Partners welcome!",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Menopause education offered to everyone; the symptoms are topics, not the recipient's."),
    ("bg0076", "Charla gratuita para todas: «La menopausia sin tabúes». Hablaremos de sueño, estado de ánimo, bochornos y salud de los huesos. Sábado a las 10:00 en la sala comunitaria. ¡Trae a tu mamá, hermana o amiga! Cupo limitado.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Community talk for everyone; 'menopausia' and 'bochornos' are topics, and the relatives invited are not patients."),
    ("bg0077", "Pinecrest Midlife & Menopause Clinic: your menopause consult with NP Garland is Mon 4/12 at 4:00 PM by video. Join here: pinecrest.example/v/8HKQ2 \u2014 please test your camera beforehand.",
     "REWRITE", "reminder", "sms", "en",
     [("Pinecrest Midlife & Menopause Clinic", "SPECIALTY"), ("menopause", "CONDITION"), ("NP Garland", "PROVIDER"), ("4/12", "DATE"), ("pinecrest.example/v/8HKQ2", "URL")],
     ["reproductive"], "Judgement (decisions 1, 8): clinic name and 'menopause' as a visit label go ('consult' stays); the video link carries a per-visit code, so it is patient-specific (README) and goes too."),
    ("bg0078", "You have a new secure message from Magnolia Women's Health about your hormone therapy. Log in to the portal to read it.",
     "REWRITE", "portal-notice", "sms", "en",
     [("Magnolia Women's Health", "SPECIALTY"), ("hormone therapy", "MEDICATION")],
     ["reproductive"], "Judgement (decisions 1, 8): a women's-health practice name and the therapy named in a portal notice go; 'you have a new secure message' survives."),
    ("bg0079", "Hi Sheila, it's nurse Patrice at Dr. Albright's office. Your FSH came back at 68 and your estradiol was under 20, which fits with menopause. Dr. Albright says you can stop the birth control pills now. Call us if you have questions.",
     "BLOCK", "result", "voice", "en",
     [("Sheila", "NAME"), ("nurse Patrice", "PROVIDER"), ("Dr. Albright", "PROVIDER", 0), ("FSH", "PROCEDURE"), ("68", "RESULT"), ("estradiol", "PROCEDURE"), ("under 20", "RESULT"), ("menopause", "CONDITION"), ("Dr. Albright", "PROVIDER", 1), ("birth control pills", "MEDICATION")],
     ["reproductive", "lab"], "Voicemail with hormone levels, an interpretation and a medication stop. Judgement (decision 8): estradiol measured in a lab is PROCEDURE here, not MEDICATION."),
    ("bg0080", "Farmacia La Esperanza: Hola Guadalupe, su Premarin crema vaginal ya está lista para recoger. Horario: lun a sáb de 9 a 8.",
     "REWRITE", "pickup", "sms", "es",
     [("Guadalupe", "NAME"), ("Premarin crema vaginal", "MEDICATION")],
     ["pharmacy"], "Pickup notice: name and the drug with its form go; store hours survive."),
    ("bg0081", "Update from Harmon Drug: your insurer denied prior authorization for Veozah 45 mg \u2014 reason: 'must first try two formulary options (paroxetine, venlafaxine) for vasomotor symptoms.' Dr. Sato's office is appealing. Member ID on file: XJH448120937.",
     "BLOCK", "other", "sms", "en",
     [("Veozah 45 mg", "MEDICATION"), ("paroxetine", "MEDICATION"), ("venlafaxine", "MEDICATION"), ("vasomotor symptoms", "CONDITION"), ("Dr. Sato", "PROVIDER"), ("XJH448120937", "HEALTH_PLAN_ID")],
     ["pharmacy", "identifier"], "Judgement: the quoted denial reason names the condition and the drugs the patient must try first; that reason is the content of the notice, so it cannot be removed (BLOCK, portal notice instead)."),
    ("bg0082", "Hi Wren, per Dr. Sato: continue estradiol 1 mg daily and add micronized progesterone 200 mg at night on days 1\u201312 of each month. Refills are sent. Let us know how the night sweats are doing in 3 months.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Wren", "NAME"), ("Dr. Sato", "PROVIDER"), ("estradiol 1 mg", "MEDICATION"), ("micronized progesterone 200 mg", "MEDICATION"), ("night sweats", "CONDITION")],
     ["reproductive"], "Dose instructions inside the secure portal are fine (README channel convention)."),
    ("bg0083", "Subject: Time for your yearly HRT check-in\n\nHi Philippa,\n\nIt's been about a year since you started hormone therapy with us at Pinecrest Midlife & Menopause Clinic, and your prescriptions are due for renewal next month. To keep refills going, we need a quick check-in visit \u2014 in person or by video. At the visit we'll check your blood pressure, review any bleeding or side effects, and make sure you're up to date on your mammogram.\n\nBook at pinecrest.example/book or call 971-555-0108. Evening video slots are open Tuesdays and Thursdays.\n\nWarmly,\nThe Pinecrest care team",
     "REWRITE", "reminder", "email", "en",
     [("yearly [[HRT]] check-in", "MEDICATION"), ("Philippa", "NAME"), ("hormone therapy", "MEDICATION"), ("Pinecrest Midlife & Menopause Clinic", "SPECIALTY"), ("mammogram", "PROCEDURE"), ("pinecrest.example/book", "URL"), ("971-555-0108", "PHONE")],
     ["reproductive", "negation", "practice-contact"], "Renewal reminder: HRT and hormone therapy (decision 8), the clinic name and the mammogram go; 'review any bleeding' is a checklist item, not a finding (decision 15); the booking link and phone stay."),
    ("bg0084", "Harmon Drug: Your refill request was sent to Dr. Albright's office for approval. We faxed them at 503-555-0188 and will text you when it's ready.",
     "ALLOW", "pickup", "sms", "en",
     [("Dr. Albright", "PROVIDER"), ("503-555-0188", "FAX")],
     ["pharmacy", "practice-contact"], "Judgement (decision 19): no drug named; the prescriber's office fax is a practice's contact detail, not the patient's."),
)

# ---------------------------------------------------------------- batch 8 (bg0085-bg0096): Pap and HPV, colposcopy, LEEP, endometrial biopsy, hysteroscopy
add(
    ("bg0085", "Mesa Verde OB/GYN: Our records show you're due for your Pap and HPV co-test. Book online at mesaverdewomens.example or call 480-555-0161.",
     "REWRITE", "recall", "sms", "en",
     [("Mesa Verde OB/GYN", "SPECIALTY"), ("Pap", "PROCEDURE"), ("HPV co-test", "PROCEDURE"), ("mesaverdewomens.example", "URL"), ("480-555-0161", "PHONE")],
     ["reproductive", "practice-contact"], "Recall: OB/GYN name and the tests go; the practice's own link and phone stay."),
    ("bg0086", "Hi Jolene, your Pap came back ASC-US and your HPV test was positive for a high-risk type. Dr. Whitfield recommends a colposcopy \u2013 a quick in-office look at the cervix. Call 480-555-0161 to schedule.",
     "BLOCK", "result", "sms", "en",
     [("Jolene", "NAME"), ("Pap", "PROCEDURE"), ("ASC-US", "RESULT"), ("HPV test", "PROCEDURE"), ("positive for a high-risk type", "RESULT"), ("Dr. Whitfield", "PROVIDER"), ("colposcopy", "PROCEDURE"), ("480-555-0161", "PHONE")],
     ["reproductive", "practice-contact"], "Abnormal cytology and a positive HPV result are the message."),
    ("bg0087", "Pappas Family Bakery is bringing pastries to our Saturday open house! Stop by the lobby 9\u201311 for coffee, meet our new providers and tour the renovated clinic.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Pap' inside a bakery's family name; an open-house broadcast."),
    ("bg0088", "Reminder: PAP (Patient Assistance Program) applications for next year open Monday. Bring your most recent tax return and two pay stubs to the billing office if you'd like help applying.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "PAP here is the Patient Assistance Program, spelled out in the message; a financial notice to everyone."),
    ("bg0089", "Hola Xiomara, te confirmamos tu colposcopia con la Dra. Benítez el viernes 16 de octubre a las 2:30 pm en la Clínica de la Mujer Santa Lucía. Si te baja la regla ese día, llámanos y la cambiamos.",
     "REWRITE", "confirmation", "sms", "es",
     [("Xiomara", "NAME"), ("colposcopia", "PROCEDURE"), ("Dra. Benítez", "PROVIDER"), ("16 de octubre", "DATE"), ("Clínica de la Mujer Santa Lucía", "SPECIALTY")],
     ["reproductive"], "Judgement (decision 1): a women's clinic name is specialty-revealing; the colposcopy and the name go; the conditional line about menstruation is generic prep and unlabelled."),
    ("bg0090", "For your endometrial biopsy tomorrow: take ibuprofen 800 mg with food 1 hour before, and you may want to bring a pad. Some cramping for a day is normal. \u2013 Sycamore Gynecology",
     "BLOCK", "care-instructions", "sms", "en",
     [("endometrial biopsy", "PROCEDURE"), ("ibuprofen 800 mg", "MEDICATION"), ("Sycamore Gynecology", "SPECIALTY")],
     ["reproductive"], "Judgement (decision 7): a dosed pre-medication instruction is a treatment instruction. Contrast with bg0091 (same procedure, logistics only)."),
    ("bg0091", "Sycamore Gynecology: Reminder of your endometrial biopsy Tue 9/29 at 11:40 AM with Dr. Lindahl. You can eat normally beforehand. Plan for about 30 minutes.",
     "REWRITE", "reminder", "sms", "en",
     [("Sycamore Gynecology", "SPECIALTY"), ("endometrial biopsy", "PROCEDURE"), ("9/29", "DATE"), ("Dr. Lindahl", "PROVIDER")],
     ["reproductive"], "Logistics only: gynecology name and the biopsy go; provider, date and time survive. Contrast with bg0090."),
    ("bg0092", "Hysteroscopy prep: the night before your procedure on 11/4, place 2 misoprostol tablets (200 mcg each) in the vagina at bedtime. Take your Valium 5mg 30 minutes before you arrive, and bring a driver.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Hysteroscopy", "PROCEDURE"), ("11/4", "DATE"), ("misoprostol", "MEDICATION"), ("Valium 5mg", "MEDICATION")],
     ["reproductive"], "Cervical-ripening and sedation dosing instructions (decision 7)."),
    ("bg0093", "EMB path back: benign proliferative endometrium, no hyperplasia or malignancy. Per Dr. Lindahl no further w/u needed, f/u PRN if any more PMB.",
     "BLOCK", "result", "sms", "en",
     [("EMB", "PROCEDURE"), ("benign proliferative endometrium", "RESULT"), ("no hyperplasia or malignancy", "RESULT"), ("Dr. Lindahl", "PROVIDER"), ("PMB", "CONDITION")],
     ["reproductive", "shorthand"], "Clinician shorthand for a benign pathology result and the symptom (postmenopausal bleeding) that led to it; negative is still a result."),
    ("bg0094", "Time for your well-woman visit! Harborview Health Partners has Saturday openings with Dr. Eastman this month. Reply BOOK and we'll text you times.",
     "REWRITE", "recall", "sms", "en",
     [("well-woman", "PROCEDURE"), ("Dr. Eastman", "PROVIDER")],
     ["reproductive"], "Judgement (decision 14): 'well-woman' names gynecologic preventive care and goes ('visit' stays); generic practice and provider survive."),
    ("bg0095", "¡Feliz Día del Padre a todos los papás de nuestra comunidad! Hoy la clínica cierra a la 1:00 p. m. Nos vemos el lunes.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'papás' (fathers), not a Pap test; holiday hours to everyone."),
    ("bg0096", "Hello, this is Tanya from Mesa Verde OB/GYN calling to remind Celestine Odum of her LEEP procedure on Thursday at 8 AM. Please don't eat after midnight and arrange for someone to drive you home. Questions? Call 480-555-0161.",
     "REWRITE", "reminder", "voice", "en",
     [("Tanya", "PROVIDER"), ("Mesa Verde OB/GYN", "SPECIALTY"), ("Celestine Odum", "NAME"), ("LEEP", "PROCEDURE"), ("480-555-0161", "PHONE")],
     ["reproductive", "practice-contact"], "Voice reminder: practice name, patient name and the named procedure go ('procedure' stays); fasting and driver lines are generic."),
)

# ---------------------------------------------------------------- batch 9 (bg0097-bg0108): pessaries, urogynecology, pelvic-floor PT, registration
add(
    ("bg0097", "Hi Ingrid! Your pessary fitting with Dr. Okwuosa at Lakeside Urogynecology is Wed 6/9 at 2:20 PM. Please come with a comfortably full bladder.",
     "REWRITE", "reminder", "sms", "en",
     [("Ingrid", "NAME"), ("pessary fitting", "PROCEDURE"), ("Dr. Okwuosa", "PROVIDER"), ("Lakeside Urogynecology", "SPECIALTY"), ("6/9", "DATE")],
     ["reproductive"], "Judgement (decisions 1, 16): the device fitting is the visit type and the urogynecology name reveals it; both go with the first name; the full-bladder line is unlabelled prep (decision 6)."),
    ("bg0098", "Pessary check went well today \u2014 the ring pessary fits nicely and the prolapse is well supported. Keep using the Estrace cream twice a week at bedtime; see you in 3 months for removal and cleaning.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Pessary", "PROCEDURE"), ("ring pessary", "PROCEDURE"), ("prolapse", "CONDITION"), ("Estrace cream", "MEDICATION")],
     ["reproductive"], "A diagnosis (prolapse), a finding about the fit and a medication schedule."),
    ("bg0099", "Harborline Pelvic Health PT: appt reminder for Tue 2/2 at 7:30 AM with Kasey Moreau, PT, DPT. Wear comfy clothes. Reply C to confirm, X to cancel.",
     "REWRITE", "reminder", "sms", "en",
     [("Harborline Pelvic Health PT", "SPECIALTY"), ("2/2", "DATE"), ("Kasey Moreau", "PROVIDER"), ("Moreau, [[PT]]", "SPECIALTY"), ("DPT", "SPECIALTY")],
     ["physical-therapy", "shorthand"], "Pelvic-health PT name and the specialty credentials go (README: DPT is SPECIALTY; decision 11 for PT); the therapist's name, date and time survive."),
    ("bg0100", "Hi Bev, it's Sloane, your PT. Great session today! Homework: quick flicks x10 and 10-second holds x10, 3 times a day, and keep the bladder diary for the leaking when you cough. We'll start biofeedback next week.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Bev", "NAME"), ("Sloane", "PROVIDER"), ("your [[PT]]", "SPECIALTY"), ("bladder diary", "PROCEDURE"), ("leaking when you cough", "CONDITION"), ("biofeedback", "PROCEDURE")],
     ["physical-therapy"], "A home exercise program (treatment instructions) and the patient's symptom (decision 8); nothing useful is left once they go."),
    ("bg0101", "Suelo Pélvico Equilibrio Fisioterapia: Hola Rocío, tu cita de fisioterapia de piso pélvico es el jueves 3 de junio a las 5:00 pm con la Lic. Fuentes. Trae ropa cómoda y tu diario de vejiga.",
     "REWRITE", "reminder", "sms", "es",
     [("Suelo Pélvico Equilibrio Fisioterapia", "SPECIALTY"), ("Rocío", "NAME"), ("fisioterapia de piso pélvico", "PROCEDURE"), ("3 de junio", "DATE"), ("Lic. Fuentes", "PROVIDER"), ("diario de vejiga", "PROCEDURE")],
     ["physical-therapy"], "Pelvic-floor PT name, therapy and the bladder diary go; the therapist, date and time survive."),
    ("bg0102", "New at the Westside Y: Core & Pelvic Floor Yoga, Wednesdays at 6 PM. Open to all members, no experience needed \u2014 just bring a mat and water!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A gym class for every member; 'pelvic floor' names the class, not anyone's therapy."),
    ("bg0103", "Dr. Okwuosa's office at Lakeside Medical Plaza: we received your referral and will call within 3 business days to schedule. Questions? 503-555-0190",
     "ALLOW", "other", "sms", "en",
     [("Dr. Okwuosa", "PROVIDER"), ("503-555-0190", "PHONE")],
     ["general", "practice-contact"], "Referral receipt naming a provider and a generic building only; 'referral' is a generic word."),
    ("bg0104", "Dr. Okwuosa reviewed your urodynamics: mixed incontinence, mostly stress type. She recommends pelvic floor PT first and trying Myrbetriq 25 mg daily for the urge symptoms.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Okwuosa", "PROVIDER"), ("urodynamics", "PROCEDURE"), ("mixed incontinence", "CONDITION"), ("mostly stress type", "RESULT"), ("pelvic floor PT", "PROCEDURE"), ("Myrbetriq 25 mg", "MEDICATION"), ("urge symptoms", "CONDITION")],
     ["reproductive", "physical-therapy"], "Test interpretation, diagnosis and a new daily drug."),
    ("bg0105", "Reminder: Friday's appointment is at our new Westgate location, 8800 SW Canyon Rd, Suite 120, Beaverton. Free parking behind the building. Call 503-555-0114 if you get turned around!",
     "ALLOW", "reminder", "sms", "en",
     [("8800 SW Canyon Rd, Suite 120, Beaverton", "ADDRESS"), ("503-555-0114", "PHONE")],
     ["general", "practice-contact"], "The practice's own new address and phone; weekday only."),
    ("bg0106", "To finish registering for pelvic floor therapy, please confirm your date of birth (we have 07/19/1968) and upload both sides of your insurance card at harborline.example/intake.",
     "REWRITE", "other", "sms", "en",
     [("pelvic floor therapy", "PROCEDURE"), ("07/19/1968", "DATE"), ("harborline.example/intake", "URL")],
     ["physical-therapy", "dob", "practice-contact"], "A date of birth without a name is REWRITE (README); the therapy goes; the practice's intake link has no token and stays."),
    ("bg0107", "Registro: Sra. Yolanda Marchena Ruiz, fecha de nac. 27/02/1961, Medicare 1EG4-TE5-MK72 \u2014 pedido de pesario vaginal aprobado, se enviará a 41 Juniper Ln, Apt 3, Salem OR 97301.",
     "BLOCK", "other", "sms", "es",
     [("Yolanda Marchena Ruiz", "NAME"), ("27/02/1961", "DATE"), ("1EG4-TE5-MK72", "HEALTH_PLAN_ID"), ("pesario vaginal", "PROCEDURE"), ("41 Juniper Ln, Apt 3, Salem OR 97301", "ADDRESS")],
     ["reproductive", "dob"], "A full date of birth with the name (README: BLOCK), plus the Medicare number, the device and the home address."),
    ("bg0108", "Dr. Abernathy, tomorrow 10:40 AM. Tap to check in.",
     "ALLOW", "reminder", "push", "en",
     [("Dr. Abernathy", "PROVIDER")],
     ["general"], "A terse lock-screen push: provider and time only."),
)

# ---------------------------------------------------------------- batch 10 (bg0109-bg0120): disguise, callbacks in other senses, results letters, contrasts, long e-mails
add(
    ("bg0109", "Reminder: your m a m m o g r a m is Tues 10/20 at 9:15 AM at Northwind. Reply Y to confirm or call us to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("m a m m o g r a m", "PROCEDURE"), ("10/20", "DATE")],
     ["imaging", "spaced"], "Spaced letters hide the test name; it still goes. 'Northwind' alone is a generic short name."),
    ("bg0110", "You asked for a callback from our billing team. Expect a call today between 2 and 4 PM. Reply CANCEL if you no longer need the callback.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "'callback' as a phone call-back from billing, not an imaging recall."),
    ("bg0111", "New phone system! Instead of waiting on hold, press 3 to request a callback and we'll return calls in the order received. Thanks for your patience this busy season.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'callback' as a phone-queue feature, sent to everyone."),
    ("bg0112", "Por la densa neblina en la carretera 54, el Centro de Salud Comunitario abrirá hoy a las 10:00. Todas las citas se respetarán. ¡Maneje con cuidado!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'densa' describes fog, not breast density; a generic clinic's delayed opening."),
    ("bg0113", "Asunto: Resultados de su mamografía\n\nEstimada Sra. Beatriz Olmedo:\n\nLe escribimos del Centro de Imágenes Aurora para informarle que su mamografía de detección del 14 de septiembre fue normal (BI-RADS 1). No se encontraron signos de cáncer. Su tejido mamario es de densidad dispersa, es decir, no es denso.\n\nLe recomendamos continuar con su mamografía anual. Una copia de esta carta fue enviada a su médica, la Dra. Saucedo. Ninguna prueba detecta el 100 % de los casos; si nota un bulto o algún cambio en sus senos, consúltela sin esperar a su próxima cita.\n\nSi tiene alguna pregunta, llámenos al 915-555-0163 de lunes a viernes de 8:00 a 5:00.\n\nAtentamente,\nCentro de Imágenes Aurora",
     "BLOCK", "result", "email", "es",
     [("Resultados de su [[mamografía]]", "PROCEDURE"), ("Beatriz Olmedo", "NAME"), ("Centro de Imágenes Aurora", "SPECIALTY", 0), ("mamografía de detección", "PROCEDURE"), ("14 de septiembre", "DATE"), ("normal", "RESULT"), ("BI-RADS", "PROCEDURE"), ("BI-RADS [[1]]", "RESULT"), ("No se encontraron signos de cáncer", "RESULT"), ("densidad dispersa", "RESULT"), ("no es denso", "RESULT"), ("continuar con su [[mamografía]] anual", "PROCEDURE"), ("Dra. Saucedo", "PROVIDER"), ("915-555-0163", "PHONE"), ("Centro de Imágenes Aurora", "SPECIALTY", 1)],
     ["imaging", "practice-contact", "negation"], "A normal result letter with the BI-RADS category and the patient's density (decision 5) is still a result: BLOCK by e-mail. The 'if you notice a lump' advice is hypothetical and unlabelled (decision 15)."),
    ("bg0114", "Resultado de su Papanicolaou del 2 de marzo: negativo para lesión intraepitelial o malignidad. VPH de alto riesgo: negativo. Próxima prueba en 5 años. \u2014 Dra. Benítez",
     "ALLOW", "result", "portal", "es",
     [("Papanicolaou", "PROCEDURE"), ("2 de marzo", "DATE"), ("negativo para lesión intraepitelial o malignidad", "RESULT"), ("VPH de alto riesgo", "PROCEDURE"), ("riesgo: [[negativo]]", "RESULT"), ("Dra. Benítez", "PROVIDER")],
     ["reproductive", "contrast"], "In the secure portal a Pap/HPV result may stay. Same text by SMS: bg0115."),
    ("bg0115", "Resultado de su Papanicolaou del 2 de marzo: negativo para lesión intraepitelial o malignidad. VPH de alto riesgo: negativo. Próxima prueba en 5 años. \u2014 Dra. Benítez",
     "BLOCK", "result", "sms", "es",
     [("Papanicolaou", "PROCEDURE"), ("2 de marzo", "DATE"), ("negativo para lesión intraepitelial o malignidad", "RESULT"), ("VPH de alto riesgo", "PROCEDURE"), ("riesgo: [[negativo]]", "RESULT"), ("Dra. Benítez", "PROVIDER")],
     ["reproductive", "contrast"], "Negative Pap and HPV results are still results (README); by SMS BLOCK. Contrast with the portal copy bg0114."),
    ("bg0116", "You're booked on the Northfield Mobile Mammography coach: Sat 6/12, 10:20 AM, parked at Harvest Market (1900 Orchard Rd). Bring a photo ID. Conf #NF-30517",
     "REWRITE", "confirmation", "sms", "en",
     [("Northfield Mobile Mammography", "SPECIALTY"), ("6/12", "DATE"), ("1900 Orchard Rd", "ADDRESS")],
     ["imaging"], "Judgement (decisions 1, 3, 17): a personal booking on the van reveals the test, so the program name goes; the stop address is the van's (allowed) and the booking code is not labelled. Contrast with the schedule broadcast bg0013."),
    ("bg0117", "Subject: Following up after your survivorship visit\n\nDear Ms. Fairweather,\n\nIt was good to see you on Tuesday. As we discussed, your surveillance breast MRI showed no evidence of recurrence, and your exam was normal. Please continue anastrozole 1 mg daily for the remaining two years of your five-year course, and keep taking calcium and vitamin D.\n\nBecause anastrozole can thin the bones, we've ordered a DEXA scan for next month; the scheduler will call you. Your next mammogram of the left breast is due in March, and I'll see you again in six months. Thank you for sending your updated medication list before the visit; it saved us a lot of time.\n\nOur patient portal is the fastest way to reach me, and messages are answered within two business days. If the joint aches we talked about get worse, send me a portal message rather than replying to this e-mail.\n\nWarm regards,\nDr. Helena Marsh\nBreast Oncology, Cedar Valley Health\n970-555-0131",
     "BLOCK", "care-instructions", "email", "en",
     [("your [[survivorship]] visit", "PROCEDURE"), ("Fairweather", "NAME"), ("surveillance breast MRI", "PROCEDURE"), ("no evidence of recurrence", "RESULT"), ("exam was [[normal]]", "RESULT"), ("anastrozole 1 mg", "MEDICATION"), ("anastrozole", "MEDICATION", 1), ("calcium", "MEDICATION"), ("vitamin D", "MEDICATION"), ("DEXA scan", "PROCEDURE"), ("mammogram", "PROCEDURE"), ("joint aches", "CONDITION"), ("Dr. Helena Marsh", "PROVIDER"), ("Breast Oncology", "SPECIALTY"), ("970-555-0131", "PHONE")],
     ["oncology", "practice-contact"], "A warm survivorship letter by e-mail: a surveillance result, a daily hormone-blocker dose, a side effect and the oncology signature; the clinical content is the message."),
    ("bg0118", "Subject: Your visit on Tuesday, March 3\n\nHello,\n\nThank you for scheduling with Riverside Community Health. Your appointment is Tuesday, March 3 at 10:15 AM with Dr. Castellanos at our Riverside office, 415 Water St, Suite 200.\n\nPlease arrive 15 minutes early to update your paperwork, and bring your insurance card, a photo ID and a list of the medicines you take. If you need an interpreter, reply to this e-mail or call us and we'll arrange one at no cost.\n\nNeed to cancel? Please give us 24 hours' notice at 541-555-0170 so we can offer your time to someone on our waitlist. Parking is free in the garage behind the building; bring your ticket to the front desk for validation.\n\nYou can also complete your check-in forms ahead of time at riversidech.example/forms.\n\nSee you soon,\nRiverside Community Health",
     "ALLOW", "reminder", "email", "en",
     [("March 3", "DATE", 0), ("March 3", "DATE", 1), ("Dr. Castellanos", "PROVIDER"), ("415 Water St, Suite 200", "ADDRESS"), ("541-555-0170", "PHONE"), ("riversidech.example/forms", "URL")],
     ["general", "practice-contact"], "A long confirmation e-mail with only allowed details: provider, date, the practice's address, phone and link; 'medicines you take' is generic."),
    ("bg0119", "Farmacia San Miguel: Sra. Leticia Arroyo, su tamoxifeno 20 mg ya está listo para recoger. Total a pagar: $8.40. Pase a la ventanilla 2.",
     "REWRITE", "pickup", "sms", "es",
     [("Leticia Arroyo", "NAME"), ("tamoxifeno 20 mg", "MEDICATION")],
     ["pharmacy", "oncology"], "Judgement (decision 9): a revealing drug with its strength in a pickup notice; name and drug go, amount and window survive."),
    ("bg0120", "Hot Flash Sale \U0001F525 30% off cooling pajamas and moisture-wicking sheets this weekend only at Nightingale Linens. Reply STOP to opt out.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Hot flash' as a sale pun in a linen shop's ad, sent to its whole list."),
)

probe_lib.run(M, "bg", "probe56.jsonl")
