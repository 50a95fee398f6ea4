#!/usr/bin/env python3
"""Build corpus/probe39.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe39.py [OUT] [-v]   (default: probe39.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run,
and no other source, test, corpus or build script was read.

This round is CONVERSATIONS AND REPLIES: two-way SMS threads in which staff answer patients
(scheduling, running late, fasting, "are my results back?", "can I take ...?"), patient replies
quoted inside staff messages and e-mail threads ("You wrote: ...", "> ...", "On Tue ... wrote:"),
auto-replies that echo the patient's text, wrong-number and shared-phone situations, proxies and
family accounts, guardians and caregivers receiving news about several people at once, out-of-office
notes and their signature blocks, STOP/HELP/START keyword replies from generic and
specialty-revealing senders, and group texts from a practice (classes, support groups, teams),
with hard negatives (keyword echoes such as "positive" or "NO", ticket numbers, texting-policy
letters, holiday and closure notices). 15 of 120 in Spanish; 4 disguised messages (leet,
Cyrillic look-alikes, zero-width characters, spaced letters).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "Hi [[Karen]]," searches for "Hi Karen," and labels
      only the bracketed part.
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Quoted patient words (a quotation in a staff reply, "> " lines and "wrote:" blocks in e-mail,
     an auto-reply that echoes the patient's text) are part of the outgoing message: they are
     labelled and judged exactly like the sender's own words. The patient having written it first
     does not make it safe to send back by text.
  2. Staff named as the sender, in a sign-off ("-Tina, front desk") or as the contact in an
     out-of-office note are workforce: PROVIDER (README's sender rule extended to sign-offs and
     named contacts); a staff member's work e-mail is a practice EMAIL.
  3. The patient's OWN contact details read back to them (their e-mail, the home address a ride
     picks them up from, their address in a quoted e-mail header) are labelled and make the
     message REWRITE: unlike the practice's details they are identifiers the purpose does not need.
  4. In a quoted e-mail header ("On Tue, Jun 2, 2026 ... Karen Mills <...> wrote:") the date is a
     DATE span and the patient's name and address are NAME and EMAIL.
  5. Wrong number / shared phone: a name used only to route the text ("This text is for Roberto")
     is still a NAME (REWRITE); telling a stranger that a named person is a patient is REWRITE;
     telling a stranger a named person's procedure is that third party's health: BLOCK.
  6. Group texts: naming several recipients together with a condition- or procedure-revealing
     class or group discloses each member's health to the others (third party): BLOCK. The same
     group message without names is REWRITE (the program word goes, the logistics stay); a
     practice-wide message with nothing revealing is a broadcast: ALLOW.
  7. Auto-replies, out-of-office notes and STOP/HELP/START confirmations reach patients, so a
     specialty-revealing practice name, program name or credential in them (OCN, "Breast Cancer
     Program", "... Behavioral Health", "Methadone Dosing Reminders") makes them REWRITE; the same
     replies from a generic practice are ALLOW.
  8. An echoed reply keyword ("positive", "NO", "STOP") is not a result or a negation; support
     ticket and request numbers are not labelled (like confirmation codes in build_probe7.py).
  9. Proxies and caregivers: the person being managed is a third party to the recipient (README's
     dependent rule applied to adults): logistics with a name, routine visit type or specialty is
     REWRITE, a result, finding, dose or condition is BLOCK. In the portal, a proxy or guardian
     with access may see a dependent's results and doses: ALLOW.
 10. Hypothetical clinical words that describe the patient ("if I have a cold", "if the swelling
     gets worse") are labelled (tag negation); a hypothetical threshold in an instruction ("si la
     fiebre pasa de 38.5") is not a RESULT, and a stock triage checklist in an auto-reply ("if he
     is under 3 months old, having trouble breathing ... call 911") is not labelled. A vague "not
     feeling well" is not a condition.
 11. Role words of a sensitive service in an auto-reply or sign-off are SPECIALTY like
     `oncologist`: "therapist" (counseling practice), "counselor" (recovery program), "hospice"
     (team), "memory clinic"; "urgent care" named as where to go is a service-line word: SPECIALTY.
 12. A program named after a drug or condition labels the drug or condition word only
     ("Methadone" MEDICATION, "Diabetes" CONDITION, "HIV" CONDITION), while a program named by its
     activity is one PROCEDURE span ("grief support group", "cardiac rehab", "grupo de lactancia").

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers; the SSN
is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (ap0001-ap0012): two-way SMS, staff answering patients
add(
    ("ap0001", "Hi! This is Jen at Oakridge Family Practice. Got your text - we moved you to Thu 3/12 at 2:40 with Dr. Castillo. Reply C to confirm.",
     "ALLOW", "confirmation", "sms", "en",
     [("Jen", "PROVIDER"), ("3/12", "DATE"), ("Dr. Castillo", "PROVIDER")],
     ["primary-care"], "Staff reply in a scheduling thread: the sender is workforce (PROVIDER), provider and date are allowed."),
    ("ap0002", "Sure thing Marcus, you're all set for Friday 6/19 at 10:15. Please bring your new insurance card. -Tina, front desk",
     "REWRITE", "confirmation", "sms", "en",
     [("Marcus", "NAME"), ("6/19", "DATE"), ("Tina", "PROVIDER")],
     ["primary-care"], "Patient's first name goes; the sign-off name is staff, PROVIDER (decision 2)."),
    ("ap0003", "Done! Your 4:30 today is cancelled. Reply BOOK anytime.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "hard-negative"], "Cancellation reply with a time only."),
    ("ap0004", "Yes, please don't eat or drink anything but water for 12 hrs before your lipid panel tomorrow morning. Black coffee is NOT ok \U0001F642",
     "REWRITE", "care-instructions", "sms", "en",
     [("lipid panel", "PROCEDURE")],
     ["lab"], "Answer to a fasting question: the test name goes, the fasting logistics survive ('before your lab appointment')."),
    ("ap0005", "Hi Gloria, Dr. Brenner reviewed your labs. Your potassium was 5.9 (high) so she wants you to stop the spironolactone and come in for a recheck Monday.",
     "BLOCK", "result", "sms", "en",
     [("Gloria", "NAME"), ("Dr. Brenner", "PROVIDER"), ("potassium", "PROCEDURE"), ("5.9", "RESULT"), ("([[high]])", "RESULT"),
      ("spironolactone", "MEDICATION")],
     ["primary-care"], "Staff answer to 'are my labs back?' gives a value, its flag and a medication change: the clinical content is the message."),
    ("ap0006", "Thanks for letting us know, sorry you're not feeling well! We can see you today at 3:15 or tomorrow at 9. Which works better?",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "hard-negative"], "Decision 10: a vague 'not feeling well' in a scheduling reply names no condition."),
    ("ap0007", "Per Dr. Yoon: yes you can take ibuprofen 400mg with food every 6 hrs for the knee pain, no more than 4 doses a day. Ice 20 min at a time.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Yoon", "PROVIDER"), ("ibuprofen 400mg", "MEDICATION"), ("knee pain", "CONDITION")],
     ["orthopedics"], "Dosing instruction for a symptom in reply to 'can I take...?': treatment instructions must not go by text."),
    ("ap0008", "No worries, we can still see you if you get here by 11:10. Just check in at the kiosk when you arrive!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Running-late reply: times only."),
    ("ap0009", "Hola Sra. Paredes, ya le cambiamos la cita para el jueves 9 de abril a las 11:00 con el Dr. Villalobos. Cualquier cosa nos escribe. Saludos, Lupita",
     "REWRITE", "confirmation", "sms", "es",
     [("Paredes", "NAME"), ("9 de abril", "DATE"), ("Dr. Villalobos", "PROVIDER"), ("Lupita", "PROVIDER")],
     ["primary-care"], "Patient's surname goes (title stays outside); the signing receptionist is staff, PROVIDER (decision 2)."),
    ("ap0010", "Yep! Your crown seat is Tues at 8am with Dr. Faraji. If anything comes loose before then just call us. - Bayside Dental Studio",
     "REWRITE", "reminder", "sms", "en",
     [("crown seat", "PROCEDURE"), ("Dr. Faraji", "PROVIDER"), ("Bayside Dental Studio", "SPECIALTY")],
     ["dental"], "Dental procedure and dental practice name go; day, time and provider survive."),
    ("ap0011", "Not yet - nothing's back from the lab so far. We'll text you as soon as Dr. Kaur has looked at everything.",
     "ALLOW", "result", "sms", "en",
     [("Dr. Kaur", "PROVIDER")],
     ["lab", "negation"], "'No results yet' with no test named is ALLOW (README)."),
    ("ap0012", "Good news!! Your strep test was negative so no antibiotics needed. Rest and fluids \U0001F44D",
     "BLOCK", "result", "sms", "en",
     [("strep test", "PROCEDURE"), ("negative", "RESULT"), ("antibiotics", "MEDICATION")],
     ["urgent-care", "negation"], "A negative result is still a result (README); the reply is the result."),
)

# ---------------------------------------------------------------- batch 2 (ap0013-ap0024): patient replies quoted inside staff messages
add(
    ("ap0013", "Hi Mr. Dwyer,\n\nThanks for your message. You wrote: \"my blood sugar has been running 250-300 since I started the prednisone.\" Dr. Abernathy would like you to call the nurse line today at (614) 555-0142 so we can adjust your insulin.\n\nBest,\nCourtney Hale, RN\nRiverside Internal Medicine",
     "BLOCK", "care-instructions", "email", "en",
     [("Dwyer", "NAME"), ("blood sugar", "PROCEDURE"), ("250-300", "RESULT"), ("prednisone", "MEDICATION"), ("Dr. Abernathy", "PROVIDER"),
      ("(614) 555-0142", "PHONE"), ("insulin", "MEDICATION"), ("Courtney Hale, RN", "PROVIDER")],
     ["primary-care", "practice-contact"], "Decision 1: the quoted patient text carries readings and drugs; quoting them back by e-mail discloses them like the sender's own words."),
    ("ap0014", "Re: \"can I still come in if I have a cold?\" - yes, just grab a mask when you check in. See you at 1:45!",
     "REWRITE", "other", "sms", "en",
     [("cold", "CONDITION")],
     ["primary-care", "negation"], "Decision 1 and 10: the quoted hypothetical symptom goes; 'yes, just grab a mask when you check in' survives."),
    ("ap0015", "We received your reply \"C\". Your appointment on 5/28 at 9:00 AM is confirmed. Reply R to reschedule.",
     "ALLOW", "confirmation", "sms", "en",
     [("5/28", "DATE")],
     ["general"], "Echo of a keyword reply plus the appointment date: nothing clinical."),
    ("ap0016", "Sorry, we didn't understand your reply \"positive\". Please reply C to confirm, R to reschedule or STOP to opt out.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "hard-negative"], "Decision 8: an echoed, unrecognised reply word is not a result."),
    ("ap0017", "> I've been having panic attacks again and the hydroxyzine isn't helping\n\nHi Noor, I'm so sorry to hear this. I've sent your message to Dr. Lindqvist and she'll call you this afternoon. If you feel unsafe at any point, call or text 988.\n\n- Sam, Care Team",
     "BLOCK", "other", "email", "en",
     [("panic attacks", "CONDITION"), ("hydroxyzine", "MEDICATION"), ("Noor", "NAME"), ("Dr. Lindqvist", "PROVIDER"), ("Sam", "PROVIDER")],
     ["behavioral-health"], "Decision 1: the quoted line is a condition and a medication that is not working; 988 is not a phone identifier."),
    ("ap0018", "You wrote: \"Is 6.8 a good A1c for me?\" Yes, Ms. Torres - 6.8 is right at your goal. Keep taking the metformin 1000mg twice a day and we'll recheck in 3 months. - Dr. Haddad",
     "ALLOW", "result", "portal", "en",
     [("6.8", "RESULT"), ("A1c", "PROCEDURE"), ("Torres", "NAME"), ("6.8", "RESULT", 1), ("metformin 1000mg", "MEDICATION"), ("Dr. Haddad", "PROVIDER")],
     ["primary-care", "contrast"], "Portal reply: values, doses and names may stay (README channel convention). SMS twin ap0019 is BLOCK."),
    ("ap0019", "Ms. Torres, re your q: yes 6.8 is right at goal for ur A1c. keep the metformin 1000mg twice a day, recheck in 3 mo. -Dr. Haddad's office",
     "BLOCK", "result", "sms", "en",
     [("Torres", "NAME"), ("6.8", "RESULT"), ("A1c", "PROCEDURE"), ("metformin 1000mg", "MEDICATION"), ("Dr. Haddad", "PROVIDER")],
     ["primary-care", "contrast", "shorthand"], "Same answer as the portal reply ap0018, by SMS: a result and a dosing instruction."),
    ("ap0020", "You replied STOP. You've been unsubscribed from appointment texts from Lakeshore Medical Group. Reply START to rejoin.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "STOP confirmation from a generic practice name (decision 7)."),
    ("ap0021", "Hi Karen,\n\nYes, we accept that plan. Your visit with Dr. Osei is still on for June 9.\n\nThanks,\nMaya | Patient Services\n\nOn Tue, Jun 2, 2026 at 9:14 AM Karen Mills <kmills.home@example.com> wrote:\n> Hi, I switched jobs and have new insurance through Bluecrest. Member ID BCX448120937. Do you take it?",
     "REWRITE", "billing", "email", "en",
     [("Hi [[Karen]],", "NAME"), ("Dr. Osei", "PROVIDER"), ("June 9", "DATE"), ("Maya", "PROVIDER"), ("Jun 2, 2026", "DATE"),
      ("Karen Mills", "NAME"), ("kmills.home@example.com", "EMAIL"), ("BCX448120937", "HEALTH_PLAN_ID")],
     ["general"], "Decisions 1, 3, 4: the quoted header and question carry the patient's name, own e-mail and member ID; removed, the answer and visit date survive."),
    ("ap0022", "Hi Dev, about your text (\"need more of my adderall\") - Dr. Pruitt sent the refill to your pharmacy this morning.",
     "REWRITE", "pickup", "sms", "en",
     [("Dev", "NAME"), ("adderall", "MEDICATION"), ("Dr. Pruitt", "PROVIDER")],
     ["behavioral-health"], "Decision 1: the quoted drug name is a medication in a refill notice, removable; 'the refill was sent to your pharmacy' survives."),
    ("ap0023", "Recovery Path Clinic received your message: \"I relapsed last weekend, can I still come to group Thursday?\" A counselor will reply within 1 business day.",
     "BLOCK", "other", "sms", "en",
     [("Recovery Path Clinic", "SPECIALTY"), ("relapsed", "CONDITION"), ("group", "PROCEDURE"), ("counselor", "SPECIALTY")],
     ["substance-use"], "Decisions 1, 7, 11: an auto-reply that echoes a relapse disclosure from a recovery program; the echoed disclosure is the content."),
    ("ap0024", "Recibimos su respuesta \"SI\". Su cita del 3 de junio a las 8:30 quedó confirmada. Si necesita cambiarla, responda CAMBIAR.",
     "ALLOW", "confirmation", "sms", "es",
     [("3 de junio", "DATE")],
     ["general"], "Keyword echo and appointment date only."),
)

# ---------------------------------------------------------------- batch 3 (ap0025-ap0036): wrong numbers and shared phones
add(
    ("ap0025", "Sorry, you have the wrong number! This line is for appointment scheduling at a medical office. We'll take your number off our list today.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Reply to a stranger who texted 'wrong number': nothing about anyone."),
    ("ap0026", "Hi, this is Pinecrest Pediatrics. We're trying to reach the parent of Aiden Cole about Monday's appointment. If this isn't the right number, please reply WRONG.",
     "REWRITE", "reminder", "sms", "en",
     [("Pinecrest Pediatrics", "SPECIALTY"), ("Aiden Cole", "NAME")],
     ["pediatrics", "minor"], "Decision 5: the child's name used to route the text on a possibly wrong number still goes, with the pediatric name."),
    ("ap0027", "Hi Derek, this is Westside Clinic. Your HIV test came back negative. Call us at (702) 555-0163 with any questions.",
     "BLOCK", "result", "sms", "en",
     [("Derek", "NAME"), ("HIV test", "PROCEDURE"), ("negative", "RESULT"), ("(702) 555-0163", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "An HIV result by text - exactly what a wrong or shared number exposes; negative is still a result."),
    ("ap0028", "Please disregard our previous text - it was sent to this number by mistake. We apologize for any confusion. - Westside Clinic",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Apology after a mis-sent text that repeats nothing of it."),
    ("ap0029", "So sorry! That message about the colonoscopy was meant for a different patient, Linda Park. Please delete it. Thank you!",
     "BLOCK", "other", "sms", "en",
     [("colonoscopy", "PROCEDURE"), ("Linda Park", "NAME")],
     ["primary-care", "third-party"], "Decision 5: the apology tells a stranger a named person's procedure - a third party's health (README: BLOCK)."),
    ("ap0030", "This text is for Roberto only: please call Dr. Saldana's office about your appointment. (312) 555-0118",
     "REWRITE", "other", "sms", "en",
     [("Roberto", "NAME"), ("Dr. Saldana", "PROVIDER"), ("(312) 555-0118", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 5: on a shared phone the routing name is still a NAME; the call-back request survives."),
    ("ap0031", "Msg for Luis (not Carmen): ur A1c came back 8.4, Dr. Ibarra wants to see u next wk",
     "BLOCK", "result", "sms", "en",
     [("Luis", "NAME"), ("Carmen", "NAME"), ("A1c", "PROCEDURE"), ("8.4", "RESULT"), ("Dr. Ibarra", "PROVIDER")],
     ["primary-care", "shorthand"], "A result value on a phone the sender knows is shared."),
    ("ap0032", "Disculpe, este mensaje no era para usted. Por favor bórrelo. Gracias y disculpe la molestia.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Wrong-number apology that repeats nothing."),
    ("ap0033", "This is a reminder for the patient who uses this number: you have an appointment tomorrow at 10:20 AM. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "Shared-phone safe wording: no name, no visit type."),
    ("ap0034", "This is the scheduling team at Northside Women's Health. We have a message for Tanya - is this still her number?",
     "REWRITE", "other", "sms", "en",
     [("Northside Women's Health", "SPECIALTY"), ("Tanya", "NAME")],
     ["reproductive"], "Reply to 'who is this?': a women's-health name and the patient's name go; the number check survives."),
    ("ap0035", "Before we can discuss anything, please confirm the patient's date of birth by calling us at (216) 555-0177. We can't share details by text.",
     "ALLOW", "other", "sms", "en",
     [("(216) 555-0177", "PHONE")],
     ["general", "practice-contact"], "Identity check moved to a call; the practice's own number only."),
    ("ap0036", "Thanks for letting us know, we've updated our records and removed this number from Jessica Albright's chart.",
     "REWRITE", "other", "sms", "en",
     [("Jessica Albright", "NAME")],
     ["general", "third-party"], "Decision 5: reply to 'I'm not Jessica' tells a stranger a named person is a patient; without the name it survives."),
)

# ---------------------------------------------------------------- batch 4 (ap0037-ap0048): proxies and family accounts
add(
    ("ap0037", "Your proxy access request for Eleanor Whitaker is almost done. Please confirm the SSN we have on file for her (078-05-1120) by replying YES.",
     "BLOCK", "other", "sms", "en",
     [("Eleanor Whitaker", "NAME"), ("078-05-1120", "SSN")],
     ["general", "third-party"], "An SSN with a name must never travel by text, proxy set-up or not."),
    ("ap0038", "Family account update: we've linked Ethan Brooks (DOB 04/09/2015) to your account. Log in to review his information.",
     "BLOCK", "portal-notice", "email", "en",
     [("Ethan Brooks", "NAME"), ("04/09/2015", "DATE")],
     ["pediatrics", "minor", "dob"], "Full date of birth with a name is BLOCK (README), also for a dependent added to a family account."),
    ("ap0039", "Good news - you can now manage your family's appointments from one login. Add a child or adult dependent under Settings > Family Access.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Feature announcement to everyone; 'dependent' is account vocabulary."),
    ("ap0040", "Hi Denise, just a reminder that your dad Walter has his appointment with Dr. Ng on Wednesday 10/7 at 1:30. Transportation is booked for 12:45.",
     "REWRITE", "reminder", "sms", "en",
     [("Denise", "NAME"), ("Walter", "NAME"), ("Dr. Ng", "PROVIDER"), ("10/7", "DATE")],
     ["primary-care", "third-party"], "Decision 9: a proxy's reminder about a parent's logistics: names go, provider, date and ride survive."),
    ("ap0041", "Hi Denise, Dr. Ng got your dad's bloodwork back. His kidney function is down a bit (creatinine 1.9), so please hold his metformin until we recheck.",
     "BLOCK", "result", "sms", "en",
     [("Denise", "NAME"), ("Dr. Ng", "PROVIDER"), ("kidney function", "PROCEDURE"), ("down a bit", "RESULT"), ("creatinine", "PROCEDURE"),
      ("1.9", "RESULT"), ("metformin", "MEDICATION")],
     ["primary-care", "third-party"], "Decision 9: a third party's result and a medication hold sent to the proxy by SMS."),
    ("ap0042", "Starting at age 12, your child's portal account changes: some information about their care is visible only to them. Parents keep access to appointments and billing.",
     "ALLOW", "portal-notice", "email", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Policy notice to all parents; an age under 90 and generic wording."),
    ("ap0043", "We're unable to grant you proxy access to Maya's account. Because she is 16, her visits for birth control are confidential under state law.",
     "BLOCK", "other", "email", "en",
     [("Maya", "NAME"), ("birth control", "MEDICATION")],
     ["reproductive", "minor", "third-party"], "The denial itself discloses the teen's confidential care to the parent - a dependent's medication (README: BLOCK)."),
    ("ap0044", "New message from Dr. Farouk's office about Harold. Log in to read it.",
     "REWRITE", "portal-notice", "push", "en",
     [("Dr. Farouk", "PROVIDER"), ("Harold", "NAME")],
     ["primary-care", "third-party"], "Decision 9: a caregiver's lock-screen push names the managed patient; without the name it is a plain portal notice."),
    ("ap0045", "Buenas tardes don Aurelio, le recordamos que su esposa Consuelo tiene cita con la cardióloga, la Dra. Benítez, el lunes 16 de noviembre a las 9:00.",
     "REWRITE", "reminder", "sms", "es",
     [("Aurelio", "NAME"), ("Consuelo", "NAME"), ("cardióloga", "SPECIALTY"), ("Dra. Benítez", "PROVIDER"), ("16 de noviembre", "DATE")],
     ["cardiology", "third-party"], "Decision 9: the wife's logistics with a specialty word: REWRITE like a dependent's; 'don' stays outside the name."),
    ("ap0046", "Thank you for sending the healthcare power of attorney paperwork. Once our records team processes it (3-5 business days), you'll be able to speak with us on his behalf.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Proxy paperwork acknowledgement; no name, no health content."),
    ("ap0047", "Hi Paul, this is Grace with the hospice team. If your mom's shortness of breath gets worse tonight you can give 0.25 mL of the morphine under the tongue every 2 hrs. Call us anytime at (541) 555-0129.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Paul", "NAME"), ("Grace", "PROVIDER"), ("hospice", "SPECIALTY"), ("shortness of breath", "CONDITION"), ("morphine", "MEDICATION"),
      ("(541) 555-0129", "PHONE")],
     ["home-health", "third-party", "negation", "practice-contact"], "Decisions 9, 10, 11: dosing instructions for a third party's symptom; 'hospice' names the service."),
    ("ap0048", "Guarantor statement: balances for 3 family members are ready to view. Total due $146.50. Pay at https://pay.oakridgefp.example or call (405) 555-0150.",
     "ALLOW", "billing", "sms", "en",
     [("https://pay.oakridgefp.example", "URL"), ("(405) 555-0150", "PHONE")],
     ["general", "practice-contact"], "Family billing notice with the practice's own link (no token) and phone."),
)

# ---------------------------------------------------------------- batch 5 (ap0049-ap0060): guardians and caregivers, several people at once
add(
    ("ap0049", "Reminder from Sunny Days Pediatrics: Ava and Mason have back-to-back well-child visits Mon 8/3 at 9:00 and 9:20 with Dr. Brightwater.",
     "REWRITE", "reminder", "sms", "en",
     [("Sunny Days Pediatrics", "SPECIALTY"), ("Ava", "NAME"), ("Mason", "NAME"), ("well-child", "PROCEDURE"), ("8/3", "DATE"),
      ("Dr. Brightwater", "PROVIDER")],
     ["pediatrics", "minor"], "Two dependents' logistics with names and a routine visit type: REWRITE (README)."),
    ("ap0050", "Hi Mrs. Okafor, Zuri's and Kofi's strep tests were both positive. Dr. Brightwater sent amoxicillin for both of them to Parkview Pharmacy.",
     "BLOCK", "result", "sms", "en",
     [("Okafor", "NAME"), ("Zuri", "NAME"), ("Kofi", "NAME"), ("strep tests", "PROCEDURE"), ("positive", "RESULT"), ("Dr. Brightwater", "PROVIDER"),
      ("amoxicillin", "MEDICATION")],
     ["pediatrics", "minor", "third-party", "contrast"], "Two dependents' results and medication sent to the guardian by SMS (README: BLOCK). Portal twin ap0114 is ALLOW."),
    ("ap0051", "Hola familia Ramírez: Sofía, Mateo y Valentina tienen vacunas pendientes. Llámenos al (956) 555-0114 para hacer sus citas. - Clínica del Valle",
     "REWRITE", "recall", "sms", "es",
     [("Ramírez", "NAME"), ("Sofía", "NAME"), ("Mateo", "NAME"), ("Valentina", "NAME"), ("vacunas", "PROCEDURE"), ("(956) 555-0114", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Three children's names and a routine visit type (vaccines): REWRITE like their own logistics."),
    ("ap0052", "Hi! The camp forms for both kids are signed and ready at the front desk. Pick them up anytime between 8 and 5.",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "hard-negative"], "Paperwork pickup for two children: no name, no visit type."),
    ("ap0053", "Good morning Ms. Harper - for your residents this week: Tom Baines has wound care Tue at 10:00, and Rita Solis needs an INR recheck Thu at 2:15 (her last INR was 4.1).",
     "BLOCK", "reminder", "sms", "en",
     [("Harper", "NAME"), ("Tom Baines", "NAME"), ("wound care", "PROCEDURE"), ("Rita Solis", "NAME"), ("INR", "PROCEDURE"), ("INR", "PROCEDURE", 1),
      ("4.1", "RESULT")],
     ["home-health", "third-party"], "Decision 9: a care home's coordinator gets two residents' visits and one resident's INR value; the value makes it BLOCK."),
    ("ap0054", "Nguyen family: Grandma Lan's insulin and Minh's albuterol inhaler are ready at the pharmacy counter. Pick up by Sat 5pm. - Corner Drug",
     "BLOCK", "pickup", "sms", "en",
     [("Nguyen", "NAME"), ("Lan", "NAME"), ("insulin", "MEDICATION"), ("Minh", "NAME"), ("albuterol inhaler", "MEDICATION")],
     ["pharmacy", "third-party"], "Decision 9: named family members' medications sent to a shared family number - third parties' health (README: BLOCK), not one patient's own pickup."),
    ("ap0055", "Bright Smiles Kids Dental: Leo and Nora have cleanings on Thursday, Oct 22 at 3:30 and 4:00. Reply C to confirm both.",
     "REWRITE", "reminder", "sms", "en",
     [("Bright Smiles Kids Dental", "SPECIALTY"), ("Leo", "NAME"), ("Nora", "NAME"), ("cleanings", "PROCEDURE"), ("Oct 22", "DATE")],
     ["dental", "pediatrics", "minor"], "Siblings' cleanings: routine visit type with names (README: REWRITE)."),
    ("ap0056", "Hi Renee, quick update after today's visits: your mom's blood pressure was 168/94, so Dr. Kline increased her amlodipine to 10 mg. Your dad's labs all looked fine.",
     "BLOCK", "result", "sms", "en",
     [("Renee", "NAME"), ("blood pressure", "PROCEDURE"), ("168/94", "RESULT"), ("Dr. Kline", "PROVIDER"), ("amlodipine", "MEDICATION"),
      ("looked fine", "RESULT")],
     ["primary-care", "third-party"], "Decision 9: two parents' results and a dose change to the caregiving daughter; a normal result is still a result."),
    ("ap0057", "Sra. Delgado, ya tenemos los resultados de sus hijos: Daniel salió negativo y Lucía salió positiva para influenza. La doctora le mandó Tamiflu a Lucía a la farmacia.",
     "BLOCK", "result", "sms", "es",
     [("Delgado", "NAME"), ("Daniel", "NAME"), ("negativo", "RESULT"), ("Lucía", "NAME"), ("positiva", "RESULT"), ("influenza", "CONDITION"),
      ("Tamiflu", "MEDICATION"), ("Lucía", "NAME", 1)],
     ["pediatrics", "minor", "third-party"], "Two children's results, a diagnosis and a medication to the mother by SMS."),
    ("ap0058", "Dear Mr. Castellanos,\n\nThis is a reminder that the three children placed with you have new-patient visits at Harbor Point Pediatrics next week:\n- Jaylen: Monday 9/14, 10:00 AM\n- Kiara: Monday 9/14, 10:30 AM\n- DeShawn: Tuesday 9/15, 2:00 PM\n\nPlease bring each child's placement paperwork and Medicaid card. If you need a ride, call our care coordinator at (313) 555-0146.\n\nThank you,\nBrenda Wallace, MSW\nHarbor Point Pediatrics",
     "REWRITE", "reminder", "email", "en",
     [("Castellanos", "NAME"), ("Harbor Point Pediatrics", "SPECIALTY"), ("Jaylen", "NAME"), ("9/14", "DATE"), ("Kiara", "NAME"), ("9/14", "DATE", 1),
      ("DeShawn", "NAME"), ("9/15", "DATE"), ("(313) 555-0146", "PHONE"), ("Brenda Wallace, MSW", "PROVIDER"), ("Harbor Point Pediatrics", "SPECIALTY", 1)],
     ["pediatrics", "minor", "practice-contact"], "Foster parent's e-mail about three children: names and the pediatric name go; dates, times and the coordinator's number stay."),
    ("ap0059", "Evergreen Home Health: your nurse visit for Mr. and Mrs. Lindgren is Friday between 10am and noon. Reply 1 to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Evergreen Home Health", "SPECIALTY"), ("Lindgren", "NAME")],
     ["home-health"], "A couple's home-health visit window: the agency name and surname go."),
    ("ap0060", "Reminder to parents: school physical and sports forms take 3-5 business days. Please drop them off early! Have a great summer \u2600\ufe0f",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Broadcast to all parents about forms; 'physical' is generic."),
)

# ---------------------------------------------------------------- batch 6 (ap0061-ap0072): auto-replies and out-of-office notes
add(
    ("ap0061", "Thank you for texting Lakeview Family Medicine. This inbox is monitored Mon-Fri 8am-5pm. For emergencies call 911. For after-hours questions call our nurse line.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Generic auto-reply; 911 is not a phone identifier and 'nurse line' is generic."),
    ("ap0062", "I am out of the office through Monday, March 16 with limited access to email. For prescription refills or urgent clinical questions, please call the clinic at (503) 555-0139 or message Dr. Abiola's team through the portal.\n\nThank you,\nNatalie Frost, PA-C",
     "ALLOW", "other", "email", "en",
     [("March 16", "DATE"), ("(503) 555-0139", "PHONE"), ("Dr. Abiola", "PROVIDER"), ("Natalie Frost, PA-C", "PROVIDER")],
     ["primary-care", "practice-contact"], "Clinician's out-of-office note: return date, clinic phone and providers only (decision 7)."),
    ("ap0063", "Automatic reply: I'm away until 11/30. For scheduling, please contact Pat Morrow at pmorrow@stbrigid.example.\n\nJoanna Reyes, RN, OCN\nNurse Navigator | Breast Cancer Program\nSt. Brigid Cancer Institute",
     "REWRITE", "other", "email", "en",
     [("11/30", "DATE"), ("Pat Morrow", "PROVIDER"), ("pmorrow@stbrigid.example", "EMAIL"), ("Joanna Reyes, RN", "PROVIDER"), ("OCN", "SPECIALTY"),
      ("Breast Cancer Program", "SPECIALTY"), ("St. Brigid Cancer Institute", "SPECIALTY")],
     ["oncology", "practice-contact"], "Decisions 2 and 7: the auto-reply goes to whichever patient wrote; its signature (oncology credential, program, cancer institute) reveals the service."),
    ("ap0064", "This number does not accept replies. To reach your care team, use the portal or call the office. Please do not text test results, symptoms or medical questions to this number.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "No-reply notice whose clinical-sounding words describe no one."),
    ("ap0065", "Thanks for your message to Clearwater Counseling Associates! Your therapist will respond within 2 business days. If you are in crisis, call or text 988.",
     "REWRITE", "other", "sms", "en",
     [("Clearwater Counseling Associates", "SPECIALTY"), ("therapist", "SPECIALTY")],
     ["behavioral-health"], "Decisions 7 and 11: the counseling practice name and 'your therapist' reveal the service; 988 is not a phone identifier."),
    ("ap0066", "Respuesta automática: Estoy fuera de la oficina hasta el 2 de enero. Para citas, llame al (915) 555-0121. Para emergencias, marque 911.\n- Verónica Ortiz, Recepción",
     "ALLOW", "other", "email", "es",
     [("2 de enero", "DATE"), ("(915) 555-0121", "PHONE"), ("Verónica Ortiz", "PROVIDER")],
     ["general", "practice-contact"], "Receptionist's out-of-office note; the signer is staff (decision 2)."),
    ("ap0067", "Dr. Whitfield is out of the office until Monday. Your message has been forwarded to the covering provider, Dr. Amadi, who will respond within 1 business day.",
     "ALLOW", "other", "email", "en",
     [("Dr. Whitfield", "PROVIDER"), ("Dr. Amadi", "PROVIDER")],
     ["primary-care"], "Coverage auto-reply: providers only."),
    ("ap0068", "After-hours auto-reply: We got your message about Jacob's fever of 103.2. If he is under 3 months old, having trouble breathing or hard to wake, call 911 now. Otherwise a nurse will call you back within 30 minutes.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Jacob", "NAME"), ("fever", "CONDITION"), ("103.2", "RESULT")],
     ["pediatrics", "minor", "third-party", "negation"], "Decision 1: the auto-reply echoes a child's symptom and reading to the guardian; the triage conditions that follow are hypothetical and unlabelled."),
    ("ap0069", "Our office is closed for the holidays from Dec 24 through Jan 1. Messages will be answered when we reopen. Happy holidays! \U0001F384",
     "ALLOW", "other", "sms", "en",
     [("Dec 24", "DATE"), ("Jan 1", "DATE")],
     ["general", "broadcast"], "Holiday auto-reply; the closing dates are calendar dates (labelled, allowed)."),
    ("ap0070", "Auto-reply: Your refill request for Rx #6620418 (buprenorphine/naloxone 8-2mg) was received. We'll text you when it's ready.",
     "REWRITE", "pickup", "sms", "en",
     [("6620418", "OTHER_ID"), ("buprenorphine/naloxone 8-2mg", "MEDICATION")],
     ["pharmacy", "substance-use"], "Decision 1: the auto-reply echoes the request's Rx number and drug; 'your refill request was received' survives."),
    ("ap0071", "Hi! You've reached Willow Creek Dental after hours. For emergencies call Dr. Pham at (408) 555-0173; otherwise we'll reply when we open at 8.",
     "REWRITE", "other", "sms", "en",
     [("Willow Creek Dental", "SPECIALTY"), ("Dr. Pham", "PROVIDER"), ("(408) 555-0173", "PHONE")],
     ["dental", "practice-contact"], "Decision 7: an after-hours auto-reply from a dental practice name."),
    ("ap0072", "We've received your request (ticket #RQ-558210). A member of our records team will reply within 2 business days. Please do not reply to this email.",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Decision 8: a support ticket number is not labelled, like a confirmation code."),
)

# ---------------------------------------------------------------- batch 7 (ap0073-ap0084): STOP / HELP / START keyword replies
add(
    ("ap0073", "Cedar Ridge Health: You are unsubscribed and will no longer receive texts. Reply START to resubscribe or HELP for help.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "contrast"], "STOP confirmation from a generic practice (decision 7); its specialty twin ap0074 is REWRITE."),
    ("ap0074", "Harbor Behavioral Health: You have been unsubscribed from appointment reminders. Reply START to opt back in.",
     "REWRITE", "other", "sms", "en",
     [("Harbor Behavioral Health", "SPECIALTY")],
     ["behavioral-health", "contrast"], "Decision 7: the same STOP confirmation as ap0073 from a behavioral-health name."),
    ("ap0075", "Summit Orthopedics & Sports Medicine alerts. Msg frequency varies. Msg&data rates may apply. Help: (720) 555-0188 or summitortho.example/help. Reply STOP to cancel.",
     "REWRITE", "other", "sms", "en",
     [("Summit Orthopedics & Sports Medicine", "SPECIALTY"), ("(720) 555-0188", "PHONE"), ("summitortho.example/help", "URL")],
     ["orthopedics", "practice-contact"], "Decision 7: HELP reply from an orthopedic name (README: orthopedic names reveal); its own phone and link stay."),
    ("ap0076", "Maple Grove Clinic: Appointment alerts. Msg freq varies. Msg & data rates may apply. Reply STOP to cancel, HELP for help. Questions? (608) 555-0102.",
     "ALLOW", "other", "sms", "en",
     [("(608) 555-0102", "PHONE")],
     ["general", "practice-contact"], "Carrier-style HELP reply from a generic clinic name."),
    ("ap0077", "You have been unsubscribed from Methadone Dosing Reminders. You will still receive texts about your appointments. Reply START to resubscribe.",
     "REWRITE", "other", "sms", "en",
     [("Methadone", "MEDICATION")],
     ["substance-use"], "Decisions 7 and 12: the program's name is built on the drug; 'unsubscribed from dosing reminders' survives."),
    ("ap0078", "Clínica Dental Sonríe Feliz: Usted ha sido dado de baja y ya no recibirá mensajes. Responda ALTA para volver a suscribirse.",
     "REWRITE", "other", "sms", "es",
     [("Clínica Dental Sonríe Feliz", "SPECIALTY")],
     ["dental"], "Decision 7: STOP (BAJA) confirmation from a dental practice name."),
    ("ap0079", "Centro de Salud Familiar: Para ayuda llame al (559) 555-0116. Pueden aplicar tarifas de mensajes y datos. Responda BAJA para cancelar.",
     "ALLOW", "other", "sms", "es",
     [("(559) 555-0116", "PHONE")],
     ["general", "practice-contact"], "HELP (AYUDA) reply from a generic health center."),
    ("ap0080", "Okay Brianna, we've turned off text reminders for your account. You'll still get reminders by email at b.sutton22@example.com.",
     "REWRITE", "other", "sms", "en",
     [("Brianna", "NAME"), ("b.sutton22@example.com", "EMAIL")],
     ["general"], "Decision 3: the patient's own e-mail read back is an identifier the opt-out does not need."),
    ("ap0081", "We received STOP from this number. Marketing messages are now off. You may still get important messages about scheduled visits; reply STOPALL to opt out of everything.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative"], "Decision 8: keyword echo, no content."),
    ("ap0082", "Positive Pathways Clinic: for help with your PrEP refill reminders call (404) 555-0157. Reply STOP to opt out.",
     "REWRITE", "other", "sms", "en",
     [("Positive Pathways Clinic", "SPECIALTY"), ("PrEP", "MEDICATION"), ("(404) 555-0157", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "Decision 7: HELP reply naming an HIV-service practice and the drug of the reminder program."),
    ("ap0083", "You replied HELP. For questions about your bill call 1-800-555-0199 (Mon-Fri). Reply STOP to end texts.",
     "ALLOW", "billing", "sms", "en",
     [("1-800-555-0199", "PHONE")],
     ["general", "practice-contact"], "Billing HELP reply with the practice's own toll-free number."),
    ("ap0084", "You replied NO. We've cancelled your visit on 2/11. If this was a mistake, call us or reply YES within 1 hour to restore it.",
     "ALLOW", "confirmation", "sms", "en",
     [("2/11", "DATE")],
     ["general"], "Decision 8: an echoed 'NO' is a keyword, not a negation of anything clinical."),
)

# ---------------------------------------------------------------- batch 8 (ap0085-ap0096): group texts from a practice
add(
    ("ap0085", "Happy Thanksgiving from all of us at Oakridge Family Practice! The office is closed Thu and Fri; our on-call provider can be reached through the main number.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Practice-wide group message: holiday and weekdays only."),
    ("ap0086", "Hi Tom, Angela, Ravi and Priya! Reminder that our Diabetes Self-Management class meets Thursday at 6pm in Room 2. Bring your glucose logs and a snack \U0001F34E",
     "BLOCK", "reminder", "sms", "en",
     [("Tom", "NAME"), ("Angela", "NAME"), ("Ravi", "NAME"), ("Priya", "NAME"), ("Diabetes", "CONDITION"), ("glucose", "PROCEDURE")],
     ["primary-care", "third-party"], "Decisions 6 and 12: a group text naming four members of a condition class tells each of them the others' diagnosis."),
    ("ap0087", "Reminder for everyone in the Tuesday grief support group: we'll meet in the library annex this week instead of Room B. Same time, 6:30.",
     "REWRITE", "reminder", "sms", "en",
     [("grief support group", "PROCEDURE")],
     ["behavioral-health"], "Decisions 6 and 12: unnamed group; the support-group name goes, the room change survives."),
    ("ap0088", "Due to the ice storm, all of our offices are closed today. Our team will call you to reschedule. Stay safe and warm! \u2744\ufe0f",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Weather closure broadcast."),
    ("ap0089", "Hi all - this is Dana from Lotus Fertility Center. Our egg retrieval info night has moved to Wed 1/20 at 6pm. Reply to let me know if you're coming!",
     "REWRITE", "marketing", "sms", "en",
     [("Dana", "PROVIDER"), ("Lotus Fertility Center", "SPECIALTY"), ("egg retrieval", "PROCEDURE"), ("1/20", "DATE")],
     ["fertility"], "Decision 6: a group text to patients without names; fertility name and procedure go, the event logistics survive."),
    ("ap0090", "Hi Kowalski family - update from the hospice team: Dad's oxygen levels dropped to 84% overnight, so we increased his morphine to every 2 hours for comfort. Please call if you'd like to visit.",
     "BLOCK", "other", "sms", "en",
     [("Kowalski", "NAME"), ("hospice", "SPECIALTY"), ("oxygen levels", "PROCEDURE"), ("84%", "RESULT"), ("morphine", "MEDICATION")],
     ["home-health", "third-party"], "Decision 9: a group text to the family with the patient's reading and a dose change."),
    ("ap0091", "¡Feliz Día de las Madres de parte de todo el equipo de Clínica Familiar Esperanza! El sábado tendremos horario de 9 a 1.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Holiday broadcast; 'Esperanza' is part of the practice name, not a patient."),
    ("ap0092", "Hey Marco, Jaden & Chris - the Living Well HIV peer group is moving to the 2nd floor conference room starting next Wed. Snacks provided!",
     "BLOCK", "reminder", "sms", "en",
     [("Marco", "NAME"), ("Jaden", "NAME"), ("Chris", "NAME"), ("HIV", "CONDITION"), ("peer group", "PROCEDURE")],
     ["hiv-sexual-health", "third-party"], "Decisions 6 and 12: naming members of an HIV peer group to each other discloses their status."),
    ("ap0093", "Flu shots are here! Walk in Mon-Fri 9-4 at any Pinewood Health location, no appointment needed. Most plans cover it at $0.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Broadcast flu-shot offer (README: ALLOW, no span)."),
    ("ap0094", "[Pinewood Health] Group message: our phone lines are down this morning. Please text this number or use the portal until we're back up. Sorry for the hassle!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Outage notice; the bracketed sender tag is a literal practice name, not a merge field."),
    ("ap0095", "Hi Eagles parents! Sports physicals for the whole team are Sat 7/25 from 8-12 at Lincoln Park Clinic, 410 Oak St. $25 cash. Bring the signed form!",
     "ALLOW", "marketing", "sms", "en",
     [("7/25", "DATE"), ("410 Oak St", "ADDRESS")],
     ["pediatrics", "broadcast", "practice-contact"], "Decision 6: a group text to a whole team's parents; the clinic's address and date, nothing about one child."),
    ("ap0096", "Saturday cardiac rehab group: Frank, Lorraine and Ed - please bring your heart-rate monitors, class starts at 9 sharp!",
     "BLOCK", "reminder", "sms", "en",
     [("cardiac rehab", "PROCEDURE"), ("Frank", "NAME"), ("Lorraine", "NAME"), ("Ed", "NAME"), ("heart-rate monitors", "PROCEDURE")],
     ["cardiology", "third-party"], "Decisions 6 and 12: named members of a cardiac rehab class, each told the others' treatment."),
)

# ---------------------------------------------------------------- batch 9 (ap0097-ap0108): disguised replies, voice, e-mail threads, call-backs
add(
    ("ap0097", "hey its the clinic. ur ch14myd14 t3st came back p0s, dr sent abx to ur pharmacy. pls take ALL of it even if u feel better",
     "BLOCK", "result", "sms", "en",
     [("ch14myd14 t3st", "PROCEDURE"), ("p0s", "RESULT"), ("abx", "MEDICATION")],
     ["hiv-sexual-health", "leet", "shorthand"], "Leetspeak STI result and treatment from a staff phone; the disguise changes nothing."),
    ("ap0098", "Hi Ms. Grant, your \u0441\u043elposcopy is confirmed for 5/6 at 8:30 with Dr. Vance. Reply C to confirm or R to reschedule.",
     "REWRITE", "confirmation", "sms", "en",
     [("Grant", "NAME"), ("\u0441\u043elposcopy", "PROCEDURE"), ("5/6", "DATE"), ("Dr. Vance", "PROVIDER")],
     ["reproductive"], "Procedure spelled with Cyrillic es and o (confusable); name and procedure go, date and provider stay."),
    ("ap0099", "Your Vyv\u200banse 40 mg refill is ready for pickup, Kev\u200bin. Bring a photo ID. Reply HELP for help.",
     "REWRITE", "pickup", "sms", "en",
     [("Vyv\u200banse 40 mg", "MEDICATION"), ("Kev\u200bin", "NAME")],
     ["pharmacy"], "Zero-width spaces inside the drug and the name; a pickup with a medication name and a name is REWRITE."),
    ("ap0100", "Reminder: your P r E P follow-up and labs are due this month. Text back a day that works and we'll get you booked.",
     "REWRITE", "recall", "sms", "en",
     [("P r E P", "MEDICATION")],
     ["hiv-sexual-health", "spaced"], "Spaced-out PrEP as a visit label; the generic follow-up and labs survive."),
    ("ap0101", "Hello, this message is for Henry Ruiz. This is Amber calling from Lakeview Oncology Associates to confirm your appointment on Tuesday, April 14 at 10 a.m. Please call us back at (262) 555-0135. Thank you.",
     "REWRITE", "confirmation", "voice", "en",
     [("Henry Ruiz", "NAME"), ("Amber", "PROVIDER"), ("Lakeview Oncology Associates", "SPECIALTY"), ("April 14", "DATE"), ("(262) 555-0135", "PHONE")],
     ["oncology", "practice-contact"], "Voicemail (overheard like SMS): the patient's name and the oncology name go; the caller is staff (decision 2)."),
    ("ap0102", "Hi, this is a message from Dr. Feldman's office calling to confirm your appointment tomorrow at 3:20. Please press 1 to confirm or 2 to reschedule.",
     "ALLOW", "confirmation", "voice", "en",
     [("Dr. Feldman", "PROVIDER")],
     ["primary-care"], "Generic voice confirmation with a provider name."),
    ("ap0103", "Hi there,\n\nAbsolutely - family members are welcome in the exam room, and there's free parking in the garage next to our building (level 2 connects to the lobby). Your appointment is still Thursday, May 21 at 1:40 PM with Dr. Okonjo. If anything changes, just reply to this email or call us at (919) 555-0168.\n\nWarmly,\nTheresa\nPatient Services, Cardinal Internal Medicine\n\n-----Original Message-----\nFrom: Patient portal message\nSent: Monday 8:02 AM\nSubject: question about my visit\n\nHi, can I bring my husband along to my appointment? He usually helps me remember what the doctor says. Also, is there parking? Thanks!",
     "ALLOW", "other", "email", "en",
     [("May 21", "DATE"), ("Dr. Okonjo", "PROVIDER"), ("(919) 555-0168", "PHONE"), ("Theresa", "PROVIDER")],
     ["primary-care", "practice-contact"], "Decision 1 applied both ways: the quoted patient question is harmless (a husband, parking), so the reply stays ALLOW."),
    ("ap0104", "Hi Ms. Abernathy-Cole,\n\nThank you for the update, and I'm glad you reached out. I've shared your message with Dr. Sorensen, who agrees you should keep taking the sertraline 100 mg every morning and start the therapy sessions you discussed at your last visit. Our scheduler will call you this week to set those up. Dr. Sorensen would also like to see you in about 4 weeks, so I've booked Thursday 7/9 at 4:00 PM. If that time doesn't work, just reply here and we'll find another.\n\nTake care,\nMarisol Vega, LPN\nCare Team, Westbrook Family Medicine\n\n> On Jun 10, Ms. Abernathy-Cole wrote:\n> Hi, the new dose is helping a little with the depression but I'm still not sleeping more than 3-4 hours a night and I feel wiped out at work. Should I keep taking it or go back to the old dose? Also, do I need to come in before my refill runs out?",
     "BLOCK", "care-instructions", "email", "en",
     [("Abernathy-Cole", "NAME"), ("Dr. Sorensen", "PROVIDER"), ("Dr. Sorensen", "PROVIDER", 1), ("sertraline 100 mg", "MEDICATION"), ("therapy", "PROCEDURE"), ("7/9", "DATE"),
      ("Marisol Vega, LPN", "PROVIDER"), ("Jun 10", "DATE"), ("Abernathy-Cole", "NAME", 1), ("depression", "CONDITION"), ("not sleeping", "CONDITION")],
     ["behavioral-health"], "Decisions 1 and 4: treatment instruction in the reply plus a quoted diagnosis and symptom."),
    ("ap0105", "You're welcome! \U0001F60A - Brookside Medical",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "Staff answer to a patient's 'thank you'."),
    ("ap0106", "Hi Owen, the $310 charge on your statement is for the sleep study on 2/18, not the office visit. Your insurance applied it to your deductible.",
     "REWRITE", "billing", "sms", "en",
     [("Owen", "NAME"), ("sleep study", "PROCEDURE"), ("2/18", "DATE")],
     ["general"], "Reply to a billing question: the name and the test go; the amount, date and deductible explanation survive."),
    ("ap0107", "Thanks for the photo! Dr. Lund looked at it - the incision is a little red but not infected. Keep it clean and dry and send another pic Friday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Lund", "PROVIDER"), ("incision", "PROCEDURE"), ("a little red", "RESULT"), ("not infected", "RESULT")],
     ["orthopedics", "negation"], "Reply to a patient's photo: a finding (negated or not, still a finding) and wound-care instructions."),
    ("ap0108", "Hi Ray, if the swelling in your ankle gets worse, go to urgent care today. Otherwise ice + elevate and we'll see you Tues at 9:40.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Ray", "NAME"), ("swelling", "CONDITION"), ("urgent care", "SPECIALTY")],
     ["orthopedics", "negation"], "Decisions 10 and 11: triage and treatment advice about the patient's own symptom is the message; it cannot be made safe by removal."),
)

# ---------------------------------------------------------------- batch 10 (ap0109-ap0120): Spanish threads, portal and push replies, caregivers, policy letter
add(
    ("ap0109", "Hola Jazmín, ya le pregunté a la doctora y dice que sí le puede dar paracetamol al niño, 5 ml cada 6 horas si la fiebre pasa de 38.5. Cualquier cosa nos escribe \U0001F64F",
     "BLOCK", "care-instructions", "sms", "es",
     [("Jazmín", "NAME"), ("paracetamol", "MEDICATION"), ("fiebre", "CONDITION")],
     ["pediatrics", "minor", "third-party", "negation"], "Decisions 9 and 10: dosing for a child sent to the mother; 38.5 is a threshold in the instruction, not a RESULT."),
    ("ap0110", "Este mensaje es para Guadalupe Reyes. Favor de llamar a la Clínica San Miguel al (210) 555-0125 sobre su cita. Gracias.",
     "REWRITE", "other", "sms", "es",
     [("Guadalupe Reyes", "NAME"), ("(210) 555-0125", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 5: shared-phone routing name; the call-back request and clinic number survive."),
    ("ap0111", "Sr. Fuentes, le informamos que los análisis de su mamá salieron bien: el colesterol en 182 y la glucosa normal. La Dra. Ponce la verá otra vez en 6 meses.",
     "BLOCK", "result", "sms", "es",
     [("Fuentes", "NAME"), ("salieron bien", "RESULT"), ("colesterol", "PROCEDURE"), ("182", "RESULT"), ("glucosa", "PROCEDURE"), ("normal", "RESULT"),
      ("Dra. Ponce", "PROVIDER")],
     ["primary-care", "third-party"], "Decision 9: the mother's results to her son; normal results are still results ('análisis' is generic)."),
    ("ap0112", "Gracias por comunicarse con nosotros. Su mensaje fue recibido y un miembro del equipo le responderá pronto. Si es una emergencia, llame al 911.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Generic auto-reply in Spanish."),
    ("ap0113", "¡Hola a todas las mamás del grupo de lactancia! La reunión del martes se cambia al salón 3, mismo horario. ¡Traigan a sus bebés! \U0001F476",
     "REWRITE", "reminder", "sms", "es",
     [("grupo de lactancia", "PROCEDURE")],
     ["reproductive"], "Decisions 6 and 12: unnamed group text; the lactation group goes, the room change survives."),
    ("ap0114", "Hi Mrs. Okafor, Zuri's and Kofi's strep tests were both positive. Dr. Brightwater sent amoxicillin 400 mg/5 mL for both to Parkview Pharmacy - give 5 mL twice a day for 10 days, even once they feel better.",
     "ALLOW", "result", "portal", "en",
     [("Okafor", "NAME"), ("Zuri", "NAME"), ("Kofi", "NAME"), ("strep tests", "PROCEDURE"), ("positive", "RESULT"), ("Dr. Brightwater", "PROVIDER"),
      ("amoxicillin 400 mg/5 mL", "MEDICATION")],
     ["pediatrics", "minor", "third-party", "contrast"], "Decision 9: the guardian's portal, with proxy access, may carry the children's results and doses. SMS twin ap0050 is BLOCK."),
    ("ap0115", "New reply from your care team at Riverbend Health. Open the app to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Lock-screen push that says only that a reply exists."),
    ("ap0116", "Dr. Morales replied: \"Great news - your biopsy was benign, no further treatment needed \U0001F389\"",
     "BLOCK", "result", "push", "en",
     [("Dr. Morales", "PROVIDER"), ("biopsy", "PROCEDURE"), ("benign", "RESULT")],
     ["dermatology"], "Decision 1: a push preview quoting the clinician's reply shows the result on the lock screen (push is treated like SMS)."),
    ("ap0117", "Hi, this is Oak Valley Clinic. Someone at this number asked us to stop texting about another family member. Done! If you need us, call (651) 555-0190.",
     "ALLOW", "other", "sms", "en",
     [("(651) 555-0190", "PHONE")],
     ["general", "practice-contact"], "Shared-phone opt-out reply that names no one."),
    ("ap0118", "Hi Gail, the van will pick up your mother at 1180 Larkspur Ln, Apt 4B, Eugene OR 97402 at 8:15 Thursday for her memory clinic visit. Call the ride line at (541) 555-0144 to change it.",
     "REWRITE", "reminder", "sms", "en",
     [("Gail", "NAME"), ("1180 Larkspur Ln, Apt 4B, Eugene OR 97402", "ADDRESS"), ("memory clinic", "SPECIALTY"), ("(541) 555-0144", "PHONE")],
     ["home-health", "third-party", "practice-contact"], "Decisions 3, 9, 11: the mother's home address and the memory clinic go; pickup time and ride line survive."),
    ("ap0119", "Hi Frank, please wish your mom a very happy 97th birthday from all of us at Elmwood Family Medicine! \U0001F382 See you both at her visit on 8/14.",
     "REWRITE", "other", "sms", "en",
     [("Frank", "NAME"), ("97th", "AGE"), ("8/14", "DATE")],
     ["primary-care", "third-party", "age-over-89"], "Caregiver's text: an age over 89 and the son's name go; the visit date stays."),
    ("ap0120", "Hello,\n\nThanks for asking how we use text messages. Our texts only ever say that something is ready or scheduled - never what it is. We will never text you test results, diagnoses, medication names or your date of birth, and we will never ask you to text us your Social Security number or insurance ID. If someone in your household shares your phone, you can switch reminders to email or to the patient portal at any time. To change your preferences, reply PREFS, or update them under Settings > Notifications in the portal.\n\nIf a text ever looks suspicious, don't click the link; call the number on the back of your insurance card instead.\n\nParents and caregivers with proxy access get a separate reminder for each person they manage, but those texts never include that person's name - open the portal to see who the reminder is for.\n\nThank you,\nThe Patient Experience Team",
     "ALLOW", "other", "email", "en", [],
     ["general", "hard-negative"], "Reply to a patient's question about texting policy: every PHI word is generic and describes no one."),
)


probe_lib.run(M, "ap", "probe39.jsonl")
