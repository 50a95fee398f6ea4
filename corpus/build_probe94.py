#!/usr/bin/env python3
"""Build corpus/probe94.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe94.py [OUT] [-v]   (default: probe94.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only. The engine was not run
and no other corpus, source file or test was read.

Theme of this round: VOICE CALLS, VOICEMAILS AND IVR SCRIPTS (channel "voice" for all but a few
contrast lines) — what automated phone systems, voicemail drops and staff voice messages say,
transcribed as spoken: appointment confirmations ("press 1 to confirm"), results-ready
call-backs, pharmacy refill calls, balance-due reminders, live staff voicemails with call-back
numbers spoken digit by digit ("five five five, zero one two three"), dates and identifiers
spoken in words, names spelled out, fillers ("um", "uh"), SSML, speech-to-text slips and
bilingual menus ("para español, oprima dos"); messages that reveal the recipient's condition,
test, drug or procedure mixed with neutral ones and look-alikes ("press pound", "your call is
important", "leave a message after the tone", a staff caller named Faith Ward, a building
"extension", "Positive Outcomes Billing", a collection agency called "... Recovery Partners",
"cinco de mayo" as a due date). About 21% Spanish; 4 disguised messages.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. A title spoken or written out in full ("Doctor Amara Okafor", "la doctora Irene Salcedo",
     "Nurse Practitioner Imogen Hartley", "enfermera Yolanda", "licenciada Ochoa") is inside the
     PROVIDER span, like "Dr.".
  2. A phone number spoken digit by digit is one PHONE span from its first to its last spoken
     digit, commas included ("three one two, five five five, zero one six eight"); a spoken
     extension stays outside the span, and a bare internal extension or "nine one one" is not
     labelled.
  3. Spoken dates are DATE ("March fifth", "doce de enero de mil novecientos sesenta y uno");
     a day of the month said alone ("out on the twenty-second", "for the twelfth") is a date
     element and is labelled DATE (the ordinal only, "the" outside).
  4. A name spelled letter by letter for the listener ("L-I-Z-A-R-R-A-G-A") is a second NAME
     span; it is dictation, not a disguise, so it is not tagged `spaced` (that tag is kept for
     the disguised lines).
  5. An identifier spoken with a phonetic alphabet ("B as in boy, X as in x-ray, seven seven
     three, ...") is one span including the phonetic words.
  6. Appointment and payment confirmation numbers identify a transaction, not a person: not
     labelled.
  7. IVR boilerplate said to every caller ("if you have a pacemaker ... call us", "if you are
     having chest pain, hang up and call nine one one") is not about the recipient: no span,
     tagged `negation`. Symptoms in a warning inside a personal message are CONDITION
     (README: symptoms are conditions).
  8. Generic preparation logistics (arrive early, nothing to eat after midnight, bring a
     driver, drink water before an ultrasound) do not make a message BLOCK once the test is
     removed; prep drugs with times and amounts, or holding/continuing medicines, are dosing
     instructions and do (BLOCK).
  9. A drug name garbled by speech-to-text ("met foreman") is labelled MEDICATION as the drug
     it stands for, tagged `typo`.
 10. Home-health, hospice, senior-care and ambulance-service names are specialty-revealing
     (SPECIALTY), like the README's imaging, dialysis and specialty-pharmacy names.
 11. A death told to the family is a RESULT (the state of the patient) and, being a third
     party's health, BLOCK.
 12. "controlled substance" said about the order in a pickup call names a drug class:
     MEDICATION, REWRITE.
 13. Every staff member named as the caller (front desk, billing, chaplain, scheduler, a
     college coordinator) is PROVIDER (README: workforce named as the sender).
 14. A spoken web address ("northridgehealth dot example slash pay") is a URL span; a spoken
     short link whose last part is a token is patient-specific (REWRITE).
 15. A normal result said in words ("salieron bien") is a RESULT span on the word; a stated
     normal result is BLOCK like any result.
 16. The patient's own number read back for verification is a PHONE span and makes the line
     REWRITE (not the practice's contact).
 17. A call-back after a screening that names the finding ("an area of density") is BLOCK.
 18. A voicemail-to-e-mail transcript is channel `email`; the emailed line is judged like SMS.
 19. "insulina Lantus", "Humira pens", "Dulcolax tablets": a drug with the form or class word
     next to it is one MEDICATION span.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers;
the SSN is the well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (cs0001-cs0012): IVR confirmations, staff reminders
add(
    ("cs0001", "Hello. This is an automated call from Willow Creek Family Medicine with a reminder for an appointment on Thursday, March fifth, at ten fifteen a.m. with Doctor Amara Okafor. To confirm, press 1. To cancel, press 2. To speak with our staff, press 0. To hear this message again, press star.",
     "ALLOW", "confirmation", "voice", "en",
     [("March fifth", "DATE"), ("Doctor Amara Okafor", "PROVIDER")],
     ["primary-care"], "Provider, date and time only. Decision 1: the spoken-out title 'Doctor' is inside the PROVIDER span."),
    ("cs0002", "Thank you for calling Brookside Medical Group. Your call is important to us. Please stay on the line and the next available representative will be with you shortly. This call may be recorded for quality and training purposes.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "Hold message said to every caller; nothing about anyone."),
    ("cs0003", "Hi, this message is for Desmond Achterberg. This is Lakeshore Heart and Vascular calling to confirm your stress echo on Monday, April thirteenth, at eight a.m. Please don't eat or drink anything for four hours before. Press 1 to confirm or 2 to reschedule.",
     "REWRITE", "confirmation", "voice", "en",
     [("Desmond Achterberg", "NAME"), ("Lakeshore Heart and Vascular", "SPECIALTY"), ("stress echo", "PROCEDURE"), ("April thirteenth", "DATE")],
     ["cardiology"], "Name, cardiology practice name and the test go; date, time and the confirmation request survive. Decision 8: a generic fasting window is logistics, not a dosing instruction."),
    ("cs0004", "Hola, le llamamos de Centro Médico Las Palmas para recordarle su cita del miércoles once de febrero a las nueve y media de la mañana con la doctora Irene Salcedo. Para confirmar, oprima uno. Para cancelar, oprima dos. Para repetir este mensaje, oprima la tecla de asterisco.",
     "ALLOW", "confirmation", "voice", "es",
     [("once de febrero", "DATE"), ("doctora Irene Salcedo", "PROVIDER")],
     ["primary-care"], "Generic clinic, provider, date and time. Decision 1: 'doctora' written out is inside the PROVIDER span."),
    ("cs0005", "This is a reminder from Pine Hollow Pediatrics for Mateo's vaccine appointment tomorrow at 3:40. Press 1 to confirm, press 2 to cancel. Para español, oprima nueve.",
     "REWRITE", "confirmation", "voice", "en",
     [("Pine Hollow Pediatrics", "SPECIALTY"), ("Mateo", "NAME"), ("vaccine", "PROCEDURE")],
     ["pediatrics", "minor"], "A dependent's logistics with a name, a pediatric practice name and a routine visit type: REWRITE like the patient's own."),
    ("cs0006", "Hello, this is {{practice_name}} calling with a reminder. You have an appointment on {{appt_date}} at {{appt_time}}. Please arrive fifteen minutes early and bring your insurance card and a photo ID. Press 1 to confirm. Press 2 if you need to reschedule. Para español, oprima dos.",
     "ALLOW", "confirmation", "voice", "en", [],
     ["general", "hard-negative", "template"], "IVR template with content-free placeholders only."),
    ("cs0007", "Hi, um, this is Faith Ward from the front desk at Greenfield Internal Medicine. I'm calling to, uh, reschedule your appointment with Dr. Haddad, she's out on the twenty-second. Give us a call back at three one two, five five five, zero one six eight. Thanks, bye.",
     "ALLOW", "reminder", "voice", "en",
     [("Faith Ward", "PROVIDER"), ("Dr. Haddad", "PROVIDER"), ("twenty-second", "DATE"), ("three one two, five five five, zero one six eight", "PHONE")],
     ["primary-care", "practice-contact"], "Faith Ward is the staff caller (workforce: PROVIDER, decision 13), not a patient or a ward. Decision 3: a bare day of the month is DATE; decision 2: the practice's spoken number is one PHONE span."),
    ("cs0008", "Press pound to return to the main menu. Press star to repeat these options.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "IVR navigation only."),
    ("cs0009", "Hi Priya, it's Jolene at Cornerstone Dental. Just confirming your crown seat Friday at one. If you need to move it, call us at six one seven, five five five, zero one two nine. See you then!",
     "REWRITE", "confirmation", "voice", "en",
     [("Priya", "NAME"), ("Jolene", "PROVIDER"), ("Cornerstone Dental", "SPECIALTY"), ("crown seat", "PROCEDURE"), ("six one seven, five five five, zero one two nine", "PHONE")],
     ["dental", "practice-contact"], "Patient name, dental practice name and the procedure go; weekday, time and the practice's number stay."),
    ("cs0010", "Buenas tardes, este mensaje es para la señora Guadalupe Ibarra. Le habla Maricela de Clínica Dental Sonríe para confirmar su extracción del jueves diecinueve de marzo a las cuatro. Si tiene preguntas, llámenos al cinco cinco cinco, cero uno cuatro siete. Gracias.",
     "REWRITE", "confirmation", "voice", "es",
     [("Guadalupe Ibarra", "NAME"), ("Maricela", "PROVIDER"), ("Clínica Dental Sonríe", "SPECIALTY"), ("extracción", "PROCEDURE"), ("diecinueve de marzo", "DATE"), ("cinco cinco cinco, cero uno cuatro siete", "PHONE")],
     ["dental", "practice-contact"], "Name, dental clinic name and the extraction go; the spoken date, time and the clinic's number survive."),
    ("cs0011", "Hello. This is an automated message from Valley Open MRI. We are calling to confirm an appointment scheduled for Tuesday, June ninth, at two forty-five p.m. at our Fairview location. Please arrive thirty minutes early to complete your safety screening form. Leave jewelry, watches and hairpins at home. If you have a pacemaker, a neurostimulator or any other implanted device, please call us before your visit. To confirm, press 1. To reschedule, press 2. For directions, press 3.",
     "REWRITE", "confirmation", "voice", "en",
     [("Valley Open MRI", "SPECIALTY"), ("June ninth", "DATE")],
     ["imaging", "negation"], "The imaging centre's name reveals the test; date and time survive. Decision 7: the implanted-device question is safety boilerplate read to every caller, not labelled."),
    ("cs0012", "Hi, this is a message for Ellis. This is Rosa from Northside Recovery Services, calling to remind you about IOP group tomorrow at six. The room has changed to the new extension on the east side of the building, next to the elevators. See you there.",
     "REWRITE", "reminder", "voice", "en",
     [("Ellis", "NAME"), ("Rosa", "PROVIDER"), ("Northside Recovery Services", "SPECIALTY"), ("IOP", "PROCEDURE")],
     ["substance-use"], "Name, recovery program name and the program type go; the room change survives. The 'extension' is a wing of the building, not a phone extension."),
)

# ---------------------------------------------------------------- batch 2 (cs0013-cs0024): results-ready call-backs and results read aloud
add(
    ("cs0013", "Hi, this is Kendra, a nurse at Dr. Bellweather's office. Your results are back and the doctor would like to go over them with you. Please call us at two oh six, five five five, zero one three three, extension four one two. Thanks.",
     "ALLOW", "result", "voice", "en",
     [("Kendra", "PROVIDER"), ("Dr. Bellweather", "PROVIDER"), ("two oh six, five five five, zero one three three", "PHONE")],
     ["primary-care", "practice-contact"], "Results-ready call-back with no test named. Decision 2: the spoken extension stays outside the PHONE span."),
    ("cs0014", "Hello, this is Dr. Farouk Nassar calling for Abigail Trent. Abigail, your biopsy came back and it is benign, so no further treatment is needed. We'll see you in a year. Call me if you have questions.",
     "BLOCK", "result", "voice", "en",
     [("Dr. Farouk Nassar", "PROVIDER"), ("Abigail Trent", "NAME"), ("Abigail", "NAME", 1), ("biopsy", "PROCEDURE"), ("benign", "RESULT")],
     ["dermatology"], "A pathology result left on a voicemail; a benign result is still a result."),
    ("cs0015", "Your recent lab results are now available. To hear your results, please enter your date of birth as eight digits, followed by the pound sign.",
     "ALLOW", "result", "voice", "en", [],
     ["lab", "hard-negative"], "The results line asks for a DOB but says none and names no test."),
    ("cs0016", "Hi, this is Marco from QuickCare Urgent Care on Elm. I'm calling about the throat culture from your visit Saturday. It came back positive for strep, so Dr. Osei sent amoxicillin to your pharmacy. Take it twice a day for ten days.",
     "BLOCK", "result", "voice", "en",
     [("Marco", "PROVIDER"), ("QuickCare Urgent Care", "SPECIALTY"), ("throat culture", "PROCEDURE"), ("positive", "RESULT"), ("strep", "CONDITION"), ("Dr. Osei", "PROVIDER"), ("amoxicillin", "MEDICATION")],
     ["urgent-care"], "Result, diagnosis and dosing instruction on a voicemail."),
    ("cs0017", "Hola, buenas. Le llama la enfermera Yolanda del Centro de Salud Familiar San Miguel. Sus resultados ya están listos. Por favor llámenos al siete dos cero, cinco cinco cinco, cero uno cinco uno, de lunes a viernes de ocho a cinco. Gracias.",
     "ALLOW", "result", "voice", "es",
     [("enfermera Yolanda", "PROVIDER"), ("siete dos cero, cinco cinco cinco, cero uno cinco uno", "PHONE")],
     ["primary-care", "practice-contact"], "Results-ready call-back, no test named; the nurse and the centre's spoken number are allowed (decisions 1 and 2)."),
    ("cs0018", "This message is for the parent or guardian of Zoe Lindqvist. Zoe's lead screening result is in and it was a little high, at seven. Dr. Amin wants to recheck it in three months. Please call Sunnyvale Pediatrics to set that up.",
     "BLOCK", "result", "voice", "en",
     [("Zoe Lindqvist", "NAME"), ("Zoe", "NAME", 1), ("lead screening", "PROCEDURE"), ("high", "RESULT"), ("seven", "RESULT"), ("Dr. Amin", "PROVIDER"), ("Sunnyvale Pediatrics", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "A child's result and its value told to the guardian: third party's health, BLOCK."),
    ("cs0019", "Hello, this is Hillcrest Breast Imaging calling for Renata Sokolova. Your mammogram showed a small area of density and the radiologist recommends additional views. This is common. Please call us at four oh four, five five five, zero one seven seven to schedule.",
     "BLOCK", "result", "voice", "en",
     [("Hillcrest Breast Imaging", "SPECIALTY"), ("Renata Sokolova", "NAME"), ("mammogram", "PROCEDURE"), ("small area of density", "RESULT"), ("radiologist", "SPECIALTY"), ("additional views", "PROCEDURE"), ("four oh four, five five five, zero one seven seven", "PHONE")],
     ["imaging", "practice-contact"], "Decision 17: a screening call-back that names the finding is a finding, BLOCK."),
    ("cs0020", "Mensaje para Rigoberto. Tiene un mensaje importante de su médico. Por favor, llame a la clínica lo antes posible.",
     "REWRITE", "result", "voice", "es",
     [("Rigoberto", "NAME")],
     ["primary-care"], "Only the name is removable; the call-back request survives."),
    ("cs0021", "Hi Mr. Callahan, this is Dr. Petrosyan. I looked at your PSA and it went up to six point one from four point two last year, so I'd like to refer you to urology for a biopsy. My nurse will call to set it up.",
     "BLOCK", "result", "voice", "en",
     [("Callahan", "NAME"), ("Dr. Petrosyan", "PROVIDER"), ("PSA", "PROCEDURE"), ("six point one", "RESULT"), ("four point two", "RESULT"), ("urology", "SPECIALTY"), ("biopsy", "PROCEDURE")],
     ["primary-care"], "Values spoken in words are still values; a result and a plan."),
    ("cs0022", "This is an automated message from the Harbor County testing site. Your COVID-19 test collected on November third was negative. If you develop symptoms, stay home. Press 1 to repeat this message.",
     "BLOCK", "result", "voice", "en",
     [("COVID-19 test", "PROCEDURE"), ("November third", "DATE"), ("negative", "RESULT")],
     ["lab"], "A negative result is still a result (README)."),
    ("cs0023", "Hi, it's Theo at Dr. Wendt's office, returning your call. The fax from your cardiologist came through, so you're all set. Call back at nine one nine, five five five, zero one one four if you need anything.",
     "REWRITE", "other", "voice", "en",
     [("Theo", "PROVIDER"), ("Dr. Wendt", "PROVIDER"), ("cardiologist", "SPECIALTY"), ("nine one nine, five five five, zero one one four", "PHONE")],
     ["cardiology", "practice-contact"], "'your cardiologist' reveals the patient's specialist; the rest is logistics."),
    ("cs0024", "Hi, this message is for Ngozi Okoro. Your A one C came back at eight point four, up from seven point nine. Dr. Lang would like to add Jardiance ten milligrams once a day, and we sent it to your pharmacy.",
     "BLOCK", "result", "voice", "en",
     [("Ngozi Okoro", "NAME"), ("A one C", "PROCEDURE"), ("eight point four", "RESULT"), ("seven point nine", "RESULT"), ("Dr. Lang", "PROVIDER"), ("Jardiance ten milligrams", "MEDICATION")],
     ["primary-care", "contrast"], "Result values and a new dose spoken in words; the portal version (cs0090) is ALLOW."),
)

# ---------------------------------------------------------------- batch 3 (cs0025-cs0036): pharmacy refill and pickup calls
add(
    ("cs0025", "Hello, this is Greenway Pharmacy calling with an automated message. You have a prescription ready for pickup. Prescriptions not picked up within ten days will be returned to stock. Thank you for choosing Greenway.",
     "ALLOW", "pickup", "voice", "en", [],
     ["pharmacy", "hard-negative"], "Generic pharmacy name and 'a prescription'; nothing about the drug or the person."),
    ("cs0026", "This is Greenway Pharmacy. A prescription for Leonard Haskins is ready for pickup at our Oak Street store. Rx number seven two four four one nine eight. Press 1 to hear our store hours.",
     "REWRITE", "pickup", "voice", "en",
     [("Leonard Haskins", "NAME"), ("seven two four four one nine eight", "OTHER_ID")],
     ["pharmacy", "identifier"], "Name and a spoken Rx number (OTHER_ID) go; the pickup notice survives. The store's street name is the pharmacy's location, not an address."),
    ("cs0027", "Hi, this is CareRx Pharmacy calling to let you know your refill of sertraline one hundred milligrams is ready. Pick up by Friday to keep it on hold.",
     "REWRITE", "pickup", "voice", "en",
     [("sertraline one hundred milligrams", "MEDICATION")],
     ["pharmacy", "behavioral-health"], "A drug name in a pickup notice is removable; the strength spoken in words goes with it."),
    ("cs0028", "Farmacia del Pueblo le informa que su receta está lista para recoger. Si desea hablar con un farmacéutico, oprima cero. Para escuchar este mensaje en inglés, oprima nueve.",
     "ALLOW", "pickup", "voice", "es", [],
     ["pharmacy", "hard-negative"], "Generic pickup notice; 'receta' is generic."),
    ("cs0029", "Hi, this is Tamsin, the pharmacist at Riverside Drug. The insurance rejected the Ozempic because your A1c of six point one doesn't meet their criteria, so we faxed Dr. Brandt's office for an appeal. We'll call you when we hear back.",
     "BLOCK", "other", "voice", "en",
     [("Tamsin", "PROVIDER"), ("Ozempic", "MEDICATION"), ("A1c", "PROCEDURE"), ("six point one", "RESULT"), ("Dr. Brandt", "PROVIDER")],
     ["pharmacy"], "A prior-authorization denial whose reason is the patient's lab value: the result is the message."),
    ("cs0030", "This is Apex Specialty Pharmacy calling for Mr. Dwayne Pettiford to schedule delivery of your Humira pens. Please call us back at eight seven seven, five five five, zero one nine two. Delivery requires a signature.",
     "REWRITE", "pickup", "voice", "en",
     [("Apex Specialty Pharmacy", "SPECIALTY"), ("Dwayne Pettiford", "NAME"), ("Humira pens", "MEDICATION"), ("eight seven seven, five five five, zero one nine two", "PHONE")],
     ["pharmacy", "practice-contact"], "Specialty-pharmacy name, name and drug go; delivery logistics and the pharmacy's number survive. Decision 19: the form word goes with the drug."),
    ("cs0031", "Hi, Mrs. Delacroix, it's Ben at the pharmacy. Dr. Iqbal changed your warfarin, so starting tonight take five milligrams on Mondays and Fridays and two and a half every other day. Your next INR check is Thursday.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Delacroix", "NAME"), ("Ben", "PROVIDER"), ("Dr. Iqbal", "PROVIDER"), ("warfarin", "MEDICATION"), ("INR", "PROCEDURE")],
     ["pharmacy"], "Dosing instruction for an anticoagulant."),
    ("cs0032", "Hello, this is an automated message from Fairmont Pharmacy for Gwendolyn, G-W-E-N-D-O-L-Y-N. Your order is ready. Please bring a photo ID, as this medication is a controlled substance.",
     "REWRITE", "pickup", "voice", "en",
     [("Gwendolyn", "NAME"), ("G-W-E-N-D-O-L-Y-N", "NAME"), ("controlled substance", "MEDICATION")],
     ["pharmacy"], "Decision 4: the spelled name is a second NAME span, not a disguise. Decision 12: 'controlled substance' names a drug class, removable."),
    ("cs0033", "Buenos días, le llamamos de Farmacia Santa Fe. Su insulina Lantus ya llegó y la tenemos en el refrigerador. La doctora dejó dicho que ahora son veinte unidades en la noche, no dieciséis. Puede pasar a recogerla hoy antes de las siete.",
     "BLOCK", "pickup", "voice", "es",
     [("insulina Lantus", "MEDICATION")],
     ["pharmacy"], "A pickup call that carries a new insulin dose: dosing instruction. Decision 19: 'insulina Lantus' is one span."),
    ("cs0034", "This is a courtesy call from HomeScripts mail order. Your shipment went out today and should arrive in two to three business days. No signature is required. To speak to a representative, press zero.",
     "ALLOW", "pickup", "voice", "en", [],
     ["pharmacy", "hard-negative"], "Shipping notice with no drug, name or tracking number."),
    ("cs0035", "Hi, this is Darnell from Crossroads Treatment Center. Your take-home doses were approved, and your dose stays at eighty-five milligrams. Come by Wednesday to pick up the lockbox.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Darnell", "PROVIDER"), ("Crossroads Treatment Center", "SPECIALTY"), ("take-home doses", "PROCEDURE")],
     ["substance-use"], "Opioid-treatment dosing status (Part 2): the dose is the message."),
    ("cs0036", "You've reached the pharmacy refill line. To refill a prescription, press 1 and enter the prescription number from your bottle, followed by the pound key. To check the status of a refill, press 2.",
     "ALLOW", "pickup", "voice", "en", [],
     ["pharmacy", "hard-negative"], "IVR menu; asks for an Rx number but says none."),
)

# ---------------------------------------------------------------- batch 4 (cs0037-cs0048): balance-due calls, billing voicemails
add(
    ("cs0037", "Hello, this is the billing office at Meadowbrook Family Practice calling about your account. Please return our call at four eight zero, five five five, zero one two one, Monday through Friday, eight to four thirty. Thank you.",
     "ALLOW", "billing", "voice", "en",
     [("four eight zero, five five five, zero one two one", "PHONE")],
     ["general", "practice-contact"], "Billing call-back with the practice's own spoken number; no account number."),
    ("cs0038", "This is a message for Harlan Whitacre from the Summit Oncology Associates business office. Your balance of three hundred twelve dollars and forty cents is past due. Your account number is four four zero, nine one two, six six. Press 1 to pay now by phone.",
     "REWRITE", "billing", "voice", "en",
     [("Harlan Whitacre", "NAME"), ("Summit Oncology Associates", "SPECIALTY"), ("four four zero, nine one two, six six", "ACCOUNT")],
     ["oncology", "identifier"], "Name, oncology practice name and the spoken account number go; the balance survives."),
    ("cs0039", "Este es un mensaje de la oficina de cobros del Hospital San Lucas. Tiene un saldo pendiente. Para pagar con tarjeta, oprima uno. Para establecer un plan de pagos, oprima dos. Para hablar con un representante, oprima cero.",
     "ALLOW", "billing", "voice", "es", [],
     ["general", "hard-negative"], "Balance notice with no amount, account or service."),
    ("cs0040", "Hi, this is Corinne from patient accounts at Bayside Fertility Center. We got the EOB from your insurance for the egg retrieval on October second and there's a balance of eighteen hundred. Give me a call at three oh five, five five five, zero one eight three.",
     "REWRITE", "billing", "voice", "en",
     [("Corinne", "PROVIDER"), ("Bayside Fertility Center", "SPECIALTY"), ("egg retrieval", "PROCEDURE"), ("October second", "DATE"), ("three oh five, five five five, zero one eight three", "PHONE")],
     ["fertility", "practice-contact"], "Fertility centre name and the procedure go; the balance and call-back survive."),
    ("cs0041", "Your call is important to us. All of our representatives are currently assisting other callers. Please stay on the line, or press 1 to receive a call back without losing your place in line.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "Queue message."),
    ("cs0042", "Hi, this is a message from Lakeview Ambulance billing for the guarantor of account number L as in Larry, zero zero five eight one one. We need the insurance information for the transport on August fourteenth. Please call eight eight eight, five five five, zero one five zero.",
     "REWRITE", "billing", "voice", "en",
     [("Lakeview Ambulance", "SPECIALTY"), ("L as in Larry, zero zero five eight one one", "ACCOUNT"), ("August fourteenth", "DATE"), ("eight eight eight, five five five, zero one five zero", "PHONE")],
     ["urgent-care", "identifier", "practice-contact"], "Decision 10: an ambulance service name reveals an emergency transport. Decision 5: the account spoken with a phonetic letter is one span."),
    ("cs0043", "This is Meridian Recovery Partners. This is an attempt to collect a debt and any information obtained will be used for that purpose. Please call us at eight five five, five five five, zero one four four.",
     "ALLOW", "billing", "voice", "en",
     [("eight five five, five five five, zero one four four", "PHONE")],
     ["general", "practice-contact"], "A collection agency's 'Recovery' is debt recovery, not substance-use treatment; the sender's own number."),
    ("cs0044", "Hi Ms. Varga, this is Anton with the financial counseling team at Saint Brendan's. I have your estimate ready for the knee replacement on the ninth. Your portion is about two thousand one hundred. Call me back at six one five, five five five, zero one three eight.",
     "REWRITE", "billing", "voice", "en",
     [("Varga", "NAME"), ("Anton", "PROVIDER"), ("knee replacement", "PROCEDURE"), ("ninth", "DATE"), ("six one five, five five five, zero one three eight", "PHONE")],
     ["orthopedics", "practice-contact"], "Name and procedure go; the estimate survives. Decision 3: 'the ninth' is a date element."),
    ("cs0045", "Thank you. Your payment of one hundred twenty-five dollars has been processed. Your confirmation number is eight four seven, two two nine. To make another payment, press 1. Otherwise, you may hang up.",
     "ALLOW", "billing", "voice", "en", [],
     ["general", "hard-negative"], "Decision 6: a payment confirmation number is not an identifier of the patient."),
    ("cs0046", "Hola, este mensaje es para Esperanza Villalobos. Le hablamos de Ortodoncia Brackets Felices sobre el pago mensual de sus frenos. Su pago de ciento veinte dólares venció el cinco de mayo. Llámenos, por favor.",
     "REWRITE", "billing", "voice", "es",
     [("Esperanza Villalobos", "NAME"), ("Ortodoncia Brackets Felices", "SPECIALTY"), ("frenos", "PROCEDURE"), ("cinco de mayo", "DATE")],
     ["dental"], "Name, orthodontic practice and the treatment go. 'cinco de mayo' here is the due date (a DATE), not the holiday."),
    ("cs0047", "Hello. This is an important message from the Patient Financial Services department of Northridge Health System. This message is intended for the person whose name appears on the account. If you are not that person, please hang up now. We are calling about an outstanding balance on your account. You may be eligible for financial assistance or an interest-free payment plan. To pay by phone, press 1. To speak with a financial counselor, press 2. To request an itemized statement, press 3. Para español, oprima el cuatro. You can also pay online at northridgehealth dot example slash pay. Our office hours are Monday through Friday, seven thirty a.m. to six p.m. Thank you.",
     "ALLOW", "billing", "voice", "en",
     [("northridgehealth dot example slash pay", "URL")],
     ["general", "practice-contact"], "Generic balance IVR; decision 14: the system's own spoken web address is a URL span, ALLOW."),
    ("cs0048", "Hi, this is Pam in billing at Coastal Women's Health. Your claim for the June twelfth visit was denied because the diagnosis code for the abnormal Pap wasn't on file. We resubmitted it with the HPV code, so you don't need to do anything. Call with questions.",
     "BLOCK", "billing", "voice", "en",
     [("Pam", "PROVIDER"), ("Coastal Women's Health", "SPECIALTY"), ("June twelfth", "DATE"), ("abnormal", "RESULT"), ("Pap", "PROCEDURE"), ("HPV", "CONDITION")],
     ["reproductive"], "A billing call whose explanation is the finding and diagnosis."),
)

# ---------------------------------------------------------------- batch 5 (cs0049-cs0060): live staff voicemails
add(
    ("cs0049", "Hi, this is Jess calling from Dr. Moreno's office. Just wanted to let you know your forms are ready to pick up at the front desk. We're open till five. Have a good one!",
     "ALLOW", "other", "voice", "en",
     [("Jess", "PROVIDER"), ("Dr. Moreno", "PROVIDER")],
     ["primary-care"], "Staff caller and provider only; 'forms' reveals nothing."),
    ("cs0050", "Hi, this message is for Bartholomew Quist, date of birth July nineteenth, nineteen forty-eight. This is Sharon from Evergreen Home Health. Um, we need to move the nurse visit for your wound care this week because our nurse is out, so we'd like to come Thursday instead, between ten and noon. If that doesn't work, give me a call at five zero three, five five five, zero one nine six, that's our scheduling line. Thank you.",
     "BLOCK", "reminder", "voice", "en",
     [("Bartholomew Quist", "NAME"), ("July nineteenth, nineteen forty-eight", "DATE"), ("Sharon", "PROVIDER"), ("Evergreen Home Health", "SPECIALTY"), ("wound care", "PROCEDURE"), ("five zero three, five five five, zero one nine six", "PHONE")],
     ["home-health", "dob", "practice-contact"], "Full date of birth spoken with the name (README: BLOCK). Decision 10: a home-health agency name is specialty-revealing."),
    ("cs0051", "Hey it's Monique from Dr. Acheampong's office, sorry we got disconnected. Call me back at the main line, four oh four, five five five, zero one six one, and just ask for Monique. Thanks.",
     "ALLOW", "other", "voice", "en",
     [("Monique", "PROVIDER"), ("Dr. Acheampong", "PROVIDER"), ("four oh four, five five five, zero one six one", "PHONE"), ("Monique", "PROVIDER", 1)],
     ["primary-care", "practice-contact"], "Staff call-back with the office's main line."),
    ("cs0052", "Hi, this is Dr. Kowalczyk with Pinecrest Psychiatry returning your call. I sent the new prescription for the lamotrigine to your pharmacy. Start with one tablet at night for two weeks, then go up to two. Call if you get a rash.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Dr. Kowalczyk", "PROVIDER"), ("Pinecrest Psychiatry", "SPECIALTY"), ("lamotrigine", "MEDICATION"), ("rash", "CONDITION")],
     ["behavioral-health", "negation"], "Titration instructions. Decision 7: a symptom in a personal warning is CONDITION even though hypothetical."),
    ("cs0053", "Hola, buenas tardes, habla Araceli de la oficina del doctor Quiroga. Le llamo para decirle que ya tenemos los formularios de la escuela firmados. Puede pasar por ellos cuando guste, estamos abiertos hasta las cinco y media.",
     "ALLOW", "other", "voice", "es",
     [("Araceli", "PROVIDER"), ("doctor Quiroga", "PROVIDER")],
     ["primary-care"], "Signed school forms ready; staff caller and provider (decision 1: 'doctor' inside the span)."),
    ("cs0054", "Hi, this is Lorraine from Sunrise Senior Care calling for Dolores's daughter. Your mom had a fall this morning in the dining room. She's okay, the nurse checked her over, but we'd like you to call us back.",
     "BLOCK", "other", "voice", "en",
     [("Lorraine", "PROVIDER"), ("Sunrise Senior Care", "SPECIALTY"), ("Dolores", "NAME"), ("fall", "CONDITION")],
     ["home-health", "third-party"], "An incident about a resident told to her daughter: a third party's health. Decision 10: a senior-care name is specialty-revealing."),
    ("cs0055", "Hi, it's Lucía from Dr. Fenwick's office. Um, your referral to the sleep center went through. They'll call you to schedule the sleep study. Bye.",
     "REWRITE", "other", "voice", "en",
     [("Lucía", "PROVIDER"), ("Dr. Fenwick", "PROVIDER"), ("sleep center", "SPECIALTY"), ("sleep study", "PROCEDURE")],
     ["primary-care"], "The referral destination and test go; 'your referral went through' survives."),
    ("cs0056", "Hello, this is Nurse Practitioner Imogen Hartley at Brightwater Primary Care. I'm calling to follow up on your visit. If you have any questions, please call the nurse line at nine one nine, five five five, zero one four zero. If this is an emergency, hang up and dial nine one one.",
     "ALLOW", "other", "voice", "en",
     [("Nurse Practitioner Imogen Hartley", "PROVIDER"), ("nine one nine, five five five, zero one four zero", "PHONE")],
     ["primary-care", "practice-contact"], "Decision 1: the spelled-out credential is in the PROVIDER span. Decision 2: 'nine one one' is not a phone identifier."),
    ("cs0057", "Hi, this message is for Terrence. This is Alma from the Positive Health Clinic. Just a reminder that your PrEP follow-up and labs are due this month. Call us when you can at two one zero, five five five, zero one one nine.",
     "REWRITE", "recall", "voice", "en",
     [("Terrence", "NAME"), ("Alma", "PROVIDER"), ("Positive Health Clinic", "SPECIALTY"), ("PrEP", "MEDICATION"), ("two one zero, five five five, zero one one nine", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "Name, HIV-revealing clinic name and PrEP go; 'follow-up and labs are due' survives."),
    ("cs0058", "Hey Jordan, it's Beth at Dr. Stroud's office. Your pregnancy test from this morning was positive! Dr. Stroud wants you to start prenatal vitamins and we'll set up your first OB visit. Congrats!",
     "BLOCK", "result", "voice", "en",
     [("Jordan", "NAME"), ("Beth", "PROVIDER"), ("Dr. Stroud", "PROVIDER"), ("pregnancy test", "PROCEDURE"), ("positive", "RESULT"), ("Dr. Stroud", "PROVIDER", 1), ("prenatal vitamins", "MEDICATION"), ("OB", "SPECIALTY")],
     ["reproductive"], "A pregnancy result left on a voicemail, however happy."),
    ("cs0059", "Hi, this is Gideon at Dr. Yusuf's office. The, uh, the paperwork from your employer came in, so if you can call us back we'll go over what they need. Our number is six one five, five five five, zero one zero four. Thanks.",
     "ALLOW", "other", "voice", "en",
     [("Gideon", "PROVIDER"), ("Dr. Yusuf", "PROVIDER"), ("six one five, five five five, zero one zero four", "PHONE")],
     ["primary-care", "practice-contact"], "Employer paperwork without its kind; logistics only."),
    ("cs0060", "This is a message from Summit Medical Supply about your CPAP. The data from your machine shows you've used it about two hours a night, and your insurance requires at least four to keep covering it. Please call us at eight hundred, five five five, zero one three four.",
     "BLOCK", "other", "voice", "en",
     [("CPAP", "PROCEDURE"), ("two hours a night", "RESULT"), ("eight hundred, five five five, zero one three four", "PHONE")],
     ["home-health", "practice-contact"], "Device-use data is a measurement of the patient (compliance result), the point of the call."),
)

# ---------------------------------------------------------------- batch 6 (cs0061-cs0072): IVR boilerplate, broadcasts and look-alikes
add(
    ("cs0061", "Please leave a message after the tone. When you are finished recording, you may hang up or press pound for more options.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "Voicemail prompt."),
    ("cs0062", "If you know your party's extension, you may dial it at any time. For a company directory, press 9.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "Decision 2: an extension without a number is not labelled."),
    ("cs0063", "This is Brookside Medical Group. Our new building extension on the north side is now open, and lab draws have moved to the first floor of the extension, near the Ward Avenue entrance. Parking is free for patients.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative", "broadcast"], "Broadcast about a building wing; 'extension' and 'Ward' in other senses; no street number."),
    ("cs0064", "Hello, this is the Saint Agnes Faith Community Nursing program inviting you to our free blood pressure screening after services this Sunday in the fellowship hall. No appointment needed. Everyone is welcome.",
     "ALLOW", "marketing", "voice", "en", [],
     ["general", "hard-negative", "broadcast"], "Community broadcast of free blood-pressure checks (README: ALLOW, no span); 'Faith' in another sense."),
    ("cs0065", "Due to the snowstorm, all Lakeside Family Medicine offices will open at ten a.m. tomorrow. If your appointment was before ten, we will call you to reschedule. Thank you for your patience.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative", "broadcast"], "Weather delay sent to every patient."),
    ("cs0066", "Hello, this is Marcus Oyelaran calling from Tri-County Community College's nursing program. We're confirming your clinical placement orientation on Monday, August twenty-fourth, at eight a.m. in Room 114 of the Health Sciences extension building.",
     "ALLOW", "confirmation", "voice", "en",
     [("Marcus Oyelaran", "PROVIDER"), ("August twenty-fourth", "DATE")],
     ["general"], "A nursing student's orientation, not care; decision 13: the named caller is labelled PROVIDER (sender). 'clinical placement' and the room number are not clinical or identifying."),
    ("cs0067", "Your call is being transferred to the nurse advice line. If you are having chest pain or trouble breathing, hang up and call nine one one.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative", "negation"], "Decision 7: emergency boilerplate read to every caller is not about the recipient."),
    ("cs0068", "Press 1 for appointments. Press 2 for prescription refills. Press 3 for billing. Press 4 for medical records. Press 5 for the nurse line. Para español, oprima ocho.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "Main menu."),
    ("cs0069", "Hi! This is Harmony Health with a quick message: our walk-in urgent care is now open seven days a week, eight a.m. to eight p.m. No appointment needed. Have a healthy week!",
     "ALLOW", "marketing", "voice", "en", [],
     ["urgent-care", "hard-negative", "broadcast"], "Broadcast about a service offered to everyone; says nothing about the recipient."),
    ("cs0070", "Este es un mensaje automatizado de Clínica Familiar Los Álamos. Debido al día festivo, la clínica estará cerrada el lunes. Si tiene una emergencia, llame al nueve uno uno. Gracias por su paciencia.",
     "ALLOW", "other", "voice", "es", [],
     ["general", "hard-negative", "broadcast"], "Holiday closure; 'nueve uno uno' is not a phone identifier."),
    ("cs0071", "Hi, this is Positive Outcomes Billing Solutions returning your call about your statement. Please call back at seven seven three, five five five, zero one two seven, option two.",
     "ALLOW", "billing", "voice", "en",
     [("seven seven three, five five five, zero one two seven", "PHONE")],
     ["general", "practice-contact"], "'Positive' is part of a billing vendor's name, not a result; the vendor's own number."),
    ("cs0072", "To leave a message for Dr. Ferreira's nurse, press 1. Please include your name, date of birth, and a call-back number. Messages left after four p.m. will be returned the next business day.",
     "ALLOW", "other", "voice", "en",
     [("Dr. Ferreira", "PROVIDER")],
     ["primary-care"], "Asks for name and DOB but says none."),
)

# ---------------------------------------------------------------- batch 7 (cs0073-cs0084): Spanish voicemails and IVR
add(
    ("cs0073", "Hola, le llama Rebeca de Clínica Esperanza para la Mujer. Es para recordarle su cita para el ultrasonido del embarazo el viernes veintisiete de marzo a las once. Tómese un litro de agua una hora antes y no vaya al baño. Gracias.",
     "REWRITE", "reminder", "voice", "es",
     [("Rebeca", "PROVIDER"), ("Clínica Esperanza para la Mujer", "SPECIALTY"), ("ultrasonido del embarazo", "PROCEDURE"), ("veintisiete de marzo", "DATE")],
     ["reproductive"], "Women's clinic name and the pregnancy ultrasound go; date and time survive. Decision 8: drinking water before the scan is generic prep, not a dosing instruction."),
    ("cs0074", "Mensaje para Julio César Arriaga, fecha de nacimiento doce de enero de mil novecientos sesenta y uno. Le llamamos del laboratorio Diagnóstica del Valle. Su muestra de orina no se pudo procesar y tiene que regresar a dar otra muestra. Gracias.",
     "BLOCK", "other", "voice", "es",
     [("Julio César Arriaga", "NAME"), ("doce de enero de mil novecientos sesenta y uno", "DATE"), ("muestra de orina", "PROCEDURE")],
     ["lab", "dob"], "Full date of birth spoken with the name (README: BLOCK); a generic lab name is not labelled."),
    ("cs0075", "Buenas tardes, habla la doctora Mireya Cantú. Don Refugio, los análisis salieron bien, el colesterol ya está en ciento ochenta. Siga con la atorvastatina igual y nos vemos en seis meses.",
     "BLOCK", "result", "voice", "es",
     [("doctora Mireya Cantú", "PROVIDER"), ("Refugio", "NAME"), ("bien", "RESULT"), ("colesterol", "PROCEDURE"), ("ciento ochenta", "RESULT"), ("atorvastatina", "MEDICATION")],
     ["primary-care"], "Decision 15: 'salieron bien' is a normal result; plus a value and a medication instruction."),
    ("cs0076", "Farmacias del Río Express le informa: su medicamento metformina de ochocientos cincuenta miligramos está listo. Número de receta: cuatro, cinco, ocho, dos, nueve, uno. Para confirmar que pasará hoy, oprima uno.",
     "REWRITE", "pickup", "voice", "es",
     [("metformina de ochocientos cincuenta miligramos", "MEDICATION"), ("cuatro, cinco, ocho, dos, nueve, uno", "OTHER_ID")],
     ["pharmacy", "identifier"], "Drug with its spoken strength and the spoken Rx number go; the pickup notice survives."),
    ("cs0077", "Thank you for calling Valle Verde Health Center. For English, press one. Para español, oprima dos. Pou kreyòl, peze twa.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "Trilingual language menu."),
    ("cs0078", "Hola, este es un mensaje de Salud Mental Nuevo Amanecer para Ximena. Su sesión de terapia del martes cambió a las cuatro de la tarde. Si no puede venir, avísenos al cinco cinco cinco, cero uno ocho uno.",
     "REWRITE", "reminder", "voice", "es",
     [("Salud Mental Nuevo Amanecer", "SPECIALTY"), ("Ximena", "NAME"), ("terapia", "PROCEDURE"), ("cinco cinco cinco, cero uno ocho uno", "PHONE")],
     ["behavioral-health", "practice-contact"], "Mental-health practice name, name and therapy go; the time change survives."),
    ("cs0079", "Señora Pacheco, le habla la enfermera Dulce de Pediatría Arcoíris. La prueba de su hijo Emiliano salió positiva para influenza. El doctor le mandó Tamiflu a su farmacia; déselo dos veces al día por cinco días.",
     "BLOCK", "result", "voice", "es",
     [("Pacheco", "NAME"), ("enfermera Dulce", "PROVIDER"), ("Pediatría Arcoíris", "SPECIALTY"), ("Emiliano", "NAME"), ("positiva", "RESULT"), ("influenza", "CONDITION"), ("Tamiflu", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A child's result and dosing told to the parent."),
    ("cs0080", "Hola, habla Gerardo de Ortopedia Integral del Norte. Llamo para el señor Fausto Lizárraga, eso es L-I-Z-A-R-R-A-G-A. Necesitamos su número de póliza del seguro para autorizar la resonancia de la rodilla. Llámenos cuando pueda.",
     "REWRITE", "other", "voice", "es",
     [("Gerardo", "PROVIDER"), ("Ortopedia Integral del Norte", "SPECIALTY"), ("Fausto Lizárraga", "NAME"), ("L-I-Z-A-R-R-A-G-A", "NAME"), ("resonancia de la rodilla", "PROCEDURE")],
     ["orthopedics"], "Decision 4: the spelled surname is a second NAME span (not `spaced`). Orthopedic name and the MRI go; 'we need your policy number' survives."),
    ("cs0081", "Su llamada es muy importante para nosotros. Por favor, permanezca en la línea. Esta llamada puede ser grabada para fines de calidad y capacitación.",
     "ALLOW", "other", "voice", "es", [],
     ["general", "hard-negative"], "Hold message."),
    ("cs0082", "Buenos días, le habla Patricia del departamento de facturación de Clínica San Judas. Le llamamos por un asunto de su cuenta. Por favor regrese la llamada al tres uno dos, cinco cinco cinco, cero uno cuatro dos, extensión doscientos diez. Que tenga buen día.",
     "ALLOW", "billing", "voice", "es",
     [("Patricia", "PROVIDER"), ("tres uno dos, cinco cinco cinco, cero uno cuatro dos", "PHONE")],
     ["general", "practice-contact"], "Billing call-back with the clinic's number; decision 2: the extension stays outside."),
    ("cs0083", "Hola. Este es un mensaje automatizado del Centro de Imágenes Mamarias Santa Clara para recordarle su mamografía de detección programada para el jueves dos de abril a las ocho y cuarenta de la mañana. Por favor, llegue quince minutos antes. El día de su cita, no use desodorante, talco ni crema debajo de los brazos ni en el pecho. Traiga su tarjeta de seguro y una identificación con foto. Si necesita cambiar su cita, llame al seis dos seis, cinco cinco cinco, cero uno seis cuatro. Para confirmar su cita, oprima uno. Para cancelar, oprima dos. Para escuchar este mensaje otra vez, oprima nueve. For English, press eight. Gracias.",
     "REWRITE", "reminder", "voice", "es",
     [("Centro de Imágenes Mamarias Santa Clara", "SPECIALTY"), ("mamografía de detección", "PROCEDURE"), ("dos de abril", "DATE"), ("seis dos seis, cinco cinco cinco, cero uno seis cuatro", "PHONE")],
     ["imaging", "practice-contact"], "Breast-imaging name and the screening mammogram go; decision 8: the no-deodorant prep is generic logistics once the test is gone."),
    ("cs0084", "Mensaje de Cuidado en Casa Bienestar: la enfermera Noemí llegará mañana entre las nueve y las once para la visita de rutina. Si no va a estar en casa, llame al cinco cinco cinco, cero uno tres seis.",
     "REWRITE", "reminder", "voice", "es",
     [("Cuidado en Casa Bienestar", "SPECIALTY"), ("enfermera Noemí", "PROVIDER"), ("cinco cinco cinco, cero uno tres seis", "PHONE")],
     ["home-health", "practice-contact"], "Decision 10: a home-care agency name reveals home health; the visit window survives."),
)

# ---------------------------------------------------------------- batch 8 (cs0085-cs0096): disguised scripts, long voicemails, spoken identifiers
add(
    ("cs0085", "This is a reminder for your c h e m o infusion on Thursday at nine. Please allow four hours. Press 1 to confirm.",
     "REWRITE", "reminder", "voice", "en",
     [("c h e m o infusion", "PROCEDURE")],
     ["oncology", "spaced"], "Spaced letters in a TTS script (disguise); the treatment goes, weekday and time survive."),
    ("cs0086", "Hi, this is Maple Ridge Pharmacy. Your Sub\u200boxone refill is ready for pickup. Please bring a photo ID.",
     "REWRITE", "pickup", "voice", "en",
     [("Sub\u200boxone", "MEDICATION")],
     ["pharmacy", "substance-use"], "A zero-width space inside the drug name (disguise); the pickup survives without it."),
    ("cs0087", "Hello, this is Northshore \u041encology Group calling to confirm your appointment on Friday, May eighth, at one thirty. Press 1 to confirm.",
     "REWRITE", "confirmation", "voice", "en",
     [("Northshore \u041encology Group", "SPECIALTY"), ("May eighth", "DATE")],
     ["oncology"], "Cyrillic capital O in 'Oncology' (confusable disguise); the practice name reveals the specialty."),
    ("cs0088", "Automated call script (TTS): Hello, this is Clear Path Clinic. Because of the holiday, your m3thad0ne dosing window tomorrow will be seven to nine a.m. Press 1 if you will be there.",
     "REWRITE", "reminder", "voice", "en",
     [("m3thad0ne", "MEDICATION")],
     ["substance-use", "leet"], "Leet-spelled drug in a script; a schedule change for the window (no dose given), so removing the drug leaves logistics. 'Clear Path Clinic' does not reveal the service."),
    ("cs0089", "Hi, this message is for Mr. Augustin Beaulieu. This is Carla, one of the nurses at Harborview Cardiology, calling on behalf of Dr. Mensah. Um, so Dr. Mensah looked at your Holter monitor from last week, and it did show some episodes of atrial fibrillation, mostly at night. He'd like you to start apixaban five milligrams twice a day, and we sent that to the Corner Drug on Division. He also wants an echo in the next couple of weeks, and the scheduler will call you for that. If you have any chest pain or shortness of breath, or you feel faint, call nine one one. Otherwise, call us back at three one two, five five five, zero one one eight, option three for the nurses. Again, that's three one two, five five five, zero one one eight. Thanks, Mr. Beaulieu, talk soon.",
     "BLOCK", "result", "voice", "en",
     [("Augustin Beaulieu", "NAME"), ("Carla", "PROVIDER"), ("Harborview Cardiology", "SPECIALTY"), ("Dr. Mensah", "PROVIDER"), ("Dr. Mensah", "PROVIDER", 1),
      ("Holter monitor", "PROCEDURE"), ("atrial fibrillation", "CONDITION"), ("apixaban five milligrams", "MEDICATION"), ("echo", "PROCEDURE"),
      ("chest pain", "CONDITION"), ("shortness of breath", "CONDITION"), ("feel faint", "CONDITION"),
      ("three one two, five five five, zero one one eight", "PHONE"), ("three one two, five five five, zero one one eight", "PHONE", 1), ("Beaulieu", "NAME", 1)],
     ["cardiology", "practice-contact"], "Finding, diagnosis and a new drug with dosing on a voicemail. Decision 7: warning symptoms in a personal message are CONDITION."),
    ("cs0090", "Ngozi, your hemoglobin A1c from Tuesday is 8.4%, up from 7.9%. Dr. Lang would like to add Jardiance 10 mg once daily; it has been sent to your pharmacy. Please reply here with any questions.",
     "ALLOW", "result", "portal", "en",
     [("Ngozi", "NAME"), ("hemoglobin A1c", "PROCEDURE"), ("8.4%", "RESULT"), ("7.9%", "RESULT"), ("Dr. Lang", "PROVIDER"), ("Jardiance 10 mg", "MEDICATION")],
     ["primary-care", "contrast"], "Contrast with cs0024 (voice, BLOCK): inside the secure portal results, doses and names may stay (README)."),
    ("cs0091", "Hello, this message is for the family of Winifred Ashby. This is Paul, the chaplain at Mercy Ridge Hospice. I wanted to let you know that Winifred passed peacefully this afternoon, with her daughter at her side. Please call us at your convenience at four one five, five five five, zero one seven two.",
     "BLOCK", "other", "voice", "en",
     [("Winifred Ashby", "NAME"), ("Paul", "PROVIDER"), ("Mercy Ridge Hospice", "SPECIALTY"), ("Winifred", "NAME", 1), ("passed peacefully", "RESULT"), ("four one five, five five five, zero one seven two", "PHONE")],
     ["home-health", "third-party", "practice-contact"], "Decision 11: a death told to the family is a RESULT about a third party, BLOCK. Decision 13: the chaplain caller is PROVIDER."),
    ("cs0092", "Hi, this is Bernadette from Oak Hollow Primary Care calling for Mr. Ignatius Foley. Happy early ninety-fourth birthday from all of us! We'd also like to get your yearly check-up on the calendar. Call us at two four eight, five five five, zero one one six.",
     "REWRITE", "recall", "voice", "en",
     [("Bernadette", "PROVIDER"), ("Ignatius Foley", "NAME"), ("ninety-fourth", "AGE"), ("two four eight, five five five, zero one one six", "PHONE")],
     ["primary-care", "age-over-89", "practice-contact"], "Name and an age over 89 (the ordinal, README) go; the generic check-up recall survives."),
    ("cs0093", "Hi, this is Fernwood Medical Associates. We're updating our records and have your cell as seven oh four, five five five, zero one eight eight. If that's not right, please call the front desk at seven oh four, five five five, zero one zero one.",
     "REWRITE", "other", "voice", "en",
     [("seven oh four, five five five, zero one eight eight", "PHONE"), ("seven oh four, five five five, zero one zero one", "PHONE")],
     ["general", "practice-contact"], "Decision 16: the patient's own number read back is an identifier that need not be sent; the practice's number stays."),
    ("cs0094", "Hi, this is Renee in registration at Westbrook Medical Center. For your admission paperwork, can you confirm your social security number is zero seven eight, zero five, one one two zero? Call me back at two one four, five five five, zero one five nine.",
     "BLOCK", "other", "voice", "en",
     [("Renee", "PROVIDER"), ("zero seven eight, zero five, one one two zero", "SSN"), ("two one four, five five five, zero one five nine", "PHONE")],
     ["general", "identifier", "practice-contact"], "An SSN spoken digit by digit on a voicemail must never travel (specimen number)."),
    ("cs0095", "This is Riverside Imaging Center with a message for medical record number zero zero four four, seven one nine, two. Your ultrasound is scheduled for Tuesday, January twentieth, at seven a.m.",
     "REWRITE", "reminder", "voice", "en",
     [("Riverside Imaging Center", "SPECIALTY"), ("zero zero four four, seven one nine, two", "MRN"), ("ultrasound", "PROCEDURE"), ("January twentieth", "DATE")],
     ["imaging", "identifier"], "Imaging name, spoken MRN and the test go; date and time survive."),
    ("cs0096", "Hi, this is Kayla with Bluewater Health Plan care coordination. I'm calling for member ID B as in boy, X as in x-ray, seven seven three, four zero two, nine one. We'd like to help you schedule your diabetic eye exam, which is due this year. Call eight five five, five five five, zero one six six.",
     "REWRITE", "recall", "voice", "en",
     [("Kayla", "PROVIDER"), ("B as in boy, X as in x-ray, seven seven three, four zero two, nine one", "HEALTH_PLAN_ID"), ("diabetic eye exam", "PROCEDURE"), ("eight five five, five five five, zero one six six", "PHONE")],
     ["ophthalmology", "identifier", "practice-contact"], "Decision 5: a member ID with phonetic letters is one span ('x-ray' is a phonetic word, not a test). The condition-named exam goes; the outreach survives."),
)

# ---------------------------------------------------------------- batch 9 (cs0097-cs0108): SSML, transcripts, speech-to-text, spoken links
add(
    ("cs0097", "<speak>Hello. This is Cedar Valley Clinic. Your appointment with Dr. Lindgren is on <say-as interpret-as=\"date\" format=\"md\">4/16</say-as> at <say-as interpret-as=\"time\">9:30am</say-as>. <break time=\"500ms\"/> Press 1 to confirm, or press 2 to speak with our scheduling team.</speak>",
     "ALLOW", "confirmation", "voice", "en",
     [("Dr. Lindgren", "PROVIDER"), ("4/16", "DATE")],
     ["primary-care"], "SSML markup around an allowed provider, date and time."),
    ("cs0098", "<speak>This is a reminder from Clearwater Dialysis. Your chair time changes to <say-as interpret-as=\"time\">5:45am</say-as> starting Monday. <break time=\"300ms\"/> Para español, oprima dos.</speak>",
     "REWRITE", "reminder", "voice", "en",
     [("Clearwater Dialysis", "SPECIALTY")],
     ["dialysis"], "The dialysis centre's name reveals the treatment; the schedule change survives."),
    ("cs0099", "Hi, this is Dr. Rana Chaudhry calling for Felix. Felix, I got your message about the cough. Since you're on lisinopril, that can cause a dry cough, so let's switch you to losartan fifty milligrams once a day. I sent it in. Call me if it doesn't get better in a couple of weeks.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Dr. Rana Chaudhry", "PROVIDER"), ("Felix", "NAME"), ("Felix", "NAME", 1), ("cough", "CONDITION"), ("lisinopril", "MEDICATION"), ("dry cough", "CONDITION"), ("losartan fifty milligrams", "MEDICATION")],
     ["primary-care"], "A medication switch with dosing and the symptom behind it."),
    ("cs0100", "New voicemail from (617) 555-0142 (Greenleaf Family Medicine), 0:38:\n\"Hi, this is Nadia from Greenleaf Family Medicine calling to remind you about your appointment Thursday at 2:15 with Dr. Obi. Call us if you need to change it. Bye.\"\nThis transcription was generated automatically and may contain errors.",
     "ALLOW", "reminder", "email", "en",
     [("(617) 555-0142", "PHONE"), ("Nadia", "PROVIDER"), ("Dr. Obi", "PROVIDER")],
     ["primary-care", "practice-contact"], "Decision 18: a voicemail-to-e-mail transcript is channel email; the caller ID is the practice's number."),
    ("cs0101", "Voicemail transcript: hi this is Dana from Kessler Pharmacy your met foreman is ready for pick up we close at nine tonight thank you",
     "REWRITE", "pickup", "voice", "en",
     [("Dana", "PROVIDER"), ("met foreman", "MEDICATION")],
     ["pharmacy", "typo"], "Decision 9: 'met foreman' is speech-to-text for metformin, labelled MEDICATION; the pickup survives."),
    ("cs0102", "To view your statement, visit pay dot riverbendhealth dot example slash s slash seven K nine Q two. That's pay dot riverbendhealth dot example slash s slash seven K nine Q two. Thank you.",
     "REWRITE", "billing", "voice", "en",
     [("pay dot riverbendhealth dot example slash s slash seven K nine Q two", "URL"), ("pay dot riverbendhealth dot example slash s slash seven K nine Q two", "URL", 1)],
     ["general"], "Decision 14: a spoken short link ending in a token is patient-specific, like a link with a token parameter."),
    ("cs0103", "Hello, this is Dr. Whitfield's office at Aspen Dermatology. Your Mohs surgery is confirmed for Wednesday, October seventh, at seven thirty a.m. Plan to be here most of the day and bring a driver.",
     "REWRITE", "confirmation", "voice", "en",
     [("Dr. Whitfield", "PROVIDER"), ("Aspen Dermatology", "SPECIALTY"), ("Mohs surgery", "PROCEDURE"), ("October seventh", "DATE")],
     ["dermatology"], "Dermatology name and the named procedure go; decision 8: 'bring a driver' is logistics."),
    ("cs0104", "Hi, this message is for Annika. It's Leah from Dr. Soto's office. Your paperwork for the surgery center is done, so you're all set for the twelfth. Arrive at six, nothing to eat after midnight, and take your blood pressure pill that morning with a sip of water but skip the metformin.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Annika", "NAME"), ("Leah", "PROVIDER"), ("Dr. Soto", "PROVIDER"), ("twelfth", "DATE"), ("blood pressure pill", "MEDICATION"), ("metformin", "MEDICATION")],
     ["primary-care"], "Decision 8: the fasting line alone would be logistics, but take-this/skip-that medication instructions are dosing, BLOCK. Decision 3: 'the twelfth' is a date element."),
    ("cs0105", "This is the automated results line for Pacific Diagnostic Lab. Patient: Oren Blum. Test: hepatitis C antibody. Result: reactive. A confirmatory test has been ordered. Please contact your provider.",
     "BLOCK", "result", "voice", "en",
     [("Oren Blum", "NAME"), ("hepatitis C antibody", "PROCEDURE"), ("reactive", "RESULT")],
     ["lab"], "A result read out with the patient's name."),
    ("cs0106", "Thank you for choosing Lakeside Family Medicine. After this call, you may be asked to complete a short survey. We hope your experience today was a positive one. Press 1 to begin the survey.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative"], "'positive' as in a good experience, not a result."),
    ("cs0107", "This is a test of the Brookfield Clinic emergency notification system. This is only a test. No action is needed.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "hard-negative", "broadcast"], "'test' of a notification system, not a medical test."),
    ("cs0108", "Hola, le hablamos de Pediatría Los Pinos para recordarle que a Valentina ya le tocan sus vacunas de los cuatro años. Llámenos para hacer la cita. ¡Que tenga buen día!",
     "REWRITE", "recall", "voice", "es",
     [("Pediatría Los Pinos", "SPECIALTY"), ("Valentina", "NAME"), ("vacunas", "PROCEDURE")],
     ["pediatrics", "minor"], "A dependent's routine vaccines with a name: REWRITE like the patient's own."),
)

# ---------------------------------------------------------------- batch 10 (cs0109-cs0120): mixed voicemails, long scripts, Faith Ward as a patient
add(
    ("cs0109", "Hola Marisol, habla la licenciada Ochoa del programa Vida Nueva. Tu prueba de orina del lunes salió positiva a cocaína. Necesitamos hablar antes de tu próxima consulta, ¿ok? Llámame.",
     "BLOCK", "result", "voice", "es",
     [("Marisol", "NAME"), ("licenciada Ochoa", "PROVIDER"), ("prueba de orina", "PROCEDURE"), ("positiva", "RESULT"), ("cocaína", "MEDICATION")],
     ["substance-use"], "A drug-screen result (substance labelled MEDICATION, README) on a voicemail; 'Vida Nueva' alone does not reveal the service."),
    ("cs0110", "Hola, buenas, habla Yesenia de Consultorio Médico Familiar Hidalgo. Le llamo para recordarle su cita de mañana a las diez y cuarto con el doctor Benítez. Si no puede venir, por favor avísenos. Gracias.",
     "ALLOW", "reminder", "voice", "es",
     [("Yesenia", "PROVIDER"), ("doctor Benítez", "PROVIDER")],
     ["primary-care"], "Generic practice, staff caller, provider and time."),
    ("cs0111", "Ha llamado a la línea de enfermería. Deje su nombre, su fecha de nacimiento y un número de teléfono después del tono, y le regresaremos la llamada antes del fin del día.",
     "ALLOW", "other", "voice", "es", [],
     ["general", "hard-negative"], "Nurse-line greeting asking for details but giving none."),
    ("cs0112", "Hi, this is Orla at the front desk of Lakeshore Physical Therapy. Your plan of care has three visits left before we need a new referral from your doctor. Give us a shout at five zero three, five five five, zero one zero seven so we can get that started.",
     "REWRITE", "other", "voice", "en",
     [("Orla", "PROVIDER"), ("Lakeshore Physical Therapy", "SPECIALTY"), ("five zero three, five five five, zero one zero seven", "PHONE")],
     ["physical-therapy", "practice-contact"], "The PT practice name is specialty-revealing (README); the visit count and referral request survive."),
    ("cs0113", "This is a call for Ambrose Kettleby. Please call Dr. Nair's office at your earliest convenience about your abnormal EKG from Monday. Thank you.",
     "BLOCK", "result", "voice", "en",
     [("Ambrose Kettleby", "NAME"), ("Dr. Nair", "PROVIDER"), ("abnormal", "RESULT"), ("EKG", "PROCEDURE")],
     ["cardiology"], "A finding ('abnormal EKG') named in a call-back request."),
    ("cs0114", "Hi, this message is for Cornelius Abernathy. This is Tasha from Midtown GI Associates calling about your colonoscopy with Dr. Varghese on Friday, February sixth. Um, I wanted to go over your prep, since you said the instructions never came in the mail. The day before, clear liquids only, nothing red or purple. At three p.m. take two Dulcolax tablets, and at five p.m. start drinking the MiraLAX mixed in the Gatorade, eight ounces every fifteen minutes until half is gone. The morning of, drink the other half five hours before your arrival time, then nothing at all by mouth. You'll need a driver, we can't let you leave in a cab alone. Any questions, call me back at four one two, five five five, zero one four nine. Again, that's four one two, five five five, zero one four nine. Thanks, bye.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Cornelius Abernathy", "NAME"), ("Tasha", "PROVIDER"), ("Midtown GI Associates", "SPECIALTY"), ("colonoscopy", "PROCEDURE"), ("Dr. Varghese", "PROVIDER"), ("February sixth", "DATE"), ("prep", "PROCEDURE"),
      ("Dulcolax tablets", "MEDICATION"), ("MiraLAX", "MEDICATION"), ("four one two, five five five, zero one four nine", "PHONE"), ("four one two, five five five, zero one four nine", "PHONE", 1)],
     ["general", "practice-contact"], "Decision 8: bowel-prep drugs with times and amounts are dosing instructions, BLOCK. Decision 19: 'Dulcolax tablets' is one span."),
    ("cs0115", "Thank you for calling Oakridge Family Health. If this is a medical emergency, please hang up and dial nine one one. Our office is located at four twenty-two Linden Avenue, Suite two hundred, Mapleton, Ohio. Our hours are Monday through Friday, eight a.m. to five p.m., and Saturday mornings from nine to noon. To schedule, change or cancel an appointment, press 1. For prescription refills, press 2. For billing questions, press 3. To reach a nurse, press 4. To send us records, our fax number is two four eight, five five five, zero one one seven. You can also visit us online at oakridgefamily dot example. Para español, oprima el nueve. To hear these options again, press star.",
     "ALLOW", "other", "voice", "en",
     [("four twenty-two Linden Avenue, Suite two hundred, Mapleton, Ohio", "ADDRESS"), ("two four eight, five five five, zero one one seven", "FAX"), ("oakridgefamily dot example", "URL")],
     ["general", "practice-contact"], "Main greeting with the practice's own spoken address, fax and web site (README: labelled, ALLOW)."),
    ("cs0116", "Hi, this is an automated reminder from Cypress Grove Medical. You are due for your Medicare annual wellness visit. Please call us to schedule, or press 1 to be connected now.",
     "REWRITE", "recall", "voice", "en",
     [("Medicare annual wellness", "PROCEDURE")],
     ["primary-care"], "README: 'Medicare wellness' is a revealing visit type (age, coverage); the generic recall survives."),
    ("cs0117", "Hello, this message is for Faith Ward. Faith, this is Dr. Lin's office at Westgate Medical. Please call us back about scheduling. Thank you.",
     "REWRITE", "other", "voice", "en",
     [("Faith Ward", "NAME"), ("Faith", "NAME", 1), ("Dr. Lin", "PROVIDER")],
     ["general", "contrast"], "Contrast with cs0007: here Faith Ward is the patient, so the name goes."),
    ("cs0118", "Hi, this is Dr. Greaves at Lakeside Urgent Care. I'm trying to reach Hector's wife. Hector's x-ray shows a fracture in his left wrist, so he'll need to see orthopedics this week. Please have him call us.",
     "BLOCK", "result", "voice", "en",
     [("Dr. Greaves", "PROVIDER"), ("Lakeside Urgent Care", "SPECIALTY"), ("Hector", "NAME"), ("Hector", "NAME", 1), ("x-ray", "PROCEDURE"), ("fracture", "CONDITION"), ("orthopedics", "SPECIALTY")],
     ["urgent-care", "third-party"], "A finding about the husband left for his wife: third party's health."),
    ("cs0119", "Hi, this is Priscilla with Ridgeline Heart Rhythm Center. Your last remote transmission showed your pacemaker battery is getting low, so Dr. Amadi wants to schedule a generator change in the next month. Please call us to set that up.",
     "BLOCK", "result", "voice", "en",
     [("Priscilla", "PROVIDER"), ("Ridgeline Heart Rhythm Center", "SPECIALTY"), ("remote transmission", "PROCEDURE"), ("pacemaker", "PROCEDURE"), ("battery is getting low", "RESULT"), ("Dr. Amadi", "PROVIDER"), ("generator change", "PROCEDURE")],
     ["cardiology"], "A device-check finding and the procedure it leads to."),
    ("cs0120", "Hi, it's Dr. Abernethy's office. Your strep test was negative. Feel better!",
     "BLOCK", "result", "voice", "en",
     [("Dr. Abernethy", "PROVIDER"), ("strep test", "PROCEDURE"), ("negative", "RESULT")],
     ["primary-care"], "Short, but a negative result is still a result (README)."),
)

probe_lib.run(M, "cs", "probe94.jsonl")
