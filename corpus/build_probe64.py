#!/usr/bin/env python3
"""Build corpus/probe64.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe64.py [OUT] [-v]   (default: probe64.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the
docstring and first batch of build_probe7.py for the script format only. The engine was not run
and no other corpus's messages, source code or tests were read.

This round is ONCOLOGY, INFUSION, RADIATION AND GENETIC COUNSELING: what cancer centers, infusion
suites, radiation-oncology departments, genetic-counseling services, survivorship and
nurse-navigator programs, specialty pharmacies, wig and prosthesis boutiques and cancer support
charities send — chemo and infusion scheduling, lab-before-treatment notices, holds for low
counts, CT simulation, mask fittings, SBRT and brachytherapy, port placement/flush/access,
hereditary testing kits and results-ready notices, cascade testing of relatives, navigator
introductions, survivorship care plans, oral chemo pickups and premedication, copay assistance,
rides and lodging, wig and breast-prosthesis fittings, donor and tribute letters, fundraising
walks and awareness events — with hard negatives (charity 5K and walk announcements, "Cancer"
the zodiac sign, a street called Radiant Way, UV radiation and radon, drink "infusions",
marketplace "navigators", general screening campaigns sent to everyone). About 20% Spanish;
four disguised messages (spaced letters, leet, zero-width, Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "3.1 ([[L]])" searches for "3.1 (L)"
      and labels only the bracketed part "L".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Department, unit and program names of a cancer service used as a place, team or sign-off
     ("Infusion Center", "Radiation Oncology, Level B", "Unidad de Radioterapia", "Survivorship
     Program", "Genetic Counseling team", a bare "Infusion" after a nurse's name) are SPECIALTY,
     like a specialty-revealing practice name.
  2. "chemo", "infusion", "immunotherapy", "radiation", "SBRT", "brachytherapy", "CT simulation",
     "mask fitting", "port flush/access/placement", "oral chemo" are PROCEDURE (DESIGN names chemo
     and infusion as visit types); a drug followed by "infusion" is one MEDICATION span (the
     README's form-word rule, like "cortisone injection"); named regimens (FOLFOX, R-CHOP, ABVD,
     AC-T) are MEDICATION; "treatment", "cycle", "tratamiento", "scan" alone stay generic.
  3. A results-ready notice that names the test, the program or the counselor is REWRITE (the
     name goes, "results are ready" survives); with nothing named it is ALLOW.
  4. Hereditary findings: the status word or finding ("positive", "negative", "variant of
     uncertain significance", the HGVS notation) is RESULT; the gene or syndrome ("BRCA2",
     "MLH1", "Lynch syndrome", "CHEK2") is CONDITION; the test ("hereditary cancer panel",
     "BRCA1/BRCA2 test") is PROCEDURE.
  5. Preparation logistics (arrive with a full bladder, nothing to eat after midnight, wear loose
     clothing, bring a driver) are not treatment instructions: REWRITE once the procedure is
     removed. Medication doses, holding a drug, skin-care regimens for the treated area and
     side-effect management after treatment are treatment instructions: BLOCK.
  6. Cancer charities: community broadcasts (5K, walks, awareness, volunteer calls) are ALLOW with
     no span, even with "Cancer" in the charity's name, because the recipient is not identified
     as a patient; a charity's message to one beneficiary (gas card approved) labels the charity
     name SPECIALTY (REWRITE); a donor or tribute acknowledgment naming an honoree's disease or
     treatment is a third party's health (BLOCK).
  7. Street and town names used only for directions or to name one of the practice's offices
     ("the Radiant Way entrance", "the Port Orchard office", "our Elm St lot") are not labelled;
     the practice's full street address is ADDRESS (ALLOW).
  8. "wig" sold at retail is not labelled (many people wear wigs); "cranial prosthesis", breast
     prostheses, post-mastectomy bras, compression sleeves and gauntlets are PROCEDURE (devices);
     a boutique name that does not reveal the service is not labelled.
  9. A third party's or dependent's non-routine treatment (chemo, port access, transfusion) is
     BLOCK, since the README lets a dependent's logistics be REWRITE only with a name, a routine
     visit type or a specialty name; a dependent with only a name and a specialty is REWRITE.
 10. "patient navigator", "nurse navigator", "navegadora de pacientes", "financial counselor"
     are generic roles; a qualifying specialty word ("oncology nurse navigator") is SPECIALTY;
     credentials naming a specialty (OCN, CGC, CLT) are separate SPECIALTY spans; "genetic
     counselor"/"consejera genética" and "radiation therapists" are SPECIALTY role words.
 11. Chair, room, vault and linac numbers, ride trip numbers and confirmation codes are not
     labelled; a ride vendor's driver is workforce (PROVIDER) and the driver's car plate is not
     the patient's identifier (not labelled, ALLOW).
 12. A parcel tracking number on a shipment of the patient's drug is OTHER_ID.
 13. Thresholds and reference ranges ("below the 75K we need", "ref <38") are not RESULT; only
     the patient's own values and findings are.
 14. A hospital-wide broadcast that mentions service areas in passing ("infusion and radiation
     treatment areas") says nothing about the recipient: no span for them (README broadcasts).
 15. A linear accelerator named as equipment ("TrueBeam", "acelerador") is PROCEDURE (a device
     that reveals radiation treatment).

Everything is invented: names, practices, charities, 555-01xx numbers, example domains,
identifiers; the SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (bo0001-bo0012): infusion and chemo scheduling
add(
    ("bo0001", "Cascade Oncology Associates: Your infusion appt is Tue 3/10 at 8:30 AM, Chair 14. Please arrive 15 min early for labs. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Cascade Oncology Associates", "SPECIALTY"), ("infusion", "PROCEDURE"), ("3/10", "DATE")],
     ["oncology"], "Oncology practice name and the visit type go; date, time and the chair number survive (chair numbers are not labelled, decision 11)."),
    ("bo0002", "Reminder from Lakeview Medical Center: you have an appointment with Dr. Farah Haddad on Monday, April 6 at 1:15 PM. Call 206-555-0143 with questions.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Farah Haddad", "PROVIDER"), ("April 6", "DATE"), ("206-555-0143", "PHONE")],
     ["oncology", "practice-contact"], "An oncologist's reminder written the safe way: generic center name, provider, date, time and the practice's own phone."),
    ("bo0003", "Hola Marisol, le recordamos su sesión de quimioterapia el jueves 12 de marzo a las 9:00 en el Centro Oncológico del Valle. Traiga su lista de medicamentos. Para cambios llame al 915-555-0127.",
     "REWRITE", "reminder", "sms", "es",
     [("Marisol", "NAME"), ("quimioterapia", "PROCEDURE"), ("12 de marzo", "DATE"), ("Centro Oncológico del Valle", "SPECIALTY"), ("915-555-0127", "PHONE")],
     ["oncology", "practice-contact"], "Name, chemo and the oncology center's name go; date, time and the practice phone survive."),
    ("bo0004", "ur chemo is moved to thurs 2pm bc ur platelets were 71 today. pls get labs redrawn wed afternoon at the 2nd fl lab. -Keisha RN",
     "BLOCK", "care-instructions", "sms", "en",
     [("chemo", "PROCEDURE"), ("platelets", "PROCEDURE"), ("71", "RESULT"), ("Keisha RN", "PROVIDER")],
     ["oncology", "shorthand"], "The reason for the move is the patient's platelet value: a result cannot be rewritten away; send a portal notice."),
    ("bo0005", "Your ANC today was 0.8, so we are holding cycle 4 of FOLFOX. Dr. Brandt wants repeat labs Monday. Do not take your ondansetron unless nauseated.",
     "BLOCK", "result", "sms", "en",
     [("ANC", "PROCEDURE"), ("0.8", "RESULT"), ("FOLFOX", "MEDICATION"), ("Dr. Brandt", "PROVIDER"), ("ondansetron", "MEDICATION")],
     ["oncology"], "A count value, a treatment hold and a drug instruction are the message. Named regimen FOLFOX is MEDICATION (decision 2)."),
    ("bo0006", "Hi Gerald, your labs from this morning: WBC 3.1 (L), hemoglobin 10.4 (L), platelets 162. Counts are OK to proceed with carboplatin/paclitaxel tomorrow as planned. – Meg Castillo, RN, Infusion",
     "ALLOW", "result", "portal", "en",
     [("Gerald", "NAME"), ("WBC", "PROCEDURE"), ("3.1", "RESULT"), ("3.1 ([[L]])", "RESULT"), ("hemoglobin", "PROCEDURE"), ("10.4", "RESULT"), ("10.4 ([[L]])", "RESULT"),
      ("platelets", "PROCEDURE"), ("162", "RESULT"), ("carboplatin", "MEDICATION"), ("paclitaxel", "MEDICATION"), ("Meg Castillo, RN", "PROVIDER"), ("Infusion", "SPECIALTY")],
     ["oncology"], "Inside the secure portal results, drugs and names may stay (README channel convention). The bare unit sign-off 'Infusion' is labelled SPECIALTY (decision 1)."),
    ("bo0007", "Infusion Center update: due to a pharmacy delay, chair times after 1pm today are running about 45 minutes behind. We're sorry for the wait — coffee and snacks are in the family lounge.",
     "REWRITE", "other", "sms", "en",
     [("Infusion Center", "SPECIALTY")],
     ["oncology"], "Sent only to patients with a chair today, so the unit name reveals the service (decision 1); the delay notice survives without it."),
    ("bo0008", "Meridian Infusion Suites: your Keytruda infusion is confirmed for 5/19 at 10:00. Plan on about 90 minutes including check-in and vitals.",
     "REWRITE", "confirmation", "sms", "en",
     [("Meridian Infusion Suites", "SPECIALTY"), ("Keytruda infusion", "MEDICATION"), ("5/19", "DATE")],
     ["oncology"], "Drug plus form word is one MEDICATION span (README form-word rule, decision 2); the infusion-suite name is specialty-revealing."),
    ("bo0009", "{{clinic_name}} Infusion: your treatment is scheduled for {{appt_date}} at {{appt_time}}. Reply C to confirm or call {{clinic_phone}}.",
     "REWRITE", "reminder", "sms", "en",
     [("Infusion", "SPECIALTY")],
     ["oncology", "template", "contrast"], "Content-free placeholders are fine, but the literal unit word 'Infusion' in the template reveals the service (decision 1)."),
    ("bo0010", "Lab reminder: please come to the 3rd-floor lab by 7:30 AM Wednesday, 2 hours before your next appointment. No fasting needed.",
     "ALLOW", "reminder", "sms", "en", [],
     ["lab"], "Lab-before-treatment notice with neither the treatment nor the test named: logistics only."),
    ("bo0011", "Good morning Mr. Abernathy — your Neulasta Onpro was applied at 3:40 pm and will deliver your dose about 27 hours later, around 6:40 pm tomorrow. Leave it on until the light turns off, then peel it off and put it in the sharps box.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Abernathy", "NAME"), ("Neulasta Onpro", "MEDICATION")],
     ["oncology"], "Dosing and device-removal instructions for a named drug are treatment instructions (decision 5)."),
    ("bo0012", "Sra. Quintero, su cita para el lavado del port es el lunes 4 de mayo a las 11:30 con la enfermera Rocío. Unidad de Infusión, planta baja.",
     "REWRITE", "reminder", "sms", "es",
     [("Quintero", "NAME"), ("lavado del port", "PROCEDURE"), ("4 de mayo", "DATE"), ("enfermera Rocío", "PROVIDER"), ("Unidad de Infusión", "SPECIALTY")],
     ["oncology"], "Port flush and the infusion unit go with the name; date, time and nurse survive (decisions 1 and 2)."),
)

# ---------------------------------------------------------------- batch 2 (bo0013-bo0024): radiation oncology, directions, rides
add(
    ("bo0013", "Pinecrest Radiation Oncology: your CT simulation is scheduled for Friday 6/12 at 9:00 am. Please arrive with a comfortably full bladder (drink 16 oz of water 1 hour before). Wear loose clothing.",
     "REWRITE", "reminder", "sms", "en",
     [("Pinecrest Radiation Oncology", "SPECIALTY"), ("CT simulation", "PROCEDURE"), ("6/12", "DATE")],
     ["oncology"], "Judgement (decision 5): full-bladder and clothing prep are logistics, not treatment instructions; remove the practice name and the procedure and the reminder survives."),
    ("bo0014", "Hi Desmond, this is Arturo, one of the radiation therapists. Machine 2 is down this morning — can you come at 11:40 instead of 10:20 for your treatment? Reply YES or call 503-555-0162.",
     "REWRITE", "reminder", "sms", "en",
     [("Desmond", "NAME"), ("Arturo", "PROVIDER"), ("radiation therapists", "SPECIALTY"), ("503-555-0162", "PHONE")],
     ["oncology", "practice-contact"], "Staff sender is PROVIDER; 'radiation therapists' is a role word naming the service (decision 10); 'treatment' and 'Machine 2' stay generic (decisions 2, 11)."),
    ("bo0015", "You completed 28 of 28 fractions of radiation on 8/14 — congratulations! Expect some skin peeling for 2 more weeks; keep applying Miaderm twice daily and the skin redness should fade by your follow-up.",
     "BLOCK", "care-instructions", "email", "en",
     [("radiation", "PROCEDURE"), ("8/14", "DATE"), ("skin peeling", "CONDITION"), ("Miaderm", "MEDICATION"), ("skin redness", "CONDITION")],
     ["oncology"], "Treatment summary plus a skin-care regimen for the treated area: treatment instructions (decision 5); e-mail is treated like SMS."),
    ("bo0016", "Reminder: you have a mask fitting tomorrow at 2:30 PM in Radiation Oncology, Level B (elevator C). Don't wear earrings or heavy makeup.",
     "REWRITE", "reminder", "sms", "en",
     [("mask fitting", "PROCEDURE"), ("Radiation Oncology", "SPECIALTY")],
     ["oncology"], "Department given as a place is SPECIALTY (decision 1); the immobilization mask fitting is a procedure (decision 2); the jewelry note is logistics."),
    ("bo0017", "Construction notice: starting Monday, the Radiant Way entrance to our Elm Street parking garage will be closed. Please use the Hollis Avenue entrance. Valet hours are unchanged.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Hard negative: 'Radiant' is a street, not radiation; street names used only for directions to the practice are not labelled (decision 7)."),
    ("bo0018", "Northshore Medical Pavilion has moved! Starting July 1 find us at 4410 Radiant Way, Suite 200, Bellmont, OR 97305. Same phone: (541) 555-0188.",
     "ALLOW", "other", "sms", "en",
     [("July 1", "DATE"), ("4410 Radiant Way, Suite 200, Bellmont, OR 97305", "ADDRESS"), ("(541) 555-0188", "PHONE")],
     ["general", "practice-contact", "broadcast"], "The practice's own new address and phone are labelled but allowed; 'Radiant Way' is a street."),
    ("bo0019", "Hello, this is Ridgeline Cancer Institute calling with a reminder for your brachytherapy appointment on Thursday, October 8th at 7 a.m. Nothing to eat or drink after midnight. To confirm, press 1.",
     "REWRITE", "reminder", "voice", "en",
     [("Ridgeline Cancer Institute", "SPECIALTY"), ("brachytherapy", "PROCEDURE"), ("October 8th", "DATE")],
     ["oncology"], "Voice is overheard like SMS is previewed; the NPO instruction is prep logistics (decision 5), so removing the center and procedure leaves a usable reminder."),
    ("bo0020", "Recordatorio: su radioterapia continúa mañana a las 8:15. El acelerador 3 está en mantenimiento, lo atenderemos en la sala 1. Departamento de Radioterapia, Hospital San Lucas.",
     "REWRITE", "reminder", "sms", "es",
     [("radioterapia", "PROCEDURE"), ("acelerador", "PROCEDURE"), ("Departamento de Radioterapia", "SPECIALTY")],
     ["oncology"], "The treatment, the linear accelerator (decision 15) and the department sign-off (decision 1) reveal radiation; the time and room survive."),
    ("bo0021", "Jamal, Dr. Ostrowski reviewed your restaging PET/CT. The treated lymph nodes are no longer hypermetabolic – this is a complete metabolic response. We'll go over next steps at your visit 11/3.",
     "BLOCK", "result", "sms", "en",
     [("Jamal", "NAME"), ("Dr. Ostrowski", "PROVIDER"), ("restaging PET/CT", "PROCEDURE"), ("no longer hypermetabolic", "RESULT"), ("complete metabolic response", "RESULT"), ("11/3", "DATE")],
     ["oncology"], "Imaging findings are the message, good news or not: a portal notice instead."),
    ("bo0022", "Dr. Yuen's office: your follow-up is Wed 9/23 at 3:40pm. Please check in at the main lobby kiosk. Questions? 360-555-0109",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Yuen", "PROVIDER"), ("9/23", "DATE"), ("360-555-0109", "PHONE")],
     ["oncology", "practice-contact"], "Provider, date, time and the office phone; 'follow-up' is generic."),
    ("bo0023", "Your ride to radiation on Mon 2/2 is booked with Evergreen Medical Rides. Driver will pick you up at 7:05 AM at 2231 NE Larch St, Apt 4. Trip #ER-55812.",
     "REWRITE", "confirmation", "sms", "en",
     [("radiation", "PROCEDURE"), ("2/2", "DATE"), ("2231 NE Larch St, Apt 4", "ADDRESS")],
     ["oncology", "identifier"], "The patient's home address and the treatment go; the trip number is a booking reference, not labelled (decision 11)."),
    ("bo0024", "Don Aurelio, para la piel del área tratada: lave con agua tibia, aplique la crema de caléndula 3 veces al día y no use desodorante del lado izquierdo hasta terminar la radiación.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Aurelio", "NAME"), ("crema de caléndula", "MEDICATION"), ("radiación", "PROCEDURE")],
     ["oncology"], "Skin-care regimen for the irradiated area is a treatment instruction (decision 5)."),
)

# ---------------------------------------------------------------- batch 3 (bo0025-bo0036): genetic counseling and hereditary testing
add(
    ("bo0025", "Heritage Cancer Genetics: your results are ready. Please schedule a results visit with your genetic counselor at 617-555-0134 or online at heritagegenetics.example.org/schedule.",
     "REWRITE", "portal-notice", "sms", "en",
     [("Heritage Cancer Genetics", "SPECIALTY"), ("genetic counselor", "SPECIALTY"), ("617-555-0134", "PHONE"), ("heritagegenetics.example.org/schedule", "URL")],
     ["oncology", "practice-contact"], "Results-ready with no value, but the program name and the counselor role reveal hereditary cancer testing (decisions 3 and 10); the practice's own phone and link stay."),
    ("bo0026", "Dear Ms. Trinh,\n\nThank you for scheduling your genetic counseling appointment with Priya Raman, MS, CGC on Tuesday, February 17 at 10:00 AM (video visit). Before the visit, please complete the family history questionnaire at https://portal.example.org/fhx. List any cancers in your parents, siblings, children, aunts, uncles and grandparents, with the age at diagnosis if you know it. If a relative has already had genetic testing, a copy of their report is very helpful.\n\nThe visit takes about 60 minutes. If you decide to test, it is usually a saliva kit mailed to your home, and most insurers cover hereditary cancer testing when guidelines are met.\n\nQuestions? Call our coordinator, Lena, at 617-555-0135.\n\nWarmly,\nCancer Risk & Genetics Program\nBayside Health",
     "REWRITE", "confirmation", "email", "en",
     [("Trinh", "NAME"), ("genetic counseling", "PROCEDURE"), ("Priya Raman, MS", "PROVIDER"), ("CGC", "SPECIALTY"), ("February 17", "DATE"), ("https://portal.example.org/fhx", "URL"),
      ("cancers", "CONDITION"), ("genetic testing", "PROCEDURE"), ("hereditary cancer testing", "PROCEDURE"), ("Lena", "PROVIDER"), ("617-555-0135", "PHONE"),
      ("Cancer Risk & Genetics Program", "SPECIALTY")],
     ["oncology", "practice-contact"], "Pre-visit e-mail: the visit type, the CGC credential and the program name reveal a cancer-risk evaluation (decisions 2, 10). Judgement: the family-history instructions ('cancers', relatives' 'genetic testing') are labelled because, sent to this patient, they describe her own evaluation."),
    ("bo0027", "Hi Colleen, good news — your hereditary cancer panel (47 genes) came back negative; no pathogenic variants were found. Your sister should still consider her own testing. Anjali will post the full letter in the portal.",
     "BLOCK", "result", "sms", "en",
     [("Colleen", "NAME"), ("hereditary cancer panel", "PROCEDURE"), ("negative", "RESULT"), ("no pathogenic variants", "RESULT"), ("Anjali", "PROVIDER")],
     ["oncology"], "A negative result is still a result (README); the portal pointer cannot save a text that states it."),
    ("bo0028", "Genetic test report posted: Variant of uncertain significance (VUS) in CHEK2, c.1427C>T. This type of result is not used to make medical decisions, and your screening plan does not change. Call us with questions. — Sam Oduya, MS, CGC",
     "ALLOW", "result", "portal", "en",
     [("Genetic test", "PROCEDURE"), ("Variant of uncertain significance", "RESULT"), ("VUS", "RESULT"), ("CHEK2", "CONDITION"), ("c.1427C>T", "RESULT"), ("Sam Oduya, MS", "PROVIDER"), ("CGC", "SPECIALTY")],
     ["oncology"], "Portal: the finding may stay. Labels follow decision 4 (finding and HGVS notation RESULT, gene CONDITION) and decision 10 (CGC is a specialty credential)."),
    ("bo0029", "Buenas tardes, le escribe Daniela del Programa de Asesoría Genética en Cáncer. Sus resultados ya están listos; la consejera genética le llamará el miércoles entre 2 y 4 pm desde un número privado.",
     "REWRITE", "portal-notice", "sms", "es",
     [("Daniela", "PROVIDER"), ("Programa de Asesoría Genética en Cáncer", "SPECIALTY"), ("consejera genética", "SPECIALTY")],
     ["oncology"], "Results-ready without a value: the program name and the counselor role go, the call-back window survives (decisions 3, 10)."),
    ("bo0030", "Ms. Delacroix, your brother Paul tested positive for Lynch syndrome (MLH1). Because you are a first-degree relative, we recommend you schedule genetic testing; call 412-555-0190.",
     "BLOCK", "other", "sms", "en",
     [("Delacroix", "NAME"), ("Paul", "NAME"), ("positive", "RESULT"), ("Lynch syndrome", "CONDITION"), ("MLH1", "CONDITION"), ("genetic testing", "PROCEDURE"), ("412-555-0190", "PHONE")],
     ["oncology", "third-party", "practice-contact"], "Cascade-testing letter that states a relative's positive result: a third party's health (README), and it implies the recipient's own risk."),
    ("bo0031", "Do you know your family health history? Holiday gatherings are a great time to ask relatives about conditions that run in the family. Ask for a free family-history worksheet at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Broadcast to every patient about family history; names no one and no condition."),
    ("bo0032", "Saliva kit reminder: your BRCA1/BRCA2 test kit shipped 4/8. Spit to the fill line, seal the tube, and drop the box in any USPS mailbox within 7 days.",
     "ALLOW", "care-instructions", "portal", "en",
     [("BRCA1/BRCA2 test", "PROCEDURE"), ("4/8", "DATE")],
     ["oncology"], "Inside the portal the named test may stay; over SMS this would be REWRITE (decision 4: the test is PROCEDURE)."),
    ("bo0033", "Results for Keith Brandvold (DOB 07/19/1971): Lynch syndrome panel negative. Letter mailed to 88 Orchard Ln, Dunmore PA 18512.",
     "BLOCK", "result", "sms", "en",
     [("Keith Brandvold", "NAME"), ("07/19/1971", "DATE"), ("Lynch syndrome panel", "PROCEDURE"), ("negative", "RESULT"), ("88 Orchard Ln, Dunmore PA 18512", "ADDRESS")],
     ["oncology", "dob", "identifier"], "Full DOB with the name, a result and the home address: BLOCK on every count."),
    ("bo0034", "Free community webinar: Your Genes and Your Health. Thursday at 6 PM. Learn what genetic testing can and cannot tell you, how direct-to-consumer kits differ from clinical tests, and which laws protect your genetic information. Open to everyone; no registration needed.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Educational broadcast; genetic testing mentioned in general, not about the recipient (README broadcasts)."),
    ("bo0035", "New message from your Genetic Counseling team. Tap to view it securely in the MyHealth app.",
     "REWRITE", "portal-notice", "push", "en",
     [("Genetic Counseling", "SPECIALTY")],
     ["oncology"], "Push notices show on the lock screen; the team name reveals the service (decision 1). 'New message' alone would be ALLOW."),
    ("bo0036", "Sr. Villanueva, su prueba genética salió positiva para una variante en BRCA2. Es importante que sus hijas también se hagan la prueba. Llámenos al 305-555-0117 para su cita con la Dra. Ibarra.",
     "BLOCK", "result", "sms", "es",
     [("Villanueva", "NAME"), ("prueba genética", "PROCEDURE"), ("positiva", "RESULT"), ("BRCA2", "CONDITION"), ("305-555-0117", "PHONE"), ("Dra. Ibarra", "PROVIDER")],
     ["oncology", "practice-contact"], "A positive hereditary result (decision 4: status RESULT, gene CONDITION) cannot travel by SMS."),
)

# ---------------------------------------------------------------- batch 4 (bo0037-bo0048): navigators, survivorship, support groups
add(
    ("bo0037", "Hello Mr. Whitfield,\n\nMy name is Tamsin Ortega, RN, OCN, and I'll be your oncology nurse navigator at Bayview Hematology & Oncology. My job is to make the next few weeks easier: I can help coordinate your appointments with Dr. Mensah and the surgical team, connect you with our social worker, dietitian and financial counselor, and answer questions between visits.\n\nYour first visit is set for Monday, March 2 at 9:30 AM on the 4th floor. Please bring a photo ID, your insurance card and a list of the medicines you take, and feel free to bring a family member or friend.\n\nMy direct line is 503-555-0176 (Mon–Fri, 8–4:30). After hours, call the main number and ask for the provider on call.\n\nI look forward to meeting you,\nTamsin",
     "REWRITE", "other", "email", "en",
     [("Whitfield", "NAME"), ("Tamsin Ortega, RN", "PROVIDER"), ("OCN", "SPECIALTY"), ("oncology", "SPECIALTY"), ("Bayview Hematology & Oncology", "SPECIALTY"),
      ("Dr. Mensah", "PROVIDER"), ("March 2", "DATE"), ("503-555-0176", "PHONE"), ("Tamsin", "PROVIDER", 1)],
     ["oncology", "practice-contact"], "Navigator introduction: the qualifier 'oncology', the OCN credential and the practice name reveal the service (decision 10); the navigator, the visit logistics and the direct line survive."),
    ("bo0038", "Hola, soy Lucía, navegadora de pacientes de Clínica Santa Fe. Estoy para ayudarle con citas, transporte y preguntas sobre su seguro. Mi número directo es 786-555-0152. ¡Cuente conmigo!",
     "ALLOW", "other", "sms", "es",
     [("Lucía", "PROVIDER"), ("786-555-0152", "PHONE")],
     ["oncology", "practice-contact", "contrast"], "Judgement (decision 10): 'navegadora de pacientes' is a generic role and the clinic name is generic, so nothing reveals the service."),
    ("bo0039", "Hi Renata! Survivorship Clinic here — it's been a year since you finished treatment, so it's time for your survivorship care plan visit. Book with NP Haskins at 919-555-0148.",
     "REWRITE", "recall", "sms", "en",
     [("Renata", "NAME"), ("Survivorship Clinic", "SPECIALTY"), ("survivorship care plan", "PROCEDURE"), ("NP Haskins", "PROVIDER"), ("919-555-0148", "PHONE")],
     ["oncology", "practice-contact"], "Survivorship clinic name and care-plan visit imply a cancer history (decisions 1, 2); the recall survives as 'time for your visit'."),
    ("bo0040", "Ms. Abara, your 5-year surveillance CT shows no evidence of recurrence. Congratulations! Dr. Lindqvist would like to move you to annual visits.",
     "BLOCK", "result", "sms", "en",
     [("Abara", "NAME"), ("surveillance CT", "PROCEDURE"), ("no evidence of recurrence", "RESULT"), ("Dr. Lindqvist", "PROVIDER")],
     ["oncology"], "A normal finding is still a result (README), and 'recurrence' reveals the cancer history."),
    ("bo0041", "National Cancer Survivors Day is Sunday! Join survivors, families and caregivers for music, food trucks and a balloon release at Riverside Park, 11am–2pm. All are welcome.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Community event broadcast; 'cancer survivors' names an audience, not the recipient (decision 6)."),
    ("bo0042", "Reminder: Breast Cancer Support Group meets tonight 6:30 in Conference Room B. Guest speaker: Dr. Annika Roos on nutrition during recovery. See you there, Jo",
     "REWRITE", "reminder", "sms", "en",
     [("Breast Cancer", "CONDITION"), ("Dr. Annika Roos", "PROVIDER"), ("Jo", "PROVIDER")],
     ["oncology"], "Sent to enrolled members, so the group's condition label reveals theirs (README: condition as a visit label, generic words outside)."),
    ("bo0043", "Hola Sra. Benítez, le llamamos de parte de su esposo Ramiro: sus estudios muestran que el linfoma está en remisión completa. Él nos autorizó a informarle. Saludos, Clínica Oncológica del Norte",
     "BLOCK", "result", "sms", "es",
     [("Benítez", "NAME"), ("Ramiro", "NAME"), ("linfoma", "CONDITION"), ("en remisión completa", "RESULT"), ("Clínica Oncológica del Norte", "SPECIALTY")],
     ["oncology", "third-party"], "A spouse's diagnosis and status (README: a state of a condition is RESULT); authorization does not make SMS safe."),
    ("bo0044", "Hi, this is Corinne from Dr. Keane's office calling to confirm your appointment on Tuesday, October 14th at 8 a.m. If you need to reschedule, call us back at 425-555-0133. Thanks!",
     "ALLOW", "confirmation", "voice", "en",
     [("Corinne", "PROVIDER"), ("Dr. Keane", "PROVIDER"), ("October 14th", "DATE"), ("425-555-0133", "PHONE")],
     ["oncology", "practice-contact"], "Voicemail with staff, provider, date, time and the office number only."),
    ("bo0045", "You're registered for Moving Forward After Cancer, our 6-week class starting Thursday 1/15, 5–6:30 PM, Room 210. Parking is free in Lot C. Can't make it? Just reply to this email.\n\n– Survivorship Program, Elmwood Regional Medical Center",
     "REWRITE", "confirmation", "email", "en",
     [("Moving Forward After Cancer", "PROCEDURE"), ("1/15", "DATE"), ("Survivorship Program", "SPECIALTY")],
     ["oncology"], "Judgement: a registration for a survivors' program is the recipient's own program (README: programs are PROCEDURE); the program's sign-off is SPECIALTY (decision 1)."),
    ("bo0046", "Hi Wendell, it's Grace (navigator). Dr. Pak got your biopsy back — it is adenocarcinoma, stage not known yet. She'll go over it with you Thursday; please bring your wife if you can.",
     "BLOCK", "result", "sms", "en",
     [("Wendell", "NAME"), ("Grace", "PROVIDER"), ("Dr. Pak", "PROVIDER"), ("biopsy", "PROCEDURE"), ("adenocarcinoma", "CONDITION")],
     ["oncology"], "A new cancer diagnosis by text: the finding is the message."),
    ("bo0047", "Open enrollment is here! Certified navigators can help you compare marketplace plans for free, Saturdays 10–2 in our Community Room. No appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Navigators' here are insurance-marketplace helpers, not patient navigators."),
    ("bo0048", "Estimado Sr. Paredes: su navegador de pacientes de oncología, Héctor Luna, lo acompañará a su primera consulta con el Dr. Salgado el 9 de febrero. Lo esperamos en el 3er piso de la Torre B.",
     "REWRITE", "reminder", "sms", "es",
     [("Paredes", "NAME"), ("oncología", "SPECIALTY"), ("Héctor Luna", "PROVIDER"), ("Dr. Salgado", "PROVIDER"), ("9 de febrero", "DATE")],
     ["oncology", "contrast"], "Unlike bo0038 the navigator is qualified by 'oncología' (decision 10); name and specialty go."),
)

# ---------------------------------------------------------------- batch 5 (bo0049-bo0060): ports, pre-treatment labs, counts, children
add(
    ("bo0049", "Port placement pre-op call: your procedure with Dr. Whitaker (interventional radiology) is Tues 1/27. Check in at 6:00 AM at Same Day Surgery, 2nd floor. Nothing to eat after midnight; sips of water OK until 4 AM. Stop your Eliquis after the Saturday evening dose. You'll need a driver.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Port placement", "PROCEDURE"), ("pre-op", "PROCEDURE"), ("Dr. Whitaker", "PROVIDER"), ("interventional radiology", "SPECIALTY"), ("1/27", "DATE"), ("Eliquis", "MEDICATION")],
     ["oncology"], "Fasting and driver are logistics, but holding an anticoagulant is a medication instruction (decision 5), so the message cannot be rewritten safely."),
    ("bo0050", "Labs are back: platelets 68K, which is below the 75K we need for your Gemzar tomorrow. Treatment is postponed 1 week; repeat CBC Monday 8am. - Dr. Albright's nurse",
     "BLOCK", "result", "sms", "en",
     [("platelets", "PROCEDURE"), ("68K", "RESULT"), ("Gemzar", "MEDICATION"), ("CBC", "PROCEDURE"), ("Dr. Albright", "PROVIDER")],
     ["oncology"], "The patient's count and a treatment delay; the 75K threshold is not the patient's value and is not labelled (decision 13)."),
    ("bo0051", "Bloodwork reminder: please get your CBC w/ diff and CMP done 1–3 days before your next cycle of treatment. Walk-ins welcome at any Pacific Crest Lab location, 7am–3pm.",
     "ALLOW", "reminder", "portal", "en",
     [("CBC w/ diff", "PROCEDURE"), ("CMP", "PROCEDURE")],
     ["oncology", "lab"], "Portal: named tests may stay. 'cycle of treatment' is generic (decision 2) and Pacific Crest Lab is a generic lab name."),
    ("bo0052", "Sr. Olmedo: su marcador tumoral CEA bajó de 18.2 a 6.4. ¡Muy buena noticia! El Dr. Cárdenas lo comentará en su consulta del martes.",
     "BLOCK", "result", "sms", "es",
     [("Olmedo", "NAME"), ("marcador tumoral CEA", "PROCEDURE"), ("18.2", "RESULT"), ("6.4", "RESULT"), ("Dr. Cárdenas", "PROVIDER")],
     ["oncology"], "Tumor-marker values by SMS; the named test is one PROCEDURE span with its head word (README)."),
    ("bo0053", "Hi Beatriz, you're due for a port flush (every 4–6 weeks when you're not in treatment). Reply 1 for Tues 4/14 at 10:15 or 2 for Thurs 4/16 at 1:30.",
     "REWRITE", "recall", "sms", "en",
     [("Beatriz", "NAME"), ("port flush", "PROCEDURE"), ("4/14", "DATE"), ("4/16", "DATE")],
     ["oncology"], "Name and the port flush go (decision 2); the interval note becomes generic and the offered slots survive."),
    ("bo0054", "Reminder: the Port Orchard office closes at noon on Friday for staff training. Our Bremerton office is open regular hours.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Port' is a town here, not a chemo port; office names from the practice's own towns are not labelled (decision 7)."),
    ("bo0055", "Reminder from Children's Hem/Onc: Ava's port access and chemo are Friday 5/8 at 8am, with labs first. Please put her numbing cream on 1 hour before.",
     "BLOCK", "reminder", "sms", "en",
     [("Children's Hem/Onc", "SPECIALTY"), ("Ava", "NAME"), ("port access", "PROCEDURE"), ("chemo", "PROCEDURE"), ("5/8", "DATE"), ("numbing cream", "MEDICATION")],
     ["oncology", "pediatrics", "minor", "third-party", "contrast"], "A child's chemo and a medication instruction to the parent: a dependent's non-routine treatment is BLOCK (decision 9)."),
    ("bo0056", "Hi Mrs. Kowalczyk, Tobias has an appointment at Lakeside Children's Hematology-Oncology on Wed 6/3 at 2:00 PM with Dr. Ferris. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Kowalczyk", "NAME"), ("Tobias", "NAME"), ("Lakeside Children's Hematology-Oncology", "SPECIALTY"), ("6/3", "DATE"), ("Dr. Ferris", "PROVIDER")],
     ["oncology", "pediatrics", "minor", "contrast"], "A dependent's logistics with only names and a specialty name is REWRITE (README; contrast with bo0055)."),
    ("bo0057", "Tumor markers from 9/30: CA 27-29 = 41 U/mL (ref <38) (H). Slightly up from 36 in June. Dr. Nakamura wants to recheck in 4 weeks; no change to your letrozole.",
     "ALLOW", "result", "portal", "en",
     [("Tumor markers", "PROCEDURE"), ("9/30", "DATE"), ("CA 27-29", "PROCEDURE"), ("41 U/mL", "RESULT"), ("41 U/mL (ref <38) ([[H]])", "RESULT"), ("36", "RESULT"),
      ("Dr. Nakamura", "PROVIDER"), ("letrozole", "MEDICATION")],
     ["oncology"], "Portal result message: values and drug may stay. The reference range is not labelled (decision 13); the flag is its own RESULT span."),
    ("bo0058", "Hi, this message is for Ruth. This is Pam from Dr. Moreau's office. Your potassium was a little low at 3.2, so please start the potassium chloride 20 milliequivalents once a day with food, and we'll recheck next week before your treatment. Call us at 603-555-0124.",
     "BLOCK", "care-instructions", "voice", "en",
     [("Ruth", "NAME"), ("Pam", "PROVIDER"), ("Dr. Moreau", "PROVIDER"), ("potassium", "PROCEDURE"), ("3.2", "RESULT"), ("potassium chloride", "MEDICATION"), ("603-555-0124", "PHONE")],
     ["oncology", "practice-contact"], "A voicemail with a value and a new dose: both are the message."),
    ("bo0059", "Mobile lab visit: a phlebotomist from HomeDraw will come to 15 Saddleback Ct, Unit 2 on Tue 3/3 between 8–10 AM to draw your pre-chemo labs.",
     "REWRITE", "confirmation", "sms", "en",
     [("15 Saddleback Ct, Unit 2", "ADDRESS"), ("3/3", "DATE"), ("pre-chemo", "PROCEDURE")],
     ["oncology", "lab", "home-health"], "The patient's address and 'pre-chemo' go (one PROCEDURE span, like 'pre-op'); the visit window survives."),
    ("bo0060", "Clínica Familiar Los Pinos: le recordamos que su cita con la Dra. Estrada es el viernes 20 de noviembre a las 10:40. Si no puede asistir, llame al 956-555-0119.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Estrada", "PROVIDER"), ("20 de noviembre", "DATE"), ("956-555-0119", "PHONE")],
     ["primary-care", "practice-contact"], "Generic clinic name, provider, date, time and the clinic's phone."),
)

# ---------------------------------------------------------------- batch 6 (bo0061-bo0072): oral chemo and supportive drugs, wigs, prostheses, sleeves
add(
    ("bo0061", "Crestview Specialty Pharmacy: your capecitabine 500 mg tablets are ready. Curbside pickup available 9–6. Reply SHIP to have them mailed instead.",
     "REWRITE", "pickup", "sms", "en",
     [("Crestview Specialty Pharmacy", "SPECIALTY"), ("capecitabine 500 mg tablets", "MEDICATION")],
     ["pharmacy", "oncology"], "Pickup notice: the oral chemo drug with strength and form and the specialty-pharmacy name go (README); 'your order is ready' survives."),
    ("bo0062", "Rx ready: Tamoxifen 20mg #90. Take 1 tablet by mouth daily. Rx# 6042217. Refills: 3. - Oak Hollow Pharmacy",
     "BLOCK", "pickup", "sms", "en",
     [("Tamoxifen 20mg", "MEDICATION"), ("6042217", "OTHER_ID")],
     ["pharmacy", "oncology"], "The label's directions are a dosing instruction: BLOCK, not a pickup rewrite. Rx number is OTHER_ID (README)."),
    ("bo0063", "Wig Wednesday! 25% off all synthetic and human-hair wigs, toppers and head wraps at Crown & Curl Boutique this week. Walk-ins welcome.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Retail promotion to every customer; 'wig' alone is not labelled (decision 8)."),
    ("bo0064", "Hi Janelle, your cranial prosthesis is in! Come by Crown & Curl any weekday for your cut-and-style fitting. Don't forget the prescription from your oncologist so we can bill insurance.",
     "REWRITE", "pickup", "sms", "en",
     [("Janelle", "NAME"), ("cranial prosthesis", "PROCEDURE"), ("oncologist", "SPECIALTY")],
     ["oncology"], "'Cranial prosthesis' is the medical-device term for a wig after chemo (decision 8); name and oncologist go, the fitting invitation survives."),
    ("bo0065", "Hola Graciela, ya llegaron su prótesis mamaria y los dos brasieres post-mastectomía. Puede pasar a la prueba el sábado 14 de marzo. Boutique Rosa Vida, tel. 210-555-0138.",
     "REWRITE", "pickup", "sms", "es",
     [("Graciela", "NAME"), ("prótesis mamaria", "PROCEDURE"), ("brasieres post-mastectomía", "PROCEDURE"), ("14 de marzo", "DATE"), ("210-555-0138", "PHONE")],
     ["oncology", "practice-contact"], "Breast prosthesis and post-mastectomy bras are devices (decision 8); the boutique's name does not reveal the service and is not labelled."),
    ("bo0066", "It's Cancer season ♋ Treat yourself to a summer facial at Solstice Day Spa. Book this week and get a free lip treatment with any service!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Cancer' is the zodiac sign; a spa promotion to everyone."),
    ("bo0067", "Boletín Comunitario — Horóscopo de la semana para Cáncer: buenos días para cuidar tu salud. Recuerda que la Feria de Salud es el sábado en el parque central, con toma de presión gratis para todos.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "'Cáncer' es el signo zodiacal; community newsletter broadcast with a free blood-pressure fair."),
    ("bo0068", "Your compression sleeve and gauntlet fitting is scheduled for 11/5 at 3:00 PM with Marisa Yoon, CLT. Please come after a normal day of activity so we can measure accurately. — Harbor Medical Supply",
     "REWRITE", "reminder", "email", "en",
     [("compression sleeve", "PROCEDURE"), ("gauntlet", "PROCEDURE"), ("11/5", "DATE"), ("Marisa Yoon", "PROVIDER"), ("CLT", "SPECIALTY")],
     ["oncology", "home-health"], "Lymphedema garments are devices (decision 8) and the CLT credential (certified lymphedema therapist) names a specialty (decision 10)."),
    ("bo0069", "Jorge, your oral chemo Lonsurf ships today. Take it twice a day within 1 hour after breakfast and dinner, days 1-5 and 8-12 of each 28-day cycle. Tracking: 1Z999AA10123456784",
     "BLOCK", "care-instructions", "sms", "en",
     [("Jorge", "NAME"), ("oral chemo", "PROCEDURE"), ("Lonsurf", "MEDICATION"), ("1Z999AA10123456784", "OTHER_ID")],
     ["pharmacy", "oncology"], "Dosing schedule of an oral chemo drug: treatment instructions. The parcel tracking number is OTHER_ID (decision 12)."),
    ("bo0070", "Your order from Harbor Medical Supply shipped today. Questions? Call 253-555-0171 or visit harbormedsupply.example.com/orders.",
     "ALLOW", "other", "sms", "en",
     [("253-555-0171", "PHONE"), ("harbormedsupply.example.com/orders", "URL")],
     ["home-health", "practice-contact"], "Shipping notice with nothing about the item; the supplier's own phone and untokened link."),
    ("bo0071", "Hi Mr Castellanos this is Bree at Oak Hollow Pharmacy, your ondansetron and dexamethazone are ready for pick up. we close at 7 tonite",
     "REWRITE", "pickup", "sms", "en",
     [("Castellanos", "NAME"), ("Bree", "PROVIDER"), ("ondansetron", "MEDICATION"), ("dexamethazone", "MEDICATION")],
     ["pharmacy", "oncology", "typo"], "Antiemetic and steroid names in a pickup (one misspelled as staff type it) go with the patient's name."),
    ("bo0072", "Dear Mrs. Halvorsen,\n\nYour first docetaxel treatment is on Thursday. To prevent reactions and fluid retention, please take dexamethasone 8 mg by mouth twice a day starting Wednesday morning (the day before) and continue through Friday, 6 doses in all. Take it with food; it can make it hard to sleep, so take the second dose by 4 PM. If you miss the Thursday morning dose, tell the infusion nurse when you arrive and do not double up.\n\nPlease bring all of your pill bottles to the first visit. Call 971-555-0142 with any questions, day or night.\n\nOncology Pharmacy Team\nWillamette Valley Cancer Institute",
     "BLOCK", "care-instructions", "email", "en",
     [("Halvorsen", "NAME"), ("docetaxel", "MEDICATION"), ("fluid retention", "CONDITION"), ("dexamethasone 8 mg", "MEDICATION"), ("infusion", "PROCEDURE"),
      ("971-555-0142", "PHONE"), ("Oncology", "SPECIALTY"), ("Willamette Valley Cancer Institute", "SPECIALTY")],
     ["oncology", "practice-contact"], "Premedication doses and timing are treatment instructions (decision 5). 'Fluid retention' is a side effect named as something to prevent (README: symptoms are conditions)."),
)

# ---------------------------------------------------------------- batch 7 (bo0073-bo0084): charities, walks, awareness and screening campaigns, tributes
add(
    ("bo0073", "Lace up for the 12th annual Hope Runs Deep 5K!\n\nSaturday, 8 AM at Lakefront Park. Walk it, run it, push a stroller or bring your dog. Every dollar raised stays local and pays for the Cascadia Cancer Fund's gas cards, free rides and lodging for families who travel for treatment.\n\nRegister by Friday to get a race shirt in your size. Teams of five or more save $10 per person, and kids under 12 run free. Survivors are invited to walk the first lap together and will be honored at the finish line with a rose.\n\nCan't make it? Be a virtual runner: log your miles anywhere that weekend and share a photo with #HopeRunsDeep.\n\nSee you at the start line!\nThe Hope Runs Deep Committee",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "hard-negative", "broadcast"], "Charity 5K newsletter to the whole mailing list; 'Cancer' in the charity's name and 'survivors' describe an audience, not the recipient (decision 6)."),
    ("bo0074", "Thanks for registering for the Cascadia Cancer Fund Pedal for Progress ride on 9/12! Packet pickup is Friday 4–7 PM. Route maps and parking: cascadiacancerfund.example.org/pedal",
     "ALLOW", "marketing", "sms", "en",
     [("9/12", "DATE"), ("cascadiacancerfund.example.org/pedal", "URL")],
     ["general", "practice-contact"], "A rider's registration for a fundraiser says nothing about the rider's health (decision 6); event date and the charity's own link."),
    ("bo0075", "Dear Nora, thank you for your gift of $100 in memory of your father, Leonard Ames, who fought pancreatic cancer with such courage. A card letting her know of your gift has been sent to your mother at 41 Birchwood Dr.",
     "BLOCK", "other", "email", "en",
     [("Nora", "NAME"), ("Leonard Ames", "NAME"), ("pancreatic cancer", "CONDITION"), ("41 Birchwood Dr", "ADDRESS")],
     ["oncology", "third-party"], "Tribute acknowledgment that names the honoree's disease: a third party's health (decision 6), plus a relative's address."),
    ("bo0076", "¡Únase a la Caminata Rosa 2025! Este domingo caminamos por la detección temprana del cáncer de mama. Inscripción gratuita y playera para los primeros 200. ¡Traiga a toda la familia!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "hard-negative", "broadcast"], "Awareness walk for everyone; a year alone is not a date element (DESIGN)."),
    ("bo0077", "October is Breast Cancer Awareness Month. If you're 40 or older, it may be time for a screening mammogram: ask at your next visit. Our mobile mammography coach parks in the Elm St lot the 2nd Tuesday of every month.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "imaging", "hard-negative", "broadcast"], "General screening campaign sent to every patient (README broadcasts); the street is only a direction (decision 7)."),
    ("bo0078", "Lung cancer screening saves lives. Adults 50–80 who smoked a pack a day for 20 years (or the equivalent) may qualify for a yearly low-dose CT, covered by most plans. Ask your primary care provider.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "hard-negative", "broadcast"], "Eligibility criteria addressed to everyone, not a statement about the recipient's smoking or health."),
    ("bo0079", "Sun safety tip from Brookside Family Medicine: UV radiation is strongest from 10am to 4pm. Use SPF 30+, reapply every 2 hours, and check your skin each month for spots that change.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "hard-negative", "broadcast"], "'Radiation' is sunlight here; a health tip broadcast."),
    ("bo0080", "Hi Lorraine, your application to the Cascadia Cancer Fund travel assistance program was approved! A $150 gas card will be mailed to you this week. Questions? 503-555-0195",
     "REWRITE", "other", "sms", "en",
     [("Lorraine", "NAME"), ("Cascadia Cancer Fund", "SPECIALTY"), ("503-555-0195", "PHONE")],
     ["oncology", "practice-contact"], "Judgement (decision 6): sent to one beneficiary, the cancer charity's name reveals that she is in treatment; the approval survives."),
    ("bo0081", "Results are in: together our community raised $48,312 at Saturday's Hope Runs Deep 5K! Thank you to every runner, walker and volunteer. Photos will be posted next week.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Results' are fundraising totals, not clinical results."),
    ("bo0082", "Campaña de detección: todos los adultos de 45 a 75 años deben hacerse una prueba de detección de cáncer colorrectal. Pregunte por el kit para hacerla en casa en su próxima cita. Clínica Comunitaria La Esperanza.",
     "ALLOW", "marketing", "sms", "es", [],
     ["primary-care", "hard-negative", "broadcast"], "Screening campaign sent to all adult patients; says nothing about the recipient."),
    ("bo0083", "Querida familia Robles: gracias por su donación en honor a la abuela Esperanza, que terminó su quimioterapia la semana pasada. ¡Le deseamos una pronta recuperación! Fundación Manos Unidas",
     "BLOCK", "other", "sms", "es",
     [("Robles", "NAME"), ("Esperanza", "NAME"), ("quimioterapia", "PROCEDURE")],
     ["oncology", "third-party"], "Donor acknowledgment that reveals the honoree's chemotherapy: a third party's treatment (decisions 6 and 9)."),
    ("bo0084", "Volunteer drivers needed! Help neighbors get to medical appointments: 2 hours a week makes a difference. Training is Thursday at the Senior Center.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "hard-negative", "broadcast"], "Volunteer recruitment broadcast; 'medical appointments' of neighbors in general."),
)

# ---------------------------------------------------------------- batch 8 (bo0085-bo0096): lodging, rides, billing, financial assistance
add(
    ("bo0085", "Beacon House confirmation: Room 12 is reserved for you and one companion 3/4–3/9 while you're in treatment at Ridgeline Cancer Institute. Check-in after 3 PM; please bring a photo ID.",
     "REWRITE", "confirmation", "sms", "en",
     [("3/4", "DATE"), ("3/9", "DATE"), ("Ridgeline Cancer Institute", "SPECIALTY")],
     ["oncology"], "Lodging confirmation: the cancer center's name reveals why she is staying; the lodging house's own name reveals nothing and stays (decision 6 by analogy)."),
    ("bo0086", "Sra. Fuentes, su transporte a la Unidad de Radioterapia está confirmado para el lunes 6 de abril a las 7:30 am. El chofer la recogerá en Calle Nogal 318, Col. Centro. Favor de estar lista 10 min antes.",
     "REWRITE", "confirmation", "sms", "es",
     [("Fuentes", "NAME"), ("Unidad de Radioterapia", "SPECIALTY"), ("6 de abril", "DATE"), ("Calle Nogal 318, Col. Centro", "ADDRESS")],
     ["oncology"], "Ride confirmation: the destination unit (decision 1), the name and the pickup address go; '10 min' is not a date."),
    ("bo0087", "Now pouring: berry infusions ☕ Lobby Bistro, 7–7",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Infusions' are drinks here."),
    ("bo0088", "Financial assistance: to finish your Oncology Drug Assistance Program application we still need to verify your SSN. Is it 078-05-1120 as written on the form? Reply YES or call 503-555-0157.",
     "BLOCK", "billing", "sms", "en",
     [("Oncology Drug Assistance Program", "PROCEDURE"), ("078-05-1120", "SSN"), ("503-555-0157", "PHONE")],
     ["oncology", "identifier", "practice-contact"], "An SSN must never travel by text (DESIGN), whatever the purpose."),
    ("bo0089", "Statement from Cascade Oncology Associates: your balance of $214.60 for services on 2/11 is due 3/15. Acct 88120457. Pay at cascadeonc.example.com/pay or call 503-555-0150.",
     "REWRITE", "billing", "sms", "en",
     [("Cascade Oncology Associates", "SPECIALTY"), ("2/11", "DATE"), ("3/15", "DATE"), ("88120457", "ACCOUNT"), ("cascadeonc.example.com/pay", "URL"), ("503-555-0150", "PHONE")],
     ["oncology", "practice-contact"], "Billing: the oncology practice name and the account number are not needed; balance, due date and the practice's own pay link survive."),
    ("bo0090", "Your balance with Northfield Health is $45.00. Pay securely at northfieldhealth.example.org/billpay or reply PAY for a payment link. Questions: 509-555-0112.",
     "ALLOW", "billing", "sms", "en",
     [("northfieldhealth.example.org/billpay", "URL"), ("509-555-0112", "PHONE")],
     ["general", "practice-contact"], "Generic practice, amount, and the practice's own untokened link and phone."),
    ("bo0091", "Hi Mr. Ngata, I'm Rosa Delgado, the financial counselor for the infusion center. Good news: your copay assistance for Opdivo was approved through 12/31, so your cost per treatment should be $0. The approval letter is attached. Member ID on file: XQH448120773. Call me at 702-555-0166 if a bill looks wrong.",
     "REWRITE", "billing", "email", "en",
     [("Ngata", "NAME"), ("Rosa Delgado", "PROVIDER"), ("infusion center", "SPECIALTY"), ("Opdivo", "MEDICATION"), ("12/31", "DATE"), ("XQH448120773", "HEALTH_PLAN_ID"), ("702-555-0166", "PHONE")],
     ["oncology", "practice-contact"], "Copay approval is billing, not a result: the drug, the unit (decision 1), the member ID and the name go; 'financial counselor' is generic (decision 10)."),
    ("bo0092", "This message is for Harold Pettigrew, date of birth March 3rd, 1941. Your prior authorization for Xtandi was approved. Please call Bayshore Specialty Pharmacy at 813-555-0129 to schedule delivery.",
     "BLOCK", "other", "voice", "en",
     [("Harold Pettigrew", "NAME"), ("March 3rd, 1941", "DATE"), ("Xtandi", "MEDICATION"), ("Bayshore Specialty Pharmacy", "SPECIALTY"), ("813-555-0129", "PHONE")],
     ["pharmacy", "oncology", "dob", "practice-contact"], "Full date of birth spoken with the name on a voicemail: BLOCK (README)."),
    ("bo0093", "Evergreen Medical Rides: your driver Marcus is 5 minutes away in a silver Toyota Camry, plate 7KQD219. Please be ready at the curb.",
     "ALLOW", "other", "sms", "en",
     [("Marcus", "PROVIDER")],
     ["general"], "Judgement (decision 11): the driver is workforce and the plate is the vendor's car, not the patient's identifier; nothing says where the ride goes."),
    ("bo0094", "Buenas tardes Sra. Ríos, le habla Fernanda del consultorio del Dr. Pineda. Su papá, Don Evaristo, salió con la hemoglobina en 7.9 y necesita una transfusión antes de seguir con la quimio. Favor de traerlo mañana a las 8.",
     "BLOCK", "result", "sms", "es",
     [("Ríos", "NAME"), ("Fernanda", "PROVIDER"), ("Dr. Pineda", "PROVIDER"), ("Evaristo", "NAME"), ("hemoglobina", "PROCEDURE"), ("7.9", "RESULT"), ("transfusión", "PROCEDURE"), ("quimio", "PROCEDURE")],
     ["oncology", "third-party"], "A parent's lab value and treatment sent to the daughter: a third party's health (README)."),
    ("bo0095", "Chemo teaching tomorrow 10 AM, Room 3B: we'll go over your AC-T plan (AC every 2 weeks x4, then weekly paclitaxel x12) and your anti-nausea meds.",
     "BLOCK", "care-instructions", "push", "en",
     [("Chemo teaching", "PROCEDURE"), ("AC-T", "MEDICATION"), ("AC", "MEDICATION", 1), ("paclitaxel", "MEDICATION"), ("anti-nausea meds", "MEDICATION")],
     ["oncology", "shorthand"], "The push preview carries the treatment plan and schedule: treatment content, not logistics (decision 5); regimens are MEDICATION (decision 2)."),
    ("bo0096", "Flu shots are here! Walk in M–F 8–5. Reply STOP to opt out.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "Broadcast: flu shots available to everyone (README example)."),
)

# ---------------------------------------------------------------- batch 9 (bo0097-bo0108): disguises, findings, SBRT e-mail, typos
add(
    ("bo0097", "ur c h e m o is tues 10/6 9am. reply C to confirm",
     "REWRITE", "reminder", "sms", "en",
     [("c h e m o", "PROCEDURE"), ("10/6", "DATE")],
     ["oncology", "spaced", "shorthand"], "Spaced-out 'chemo' is still the visit type; the span covers the disguised letters."),
    ("bo0098", "Hi Dolores, ur r4diation appt moved to 1:45 tmrw. Same room. -Front desk",
     "REWRITE", "reminder", "sms", "en",
     [("Dolores", "NAME"), ("r4diation", "PROCEDURE")],
     ["oncology", "leet", "shorthand"], "Leet 'r4diation' in SMS shorthand; name and treatment go, the new time survives."),
    ("bo0099", "Your infu\u200bsion at On\u200bcology Partners of Tampa is confirmed for 7/22 at 10:30 AM. Reply C to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("infu\u200bsion", "PROCEDURE"), ("On\u200bcology Partners of Tampa", "SPECIALTY"), ("7/22", "DATE")],
     ["oncology"], "Zero-width spaces inside 'infusion' and 'Oncology'; spans cover the original characters."),
    ("bo0100", "R\u0430diation Oncology check-in: please arrive 20 min before your 2:15 PM simulation today. Use the east entrance.",
     "REWRITE", "reminder", "sms", "en",
     [("R\u0430diation Oncology", "SPECIALTY"), ("simulation", "PROCEDURE")],
     ["oncology"], "A Cyrillic a in 'Radiation'; department name (decision 1) and the simulation (decision 2) go."),
    ("bo0101", "Hola Sra. Treviño: ya están sus resultados de la biopsia de mama. La patología mostró un carcinoma ductal in situ, grado 2, con receptores de estrógeno positivos. La Dra. Zamora le explicará las opciones en su cita del 18 de agosto.",
     "ALLOW", "result", "portal", "es",
     [("Treviño", "NAME"), ("biopsia de mama", "PROCEDURE"), ("patología", "PROCEDURE"), ("carcinoma ductal in situ", "CONDITION"), ("grado 2", "RESULT"),
      ("receptores de estrógeno positivos", "RESULT"), ("Dra. Zamora", "PROVIDER"), ("18 de agosto", "DATE")],
     ["oncology"], "Pathology result inside the secure portal: may stay (README channel convention)."),
    ("bo0102", "Pt update for you Mr. Grady: Dr. Voss reviewed your MRI, the mets in your spine are stable with no new lesions. Cont Xgeva q4wk, next dose 6/30.",
     "BLOCK", "result", "email", "en",
     [("Grady", "NAME"), ("Dr. Voss", "PROVIDER"), ("MRI", "PROCEDURE"), ("mets", "CONDITION"), ("stable", "RESULT"), ("no new lesions", "RESULT"), ("Xgeva", "MEDICATION"), ("6/30", "DATE")],
     ["oncology", "shorthand"], "Metastases, their status and a dosing schedule in clinician shorthand; e-mail is treated like SMS."),
    ("bo0103", "Hello Mr. Amsel,\n\nYour SBRT planning is complete and your five treatments are scheduled: Mon 4/6, Wed 4/8, Fri 4/10, Mon 4/13 and Wed 4/15, each at 7:40 AM on the TrueBeam in Vault 2 (lower level, follow the blue line). Each session takes about 30–40 minutes, most of it setup. You can drive yourself.\n\nPlease check in at the Radiation Oncology desk each day; you do not need to change clothes. If you must cancel, call 702-555-0183 at least 24 hours ahead so the team can adjust.\n\nFree parking is in Lot D; bring your ticket to the desk each day for validation, and feel free to bring one person with you to the waiting area. Your first follow-up with Dr. Saleh will be about four weeks after your last treatment; we will mail you the date and time, along with a short questionnaire to bring.\n\nWren Gallagher\nScheduling Coordinator, Desert Vista Cancer Center",
     "REWRITE", "confirmation", "email", "en",
     [("Amsel", "NAME"), ("SBRT", "PROCEDURE"), ("4/6", "DATE"), ("4/8", "DATE"), ("4/10", "DATE"), ("4/13", "DATE"), ("4/15", "DATE"), ("TrueBeam", "PROCEDURE"),
      ("Radiation Oncology", "SPECIALTY"), ("702-555-0183", "PHONE"), ("Dr. Saleh", "PROVIDER"), ("Wren Gallagher", "PROVIDER"), ("Desert Vista Cancer Center", "SPECIALTY")],
     ["oncology", "practice-contact"], "Schedule e-mail: treatment type, linac (decision 15), department and center names go; dates, times and the vault number survive (decision 11)."),
    ("bo0104", "Buenos días, le llamamos del consultorio de la Dra. Figueroa para confirmar su cita del lunes 2 de marzo a las nueve de la mañana. Si necesita cambiarla, marque el 520-555-0104.",
     "ALLOW", "confirmation", "voice", "es",
     [("Dra. Figueroa", "PROVIDER"), ("2 de marzo", "DATE"), ("520-555-0104", "PHONE")],
     ["oncology", "practice-contact"], "Voicemail with provider, date, spoken time and the office number."),
    ("bo0105", "Hi Vanessa, Dr. Kwan says your pathology from the lumpectomy came back with clear margins and 0 of 3 sentinel nodes positive. No more surgery needed! Radiation consult is next.",
     "BLOCK", "result", "sms", "en",
     [("Vanessa", "NAME"), ("Dr. Kwan", "PROVIDER"), ("pathology", "PROCEDURE"), ("lumpectomy", "PROCEDURE"), ("clear margins", "RESULT"), ("0 of 3 sentinel nodes positive", "RESULT"), ("Radiation", "PROCEDURE")],
     ["oncology"], "Good-news pathology is still a result (README)."),
    ("bo0106", "Open art studio for everyone: bring your own markers or use ours. Wednesdays 1–3 in the Healing Arts Room. Patients, families and staff welcome.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Markers' are pens, not tumor markers; an open-to-all broadcast."),
    ("bo0107", "Mrs. Okafor your immunotherpay infusion is reschedled to Fri 11/20 at 1pm due to the holiday. Sorry for the inconvinience. Ridgeline Infusion",
     "REWRITE", "reminder", "sms", "en",
     [("Okafor", "NAME"), ("immunotherpay infusion", "PROCEDURE"), ("11/20", "DATE"), ("Ridgeline Infusion", "SPECIALTY")],
     ["oncology", "typo"], "Misspelled therapy plus 'infusion' as one visit-type span (not a drug, so not the form-word rule); unit name in the sign-off (decision 1)."),
    ("bo0108", "New result: your PSA is <0.01 ng/mL (undetectable). Open the app for details.",
     "BLOCK", "result", "push", "en",
     [("PSA", "PROCEDURE"), ("<0.01 ng/mL", "RESULT"), ("undetectable", "RESULT")],
     ["oncology"], "A value on the lock screen; the push should say only that a new result is in the app."),
)

# ---------------------------------------------------------------- batch 10 (bo0109-bo0120): templates, broadcasts, caregivers, survivorship plans
add(
    ("bo0109", "Reminder from {{practice_name}}: you have an appointment on {{appt_date}} at {{appt_time}} with {{provider_name}}. Please arrive 15 minutes early with your insurance card. Reply C to confirm, R to reschedule.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template", "contrast"], "Template with content-free placeholders only (README templates); contrast with bo0009, whose literal 'Infusion' reveals the service."),
    ("bo0110", "Estimado Sr. Gallegos: su conteo de neutrófilos de hoy fue de 1.9, suficiente para recibir mañana su ciclo 3 de R-CHOP. Siga tomando el alopurinol 300 mg una vez al día. — Enf. Paola Reyes",
     "ALLOW", "result", "portal", "es",
     [("Gallegos", "NAME"), ("conteo de neutrófilos", "PROCEDURE"), ("1.9", "RESULT"), ("R-CHOP", "MEDICATION"), ("alopurinol 300 mg", "MEDICATION"), ("Enf. Paola Reyes", "PROVIDER")],
     ["oncology"], "Portal: a count, the regimen (decision 2) and a dose may stay."),
    ("bo0111", "Sra. Maldonado, su PET de control mostró que el ganglio del cuello ya no capta; la Dra. Salas dice que la radioterapia funcionó. Le llamaremos para agendar su revisión.",
     "BLOCK", "result", "sms", "es",
     [("Maldonado", "NAME"), ("PET", "PROCEDURE"), ("ya no capta", "RESULT"), ("Dra. Salas", "PROVIDER"), ("radioterapia", "PROCEDURE"), ("funcionó", "RESULT")],
     ["oncology"], "An imaging finding and the treatment response: the finding is the message."),
    ("bo0112", "Centro de Salud San Isidro invita a todas las mujeres a la jornada de salud del sábado: toma de presión, glucosa y orientación sobre el Papanicolaou y la mastografía. Sin costo y sin cita.",
     "ALLOW", "marketing", "sms", "es", [],
     ["primary-care", "hard-negative", "broadcast"], "Health-fair broadcast to all women patients; screening words say nothing about the recipient."),
    ("bo0113", "Lakeshore Health visitor update (effective Monday)\n\nTo protect patients during respiratory virus season, we are updating visitor guidelines at all Lakeshore Health hospitals and clinics:\n• Two visitors at a time per patient on inpatient units; one adult companion in infusion and radiation treatment areas.\n• Visitors must be 12 or older, except in the birthing center.\n• Please stay home if you have a fever, cough or sore throat, and wear a mask if asked. Masks are available at every entrance.\n\nThe full policy, entrances and hours are at lakeshorehealth.example.org/visitors. Questions? Call Patient Relations at 616-555-0181, weekdays 8–5.\n\nThank you for helping us keep everyone safe.",
     "ALLOW", "other", "email", "en",
     [("lakeshorehealth.example.org/visitors", "URL"), ("616-555-0181", "PHONE")],
     ["general", "broadcast", "practice-contact"], "System-wide broadcast: service areas and symptoms mentioned in passing are not about the recipient and are not labelled (decision 14); the system's own link and phone are."),
    ("bo0114", "Stay positive and keep moving! Free chair yoga meets Fridays at 10 in the lobby atrium, open to patients, families and staff. No experience needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Positive' is an attitude, not a result; an open class broadcast."),
    ("bo0115", "Hello, this is the scheduling office at Lakeview Medical Center returning your call. We have an opening with Dr. Haddad on Thursday, May 7th at 10:20. Please call us back at 206-555-0143, option 2.",
     "ALLOW", "other", "voice", "en",
     [("Dr. Haddad", "PROVIDER"), ("May 7th", "DATE"), ("206-555-0143", "PHONE")],
     ["oncology", "practice-contact"], "Voicemail offering a slot with a provider and the office number; nothing about the visit's purpose."),
    ("bo0116", "Happy 91st birthday, Mr. Delgado! 🎉 Everyone at the Infusion Center is celebrating with you today.",
     "REWRITE", "other", "sms", "en",
     [("91st", "AGE"), ("Delgado", "NAME"), ("Infusion Center", "SPECIALTY")],
     ["oncology", "age-over-89"], "An age over 89 as an ordinal (README), the name and the unit name (decision 1) go; the greeting survives."),
    ("bo0117", "Hi Denise, as Martin's designated caregiver: his scan this week showed the liver lesions are smaller, so Dr. Ebbers will continue the same immunotherapy. His next infusion is 2/19 at 9 AM.",
     "BLOCK", "result", "email", "en",
     [("Denise", "NAME"), ("Martin", "NAME"), ("liver lesions", "CONDITION"), ("smaller", "RESULT"), ("Dr. Ebbers", "PROVIDER"), ("immunotherapy", "PROCEDURE"), ("infusion", "PROCEDURE"), ("2/19", "DATE")],
     ["oncology", "third-party"], "A third party's findings and treatment sent to the caregiver; 'scan' alone is generic (decision 2)."),
    ("bo0118", "January is Radon Action Month. Radon is a radioactive gas you can't see or smell and a leading cause of lung cancer in non-smokers. Pick up a free home test kit at any of our front desks this month.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "hard-negative", "broadcast"], "'Radioactive', 'lung cancer' and 'test kit' in a public-health broadcast about homes, not the recipient."),
    ("bo0119", "Hola, le escribe Irene de Clínica San Judas. Su cita con el Dr. Bermúdez quedó para el martes 13 de octubre a las 4:15 pm. Responda SI para confirmar o NO para cancelar.",
     "ALLOW", "confirmation", "sms", "es",
     [("Irene", "PROVIDER"), ("Dr. Bermúdez", "PROVIDER"), ("13 de octubre", "DATE")],
     ["primary-care"], "Staff sender, provider, date and time with reply keywords; generic clinic name."),
    ("bo0120", "Hi Theo, your survivorship care plan is ready: treatment summary (6 cycles of ABVD for Hodgkin lymphoma, completed 2021), follow-up schedule, and late-effects screening (echocardiogram every 5 years, yearly TSH). — Dr. Ines Marlow",
     "ALLOW", "portal-notice", "portal", "en",
     [("Theo", "NAME"), ("survivorship care plan", "PROCEDURE"), ("ABVD", "MEDICATION"), ("Hodgkin lymphoma", "CONDITION"), ("echocardiogram", "PROCEDURE"), ("TSH", "PROCEDURE"), ("Dr. Ines Marlow", "PROVIDER")],
     ["oncology"], "Inside the portal a care plan may name the regimen and diagnosis; the same text by SMS would be BLOCK. A year alone is not labelled."),
)

probe_lib.run(M, "bo", "probe64.jsonl")
