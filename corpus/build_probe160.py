#!/usr/bin/env python3
"""Build corpus/probe160.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe160.py [OUT] [-v]   (default: probe160.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine was not run,
and no other corpus, build script, source file or test was read).

This round is GENETICS AND GENETIC COUNSELING: what genetics clinics, genetic counselors,
hereditary-cancer programs, prenatal and preconception genetics, embryo testing,
cardiogenetics, pharmacogenomics services and direct-to-consumer DNA companies send —
counseling appointments, saliva-kit, cheek-swab and blood-draw instructions, insurance
preauthorization, estimates, claims and statements, results-ready notices, results themselves
(gene symbols, variant nomenclature, classifications, metabolizer status, karyotypes, risk
figures), variant reclassification letters, cascade-testing letters and calls to relatives,
research registries and return of research results, plus look-alikes (it's in our DNA, the
Gene Pool Party, a carrier pigeon exhibit, a family tree workshop at the library, a "positive
mutation" of a recipe, an insurance or phone carrier, a staff member named Gene Carrier).
About 16% Spanish; 4 disguised messages (spaced letters, zero-width characters, leet, a Cyrillic
look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Genetics is treated as a specialty whose name reveals the service: clinic, lab, program and
     team names containing Genetics / Genomics / Genome / Hereditary / Prenatal Diagnosis /
     Pharmacogenomics / PGx (team) are one SPECIALTY span, and so is the role word "genetic
     counselor(s)" (like "oncologist"); "genetic counseling" / "asesoramiento genético" as a
     visit type is PROCEDURE. A lab name with only "Lab"/"Labs" stays generic (README), even a
     suggestive brand ("Helixa Labs"); a brand without a genetics word (RootWeave, Kinfolk
     Health) is not labelled.
  2. The CGC credential (certified genetic counselor) after a name is a separate SPECIALTY span,
     like DDS; "MS" is a generic degree and stays in the PROVIDER span ("Priya Raman, MS").
     PharmD is treated the same way as CGC (it names pharmacy).
  3. Gene symbols named as what a person carries, has a variant in or is metabolizer for
     (BRCA2, MLH1, PALB2, CYP2C19, LDLR ...) are CONDITION, since they stand for the inherited
     predisposition; a gene inside the name of a test is part of that PROCEDURE span
     ("BRCA1/BRCA2 testing", "CYP2D6/CYP2C19 pharmacogenomic panel"). Classifications
     (pathogenic, likely benign, VUS, uncertain significance), variant nomenclature
     (c.1187G>A), genotypes (*2/*2), zygosity, metabolizer status, carrier status, karyotypes,
     copy numbers and risk figures ("50% chance", "1 in 5,000") are RESULT.
  4. Collection kits for a genetic test are PROCEDURE with the word kit included ("saliva
     collection kit", "cheek swab kit", "DNA kit", "kit de saliva"). A DTC company's notice about
     the recipient's own DNA kit is REWRITE (genetic testing is sensitive, GINA); the same
     company's sale broadcast is ALLOW with no span. A shipment tracking number is OTHER_ID (a
     unique code that leads to the recipient's address). Prior-authorization, claim and research
     study numbers are OTHER_ID, as in earlier probes.
  5. Cascade testing: a family letter or call that tells the recipient a relative (named or not)
     has a variant is BLOCK (a third party's health, and the recipient's own risk); an invitation
     that only says a relative asked us to contact you about testing, with no finding, is
     REWRITE. A partner's carrier result shown in the patient's own portal is ALLOW (portal
     channel; couples' carrier screening reports both).
  6. "We have updated information about a genetic test you had" with no finding is REWRITE
     (test and specialty removable; the call-back purpose survives), not BLOCK; a
     reclassification that states the new class is BLOCK.
  7. A registry, study or clinic name built on a condition keeps the generic word outside
     ("Hereditary Cardiomyopathy| Registry", "Inherited Retinal Disease| study visit").
  8. An insurance denial that states clinical reasons (the conditions not documented, a
     spouse's negative result) is BLOCK.
  9. "PGx" as a test is PROCEDURE; "the PGx team" is SPECIALTY. "family history questionnaire"
     and "family health history form" are generic paperwork and stay unlabelled.
 10. Service tags: the vocabulary has no genetics tag, so hereditary cancer -> oncology,
     prenatal/preconception -> reproductive, embryo testing -> fertility, pharmacogenomics ->
     pharmacy, DTC kits and draw stations -> lab, cardiogenetics -> cardiology, pediatric genetics
     -> pediatrics, inherited retinal disease -> ophthalmology, any other genetics clinic or
     practice-wide notice -> general.
 11. Named staff who are contacts rather than senders (a research coordinator) are PROVIDER like
     staff senders (workforce, not patients).

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


# ---------------------------------------------------------------- batch 1 (fg0001-fg0012): counseling appointments, first results
add(
    ("fg0001", "Reminder: you have an appointment with Dr. Imani Okafor on Tue 3/10 at 2:30 PM at Eastbrook Medical Group, 2nd floor. Reply C to confirm or call (617) 555-0142 to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Imani Okafor", "PROVIDER"), ("3/10", "DATE"), ("(617) 555-0142", "PHONE")],
     ["general", "practice-contact"], "Provider, date, time, a generic practice name and its own number; nothing says the visit is genetics."),
    ("fg0002", "Hi Delphine, this is Northwind Genetics confirming your genetic counseling appointment with Priya Raman, MS, CGC on Thursday 4/2 at 10:00am. A video link will be texted 15 min before. Reply C to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("Delphine", "NAME"), ("Northwind Genetics", "SPECIALTY"), ("genetic counseling", "PROCEDURE"), ("Priya Raman, MS", "PROVIDER"), ("CGC", "SPECIALTY"), ("4/2", "DATE")],
     ["general"], "Name, genetics practice name, visit type and the CGC credential go (decisions 1-2: genetics name SPECIALTY, CGC a separate SPECIALTY span); provider, date and time survive."),
    ("fg0003", "Dear Ms. Flynn,\n\nWelcome to the Lumen Hereditary Cancer Program at Saint Aldric Medical Center. Your first visit is scheduled for Monday, 4/13 at 1:30 PM with Dr. Wren Abernathy and one of our genetic counselors.\n\nBefore your visit, please:\n- Fill out the family health history form in your portal (about 20 minutes).\n- Gather copies of any earlier genetic test reports, for you or your relatives.\n- Bring your insurance card and a photo ID.\n\nThe visit lasts about an hour. Most people do not have blood drawn that day.\n\nParking is free in Garage B. If you need to reschedule, please call (617) 555-0175 at least 48 hours ahead.\n\nWarmly,\nThe Lumen Program Team",
     "REWRITE", "reminder", "email", "en",
     [("Flynn", "NAME"), ("Lumen Hereditary Cancer Program", "SPECIALTY"), ("4/13", "DATE"), ("Dr. Wren Abernathy", "PROVIDER"), ("genetic counselors", "SPECIALTY"), ("genetic test", "PROCEDURE"), ("(617) 555-0175", "PHONE")],
     ["oncology", "practice-contact"], "Welcome letter: patient name, the hereditary-cancer program name, the counselor role and the test type go (decision 1); the family health history form is generic paperwork (decision 9); logistics survive."),
    ("fg0004", "Hi Tomasz, Dr. Lindqvist asked me to let you know your hereditary cancer panel came back negative - no pathogenic variants found. Full letter coming by mail. -Jess, Genetics",
     "BLOCK", "result", "sms", "en",
     [("Tomasz", "NAME"), ("Dr. Lindqvist", "PROVIDER"), ("hereditary cancer panel", "PROCEDURE"), ("negative", "RESULT"), ("no pathogenic variants found", "RESULT"), ("Jess", "PROVIDER"), ("Genetics", "SPECIALTY")],
     ["oncology", "negation"], "A negative genetic result is still a result (README): BLOCK, send a portal notice instead."),
    ("fg0005", "Family Tree Workshop at the Oakmont Public Library this Saturday, 10 to noon: learn to trace your roots with census and immigration records. Free and open to all ages. Co-hosted by our Patient & Family Advisory Council.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a genealogy 'family tree' event sent to everyone; says nothing about anyone's health."),
    ("fg0006", "Your pre-test counseling visit for carrier screening is Mon 5/18 at 9:15 with Dr. Sato. Please arrive 10 min early to check in.",
     "REWRITE", "reminder", "sms", "en",
     [("pre-test counseling", "PROCEDURE"), ("carrier screening", "PROCEDURE"), ("5/18", "DATE"), ("Dr. Sato", "PROVIDER")],
     ["reproductive"], "Visit type and test (carrier screening reveals family planning) go; date, time and provider survive."),
    ("fg0007", "Clínica Valle Verde: Le recordamos su cita con la Dra. Bermúdez el jueves 14 de mayo a las 11:00 a. m. Para confirmar responda SI. Para cambiarla llame al (956) 555-0117.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Bermúdez", "PROVIDER"), ("14 de mayo", "DATE"), ("(956) 555-0117", "PHONE")],
     ["general", "practice-contact", "contrast"], "Generic practice name, provider, date, time and the practice's number (contrast: fg0053 names the same clinic's genetics service)."),
    ("fg0008", "Hola Ximena, su consulta de asesoramiento genético con la Lic. Quintero quedó para el martes 19 de mayo a las 3:30 pm. Si tiene resultados de pruebas anteriores, tráigalos por favor.",
     "REWRITE", "reminder", "sms", "es",
     [("Ximena", "NAME"), ("asesoramiento genético", "PROCEDURE"), ("Lic. Quintero", "PROVIDER"), ("19 de mayo", "DATE")],
     ["general"], "Name and the visit type go (decision 1: genetic counseling as a visit is PROCEDURE); 'resultados de pruebas anteriores' names no test and no finding."),
    ("fg0009", "Hi Marguerite,\n\nThanks for talking with me this afternoon. As we discussed, your result shows a variant of uncertain significance (VUS) in the PALB2 gene. A VUS is not the same as a positive result, and it should not change your medical care right now; your screening stays based on your family history. Labs review these over time and we will contact you if it is reclassified.\n\nTalk soon,\nPriya Raman, MS, CGC\nNorthwind Genetics",
     "BLOCK", "result", "email", "en",
     [("Marguerite", "NAME"), ("variant of uncertain significance", "RESULT"), ("VUS", "RESULT", 0), ("VUS", "RESULT", 1), ("PALB2", "CONDITION"), ("Priya Raman, MS", "PROVIDER"), ("CGC", "SPECIALTY"), ("Northwind Genetics", "SPECIALTY")],
     ["oncology", "negation"], "A VUS is a genetic finding about the recipient: BLOCK on e-mail (treated like SMS). Gene symbol as CONDITION, classification as RESULT (decision 3)."),
    ("fg0010", "Your genetic test results from Northwind Genetics are now available. Result: Pathogenic variant detected, MUTYH c.1187G>A (heterozygous). Dr. Okafor will call you to discuss. Please do not make changes to your care before that conversation.",
     "ALLOW", "result", "portal", "en",
     [("genetic test", "PROCEDURE"), ("Northwind Genetics", "SPECIALTY"), ("Pathogenic variant detected", "RESULT"), ("MUTYH", "CONDITION"), ("c.1187G>A", "RESULT"), ("heterozygous", "RESULT"), ("Dr. Okafor", "PROVIDER")],
     ["oncology", "contrast"], "Inside the secure portal a result may stay (README channel convention); contrast with fg0011, the same text by SMS."),
    ("fg0011", "Your genetic test results from Northwind Genetics are now available. Result: Pathogenic variant detected, MUTYH c.1187G>A (heterozygous). Dr. Okafor will call you to discuss. Please do not make changes to your care before that conversation.",
     "BLOCK", "result", "sms", "en",
     [("genetic test", "PROCEDURE"), ("Northwind Genetics", "SPECIALTY"), ("Pathogenic variant detected", "RESULT"), ("MUTYH", "CONDITION"), ("c.1187G>A", "RESULT"), ("heterozygous", "RESULT"), ("Dr. Okafor", "PROVIDER")],
     ["oncology", "contrast"], "The same pathogenic-variant result by SMS: the finding is the message, so BLOCK (contrast with fg0010 on the portal)."),
    ("fg0012", "Eastbrook Medical Group: Caring for families is in our DNA. Starting next month we're open Saturdays 8 to noon. Book online anytime.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'in our DNA' is a slogan in a practice-wide hours announcement."),
)

# ---------------------------------------------------------------- batch 2 (fg0013-fg0024): kits, swabs and blood draws
add(
    ("fg0013", "GenePath Diagnostics: your saliva collection kit shipped today via UPS, tracking 1Z999AA10123456784. Don't eat, drink, smoke or chew gum for 30 min before you spit.",
     "REWRITE", "other", "sms", "en",
     [("GenePath Diagnostics", "SPECIALTY"), ("saliva collection kit", "PROCEDURE"), ("1Z999AA10123456784", "OTHER_ID")],
     ["lab"], "Genetics lab name and the kit go; the tracking number is a unique code tied to the recipient's address, OTHER_ID (decisions 1 and 4). 'Kit shipped, don't eat before' survives."),
    ("fg0014", "Kit reminder: we haven't received your sample yet. Please mail it back in the prepaid envelope within 14 days so it doesn't expire. Questions? (800) 555-0163, M-F 8-6 ET.",
     "ALLOW", "reminder", "sms", "en",
     [("(800) 555-0163", "PHONE")],
     ["lab", "practice-contact"], "Neither test nor sender reveals anything; the number is the company's own."),
    ("fg0015", "Good news! Your RootWeave DNA kit arrived at our lab on 3/3 and is now being processed. Ancestry and health reports usually take 4 to 6 weeks. You can follow each step at rootweave.example/track, and we'll email you as soon as your results are ready.\n\n- The RootWeave Team",
     "REWRITE", "other", "email", "en",
     [("DNA kit", "PROCEDURE"), ("3/3", "DATE"), ("rootweave.example/track", "URL")],
     ["lab"], "Judgement (decision 4): a DTC company's notice about the recipient's own DNA kit reveals genetic testing; the kit word goes, the brand has no genetics word and stays, the company's own link stays."),
    ("fg0016", "Your lab order is in. You can get your blood drawn at any Crestline Lab location, no fasting needed. Bring the tube kit we mailed you and a photo ID.",
     "ALLOW", "care-instructions", "sms", "en", [],
     ["lab", "hard-negative"], "Draw logistics with a generic lab name; no test named."),
    ("fg0017", "Olusegun Adeyemi (DOB 07/22/1981): your requisition for the CYP2D6/CYP2C19 pharmacogenomic panel is ready at the draw station. Show this text at check-in.",
     "BLOCK", "other", "sms", "en",
     [("Olusegun Adeyemi", "NAME"), ("07/22/1981", "DATE"), ("CYP2D6/CYP2C19 pharmacogenomic panel", "PROCEDURE")],
     ["pharmacy", "lab", "dob"], "Full date of birth with the patient's name must never travel by text (README)."),
    ("fg0018", "Cedar Hollow Family Medicine: our lab drawing station in Suite 110 opens at 7:30 AM starting Monday. No appointment needed for blood work.",
     "ALLOW", "other", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Practice-wide notice; suite number and 'blood work' are generic."),
    ("fg0019", "Su kit de saliva para la prueba genética ya va en camino. No coma, no beba ni mastique chicle 30 minutos antes de llenar el tubo. Dudas: (305) 555-0128.",
     "REWRITE", "other", "sms", "es",
     [("kit de saliva", "PROCEDURE"), ("prueba genética", "PROCEDURE"), ("(305) 555-0128", "PHONE")],
     ["lab", "practice-contact"], "Kit and test type go (decision 4); the instructions and the company's number survive."),
    ("fg0020", "Community Corner - This month the Wexford Heritage Museum opens “Messengers of the Sky,” a carrier pigeon exhibit with birds on loan from local racing clubs. Patients and staff get free admission on Sundays through the end of the month with the coupon at our front desk. Enjoy!",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a carrier pigeon exhibit, not a genetic carrier; sent to everyone."),
    ("fg0021", "Hi, this is Carla from the Hereditary Cancer Clinic at Lakeshore Health, calling for Brigid. We got your kit back but there wasn't enough sample to run it, so we're mailing you a new one. Call us back at (773) 555-0139. Thanks!",
     "REWRITE", "other", "voice", "en",
     [("Carla", "PROVIDER"), ("Hereditary Cancer Clinic", "SPECIALTY"), ("Brigid", "NAME"), ("(773) 555-0139", "PHONE")],
     ["oncology", "practice-contact"], "Voicemail can be overheard: the hereditary-cancer clinic name and the patient's name go; an insufficient sample is logistics, not a finding (judgement)."),
    ("fg0022", "Kinfolk Health: Something in your account changed. Open the app to see what's new.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["lab", "hard-negative"], "Notification without PHI; the brand has no genetics word (decision 1)."),
    ("fg0023", "Because your baby's newborn screen was flagged for possible cystic fibrosis, please bring Mila in for a sweat chloride test Thursday at 8am. Feed her as usual.",
     "BLOCK", "care-instructions", "sms", "en",
     [("newborn screen", "PROCEDURE"), ("flagged", "RESULT"), ("cystic fibrosis", "CONDITION"), ("Mila", "NAME"), ("sweat chloride test", "PROCEDURE")],
     ["pediatrics", "minor", "third-party"], "A dependent's screening finding sent to the parent is a third party's health: BLOCK (README)."),
    ("fg0024", "Pharmacogenomics Clinic at Riverside Pharmacy: your cheek swab appt is Wed 6/10 at 4:15 PM. It only takes about 10 minutes.",
     "REWRITE", "reminder", "sms", "en",
     [("Pharmacogenomics Clinic", "SPECIALTY"), ("cheek swab", "PROCEDURE"), ("6/10", "DATE")],
     ["pharmacy", "shorthand"], "Service name and sample type go (decision 1); the pharmacy name is generic; date and time survive."),
)

# ---------------------------------------------------------------- batch 3 (fg0025-fg0036): preauthorization, estimates, claims, statements
add(
    ("fg0025", "Good news - your insurance approved the prior authorization for your BRCA1/BRCA2 testing. Auth #PA-7730215. We'll mail your kit this week.",
     "REWRITE", "other", "sms", "en",
     [("BRCA1/BRCA2 testing", "PROCEDURE"), ("PA-7730215", "OTHER_ID")],
     ["oncology"], "The gene test (one PROCEDURE span with the gene, decision 3) and the authorization number go; 'your prior authorization was approved' survives."),
    ("fg0026", "Dear Mr. and Mrs. Haddad,\n\nYour health plan has denied coverage for whole exome sequencing for your son Eli. The reviewer found that the clinical notes did not document developmental delay and seizures meeting their criteria. Dr. Chen's office is preparing an appeal with a letter of medical necessity; you do not need to do anything right now. We will update you within 10 business days.\n\nPediatric Genetics Prior Authorization Team",
     "BLOCK", "other", "email", "en",
     [("Haddad", "NAME"), ("whole exome sequencing", "PROCEDURE"), ("Eli", "NAME"), ("developmental delay", "CONDITION"), ("seizures", "CONDITION"), ("Dr. Chen", "PROVIDER"), ("Pediatric Genetics", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "A denial that states a child's conditions is a dependent's health sent to the guardians: BLOCK (decision 8)."),
    ("fg0027", "Eastbrook Medical Group: a new statement is ready. Balance due: $45.00. Pay at eastbrook.example/pay or call (617) 555-0150.",
     "ALLOW", "billing", "sms", "en",
     [("eastbrook.example/pay", "URL"), ("(617) 555-0150", "PHONE")],
     ["general", "practice-contact"], "Balance with the practice's own link and number; no service named."),
    ("fg0028", "Helixa Labs: the estimate for your upcoming test is ready. Your out-of-pocket cost will not exceed $250. Reply PAY to pay now or call 1-888-555-0177 with questions.",
     "ALLOW", "billing", "sms", "en",
     [("1-888-555-0177", "PHONE")],
     ["lab", "practice-contact"], "Judgement (decision 1): '... Labs' is a generic lab name under the README even with a helix-like brand; the test is not named."),
    ("fg0029", "Le informamos que su estado de cuenta ya está disponible en el portal. Puede pagar en línea o en recepción. ¡Gracias por su preferencia!",
     "ALLOW", "billing", "sms", "es", [],
     ["general", "hard-negative"], "Statement notice without service, amount owner or identifier."),
    ("fg0030", "Your claim for the Huntington disease predictive test has been processed and you owe $0. Claim ref 4410-22871. No action needed.",
     "REWRITE", "billing", "sms", "en",
     [("Huntington disease predictive test", "PROCEDURE"), ("4410-22871", "OTHER_ID")],
     ["general"], "A named test is one PROCEDURE span with its head word; it and the claim number go, the billing purpose survives."),
    ("fg0031", "This is Gene Carrier in Patient Financial Services at Lakeshore Health. Your genetic testing account #88301422 has a balance of $180. Payment plans are available: (773) 555-0181.",
     "REWRITE", "billing", "sms", "en",
     [("Gene Carrier", "PROVIDER"), ("genetic testing", "PROCEDURE"), ("88301422", "ACCOUNT"), ("(773) 555-0181", "PHONE")],
     ["general", "practice-contact"], "Staff sender named Gene Carrier is PROVIDER (look-alike); the service and the account number go."),
    ("fg0032", "Hi, it's Gene Carrier from the billing office returning your call about your statement. I'm here until 4 today at (773) 555-0181 ext 2.",
     "ALLOW", "billing", "sms", "en",
     [("Gene Carrier", "PROVIDER"), ("(773) 555-0181", "PHONE")],
     ["general", "practice-contact"], "Look-alike: 'Gene Carrier' is the staff member sending, not a genetic finding; provider and practice number are allowed."),
    ("fg0033", "Dear Mr. Whitaker,\n\nWe are writing to let you know that on 2/9 we submitted a prior authorization request to your health plan for the multi-gene cardiomyopathy panel ordered by Dr. Ezra Feldman. Plans usually respond within 15 business days. Your member ID on file is XHW829104557; if your coverage has changed, please call us so the request is not delayed.\n\nYou do not need to schedule anything yet. Once the plan responds, our team will contact you to arrange the blood draw and to explain any cost you may owe. If the request is denied, we will discuss options with you, including an appeal or a self-pay rate.\n\nQuestions? Call the Heart Rhythm & Genetics Center at (312) 555-0159, Monday to Friday, 8 to 4:30.\n\nSincerely,\nPrior Authorization Team",
     "REWRITE", "other", "email", "en",
     [("Whitaker", "NAME"), ("2/9", "DATE"), ("multi-gene cardiomyopathy panel", "PROCEDURE"), ("Dr. Ezra Feldman", "PROVIDER"), ("XHW829104557", "HEALTH_PLAN_ID"), ("Heart Rhythm & Genetics Center", "SPECIALTY"), ("(312) 555-0159", "PHONE")],
     ["cardiology", "practice-contact"], "Status letter: name, test, member ID and the cardiogenetics center name go; the process explanation survives."),
    ("fg0034", "Sra. Paredes, su seguro negó la prueba de portadora porque su esposo ya salió negativo para atrofia muscular espinal. Si quiere apelar, llámenos al (956) 555-0119.",
     "BLOCK", "billing", "sms", "es",
     [("Paredes", "NAME"), ("prueba de portadora", "PROCEDURE"), ("negativo", "RESULT"), ("atrofia muscular espinal", "CONDITION"), ("(956) 555-0119", "PHONE")],
     ["reproductive", "third-party", "practice-contact"], "The denial reason is the husband's result (a third party's health): BLOCK (decision 8)."),
    ("fg0035", "Bayside Internal Medicine: if your insurance carrier changed at the start of the year, please bring your new card to your next visit so we can update your file.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: an insurance carrier, not a genetic carrier."),
    ("fg0036", "Thank you! Your $75 deposit for the prenatal cell-free DNA screen at Halcyon Prenatal Genetics has been received.",
     "REWRITE", "billing", "sms", "en",
     [("prenatal cell-free DNA screen", "PROCEDURE"), ("Halcyon Prenatal Genetics", "SPECIALTY")],
     ["reproductive"], "The receipt survives without the prenatal test and the prenatal-genetics practice name."),
)

# ---------------------------------------------------------------- batch 4 (fg0037-fg0048): results-ready notices and results
add(
    ("fg0037", "Your results are ready. Log in to the patient portal to view them, or call us at (508) 555-0104 to set up a time to go over them together.",
     "ALLOW", "portal-notice", "sms", "en",
     [("(508) 555-0104", "PHONE")],
     ["general", "practice-contact"], "Notification without PHI: no test, no sender specialty."),
    ("fg0038", "Northwind Genetics: your test results are in. Your genetic counselor will call you Fri 5/22 between 1 and 3 pm to review them. Please don't text questions to this number.",
     "REWRITE", "result", "sms", "en",
     [("Northwind Genetics", "SPECIALTY"), ("genetic counselor", "SPECIALTY"), ("5/22", "DATE")],
     ["general"], "Results-ready with no finding; the genetics name and the counselor role go (decision 1), the call window survives."),
    ("fg0039", "Hi Shira, it's Dr. Morrow's office. Um, good news: your Ashkenazi Jewish carrier panel came back and you are not a carrier for Tay-Sachs or Gaucher, so your husband doesn't need testing. Call us if you have questions. Bye.",
     "BLOCK", "result", "voice", "en",
     [("Shira", "NAME"), ("Dr. Morrow", "PROVIDER"), ("Ashkenazi Jewish carrier panel", "PROCEDURE"), ("not a carrier", "RESULT"), ("Tay-Sachs", "CONDITION"), ("Gaucher", "CONDITION")],
     ["reproductive", "negation"], "A normal carrier result read onto a voicemail is still a result: BLOCK."),
    ("fg0040", "Kinfolk Health: Your Health Predisposition reports are ready 🧬 Tap to view.",
     "REWRITE", "portal-notice", "push", "en",
     [("Health Predisposition", "PROCEDURE")],
     ["lab"], "Lock-screen push: the report type names genetic health testing and goes (generic 'reports' stays outside); 'your reports are ready' survives."),
    ("fg0041", "Your PGx results: CYP2C19 *2/*2, poor metabolizer. Clopidogrel (Plavix) is not expected to work well for you. Please call Dr. Nkemelu before your next dose.",
     "BLOCK", "result", "sms", "en",
     [("PGx", "PROCEDURE"), ("CYP2C19", "CONDITION"), ("*2/*2", "RESULT"), ("poor metabolizer", "RESULT"), ("Clopidogrel", "MEDICATION"), ("Plavix", "MEDICATION"), ("Dr. Nkemelu", "PROVIDER")],
     ["pharmacy", "cardiology"], "Genotype, metabolizer status and what it means for a drug: BLOCK (decision 3 for the spans)."),
    ("fg0042", "Sus resultados de la prueba prenatal no invasiva (NIPT) ya están disponibles: riesgo bajo para trisomías 21, 18 y 13. Sexo fetal: femenino. La Dra. Bermúdez le llamará esta semana para comentarlos.",
     "ALLOW", "result", "portal", "es",
     [("prueba prenatal no invasiva", "PROCEDURE"), ("NIPT", "PROCEDURE"), ("riesgo bajo", "RESULT"), ("trisomías 21, 18 y 13", "CONDITION"), ("femenino", "RESULT"), ("Dra. Bermúdez", "PROVIDER")],
     ["reproductive"], "Portal channel: results may stay (README)."),
    ("fg0043", "Subject: Your results are ready\n\nHi Leilani,\n\nYour NIPT results from Halcyon Prenatal Genetics are now available in your patient portal. A genetic counselor will reach out within two business days to review them with you. If you'd rather talk sooner, call (808) 555-0131.\n\nMahalo,\nHalcyon Patient Services",
     "REWRITE", "result", "email", "en",
     [("Leilani", "NAME"), ("NIPT", "PROCEDURE"), ("Halcyon Prenatal Genetics", "SPECIALTY"), ("genetic counselor", "SPECIALTY"), ("(808) 555-0131", "PHONE")],
     ["reproductive", "practice-contact"], "Results-ready e-mail: name, test, prenatal-genetics name and counselor role go; 'Halcyon Patient Services' alone is generic; the portal pointer survives."),
    ("fg0044", "Results are in from the staff chili cook-off! The front desk's 'positive mutation' of the classic recipe took first place. Thanks to everyone who came out to taste and vote.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'results', 'positive' and 'mutation' about a recipe contest."),
    ("fg0045", "Hi Keanu, your 23-gene panel found no pathogenic variants, but because of your family history your colonoscopy interval stays at every 5 yrs. -Dr. Abernathy's team",
     "BLOCK", "result", "sms", "en",
     [("Keanu", "NAME"), ("23-gene panel", "PROCEDURE"), ("no pathogenic variants", "RESULT"), ("colonoscopy", "PROCEDURE"), ("Dr. Abernathy", "PROVIDER")],
     ["oncology", "negation"], "A negative result plus a screening plan: result and care instruction, BLOCK."),
    ("fg0046", "Laboratorio Genómico del Sur: los resultados de su panel de cáncer hereditario ya están listos. Ingrese al portal con su usuario y contraseña para verlos.",
     "REWRITE", "portal-notice", "sms", "es",
     [("Laboratorio Genómico del Sur", "SPECIALTY"), ("panel de cáncer hereditario", "PROCEDURE")],
     ["oncology"], "A genomics lab name is specialty-revealing (decision 1) and the panel names the test; 'sus resultados están listos' survives."),
    ("fg0047", "Reminder: your follow-up visit is Tue 6/16 at 11:40 AM with Dr. Tobias Lindqvist. Reply Y to confirm or N to cancel.",
     "ALLOW", "reminder", "sms", "en",
     [("6/16", "DATE"), ("Dr. Tobias Lindqvist", "PROVIDER")],
     ["general"], "Generic follow-up with provider, date and time."),
    ("fg0048", "Dear Anneliese,\n\nThank you for meeting with us on 6/2. This letter summarizes your genetic test result. Your test identified a pathogenic variant in the MLH1 gene, which is consistent with Lynch syndrome. People with Lynch syndrome have a higher chance of colon and uterine cancer, and screening lowers that risk a great deal.\n\nOur recommendations:\n1. Colonoscopy every 1 to 2 years, starting now.\n2. A visit with gynecology to discuss screening and, later, risk-reducing hysterectomy.\n3. Share the enclosed family letter with your parents, siblings and children; each has a 50% chance of carrying the same variant.\n\nPlease call us at (617) 555-0175 with any questions.\n\nWarm regards,\nDr. Wren Abernathy and Marisol Quintero, CGC\nLumen Hereditary Cancer Program",
     "BLOCK", "result", "email", "en",
     [("Anneliese", "NAME"), ("6/2", "DATE"), ("genetic test", "PROCEDURE"), ("pathogenic variant", "RESULT"), ("MLH1", "CONDITION"), ("Lynch syndrome", "CONDITION", 0), ("Lynch syndrome", "CONDITION", 1), ("colon and uterine cancer", "CONDITION"), ("Colonoscopy", "PROCEDURE"), ("gynecology", "SPECIALTY"), ("risk-reducing hysterectomy", "PROCEDURE"), ("50% chance", "RESULT"), ("(617) 555-0175", "PHONE"), ("Dr. Wren Abernathy", "PROVIDER"), ("Marisol Quintero", "PROVIDER"), ("CGC", "SPECIALTY"), ("Lumen Hereditary Cancer Program", "SPECIALTY")],
     ["oncology", "practice-contact"], "Result letter by e-mail: diagnosis, recommendations and relatives' risk; BLOCK, portal only. A counselor without a title keeps only the name as PROVIDER, CGC separate (decision 2)."),
)

# ---------------------------------------------------------------- batch 5 (fg0049-fg0060): variant reclassification
add(
    ("fg0049", "Dear Ingrid Solberg,\n\nVariant reclassification notice: the variant previously reported in your BRCA2 gene (c.7007G>A) has been reclassified by the testing laboratory from uncertain significance to likely pathogenic. This change may affect your screening and risk-reducing options. Please schedule a visit with your genetic counselor; we have reserved time for you over the next three weeks.\n\nNorthwind Genetics | (617) 555-0171",
     "BLOCK", "result", "email", "en",
     [("Ingrid Solberg", "NAME"), ("BRCA2", "CONDITION"), ("c.7007G>A", "RESULT"), ("uncertain significance", "RESULT"), ("likely pathogenic", "RESULT"), ("genetic counselor", "SPECIALTY"), ("Northwind Genetics", "SPECIALTY"), ("(617) 555-0171", "PHONE")],
     ["oncology", "practice-contact"], "A reclassification that states the new class is a result (decision 6): BLOCK."),
    ("fg0050", "Northwind Genetics: we have updated information about a genetic test you had in 2019. Please call (617) 555-0171 to set up a time to talk with a genetic counselor.",
     "REWRITE", "other", "sms", "en",
     [("Northwind Genetics", "SPECIALTY"), ("genetic test", "PROCEDURE"), ("(617) 555-0171", "PHONE"), ("genetic counselor", "SPECIALTY")],
     ["general", "practice-contact"], "Judgement (decision 6): 'updated information' states no finding, so the call-back survives once the genetics name, test and role are removed; a year alone is not a date span."),
    ("fg0051", "Reclassification update: the ATM variant reported on your 2021 hereditary cancer panel (c.3802delG) is now classified as Benign. This does not change your screening plan. - Marisol Quintero, CGC",
     "ALLOW", "result", "portal", "en",
     [("ATM", "CONDITION"), ("hereditary cancer panel", "PROCEDURE"), ("c.3802delG", "RESULT"), ("Benign", "RESULT"), ("Marisol Quintero", "PROVIDER"), ("CGC", "SPECIALTY")],
     ["oncology"], "Portal: a reclassification to benign may be shown (README channel convention)."),
    ("fg0052", "Good news Hamid: the VUS in your SCN5A result was downgraded to likely benign. Dr. Feldman says no change to your Brugada workup for now.",
     "BLOCK", "result", "sms", "en",
     [("Hamid", "NAME"), ("VUS", "RESULT"), ("SCN5A", "CONDITION"), ("likely benign", "RESULT"), ("Dr. Feldman", "PROVIDER"), ("Brugada", "CONDITION")],
     ["cardiology"], "Reclassification with its new class, and a condition used as a workup label: BLOCK."),
    ("fg0053", "Hola Mateo, le escribimos de la Clínica de Genética Valle Verde. Hay información nueva sobre su prueba genética de 2020. Llámenos al (956) 555-0133 para agendar una consulta.",
     "REWRITE", "other", "sms", "es",
     [("Mateo", "NAME"), ("Clínica de Genética Valle Verde", "SPECIALTY"), ("prueba genética", "PROCEDURE"), ("(956) 555-0133", "PHONE")],
     ["general", "practice-contact", "contrast"], "Same judgement as fg0050 (decision 6); the genetics clinic name goes, unlike the generic 'Clínica Valle Verde' in fg0007."),
    ("fg0054", "You're invited to the Gene Pool Party! Patients, staff and families are welcome at Lindenwood Aquatic Center this Saturday, 1 to 4 pm. Bring sunscreen - we'll bring the popsicles.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a pool party pun sent to everyone."),
    ("fg0055", "This message is for Darnell Whitaker from Dr. Feldman's office. The lab re-reviewed your MYBPC3 variant and now calls it pathogenic. Please schedule an echo with us this month and call back at (312) 555-0159.",
     "BLOCK", "result", "voice", "en",
     [("Darnell Whitaker", "NAME"), ("Dr. Feldman", "PROVIDER"), ("MYBPC3", "CONDITION"), ("pathogenic", "RESULT"), ("echo", "PROCEDURE"), ("(312) 555-0159", "PHONE")],
     ["cardiology", "practice-contact"], "Voicemail stating an upgraded classification and the follow-up test: BLOCK."),
    ("fg0056", "Dear Ms. Vogt,\n\nOur understanding of genes grows every year. Because of this, we are contacting everyone who had testing through our Cancer Genetics Service between 2015 and 2018, when smaller gene panels were standard. Many of these patients may now qualify for updated multigene testing.\n\nThis letter does not mean anything new has been found in your results. It is simply an offer. If you are interested, reply to this email or call (617) 555-0175 and we will check your insurance coverage before anything is ordered.\n\nBest,\nCancer Genetics Service, Saint Aldric Medical Center",
     "REWRITE", "other", "email", "en",
     [("Vogt", "NAME"), ("Cancer Genetics Service", "SPECIALTY", 0), ("multigene testing", "PROCEDURE"), ("(617) 555-0175", "PHONE"), ("Cancer Genetics Service", "SPECIALTY", 1)],
     ["oncology", "practice-contact", "negation"], "Re-testing offer to past patients: it states no finding (negated), so REWRITE; the name, cancer-genetics service and the offered test go. 'smaller gene panels were standard' is background, not about the recipient (judgement)."),
    ("fg0057", "Did you know? Knowing your family health history helps your doctor recommend the right screenings for you. Ask your relatives at your next get-together and bring notes to your annual physical.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Health tip to everyone; 'family health history' and 'screenings' are generic."),
    ("fg0058", "Questions about a letter you received from us? Our patient support team can help. Email help@eastbrook.example or call (617) 555-0100, Monday through Friday, 8 am to 5 pm.",
     "ALLOW", "other", "email", "en",
     [("help@eastbrook.example", "EMAIL"), ("(617) 555-0100", "PHONE")],
     ["general", "practice-contact"], "The practice's own e-mail and phone; nothing about the letter's content."),
    ("fg0059", "Sr. Echeverría, la variante en el gen TTR que se le reportó como de significado incierto ahora se considera patogénica. La Dra. Bermúdez quiere verlo pronto para hablar de amiloidosis.",
     "BLOCK", "result", "sms", "es",
     [("Echeverría", "NAME"), ("TTR", "CONDITION"), ("significado incierto", "RESULT"), ("patogénica", "RESULT"), ("Dra. Bermúdez", "PROVIDER"), ("amiloidosis", "CONDITION")],
     ["cardiology"], "Reclassification to pathogenic and the condition it points to: BLOCK."),
    ("fg0060", "Hi, it's Priya Raman, MS from Dr. Okafor's team. Just confirming I got your voicemail - I'll call you back Thursday after 2. Thanks!",
     "ALLOW", "other", "sms", "en",
     [("Priya Raman, MS", "PROVIDER"), ("Dr. Okafor", "PROVIDER")],
     ["general"], "Staff sender and provider only; without the CGC credential nothing reveals genetics (contrast with fg0002)."),
)

# ---------------------------------------------------------------- batch 6 (fg0061-fg0072): cascade testing and relatives
add(
    ("fg0061", "Dear Relative,\n\nThis letter is being shared with you by a member of your family who recently had genetic testing at Bayview Cancer Genetics. That testing found a pathogenic variant in the BRCA1 gene. This variant raises the risk of breast, ovarian, prostate and pancreatic cancer.\n\nBecause you are related to this person, you may have inherited the same variant. Parents, brothers, sisters and children each have a 50% chance of carrying it. A simple blood or saliva test can tell you whether you have it, and testing for a known family variant is usually low cost.\n\nTo learn more, please call Bayview Cancer Genetics at (510) 555-0148 and mention this letter. You can also share it with your doctor. If you have already been tested for this variant, or if you would rather not be contacted again, simply let us know and we will note it.\n\nSincerely,\nDana Whitcomb, MS, CGC",
     "BLOCK", "other", "email", "en",
     [("genetic testing", "PROCEDURE"), ("Bayview Cancer Genetics", "SPECIALTY", 0), ("pathogenic variant", "RESULT"), ("BRCA1", "CONDITION"), ("breast, ovarian, prostate and pancreatic cancer", "CONDITION"), ("50% chance", "RESULT"), ("Bayview Cancer Genetics", "SPECIALTY", 1), ("(510) 555-0148", "PHONE"), ("Dana Whitcomb, MS", "PROVIDER"), ("CGC", "SPECIALTY")],
     ["oncology", "third-party", "practice-contact"], "Judgement (decision 5): a family letter that states an (unnamed) relative's pathogenic variant and the recipient's risk is a third party's health: BLOCK by e-mail."),
    ("fg0062", "Hi Saoirse, your sister Aoife tested positive for the family's MSH2 variant and asked us to reach out. You can be tested for that one variant at no cost. Reply YES and we'll mail a kit.",
     "BLOCK", "other", "sms", "en",
     [("Saoirse", "NAME"), ("Aoife", "NAME"), ("positive", "RESULT"), ("MSH2", "CONDITION")],
     ["oncology", "third-party"], "A named sister's positive result: a third party's health, BLOCK (decision 5)."),
    ("fg0063", "Health tip of the month: if a parent, brother, sister or child has had genetic testing, you may be able to get tested too, often at low cost. Ask about it at your next visit.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Educational broadcast to every patient; says nothing about the recipient or a real relative."),
    ("fg0064", "Estimado Sr. Villalobos:\n\nUn familiar suyo nos pidió que nos comunicáramos con usted. Le ofrecemos una cita para una prueba genética dirigida, que se hace con una muestra de saliva o de sangre. Puede llamarnos al (305) 555-0156 de lunes a viernes para programarla.\n\nAtentamente,\nEquipo de Asesoría Genética\nCentro Médico Alameda",
     "REWRITE", "other", "email", "es",
     [("Villalobos", "NAME"), ("prueba genética dirigida", "PROCEDURE"), ("(305) 555-0156", "PHONE"), ("Equipo de Asesoría Genética", "SPECIALTY")],
     ["general", "third-party", "practice-contact"], "Judgement (decision 5): a relative asked us to contact you, no finding stated; the targeted test and the genetics team name go, 'please call us' survives."),
    ("fg0065", "Hi, this message is for Precious. This is Dana from Bayview Cancer Genetics. Your mom, Grace Mbeki, gave us permission to tell you that her testing found a pathogenic PALB2 variant, and we'd like to offer you testing. Please call (510) 555-0148.",
     "BLOCK", "other", "voice", "en",
     [("Precious", "NAME"), ("Dana", "PROVIDER"), ("Bayview Cancer Genetics", "SPECIALTY"), ("Grace Mbeki", "NAME"), ("pathogenic", "RESULT"), ("PALB2", "CONDITION"), ("(510) 555-0148", "PHONE")],
     ["oncology", "third-party", "practice-contact"], "A named mother's result on a voicemail: third party's health, BLOCK even with her permission (decision 5)."),
    ("fg0066", "Patient & Family Advisory Council: we're looking for patients and relatives to share feedback on our new waiting room. Meetings are the 2nd Tuesday of each month at 6 pm by video.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Practice-wide invitation; 'relatives' and 'family' say nothing about health."),
    ("fg0067", "Hola Camila, su papá nos autorizó a avisarle que él tiene una variante en el gen LDLR (hipercolesterolemia familiar). Le recomendamos hacerse la prueba. Llámenos al (305) 555-0156.",
     "BLOCK", "other", "sms", "es",
     [("Camila", "NAME"), ("variante", "RESULT"), ("LDLR", "CONDITION"), ("hipercolesterolemia familiar", "CONDITION"), ("(305) 555-0156", "PHONE")],
     ["cardiology", "third-party", "practice-contact"], "The father's variant and condition: a third party's health, BLOCK (decision 5)."),
    ("fg0068", "Reminder: your family-member genetic testing visit is Wed 7/8 at 1 pm with Marisol Quintero, CGC. Bring a copy of your relative's report if you have one.",
     "REWRITE", "reminder", "sms", "en",
     [("genetic testing", "PROCEDURE"), ("7/8", "DATE"), ("Marisol Quintero", "PROVIDER"), ("CGC", "SPECIALTY")],
     ["general"], "Judgement: the relative's report is mentioned without any finding, so REWRITE; test type and credential go."),
    ("fg0069", "Hi Ms. Larkin,\n\nFollowing up on our call: because Noah's father carries the KCNQ1 variant linked to long QT syndrome, we recommend genetic testing for Noah and an ECG before the spring sports season. I've put the orders in; you can schedule both with our front desk at (312) 555-0159.\n\nDr. Ezra Feldman",
     "BLOCK", "care-instructions", "email", "en",
     [("Larkin", "NAME"), ("Noah", "NAME", 0), ("KCNQ1", "CONDITION"), ("long QT syndrome", "CONDITION"), ("genetic testing", "PROCEDURE"), ("Noah", "NAME", 1), ("ECG", "PROCEDURE"), ("(312) 555-0159", "PHONE"), ("Dr. Ezra Feldman", "PROVIDER")],
     ["cardiology", "pediatrics", "minor", "third-party", "practice-contact"], "The father's variant and the child's recommended tests: third parties' health, BLOCK."),
    ("fg0070", "Thanks for calling Lakeshore Health. As requested, our scheduling line is (773) 555-0100, open weekdays 8 to 5.",
     "ALLOW", "other", "sms", "en",
     [("(773) 555-0100", "PHONE")],
     ["general", "practice-contact"], "The practice's own number only."),
    ("fg0071", "hey its nurse Tam from dr abernathy's office. ur brother's lynch test was + so u shud get tested too. call us (510) 555-0122",
     "BLOCK", "other", "sms", "en",
     [("nurse Tam", "PROVIDER"), ("dr abernathy", "PROVIDER"), ("lynch test", "PROCEDURE"), ("+", "RESULT"), ("(510) 555-0122", "PHONE")],
     ["oncology", "third-party", "shorthand", "typo", "practice-contact"], "Shorthand: a brother's positive test ('+') is a third party's health, BLOCK."),
    ("fg0072", "Friday is Jeans Day at every Bayside office! Wear your denim and drop $5 in the jar to support the county food bank.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: jeans, not genes."),
)

# ---------------------------------------------------------------- batch 7 (fg0073-fg0084): research registries, marketing, templates, PGx
add(
    ("fg0073", "Dear Mr. Rahimi,\n\nBecause you receive care in our Inherited Heart Disease Clinic, you are eligible to join the Hereditary Cardiomyopathy Registry, a long-term study that follows families to learn how these conditions change across generations.\n\nJoining is voluntary and will not affect your care. Participation involves a yearly online survey (about 15 minutes) and permission for the study team to review your medical records. You may leave the registry at any time.\n\nIf you'd like to learn more, reply to this email or call our research coordinator, Teresa Lam, at (312) 555-0162. The consent form can be signed online or at your next visit.\n\nThank you for considering it,\nThe Registry Team",
     "REWRITE", "other", "email", "en",
     [("Rahimi", "NAME"), ("Inherited Heart Disease Clinic", "SPECIALTY"), ("Hereditary Cardiomyopathy", "CONDITION"), ("Teresa Lam", "PROVIDER"), ("(312) 555-0162", "PHONE")],
     ["cardiology", "practice-contact"], "Personal registry invitation: the clinic name and the condition in the registry name go (decision 7, 'Registry' outside), the invitation survives; the coordinator is workforce, PROVIDER (decision 11)."),
    ("fg0074", "Volunteers wanted: the Lakeshore Health Family Genome Study is enrolling healthy adults 18 and older. You'll give one saliva sample and answer a short survey, and receive a $50 gift card. Learn more in the Research section of our website.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Recruitment broadcast to everyone: says nothing about the recipient (README broadcasts: no span)."),
    ("fg0075", "Your results matched the criteria for the Familial Hypercholesterolemia Registry (LDL 212 mg/dL, APOB variant). Enroll here: fhreg.example/j?id=55019",
     "BLOCK", "other", "sms", "en",
     [("Familial Hypercholesterolemia", "CONDITION"), ("LDL", "PROCEDURE"), ("212 mg/dL", "RESULT"), ("APOB", "CONDITION"), ("fhreg.example/j?id=55019", "URL")],
     ["cardiology"], "A lab value and a variant as the reason for the invitation, plus a tokened link: BLOCK."),
    ("fg0076", "Father's Day sale: 30% off RootWeave Ancestry kits through Sunday. Discover where your family came from!",
     "ALLOW", "marketing", "push", "en", [],
     ["lab", "broadcast", "hard-negative"], "A DTC company's sale broadcast to every customer (decision 4): no span."),
    ("fg0077", "Thank you for joining the Lakeshore Health research registry! A study coordinator will email your first survey next week. Questions: research@lakeshore.example",
     "ALLOW", "other", "sms", "en",
     [("research@lakeshore.example", "EMAIL")],
     ["general", "practice-contact"], "Judgement: a registry of a general health system with no condition named; the practice's own e-mail stays."),
    ("fg0078", "La buena cocina está en nuestros genes: este mes compartimos recetas familiares de nuestro personal en el boletín. ¡Mande la suya y participe en la rifa de una canasta!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: 'en nuestros genes' in a recipe newsletter sent to everyone."),
    ("fg0079", "Dear participant,\n\nAs part of the MyGenome Return of Results program, we found that you carry a likely pathogenic variant in RYR1, which is associated with malignant hyperthermia susceptibility, a serious reaction to certain anesthesia drugs. Before any surgery, please tell your anesthesia team. We also recommend a confirmatory test in a clinical lab; a genetic counselor will call you to arrange it.\n\nMyGenome Research Team",
     "BLOCK", "result", "email", "en",
     [("MyGenome", "SPECIALTY", 0), ("likely pathogenic variant", "RESULT"), ("RYR1", "CONDITION"), ("malignant hyperthermia", "CONDITION"), ("confirmatory test", "PROCEDURE"), ("genetic counselor", "SPECIALTY"), ("MyGenome", "SPECIALTY", 1)],
     ["general"], "Return of a research result with a care instruction: BLOCK. A program brand with 'Genome' is specialty-revealing (decision 1)."),
    ("fg0080", "Reminder: your Inherited Retinal Disease study visit is Mon 8/3 at 9am at the Kessler Eye Institute. Plan on dilation - bring a driver.",
     "REWRITE", "reminder", "sms", "en",
     [("Inherited Retinal Disease", "CONDITION"), ("8/3", "DATE"), ("Kessler Eye Institute", "SPECIALTY"), ("dilation", "PROCEDURE")],
     ["ophthalmology"], "Condition in the study name (decision 7), eye institute name and dilation go; 'bring a driver' and the time survive."),
    ("fg0081", "Lunch & Learn: 'Genes, Diet and You' with our registered dietitian, Wednesday at noon in the Community Room. Free and open to the public - no registration needed.",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Public education event; 'genes' and 'dietitian' are not about anyone."),
    ("fg0082", "Reminder: your Genetic Counseling appointment is on {{appt_date}} at {{appt_time}} with {{provider_name}}. Reply C to confirm or R to reschedule.",
     "REWRITE", "reminder", "sms", "en",
     [("Genetic Counseling", "PROCEDURE")],
     ["general", "template"], "Template whose fixed text names the visit type; the placeholders carry no patient data (README)."),
    ("fg0083", "{{practice_name}}: you have a new secure message. Log in at {{portal_url}} to read it. Reply STOP to opt out.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["general", "template", "hard-negative"], "Content-free template; 'secure message' reveals nothing."),
    ("fg0084", "Heads up from the PGx team: since you're a CYP2D6 ultrarapid metabolizer, avoid codeine and tramadol. Let your dentist know before Friday's extraction.",
     "BLOCK", "care-instructions", "sms", "en",
     [("PGx", "SPECIALTY"), ("CYP2D6", "CONDITION"), ("ultrarapid metabolizer", "RESULT"), ("codeine", "MEDICATION"), ("tramadol", "MEDICATION"), ("dentist", "SPECIALTY"), ("extraction", "PROCEDURE")],
     ["pharmacy", "dental"], "Metabolizer status with drug instructions: BLOCK. 'the PGx team' is a service line, SPECIALTY (decision 9)."),
)

# ---------------------------------------------------------------- batch 8 (fg0085-fg0096): prenatal, preconception and embryo testing
add(
    ("fg0085", "Your expanded carrier screening draw is booked for Tue 9/1 at 8:00 AM at Halcyon Prenatal Genetics. Your partner is welcome to test the same day.",
     "REWRITE", "reminder", "sms", "en",
     [("expanded carrier screening", "PROCEDURE"), ("9/1", "DATE"), ("Halcyon Prenatal Genetics", "SPECIALTY")],
     ["reproductive"], "Test and prenatal-genetics name go; date, time and 'your partner is welcome' survive (no health of the partner stated)."),
    ("fg0086", "Hi Yuki, your amnio results show a normal female karyotype (46,XX). The microarray is still pending; I'll text you when it's back. -Dr. Sato",
     "BLOCK", "result", "sms", "en",
     [("Yuki", "NAME"), ("amnio", "PROCEDURE"), ("normal female karyotype", "RESULT"), ("46,XX", "RESULT"), ("microarray", "PROCEDURE"), ("Dr. Sato", "PROVIDER")],
     ["reproductive"], "A normal prenatal result (and the fetus's sex) is still a result: BLOCK."),
    ("fg0087", "Carrier screening result (partner): Jonas Eberhardt - NOT a carrier for SMN1-related spinal muscular atrophy (3 copies). Your couple's residual risk is now about 1 in 5,000.",
     "ALLOW", "result", "portal", "en",
     [("Carrier screening", "PROCEDURE"), ("Jonas Eberhardt", "NAME"), ("NOT a carrier", "RESULT"), ("SMN1", "CONDITION"), ("spinal muscular atrophy", "CONDITION"), ("3 copies", "RESULT"), ("1 in 5,000", "RESULT")],
     ["reproductive", "third-party", "negation"], "Judgement (decision 5): a partner's carrier result in the patient's own portal, as couples' screening reports do; the portal channel allows results."),
    ("fg0088", "Estimada Sra. Ruiz:\n\nLe confirmamos su cita de asesoría genética preconcepcional el lunes 3 de agosto a las 9:00 con la Lic. Quintero. Si su pareja puede acompañarla, mejor. Llegue 15 minutos antes y traiga su identificación.\n\nCentro Médico Alameda",
     "REWRITE", "confirmation", "email", "es",
     [("Ruiz", "NAME"), ("asesoría genética preconcepcional", "PROCEDURE"), ("3 de agosto", "DATE"), ("Lic. Quintero", "PROVIDER")],
     ["reproductive"], "Name and visit type (preconception genetic counseling) go; provider, date and time survive."),
    ("fg0089", "Reminder: appt tmrw 10:20a w/ Dr. Morrow. Pls bring ur insurance card & photo ID. Reply C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Morrow", "PROVIDER")],
     ["general", "shorthand"], "Shorthand reminder with the provider only."),
    ("fg0090", "Sra. Ibarra, el resultado del ADN fetal libre salió de alto riesgo para trisomía 18. La Dra. Bermúdez la va a llamar hoy para hablar de la amniocentesis.",
     "BLOCK", "result", "sms", "es",
     [("Ibarra", "NAME"), ("ADN fetal libre", "PROCEDURE"), ("alto riesgo", "RESULT"), ("trisomía 18", "CONDITION"), ("Dra. Bermúdez", "PROVIDER"), ("amniocentesis", "PROCEDURE")],
     ["reproductive"], "A high-risk prenatal screening result: BLOCK."),
    ("fg0091", "Bright Path Fertility: your embryo biopsy samples were shipped to the PGT lab today. Results take about 2 weeks; we'll call you when they're in.",
     "REWRITE", "other", "sms", "en",
     [("Bright Path Fertility", "SPECIALTY"), ("embryo biopsy", "PROCEDURE"), ("PGT", "PROCEDURE")],
     ["fertility"], "Fertility practice name, procedure and test go; 'we'll call you when results are in' survives."),
    ("fg0092", "Hi Nadia,\n\nYour PGT-A report is back. Of the 5 embryos tested, 2 are euploid, 2 are aneuploid and 1 is mosaic. Dr. Iwasaki recommends an embryo transfer of embryo #3 in your next cycle. We'll go over everything at your consult.\n\nBright Path Fertility",
     "BLOCK", "result", "email", "en",
     [("Nadia", "NAME"), ("PGT-A", "PROCEDURE"), ("euploid", "RESULT"), ("aneuploid", "RESULT"), ("mosaic", "RESULT"), ("Dr. Iwasaki", "PROVIDER"), ("embryo transfer", "PROCEDURE"), ("Bright Path Fertility", "SPECIALTY")],
     ["fertility"], "Embryo genetic results and a treatment plan: BLOCK."),
    ("fg0093", "Bring the whole family tree! Walk-in flu shots for all ages this Saturday 9 to 1 at our main office. No appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike 'family tree' in a flu-shot broadcast to everyone (README broadcasts)."),
    ("fg0094", "Hello, this is St. Brendan's Hospital calling to confirm your appointment tomorrow at 8 AM with Dr. Sato. Please arrive 30 minutes early. To reschedule, call (312) 555-0166.",
     "ALLOW", "confirmation", "voice", "en",
     [("Dr. Sato", "PROVIDER"), ("(312) 555-0166", "PHONE")],
     ["general", "practice-contact"], "Generic hospital, provider, time and the hospital's number."),
    ("fg0095", "Hi Farah, quick update from Dr. Iwasaki: the lab confirmed you and Omar are both carriers for beta thalassemia, so we'd like to talk about PGT-M before your next IVF cycle.",
     "BLOCK", "result", "sms", "en",
     [("Farah", "NAME"), ("Dr. Iwasaki", "PROVIDER"), ("Omar", "NAME"), ("both carriers", "RESULT"), ("beta thalassemia", "CONDITION"), ("PGT-M", "PROCEDURE"), ("IVF", "PROCEDURE")],
     ["fertility", "third-party"], "Carrier results of the patient and a named partner: BLOCK."),
    ("fg0096", "Recordatorio: su cita es el viernes 7 de agosto a las 10:00 con el Dr. Sato en Centro Médico Alameda, piso 3. Traiga su identificación y su tarjeta del seguro. Si no puede venir, avísenos con 24 horas de anticipación.",
     "ALLOW", "reminder", "email", "es",
     [("7 de agosto", "DATE"), ("Dr. Sato", "PROVIDER")],
     ["general"], "Generic medical center, provider, date and time."),
)

# ---------------------------------------------------------------- batch 9 (fg0097-fg0108): pharmacogenomics, disguises
add(
    ("fg0097", "Riverside Pharmacy: your pharmacist would like to go over your pharmacogenomic test results with you before your sertraline refill. Stop by the consult window any time today.",
     "REWRITE", "pickup", "sms", "en",
     [("pharmacogenomic test", "PROCEDURE"), ("sertraline", "MEDICATION")],
     ["pharmacy"], "Test type and drug name go (no result is stated); 'please stop by before your refill' survives."),
    ("fg0098", "Based on your PGx results, Dr. Whitfield is lowering your warfarin to 2 mg daily starting tonight. Next INR check Monday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("PGx", "PROCEDURE"), ("Dr. Whitfield", "PROVIDER"), ("warfarin", "MEDICATION"), ("INR", "PROCEDURE")],
     ["pharmacy"], "A dose change is a treatment instruction: BLOCK."),
    ("fg0099", "Reminder: your B R C A test kit ships today. Watch your mailbox and follow the spit-tube instructions inside.",
     "REWRITE", "other", "sms", "en",
     [("B R C A test kit", "PROCEDURE")],
     ["oncology", "spaced"], "Spaced letters disguise the gene test; the kit goes with the named test (decision 4); 'your kit ships today' survives."),
    ("fg0100", "Your Lyn\u200bch syndrome test came back posi\u200btive. Please call Dr. Abernathy to talk about next steps.",
     "BLOCK", "result", "sms", "en",
     [("Lyn\u200bch syndrome test", "PROCEDURE"), ("posi\u200btive", "RESULT"), ("Dr. Abernathy", "PROVIDER")],
     ["oncology"], "Zero-width spaces inside the test name and the result; a positive result: BLOCK."),
    ("fg0101", "Hi! Ur g3netic c0unseling appt is Thu at 2pm w/ Dr. Morrow. Reply Y to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("g3netic c0unseling", "PROCEDURE"), ("Dr. Morrow", "PROVIDER")],
     ["general", "leet", "shorthand"], "Leetspeak visit type goes; provider and time survive."),
    ("fg0102", "Your M\u0430rfan syndrome clinic visit is set for 10/14 at 3pm with Dr. Feldman. Echo first at 2:15 on the same floor.",
     "REWRITE", "reminder", "sms", "en",
     [("M\u0430rfan syndrome", "CONDITION"), ("10/14", "DATE"), ("Dr. Feldman", "PROVIDER"), ("Echo", "PROCEDURE")],
     ["cardiology"], "A Cyrillic 'a' hides the condition used as a visit label (generic 'clinic visit' outside); with the echo removed the times survive."),
    ("fg0103", "Heads up: our phone carrier is doing maintenance tonight from 11 pm to 1 am. If you can't get through, please send us a message in the portal.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Look-alike: a phone carrier, not a genetic carrier."),
    ("fg0104", "Hi Mr. Wójcik,\n\nHere is a summary of today's pharmacogenomics consult.\n\nYour results:\n- CYP2C19: rapid metabolizer\n- SLCO1B1: decreased function\n- CYP2D6: normal metabolizer\n\nWhat this means for your medicines:\n- Simvastatin 40 mg: higher risk of muscle pain with your SLCO1B1 result. Dr. Whitfield recommends switching to rosuvastatin 10 mg once daily; a new prescription was sent to Riverside Pharmacy.\n- Omeprazole: may work less well for you. If heartburn comes back, we can raise the dose.\n- Metoprolol: no change.\n\nPlease keep this list and show it to any new prescriber. Your full report is in the portal.\n\nBest,\nJun Takahashi, PharmD\nPharmacogenomics Clinic",
     "BLOCK", "care-instructions", "email", "en",
     [("Wójcik", "NAME"), ("pharmacogenomics consult", "PROCEDURE"), ("CYP2C19", "CONDITION"), ("rapid metabolizer", "RESULT"), ("SLCO1B1", "CONDITION", 0), ("decreased function", "RESULT"), ("CYP2D6", "CONDITION"), ("normal metabolizer", "RESULT"), ("Simvastatin 40 mg", "MEDICATION"), ("muscle pain", "CONDITION"), ("SLCO1B1", "CONDITION", 1), ("Dr. Whitfield", "PROVIDER"), ("rosuvastatin 10 mg", "MEDICATION"), ("Omeprazole", "MEDICATION"), ("heartburn", "CONDITION"), ("Metoprolol", "MEDICATION"), ("Jun Takahashi", "PROVIDER"), ("PharmD", "SPECIALTY"), ("Pharmacogenomics Clinic", "SPECIALTY")],
     ["pharmacy"], "Consult summary by e-mail with genotypes and medication changes: BLOCK. PharmD after a name is treated like CGC (decision 2)."),
    ("fg0105", "Farmacia San Judas: ya puede recoger en mostrador su kit para la prueba farmacogenética. Horario de 9 a 7, de lunes a sábado.",
     "REWRITE", "pickup", "sms", "es",
     [("prueba farmacogenética", "PROCEDURE")],
     ["pharmacy"], "Pickup notice: the named test goes, 'su kit' survives; the pharmacy name is generic."),
    ("fg0106", "PGx result summary: CYP2C9 *1/*3 (intermediate metabolizer), VKORC1 -1639G>A heterozygous. Your pharmacist will use these results to guide your warfarin dosing.",
     "ALLOW", "result", "portal", "en",
     [("PGx", "PROCEDURE"), ("CYP2C9", "CONDITION"), ("*1/*3", "RESULT"), ("intermediate metabolizer", "RESULT"), ("VKORC1", "CONDITION"), ("-1639G>A", "RESULT"), ("heterozygous", "RESULT"), ("warfarin", "MEDICATION")],
     ["pharmacy"], "Portal channel: genotype results may stay (README)."),
    ("fg0107", "Clínica Valle Verde: nuestras oficinas estarán cerradas el lunes por el Día del Trabajo. En caso de emergencia llame al 911.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Holiday closure; a holiday is not a date and 911 is not a phone identifier (README)."),
    ("fg0108", "Reminder: mail back your cheek swab kit for your medication-response test by Friday.",
     "REWRITE", "reminder", "push", "en",
     [("cheek swab kit", "PROCEDURE"), ("medication-response test", "PROCEDURE")],
     ["pharmacy"], "Lock-screen push: kit and test type go (decision 4); 'mail back your kit by Friday' survives."),
)

# ---------------------------------------------------------------- batch 10 (fg0109-fg0120): pediatric genetics, relatives, identifiers, long letters
add(
    ("fg0109", "Riverbend Children's Genetics: Ava's follow-up with Dr. Chen is Thu 11/5 at 9:30. Please bring her growth chart from her pediatrician.",
     "REWRITE", "reminder", "sms", "en",
     [("Riverbend Children's Genetics", "SPECIALTY"), ("Ava", "NAME"), ("Dr. Chen", "PROVIDER"), ("11/5", "DATE"), ("pediatrician", "SPECIALTY")],
     ["pediatrics", "minor"], "A dependent's logistics with a name and a specialty name: REWRITE like the patient's own (README)."),
    ("fg0110", "Results for Theo: the chromosomal microarray showed a 16p11.2 deletion. Dr. Chen will go over what this means for his development at Thursday's visit.",
     "BLOCK", "result", "sms", "en",
     [("Theo", "NAME"), ("chromosomal microarray", "PROCEDURE"), ("16p11.2 deletion", "RESULT"), ("Dr. Chen", "PROVIDER")],
     ["pediatrics", "minor", "third-party"], "A child's genetic finding sent to the parent: BLOCK."),
    ("fg0111", "Your appointment on Mon 10/19 at 1:00 PM is with Gene Carrier, MS, CGC. Please arrive 15 minutes early and bring your insurance card.",
     "REWRITE", "reminder", "sms", "en",
     [("10/19", "DATE"), ("Gene Carrier, MS", "PROVIDER"), ("CGC", "SPECIALTY")],
     ["general"], "The counselor's name is a look-alike and stays as PROVIDER, but the CGC credential reveals genetic counseling and goes (decision 2); contrast with fg0032 where Gene Carrier works in billing."),
    ("fg0112", "Dear Mr. Solberg,\n\nWe are reaching out with the written permission of your sister, Ingrid. Your late mother, Astrid Solberg, had genetic testing at our clinic in 2016 that found a pathogenic variant in the CDH1 gene. This gene is linked to hereditary diffuse gastric cancer and lobular breast cancer.\n\nYou may have inherited this variant. A single blood or saliva test can tell you for certain, and most insurance plans cover it for relatives. If the result is positive, options include careful stomach screening or preventive surgery, which we would discuss with you in detail.\n\nPlease call Northwind Genetics at (617) 555-0171 to make an appointment. We are sorry to contact you about this during what may already be a hard time.\n\nSincerely,\nPriya Raman, MS, CGC",
     "BLOCK", "other", "email", "en",
     [("Solberg", "NAME", 0), ("Ingrid", "NAME"), ("Astrid Solberg", "NAME"), ("genetic testing", "PROCEDURE"), ("pathogenic variant", "RESULT"), ("CDH1", "CONDITION"), ("hereditary diffuse gastric cancer", "CONDITION"), ("lobular breast cancer", "CONDITION"), ("Northwind Genetics", "SPECIALTY"), ("(617) 555-0171", "PHONE"), ("Priya Raman, MS", "PROVIDER"), ("CGC", "SPECIALTY")],
     ["oncology", "third-party", "practice-contact", "negation"], "A deceased mother's result told to her son: third party's health, BLOCK (decision 5); the hypothetical 'if positive' is not labelled."),
    ("fg0113", "Welcome to the Eastbrook Medical Group patient portal!\n\nYour account is now active. Here's how to get the most out of it:\n- Message your care team with non-urgent questions (we reply within 2 business days).\n- Request or reschedule appointments.\n- View visit summaries and pay bills online.\n- Update your insurance and contact details.\n\nParents of children under 12 and caregivers of adult patients can ask for proxy access; the form is under Settings > Shared Access, or at any front desk. Proxy requests are usually processed within 3 business days.\n\nThe portal is the safest way to receive personal health information from us; we never send test details by text or regular email.\n\nNeed help logging in? Call our portal help line at (617) 555-0188 or visit eastbrook.example/help. Our main office is at 480 Larkspur Ave, Suite 210, Newton, MA 02459, open Monday to Friday, 8 am to 5 pm.\n\nFor emergencies, call 911.\n\nThe Eastbrook Medical Group Team",
     "ALLOW", "portal-notice", "email", "en",
     [("(617) 555-0188", "PHONE"), ("eastbrook.example/help", "URL"), ("480 Larkspur Ave, Suite 210, Newton, MA 02459", "ADDRESS")],
     ["general", "practice-contact"], "Long welcome e-mail with only the practice's own phone, link and address (README: ALLOW)."),
    ("fg0114", "Hi Brigid, your lab requisition for genetic testing is in the portal (MRN 7730019). Take it to any Crestline Lab location; no appointment needed.",
     "REWRITE", "other", "sms", "en",
     [("Brigid", "NAME"), ("genetic testing", "PROCEDURE"), ("7730019", "MRN")],
     ["lab"], "Name, test type and MRN are not needed; 'your requisition is in the portal' survives."),
    ("fg0115", "To bill your genetic testing we need to confirm your SSN. We have 078-05-1120 on file - reply YES if that's correct.",
     "BLOCK", "billing", "sms", "en",
     [("genetic testing", "PROCEDURE"), ("078-05-1120", "SSN")],
     ["general"], "An SSN must never travel by text (DESIGN); specimen number."),
    ("fg0116", "Estimado Sr. Echeverría:\n\nLe informamos que su aseguradora aprobó la autorización previa para el panel genético de cardiopatías hereditarias que solicitó la Dra. Lucía Bermúdez. Número de autorización: AUT-5520913.\n\nEl siguiente paso es la toma de muestra de sangre. Puede acudir sin cita al laboratorio del Centro Médico Alameda, de lunes a viernes de 7:00 a 15:00; no necesita estar en ayunas. Lleve su identificación oficial y la orden que le enviamos por correo.\n\nSi tiene dudas sobre algún costo, comuníquese con nuestra oficina de facturación al (956) 555-0117.\n\nAtentamente,\nDepartamento de Autorizaciones",
     "REWRITE", "other", "email", "es",
     [("Echeverría", "NAME"), ("panel genético de cardiopatías hereditarias", "PROCEDURE"), ("Dra. Lucía Bermúdez", "PROVIDER"), ("AUT-5520913", "OTHER_ID"), ("(956) 555-0117", "PHONE")],
     ["cardiology", "practice-contact"], "Approval letter: name, the named gene panel and the authorization number go (decision 4); draw logistics survive."),
    ("fg0117", "Hola, le habla Andrea de recepción de la Clínica Valle Verde. Solo para avisarle que su cita del martes sigue en pie a las 9:00. ¡Saludos!",
     "ALLOW", "reminder", "sms", "es",
     [("Andrea", "PROVIDER")],
     ["general"], "A staff sender is PROVIDER (README); generic practice name, weekday and time."),
    ("fg0118", "Your Kinfolk Health report: you have 1 copy of the APOE e4 variant, which is linked to a higher risk of late-onset Alzheimer's disease.",
     "BLOCK", "result", "push", "en",
     [("1 copy", "RESULT"), ("APOE e4", "CONDITION"), ("higher risk", "RESULT"), ("late-onset Alzheimer's disease", "CONDITION")],
     ["lab"], "A DTC genetic health result on the lock screen: BLOCK."),
    ("fg0119", "Our app just got better: you can now pay bills, request refills and message your care team in one place. Update it from your app store today.",
     "ALLOW", "marketing", "push", "en", [],
     ["general", "broadcast", "hard-negative"], "App update broadcast; 'refills' is generic."),
    ("fg0120", "Reminder: please complete the three-generation family history questionnaire before your hereditary cancer risk assessment on 12/2.",
     "REWRITE", "reminder", "sms", "en",
     [("hereditary cancer risk assessment", "PROCEDURE"), ("12/2", "DATE")],
     ["oncology"], "The visit type goes; the questionnaire is generic paperwork (decision 9) and the date survives."),
)


# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "fg", "probe160.jsonl")
