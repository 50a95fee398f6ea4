#!/usr/bin/env python3
"""Build corpus/probe30.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe30.py [OUT] [-v]   (default: probe30.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run,
and no other corpus, build script, source file or test was read.

This round is WORK AND SCHOOL HEALTH: occupational health clinics, workers' compensation claims
and nurse case managers, DOT / commercial-driver physicals and medical cards, pre-employment,
random and post-accident drug and alcohol testing (MROs, dilute specimens, SAP referrals),
fitness-for-duty and return-to-work notes, work restrictions, employer and HR portals, employee
health (respirator fit tests, audiograms, titers, TB reads), sports, camp and pre-participation
physicals, concussion protocols, student health centers and campus counseling, school nurses,
and messages whose recipient is an employer, adjuster, coach, professor or school rather than the
patient. About 15% Spanish; four disguised messages; many hard negatives (broadcasts about
testing programs, webinars for HR, benefit and payroll notices, forms and policies).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
   1. Occupational-health / occupational-medicine clinic names ("... Occupational Health",
      "Occ Med", "Salud Ocupacional", "Medicina Laboral", "Clínica Laboral") and sports-medicine
      names are specialty-revealing (SPECIALTY): their visit types are injuries and drug tests.
      An in-house "Employee Health" office and a campus "Student Health Center" are the
      population's primary care and stay generic (not labelled); campus counseling (CAPS) is
      SPECIALTY like any behavioral-health name.
   2. Qualified exam names are visit types (PROCEDURE, like `well-child`): DOT physical, sports /
      camp / pre-participation physical, pre-employment / post-offer / pre-placement exam,
      return-to-work visit, fitness-for-duty evaluation, IME, functional capacity evaluation.
      A plain `physical`, `exam` or `annual health assessment` stays generic.
   3. Work-status and fitness determinations are findings (RESULT): cleared / not cleared,
      fit / unfit for duty, full / modified / light duty, each restriction (`no lifting over 20
      lbs`, `no ladders or heights`), "could not certify", a shortened DOT certification, "off
      work". A message that carries one is BLOCK outside the portal.
   4. Documents and paperwork (work note, return-to-work letter, work-status report, school or
      camp form, disability paperwork) and payer or program words (workers' comp, disability
      pay) are not labelled; the claim number is OTHER_ID (README). Employee, student, specimen /
      donor numbers and a jersey number are OTHER_ID; a CDL number is LICENSE.
   5. People acting in a role outside the practice — HR contacts, supervisors, adjusters,
      coaches, professors, fleet managers — are not labelled (README's NAME is the patient or a
      relative); a named sender from the clinic, a school nurse or the insurer's nurse case
      manager is workforce (PROVIDER). Employer and school names are not labelled either: no
      category fits, although Safe Harbor lists identifiers of the individual's employer.
   6. Employer, school or coach as recipient: a named employee's or student's appointment
      logistics with a visit type or specialty is REWRITE (README's rule for a dependent's
      logistics); their result, work status, condition or treatment is BLOCK (third party's
      health); counts without names are ALLOW.
   7. A call-back request from the Medical Review Officer is REWRITE: `Medical Review Officer`,
      `MRO`, `médico revisor` and a `SAP` referral are SPECIALTY (they reveal a non-negative
      drug test), and a neutral call-back survives once they go. `pending MRO review` in a list of
      results is a RESULT. Drug-test substances are MEDICATION (README); `dilute` is a RESULT.
   8. Secure portals other than the patient's own — an employer portal posting a verified result,
      a parent's proxy portal — are treated as `channel: portal` (ALLOW, spans labelled): whether
      the employer may see it is an authorization question, not a channel one.
   9. Broadcasts that offer or announce a testing programme to everyone (DOT physicals, random
      testing, baseline concussion testing, fit-test season) are ALLOW with no span; so are
      service words and the clinic's specialty name in a message to an employer that concerns
      no individual (a welcome packet, an invoice with counts of services).
  10. A masked card number (last four digits) on a receipt, a group booking reference and an
      employer's invoice number and invoice link are not patient identifiers (the link is
      labelled as the practice's URL).
  11. A parent's phone number written into a camp health form is labelled PHONE (a relative's
      contact, not the practice's).
  12. Long e-mails stay within probe_lib's 1,000-character limit (the brief asked for up to
      1,500; the builder rejects longer texts).

Everything is invented: names, practices, employers, schools, 555-01xx numbers, example domains,
identifiers. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (af0001-af0012): occupational health scheduling
add(
    ("af0001", "Lakeview Medical Group: Reminder of your appt w/ Dr. Okafor on Mon 3/9 at 7:30 AM. Bring a photo ID and any forms from your employer. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("3/9", "DATE")],
     ["primary-care"], "Provider, date and time are allowed; 'forms from your employer' names no visit type (decision 4)."),
    ("af0002", "Hi Tomasz, your DOT physical at Crossroads Occupational Health is tomorrow at 8:15am. Bring your driver's license, glasses or contacts if you wear them, and a list of current medications. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Tomasz", "NAME"), ("DOT physical", "PROCEDURE"), ("Crossroads Occupational Health", "SPECIALTY")],
     ["primary-care"], "Name, the named exam and the occupational-health name go (decisions 1-2); time and the generic what-to-bring list survive."),
    ("af0003", "Crossroads Occ Health: your DOT exam is complete. You qualified for a 1-year card only (not 2) because your blood pressure was 152/94. Recheck with your PCP before renewal.",
     "BLOCK", "result", "sms", "en",
     [("Crossroads Occ Health", "SPECIALTY"), ("DOT exam", "PROCEDURE"), ("qualified for a 1-year card only", "RESULT"), ("blood pressure", "PROCEDURE"), ("152/94", "RESULT")],
     ["primary-care"], "A shortened certification and the BP value that caused it are findings (decision 3); the result is the message."),
    ("af0004", "Walk-in drug & alcohol testing hours at our Route 9 location are now Mon-Fri 6:30am-4pm. No appointment needed for employer-authorized collections.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Service hours sent to everyone; a testing service offered is not the recipient's test (decision 9)."),
    ("af0005", "Your employer has scheduled a pre-employment drug screen for you at Mesa Occupational Medicine, 2250 Industrial Pkwy, Ste 4, Tempe AZ. Please arrive by 10:00 on 6/17 with photo ID. Avoid drinking large amounts of water beforehand.",
     "REWRITE", "reminder", "sms", "en",
     [("pre-employment drug screen", "PROCEDURE"), ("Mesa Occupational Medicine", "SPECIALTY"), ("2250 Industrial Pkwy, Ste 4, Tempe AZ", "ADDRESS"), ("6/17", "DATE")],
     ["lab", "practice-contact"], "The test and the occupational-medicine name go (decision 1); the practice's address, date and time survive. The water advice is generic prep."),
    ("af0006", "Confirmed: Thu 10/2 at 3:40pm with Erin Walsh, PA-C at Brookside Clinic. Check in at the Suite 210 front desk. Text STOP to opt out.",
     "ALLOW", "confirmation", "sms", "en",
     [("Erin Walsh, PA-C", "PROVIDER"), ("10/2", "DATE")],
     ["primary-care"], "Provider with a generic credential, date, time and suite only."),
    ("af0007", "Good news Keisha - your pre-placement urine drug screen was negative and your TB test was negative too. HR at Pinecrest Logistics has been notified, so you're all set to start Monday!",
     "BLOCK", "result", "sms", "en",
     [("Keisha", "NAME"), ("pre-placement urine drug screen", "PROCEDURE"), ("negative", "RESULT"), ("TB test", "PROCEDURE"), ("negative", "RESULT", 1)],
     ["lab"], "Negative results are still results (README). The employer name is not labelled (decision 5)."),
    ("af0008", "New document available: a work status report for employee ID 0045821 (J. Whitfield) has been posted to your Employer Connect account. Sign in at https://employers.summitocc.example to view. This mailbox is not monitored.",
     "REWRITE", "portal-notice", "email", "en",
     [("0045821", "OTHER_ID"), ("J. Whitfield", "NAME"), ("https://employers.summitocc.example", "URL")],
     ["general", "practice-contact"], "Employer-portal notice: the employee's name and ID are not needed to say a document is waiting; the report type is a document (decision 4)."),
    ("af0009", "Annual hearing conservation testing for all plant employees runs next week in the Building C trailer. Sign up with your supervisor and avoid loud noise for 14 hours before your test.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Plant-wide announcement of a surveillance program; says nothing about the recipient (decision 9)."),
    ("af0010", "Reminder: your return-to-work visit with Dr. Haddad at Peak Orthopedics & Sports Medicine is Wed 1/14 at 11:20. Bring the work status form from your employer.",
     "REWRITE", "reminder", "sms", "en",
     [("return-to-work", "PROCEDURE"), ("Dr. Haddad", "PROVIDER"), ("Peak Orthopedics & Sports Medicine", "SPECIALTY"), ("1/14", "DATE")],
     ["orthopedics"], "Named visit type and an orthopedic name go (decision 2); provider, date and time survive."),
    ("af0011", "Clínica Familiar Del Valle: Le recordamos su cita el jueves 8 de enero a las 9:00 am con el Dr. Ibarra. Traiga la forma que le dio su empleador. Responda SI para confirmar.",
     "ALLOW", "reminder", "sms", "es",
     [("8 de enero", "DATE"), ("Dr. Ibarra", "PROVIDER")],
     ["primary-care"], "Generic practice, provider, date and time; the employer's form is paperwork (decision 4)."),
    ("af0012", "Marcus cleared to RTW full duty 2/3, no restrictions. Pls let his supervisor know. -Amy, Northfield Occ Med",
     "BLOCK", "other", "sms", "en",
     [("Marcus", "NAME"), ("cleared to RTW full duty", "RESULT"), ("2/3", "DATE"), ("no restrictions", "RESULT"), ("Amy", "PROVIDER"), ("Northfield Occ Med", "SPECIALTY")],
     ["primary-care", "third-party", "shorthand"], "A named employee's work status sent to the employer: a third party's health (decisions 3 and 6)."),
)

# ---------------------------------------------------------------- batch 2 (af0013-af0024): workers' compensation, case managers, MRO
add(
    ("af0013", "Subject: Claimant update - R. Castellanos, Claim #WC-22-118407\n\nHi Denise,\n\nFollowing up on today's visit. Mr. Castellanos was seen by Dr. Feld for his lumbar strain. He reports some improvement but still has pain radiating to the left leg with prolonged standing. MRI is pending authorization.\n\nWork status: modified duty, no lifting over 20 lbs, alternate sitting/standing every 30 minutes, through 4/30. Next visit 4/28 at 9:00.\n\nPlease fax the MRI authorization to (414) 555-0162 so we can get him scheduled.\n\nThanks,\nGloria Pham\nWorkers' Comp Coordinator\nLakeshore Occupational Health\n(414) 555-0161",
     "BLOCK", "other", "email", "en",
     [("R. Castellanos", "NAME"), ("WC-22-118407", "OTHER_ID"), ("Castellanos", "NAME", 1), ("Dr. Feld", "PROVIDER"), ("lumbar strain", "CONDITION"),
      ("pain radiating to the left leg", "CONDITION"), ("MRI", "PROCEDURE"), ("modified duty", "RESULT"), ("no lifting over 20 lbs", "RESULT"),
      ("alternate sitting/standing every 30 minutes", "RESULT"), ("4/30", "DATE"), ("4/28", "DATE"), ("MRI", "PROCEDURE", 1),
      ("(414) 555-0162", "FAX"), ("Gloria Pham", "PROVIDER"), ("Lakeshore Occupational Health", "SPECIALTY"), ("(414) 555-0161", "PHONE")],
     ["orthopedics", "third-party", "practice-contact"], "Diagnosis, symptoms and restrictions of a named claimant e-mailed to the adjuster (e-mail = SMS). The adjuster 'Denise' is not labelled; the coordinator is workforce (decision 5)."),
    ("af0014", "Your workers' comp claim 4471-WC-0093 has been approved for physical therapy. Riverside PT will call you this week to schedule your first visit.",
     "REWRITE", "other", "sms", "en",
     [("4471-WC-0093", "OTHER_ID"), ("physical therapy", "PROCEDURE"), ("Riverside PT", "SPECIALTY")],
     ["physical-therapy", "identifier"], "Approval notice survives without the therapy, the PT practice name and the claim number; 'workers' comp' is a payer word (decision 4)."),
    ("af0015", "We've billed your visit to the workers' compensation carrier on file, so you should not receive a bill. Questions? Call our billing team Mon-Fri 8-4:30.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "A payer type is not clinical and names no injury (decision 4)."),
    ("af0016", "Hello, this is Harmony Occupational Health calling for Luis Ortega. Your recent drug test requires a review with our Medical Review Officer. Please call 555-0183, option 2, before 5 PM today. Thank you.",
     "REWRITE", "other", "voice", "en",
     [("Harmony Occupational Health", "SPECIALTY"), ("Luis Ortega", "NAME"), ("drug test", "PROCEDURE"), ("Medical Review Officer", "SPECIALTY"), ("555-0183", "PHONE")],
     ["lab", "practice-contact"], "An MRO call reveals a non-negative test, but a neutral call-back request survives once name, clinic name, test and MRO go (decision 7). Voice is treated like SMS."),
    ("af0017", "Reyes, Adrian - specimen 7720195: result DILUTE NEGATIVE. Per employer policy a recollection under direct observation is required within 24 hrs. Report to the collection site by 3pm.",
     "BLOCK", "result", "sms", "en",
     [("Reyes, Adrian", "NAME"), ("7720195", "OTHER_ID"), ("DILUTE NEGATIVE", "RESULT"), ("recollection under direct observation", "PROCEDURE")],
     ["lab", "identifier"], "A specimen-validity finding is a result (decision 7); the specimen number is OTHER_ID (decision 4)."),
    ("af0018", "Appointment notice: claimant Jordan Ellis (claim 88-40213-B) is scheduled with Dr. Amani Rao, orthopedic surgeon, on 5/19 at 1:30 PM at 900 Harbor Blvd, Suite 300, Long Beach CA. Please arrange transportation if needed.",
     "REWRITE", "other", "email", "en",
     [("Jordan Ellis", "NAME"), ("88-40213-B", "OTHER_ID"), ("Dr. Amani Rao", "PROVIDER"), ("orthopedic", "SPECIALTY"), ("5/19", "DATE"), ("900 Harbor Blvd, Suite 300, Long Beach CA", "ADDRESS")],
     ["orthopedics", "third-party", "practice-contact"], "A claimant's appointment logistics sent to the case manager: name, claim number and specialty go, like a dependent's logistics (decision 6)."),
    ("af0019", "Hi team, our employer services line is changing. Starting next month, adjusters and case managers should send authorizations and referrals through the new employer portal instead of by fax. Training webinars run every Tuesday at noon. Reply to this email with questions.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Process notice to case managers; no patient and no clinical content."),
    ("af0020", "Sr. Ramírez, su lesión de la muñeca derecha sigue inflamada. El Dr. Soto indica trabajo ligero, sin usar la mano derecha, hasta el 15 de marzo. Ya le enviamos la nota a su supervisor.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Ramírez", "NAME"), ("lesión de la muñeca derecha", "CONDITION"), ("inflamada", "RESULT"), ("Dr. Soto", "PROVIDER"), ("trabajo ligero", "RESULT"),
      ("sin usar la mano derecha", "RESULT"), ("15 de marzo", "DATE")],
     ["orthopedics"], "Injury, finding and work restrictions (decision 3): the clinical content is the message."),
    ("af0021", "Recuerde: para su cita de mañana traiga su identificación con foto y el número de reclamo que le dio su empleador. Si necesita intérprete, avísenos con tiempo.",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "hard-negative"], "Mentions a claim number without giving it; no visit type or identifier (decision 4)."),
    ("af0022", "Hi Brianna, this is Carlos, your nurse case manager with Keystone Comp Services. Your IME with Dr. Lindqvist is set for 7/8 at 10am at 455 Mercer St, Suite 12, Trenton NJ. Call me at 555-0147 w/ questons.",
     "REWRITE", "reminder", "sms", "en",
     [("Brianna", "NAME"), ("Carlos", "PROVIDER"), ("IME", "PROCEDURE"), ("Dr. Lindqvist", "PROVIDER"), ("7/8", "DATE"), ("455 Mercer St, Suite 12, Trenton NJ", "ADDRESS"), ("555-0147", "PHONE")],
     ["orthopedics", "practice-contact", "typo"], "Name and the independent medical exam go (decision 2); the insurer's nurse case manager is workforce (decision 5); the examiner's address and the sender's phone survive."),
    ("af0023", "Your post-accident breath alcohol test result is ready: 0.000. Urine drug panel still pending.",
     "BLOCK", "result", "push", "en",
     [("post-accident breath alcohol test", "PROCEDURE"), ("0.000", "RESULT"), ("Urine drug panel", "PROCEDURE")],
     ["lab"], "A value, even a zero, is a result; push is treated like SMS."),
    ("af0024", "Your work status note from your 3/12 visit is now available. Modified duty: no overhead reaching with the left arm and no lifting over 10 lb through 3/26. Follow-up with Dr. Feld on 3/25. A copy was sent to your employer per your signed authorization.",
     "ALLOW", "portal-notice", "portal", "en",
     [("3/12", "DATE"), ("Modified duty", "RESULT"), ("no overhead reaching with the left arm", "RESULT"), ("no lifting over 10 lb", "RESULT"), ("3/26", "DATE"), ("Dr. Feld", "PROVIDER"), ("3/25", "DATE")],
     ["orthopedics", "contrast"], "Restrictions inside the secure portal are fine (README channel rule); same content by e-mail is BLOCK elsewhere in this file."),
)

# ---------------------------------------------------------------- batch 3 (af0025-af0036): DOT and commercial drivers
add(
    ("af0025", "DOT physicals now same-day at all 3 locations! Walk in Mon-Sat, bring your license and glasses. $95 flat rate, card printed before you leave.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "A service advertised to everyone names nobody's visit (decision 9)."),
    ("af0026", "Reminder from TruckStop Health: your medical card expires 11/30. Schedule your DOT recert exam before then to stay on the road - call 555-0172 or walk in.",
     "REWRITE", "recall", "sms", "en",
     [("11/30", "DATE"), ("DOT recert exam", "PROCEDURE"), ("555-0172", "PHONE")],
     ["primary-care", "practice-contact"], "The named exam goes (decision 2); an expiry date and the clinic's phone survive."),
    ("af0027", "Driver Kowalczyk: the examiner could not certify you today. A sleep study is required to rule out sleep apnea before your DOT card can be issued. CDL# K4820-119-551 on file.",
     "BLOCK", "result", "sms", "en",
     [("Kowalczyk", "NAME"), ("could not certify you today", "RESULT"), ("sleep study", "PROCEDURE"), ("sleep apnea", "CONDITION"), ("K4820-119-551", "LICENSE")],
     ["primary-care", "negation", "identifier"], "A failed certification with the suspected condition is the message (decision 3); a hypothetical condition still reveals why. CDL number is LICENSE (decision 4)."),
    ("af0028", "Drivers: the new Medical Examination Report Form MCSA-5875 is required for every exam starting this month. Fill it out ahead of time at https://lakeviewmg.example/dot to save 15 minutes at check-in.",
     "ALLOW", "other", "sms", "en",
     [("https://lakeviewmg.example/dot", "URL")],
     ["primary-care", "broadcast", "practice-contact"], "A public federal form number is not an identifier; sent to all drivers; the link is the practice's own."),
    ("af0029", "This is an automated message from Interstate Medical Clinic for Raymond Tso. Your DOT physical is scheduled for Tuesday, September 9th at 2 PM. Please bring your driver's license and any letters from your specialists. To confirm, press 1.",
     "REWRITE", "reminder", "voice", "en",
     [("Raymond Tso", "NAME"), ("DOT physical", "PROCEDURE"), ("September 9th", "DATE")],
     ["primary-care"], "Name and named exam go (decision 2); voice is overheard like SMS. 'letters from your specialists' names no specialty."),
    ("af0030", "Re: Driver D. Okoye - medical card\n\nDear Fleet Safety,\n\nPlease be advised that driver Daniel Okoye was certified today for 3 months only, pending an A1c recheck for his insulin-treated diabetes (ITDM assessment form on file). His new card expires 9/15.\n\nRegards,\nDr. Ruth Agbaje\nCertified Medical Examiner, Interstate Medical Clinic",
     "BLOCK", "other", "email", "en",
     [("D. Okoye", "NAME"), ("Daniel Okoye", "NAME"), ("certified today for 3 months only", "RESULT"), ("A1c", "PROCEDURE"), ("insulin", "MEDICATION"), ("diabetes", "CONDITION"), ("9/15", "DATE"), ("Dr. Ruth Agbaje", "PROVIDER")],
     ["primary-care", "third-party"], "A driver's condition, medication and shortened certification sent to the employer: third party's health (decision 6)."),
    ("af0031", "Payment received: $110.00 charged to your card ending 4417 for today's visit. Thank you for choosing Lakeview Medical Group! Keep this text as your receipt.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "A masked card number on a receipt is not an identifier (decision 10)."),
    ("af0032", "Hola Don Efraín, le recordamos su examen físico del DOT el lunes 3 de noviembre a las 7:30 am en Salud Ocupacional Frontera. Traiga su licencia comercial y sus lentes.",
     "REWRITE", "reminder", "sms", "es",
     [("Efraín", "NAME"), ("examen físico del DOT", "PROCEDURE"), ("3 de noviembre", "DATE"), ("Salud Ocupacional Frontera", "SPECIALTY")],
     ["primary-care"], "Name, named exam and an occupational-health name go (decisions 1-2); date and time survive."),
    ("af0033", "Driver notice: your random D.O.T. drug test was verified p o s i t i v e for m a r i j u a n a. You are removed from safety-sensitive duties effective now. SAP referral line: 555-0190.",
     "BLOCK", "result", "sms", "en",
     [("D.O.T. drug test", "PROCEDURE"), ("p o s i t i v e", "RESULT"), ("m a r i j u a n a", "MEDICATION"), ("removed from safety-sensitive duties", "RESULT"), ("SAP", "SPECIALTY"), ("555-0190", "PHONE")],
     ["substance-use", "spaced"], "Spaced-out positive result and substance; removal from duty is a work-status finding and SAP a substance-use referral (decisions 3, 7)."),
    ("af0034", "Your DOT exam on 8/21 is complete. Determination: meets standards, 2-year certificate, expires 8/21/2027. Blood pressure 128/82; vision 20/25 both eyes without correction. Your Medical Examiner's Certificate is attached below.",
     "ALLOW", "result", "portal", "en",
     [("DOT exam", "PROCEDURE"), ("8/21", "DATE"), ("meets standards", "RESULT"), ("2-year certificate", "RESULT"), ("8/21/2027", "DATE"), ("Blood pressure", "PROCEDURE"), ("128/82", "RESULT"), ("vision", "PROCEDURE"), ("20/25", "RESULT")],
     ["primary-care", "contrast"], "Result in the secure portal: ALLOW with the spans labelled (README channel rule); contrast with af0003."),
    ("af0035", "Hi there,\n\nOur records show your medical card expires on {{card_expiration_date}}. To keep you legal on the road, book your DOT recertification physical at any {{location_name}} clinic. Walk-ins are welcome; bring your CDL, a list of current medications and the names of any doctors you see regularly.\n\nBook online: https://roadready.example/book?driver=88412&sig=Qz19f\n\nDrive safe,\nThe RoadReady Clinics team",
     "REWRITE", "recall", "email", "en",
     [("DOT recertification physical", "PROCEDURE"), ("https://roadready.example/book?driver=88412&sig=Qz19f", "URL")],
     ["primary-care", "template"], "Recall template: the named exam and a link carrying a driver ID and signature go (README: patient parameter in a URL); placeholders carry no patient data."),
    ("af0036", "Fleet mgr: driver #4471 (T. Nakamura) failed vision - 20/60 L eye. Not qualified until cleared by eye dr.",
     "BLOCK", "other", "sms", "en",
     [("4471", "OTHER_ID"), ("T. Nakamura", "NAME"), ("failed", "RESULT"), ("vision", "PROCEDURE"), ("20/60", "RESULT"), ("Not qualified", "RESULT"), ("eye dr", "SPECIALTY")],
     ["ophthalmology", "third-party", "shorthand"], "A named driver's failed test and disqualification sent to the employer (decision 6); the employee number is OTHER_ID."),
)

# ---------------------------------------------------------------- batch 4 (af0037-af0048): drug screens, pre-employment, fitness for duty
add(
    ("af0037", "Your visit at LabPoint Service Center is confirmed for 9/30 at 7:00am, 1180 Commerce Dr, Unit B, Reno NV. Bring a photo ID and the registration email we sent you.",
     "ALLOW", "confirmation", "sms", "en",
     [("9/30", "DATE"), ("1180 Commerce Dr, Unit B, Reno NV", "ADDRESS")],
     ["lab", "practice-contact"], "Generic lab name (README), date, time and the site's own address."),
    ("af0038", "Complete your pre-employment screening for Brightwater Hospitality by Friday. Your donor pass: https://screen.example/pass?donor=A77Q19Z&loc=48213 - show it at any listed collection site.",
     "REWRITE", "reminder", "sms", "en",
     [("pre-employment screening", "PROCEDURE"), ("https://screen.example/pass?donor=A77Q19Z&loc=48213", "URL")],
     ["lab"], "The named screening and a donor-specific link go (decision 2, README tokened URL); the deadline survives. Employer name not labelled (decision 5)."),
    ("af0039", "Subject: Pre-employment results - candidates collected week of 10/06\n\nHi Marisol,\n\nResults for your candidates this week:\n- Aaron Fields - 10-panel urine: Negative\n- Jasmine Obi - 10-panel urine: Negative; physical: cleared\n- Peter Kraus - pending MRO review\n\nCertified copies are in the employer portal. Let me know if you'd like to add TB testing to your standard new-hire package.\n\nBest,\nNate Lindgren\nAccount Manager, Summit Occupational Health\n555-0114",
     "BLOCK", "result", "email", "en",
     [("10/06", "DATE"), ("Aaron Fields", "NAME"), ("10-panel urine", "PROCEDURE"), ("Negative", "RESULT"), ("Jasmine Obi", "NAME"), ("10-panel urine", "PROCEDURE", 1),
      ("Negative", "RESULT", 1), ("cleared", "RESULT"), ("Peter Kraus", "NAME"), ("pending MRO review", "RESULT"), ("Nate Lindgren", "PROVIDER"),
      ("Summit Occupational Health", "SPECIALTY"), ("555-0114", "PHONE")],
     ["lab", "third-party", "practice-contact", "contrast"], "Named candidates' results e-mailed to HR (decision 6); 'pending MRO review' reveals a non-negative screen (decision 7). TB testing offered to the package is not about anyone."),
    ("af0040", "Drug-free workplace reminder: random selections for this quarter have gone to supervisors. If you are selected, report to the collection site within 2 hours of being notified.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A programme reminder to every employee (decision 9)."),
    ("af0041", "Nikhil - you've been selected for a random drug and alcohol test. Report to Westgate Occupational Medicine (3300 W 5th Ave, Columbus OH) within 2 hours. Reply OK to acknowlege. -Safety Dept",
     "REWRITE", "other", "sms", "en",
     [("Nikhil", "NAME"), ("random drug and alcohol test", "PROCEDURE"), ("Westgate Occupational Medicine", "SPECIALTY"), ("3300 W 5th Ave, Columbus OH", "ADDRESS")],
     ["lab", "practice-contact", "typo"], "Selection notice: name, test and occupational-medicine name go; the site address and the 2-hour deadline survive."),
    ("af0042", "Fitness-for-duty eval result for Officer Grant: NOT fit for duty pending psych follow-up. Do not return to patrol. Report sent to Chief Alvarado.",
     "BLOCK", "result", "sms", "en",
     [("Fitness-for-duty eval", "PROCEDURE"), ("Grant", "NAME"), ("NOT fit for duty", "RESULT"), ("psych", "SPECIALTY")],
     ["behavioral-health", "third-party"], "A named officer's fitness determination and psychiatric follow-up (decision 3); the chief is not labelled (decision 5)."),
    ("af0043", "Welcome aboard! Before your first shift, please complete the online I-9, direct deposit form and safety orientation video. Questions about benefits enrollment (medical, dental, vision, EAP) go to the HR Service Center.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Benefit-plan names in an onboarding e-mail are not anyone's care."),
    ("af0044", "Sra. Villalobos, su prueba de drogas pre-empleo es mañana a las 8 am en Centro de Medicina Laboral Norte. No tome mucha agua antes y traiga identificación.",
     "REWRITE", "reminder", "sms", "es",
     [("Villalobos", "NAME"), ("prueba de drogas pre-empleo", "PROCEDURE"), ("Centro de Medicina Laboral Norte", "SPECIALTY")],
     ["lab"], "Name, test and occupational-medicine name go (decision 1); the time survives."),
    ("af0045", "Hola Joel, tu resultado del antidoping salió no negativo (anfetaminas). El médico revisor (MRO) te va a llamar hoy. No te presentes a trabajar hasta hablar con él.",
     "BLOCK", "result", "sms", "es",
     [("Joel", "NAME"), ("antidoping", "PROCEDURE"), ("no negativo", "RESULT"), ("anfetaminas", "MEDICATION"), ("médico revisor", "SPECIALTY"), ("MRO", "SPECIALTY")],
     ["substance-use"], "A non-negative result with the substance (decision 7)."),
    ("af0046", "Hello, this is Kim from Brookside Clinic returning your call about the paperwork your employer sent over. It's ready for you to sign at the front desk whenever you stop by. Our number is 555-0128. Have a good day.",
     "ALLOW", "other", "voice", "en",
     [("Kim", "PROVIDER"), ("555-0128", "PHONE")],
     ["primary-care", "practice-contact"], "Staff sender and the practice's number; employer paperwork is a document (decision 4)."),
    ("af0047", "Dear Ms. Adeyemi,\n\nThank you for completing your post-offer physical with us on Tuesday. Because of the lifting restriction from your prior shoulder surgery, Dr. Hollis was unable to clear you for the 50-lb lifting requirement of the warehouse associate position.\n\nYour prospective employer has been told only that you are 'not cleared - accommodation review', not the reason. If you have a newer note from your surgeon lifting the restriction, send it to us and we will reconsider.\n\nOur decision is based only on the job description your employer provided. If the position can be modified, their HR team may ask us to re-evaluate, and you are welcome to ask them about that directly. You can reach our pre-placement coordinator at (216) 555-0186, Monday through Friday, 8 to 4.\n\nSincerely,\nPre-Placement Services\nNorthpoint Occupational Health",
     "BLOCK", "result", "email", "en",
     [("Adeyemi", "NAME"), ("post-offer physical", "PROCEDURE"), ("lifting restriction", "RESULT"), ("shoulder surgery", "PROCEDURE"), ("Dr. Hollis", "PROVIDER"),
      ("unable to clear you", "RESULT"), ("not cleared - accommodation review", "RESULT"), ("(216) 555-0186", "PHONE"), ("Northpoint Occupational Health", "SPECIALTY")],
     ["orthopedics", "practice-contact"], "The fitness determination and its reason are the message (decision 3); e-mail is treated like SMS."),
    ("af0048", "New message from Brookside Clinic in your patient portal. Tap to read it securely.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["primary-care"], "The safe pattern: notification without PHI."),
)

# ---------------------------------------------------------------- batch 5 (af0049-af0060): return-to-work notes, HR and employer portals
add(
    ("af0049", "Hi Dominic, your return to work note is ready at the front desk of Eastside Urgent Care. Pick it up anytime 8a-8p.",
     "REWRITE", "pickup", "sms", "en",
     [("Dominic", "NAME"), ("Eastside Urgent Care", "SPECIALTY")],
     ["urgent-care"], "Name and the urgent-care name go (README specialty list); the note is a document (decision 4)."),
    ("af0050", "Work note for Tamika Hollis: seen today 4/2 for acute bronchitis. Excused from work 4/2-4/4. May return 4/5 without restrictions. - Dr. Benitez",
     "BLOCK", "other", "sms", "en",
     [("Tamika Hollis", "NAME"), ("4/2", "DATE"), ("acute bronchitis", "CONDITION"), ("4/2", "DATE", 1), ("4/4", "DATE"), ("4/5", "DATE"), ("without restrictions", "RESULT"), ("Dr. Benitez", "PROVIDER")],
     ["primary-care"], "A work note that states the diagnosis: the clinical content travels with the name."),
    ("af0051", "Need a note for work or school? Ask at checkout - we can print one or email it to you the same day.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Offer of paperwork to everyone; nothing about the recipient."),
    ("af0052", "Hello,\n\nA work status document for employee Rafael Quintero (ID 220-4481) was uploaded to your Employer Portal on 2/9. For privacy, details can only be viewed after you sign in: https://employer.cascadeocc.example/login\n\nThis is an automated notice. Please do not reply.",
     "REWRITE", "portal-notice", "email", "en",
     [("Rafael Quintero", "NAME"), ("220-4481", "OTHER_ID"), ("2/9", "DATE"), ("https://employer.cascadeocc.example/login", "URL")],
     ["general", "third-party", "practice-contact"], "Portal notice to HR: the employee's name and ID are not needed to say a document is waiting (decisions 4, 6)."),
    ("af0053", "To: Human Resources, Cascade Freight\nRe: Work status - Melissa Tran\n\nMs. Tran was evaluated on 11/3 following her work injury. Diagnosis: right carpal tunnel syndrome. She may return to work on 11/5 with these restrictions for 4 weeks: no repetitive gripping with the right hand, wrist splint at all times, a 10-minute break every hour. We anticipate full duty after her surgical consult on 12/1.\n\nPlease call our office at 555-0119 with questions about accommodation.\n\nSincerely,\nJ. Okonjo, PA-C\nNorthpoint Hand & Orthopedic Center",
     "BLOCK", "other", "email", "en",
     [("Melissa Tran", "NAME"), ("Tran", "NAME", 1), ("11/3", "DATE"), ("carpal tunnel syndrome", "CONDITION"), ("11/5", "DATE"), ("no repetitive gripping with the right hand", "RESULT"),
      ("wrist splint", "PROCEDURE"), ("a 10-minute break every hour", "RESULT"), ("full duty", "RESULT"), ("surgical consult", "PROCEDURE"), ("12/1", "DATE"),
      ("555-0119", "PHONE"), ("J. Okonjo, PA-C", "PROVIDER"), ("Northpoint Hand & Orthopedic Center", "SPECIALTY")],
     ["orthopedics", "third-party", "practice-contact"], "Diagnosis and restrictions of a named employee sent to HR (decisions 3, 6); the employer is not labelled (decision 5)."),
    ("af0054", "Su nota de regreso al trabajo del 9 de octubre ya está disponible: puede volver a su trabajo con restricciones (no levantar más de 10 kg) hasta el 23 de octubre. La Dra. Fuentes la revisará en su próxima cita. Su empleador recibió una copia, según su autorización.",
     "ALLOW", "portal-notice", "portal", "es",
     [("9 de octubre", "DATE"), ("con restricciones", "RESULT"), ("no levantar más de 10 kg", "RESULT"), ("23 de octubre", "DATE"), ("Dra. Fuentes", "PROVIDER")],
     ["orthopedics", "contrast"], "Restrictions inside the secure portal (README channel rule)."),
    ("af0055", "Your employer requested records from your 8/14 visit. Please review and sign the release in your portal: https://portal.greenfieldhealth.example/release?req=77310&pt=4410925 - questions? 555-0152",
     "REWRITE", "other", "sms", "en",
     [("8/14", "DATE"), ("https://portal.greenfieldhealth.example/release?req=77310&pt=4410925", "URL"), ("555-0152", "PHONE")],
     ["primary-care", "practice-contact"], "Only the link is patient-specific (pt= parameter, README): REWRITE to the bare portal notice."),
    ("af0056", "hey its Tina from Dr Moss office - ur FFD paperwork is done, dr says ok to go back but no ladders or heights til ur dizziness is checked by ENT. fax going to ur HR today",
     "BLOCK", "care-instructions", "sms", "en",
     [("Tina", "PROVIDER"), ("Dr Moss", "PROVIDER"), ("FFD", "PROCEDURE"), ("ok to go back", "RESULT"), ("no ladders or heights", "RESULT"), ("dizziness", "CONDITION"), ("ENT", "SPECIALTY")],
     ["primary-care", "shorthand", "typo"], "A symptom and work restrictions in staff shorthand (decision 3)."),
    ("af0057", "Return-to-work programs that actually work: join our free webinar for HR managers on transitional duty, light-duty job banks and cutting lost-time claims. Register on our events page.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Duty words in a webinar invitation describe no person (contrast with decision 3)."),
    ("af0058", "Hola Yesenia, ya esta lista su carta de regreso al trabajo en Urgencias Médicas San Marcos. Puede pasar x ella de 9 a 6. Tel. 555-0138.",
     "REWRITE", "pickup", "sms", "es",
     [("Yesenia", "NAME"), ("Urgencias Médicas San Marcos", "SPECIALTY"), ("555-0138", "PHONE")],
     ["urgent-care", "practice-contact", "typo", "shorthand"], "Name and urgent-care name go; the letter is a document (decision 4)."),
    ("af0059", "Hi, this message is for Curtis. This is Dr. Yoon's nurse at Valley Spine and Sports. Your MRI showed a herniated disc, so Dr. Yoon is keeping you off work until your follow-up next week. We've let your case manager know. Call us at 555-0175.",
     "BLOCK", "result", "voice", "en",
     [("Curtis", "NAME"), ("Dr. Yoon", "PROVIDER"), ("Valley Spine and Sports", "SPECIALTY"), ("MRI", "PROCEDURE"), ("herniated disc", "CONDITION"), ("Dr. Yoon", "PROVIDER", 1),
      ("keeping you off work", "RESULT"), ("555-0175", "PHONE")],
     ["orthopedics", "practice-contact"], "Imaging finding and work status on a voicemail (voice = SMS)."),
    ("af0060", "Hi, it's Renee at Maple Grove Family Practice. We faxed your work form to your employer at 3:10 today as you asked. Let us know if they need anything else: 555-0104.",
     "ALLOW", "other", "sms", "en",
     [("Renee", "PROVIDER"), ("555-0104", "PHONE")],
     ["primary-care", "practice-contact"], "Confirms a form was sent; nothing clinical (decision 4)."),
)

# ---------------------------------------------------------------- batch 6 (af0061-af0072): sports and camp physicals, coaches, concussion
add(
    ("af0061", "Sports physicals $25 this Saturday 9-1 at our Elm St office! All middle & high school athletes welcome. Bring your school's PPE form signed by a parent.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Offered to everyone (decision 9); PPE here is the pre-participation form, and 'Elm St' without a number is not an address."),
    ("af0062", "Reminder: Mateo's sports physical is Thu 7/24 at 4:15 with Dr. Greer. Please bring the completed history form from Lincoln High athletics.",
     "REWRITE", "reminder", "sms", "en",
     [("Mateo", "NAME"), ("sports physical", "PROCEDURE"), ("7/24", "DATE"), ("Dr. Greer", "PROVIDER")],
     ["pediatrics", "minor"], "A dependent's logistics with a name and a routine named visit type (README; decision 2). The school is not labelled (decision 5)."),
    ("af0063", "Coach Rivers - Jaylen Price (#23) is NOT cleared for contact. Concussion protocol step 3 of 6; repeat ImPACT on 10/14. Light jogging only untill then. - Sarah Mendez, ATC",
     "BLOCK", "other", "sms", "en",
     [("Jaylen Price", "NAME"), ("23", "OTHER_ID"), ("NOT cleared for contact", "RESULT"), ("Concussion", "CONDITION"), ("step 3 of 6", "RESULT"), ("ImPACT", "PROCEDURE"), ("10/14", "DATE"),
      ("Light jogging only", "RESULT"), ("Sarah Mendez, ATC", "PROVIDER")],
     ["pediatrics", "minor", "third-party", "typo"], "A student's condition and clearance sent to the coach (decision 6). The jersey number identifies him on the team (decision 4); the coach is not labelled (decision 5)."),
    ("af0064", "Hi Wildcat families!\n\nFall practice begins the first Monday of August. Every athlete must have a current sports physical and a signed concussion awareness form on file with the athletic office before the first practice - no exceptions. Physicals done after the start of the spring season still count.\n\nGo Cats!\nWestview High Athletics",
     "ALLOW", "other", "email", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Team-wide requirement; 'concussion' names a form, not anyone's injury (decision 9)."),
    ("af0065", "Hola, le recordamos que el examen físico deportivo de Valeria es el martes 22 de julio a las 5:30 pm en Pediatría Los Álamos. Traiga el formulario de la escuela firmado.",
     "REWRITE", "reminder", "sms", "es",
     [("examen físico deportivo", "PROCEDURE"), ("Valeria", "NAME"), ("22 de julio", "DATE"), ("Pediatría Los Álamos", "SPECIALTY")],
     ["pediatrics", "minor"], "A dependent's logistics: name, named exam and pediatric practice name go (README; decision 2)."),
    ("af0066", "Camp Pine Hollow Health Office - forms for camper Eli Sandoval (Cabin 7): EpiPen 0.3 mg x2 for peanut allergy; albuterol inhaler as needed for asthma. Last tetanus 2022. Please keep meds in the health lodge. Parent contact: 555-0193.",
     "BLOCK", "other", "email", "en",
     [("Eli Sandoval", "NAME"), ("EpiPen 0.3 mg", "MEDICATION"), ("peanut allergy", "CONDITION"), ("albuterol inhaler", "MEDICATION"), ("asthma", "CONDITION"), ("tetanus", "PROCEDURE"), ("555-0193", "PHONE")],
     ["pediatrics", "minor", "third-party"], "A camper's conditions and medications e-mailed to the camp (third party's health). The parent's phone is a relative's contact (decision 11)."),
    ("af0067", "Your child's camp form is signed and ready for pickup at the front desk of Sunnyside Family Medicine. We're open until 6 today.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pediatrics", "minor", "hard-negative"], "A signed form with no name and no visit type (decision 4)."),
    ("af0068", "Hi, this is Nurse Patel at Oakridge Middle School. A student on your child's volleyball team, Ava R., has been diagnosed with mono. Please watch for sore throat and fever and remind your child not to share water bottles.",
     "BLOCK", "other", "sms", "en",
     [("Nurse Patel", "PROVIDER"), ("Ava R.", "NAME"), ("mono", "CONDITION"), ("sore throat", "CONDITION"), ("fever", "CONDITION")],
     ["pediatrics", "minor", "third-party"], "A named classmate's diagnosis sent to other parents: a third party's health (README). Symptoms are conditions."),
    ("af0069", "Baseline concussion testing for all fall athletes is Tue & Wed in the library computer lab during your PE period. Bring earbuds.",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Testing announced to every athlete (decision 9)."),
    ("af0070", "Dear Parent/Guardian,\n\nThis is a reminder that Owen Blackwell has a cardiac screening (ECG) through the Heart Smart Athlete program on Saturday, 3/7 at 10:40 AM at Memorial Pediatric Cardiology, 2100 Lakeshore Dr, Building B, Evanston IL. The screening takes about 20 minutes; athletes should wear a loose shirt.\n\nTo reschedule, call 555-0166.\n\nMemorial Pediatric Cardiology",
     "REWRITE", "reminder", "email", "en",
     [("Owen Blackwell", "NAME"), ("cardiac screening", "PROCEDURE"), ("ECG", "PROCEDURE"), ("Heart Smart Athlete program", "PROCEDURE"), ("3/7", "DATE"),
      ("Memorial Pediatric Cardiology", "SPECIALTY"), ("2100 Lakeshore Dr, Building B, Evanston IL", "ADDRESS"), ("555-0166", "PHONE"), ("Memorial Pediatric Cardiology", "SPECIALTY", 1)],
     ["pediatrics", "cardiology", "minor", "practice-contact"], "A dependent's logistics: name, test, programme and cardiology name go; date, time and the practice's address and phone survive."),
    ("af0071", "Athlete clearance update: Sophia K. - ECG abnormal (possible WPW). Hold from all activity pending cardiology review.",
     "BLOCK", "other", "push", "en",
     [("Sophia K.", "NAME"), ("ECG", "PROCEDURE"), ("abnormal", "RESULT"), ("WPW", "CONDITION"), ("Hold from all activity", "RESULT"), ("cardiology", "SPECIALTY")],
     ["cardiology", "pediatrics", "minor", "third-party", "negation"], "A student's abnormal result and a possible diagnosis pushed to a coaching app."),
    ("af0072", "Liam's pre-participation physical on 6/18: cleared for all sports without restriction. Blood pressure 112/70, normal for age. Vision 20/20. The signed school form is attached. - Dr. Abernathy",
     "ALLOW", "result", "portal", "en",
     [("Liam", "NAME"), ("pre-participation physical", "PROCEDURE"), ("6/18", "DATE"), ("cleared for all sports without restriction", "RESULT"), ("Blood pressure", "PROCEDURE"),
      ("112/70", "RESULT"), ("normal for age", "RESULT"), ("Vision", "PROCEDURE"), ("20/20", "RESULT"), ("Dr. Abernathy", "PROVIDER")],
     ["pediatrics", "minor", "contrast"], "A dependent's result in the parent's proxy portal: treated like the patient portal (decision 8)."),
)

# ---------------------------------------------------------------- batch 7 (af0073-af0084): student health centers and campus services
add(
    ("af0073", "Student Health Center: your appointment is confirmed for Mon 9/15 at 1:20 PM with NP Castillo. Bring your student ID card. Reply C to confirm or X to cancel.",
     "ALLOW", "confirmation", "sms", "en",
     [("9/15", "DATE"), ("NP Castillo", "PROVIDER")],
     ["primary-care"], "Student Health Center is the campus's primary care (decision 1); the ID card is mentioned, not given."),
    ("af0074", "Hi Priya! Your appt at Counseling & Psychological Services (CAPS) is tmrw at 3pm in Wellness Hall rm 214. Student ID 902448171 on file.",
     "REWRITE", "reminder", "sms", "en",
     [("Priya", "NAME"), ("Counseling & Psychological Services", "SPECIALTY"), ("CAPS", "SPECIALTY"), ("902448171", "OTHER_ID")],
     ["behavioral-health", "shorthand"], "Name, the counseling service and its acronym, and the student number go (decisions 1, 4); time and room survive."),
    ("af0075", "Hi Jordan,\n\nThis is Morgan from the Student Health Center. Your results from Tuesday's visit are back: chlamydia - positive, gonorrhea - negative. Please come in this week for treatment (a single dose of azithromycin). Your recent partners should also be tested. Walk-in hours are 9-4.\n\nTake care,\nMorgan Ellis, RN",
     "BLOCK", "result", "email", "en",
     [("Jordan", "NAME"), ("Morgan", "PROVIDER"), ("chlamydia", "CONDITION"), ("positive", "RESULT"), ("gonorrhea", "CONDITION"), ("negative", "RESULT"), ("azithromycin", "MEDICATION"),
      ("Morgan Ellis, RN", "PROVIDER")],
     ["hiv-sexual-health"], "STI results and treatment by e-mail (e-mail = SMS)."),
    ("af0076", "Student Health Services is open during finals week with extended hours (8am-8pm). Free flu shots at the Union on Wednesday, and therapy dogs in the library Thursday afternoon. After hours, call the nurse line on the back of your student ID.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Campus-wide notice (README broadcasts); 'therapy dogs' is not a therapy the recipient receives."),
    ("af0077", "Reminder: your TB skin test read is due today between 2-4 pm at the Student Health Center. It's required for your clinical placement.",
     "REWRITE", "reminder", "push", "en",
     [("TB skin test", "PROCEDURE")],
     ["primary-care"], "The test goes; the time and place survive."),
    ("af0078", "Your PPD read today was 12 mm - positive. You'll need a chest x-ray before starting your nursing clinical rotation. We will also update your clearance status with the School of Nursing compliance office.",
     "BLOCK", "result", "sms", "en",
     [("PPD", "PROCEDURE"), ("12 mm", "RESULT"), ("positive", "RESULT"), ("chest x-ray", "PROCEDURE")],
     ["primary-care"], "A positive TB skin test with its induration and the next test."),
    ("af0079", "Centro de Salud Estudiantil: su cita quedó para el miércoles 4 de febrero a las 11:00 con la enfermera Ruiz. Traiga su credencial de estudiante.",
     "ALLOW", "confirmation", "sms", "es",
     [("4 de febrero", "DATE"), ("enfermera Ruiz", "PROVIDER")],
     ["primary-care"], "Generic campus clinic (decision 1), date, time and a named nurse."),
    ("af0080", "Registration hold: our records show you're missing a 2nd MMR dose and the hepatitis B series. Upload proof at https://health.northbay-u.example/immunizations or visit Student Health. Student ID 771203344.",
     "REWRITE", "recall", "sms", "en",
     [("MMR", "PROCEDURE"), ("hepatitis B series", "PROCEDURE"), ("https://health.northbay-u.example/immunizations", "URL"), ("771203344", "OTHER_ID")],
     ["primary-care"], "Vaccines due for the recipient go like any named procedure; the student number is not needed (decision 4); the school's own link stays."),
    ("af0081", "Dear Professor Halvorsen,\n\nPlease excuse Kendra Walsh from Thursday's exam. She was seen at the Student Health Center today for influenza A and should isolate until she has been fever-free for 24 hours. She will contact you to arrange a make-up.\n\nStudent Health Center",
     "BLOCK", "other", "email", "en",
     [("Kendra Walsh", "NAME"), ("influenza A", "CONDITION"), ("fever", "CONDITION")],
     ["primary-care", "third-party"], "A student's diagnosis and isolation sent to a professor: third party's health (decision 6). The professor is not labelled (decision 5)."),
    ("af0082", "Dear Faculty,\n\nStudent Health does not issue excuse notes for short illnesses. Students may self-report absences through the Dean of Students portal. Thank you for protecting students' privacy.",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Policy notice to faculty; no student, no clinical content."),
    ("af0083", "Hola Camila, tu cita de planificación familiar en el Centro de Salud Estudiantil es el jueves a las 2:00. Si necesitas cambiarla, llama al 555-0149.",
     "REWRITE", "reminder", "sms", "es",
     [("Camila", "NAME"), ("planificación familiar", "PROCEDURE"), ("555-0149", "PHONE")],
     ["reproductive", "practice-contact"], "Name and the reproductive visit type go; weekday, time and the clinic's number survive."),
    ("af0084", "Student Health: ur STl panel is back - ch1amyd1a p0s1t1ve. come in 4 tx, walk-ins ok til 4.",
     "BLOCK", "result", "sms", "en",
     [("STl panel", "PROCEDURE"), ("ch1amyd1a", "CONDITION"), ("p0s1t1ve", "RESULT")],
     ["hiv-sexual-health", "leet", "shorthand"], "Leetspeak positive STI result (a lower-case L for the I in STI)."),
)

# ---------------------------------------------------------------- batch 8 (af0085-af0096): employee health, respirators, hearing, titers
add(
    ("af0085", "Hi Devon, your N95 respirator fit test and medical questionnaire are due by 5/30. Book a slot with Employee Health at https://eh.mercyregional.example/fit or call 555-0112.",
     "REWRITE", "reminder", "sms", "en",
     [("Devon", "NAME"), ("N95 respirator fit test", "PROCEDURE"), ("5/30", "DATE"), ("https://eh.mercyregional.example/fit", "URL"), ("555-0112", "PHONE")],
     ["general", "practice-contact"], "Name and the named test go; Employee Health is generic (decision 1); the deadline and the department's own link and phone survive."),
    ("af0086", "Hi Rebecca, your hepatitis B surface antibody came back <10 mIU/mL (non-immune). Per policy you'll need to repeat the vaccine series and recheck the titer 1-2 months after the last dose. Until then, report any needlestick right away. - Employee Health, St. Brendan's Hospital",
     "BLOCK", "result", "email", "en",
     [("Rebecca", "NAME"), ("hepatitis B surface antibody", "PROCEDURE"), ("<10 mIU/mL", "RESULT"), ("non-immune", "RESULT"), ("titer", "PROCEDURE")],
     ["lab"], "A titer value and its interpretation, with the next steps."),
    ("af0087", "Employee Health: annual TB screening and flu vaccine clinics for all staff run the whole month of October. Stop by the 2nd floor, no appointment needed.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Staff-wide clinic days (README broadcasts; decision 9); 'October' alone is not a date."),
    ("af0088", "Hello, this is Employee Health at Riverside Medical Center calling for Anthony. Your annual audiogram for the hearing conservation program is due this month. Please call us back at 555-0126 to schedule. Thank you.",
     "REWRITE", "recall", "voice", "en",
     [("Anthony", "NAME"), ("audiogram", "PROCEDURE"), ("hearing conservation program", "PROCEDURE"), ("555-0126", "PHONE")],
     ["general", "practice-contact"], "Name, test and programme go (README: programs are PROCEDURE); the call-back survives."),
    ("af0089", "Your audiogram today showed a standard threshold shift in your left ear. A retest is required within 30 days, and your supervisor will be notified as OSHA requires.",
     "BLOCK", "result", "sms", "en",
     [("audiogram", "PROCEDURE"), ("standard threshold shift", "RESULT")],
     ["general"], "A hearing-test finding is the message."),
    ("af0090", "Employers must post the annual Form 300A summary where workers can see it for three months each spring. Our safety consultants can help you review recordable cases before posting. Reply to schedule a free review.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Regulatory marketing to employers; a form number and 'cases' describe no one."),
    ("af0091", "Buenas tardes Sr. Márquez, le recordamos que su prueba de ajuste del respirador y su espirometría son el viernes a las 7 am en Salud del Empleado. Traiga sus lentes de seguridad.",
     "REWRITE", "reminder", "sms", "es",
     [("Márquez", "NAME"), ("prueba de ajuste del respirador", "PROCEDURE"), ("espirometría", "PROCEDURE")],
     ["general"], "Name and tests go; Employee Health (Salud del Empleado) is generic (decision 1); safety glasses are PPE, not a condition."),
    ("af0092", "Subject: Respirator clearance results - Line 3 maintenance crew\n\nHi Tom,\n\nSummary of the respirator medical evaluations for your crew:\n- Luis Fermin: cleared, full-face APR\n- Hector Dumas: cleared with restriction, no SCBA; he should follow up with his cardiologist about his arrhythmia\n- Ray Thibodeaux: deferred pending spirometry (FEV1 68% predicted)\n\nFit testing can go ahead for Luis and Hector on Thursday.\n\nRegards,\nAnita Brooks, COHN-S\nBayou Occupational Health Services\n555-0181",
     "BLOCK", "result", "email", "en",
     [("Luis Fermin", "NAME"), ("cleared", "RESULT"), ("Hector Dumas", "NAME"), ("cleared with restriction, no SCBA", "RESULT"), ("cardiologist", "SPECIALTY"), ("arrhythmia", "CONDITION"),
      ("Ray Thibodeaux", "NAME"), ("deferred", "RESULT"), ("spirometry", "PROCEDURE"), ("FEV1", "PROCEDURE"), ("68% predicted", "RESULT"), ("Fit testing", "PROCEDURE"),
      ("Luis", "NAME", 1), ("Hector", "NAME", 1), ("Anita Brooks, COHN-S", "PROVIDER"), ("Bayou Occupational Health Services", "SPECIALTY"), ("555-0181", "PHONE")],
     ["cardiology", "third-party", "practice-contact"], "Three employees' clearances, a condition and a lung-function value e-mailed to the supervisor (decisions 3, 6). Judgement: COHN-S (occupational health nurse) is a generic nursing credential."),
    ("af0093", "Employee Health reminder: your annual health assessment window opens 1/5. Book at https://eh.mercyregional.example or call 555-0112.",
     "ALLOW", "reminder", "sms", "en",
     [("1/5", "DATE"), ("https://eh.mercyregional.example", "URL"), ("555-0112", "PHONE")],
     ["general", "practice-contact"], "A generic annual assessment (decision 2) with the department's own link and phone."),
    ("af0094", "Estimado Sr. Galindo:\n\nSu caso de compensación laboral (reclamo n.º CL-2291-7740) fue asignado a la enfermera gestora de casos Lorena Paz. Ella lo acompañará a su cita de fisioterapia del 12 de mayo en Rehabilitación Integral del Sur y coordinará con su empleador. Puede comunicarse con ella al 555-0158.\n\nAtentamente,\nServicios de Compensación Laboral",
     "REWRITE", "other", "email", "es",
     [("Galindo", "NAME"), ("CL-2291-7740", "OTHER_ID"), ("Lorena Paz", "PROVIDER"), ("fisioterapia", "PROCEDURE"), ("12 de mayo", "DATE"), ("Rehabilitación Integral del Sur", "SPECIALTY"), ("555-0158", "PHONE")],
     ["physical-therapy", "practice-contact"], "Name, claim number, therapy and a PT practice name go; the case manager is workforce (decision 5) and her number survives."),
    ("af0095", "Sra. Cárdenas: su examen de reubicación laboral concluyó que no puede regresar a su puesto de cajera por la tendinitis del hombro. Recomendamos trabajo sin levantar los brazos por encima de los hombros. Copia enviada a Recursos Humanos.",
     "BLOCK", "result", "sms", "es",
     [("Cárdenas", "NAME"), ("examen de reubicación laboral", "PROCEDURE"), ("no puede regresar a su puesto", "RESULT"), ("tendinitis del hombro", "CONDITION"), ("sin levantar los brazos por encima de los hombros", "RESULT")],
     ["orthopedics"], "Diagnosis, fitness determination and restriction (decision 3)."),
    ("af0096", "Estimados empleados: a partir del lunes, el consultorio de Salud del Empleado atenderá de 6:30 a 15:00. Las vacunas contra la influenza estarán disponibles sin cita durante todo octubre. No se necesita tarjeta del seguro.",
     "ALLOW", "other", "email", "es", [],
     ["general", "broadcast", "hard-negative"], "Staff-wide hours and vaccine days (README broadcasts)."),
)

# ---------------------------------------------------------------- batch 9 (af0097-af0108): employer accounts, claims, disguises, school nurses
add(
    ("af0097", "Booking confirmed for 6 employees: pre-placement exams at Lakeview Medical Group, Tue 2/17, 8:00-11:00 AM. Booking ref EMP-4471-B. Each person must bring a photo ID.",
     "ALLOW", "confirmation", "sms", "en",
     [("2/17", "DATE")],
     ["primary-care"], "A group booking sent to HR names nobody; the booking reference is not a patient identifier (decisions 6, 10)."),
    ("af0098", "Invoice 20931 for Coastal Staffing - March services: 14 DOT physicals, 22 non-DOT 5-panel screens, 3 breath alcohol tests. Line-item detail is in your employer portal. Total due $3,412.00 by 4/15. Pay at https://billing.harborocc.example/invoice?id=20931&client=COAST",
     "ALLOW", "billing", "email", "en",
     [("4/15", "DATE"), ("https://billing.harborocc.example/invoice?id=20931&client=COAST", "URL")],
     ["general", "practice-contact"], "Counts of services billed to an employer identify no employee; the invoice number and link belong to the employer's account, not a patient (decision 10); service words in a message about no individual are not labelled (decision 9)."),
    ("af0099", "Dear Mr. Whitaker,\n\nRe: Claim 7730-118-WC\n\nWe have denied coverage for the requested right knee arthroscopy. The independent medical examiner found your meniscus tear to be degenerative and not work-related. You may appeal this decision within 30 days. Send a written request, with any medical records you want us to consider, to Allied Mutual Insurance, Appeals Unit, PO Box 4410, Hartford CT 06101, or ask the state Workers' Compensation Board for a hearing. Your weekly wage-replacement checks for the accepted part of your claim are not affected while an appeal is pending.\n\nIf you have an attorney, please share this letter with them.\n\nSincerely,\nClaims Department, Allied Mutual Insurance",
     "BLOCK", "other", "email", "en",
     [("Whitaker", "NAME"), ("7730-118-WC", "OTHER_ID"), ("right knee arthroscopy", "PROCEDURE"), ("meniscus tear", "CONDITION"), ("degenerative", "RESULT"), ("not work-related", "RESULT"), ("PO Box 4410, Hartford CT 06101", "ADDRESS")],
     ["orthopedics", "identifier"], "A denial whose reason is the examiner's finding: the clinical content is the message."),
    ("af0100", "Reminder: your disability benefit payment will be deposited Friday. If you changed banks, update your direct deposit details in the benefits portal.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "A benefit payment notice; 'disability' is a payer/program word (decision 4)."),
    ("af0101", "Reminder: your post-accident dr\u200bug scr\u200been is today at 1pm at Ironwood Occupational Health. Bring your incident report number.",
     "REWRITE", "reminder", "sms", "en",
     [("post-accident dr\u200bug scr\u200been", "PROCEDURE"), ("Ironwood Occupational Health", "SPECIALTY")],
     ["lab"], "Zero-width spaces inside the test name; the test and the occupational-health name go (decision 1), the time survives."),
    ("af0102", "Ironwood lab: donor Keller, spec #A55-20198 - result: n\u0435g\u0430tive-dilute. Employer notified.",
     "BLOCK", "result", "sms", "en",
     [("Keller", "NAME"), ("A55-20198", "OTHER_ID"), ("n\u0435g\u0430tive-dilute", "RESULT")],
     ["lab"], "Cyrillic look-alikes in the result; a specimen-validity finding is a result (decision 7)."),
    ("af0103", "Subject: Welcome to Harbor Occupational Health employer services\n\nDear Coastal Staffing team,\n\nThank you for choosing us for your workforce health program. A few things to get you started:\n\n1. Send employees with an authorization form (download at https://harborocc.example/employers). Walk-ins are seen 7am-5pm weekdays at 410 Dock St, Suite 2, Port Alder WA 98368.\n2. Results and work-status documents are posted to your employer portal within one business day; we never e-mail them.\n3. After-hours injuries: send the employee to the nearest ER and call our injury line next morning at (360) 555-0107.\n4. Questions about invoices go to billing@harborocc.example or fax (360) 555-0108.\n5. Random-testing lists go only to your designated employer representative.\n\nOur medical director, Dr. Lena Marsh, will review your testing policy at no charge.\n\nWe look forward to working with you.\n\nWarm regards,\nDana Whitlock\nEmployer Services Manager",
     "ALLOW", "other", "email", "en",
     [("https://harborocc.example/employers", "URL"), ("410 Dock St, Suite 2, Port Alder WA 98368", "ADDRESS"), ("(360) 555-0107", "PHONE"),
      ("billing@harborocc.example", "EMAIL"), ("(360) 555-0108", "FAX"), ("Dr. Lena Marsh", "PROVIDER"), ("Dana Whitlock", "PROVIDER")],
     ["general", "practice-contact"], "Welcome packet to an employer: no employee named, contacts are the clinic's own. The occupational-health name describes no patient's visit here, so it is not labelled, as in a broadcast (decision 9)."),
)

# ---------------------------------------------------------------- batch 10 (af0104-af0115): injuries at work, school nurses, employer portal, FCE
add(
    ("af0104", "Hi Shawn, HR here. The occupational clinic needs you back for a recheck on your hand laceration before Monday. Call them at 555-0177 to set it up.",
     "REWRITE", "other", "sms", "en",
     [("Shawn", "NAME"), ("hand laceration", "CONDITION"), ("555-0177", "PHONE")],
     ["urgent-care", "practice-contact"], "A condition used as a visit label (README) goes with the name; the request and the clinic's number survive. 'occupational clinic' in prose is not a practice name."),
    ("af0105", "Buenos días, le llamamos de Clínica Laboral del Pacífico para Guadalupe Nava. Su radiografía de tórax para el permiso de trabajo salió normal, pero la prueba de tuberculosis salió positiva, así que necesita venir a consulta esta semana. Llámenos al 555-0135.",
     "BLOCK", "result", "voice", "es",
     [("Clínica Laboral del Pacífico", "SPECIALTY"), ("Guadalupe Nava", "NAME"), ("radiografía de tórax", "PROCEDURE"), ("normal", "RESULT"), ("prueba de tuberculosis", "PROCEDURE"),
      ("positiva", "RESULT"), ("555-0135", "PHONE")],
     ["lab", "practice-contact"], "Two results by voicemail (voice = SMS); a normal result is still a result (README)."),
    ("af0106", "This is a courtesy call from Greenfield Health. We received the work forms your employer faxed to us. No action is needed from you right now. Thank you.",
     "ALLOW", "other", "voice", "en", [],
     ["primary-care", "hard-negative"], "Employer paperwork received; nothing clinical (decision 4)."),
    ("af0107", "Hi Mrs. Olawale, this is the nurse's office at Brookfield Elementary. Tobi's inhaler authorization form for school expires Friday - please have Dr. Chen sign a new one before then.",
     "BLOCK", "other", "sms", "en",
     [("Olawale", "NAME"), ("Tobi", "NAME"), ("inhaler", "MEDICATION"), ("Dr. Chen", "PROVIDER")],
     ["pediatrics", "minor", "third-party", "contrast"], "A dependent's medication sent to the guardian is BLOCK (README third-party rule), even as a paperwork reminder."),
    ("af0108", "Hi families, this is the nurse's office at Brookfield Elementary. Medication forms for next school year are due by the first day of class. Blank forms are on the school website.",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative", "contrast"], "Sent to every family; names no child and no drug. Contrast with af0107."),
    ("af0109", "Employer Portal - result posted\nDonor: Aaron Fields\nTest: 10-panel urine, pre-employment\nCollected: 10/06\nMRO-verified result: NEGATIVE\nCertified copy available for download.",
     "ALLOW", "result", "portal", "en",
     [("Aaron Fields", "NAME"), ("10-panel urine", "PROCEDURE"), ("10/06", "DATE"), ("NEGATIVE", "RESULT")],
     ["lab", "third-party", "contrast"], "Judgement: a secure employer portal is treated like the patient portal (decision 8); the same result by e-mail is BLOCK (af0039)."),
    ("af0110", "Hi Ms. Duarte,\n\nYour functional capacity evaluation is complete. You demonstrated a safe lift of 35 lb floor-to-waist, which places you in the medium physical demand level. Your job is rated heavy (50 lb), so Dr. Mbeki recommends 4 more weeks of work conditioning before a full-duty release. We've sent the report to your adjuster, Kevin Ross at Allied Mutual.\n\nWarmly,\nTerrence Hall, PT, DPT\nSummit Physical Therapy & Work Rehab",
     "BLOCK", "result", "email", "en",
     [("Duarte", "NAME"), ("functional capacity evaluation", "PROCEDURE"), ("safe lift of 35 lb floor-to-waist", "RESULT"), ("medium physical demand level", "RESULT"),
      ("Dr. Mbeki", "PROVIDER"), ("work conditioning", "PROCEDURE"), ("Terrence Hall", "PROVIDER"), ("PT", "SPECIALTY"), ("DPT", "SPECIALTY"), ("Summit Physical Therapy & Work Rehab", "SPECIALTY")],
     ["physical-therapy"], "Test values and a treatment plan by e-mail (decision 3). The adjuster is not labelled (decision 5); PT/DPT credentials are SPECIALTY (README)."),
    ("af0111", "Camp Sol y Mar: we still need Santiago Herrera's medical form. Campers without one can't board the bus on 6/28. Upload it here: https://campsolymar.example/forms?camper=55812",
     "REWRITE", "other", "sms", "en",
     [("Santiago Herrera", "NAME"), ("6/28", "DATE"), ("https://campsolymar.example/forms?camper=55812", "URL")],
     ["pediatrics", "minor"], "A child's name and a camper-specific link go; the medical form is a document (decision 4)."),
    ("af0112", "Hi Gwen, your pre-employment physical with Dr. Sato is set for Wed 5/6 at 2:40 PM. Please wear comfortable clothes and bring your glasses if you use them.",
     "REWRITE", "reminder", "sms", "en",
     [("Gwen", "NAME"), ("pre-employment physical", "PROCEDURE"), ("Dr. Sato", "PROVIDER"), ("5/6", "DATE")],
     ["primary-care"], "Judgement: a qualified exam name is a visit type (decision 2), unlike a plain physical."),
    ("af0113", "Safety mgr: ur 2nd shift employee Dwayne L. got 6 stitches L palm, tetanus shot given, ok to return tmrw, no wet work x7d. Recordable per OSHA.",
     "BLOCK", "other", "sms", "en",
     [("Dwayne L.", "NAME"), ("6 stitches", "PROCEDURE"), ("tetanus shot", "PROCEDURE"), ("ok to return tmrw", "RESULT"), ("no wet work x7d", "RESULT")],
     ["urgent-care", "third-party", "shorthand"], "A named employee's treatment and restrictions texted to the employer (decision 6)."),
    ("af0114", "Hello,\n\nYour employer has arranged an appointment for you on {{appt_date}} at {{appt_time}} at {{location_name}}.\n\nPlease bring:\n- a government-issued photo ID\n- the authorization form your employer gave you\n- glasses or contacts, if you use them\n\nPlan on about 60-90 minutes: check-in, a short questionnaire and time with one of our clinicians. We share information with your employer only as the authorization you sign allows, and you can ask us for a copy of anything we send. Parking is free in the lot behind the building. If you need an interpreter or need to reschedule, call us at (602) 555-0121 or reply to this e-mail at scheduling@desertmedgroup.example.\n\nDirections: https://desertmedgroup.example/locations\n\nThank you,\nDesert Medical Group",
     "ALLOW", "reminder", "email", "en",
     [("(602) 555-0121", "PHONE"), ("scheduling@desertmedgroup.example", "EMAIL"), ("https://desertmedgroup.example/locations", "URL")],
     ["primary-care", "template", "practice-contact"], "Template with content-free placeholders; 'arranged by your employer' names no visit type."),
    ("af0115", "Tap to sign your Hep B vaccine consent before your Employee Health visit on Thursday.",
     "REWRITE", "other", "push", "en",
     [("Hep B vaccine", "PROCEDURE")],
     ["general"], "The recipient's own vaccine goes (README); Employee Health is generic (decision 1)."),
)

# ---------------------------------------------------------------- batch 11 (af0116-af0120): coaches, HR, college athletics
add(
    ("af0116", "Entrenador Ruiz: Diego no puede jugar el sábado, tiene un esguince de tobillo grado 2. Que use la férula y nada de correr x 2 sem. - Clínica Deportiva Norte",
     "BLOCK", "other", "sms", "es",
     [("Diego", "NAME"), ("no puede jugar", "RESULT"), ("esguince de tobillo", "CONDITION"), ("grado 2", "RESULT"), ("férula", "PROCEDURE"), ("nada de correr x 2 sem", "RESULT"), ("Clínica Deportiva Norte", "SPECIALTY")],
     ["orthopedics", "minor", "third-party", "shorthand"], "A player's injury and restrictions texted to the coach (decision 6); the coach is not labelled (decision 5); a sports clinic name is SPECIALTY (decision 1)."),
    ("af0117", "Lakeview Med Grp: ur appt is tmrw 8:45a. Pls bring ur employer auth form + photo ID. Txt C to confirm, R to resched.",
     "ALLOW", "reminder", "sms", "en", [],
     ["primary-care", "shorthand", "hard-negative"], "Shorthand reminder; an employer authorization form is paperwork (decision 4)."),
    ("af0118", "Estimada Lic. Treviño: le confirmamos que el trabajador José Luis Pacheco (núm. de empleado 30918) tiene cita de seguimiento de su lesión lumbar el 14 de agosto a las 10:00 con el Dr. Ochoa. Le enviaremos el formato de incapacidad después de la consulta.",
     "BLOCK", "other", "email", "es",
     [("José Luis Pacheco", "NAME"), ("30918", "OTHER_ID"), ("lesión lumbar", "CONDITION"), ("14 de agosto", "DATE"), ("Dr. Ochoa", "PROVIDER")],
     ["orthopedics", "third-party", "contrast"], "A third party's condition as a visit label is BLOCK (README, like 'Sofia's asthma check'), unlike af0018's logistics with only a specialty. The HR manager is not labelled (decision 5)."),
    ("af0119", "Reminder from Dr. Farouk's office: your appointment is Tuesday, 11/18 at 10:30 AM. If you need a time-off letter for your employer, just ask at check-out.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Farouk", "PROVIDER"), ("11/18", "DATE")],
     ["primary-care"], "Provider, date and time; a time-off letter is paperwork (decision 4)."),
    ("af0120", "Subject: Participation status - Women's Soccer\n\nCoach Whitfield,\n\nPer the team physician, Hannah Leclerc is withheld from practice and competition effective today. She may return only after written clearance from her eating disorder treatment team and a weight check with sports medicine. She is still expected at team meetings and film sessions, and we'd ask that staff not comment on her weight or eating.\n\nHer scholarship and roster spot are not affected by this decision, and academic support continues through Student-Athlete Services as usual. If you'd like a general session on fueling and recovery for the whole squad, our team dietitian can schedule one for next week.\n\nPlease keep this information limited to the coaching staff. I'm glad to talk by phone at 555-0144.\n\nThanks,\nMarcus Bell, MS, ATC\nHead Athletic Trainer, Sports Medicine",
     "BLOCK", "other", "email", "en",
     [("Hannah Leclerc", "NAME"), ("withheld from practice and competition", "RESULT"), ("eating disorder", "CONDITION"), ("weight check", "PROCEDURE"), ("sports medicine", "SPECIALTY"),
      ("555-0144", "PHONE"), ("Marcus Bell, MS, ATC", "PROVIDER"), ("Sports Medicine", "SPECIALTY")],
     ["behavioral-health", "third-party"], "A student-athlete's condition and participation status e-mailed to the coach: third party's health (decision 6). Judgement: ATC is a generic credential; 'Sports Medicine' is SPECIALTY (decision 1)."),
)

# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "af", "probe30.jsonl")
