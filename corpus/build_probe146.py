#!/usr/bin/env python3
"""Build corpus/probe146.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe146.py [OUT] [-v]   (default: probe146.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only. The engine, the
./redactor launcher, Maven and java were not run, and no other source, test, corpus or build
script was read.

This round is IDENTIFIERS IN MANY FORMATS: reminders, billing, records, insurance and pharmacy
messages from many kinds of practice that carry identifiers written the way real systems and
staff write them: MRNs and account numbers with prefixes, dashes, spaces and check digits;
member, group and subscriber IDs; claim, authorization, referral and case numbers; Medicare MBIs;
full, masked, spaced and last-four SSNs (and a CURP); addresses with apartments, suites, PO
boxes, rural routes, directions and Spanish-style addresses; phones with extensions, dots,
international prefixes and vanity letters; e-mails and URLs with tokens; an IP address; dates of
birth in many formats (ISO, dotted European, dd/mm Spanish, spelled out, spoken); plates, a VIN,
driver's license numbers and device serials; and look-alikes that are no one's identifier
(confirmation and booking codes, retail and photo order numbers, invoice and receipt numbers for
non-clinical purchases, generic CPT codes and an NDC in a broadcast recall, the practice's own
shipment tracking numbers, service-area ZIPs, toll-free and relay numbers, rooms, suites, parking
levels, model and version numbers, prices, times). 16% Spanish; four disguised messages (spaced,
zero-width, leet, Cyrillic look-alikes).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  D1. Group numbers, subscriber IDs, Medicaid beneficiary IDs and Medicare MBIs are
      HEALTH_PLAN_ID (they are printed on the same card as the member ID); a partial member ID
      ("ending 4417") is still labelled.
  D2. Authorization, referral, claim, case, workers' compensation claim, accession, specimen,
      pathology-case, lab-order, estimate, records-request, visit/encounter and Rx numbers and
      Mexican lab "folios" are OTHER_ID; account and guarantor numbers are ACCOUNT; chart numbers, "patient
      ID", "Patient #" and "expediente" numbers are MRN.
  D3. An identifier span covers the identifier as issued, including its own prefix letters,
      internal dashes/spaces/dots and check digit or suffix (`E-0048291-7`, `XGP884201937-01`,
      `0071 4428 9`); the field label (`MRN`, `Member ID:`, `Acct #`, `Rx`) and a state code
      written before a license number (`OR 4417209`) stay outside.
  D4. A masked or last-four SSN (`***-**-6620`, "last 4 ... 2290") is still SSN and BLOCK: no
      part of an SSN travels by text; the span covers the masked form as written. A CURP is
      OTHER_ID (README) but BLOCK like an SSN: a national ID that encodes the full date of birth
      and the name's initials.
  D5. A driver's license number is LICENSE and, alone, REWRITE: DESIGN names only SSN and a full
      DOB with a name as never-travel identifiers; a license number is "an identifier that is not
      needed".
  D6. Not labelled (no one's identifier): appointment confirmation/booking codes, retail, photo
      and eyewear order numbers, invoice/receipt numbers for non-clinical purchases (a CPR class,
      a donation), the practice's shipment tracking numbers, lot numbers and an NDC in a recall
      broadcast, the practice's NPI and tax ID, a foundation's RFC, room/suite/parking numbers, kiosk model numbers, app and
      firmware versions, prices, times. A lab or test order number is patient-specific (D2).
  D7. ZIP codes naming a practice's service area in a broadcast are not labelled; a patient's
      ZIP on its own is ZIP (REWRITE).
  D8. Toll-free and vanity numbers of the sender (practice, insurer, mail-order pharmacy, DME
      vendor) are PHONE and ALLOW like any practice number; a vanity number is one span with its
      letters; the extension is part of the PHONE span; 711/911 are not phone identifiers.
  D9. A CPT code naming a revealing procedure is PROCEDURE (the code alone, without "CPT");
      evaluation-and-management codes for generic office visits (99213, 99203) and venipuncture
      are generic like "visit"/"blood work" and not labelled. An NDC addressed to the recipient
      names their drug: MEDICATION. An ICD-10 code is CONDITION, and a diagnosis code sent to
      the patient (a denial) is a diagnosis: BLOCK.
  D10. A patient's home address, PO box or rural route in a delivery/visit/mailing message is
      ADDRESS and REWRITE (the logistics survive without it); the city of a login location is
      ADDRESS (a geographic unit smaller than a state).
  D11. A patient's own phone number or e-mail echoed back to them is PHONE/EMAIL and REWRITE
      (a patient identifier not needed for the purpose).
  D12. The IP address of a patient's portal sign-in is IP and REWRITE.
  D13. A spoken identifier or date in a voice script is labelled like a written one.
  D14. A subscriber who is a relative (the policyholder) is NAME.
  D15. Purposes use probe_lib's list, including `confirmation` and `portal-notice`.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers;
SSNs are well-known specimen numbers or made-up numbers in a valid format. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (es0001-es0012): reminders and confirmations with chart numbers
add(
    ("es0001", "Oakridge Family Practice: appt w/ Dr. Feldman Tue 3/10 @ 2:20pm. Conf# 8KQ-2217. Reply C to confirm, R to resched.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Feldman", "PROVIDER"), ("3/10", "DATE")],
     ["primary-care", "shorthand"], "Provider, date and time are allowed; the confirmation code identifies a slot, not a person (D6)."),
    ("es0002", "Reminder: Tomasz Wójcik, MRN E-0048291-7, has an appointment at Linden Internal Medicine on 04/02 at 8:00 AM. Please arrive 15 min early.",
     "REWRITE", "reminder", "sms", "en",
     [("Tomasz Wójcik", "NAME"), ("E-0048291-7", "MRN"), ("04/02", "DATE")],
     ["primary-care", "identifier"], "Name and MRN are not needed for a reminder; the span keeps the MRN's own prefix and check digit (D3)."),
    ("es0003", "Your visit at Pinecrest Medical Group is confirmed for Friday at 10:45. Booking ref: PMG-7Y3K-0915. Parking is free in Garage B, level P2. Questions? Reply HELP.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["primary-care", "hard-negative"], "A booking reference with a date-like tail, a garage and a parking level: none identifies the patient (D6)."),
    ("es0004", "Hello, this is the Westlake Clinic automated reminder line calling for Bernadette Okafor. Your appointment is on June ninth at three fifteen. For our records, your chart number is four four seven, one one nine, two. Press 1 to confirm or 2 to speak with our staff.",
     "REWRITE", "reminder", "voice", "en",
     [("Bernadette Okafor", "NAME"), ("June ninth", "DATE"), ("four four seven, one one nine, two", "MRN")],
     ["primary-care", "identifier"], "Voice is treated like SMS; a chart number spoken digit by digit is still an MRN (D13). Name and MRN go, date and time stay."),
    ("es0005", "Clínica del Valle: Sr. Ramírez, su cita es el jueves 14 de marzo a las 9:30. Traiga su credencial del seguro (No. de afiliado 88-204-1173-02) y una identificación oficial.",
     "REWRITE", "reminder", "sms", "es",
     [("Ramírez", "NAME"), ("14 de marzo", "DATE"), ("88-204-1173-02", "HEALTH_PLAN_ID")],
     ["primary-care", "identifier"], "Patient name and member number are not needed to remind; the reminder survives."),
    ("es0006", "Subject: Your appointment is confirmed\n\nDear patient,\n\nThank you for scheduling with Harborview Primary Care. Your appointment with Dr. Miriam Achebe is confirmed for Monday, April 21 at 11:30 AM. Please arrive 15 minutes early to complete check-in, and bring your insurance card and a list of the medicines you take.\n\nIf you need to cancel, please give us at least 24 hours' notice by calling the number below or replying to this e-mail.\n\nHarborview Primary Care\n2150 NW Lovejoy St, Suite 310, Portland, OR 97210\nPhone: (503) 555-0172 ext. 4\nFax: (503) 555-0173\nfrontdesk@harborviewpc.example\nwww.harborviewpc.example",
     "ALLOW", "confirmation", "email", "en",
     [("Dr. Miriam Achebe", "PROVIDER"), ("April 21", "DATE"), ("2150 NW Lovejoy St, Suite 310, Portland, OR 97210", "ADDRESS"),
      ("(503) 555-0172 ext. 4", "PHONE"), ("(503) 555-0173", "FAX"), ("frontdesk@harborviewpc.example", "EMAIL"),
      ("www.harborviewpc.example", "URL")],
     ["primary-care", "practice-contact"], "Signature block with the practice's own address, phone with extension (D8), fax, e-mail and site: labelled, ALLOW."),
    ("es0007", "Hi, it's Keisha at Dr. Lindqvist's office. Just confirming you're still good for tomorrow 9am? Text us back at this number or call 971.555.0148 if anything changed.",
     "ALLOW", "confirmation", "sms", "en",
     [("Keisha", "PROVIDER"), ("Dr. Lindqvist", "PROVIDER"), ("971.555.0148", "PHONE")],
     ["primary-care", "practice-contact"], "Staff sender is PROVIDER; the dotted number is the office's own."),
    ("es0008", "Summit Sleep Center: reminder for your overnight study 5/22 at 8:30 PM. Patient ID SSC-221847. Bring comfortable sleepwear. 720-555-0119 to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Summit Sleep Center", "SPECIALTY"), ("overnight study", "PROCEDURE"), ("5/22", "DATE"), ("SSC-221847", "MRN"), ("720-555-0119", "PHONE")],
     ["general", "identifier", "practice-contact"], "Sleep-center name and study type reveal the service; a 'Patient ID' is an MRN (D2) with its prefix (D3)."),
    ("es0009", "Reminder from Brookside Pediatrics: Ella's 4-year well-child check is on 8/19 at 3:00 PM. Acct #: 40021-7731. Please bring her shot record.",
     "REWRITE", "reminder", "sms", "en",
     [("Brookside Pediatrics", "SPECIALTY"), ("Ella", "NAME"), ("well-child", "PROCEDURE"), ("8/19", "DATE"), ("40021-7731", "ACCOUNT")],
     ["pediatrics", "minor", "identifier"], "Dependent's logistics with name, routine visit type and account number: REWRITE."),
    ("es0010", "Appointment tomorrow at 7:40 AM, Room 3B, 2nd floor. Open the app for directions.",
     "ALLOW", "reminder", "push", "en", [],
     ["general", "hard-negative"], "Room and floor numbers are not identifiers (D6)."),
    ("es0011", "Atlas Orthopedics & Sports Med: Your knee MRI follow-up w/ Dr. Osei is 11/03 9:15a. MRN: 0071 4428 9. Arrive 20 min early for X-rays.",
     "REWRITE", "reminder", "sms", "en",
     [("Atlas Orthopedics & Sports Med", "SPECIALTY"), ("knee MRI", "PROCEDURE"), ("Dr. Osei", "PROVIDER"), ("11/03", "DATE"),
      ("0071 4428 9", "MRN"), ("X-rays", "PROCEDURE")],
     ["orthopedics", "identifier", "shorthand"], "Orthopedic name, imaging and MRN written in groups with a check digit (D3) go."),
    ("es0012", "Recordatorio: su cita es mañana a las 10:20 en el consultorio 12, planta baja. Número de confirmación: 4471-B. Responda SI para confirmar o NO para cancelar.",
     "ALLOW", "confirmation", "sms", "es", [],
     ["general", "hard-negative"], "Consulting-room number and confirmation number identify nobody (D6)."),
)

# ---------------------------------------------------------------- batch 2 (es0013-es0024): statements, accounts, estimates, codes
add(
    ("es0013", "Lakeshore Medical Billing: Statement for account 7720-1184-3 is ready. Balance $212.40, due 07/15. Pay at lakeshoremed.example/pay or call 1-888-555-0134 (M-F 8-6 CT).",
     "REWRITE", "billing", "sms", "en",
     [("7720-1184-3", "ACCOUNT"), ("07/15", "DATE"), ("lakeshoremed.example/pay", "URL"), ("1-888-555-0134", "PHONE")],
     ["general", "identifier", "practice-contact"], "The account number with its check digit is not needed to say a statement is ready; the practice's own link and toll-free number stay (D8)."),
    ("es0014", "Harmony Health Education: Invoice INV-2025-0388 for the Saturday CPR & First Aid class (2 seats, $90.00) is paid. Class starts at 9:00 AM in Conference Room C.",
     "ALLOW", "billing", "email", "en", [],
     ["general", "hard-negative"], "An invoice number for a community CPR class is not health information about anyone (D6)."),
    ("es0015", "Dear Ms. Haddad,\n\nOur records show an unpaid balance of $1,240.00 on guarantor account G-5530912 for services on 02/11/2025. Your insurer processed claim 2025-118-004417 and applied $980.00 to your deductible, so the remaining amount is your responsibility.\n\nYou can pay in full, set up a no-interest payment plan, or apply for financial assistance. Please contact us within 30 days.\n\nPatient Accounts, Ridgeview Health\n(206) 555-0181",
     "REWRITE", "billing", "email", "en",
     [("Haddad", "NAME"), ("G-5530912", "ACCOUNT"), ("02/11/2025", "DATE"), ("2025-118-004417", "OTHER_ID"), ("(206) 555-0181", "PHONE")],
     ["general", "identifier", "practice-contact"], "Name, guarantor account and claim number (D2) are removable; the billing purpose survives."),
    ("es0016", "Your Medicare claim was processed. MBI on file: 7QC2-HN8-RP41. If this number is wrong, call our billing office at 414-555-0126 ext 2207.",
     "REWRITE", "billing", "sms", "en",
     [("7QC2-HN8-RP41", "HEALTH_PLAN_ID"), ("414-555-0126 ext 2207", "PHONE")],
     ["general", "identifier", "practice-contact"], "A Medicare MBI is a health-plan beneficiary number (D1); the practice number with its extension stays (D8)."),
    ("es0017", "Billing question from Northside Clinic: your insurer denied claim CLM-88315027 for date of service 1/09 because diagnosis code F41.1 is not covered under your behavioral benefit. Please call 312-555-0163.",
     "BLOCK", "billing", "sms", "en",
     [("CLM-88315027", "OTHER_ID"), ("1/09", "DATE"), ("F41.1", "CONDITION"), ("behavioral", "SPECIALTY"), ("312-555-0163", "PHONE")],
     ["behavioral-health", "identifier", "practice-contact"], "An ICD-10 code is the diagnosis itself; a denial that states it is about a diagnosis (D9): BLOCK, send a portal notice."),
    ("es0018", "Hola Sra. Patricia Lozano: su estado de cuenta del Centro Médico Las Palmas ya está disponible. Número de cuenta: 30-118-447-2. Saldo: $65.00. Puede pagar en el portal o llamar al (915) 555-0152.",
     "REWRITE", "billing", "sms", "es",
     [("Patricia Lozano", "NAME"), ("30-118-447-2", "ACCOUNT"), ("(915) 555-0152", "PHONE")],
     ["general", "identifier", "practice-contact"], "Name and account number go; the statement notice and the practice phone stay."),
    ("es0019", "Self-pay prices: a standard office visit (CPT 99213) is $145; a new-patient visit (99203) is $190. Lab draws are $15. Ask the front desk for our full price list.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Evaluation-and-management codes for generic office visits reveal nothing, and the message is a price broadcast (D9)."),
    ("es0020", "Estimate for your upcoming procedure: CPT 45378, facility fee $1,150, anesthesia est. $420. Estimate #EST-44720, valid 30 days. Questions? Reply EST.",
     "REWRITE", "billing", "sms", "en",
     [("45378", "PROCEDURE"), ("EST-44720", "OTHER_ID")],
     ["general", "identifier"], "CPT 45378 is a colonoscopy: a revealing procedure code is PROCEDURE (D9); the estimate number is OTHER_ID (D2). Prices and the estimate purpose survive."),
    ("es0021", "Patient Accounts: the $38 lab charge on acct 55-0092-118 is for your repeat potassium, which came back at 5.9 (H), so your plan required a second test.",
     "BLOCK", "billing", "sms", "en",
     [("55-0092-118", "ACCOUNT"), ("potassium", "PROCEDURE"), ("5.9", "RESULT"), ("5.9 ([[H]])", "RESULT")],
     ["lab", "identifier"], "A billing explanation that carries a lab value and flag is a result: BLOCK."),
    ("es0022", "Statement detail - Account 0048 2217 93. Date of service 03/04/2025. CPT 80053 Comprehensive metabolic panel $42.00; CPT 36415 Venipuncture $12.00. Insurance paid $38.40. Your balance: $15.60.",
     "ALLOW", "billing", "portal", "en",
     [("0048 2217 93", "ACCOUNT"), ("03/04/2025", "DATE"), ("80053", "PROCEDURE"), ("Comprehensive metabolic panel", "PROCEDURE")],
     ["lab", "identifier"], "Inside the secure portal an itemized statement may carry the account number and test names. Venipuncture (36415) is a blood draw, generic and not labelled (D9)."),
    ("es0023", "Your payment plan is set up: 6 payments of $75.00 starting 9/1. Manage it here: https://pay.example.com/plan?acct=77201184&t=Qm8xZ2",
     "REWRITE", "billing", "sms", "en",
     [("9/1", "DATE"), ("https://pay.example.com/plan?acct=77201184&t=Qm8xZ2", "URL")],
     ["general"], "A link with an account parameter and token is patient-specific (README): REWRITE to the plain pay page."),
    ("es0024", "Hi, this is Renata from Maple Grove Pediatrics billing. The $95 balance on guarantor acct 60-3318 is for Diego's ADHD evaluation on 10/02 - insurance applied it to your deductible. Call 210-555-0137 with questions.",
     "BLOCK", "billing", "sms", "en",
     [("Renata", "PROVIDER"), ("Maple Grove Pediatrics", "SPECIALTY"), ("60-3318", "ACCOUNT"), ("Diego", "NAME"), ("ADHD", "CONDITION"),
      ("10/02", "DATE"), ("210-555-0137", "PHONE")],
     ["pediatrics", "minor", "third-party", "identifier", "practice-contact"], "A dependent's condition sent to the guardian is third-party health (README): BLOCK."),
)

# ---------------------------------------------------------------- batch 3 (es0025-es0036): eligibility, member and group IDs, authorizations, referrals
add(
    ("es0025", "Eligibility check complete: Cascade Health Plan, Member ID XGP884201937-01, Group 0047712, Subscriber: Leonard Briggs. Your copay for Thursday's visit is $30.",
     "REWRITE", "other", "sms", "en",
     [("XGP884201937-01", "HEALTH_PLAN_ID"), ("0047712", "HEALTH_PLAN_ID"), ("Leonard Briggs", "NAME")],
     ["general", "identifier"], "Member ID with its prefix and suffix (D3), group number (D1) and subscriber name are removable; the copay notice survives."),
    ("es0026", "Portal del paciente: su seguro Medicaid fue verificado. ID de beneficiario: 9148 2207 31. Grupo: PR-02. Su copago para la próxima cita es $0.",
     "ALLOW", "portal-notice", "portal", "es",
     [("9148 2207 31", "HEALTH_PLAN_ID"), ("PR-02", "HEALTH_PLAN_ID")],
     ["general", "identifier"], "Inside the secure portal the beneficiary and group numbers (D1) may stay."),
    ("es0027", "Good news - Blue Ridge Health approved authorization PA-88315-B for your lumbar MRI at Valley Imaging, valid through 12/31. Call 540-555-0118 to schedule.",
     "REWRITE", "other", "sms", "en",
     [("PA-88315-B", "OTHER_ID"), ("lumbar MRI", "PROCEDURE"), ("Valley Imaging", "SPECIALTY"), ("12/31", "DATE"), ("540-555-0118", "PHONE")],
     ["imaging", "identifier", "practice-contact"], "Authorization number (D2), the test and the imaging name go; 'approved, call to schedule' survives."),
    ("es0028", "Your prior authorization request (ref 24-PA-009127) for Ozempic 0.5 mg was denied: the plan requires an A1c above 7.0 and the last one on file was 6.4. Your prescriber can appeal.",
     "BLOCK", "other", "sms", "en",
     [("24-PA-009127", "OTHER_ID"), ("Ozempic 0.5 mg", "MEDICATION"), ("A1c", "PROCEDURE"), ("6.4", "RESULT")],
     ["pharmacy", "identifier"], "The denial reason is the patient's lab value: BLOCK. The plan's threshold (7.0) is a criterion, not the patient's result, so not labelled."),
    ("es0029", "Your new ID cards are in the mail to PO Box 1187, Hood River, OR 97031. Member: Yuki Tanabe, Subscriber ID 4TR-220-9184. Allow 7-10 business days.",
     "REWRITE", "other", "sms", "en",
     [("PO Box 1187, Hood River, OR 97031", "ADDRESS"), ("Yuki Tanabe", "NAME"), ("4TR-220-9184", "HEALTH_PLAN_ID")],
     ["general", "identifier"], "The mailing PO box is the member's address (D10); subscriber ID is a plan ID (D1). 'Cards are in the mail' survives."),
    ("es0030", "Open enrollment starts next month. Plan codes HMO-250 and PPO-500 are changing; compare them at our member meetings, Tuesdays 6:00-7:30 PM, Room 114.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Plan product codes and a room number are no one's identifier (D6)."),
    ("es0031", "Hello, this message is for Arturo Benavides, date of birth March 3rd, 1952, member ID ending 4417. Please call Cascade Health Plan care management at 1-866-555-0190 about your recent hospital stay.",
     "BLOCK", "other", "voice", "en",
     [("Arturo Benavides", "NAME"), ("March 3rd, 1952", "DATE"), ("4417", "HEALTH_PLAN_ID"), ("1-866-555-0190", "PHONE")],
     ["general", "dob", "identifier", "practice-contact"], "Full date of birth with the name, spoken on a voicemail: BLOCK. A partial member ID is still labelled (D1)."),
    ("es0032", "Re: WC claim 31-0774-22. Your independent medical exam for the L4-L5 disc herniation is 6/18 at 1:00 PM at 800 SW Broadway, Suite 1500. Questions: 503-555-0155.",
     "BLOCK", "other", "sms", "en",
     [("31-0774-22", "OTHER_ID"), ("independent medical exam", "PROCEDURE"), ("L4-L5 disc herniation", "CONDITION"), ("6/18", "DATE"),
      ("800 SW Broadway, Suite 1500", "ADDRESS"), ("503-555-0155", "PHONE")],
     ["orthopedics", "identifier", "practice-contact"], "Workers' compensation claim number is OTHER_ID (D2); the message states the injury diagnosis, which is the subject of the exam: BLOCK."),
    ("es0033", "Your referral #REF-2025-04417 to Dr. Haruto Sato (Gastroenterology) was approved for 3 visits through 09/30/2025. You can book directly from the Referrals tab.",
     "ALLOW", "portal-notice", "portal", "en",
     [("REF-2025-04417", "OTHER_ID"), ("Dr. Haruto Sato", "PROVIDER"), ("Gastroenterology", "SPECIALTY"), ("09/30/2025", "DATE")],
     ["general", "identifier"], "Portal channel: a referral number (D2) and the specialty may stay."),
    ("es0034", "Your insurance information was updated. Primary: Evergreen Mutual, Member ID EVM 4420 1187 03, Group 88-3310, Relationship: Self. Secondary: Medicare Part B, MBI 2KD9WA3JT65. If anything is incorrect, message the front desk.",
     "ALLOW", "portal-notice", "portal", "en",
     [("EVM 4420 1187 03", "HEALTH_PLAN_ID"), ("88-3310", "HEALTH_PLAN_ID"), ("2KD9WA3JT65", "HEALTH_PLAN_ID")],
     ["general", "identifier"], "Portal channel: member, group and MBI numbers (D1, D3) may stay."),
    ("es0035", "Aviso de Seguros Amanecer: la autorización AUT-55021 para su tratamiento de quimioterapia fue negada porque el estudio PET mostró enfermedad estable. Su médico puede apelar la decisión.",
     "BLOCK", "other", "sms", "es",
     [("AUT-55021", "OTHER_ID"), ("quimioterapia", "PROCEDURE"), ("PET", "PROCEDURE"), ("enfermedad estable", "RESULT")],
     ["oncology", "identifier"], "The denial states an imaging finding (a state of the disease is a RESULT): BLOCK."),
    ("es0036", "Nurse advice line: open 24/7 and free for members. Have your member card handy when you call the number on the back. In an emergency, call 911.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "24/7 is not a date and 911 is not a phone identifier (README, D8)."),
)

# ---------------------------------------------------------------- batch 4 (es0037-es0048): pharmacy - Rx numbers, NDCs, tracking, transfers
add(
    ("es0037", "Fairview Pharmacy: Rx #6620145 for ROSA ELENA MARQUEZ is ready for pickup at the drive-thru. Store hours 9a-9p.",
     "REWRITE", "pickup", "sms", "en",
     [("6620145", "OTHER_ID"), ("ROSA ELENA MARQUEZ", "NAME")],
     ["pharmacy", "identifier", "shorthand"], "Rx number (D2) and an all-caps name from the pharmacy system go; 'ready for pickup' survives."),
    ("es0038", "Your order from Meridian Specialty Pharmacy shipped via FedEx, tracking 7749 2210 3381. It ships cold - refrigerate on arrival. Questions: 1-877-555-0128.",
     "REWRITE", "pickup", "sms", "en",
     [("Meridian Specialty Pharmacy", "SPECIALTY"), ("1-877-555-0128", "PHONE")],
     ["pharmacy", "practice-contact"], "A specialty-pharmacy name is revealing (README); the shipment tracking number is the sender's and not labelled (D6); toll-free number stays (D8)."),
    ("es0039", "Pharmacy notice: the maker has recalled certain lots of a children's cough syrup (NDC 0000-1122-33, lots 24A117 and 24A118). Check your medicine cabinet and bring affected bottles to any counter for a refund.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "A recall broadcast to all customers: the NDC and lot numbers say nothing about the recipient (D6, D9)."),
    ("es0040", "Hi Gus, we switched your refill to a new maker (NDC 55555-0412-30). Same medicine, new pill color. Rx 3301872, ready Thursday after 2.",
     "REWRITE", "pickup", "sms", "en",
     [("Gus", "NAME"), ("55555-0412-30", "MEDICATION"), ("3301872", "OTHER_ID")],
     ["pharmacy", "identifier"], "An NDC addressed to the recipient names their drug (D9): MEDICATION, removable like a drug name in a pickup notice."),
    ("es0041", "Rx 4471902-03 (warfarin 5 mg): per Dr. Brennan, take 1 tab daily except 1/2 tab on Mon and Thu until your next INR check on 2/14.",
     "BLOCK", "care-instructions", "sms", "en",
     [("4471902-03", "OTHER_ID"), ("warfarin 5 mg", "MEDICATION"), ("Dr. Brennan", "PROVIDER"), ("INR", "PROCEDURE"), ("2/14", "DATE")],
     ["pharmacy", "identifier", "shorthand"], "Dosing instructions are the message: BLOCK. The Rx number keeps its fill suffix (D3); '1/2 tab' is not a date."),
    ("es0042", "We received a transfer request for Rx 0982214 from Linden Drug, 118 E Main St, Mount Vernon, WA 98273. DOB on file: 07/30/1961. Reply YES to approve the transfer.",
     "REWRITE", "other", "sms", "en",
     [("0982214", "OTHER_ID"), ("118 E Main St, Mount Vernon, WA 98273", "ADDRESS"), ("07/30/1961", "DATE")],
     ["pharmacy", "dob", "identifier"], "A date of birth without a name is REWRITE (README); Rx number goes; the other pharmacy's address is labelled but is not the patient's."),
    ("es0043", "Farmacia San Judas: la receta No. 7731-220 de metformina 850 mg está lista. Horario: lun-sáb 8:00-20:00. Tel. (956) 555-0114.",
     "REWRITE", "pickup", "sms", "es",
     [("7731-220", "OTHER_ID"), ("metformina 850 mg", "MEDICATION"), ("(956) 555-0114", "PHONE")],
     ["pharmacy", "identifier", "practice-contact"], "Prescription number (D2) and drug go; the pickup notice and pharmacy phone stay."),
    ("es0044", "Your photo order #PH-558210 (24 prints, 4x6) is ready at the photo counter. Total $7.44. Thanks for shopping with us!",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "A photo-center order number in a pharmacy's message is a retail order, not a health identifier (D6)."),
    ("es0045", "Subject: Your order has shipped\n\nHello Desmond,\n\nYour 90-day supply of atorvastatin 40 mg (Rx 20-559104) shipped on 05/06 to:\n\n  Desmond Achterberg\n  RR 2 Box 45\n  Wilsonville, OR 97070\n\nUSPS tracking: 9400 1000 0000 0000 1234 56. Packages usually arrive in 3-5 business days. If you won't be home, the carrier may leave it at the post office.\n\nMember ID on file: HPX-0091-5521. To change your delivery address or payment method, sign in at homerx.example or call us. Tip: turn on auto-refill so your next 90-day supply ships about two weeks before you run out, and we will e-mail you before we charge your card.\n\nSincerely,\nHomeRx Mail Service\n1-800-555-0107 (TTY 711)",
     "REWRITE", "pickup", "email", "en",
     [("Desmond", "NAME"), ("atorvastatin 40 mg", "MEDICATION"), ("20-559104", "OTHER_ID"), ("05/06", "DATE"),
      ("Desmond Achterberg", "NAME"), ("RR 2 Box 45\n  Wilsonville, OR 97070", "ADDRESS"), ("HPX-0091-5521", "HEALTH_PLAN_ID"),
      ("homerx.example", "URL"), ("1-800-555-0107", "PHONE")],
     ["pharmacy", "identifier", "practice-contact"], "Mail-order shipping e-mail: name, drug, Rx number, the member's rural-route address (D10) and member ID go; the tracking number is the sender's (D6); TTY 711 is not a phone identifier (D8)."),
    ("es0046", "Meds-by-Mail: your refill of Biktarvy (Rx 88-40217) is on hold - your plan needs a current viral load, and the one on file from 3/2 was 40 copies/mL.",
     "BLOCK", "other", "sms", "en",
     [("Biktarvy", "MEDICATION"), ("88-40217", "OTHER_ID"), ("viral load", "PROCEDURE"), ("3/2", "DATE"), ("40 copies/mL", "RESULT")],
     ["pharmacy", "hiv-sexual-health", "identifier"], "A lab value in a refill-hold notice is a result: BLOCK."),
    ("es0047", "Your prescription is ready for pickup. Show the barcode in the app at the counter. Pickup window closes at 9:00 PM.",
     "ALLOW", "pickup", "push", "en", [],
     ["pharmacy", "hard-negative"], "Pickup notice without a drug, name or number."),
    ("es0048", "Per state law we need to see your driver's license at pickup for Rx 5520193 (oxycodone 5 mg). License on file: WDL0AB12C345, exp. 03/2027.",
     "REWRITE", "pickup", "sms", "en",
     [("5520193", "OTHER_ID"), ("oxycodone 5 mg", "MEDICATION"), ("WDL0AB12C345", "LICENSE"), ("03/2027", "DATE")],
     ["pharmacy", "identifier"], "Rx number, drug and the license number (D5: LICENSE, REWRITE) go; the month of the expiry date is a date element. 'Bring your license at pickup' survives."),
)

# ---------------------------------------------------------------- batch 5 (es0049-es0060): addresses, home visits, DME, device serials
add(
    ("es0049", "Sunrise Home Health: your nurse Alma will arrive between 10 and noon tomorrow at 4410 SE Division St Apt 12B. Please keep pets secured. Call 503-555-0166 if the gate code changed.",
     "REWRITE", "reminder", "sms", "en",
     [("Sunrise Home Health", "SPECIALTY"), ("nurse Alma", "PROVIDER"), ("4410 SE Division St Apt 12B", "ADDRESS"), ("503-555-0166", "PHONE")],
     ["home-health", "practice-contact"], "Home-health name and the patient's address with direction and apartment (D10) go; the visit window survives."),
    ("es0050", "Apex Medical Supply: your CPAP machine (SN 23213445871) is scheduled for delivery Wed 7/16 between 1-5 PM to 1201 Birch Ln, Unit 7, Boise ID 83702.",
     "REWRITE", "reminder", "sms", "en",
     [("CPAP", "PROCEDURE"), ("23213445871", "DEVICE_ID"), ("7/16", "DATE"), ("1201 Birch Ln, Unit 7, Boise ID 83702", "ADDRESS")],
     ["home-health", "identifier"], "Device type, its serial number and the delivery address (D10) go; the delivery window survives."),
    ("es0051", "The check-in kiosks in our lobby were updated to software version 4.2.1 (model K-7250). If a kiosk freezes, press the red button or ask at the front desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Version and model numbers of the practice's own equipment identify no one (D6)."),
    ("es0052", "Hola Don Efraín, le enviamos por correo su resumen de visita al Apartado Postal 318, Sunnyside, WA 98944. Si cambió de dirección, avísenos al 509-555-0133.",
     "REWRITE", "other", "sms", "es",
     [("Efraín", "NAME"), ("Apartado Postal 318, Sunnyside, WA 98944", "ADDRESS"), ("509-555-0133", "PHONE")],
     ["primary-care", "practice-contact"], "Name and the patient's PO box (D10) go; 'summary mailed, tell us if you moved' survives."),
    ("es0053", "Heartline Remote Monitoring: a transmission from your pacemaker (serial PJN448210S) on 9/14 showed 3 episodes of atrial fibrillation. Dr. Mbeki wants to see you this week.",
     "BLOCK", "result", "sms", "en",
     [("Heartline Remote Monitoring", "SPECIALTY"), ("pacemaker", "PROCEDURE"), ("PJN448210S", "DEVICE_ID"), ("9/14", "DATE"),
      ("3 episodes", "RESULT"), ("atrial fibrillation", "CONDITION"), ("Dr. Mbeki", "PROVIDER")],
     ["cardiology", "identifier"], "A device-check finding is a result: BLOCK. Judgement: the cardiac-monitoring service name is specialty-revealing."),
    ("es0054", "We've moved! Starting next month, Pinewood Family Doctors is at 3300 N Williams Ave, Suite 2B (enter from the east parking lot, elevator to the 2nd floor). Same phone: 971-555-0191.",
     "ALLOW", "other", "sms", "en",
     [("3300 N Williams Ave, Suite 2B", "ADDRESS"), ("971-555-0191", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "The practice's own new address and phone: labelled, ALLOW."),
    ("es0055", "Hi, this is Carl from Big Sky Medical Equipment. Our driver is heading to your place at Rural Route 4, Box 112, Miles City with your oxygen tanks around two o'clock. Keep your flow at 2 liters like Dr. Pruitt ordered. Call 406-555-0177 if nobody will be home.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Carl", "PROVIDER"), ("Rural Route 4, Box 112, Miles City", "ADDRESS"), ("oxygen", "MEDICATION"), ("Dr. Pruitt", "PROVIDER"), ("406-555-0177", "PHONE")],
     ["home-health", "practice-contact"], "A dosing instruction (oxygen flow) rides along with the delivery: BLOCK. The rural-route address is the patient's (D10)."),
    ("es0056", "Intake form received for Olena Kovalenko, DOB 22.09.1987, 1645 W Farwell Ave Apt 3N, Chicago IL 60626-3417. Thank you!",
     "BLOCK", "other", "sms", "en",
     [("Olena Kovalenko", "NAME"), ("22.09.1987", "DATE"), ("1645 W Farwell Ave Apt 3N, Chicago IL 60626-3417", "ADDRESS")],
     ["primary-care", "dob"], "Full date of birth (dotted European order) with the name: BLOCK (README)."),
    ("es0057", "To finish your telehealth registration we still need the ZIP code where you'll be during the visit. We have 83014 on file - reply with a new one if that changed.",
     "REWRITE", "other", "sms", "en",
     [("83014", "ZIP")],
     ["general", "identifier"], "A patient's ZIP on its own (restricted ZIP3 830) is ZIP (D7); the request survives without it."),
    ("es0058", "Mobile flu clinic this week! Our van serves ZIP codes 97206, 97266 and 97236, Tue and Thu 10-2 at the library parking lot. No appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Service-area ZIPs in a broadcast describe the practice, not the recipient (D7)."),
    ("es0059", "Clínica Familiar Esperanza: Sra. Guadalupe Ortiz, confirmamos su visita a domicilio para el lunes. Dirección: Calle Morelos 214 Int. 3, Col. Centro, El Paso, TX 79901. Llegamos entre 9 y 11.",
     "REWRITE", "confirmation", "sms", "es",
     [("Guadalupe Ortiz", "NAME"), ("visita a domicilio", "PROCEDURE"), ("Calle Morelos 214 Int. 3, Col. Centro, El Paso, TX 79901", "ADDRESS")],
     ["home-health"], "Name, the visit type (home visit reveals a homebound patient) and the Spanish-style address with interior number (D10) go; the day and window survive."),
    ("es0060", "Your contact details were saved: Address 88 Harbor View Rd #4, Gloucester MA 01930; Home phone (978) 555-0140; Email k.nakamura@example.com. Not you? Message the front desk.",
     "ALLOW", "portal-notice", "portal", "en",
     [("88 Harbor View Rd #4, Gloucester MA 01930", "ADDRESS"), ("(978) 555-0140", "PHONE"), ("k.nakamura@example.com", "EMAIL")],
     ["general"], "Portal channel: the patient's own contact details may be shown back to them."),
)

# ---------------------------------------------------------------- batch 6 (es0061-es0072): phones, e-mails, links, IPs
add(
    ("es0061", "Questions about your bill? Call 1-877-555-01RX (1-877-555-0179), Mon-Fri 7am-7pm, or text HELP to 55501.",
     "ALLOW", "billing", "sms", "en",
     [("1-877-555-01RX", "PHONE"), ("1-877-555-0179", "PHONE")],
     ["general", "practice-contact"], "The sender's toll-free number in vanity and numeric form: PHONE, ALLOW (D8). A short code to text is not labelled."),
    ("es0062", "Traveling? Reach our after-hours nurse line from abroad at +1 503 555 0158, or on WhatsApp at +1.503.555.0159. Inside the US just dial 503-555-0158.",
     "ALLOW", "other", "sms", "en",
     [("+1 503 555 0158", "PHONE"), ("+1.503.555.0159", "PHONE"), ("503-555-0158", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "The practice's own numbers with international prefixes and dots: labelled, ALLOW."),
    ("es0063", "We tried to send your visit summary to marisol.v88@example.com but it bounced. Please update your e-mail in the portal or at the front desk.",
     "REWRITE", "other", "sms", "en",
     [("marisol.v88@example.com", "EMAIL")],
     ["general"], "The patient's own e-mail echoed back is a patient identifier not needed (D11); 'it bounced, please update' survives."),
    ("es0064", "Complete your pre-visit forms before Thursday: https://forms.clinicflow.example/s/intake?pid=4471902&tok=9fQ2kLm8",
     "REWRITE", "reminder", "sms", "en",
     [("https://forms.clinicflow.example/s/intake?pid=4471902&tok=9fQ2kLm8", "URL")],
     ["general"], "A link carrying a patient id and a token is patient-specific (README): REWRITE."),
    ("es0065", "Check in online up to 24 hours before your visit at www.elmwoodmed.example/checkin - no login needed. See you soon!",
     "ALLOW", "reminder", "sms", "en",
     [("www.elmwoodmed.example/checkin", "URL")],
     ["primary-care", "practice-contact"], "The practice's own link, without a token: ALLOW."),
    ("es0066", "Security alert: new sign-in to your patient portal from IP 203.0.113.47 (Denver, CO) at 11:52 PM. If this wasn't you, reset your password at portal.example.org/reset.",
     "REWRITE", "other", "email", "en",
     [("203.0.113.47", "IP"), ("Denver, CO", "ADDRESS"), ("portal.example.org/reset", "URL")],
     ["general", "identifier", "practice-contact"], "The sign-in IP and its city identify the patient (D12, D10); the alert and the reset link survive."),
    ("es0067", "Estimado Sr. Fuentes: en respuesta a su correo del martes, su prueba de colesterol salió en 245 y el Dr. Ibarra quiere ajustar su tratamiento. Llame al 213-555-0161 ext. 12.",
     "BLOCK", "result", "email", "es",
     [("Fuentes", "NAME"), ("colesterol", "PROCEDURE"), ("245", "RESULT"), ("Dr. Ibarra", "PROVIDER"), ("213-555-0161 ext. 12", "PHONE")],
     ["primary-care", "practice-contact"], "A lab value sent by plain e-mail is a result: BLOCK."),
    ("es0068", "Quick update from Dr. Ferreira: your thyroid panel is back and your TSH was 8.9, a little high. Details: https://results.example.net/v/77Ab9?mrn=0044712",
     "BLOCK", "result", "sms", "en",
     [("Dr. Ferreira", "PROVIDER"), ("thyroid panel", "PROCEDURE"), ("TSH", "PROCEDURE"), ("8.9", "RESULT"), ("high", "RESULT"),
      ("https://results.example.net/v/77Ab9?mrn=0044712", "URL")],
     ["lab"], "Result value and interpretation: BLOCK; the link also carries the MRN."),
    ("es0069", "Deaf or hard of hearing? Dial 711 for relay service. For emergencies call 911. From a lobby courtesy phone, press 0 for the operator.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "711, 911 and 0 are service numbers, not phone identifiers (D8)."),
    ("es0070", "Records requests can be faxed to our HIM department at 617.555.0144 (fax) or mailed to PO Box 9020, Boston MA 02114. Please allow 10 business days.",
     "ALLOW", "other", "sms", "en",
     [("617.555.0144", "FAX"), ("PO Box 9020, Boston MA 02114", "ADDRESS")],
     ["general", "practice-contact"], "The practice's own fax and PO box: labelled, ALLOW."),
    ("es0071", "Per your request we'll call you at work, (312) 555-0186 x4471, between 1 and 3 PM tomorrow to go over scheduling. - Lakeview Medical Associates",
     "REWRITE", "other", "sms", "en",
     [("(312) 555-0186 x4471", "PHONE")],
     ["general"], "The patient's work number with its extension (D8 span form) is a patient identifier not needed (D11)."),
    ("es0072", "MyHealth app v12.4.0 (build 8821) fixes a sign-in bug. Update from your app store.",
     "ALLOW", "other", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "Version and build numbers are not identifiers (D6)."),
)

# ---------------------------------------------------------------- batch 7 (es0073-es0084): SSNs, dates of birth, licenses, plates, a VIN
add(
    ("es0073", "Dear Mr. Whitaker,\n\nTo finish processing your financial assistance application, we matched the Social Security number you provided (078-05-1120) to guarantor account 81-220417. Please upload your last two pay stubs in the portal within 14 days.\n\nFinancial Counseling, Bayside Medical Center",
     "BLOCK", "billing", "email", "en",
     [("Whitaker", "NAME"), ("078-05-1120", "SSN"), ("81-220417", "ACCOUNT")],
     ["general", "identifier"], "A full SSN must never travel by e-mail: BLOCK."),
    ("es0074", "Registration check: we have your SSN as ***-**-6620 and your DOB as 11/19/1974. Reply OK if correct or call us to update.",
     "BLOCK", "other", "sms", "en",
     [("***-**-6620", "SSN"), ("11/19/1974", "DATE")],
     ["general", "dob", "identifier"], "A masked SSN showing the last four is still SSN (D4): BLOCK; the span covers the masked form."),
    ("es0075", "Para verificar su identidad: los últimos 4 dígitos de su Seguro Social que tenemos son 2290. Si no es correcto, llame al 305-555-0129.",
     "BLOCK", "other", "sms", "es",
     [("2290", "SSN"), ("305-555-0129", "PHONE")],
     ["general", "identifier", "practice-contact"], "Last four SSN digits are still SSN (D4): BLOCK."),
    ("es0076", "We will never ask for your Social Security number or full date of birth by text. If someone does, hang up and call the number on our website.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative", "negation"], "Names the identifiers only to say they are never asked for; nothing about the recipient."),
    ("es0077", "for ur intake pls confirm ss# 5 2 9 - 4 1 - 8 8 0 2 n dob 4/7/83 thx",
     "BLOCK", "other", "sms", "en",
     [("5 2 9 - 4 1 - 8 8 0 2", "SSN"), ("4/7/83", "DATE")],
     ["general", "spaced", "shorthand", "identifier", "dob"], "A full SSN disguised by spacing the digits: BLOCK."),
    ("es0078", "Patient: HUANG, MEI-LING  DOB: 1956-08-03  MRN: 00-71-4428  Appt: 10/14 09:30 Dr. Abernathy - Rm 4",
     "BLOCK", "reminder", "sms", "en",
     [("HUANG, MEI-LING", "NAME"), ("1956-08-03", "DATE"), ("00-71-4428", "MRN"), ("10/14", "DATE"), ("Dr. Abernathy", "PROVIDER")],
     ["primary-care", "dob", "identifier"], "System-generated line with family-name-first name and ISO date of birth: full DOB with name is BLOCK."),
    ("es0079", "To verify it's you, reply with your date of birth. We have it as March 8, 1990 - if that's wrong call 720-555-0104.",
     "REWRITE", "other", "sms", "en",
     [("March 8, 1990", "DATE"), ("720-555-0104", "PHONE")],
     ["general", "dob", "practice-contact"], "A date of birth without a name is REWRITE (README); the verification request survives."),
    ("es0080", "Valet note from Mercy Ridge Hospital: your car (blue Honda, plate 7XKM214) is parked in Lot C. Show this text at the valet stand when you leave after your stress test.",
     "REWRITE", "other", "sms", "en",
     [("7XKM214", "VEHICLE_ID"), ("stress test", "PROCEDURE")],
     ["cardiology", "identifier"], "The plate and the test go; the valet note survives. The lot letter is not an identifier."),
    ("es0081", "Construction alert: the north garage is closed until Friday. Patients may park in Lot D, levels 2-4; vehicles over 6'8\" tall use the surface lot. Shuttle every 10 min.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Lots, levels and heights are not vehicle identifiers (D6)."),
    ("es0082", "Hi, this is Grace at the front desk. We scanned your driver's license at check-in (OR 4417209) but the photo came out blurry. Could you bring it again next visit?",
     "REWRITE", "other", "sms", "en",
     [("Grace", "PROVIDER"), ("4417209", "LICENSE")],
     ["primary-care", "identifier"], "A license number alone is LICENSE, REWRITE (D5); the state code before it stays outside the span (D3)."),
    ("es0083", "Mobility Plus: the wheelchair lift on your van (VIN 1FTBW3XM1HKA44820) is due for service on 2/27. A loaner van is available - reply LOANER to reserve it.",
     "REWRITE", "reminder", "sms", "en",
     [("wheelchair lift", "PROCEDURE"), ("1FTBW3XM1HKA44820", "VEHICLE_ID"), ("2/27", "DATE")],
     ["home-health", "identifier"], "The VIN (valid check digit) and the mobility device go; the service date and loaner offer survive."),
    ("es0084", "Hola, buen día. Le confirmamos que el expediente de Juan Carlos Medina Ruiz, fecha de nacimiento 05/11/1979, ya fue enviado a su nuevo médico. Saludos, Archivo Clínico.",
     "BLOCK", "other", "sms", "es",
     [("Juan Carlos Medina Ruiz", "NAME"), ("05/11/1979", "DATE")],
     ["primary-care", "dob"], "Full date of birth (day-first, as written in Spanish) with the name: BLOCK."),
)

# ---------------------------------------------------------------- batch 8 (es0085-es0096): accession, case and specimen numbers with results; disguises
add(
    ("es0085", "Lab accession 24-CH-0091187 (collected 6/3): Hemoglobin 9.1 g/dL (L). Dr. Ames will call you to talk about starting iron.",
     "BLOCK", "result", "sms", "en",
     [("24-CH-0091187", "OTHER_ID"), ("6/3", "DATE"), ("Hemoglobin", "PROCEDURE"), ("9.1 g/dL", "RESULT"), ("9.1 g/dL ([[L]])", "RESULT"),
      ("Dr. Ames", "PROVIDER"), ("iron", "MEDICATION")],
     ["lab", "identifier"], "Lab value and flag with the accession number (D2): BLOCK."),
    ("es0086", "Path case S25-4471 from your skin biopsy on 5/28 came back as basal cell carcinoma. Dr. Varga's office will call to schedule Mohs surgery.",
     "BLOCK", "result", "sms", "en",
     [("S25-4471", "OTHER_ID"), ("skin biopsy", "PROCEDURE"), ("5/28", "DATE"), ("basal cell carcinoma", "CONDITION"), ("Dr. Varga", "PROVIDER"),
      ("Mohs", "PROCEDURE")],
     ["dermatology", "oncology", "identifier"], "A pathology diagnosis is the message: BLOCK. Pathology-case numbers are OTHER_ID (D2)."),
    ("es0087", "Subject: Follow-up from your visit\n\nHello,\n\nThank you for choosing Riverside Urgent Care. We hope you are feeling better. This e-mail follows up on your visit of 8/12 (visit no. UC-2025-118803).\n\nA few reminders:\n- We are open 8 AM to 8 PM every day, including holidays.\n- You can view your visit notes and print a work or school note from the patient portal.\n- If you paid a copay at the front desk, your receipt is in the portal under Billing.\n\nYour urine culture grew E. coli that is resistant to the antibiotic you were given, so the provider has sent a new prescription for nitrofurantoin 100 mg to your pharmacy.\n\nIf you get worse, or develop a fever or back pain, come back in or go to the nearest emergency room.\n\nRiverside Urgent Care\n(480) 555-0112 | riversideuc.example",
     "BLOCK", "result", "email", "en",
     [("Riverside Urgent Care", "SPECIALTY"), ("8/12", "DATE"), ("UC-2025-118803", "OTHER_ID"), ("urine culture", "PROCEDURE"),
      ("E. coli", "RESULT"), ("resistant", "RESULT"), ("antibiotic", "MEDICATION"), ("nitrofurantoin 100 mg", "MEDICATION"),
      ("fever", "CONDITION"), ("back pain", "CONDITION"), ("Riverside Urgent Care", "SPECIALTY", 1), ("(480) 555-0112", "PHONE"),
      ("riversideuc.example", "URL")],
     ["urgent-care", "identifier", "practice-contact", "negation"], "A culture result buried in a long, mostly logistical e-mail: BLOCK. A visit/encounter number is patient-specific: OTHER_ID (D2). Hypothetical symptoms are still labelled."),
    ("es0088", "Result notice - Accession 25-LB-330918, Lipid panel, collected 01/22/2025: Total cholesterol 212 mg/dL (H), LDL 141 mg/dL (H), HDL 48 mg/dL. Dr. Osei has reviewed your results and will go over them at your visit.",
     "ALLOW", "result", "portal", "en",
     [("25-LB-330918", "OTHER_ID"), ("Lipid panel", "PROCEDURE"), ("01/22/2025", "DATE"), ("Total cholesterol", "PROCEDURE"),
      ("212 mg/dL", "RESULT"), ("212 mg/dL ([[H]])", "RESULT"), ("LDL", "PROCEDURE"), ("141 mg/dL", "RESULT"), ("141 mg/dL ([[H]])", "RESULT"),
      ("HDL", "PROCEDURE"), ("48 mg/dL", "RESULT"), ("Dr. Osei", "PROVIDER")],
     ["lab", "identifier"], "Portal channel: results and the accession number may stay (README)."),
    ("es0089", "Re: case CS-0041177 - the school nurse asked for a copy of Aiden's seizure action plan and his Keppra 250 mg dosing. Please sign the release in the portal so we can send it.",
     "BLOCK", "other", "sms", "en",
     [("CS-0041177", "OTHER_ID"), ("Aiden", "NAME"), ("seizure", "CONDITION"), ("Keppra 250 mg", "MEDICATION")],
     ["pediatrics", "minor", "third-party", "identifier"], "A dependent's condition and medication sent to the parent: third-party health, BLOCK. Case number is OTHER_ID (D2)."),
    ("es0090", "Claim #2025031400417 for your wife Linh's physical therapy for her rotator cuff tear was denied as not medically necessary. Call Member Services at 1-855-555-0120 to appeal.",
     "BLOCK", "billing", "sms", "en",
     [("2025031400417", "OTHER_ID"), ("Linh", "NAME"), ("physical therapy", "PROCEDURE"), ("rotator cuff tear", "CONDITION"), ("1-855-555-0120", "PHONE")],
     ["physical-therapy", "third-party", "identifier", "practice-contact"], "A spouse's diagnosis on the subscriber's phone: third-party health, BLOCK. A claim number that starts with a date-like run is still one OTHER_ID, not a date."),
    ("es0091", "Laboratorio Clínico Del Norte: folio 20240611-0387. Su resultado de glucosa en ayunas fue 182 mg/dL. Favor de comunicarse con su médico.",
     "BLOCK", "result", "sms", "es",
     [("20240611-0387", "OTHER_ID"), ("glucosa en ayunas", "PROCEDURE"), ("182 mg/dL", "RESULT")],
     ["lab", "identifier"], "A lab value by text: BLOCK. A lab 'folio' is OTHER_ID (D2), one span although it starts with a date-like run."),
    ("es0092", "Specimen ID QX-77120-A (rapid strep + COVID panel): COVID NEGATIVE, strep POSITIVE. Pick up your antibiotic at the front window before 8 PM.",
     "BLOCK", "result", "sms", "en",
     [("QX-77120-A", "OTHER_ID"), ("rapid strep", "PROCEDURE"), ("COVID panel", "PROCEDURE"), ("[[COVID]] NEGATIVE", "PROCEDURE"),
      ("NEGATIVE", "RESULT"), ("[[strep]] POSITIVE", "PROCEDURE"), ("POSITIVE", "RESULT"), ("antibiotic", "MEDICATION")],
     ["urgent-care", "identifier"], "Positive and negative results with the specimen ID (D2): BLOCK."),
    ("es0093", "Your MRN is 0\u200b0\u200b4\u200b8\u200b2\u200b2\u200b1\u200b7 and your pap smear came back normal. No follow-up needed until next year.",
     "BLOCK", "result", "sms", "en",
     [("0\u200b0\u200b4\u200b8\u200b2\u200b2\u200b1\u200b7", "MRN"), ("pap smear", "PROCEDURE"), ("normal", "RESULT")],
     ["reproductive", "identifier"], "A normal result is still a result (README): BLOCK. The MRN is split by zero-width spaces; the span covers it as written."),
    ("es0094", "Reminder: ur ch3m0 infusi0n is Tu3s 9/9 at 8am. Pt ID 0N-55821. Bring snacks + a blanket!",
     "REWRITE", "reminder", "sms", "en",
     [("ch3m0 infusi0n", "PROCEDURE"), ("9/9", "DATE"), ("0N-55821", "MRN")],
     ["oncology", "leet", "shorthand", "identifier"], "Leet-disguised treatment type and a patient ID (D2) go; the day and time survive."),
    ("es0095", "D\u0435ar S\u043efia K\u0430rlsson, y\u043eur date of birth on file is 02/14/1950. Please confirm by replying YES.",
     "BLOCK", "other", "sms", "en",
     [("S\u043efia K\u0430rlsson", "NAME"), ("02/14/1950", "DATE")],
     ["general", "dob"], "Name written with Cyrillic look-alike letters plus a full date of birth: BLOCK."),
    ("es0096", "Centro de Salud La Esperanza: a partir del lunes, la farmacia abre de 8:00 a 18:00. La ruta 14 del camión para en la puerta principal. Sala de espera 2, planta alta.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Hours, a bus route and a waiting-room number: no identifier (D6)."),
)

# ---------------------------------------------------------------- batch 9 (es0097-es0108): Medicare, dental, devices, superbills, records, relatives
add(
    ("es0097", "Dr. Okonkwo's office: time for your Medicare Annual Wellness Visit! Medicare ID on file 5VF1YM6GC22. Call 816-555-0150 to book.",
     "REWRITE", "recall", "sms", "en",
     [("Dr. Okonkwo", "PROVIDER"), ("Medicare Annual Wellness", "PROCEDURE"), ("5VF1YM6GC22", "HEALTH_PLAN_ID"), ("816-555-0150", "PHONE")],
     ["primary-care", "identifier", "practice-contact"], "Medicare wellness is a revealing visit type (README); the MBI without dashes is HEALTH_PLAN_ID (D1)."),
    ("es0098", "Happy 93rd birthday, Mr. Abernethy! Everyone at Willow Creek Family Medicine wishes you a wonderful day. Patient #WC-100447",
     "REWRITE", "marketing", "sms", "en",
     [("93rd", "AGE"), ("Abernethy", "NAME"), ("WC-100447", "MRN")],
     ["primary-care", "age-over-89", "identifier"], "Age over 89 (the ordinal), name and 'Patient #' (MRN, D2) go; the greeting survives."),
    ("es0099", "Smile Studio Dental: Hi Priya! Your crown seat is Thu 2/6 at 3:10. Insurance on file: PPO, subscriber ID 113-48-2207-01 (policyholder Rahul Menon).",
     "REWRITE", "reminder", "sms", "en",
     [("Smile Studio Dental", "SPECIALTY"), ("Priya", "NAME"), ("crown seat", "PROCEDURE"), ("2/6", "DATE"), ("113-48-2207-01", "HEALTH_PLAN_ID"),
      ("Rahul Menon", "NAME")],
     ["dental", "identifier"], "A subscriber ID shaped like an SSN plus a suffix is a plan ID, not an SSN (D1); the policyholder relative is NAME (D14). Date and time survive."),
    ("es0100", "Superbill for your 4/8 visit with Dr. Nwosu is in the portal. For your HSA claim you'll need our NPI 1457390023 and Tax ID 93-1847265.",
     "ALLOW", "billing", "sms", "en",
     [("4/8", "DATE"), ("Dr. Nwosu", "PROVIDER")],
     ["primary-care"], "The practice's NPI and tax ID are the practice's identifiers, not the patient's (D6): not labelled."),
    ("es0101", "Lost and found: a pair of reading glasses and a phone charger were left in exam room 6 yesterday. Stop by the front desk if they're yours.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Not addressed to anyone's care; an exam-room number is not an identifier."),
    ("es0102", "Your glucose monitor (Dexcom G7, serial 4XK2-99018-T) is now linked to your chart, MRN 00-8841-207. Readings will sync to your care team every 5 minutes.",
     "ALLOW", "portal-notice", "portal", "en",
     [("glucose monitor", "PROCEDURE"), ("Dexcom G7", "PROCEDURE"), ("4XK2-99018-T", "DEVICE_ID"), ("00-8841-207", "MRN")],
     ["primary-care", "identifier"], "Portal channel: device, serial and MRN may stay."),
    ("es0103", "Clínica Comunitaria San Martín: su cita con el Dr. Herrera es el viernes 7 de noviembre a las 11:00. Estamos en Av. Juárez 1820, Suite 4, El Paso, TX 79902. Tel. 915-555-0110 ext. 3.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Herrera", "PROVIDER"), ("7 de noviembre", "DATE"), ("Av. Juárez 1820, Suite 4, El Paso, TX 79902", "ADDRESS"), ("915-555-0110 ext. 3", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, date and the clinic's own Spanish-style address and phone with extension: ALLOW."),
    ("es0104", "Hi Mr. Gallo, the claim for your mother's hip fracture repair on 1/17 was billed under her Medicare number 8TN3-PK6-CX27. Her supplemental plan should pay within 30 days.",
     "BLOCK", "billing", "sms", "en",
     [("Gallo", "NAME"), ("hip fracture", "CONDITION"), ("1/17", "DATE"), ("8TN3-PK6-CX27", "HEALTH_PLAN_ID")],
     ["orthopedics", "third-party", "identifier"], "A parent's injury sent to her son: third-party health, BLOCK. Her MBI is HEALTH_PLAN_ID (D1)."),
    ("es0105", "Subject: How to read your statement\n\nHello from the billing team!\n\nMany of you have asked what the numbers on your statement mean, so here is a quick guide.\n\n- Statement ID: a 12-character code that starts with ST. It changes every month; it is not your account number.\n- Account number: printed in the top right box. Keep it handy when you call us.\n- Service lines: each line shows a five-digit billing code, the charge, what insurance paid and any adjustment.\n- Amount due: the total you owe after insurance. Payments made in the last 5 days may not show yet.\n\nYou can pay by card, check or in the portal, and we offer interest-free plans for balances over $200. Thank you for trusting us with your care!",
     "ALLOW", "billing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "A long newsletter that describes identifiers without containing any."),
    ("es0106", "Reminder: Dr. Castellanos, Wed 12/3, 4:15 PM, Suite 220. Tap to confirm.",
     "ALLOW", "reminder", "push", "en",
     [("Dr. Castellanos", "PROVIDER"), ("12/3", "DATE")],
     ["primary-care"], "Provider, date, time and a suite number (D6): ALLOW."),
    ("es0107", "Your records request #ROI-22019 for Lorraine Pike (DOB 9/30/1948, MRN 3318-0774) was mailed today to the address on file. - Health Information Management",
     "BLOCK", "other", "sms", "en",
     [("ROI-22019", "OTHER_ID"), ("Lorraine Pike", "NAME"), ("9/30/1948", "DATE"), ("3318-0774", "MRN")],
     ["general", "dob", "identifier"], "Full date of birth with the name: BLOCK. A records-request number is OTHER_ID (D2)."),
    ("es0108", "GeneView Labs: order GV-2025-88314 is complete. Result: pathogenic BRCA2 variant detected. A genetic counselor will call you from 617-555-0102 within 2 business days.",
     "BLOCK", "result", "sms", "en",
     [("GeneView Labs", "SPECIALTY"), ("GV-2025-88314", "OTHER_ID"), ("pathogenic BRCA2 variant", "RESULT"), ("genetic counselor", "SPECIALTY"),
      ("617-555-0102", "PHONE")],
     ["lab", "oncology", "identifier", "practice-contact"], "A genetic finding is a result: BLOCK. Judgement: a genetics lab name is specialty-revealing; a lab test order number is patient-specific (D2, D6)."),
)

# ---------------------------------------------------------------- batch 10 (es0109-es0120): national IDs, permits, welcome letter, closing hard negatives
add(
    ("es0109", "¡Gracias por su donativo a la Fundación Clínica Santa Fe! Recibo No. D-2025-0413 por $500.00 MXN. Este recibo es deducible de impuestos; RFC de la fundación: FCS950101AB3.",
     "ALLOW", "marketing", "email", "es", [],
     ["general", "hard-negative"], "A donation receipt number and the foundation's tax ID (which looks like a personal RFC) identify no patient (D6)."),
    ("es0110", "Le llamamos de Consultorio Médico Ixtapa para recordarle su cita con la doctora Salinas el 3 de febrero a las nueve y media de la mañana. Si necesita cambiarla, marque al 956 555 0121. Gracias.",
     "ALLOW", "reminder", "voice", "es",
     [("doctora Salinas", "PROVIDER"), ("3 de febrero", "DATE"), ("956 555 0121", "PHONE")],
     ["primary-care", "practice-contact"], "Spoken reminder with the provider's title written out, a date and the office's number with spaces: ALLOW."),
    ("es0111", "Portal del paciente - Expediente 0081-2270-4 · Fecha de nacimiento: 14/02/1966 · Hemoglobina A1c: 6.1 % (12/03/2025). La Dra. Robles revisó su resultado; no se requieren cambios.",
     "ALLOW", "result", "portal", "es",
     [("0081-2270-4", "MRN"), ("14/02/1966", "DATE"), ("Hemoglobina A1c", "PROCEDURE"), ("6.1 %", "RESULT"), ("12/03/2025", "DATE"),
      ("Dra. Robles", "PROVIDER")],
     ["lab", "dob", "identifier"], "Portal channel: chart number, date of birth and a result may stay (README)."),
    ("es0112", "Sra. Alvarado, le informamos que la prueba de embarazo de su hija Camila (expediente 55-20918) salió positiva. Por favor llame a la clínica para hacer una cita.",
     "BLOCK", "result", "sms", "es",
     [("Alvarado", "NAME"), ("prueba de embarazo", "PROCEDURE"), ("Camila", "NAME"), ("55-20918", "MRN"), ("positiva", "RESULT")],
     ["reproductive", "minor", "third-party", "identifier"], "A daughter's result sent to her mother: a result and third-party health, BLOCK."),
    ("es0113", "Tracking update: your supply box from Greenway Clinic (UPS 1Z999AA10123456784) arrives Thursday by 8 PM. No signature required.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "The practice's own shipment tracking number identifies a parcel, not the patient, and nothing says what is inside (D6)."),
    ("es0114", "Clínica Binacional Santa Rosa: para completar su registro confirmamos su CURP GOMR850312MJCLRS04 y su número de expediente 44-1902. Si algún dato es incorrecto, responda a este mensaje.",
     "BLOCK", "other", "sms", "es",
     [("GOMR850312MJCLRS04", "OTHER_ID"), ("44-1902", "MRN")],
     ["general", "identifier"], "A CURP is OTHER_ID (README) but encodes the full date of birth and name initials, so it is handled like an SSN: BLOCK (D4)."),
    ("es0115", "Subject: Welcome to Cedar Hollow Family Medicine\n\nWelcome, and thank you for choosing us!\n\nYour first visit is with Dr. Anaya Whitfield, MD on Tuesday, September 16 at 9:00 AM. Please arrive 20 minutes early so we can finish your paperwork.\n\nWhere to find us: 5120 Old Mill Rd, Building C, Suite 150, Ashland, OR 97520. Park in the lot behind Building C; the entrance faces the creek.\n\nWhat to bring: a photo ID, your insurance card and a list of the medicines and vitamins you take.\n\nForms, online payments and messages: cedarhollowfm.example/portal\nMain line: 541-555-0189 | Toll-free: 1-866-555-0135 | Fax: 541-555-0190\nE-mail: hello@cedarhollowfm.example\n\nWe look forward to meeting you.\nThe Cedar Hollow team",
     "ALLOW", "confirmation", "email", "en",
     [("Dr. Anaya Whitfield, MD", "PROVIDER"), ("September 16", "DATE"), ("5120 Old Mill Rd, Building C, Suite 150, Ashland, OR 97520", "ADDRESS"),
      ("cedarhollowfm.example/portal", "URL"), ("541-555-0189", "PHONE"), ("1-866-555-0135", "PHONE"), ("541-555-0190", "FAX"),
      ("hello@cedarhollowfm.example", "EMAIL")],
     ["primary-care", "practice-contact"], "Welcome letter with the practice's own address, toll-free (D8), fax, e-mail and portal link: ALLOW."),
    ("es0116", "Dr. Yamamoto-Price · Mon 1/12 · 8:50 AM · Bldg 2, Rm 214 · Arrive by 8:35. Reply Y to confirm, N to cancel.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Yamamoto-Price", "PROVIDER"), ("1/12", "DATE")],
     ["primary-care"], "Provider, date, times, building and room (D6): ALLOW."),
    ("es0117", "Parking permit issued to Hollis Greer (DOB 6/2/1939): plate WYN 4471, WA driver's license GREERH*391KM. Display the hang tag on your mirror during dialysis sessions.",
     "BLOCK", "other", "sms", "en",
     [("Hollis Greer", "NAME"), ("6/2/1939", "DATE"), ("WYN 4471", "VEHICLE_ID"), ("GREERH*391KM", "LICENSE"), ("dialysis", "PROCEDURE")],
     ["dialysis", "dob", "identifier"], "Full date of birth with the name: BLOCK; the plate and license number (D5) would go in any case."),
    ("es0118", "Holiday hours: we close early at 3:30 PM on Christmas Eve and reopen the day after Christmas at 8:00 AM. Happy holidays from the team at Riverside Family Health!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Holidays are not dates (README); times are not identifiers."),
    ("es0119", "Your Greenway Clinic portal verification code is 583 920. It expires in 10 minutes. Never share it - we will never call to ask for it.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time code is not an identifier of the patient (README)."),
    ("es0120", "Lab hours at our Eastgate draw station: 6:30 AM-2:00 PM, walk-ins welcome, average wait 12 min. Bring your lab order and a photo ID.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "Hours and a generic lab order: nothing about the recipient."),
)

# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build
probe_lib.run(M, "es", "probe146.jsonl")
