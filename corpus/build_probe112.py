#!/usr/bin/env python3
"""Build corpus/probe112.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe112.py [OUT] [-v]   (default: probe112.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only); the engine was
not run and no other corpus's messages were read.

This round is TEMPLATES WITH MERGE FIELDS AND PLACEHOLDERS: the message templates that practices,
EHR vendors and messaging platforms store and lint before sending — merge fields in many syntaxes
({{first_name}}, ${apptDate}, [PATIENT NAME], %PROVIDER%, <<Location>>, {patient.dob},
*|FNAME|*, {0}, %s, Liquid/Jinja {% if %} and Handlebars {{#if}} blocks), fallbacks
("{{first_name|there}}"), partly rendered templates and staff quick-texts, templates whose fixed
text or fields would carry clinical content (diagnoses, results, drugs, procedures) next to
templates that are safe because their fields hold only a time, a place or the practice's own
details, and look-alikes (curly braces in prices, "[sic]", lab flags in brackets, e-mail footers
with {unsubscribe}, hashtags, a literal "{{" in a vendor's help text, Liquid date filters).
About 17% Spanish; four disguised messages (spaced letters, leet, Cyrillic look-alikes, zero-width).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Placeholders are never labelled (README). A placeholder is judged by what it would insert:
     fields that hold only logistics (date, time, location or practice name, provider, the
     practice's phone, booking/unsubscribe/privacy-notice links, a one-time code, an amount due)
     add nothing, so a template made only of them and neutral text is ALLOW.
  2. The README leaves templates whose fields would carry patient data ({{first_name}},
     [PATIENT NAME], {patient.dob}, [MEDICATION], ${labResult}, {{rx_number}}, per-patient links)
     out of the corpus, because no span can carry them. This round needs them, so they appear
     only where the FIXED text already decides the verdict at least as strictly as the field
     would (a literal procedure, drug, specialty name, finding, or a partly rendered name/DOB);
     no row has a data-carrying placeholder as its only risk. Exception: on the portal channel,
     where names, results and doses may stay (README), such templates are ALLOW.
  3. A template whose fixed text names a test or announces a value slot and states a flag or
     finding ("Value: ${labResult} (flag: HIGH)") is BLOCK: its purpose is the result itself.
  4. Conditional blocks: the fixed text of every branch may be sent, so every branch is labelled
     and the strictest branch decides. Condition expressions ({{#if neg}}, {% if a1c > 9 %}) are
     logic that is never sent and are not labelled.
  5. A fallback inside a placeholder is fixed text that is sent when the field is empty: a
     generic fallback ("there", "paciente", "our office", "control") is not labelled; a clinical
     fallback ({{visit_type|prenatal}}) is labelled like any other text.
  6. A field NAME that contains a clinical word ({{prep_followup_date}}) is not labelled and does
     not change the verdict: the name never reaches the patient, only the date it holds.
  7. Lab flags in brackets ("0.2 [L]") are RESULT spans, not placeholders, although they look
     like the [Field] syntax.
  8. Awareness hashtags and practice-wide campaigns (#BreastCancerAwarenessMonth) are broadcasts:
     ALLOW with no span, like "flu shots available".
  9. A vendor's help text to practice staff about template syntax (a literal "{{") is judged like
     any other message: ALLOW.
 10. A campaign sent to a condition-defined segment ("because you're part of our asthma care
     program") reveals the recipient's condition: REWRITE (the invitation survives), and the
     offered service is then the recipient's own (PROCEDURE).
 11. A staff sender named by first name in a template ("this is Lupita from the front desk",
     "Nurse Carla") is PROVIDER; a substance-use "counselor" is SPECIALTY like "consejero".
 12. Service tags where none fits: GI endoscopy, sleep and memory clinics -> primary-care or
     general; hearing/audiology -> general (as build_probe7 did).

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


# ---------------------------------------------------------------- batch 1 (dk0001-dk0012): reminders in many syntaxes
add(
    ("dk0001", "Reminder: you have an appointment at {{location_name}} on {{appt_date}} at {{appt_time}}. Reply C to confirm or R to reschedule. Msg&data rates may apply. Reply STOP to opt out.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Only logistics fields (location, date, time); nothing about the recipient once rendered (decision 1)."),
    ("dk0002", "Hi {{first_name|there}}! Your mammogram at Lakeshore Women's Imaging is on {{appt_date}} at {{appt_time}}. Please arrive 15 minutes early to check in. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("mammogram", "PROCEDURE"), ("Lakeshore Women's Imaging", "SPECIALTY")],
     ["imaging", "reproductive", "template"], "Procedure and imaging-center name go; date and time survive. The name field is decided by the fixed text (decision 2); the fallback 'there' is not a name (decision 5)."),
    ("dk0003", "${practiceName}: Your visit with ${providerName} is confirmed for ${apptDate} at ${apptTime}. Please arrive 15 min early with your insurance card and photo ID.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "template", "hard-negative"], "Practice, provider, date and time fields only (decision 1)."),
    ("dk0004", "[PRACTICE NAME] reminder: [PATIENT NAME], your colonoscopy is scheduled for [APPT DATE] at [APPT TIME]. You will need a driver. Call [PRACTICE PHONE] with questions.",
     "REWRITE", "reminder", "sms", "en",
     [("colonoscopy", "PROCEDURE")],
     ["primary-care", "template"], "The fixed text names the procedure: REWRITE; the patient-name field is covered by that verdict (decision 2)."),
    ("dk0005", "Hi {{patient.first_name}}, your {{test_name}} results are back and are within normal limits. Dr. Okafor says no action is needed - see you at your next physical!",
     "BLOCK", "result", "sms", "en",
     [("within normal limits", "RESULT"), ("Dr. Okafor", "PROVIDER")],
     ["lab", "template"], "The fixed text states the finding; a normal result is still a result (README). The test-name field would only add to it."),
    ("dk0006", "%PRACTICE%: You have a new secure message from %PROVIDER%. Log in to the patient portal to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "template", "hard-negative"], "Notification without PHI; the provider field is allowed by default (decision 1)."),
    ("dk0007", "Dear <<FirstName>>,\n\nThank you for choosing Riverside Cardiology Associates. This email confirms your echocardiogram on <<ApptDate>> at <<ApptTime>> with <<ProviderName>> at our <<LocationName>> office.\n\nPlease bring a photo ID, your insurance card and a list of the medicines you take. Free parking is available on level 2 of the garage; take the B elevator to the 3rd floor.\n\nNeed to reschedule? Call us at (614) 555-0143 at least 24 hours ahead so we can offer your time to someone on our waitlist.\n\nWarm regards,\nPatient Access Team\nRiverside Cardiology Associates\nwww.riversidecardio.example.com",
     "REWRITE", "confirmation", "email", "en",
     [("Riverside Cardiology Associates", "SPECIALTY"), ("echocardiogram", "PROCEDURE"), ("(614) 555-0143", "PHONE"),
      ("Riverside Cardiology Associates", "SPECIALTY", 1), ("www.riversidecardio.example.com", "URL")],
     ["cardiology", "practice-contact", "template"], "Cardiology practice name (twice, the signature too) and the test go; the practice's own phone and site stay. Name field covered by the fixed text (decision 2)."),
    ("dk0008", "{{nombre_clinica}}: Le recordamos su cita el {{fecha_cita}} a las {{hora_cita}}. Responda SI para confirmar o NO para cancelar. Gracias.",
     "ALLOW", "reminder", "sms", "es", [],
     ["general", "template", "hard-negative"], "Clinic, date and time fields only (decision 1)."),
    ("dk0009", "{{first_name}}, good news - your skin biopsy came back benign. Dr. Feld will go over the full pathology report at your follow-up on {{appt_date}}. - {{sender_name}}, Dermatology",
     "BLOCK", "result", "sms", "en",
     [("skin biopsy", "PROCEDURE"), ("benign", "RESULT"), ("Dr. Feld", "PROVIDER"), ("Dermatology", "SPECIALTY")],
     ["dermatology", "template"], "A staff quick-text with the finding typed into its fixed text: the result is the message."),
    ("dk0010", "Your appointment is on %s at %s. Reply Y to confirm or N to cancel.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "printf-style date and time slots only (decision 1)."),
    ("dk0011", "*|PRACTICE_NAME|*: Time for your 6-month cleaning & exam, *|FNAME|*! Book online at *|BOOKING_URL|* or reply CALL and we'll ring you.",
     "REWRITE", "recall", "sms", "en",
     [("cleaning", "PROCEDURE")],
     ["dental", "template"], "The dental visit type goes; the recall purpose survives. FNAME is covered by the fixed text (decision 2)."),
    ("dk0012", "Hi {{first_name}}, Dr. Brandt reviewed your home BP log and is increasing your lisinopril to 20 mg once daily starting {{start_date}}. Recheck BP in 2 weeks.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Brandt", "PROVIDER"), ("BP", "PROCEDURE"), ("lisinopril", "MEDICATION"), ("BP", "PROCEDURE", 1)],
     ["primary-care", "cardiology", "template"], "Dosing instruction: the clinical content is the message."),
)

# ---------------------------------------------------------------- batch 2 (dk0013-dk0024): conditional blocks and fallbacks
add(
    ("dk0013", "{{#if new_patient}}Welcome to Bayview Behavioral Health! {{/if}}Your appointment with {{provider}} is {{appt_date}} at {{appt_time}}. {{#if telehealth}}Your video link will be texted 10 minutes before start.{{else}}Please arrive 10 minutes early to complete paperwork.{{/if}}",
     "REWRITE", "reminder", "sms", "en",
     [("Bayview Behavioral Health", "SPECIALTY")],
     ["behavioral-health", "template"], "The new-patient branch names a behavioral-health practice; every branch may be sent, the strictest decides (decision 4). Other fields are logistics."),
    ("dk0014", "{% if appointment.location == 'Eastside' %}Park in Lot B behind the building.{% else %}Free parking on site.{% endif %} See you {{ appointment.date }} at {{ appointment.time }}. - Front Desk",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Jinja branches about parking; the condition names a location, not a patient (decisions 1 and 4)."),
    ("dk0015", "{{#if result_abnormal}}Your recent blood count was abnormal. Please call Dr. Huang's office today at 555-0148.{{else}}Your recent blood count was normal. No action needed.{{/if}}",
     "BLOCK", "result", "sms", "en",
     [("blood count", "PROCEDURE"), ("was [[abnormal]]", "RESULT"), ("Dr. Huang", "PROVIDER"), ("555-0148", "PHONE"),
      ("blood count", "PROCEDURE", 1), ("was [[normal]]", "RESULT")],
     ["lab", "template", "practice-contact"], "Both branches deliver a result (abnormal or normal); the strictest branch decides (decision 4). The condition name is logic, not sent."),
    ("dk0016", "Hola {{nombre|paciente}}, su cita de {{tipo_cita|control}} en Clínica Dermatológica del Valle es el {{fecha}} a las {{hora}}. Favor de traer su identificación y tarjeta del seguro.",
     "REWRITE", "reminder", "sms", "es",
     [("Clínica Dermatológica del Valle", "SPECIALTY")],
     ["dermatology", "template"], "Dermatology clinic name goes. Generic fallbacks 'paciente' and 'control' are not labelled (decision 5); the name field is covered by the fixed text (decision 2)."),
    ("dk0017", "Hi {{first_name}}, your {{visit_type|prenatal}} visit with {{provider}} is on {{appt_date}} at {{appt_time}}. Reply C to confirm, R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("prenatal", "PROCEDURE")],
     ["reproductive", "template"], "Judgement (decision 5): the fallback 'prenatal' is fixed text sent whenever the visit-type field is empty, so it is labelled; remove it and the reminder survives."),
    ("dk0018", "Hey there! Your appointment at {{location_name|our office}} is tomorrow at {{appt_time}}. Text 1 to confirm or 2 to reschedule.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Location field with a generic fallback and a time (decisions 1 and 5); 'there' is a greeting."),
    ("dk0019", "Rapid Testing Center: {{#if neg}}Your HIV test was negative (nonreactive). If you had a possible exposure in the last 3 months, retest in 90 days.{{else}}Please call us at (312) 555-0172 today to talk about your HIV test.{{/if}}",
     "BLOCK", "result", "sms", "en",
     [("HIV test", "PROCEDURE"), ("negative", "RESULT"), ("nonreactive", "RESULT"), ("(312) 555-0172", "PHONE"), ("HIV test", "PROCEDURE", 1)],
     ["hiv-sexual-health", "template", "practice-contact"], "The first branch is a (negative) HIV result, the second names the test; strictest branch decides (decision 4)."),
    ("dk0020", "Hi {{patient_first_name}}, your {{test_name}} result is now available: {{result_value}} {{units}} (reference range {{ref_range}}). {{provider_name}} added a note: {{provider_comment}}",
     "ALLOW", "result", "portal", "en", [],
     ["lab", "template", "contrast"], "Portal channel: names, results and comments may stay inside the secure portal (README), so the data fields are fine here (decision 2)."),
    ("dk0021", "{{practice_name}}: Reminder - {{patient_first_name}}'s flu shot appointment is tomorrow at {{appt_time}}. Tap to confirm.",
     "REWRITE", "reminder", "push", "en",
     [("flu shot", "PROCEDURE")],
     ["primary-care", "template"], "The recipient's own flu-shot appointment is REWRITE (README); push is treated like SMS; the dependent's name field is covered by the fixed text (decision 2)."),
    ("dk0022", "<<PatientName>>, per Dr. Ostrowski: stop your warfarin 5 days before your procedure on <<ProcDate>>. Do not restart until our nurse calls you.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Ostrowski", "PROVIDER"), ("warfarin", "MEDICATION")],
     ["primary-care", "template"], "Medication instruction (hold an anticoagulant): removal leaves nothing to send."),
    ("dk0023", "Hello from Elm Grove Family Practice!\n\nA few updates for the season:\n\n* Saturday clinic now opens at 8:00 am.\n* Flu and COVID vaccines are in - walk in any weekday from 1 to 4 pm.\n* Our parking lot is being repaved next month; please use the church lot across the street.\n* The portal app got a refresh. If you have trouble logging in, tap \"Forgot password\" or ask us at your next visit.\n\nThank you for trusting us with your care.\n\nYou are receiving this email because you signed up for practice news. {unsubscribe} | {update_preferences} | {view_in_browser}",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "template", "hard-negative"], "Broadcast newsletter (vaccines available to all); footer fields are list-management links (decision 1)."),
    ("dk0024", "Farmacia Central: {{nombre}}, su receta de metformina ya está lista para recoger. Horario: {{horario}}. Responda BAJA para no recibir avisos.",
     "REWRITE", "pickup", "sms", "es",
     [("metformina", "MEDICATION")],
     ["pharmacy", "template"], "Drug name in a pickup notice goes (DESIGN); the name field is covered by the fixed text (decision 2)."),
)

# ---------------------------------------------------------------- batch 3 (dk0025-dk0036): recalls, IVR scripts, vendor syntaxes, pickups
add(
    ("dk0025", "It's time for your annual full-body skin check with {{provider}}. Call {{clinic_phone}} to book, or reply BOOK and we'll text you open times.",
     "REWRITE", "recall", "sms", "en",
     [("full-body skin check", "PROCEDURE")],
     ["dermatology", "template"], "The named exam reveals a dermatology service; the recall purpose survives without it."),
    ("dk0026", "Your appointment with {{provider_display_name}} on {{appt_date_long}} has been moved to {{new_time}}. Same location. Reply OK to accept or call us to pick another time.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Reschedule notice with provider, date and time fields only (decision 1)."),
    ("dk0027", "{{first_name}}, your INR today was 3.8 - above your goal. Skip tonight's Coumadin dose and recheck on {{recheck_date}}. -Anticoag Clinic",
     "BLOCK", "care-instructions", "sms", "en",
     [("INR", "PROCEDURE"), ("3.8", "RESULT"), ("Coumadin", "MEDICATION"), ("Anticoag Clinic", "SPECIALTY")],
     ["cardiology", "template", "shorthand"], "A value and a dosing instruction typed into the template's fixed text."),
    ("dk0028", "Hi *|FNAME|*,\n\nBecause you're part of our asthma care program, we'd like to get your flu vaccine scheduled before our public clinics open and the lines get long. Early appointments run weekday mornings from 7:30 to 10:00.\n\nBook online at *|BOOKING_URL|* or call (720) 555-0119 and mention this email.\n\nStay well,\nThe team at Foothills Family Medicine\n\n*|LIST:ADDRESSLINE|*\nUnsubscribe: *|UNSUB|* | Update preferences: *|UPDATE_PROFILE|*",
     "REWRITE", "marketing", "email", "en",
     [("asthma", "CONDITION"), ("flu vaccine", "PROCEDURE"), ("(720) 555-0119", "PHONE")],
     ["primary-care", "practice-contact", "template"], "Judgement (decision 10): a campaign to a condition-defined segment reveals the recipient's asthma; the invitation survives without it, and the offered vaccine is then the recipient's own service."),
    ("dk0029", "Hello, this is an automated reminder from <<PracticeName>>. You have an appointment on <<ApptDate>> at <<ApptTime>>. Press 1 to confirm, press 2 to cancel, or press 0 to speak with our staff.",
     "ALLOW", "reminder", "voice", "en", [],
     ["general", "template", "hard-negative"], "IVR script with practice, date and time fields only (decision 1)."),
    ("dk0030", "Hello, this message is for <<PatientFullName>>. This is Nurse Carla from Dr. Whitfield's office. Your pregnancy test came back positive. Please call us back at 505-555-0164 so we can schedule your first prenatal visit.",
     "BLOCK", "result", "voice", "en",
     [("Nurse Carla", "PROVIDER"), ("Dr. Whitfield", "PROVIDER"), ("pregnancy test", "PROCEDURE"), ("positive", "RESULT"),
      ("505-555-0164", "PHONE"), ("prenatal", "PROCEDURE")],
     ["reproductive", "template", "practice-contact"], "A result left on voicemail (voice is treated like SMS). Staff sender 'Nurse Carla' is PROVIDER (decision 11)."),
    ("dk0031", "{patient.first} - your ${visitType} at Ridgeline Physical Therapy is {appt.date} @ {appt.time}. Wear loose, comfy clothes.",
     "REWRITE", "reminder", "sms", "en",
     [("Ridgeline Physical Therapy", "SPECIALTY")],
     ["physical-therapy", "template"], "PT practice name is specialty-revealing (README). Mixed syntaxes; the name and visit-type fields are covered by the fixed text (decision 2)."),
    ("dk0032", "Reminder from {clinicName}: {apptDate} at {apptTime}. Bring your insurance card + a list of current meds. Txt STOP to end msgs.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative", "shorthand"], "Logistics fields; 'current meds' is the generic medications word (decision 1)."),
    ("dk0033", "Estimado/a {{nombre}}:\n\nLe escribimos de parte de la Dra. Serrano. Su prueba de Papanicolaou del {{fecha_prueba}} mostró células anormales (ASC-US). No es motivo de alarma, pero la doctora recomienda una colposcopia en los próximos 2 meses para revisar con más detalle.\n\nPor favor llame al (210) 555-0135 para programarla. Si tiene preguntas, puede escribirnos por el portal.\n\nAtentamente,\nEquipo de Enfermería\nClínica de la Mujer Santa Lucía",
     "BLOCK", "result", "email", "es",
     [("Dra. Serrano", "PROVIDER"), ("prueba de Papanicolaou", "PROCEDURE"), ("células anormales", "RESULT"), ("ASC-US", "RESULT"),
      ("colposcopia", "PROCEDURE"), ("(210) 555-0135", "PHONE"), ("Clínica de la Mujer Santa Lucía", "SPECIALTY")],
     ["reproductive", "template", "practice-contact"], "Abnormal Pap result and the next procedure by e-mail: the finding is the message."),
    ("dk0034", "%FIRSTNAME%, your Suboxone refill is ready at %PHARMACY_NAME%. Please pick up by %PICKUP_DEADLINE%. Questions: %PHARMACY_PHONE%",
     "REWRITE", "pickup", "sms", "en",
     [("Suboxone", "MEDICATION")],
     ["substance-use", "pharmacy", "template"], "Drug name in a pickup notice goes (DESIGN), the pickup survives; first-name field covered by the fixed text (decision 2)."),
    ("dk0035", "Your prescription is ready for pickup at %PHARMACY_NAME%. Questions? Call %PHARMACY_PHONE%. Reply STOP to opt out.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "template", "hard-negative", "contrast"], "The safe form of dk0034: no drug, only the pharmacy's own name and phone fields (decision 1)."),
    ("dk0036", "{{child_first_name}}'s strep test was positive. Amoxicillin was sent to {{pharmacy}} - give 1 tsp twice a day for 10 days. Back to school after 24 hrs on the antibiotic. -Dr. Lowe",
     "BLOCK", "result", "sms", "en",
     [("strep test", "PROCEDURE"), ("positive", "RESULT"), ("Amoxicillin", "MEDICATION"), ("antibiotic", "MEDICATION"), ("Dr. Lowe", "PROVIDER")],
     ["pediatrics", "minor", "third-party", "template"], "A dependent's result and dosing sent to the guardian: third party's health is BLOCK (README)."),
)

# ---------------------------------------------------------------- batch 4 (dk0037-dk0048): look-alikes, brackets, portal vs e-mail
add(
    ("dk0037", "Sports & camp physicals {$30 flat fee} this Saturday 9-1. Walk-ins welcome at all Oakmont Family Care locations - bring your school form!",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Curly braces around a price, not a placeholder; a broadcast offer of a generic visit."),
    ("dk0038", "Pinecrest Medical Group - Patient News\n\nFrom our mailbag: \"The front desk was so freindly [sic] and I was in and out in 20 minutes!\" We shared this one with the whole team - thank you for the kind words.\n\nWhat's new this fall:\n- Online check-in now works on any phone; no app needed.\n- Evening hours on Tuesdays and Thursdays until 7 pm.\n- Our lab draw station has moved to the first floor, next to the pharmacy.\n\nHave feedback? Reply to this email; a real person reads every message.\n\n[Unsubscribe] [Manage preferences]",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative", "typo"], "Newsletter to every patient; '[sic]' and '[Unsubscribe]' look like [Field] placeholders but carry nothing."),
    ("dk0039", "Happy #NationalNursesWeek from everyone at Pinecrest Medical Group! 💐 Thank you to the nurses who take care of our patients every day. #ThankANurse",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Hashtags in a broadcast; nothing about the recipient."),
    ("dk0040", "TextBridge Support tip: to show the appointment time in a reminder, type {{appt_time}} with two curly braces on each side. If patients are seeing a literal \"{{\" in their texts, the closing \"}}\" is missing - open the template, fix it, and click Validate before saving. Example: Your visit is on {{appt_date}} at {{appt_time}}.",
     "ALLOW", "other", "email", "en", [],
     ["general", "template", "hard-negative"], "Judgement (decision 9): a vendor's help text to staff with literal braces and sample fields; nothing about any patient."),
    ("dk0041", "Your visit at {0} is confirmed for {1} at {2}. To cancel, reply CANCEL at least 24 hours ahead.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "template", "hard-negative"], "MessageFormat slots for location, date and time (decision 1)."),
    ("dk0042", "October is #BreastCancerAwarenessMonth 🎀 Screening mammograms are available at all Valley Health Partners sites. Ask at your next visit or book through the portal.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "imaging", "broadcast", "hard-negative"], "Judgement (decision 8): an awareness hashtag and a service offered to everyone are a broadcast, like 'flu shots available' (README)."),
    ("dk0043", "Use promo code {SMILE20} at checkout for 20% off whitening kits in our online shop this week only. Reply STOP to unsubscribe.",
     "ALLOW", "marketing", "sms", "en", [],
     ["dental", "broadcast", "hard-negative"], "A promo code in braces looks like a {field}; a store promotion sent to everyone."),
    ("dk0044", "[FirstName], our records show you're due for your Pap smear. Schedule with [ProviderName] at [LocationName] by calling [PracticePhone].",
     "REWRITE", "recall", "sms", "en",
     [("Pap smear", "PROCEDURE")],
     ["reproductive", "template"], "The screening test goes; the recall survives. First-name field covered by the fixed text (decision 2)."),
    ("dk0045", "Hi Lorraine, your TSH was 0.2 [L] - Dr. Mbeki wants to lower your levothyroxine to 75 mcg. New Rx sent to {{preferred_pharmacy}}.",
     "BLOCK", "result", "sms", "en",
     [("Lorraine", "NAME"), ("TSH", "PROCEDURE"), ("0.2", "RESULT"), ("[[L]]] - Dr", "RESULT"), ("Dr. Mbeki", "PROVIDER"), ("levothyroxine", "MEDICATION")],
     ["lab", "primary-care", "template"], "Partly rendered quick-text with a value, its flag and a dose change. The bracketed flag [L] is a RESULT, not a placeholder (decision 7)."),
    ("dk0046", "Dear {{patient_name}},\n\nYour colonoscopy on {{procedure_date}} found 2 small polyps, which were removed and sent to pathology. Dr. Adeyemi will send you the pathology results through the portal within 7 to 10 days, along with when your next colonoscopy is due.\n\nIf you have any questions, call us at (414) 555-0182.",
     "ALLOW", "result", "portal", "en",
     [("colonoscopy", "PROCEDURE"), ("2 small polyps", "RESULT"), ("Dr. Adeyemi", "PROVIDER"), ("colonoscopy", "PROCEDURE", 1), ("(414) 555-0182", "PHONE")],
     ["primary-care", "template", "contrast", "practice-contact"], "Portal channel: findings and names may stay (README); contrast with dk0047 by e-mail."),
    ("dk0047", "Subject: Your procedure results\n\nHi {{first_name}},\n\nGood news from your colonoscopy on {{procedure_date}}: Dr. Adeyemi removed 2 small polyps and sent them to the lab. We'll let you know what pathology shows in 7 to 10 days.\n\n- {{clinic_name}}",
     "BLOCK", "result", "email", "en",
     [("colonoscopy", "PROCEDURE"), ("Dr. Adeyemi", "PROVIDER"), ("2 small polyps", "RESULT")],
     ["primary-care", "template", "contrast"], "The same finding by e-mail (treated like SMS): the finding is the message."),
    ("dk0048", "{{clinica}}: {{nombre}}, le recordamos su ultrasonido obstétrico el {{fecha}} a las {{hora}}. Tome 4 vasos de agua una hora antes y no orine.",
     "REWRITE", "reminder", "sms", "es",
     [("ultrasonido obstétrico", "PROCEDURE")],
     ["reproductive", "imaging", "template"], "The obstetric scan goes; the reminder and a neutral preparation survive. Name field covered by the fixed text (decision 2)."),
)

# ---------------------------------------------------------------- batch 5 (dk0049-dk0060): long e-mails, pushes, disguises
add(
    ("dk0049", "Hello,\n\nThis confirms your upcoming appointment:\n\nDate: {{appointment.date}}\nTime: {{appointment.time}}\nProvider: {{appointment.provider}}\nLocation: {{location.name}}\n\nBefore your visit, please complete your check-in forms online at https://birchwoodhealth.example/checkin. It takes about 10 minutes and shortens your wait.\n\nRunning late? If you will be more than 15 minutes late, please call so we can see whether we can still fit you in.\n\nBirchwood Health Partners\n410 Orchard Ave, Suite 200, Dayton, OH 45402\n(937) 555-0126 | frontdesk@birchwoodhealth.example\n\nTo stop appointment emails, click {{unsubscribe_link}}.",
     "ALLOW", "confirmation", "email", "en",
     [("https://birchwoodhealth.example/checkin", "URL"), ("410 Orchard Ave, Suite 200, Dayton, OH 45402", "ADDRESS"),
      ("(937) 555-0126", "PHONE"), ("frontdesk@birchwoodhealth.example", "EMAIL")],
     ["general", "practice-contact", "template"], "Logistics fields and the practice's own link, address, phone and e-mail (decision 1)."),
    ("dk0050", "Welcome, *|FNAME|*!\n\nWe're glad you reached out to New Dawn Recovery Services. Your intake assessment is set for *|APPT_DATE|* at *|APPT_TIME|* at our *|LOCATION|* office. Plan on about 90 minutes.\n\nWhat to bring:\n- Photo ID and insurance card\n- Any paperwork from other providers you'd like us to see\n\nIf you need a ride, our front desk can help set up transportation through your plan. Call (971) 555-0150, Monday to Friday, 8 to 5.\n\nWe look forward to meeting you.\nNew Dawn Recovery Services\n\n*|UNSUB|*",
     "REWRITE", "confirmation", "email", "en",
     [("New Dawn Recovery Services", "SPECIALTY"), ("intake assessment", "PROCEDURE"), ("(971) 555-0150", "PHONE"),
      ("New Dawn Recovery Services", "SPECIALTY", 1)],
     ["substance-use", "practice-contact", "template"], "Substance-use program name (greeting and signature) and the intake visit type go; the welcome and logistics survive. FNAME covered by the fixed text (decision 2)."),
    ("dk0051", "Dear {{patient.first_name}},\n\nThank you for visiting Harbor Urgent Care today. Here is a summary of your visit.\n\nDiagnosis: acute otitis media, left ear\nPrescriptions sent to {{pharmacy.name}}: amoxicillin 875 mg, 1 tablet twice daily for 10 days\n\nWhat to do at home: take the medicine until it is gone, even if you feel better. You may use acetaminophen for pain. Return or go to the ER if you develop a high fever, swelling behind the ear, or a stiff neck.\n\nFollow up with your primary care provider in 2 to 3 weeks.\n\nHarbor Urgent Care\n{{location.address}} | {{location.phone}}",
     "BLOCK", "care-instructions", "email", "en",
     [("Harbor Urgent Care", "SPECIALTY"), ("acute otitis media", "CONDITION"), ("amoxicillin 875 mg", "MEDICATION"), ("acetaminophen", "MEDICATION"),
      ("high fever", "CONDITION"), ("swelling behind the ear", "CONDITION"), ("stiff neck", "CONDITION"), ("Harbor Urgent Care", "SPECIALTY", 1)],
     ["urgent-care", "template", "negation"], "After-visit summary template with a diagnosis and dosing in its fixed text; warning symptoms are hypothetical but labelled as conditions."),
    ("dk0052", "{{org_name}} will be closed {{closure_day}} for the holiday. For urgent needs call our after-hours line; for emergencies dial 911.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "template", "hard-negative"], "Holiday closure broadcast; 911 is not a phone identifier (README)."),
    ("dk0053", "Hi {{first_name}}! {{clinic_name}} here ✨ Your Botox touch-up is booked for {{appt_date}} at {{appt_time}}. Reply C to confirm or R to reschedule.",
     "REWRITE", "confirmation", "sms", "en",
     [("Botox", "MEDICATION")],
     ["dermatology", "template"], "Brand used as a visit label is MEDICATION (README) and goes; name field covered by the fixed text (decision 2)."),
    ("dk0054", "Hola {{nombre}}, sus resultados de glucosa en ayunas salieron en 138 mg/dL. La Dra. Paredes recomienda empezar metformina 500 mg con la cena. Cualquier duda llámenos.",
     "BLOCK", "result", "sms", "es",
     [("glucosa en ayunas", "PROCEDURE"), ("138 mg/dL", "RESULT"), ("Dra. Paredes", "PROVIDER"), ("metformina 500 mg", "MEDICATION")],
     ["lab", "primary-care", "template"], "A value and a new medication in the fixed text: the clinical content is the message."),
    ("dk0055", "Recordatorio de <<NombreConsultorio>>: su cita es el <<Fecha>> a las <<Hora>> con <<Proveedor>>. Si no puede asistir, llame al (915) 555-0188 con 24 horas de anticipación.",
     "ALLOW", "reminder", "sms", "es",
     [("(915) 555-0188", "PHONE")],
     ["general", "practice-contact", "template"], "Practice, date, time and provider fields and the practice's own phone (decision 1)."),
    ("dk0056", "Reminder: your c o l o n o s c o p y with {{provider}} is {{appt_date}} at {{arrival_time}}. You must have an adult driver or we will reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("c o l o n o s c o p y", "PROCEDURE")],
     ["primary-care", "template", "spaced"], "Spaced-out procedure name (disguise) goes; the reminder and driver rule survive."),
    ("dk0057", "Time to check in! Your video visit with {{provider}} starts in 15 minutes. Tap here to join the virtual waiting room.",
     "ALLOW", "reminder", "push", "en", [],
     ["general", "template", "hard-negative"], "Telehealth check-in push with a provider field only (decision 1)."),
    ("dk0058", "Result alert from {{lab_name}}: your {{test_name}} is ready. Value: ${labResult} (flag: HIGH). Tap to view details.",
     "BLOCK", "result", "push", "en",
     [("HIGH", "RESULT")],
     ["lab", "template"], "Judgement (decision 3): the fixed text frames a value slot and states an abnormal flag on a lock screen; the result is the purpose."),
    ("dk0059", "{{FIRST_NAME}}, ur ch3mo infusion at {{LOCATION}} is tmrw at {{TIME}}. Bring a snack & a warm sweater, chairs get cold!",
     "REWRITE", "reminder", "sms", "en",
     [("ch3mo infusion", "PROCEDURE")],
     ["oncology", "template", "leet", "shorthand"], "Leet-disguised chemotherapy visit type goes; the reminder survives."),
    ("dk0060", "Your statement from {{practice_name}} is ready. Amount due: {{amount_due}} by {{due_date}}.\n\nPay online at https://pay.northstarmed.example or call our billing office at (262) 555-0171, Monday-Friday 8:30-4:30. Payment plans are available.\n\nFor your security, we never include your account number in email.",
     "ALLOW", "billing", "email", "en",
     [("https://pay.northstarmed.example", "URL"), ("(262) 555-0171", "PHONE")],
     ["general", "practice-contact", "template"], "Amount and due-date fields, practice's own pay link and phone (decision 1)."),
)

# ---------------------------------------------------------------- batch 6 (dk0061-dk0072): identifiers, pharmacy, partly rendered, disguises
add(
    ("dk0061", "Appointment confirmation for Eleanor Voss (DOB 04/19/1952): {appt.date} at {appt.time} with {provider.name}. Reply C to confirm.",
     "BLOCK", "confirmation", "sms", "en",
     [("Eleanor Voss", "NAME"), ("04/19/1952", "DATE")],
     ["primary-care", "dob", "template"], "Partly rendered template: the name and DOB fields were filled in; a full date of birth with a name is BLOCK (README)."),
    ("dk0062", "Please confirm the date of birth we have on file, 02/11/1979, when you check in on {{appt_date}}. If it's wrong, reply FIX and we'll call you.",
     "REWRITE", "reminder", "sms", "en",
     [("02/11/1979", "DATE")],
     ["primary-care", "dob", "template"], "A rendered date of birth without a name is REWRITE (README); the check-in reminder survives."),
    ("dk0063", "{{pharmacy_name}}: Your Ozempic 1 mg pen is ready. Pick up by {{hold_until}} or it goes back to stock. Rx #{{rx_number}}",
     "REWRITE", "pickup", "sms", "en",
     [("Ozempic 1 mg pen", "MEDICATION")],
     ["pharmacy", "template"], "Drug, strength and form go (pickup notice); the Rx-number field is covered by the fixed text (decision 2)."),
    ("dk0064", "Auto-refill reminder from {{pharmacy}}: one or more of your prescriptions is due for a refill. Reply 1 to refill all, or call {{pharmacy_phone}}.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "template", "hard-negative"], "Refill reminder without a drug; pharmacy name and phone fields only (decision 1)."),
    ("dk0065", "Hi {{first_name}},\n\nTo finish setting up your portal account, please confirm your Social Security number. We have 078-05-1120 on file - reply YES if that is correct or reply with the right number.\n\nThanks,\n{{sender_name}}\nRegistration, {{practice_name}}",
     "BLOCK", "other", "email", "en",
     [("078-05-1120", "SSN")],
     ["general", "template"], "An SSN must never travel by e-mail; asking for it back by reply is worse."),
    ("dk0066", "Hi there, your member ID W884219370 has been updated for visits at {{location}}. Questions? Call {{practice_phone}}.",
     "REWRITE", "other", "sms", "en",
     [("W884219370", "HEALTH_PLAN_ID")],
     ["general", "template"], "A rendered health-plan member ID is not needed to tell the patient their insurance was updated."),
    ("dk0067", "{{farmacia}}: Su pedido está listo para recoger. Presente una identificación con foto. Para dejar de recibir mensajes, responda ALTO.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "template", "hard-negative"], "Pickup notice without a drug; the pharmacy-name field only (decision 1)."),
    ("dk0068", "Enfermería escolar: le informamos que {{nombre_alumno}} dio positivo a influenza A en la prueba rápida de hoy. Puede regresar a clases después de 24 horas sin fiebre.",
     "BLOCK", "result", "sms", "es",
     [("positivo", "RESULT"), ("influenza A", "CONDITION"), ("prueba rápida", "PROCEDURE"), ("fiebre", "CONDITION")],
     ["pediatrics", "minor", "third-party", "template"], "A student's positive test sent to the guardian: a dependent's result is BLOCK (README)."),
    ("dk0069", "Dear [Patient Name],\n\nYour overnight sleep study at DreamWell Sleep Center is scheduled for [Study Date]. Please arrive at 8:30 PM and bring comfortable sleepwear, your usual evening medicines and anything you need for the morning.\n\nAvoid caffeine after noon on the day of your study. Parking is free after 6 PM in the North lot.\n\nQuestions? Call (517) 555-0113.\n\nDreamWell Sleep Center",
     "REWRITE", "reminder", "email", "en",
     [("sleep study", "PROCEDURE"), ("DreamWell Sleep Center", "SPECIALTY"), ("(517) 555-0113", "PHONE"), ("DreamWell Sleep Center", "SPECIALTY", 1)],
     ["general", "practice-contact", "template"], "Sleep test and sleep-center name go (judgement: a sleep center is specialty-revealing; service tag general, decision 12); the patient-name field is covered by the fixed text (decision 2)."),
    ("dk0070", "Hi, this is Marcy calling from Dr. Lindqvist's office with a reminder about your appointment on <<ApptDate>> at <<ApptTime>>. If you need to reschedule, please call us at 208-555-0139. Thank you, and have a great day!",
     "ALLOW", "reminder", "voice", "en",
     [("Marcy", "PROVIDER"), ("Dr. Lindqvist", "PROVIDER"), ("208-555-0139", "PHONE")],
     ["primary-care", "practice-contact", "template"], "Staff sender named by first name is PROVIDER (README, decision 11); provider, date/time fields and the office phone are allowed."),
    ("dk0071", "{{clinic_name}}: {{first_name}}, time for your 3-month \u0420r\u0415P check-in + labs. Book at {{booking_link}} or reply BOOK.",
     "REWRITE", "recall", "sms", "en",
     [("\u0420r\u0415P", "MEDICATION")],
     ["hiv-sexual-health", "template"], "PrEP written with Cyrillic look-alikes (disguise) goes; the recall survives. Name and booking-link fields covered by the fixed text (decision 2)."),
    ("dk0072", "{{first_name}}, your chl\u200bamydia test came back pos\u200bitive. Please pick up your treatment at {{pharmacy}} and avoid sex for 7 days after the last dose.",
     "BLOCK", "result", "sms", "en",
     [("chl\u200bamydia test", "PROCEDURE"), ("pos\u200bitive", "RESULT")],
     ["hiv-sexual-health", "template"], "A positive STI result with zero-width characters inside the words, plus treatment instructions."),
)

# ---------------------------------------------------------------- batch 7 (dk0073-dk0084): Spanish staff templates, addresses, family
add(
    ("dk0073", "Hola, le escribe Lupita de recepción de Clínica Familiar Las Palmas. Su cita es el {{fecha}} a las {{hora}}. ¿Nos confirma con un SÍ? Gracias.",
     "ALLOW", "reminder", "sms", "es",
     [("Lupita", "PROVIDER")],
     ["primary-care", "template"], "Staff sender is PROVIDER (README, decision 11); generic practice name, date and time fields."),
    ("dk0074", "{{nombre}}, le recordamos su sesión de terapia con el Lic. Ibarra el {{fecha}} a las {{hora}} en Centro de Salud Mental Amanecer. Si necesita cancelar, avísenos con 24 horas.",
     "REWRITE", "reminder", "sms", "es",
     [("terapia", "PROCEDURE"), ("Lic. Ibarra", "PROVIDER"), ("Centro de Salud Mental Amanecer", "SPECIALTY")],
     ["behavioral-health", "template"], "Therapy visit type and mental-health center name go; the reminder survives. Name field covered by the fixed text (decision 2)."),
    ("dk0075", "Asunto: Resultados de sus análisis\n\nEstimado/a {{nombre_paciente}}:\n\nEl Dr. Benítez revisó los análisis que se hizo el {{fecha_muestra}}. Su TSH salió en 9.8 (alta) y su T4 libre un poco baja, lo que indica hipotiroidismo. No es una urgencia, pero sí necesita tratamiento.\n\nEl doctor le mandó levotiroxina 50 mcg a su farmacia {{farmacia}}. Tómela una vez al día en ayunas, con agua, 30 minutos antes del desayuno y sin otras pastillas al mismo tiempo. En 6 semanas repetiremos el análisis para ajustar la dosis.\n\nSi tiene palpitaciones o mucho nerviosismo después de empezar la pastilla, llámenos al (520) 555-0167.\n\nSaludos cordiales,\nEnfermería - Consultorio Médico Sonora\nLunes a viernes, 8:00 a 17:00",
     "BLOCK", "result", "email", "es",
     [("Dr. Benítez", "PROVIDER"), ("TSH", "PROCEDURE"), ("9.8", "RESULT"), ("([[alta]])", "RESULT"), ("T4 libre", "PROCEDURE"), ("un poco baja", "RESULT"),
      ("hipotiroidismo", "CONDITION"), ("levotiroxina 50 mcg", "MEDICATION"), ("palpitaciones", "CONDITION"), ("nerviosismo", "CONDITION"), ("(520) 555-0167", "PHONE")],
     ["lab", "primary-care", "template", "practice-contact", "negation"], "Results, a diagnosis and dosing in a results-letter template: the clinical content is the message."),
    ("dk0076", "Boletín de {{clinica}} - Otoño\n\n¡Ya llegaron las vacunas contra la influenza! Puede pasar sin cita de lunes a viernes de 9 a 12 o aprovecharla en su próxima consulta. Es gratis con la mayoría de los seguros.\n\nOtras novedades:\n• Ahora tenemos intérprete de español en todos los turnos.\n• El estacionamiento de la calle trasera ya está abierto.\n• Puede pedir su cita por WhatsApp con el número que aparece en nuestro sitio web.\n\n¡Gracias por su confianza!\n\nSi ya no desea recibir este boletín, haga clic aquí: *|UNSUB|*",
     "ALLOW", "marketing", "email", "es", [],
     ["general", "broadcast", "template", "hard-negative"], "Broadcast newsletter (flu vaccines for everyone, README); clinic-name and unsubscribe fields only."),
    ("dk0077", "Hi {{first_name}}, Dr. Castellano reviewed your MRI: small tear in the medial meniscus. Ice, ibuprofen 600mg 3x/day w/ food, and we'll go over options at your f/u {{followup_date}}.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Castellano", "PROVIDER"), ("MRI", "PROCEDURE"), ("small tear in the medial meniscus", "RESULT"), ("ibuprofen 600mg", "MEDICATION")],
     ["orthopedics", "shorthand", "template"], "An imaging finding and dosing typed into a quick-text: the finding is the message."),
    ("dk0078", "{{practice}}: We've moved! Starting next week, find us at 2290 Kessler Blvd, Suite 140, Indianapolis, IN 46222. Same phone number, same great team.",
     "ALLOW", "other", "sms", "en",
     [("2290 Kessler Blvd, Suite 140, Indianapolis, IN 46222", "ADDRESS")],
     ["general", "broadcast", "practice-contact", "template"], "The practice's own new address in a broadcast (README: practice contact stays)."),
    ("dk0079", "Your DME delivery (CPAP supplies) is scheduled for {{delivery_date}} between {{window_start}} and {{window_end}} to 48 Larkspur Ln, Apt 3B, Bend, OR 97701. Reply C to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("CPAP", "PROCEDURE"), ("48 Larkspur Ln, Apt 3B, Bend, OR 97701", "ADDRESS")],
     ["home-health", "template"], "A rendered patient home address and the device go; the delivery window survives."),
    ("dk0080", "Reminder: please complete your pre-visit questionnaire before {{appt_date}}. It only takes about 5 minutes.",
     "ALLOW", "reminder", "push", "en", [],
     ["general", "template", "hard-negative"], "Generic pre-visit form reminder with a date field (decision 1)."),
    ("dk0081", "{{first_name}}, this is {{clinic_name}}. Your husband Gerald asked us to let you know his cardiac cath went well and he is resting in recovery. He can have visitors after 4 pm.",
     "BLOCK", "other", "sms", "en",
     [("Gerald", "NAME"), ("cardiac cath", "PROCEDURE")],
     ["cardiology", "third-party", "template"], "A third party's procedure and outcome (README: anything about a third party's health is BLOCK), even at his request."),
    ("dk0082", "Reminder: {{patient_first}} has a well-child visit and 4-year vaccines with Dr. Amari at Little Sprouts Pediatrics on {{appt_date}} at {{appt_time}}. Bring the shot record!",
     "REWRITE", "reminder", "sms", "en",
     [("well-child", "PROCEDURE"), ("4-year vaccines", "PROCEDURE"), ("Dr. Amari", "PROVIDER"), ("Little Sprouts Pediatrics", "SPECIALTY")],
     ["pediatrics", "minor", "template"], "A dependent's routine visit with a pediatric practice name: REWRITE (README). The child's name field is covered by the fixed text (decision 2)."),
    ("dk0083", "Hi! This is {{staff_first_name}} from {{practice_name}}. We had a cancellation and can see you earlier: {{new_slot}}. Want it? Reply YES in the next 30 min.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "A staff-name field (workforce, allowed) and a time slot (decisions 1 and 11)."),
    ("dk0084", "{{nombre}}: su prueba de VIH salió reactiva. Es importante que hable con nosotros hoy mismo. Llame al (305) 555-0157, opción 2.",
     "BLOCK", "result", "sms", "es",
     [("prueba de VIH", "PROCEDURE"), ("reactiva", "RESULT"), ("(305) 555-0157", "PHONE")],
     ["hiv-sexual-health", "template", "practice-contact"], "An HIV result by text: the result is the message."),
)

# ---------------------------------------------------------------- batch 8 (dk0085-dk0096): Liquid/Jinja branches, voice vs portal, long e-mails
add(
    ("dk0085", "{% if appt.is_virtual %}Your video visit link will arrive 10 min before start.{% else %}Please arrive 15 min early to check in.{% endif %} Questions? {{ practice.phone }}",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "Both branches are logistics; the practice-phone field is the practice's own (decisions 1 and 4)."),
    ("dk0086", "Hi {{ first_name }},\n\n{% if a1c > 9 %}Your last A1c was above 9%. Dr. Hollis would like you to join our diabetes education class this month - call to sign up.{% else %}Great work keeping your A1c in range! Keep doing what you're doing.{% endif %}\n\nYour next visit: {{ next_appt_date }}\n\nLinden Internal Medicine",
     "BLOCK", "care-instructions", "email", "en",
     [("A1c", "PROCEDURE"), ("above 9%", "RESULT"), ("Dr. Hollis", "PROVIDER"), ("diabetes", "CONDITION"), ("A1c", "PROCEDURE", 1), ("in range", "RESULT")],
     ["primary-care", "template"], "Each branch states where the patient's A1c stands; the strictest branch decides, and the condition 'a1c > 9' is logic, not sent (decision 4)."),
    ("dk0087", "Appt reminder for [NameF] [NameL]: your dialysis chair time is changing. New start: {ChairTime} on {TreatmentDays} at Riverbend Kidney Center. Call [UnitPhone] with questions.",
     "REWRITE", "reminder", "sms", "en",
     [("dialysis", "PROCEDURE"), ("Riverbend Kidney Center", "SPECIALTY")],
     ["dialysis", "template"], "Dialysis and the kidney-center name go; the schedule change survives. Name fields covered by the fixed text (decision 2)."),
    ("dk0088", "Tag us with #PawsForHealth when you bring your pup to our Saturday 5K fun walk! Water and snacks provided. - Mill Creek Family Practice",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A hashtag in a community-event broadcast (decision 8)."),
    ("dk0089", "This is an important message from <<PracticeName>> for <<PatientFirstName>>. Your potassium level from yesterday's blood draw was critically high at 6.4. Please go to the nearest emergency room now or call 911.",
     "BLOCK", "result", "voice", "en",
     [("potassium", "PROCEDURE"), ("critically high", "RESULT"), ("6.4", "RESULT")],
     ["lab", "template", "contrast"], "A critical value on an automated voice message (treated like SMS); urgency calls for a live call, not a recorded result."),
    ("dk0090", "{{first_name}}, your potassium from {{collection_date}} was 6.4 (critical high). Dr. Rios has been notified and will call you within the hour. If we can't reach you by phone, please go to the nearest ER.",
     "ALLOW", "result", "portal", "en",
     [("potassium", "PROCEDURE"), ("6.4", "RESULT"), ("critical high", "RESULT"), ("Dr. Rios", "PROVIDER")],
     ["lab", "template", "contrast"], "Portal channel: values and names may stay (README); contrast with dk0089 by voice."),
    ("dk0091", "Subject: Your upcoming visit at Evergreen Fertility Partners\n\nHi {{FirstName}},\n\nYour egg retrieval is scheduled for {{ProcedureDate}}. Please arrive at {{ArrivalTime}} at our {{Location}} surgery suite, 2nd floor.\n\nA few reminders:\n- Nothing to eat or drink after midnight the night before.\n- Wear comfortable clothes and no jewelry, lotion or perfume.\n- You must have an adult drive you home; a rideshare on your own is not allowed.\n\nIf you need to change anything, call our coordinators at (925) 555-0108 between 7 am and 4 pm. After hours, use the on-call line listed on our website.\n\nWe're cheering for you!\nThe Evergreen Fertility Partners Team\nevergreenfertility.example",
     "REWRITE", "reminder", "email", "en",
     [("Evergreen Fertility Partners", "SPECIALTY"), ("egg retrieval", "PROCEDURE"), ("(925) 555-0108", "PHONE"),
      ("Evergreen Fertility Partners", "SPECIALTY", 1), ("evergreenfertility.example", "URL")],
     ["fertility", "practice-contact", "template"], "Fertility practice name (subject and signature) and the procedure go; generic fasting and ride rules survive. Name field covered by the fixed text (decision 2)."),
    ("dk0092", "Your {{portal_name}} verification code is {{otp_code}}. It expires in 10 minutes. If you didn't try to sign in, you can ignore this email - your account is still secure.",
     "ALLOW", "other", "email", "en", [],
     ["general", "otp", "template", "hard-negative"], "A one-time code is not an identifier of the patient (README); portal-name field only."),
    ("dk0093", "{{first_name}}, per your psychiatrist: reduce lithium to 300 mg at bedtime starting tonight and get a lithium level drawn on {{lab_date}}. Call if you feel shaky or confused.",
     "BLOCK", "care-instructions", "sms", "en",
     [("psychiatrist", "SPECIALTY"), ("lithium", "MEDICATION"), ("lithium level", "PROCEDURE"), ("shaky", "CONDITION"), ("confused", "CONDITION")],
     ["behavioral-health", "template", "negation"], "Dose change and a drug-level test: treatment instructions are the message. Warning symptoms are hypothetical but labelled as conditions."),
    ("dk0094", "{{clinic}}: Your appointment on {{appt_date}} was cancelled as you requested. To rebook, reply BOOK or call (956) 555-0129.",
     "ALLOW", "reminder", "sms", "en",
     [("(956) 555-0129", "PHONE")],
     ["general", "practice-contact", "template"], "Cancellation with a date field and the practice's own phone (decision 1)."),
    ("dk0095", "{{nombre}}, su mamografía de detección en Centro de Imagen Aurora es el 14 de marzo a las 9:00. Ese día no use desodorante ni talco.",
     "REWRITE", "reminder", "sms", "es",
     [("mamografía de detección", "PROCEDURE"), ("Centro de Imagen Aurora", "SPECIALTY"), ("14 de marzo", "DATE")],
     ["imaging", "reproductive", "template"], "Partly rendered: the screening test and imaging-center name go, the rendered appointment date stays."),
    ("dk0096", "Dear {{guardian_name}},\n\n{{student_first_name}} visited the school-based health center today for an asthma flare. Our nurse gave 4 puffs of albuterol and {{student_first_name}} went back to class feeling better. Please make sure an up-to-date inhaler and action plan are on file with us.\n\nNorthside School-Based Health Center",
     "BLOCK", "care-instructions", "email", "en",
     [("asthma flare", "CONDITION"), ("albuterol", "MEDICATION"), ("inhaler", "MEDICATION")],
     ["pediatrics", "minor", "third-party", "template"], "A student's condition and treatment sent to the guardian: a dependent's health is BLOCK (README). Judgement: 'inhaler' as a drug product is MEDICATION."),
)

# ---------------------------------------------------------------- batch 9 (dk0097-dk0108): field names, specialty pharmacy, long letters
add(
    ("dk0097", "Reminder: your next visit is {{prep_followup_date}} at {{prep_followup_time}} with {{provider}}. Reply C to confirm or call us to change it.",
     "ALLOW", "reminder", "sms", "en", [],
     ["hiv-sexual-health", "template", "hard-negative"], "Judgement (decision 6): the field names mention PrEP but hold only a date and a time; the rendered text reveals nothing."),
    ("dk0098", "AccessRx Specialty Pharmacy: your [MEDICATION] shipment is scheduled for [ShipDate]. Someone 18+ must sign. Reply YES to confirm delivery or HELP for options.",
     "REWRITE", "pickup", "sms", "en",
     [("AccessRx Specialty Pharmacy", "SPECIALTY")],
     ["pharmacy", "template"], "Specialty-pharmacy names are specialty-revealing (README); the drug field is covered by the fixed text (decision 2)."),
    ("dk0099", "{{first_name}}, good news from Dr. Kaur: your Pap smear and HPV test were both normal. Your next screening is due in 5 years.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Kaur", "PROVIDER"), ("Pap smear", "PROCEDURE"), ("HPV test", "PROCEDURE"), ("normal", "RESULT")],
     ["reproductive", "template"], "Normal results are still results (README): BLOCK."),
    ("dk0100", "Hello from {{practice_name}}!\n\nYour visit is coming up on {{appt_date}} at {{appt_time}} with {{provider_name}}. Here's how to make it go smoothly:\n\n1. Check in online up to 3 days ahead at https://beaconhillmed.example/checkin.\n2. Bring your insurance card, a photo ID and any forms you were asked to fill out.\n3. Arrive 15 minutes early if this is your first visit with us.\n\nParking is free in the lot behind the building. If it's full, use the street meters (the first 2 hours are free with validation).\n\nCan't make it? Please let us know at least 24 hours ahead so we can offer the time to someone else. Late cancellations and no-shows may be charged $40.\n\nBeacon Hill Medical Associates\n77 Beacon Hill Rd, Suite 5, Nashua, NH 03060\n(603) 555-0190 | frontdesk@beaconhillmed.example\n\nUnsubscribe from reminder emails: {unsubscribe}",
     "ALLOW", "reminder", "email", "en",
     [("https://beaconhillmed.example/checkin", "URL"), ("77 Beacon Hill Rd, Suite 5, Nashua, NH 03060", "ADDRESS"),
      ("(603) 555-0190", "PHONE"), ("frontdesk@beaconhillmed.example", "EMAIL")],
     ["general", "practice-contact", "template"], "Long reminder with logistics fields and the practice's own link, address, phone and e-mail (decision 1)."),
    ("dk0101", "Hello, this is Sunrise Oncology calling with a reminder for <<PatientFirstName>>. Your infusion appointment is on <<ApptDate>> at <<ApptTime>>. Please plan to be with us for about three hours. To confirm, press 1. To reschedule, press 2.",
     "REWRITE", "reminder", "voice", "en",
     [("Sunrise Oncology", "SPECIALTY"), ("infusion", "PROCEDURE")],
     ["oncology", "template"], "Oncology name and infusion visit type go from a voice message; the name field is covered by the fixed text (decision 2)."),
    ("dk0102", "Dear ${patient.firstName},\n\nDr. Feinstein has reviewed your neuropsychological testing from ${testDate}. The results are consistent with mild cognitive impairment. This is not the same as dementia, and many people stay stable for years.\n\nShe would like you to start donepezil 5 mg at bedtime and to schedule a follow-up visit in 3 months to see how you are doing. A copy of the full report is available in your portal.\n\nIf you would like to bring a family member to the follow-up, you are welcome to.\n\nSincerely,\n${clinicName} Memory Clinic",
     "BLOCK", "result", "email", "en",
     [("Dr. Feinstein", "PROVIDER"), ("neuropsychological testing", "PROCEDURE"), ("mild cognitive impairment", "CONDITION"), ("dementia", "CONDITION"),
      ("donepezil 5 mg", "MEDICATION"), ("Memory Clinic", "SPECIALTY")],
     ["primary-care", "template", "negation"], "A diagnosis and a new drug in a letter template: the clinical content is the message. The negated 'dementia' is labelled as a condition word; 'Memory Clinic' after the clinic-name field is fixed text (decision 12)."),
    ("dk0103", "We've updated our Notice of Privacy Practices. Read it at {{npp_url}} or ask for a paper copy at the front desk. No action is needed.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "template", "hard-negative"], "Practice-wide privacy notice with the practice's own link field (decision 1)."),
    ("dk0104", "[FirstName], this is [ClinicName]. Your drug screen from [CollectionDate] was positive for fentanyl. Your counselor will go over this with you at your next session.",
     "BLOCK", "result", "sms", "en",
     [("drug screen", "PROCEDURE"), ("positive", "RESULT"), ("fentanyl", "MEDICATION"), ("counselor", "SPECIALTY")],
     ["substance-use", "template"], "A positive drug-screen result; the substance-use counselor is SPECIALTY (decision 11)."),
    ("dk0105", "{{practice_name}}: Your allergy shot appointment is today at {{appt_time}}. Plan to stay 30 minutes after your injection.",
     "REWRITE", "reminder", "push", "en",
     [("allergy shot", "PROCEDURE")],
     ["primary-care", "template"], "The therapy visit type goes; the reminder and wait time survive."),
    ("dk0106", "Happy New Year from {{practice_name}}! 🎉 We're closed on New Year's Day and back to regular hours the next morning. #HealthyNewYear",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "template", "hard-negative"], "Holiday broadcast; holidays are not dates (README); a hashtag."),
    ("dk0107", "Sra. {{apellido}}, el Dr. Quintero revisó su ecocardiograma: la fracción de eyección salió en 35%. Empiece carvedilol 3.125 mg dos veces al día y pésese cada mañana.",
     "BLOCK", "result", "sms", "es",
     [("Dr. Quintero", "PROVIDER"), ("ecocardiograma", "PROCEDURE"), ("fracción de eyección", "PROCEDURE"), ("35%", "RESULT"), ("carvedilol 3.125 mg", "MEDICATION")],
     ["cardiology", "template"], "A measure and its value (README: scale is PROCEDURE, value RESULT) plus a new drug: BLOCK."),
    ("dk0108", "Hi Marisol! This is a reminder from {{clinic_name}} that your IUD insertion is on {{appt_date}} at {{appt_time}}. You may eat normally beforehand.",
     "REWRITE", "reminder", "sms", "en",
     [("Marisol", "NAME"), ("IUD insertion", "PROCEDURE")],
     ["reproductive", "template"], "Partly rendered: the filled-in first name and the procedure go; the reminder survives."),
)

# ---------------------------------------------------------------- batch 10 (dk0109-dk0120): portal vs SMS, filters, long letters, typos
add(
    ("dk0109", "Reply [Y] to confirm or [N] to cancel your appointment on {{appt_date}} at {{appt_time}}. Reply [STOP] to opt out.",
     "ALLOW", "confirmation", "sms", "en", [],
     ["general", "template", "hard-negative"], "Bracketed reply keywords look like [Field] placeholders; date and time fields only (decision 1)."),
    ("dk0110", "Hi {{patient_first_name}}, Dr. Nakamura is increasing your sertraline to 100 mg daily. Take it in the morning with food, and send us a message if you notice side effects. We'll check in at your visit on {{next_visit}}.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Dr. Nakamura", "PROVIDER"), ("sertraline", "MEDICATION")],
     ["behavioral-health", "template", "contrast"], "Portal channel: a dose change may stay inside the secure portal (README); contrast with dk0111 by SMS."),
    ("dk0111", "Hi {{first_name}}, Dr. Nakamura wants you to go up on your sertraline to 100mg daily starting tmrw. Text us if you have any side effects.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Nakamura", "PROVIDER"), ("sertraline", "MEDICATION")],
     ["behavioral-health", "template", "contrast", "shorthand"], "The same dose change by SMS: a dosing instruction is the message."),
    ("dk0112", "*|FNAME|*, your hepatitis C viral load is now undetectable! 🎉 Keep taking Epclusa every day until *|END_DATE|*.",
     "BLOCK", "result", "sms", "en",
     [("hepatitis C", "CONDITION"), ("viral load", "PROCEDURE"), ("undetectable", "RESULT"), ("Epclusa", "MEDICATION")],
     ["primary-care", "template"], "Diagnosis, result and treatment in a Mailchimp-style template's fixed text."),
    ("dk0113", "Hi {{first_name}},\n\nThank you for scheduling with Lakeview Hand & Upper Extremity Orthopedics. Your carpal tunnel release consultation is on {{appt_date}} at {{appt_time}} with {{surgeon_name}}.\n\nPlease arrive 20 minutes early to fill out a short questionnaire about your hand. If another office has records or images from the last year, ask them to send copies to us before your visit.\n\nOur office is on the 4th floor of the Lakeview Medical Pavilion. Validated parking is available in the east garage.\n\nTo reschedule, call (608) 555-0133 or reply to this email at least one business day ahead.\n\nSee you soon,\nScheduling Team\nLakeview Hand & Upper Extremity Orthopedics",
     "REWRITE", "confirmation", "email", "en",
     [("Lakeview Hand & Upper Extremity Orthopedics", "SPECIALTY"), ("carpal tunnel release", "PROCEDURE"), ("(608) 555-0133", "PHONE"),
      ("Lakeview Hand & Upper Extremity Orthopedics", "SPECIALTY", 1)],
     ["orthopedics", "practice-contact", "template"], "Orthopedic practice name and the procedure go; logistics survive. Name and surgeon fields: the first is covered by the fixed text (decision 2), the second is a provider."),
    ("dk0114", "How did we do? Rate your recent visit with {{provider_name}} from 1 (poor) to 5 (excellent) by replying with a number. Have more to say? Just write it in your reply - we read every comment.\n\n{{practice_name}}\n{unsubscribe}",
     "ALLOW", "other", "email", "en", [],
     ["general", "template", "hard-negative"], "Survey with provider and practice fields and an unsubscribe footer (decision 1)."),
    ("dk0115", "Estimado(a) {{paciente}}:\n\nEl Dr. Garza, su urólogo, ya recibió los resultados de la biopsia de próstata que se le hizo el {{fecha_biopsia}}. Se encontró un adenocarcinoma de próstata con puntuación de Gleason 3+4, en 2 de las 12 muestras.\n\nSabemos que esta noticia puede causar preocupación. En casos como el suyo hay varias opciones, desde vigilancia activa hasta cirugía o radioterapia, y el doctor quiere explicárselas con calma en persona.\n\nPor favor llame a nuestra oficina al (956) 555-0121 para programar una cita esta semana. Puede venir acompañado de un familiar.\n\nAtentamente,\nCoordinación de Pacientes\nUrología del Río Grande",
     "BLOCK", "result", "email", "es",
     [("Dr. Garza", "PROVIDER"), ("urólogo", "SPECIALTY"), ("biopsia de próstata", "PROCEDURE"), ("adenocarcinoma de próstata", "CONDITION"),
      ("Gleason", "PROCEDURE"), ("3+4", "RESULT"), ("2 de las 12 muestras", "RESULT"), ("vigilancia activa", "PROCEDURE"), ("radioterapia", "PROCEDURE"),
      ("(956) 555-0121", "PHONE"), ("Urología del Río Grande", "SPECIALTY")],
     ["oncology", "template", "practice-contact"], "A cancer diagnosis with its score in a letter template: the finding is the message. 'cirugía' alone is generic (README)."),
    ("dk0116", "Recordatorio: su cita con la Dra. Villanueva es el {{fecha_cita}} a las {{hora_cita}} en {{sucursal}}. Por favor llegue 10 minutos antes. Para cancelar responda NO.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Villanueva", "PROVIDER")],
     ["primary-care", "template"], "Provider, date, time and branch fields only (decision 1)."),
    ("dk0117", "Hi {{first_name}}, your son's ADHD med (Vyvanse 30mg) needs a new script every month. It's been sent to {{pharmacy}} - ready after 2pm. -{{clinic_name}}",
     "BLOCK", "pickup", "sms", "en",
     [("ADHD", "CONDITION"), ("Vyvanse 30mg", "MEDICATION")],
     ["pediatrics", "minor", "third-party", "template", "shorthand"], "A dependent's condition and medication sent to the guardian is BLOCK (README: 'your son's ADHD meds')."),
    ("dk0118", "{{first_name}}, your hearing aid fitting at SoundPath Audiology is {{appt_date}} at {{appt_time}}. Please bring a list of any questions you have.",
     "REWRITE", "reminder", "sms", "en",
     [("hearing aid fitting", "PROCEDURE"), ("SoundPath Audiology", "SPECIALTY")],
     ["general", "template"], "Device visit type and audiology name go (judgement: audiology is specialty-revealing like eye care; tag general, decision 12)."),
    ("dk0119", "Appointment reminder: {{ appt_date | date: \"%b %d\" }} at {{ appt_time }} with {{ provider_name }}. See you soon!",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "hard-negative"], "A Liquid date filter whose format string looks like printf slots; date, time and provider only (decision 1)."),
    ("dk0120", "Hi Jamal, you're lab resluts are back: A1C 6.9 and cholesterol 231. Dr. Petrov says keep up the diet & walking, recheck in 3 mo. -{{sender_name}}",
     "BLOCK", "result", "sms", "en",
     [("Jamal", "NAME"), ("A1C", "PROCEDURE"), ("6.9", "RESULT"), ("cholesterol", "PROCEDURE"), ("231", "RESULT"), ("Dr. Petrov", "PROVIDER")],
     ["primary-care", "lab", "template", "typo", "shorthand"], "Partly rendered staff quick-text with typos and two values: results are the message."),
)

# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "dk", "probe112.jsonl")
