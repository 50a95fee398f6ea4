#!/usr/bin/env python3
"""Build corpus/probe159.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe159.py [OUT] [-v]   (default: probe159.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only. The engine, the
./redactor launcher, Maven and java were not run, and no other corpus, test or source file was read.

This round is MENTAL-HEALTH CRISIS SERVICES AND 988 FOLLOW-UP: what crisis lines, 988 call
centers, mobile crisis teams, crisis stabilization units (CSU), crisis receiving centers, peer
warmlines and post-crisis follow-up programs (Caring Contacts and the like) send to the people who
reached out and to their families: follow-up check-ins after a call or visit, callback
scheduling, safety-plan reminders, bridge appointments to outpatient therapy and psychiatry,
warmline hours, means-safety information, family support group invitations, surveys, bills,
records requests, and community awareness broadcasts (988, Suicide Prevention Month, gatekeeper
trainings, resource lists). Messages that reveal the recipient's (or a relative's) crisis,
condition, treatment or contact are mixed with neutral public information and look-alikes (a
crisis at the food bank, a plan for the snowstorm, a safe place to park, a warm line of winter
coats, the Housing Stabilization Fund, the Hope Street bus stop, a tropical depression, a storm
shelter, a building safety plan, a staff member named Robin Shelter). 20% Spanish; four
disguised messages (spaced letters, leet, zero-width characters, Cyrillic look-alikes).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "Risk: [[low]]" searches for "Risk: low"
      and labels only the bracketed part "low".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Crisis-service names and service-line words (crisis line, Lifeline, warmline, peer
     warmline, mobile crisis team, crisis stabilization unit / CSU, crisis unit, crisis
     center and crisis receiving center names, psychiatric emergency service, ED/ER,
     urgencias) are SPECIALTY. "988" is labelled SPECIALTY only when it names the service the
     recipient contacted ("thanks for reaching out to 988 last night", "988 follow-up"); as
     advice ("call or text 988") it is not labelled (the README only says it is not a PHONE);
     likewise "go to the nearest ER" as general advice is not labelled.
  2. What a person receives from these services is PROCEDURE: safety plan / safety planning,
     named follow-up programs (Caring Contacts, Post-Crisis Follow-Up Program), crisis
     assessment, risk screens (C-SSRS, PHQ-9, Columbia screening), holds and evaluations,
     therapy and counseling, DBT, IOP/PHP, peer support and the recipient's own support group;
     a risk level or a screen's answer is RESULT ("moderate risk", "HIGH RISK", "negative for
     current intent", "no signs of psychosis").
  3. Ideation, self-harm, overdose, attempts, hearing voices, panic attacks, and warning signs
     named as the person's own (insomnia, racing thoughts, not sleeping, isolating) are
     CONDITION ("symptoms are conditions"); "your crisis" phrasing is avoided.
  4. A check-in that only shows that the recipient contacted a crisis service (service name,
     callback time, reference) is REWRITE — the contact is treated like a revealing visit type;
     one that restates what they disclosed, a risk level, a score, a diagnosis, safety-plan
     steps, or means-safety / medication instructions tied to the crisis is BLOCK.
  5. "counselor"/"consejera" naming the recipient's (or relative's) behavioral-health clinician,
     "crisis counselor", "peer specialist", "psychiatrist"/"psiquiatra"/"psicólogo" and the
     credentials LCSW, LMHC and LPC are SPECIALTY (like the README's substance-use "consejero");
     the person's name is PROVIDER. A staff member named without a title in scheduling text
     (Robin Shelter) is PROVIDER (workforce). "crisis counselor training" in a message
     recruiting volunteers is about a job, not anyone's care, and is not labelled.
  6. Broadcasts from county or health-system senders (988 awareness, warmline hours,
     means-safety giveaways, family support evenings, resource lists) are ALLOW with no clinical
     span even though they name crisis services; a notice from a crisis-service-named sender to
     its own callers (reminder, push, survey, bill) is REWRITE with the sender name as SPECIALTY.
  7. A family support group invitation addressed to a named relative, without details about
     the relative, is REWRITE (group name PROCEDURE, eligibility wording CONDITION); once it
     names the relative's discharge, diagnosis, hold or medication it is BLOCK (third party).
  8. A support group named after a condition the recipient has (suicide-attempt survivors) is a
     condition used as a visit label: REWRITE, not BLOCK.
  9. Crisis-line case/reference numbers and release-of-information request numbers are OTHER_ID.
 10. "bridge appointment", "intake", "check-in", "follow-up call", "care coordinator" and
     "discharge" are generic and unlabelled; the crisis program that made the referral is still
     labelled.
 11. Means-safety objects (firearms, lockboxes, car keys) have no category and are unlabelled;
     a message asking a specific person to store them away is BLOCK on the strength of the
     condition/medication spans next to them (a treatment instruction tied to suicide risk).
 12. Support people named in a safety plan who are not family (a friend) are NAME like family;
     pets are not labelled; facility names that reveal nothing (St. Brendan's, Linden Hall,
     Riverview, Sunrise Manor) are not labelled.
 13. A severity or state word about a diagnosis ("severe", "stable", "low" of a level) is RESULT.

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


# ---------------------------------------------------------------- batch 1 (ff0001-ff0012): follow-up after a crisis call or visit
add(
    ("ff0001", "Hi Jasmine, this is Theo with the Three Rivers Crisis Line follow-up team. Just checking in after your call Tuesday night. How are you doing today? Reply here or call (412) 555-0142 anytime.",
     "REWRITE", "other", "sms", "en",
     [("Jasmine", "NAME"), ("Theo", "PROVIDER"), ("Three Rivers Crisis Line", "SPECIALTY"), ("(412) 555-0142", "PHONE")],
     ["behavioral-health", "practice-contact"], "The check-in survives once the name and the crisis-line name go (decisions 1, 4); the line's own number stays."),
    ("ff0002", "Hi Marcus, it's Dana from 988 follow-up. When we spoke on 3/9 you said the thoughts of ending your life were coming most nights. Are you still safe right now? Text back YES or call us.",
     "BLOCK", "other", "sms", "en",
     [("Marcus", "NAME"), ("Dana", "PROVIDER"), ("988", "SPECIALTY"), ("3/9", "DATE"), ("thoughts of ending your life", "CONDITION")],
     ["behavioral-health"], "Restates the suicidal ideation the caller disclosed (decision 4); '988' names the service he used, so it is SPECIALTY here (decision 1)."),
    ("ff0003", "If you or someone you care about is struggling, you can call or text 988 any time, day or night. It's free, confidential, and you'll reach a trained counselor.",
     "ALLOW", "other", "sms", "en", [],
     ["behavioral-health", "broadcast", "hard-negative"], "Community awareness message: 988 is advice, not a phone identifier or the recipient's contact (decisions 1, 6)."),
    ("ff0004", "Hello, this message is for Keisha Brown. This is Alberto from the Caring Contacts program at Lakeshore Behavioral Health, calling to check on you like we talked about. No need to call back unless you want to - our number is 216-555-0187. Take care.",
     "REWRITE", "other", "voice", "en",
     [("Keisha Brown", "NAME"), ("Alberto", "PROVIDER"), ("Caring Contacts", "PROCEDURE"), ("Lakeshore Behavioral Health", "SPECIALTY"), ("216-555-0187", "PHONE")],
     ["behavioral-health", "practice-contact"], "Voicemail is treated like SMS; the post-crisis program name (decision 2) and the behavioral-health name go, the check-in and call-back number stay."),
    ("ff0005", "Checking in from Mobile Crisis. Yesterday our team assessed you as moderate risk and you agreed to go to the crisis stabilization unit if things got worse. Still ok to meet Thurs at 2?",
     "BLOCK", "care-instructions", "sms", "en",
     [("Mobile Crisis", "SPECIALTY"), ("moderate risk", "RESULT"), ("crisis stabilization unit", "SPECIALTY")],
     ["behavioral-health"], "A risk assessment outcome is a finding (decision 2) and the plan is a treatment instruction; only the portal may carry it."),
    ("ff0006", "Someone from your care team left you a message. Tap to open it in the secure app.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general"], "Notification without PHI: says that a message exists, not what it is about."),
    ("ff0007", "Hola Rocío, le habla Mariela de la Línea de Crisis del Valle. Solo queríamos saber cómo ha seguido después de su llamada del sábado. Si necesita hablar, estamos las 24 horas al (956) 555-0163.",
     "REWRITE", "other", "sms", "es",
     [("Rocío", "NAME"), ("Mariela", "PROVIDER"), ("Línea de Crisis del Valle", "SPECIALTY"), ("(956) 555-0163", "PHONE")],
     ["behavioral-health", "practice-contact"], "Follow-up after a crisis call: name and crisis-line name go, the check-in and the line's number stay (decisions 1, 4)."),
    ("ff0008", "Subject: Following up from last night\n\nHi Priya,\n\nThank you for reaching out to the Northstar Crisis Line last night. I know it took a lot to call. As we agreed, here is the safety plan we built together so you have it in writing:\n\n1. Warning signs: insomnia, pulling away from friends, replaying the breakup.\n2. Coping: walk Biscuit, hot shower, music.\n3. People to text: your cousin Anjali, your roommate.\n4. Making the space safe: your roommate is holding onto the leftover oxycodone.\n\nI'll call you Thursday afternoon to see how the week is going. If the urge to hurt yourself comes back before then, call or text 988 or go to the nearest ER.\n\nTake good care,\nSam Okafor, crisis counselor\nNorthstar Crisis Line | (614) 555-0129",
     "BLOCK", "care-instructions", "email", "en",
     [("Priya", "NAME"), ("Northstar Crisis Line", "SPECIALTY", 0), ("safety plan", "PROCEDURE"), ("insomnia", "CONDITION"), ("Anjali", "NAME"), ("oxycodone", "MEDICATION"), ("urge to hurt yourself", "CONDITION"), ("Sam Okafor", "PROVIDER"), ("crisis counselor", "SPECIALTY"), ("Northstar Crisis Line", "SPECIALTY", 1), ("(614) 555-0129", "PHONE")],
     ["behavioral-health", "practice-contact"], "The whole e-mail is a safety plan with warning signs, means safety and self-harm urges (decisions 3, 4, 11); 'Biscuit' is a pet and not labelled (decision 12); the advice to call 988 and go to the ER is not labelled (decision 1)."),
    ("ff0009", "Food bank update: we had a crisis at the food bank this week when the walk-in freezer failed. Thanks to our volunteers, Saturday distribution is still on, 9 to noon. Bring your own bags!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'crisis' is a broken freezer; nothing about anyone's health."),
    ("ff0010", "hey its Lou from the peer warmline, just following up on our talk fri. no pressure, we're here 5p-11p every nite if u want to chat. - Lou",
     "REWRITE", "other", "sms", "en",
     [("Lou", "PROVIDER", 0), ("peer warmline", "SPECIALTY"), ("Lou", "PROVIDER", 1)],
     ["behavioral-health", "shorthand", "typo"], "Shows that the recipient called the warmline (decisions 1, 4); the friendly follow-up survives without the service name."),
    ("ff0011", "Sra. Castillo, le escribimos del equipo móvil de crisis. Su hijo Mateo fue evaluado anoche y lo trasladamos a la unidad de estabilización. Por favor llámenos al 956-555-0171 para darle más detalles.",
     "BLOCK", "other", "sms", "es",
     [("Castillo", "NAME"), ("equipo móvil de crisis", "SPECIALTY"), ("Mateo", "NAME"), ("unidad de estabilización", "SPECIALTY"), ("956-555-0171", "PHONE")],
     ["behavioral-health", "third-party", "practice-contact"], "A relative's crisis evaluation and transfer to a stabilization unit is a third party's health (README: BLOCK)."),
    ("ff0012", "Reminder: your appointment with Dr. Hollis is Mon 4/13 at 10:30 AM at Greenway Community Health, 210 Birch Ave. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Hollis", "PROVIDER"), ("4/13", "DATE"), ("210 Birch Ave", "ADDRESS")],
     ["primary-care", "practice-contact"], "Bridge visit with a generic practice name: provider, date, time and the practice's own address are allowed."),
)

# ---------------------------------------------------------------- batch 2 (ff0013-ff0024): safety plans, bridge appointments, families
add(
    ("ff0013", "Hi Devon - quick reminder to keep your safety plan somewhere easy to find (phone notes or the wallet card). Your bridge appointment at Cedar Ridge Behavioral Health is Wed 5/6 at 3pm.",
     "REWRITE", "reminder", "sms", "en",
     [("Devon", "NAME"), ("safety plan", "PROCEDURE"), ("Cedar Ridge Behavioral Health", "SPECIALTY"), ("5/6", "DATE")],
     ["behavioral-health"], "Name, safety plan (decision 2) and behavioral-health name go; 'bridge appointment' is generic (decision 10) and the date and time survive."),
    ("ff0014", "Your safety plan step 2 when the voices get loud: go to your sister's, put on headphones, take 1 extra quetiapine 25mg like Dr. Amin said. Step 3: call Reggie.",
     "BLOCK", "care-instructions", "sms", "en",
     [("safety plan", "PROCEDURE"), ("voices", "CONDITION"), ("quetiapine 25mg", "MEDICATION"), ("Dr. Amin", "PROVIDER"), ("Reggie", "NAME")],
     ["behavioral-health"], "Safety-plan steps with a symptom and a dosing instruction are the message (decision 4); Reggie, a support person, is NAME (decision 12)."),
    ("ff0015", "Your safety plan from your visit on 2/18 with Jordan Pike, LCSW, is now in Documents. Warning signs you named: racing thoughts, not answering texts. Reasons for living: your kids, Luna and Max. Crisis support: call or text 988.",
     "ALLOW", "portal-notice", "portal", "en",
     [("safety plan", "PROCEDURE"), ("2/18", "DATE"), ("Jordan Pike", "PROVIDER"), ("LCSW", "SPECIALTY"), ("racing thoughts", "CONDITION"), ("Luna", "NAME"), ("Max", "NAME")],
     ["behavioral-health"], "Inside the secure portal the safety plan, warning signs and names may stay (README channel convention); credential LCSW is SPECIALTY (decision 5)."),
    ("ff0016", "Subject: Your next step after your visit\n\nHello Mr. Adeyemi,\n\nThank you for coming to the Eastside Crisis Stabilization Center. As promised, we scheduled your first outpatient therapy appointment: Friday, June 12 at 9:00 AM with Dr. Karen Liu at Maplewood Counseling Associates, 44 Orchard Lane, Suite 2. Please bring a photo ID and your insurance card. If you need a ride, reply to this email and our care coordinator will set up transportation.\n\nEastside Care Coordination\ncare@eastsidecsc.example",
     "REWRITE", "reminder", "email", "en",
     [("Adeyemi", "NAME"), ("Eastside Crisis Stabilization Center", "SPECIALTY"), ("outpatient therapy", "PROCEDURE"), ("June 12", "DATE"), ("Dr. Karen Liu", "PROVIDER"), ("Maplewood Counseling Associates", "SPECIALTY"), ("44 Orchard Lane, Suite 2", "ADDRESS"), ("care@eastsidecsc.example", "EMAIL")],
     ["behavioral-health", "practice-contact"], "Bridge-appointment e-mail: the crisis center, therapy and counseling-practice names go; date, time, provider, the practice's address and e-mail stay (decision 10)."),
    ("ff0017", "Winter weather plan: if county schools close for the snowstorm, our clinic opens at 10 AM and video visits go ahead as scheduled. Watch for a text from us by 7 AM.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a plan for the snowstorm, not a safety plan."),
    ("ff0018", "Before you left the CSU we restarted your lithium 300mg twice daily. Lithium level at the lab on Monday - please don't skip it. Call us with any questions.",
     "BLOCK", "care-instructions", "sms", "en",
     [("CSU", "SPECIALTY"), ("lithium 300mg", "MEDICATION"), ("Lithium level", "PROCEDURE")],
     ["behavioral-health", "shorthand"], "Dosing instruction after a crisis stabilization stay (CSU, decision 1)."),
    ("ff0019", "Hola Yesenia 🙂 Recuerde tener a la mano su plan de seguridad. Su próxima cita de terapia con la Lic. Ortega es el 14 de mayo a las 5 pm.",
     "REWRITE", "reminder", "sms", "es",
     [("Yesenia", "NAME"), ("plan de seguridad", "PROCEDURE"), ("terapia", "PROCEDURE"), ("Lic. Ortega", "PROVIDER"), ("14 de mayo", "DATE")],
     ["behavioral-health"], "Reminder survives once the name, the safety plan (decision 2) and the therapy visit type go."),
    ("ff0020", "Heads up: the parking garage on Pine is closed for repairs through Friday. A safe place to park is the Elm Street surface lot, lit and staffed until 9 PM.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a safe place to park; streets are the practice's surroundings, not a patient address."),
    ("ff0021", "Hi, this is a message for Gloria Nuñez. This is Pat from County Mobile Crisis. We were with your husband Ray this afternoon after the call about him threatening to hurt himself. He's agreed to a voluntary evaluation at St. Brendan's. Please call me back at 505-555-0114.",
     "BLOCK", "other", "voice", "en",
     [("Gloria Nuñez", "NAME"), ("Pat", "PROVIDER"), ("County Mobile Crisis", "SPECIALTY"), ("Ray", "NAME"), ("threatening to hurt himself", "CONDITION"), ("voluntary evaluation", "PROCEDURE"), ("505-555-0114", "PHONE")],
     ["behavioral-health", "third-party", "practice-contact"], "A spouse's self-harm threat and evaluation on a voicemail: third party's health; the hospital name reveals nothing and is not labelled (decision 12)."),
    ("ff0022", "Subject: Peer warmline hours are growing\n\nGood news from Silver Mesa Health: starting March 1, the peer-run warmline will be open every day from noon to midnight. A warmline is for when you don't need a crisis line but could use someone who's been there to talk to. Call 775-555-0106 or chat at warmline.silvermesa.example. For emergencies call 911; for a mental health crisis call or text 988.",
     "ALLOW", "marketing", "email", "en",
     [("March 1", "DATE"), ("775-555-0106", "PHONE"), ("warmline.silvermesa.example", "URL")],
     ["behavioral-health", "broadcast", "practice-contact"], "Warmline hours from a generic health-system sender to everyone: ALLOW, the services are not the recipient's (decision 6)."),
    ("ff0023", "Reminder from Harbor Lights Crisis Services: your follow-up call is scheduled for tomorrow at 4:30 PM. Reply STOP to opt out.",
     "REWRITE", "reminder", "push", "en",
     [("Harbor Lights Crisis Services", "SPECIALTY")],
     ["behavioral-health"], "A crisis-service sender name on a lock screen reveals the relationship (decision 6); the reminder survives without it."),
    ("ff0024", "Hi Ms. Greer, this is the school-based crisis team. Aiden (gr 8) disclosed self-harm at school today and was seen by our counselor. We need you to pick him up by 3:15 and bring him to his safety planning appt Thursday.",
     "BLOCK", "other", "sms", "en",
     [("Greer", "NAME"), ("school-based crisis team", "SPECIALTY"), ("Aiden", "NAME"), ("self-harm", "CONDITION"), ("counselor", "SPECIALTY"), ("safety planning", "PROCEDURE")],
     ["behavioral-health", "third-party", "minor"], "A child's self-harm disclosure sent to the parent: a dependent's condition is BLOCK (README); 'counselor' names his clinician (decision 5)."),
)

# ---------------------------------------------------------------- batch 3 (ff0025-ff0036): means safety, family support, Robin Shelter
add(
    ("ff0025", "Free cable gun locks and medication lockboxes are available at the front desk of every Lakeview Family Practice location, no questions asked. Storing safely saves lives.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Means-safety giveaway sent to every patient: says nothing about the recipient (decisions 6, 11)."),
    ("ff0026", "Hi Tom, following up on our talk about safety at home. Since Kyle has been having suicidal thoughts, please keep the shotgun at your brother's until his next visit with Dr. Baptiste, and lock up his sertraline.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Tom", "NAME"), ("Kyle", "NAME"), ("suicidal thoughts", "CONDITION"), ("Dr. Baptiste", "PROVIDER"), ("sertraline", "MEDICATION")],
     ["behavioral-health", "third-party"], "Means-safety counseling about a family member's suicidal thoughts and medication: third party's health (decision 11)."),
    ("ff0027", "Hi Renee,\n\nYou're warmly invited to our Family Connections support group for relatives of people who have been through a mental health crisis. We meet the second Tuesday of each month, 6:30-8 PM, at Brightwater Behavioral Health, 1200 Carver Blvd, Room B. Coffee and childcare provided. RSVP to Luz at 803-555-0158.\n\nBrightwater Family Services",
     "REWRITE", "marketing", "email", "en",
     [("Renee", "NAME"), ("Family Connections", "PROCEDURE"), ("mental health crisis", "CONDITION"), ("Brightwater Behavioral Health", "SPECIALTY"), ("1200 Carver Blvd, Room B", "ADDRESS"), ("Luz", "PROVIDER"), ("803-555-0158", "PHONE")],
     ["behavioral-health", "practice-contact"], "Invitation to a named relative with no detail about the relative: REWRITE (decision 7); group name, eligibility wording and behavioral-health name go, time and place stay."),
    ("ff0028", "Thank you, neighbors! Saturday's drive had a warm line of winter coats stretching out the door. We're still collecting gloves and hats at the front desk through Friday.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a warm line of winter coats, not a warmline."),
    ("ff0029", "hi Brianna, per ur call 2 the crisis line last nite re: the OD on tylenol - glad ur ok. f/u w/ Dr. Sato tmrw 9a, pls confirm",
     "BLOCK", "other", "sms", "en",
     [("Brianna", "NAME"), ("crisis line", "SPECIALTY"), ("OD", "CONDITION"), ("tylenol", "MEDICATION"), ("Dr. Sato", "PROVIDER")],
     ["behavioral-health", "shorthand"], "Names the overdose and the drug (decisions 3, 4); the follow-up logistics cannot be sent with it."),
    ("ff0030", "Confirmed: Tues 6/9 at 1 PM with Marisol Vega, Certified Peer Specialist, at Riverside Recovery & Wellness. Reply R to reschedule.",
     "REWRITE", "confirmation", "sms", "en",
     [("6/9", "DATE"), ("Marisol Vega", "PROVIDER"), ("Certified Peer Specialist", "SPECIALTY"), ("Riverside Recovery & Wellness", "SPECIALTY")],
     ["behavioral-health", "substance-use"], "Peer-specialist role (decision 5) and a recovery-center name reveal the service; date, time and staff name stay."),
    ("ff0031", "Reminder: you're scheduled with Robin Shelter on Thu 4/23 at 11:00 at Oak Hollow Family Medicine. Please arrive 10 min early. Questions? 207-555-0133",
     "ALLOW", "reminder", "sms", "en",
     [("Robin Shelter", "PROVIDER"), ("4/23", "DATE"), ("207-555-0133", "PHONE")],
     ["primary-care", "practice-contact"], "Look-alike: Shelter is a clinician's surname at a generic practice, not a shelter; staff named without a title are PROVIDER (decision 5)."),
    ("ff0032", "Robin Shelter, LMHC, had to move your Wednesday counseling session to Fri 4/24, same time (3:30). Reply OK to accept or call 207-555-0139.",
     "REWRITE", "reminder", "sms", "en",
     [("Robin Shelter", "PROVIDER"), ("LMHC", "SPECIALTY"), ("counseling", "PROCEDURE"), ("4/24", "DATE"), ("207-555-0139", "PHONE")],
     ["behavioral-health", "practice-contact"], "Same clinician as a counselor: the LMHC credential (decision 5) and the session type go; name, date and time stay."),
    ("ff0033", "Estimada Sra. Paredes:\n\nLe escribimos de la Unidad de Estabilización de Crisis Los Pinos. Su hija Daniela, de 19 años, ingresó anoche después de un intento de suicidio y ya se encuentra estable. Ella nos autorizó a informarle. El horario de visitas es de 4 a 7 pm; por favor tráigale ropa cómoda sin cordones.\n\nAtentamente,\nTrabajo Social, ext. 214\n(915) 555-0148",
     "BLOCK", "other", "email", "es",
     [("Paredes", "NAME"), ("Unidad de Estabilización de Crisis Los Pinos", "SPECIALTY"), ("Daniela", "NAME"), ("intento de suicidio", "CONDITION"), ("estable", "RESULT"), ("(915) 555-0148", "PHONE")],
     ["behavioral-health", "third-party", "practice-contact"], "A daughter's suicide attempt and admission: third party's health even with her consent to inform (the channel is still e-mail); 'estable' is a state (decision 13)."),
    ("ff0034", "Tropical depression Nine is expected to bring heavy rain Thursday. The clinic may close early; check this text line for updates.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a tropical depression is weather."),
    ("ff0035", "Buenas tardes, este mensaje es para Héctor Ramírez. Le llamamos del programa de seguimiento de la Línea 988 para recordarle su llamada de control mañana a las 10 de la mañana. Si necesita cambiarla, llame al 210-555-0176. Gracias.",
     "REWRITE", "reminder", "voice", "es",
     [("Héctor Ramírez", "NAME"), ("Línea 988", "SPECIALTY"), ("210-555-0176", "PHONE")],
     ["behavioral-health", "practice-contact"], "Voicemail reminder of a follow-up call: name and 'Línea 988' (the service he contacted, decision 1) go; 'programa de seguimiento' is generic (decision 10)."),
    ("ff0036", "Hi! This confirms the follow-up telehealth visit you asked for with Dr. Farrow on 7/2 at 2:00 PM. Join at https://visit.pinecrestfamily.example/room/farrow five minutes early.",
     "ALLOW", "confirmation", "email", "en",
     [("Dr. Farrow", "PROVIDER"), ("7/2", "DATE"), ("https://visit.pinecrestfamily.example/room/farrow", "URL")],
     ["primary-care", "practice-contact"], "Provider, date and the practice's own visit room link (named after the provider, no patient token)."),
)

# ---------------------------------------------------------------- batch 4 (ff0037-ff0048): awareness broadcasts, disguises, relatives
add(
    ("ff0037", "Si usted o alguien que conoce está pasando por un momento difícil, llame o mande un mensaje de texto al 988. Hay atención en español las 24 horas. Es gratis y confidencial.",
     "ALLOW", "other", "sms", "es", [],
     ["behavioral-health", "broadcast", "hard-negative"], "Community message in Spanish: 988 as advice, nothing about the recipient (decisions 1, 6)."),
    ("ff0038", "Subject: September is Suicide Prevention Month\n\nDear neighbors,\n\nEvery September, Pinewood County Health joins communities across the country to talk openly about suicide prevention. This year we're offering free gatekeeper trainings (one hour, online or in person) so anyone can learn to notice warning signs, ask directly, and connect a friend to help. Sessions run Sept. 10, 17 and 24 at the Central Library, 6-7 PM. Register at pinewoodhealth.example/gatekeeper.\n\nRemember: the 988 Suicide & Crisis Lifeline is available 24/7 by call, text or chat, and mobile crisis teams can come to you anywhere in the county. You don't need to be in crisis to learn how to help.\n\nWith care,\nPinewood County Health Department",
     "ALLOW", "marketing", "email", "en",
     [("Sept. 10", "DATE"), ("pinewoodhealth.example/gatekeeper", "URL")],
     ["behavioral-health", "broadcast", "practice-contact"], "Community awareness newsletter from a county sender: crisis services named as public information (decision 6); event date and the county's link are allowed."),
    ("ff0039", "Hi Jamal, Nurse Kim from Dr. Oduya's office. Your s u i c i d e risk screen on Monday scored h i g h, so we set up a same-day call with the crisis team. Pls pick up when 412-555-0190 calls.",
     "BLOCK", "result", "sms", "en",
     [("Jamal", "NAME"), ("Nurse Kim", "PROVIDER"), ("Dr. Oduya", "PROVIDER"), ("s u i c i d e risk screen", "PROCEDURE"), ("h i g h", "RESULT"), ("crisis team", "SPECIALTY"), ("412-555-0190", "PHONE")],
     ["behavioral-health", "spaced", "practice-contact"], "Spaced-out letters disguise a screening result (decision 2); a result is BLOCK."),
    ("ff0040", "Hi Connor! Mobile Crisis Response of Grand County here. We'll stop by for your in-home check-in tomorrow between 1 and 3 PM. Text back if that window doesn't work.",
     "REWRITE", "reminder", "sms", "en",
     [("Connor", "NAME"), ("Mobile Crisis Response of Grand County", "SPECIALTY")],
     ["behavioral-health"], "Visit window survives once the name and the mobile crisis team's name go (decisions 1, 4); 'check-in' is generic (decision 10)."),
    ("ff0041", "The county's Housing Stabilization Fund is taking applications for rent and utility help through Friday. Ask at the front desk for a paper form or for help filling it out.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a housing Stabilization Fund, not a crisis stabilization unit."),
    ("ff0042", "Don Julio, le informamos que su esposa Carmen sigue en la unidad de crisis y ya empezó con la medicina nueva (olanzapina 5 mg en la noche). La psiquiatra la vuelve a ver el lunes.",
     "BLOCK", "other", "sms", "es",
     [("Julio", "NAME"), ("Carmen", "NAME"), ("unidad de crisis", "SPECIALTY"), ("olanzapina 5 mg", "MEDICATION"), ("psiquiatra", "SPECIALTY")],
     ["behavioral-health", "third-party"], "A wife's crisis-unit stay, new medication and psychiatrist: third party's health (README)."),
    ("ff0043", "Shuttle update: starting Monday, the free clinic shuttle picks up at the Hope Street bus stop every 20 minutes, 7 AM to 6 PM on weekdays.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: Hope Street is a bus stop, not a program; no patient address."),
    ("ff0044", "Hello Ms. Whitfield,\n\nYour statement from Summit Crisis Stabilization Unit for services on 1/14 is ready. Amount due after insurance: $145.00. Account no. 66-401928. You can pay online at https://billing.summitcsu.example or call 303-555-0121, Mon-Fri 8-4:30. Financial assistance is available; just ask.\n\nPatient Accounts",
     "REWRITE", "billing", "email", "en",
     [("Whitfield", "NAME"), ("Summit Crisis Stabilization Unit", "SPECIALTY"), ("1/14", "DATE"), ("66-401928", "ACCOUNT"), ("https://billing.summitcsu.example", "URL"), ("303-555-0121", "PHONE")],
     ["behavioral-health", "identifier", "practice-contact"], "Bill from a crisis-service-named sender (decision 6): name, CSU name and account go; amount, service date and the unit's own pay link and phone stay."),
    ("ff0045", "Su llamada de seguimiento es mañana a las 9:15 am. Toque aquí para confirmar.",
     "ALLOW", "reminder", "push", "es", [],
     ["general"], "Reminder without PHI: 'llamada de seguimiento' (follow-up call) is generic (decision 10)."),
    ("ff0046", "Hey Sierra, Ms. Adams from Bayview Psych. Just confirming u r still taking the pr0zac 20mg daily after ur 0verd0se last wk? Call me back at 916-555-0113.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Sierra", "NAME"), ("Ms. Adams", "PROVIDER"), ("Bayview Psych", "SPECIALTY"), ("pr0zac 20mg", "MEDICATION"), ("0verd0se", "CONDITION"), ("916-555-0113", "PHONE")],
     ["behavioral-health", "leet", "shorthand", "practice-contact"], "Leetspeak hides a drug and an overdose (decision 3); medication plus condition is BLOCK. A staff member with a courtesy title is PROVIDER."),
    ("ff0047", "Hola Beto, soy Fer de la línea de apoyo entre pares. Quedamos de hablar hoy a las 7 pm, ¿sigue en pie? Si no, escríbeme cuando puedas 🤝",
     "REWRITE", "other", "sms", "es",
     [("Beto", "NAME"), ("Fer", "PROVIDER"), ("línea de apoyo entre pares", "SPECIALTY")],
     ["behavioral-health"], "The peer support line (a warmline) reveals the contact (decision 1); the agreed call time survives."),
    ("ff0048", "Dr. Morales' office: your appointment is confirmed for Tuesday, 5/19 at 8:45 AM. Please bring your medication list.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Morales", "PROVIDER"), ("5/19", "DATE")],
     ["primary-care"], "Provider, date and time; 'medication list' names no drug."),
)

# ---------------------------------------------------------------- batch 5 (ff0049-ff0060): screens and results, Caring Contacts, letters
add(
    ("ff0049", "Hi Nadia, your PHQ-9 today was 17 and you answered 'several days' to question 9, so Dr. Reyes added a safety plan to your chart and a follow-up on 8/4. Read it under Visit Notes.",
     "ALLOW", "portal-notice", "portal", "en",
     [("Nadia", "NAME"), ("PHQ-9", "PROCEDURE"), ("17", "RESULT"), ("several days", "RESULT"), ("Dr. Reyes", "PROVIDER"), ("safety plan", "PROCEDURE"), ("8/4", "DATE")],
     ["behavioral-health", "contrast"], "Same text as ff0050 but in the portal, where a score and a plan may stay (README channel convention)."),
    ("ff0050", "Hi Nadia, your PHQ-9 today was 17 and you answered 'several days' to question 9, so Dr. Reyes added a safety plan to your chart and a follow-up on 8/4. Read it under Visit Notes.",
     "BLOCK", "result", "sms", "en",
     [("Nadia", "NAME"), ("PHQ-9", "PROCEDURE"), ("17", "RESULT"), ("several days", "RESULT"), ("Dr. Reyes", "PROVIDER"), ("safety plan", "PROCEDURE"), ("8/4", "DATE")],
     ["behavioral-health", "contrast"], "By SMS the depression score and the answer to the self-harm item are results (decision 2); contrast with the portal copy ff0049."),
    ("ff0051", "Subject: Welcome to Caring Contacts\n\nDear Mr. Lindqvist,\n\nThank you for letting us stay in touch after your visit to the Riverbend Crisis Center on October 3. Over the next twelve months you'll receive short notes from us by email - nothing you need to answer, just a reminder that people here are thinking of you. If you'd like to write back, a member of our team reads every reply within one business day. If something urgent comes up, please don't wait for a note from us.\n\nYou can stop these messages at any time by replying STOP or calling 541-555-0124.\n\nWarmly,\nThe Caring Contacts Team\nRiverbend Crisis Center\n1870 Willamette Way, Millbrook, OR 97499",
     "REWRITE", "other", "email", "en",
     [("Caring Contacts", "PROCEDURE", 0), ("Lindqvist", "NAME"), ("Riverbend Crisis Center", "SPECIALTY", 0), ("October 3", "DATE"), ("541-555-0124", "PHONE"), ("Caring Contacts", "PROCEDURE", 1), ("Riverbend Crisis Center", "SPECIALTY", 1), ("1870 Willamette Way, Millbrook, OR 97499", "ADDRESS")],
     ["behavioral-health", "practice-contact"], "Enrollment in a post-crisis caring-contacts program (decision 2) after a crisis-center visit: name, program, center name and visit date go; the center's phone and address are its own. Judgement: the visit date is labelled DATE and may stay."),
    ("ff0052", "Your follow-up screening after your call to the crisis line: C-SSRS negative for current intent, PHQ-9 = 11 (moderate). Great progress!! - Kelsey, RN",
     "BLOCK", "result", "sms", "en",
     [("crisis line", "SPECIALTY"), ("C-SSRS", "PROCEDURE"), ("negative for current intent", "RESULT"), ("PHQ-9", "PROCEDURE"), ("11", "RESULT"), ("moderate", "RESULT"), ("Kelsey, RN", "PROVIDER")],
     ["behavioral-health"], "Screening results, even reassuring ones, are results (README: normal or negative is still BLOCK; decision 2)."),
    ("ff0053", "Aviso de la despensa comunitaria: tuvimos una crisis con el refrigerador y se echó a perder parte de la comida. El reparto del sábado sigue en pie, de 9 a 12. ¡Gracias por su paciencia!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Look-alike in Spanish: 'crisis' with a broken refrigerator at the food pantry."),
    ("ff0054", "Hi Gabe, the Narcan your crisis counselor ordered is ready for pickup at Hilltop Pharmacy until 8 PM. Bring photo ID.",
     "REWRITE", "pickup", "sms", "en",
     [("Gabe", "NAME"), ("Narcan", "MEDICATION"), ("crisis counselor", "SPECIALTY")],
     ["pharmacy", "substance-use", "behavioral-health"], "Pickup notice: the drug and the crisis counselor go (README: medication name in a pickup notice is REWRITE); the generic pharmacy name stays."),
    ("ff0055", "Hi, this is Jenna calling from Compass Behavioral Health for Luis. You missed your bridge appointment after your hospital stay for psychosis. Dr. Kaplan really wants to see you before your Invega shot is due on the 20th. Please call us at 719-555-0152.",
     "BLOCK", "other", "voice", "en",
     [("Jenna", "PROVIDER"), ("Compass Behavioral Health", "SPECIALTY"), ("Luis", "NAME"), ("psychosis", "CONDITION"), ("Dr. Kaplan", "PROVIDER"), ("Invega shot", "MEDICATION"), ("719-555-0152", "PHONE")],
     ["behavioral-health"], "Voicemail naming the diagnosis behind the stay and the injectable antipsychotic; 'the 20th' is not a calendar date (README)."),
    ("ff0056", "This is an automated reminder from Westgate Medical Group. You have an appointment with Nurse Practitioner Ellis on Monday, August 10th, at 2:20 PM. Press 1 to confirm, or press 2 to speak with a scheduler.",
     "ALLOW", "reminder", "voice", "en",
     [("Nurse Practitioner Ellis", "PROVIDER"), ("August 10th", "DATE")],
     ["primary-care"], "Automated call with a generic practice, provider, date and time."),
    ("ff0057", "Hi Shawna this is Brett from Lifeline folow-up, tryed calling u earlier. Whenever ur free give us a ring back at 602-555-0119, no rush :)",
     "REWRITE", "other", "sms", "en",
     [("Shawna", "NAME"), ("Brett", "PROVIDER"), ("Lifeline", "SPECIALTY"), ("602-555-0119", "PHONE")],
     ["behavioral-health", "typo", "shorthand", "practice-contact"], "Call-back request survives once the name and 'Lifeline' (the crisis service she contacted, decision 1) go."),
    ("ff0058", "Subject: Summary of your visit\n\nDear Ms. Haddad,\n\nThank you for meeting with our mobile crisis clinician, Andre Whitlock, LCSW, at your home on Saturday. As discussed, his impression was an acute stress reaction with passive suicidal ideation, without a plan. Together you agreed to: (1) stay with your mother through the weekend, (2) have your brother keep the car keys and your clonazepam, and (3) start weekly therapy with Dr. Ines Pardo beginning May 28. He will also call you Tuesday afternoon to see how the weekend went.\n\nIf things change, call or text 988, or call us directly at 505-555-0137.\n\nSincerely,\nRio Grande Mobile Crisis Services",
     "BLOCK", "care-instructions", "email", "en",
     [("Haddad", "NAME"), ("mobile crisis clinician", "SPECIALTY"), ("Andre Whitlock", "PROVIDER"), ("LCSW", "SPECIALTY"), ("acute stress reaction", "CONDITION"), ("passive suicidal ideation", "CONDITION"), ("without a plan", "RESULT"), ("clonazepam", "MEDICATION"), ("therapy", "PROCEDURE"), ("Dr. Ines Pardo", "PROVIDER"), ("May 28", "DATE"), ("505-555-0137", "PHONE"), ("Rio Grande Mobile Crisis Services", "SPECIALTY")],
     ["behavioral-health", "negation", "practice-contact"], "Visit summary with the clinician's impression and a means-safety plan (decisions 3, 4, 11); 'without a plan' is a negated finding, labelled RESULT."),
    ("ff0059", "Clínica Familiar del Norte: Le recordamos su cita con la Dra. Saucedo el jueves 9 de julio a las 11:20. Para cambiarla, llame al (915) 555-0102.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Saucedo", "PROVIDER"), ("9 de julio", "DATE"), ("(915) 555-0102", "PHONE")],
     ["primary-care", "practice-contact"], "Generic practice, provider, date, time and the practice's own phone."),
    ("ff0060", "Hi Mrs. Dubois, a reminder that Ella's intake at Bright Futures Youth Mental Health is Thursday 10/8 at 4 PM. Please arrive 20 minutes early to fill out the parent forms.",
     "REWRITE", "reminder", "sms", "en",
     [("Dubois", "NAME"), ("Ella", "NAME"), ("Bright Futures Youth Mental Health", "SPECIALTY"), ("10/8", "DATE")],
     ["behavioral-health", "pediatrics", "minor"], "A dependent's logistics with names and a specialty name: REWRITE (README); 'intake' is generic (decision 10)."),
)

# ---------------------------------------------------------------- batch 6 (ff0061-ff0072): holds, templates, family evenings, pushes
add(
    ("ff0061", "Fire drill Thursday at 10 AM. Our building safety plan asks everyone in the waiting room to follow staff to the east stairwell. Thanks for your patience!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a building safety plan for a fire drill, not a patient's safety plan."),
    ("ff0062", "Mr. Osei - update on Kwame: the 72-hour hold at Linden Hall ends tomorrow at noon. The psychiatrist is recommending he continue the aripiprazole and start the PHP program Monday.",
     "BLOCK", "other", "sms", "en",
     [("Osei", "NAME"), ("Kwame", "NAME"), ("72-hour hold", "PROCEDURE"), ("psychiatrist", "SPECIALTY"), ("aripiprazole", "MEDICATION"), ("PHP", "PROCEDURE")],
     ["behavioral-health", "third-party"], "A son's involuntary hold, medication and partial-hospital plan: third party's health (decision 2); Linden Hall reveals nothing (decision 12)."),
    ("ff0063", "{{practice_name}}: Hi, we're reaching out after your recent call to the crisis line. A counselor will call you on {{callback_date}} at {{callback_time}}. Reply STOP to opt out.",
     "REWRITE", "other", "sms", "en",
     [("crisis line", "SPECIALTY"), ("counselor", "SPECIALTY")],
     ["behavioral-health", "template"], "Template with content-free placeholders whose fixed text reveals a crisis-line contact (decisions 1, 4, 5)."),
    ("ff0064", "Subject: Free support for families\n\nCaring for someone going through a hard time is exhausting. Our free monthly Family Support Circle meets the first Monday of each month at 6 PM in the Oakridge Community Room (enter from the Hope Street side). No registration needed; drop in anytime. Childcare and a light dinner are provided.\n\nOakridge Health System | 410-555-0165",
     "ALLOW", "marketing", "email", "en",
     [("410-555-0165", "PHONE")],
     ["behavioral-health", "broadcast", "practice-contact"], "Family support evening announced by a generic health-system sender to its whole list, addressed to no one (decision 6); contrast with the named invitations ff0027 and ff0090."),
    ("ff0065", "Hola Iván, como quedamos: si vuelven las ganas de hacerte daño, 1) sal a caminar, 2) llama a tu tía Lupe, 3) tu mamá te guarda las pastillas de clonazepam. Tu próxima cita con el Dr. Ibarra es el 2 de junio.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Iván", "NAME"), ("ganas de hacerte daño", "CONDITION"), ("Lupe", "NAME"), ("clonazepam", "MEDICATION"), ("Dr. Ibarra", "PROVIDER"), ("2 de junio", "DATE")],
     ["behavioral-health"], "Safety-plan steps with self-harm urges and means safety (decisions 3, 4, 11)."),
    ("ff0066", "Su llamada de regreso quedó confirmada para hoy a las 3:45 pm. Si no le entramos, volvemos a intentar a las 5.",
     "ALLOW", "confirmation", "sms", "es", [],
     ["general"], "Callback confirmation with a time only."),
    ("ff0067", "Asunto: Su cita de seguimiento\n\nEstimado Sr. Villalobos:\n\nGracias por confiar en el Centro de Crisis Esperanza. Como le comentamos al darle de alta, ya tiene una cita con el Dr. Tomás Aguirre en el Consultorio de Psiquiatría Aguirre el martes 16 de junio a las 9:30 am, en Av. Juárez 1450, Int. 3. Favor de llegar 15 minutos antes con una identificación oficial. Si no puede asistir, responda a este correo o llame al (656) 555-0184 y con gusto le buscamos otra fecha.\n\nSaludos cordiales,\nCoordinación de Enlace\nCentro de Crisis Esperanza",
     "REWRITE", "reminder", "email", "es",
     [("Villalobos", "NAME"), ("Centro de Crisis Esperanza", "SPECIALTY", 0), ("Dr. Tomás Aguirre", "PROVIDER"), ("Consultorio de Psiquiatría Aguirre", "SPECIALTY"), ("16 de junio", "DATE"), ("Av. Juárez 1450, Int. 3", "ADDRESS"), ("(656) 555-0184", "PHONE"), ("Centro de Crisis Esperanza", "SPECIALTY", 1)],
     ["behavioral-health", "practice-contact"], "Bridge appointment after discharge: crisis-center and psychiatry-practice names go, provider, date and the practice's address stay (decision 10)."),
    ("ff0068", "Our phone lines are down because of the storm. For a medical emergency call 911. For anything else, please message us in the app and we'll answer as soon as we can.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "911 is not a phone identifier (README); nothing about anyone's health."),
    ("ff0069", "Valley Crisis Chat: your last check-in flagged HIGH RISK. A counselor will call you within the hour - please keep your phone nearby.",
     "BLOCK", "result", "push", "en",
     [("Valley Crisis Chat", "SPECIALTY"), ("HIGH RISK", "RESULT"), ("counselor", "SPECIALTY")],
     ["behavioral-health"], "A risk level on a lock screen is a finding (decision 2)."),
    ("ff0070", "Reminder - Peer Support group @ Lighthouse Recovery Center tmrw 6pm, rm 104. Bring a friend if u want. - Tasha (peer specialist)",
     "REWRITE", "reminder", "sms", "en",
     [("Peer Support", "PROCEDURE"), ("Lighthouse Recovery Center", "SPECIALTY"), ("Tasha", "PROVIDER"), ("peer specialist", "SPECIALTY")],
     ["behavioral-health", "substance-use", "shorthand"], "The recipient's own group (decision 2), a recovery-center name and the peer role (decision 5) go; time and room stay."),
    ("ff0071", "This is Tamarack County Emergency Management with a message for all residents. A winter storm warning is in effect tonight. Warming centers are open at the Hope Street Library and the Fairgrounds until 8 AM. For a mental health crisis, call or text 988.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "broadcast", "hard-negative"], "County-wide robocall: warming centers and 988 as public advice (decisions 1, 6)."),
    ("ff0072", "Hi Denise, the crisis team saw your dad this morning at Sunrise Manor. He's been more confused and talking about not wanting to live, so they increased his mirtazapine to 30mg at bedtime.",
     "BLOCK", "other", "sms", "en",
     [("Denise", "NAME"), ("crisis team", "SPECIALTY"), ("confused", "CONDITION"), ("not wanting to live", "CONDITION"), ("mirtazapine", "MEDICATION")],
     ["behavioral-health", "third-party"], "A father's symptoms, suicidal talk and dose change sent to his daughter: third party's health; the dose written elsewhere stays out of the span (README)."),
)

# ---------------------------------------------------------------- batch 7 (ff0073-ff0084): volunteers, drug screens, records, zero-width
add(
    ("ff0073", "Thanks for applying to volunteer! Our next crisis counselor training starts 9/14 (six Saturday mornings). Questions: volunteer@tricountycrisis.example",
     "ALLOW", "other", "email", "en",
     [("9/14", "DATE"), ("volunteer@tricountycrisis.example", "EMAIL")],
     ["behavioral-health", "practice-contact"], "Sent to a volunteer applicant: 'crisis counselor training' is a job, not anyone's care, so it is not labelled (decision 5); the date and the center's e-mail are allowed."),
    ("ff0074", "Confirmado: su cita con el Lic. Navarro, psicólogo, es el viernes 3 de julio a las 16:00 en el Centro Comunitario de Salud Mental Valle Verde. Responda C para confirmar.",
     "REWRITE", "confirmation", "sms", "es",
     [("Lic. Navarro", "PROVIDER"), ("psicólogo", "SPECIALTY"), ("3 de julio", "DATE"), ("Centro Comunitario de Salud Mental Valle Verde", "SPECIALTY")],
     ["behavioral-health"], "The psychologist role (decision 5) and the mental-health center name go; provider, date and time stay."),
    ("ff0075", "From Metro Crisis Receiving Center: your urine drug screen on 11/2 was positive for fentanyl and benzodiazepines. Please talk with your counselor about MAT options.",
     "BLOCK", "result", "sms", "en",
     [("Metro Crisis Receiving Center", "SPECIALTY"), ("urine drug screen", "PROCEDURE"), ("11/2", "DATE"), ("positive", "RESULT"), ("fentanyl", "MEDICATION"), ("benzodiazepines", "MEDICATION"), ("counselor", "SPECIALTY"), ("MAT", "PROCEDURE")],
     ["behavioral-health", "substance-use"], "A drug-screen result with its substances (README) from a crisis receiving center (decision 1)."),
    ("ff0076", "Tonight's Mental Health First Aid class for community members is full. Ask at the front desk to join the waitlist for the spring session.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A public training class, not the recipient's care (decision 6)."),
    ("ff0077", "Hi Mr. Petrov,\n\nWe received your request for records from your 9/22 visit to the Bayside Psychiatric Emergency Service. Your records are ready: log in to the portal, or pick them up at the front desk with photo ID. Request no. ROI-20917.\n\nHealth Information Management",
     "REWRITE", "other", "email", "en",
     [("Petrov", "NAME"), ("9/22", "DATE"), ("Bayside Psychiatric Emergency Service", "SPECIALTY"), ("ROI-20917", "OTHER_ID")],
     ["behavioral-health", "identifier"], "Records-ready notice: name, the psychiatric emergency service and the release request number (decision 9) go; the instructions survive."),
    ("ff0078", "Glad you made it home ok after your stay with us. Dr. Brandt wants you to keep taking the Seroquel at night until she sees you Fri. - Willow Creek Crisis Stabilization",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Brandt", "PROVIDER"), ("Seroquel", "MEDICATION"), ("Willow Creek Crisis Stabilization", "SPECIALTY")],
     ["behavioral-health"], "A medication instruction after a crisis stabilization stay is the message."),
    ("ff0079", "Hi Aaron, it was good to talk today. As we agreed, your brother will hold onto your hunting rifle for now, and we'll review your safety plan at our 5/12 session. If the suicidal thoughts get stronger, call 988 or come to the walk-in crisis center. - Mira Solano, LPC",
     "ALLOW", "care-instructions", "portal", "en",
     [("Aaron", "NAME"), ("safety plan", "PROCEDURE"), ("5/12", "DATE"), ("suicidal thoughts", "CONDITION"), ("walk-in crisis center", "SPECIALTY"), ("Mira Solano", "PROVIDER"), ("LPC", "SPECIALTY")],
     ["behavioral-health"], "A means-safety and safety-plan note inside the secure portal may stay (README channel convention; decision 11)."),
    ("ff0080", "Appt reminder: Wed 2/25 10a w/ Dr. Kessler - psych f/u after ur ED visit. Reply Y to confirm",
     "REWRITE", "reminder", "sms", "en",
     [("2/25", "DATE"), ("Dr. Kessler", "PROVIDER"), ("psych", "SPECIALTY"), ("ED", "SPECIALTY")],
     ["behavioral-health", "urgent-care", "shorthand"], "Specialty shorthand and the emergency-department visit go (decision 1); provider, date and time stay."),
    ("ff0081", "Sr. Mendoza, su hijo Andrés nos llamó a la línea de crisis esta madrugada. Está a salvo, pero nos dijo que se había tomado unas pastillas. Lo llevamos a urgencias del Hospital San Lucas. Llámenos al 305-555-0109.",
     "BLOCK", "other", "sms", "es",
     [("Mendoza", "NAME"), ("Andrés", "NAME"), ("línea de crisis", "SPECIALTY"), ("se había tomado unas pastillas", "CONDITION"), ("urgencias", "SPECIALTY"), ("305-555-0109", "PHONE")],
     ["behavioral-health", "third-party", "practice-contact"], "A son's crisis call, an overdose in plain words and an ER transfer: third party's health (decision 3)."),
    ("ff0082", "Hi, this is Camille from Dr. Novak's office returning your call. Dr. Novak can see you Thu 1/29 at 3:10. Reply YES to book.",
     "ALLOW", "reminder", "sms", "en",
     [("Camille", "PROVIDER"), ("Dr. Novak", "PROVIDER", 0), ("Dr. Novak", "PROVIDER", 1), ("1/29", "DATE")],
     ["primary-care"], "Staff sender and provider names, date and time only."),
    ("ff0083", "Hi, this is an automated message from Crossroads Crisis & Counseling for Bethany Cole. Your telehealth follow-up with Dr. Marsh is Tuesday, March 3 at 1 PM. To confirm, press 1.",
     "REWRITE", "reminder", "voice", "en",
     [("Crossroads Crisis & Counseling", "SPECIALTY"), ("Bethany Cole", "NAME"), ("Dr. Marsh", "PROVIDER"), ("March 3", "DATE")],
     ["behavioral-health"], "Automated call: the crisis-service name (decision 6) and the patient's name go; provider, date and time stay."),
    ("ff0084", "Hi Olivia,\n\nChecking in after Monday. I know the pan\u200bic at\u200btacks have been rough since you left the crisis unit. Keep using the box breathing, and take the hydroxyzine 25 mg when you need it, up to 3 times a day. See you 6/18.\n\nBest,\nTheresa Quinn, LCSW",
     "BLOCK", "care-instructions", "email", "en",
     [("Olivia", "NAME"), ("pan\u200bic at\u200btacks", "CONDITION"), ("crisis unit", "SPECIALTY"), ("box breathing", "PROCEDURE"), ("hydroxyzine 25 mg", "MEDICATION"), ("6/18", "DATE"), ("Theresa Quinn", "PROVIDER"), ("LCSW", "SPECIALTY")],
     ["behavioral-health"], "Zero-width spaces split 'panic attacks'; symptoms plus dosing instructions are BLOCK. Judgement: a coping technique taught in therapy (box breathing) is PROCEDURE."),
)

# ---------------------------------------------------------------- batch 8 (ff0085-ff0096): references, surveys, resource lists, Cyrillic
add(
    ("ff0085", "State budget crisis update: Medicaid renewal letters may arrive late this year. If you get one, bring it to the front desk and a navigator will help you re-apply.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a budget crisis; Medicaid renewal help sent to everyone reveals nothing about the recipient."),
    ("ff0086", "Hey Nico, it's Jess from the Warmline. Saw you signed up for callbacks - I'll ring you tonight around 8. Text back if another time is better.",
     "REWRITE", "other", "sms", "en",
     [("Nico", "NAME"), ("Jess", "PROVIDER"), ("Warmline", "SPECIALTY")],
     ["behavioral-health"], "Callback scheduling that reveals warmline contact (decisions 1, 4); the time survives."),
    ("ff0087", "Your Columbia screening from your ER visit showed moderate risk, so we've referred you to the Intensive Outpatient Program at Stillwater. It starts Monday 8/3.",
     "BLOCK", "result", "sms", "en",
     [("Columbia screening", "PROCEDURE"), ("ER", "SPECIALTY"), ("moderate risk", "RESULT"), ("Intensive Outpatient Program", "PROCEDURE"), ("8/3", "DATE")],
     ["behavioral-health", "urgent-care"], "A suicide-risk screen result (decision 2) and the program it led to."),
    ("ff0088", "Si no encuentra dónde estacionarse, un lugar seguro para dejar el carro es el lote de la calle Olmo, con vigilancia hasta las 9 pm. El estacionamiento de enfrente sigue en reparación.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Look-alike in Spanish: a safe place to park."),
    ("ff0089", "Thanks for contacting the 988 Lifeline. Your follow-up reference is CL-448201-B. Keep this number if you call back so we can connect you with the same team.",
     "REWRITE", "other", "sms", "en",
     [("988 Lifeline", "SPECIALTY"), ("CL-448201-B", "OTHER_ID")],
     ["behavioral-health", "identifier"], "The service contacted (decision 1) and a case reference that links to the caller's record (decision 9) go; unlike an appointment confirmation code, it identifies a person's crisis contact."),
    ("ff0090", "Hi Angela, since Desmond's discharge from Riverview for the bipolar episode, you may find our family support group helpful - Thursdays 7pm, Room 3. - Pam, Family Liaison",
     "BLOCK", "marketing", "sms", "en",
     [("Angela", "NAME"), ("Desmond", "NAME"), ("bipolar episode", "CONDITION"), ("family support group", "PROCEDURE"), ("Pam", "PROVIDER")],
     ["behavioral-health", "third-party"], "Family invitation that names the relative's diagnosis and discharge: BLOCK (decision 7); Riverview reveals nothing by itself (decision 12)."),
    ("ff0091", "Subject: Know where to turn\n\nKeep this list handy for yourself or someone you love:\n\n- Call or text 988: 24/7 Suicide & Crisis Lifeline\n- Cedar County Mobile Crisis: 970-555-0100 (sends a team to you, 24/7)\n- Peer Warmline: 970-555-0111, 4 PM to 11 PM daily\n- Walk-in Crisis Center: 400 Aspen Way, Glenwood, open 24/7\n- Family support info: support@cedarcountyhealth.example\n\nYou don't have to be in crisis to reach out. Please share this with anyone who might need it.\n\nCedar County Public Health",
     "ALLOW", "other", "email", "en",
     [("970-555-0100", "PHONE"), ("970-555-0111", "PHONE"), ("400 Aspen Way, Glenwood", "ADDRESS"), ("support@cedarcountyhealth.example", "EMAIL")],
     ["behavioral-health", "broadcast", "practice-contact"], "County resource list sent to everyone: crisis services as public information with their own contacts (decision 6); 24/7 is not a date."),
    ("ff0092", "hola buenas, le recordamos q mañana tiene su llamada de seguimiento con la consejera de crisis a las 11am. si no puede conteste NO porfa. Atte. Centro de Crisis Nueva Luz",
     "REWRITE", "reminder", "sms", "es",
     [("consejera de crisis", "SPECIALTY"), ("Centro de Crisis Nueva Luz", "SPECIALTY")],
     ["behavioral-health", "shorthand", "typo"], "The crisis counselor (decision 5) and the crisis-center sender (decision 6) go; the follow-up call time stays."),
    ("ff0093", "Hi Caleb, this is Dr. Ferris from the crisis unit. Your valpr\u043eate lev\u0435l came back l\u043ew (31), so please restart the Depakote 500 mg tonight and call 802-555-0145 tomorrow.",
     "BLOCK", "result", "sms", "en",
     [("Caleb", "NAME"), ("Dr. Ferris", "PROVIDER"), ("crisis unit", "SPECIALTY"), ("valpr\u043eate lev\u0435l", "PROCEDURE"), ("l\u043ew", "RESULT"), ("31", "RESULT"), ("Depakote 500 mg", "MEDICATION"), ("802-555-0145", "PHONE")],
     ["behavioral-health", "practice-contact"], "Cyrillic o and e disguise a drug level, its value and a dosing instruction; a level is a PROCEDURE and its value a RESULT (README)."),
    ("ff0094", "Lakeside Health: Your appointment on 9/9 at 8:00 AM is confirmed. View details in the app.",
     "ALLOW", "confirmation", "push", "en",
     [("9/9", "DATE")],
     ["general"], "Confirmation with a date and time only."),
    ("ff0095", "Subject: How did we do?\n\nHi Trevor,\n\nYou recently used the Greater Plains Mobile Crisis Team. We'd like to hear how it went - the survey takes about 3 minutes and your answers are anonymous: https://survey.gpcrisis.example/s/7KQ2?rid=88314\n\nYour feedback helps us train our responders and improve how quickly we arrive. If you'd rather not take part, just ignore this email.\n\nThank you,\nQuality Team",
     "REWRITE", "other", "email", "en",
     [("Trevor", "NAME"), ("Greater Plains Mobile Crisis Team", "SPECIALTY"), ("https://survey.gpcrisis.example/s/7KQ2?rid=88314", "URL")],
     ["behavioral-health"], "Survey invitation: name, the mobile crisis team and a link with a respondent parameter (README: patient-specific URL) go."),
    ("ff0096", "Hola, este mensaje es para Lorena. Habla la enfermera Patricia del Centro de Salud Mental San Miguel. Ya llegaron los resultados de sus análisis: el nivel de litio salió alto, 1.6. Por favor no tome la dosis de esta noche y llámenos al 787-555-0132.",
     "BLOCK", "result", "voice", "es",
     [("Lorena", "NAME"), ("enfermera Patricia", "PROVIDER"), ("Centro de Salud Mental San Miguel", "SPECIALTY"), ("nivel de litio", "PROCEDURE"), ("alto", "RESULT"), ("1.6", "RESULT"), ("787-555-0132", "PHONE")],
     ["behavioral-health", "practice-contact"], "Voicemail with a lithium level, its value and a dose instruction; 'análisis' is generic (README)."),
)

# ---------------------------------------------------------------- batch 9 (ff0097-ff0108): med checks, diagnoses, support groups, look-alikes
add(
    ("ff0097", "Our billing hotline hours are changing: Mon-Thu 8 to 6, Fri 8 to noon. Same number as always - nothing else changes.",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a billing hotline, not a crisis hotline."),
    ("ff0098", "Reminder from Dr. Yusuf's office: your med check is Mon 11/16 at 2:40 PM. Please bring your mood journal. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Yusuf", "PROVIDER"), ("med check", "PROCEDURE"), ("11/16", "DATE"), ("mood journal", "PROCEDURE")],
     ["behavioral-health"], "Named visit type (README: med check) and a mood log go. Judgement: a mood journal is a home measure like the README's BP log, labelled PROCEDURE as a whole."),
    ("ff0099", "Subject: Discharge summary\n\nJordan - per our call, your discharge diagnoses from the crisis center are major depressive disorder, severe, and alcohol use disorder. Your first IOP group is 10/5 at 9 AM. Please don't drink until then. - Dr. Chen",
     "BLOCK", "care-instructions", "email", "en",
     [("Jordan", "NAME"), ("crisis center", "SPECIALTY"), ("major depressive disorder", "CONDITION"), ("severe", "RESULT"), ("alcohol use disorder", "CONDITION"), ("IOP", "PROCEDURE"), ("10/5", "DATE"), ("Dr. Chen", "PROVIDER")],
     ["behavioral-health", "substance-use"], "Diagnoses by e-mail; 'severe' is the state of the diagnosis (decision 13)."),
    ("ff0100", "Recordatorio: su cita con el Dr. Benítez es el lunes 20 de abril a las 9:00 en Clínica Santa Fe, Calle 5 #210. Llegue 10 minutos antes, por favor.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Benítez", "PROVIDER"), ("20 de abril", "DATE"), ("Calle 5 #210", "ADDRESS")],
     ["primary-care", "practice-contact"], "Generic clinic, provider, date, time and the clinic's own address."),
    ("ff0101", "Tri-Valley Crisis Services: Ava, we have an update on your request. Open the app to read your secure message.",
     "REWRITE", "portal-notice", "push", "en",
     [("Tri-Valley Crisis Services", "SPECIALTY"), ("Ava", "NAME")],
     ["behavioral-health"], "Portal notice whose sender name reveals a crisis service (decision 6); the notice survives without name and sender."),
    ("ff0102", "Hi Grant, good news from your follow-up: the counselor found no signs of psychosis and you don't need to go back to the CSU. Keep taking the risperidone as prescribed. - Dr. Hale",
     "BLOCK", "result", "sms", "en",
     [("Grant", "NAME"), ("counselor", "SPECIALTY"), ("no signs of psychosis", "RESULT"), ("CSU", "SPECIALTY"), ("risperidone", "MEDICATION"), ("Dr. Hale", "PROVIDER")],
     ["behavioral-health", "negation"], "A negative finding is still a result (README), with a medication instruction."),
    ("ff0103", "Subject: A few updates from the front desk\n\nHello everyone,\n\nThank you for your patience during last month's phone outage. We know it was frustrating, and we've switched to a new carrier so it shouldn't happen again.\n\nA few reminders as winter arrives:\n- If the county closes schools because of icy roads, we open at 10 AM and video visits continue as scheduled.\n- The lot behind the building is plowed first, so it's the safest place to park on icy mornings.\n- The coat rack by the door is for coats only; please don't leave umbrellas or bags there.\n\nFinally, our holiday food drive collected more than 600 cans for the Hope Street pantry. Thank you!\n\nWarmly,\nThe front desk team",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Long newsletter to everyone with look-alikes (safest place to park, Hope Street pantry) and nothing about anyone's health."),
    ("ff0104", "Hey Sam, Riley asked us to let you know she's safe. The mobile crisis team took her to Northside for a psych eval and she'll likely stay overnight. - Kim, Crisis Response",
     "BLOCK", "other", "sms", "en",
     [("Sam", "NAME"), ("Riley", "NAME"), ("mobile crisis team", "SPECIALTY"), ("psych eval", "PROCEDURE"), ("Kim", "PROVIDER"), ("Crisis Response", "SPECIALTY")],
     ["behavioral-health", "third-party"], "A partner's crisis transport and psychiatric evaluation: third party's health even when she asked us to tell him."),
    ("ff0105", "Hola Natalia, te esperamos el jueves 8 de octubre a las 5 pm en el grupo de apoyo para sobrevivientes de intentos de suicidio. Sala 2, Centro Comunitario Alameda.",
     "REWRITE", "reminder", "sms", "es",
     [("Natalia", "NAME"), ("8 de octubre", "DATE"), ("grupo de apoyo", "PROCEDURE"), ("intentos de suicidio", "CONDITION")],
     ["behavioral-health"], "The group's name states a condition used as a visit label: REWRITE, not BLOCK (decision 8); the date, time and room survive."),
    ("ff0106", "This is Ruth from Dr. Castellanos's office. We got your message and Dr. Castellanos will call you back after 4 today.",
     "ALLOW", "other", "sms", "en",
     [("Ruth", "PROVIDER"), ("Dr. Castellanos", "PROVIDER", 0), ("Dr. Castellanos", "PROVIDER", 1)],
     ["primary-care"], "Staff sender and provider names with a callback time only."),
    ("ff0107", "u mentioned on the call ur still hearing voices + not sleeping. pls take the zyprexa 5 tonight & we'll ck in am. -Marco, crisis line",
     "BLOCK", "care-instructions", "sms", "en",
     [("hearing voices", "CONDITION"), ("not sleeping", "CONDITION"), ("zyprexa 5", "MEDICATION"), ("Marco", "PROVIDER"), ("crisis line", "SPECIALTY")],
     ["behavioral-health", "shorthand"], "Restates disclosed symptoms with a dosing instruction (decisions 3, 4)."),
    ("ff0108", "Tornado sirens will be tested Wednesday at 10 AM. If you're in the clinic, staff will walk you to the storm shelter on the lower level - it's only a drill.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a storm shelter, not a shelter program."),
)

# ---------------------------------------------------------------- batch 10 (ff0109-ff0120): 30-day calls, minors, referrals, portal plans
add(
    ("ff0109", "Hi Leo, Rachel here from the Post-Crisis Follow-Up Program at Granite State Behavioral. You're due for your 30-day check-in call. What time works for you this week?",
     "REWRITE", "other", "sms", "en",
     [("Leo", "NAME"), ("Rachel", "PROVIDER"), ("Post-Crisis Follow-Up Program", "PROCEDURE"), ("Granite State Behavioral", "SPECIALTY")],
     ["behavioral-health"], "The named post-crisis program (decision 2) and the behavioral-health name go; the scheduling question survives."),
    ("ff0110", "Your son Eli's crisis assessment from Friday is in. Risk: low. Plan: weekly therapy + family sessions at Maple Grove Child & Adolescent Psychiatry starting 12/1.",
     "BLOCK", "result", "sms", "en",
     [("Eli", "NAME"), ("crisis assessment", "PROCEDURE"), ("Risk: [[low]]", "RESULT"), ("therapy", "PROCEDURE"), ("family sessions", "PROCEDURE"), ("Maple Grove Child & Adolescent Psychiatry", "SPECIALTY"), ("12/1", "DATE")],
     ["behavioral-health", "pediatrics", "third-party", "minor"], "A child's risk level and treatment plan sent to the parent: a dependent's result is BLOCK (README; decision 2)."),
    ("ff0111", "Mental Health Awareness Walk this Saturday at Riverside Park, 9 AM. Free t-shirts for the first 200 walkers. Everyone is welcome!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Community event announced to everyone (decision 6)."),
    ("ff0112", "Hello Ms. Kowalczyk,\n\nThis is to confirm the referral made when you left the crisis residential program. Your intake with Dr. Amara Singh is on 2/9 at 11 AM at North Shore Psychiatry Associates. Please bring your insurance card (member ID on file: WPX483920117). Call 978-555-0156 with any questions.\n\nReferral Coordinator",
     "REWRITE", "reminder", "email", "en",
     [("Kowalczyk", "NAME"), ("crisis residential program", "PROCEDURE"), ("Dr. Amara Singh", "PROVIDER"), ("2/9", "DATE"), ("North Shore Psychiatry Associates", "SPECIALTY"), ("WPX483920117", "HEALTH_PLAN_ID"), ("978-555-0156", "PHONE")],
     ["behavioral-health", "identifier", "practice-contact"], "Referral confirmation: name, crisis program, psychiatry practice and member ID go; provider, date, time and the practice phone stay ('intake' is generic, decision 10)."),
    ("ff0113", "Hola Sofía, te escribe Andrea, tu consejera. Me dejó muy preocupada lo que me contaste de los cortes en los brazos. ¿Podemos vernos mañana? Mientras tanto, acuérdate de tu plan de seguridad y llama al 988 si lo necesitas.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Sofía", "NAME"), ("Andrea", "PROVIDER"), ("consejera", "SPECIALTY"), ("cortes en los brazos", "CONDITION"), ("plan de seguridad", "PROCEDURE")],
     ["behavioral-health"], "Restates disclosed self-harm (decisions 3, 4); 'llama al 988' is advice, not labelled (decision 1)."),
    ("ff0114", "Hola Ramiro: su plan de seguridad quedó guardado en el portal. Señales de alerta: no dormir, aislarse. Persona de apoyo: su hermana Inés, (210) 555-0107. El Dr. Lozano lo verá el 3 de marzo.",
     "ALLOW", "portal-notice", "portal", "es",
     [("Ramiro", "NAME"), ("plan de seguridad", "PROCEDURE"), ("no dormir", "CONDITION"), ("aislarse", "CONDITION"), ("Inés", "NAME"), ("(210) 555-0107", "PHONE"), ("Dr. Lozano", "PROVIDER"), ("3 de marzo", "DATE")],
     ["behavioral-health"], "Safety plan inside the secure portal (README channel convention); the sister's phone is a personal number, labelled PHONE, allowed in the portal."),
    ("ff0115", "Hi Quinn - thx for reaching out to 988 last nite. Our local follow-up team will call u today btwn 2-4. Reply STOP to opt out.",
     "REWRITE", "other", "sms", "en",
     [("Quinn", "NAME"), ("988", "SPECIALTY")],
     ["behavioral-health", "shorthand"], "'988' names the service the recipient contacted, so it is SPECIALTY, not a phone (decision 1); the callback window survives."),
    ("ff0116", "Subject: Discharge information for Frank\n\nDear Mrs. Albright,\n\nFrank asked us to share his discharge plan with you. He left the Crisis Stabilization Unit this afternoon in stable condition. His medications are now venlafaxine 150 mg each morning and trazodone 50 mg at bedtime as needed for sleep. Please help him keep the firearms stored at his brother's home for at least the next month, as we discussed with both of you.\n\nHis follow-up appointment is Tuesday, 4/14 at 10:00 AM with Dr. Penelope Ward at Harborview Psychiatry. If you notice him withdrawing or talking about death, call or text 988 right away.\n\nSincerely,\nDischarge Planning Team",
     "BLOCK", "care-instructions", "email", "en",
     [("Frank", "NAME", 0), ("Albright", "NAME"), ("Frank", "NAME", 1), ("Crisis Stabilization Unit", "SPECIALTY"), ("stable", "RESULT"), ("venlafaxine 150 mg", "MEDICATION"), ("trazodone 50 mg", "MEDICATION"), ("4/14", "DATE"), ("Dr. Penelope Ward", "PROVIDER"), ("Harborview Psychiatry", "SPECIALTY"), ("withdrawing", "CONDITION"), ("talking about death", "CONDITION")],
     ["behavioral-health", "third-party"], "A husband's discharge medications and means-safety plan sent to his wife: third party's health (decisions 11, 13); consent to share does not make e-mail safe."),
    ("ff0117", "Dr. Whitaker is running about 20 minutes behind this afternoon. If you'd rather reschedule, reply R and we'll text you some new times.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Whitaker", "PROVIDER")],
     ["primary-care"], "Running-late notice with a provider name only."),
    ("ff0118", "Reminder: DBT skills group starts Mon 1/11 at 6 PM at Clearwater Counseling Center. Bring the workbook we gave you. -Anita",
     "REWRITE", "reminder", "sms", "en",
     [("DBT skills", "PROCEDURE"), ("1/11", "DATE"), ("Clearwater Counseling Center", "SPECIALTY"), ("Anita", "PROVIDER")],
     ["behavioral-health"], "The therapy type (decision 2; 'group' stays outside as a generic word) and the counseling-center name go; date and time stay."),
    ("ff0119", "Hi Mel, your ride to Dr. Okoro is set for Wed 3/18 at 9:15 from your place. Also, since the overdose, the pharmacy will only give you 7 days of the gabapentin at a time. - Sue, care coordinator",
     "BLOCK", "other", "sms", "en",
     [("Mel", "NAME"), ("Dr. Okoro", "PROVIDER"), ("3/18", "DATE"), ("overdose", "CONDITION"), ("gabapentin", "MEDICATION"), ("Sue", "PROVIDER")],
     ["behavioral-health", "pharmacy"], "Mixed logistics with one clinical clause: the overdose and the drug make the whole text BLOCK; 'care coordinator' is generic (decision 10)."),
    ("ff0120", "Pronóstico: una depresión tropical podría traer lluvias fuertes el jueves. Si cerramos temprano, le avisaremos por este mismo medio.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Look-alike in Spanish: 'depresión tropical' is weather."),
)


# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "ff", "probe159.jsonl")
