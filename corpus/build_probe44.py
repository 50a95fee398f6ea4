#!/usr/bin/env python3
"""Build corpus/probe44.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe44.py [OUT] [-v]   (default: probe44.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run
and no other corpus's messages were read).

This round is CLINICAL TRIALS AND RESEARCH STUDIES: what research sites, academic medical
centers, CROs, recruitment vendors, IRBs and registries send — recruitment broadcasts and ads,
prescreening follow-ups and eligibility, consent-visit scheduling, visit windows and reminders,
study-drug and device dispensing and return, diaries and ePRO nudges, stipends and reimbursement
(reloadable cards, W-9/1099), travel (rides, flights, hotels), study lab and imaging visits,
safety letters, adverse-event follow-ups, unblinding and end-of-study letters, participant
results summaries, registry newsletters and withdrawal confirmations. Logistics that may go as
written, messages that may go once a name, study topic, drug or identifier is removed, and
messages that must not go by text (a named person's participation in a study of a condition,
eligibility that states a diagnosis or a value, lab results, dosing, adverse events, treatment
assignment). Hard negatives: study names and acronyms, protocol and NCT numbers, sponsor and IRB
names, conditions in broadcasts to everyone, stipend amounts, tracking numbers, "trial" and
"study" in other senses (free trials, study hall, trial runs). 15% Spanish; 4 disguised messages.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "eGFR of [[38]]" searches for "eGFR of 38"
      and labels only the bracketed part "38".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also cited in the `why` of the lines concerned):
   1. A recruitment message sent to every patient, subscriber or member of a general volunteer
      registry says nothing about the recipient even when it names a condition, a drug, placebo,
      an age range or a stipend: a broadcast, ALLOW, no span (README's broadcast rule).
   2. Study acronyms that do not spell a condition (BRIGHTPATH, KESTREL, ORCHID, OSPREY, ...),
      protocol numbers, NCT numbers, sponsor, CRO and IRB names and site codes identify a study,
      not a person: never labelled, also in one participant's reminder (ALLOW if nothing else).
      ClinicalTrials.gov written as a domain is labelled URL (public site, ALLOW).
   3. Targeted recruitment: a study topic (condition) named to one person chosen from a chart or
      their own answers is REWRITE (the invitation survives without it); a message that states
      the person's diagnosis, finding or value as the reason ("our records show you were
      diagnosed with", "your A1c came back at") is BLOCK.
   4. A screen failure with no reason and no condition named is ALLOW; with the value or reason
      it is a result (BLOCK).
   5. A study, program, registry or team named after a condition keeps the generic words outside
      (`Lupus|CONDITION Research Program`); a research unit or study app named after a service
      line (Memory and Aging Research Center, Cancer Clinical Trials Office, Oncology Research
      Pavilion, Urology Research Office, HeartSure, MenoTrack) is one SPECIALTY span. Generic
      research names (Clinical Research Center/Unit, Clinical Pharmacology Unit, Research
      Pharmacy, Research Draw Station, research office) are not labelled.
   6. Protocol visit labels (consent visit, screening visit, baseline, Week 12, Day 28, final
      visit), "study drug/medicine/kit/capsules/diary/app", "research blood draw" and "side
      effects" are generic; study visits that are procedures (infusion, biopsy, MRI, ECG) are
      PROCEDURE; devices (CGM, activity monitor, peak-flow meter) are PROCEDURE (README).
   7. Investigational codes and names used as the drug (TRX-4410, VLX-220, zeltranib) are
      MEDICATION; "placebo" named as what the person received is MEDICATION.
   8. Subject/participant numbers and kit numbers are OTHER_ID (not needed -> REWRITE); a study
      device serial is DEVICE_ID; a pharmacy order number is OTHER_ID.
   9. Not labelled: stipend and reimbursement amounts, a card's last four digits, a carrier
      tracking number, flight and booking codes, and a ride-share vehicle's plate (the vendor's
      car, not the patient's).
  10. A hotel booked by the study is a business address: labelled ADDRESS and allowed like the
      practice's own; the patient's pickup address makes the message REWRITE.
  11. An adverse event the participant had (symptom, reaction, ER visit for it) is a finding:
      BLOCK. A generic "any new side effects?" check-in naming no drug or symptom is logistics
      (REWRITE only for the name).
  12. Treatment assignment (arm, dose group, placebo at unblinding) is treatment information:
      BLOCK by SMS/e-mail; a notice that assignments are available in the portal is ALLOW.
  13. A results summary e-mailed to a study's participants: the condition and drug words that
      reveal what study the recipient was in are labelled; aggregate findings about the study
      population are not the recipient's RESULT; REWRITE (the notice survives).
  14. Hypothetical warning symptoms ("call us if you notice yellowing", "log any dizziness") are
      not labelled (tag negation); they say nothing about the recipient.
  15. "Don't take your morning dose before the visit" with no drug, amount or condition is
      visit logistics like fasting, not a dosing instruction.
  16. A child's name with a condition-named study team is the dependent's condition sent to the
      guardian: BLOCK (README third-party rule); with an opaque study it is REWRITE.
  17. Service tags: rheumatology, neurology, gastroenterology, hepatology, endocrine and
      research-general lines -> `general` (no closer tag in the README's list).

Everything is invented: names, sites, sponsors, drugs, 555-01xx numbers, example domains,
identifiers; the SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (au0001-au0012): recruitment broadcasts, ads, targeted invitations
add(
    ("au0001", "Lakeshore Health Research is enrolling adults 40-75 with high blood pressure in a 6-month study of an investigational medicine. Study visits and study medicine at no cost, plus up to $450 for time and travel. Reply INFO to learn more or STOP to opt out.",
     "ALLOW", "marketing", "sms", "en", [],
     ["cardiology", "broadcast", "hard-negative"], "Recruitment broadcast to every patient: the condition describes the study, not the recipient; age range and stipend are not identifiers (Decision 1)."),
    ("au0002", "Subject: Volunteers needed – the BRIGHTPATH Study (NCT05519832)\n\nDear friends of Westbrook University Medical Center,\n\nResearchers at Westbrook's Clinical Research Unit are looking for adults aged 18 to 65 who have had migraine headaches for at least a year to take part in BRIGHTPATH, a 16-week study sponsored by Calloway Therapeutics (protocol CLW-417-302). Participants make 7 visits, keep a headache diary on their phone and receive either the study medicine or a placebo. Qualified participants receive study-related care at no cost and up to $900 for their time.\n\nThis study has been approved by the Westbrook Institutional Review Board. Taking part is voluntary and will not affect your care.\n\nTo see if you may qualify, visit westbrookresearch.example/brightpath or call the study team at (412) 555-0163.\n\nYou received this because you subscribed to Westbrook Health News. Unsubscribe at any time.",
     "ALLOW", "marketing", "email", "en",
     [("westbrookresearch.example/brightpath", "URL"), ("(412) 555-0163", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Newsletter ad to all subscribers: migraine, placebo, the NCT and protocol numbers and the sponsor say nothing about the recipient (Decisions 1, 2); the site's own link and phone are labelled and allowed."),
    ("au0003", "Centro de Investigación Clínica Valle Verde: buscamos voluntarios adultos con diabetes tipo 2 para un estudio de 24 semanas. Sin costo por la atención del estudio y con compensación por su tiempo. Si le interesa, responda SÍ y una coordinadora le llamará. Para no recibir más mensajes, responda BAJA.",
     "ALLOW", "marketing", "sms", "es", [],
     ["primary-care", "broadcast", "hard-negative"], "Recruitment broadcast to all patients; the condition describes the study, not the recipient (Decision 1)."),
    ("au0004", "Hi Marcus, Dr. Feldman thought you might be interested in a research study for adults with psoriasis at Rivermont Dermatology. If you'd like to hear more, reply YES and our research coordinator will give you a call.",
     "REWRITE", "marketing", "sms", "en",
     [("Marcus", "NAME"), ("Dr. Feldman", "PROVIDER"), ("psoriasis", "CONDITION"), ("Rivermont Dermatology", "SPECIALTY")],
     ["dermatology"], "Targeted invitation picked from his chart: condition and dermatology name imply his diagnosis; the invitation survives without them (Decision 3)."),
    ("au0005", "New this week on the Harbor Research Registry: 3 studies are recruiting healthy volunteers and adults with sleep apnea or knee arthritis. Tap to browse.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "Same push to every member of a general volunteer registry; the conditions describe studies, not the recipient (Decision 1)."),
    ("au0006", "Dear Ms. Okafor,\n\nOur records show you were recently diagnosed with early-stage breast cancer. You may be eligible for the NOVA-B trial, which compares two radiation schedules after surgery. Please call the Cancer Clinical Trials Office at (215) 555-0117 if you would like to learn more.\n\nWarm regards,\nJefferson Park Health",
     "BLOCK", "marketing", "email", "en",
     [("Okafor", "NAME"), ("early-stage", "RESULT"), ("breast cancer", "CONDITION"), ("radiation", "PROCEDURE"), ("Cancer Clinical Trials Office", "SPECIALTY"), ("(215) 555-0117", "PHONE")],
     ["oncology", "practice-contact"], "States the recipient's diagnosis as the reason for the invitation — a finding, not removable wording (Decision 3); the stage is a RESULT (README: state of a condition); NOVA-B not labelled (Decision 2)."),
    ("au0007", "Hola Sra. Benítez, le escribe Lucía del equipo de investigación de la Clínica del Sol. El Dr. Ramos cree que usted podría participar en un estudio sobre el asma. ¿Le podemos llamar esta semana? Responda SÍ o NO.",
     "REWRITE", "marketing", "sms", "es",
     [("Benítez", "NAME"), ("Lucía", "PROVIDER"), ("Dr. Ramos", "PROVIDER"), ("asma", "CONDITION")],
     ["primary-care"], "Targeted invitation: the study topic implies her condition; name and condition go, the call-back request survives (Decision 3). The staff sender is workforce."),
    ("au0008", "PAID RESEARCH: Healthy non-smokers 18-50 needed for an overnight study at Brookfield Clinical Pharmacology Unit. Earn up to $3,200 for 2 inpatient stays + 3 outpatient visits. Must pass a screening physical and drug screen. Apply: brookfieldcpu.example/apply",
     "ALLOW", "marketing", "sms", "en",
     [("brookfieldcpu.example/apply", "URL")],
     ["general", "broadcast", "practice-contact"], "Phase 1 volunteer ad to everyone: generic research-unit name (Decision 5), stipend, drug screen as an entry requirement — nothing about the recipient (Decision 1)."),
    ("au0009", "Parents: kids ages 6–11 with eczema may be able to join a research study of a new skin cream at Pinecrest Children's Research. Families receive $50 per visit. Ask at the front desk or scan the QR code in our waiting room.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Broadcast to every family of the practice; the condition and the pediatric site describe the study, not the recipient (Decision 1)."),
    ("au0010", "StudyScout: Thanks for completing the questionnaire! Based on your answers, you may qualify for a study for adults with ulcerative colitis. A nurse from the study site will call you within 2 business days.",
     "REWRITE", "other", "push", "en",
     [("ulcerative colitis", "CONDITION")],
     ["general"], "The vendor matched on the recipient's own answers, so the condition is theirs; the next step survives without it (Decision 3)."),
    ("au0011", "Hello, this is Dana from the Memory and Aging Research Center at Northfield University, calling for Mr. Harold Pike. We received your interest form for our research registry. Please call us back at (608) 555-0129. Thank you.",
     "REWRITE", "other", "voice", "en",
     [("Dana", "PROVIDER"), ("Memory and Aging Research Center", "SPECIALTY"), ("Harold Pike", "NAME"), ("(608) 555-0129", "PHONE")],
     ["general", "practice-contact"], "Voicemail (overheard like SMS): the memory-research center name reveals the service, the patient's name goes; the call-back number stays (Decision 5)."),
    ("au0012", "Hi there — you're receiving this because you joined the Cedar Valley Research Volunteer Registry. This month 4 studies are looking for volunteers: a flu vaccine study (healthy adults 18–49), a study of hearing aids in adults over 60, a sleep study for people who work night shifts, and a study of a new walking program after knee replacement. Visit cvresearch.example/studies to read more. You can leave the registry at any time by replying LEAVE.",
     "ALLOW", "marketing", "email", "en",
     [("cvresearch.example/studies", "URL")],
     ["general", "broadcast", "practice-contact"], "Newsletter of a general volunteer registry, same text to every member (Decision 1); the registry's own link is allowed."),
)

# ---------------------------------------------------------------- batch 2 (au0013-au0024): prescreening follow-ups and eligibility
add(
    ("au0013", "Hi, this is Tomás with the research team at Bayside Medical Group returnig your call about the study you saw online. I tried you at 2:15. Please call me back at (305) 555-0150, ext 3. Thanks!",
     "ALLOW", "other", "sms", "en",
     [("Tomás", "PROVIDER"), ("(305) 555-0150", "PHONE")],
     ["general", "practice-contact", "typo"], "Call-back about an unnamed study from a generic practice; the staff sender is workforce (README)."),
    ("au0014", "Hi Jenna, thanks for completing the phone screening for the Lupus Research Program at Harbor Pointe. You look like a great fit! Next step is an in-person screening visit. Reply with 2-3 days that work for you next week.",
     "REWRITE", "other", "sms", "en",
     [("Jenna", "NAME"), ("Lupus", "CONDITION")],
     ["general"], "Program named after a condition: the condition word is CONDITION, generic words outside (Decision 5); scheduling the screening visit survives (Decision 3)."),
    ("au0015", "Hi Mr. Castellano, thank you for your interest in the KESTREL study. Unfortunately your screening labs showed an eGFR of 38, below the study cutoff of 45, so you are not eligible. Dr. Ameri will go over the result with you at your next clinic visit.",
     "BLOCK", "result", "sms", "en",
     [("Castellano", "NAME"), ("eGFR", "PROCEDURE"), ("eGFR of [[38]]", "RESULT"), ("Dr. Ameri", "PROVIDER")],
     ["lab", "contrast"], "Screen failure with the patient's lab value as the reason is a result (Decision 4); the cutoff 45 is the protocol's, not the patient's, and stays unlabelled."),
    ("au0016", "Thank you for your interest in the KESTREL study. After reviewing your screening visit, the study team has determined that you are not able to take part at this time. This does not affect your regular care. Questions? Call (608) 555-0188.",
     "ALLOW", "result", "sms", "en",
     [("(608) 555-0188", "PHONE")],
     ["general", "practice-contact", "contrast"], "Screen failure with no reason, no value and an opaque study acronym (Decisions 2, 4)."),
    ("au0017", "Sr. Villalobos: según su expediente, usted tiene hepatitis C y todavía no ha recibido tratamiento, por lo que podría ser candidato para el estudio AURORA. Llámenos al (956) 555-0133 para más información.",
     "BLOCK", "marketing", "sms", "es",
     [("Villalobos", "NAME"), ("hepatitis C", "CONDITION"), ("(956) 555-0133", "PHONE")],
     ["general", "practice-contact"], "States the recipient's diagnosis and treatment status from his chart as the reason for the invitation (Decision 3)."),
    ("au0018", "Dear Mr. Nwachukwu,\n\nDr. Benedetti let us know that your recent biopsy confirmed prostate cancer with a Gleason score of 7. Because of this, you may be eligible for the SENTINEL-P study, which compares active surveillance with focal therapy. Our coordinator will call you next week to talk it over.\n\nUrology Research Office\nLakemont University Hospital",
     "BLOCK", "marketing", "email", "en",
     [("Nwachukwu", "NAME"), ("Dr. Benedetti", "PROVIDER"), ("biopsy", "PROCEDURE"), ("prostate cancer", "CONDITION"), ("Gleason score", "PROCEDURE"), ("Gleason score of [[7]]", "RESULT"), ("active surveillance", "PROCEDURE"), ("focal therapy", "PROCEDURE"), ("Urology Research Office", "SPECIALTY")],
     ["oncology"], "Eligibility letter that states the biopsy finding and its score (Decision 3); a scale and its value are PROCEDURE and RESULT (README)."),
    ("au0019", "Dear Ms. Adeyemi,\n\nWe have received your referral from Dr. Whitcomb for the ORCHID study. For pre-screening we have recorded the following:\nName: Funmilayo Adeyemi\nDOB: 04/17/1971\nMRN: 88310457\n\nIf anything is incorrect, please reply to this email.\n\nORCHID Study Team",
     "BLOCK", "other", "email", "en",
     [("Adeyemi", "NAME"), ("Dr. Whitcomb", "PROVIDER"), ("Funmilayo Adeyemi", "NAME"), ("04/17/1971", "DATE"), ("88310457", "MRN")],
     ["general", "dob"], "Full date of birth with the name (plus MRN) must not travel by e-mail (README); the study acronym is not labelled (Decision 2)."),
    ("au0020", "Your phone pre-screening call with the research team is set for Tue 3/11 at 4:30 PM. We'll call you from (919) 555-0171. It takes about 15 minutes. Reply R to reschedule.",
     "ALLOW", "confirmation", "sms", "en",
     [("3/11", "DATE"), ("(919) 555-0171", "PHONE")],
     ["general", "practice-contact"], "Date, time and the team's own number; the study is not named."),
    ("au0021", "Hello Mrs. Lindqvist, thank you for calling about our healthy aging study. At 93 you are very welcome — there is no upper age limit! A coordinator will call you on Friday to set up a screening visit.",
     "REWRITE", "other", "sms", "en",
     [("Lindqvist", "NAME"), ("At [[93]] you", "AGE")],
     ["general", "age-over-89"], "Name and an age over 89 go; a healthy-aging study reveals no condition and the call-back survives."),
    ("au0022", "Good news Ray – your A1c came back at 8.4, which is in range for the GLIDE study (7.5–10.5). Can we book your baseline visit for next week?",
     "BLOCK", "result", "sms", "en",
     [("Ray", "NAME"), ("A1c", "PROCEDURE"), ("8.4", "RESULT")],
     ["lab", "primary-care"], "Eligibility given as the patient's own lab value (Decision 3); the protocol's range 7.5–10.5 is not his result and stays unlabelled."),
    ("au0023", "Hi Derek, this is Sam from the research office. Your urine drug screen from Tuesday's screening visit was positive for cocaine, so per protocol you can't enroll right now. You're welcome to rescreen in 3 months.",
     "BLOCK", "result", "sms", "en",
     [("Derek", "NAME"), ("Sam", "PROVIDER"), ("urine drug screen", "PROCEDURE"), ("positive", "RESULT"), ("cocaine", "MEDICATION")],
     ["substance-use", "lab"], "A positive drug-screen result with the substance is the message (README: substances in a drug-screen result are MEDICATION); Decision 4."),
    ("au0024", "Hola Marisol! Soy Andrea, coordinadora del estudio. Ya revisé su cuestionario y sí puede pasar a la siguiente etapa del estudio de fibromialgia 😊 ¿Le queda bien el jueves 14 de marzo a las 9:00 para la visita de selección en nuestra oficina de 2200 Alameda Ave, Suite 310?",
     "REWRITE", "other", "sms", "es",
     [("Marisol", "NAME"), ("Andrea", "PROVIDER"), ("fibromialgia", "CONDITION"), ("14 de marzo", "DATE"), ("2200 Alameda Ave, Suite 310", "ADDRESS")],
     ["general", "practice-contact"], "Prescreen passed for a study named by condition: name and condition go, the screening-visit offer with the site's own address survives (Decision 3)."),
)

# ---------------------------------------------------------------- batch 3 (au0025-au0036): consent visits, visit windows, reminders
add(
    ("au0025", "Reminder: your consent visit for the research study is tomorrow at 10:00 AM with Dr. Okonjo at the Clinical Research Center, 3rd floor. Plan for about 2 hours and bring a list of your current medicines. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okonjo", "PROVIDER")],
     ["general"], "Consent visit is a generic protocol visit label and the research center name is generic (Decisions 5, 6)."),
    ("au0026", "Hi Priya, your informed consent appointment for the HIV vaccine study is Thu 6/12 at 1pm at the Seabright Research Clinic. We validate parking.",
     "REWRITE", "reminder", "sms", "en",
     [("Priya", "NAME"), ("HIV vaccine", "PROCEDURE"), ("6/12", "DATE")],
     ["hiv-sexual-health", "contrast"], "The study's product names HIV research, which reveals a sexual-health service; a vaccine is labelled PROCEDURE like a flu shot. Name and product go, date and time stay."),
    ("au0027", "Subject: Your Week 24 visit window\n\nHello,\n\nYour Week 24 study visit must take place between Mon 9/8 and Mon 9/22. We are holding Wed 9/17 at 8:00 AM for you. Please come fasting (water is fine) and bring your paper diary and all study bottles. If that time does not work, reply to this message or call (503) 555-0125.\n\nThank you,\nRiverside Clinical Research",
     "ALLOW", "reminder", "email", "en",
     [("9/8", "DATE"), ("9/22", "DATE"), ("9/17", "DATE"), ("(503) 555-0125", "PHONE")],
     ["general", "practice-contact"], "Visit window with dates, fasting and generic study supplies only (Decision 6)."),
    ("au0028", "Recordatorio para Juan Carlos Medina: su visita de la semana 8 del estudio es el lunes 3 de noviembre a las 7:30 am. Traiga todas las cajas del medicamento del estudio (TRX-4410), aunque estén vacías.",
     "REWRITE", "reminder", "sms", "es",
     [("Juan Carlos Medina", "NAME"), ("3 de noviembre", "DATE"), ("TRX-4410", "MEDICATION")],
     ["general"], "Name and the investigational drug code go (Decision 7); the visit and the reminder to bring the boxes survive."),
    ("au0029", "Elm Street Research: Subject 104-0037, your Day 28 visit is on 2/19 at 8:45 AM. Please don't take your morning dose before the visit; we'll give it in clinic after your blood draw.",
     "REWRITE", "reminder", "sms", "en",
     [("104-0037", "OTHER_ID"), ("2/19", "DATE")],
     ["general"], "The subject number is a unique code not needed for a reminder (Decision 8); holding an unnamed dose until the visit is logistics like fasting (Decision 15)."),
    ("au0030", "Hi Kevin — reminder your Week 4 visit is Fri 8/1 at 9am. Starting tonight, go up from 1 to 2 study capsules at bedtime as Dr. Sandoval discussed, and log any dizziness in the app.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Kevin", "NAME"), ("8/1", "DATE"), ("Dr. Sandoval", "PROVIDER")],
     ["general", "negation"], "A dose-titration instruction is treatment content that removal cannot make safe; the hypothetical dizziness is not labelled (Decision 14)."),
    ("au0031", "This is an automated reminder from Greenfield Research Associates. You have a study visit on Tuesday, April 8th at 2:30 PM with Jordan Ellis, RN. Press 1 to confirm, or press 2 to speak with the study team.",
     "ALLOW", "reminder", "voice", "en",
     [("April 8th", "DATE"), ("Jordan Ellis, RN", "PROVIDER")],
     ["general"], "Generic site name, date, time and a nurse with a generic credential."),
    ("au0032", "Hi! This is Kayla from the Pinecrest Children's research team. Just a reminder that Ethan's 6-month study visit is Sat 10/4 at 9:30. He can eat breakfast as usual. See you then!",
     "REWRITE", "reminder", "sms", "en",
     [("Kayla", "PROVIDER"), ("Pinecrest Children's", "SPECIALTY"), ("Ethan", "NAME"), ("10/4", "DATE")],
     ["pediatrics", "minor", "contrast"], "A dependent's logistics with a name and a pediatric site name, opaque study: REWRITE like the patient's own (README; Decision 16)."),
    ("au0033", "Study visit summary — OSPREY trial, Visit 5 (Week 12). Vitals: BP 128/82, HR 71. Labs drawn: CBC, CMP, lipid panel. Your study drug was dispensed (kit 7731-B). Next visit: Week 16, window 7/14–7/28. Questions? Message your study coordinator here.",
     "ALLOW", "portal-notice", "portal", "en",
     [("BP", "PROCEDURE"), ("128/82", "RESULT"), ("HR", "PROCEDURE"), ("71", "RESULT"), ("CBC", "PROCEDURE"), ("CMP", "PROCEDURE"), ("lipid panel", "PROCEDURE"), ("7731-B", "OTHER_ID"), ("7/14", "DATE"), ("7/28", "DATE")],
     ["general", "contrast"], "Inside the secure portal vitals, tests and the kit number may stay (README channel rule); the kit number is still an OTHER_ID (Decision 8)."),
    ("au0034", "We need to move your next study visit because the research pharmacy is closed for its annual inventory that week. Please call or reply to pick a new time inside your visit window. Sorry for the trouble!",
     "ALLOW", "reminder", "email", "en", [],
     ["general", "hard-negative"], "Research pharmacy and visit window are generic research words (Decisions 5, 6)."),
    ("au0035", "Centro de Investigación Médica Norte: le recordamos su visita del estudio el miércoles 22 de octubre a las 8:00 a. m. con la Dra. Salcedo. Venga en ayunas y traiga su diario. Para confirmar responda 1.",
     "ALLOW", "reminder", "sms", "es",
     [("22 de octubre", "DATE"), ("Dra. Salcedo", "PROVIDER")],
     ["general"], "Generic research center, provider, date, fasting and the study diary (Decisions 5, 6)."),
    ("au0036", "hi mr. duong its leah from research, ur infusion visit for the study got moved to thurs 11/20 @ 7:30am. same room as last time. lmk if that works",
     "REWRITE", "reminder", "sms", "en",
     [("duong", "NAME"), ("leah", "PROVIDER"), ("infusion", "PROCEDURE"), ("11/20", "DATE")],
     ["general", "shorthand"], "Lower-case staff text: name and the infusion visit type go, the new time survives (Decision 6)."),
)

# ---------------------------------------------------------------- batch 4 (au0037-au0048): study drug and device dispensing, shipping, return
add(
    ("au0037", "Hi Yolanda, you've been assigned to Group B (high dose). Your study kit has 200 mg tablets — take 2 every morning with breakfast starting Monday. Dr. Fairbanks will check your kidney function tests at week 2.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Yolanda", "NAME"), ("Dr. Fairbanks", "PROVIDER"), ("kidney function tests", "PROCEDURE")],
     ["pharmacy"], "Treatment assignment plus dosing instructions are the message (Decision 12); nothing left to send once removed."),
    ("au0038", "Hi Denise, your study drug shipment (kit #4471-0093) was delivered by courier to 18 Birchwood Lane, Apt 2 today. Please put it in the fridge right away — don't leave it in the car or by a window.",
     "REWRITE", "pickup", "sms", "en",
     [("Denise", "NAME"), ("4471-0093", "OTHER_ID"), ("18 Birchwood Lane, Apt 2", "ADDRESS")],
     ["pharmacy"], "Name, kit number (Decision 8) and the patient's home address go; the delivery notice and storage reminder survive."),
    ("au0039", "Ms. Harrington: per Dr. Cole, please reduce your study drug (VLX-220) to 100 mg once daily starting tomorrow because of your liver enzyme results. Do not stop it completely. Call (502) 555-0190 with questions.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Harrington", "NAME"), ("Dr. Cole", "PROVIDER"), ("VLX-220", "MEDICATION"), ("liver enzyme", "PROCEDURE"), ("(502) 555-0190", "PHONE")],
     ["pharmacy", "practice-contact"], "Dose reduction because of a lab result: dosing and a finding (Decision 7 for the drug code)."),
    ("au0040", "Your study supplies are ready for pick-up at the Research Pharmacy, Room B-114, weekdays 8–4. Please bring your study ID card.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Generic research pharmacy, room number and hours; nothing named (Decisions 5, 6)."),
    ("au0041", "Sra. Quintero, ya puede recoger su inhalador del estudio y su medidor de flujo máximo en la farmacia de investigación (planta baja). Horario: lunes a viernes de 8 a 4.",
     "REWRITE", "pickup", "sms", "es",
     [("Quintero", "NAME"), ("inhalador", "MEDICATION"), ("medidor de flujo máximo", "PROCEDURE")],
     ["pharmacy"], "The inhaler and peak-flow meter reveal a lung condition; name and products go, the pickup notice survives (Decision 6: devices are PROCEDURE)."),
    ("au0042", "Reminder: please return the study activity monitor (serial AM-3302-88417) in the prepaid envelope by 5/30. If it's lost or broken, call (617) 555-0148.",
     "REWRITE", "other", "sms", "en",
     [("activity monitor", "PROCEDURE"), ("AM-3302-88417", "DEVICE_ID"), ("5/30", "DATE"), ("(617) 555-0148", "PHONE")],
     ["general", "practice-contact"], "The device serial is not needed to return a device (Decision 8); the device is PROCEDURE (Decision 6)."),
    ("au0043", "Hi Alan, the research team will swap your study CGM sensor at Thursday's visit. Don't take it off before then, even if the tape itches. – Rosa, study nurse",
     "REWRITE", "reminder", "sms", "en",
     [("Alan", "NAME"), ("CGM", "PROCEDURE"), ("Rosa", "PROVIDER")],
     ["primary-care", "negation"], "A glucose monitor reveals diabetes; name and device go. The itch is hypothetical (Decision 14)."),
    ("au0044", "Study drug return: Thomas, you brought back 12 of the 56 tablets, so about 16 doses were missed this month. Dr. Iqbal needs you to take the study drug every morning with food — missed doses can throw off your blood sugar control.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Thomas", "NAME"), ("Dr. Iqbal", "PROVIDER"), ("blood sugar", "CONDITION")],
     ["pharmacy"], "Pill count, adherence and how to take the drug are treatment content; the euphemism reveals diabetes."),
    ("au0045", "Subject: Your study kit return label\n\nHi,\n\nAttached is a prepaid return label for your used study kit. Pack the kit in its original box with the cold packs, seal it and drop it at any FedEx location by Friday, June 6. The tracking number is 7741 2290 5563. Reply to this email or call (720) 555-0115 if you would rather we schedule a pickup.\n\nThanks,\nThe Study Team at Front Range Clinical Research",
     "ALLOW", "other", "email", "en",
     [("June 6", "DATE"), ("(720) 555-0115", "PHONE")],
     ["general", "practice-contact"], "A carrier tracking number identifies a parcel, not the patient (Decision 9); generic kit and site."),
    ("au0046", "Time to pick up your study medication refill at Lakeside Specialty Pharmacy. Order #RX-5582104 is ready at the counter.",
     "REWRITE", "pickup", "push", "en",
     [("Lakeside Specialty Pharmacy", "SPECIALTY"), ("RX-5582104", "OTHER_ID")],
     ["pharmacy"], "Specialty-pharmacy names are revealing (README); the order number is not needed (Decision 8)."),
    ("au0047", "hi gina, dr. patel says ok to take 1 more tab of 0xyc0d0ne 5mg at night while ur in the pain study. log it in the app pls",
     "BLOCK", "care-instructions", "sms", "en",
     [("gina", "NAME"), ("dr. patel", "PROVIDER"), ("0xyc0d0ne 5mg", "MEDICATION"), ("pain", "CONDITION")],
     ["pharmacy", "leet", "shorthand"], "Dosing instruction for an opioid written in leetspeak; the pain study names her condition."),
    ("au0048", "Don Alfredo, el Dr. Gutiérrez dice que suspenda el medicamento del estudio por 7 días por la baja de plaquetas (89,000) que salió en sus análisis del martes. Vuelva a tomarlo solo cuando le avisemos.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Alfredo", "NAME"), ("Dr. Gutiérrez", "PROVIDER"), ("baja de plaquetas", "CONDITION"), ("89,000", "RESULT")],
     ["lab"], "Hold-the-drug instruction because of a lab value: dosing and a result."),
)

# ---------------------------------------------------------------- batch 5 (au0049-au0060): diaries, ePRO and app nudges
add(
    ("au0049", "Your daily diary is ready. It takes about 2 minutes — tap to open.",
     "ALLOW", "reminder", "push", "en", [],
     ["general", "hard-negative"], "A study diary nudge naming nothing (Decision 6)."),
    ("au0050", "Hi Cheryl, you've missed 3 days of your hot flash diary in the MenoTrack app. Please catch up today so your answers count!",
     "REWRITE", "reminder", "sms", "en",
     [("Cheryl", "NAME"), ("hot flash", "CONDITION"), ("MenoTrack", "SPECIALTY")],
     ["reproductive"], "Symptom diary and an app name that reveals menopause care (Decision 5); the catch-up nudge survives."),
    ("au0051", "Reminder: your Week 6 questionnaires are due. Open https://epro.example.com/s/q?token=Zx81kLm0Q — link expires at midnight.",
     "REWRITE", "reminder", "sms", "en",
     [("https://epro.example.com/s/q?token=Zx81kLm0Q", "URL")],
     ["general"], "A link with a participant token is patient-specific (README); the reminder survives without it."),
    ("au0052", "Your diary entry today shows 9 seizures in 24 hours. Per study rules, please call the study doctor on call at (614) 555-0199 now. If you have a seizure lasting over 5 minutes, call 911.",
     "BLOCK", "result", "sms", "en",
     [("shows [[9]] seizures", "RESULT"), ("seizures", "CONDITION"), ("(614) 555-0199", "PHONE")],
     ["general", "practice-contact", "negation"], "An ePRO alert that repeats the patient's reported seizure count is a finding; the later hypothetical seizure is not labelled (Decision 14), 911 is not a phone identifier."),
    ("au0053", "Hola, no olvide completar su cuestionario semanal en la aplicación del estudio antes del domingo. ¡Gracias por participar!",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "hard-negative"], "Questionnaire nudge naming no study, condition or person (Decision 6)."),
    ("au0054", "Subject: Setting up the StudyPal app\n\nDear participant,\n\nWelcome to the study! For your daily check-ins you will use the StudyPal app on your phone.\n\n1. Download StudyPal from the App Store or Google Play.\n2. Enter site code 0417 and your participant number, which is printed on the wallet card you received at your visit.\n3. Create a 4-digit PIN.\n\nThe app will remind you every evening at 8 PM. Your answers go straight to the study database and the study team does not see them in real time, so please do not use the app to report emergencies — call 911 or your study doctor.\n\nHelp desk (24/7): 1-800-555-0107 or support@studypal.example.\n\nThe Study Team",
     "ALLOW", "other", "email", "en",
     [("1-800-555-0107", "PHONE"), ("support@studypal.example", "EMAIL")],
     ["general", "practice-contact"], "App set-up e-mail: the site code identifies a site, not a person (Decision 2); the participant number is referred to, not written; 24/7 is not a date."),
    ("au0055", "hey Luis! the study team got an alert from your watch — your resting heart rate has been over 115 for the last 2 days. Dr. Kapoor wants you to come in tomorrow for an ECG. pls call us at (312) 555-0177 -Marco",
     "BLOCK", "care-instructions", "sms", "en",
     [("Luis", "NAME"), ("resting heart rate", "PROCEDURE"), ("115", "RESULT"), ("Dr. Kapoor", "PROVIDER"), ("ECG", "PROCEDURE"), ("(312) 555-0177", "PHONE"), ("Marco", "PROVIDER")],
     ["cardiology", "shorthand", "practice-contact"], "A wearable reading and the clinical follow-up it triggers are the message: a result."),
    ("au0056", "Daily check-in: In the past 24 hours, how many times did you use heroin or fentanyl? Reply with a number (0 if none). Your answers are confidential.",
     "BLOCK", "other", "sms", "en",
     [("heroin", "MEDICATION"), ("fentanyl", "MEDICATION")],
     ["substance-use"], "The ePRO question itself discloses that the recipient uses opioids (Part 2); with the substances removed nothing meaningful is left to send — portal/app only."),
    ("au0057", "Time for your evening blood pressure check! Take 2 readings, 1 minute apart, and enter them in the HeartSure Study app.",
     "REWRITE", "reminder", "push", "en",
     [("blood pressure", "PROCEDURE"), ("HeartSure", "SPECIALTY")],
     ["cardiology"], "Home measurement (README: home BP log is PROCEDURE) and a cardiology-revealing app name go (Decision 5); the nudge survives."),
    ("au0058", "Reminder: please log your dep\u200bression symptoms (PHQ-9) in the app tonight, Ms. Ferreira.",
     "REWRITE", "reminder", "sms", "en",
     [("dep\u200bression", "CONDITION"), ("PHQ-9", "PROCEDURE"), ("Ferreira", "NAME")],
     ["behavioral-health"], "Zero-width space hides the condition; condition, scale and name go, the logging reminder survives."),
    ("au0059", "Hello, this is the automated study line for the Sunrise Insomnia Study. Please call back to complete your weekly phone questionnaire; it takes about 5 minutes. Our number is 877-555-0136.",
     "REWRITE", "reminder", "voice", "en",
     [("Insomnia", "CONDITION"), ("877-555-0136", "PHONE")],
     ["general", "practice-contact"], "Study named after a condition: the condition word goes (Decision 5); a voicemail is treated like SMS."),
    ("au0060", "Hola Beto, vimos que no ha llenado su diario de dolor de rodilla desde el 2 de abril. ¿Tiene algún problema con la app? Escríbanos por aquí. – Equipo del estudio VIENTO",
     "REWRITE", "reminder", "sms", "es",
     [("Beto", "NAME"), ("dolor de rodilla", "CONDITION"), ("2 de abril", "DATE")],
     ["orthopedics"], "Symptom diary names the condition (symptoms are conditions, README); name and symptom go, the nudge survives; VIENTO not labelled (Decision 2)."),
)

# ---------------------------------------------------------------- batch 6 (au0061-au0072): stipends, reimbursement, taxes, travel
add(
    ("au0061", "ClinCard: A payment of $75.00 has been loaded to your card ending in 4821 for Visit 3. Available balance: $225.00. Questions? Call 1-866-555-0162.",
     "ALLOW", "billing", "sms", "en",
     [("1-866-555-0162", "PHONE")],
     ["general", "practice-contact"], "Stipend amount, balance and a card's last four digits are not labelled (Decision 9); the card vendor's number is allowed."),
    ("au0062", "Participants: stipend payments for visits completed in March will post on Friday. If you're paid by check, you should recieve it by mail next week.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "broadcast", "hard-negative", "typo"], "Same notice to every participant of the site; nothing about one person (Decision 1)."),
    ("au0063", "Hi Samantha — your $150 stipend for completing the 12-month visit of the Breast Cancer Survivorship Study has been approved. It should reach your Greenlight card in 2-3 business days.",
     "REWRITE", "billing", "sms", "en",
     [("Samantha", "NAME"), ("Breast Cancer", "CONDITION")],
     ["oncology"], "A study named after a condition reveals hers (Decision 5); the payment notice survives, the amount is not labelled (Decision 9)."),
    ("au0064", "Dear Mr. Abernathy,\n\nBecause your research payments from Northlake University this year total more than $600, we need a completed W-9 form before we can issue your 1099. Please fill it out using our secure form at northlakeresearch.example/w9 — do not reply to this email with your Social Security number.\n\nThank you,\nResearch Payments Office",
     "REWRITE", "billing", "email", "en",
     [("Abernathy", "NAME"), ("northlakeresearch.example/w9", "URL")],
     ["general", "practice-contact"], "Only the name goes; tax-form words, the threshold and the mention of an SSN (no number) are not identifiers; the office's own form link stays."),
    ("au0065", "To process your mileage reimbursement we have: Gregory Tull, SSN 078-05-1120, 4410 Fern Hollow Rd, Chattanooga TN 37411. Reply YES if this is correct.",
     "BLOCK", "billing", "sms", "en",
     [("Gregory Tull", "NAME"), ("078-05-1120", "SSN"), ("4410 Fern Hollow Rd, Chattanooga TN 37411", "ADDRESS")],
     ["general"], "An SSN with the name and home address must never travel by text (DESIGN)."),
    ("au0066", "Your ride to the research center is booked for Mon 7/21. Pickup window 6:45–7:00 AM. Driver details will be texted 15 minutes before arrival. Reply HELP for support.",
     "ALLOW", "other", "sms", "en",
     [("7/21", "DATE")],
     ["general"], "Ride booking with a date and a time window; generic destination (Decision 5)."),
    ("au0067", "Hi Mrs. Tran, your study ride is confirmed: pickup Thu 10/9 at 6:30am from 2715 Larkspur Ct Apt 4C, St. Louis MO 63103, drop-off at the Oncology Research Pavilion. Return ride at 2pm.",
     "REWRITE", "confirmation", "sms", "en",
     [("Tran", "NAME"), ("10/9", "DATE"), ("2715 Larkspur Ct Apt 4C, St. Louis MO 63103", "ADDRESS"), ("Oncology Research Pavilion", "SPECIALTY")],
     ["oncology"], "Name, the patient's pickup address (Decision 10) and an oncology destination go; the ride times survive."),
    ("au0068", "Subject: Travel itinerary – Visit 6\n\nHello,\n\nYour travel for your next study visit is booked.\n\nFlight: Meridian Air 1432, departs Tue Nov 18 at 6:05 AM, confirmation HXQ7LT.\nReturn: Meridian Air 1437, departs Wed Nov 19 at 5:40 PM.\nHotel: Harborlight Inn Midtown, 1200 Magnolia Row NE, Atlanta, GA 30309 — 1 night, prepaid.\nThe study covers meals up to $45 a day; please keep your receipts.\n\nA car from Peach State Transport will meet you at baggage claim. If your visit runs late, call the travel line and we will rebook at no cost to you. Please do not book or pay for anything yourself; out-of-pocket costs are reimbursed only with itemized receipts.\n\nSafe travels!\nGreenway Trial Travel Services | travel@greenwaytravel.example | (404) 555-0119",
     "ALLOW", "other", "email", "en",
     [("Nov 18", "DATE"), ("Nov 19", "DATE"), ("1200 Magnolia Row NE, Atlanta, GA 30309", "ADDRESS"), ("travel@greenwaytravel.example", "EMAIL"), ("(404) 555-0119", "PHONE")],
     ["general", "practice-contact"], "Flight number and booking code are not labelled (Decision 9); the hotel is a business address like the practice's own (Decision 10); the travel vendor's contacts are allowed."),
    ("au0069", "Sr. Paredes, su reembolso de $62.40 por millaje (104 millas ida y vuelta) y estacionamiento de su visita del 9 de septiembre fue aprobado y llegará a su tarjeta en 3 a 5 días hábiles. Dudas: (210) 555-0128.",
     "REWRITE", "billing", "sms", "es",
     [("Paredes", "NAME"), ("9 de septiembre", "DATE"), ("(210) 555-0128", "PHONE")],
     ["general", "practice-contact"], "Only the name goes; amounts and mileage are not labelled (Decision 9)."),
    ("au0070", "Your study ride is on the way! Gray Honda Accord, plate 8KLM342, arriving in 6 minutes. Reply CANCEL if you no longer need it.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "The plate is the ride vendor's car, not the patient's vehicle (Decision 9)."),
    ("au0071", "Hi Monique, we've added $40 to your card for the extra safety visit after your allergic reaction to the study injection last week. Glad you're feeling better!",
     "BLOCK", "billing", "sms", "en",
     [("Monique", "NAME"), ("allergic reaction", "CONDITION"), ("injection", "PROCEDURE")],
     ["general"], "A payment note that states her adverse event is a finding about her (Decision 11)."),
    ("au0072", "Reminder for all participants: research payments are taxable income. If you receive $600 or more from Northlake University in a calendar year, you will get a 1099-MISC form in January. Keep your payment records for your tax return.",
     "ALLOW", "billing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Tax notice to every participant; amounts and form names are not identifiers (Decisions 1, 9)."),
)

# ---------------------------------------------------------------- batch 7 (au0073-au0084): study lab and imaging visits, results
add(
    ("au0073", "Your study MRI of the brain is scheduled for Wed 1/14 at 6:40 PM at Clearwater Imaging, 500 Harbor Way. No metal; allow 90 minutes.",
     "REWRITE", "reminder", "sms", "en",
     [("MRI of the brain", "PROCEDURE"), ("1/14", "DATE"), ("Clearwater Imaging", "SPECIALTY"), ("500 Harbor Way", "ADDRESS")],
     ["imaging", "practice-contact"], "Imaging test and imaging-center name go (README); date, time and the center's address survive. The named test is one span with its object."),
    ("au0074", "Study lab visit tomorrow 7:15 AM at the Research Draw Station, Building C lobby. Please fast for 10 hours (water OK) and bring a photo ID.",
     "ALLOW", "reminder", "sms", "en", [],
     ["lab", "hard-negative"], "A generic lab visit with fasting; the draw-station name is generic (Decision 5)."),
    ("au0075", "Hi Jacqueline, your screening ECG for the study showed a QTc of 478 ms, which is above the study limit, so Dr. Brandt would like to repeat it on Monday before deciding.",
     "BLOCK", "result", "sms", "en",
     [("Jacqueline", "NAME"), ("ECG", "PROCEDURE"), ("QTc", "PROCEDURE"), ("478 ms", "RESULT"), ("Dr. Brandt", "PROVIDER")],
     ["cardiology"], "Her ECG measure and value decide eligibility: a result (Decision 3)."),
    ("au0076", "Sra. Ochoa: su prueba de embarazo de la visita de hoy salió negativa, así que puede recibir la primera dosis del medicamento del estudio mañana.",
     "BLOCK", "result", "sms", "es",
     [("Ochoa", "NAME"), ("prueba de embarazo", "PROCEDURE"), ("negativa", "RESULT")],
     ["reproductive"], "A negative result is still a result (README), and it clears her for dosing."),
    ("au0077", "New results from your study visit are available in the Research Portal. Log in at portal.hilltopresearch.example to view them.",
     "ALLOW", "portal-notice", "sms", "en",
     [("portal.hilltopresearch.example", "URL")],
     ["lab", "practice-contact", "contrast"], "Results-ready notice with no test named (README: no test named -> ALLOW); the site's own portal link."),
    ("au0078", "Hi Ruth, reminder to bring your 24-hour urine collection jug to your bone density scan at the study visit on 4/2. Keep it cold until then.",
     "REWRITE", "reminder", "sms", "en",
     [("Ruth", "NAME"), ("24-hour urine collection", "PROCEDURE"), ("bone density scan", "PROCEDURE"), ("4/2", "DATE")],
     ["imaging", "lab"], "Name and the two named tests go; the reminder to bring the container to the visit on 4/2 survives."),
    ("au0079", "Your research biopsy for the CELESTE study is confirmed for 8/19 at 7am at the Endoscopy Center, 2nd floor. Nothing to eat or drink after midnight, and a driver must take you home.",
     "REWRITE", "confirmation", "sms", "en",
     [("biopsy", "PROCEDURE"), ("8/19", "DATE"), ("Endoscopy Center", "SPECIALTY")],
     ["general"], "A research biopsy is a procedure visit (Decision 6) and the endoscopy center name reveals it; fasting and driver logistics survive."),
    ("au0080", "Subject: Your lab results\n\nDear Mr. Whitfield,\n\nYour Week 12 study labs are back. Your ALT was 96 U/L (H) and AST 71 U/L (H), about twice the upper limit. Per the protocol you'll need a repeat liver panel within 72 hours; please come to the Research Unit any weekday between 7 and 10 AM. Keep taking the study medicine unless we tell you otherwise.\n\nDr. Lena Marsh\nPrincipal Investigator",
     "BLOCK", "result", "email", "en",
     [("Whitfield", "NAME"), ("ALT", "PROCEDURE"), ("96 U/L", "RESULT"), ("96 U/L ([[H]])", "RESULT"), ("AST", "PROCEDURE"), ("71 U/L", "RESULT"), ("71 U/L ([[H]])", "RESULT"), ("liver panel", "PROCEDURE"), ("Dr. Lena Marsh", "PROVIDER")],
     ["lab"], "Lab values with flags and a treatment instruction; e-mail is treated like SMS (README)."),
    ("au0081", "Recordatorio: su cita del estudio en el Centro de Investigación Clínica es el viernes 5 de diciembre a las 9:15. Llegue 15 min antes y traiga una identificación con foto.",
     "ALLOW", "reminder", "sms", "es",
     [("5 de diciembre", "DATE")],
     ["general"], "Generic research center, date and time (Decision 5)."),
    ("au0082", "Ms. Oyelaran — your DXA from the study visit showed a lumbar spine T-score of -2.6. This meets the study's osteoporosis criterion, so you can continue to randomization. Dr. Pham will call you this week. — Research Nurse Coordinator",
     "ALLOW", "result", "portal", "en",
     [("Oyelaran", "NAME"), ("DXA", "PROCEDURE"), ("T-score", "PROCEDURE"), ("-2.6", "RESULT"), ("osteoporosis", "CONDITION"), ("Dr. Pham", "PROVIDER")],
     ["imaging", "contrast"], "Inside the secure portal a result and condition may stay (README channel rule); by SMS this would be BLOCK (Decision 3)."),
    ("au0083", "Your research blood draw is Tue 2/3 between 8 and 10 AM at your home. The MobileDraw phlebotomist will text when on the way.",
     "ALLOW", "reminder", "sms", "en",
     [("2/3", "DATE")],
     ["lab"], "Judgement: a study's home blood draw is a generic lab visit (Decision 6), not a home-health service that reveals a condition."),
    ("au0084", "Hi Mrs. Castillo, Sofia's blood test for the peanut allergy study shows her IgE level is still high (68 kU/L), so she'll stay on the current dosing step. We'll see you both on 5/12.",
     "BLOCK", "result", "sms", "en",
     [("Castillo", "NAME"), ("Sofia", "NAME"), ("peanut allergy", "CONDITION"), ("IgE", "PROCEDURE"), ("is still [[high]]", "RESULT"), ("68 kU/L", "RESULT"), ("5/12", "DATE")],
     ["pediatrics", "minor", "third-party"], "A child's condition, lab value and dosing step sent to the guardian (README third-party rule)."),
)

# ---------------------------------------------------------------- batch 8 (au0085-au0096): safety letters, adverse events, unblinding, end of study
add(
    ("au0085", "Subject: Important new safety information – Protocol ZT-2201\n\nDear Study Participant,\n\nWe are writing to tell you about new safety information for zeltranib, the study drug you may be receiving in this study. In a separate study, 3 people taking zeltranib developed serious liver injury. The sponsor, Aldermoor Pharma, and the Institutional Review Board have reviewed this information, and the study will continue with extra liver tests at every visit.\n\nWhat you should do: keep taking your study drug as directed. Call us right away at (858) 555-0144 if you notice yellowing of your skin or eyes, dark urine, or pain in the upper right side of your belly. You will be asked to sign an updated consent form at your next visit.\n\nSincerely,\nDr. Anita Rao, Principal Investigator\nCoastal Clinical Research",
     "BLOCK", "care-instructions", "email", "en",
     [("zeltranib", "MEDICATION"), ("zeltranib", "MEDICATION", 1), ("liver tests", "PROCEDURE"), ("(858) 555-0144", "PHONE"), ("Dr. Anita Rao", "PROVIDER")],
     ["pharmacy", "practice-contact", "negation"], "Safety letter about the recipient's own study drug with what to do is care instructions: portal only (Decision 7). The liver injury in other people and the warning symptoms are not labelled (Decisions 13, 14); protocol and sponsor not labelled (Decision 2)."),
    ("au0086", "Coastal Clinical Research: there is an important update about your study. Please read the letter in your Research Portal or call the study team at (858) 555-0144.",
     "ALLOW", "portal-notice", "sms", "en",
     [("(858) 555-0144", "PHONE")],
     ["general", "practice-contact", "contrast"], "The notification-without-PHI version of the safety letter: says that, not what."),
    ("au0087", "Hi Nadia, following up on the rash you reported after your 2nd study infusion. Dr. Kowalski would like a photo of it uploaded to the portal today, and please start the hydrocortisone 1% cream twice a day.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Nadia", "NAME"), ("rash", "CONDITION"), ("infusion", "PROCEDURE"), ("Dr. Kowalski", "PROVIDER"), ("hydrocortisone 1% cream", "MEDICATION")],
     ["dermatology"], "An adverse event she had (Decision 11) plus a treatment instruction."),
    ("au0088", "Dear Mr. Okoro-Banks,\n\nThe DAWNLIGHT study has ended and the treatment assignments have been unblinded. During the study you received: PLACEBO (inactive tablets). You did not receive mirtazalone. If you would like to talk about starting an approved treatment for your depression, please make an appointment with Dr. Huang.\n\nThank you for taking part,\nDAWNLIGHT Study Team",
     "BLOCK", "result", "email", "en",
     [("Okoro-Banks", "NAME"), ("PLACEBO", "MEDICATION"), ("mirtazalone", "MEDICATION"), ("depression", "CONDITION"), ("Dr. Huang", "PROVIDER")],
     ["behavioral-health"], "Unblinding letter: treatment assignment and his condition are the message (Decisions 7, 12)."),
    ("au0089", "The treatment assignments for your completed study are now available. For your privacy we do not send them by text — log in to the participant portal or call (503) 555-0157.",
     "ALLOW", "portal-notice", "sms", "en",
     [("(503) 555-0157", "PHONE")],
     ["general", "practice-contact", "contrast"], "Pointer to the portal with no assignment in it (Decision 12)."),
    ("au0090", "Estimada Sra. Rivas: el estudio ha terminado. A usted le tocó el grupo que recibió dapaglifox 10 mg. Su médico, el Dr. Lozano, decidirá si continúa con este medicamento para su insuficiencia cardíaca. Gracias por su participación.",
     "BLOCK", "result", "email", "es",
     [("Rivas", "NAME"), ("dapaglifox 10 mg", "MEDICATION"), ("Dr. Lozano", "PROVIDER"), ("insuficiencia cardíaca", "CONDITION")],
     ["cardiology"], "End-of-study letter revealing her arm, dose and condition (Decision 12)."),
    ("au0091", "You've completed your final study visit — thank you! Your last payment will post within 10 business days. We'll mail you a summary of the overall results when the study is published, likely in 2027.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "End-of-study thank-you: 'results' are the study's, a year alone is not a date element (Decisions 6, 13)."),
    ("au0092", "Hello, this is Jamal from the Vireo study team. We learned that your husband Carl was admitted to Mercy General for chest pain on Sunday. Could you call us at (916) 555-0121 so we can record this for the study? We hope he is feeling better.",
     "BLOCK", "other", "sms", "en",
     [("Jamal", "PROVIDER"), ("Carl", "NAME"), ("chest pain", "CONDITION"), ("(916) 555-0121", "PHONE")],
     ["cardiology", "third-party", "practice-contact"], "A third party's hospitalization and symptom (README third-party rule; Decision 11); the hospital name is generic."),
    ("au0093", "Hi Gerald, this is the study nurse checking in after yesterday's dose. Any new side affects? Reply here or call (713) 555-0168 and we'll call you back within the hour.",
     "REWRITE", "other", "sms", "en",
     [("Gerald", "NAME"), ("(713) 555-0168", "PHONE")],
     ["general", "practice-contact", "typo"], "Judgement: a generic side-effect check-in naming no drug or symptom is logistics; only the name goes (Decision 11)."),
    ("au0094", "Dear Ms. Thibodeaux,\n\nAs described in your consent form, a radiologist reviews every research MRI for unexpected findings. Your scan on 10/2 showed a 1.4 cm cyst on your left kidney. This is not related to the study and is most likely harmless, but we recommend you share it with your primary care doctor. A copy of the report has been sent to Dr. Moss.\n\nIf you have questions about this letter, our study physician, Dr. Nolan Reyes, is happy to talk with you at (617) 555-0166. We will not share this finding with anyone else without your permission, and it does not change your place in the study.\n\nMemory and Aging Study Team",
     "BLOCK", "result", "email", "en",
     [("Thibodeaux", "NAME"), ("radiologist", "SPECIALTY"), ("MRI", "PROCEDURE"), ("10/2", "DATE"), ("1.4 cm", "RESULT"), ("cyst", "CONDITION"), ("harmless", "RESULT"), ("Dr. Moss", "PROVIDER"), ("Dr. Nolan Reyes", "PROVIDER"), ("(617) 555-0166", "PHONE"), ("Memory and Aging Study Team", "SPECIALTY")],
     ["imaging", "practice-contact"], "Incidental finding on a research scan: a finding, even when benign (README: normal results are still results)."),
    ("au0095", "Dr. Ostrowski reviewed the records from your ER visit on 1/30 for the fainting spell. It was reported to the study sponsor as required, and he says you can keep taking the study medicine. — Kim, research nurse",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Ostrowski", "PROVIDER"), ("your [[ER]] visit", "SPECIALTY"), ("1/30", "DATE"), ("fainting spell", "CONDITION"), ("Kim", "PROVIDER")],
     ["urgent-care"], "An adverse event (ER visit and its reason) plus a treatment decision (Decision 11)."),
    ("au0096", "Hola Carmen, ¿cómo sigue de las náuseas y el vómito que reportó después de la inyección del estudio? Si sigue vomitando, tome el ondansetrón 4 mg que le dimos cada 8 horas y llámenos.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Carmen", "NAME"), ("náuseas", "CONDITION"), ("vómito", "CONDITION"), ("inyección", "PROCEDURE"), ("vomitando", "CONDITION"), ("ondansetrón 4 mg", "MEDICATION")],
     ["general"], "Adverse event she reported plus dosing of a rescue drug (Decision 11); 'si sigue vomitando' refers to her ongoing symptom, so it is labelled."),
)

# ---------------------------------------------------------------- batch 9 (au0097-au0108): results summaries, registries, withdrawals
add(
    ("au0097", "Subject: Thank you — the PINEWOOD study results are in\n\nDear Ms. Galloway,\n\nThank you for being one of 412 people who took part in the PINEWOOD study of tirzaprolin for knee osteoarthritis. The study found that people who took tirzaprolin had less knee pain after 24 weeks than people who took placebo, and side effects were mostly mild stomach upset. A plain-language summary is attached and posted at pinewoodstudy.example/results.\n\nYour study records will be kept for 15 years as required by law. If you have questions, call us at (612) 555-0174.\n\nWith gratitude,\nThe PINEWOOD Study Team",
     "REWRITE", "result", "email", "en",
     [("Galloway", "NAME"), ("tirzaprolin", "MEDICATION"), ("knee osteoarthritis", "CONDITION"), ("tirzaprolin", "MEDICATION", 1), ("knee pain", "CONDITION"), ("pinewoodstudy.example/results", "URL"), ("(612) 555-0174", "PHONE")],
     ["orthopedics", "practice-contact"], "Participant results summary: the drug and condition words reveal what study she was in and go; the aggregate findings (placebo arm, side effects in others) are not her RESULT; the thank-you and the summary link survive (Decision 13)."),
    ("au0098", "Spring newsletter from the Tri-County Research Volunteer Registry: 1,240 neighbors have joined! Meet our new director, learn how studies keep your information private, and see which studies are enrolling this season. Read it online or reply STOP to unsubscribe.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "General volunteer registry newsletter, same text to every member (Decision 1)."),
    ("au0099", "Hi Walter, here's your June update from the Parkinson's Patient Registry: 2 new studies are enrolling near you, including one on tremor and walking. Update your profile at pdregistry.example/login.",
     "REWRITE", "marketing", "email", "en",
     [("Walter", "NAME"), ("Parkinson's", "CONDITION"), ("tremor", "CONDITION"), ("pdregistry.example/login", "URL")],
     ["general", "practice-contact"], "A disease registry's name reveals the member's condition (Decision 5; the disease name keeps its 's); the update survives. The registry's own login link (no token) is allowed."),
    ("au0100", "This confirms that you have withdrawn from the research study as of today. No further study visits or calls will be scheduled. Information collected before today may still be used, as described in your consent form. Your regular care is not affected in any way.",
     "ALLOW", "confirmation", "email", "en", [],
     ["general", "hard-negative"], "Withdrawal confirmation naming no study, person or condition."),
    ("au0101", "Dear Mr. Haddad,\n\nWe have received your request to withdraw from the Opioid Use Disorder Treatment Study at Crossroads Recovery Research. Your withdrawal is effective today. You will keep receiving your regular care at the clinic, and your decision will not affect it in any way.\n\nCrossroads Recovery Research",
     "REWRITE", "confirmation", "email", "en",
     [("Haddad", "NAME"), ("Opioid Use Disorder", "CONDITION"), ("Crossroads Recovery Research", "SPECIALTY"), ("Crossroads Recovery Research", "SPECIALTY", 1)],
     ["substance-use"], "Name, condition-named study and a recovery-revealing site name go (Decision 5); the confirmation survives."),
    ("au0102", "Sr. Montoya: confirmamos su retiro del estudio a partir del 3 de febrero debido a la elevación de sus enzimas del hígado. Debe dejar de tomar el medicamento del estudio y devolver los frascos en su próxima cita.",
     "BLOCK", "confirmation", "sms", "es",
     [("Montoya", "NAME"), ("3 de febrero", "DATE"), ("elevación", "RESULT"), ("enzimas del hígado", "PROCEDURE")],
     ["lab"], "Withdrawal because of his lab finding, plus a stop-the-drug instruction."),
    ("au0103", "Your individual result from the genetic sub-study is ready: you carry one copy of the APOE e4 variant. A genetic counselor, Beth Lowry, MS, CGC, will contact you to talk about what this means for you and your family.",
     "ALLOW", "result", "portal", "en",
     [("APOE", "PROCEDURE"), ("e4", "RESULT"), ("genetic counselor", "SPECIALTY"), ("Beth Lowry, MS", "PROVIDER"), ("CGC", "SPECIALTY")],
     ["general", "contrast"], "A genetic result is fine inside the secure portal (README channel rule); the specialty credential is its own SPECIALTY span (README)."),
    ("au0104", "Seabright Research Clinic: your HIV test from Visit 4 of the vaccine study was negative. Your next visit is in 3 months.",
     "BLOCK", "result", "sms", "en",
     [("HIV test", "PROCEDURE"), ("negative", "RESULT")],
     ["hiv-sexual-health", "contrast"], "A negative HIV test is still a result (README), even without a name."),
    ("au0105", "Hi, this is Renata from the Kids' Asthma Research Team at Lakeview Children's, returning your call about withdrawing Mateo from the study. It's all processed. Call (863) 555-0183 if you have any questions.",
     "BLOCK", "confirmation", "voice", "en",
     [("Renata", "PROVIDER"), ("Asthma", "CONDITION"), ("Lakeview Children's", "SPECIALTY"), ("Mateo", "NAME"), ("(863) 555-0183", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "The child's name with a condition-named study team reveals the dependent's condition (Decision 16, README third-party rule)."),
    ("au0106", "Research news from Elmhurst Health: a study at our center found that a 10-minute walk after meals helped lower blood pressure in adults over 65. Read the full story on our blog and find out how to join future studies.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Public research news to every patient; population findings are not anyone's result (Decisions 1, 13)."),
    ("au0107", "Hola Gabriela, gracias por unirse al Registro de Pacientes con Lupus de Texas. Le avisaremos cuando haya estudios nuevos cerca de usted.",
     "REWRITE", "confirmation", "sms", "es",
     [("Gabriela", "NAME"), ("Lupus", "CONDITION")],
     ["general"], "A patient registry named after a condition reveals hers (Decision 5); the welcome survives."),
    ("au0108", "Hi Brianna, as we discussed, since your pregnancy test came back positive you've been taken off the study drug. Please stop the study pills today; per protocol we'll follow the pregnancy until delivery.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Brianna", "NAME"), ("pregnancy test", "PROCEDURE"), ("positive", "RESULT"), ("the [[pregnancy]] until", "CONDITION")],
     ["reproductive"], "A positive result and a stop-the-drug instruction."),
)

# ---------------------------------------------------------------- batch 10 (au0109-au0120): other senses of trial/study, identifiers of studies, disguises
add(
    ("au0109", "Your 30-day free trial of MyClinic Plus ends Friday. Online scheduling and messaging stay free; only the premium wellness videos need a subscription after that.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "'Trial' as a subscription, not research."),
    ("au0110", "Teen Health Corner: our after-school study hall is open Mon–Thu 3–5 PM in the community room. Snacks provided, no appointment needed!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Study' as homework time; a broadcast."),
    ("au0111", "Heads up: we're doing a trial run of the new self check-in kiosks next week. If a kiosk gives you trouble, the front desk will check you in the usual way.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Trial run' of equipment; a broadcast."),
    ("au0112", "Reminder: Study ALX-301-07 Visit 9 is on Tue 12/2 at 8:00 AM with Dr. Petrov. Please bring your diary and all study bottles.",
     "ALLOW", "reminder", "sms", "en",
     [("12/2", "DATE"), ("Dr. Petrov", "PROVIDER")],
     ["general"], "Judgement: a protocol number identifies the study, not the person, and names no condition (Decision 2); visit label and supplies are generic (Decision 6)."),
    ("au0113", "Hi Ana, reminder: your study visit at the H I V Prevention Research Unit is Thurs 3/5 at 11. Bring your pill bottle.",
     "REWRITE", "reminder", "sms", "en",
     [("Ana", "NAME"), ("H I V Prevention Research Unit", "SPECIALTY"), ("3/5", "DATE")],
     ["hiv-sexual-health", "spaced"], "Spaced letters hide HIV in a service-revealing unit name (Decision 5); name and unit go, date and time survive."),
    ("au0114", "Reminder for Mr. Ellison: your chem\u043etherapy day for the research study is Tue 6/9 at 8 AM in Pod C. Plan on 5-6 hours.",
     "REWRITE", "reminder", "sms", "en",
     [("Ellison", "NAME"), ("chem\u043etherapy", "PROCEDURE"), ("6/9", "DATE")],
     ["oncology"], "A Cyrillic o disguises the treatment type; name and treatment go, the visit time survives."),
    ("au0115", "The Clinical Trials Office will be closed Monday for the holiday. Study visits already scheduled that day have been moved, and your coordinator will contact you.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Closure notice to all participants; a generic research office name (Decision 5)."),
    ("au0116", "Aviso: el estacionamiento del edificio de investigación estará cerrado el sábado por mantenimiento. Use el estacionamiento B. Las visitas del estudio siguen en su horario normal.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Parking notice to everyone at the research building."),
    ("au0117", "For your records: ClinicalTrials.gov lists this study as NCT06120457. The sponsor is Hollis-Brandt Biosciences and the study is overseen by Cascadia Independent IRB. You don't need these numbers for your visits — they're here in case you want to look the study up.",
     "ALLOW", "other", "email", "en",
     [("ClinicalTrials.gov", "URL")],
     ["general"], "NCT number, sponsor (a company that looks like two surnames) and IRB are not labelled (Decision 2); the public registry's domain is a URL but not the patient's."),
    ("au0118", "Hi Lorraine, thank you for referring your sister Paula to our BRCA carrier study. We'll contact her directly about her genetic test results.",
     "BLOCK", "other", "sms", "en",
     [("Lorraine", "NAME"), ("Paula", "NAME"), ("BRCA", "PROCEDURE"), ("carrier", "RESULT"), ("genetic test", "PROCEDURE")],
     ["oncology", "third-party"], "Reveals a named relative's genetic carrier status (README third-party rule)."),
    ("au0119", "Subject: Your consent visit – ALPINE Study\n\nDear Mr. Szymanski,\n\nThank you for your interest in the ALPINE study of a new medicine for COPD. Your consent visit is scheduled for Monday, March 16 at 9:30 AM at the Clinical Research Center, 1450 Quarry Hill Rd, 4th floor (parking garage P2; bring your ticket for validation).\n\nAt this visit you will meet Dr. Ingrid Halvorsen and our coordinator, Ben Achebe, go through the consent form together and ask any questions. Please allow 2 hours. You are welcome to bring a family member. No tests will be done unless you decide to join.\n\nIf you need to reschedule, call Ben at (651) 555-0112 or email research@summithealth.example.\n\nWe look forward to meeting you.\nSummit Health Clinical Research",
     "REWRITE", "reminder", "email", "en",
     [("Szymanski", "NAME"), ("COPD", "CONDITION"), ("March 16", "DATE"), ("1450 Quarry Hill Rd, 4th floor", "ADDRESS"), ("Dr. Ingrid Halvorsen", "PROVIDER"), ("Ben Achebe", "PROVIDER"), ("call [[Ben]] at", "PROVIDER"), ("(651) 555-0112", "PHONE"), ("research@summithealth.example", "EMAIL")],
     ["general", "practice-contact"], "Long consent-visit letter with one condition and the name buried in it (Decisions 3, 6); the rest is logistics with the site's own contacts."),
    ("au0120", "Study alert: your glucose reading of 54 mg/dL is below the safety limit. Eat 15 g of fast-acting sugar now and recheck in 15 min. If still under 70, call the study doctor.",
     "BLOCK", "result", "push", "en",
     [("glucose", "PROCEDURE"), ("54 mg/dL", "RESULT")],
     ["primary-care"], "A value on the lock screen plus treatment instructions; the threshold 70 is not the patient's value."),
)

probe_lib.run(M, "au", "probe44.jsonl")
