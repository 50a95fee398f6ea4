#!/usr/bin/env python3
"""Build corpus/probe113.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe113.py [OUT] [-v]   (default: probe113.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only; the engine was not
run and no other corpus's messages, source code, tests or history were read).

This round is SUBSTANCE-USE TREATMENT PROGRAMS (42 CFR Part 2): what opioid treatment programs
(methadone clinics), office-based buprenorphine practices, intensive outpatient and residential
programs, detox units, sober-living houses, recovery coaches and peer-support services send —
dosing-window changes, take-home eligibility, urine drug screen reminders and results, counseling
and group schedules, medication pickups, missed-dose outreach, insurance and payment notices,
alumni events and crisis resources — mixed with neutral messages from the same senders and with
look-alikes (a general clinic's "Sober October" fundraiser, "a dose of good news", Recovery Drive
as a street, the Clean Energy Fair, a take-home meal, a counselor named Hope Sobers, chocolate
chip cookies, Drug Take Back Day, "recuperar su contraseña"). About 16% Spanish; 4 disguised messages
(spaced letters, a zero-width space, leet, Cyrillic look-alikes).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "was [[14]] yesterday" searches for
      "was 14 yesterday" and labels only "14".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Program and practice names that reveal substance-use treatment (... Recovery Center,
     ... Addiction Services/Medicine, ... OTP, ... MAT Clinic, ... Detox, ... Sober Living,
     ... Suboxone Clinic, a "Programa ... con Metadona", an ER's "bridge clinic") are one
     SPECIALTY span. Names with no
     revealing word (Birch Lane House, Casa Aurora, Clínica Renacer, Clínica Senderos, Bayshore,
     Pinecrest Lodge, Stepping Stones, Brightpath) are not labelled, and neutral messages from
     such senders are ALLOW.
  2. A notice sent to every patient of a Part 2 program that names the program or its service
     (dosing hours, collection hours) is not a harmless broadcast: it tells the reader that the
     recipient is enrolled, so it is REWRITE (not tagged broadcast).
  3. "dosing" / "dosificación" used for the daily medication visit at an OTP is a visit type:
     PROCEDURE ("dosing" window, the generic word outside). Bare "dose" / "dosis" is generic
     like "medications" and is not labelled. A change of dose or a dosing consequence
     ("you'll restart at a reduced dose") is a dosing instruction: BLOCK.
  4. Take-home doses ("take-homes", "take-home doses", "dosis para llevar a casa") are the
     medication itself: MEDICATION. A take-home eligibility decision (level granted, suspended,
     paused, bottle recall) is a treatment decision: BLOCK; holiday take-home logistics are
     REWRITE.
  5. A substance named as the object of treatment ("heroin detox", "desintoxicación por
     alcohol") is MEDICATION, like a substance in a drug-screen result (README).
  6. Sobriety status ("60 days sober", "salió limpia", "clean UAs", a breathalyzer reading, a
     "dilute" sample flag) is a RESULT and the message is BLOCK.
  7. Role words and credentials of addiction and peer services are SPECIALTY like the README's
     substance-use "consejero": recovery coach, peer recovery specialist, peer mentor, peer
     support, counselor (in a substance-use program), consejero de adicciones, coach de
     recuperación, LCADC, CPRS, and LCSW (a behavioral-health credential) — separate from the
     PROVIDER span of the named person. A staff member named as the sender stays PROVIDER.
  8. Named groups, programs and mutual-help meetings are PROCEDURE: IOP, MAT (counseling),
     MOUD, relapse prevention group, process/skills group, family session/group, Women in
     Recovery, SMART Recovery, NA/AA and a "speaker meeting", residential treatment, detox,
     an adolescent substance-use program; drug tests and scales too (UDS, UA, tox screen,
     EtG, breathalyzer, COWS, observed urine collection, bottle recall).
  9. A mention of "Part 2" (42 CFR Part 2) to the patient tells the reader the records are
     substance-use records: SPECIALTY.
 10. A billing code that names a service (HCPCS H0020) is PROCEDURE; an EOB whose services
     can be removed keeps its purpose: REWRITE.
 11. A street named without a house number that is not the patient's (road work on Recovery
     Drive) is not labelled; the practice's full address is ADDRESS (allowed).
 12. Broadcasts about naloxone training, Drug Take Back Day, the 988 line or teen vaping name
     no recipient's care: ALLOW with no span. A naloxone kit waiting for this recipient is a
     pickup with a medication name: REWRITE.
 13. A group video link with a meeting number but no patient token is labelled URL and is
     allowed like a practice link; a link with ?pt= / t= is patient-specific.
 14. A hypothetical relapse about the recipient ("If you relapsed you're NOT in trouble") is
     clinical content about the recipient: BLOCK (tagged negation).
 15. "Buprenorphine induction" as a visit type is one PROCEDURE span (head word induction).
 16. Finishing a residential program, said to the alumnus, is REWRITE once the program word
     goes (the rest is a social invitation), not BLOCK.
 17. A court's records request naming the program's tests but no result is REWRITE.

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


# ---------------------------------------------------------------- batch 1 (dl0001-dl0010): dosing windows, look-alikes
add(
    ("dl0001", "Cedar Ridge Opioid Treatment Program: starting Mon 3/9 the dosing window is 5:30-10:30 AM weekdays and 7-9 AM Sat. Questions: (614) 555-0143",
     "REWRITE", "other", "sms", "en",
     [("Cedar Ridge Opioid Treatment Program", "SPECIALTY"), ("3/9", "DATE"), ("dosing", "PROCEDURE"), ("(614) 555-0143", "PHONE")],
     ["substance-use", "practice-contact"],
     "Sent to all OTP patients, but the program name and 'dosing' reveal enrollment, so not a harmless broadcast (decisions 1-3); hours, date and the program's phone survive."),
    ("dl0002", "A dose of good news from Eastside Health Center: starting next week we open at 6:30 AM on weekdays. Same team, earlier coffee!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'A dose of good news' is an idiom; generic practice name, no date, nothing about the recipient."),
    ("dl0003", "Hi Marcus, Dr. Alvarez approved the increase - your methadone goes to 95mg starting tmrw AM. See the nurse at window 2 before dosing.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Marcus", "NAME"), ("Dr. Alvarez", "PROVIDER"), ("methadone", "MEDICATION"), ("dosing", "PROCEDURE")],
     ["substance-use", "shorthand"], "A dose change is a dosing instruction: the clinical content is the message (decision 3)."),
    ("dl0004", "Programa Nuevo Amanecer de Tratamiento con Metadona: a partir del lunes 9 de marzo el horario de dosificación será de 6:00 a 11:00 a.m. Dudas: (305) 555-0162.",
     "REWRITE", "other", "sms", "es",
     [("Programa Nuevo Amanecer de Tratamiento con Metadona", "SPECIALTY"), ("9 de marzo", "DATE"), ("dosificación", "PROCEDURE"), ("(305) 555-0162", "PHONE")],
     ["substance-use", "practice-contact"],
     "Whole program name reveals methadone treatment (one SPECIALTY span, decision 1); 'dosificación' is the visit type (decision 3); hours survive."),
    ("dl0005", "Hello, this is Dana calling from Brookside Medical Group with a reminder about your appointment with Dr. Okafor on Tuesday, April 14th at 10:20. To reschedule, please call 330-555-0119. Thank you.",
     "ALLOW", "reminder", "voice", "en",
     [("Dana", "PROVIDER"), ("Dr. Okafor", "PROVIDER"), ("April 14th", "DATE"), ("330-555-0119", "PHONE")],
     ["primary-care", "practice-contact"], "Staff sender, provider, date and the practice's phone only."),
    ("dl0006", "Harbor Point OTP: closed Thu 11/26 for Thanksgiving. Holiday take-homes will be given Wed 11/25 - come in during your usual dosing time.",
     "REWRITE", "other", "push", "en",
     [("Harbor Point OTP", "SPECIALTY"), ("11/26", "DATE"), ("take-homes", "MEDICATION"), ("11/25", "DATE"), ("dosing", "PROCEDURE")],
     ["substance-use"],
     "Closure logistics survive; OTP name, take-homes (MEDICATION, decision 4) and 'dosing' (decision 3) go. Judgement: holiday take-home logistics are not a dosing instruction."),
    ("dl0007", "Your dosing window has been moved to 6:00-6:45 AM due to 2 recent positive UDS results. This is per Dr. Kim's order. -Harbor Point nursing",
     "BLOCK", "other", "sms", "en",
     [("dosing", "PROCEDURE"), ("positive", "RESULT"), ("UDS", "PROCEDURE"), ("Dr. Kim", "PROVIDER")],
     ["substance-use"], "Drug-screen results and the treatment decision based on them are the message; 'Harbor Point' alone is not revealing (decision 1)."),
    ("dl0008", "Subject: Maplewood is going Sober October!\n\nHi neighbors,\n\nThis October the staff at Maplewood Family Practice are swapping happy hour for mocktails to raise money for the Maplewood Community Food Pantry. Every $5 pledged covers a bag of groceries for a local family. Pledge cards and a donation jar are at the front desk, and our favorite mocktail recipe card (cranberry-lime fizz!) is free to take.\n\nWe'll post the running total on the lobby board every Friday and announce the final number at the end of the month. Thanks for being part of this community.\n\nCheers (the alcohol-free kind),\nThe Maplewood Family Practice team",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Staff fundraiser from a general practice; 'Sober October' and 'alcohol-free' describe the staff, not the recipient."),
    ("dl0009", "Reminder: your appt with Hope Sobers, LCADC is Thurs 12/3 at 4pm at our Eastside office. Reply C to confirm, R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Hope Sobers", "PROVIDER"), ("LCADC", "SPECIALTY"), ("12/3", "DATE")],
     ["substance-use"],
     "The counselor's surname is a look-alike and is only PROVIDER; her alcohol-and-drug-counselor credential reveals the service (decision 7)."),
    ("dl0010", "Hi, this is Hope Sobers from the billing office at Lakeside Family Medicine. Your statement is ready to view in the portal. Questions? Call (419) 555-0134, option 2.",
     "ALLOW", "billing", "sms", "en",
     [("Hope Sobers", "PROVIDER"), ("(419) 555-0134", "PHONE")],
     ["general", "practice-contact"], "Staff member named as the sender (PROVIDER) at a generic practice; the surname is not a clinical word."),
)

# ---------------------------------------------------------------- batch 2 (dl0011-dl0020): take-home eligibility
add(
    ("dl0011", "Good news Jamal! The team reviewed your chart & you've moved up to Level 3 take-homes (3 per week) starting 5/4. Keep those clean UAs coming!",
     "BLOCK", "other", "sms", "en",
     [("Jamal", "NAME"), ("take-homes", "MEDICATION"), ("5/4", "DATE"), ("clean", "RESULT"), ("UAs", "PROCEDURE")],
     ["substance-use"], "A take-home level is a treatment decision (decision 4) and 'clean UAs' are results (decision 6)."),
    ("dl0012", "Your visit with Dr. Feld is Mon 6/8 at 9:15 AM. Please bring the forms we gave you last time. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Feld", "PROVIDER"), ("6/8", "DATE")],
     ["substance-use"], "Sent by an OTP but names no program, service or drug: provider, date and time only."),
    ("dl0013", "Hola Rosa, le informamos que sus dosis para llevar a casa quedan suspendidas por la prueba de orina positiva del 2 de junio. Por favor hable con su consejero antes del viernes.",
     "BLOCK", "other", "sms", "es",
     [("Rosa", "NAME"), ("dosis para llevar a casa", "MEDICATION"), ("prueba de orina", "PROCEDURE"), ("positiva", "RESULT"), ("2 de junio", "DATE"), ("consejero", "SPECIALTY")],
     ["substance-use"], "Suspension of take-homes (decision 4) because of a positive drug test: result and treatment decision are the message."),
    ("dl0014", "Take-home status update\n\nBased on 90 days of negative urine drug screens and consistent attendance, the treatment team has approved you for 6 take-home doses of methadone per week beginning 7/13. Before your first pickup, please review and sign the safe-storage agreement in the Documents tab, and bring your locking case to the dispensary window.\n\nIf anything changes (a hospital stay, a new prescription from another doctor, travel), message us here first.\n\n- Dr. Ruth Adebayo, Medical Director\nBayshore Addiction Treatment Services",
     "ALLOW", "other", "portal", "en",
     [("Take-home", "MEDICATION"), ("negative", "RESULT"), ("urine drug screens", "PROCEDURE"), ("take-home", "MEDICATION"), ("methadone", "MEDICATION"), ("7/13", "DATE"), ("Dr. Ruth Adebayo", "PROVIDER"), ("Bayshore Addiction Treatment Services", "SPECIALTY")],
     ["substance-use"], "Inside the secure portal results, doses and the program name may stay (README channel convention)."),
    ("dl0015", "Bayshore front desk: starting 7/1 please have your clinic ID card ready at every visit. Thanks for helping the line move faster!",
     "ALLOW", "other", "sms", "en",
     [("7/1", "DATE")],
     ["substance-use"], "Same program as dl0014 but the short sender name reveals nothing (decision 1); the date is allowed."),
    ("dl0016", "You were selected for a random bottle recall. Bring all remaining take-home doses in their original bottles within 24 hrs, or future take-homes will be suspended.",
     "BLOCK", "other", "sms", "en",
     [("bottle recall", "PROCEDURE"), ("take-home doses", "MEDICATION"), ("take-homes", "MEDICATION")],
     ["substance-use"], "An instruction about the recipient's medication with a treatment consequence; removing the spans leaves nothing usable (decision 4)."),
    ("dl0017", "Riverside Hospital Cafe: your take-home family meal (order 4471) is ready at the lobby counter. Enjoy!",
     "ALLOW", "pickup", "sms", "en", [],
     ["general", "hard-negative"], "'take-home' is a meal; a cafeteria order number is not a patient identifier."),
    ("dl0018", "Sr. Figueroa: por sus pruebas negativas de los últimos 3 meses, ya califica para 2 dosis para llevar a casa por semana a partir del martes 16 de junio. Felicidades. - Centro de Recuperación Puentes",
     "BLOCK", "other", "sms", "es",
     [("Figueroa", "NAME"), ("negativas", "RESULT"), ("dosis para llevar a casa", "MEDICATION"), ("16 de junio", "DATE"), ("Centro de Recuperación Puentes", "SPECIALTY")],
     ["substance-use"], "Eligibility granted on negative tests: results and a treatment decision (decisions 4, 6); 'pruebas' alone is generic."),
    ("dl0019", "Snow day plan: if roads are unsafe tomorrow, call us at (614) 555-0143 before you travel. Staff will be on site from 5:30 AM.",
     "ALLOW", "other", "sms", "en",
     [("(614) 555-0143", "PHONE")],
     ["substance-use", "practice-contact"], "From the OTP of dl0001 but with no program name or service word; the practice's own phone is allowed."),
    ("dl0020", "Hi, this message is for Denise Carter. This is Paul, the charge nurse at Summit Recovery Center. Your take-home privileges were paused after today's breathalyzer reading of 0.04. Please call me back at (720) 555-0188 before tomorrow's dosing. Thanks.",
     "BLOCK", "other", "voice", "en",
     [("Denise Carter", "NAME"), ("Paul", "PROVIDER"), ("Summit Recovery Center", "SPECIALTY"), ("take-home", "MEDICATION"), ("breathalyzer", "PROCEDURE"), ("0.04", "RESULT"), ("(720) 555-0188", "PHONE"), ("dosing", "PROCEDURE")],
     ["substance-use", "practice-contact"], "Voicemail with a breath-alcohol reading and a take-home decision; voice is treated like SMS (overheard)."),
)

# ---------------------------------------------------------------- batch 3 (dl0021-dl0032): urine drug screens
add(
    ("dl0021", "You've been selected for a random UDS today. Please report to the collection window by 2 PM. - Westgate MAT Clinic",
     "REWRITE", "reminder", "sms", "en",
     [("UDS", "PROCEDURE"), ("Westgate MAT Clinic", "SPECIALTY")],
     ["substance-use"], "Test logistics survive once the test type and the MAT clinic's name go (decisions 1, 8)."),
    ("dl0022", "Your urine screen from 4/22 was positive for fentanyl and negative for buprenorphine. Dr. Lindqvist wants to see you this week - call (970) 555-0159 to book.",
     "BLOCK", "result", "sms", "en",
     [("urine screen", "PROCEDURE"), ("4/22", "DATE"), ("positive", "RESULT"), ("fentanyl", "MEDICATION"), ("negative", "RESULT"), ("buprenorphine", "MEDICATION"), ("Dr. Lindqvist", "PROVIDER"), ("(970) 555-0159", "PHONE")],
     ["substance-use", "practice-contact"], "Drug-screen results by text."),
    ("dl0023", "Friendly reminder: the Clean Energy Fair is this Saturday in our parking lot, 10-2. Free tote bags and solar demos! - Oak Hill Community Health",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Clean' is about energy; community event broadcast."),
    ("dl0024", "Hola Luis, tu muestra de orina del viernes salió limpia 👍 sigue así. Nos vemos el lunes en el grupo de las 6.",
     "BLOCK", "result", "sms", "es",
     [("Luis", "NAME"), ("muestra de orina", "PROCEDURE"), ("limpia", "RESULT")],
     ["substance-use"], "A clean (negative) drug test is still a result (README; decision 6)."),
    ("dl0025", "Heads up: your urine collection on Thu 9/17 will be observed, since your last sample was flagged as dilute. Please arrive 15 min early. - Cornerstone Recovery Services",
     "BLOCK", "other", "sms", "en",
     [("urine collection", "PROCEDURE"), ("9/17", "DATE"), ("dilute", "RESULT"), ("Cornerstone Recovery Services", "SPECIALTY")],
     ["substance-use"], "The 'dilute' flag on the last sample is a finding, and the observed collection is the consequence (decision 6)."),
    ("dl0026", "Positive news! Our lab now opens at 7 AM for walk-in blood draws. No appointment needed. - Fairview Health Partners",
     "ALLOW", "other", "sms", "en", [],
     ["lab", "broadcast", "hard-negative"], "'Positive' is not a result; practice-wide hours notice."),
    ("dl0027", "Subject: Random test - house agreement\n\nHi Tyler,\n\nI'm following up on Sunday's random test. Your sample came back positive for alcohol (EtG), which is a violation of section 4 of the house agreement you signed when you moved in.\n\nThis isn't about punishment. Per our policy you can stay if you (1) meet with me and your sponsor this week, (2) add two extra meetings, and (3) test again Friday. If you'd rather not, I'll help you find a bed at a different level of care.\n\nI know this is hard. Call or text me anytime: (503) 555-0193.\n\nMarcy Delgado\nHouse Manager, Serenity Ridge Sober Living",
     "BLOCK", "result", "email", "en",
     [("Tyler", "NAME"), ("positive", "RESULT"), ("alcohol", "MEDICATION"), ("EtG", "PROCEDURE"), ("(503) 555-0193", "PHONE"), ("Marcy Delgado", "PROVIDER"), ("Serenity Ridge Sober Living", "SPECIALTY")],
     ["substance-use", "practice-contact"], "A positive alcohol test and the conditions attached to it; e-mail is treated like SMS. The house manager is workforce (PROVIDER)."),
    ("dl0028", "Tox screen collection hours this week: Mon-Fri 6-11am only. Bring photo ID. - Northstar IOP",
     "REWRITE", "other", "sms", "en",
     [("Tox screen", "PROCEDURE"), ("Northstar IOP", "SPECIALTY")],
     ["substance-use"], "Program-wide notice that reveals enrollment (decision 2); the hours survive."),
    ("dl0029", "New result: Drug screen 10/02 - Amphetamine POSITIVE, Opiates NEG. Tap to view.",
     "BLOCK", "result", "push", "en",
     [("Drug screen", "PROCEDURE"), ("10/02", "DATE"), ("Amphetamine", "MEDICATION"), ("POSITIVE", "RESULT"), ("Opiates", "MEDICATION"), ("NEG", "RESULT")],
     ["substance-use"], "Result values on a lock-screen push; a 'new result' notice without the values would be the safe form."),
    ("dl0030", "Your urine drug screen collected 10/02 is resulted: buprenorphine detected (expected), norbuprenorphine detected, all other panels negative. No action needed. Questions? Send a message to Dr. Haddad's team.",
     "ALLOW", "result", "portal", "en",
     [("urine drug screen", "PROCEDURE"), ("10/02", "DATE"), ("buprenorphine", "MEDICATION"), ("detected", "RESULT"), ("norbuprenorphine", "MEDICATION"), ("detected", "RESULT", 1), ("negative", "RESULT"), ("Dr. Haddad", "PROVIDER")],
     ["substance-use", "contrast"], "The same kind of result as dl0029, inside the secure portal: allowed (README channel convention)."),
    ("dl0031", "Clínica Horizonte MAT: le toca su prueba de drogas aleatoria hoy. Pase antes de las 3 pm con su identificación.",
     "REWRITE", "reminder", "sms", "es",
     [("Clínica Horizonte MAT", "SPECIALTY"), ("prueba de drogas", "PROCEDURE")],
     ["substance-use"], "Test logistics survive once the clinic name and test type go (decisions 1, 8)."),
    ("dl0032", "Drug Take Back Day is Saturday! Drop off unused or expired meds in the lobby bin at Pine Valley Pharmacy - no questions asked.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Public disposal event; 'drug' here is not the recipient's (decision 12)."),
)

# ---------------------------------------------------------------- batch 4 (dl0033-dl0044): counseling and groups
add(
    ("dl0033", "Hi Brianna! Relapse prevention group moved to Room 204 tonight, same time (6pm). See u there - Coach Dee",
     "REWRITE", "reminder", "sms", "en",
     [("Brianna", "NAME"), ("Relapse prevention", "PROCEDURE"), ("Coach Dee", "PROVIDER")],
     ["substance-use", "shorthand"], "Room change survives; the group's name (decision 8) and the patient's name go. The coach signing is workforce (PROVIDER)."),
    ("dl0034", "Group is cancelled tonight because of the ice storm. Stay safe and warm - we'll see everyone Thursday.",
     "ALLOW", "other", "sms", "en", [],
     ["substance-use", "hard-negative"], "Bare 'group' with no program, topic or name says nothing about the recipient's care."),
    ("dl0035", "Subject: Your IOP schedule for next week\n\nHi Gabriel,\n\nHere is your schedule for the week of 3/16 at Harbor View Behavioral Health:\n\n- Mon, Wed, Thu 9:00 AM - 12:00 PM: process group and skills group (Room B)\n- Thu 1:00 PM: family session with Karen Lee, LCSW (your mom is confirmed)\n\nPlease park in the back lot; the front spaces are reserved for the pharmacy. If you need a bus pass, ask at check-in.\n\nCall (313) 555-0171 if you'll be late or absent.\n\nThanks,\nIOP Coordinator",
     "REWRITE", "reminder", "email", "en",
     [("IOP", "PROCEDURE"), ("Gabriel", "NAME"), ("3/16", "DATE"), ("Harbor View Behavioral Health", "SPECIALTY"), ("process group", "PROCEDURE"), ("skills group", "PROCEDURE"), ("family session", "PROCEDURE"), ("Karen Lee", "PROVIDER"), ("LCSW", "SPECIALTY"), ("(313) 555-0171", "PHONE"), ("IOP", "PROCEDURE", 1)],
     ["substance-use", "behavioral-health", "practice-contact"], "Schedule logistics survive; program, groups (decision 8), the LCSW credential (decision 7) and the name go. The mother is named by role only, with no health content."),
    ("dl0036", "Ms. Patel, your counselor noted you've missed 3 groups and your last 2 screens were positive for cocaine. Your treatment plan review is Fri 8/21 at 1pm.",
     "BLOCK", "other", "sms", "en",
     [("Patel", "NAME"), ("counselor", "SPECIALTY"), ("positive", "RESULT"), ("cocaine", "MEDICATION"), ("8/21", "DATE")],
     ["substance-use"], "Drug-screen results and attendance problems are the message; 'counselor' in a substance-use program is SPECIALTY (decision 7)."),
    ("dl0037", "Step it up! Join the Fairview staff & patient 10,000-steps challenge this month. Sign-up sheet is at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Steps are walking steps, not a 12-step program."),
    ("dl0038", "Buenas tardes Sra. Olmedo, le recordamos su sesión individual con el consejero de adicciones el miércoles 14 de octubre a las 5:30 pm. Si no puede venir, avísenos.",
     "REWRITE", "reminder", "sms", "es",
     [("Olmedo", "NAME"), ("consejero de adicciones", "SPECIALTY"), ("14 de octubre", "DATE")],
     ["substance-use"], "Name and the addiction counselor role go (decision 7); date and time survive."),
    ("dl0039", "{{practice_name}}: Your MAT counseling session is {{appt_date}} at {{appt_time}}. Reply Y to confirm or call {{practice_phone}}.",
     "REWRITE", "reminder", "sms", "en",
     [("MAT counseling", "PROCEDURE")],
     ["substance-use", "template"], "Fixed template text names the service (decision 8); the placeholders carry no patient data."),
    ("dl0040", "Hi, it's Marisol at the front desk of Oakridge Clinic. Dr. Baptiste needs to move your 3:00 Friday to 3:45 the same day. Does that work? Reply YES or call (256) 555-0155.",
     "ALLOW", "reminder", "sms", "en",
     [("Marisol", "PROVIDER"), ("Dr. Baptiste", "PROVIDER"), ("(256) 555-0155", "PHONE")],
     ["primary-care", "practice-contact"], "Staff sender, provider, time and the practice's phone only."),
    ("dl0041", "Reminder: Tuesday's family group will focus on supporting your son through his heroin detox. Childcare is available on site.",
     "BLOCK", "other", "sms", "en",
     [("family group", "PROCEDURE"), ("heroin", "MEDICATION"), ("detox", "PROCEDURE")],
     ["substance-use", "third-party"], "Reveals the son's heroin detox: a third party's health (README). The substance as object of treatment is MEDICATION (decision 5)."),
    ("dl0042", "Telehealth group starts in 15 min: Women in Recovery (Thu). Join: https://video.example.com/j/8842105",
     "REWRITE", "reminder", "push", "en",
     [("Women in Recovery", "PROCEDURE"), ("https://video.example.com/j/8842105", "URL")],
     ["substance-use"], "The group's name goes (decision 8); the meeting link has no patient token and may stay (decision 13)."),
    ("dl0043", "Para recuperar su contraseña del portal, toque 'Olvidé mi contraseña' en la pantalla de inicio. Nunca le pediremos su contraseña por mensaje.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "'Recuperar' is password recovery, not recovery from addiction."),
    ("dl0044", "Hey Sam, it's Jordan, your peer recovery specialist. Still on for coffee at Java Hut Thurs @ 10? Text back if u need to move it",
     "REWRITE", "reminder", "sms", "en",
     [("Sam", "NAME"), ("Jordan", "PROVIDER"), ("peer recovery specialist", "SPECIALTY")],
     ["substance-use", "shorthand"], "Meeting logistics survive; the role reveals recovery services (decision 7)."),
)

# ---------------------------------------------------------------- batch 5 (dl0045-dl0056): medication pickups
add(
    ("dl0045", "Your Suboxone 8mg-2mg films are ready for pickup at Elm Street Pharmacy. Please pick up by 6/19 or they'll be returned to stock.",
     "REWRITE", "pickup", "sms", "en",
     [("Suboxone 8mg-2mg films", "MEDICATION"), ("6/19", "DATE")],
     ["pharmacy", "substance-use"], "Medication name in a pickup notice (DESIGN); strength and form go with it."),
    ("dl0046", "Elm Street Pharmacy: 1 prescription is ready for pickup. Questions? Call (216) 555-0124.",
     "ALLOW", "pickup", "sms", "en",
     [("(216) 555-0124", "PHONE")],
     ["pharmacy", "practice-contact", "contrast"], "The notification-without-PHI form of dl0045."),
    ("dl0047", "From Dr. Reyes: take your naltrexone 50 mg tablet every morning with breakfast. If you drink, don't stop it on your own - call us first.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Reyes", "PROVIDER"), ("naltrexone 50 mg tablet", "MEDICATION")],
     ["substance-use"], "How-to-take instructions for the recipient's medication are the message."),
    ("dl0048", "Farmacia del Valle: su receta de buprenorfina ya está lista. Horario para recoger: lun-vie 9am-7pm, sáb 10am-2pm.",
     "REWRITE", "pickup", "sms", "es",
     [("buprenorfina", "MEDICATION")],
     ["pharmacy", "substance-use"], "Drug name in a pickup notice; 'receta' is generic."),
    ("dl0049", "Reminder: your m e t h a d o n e bottle pickup is set for Sat 8am at the north window.",
     "REWRITE", "pickup", "sms", "en",
     [("m e t h a d o n e", "MEDICATION")],
     ["substance-use", "spaced"], "Spaced-out drug name is still the drug name; pickup logistics survive."),
    ("dl0050", "Your Sublocade 300 mg injection is due 3/2. Because you were late last month, Dr. Ng wants to stay at 300 mg one more month before dropping to 100 mg. Call to schedule.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Sublocade 300 mg injection", "MEDICATION"), ("3/2", "DATE"), ("Dr. Ng", "PROVIDER")],
     ["substance-use"], "Dose plan and its reason are a dosing instruction (decision 3)."),
    ("dl0051", "Your Vivitrol shot is due 2/17 with NP Chen. If you've used any opioids in the last 7-10 days, tell her first - the shot can throw you into sudden withdrawal.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Vivitrol shot", "MEDICATION"), ("2/17", "DATE"), ("NP Chen", "PROVIDER"), ("opioids", "MEDICATION"), ("withdrawal", "CONDITION")],
     ["substance-use"], "Safety instruction tied to the recipient's drug use: care instructions, not logistics."),
    ("dl0052", "Good news: your order is ready! Pick it up at the pharmacy counter before 9 PM. Reply STOP to opt out.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Pickup notice with no drug, name or identifier."),
    ("dl0053", "Lakeshore Pharmacy: ur bupren0rphine is ready 4 pickup. Bring ID to the counter.",
     "REWRITE", "pickup", "sms", "en",
     [("bupren0rphine", "MEDICATION")],
     ["pharmacy", "substance-use", "leet", "shorthand"], "Leetspeak drug name in a pickup notice."),
    ("dl0054", "Jen, your husband's Suboxone is ready to pick up. He said it's ok for you to grab it for him - just bring your ID.",
     "BLOCK", "pickup", "sms", "en",
     [("Jen", "NAME"), ("Suboxone", "MEDICATION")],
     ["pharmacy", "substance-use", "third-party"], "The husband's addiction medication sent to his wife: a third party's health (README), even with his permission."),
    ("dl0055", "Your prescription is ready for pickup at Rivera Pharmacy #212. Open the app for store hours.",
     "ALLOW", "pickup", "push", "en", [],
     ["pharmacy", "hard-negative"], "'Rivera' is the store's name and #212 a store number, not a patient's name or identifier."),
    ("dl0056", "Farmacia Central: su Sub\u200boxone ya está listo para recoger. Traiga su identificación, por favor.",
     "REWRITE", "pickup", "sms", "es",
     [("Sub\u200boxone", "MEDICATION")],
     ["pharmacy", "substance-use"], "A zero-width space inside the drug name does not hide it."),
)

# ---------------------------------------------------------------- batch 6 (dl0057-dl0068): missed doses and outreach
add(
    ("dl0057", "We missed you at dosing today, Kevin. Please come by before 11 AM tomorrow or call (503) 555-0130.",
     "REWRITE", "other", "sms", "en",
     [("dosing", "PROCEDURE"), ("Kevin", "NAME"), ("(503) 555-0130", "PHONE")],
     ["substance-use", "practice-contact"], "Missed-visit outreach survives once the visit type (decision 3) and the name go."),
    ("dl0058", "Andre, you've now missed 3 days of methadone. Per clinic policy you'll restart at a reduced dose and need to see Dr. Osei before your next dose.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Andre", "NAME"), ("methadone", "MEDICATION"), ("Dr. Osei", "PROVIDER")],
     ["substance-use"], "Restart at a reduced dose is a dosing instruction (decision 3)."),
    ("dl0059", "We missed you today! Please call us at (503) 555-0130 to reschedule.",
     "ALLOW", "other", "sms", "en",
     [("(503) 555-0130", "PHONE")],
     ["substance-use", "practice-contact", "contrast"], "The safe form of dl0057."),
    ("dl0060", "Buenas tardes, llamamos de la Clínica Renacer para el señor Ramón Vega. Lleva dos días sin venir a tomar su metadona; si falta otro día, tendremos que bajarle la dosis. Por favor llámenos al (787) 555-0127.",
     "BLOCK", "other", "voice", "es",
     [("Ramón Vega", "NAME"), ("metadona", "MEDICATION"), ("(787) 555-0127", "PHONE")],
     ["substance-use", "practice-contact"], "Missed methadone and a dose reduction: dosing content on a voicemail (decision 3). 'Clínica Renacer' is not revealing (decision 1)."),
    ("dl0061", "This is Lena, your recovery coach at Brightpath. Haven't heard from you since Friday, just checking in. No pressure - text me when you can.",
     "REWRITE", "other", "sms", "en",
     [("Lena", "PROVIDER"), ("recovery coach", "SPECIALTY")],
     ["substance-use"], "A check-in survives once the role goes (decision 7)."),
    ("dl0062", "Checking in after your overdose last weekend - so glad you're ok. Do you still have the Narcan kit we gave you?",
     "BLOCK", "other", "sms", "en",
     [("overdose", "CONDITION"), ("Narcan", "MEDICATION")],
     ["substance-use"], "An overdose is a clinical event about the recipient; it is the message."),
    ("dl0063", "Missed call from Lakeside Family Medicine. We were returning your call about scheduling. Please call back when you can.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "hard-negative"], "'Missed' here is a call, not a dose."),
    ("dl0064", "hi its westgate MAT - ur dose wasnt picked up yest. u ok?? call us",
     "REWRITE", "other", "sms", "en",
     [("westgate MAT", "SPECIALTY")],
     ["substance-use", "shorthand", "typo"], "Lower-case program name reveals MAT (decision 1); bare 'dose' is generic (decision 3)."),
    ("dl0065", "Hey Chris, Marco from Second Wind Recovery. You weren't at the house last night. If you relapsed you're NOT in trouble, just text me back. Your safety matters more than the rules.",
     "BLOCK", "other", "sms", "en",
     [("Chris", "NAME"), ("Marco", "PROVIDER"), ("Second Wind Recovery", "SPECIALTY"), ("relapsed", "CONDITION")],
     ["substance-use", "negation"], "A hypothetical relapse of the recipient is clinical content about them; removing it leaves no message (decision 14)."),
    ("dl0066", "Subject: We've been trying to reach you\n\nDear Mr. Whitfield,\n\nOur records show you missed your appointments on 1/6 and 1/13 with Dr. Sandoval at Clearwater Addiction Medicine. To keep your buprenorphine prescription active, you need to be seen by 1/27. We have openings Tuesday and Thursday mornings, and telehealth is available.\n\nPlease call (602) 555-0114 or book at clearwater.example/schedule.\n\nWe're glad you're part of our practice and want to keep your care going.\n\nSincerely,\nPatient Services",
     "REWRITE", "other", "email", "en",
     [("Whitfield", "NAME"), ("1/6", "DATE"), ("1/13", "DATE"), ("Dr. Sandoval", "PROVIDER"), ("Clearwater Addiction Medicine", "SPECIALTY"), ("buprenorphine", "MEDICATION"), ("1/27", "DATE"), ("(602) 555-0114", "PHONE"), ("clearwater.example/schedule", "URL")],
     ["substance-use", "practice-contact"], "Judgement: 'be seen by 1/27 to keep your prescription active' is an administrative rule, not a dosing instruction, so the letter survives without the drug, practice name and patient name."),
    ("dl0067", "Hola, le habla Carmen de recepción del Centro Médico Las Palmas. Queremos confirmar su cita del 3 de febrero con el Dr. Saldaña. Llámenos al (956) 555-0113.",
     "ALLOW", "confirmation", "sms", "es",
     [("Carmen", "PROVIDER"), ("3 de febrero", "DATE"), ("Dr. Saldaña", "PROVIDER"), ("(956) 555-0113", "PHONE")],
     ["primary-care", "practice-contact"], "Staff sender, provider, date and the practice's phone."),
    ("dl0068", "Reminder to take your Zubsolv this AM. Nurse Amy noted your COWS score was 14 yesterday, so Dr. Pryor may adjust - keep your 2pm check.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Zubsolv", "MEDICATION"), ("Nurse Amy", "PROVIDER"), ("COWS", "PROCEDURE"), ("was [[14]] yesterday", "RESULT"), ("Dr. Pryor", "PROVIDER")],
     ["substance-use"], "A withdrawal-scale score (scale PROCEDURE, value RESULT, README) and a medication reminder."),
)

# ---------------------------------------------------------------- batch 7 (dl0069-dl0080): insurance and payment
add(
    ("dl0069", "Rivercrest Recovery Center: your balance of $45.00 is due 4/30. Pay online at pay.rivercrest.example/?acct=88213407 or call (330) 555-0108.",
     "REWRITE", "billing", "sms", "en",
     [("Rivercrest Recovery Center", "SPECIALTY"), ("4/30", "DATE"), ("pay.rivercrest.example/?acct=88213407", "URL"), ("(330) 555-0108", "PHONE")],
     ["substance-use", "practice-contact"], "Program name goes (decision 1); the link carries the account number as a query parameter, so it is patient-specific (README)."),
    ("dl0070", "Your statement from Northgate Medical Associates is ready. View and pay securely at northgate.example/billing. Questions: (609) 555-0177.",
     "ALLOW", "billing", "sms", "en",
     [("northgate.example/billing", "URL"), ("(609) 555-0177", "PHONE")],
     ["general", "practice-contact"], "Generic practice, its own link and phone."),
    ("dl0071", "Subject: Prior authorization decision\n\nMember: Luz Herrera   Member ID: XKH884201937\n\nYour health plan reviewed the request from Dr. Amos Ferreira for Sublocade (buprenorphine extended-release injection). The request was DENIED because plan records do not show 30 days of sublingual buprenorphine before the request. Your provider may resubmit with chart notes, or you may appeal within 60 days.\n\nThis letter is also available in your member portal. Call Member Services at 1-800-555-0166 (TTY 711) with questions.",
     "BLOCK", "other", "email", "en",
     [("Luz Herrera", "NAME"), ("XKH884201937", "HEALTH_PLAN_ID"), ("Dr. Amos Ferreira", "PROVIDER"), ("Sublocade", "MEDICATION"), ("buprenorphine extended-release injection", "MEDICATION"), ("sublingual buprenorphine", "MEDICATION"), ("1-800-555-0166", "PHONE")],
     ["substance-use", "identifier", "practice-contact"], "A denial whose reason is the member's treatment history, with name and member ID: the clinical content is the message; the portal copy is the safe route."),
    ("dl0072", "Centro de Tratamiento de Adicciones Alborada: su saldo pendiente es de $30.00. Puede pagar en recepción o llamar al (512) 555-0149. Cuenta #A-77120.",
     "REWRITE", "billing", "sms", "es",
     [("Centro de Tratamiento de Adicciones Alborada", "SPECIALTY"), ("(512) 555-0149", "PHONE"), ("A-77120", "ACCOUNT")],
     ["substance-use", "practice-contact"], "Program name and an unneeded account number go; the balance notice survives."),
    ("dl0073", "We accept most insurance plans, including Medicaid and Medicare. Sliding-scale fees are available - just ask at the front desk.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Plan names are not health-plan identifiers; practice-wide notice."),
    ("dl0074", "Bayshore billing: we need an updated copy of your insurance card before your next visit. Snap a photo and upload it at bayshore.example/upload, or bring it with you.",
     "ALLOW", "billing", "sms", "en",
     [("bayshore.example/upload", "URL")],
     ["substance-use", "practice-contact"], "The program's short name reveals nothing (decision 1); its upload link has no token."),
    ("dl0075", "Explanation of benefits: claim 2025-118837 for H0020 (methadone administration), 30 units, was processed. Your responsibility: $0.00. Full details are in your member portal.",
     "REWRITE", "billing", "sms", "en",
     [("2025-118837", "OTHER_ID"), ("H0020", "PROCEDURE"), ("methadone administration", "MEDICATION")],
     ["substance-use"], "A service code that names methadone treatment is PROCEDURE (decision 10); claim number is OTHER_ID (README); the $0 notice survives."),
    ("dl0076", "Thank you! We received your payment of $25.00 on 3/18. - Summit Health billing office",
     "ALLOW", "billing", "sms", "en",
     [("3/18", "DATE")],
     ["general"], "Payment receipt with a date only."),
    ("dl0077", "Asunto: Escala de tarifas reducidas\n\nEstimado Sr. Quintero:\n\nGracias por su interés en el programa de tratamiento ambulatorio intensivo (IOP) del Centro Luz de Recuperación. Para calcular su tarifa en la escala móvil necesitamos:\n\n1. Sus dos últimos talones de pago o carta de desempleo\n2. Comprobante de domicilio\n3. Identificación con foto\n\nPuede traerlos a su próxima cita del 21 de abril o enviarlos a facturacion@centroluz.example. Si tiene preguntas, llame al (505) 555-0184 de lunes a viernes de 8 a 5.\n\nAtentamente,\nOficina de Facturación",
     "REWRITE", "billing", "email", "es",
     [("Quintero", "NAME"), ("tratamiento ambulatorio intensivo", "PROCEDURE"), ("IOP", "PROCEDURE"), ("Centro Luz de Recuperación", "SPECIALTY"), ("21 de abril", "DATE"), ("facturacion@centroluz.example", "EMAIL"), ("(505) 555-0184", "PHONE")],
     ["substance-use", "practice-contact"], "Paperwork request survives; the program type, its name and the patient's name go."),
    ("dl0078", "Good news: your health plan approved 28 days of residential treatment for alcohol use disorder at Pinecrest Lodge. Auth #PA-4420917. Admission is set for 5/11.",
     "BLOCK", "other", "sms", "en",
     [("residential treatment", "PROCEDURE"), ("alcohol use disorder", "CONDITION"), ("PA-4420917", "OTHER_ID"), ("5/11", "DATE")],
     ["substance-use"], "States the diagnosis: a finding is the message. Authorization number is OTHER_ID."),
    ("dl0079", "Payment plan reminder: installment 3 of 6 ($40) drafts Friday. Reply HELP for help or STOP to opt out.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "Numbers are installments and amounts, not identifiers."),
    ("dl0080", "We accept cash, card or HSA. Copays are due at check-in. Questions about your balance? Call (512) 555-0149.",
     "ALLOW", "billing", "sms", "en",
     [("(512) 555-0149", "PHONE")],
     ["substance-use", "practice-contact"], "Same program as dl0072 without its name: neutral."),
)

# ---------------------------------------------------------------- batch 8 (dl0081-dl0092): alumni, sober living, peer support
add(
    ("dl0081", "Subject: You're invited: Alumni Summer Picnic 🌭\n\nHello alumni!\n\nLakeside Recovery Center's annual alumni picnic is Saturday, July 18, 12-4 PM on the back lawn at 1200 Recovery Drive, Dayton, OH 45402. Bring your family, your appetite and your stories. We'll have a cookout, lawn games, a kids' corner and a short speaker meeting at 2 PM.\n\nRSVP by replying to this email or calling (937) 555-0146 so we have enough burgers.\n\nCan't wait to see you,\nThe Lakeside Alumni Committee",
     "REWRITE", "marketing", "email", "en",
     [("Lakeside Recovery Center", "SPECIALTY"), ("July 18", "DATE"), ("1200 Recovery Drive, Dayton, OH 45402", "ADDRESS"), ("speaker meeting", "PROCEDURE"), ("(937) 555-0146", "PHONE")],
     ["substance-use", "practice-contact"], "Sent to alumni, so the center's name reveals past treatment (decision 2); the practice's own address (on Recovery Drive) and phone stay (decision 11); 'speaker meeting' is a mutual-help meeting (decision 8)."),
    ("dl0082", "Road work on Recovery Drive starts Monday. Please use the Oak Street entrance to reach our parking garage. - Valley Medical Center",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Recovery Drive is a street; a street named without a number that is not the patient's is not labelled (decision 11)."),
    ("dl0083", "Birch Lane Sober Living: house meeting tonight 7pm, rent due Fri, new chore chart is on the fridge. - Tony (house mgr)",
     "REWRITE", "other", "sms", "en",
     [("Birch Lane Sober Living", "SPECIALTY"), ("Tony", "PROVIDER")],
     ["substance-use", "shorthand"], "House logistics survive once 'Sober Living' goes (decision 1); the manager is workforce."),
    ("dl0084", "Birch Lane House: Tyrell, you blew 0.06 on the breathalyzer at curfew. Per house rules you have 24 hrs to make other housing arrangements.",
     "BLOCK", "other", "sms", "en",
     [("Tyrell", "NAME"), ("0.06", "RESULT"), ("breathalyzer", "PROCEDURE")],
     ["substance-use"], "A breath-alcohol reading and its consequence (decision 6); the house name alone is not revealing (decision 1)."),
    ("dl0085", "If you or someone you love is in crisis, call or text 988 any time, day or night. You are not alone.",
     "ALLOW", "other", "sms", "en", [],
     ["behavioral-health", "broadcast", "hard-negative"], "988 is not a phone identifier (README); a crisis-line broadcast says nothing about the recipient (decision 12)."),
    ("dl0086", "¿Necesita hablar con alguien ahora mismo? Llame o mande un texto al 988, las 24 horas, los 7 días de la semana. Hay atención en español.",
     "ALLOW", "other", "sms", "es", [],
     ["behavioral-health", "broadcast", "hard-negative"], "Crisis-line broadcast in Spanish; 988 is not a phone identifier."),
    ("dl0087", "Congrats on finishing the residential program, Derek! Stay connected - join the Phoenix Rising alumni group: facebook.example/groups/phoenixrisingalumni",
     "REWRITE", "marketing", "sms", "en",
     [("residential program", "PROCEDURE"), ("Derek", "NAME"), ("facebook.example/groups/phoenixrisingalumni", "URL")],
     ["substance-use"], "Judgement (decision 16): program completion said to the alumnus is REWRITE once the program word and the name go; the group link has no token."),
    ("dl0088", "Hi Mrs. Dunn, this is Alicia, Kyle's peer mentor at Stepping Stones. Kyle asked me to let you know he's 60 days sober today and doing great!",
     "BLOCK", "other", "sms", "en",
     [("Dunn", "NAME"), ("Alicia", "PROVIDER"), ("Kyle", "NAME"), ("peer mentor", "SPECIALTY"), ("Kyle", "NAME", 1), ("60 days sober", "RESULT")],
     ["substance-use", "third-party"], "Kyle's sobriety status sent to his mother: a third party's health (README), even at his request; the status is a RESULT (decision 6)."),
    ("dl0089", "Chip in for the Westside Food Drive! Our chocolate chip cookie bake-off is Friday at 6 PM in the community room. All ages welcome. - Westside Family Health",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Chips are cookies and donations, not sobriety chips."),
    ("dl0090", "Tonight's SMART Recovery meeting moved to Zoom: zoom.example/j/5521873344 (passcode: hope). - Kate, peer support",
     "REWRITE", "reminder", "sms", "en",
     [("SMART Recovery", "PROCEDURE"), ("zoom.example/j/5521873344", "URL"), ("Kate", "PROVIDER"), ("peer support", "SPECIALTY")],
     ["substance-use"], "Meeting name and peer-support role go (decisions 7, 8); the meeting link has no patient token (decision 13)."),
    ("dl0091", "Subject: Your plan from today\n\nHi Nadia,\n\nGreat talking today. Like we said, your big triggers right now are Friday nights and seeing your ex. If cravings hit: (1) text me, (2) go to the 7 PM NA meeting at St. Luke's, (3) call your sponsor. Keep the naloxone in your bag, not the car, and don't use alone - if you do, call the Never Use Alone line first.\n\nYou've come so far. Proud of you.\n\nSimone\nRecovery Coach, Northside Peer Recovery Network\n(612) 555-0152",
     "BLOCK", "care-instructions", "email", "en",
     [("Nadia", "NAME"), ("cravings", "CONDITION"), ("[[NA]] meeting", "PROCEDURE"), ("naloxone", "MEDICATION"), ("Simone", "PROVIDER"), ("Recovery Coach", "SPECIALTY"), ("Northside Peer Recovery Network", "SPECIALTY"), ("(612) 555-0152", "PHONE")],
     ["substance-use", "practice-contact"], "A relapse-prevention and overdose-safety plan is care instructions; e-mail is treated like SMS."),
    ("dl0092", "Recovery plan updated by Simone Okafor, CPRS\n\nGoal: 90 days without opioid use. Triggers: Friday nights, conflict with ex. Coping steps: text coach, attend 7 PM NA meeting, call sponsor. Safety: carry naloxone; never use alone.\n\nNext check-in: 4/9.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Simone Okafor", "PROVIDER"), ("CPRS", "SPECIALTY"), ("opioid use", "CONDITION"), ("[[NA]] meeting", "PROCEDURE"), ("naloxone", "MEDICATION"), ("4/9", "DATE")],
     ["substance-use", "contrast"], "The plan of dl0091 inside the secure portal: allowed (README channel convention)."),
)

# ---------------------------------------------------------------- batch 9 (dl0093-dl0104): naloxone, overdose, crisis, detox, families
add(
    ("dl0093", "Free naloxone (Narcan) training at Greenfield Public Library, Tuesday at 6 PM. Open to everyone, no registration needed. Kits provided.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Public training broadcast: the drug names say nothing about the recipient (decision 12)."),
    ("dl0094", "Your free Narcan kit is ready at the front desk of Kessler Health Center. Pick it up any time this week.",
     "REWRITE", "pickup", "sms", "en",
     [("Narcan", "MEDICATION")],
     ["substance-use", "contrast"], "A kit waiting for this recipient is a pickup with a medication name (decision 12), unlike the broadcast dl0093."),
    ("dl0095", "ER follow-up: you were treated at St. Anne's on 2/9 for an opioid overdose. Our bridge clinic can start buprenorphine the same day - call (216) 555-0166.",
     "BLOCK", "other", "sms", "en",
     [("2/9", "DATE"), ("opioid overdose", "CONDITION"), ("bridge clinic", "SPECIALTY"), ("buprenorphine", "MEDICATION"), ("(216) 555-0166", "PHONE")],
     ["substance-use", "urgent-care", "practice-contact"], "States the reason for the ER visit (a diagnosis) and a treatment offer."),
    ("dl0096", "In crisis? Call or text 988, or our 24/7 nurse line at (412) 555-0100. In an emergency, call 911.",
     "ALLOW", "other", "sms", "en",
     [("(412) 555-0100", "PHONE")],
     ["general", "practice-contact"], "Crisis resources with the practice's own line; 988/911 are not phone identifiers."),
    ("dl0097", "Hola Martín, soy Gaby, tu coach de recuperación de Casa Aurora. Te paso el número de la línea de crisis por si lo necesitas: (915) 555-0138, las 24 horas.",
     "REWRITE", "other", "sms", "es",
     [("Martín", "NAME"), ("Gaby", "PROVIDER"), ("coach de recuperación", "SPECIALTY"), ("(915) 555-0138", "PHONE")],
     ["substance-use", "practice-contact"], "The crisis number survives; the role (decision 7) and the name go. 'Casa Aurora' is not revealing (decision 1)."),
    ("dl0098", "Tox results from your ER visit Sat: positive for fentanyl + xylazine. Xylazine can cause skin wounds - please let us look at your arms at Wed's visit.",
     "BLOCK", "result", "sms", "en",
     [("Tox", "PROCEDURE"), ("positive", "RESULT"), ("fentanyl", "MEDICATION"), ("xylazine", "MEDICATION"), ("Xylazine", "MEDICATION"), ("skin wounds", "CONDITION")],
     ["substance-use"], "Toxicology results by text."),
    ("dl0099", "You have reached the after-hours line for Meadowbrook Clinic. If this is a medical emergency, hang up and dial 911. To reach the on-call provider, press 1. To leave a message for the office, press 2.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "IVR greeting; 911 and menu digits are not identifiers."),
    ("dl0100", "Reminder: your MOUD telehealth visit with Dr. Farouk starts in 1 hour. Tap to join.",
     "REWRITE", "reminder", "push", "en",
     [("MOUD", "PROCEDURE"), ("Dr. Farouk", "PROVIDER")],
     ["substance-use"], "'MOUD' (medication for opioid use disorder) names the treatment (decision 8); the reminder survives."),
    ("dl0101", "Your daughter Emma was seen in our adolescent substance use program today. She tested positive for THC, and we'd like to meet with you both this week.",
     "BLOCK", "result", "sms", "en",
     [("Emma", "NAME"), ("adolescent substance use program", "PROCEDURE"), ("positive", "RESULT"), ("THC", "MEDICATION")],
     ["substance-use", "pediatrics", "minor", "third-party"], "A minor's drug-test result sent to the parent: a third party's health (README)."),
    ("dl0102", "Parents: our info night on teen vaping and mental health is Thursday at 7 PM in the Lincoln High library. Free pizza! - Lincoln High School-Based Health Center",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Education event for all parents; no child or condition of the recipient's (decision 12)."),
    ("dl0103", "appt reminder: tmrw 9am @ Gateway Detox - bring ID, ins card & a list of ur meds. no valuables pls",
     "REWRITE", "reminder", "sms", "en",
     [("Gateway Detox", "SPECIALTY")],
     ["substance-use", "shorthand"], "The facility's name reveals detox (decision 1); the admission logistics survive."),
    ("dl0104", "Sra. Beltrán, su hijo Jorge ingresó anoche a desintoxicación por alcohol y ya está estable. Puede visitarlo el domingo de 2 a 4.",
     "BLOCK", "other", "sms", "es",
     [("Beltrán", "NAME"), ("Jorge", "NAME"), ("desintoxicación", "PROCEDURE"), ("alcohol", "MEDICATION"), ("estable", "RESULT")],
     ["substance-use", "third-party"], "The son's admission to alcohol detox and his condition, sent to his mother: third party's health (README; decision 5)."),
)

# ---------------------------------------------------------------- batch 10 (dl0105-dl0116): telehealth, disguise, tapers, records
add(
    ("dl0105", "Reminder: your m\u0435th\u0430done intake appt is Mon 10/5 at 8am. Bring photo ID.",
     "REWRITE", "reminder", "sms", "en",
     [("m\u0435th\u0430done", "MEDICATION"), ("10/5", "DATE")],
     ["substance-use"], "Cyrillic look-alike letters inside the drug name; 'intake' alone is generic."),
    ("dl0106", "We hope to see you tomorrow at 2:15! Reply C to confirm or R to reschedule. - Sunrise Family Clinic",
     "ALLOW", "confirmation", "sms", "en", [],
     ["primary-care", "hard-negative"], "'hope' and 'Sunrise' are ordinary words, not a name or a recovery program."),
    ("dl0107", "Note from Dr. Whitaker: your liver enzymes are up (ALT 112) since you started Antabuse. Please stop it until we talk Thursday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Whitaker", "PROVIDER"), ("liver enzymes", "PROCEDURE"), ("ALT", "PROCEDURE"), ("112", "RESULT"), ("Antabuse", "MEDICATION")],
     ["substance-use"], "A lab value and an instruction to stop a medication."),
    ("dl0108", "Appointment confirmed ✅\n\nBridgeway Recovery Telehealth\nProvider: Dr. Imani Brooks\nVisit type: Buprenorphine induction (video)\nDate: Tue, Sep 22, 2026\nTime: 4:30 PM ET\n\nJoin your visit: https://visit.bridgeway.example/join?pt=88127&t=Kx92aQ\n\nBefore your visit: find a quiet, private space and have your ID and pharmacy info ready. Need to cancel? Reply CANCEL or call (877) 555-0107.",
     "REWRITE", "confirmation", "email", "en",
     [("Bridgeway Recovery Telehealth", "SPECIALTY"), ("Dr. Imani Brooks", "PROVIDER"), ("Buprenorphine induction", "PROCEDURE"), ("Sep 22, 2026", "DATE"), ("https://visit.bridgeway.example/join?pt=88127&t=Kx92aQ", "URL"), ("(877) 555-0107", "PHONE")],
     ["substance-use", "practice-contact"], "Vendor confirmation: visit type (decision 15), practice name and a patient-tokened link go (decision 13); date, time and phone survive."),
    ("dl0109", "Sept 22 works! Your new time with Dr. Brooks is 4:30 PM. Reply R to reschedule.",
     "ALLOW", "confirmation", "sms", "en",
     [("Sept 22", "DATE"), ("Dr. Brooks", "PROVIDER")],
     ["substance-use"], "Provider, date and time only."),
    ("dl0110", "Mensaje para Adriana Solís de parte de la Clínica Senderos. Le llamamos para recordarle su cita de evaluación para naltrexona inyectable el jueves 8 de octubre a las 10 de la mañana.",
     "REWRITE", "reminder", "voice", "es",
     [("Adriana Solís", "NAME"), ("naltrexona inyectable", "MEDICATION"), ("8 de octubre", "DATE")],
     ["substance-use"], "Drug as the object of the visit is MEDICATION with its form word (README); name goes; 'evaluación' is generic."),
    ("dl0111", "Greenway Clinic: ur appt is confirmd for tmrw at 10:40. pls bring ur insurance card & photo ID. Reply C to confirm",
     "ALLOW", "confirmation", "sms", "en", [],
     ["primary-care", "shorthand", "typo", "hard-negative"], "Shorthand confirmation with nothing but a time."),
    ("dl0112", "Hi Jess, Dr. Mora said to taper ur buprenorhpine to 4mg daily starting Sat, then 2mg the week after. Call us if the withdrawl gets bad.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Jess", "NAME"), ("Dr. Mora", "PROVIDER"), ("buprenorhpine", "MEDICATION"), ("withdrawl", "CONDITION")],
     ["substance-use", "typo", "shorthand"], "A taper schedule is a dosing instruction; misspelled drug and condition are still labelled."),
    ("dl0113", "You're registered for Family Night on Tues 11/10 at 6pm. Questions? Call (419) 555-0102.",
     "ALLOW", "confirmation", "sms", "en",
     [("11/10", "DATE"), ("(419) 555-0102", "PHONE")],
     ["substance-use", "practice-contact"], "A program's family event with no program name, service or patient: neutral."),
    ("dl0114", "Clínica Familiar del Norte: su cita con la Dra. Ibarra está confirmada para el 12 de noviembre a las 9:30 a.m. Para cambiarla, llame al (915) 555-0121.",
     "ALLOW", "confirmation", "sms", "es",
     [("Dra. Ibarra", "PROVIDER"), ("12 de noviembre", "DATE"), ("(915) 555-0121", "PHONE")],
     ["primary-care", "practice-contact"], "Generic practice, provider, date and its own phone."),
    ("dl0115", "Mr. Howell - the county court has requested your attendance records and UDS results from our IOP. We need your signed Part 2 consent before we release anything. Please stop by Monday.",
     "REWRITE", "other", "sms", "en",
     [("Howell", "NAME"), ("UDS", "PROCEDURE"), ("IOP", "PROCEDURE"), ("Part 2", "SPECIALTY")],
     ["substance-use"], "Judgement (decisions 9, 17): no result is given, so the consent request survives once the test, program, Part 2 reference and name go."),
    ("dl0116", "Good news: free rides to appointments are now available through RideWell. Ask the front desk to book yours.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Transport service broadcast."),
)

# ---------------------------------------------------------------- batch 11 (dl0117-dl0120): long neutral letters, a misdirected intake note
add(
    ("dl0117", "Subject: Parking and entrance changes starting next month\n\nDear patients,\n\nBeginning next month, construction on the north side of our building will close the main lot for about eight weeks. Please park in the temporary lot at 455 Alder Avenue, Tacoma, WA 98402 and use the south entrance. A shuttle runs every 10 minutes from 6 AM to 7 PM, and the check-in desk will move to the first-floor lobby.\n\nIf you use a wheelchair or walker, let us know when you arrive and a staff member will meet you at the curb. Early-morning hours are not changing.\n\nQuestions? Call (253) 555-0125 or write to frontdesk@alderhealth.example.\n\nThank you for your patience,\nAlder Health Partners",
     "ALLOW", "other", "email", "en",
     [("455 Alder Avenue, Tacoma, WA 98402", "ADDRESS"), ("(253) 555-0125", "PHONE"), ("frontdesk@alderhealth.example", "EMAIL")],
     ["general", "broadcast", "practice-contact"], "Practice-wide letter with the practice's own address, phone and e-mail."),
    ("dl0118", "Clean Sweep Saturday: volunteers needed for the Hillcrest Park cleanup, 9 to noon. Gloves and coffee provided! - Hillcrest Medical staff council",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Clean' is a park cleanup."),
    ("dl0119", "Asunto: Nuevo horario de recepción\n\nEstimados pacientes:\n\nA partir del próximo mes, la recepción de Clínica Senderos abrirá de lunes a viernes de 6:00 a.m. a 2:00 p.m. y los sábados de 7:00 a 10:00 a.m. Las citas de la tarde se atenderán en el segundo piso.\n\nSi necesita una carta para su trabajo o un comprobante de asistencia, pídalo en recepción con dos días de anticipación. Recuerde traer siempre su identificación con foto.\n\nPara cualquier duda, llame al (915) 555-0177.\n\nGracias por su paciencia,\nEl equipo de Clínica Senderos",
     "ALLOW", "other", "email", "es",
     [("(915) 555-0177", "PHONE")],
     ["substance-use", "broadcast", "practice-contact"], "A substance-use program with a non-revealing name (decision 1) sends neutral hours; its own phone is allowed."),
    ("dl0120", "Intake for Robert James Kline, DOB 04/11/1979: referred by probation for opioid use disorder, start Suboxone 8mg BID per Dr. Tran.",
     "BLOCK", "other", "sms", "en",
     [("Robert James Kline", "NAME"), ("04/11/1979", "DATE"), ("opioid use disorder", "CONDITION"), ("Suboxone 8mg", "MEDICATION"), ("Dr. Tran", "PROVIDER")],
     ["substance-use", "dob"], "Full date of birth with a name (README), a diagnosis and a dosing order: a misdirected staff note that must never go by text."),
)

# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "dl", "probe113.jsonl")
