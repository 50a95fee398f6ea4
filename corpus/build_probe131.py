#!/usr/bin/env python3
"""Build corpus/probe131.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe131.py [OUT] [-v]   (default: probe131.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only. The engine was not run,
and no other corpus, test or source file was read.

This round is EMPLOYER BENEFITS, OPEN ENROLLMENT, HSA/FSA AND INSURANCE CARDS: what employers' HR
and benefits teams, benefits administrators, HSA/FSA custodians, insurers' member services and
ID-card vendors send — open-enrollment reminders, dependent verification, life events (birth,
marriage, divorce, disability of an adult child), HSA/FSA claim approvals, denials and receipt
requests naming the item or service, new ID cards, COBRA notices, wellness incentives and
biometric screenings, leave-of-absence, disability and accommodation letters, prior
authorization and EOBs from the plan — mixing messages that reveal the recipient's or a
dependent's condition, service, drug or leave reason with ones that only administer benefits,
plus look-alikes (a healthy 401(k) match, the benefits fair, dependent care for summer camp,
premium parking, the deductible on car insurance, an HR partner named Faith Benefield,
supplemental cancer insurance offered to everyone). 16% Spanish; 4 disguised messages.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "blood pressure — [[met]]" searches for the whole
      string and labels only the bracketed part.
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Benefit lines and insurance products are not spans: "dental plan", "vision plan", a dental
     PPO's name, the EAP offered to every employee, "short-term disability", supplemental
     "cancer / critical illness / hospital indemnity insurance", Medicare or Medicaid as coverage.
     Being enrolled says nothing about health; a service actually received, an item bought or a
     diagnosis is labelled — and so is a benefit or vendor named because of the recipient's own
     treatment ("your fertility benefit" during IVF, a hearing-aid vendor after a hearing-aid call).
  2. An item, drug or service named in an HSA/FSA claim, receipt, prior-authorization, card or
     claim-payment notice is REWRITE: the administrative purpose survives without it.
  3. A notice whose reason states the recipient's diagnosis as a finding ("your diagnosis of",
     "the certification indicates", "the LMN lists", a dx code) or a value (BMI, A1c, PHQ-9,
     C-peptide) is BLOCK: the explanation is the clinical content and belongs in the portal.
  4. A condition used as the label or reason of an administrative action (an accommodation "for
     migraines", a "diabetes prevention program", coaching "para la presión alta") is REWRITE, as a
     diagnosis used as a visit label; once work restrictions or care instructions come with it,
     BLOCK (treatment instructions).
  5. ICD-10 codes (F41.1, F88) are CONDITION spans: a diagnosis written as a code.
  6. Leave without a reason (leave of absence, FMLA, "licencia médica", parental/bonding leave)
     carries no span: ALLOW. "Pregnancy" attributed to the recipient is a CONDITION (REWRITE).
  7. Birth, marriage and divorce as qualifying life events are not clinical terms; a dependent's
     name makes the message REWRITE, a full date of birth with a name BLOCK; a newborn's NICU stay
     or an adult child's disabling condition is a third party's health: BLOCK.
  8. Identifiers: member, group and RxGroup numbers are HEALTH_PLAN_ID (printed on the card);
     Rx BIN and PCN (routing numbers shared by every member) are not labelled; claim,
     authorization, reimbursement and disability-claim numbers are OTHER_ID; HSA and COBRA
     account numbers are ACCOUNT; confirmation and call-reference codes are not labelled; "card
     ending 4410" (last four digits) is not labelled.
  9. A member ID in a new-card SMS, e-mail or push is REWRITE (the card itself lives in the app or
     the mail); the same card details on the portal channel are ALLOW.
 10. HR and benefits staff named as the sender or contact (HR partner Faith Benefield, a leave
     specialist, a wellness coach, a plan's case manager) are workforce: PROVIDER, like the
     README's front-desk sender.
 11. The employer's, administrator's or insurer's own phone, web site, e-mail and postal address
     are labelled and tagged practice-contact (ALLOW); the employee's home address is REWRITE.
 12. Tobacco use attested for a premium surcharge is a CONDITION, also inside "tobacco surcharge"
     (REWRITE).
 13. Wellness broadcasts (biometric screenings, flu clinics, EAP for all) are ALLOW with no
     clinical span; the recipient's own screening appointment is REWRITE; the recipient's
     screening values are BLOCK.
 14. No benefits service tag exists: pure administration is tagged general; a named service gets
     its service tag (pharmacy, behavioral-health, reproductive, oncology, ...).

Everything is invented: names, employers, plans, 555-01xx numbers, example domains,
identifiers; the one SSN is the well-known specimen 078-05-1120. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (ed0001-ed0012): open enrollment, dependents, look-alikes
add(
    ("ed0001", "Subject: Open Enrollment is LIVE \u2014 here's what you need to know\n\nHi everyone,\n\nOpen Enrollment for 2027 benefits is now open. Log in to the benefits portal to review your medical, dental and vision elections, add or drop dependents, and set your HSA or Health Care FSA contribution for next year. If you do nothing, most of your current elections roll over automatically \u2014 except the FSA, which has to be re-elected every year.\n\nWhat's new: a second HDHP option, lower dental premiums, and an expanded EAP.\n\nQuestions? Stop by the benefits fair in the atrium on Thursday (carrier reps, free chair massages, raffle) or chat with Total Rewards on the intranet.\n\nThanks,\nTotal Rewards Team",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Company-wide open-enrollment announcement; dental, vision, EAP and the benefits fair are benefit lines, not the recipient's care (decision 1)."),
    ("ed0002", "Harlow Logistics Benefits: Open enrollment closes 11/21 at 11:59 PM CT. Make your elections at benefits.harlow.example or call 1-800-555-0142.",
     "ALLOW", "reminder", "sms", "en",
     [("11/21", "DATE"), ("benefits.harlow.example", "URL"), ("1-800-555-0142", "PHONE")],
     ["general", "practice-contact"], "Deadline plus the employer's own benefits site and phone (decision 11)."),
    ("ed0003", "Hi Tamsin, you haven't made your 2027 benefit elections yet. Enrollment closes Friday. Reply HELP and the benefits center will call you.",
     "REWRITE", "reminder", "sms", "en",
     [("Tamsin", "NAME")],
     ["general"], "Only the employee's name is unnecessary; the reminder survives without it."),
    ("ed0004", "Your personalized plan recommendation is ready! Based on your 2026 claims (14 visits with Dr. Okafor's rheumatology team and monthly Humira fills), switching to the Gold PPO could save you about $2,300 next year. Compare plans in ALEX before Friday.",
     "REWRITE", "marketing", "email", "en",
     [("Dr. Okafor", "PROVIDER"), ("rheumatology", "SPECIALTY"), ("Humira", "MEDICATION")],
     ["general", "pharmacy"], "Decision-support e-mail: the specialty and the drug reveal the condition, but the plan recommendation survives without them (decision 2)."),
    ("ed0005", "Good news for 2027: medical premiums stay flat, the company HSA seed rises to $750, and our 401(k) match stays healthy at 6%. Full details are in the Open Enrollment guide on the intranet.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'healthy' describes a 401(k) match; premiums and HSA seed are plan facts for everyone."),
    ("ed0006", "Recordatorio de Recursos Humanos: la inscripción abierta termina este viernes. Si no hace cambios, su cobertura médica, dental y de visión se renueva automáticamente. La feria de beneficios es el jueves en la cafetería, ¡habrá café y pan dulce!",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Aviso general de inscripción; dental y visión son líneas de beneficio, no servicios recibidos (decision 1)."),
    ("ed0007", "Subject: Dependent verification \u2014 documents due Dec 5\n\nWe need documents to verify the dependents on your medical plan:\n\u2022 Sofia Marquez (spouse) \u2014 marriage certificate\n\u2022 Diego Marquez, DOB 04/17/2012 (child) \u2014 birth certificate\n\nUpload them at verify.benefitsolver.example. Dependents who are not verified by the deadline will be removed from coverage.",
     "BLOCK", "other", "email", "en",
     [("Dec 5", "DATE"), ("Sofia Marquez", "NAME"), ("Diego Marquez", "NAME"), ("04/17/2012", "DATE"), ("verify.benefitsolver.example", "URL")],
     ["general", "third-party", "minor", "dob", "practice-contact"], "A child's full date of birth next to his name must never travel by e-mail (README: full DOB with a name is BLOCK)."),
    ("ed0008", "Hi Marcus, our records show you added Priya Raman as a domestic partner. To keep her on the plan, upload a signed affidavit of domestic partnership and proof of a shared address by 12/12. Unverified dependents are removed from coverage on Jan 1.",
     "REWRITE", "other", "email", "en",
     [("Marcus", "NAME"), ("Priya Raman", "NAME"), ("12/12", "DATE"), ("Jan 1", "DATE")],
     ["general", "third-party"], "Names of the employee and the partner are not needed; nothing about health, so REWRITE like a dependent's logistics (decision 7)."),
    ("ed0009", "Your benefit elections were submitted. Confirmation #OE-7734-QK. View your summary in the app.",
     "ALLOW", "confirmation", "push", "en", [],
     ["general", "hard-negative"], "Confirmation code identifies a transaction, not a person (decision 8)."),
    ("ed0010", "Hello, this is Faith Benefield, your HR business partner at Corvallis Mills, calling for Derek Osei. Your benefits enrollment is still incomplete, so you'll default to employee-only coverage. Please call me back at 541-555-0127. Thanks!",
     "REWRITE", "reminder", "voice", "en",
     [("Faith Benefield", "PROVIDER"), ("Derek Osei", "NAME"), ("541-555-0127", "PHONE")],
     ["general", "practice-contact"], "The HR partner is workforce (PROVIDER, decision 10); the employee's full name on a voicemail is not needed."),
    ("ed0011", "Hi team \u2014 Faith Benefield here from People Ops. Our benefits fair is Tuesday in Conference Room B: meet the carriers, get a free chair massage, and enter the raffle for a year of premium parking. No sign-up needed!",
     "ALLOW", "marketing", "email", "en",
     [("Faith Benefield", "PROVIDER")],
     ["general", "broadcast"], "Look-alikes: Benefield, benefits fair, premium parking. The HR sender is workforce (decision 10)."),
    ("ed0012", "Reminder: the deductible on your car insurance isn't part of your company benefits \u2014 but the voluntary auto & home program can save you up to 15%. Get a quote on the Perks site.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: deductible of car insurance, not a health plan."),
)

# ---------------------------------------------------------------- batch 2 (ed0013-ed0024): HSA/FSA claims, receipts and denials
add(
    ("ed0013", "FlexWorks FSA: Your claim for $184.00 (Prescription eyeglasses - LensLine Optical) was approved. Funds will be deposited in 2-3 business days.",
     "REWRITE", "billing", "sms", "en",
     [("Prescription eyeglasses", "PROCEDURE"), ("LensLine Optical", "SPECIALTY")],
     ["ophthalmology"], "Item and optical-shop name reveal the service; the approval and amount survive (decision 2; eyewear is a device, PROCEDURE)."),
    ("ed0014", "Your HSA reimbursement request HR-5529017 for $62.50 at Brightwell Pharmacy (Lexapro 10mg, 30 tabs) has been processed. Funds typically arrive in 1-2 business days.",
     "REWRITE", "billing", "email", "en",
     [("HR-5529017", "OTHER_ID"), ("Lexapro 10mg", "MEDICATION")],
     ["pharmacy", "behavioral-health", "identifier"], "The drug name reveals treatment and the request number is not needed; the reimbursement notice survives (decisions 2 and 8)."),
    ("ed0015", "We could not approve FSA claim 00419832 ($480.00, Glow Skin Studio, laser hair removal). Cosmetic services are eligible only with a Letter of Medical Necessity. The LMN you uploaded lists hirsutism secondary to PCOS but is not signed by your provider \u2014 please resubmit a signed copy within 30 days.",
     "BLOCK", "billing", "email", "en",
     [("00419832", "OTHER_ID"), ("laser hair removal", "PROCEDURE"), ("hirsutism", "CONDITION"), ("PCOS", "CONDITION")],
     ["dermatology", "reproductive", "identifier"], "The denial reason restates the recipient's diagnosis from the LMN; the explanation is the clinical content (decision 3)."),
    ("ed0016", "Your FSA claim for Wegovy 2.4 mg ($1,349.02) was denied. Weight-loss drugs are eligible only for a diagnosed condition: the LMN on file shows a BMI of 31.4, below the plan's threshold of 35 without a related condition. You may appeal within 180 days.",
     "BLOCK", "billing", "email", "en",
     [("Wegovy 2.4 mg", "MEDICATION"), ("BMI", "PROCEDURE"), ("31.4", "RESULT")],
     ["pharmacy"], "The recipient's BMI is a clinical value; a result can't be removed without losing the denial reason (decision 3)."),
    ("ed0017", "Dependent Care FSA: your claim for $450.00 (Camp Pinecrest - summer day camp, week 3) was approved. Payment will post Friday.",
     "ALLOW", "billing", "push", "en", [],
     ["general", "hard-negative"], "Look-alike: dependent care for summer camp is child care, not health care."),
    ("ed0018", "HSA alert: a contribution of $125.00 posted to your account ending 4410. Available balance: $3,812.77. Log in at myhsa.example to invest.",
     "ALLOW", "other", "sms", "en",
     [("myhsa.example", "URL")],
     ["general", "practice-contact"], "Custodian's own site; the last four digits of the account are not labelled (decision 8)."),
    ("ed0019", "Thanks! Your receipt for Clearblue pregnancy test ($21.99, Northside Drug, 10/03) was accepted and your BenefitCard transaction is now substantiated.",
     "REWRITE", "billing", "email", "en",
     [("Clearblue pregnancy test", "PROCEDURE"), ("10/03", "DATE")],
     ["reproductive", "pharmacy"], "The item reveals reproductive health; the receipt acknowledgment survives (decision 2). The brand goes with the test's head word as one PROCEDURE span."),
    ("ed0020", "FSA claim approved: $95.00 to Willow Creek Pediatric Therapy for Ava Lindqvist \u2014 occupational therapy for sensory processing disorder (dx F88), date of service 2/27.",
     "BLOCK", "billing", "email", "en",
     [("Willow Creek Pediatric Therapy", "SPECIALTY"), ("Ava Lindqvist", "NAME"), ("occupational therapy", "PROCEDURE"), ("sensory processing disorder", "CONDITION"), ("F88", "CONDITION"), ("2/27", "DATE")],
     ["pediatrics", "third-party", "minor"], "A dependent's diagnosis (with its ICD-10 code, decision 5) sent to the employee: third party's health is BLOCK."),
    ("ed0021", "Su reclamo FSA por $240.00 para lentes de contacto (Óptica Visión Clara) fue aprobado. El depósito llega en 3 días hábiles.",
     "REWRITE", "billing", "sms", "es",
     [("lentes de contacto", "PROCEDURE"), ("Óptica Visión Clara", "SPECIALTY")],
     ["ophthalmology"], "El artículo y la óptica revelan el servicio; la aprobación sobrevive (decision 2)."),
    ("ed0022", "2027 IRS limits are here: Health Care FSA $3,400, Dependent Care FSA $7,500 per household, HSA $4,400 self-only / $8,750 family, plus a $1,000 catch-up if you're 55 or older. Update your payroll elections during Open Enrollment.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Plan limits for everyone; 55 is not an age over 89 and is about eligibility, not the recipient."),
    ("ed0023", "Claim CLM-88120455 paid: $212.40 to Evergreen Physical Therapy for 4 PT visits. See the details in the app.",
     "REWRITE", "billing", "push", "en",
     [("CLM-88120455", "OTHER_ID"), ("Evergreen Physical Therapy", "SPECIALTY"), ("PT", "PROCEDURE")],
     ["physical-therapy", "identifier"], "Practice name and visit type reveal therapy; the claim number is not needed on a lock screen (decision 8)."),
    ("ed0024", "FSA: claim denied. CPAP mask + tubing ($146). Ur sleep study (AHI 3.1) doesn't show sleep apnea under plan rules. Questions? 1-866-555-0173",
     "BLOCK", "billing", "sms", "en",
     [("CPAP mask", "PROCEDURE"), ("sleep study", "PROCEDURE"), ("AHI", "PROCEDURE"), ("3.1", "RESULT"), ("sleep apnea", "CONDITION"), ("1-866-555-0173", "PHONE")],
     ["general", "negation", "shorthand", "practice-contact"], "A study value and a negated finding are results (a normal result is still a result): BLOCK."),
)

# ---------------------------------------------------------------- batch 3 (ed0025-ed0036): ID cards and card vendors
add(
    ("ed0025", "Your new 2027 member ID cards from Cascadia Health Plan are in the mail and should arrive within 10 business days. Until then, show the digital card in the Cascadia app at any doctor's office or pharmacy. Member Services: 1-888-555-0119 (TTY 711).",
     "ALLOW", "other", "email", "en",
     [("1-888-555-0119", "PHONE")],
     ["general", "practice-contact"], "Card-mailing notice with the insurer's own number; TTY 711 is a relay service, not an identifier."),
    ("ed0026", "Cascadia Health: Your digital ID card is ready. Member ID CHP448201937, Group 770214. Show this text at check-in if your card hasn't arrived.",
     "REWRITE", "other", "sms", "en",
     [("CHP448201937", "HEALTH_PLAN_ID"), ("770214", "HEALTH_PLAN_ID")],
     ["general", "identifier", "contrast"], "Member and group numbers are beneficiary identifiers; by SMS the notice should point to the app instead (decisions 8 and 9)."),
    ("ed0027", "Your 2027 ID card is available. Member ID CHP448201937 \u00b7 Group 770214 \u00b7 Rx BIN 610014 \u00b7 PCN MEDDPRIME \u00b7 RxGroup HLX77 \u00b7 Plan: Silver HSA 3000. Download or print it from this page.",
     "ALLOW", "portal-notice", "portal", "en",
     [("CHP448201937", "HEALTH_PLAN_ID"), ("770214", "HEALTH_PLAN_ID"), ("HLX77", "HEALTH_PLAN_ID")],
     ["general", "identifier", "contrast"], "Same card details inside the secure portal: ALLOW (decision 9). BIN and PCN route claims for every member and are not labelled; RxGroup is labelled like the group number (decision 8)."),
    ("ed0028", "ID cards have been reissued for your family: Nadia Kova\u010d, Luka Kova\u010d and Ema Kova\u010d. Cards for your dental plan (Bright Smile PPO) will arrive separately from Dentara.",
     "REWRITE", "other", "email", "en",
     [("Nadia Kova\u010d", "NAME"), ("Luka Kova\u010d", "NAME"), ("Ema Kova\u010d", "NAME")],
     ["general", "third-party"], "Family names are not needed; the dental plan and its carrier are a benefit line, not dental care (decision 1)."),
    ("ed0029", "To reissue your lost card we verified the following:\nName: Gregory Paulsen\nSSN: 078-05-1120\nDOB: 09/30/1971\nIf any of this is wrong, call CardPoint Services at 1-877-555-0190.",
     "BLOCK", "other", "email", "en",
     [("Gregory Paulsen", "NAME"), ("078-05-1120", "SSN"), ("09/30/1971", "DATE"), ("1-877-555-0190", "PHONE")],
     ["general", "dob", "identifier", "practice-contact"], "SSN and full date of birth with the name must never travel by e-mail."),
    ("ed0030", "CardPoint: the ID card you ordered has shipped by USPS First-Class. Expect it in 5-7 days. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Shipping notice for a plan card; nothing about the member."),
    ("ed0031", "Your new pharmacy card from Oncology Rx Partners is attached. Show it at pickup so your Ibrance refills go through at the $10 copay.",
     "REWRITE", "other", "email", "en",
     [("Oncology Rx Partners", "SPECIALTY"), ("Ibrance", "MEDICATION")],
     ["oncology", "pharmacy"], "Specialty-pharmacy name and drug reveal cancer treatment; the card notice survives (decision 2)."),
    ("ed0032", "Seguro Médico Altamar: Su nueva tarjeta de afiliado ya fue enviada por correo. Mientras llega, puede usar la tarjeta digital en la app. Dudas: 1-877-555-0158.",
     "ALLOW", "other", "sms", "es",
     [("1-877-555-0158", "PHONE")],
     ["general", "practice-contact"], "Aviso de envío con el teléfono de la aseguradora."),
    ("ed0033", "Hola Guadalupe, ya enviamos las tarjetas nuevas para usted y sus hijos Iker y Renata. Su número de miembro es ALT-5521098-01. Cualquier duda, responda a este mensaje.",
     "REWRITE", "other", "sms", "es",
     [("Guadalupe", "NAME"), ("Iker", "NAME"), ("Renata", "NAME"), ("ALT-5521098-01", "HEALTH_PLAN_ID")],
     ["general", "third-party", "minor", "identifier"], "Nombres y número de miembro no son necesarios por SMS (decision 9); nada de salud, así que REWRITE."),
    ("ed0034", "Heads up: your old ID card stops working at the pharmacy counter in January. Add your new card to your phone's wallet now so checkout is quick.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "Generic card-switch reminder; 'pharmacy counter' says nothing about a prescription."),
    ("ed0035", "Your replacement ID card will be mailed to 2248 Alder Creek Rd, Apt 5, Eugene, OR 97405. If this address is wrong, update it in the member portal before Friday.",
     "REWRITE", "other", "email", "en",
     [("2248 Alder Creek Rd, Apt 5, Eugene, OR 97405", "ADDRESS")],
     ["general"], "The member's home address, not the insurer's: a patient identifier (decision 11)."),
    ("ed0036", "Cards mailed for: Owen Ridley (subscriber) and Harper Ridley (dependent, DOB 06/02/2020). Coverage tier: Employee + Child(ren).",
     "BLOCK", "other", "email", "en",
     [("Owen Ridley", "NAME"), ("Harper Ridley", "NAME"), ("06/02/2020", "DATE")],
     ["general", "third-party", "minor", "dob"], "A child's full date of birth with her name: BLOCK (README)."),
)

# ---------------------------------------------------------------- batch 4 (ed0037-ed0048): qualifying life events
add(
    ("ed0037", "Qualifying life event received. You have 30 days from the event date to submit your changes. Upload documentation (marriage certificate, birth certificate, divorce decree, or proof of loss of other coverage) in the portal.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Generic life-event instructions; 'birth certificate' is a document type (decision 7)."),
    ("ed0038", "Congrats on your new baby!! To add Mila to your medical plan, submit her birth certificate within 30 days of 3/9. -Benefits Team",
     "REWRITE", "other", "sms", "en",
     [("Mila", "NAME"), ("3/9", "DATE")],
     ["general", "minor", "third-party"], "A birth is a qualifying life event, not a clinical term (decision 7); the newborn's name goes. Month/day without a year is not a full DOB."),
    ("ed0039", "Life event: birth. Newborn Elias Brandt, born 03/09/2027, has been added to Family coverage. Because Elias was admitted to the NICU for prematurity at 33 weeks, his claims will be reviewed by our maternity case management team.",
     "BLOCK", "other", "email", "en",
     [("Elias Brandt", "NAME"), ("03/09/2027", "DATE"), ("Elias", "NAME", 1), ("NICU", "SPECIALTY"), ("prematurity", "CONDITION"), ("33 weeks", "RESULT"), ("maternity", "SPECIALTY")],
     ["pediatrics", "reproductive", "third-party", "minor", "dob"], "A newborn's full DOB with his name, plus his NICU stay and prematurity: a third party's health (decision 7). Gestational age is labelled as a RESULT (a finding)."),
    ("ed0040", "Your marriage life event was approved. Spouse coverage begins 7/1, and your per-paycheck cost changes from $48.20 to $171.90.",
     "ALLOW", "other", "push", "en",
     [("7/1", "DATE")],
     ["general"], "Marriage is not health information; the effective date is allowed."),
    ("ed0041", "Life event submitted for Jordan Castillo: divorce. Dependent Alexis Castillo will be removed effective 8/31.",
     "REWRITE", "other", "push", "en",
     [("Jordan Castillo", "NAME"), ("Alexis Castillo", "NAME"), ("8/31", "DATE")],
     ["general", "third-party"], "Names of the employee and former spouse are not needed on a lock screen; divorce is not health information."),
    ("ed0042", "Reminder: children age off the medical plan at the end of the month they turn 26. See the portal for COBRA options for adult children.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Plan rule for everyone; 26 is an eligibility age, not the recipient's."),
    ("ed0043", "Hi Keisha, congratulations on your pregnancy! Your parental leave is set to start 10/1. Faith Benefield in HR will send the forms this week.",
     "REWRITE", "other", "email", "en",
     [("Keisha", "NAME"), ("pregnancy", "CONDITION"), ("10/1", "DATE"), ("Faith Benefield", "PROVIDER")],
     ["reproductive", "general"], "The recipient's pregnancy is a condition; the leave start date survives without it (decision 6)."),
    ("ed0044", "Your parental leave request (12 weeks, bonding) has been approved starting 2/2. Your benefits continue during leave; premiums for unpaid weeks will be billed to you.",
     "ALLOW", "other", "email", "en",
     [("2/2", "DATE")],
     ["general"], "Parental/bonding leave carries no health reason (decision 6)."),
    ("ed0045", "¡Felicidades por su boda, Sr. Ávila! Para agregar a su esposa Mariana a la cobertura médica, mande el acta de matrimonio antes del 15 de julio.",
     "REWRITE", "other", "sms", "es",
     [("Ávila", "NAME"), ("Mariana", "NAME"), ("15 de julio", "DATE")],
     ["general", "third-party"], "Los nombres sobran; el matrimonio no es información de salud."),
    ("ed0046", "Recibimos el aviso de nacimiento de su hija Valentina Ruiz Paredes, nacida el 22/05/2027. Para inscribirla en su plan, suba el acta de nacimiento en el portal.",
     "BLOCK", "other", "email", "es",
     [("Valentina Ruiz Paredes", "NAME"), ("22/05/2027", "DATE")],
     ["general", "third-party", "minor", "dob"], "Fecha de nacimiento completa con el nombre: BLOCK (README)."),
    ("ed0047", "Loss of other coverage: we got your spouse's Medicaid termination letter. Add Tomas to your plan by 5/30 so there's no gap.",
     "REWRITE", "other", "sms", "en",
     [("Tomas", "NAME"), ("5/30", "DATE")],
     ["general", "third-party"], "Medicaid as coverage is not a span (decision 1); the spouse's name goes."),
    ("ed0048", "Life event \u2014 disabled dependent. To keep your son Caleb on the plan past age 26, we need a physician certification of his disabling condition. The form on file lists autism spectrum disorder and epilepsy; please have Dr. Haddad sign page 2 and return it by 9/15.",
     "BLOCK", "other", "email", "en",
     [("Caleb", "NAME"), ("autism spectrum disorder", "CONDITION"), ("epilepsy", "CONDITION"), ("Dr. Haddad", "PROVIDER"), ("9/15", "DATE")],
     ["general", "third-party"], "An adult son's diagnoses sent to the parent: third party's health (decision 7)."),
)

# ---------------------------------------------------------------- batch 5 (ed0049-ed0060): leave, disability and accommodations
add(
    ("ed0049", "Your leave of absence has been approved from 4/6 through 5/15. Your manager has been told the dates only \u2014 medical details stay with our leave administrator. Questions: leave@northbridge.example",
     "ALLOW", "other", "email", "en",
     [("4/6", "DATE"), ("5/15", "DATE"), ("leave@northbridge.example", "EMAIL")],
     ["general", "practice-contact"], "Leave without a reason (decision 6); the leave team's own address (decision 11)."),
    ("ed0050", "Hi Roberto, your short-term disability claim STD-2027-44187 for your rotator cuff repair has been approved through 6/12. Benefits are paid at 60% of your weekly earnings.",
     "REWRITE", "other", "email", "en",
     [("Roberto", "NAME"), ("STD-2027-44187", "OTHER_ID"), ("rotator cuff repair", "PROCEDURE"), ("6/12", "DATE")],
     ["orthopedics", "identifier"], "The surgery labels the claim; without it (and the name and claim number) the approval survives (decisions 1, 2 and 8)."),
    ("ed0051", "We reviewed the medical documentation for your leave. Your diagnosis of major depressive disorder with panic attacks supports continuous leave; your psychiatrist, Dr. Lyle Ambrose, notes you should not return until the adjustment to sertraline 150mg is stable.",
     "BLOCK", "other", "email", "en",
     [("major depressive disorder", "CONDITION"), ("panic attacks", "CONDITION"), ("psychiatrist", "SPECIALTY"), ("Dr. Lyle Ambrose", "PROVIDER"), ("sertraline 150mg", "MEDICATION")],
     ["behavioral-health"], "Diagnosis stated as a finding plus treatment details (decision 3)."),
    ("ed0052", "Lakeview HR: we've received your accommodation request. Someone from our Accommodations team will contact you within 5 business days. Reply STOP to opt out of texts.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Accommodation request acknowledged with no reason given (decision 6)."),
    ("ed0053", "Your workplace accommodation is approved: a sit-stand desk, a mini fridge at your station, and a 10-minute break every two hours to check your blood sugar and eat a snack, as your endocrinologist recommended for your type 1 diabetes. Facilities will install everything Wednesday.",
     "BLOCK", "other", "email", "en",
     [("blood sugar", "PROCEDURE"), ("endocrinologist", "SPECIALTY"), ("type 1 diabetes", "CONDITION")],
     ["general"], "The accommodation carries care instructions from the endocrinologist (decision 4: with instructions, BLOCK)."),
    ("ed0054", "Per Dr. Chen's note, after your lumbar fusion you may not lift more than 10 lb, must avoid repetitive bending, and should alternate sitting and standing every 30 minutes until your 12-week follow-up. Your manager has approved modified duty.",
     "BLOCK", "other", "email", "en",
     [("Dr. Chen", "PROVIDER"), ("lumbar fusion", "PROCEDURE")],
     ["orthopedics"], "Work restrictions after surgery are care instructions (decision 4)."),
    ("ed0055", "Su solicitud de licencia médica fue aprobada del 3 de marzo al 14 de abril. Su supervisor solo recibe las fechas. Cualquier duda, comuníquese con Recursos Humanos.",
     "ALLOW", "other", "sms", "es",
     [("3 de marzo", "DATE"), ("14 de abril", "DATE")],
     ["general"], "Licencia sin motivo (decision 6)."),
    ("ed0056", "Sra. Paredes: para aprobar su licencia necesitamos el certificado firmado por su oncóloga. El informe que nos mandó dice cáncer de mama etapa II con quimioterapia cada 21 días.",
     "BLOCK", "other", "email", "es",
     [("Paredes", "NAME"), ("oncóloga", "SPECIALTY"), ("cáncer de mama", "CONDITION"), ("etapa II", "RESULT"), ("quimioterapia", "PROCEDURE")],
     ["oncology"], "Diagnóstico, estadio y tratamiento de la destinataria (decision 3)."),
    ("ed0057", "Leave update: intermittent leave for ur ch3mo sessions approved thru 9/30. Log absences in the LeaveLink app.",
     "REWRITE", "other", "push", "en",
     [("ch3mo", "PROCEDURE"), ("9/30", "DATE")],
     ["oncology", "leet", "shorthand"], "Treatment names the leave (decision 4: label, no instructions); disguised as leet."),
    ("ed0058", "This is Northbridge Leave Services with a message about your leave claim. Please call us back at 1-844-555-0166, option 2. Our hours are 8 to 6 Central, Monday through Friday.",
     "ALLOW", "other", "voice", "en",
     [("1-844-555-0166", "PHONE")],
     ["general", "practice-contact"], "Call-back request with the administrator's own number."),
    ("ed0059", "Hi Wen, your accommodation for migraines (dimmed monitor and remote work on flare days) is approved through 12/31. -Accommodations Team",
     "REWRITE", "other", "sms", "en",
     [("Wen", "NAME"), ("migraines", "CONDITION"), ("12/31", "DATE")],
     ["general"], "A condition used as the label of an accommodation, no care instructions: REWRITE (decision 4)."),
    ("ed0060", "Leave admin: got ur note. d.e.p.r.e.s.s.i.o.n + a.n.x.i.e.t.y dx from Dr Yoon confirms continuous leave thru 7/1",
     "BLOCK", "other", "sms", "en",
     [("d.e.p.r.e.s.s.i.o.n", "CONDITION"), ("a.n.x.i.e.t.y", "CONDITION"), ("Dr Yoon", "PROVIDER"), ("7/1", "DATE")],
     ["behavioral-health", "spaced", "shorthand"], "Diagnoses stated as the doctor's certification (decision 3), disguised with dotted letters."),
)

# ---------------------------------------------------------------- batch 6 (ed0061-ed0072): COBRA, end of coverage, retirees
add(
    ("ed0061", "IMPORTANT INFORMATION ABOUT YOUR COBRA CONTINUATION COVERAGE RIGHTS\n\nYour group health coverage ended on 5/31 because of a termination of employment. You and your covered dependents may be able to continue the same medical, dental and vision coverage under COBRA for up to 18 months. You must elect within 60 days of the date of this notice.\n\nMonthly premium (Employee + Spouse, Gold PPO): $1,412.44, which includes a 2% administrative fee.\n\nTo elect, sign in at cobra.meridianadmin.example or mail the enclosed election form to: Meridian COBRA Services, PO Box 5501, Omaha, NE 68103.\n\nIf you do not elect COBRA, you may qualify for a special enrollment period in the Marketplace or in Medicaid. Questions? Call 1-855-555-0114, Mon-Fri 7am-7pm CT.",
     "ALLOW", "other", "email", "en",
     [("5/31", "DATE"), ("cobra.meridianadmin.example", "URL"), ("PO Box 5501, Omaha, NE 68103", "ADDRESS"), ("1-855-555-0114", "PHONE")],
     ["general", "practice-contact"], "Standard COBRA election notice; the administrator's own site, PO box and phone (decision 11)."),
    ("ed0062", "COBRA election notice for qualified beneficiaries Anthony Reyes and Carla Reyes. Member ID W221048873. Elect by 8/14 to avoid a gap in coverage.",
     "REWRITE", "other", "email", "en",
     [("Anthony Reyes", "NAME"), ("Carla Reyes", "NAME"), ("W221048873", "HEALTH_PLAN_ID"), ("8/14", "DATE")],
     ["general", "third-party", "identifier"], "Names and member ID are not needed; the election deadline survives."),
    ("ed0063", "We know you're in the middle of IVF with Bayside Fertility (egg retrieval scheduled 6/20), so we strongly recommend electing COBRA before 6/15 so your fertility benefit and lifetime maximum carry over.",
     "REWRITE", "other", "email", "en",
     [("IVF", "PROCEDURE"), ("Bayside Fertility", "SPECIALTY"), ("egg retrieval", "PROCEDURE"), ("6/20", "DATE"), ("6/15", "DATE"), ("fertility", "SPECIALTY")],
     ["fertility", "reproductive"], "Treatment and clinic label the advice; 'elect COBRA before 6/15' survives. 'fertility benefit' is labelled here because it is tied to the recipient's treatment, not offered as a benefit line (decision 1)."),
    ("ed0064", "COBRA premium reminder: your payment is due on the 1st, with a 30-day grace period. Pay online or mail a check with your coupon.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Premium reminder; 'the 1st' is not a calendar date."),
    ("ed0065", "Aviso COBRA: si pierde su cobertura por terminación de empleo o reducción de horas, puede continuar con su plan hasta 18 meses. El paquete completo llegará por correo a su domicilio.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Aviso general de derechos COBRA; 'domicilio' no es una dirección concreta."),
    ("ed0066", "We understand your daughter Lena is in the middle of treatment for leukemia at Children's Hospital. Electing COBRA for Lena keeps her oncology team in network, and the pharmacy benefit keeps covering her chemo.",
     "BLOCK", "other", "email", "en",
     [("Lena", "NAME"), ("leukemia", "CONDITION"), ("Lena", "NAME", 1), ("oncology", "SPECIALTY"), ("chemo", "PROCEDURE")],
     ["oncology", "third-party", "minor"], "A daughter's cancer and treatment sent to the employee: third party's health."),
    ("ed0067", "COBRA subsidy: per your separation agreement, Harlow Logistics will pay 100% of your COBRA premium through 9/30. After that, the full premium applies.",
     "ALLOW", "billing", "email", "en",
     [("9/30", "DATE")],
     ["general"], "Subsidy terms with an end date only."),
    ("ed0068", "COBRA: Hi Devon, we received your payment of $688.10 for account 4471-2209-18. Thank you!",
     "REWRITE", "billing", "sms", "en",
     [("Devon", "NAME"), ("4471-2209-18", "ACCOUNT")],
     ["general", "identifier"], "Name and full COBRA account number are not needed on a receipt text (decision 8)."),
    ("ed0069", "Your coverage is active. Tap to view plan details, find an in-network doctor or estimate the cost of care.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "Generic app notification."),
    ("ed0070", "Hi, this is Marisol from Apex Benefits Administration calling for Peter Vance about COBRA for your dialysis. Your last labs show a GFR of 12, so your treatments can't lapse \u2014 please call 1-800-555-0137 today to elect.",
     "BLOCK", "other", "voice", "en",
     [("Marisol", "PROVIDER"), ("Peter Vance", "NAME"), ("dialysis", "PROCEDURE"), ("GFR", "PROCEDURE"), ("12", "RESULT"), ("1-800-555-0137", "PHONE")],
     ["dialysis", "practice-contact"], "A lab value on a voicemail (voice is treated like SMS): BLOCK. The caller is workforce (decision 10)."),
    ("ed0071", "Your COBRA election packet was mailed today to Mr. Harlan Voss, 17 Quarry Lane, Montpelier, VT 05602. Allow 7-10 days.",
     "REWRITE", "other", "sms", "en",
     [("Harlan Voss", "NAME"), ("17 Quarry Lane, Montpelier, VT 05602", "ADDRESS")],
     ["general"], "The member's name and home address (decision 11)."),
    ("ed0072", "Turning 65 soon? Join our Medicare 101 webinar on 10/8 at noon to learn how retiree coverage works with Medicare Parts A, B and D.",
     "ALLOW", "marketing", "email", "en",
     [("10/8", "DATE")],
     ["general", "broadcast"], "Retiree webinar for everyone; Medicare as coverage is not a span (decision 1) and 65 is not over 89."),
)

# ---------------------------------------------------------------- batch 7 (ed0073-ed0084): wellness incentives and screenings
add(
    ("ed0073", "Earn up to $600 in your HSA this year! Complete a biometric screening, your annual physical and the online health assessment by Halloween. Screenings are free at the onsite clinic every Tuesday morning.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Incentive broadcast to every employee (decision 13); Halloween is a holiday, not a date span."),
    ("ed0074", "Your biometric screening results are in:\n\u2022 Total cholesterol: 248 (high)\n\u2022 HDL: 38\n\u2022 Blood pressure: 146/94\n\u2022 BMI: 33.2\nBased on these numbers you qualify for the Healthy Heart coaching program and an extra $200 reward.",
     "BLOCK", "result", "email", "en",
     [("biometric screening", "PROCEDURE"), ("Total cholesterol", "PROCEDURE"), ("248", "RESULT"), ("high", "RESULT"), ("HDL", "PROCEDURE"), ("38", "RESULT"), ("Blood pressure", "PROCEDURE"), ("146/94", "RESULT"), ("BMI", "PROCEDURE"), ("33.2", "RESULT"), ("Healthy Heart coaching program", "PROCEDURE")],
     ["cardiology"], "The recipient's screening values by e-mail (decision 13): results are BLOCK. The named coaching program is a PROCEDURE."),
    ("ed0075", "Wellness Rewards: you earned $150 for completing your Diabetes Prevention Program session! Current balance: $300.",
     "REWRITE", "marketing", "push", "en",
     [("Diabetes Prevention Program", "PROCEDURE")],
     ["primary-care"], "A program named for a condition, attributed to the recipient: REWRITE like a visit label (decision 4)."),
    ("ed0076", "Your 2027 medical premium includes a $50/month tobacco surcharge based on your attestation of tobacco use. Finish the Quit For Good program by 3/31 and we'll refund the surcharge.",
     "REWRITE", "billing", "email", "en",
     [("tobacco", "CONDITION"), ("tobacco use", "CONDITION"), ("Quit For Good", "PROCEDURE"), ("3/31", "DATE")],
     ["primary-care"], "Tobacco use attested by the recipient is a condition, also inside 'tobacco surcharge' (decision 12); the premium notice survives."),
    ("ed0077", "Step Challenge update: Team Warehouse Wolves is in the lead with 4.2 million steps! Sync your tracker by Sunday night so your steps count.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Team step counts are not anyone's results."),
    ("ed0078", "¡Felicidades, Alejandra! Completaste 6 sesiones de coaching para la presión alta y ganaste $100 para tu HSA. Sigue así 💪",
     "REWRITE", "marketing", "sms", "es",
     [("Alejandra", "NAME"), ("presión alta", "CONDITION")],
     ["cardiology"], "La condición es la etiqueta del programa, sin valores ni instrucciones: REWRITE (decision 4)."),
    ("ed0079", "Health assessment: your answers put you at HIGH risk for depression (PHQ-9 score 17). Tap to talk with a counselor today.",
     "BLOCK", "result", "push", "en",
     [("HIGH risk", "RESULT"), ("depression", "CONDITION"), ("PHQ-9", "PROCEDURE"), ("17", "RESULT")],
     ["behavioral-health"], "A screening score and risk finding on a lock screen: BLOCK (decision 3)."),
    ("ed0080", "Feeling the stress of year-end? Our EAP offers every employee and household member up to 6 free, confidential sessions, plus legal and financial consultations. It's available 24/7.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "EAP offered to everyone (decision 1); 'stress' is everyday usage; 24/7 is not a date."),
    ("ed0081", "Hi Gabriel, Coach Ines from Thrive Works here. Great job \u2014 you're down 14 lb since March! I'll call Tuesday to check how the Mounjaro is going and set your next goal.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Gabriel", "NAME"), ("Coach Ines", "PROVIDER"), ("down 14 lb", "RESULT"), ("Mounjaro", "MEDICATION")],
     ["pharmacy", "primary-care"], "A weight change is a clinical value (RESULT) and the drug is named: BLOCK. The wellness coach is workforce (decision 10)."),
    ("ed0082", "Onsite flu shots: Wed 10/15, 9am-3pm, Bldg C lobby. Free for employees and covered family members 6 months and older. Bring your medical ID card.",
     "ALLOW", "marketing", "sms", "en",
     [("10/15", "DATE")],
     ["general", "broadcast", "contrast"], "Flu clinic broadcast: no clinical span (README: broadcasts; decision 13)."),
    ("ed0083", "Reminder: your mammogram on the Wellness Van is tomorrow at 10:40am in Lot B. Completing it earns $75 in wellness rewards.",
     "REWRITE", "reminder", "sms", "en",
     [("mammogram", "PROCEDURE")],
     ["imaging", "contrast"], "The recipient's own screening appointment names the procedure (decision 13)."),
    ("ed0084", "Your 2027 wellness points: A1c screening \u2014 6.9% (not met, goal under 6.5%); blood pressure \u2014 met. Points earned: 200 of 400.",
     "BLOCK", "result", "email", "en",
     [("A1c", "PROCEDURE"), ("6.9%", "RESULT"), ("not met", "RESULT"), ("blood pressure", "PROCEDURE"), ("blood pressure \u2014 [[met]]", "RESULT")],
     ["primary-care"], "The recipient's A1c value and pass/fail on blood pressure are results (decision 13)."),
)

# ---------------------------------------------------------------- batch 8 (ed0085-ed0096): the plan's member services, prior auth, EOBs, pharmacy benefit
add(
    ("ed0085", "Hi all, Faith Benefield (HR Business Partner) here. Benefits office hours are every Thursday 2-4pm in Suite 310, 400 Commerce Way, Dayton, OH 45402. Bring your questions about dental, vision, the 401(k) or premium parking permits \u2014 walk-ins welcome.",
     "ALLOW", "other", "email", "en",
     [("Faith Benefield", "PROVIDER"), ("Suite 310, 400 Commerce Way, Dayton, OH 45402", "ADDRESS")],
     ["general", "broadcast", "practice-contact"], "The HR partner (decision 10) and the employer's own office address (decision 11); look-alikes only."),
    ("ed0086", "Bluepine Health: Your prior authorization for MRI of the lumbar spine was approved. Auth # PA77310294. Questions? Call 1-800-555-0181.",
     "REWRITE", "other", "sms", "en",
     [("MRI of the lumbar spine", "PROCEDURE"), ("PA77310294", "OTHER_ID"), ("1-800-555-0181", "PHONE")],
     ["imaging", "identifier", "practice-contact"], "The approved test labels the notice; the approval survives without it and the auth number (decisions 2 and 8)."),
    ("ed0087", "Bluepine Salud: Negamos la autorización de su insulina glargina porque su A1c de 6.1% no cumple el criterio de la póliza. Puede apelar dentro de 180 días.",
     "BLOCK", "other", "sms", "es",
     [("insulina glargina", "MEDICATION"), ("A1c", "PROCEDURE"), ("6.1%", "RESULT")],
     ["pharmacy"], "El motivo de la negación es un valor de laboratorio (decision 3)."),
    ("ed0088", "Your Explanation of Benefits is ready. This is not a bill. Sign in to see what your plan paid and what you may owe.",
     "ALLOW", "portal-notice", "email", "en", [],
     ["general", "hard-negative"], "Notification without content: the safe pattern."),
    ("ed0089", "EOB for claim 55102-884: office visit with Dr. Farah Aziz (psychiatry) on 3/12 \u2014 diagnosis F41.1, generalized anxiety disorder. Plan paid $142.00; your share is $30.00.",
     "ALLOW", "portal-notice", "portal", "en",
     [("55102-884", "OTHER_ID"), ("Dr. Farah Aziz", "PROVIDER"), ("psychiatry", "SPECIALTY"), ("3/12", "DATE"), ("F41.1", "CONDITION"), ("generalized anxiety disorder", "CONDITION")],
     ["behavioral-health", "identifier", "contrast"], "Inside the secure portal a diagnosis may stay (README: channel portal)."),
    ("ed0090", "Your EOB: claim 55102-884, visit with Dr. Farah Aziz (psychiatry) 3/12, dx F41.1 generalized anxiety disorder. You owe $30.00. Pay at bluepine.example/pay.",
     "BLOCK", "billing", "email", "en",
     [("55102-884", "OTHER_ID"), ("Dr. Farah Aziz", "PROVIDER"), ("psychiatry", "SPECIALTY"), ("3/12", "DATE"), ("F41.1", "CONDITION"), ("generalized anxiety disorder", "CONDITION"), ("bluepine.example/pay", "URL")],
     ["behavioral-health", "identifier", "contrast", "practice-contact"], "The same EOB by e-mail states the diagnosis (decisions 3 and 5): BLOCK."),
    ("ed0091", "Member Services: thanks for calling about your hearing aids benefit. Your plan covers up to $1,500 per ear every 3 years through TruHear. Ref # HA-0192.",
     "REWRITE", "other", "sms", "en",
     [("hearing aids", "PROCEDURE"), ("TruHear", "SPECIALTY")],
     ["general"], "Hearing aids are a device the recipient asked about (PROCEDURE); the hearing vendor tied to that request is specialty-revealing like a hearing practice name, unlike a benefit line's carrier (decision 1); the call reference is not labelled (decision 8)."),
    ("ed0092", "This is an automated message from Bluepine Health Plan. We're calling to help you choose a primary care doctor close to home. Press 1 to speak with a representative, or press 9 to opt out.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "Outreach to every member without a PCP; 'primary care' is generic."),
    ("ed0093", "Hola Sr. Delgado, su tarjeta de descuento para Humira ya está activa. Preséntela junto con el BIN y PCN en su farmacia especializada.",
     "REWRITE", "other", "sms", "es",
     [("Delgado", "NAME"), ("Humira", "MEDICATION"), ("farmacia especializada", "SPECIALTY")],
     ["pharmacy"], "Nombre y medicamento sobran; 'farmacia especializada' revela el servicio (README: specialty pharmacy). BIN/PCN no se etiquetan (decision 8)."),
    ("ed0094", "Step therapy notice for your son Nico: Vyvanse is not covered until he has tried methylphenidate for his ADHD. Dr. Ortiz can submit chart notes for an exception.",
     "BLOCK", "other", "push", "en",
     [("Nico", "NAME"), ("Vyvanse", "MEDICATION"), ("methylphenidate", "MEDICATION"), ("ADHD", "CONDITION"), ("Dr. Ortiz", "PROVIDER")],
     ["pharmacy", "behavioral-health", "third-party", "minor"], "A son's condition and medications sent to the parent: third party's health."),
    ("ed0095", "Bluepine Rx: mail-order now ships free in 2 days. Set up auto-refill anytime at bluepine.example/rx.",
     "ALLOW", "marketing", "sms", "en",
     [("bluepine.example/rx", "URL")],
     ["pharmacy", "broadcast", "practice-contact"], "Pharmacy-benefit broadcast with the plan's own link."),
    ("ed0096", "Hi Ms. Abernathy, good news: the Transplant Center of Excellence travel benefit covers lodging for you and one caregiver. Your case manager, Rhonda Pike, RN, will call this week.",
     "REWRITE", "other", "email", "en",
     [("Abernathy", "NAME"), ("Transplant Center of Excellence", "SPECIALTY"), ("Rhonda Pike, RN", "PROVIDER")],
     ["general"], "The program name reveals transplant care; the travel benefit and the call survive (decision 2)."),
)

# ---------------------------------------------------------------- batch 9 (ed0097-ed0108): long letters, HSA spending, disguises, look-alikes
add(
    ("ed0097", "Dear Ms. Okonjo,\n\nThank you for submitting the Certification of Health Care Provider for your FMLA request. We have reviewed it and your request for intermittent leave is approved for the period 1/6 through 7/5.\n\nYour provider's certification indicates that you will need intermittent leave for flare-ups of Crohn's disease, estimated at 2 episodes per month lasting 1-3 days each, and that you receive Remicade infusions every 8 weeks at Lakeside Infusion Center.\n\nPlease report each absence to the Leave Line within 2 business days and select 'FMLA - intermittent' so it is not counted under the attendance policy. Your leave entitlement is 480 hours for the 12-month period.\n\nIf your needs change, a recertification may be requested.\n\nSincerely,\nDarnell Price\nLeave Specialist, Tri-County Leave Administration\n1-833-555-0109",
     "BLOCK", "other", "email", "en",
     [("Okonjo", "NAME"), ("1/6", "DATE"), ("7/5", "DATE"), ("Crohn's disease", "CONDITION"), ("Remicade infusions", "MEDICATION"), ("Lakeside Infusion Center", "SPECIALTY"), ("Darnell Price", "PROVIDER"), ("1-833-555-0109", "PHONE")],
     ["general", "practice-contact"], "Long designation letter that restates the certification's diagnosis and treatment (decision 3); the leave specialist is workforce (decision 10). 'Remicade infusions': the form word goes with the drug (README)."),
    ("ed0098", "Subject: FMLA Designation Notice\n\nDear Employee,\n\nWe have reviewed your request for leave under the Family and Medical Leave Act (FMLA) and the supporting information you provided. Your leave request is APPROVED as FMLA-qualifying.\n\nLeave type: Continuous\nApproved dates: 3/2 through 4/10\nHours counted against your entitlement: 240\n\nWhile on FMLA your group health coverage continues on the same terms. Your share of premiums will be billed to your home address on the 1st of each month; if you do not pay within 30 days, coverage may end.\n\nBefore returning, you will need a fitness-for-duty certification. Please contact us at least 2 business days before your return date.\n\nTri-County Leave Administration\nleave@tricountyla.example | 1-833-555-0109",
     "ALLOW", "other", "email", "en",
     [("3/2", "DATE"), ("4/10", "DATE"), ("leave@tricountyla.example", "EMAIL"), ("1-833-555-0109", "PHONE")],
     ["general", "practice-contact"], "Long FMLA designation without any reason (decision 6); 'fitness-for-duty certification' is a form, not a finding."),
    ("ed0099", "Hi Rafael,\n\nHere's a summary of the 2027 elections you submitted on 11/12:\n\nMedical: Silver HSA 3000 \u2014 Employee + Family (you, Camila Ortega, Mateo Ortega, Lucia Ortega)\nDental: Bright Smile PPO \u2014 Employee + Family\nVision: ClearPath Vision \u2014 Employee only\nHSA: $150 per paycheck (company seed $750)\nDependent Care FSA: $5,000\nSupplemental life: 2x salary\nBeneficiary: Camila Ortega (100%)\n\nIf anything looks wrong, you can make changes until the window closes on 11/21. After that, changes are only allowed with a qualifying life event.\n\nThank you,\nHarlow Logistics Total Rewards\nbenefits.harlow.example",
     "REWRITE", "confirmation", "email", "en",
     [("Rafael", "NAME"), ("11/12", "DATE"), ("Camila Ortega", "NAME"), ("Mateo Ortega", "NAME"), ("Lucia Ortega", "NAME"), ("Camila Ortega", "NAME", 1), ("11/21", "DATE"), ("benefits.harlow.example", "URL")],
     ["general", "third-party", "practice-contact"], "Election summary: family names go; dental and vision are benefit lines, not care (decision 1)."),
    ("ed0100", "FSA: Your receipt for Ozem\u200bpic 1mg pen ($892.10) has been substantiated. No further action needed.",
     "REWRITE", "billing", "sms", "en",
     [("Ozem\u200bpic 1mg pen", "MEDICATION")],
     ["pharmacy"], "Drug named in a receipt notice (decision 2), hidden with a zero-width space."),
    ("ed0101", "Claim denied: \u0456nsulin pump supplies. Your C-peptide of 0.9 ng/mL does not meet the plan's criteria. Ask your doctor about an appeal.",
     "BLOCK", "other", "sms", "en",
     [("\u0456nsulin pump", "PROCEDURE"), ("C-peptide", "PROCEDURE"), ("0.9 ng/mL", "RESULT")],
     ["pharmacy"], "A lab value is the denial reason (decision 3); 'insulin' written with a Cyrillic i."),
    ("ed0102", "Premium parking spots in Garage A open for the spring lottery next week. Enter on the Facilities page \u2014 winners are announced Friday.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Look-alike: premium parking."),
    ("ed0103", "¿Sabía que el deducible de su seguro de auto no tiene nada que ver con su plan médico? En la feria de beneficios le explicamos la diferencia. ¡Lo esperamos!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Falso amigo: deducible del seguro de auto, feria de beneficios."),
    ("ed0104", "HSA payment of $2,400.00 to Summit Fertility Partners on 2/14 has posted. Keep your itemized receipt for your tax records.",
     "REWRITE", "billing", "push", "en",
     [("Summit Fertility Partners", "SPECIALTY"), ("2/14", "DATE")],
     ["fertility"], "The payee reveals fertility care; the payment notice survives (decision 2)."),
    ("ed0105", "Claim substantiation: the receipt you sent for your wife, Dana Whitfield, shows Suboxone 8mg-2mg films and a visit at Clearpath Recovery. Because the expense is for your spouse, please confirm she is your tax dependent.",
     "BLOCK", "other", "email", "en",
     [("Dana Whitfield", "NAME"), ("Suboxone 8mg-2mg films", "MEDICATION"), ("Clearpath Recovery", "SPECIALTY")],
     ["substance-use", "third-party"], "A spouse's substance-use treatment sent to the employee: third party's health (and Part 2)."),
    ("ed0106", "Nice work building a healthy HSA balance! You've passed $10,000, so you can now invest in mutual funds. Log in to pick your funds.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: a healthy account balance."),
    ("ed0107", "Hi Brittney- ur FSA claim for ortho braces at Smile Arc Orthodontics ws approved, $1,200. pls keep ur reciept for 3 yrs",
     "REWRITE", "billing", "sms", "en",
     [("Brittney", "NAME"), ("ortho braces", "PROCEDURE"), ("Smile Arc Orthodontics", "SPECIALTY")],
     ["dental", "typo", "shorthand"], "Name, dental device and practice go; the approval survives (decision 2)."),
    ("ed0108", "Your EAP counselor Dr. Fenwick asked us to pass along: your next session is Mon at 5, and please keep taking the prazosin at bedtime for the nightmares.",
     "BLOCK", "care-instructions", "sms", "en",
     [("counselor", "SPECIALTY"), ("Dr. Fenwick", "PROVIDER"), ("prazosin", "MEDICATION"), ("nightmares", "CONDITION")],
     ["behavioral-health"], "Dosing instruction plus a symptom: BLOCK. The counselor role names a specialty (README)."),
)

# ---------------------------------------------------------------- batch 10 (ed0109-ed0120): Spanish, retirees, supplemental insurance, templates
add(
    ("ed0109", "Inscripción abierta 2027: elija su plan antes del 20 de noviembre en beneficios.example.com o llame al 1-800-555-0135 (opción 2 para español).",
     "ALLOW", "reminder", "sms", "es",
     [("20 de noviembre", "DATE"), ("beneficios.example.com", "URL"), ("1-800-555-0135", "PHONE")],
     ["general", "practice-contact"], "Fecha límite con el sitio y el teléfono del empleador (decision 11)."),
    ("ed0110", "Aviso del administrador de beneficios: su solicitud de incapacidad a corto plazo fue aprobada. Según el informe del Dr. Solís, usted tiene una hernia de disco L4-L5 y debe guardar reposo absoluto por 3 semanas.",
     "BLOCK", "other", "email", "es",
     [("Dr. Solís", "PROVIDER"), ("hernia de disco L4-L5", "CONDITION")],
     ["orthopedics"], "Diagnóstico afirmado e instrucciones de reposo (decisions 3 and 4); 'incapacidad a corto plazo' es el producto, no una condición (decision 1)."),
    ("ed0111", "Hola Yesenia, tu reembolso HSA de $320.00 por las sesiones de terapia psicológica ya fue depositado en tu cuenta.",
     "REWRITE", "billing", "push", "es",
     [("Yesenia", "NAME"), ("terapia psicológica", "PROCEDURE")],
     ["behavioral-health"], "El servicio nombrado en el reembolso sobra (decision 2)."),
    ("ed0112", "Commuter benefits: January transit passes must be ordered by the 10th. Parking and vanpool elections roll over automatically.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Commuter benefits, not health benefits; 'the 10th' is not a calendar date."),
    ("ed0113", "Sr. Montoya: para mantener a su hijo Andrés en el plan después de los 26 años, el médico confirmó que tiene parálisis cerebral y depende económicamente de usted. Por favor envíe el formulario firmado.",
     "BLOCK", "other", "email", "es",
     [("Montoya", "NAME"), ("Andrés", "NAME"), ("parálisis cerebral", "CONDITION")],
     ["general", "third-party"], "Condición de un hijo adulto enviada al padre: salud de un tercero (decision 7)."),
    ("ed0114", "Estimada Sra. Lozano: su tarjeta de identificación del plan dental ya está disponible.\nNúmero de miembro: DNT-88412077\nGrupo: 40019\nPuede descargarla en la app de Dentara.",
     "REWRITE", "other", "email", "es",
     [("Lozano", "NAME"), ("DNT-88412077", "HEALTH_PLAN_ID"), ("40019", "HEALTH_PLAN_ID")],
     ["general", "identifier"], "Nombre y números del plan sobran fuera del portal (decisions 8 and 9); el plan dental es una línea de beneficio (decision 1)."),
    ("ed0115", "Le recordamos que su cobertura COBRA vence el 30/09. Si desea continuar, realice su pago antes de esa fecha.",
     "ALLOW", "billing", "sms", "es",
     [("30/09", "DATE")],
     ["general"], "Solo una fecha de vencimiento."),
    ("ed0116", "Wellness: your annual physical counts toward your $200 reward. Book with Dr. Yates or any in-network PCP by 12/15.",
     "ALLOW", "marketing", "push", "en",
     [("Dr. Yates", "PROVIDER"), ("12/15", "DATE")],
     ["primary-care"], "Annual physical is generic primary care (README)."),
    ("ed0117", "Retiree Benefits: Happy 93rd birthday, Mr. Edmund Thorne! Your $10,000 retiree life insurance benefit remains in force, and your beneficiary designation is up to date.",
     "REWRITE", "other", "email", "en",
     [("93rd", "AGE"), ("Edmund Thorne", "NAME")],
     ["general", "age-over-89"], "An age over 89 and the name are identifiers; the life-insurance notice survives."),
    ("ed0118", "Critical illness claim update\n\nYour claim CI-2027-00871 has been approved and a lump-sum benefit of $15,000 will be deposited within 5 business days. This benefit was paid for your diagnosis of invasive ductal carcinoma (date of diagnosis 1/22), as confirmed by the pathology report from Dr. Ingrid Salo. A recurrence benefit may be available later under your certificate.",
     "BLOCK", "other", "email", "en",
     [("CI-2027-00871", "OTHER_ID"), ("invasive ductal carcinoma", "CONDITION"), ("1/22", "DATE"), ("pathology report", "PROCEDURE"), ("Dr. Ingrid Salo", "PROVIDER")],
     ["oncology", "identifier"], "The recipient's diagnosis stated as the basis of payment (decision 3); the product name itself is not a span (decision 1)."),
    ("ed0119", "New for 2027: voluntary cancer, accident and hospital indemnity insurance are available to all employees during Open Enrollment. Coverage is guaranteed issue \u2014 no health questions asked.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Supplemental products offered to everyone: 'cancer insurance' is a product, not the recipient's condition (decision 1)."),
    ("ed0120", "{{employer_name}} Benefits: because of your father's colon cancer, your screening colonoscopy at 40 is covered at 100%. Reply Y for a list of in-network GI centers.",
     "BLOCK", "other", "sms", "en",
     [("colon cancer", "CONDITION"), ("colonoscopy", "PROCEDURE"), ("GI", "SPECIALTY")],
     ["oncology", "third-party"], "A relative's cancer is a third party's health: BLOCK. Template field carries no patient data (README: templates)."),
)

probe_lib.run(M, "ed", "probe131.jsonl")
