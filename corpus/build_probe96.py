#!/usr/bin/env python3
"""Build corpus/probe96.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe96.py [OUT] [-v]   (default: probe96.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only; the engine was not run
and no other corpus's messages, source code or tests were read).

This round is HEALTH PLANS, PHARMACY BENEFIT MANAGERS AND CARE MANAGEMENT: what insurers, Medicaid
and Medicare Advantage plans, PBMs, mail-order and specialty pharmacies and plan care managers send
to members — prior-authorization decisions (approved, pended, denied with and without clinical
reasons), formulary, tier and step-therapy changes, explanation-of-benefits notices, claim denials
with diagnosis and procedure codes, appeals, grievances and external reviews, care-management and
disease-management outreach (heart failure, COPD, CKD, diabetes, maternity, behavioral health),
post-discharge calls, gaps-in-care and adherence reminders, wellness incentives and biometric
screenings, member ID cards (member, group, Medicare and Medicaid numbers), portal notices, mail-
order shipping, rides and OTC benefits — mixed with look-alikes ("Plan B" as a backup plan, "the
benefits of walking", a "healthy balance" in an HSA, news "coverage", call-centre "coverage",
"Member Appreciation Day", "Step 1 of 3", a step challenge, a pharmacy named Cardinal, a care
manager named Joy Carr). 120 messages, 15% Spanish, 4 disguised (leet, zero-width, spaced
letters, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. A plan employee named as the sender or caller (care manager, pharmacy-services caller,
     member-services rep: "Joy Carr", "Marcus", "Lucía") is workforce -> PROVIDER, with a generic
     credential included ("Joy Carr, RN"); a specialty credential is a separate SPECIALTY span
     ("PsyD"). A phone extension stays outside the PHONE span.
  2. Billing codes: an ICD-10 code is CONDITION (as build_probe7 did) and a CPT code is
     PROCEDURE; the code's description is labelled separately.
  3. Identifiers: claim, authorization, referral, appeal/grievance case and Rx numbers are
     OTHER_ID; group numbers are HEALTH_PLAN_ID (printed on the member's card); a Medicare
     Beneficiary Identifier and a Medicaid ID are HEALTH_PLAN_ID; RxBIN/RxPCN are not labelled
     (they route claims to the processor and are shared by every member of the plan).
  4. An explicit statement that the member HAS a condition ("Because you have diabetes",
     "Congratulations on your pregnancy", "your hospitalization for heart failure", "the
     records show a hip fracture") is a diagnosis -> BLOCK; a condition that only labels a care
     program or visit ("the Bluewater heart failure care program", "CKD care program") keeps
     REWRITE like README's "asthma check".
  5. A coverage decision (approval, denial, tier or step-therapy change) naming only a drug,
     test or service is REWRITE like a pickup notice; one that gives the diagnosis, the member's
     measured values or tells the member how to take a drug is BLOCK.
  6. Plan names (including "Medicaid", "Medicare Advantage") and mail-order/PBM names
     ("Lumen Rx", "Cardinal Mail Pharmacy") are generic and not labelled; specialty-pharmacy
     names are SPECIALTY (README); a DME supplier name is generic; a sleep-centre name is
     specialty-revealing like an imaging name.
  7. A named program that reveals a condition or behaviour as a whole ("Diabetes Prevention
     Program", "QuitWell", "Pharmacy Lock-In Program", "prenatal program", "intensive
     outpatient") is one PROCEDURE span, like README's program examples.
  8. A "biometric screening" in a plan or employer wellness programme is generic (like an annual
     physical) and not labelled; the values it produced are RESULTs.
  9. A personal target ("keep your blood pressure under 130/80", "meta de A1c menor de 7%") is
     not a RESULT; only a measured value is. A plan's criterion that names a measure ("a BMI of
     30 or more") has the measure labelled PROCEDURE, not the threshold.
 10. A claim or EOB about an adult dependent's non-routine treatment (a spouse's intensive
     outpatient programme) sent to the subscriber is a third party's health -> BLOCK.
 11. "emergency room"/"ER" about the recipient's own visit is SPECIALTY (the urgent-care service
     line); in a plan-wide broadcast (nurse line, copay table) it is not labelled.
 12. A fall or other injury event is CONDITION, like a symptom.
 13. Broadcast incentive lists ("a yearly physical, a dental cleaning or a flu shot") are not
     labelled: they say nothing about the recipient (README broadcasts).
 14. An appeal case number is not needed by text: REWRITE.
 15. A drug-class word written before a brand is one MEDICATION span with it ("insulina
     Lantus"); a device form after the strength goes with the drug ("Ozempic 1 mg pen",
     "Suboxone 8mg-2mg film", "Humira Pen").
 16. Purposes: PA decisions, appeals, ID cards and care-management outreach are `other`; EOBs and
     claim denials `billing`; gaps in care `recall`; shipping `pickup`; enrolment and ride
     bookings `confirmation`.

Everything is invented: names, plans, practices, 555-01xx numbers, example domains, identifiers;
the SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (cu0001-cu0012): prior-authorization decisions
add(
    ("cu0001", "Crestline Health Plan: Good news! Your prior authorization for Ozempic 1 mg pen was approved through 12/31/2026. Ref PA-4471-0932. Questions? Call 1-800-555-0142.",
     "REWRITE", "other", "sms", "en",
     [("Ozempic 1 mg pen", "MEDICATION"), ("12/31/2026", "DATE"), ("PA-4471-0932", "OTHER_ID"), ("1-800-555-0142", "PHONE")],
     ["pharmacy", "practice-contact"], "Approval survives without the drug and the authorization number; the plan's phone and the end date stay. Judgement: the form word 'pen' after the strength goes with the drug (decision 15); authorization numbers are OTHER_ID (decision 3)."),
    ("cu0002", "Bluewater Health: Your request for Wegovy was not approved. Plan criteria require a BMI of 30 or more; the records sent show a BMI of 27.4. You or Dr. Haskell can appeal within 60 days.",
     "BLOCK", "other", "sms", "en",
     [("Wegovy", "MEDICATION"), ("BMI", "PROCEDURE", 0), ("BMI", "PROCEDURE", 1), ("27.4", "RESULT"), ("Dr. Haskell", "PROVIDER")],
     ["pharmacy"], "The denial reason quotes the member's own measured value (a result); the clinical content is the message (decision 5). Judgement: the measure is labelled in the plan's criterion too, the threshold 30 is not (decision 9)."),
    ("cu0003", "Prior Authorization Determination\nMember: Denise Walcott  |  Member ID: W88213409\nRequested service: lumbar spinal fusion, L4-L5 (CPT 22612)\nDiagnosis: spinal stenosis (M48.061)\nRequesting provider: Dr. Omar Haddad\nDecision: NOT APPROVED. The plan's criteria require 6 weeks of documented conservative care (physical therapy or injections); the records received do not show this. Dr. Haddad may request a peer-to-peer review within 14 days, and you may appeal within 60 days of this notice.",
     "ALLOW", "other", "portal", "en",
     [("Denise Walcott", "NAME"), ("W88213409", "HEALTH_PLAN_ID"), ("lumbar spinal fusion", "PROCEDURE"), ("22612", "PROCEDURE"), ("spinal stenosis", "CONDITION"), ("M48.061", "CONDITION"), ("Dr. Omar Haddad", "PROVIDER"), ("physical therapy", "PROCEDURE"), ("injections", "PROCEDURE"), ("Dr. Haddad", "PROVIDER")],
     ["orthopedics", "identifier"], "Portal channel: the full determination with name, member ID, procedure and diagnosis may stay (README channel convention). Judgement: a CPT code is PROCEDURE and an ICD code CONDITION (decision 2); the therapies in the plan's criterion are labelled as terms."),
    ("cu0004", "Bluewater Health: update on your prior authorization for MRI brain w/o contrast - approved. Open the app for details.",
     "REWRITE", "portal-notice", "push", "en",
     [("MRI brain w/o contrast", "PROCEDURE")],
     ["imaging"], "Push previews on a lock screen: the named scan goes, 'your prior authorization was approved' survives."),
    ("cu0005", "A decision has been made on a request submitted on your behalf. For your privacy, please log in to your member account or call the number on the back of your ID card to review it.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["general", "hard-negative"], "Notification without PHI: says that a decision exists, not what it is about."),
    ("cu0006", "Hi, this is Marcus with Bluewater Health pharmacy services, calling for Theresa Okafor about the prior authorization for Humira. The plan needs chart notes showing she already tried methotrexate for her rheumatoid arthritis. Please have Dr. Lindqvist's office fax them to 1-888-555-0178, or call us at 1-888-555-0177, option 3.",
     "BLOCK", "other", "voice", "en",
     [("Marcus", "PROVIDER"), ("Theresa Okafor", "NAME"), ("Humira", "MEDICATION"), ("methotrexate", "MEDICATION"), ("rheumatoid arthritis", "CONDITION"), ("Dr. Lindqvist", "PROVIDER"), ("1-888-555-0178", "FAX"), ("1-888-555-0177", "PHONE")],
     ["pharmacy", "practice-contact"], "Voicemail states the member's diagnosis and treatment history; voice is treated like SMS (README). Judgement: the plan employee named as the caller is PROVIDER (decision 1)."),
    ("cu0007", "Plan de Salud Horizonte: su autorización previa para la colonoscopía fue aprobada. No. de autorización 66-20418. El consultorio de su médico le llamará para programarla.",
     "REWRITE", "other", "sms", "es",
     [("colonoscopía", "PROCEDURE"), ("66-20418", "OTHER_ID")],
     ["general", "identifier"], "The approval survives without the procedure and the authorization number (decisions 3 and 5)."),
    ("cu0008", "We need a bit more information from your prescriber before we can decide on your Xolair request. We've faxed Dr. Bianchi's office today - no action is needed from you right now.",
     "REWRITE", "other", "sms", "en",
     [("Xolair", "MEDICATION"), ("Dr. Bianchi", "PROVIDER")],
     ["pharmacy"], "Pended request: only the drug name has to go; the prescriber's name is allowed (decision 5)."),
    ("cu0009", "Dear Mr. Abernathy,\n\nWe reviewed the request for Vyvanse 30 mg capsules for your son, Caleb (age 9). The request has been denied because plan criteria for ADHD medicines in children under 12 require a trial of a generic stimulant first. Dr. Pruitt has been sent a copy of this letter and a list of covered alternatives.\n\nYou have the right to appeal within 60 days. Call Member Services at 1-844-555-0150 (TTY 711).\n\nSincerely,\nPharmacy Review Team\nKeystone Health Plan",
     "BLOCK", "other", "email", "en",
     [("Abernathy", "NAME"), ("Vyvanse 30 mg capsules", "MEDICATION"), ("Caleb", "NAME"), ("ADHD", "CONDITION"), ("stimulant", "MEDICATION"), ("Dr. Pruitt", "PROVIDER"), ("1-844-555-0150", "PHONE")],
     ["pharmacy", "pediatrics", "third-party", "minor", "practice-contact"], "A dependent's medication and condition sent to the parent: a third party's health is BLOCK (README verdict conventions). Age 9 is not over 89 and is not labelled."),
    ("cu0010", "Keystone Health Plan: Dr. Amara Singh submitted a request for you on 3/2. We'll text you when there's an update. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Amara Singh", "PROVIDER"), ("3/2", "DATE")],
     ["general"], "Provider name and date only; what was requested is not said."),
    ("cu0011", "Crestline Health Plan: your request for a CPAP machine was approved. Harbor Home Medical will call within 2 business days to set up delivery.",
     "REWRITE", "other", "sms", "en",
     [("CPAP", "PROCEDURE")],
     ["general"], "A device is PROCEDURE (README) with the generic 'machine' outside; approval and delivery call survive. Judgement: a DME supplier name is generic (decision 6)."),
    ("cu0012", "Sra. Beltrán: su solicitud para Eliquis fue negada. Para fibrilación auricular, el plan requiere probar primero warfarina. Su médico puede pedir una excepción. Dudas: 1-866-555-0119.",
     "BLOCK", "other", "sms", "es",
     [("Beltrán", "NAME"), ("Eliquis", "MEDICATION"), ("fibrilación auricular", "CONDITION"), ("warfarina", "MEDICATION"), ("1-866-555-0119", "PHONE")],
     ["pharmacy", "cardiology", "practice-contact"], "The denial gives the member's diagnosis as the reason (decision 5); title 'Sra.' stays outside the NAME span."),
)

# ---------------------------------------------------------------- batch 2 (cu0013-cu0024): formulary, tiers and step therapy
add(
    ("cu0013", "Our 2027 drug list (formulary) is now available. Each year some medicines move to a different tier or need approval first. If a drug you take is affected, we will mail you a letter at least 30 days before the change, and you can always ask your pharmacist about lower-cost options.",
     "ALLOW", "other", "email", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Plan-wide formulary notice; names no drug and nothing about the recipient."),
    ("cu0014", "Lumen Rx: starting next plan year, Januvia 100 mg moves to Tier 3 on your plan. Lower-cost options may be available - talk with your prescriber. Details: lumenrx.example/formulary",
     "REWRITE", "other", "sms", "en",
     [("Januvia 100 mg", "MEDICATION"), ("lumenrx.example/formulary", "URL")],
     ["pharmacy", "practice-contact"], "Tier change naming the member's drug: REWRITE (decision 5); the PBM's own link stays. Judgement: the PBM name is generic (decision 6)."),
    ("cu0015", "Step therapy notice: before your plan will cover Jardiance, you need a 90-day trial of metformin 500 mg twice a day. Please start the metformin Dr. Cho sent to Oak Street Pharmacy today.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Jardiance", "MEDICATION"), ("metformin 500 mg", "MEDICATION"), ("metformin", "MEDICATION", 1), ("Dr. Cho", "PROVIDER")],
     ["pharmacy"], "Step-therapy notice that tells the member what to take and how often: a dosing instruction is BLOCK (decision 5)."),
    ("cu0016", "Formulary exception approved\nDrug: Trulicity 1.5 mg/0.5 mL pen\nDiagnosis on request: type 2 diabetes\nApproved: 1/15/2027 through 1/14/2028\nYour Tier 2 copay applies at any network pharmacy.",
     "ALLOW", "other", "portal", "en",
     [("Trulicity 1.5 mg/0.5 mL pen", "MEDICATION"), ("type 2 diabetes", "CONDITION"), ("1/15/2027", "DATE"), ("1/14/2028", "DATE")],
     ["pharmacy"], "Inside the secure portal the drug and the diagnosis may stay (README channel convention)."),
    ("cu0017", "Step 1 of 3: confirm your email to finish setting up your member account. Step 2 asks you to choose a password; step 3 lets you pick how we contact you.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'Step' in an account set-up, not step therapy."),
    ("cu0018", "Your Lipitor refill: your plan now prefers generic atorvastatin, so your pharmacy will fill that instead. Same strength, lower copay.",
     "REWRITE", "pickup", "push", "en",
     [("Lipitor", "MEDICATION"), ("atorvastatin", "MEDICATION")],
     ["pharmacy"], "Brand-to-generic switch naming the drug: REWRITE like a pickup notice; no dose or instruction is given (decision 5)."),
    ("cu0019", "Aviso de su plan: a partir del próximo año el Synthroid ya no estará cubierto, pero la levotiroxina genérica sí. Hable con su médico. Dudas al 1-866-555-0119.",
     "REWRITE", "other", "sms", "es",
     [("Synthroid", "MEDICATION"), ("levotiroxina", "MEDICATION"), ("1-866-555-0119", "PHONE")],
     ["pharmacy", "practice-contact"], "Formulary change naming the member's drug and its generic; the plan's phone stays (decision 5)."),
    ("cu0020", "Dear Member,\n\nWe're writing about Biktarvy, which you last filled on 10/03. Starting in January it moves to our specialty tier and must be filled by Meridian Specialty Pharmacy. Your copay will not change.\n\nPlease keep taking your HIV medicine every day as prescribed and do not stop it while you switch pharmacies. Meridian will call you to set up your first delivery.\n\nKeystone Health Plan Pharmacy Services",
     "BLOCK", "other", "email", "en",
     [("Biktarvy", "MEDICATION"), ("10/03", "DATE"), ("Meridian Specialty Pharmacy", "SPECIALTY"), ("HIV", "CONDITION")],
     ["hiv-sexual-health", "pharmacy"], "States the member's HIV treatment and tells them how to take it (decision 5); the bare 'Meridian' later is left unlabelled as part of the already-labelled pharmacy name."),
    ("cu0021", "Sunrise Medicare Advantage: your 2027 Evidence of Coverage is online at sunrisema.example/eoc. Questions? Call 1-877-555-0163 (TTY 711), 8 am-8 pm, 7 days a week.",
     "ALLOW", "other", "sms", "en",
     [("sunrisema.example/eoc", "URL"), ("1-877-555-0163", "PHONE")],
     ["general", "practice-contact"], "The plan's own link and phone; 'Medicare Advantage' in a plan name is not labelled (decision 6); TTY 711 is a relay code."),
    ("cu0022", "This is an automated message from Cardinal Mail Pharmacy for Ruth Ellison. Your plan no longer covers brand-name Advair. Press 1 and we will contact your doctor about a covered alternative, or press 2 to speak with a pharmacist.",
     "REWRITE", "other", "voice", "en",
     [("Ruth Ellison", "NAME"), ("Advair", "MEDICATION")],
     ["pharmacy"], "Name and drug go; the offer to contact the doctor survives. 'Cardinal' is a pharmacy name, not cardiology (decision 6)."),
    ("cu0023", "ur plan now needs step therapy b4 it covers 0z3mp1c. pls call Dr. Reyes office so they can send the paperwork",
     "REWRITE", "other", "sms", "en",
     [("0z3mp1c", "MEDICATION"), ("Dr. Reyes", "PROVIDER")],
     ["pharmacy", "leet", "shorthand"], "Leetspeak drug name (Ozempic) in a coverage notice: REWRITE like the plain drug (decision 5)."),
    ("cu0024", "Plan B for Saturday's Member Appreciation Day: if it rains, we're moving inside to the library community room. Same time, 10 to 2. See you there!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Plan B' is a backup plan, not the emergency contraceptive; an event broadcast."),
)

# ---------------------------------------------------------------- batch 3 (cu0025-cu0036): explanation-of-benefits notices
add(
    ("cu0025", "Your Explanation of Benefits is ready. This is not a bill. Sign in to your member account to view it.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["general", "hard-negative"], "EOB-ready notice with no service, provider or amount."),
    ("cu0026", "Explanation of Benefits - Claim 7720045519\nService date: 8/14\nProvider: Lakeshore Imaging\nService: CT abdomen/pelvis with contrast\nAmount billed: $1,820.00\nPlan discount: $297.89\nPlan paid: $1,402.11\nYou may owe: $120.00\n\nTHIS IS NOT A BILL. Your provider will send you a statement for any amount you owe.",
     "REWRITE", "billing", "email", "en",
     [("7720045519", "OTHER_ID"), ("8/14", "DATE"), ("Lakeshore Imaging", "SPECIALTY"), ("CT abdomen/pelvis with contrast", "PROCEDURE")],
     ["imaging", "identifier"], "The amounts and the service date survive; the claim number, imaging name and scan go (README: imaging names are specialty-revealing; claim numbers OTHER_ID)."),
    ("cu0027", "Keystone Health Plan - Explanation of Benefits\nPatient: Marisol Trent\nClaim 5501-88314, provider: Dr. Ian Cordova, PsyD\nLine 1: 90837 Psychotherapy, 60 min - Dx F41.1 Generalized anxiety disorder\nBilled $180.00 | Plan paid $98.00 | You owe $30.00 (copay)\nThis is not a bill.",
     "BLOCK", "billing", "email", "en",
     [("Marisol Trent", "NAME"), ("5501-88314", "OTHER_ID"), ("Dr. Ian Cordova", "PROVIDER"), ("PsyD", "SPECIALTY"), ("90837", "PROCEDURE"), ("Psychotherapy", "PROCEDURE"), ("F41.1", "CONDITION"), ("Generalized anxiety disorder", "CONDITION")],
     ["behavioral-health", "identifier"], "An EOB line with the diagnosis code and its meaning states the member's diagnosis (decision 2 and 4); e-mail is treated like SMS."),
    ("cu0028", "Explicación de beneficios: su reclamo del 3 de marzo por la consulta con la Dra. Paredes en el Centro de Fisioterapia Norte ya fue procesado. Su plan pagó $64.00 y usted podría deber $25.00. Esto no es una factura; el consultorio le enviará su cuenta.",
     "REWRITE", "billing", "email", "es",
     [("3 de marzo", "DATE"), ("Dra. Paredes", "PROVIDER"), ("Centro de Fisioterapia Norte", "SPECIALTY")],
     ["physical-therapy"], "A physical-therapy practice name is specialty-revealing (README); amounts, date and provider survive."),
    ("cu0029", "EOB detail for Gregory Tan (Member ID KHP-552-09-7713)\nDate of service: 9/21\nProcedure: colonoscopy with biopsy (45380)\nDiagnosis: K63.5 polyp of colon\nPathology: tubular adenoma, benign\nPlan paid: $1,106.40. Your share: $0.00 (preventive).",
     "ALLOW", "billing", "portal", "en",
     [("Gregory Tan", "NAME"), ("KHP-552-09-7713", "HEALTH_PLAN_ID"), ("9/21", "DATE"), ("colonoscopy with biopsy", "PROCEDURE"), ("45380", "PROCEDURE"), ("K63.5", "CONDITION"), ("polyp of colon", "CONDITION"), ("tubular adenoma", "RESULT"), ("benign", "RESULT")],
     ["lab", "identifier"], "Portal channel: the full EOB detail with codes and the pathology finding may stay (README channel convention; decision 2 for the codes)."),
    ("cu0030", "EOB alert: a claim for your spouse, Linda Marsh, at Bright Path Recovery Center (intensive outpatient, 12 sessions) was processed. Plan paid $2,340. View details in your account.",
     "BLOCK", "billing", "sms", "en",
     [("Linda Marsh", "NAME"), ("Bright Path Recovery Center", "SPECIALTY"), ("intensive outpatient", "PROCEDURE")],
     ["substance-use", "third-party"], "Judgement (decision 10): the subscriber receives an adult dependent's substance-use treatment; a third party's health is BLOCK, and Part 2 is stricter still."),
    ("cu0031", "New EOB available for your visit with Dr. Okoye on 11/4. Tap to view it in the secure app.",
     "ALLOW", "portal-notice", "push", "en",
     [("Dr. Okoye", "PROVIDER"), ("11/4", "DATE")],
     ["general"], "Provider and date only; the service is behind the login."),
    ("cu0032", "Sunrise MA: we proccessed your claim for the knee replacment at St. Brigid Hospital on 2/9. You owe $0 for this stay. Questions call 1-877-555-0163.",
     "REWRITE", "billing", "sms", "en",
     [("knee replacment", "PROCEDURE"), ("2/9", "DATE"), ("1-877-555-0163", "PHONE")],
     ["orthopedics", "typo", "practice-contact"], "Misspelled procedure still goes; a generic hospital name, the amount and the plan's phone stay."),
    ("cu0033", "Quick tip: an EOB shows what your plan paid and what you may owe. It is not a bill, so wait for your provider's statement before you pay anything.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Member-education broadcast; nothing about the recipient."),
    ("cu0034", "Hello Patricia Nwosu,\n\nYour Explanation of Benefits for March is attached and is also in your member account.\n\nMember ID: NCH 8820 4471 02\nMailing address on file: 1418 Larkspur Ct, Apt 3, Fairview Park, OH 44126\n\nSummary: 2 claims processed - office visit with Dr. Helen Marsh-Oyelaran on 3/6 and lab work on 3/6. Total plan paid: $214.50. Total you may owe: $40.00.\n\nIf your address has changed, please update it in your account so we can mail future notices to the right place.\n\nThank you for being a member,\nNorthcoast Health Member Services\n1-888-555-0126 | northcoasthealth.example",
     "REWRITE", "billing", "email", "en",
     [("Patricia Nwosu", "NAME"), ("NCH 8820 4471 02", "HEALTH_PLAN_ID"), ("1418 Larkspur Ct, Apt 3, Fairview Park, OH 44126", "ADDRESS"), ("Dr. Helen Marsh-Oyelaran", "PROVIDER"), ("3/6", "DATE", 0), ("3/6", "DATE", 1), ("1-888-555-0126", "PHONE"), ("northcoasthealth.example", "URL")],
     ["general", "identifier", "practice-contact"], "Name, member ID and home address go; 'office visit' and 'lab work' are generic (README); the plan's phone and site stay."),
    ("cu0035", "Buenas tardes, le llamamos de Plan Vida Salud para Héctor Quiñones, fecha de nacimiento 14 de febrero de 1961. Tenemos información sobre un reclamo reciente. Por favor llámenos al 1-855-555-0136, de lunes a viernes.",
     "BLOCK", "other", "voice", "es",
     [("Héctor Quiñones", "NAME"), ("14 de febrero de 1961", "DATE"), ("1-855-555-0136", "PHONE")],
     ["general", "dob", "practice-contact"], "A full date of birth with the name is BLOCK (README), on voice as on SMS."),
    ("cu0036", "Your EOB for the 7/22 sleep study at Restwell Sleep Center is in the mail. Plan paid $1,240; you may owe $95.",
     "REWRITE", "billing", "sms", "en",
     [("7/22", "DATE"), ("sleep study", "PROCEDURE"), ("Restwell Sleep Center", "SPECIALTY")],
     ["general"], "Test and centre name go, amounts survive. Judgement: a sleep-centre name is specialty-revealing like an imaging name (decision 6)."),
)

# ---------------------------------------------------------------- batch 4 (cu0037-cu0048): claim denials, appeals, grievances
add(
    ("cu0037", "Claim 55190-2210 was denied: the visit coded Z30.011 (initiation of oral contraceptives) is over your plan's yearly visit limit. Your provider may resubmit it.",
     "BLOCK", "billing", "sms", "en",
     [("55190-2210", "OTHER_ID"), ("Z30.011", "CONDITION"), ("oral contraceptives", "MEDICATION")],
     ["reproductive", "identifier"], "The diagnosis code and its description reveal contraceptive care as the reason for the denial (decision 2 and 4)."),
    ("cu0038", "We received your appeal (case APL-2026-08817) on 10/2. You'll get our written decision by mail within 30 days.",
     "REWRITE", "other", "sms", "en",
     [("APL-2026-08817", "OTHER_ID"), ("10/2", "DATE")],
     ["general", "identifier"], "Judgement (decisions 3 and 14): an appeal case number is not needed in the text; the receipt and date survive."),
    ("cu0039", "Appeals and grievances: if you disagree with a decision we made, you can file an appeal by mail, by fax or online within 60 days of the date on your denial letter. You can also name someone, like a family member or your doctor, to act for you. See Chapter 9 of your member handbook for the steps and timelines.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Handbook-style explanation of appeal rights; 'denial', 'appeal', 'Chapter 9' identify nobody."),
    ("cu0040", "Dear Mr. Lindgren,\n\nWe have completed the review of your appeal for bariatric surgery (laparoscopic sleeve gastrectomy). A physician reviewer board-certified in general surgery reviewed your records.\n\nDecision: the original denial is upheld. The plan covers this surgery when a member has a BMI of 40 or more, or a BMI of 35 or more with a related condition. Your records document a BMI of 37.8, but the sleep apnea listed on the request is not confirmed by a sleep study, and the 6-month supervised weight-loss program was not completed.\n\nYou may ask for an external review within 4 months. Dr. Renata Solis, Medical Director, is available to discuss this decision with Dr. Abbott.\n\nKeystone Health Plan Appeals Unit\n1-844-555-0150",
     "BLOCK", "other", "email", "en",
     [("Lindgren", "NAME"), ("bariatric surgery", "PROCEDURE"), ("laparoscopic sleeve gastrectomy", "PROCEDURE"), ("BMI", "PROCEDURE", 0), ("BMI", "PROCEDURE", 1), ("BMI", "PROCEDURE", 2), ("37.8", "RESULT"), ("sleep apnea", "CONDITION"), ("sleep study", "PROCEDURE"), ("supervised weight-loss program", "PROCEDURE"), ("Dr. Renata Solis", "PROVIDER"), ("Dr. Abbott", "PROVIDER"), ("1-844-555-0150", "PHONE")],
     ["general", "practice-contact"], "Appeal decision quoting the member's BMI and a diagnosis; the clinical reasoning is the message (decision 5). 'general surgery' is a generic board name, like 'surgeon' (README)."),
    ("cu0041", "Sr. Domínguez, su apelación fue aprobada: cubriremos sus sesiones de fisioterapia hasta el 30 de junio. Caso AP-55218. -Plan Vida Salud",
     "REWRITE", "other", "sms", "es",
     [("Domínguez", "NAME"), ("fisioterapia", "PROCEDURE"), ("30 de junio", "DATE"), ("AP-55218", "OTHER_ID")],
     ["physical-therapy", "identifier"], "Name, therapy and case number go; the approval and end date survive (decision 14)."),
    ("cu0042", "Your appeal was received. We will make a decision by 11/18. Call 1-844-555-0150 if you have more information to send us.",
     "ALLOW", "other", "sms", "en",
     [("11/18", "DATE"), ("1-844-555-0150", "PHONE")],
     ["general", "practice-contact"], "Receipt with a deadline and the plan's phone; no case number or service."),
    ("cu0043", "Hello, this is Northcoast Health with news about your external review. The independent reviewer decided the plan must cover proton therapy for your prostate cancer. A nurse case manager will call you this week about next steps.",
     "BLOCK", "other", "voice", "en",
     [("proton therapy", "PROCEDURE"), ("prostate cancer", "CONDITION")],
     ["oncology"], "States the member's cancer diagnosis and treatment on an overheard channel (decision 4)."),
    ("cu0044", "Claim denied: Bayview Fertility Associates is out of network for your plan. Tap to see your options.",
     "REWRITE", "billing", "push", "en",
     [("Bayview Fertility Associates", "SPECIALTY")],
     ["fertility"], "A fertility practice name is specialty-revealing (README); the denial survives without it."),
    ("cu0045", "Claim 3390-47721 was denied because diagnosis O02.1 (missed miscarriage) was not linked to the ultrasound billed on 4/28. Your provider can correct and resubmit it.",
     "BLOCK", "billing", "sms", "en",
     [("3390-47721", "OTHER_ID"), ("O02.1", "CONDITION"), ("missed miscarriage", "CONDITION"), ("ultrasound", "PROCEDURE"), ("4/28", "DATE")],
     ["reproductive", "identifier"], "Names a pregnancy loss as the member's diagnosis (decision 2 and 4)."),
    ("cu0046", "Did you catch the news coverage of our new community wellness center? Watch the segment and read the full story in this month's member newsletter.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Coverage' of a news story, not insurance coverage."),
    ("cu0047", "Dear Ms. Albright,\n\nThank you for telling us about your experience. We looked into your grievance about the wait at Northside Dermatology on 9/12 and shared your concerns with the office manager. The practice has added a second check-in window on busy mornings.\n\nIf you are not satisfied with this response, call us at 1-800-555-0142.\n\nCrestline Health Plan Grievance Team",
     "REWRITE", "other", "email", "en",
     [("Albright", "NAME"), ("Northside Dermatology", "SPECIALTY"), ("9/12", "DATE"), ("1-800-555-0142", "PHONE")],
     ["dermatology", "practice-contact"], "Grievance response: name and the dermatology practice go; the date and the plan's phone survive."),
    ("cu0048", "To finish your appeal we need to verify your identity: SSN 078-05-1120, DOB 04/17/1955. Reply Y if this is correct or call 1-844-555-0150.",
     "BLOCK", "other", "sms", "en",
     [("078-05-1120", "SSN"), ("04/17/1955", "DATE"), ("1-844-555-0150", "PHONE")],
     ["general", "dob", "identifier", "practice-contact"], "An SSN must never travel by text (DESIGN); the specimen number is used on purpose."),
)

# ---------------------------------------------------------------- batch 5 (cu0049-cu0060): care and disease management outreach
add(
    ("cu0049", "Hi, this is Joy Carr, your care manager at Crestline Health Plan. I'd like to set up a quick check-in call. What day works best for you? You can also reach me at 1-800-555-0142 ext. 4410.",
     "ALLOW", "other", "sms", "en",
     [("Joy Carr", "PROVIDER"), ("1-800-555-0142", "PHONE")],
     ["general", "practice-contact"], "Look-alike: 'Joy Carr' is the care manager (workforce named as sender, PROVIDER), not the patient; 'care manager' names no condition. Judgement: the extension stays outside the PHONE span (decision 1)."),
    ("cu0050", "Hi Mr. Delgado, it's Joy Carr, RN with the Bluewater heart failure care program. I'll call you Tuesday afternoon to see how you're settling in at home.",
     "REWRITE", "other", "sms", "en",
     [("Delgado", "NAME"), ("Joy Carr, RN", "PROVIDER"), ("heart failure", "CONDITION")],
     ["cardiology"], "The condition only labels the programme, so the call-back survives without it and the name (decision 4)."),
    ("cu0051", "Hi Mrs. Haverford,\n\nIt was good to talk with you after your discharge. As we discussed:\n- Weigh yourself every morning before breakfast. If you gain more than 3 pounds in a day or 5 in a week, call us.\n- Take furosemide 40 mg each morning, and keep your salt under 2,000 mg a day.\n- Your follow-up with Dr. Agarwal is 5/19 at 10:20.\n\nGwen Tolliver, RN\nCare Manager, Bluewater Health\n1-800-555-0199",
     "BLOCK", "care-instructions", "email", "en",
     [("Haverford", "NAME"), ("furosemide 40 mg", "MEDICATION"), ("Dr. Agarwal", "PROVIDER"), ("5/19", "DATE"), ("Gwen Tolliver, RN", "PROVIDER"), ("1-800-555-0199", "PHONE")],
     ["cardiology", "practice-contact"], "Post-discharge treatment and dosing instructions are the message (DESIGN)."),
    ("cu0052", "Hola Sra. Ocampo, soy Lucía, su gestora de cuidados del plan. Vi que su glucosa en ayunas salió en 212 en el último análisis. ¿Podemos hablar hoy por la tarde?",
     "BLOCK", "result", "sms", "es",
     [("Ocampo", "NAME"), ("Lucía", "PROVIDER"), ("glucosa en ayunas", "PROCEDURE"), ("212", "RESULT")],
     ["lab"], "A lab value in a text is BLOCK; the care manager named as sender is PROVIDER (decision 1)."),
    ("cu0053", "Your care team sent you a new secure message. Open the app to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Notification without PHI."),
    ("cu0054", "Hello, this message is for Walter Briggs. This is Devon from Keystone Health Plan's COPD care program. I'm calling to introduce myself and set up your first check-in. Please call me back at 1-844-555-0157. Thank you.",
     "REWRITE", "other", "voice", "en",
     [("Walter Briggs", "NAME"), ("Devon", "PROVIDER"), ("COPD", "CONDITION"), ("1-844-555-0157", "PHONE")],
     ["primary-care", "practice-contact"], "Voicemail: name and the condition-labelled programme go, the call-back survives (decisions 1 and 4)."),
    ("cu0055", "Your asthma action plan from your care manager: Symbicort 2 puffs twice a day, every day. If your peak flow is in the yellow zone, use albuterol and call us.",
     "BLOCK", "care-instructions", "sms", "en",
     [("asthma", "CONDITION"), ("Symbicort", "MEDICATION"), ("peak flow", "PROCEDURE"), ("albuterol", "MEDICATION")],
     ["primary-care"], "Dosing instructions and an action plan are the content (DESIGN)."),
    ("cu0056", "Your enrollment in Care Management is confirmed. Your care manager, Priya Raman, RN, will call you from 1-888-555-0177 within 5 business days. Save the number so you recognize it. Welcome!",
     "ALLOW", "confirmation", "email", "en",
     [("Priya Raman, RN", "PROVIDER"), ("1-888-555-0177", "PHONE")],
     ["general", "practice-contact"], "Generic care management names no condition; the care manager is workforce (decision 1)."),
    ("cu0057", "Congratulations on your pregnancy! Welcome to Healthy Beginnings, Bluewater's prenatal program. Your nurse coach will call you this week. Reply STOP to opt out.",
     "BLOCK", "other", "sms", "en",
     [("pregnancy", "CONDITION"), ("prenatal program", "PROCEDURE")],
     ["reproductive"], "Judgement (decision 4): an explicit statement of the member's condition (pregnancy) is a diagnosis, not a programme label; reproductive health is a sensitive service."),
    ("cu0058", "Hi Dana, it's Chris from Keystone's behavioral health team. You told me your depression has been worse since the ER visit. Are you safe right now? Text me back, or call or text 988 anytime.",
     "BLOCK", "other", "sms", "en",
     [("Dana", "NAME"), ("Chris", "PROVIDER"), ("behavioral health", "SPECIALTY"), ("depression", "CONDITION"), ("ER", "SPECIALTY")],
     ["behavioral-health"], "States the member's condition and an ER visit; 988 is not a phone identifier (README). Judgement: 'ER' about the member's own visit is SPECIALTY (decision 11)."),
    ("cu0059", "Enjoy the benefits of walking! Just 30 minutes a day can boost your energy. Join our free member walking club - reply WALK to sign up.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Benefits' of walking, not plan benefits; a broadcast."),
    ("cu0060", "Sr. Aguilar, este es su plan de cuidado para la diabetes: meta de A1c menor de 7%. Su último resultado fue 7.9%. Siga tomando metformina 1000 mg con el desayuno y la cena. Su gestora, Ana Quezada, RN, le llamará el 6 de agosto.",
     "ALLOW", "care-instructions", "portal", "es",
     [("Aguilar", "NAME"), ("diabetes", "CONDITION"), ("A1c", "PROCEDURE"), ("7.9%", "RESULT"), ("metformina 1000 mg", "MEDICATION"), ("Ana Quezada, RN", "PROVIDER"), ("6 de agosto", "DATE")],
     ["primary-care"], "Portal: the result and dosing may stay (README). Judgement: the goal 'menor de 7%' is a target, not a result (decision 9)."),
)

# ---------------------------------------------------------------- batch 6 (cu0061-cu0072): gaps in care and adherence
add(
    ("cu0061", "Crestline Health Plan: our records show you're due for a colorectal cancer screening. Ask Dr. Whitfield about a home FIT kit, or call 1-800-555-0142 and we'll help you book.",
     "REWRITE", "recall", "sms", "en",
     [("colorectal cancer screening", "PROCEDURE"), ("Dr. Whitfield", "PROVIDER"), ("FIT kit", "PROCEDURE"), ("1-800-555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "A named screening is one PROCEDURE span with its head word (README); the recall survives."),
    ("cu0062", "Le recordamos que ya le toca su mamografía anual. Llame al 1-866-555-0119 para hacer su cita. -Plan de Salud Horizonte",
     "REWRITE", "recall", "sms", "es",
     [("mamografía", "PROCEDURE"), ("1-866-555-0119", "PHONE")],
     ["imaging", "practice-contact"], "The member's own screening named in a recall (README: same service as the recipient's own is REWRITE)."),
    ("cu0063", "Our pharmacy records show your last Eliquis fill was on 6/3, 64 days ago. Running out can raise your risk of stroke, so please don't stop taking it - call your pharmacy today.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Eliquis", "MEDICATION"), ("6/3", "DATE"), ("stroke", "CONDITION")],
     ["pharmacy", "cardiology"], "Adherence outreach that gives a treatment instruction and the clinical risk; not a plain refill notice (decision 5)."),
    ("cu0064", "Dear Mrs. Kowalski,\n\nAs a Sunrise Medicare Advantage member you can get a Medicare wellness visit at no cost to you. Our records show it has been more than a year since your last one, and a bone density scan is also due.\n\nCall Dr. Feld's office to schedule both, or let us help: 1-877-555-0163 (TTY 711).\n\nSunrise Medicare Advantage",
     "REWRITE", "recall", "email", "en",
     [("Kowalski", "NAME"), ("Medicare wellness", "PROCEDURE"), ("bone density scan", "PROCEDURE"), ("Dr. Feld", "PROVIDER"), ("1-877-555-0163", "PHONE")],
     ["primary-care", "imaging", "practice-contact"], "README: 'Medicare wellness' is a revealing visit type ('visit' outside); the plan name is not labelled (decision 6)."),
    ("cu0065", "Because you have diabetes, you're due for a kidney function test (uACR) and a dilated eye exam this year. Schedule both with your doctor before December.",
     "BLOCK", "recall", "sms", "en",
     [("diabetes", "CONDITION"), ("kidney function test", "PROCEDURE"), ("uACR", "PROCEDURE"), ("dilated eye exam", "PROCEDURE")],
     ["primary-care", "lab"], "Judgement (decision 4): the gap-in-care text asserts the member's diagnosis, which DESIGN lists as BLOCK."),
    ("cu0066", "¿Ya le toca su chequeo anual? Las visitas preventivas no tienen costo para ningún miembro. Haga su cita con su médico de cabecera.",
     "ALLOW", "recall", "sms", "es", [],
     ["primary-care", "broadcast", "hard-negative"], "Generic primary care for every member (README: annual check-up is not revealing)."),
    ("cu0067", "Reminder: your child's well-child visit and flu shot are due. Tap to find an in-network pediatrician near you.",
     "REWRITE", "recall", "push", "en",
     [("well-child", "PROCEDURE"), ("flu shot", "PROCEDURE"), ("pediatrician", "SPECIALTY")],
     ["pediatrics", "minor"], "A dependent's routine visit logistics is REWRITE (README), on a lock-screen push."),
    ("cu0068", "Time to refill your rosuvastatin 10 mg? Switch to 90-day home delivery and pay $0. Reply MAIL to switch or STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("rosuvastatin 10 mg", "MEDICATION")],
     ["pharmacy"], "Medication name in a refill offer goes; the offer survives."),
    ("cu0069", "This is Sunrise Medicare Advantage calling for Eleanor Vance. Our records show you were seen in the emergency room on October 3rd after a fall that caused a hip fracture. A nurse would like to go over home safety with you. Please call 1-877-555-0163.",
     "BLOCK", "other", "voice", "en",
     [("Eleanor Vance", "NAME"), ("emergency room", "SPECIALTY"), ("October 3rd", "DATE"), ("fall", "CONDITION"), ("hip fracture", "CONDITION"), ("1-877-555-0163", "PHONE")],
     ["orthopedics", "urgent-care", "practice-contact"], "A finding (fracture) about the named member on a voicemail. Judgements: the fall is CONDITION (decision 12), 'emergency room' SPECIALTY (decision 11)."),
    ("cu0070", "Crestline members: flu shots are $0 at any in-network pharmacy. Find one near you at crestline.example/flu.",
     "ALLOW", "marketing", "sms", "en",
     [("crestline.example/flu", "URL")],
     ["general", "broadcast", "practice-contact"], "Broadcast to every member; the service is not the recipient's own (README)."),
    ("cu0071", "Thanks for stopping by the Healthy Heart screening event! Your results: total cholesterol 248 (high), blood pressure 152/96. We recommend following up with your primary care doctor within a month.",
     "BLOCK", "result", "email", "en",
     [("total cholesterol", "PROCEDURE"), ("248", "RESULT"), ("high", "RESULT"), ("blood pressure", "PROCEDURE"), ("152/96", "RESULT")],
     ["cardiology", "lab"], "Values and a flag in an e-mail are results (DESIGN); the flag is its own span (README)."),
    ("cu0072", "pls get ur A1c + eye exam done b4 12/31 to earn ur $50 reward card!! questions call 1-855-555-0133",
     "REWRITE", "recall", "sms", "en",
     [("A1c", "PROCEDURE"), ("12/31", "DATE"), ("1-855-555-0133", "PHONE")],
     ["primary-care", "shorthand", "practice-contact"], "A1c targeted at the member implies diabetes monitoring; a plain 'eye exam' is generic and stays unlabelled (judgement)."),
)

# ---------------------------------------------------------------- batch 7 (cu0073-cu0084): wellness incentives and rewards
add(
    ("cu0073", "You earned 250 Thrive points this month! Redeem them for gift cards in the rewards store.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "Points balance; nothing clinical or identifying."),
    ("cu0074", "Congrats Keisha! You earned a $25 reward for completing your mammogram. It will be loaded to your Crestline Rewards card in 2-3 weeks.",
     "REWRITE", "other", "sms", "en",
     [("Keisha", "NAME"), ("mammogram", "PROCEDURE")],
     ["imaging"], "The reward survives without the name and the test the member completed."),
    ("cu0075", "Bluewater Health Member Newsletter - Spring Edition\n\nMoney matters: If your health savings account has a healthy balance, now is a good time to learn what it can pay for, from eyeglasses to sunscreen. Unused funds roll over every year.\n\nGet moving: Spring is perfect for enjoying the benefits of walking, gardening or a weekend bike ride. Small steps really do add up.\n\nIn the news: Thank you to everyone who read the local coverage of our volunteer day at the riverfront. More than 80 employees helped plant trees.\n\nMark your calendar: Member Appreciation Day is back this summer with free snacks, games and benefits help.\n\nPlan B for rainy weekends: our free online yoga and stretching classes run every Saturday morning, no sign-up needed.\n\nYou are receiving this newsletter because you are a Bluewater Health member. To stop these e-mails, use the unsubscribe link below.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alikes only: a 'healthy balance', the 'benefits of walking', news 'coverage', Member Appreciation Day, 'Plan B' for rainy weekends."),
    ("cu0076", "Thanks for completing your biometric screening! Your BMI is 34.1 and your fasting glucose was 131, so you qualify for our Diabetes Prevention Program. Reply JOIN to enroll.",
     "BLOCK", "result", "sms", "en",
     [("BMI", "PROCEDURE"), ("34.1", "RESULT"), ("fasting glucose", "PROCEDURE"), ("131", "RESULT"), ("Diabetes Prevention Program", "PROCEDURE")],
     ["lab", "primary-care"], "Measured values are results. Judgements: 'biometric screening' in a wellness programme is generic (decision 8); the named programme is one PROCEDURE span (decision 7)."),
    ("cu0077", "¡Felicidades, Rosa! Ganó una tarjeta de regalo de $20 por hacerse su prueba de Papanicolaou. Le llegará por correo en 2 a 3 semanas.",
     "REWRITE", "other", "sms", "es",
     [("Rosa", "NAME"), ("prueba de Papanicolaou", "PROCEDURE")],
     ["reproductive"], "Incentive notice: name and the screening go, the gift card survives."),
    ("cu0078", "Step challenge starts Monday! Sync your tracker and walk your way to a $10 reward.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "A step challenge, not step therapy."),
    ("cu0079", "You're enrolled in QuitWell! Finish 4 coaching calls and we'll ship free nicotine patches to 88 Birch Hollow Rd, Millbrook, NY 12545.",
     "REWRITE", "confirmation", "sms", "en",
     [("QuitWell", "PROCEDURE"), ("nicotine patches", "MEDICATION"), ("88 Birch Hollow Rd, Millbrook, NY 12545", "ADDRESS")],
     ["primary-care"], "Enrolment survives without the programme, the product and the home address. Judgement: a programme name that reveals tobacco use is PROCEDURE (decision 7)."),
    ("cu0080", "2027 Wellness Rewards are here! Earn up to $200 a year for things like a yearly physical, a dental cleaning or a flu shot. See the full list and how to claim at bluewater.example/rewards.",
     "ALLOW", "marketing", "email", "en",
     [("bluewater.example/rewards", "URL")],
     ["general", "broadcast", "practice-contact"], "Judgement (decision 13): services listed in a broadcast say nothing about the recipient and are not labelled."),
    ("cu0081", "Great job, Tom! You're down 14 lbs since starting Wegovy. Keep it up - your next weigh-in is 4/2.",
     "BLOCK", "result", "sms", "en",
     [("Tom", "NAME"), ("14 lbs", "RESULT"), ("Wegovy", "MEDICATION"), ("weigh-in", "PROCEDURE"), ("4/2", "DATE")],
     ["primary-care"], "A measured change in weight on a drug is a result; the message is the result."),
    ("cu0082", "¡Este sábado es el Día de Apreciación al Miembro! Rifas, comida y ayuda con sus beneficios, de 10 a 2 en el centro comunitario. ¡Traiga a su familia!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Member Appreciation Day broadcast in Spanish."),
    ("cu0083", "Hi, this is Joy from Keystone Health Plan member services, returning your call about your rewards card. Please call us back at 1-888-555-0104. Thanks, and have a great day.",
     "ALLOW", "other", "voice", "en",
     [("Joy", "PROVIDER"), ("1-888-555-0104", "PHONE")],
     ["general", "practice-contact"], "Look-alike: 'Joy' is the staff caller (PROVIDER, decision 1); a rewards-card call-back is not clinical."),
    ("cu0084", "Bluewater Health: your post\u200bpartum check-up is due soon. Complete it in the next 3 weeks to earn a $50 gift card.",
     "REWRITE", "reminder", "sms", "en",
     [("post\u200bpartum", "PROCEDURE")],
     ["reproductive"], "Zero-width space inside 'postpartum' (a visit type; 'check-up' generic outside); the incentive survives."),
)

# ---------------------------------------------------------------- batch 8 (cu0085-cu0096): ID cards, account notices, mail-order and specialty pharmacy
add(
    ("cu0085", "Your new member ID card is on the way and should arrive in 7-10 business days. Keep using your current card until then.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "ID-card notice without any number."),
    ("cu0086", "Here is your digital ID card.\nMember: Samuel Achterberg\nMember ID: KHP-771-20-4418\nGroup: 00918\nRxBIN: 610555  RxPCN: KHPRX\nPCP: Dr. Lena Holt\nCopays: PCP $20 / Specialist $45 / ER $250\nShow this card at your visits and at the pharmacy.",
     "REWRITE", "other", "email", "en",
     [("Samuel Achterberg", "NAME"), ("KHP-771-20-4418", "HEALTH_PLAN_ID"), ("00918", "HEALTH_PLAN_ID"), ("Dr. Lena Holt", "PROVIDER")],
     ["general", "identifier"], "Name, member and group numbers go by e-mail. Judgements (decision 3): the group number is HEALTH_PLAN_ID; RxBIN/RxPCN are processor codes shared by all members and not labelled; the copay table's 'ER' is plan-wide (decision 11)."),
    ("cu0087", "Your Medicare card information is on file.\nName: Aiyana Redcloud\nMedicare Beneficiary Identifier: 4QT7-JX2-RN58\nPart A effective 03/01/2024\nPlan: Sunrise Medicare Advantage (HMO)",
     "ALLOW", "portal-notice", "portal", "en",
     [("Aiyana Redcloud", "NAME"), ("4QT7-JX2-RN58", "HEALTH_PLAN_ID"), ("03/01/2024", "DATE")],
     ["general", "identifier"], "Inside the portal the name and beneficiary number may stay. Judgement: an MBI is HEALTH_PLAN_ID (decision 3)."),
    ("cu0088", "Account set up for Jasmine Ortiz, Medicaid ID 91442087C, date of birth 08/30/1989. If you did not request this, call 1-866-555-0119.",
     "BLOCK", "other", "sms", "en",
     [("Jasmine Ortiz", "NAME"), ("91442087C", "HEALTH_PLAN_ID"), ("08/30/1989", "DATE"), ("1-866-555-0119", "PHONE")],
     ["general", "dob", "identifier", "practice-contact"], "Full date of birth with the name (and a Medicaid ID) is BLOCK (README)."),
    ("cu0089", "Your password was changed. If this wasn't you, contact us right away.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "Security notice; nothing about health or identity."),
    ("cu0090", "Crestline: 418266 is your verification code. It expires in 10 minutes. Never share it with anyone.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time code is not an identifier of the patient (README)."),
    ("cu0091", "Your Lumen Rx home delivery order shipped: Eliquis 5 mg (90 tablets). Track it at lumenrx.example/t/8XK2QW7?m=55104",
     "REWRITE", "pickup", "sms", "en",
     [("Eliquis 5 mg", "MEDICATION"), ("lumenrx.example/t/8XK2QW7?m=55104", "URL")],
     ["pharmacy"], "Drug name and a tracking link with a member parameter are patient-specific (README: URL with a query parameter is REWRITE)."),
    ("cu0092", "Meridian Specialty Pharmacy: your cold-pack delivery arrives Thu 6/11 between 9 and 5. An adult must be home to sign.",
     "REWRITE", "pickup", "sms", "en",
     [("Meridian Specialty Pharmacy", "SPECIALTY"), ("6/11", "DATE")],
     ["pharmacy"], "A specialty-pharmacy name is specialty-revealing (README); the delivery window survives."),
    ("cu0093", "Su pedido de farmacia por correo fue enviado y llegará en 3 a 5 días hábiles. ¡Gracias por usar nuestro servicio de entrega a domicilio!",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "hard-negative"], "Shipping notice with no drug, name or link."),
    ("cu0094", "This is Lumen Rx calling about prescriptions for Andre Whitaker. Our pharmacist found that the new clarithromycin can interact with simvastatin 40 mg. Please do not take the simvastatin until your doctor calls you back. Call 1-800-555-0188 with questions.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Andre Whitaker", "NAME"), ("clarithromycin", "MEDICATION"), ("simvastatin 40 mg", "MEDICATION"), ("simvastatin", "MEDICATION", 1), ("1-800-555-0188", "PHONE")],
     ["pharmacy", "practice-contact"], "A drug-interaction warning that tells the member to stop a drug is a treatment instruction (DESIGN)."),
    ("cu0095", "Dear Ms. Petrakis,\n\nWelcome to Lumen Rx Home Delivery! We received the new prescription from Dr. Yusuf Karimi for levothyroxine 75 mcg, Rx #6620934, a 90-day supply.\n\nWe will ship it to the address on your account:\n2207 Juniper St, Unit B, Camden, NJ 08104\n\nYour order usually arrives within 5 to 7 business days after it ships. You'll get a text with tracking when it leaves our pharmacy. To change the address or the payment card, sign in at lumenrx.example or call us at 1-800-555-0188 (TTY 711), 24 hours a day.\n\nQuestions about your medication? E-mail our pharmacists at rxhelp@lumenrx.example.\n\nThank you,\nLumen Rx Member Care",
     "REWRITE", "other", "email", "en",
     [("Petrakis", "NAME"), ("Dr. Yusuf Karimi", "PROVIDER"), ("levothyroxine 75 mcg", "MEDICATION"), ("6620934", "OTHER_ID"), ("2207 Juniper St, Unit B, Camden, NJ 08104", "ADDRESS"), ("lumenrx.example", "URL"), ("1-800-555-0188", "PHONE"), ("rxhelp@lumenrx.example", "EMAIL")],
     ["pharmacy", "identifier", "practice-contact"], "Welcome e-mail: name, drug, Rx number and the member's address go; the pharmacy's own site, phone and e-mail stay (README: Rx numbers OTHER_ID)."),
    ("cu0096", "Lumen Rx: your Humira Pen refill is ready to schedule. Tap to choose a delivery date.",
     "REWRITE", "pickup", "push", "en",
     [("Humira Pen", "MEDICATION")],
     ["pharmacy"], "Drug name on a lock-screen push; the scheduling prompt survives (decision 15 for 'Pen')."),
)

# ---------------------------------------------------------------- batch 9 (cu0097-cu0108): Medicaid and Medicare Advantage notices, benefits, disguises
add(
    ("cu0097", "Time to renew your Medicaid coverage! Send back your renewal form by the due date on your letter so you don't lose benefits. Free help is available.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Renewal broadcast; 'Medicaid' names a payer, not a condition (decision 6)."),
    ("cu0098", "Es hora de renovar su Medicaid. Envíe su formulario antes de la fecha límite que aparece en su carta para no perder su cobertura. La ayuda es gratis.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Spanish renewal broadcast; no date, no identifier."),
    ("cu0099", "Your 2027 Annual Notice of Change is here. Good news: your monthly premium stays at $0, your dental allowance goes up, and our plan earned 4.5 out of 5 stars. Read the full notice at sunrisema.example/anoc or call 1-877-555-0163 (TTY 711) with questions. Sunrise Medicare Advantage",
     "ALLOW", "other", "email", "en",
     [("sunrisema.example/anoc", "URL"), ("1-877-555-0163", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Plan-wide notice with the plan's own link and phone; 'dental allowance' is a benefit, not a visit."),
    ("cu0100", "Your ride to dialysis at Riverbend Kidney Center is booked for Mon 3/9. Pickup at 6:15 AM from 340 Alder Ave. Reply C to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("dialysis", "PROCEDURE"), ("Riverbend Kidney Center", "SPECIALTY"), ("3/9", "DATE"), ("340 Alder Ave", "ADDRESS")],
     ["dialysis"], "Transport benefit: treatment, dialysis-centre name and the member's pickup address go; date and time survive."),
    ("cu0101", "Hi, it's Sam from your plan's care team. Great news on your last v i r a l   l o a d - undetectable! Keep doing what you're doing.",
     "BLOCK", "result", "sms", "en",
     [("Sam", "PROVIDER"), ("v i r a l   l o a d", "PROCEDURE"), ("undetectable", "RESULT")],
     ["hiv-sexual-health", "spaced"], "A spaced-out test name and its result: a result is BLOCK however it is written."),
    ("cu0102", "Keystone Health Plan: your referral to \u0441ardiology with Dr. Imani Brooks is approved through 9/30. No further action is needed.",
     "REWRITE", "other", "sms", "en",
     [("\u0441ardiology", "SPECIALTY"), ("Dr. Imani Brooks", "PROVIDER"), ("9/30", "DATE")],
     ["cardiology"], "Cyrillic 'с' in 'cardiology'; the specialty goes and the approval survives."),
    ("cu0103", "Hi Carla,\n\nThanks for calling as your mom's authorized representative. I reviewed Mrs. Rinaldi's chart: the neurologist added donepezil 10 mg for her dementia last month, and she has had two falls since. I'd like to set up a home safety visit and talk about adult day programs.\n\nPlease call me at 1-888-555-0177 ext. 2210.\n\nRenée Castellanos, RN\nKeystone Health Plan Care Management",
     "BLOCK", "other", "email", "en",
     [("Carla", "NAME"), ("Rinaldi", "NAME"), ("neurologist", "SPECIALTY"), ("donepezil 10 mg", "MEDICATION"), ("dementia", "CONDITION"), ("falls", "CONDITION"), ("1-888-555-0177", "PHONE"), ("Renée Castellanos, RN", "PROVIDER")],
     ["home-health", "third-party", "practice-contact"], "A parent's medication and diagnosis sent to the daughter (an authorized representative, but still by e-mail): third party's health is BLOCK. Judgement: falls are CONDITION (decision 12); the extension stays outside the phone span."),
    ("cu0104", "Our weekend call center coverage is changing: Member Services is now open Saturdays from 9 to 1. Weekday hours stay the same.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Coverage' of a call centre's shifts, not insurance coverage."),
    ("cu0105", "Keystone Health Plan: Dr. Farah Idris is now your assigned primary care provider. Your new ID card with her name is in the mail.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Farah Idris", "PROVIDER")],
     ["primary-care"], "PCP assignment names only the provider; primary care is generic (README)."),
    ("cu0106", "Estimado Sr. Villalobos:\n\nRecibimos el aviso de su hospitalización del 2 de mayo por insuficiencia cardíaca. Para ayudarle en su recuperación, una enfermera de nuestro programa lo llamará esta semana para revisar sus medicamentos y su cita de seguimiento con el cardiólogo.\n\nSi necesita algo antes, llámenos al 1-855-555-0136.\n\nAtentamente,\nPlan Vida Salud - Manejo de Casos",
     "BLOCK", "other", "email", "es",
     [("Villalobos", "NAME"), ("2 de mayo", "DATE"), ("insuficiencia cardíaca", "CONDITION"), ("cardiólogo", "SPECIALTY"), ("1-855-555-0136", "PHONE")],
     ["cardiology", "practice-contact"], "States the reason for the member's hospitalization, a diagnosis (decision 4)."),
    ("cu0107", "Sunrise MA: your $75 OTC allowance reloaded today. Shop online at sunrisema.example/otc or at any participating store.",
     "ALLOW", "other", "sms", "en",
     [("sunrisema.example/otc", "URL")],
     ["general", "practice-contact"], "Over-the-counter allowance is a benefit balance, not a drug."),
    ("cu0108", "Drug safety alert: you filled tramadol at 3 different pharmacies this month. You have been enrolled in our Pharmacy Lock-In Program with Oak Street Pharmacy.",
     "BLOCK", "other", "push", "en",
     [("tramadol", "MEDICATION"), ("Pharmacy Lock-In Program", "PROCEDURE")],
     ["pharmacy", "substance-use"], "A finding about the member's controlled-substance use, on a lock-screen push; removal leaves no message. Judgement: the lock-in programme is PROCEDURE (decision 7)."),
)

# ---------------------------------------------------------------- batch 10 (cu0109-cu0120): nurse lines, referrals, care plans, utilization review
add(
    ("cu0109", "Not sure if you need the ER? Our Nurse Advice Line is open 24/7 at 1-800-555-0111 and it's free for all Crestline members.",
     "ALLOW", "other", "sms", "en",
     [("1-800-555-0111", "PHONE")],
     ["urgent-care", "broadcast", "practice-contact"], "Plan-wide nurse line; 'ER' in a broadcast is not about the recipient (decision 11); 24/7 is not a date (README)."),
    ("cu0110", "Your referral to Dr. Kenji Morita at Lakeside Orthopedics for 6 visits is approved through 8/31. Ref# RF-30047.",
     "REWRITE", "other", "sms", "en",
     [("Dr. Kenji Morita", "PROVIDER"), ("Lakeside Orthopedics", "SPECIALTY"), ("8/31", "DATE"), ("RF-30047", "OTHER_ID")],
     ["orthopedics", "identifier"], "Orthopedic practice name is specialty-revealing (README); referral numbers are OTHER_ID (decision 3)."),
    ("cu0111", "Care plan update from Joy Carr, RN\nGoals we set together:\n1. Keep your blood pressure under 130/80 - check it at home 3 mornings a week.\n2. Take lisinopril 10 mg every morning.\n3. Walk 20 minutes most days.\nYour next check-in call is 7/14.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Joy Carr, RN", "PROVIDER"), ("blood pressure", "PROCEDURE"), ("lisinopril 10 mg", "MEDICATION"), ("7/14", "DATE")],
     ["cardiology", "primary-care"], "Portal: a dose instruction may stay (README). Judgement: the 130/80 goal is a target, not a result (decision 9)."),
    ("cu0112", "Hola, le informamos que el plan ya cubre el inhalador Flovent de su hijo Mateo. Déle 2 inhalaciones cada 12 horas y enjuáguele la boca después.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Flovent", "MEDICATION"), ("Mateo", "NAME")],
     ["pharmacy", "pediatrics", "third-party", "minor"], "A child's medication and dosing sent to the parent: third party's health and a dosing instruction (README)."),
    ("cu0113", "Balance update: your flexible spending account has $312.40 left. Remember to use it before the plan year ends.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "An account balance with an amount; no account number."),
    ("cu0114", "Dear Ms. Fairbanks,\n\nWelcome to Keystone Health Plan's CKD care program! This free program pairs you with a nurse care manager who can help you get ready for visits, understand your benefits and find community resources.\n\nYour care manager is Marguerite Osei, RN. She will call you from 1-888-555-0177 in the next week. If you'd rather pick a time, reply to this e-mail or call her directly.\n\nWhat to expect: a first call of about 30 minutes, then check-ins every few weeks, by phone or video, whichever you prefer. Bring your questions and a list of the medicines you take, including vitamins.\n\nYou can leave the program at any time, and it will never change your benefits.\n\nWarm regards,\nKeystone Health Plan Care Management\ncaremanagement@keystonehp.example",
     "REWRITE", "confirmation", "email", "en",
     [("Fairbanks", "NAME"), ("CKD", "CONDITION"), ("Marguerite Osei, RN", "PROVIDER"), ("1-888-555-0177", "PHONE"), ("caremanagement@keystonehp.example", "EMAIL")],
     ["primary-care", "practice-contact"], "The condition only labels the programme (decision 4): the welcome survives without it and the name; the plan's phone and e-mail stay."),
    ("cu0115", "Hola, este es un mensaje automático de Plan de Salud Horizonte con información importante sobre sus beneficios. Por favor devuélvanos la llamada al 1-866-555-0119, de lunes a viernes de 8 a 8. Gracias.",
     "ALLOW", "other", "voice", "es",
     [("1-866-555-0119", "PHONE")],
     ["general", "practice-contact"], "Automated call-back request with the plan's own number only."),
    ("cu0116", "Your prior authorization for Suboxone 8mg-2mg film was approved. Remember: dissolve 1 film under your tongue once a day, and do not mix it with alcohol or sleeping pills.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Suboxone 8mg-2mg film", "MEDICATION"), ("sleeping pills", "MEDICATION")],
     ["substance-use", "pharmacy"], "An approval that adds dosing instructions for an opioid-use-disorder drug is BLOCK (decision 5)."),
    ("cu0117", "Lumen Rx: su insulina Lantus fue enviada a 415 Robles St Apt 2, Laredo TX 78040. Llegará el jueves. Vea el rastreo en la app.",
     "REWRITE", "pickup", "sms", "es",
     [("insulina Lantus", "MEDICATION"), ("415 Robles St Apt 2, Laredo TX 78040", "ADDRESS")],
     ["pharmacy"], "Shipping notice: the drug and the member's address go. Judgement: class word and brand form one span (decision 15)."),
    ("cu0118", "Open enrollment reminder: compare plans, check that your doctors are in network, and pick the coverage that fits your budget before the deadline.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Open-enrollment broadcast; no date or identifier."),
    ("cu0119", "Concurrent review notice\n\nMember: Owen Strickland\nFacility: Cedar Ridge Behavioral Hospital\nLevel of care: inpatient psychiatric\nDiagnosis: major depressive disorder, severe, with suicidal ideation (F32.2)\nDecision: continued stay approved through 4/14. Next review 4/14 with the attending, Dr. Halvorsen.\n\nThis notice is sent to the member, the facility and the attending physician.",
     "BLOCK", "other", "email", "en",
     [("Owen Strickland", "NAME"), ("Cedar Ridge Behavioral Hospital", "SPECIALTY"), ("inpatient psychiatric", "PROCEDURE"), ("major depressive disorder", "CONDITION"), ("severe", "RESULT"), ("suicidal ideation", "CONDITION"), ("F32.2", "CONDITION"), ("4/14", "DATE", 0), ("4/14", "DATE", 1), ("Dr. Halvorsen", "PROVIDER")],
     ["behavioral-health"], "A utilization-review notice with the diagnosis by e-mail (treated like SMS). README: a state a condition is in ('severe') is RESULT."),
    ("cu0120", "Crestline Health Plan: Dr. Haskell's office asked us to let you know your visit on 2/27 at 3:40 PM is covered - no referral needed.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Haskell", "PROVIDER"), ("2/27", "DATE")],
     ["primary-care"], "Provider, date and time; 'covered' with no service named."),
)

probe_lib.run(M, "cu", "probe96.jsonl")
