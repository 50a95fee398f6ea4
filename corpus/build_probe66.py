#!/usr/bin/env python3
"""Build corpus/probe66.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe66.py [OUT] [-v]   (default: probe66.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run,
and no other corpus, build script, source file or test was read).

This round is BILLING, INSURANCE AND PATIENT FINANCIAL SERVICES: what billing offices,
collection agencies, payment portals, insurers (EOBs, claim status, prior-authorization status),
good-faith-estimate and price-transparency tools, financial counselors, charity-care programs and
HSA/FSA administrators send: statements, balances, payment plans, declined cards, claims denied or
approved, estimates, deductible updates, receipts, Medicaid renewals, collections notices. Many
carry account, claim, authorization and member numbers, amounts, dates of service, CPT/ICD codes
or service descriptions that reveal care; denial and approval reasons that state findings; a
relative's care on a guarantor's bill. Hard negatives: amounts, deductibles, HSA limits, card
last-four digits, payment confirmation numbers, the practice's tax ID and NPI, a "Code of
Conduct", promo codes, "claim"/"statement"/"balance" in other senses, IVR menus, generic office
visit codes. About 20% Spanish; four disguised messages (spaced letters, leet, a zero-width
space, Cyrillic look-alikes).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "AHI of [[4]]" searches for "AHI of 4"
      and labels only the bracketed part "4".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. A CPT, CDT or HCPCS procedure code is labelled PROCEDURE (the code itself, without "CPT"),
     and an ICD-10 code CONDITION (Z-codes for encounter reasons included), because each names
     the service or diagnosis as plainly as the words do. Generic evaluation-and-management codes
     for an ordinary office visit (99213, 99214) are not labelled, like `office visit`.
  2. A diagnosis or procedure that only labels a line item, a claim or an authorization
     (`claim for your colonoscopy`, `Botox injections (chronic migraine)`) is removable: REWRITE.
     When the reason for a denial, approval, discount or estimate states a finding, a value, a
     confirmed diagnosis or the patient's treatment history, the reason is the message: BLOCK.
  3. Patient account, guarantor and collection-agency reference numbers are ACCOUNT; claim,
     prior-authorization, invoice and Rx numbers are OTHER_ID; member and Medicare numbers are
     HEALTH_PLAN_ID. None is needed in an SMS, e-mail, push or voice message (the patient can
     log in or call), so each makes the message REWRITE, even with purpose `billing`.
  4. Not labelled (hard negatives): the last four digits of a payment card, a one-transaction
     payment confirmation or receipt number, the practice's own tax ID (EIN) and NPI, plan years,
     dollar amounts, percentages, tax-form names, promo codes.
  5. Dates of service, statement dates and due dates are DATE spans and, like appointment dates,
     allowed; a recurring day of the month (`the 15th of each month`) is not a calendar date.
  6. Billing staff, financial counselors and collectors named as sender or contact are workforce:
     PROVIDER (a courtesy title such as `Mr.` stays outside, as for patients).
  7. A guarantor's bill that names a dependent or spouse with only a specialty name or routine
     visit is REWRITE; one that names the relative's sensitive service, condition, medication or
     result is third-party health: BLOCK (README's third-party convention applied to bills).
  8. An itemized receipt or EOB sent by e-mail is held to the SMS standard even when the patient
     needs the service line for HSA/FSA substantiation: REWRITE, and the portal copy is ALLOW.
  9. A sig (`1 tab twice daily`, `1 film under the tongue daily`) in a pickup or copay notice is a
     dosing instruction: BLOCK; it has no span category of its own, the drug is the span.
 10. Purposes: statements, estimates, EOBs, receipts and collections -> billing; prior-
     authorization status -> other; Rx ready -> pickup; "statement ready, log in" -> portal-notice;
     promotions -> marketing.
 11. `emergencia` (emergency-department services) is a specialty-revealing service word
     (urgent care); a dialysis, imaging, eye, spine or counseling practice name is SPECIALTY
     (README), an ordinary hospital, surgery-center or reference-lab name is not.
 12. A hypothetical clinical word in an estimate (`si se extirpan pólipos`) is still labelled,
     with the tag `negation`; a contrast qualifier ordered with a scan (`with contrast`) is part
     of the PROCEDURE span.

Everything is invented: names, practices, insurers, 555-01xx numbers, example domains,
identifiers; SSNs and the Medicare number are well-known specimen values. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (bq0001-bq0012): statements and balances
add(
    ("bq0001", "Maple Ridge Medical Group: Your new statement is ready. View and pay securely in the patient portal, or call (608) 555-0112 Mon-Fri 8am-5pm. Reply STOP to opt out.",
     "ALLOW", "portal-notice", "sms", "en",
     [("(608) 555-0112", "PHONE")],
     ["general", "practice-contact"], "Statement-ready notice from a generic practice with its own phone; nothing about the recipient's care."),
    ("bq0002", "Hi Tomasz, you have a balance of $84.20 for your 09/18 visit at Lakeview Dermatology. Pay at lakeviewderm.example.com/pay or call (312) 555-0143.",
     "REWRITE", "billing", "sms", "en",
     [("Tomasz", "NAME"), ("09/18", "DATE"), ("Lakeview Dermatology", "SPECIALTY"), ("lakeviewderm.example.com/pay", "URL"), ("(312) 555-0143", "PHONE")],
     ["dermatology", "practice-contact"], "Name and dermatology practice name go; amount, date of service (decision 5), the practice's own link and phone survive."),
    ("bq0003", "Northside Family Practice: acct #4471-0093 is past due ($312.00). Pls pay by 11/30 to avoid referral to an outside agency. Questions: (614) 555-0177 M-F 8-4:30",
     "REWRITE", "billing", "sms", "en",
     [("4471-0093", "ACCOUNT"), ("11/30", "DATE"), ("(614) 555-0177", "PHONE")],
     ["primary-care", "practice-contact", "shorthand"], "The account number is not needed in a text (decision 3); due date, amount and the practice's phone stay."),
    ("bq0004", "Good news: you've met $1,850.00 of your $3,000.00 in-network deductible for 2027. Your out-of-pocket max is $6,500. Details in the Bluegate Health app.",
     "ALLOW", "billing", "push", "en", [],
     ["general", "hard-negative"], "Deductible amounts and a plan year are not health information or identifiers (decision 4)."),
    ("bq0005", "Subject: Your claim was not approved\n\nDear Member,\nWe reviewed claim 7Q2210048 for services on 08/14. The claim for continuous glucose monitor supplies was denied because your records show type 2 diabetes managed without insulin, which does not meet our coverage criteria. You can appeal within 180 days. Call Member Services at 1-800-555-0199 (TTY 711).\n\nCrestline Health Plan",
     "BLOCK", "billing", "email", "en",
     [("7Q2210048", "OTHER_ID"), ("08/14", "DATE"), ("continuous glucose monitor", "PROCEDURE"), ("type 2 diabetes", "CONDITION"), ("insulin", "MEDICATION"), ("1-800-555-0199", "PHONE")],
     ["general", "practice-contact"], "The denial reason states the diagnosis and the treatment status; removing them leaves no reason, so the reason is the message (decision 2). Device is PROCEDURE."),
    ("bq0006", "Reminder from Pinecrest Imaging: your estimated cost for the MRI of the lumbar spine on 12/09 is $410 after insurance. Pay ahead at pinecrestimaging.example.com/estimate",
     "REWRITE", "billing", "sms", "en",
     [("Pinecrest Imaging", "SPECIALTY"), ("MRI of the lumbar spine", "PROCEDURE"), ("12/09", "DATE"), ("pinecrestimaging.example.com/estimate", "URL")],
     ["imaging", "practice-contact"], "Imaging name and the scan go; estimate amount, date and the practice's own link stay."),
    ("bq0007", "Su pago de $125.50 con la tarjeta terminada en 8802 fue recibido. Saldo pendiente: $0.00. Número de recibo: R-20931. ¡Gracias!",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative"], "Card last four and a one-payment receipt number are not patient identifiers (decision 4)."),
    ("bq0008", "Hi Renata, your balance of $95 is for the pregnancy test and ultrasound on 10/21. Since it confirmed you're about 7 weeks along, your OB visits from here on are billed as one global package.",
     "BLOCK", "billing", "sms", "en",
     [("Renata", "NAME"), ("pregnancy test", "PROCEDURE"), ("ultrasound", "PROCEDURE"), ("10/21", "DATE"), ("7 weeks along", "RESULT"), ("OB", "SPECIALTY")],
     ["reproductive"], "A billing explanation that states a finding (pregnancy and its age) - the finding cannot be removed without losing the explanation."),
    ("bq0009", "Dear Mr. Haddad,\n\nThank you for choosing Riverside Cardiology Associates. Your statement dated 11/02 shows a patient balance of $226.40 for the echocardiogram performed on 10/07 (CPT 93306). Your insurer, Crestline Health Plan, paid $611.60 and applied the rest to your deductible.\n\nYou can pay online at riversidecardio.example.com/billpay, set up a 0% payment plan, or call our billing office at (415) 555-0138.\n\nIf you have questions about how your claim was processed, please contact Crestline Health Plan first using the number on your member ID card. If you think you may qualify for financial assistance, ask us for an application - we review every request within 30 days.\n\nPlease do not reply to this e-mail; this mailbox is not monitored.\n\nThank you,\nPatient Financial Services",
     "REWRITE", "billing", "email", "en",
     [("Haddad", "NAME"), ("Riverside Cardiology Associates", "SPECIALTY"), ("11/02", "DATE"), ("echocardiogram", "PROCEDURE"), ("10/07", "DATE"), ("93306", "PROCEDURE"), ("riversidecardio.example.com/billpay", "URL"), ("(415) 555-0138", "PHONE")],
     ["cardiology", "practice-contact"], "Name, cardiology name, test and its CPT code (decision 1) go; balance, dates and the practice's contacts survive."),
    ("bq0010", "Payment received - thank you! Amount: $150.00. Confirmation #PX-88213-Q. It may take 1-2 business days to show on your account. - Elmwood Health Billing",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "A payment confirmation number identifies one transaction, like an appointment confirmation code (decision 4)."),
    ("bq0011", "Hola Sra. Villalobos, le recordamos que tiene un saldo de $58.00 de su consulta del 14 de octubre en Centro Dental Sonrisas. Puede pagar en centrodentalsonrisas.example.com/pagos o al (956) 555-0124.",
     "REWRITE", "billing", "sms", "es",
     [("Villalobos", "NAME"), ("14 de octubre", "DATE"), ("Centro Dental Sonrisas", "SPECIALTY"), ("centrodentalsonrisas.example.com/pagos", "URL"), ("(956) 555-0124", "PHONE")],
     ["dental", "practice-contact"], "Name and dental practice name go; the balance, date and the practice's own contacts stay."),
    ("bq0012", "Hello, this message is for Gerald Pike. This is Sandra from Bayview Medical Billing calling about your account. To verify, we have your date of birth as June 3rd, 1948. Please call us back at 503-555-0161 at your earliest convenience.",
     "BLOCK", "billing", "voice", "en",
     [("Gerald Pike", "NAME"), ("Sandra", "PROVIDER"), ("June 3rd, 1948", "DATE"), ("503-555-0161", "PHONE")],
     ["general", "dob", "practice-contact"], "Full date of birth with the patient's name on a voicemail (README: BLOCK); the caller is workforce (decision 6)."),
)

# ---------------------------------------------------------------- batch 2 (bq0013-bq0024): payment plans, declined cards, collections
add(
    ("bq0013", "Your card ending in 4417 was declined for today's scheduled payment of $75.00. Update your card in the portal and we'll retry in 3 days. Reply HELP for help.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "The last four digits of a payment card are not a patient identifier (decision 4); nothing clinical."),
    ("bq0014", "Hi Priya, your payment plan is set: 6 payments of $112.50 starting 01/15 for account 000582214. Auto-pay will use your card on file. - Oakhurst Orthopedics",
     "REWRITE", "billing", "sms", "en",
     [("Priya", "NAME"), ("01/15", "DATE"), ("000582214", "ACCOUNT"), ("Oakhurst Orthopedics", "SPECIALTY")],
     ["orthopedics"], "Name, account number (decision 3) and the orthopedic practice name go; the plan terms survive."),
    ("bq0015", "This communication is from a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose.\n\nRe: original creditor Harborview Behavioral Health, balance $740.00, reference HB-2290417.\n\nPlease contact Midstate Recovery Services at (317) 555-0186 or midstaterecovery.example.net to discuss payment options. Ask for Mr. Dale Porter.\n\nUnless you, within thirty days after receipt of this notice, dispute the validity of the debt or any portion of it, this office will assume the debt is valid. If you notify this office in writing within the thirty-day period that the debt, or any portion of it, is disputed, we will obtain verification of the debt and mail you a copy.",
     "REWRITE", "billing", "email", "en",
     [("Harborview Behavioral Health", "SPECIALTY"), ("HB-2290417", "ACCOUNT"), ("(317) 555-0186", "PHONE"), ("midstaterecovery.example.net", "URL"), ("Dale Porter", "PROVIDER")],
     ["behavioral-health", "practice-contact"], "The original creditor's name reveals behavioral-health care and the agency reference is an account number (decision 3); the collector is workforce (decision 6) and the agency's own contacts stay."),
    ("bq0016", "Hi Mr. Castellano, the $60 balance on your family account is the copay for your son Mateo's ADHD med check on 11/12. Pay at pay.example.com/family anytime.",
     "BLOCK", "billing", "sms", "en",
     [("Castellano", "NAME"), ("Mateo", "NAME"), ("ADHD", "CONDITION"), ("med check", "PROCEDURE"), ("11/12", "DATE"), ("pay.example.com/family", "URL")],
     ["pediatrics", "behavioral-health", "third-party", "minor"], "A dependent's condition sent to the guardian is third-party health (README; decision 7)."),
    ("bq0017", "Clínica Familiar del Valle: su plan de pagos fue aprobado. El primer pago de $40.00 vence el 5 de diciembre. Dudas: (559) 555-0130.",
     "ALLOW", "billing", "sms", "es",
     [("5 de diciembre", "DATE"), ("(559) 555-0130", "PHONE")],
     ["general", "practice-contact"], "Payment-plan approval from a generic clinic: a due date and the clinic's phone only."),
    ("bq0018", "Sr. Ortega, su tarjeta fue rechazada al intentar cobrar $120 de su sesión de fisioterapia. Actualice su método de pago en el portal o llame al (915) 555-0147.",
     "REWRITE", "billing", "sms", "es",
     [("Ortega", "NAME"), ("fisioterapia", "PROCEDURE"), ("(915) 555-0147", "PHONE")],
     ["physical-therapy", "practice-contact"], "Name and the therapy go; the declined-card request survives."),
    ("bq0019", "Midstate Recovery: To process your hardship request we need to confirm the SSN on file, 078-05-1120. Reply YES if correct or call 317-555-0186.",
     "BLOCK", "billing", "sms", "en",
     [("078-05-1120", "SSN"), ("317-555-0186", "PHONE")],
     ["general", "identifier", "practice-contact"], "A full SSN must never travel by text (DESIGN)."),
    ("bq0020", "Reminder: your payment plan installment posts automatically on the 15th of each month. No action needed. To change your payment date, reply CHANGE.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "A recurring day of the month is not a calendar date (decision 5); nothing about the recipient."),
    ("bq0021", "FINAL NOTICE: Wexford Women's Health account 88-301-72 ($260.00) will be sent to collections in 10 days unless paid. Call (860) 555-0115, option 2, to set up a plan.",
     "REWRITE", "billing", "sms", "en",
     [("Wexford Women's Health", "SPECIALTY"), ("88-301-72", "ACCOUNT"), ("(860) 555-0115", "PHONE")],
     ["reproductive", "practice-contact"], "Women's-health practice name and the account number go (decision 3); the final notice survives."),
    ("bq0022", "Hello Ms. Whitfield,\n\nYou are listed as the guarantor for Aiden Whitfield. The attached statement covers his intensive outpatient program for alcohol use disorder from 09/02 through 09/27, and the naltrexone injections given during the program. Your share after insurance is $1,180.00.\n\nBrookhaven Recovery Center Billing\n(502) 555-0172",
     "BLOCK", "billing", "email", "en",
     [("Whitfield", "NAME"), ("Aiden Whitfield", "NAME"), ("intensive outpatient program", "PROCEDURE"), ("alcohol use disorder", "CONDITION"), ("09/02", "DATE"), ("09/27", "DATE"), ("naltrexone injections", "MEDICATION"), ("Brookhaven Recovery Center", "SPECIALTY"), ("(502) 555-0172", "PHONE")],
     ["substance-use", "third-party", "practice-contact"], "The guarantor is told a relative's substance-use diagnosis and treatment: third-party health (decision 7), and Part 2 data."),
    ("bq0023", "Thank you for calling Patient Financial Services. To pay a bill, press 1. For questions about an estimate, press 2. For insurance or prior authorization status, press 3. For financial assistance, press 4. To repeat this menu, press 9.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "IVR menu; digits are menu keys, not identifiers."),
    ("bq0024", "Estimado Sr. Benítez:\n\nSu cuenta número 5532-0187 con Hospital Comunitario Las Palmas tiene un saldo vencido de $1,045.30 por servicios de emergencia del 2 de agosto. Si no recibimos su pago o no se comunica con nosotros antes del 30 de noviembre, la cuenta podría ser referida a una agencia de cobranza. Si ya realizó su pago, por favor ignore este aviso. Si tiene dificultades para pagar, puede solicitar un plan de pagos sin intereses o asistencia financiera; con gusto le enviamos la solicitud por correo.\n\nPuede llamarnos al (210) 555-0153 de lunes a viernes.\n\nAtentamente,\nDepartamento de Facturación",
     "REWRITE", "billing", "email", "es",
     [("Benítez", "NAME"), ("5532-0187", "ACCOUNT"), ("emergencia", "SPECIALTY"), ("2 de agosto", "DATE"), ("30 de noviembre", "DATE"), ("(210) 555-0153", "PHONE")],
     ["urgent-care", "practice-contact"], "Name, account number (decision 3) and the emergency-department service (decision 11) go; the past-due notice survives."),
)

# ---------------------------------------------------------------- batch 3 (bq0025-bq0036): EOBs and claim status
add(
    ("bq0025", "Crestline Health: Claim update - your claim for the visit with Dr. Ostrowski on 10/03 has been processed. You owe $35. Tap to view your EOB.",
     "ALLOW", "billing", "push", "en",
     [("Dr. Ostrowski", "PROVIDER"), ("10/03", "DATE")],
     ["general"], "Claim processed for an ordinary visit: provider and date of service are allowed (decision 5)."),
    ("bq0026", "Crestline Health: Your claim for colonoscopy with polyp removal (Claim #C-4481902) was processed. Tap to view your EOB.",
     "REWRITE", "billing", "push", "en",
     [("colonoscopy with polyp removal", "PROCEDURE"), ("C-4481902", "OTHER_ID")],
     ["general"], "The billed procedure only labels the claim (decision 2) and the claim number is not needed (decision 3); 'claim processed' survives on a lock screen."),
    ("bq0027", "Your Explanation of Benefits is ready.\nClaim 2026-118-40553, date of service 09/29, provider Summit Oncology Partners.\nService: bone marrow biopsy with pathology review.\nReviewer note: covered as medically necessary given the confirmed diagnosis of chronic lymphocytic leukemia.\nBilled $3,420.00; plan paid $2,980.00; you may owe $440.00.",
     "BLOCK", "billing", "email", "en",
     [("2026-118-40553", "OTHER_ID"), ("09/29", "DATE"), ("Summit Oncology Partners", "SPECIALTY"), ("bone marrow biopsy", "PROCEDURE"), ("chronic lymphocytic leukemia", "CONDITION")],
     ["oncology", "contrast"], "The EOB e-mail states a confirmed diagnosis as the coverage reason (decision 2); the portal copy (bq0028) is ALLOW."),
    ("bq0028", "Explanation of Benefits - Claim 2026-118-40561\nPatient: Lorraine Abbott\nDate of service: 09/29\nProvider: Summit Oncology Partners\nCPT 38221 (bone marrow biopsy), ICD-10 C91.10\nBilled $3,420.00 | Allowed $3,020.00 | Plan paid $2,980.00 | You owe $40.00",
     "ALLOW", "billing", "portal", "en",
     [("2026-118-40561", "OTHER_ID"), ("Lorraine Abbott", "NAME"), ("09/29", "DATE"), ("Summit Oncology Partners", "SPECIALTY"), ("38221", "PROCEDURE"), ("bone marrow biopsy", "PROCEDURE"), ("C91.10", "CONDITION")],
     ["oncology", "contrast"], "Inside the secure portal the EOB may carry the codes, name and diagnosis (README channel convention); codes labelled per decision 1."),
    ("bq0029", "Your claim with Keystone Mutual was denied: the provider is out of network for your plan. You may appeal within 180 days; call the number on the back of your member ID card.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "An administrative denial reason (network status) says nothing about the recipient's health; no number is given."),
    ("bq0030", "Sra. Duarte, su aseguradora negó la cobertura de Wegovy porque su IMC de 28 no cumple el requisito mínimo de 30. Podemos enviar una apelación si usted lo autoriza.",
     "BLOCK", "other", "sms", "es",
     [("Duarte", "NAME"), ("Wegovy", "MEDICATION"), ("IMC", "PROCEDURE"), ("IMC de [[28]]", "RESULT")],
     ["primary-care"], "The denial reason is the patient's BMI value: a result (decision 2). The plan's threshold (30) is a criterion, not a result."),
    ("bq0031", "Hi Jonah, good news - Keystone Mutual approved your claim for physical therapy visits 1-12 at Stride Physical Therapy. Member ID KMX448201937. No action is needed.",
     "REWRITE", "billing", "email", "en",
     [("Jonah", "NAME"), ("physical therapy", "PROCEDURE"), ("Stride Physical Therapy", "SPECIALTY"), ("KMX448201937", "HEALTH_PLAN_ID")],
     ["physical-therapy"], "Name, therapy, PT practice name and member ID go (decision 3); the approval survives."),
    ("bq0032", "Recuerde: su deducible y su máximo de gastos de bolsillo se reinician al comienzo de cada año del plan. Consulte su saldo en la app de Seguros Alameda.",
     "ALLOW", "billing", "push", "es", [],
     ["general", "hard-negative"], "General plan-year reminder; 'saldo' and 'deducible' are not health information."),
    ("bq0033", "Hi Carmen, Keystone denied the claim for your sleep study because the AHI of 4 didn't meet criteria for CPAP coverage. Dr. Feld can request a peer-to-peer review.",
     "BLOCK", "billing", "sms", "en",
     [("Carmen", "NAME"), ("sleep study", "PROCEDURE"), ("AHI", "PROCEDURE"), ("AHI of [[4]]", "RESULT"), ("CPAP", "PROCEDURE"), ("Dr. Feld", "PROVIDER")],
     ["general"], "The denial reason is a test value (AHI 4): the measure is a PROCEDURE and its value a RESULT (README), so the reason is the message."),
    ("bq0034", "Keystone Mutual: we received your claim for services on 10/19. Processing usually takes 14-30 days. Check status anytime at keystonemutual.example.com/claims.",
     "ALLOW", "billing", "sms", "en",
     [("10/19", "DATE"), ("keystonemutual.example.com/claims", "URL")],
     ["general", "practice-contact"], "Date of service and the insurer's own site only (decision 5); '14-30 days' is not a date."),
    ("bq0035", "Hi, this is Marcus from Cobalt Billing Solutions calling on behalf of Glenview Gastroenterology for Ruth Ann Kessler. We're calling about the balance from your endoscopy. Please return our call at 614-555-0109, reference number 77-43018.",
     "REWRITE", "billing", "voice", "en",
     [("Marcus", "PROVIDER"), ("Glenview Gastroenterology", "SPECIALTY"), ("Ruth Ann Kessler", "NAME"), ("endoscopy", "PROCEDURE"), ("614-555-0109", "PHONE"), ("77-43018", "ACCOUNT")],
     ["general", "practice-contact"], "Voicemail can be overheard: specialty practice, name, procedure and reference number go; the call-back survives. The billing vendor's caller is workforce (decision 6)."),
    ("bq0036", "Subject: Our updated Patient Code of Conduct\n\nTo keep our clinics safe for everyone, we've updated our Code of Conduct. Abusive language toward staff, including billing staff, is not tolerated, and repeated violations may lead to dismissal from the practice. Read it in full at the front desk or in the portal's Documents tab.\n\nThank you,\nWillow Creek Health Partners",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "'Code' of conduct is not a billing or diagnosis code; a notice sent to every patient."),
)

# ---------------------------------------------------------------- batch 4 (bq0037-bq0048): prior authorization
add(
    ("bq0037", "Prior auth update: your authorization for the CT abdomen/pelvis with contrast is APPROVED. Auth #PA-5520814, valid through 01/31. Call Pinecrest Imaging to schedule: (608) 555-0119.",
     "REWRITE", "other", "sms", "en",
     [("CT abdomen/pelvis with contrast", "PROCEDURE"), ("PA-5520814", "OTHER_ID"), ("01/31", "DATE"), ("Pinecrest Imaging", "SPECIALTY"), ("(608) 555-0119", "PHONE")],
     ["imaging", "practice-contact"], "Scan (with its contrast qualifier, decision 12), authorization number (decision 3) and imaging name go; approval, validity date and call-to-schedule survive."),
    ("bq0038", "Your PA for Humira was denied - Keystone requires a trial of methotrexate first. Dr. Amadi's office will submit an appeal showing you already failed MTX in 2024.",
     "BLOCK", "other", "sms", "en",
     [("Humira", "MEDICATION"), ("methotrexate", "MEDICATION"), ("Dr. Amadi", "PROVIDER"), ("MTX", "MEDICATION")],
     ["pharmacy", "shorthand"], "The denial and appeal reasons are the patient's treatment history (failed methotrexate): clinical content is the message (decision 2)."),
    ("bq0039", "Seguros Alameda: Tiene una actualización sobre una solicitud de autorización previa. Inicie sesión en la app para ver los detalles.",
     "ALLOW", "other", "push", "es", [],
     ["general", "hard-negative"], "Notification without PHI: says that an authorization changed, not for what."),
    ("bq0040", "Dear Ms. Nakamura,\n\nWe have received a prior authorization request from Dr. Beatriz Lindqvist for a breast MRI with and without contrast. The request is pending clinical review. A decision is usually made within 5 business days; we will notify you and your provider by mail.\n\nReference: PA-2026-0419773\nMember ID: CHP-20418836-01\n\nCrestline Health Plan, Utilization Management",
     "REWRITE", "other", "email", "en",
     [("Nakamura", "NAME"), ("Dr. Beatriz Lindqvist", "PROVIDER"), ("breast MRI with and without contrast", "PROCEDURE"), ("PA-2026-0419773", "OTHER_ID"), ("CHP-20418836-01", "HEALTH_PLAN_ID")],
     ["imaging"], "Name, the requested scan (decision 12), authorization and member numbers go (decision 3); 'a request is pending' survives."),
    ("bq0041", "Hi Dev, Keystone approved the Mounjaro PA after we sent in your A1c of 8.9. Pick it up at Corner Drug after 3pm. Copay $25.",
     "BLOCK", "other", "sms", "en",
     [("Dev", "NAME"), ("Mounjaro", "MEDICATION"), ("A1c", "PROCEDURE"), ("8.9", "RESULT")],
     ["pharmacy", "contrast"], "The approval reason is a lab value (decision 2); compare the portal notice bq0047."),
    ("bq0042", "Hi, this is Tasha from Dr. Greenberg's office. Your insurance needs a prior authorization before your next appointment; we've submited it and will call you if anything else is needed. (973) 555-0120",
     "ALLOW", "other", "sms", "en",
     [("Tasha", "PROVIDER"), ("Dr. Greenberg", "PROVIDER"), ("(973) 555-0120", "PHONE")],
     ["primary-care", "practice-contact", "typo"], "No service named; staff sender and provider are allowed (decision 6)."),
    ("bq0043", "Hola Guadalupe, su seguro aprobó la autorización para la resonancia magnética de rodilla. Ya puede llamarnos para agendar su cita: (305) 555-0166.",
     "REWRITE", "other", "sms", "es",
     [("Guadalupe", "NAME"), ("resonancia magnética de rodilla", "PROCEDURE"), ("(305) 555-0166", "PHONE")],
     ["imaging", "practice-contact"], "Name and the scan go; approval and call-to-schedule survive."),
    ("bq0044", "Subject: Prior authorization decision\n\nMember: Harold Bixby\nDate of birth: 02/17/1951\nRequested: Entresto 49/51 mg tablets\nDecision: Denied\nReason: Documentation shows an ejection fraction of 45%, above the plan's threshold of 40% or less for this medication.\n\nYou or your prescriber may request an appeal within 60 days. Keystone Mutual Pharmacy Benefits, 1-888-555-0135.",
     "BLOCK", "other", "email", "en",
     [("Harold Bixby", "NAME"), ("02/17/1951", "DATE"), ("Entresto 49/51 mg tablets", "MEDICATION"), ("ejection fraction", "PROCEDURE"), ("45%", "RESULT"), ("1-888-555-0135", "PHONE")],
     ["cardiology", "dob", "practice-contact"], "Name with full date of birth (README) and a measured value as the denial reason (decision 2)."),
    ("bq0045", "Appeal deadlines, explained: you generally have 180 days from the date on your denial letter to file an internal appeal, and 4 months after a final decision to ask for an external review.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Member education about appeals; no date, no service, no identifier."),
    ("bq0046", "PA #44018-B for your Botox injections (chronic migraine) is approved through 06/30. Call Lakeshore Neurology at 414-555-0102 to book.",
     "REWRITE", "other", "sms", "en",
     [("44018-B", "OTHER_ID"), ("Botox injections", "MEDICATION"), ("chronic migraine", "CONDITION"), ("06/30", "DATE"), ("Lakeshore Neurology", "SPECIALTY"), ("414-555-0102", "PHONE")],
     ["pharmacy", "practice-contact"], "The diagnosis only labels the authorization (decision 2): drug, condition, PA number and neurology name go; approval and booking survive."),
    ("bq0047", "Your prior authorization for Ozempic 1 mg/dose pen was approved by Seguros Alameda through 12/31. Your A1c of 7.8 on file met the plan's criteria. The pharmacy has been notified.",
     "ALLOW", "other", "portal", "en",
     [("Ozempic 1 mg/dose pen", "MEDICATION"), ("12/31", "DATE"), ("A1c", "PROCEDURE"), ("7.8", "RESULT")],
     ["pharmacy", "contrast"], "In the portal a value as the approval reason is fine (README channel convention); compare bq0041."),
    ("bq0048", "Estimada Sra. Paredes:\n\nLe informamos que su plan de salud requiere autorización previa para su cirugía de cataratas programada el 9 de enero con el Dr. Saldívar. Ya enviamos la solicitud (referencia AP-778120). Le avisaremos en cuanto tengamos respuesta.\n\nClínica de Ojos Vista Clara\n(520) 555-0181",
     "REWRITE", "other", "email", "es",
     [("Paredes", "NAME"), ("cirugía de cataratas", "PROCEDURE"), ("9 de enero", "DATE"), ("Dr. Saldívar", "PROVIDER"), ("AP-778120", "OTHER_ID"), ("Clínica de Ojos Vista Clara", "SPECIALTY"), ("(520) 555-0181", "PHONE")],
     ["ophthalmology", "practice-contact"], "Name, surgery type, authorization reference (decision 3) and the eye clinic's name go; date, surgeon and the request's status survive."),
)

# ---------------------------------------------------------------- batch 5 (bq0049-bq0060): estimates, good-faith estimates, price transparency
add(
    ("bq0049", "Shopping for care? Our price estimator now lists cash prices for 300+ shoppable services, including MRIs, colonoscopies, sleep studies and lab panels. Try it in the portal under Billing.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Price-transparency broadcast to every patient: the services listed say nothing about the recipient (README broadcast convention)."),
    ("bq0050", "Good Faith Estimate for Brianna Kowalczyk\n\nUnder the No Surprises Act you have the right to receive a Good Faith Estimate of expected charges. For your scheduled laparoscopic cholecystectomy on 12/16 at Fairmont Surgery Center:\n- Surgeon fee (CPT 47562): $2,850\n- Facility fee: $4,100\n- Anesthesia: $980\nTotal estimated charges: $7,930\n\nThis estimate is not a contract. If you are billed $400 or more above it, you may dispute the bill. The estimate covers only items expected to be billed by Fairmont Surgery Center and the surgeon's group; separate bills may come from other providers who are not part of it. Keep a copy of this estimate for your records. Questions: (614) 555-0193 or estimates@fairmontsc.example.com",
     "REWRITE", "billing", "email", "en",
     [("Brianna Kowalczyk", "NAME"), ("laparoscopic cholecystectomy", "PROCEDURE"), ("12/16", "DATE"), ("47562", "PROCEDURE"), ("(614) 555-0193", "PHONE"), ("estimates@fairmontsc.example.com", "EMAIL")],
     ["general", "practice-contact"], "By e-mail the estimate loses the name, the procedure and its CPT code (decision 1); amounts, date and dispute rights survive. A surgery-center name is generic (decision 11)."),
    ("bq0051", "Your Good Faith Estimate for your upcoming visit is ready in the portal. Questions about the estimate? Call (717) 555-0140.",
     "ALLOW", "portal-notice", "sms", "en",
     [("(717) 555-0140", "PHONE")],
     ["general", "practice-contact"], "Notification without PHI: that an estimate exists, not for what."),
    ("bq0052", "Hola Martín, el costo estimado de su endodoncia y corona es de $1,480; su seguro cubriría aprox. $620. Consultorio Dental Arcoíris, (786) 555-0129.",
     "REWRITE", "billing", "sms", "es",
     [("Martín", "NAME"), ("endodoncia", "PROCEDURE"), ("corona", "PROCEDURE"), ("Consultorio Dental Arcoíris", "SPECIALTY"), ("(786) 555-0129", "PHONE")],
     ["dental", "practice-contact"], "Name, treatments and the dental practice name go; the estimate amounts survive."),
    ("bq0053", "Hi Ms. Ferreira, Dr. Kwan reviewed your mammogram and ultrasound; because of the 1.4 cm mass seen on the left, she is recommending an ultrasound-guided core biopsy. Your estimated out-of-pocket cost for the biopsy is $375 after deductible. Please call Lakeside Breast Center at (952) 555-0171 to schedule.",
     "BLOCK", "billing", "email", "en",
     [("Ferreira", "NAME"), ("Dr. Kwan", "PROVIDER"), ("mammogram", "PROCEDURE"), ("ultrasound", "PROCEDURE"), ("1.4 cm mass", "RESULT"), ("ultrasound-guided core biopsy", "PROCEDURE"), ("biopsy", "PROCEDURE", 1), ("Lakeside Breast Center", "SPECIALTY"), ("(952) 555-0171", "PHONE")],
     ["imaging", "oncology", "practice-contact"], "The estimate is wrapped in an imaging finding (a 1.4 cm mass): the finding is the message (decision 2)."),
    ("bq0054", "Estimates are based on your plan's benefits on file today and may change if your coverage, deductible status or the services performed change. Reply EST to get a callback from a financial counselor.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Estimate disclaimer; 'services performed' names nothing."),
    ("bq0055", "Estimate ready: IVF cycle w/ ICSI + embryo freeze est. $14,200 self-pay (package price). $2,000 deposit due 2 wks before stim starts. - Bloom Fertility Partners billing",
     "REWRITE", "billing", "sms", "en",
     [("IVF", "PROCEDURE"), ("ICSI", "PROCEDURE"), ("embryo freeze", "PROCEDURE"), ("before [[stim]]", "PROCEDURE"), ("Bloom Fertility Partners", "SPECIALTY")],
     ["fertility", "shorthand"], "Fertility practice and treatment names go; the price and deposit survive ('cycle' and 'package' are generic)."),
    ("bq0056", "Asunto: Transparencia de precios\n\nEn cumplimiento con la ley federal, publicamos en nuestro sitio la lista de precios estándar del hospital y una herramienta para estimar costos. Los precios en efectivo aplican a pacientes sin seguro. Si su factura supera lo estimado por $400 o más, puede presentar una disputa.\n\nOficina de Servicios Financieros al Paciente",
     "ALLOW", "billing", "email", "es", [],
     ["general", "broadcast", "hard-negative"], "Price-transparency notice to every patient; amounts are thresholds, not anyone's bill."),
    ("bq0057", "Hi Mr. Adeyemi,\n\nThis is Rosa Delgado, your financial counselor at Northern Lakes Cancer Institute. I ran an estimate for your upcoming Keytruda infusions starting 01/08. With your plan's 20% coinsurance, your share would be about $1,900 per infusion until you reach your $7,350 out-of-pocket maximum. The manufacturer's copay program may cover most of this - I've attached the enrollment form. If you'd rather not use it, we also offer interest-free payment plans of up to 24 months, and I can screen you for our financial assistance program. Nothing needs to be decided before your first appointment.\n\nYou can reach me at (608) 555-0156 or rdelgado@nlci.example.org.\n\nRosa",
     "REWRITE", "billing", "email", "en",
     [("Adeyemi", "NAME"), ("Rosa Delgado", "PROVIDER"), ("Northern Lakes Cancer Institute", "SPECIALTY"), ("Keytruda infusions", "MEDICATION"), ("01/08", "DATE"), ("infusion", "PROCEDURE", 1), ("(608) 555-0156", "PHONE"), ("rdelgado@nlci.example.org", "EMAIL"), ("Rosa", "PROVIDER", 1)],
     ["oncology", "practice-contact"], "Name, cancer-center name and the drug go; the coinsurance estimate, dates and the counselor's contacts survive (decision 6)."),
    ("bq0058", "Hi Owen, your estimate for the 2nd opinion at Summit Oncology is $0 - since your biopsy confirmed stage II cancer, your plan covers cancer consults in full.",
     "BLOCK", "billing", "sms", "en",
     [("Owen", "NAME"), ("Summit Oncology", "SPECIALTY"), ("biopsy", "PROCEDURE"), ("stage II", "RESULT"), ("cancer", "CONDITION"), ("cancer", "CONDITION", 1)],
     ["oncology"], "The reason for the $0 estimate is a confirmed diagnosis and stage (decision 2)."),
    ("bq0059", "Reminder from Dr. Yoon's office: bring your insurance card and a photo ID to your 11/20 visit so we can give you an accurate cost estimate at check-in.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Yoon", "PROVIDER"), ("11/20", "DATE")],
     ["primary-care"], "Provider and visit date only."),
    ("bq0060", "Sra. Quispe, su presupuesto para la colonoscopía de detección del 3/12 es $0 (servicio preventivo). Si durante el estudio se extirpan pólipos, podría aplicarse coseguro. Info: (702) 555-0174",
     "REWRITE", "billing", "sms", "es",
     [("Quispe", "NAME"), ("colonoscopía de detección", "PROCEDURE"), ("3/12", "DATE"), ("pólipos", "CONDITION"), ("(702) 555-0174", "PHONE")],
     ["primary-care", "negation", "practice-contact"], "Name and the screening go; the hypothetical polyps are still labelled (decision 12). The $0 estimate survives."),
)

# ---------------------------------------------------------------- batch 6 (bq0061-bq0072): HSA/FSA, receipts, pharmacy copays
add(
    ("bq0061", "Reminder: 2027 HSA contribution limits are $4,400 for self-only coverage and $8,750 for family coverage, plus a $1,000 catch-up if you're 55 or older. Contributions through payroll lower your taxable income.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Plan-year limits and an age threshold (55, not over 89) sent to every member."),
    ("bq0062", "Evergreen Benefits: We need documentation for your FSA claim of $312.48 at Corner Drug on 10/11 (Rx: Adderall XR 20 mg). Upload an itemized receipt at evergreenbenefits.example.com/docs by 12/01.",
     "REWRITE", "billing", "sms", "en",
     [("10/11", "DATE"), ("Adderall XR 20 mg", "MEDICATION"), ("evergreenbenefits.example.com/docs", "URL"), ("12/01", "DATE")],
     ["pharmacy"], "The drug only labels the FSA claim (decision 2): it goes; the substantiation request, amount and dates survive."),
    ("bq0063", "Evergreen: FSA purchase of $48.15 approved. Balance left: $1,262.40.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Amounts and 'balance' of a spending account; nothing about what was bought."),
    ("bq0064", "Hi Gwen,\n\nWe couldn't approve the HSA reimbursement for your husband Victor's hearing aids as submitted. The letter of medical necessity from his audiologist says his moderate sensorineural hearing loss requires bilateral aids, but the invoice (INV-30921) is dated before the plan year began. Please send an updated invoice.\n\nSummit Benefit Administrators",
     "BLOCK", "billing", "email", "en",
     [("Gwen", "NAME"), ("Victor", "NAME"), ("hearing aids", "PROCEDURE"), ("audiologist", "SPECIALTY"), ("moderate sensorineural hearing loss", "CONDITION"), ("bilateral aids", "PROCEDURE"), ("INV-30921", "OTHER_ID")],
     ["general", "third-party"], "A spouse's diagnosis quoted from a letter of medical necessity: third-party health (decision 7). Devices are PROCEDURE; the invoice number is OTHER_ID (decision 3)."),
    ("bq0065", "Corner Drug: Your copay card saved you $580 on Stelara today! You paid $5. Your next fill can be picked up after 12/05.",
     "REWRITE", "pickup", "sms", "en",
     [("Stelara", "MEDICATION"), ("12/05", "DATE")],
     ["pharmacy"], "A medication name in a pickup/copay notice goes (DESIGN); savings and date survive."),
    ("bq0066", "Rx #6620194 (Eliquis 5 mg, 1 tab twice daily) is ready. Your plan moved it to Tier 3, so your copay is now $95. Pay ahead: pay.cornerdrug.example.com",
     "BLOCK", "pickup", "sms", "en",
     [("6620194", "OTHER_ID"), ("Eliquis 5 mg", "MEDICATION"), ("pay.cornerdrug.example.com", "URL")],
     ["pharmacy"], "The sig is a dosing instruction (decision 9): BLOCK, although drug and Rx number alone would be REWRITE."),
    ("bq0067", "Beneficios Evergreen: Su reembolso de la cuenta FSA por $86.00 fue depositado. Puede tardar de 1 a 3 días hábiles en reflejarse en su banco.",
     "ALLOW", "billing", "push", "es", [],
     ["general", "hard-negative"], "Reimbursement amount only; '1 a 3 días' is not a date."),
    ("bq0068", "Farmacia Buena Salud: su receta de insulina glargina está lista. Su copago con el seguro es de $35. Horario: L-S 9am-8pm.",
     "REWRITE", "pickup", "sms", "es",
     [("insulina glargina", "MEDICATION")],
     ["pharmacy"], "The drug name in a pickup notice goes; copay and hours survive."),
    ("bq0069", "Receipt for your records\n\nPatient: Noor Al-Sayed\nDate of service: 10/28\nService: Psychotherapy, 53 min (90837)\nProvider: Elena Marsh, LCSW\nAmount paid: $165.00 (HSA card ending 2209)\nPractice Tax ID: 47-1938265\n\nQuiet Harbor Counseling",
     "REWRITE", "billing", "email", "en",
     [("Noor Al-Sayed", "NAME"), ("10/28", "DATE"), ("Psychotherapy", "PROCEDURE"), ("90837", "PROCEDURE"), ("Elena Marsh", "PROVIDER"), ("LCSW", "SPECIALTY"), ("Quiet Harbor Counseling", "SPECIALTY")],
     ["behavioral-health", "contrast"], "An itemized receipt by e-mail is held to the SMS standard (decision 8); the tax ID and card last four are not labelled (decision 4). Portal copy: bq0070."),
    ("bq0070", "Your itemized receipt is below.\nPatient: Noor Al-Sayed | DOS 11/04 | CPT 90837 Psychotherapy, 60 min | Provider: Elena Marsh, LCSW | Paid $165.00\nQuiet Harbor Counseling, Tax ID 47-1938265",
     "ALLOW", "billing", "portal", "en",
     [("Noor Al-Sayed", "NAME"), ("11/04", "DATE"), ("90837", "PROCEDURE"), ("Psychotherapy", "PROCEDURE"), ("Elena Marsh", "PROVIDER"), ("LCSW", "SPECIALTY"), ("Quiet Harbor Counseling", "SPECIALTY")],
     ["behavioral-health", "contrast"], "The same kind of receipt inside the portal is ALLOW (README channel convention; decision 8)."),
    ("bq0071", "For HSA/FSA reimbursement you may need our practice's Tax ID: 84-2917365, NPI 1730428816. Itemized receipts are in the portal under Billing > Documents.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "The practice's own tax ID and NPI are not patient identifiers (decision 4)."),
    ("bq0072", "Hola Sr. Rangel, su FSA rechazó el reembolso de la prueba de VIH porque el laboratorio no envió el resultado negativo junto con la factura. ¿Nos puede mandar una copia?",
     "BLOCK", "billing", "sms", "es",
     [("Rangel", "NAME"), ("prueba de VIH", "PROCEDURE"), ("negativo", "RESULT")],
     ["hiv-sexual-health"], "A negative result is still a result (README) and the test is an HIV test."),
)

# ---------------------------------------------------------------- batch 7 (bq0073-bq0084): financial assistance, charity care, Medicaid
add(
    ("bq0073", "¿Le preocupa pagar su factura? Nuestro programa de asistencia financiera puede reducir o eliminar su saldo según los ingresos de su hogar. Pida la solicitud en cualquier recepción.",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Financial-assistance broadcast; 'saldo' and 'ingresos' are not health information."),
    ("bq0074", "Hi Keisha, your financial assistance application for account 30017745 was approved: 75% off eligible balances for the next 12 months. - St. Brendan Medical Center PFS",
     "REWRITE", "billing", "sms", "en",
     [("Keisha", "NAME"), ("30017745", "ACCOUNT")],
     ["general"], "Name and account number go (decision 3); the approval survives. Financial status alone is not a clinical detail."),
    ("bq0075", "Dear Mr. Lindgren,\n\nThe Financial Assistance Committee reviewed your hardship application. Because your ALS diagnosis has left you unable to work and your medical expenses exceed 20% of household income, your balance of $18,420.55 has been reduced to $0. You do not need to reapply for 12 months. Your approval letter and a summary of the adjusted accounts are also in the patient portal. If your income or household size changes, please let us know so we can update your file.\n\nWith warm regards,\nTheresa Vo, Financial Counselor\nSt. Brendan Medical Center",
     "BLOCK", "billing", "email", "en",
     [("Lindgren", "NAME"), ("ALS", "CONDITION"), ("Theresa Vo", "PROVIDER")],
     ["general"], "The reason for the charity-care decision is a diagnosis (decision 2); the counselor is workforce (decision 6)."),
    ("bq0076", "We screen every self-pay patient for Medicaid and marketplace coverage before billing. A counselor may call you from our main line - we will never ask for your card number by text.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Coverage-screening notice sent to all self-pay patients; no number, no service."),
    ("bq0077", "Hi, this is Jorge with the financial counseling team at Desert Springs Dialysis, calling for Eleanor Whitcomb. Your Medicare Part B coinsurance for this month's treatments is $412. We can help you look at supplemental plans. Please call 480-555-0114.",
     "REWRITE", "billing", "voice", "en",
     [("Jorge", "PROVIDER"), ("Desert Springs Dialysis", "SPECIALTY"), ("Eleanor Whitcomb", "NAME"), ("480-555-0114", "PHONE")],
     ["dialysis", "practice-contact"], "Dialysis center name and the patient's name go from a voicemail; the coinsurance call-back survives ('treatments' is generic)."),
    ("bq0078", "Estimada Sra. Aguilar:\n\nNos complace informarle que su solicitud de asistencia financiera fue aprobada. El descuento del 100% se aplicó a su cuenta 7781-2204, que incluía los servicios de maternidad y parto del 18 de septiembre.\n\nSi tiene preguntas, comuníquese con Sofía Rentería, consejera financiera, al (505) 555-0123.\n\nHospital General del Norte",
     "REWRITE", "billing", "email", "es",
     [("Aguilar", "NAME"), ("7781-2204", "ACCOUNT"), ("maternidad", "SPECIALTY"), ("parto", "PROCEDURE"), ("18 de septiembre", "DATE"), ("Sofía Rentería", "PROVIDER"), ("(505) 555-0123", "PHONE")],
     ["reproductive", "practice-contact"], "Name, account number and the maternity/delivery services go (decision 2: they only label the account); the approval survives."),
    ("bq0079", "Ms. Pratt, Medicaid retro coverage was approved for Lily's NICU stay, so the $9,300 balance from her RSV hospitalization has been rebilled. You owe $0.",
     "BLOCK", "billing", "sms", "en",
     [("Pratt", "NAME"), ("Lily", "NAME"), ("NICU", "SPECIALTY"), ("RSV", "CONDITION")],
     ["pediatrics", "third-party", "minor"], "A child's condition told to the guardian is third-party health (README; decision 7)."),
    ("bq0080", "Hi, this is Dana Whitaker, financial counselor at Oak Valley Medical Center. You asked about payment options before your visit with Dr. Serrano on 01/22. I've set aside 30 minutes after check-in to go over them with you. Call me directly at (651) 555-0145 if you'd like to talk sooner.",
     "ALLOW", "billing", "email", "en",
     [("Dana Whitaker", "PROVIDER"), ("Dr. Serrano", "PROVIDER"), ("01/22", "DATE"), ("(651) 555-0145", "PHONE")],
     ["general", "practice-contact"], "Counselor (workforce, decision 6), provider, visit date and the practice's phone; no service named."),
    ("bq0081", "Marisol, ur Medicaid renewal is due this month or ur coverage for prenatal visits could end. Need help? Text us back or stop by Suite 210 - Sunrise Community Health",
     "REWRITE", "billing", "sms", "en",
     [("Marisol", "NAME"), ("prenatal", "PROCEDURE")],
     ["reproductive", "shorthand"], "Name and the prenatal visit type go; the renewal reminder survives. The suite is the clinic's, not the patient's."),
    ("bq0082", "Heads up: Medicaid renewals have restarted. Watch your mail for a renewal packet and update your address with the state so you don't lose coverage.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast to every patient; 'address' is mentioned, none is given."),
    ("bq0083", "Buenos días, le habla Lucía de la oficina de facturación. Llamo para la señora Carmen Iturbide, fecha de nacimiento 12 de marzo de 1957, sobre su solicitud de ayuda financiera. Por favor devuélvanos la llamada al 312-555-0108.",
     "BLOCK", "billing", "voice", "es",
     [("Lucía", "PROVIDER"), ("Carmen Iturbide", "NAME"), ("12 de marzo de 1957", "DATE"), ("312-555-0108", "PHONE")],
     ["general", "dob", "practice-contact"], "Full date of birth with the name on a voicemail (README: BLOCK)."),
    ("bq0084", "Pediatric Associates of Granite Bay: Ethan's balance of $25 from his well-child visit is due. Pay at pagb.example.com/pay. Thx!",
     "REWRITE", "billing", "sms", "en",
     [("Pediatric Associates of Granite Bay", "SPECIALTY"), ("Ethan", "NAME"), ("well-child", "PROCEDURE"), ("pagb.example.com/pay", "URL")],
     ["pediatrics", "minor", "practice-contact"], "A dependent's routine visit with a name on the guardian's bill is REWRITE (README; decision 7)."),
)

# ---------------------------------------------------------------- batch 8 (bq0085-bq0096): refunds, disguises, spouses, tokened pay links
add(
    ("bq0085", "Good news: we found a credit of $42.60 on your account from an overpayment. A refund check will be mailed within 30 days. No action needed.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Refund notice; 'account' is mentioned, no number is given."),
    ("bq0086", "Reminder: your balance of $210 for your c o l o n o s c o p y on 10/14 is past due. Pay online or call (440) 555-0150.",
     "REWRITE", "billing", "sms", "en",
     [("c o l o n o s c o p y", "PROCEDURE"), ("10/14", "DATE"), ("(440) 555-0150", "PHONE")],
     ["general", "spaced", "practice-contact"], "A spaced-out procedure name is still the procedure; it goes, the past-due notice survives."),
    ("bq0087", "Hi Ana, ur ins denied the ch3mo claim bc the tum0r marker CA-125 was only 38. We're appealing. Call Jenna in billing (773) 555-0117",
     "BLOCK", "billing", "sms", "en",
     [("Ana", "NAME"), ("ch3mo", "PROCEDURE"), ("tum0r marker CA-125", "PROCEDURE"), ("only [[38]]", "RESULT"), ("Jenna", "PROVIDER"), ("(773) 555-0117", "PHONE")],
     ["oncology", "leet", "shorthand", "practice-contact"], "Leet-disguised chemo claim denied because of a marker value: the value is the reason (decision 2)."),
    ("bq0088", "Your statement from Redwood On\u200bcology Associates is ready. Balance due: $640.00 by 12/20. Pay securely at redwoodpay.example.com.",
     "REWRITE", "billing", "email", "en",
     [("Redwood On\u200bcology Associates", "SPECIALTY"), ("12/20", "DATE"), ("redwoodpay.example.com", "URL")],
     ["oncology", "practice-contact"], "A zero-width space inside 'Oncology' does not make the practice name generic; it goes, balance and pay link survive."),
    ("bq0089", "Brightwater Beh\u0430vior\u0430l Health: you have a statement balance of $95.00. Pay online or reply PLAN to set up a payment plan.",
     "REWRITE", "billing", "sms", "en",
     [("Brightwater Beh\u0430vior\u0430l Health", "SPECIALTY")],
     ["behavioral-health"], "Cyrillic look-alike letters inside a behavioral-health practice name; the name goes, the balance survives."),
    ("bq0090", "Use el código promocional PAGO10 al pagar su saldo en línea antes de fin de mes y reciba un 5% de descuento. Válido una sola vez por cuenta.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative"], "A promo code is not an identifier of the patient (decision 4)."),
    ("bq0091", "Hi Robert, your EOB shows the claim for your wife Denise's mental health stay at Pine Hollow Hospital (admitted 08/03, discharged 08/19, dx F31.2, bipolar disorder with psychotic features) was paid in full by the plan. Nothing is owed.",
     "BLOCK", "billing", "email", "en",
     [("Robert", "NAME"), ("Denise", "NAME"), ("mental health", "SPECIALTY"), ("08/03", "DATE"), ("08/19", "DATE"), ("F31.2", "CONDITION"), ("bipolar disorder with psychotic features", "CONDITION")],
     ["behavioral-health", "third-party", "shorthand"], "A spouse's psychiatric diagnosis (code and words, decision 1) on the subscriber's EOB: third-party health (decision 7)."),
    ("bq0092", "Keystone Mutual: Your 2027 ID cards are in the mail. Your member ID number is not changing. Show the new card at your next visit.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Mentions a member ID without giving one."),
    ("bq0093", "Hola, le escribe Paola de Ortodoncia Brackets Felices. Su pago mensual de $150 de los frenos vence el 10 de diciembre. Cuenta: 440981. ¡Gracias!",
     "REWRITE", "billing", "sms", "es",
     [("Paola", "PROVIDER"), ("Ortodoncia Brackets Felices", "SPECIALTY"), ("frenos", "PROCEDURE"), ("10 de diciembre", "DATE"), ("440981", "ACCOUNT")],
     ["dental"], "Orthodontic practice name, braces and account number go (decision 3); due date and amount survive."),
    ("bq0094", "To access Ridgeview Billing, confirm you are Samuel O'Hara, DOB 07/09/1983. Reply Y to continue or N if this isn't you.",
     "BLOCK", "billing", "sms", "en",
     [("Samuel O'Hara", "NAME"), ("07/09/1983", "DATE")],
     ["general", "dob"], "Name with a full date of birth (README: BLOCK), even as an identity check."),
    ("bq0095", "Crestline Health: You've met your deductible for 2027. From now on you'll pay 20% coinsurance for most covered services until you reach your out-of-pocket max.",
     "ALLOW", "billing", "push", "en", [],
     ["general", "hard-negative"], "Deductible status and coinsurance percentage say nothing about care (decision 4)."),
    ("bq0096", "Hi Felicity,\n\nYour statement from Crescent Lake Internal Medicine is ready. Balance: $73.10. Pay in one click: https://pay.example.com/s?acct=00918342&tok=a8f2c9d1\n\nThis link is unique to you - please don't forward it.\n\nCrescent Lake Internal Medicine Billing\n(248) 555-0190",
     "REWRITE", "billing", "email", "en",
     [("Felicity", "NAME"), ("https://pay.example.com/s?acct=00918342&tok=a8f2c9d1", "URL"), ("(248) 555-0190", "PHONE")],
     ["primary-care", "practice-contact"], "A link with the account and a token is patient-specific (README): REWRITE; the generic practice name and phone stay."),
)

# ---------------------------------------------------------------- batch 9 (bq0097-bq0108): denials in Spanish, staff shorthand, vendor changes
add(
    ("bq0097", "Estimado Sr. Maldonado:\n\nSu plan de salud negó la reclamación 2026-55-018832 por la cirugía de bypass gástrico porque la documentación no demuestra un índice de masa corporal mayor de 40 ni seis meses de control médico del peso. Su IMC registrado fue de 37.2.\n\nPuede apelar esta decisión dentro de los 180 días siguientes llamando al 1-877-555-0142.\n\nSeguros Alameda, Departamento de Reclamaciones",
     "BLOCK", "billing", "email", "es",
     [("Maldonado", "NAME"), ("2026-55-018832", "OTHER_ID"), ("cirugía de bypass gástrico", "PROCEDURE"), ("índice de masa corporal", "PROCEDURE"), ("IMC", "PROCEDURE"), ("37.2", "RESULT"), ("1-877-555-0142", "PHONE")],
     ["general", "practice-contact"], "The denial reason is the patient's measured BMI (decision 2); the plan's threshold (40) is a criterion, not a result."),
    ("bq0098", "Recordatorio de la Dra. Castañeda: su cita es el 28 de enero a las 10:00. Si tiene un saldo pendiente, puede pagarlo en recepción o en línea antes de su visita.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Castañeda", "PROVIDER"), ("28 de enero", "DATE")],
     ["primary-care"], "Provider, date and time, plus a generic balance reminder."),
    ("bq0099", "Sr. Fuentes, el saldo de $230 en su cuenta familiar corresponde a la consulta de su hija Valeria en Clínica Mujer Segura para iniciar anticonceptivos. Puede pagar en línea o en recepción.",
     "BLOCK", "billing", "sms", "es",
     [("Fuentes", "NAME"), ("Valeria", "NAME"), ("Clínica Mujer Segura", "SPECIALTY"), ("anticonceptivos", "MEDICATION")],
     ["reproductive", "third-party", "minor"], "The guarantor is told his daughter's contraception: a relative's medication is third-party health (README; decision 7)."),
    ("bq0100", "Hola, este mensaje es para Rigoberto Sandoval de parte del Centro de Diálisis Río Grande. Le llamamos sobre su saldo de coseguro. Por favor llámenos al 915-555-0188. Gracias.",
     "REWRITE", "billing", "voice", "es",
     [("Rigoberto Sandoval", "NAME"), ("Centro de Diálisis Río Grande", "SPECIALTY"), ("915-555-0188", "PHONE")],
     ["dialysis", "practice-contact"], "Voicemail: the name and the dialysis center name go; the call-back survives."),
    ("bq0101", "Sra. Jiménez, su seguro no cubre el papanicolau de seguimiento porque ya tuvo un resultado anormal en junio. El costo sería $145. ¿Desea continuar con la cita?",
     "BLOCK", "billing", "sms", "es",
     [("Jiménez", "NAME"), ("papanicolau", "PROCEDURE"), ("anormal", "RESULT")],
     ["reproductive"], "The coverage reason is a previous abnormal result (decision 2); 'junio' alone is not a date."),
    ("bq0102", "Nuestro Código de Conducta para pacientes y visitantes ya está disponible en la sala de espera y en el portal. Gracias por ayudarnos a mantener un ambiente respetuoso.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Código' of conduct, not a billing or diagnosis code; sent to everyone."),
    ("bq0103", "hi its Brenda @ Lakeshore Spine billing - ur L4-L5 epidural shot on 11/3 went to ins, est ur part ~$180. call back 414-555-0167 if any q's",
     "REWRITE", "billing", "sms", "en",
     [("Brenda", "PROVIDER"), ("Lakeshore Spine", "SPECIALTY"), ("L4-L5 epidural shot", "PROCEDURE"), ("11/3", "DATE"), ("414-555-0167", "PHONE")],
     ["orthopedics", "shorthand", "typo", "practice-contact"], "Staff shorthand: spine practice name and the injection go; date, estimate and call-back survive (decision 6 for the sender)."),
    ("bq0104", "Subject: We're switching billing partners\n\nDear Patients,\n\nStarting with statements mailed in March, Greenfield Family Physicians will send bills through our new partner, Clearpath Billing. Your statements will look different: the account number moves to the top right corner, and each line will show the service date, a billing code and the amount. Nothing about your coverage or balance changes.\n\nClearpath will never ask for your full Social Security number or card number by text or e-mail. If a message seems suspicious, call us at (740) 555-0131 before responding.\n\nYou can keep paying the same ways: online at greenfieldfp.example.com/pay, by phone, or at the front desk.\n\nP.S. Payment plans and financial assistance work exactly as before - just ask any front-desk team member or our billing staff.\n\nThank you for trusting us with your care,\nThe Greenfield Family Physicians team",
     "ALLOW", "billing", "email", "en",
     [("(740) 555-0131", "PHONE"), ("greenfieldfp.example.com/pay", "URL")],
     ["general", "broadcast", "practice-contact"], "Vendor-change broadcast: 'account number', 'service date', 'billing code' and 'Social Security number' are named, none is given; the practice's own contacts."),
    ("bq0105", "Payment due: $55.00 - Harmony Women's Center. Tap to pay.",
     "REWRITE", "billing", "push", "en",
     [("Harmony Women's Center", "SPECIALTY")],
     ["reproductive"], "On a lock screen the women's-health practice name reveals the service; the payment prompt survives."),
    ("bq0106", "Your Medicare claim for the 04/02 ambulance transport was rejected because the Medicare number on file (1EG4-TE5-MK73) doesn't match the SSN we have, 219-09-9999. Please call us to correct it.",
     "BLOCK", "billing", "sms", "en",
     [("04/02", "DATE"), ("ambulance transport", "PROCEDURE"), ("1EG4-TE5-MK73", "HEALTH_PLAN_ID"), ("219-09-9999", "SSN")],
     ["general", "identifier"], "A full SSN by text (DESIGN); the Medicare number (specimen MBI) is HEALTH_PLAN_ID (decision 3)."),
    ("bq0107", "Lost & Found: unclaimed items left in the Main Lobby are donated after 30 days. Claim yours at the Security Desk with your claim ticket.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Claim' in its everyday sense; nothing about anyone's care."),
    ("bq0108", "Dr. Hollis's office here: you may get a separate bill of about $38 from Cascade Reference Lab for the thyroid panel drawn at your 10/30 visit. That's normal - we don't bill for outside lab work.",
     "REWRITE", "billing", "sms", "en",
     [("Dr. Hollis", "PROVIDER"), ("thyroid panel", "PROCEDURE"), ("10/30", "DATE")],
     ["lab", "primary-care"], "The named test goes; 'that's normal' is about the bill, not a result, and a reference-lab name is generic (decision 11)."),
)

# ---------------------------------------------------------------- batch 10 (bq0109-bq0120): appeals, billing disputes, codes, relatives
add(
    ("bq0109", "Hi Mrs. Donnelly, we're appealing the denial of your knee replacement. Your X-ray from 09/12 shows bone-on-bone osteoarthritis of the right knee, and you've had 3 cortisone injections without relief, which meets the plan's criteria. We'll text you when we hear back.",
     "BLOCK", "billing", "sms", "en",
     [("Donnelly", "NAME"), ("knee replacement", "PROCEDURE"), ("X-ray", "PROCEDURE"), ("09/12", "DATE"), ("bone-on-bone", "RESULT"), ("osteoarthritis", "CONDITION"), ("cortisone injections", "MEDICATION"), ("without relief", "RESULT")],
     ["orthopedics"], "The appeal's argument is an imaging finding, a diagnosis and treatment history (decision 2)."),
    ("bq0110", "Crestline Health: Your claim for genetic testing (BRCA1/2 panel) was paid at 100% because your result was positive and your plan covers follow-up screening in full.",
     "BLOCK", "billing", "push", "en",
     [("genetic testing", "PROCEDURE"), ("BRCA1/2 panel", "PROCEDURE"), ("positive", "RESULT")],
     ["oncology"], "A push notice that states a genetic test result as the payment reason (decision 2)."),
    ("bq0111", "Claim status: Processed\nService: Office visit, established patient (99214) with Dr. Mehta on 10/06\nDiagnosis: E11.9 Type 2 diabetes mellitus without complications\nPlan paid $112.40; your responsibility $30.00 (copay)",
     "ALLOW", "billing", "portal", "en",
     [("Dr. Mehta", "PROVIDER"), ("10/06", "DATE"), ("E11.9", "CONDITION"), ("Type 2 diabetes mellitus without complications", "CONDITION")],
     ["primary-care"], "Portal claim detail may carry the diagnosis (README channel convention); the generic office-visit code 99214 is not labelled (decision 1)."),
    ("bq0112", "Valley Pharmacy: Your Suboxone 8mg/2mg film Rx is ready - $0 copay with Medicaid. Keep taking 1 film under the tongue daily as before. Pick up by 12/09.",
     "BLOCK", "pickup", "sms", "en",
     [("Suboxone 8mg/2mg film", "MEDICATION"), ("12/09", "DATE")],
     ["substance-use", "pharmacy"], "A pickup/copay notice carrying a dosing instruction (decision 9), for a substance-use medication."),
    ("bq0113", "Hi Mr. Yamamoto, the EOB for your dependent Kenji shows a claim from Clearwater Sexual Health Clinic for an STI panel on 10/17. The lab applied it to the family deductible, so the plan paid $0 and you may receive a bill.",
     "BLOCK", "billing", "email", "en",
     [("Yamamoto", "NAME"), ("Kenji", "NAME"), ("Clearwater Sexual Health Clinic", "SPECIALTY"), ("STI panel", "PROCEDURE"), ("10/17", "DATE")],
     ["hiv-sexual-health", "third-party"], "The subscriber is told an adult dependent's sexual-health test: a relative's sensitive service, not routine logistics (decision 7)."),
    ("bq0114", "Crestline Health: Claim processed for office visit (CPT 99213). Plan paid $96.12. You owe a $25.00 copay. Full EOB in the app.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "A generic office-visit E/M code is no more revealing than 'office visit' (decision 1)."),
    ("bq0115", "Hi Darnell, the $1,240 estimate you asked about is for the stent placement Dr. Okafor recommended after your stress test showed a blockage. Let us know if you want a payment plan.",
     "BLOCK", "billing", "sms", "en",
     [("Darnell", "NAME"), ("stent placement", "PROCEDURE"), ("Dr. Okafor", "PROVIDER"), ("stress test", "PROCEDURE"), ("blockage", "RESULT")],
     ["cardiology"], "The estimate is explained by a test finding (decision 2)."),
    ("bq0116", "Hi Ms. Greaves,\n\nThanks for your message about the $486 charge on your October statement. I looked into it: the charge is for the Depo-Provera injection and the pregnancy test from your 10/09 visit. Your plan covers contraception at 100%, but the injection was coded under the wrong diagnosis (Z30.013 instead of Z30.42), so it went to your deductible. I've sent a corrected claim, and you should see the balance drop to $0 within 30-45 days. The pregnancy test was negative, so there is no follow-up visit to bill.\n\nSorry for the trouble,\nMegan Cho\nBilling Specialist, Westbrook OB/GYN\n(503) 555-0106",
     "BLOCK", "billing", "email", "en",
     [("Greaves", "NAME"), ("Depo-Provera injection", "MEDICATION"), ("pregnancy test", "PROCEDURE"), ("10/09", "DATE"), ("contraception", "MEDICATION"), ("Z30.013", "CONDITION"), ("Z30.42", "CONDITION"), ("pregnancy test", "PROCEDURE", 1), ("negative", "RESULT"), ("Megan Cho", "PROVIDER"), ("Westbrook OB/GYN", "SPECIALTY"), ("(503) 555-0106", "PHONE")],
     ["reproductive", "practice-contact"], "A billing-dispute reply that states a (negative) test result (README: still a result); ICD Z-codes are CONDITION (decision 1)."),
    ("bq0117", "Your 2026 Form 1099-SA and Form 5498-SA are now available in the Benefits Center. We can't give tax advice; please talk to a tax professional.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Tax-form names look like identifiers but are not (decision 4)."),
    ("bq0118", "Hi Lena, your $45 copay covers today's Spravato treatment. Since your PHQ-9 dropped to 11, Dr. Bauer wants to taper you to every other week.",
     "BLOCK", "billing", "sms", "en",
     [("Lena", "NAME"), ("Spravato", "MEDICATION"), ("PHQ-9", "PROCEDURE"), ("dropped to [[11]]", "RESULT"), ("Dr. Bauer", "PROVIDER")],
     ["behavioral-health"], "A copay notice that carries a score and a treatment change: a result and a treatment instruction."),
    ("bq0119", "Subject: Changes to prior authorization rules next plan year\n\nDear Member,\n\nBeginning next plan year, Keystone Mutual will no longer require prior authorization for many common services, including physical therapy visits, sleep studies and most outpatient MRIs. Some services, like elective surgeries and specialty drugs, will still need approval before you receive them. Your doctor's office usually handles the request for you.\n\nYou can check whether a service needs approval at keystonemutual.example.com/pa-list or call Member Services at 1-866-555-0125.\n\nThis notice is sent to all members and does not mean a request has been made for you.\n\nKeystone Mutual",
     "ALLOW", "other", "email", "en",
     [("keystonemutual.example.com/pa-list", "URL"), ("1-866-555-0125", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Member-wide notice: the services listed say nothing about the recipient (README broadcast convention); the insurer's own contacts."),
    ("bq0120", "Reply from Ridgeview Billing: Hi Mrs. Abernathy, I checked - your mother's hospice charges aren't billed to you. Medicare covers hospice in full since her terminal dx of pancreatic cancer. -Tom",
     "BLOCK", "billing", "sms", "en",
     [("Abernathy", "NAME"), ("hospice", "SPECIALTY"), ("hospice", "SPECIALTY", 1), ("terminal", "RESULT"), ("pancreatic cancer", "CONDITION"), ("Tom", "PROVIDER")],
     ["home-health", "third-party", "shorthand"], "A parent's diagnosis and prognosis told to the daughter: third-party health (decision 7); hospice is a service line (SPECIALTY)."),
)

probe_lib.run(M, "bq", "probe66.jsonl")
