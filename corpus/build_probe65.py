#!/usr/bin/env python3
"""Build corpus/probe65.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe65.py [OUT] [-v]   (default: probe65.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only; the engine was not run
and no other corpus's messages, source code or tests were read).

This round is BEHAVIORAL HEALTH AND SUBSTANCE USE TREATMENT: what therapy practices, psychiatry
clinics, intensive outpatient and partial-hospitalization programs, opioid-treatment programs
(methadone, buprenorphine, naltrexone), recovery coaches and recovery housing, crisis lines,
EAPs, school counselors and telepsychiatry services send: session reminders, intake paperwork,
waitlist updates, group schedules, dosing-window changes, take-home pickups, missed-dose and UDS
notices, drug levels and dose changes, safety-plan follow-ups, statements, probation letters,
and general mental-health awareness messages. The subtle ones: a therapist's or psychiatrist's
name alone, a revealing credential after a name, "your group on Tuesdays", "the clinic on 5th
St" that is a methadone clinic, a program's broadcast to its own patients; and hard negatives:
awareness-month broadcasts to all plan members, "Recovery Road" as a street, a "Depression-era
building", a tropical depression, account-recovery codes, a login session, a financial
counselor, "Sober October". About 22% Spanish; four disguised messages (spaced letters,
zero-width characters, a Cyrillic look-alike, leet).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "from [[19]]" searches for "from 19" and labels
      only "19".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. A clinician named with a plain title (Dr., Dra., Lic., a staff sender's Ms./Mrs.) or named
     as the person the patient sees ("your appointment with Dana Wolfe") is PROVIDER and the
     message stays ALLOW even when that clinician is a psychiatrist or therapist: the text itself
     reveals no service. A credential naming a behavioral-health or addiction discipline (PMHNP,
     LCSW, LPC, LMHC, LCADC, CADC) is a separate SPECIALTY span, like DDS. "Lic." is a generic
     title (any licenciatura), not a specialty.
  2. A practice located only by a street name ("the clinic on 5th St", "Recovery Road", "our Main
     St building", "avenida La Recuperación") is not labelled: it is neither a street address nor
     the patient's. A full practice street address is ADDRESS (ALLOW). So a methadone clinic's
     message that names only its street and hours is ALLOW under the default policy.
  3. "group"/"grupo" as the recipient's own treatment group ("your Tuesday group", "missed group",
     "su grupo") is PROCEDURE (the visit type is group therapy) -> REWRITE; a named group program
     is one PROCEDURE span ("DBT skills group", "grupo de apoyo"); "Group"/"Grupo" in a practice
     name ("Grupo Médico", "Counseling Group" aside from its revealing word) is generic.
  4. A broadcast from a behavioral-health or substance-use practice or program to its own
     patients (holiday closure, dosing-hours change, group schedule) is REWRITE: its name or
     service word tells every recipient's lock screen that the recipient is a patient (42 CFR
     Part 2). The README's broadcast rule (ALLOW, no span) is applied to health plans, employers,
     generic practices and pharmacies writing about mental health, 988 or naloxone.
  5. A dependent's counseling appointment logistics (name, counselor, program name) are REWRITE
     like the README's "specialty name" case; a dependent's condition used as a visit label
     ("Mateo's ADHD evaluation"), medication, result or risk is BLOCK (README: "Sofia's asthma
     check").
  6. "EAP", "school counselor"/"consejera escolar" and "financial counselor" are not labelled;
     a therapist, counselor or consejero in a treatment setting, "psiquiatra" and "pediatrician"
     are SPECIALTY role words.
  7. Telling a relative about an adult, non-dependent patient's attendance or treatment (missed
     group, missed methadone) is BLOCK: a third party's health, and Part 2 needs written consent.
  8. Opioid-treatment vocabulary: "dosing"/"dosificación" as a service is PROCEDURE;
     "take-homes"/"take-home doses" are MEDICATION (doses of the drug); a random UDS call-in is
     logistics (REWRITE); missed-dose consequences, dose changes and induction instructions are
     dosing instructions (BLOCK).
  9. A CPT code that names the service (90837) is PROCEDURE.
 10. A drug level ordered as a test ("lithium level", "nivel de litio", "ANC") is PROCEDURE, its
     value RESULT; a timing instruction for the dose around the draw is BLOCK.
 11. Safety plans: a "safety plan review" visit is REWRITE with "safety plan" as PROCEDURE; a
     follow-up telling the patient to use the plan if suicidal or self-harm thoughts return is
     BLOCK; "suicidal thoughts" and "thoughts of self-harm" are CONDITION.
 12. A crisis line's own name, "recovery coach", "peer support", "OTP (clinic)" and "Equipo de
     Recuperación" are SPECIALTY; 988 stays unlabelled (README).
 13. "session"/"sesión" is generic like "appointment" (in "family meal session" only "family
     meal" is labelled); "intake", "blood draw" and "house agreement" are generic.
 14. Practice names without a revealing word (Horizon House, Juniper Health Partners, Centro
     Esperanza, Willow Creek Family Services, Stillwater Youth Services) are generic even if a
     local reader would know what they treat.
 15. Overdose, withdrawal, cravings, confusion are CONDITION (README: symptoms are conditions);
     "Relapse Prevention", "Seeking Safety", "MAT", "family-based treatment" are PROCEDURE
     (programs/therapies).
 16. Purposes "confirmation" and "portal-notice" are used: probe_lib accepts all ten of DESIGN's.

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


# ---------------------------------------------------------------- batch 1 (bp0001-bp0012): therapy and psychiatry reminders, groups, scores, safety plans
add(
    ("bp0001", "Oak Hollow Health: Reminder of your appointment with Dr. Ilse Brandt tomorrow, Thu 10/8, at 3:30 PM. Reply C to confirm or R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Ilse Brandt", "PROVIDER"), ("10/8", "DATE")],
     ["behavioral-health", "contrast"], "Subtle: Dr. Brandt is a psychiatrist, but a provider's name with a plain title reveals nothing in the text; provider, date and time are allowed (decision 1)."),
    ("bp0002", "Reminder: your session with Priya Raman, PMHNP is Thu 10/8 at 3:30 PM. Reply C to confirm or R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Priya Raman", "PROVIDER"), ("PMHNP", "SPECIALTY"), ("10/8", "DATE")],
     ["behavioral-health", "contrast"], "PMHNP (psychiatric-mental-health nurse practitioner) names the specialty: separate SPECIALTY span like DDS (decision 1); 'session' is generic (decision 13). Contrast bp0001."),
    ("bp0003", "Hi Marcus, this is Tessa from Lantern Counseling Group. Just a reminder about your therapy appt Monday 11/2 at 5pm. Text back if you need to move it!",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("Tessa", "PROVIDER"), ("Lantern Counseling Group", "SPECIALTY"), ("therapy", "PROCEDURE"), ("11/2", "DATE")],
     ["behavioral-health"], "Patient name, a counseling practice name and the visit type go; the staff sender is PROVIDER (README); the reminder survives."),
    ("bp0004", "ur group is still on for tues 6pm rm B. see u there! - Harborview BH",
     "REWRITE", "reminder", "sms", "en",
     [("group", "PROCEDURE"), ("Harborview BH", "SPECIALTY")],
     ["behavioral-health", "shorthand"], "'BH' abbreviates Behavioral Health in the practice name; 'your group' names the visit type (decision 3)."),
    ("bp0005", "Reminder: your Tuesday group meets at 6:00 PM in the Annex. Bring your workbook! - Front desk, Willow Creek Family Services",
     "REWRITE", "reminder", "sms", "en",
     [("group", "PROCEDURE")],
     ["behavioral-health"], "Subtle: the practice name is generic (decision 14) but 'your Tuesday group' names the visit type, a treatment group (decision 3); 'your Tuesday appointment' keeps the purpose."),
    ("bp0006", "Oak Hollow Health: Our Main St building is a Depression-era landmark, and its elevator is being restored Mon-Wed. Please use the ramp entrance on Birch Ave. Sorry for the hassle!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Depression-era' is history, not a diagnosis; streets named without a number are the practice's location and not labelled (decision 2)."),
    ("bp0007", "Subject: May is Mental Health Awareness Month\n\nDear Member,\n\nThis May, Crestline Health Plan joins communities across the country in recognizing Mental Health Awareness Month. Your plan includes behavioral health visits in person or by video, often with a $0 copay, and our 24/7 nurse line can help you find a provider near you. Small steps help: a short walk, a regular sleep schedule, and reaching out to someone you trust. If you or someone you know is in crisis, call or text 988.\n\nTo find in-network providers, sign in to your member account or call the number on the back of your ID card.\n\nBe well,\nCrestline Health Plan Member Services",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Awareness-month broadcast from a health plan to all members: says nothing about the recipient (README broadcasts, decision 4); 988 and 24/7 are not identifiers or dates."),
    ("bp0008", "Harbor Pointe Behavioral Health will be closed Mon 5/25 for Memorial Day. For urgent needs call our on-call line at (412) 555-0142, or call/text 988.",
     "REWRITE", "other", "sms", "en",
     [("Harbor Pointe Behavioral Health", "SPECIALTY"), ("5/25", "DATE"), ("(412) 555-0142", "PHONE")],
     ["behavioral-health", "broadcast", "practice-contact"], "Judgement (decision 4): a behavioral-health practice's closure notice to its own patients still shows each recipient's lock screen the practice name; the name goes, the closure and on-call number stay."),
    ("bp0009", "Hi Jenna, Dr. Okafor reviewed your PHQ-9 from Tuesday: your score went from 19 to 11. Great progress! Keep taking the sertraline 100mg every morning.",
     "BLOCK", "result", "sms", "en",
     [("Jenna", "NAME"), ("Dr. Okafor", "PROVIDER"), ("PHQ-9", "PROCEDURE"), ("from [[19]]", "RESULT"), ("to [[11]]", "RESULT"), ("sertraline 100mg", "MEDICATION")],
     ["behavioral-health", "contrast"], "Depression-scale scores are results (README: a scale is PROCEDURE, its value RESULT) plus a medication instruction; send a portal notice instead. Contrast bp0010."),
    ("bp0010", "Your PHQ-9 score today was 11 (moderate), down from 19 in August. Dr. Okafor would like you to continue sertraline 100 mg daily and follow up in 6 weeks.",
     "ALLOW", "result", "portal", "en",
     [("PHQ-9", "PROCEDURE"), ("was [[11]]", "RESULT"), ("moderate", "RESULT"), ("from [[19]]", "RESULT"), ("Dr. Okafor", "PROVIDER"), ("sertraline 100 mg", "MEDICATION")],
     ["behavioral-health", "contrast"], "Inside the secure portal scores and doses may stay (README channel convention). Contrast bp0009."),
    ("bp0011", "Checking in after yesterday's session. If the suicidal thoughts come back tonight, go through the steps on your safety plan and call me or 988. - Rachel Kim, LCSW",
     "BLOCK", "care-instructions", "sms", "en",
     [("suicidal thoughts", "CONDITION"), ("safety plan", "PROCEDURE"), ("Rachel Kim", "PROVIDER"), ("LCSW", "SPECIALTY")],
     ["behavioral-health"], "Safety-plan follow-up: the condition and the instruction are the message (decision 11); nothing useful survives removal."),
    ("bp0012", "Your safety plan review with Dr. Halvorsen has moved to Fri 9/25 at 10 AM. Reply Y to confirm or call (412) 555-0149.",
     "REWRITE", "reminder", "sms", "en",
     [("safety plan", "PROCEDURE"), ("Dr. Halvorsen", "PROVIDER"), ("9/25", "DATE"), ("(412) 555-0149", "PHONE")],
     ["behavioral-health", "practice-contact"], "Visit type reveals suicide-risk care; 'review' stays outside as a generic word (decision 11); the reschedule survives."),
)

# ---------------------------------------------------------------- batch 2 (bp0013-bp0024): opioid treatment programs: dosing windows, take-homes, UDS, dose changes
add(
    ("bp0013", "Northside Opioid Treatment Program: Starting Mon 1/6, weekday dosing hours will be 5:30-10:30 AM and Saturday 7-9 AM. Questions? Call (412) 555-0157.",
     "REWRITE", "other", "sms", "en",
     [("Northside Opioid Treatment Program", "SPECIALTY"), ("1/6", "DATE"), ("dosing", "PROCEDURE"), ("(412) 555-0157", "PHONE")],
     ["substance-use", "broadcast", "practice-contact"], "Program broadcast to its own patients: the program name and 'dosing' reveal OTP enrolment (decisions 4, 8); the new hours and phone survive."),
    ("bp0014", "Reminder: dosing at the clinic on 5th St opens late tomorrow (8 AM) because of staff training. Take-homes are not affected.",
     "REWRITE", "other", "sms", "en",
     [("dosing", "PROCEDURE"), ("Take-homes", "MEDICATION")],
     ["substance-use", "contrast"], "The street alone is not labelled (decision 2), but 'dosing' and 'take-homes' reveal an opioid treatment program (decision 8). Contrast bp0015."),
    ("bp0015", "Heads up: the clinic on 5th St opens at 8 AM tomorrow instead of 5:30 because of staff training. Same closing time as usual.",
     "ALLOW", "other", "sms", "en", [],
     ["substance-use", "contrast"], "Subtle: the recipient knows the 5th St clinic is a methadone clinic, but the text names no service, drug or visit type, and the practice's street is not a patient identifier (decision 2); a Part 2 program may choose a stricter pack. Contrast bp0014."),
    ("bp0016", "DeShawn, you missed dosing yesterday and today. Per clinic policy, after 3 missed days your methadone dose has to be lowered and built back up. Please come in before 10:30 AM.",
     "BLOCK", "care-instructions", "sms", "en",
     [("DeShawn", "NAME"), ("dosing", "PROCEDURE"), ("methadone", "MEDICATION")],
     ["substance-use"], "Missed-dose notice with its dosing consequence: a dosing instruction about methadone (decision 8)."),
    ("bp0017", "UDS results from your 3/4 visit: positive for fentanyl, negative for buprenorphine. Your counselor will go over it at your next session.",
     "BLOCK", "result", "sms", "en",
     [("UDS", "PROCEDURE"), ("3/4", "DATE"), ("positive", "RESULT"), ("fentanyl", "MEDICATION"), ("negative", "RESULT"), ("buprenorphine", "MEDICATION"), ("counselor", "SPECIALTY")],
     ["substance-use"], "Drug-screen result; substances in the result are MEDICATION (README); a counselor in a treatment program is SPECIALTY (decision 6)."),
    ("bp0018", "You've been selected for a random observed urine drug screen. Please report to the lab window by 2 PM today. - Riverside Recovery Services",
     "REWRITE", "other", "sms", "en",
     [("urine drug screen", "PROCEDURE"), ("Riverside Recovery Services", "SPECIALTY")],
     ["substance-use"], "Judgement (decision 8): a random UDS call-in is logistics; 'Please report to the lab window by 2 PM today' survives without the test and program name."),
    ("bp0019", "Your prescription is ready for pickup at Cornerstone Pharmacy, 1200 Ridge Rd, Ames, IA. Hours today 9-7. Reply STOP to opt out.",
     "ALLOW", "pickup", "sms", "en",
     [("1200 Ridge Rd, Ames, IA", "ADDRESS")],
     ["pharmacy", "practice-contact"], "Pickup notice without the drug name; the pharmacy's own address is not a patient identifier (README)."),
    ("bp0020", "Holiday schedule: the clinic is closed Thu 11/26. Pick up your take-home doses on Wed 11/25 between 6 and 11 AM and bring your clinic ID card.",
     "REWRITE", "pickup", "sms", "en",
     [("11/26", "DATE"), ("take-home doses", "MEDICATION"), ("11/25", "DATE")],
     ["substance-use"], "Take-home doses of an opioid treatment program are medication in a pickup notice (decision 8); the pickup window survives."),
    ("bp0021", "Dr. Feld approved your increase: methadone 95 mg starting Monday. Your next step-up review is in 2 weeks if you're still having cravings.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Feld", "PROVIDER"), ("methadone 95 mg", "MEDICATION"), ("cravings", "CONDITION")],
     ["substance-use", "contrast"], "Dose change: a dosing instruction (DESIGN). Contrast bp0022 (portal)."),
    ("bp0022", "Dose change approved by Dr. Feld: buprenorphine/naloxone 16 mg/4 mg once daily starting 2/9. Continue weekly visits and UDS as scheduled.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Dr. Feld", "PROVIDER"), ("buprenorphine/naloxone 16 mg/4 mg", "MEDICATION"), ("2/9", "DATE"), ("UDS", "PROCEDURE")],
     ["substance-use", "contrast"], "In the secure portal a dose change may stay (README channel convention). Contrast bp0021."),
    ("bp0023", "Hi Tomás, your Sublocade 300 mg injection is due this week (last one was 4/12). If you go past 6 weeks we'll have to restart you at the lower dose.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Tomás", "NAME"), ("Sublocade 300 mg injection", "MEDICATION"), ("4/12", "DATE")],
     ["substance-use"], "Dosing schedule and restart rule for a buprenorphine injection: dosing instruction; the form word 'injection' goes with the drug (README)."),
    ("bp0024", "Road work alert from Westfield Family Medicine: Recovery Road is closed between Pine St and the Route 9 bridge through Friday. Our lot is open - enter from Pine St.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Recovery Road' is a street; streets named without a number are not labelled (decision 2)."),
)

# ---------------------------------------------------------------- batch 3 (bp0025-bp0036): intake, waitlists, psychiatry meds, telepsychiatry
add(
    ("bp0025", "Subject: Your intake paperwork - Brightwater Counseling\n\nHello Ms. Delacroix,\n\nWelcome to Brightwater Counseling! Before your first appointment on Wednesday, March 18 at 1:00 PM with Jordan Ellis, LPC, please complete these forms in our client portal:\n- Client information and informed consent\n- PHQ-9 and GAD-7 questionnaires\n- Release of information (only if you want us to coordinate with your primary care provider)\n\nIt takes about 20 minutes. Log in at https://portal.brightwater.example/login. If you get stuck, call us at (608) 555-0163 and we'll walk you through it.\n\nWarmly,\nAmira Haddad\nIntake Coordinator, Brightwater Counseling",
     "REWRITE", "other", "email", "en",
     [("Brightwater Counseling", "SPECIALTY", 0), ("Delacroix", "NAME"), ("Brightwater Counseling", "SPECIALTY", 1), ("March 18", "DATE"), ("Jordan Ellis", "PROVIDER"), ("LPC", "SPECIALTY"), ("PHQ-9", "PROCEDURE"), ("GAD-7", "PROCEDURE"), ("https://portal.brightwater.example/login", "URL"), ("(608) 555-0163", "PHONE"), ("Amira Haddad", "PROVIDER"), ("Brightwater Counseling", "SPECIALTY", 2)],
     ["behavioral-health", "practice-contact"], "Intake e-mail: counseling practice name (three times), LPC credential (decision 1), screening questionnaires and the patient's name go; the date, link and phone stay; the intake coordinator is staff (PROVIDER)."),
    ("bp0026", "To finish registering Graham Whitlock (DOB 07/19/2009) for the Adolescent IOP starting Monday, please reply to confirm his Medicaid ID YH4471920 and sign the guardian consent form in the portal. - Admissions, Stillwater Youth Services",
     "BLOCK", "other", "email", "en",
     [("Graham Whitlock", "NAME"), ("07/19/2009", "DATE"), ("IOP", "PROCEDURE"), ("YH4471920", "HEALTH_PLAN_ID")],
     ["behavioral-health", "minor", "third-party", "dob"], "Full date of birth with the name is BLOCK (README), here with a minor's program enrolment and Medicaid ID sent to the guardian; the practice name is generic (decision 14)."),
    ("bp0027", "Lakeside Medical Associates: A new-patient opening is available with Dr. Nadia Ferreira on Mon 2/23 at 11 AM. Reply YES by 5 PM today to claim it.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Nadia Ferreira", "PROVIDER"), ("2/23", "DATE")],
     ["behavioral-health"], "Waitlist offer; the provider is a psychiatrist but the text reveals no service (decision 1)."),
    ("bp0028", "Waitlist update from Mindful Harbor Therapy: you're now #3 for an evening therapist. We'll text you as soon as a spot opens up.",
     "REWRITE", "other", "sms", "en",
     [("Mindful Harbor Therapy", "SPECIALTY"), ("therapist", "SPECIALTY")],
     ["behavioral-health"], "Therapy practice name and 'therapist' reveal behavioral-health care; the waitlist position survives."),
    ("bp0029", "Hi Keisha! You're off the waitlist for our DBT skills group 🎉 First session Thu 1/15, 6-7:30pm. Reply YES to hold your spot.",
     "REWRITE", "other", "sms", "en",
     [("Keisha", "NAME"), ("DBT skills group", "PROCEDURE"), ("1/15", "DATE")],
     ["behavioral-health"], "Named therapy program is one PROCEDURE span (decision 3); name goes; the offer and date survive."),
    ("bp0030", "Dr. Brandt wants you to hold your lithium tonight - your level came back at 1.6, which is high. Please get a repeat draw tomorrow morning and call us if you have shakiness or confusion.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Brandt", "PROVIDER"), ("lithium", "MEDICATION"), ("1.6", "RESULT"), ("high", "RESULT"), ("shakiness", "CONDITION"), ("confusion", "CONDITION")],
     ["behavioral-health"], "Drug level with its flag and a hold instruction: result plus dosing instruction (decision 10); symptoms are conditions (README)."),
    ("bp0031", "Lab reminder: your lithium level must be drawn 12 hours after your evening dose, so hold tomorrow's morning dose until after the draw. Walk-in lab hours 7-11 AM.",
     "BLOCK", "care-instructions", "sms", "en",
     [("lithium level", "PROCEDURE")],
     ["behavioral-health", "lab"], "Judgement (decision 10): the dose-timing instruction around the drug level is the message; removing the test name leaves 'hold tomorrow's morning dose', still a dosing instruction."),
    ("bp0032", "Telepsychiatry visit starts in 15 min. Tap to join: https://meet.example.com/v/7QK2?pt=88310",
     "REWRITE", "reminder", "push", "en",
     [("Telepsychiatry", "SPECIALTY"), ("https://meet.example.com/v/7QK2?pt=88310", "URL")],
     ["behavioral-health"], "Specialty word on a lock screen, and a link with a patient parameter (README: ?pid=/token= -> REWRITE)."),
    ("bp0033", "Your session has expired for your security. Please sign in again to continue.",
     "ALLOW", "other", "push", "en", [],
     ["general", "hard-negative"], "A login session, not a therapy session."),
    ("bp0034", "Hi Owen,\n\nAs we discussed on the phone, Dr. Asante is starting you on Lamictal 25 mg once daily for two weeks, then 50 mg. Stop it and call us right away if you notice a rash. This is for the bipolar II symptoms we talked about; your next visit is 3/30.\n\n- Nurse Pilar, Ridgeway Clinic",
     "BLOCK", "care-instructions", "email", "en",
     [("Owen", "NAME"), ("Dr. Asante", "PROVIDER"), ("Lamictal 25 mg", "MEDICATION"), ("rash", "CONDITION"), ("bipolar II", "CONDITION"), ("3/30", "DATE"), ("Nurse Pilar", "PROVIDER")],
     ["behavioral-health"], "New medication with titration, warning sign and diagnosis: treatment instructions and a diagnosis by e-mail (treated like SMS)."),
    ("bp0035", "Stonebridge Family Medicine is hiring! Peer recovery specialists, therapists and front-desk staff - apply at the front desk or on our website.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A job posting sent to everyone says nothing about the recipient (README broadcasts)."),
    ("bp0036", "hey its Lou ur recovery coach, cant make our 2pm thurs, can we do 3 instead? txt me back",
     "REWRITE", "reminder", "sms", "en",
     [("Lou", "PROVIDER"), ("recovery coach", "SPECIALTY")],
     ["substance-use", "shorthand", "typo"], "The sender is staff (PROVIDER); 'recovery coach' reveals substance-use recovery support (decision 12); the reschedule survives."),
)

# ---------------------------------------------------------------- batch 4 (bp0037-bp0048): EAP, school counselors, crisis lines, detox, relatives
add(
    ("bp0037", "Subject: Your EAP is here for you\n\nTo all Tillman Logistics employees:\n\nOur Employee Assistance Program offers up to 6 free, confidential counseling sessions per concern for you and your household, plus 24/7 phone support and legal and financial consultations. Use is confidential - Tillman never learns who called. Find the EAP number on the HR intranet under Benefits.\n\nPeople & Culture",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Employer broadcast about a benefit, sent to every employee: says nothing about the recipient (README broadcasts, decision 4)."),
    ("bp0038", "Hi Renee,\n\nThis confirms your EAP referral. You have 6 counseling sessions authorized; your counselor is Paul Greer, LMHC, and your first session is 4/7 at 9:00 AM by video. Your case number is EAP-2231907.\n\nClearSky EAP Services",
     "REWRITE", "confirmation", "email", "en",
     [("Renee", "NAME"), ("counseling", "PROCEDURE"), ("counselor", "SPECIALTY"), ("Paul Greer", "PROVIDER"), ("LMHC", "SPECIALTY"), ("4/7", "DATE"), ("EAP-2231907", "OTHER_ID")],
     ["behavioral-health", "identifier"], "'EAP' alone is not labelled (decision 6) but counseling, counselor and LMHC reveal mental-health care; the case number is not needed in the confirmation."),
    ("bp0039", "Hi Mrs. Alvarado, this is Ms. Tran, school counselor at Jefferson Middle. I'd like to check in with Sofia during 3rd period on Thursday - nothing urgent. Call me at (503) 555-0178 with any questions.",
     "REWRITE", "other", "sms", "en",
     [("Alvarado", "NAME"), ("Ms. Tran", "PROVIDER"), ("Sofia", "NAME"), ("(503) 555-0178", "PHONE")],
     ["behavioral-health", "pediatrics", "minor", "practice-contact", "contrast"], "Judgement (decision 6): a school counselor is not a clinical specialty; parent's and child's names go, the meeting request survives. Contrast bp0040."),
    ("bp0040", "Mrs. Alvarado, following up on today: Sofia shared some thoughts of self-harm with me, and I've made a referral to Bayside Youth Behavioral Health. Please call me before 4 today. - Ms. Tran",
     "BLOCK", "other", "sms", "en",
     [("Alvarado", "NAME"), ("Sofia", "NAME"), ("thoughts of self-harm", "CONDITION"), ("Bayside Youth Behavioral Health", "SPECIALTY"), ("Ms. Tran", "PROVIDER")],
     ["behavioral-health", "pediatrics", "minor", "third-party", "contrast"], "A child's self-harm risk told to the parent by text: a third party's condition (README) - call instead."),
    ("bp0041", "Hi, this is the Tri-County Crisis Line following up on your call Saturday night. How are you doing today? Reply anytime, or call/text 988 if you need us sooner.",
     "REWRITE", "other", "sms", "en",
     [("Tri-County Crisis Line", "SPECIALTY")],
     ["behavioral-health"], "Judgement (decision 12): the crisis line's own name reveals a mental-health crisis contact; 'following up on your call' survives; 988 is not a phone identifier."),
    ("bp0042", "Don't panic if you get a call from a new number - our office lines moved to a new phone company this week. Same office, same staff. - Birchwood Primary Care",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'panic' is everyday speech, not a panic disorder."),
    ("bp0043", "Pinecrest Health Plan: Feeling stressed this holiday season? You're not alone. Call or text 988 any time, day or night. Reply STOP to opt out.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Health-plan broadcast to all members; 988 is not a phone identifier (README, decision 4)."),
    ("bp0044", "Hi, this message is for Darnell Hughes. This is Kim from Clearwater Recovery Center calling about your admission to our residential detox program. A bed opened up for tomorrow at 9 AM. Please call us back at (614) 555-0188 to confirm.",
     "REWRITE", "reminder", "voice", "en",
     [("Darnell Hughes", "NAME"), ("Kim", "PROVIDER"), ("Clearwater Recovery Center", "SPECIALTY"), ("residential detox", "PROCEDURE"), ("(614) 555-0188", "PHONE")],
     ["substance-use", "practice-contact"], "Voicemail is treated like SMS (README); name, program name and service go; 'program' stays outside as a generic word; the call-back request survives."),
    ("bp0045", "Hi Carla, it's Dev from Northside IOP. Just letting you know Marco missed group today and last Thursday. Can you have him give us a call?",
     "BLOCK", "other", "sms", "en",
     [("Carla", "NAME"), ("Dev", "PROVIDER"), ("Northside IOP", "SPECIALTY"), ("Marco", "NAME"), ("group", "PROCEDURE")],
     ["substance-use", "behavioral-health", "third-party"], "An adult patient's treatment attendance told to a relative: third party's health, Part 2 needs consent (decision 7)."),
    ("bp0046", "Northgate Internal Medicine: Questions about your bill? Our financial counselor can help you set up a payment plan or apply for assistance. Call the billing office Mon-Fri 8-4.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "A financial counselor is billing staff, not a therapist (decision 6)."),
    ("bp0047", "Your appointment with Dr. Sun at Evergreen Psychiatric Associates is Wed 6/10 at 2:15 PM. Please arrive 15 min early to fill out a brief questionnaire.",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Sun", "PROVIDER"), ("Evergreen Psychiatric Associates", "SPECIALTY"), ("6/10", "DATE")],
     ["behavioral-health", "contrast"], "Specialty-revealing practice name goes; provider, date and time survive. Contrast bp0048."),
    ("bp0048", "Your appointment with Dr. Sun is Wed 6/10 at 2:15 PM. Please arrive 15 min early to fill out a brief questionnaire.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Sun", "PROVIDER"), ("6/10", "DATE")],
     ["behavioral-health", "contrast"], "The same reminder without the practice name: provider, date and time only (decision 1). Contrast bp0047."),
)

# ---------------------------------------------------------------- batch 5 (bp0049-bp0060): Spanish (terapia, grupos, metadona, afiliados) and an intake confirmation
add(
    ("bp0049", "Hola Guadalupe, le recordamos su cita de terapia con la Lic. Ramírez el jueves 14 de marzo a las 4:00 pm. Responda SI para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Guadalupe", "NAME"), ("terapia", "PROCEDURE"), ("Lic. Ramírez", "PROVIDER"), ("14 de marzo", "DATE")],
     ["behavioral-health"], "Name and visit type go; 'Lic.' is a generic title (decision 1); provider, date and time survive."),
    ("bp0050", "Centro Médico del Valle: su cita con el Dr. Esteban Ruiz es mañana martes a las 10:30 am. Favor de llegar 10 minutos antes.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Esteban Ruiz", "PROVIDER")],
     ["behavioral-health"], "Subtle: Dr. Ruiz is a psychiatrist, but the text reveals no service (decision 1)."),
    ("bp0051", "Clínica de Salud Mental Horizonte: su grupo de apoyo de los martes cambia de salón; a partir de esta semana es en el salón 3. ¡Los esperamos!",
     "REWRITE", "other", "sms", "es",
     [("Clínica de Salud Mental Horizonte", "SPECIALTY"), ("grupo de apoyo", "PROCEDURE")],
     ["behavioral-health"], "Mental-health clinic name and the recipient's support group go (decisions 3, 4); the room change survives."),
    ("bp0052", "Sr. Paredes, su prueba de orina del 2 de febrero salió positiva a fentanilo. Su consejero hablará con usted en su próxima cita.",
     "BLOCK", "result", "sms", "es",
     [("Paredes", "NAME"), ("prueba de orina", "PROCEDURE"), ("2 de febrero", "DATE"), ("positiva", "RESULT"), ("fentanilo", "MEDICATION"), ("consejero", "SPECIALTY")],
     ["substance-use"], "Drug-screen result (README: substance in a drug-screen result is MEDICATION; substance-use consejero is SPECIALTY)."),
    ("bp0053", "Aviso: a partir del lunes 3 de agosto, el horario de dosificación de metadona será de 6:00 a 11:00 am, de lunes a sábado. Gracias por su comprensión.",
     "REWRITE", "other", "sms", "es",
     [("3 de agosto", "DATE"), ("dosificación", "PROCEDURE"), ("metadona", "MEDICATION")],
     ["substance-use", "broadcast"], "Program broadcast to its own patients: 'dosificación de metadona' reveals OTP enrolment (decisions 4, 8); the new hours survive."),
    ("bp0054", "Clínica Familiar San Marcos: por la depresión tropical que se acerca, cerraremos hoy a las 2:00 pm. Si tiene cita en la tarde, le llamaremos para reprogramar.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "A tropical depression is weather, not a diagnosis."),
    ("bp0055", "Hola Martín, el Dr. Villalobos le subió la sertralina a 100 mg diarios por la ansiedad. Empiece mañana y si siente mareos avísenos.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Martín", "NAME"), ("Dr. Villalobos", "PROVIDER"), ("sertralina", "MEDICATION"), ("ansiedad", "CONDITION"), ("mareos", "CONDITION")],
     ["behavioral-health"], "Dose change with its diagnosis and a warning symptom: dosing instruction (DESIGN)."),
    ("bp0056", "Farmacia La Económica: su receta de buprenorfina/naloxona 8 mg/2 mg está lista para recoger. Horario: 9 am a 8 pm.",
     "REWRITE", "pickup", "sms", "es",
     [("buprenorfina/naloxona 8 mg/2 mg", "MEDICATION")],
     ["substance-use", "pharmacy", "contrast"], "Medication name in a pickup notice (DESIGN); the pickup survives. Contrast bp0092."),
    ("bp0057", "Buenas tardes Sra. Ochoa, le escribe Yesenia de Recuperación Integral. Su hijo Kevin tiene cita con el consejero el viernes a las 3, saliendo de la escuela. Cualquier cosa me avisa 🙏",
     "REWRITE", "reminder", "sms", "es",
     [("Ochoa", "NAME"), ("Yesenia", "PROVIDER"), ("Recuperación Integral", "SPECIALTY"), ("Kevin", "NAME"), ("consejero", "SPECIALTY")],
     ["substance-use", "minor", "third-party"], "Judgement (decision 5): a dependent's counseling logistics with the program name and counselor are REWRITE like a specialty name; no condition, drug or result is named."),
    ("bp0058", "Asunto: Mayo, Mes de la Salud Mental\n\nEstimado afiliado:\n\nEn mayo nos unimos al Mes de la Salud Mental. Le recordamos que su plan de Seguros Alianza incluye consultas de salud mental por video sin costo adicional, y nuestra línea de enfermería atiende las 24 horas. Pequeños pasos ayudan: caminar, dormir a horas regulares y hablar con alguien de confianza. Si usted o alguien que conoce está en crisis, llame o envíe un mensaje de texto al 988.\n\nSaludos cordiales,\nServicio al Afiliado, Seguros Alianza",
     "ALLOW", "marketing", "email", "es", [],
     ["general", "broadcast", "hard-negative"], "Awareness-month broadcast from an insurer to all members (README broadcasts, decision 4)."),
    ("bp0059", "Buenos días, este mensaje es para Rosa Elena Fuentes. Habla la enfermera Inés del programa de metadona. Usted faltó a su dosis ayer y hoy; si falta tres días seguidos, tendremos que bajarle la dosis. Por favor llámenos al (305) 555-0124.",
     "BLOCK", "care-instructions", "voice", "es",
     [("Rosa Elena Fuentes", "NAME"), ("enfermera Inés", "PROVIDER"), ("metadona", "MEDICATION"), ("(305) 555-0124", "PHONE")],
     ["substance-use", "practice-contact"], "Missed-dose voicemail with its dosing consequence (decision 8); voice is treated like SMS."),
    ("bp0060", "Thanks for completing your intake call! Your first appointment is confirmed - watch your inbox for our welcome packet. - Oak Hollow Health",
     "ALLOW", "confirmation", "sms", "en", [],
     ["behavioral-health", "hard-negative"], "'Intake' is a generic new-patient step and the practice name is generic (decisions 13, 14)."),
)

# ---------------------------------------------------------------- batch 6 (bp0061-bp0072): disguises, UDS by channel, therapist's name, naloxone
add(
    ("bp0061", "Reminder: your m e t h a d o n e pickup window tomorrow is 6-9am. Bring your ID.",
     "REWRITE", "pickup", "sms", "en",
     [("m e t h a d o n e", "MEDICATION")],
     ["substance-use", "spaced"], "Spaced-letter disguise of the drug name in a pickup notice; the span covers the disguised text."),
    ("bp0062", "Your Sub\u200box\u200bone refill is ready at Main Street Pharmacy. Please pick up by Friday.",
     "REWRITE", "pickup", "sms", "en",
     [("Sub\u200box\u200bone", "MEDICATION")],
     ["substance-use", "pharmacy"], "Zero-width spaces inside the brand name; medication name in a pickup notice (DESIGN)."),
    ("bp0063", "Reminder: \u0440sychiatry follow-up with Dr. Lindqvist on 8/19 at 1:40 PM. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("\u0440sychiatry", "SPECIALTY"), ("Dr. Lindqvist", "PROVIDER"), ("8/19", "DATE")],
     ["behavioral-health"], "Cyrillic er (U+0440) in place of the Latin p; the specialty word goes, 'follow-up' stays outside as generic."),
    ("bp0064", "ur UD5 came back p0sitive 4 c0caine, counselor needs 2 see u b4 dosing tmrw",
     "BLOCK", "result", "sms", "en",
     [("UD5", "PROCEDURE"), ("p0sitive", "RESULT"), ("c0caine", "MEDICATION"), ("counselor", "SPECIALTY"), ("dosing", "PROCEDURE")],
     ["substance-use", "leet", "shorthand"], "Leetspeak drug-screen result: a result (README) whatever the spelling."),
    ("bp0065", "Your urine drug screen from 5/6 was negative for all substances tested, including fentanyl. Nice work staying on track - see you at your next visit. - Maya Osei, CADC",
     "ALLOW", "result", "portal", "en",
     [("urine drug screen", "PROCEDURE"), ("5/6", "DATE"), ("negative", "RESULT"), ("fentanyl", "MEDICATION"), ("Maya Osei", "PROVIDER"), ("CADC", "SPECIALTY")],
     ["substance-use", "contrast"], "In the secure portal a result may stay (README channel convention). Contrast bp0066."),
    ("bp0066", "Subject: Your UDS result\n\nHi Andre,\n\nGood news: your urine drug screen from 5/6 came back negative for everything we test for, fentanyl included. Keep it up, and see you Thursday.\n\nMaya Osei, CADC",
     "BLOCK", "result", "email", "en",
     [("UDS", "PROCEDURE"), ("Andre", "NAME"), ("urine drug screen", "PROCEDURE"), ("5/6", "DATE"), ("negative", "RESULT"), ("fentanyl", "MEDICATION"), ("Maya Osei", "PROVIDER"), ("CADC", "SPECIALTY")],
     ["substance-use", "contrast"], "A negative result is still a result (README); e-mail is treated like SMS. Contrast bp0065."),
    ("bp0067", "Forgot your password? Use account recovery code 482913 on the sign-in page. It expires in 10 minutes.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "Account recovery, not addiction recovery; a one-time code is not an identifier of the patient (README)."),
    ("bp0068", "Harvest Hills Family Practice: During construction, overflow parking is available at Grace Methodist Church across the street.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Methodist' is not 'meth'; a parking notice to everyone."),
    ("bp0069", "Hi Priscilla, your therapist Dana Wolfe had to cancel Friday's 10am. She can see you Mon 7/13 at 10 instead - reply 1 to accept.",
     "REWRITE", "reminder", "sms", "en",
     [("Priscilla", "NAME"), ("therapist", "SPECIALTY"), ("Dana Wolfe", "PROVIDER"), ("7/13", "DATE")],
     ["behavioral-health", "contrast"], "The role word 'therapist' reveals the service and the patient is named; the reschedule survives. Contrast bp0070."),
    ("bp0070", "Your Friday 10am appointment with Dana Wolfe has been cancelled. She can see you Mon 7/13 at 10 instead - reply 1 to accept.",
     "ALLOW", "reminder", "sms", "en",
     [("Dana Wolfe", "PROVIDER"), ("7/13", "DATE")],
     ["behavioral-health", "contrast"], "Subtle: the therapist's name alone, as the person the patient sees, is PROVIDER and reveals no service (decision 1). Contrast bp0069."),
    ("bp0071", "Hello Mr. Castellanos,\n\nThis is a reminder that your monthly Vivitrol injection is due next week. Please call Summit Addiction Medicine at (720) 555-0119 to book a time with our nurse. As always, no opioids of any kind - including cough syrup with codeine - for 7 days before the shot.\n\nThank you,\nSummit Addiction Medicine",
     "BLOCK", "care-instructions", "email", "en",
     [("Castellanos", "NAME"), ("Vivitrol injection", "MEDICATION"), ("Summit Addiction Medicine", "SPECIALTY", 0), ("(720) 555-0119", "PHONE"), ("opioids", "MEDICATION"), ("codeine", "MEDICATION"), ("Summit Addiction Medicine", "SPECIALTY", 1)],
     ["substance-use", "practice-contact"], "Judgement: 'due next week, call to book' alone would be scheduling (REWRITE), but the opioid-free window before the shot is a treatment instruction the rewrite cannot keep (DESIGN)."),
    ("bp0072", "Hi Brianna, after last weekend's overdose please keep the Narcan kit we gave you where your roommate can reach it, and don't use alone. Call me anytime - Eli (peer support)",
     "BLOCK", "care-instructions", "sms", "en",
     [("Brianna", "NAME"), ("overdose", "CONDITION"), ("Narcan kit", "MEDICATION"), ("Eli", "PROVIDER"), ("peer support", "SPECIALTY")],
     ["substance-use"], "An overdose and harm-reduction instructions are the message (decisions 12, 15)."),
)

# ---------------------------------------------------------------- batch 7 (bp0073-bp0084): IOP/PHP, ADHD, stimulants, billing, interventional psychiatry
add(
    ("bp0073", "Cedar Grove IOP: group starts at 9 AM sharp tomorrow - doors lock at 9:10. Lunch is provided.",
     "REWRITE", "reminder", "sms", "en",
     [("Cedar Grove IOP", "SPECIALTY"), ("group", "PROCEDURE")],
     ["behavioral-health", "substance-use"], "A program name ending in IOP reveals intensive outpatient treatment; 'group' is the visit type (decision 3)."),
    ("bp0074", "Dear Mr. and Mrs. Novak,\n\nLily completed the partial hospitalization program today - she worked really hard, and the whole team is proud of her. Her discharge plan:\n- Continue fluoxetine 20 mg every morning\n- Weekly therapy with Dr. Hale starting Tuesday\n- Weekly weight checks with her pediatrician for the eating disorder\n- Family-based treatment sessions every other Thursday\n\nPlease call us with any concerns. A copy of the plan is in the portal.\n\nWarm regards,\nThe PHP Team, Meadowlark Center",
     "BLOCK", "care-instructions", "email", "en",
     [("Novak", "NAME"), ("Lily", "NAME"), ("partial hospitalization", "PROCEDURE"), ("fluoxetine 20 mg", "MEDICATION"), ("therapy", "PROCEDURE"), ("Dr. Hale", "PROVIDER"), ("weight checks", "PROCEDURE"), ("pediatrician", "SPECIALTY"), ("eating disorder", "CONDITION"), ("Family-based treatment", "PROCEDURE"), ("PHP", "PROCEDURE")],
     ["behavioral-health", "minor", "third-party"], "A child's diagnosis, medication and discharge plan sent to the parents by e-mail: third party's health and treatment instructions; 'program' stays outside (decision 15)."),
    ("bp0075", "Reminder: Mateo's ADHD evaluation with Dr. Kaur is Tues 10/20 at 8 AM. Please ask his teacher to send back the rating scales beforehand.",
     "BLOCK", "reminder", "sms", "en",
     [("Mateo", "NAME"), ("ADHD", "CONDITION"), ("Dr. Kaur", "PROVIDER"), ("10/20", "DATE"), ("rating scales", "PROCEDURE")],
     ["behavioral-health", "pediatrics", "minor", "third-party", "contrast"], "A dependent's condition used as a visit label is BLOCK (README: 'Sofia's asthma check'; decision 5). Contrast bp0076."),
    ("bp0076", "Reminder: your ADHD evaluation with Dr. Kaur is Tues 10/20 at 8 AM. Plan on about 3 hours, and bring your glasses if you wear them.",
     "REWRITE", "reminder", "sms", "en",
     [("ADHD", "CONDITION"), ("Dr. Kaur", "PROVIDER"), ("10/20", "DATE")],
     ["behavioral-health", "contrast"], "The patient's own condition as a visit label: the condition goes, 'evaluation' stays (README). Contrast bp0075."),
    ("bp0077", "Your Adderall XR 20mg can't be refilled until 11/4 under state rules. Dr. Pham also wants you to skip it on weekends from now on.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Adderall XR 20mg", "MEDICATION"), ("11/4", "DATE"), ("Dr. Pham", "PROVIDER")],
     ["behavioral-health", "pharmacy"], "Controlled-stimulant refill date plus a dosing instruction (skip on weekends)."),
    ("bp0078", "Statement ready from Juniper Health Partners: balance $45.00 for your 3/3 visit. Pay at pay.juniperhp.example or call (215) 555-0133.",
     "ALLOW", "billing", "sms", "en",
     [("3/3", "DATE"), ("pay.juniperhp.example", "URL"), ("(215) 555-0133", "PHONE")],
     ["behavioral-health", "practice-contact"], "A therapy practice with a generic name (decision 14); balance, visit date and the practice's own link and phone."),
    ("bp0079", "Your October statement from Quiet Waters Psychotherapy: 4 sessions of individual psychotherapy (CPT 90837), insurance paid $412.00, your balance is $240.00. Account 77120-04. Pay online or call (860) 555-0127.",
     "REWRITE", "billing", "email", "en",
     [("Quiet Waters Psychotherapy", "SPECIALTY"), ("individual psychotherapy", "PROCEDURE"), ("90837", "PROCEDURE"), ("77120-04", "ACCOUNT"), ("(860) 555-0127", "PHONE")],
     ["behavioral-health", "practice-contact"], "Practice name, service and the CPT code that names it go (decision 9); the account number is not needed to say a balance is due."),
    ("bp0080", "Alder Park Family Medicine will be closed Friday for our annual staff Mental Health Day. Regular hours resume Monday at 8 AM.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A staff day off announced to everyone; nothing about the recipient."),
    ("bp0081", "Reminder: your Spravato 84 mg session is tomorrow at 9 AM. No food for 2 hours and no liquids for 30 minutes beforehand; you'll be monitored for 2 hours after the dose and can't drive until the next day.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Spravato 84 mg", "MEDICATION")],
     ["behavioral-health"], "Judgement: fasting, monitoring and driving rules around a named dose are treatment instructions (DESIGN); 'session' is generic (decision 13)."),
    ("bp0082", "Hi Gloria, your ECT #6 is Wed at 7 AM. Nothing to eat or drink after midnight, and skip your bedtime lorazepam the night before - Dr. Mbeki will adjust it after.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Gloria", "NAME"), ("ECT", "PROCEDURE"), ("lorazepam", "MEDICATION"), ("Dr. Mbeki", "PROVIDER")],
     ["behavioral-health"], "Procedure plus a medication-hold instruction: dosing instruction (DESIGN)."),
    ("bp0083", "You're still on our waitlist - no action needed. We'll text you when an opening comes up. Reply REMOVE to leave the list.",
     "ALLOW", "other", "sms", "en", [],
     ["behavioral-health"], "Waitlist update that names no service, practice or person."),
    ("bp0084", "Maple Valley Family Medicine: the Sober October 5K fun run starts at 8 AM Saturday at Riverside Park. Everyone's welcome - sign up at the front desk!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Sober October' is a community event sent to everyone; October alone is not a date (README)."),
)

# ---------------------------------------------------------------- batch 8 (bp0085-bp0096): Spanish (grupos, litio, admisiones, familiares, telepsiquiatría)
add(
    ("bp0085", "hola buenas, le recuerdo q mañana tiene su grupo a las 6 en el Centro Esperanza. saludos",
     "REWRITE", "reminder", "sms", "es",
     [("grupo", "PROCEDURE")],
     ["behavioral-health", "shorthand"], "Subtle: the centre's name is generic (decision 14) but 'su grupo' names the visit type (decision 3)."),
    ("bp0086", "Don Aurelio, la psiquiatra revisó sus laboratorios: el nivel de litio salió en 0.4, muy bajo. Tiene que tomar 2 tabletas en la noche en vez de 1.",
     "BLOCK", "result", "sms", "es",
     [("Aurelio", "NAME"), ("psiquiatra", "SPECIALTY"), ("nivel de litio", "PROCEDURE"), ("0.4", "RESULT"), ("muy bajo", "RESULT")],
     ["behavioral-health"], "Drug level, its flag and a dose change (decision 10); 'Don' stays outside the name (README)."),
    ("bp0087", "Free community class: 'Stress Less' mindfulness and breathing basics, Thursday at 6 PM in our community room. Open to all - no sign-up needed. - Alder Park Family Medicine",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A wellness class open to everyone says nothing about the recipient (README broadcasts)."),
    ("bp0088", "Estimada Sra. Beltrán:\n\nLe damos la bienvenida al Centro de Psicología Amanecer. Antes de su primera consulta el 22 de abril, por favor llene los cuestionarios PHQ-9 y GAD-7 en nuestro portal: https://portal.amanecer.example. Si necesita ayuda, llame al (956) 555-0146.\n\nAtentamente,\nLic. Norma Treviño\nCoordinadora de Admisiones",
     "REWRITE", "other", "email", "es",
     [("Beltrán", "NAME"), ("Centro de Psicología Amanecer", "SPECIALTY"), ("22 de abril", "DATE"), ("PHQ-9", "PROCEDURE"), ("GAD-7", "PROCEDURE"), ("https://portal.amanecer.example", "URL"), ("(956) 555-0146", "PHONE"), ("Lic. Norma Treviño", "PROVIDER")],
     ["behavioral-health", "practice-contact"], "Intake e-mail: psychology practice name, screening questionnaires and the patient's name go; the date, the practice's link and phone stay."),
    ("bp0089", "Sra. Medina, le informamos que su esposo Raúl no se ha presentado a su tratamiento de metadona esta semana. Por favor dígale que nos llame.",
     "BLOCK", "other", "sms", "es",
     [("Medina", "NAME"), ("Raúl", "NAME"), ("metadona", "MEDICATION")],
     ["substance-use", "third-party"], "An adult patient's methadone treatment told to his wife: third party's health, Part 2 (decision 7)."),
    ("bp0090", "Su consulta de telepsiquiatría comienza en 10 minutos. Entre aquí: https://video.example.com/s/K8W2?p=5510",
     "REWRITE", "reminder", "sms", "es",
     [("telepsiquiatría", "SPECIALTY"), ("https://video.example.com/s/K8W2?p=5510", "URL")],
     ["behavioral-health"], "Specialty word and a link with a patient parameter (README)."),
    ("bp0091", "Clínica Familiar Loma Linda: el estacionamiento de la avenida La Recuperación estará cerrado el sábado por obras. Use la entrada de la calle Olivo.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'La Recuperación' is an avenue; streets without a number are not labelled (decision 2)."),
    ("bp0092", "Farmacia San José: su receta ya está lista. Puede pasar por ella de 9 am a 7 pm. Responda BAJA para no recibir mensajes.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "contrast"], "Pickup notice without the drug name. Contrast bp0056."),
    ("bp0093", "Hola Daniela, soy tu terapeuta Marisol. Si esta noche vuelven los pensamientos de hacerte daño, usa tu plan de seguridad y llama o escribe al 988. Mañana te marco.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Daniela", "NAME"), ("terapeuta", "SPECIALTY"), ("Marisol", "PROVIDER"), ("pensamientos de hacerte daño", "CONDITION"), ("plan de seguridad", "PROCEDURE")],
     ["behavioral-health"], "Safety-plan follow-up naming self-harm thoughts (decision 11)."),
    ("bp0094", "Línea de apoyo para todos nuestros afiliados: si usted o alguien que conoce necesita apoyo emocional, llame o envíe un mensaje al 988, las 24 horas. - Seguros Vida Plena",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Insurer broadcast to all members; 988 is not a phone identifier (README, decision 4)."),
    ("bp0095", "Centro de Recuperación Luz del Norte: su cita con su consejera es el lunes 12 de octubre a las 10 am. Traiga su identificación.",
     "REWRITE", "reminder", "sms", "es",
     [("Centro de Recuperación Luz del Norte", "SPECIALTY"), ("consejera", "SPECIALTY"), ("12 de octubre", "DATE")],
     ["substance-use"], "Recovery-centre name and its counselor reveal substance-use treatment (README: consejero); date and time survive."),
    ("bp0096", "Mensaje para Juan Carlos Pineda, fecha de nacimiento 3 de noviembre de 1988. Le llamamos de Servicios de Salud Conductual del Condado para confirmar su evaluación psiquiátrica del jueves.",
     "BLOCK", "reminder", "voice", "es",
     [("Juan Carlos Pineda", "NAME"), ("3 de noviembre de 1988", "DATE"), ("Servicios de Salud Conductual del Condado", "SPECIALTY"), ("evaluación psiquiátrica", "PROCEDURE")],
     ["behavioral-health", "dob"], "Full date of birth with the name is BLOCK (README), on a voicemail that also names a psychiatric evaluation."),
)

# ---------------------------------------------------------------- batch 9 (bp0097-bp0108): clozapine, group schedules, probation, portal notices, recovery housing
add(
    ("bp0097", "The Recovery Room café in our lobby is now open 7 AM-3 PM. Grab a coffee before your visit! - Westfield Family Medicine",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "A café's name, sent to everyone; not a recovery program."),
    ("bp0098", "Hi Jasmine, we can't release your clozapine this week because your ANC came back at 1,100. Dr. Roth wants a repeat CBC tomorrow before noon.",
     "BLOCK", "result", "sms", "en",
     [("Jasmine", "NAME"), ("clozapine", "MEDICATION"), ("ANC", "PROCEDURE"), ("1,100", "RESULT"), ("Dr. Roth", "PROVIDER"), ("CBC", "PROCEDURE")],
     ["behavioral-health", "lab", "contrast"], "Lab value that stops a medication (decision 10). Contrast bp0099."),
    ("bp0099", "Reminder: your weekly blood draw is due by Thursday. Walk-ins welcome at our lab 7-11 AM, no fasting needed.",
     "ALLOW", "reminder", "sms", "en", [],
     ["lab", "contrast"], "'blood draw' is generic (README generic words, decision 13); nothing names the drug or test. Contrast bp0098."),
    ("bp0100", "Hello, this is an automated reminder from Greenleaf Health about an appointment on Thursday, October 15 at 2 PM with Dr. Hollis. Press 1 to confirm, or press 2 to reschedule.",
     "ALLOW", "reminder", "voice", "en",
     [("October 15", "DATE"), ("Dr. Hollis", "PROVIDER")],
     ["behavioral-health"], "IVR reminder with provider, date and time; the practice name is generic and the provider's specialty is not said (decision 1)."),
    ("bp0101", "Subject: Winter schedule at Open Door Recovery\n\nHi everyone,\n\nHere is the schedule starting the week of January 12:\n- Monday 6-7:30 PM: Relapse Prevention with Sam Whitaker, LCADC (Room 2)\n- Wednesday 12-1 PM: Seeking Safety (women only, Room 4)\n- Friday 10-11:30 AM: MAT education and Q&A with our nurse\n\nIf you need a signed attendance sheet for court, probation or work, ask at the front desk before you leave. Snow closures will be posted by 6 AM on our voicemail.\n\nOpen Door Recovery\n48 Orchard Lane, Suite 200, Hamden, CT 06514\n(203) 555-0161",
     "REWRITE", "other", "email", "en",
     [("Open Door Recovery", "SPECIALTY", 0), ("January 12", "DATE"), ("Relapse Prevention", "PROCEDURE"), ("Sam Whitaker", "PROVIDER"), ("LCADC", "SPECIALTY"), ("Seeking Safety", "PROCEDURE"), ("MAT", "PROCEDURE"), ("Open Door Recovery", "SPECIALTY", 1), ("48 Orchard Lane, Suite 200, Hamden, CT 06514", "ADDRESS"), ("(203) 555-0161", "PHONE")],
     ["substance-use", "broadcast", "practice-contact"], "Group schedule sent to the program's own patients (decision 4): program name, group names and LCADC go (decisions 1, 15); the times, rooms and the practice's address and phone stay."),
    ("bp0102", "To: Hampden County Probation, attn. supervising officer\nRe: Tyler Brooks, DOB 02/14/1996\n\nThis letter confirms that Mr. Brooks attended 11 of 12 IOP sessions between 8/4 and 9/26. Urine drug screens on 9/2 and 9/16 were negative. He remains in treatment.\n\nLena Ortiz, LCSW\nClinical Director",
     "BLOCK", "other", "email", "en",
     [("Tyler Brooks", "NAME"), ("02/14/1996", "DATE"), ("Mr. [[Brooks]]", "NAME"), ("IOP", "PROCEDURE"), ("8/4", "DATE"), ("9/26", "DATE"), ("Urine drug screens", "PROCEDURE"), ("on [[9/2]]", "DATE"), ("9/16", "DATE"), ("negative", "RESULT"), ("Lena Ortiz", "PROVIDER"), ("LCSW", "SPECIALTY")],
     ["substance-use", "third-party", "dob"], "Full DOB with the name, attendance and drug-screen results sent to a probation office by unencrypted e-mail: BLOCK (README); use the secure channel the consent names."),
    ("bp0103", "A new after-visit summary from your 4/21 visit with Dr. Ibáñez (psychiatry) is ready. Medication change: bupropion XL 300 mg once daily. Questions? Reply here.",
     "ALLOW", "portal-notice", "portal", "en",
     [("4/21", "DATE"), ("Dr. Ibáñez", "PROVIDER"), ("psychiatry", "SPECIALTY"), ("bupropion XL 300 mg", "MEDICATION")],
     ["behavioral-health"], "Inside the secure portal a specialty and dose may stay (README channel convention)."),
    ("bp0104", "You have a new message from your care team at Ridgeway Behavioral Health. Log in to read it: portal.ridgeway.example",
     "REWRITE", "portal-notice", "sms", "en",
     [("Ridgeway Behavioral Health", "SPECIALTY"), ("portal.ridgeway.example", "URL")],
     ["behavioral-health", "practice-contact", "contrast"], "Notification without PHI except the specialty-revealing practice name. Contrast bp0105."),
    ("bp0105", "You have a new message from your care team. Log in to read it: portal.ridgeway.example",
     "ALLOW", "portal-notice", "sms", "en",
     [("portal.ridgeway.example", "URL")],
     ["behavioral-health", "practice-contact", "contrast"], "The safe pattern: says that a message is waiting, with the practice's own link. Contrast bp0104."),
    ("bp0106", "Hi, Ms. Patel from Horizon House here - your move-in is confirmed for Sat 3/7 at noon. Please bring a photo ID and your signed house agreement.",
     "ALLOW", "confirmation", "sms", "en",
     [("Ms. Patel", "PROVIDER"), ("3/7", "DATE")],
     ["substance-use"], "Subtle: Horizon House is a recovery residence, but its name reveals nothing (decision 14); the staff sender is PROVIDER; 'house agreement' is generic (decision 13)."),
    ("bp0107", "Free naloxone kits are available at every Cornerstone Pharmacy location - no prescription needed. Ask at the counter.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "hard-negative", "broadcast"], "Public-health broadcast from a pharmacy to all customers (decision 4): no span even though a drug is named."),
    ("bp0108", "Rmndr: ur apt w/ Dr Kowalski @ Lakeshore Psychatric is tmrw 11:15am. Reply C to confrm",
     "REWRITE", "reminder", "sms", "en",
     [("Dr Kowalski", "PROVIDER"), ("Lakeshore Psychatric", "SPECIALTY")],
     ["behavioral-health", "typo", "shorthand"], "Misspelled specialty-revealing practice name in SMS shorthand."),
)

# ---------------------------------------------------------------- batch 10 (bp0109-bp0120): school, Spanish results, induction letter, older adults, eating disorders
add(
    ("bp0109", "Buenas tardes Sr. Gutiérrez, soy la Sra. Lozano, consejera escolar de la Secundaria Benito Juárez. Me gustaría reunirme con usted y con Alexis el miércoles. Llámeme al (915) 555-0172.",
     "REWRITE", "other", "sms", "es",
     [("Gutiérrez", "NAME"), ("Sra. Lozano", "PROVIDER"), ("Alexis", "NAME"), ("(915) 555-0172", "PHONE")],
     ["behavioral-health", "pediatrics", "minor", "practice-contact"], "Judgement (decision 6): a school counselor is not a clinical specialty; parent's and student's names go, the meeting request survives."),
    ("bp0110", "Grupo Médico San Ángel: su cita es el martes 8 de septiembre a las 9:00 am. Responda 1 para confirmar o 2 para cancelar.",
     "ALLOW", "reminder", "sms", "es",
     [("8 de septiembre", "DATE")],
     ["general"], "'Grupo' in a practice name is not a treatment group (decision 3)."),
    ("bp0111", "Hola Karla, tu cuestionario PHQ-9 salió en 21, lo que indica depresión severa. La Dra. Salas quiere verte esta semana.",
     "BLOCK", "result", "sms", "es",
     [("Karla", "NAME"), ("PHQ-9", "PROCEDURE"), ("en [[21]]", "RESULT"), ("depresión severa", "CONDITION"), ("Dra. Salas", "PROVIDER")],
     ["behavioral-health"], "Screening score with its interpretation as a diagnosis: result and finding (README)."),
    ("bp0112", "Recordatorio: su cita con la Lic. Ibarra es el 17 de noviembre a las 3 pm. Si no puede asistir, avísenos con 24 horas de anticipación.",
     "ALLOW", "reminder", "sms", "es",
     [("Lic. Ibarra", "PROVIDER"), ("17 de noviembre", "DATE")],
     ["behavioral-health"], "Subtle: Lic. Ibarra is a psychologist, but 'Lic.' is a generic title (decision 1); provider, date and time only."),
    ("bp0113", "Resultado de su prueba de orina del 10 de enero: negativa para todas las sustancias. ¡Siga así! - Equipo de Recuperación",
     "ALLOW", "result", "portal", "es",
     [("prueba de orina", "PROCEDURE"), ("10 de enero", "DATE"), ("negativa", "RESULT"), ("Equipo de Recuperación", "SPECIALTY")],
     ["substance-use", "contrast"], "In the secure portal a result may stay (README channel convention); contrast bp0052."),
    ("bp0114", "Subject: Your start date at Beacon Street Recovery Clinic\n\nHi Colin,\n\nWelcome back - we're glad you reached out. Your buprenorphine induction is set for Monday at 8:00 AM with Dr. Amari. To start safely you need to be in mild withdrawal when you arrive, so please don't take any opioids for at least 12 hours before (24 hours if it's methadone). Eat breakfast, bring any meds you take, and plan to stay about 2 hours.\n\nYour insurance is already verified and there is no copay for this visit. If Monday no longer works, please call us by Friday noon so we can offer the slot to someone on our waitlist - we'll find you another start date the same week.\n\nWe're at 310 Beacon St, 2nd floor (the door next to the bakery). Street parking is free before 9, and the Route 39 bus stops at the corner. Questions? Call (617) 555-0193, Monday to Friday 7 AM to 5 PM.\n\nSee you Monday,\nTasha Greene, RN\nBeacon Street Recovery Clinic",
     "BLOCK", "care-instructions", "email", "en",
     [("Beacon Street Recovery Clinic", "SPECIALTY", 0), ("Colin", "NAME"), ("buprenorphine", "MEDICATION"), ("induction", "PROCEDURE"), ("Dr. Amari", "PROVIDER"), ("withdrawal", "CONDITION"), ("opioids", "MEDICATION"), ("methadone", "MEDICATION"), ("310 Beacon St", "ADDRESS"), ("(617) 555-0193", "PHONE"), ("Tasha Greene, RN", "PROVIDER"), ("Beacon Street Recovery Clinic", "SPECIALTY", 1)],
     ["substance-use", "practice-contact"], "Induction instructions (when to stop opioids) are dosing instructions (decision 8); the welcome and address cannot carry it."),
    ("bp0115", "Happy 91st birthday from all of us at Pinewood Senior Counseling! Your next visit is Mon 5/4 at 1 PM - we look forward to seeing you.",
     "REWRITE", "other", "sms", "en",
     [("91st", "AGE"), ("Pinewood Senior Counseling", "SPECIALTY"), ("5/4", "DATE")],
     ["behavioral-health", "age-over-89"], "Age over 89 (README: the ordinal) and a counseling practice name go; the next visit survives."),
    ("bp0116", "Subject: Spring news from Oakmont Health Partners\n\nHello neighbors,\n\nSpring is here, and so are a few changes: evening hours until 7 PM on Tuesdays and Thursdays, a Saturday walking club that meets at the flagpole at 8 AM, and a lobby art show, \"Hope After the Storm,\" by students from Lincoln High. May is also Mental Health Awareness Month - free resources for everyone are on the Community page of our website, along with a list of local support groups and classes open to the public.\n\nA few reminders: flu and COVID shots are walk-in on weekday mornings, our parking lot will be repaved the second weekend of June (use the street lot that weekend), and our new online check-in lets you update your insurance from your phone before you arrive.\n\nThanks for trusting us with your care.\nOakmont Health Partners",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Newsletter to all patients of a generic practice; awareness month says nothing about the recipient (decision 4)."),
    ("bp0117", "Gary, a reminder from Dr. Lund: no alcohol at all while you're on disulfiram - not even mouthwash or cooking wine, or you'll get very sick. Your AUD follow-up is 6/18.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Gary", "NAME"), ("Dr. Lund", "PROVIDER"), ("disulfiram", "MEDICATION"), ("AUD", "CONDITION"), ("6/18", "DATE")],
     ["substance-use"], "Medication precautions and the diagnosis (alcohol use disorder) are the message."),
    ("bp0118", "Hi Ana - Clear Horizons Eating Disorder Center here. Your family meal session is confirmed for Thu 4/30 at 5:30 PM. Reply C to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("Ana", "NAME"), ("Clear Horizons Eating Disorder Center", "SPECIALTY"), ("family meal", "PROCEDURE"), ("4/30", "DATE")],
     ["behavioral-health"], "Condition-named centre and therapy type go; 'session' stays outside as generic (decision 13)."),
    ("bp0119", "Juniper Health Partners: your video visit with Dr. Oyelaran starts at 4:00 PM today. Join from the link in your portal app - no code needed.",
     "ALLOW", "reminder", "push", "en",
     [("Dr. Oyelaran", "PROVIDER")],
     ["behavioral-health"], "Telepsychiatry visit worded without the specialty: provider and time only (decisions 1, 14)."),
    ("bp0120", "Lab update from your OTP clinic: your hepatitis C antibody test came back reactive. Dr. Gill will call you about next steps.",
     "BLOCK", "result", "push", "en",
     [("OTP", "SPECIALTY"), ("hepatitis C antibody test", "PROCEDURE"), ("reactive", "RESULT"), ("Dr. Gill", "PROVIDER")],
     ["substance-use", "hiv-sexual-health"], "A reactive screening result on a lock screen (README); 'OTP' reveals the opioid treatment program (decision 12)."),
)

# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "bp", "probe65.jsonl")
