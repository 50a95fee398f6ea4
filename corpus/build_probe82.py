#!/usr/bin/env python3
"""Build corpus/probe82.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe82.py [OUT] [-v]   (default: probe82.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run,
and no source code, test, other corpus or build script was read.

This round is IDENTIFIERS, CONTACT DETAILS AND ADDRESSES IN MANY FORMATS: what registration
desks, billing systems, pharmacies, labs, device companies, insurers and portals send with numbers
and contact details in them (MRNs, account, claim, member and group numbers, Rx numbers, accession
and specimen numbers, device serials, plates, the practice's NPI and tax ID, order numbers,
one-time codes, portal usernames, e-mail addresses, URLs with and without tokens, IP addresses,
phone and fax numbers with extensions, international or spelled out, street addresses,
apartments, PO boxes, rural routes, Spanish and Puerto Rican addresses), mixed with numbers that
belong to the practice or identify nobody (rooms, suites, prices, times, doses, confirmation
codes, version numbers). About 15% Spanish; four disguised messages.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Group numbers are HEALTH_PLAN_ID, like the member ID printed on the same card; a Medicare
     MBI is HEALTH_PLAN_ID.
  2. Claim, prior-authorization, accession/specimen/folio, requisition, invoice, order, kit and
     carrier tracking numbers are OTHER_ID; account and guarantor numbers are ACCOUNT; any
     organisation's own patient/record number (a pharmacy's patient ID, "expediente") is MRN.
  3. Booking and payment confirmation codes, ride IDs, request/ticket references and one-time or
     activation codes identify a transaction, not a person: not labelled.
  4. Masked card or bank numbers showing only the last four digits are not labelled (not unique);
     any visible SSN digits ("SSN ending 4821", a masked SSN) are SSN and BLOCK, because HHS
     guidance treats SSN fragments as identifiers; an old Medicare number (HICN) that is an SSN
     plus a letter is one SSN span over the whole token, BLOCK.
  5. The practice's (or pharmacy's, lab's, insurer's, vendor's) own identifiers — NPI, tax ID,
     NCPDP number, store number, suite and room numbers, a driver's plate on a ride vehicle —
     are not labelled; the sender's own phone/fax/URL/e-mail/address is labelled and ALLOW, with
     the tag practice-contact.
  6. An ICD-10 diagnosis code is a CONDITION (a diagnosis: BLOCK).
  7. A patient's portal username is OTHER_ID (REWRITE); a username that is an e-mail address is
     EMAIL; a temporary password is OTHER_ID.
  8. A city and state derived from a login's geolocation is ADDRESS (geography below a state).
  9. A URL whose query carries the patient's name and full DOB is one URL span (spans do not
     nest) and BLOCK under the DOB-with-name convention.
 10. A patient's or emergency contact's own phone number or e-mail address is PHONE/EMAIL and
     REWRITE (not needed); spoken, spelled-out numbers are one span over the spoken string.
 11. A driver's licence number is LICENSE (REWRITE on its own); a Mexican CURP, which encodes the
     full date of birth, is OTHER_ID and BLOCK next to the name; a Mexican NSS is OTHER_ID.
 12. "Baby Boy <Surname>": only the surname is NAME ("Baby Boy" is a registration placeholder,
     treated like a title).
 13. Asking the patient to confirm a street address by SMS is REWRITE (the address goes; the
     request to call or use the portal survives).
 14. A device whose type reveals a condition (CPAP, insulin pump, pacemaker, oxygen
     concentrator, wheelchair) is PROCEDURE (README: devices are PROCEDURE); its serial is
     DEVICE_ID.
 15. Street names used as directions without a house number ("the Main St office", "Elm St
     park-and-ride") are not labelled.
 16. A phone extension is part of the PHONE span ("206-555-0120 ext. 3"); an IVR menu's bare
     extensions ("press 4", "ext. 6") are not phone numbers.
 17. A month with a year ("from 01/2022") is a date element other than the year: DATE.
 18. Contact details of a third party that is not the patient (a law firm's e-mail, another
     pharmacy's fax) are labelled by their category like the practice's own; a vendor's URL
     whose domain hints at a specialty stays one URL span.
 19. Specimen-quality words ("hemolyzed") describe the tube, not the patient: not RESULT; a
     device status that is a finding (pacemaker battery at "ERI") is RESULT.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers; the
SSNs are well-known specimen numbers. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (cg0001-cg0012): registration desk
add(
    ("cg0001", "Welcome to Alder Creek Family Practice! Check in at the 2nd floor kiosk across from Room 214. Parking validation is at the front desk, so bring your ticket. Copays are collected at check-in.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "hard-negative"], "Floor, room number and parking logistics identify nobody."),
    ("cg0002", "Hi Priyanka, pre-registration for your visit on 3/9 is complete. Your MRN is A0049318 - you won't need it at check-in, it's just for your records. -Front desk, Willow Bend Medical",
     "REWRITE", "confirmation", "sms", "en",
     [("Priyanka", "NAME"), ("3/9", "DATE"), ("A0049318", "MRN")],
     ["primary-care", "identifier"], "Name and an MRN the message itself says is not needed go; the confirmation and date survive."),
    ("cg0003", "Registration needs to verify: Terrence Obi, DOB 07/19/1983, SSN 219-09-9999. Reply Y if correct or call the desk.",
     "BLOCK", "other", "sms", "en",
     [("Terrence Obi", "NAME"), ("07/19/1983", "DATE"), ("219-09-9999", "SSN")],
     ["primary-care", "dob", "identifier"], "SSN plus a full date of birth with the name: must never travel by text."),
    ("cg0004", "Lakeshore Internal Medicine has moved! New address: 1180 Harbor View Rd, Suite 300, Duluth, MN 55802. Same phone: 218-555-0147. Free parking behind the building.",
     "ALLOW", "other", "sms", "en",
     [("1180 Harbor View Rd, Suite 300, Duluth, MN 55802", "ADDRESS"), ("218-555-0147", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "Relocation broadcast with the practice's own address and phone."),
    ("cg0005", "Please confirm your address for our records: 4417 N Whitcomb St Apt 2B, Tacoma WA 98407. Reply YES if correct or call 253-555-0126 to update it.",
     "REWRITE", "other", "sms", "en",
     [("4417 N Whitcomb St Apt 2B, Tacoma WA 98407", "ADDRESS"), ("253-555-0126", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 13: the patient's home address goes; the request to confirm by phone survives. The phone is the practice's."),
    ("cg0006", "Clínica Los Álamos: Recuerde traer su identificación con foto y su tarjeta del seguro. Estamos en el segundo piso, consultorio 12. Horario: lunes a viernes de 8:00 a 17:00.",
     "ALLOW", "reminder", "sms", "es", [],
     ["primary-care", "hard-negative"], "Generic clinic name, room number and hours; nothing about the recipient."),
    ("cg0007", "Sr. Galindo, su No. de expediente es 2024-118735. Preséntelo en recepción el jueves 14 de marzo a las 9:15. Clínica Médica del Valle.",
     "REWRITE", "reminder", "sms", "es",
     [("Galindo", "NAME"), ("2024-118735", "MRN"), ("14 de marzo", "DATE")],
     ["primary-care", "identifier"], "Chart number and name are not needed for the reminder; date and time survive. The year-like prefix is part of the MRN."),
    ("cg0008", "Subject: Your pre-registration summary\n\nDear Adaeze Nwosu,\n\nThank you for pre-registering for your visit at Oak Hollow Medical Associates. Please review the details we have on file and reply within 48 hours if anything needs to change.\n\nPatient: Adaeze Nwosu\nDate of birth: 1979-02-11\nHome address: 88 Pinecrest Ln, Marietta, GA 30064\nCell: (770) 555-0183\nPrimary insurance: Peachtree Health Plan, member ID XJH884120017, group 0045127\n\nYour appointment is with Dr. Lemaire on 9/16 at 10:20 AM. Please bring your insurance card and a photo ID.\n\nOak Hollow Medical Associates\n2500 Windy Ridge Pkwy, Suite 900, Atlanta, GA 30339\n(770) 555-0100",
     "BLOCK", "confirmation", "email", "en",
     [("Adaeze Nwosu", "NAME"), ("Adaeze Nwosu", "NAME", 1), ("1979-02-11", "DATE"),
      ("88 Pinecrest Ln, Marietta, GA 30064", "ADDRESS"), ("(770) 555-0183", "PHONE"),
      ("XJH884120017", "HEALTH_PLAN_ID"), ("0045127", "HEALTH_PLAN_ID"), ("Dr. Lemaire", "PROVIDER"),
      ("9/16", "DATE"), ("2500 Windy Ridge Pkwy, Suite 900, Atlanta, GA 30339", "ADDRESS"), ("(770) 555-0100", "PHONE")],
     ["primary-care", "dob", "identifier", "practice-contact"], "Full ISO date of birth with the name in an unencrypted e-mail: BLOCK. Decision 1: the group number is HEALTH_PLAN_ID; the signature block is the practice's own."),
    ("cg0009", "Your visit with Dr. Haugen is set for Tue 11/18 at 3:40 PM at our Eastside office, Suite 110. Please arrive 15 min early to complete forms.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Haugen", "PROVIDER"), ("11/18", "DATE")],
     ["primary-care"], "Provider, date and time; the suite number and '15 min' are not identifiers."),
    ("cg0010", "Front desk: we updated your emergency contact to Luis Ferreira, (305) 555-0172. If this is wrong, call us at (305) 555-0100.",
     "REWRITE", "other", "sms", "en",
     [("Luis Ferreira", "NAME"), ("(305) 555-0172", "PHONE"), ("(305) 555-0100", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 10: the contact's name and private number are not needed; the practice's number stays."),
    ("cg0011", "Verification code for Brightline Patient Portal: 482 917. Do not share this code. Brightline staff will never call to ask for it.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time login code is not an identifier of the patient (README)."),
    ("cg0012", "Your Harborview Health portal username is mfarouk1962. To set your password, use the Forgot password link on the sign-in page.",
     "REWRITE", "portal-notice", "sms", "en",
     [("mfarouk1962", "OTHER_ID")],
     ["general", "identifier"], "Decision 7: a username built from name and birth year is a unique code of the patient; the notice survives without it."),
)

# ---------------------------------------------------------------- batch 2 (cg0013-cg0024): billing and collections
add(
    ("cg0013", "Statement ready for Acct# 10045593: balance due $212.40 by 12/1. Pay at mapleridgemed.example/pay or call 614-555-0139.",
     "REWRITE", "billing", "sms", "en",
     [("10045593", "ACCOUNT"), ("12/1", "DATE"), ("mapleridgemed.example/pay", "URL"), ("614-555-0139", "PHONE")],
     ["general", "identifier", "practice-contact"], "The account number is not needed to pay through the practice's own link or phone; amount and due date survive."),
    ("cg0014", "Thanks! Your payment of $145.00 (card ending 4242) was received. Confirmation #: PX7-22Q. Reply HELP for help, STOP to opt out.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Decisions 3 and 4: a payment confirmation code and a card's last four digits identify nobody."),
    ("cg0015", "Estimado paciente: su cuenta núm. 55-0092817 tiene un saldo pendiente de $86.00. Puede pagar en línea en pagos.clinicasanjose.example o llamar al (956) 555-0118. Gracias.",
     "REWRITE", "billing", "sms", "es",
     [("55-0092817", "ACCOUNT"), ("pagos.clinicasanjose.example", "URL"), ("(956) 555-0118", "PHONE")],
     ["general", "identifier", "practice-contact"], "Account number goes; balance and the practice's own link and phone survive."),
    ("cg0016", "Claim 2291-0048-77 for Dolores Whitaker was denied: diagnosis code F33.1 is not covered under the plan rider. Member ID WKR448190233. Questions: 1-800-555-0142.",
     "BLOCK", "billing", "sms", "en",
     [("2291-0048-77", "OTHER_ID"), ("Dolores Whitaker", "NAME"), ("F33.1", "CONDITION"), ("WKR448190233", "HEALTH_PLAN_ID"), ("1-800-555-0142", "PHONE")],
     ["behavioral-health", "identifier", "practice-contact"], "Decision 6: an ICD-10 code is a diagnosis (here recurrent depression), so the denial reason is clinical content: BLOCK."),
    ("cg0017", "Your Explanation of Benefits for claim #E77120938 (date of service 08/14) is available. Member ID: ZGP902281144, Group 77410. Log in at members.bluepeak.example to view it.",
     "REWRITE", "portal-notice", "sms", "en",
     [("E77120938", "OTHER_ID"), ("08/14", "DATE"), ("ZGP902281144", "HEALTH_PLAN_ID"), ("77410", "HEALTH_PLAN_ID"), ("members.bluepeak.example", "URL")],
     ["general", "identifier", "practice-contact"], "Decisions 1-2: claim, member and group numbers are not needed to say an EOB is ready; the insurer's own site stays."),
    ("cg0018", "For your HSA/FSA reimbursement form: Provider: Copper Hills Family Medicine, NPI 1234567893, Tax ID 84-1937265. Office visit fee: $128.00 (CPT 99213).",
     "ALLOW", "billing", "sms", "en", [],
     ["primary-care", "hard-negative"], "Decision 5: the practice's NPI and tax ID identify the practice, not the patient; a generic office-visit code and a price are not PHI."),
    ("cg0019", "Billing question re: acct 7730192 - the lab charge is for the HIV viral load drawn 9/22 for your husband, Marcus. Insurance applied $0.",
     "BLOCK", "billing", "sms", "en",
     [("7730192", "ACCOUNT"), ("HIV viral load", "PROCEDURE"), ("9/22", "DATE"), ("Marcus", "NAME")],
     ["hiv-sexual-health", "third-party", "identifier"], "A third party's HIV test on the guarantor's bill: anything about a third party's health is BLOCK."),
    ("cg0020", "Payment plan confirmed: $50/month starting 1/15, autopay from checking ending 3390. Questions? billing@cedarpointclinic.example",
     "ALLOW", "billing", "sms", "en",
     [("1/15", "DATE"), ("billing@cedarpointclinic.example", "EMAIL")],
     ["general", "practice-contact"], "Decision 4: a bank account's last four digits are not labelled; the e-mail is the practice's billing office."),
    ("cg0021", "Mail payments to: Riverside Medical Group, PO Box 2210, Portland, OR 97208-2210. Please write your statement number on the check memo line.",
     "ALLOW", "billing", "sms", "en",
     [("PO Box 2210, Portland, OR 97208-2210", "ADDRESS")],
     ["general", "practice-contact"], "The PO box and ZIP+4 are the practice's remittance address."),
    ("cg0022", "Final notice before collections: your balance of $410.00 is past due. Pay by 2/28 to avoid referral to Tri-County Recovery Services. Call 402-555-0163 Mon-Fri 8-4:30.",
     "ALLOW", "billing", "sms", "en",
     [("2/28", "DATE"), ("402-555-0163", "PHONE")],
     ["general", "practice-contact"], "Judgement: 'Tri-County Recovery Services' is a collection agency, not a substance-use program; amount, deadline and the office's phone only."),
    ("cg0023", "Sra. Beatriz Quintanilla, nacida el 03/05/1964: su reclamo #RX-558102 fue rechazado. Para apelar llame al 1-888-555-0129.",
     "BLOCK", "billing", "sms", "es",
     [("Beatriz Quintanilla", "NAME"), ("03/05/1964", "DATE"), ("RX-558102", "OTHER_ID"), ("1-888-555-0129", "PHONE")],
     ["general", "dob", "identifier", "practice-contact"], "Full date of birth with the name: BLOCK. The claim number is OTHER_ID (decision 2)."),
    ("cg0024", "Hello, this is a courtesy call from Granite Peak Medical billing about your recent statement. Please call us back at six one four, five five five, zero one five two. Our office is open Monday through Friday, eight to five.",
     "ALLOW", "billing", "voice", "en",
     [("six one four, five five five, zero one five two", "PHONE")],
     ["general", "practice-contact"], "Decision 10: a spelled-out number is labelled over the spoken string; it is the practice's own, so ALLOW."),
)

# ---------------------------------------------------------------- batch 3 (cg0025-cg0036): pharmacies
add(
    ("cg0025", "Walgrove Pharmacy: Rx #4471205 is ready for pickup at 2200 E Colfax Ave, Denver. Pickup window closes 10/12. Reply STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("4471205", "OTHER_ID"), ("2200 E Colfax Ave, Denver", "ADDRESS"), ("10/12", "DATE")],
     ["pharmacy", "identifier", "practice-contact"], "The Rx number is OTHER_ID and not needed for a pickup notice; the store's address and the date stay."),
    ("cg0026", "Your order is ready for pickup at the drive-thru. Pharmacy hours today 9am-9pm. Bring a photo ID. Reply HELP for help.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Pickup notice with no drug, no number and no name."),
    ("cg0027", "Rx 0612-884 (metformin ER 500mg) for MARIA T is ready at store #1187. Total due $4.00.",
     "REWRITE", "pickup", "sms", "en",
     [("0612-884", "OTHER_ID"), ("metformin ER 500mg", "MEDICATION"), ("MARIA T", "NAME")],
     ["pharmacy", "identifier"], "Drug name, Rx number and the name as the pharmacy system prints it go; decision 5: the store number is the pharmacy's."),
    ("cg0028", "Refill for Rx#7731190 approved. Dr. Sato changed your dose: take 2 tablets of warfarin 5mg on Mon/Wed/Fri and 1 tablet on the other days.",
     "BLOCK", "pickup", "sms", "en",
     [("7731190", "OTHER_ID"), ("Dr. Sato", "PROVIDER"), ("warfarin 5mg", "MEDICATION")],
     ["pharmacy", "cardiology", "identifier"], "Dosing instructions are the message: BLOCK, send a portal notice."),
    ("cg0029", "Farmacia Santa Fe: Su pedido está listo. Horario: lun-sáb de 9am a 8pm. Av. Juárez 1420, local 3, Cd. Juárez, Chih. 32000. Tel. 656 555 0134.",
     "ALLOW", "pickup", "sms", "es",
     [("Av. Juárez 1420, local 3, Cd. Juárez, Chih. 32000", "ADDRESS"), ("656 555 0134", "PHONE")],
     ["pharmacy", "practice-contact"], "The pharmacy's own Mexican address (with 'local' unit and CP) and phone; nothing about the patient."),
    ("cg0030", "OnePath Specialty Pharmacy: your shipment is scheduled for delivery 6/4 to 91 Quarry Rd, Unit 6, Barre VT 05641. Tracking 1Z999AA10123456784. A signature is required.",
     "REWRITE", "pickup", "sms", "en",
     [("OnePath Specialty Pharmacy", "SPECIALTY"), ("6/4", "DATE"), ("91 Quarry Rd, Unit 6, Barre VT 05641", "ADDRESS"), ("1Z999AA10123456784", "OTHER_ID")],
     ["pharmacy", "identifier"], "Specialty-pharmacy name (README), the patient's home address and the tracking number (decision 2) go; the delivery date survives."),
    ("cg0031", "Hi, this is Coastline Pharmacy. Your daughter Ella's Rx #3390017 for methylphenidate ER 18mg needs a new prescription from Dr. Brandt before we can fill it.",
     "BLOCK", "pickup", "sms", "en",
     [("Ella", "NAME"), ("3390017", "OTHER_ID"), ("methylphenidate ER 18mg", "MEDICATION"), ("Dr. Brandt", "PROVIDER")],
     ["pharmacy", "pediatrics", "minor", "third-party", "identifier"], "A dependent's medication sent to the guardian is a third party's health: BLOCK (README)."),
    ("cg0032", "Holiday hours: our pharmacy closes at 6pm on Christmas Eve and reopens Friday at 9am. The automated refill line is open 24/7.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Holidays and 24/7 are not dates (README)."),
    ("cg0033", "Mail-order update: order #MO-5520913 for Kevin Arnaud, DOB 06/30/1955, shipped via USPS, tracking 9400 1112 0200 8812 3456 78. Questions? 1-877-555-0190 (TTY 711).",
     "BLOCK", "pickup", "sms", "en",
     [("MO-5520913", "OTHER_ID"), ("Kevin Arnaud", "NAME"), ("06/30/1955", "DATE"), ("9400 1112 0200 8812 3456 78", "OTHER_ID"), ("1-877-555-0190", "PHONE")],
     ["pharmacy", "dob", "identifier", "practice-contact"], "Full date of birth with the name: BLOCK. Decision 2: order and tracking numbers are OTHER_ID; 711 is a relay service, not a phone identifier."),
    ("cg0034", "Don Ramiro, sobre su receta #884120 de insulina glargina: póngase 22 unidades cada noche, ya no 18 como antes. Dra. Pineda.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Ramiro", "NAME"), ("884120", "OTHER_ID"), ("insulina glargina", "MEDICATION"), ("Dra. Pineda", "PROVIDER")],
     ["pharmacy", "primary-care", "identifier"], "A dose change is a treatment instruction: BLOCK."),
    ("cg0035", "Prescription transfer request received from Linden Pharmacy (fax 312-555-0177, NCPDP 1498213). We'll text you when it's ready.",
     "ALLOW", "other", "sms", "en",
     [("312-555-0177", "FAX")],
     ["pharmacy", "practice-contact"], "Decision 5: another pharmacy's fax and NCPDP number identify the pharmacy, not the patient; no drug named."),
    ("cg0036", "Dr. Okafor sent a new prescription to Eastgate Pharmacy, store #0412, 1550 W Main St, Mesa AZ 85201. Reply 1 for pickup or 2 for free delivery.",
     "ALLOW", "pickup", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("1550 W Main St, Mesa AZ 85201", "ADDRESS")],
     ["pharmacy", "practice-contact"], "Prescriber and the pharmacy's own address; decision 5: the store number is not labelled."),
)

# ---------------------------------------------------------------- batch 4 (cg0037-cg0048): labs, specimens, kits
add(
    ("cg0037", "Meridian Labs: our Westgate patient service center (Suite 140) now opens at 6:30am. Walk-ins welcome; scheduled draws are seen first. Bring your order and a photo ID.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "A generic lab name, a suite number and hours; a draw station notice to everyone."),
    ("cg0038", "Meridian Labs: the specimen for your mother, Irene Kask (accession M24-0098817), was rejected as hemolyzed. She needs a redraw for her lithium level this week.",
     "BLOCK", "other", "sms", "en",
     [("Irene Kask", "NAME"), ("M24-0098817", "OTHER_ID"), ("lithium level", "PROCEDURE")],
     ["lab", "behavioral-health", "third-party", "identifier"], "A named relative's drug-level test (which reveals the treatment) told to someone else: third party's health, BLOCK. 'Hemolyzed' describes the tube, not the patient, and is not labelled."),
    ("cg0039", "Accession 24-CH-118803 - Kowalczyk, Janina: Potassium 5.9 (H). Please repeat draw tomorrow; Dr. Ferris notified.",
     "BLOCK", "result", "sms", "en",
     [("24-CH-118803", "OTHER_ID"), ("Kowalczyk, Janina", "NAME"), ("Potassium", "PROCEDURE"), ("5.9", "RESULT"), ("Potassium 5.9 ([[H]])", "RESULT"), ("Dr. Ferris", "PROVIDER")],
     ["lab", "identifier"], "A value and its flag: BLOCK. The family-name-first order is one NAME span."),
    ("cg0040", "Your lab results are ready in the portal. Log in at portal.meridianlabs.example to view them. Need help? 833-555-0115.",
     "ALLOW", "portal-notice", "sms", "en",
     [("portal.meridianlabs.example", "URL"), ("833-555-0115", "PHONE")],
     ["lab", "practice-contact"], "No test named; the lab's own portal and help line."),
    ("cg0041", "Home draw scheduled: our phlebotomist will arrive between 8 and 10am on 5/21 at 3305 Lark St, Apt 12F. Requisition #HD-44190. Please don't eat after midnight.",
     "REWRITE", "reminder", "sms", "en",
     [("5/21", "DATE"), ("3305 Lark St, Apt 12F", "ADDRESS"), ("HD-44190", "OTHER_ID")],
     ["lab", "home-health", "identifier"], "The patient's address and the requisition number go; the visit window survives. Generic fasting prep is not clinical content."),
    ("cg0042", "Subject: Your pathology report is available\n\nHello Mr. Oyelaran,\n\nThis is Cascade Pathology Partners. Specimen S24-33871 (skin, left forearm, shave biopsy), collected 4/2 by Dr. Whitfield, has been finalized. Diagnosis: basal cell carcinoma, nodular type; margins involved. Dr. Whitfield's office will contact you to discuss next steps, which may include Mohs surgery.\n\nYour copy of the report is in the patient portal at portal.cascadepath.example. For billing questions call 206-555-0120 ext. 3 or e-mail billing@cascadepath.example.\n\nPlease do not reply to this e-mail; this mailbox is not monitored.\n\nCascade Pathology Partners\n1400 Fairview Ave N, Seattle, WA 98109",
     "BLOCK", "result", "email", "en",
     [("Oyelaran", "NAME"), ("S24-33871", "OTHER_ID"), ("shave biopsy", "PROCEDURE"), ("4/2", "DATE"),
      ("Dr. Whitfield", "PROVIDER"), ("Dr. Whitfield", "PROVIDER", 1), ("basal cell carcinoma", "CONDITION"),
      ("margins involved", "RESULT"), ("Mohs surgery", "PROCEDURE"), ("portal.cascadepath.example", "URL"),
      ("206-555-0120 ext. 3", "PHONE"), ("billing@cascadepath.example", "EMAIL"), ("1400 Fairview Ave N, Seattle, WA 98109", "ADDRESS")],
     ["lab", "dermatology", "oncology", "identifier", "practice-contact"], "A pathology diagnosis in an e-mail: BLOCK. Decision 16: the extension is part of the phone span."),
    ("cg0043", "Your kit shows as delivered. Drop the sealed return box in any mailbox; postage is prepaid. The lot number on the box is for our lab only - you don't need to write it down.",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "hard-negative"], "No test named, no number shown; a lot number is a product batch, not a person."),
    ("cg0044", "Laboratorio Clínico Azteca: su estudio con folio 7781-2209 está listo. Recoja su resultado con identificación en Calle Morelos 88, Col. Centro, Toluca.",
     "REWRITE", "result", "sms", "es",
     [("7781-2209", "OTHER_ID"), ("Calle Morelos 88, Col. Centro, Toluca", "ADDRESS")],
     ["lab", "identifier", "practice-contact"], "Decision 2: the lab's folio is an accession number; no test or value is named, and the lab's own address stays."),
    ("cg0045", "Specimen barcode 4S2L-0093 from your STI panel came back reactive for chlamydia. Call the clinic line, 555-0161, to get treated.",
     "BLOCK", "result", "sms", "en",
     [("4S2L-0093", "OTHER_ID"), ("STI panel", "PROCEDURE"), ("reactive", "RESULT"), ("chlamydia", "CONDITION"), ("555-0161", "PHONE")],
     ["hiv-sexual-health", "lab", "identifier", "practice-contact"], "A positive STI result: BLOCK."),
    ("cg0046", "Hello, this is Meridian Labs calling with an automated message. A result is available for you. For your privacy we cannot share details by phone. Please log in to your patient account or call our results line during business hours.",
     "ALLOW", "portal-notice", "voice", "en", [],
     ["lab", "hard-negative"], "'A result is available' with no test named is a notification without PHI."),
    ("cg0047", "Your DNA kit arrived! Activate it at helixa.example/activate with Kit ID GX-20931-77 before you mail it back, or your sample can't be processed.",
     "REWRITE", "other", "sms", "en",
     [("DNA kit", "PROCEDURE"), ("helixa.example/activate", "URL"), ("GX-20931-77", "OTHER_ID")],
     ["lab", "identifier", "practice-contact"], "Genetic testing and the kit ID (decision 2; it is printed on the kit) go; the vendor's activation link stays."),
    ("cg0048", "Dear parent: newborn screen specimen #NBS-2024-55817 for Baby Boy Halvorsen (born 04/02/2024) needs a repeat. The TSH result was borderline; please bring him in this week.",
     "BLOCK", "result", "sms", "en",
     [("newborn screen", "PROCEDURE"), ("NBS-2024-55817", "OTHER_ID"), ("Halvorsen", "NAME"), ("04/02/2024", "DATE"), ("TSH", "PROCEDURE"), ("borderline", "RESULT")],
     ["pediatrics", "lab", "minor", "third-party", "dob", "identifier"], "A dependent's result plus a full birth date with a name: BLOCK. Decision 12: only the surname is NAME."),
)

# ---------------------------------------------------------------- batch 5 (cg0049-cg0060): devices, DME, vehicles, transport
add(
    ("cg0049", "Device recall notice: your CPAP unit, serial SN 22154788391, is affected by the sound-foam recall. Register for a replacement at recall.respiwave.example or call 800-555-0144.",
     "REWRITE", "other", "sms", "en",
     [("CPAP", "PROCEDURE"), ("22154788391", "DEVICE_ID"), ("recall.respiwave.example", "URL"), ("800-555-0144", "PHONE")],
     ["home-health", "identifier", "practice-contact"], "Decision 14: the device type reveals sleep apnea and the serial is DEVICE_ID; the recall notice survives with the vendor's own link and phone."),
    ("cg0050", "Version 4.12.0.7 of the Brightline app is now available. Update from your app store; this release fixes the login loop some users saw after 4.11.3.",
     "ALLOW", "other", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "A four-part version number looks like an IP address but identifies nothing."),
    ("cg0051", "Parking permit approved for your dialysis chair time: plate 7KXR392 (CA). Hang the tag from your mirror in the Rivergate Kidney Center lot.",
     "REWRITE", "other", "sms", "en",
     [("dialysis", "PROCEDURE"), ("7KXR392", "VEHICLE_ID"), ("Rivergate Kidney Center", "SPECIALTY")],
     ["dialysis", "identifier"], "The patient's plate, the treatment and the kidney-centre name go; 'your parking permit is approved' survives."),
    ("cg0052", "Valet parking is available at the main entrance from 7am to 7pm. Lot B levels 2-4 are reserved for patients; take a ticket and we'll validate it at any front desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Lot letters, levels and times are not identifiers; '2-4' is not a date."),
    ("cg0053", "Apex Medical Supply: your wheelchair (serial WCX-7781-0043) will be delivered Thursday between 1 and 5pm. Please have someone 18 or older home to sign.",
     "REWRITE", "other", "sms", "en",
     [("wheelchair", "PROCEDURE"), ("WCX-7781-0043", "DEVICE_ID")],
     ["home-health", "identifier"], "Decision 14: the equipment and its serial go; the delivery window survives. '18 or older' is not an age over 89."),
    ("cg0054", "Remote monitoring alert - pacemaker serial PJN-883104R (patient Walter Brooks, 92): the battery has reached ERI and atrial fibrillation episodes were logged overnight. Dr. Kaur's team will call you today.",
     "BLOCK", "result", "sms", "en",
     [("pacemaker", "PROCEDURE"), ("PJN-883104R", "DEVICE_ID"), ("Walter Brooks", "NAME"), ("92", "AGE"), ("ERI", "RESULT"), ("atrial fibrillation", "CONDITION"), ("Dr. Kaur", "PROVIDER")],
     ["cardiology", "age-over-89", "identifier"], "Device findings (battery at elective replacement, arrhythmia episodes): BLOCK; also an age over 89 and a serial."),
    ("cg0055", "Le informamos que su concentrador de oxígeno (No. de serie OC5-229817) será recogido el 9 de julio para mantenimiento en la dirección registrada: Calle Ponce de León 214, Apto. 3, Caguas, PR 00725.",
     "REWRITE", "other", "sms", "es",
     [("concentrador de oxígeno", "PROCEDURE"), ("OC5-229817", "DEVICE_ID"), ("9 de julio", "DATE"), ("Calle Ponce de León 214, Apto. 3, Caguas, PR 00725", "ADDRESS")],
     ["home-health", "identifier"], "Decision 14: the device, its serial and the patient's Puerto Rico address go; the pickup date survives."),
    ("cg0056", "Need a ride to your visit? Our free shuttle leaves the Elm St park-and-ride every 30 minutes from 7am to 6pm, and city bus #14 stops at our door. Questions: transport@pinegrovehealth.example",
     "ALLOW", "other", "email", "en",
     [("transport@pinegrovehealth.example", "EMAIL")],
     ["general", "broadcast", "practice-contact"], "Decision 15: a street used as a landmark is not labelled; the e-mail is the practice's."),
    ("cg0057", "Your insulin pump (SN 1098-4421-77) warranty ends 3/31. Order a replacement through your supplier at 1-866-555-0108, option 2.",
     "REWRITE", "other", "sms", "en",
     [("insulin pump", "PROCEDURE"), ("1098-4421-77", "DEVICE_ID"), ("3/31", "DATE"), ("1-866-555-0108", "PHONE")],
     ["primary-care", "identifier", "practice-contact"], "Decision 14: the pump reveals diabetes and its serial is DEVICE_ID; the warranty date and supplier phone survive."),
    ("cg0058", "Re: the DMV medical form you asked us to complete - Noor Haddad, driver license D4418820, is not cleared to drive after the seizure on 2/9. A copy was mailed to you.",
     "BLOCK", "other", "sms", "en",
     [("Noor Haddad", "NAME"), ("D4418820", "LICENSE"), ("seizure", "CONDITION"), ("2/9", "DATE")],
     ["primary-care", "identifier"], "A clinical finding and its consequence are the message: BLOCK. Decision 11: the licence number is LICENSE."),
    ("cg0059", "Lost and found: a pair of reading glasses and a car key fob were turned in at our front desk on 6/12. Call 480-555-0158 to describe and claim them.",
     "ALLOW", "other", "sms", "en",
     [("6/12", "DATE"), ("480-555-0158", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Broadcast with a date and the practice's phone; glasses are not an eye-care visit."),
    ("cg0060", "Ride confirmed: your driver, in a white Ford Transit, plate LKP-2291 (TX), will pick you up at 6:45 AM at 5120 Oak Crest Dr for your 8:00 appointment. Ride ID 4471. Reply CANCEL to cancel.",
     "REWRITE", "confirmation", "sms", "en",
     [("5120 Oak Crest Dr", "ADDRESS")],
     ["general"], "The pickup address is the patient's home: REWRITE. Decisions 3 and 5: the driver's plate and the ride ID are not the patient's identifiers."),
)

# ---------------------------------------------------------------- batch 6 (cg0061-cg0072): insurers and member services
add(
    ("cg0061", "Welcome to BluePeak Health Plan! Your member ID is BPK 4418 2093 01 and your new card is in the mail. Create your online account at bluepeak.example/register.",
     "REWRITE", "other", "sms", "en",
     [("BPK 4418 2093 01", "HEALTH_PLAN_ID"), ("bluepeak.example/register", "URL")],
     ["general", "identifier", "practice-contact"], "A spaced member ID is still HEALTH_PLAN_ID and not needed (it is on the card); the welcome and the plan's own link survive."),
    ("cg0062", "Medicare card update for Eleanor Pruitt: your old Medicare number 078-05-1120A is being replaced. Your new Medicare Beneficiary Identifier is 1EG4-TE5-MK73. Destroy your old card.",
     "BLOCK", "other", "sms", "en",
     [("Eleanor Pruitt", "NAME"), ("078-05-1120A", "SSN"), ("1EG4-TE5-MK73", "HEALTH_PLAN_ID")],
     ["general", "identifier"], "Decision 4: the old Medicare number is the SSN plus a letter, one SSN span: BLOCK. Decision 1: the MBI is HEALTH_PLAN_ID."),
    ("cg0063", "Open enrollment is open now. Compare Bronze, Silver and Gold plans; the Silver 87 plan has a $750 deductible and a $25 PCP copay. Employer group plans: ask your HR team.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Plan names with numbers, prices and 'group' are not identifiers."),
    ("cg0064", "Aseguradora Vida Plena: su número de afiliado es VP-00918273-02 y su número de grupo es 5510. Su nueva tarjeta llegará por correo a la dirección registrada.",
     "REWRITE", "other", "sms", "es",
     [("VP-00918273-02", "HEALTH_PLAN_ID"), ("5510", "HEALTH_PLAN_ID")],
     ["general", "identifier"], "Decision 1: member and group numbers are HEALTH_PLAN_ID; 'your new card is on its way' survives."),
    ("cg0065", "Prior auth #PA-7719203 approved for Zubair Ahmed (DOB 5/30/1971): adalimumab 40mg every other week for Crohn's disease, valid 12 months.",
     "BLOCK", "other", "sms", "en",
     [("PA-7719203", "OTHER_ID"), ("Zubair Ahmed", "NAME"), ("5/30/1971", "DATE"), ("adalimumab 40mg", "MEDICATION"), ("Crohn's disease", "CONDITION")],
     ["pharmacy", "dob", "identifier"], "Diagnosis, drug and dosing with a name and full DOB: BLOCK. Decision 2: the authorization number is OTHER_ID."),
    ("cg0066", "BluePeak Member Services: 1-800-555-0136 (TTY 711), 8am-8pm ET. Fax claim forms to 1-800-555-0137 or upload them at bluepeak.example/claims.",
     "ALLOW", "other", "sms", "en",
     [("1-800-555-0136", "PHONE"), ("1-800-555-0137", "FAX"), ("bluepeak.example/claims", "URL")],
     ["general", "practice-contact"], "The insurer's own phone, fax and site (decision 5); 711 is not a phone identifier."),
    ("cg0067", "Eligibility check complete for your upcoming visit: your plan is active, your specialist copay is $30 and coinsurance is 20% after the deductible.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Copay and coinsurance figures are money, not results or identifiers; no specialty is named."),
    ("cg0068", "Your husband's plan (member 771-20-4411-01) shows an out-of-network claim for his vasectomy on 2/3. We need his signature on the attached form before we can resubmit.",
     "BLOCK", "billing", "sms", "en",
     [("771-20-4411-01", "HEALTH_PLAN_ID"), ("vasectomy", "PROCEDURE"), ("2/3", "DATE")],
     ["reproductive", "third-party", "identifier"], "A third party's procedure: BLOCK. The member number looks like an SSN but has a dependent suffix; labelled HEALTH_PLAN_ID."),
    ("cg0069", "Hello, this message is for Gwendolyn Price. This is Summit Health Plan calling about your member I D, W, X, seven, seven, four, one, nine, two. Please call us back at one eight hundred, five five five, zero one two three.",
     "REWRITE", "other", "voice", "en",
     [("Gwendolyn Price", "NAME"), ("W, X, seven, seven, four, one, nine, two", "HEALTH_PLAN_ID"), ("one eight hundred, five five five, zero one two three", "PHONE")],
     ["general", "identifier", "practice-contact"], "Decision 10: spoken identifiers are labelled over the spoken string. Name and member ID go; the call-back request and the plan's number survive."),
    ("cg0070", "Recuerde: su plan cubre una consulta preventiva al año sin costo. Copago de urgencias: $150. Línea de enfermería 24/7 al número que aparece al reverso de su tarjeta.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Benefits broadcast; 24/7 is not a date and no number is shown."),
    ("cg0071", "Subject: Your claim has been processed\n\nDear Member,\n\nWe processed a claim for services on 07/22.\nClaim number: 24-8812-0093317\nMember ID: BPK 5530 1187 02\nGroup number: 660021\n\nBilled amount: $412.00\nPlan discount: $188.40\nPlan paid: $179.28\nYou may owe the provider: $44.32\n\nThis is not a bill. Your provider will send you a statement if you owe anything. To see the full Explanation of Benefits, log in at bluepeak.example/eob or call Member Services at 1-800-555-0136 (TTY 711), Monday through Friday, 8 a.m. to 8 p.m. Eastern.\n\nWe mailed a paper copy to the address on file: 6 Juniper Ct, Apt 310, Ellicott City, MD 21043. To go paperless, update your preferences online.\n\nBluePeak Health Plan\nPO Box 14009, Lexington, KY 40512",
     "REWRITE", "billing", "email", "en",
     [("07/22", "DATE"), ("24-8812-0093317", "OTHER_ID"), ("BPK 5530 1187 02", "HEALTH_PLAN_ID"), ("660021", "HEALTH_PLAN_ID"),
      ("bluepeak.example/eob", "URL"), ("1-800-555-0136", "PHONE"), ("6 Juniper Ct, Apt 310, Ellicott City, MD 21043", "ADDRESS"),
      ("PO Box 14009, Lexington, KY 40512", "ADDRESS")],
     ["general", "identifier", "practice-contact"], "Claim, member and group numbers and the member's home address go; amounts, the service date and the plan's own contacts survive. No service or diagnosis is named."),
    ("cg0072", "Workers' comp claim WC-2024-33817, employee Tomasz Zielinski, SSN ending 4821: the carrier still needs the MRI report for the L4-L5 herniation before approving PT.",
     "BLOCK", "other", "sms", "en",
     [("WC-2024-33817", "OTHER_ID"), ("Tomasz Zielinski", "NAME"), ("4821", "SSN"), ("MRI", "PROCEDURE"), ("L4-L5 herniation", "CONDITION"), ("PT", "PROCEDURE")],
     ["orthopedics", "identifier"], "A diagnosis with a name: BLOCK. Decision 4: the visible SSN digits are SSN."),
)

# ---------------------------------------------------------------- batch 7 (cg0073-cg0084): portals, e-mail addresses, URLs, IPs, codes
add(
    ("cg0073", "New sign-in to your patient portal from IP 203.0.113.47 near Chicago, IL on 10/28 at 11:02 PM. Not you? Reset your password at portal.lakeviewmed.example/reset.",
     "REWRITE", "other", "sms", "en",
     [("203.0.113.47", "IP"), ("Chicago, IL", "ADDRESS"), ("10/28", "DATE"), ("portal.lakeviewmed.example/reset", "URL")],
     ["general", "identifier", "practice-contact"], "The patient's IP address and the city it resolves to (decision 8) go; the security alert and the practice's reset link survive."),
    ("cg0074", "Scheduled maintenance: the patient portal will be offline Sunday from 2:00 to 4:00 AM CT. After the upgrade, please use app version 6.3.1 or later.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Times and a version number identify nobody."),
    ("cg0075", "Your visit summary was e-mailed to j.ramos.1987@example.com. If that's not your address, call us at 702-555-0175 so we can fix it.",
     "REWRITE", "portal-notice", "sms", "en",
     [("j.ramos.1987@example.com", "EMAIL"), ("702-555-0175", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 10: the patient's own e-mail address (with name and birth year) is not needed; the practice's phone stays."),
    ("cg0076", "View your visit documents here: https://portal.ashgrovemedical.example/docs?pid=88172934&token=eyJhbGciOiJIUzI1NiJ9x7 (link expires in 72 hours)",
     "REWRITE", "portal-notice", "sms", "en",
     [("https://portal.ashgrovemedical.example/docs?pid=88172934&token=eyJhbGciOiJIUzI1NiJ9x7", "URL")],
     ["primary-care"], "A URL with a patient ID and token is patient-specific: REWRITE (README)."),
    ("cg0077", "New patient forms: https://www.ashgrovemedical.example/new-patient-forms - print and bring them, or fill them out online before your visit.",
     "ALLOW", "other", "sms", "en",
     [("https://www.ashgrovemedical.example/new-patient-forms", "URL")],
     ["primary-care", "practice-contact", "contrast"], "The practice's own public link without any patient parameter."),
    ("cg0078", "Su código de verificación de Portal Salud es 90 41 72. Vence en 5 minutos. Nunca le pediremos este código por teléfono.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "otp", "hard-negative"], "A one-time code is not an identifier of the patient (README)."),
    ("cg0079", "Join your video visit with Dr. Feld at https://meet.telecare.example/r/7731?pt=Hannah.Cole&dob=1990-06-14 and test your camera 10 minutes early.",
     "BLOCK", "reminder", "sms", "en",
     [("Dr. Feld", "PROVIDER"), ("https://meet.telecare.example/r/7731?pt=Hannah.Cole&dob=1990-06-14", "URL")],
     ["primary-care", "dob"], "Decision 9: the link carries the patient's name and full date of birth; one URL span, BLOCK under the DOB-with-name convention."),
    ("cg0080", "Portal invite from Dunmore Family Health: sign up at dunmorefh.example/join with activation code 7HQ-44X-PL2 (expires in 14 days). Your username will be your email, ak.bui@example.net.",
     "REWRITE", "portal-notice", "sms", "en",
     [("dunmorefh.example/join", "URL"), ("ak.bui@example.net", "EMAIL")],
     ["primary-care", "otp", "practice-contact"], "Decision 7: a username that is the patient's e-mail is EMAIL and goes; decision 3: the activation code is not labelled."),
    ("cg0081", "Hola Marisol, tu usuario del portal es marisol.v84 y tu contraseña temporal es Salud2024!. Ya está ahí tu resultado del Papanicolaou: todo salió normal 😊",
     "BLOCK", "result", "sms", "es",
     [("Marisol", "NAME"), ("marisol.v84", "OTHER_ID"), ("Salud2024!", "OTHER_ID"), ("Papanicolaou", "PROCEDURE"), ("normal", "RESULT")],
     ["reproductive", "identifier"], "A normal result is still a result: BLOCK. Decision 7: the username and the temporary password are OTHER_ID."),
    ("cg0082", "Message from Dr. Ibarra: your MRN 00558120 is now linked to this portal account. Your LDL came back at 96, which is at goal, so keep taking atorvastatin 20mg once daily.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Ibarra", "PROVIDER"), ("00558120", "MRN"), ("LDL", "PROCEDURE"), ("96", "RESULT"), ("atorvastatin 20mg", "MEDICATION")],
     ["primary-care", "contrast", "identifier"], "Inside the secure portal an MRN, a result and a medication may stay (README channel convention)."),
    ("cg0083", "New statement available for the account ending in 8812. Tap to view it in the app.",
     "ALLOW", "billing", "push", "en", [],
     ["general", "hard-negative"], "Decision 4: the last four digits of an account are not unique and not labelled."),
    ("cg0084", "We received a request to change your e-mail from t.mbeki@example.org to thandi.m@example.com. If you didn't make this change, call 415-555-0199 right away.",
     "REWRITE", "other", "sms", "en",
     [("t.mbeki@example.org", "EMAIL"), ("thandi.m@example.com", "EMAIL"), ("415-555-0199", "PHONE")],
     ["general", "practice-contact"], "Decision 10: the patient's old and new e-mail addresses go; the security notice and the practice's number survive."),
)

# ---------------------------------------------------------------- batch 8 (cg0085-cg0096): street addresses, PO boxes, rural routes, ZIPs
add(
    ("cg0085", "Sunrise Home Health: your nurse Carla will visit Tuesday between 10am and 12pm at RR 2 Box 118, Hollister, MO 65672. Please put pets away before she arrives.",
     "REWRITE", "reminder", "sms", "en",
     [("Sunrise Home Health", "SPECIALTY"), ("nurse Carla", "PROVIDER"), ("RR 2 Box 118, Hollister, MO 65672", "ADDRESS")],
     ["home-health"], "A rural-route address is a street address of the patient; the home-health agency name reveals the service. The visit window survives."),
    ("cg0086", "Our Main St office will be closed Saturday morning for the parade. The Route 9 office is open 8 to noon; suite numbers are on the directory by the elevator.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Decision 15: street names used to name an office, without a house number, are not addresses of anyone."),
    ("cg0087", "Your statement was returned as undeliverable from PO Box 3317, Tulia TX 79088. Please update your mailing address in the portal or call 806-555-0112.",
     "REWRITE", "billing", "sms", "en",
     [("PO Box 3317, Tulia TX 79088", "ADDRESS"), ("806-555-0112", "PHONE")],
     ["general", "practice-contact"], "The patient's PO box is an address below the state; the request to update survives."),
    ("cg0088", "Discharge summary for Mr. Alvin Dutta, 1402 Keswick Ave, Apt 5C, Baltimore MD 21211: admitted for CHF exacerbation; start furosemide 40mg daily and weigh yourself every morning.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Alvin Dutta", "NAME"), ("1402 Keswick Ave, Apt 5C, Baltimore MD 21211", "ADDRESS"), ("CHF exacerbation", "CONDITION"), ("furosemide 40mg", "MEDICATION")],
     ["cardiology", "identifier"], "Diagnosis and treatment instructions: BLOCK, regardless of the address."),
    ("cg0089", "¡Nueva sucursal de Clínica Familiar Esperanza! Blvd. Díaz Ordaz 3102, Col. Las Palmas, Reynosa, Tamps., C.P. 88630. Abrimos el lunes de 8 a 6. Tel. (899) 555-0145.",
     "ALLOW", "other", "sms", "es",
     [("Blvd. Díaz Ordaz 3102, Col. Las Palmas, Reynosa, Tamps., C.P. 88630", "ADDRESS"), ("(899) 555-0145", "PHONE")],
     ["primary-care", "broadcast", "practice-contact"], "The clinic's own Mexican address (colonia, state abbreviation, C.P.) and phone."),
    ("cg0090", "Buenas tardes, le habla Rocío de Enfermería a Domicilio San Lucas. Mañana llegamos entre 9 y 11 a su domicilio en Calle Amapola 27, int. 4, Col. Jardines del Bosque, 44520 Guadalajara, Jalisco. ¿Nos confirma?",
     "REWRITE", "reminder", "sms", "es",
     [("Rocío", "PROVIDER"), ("Enfermería a Domicilio San Lucas", "SPECIALTY"), ("Calle Amapola 27, int. 4, Col. Jardines del Bosque, 44520 Guadalajara, Jalisco", "ADDRESS")],
     ["home-health"], "A named sender is workforce (PROVIDER); the home-nursing agency name and the patient's home address go; the visit window survives."),
    ("cg0091", "To finish your financial assistance application we need proof of address. Our records only show ZIP 82301; please upload a utility bill or lease in the portal.",
     "REWRITE", "billing", "sms", "en",
     [("82301", "ZIP")],
     ["general", "identifier"], "A patient's ZIP on its own is ZIP; 823 is a restricted ZIP3, so not even the first three digits may stay."),
    ("cg0092", "Free blood pressure checks at the Westfield Library this Saturday, 10 to 2. No appointment needed - bring a friend!",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Broadcast to every patient (README): says nothing about the recipient."),
    ("cg0093", "Visit note for Lorraine Fitch, 38 Weatherby Ln, Unit 2, Keene NH 03431: wound on left heel measures 2.1 x 1.4 cm with slight drainage. Next dressing change Thursday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Lorraine Fitch", "NAME"), ("38 Weatherby Ln, Unit 2, Keene NH 03431", "ADDRESS"), ("wound", "CONDITION"), ("2.1 x 1.4 cm", "RESULT"), ("slight drainage", "RESULT")],
     ["home-health", "identifier"], "Findings and measurements are the message: BLOCK."),
    ("cg0094", "Directions to Birchwood Primary Care: 77 Commerce Pkwy, Suite 210, Beaverton, OR 97005. Enter from Hall Blvd; parking is free. Fax forms to 503-555-0191.",
     "ALLOW", "other", "sms", "en",
     [("77 Commerce Pkwy, Suite 210, Beaverton, OR 97005", "ADDRESS"), ("503-555-0191", "FAX")],
     ["primary-care", "practice-contact"], "The practice's own address and fax; decision 15 for the cross street."),
    ("cg0095", "Your new patient packet was mailed on 8/30. If it hasn't arrived in 5 days, reply PACKET or pick one up at 2209 W Pershing Rd, Suite 4, Chicago IL 60609.",
     "ALLOW", "other", "sms", "en",
     [("8/30", "DATE"), ("2209 W Pershing Rd, Suite 4, Chicago IL 60609", "ADDRESS")],
     ["primary-care", "practice-contact", "contrast"], "The address is the practice's pickup desk, not where the packet went."),
    ("cg0096", "Thank you for calling Fernwood Medical Group. For scheduling, press 4 or dial extension 204. For billing, press 6. For the nurse line, press 9. To reach the operator, press 0 at any time.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "Decision 16: menu keys and a bare internal extension are not phone numbers."),
)

# ---------------------------------------------------------------- batch 9 (cg0097-cg0108): disguises, national IDs, mixed
add(
    ("cg0097", "Pls confirm S S N for billing: 0 7 8 - 0 5 - 1 1 2 0. Reply to this text with your D.O.B. too.",
     "BLOCK", "billing", "sms", "en",
     [("0 7 8 - 0 5 - 1 1 2 0", "SSN")],
     ["general", "spaced", "shorthand", "identifier"], "A spaced-out SSN is still an SSN: never by text."),
    ("cg0098", "MRN: 00\u200b48\u200b29\u200b13 - please give this number at radiology check-in on Level 2.",
     "REWRITE", "reminder", "sms", "en",
     [("00\u200b48\u200b29\u200b13", "MRN"), ("radiology", "SPECIALTY")],
     ["imaging", "identifier"], "Zero-width spaces inside the MRN do not make it another number; the MRN and the specialty go."),
    ("cg0099", "pt n4me: J0anna K3ller, d0b 11-04-1958, acct 88120 - pls upd8 ur ins b4 Fri",
     "BLOCK", "billing", "sms", "en",
     [("J0anna K3ller", "NAME"), ("11-04-1958", "DATE"), ("88120", "ACCOUNT")],
     ["general", "leet", "shorthand", "identifier", "dob"], "Leetspeak name with a full date of birth: BLOCK."),
    ("cg0100", "Hi M\u0430rtina, your account 4418-2290 has a credit of $25.00. It will be applied to your next visit.",
     "REWRITE", "billing", "sms", "en",
     [("M\u0430rtina", "NAME"), ("4418-2290", "ACCOUNT")],
     ["general", "identifier"], "A Cyrillic 'a' inside the name; name and account number go, the credit notice survives."),
    ("cg0101", "Para su trámite ante el IMSS confirme sus datos: Yolanda Ybarra Cruz, CURP YACY640512MJCBRL07, NSS 4312 64 0815 3. Responda SÍ si son correctos.",
     "BLOCK", "other", "sms", "es",
     [("Yolanda Ybarra Cruz", "NAME"), ("YACY640512MJCBRL07", "OTHER_ID"), ("4312 64 0815 3", "OTHER_ID")],
     ["general", "identifier", "dob"], "Decision 11: the CURP encodes the full date of birth and goes with the name, like a DOB with a name; the NSS is OTHER_ID. BLOCK."),
    ("cg0102", "Clínica del Sol: su cita con el Dr. Herrera es el 22 de abril a las 8:30. Estacionamiento gratuito en el nivel 2. Dudas: citas@clinicadelsol.example",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Herrera", "PROVIDER"), ("22 de abril", "DATE"), ("citas@clinicadelsol.example", "EMAIL")],
     ["primary-care", "practice-contact"], "Provider, date, a parking level and the clinic's own e-mail."),
    ("cg0103", "Hi Desmond - your PSA from accession LX-55102 is 6.8, up from 4.1 in March. Dr. Lindqvist wants a prostate MRI before your next visit.",
     "BLOCK", "result", "sms", "en",
     [("Desmond", "NAME"), ("PSA", "PROCEDURE"), ("LX-55102", "OTHER_ID"), ("6.8", "RESULT"), ("4.1", "RESULT"), ("Dr. Lindqvist", "PROVIDER"), ("prostate MRI", "PROCEDURE")],
     ["oncology", "lab", "identifier"], "Values and a trend: BLOCK."),
    ("cg0104", "Flu shots: $0 with most insurance, $35 self-pay. Walk in Mon-Fri 9-5 at any of our 3 locations. Vaccine lot numbers are available on request.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Broadcast (README): prices, hours and lot numbers say nothing about the recipient."),
    ("cg0105", "Hola Sr. Benítez, su pedido de lentes (orden #OP-33018) ya llegó a Óptica Visión Clara. Puede recogerlo de lunes a sábado de 10 a 7.",
     "REWRITE", "pickup", "sms", "es",
     [("Benítez", "NAME"), ("OP-33018", "OTHER_ID"), ("Óptica Visión Clara", "SPECIALTY")],
     ["ophthalmology", "identifier"], "Eye-care names are specialty-revealing (README); name and order number (decision 2) go; the pickup notice survives."),
    ("cg0106", "Lab order for your son Mateo (MRN 0093381, DOB 02/14/2016): his lead level was 12 mcg/dL, so he needs a repeat venous draw.",
     "BLOCK", "result", "sms", "en",
     [("Mateo", "NAME"), ("0093381", "MRN"), ("02/14/2016", "DATE"), ("lead level", "PROCEDURE"), ("12 mcg/dL", "RESULT")],
     ["pediatrics", "lab", "minor", "third-party", "dob", "identifier"], "A dependent's result with a name, MRN and full DOB: BLOCK."),
    ("cg0107", "Dr. Osei's office: we received your records request (ref 2291) and will respond within 30 days. Fax any updates to 617-555-0168.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Osei", "PROVIDER"), ("617-555-0168", "FAX")],
     ["primary-care", "practice-contact"], "Decision 3: a request reference identifies a ticket, not the patient; the fax is the practice's."),
    ("cg0108", "Reminder for Ama Boateng: dental cleaning at Bayside Smiles on 7/8 at 2:30. Please arrive early to update your insurance (member ID DEL00917733).",
     "REWRITE", "reminder", "sms", "en",
     [("Ama Boateng", "NAME"), ("dental", "SPECIALTY"), ("cleaning", "PROCEDURE"), ("Bayside Smiles", "SPECIALTY"), ("7/8", "DATE"), ("DEL00917733", "HEALTH_PLAN_ID")],
     ["dental", "identifier"], "Name, dental service and practice name and the member ID go; the date and time survive."),
)

# ---------------------------------------------------------------- batch 10 (cg0109-cg0120): long e-mails, portal, short staff texts
add(
    ("cg0109", "Subject: Welcome to Stonebridge Family Physicians\n\nThank you for choosing Stonebridge Family Physicians. Here is everything you need before your first visit.\n\nWhere we are: 4600 Meridian Ave, Suite 120, Miami Beach, FL 33140. Garage entrance on the north side; bring your ticket for validation.\n\nHow to reach us: phone (305) 555-0150, fax (305) 555-0151, after-hours nurse line (305) 555-0152 ext. 7. E-mail front.desk@stonebridgefp.example for non-urgent questions (please do not send medical details by e-mail).\n\nOnline: book, pay and message us at stonebridgefp.example/portal. Our NPI (1234567893) and tax ID are printed on every receipt for HSA and FSA claims.\n\nInterpreters: free, in person or by video, in more than 200 languages - just ask when you book.\n\nCancellations: please give us 24 hours' notice so another patient can use the time.\n\nWhat to bring: photo ID, insurance card and a list of your medicines.\n\nWe look forward to seeing you!\nThe Stonebridge team",
     "ALLOW", "other", "email", "en",
     [("4600 Meridian Ave, Suite 120, Miami Beach, FL 33140", "ADDRESS"), ("(305) 555-0150", "PHONE"), ("(305) 555-0151", "FAX"),
      ("(305) 555-0152 ext. 7", "PHONE"), ("front.desk@stonebridgefp.example", "EMAIL"), ("stonebridgefp.example/portal", "URL")],
     ["primary-care", "practice-contact"], "A welcome e-mail with only the practice's own contact details; decision 5: its NPI is not labelled; decision 16: the extension is in the phone span."),
    ("cg0110", "Subject: Your statement from Lindenwood Medical Group\n\nHello Frances Ochoa,\n\nA new statement is available for guarantor account 30-7718204.\n\nStatement date: 10/01\nAmount due: $268.15\nDue by: 10/31\n\nPay online at pay.lindenwoodmg.example, by phone at 919-555-0130 (option 2), or by mail to Lindenwood Medical Group, PO Box 88012, Raleigh, NC 27675. We accept HSA cards.\n\nOur records show your billing address as 512 Briar Creek Rd, Apt 7, Cary, NC 27513. If that has changed, reply to this e-mail or update it in the portal so future statements reach you.\n\nNeed help? Ask about payment plans (no interest) and our financial assistance program.\n\nLindenwood Medical Group Billing Office",
     "REWRITE", "billing", "email", "en",
     [("Frances Ochoa", "NAME"), ("30-7718204", "ACCOUNT"), ("10/01", "DATE"), ("10/31", "DATE"), ("pay.lindenwoodmg.example", "URL"),
      ("919-555-0130", "PHONE"), ("PO Box 88012, Raleigh, NC 27675", "ADDRESS"), ("512 Briar Creek Rd, Apt 7, Cary, NC 27513", "ADDRESS")],
     ["general", "identifier", "practice-contact"], "Name, guarantor account and the patient's billing address go; amounts, dates and the practice's own PO box, phone and link survive."),
    ("cg0111", "Subject: Update on your prior authorization request\n\nDear Member,\n\nReference: PA-2024-441908\nMember ID: QHP 7720 4418 03\n\nWe reviewed the request from Dr. Rahimi for a sleep study at Northshore Sleep Diagnostics. It was not approved because the records we received do not show that your obstructive sleep apnea symptoms were first evaluated with a home sleep test, as your plan requires.\n\nThis is not a final decision. Your doctor may send more information, or you may appeal within 180 days. To appeal, call 1-888-555-0127 (TTY 711) or write to Appeals Unit, PO Box 7701, Harrisburg, PA 17106.\n\nYou can read your full coverage policy at qhp.example/policies.\n\nSincerely,\nUtilization Management\nKeystone Quality Health Plan",
     "BLOCK", "other", "email", "en",
     [("PA-2024-441908", "OTHER_ID"), ("QHP 7720 4418 03", "HEALTH_PLAN_ID"), ("Dr. Rahimi", "PROVIDER"), ("sleep study", "PROCEDURE"),
      ("Northshore Sleep Diagnostics", "SPECIALTY"), ("obstructive sleep apnea", "CONDITION"), ("home sleep test", "PROCEDURE"),
      ("1-888-555-0127", "PHONE"), ("PO Box 7701, Harrisburg, PA 17106", "ADDRESS"), ("qhp.example/policies", "URL")],
     ["general", "identifier", "practice-contact"], "A denial whose reason names the diagnosis and the clinical criteria: BLOCK, send a portal or mailed notice."),
    ("cg0112", "Subject: Fall news from Maple Grove Clinic\n\nA few updates for the season:\n\n1. Our new wing opens in October. Waiting rooms move to the 2nd floor (rooms 201-240); the lab stays in Room 112.\n2. Self-pay prices for 2025: office visit $125, annual physical $190, flu shot $35, TB skin test $28.\n3. Version 3.2 of our app adds mobile check-in. If you use version 2.9 or older, please update.\n4. Level P2 of the garage now has 14 EV chargers, 30 minutes free.\n5. Hours: Monday to Thursday 7:30 to 7, Friday 7:30 to 5, Saturday 9 to 1. Closed on Thanksgiving Day.\n6. Interpreters in 12 languages are free - just ask at check-in.\n\nThank you for letting us care for you and your family.\n\nMaple Grove Clinic",
     "ALLOW", "marketing", "email", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "A newsletter full of numbers (rooms, prices, versions, levels, hours) and a price list of services, sent to everyone: no identifier, nothing about the recipient."),
    ("cg0113", "Asunto: Confirmación de su registro\n\nEstimado Sr. Julián Echeverría:\n\nGracias por registrarse en el Centro de Salud Familiar La Ceiba. Su número de expediente es CE-0048827 y su cita de primera vez quedó programada para el 18 de noviembre a las 10:00 con la Dra. Villalobos.\n\nLos datos que tenemos en el sistema son:\nDomicilio: Urb. Villa Carolina, Calle 12, Bloque 8 #B-7, Carolina, PR 00985\nTeléfono: (787) 555-0164\nCorreo: j.echeverria77@example.com\n\nSi algún dato está mal, llámenos al (787) 555-0100 o escríbanos a registro@laceiba.example. Le pedimos llegar 15 minutos antes con su tarjeta del plan médico y una identificación con foto. Puede cambiar o cancelar su cita sin cargo hasta 24 horas antes.\n\nAtentamente,\nOficina de Registro\nCentro de Salud Familiar La Ceiba\nAve. Roberto Clemente 220, Carolina, PR 00985",
     "REWRITE", "confirmation", "email", "es",
     [("Julián Echeverría", "NAME"), ("CE-0048827", "MRN"), ("18 de noviembre", "DATE"), ("Dra. Villalobos", "PROVIDER"),
      ("Urb. Villa Carolina, Calle 12, Bloque 8 #B-7, Carolina, PR 00985", "ADDRESS"), ("(787) 555-0164", "PHONE"),
      ("j.echeverria77@example.com", "EMAIL"), ("(787) 555-0100", "PHONE"), ("registro@laceiba.example", "EMAIL"),
      ("Ave. Roberto Clemente 220, Carolina, PR 00985", "ADDRESS")],
     ["primary-care", "identifier", "practice-contact"], "Name, chart number and the patient's urbanización address, phone and e-mail go (decision 10); date, provider and the centre's own contacts survive. No date of birth, so REWRITE."),
    ("cg0114", "Subject: Records release - action needed\n\nHello,\n\nWe received an authorization to release records to Harmon & Pell LLP for the patient below. Before we send them, please confirm this matches your signed form.\n\nPatient name: Gregory Vance Lyle\nMRN: 7720-4415\nSSN: 219-09-9999\nRecords requested: office notes and imaging reports from 01/2022 to present\nDelivery: encrypted e-mail to records@harmonpell.example\n\nIf anything is wrong, call Health Information Management at 614-555-0187, ext. 2210, or fax a corrected form to 614-555-0188. Copies are free for patients; a $6.50 flat fee applies to third-party requests.\n\nHIM Department\nScioto Valley Medical Center",
     "BLOCK", "other", "email", "en",
     [("Gregory Vance Lyle", "NAME"), ("7720-4415", "MRN"), ("219-09-9999", "SSN"), ("01/2022", "DATE"),
      ("records@harmonpell.example", "EMAIL"), ("614-555-0187, ext. 2210", "PHONE"), ("614-555-0188", "FAX")],
     ["general", "identifier", "practice-contact"], "A full SSN with the name in an e-mail: BLOCK. Judgement: a month/year is a date element (DATE); the law firm's address is a third party's contact, labelled EMAIL."),
    ("cg0115", "After-visit summary - Rosalind Achterberg (MRN 55091237, DOB 08/21/1949)\nVisit: 11/4 with Dr. Mbatha, Westlake Internal Medicine, 2100 Lakeshore Dr, Suite 5, Oakland, CA 94606\n\nWhat we discussed: your blood pressure today was 148/92. We increased lisinopril to 20mg once daily. Your creatinine (1.1) is stable.\n\nNext steps: home BP log twice daily for 2 weeks; send the readings through this portal. Lab draw in 3 months.\n\nQuestions? Message us here or call (510) 555-0196.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Rosalind Achterberg", "NAME"), ("55091237", "MRN"), ("08/21/1949", "DATE"), ("11/4", "DATE"), ("Dr. Mbatha", "PROVIDER"),
      ("2100 Lakeshore Dr, Suite 5, Oakland, CA 94606", "ADDRESS"), ("blood pressure", "PROCEDURE"), ("148/92", "RESULT"),
      ("lisinopril", "MEDICATION"), ("creatinine", "PROCEDURE"), ("1.1", "RESULT"), ("stable", "RESULT"), ("BP", "PROCEDURE"),
      ("(510) 555-0196", "PHONE")],
     ["primary-care", "cardiology", "dob", "identifier", "contrast", "practice-contact"], "Inside the secure portal, name, MRN, DOB, values and doses may stay (README channel convention); no SSN."),
    ("cg0116", "Subject: Your monitor is on its way\n\nHi Owen,\n\nYour Holter monitor kit shipped today from CardioTrack Services and should arrive by 3/14.\n\nShipping to: 2719 Sequoia Ln, Boise, ID 83702\nCarrier: FedEx, tracking 7720 1188 4412\nDevice serial: HX3-00918-22\n\nWhen it arrives, follow the picture guide in the box and start wearing it the same day. Keep the return mailer - postage is paid. If the box is damaged or anything is missing, call our support team at 888-555-0109 (7am-7pm MT, seven days a week) or chat with us at cardiotrack.example/help.\n\nPlease do not reply to this e-mail.\n\nCardioTrack Services\nPatient Support",
     "REWRITE", "other", "email", "en",
     [("Owen", "NAME"), ("Holter monitor", "PROCEDURE"), ("CardioTrack Services", "SPECIALTY"), ("3/14", "DATE"),
      ("2719 Sequoia Ln, Boise, ID 83702", "ADDRESS"), ("7720 1188 4412", "OTHER_ID"), ("HX3-00918-22", "DEVICE_ID"),
      ("888-555-0109", "PHONE"), ("cardiotrack.example/help", "URL"), ("CardioTrack Services", "SPECIALTY", 1)],
     ["cardiology", "identifier", "practice-contact"], "Shipping notice: the device type, the cardiac vendor's name, the home address, tracking (decision 2) and serial (decision 14) go; the arrival date and support line survive. Judgement: the vendor's own URL stays a URL span even though its domain hints at the specialty."),
    ("cg0117", "Transfer request from Linden Pharmacy, fax 312-555-0177: patient Harriet Okwu, DOB 12/30/1940, 88 Kimball Ave Apt 4, Evanston IL 60202; Rx #6612093 sertraline 100mg, 3 refills left.",
     "BLOCK", "other", "sms", "en",
     [("312-555-0177", "FAX"), ("Harriet Okwu", "NAME"), ("12/30/1940", "DATE"), ("88 Kimball Ave Apt 4, Evanston IL 60202", "ADDRESS"),
      ("6612093", "OTHER_ID"), ("sertraline 100mg", "MEDICATION")],
     ["pharmacy", "behavioral-health", "dob", "identifier", "practice-contact"], "A pharmacy-to-pharmacy record pasted into a text: full DOB with the name, plus a revealing drug. BLOCK."),
    ("cg0118", "Dr. Nakamura is running about 20 min behind today. Your 3:15 is now closer to 3:35 - sorry! Reply C to keep it or R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Nakamura", "PROVIDER")],
     ["primary-care"], "Provider and times only."),
    ("cg0119", "Your two-step backup codes were regenerated. Store them somewhere safe. If this wasn't you, contact support from inside the app.",
     "ALLOW", "other", "push", "en", [],
     ["general", "otp", "hard-negative"], "A security notice with no code, no number and no name."),
    ("cg0120", "hi its Jess @ front desk - ur ins card on file expired, pls txt a pic of the new one. mbr id we have is QHX55120877 thx",
     "REWRITE", "other", "sms", "en",
     [("Jess", "PROVIDER"), ("QHX55120877", "HEALTH_PLAN_ID")],
     ["primary-care", "shorthand", "identifier"], "A named sender is workforce (PROVIDER, README); the member ID is not needed to ask for a new card."),
)

probe_lib.run(M, "cg", "probe82.jsonl")
