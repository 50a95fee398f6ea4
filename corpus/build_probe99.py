#!/usr/bin/env python3
"""Build corpus/probe99.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe99.py [OUT] [-v]   (default: probe99.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run
and no other corpus's messages were read).
This round is CLINICAL TRIALS AND RESEARCH STUDIES: what research coordinators, trial sites, IRB
offices, biobanks and recruitment vendors send — study-visit reminders, eligibility pre-screening,
consent, re-consent and assent notices, withdrawal, stipends, reimbursements and 1099 requests,
study-drug dispensing, shipping and diary/ePRO reminders, PK and infusion visits, safety letters,
unblinding and results letters (individual and aggregate), return of research results and
incidental findings, biobank and device messages, and recruitment broadcasts against targeted
invitations. Messages that reveal the participant's condition, study drug, arm or test are mixed
with neutral ones and with look-alikes: a subscription "trial period", "study hall", "a case
study", "placebo" in a sports column, "Protocol" as a company name, the "arm" of a chair, a
"sala de estudio", a research coordinator named Hope Trial. 16% Spanish (19 of 120); 4 disguised
messages (leet, zero-width, Cyrillic look-alike, spaced letters); 26 hard negatives.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "before the [[infusion]]" searches for
      "before the infusion" and labels only "infusion".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Study names: an opaque study code name (SUMMIT-2, WILLOW, KESTREL, SPRING, CEDAR), a
     protocol, amendment, IRB or sponsor name/number belongs to the study, not to the participant,
     and is not labelled. A coined study name that itself reveals a condition (RESOLVE-HF,
     ALZ-PREVENT, ELEVATE-COPD) is one PROCEDURE span (a program); a plain condition word in
     "the psoriasis study" / "estudio de diabetes" is a CONDITION span.
  2. Generic research vocabulary is not labelled: study visit, screening visit, Visit 3, Week 12,
     study drug / study medication / study cream, investigational, randomized, Group B, consent,
     assent, diary, ePRO, stipend, dosing visit, blood draws. Visit types that reveal treatment
     or a test (infusion, PK draw, lumbar puncture, cognitive testing, colonoscopy) are PROCEDURE.
  3. Research sites: a generic site name (... Clinical Research, ... Research Partners, ... Research
     Unit, Community Biobank, Investigational Drug Service pharmacy) is not labelled; one that
     reveals a specialty or condition (Memory & Aging Research Center, Harbor Oncology Research,
     Bayview Children's ..., Cascade Fertility Research, Prostate Cancer Biorepository) is
     SPECIALTY, like a specialty-revealing practice name.
  4. Participant-level codes: subject numbers, study-drug kit numbers and carrier tracking numbers
     of a kit sent to the participant are OTHER_ID; an activity-tracker serial is DEVICE_ID; the
     full number of a prepaid stipend card is ACCOUNT; "card ending in 0093" (last four digits
     only) is not labelled.
  5. Unblinding: the treatment the participant received (including `placebo`) is MEDICATION and
     the message is BLOCK — the assignment is treatment information and the point of the
     message; the same letter on the portal channel is ALLOW.
  6. Recruitment: an advertisement to a general list ("if you or someone you know ...") is a
     broadcast — ALLOW with no clinical span even when it names the condition studied; a
     targeted invitation that says the recipient has the condition ("based on your records",
     "según su expediente") is REWRITE — the invitation survives without the condition.
  7. Pre-screening by text that names conditions or drugs and asks the recipient to reply with
     clinical answers is BLOCK (the clinical questions are the message; a secure screener link
     is the safe form), whereas a plain link to a screener is ALLOW.
  8. Aggregate study results in a plain-language summary are not the recipient's results (no
     RESULT span); the condition/drug of the study is labelled, so REWRITE.
  9. Purposes: stipends and reimbursements -> other (payments to the participant, not a bill);
     statements and claims -> billing; recruitment -> marketing; consent, withdrawal, IRB ->
     other; diary/ePRO and visit reminders -> reminder; study-drug pickup and shipping -> pickup;
     unblinding, study labs and results summaries -> result.
 10. A coordinator or research nurse named as the sender (Hope Trial, Kim, Marcus, Priya, Lupe)
     is workforce -> PROVIDER; a credential naming a specialty (RRT) is a separate SPECIALTY.
 11. A symptom or pain score written "8/10" is a RESULT, not a DATE.
 12. A dated IRB approval in a letter is still a calendar date (DATE span), though not the
     patient's.
 13. `inhaler`/`inhalador` naming the study product is MEDICATION (a drug product used as a
     name); a glucometer (`glucómetro`) or glucose sensor is a device -> PROCEDURE.

Everything is invented: names, sites, 555-01xx numbers, example domains, identifiers, and the
investigational compounds (tirzolimab, zenatrelin, LX-218, ONC-7731); the SSN is the well-known
specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (cx0001-cx0012): recruitment, look-alikes, first visits
add(
    ("cx0001", "Now enrolling: Lakeshore Clinical Research is looking for adults 18–65 with seasonal allergies for a 6-week study of an investigational nasal spray. Compensation up to $600 for time and travel. Learn more at lakeshoreresearch.example/allergy or reply STOP to opt out.",
     "ALLOW", "marketing", "sms", "en",
     [("lakeshoreresearch.example/allergy", "URL")],
     ["general", "broadcast", "practice-contact"], "Decision 6: a recruitment ad to the whole list says nothing about the recipient; the condition studied is not labelled; the site's own link stays."),
    ("cx0002", "Hi Terrence, based on your recent visits with Dr. Osei, you may qualify for a research study of a new treatment for gout. Interested? Reply YES and a study coordinator will call you. Reply STOP to opt out.",
     "REWRITE", "marketing", "sms", "en",
     [("Terrence", "NAME"), ("Dr. Osei", "PROVIDER"), ("gout", "CONDITION")],
     ["primary-care"], "Decision 6: targeted invitation naming the recipient's condition; the invitation survives without the name and the condition."),
    ("cx0003", "Your 14-day free trial of StudyBuddy Premium ends tomorrow. Keep unlimited flashcards and practice quizzes for $4.99/mo, or cancel anytime in Settings > Subscription.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: a subscription trial for a study app; nothing health-related."),
    ("cx0004", "Brookside Middle School Health Office: study hall is cancelled this Friday for the book fair. Students with 6th period study hall should report to the library.",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "hard-negative", "broadcast"], "Look-alike: 'study hall' and a school health office; nothing about any student's health."),
    ("cx0005", "Reminder: your SUMMIT-2 study visit (Visit 3) is Tue 3/10 at 8:00 AM at Lakeshore Clinical Research, Suite 410. Please come fasting and bring your study diary. Questions? (312) 555-0142",
     "ALLOW", "reminder", "sms", "en",
     [("3/10", "DATE"), ("(312) 555-0142", "PHONE")],
     ["general", "practice-contact"], "Decisions 1-3: opaque study code, visit number, generic site name and generic fasting prep; date, time and the site phone are allowed."),
    ("cx0006", "This is Hope Trial from Westbrook Research Partners confirming your visit on Thursday 4/16 at 10:30. Reply C to confirm or call (414) 555-0163 to reschedule.",
     "ALLOW", "confirmation", "sms", "en",
     [("Hope Trial", "PROVIDER"), ("4/16", "DATE"), ("(414) 555-0163", "PHONE")],
     ["general", "practice-contact"], "Look-alike: 'Trial' is the coordinator's surname; a staff sender is PROVIDER (decision 10); nothing reveals the visit type."),
    ("cx0007", "Northfield Family Medicine in the news: our case study on cutting lobby wait times by 40% is featured in this month's Practice Management Digest. Thank you for your patience while we tested the new check-in kiosks!",
     "ALLOW", "marketing", "email", "en", [],
     ["primary-care", "hard-negative", "broadcast"], "Look-alike: a management 'case study' about wait times, not a patient case."),
    ("cx0008", "Weekend Wellness Newsletter: Is your lucky game-day jersey just a placebo? Our sports columnist says the confidence boost is real either way. Plus: five stretches to try before pickup basketball.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'placebo' in a sports column of a newsletter; no recipient, no treatment."),
    ("cx0009", "Heads up: our phone vendor, Protocol Communications, will perform system maintenance Sunday from 1 to 3 AM. Calls to the office may drop during that window, so please use the portal instead.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'Protocol' is a vendor's name."),
    ("cx0010", "Thanks for your patience during our lobby renovation! New seating arrives next week. Until then, please don't lean on the arm of the blue armchair by the window - it's loose.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: the arm of a chair, not a study arm or a body part with a problem."),
    ("cx0011", "¿Tiene entre 40 y 75 años y goza de buena salud? El Centro de Investigación Clínica del Valle busca voluntarios sanos para un estudio de una vacuna. Se compensa su tiempo. Informes al (956) 555-0178.",
     "ALLOW", "marketing", "sms", "es",
     [("(956) 555-0178", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Decision 6: recruitment of healthy volunteers sent to a general list; the site's own phone."),
    ("cx0012", "Hi Ms. Adeyemi, your screening labs for the KESTREL study came back and your eGFR was 38, below the study cutoff of 45, so you aren't eligible to enroll. Dr. Haas is happy to talk about other options. – Kim, study coordinator",
     "BLOCK", "result", "sms", "en",
     [("Adeyemi", "NAME"), ("eGFR", "PROCEDURE"), ("38", "RESULT"), ("Dr. Haas", "PROVIDER"), ("Kim", "PROVIDER")],
     ["lab"], "A screening lab value and the screen failure it causes are the message; the cutoff is the protocol's, not a result (not labelled). Staff sender PROVIDER (decision 10)."),
)

# ---------------------------------------------------------------- batch 2 (cx0013-cx0024): visit reminders, pre-screening, diaries
add(
    ("cx0013", "{{site_name}}: Your study visit is on {{visit_date}} at {{visit_time}}. Please bring your study diary and all unused study medication, even empty bottles. Reply Y to confirm, N to reschedule.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Template with content-free placeholders; 'study medication' and 'diary' are generic research words (decision 2)."),
    ("cx0014", "Pinecrest Memory & Aging Research Center: reminder of your cognitive testing visit on Mon 6/8 at 9:00 AM. Your study partner must come with you. Plan on about 3 hours.",
     "REWRITE", "reminder", "sms", "en",
     [("Pinecrest Memory & Aging Research Center", "SPECIALTY"), ("cognitive testing", "PROCEDURE"), ("6/8", "DATE")],
     ["general"], "Decision 3: a memory-research site name reveals the condition; the test type goes; date and time survive."),
    ("cx0015", "hi its Marcus from the research office, ur PK draw tmrw is at 7am sharp. dont eat after midnite & bring ur dosing log. thx!",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "PROVIDER"), ("PK draw", "PROCEDURE")],
     ["lab", "shorthand", "typo"], "Decision 2: a PK draw reveals investigational dosing; staff sender is PROVIDER (decision 10); time and fasting survive."),
    ("cx0016", "Thanks for your interest in the ClearSkin psoriasis study! Quick pre-screen: 1) Do you currently use methotrexate or a biologic such as Humira? 2) About how much of your body is covered by plaques? Just reply to this text with your answers.",
     "BLOCK", "other", "sms", "en",
     [("psoriasis", "CONDITION"), ("methotrexate", "MEDICATION"), ("Humira", "MEDICATION"), ("plaques", "CONDITION")],
     ["dermatology", "negation"], "Decision 7: pre-screening questions that name the condition and drugs and ask for clinical answers by text are the message; send a secure screener link instead."),
    ("cx0017", "Thanks for your interest in research at Lakeshore Clinical Research! Please complete our short, secure pre-screening form: https://lakeshoreresearch.example/screen - a coordinator will call you within 2 business days.",
     "ALLOW", "other", "sms", "en",
     [("https://lakeshoreresearch.example/screen", "URL")],
     ["general", "practice-contact"], "Decision 7: a plain link to the site's screener, no token and no study topic."),
    ("cx0018", "Your eligibility questionnaire for the sleep apnea device study is ready: https://screen.example.org/q?pid=88314&t=Rk29Xw (link expires in 72 hrs).",
     "REWRITE", "other", "sms", "en",
     [("sleep apnea", "CONDITION"), ("https://screen.example.org/q?pid=88314&t=Rk29Xw", "URL")],
     ["general"], "The condition goes and the link carries a participant id and token (patient-specific URL); the notice survives."),
    ("cx0019", "Hola Sra. Benítez, le recordamos su visita del estudio de diabetes el jueves 14 de mayo a las 8:00 am. Venga en ayunas y traiga su glucómetro. Cualquier duda llame al (915) 555-0187. – Equipo de Investigación, Clínica Del Sol",
     "REWRITE", "reminder", "sms", "es",
     [("Benítez", "NAME"), ("diabetes", "CONDITION"), ("14 de mayo", "DATE"), ("glucómetro", "PROCEDURE"), ("(915) 555-0187", "PHONE")],
     ["primary-care", "practice-contact"], "Decisions 1 and 13: condition word in the study label and the glucometer (a device) go with the name; date, time and the site phone survive."),
    ("cx0020", "Centro de Investigación Norte: su próxima visita del estudio es el 22 de junio a las 10:15 con la Dra. Ibarra. Responda SI para confirmar o NO para reprogramar.",
     "ALLOW", "reminder", "sms", "es",
     [("22 de junio", "DATE"), ("Dra. Ibarra", "PROVIDER")],
     ["general"], "Generic research site, provider, date and time only (decisions 2-3)."),
    ("cx0021", "ePRO reminder: you missed last night's diary entry. Remember to take 2 capsules of LX-218 with dinner and rate your pain (0-10) before bed.",
     "BLOCK", "care-instructions", "sms", "en",
     [("LX-218", "MEDICATION"), ("pain", "CONDITION")],
     ["pharmacy"], "Dosing instructions for a named investigational compound (MEDICATION) and the symptom tracked; the diary reminder alone would be fine."),
    ("cx0022", "Daily diary reminder: please complete today's entry in the StudyPal app before 9 PM. Thanks for being part of research!",
     "ALLOW", "reminder", "push", "en", [],
     ["general", "hard-negative"], "Generic diary reminder (decision 2)."),
    ("cx0023", "Hello, this is an automated reminder from Riverside Research Clinic. You have a study visit on Wednesday, March 18th at 1 PM. Press 1 to confirm, or press 2 to speak with your study coordinator.",
     "ALLOW", "reminder", "voice", "en",
     [("March 18th", "DATE")],
     ["general"], "Spoken reminder with a generic site name, date and time."),
    ("cx0024", "New message from your study team at Harbor Oncology Research. Tap to view it securely in the portal.",
     "REWRITE", "portal-notice", "push", "en",
     [("Harbor Oncology Research", "SPECIALTY")],
     ["oncology"], "Decision 3: the site name reveals oncology on the lock screen; the portal notice survives without it."),
)

# ---------------------------------------------------------------- batch 3 (cx0025-cx0036): consent, re-consent, assent, safety letters, withdrawal
add(
    ("cx0025", "Dear Mr. Castellanos,\n\nThank you for your continued participation in the RESOLVE-HF study at Midtown Heart & Vascular Research. The study protocol was recently amended (Amendment 4, approved by the IRB on 2/3/2026), so we need you to review and sign an updated consent form at your next visit on 3/12. The changes add two optional blood draws and update the study contact list; nothing about your study medication or visit schedule changes.\n\nIf you have questions before then, please call the research office at (617) 555-0129 or email research@midtownhv.example.\n\nWarm regards,\nAlicia Brandt, CCRC\nClinical Research Coordinator",
     "REWRITE", "other", "email", "en",
     [("Castellanos", "NAME"), ("RESOLVE-HF", "PROCEDURE"), ("Midtown Heart & Vascular Research", "SPECIALTY"), ("2/3/2026", "DATE"), ("3/12", "DATE"), ("(617) 555-0129", "PHONE"), ("research@midtownhv.example", "EMAIL"), ("Alicia Brandt, CCRC", "PROVIDER")],
     ["cardiology", "practice-contact"], "Decision 1: a study name that embeds the condition (HF) is a PROCEDURE span; decision 12: the IRB approval date is still a DATE; the re-consent request survives without name, study name and cardiology site."),
    ("cx0026", "Important: the consent form for the WILLOW study has been updated. Please review the new version in the patient portal before your next visit, or call us at (503) 555-0117 with any questions.",
     "ALLOW", "other", "sms", "en",
     [("(503) 555-0117", "PHONE")],
     ["general", "practice-contact"], "Decision 1: an opaque study name; a re-consent notice says nothing clinical."),
    ("cx0027", "Dear study participant: the sponsor has reported new safety information about tirzolimab, the study drug in the ARBOR trial. Rare cases of liver injury have been seen. If you notice yellowing of your skin or eyes or dark urine, stop taking the study drug and call Dr. Feld at (206) 555-0148 right away.",
     "BLOCK", "care-instructions", "email", "en",
     [("tirzolimab", "MEDICATION"), ("liver injury", "CONDITION"), ("yellowing of your skin or eyes", "CONDITION"), ("dark urine", "CONDITION"), ("Dr. Feld", "PROVIDER"), ("(206) 555-0148", "PHONE")],
     ["general", "practice-contact"], "A safety letter names the recipient's drug and tells them when to stop it: treatment instructions are the message (portal letter instead)."),
    ("cx0028", "Buenas tardes. Le escribimos del Centro de Investigación Clínica San Gabriel: hay una versión nueva del formulario de consentimiento de su estudio. Por favor fírmela en su próxima visita. ¡Gracias!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Re-consent notice from a generic research site; 'consentimiento' and 'estudio' reveal nothing (decisions 2-3)."),
    ("cx0029", "Hi, this is Dr. Ocampo's research team at Bayview Children's Hospital. We need a parent signature on the updated consent and Mateo's assent form for the asthma study before his next visit on 5/2.",
     "BLOCK", "other", "sms", "en",
     [("Dr. Ocampo", "PROVIDER"), ("Bayview Children's Hospital", "SPECIALTY"), ("Mateo", "NAME"), ("asthma", "CONDITION"), ("5/2", "DATE")],
     ["pediatrics", "minor", "third-party"], "A dependent's condition sent to the guardian is BLOCK under the README's third-party convention, even in a consent notice."),
    ("cx0030", "Reminder: Ava's study visit at Bayview Children's Research Unit is Saturday 5/9 at 11:00. Please bring her study diary and any unused study medicine.",
     "REWRITE", "reminder", "sms", "en",
     [("Ava", "NAME"), ("Bayview Children's Research Unit", "SPECIALTY"), ("5/9", "DATE")],
     ["pediatrics", "minor"], "A dependent's logistics with a name and a pediatric site name: REWRITE like the patient's own."),
    ("cx0031", "Hi Jordan, heads up: the consent addendum for the PrEP injection study (cabotegravir every 2 months) is ready to sign. Your HIV test from screening was negative so you're cleared to start. -Reza",
     "BLOCK", "result", "sms", "en",
     [("Jordan", "NAME"), ("PrEP injection", "MEDICATION"), ("cabotegravir", "MEDICATION"), ("HIV test", "PROCEDURE"), ("negative", "RESULT"), ("Reza", "PROVIDER")],
     ["hiv-sexual-health"], "A negative HIV result is still a result, together with the PrEP drug; staff sender PROVIDER."),
    ("cx0032", "This is the Institutional Review Board (IRB) office at Fairhaven University. We received your question about a research study and a staff member will call you back within 2 business days.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "IRB office acknowledgement; no study topic, no participant detail."),
    ("cx0033", "We've received your request to withdraw from the Sunrise Study. No more study visits will be scheduled. Samples already collected will be kept as described in your consent form unless you ask us in writing to destroy them.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Withdrawal confirmation for an opaque study (decision 1); 'samples' are generic."),
    ("cx0034", "Please sign your electronic consent for study NVX-302 here: https://econsent.example.com/s/7HqZ2p?subject=302-0147 - this link is unique to you, please don't forward it.",
     "REWRITE", "other", "sms", "en",
     [("https://econsent.example.com/s/7HqZ2p?subject=302-0147", "URL")],
     ["general"], "The link carries the subject number (patient-specific URL); the protocol code NVX-302 is the study's, not labelled (decision 1)."),
    ("cx0035", "Sr. Quiñones, le informamos que en la visita de selección su electrocardiograma mostró una alteración (QT prolongado), por lo que no puede continuar en el estudio. El Dr. Paredes quiere verlo esta semana.",
     "BLOCK", "result", "sms", "es",
     [("Quiñones", "NAME"), ("electrocardiograma", "PROCEDURE"), ("alteración", "RESULT"), ("QT prolongado", "RESULT"), ("Dr. Paredes", "PROVIDER")],
     ["cardiology"], "A screening ECG finding and the screen failure it causes are the message."),
    ("cx0036", "Hi, this is Priya with the Parkinson's research team at Eastlake Neurology. We'd like to set up your re-consent visit before your next DBS programming session. Please call us back at (773) 555-0191. Thanks!",
     "REWRITE", "other", "voice", "en",
     [("Priya", "PROVIDER"), ("Parkinson's", "CONDITION"), ("Eastlake Neurology", "SPECIALTY"), ("DBS programming", "PROCEDURE"), ("(773) 555-0191", "PHONE")],
     ["general", "practice-contact"], "Voicemail: the condition, neurology site and device procedure go; the call-back request survives. Staff caller PROVIDER (decision 10)."),
)

# ---------------------------------------------------------------- batch 4 (cx0037-cx0048): stipends, reimbursements, tax forms, research billing
add(
    ("cx0037", "Your study stipend of $75 for Visit 5 has been loaded to your ClinCard. Funds are usually available within 1 business day.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Decision 9: a stipend payment notice (purpose other); amount and visit number say nothing clinical."),
    ("cx0038", "Greenfield Research: $150 has been added to your prepaid study card 5301 8800 4417 2294 for completing the 24-hour urine collection visit.",
     "REWRITE", "other", "sms", "en",
     [("5301 8800 4417 2294", "ACCOUNT"), ("24-hour urine collection", "PROCEDURE")],
     ["general"], "Decision 4: the full prepaid card number is ACCOUNT; the test type goes; the payment notice survives."),
    ("cx0039", "Payment sent: $40 travel reimbursement to your card ending in 0093. Questions? Reply HELP.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Decision 4: the last four digits of a payment card alone are not labelled."),
    ("cx0040", "To issue your 1099 for study payments over $600 this year, we need to confirm your tax info. We have SSN 078-05-1120 on file for Delroy Ambrose - reply if that is wrong.",
     "BLOCK", "other", "sms", "en",
     [("078-05-1120", "SSN"), ("Delroy Ambrose", "NAME")],
     ["general", "identifier"], "An SSN with the participant's name must never travel by text."),
    ("cx0041", "Hola Yesenia! Ya se depositaron $50 en tu tarjeta del estudio por la visita de ayer. Gracias por participar 😊",
     "REWRITE", "other", "sms", "es",
     [("Yesenia", "NAME")],
     ["general"], "Stipend notice; only the name goes."),
    ("cx0042", "Subject: How to get reimbursed for study travel\n\nDear Research Participant,\n\nThank you for taking part in research at Lakeshore Clinical Research. You can be reimbursed for mileage, parking and public transit for every study visit. Please submit the travel form (attached) within 30 days of each visit, along with any parking receipts. Mileage is paid at the current IRS rate from your home to our office and back.\n\nPayments are issued by our vendor, Tillpoint Payments, to the prepaid card you received at enrollment, usually within 5 business days. Lost your card? Let us know and we will send a replacement at no cost.\n\nQuestions: research.payments@lakeshoreresearch.example or (312) 555-0150, Monday–Friday 9–4.\n\nThe Lakeshore Research Finance Team",
     "ALLOW", "other", "email", "en",
     [("research.payments@lakeshoreresearch.example", "EMAIL"), ("(312) 555-0150", "PHONE")],
     ["general", "practice-contact"], "Long reimbursement e-mail with only the site's own contact details (decision 9: purpose other)."),
    ("cx0043", "We've sent $25 for today's extra visit. Because your pregnancy test at screening was positive, you won't continue in the study; your final payment of $100 will follow next week.",
     "BLOCK", "result", "sms", "en",
     [("pregnancy test", "PROCEDURE"), ("positive", "RESULT")],
     ["reproductive"], "A positive pregnancy test is a result inside a payment notice."),
    ("cx0044", "Thanks for completing your colonoscopy visit for the study, Mr. Ferreira! $200 has been issued to your ClinCard and should post within 24 hours.",
     "REWRITE", "other", "sms", "en",
     [("colonoscopy", "PROCEDURE"), ("Ferreira", "NAME")],
     ["general"], "The procedure and the name go; the stipend notice survives."),
    ("cx0045", "Statement from Fernwood Medical Group: $0.00 due. Charges for your research visit on 1/22 were billed to the study sponsor, not to your insurance. No action is needed.",
     "ALLOW", "billing", "sms", "en",
     [("1/22", "DATE")],
     ["general"], "A zero statement for a research visit; generic practice name, no study topic."),
    ("cx0046", "Rosewood Neurology billing: your insurer denied the claim for the brain MRI on 2/6 because it was part of the ALZ-PREVENT study. We've rebilled the sponsor, so you owe nothing. Claim #CLM-5567201.",
     "REWRITE", "billing", "sms", "en",
     [("Rosewood Neurology", "SPECIALTY"), ("brain MRI", "PROCEDURE"), ("2/6", "DATE"), ("ALZ-PREVENT", "PROCEDURE"), ("CLM-5567201", "OTHER_ID")],
     ["imaging", "identifier"], "Decision 1: a study name revealing Alzheimer's is a PROCEDURE span; site, scan and claim number go; the billing message survives."),
    ("cx0047", "💳 $60 is on its way to your study card! Thanks for coming in today.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "Stipend push with an amount only."),
    ("cx0048", "Para procesar sus pagos del estudio necesitamos confirmar: Nombre: Araceli Montoya Ruiz. Fecha de nacimiento: 09/03/1971. ¿Son correctos? Responda SÍ o NO.",
     "BLOCK", "other", "sms", "es",
     [("Araceli Montoya Ruiz", "NAME"), ("09/03/1971", "DATE")],
     ["general", "dob"], "A full date of birth with the name is BLOCK (README)."),
)

# ---------------------------------------------------------------- batch 5 (cx0049-cx0060): study-drug dispensing, shipping, dosing, randomization
add(
    ("cx0049", "Your study medication for Month 3 is ready for pickup at the Investigational Drug Service pharmacy, basement level B. Bring your empty bottles. Kit #K-448210.",
     "REWRITE", "pickup", "sms", "en",
     [("K-448210", "OTHER_ID")],
     ["pharmacy", "identifier"], "Decision 4: the kit number is tied to one participant's randomization (OTHER_ID); generic study medication and a generic research pharmacy stay (decisions 2-3)."),
    ("cx0050", "Hi Walt, your pen count shows you skipped 2 weekly doses of open-label semaglutide. Don't take two doses at once - restart at 0.25 mg this Sunday and call the study nurse if you feel nauseous.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Walt", "NAME"), ("semaglutide", "MEDICATION"), ("nauseous", "CONDITION")],
     ["pharmacy"], "Adherence finding and re-dosing instructions for a named drug are the message."),
    ("cx0051", "Per Dr. Whitcomb, starting tomorrow increase the study drug to 3 tablets twice a day with food. Keep logging your blood sugars in the diary.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Whitcomb", "PROVIDER"), ("blood sugars", "PROCEDURE")],
     ["primary-care"], "A dose change is a treatment instruction (BLOCK) even though the drug is only 'study drug'; the glucose log reveals the condition studied."),
    ("cx0052", "Your study drug shipment (ONC-7731 capsules, 1 bottle) is out for delivery by courier today between 12 and 4 PM. Signature required. Questions: Northstar Cancer Research Pharmacy, (651) 555-0113.",
     "REWRITE", "pickup", "sms", "en",
     [("ONC-7731 capsules", "MEDICATION"), ("Northstar Cancer Research Pharmacy", "SPECIALTY"), ("(651) 555-0113", "PHONE")],
     ["oncology", "pharmacy", "practice-contact"], "A named investigational compound with its form is MEDICATION; the cancer-research pharmacy name goes; the delivery window and phone survive."),
    ("cx0053", "Reminder: your next study infusion visit is Thu 7/9. Pharmacy needs 2 hours to prepare the study drug, so please arrive by 8 AM.",
     "REWRITE", "reminder", "sms", "en",
     [("infusion", "PROCEDURE"), ("7/9", "DATE")],
     ["general"], "Decision 2: an infusion visit reveals the treatment; arrival logistics survive."),
    ("cx0054", "ur study m3ds r ready. take 1 tab of v4ren1cline 0.5mg dly x3d, then 1 tab 2x dly. quit date is day 8!",
     "BLOCK", "care-instructions", "sms", "en",
     [("v4ren1cline 0.5mg", "MEDICATION")],
     ["substance-use", "leet", "shorthand"], "Disguised (leet) varenicline with a titration schedule: dosing instructions are the message."),
    ("cx0055", "Sra. Del Toro: su medicamento del estudio (inhalador) ya está listo en la farmacia de investigación, 2º piso. Traiga el inhalador usado y su diario. Horario: lunes a viernes de 8 a 4.",
     "REWRITE", "pickup", "sms", "es",
     [("Del Toro", "NAME"), ("inhalador", "MEDICATION", 0), ("inhalador", "MEDICATION", 1)],
     ["pharmacy"], "Decision 13: the inhaler names the study product (MEDICATION); the pickup notice survives without it and the name."),
    ("cx0056", "Dispensing record, Visit 6: kit K-448377 dispensed (60 tablets, blinded study drug). Take 1 tablet by mouth twice daily with food. You returned 4 tablets from your previous kit (adherence 93%). Next visit: 8/20.",
     "ALLOW", "pickup", "portal", "en",
     [("K-448377", "OTHER_ID"), ("8/20", "DATE")],
     ["pharmacy"], "Portal channel: dosing instructions and the kit number may stay inside the secure portal."),
    ("cx0057", "Please return all study drug bottles - even empty ones - at your final visit. Don't throw them away or flush leftover pills.",
     "ALLOW", "care-instructions", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Generic drug-accountability instruction; no drug, dose or condition (decision 2)."),
    ("cx0058", "Your monthly Vivit\u200brol injection for the study is Fri 9/4 at 2:30 at Clearwater Recovery Research.",
     "REWRITE", "reminder", "sms", "en",
     [("Vivit\u200brol injection", "MEDICATION"), ("9/4", "DATE"), ("Clearwater Recovery Research", "SPECIALTY")],
     ["substance-use"], "Zero-width space inside a drug name (disguise); drug and recovery site go, date and time survive."),
    ("cx0059", "Thank you for coming to screening. Your blood test showed hepatitis B, so per the protocol you can't join the study. This result must be reported to the health department; Dr. Nakamura will call you today.",
     "BLOCK", "result", "sms", "en",
     [("hepatitis B", "CONDITION"), ("Dr. Nakamura", "PROVIDER")],
     ["lab"], "A new diagnosis found at screening is the message."),
    ("cx0060", "You've been randomized! You're in Group B of the SPRING study. Your first dosing visit is 10/5 at 9 AM - plan to stay about 4 hours.",
     "ALLOW", "reminder", "sms", "en",
     [("10/5", "DATE")],
     ["general"], "Decisions 1-2: an arm label that does not reveal the treatment (Group B) and an opaque study name are not labelled; contrast with unblinding letters (decision 5)."),
)

# ---------------------------------------------------------------- batch 6 (cx0061-cx0072): unblinding, results letters, return of results, incidental findings
UNBLIND = ("Dear Ms. Hollis, the BRIGHTLINE study has ended and treatment assignments are now unblinded. You received placebo "
           "during the study, not the active drug (zenatrelin 20 mg). Dr. Amari would like to talk with you about whether "
           "open-label treatment is right for you. Please call (608) 555-0121 to schedule.")
UNBLIND_SPANS = [("Hollis", "NAME"), ("placebo", "MEDICATION"), ("zenatrelin 20 mg", "MEDICATION"), ("Dr. Amari", "PROVIDER"),
                 ("(608) 555-0121", "PHONE")]
add(
    ("cx0061", UNBLIND,
     "BLOCK", "result", "email", "en", UNBLIND_SPANS,
     ["general", "contrast", "practice-contact"], "Decision 5: the treatment received (placebo vs the named active drug) is the point of an unblinding letter; e-mail is treated like SMS. Same text on the portal: cx0062."),
    ("cx0062", UNBLIND,
     "ALLOW", "result", "portal", "en", UNBLIND_SPANS,
     ["general", "contrast", "practice-contact"], "Decision 5: the same unblinding letter inside the secure portal is ALLOW (README channel convention). E-mail version: cx0061."),
    ("cx0063", "The results of the study you took part in are now available. Log in to the participant portal to read a plain-language summary.",
     "ALLOW", "result", "sms", "en", [],
     ["general", "hard-negative"], "Notification without PHI: no study topic, no personal result."),
    ("cx0064", "Thank you for taking part in the TANDEM study of a new migraine preventive. The plain-language results summary is now posted at tandemstudy.example/results",
     "REWRITE", "result", "sms", "en",
     [("migraine", "CONDITION"), ("tandemstudy.example/results", "URL")],
     ["general", "practice-contact"], "Decision 8: an aggregate results summary is not the recipient's result, but the condition studied reveals theirs; the study's own public link stays."),
    ("cx0065", "Hi Deshawn, through the Heartland Biobank's return-of-results program we found a pathogenic variant in the LDLR gene, which is linked to familial hypercholesterolemia. A genetic counselor will call you this week.",
     "BLOCK", "result", "sms", "en",
     [("Deshawn", "NAME"), ("pathogenic variant in the LDLR gene", "RESULT"), ("familial hypercholesterolemia", "CONDITION"), ("genetic counselor", "SPECIALTY")],
     ["cardiology", "lab"], "An individual genetic research result returned by a biobank is a finding; the biobank name itself is generic (decision 3)."),
    ("cx0066", "Estimado Sr. Aranda: el estudio terminó y ya se conoce el tratamiento que recibió. Usted recibió el medicamento activo (dapagliflozina 10 mg). La Dra. Solís hablará con usted sobre si debe continuarlo.",
     "BLOCK", "result", "sms", "es",
     [("Aranda", "NAME"), ("dapagliflozina 10 mg", "MEDICATION"), ("Dra. Solís", "PROVIDER")],
     ["general"], "Decision 5: unblinding to the active drug, named with its strength."),
    ("cx0067", "Research Roundup — Spring 2026\n\nThank you to the more than 1,400 community members who volunteered for studies at Greenbrook Research Institute last year! Highlights this season: our heart-health study finished enrolling two months early, a new study on sleep and memory in older adults opens in May, and our Community Advisory Board welcomed four new members. We also updated our participant bill of rights and made parking free for all study visits.\n\nWant to learn about studies that are enrolling? Browse the full list at greenbrookresearch.example/studies or stop by our table at the Riverside Farmers Market on Saturdays.\n\nYou are receiving this because you joined our research registry. Unsubscribe anytime.",
     "ALLOW", "marketing", "email", "en",
     [("greenbrookresearch.example/studies", "URL")],
     ["general", "broadcast", "practice-contact"], "Decision 6: a newsletter to the whole registry; study topics describe the institute, not the recipient."),
    ("cx0068", "Your Week 12 study labs are in: HbA1c 6.4% (down from 7.9%) and LDL 88. Dr. Kwan says keep doing what you're doing!",
     "BLOCK", "result", "sms", "en",
     [("HbA1c", "PROCEDURE"), ("6.4%", "RESULT"), ("7.9%", "RESULT"), ("LDL", "PROCEDURE"), ("88", "RESULT"), ("Dr. Kwan", "PROVIDER")],
     ["lab"], "Lab values are the message."),
    ("cx0069", "We don't have your study results back yet - the central lab usually takes 2 to 3 weeks. We'll message you as soon as they're in.",
     "ALLOW", "result", "sms", "en", [],
     ["lab", "hard-negative"], "'No results yet' with no test named is ALLOW (README)."),
    ("cx0070", "During your research MRI on 4/7 the radiologist noticed an incidental finding: a 6 mm nodule in the thyroid. It is probably harmless, but please follow up with your primary care doctor.",
     "BLOCK", "result", "sms", "en",
     [("MRI", "PROCEDURE"), ("4/7", "DATE"), ("radiologist", "SPECIALTY"), ("6 mm nodule in the thyroid", "RESULT")],
     ["imaging"], "An incidental finding from a research scan is a finding."),
    ("cx0071", "Your treatment assignment for the CEDAR trial is now available. Tap to view it securely.",
     "ALLOW", "result", "push", "en", [],
     ["general", "hard-negative"], "Decisions 1 and 5: the push says that the assignment is ready, not what it is; opaque study name."),
    ("cx0072", "Gracias por participar en nuestra investigación. El resumen de los resultados generales del estudio ya está disponible en el portal. No incluye resultados personales.",
     "ALLOW", "result", "sms", "es", [],
     ["general", "hard-negative"], "Aggregate results notice with no topic (decision 8)."),
)

# ---------------------------------------------------------------- batch 7 (cx0073-cx0084): recruitment broadcasts vs targeted invitations, study findings
add(
    ("cx0073", "Volunteers needed! Brightwater Clinical Research is looking for adults with type 2 diabetes who take metformin for a 26-week study of an investigational once-weekly pill. Study-related care is provided at no cost and you may be paid up to $1,200 for time and travel. If you or someone you know may be interested, call (405) 555-0152.",
     "ALLOW", "marketing", "email", "en",
     [("(405) 555-0152", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Decision 6: a recruitment ad ('you or someone you know') sent to a general list; the condition and drug describe the study, not the recipient, and are not labelled."),
    ("cx0074", "Hartwell Health: Know someone living with COPD? Our research team is recruiting for a breathing study. Ask at the front desk of any of our clinics to learn more.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Decision 6: a broadcast recruitment ad about someone the recipient may know; nothing about the recipient."),
    ("cx0075", "Dear Ms. Okafor,\n\nOur records show you completed treatment for breast cancer at Lakeview Cancer Institute. You may be eligible for a survivorship study looking at whether a home exercise program reduces fatigue. Participation involves 3 visits over 6 months and you would receive $50 per visit.\n\nIf you'd like to hear more, reply to this email or call our research office at (216) 555-0139.\n\nSincerely,\nDana Whitfield, Research Coordinator",
     "REWRITE", "marketing", "email", "en",
     [("Okafor", "NAME"), ("breast cancer", "CONDITION"), ("Lakeview Cancer Institute", "SPECIALTY"), ("fatigue", "CONDITION"), ("(216) 555-0139", "PHONE"), ("Dana Whitfield", "PROVIDER")],
     ["oncology", "practice-contact"], "Decision 6: a targeted invitation drawn from the recipient's records; the invitation survives without the diagnosis, the cancer-center name and the symptom studied."),
    ("cx0076", "Welcome to CareLink Plus! Your 30-day trial period starts today - try video visits, online bill pay and more at no cost. You won't be charged unless you choose a plan.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "Look-alike: a subscription 'trial period'."),
    ("cx0077", "Voicemail for Luis Herrera from Brookfield Research: during Sofia's egg challenge at today's study visit she broke out in hives, so we stopped the dose. She's doing fine and her mom took her home, but please call us at (312) 555-0166.",
     "BLOCK", "result", "voice", "en",
     [("Luis Herrera", "NAME"), ("Sofia", "NAME"), ("egg challenge", "PROCEDURE"), ("hives", "CONDITION"), ("(312) 555-0166", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "A child's reaction during a study food challenge told to a parent: a third party's health (README) and a finding."),
    ("cx0078", "¿Sufre de migrañas? Nuestro equipo de investigación busca voluntarios adultos para un estudio. Pregunte en recepción para más información.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Decision 6: a broadcast recruitment question addressed to anyone; says nothing about the recipient."),
    ("cx0079", "Hola Don Rigoberto, según su expediente usted tiene presión alta y podría calificar para un estudio de investigación en la Clínica Familiar Los Pinos. ¿Le interesa? Responda SÍ y le llamamos.",
     "REWRITE", "marketing", "sms", "es",
     [("Rigoberto", "NAME"), ("presión alta", "CONDITION")],
     ["primary-care"], "Decision 6: targeted invitation naming the recipient's condition from the chart; the invitation survives."),
    ("cx0080", "Ms. Varga, your DEXA scan from the bone health study shows a T-score of -2.8 at the hip, which meets the study's definition of osteoporosis. You're eligible to start study drug on 1/12.",
     "BLOCK", "result", "sms", "en",
     [("Varga", "NAME"), ("DEXA scan", "PROCEDURE"), ("T-score", "PROCEDURE"), ("-2.8", "RESULT"), ("osteoporosis", "CONDITION"), ("1/12", "DATE")],
     ["imaging"], "A measured value and the diagnosis it meets are the message; eligibility is a consequence of the finding."),
    ("cx0081", "Hi Mrs. Patel, Raj's screening visit for the heart failure study showed his ejection fraction is 30%, so he qualifies! Can you help him get to his 6/18 visit?",
     "BLOCK", "result", "sms", "en",
     [("Patel", "NAME"), ("Raj", "NAME"), ("heart failure", "CONDITION"), ("ejection fraction", "PROCEDURE"), ("30%", "RESULT"), ("6/18", "DATE")],
     ["cardiology", "third-party"], "A relative's condition and result sent to the spouse: third party's health."),
    ("cx0082", "Your urine drug screen at today's study visit was positive for cocaine and THC, so we can't dose you today. Please call Dr. Abara to reschedule.",
     "BLOCK", "result", "sms", "en",
     [("urine drug screen", "PROCEDURE"), ("positive", "RESULT"), ("cocaine", "MEDICATION"), ("THC", "MEDICATION"), ("Dr. Abara", "PROVIDER")],
     ["substance-use"], "A positive drug screen with the substances (MEDICATION per README) is a result."),
    ("cx0083", "Hello, this message is for Ernestine Wolcott. This is Calvin from the Alzheimer's research program at Glenmoor Memory Center, returning your call about our study. Please call me back at (804) 555-0134.",
     "REWRITE", "other", "voice", "en",
     [("Ernestine Wolcott", "NAME"), ("Calvin", "PROVIDER"), ("Alzheimer's", "CONDITION"), ("Glenmoor Memory Center", "SPECIALTY"), ("(804) 555-0134", "PHONE")],
     ["general", "practice-contact"], "Voicemail can be overheard: name, condition and memory-center name go; the call-back survives. Staff caller PROVIDER (decision 10)."),
    ("cx0084", "Your visit for the HIV vaccine study is confirmed for Mon 11/3 at 4 PM. Please bring a photo ID and allow 2 hours.",
     "REWRITE", "confirmation", "sms", "en",
     [("HIV", "CONDITION"), ("11/3", "DATE")],
     ["hiv-sexual-health"], "Decision 1: the condition word in a study label goes (like 'clínica de VIH'); the confirmation survives."),
)

# ---------------------------------------------------------------- batch 8 (cx0085-cx0096): biobanks, kits and devices, ePRO alerts, long letters
add(
    ("cx0085", "Thank you for joining the Lakeshore Community Biobank! The extra tube of blood from today's lab draw has been stored. You can change your sharing preferences anytime at biobank.lakeshore.example.",
     "ALLOW", "other", "sms", "en",
     [("biobank.lakeshore.example", "URL")],
     ["lab", "practice-contact"], "Decision 3: a generic biobank name; a stored blood tube and the biobank's own link reveal nothing."),
    ("cx0086", "Hi Mr. Tanaka, the Prostate Cancer Biorepository at Eastgate Urology would like to use your stored tissue sample in a new study. Please call (602) 555-0188 to talk it over.",
     "REWRITE", "other", "sms", "en",
     [("Tanaka", "NAME"), ("Prostate Cancer Biorepository", "SPECIALTY"), ("Eastgate Urology", "SPECIALTY"), ("(602) 555-0188", "PHONE")],
     ["oncology", "practice-contact"], "Decision 3: a biorepository named after a cancer and a urology practice are specialty-revealing; the request survives."),
    ("cx0087", "Your saliva kit for the DNA study shipped today by USPS, tracking 9400 1118 9922 3847 5501 22. Spit to the line, seal the tube and mail it back in the prepaid box.",
     "REWRITE", "other", "sms", "en",
     [("9400 1118 9922 3847 5501 22", "OTHER_ID")],
     ["lab", "identifier"], "Decision 4: the tracking number of a kit sent to the participant leads to their delivery address (OTHER_ID); the kit instructions are generic."),
    ("cx0088", "Your study activity tracker (serial FT22K-0091837) hasn't synced in 5 days. Please open the StepWise app and wear the band at night too.",
     "REWRITE", "other", "sms", "en",
     [("FT22K-0091837", "DEVICE_ID")],
     ["general", "identifier"], "Decision 4: a device serial is DEVICE_ID; the sync reminder survives."),
    ("cx0089", "Symptom diary alert: you rated your chest pain 8/10 today. A study nurse will call you within the hour. If it gets worse, call 911.",
     "BLOCK", "care-instructions", "push", "en",
     [("chest pain", "CONDITION"), ("8/10", "RESULT")],
     ["cardiology"], "Decision 11: '8/10' is a pain score (RESULT), not a date; a symptom and its severity are the message."),
    ("cx0090", "Recordatorio: complete hoy su diario electrónico del estudio antes de las 9 pm. Solo toma 3 minutos. ¡Gracias!",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "hard-negative"], "Generic e-diary reminder (decision 2)."),
    ("cx0091", "Dear Mr. Lindgren,\n\nYour Day 1 dosing visit for the study is on Tuesday, 9/29, at 7:00 AM at the Clinical Research Unit, 4th floor. Please read these instructions carefully:\n\n- Do not eat or drink anything except water after midnight.\n- Hold your morning dose of lisinopril that day; bring it with you.\n- The study drug is given by IV infusion over about 60 minutes.\n- We will draw blood before the infusion and at 1, 2, 4 and 8 hours after it (PK sampling), so plan to stay until about 4 PM.\n- Bring a book or laptop; Wi-Fi and lunch are provided.\n\nIf you feel unwell before the visit, call us at (919) 555-0124 and we will decide together whether to reschedule.\n\nBest,\nGrace Oduya, RN\nResearch Nurse",
     "BLOCK", "care-instructions", "email", "en",
     [("Lindgren", "NAME"), ("9/29", "DATE"), ("lisinopril", "MEDICATION"), ("IV infusion", "PROCEDURE"), ("before the [[infusion]]", "PROCEDURE"), ("PK sampling", "PROCEDURE"), ("(919) 555-0124", "PHONE"), ("Grace Oduya, RN", "PROVIDER")],
     ["general", "practice-contact"], "An instruction to hold a named home medication is a dosing instruction buried in a long logistics letter; the rest could be rewritten, but that part cannot."),
    ("cx0092", "Welcome to the study team!\n\nWe're glad you're joining us. A few things to know before your first visit:\n\nWhere: Northfield Clinical Research, 2200 Lake St, Suite 300. Free parking is behind the building; enter through the door marked Research.\nWhat to bring: a photo ID, a list of any medicines you take, and your signed copy of the consent form.\nHow long: most visits take 60–90 minutes. Your first visit is longer, about 3 hours.\nPayment: you'll receive $50 per completed visit on a prepaid card, plus parking.\nQuestions or need to reschedule? Call or text (312) 555-0102, or email studyteam@northfieldresearch.example. After hours, leave a message and we'll call back the next business day.\n\nWe look forward to meeting you!\nThe Northfield Research Team",
     "ALLOW", "other", "email", "en",
     [("2200 Lake St, Suite 300", "ADDRESS"), ("(312) 555-0102", "PHONE"), ("studyteam@northfieldresearch.example", "EMAIL")],
     ["general", "practice-contact"], "Long welcome letter with only the site's own address, phone and e-mail."),
    ("cx0093", "Sra. Villalobos, ya tenemos los resultados de Camila en el estudio de alergias: su prueba de alergia al cacahuate salió positiva. La Dra. Reyes la va a llamar mañana para explicarle.",
     "BLOCK", "result", "sms", "es",
     [("Villalobos", "NAME"), ("Camila", "NAME"), ("alergias", "CONDITION"), ("prueba de alergia al cacahuate", "PROCEDURE"), ("positiva", "RESULT"), ("Dra. Reyes", "PROVIDER")],
     ["pediatrics", "minor", "third-party"], "A child's positive allergy test sent to the parent: a result and a third party's health."),
    ("cx0094", "Your PHQ-9 score on today's study questionnaire was 21, and you answered yes to thoughts of self-harm. Dr. Lowell needs to speak with you today. If you are in danger right now, call or text 988.",
     "BLOCK", "result", "sms", "en",
     [("PHQ-9", "PROCEDURE"), ("21", "RESULT"), ("thoughts of self-harm", "CONDITION"), ("Dr. Lowell", "PROVIDER")],
     ["behavioral-health"], "A scale score and a safety answer are the message; 988 is not a phone identifier (README)."),
    ("cx0095", "Thank you for your message. I'm out of the office until Monday 3/23 with limited email access. For urgent study matters, call the research line at (513) 555-0106. For a medical emergency, call 911.\n\nNaomi Fitch, Research Coordinator",
     "ALLOW", "other", "email", "en",
     [("3/23", "DATE"), ("(513) 555-0106", "PHONE"), ("Naomi Fitch", "PROVIDER")],
     ["general", "practice-contact"], "Coordinator's out-of-office auto-reply: staff name, a return date and the research line."),
    ("cx0096", "Hi Bernadette - just a reminer ur chemo study visit is monday 9/14 at 7:45. pls bring ur med calender. thx, Lupe (research RN)",
     "REWRITE", "reminder", "sms", "en",
     [("Bernadette", "NAME"), ("chemo", "PROCEDURE"), ("9/14", "DATE"), ("Lupe", "PROVIDER")],
     ["oncology", "typo", "shorthand"], "Name and treatment go; date and time survive; staff sender PROVIDER (decision 10)."),
)

# ---------------------------------------------------------------- batch 9 (cx0097-cx0108): disguises, voice, templates, newsletters, adverse events
add(
    ("cx0097", "Reminder: your ps\u043eriasis study visit at Dunmore Dermatology Research is Wed 2/25 at 3:15. Please don't apply any creams that morning.",
     "REWRITE", "reminder", "sms", "en",
     [("ps\u043eriasis", "CONDITION"), ("Dunmore Dermatology Research", "SPECIALTY"), ("2/25", "DATE")],
     ["dermatology"], "Cyrillic 'о' inside 'psoriasis' (disguise); condition and dermatology site go, date and time survive."),
    ("cx0098", "fyi ur o p i o i d study visit got moved to thurs 10/22, same time. - Dev @ Harbor Recovery Research",
     "REWRITE", "reminder", "sms", "en",
     [("o p i o i d", "MEDICATION"), ("10/22", "DATE"), ("Dev", "PROVIDER"), ("Harbor Recovery Research", "SPECIALTY")],
     ["substance-use", "spaced", "shorthand"], "Spaced letters hide the drug class (MEDICATION); the recovery site name goes; the new date survives. Staff sender PROVIDER (decision 10)."),
    ("cx0099", "Protocol Pharma Services: the courier pickup for your temperature-controlled return box is scheduled for Friday between 9 and 11 AM. Please leave the sealed box at your front door.",
     "ALLOW", "other", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Look-alike: 'Protocol' is a courier company's name; a generic return box, no drug named."),
    ("cx0100", "Hi, this is Dr. Marchetti from the Lakeside Research Unit calling for Owen Burke. Your repeat liver tests from the study came back with an ALT of 212, which is high, so please stop the study pills and come in tomorrow morning. Call us at (414) 555-0170.",
     "BLOCK", "result", "voice", "en",
     [("Dr. Marchetti", "PROVIDER"), ("Owen Burke", "NAME"), ("liver tests", "PROCEDURE"), ("ALT", "PROCEDURE"), ("212", "RESULT"), ("high", "RESULT"), ("(414) 555-0170", "PHONE")],
     ["lab", "practice-contact"], "A lab value, its flag and a stop instruction left on a voicemail (voice is treated like SMS)."),
    ("cx0101", "Buenos días, le habla Marisol del Centro de Investigación Clínica del Valle para recordarle su visita del estudio mañana a las 9. Si no puede venir, llámenos al (956) 555-0178. Gracias.",
     "ALLOW", "reminder", "voice", "es",
     [("Marisol", "PROVIDER"), ("(956) 555-0178", "PHONE")],
     ["general", "practice-contact"], "Spoken reminder from a generic research site; staff caller PROVIDER (decision 10)."),
    ("cx0102", "{{site_name}}: Reminder - your lumbar puncture visit for the study is on {{visit_date}} at {{visit_time}}. Plan on about 4 hours and bring a driver.",
     "REWRITE", "reminder", "sms", "en",
     [("lumbar puncture", "PROCEDURE")],
     ["general", "template"], "Fixed template text names the procedure (decision 2); the placeholders carry no patient data."),
    ("cx0103", "Reminder from the research team: the study drug may harm an unborn baby, so you and your partner must use two forms of birth control until 90 days after your last dose. Your last pregnancy test (3/2) was negative.",
     "BLOCK", "care-instructions", "sms", "en",
     [("birth control", "MEDICATION"), ("pregnancy test", "PROCEDURE"), ("3/2", "DATE"), ("negative", "RESULT")],
     ["reproductive"], "Contraception requirement and a negative pregnancy test: a result (README: negative is still a result) and care instructions."),
    ("cx0104", "⚠️ Study glucose sensor: 54 mg/dL LOW. Eat 15 g of fast-acting carbs now and recheck in 15 minutes.",
     "BLOCK", "care-instructions", "push", "en",
     [("glucose sensor", "PROCEDURE"), ("54 mg/dL", "RESULT"), ("LOW", "RESULT")],
     ["primary-care"], "Decision 13: the sensor is a device (PROCEDURE); a reading, its flag and treatment instructions on a lock screen."),
    ("cx0105", "Hillcrest Family Health News - October\n\nStaff spotlight: meet our new front-desk lead, who joins us from the university's admissions office. Our quality team just published a case study on shorter phone hold times; the short version is that more people answering phones at 8 AM really works. Trying our new scheduling app? The free trial of premium reminders is now permanent for all patients. Parents: the library's after-school study hall has moved to Tuesdays and Thursdays, and our lobby now has a quiet homework corner. Finally, our building is closed for the holiday on Thursday, and the parking lot will be repaved over the weekend, so please use the side entrance. As always, thank you for choosing Hillcrest!",
     "ALLOW", "marketing", "email", "en", [],
     ["primary-care", "hard-negative", "broadcast"], "Look-alikes: 'case study', 'free trial', 'study hall' in a practice newsletter."),
    ("cx0106", "Lakeshore Clinical Research: please bring a photo ID and your hospital card (MRN 55021987) to Tuesday's screening visit so we can link your study records.",
     "REWRITE", "reminder", "sms", "en",
     [("55021987", "MRN")],
     ["general", "identifier"], "The MRN is not needed by text; the reminder survives."),
    ("cx0107", "Following up on the rash you reported after your third dose: Dr. Yoon wants you to stop applying the study cream and send a photo of the area through the portal today.",
     "BLOCK", "care-instructions", "sms", "en",
     [("rash", "CONDITION"), ("Dr. Yoon", "PROVIDER")],
     ["dermatology"], "An adverse event and a stop instruction are the message."),
    ("cx0108", "Tienes un mensaje nuevo del equipo del estudio de VIH de Clínica Esperanza. Ábrelo en el portal.",
     "REWRITE", "portal-notice", "push", "es",
     [("VIH", "CONDITION")],
     ["hiv-sexual-health"], "Decision 1: condition word in the study label; the portal notice survives without it."),
)

# ---------------------------------------------------------------- batch 10 (cx0109-cx0120): portal labs, sites, caregivers, study exit
add(
    ("cx0109", "Your Week 24 study labs: eGFR 72, potassium 4.6 - both in the normal range. Dr. Haas reviewed them and no changes are needed before your next visit.",
     "ALLOW", "result", "portal", "en",
     [("eGFR", "PROCEDURE"), ("72", "RESULT"), ("potassium", "PROCEDURE"), ("4.6", "RESULT"), ("normal range", "RESULT"), ("Dr. Haas", "PROVIDER")],
     ["lab"], "Portal channel: lab values may stay inside the secure portal (README)."),
    ("cx0110", "Parking for your study visit at Cascade Fertility Research is free in Garage C - bring your ticket to the 3rd-floor desk. See you Fri 1/16!",
     "REWRITE", "reminder", "sms", "en",
     [("Cascade Fertility Research", "SPECIALTY"), ("1/16", "DATE")],
     ["fertility"], "Decision 3: a fertility research site name is specialty-revealing; parking logistics and the date survive."),
    ("cx0111", "Hi Tom, it's your mom's study nurse. Her memory scores dropped since the last visit (MoCA 19, was 24), so Dr. Greer wants to see her sooner. Can you call me to set that up?",
     "BLOCK", "result", "sms", "en",
     [("Tom", "NAME"), ("memory scores", "PROCEDURE"), ("dropped", "RESULT"), ("MoCA", "PROCEDURE"), ("19", "RESULT"), ("24", "RESULT"), ("Dr. Greer", "PROVIDER")],
     ["general", "third-party"], "A parent's cognitive scores told to an adult child: third party's health and results."),
    ("cx0112", "Study visit reminder: Tue 12/1 at 8:15 AM with Dr. Oyelaran at Northfield Clinical Research, 2200 Lake St, Suite 300. Free parking behind the building. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("12/1", "DATE"), ("Dr. Oyelaran", "PROVIDER"), ("2200 Lake St, Suite 300", "ADDRESS")],
     ["general", "practice-contact"], "Provider, date, time and the site's own address; generic site name (decision 3)."),
    ("cx0113", "Happy 92nd birthday, Mr. Abernathy! From all of us on the healthy-aging study team - see you at your visit next month.",
     "REWRITE", "other", "sms", "en",
     [("92nd", "AGE"), ("Abernathy", "NAME")],
     ["general", "age-over-89"], "An age over 89 with the name; a 'healthy-aging' study reveals no condition."),
    ("cx0114", "Aviso para residentes y estudiantes: la sala de estudio del segundo piso estará cerrada la próxima semana por remodelación. Pueden usar la biblioteca del primer piso.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Look-alike: 'sala de estudio' is a study room, not a research study."),
    ("cx0115", "Hi Colleen, we got your message about stopping the CAR-T study. Totally understand. Dr. Riaz will call you Thursday to go over next steps.",
     "REWRITE", "other", "sms", "en",
     [("Colleen", "NAME"), ("CAR-T", "PROCEDURE"), ("Dr. Riaz", "PROVIDER")],
     ["oncology"], "Withdrawal acknowledgement: the therapy named in the study label and the name go; the call-back survives."),
    ("cx0116", "Recuerde: tome 2 tabletas del medicamento del estudio en ayunas cada mañana y anote su glucosa en el diario. Si su glucosa baja de 70, tome jugo y llámenos.",
     "BLOCK", "care-instructions", "sms", "es",
     [("glucosa", "PROCEDURE", 0), ("glucosa", "PROCEDURE", 1)],
     ["primary-care"], "Dosing and low-sugar treatment instructions are the message, even with a generic 'medicamento del estudio'; 70 is a threshold, not a result."),
    ("cx0117", "Dear Mrs. Kowalczyk,\n\nThank you for completing the ELEVATE-COPD study. Your final visit is on 5/28 at 10:00 AM, when we will repeat your breathing test; at screening your FEV1 was 58% of predicted, and we will send both results to Dr. Brandt.\n\nAfter the final visit, stop the study inhaler and restart your own Spiriva (tiotropium) once daily the next morning. Keep using your albuterol rescue inhaler as needed. If you are short of breath or need your rescue inhaler more than usual, call your pulmonologist right away.\n\nPlease bring every study inhaler, used or unused, so we can count them.\n\nThank you again,\nMarguerite Lyle, RRT, CCRC\nPulmonary Research Office, (608) 555-0145",
     "BLOCK", "care-instructions", "email", "en",
     [("Kowalczyk", "NAME"), ("ELEVATE-COPD", "PROCEDURE"), ("5/28", "DATE"), ("breathing test", "PROCEDURE"), ("FEV1", "PROCEDURE"), ("58% of predicted", "RESULT"), ("Dr. Brandt", "PROVIDER"),
      ("stop the study [[inhaler]]", "MEDICATION"), ("Spiriva", "MEDICATION"), ("tiotropium", "MEDICATION"), ("albuterol rescue inhaler", "MEDICATION"), ("need your [[rescue inhaler]]", "MEDICATION"),
      ("short of breath", "CONDITION"), ("pulmonologist", "SPECIALTY"), ("every study [[inhaler]]", "MEDICATION"), ("Marguerite Lyle", "PROVIDER"), ("RRT", "SPECIALTY"),
      ("Pulmonary Research Office", "SPECIALTY"), ("(608) 555-0145", "PHONE")],
     ["general", "practice-contact"], "Study-exit letter with a lung-function value and instructions to stop and restart named drugs; decisions 1, 10 and 13 (COPD study name PROCEDURE, RRT SPECIALTY, inhaler MEDICATION)."),
    ("cx0118", "This is an automated notice from the Fairhaven University Human Research Protection Program. A study you are enrolled in has a new principal investigator, Dr. Selma Ortiz. Your visit schedule and study team contacts do not change.",
     "ALLOW", "other", "email", "en",
     [("Dr. Selma Ortiz", "PROVIDER")],
     ["general"], "IRB/HRPP notice with the new investigator's name only; no study topic."),
    ("cx0119", "Reminder: your 24-hour Holter monitor for the AFib study goes on tomorrow at 8 AM. Wear a loose button-up shirt.",
     "REWRITE", "reminder", "push", "en",
     [("Holter monitor", "PROCEDURE"), ("AFib", "CONDITION")],
     ["cardiology"], "Device and condition go; the time and clothing tip survive."),
    ("cx0120", "Hola Rubén, te escribe Karla del estudio. Tu carga viral salió indetectable 🎉 así que sigues en el estudio. Nos vemos el 3 de marzo.",
     "BLOCK", "result", "sms", "es",
     [("Rubén", "NAME"), ("Karla", "PROVIDER"), ("carga viral", "PROCEDURE"), ("indetectable", "RESULT"), ("3 de marzo", "DATE")],
     ["hiv-sexual-health"], "An undetectable viral load is a result (README: a normal result is still a result); staff sender PROVIDER."),
)

# ---------------------------------------------------------------- END
probe_lib.run(M, "cx", "probe99.jsonl")
