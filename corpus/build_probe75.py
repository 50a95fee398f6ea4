#!/usr/bin/env python3
"""Build corpus/probe75.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe75.py [OUT] [-v]   (default: probe75.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run,
and no other corpus, test, source file or build script was read).

This round is CHIROPRACTIC, ACUPUNCTURE, MASSAGE, PHYSICAL THERAPY AND INTEGRATIVE MEDICINE: what
cash-pay chiropractors, acupuncture and herbal clinics, massage studios, naturopaths,
functional-medicine practices, outpatient PT/OT clinics and med-spa style wellness centers send —
booking and package reminders, intake forms, home-exercise programs, adjustment and treatment
notes, supplement and herbal orders, visit counts on a plan of care, insurance authorizations and
denials, statements, newsletters and promos. Messages that reveal the recipient's complaint,
diagnosis, treatment or supplement protocol are mixed with ones that only schedule or promote, and
with look-alikes ("back to school", "adjust your booking", "Pressure Point Rd", "neck of the
woods", coffee "cupping", bread "kneading", "Trigger Point 5K", "spine-tingling", a claims
"adjuster", a patient named Willow Pine). About 16% Spanish; 4 disguised messages (leet,
zero-width, Cyrillic look-alike, spaced letters).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "Ferrer, [[PT]], DPT" searches for
      "Ferrer, PT, DPT" and labels only the bracketed part "PT".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Practice names: chiropractic, acupuncture, physical/occupational-therapy, pelvic-health,
     spine/sports-rehab, med-spa and IV-lounge names are specialty-revealing (SPECIALTY), like the
     README's physical-therapy and orthopedic names. Naturopathic, functional-medicine,
     integrative-medicine and plain "wellness" names are whole-person (primary-care-like) care and
     stay unlabelled, like "... Internal Medicine".
  2. A specialty-revealing practice name is labelled even in a promo sent to every patient (the
     lock screen still tells a reader the recipient is that practice's patient) -> REWRITE, and
     such a line is not tagged `broadcast`; the same kind of promo under a generic name is ALLOW.
     A service merely offered to everyone (an IV hydration bar, chair massages, posture screening)
     stays unlabelled, as the README's broadcast rule says.
  3. Service-line words (PT, physical therapy, OT, occupational therapy, hand therapy,
     chiropractic, terapia física, quiropráctica) are SPECIALTY; treatment modalities
     (acupuncture, cupping/ventosas, dry needling, massage and its kinds, adjustment/adj,
     moxibustion, myofascial release, lymphatic drainage, trigger point therapy) are PROCEDURE;
     "chiropractic adjustment" is one named PROCEDURE span.
  4. Credentials that name a specialty are a separate SPECIALTY span (DC, LAc, DPT, PT), and so are
     role words (fisioterapeuta, Fisio, certified hand therapists); generic ones stay inside
     PROVIDER (RN, ND).
  5. A therapist named as the clinician without a clinical title (Marco, Keisha, Lucía, Yesenia,
     Ms. Grant, Coach Ty) is workforce: PROVIDER, like a staff member named as the sender.
  6. Named home-exercise-program items are PROCEDURE; a program with sets/reps/frequency is
     treatment instructions -> BLOCK (ALLOW in the portal). Collection timing for a test kit,
     "eat a light meal", "shave the area" are logistics, not treatment -> the line stays REWRITE.
  7. Herbal formulas, supplements, teas and topical products used as names are MEDICATION (the
     README's calcium supplements); a package size in parentheses "(100g)" is not a strength and
     stays outside. A supplement order/shipping notice naming them is a pickup notice -> REWRITE;
     a protocol or preparation with doses -> BLOCK.
  8. A spinal level or body site that is part of the finding stays inside the CONDITION span
     ("C5-C6 subluxation", "low back pain", "dolor de rodilla derecha"); an ICD-10 code is
     CONDITION; a TCM pattern ("Liver Qi stagnation") is CONDITION and pulse/tongue findings are
     RESULT; a severity (grade 2, mild, moderate) or trend ("improving") is RESULT.
  9. Authorization, denial, claim and supplement-order numbers are OTHER_ID; a card's last four
     digits are not labelled; a visit or session count on an unnamed plan of care or package is
     ALLOW.
 10. The practice's own street named without a number ("Pressure Point Rd", "Alder St") is
     labelled ADDRESS (practice contact) and allowed.
 11. A complaint given as the reason of a booked visit ("acupuntura para el dolor de espalda") is
     a visit label -> REWRITE, like the README's "asthma check".
 12. A threshold inside a conditional instruction ("if his fever goes over 102", "si el dolor pasa
     de 5/10") is not a RESULT.
 13. Service tags (the README has none for these trades): chiropractic, massage, PT/OT ->
     physical-therapy; acupuncture, herbal, naturopathic, functional and IV-lounge care ->
     primary-care; med spa -> dermatology; supplement and herbal orders -> pharmacy (with others
     where they fit: fertility, reproductive, pediatrics, orthopedics, imaging, lab, oncology).
 14. A school coach who receives an athlete's update is addressed by role only, so no name span is
     needed for the recipient; the message is about a third party's health -> BLOCK.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers; the SSN
is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (bz0001-bz0012): chiropractic bookings, look-alikes, plan of care
add(
    ("bz0001", "Align Family Chiropractic: Reminder - you're scheduled with Dr. Jansen Thu 3/12 at 7:45am. Reply C to confirm or call (541) 555-0142 to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Align Family Chiropractic", "SPECIALTY"), ("Dr. Jansen", "PROVIDER"), ("3/12", "DATE"), ("(541) 555-0142", "PHONE")],
     ["physical-therapy", "practice-contact"], "A chiropractic practice name reveals the service (decision 1); provider, date, time and the practice's phone stay."),
    ("bz0002", "Back to school = heavy backpacks! Bring the kids by this Saturday 10-2 for free backpack fit checks (and a lollipop). No appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Back to school' is the season, not a back complaint; an event offered to everyone says nothing about the recipient."),
    ("bz0003", "Need to adjust your booking? Reply R and we'll text you the next open times, or use the link in your confirmation email. - Front desk",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "contrast"], "'adjust your booking' is scheduling, not a chiropractic adjustment (contrast with bz0005)."),
    ("bz0004", "Hi Willow Pine, your 60-min session with Marco on Fri 4/3 at 5:30pm is confirmed. Please arrive 10 min early to finish your intake form.",
     "REWRITE", "confirmation", "sms", "en",
     [("Willow Pine", "NAME"), ("Marco", "PROVIDER"), ("4/3", "DATE")],
     ["physical-therapy"], "Willow Pine is the patient's name although both words are trees; the therapist named as the clinician is workforce, PROVIDER (decision 5); 'session' is generic."),
    ("bz0005", "Your adjustment with Dr. Okafor is tomorrow at 4:15 PM. Reply YES to confirm or NO to cancel.",
     "REWRITE", "reminder", "sms", "en",
     [("adjustment", "PROCEDURE"), ("Dr. Okafor", "PROVIDER")],
     ["physical-therapy", "contrast"], "'adjustment' names the chiropractic visit type (decision 3); contrast with bz0003's 'adjust your booking'."),
    ("bz0006", "Dr. K here - we adjusted your C5-C6 subluxation today so expect some soreness tonight. Ice 15 min on/off and skip deadlifts til Monday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. K", "PROVIDER"), ("C5-C6 subluxation", "CONDITION"), ("soreness", "CONDITION"), ("Ice", "PROCEDURE")],
     ["physical-therapy", "shorthand"], "A finding and treatment instructions are the message; the spinal level stays inside the CONDITION span (decision 8); icing is the prescribed therapy (PROCEDURE)."),
    ("bz0007", "Quiropráctica Los Álamos: le recordamos su cita el lunes 9 de marzo a las 5:00 pm. Responda SI para confirmar o llame al (915) 555-0163.",
     "REWRITE", "reminder", "sms", "es",
     [("Quiropráctica Los Álamos", "SPECIALTY"), ("9 de marzo", "DATE"), ("(915) 555-0163", "PHONE")],
     ["physical-therapy", "practice-contact"], "A chiropractic practice name reveals the service (decision 1); date, time and the practice's phone stay."),
    ("bz0008", "New to the area? We're the only clinic in this neck of the woods open Saturdays - walk-ins welcome 8 to noon, no referral needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'neck of the woods' is an idiom, not a neck complaint."),
    ("bz0009", "Visit summary - Dr. Reyes, DC, 2/20. Assessment: lumbar facet syndrome, improving. Plan: diversified adjustments 2x/wk for 3 wks, continue home stretches, re-exam in 4 wks.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Dr. Reyes", "PROVIDER"), ("DC", "SPECIALTY"), ("2/20", "DATE"), ("lumbar facet syndrome", "CONDITION"), ("improving", "RESULT"),
      ("diversified adjustments", "PROCEDURE"), ("home stretches", "PROCEDURE")],
     ["physical-therapy"], "Inside the secure portal a finding and plan may stay (README channel convention); DC is a chiropractic credential, SPECIALTY (decision 4); 'improving' is a RESULT (decision 8)."),
    ("bz0010", "Subject: Spring into motion \U0001F337\n\nHi friends,\n\nSpring cleaning season is here, and with it the yearly parade of sore backs from mulch bags and ladder work. A few reminders from our team:\n\n\u2022 Lift with your legs, keep the load close and pivot with your feet instead of twisting.\n\u2022 Switch sides every 10 minutes when raking or shoveling.\n\u2022 Take a 5-minute walk break for every hour of garden work.\n\nOur Saturday hours are back (8am-noon), and online booking now shows every open slot for the next 6 weeks. Book at cornerstonewellness.example/book or call (541) 555-0104.\n\nSee you around the neighborhood,\nThe Cornerstone Wellness team",
     "ALLOW", "marketing", "email", "en",
     [("cornerstonewellness.example/book", "URL"), ("(541) 555-0104", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Newsletter to everyone from a generic wellness name (decision 1); 'sore backs' is general advice, not about the recipient; the practice's link and phone stay."),
    ("bz0011", "Good news! Blue Ridge Health Plan approved 12 chiropractic visits for you through 6/30/2026 (auth #CR-448190). Your next visit is Tue at 8:00am.",
     "REWRITE", "other", "sms", "en",
     [("chiropractic", "SPECIALTY"), ("6/30/2026", "DATE"), ("CR-448190", "OTHER_ID")],
     ["physical-therapy"], "The service line (decision 3) and the authorization number (OTHER_ID, decision 9) are not needed to say visits were approved."),
    ("bz0012", "Heads up: you have 2 visits left on your current plan of care. Dr. Amsel will re-evaluate at your next appointment on 4/14 - reply with any questions.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Amsel", "PROVIDER"), ("4/14", "DATE")],
     ["physical-therapy"], "Judgement (decision 9): a visit count on an unnamed plan of care reveals no service or condition; 're-evaluate' is generic."),
)

# ---------------------------------------------------------------- batch 2 (bz0013-bz0024): acupuncture, herbs, cupping look-alike
add(
    ("bz0013", "Golden Needle Acupuncture: ur appt w/ Mei Lin Zhou, LAc is Wed 2/18 @ 11am. Pls don't come on an empty stomach & wear loose clothing.",
     "REWRITE", "reminder", "sms", "en",
     [("Golden Needle Acupuncture", "SPECIALTY"), ("Mei Lin Zhou", "PROVIDER"), ("LAc", "SPECIALTY"), ("2/18", "DATE")],
     ["primary-care", "shorthand"], "An acupuncture practice name and the LAc credential reveal the service (decisions 1, 4); provider, date and time stay."),
    ("bz0014", "Hi Dev, your herbs are ready: Xiao Yao San granules, 3g twice daily in warm water, for the irregular cycles and PMS irritability we talked about. Stop if you get loose stools.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dev", "NAME"), ("Xiao Yao San granules", "MEDICATION"), ("irregular cycles", "CONDITION"), ("PMS irritability", "CONDITION"), ("loose stools", "CONDITION")],
     ["primary-care", "reproductive", "pharmacy"], "Dosing instructions for an herbal formula (MEDICATION, decision 7) and the conditions it treats."),
    ("bz0015", "You're invited \u2615 Coffee cupping night with Ridgeline Roasters, Thursday 6pm in our lobby. Taste four single-origin beans and meet the team. Free - RSVP at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast", "contrast"], "'cupping' here is coffee tasting, not cupping therapy (contrast with bz0016)."),
    ("bz0016", "Reminder: cupping + acupuncture session tomorrow at 2:30pm with Dr. Hale. Reply C to confirm or R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("cupping", "PROCEDURE"), ("acupuncture", "PROCEDURE"), ("Dr. Hale", "PROVIDER")],
     ["primary-care", "contrast"], "Treatment modalities booked for the recipient are PROCEDURE (decision 3); contrast with the coffee cupping in bz0015."),
    ("bz0017", "Sra. Núñez, sus hierbas para el insomnio ya están listas: Suan Zao Ren Tang, 6 cápsulas antes de dormir. Si le dan palpitaciones, suspéndalas y llámenos.",
     "BLOCK", "pickup", "sms", "es",
     [("Núñez", "NAME"), ("insomnio", "CONDITION"), ("Suan Zao Ren Tang", "MEDICATION"), ("palpitaciones", "CONDITION")],
     ["primary-care", "pharmacy"], "A condition plus the dosing of an herbal formula (decision 7): the clinical content is the message."),
    ("bz0018", "Your fertility acupuncture session is booked for 5/7 at 9:00am with Dr. Sun. Reply Y to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("fertility acupuncture", "PROCEDURE"), ("5/7", "DATE"), ("Dr. Sun", "PROVIDER")],
     ["fertility"], "A revealing therapy as the visit type is REWRITE like 'mammogram'; judged one PROCEDURE span because 'fertility' names the kind of treatment."),
    ("bz0019", "Hi Anya - for transfer week, acupuncture is set right before and after your embryo transfer on 8/21. Keep taking the Dang Gui blend until your pregnancy test, then stop.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Anya", "NAME"), ("acupuncture", "PROCEDURE"), ("embryo transfer", "PROCEDURE"), ("8/21", "DATE"), ("Dang Gui blend", "MEDICATION"), ("pregnancy test", "PROCEDURE")],
     ["fertility", "reproductive"], "Herbal dosing instruction tied to IVF treatment; the treatment plan is the message."),
    ("bz0020", "Treatment note 3/3 - Dr. Hale, LAc. Pulse: wiry. Tongue: pale with thin white coat. Pattern: Liver Qi stagnation with Spleen deficiency. Herbs: continue Xiao Yao San 3g bid; recheck in 2 wks.",
     "ALLOW", "care-instructions", "portal", "en",
     [("3/3", "DATE"), ("Dr. Hale", "PROVIDER"), ("LAc", "SPECIALTY"), ("wiry", "RESULT"), ("pale with thin white coat", "RESULT"),
      ("Liver Qi stagnation", "CONDITION"), ("Spleen deficiency", "CONDITION"), ("Xiao Yao San 3g", "MEDICATION")],
     ["primary-care"], "Portal: findings and herbs may stay. TCM patterns are CONDITION, pulse and tongue findings RESULT (decision 8); the strength right after the formula goes with it."),
    ("bz0021", "Your order from Jade Root Herbal Pharmacy has shipped! Gan Mai Da Zao Tang (100g) x2. Track it: jaderoot.example/t/8842XQ. Questions? Call 555-0177.",
     "REWRITE", "pickup", "sms", "en",
     [("Gan Mai Da Zao Tang", "MEDICATION"), ("jaderoot.example/t/8842XQ", "URL"), ("555-0177", "PHONE")],
     ["pharmacy", "practice-contact"], "A formula named in a shipping notice is like a medication in a pickup notice (decision 7; the package size stays outside); the tracking link carries an order token, so it is patient-specific; '... Herbal Pharmacy' is a generic pharmacy name."),
    ("bz0022", "¡Hola! Le escribe Lupita de recepción. Su cita del jueves 14 de mayo a las 3:30 con el Dr. Ibarra queda confirmada. Si necesita cambiarla, responda CAMBIO.",
     "ALLOW", "confirmation", "sms", "es",
     [("Lupita", "PROVIDER"), ("14 de mayo", "DATE"), ("Dr. Ibarra", "PROVIDER")],
     ["primary-care"], "Staff sender and provider are workforce; no service or patient named."),
    ("bz0023", "ur sc1at1ca shld calm down w/ the 4cupuncture + herbs. keep taking Du Huo Ji Sheng Wan 8 pills 3x/day til the bottle's gone",
     "BLOCK", "care-instructions", "sms", "en",
     [("sc1at1ca", "CONDITION"), ("4cupuncture", "PROCEDURE"), ("Du Huo Ji Sheng Wan", "MEDICATION")],
     ["primary-care", "leet", "shorthand"], "Leet digits hide the condition and the treatment; herbal dosing instructions are the message."),
    ("bz0024", "Parking update: the lot off Pressure Point Rd is being repaved Mon-Wed. Please park on Alder St and use our side door. Thanks for your patience!",
     "ALLOW", "other", "sms", "en",
     [("Pressure Point Rd", "ADDRESS"), ("Alder St", "ADDRESS")],
     ["general", "broadcast", "practice-contact"], "'Pressure Point Rd' is the practice's street, not an acupressure point; the practice's own streets are labelled ADDRESS and allowed (decision 10)."),
)

# ---------------------------------------------------------------- batch 3 (bz0025-bz0036): outpatient PT/OT, HEPs, authorizations
add(
    ("bz0025", "Summit Physical Therapy: See you Mon 6/1 at 3:40pm with Jordan Price, DPT. Wear shorts or loose pants. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Summit Physical Therapy", "SPECIALTY"), ("6/1", "DATE"), ("Jordan Price", "PROVIDER"), ("DPT", "SPECIALTY")],
     ["physical-therapy"], "A PT practice name (README) and the DPT credential (decision 4) reveal the service."),
    ("bz0026", "Your HEP for this week (R knee, 3 wks post ACL reconstruction): quad sets 3x10, heel slides 3x15, straight leg raises 3x10, all twice daily. No pivoting until cleared. - Sam, PT",
     "BLOCK", "care-instructions", "sms", "en",
     [("HEP", "PROCEDURE"), ("ACL reconstruction", "PROCEDURE"), ("quad sets", "PROCEDURE"), ("heel slides", "PROCEDURE"),
      ("straight leg raises", "PROCEDURE"), ("Sam", "PROVIDER"), ("Sam, [[PT]]", "SPECIALTY")],
     ["physical-therapy", "orthopedics", "shorthand", "contrast"], "A home exercise program with sets and reps is treatment instructions (decision 6); contrast with the portal HEP in bz0112."),
    ("bz0027", "You've used 18 of your 20 PT visits for 2026. After that your plan only covers more with a new referral. Questions? Call our billing line at (541) 555-0188.",
     "REWRITE", "billing", "sms", "en",
     [("PT", "SPECIALTY"), ("(541) 555-0188", "PHONE")],
     ["physical-therapy", "practice-contact"], "'PT' names the service line (decision 3); the visit count itself can stay (decision 9)."),
    ("bz0028", "Reminder: Eli's OT with Ms. Grant is Thursday at 4:00. Please bring his weighted vest and this week's sensory diet log - she wants to see how the meltdowns at school are going.",
     "BLOCK", "reminder", "sms", "en",
     [("Eli", "NAME"), ("Eli's [[OT]] with", "SPECIALTY"), ("Ms. Grant", "PROVIDER"), ("weighted vest", "PROCEDURE"), ("sensory diet", "PROCEDURE"), ("meltdowns", "CONDITION")],
     ["pediatrics", "physical-therapy", "minor", "third-party"], "Beyond logistics: a child's therapy devices and behaviour are a third party's health (README); Ms. Grant is the therapist, PROVIDER (decision 5)."),
    ("bz0029", "Hi Mrs. Delgado - Sofia's torticollis is improving, she's turning her head almost all the way left now! Keep up tummy time and the neck stretches 4-5x a day.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Delgado", "NAME"), ("Sofia", "NAME"), ("torticollis", "CONDITION"), ("improving", "RESULT"), ("tummy time", "PROCEDURE"), ("neck stretches", "PROCEDURE")],
     ["pediatrics", "physical-therapy", "minor", "third-party"], "An infant's diagnosis, progress and home program sent to the parent (README third-party convention)."),
    ("bz0030", "Subject: Authorization approved - physical therapy\n\nDear Mr. Whitfield,\n\nGood news: Cascade Mutual approved 8 additional physical therapy visits (authorization PA-2207719, valid 5/1/2026 through 7/31/2026) for diagnosis M51.16, lumbar disc herniation with radiculopathy. The member ID we have on file is CMX448120957; if your card has changed, please send us a photo before your next visit.\n\nYour remaining visits are already on the schedule, Tuesdays and Thursdays at 7:30 AM.\n\nThank you,\nTasha Reed, Insurance Coordinator\nRiverside Rehab & Sports PT\n(541) 555-0128",
     "BLOCK", "other", "email", "en",
     [("physical therapy", "SPECIALTY"), ("Whitfield", "NAME"), ("physical therapy", "SPECIALTY", 1), ("PA-2207719", "OTHER_ID"), ("5/1/2026", "DATE"),
      ("7/31/2026", "DATE"), ("M51.16", "CONDITION"), ("lumbar disc herniation", "CONDITION"), ("radiculopathy", "CONDITION"),
      ("CMX448120957", "HEALTH_PLAN_ID"), ("Tasha Reed", "PROVIDER"), ("Riverside Rehab & Sports PT", "SPECIALTY"), ("(541) 555-0128", "PHONE")],
     ["physical-therapy", "orthopedics", "practice-contact"], "Authorization letters often carry the diagnosis: an ICD-10 code and its text (CONDITION, decision 8) make it BLOCK; also name, member ID, authorization number (decision 9)."),
    ("bz0031", "Hola Marisol, le recordamos su cita de terapia física el martes 21 de abril a las 8:15 am con el fisioterapeuta Andrés. Traiga ropa cómoda.",
     "REWRITE", "reminder", "sms", "es",
     [("Marisol", "NAME"), ("terapia física", "SPECIALTY"), ("21 de abril", "DATE"), ("fisioterapeuta", "SPECIALTY"), ("Andrés", "PROVIDER")],
     ["physical-therapy"], "Name and service line go; 'fisioterapeuta' is a role word naming the specialty and Andrés the clinician (decision 4)."),
    ("bz0032", "Stretch your health dollars: HSA and FSA cards work for every visit. Ask the front desk for an itemized superbill anytime.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Stretch' is about money; a billing tip for everyone."),
    ("bz0033", "Progress note: R shoulder flexion AROM 145° (was 110° at eval). Pain 2/10 with overhead reach. Goal: lift 10 lb to top shelf by 6/15. Continue 2x/wk x 4 wks. - Priya Nair, PT, DPT",
     "ALLOW", "care-instructions", "portal", "en",
     [("R shoulder flexion AROM", "PROCEDURE"), ("145°", "RESULT"), ("110°", "RESULT"), ("Pain", "CONDITION"), ("2/10", "RESULT"), ("6/15", "DATE"),
      ("Priya Nair", "PROVIDER"), ("Nair, [[PT]], DPT", "SPECIALTY"), ("DPT", "SPECIALTY")],
     ["physical-therapy", "orthopedics"], "Portal: measures may stay. A range-of-motion measure is a PROCEDURE and its values RESULT (README scale rule); the pain score 2/10 is a RESULT, not a date."),
    ("bz0034", "Subject: You graduated! \U0001F393\n\nHi Gregory,\n\nCongratulations on finishing your plan of care with us today. A quick recap for your records: your Oswestry disability score went from 42% at intake to 14% today, and you walked 2 miles on the treadmill this morning.\n\nTo keep your back happy, stick with your maintenance program 3 days a week:\n- McKenzie press-ups, 10 reps\n- bird dogs, 2x10 each side\n- a 20-minute walk every day\n\nIf the numbness in your left foot comes back, call us right away - you don't need a new referral for 30 days.\n\nProud of you!\nLuis Ferrer, PT, DPT\nRiverside Rehab & Sports PT\n(541) 555-0128",
     "BLOCK", "care-instructions", "email", "en",
     [("Gregory", "NAME"), ("Oswestry disability score", "PROCEDURE"), ("42%", "RESULT"), ("14%", "RESULT"), ("McKenzie press-ups", "PROCEDURE"),
      ("bird dogs", "PROCEDURE"), ("numbness", "CONDITION"), ("Luis Ferrer", "PROVIDER"), ("Ferrer, [[PT]], DPT", "SPECIALTY"), ("DPT", "SPECIALTY"),
      ("Riverside Rehab & Sports PT", "SPECIALTY"), ("(541) 555-0128", "PHONE")],
     ["physical-therapy", "practice-contact"], "Discharge e-mail with outcome scores (a scale as PROCEDURE, values RESULT) and a maintenance program (decision 6); e-mail is treated like SMS."),
    ("bz0035", "Your appointment starts in 2 hours. Tap to check in from the parking lot and skip the clipboard.",
     "ALLOW", "reminder", "push", "en", [],
     ["general", "hard-negative"], "Check-in nudge with no service, name or identifier."),
    ("bz0036", "Peak Motion PT & Performance: after today's dry needling for your plantar fasciitis, expect some achiness for 24-48 hrs. Roll the foot on a frozen water bottle 10 min 2x/day and skip runs til Sat. - Coach Ty",
     "BLOCK", "care-instructions", "sms", "en",
     [("Peak Motion PT & Performance", "SPECIALTY"), ("dry needling", "PROCEDURE"), ("plantar fasciitis", "CONDITION"), ("achiness", "CONDITION"), ("Coach Ty", "PROVIDER")],
     ["physical-therapy", "orthopedics"], "Diagnosis and aftercare instructions; the sports-rehab name reveals the service (decision 1); the clinic's coach is workforce (decision 5)."),
)

# ---------------------------------------------------------------- batch 4 (bz0037-bz0048): massage studios, packages, kneading look-alike
add(
    ("bz0037", "You have 3 of 10 sessions left on your wellness package (expires 12/31). Book your next one at stillwaterwellness.example/book.",
     "ALLOW", "reminder", "sms", "en",
     [("12/31", "DATE"), ("stillwaterwellness.example/book", "URL")],
     ["general", "practice-contact"], "A package count with no service named (decision 9) and the practice's own booking link; the expiry date is labelled DATE and allowed."),
    ("bz0038", "Hi Tomas! Your 90-min deep tissue massage w/ Keisha is set for Sat 8/8 at 1pm. Our 24-hr cancellation policy applies. See you soon \U0001F486",
     "REWRITE", "confirmation", "sms", "en",
     [("Tomas", "NAME"), ("deep tissue massage", "PROCEDURE"), ("Keisha", "PROVIDER"), ("8/8", "DATE")],
     ["physical-therapy"], "The massage type booked for the recipient is PROCEDURE (decision 3); the therapist is PROVIDER (decision 5)."),
    ("bz0039", "Your prenatal massage on 9/2 at 10:00am is confirmed. We'll set you up side-lying with pregnancy pillows, so no need to bring anything.",
     "REWRITE", "confirmation", "sms", "en",
     [("prenatal massage", "PROCEDURE"), ("9/2", "DATE"), ("pregnancy", "CONDITION")],
     ["reproductive", "physical-therapy"], "Judgement: the visit type reveals a pregnancy but is a booking, not a finding, so REWRITE like any revealing visit type; the confirmation survives."),
    ("bz0040", "Per Dr. Fenn's referral for your frozen shoulder, today we'll focus on myofascial release around the left rotator cuff. Keep doing pendulums 2x daily between sessions.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Fenn", "PROVIDER"), ("frozen shoulder", "CONDITION"), ("myofascial release", "PROCEDURE"), ("pendulums", "PROCEDURE")],
     ["physical-therapy", "orthopedics"], "A diagnosis plus a home exercise instruction (decision 6)."),
    ("bz0041", "Bread-kneading class in our community room Saturday 9am! The front desk team is hosting, so bring an apron and an appetite. Free for everyone.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'kneading' is baking, not massage."),
    ("bz0042", "Mother's Day gift cards are here \U0001F490 Buy $100, get a $20 bonus card. Good for any service. Shop: stillwaterwellness.example/gift",
     "ALLOW", "marketing", "sms", "en",
     [("stillwaterwellness.example/gift", "URL")],
     ["general", "broadcast", "practice-contact", "contrast"], "A promo to everyone under a generic wellness name (decision 2; contrast with bz0116); a holiday is not a date."),
    ("bz0043", "Hola Doña Carmen, su masaje terapéutico con Lucía quedó para el viernes 17 de julio a las 11:00. Le recordamos que aceptamos tarjetas HSA.",
     "REWRITE", "confirmation", "sms", "es",
     [("Carmen", "NAME"), ("masaje terapéutico", "PROCEDURE"), ("Lucía", "PROVIDER"), ("17 de julio", "DATE")],
     ["physical-therapy"], "Name and massage type go (decisions 3, 5); date, time and therapist stay."),
    ("bz0044", "Sorry we missed you today! Your provider held your 2:00 spot. Per our 24-hr policy a $40 fee applies, but we waive it once a year if you rebook this week.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "No-show fee notice; nothing clinical or identifying."),
    ("bz0045", "Hi Renata, after your lipo last week we recommend lymphatic drainage massage 2-3x/week for 4 weeks, and keep the compression garment on 23 hrs a day.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Renata", "NAME"), ("lipo", "PROCEDURE"), ("lymphatic drainage massage", "PROCEDURE"), ("compression garment", "PROCEDURE")],
     ["dermatology"], "Post-procedure treatment instructions; the garment is a device (PROCEDURE, README)."),
    ("bz0046", "Hi, this is Brianna calling from Stillwater Wellness to confirm your appointment tomorrow at 10 a.m. with Dr. Castellanos. If you need to reschedule, give us a call at (541) 555-0135. Thanks, bye!",
     "ALLOW", "reminder", "voice", "en",
     [("Brianna", "PROVIDER"), ("Dr. Castellanos", "PROVIDER"), ("(541) 555-0135", "PHONE")],
     ["general", "practice-contact"], "Voice reminder from a generic wellness name: staff sender, provider, time and the practice's phone."),
    ("bz0047", "Before your first massage, please fill out our health history: stillwaterwellness.example/intake?pid=88314 - let us know about any injuries, pregnancy or blood thinners.",
     "REWRITE", "other", "sms", "en",
     [("massage", "PROCEDURE"), ("stillwaterwellness.example/intake?pid=88314", "URL")],
     ["physical-therapy", "negation"], "The service and the link with a patient id (pid) go; the list of intake questions is hypothetical, not about the recipient, so unlabelled."),
    ("bz0048", "Free 10-minute chair massages at the Riverside Farmers Market this Saturday! Find our tent by the fountain. Everyone welcome.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A service offered to everyone in a broadcast stays unlabelled (decision 2)."),
)

# ---------------------------------------------------------------- batch 5 (bz0049-bz0060): functional medicine, naturopaths, supplements
add(
    ("bz0049", "Dr. Ames reviewed your GI-MAP: elevated H. pylori and low secretory IgA. She'd like you to start the 30-day gut protocol, details are in your portal.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Ames", "PROVIDER"), ("GI-MAP", "PROCEDURE"), ("elevated", "RESULT"), ("H. pylori", "CONDITION"), ("low", "RESULT"),
      ("secretory IgA", "PROCEDURE"), ("gut protocol", "PROCEDURE")],
     ["lab", "primary-care"], "Stool-test findings are the message; the portal pointer does not make them safe."),
    ("bz0050", "Your lab results are ready. Log in to the patient portal to view them, and message Dr. Ames there with any questions.",
     "ALLOW", "portal-notice", "sms", "en",
     [("Dr. Ames", "PROVIDER")],
     ["lab"], "Notification without PHI: 'lab results' is generic and no test is named."),
    ("bz0051", "Your Supplevault autoship goes out 6/9: Magnesium Glycinate 120mg caps, Omega-3 1000mg softgels, Vitamin D3 5000 IU. Edit or skip: supplevault.example/a/7Qk2Lm",
     "REWRITE", "pickup", "sms", "en",
     [("6/9", "DATE"), ("Magnesium Glycinate 120mg caps", "MEDICATION"), ("Omega-3 1000mg softgels", "MEDICATION"), ("Vitamin D3 5000 IU", "MEDICATION"),
      ("supplevault.example/a/7Qk2Lm", "URL")],
     ["pharmacy"], "Supplement names in a shipping notice (decision 7) and a tokened account link go; the ship date survives."),
    ("bz0052", "Subject: Your 8-week protocol\n\nHi Meredith,\n\nThanks for coming in today. As we discussed, your thyroid panel showed TSH 4.8 (H) and a low free T3, and your ferritin is 18, so here is the plan until your recheck:\n\n1. Selenium 200 mcg once daily with breakfast\n2. Ashwagandha 300 mg twice daily\n3. Iron bisglycinate 25 mg every other day, away from coffee\n4. Gluten-free for the full 8 weeks\n\nPlease order through our online dispensary (link in the portal) so the products match what we discussed. We'll repeat labs the week of your follow-up.\n\nWarmly,\nDr. Celeste Moreau, ND\nRootwell Functional Medicine",
     "BLOCK", "care-instructions", "email", "en",
     [("Meredith", "NAME"), ("thyroid panel", "PROCEDURE"), ("TSH", "PROCEDURE"), ("4.8", "RESULT"), ("4.8 ([[H]])", "RESULT"), ("a [[low]] free T3", "RESULT"),
      ("free T3", "PROCEDURE"), ("ferritin", "PROCEDURE"), ("ferritin is [[18]]", "RESULT"), ("Selenium 200 mcg", "MEDICATION"), ("Ashwagandha 300 mg", "MEDICATION"),
      ("Iron bisglycinate 25 mg", "MEDICATION"), ("Dr. Celeste Moreau, ND", "PROVIDER")],
     ["primary-care", "lab", "pharmacy"], "Results and a supplement protocol with doses (decision 7); ND stays inside PROVIDER and a functional-medicine name is generic (decisions 1, 4)."),
    ("bz0053", "Willow Creek Naturopathic: Reminder of your visit with Dr. Hollis Grant, ND on Tue 10/6 at 2:00 PM. Reply C to confirm, R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Hollis Grant, ND", "PROVIDER"), ("10/6", "DATE")],
     ["primary-care"], "Judgement (decisions 1, 4): a naturopathic practice name and the ND credential denote whole-person primary care, not a revealing specialty; 'Willow Creek' is a place."),
    ("bz0054", "Sr. Paredes, su pedido de cúrcuma con pimienta negra y colágeno en polvo ya está listo para recoger en recepción. Horario: L-V de 9 a 6.",
     "REWRITE", "pickup", "sms", "es",
     [("Paredes", "NAME"), ("cúrcuma con pimienta negra", "MEDICATION"), ("colágeno en polvo", "MEDICATION")],
     ["pharmacy", "primary-care"], "Supplement names in a pickup notice (decision 7); the pickup survives."),
    ("bz0055", "Your food sensitivity test kit (order #FS-30917) was delivered. Do the finger-prick collection Mon-Wed only so it reaches the lab by Friday.",
     "REWRITE", "other", "sms", "en",
     [("food sensitivity test", "PROCEDURE"), ("FS-30917", "OTHER_ID"), ("finger-prick", "PROCEDURE")],
     ["lab"], "Test name and order number (OTHER_ID, decision 9) go; the collection timing is logistics, not treatment (decision 6)."),
    ("bz0056", "Our herb garden workshop is back! Learn to grow basil, mint and chamomile for your kitchen. Saturday 10am, $15, seeds included.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Culinary herbs in a gardening class, not an herbal prescription."),
    ("bz0057", "Hi Jess, the elderberry syrup for Milo's ear infections is at the front desk. Give 1 tsp twice a day for 10 days and call us if his fever goes over 102.",
     "BLOCK", "pickup", "sms", "en",
     [("Jess", "NAME"), ("elderberry syrup", "MEDICATION"), ("Milo", "NAME"), ("ear infections", "CONDITION"), ("fever", "CONDITION")],
     ["pediatrics", "pharmacy", "minor", "third-party"], "A child's condition and dosing sent to the parent; '102' is a threshold in a conditional instruction, not a result (decision 12)."),
    ("bz0058", "Hi Kendra, your hs-CRP came back at 0.6 mg/L (optimal) and fasting insulin is 5.1. Great progress since March! Keep the Mediterranean plan and berberine 500mg with dinner.",
     "ALLOW", "result", "portal", "en",
     [("Kendra", "NAME"), ("hs-CRP", "PROCEDURE"), ("0.6 mg/L", "RESULT"), ("optimal", "RESULT"), ("fasting insulin", "PROCEDURE"), ("5.1", "RESULT"),
      ("berberine 500mg", "MEDICATION")],
     ["lab", "primary-care", "contrast"], "Portal: results, name and supplement may stay; contrast with the same text by e-mail (bz0059)."),
    ("bz0059", "Hi Kendra, your hs-CRP came back at 0.6 mg/L (optimal) and fasting insulin is 5.1. Great progress since March! Keep the Mediterranean plan and berberine 500mg with dinner.",
     "BLOCK", "result", "email", "en",
     [("Kendra", "NAME"), ("hs-CRP", "PROCEDURE"), ("0.6 mg/L", "RESULT"), ("optimal", "RESULT"), ("fasting insulin", "PROCEDURE"), ("5.1", "RESULT"),
      ("berberine 500mg", "MEDICATION")],
     ["lab", "primary-care", "contrast"], "Same text as bz0058 by e-mail, treated like SMS: 'optimal' and normal values are still results (README)."),
    ("bz0060", "Reminder: your ch\u200biro\u200bpractic adjustment is Fri at 9:20. Reply Y to confirm or call us to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("ch\u200biro\u200bpractic adjustment", "PROCEDURE")],
     ["physical-therapy"], "Zero-width spaces hide 'chiropractic'; the named procedure is one PROCEDURE span (decision 3)."),
)

# ---------------------------------------------------------------- batch 6 (bz0061-bz0072): med spa, IV lounge, weight loss, statements
add(
    ("bz0061", "Glow Aesthetics Med Spa: your Botox touch-up with Kara, RN is Wed 7/15 at 12:30. Please come with a clean face - no makeup.",
     "REWRITE", "reminder", "sms", "en",
     [("Glow Aesthetics Med Spa", "SPECIALTY"), ("Botox", "MEDICATION"), ("Kara, RN", "PROVIDER"), ("7/15", "DATE")],
     ["dermatology"], "A med-spa name is specialty-revealing (decision 1); Botox as the object of the visit is MEDICATION (README); 'clean face' is logistics."),
    ("bz0062", "Beat the Monday slump \U0001F4A7 Our walk-in IV hydration bar is open 7am-7pm, and every drip is $20 off before noon this week.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A service offered to everyone in a broadcast stays unlabelled (decision 2); nothing about the recipient."),
    ("bz0063", "Hi Priscilla, you're booked for a Myers' Cocktail + NAD+ 250mg drip Sat 3/28 at 10:30am at Revive IV Lounge. Eat a light meal beforehand.",
     "REWRITE", "confirmation", "sms", "en",
     [("Priscilla", "NAME"), ("Myers' Cocktail", "MEDICATION"), ("NAD+ 250mg", "MEDICATION"), ("3/28", "DATE"), ("Revive IV Lounge", "SPECIALTY")],
     ["primary-care"], "IV formulas are MEDICATION; an IV-lounge name reveals infusion therapy (decision 1); 'eat a light meal' is logistics (decision 6)."),
    ("bz0064", "Week 6 check-in \U0001F389 You're down 14.2 lb! Increase your semaglutide to 0.5 mg weekly starting Sunday. Keep protein near 100g/day and log meals in the app.",
     "BLOCK", "care-instructions", "sms", "en",
     [("14.2 lb", "RESULT"), ("semaglutide", "MEDICATION")],
     ["pharmacy", "primary-care"], "A measured result and a dose change are the message; the dose is not right after the drug, so it stays outside the span (README)."),
    ("bz0065", "Hola Daniela \U0001F495 te esperamos el sábado 4 de octubre a las 11:00 para tu sesión de láser de depilación con Yesenia. Recuerda rasurar la zona 24 horas antes.",
     "REWRITE", "reminder", "sms", "es",
     [("Daniela", "NAME"), ("4 de octubre", "DATE"), ("láser de depilación", "PROCEDURE"), ("Yesenia", "PROVIDER")],
     ["dermatology"], "Name and cosmetic procedure go; shaving beforehand is prep logistics (decision 6); the technician is PROVIDER (decision 5)."),
    ("bz0066", "Aftercare for today's microneedling: no makeup for 24 hrs, only the HA serum we gave you, SPF 50 every day, and no retinol for 5 days. Some redness is normal.",
     "BLOCK", "care-instructions", "sms", "en",
     [("microneedling", "PROCEDURE"), ("HA serum", "MEDICATION"), ("SPF 50", "MEDICATION"), ("retinol", "MEDICATION"), ("redness", "CONDITION")],
     ["dermatology"], "Post-treatment care instructions; topical products used as names are MEDICATION (decision 7)."),
    ("bz0067", "Core class is cancelled tonight because of the ice storm. Stay safe and warm out there - see you next week!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Core' and 'ice' are a fitness class and the weather."),
    ("bz0068", "Thanks for reaching out! A care coordinator will call you within 1 business day to set up your free consultation. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Lead follow-up with no service, name or identifier."),
    ("bz0069", "Statement from Harbor Integrative Health: $185.00 due for 2 acupuncture visits (2/4, 2/11). Account 77120-03. Pay at harborih.example/pay",
     "REWRITE", "billing", "sms", "en",
     [("acupuncture", "PROCEDURE"), ("2/4", "DATE"), ("2/11", "DATE"), ("77120-03", "ACCOUNT"), ("harborih.example/pay", "URL")],
     ["primary-care", "practice-contact"], "The service and the account number are not needed for a balance notice; an integrative-health name is generic (decision 1); the practice's pay link stays."),
    ("bz0070", "Your statement is ready. Balance due: $62.40. Pay online at alignfamily.example/pay or call (541) 555-0142, M-F 9-5.",
     "ALLOW", "billing", "sms", "en",
     [("alignfamily.example/pay", "URL"), ("(541) 555-0142", "PHONE")],
     ["general", "practice-contact"], "A balance with the practice's own link and phone; nothing clinical."),
    ("bz0071", "¡Regreso a clases! Este sábado revisamos mochilas gratis para que sus hijos no carguen de más. De 10 a 2, sin cita.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Back-to-school backpack event for everyone; nothing about the recipient."),
    ("bz0072", "Your fibromy\u0430lgia flare plan: low-dose naltrexone 1.5mg at bedtime, go up to 3mg after 2 wks. Epsom salt soaks nightly.",
     "BLOCK", "care-instructions", "sms", "en",
     [("fibromy\u0430lgia", "CONDITION"), ("low-dose naltrexone 1.5mg", "MEDICATION"), ("Epsom salt soaks", "PROCEDURE")],
     ["primary-care"], "A Cyrillic 'а' hides the diagnosis; the dosing plan is the message."),
)

# ---------------------------------------------------------------- batch 7 (bz0073-bz0084): intake, identifiers, claims, age
add(
    ("bz0073", "New patient intake received for Lorraine Obi (DOB 04/19/1971). Reason for visit: low back pain radiating to L leg x3 wks. Dr. Marsh will see you Tue at 10.",
     "BLOCK", "other", "sms", "en",
     [("Lorraine Obi", "NAME"), ("04/19/1971", "DATE"), ("low back pain", "CONDITION"), ("Dr. Marsh", "PROVIDER")],
     ["physical-therapy", "dob"], "A full date of birth with the name (README) plus the presenting complaint."),
    ("bz0074", "Welcome! Please complete your new-patient forms before your first visit at forms.cedarhollowhealth.example - takes about 10 min. Bring your ID and insurance card.",
     "ALLOW", "other", "sms", "en",
     [("forms.cedarhollowhealth.example", "URL")],
     ["general", "practice-contact"], "The practice's own forms link, with no patient token."),
    ("bz0075", "Your verification code for the intake portal is 482 119. Don't share this code with anyone, including our staff.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time code is not an identifier of the patient (README)."),
    ("bz0076", "Please don't text us your Social Security number or photos of your cards. We'll collect insurance details securely at check-in.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Mentions the SSN only as a word; no identifier is present."),
    ("bz0077", "Hi Mr. Vance, billing needs to verify a few things for your auth: SSN 078-05-1120, DOB 2/9/1959. Is that correct? Reply Y or N.",
     "BLOCK", "billing", "sms", "en",
     [("Vance", "NAME"), ("078-05-1120", "SSN"), ("2/9/1959", "DATE")],
     ["general", "dob"], "An SSN and a full date of birth with a name must never travel by text."),
    ("bz0078", "Your TENS unit (serial TU-88A-40217) ships today to 1147 Larkspur Ln Apt 3, Eugene, OR 97402. A tracking link will follow.",
     "REWRITE", "other", "sms", "en",
     [("TENS unit", "PROCEDURE"), ("TU-88A-40217", "DEVICE_ID"), ("1147 Larkspur Ln Apt 3, Eugene, OR 97402", "ADDRESS")],
     ["physical-therapy"], "The device is a PROCEDURE (README); its serial and the patient's home address are not needed to say it shipped."),
    ("bz0079", "Happy 94th birthday, Eleanor! \U0001F382 Everyone at Brookside Chiropractic is celebrating you - your birthday adjustment is on the house this month.",
     "REWRITE", "marketing", "sms", "en",
     [("94th", "AGE"), ("Eleanor", "NAME"), ("Brookside Chiropractic", "SPECIALTY"), ("adjustment", "PROCEDURE")],
     ["physical-therapy", "age-over-89"], "An age over 89, the name, a chiropractic practice name and the treatment; a greeting survives."),
    ("bz0080", "Re: claim WC-2026-118843 - Dr. Farris needs your adjuster's name and phone at Friday's visit. Call us at (541) 555-0119 with questions.",
     "REWRITE", "other", "sms", "en",
     [("WC-2026-118843", "OTHER_ID"), ("Dr. Farris", "PROVIDER"), ("(541) 555-0119", "PHONE")],
     ["physical-therapy", "practice-contact"], "A workers' comp claim number is OTHER_ID and not needed (decision 9); the 'adjuster' is the insurer's claims adjuster, not a chiropractic adjustment."),
    ("bz0081", "Hi Dario, for your PIP claim after the 6/2 car accident, Dr. Farris documented whiplash (cervical strain) and post-traumatic headaches. Records were faxed to your insurer today.",
     "BLOCK", "other", "sms", "en",
     [("Dario", "NAME"), ("6/2", "DATE"), ("Dr. Farris", "PROVIDER"), ("whiplash", "CONDITION"), ("cervical strain", "CONDITION"), ("post-traumatic headaches", "CONDITION")],
     ["physical-therapy", "orthopedics"], "Documented diagnoses are the message."),
    ("bz0082", "Sr. Ramírez Soto: recibimos su formulario. Anotó fecha de nacimiento 12/08/1965 y dolor de rodilla derecha desde la caída. El Dr. Quintero lo verá el lunes.",
     "BLOCK", "other", "sms", "es",
     [("Ramírez Soto", "NAME"), ("12/08/1965", "DATE"), ("dolor de rodilla derecha", "CONDITION"), ("Dr. Quintero", "PROVIDER")],
     ["physical-therapy", "dob"], "A full date of birth with the name plus the complaint; the body site stays inside the CONDITION span (decision 8)."),
    ("bz0083", "Hi, it's the front desk at Oak Hollow Wellness. Your car (plate 8ZTL042) is in the ambulance lane - could you move it after your session? Thanks!",
     "REWRITE", "other", "sms", "en",
     [("8ZTL042", "VEHICLE_ID")],
     ["general"], "A licence plate is a vehicle identifier; the request survives without it."),
    ("bz0084", "Trigger Point 5K is Sunday! Our team is handing out water at mile 2 by the river. Come say hi and grab a sticker.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Trigger Point' is a race name, not trigger point therapy."),
)

# ---------------------------------------------------------------- batch 8 (bz0085-bz0096): Spanish clinics, shorthand, disguises, pelvic health
add(
    ("bz0085", "Centro Bienestar Armonía: su cita es el miércoles 3 de junio a las 10:00 con la Dra. Chen. Llegue 10 minutos antes. Para cancelar responda NO.",
     "ALLOW", "reminder", "sms", "es",
     [("3 de junio", "DATE"), ("Dra. Chen", "PROVIDER")],
     ["primary-care"], "A generic wellness-center name (decision 1), provider, date and time."),
    ("bz0086", "Hola Rigoberto, le confirmamos su sesión de acupuntura para el dolor de espalda este jueves a las 6 pm. Si no puede venir, avísenos.",
     "REWRITE", "confirmation", "sms", "es",
     [("Rigoberto", "NAME"), ("acupuntura", "PROCEDURE"), ("dolor de espalda", "CONDITION")],
     ["primary-care"], "Judgement (decision 11): the complaint is the label of the booked visit, removable like 'asthma check'; the confirmation survives."),
    ("bz0087", "Ejercicios para casa: puente de glúteos 3x12, almeja con liga 3x15 de cada lado y caminar 20 min diario. Si el dolor de cadera pasa de 5/10, haga la mitad. – Fisio Karla",
     "BLOCK", "care-instructions", "sms", "es",
     [("puente de glúteos", "PROCEDURE"), ("almeja con liga", "PROCEDURE"), ("dolor de cadera", "CONDITION"), ("Fisio", "SPECIALTY"), ("Karla", "PROVIDER")],
     ["physical-therapy"], "A home exercise program with sets and reps (decision 6); 5/10 is a threshold in a conditional, not a result (decision 12); 'Fisio' names the specialty (decision 4)."),
    ("bz0088", "¡Gracias por votarnos como la mejor clínica del barrio! Esta semana tenemos café y pan dulce en recepción para todos.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Community thank-you; nothing about the recipient."),
    ("bz0089", "Sra. Pérez, el martes le ajustamos a Mateo el corsé para la escoliosis. Que lo siga usando 20 horas al día, también para dormir.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Pérez", "NAME"), ("Mateo", "NAME"), ("corsé", "PROCEDURE"), ("escoliosis", "CONDITION")],
     ["pediatrics", "orthopedics", "minor", "third-party"], "A child's diagnosis and brace-wearing instructions sent to the parent (README third-party); 'ajustamos' is fitting the brace."),
    ("bz0090", "Asunto: Novedades de otoño en Raíces Medicina Integral\n\n¡Hola, familia Raíces!\n\nYa llegó el frío y con él las ganas de quedarse en casa. Les compartimos algunas novedades:\n\n\u2022 Desde el lunes abrimos también los sábados de 9 a 1.\n\u2022 Hay estacionamiento nuevo detrás del edificio (la entrada es por la calle lateral).\n\u2022 Nuestro taller gratuito de cocina saludable es el último jueves de cada mes a las 6 pm. ¡Traigan a toda la familia!\n\nPueden agendar en línea en raicesintegral.example/citas o llamando al (956) 555-0146. Atendemos en español y en inglés.\n\nCon cariño,\nEl equipo de Raíces",
     "ALLOW", "marketing", "email", "es",
     [("raicesintegral.example/citas", "URL"), ("(956) 555-0146", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Newsletter to everyone from a generic integrative-medicine name (decision 1); the practice's link and phone stay."),
    ("bz0091", "Buenas tardes, le habla Ximena de Fisioterapia Del Valle. Le llamamos para recordarle su cita de mañana a las 9 con el licenciado Rubén Ochoa. Si no puede venir, llámenos al (956) 555-0154.",
     "REWRITE", "reminder", "voice", "es",
     [("Ximena", "PROVIDER"), ("Fisioterapia Del Valle", "SPECIALTY"), ("licenciado Rubén Ochoa", "PROVIDER"), ("(956) 555-0154", "PHONE")],
     ["physical-therapy", "practice-contact"], "A PT practice name is specialty-revealing (README); voice is treated like SMS (overheard)."),
    ("bz0092", "Su aseguradora autorizó 6 sesiones de quiropráctica (autorización 4418-QX-220). La primera es el 2 de julio a las 8:30. Responda OK para confirmar.",
     "REWRITE", "other", "sms", "es",
     [("quiropráctica", "SPECIALTY"), ("4418-QX-220", "OTHER_ID"), ("2 de julio", "DATE")],
     ["physical-therapy"], "The service line and the authorization number go (decisions 3, 9); the first date survives."),
    ("bz0093", "Doña Elvira, ya tiene lista su bolsita de té de manzanilla con valeriana. Tómese una taza en la noche, no más de dos. Expediente 0099812.",
     "BLOCK", "pickup", "sms", "es",
     [("Elvira", "NAME"), ("té de manzanilla con valeriana", "MEDICATION"), ("0099812", "MRN")],
     ["pharmacy", "primary-care"], "A dosing instruction for an herbal preparation (decision 7), with the name and the record number."),
    ("bz0094", "hey its Tara @ front desk - dr b is running 20 min behind so ur adj will be closer to 4:50. sry!!",
     "REWRITE", "reminder", "sms", "en",
     [("Tara", "PROVIDER"), ("dr b", "PROVIDER"), ("adj", "PROCEDURE")],
     ["physical-therapy", "shorthand", "typo"], "'adj' is shorthand for the chiropractic adjustment (decision 3); the staff sender and provider stay."),
    ("bz0095", "Reminder: your a c u p u n c t u r e visit is tmrw at 3pm. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("a c u p u n c t u r e", "PROCEDURE")],
     ["primary-care", "spaced", "shorthand"], "Spaced letters hide the treatment name; the visit type goes."),
    ("bz0096", "Bloom Pelvic Health: Your pelvic floor therapy appointment with Dr. Hana Ito, DPT is on 11/3 at 1:00 PM. Please arrive 15 minutes early.",
     "REWRITE", "reminder", "sms", "en",
     [("Bloom Pelvic Health", "SPECIALTY"), ("pelvic floor therapy", "PROCEDURE"), ("Dr. Hana Ito", "PROVIDER"), ("DPT", "SPECIALTY"), ("11/3", "DATE")],
     ["physical-therapy", "reproductive"], "A pelvic-health name (decision 1), the therapy and the DPT credential go; provider, date and time stay."),
)

# ---------------------------------------------------------------- batch 9 (bz0097-bz0108): postpartum and neuro rehab, findings, referrals, newsletter
add(
    ("bz0097", "Hi Leah, great work today! Your diastasis recti gap is down to 1.5 finger widths. Keep up the heel slides and dead bugs, and hold off on crunches until 12 weeks postpartum.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Leah", "NAME"), ("diastasis recti", "CONDITION"), ("1.5 finger widths", "RESULT"), ("heel slides", "PROCEDURE"), ("dead bugs", "PROCEDURE"), ("postpartum", "CONDITION")],
     ["physical-therapy", "reproductive"], "A finding with its measure and a home program (decision 6)."),
    ("bz0098", "OT home program for Mr. Baptiste after his stroke: R hand putty squeezes 3x10, buttoning practice daily, and use the built-up utensils at every meal.",
     "ALLOW", "care-instructions", "portal", "en",
     [("OT", "SPECIALTY"), ("Baptiste", "NAME"), ("stroke", "CONDITION"), ("putty squeezes", "PROCEDURE"), ("buttoning practice", "PROCEDURE"), ("built-up utensils", "PROCEDURE")],
     ["physical-therapy"], "Portal: a home program, the condition and the name may stay (README channel convention)."),
    ("bz0099", "Spine-tingling fun at our Halloween open house \U0001F383 Costumes welcome, candy for all ages, Thursday 4-7pm.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Spine-tingling' is an idiom; an event for everyone."),
    ("bz0100", "Subject: October at the clinic\n\nHello everyone,\n\nHere's what's happening this month:\n\n- Coffee cupping night with a local roaster on the second Thursday, 6-8pm in the lobby. Taste beans from three continents, no experience needed.\n- Back-to-school backpack checks every Saturday morning: bring the kids and their loaded bags and we'll show you how to adjust the straps so the weight sits right.\n- Our team is running the Turkey Trot again. If you're in our neck of the woods, come cheer us on at the finish line.\n- We're collecting coats for the shelter through the end of the month; the donation bin is by the front door.\n\nThanks for being part of our community,\nThe front desk crew",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Long newsletter packed with look-alikes (cupping, back, adjust, neck) and no contact details, dates or anything about the recipient."),
    ("bz0101", "The power is out on our block, so all appointments this afternoon are cancelled. We'll text you tomorrow to rebook. - Dr. Liu & team",
     "ALLOW", "other", "sms", "en",
     [("Dr. Liu", "PROVIDER")],
     ["general", "broadcast"], "A closure notice sent to everyone on the schedule; the provider is allowed."),
    ("bz0102", "It's been 3 months since your last adjustment! Time for a tune-up? Book online: brooksidechiro.example/book",
     "REWRITE", "recall", "sms", "en",
     [("adjustment", "PROCEDURE"), ("brooksidechiro.example/book", "URL")],
     ["physical-therapy", "practice-contact"], "A recall naming the recipient's treatment goes; judgement: the practice's own booking link stays (README) although its domain says 'chiro'."),
    ("bz0103", "Hi Coach - Jaden (#23) is out of practice this week with a grade 2 hamstring strain. He can bike and do core work, no sprinting until we clear him.",
     "BLOCK", "other", "sms", "en",
     [("Jaden", "NAME"), ("grade 2", "RESULT"), ("hamstring strain", "CONDITION")],
     ["orthopedics", "physical-therapy", "minor", "third-party"], "An athlete's diagnosis and restrictions sent to a coach are a third party's health (decision 14); the grade is a RESULT (decision 8)."),
    ("bz0104", "New in the app: book, reschedule and pay in one place. Update now to try it.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "hard-negative", "broadcast"], "App announcement for everyone."),
    ("bz0105", "Hi Mr. Osei, this is Dr. Varga returning your call. Your lumbar MRI shows a moderate L5-S1 disc bulge, which explains the sciatica down your right leg. Let's talk about options on Thursday. Bye now.",
     "BLOCK", "result", "voice", "en",
     [("Osei", "NAME"), ("Dr. Varga", "PROVIDER"), ("lumbar MRI", "PROCEDURE"), ("moderate", "RESULT"), ("L5-S1 disc bulge", "CONDITION"), ("sciatica", "CONDITION")],
     ["orthopedics", "imaging"], "Imaging findings left on voicemail (voice is treated like SMS); level stays in the CONDITION span (decision 8)."),
    ("bz0106", "Subject: We received your referral\n\nHello Ms. Abernathy,\n\nWe received Dr. Kapoor's referral for hand therapy and have sent it to your insurance for approval. Most approvals come back within 3 to 5 business days; we'll call you as soon as we hear so we can set up your first visit with one of our certified hand therapists.\n\nIf you'd like to get ahead, you can fill out your intake paperwork now at riversiderehab.example/forms.\n\nThank you,\nPatient Access Team\nRiverside Rehab & Sports PT | (541) 555-0128",
     "REWRITE", "other", "email", "en",
     [("Abernathy", "NAME"), ("Dr. Kapoor", "PROVIDER"), ("hand therapy", "SPECIALTY"), ("certified hand therapists", "SPECIALTY"), ("riversiderehab.example/forms", "URL"),
      ("Riverside Rehab & Sports PT", "SPECIALTY"), ("(541) 555-0128", "PHONE")],
     ["physical-therapy", "orthopedics", "practice-contact"], "Name, service line and rehab name go (decisions 1, 3, 4); the referral status, the practice's forms link and phone survive."),
    ("bz0107", "Heads up: the card ending 4417 was declined for this month's membership. Update it at stillwaterwellness.example/billing to keep your member rate.",
     "ALLOW", "billing", "sms", "en",
     [("stillwaterwellness.example/billing", "URL")],
     ["general", "practice-contact"], "The last four digits of a card are not a unique identifier (decision 9); the practice's own billing link."),
    ("bz0108", "Your x-rays from Tuesday show loss of cervical lordosis and mild degenerative changes at C5-6. Dr. Pruitt will go over your corrective care plan at your report of findings Fri at 10.",
     "BLOCK", "result", "sms", "en",
     [("x-rays", "PROCEDURE"), ("loss of cervical lordosis", "CONDITION"), ("mild", "RESULT"), ("degenerative changes at C5-6", "CONDITION"), ("Dr. Pruitt", "PROVIDER"),
      ("corrective care plan", "PROCEDURE"), ("report of findings", "PROCEDURE")],
     ["physical-therapy", "imaging"], "Imaging findings; 'report of findings' is a chiropractic visit type (PROCEDURE) and the level stays in the CONDITION span (decision 8)."),
)

# ---------------------------------------------------------------- batch 10 (bz0109-bz0120): portal notes, integrative oncology, promos, long reminder
add(
    ("bz0109", "Spring open house Thursday 5-7pm: meet our new team members, tour the rehab gym and grab a smoothie. Bring a friend!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "An open house for everyone; 'rehab gym' is the clinic's room, not the recipient's treatment (nor substance-use rehab)."),
    ("bz0110", "SOAP note 5/12 - S: tension headaches ~3x/wk, worse with desk work. O: hypertonic upper traps and suboccipitals bilat. A: responded well to trigger point therapy. P: 60 min q2wk x3.",
     "ALLOW", "care-instructions", "portal", "en",
     [("5/12", "DATE"), ("tension headaches", "CONDITION"), ("hypertonic", "RESULT"), ("trigger point therapy", "PROCEDURE")],
     ["physical-therapy", "shorthand"], "Portal: a massage therapist's SOAP note may stay; the palpation finding is a RESULT (decision 8)."),
    ("bz0111", "Subject: Following up on today's session\n\nDear Bernadette,\n\nThank you for coming in between your chemo cycles. As we discussed, acupuncture plus the ginger can make a real difference for the nausea you've had since the second round of AC for your breast cancer.\n\nUntil I see you next Tuesday:\n\u2022 Ginger root capsules 550 mg, one before each meal\n\u2022 Press the wristband point for 2-3 minutes when queasy\n\u2022 No new herbs without checking with your oncologist first; some interact with chemotherapy\n\nIf the tingling in your fingers gets worse, let your oncology team know right away.\n\nWarmly,\nDr. Naomi Feld, LAc\nIntegrative Oncology Support, Lakeside Wellness",
     "BLOCK", "care-instructions", "email", "en",
     [("Bernadette", "NAME"), ("chemo", "PROCEDURE"), ("acupuncture", "PROCEDURE"), ("ginger", "MEDICATION"), ("nausea", "CONDITION"), ("round of [[AC]] for", "MEDICATION"),
      ("breast cancer", "CONDITION"), ("Ginger root capsules 550 mg", "MEDICATION"), ("wristband", "PROCEDURE"), ("oncologist", "SPECIALTY"),
      ("chemotherapy", "PROCEDURE"), ("tingling", "CONDITION"), ("oncology", "SPECIALTY"), ("Dr. Naomi Feld", "PROVIDER"), ("LAc", "SPECIALTY"),
      ("Integrative Oncology Support", "SPECIALTY")],
     ["oncology", "primary-care"], "Diagnosis, chemo regimen and supplement dosing; the acupressure wristband is a device (PROCEDURE); the program name reveals oncology."),
    ("bz0112", "Your updated home exercise program from Jordan Price, DPT is ready: bird dogs 2x10, side planks 3x20 sec, hip hinges with a dowel 2x12. Questions? Message us here.",
     "ALLOW", "care-instructions", "portal", "en",
     [("home exercise program", "PROCEDURE"), ("Jordan Price", "PROVIDER"), ("DPT", "SPECIALTY"), ("bird dogs", "PROCEDURE"), ("side planks", "PROCEDURE"), ("hip hinges", "PROCEDURE")],
     ["physical-therapy", "contrast"], "The same kind of HEP as bz0026, but inside the portal: ALLOW (README channel convention)."),
    ("bz0113", "Reply YES to get appointment reminders by text. Msg & data rates may apply. Reply STOP to opt out, HELP for help.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Opt-in message; nothing about the recipient."),
    ("bz0114", "Hi Alana, Kai's pediatric chiropractic visit moved to Wed 4/22 at 3:15 with Dr. Moon. Reply OK to confirm or call to pick another time.",
     "REWRITE", "reminder", "sms", "en",
     [("Alana", "NAME"), ("Kai", "NAME"), ("pediatric chiropractic", "SPECIALTY"), ("4/22", "DATE"), ("Dr. Moon", "PROVIDER")],
     ["pediatrics", "physical-therapy", "minor"], "A dependent's logistics with names and a specialty only: REWRITE (README)."),
    ("bz0115", "Update: Pacific Crest Health denied continued acupuncture past 12 visits (ref DN-55120). You can appeal, or switch to our $65 self-pay rate - reply APPEAL or SELF.",
     "REWRITE", "billing", "sms", "en",
     [("acupuncture", "PROCEDURE"), ("DN-55120", "OTHER_ID")],
     ["primary-care"], "The service and the denial reference (OTHER_ID, decision 9) go; the choice survives."),
    ("bz0116", "Align Family Chiropractic turns 10! \U0001F389 Bring a friend in May and you both get a free posture screening. Reply INFO for details.",
     "REWRITE", "marketing", "sms", "en",
     [("Align Family Chiropractic", "SPECIALTY")],
     ["physical-therapy", "contrast"], "Decision 2: a promo under a chiropractic name still tells a lock-screen reader the recipient is a chiropractic patient; the offer is for everyone and unlabelled. Contrast with bz0042."),
    ("bz0117", "Dr. Abara is out Monday, so your 9:00 acupuncture + moxibustion treatment needs to move. Reply with a day that works or call (541) 555-0171.",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Abara", "PROVIDER"), ("acupuncture", "PROCEDURE"), ("moxibustion", "PROCEDURE"), ("(541) 555-0171", "PHONE")],
     ["primary-care", "practice-contact"], "Treatment modalities go (decision 3); the reschedule request survives."),
    ("bz0118", "Hola Yolanda, las ventosas de hoy pueden dejar marcas moradas de 3 a 5 días, es normal. Tome mucha agua y no se exponga al frío. Para la gastritis siga con el té de jengibre 2 veces al día.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Yolanda", "NAME"), ("ventosas", "PROCEDURE"), ("gastritis", "CONDITION"), ("té de jengibre", "MEDICATION")],
     ["primary-care"], "Aftercare for cupping plus a condition and an herbal dosing instruction (decision 7)."),
    ("bz0119", "Subject: See you Thursday\n\nHello,\n\nThis is a friendly reminder of your appointment on Thursday, June 11 at 2:30 PM with Dr. Selene Park.\n\nWhere: Cedar Hollow Health, 4820 Pressure Point Rd, Suite 110, Bend, OR 97701. Free parking in the lot behind the building.\n\nWhat to bring: photo ID, your insurance card and a list of anything you take regularly. Wear comfortable clothes you can move in.\n\nNeed to change your time? Reply to this email, call (541) 555-0117 or visit cedarhollowhealth.example/appointments. We ask for 24 hours' notice so we can offer the slot to someone on our waitlist.\n\nThank you,\nFront Desk, Cedar Hollow Health",
     "ALLOW", "reminder", "email", "en",
     [("June 11", "DATE"), ("Dr. Selene Park", "PROVIDER"), ("4820 Pressure Point Rd, Suite 110, Bend, OR 97701", "ADDRESS"), ("(541) 555-0117", "PHONE"),
      ("cedarhollowhealth.example/appointments", "URL")],
     ["general", "practice-contact"], "A long reminder with only the practice's own address (on 'Pressure Point Rd', decision 10), phone and link, a provider and a date."),
    ("bz0120", "Your reminder preferences are updated. You'll now get texts 48 hours and 2 hours before each visit.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Settings confirmation; nothing about the recipient."),
)

probe_lib.run(M, "bz", "probe75.jsonl")
