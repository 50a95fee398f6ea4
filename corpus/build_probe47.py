#!/usr/bin/env python3
"""Build corpus/probe47.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe47.py [OUT] [-v]   (default: probe47.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only; the engine was not run
and no other corpus's messages, source code or tests were read).

This round is VOICE: IVR SCRIPTS, VOICEMAILS AND CALL TRANSCRIPTS — text that is spoken:
automated appointment calls and their text-to-speech scripts ("Press 1 to confirm", SSML),
voicemails left by staff as transcripts (ums, repetitions, self-corrections, numbers spoken as
words: "five five five, oh one two three", "March third", "two thirty p.m."), call-center
scripts, after-hours answering services, voicemail greetings, hold messages, pharmacy refill
robocalls, billing and eligibility calls, home-health and DME calls, speech-to-text transcripts
with recognition errors, and SMS / e-mail summaries of calls and voicemail-to-e-mail notices.
Most lines use channel "voice" (treated like SMS by the README); some are SMS or e-mail, and two
are portal contrasts. Hard negatives: the practice's own number spoken, menu options, hold
messages, "press 2 for billing", spoken times and prices, survey scales, confirmation words,
names of the practice and its staff. About 20% Spanish; four disguised messages (a spelled-out
surname, zero-width characters, a Cyrillic look-alike, leetspeak).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Numbers spoken as words or digit by digit (phone, fax, MRN, account, member ID, Rx number,
     device serial, SSN) are one span over the whole spoken form, separators ("," "oh" "dash")
     included, with the category the digits would get; a spoken date of birth is one DATE span
     ("August second, nineteen forty-one").
  2. The practice's own number spoken (or inside an SSML <say-as>) is still labelled PHONE/FAX
     and the line stays ALLOW (tag practice-contact, so it cannot be a hard negative); IVR keys,
     extensions, menu options, wait times, prices, balances, times and survey scales are not
     labelled.
  3. Spoken dates are DATE ("March third", "twenty-second of May", "quince de octubre"); a
     day-of-month ordinal standing for a date ("Tuesday the fourteenth", "on the ninth") is a
     DATE span over the ordinal only ("the" and the weekday stay outside).
  4. "Doctor Halvorsen" / "doctora Ferrer" spelled out in a TTS script is PROVIDER with its
     title, like "Dr."; staff naming themselves in a voicemail, and a staff member's own
     voicemail greeting, are PROVIDER (the README's sender rule).
  5. Speech-recognition errors: a misrecognised word a listener would still understand
     ("mama gram", "basil cell carcinoma", "for fifteen") keeps the category of the intended
     word; such lines are tagged typo.
  6. A surname spelled out letter by letter in a voicemail ("G-U-T-I-E-R-R-E-Z") is a second
     NAME span and the line is tagged spaced (one of the four disguises).
  7. A voicemail may be played by anyone with access to the phone: a name in "this message is
     for ..." is a patient name (REWRITE), and every repetition of it is labelled.
  8. "Your results are back / not back yet, please call" with no test and no value is ALLOW;
     "came back normal", "not detected", "look good" are results (BLOCK).
  9. Hypothetical emergency wording in greetings, answering-service calls and safety lines
     ("hang up and dial 911", "call or text 988", "if you have a fever over ...") is not
     labelled: it says nothing about the recipient.
 10. Reading a patient's own contact or insurance details back (phone, e-mail, address, member
     ID) puts an unneeded identifier in the call: REWRITE.
 11. Preparation logistics without a named drug are logistics; "no calcium supplements on the
     exam day" is REWRITE (the drug class goes, the prep survives); telling a patient to hold,
     continue, start or change a named prescription drug is a dosing instruction (BLOCK).
 12. A web address spoken aloud ("harbor family care dot example slash book") is a URL span.
 13. SSML markup (<speak>, <break/>, <say-as>) is neither a placeholder nor PHI: unlabelled.
 14. A dependent's name with a full date of birth in a call to the parent is BLOCK like an
     adult's (README: full DOB with name).
 15. A genetic finding ("BRCA2 variant") is one RESULT span; a wider finding on imaging ("new
     density") is RESULT; a named diagnosis (osteoporosis, atrial fibrillation) is CONDITION.
 16. Service tags where the README's list has no tag: anesthesia, surgery center, sleep and
     allergy practices -> general; GI pathology -> lab; DME and hospice -> home-health.
 17. IVR menus, greetings, hold messages, surveys and voicemail-to-e-mail notices use purpose
     other / portal-notice; a staff call-back about logistics uses the purpose of the logistics.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers; the
SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (ax0001-ax0012): automated appointment calls (TTS scripts)
add(
    ("ax0001", "Hello. This is an automated reminder from Westbrook Family Medicine. You have an appointment with Doctor Halvorsen on Thursday, March third, at two thirty p.m. To confirm, press 1. To cancel, press 2. To speak with our front desk, press 0. To hear this message again, press star.",
     "ALLOW", "reminder", "voice", "en",
     [("Doctor Halvorsen", "PROVIDER"), ("March third", "DATE")],
     ["primary-care"], "Provider, spoken date and time are allowed; menu keys and the spoken time are not labelled (decisions 2, 3, 4)."),
    ("ax0002", "Your appointment is confirmed. Thank you. Goodbye.",
     "ALLOW", "confirmation", "voice", "en", [],
     ["general", "hard-negative"], "IVR confirmation prompt: confirmation words only."),
    ("ax0003", "Hello, this is Lakeshore Medical Group calling with an important message for DESHAWN MORRIS. If you are DESHAWN MORRIS, press 1 now. If DESHAWN MORRIS is not available, please have them call us back at eight four seven, five five five, oh one three two. You have an appointment on Wednesday, April ninth, at eleven fifteen a.m. with Doctor Reyes.",
     "REWRITE", "reminder", "voice", "en",
     [("DESHAWN MORRIS", "NAME", 0), ("DESHAWN MORRIS", "NAME", 1), ("DESHAWN MORRIS", "NAME", 2),
      ("eight four seven, five five five, oh one three two", "PHONE"), ("April ninth", "DATE"), ("Doctor Reyes", "PROVIDER")],
     ["primary-care", "practice-contact"], "The TTS reads the patient's name three times (all labelled, decision 7); the practice's spoken number, date and provider survive (decisions 1, 2)."),
    ("ax0004", "This is a reminder from Bayview Cardiology Associates. You are scheduled for a stress test on Monday, November seventeenth, at eight a.m. Please wear comfortable walking shoes and bring a list of your current medications. To confirm, press 1. To reschedule, press 2.",
     "REWRITE", "reminder", "voice", "en",
     [("Bayview Cardiology Associates", "SPECIALTY"), ("stress test", "PROCEDURE"), ("November seventeenth", "DATE")],
     ["cardiology"], "Cardiology name and test type go; the prep (shoes, medication list) is logistics and survives (decision 11)."),
    ("ax0005", "Hola, le llama el sistema automático de recordatorios de Clínica Familiar Los Álamos. Tiene una cita con la doctora Ferrer el miércoles quince de octubre a las nueve y cuarto de la mañana. Para confirmar, oprima el uno. Para cancelar, oprima el dos. Para repetir este mensaje, oprima el nueve.",
     "ALLOW", "reminder", "voice", "es",
     [("doctora Ferrer", "PROVIDER"), ("quince de octubre", "DATE")],
     ["primary-care"], "Generic practice, provider with spoken title, spoken date and time; menu keys are not labelled (decisions 2-4)."),
    ("ax0006", "Para español, oprima el dos. For English, press one. Si conoce la extensión de la persona con quien desea hablar, márquela ahora. Para el directorio de empleados, oprima el nueve.",
     "ALLOW", "other", "voice", "es", [],
     ["general", "hard-negative"], "Bilingual IVR menu: keys and extensions are not identifiers (decision 2)."),
    ("ax0007", "Hi, this is Tamsin from Sprout Pediatric Partners calling to remind you that Oliver has his four-year well-child visit and shots on, um, Tuesday the fourteenth at 3:40. Please bring his shot record. Thanks, bye.",
     "REWRITE", "reminder", "voice", "en",
     [("Tamsin", "PROVIDER"), ("Sprout Pediatric Partners", "SPECIALTY"), ("Oliver", "NAME"), ("well-child", "PROCEDURE"), ("shots", "PROCEDURE"), ("fourteenth", "DATE")],
     ["pediatrics", "minor"], "Dependent's logistics with a name and routine visit types: REWRITE; 'the fourteenth' is a date (decision 3); 'shot record' stays generic."),
    ("ax0008", "This message is for Eleanor Whitcombe, date of birth August second, nineteen forty-one. This is Rosalind at Kingsbridge Internal Medicine returning your call about your appointment. Please call us back at your convenience.",
     "BLOCK", "other", "voice", "en",
     [("Eleanor Whitcombe", "NAME"), ("August second, nineteen forty-one", "DATE"), ("Rosalind", "PROVIDER")],
     ["primary-care", "dob"], "Full date of birth spoken with the patient's name on a voicemail: BLOCK (README; decision 1 for the spoken DOB)."),
    ("ax0009", "Hello, this is Pinecrest Health calling to verify your information before your visit on Friday. We have your date of birth as July twenty-ninth, nineteen sixty-six. If this is incorrect, please call us at five five five, oh one four eight. Thank you.",
     "REWRITE", "other", "voice", "en",
     [("July twenty-ninth, nineteen sixty-six", "DATE"), ("five five five, oh one four eight", "PHONE")],
     ["primary-care", "dob", "practice-contact"], "A spoken date of birth without a name is REWRITE (README); the practice's number stays (decision 2)."),
    ("ax0010", "You have reached Cobblestone Family Practice after hours. Our office is open Monday through Friday, eight a.m. to five p.m. If this is a medical emergency, hang up and dial 911. To reach the on-call provider, press 1, or call our answering service at three one two, five five five, oh one seven seven.",
     "ALLOW", "other", "voice", "en",
     [("three one two, five five five, oh one seven seven", "PHONE")],
     ["general", "practice-contact"], "After-hours greeting; the answering service's spoken number is the practice's contact, 911 is not a phone identifier (decisions 2, 9)."),
    ("ax0011", "Hi Mr. Castellano, it's Jenna, the nurse at Dr. Obi's office. Your A1C from last week came back at eight point four, which is up from seven point one, so Dr. Obi wants you to start taking the metformin twice a day instead of once. Call me back if you have questions at five five five, oh one six one.",
     "BLOCK", "result", "voice", "en",
     [("Castellano", "NAME"), ("Jenna", "PROVIDER"), ("Dr. Obi", "PROVIDER", 0), ("A1C", "PROCEDURE"), ("eight point four", "RESULT"),
      ("seven point one", "RESULT"), ("Dr. Obi", "PROVIDER", 1), ("metformin", "MEDICATION"), ("five five five, oh one six one", "PHONE")],
     ["primary-care", "contrast", "practice-contact"], "Spoken lab values and a dose change on a voicemail: BLOCK; the same content goes as ALLOW on the portal (ax0042)."),
    ("ax0012", "Thank you for holding. All of our patient care representatives are currently assisting other callers. Your estimated wait time is, four, minutes. Did you know you can now request appointments and pay your bill online? Ask our staff about signing up for the patient portal.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "Hold message with a spoken wait time; nothing about the caller (decision 2)."),
)

# ---------------------------------------------------------------- batch 2 (ax0013-ax0024): staff voicemails, billing calls, pharmacy robocalls
add(
    ("ax0013", "Hey, good morning, this is, um, Marisol from the front desk at Elmwood Primary Care. Just calling to let you know Dr. Underwood is running behind today, so if you want to come in closer to, uh, ten forty-five instead of ten fifteen, that's totally fine. Okay, see you soon, bye.",
     "ALLOW", "reminder", "voice", "en",
     [("Marisol", "PROVIDER"), ("Dr. Underwood", "PROVIDER")],
     ["primary-care"], "Staff voicemail transcript with fillers; sender and provider are workforce, spoken times are not labelled (decisions 2, 4)."),
    ("ax0014", "Hi this is Brenda with summit imaging calling to schedule your mama gram. we have an opening on the twenty second of may at one oh five. please call us back at four oh five five five five oh one one nine. thank you.",
     "REWRITE", "reminder", "voice", "en",
     [("Brenda", "PROVIDER"), ("summit imaging", "SPECIALTY"), ("mama gram", "PROCEDURE"), ("twenty second of may", "DATE"),
      ("four oh five five five five oh one one nine", "PHONE")],
     ["imaging", "typo", "practice-contact"], "Speech-to-text transcript: 'mama gram' is still a mammogram (decision 5); imaging name and test go, date, time and the practice's number stay."),
    ("ax0015", "Hi, this is Priya, the care coordinator at Meadowlark Home Health, um, calling for Mrs. Dunleavy about her husband Frank. His nurse saw him today and the, the sore on his heel is looking worse, so we're ordering a wound culture. Please give us a call back.",
     "BLOCK", "other", "voice", "en",
     [("Priya", "PROVIDER"), ("Meadowlark Home Health", "SPECIALTY"), ("Dunleavy", "NAME"), ("Frank", "NAME"), ("sore", "CONDITION"),
      ("looking worse", "RESULT"), ("wound culture", "PROCEDURE")],
     ["home-health", "third-party"], "A relative's condition, its course and a test left on a voicemail: BLOCK (third party's health). 'looking worse' is the state of the condition (RESULT)."),
    ("ax0016", "Hi, this message is from the billing office at Brookfield Medical Group. We're calling about a balance on your account. Please give us a call back at six one seven, five five five, oh one oh four, option two, Monday through Friday between nine and four. Thank you.",
     "ALLOW", "billing", "voice", "en",
     [("six one seven, five five five, oh one oh four", "PHONE")],
     ["general", "practice-contact"], "Billing call-back with the practice's spoken number; 'option two' and the hours are not labelled (decision 2)."),
    ("ax0017", "Hello, this is Ridgeline Anesthesia Associates billing, calling regarding account number, seven, seven, four, oh, two, nine, one, eight. Your balance of two hundred forty-six dollars is now past due. To pay by phone, press 1 now, or call us back at eight hundred, five five five, oh one two one.",
     "REWRITE", "billing", "voice", "en",
     [("Ridgeline Anesthesia Associates", "SPECIALTY"), ("seven, seven, four, oh, two, nine, one, eight", "ACCOUNT"),
      ("eight hundred, five five five, oh one two one", "PHONE")],
     ["general", "practice-contact"], "An anesthesia group's name reveals a procedure; the account number read digit by digit is not needed (decision 1); the balance and the group's toll-free number stay. Service tag general (decision 16)."),
    ("ax0018", "Hi Kevin, it's Dr. Feldman. Uh, I got your MRI back and, you know, it does show a small tear in the meniscus, left knee. Nothing urgent, but I'd like you to see ortho. I'll put the referral in. Give me a call if you want to talk it through.",
     "BLOCK", "result", "voice", "en",
     [("Kevin", "NAME"), ("Dr. Feldman", "PROVIDER"), ("MRI", "PROCEDURE"), ("tear in the meniscus", "CONDITION"), ("ortho", "SPECIALTY")],
     ["orthopedics"], "A physician's voicemail stating an imaging finding: BLOCK; the modifier 'small' stays outside the CONDITION span."),
    ("ax0019", "Buenas tardes, le habla Yesenia del consultorio del doctor Villarreal. Le llamo para decirle que los resultados de su prueba de embarazo salieron positivos. El doctor quiere verla esta semana para su primera cita prenatal, llámenos al cinco cinco cinco, cero uno ocho dos.",
     "BLOCK", "result", "voice", "es",
     [("Yesenia", "PROVIDER"), ("doctor Villarreal", "PROVIDER"), ("prueba de embarazo", "PROCEDURE"), ("positivos", "RESULT"), ("prenatal", "PROCEDURE"),
      ("cinco cinco cinco, cero uno ocho dos", "PHONE")],
     ["reproductive", "practice-contact"], "Un resultado (embarazo positivo) en el buzón de voz: BLOCK."),
    ("ax0020", "Gracias por llamar a Centro de Salud Comunitario Valle Verde. Nuestro horario es de lunes a viernes de ocho de la mañana a seis de la tarde y los sábados de nueve a una. Si tiene una emergencia, cuelgue y marque el 911. Para hacer una cita, oprima el uno. Para resurtir una receta, oprima el dos. Para facturación, oprima el tres.",
     "ALLOW", "other", "voice", "es", [],
     ["general", "hard-negative"], "Saludo del menú telefónico: horario, 911 y opciones del menú no se etiquetan (decisions 2, 9)."),
    ("ax0021", "This is an automated message from Fairview Pharmacy. A prescription for LAMOTRIGINE 100 MG TABLETS for patient JORDAN ELLIS is ready for pickup. Prescriptions not picked up within 10 days will be returned to stock. To speak with a pharmacist, press 0.",
     "REWRITE", "pickup", "voice", "en",
     [("LAMOTRIGINE 100 MG TABLETS", "MEDICATION"), ("JORDAN ELLIS", "NAME")],
     ["pharmacy"], "Pharmacy robocall reading the drug, strength, form and patient name; the pickup notice survives without them."),
    ("ax0022", "Hello, this is Corner Drug with an automated message. You have one or more prescriptions ready for pickup. Our pharmacy hours are nine a.m. to seven p.m. weekdays and ten to four on Saturday. Press 1 to hear this message again. Goodbye.",
     "ALLOW", "pickup", "voice", "en", [],
     ["pharmacy", "hard-negative"], "Notification without PHI: no drug, no name; 'prescriptions' is generic."),
    ("ax0023", "Hi, this is Eastside Pharmacy calling with a refill reminder. Prescription number two, six, four, eight, one, nine, oh is due for a refill. To refill it now, press 1. To speak with our pharmacy staff, press 2.",
     "REWRITE", "reminder", "voice", "en",
     [("two, six, four, eight, one, nine, oh", "OTHER_ID")],
     ["pharmacy"], "The Rx number read digit by digit is an identifier the reminder does not need (decision 1; Rx numbers are OTHER_ID)."),
    ("ax0024", "Hello, this is the pharmacist at Northfield Pharmacy returning your call. Dr. Ames lowered your warfarin, so starting tonight take two and a half milligrams on Monday, Wednesday and Friday and five milligrams the other days. Your next INR check is on the twelfth. Please call us if you have questions.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Dr. Ames", "PROVIDER"), ("warfarin", "MEDICATION"), ("INR", "PROCEDURE"), ("twelfth", "DATE")],
     ["pharmacy"], "A dosing schedule for a named drug on a voicemail: BLOCK. The spoken doses are not part of the MEDICATION span (README)."),
)

# ---------------------------------------------------------------- batch 3 (ax0025-ax0036): call-center scripts, answering services, call summaries
add(
    ("ax0025", "Thank you for calling {{practice_name}} scheduling, this is {{agent_first_name}}. This call may be recorded for quality and training purposes. How may I help you today?",
     "ALLOW", "other", "voice", "en", [],
     ["general", "template", "hard-negative"], "Call-center opening script; the placeholders carry the practice and the agent, not the patient (README template convention)."),
    ("ax0026", "Subject: Summary of your call with Harborview Family Medicine\n\nHi,\n\nThanks for speaking with us today. As discussed on the phone, your appointment has been moved to Wednesday, 2/11 at 9:20 AM with Dr. Lindqvist at our Oak Street office. Please arrive 15 minutes early to complete your paperwork, and bring your insurance card and a photo ID. If you use the parking garage, bring your ticket in for validation.\n\nIf you need to reschedule again, simply reply to this e-mail or call us at 555-0140 between 8 AM and 5 PM, Monday through Friday. After hours, our answering service can take a message for the scheduling team.\n\nWe look forward to seeing you.\n\nThank you,\nCarla M.\nPatient Access Team\nHarborview Family Medicine",
     "ALLOW", "confirmation", "email", "en",
     [("2/11", "DATE"), ("Dr. Lindqvist", "PROVIDER"), ("555-0140", "PHONE"), ("Carla M.", "PROVIDER")],
     ["primary-care", "practice-contact"], "E-mail summary of a scheduling call: date, provider, the practice's number and the staff sender are all allowed."),
    ("ax0027", "Thanks for calling Lumen Dermatology! As discussed, your Mohs surgery is booked for Tues 6/9 at 7:30 AM. Reply C to confirm. Questions? 555-0166",
     "REWRITE", "confirmation", "sms", "en",
     [("Lumen Dermatology", "SPECIALTY"), ("Mohs surgery", "PROCEDURE"), ("6/9", "DATE"), ("555-0166", "PHONE")],
     ["dermatology", "practice-contact"], "SMS summary of a call: dermatology name and the named surgery go; date and number stay."),
    ("ax0028", "Per our call today: Dr. Brandt reviewed your thyroid panel, TSH was 0.2 (low). He wants you to decrease levothyroxine from 100 mcg to 88 mcg. New Rx sent to your pharmacy. Recheck labs in 6 wks.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Brandt", "PROVIDER"), ("thyroid panel", "PROCEDURE"), ("TSH", "PROCEDURE"), ("0.2", "RESULT"), ("low", "RESULT"), ("levothyroxine", "MEDICATION")],
     ["primary-care", "shorthand"], "Text recap of a phone call with a value, a flag and a dose change: BLOCK."),
    ("ax0029", "Hi, this is the answering service for Dr. Okafor's office returning your call from last night. The doctor on call has asked that you call the office when it opens at eight thirty this morning. If things get worse before then, please go to the nearest emergency room or call 911. Thank you.",
     "ALLOW", "other", "voice", "en",
     [("Dr. Okafor", "PROVIDER")],
     ["primary-care"], "Answering-service call-back with no clinical detail; the hypothetical 'if things get worse' and 911 are not labelled (decision 9)."),
    ("ax0030", "This is Tri-County Answering Service with a message from Dr. Soto, on call for Lakeside OB-GYN. She says that with the bleeding you described it's okay to wait until the morning, take ibuprofen six hundred milligrams every six hours, and if you soak more than one pad an hour go straight to labor and delivery.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Dr. Soto", "PROVIDER"), ("Lakeside OB-GYN", "SPECIALTY"), ("bleeding", "CONDITION"), ("ibuprofen six hundred milligrams", "MEDICATION"), ("labor and delivery", "SPECIALTY")],
     ["reproductive"], "Relayed triage advice: a symptom and a dosing instruction on a voicemail: BLOCK. The spoken strength follows the drug, so it is in the span."),
    ("ax0031", "Hello, this is Sunrise Behavioral Health returning your call about scheduling an intake appointment with one of our counselors. Please call us back at five five five, oh one nine three. We look forward to hearing from you.",
     "REWRITE", "other", "voice", "en",
     [("Sunrise Behavioral Health", "SPECIALTY"), ("intake", "PROCEDURE"), ("counselors", "SPECIALTY"), ("five five five, oh one nine three", "PHONE")],
     ["behavioral-health", "practice-contact"], "Behavioral-health name, intake and counselor reveal the service; the call-back request and number survive."),
    ("ax0032", "Hi, this is a short survey from Aspen Grove Medical about your recent visit. On a scale of one to five, with five being excellent, how would you rate the courtesy of our staff? Please press a number now. Thank you. How likely are you to recommend us to a friend? Press a number from zero to ten.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "Survey robocall: spoken scale numbers are not results (decision 2)."),
    ("ax0033", "Asunto: Resumen de su llamada\n\nEstimado paciente:\n\nGracias por comunicarse con Clínica Médica del Norte. Como le comentamos por teléfono, su cita quedó programada para el jueves 19 de febrero a las 11:00 a. m. con el Dr. Saldívar. Favor de llegar 15 minutos antes y traer su identificación oficial y su tarjeta del seguro.\n\nLe recordamos que el estacionamiento de la clínica es gratuito y que la entrada principal está por la calle lateral. Si es su primera visita, puede llenar los formularios de registro en el portal del paciente antes de venir para ahorrar tiempo.\n\nSi necesita cambiar la cita, llámenos al (210) 555-0107 de lunes a viernes de 8 a 5, o responda a este correo.\n\nAtentamente,\nRecepción – Clínica Médica del Norte",
     "ALLOW", "confirmation", "email", "es",
     [("19 de febrero", "DATE"), ("Dr. Saldívar", "PROVIDER"), ("(210) 555-0107", "PHONE")],
     ["primary-care", "practice-contact"], "Resumen por correo de una llamada de citas: fecha, médico y el teléfono de la clínica."),
    ("ax0034", "Hola, buenas, habla Maricela de Hospicio Manos Unidas. Le llamo para avisarle que su mamá, doña Josefina, tuvo una noche difícil, no ha querido comer y le subimos la morfina. La enfermera va a pasar hoy a las cuatro. Cualquier cosa me llama.",
     "BLOCK", "other", "voice", "es",
     [("Maricela", "PROVIDER"), ("Hospicio Manos Unidas", "SPECIALTY"), ("Josefina", "NAME"), ("no ha querido comer", "CONDITION"), ("morfina", "MEDICATION")],
     ["home-health", "third-party"], "La salud de la madre (síntoma y cambio de morfina) en un buzón de voz: BLOCK (third party). Hospice -> home-health (decision 16)."),
    ("ax0035", "Missed call from Ashford Medical Group. Listen to your voicemail securely: https://vm.ashfordmed.example/play?pid=5520917&msg=3. Or call us at 555-0128.",
     "REWRITE", "other", "sms", "en",
     [("https://vm.ashfordmed.example/play?pid=5520917&msg=3", "URL"), ("555-0128", "PHONE")],
     ["general", "practice-contact"], "A voicemail link carrying a patient id is patient-specific (README); the practice's number stays."),
    ("ax0036", "Missed call from Brightwater Clinic. No action needed. Reply STOP to opt out.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "Missed-call SMS with reply keywords only."),
)

# ---------------------------------------------------------------- batch 4 (ax0037-ax0048): results call-backs and voicemails about results
add(
    ("ax0037", "Hi, this is Alana calling from Dr. Petrakis's office. Your lab results are back and the doctor has reviewed them. You can see them in your patient portal, or give us a call at five five five, oh one five three and we'll go over them with you. Thanks!",
     "ALLOW", "result", "voice", "en",
     [("Alana", "PROVIDER"), ("Dr. Petrakis", "PROVIDER"), ("five five five, oh one five three", "PHONE")],
     ["primary-care", "practice-contact"], "Notification without PHI: results ready, no test named, no value (decision 8)."),
    ("ax0038", "Hey, it's Tomás from Greenleaf Family Health, just a quick, um, good-news call. Your chest x-ray from Monday was completely normal, no pneumonia, so you can finish out the antibiotic and you should be good. Have a great day.",
     "BLOCK", "result", "voice", "en",
     [("Tomás", "PROVIDER"), ("chest x-ray", "PROCEDURE"), ("normal", "RESULT"), ("no pneumonia", "RESULT"), ("antibiotic", "MEDICATION")],
     ["primary-care", "negation"], "A normal result is still a result (README); 'no pneumonia' is a negative finding like 'no polyps'."),
    ("ax0039", "Hi, this is the nurse line at Harbor Street Sexual Health Clinic calling, um, we need you to come back in for treatment. Your chlamydia test came back positive. We have walk-in hours until six tonight.",
     "BLOCK", "result", "voice", "en",
     [("Harbor Street Sexual Health Clinic", "SPECIALTY"), ("chlamydia test", "PROCEDURE"), ("positive", "RESULT")],
     ["hiv-sexual-health"], "A positive STI result on a voicemail: BLOCK."),
    ("ax0040", "Buenos días, señora Ocampo, le habla la enfermera Lucía del Centro Médico San Judas. Ya llegaron sus análisis: el azúcar en ayunas le salió en ciento ochenta y la doctora quiere que empiece con la insulina en la noche, diez unidades. Por favor llámenos para explicarle.",
     "BLOCK", "result", "voice", "es",
     [("Ocampo", "NAME"), ("enfermera Lucía", "PROVIDER"), ("azúcar en ayunas", "PROCEDURE"), ("ciento ochenta", "RESULT"), ("insulina", "MEDICATION")],
     ["primary-care"], "Valor de glucosa dicho en palabras y una dosis de insulina en el buzón: BLOCK. 'análisis' es genérico."),
    ("ax0041", "This is an automated message from Crestline Laboratories. Your recent COVID-19 PCR test result is: NOT DETECTED. For a copy of your result, please visit the patient portal. Goodbye.",
     "BLOCK", "result", "voice", "en",
     [("COVID-19 PCR test", "PROCEDURE"), ("NOT DETECTED", "RESULT")],
     ["lab", "negation"], "A negative result read by a robocall is still a result (README). A generic '... Laboratories' name is not labelled."),
    ("ax0042", "Voicemail transcript (saved to your secure inbox): Hi, this is Jenna, the nurse at Dr. Obi's office. Your A1C came back at 8.4, up from 7.1, so Dr. Obi would like you to take the metformin twice a day. Call us at 555-0161 with any questions.",
     "ALLOW", "result", "portal", "en",
     [("Jenna", "PROVIDER"), ("Dr. Obi", "PROVIDER", 0), ("A1C", "PROCEDURE"), ("8.4", "RESULT"), ("7.1", "RESULT"), ("Dr. Obi", "PROVIDER", 1),
      ("metformin", "MEDICATION"), ("555-0161", "PHONE")],
     ["primary-care", "contrast", "practice-contact"], "Same content as ax0011, delivered inside the secure portal: values and doses may stay (README channel convention)."),
    ("ax0043", "Hi Mr. Albrecht, this is Gail, Dr. Nakamura's nurse at Valley Gastroenterology. The polyps they took out during your colonoscopy were benign, so you won't need another one for five years. Have a good one.",
     "BLOCK", "result", "voice", "en",
     [("Albrecht", "NAME"), ("Gail", "PROVIDER"), ("Dr. Nakamura", "PROVIDER"), ("Valley Gastroenterology", "SPECIALTY"), ("polyps", "CONDITION"),
      ("colonoscopy", "PROCEDURE"), ("benign", "RESULT")],
     ["lab"], "Pathology result on a voicemail: BLOCK. GI pathology -> tag lab (decision 16)."),
    ("ax0044", "Hi, it's Nadia from Willow Creek Counseling. I'm calling because your PHQ-9 from Thursday was a nineteen and Dr. Haas would like to see you sooner than we planned. Can you call me back at five five five, oh one eight eight? If you're having thoughts of hurting yourself, please call or text 988.",
     "BLOCK", "result", "voice", "en",
     [("Nadia", "PROVIDER"), ("Willow Creek Counseling", "SPECIALTY"), ("PHQ-9", "PROCEDURE"), ("nineteen", "RESULT"), ("Dr. Haas", "PROVIDER"),
      ("five five five, oh one eight eight", "PHONE")],
     ["behavioral-health", "practice-contact"], "A depression-scale score (scale PROCEDURE, value RESULT) on a voicemail: BLOCK. The 988 safety line wording is hypothetical and unlabelled (decision 9)."),
    ("ax0045", "This message is for Andre. Andre, this is Marcus with the PrEP program at Eastlake Community Health. Your HIV test came back non-reactive and your kidney labs look good, so your next three-month supply is ready. Call me at five five five, oh one two six.",
     "BLOCK", "result", "voice", "en",
     [("Andre", "NAME", 0), ("Andre", "NAME", 1), ("Marcus", "PROVIDER"), ("PrEP", "MEDICATION"), ("HIV test", "PROCEDURE"), ("non-reactive", "RESULT"),
      ("kidney labs", "PROCEDURE"), ("look good", "RESULT"), ("five five five, oh one two six", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "Negative HIV result and kidney results on a voicemail: BLOCK ('look good' is a result, decision 8)."),
    ("ax0046", "Subject: New voicemail from 555-0119 (0:47)\n\nTranscription: \"Hi, this is Shauna from Pembroke Women's Health calling for Ms. Tran. Um, your mammogram from last week showed a new density, so the radiologist would like you to come back for a diagnostic mammogram and an ultrasound. Please call us back at 555-0119 to get that scheduled. Thanks.\"\n\nThis transcription was generated automatically and may contain errors. You are receiving this e-mail because voicemail-to-e-mail is turned on for your number. To stop receiving voicemail by e-mail, update your notification preferences in the portal or reply STOP.",
     "BLOCK", "result", "email", "en",
     [("555-0119", "PHONE", 0), ("Shauna", "PROVIDER"), ("Pembroke Women's Health", "SPECIALTY"), ("Ms. [[Tran]]", "NAME"), ("mammogram", "PROCEDURE"),
      ("new density", "RESULT"), ("radiologist", "SPECIALTY"), ("diagnostic mammogram", "PROCEDURE"), ("ultrasound", "PROCEDURE"), ("555-0119", "PHONE", 1)],
     ["imaging", "reproductive", "practice-contact"], "Voicemail-to-e-mail transcript of an imaging finding: BLOCK (decision 15 for 'new density'); the caller's number is the practice's."),
    ("ax0047", "Hi, this is Devon from Dr. Castellanos' office. No need to call back, I just wanted to let you know we haven't received your results from the outside lab yet. We'll reach out as soon as they come in.",
     "ALLOW", "result", "voice", "en",
     [("Devon", "PROVIDER"), ("Dr. Castellanos", "PROVIDER")],
     ["primary-care"], "'No results yet' with no test named is ALLOW (README)."),
    ("ax0048", "Hello, this is Ivy from Coastal Sleep Center. We got your home sleep study back and Dr. Marsh would like to go over it with you in person. We have an opening on December first at ten. Please call us at five five five, oh one three eight to confirm.",
     "REWRITE", "reminder", "voice", "en",
     [("Ivy", "PROVIDER"), ("Coastal Sleep Center", "SPECIALTY"), ("home sleep study", "PROCEDURE"), ("Dr. Marsh", "PROVIDER"), ("December first", "DATE"),
      ("five five five, oh one three eight", "PHONE")],
     ["general", "practice-contact"], "No result is given, only a visit to discuss it: sleep-center name and test go, the offer survives. Sleep -> tag general (decision 16)."),
)

# ---------------------------------------------------------------- batch 5 (ax0049-ax0060): pharmacy refill lines, robocalls, DME
add(
    ("ax0049", "This is the Main Street Pharmacy automated refill line. To refill a prescription, press 1, then enter your prescription number followed by the pound sign. To check on the status of an order, press 2. For store hours and directions, press 3. To speak to a member of our pharmacy team, press 0.",
     "ALLOW", "other", "voice", "en", [],
     ["pharmacy", "hard-negative"], "Refill IVR menu: a prompt for a prescription number contains no number; keys are not labelled (decision 2)."),
    ("ax0050", "Hello, this is Vantage Specialty Pharmacy calling about your Humira shipment. We're ready to schedule your next delivery. Please call us back at eight hundred, five five five, oh one six seven, Monday through Friday, to confirm your shipping address and delivery date.",
     "REWRITE", "other", "voice", "en",
     [("Vantage Specialty Pharmacy", "SPECIALTY"), ("Humira", "MEDICATION"), ("eight hundred, five five five, oh one six seven", "PHONE")],
     ["pharmacy", "practice-contact"], "Specialty-pharmacy name and the drug go (README); the delivery call-back survives."),
    ("ax0051", "Este es un mensaje automático de Farmacia La Económica. Su receta de METFORMINA 850 MG está lista para recoger. Si ya la recogió, ignore este mensaje. Gracias.",
     "REWRITE", "pickup", "voice", "es",
     [("METFORMINA 850 MG", "MEDICATION")],
     ["pharmacy"], "Llamada automática de farmacia con el nombre y la dosis del medicamento: se quita el medicamento y el aviso sigue."),
    ("ax0052", "Hi, this is MedDrop Home Delivery confirming tomorrow's delivery for JOANNE PRICE to 2217 Larkspur Lane, Unit 4, Fort Collins, Colorado. A signature will be required. Press 1 to confirm, press 2 to reschedule.",
     "REWRITE", "confirmation", "voice", "en",
     [("JOANNE PRICE", "NAME"), ("2217 Larkspur Lane, Unit 4, Fort Collins, Colorado", "ADDRESS")],
     ["pharmacy"], "The TTS reads the patient's name and home address back; neither is needed to confirm a delivery (decision 10)."),
    ("ax0053", "This is Greenway Pharmacy with an important message about your prescription. Your doctor has changed your dose of Eliquis. The new directions are: take one 2.5 milligram tablet by mouth twice daily. Please do not take your old tablets. If you have questions, press 0 to speak with a pharmacist.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Eliquis", "MEDICATION")],
     ["pharmacy"], "Dosing instruction read by a robocall: BLOCK."),
    ("ax0054", "Hi, this is Tanya at Kessler Drugs, calling for, uh, Raymond. Your buprenorphine can't be filled until the eighteenth, and Dr. Lowe's office needs to send a new prescription because the last one was for sixteen milligrams a day and the new dose is twelve. Call us back at five five five, oh one one four.",
     "BLOCK", "other", "voice", "en",
     [("Tanya", "PROVIDER"), ("Raymond", "NAME"), ("buprenorphine", "MEDICATION"), ("eighteenth", "DATE"), ("Dr. Lowe", "PROVIDER"),
      ("five five five, oh one one four", "PHONE")],
     ["substance-use", "pharmacy", "practice-contact"], "An opioid-treatment drug with its old and new daily dose on a voicemail: BLOCK (dosing; Part 2 sensitivity)."),
    ("ax0055", "Hello, this is an automated message from Riverside Pharmacy. Beginning Monday, our pharmacy will close at six p.m. on weekdays. Flu and COVID vaccines are available with no appointment needed. Thank you for choosing Riverside Pharmacy.",
     "ALLOW", "marketing", "voice", "en", [],
     ["pharmacy", "broadcast", "hard-negative"], "Broadcast to every customer: hours and vaccines available, nothing about the recipient (README)."),
    ("ax0056", "This is Apex Respiratory Supply calling about your CPAP machine, serial number A B C four four two one nine seven. The manufacturer has issued a recall for this model. Please call us at eight hundred, five five five, oh one four two so we can arrange a replacement at no cost to you.",
     "REWRITE", "other", "voice", "en",
     [("Apex Respiratory Supply", "SPECIALTY"), ("CPAP", "PROCEDURE"), ("A B C four four two one nine seven", "DEVICE_ID"),
      ("eight hundred, five five five, oh one four two", "PHONE")],
     ["home-health", "practice-contact"], "DME recall call: supplier name, device and its serial read aloud go (decision 1); the recall call-back survives. The spelled serial is how TTS reads it, not a disguise."),
    ("ax0057", "Hola, buenas tardes, le habla Rogelio de Farmacia San Pablo. Le llamo por la receta de su esposo, el señor Aurelio Benítez: el doctor le cambió el losartán a cien miligramos y le agregó la hidroclorotiazida. Ya está lista para recoger.",
     "BLOCK", "pickup", "voice", "es",
     [("Rogelio", "PROVIDER"), ("Aurelio Benítez", "NAME"), ("losartán", "MEDICATION"), ("hidroclorotiazida", "MEDICATION")],
     ["pharmacy", "third-party"], "Medicamentos y cambio de dosis del esposo en el buzón de voz: salud de un tercero, BLOCK."),
    ("ax0058", "Hi, this is Dee at Holloway Pharmacy. We got a message from your insurance and need to talk with you about your prescription. Nothing urgent. Please give us a call at five five five, oh one four nine when you get a chance. Thanks.",
     "ALLOW", "other", "voice", "en",
     [("Dee", "PROVIDER"), ("five five five, oh one four nine", "PHONE")],
     ["pharmacy", "practice-contact"], "Pharmacy call-back without drug or name; staff name and spoken pharmacy number are allowed."),
    ("ax0059", "Pinecone Pharmacy: Per your call, your Rx #7730418 (ESTRADIOL 1MG) will be ready after 3pm today. Text STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("7730418", "OTHER_ID"), ("ESTRADIOL 1MG", "MEDICATION")],
     ["pharmacy"], "SMS after a phone call: Rx number and drug go, the pickup time survives."),
    ("ax0060", "hi this is care point pharmacy calling for a prescription for ozempic is ready for pick up please call us at seven one nine five five five oh one six two thank you",
     "REWRITE", "pickup", "voice", "en",
     [("ozempic", "MEDICATION"), ("seven one nine five five five oh one six two", "PHONE")],
     ["pharmacy", "typo", "practice-contact"], "Unpunctuated speech-to-text transcript of a pharmacy voicemail: the drug goes, the number stays."),
)

# ---------------------------------------------------------------- batch 6 (ax0061-ax0072): identifiers spoken aloud, billing, insurance, ages
add(
    ("ax0061", "Hello, this is the eligibility team at Granite Peak Medical calling about your insurance. We have your member ID as H, Z, W, nine two two, four eight, one seven, but the plan is showing it as inactive. Please call us at five five five, oh one oh nine before your visit on Tuesday.",
     "REWRITE", "other", "voice", "en",
     [("H, Z, W, nine two two, four eight, one seven", "HEALTH_PLAN_ID"), ("five five five, oh one oh nine", "PHONE")],
     ["general", "practice-contact"], "Member ID read back letter by letter is an unneeded identifier (decisions 1, 10); the request to call survives."),
    ("ax0062", "Hi, it's Corinne in billing at Whitfield Orthopedics. For the disability paperwork we have your social as oh seven eight, oh five, one one two oh, can you call back and verify that for us? Thanks.",
     "BLOCK", "billing", "voice", "en",
     [("Corinne", "PROVIDER"), ("Whitfield Orthopedics", "SPECIALTY"), ("oh seven eight, oh five, one one two oh", "SSN")],
     ["orthopedics"], "A full SSN spoken on a voicemail must never travel (README); specimen number, spoken form (decision 1)."),
    ("ax0063", "Hello, this is medical records at St. Brigid Health calling about your records request. When you call back, please reference medical record number four, four, seven, one, nine, zero, two. Our direct line is five five five, oh one five seven.",
     "REWRITE", "other", "voice", "en",
     [("four, four, seven, one, nine, zero, two", "MRN"), ("five five five, oh one five seven", "PHONE")],
     ["general", "practice-contact"], "MRN spoken digit by digit is not needed to return a call (decision 1); the records line stays."),
    ("ax0064", "This is a courtesy call from the business office at Linden Valley Clinic. Our records show a balance of one hundred twelve dollars and forty cents. To pay now by card, press 1. To set up a payment plan, press 2. For questions about your bill, press 3.",
     "ALLOW", "billing", "voice", "en", [],
     ["general", "hard-negative"], "Spoken balance and menu keys are not identifiers (decision 2)."),
    ("ax0065", "Good morning! This is the whole team at Maplewood Family Medicine calling to wish Mr. Theodore Vance a very happy ninety-third birthday. We'll see you at your visit next week!",
     "REWRITE", "other", "voice", "en",
     [("Theodore Vance", "NAME"), ("ninety-third", "AGE")],
     ["primary-care", "age-over-89"], "An age over 89 spoken as an ordinal and the patient's name go; the greeting survives."),
    ("ax0066", "Buenas tardes, hablamos de la oficina de cobranza del Hospital Regional del Valle respecto a la cuenta número cuatro, cinco, uno, siete, dos, dos, ocho. Tiene un saldo pendiente de trescientos veinte dólares. Puede llamarnos al ochocientos, cinco cinco cinco, cero uno cuatro seis.",
     "REWRITE", "billing", "voice", "es",
     [("cuatro, cinco, uno, siete, dos, dos, ocho", "ACCOUNT"), ("ochocientos, cinco cinco cinco, cero uno cuatro seis", "PHONE")],
     ["general", "practice-contact"], "Número de cuenta dictado dígito por dígito: se quita; el saldo y el teléfono del hospital quedan (decisions 1, 2)."),
    ("ax0067", "This is the scheduling line at Bright Futures Pediatric Therapy. This message is for the parent or guardian of Lila Brennan, date of birth April twelfth, twenty nineteen. Lila's speech therapy evaluation is scheduled for Monday, March second, at four p.m. Press 1 to confirm.",
     "BLOCK", "reminder", "voice", "en",
     [("Bright Futures Pediatric Therapy", "SPECIALTY"), ("Lila Brennan", "NAME"), ("April twelfth, twenty nineteen", "DATE"), ("Lila", "NAME", 1),
      ("speech therapy", "PROCEDURE"), ("March second", "DATE")],
     ["pediatrics", "minor", "dob"], "A child's name with her full date of birth on the parent's voicemail: BLOCK like an adult's (decision 14)."),
    ("ax0068", "Hi, this is Renata from Dr. Achebe's office confirming we received your new insurance card. Your appointment on June sixth at one forty-five is all set. See you then!",
     "ALLOW", "confirmation", "voice", "en",
     [("Renata", "PROVIDER"), ("Dr. Achebe", "PROVIDER"), ("June sixth", "DATE")],
     ["primary-care"], "Staff, provider, spoken date and time only."),
    ("ax0069", "Hi, this is Kofi with the patient portal help desk at Oakhurst Medical. We tried to send your portal invitation to, um, r dot hollis seventy-two at example dot com, and it bounced back. Please call us at five five five, oh one one one so we can fix it.",
     "REWRITE", "other", "voice", "en",
     [("Kofi", "PROVIDER"), ("r dot hollis seventy-two at example dot com", "EMAIL"), ("five five five, oh one one one", "PHONE")],
     ["general", "practice-contact"], "The patient's own e-mail read aloud is an unneeded identifier (decisions 1, 10)."),
    ("ax0070", "Hello, this is Birchwood Clinic. We are updating our records. We have your cell phone number as seven seven three, five five five, oh one nine eight. If that is not correct, press 1 to speak to a representative.",
     "REWRITE", "other", "voice", "en",
     [("seven seven three, five five five, oh one nine eight", "PHONE")],
     ["general"], "The patient's own number read back is an identifier the call does not need (decision 10), unlike the practice's number."),
    ("ax0071", "Hello, this is Harbor Family Care. It's time to schedule your yearly check-up. You can book online at harbor family care dot example slash book, or press 1 now to be connected with our scheduling team.",
     "ALLOW", "recall", "voice", "en",
     [("harbor family care dot example slash book", "URL")],
     ["primary-care", "practice-contact"], "Recall for a generic check-up; the practice's web address spoken aloud is labelled URL and allowed (decision 12)."),
    ("ax0072", "Hi, this is Megan at Summit Pediatrics, this message is for Jason's mom. Jason's lead level came back at twelve, which is high, so we need to retest in a month and, um, the health department might call you too. Okay, bye.",
     "BLOCK", "result", "voice", "en",
     [("Megan", "PROVIDER"), ("Summit Pediatrics", "SPECIALTY"), ("Jason", "NAME", 0), ("Jason", "NAME", 1), ("lead level", "PROCEDURE"),
      ("twelve", "RESULT"), ("high", "RESULT")],
     ["pediatrics", "minor", "third-party"], "A child's lead result sent to the parent: third party's health, BLOCK."),
)

# ---------------------------------------------------------------- batch 7 (ax0073-ax0084): Spanish voicemails, disguises, greetings
add(
    ("ax0073", "Gracias por su paciencia. Todos nuestros representantes están atendiendo otras llamadas. Su llamada será contestada en el orden en que fue recibida. El tiempo de espera aproximado es de cinco minutos. Recuerde que también puede pedir su cita en línea.",
     "ALLOW", "other", "voice", "es", [],
     ["general", "hard-negative"], "Mensaje de espera: el tiempo de espera dicho en palabras no es un dato del paciente (decision 2)."),
    ("ax0074", "Hola, buenos días, este mensaje es para Guadalupe Ríos. Le habla Ana de Clínica Dental Sonrisas. Nada más para recordarle su cita de limpieza el lunes tres de marzo a las cuatro y media. Si no puede venir, llámenos al cinco cinco cinco, cero uno dos cuatro. Gracias, que tenga buen día.",
     "REWRITE", "reminder", "voice", "es",
     [("Guadalupe Ríos", "NAME"), ("Ana", "PROVIDER"), ("Clínica Dental Sonrisas", "SPECIALTY"), ("limpieza", "PROCEDURE"), ("tres de marzo", "DATE"),
      ("cinco cinco cinco, cero uno dos cuatro", "PHONE")],
     ["dental", "practice-contact"], "Nombre de la paciente, clínica dental y tipo de cita se quitan; la fecha, la hora y el teléfono quedan (decisions 3, 7)."),
    ("ax0075", "Hola Ramiro, le habla la doctora Quintanilla. Ya revisé su ultrasonido y sí tiene piedras en la vesícula. No es urgente, pero lo voy a mandar con el cirujano. Mientras, evite las comidas grasosas. Cualquier cosa me marca.",
     "BLOCK", "result", "voice", "es",
     [("Ramiro", "NAME"), ("doctora Quintanilla", "PROVIDER"), ("ultrasonido", "PROCEDURE"), ("piedras en la vesícula", "CONDITION")],
     ["primary-care"], "Un hallazgo del ultrasonido (diagnóstico) en el buzón de voz: BLOCK; 'cirujano' es genérico (README)."),
    ("ax0076", "Hola, le llamamos de Centro Médico Familiar Santa Fe para recordarle que ya es tiempo de su chequeo anual. Para hacer una cita, llame al cinco cinco cinco, cero uno seis cinco o visítenos en nuestra página web. ¡Lo esperamos!",
     "ALLOW", "recall", "voice", "es",
     [("cinco cinco cinco, cero uno seis cinco", "PHONE")],
     ["primary-care", "practice-contact"], "Chequeo anual genérico y el teléfono de la clínica dicho en palabras (decision 2)."),
    ("ax0077", "Clínica Esperanza: Según su llamada de hoy, su cita de Papanicolaou quedó para el vie 14 de nov a las 9:00. Responda SI para confirmar.",
     "REWRITE", "confirmation", "sms", "es",
     [("Papanicolaou", "PROCEDURE"), ("14 de nov", "DATE")],
     ["reproductive"], "SMS después de una llamada: el tipo de estudio se quita, la fecha y la hora quedan."),
    ("ax0078", "Señora Delgado, le llama Rubén, el trabajador social del Centro de Diálisis del Sur. Su hijo Efraín no vino a su sesión de hoy y sus análisis de la semana pasada salieron con el potasio muy alto. Es importante que nos llame hoy mismo al cinco cinco cinco, cero uno siete uno.",
     "BLOCK", "result", "voice", "es",
     [("Delgado", "NAME"), ("Rubén", "PROVIDER"), ("Centro de Diálisis del Sur", "SPECIALTY"), ("Efraín", "NAME"), ("potasio", "PROCEDURE"),
      ("muy alto", "RESULT"), ("cinco cinco cinco, cero uno siete uno", "PHONE")],
     ["dialysis", "third-party", "practice-contact"], "El resultado del hijo adulto dejado a la madre: salud de un tercero, BLOCK."),
    ("ax0079", "Hi, this is Grace at Alder Creek Medical calling to leave a message for Ms. Gutierrez, that's G-U-T-I-E-R-R-E-Z. We need to reschedule your appointment with Dr. Moss on Friday. Please call us back at five five five, oh one eight one.",
     "REWRITE", "reminder", "voice", "en",
     [("Grace", "PROVIDER"), ("Gutierrez", "NAME"), ("G-U-T-I-E-R-R-E-Z", "NAME"), ("Dr. Moss", "PROVIDER"), ("five five five, oh one eight one", "PHONE")],
     ["primary-care", "spaced", "practice-contact"], "The surname is said and then spelled letter by letter: both are NAME spans (decision 6, disguise)."),
    ("ax0080", "This is a reminder from Northside Health for your c\u200bh\u200be\u200bm\u200bo infusion on Wednesday, January 7 at 8:00 AM. Please arrive 30 minutes early and bring a snack. To confirm, press 1.",
     "REWRITE", "reminder", "voice", "en",
     [("c\u200bh\u200be\u200bm\u200bo infusion", "PROCEDURE"), ("January 7", "DATE")],
     ["oncology"], "TTS script pasted with zero-width characters inside 'chemo' (disguise): the treatment goes, date and time stay."),
    ("ax0081", "Thanks for calling! Your \u041dIV test appt at Bayside Clinic is Thu 10/2 at 4:15 PM. Reply C to confirm or R to reschedule.",
     "REWRITE", "confirmation", "sms", "en",
     [("\u041dIV test", "PROCEDURE"), ("10/2", "DATE")],
     ["hiv-sexual-health"], "SMS after a call with a Cyrillic 'Н' in 'HIV' (disguise): the test goes, date and time stay."),
    ("ax0082", "Subject: Your call with Fairhaven Onc0logy today\n\nHi Mr. Pasternak,\n\nThanks for taking our call this afternoon. As discussed, your r4diation session on Friday is moved to Monday 3/16 at 1:30 PM because of scheduled machine maintenance. Your ride through the county transport program will pick you up at 12:45 as usual.\n\nPlease check in at the lower-level desk when you arrive; parking in the visitor lot is free with validation, and the coffee cart is open until 2 PM. Remember that our phones are answered from 7 AM to 6 PM, so if your plans change after hours, leave a message and we'll return it first thing in the morning. If you need to change anything, call us at 555-0186.\n\nTake care,\nDenise\nScheduling, Fairhaven Onc0logy",
     "REWRITE", "reminder", "email", "en",
     [("Fairhaven Onc0logy", "SPECIALTY", 0), ("Pasternak", "NAME"), ("r4diation", "PROCEDURE"), ("3/16", "DATE"), ("555-0186", "PHONE"),
      ("Denise", "PROVIDER"), ("Fairhaven Onc0logy", "SPECIALTY", 1)],
     ["oncology", "leet", "practice-contact"], "E-mail recap of a call with leetspeak in the oncology name and the treatment (disguise): both go, the schedule change survives."),
    ("ax0083", "Hi, you've reached Colleen Marsh, practice manager at Ridgeview Family Physicians. I'm away from my desk right now. Please leave your name and number and I'll return your call within one business day. If you need to schedule an appointment, please call the front desk at five five five, oh one two two.",
     "ALLOW", "other", "voice", "en",
     [("Colleen Marsh", "PROVIDER"), ("five five five, oh one two two", "PHONE")],
     ["general", "practice-contact"], "A staff member's own voicemail greeting: her name is workforce (PROVIDER, decision 4) and the number is the practice's."),
    ("ax0084", "<speak>This call is from Fernwood Medical Center. <break time=\"500ms\"/> This is not a sales call. We are calling to remind you of an upcoming appointment. To hear the details, please press 1 now. <break time=\"300ms\"/> If you are not the person we are trying to reach, please press 9 and we will remove this number.</speak>",
     "ALLOW", "reminder", "voice", "en", [],
     ["general", "hard-negative"], "First step of a two-step reminder call in SSML: markup and keys are not PHI (decision 13)."),
)

# ---------------------------------------------------------------- batch 8 (ax0085-ax0096): two-step reminders, post-op calls, home health, shorthand recaps
add(
    ("ax0085", "Thank you. This reminder is for Harriet. Harriet has an appointment for a bone density scan at Clearwater Imaging on Monday, April twentieth, at nine fifteen a.m. Please do not take calcium supplements on the day of your exam. To confirm, press 1. To reschedule, press 2.",
     "REWRITE", "reminder", "voice", "en",
     [("Harriet", "NAME", 0), ("Harriet", "NAME", 1), ("bone density scan", "PROCEDURE"), ("Clearwater Imaging", "SPECIALTY"), ("April twentieth", "DATE"),
      ("calcium", "MEDICATION")],
     ["imaging"], "Second step of a two-step call: name, test and imaging name go; the prep 'no supplements on exam day' survives once the drug class is removed (decision 11)."),
    ("ax0086", "Hi, this is Beth, the nurse at Lakeview Surgery Center, checking in after your gallbladder removal yesterday. Remember to keep the incisions dry for forty-eight hours and take the oxycodone only if the Tylenol isn't enough, one tablet every six hours. Call us at five five five, oh one three six if you have a fever over one hundred point four.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Beth", "PROVIDER"), ("gallbladder removal", "PROCEDURE"), ("oxycodone", "MEDICATION"), ("Tylenol", "MEDICATION"), ("five five five, oh one three six", "PHONE")],
     ["general", "practice-contact"], "Post-op dosing instructions on a voicemail: BLOCK. The hypothetical fever threshold is unlabelled (decision 9); surgery center -> tag general (decision 16)."),
    ("ax0087", "Hey, it's Luis from Dr. Brennan's office, you're all set for nine on the twenty-fourth. Bye!",
     "ALLOW", "confirmation", "voice", "en",
     [("Luis", "PROVIDER"), ("Dr. Brennan", "PROVIDER"), ("twenty-fourth", "DATE")],
     ["primary-care"], "A day-of-month ordinal is a DATE (decision 3); staff and provider allowed."),
    ("ax0088", "Hi this is Crystal from Pacific Allergy and asthma calling to confirm your allergy shot appointment for Thursday at for fifteen. Please call us back at eight five eight five five five zero one five nine. By.",
     "REWRITE", "confirmation", "voice", "en",
     [("Crystal", "PROVIDER"), ("Pacific Allergy and asthma", "SPECIALTY"), ("allergy shot", "PROCEDURE"), ("eight five eight five five five zero one five nine", "PHONE")],
     ["general", "typo", "practice-contact"], "Speech-to-text transcript ('for fifteen', 'By'): the condition-revealing practice name (one SPECIALTY span) and the visit type go. Allergy -> tag general (decision 16)."),
    ("ax0089", "Hello, this is a message for Mr. Gideon Hale from Dr. Farris at Crescent Heart and Vascular. Your Holter monitor showed some episodes of atrial fibrillation, so I've sent a prescription for apixaban to your pharmacy. Please start it tonight, one tablet twice a day, and we'll see you back in two weeks.",
     "BLOCK", "result", "voice", "en",
     [("Gideon Hale", "NAME"), ("Dr. Farris", "PROVIDER"), ("Crescent Heart and Vascular", "SPECIALTY"), ("Holter monitor", "PROCEDURE"),
      ("atrial fibrillation", "CONDITION"), ("apixaban", "MEDICATION")],
     ["cardiology"], "A finding, a diagnosis and a new drug with its dosing on a voicemail: BLOCK."),
    ("ax0090", "Hello, this is an important message from Cedar Hollow Health Partners. Due to the winter storm, all of our offices will be closed tomorrow, Tuesday. If you had an appointment, we will call you to reschedule. Our nurse advice line will remain open by phone. Stay safe and warm.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "broadcast", "hard-negative"], "Closure robocall to every patient; nothing about the recipient."),
    ("ax0091", "Hi, this is Monique with Heartland Home Health. Your physical therapist, Ethan, will be out to the house on Thursday between one and three. If that doesn't work for you, just call the office at five five five, oh one oh three.",
     "REWRITE", "reminder", "voice", "en",
     [("Monique", "PROVIDER"), ("Heartland Home Health", "SPECIALTY"), ("physical therapist", "SPECIALTY"), ("Ethan", "PROVIDER"),
      ("five five five, oh one oh three", "PHONE")],
     ["home-health", "physical-therapy", "practice-contact"], "Home-health name and the therapist's role reveal the service; the visit window survives."),
    ("ax0092", "Hi Dolores, it's Pam from Dr. Greer's office. I'm calling about your bone density results. Dr. Greer says it does show osteoporosis in your hip, so she'd like you to start alendronate, seventy milligrams once a week, on an empty stomach with a full glass of water.",
     "BLOCK", "result", "voice", "en",
     [("Dolores", "NAME"), ("Pam", "PROVIDER"), ("Dr. Greer", "PROVIDER", 0), ("bone density", "PROCEDURE"), ("Dr. Greer", "PROVIDER", 1),
      ("osteoporosis", "CONDITION"), ("alendronate", "MEDICATION")],
     ["primary-care"], "Diagnosis and a new weekly drug with how to take it: BLOCK (decision 15)."),
    ("ax0093", "Hi, this is the scheduling department at Beacon Medical Associates. We're calling patients who asked to be placed on our waitlist. An earlier appointment has opened up. Press 1 to hear the available times, or press 2 to keep your current appointment.",
     "ALLOW", "reminder", "voice", "en", [],
     ["general", "hard-negative"], "Waitlist robocall with menu keys only."),
    ("ax0094", "Hello, this message is from Dr. Amira Saleh, DDS. Your crown is back from the lab and ready to be seated. Please call Smile Studio Dental at five five five, oh one seven four to book a thirty-minute visit.",
     "REWRITE", "reminder", "voice", "en",
     [("Dr. Amira Saleh", "PROVIDER"), ("DDS", "SPECIALTY"), ("crown", "PROCEDURE"), ("Smile Studio Dental", "SPECIALTY"), ("five five five, oh one seven four", "PHONE")],
     ["dental", "practice-contact"], "Dental credential, practice name and crown go; 'the lab' is the dental lab and generic."),
    ("ax0095", "Hi it's Dr. Kwan's office f/u from our call - ur strep was neg but flu A was POS. Start Tamiflu 75mg 1 cap BID x5d. Stay home till fever free 24h.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Kwan", "PROVIDER"), ("strep", "PROCEDURE"), ("neg", "RESULT"), ("flu A", "PROCEDURE"), ("POS", "RESULT"), ("Tamiflu 75mg", "MEDICATION"), ("fever", "CONDITION")],
     ["primary-care", "shorthand"], "Shorthand text recap of a phone call with results and dosing: BLOCK."),
    ("ax0096", "Hello, this is ${practiceName} calling with an appointment reminder. You are scheduled on ${apptDate} at ${apptTime} at our ${locationName} office. To confirm, press 1. To reschedule, press 2. To repeat this message, press 9.",
     "ALLOW", "reminder", "voice", "en", [],
     ["general", "template", "hard-negative"], "TTS template with content-free placeholders only (README)."),
)

# ---------------------------------------------------------------- batch 9 (ax0097-ax0108): prices by phone, Spanish pediatrics and labs, relatives, referrals
add(
    ("ax0097", "Hi, this is Orchard Family Clinic returning your call. Yes, we're in network with your plan, and new patient visits usually run about forty-five minutes. If you'd rather self-pay, it's one hundred twenty-five dollars for the visit. Give us a call back at five five five, oh one five one whenever you're ready to book.",
     "ALLOW", "other", "voice", "en",
     [("five five five, oh one five one", "PHONE")],
     ["primary-care", "practice-contact"], "Spoken durations and prices are not labelled; the practice's number is (decision 2)."),
    ("ax0098", "Buenas tardes, este es un mensaje para Marisol Cárdenas, fecha de nacimiento nueve de septiembre de mil novecientos ochenta y cinco. Le llamamos de Laboratorio Clínico Azteca: su muestra de orina no se pudo procesar y necesita regresar a repetir el análisis.",
     "BLOCK", "other", "voice", "es",
     [("Marisol Cárdenas", "NAME"), ("nueve de septiembre de mil novecientos ochenta y cinco", "DATE"), ("muestra de orina", "PROCEDURE")],
     ["lab", "dob"], "Nombre con fecha de nacimiento completa dicha en palabras: BLOCK (README; decision 1)."),
    ("ax0099", "Hola, le hablamos de Pediatría Arcoíris para recordarle que a Sofía le tocan sus vacunas de los cuatro años el jueves veintidós de enero a las diez. Favor de traer su cartilla de vacunación.",
     "REWRITE", "reminder", "voice", "es",
     [("Pediatría Arcoíris", "SPECIALTY"), ("Sofía", "NAME"), ("vacunas", "PROCEDURE"), ("veintidós de enero", "DATE")],
     ["pediatrics", "minor"], "Cita de una menor con nombre y vacunas de rutina: REWRITE como la del propio paciente (README); la cartilla queda genérica."),
    ("ax0100", "Hola, le habla Karina de la recepción del consultorio del Dr. Montes. Solo para avisarle que el doctor va a llegar tarde hoy, así que su cita de las once ahora es a las once y media. Disculpe las molestias.",
     "ALLOW", "reminder", "voice", "es",
     [("Karina", "PROVIDER"), ("Dr. Montes", "PROVIDER")],
     ["primary-care"], "Recepcionista y médico; horas dichas en palabras no se etiquetan."),
    ("ax0101", "Hola Don Ernesto, habla la enfermera Paty de la Clínica del Corazón. Le recuerdo que mañana no se tome la metformina en la mañana porque le van a hacer el cateterismo, y el clopidogrel sí se lo toma normal. Cualquier duda nos marca.",
     "BLOCK", "care-instructions", "voice", "es",
     [("Ernesto", "NAME"), ("enfermera Paty", "PROVIDER"), ("Clínica del Corazón", "SPECIALTY"), ("metformina", "MEDICATION"), ("cateterismo", "PROCEDURE"),
      ("clopidogrel", "MEDICATION")],
     ["cardiology"], "Suspender o seguir medicamentos con nombre antes de un procedimiento es una indicación de dosis: BLOCK (decision 11)."),
    ("ax0102", "Este es un mensaje de Farmacias Del Pueblo. Tiene uno o más medicamentos listos para recoger. Nuestro horario es de nueve a nueve todos los días. Para escuchar este mensaje de nuevo, oprima la tecla de asterisco.",
     "ALLOW", "pickup", "voice", "es", [],
     ["pharmacy", "hard-negative"], "Aviso de recogida sin medicamento ni nombre."),
    ("ax0103", "Asunto: Seguimiento de su llamada – Centro de Fisioterapia Movimiento\n\nEstimada Sra. Paredes:\n\nGracias por llamarnos hoy. Tal como hablamos por teléfono, le reservamos sus próximas sesiones de terapia física los martes y jueves a las 5:30 p. m., empezando el martes 3 de marzo, con el Lic. Arturo Beltrán.\n\nPor favor traiga ropa cómoda y tenis, la orden de su médico y su tarjeta del seguro. La primera sesión dura aproximadamente una hora porque incluye la evaluación inicial; las siguientes duran unos 45 minutos. Hay estacionamiento gratuito detrás del edificio. Si necesita cancelar, avísenos con 24 horas de anticipación al (915) 555-0133 o respondiendo a este correo.\n\nSaludos cordiales,\nRecepción\nCentro de Fisioterapia Movimiento\nwww.fisiomovimiento.example",
     "REWRITE", "confirmation", "email", "es",
     [("Centro de Fisioterapia Movimiento", "SPECIALTY", 0), ("Paredes", "NAME"), ("terapia física", "PROCEDURE"), ("3 de marzo", "DATE"),
      ("Lic. Arturo Beltrán", "PROVIDER"), ("(915) 555-0133", "PHONE"), ("Centro de Fisioterapia Movimiento", "SPECIALTY", 1), ("www.fisiomovimiento.example", "URL")],
     ["physical-therapy", "practice-contact"], "Correo después de una llamada: nombre, centro de fisioterapia (dos veces) y la terapia se quitan; horario, teléfono y web del centro quedan."),
    ("ax0104", "Hi, this message is for, um, Carol? Carol, it's Annette from Westside Women's Clinic. Just letting you know your daughter Bella's, uh, birth control prescription went over to the pharmacy and she can pick it up today. Thanks.",
     "BLOCK", "pickup", "voice", "en",
     [("Carol", "NAME", 0), ("Carol", "NAME", 1), ("Annette", "PROVIDER"), ("Westside Women's Clinic", "SPECIALTY"), ("Bella", "NAME"), ("birth control", "MEDICATION")],
     ["reproductive", "third-party", "minor"], "A daughter's contraceptive left on the parent's voicemail: a dependent's medication sent to the guardian is BLOCK (README)."),
    ("ax0105", "Hello, this is Lakeland Internal Medicine. Our records show you are due for your diabetes follow-up and foot exam. Please call us at five five five, oh one eight five to schedule, or press 1 to be connected now.",
     "REWRITE", "recall", "voice", "en",
     [("diabetes", "CONDITION"), ("foot exam", "PROCEDURE"), ("five five five, oh one eight five", "PHONE")],
     ["primary-care", "practice-contact"], "A diagnosis used as a visit label and a condition-linked exam go; the recall survives."),
    ("ax0106", "Hi, this is Roberta from the referrals desk at Westgate Family Health. We sent your referral paperwork over this morning. If the other office says they didn't get it, our fax number is five five five, oh one nine nine, and they can call me directly at five five five, oh one nine seven. Thanks, bye.",
     "ALLOW", "other", "voice", "en",
     [("Roberta", "PROVIDER"), ("five five five, oh one nine nine", "FAX"), ("five five five, oh one nine seven", "PHONE")],
     ["general", "practice-contact"], "Referral call-back that names no specialty; the practice's fax and phone spoken aloud are allowed (decision 2)."),
    ("ax0107", "Hi Travis, it's your counselor Jolene at New Path Recovery. Your urine screen from Monday came back positive for fentanyl, so we need to talk before your next methadone dose. Please come by the clinic before noon tomorrow.",
     "BLOCK", "result", "voice", "en",
     [("Travis", "NAME"), ("counselor", "SPECIALTY"), ("Jolene", "PROVIDER"), ("New Path Recovery", "SPECIALTY"), ("urine screen", "PROCEDURE"),
      ("positive", "RESULT"), ("fentanyl", "MEDICATION"), ("methadone", "MEDICATION")],
     ["substance-use"], "A positive drug screen on a voicemail: BLOCK (Part 2)."),
    ("ax0108", "Good afternoon, this is Patrick calling from Ironwood Medical Group. I'm returning your call about parking, and yes, we can validate parking in the Elm Street garage for up to three hours. Just bring your ticket to the front desk. Thanks.",
     "ALLOW", "other", "voice", "en",
     [("Patrick", "PROVIDER")],
     ["general"], "Staff call-back about parking; a garage on a named street is not an address of the patient."),
)

# ---------------------------------------------------------------- batch 10 (ax0109-ax0120): menus, telehealth, genetics, surgery, TTS clinics, STT errors
add(
    ("ax0109", "Please listen carefully, as our menu options have changed. If you are a physician's office calling about a patient, press 5. For directions to our Westfield location, press 6. For all other questions, please stay on the line and the next available representative will assist you.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "IVR menu: 'a patient', a location name and keys say nothing about the caller (decision 2)."),
    ("ax0110", "Hi, this is Serena with Lotus Fertility Center. Your nurse consult about your IVF cycle is set up as a video visit on Wednesday, May thirteenth at noon. We'll text you the link about fifteen minutes before. Bye now.",
     "REWRITE", "reminder", "voice", "en",
     [("Serena", "PROVIDER"), ("Lotus Fertility Center", "SPECIALTY"), ("IVF cycle", "PROCEDURE"), ("May thirteenth", "DATE")],
     ["fertility"], "Fertility name and treatment go; the video-visit logistics survive ('nurse consult' is generic)."),
    ("ax0111", "Hi Ms. Abernathy, this is Keiko, the genetic counselor at Westshore Cancer Institute. Your results are back and you do carry a BRCA2 variant. I'd like to set up a time to go over what that means for you and for your family. Please call me back when you can.",
     "BLOCK", "result", "voice", "en",
     [("Abernathy", "NAME"), ("Keiko", "PROVIDER"), ("genetic counselor", "SPECIALTY"), ("Westshore Cancer Institute", "SPECIALTY"), ("BRCA2 variant", "RESULT")],
     ["oncology"], "A genetic test finding on a voicemail: BLOCK (decision 15 for the span)."),
    ("ax0112", "You have a new voicemail from Sunnyvale Family Clinic. For your privacy, the content of the message is not included in this e-mail. Please log in to your patient portal to listen to it.",
     "ALLOW", "portal-notice", "email", "en", [],
     ["general", "hard-negative"], "Voicemail-to-e-mail notice without the transcript: the safe pattern."),
    ("ax0113", "Hello, this is a courtesy call from Riverstone Orthopaedic Surgeons. Your knee replacement surgery with Doctor Pemberton is scheduled for Thursday, February fifth. Please plan to arrive at the hospital at five thirty a.m. A pre-op nurse will call you two days before.",
     "REWRITE", "reminder", "voice", "en",
     [("Riverstone Orthopaedic Surgeons", "SPECIALTY"), ("knee replacement surgery", "PROCEDURE"), ("Doctor Pemberton", "PROVIDER"), ("February fifth", "DATE"),
      ("pre-op", "PROCEDURE")],
     ["orthopedics"], "Orthopedic name, the named surgery and pre-op go; date, arrival time and provider survive."),
    ("ax0114", "This is an automated message from Clearbrook Anticoagulation Clinic. Your INR result from today is three point nine. Skip tonight's dose of Coumadin and resume your usual dose tomorrow. Your next INR check is in one week.",
     "BLOCK", "result", "voice", "en",
     [("Clearbrook Anticoagulation Clinic", "SPECIALTY"), ("INR", "PROCEDURE", 0), ("three point nine", "RESULT"), ("Coumadin", "MEDICATION"), ("INR", "PROCEDURE", 1)],
     ["cardiology"], "A TTS result with a spoken value and a dosing instruction: BLOCK."),
    ("ax0115", "<speak>Thank you for calling Bellmont Family Practice. <break time=\"300ms\"/> If you are calling to check on a referral, please call our referral coordinator directly at <say-as interpret-as=\"telephone\">555-0139</say-as>. For prescription refills, please contact your pharmacy, and they will send us the request. <break time=\"300ms\"/> Para español, oprima el ocho.</speak>",
     "ALLOW", "other", "voice", "en",
     [("555-0139", "PHONE")],
     ["primary-care", "practice-contact"], "SSML greeting: markup is not PHI (decision 13), the practice's number inside <say-as> is labelled and allowed (decision 2)."),
    ("ax0116", "Hi, this is Gwen from Dr. Iyer's office. We need to move your appointment on the ninth because the doctor will be out that week. Can you call me back at five five five, oh one six eight? Thanks so much.",
     "ALLOW", "reminder", "voice", "en",
     [("Gwen", "PROVIDER"), ("Dr. Iyer", "PROVIDER"), ("ninth", "DATE"), ("five five five, oh one six eight", "PHONE")],
     ["primary-care", "practice-contact"], "Reschedule call naming only staff, provider, an ordinal date and the office number (decisions 3, 4)."),
    ("ax0117", "hi this is doctor lee from the clinic calling about your biopsy results um the path report shows a basil cell carcinoma which is the good kind of skin cancer if there is one we'll need to cut it out so please call the front desk to schedule",
     "BLOCK", "result", "voice", "en",
     [("doctor lee", "PROVIDER"), ("biopsy", "PROCEDURE"), ("basil cell carcinoma", "CONDITION"), ("skin cancer", "CONDITION")],
     ["dermatology", "typo"], "Speech-to-text transcript of a diagnosis ('basil' for basal keeps the CONDITION category, decision 5): BLOCK."),
    ("ax0118", "Appointment cancelled. To reschedule, press 1.",
     "ALLOW", "confirmation", "voice", "en", [],
     ["general", "hard-negative"], "IVR cancellation prompt: keys and confirmation words only."),
    ("ax0119", "Centro Dermatológico Piel Sana: Le confirmamos por mensaje lo que hablamos por teléfono. Su cita para la crioterapia es el lunes 9 de marzo a las 3:40 p.m. Para cambiarla marque al 555-0176.",
     "REWRITE", "confirmation", "sms", "es",
     [("Centro Dermatológico Piel Sana", "SPECIALTY"), ("crioterapia", "PROCEDURE"), ("9 de marzo", "DATE"), ("555-0176", "PHONE")],
     ["dermatology", "practice-contact"], "SMS que resume una llamada: nombre dermatológico y procedimiento se quitan; fecha, hora y teléfono quedan."),
    ("ax0120", "Hola, buenas, le habla Julio del programa de VIH de Clínica Comunitaria La Paz. Le llamo porque su carga viral salió indetectable, ¡felicidades! Siga tomando su Biktarvy igualito, una diaria. Nos vemos en tres meses.",
     "BLOCK", "result", "voice", "es",
     [("Julio", "PROVIDER"), ("VIH", "CONDITION"), ("carga viral", "PROCEDURE"), ("indetectable", "RESULT"), ("Biktarvy", "MEDICATION")],
     ["hiv-sexual-health"], "Un resultado de carga viral y la indicación del medicamento en el buzón de voz: BLOCK."),
)

probe_lib.run(M, "ax", "probe47.jsonl")
