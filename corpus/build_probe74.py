#!/usr/bin/env python3
"""Build corpus/probe74.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe74.py [OUT] [-v]   (default: probe74.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run
and no other corpus's messages were read).
This round is GENDER-AFFIRMING CARE AND PRIVACY-SENSITIVE SERVICES: what LGBTQ+ health centers,
gender clinics (hormone therapy, self-injection teaching, name-and-pronoun updates, letters of
support for surgery), reproductive-health clinics (medication and procedural abortion,
miscarriage care, contraception, vasectomy), forensic-nurse (SANE) programs and hospital
domestic-violence advocates send: reminders that must not reveal the service, hormone-level lab
draws and results, pharmacy pickups and injection supplies, support-group invitations,
safe-contact check-ins, chosen names beside legal names, EOBs to a policyholder, and general
community / Pride-month announcements. Mixed with neutral messages and look-alikes ("Pride 5K",
"Planned Giving office", Rainbow Blvd, T-Mobile, "the T", "Plan B" for after hours, "HR team",
"pep rally", "coming out Friday", "transitioning to a new phone system", "transportation", Mason
jars, the Rose Garden Pavilion, and staff or patients named Mason, Rose or Hope). About 16%
Spanish; 4 disguised messages (spaced letters, a zero-width space, Cyrillic look-alikes, leet).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "name ([[Avery]])" searches for "name (Avery)"
      and labels only the bracketed part "Avery".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Service tags: the tag list has no gender-affirming tag, so LGBTQ+ health-center and
     gender-clinic traffic is tagged hiv-sexual-health (the sensitive service line it sits in),
     plus lab / pharmacy / behavioral-health (letters of support) / pediatrics where they apply;
     SANE (forensic-nurse) traffic is hiv-sexual-health + urgent-care; hospital DV advocacy is
     behavioral-health; vasectomy and contraception are reproductive.
  2. A chosen name and a legal (or former) name are both NAME. Pairing them outs the patient, but
     both can be removed and the purpose survives, so the pair alone is REWRITE; with a full DOB or
     an SSN next to them it is BLOCK as usual.
  3. Pronouns and a "name and pronouns updated" notice that names nobody are not labelled (US
     practices collect pronouns from every patient): ALLOW.
  4. Specialty-revealing names are SPECIALTY: gender clinics, LGBTQ+ health centers (incl.
     "Centro Orgullo de Salud LGBTQ+"), family-planning and women's-health centers, a teen clinic,
     urology, the hospital's domestic-violence / violence-intervention program, and the
     role words "SANE" and "Forensic Nurse Examiner" (lower-case "program"/"nurse" stay outside).
     Generic names that merely sound warm (Open Door Health, Desert Bloom Family Clinic, Bayview
     Health Center, Mercy West) are not labelled.
  5. A broadcast (holiday closure) from a specialty-revealing practice name is REWRITE: the name
     itself tells the lock screen that the recipient is that center's patient. The same broadcast
     from a generic name is ALLOW (contrast pair by0075/by0076).
  6. A street named without a house number to give directions to the practice (the Rainbow Blvd
     entrance, the Rose Street entrance) is not labelled; the practice's full street address is
     ADDRESS (ALLOW); the patient's delivery address is ADDRESS (REWRITE).
  7. Injection supplies (syringes, needles, sharps container) are devices -> PROCEDURE; in a
     shipping or pickup notice they reveal injection therapy -> REWRITE.
  8. A support group or peer circle the recipient is invited to or attends is a program ->
     PROCEDURE (REWRITE); the same kind of group named in a broadcast to everyone is unlabelled.
  9. A diagnosis code (F64.0) is labelled CONDITION like the diagnosis term next to it.
 10. Injuries documented in a DV / sexual-assault exam (bruising, strangulation) are CONDITION
     findings -> BLOCK. A DV advocate's check-in that names no program and no reason is ALLOW.
     "MSW" stays inside PROVIDER as a generic credential (social work is not a revealing
     specialty); the advocacy program name is SPECIALTY.
 11. A sexual-assault-kit tracking number is OTHER_ID.
 12. Puberty blockers ("puberty-blocker injection", "bloqueador de pubertad") are a drug class
     used as a name -> MEDICATION; to a parent they are a dependent's medication -> BLOCK.
 13. "HRT clinic": HRT is the therapy (PROCEDURE), "clinic" stays outside, like `asthma check`.
 14. A staff member whose name is also a word (Rose, Hope) named as sender or clinician is
     PROVIDER; the same word as a patient's name is NAME; as an ordinary word or a building name
     ("Hope you're...", "Rose Garden Pavilion", "Mason jar") it is not labelled.
 15. A written-out calendar date is DATE even when it is a holiday's date ("June 19" for
     Juneteenth; the holiday word is not) and with an ordinal ("August 19th").
 16. A disease name used as the name of its test without the word "test" ("HIV negative",
     "HIV and creatinine labs") is CONDITION; with the head word it is one PROCEDURE
     ("HIV test", "HPV test"). "STI" as a result label ("STI results") is CONDITION.
 17. A Spanish drug form that comes before the drug ("parche de estradiol de 0.1 mg") is one
     MEDICATION span with its strength; "análisis de semen" is a named test (PROCEDURE) although
     `análisis` alone is generic.
 18. A reference range printed next to a value ("goal 100-200") is not a RESULT; the patient's
     value is.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers;
the SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (by0001-by0012): gender-clinic reminders, hormone labs
add(
    ("by0001", "Linden Street Clinic: reminder of your appt with Dr. Okoro on Thu 6/12 at 3:40 PM. Reply C to confirm or call (617) 555-0143 to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okoro", "PROVIDER"), ("6/12", "DATE"), ("(617) 555-0143", "PHONE")],
     ["primary-care", "practice-contact"], "Neutral reminder from a generic clinic name: provider, date, time and the practice's own phone; the hormone visit behind it is not revealed."),
    ("by0002", "Hi Jordan! Lumen Gender Health here - your hormone therapy follow-up with NP Castellanos is Tue 6/17 at 10:15am. Reply Y to confirm, N to cancel.",
     "REWRITE", "reminder", "sms", "en",
     [("Jordan", "NAME"), ("Lumen Gender Health", "SPECIALTY"), ("hormone therapy", "PROCEDURE"), ("NP Castellanos", "PROVIDER"), ("6/17", "DATE")],
     ["hiv-sexual-health"], "Gender-clinic name, therapy type and patient name go; provider, date and time survive. Tagged hiv-sexual-health (decision 1)."),
    ("by0003", "Meridian Lab reminder: your estradiol level is due before 8/4. Walk-ins 7a-4p, no fasting needed. Bring your lab order.",
     "REWRITE", "reminder", "sms", "en",
     [("estradiol level", "PROCEDURE"), ("8/4", "DATE")],
     ["lab", "hiv-sexual-health"], "A named hormone test reveals gender-affirming (or other hormone) care; the draw reminder survives without it. Generic lab name not labelled."),
    ("by0004", "Hi Kai, Dr. Bianchi reviewed your labs: total testosterone 612 ng/dL, hematocrit 51.8% (slightly high). Please hold your next injection until we talk Monday.",
     "BLOCK", "result", "sms", "en",
     [("Kai", "NAME"), ("Dr. Bianchi", "PROVIDER"), ("total testosterone", "PROCEDURE"), ("612 ng/dL", "RESULT"), ("hematocrit", "PROCEDURE"), ("51.8%", "RESULT"), ("slightly high", "RESULT")],
     ["lab", "hiv-sexual-health"], "Hormone and hematocrit values plus a hold-your-dose instruction: the results are the message."),
    ("by0005", "Your lab results are available. Estradiol 142 pg/mL (goal 100-200), spironolactone unchanged at 100 mg daily. - Dr. Hope Mason",
     "ALLOW", "result", "portal", "en",
     [("Estradiol", "PROCEDURE"), ("142 pg/mL", "RESULT"), ("spironolactone", "MEDICATION"), ("Dr. Hope Mason", "PROVIDER")],
     ["lab", "hiv-sexual-health", "contrast"], "Inside the secure portal a value and a dose are fine (README channel convention). The goal range is not the patient's value, not a RESULT (decision 18). Same text by SMS is by0006."),
    ("by0006", "Your lab results are available. Estradiol 142 pg/mL (goal 100-200), spironolactone unchanged at 100 mg daily. - Dr. Hope Mason",
     "BLOCK", "result", "sms", "en",
     [("Estradiol", "PROCEDURE"), ("142 pg/mL", "RESULT"), ("spironolactone", "MEDICATION"), ("Dr. Hope Mason", "PROVIDER")],
     ["lab", "hiv-sexual-health", "contrast"], "Same text as by0005 by SMS: a hormone value and a dose are the message. 'Hope Mason' is the provider's name (decision 14)."),
    ("by0007", "T-Mobile customers: some of our reminder texts were delayed this morning. If you replied C and didn't get a confirmation, please reply again. Thanks for your patience!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Carrier notice to everyone; the 'T' of T-Mobile is not testosterone."),
    ("by0008", "Subject: Your visit on Friday\n\nHello Rowan,\n\nThis is a reminder that your self-injection teaching appointment with Maya Torres, RN is Friday 7/11 at 1:30 pm at Threshold Gender Clinic, 2nd floor of the Kessler Building. Please bring the vial and supplies you picked up from the pharmacy so you can practice with your own. Plan for about 45 minutes.\n\nNeed to reschedule? Reply to this email or call (503) 555-0181.\n\nThank you,\nThreshold Gender Clinic Front Desk",
     "REWRITE", "reminder", "email", "en",
     [("Rowan", "NAME"), ("self-injection teaching", "PROCEDURE"), ("Maya Torres, RN", "PROVIDER"), ("7/11", "DATE"), ("Threshold Gender Clinic", "SPECIALTY"), ("Threshold Gender Clinic", "SPECIALTY", 1), ("(503) 555-0181", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "E-mail is treated like SMS: name, visit type and the gender-clinic name (twice, incl. the signature) go; provider, date, time, room and the practice phone stay. 'vial and supplies' left unlabelled as generic (judgement)."),
    ("by0009", "Hi, it's Dana at the front desk. We moved your Thursday visit to 4:20 pm because Dr. Rose is runing behind. Reply OK to keep it or call us.",
     "ALLOW", "reminder", "sms", "en",
     [("Dana", "PROVIDER"), ("Dr. Rose", "PROVIDER")],
     ["primary-care", "typo"], "Staff sender and a provider whose surname is a word (decision 14); nothing about the visit type."),
    ("by0010", "Hola Ximena, le recordamos su cita de terapia hormonal con la Dra. Salinas el 14 de julio a las 9:00 am en la Clínica Arcoíris de Salud Trans. Responda 1 para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Ximena", "NAME"), ("terapia hormonal", "PROCEDURE"), ("Dra. Salinas", "PROVIDER"), ("14 de julio", "DATE"), ("Clínica Arcoíris de Salud Trans", "SPECIALTY")],
     ["hiv-sexual-health"], "Name, therapy and the trans-health clinic name go; provider, date and time survive."),
    ("by0011", "Injection day! Draw up 0.4 mL (80 mg) of testosterone cypionate, inject into the outer thigh and switch sides each week. Text us if you notice redness or swelling.",
     "BLOCK", "care-instructions", "sms", "en",
     [("testosterone cypionate", "MEDICATION"), ("redness", "CONDITION"), ("swelling", "CONDITION")],
     ["hiv-sexual-health", "negation"], "Dosing and injection instructions are the message. The dose written before the drug is outside the span; hypothetical symptoms are still CONDITION."),
    ("by0012", "Getting here: take the T (Green Line) and get off at our stop - the entrance is across from the public library. Parking validation at the front desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'The T' is the transit line, not testosterone; directions only."),
)

# ---------------------------------------------------------------- batch 2 (by0013-by0024): pharmacy, injection supplies, dosing, billing
add(
    ("by0013", "Northfield Pharmacy: Rx for ESTRADIOL VALERATE 20MG/ML is ready for pickup. Please pick up by 6/30 or it will be returned to stock. Reply STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("ESTRADIOL VALERATE 20MG/ML", "MEDICATION"), ("6/30", "DATE")],
     ["pharmacy", "contrast"], "Pickup notice naming the drug (all caps, as pharmacy systems print it): the drug goes, the pickup deadline stays. Contrast by0014."),
    ("by0014", "Northfield Pharmacy: 1 prescription is ready for pickup at your usual store. Questions? Call (608) 555-0119. Reply STOP to opt out.",
     "ALLOW", "pickup", "sms", "en",
     [("(608) 555-0119", "PHONE")],
     ["pharmacy", "practice-contact", "contrast"], "The safe pickup pattern: no drug named, the pharmacy's own phone."),
    ("by0015", "Your CareWorks Medical Supply order has shipped: 3mL syringes (25 ct), 25G 1-inch needles (25 ct), 1 sharps container. Delivering to 2207 Rainbow Blvd Apt 5 by Thu.",
     "REWRITE", "other", "sms", "en",
     [("3mL syringes", "PROCEDURE"), ("25G 1-inch needles", "PROCEDURE"), ("sharps container", "PROCEDURE"), ("2207 Rainbow Blvd Apt 5", "ADDRESS")],
     ["pharmacy"], "Injection supplies are devices (PROCEDURE, decision 7) that reveal injection therapy; the patient's delivery address is not needed (decision 6). The shipping notice survives."),
    ("by0016", "Desert Bloom Family Clinic is moving! Starting 9/2, find us at 4410 Rainbow Blvd, Suite 200, Las Vegas, NV 89147. Same phone: (702) 555-0166.",
     "ALLOW", "other", "sms", "en",
     [("9/2", "DATE"), ("4410 Rainbow Blvd, Suite 200, Las Vegas, NV 89147", "ADDRESS"), ("(702) 555-0166", "PHONE")],
     ["general", "broadcast", "practice-contact"], "The practice's own new address and phone; 'Rainbow' is a street name, the clinic name is generic (decision 4)."),
    ("by0017", "Recuerde: póngase un parche de estradiol de 0.1 mg dos veces por semana (lunes y jueves) y tome la espironolactona 50 mg cada mañana. Dudas: (915) 555-0128.",
     "BLOCK", "care-instructions", "sms", "es",
     [("parche de estradiol de 0.1 mg", "MEDICATION"), ("espironolactona 50 mg", "MEDICATION"), ("(915) 555-0128", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "Dosing schedule for a feminizing regimen: the instructions are the message. Spanish form-before-drug kept as one span with its strength (decision 17)."),
    ("by0018", "hi its Marco @ Linden pharmacy, ur depo-T + 2 boxes of BD needles r ready, we close at 7 tonite",
     "REWRITE", "pickup", "sms", "en",
     [("Marco", "PROVIDER"), ("depo-T", "MEDICATION"), ("BD needles", "PROCEDURE")],
     ["pharmacy", "shorthand"], "Staff sender is workforce (PROVIDER). 'depo-T' is pharmacy slang for Depo-Testosterone; needles are an injection device (decision 7). Pickup survives."),
    ("by0019", "Linden Pharmacy: Plan ahead for the July 4th holiday - all stores close at 2 PM. Need a refill? Request it by Wednesday. Plan B for after hours: call our 24-hour line and we'll send it to an open store.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Holiday hours for everyone; 'Plan B' means a fallback, not the emergency-contraception brand, and a holiday is not a DATE."),
    ("by0020", "Hi Ms. Whitaker, the pharmacy needs a new prior auth for Eli's Lupron Depot-Ped 11.25 mg before his next puberty-blocker injection. We'll call you once it's approved.",
     "BLOCK", "other", "sms", "en",
     [("Whitaker", "NAME"), ("Eli", "NAME"), ("Lupron Depot-Ped 11.25 mg", "MEDICATION"), ("puberty-blocker injection", "MEDICATION")],
     ["pediatrics", "pharmacy", "third-party", "minor"], "A dependent's medication sent to the guardian is third-party health (README): BLOCK. Puberty blockers as a drug class with their form word are MEDICATION (decision 12)."),
    ("by0021", "Del Valle Pharmacy: Hi Sol, your testosterone 1.62% gel is ready for pickup. We'll hold it until 8/3.",
     "REWRITE", "pickup", "sms", "en",
     [("Sol", "NAME"), ("testosterone 1.62% gel", "MEDICATION"), ("8/3", "DATE")],
     ["pharmacy"], "Name and drug (with strength and form right after it) go; the hold date stays."),
    ("by0022", "Injection teaching recap from today: testosterone cypionate 50 mg (0.25 mL of the 200 mg/mL vial) subQ once a week in the abdomen, rotating sides. Bring your sharps container to your next visit. - Maya Torres, RN",
     "ALLOW", "care-instructions", "portal", "en",
     [("Injection teaching", "PROCEDURE"), ("testosterone cypionate 50 mg", "MEDICATION"), ("sharps container", "PROCEDURE"), ("Maya Torres, RN", "PROVIDER")],
     ["hiv-sexual-health"], "Dose instructions are fine inside the secure portal (README channel convention)."),
    ("by0023", "Subject: Update on your claim\n\nYour health plan denied coverage for electrolysis (facial hair removal) billed with diagnosis code F64.0, gender dysphoria. You have 180 days to appeal. Our billing team can help - reply to this email or call (503) 555-0177.",
     "BLOCK", "billing", "email", "en",
     [("electrolysis", "PROCEDURE"), ("facial hair removal", "PROCEDURE"), ("F64.0", "CONDITION"), ("gender dysphoria", "CONDITION"), ("(503) 555-0177", "PHONE")],
     ["hiv-sexual-health", "dermatology", "practice-contact"], "A denial that states the diagnosis (code and term, decision 9): the diagnosis is the message, so BLOCK even for billing."),
    ("by0024", "Meridian Lab now opens at 6:30 AM on weekdays for early and fasting draws. No appointment needed - just bring a photo ID and your lab order.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Hours broadcast to everyone; 'fasting draws' names no test and no recipient."),
)

# ---------------------------------------------------------------- batch 3 (by0025-by0036): names and pronouns, letters, look-alikes
add(
    ("by0025", "We've updated the name and pronouns shown in your patient portal profile. Log in at portal.lindenclinic.example to review them. Questions? (617) 555-0143",
     "ALLOW", "other", "sms", "en",
     [("portal.lindenclinic.example", "URL"), ("(617) 555-0143", "PHONE")],
     ["general", "practice-contact"], "Judgement (decision 3): a name-and-pronoun update that names nobody reveals nothing clinical; the practice's own link and phone."),
    ("by0026", "Hi Jordan (legal name on file: Jessica Reyes) - your insurance card has to match your legal name, so please bring it Thursday.",
     "REWRITE", "reminder", "sms", "en",
     [("Jordan", "NAME"), ("Jessica Reyes", "NAME")],
     ["hiv-sexual-health"], "Chosen and legal name are both NAME (decision 2); the pair outs the patient, but with both removed the request to bring the card survives."),
    ("by0027", "Subject: Your name update\n\nDear Avery Quinn,\n\nYour chosen name (Avery) and pronouns (they/them) now show on your wristband, chart banner and portal. We also sent the legal name change to your insurer under SSN 078-05-1120, so your next card should read Avery Quinn as well.\n\nPatient Registration, Linden Street Clinic",
     "BLOCK", "other", "email", "en",
     [("Avery Quinn", "NAME"), ("name ([[Avery]])", "NAME"), ("078-05-1120", "SSN"), ("Avery Quinn", "NAME", 1)],
     ["general", "identifier"], "An SSN must never travel by e-mail/text: BLOCK. Pronouns unlabelled (decision 3). The SSN is the well-known specimen number."),
    ("by0028", "Name change for Avery Quinn (DOB 04/09/1994), formerly Andrew Quinn, is complete in all our systems. No action needed.",
     "BLOCK", "other", "sms", "en",
     [("Avery Quinn", "NAME"), ("04/09/1994", "DATE"), ("Andrew Quinn", "NAME")],
     ["general", "dob"], "Full date of birth with the name is BLOCK (README); the former name beside the new one makes it worse (decision 2)."),
    ("by0029", "Hola Dani, ya actualizamos su nombre y sus pronombres (elle) en el sistema del Centro Orgullo de Salud LGBTQ+. Gracias por su paciencia.",
     "REWRITE", "other", "sms", "es",
     [("Dani", "NAME"), ("Centro Orgullo de Salud LGBTQ+", "SPECIALTY")],
     ["hiv-sexual-health"], "Pronouns unlabelled (decision 3), but the name and the LGBTQ+ health-center name go (decision 4)."),
    ("by0030", "Your letter of support for gender-affirming surgery from Dr. Sterling is signed and ready. Download it in the portal or pick it up at the front desk.",
     "REWRITE", "portal-notice", "sms", "en",
     [("gender-affirming surgery", "PROCEDURE"), ("Dr. Sterling", "PROVIDER")],
     ["hiv-sexual-health", "behavioral-health"], "The named surgery goes ('surgery' alone would be generic); 'your letter is ready' survives."),
    ("by0031", "Hi Ezra,\n\nDr. Sterling finished your letter for chest reconstruction. It confirms a diagnosis of gender dysphoria, documents 14 months of testosterone therapy, and states you meet WPATH criteria for surgery. A copy has gone to Dr. Ng's surgical office.\n\nWarmly,\nTheo, care coordinator",
     "BLOCK", "other", "email", "en",
     [("Ezra", "NAME"), ("Dr. Sterling", "PROVIDER"), ("chest reconstruction", "PROCEDURE"), ("gender dysphoria", "CONDITION"), ("testosterone therapy", "PROCEDURE"), ("Dr. Ng", "PROVIDER"), ("Theo", "PROVIDER")],
     ["behavioral-health", "hiv-sexual-health"], "The letter's content (diagnosis and treatment history) is the message: BLOCK. The coordinator signing is workforce (PROVIDER)."),
    ("by0032", "Your letter is ready. To protect your privacy we don't share details by text - log in to the portal or call (503) 555-0177 to arrange pickup.",
     "ALLOW", "portal-notice", "sms", "en",
     [("(503) 555-0177", "PHONE")],
     ["behavioral-health", "practice-contact"], "Notification without PHI: says that something is ready, not what."),
    ("by0033", "Subject: A lasting gift\n\nThank you for supporting the Mercy West Foundation. Our Planned Giving office can help you include the Foundation in your will or trust, or set up a gift that pays you income for life. Reply to this email to schedule a confidential conversation.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "'Planned Giving' is philanthropy, not family planning; 'confidential' is not clinical."),
    ("by0034", "Hi, this message is for Quinn Abernathy. This is Theo from Threshold Gender Clinic calling to confirm your consult with the surgery team on August 19th. Please call us back at 503-555-0181. Thank you.",
     "REWRITE", "confirmation", "voice", "en",
     [("Quinn Abernathy", "NAME"), ("Theo", "PROVIDER"), ("Threshold Gender Clinic", "SPECIALTY"), ("August 19th", "DATE"), ("503-555-0181", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "Voicemail is treated like SMS (overheard): name and gender-clinic name go; 'surgery team' is generic. Ordinal date is DATE (decision 15)."),
    ("by0035", "Reminder from Dr. Hope Mason's office: your visit is Mon 7/21 at 11:00 AM. Reply C to confirm, R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Hope Mason", "PROVIDER"), ("7/21", "DATE")],
     ["primary-care"], "Provider whose first and last names are words (decision 14); possessive 's outside."),
    ("by0036", "Sra. Ibarra, el endocrinólogo revisó los análisis de su hija Valeria: la LH salió en 4.2 mUI/mL, así que puede empezar el bloqueador de pubertad el próximo mes.",
     "BLOCK", "result", "sms", "es",
     [("Ibarra", "NAME"), ("endocrinólogo", "SPECIALTY"), ("Valeria", "NAME"), ("LH", "PROCEDURE"), ("4.2 mUI/mL", "RESULT"), ("bloqueador de pubertad", "MEDICATION")],
     ["pediatrics", "lab", "third-party", "minor"], "A dependent's lab value and treatment plan sent to the parent: third-party health, BLOCK (decision 12). Role word naming a specialty is SPECIALTY."),
)

# ---------------------------------------------------------------- batch 4 (by0037-by0048): abortion and miscarriage care
add(
    ("by0037", "Open Door Health: your appointment is confirmed for Sat 5/17 at 8:00 AM. Please arrive 15 min early and plan for someone to drive you home.",
     "ALLOW", "confirmation", "sms", "en",
     [("5/17", "DATE")],
     ["reproductive"], "Judgement: a generic practice name and logistics only; needing a driver hints at sedation but names no service (decision 4)."),
    ("by0038", "Eastside Family Planning: your medication abortion follow-up is due 1-2 weeks after your visit. Reply 1 to book a phone check-in or 2 for an in-person visit.",
     "REWRITE", "recall", "sms", "en",
     [("Eastside Family Planning", "SPECIALTY"), ("medication abortion", "PROCEDURE")],
     ["reproductive"], "Family-planning name and procedure go ('follow-up' stays outside); booking the follow-up survives."),
    ("by0039", "24-48 hrs after the first pill, tuck the 4 misoprostol 200mcg tablets in your cheeks for 30 min, then swallow what's left with water. Heavy bleeding and cramping are expected.",
     "BLOCK", "care-instructions", "sms", "en",
     [("misoprostol 200mcg tablets", "MEDICATION"), ("Heavy bleeding", "CONDITION"), ("cramping", "CONDITION")],
     ["reproductive"], "Medication-abortion dosing instructions are the message: BLOCK, portal instead."),
    ("by0040", "Your follow-up pregnancy test was negative and your hCG dropped to 18, so the abortion is complete. No more visits needed - take care!",
     "BLOCK", "result", "sms", "en",
     [("pregnancy test", "PROCEDURE"), ("negative", "RESULT"), ("hCG", "PROCEDURE"), ("18", "RESULT"), ("abortion", "PROCEDURE"), ("complete", "RESULT")],
     ["reproductive", "lab"], "Negative results are still results (README), and the finding names the abortion."),
    ("by0041", "Today's ultrasound showed a complete miscarriage, so no D&C is needed. Call us right away if bleeding soaks 2 pads an hour for 2 hours in a row. - Dr. Whitfield",
     "ALLOW", "result", "portal", "en",
     [("ultrasound", "PROCEDURE"), ("complete", "RESULT"), ("miscarriage", "CONDITION"), ("D&C", "PROCEDURE"), ("bleeding", "CONDITION"), ("Dr. Whitfield", "PROVIDER")],
     ["reproductive", "imaging", "negation"], "Findings and warning signs are fine inside the portal. The state a condition is in is a RESULT ('complete'); the negated D&C is still labelled."),
    ("by0042", "Hola Camila, su cita para la colocación del DIU es el martes 10 de junio a las 2:30 pm con la Dra. Fuentes. Puede comer normalmente ese día.",
     "REWRITE", "reminder", "sms", "es",
     [("Camila", "NAME"), ("colocación del DIU", "PROCEDURE"), ("10 de junio", "DATE"), ("Dra. Fuentes", "PROVIDER")],
     ["reproductive"], "IUD insertion is a revealing procedure; name goes, provider/date/time survive."),
    ("by0043", "Reminder: all our clinics close Friday at noon for staff training. After-hours questions? Our nurse line is open 24/7.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Closure notice to everyone; 24/7 is not a date."),
    ("by0044", "Hello, this is a message for Lena Okafor from Clearwater Women's Health Center about your miscarriage follow-up appointment. Please call us back at (414) 555-0134. Thank you.",
     "REWRITE", "reminder", "voice", "en",
     [("Lena Okafor", "NAME"), ("Clearwater Women's Health Center", "SPECIALTY"), ("miscarriage", "CONDITION"), ("(414) 555-0134", "PHONE")],
     ["reproductive", "practice-contact"], "Voicemail like SMS: condition as visit label (generic 'follow-up appointment' outside), women's-health name and patient name go; the call-back survives."),
    ("by0045", "Your blood type came back Rh negative, so you'll need a RhoGAM shot within 72 hours of the procedure. Can you come in tomorrow morning?",
     "BLOCK", "result", "sms", "en",
     [("blood type", "PROCEDURE"), ("Rh negative", "RESULT"), ("RhoGAM shot", "MEDICATION")],
     ["reproductive", "lab"], "A result and the treatment it triggers are the message."),
    ("by0046", "Statement from Eastside Family Planning\n\nBalance due: $150.00 for services on 4/28.\nAccount: A-448120\nPay online at pay.eastsidefp.example or call (312) 555-0152, Mon-Fri 9-5.\n\nThis is not a bill if you have already paid.",
     "REWRITE", "billing", "email", "en",
     [("Eastside Family Planning", "SPECIALTY"), ("4/28", "DATE"), ("A-448120", "ACCOUNT"), ("pay.eastsidefp.example", "URL"), ("(312) 555-0152", "PHONE")],
     ["reproductive", "practice-contact"], "The family-planning name and the account number are not needed in the message; the balance, the practice's own link and phone survive. Judgement: the pay link's domain abbreviates the name, kept as the practice's URL."),
    ("by0047", "From Clinic Reminders: your appointment is Wed 6/4 at 1:00 PM. Reply C to confirm or R to reschedule. Reply STOP to opt out.",
     "ALLOW", "reminder", "sms", "en",
     [("6/4", "DATE")],
     ["reproductive"], "An abortion clinic's neutral sender name and date/time only: the safe pattern."),
    ("by0048", "Señora Duarte, su prueba de embarazo salió negativa después del aborto con pastillas. Ya no necesita regresar a la clínica.",
     "BLOCK", "result", "sms", "es",
     [("Duarte", "NAME"), ("prueba de embarazo", "PROCEDURE"), ("negativa", "RESULT"), ("aborto con pastillas", "PROCEDURE")],
     ["reproductive"], "Result plus the procedure it follows, with the patient's name: BLOCK."),
)

# ---------------------------------------------------------------- batch 5 (by0049-by0060): contraception, vasectomy
add(
    ("by0049", "It's been almost 3 months - time for your next Depo shot! Call Cedar Hill Family Medicine at (608) 555-0121 or book online.",
     "REWRITE", "recall", "sms", "en",
     [("Depo shot", "MEDICATION"), ("(608) 555-0121", "PHONE")],
     ["reproductive", "practice-contact"], "The contraceptive (brand with its form word) goes; the recall and the practice phone survive."),
    ("by0050", "Cedar Hill Family Medicine: flu shots are here! Walk in Mon-Fri 9-4, no appointment needed. Most plans cover them at no cost to you.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast of a service offered to every patient (README)."),
    ("by0051", "Keystone Urology: Hi Marcus, your vasectomy consult with Dr. Lindqvist is 9/9 at 8:45 AM. Please bring a list of your current medications.",
     "REWRITE", "reminder", "sms", "en",
     [("Keystone Urology", "SPECIALTY"), ("Marcus", "NAME"), ("vasectomy", "PROCEDURE"), ("Dr. Lindqvist", "PROVIDER"), ("9/9", "DATE")],
     ["reproductive"], "Urology name, procedure and name go; provider, date and time survive."),
    ("by0052", "Good news Marcus - your post-vasectomy semen analysis showed no sperm. You can stop using backup birth control now.",
     "BLOCK", "result", "sms", "en",
     [("Marcus", "NAME"), ("post-vasectomy semen analysis", "PROCEDURE"), ("no sperm", "RESULT"), ("birth control", "MEDICATION")],
     ["reproductive", "lab", "contrast"], "A result and the instruction that follows from it; contrast by0053 in the portal."),
    ("by0053", "Post-vasectomy semen analysis: no sperm seen. You can stop using backup birth control now. - Keystone Urology",
     "ALLOW", "result", "portal", "en",
     [("Post-vasectomy semen analysis", "PROCEDURE"), ("no sperm seen", "RESULT"), ("birth control", "MEDICATION"), ("Keystone Urology", "SPECIALTY")],
     ["reproductive", "lab", "contrast"], "Same result inside the secure portal: ALLOW."),
    ("by0054", "Bayside Pharmacy: your Sprintec (3 packs) is ready for pickup. Please pick up by 7/2.",
     "REWRITE", "pickup", "sms", "en",
     [("Sprintec", "MEDICATION"), ("7/2", "DATE")],
     ["pharmacy", "reproductive"], "Oral contraceptive brand in a pickup notice goes."),
    ("by0055", "Your Nexplanon implant expires this month. Use a backup method starting 5/1 until we replace it - call (608) 555-0121 to book.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Nexplanon implant", "MEDICATION"), ("5/1", "DATE"), ("(608) 555-0121", "PHONE")],
     ["reproductive", "practice-contact"], "A contraceptive instruction tied to the patient's device: treatment instructions are BLOCK. Judgement: brand plus form word is MEDICATION, like 'cortisone injection'."),
    ("by0056", "Mason jar salad workshop this Saturday at the Wellness Kitchen! Free for the community, kids welcome. Reply YES to save a seat.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Mason' is a jar, not a name (decision 14)."),
    ("by0057", "Farmacia San Judas: su pastilla del día siguiente ya está lista. Puede recogerla hoy antes de las 9 pm, no necesita cita.",
     "REWRITE", "pickup", "sms", "es",
     [("pastilla del día siguiente", "MEDICATION")],
     ["pharmacy", "reproductive"], "Emergency contraception named in a pickup notice; the pickup survives without it."),
    ("by0058", "Hi, this is Rose from Harbor Teen Clinic. Your daughter's Depo injection is due next week. Since she's 16 she can consent on her own, but we wanted you to know.",
     "BLOCK", "other", "sms", "en",
     [("Rose", "PROVIDER"), ("Harbor Teen Clinic", "SPECIALTY"), ("Depo injection", "MEDICATION")],
     ["reproductive", "pediatrics", "third-party", "minor"], "A dependent's contraceptive sent to the parent (README third-party rule), and an adolescent-confidentiality breach besides. 'Rose' is the staff sender (decision 14); 16 is not an age over 89."),
    ("by0059", "Confirmed: Tue 8/12, 10:30 AM with PA Okonkwo-Reyes at our Main Campus, Building C. Reply R to reschedule.",
     "ALLOW", "confirmation", "sms", "en",
     [("PA Okonkwo-Reyes", "PROVIDER"), ("8/12", "DATE")],
     ["primary-care"], "Provider with a hyphenated surname, date and building only."),
    ("by0060", "Subject: Your upcoming visit - what to expect\n\nDear Dominic Marchetti,\n\nThank you for choosing Keystone Urology. Your vasectomy is scheduled for Thursday, 9/25 at 7:30 AM with Dr. Lindqvist at our Riverside office (Suite 410). Please check in at the 4th-floor desk 20 minutes early with your photo ID and insurance card.\n\nPlan to have someone drive you home, and wear comfortable clothes. Your estimated cost after insurance is $312; we'll collect it at check-in.\n\nTo reschedule, please give us 48 hours' notice: call (608) 555-0190 or email scheduling@keystoneuro.example.\n\nWe look forward to seeing you.\nKeystone Urology Patient Services",
     "REWRITE", "reminder", "email", "en",
     [("Dominic Marchetti", "NAME"), ("Keystone Urology", "SPECIALTY"), ("vasectomy", "PROCEDURE"), ("9/25", "DATE"), ("Dr. Lindqvist", "PROVIDER"), ("(608) 555-0190", "PHONE"), ("scheduling@keystoneuro.example", "EMAIL"), ("Keystone Urology", "SPECIALTY", 1)],
     ["reproductive", "practice-contact"], "Long e-mail treated like SMS: name, urology name (twice) and procedure go; logistics, cost and the practice's own contacts survive. 'Riverside office' is an office name, not an address (judgement)."),
)

# ---------------------------------------------------------------- batch 6 (by0061-by0072): forensic nursing (SANE), domestic-violence advocacy
add(
    ("by0061", "This is a message for Dakota from the Forensic Nurse Examiner program at Mercy West. Please call us back at 555-0147 when it's a good time for you.",
     "REWRITE", "other", "voice", "en",
     [("Dakota", "NAME"), ("Forensic Nurse Examiner", "SPECIALTY"), ("555-0147", "PHONE")],
     ["hiv-sexual-health", "urgent-care", "practice-contact"], "The forensic-nurse role name reveals a sexual-assault exam (decision 4; lower-case 'program' outside); name goes, the call-back survives. Voicemail like SMS."),
    ("by0062", "Hi, it's Tess from Mercy West, checkin in like we talked about. No need to reply. If you want to talk, call or text (414) 555-0139 anytime.",
     "ALLOW", "other", "sms", "en",
     [("Tess", "PROVIDER"), ("(414) 555-0139", "PHONE")],
     ["behavioral-health", "practice-contact", "typo"], "A DV advocate's safe check-in that names no program and no reason (decision 10); staff sender is PROVIDER."),
    ("by0063", "Your STI results from the exam on 6/2 are back: chlamydia and gonorrhea negative, HIV negative. Please finish all 28 days of your PEP.",
     "BLOCK", "result", "sms", "en",
     [("STI", "CONDITION"), ("6/2", "DATE"), ("chlamydia", "CONDITION"), ("gonorrhea", "CONDITION"), ("negative", "RESULT"), ("HIV", "CONDITION"), ("negative", "RESULT", 1), ("PEP", "MEDICATION")],
     ["hiv-sexual-health", "urgent-care"], "Negative results are results; plus a PEP instruction. Disease names without 'test' are CONDITION (decision 16)."),
    ("by0064", "Reminder: take 1 Biktarvy tablet every day at the same time for 28 days, even if you feel fine. Your next HIV test is 6 weeks after your exam.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Biktarvy tablet", "MEDICATION"), ("HIV test", "PROCEDURE")],
     ["hiv-sexual-health", "urgent-care"], "Post-exposure prophylaxis dosing is the message."),
    ("by0065", "Your follow-up with the SANE nurse is Thu 6/19 at 2 PM in Building 2, room 114. Use the Rose Garden Pavilion doors and tell the desk you have an appointment.",
     "REWRITE", "reminder", "sms", "en",
     [("SANE", "SPECIALTY"), ("6/19", "DATE")],
     ["hiv-sexual-health", "urgent-care"], "'SANE' (sexual assault nurse examiner) names the service, 'nurse' stays generic (decision 4); the Rose Garden Pavilion is a building, not a name (decision 14)."),
    ("by0066", "Hope you're having a great week! Our Pride 5K Fun Run & Walk is Saturday morning - all ages, strollers and leashed dogs welcome. Sign up at the lobby table.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Community event for everyone; 'Hope' is a verb here (decision 14)."),
    ("by0067", "The photos of the bruising on your neck and the strangulation findings from Saturday's exam are saved in your record if you decide to report.",
     "BLOCK", "other", "sms", "en",
     [("bruising", "CONDITION"), ("strangulation", "CONDITION")],
     ["behavioral-health", "urgent-care"], "Documented injuries are findings (decision 10): the content is the message and could endanger the patient if an abuser reads it."),
    ("by0068", "Hola Guadalupe, le habla Marisela, intercesora del Programa de Violencia Doméstica del Hospital San Lucas. ¿Podemos vernos el jueves? Responda SÍ o NO.",
     "REWRITE", "other", "sms", "es",
     [("Guadalupe", "NAME"), ("Marisela", "PROVIDER"), ("Programa de Violencia Doméstica", "SPECIALTY")],
     ["behavioral-health"], "The DV program name reveals the service (decision 4); the meeting request survives. Staff sender is PROVIDER; 'intercesora' left generic (judgement)."),
    ("by0069", "Hola, le escribe Marisela del Hospital San Lucas. Solo quería saber cómo está. Si es buen momento para hablar, responda 1; si no, responda 2.",
     "ALLOW", "other", "sms", "es",
     [("Marisela", "PROVIDER")],
     ["behavioral-health"], "Safe-contact check-in that names no program and no reason (decision 10)."),
    ("by0070", "Subject: Update from the SANE program\n\nYour sexual assault kit (tracking # SAK-2025-00419) was picked up by Metro PD on 6/4. The toxicology screen came back positive for GHB. An advocate can walk you through next steps - reply here or call (414) 555-0147.",
     "BLOCK", "result", "email", "en",
     [("SANE", "SPECIALTY"), ("sexual assault kit", "PROCEDURE"), ("SAK-2025-00419", "OTHER_ID"), ("6/4", "DATE"), ("toxicology screen", "PROCEDURE"), ("positive", "RESULT"), ("GHB", "MEDICATION"), ("(414) 555-0147", "PHONE")],
     ["hiv-sexual-health", "urgent-care", "practice-contact"], "A toxicology result is the message; the kit tracking number is OTHER_ID (decision 11); a substance in a screen result is MEDICATION."),
    ("by0071", "Reminder: the Safe Harbor support group for survivors meets Tuesdays at 6 PM in Room 4B. Text STOP to stop these reminders.",
     "REWRITE", "reminder", "sms", "en",
     [("Safe Harbor support group for survivors", "PROCEDURE")],
     ["behavioral-health"], "A group the recipient attends is a program (decision 8) that reveals survivor status; the meeting time survives."),
    ("by0072", "Staff spotlight: congratulations to nurse Hope Adeyemi on 25 years at Mercy West! Stop by the Atrium Cafe on Friday for cake.",
     "ALLOW", "other", "sms", "en",
     [("nurse Hope Adeyemi", "PROVIDER")],
     ["general", "broadcast"], "A staff member with a word-name is PROVIDER (decision 14); 25 years of service is not an age."),
)

# ---------------------------------------------------------------- batch 7 (by0073-by0084): LGBTQ+ center, Pride, support groups, contrasts
add(
    ("by0073", "Subject: Celebrating Pride Month at Bayview Health Center\n\nDear neighbors,\n\nJune is Pride Month, and all month long we're celebrating the LGBTQ+ people who make our community stronger. Here's how to join in:\n\n- Pride 5K Fun Run & Walk on the first Saturday of the month - all ages welcome\n- Free, confidential HIV and STI testing at our booth at the Pride festival\n- A monthly support group for transgender and nonbinary adults (open to anyone, no referral needed)\n- Rainbow ribbon pins at every front desk\n- A donation drive for socks, backpacks and hygiene kits for the youth drop-in program down the street\n\nEvery member of our staff completes yearly training on respectful care for people of every gender identity and sexual orientation, and you can update the name and pronouns we use for you at any visit.\n\nEveryone deserves care that respects who they are. Thank you for being part of our community.\n\nBayview Health Center Community Outreach",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hiv-sexual-health", "broadcast", "hard-negative"], "Broadcast to every patient: the services named are offered to everyone and say nothing about the recipient, so no span (README broadcast convention, decision 8)."),
    ("by0074", "Hi Rose! Just a reminder that the Trans Masc Peer Circle meets tonight at 7 in the Prism LGBTQ+ Health Center community room. Snacks provided!",
     "REWRITE", "reminder", "sms", "en",
     [("Rose", "NAME"), ("Trans Masc Peer Circle", "PROCEDURE"), ("Prism LGBTQ+ Health Center", "SPECIALTY")],
     ["hiv-sexual-health", "behavioral-health"], "Here 'Rose' is the patient (decision 14); the peer group the recipient attends (decision 8) and the center's name go; the time survives."),
    ("by0075", "Prism LGBTQ+ Health Center will be closed Thursday, June 19 for Juneteenth. For urgent needs call (702) 555-0170.",
     "REWRITE", "other", "sms", "en",
     [("Prism LGBTQ+ Health Center", "SPECIALTY"), ("June 19", "DATE"), ("(702) 555-0170", "PHONE")],
     ["hiv-sexual-health", "broadcast", "practice-contact", "contrast"], "Judgement (decision 5): even a closure broadcast tells the lock screen the recipient is this center's patient; the name goes. 'June 19' is DATE (decision 15). Contrast by0076."),
    ("by0076", "Bayview Health Center will be closed Thursday, June 19 for Juneteenth. For urgent needs call (702) 555-0170.",
     "ALLOW", "other", "sms", "en",
     [("June 19", "DATE"), ("(702) 555-0170", "PHONE")],
     ["general", "broadcast", "practice-contact", "contrast"], "Same broadcast from a generic name: ALLOW (decision 5)."),
    ("by0077", "Hola Nico, te invitamos al grupo de apoyo para jóvenes trans y no binarios este sábado a las 11 en el Centro Orgullo de Salud LGBTQ+. ¡Trae a un amigo!",
     "REWRITE", "other", "sms", "es",
     [("Nico", "NAME"), ("grupo de apoyo para jóvenes trans y no binarios", "PROCEDURE"), ("Centro Orgullo de Salud LGBTQ+", "SPECIALTY")],
     ["hiv-sexual-health", "behavioral-health"], "A personal invitation to a trans youth group: the group (decision 8), the center name and the name go; the day and time survive."),
    ("by0078", "Construction alert: the Rainbow Blvd entrance is closed through the end of the month. Please use the side entrance off the parking garage.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A street named without a number to direct people to the practice is not labelled (decision 6); 'Rainbow' is a street."),
    ("by0079", "hey Skye its Jamie w/ the HRT clinic - ur bloodwork is due b4 ur 3mo visit, lab opens at 7am",
     "REWRITE", "reminder", "sms", "en",
     [("Skye", "NAME"), ("Jamie", "PROVIDER"), ("HRT", "PROCEDURE")],
     ["hiv-sexual-health", "lab", "shorthand"], "HRT is the therapy, 'clinic' stays outside (decision 13); 'bloodwork' is generic."),
    ("by0080", "Our HR team is hiring! Front desk, medical assistant and RN roles are open at all locations. Ask any staff member or apply at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'HR' is human resources, not HRT."),
    ("by0081", "Hi Wren,\n\nDr. Okoro says you can stop the spironolactone, since your testosterone is now suppressed (<20 ng/dL) on the higher estradiol dose. Keep taking estradiol 4 mg daily for now and we'll recheck in 3 months.\n\n- Priya, RN\nLinden Street Clinic",
     "BLOCK", "result", "email", "en",
     [("Wren", "NAME"), ("Dr. Okoro", "PROVIDER"), ("spironolactone", "MEDICATION"), ("testosterone", "PROCEDURE"), ("suppressed", "RESULT"), ("<20 ng/dL", "RESULT"), ("estradiol", "MEDICATION"), ("estradiol 4 mg", "MEDICATION"), ("Priya, RN", "PROVIDER")],
     ["hiv-sexual-health", "lab", "contrast"], "Results and dose changes by e-mail: BLOCK. Contrast by0082 in the portal."),
    ("by0082", "Hi Wren, Dr. Okoro reviewed your labs: testosterone <20 ng/dL, estradiol 168 pg/mL, potassium 4.1. You can stop spironolactone and stay on estradiol 4 mg daily.",
     "ALLOW", "result", "portal", "en",
     [("Wren", "NAME"), ("Dr. Okoro", "PROVIDER"), ("testosterone", "PROCEDURE"), ("<20 ng/dL", "RESULT"), ("estradiol", "PROCEDURE"), ("168 pg/mL", "RESULT"), ("potassium", "PROCEDURE"), ("4.1", "RESULT"), ("spironolactone", "MEDICATION"), ("estradiol 4 mg", "MEDICATION")],
     ["hiv-sexual-health", "lab", "contrast"], "The same content inside the secure portal: ALLOW (README channel convention)."),
    ("by0083", "Threshold Gender Clinic: you have a new secure message from your care team. Open the app to read it.",
     "REWRITE", "portal-notice", "push", "en",
     [("Threshold Gender Clinic", "SPECIALTY")],
     ["hiv-sexual-health", "contrast"], "A push preview is like SMS: the gender-clinic name alone reveals the service. Contrast by0084."),
    ("by0084", "Linden Street Clinic: you have a new secure message from your care team. Open the app to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative", "contrast"], "Notification without PHI from a generic name."),
)

# ---------------------------------------------------------------- batch 8 (by0085-by0096): disguised messages, Spanish results and reminders
add(
    ("by0085", "Hi Jules, ur t e s t o s t e r o n e refill is ready at Linden pharmacy - pick up by 5/30 pls",
     "REWRITE", "pickup", "sms", "en",
     [("Jules", "NAME"), ("t e s t o s t e r o n e", "MEDICATION"), ("5/30", "DATE")],
     ["pharmacy", "spaced", "shorthand"], "Spaced-out drug name is still the drug (one span over the letters); name goes, pickup date stays."),
    ("by0086", "Your H\u200bIV test from the 5/12 visit came back non-reactive. Keep taking PrEP daily and we'll retest in 3 months.",
     "BLOCK", "result", "sms", "en",
     [("H\u200bIV test", "PROCEDURE"), ("5/12", "DATE"), ("non-reactive", "RESULT"), ("PrEP", "MEDICATION")],
     ["hiv-sexual-health", "lab"], "A zero-width space inside 'HIV' does not change the result: a negative result plus a dosing instruction is BLOCK."),
    ("by0087", "Y\u043eur \u0435stradiol 0.1mg patches are ready for pickup at Bayside Pharmacy. We're open until 8 tonight.",
     "REWRITE", "pickup", "sms", "en",
     [("\u0435stradiol 0.1mg patches", "MEDICATION")],
     ["pharmacy"], "Cyrillic o and e look-alikes; the drug with strength and form goes, the pickup survives."),
    ("by0088", "ur m1fepr1stone is the 1st pill - swallow it here at the clinic. then 24-48 hrs later put the 4 m1soprost0l in ur cheeks for 30 min",
     "BLOCK", "care-instructions", "sms", "en",
     [("m1fepr1stone", "MEDICATION"), ("m1soprost0l", "MEDICATION")],
     ["reproductive", "leet", "shorthand"], "Leetspeak medication-abortion dosing instructions: the instructions are the message."),
    ("by0089", "Hola Alexis, sus análisis: testosterona total 18 ng/dL y estradiol 95 pg/mL. La Dra. Salinas quiere subirle la dosis del gel en su próxima cita.",
     "BLOCK", "result", "sms", "es",
     [("Alexis", "NAME"), ("testosterona total", "PROCEDURE"), ("18 ng/dL", "RESULT"), ("estradiol", "PROCEDURE"), ("95 pg/mL", "RESULT"), ("Dra. Salinas", "PROVIDER")],
     ["hiv-sexual-health", "lab"], "Hormone values and a planned dose change: BLOCK. 'el gel' alone left unlabelled (judgement: a form word with no drug)."),
    ("by0090", "Clínica del Pueblo: le recordamos su cita con el Dr. Marín el viernes 22 de agosto a las 3:15 pm. Para cambiarla, llame al (213) 555-0115.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Marín", "PROVIDER"), ("22 de agosto", "DATE"), ("(213) 555-0115", "PHONE")],
     ["primary-care", "practice-contact"], "Generic clinic name, provider, date, time and the practice phone."),
    ("by0091", "¡Feliz Mes del Orgullo! Acompáñenos en la Carrera 5K del Orgullo este sábado. Inscripción gratis en la recepción; habrá música, comida y actividades para niños.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Pride-month community event for everyone; nothing about the recipient."),
    ("by0092", "Sr. Villalobos, su análisis de semen a las 12 semanas todavía mostró espermatozoides móviles. No deje de usar otro método anticonceptivo hasta la próxima prueba.",
     "BLOCK", "result", "sms", "es",
     [("Villalobos", "NAME"), ("análisis de semen", "PROCEDURE"), ("espermatozoides móviles", "RESULT"), ("método anticonceptivo", "MEDICATION")],
     ["reproductive", "lab"], "Post-vasectomy finding plus contraceptive instruction. 'análisis de semen' is a named test (decision 17); 'método anticonceptivo' is birth control (MEDICATION)."),
    ("by0093", "Yesenia, el ultrasonido confirmó que fue un aborto espontáneo completo. Puede tomar ibuprofeno 600 mg cada 6 horas para el dolor.",
     "BLOCK", "result", "sms", "es",
     [("Yesenia", "NAME"), ("ultrasonido", "PROCEDURE"), ("aborto espontáneo", "CONDITION"), ("completo", "RESULT"), ("ibuprofeno 600 mg", "MEDICATION"), ("dolor", "CONDITION")],
     ["reproductive", "imaging"], "A miscarriage finding and dosing: BLOCK. The state of the condition ('completo') is a RESULT."),
    ("by0094", "Heads up: free transportation to your appointments now runs on Saturdays too. Call the usual ride line to book your trip.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'trans-' in 'transportation' is not a gender term."),
    ("by0095", "Este mensaje es para Luz Marina Ochoa. Le llamamos de la Clínica Arcoíris de Salud Trans para confirmar su cita del 5 de septiembre. Por favor llámenos al 915-555-0128.",
     "REWRITE", "confirmation", "voice", "es",
     [("Luz Marina Ochoa", "NAME"), ("Clínica Arcoíris de Salud Trans", "SPECIALTY"), ("5 de septiembre", "DATE"), ("915-555-0128", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "Voicemail like SMS: name and trans-health clinic name go; date and the call-back survive."),
    ("by0096", "Las pruebas del examen forense salieron negativas para clamidia y sífilis. Si tiene preguntas, llame a la enfermera del programa.",
     "BLOCK", "result", "sms", "es",
     [("examen forense", "PROCEDURE"), ("negativas", "RESULT"), ("clamidia", "CONDITION"), ("sífilis", "CONDITION")],
     ["hiv-sexual-health", "urgent-care"], "Negative results after a forensic exam are still results: BLOCK."),
)

# ---------------------------------------------------------------- batch 9 (by0097-by0108): templates, billing and EOBs, look-alikes
add(
    ("by0097", "Reminder: you have an appointment on {{appt_date}} at {{appt_time}} at {{location_name}}. Reply C to confirm. Need an interpreter? Reply I.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Template with content-free placeholders only."),
    ("by0098", "Lumen Gender Health: your appointment on {{appt_date}} at {{appt_time}} is confirmed. Reply R to reschedule or call ${clinic_phone}.",
     "REWRITE", "confirmation", "sms", "en",
     [("Lumen Gender Health", "SPECIALTY")],
     ["hiv-sexual-health", "template"], "The hard-coded gender-clinic name in a template reveals the service; the placeholders carry no patient data."),
    ("by0099", "Explanation of Benefits - this is not a bill\n\nMember: Jamal Whitaker\nPatient (dependent): Eli Whitaker\nClaim 7781-2290: leuprolide acetate injection and gender clinic visit, 05/14\nPatient responsibility: $45.00\n\nQuestions? Call Member Services at (800) 555-0162.",
     "BLOCK", "billing", "email", "en",
     [("Jamal Whitaker", "NAME"), ("Eli Whitaker", "NAME"), ("7781-2290", "OTHER_ID"), ("leuprolide acetate injection", "MEDICATION"), ("gender clinic", "SPECIALTY"), ("05/14", "DATE"), ("(800) 555-0162", "PHONE")],
     ["pediatrics", "pharmacy", "third-party", "minor", "practice-contact"], "An EOB to the policyholder naming a dependent's puberty-suppression drug and gender-clinic visit: third-party health, BLOCK. The claim number is OTHER_ID (README). Judgement: 'gender clinic' is the service line, one SPECIALTY span (unlike 'HRT clinic', where HRT is a therapy, decision 13)."),
    ("by0100", "Your statement is ready. View and pay securely at pay.lindenclinic.example. Questions about your bill? Call (617) 555-0148, Mon-Fri 8-5.",
     "ALLOW", "billing", "sms", "en",
     [("pay.lindenclinic.example", "URL"), ("(617) 555-0148", "PHONE")],
     ["general", "practice-contact"], "Statement notice with the practice's own link (no token) and phone."),
    ("by0101", "Hi Frankie, a $35 copay is still open from your 5/6 HIV PrEP visit at Prism LGBTQ+ Health Center. Pay by phone at (702) 555-0170.",
     "REWRITE", "billing", "sms", "en",
     [("Frankie", "NAME"), ("5/6", "DATE"), ("HIV PrEP", "MEDICATION"), ("Prism LGBTQ+ Health Center", "SPECIALTY"), ("(702) 555-0170", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "Billing reminder: name, PrEP (product used as the visit label, one span with 'HIV' as its name) and center name go; amount, date and phone survive."),
    ("by0102", "Coming out Friday: our new patient app! Download it from your app store and sign in with your portal username and password.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Coming out' is a release date here, not about the recipient."),
    ("by0103", "We're transitioning to a new phone system this weekend. If a call drops, please call back - our number isn't changing.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Transitioning' is about a phone system."),
    ("by0104", "Subject: Welcome to Threshold Gender Clinic\n\nHi Indigo,\n\nWe're so glad you reached out. Your first visit with Dr. Sterling is Monday, 10/6 at 9:00 AM. At this visit we'll talk about your goals and, if you'd like, start informed-consent hormone therapy.\n\nPlease bring a photo ID and your insurance card. If the name on your insurance is different from the name you use, tell the front desk - we'll make sure staff only use your chosen name and pronouns.\n\nForms are at thresholdclinic.example/forms. Questions? Call (503) 555-0181.\n\nSee you soon,\nThreshold Gender Clinic Patient Services",
     "REWRITE", "reminder", "email", "en",
     [("Threshold Gender Clinic", "SPECIALTY"), ("Indigo", "NAME"), ("Dr. Sterling", "PROVIDER"), ("10/6", "DATE"), ("informed-consent hormone therapy", "PROCEDURE"), ("thresholdclinic.example/forms", "URL"), ("(503) 555-0181", "PHONE"), ("Threshold Gender Clinic", "SPECIALTY", 1)],
     ["hiv-sexual-health", "practice-contact"], "Welcome e-mail: the clinic name (subject and signature), the therapy and the name go; the visit, the ID reminder and the practice's own links survive. Chosen name/pronouns mentioned generically are not labelled (decision 3)."),
    ("by0105", "This is Jamie from Dr. Rose's office. Your paperwork is done - you can pick it up at the front desk any weekday 8 to 4:30.",
     "ALLOW", "other", "sms", "en",
     [("Jamie", "PROVIDER"), ("Dr. Rose", "PROVIDER")],
     ["primary-care"], "Staff sender and provider; 'paperwork' names nothing."),
    ("by0106", "Hi Mason, heads up: the pharmacy flaged an interaction between your finasteride and the new spironolactone 100 mg. Don't take them together until Dr. Grant calls you.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Mason", "NAME"), ("finasteride", "MEDICATION"), ("spironolactone 100 mg", "MEDICATION"), ("Dr. Grant", "PROVIDER")],
     ["pharmacy", "hiv-sexual-health", "typo"], "Here 'Mason' is the patient (decision 14). A medication instruction is the message."),
    ("by0107", "Pride in our work: Linden Street Clinic was named a Top Workplace for the third year in a row! Thank you to our patients and staff.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Pride' in its ordinary sense."),
    ("by0108", "This is Mercy West. Your sexual assault exam paperwork is ready for pickup at the main registration desk - please bring a photo ID.",
     "REWRITE", "other", "sms", "en",
     [("sexual assault exam", "PROCEDURE")],
     ["hiv-sexual-health", "urgent-care"], "The named exam goes; 'your paperwork is ready for pickup' survives."),
)

# ---------------------------------------------------------------- batch 10 (by0109-by0120): PrEP, women's health, DV advocacy, Spanish contrasts
add(
    ("by0109", "Reminder: your quarterly HIV and creatinine labs for PrEP are due before your 11/3 refill. Stop by Meridian Lab, no appointment needed.",
     "REWRITE", "reminder", "sms", "en",
     [("HIV", "CONDITION"), ("creatinine", "PROCEDURE"), ("PrEP", "MEDICATION"), ("11/3", "DATE")],
     ["hiv-sexual-health", "lab"], "Test names and the drug reveal PrEP care; the lab reminder survives. 'HIV' without 'test' is CONDITION, creatinine is the test (decision 16)."),
    ("by0110", "Pep rally for our volunteers! Join the Community Health Fair planning kickoff Thursday at 6 in the cafeteria. Pizza's on us.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Pep' is school spirit, not PEP."),
    ("by0111", "Subject: How we protect your privacy\n\nAt Open Door Health, we know many of you come to us for care you'd rather keep private. Here's what we do:\n\n- Our texts never say why you're visiting. They come from \"Clinic Reminders\" and only list a date and time.\n- You can give us a safe contact number and choose which messages we may leave on voicemail.\n- Test results go to your secure portal, never by text.\n- Statements show \"ODH Services\" instead of our full name.\n- Voicemails give only our first name and a call-back number.\n- If someone else can see your phone or email, tell us and we'll contact you only the way you choose.\n\nTo update your preferences, call (312) 555-0159 or write to privacy@opendoorhealth.example.\n\nOpen Door Health Patient Privacy Team",
     "ALLOW", "other", "email", "en",
     [("(312) 555-0159", "PHONE"), ("privacy@opendoorhealth.example", "EMAIL")],
     ["general", "reproductive", "broadcast", "practice-contact"], "Privacy-practices broadcast with the practice's own phone and e-mail; 'test results' is generic."),
    ("by0112", "hi its nurse Bea, ur hcg is still 240 - not dropping like we want after the D&E. need a repeat draw fri, dr may start metotrexate",
     "BLOCK", "result", "sms", "en",
     [("nurse Bea", "PROVIDER"), ("hcg", "PROCEDURE"), ("240", "RESULT"), ("not dropping", "RESULT"), ("D&E", "PROCEDURE"), ("metotrexate", "MEDICATION")],
     ["reproductive", "lab", "shorthand", "typo"], "A misspelled drug is still the drug. A value, a finding and a possible treatment after a procedural abortion: BLOCK."),
    ("by0113", "Clearwater Women's Health Center: Hi Anjali, your Pap showed ASC-US and your HPV test was positive. Dr. Lindgren recommends a colposcopy in the next 3 months.",
     "BLOCK", "result", "sms", "en",
     [("Clearwater Women's Health Center", "SPECIALTY"), ("Anjali", "NAME"), ("Pap", "PROCEDURE"), ("ASC-US", "RESULT"), ("HPV test", "PROCEDURE"), ("positive", "RESULT"), ("Dr. Lindgren", "PROVIDER"), ("colposcopy", "PROCEDURE")],
     ["reproductive", "lab"], "Cytology and HPV results plus the plan: BLOCK."),
    ("by0114", "Reminder: tomorrow at 9:15 AM with Dr. Faith Obi. Please arrive 10 min early to update your forms. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Faith Obi", "PROVIDER")],
     ["primary-care"], "Provider with a word first name; '10 min early' is not a date."),
    ("by0115", "Hi Noor, your partner Sam asked us to let you know they started HIV PEP today, so please come in for testing this week.",
     "BLOCK", "other", "sms", "en",
     [("Noor", "NAME"), ("Sam", "NAME"), ("HIV PEP", "MEDICATION")],
     ["hiv-sexual-health", "third-party"], "A third party's treatment (and implied exposure) sent to the partner: BLOCK (README third-party rule)."),
    ("by0116", "Hi Marisol,\n\nThis is Kendra Lowe, MSW, with the Hospital Violence Intervention & Advocacy Program. Our next meeting is Tuesday, 7/8 at 10:00 - please use the Rose Street entrance and ask for me at the information desk. If it isn't safe to get this email, reply STOP and I'll only call the number you gave me.\n\nA few reminders: you can delete this email after reading it, and our messages always come from a plain hospital address. Our page at mercywest.example/safe has a quick-exit button that closes it right away, and the 24-hour line is (414) 555-0139.\n\nKendra",
     "REWRITE", "other", "email", "en",
     [("Marisol", "NAME"), ("Kendra Lowe, MSW", "PROVIDER"), ("Hospital Violence Intervention & Advocacy Program", "SPECIALTY"), ("7/8", "DATE"), ("mercywest.example/safe", "URL"), ("(414) 555-0139", "PHONE"), ("Kendra", "PROVIDER", 1)],
     ["behavioral-health", "practice-contact"], "The advocacy program name reveals the service and goes (decision 10); MSW stays inside PROVIDER; the Rose Street entrance is directions, not labelled (decision 6)."),
    ("by0117", "Hi, this is Linden Street Clinic calling with an appointment reminder for tomorrow at 2:45 with Dr. Mason. Press 1 to confirm or 2 to reschedule.",
     "ALLOW", "reminder", "voice", "en",
     [("Dr. Mason", "PROVIDER")],
     ["primary-care"], "Generic voicemail reminder; 'Mason' is the provider (decision 14)."),
    ("by0118", "Hola Tomás, el Dr. Marín dice que puede subir la testosterona a 0.5 mL cada semana porque su nivel salió bajo (280).",
     "BLOCK", "care-instructions", "sms", "es",
     [("Tomás", "NAME"), ("Dr. Marín", "PROVIDER"), ("testosterona", "MEDICATION"), ("bajo", "RESULT"), ("280", "RESULT")],
     ["hiv-sexual-health", "lab", "contrast"], "Dose change and a low value by SMS: BLOCK. Contrast by0119 in the portal."),
    ("by0119", "Resultados: testosterona total 280 ng/dL (baja). El Dr. Marín recomienda subir a 0.5 mL semanales de cipionato de testosterona.",
     "ALLOW", "result", "portal", "es",
     [("testosterona total", "PROCEDURE"), ("280 ng/dL", "RESULT"), ("baja", "RESULT"), ("Dr. Marín", "PROVIDER"), ("cipionato de testosterona", "MEDICATION")],
     ["hiv-sexual-health", "lab", "contrast"], "The same content inside the portal: ALLOW. The flag is its own RESULT span."),
    ("by0120", "Pharmacy reminder: your PrEP refill (emtricitabine/tenofovir DF 200-300 mg) ships Monday to the address on file. Reply HOLD to pause the shipment.",
     "REWRITE", "pickup", "sms", "en",
     [("PrEP", "MEDICATION"), ("emtricitabine/tenofovir DF 200-300 mg", "MEDICATION")],
     ["pharmacy", "hiv-sexual-health"], "Drug class and generic name with strength go; 'your refill ships Monday' survives. 'the address on file' names no address."),
)

probe_lib.run(M, "by", "probe74.jsonl")
