#!/usr/bin/env python3
"""Build corpus/probe8.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe8.py [OUT] [-v]   (default: probe8.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py only, plus the
docstring and first batch of build_probe7.py for the script format); the engine was not run and
no other corpus's messages were read.
This round is FREE TEXT WRITTEN BY STAFF, as typed into portals and texting apps: nurses' and
medical assistants' replies to patient questions, front-desk messages with typos and
abbreviations, clinicians' brief follow-ups, refill replies, triage call-backs, after-visit notes
sent by message or e-mail, replies that answer a question without repeating it, logistics with one
clinical clause in the middle or at the end, messages to a parent or caregiver about a child or an
elder, a spouse's or relative's health, and corrections ("it's 3:30 not 3:00"). Services the other
rounds under-represent: endocrinology, GI, urology, nephrology, rheumatology, allergy, podiatry,
sleep medicine, wound care, geriatrics, prenatal/OB, lactation, speech and occupational therapy,
infusion centers, travel medicine, weight management, pain management, vein clinics. Hard
negatives (closures, weather, billing words, provider names that look like symptoms, "stroke of
luck", "Mercy North", "grace period", "shingles" on a roof, "negative balance", "Labor Day",
"paciencia", a branch called "Esperanza"), negations, and same-word contrasts. 25 of 120 in
Spanish (some code-switching); 5 disguised messages (leet, spaced letters, zero-width space,
Cyrillic look-alike, soft hyphen).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "AHI of [[3]]" searches for "AHI of 3"
      and labels only the bracketed part "3".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  - service tags: specialties without a tag of their own get the nearest one — nephrology ->
    dialysis; podiatry -> orthopedics; vein clinic -> cardiology (vascular); speech and
    occupational therapy -> physical-therapy (rehab); prenatal/OB and lactation -> reproductive;
    endocrinology, GI, urology, rheumatology, allergy, sleep, clinic wound care, geriatrics,
    infusion, travel medicine, weight and pain management -> primary-care; home wound care ->
    home-health. The tag is a slice label only; it does not change the verdict.
  - a reply that answers the patient's question without naming any drug, condition, test or
    value ("Yes, that's fine to take with food.") is ALLOW: nothing on the lock screen says what
    "that" is (x0003, x0112);
  - a result, finding or treatment/dosing instruction anywhere in a mixed message makes the
    whole message BLOCK, even when the logistics around it would survive its removal: the sender
    meant to deliver that clause, so silently dropping it is not a rewrite (x0052, x0119);
  - handling/storage advice for a named drug given in answer to a clinical question is a
    treatment instruction (BLOCK, x0008);
  - diet prep for a named procedure with no drug or dose ("clear liquids only ... for your
    colonoscopy") is REWRITE: without the procedure name it is generic pre-procedure logistics
    (x0047); a refill held or granted, with the drug and a monitoring test or agreement named but
    no value and no dose change, is REWRITE (x0012, x0090);
  - a child's result sent to the guardian in the portal is ALLOW: the portal convention lets
    results and names stay and the guardian is the child's representative; by SMS the same
    content is BLOCK (x0060 vs x0059);
  - specialty credentials are SPECIALTY spans like DDS: DPM (podiatry), IBCLC (lactation),
    SLP, OTR/L, and "OT" used for the occupational therapist; a therapist named with "Ms." plus a
    credential is PROVIDER; a named staff sender with a role word ("Coach Tina") is PROVIDER like
    "nurse Dana";
  - a therapy naming the session ("speech therapy session", "terapia del habla") is PROCEDURE;
    a service line, department, program or room named for one ("memory clinic", "Weight
    Management" program, "Infusion Suite", "infusion center", "wound care", "clínica de
    geriatría") is SPECIALTY;
  - a drug plus "infusion"/"shot" is one MEDICATION span, by the README's "cortisone injection"
    precedent ("Actemra infusion", "Ocrevus infusion", "RhoGAM shot"); "infusión" alone and
    "pre-infusion" are PROCEDURE;
  - device brands and home equipment are PROCEDURE (Dexcom, insulin pump, CPAP, wound vac,
    compression stockings, nipple shield / pezonera, grab bars, shower chair);
  - a gestational-age visit label is PROCEDURE with the visit type ("28-week prenatal" visit,
    "28-wk" visit, "ultrasonido de 20 semanas");
  - a weight change is a RESULT on the value with its unit ("6 oz", "14 lbs", "180 g");
  - thresholds in safety-net advice ("if it comes back over 102", "goal under 7", "over 300 or
    under 70") are not the patient's values and are not labelled; "the ER"/"urgencias"/"urgent
    care" as generic safety-net advice are not labelled;
  - a travel vaccine in the recipient's own appointment is PROCEDURE (REWRITE), like "your flu
    shot appointment"; the same service offered to everyone in a broadcast is not labelled;
  - a hospital or branch name that looks like a word or a name ("Mercy North", "sucursal
    Esperanza") is not labelled; a named surgery with its organ ("hip surgery", "cirugía de
    vesícula") is PROCEDURE (not "surgery alone");
  - purposes follow probe_lib (no `confirmation`/`portal-notice`): corrections and confirmations
    -> reminder, call-backs and portal replies -> other or the purpose of their content;
  - probe_lib caps a message at 1,000 UTF-16 units, so the longest messages are ~900 characters,
    not the ~1,200 the brief asked for.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers.
Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (x0001-x0020): nurse replies, triage call-backs, refills, corrections
add(
    ("x0001", "Hi, this is Renee, RN at Brookside Internal Medicine returning your call. Dr. Okafor reviewed it and thinks the ankle swelling is from the amlodipine. Stop it and start lisinopril 10mg daily instead, new Rx sent. Recheck BP in 2 wks.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Renee, RN", "PROVIDER"), ("Dr. Okafor", "PROVIDER"), ("ankle swelling", "CONDITION"), ("amlodipine", "MEDICATION"),
      ("lisinopril 10mg", "MEDICATION"), ("BP", "PROCEDURE")],
     ["primary-care", "shorthand"], "A symptom, a drug stop and a new drug with a dose: the treatment instruction is the message (BLOCK). 'Renee, RN' is the staff sender with a generic credential (PROVIDER); Brookside Internal Medicine is a generic practice name."),
    ("x0002", "Returning ur call from this am - yes u can still come in tmrw, no need to fast. See you at 8:45!",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "shorthand", "negation", "hard-negative"], "Answers the patient's question without repeating it; the negated 'no need to fast' names no test, condition or drug."),
    ("x0003", "Yes, that's fine to take with food.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "hard-negative"], "Decision (README silent): a reply that names no drug, condition, test or value is ALLOW — nothing on the lock screen says what 'that' is; the clinical context stays in the patient's own question."),
    ("x0004", "Riverbend Nephrology nurse line: your potassium came back 5.9, which is high. Dr. Lind wants you to hold the spironolactone and repeat the lab tomorrow AM.",
     "BLOCK", "result", "sms", "en",
     [("Riverbend Nephrology", "SPECIALTY"), ("potassium", "PROCEDURE"), ("5.9", "RESULT"), ("high", "RESULT"), ("Dr. Lind", "PROVIDER"),
      ("spironolactone", "MEDICATION")],
     ["dialysis", "lab"], "Lab value with its flag word and a hold instruction (BLOCK). Decision: nephrology has no service tag; tagged dialysis (kidney care)."),
    ("x0005", "Sorry, wrong time in my last text — it's 3:30 not 3:00. Same place, same doctor.",
     "ALLOW", "reminder", "sms", "en", [],
     ["primary-care"], "A correction with times only: no date, name or visit type. Decision: corrections use purpose reminder."),
    ("x0006", "Correction: ur appt w/ Dr. Feld is Wed 10/8 at 3:30, not 3:00. Sorry for the mixup! -Front desk",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Feld", "PROVIDER"), ("10/8", "DATE")],
     ["primary-care", "shorthand"], "Provider, date and time are allowed."),
    ("x0007", "Correction — ur urology appt tmrw is at 3:30, not 3:00. Sorry!",
     "REWRITE", "reminder", "sms", "en",
     [("urology", "SPECIALTY")],
     ["primary-care", "shorthand", "contrast"], "Same correction as x0006 but the specialty reveals the visit type; without 'urology' the correction still works. Decision: urology -> primary-care tag."),
    ("x0008", "Hi Mrs. Delgado, Dr. Haas got your message. He's fine with you flying next week — just keep your insulin in your carry-on, not checked, and out of the heat. Safe travels!",
     "BLOCK", "care-instructions", "sms", "en",
     [("Delgado", "NAME"), ("Dr. Haas", "PROVIDER"), ("insulin", "MEDICATION")],
     ["primary-care"], "Decision: handling advice for a named drug, given in answer to a clinical question, is a treatment instruction (BLOCK); without 'insulin' the advice no longer says what the clinician meant."),
    ("x0009", "Your refill request was sent to the pharmacy this morning. Please allow 24-48 hrs.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Generic refill notice: no drug named; 'refill' and 'pharmacy' are generic words."),
    ("x0010", "Ur levothyroxine 75mcg refill was approved & sent to Hillcrest Pharmacy. Should be ready after 4.",
     "REWRITE", "pickup", "sms", "en",
     [("levothyroxine 75mcg", "MEDICATION")],
     ["pharmacy", "shorthand"], "Medication name with strength in a refill/pickup reply (REWRITE); the pharmacy name is generic."),
    ("x0011", "Dr. Voss approved your refill but wants to see you before the next one since it's been over a year. Call 555-0147 to book.",
     "ALLOW", "pickup", "sms", "en",
     [("Dr. Voss", "PROVIDER"), ("555-0147", "PHONE")],
     ["primary-care", "practice-contact"], "Refill approval with no drug named; provider and the practice's phone are allowed."),
    ("x0012", "Refill for warfarin 5mg is on hold until we get your INR from Tues. Pls stop by the lab this week.",
     "REWRITE", "pickup", "sms", "en",
     [("warfarin 5mg", "MEDICATION"), ("INR", "PROCEDURE")],
     ["pharmacy", "lab", "shorthand"], "Decision: refill logistics naming a drug and a monitoring test, with no value and no dose change, is REWRITE — 'Refill is on hold until we get your lab results' survives."),
    ("x0013", "Triage call-back: since the fever broke and you're drinking fine, Dr. Shah says it's ok to skip the ER tonight. If it comes back over 102, go in.",
     "BLOCK", "care-instructions", "sms", "en",
     [("fever", "CONDITION"), ("Dr. Shah", "PROVIDER")],
     ["primary-care"], "A symptom and triage advice: the clinical advice is the message (BLOCK). Decision: the threshold '102' is advice, not the patient's value, and 'the ER' as safety-net advice is not labelled."),
    ("x0014", "Triage nurse here - we tried you at 2:10 and 2:40. Please call the nurse line back at (614) 555-0163, nothing urgent.",
     "ALLOW", "other", "sms", "en",
     [("(614) 555-0163", "PHONE")],
     ["primary-care", "practice-contact"], "Call-back request with the practice's own line; 'nurse line' and 'nothing urgent' say nothing clinical."),
    ("x0015", "This is the Brookside Internal Medicine nurse line returning your call. Please call us back at 614-555-0163 between 8 and 5. Thank you.",
     "ALLOW", "other", "voice", "en",
     [("614-555-0163", "PHONE")],
     ["primary-care", "practice-contact"], "Voice call-back script typed by staff: generic practice name and its own phone; nothing about the reason for the call."),
    ("x0016", "Hi Teresa, we got ur portal msg. Dr. Abbott is out till Monday but NP Greer can see you Thurs at 11 if you'd like. Just reply yes.",
     "REWRITE", "reminder", "sms", "en",
     [("Teresa", "NAME"), ("Dr. Abbott", "PROVIDER"), ("NP Greer", "PROVIDER")],
     ["primary-care", "shorthand"], "The patient's first name is not needed; providers and the offered time stay."),
    ("x0017", "Hi Teresa — your A1c came back at 6.4, down from 7.1 in March. Great work! Keep the metformin at 500mg twice daily and we'll recheck in 3 months. — Dr. Abbott",
     "ALLOW", "result", "portal", "en",
     [("Teresa", "NAME"), ("A1c", "PROCEDURE"), ("6.4", "RESULT"), ("7.1", "RESULT"), ("metformin", "MEDICATION"), ("Dr. Abbott", "PROVIDER")],
     ["primary-care", "lab", "contrast"], "Inside the secure portal results, names and doses may stay (README channel convention); contrast x0018."),
    ("x0018", "Teresa, ur A1c came back 6.4 — down from 7.1! Keep up the good work. -Dr. Abbott",
     "BLOCK", "result", "sms", "en",
     [("Teresa", "NAME"), ("A1c", "PROCEDURE"), ("6.4", "RESULT"), ("7.1", "RESULT"), ("Dr. Abbott", "PROVIDER")],
     ["primary-care", "lab", "contrast", "shorthand"], "Same result as x0017 by SMS: a lab value is BLOCK, even when good news."),
    ("x0019", "Nope, you don't need a referral for that — just call them directly and say Dr. Abbott sent you.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Abbott", "PROVIDER")],
     ["primary-care", "negation"], "Answers without repeating the question; no specialty, condition or test named."),
    ("x0020", "You don't need a referral for dermatology on your plan, just call them at 555-0188.",
     "REWRITE", "other", "sms", "en",
     [("dermatology", "SPECIALTY"), ("555-0188", "PHONE")],
     ["dermatology", "negation", "practice-contact", "contrast"], "The negation is about the referral, not the specialty: the specialty the patient is seeking still shows; without it the answer works. The dermatology office's number is a practice number (labelled, allowed). Contrast x0019."),
)

# ---------------------------------------------------------------- batch 2 (x0021-x0044): front desk, closures, hard negatives, relatives
add(
    ("x0021", "Offce is closed tmrw d/t the ice storm. All appts will be rescheduled, we'll txt you. Stay warm!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "typo", "shorthand"], "Weather closure sent to everyone; says nothing about the recipient."),
    ("x0022", "What a stroke of luck — a 10:15 opened up tomorrow AM. Want it? Reply Y and it's yours!",
     "ALLOW", "reminder", "sms", "en", [],
     ["primary-care", "hard-negative", "contrast"], "'stroke of luck' is an idiom, not a condition (contrast x0023)."),
    ("x0023", "Since your husband had a stroke last month, please bring his hospital discharge papers to his appt with Dr. Marsh on Fri.",
     "BLOCK", "other", "sms", "en",
     [("stroke", "CONDITION"), ("Dr. Marsh", "PROVIDER")],
     ["primary-care", "third-party", "contrast"], "A spouse's condition is a third party's health (README: BLOCK); contrast x0022."),
    ("x0024", "Parking at Mercy North garage is free w/ validation, just bring ur ticket to the front desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "shorthand"], "'Mercy North' is a hospital garage, not a person; decision: hospital and branch names are not labelled."),
    ("x0025", "Hi Grace! Ur appt w/ Dr. Lam, DPM is moved to Tues 9/16 at 2:00. Sorry for the change!",
     "REWRITE", "reminder", "sms", "en",
     [("Grace", "NAME"), ("Dr. Lam", "PROVIDER"), ("DPM", "SPECIALTY"), ("9/16", "DATE")],
     ["orthopedics", "shorthand", "contrast"], "Patient name and a podiatry credential go (a credential that names a specialty is a separate SPECIALTY span, README). Decision: podiatry -> orthopedics tag."),
    ("x0026", "Heads up: statements have a 10-day grace period, so there's no late fee if you pay within 10 days of the due date.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative", "contrast"], "'grace period' is billing language, not the name Grace (contrast x0025)."),
    ("x0027", "We moved! Starting 11/3 we're at 2200 Bell Ave, Suite 140, Dayton, OH 45402. Same phone: (937) 555-0119.",
     "ALLOW", "other", "sms", "en",
     [("11/3", "DATE"), ("2200 Bell Ave, Suite 140, Dayton, OH 45402", "ADDRESS"), ("(937) 555-0119", "PHONE")],
     ["general", "practice-contact"], "The practice's own new address and phone (labelled, allowed); 'Bell' is a street, not a name or a palsy."),
    ("x0028", "pls bring ur insurnace card & photo ID thurs, our system lost the scan. thx!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "typo", "shorthand"], "Front-desk logistics with a typo; 'scan' is the card scan, not imaging."),
    ("x0029", "Hi this is Jen at the front desk, Dr. Moreau's 2pm is running about 40 min behind today. Feel free to come later or reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Jen", "PROVIDER"), ("Dr. Moreau", "PROVIDER")],
     ["primary-care"], "A staff member named as the sender is PROVIDER (README); the possessive stays outside."),
    ("x0030", "Dr. Payne will see you Thursday at 9:20 instead of Dr. Burns. Same room, same time to arrive.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Payne", "PROVIDER"), ("Dr. Burns", "PROVIDER")],
     ["primary-care", "contrast"], "Provider surnames that sound like symptoms ('pain', 'burns') are providers."),
    ("x0031", "Roofers are replacing the shingles on our building this week. Please use the side entrance by the pharmacy.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'shingles' are roof shingles; a building notice sent to everyone."),
    ("x0032", "Labor Day hours: closed Mon, regular hours Tues. For anything urgent call the after-hours line at 555-0100.",
     "ALLOW", "other", "sms", "en",
     [("555-0100", "PHONE")],
     ["general", "practice-contact"], "'Labor' is the holiday, not obstetric labor; the practice's own line."),
    ("x0033", "Your account shows a negative balance of $35 (a credit). We'll mail you a refund check within 2 weeks.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "'negative' is an account balance, not a test result."),
    ("x0034", "No pressure — just reply w/ a day that works and we'll get you on the schedule.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "shorthand"], "'pressure' is an idiom, not blood pressure."),
    ("x0035", "Please use the patient portal for non-urgent questions. This text line isn't monitored after 5pm or on weekends.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'patient portal' is a channel name, not a patient."),
    ("x0036", "Heat advisory today: drink plenty of water and check on older neighbors. We're open normal hours. Stay cool!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Generic wellness tip addressed to everyone; 'normal' is opening hours."),
    ("x0037", "Aviso: la clínica estará cerrada el lunes por el Día del Trabajo. Para emergencias llame al 911.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Holiday closure to everyone; 911 is not a phone identifier (README)."),
    ("x0038", "Your balance of $40 from the 6/12 visit is due. Pay at pay.example.com/brookside or call billing at 555-0121.",
     "ALLOW", "billing", "sms", "en",
     [("6/12", "DATE"), ("pay.example.com/brookside", "URL"), ("555-0121", "PHONE")],
     ["primary-care", "practice-contact", "contrast"], "Visit date, the practice's plain payment link and billing phone are allowed (contrast x0039)."),
    ("x0039", "Your balance of $40 for the allergy shots on 6/12 is due. Pay at pay.example.com/brookside?acct=88213904",
     "REWRITE", "billing", "sms", "en",
     [("allergy shots", "PROCEDURE"), ("6/12", "DATE"), ("pay.example.com/brookside?acct=88213904", "URL")],
     ["primary-care", "contrast"], "The visit type in a statement and a link carrying an account parameter go (README: ?acct= is patient-specific); the plain link of x0038 would stay."),
    ("x0040", "Hi! This is Dolores from the front desk at Vista Family Clinic. Your new-patient paperwork is ready to sign in the portal.",
     "ALLOW", "other", "sms", "en",
     [("Dolores", "PROVIDER")],
     ["primary-care", "contrast"], "'Dolores' is the staff sender (PROVIDER), not Spanish 'pains'; generic clinic name."),
    ("x0041", "Hope your mom's hip surgery went well! Your own appt is still on for Tues at 4 with Dr. Feld.",
     "BLOCK", "reminder", "sms", "en",
     [("hip surgery", "PROCEDURE"), ("Dr. Feld", "PROVIDER")],
     ["primary-care", "third-party"], "A relative's operation is a third party's health (README: BLOCK), even as a friendly aside. Decision: a surgery named with its body part is PROCEDURE, not 'surgery alone'."),
    ("x0042", "Sure, your husband is welcome to come in with you for the visit.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "hard-negative", "contrast"], "Mentions a spouse but nothing about anyone's health (contrast x0023)."),
    ("x0043", "Welcome Dr. Grace Whitfield! She joins our downtown office in January and is accepting new patients. Book at cedarfamily.example.org.",
     "ALLOW", "marketing", "sms", "en",
     [("Dr. Grace Whitfield", "PROVIDER"), ("cedarfamily.example.org", "URL")],
     ["general", "practice-contact", "contrast"], "'Grace' is a provider's first name inside the PROVIDER span; the practice's own site."),
    ("x0044", "Reminder for everyone: wash hands, cover your cough, and stay home if you're sick. Flu shots now available at all locations, no appt needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast health education; a service offered to every patient says nothing about the recipient (README)."),
)

# ---------------------------------------------------------------- batch 3 (x0045-x0065): endocrinology, GI, urology, nephrology, rheumatology, allergy, podiatry, sleep
add(
    ("x0045", "Lakeside Endocrinology: reminder of your appt with Dr. Brandt on 4/9 at 1:20. Please bring your Dexcom receiver.",
     "REWRITE", "reminder", "sms", "en",
     [("Lakeside Endocrinology", "SPECIALTY"), ("Dr. Brandt", "PROVIDER"), ("4/9", "DATE"), ("Dexcom", "PROCEDURE")],
     ["primary-care"], "Specialty practice name and a glucose-monitor brand go; the reminder survives. Decision: a device brand is PROCEDURE (devices are PROCEDURE), not MEDICATION."),
    ("x0046", "Dr. Brandt reviewed your insulin pump download. Lower the overnight basal rate from 0.8 to 0.7 units/hr starting tonight, then send readings Fri.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Brandt", "PROVIDER"), ("insulin pump", "PROCEDURE")],
     ["primary-care"], "A dose change (BLOCK). Decision: 'insulin pump' is one device span (PROCEDURE); the rates are a dose, not a RESULT, and are not labelled."),
    ("x0047", "Reminder: clear liquids only after noon tomorrow for your colonoscopy Thurs at 7:30am with Dr. Osei. You'll need a ride home.",
     "REWRITE", "care-instructions", "sms", "en",
     [("colonoscopy", "PROCEDURE"), ("Dr. Osei", "PROVIDER")],
     ["primary-care"], "Decision: diet prep for a named procedure, with no drug or dose, is REWRITE — without 'colonoscopy' it is generic pre-procedure logistics (contrast x0046, dose change -> BLOCK)."),
    ("x0048", "Hi Mr. Tran, quick note after today's visit: your colonoscopy went well. Dr. Osei removed 2 small polyps and sent them for biopsy; we'll message you when the pathology is back. Next scope in 5 years. — GI nursing team",
     "BLOCK", "result", "email", "en",
     [("Tran", "NAME"), ("colonoscopy", "PROCEDURE"), ("Dr. Osei", "PROVIDER"), ("2 small polyps", "RESULT"), ("biopsy", "PROCEDURE"),
      ("pathology", "PROCEDURE"), ("scope", "PROCEDURE"), ("GI", "SPECIALTY")],
     ["primary-care"], "After-visit note with procedure findings (BLOCK); e-mail is treated like SMS (README)."),
    ("x0049", "Hola Sra. Paredes, su cita de gastroenterología con el Dr. Osei es el 12 de marzo a las 9:00. Traiga su lista de medicamentos, por favor.",
     "REWRITE", "reminder", "sms", "es",
     [("Paredes", "NAME"), ("gastroenterología", "SPECIALTY"), ("Dr. Osei", "PROVIDER"), ("12 de marzo", "DATE")],
     ["primary-care"], "Name and specialty go; 'cita' and 'medicamentos' are generic; provider and date stay."),
    ("x0050", "Hi Mr. Chen, your PSA is 6.2, up from 4.1 last year. Dr. Rahimi would like an MRI before deciding on a biopsy. Call 555-0152 to schedule.",
     "BLOCK", "result", "sms", "en",
     [("Chen", "NAME"), ("PSA", "PROCEDURE"), ("6.2", "RESULT"), ("4.1", "RESULT"), ("Dr. Rahimi", "PROVIDER"), ("MRI", "PROCEDURE"),
      ("biopsy", "PROCEDURE"), ("555-0152", "PHONE")],
     ["lab", "primary-care"], "Lab values and a work-up plan (BLOCK)."),
    ("x0051", "Stone analysis came back calcium oxalate. Dr. Rahimi says more water, less salt, and go easy on spinach and nuts. Handout is in your portal.",
     "BLOCK", "result", "sms", "en",
     [("Stone analysis", "PROCEDURE"), ("calcium oxalate", "RESULT"), ("Dr. Rahimi", "PROVIDER")],
     ["lab", "primary-care"], "A lab finding with diet advice (BLOCK)."),
    ("x0052", "Got your forms, thanks! Your Flomax Rx is at the pharmacy, and Dr. Rahimi said the urine culture was clean so no antibiotics needed. See you in Aug.",
     "BLOCK", "result", "sms", "en",
     [("Flomax", "MEDICATION"), ("Dr. Rahimi", "PROVIDER"), ("urine culture", "PROCEDURE"), ("clean", "RESULT"), ("antibiotics", "MEDICATION")],
     ["primary-care", "pharmacy", "negation"], "Logistics with one clinical clause in the middle: a negative culture is still a result (README). Decision: a result anywhere in a mixed message makes it BLOCK, although the logistics alone would pass — dropping the clause the sender meant to deliver is not a rewrite."),
    ("x0053", "Hi, it's Kelsey from Riverbend Kidney Care. Dr. Lind would like labs before your 5/20 visit, no fasting needed. Our lab opens at 7.",
     "REWRITE", "reminder", "sms", "en",
     [("Kelsey", "PROVIDER"), ("Riverbend Kidney Care", "SPECIALTY"), ("Dr. Lind", "PROVIDER"), ("5/20", "DATE")],
     ["dialysis", "negation"], "The kidney-care practice name reveals the specialty; 'labs' and the negated fasting are generic; staff sender is PROVIDER."),
    ("x0054", "Your eGFR is 38 this time (was 41). Dr. Lind wants you to stop ibuprofen completely and we'll see you in 6 wks.",
     "BLOCK", "result", "sms", "en",
     [("eGFR", "PROCEDURE"), ("38", "RESULT"), ("41", "RESULT"), ("Dr. Lind", "PROVIDER"), ("ibuprofen", "MEDICATION")],
     ["dialysis", "lab", "shorthand"], "Kidney-function values and a drug instruction (BLOCK)."),
    ("x0055", "Summit Rheumatology reminder: your Actemra infusion is Tues 8/19 at 9:00 in the Infusion Suite, 3rd floor. Plan on about 90 min.",
     "REWRITE", "reminder", "sms", "en",
     [("Summit Rheumatology", "SPECIALTY"), ("Actemra infusion", "MEDICATION"), ("8/19", "DATE"), ("Infusion Suite", "SPECIALTY")],
     ["primary-care"], "Drug plus form word is one MEDICATION span (README 'cortisone injection' precedent). Decision: a room named for a service line ('Infusion Suite') is SPECIALTY like a practice name."),
    ("x0056", "Dr. Kowal reviewed your labs: ANA positive 1:320 and the sed rate is up. She'd like to start hydroxychloroquine 200mg twice daily, Rx sent to your pharmacy. We'll recheck in 3 months.",
     "BLOCK", "result", "email", "en",
     [("Dr. Kowal", "PROVIDER"), ("ANA", "PROCEDURE"), ("positive 1:320", "RESULT"), ("sed rate", "PROCEDURE"), ("rate is [[up]]", "RESULT"),
      ("hydroxychloroquine 200mg", "MEDICATION")],
     ["primary-care", "lab"], "Results (value with its titre as one span, like 'reactive 1:32') and a new drug with dosing (BLOCK)."),
    ("x0057", "Sra. Ibarra, la Dra. Kowal dice que baje el metotrexato a 15 mg por semana y siga con el ácido fólico diario. Cualquier duda, llámenos.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Ibarra", "NAME"), ("Dra. Kowal", "PROVIDER"), ("metotrexato", "MEDICATION"), ("ácido fólico", "MEDICATION")],
     ["primary-care"], "Dose change for named drugs (BLOCK); the dose is not part of the span (README)."),
    ("x0058", "Your skin test came back positive for dust mite and cat allergy. Dr. Yoon recommends allergy shots — we'll call to set that up.",
     "BLOCK", "result", "sms", "en",
     [("skin test", "PROCEDURE"), ("positive", "RESULT"), ("dust mite and cat allergy", "CONDITION"), ("Dr. Yoon", "PROVIDER"),
      ("allergy shots", "PROCEDURE")],
     ["primary-care", "lab"], "Test result and diagnosis (BLOCK)."),
    ("x0059", "Hi Ms. Novak, Dr. Yoon signed Ella's school EpiPen form. It's at the front desk — it lists the 0.15 mg auto-injector for her peanut allergy.",
     "BLOCK", "other", "sms", "en",
     [("Novak", "NAME"), ("Dr. Yoon", "PROVIDER"), ("Ella", "NAME"), ("EpiPen", "MEDICATION"), ("peanut allergy", "CONDITION")],
     ["pediatrics", "minor", "third-party", "contrast"], "A dependent's condition and medication sent to the guardian (README: BLOCK)."),
    ("x0060", "Hi Ms. Novak, Ella's rapid strep test was negative, so no antibiotics needed. She can go back to school tomorrow if she's fever-free. — Dr. Yoon",
     "ALLOW", "result", "portal", "en",
     [("Novak", "NAME"), ("Ella", "NAME"), ("rapid strep test", "PROCEDURE"), ("negative", "RESULT"), ("antibiotics", "MEDICATION"),
      ("fever", "CONDITION"), ("Dr. Yoon", "PROVIDER")],
     ["pediatrics", "minor", "third-party", "negation", "contrast"], "Decision (README silent on third parties inside the portal): a child's result to the guardian's portal account is ALLOW — the portal convention lets results and names stay and the guardian is the child's representative; by SMS it would be BLOCK (contrast x0059)."),
    ("x0061", "From Dr. Lam, DPM: soak the toe in warm salt water twice a day and wear the open-toe shoe until the ingrown nail heals. No antibiotics needed right now.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Lam", "PROVIDER"), ("DPM", "SPECIALTY"), ("ingrown nail", "CONDITION"), ("antibiotics", "MEDICATION")],
     ["orthopedics", "negation"], "Treatment instructions for a named condition (BLOCK); the negated antibiotic is still labelled."),
    ("x0062", "Hi Walter, you're due for your yearly diabetic foot exam with Dr. Lam. Call 555-0136 to book.",
     "REWRITE", "recall", "sms", "en",
     [("Walter", "NAME"), ("diabetic foot exam", "PROCEDURE"), ("Dr. Lam", "PROVIDER"), ("555-0136", "PHONE")],
     ["orthopedics", "practice-contact"], "Condition-named exam is revealing (README); one PROCEDURE span. The recall survives."),
    ("x0063", "Pine Valley Sleep Center: your home sleep test kit is ready for pickup Tues after 1pm. Please bring a photo ID.",
     "REWRITE", "pickup", "sms", "en",
     [("Pine Valley Sleep Center", "SPECIALTY"), ("home sleep test", "PROCEDURE")],
     ["primary-care"], "Sleep-center name and the named test go; 'kit ready for pickup' survives. Decision: sleep medicine -> primary-care tag."),
    ("x0064", "Sleep study results: AHI 31, in the severe sleep apnea range. Dr. Farah ordered a CPAP; the equipment company will call you to set it up.",
     "BLOCK", "result", "sms", "en",
     [("Sleep study", "PROCEDURE"), ("AHI", "PROCEDURE"), ("31", "RESULT"), ("severe", "RESULT"), ("sleep apnea", "CONDITION"),
      ("Dr. Farah", "PROVIDER"), ("CPAP", "PROCEDURE")],
     ["primary-care", "lab"], "A measure and its value (README: scale PROCEDURE + value RESULT), a severity and a diagnosis (BLOCK)."),
    ("x0065", "Hi Mr. Dunn, your CPAP download shows 6.5 hrs/night of use with an AHI of 3. That's excellent, keep it up! — Dr. Farah",
     "ALLOW", "result", "portal", "en",
     [("Dunn", "NAME"), ("CPAP", "PROCEDURE"), ("6.5 hrs/night", "RESULT"), ("AHI", "PROCEDURE"), ("AHI of [[3]]", "RESULT"), ("Dr. Farah", "PROVIDER")],
     ["primary-care", "contrast"], "Device data and a value inside the portal (ALLOW by the channel convention)."),
)

# ---------------------------------------------------------------- batch 4 (x0066-x0081): wound care, geriatrics, prenatal, lactation, speech and occupational therapy
add(
    ("x0066", "Hi, this is Aisha from Horizon Home Health. I'll be there Thurs between 10 and 12 for your dressing change.",
     "REWRITE", "reminder", "sms", "en",
     [("Aisha", "PROVIDER"), ("Horizon Home Health", "SPECIALTY"), ("dressing change", "PROCEDURE")],
     ["home-health"], "Home-health agency name and the visit type go; the visit window survives."),
    ("x0067", "Wound looks better today: down to 2.1 x 1.4 cm, no signs of infection. Keep the wound vac on and we'll see you Mon. —Dana, wound care RN",
     "BLOCK", "result", "sms", "en",
     [("Wound", "CONDITION"), ("2.1 x 1.4 cm", "RESULT"), ("no signs of infection", "RESULT"), ("wound vac", "PROCEDURE"),
      ("Dana", "PROVIDER"), ("wound care", "SPECIALTY")],
     ["primary-care"], "Measurements and a finding (BLOCK). Decision: the wound is the CONDITION, the wound vac a device (PROCEDURE), 'wound care' a service line (SPECIALTY); clinic wound care tagged primary-care."),
    ("x0068", "Hi Linda, reminder that your dad's memory clinic visit with Dr. Oyelaran is Fri 3/6 at 10:30. Please come with him if you can.",
     "REWRITE", "reminder", "sms", "en",
     [("Linda", "NAME"), ("memory clinic", "SPECIALTY"), ("Dr. Oyelaran", "PROVIDER"), ("3/6", "DATE")],
     ["primary-care", "third-party"], "A dependent's appointment logistics with a specialty name is REWRITE (README). Decision: 'memory clinic' is a service-line name (SPECIALTY)."),
    ("x0069", "Hi Linda, Dr. Oyelaran went over your dad's memory test: he scored 21/30, in the mild dementia range. She'd like to start donepezil 5mg at bedtime. Let's talk Fri.",
     "BLOCK", "result", "sms", "en",
     [("Linda", "NAME"), ("Dr. Oyelaran", "PROVIDER"), ("memory test", "PROCEDURE"), ("21/30", "RESULT"), ("mild", "RESULT"), ("dementia", "CONDITION"),
      ("donepezil 5mg", "MEDICATION")],
     ["primary-care", "third-party"], "A parent's score, diagnosis and new drug sent to the caregiver: a third party's health (BLOCK). '21/30' is a score, not a date."),
    ("x0070", "Happy 92nd birthday to your mom from all of us at Willow Geriatrics! We'll see you both at her 11/4 visit.",
     "REWRITE", "other", "sms", "en",
     [("92nd", "AGE"), ("Willow Geriatrics", "SPECIALTY"), ("11/4", "DATE")],
     ["primary-care", "third-party", "age-over-89"], "An age over 89 (the ordinal, README) and a geriatrics practice name go; no health detail about the mother, so REWRITE, not BLOCK."),
    ("x0071", "Hi Priya! Your 28-week prenatal visit is Mon 7/14 at 8:40 with Dr. Castillo. Please arrive 15 min early for the glucose test.",
     "REWRITE", "reminder", "sms", "en",
     [("Priya", "NAME"), ("28-week prenatal", "PROCEDURE"), ("7/14", "DATE"), ("Dr. Castillo", "PROVIDER"), ("glucose test", "PROCEDURE")],
     ["reproductive"], "Decision: a gestational-age label belongs with the visit type in one PROCEDURE span ('visit' stays outside); the named test goes too; date, time and provider stay."),
    ("x0072", "Your 1-hr glucose test was 152, so Dr. Castillo wants the 3-hour test next week. Very common, nothing to worry about yet.",
     "BLOCK", "result", "sms", "en",
     [("1-hr glucose test", "PROCEDURE"), ("152", "RESULT"), ("Dr. Castillo", "PROVIDER"), ("3-hour test", "PROCEDURE")],
     ["reproductive", "lab"], "A lab value and the follow-up test it triggers (BLOCK)."),
    ("x0073", "Hola Karla, su ultrasonido de 20 semanas salió normal y la placenta está en buena posición. Nos vemos en su próxima cita. — Dra. Castillo",
     "BLOCK", "result", "sms", "es",
     [("Karla", "NAME"), ("ultrasonido de 20 semanas", "PROCEDURE"), ("normal", "RESULT"), ("en buena posición", "RESULT"), ("Dra. Castillo", "PROVIDER")],
     ["reproductive", "imaging"], "A normal result is still a result (README: BLOCK). Decision: the gestational age goes with the named test in one PROCEDURE span."),
    ("x0074", "Recordatorio: su cita prenatal con la Dra. Castillo es el jueves 5 de junio a las 10:00. Traiga su tarjeta del seguro.",
     "REWRITE", "reminder", "sms", "es",
     [("prenatal", "PROCEDURE"), ("Dra. Castillo", "PROVIDER"), ("5 de junio", "DATE")],
     ["reproductive"], "The visit type 'prenatal' reveals a pregnancy; 'cita' is generic and stays."),
    ("x0075", "Since your blood type is Rh negative, you'll get the RhoGAM shot at your 28-wk visit. It's routine, nothing to worry about!",
     "BLOCK", "care-instructions", "sms", "en",
     [("blood type", "PROCEDURE"), ("Rh negative", "RESULT"), ("RhoGAM shot", "MEDICATION"), ("28-wk", "PROCEDURE")],
     ["reproductive", "shorthand"], "A result and the treatment it calls for (BLOCK). 'RhoGAM shot': drug plus form word (README precedent)."),
    ("x0076", "Hi Jess, this is Maren, IBCLC. Confirming our lactation visit at your home Sat at 10. Text me if anything changes!",
     "REWRITE", "reminder", "sms", "en",
     [("Jess", "NAME"), ("Maren", "PROVIDER"), ("IBCLC", "SPECIALTY"), ("lactation", "PROCEDURE")],
     ["reproductive", "home-health"], "Decision: IBCLC is a credential that names a service (SPECIALTY, like DDS); 'lactation' as the visit type is PROCEDURE; the visit confirmation survives."),
    ("x0077", "Baby gained 6 oz since Tues, great job! Keep feeding every 2-3 hrs and use the nipple shield until the latch improves. —Maren",
     "BLOCK", "care-instructions", "sms", "en",
     [("6 oz", "RESULT"), ("nipple shield", "PROCEDURE"), ("Maren", "PROVIDER")],
     ["reproductive", "pediatrics", "minor", "third-party"], "The infant's weight gain (a third party's result) and feeding instructions (BLOCK). Decision: a weight change is a RESULT on the value with its unit."),
    ("x0078", "New this month: a free breastfeeding support group, Wednesdays at 1pm in the Community Room. Everyone welcome, no registration needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["reproductive", "broadcast", "hard-negative"], "A service offered to everyone says nothing about the recipient (README broadcasts)."),
    ("x0079", "Hi Mr. Baptiste, Noah's speech therapy session moved to Thurs 2/12 at 3:45 with Ms. Kaur, SLP. Same room as always.",
     "REWRITE", "reminder", "sms", "en",
     [("Baptiste", "NAME"), ("Noah", "NAME"), ("speech therapy", "PROCEDURE"), ("2/12", "DATE"), ("Ms. Kaur", "PROVIDER"), ("SLP", "SPECIALTY")],
     ["pediatrics", "minor", "physical-therapy"], "A dependent's logistics with a therapy type is REWRITE (README). Decisions: the therapy naming the session is PROCEDURE; SLP is a specialty credential; a therapist with 'Ms.' and a credential is PROVIDER; speech therapy -> physical-therapy tag."),
    ("x0080", "Noah did great today! His stutter was much lighter during the reading task. Practice the easy-onset exercise 10 min a day this week.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Noah", "NAME"), ("stutter", "CONDITION"), ("much lighter", "RESULT"), ("easy-onset exercise", "PROCEDURE")],
     ["pediatrics", "minor", "third-party", "physical-therapy"], "A child's condition, progress and home exercise sent to the parent (BLOCK)."),
    ("x0081", "From your OT: keep the splint on at night and do the tendon glides 5x a day. Ice 10 min if it swells. — Dana, OTR/L",
     "BLOCK", "care-instructions", "sms", "en",
     [("OT", "SPECIALTY"), ("splint", "PROCEDURE"), ("tendon glides", "PROCEDURE"), ("Dana", "PROVIDER"), ("OTR/L", "SPECIALTY")],
     ["physical-therapy"], "Home-care instructions (BLOCK). Decision: 'OT' (the occupational therapist) and the credential OTR/L name the specialty (SPECIALTY); the splint is a device (README)."),
)

# ---------------------------------------------------------------- batch 5 (x0082-x0098): infusion, travel, weight, pain, vein; disguises
add(
    ("x0082", "Hola, le habla Yesenia del infusion center. Su seguro aprobó el Remicade, así que ya podemos agendar su primera infusión. Llámenos al 555-0177.",
     "REWRITE", "other", "sms", "es",
     [("Yesenia", "PROVIDER"), ("infusion center", "SPECIALTY"), ("Remicade", "MEDICATION"), ("infusión", "PROCEDURE"), ("555-0177", "PHONE")],
     ["primary-care", "practice-contact"], "Code-switching. Approval and scheduling survive without the drug, the service line and the procedure; staff sender is PROVIDER."),
    ("x0083", "Your pre-infusion labs were fine except the WBC, which is a little low at 3.2, so Dr. Mehta is holding this week's dose. We'll recheck Mon.",
     "BLOCK", "result", "sms", "en",
     [("pre-infusion", "PROCEDURE"), ("fine", "RESULT"), ("WBC", "PROCEDURE"), ("a little low", "RESULT"), ("3.2", "RESULT"), ("Dr. Mehta", "PROVIDER")],
     ["primary-care", "lab"], "Lab results and a held dose (BLOCK)."),
    ("x0084", "Your yellow fever vaccine appt is Fri 6/20 at 2pm with NP Adler. Bring your passport & itinerary.",
     "REWRITE", "reminder", "sms", "en",
     [("yellow fever vaccine", "PROCEDURE"), ("6/20", "DATE"), ("NP Adler", "PROVIDER")],
     ["primary-care", "shorthand"], "Decision: the recipient's own named vaccine appointment is REWRITE, like README's 'your flu shot appointment'; travel medicine -> primary-care tag."),
    ("x0085", "For your trip: start the Malarone 1 tab daily 2 days before you leave, keep taking it the whole trip and for 7 days after. Rx is at the pharmacy.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Malarone", "MEDICATION")],
     ["pharmacy", "primary-care"], "Dosing instruction for a named drug (BLOCK)."),
    ("x0086", "¿Viaja este verano? Nuestra clínica de viajes ofrece vacunas y consejos para su viaje. Haga su cita 4 a 6 semanas antes de salir.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Broadcast: a service offered to everyone says nothing about the recipient (contrast x0084)."),
    ("x0087", "Hi Andre, it's Coach Tina from the Weight Management program! Your weigh-in moved to Wed at 6pm, same room.",
     "REWRITE", "reminder", "sms", "en",
     [("Andre", "NAME"), ("Coach Tina", "PROVIDER"), ("Weight Management", "SPECIALTY"), ("weigh-in", "PROCEDURE")],
     ["primary-care"], "Decisions: a named staff sender with a role word is PROVIDER (like 'nurse Dana'); the program's service line is SPECIALTY with 'program' outside; the weigh-in is a named visit type (PROCEDURE)."),
    ("x0088", "Down 14 lbs since starting Wegovy — awesome! Dr. Huang wants to go up to 1.7 mg next week. New pens are ready at the pharmacy.",
     "BLOCK", "care-instructions", "sms", "en",
     [("14 lbs", "RESULT"), ("Wegovy", "MEDICATION"), ("Dr. Huang", "PROVIDER")],
     ["primary-care", "pharmacy"], "A measured result and a dose increase (BLOCK)."),
    ("x0089", "Crestview Pain Management: your pill count appt is Tues 1/13 at 9:15. Please arrive 10 min early.",
     "REWRITE", "reminder", "sms", "en",
     [("Crestview Pain Management", "SPECIALTY"), ("pill count", "PROCEDURE"), ("1/13", "DATE")],
     ["primary-care"], "Decision: a 'pill count' visit reveals controlled-substance treatment and is a named visit type (PROCEDURE); the reminder survives."),
    ("x0090", "Dr. Okafor ok'd refilling your oxycodone 5mg early since you're traveling, but just this once per your pain agreement.",
     "REWRITE", "pickup", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("oxycodone 5mg", "MEDICATION"), ("pain agreement", "PROCEDURE")],
     ["pharmacy", "primary-care"], "Decision: refill logistics with no dose change — drug and agreement go and 'refill your prescription early, just this once' survives (REWRITE; contrast x0088, a dose change)."),
    ("x0091", "Sr. Villalobos, el Dr. Okafor dice que después del bloqueo nervioso puede sentir la pierna adormecida unas horas. No maneje hoy y siga con la gabapentina 300 mg en la noche.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Villalobos", "NAME"), ("Dr. Okafor", "PROVIDER"), ("bloqueo nervioso", "PROCEDURE"), ("pierna adormecida", "CONDITION"),
      ("gabapentina 300 mg", "MEDICATION")],
     ["primary-care"], "Post-procedure instructions with an expected symptom and dosing (BLOCK)."),
    ("x0092", "Evergreen Vein Center: your sclerotherapy is Thurs 4/23 at 2:30. Bring your compression stockings and wear loose pants.",
     "REWRITE", "reminder", "sms", "en",
     [("Evergreen Vein Center", "SPECIALTY"), ("sclerotherapy", "PROCEDURE"), ("4/23", "DATE"), ("compression stockings", "PROCEDURE")],
     ["cardiology"], "Vein-center name, procedure and device go; the reminder survives. Decisions: vein clinic -> cardiology tag; compression stockings are a device (PROCEDURE)."),
    ("x0093", "Your venous ultrasound showed reflux in the left great saphenous vein but no clot. Dr. Abiola recommends ablation; insurance requires 3 months of compression stockings first.",
     "BLOCK", "result", "email", "en",
     [("venous ultrasound", "PROCEDURE"), ("reflux in the left great saphenous vein", "RESULT"), ("no clot", "RESULT"), ("Dr. Abiola", "PROVIDER"),
      ("ablation", "PROCEDURE"), ("compression stockings", "PROCEDURE")],
     ["cardiology", "imaging"], "Imaging findings (a negative one included, like 'no polyps') and a treatment plan (BLOCK)."),
    ("x0094", "ur m3tf0rm1n 500 is ready at the drive thru window, pharmacy closes at 9",
     "REWRITE", "pickup", "sms", "en",
     [("m3tf0rm1n 500", "MEDICATION")],
     ["pharmacy", "leet", "shorthand"], "Leet-disguised drug name with its strength in a pickup notice (REWRITE)."),
    ("x0095", "Reminder: c o l o n o s c o p y with Dr. Osei moved to 8:15 am Fri. Arrive at 7:45.",
     "REWRITE", "reminder", "sms", "en",
     [("c o l o n o s c o p y", "PROCEDURE"), ("Dr. Osei", "PROVIDER")],
     ["primary-care", "spaced"], "Spaced-letter procedure name; the reminder survives without it."),
    ("x0096", "Your Ozem\u200bpic pen is ready for pickup at Hillcrest Pharmacy. Pickup window open till 8pm.",
     "REWRITE", "pickup", "sms", "en",
     [("Ozem\u200bpic", "MEDICATION")],
     ["pharmacy"], "A zero-width space splits the brand name; the span covers the whole word. Drug name in a pickup notice (REWRITE)."),
    ("x0097", "Dr. Kowal says the g\u043eut flare should settle in a few days. Keep taking the colchicine 0.6mg twice a day until it does.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Kowal", "PROVIDER"), ("g\u043eut", "CONDITION"), ("colchicine 0.6mg", "MEDICATION")],
     ["primary-care"], "A Cyrillic o in 'gout'; a diagnosis with dosing (BLOCK)."),
    ("x0098", "Don Rafael, su A1c salió en 6.9 y su dia\u00adbetes está bien controlada. Siga igual con la metformina. Saludos.",
     "BLOCK", "result", "sms", "es",
     [("Rafael", "NAME"), ("A1c", "PROCEDURE"), ("6.9", "RESULT"), ("dia\u00adbetes", "CONDITION"), ("bien controlada", "RESULT"), ("metformina", "MEDICATION")],
     ["primary-care", "lab"], "A soft hyphen inside 'diabetes'; a value, a diagnosis and its state (README: a state is RESULT) (BLOCK)."),
)

# ---------------------------------------------------------------- batch 6 (x0099-x0114): Spanish staff messages
add(
    ("x0099", "Perdón, me equivoqué de hora: su cita es a las 3:30, no a las 3:00. Gracias por su paciencia.",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "hard-negative"], "A correction with times only; 'paciencia' is patience, not 'paciente'."),
    ("x0100", "No necesita venir en ayunas ni traer referido. Solo su tarjeta del seguro y una identificación con foto.",
     "ALLOW", "other", "sms", "es", [],
     ["primary-care", "negation", "hard-negative"], "Negated fasting and referral; no test, specialty or condition named."),
    ("x0101", "La sucursal Esperanza estará cerrada el viernes por la tormenta. Sus citas se pasarán a la sucursal Centro; le confirmamos por mensaje.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Esperanza' is the branch name, not a patient; decision: branch names are not labelled."),
    ("x0102", "Hola Sra. Méndez, el refill de su losartán 50 mg ya está listo en la farmacia. Horario de 9 a 7.",
     "REWRITE", "pickup", "sms", "es",
     [("Méndez", "NAME"), ("losartán 50 mg", "MEDICATION")],
     ["pharmacy"], "Code-switching ('refill'); name and drug go from a pickup notice."),
    ("x0103", "Hola, le recordamos que la terapia del habla de su hijo Mateo es el miércoles 3 de septiembre a las 4:00. Misma sala de siempre.",
     "REWRITE", "reminder", "sms", "es",
     [("terapia del habla", "PROCEDURE"), ("Mateo", "NAME"), ("3 de septiembre", "DATE")],
     ["pediatrics", "minor", "physical-therapy"], "A dependent's logistics with a therapy type and name (REWRITE); the therapy naming the session is PROCEDURE (decision, as x0079)."),
    ("x0104", "Sra. Reyes, los análisis de Sofía salieron bien y la tiroides está normal. La Dra. Benítez la verá en su próxima cita de control.",
     "BLOCK", "result", "sms", "es",
     [("Reyes", "NAME"), ("Sofía", "NAME"), ("salieron bien", "RESULT"), ("tiroides", "PROCEDURE"), ("normal", "RESULT"), ("Dra. Benítez", "PROVIDER")],
     ["pediatrics", "minor", "third-party", "lab"], "A child's normal results to the parent: a result and a third party's health (BLOCK). Decision: 'la tiroides' stands for the thyroid test (PROCEDURE); 'análisis' is generic."),
    ("x0105", "Hola Sr. Cárdenas, le comento que su esposa ya salió de la cirugía de vesícula y está estable. El Dr. Ortega le llamará por la tarde.",
     "BLOCK", "other", "sms", "es",
     [("Cárdenas", "NAME"), ("cirugía de vesícula", "PROCEDURE"), ("estable", "RESULT"), ("Dr. Ortega", "PROVIDER")],
     ["primary-care", "third-party"], "A spouse's operation and condition (third party, BLOCK). Decision: a surgery named with its organ is PROCEDURE; 'estable' is a state (RESULT)."),
    ("x0106", "Hola Sra. Méndez, su TSH salió en 2.1, dentro de lo normal. Siga con la levotiroxina 50 mcg igual. Saludos, Dra. Benítez",
     "ALLOW", "result", "portal", "es",
     [("Méndez", "NAME"), ("TSH", "PROCEDURE"), ("2.1", "RESULT"), ("dentro de lo normal", "RESULT"), ("levotiroxina 50 mcg", "MEDICATION"),
      ("Dra. Benítez", "PROVIDER")],
     ["primary-care", "lab", "contrast"], "Result and dose inside the portal (ALLOW, README); contrast x0107."),
    ("x0107", "Sra. Méndez: su TSH salió 2.1, normal. Siga con la levotiroxina 50 mcg igual. -Dra. Benítez",
     "BLOCK", "result", "sms", "es",
     [("Méndez", "NAME"), ("TSH", "PROCEDURE"), ("2.1", "RESULT"), ("normal", "RESULT"), ("levotiroxina 50 mcg", "MEDICATION"), ("Dra. Benítez", "PROVIDER")],
     ["primary-care", "lab", "contrast"], "Same content as x0106 by SMS: a normal result is still a result (BLOCK)."),
    ("x0108", "Hola Rosa, la cita de su mamá en la clínica de geriatría es el viernes 7 de noviembre a las 10:30. ¿La puede acompañar?",
     "REWRITE", "reminder", "sms", "es",
     [("Rosa", "NAME"), ("geriatría", "SPECIALTY"), ("7 de noviembre", "DATE")],
     ["primary-care", "third-party"], "A dependent's logistics with a specialty (REWRITE); 'clínica de' stays outside (README 'clínica de VIH')."),
    ("x0109", "Hola Daniela, soy Maren, consultora de lactancia. El bebé subió 180 g esta semana. Siga dándole pecho cada 2 a 3 horas y use la pezonera hasta que agarre bien.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Daniela", "NAME"), ("Maren", "PROVIDER"), ("consultora de lactancia", "SPECIALTY"), ("180 g", "RESULT"), ("pezonera", "PROCEDURE")],
     ["reproductive", "pediatrics", "minor", "third-party"], "The baby's weight gain and feeding instructions (BLOCK). Decision: 'consultora de lactancia' is a role word naming a specialty (SPECIALTY, like 'consejero')."),
    ("x0110", "Nuevo número de la clínica: (512) 555-0166. El fax sigue siendo (512) 555-0167.",
     "ALLOW", "other", "sms", "es",
     [("(512) 555-0166", "PHONE"), ("(512) 555-0167", "FAX")],
     ["general", "practice-contact"], "The practice's own phone and fax (labelled, allowed)."),
    ("x0111", "Le devolvemos la llamada: por la tos y la fiebre de su niño puede darle acetaminofén infantil cada 6 horas. Si empeora, llévelo a urgencias.",
     "BLOCK", "care-instructions", "sms", "es",
     [("tos", "CONDITION"), ("fiebre", "CONDITION"), ("acetaminofén infantil", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A child's symptoms and dosing advice to the parent (BLOCK). Decision: 'urgencias' as generic safety-net advice is not labelled."),
    ("x0112", "Sí, claro, su esposo puede entrar con usted a la consulta. No hay problema.",
     "ALLOW", "other", "sms", "es", [],
     ["primary-care", "hard-negative"], "Mentions a spouse with no health information; answers without repeating the question; 'consulta' is generic."),
    ("x0113", "Hi Sr. Lozano, su appt de podiatría es el lunes 9/22 a las 11. Please llegue 15 min antes para el paperwork.",
     "REWRITE", "reminder", "sms", "es",
     [("Lozano", "NAME"), ("podiatría", "SPECIALTY"), ("9/22", "DATE")],
     ["orthopedics", "shorthand"], "Code-switching; name and specialty go, date and time stay."),
    ("x0114", "Sr. Lozano, el Dr. Lam dice que la herida del pie está sanando bien. Keep it dry y cambie el vendaje todos los días.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Lozano", "NAME"), ("Dr. Lam", "PROVIDER"), ("herida del pie", "CONDITION"), ("sanando bien", "RESULT"), ("vendaje", "PROCEDURE")],
     ["orthopedics"], "Code-switching; a finding about a wound and care instructions (BLOCK)."),
)

# ---------------------------------------------------------------- batch 7 (x0115-x0120): long portal and e-mail messages with signatures
add(
    ("x0115", "Hi Mr. Whitcombe,\n\nThanks for coming in today. Here is a summary of what we discussed:\n\n"
     "1. Your A1c is 8.1 (goal under 7). We're increasing your metformin to 1000mg twice daily with meals.\n"
     "2. Your kidney function (eGFR 72) and potassium are normal.\n"
     "3. Your feet looked good on the diabetic foot exam, no sores or numbness.\n"
     "4. We sent a referral to Lakeside Endocrinology to talk about a GLP-1 medication; they will call you within a week.\n\n"
     "Please get labs again in 3 months, before your next visit with me on 9/18 at 10:40. If your blood sugar is over 300, "
     "or under 70 with symptoms, call the nurse line at (614) 555-0163.\n\n"
     "Take care,\nDr. Helena Marsh\nBrookside Internal Medicine\n4100 Bell Ave, Suite 200, Columbus, OH 43214",
     "ALLOW", "result", "portal", "en",
     [("Whitcombe", "NAME"), ("A1c", "PROCEDURE"), ("8.1", "RESULT"), ("metformin", "MEDICATION"), ("kidney function", "PROCEDURE"),
      ("eGFR", "PROCEDURE"), ("72", "RESULT"), ("potassium", "PROCEDURE"), ("normal", "RESULT"), ("looked good", "RESULT"),
      ("diabetic foot exam", "PROCEDURE"), ("no sores or numbness", "RESULT"), ("Lakeside Endocrinology", "SPECIALTY"),
      ("GLP-1 medication", "MEDICATION"), ("9/18", "DATE"), ("blood sugar", "PROCEDURE"), ("(614) 555-0163", "PHONE"),
      ("Dr. Helena Marsh", "PROVIDER"), ("4100 Bell Ave, Suite 200, Columbus, OH 43214", "ADDRESS")],
     ["primary-care", "practice-contact", "contrast"], "After-visit summary inside the portal: results, doses, referral and names may stay (README). Decision: the goal and the call-back thresholds (7, 300, 70) are advice, not the patient's values, and are not labelled; a drug class used as a name ('GLP-1 medication') is MEDICATION."),
    ("x0116", "Hi Ms. Ferreira,\n\nThis is Tamsin Hale, RN from Brookside Internal Medicine, following up on today's visit with Dr. Marsh. "
     "Your urine test showed a bladder infection, so she sent nitrofurantoin 100mg to your pharmacy. Take one twice a day for 5 days "
     "with food and finish all of it, even if you feel better. Drink plenty of fluids.\n\n"
     "Your blood pressure was a little high today (148/92). Dr. Marsh would like you to check it at home a few times this week and "
     "send us the numbers through the portal.\n\n"
     "If you get a fever, back pain or vomiting, please call us right away at (614) 555-0163 or go to urgent care after hours.\n\n"
     "Thank you,\nTamsin Hale, RN\nBrookside Internal Medicine\nPhone (614) 555-0163 | Fax (614) 555-0164",
     "BLOCK", "care-instructions", "email", "en",
     [("Ferreira", "NAME"), ("Tamsin Hale, RN", "PROVIDER"), ("Dr. Marsh", "PROVIDER"), ("urine test", "PROCEDURE"), ("bladder infection", "CONDITION"),
      ("nitrofurantoin 100mg", "MEDICATION"), ("blood pressure", "PROCEDURE"), ("a little high", "RESULT"), ("148/92", "RESULT"),
      ("Dr. Marsh", "PROVIDER", 1), ("fever", "CONDITION"), ("back pain", "CONDITION"), ("vomiting", "CONDITION"),
      ("(614) 555-0163", "PHONE"), ("Tamsin Hale, RN", "PROVIDER", 1), ("(614) 555-0163", "PHONE", 1), ("(614) 555-0164", "FAX")],
     ["primary-care", "practice-contact"], "After-visit note by e-mail (treated like SMS): diagnosis, dosing and a value (BLOCK). Decision: 'urgent care' as safety-net advice is not labelled; warning symptoms are CONDITION (README: symptoms are conditions)."),
    ("x0117", "Hello Mr. Sorensen,\n\nWelcome to Cedar Infusion Center! Your first Ocrevus infusion is scheduled for Tuesday, 3/10 at 8:00 AM "
     "with NP Ruth Adeyemi. Please plan to be with us for most of the day.\n\nBefore you come:\n"
     "- Eat a normal breakfast and drink plenty of water.\n"
     "- Wear comfortable clothes; the chairs recline and we have blankets.\n"
     "- Bring a photo ID, your insurance card and a list of your current medications.\n"
     "- You are welcome to bring one adult visitor.\n\n"
     "Parking is free in the garage next to our building; take the elevator to level 2 and follow the signs. If you need to "
     "reschedule, call us at (614) 555-0171 at least 48 hours ahead.\n\nWe look forward to meeting you.\n\n"
     "Cedar Infusion Center\n1800 Bell Ave, Suite 210, Columbus, OH 43214\n(614) 555-0171 | cedarinfusion.example.org",
     "REWRITE", "reminder", "email", "en",
     [("Sorensen", "NAME"), ("Cedar Infusion Center", "SPECIALTY"), ("Ocrevus infusion", "MEDICATION"), ("3/10", "DATE"),
      ("NP Ruth Adeyemi", "PROVIDER"), ("(614) 555-0171", "PHONE"), ("Cedar Infusion Center", "SPECIALTY", 1),
      ("1800 Bell Ave, Suite 210, Columbus, OH 43214", "ADDRESS"), ("(614) 555-0171", "PHONE", 1), ("cedarinfusion.example.org", "URL")],
     ["primary-care", "practice-contact"], "A long first-visit e-mail: the drug with its form word (one MEDICATION span, README precedent) and the infusion-center name go; every logistic survives, and the practice's own address, phone and site stay. 'medications' and 'normal breakfast' are generic."),
    ("x0118", "Brookside Internal Medicine — Winter News\n\nNew faces: please welcome Dr. Amara Quist and Jordan Ellis, PA-C, who join our "
     "Eastside office this month and are accepting new patients.\n\nFlu and COVID shots are available at every visit, no "
     "appointment needed. Free blood pressure checks are offered in the lobby on Tuesday mornings.\n\n"
     "Winter wellness tips: wash your hands often, get 7-9 hours of sleep, keep moving indoors, and test your home's smoke and "
     "carbon monoxide detectors.\n\nHoliday hours: we close at noon on Christmas Eve and are closed on Christmas Day and New "
     "Year's Day. The nurse line is answered 24/7 at (614) 555-0163.\n\n"
     "Snow days: if we have to close for weather, we will text everyone by 6:30 AM and post it on our website. Appointments "
     "are moved automatically, so you do not need to call.\n\nYou can message your care team any time through the "
     "patient portal at portal.brookside.example.com.\n\nStay well,\nThe Brookside team",
     "ALLOW", "marketing", "email", "en",
     [("Dr. Amara Quist", "PROVIDER"), ("Jordan Ellis, PA-C", "PROVIDER"), ("(614) 555-0163", "PHONE"), ("portal.brookside.example.com", "URL")],
     ["general", "practice-contact"], "Newsletter to every patient: services and wellness tips addressed to everyone say nothing about the recipient (README broadcasts); new providers with titles and the practice's own contacts are labelled and allowed; holidays and 24/7 are not dates."),
    ("x0119", "Hi Ms. Albright, this is Kenji from the front desk at Harbor View Clinic. A few things before Friday:\n"
     "- We moved your 2:15 to 2:45 because Dr. Kim's morning ran long.\n"
     "- Please fill out the updated intake forms in the portal before you come (about 10 min).\n"
     "- Parking validation is at the check-in desk, 2nd floor.\n"
     "- Your copay will be $25; we take cards or cash.\n"
     "Let me know if 2:45 doesn't work and I'll find another slot.\n"
     "P.S. Dr. Kim asked me to tell you the skin biopsy came back benign, so nothing else is needed. She'll go over it Friday.",
     "BLOCK", "other", "sms", "en",
     [("Albright", "NAME"), ("Kenji", "PROVIDER"), ("Dr. Kim", "PROVIDER"), ("Dr. Kim", "PROVIDER", 1), ("skin biopsy", "PROCEDURE"), ("benign", "RESULT")],
     ["primary-care", "dermatology"], "Long front-desk logistics with one clinical clause at the end: a benign result is still a result (README). Decision: the whole message is BLOCK, although the logistics alone would pass."),
    ("x0120", "Hi Mrs. Oduya, this is Brenda from Willow Geriatrics scheduling. Your father's occupational therapy home safety visit is set "
     "for Wed 10/22 between 1 and 3 pm. The therapist, Lena Park, OTR/L, will walk through the bathroom, stairs and kitchen with "
     "both of you and may suggest grab bars or a shower chair. It takes about an hour. Please make sure someone with a key is home, "
     "and have his insurance card handy. If the time doesn't work, call me at (614) 555-0172, Mon-Fri 8-4:30. Thanks so much, Brenda",
     "REWRITE", "reminder", "sms", "en",
     [("Oduya", "NAME"), ("Brenda", "PROVIDER"), ("Willow Geriatrics", "SPECIALTY"), ("occupational therapy", "PROCEDURE"), ("10/22", "DATE"),
      ("Lena Park", "PROVIDER"), ("OTR/L", "SPECIALTY"), ("grab bars", "PROCEDURE"), ("shower chair", "PROCEDURE"), ("(614) 555-0172", "PHONE"),
      ("Brenda", "PROVIDER", 1)],
     ["primary-care", "physical-therapy", "home-health", "third-party", "practice-contact"], "A dependent's appointment logistics with specialty and therapy names (README: REWRITE); no condition or result. Decisions: the therapy naming the visit is PROCEDURE; home equipment is a device (PROCEDURE); the therapist 'Lena Park' is PROVIDER ('Park' is not a place) with OTR/L as a separate SPECIALTY span."),
)


if __name__ == "__main__":
    probe_lib.run(M, "x", "probe8.jsonl")
