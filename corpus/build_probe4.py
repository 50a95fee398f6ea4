#!/usr/bin/env python3
"""Build corpus/probe4.jsonl — a fourth blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe4.py [OUT] [-v]   (default: probe4.jsonl next to this script)

Written blind (from shared/DESIGN.md and corpus/README.md only; the engine was not run).
This round leans on the everyday bulk of real traffic: appointment reminders, confirmations
and reschedules from primary care, pediatrics, dental, eye care, dermatology, OB/GYN,
cardiology, orthopedics, behavioral health, physical therapy and pharmacies, in the many ways
vendor templates and front-desk staff write them; results and care messages written naturally
by nurses and doctors; content-free "please call us" / "results are in the portal" notices;
messages about or to family members; long multi-paragraph emails; SMS shorthand, typos and a
few disguised terms; about 30% Spanish; and near-misses that must stay ALLOW.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Service tags are the fixed vocabulary of corpus/README.md; eye care -> ophthalmology,
OB/GYN and prenatal -> reproductive, surgery-centre / hospital notes -> the service involved.

Everything is invented: names, practices, 555-01xx numbers, domains and identifiers.
Standard library only.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

OUT = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "probe4.jsonl")

VERDICTS = {"ALLOW", "REWRITE", "BLOCK"}
PURPOSES = {"reminder", "billing", "care-instructions", "result", "marketing", "recall", "pickup", "other"}
CHANNELS = {"sms", "email", "voice", "portal"}
LANGS = {"en", "es"}
CATEGORIES = {"NAME", "PROVIDER", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
              "HEALTH_PLAN_ID", "ACCOUNT", "LICENSE", "VEHICLE_ID", "DEVICE_ID", "URL", "IP",
              "ADDRESS", "ZIP", "OTHER_ID", "SPECIALTY", "CONDITION", "PROCEDURE", "MEDICATION",
              "RESULT"}
SERVICE_TAGS = {"behavioral-health", "substance-use", "hiv-sexual-health", "reproductive", "oncology",
                "cardiology", "dental", "dermatology", "pediatrics", "home-health", "urgent-care",
                "pharmacy", "primary-care", "imaging", "lab", "physical-therapy", "ophthalmology",
                "orthopedics", "dialysis", "fertility", "general"}
STYLE_TAGS = {"hard-negative", "shorthand", "typo", "template", "broadcast", "practice-contact",
              "third-party", "minor", "negation", "dob", "age-over-89", "otp", "contrast", "identifier",
              "leet", "spaced", "mixed-case", "emoji-split", "linebreak-split"}
DERIVED_TAGS = {"spanish", "zero-width", "confusable", "fullwidth", "emoji", "multiline", "long",
                "template", "identifier", "adversarial"}
ALLOW_OK = {"PROVIDER", "DATE", "PHONE", "FAX", "URL", "EMAIL", "ADDRESS"}
CONTACT = {"PHONE", "FAX", "URL", "EMAIL", "ADDRESS"}
ID_CATS = {"SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT", "LICENSE", "VEHICLE_ID", "DEVICE_ID", "IP",
           "ZIP", "OTHER_ID"}
DISGUISES = {"leet", "spaced", "mixed-case", "emoji-split", "linebreak-split"}
PLACEHOLDER_RE = re.compile(r"\{\{[^{}]+\}\}|\$\{[^{}]+\}|\{[A-Za-z0-9_]+\}|\[[A-Za-z][A-Za-z0-9_]*\]"
                            r"|<<[^<>]+>>|\*\|[A-Z0-9_]+\|\*|%s")

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (s0001-s0030)
add(
    ("s0001", "Lakeside Family Medicine: You have an appt w/ Dr. Okafor on Mon 3/9 @ 10:15am. Reply C to confirm or R to reschedule. Reply STOP to opt out.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("3/9", "DATE")],
     ["primary-care", "shorthand"], "Vendor-style reminder: generic practice name, provider, date and time."),
    ("s0002", "Hi Danielle! 😊 Friendly reminder of your cleaning at Bright Smile Dental tomorrow at 3:40pm. Reply C to confirm. Txt STOP to opt out.",
     "REWRITE", "reminder", "sms", "en",
     [("Danielle", "NAME"), ("cleaning", "PROCEDURE"), ("Bright Smile Dental", "SPECIALTY")],
     ["dental"], "Name, visit type and a dental practice name go; 'appointment tomorrow at 3:40pm' survives."),
    ("s0003", "We need to reschedule your appointment on Thursday 4/2 because Dr. Halvorsen will be out of the office. Please call 555-0123 or reply with a day that works. - Cedar Grove Medical",
     "ALLOW", "reminder", "sms", "en",
     [("4/2", "DATE"), ("Dr. Halvorsen", "PROVIDER"), ("555-0123", "PHONE")],
     ["primary-care", "practice-contact"], "Reschedule notice: date, provider, the practice's own phone, generic practice name."),
    ("s0004", "Hola, le recordamos que Mateo tiene su cita de niño sano el viernes 6 de marzo a las 9:00 am en Pediatría Los Pinos. Traiga su cartilla de vacunación. Responda 1 para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("Mateo", "NAME"), ("niño sano", "PROCEDURE"), ("6 de marzo", "DATE"), ("Pediatría Los Pinos", "SPECIALTY")],
     ["pediatrics", "minor"], "A child's well-child visit: name, visit type and pediatric practice name go; logistics survive."),
    ("s0005", "Hi this is Tasha RN from Dr. Feld's office. Your A1c came back at 8.1, up from 7.4 in Oct. Dr. Feld wants to increase your metformin to 1000mg twice a day, new rx sent to your pharmacy.",
     "BLOCK", "result", "sms", "en",
     [("Tasha RN", "PROVIDER"), ("Dr. Feld", "PROVIDER"), ("A1c", "PROCEDURE"), ("8.1", "RESULT"), ("7.4", "RESULT"),
      ("Dr. Feld", "PROVIDER", 1), ("metformin", "MEDICATION")],
     ["primary-care"], "Lab values and a medication change are the message."),
    ("s0006", "Your recent test results are now available in the patient portal. Log in at portal.lakesidefamilymed.com to view them. Questions? Send your care team a message or call 555-0119.\n\nLakeside Family Medicine",
     "ALLOW", "result", "email", "en",
     [("portal.lakesidefamilymed.com", "URL"), ("555-0119", "PHONE")],
     ["primary-care", "practice-contact"], "Content-free portal notice with the practice's own URL and phone."),
    ("s0007", "Sus resultados ya están disponibles en el portal del paciente. Si tiene alguna pregunta, llame al 555-0166. Clínica San Marcos",
     "ALLOW", "result", "sms", "es",
     [("555-0166", "PHONE")],
     ["primary-care", "practice-contact"], "Content-free results notice; generic clinic name and its own phone."),
    ("s0008", "Reminder from Clearview Eye Associates: your dilated eye exam is Wed 5/13 at 2:30. Bring sunglasses & a driver if you need one. Questions 555-0152",
     "REWRITE", "reminder", "sms", "en",
     [("Clearview Eye Associates", "SPECIALTY"), ("dilated eye exam", "PROCEDURE"), ("5/13", "DATE"), ("555-0152", "PHONE")],
     ["ophthalmology", "practice-contact"], "Eye-practice name and exam type go; date and time survive."),
    ("s0009", "Hi Robert, this is Angela from Maple Court Internal Medicine. Your mom's INR was 4.2 today, which is too high, so Dr. Brandt wants her to skip tonight's warfarin and take 2.5mg tomorrow. We'll recheck Monday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Robert", "NAME"), ("Angela", "PROVIDER"), ("INR", "PROCEDURE"), ("4.2", "RESULT"), ("too high", "RESULT"),
      ("Dr. Brandt", "PROVIDER"), ("warfarin", "MEDICATION")],
     ["primary-care", "third-party"], "An elderly parent's lab value and dosing change, sent to her son."),
    ("s0010", "Heart of the Valley Family Practice will open at 10am on Tuesday because of the ice storm. Please drive safely!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Near-miss: 'Heart' is part of a generic family-practice name; weather broadcast."),
    ("s0011", "DERMCARE OF NAPLES - APPT REMINDER: 3/18 AT 9:45AM WITH DR. VALENCIA. PLEASE ARRIVE 15 MIN EARLY. REPLY Y TO CONFIRM.",
     "REWRITE", "reminder", "sms", "en",
     [("DERMCARE OF NAPLES", "SPECIALTY"), ("3/18", "DATE"), ("DR. VALENCIA", "PROVIDER")],
     ["dermatology"], "ALL CAPS template; the dermatology practice name is the only sensitive part."),
    ("s0012", "Recordatorio: su cita de control prenatal con la Dra. Ferreira es el lunes 16 de marzo a las 11:00 en el Centro de Salud de la Mujer Alameda. Para cambiarla llame al 555-0181.",
     "REWRITE", "reminder", "sms", "es",
     [("control prenatal", "PROCEDURE"), ("Dra. Ferreira", "PROVIDER"), ("16 de marzo", "DATE"),
      ("Centro de Salud de la Mujer Alameda", "SPECIALTY"), ("555-0181", "PHONE")],
     ["reproductive", "practice-contact"], "Prenatal visit type and women's-health centre name reveal pregnancy."),
    ("s0013", "Hello, this is Sunrise Internal Medicine calling with a reminder about an appointment tomorrow, Thursday, at 1:30 PM with Doctor Patel. To confirm, press 1. To reschedule, press 2. To hear this message again, press 9.",
     "ALLOW", "reminder", "voice", "en",
     [("Doctor Patel", "PROVIDER")],
     ["primary-care"], "Voice reminder without patient name or visit type."),
    ("s0014", "Your echo is scheduled for Fri 4/24 at 7:45am at Riverside Heart & Vascular, 2200 Lindell Ave, 3rd floor. Free parking in Garage B. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("echo", "PROCEDURE"), ("4/24", "DATE"), ("Riverside Heart & Vascular", "SPECIALTY"), ("2200 Lindell Ave, 3rd floor", "ADDRESS")],
     ["cardiology", "practice-contact"], "Test type and cardiology practice name go; practice address, parking and time survive."),
    ("s0015", "Dr. Lindqvist got your biopsy back - it's a basal cell carcinoma. We'll set up Mohs surgery for next month. Call 555-0107 w/ any questions",
     "BLOCK", "result", "sms", "en",
     [("Dr. Lindqvist", "PROVIDER"), ("biopsy", "PROCEDURE"), ("basal cell carcinoma", "CONDITION"), ("Mohs surgery", "PROCEDURE"), ("555-0107", "PHONE")],
     ["dermatology", "oncology", "practice-contact"], "A biopsy diagnosis and treatment plan are the message."),
    ("s0016", "Sra. Delgado, sus análisis de sangre salieron normales: colesterol 182, glucosa 94. Siga con su dieta y nos vemos en un año. Saludos, Dr. Rentería",
     "BLOCK", "result", "sms", "es",
     [("Delgado", "NAME"), ("normales", "RESULT"), ("colesterol", "PROCEDURE"), ("182", "RESULT"), ("glucosa", "PROCEDURE"),
      ("94", "RESULT"), ("Dr. Rentería", "PROVIDER")],
     ["primary-care"], "Normal results are still results: values are the message."),
    ("s0017", "Hi Jordan,\n\nWelcome to Willow Creek Counseling! Your first therapy session with Dr. Amara Osei, PsyD is confirmed for Tuesday, March 24 at 4:00 PM.\n\nOur office is at 815 Birch St, Suite 210, Evanston, IL 60201. Street parking is free after 3 PM, and the entrance is next to the coffee shop. Please arrive 15 minutes early to finish paperwork, and bring your insurance card and a photo ID.\n\nIf you need to cancel, please give us 24 hours' notice at 555-0158.\n\nWarmly,\nKeisha\nFront Desk, Willow Creek Counseling",
     "REWRITE", "reminder", "email", "en",
     [("Jordan", "NAME"), ("Willow Creek Counseling", "SPECIALTY"), ("therapy", "PROCEDURE"), ("Dr. Amara Osei", "PROVIDER"),
      ("PsyD", "SPECIALTY"), ("March 24", "DATE"), ("815 Birch St, Suite 210, Evanston, IL 60201", "ADDRESS"), ("555-0158", "PHONE"),
      ("Keisha", "PROVIDER"), ("Willow Creek Counseling", "SPECIALTY", 1)],
     ["behavioral-health", "practice-contact"], "Welcome email: name, counselling practice name (twice), therapy and PsyD go; the rest is logistics."),
    ("s0018", "Oakdale Pharmacy: Your prescription is ready for pickup. Hours M-F 9-7, Sat 9-1. Reply STOP to opt out.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Pickup notice with a generic pharmacy name and no drug named."),
    ("s0019", "Kessler Drug: Rx 4471928 ATORVASTATIN 20MG TAB is ready for pickup at our Grand Ave store until 9pm.",
     "REWRITE", "pickup", "sms", "en",
     [("4471928", "OTHER_ID"), ("ATORVASTATIN 20MG TAB", "MEDICATION")],
     ["pharmacy"], "Drug name and prescription number go; 'ready for pickup' survives."),
    ("s0020", "Buenas tardes, le llamamos de Ortopedia Integral del Valle para recordarle su terapia física el jueves 9 de abril a las 10 de la mañana. Por favor traiga ropa cómoda. Para confirmar, oprima 1.",
     "REWRITE", "reminder", "voice", "es",
     [("Ortopedia Integral del Valle", "SPECIALTY"), ("terapia física", "SPECIALTY"), ("9 de abril", "DATE")],
     ["orthopedics", "physical-therapy"], "Orthopedic practice name and physical-therapy service go; date and time survive."),
    ("s0021", "From Dr. Sato: post-op day 3, you can start putting partial weight on the left knee using the crutches. Keep taking oxycodone 5mg only if needed, no more than every 6 hrs. Ice 20 min at a time.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Sato", "PROVIDER"), ("post-op", "PROCEDURE"), ("crutches", "PROCEDURE"), ("oxycodone 5mg", "MEDICATION")],
     ["orthopedics"], "Post-operative treatment and dosing instructions are the message."),
    ("s0022", "Running late? No problem, just text us back. We hold your spot for 15 min. Sunnyside Medical 555-0174",
     "ALLOW", "other", "sms", "en",
     [("555-0174", "PHONE")],
     ["general", "practice-contact"], "Practice's own phone; nothing about the patient."),
    ("s0023", "Clínica Familiar Santa Rosa: Le recordamos su cita con el Dr. Aguirre el martes 14 de abril a las 8:30 a.m. Responda C para confirmar o R para reprogramar.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Aguirre", "PROVIDER"), ("14 de abril", "DATE")],
     ["primary-care"], "Generic clinic, provider, date and time."),
    ("s0024", "hi mrs tran, jus a reminder kayden has his ADHD med check w/ dr. romero tmrw @ 3:15. pls bring his school forms",
     "BLOCK", "reminder", "sms", "en",
     [("tran", "NAME"), ("kayden", "NAME"), ("ADHD", "CONDITION"), ("med check", "PROCEDURE"), ("dr. romero", "PROVIDER")],
     ["pediatrics", "behavioral-health", "third-party", "minor", "shorthand"],
     "Judgement call: a dependent's condition named to the guardian is a third party's health (README: 'Sofia's asthma check')."),
    ("s0025", "Hi Mr. Abernathy, your lipid panel looks good: LDL 96, HDL 58, triglycerides 110. No changes needed, keep up the walking! - Dr. Chen",
     "ALLOW", "result", "portal", "en",
     [("Abernathy", "NAME"), ("lipid panel", "PROCEDURE"), ("LDL", "PROCEDURE"), ("96", "RESULT"), ("HDL", "PROCEDURE"),
      ("58", "RESULT"), ("triglycerides", "PROCEDURE"), ("110", "RESULT"), ("Dr. Chen", "PROVIDER")],
     ["primary-care", "contrast"], "Inside the secure portal results and names may stay."),
    ("s0026", "Sr. Ramírez, le avisamos que su esposa Elena ya terminó su sesión de quimioterapia y está lista para que la recoja en la entrada B. Tuvo un poco de náusea y le dimos ondansetrón.",
     "BLOCK", "other", "sms", "es",
     [("Ramírez", "NAME"), ("Elena", "NAME"), ("quimioterapia", "PROCEDURE"), ("náusea", "CONDITION"), ("ondansetrón", "MEDICATION")],
     ["oncology", "third-party"], "A spouse's treatment, symptom and medication sent to the husband."),
    ("s0027", "Reminder: ur t h e r a p y appt is Thurs at 5pm w/ Dana Whitfield, LCSW. Reply Y to confirm, N to cancel",
     "REWRITE", "reminder", "sms", "en",
     [("t h e r a p y", "PROCEDURE"), ("Dana Whitfield", "PROVIDER"), ("LCSW", "SPECIALTY")],
     ["behavioral-health", "spaced", "shorthand"], "Spaced-out visit type and a behavioral-health credential go."),
    ("s0028", "Lakeside Family Medicine: You have a new statement. Balance due: $42.18. Pay securely at lakesidefamilymed.com/pay or call 555-0120. Thank you!",
     "ALLOW", "billing", "sms", "en",
     [("lakesidefamilymed.com/pay", "URL"), ("555-0120", "PHONE")],
     ["primary-care", "practice-contact"], "Balance notice with the practice's own payment URL and phone."),
    ("s0029", "Statement ready for acct #88302177 from Northshore Orthopedic Specialists. Amount due $210.00. Pay at nsorthospecialists.com/pay",
     "REWRITE", "billing", "sms", "en",
     [("88302177", "ACCOUNT"), ("Northshore Orthopedic Specialists", "SPECIALTY"), ("nsorthospecialists.com/pay", "URL")],
     ["orthopedics", "practice-contact"], "Account number and orthopedic practice name go; the amount and pay link survive."),
    ("s0030", "Hola Lupita 👋 Le recordamos su cita para extracción de muelas del juicio el sábado 21 de marzo 9:00am en Dental Sonrisa Feliz. Venga acompañada, por favor.",
     "REWRITE", "reminder", "sms", "es",
     [("Lupita", "NAME"), ("extracción de muelas del juicio", "PROCEDURE"), ("21 de marzo", "DATE"), ("Dental Sonrisa Feliz", "SPECIALTY")],
     ["dental"], "Name, procedure and dental practice name go; date and time survive."),
)

# ---------------------------------------------------------------- batch 2 (s0031-s0060)
add(
    ("s0031", "Hi Mr. Abernathy, your lipid panel looks good: LDL 96, HDL 58, triglycerides 110. No changes needed, keep up the walking! - Dr. Chen",
     "BLOCK", "result", "sms", "en",
     [("Abernathy", "NAME"), ("lipid panel", "PROCEDURE"), ("LDL", "PROCEDURE"), ("96", "RESULT"), ("HDL", "PROCEDURE"),
      ("58", "RESULT"), ("triglycerides", "PROCEDURE"), ("110", "RESULT"), ("Dr. Chen", "PROVIDER")],
     ["primary-care", "contrast"], "Same text as s0025 but by SMS: good results are still results."),
    ("s0032", "Hey! Reminder that Ava has her 4-year well-child visit + shots Tues 3/31 at 10:20 w/ Dr. Kessler at Little Sprouts Pediatrics. Reply C to confirm 🙂",
     "REWRITE", "reminder", "sms", "en",
     [("Ava", "NAME"), ("well-child", "PROCEDURE"), ("shots", "PROCEDURE"), ("3/31", "DATE"), ("Dr. Kessler", "PROVIDER"),
      ("Little Sprouts Pediatrics", "SPECIALTY")],
     ["pediatrics", "minor"], "A dependent's routine visit: name, visit type and pediatric practice name go."),
    ("s0033", "¡Ya llegaron las vacunas contra la gripe! Vacúnese sin cita de lunes a sábado en cualquiera de nuestras clínicas. Centro Médico Familiar Las Palmas.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Flu-shot broadcast to every patient; says nothing about the recipient."),
    ("s0034", "Hi Brianna,\n\nThanks for coming in on Monday. A few things from your visit:\n\n1) Your 1-hour glucose screen came back at 152, which is high, so Dr. Mendez would like you to do the 3-hour test next week. You'll need to fast after midnight and plan to be here about 3.5 hours.\n\n2) Your next prenatal visit is Thursday, April 9 at 10:40 AM.\n\n3) Parking: the north garage entrance is closed for repairs this month, so please use the south entrance.\n\nCall us at 555-0133 with any questions.\n\nBest,\nMarisa Cole, RN\nGreenway Women's Health",
     "BLOCK", "result", "email", "en",
     [("Brianna", "NAME"), ("1-hour glucose screen", "PROCEDURE"), ("152", "RESULT"), ("high", "RESULT"), ("Dr. Mendez", "PROVIDER"),
      ("3-hour test", "PROCEDURE"), ("prenatal", "PROCEDURE"), ("April 9", "DATE"), ("555-0133", "PHONE"),
      ("Marisa Cole, RN", "PROVIDER"), ("Greenway Women's Health", "SPECIALTY")],
     ["reproductive", "practice-contact"], "Long email: logistics paragraphs are fine, but a pregnancy glucose result and follow-up test are the message."),
    ("s0035", "CONFIRMED ✅ Stress test w/ Heartwell Cardiology on 4/7 @ 8:00am. No caffeine 24 hrs before & wear walking shoes. Questions: 555-0145",
     "REWRITE", "reminder", "sms", "en",
     [("Stress test", "PROCEDURE"), ("Heartwell Cardiology", "SPECIALTY"), ("4/7", "DATE"), ("555-0145", "PHONE")],
     ["cardiology", "practice-contact"], "Judgement call: test-prep logistics, not treatment; test type and cardiology name go."),
    ("s0036", "Hola Sr. Gutiérrez, su radiografía de la muñeca muestra una fractura pequeña. El Dr. Olmos quiere ponerle un yeso el lunes. Llámenos al 555-0129.",
     "BLOCK", "result", "sms", "es",
     [("Gutiérrez", "NAME"), ("radiografía", "PROCEDURE"), ("fractura", "CONDITION"), ("Dr. Olmos", "PROVIDER"), ("yeso", "PROCEDURE"),
      ("555-0129", "PHONE")],
     ["orthopedics", "practice-contact"], "An x-ray finding and the treatment plan are the message."),
    ("s0037", "Hi, this is Dr. Nakamura's office. Please give us a call at 555-0186 when you get a chance, nothing urgent. Thanks!",
     "ALLOW", "other", "sms", "en",
     [("Dr. Nakamura", "PROVIDER"), ("555-0186", "PHONE")],
     ["primary-care", "practice-contact"], "Content-free call-back request."),
    ("s0038", "Your c\u200bhemo infusion is confirmed for Mon 3/30 at 8am, Bay 4. Please eat a light breakfast. - Meridian Cancer Institute",
     "REWRITE", "reminder", "sms", "en",
     [("c\u200bhemo infusion", "PROCEDURE"), ("3/30", "DATE"), ("Meridian Cancer Institute", "SPECIALTY")],
     ["oncology"], "Zero-width space inside 'chemo'; treatment type and cancer-institute name go, time survives."),
    ("s0039", "Hola, le llamamos del consultorio de la Dra. Paredes para confirmar su cita de mañana a las 9 y media. Si no puede venir, llame al 555-0163. Gracias y que tenga buen día.",
     "ALLOW", "reminder", "voice", "es",
     [("Dra. Paredes", "PROVIDER"), ("555-0163", "PHONE")],
     ["primary-care", "practice-contact"], "Voice confirmation: provider, time and practice phone only."),
    ("s0040", "Your refil for amlodipine 5 mg is redy at Westfield Pharmacy, pickup counter open til 8pm",
     "REWRITE", "pickup", "sms", "en",
     [("amlodipine 5 mg", "MEDICATION")],
     ["pharmacy", "typo"], "Medication name in a pickup notice goes; 'your refill is ready' survives."),
    ("s0041", "SPRING NEWSLETTER - Maplewood Primary Care\n\nAllergy season is here! On high-pollen days keep windows closed, change clothes after yard work, and check the daily pollen count before outdoor exercise.\n\nWe're also happy to welcome Dr. Imani Brooks, who joins our practice on April 1 and is accepting new patients of all ages.\n\nNew Saturday hours: 8 AM to noon, starting this month. Same-day sick visits are available every weekday morning.\n\nQuestions? Call 555-0111 or visit maplewoodprimarycare.com.\n\nStay well!",
     "ALLOW", "marketing", "email", "en",
     [("Dr. Imani Brooks", "PROVIDER"), ("April 1", "DATE"), ("555-0111", "PHONE"), ("maplewoodprimarycare.com", "URL")],
     ["general", "broadcast", "practice-contact"], "Seasonal newsletter to every patient; health tips say nothing about the recipient."),
    ("s0042", "Hi Mark, it's Dr. Ellison. Jenna asked me to text you since her phone is off: her scan looked clear, no sign of the cancer coming back. She can call you after recovery.",
     "BLOCK", "result", "sms", "en",
     [("Mark", "NAME"), ("Dr. Ellison", "PROVIDER"), ("Jenna", "NAME"), ("scan", "PROCEDURE"), ("clear", "RESULT"), ("cancer", "CONDITION")],
     ["oncology", "third-party", "negation"], "A spouse's scan result and cancer history, even good news, sent to a third party."),
    ("s0043", "Hola Andrés, le recordamos su consulta de psiquiatría con el Dr. Varela el miércoles 25 de marzo a las 4:30 pm (videollamada). El enlace le llegará 10 min antes.",
     "REWRITE", "reminder", "sms", "es",
     [("Andrés", "NAME"), ("psiquiatría", "SPECIALTY"), ("Dr. Varela", "PROVIDER"), ("25 de marzo", "DATE")],
     ["behavioral-health"], "Name and psychiatry specialty go; video-visit logistics survive."),
    ("s0044", "Thanks for all the positive feedback on our new check-in screens! Tap the screen, scan your ID card and you're done. - Greenfield Medical Center",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Near-miss: 'positive', 'screens' and 'scan' are everyday words here."),
    ("s0045", "PT appt reminder: Tues 3/17 4pm @ Motion Works Physical Therapy. Wear comfy clothes. Txt C to confirm",
     "REWRITE", "reminder", "sms", "en",
     [("PT", "SPECIALTY"), ("3/17", "DATE"), ("Motion Works Physical Therapy", "SPECIALTY")],
     ["physical-therapy", "shorthand"], "Physical-therapy abbreviation and practice name go."),
    ("s0046", "From Dr. Abara's nurse: start the tReTiNoIn 0.025% cream every other night for 2 wks, then nightly. Use SPF 30 every day and stop if your skin peels a lot.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Abara", "PROVIDER"), ("tReTiNoIn 0.025% cream", "MEDICATION")],
     ["dermatology", "mixed-case"], "Dosing instructions for a prescription cream are the message."),
    ("s0047", "Sra. Castillo, la prueba de estreptococo de Sofía salió positiva. Ya mandamos amoxicilina a su farmacia; debe tomarla los 10 días completos. Puede volver a la escuela en 24 horas.",
     "BLOCK", "result", "sms", "es",
     [("Castillo", "NAME"), ("prueba de estreptococo", "PROCEDURE"), ("Sofía", "NAME"), ("positiva", "RESULT"), ("amoxicilina", "MEDICATION")],
     ["pediatrics", "third-party", "minor"], "A child's positive test and antibiotic course, sent to the parent."),
    ("s0048", "¡Gracias! Su cita del 26/3 a las 11:00 a.m. está confirmada. Lo esperamos. Responda BAJA para no recibir más mensajes.",
     "ALLOW", "reminder", "sms", "es",
     [("26/3", "DATE")],
     ["general"], "Confirmation acknowledgement with date and time only."),
    ("s0049", "hi this is tiff from lakeview ob/gyn, ur ultrasound got moved to fri 3/20 at 1:45. drink 32oz water 1 hr b4 & dont empty ur bladder",
     "REWRITE", "reminder", "sms", "en",
     [("tiff", "PROVIDER"), ("lakeview ob/gyn", "SPECIALTY"), ("ultrasound", "PROCEDURE"), ("3/20", "DATE")],
     ["reproductive", "shorthand", "typo"], "Judgement call: prep logistics; OB/GYN name and test type go, the new time survives."),
    ("s0050", "Para completar su registro necesitamos confirmar su fecha de nacimiento: 14/07/1988. Si es correcta, responda SÍ.",
     "REWRITE", "other", "sms", "es",
     [("14/07/1988", "DATE")],
     ["general", "dob"], "A date of birth without a name: REWRITE (README)."),
    ("s0051", "Patient Leticia Moreno DOB 02/11/1957 - your pre-registration for Tuesday is complete. Please bring your insurance card.",
     "BLOCK", "other", "sms", "en",
     [("Leticia Moreno", "NAME"), ("02/11/1957", "DATE")],
     ["general", "dob"], "Full date of birth with a name never travels by text."),
    ("s0052", "Hello, this message is for Walter Higgins. Happy 94th birthday from all of us at Brookside Medical Group! Your next visit with Dr. Amin is Friday at 10 AM.",
     "REWRITE", "reminder", "voice", "en",
     [("Walter Higgins", "NAME"), ("94th", "AGE"), ("Dr. Amin", "PROVIDER")],
     ["primary-care", "age-over-89"], "Name and an age over 89 go; the visit reminder survives."),
    ("s0053", "Reminder: your m\u0430mm\u043egram is Wed at 9:15 at Harborview Imaging. Please don't wear deodorant or powder.",
     "REWRITE", "reminder", "sms", "en",
     [("m\u0430mm\u043egram", "PROCEDURE"), ("Harborview Imaging", "SPECIALTY")],
     ["imaging"], "Cyrillic look-alikes in 'mammogram'; procedure and imaging-centre name go."),
    ("s0054", "Reminder: appointment on {{appt_date}} at {{appt_time}} with {{provider_name}} at {{location_name}}. Reply C to confirm or call {{practice_phone}}.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "template"], "Template whose placeholders carry no patient data."),
    ("s0055", "Estimada Sra. Navarro:\n\nLe escribimos de Clínica Dental Arcoíris para confirmar su cita de endodoncia con el Dr. Fuentes, DDS, el jueves 2 de abril a las 3:00 p.m.\n\nNuestra dirección es 1450 Avenida Central, Local 5, Pharr, TX 78577. Hay estacionamiento gratuito detrás del edificio.\n\nLe pedimos llegar 10 minutos antes y traer su tarjeta del seguro. Si necesita cambiar la cita, llámenos al 555-0172 con al menos 24 horas de anticipación.\n\nAtentamente,\nRecepción, Clínica Dental Arcoíris",
     "REWRITE", "reminder", "email", "es",
     [("Navarro", "NAME"), ("Clínica Dental Arcoíris", "SPECIALTY"), ("endodoncia", "PROCEDURE"), ("Dr. Fuentes", "PROVIDER"),
      ("DDS", "SPECIALTY"), ("2 de abril", "DATE"), ("1450 Avenida Central, Local 5, Pharr, TX 78577", "ADDRESS"),
      ("555-0172", "PHONE"), ("Clínica Dental Arcoíris", "SPECIALTY", 1)],
     ["dental", "practice-contact"], "Name, root-canal procedure, dental name and credential go; address and logistics survive."),
    ("s0056", "It's been a while! Our records show you're due for your annual physical. Call Parkside Primary Care at 555-0139 or book online at parksideprimarycare.com.",
     "ALLOW", "recall", "sms", "en",
     [("555-0139", "PHONE"), ("parksideprimarycare.com", "URL")],
     ["primary-care", "practice-contact"], "Generic primary-care recall; annual physical is not revealing."),
    ("s0057", "Time for your 6-month check-up & cleaning at Cornerstone Family Dentistry! Book at cornerstonedentistry.com or call 555-0125.",
     "REWRITE", "recall", "sms", "en",
     [("cleaning", "PROCEDURE"), ("Cornerstone Family Dentistry", "SPECIALTY"), ("cornerstonedentistry.com", "URL"), ("555-0125", "PHONE")],
     ["dental", "practice-contact"], "Judgement call: dental name and cleaning go; the practice's own URL is labelled but allowed."),
    ("s0058", "Hola Carmen, soy la enfermera Ruth del Dr. Saldaña. Dígale a su papá que a partir de hoy tome la furosemida 40 mg dos veces al día y que se pese cada mañana. Si sube más de 1 kilo, que nos llame.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Carmen", "NAME"), ("enfermera Ruth", "PROVIDER"), ("Dr. Saldaña", "PROVIDER"), ("furosemida 40 mg", "MEDICATION")],
     ["cardiology", "third-party"], "A parent's dosing instructions sent to his daughter."),
    ("s0059", "Reminder from Harbor Light Recovery: IOP group meets tonight 6-9pm in Room 2. Text 555-0190 if you can't make it.",
     "REWRITE", "reminder", "sms", "en",
     [("Harbor Light Recovery", "SPECIALTY"), ("IOP", "PROCEDURE"), ("555-0190", "PHONE")],
     ["substance-use", "practice-contact"], "Recovery-centre name and intensive outpatient program reveal substance-use treatment."),
    ("s0060", "Main Street Clinic: We've moved! Starting 4/1 find us at 300 Oak Ridge Dr, Suite 100 (same phone: 555-0150). Free parking out front.",
     "ALLOW", "other", "sms", "en",
     [("4/1", "DATE"), ("300 Oak Ridge Dr, Suite 100", "ADDRESS"), ("555-0150", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Practice relocation broadcast with its own address and phone."),
)

# ---------------------------------------------------------------- batch 3 (s0061-s0090)
add(
    ("s0061", "Farmacia San José: Su receta está lista para recoger. Horario: lunes a sábado de 8 a 8. Responda ALTO para no recibir más mensajes.",
     "ALLOW", "pickup", "sms", "es", [],
     ["pharmacy", "hard-negative"], "Pickup notice from a generic pharmacy; no drug named."),
    ("s0062", "Farmacia Del Pueblo: su insulina glargina ya está lista. Recuerde traer su hielera. Receta #RX-730215.",
     "REWRITE", "pickup", "sms", "es",
     [("insulina glargina", "MEDICATION"), ("RX-730215", "OTHER_ID")],
     ["pharmacy"], "Drug name and prescription number go; 'your order is ready' survives."),
    ("s0063", "Dear Mr. Okonkwo,\n\nThank you for wearing the Holter monitor last week. Dr. Hassan has reviewed the recording, and it showed several episodes of atrial fibrillation, mostly at night. She would like you to start apixaban 5mg twice a day to lower your stroke risk; the prescription has been sent to your pharmacy.\n\nYour follow-up visit is Tuesday, May 12 at 9:00 AM at our Westgate office, 4410 Westgate Blvd, Suite 200. Parking in the visitor lot is validated at the front desk.\n\nIf you notice chest pain, fainting or shortness of breath, call 911.\n\nSincerely,\nLauren Pike, RN\nSummit Heart Associates\n555-0192",
     "BLOCK", "result", "email", "en",
     [("Okonkwo", "NAME"), ("Holter monitor", "PROCEDURE"), ("Dr. Hassan", "PROVIDER"), ("atrial fibrillation", "CONDITION"),
      ("apixaban 5mg", "MEDICATION"), ("stroke", "CONDITION"), ("May 12", "DATE"), ("4410 Westgate Blvd, Suite 200", "ADDRESS"),
      ("chest pain", "CONDITION"), ("fainting", "CONDITION"), ("shortness of breath", "CONDITION"),
      ("Lauren Pike, RN", "PROVIDER"), ("Summit Heart Associates", "SPECIALTY"), ("555-0192", "PHONE")],
     ["cardiology", "practice-contact"], "Long email: the follow-up logistics are fine, but a monitor finding and a new anticoagulant are the message."),
    ("s0064", "Hi! This is Carla from Dr. Whitaker's office. Dr. Whitaker is running about 30 min behind today. If you'd rather come in later, just reply here. Sorry for the wait!",
     "ALLOW", "other", "sms", "en",
     [("Carla", "PROVIDER"), ("Dr. Whitaker", "PROVIDER"), ("Dr. Whitaker", "PROVIDER", 1)],
     ["primary-care"], "Running-late notice from named staff; nothing about the patient."),
    ("s0065", "Hi Susan, just confirming your dad's appointment w/ Dr. Greer at Valley Neurology on Tues 4/14 at 2pm. Pls bring his medication list.",
     "REWRITE", "reminder", "sms", "en",
     [("Susan", "NAME"), ("Dr. Greer", "PROVIDER"), ("Valley Neurology", "SPECIALTY"), ("4/14", "DATE")],
     ["primary-care", "third-party"], "A parent's appointment logistics with a specialty name only: REWRITE like the patient's own (README)."),
    ("s0066", "hola sra. pineda, ya salio su papanicolau y todo bien, negativo. nos vemos en 3 años. dra. luna",
     "BLOCK", "result", "sms", "es",
     [("pineda", "NAME"), ("papanicolau", "PROCEDURE"), ("todo bien", "RESULT"), ("negativo", "RESULT"), ("dra. luna", "PROVIDER")],
     ["reproductive", "shorthand", "typo"], "A negative Pap result is still a result."),
    ("s0067", "Reply 1 to CONFIRM or 2 to CANCEL your visit on Monday, April 20 at 3:15 PM at our downtown office. Msg & data rates may apply.",
     "ALLOW", "reminder", "sms", "en",
     [("April 20", "DATE")],
     ["general"], "Interactive confirmation with date and time only."),
    ("s0068", "Your contact lenses are in! Pick them up at Vista Optical & Eye Care, Mon-Sat 10-6. Balance due at pickup: $85",
     "REWRITE", "pickup", "sms", "en",
     [("contact lenses", "PROCEDURE"), ("Vista Optical & Eye Care", "SPECIALTY")],
     ["ophthalmology"], "Judgement call: device and eye-care name go; 'your order is ready' survives."),
    ("s0069", "Hola, este es un mensaje para Rosa Elena Vidal de parte de Cardiología del Sur. Su ecocardiograma está programado para el 8 de mayo a las 7:30 de la mañana. Para confirmar, oprima 1; para hablar con una recepcionista, oprima 0.",
     "REWRITE", "reminder", "voice", "es",
     [("Rosa Elena Vidal", "NAME"), ("Cardiología del Sur", "SPECIALTY"), ("ecocardiograma", "PROCEDURE"), ("8 de mayo", "DATE")],
     ["cardiology"], "Name, cardiology practice and test go; date and time survive."),
    ("s0070", "pls call back re: ur potassium, it was 5.9 on this am's labs. Dr. O wants u to stop the lisinopril until we recheck. 555-0115",
     "BLOCK", "care-instructions", "sms", "en",
     [("potassium", "PROCEDURE"), ("5.9", "RESULT"), ("Dr. O", "PROVIDER"), ("lisinopril", "MEDICATION"), ("555-0115", "PHONE")],
     ["primary-care", "shorthand"], "A lab value and a stop-medication instruction are the message."),
    ("s0071", "Free community blood drive this Sat 9-1 in our parking lot! Walk-ins welcome. Questions: 555-0104. - Riverbend Health Partners",
     "ALLOW", "marketing", "sms", "en",
     [("555-0104", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Community event broadcast with the practice's own phone."),
    ("s0072", "🌞 Hi Olivia! Your skin check with Dr. Fairbanks at Sunset Dermatology is tomorrow at 11:30. Reply C to confirm, STOP to opt out.",
     "REWRITE", "reminder", "sms", "en",
     [("Olivia", "NAME"), ("skin check", "PROCEDURE"), ("Dr. Fairbanks", "PROVIDER"), ("Sunset Dermatology", "SPECIALTY")],
     ["dermatology"], "Name, visit type and dermatology name go; provider and time survive."),
    ("s0073", "Le recordamos su cita de salud men\u200btal el martes a las 3 pm con la Lic. Ochoa. Si no puede asistir, avísenos con tiempo.",
     "REWRITE", "reminder", "sms", "es",
     [("salud men\u200btal", "SPECIALTY"), ("Lic. Ochoa", "PROVIDER")],
     ["behavioral-health"], "Zero-width space inside 'mental'; the service line goes, provider and time survive."),
    ("s0074", "Hi Ms. Foster, Liam's lead level came back at 7, which is a little high. Dr. Bui wants to recheck in 3 months and suggests having your home checked for old paint.",
     "BLOCK", "result", "sms", "en",
     [("Foster", "NAME"), ("Liam", "NAME"), ("lead level", "PROCEDURE"), ("back at [[7]]", "RESULT"), ("a little high", "RESULT"), ("Dr. Bui", "PROVIDER")],
     ["pediatrics", "third-party", "minor"], "A child's lab value and follow-up plan, sent to the parent."),
    ("s0075", "Hello,\n\nThis is a reminder of your appointment with Dr. Laura Kim on Wednesday, May 6 at 9:40 AM at Brightwater Medical Group.\n\nBefore your visit:\n- Please arrive 15 minutes early to complete check-in.\n- Bring a photo ID, your insurance card and a list of your current medications.\n- We accept cash, checks and all major cards for copays.\n\nWe are at 2780 Meadow Lane, Suite 120, with free parking in the lot behind the building. If you use a wheelchair or need an interpreter, let us know ahead of time and we'll arrange it.\n\nTo reschedule, call 555-0188 or email frontdesk@brightwatermed.com.\n\nThank you,\nBrightwater Medical Group",
     "ALLOW", "reminder", "email", "en",
     [("Dr. Laura Kim", "PROVIDER"), ("May 6", "DATE"), ("2780 Meadow Lane, Suite 120", "ADDRESS"), ("555-0188", "PHONE"),
      ("frontdesk@brightwatermed.com", "EMAIL")],
     ["general", "practice-contact"], "Long reminder email: provider, date, generic practice name and its own contacts; 'medications' is generic."),
    ("s0076", "Hola Sra. Ibáñez:\n\nLe escribimos de parte de la Dra. Serrano sobre los análisis de sangre de Diego.\n\nSu hemoglobina salió en 10.2, un poco baja, y la doctora cree que es anemia por falta de hierro. Enviamos a su farmacia sulfato ferroso en gotas: dele 3 ml una vez al día con jugo de naranja, no con leche.\n\nLa cita de control será el lunes 15 de junio a las 4:00 p.m. Estamos en el segundo piso; el elevador está junto a la cafetería.\n\nSi tiene dudas, llame al 555-0143.\n\nSaludos cordiales,\nEquipo de enfermería\nPediatría Mariposa",
     "BLOCK", "result", "email", "es",
     [("Ibáñez", "NAME"), ("Dra. Serrano", "PROVIDER"), ("Diego", "NAME"), ("hemoglobina", "PROCEDURE"), ("10.2", "RESULT"),
      ("un poco baja", "RESULT"), ("anemia", "CONDITION"), ("falta de hierro", "CONDITION"), ("sulfato ferroso en gotas", "MEDICATION"),
      ("15 de junio", "DATE"), ("555-0143", "PHONE"), ("Pediatría Mariposa", "SPECIALTY")],
     ["pediatrics", "third-party", "minor", "practice-contact"], "Long email: a child's lab value, diagnosis and dosing, sent to the parent."),
    ("s0077", "Hi frm Peak Ortho! Dr. Reyes wants to see u for ur 6wk post-op check on ur shoulder. Call 555-0194 to sched.",
     "REWRITE", "recall", "sms", "en",
     [("Peak Ortho", "SPECIALTY"), ("Dr. Reyes", "PROVIDER"), ("post-op", "PROCEDURE"), ("555-0194", "PHONE")],
     ["orthopedics", "shorthand", "practice-contact"], "Orthopedic name and post-op visit type go; 'please call to schedule' survives."),
    ("s0078", "Your patient portal verification code is 482913. It expires in 10 minutes. Never share this code with anyone.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time login code is not an identifier of the patient."),
    ("s0079", "Clínica Buena Salud le informa: el lunes 6 de abril estaremos cerrados por capacitación del personal. Para urgencias llame al 555-0160 o al 911.",
     "ALLOW", "other", "sms", "es",
     [("6 de abril", "DATE"), ("555-0160", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Closure broadcast; 'urgencias' and 911 are generic."),
    ("s0080", "This is Ridgeview Urgent Care calling for Tomás Herrera with your culture results. Your urine culture grew E. coli, and the antibiotic you were given will not treat it. Please call 555-0126 so we can send a new prescription.",
     "BLOCK", "result", "voice", "en",
     [("Ridgeview Urgent Care", "SPECIALTY"), ("Tomás Herrera", "NAME"), ("urine culture", "PROCEDURE"), ("E. coli", "RESULT"),
      ("antibiotic", "MEDICATION"), ("555-0126", "PHONE")],
     ["urgent-care", "practice-contact"], "A culture result and treatment change are the message."),
    ("s0081", "Your home health nurse will visit tomorrow between 10 and 12 at 47 Larkspur Ct, Apt 3B. Call 555-0149 if no one will be home. - CareBridge Home Health",
     "REWRITE", "reminder", "sms", "en",
     [("home health", "SPECIALTY"), ("47 Larkspur Ct, Apt 3B", "ADDRESS"), ("555-0149", "PHONE"), ("CareBridge Home Health", "SPECIALTY")],
     ["home-health", "practice-contact"], "The patient's own address and the home-health service go; the visit window survives."),
    ("s0082", "Cold & flu season tip from Good Samaritan Primary Care: wash hands often, stay home if you're sick, and call us before walking in with a fever. Stay healthy!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "General health tip to everyone; 'sick' and 'fever' are not about the recipient."),
    ("s0083", "Recordatorio: Valentina tiene cita para sus vacunas de los 12 meses el 3 de abril a las 10:15 con la Dra. Cuevas. Clínica Pediátrica Mi Sol.",
     "REWRITE", "reminder", "sms", "es",
     [("Valentina", "NAME"), ("vacunas", "PROCEDURE"), ("3 de abril", "DATE"), ("Dra. Cuevas", "PROVIDER"), ("Clínica Pediátrica Mi Sol", "SPECIALTY")],
     ["pediatrics", "minor"], "A child's routine vaccine visit: name, visit type and pediatric clinic name go."),
    ("s0084", "Hi Jess, Dr. Alvarez increased your Zoloft to 100mg, start tmrw. Also ur PHQ-9 was 18 so she wants weekly check-ins for now.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Jess", "NAME"), ("Dr. Alvarez", "PROVIDER"), ("Zoloft", "MEDICATION"), ("PHQ-9", "PROCEDURE"), ("18", "RESULT")],
     ["behavioral-health", "shorthand"], "A dose change and a depression score are the message."),
    ("s0085", "It's time for your annual P.a.p smear w/ Dr. Hollis! Call Bayview Women's Care at 555-0176 to book.",
     "REWRITE", "recall", "sms", "en",
     [("P.a.p smear", "PROCEDURE"), ("Dr. Hollis", "PROVIDER"), ("Bayview Women's Care", "SPECIALTY"), ("555-0176", "PHONE")],
     ["reproductive", "spaced", "practice-contact"], "Dotted test name and women's-health practice name go; the recall survives."),
    ("s0086", "Hi Daniel, as we discussed, start prednisone 40mg daily for 5 days with food. If your wheezing isn't better in 48 hours, call 555-0114 or go to urgent care. - Dr. Moss",
     "ALLOW", "care-instructions", "portal", "en",
     [("Daniel", "NAME"), ("prednisone 40mg", "MEDICATION"), ("wheezing", "CONDITION"), ("555-0114", "PHONE"), ("Dr. Moss", "PROVIDER")],
     ["primary-care", "practice-contact"], "Dosing instructions inside the secure portal may stay."),
    ("s0087", "Sr. Beltrán, su esposa Marta está estable. El cardiólogo le colocó un stent esta mañana y pasará la noche en observación. Puede visitarla de 4 a 8.",
     "BLOCK", "other", "sms", "es",
     [("Beltrán", "NAME"), ("Marta", "NAME"), ("estable", "RESULT"), ("cardiólogo", "SPECIALTY"), ("stent", "PROCEDURE")],
     ["cardiology", "third-party"], "A spouse's procedure and condition, sent to the husband."),
    ("s0088", "Dr. Kaplan reviewed your recent results and would like to discuss them with you. Please call the office at 555-0137 during business hours.",
     "ALLOW", "result", "sms", "en",
     [("Dr. Kaplan", "PROVIDER"), ("555-0137", "PHONE")],
     ["primary-care", "practice-contact"], "Content-free call-back about results; no test or value named."),
    ("s0089", "Reminder: you have a balance of $35.00 from your visit at Bloom Fertility on 2/27. Pay at bloomfertility.com/billing or call 555-0178.",
     "REWRITE", "billing", "sms", "en",
     [("Bloom Fertility", "SPECIALTY"), ("2/27", "DATE"), ("bloomfertility.com/billing", "URL"), ("555-0178", "PHONE")],
     ["fertility", "practice-contact"], "The fertility practice name goes; the balance reminder survives."),
    ("s0090", "Hola, la Dra. Montoya tuvo una emergencia y no podrá atender mañana. ¿Le sirve el viernes 10 de abril a las 12:00? Responda SÍ o llame al 555-0131.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Montoya", "PROVIDER"), ("10 de abril", "DATE"), ("555-0131", "PHONE")],
     ["primary-care", "practice-contact"], "Reschedule offer; 'emergencia' is the provider's, not the patient's."),
)

# ---------------------------------------------------------------- batch 4 (s0091-s0120)
add(
    ("s0091", "Northgate Pharmacy: We received your refill request and will text you when it's ready. Questions? 555-0117. Reply HELP for help, STOP to stop.",
     "ALLOW", "pickup", "sms", "en",
     [("555-0117", "PHONE")],
     ["pharmacy", "practice-contact"], "Refill acknowledgement; generic pharmacy name, no drug."),
    ("s0092", "Reminder: ur ch3mo teaching visit w/ nurse Priya is Thurs 2pm, 4th floor. Bring a friend if u can!",
     "REWRITE", "reminder", "sms", "en",
     [("ch3mo", "PROCEDURE"), ("nurse Priya", "PROVIDER")],
     ["oncology", "leet", "shorthand"], "Leetspeak 'chemo' goes; the visit time and place survive."),
    ("s0093", "Hola Jorge, su sesión de fisioterapia es mañana a las 7:00 am en Centro de Rehabilitación Movimiento. Traiga tenis y ropa cómoda. Resp. C p/ confirmar",
     "REWRITE", "reminder", "sms", "es",
     [("Jorge", "NAME"), ("fisioterapia", "SPECIALTY"), ("Centro de Rehabilitación Movimiento", "SPECIALTY")],
     ["physical-therapy", "shorthand"], "Name, physical-therapy service and rehab-centre name go."),
    ("s0094", "Hi Karen,\n\nThank you for being listed as your mother's care contact. This email confirms that Mrs. Dorothy Hale's appointment with Dr. Singh at the Crestview Memory Clinic is on Wednesday, April 22 at 10:30 AM.\n\nThe visit usually takes about two hours, so please plan for a snack and a short break. Also bring her insurance cards and a list of the medications she takes.\n\nThe clinic is at 600 Hospital Dr, Building C, 2nd floor. Use Lot 4; accessible spaces are next to the entrance, and wheelchairs are available at the front desk.\n\nQuestions? Call 555-0169.\n\nCrestview Memory Clinic",
     "REWRITE", "reminder", "email", "en",
     [("Karen", "NAME"), ("Dorothy Hale", "NAME"), ("Dr. Singh", "PROVIDER"), ("Crestview Memory Clinic", "SPECIALTY"), ("April 22", "DATE"),
      ("600 Hospital Dr, Building C, 2nd floor", "ADDRESS"), ("555-0169", "PHONE"), ("Crestview Memory Clinic", "SPECIALTY", 1)],
     ["primary-care", "third-party", "practice-contact"], "A parent's appointment logistics with names and a memory-clinic name: REWRITE like the patient's own (README)."),
    ("s0095", "Big news: our new website is live! Book visits, pay bills and message your care team at willowbendfamilymed.com.",
     "ALLOW", "marketing", "sms", "en",
     [("willowbendfamilymed.com", "URL")],
     ["general", "broadcast", "practice-contact"], "Broadcast with the practice's own website."),
    ("s0096", "From Dr. Ngata, DDS: after today's extraction, bite on gauze 30 min, no straws or smoking for 72 hrs. Take amoxicillin 500mg 3x/day until gone + ibuprofen as needed for pain.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Ngata", "PROVIDER"), ("DDS", "SPECIALTY"), ("extraction", "PROCEDURE"), ("amoxicillin 500mg", "MEDICATION"),
      ("ibuprofen", "MEDICATION"), ("pain", "CONDITION")],
     ["dental"], "Post-extraction care and dosing instructions are the message."),
    ("s0097", "Centro de Salud Esperanza: ya puede descargar nuestra nueva app para pedir citas y ver sus resultados. Más información en centrosaludesperanza.org",
     "ALLOW", "marketing", "sms", "es",
     [("centrosaludesperanza.org", "URL")],
     ["general", "broadcast", "practice-contact"], "App announcement; 'resultados' is generic, the URL is the practice's own."),
    ("s0098", "Hello, this is Clearwater Behavioral Health with a reminder for Nathan. Your appointment with Dr. Lowe is on Monday, April 13 at 5:00 PM. Press 1 to confirm or 2 to reschedule.",
     "REWRITE", "reminder", "voice", "en",
     [("Clearwater Behavioral Health", "SPECIALTY"), ("Nathan", "NAME"), ("Dr. Lowe", "PROVIDER"), ("April 13", "DATE")],
     ["behavioral-health"], "Behavioral-health practice name and patient name go; provider and time survive."),
    ("s0099", "Hi Grace 💙 your preg🤰nancy test was positive! Congrats! Dr. Ames wants to see you at 8 wks, call 555-0183 to book.",
     "BLOCK", "result", "sms", "en",
     [("Grace", "NAME"), ("preg🤰nancy test", "PROCEDURE"), ("positive", "RESULT"), ("Dr. Ames", "PROVIDER"), ("555-0183", "PHONE")],
     ["reproductive", "emoji-split", "practice-contact"], "A pregnancy test result is the message, emoji split or not."),
    ("s0100", "Sr. Luis Ortega: su mamá, la Sra. Amparo Ortega, tiene una infección en la pierna. El Dr. Peña le recetó cefalexina 500 mg cada 6 horas por 7 días. Por favor asegúrese de que la tome.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Luis Ortega", "NAME"), ("Amparo Ortega", "NAME"), ("infección", "CONDITION"), ("Dr. Peña", "PROVIDER"), ("cefalexina 500 mg", "MEDICATION")],
     ["primary-care", "third-party"], "A parent's diagnosis and antibiotic dosing, sent to her son."),
    ("s0101", "Hi Rachel, it's been 3 months since your last Botox touch-up! Book by 4/30 and get 10% off at Glow Aesthetic Dermatology 💉 555-0153",
     "REWRITE", "marketing", "sms", "en",
     [("Rachel", "NAME"), ("Botox", "MEDICATION"), ("4/30", "DATE"), ("Glow Aesthetic Dermatology", "SPECIALTY"), ("555-0153", "PHONE")],
     ["dermatology", "practice-contact"], "Targeted marketing naming the recipient's treatment; name, product and practice name go."),
    ("s0102", "Back-to-school physicals are booking fast! Call 555-0128 to schedule. - Oak Hill Family Medicine",
     "ALLOW", "marketing", "sms", "en",
     [("555-0128", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Broadcast for a generic visit type, not about the recipient."),
    ("s0103", "Óptica y Oftalmología Visión Clara: sus lentes nuevos ya están listos para recoger. Horario de 9 a 6.",
     "REWRITE", "pickup", "sms", "es",
     [("Óptica y Oftalmología Visión Clara", "SPECIALTY"), ("lentes", "PROCEDURE")],
     ["ophthalmology"], "Judgement call: eye-care name and device go; 'your order is ready' survives."),
    ("s0104", "Good news from Dr. Tolliver: your hep\nC test was negative. No follow-up needed!",
     "BLOCK", "result", "sms", "en",
     [("Dr. Tolliver", "PROVIDER"), ("hep\nC test", "PROCEDURE"), ("negative", "RESULT")],
     ["lab", "linebreak-split"], "A negative result is still a result; the test name is split across lines."),
    ("s0105", "Hi, this is Jamie calling from Cypress Point Medical Group. We have you scheduled for Tuesday, April 28 at 8:15 in the morning with Doctor Romano. Please call us back at 555-0106 if you need to make any changes. Thank you.",
     "ALLOW", "reminder", "voice", "en",
     [("Jamie", "PROVIDER"), ("April 28", "DATE"), ("Doctor Romano", "PROVIDER"), ("555-0106", "PHONE")],
     ["primary-care", "practice-contact"], "Staff sender, provider, date and practice phone; no patient name."),
    ("s0106", "Your medication shipment from Apex Specialty Pharmacy will arrive Thu 4/9. An adult must sign for it. Tracking: 1Z84R2770391. Reply HELP for help",
     "REWRITE", "pickup", "sms", "en",
     [("Apex Specialty Pharmacy", "SPECIALTY"), ("4/9", "DATE"), ("1Z84R2770391", "OTHER_ID")],
     ["pharmacy"], "Specialty-pharmacy name and a shipment tracking number go; the delivery date survives."),
    ("s0107", "Buenos días, le habla Marisela de Clínica Familiar del Norte. Llamamos para recordarle su cita del jueves 16 de abril a las 10:30 con el Dr. Salcedo. Si necesita cambiarla, llámenos al 555-0121. Gracias.",
     "ALLOW", "reminder", "voice", "es",
     [("Marisela", "PROVIDER"), ("16 de abril", "DATE"), ("Dr. Salcedo", "PROVIDER"), ("555-0121", "PHONE")],
     ["primary-care", "practice-contact"], "Voice reminder: staff sender, date, provider, practice phone."),
    ("s0108", "Reminder: please send your pacemaker remote check tonight before midnight. Need help? Call the device clinic at 555-0197.",
     "REWRITE", "reminder", "sms", "en",
     [("pacemaker", "PROCEDURE"), ("device clinic", "SPECIALTY"), ("555-0197", "PHONE")],
     ["cardiology", "practice-contact"], "Judgement call: the device and device-clinic name go; 'please complete your scheduled check' survives."),
    ("s0109", "Dear Patients,\n\nStarting May 1, we are updating our appointment policies so that more of you can be seen quickly.\n\n- Please cancel at least 24 hours ahead. Missed visits without notice may be charged a $25 fee.\n- If you arrive more than 15 minutes late, we may ask you to reschedule.\n- Same-day slots open every morning at 8 AM; call early for the best choice.\n\nWe know life happens, and our front desk team is always happy to help you find a new time. Questions? Call 555-0102 or read the full policy at pinecrestmedical.org/policies.\n\nThank you for trusting us with your care,\nPinecrest Medical Associates",
     "ALLOW", "other", "email", "en",
     [("May 1", "DATE"), ("555-0102", "PHONE"), ("pinecrestmedical.org/policies", "URL")],
     ["general", "broadcast", "practice-contact"], "Long policy broadcast with the practice's own phone and URL."),
    ("s0110", "Hi Nina, we need to verify your insurance. We have your SSN as 412-68-3095 and member ID WPX448812930. Reply YES if correct. - Billing, Cedar Grove Medical",
     "BLOCK", "billing", "sms", "en",
     [("Nina", "NAME"), ("412-68-3095", "SSN"), ("WPX448812930", "HEALTH_PLAN_ID")],
     ["general"], "An SSN (made up) must never travel by text."),
    ("s0111", "Su número de expediente es 00738211. Úselo para registrarse en el portal de Clínica San Rafael.",
     "REWRITE", "other", "sms", "es",
     [("00738211", "MRN")],
     ["general"], "Judgement call: the record number is not needed to point the patient to the portal."),
    ("s0112", "Your annual exam is coming up! Please fill out your health history form online before your visit: greenvalleyinternalmed.com/forms",
     "ALLOW", "reminder", "sms", "en",
     [("greenvalleyinternalmed.com/forms", "URL")],
     ["primary-care", "practice-contact"], "Generic annual exam and the practice's own forms page."),
    ("s0113", "Hi Marcus! Reminder that Tanisha's 20-week anatomy scan is tomorrow at 9am, and partners are welcome to join. - Lotus Maternity Center",
     "BLOCK", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("Tanisha", "NAME"), ("20-week anatomy scan", "PROCEDURE"), ("Lotus Maternity Center", "SPECIALTY")],
     ["reproductive", "third-party"], "Judgement call: reveals an adult third party's pregnancy to someone else; not a dependent's routine logistics."),
    ("s0114", "hola! le recordamos su cita d limpieza dental mañna 4pm con la dra. rios. consultorio dental sonrisas. conf. respondiendo SI",
     "REWRITE", "reminder", "sms", "es",
     [("limpieza dental", "PROCEDURE"), ("dra. rios", "PROVIDER"), ("consultorio dental sonrisas", "SPECIALTY")],
     ["dental", "shorthand", "typo"], "Visit type and dental practice name go; time and provider survive."),
    ("s0115", "Your lab results are back and have been reviewed by your provider. View them securely at myhealth.oakviewclinic.com. Reply STOP to opt out.",
     "ALLOW", "result", "sms", "en",
     [("myhealth.oakviewclinic.com", "URL")],
     ["lab", "practice-contact"], "Content-free results notice pointing to the practice's portal."),
    ("s0116", "Hi Tyler, Dr. Fontaine has to move your counseling appt from Wed to Thu 4/16 at 4pm. Still work? Reply Y/N - Northside Psychiatry Associates",
     "REWRITE", "reminder", "sms", "en",
     [("Tyler", "NAME"), ("Dr. Fontaine", "PROVIDER"), ("counseling", "PROCEDURE"), ("4/16", "DATE"), ("Northside Psychiatry Associates", "SPECIALTY")],
     ["behavioral-health"], "Reschedule: name, counselling and psychiatry practice name go; the new time survives."),
    ("s0117", "Hola Sr. Méndez: su PSA salió en 1.1 ng/mL, dentro de lo normal. Repetimos el análisis en un año. Dr. Cárdenas",
     "ALLOW", "result", "portal", "es",
     [("Méndez", "NAME"), ("PSA", "PROCEDURE"), ("1.1 ng/mL", "RESULT"), ("dentro de lo normal", "RESULT"), ("Dr. Cárdenas", "PROVIDER")],
     ["primary-care"], "Inside the secure portal a result may stay."),
    ("s0118", "Pleasant Valley Family Med: Carlos, your chest x-ray showed pneumonia in the right lung. Dr. Ito sent azithromycin to Main St Pharmacy, take 2 tabs today then 1 daily x4 days.",
     "BLOCK", "result", "sms", "en",
     [("Carlos", "NAME"), ("chest x-ray", "PROCEDURE"), ("pneumonia", "CONDITION"), ("Dr. Ito", "PROVIDER"), ("azithromycin", "MEDICATION")],
     ["primary-care", "imaging"], "An x-ray finding and dosing instructions are the message."),
    ("s0119", "Clínica Vida Nueva: ¡Gracias por su opinión tan positiva! Nos ayuda a mejorar. Lo esperamos en su próxima visita.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "hard-negative"], "Near-miss: 'positiva' refers to feedback, not a result."),
    ("s0120", "💪 Great job this week, Bianca! See you Mon 4/20 at 6:30pm for PT at Stride Sports Rehab. Bring your resistance band!",
     "REWRITE", "reminder", "sms", "en",
     [("Bianca", "NAME"), ("4/20", "DATE"), ("PT", "SPECIALTY"), ("Stride Sports Rehab", "SPECIALTY")],
     ["physical-therapy"], "Name, physical therapy and rehab name go; the next session time survives."),
)

# ---------------------------------------------------------------- end of batches
# ---------------------------------------------------------------- build

FORMAT_CHARS = lambda ch: unicodedata.category(ch) == "Cf" or ch in "\u2028\u2029"


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def locate(text, sub, occ):
    if "[[" in sub:
        pre, rest = sub.split("[[", 1)
        inner, post = rest.split("]]", 1)
        hay = pre + inner + post
        off = len(pre)
    else:
        inner, hay, off = sub, sub, 0
    pos = -1
    for _ in range(occ + 1):
        pos = text.find(hay, pos + 1)
        if pos < 0:
            return None, inner
    return pos + off, inner


def is_emoji(ch):
    cp = ord(ch)
    return 0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF


def wordch(ch):
    return ch.isalnum() or FORMAT_CHARS(ch)


def build():
    errors, warnings = [], []
    seen_ids, seen_texts, out = set(), set(), []
    for n_row, row in enumerate(M, 1):
        if len(row) != 9:
            errors.append(f"{row[0] if row else '?'}: expected 9 fields, got {len(row)}")
            continue
        mid, text, verdict, purpose, channel, lang, spans, tags, why = row
        e = lambda msg: errors.append(f"{mid}: {msg}")
        if not re.fullmatch(r"s\d{4}", mid):
            e("bad id")
        elif mid != f"s{n_row:04d}":
            e(f"id out of sequence (expected s{n_row:04d})")
        if mid in seen_ids:
            e("duplicate id")
        seen_ids.add(mid)
        key = (text, purpose, channel)
        if key in seen_texts:
            e("duplicate message")
        seen_texts.add(key)
        if verdict not in VERDICTS: e(f"verdict {verdict}")
        if purpose not in PURPOSES: e(f"purpose {purpose}")
        if channel not in CHANNELS: e(f"channel {channel}")
        if lang not in LANGS: e(f"lang {lang}")
        if len(text) > 1000 or u16(text) > 1000: e(f"text too long ({u16(text)})")
        if text != text.strip(): e("leading/trailing whitespace in text")
        if not why or not why.strip(): e("missing why")
        for t in tags:
            if t not in SERVICE_TAGS | STYLE_TAGS:
                e(f"unknown or derived tag {t}")
        if len(set(tags)) != len(tags): e("duplicate tag")
        if not set(tags) & SERVICE_TAGS:
            e("no service tag")
        phi, intervals, cats = [], [], set()
        for sp in spans:
            sub, cat = sp[0], sp[1]
            occ = sp[2] if len(sp) > 2 else 0
            if cat not in CATEGORIES:
                e(f"category {cat}")
            start, inner = locate(text, sub, occ)
            if start is None:
                e(f"span not found: {sub!r} occ {occ}")
                continue
            if inner != inner.strip() or not inner:
                e(f"span with surrounding whitespace or empty: {inner!r}")
            end = start + len(inner)
            # a span must not start or end inside a word ("PT" in "APPT")
            if (start > 0 and wordch(text[start - 1]) and wordch(text[start])) or \
               (end < len(text) and wordch(text[end]) and wordch(text[end - 1])):
                e(f"span {inner!r} cuts a word at {start}-{end}")
            for (s, t2) in intervals:
                if start < t2 and s < end:
                    e(f"overlapping span {inner!r}")
            intervals.append((start, end))
            cats.add(cat)
            # same text elsewhere but unlabelled? (review aid)
            n = text.count(inner)
            labelled = sum(1 for x in spans if locate(text, x[0], x[2] if len(x) > 2 else 0)[1] == inner)
            if n > labelled and len(inner) > 2:
                warnings.append(f"{mid}: {inner!r} occurs {n}x, labelled {labelled}x")
            phi.append({"start": u16(text[:start]), "end": u16(text[:end]), "category": cat})
        phi.sort(key=lambda p: (p["start"], p["end"]))
        # verdict rules from corpus/README.md
        if verdict == "BLOCK" and not why: e("BLOCK without why")
        if verdict in ("REWRITE", "BLOCK") and not phi: e(f"{verdict} without any span")
        if "SSN" in cats and verdict != "BLOCK": e("SSN span on a non-BLOCK line")
        if "hard-negative" in tags and (verdict != "ALLOW" or phi): e("hard-negative must be ALLOW with no span")
        if verdict == "ALLOW":
            bad = cats - ALLOW_OK if channel != "portal" else cats & {"SSN"}
            if bad: e(f"ALLOW line with {sorted(bad)}")
        if "practice-contact" in tags and not cats & CONTACT: e("practice-contact without a contact span")
        if "third-party" in tags and verdict == "ALLOW" and channel != "portal" and cats - ALLOW_OK:
            e("third-party ALLOW with a clinical span")
        # derived tags
        tg = set(tags)
        if lang == "es": tg.add("spanish")
        if any(FORMAT_CHARS(ch) for ch in text): tg.add("zero-width")
        if any(unicodedata.name(ch, "").startswith(("GREEK", "CYRILLIC")) for ch in text): tg.add("confusable")
        if any(0xFF01 <= ord(ch) <= 0xFF5E for ch in text): tg.add("fullwidth")
        if any(is_emoji(ch) for ch in text): tg.add("emoji")
        if "\n" in text: tg.add("multiline")
        if u16(text) >= 500: tg.add("long")
        if PLACEHOLDER_RE.search(text): tg.add("template")
        if cats & ID_CATS: tg.add("identifier")
        if tg & (DISGUISES | {"zero-width", "confusable", "fullwidth"}): tg.add("adversarial")
        rec = {"id": mid, "text": text, "verdict": verdict, "purpose": purpose, "channel": channel,
               "lang": lang, "phi": phi, "tags": sorted(tg), "why": why}
        out.append(rec)
    return out, errors, warnings


def dumps(rec):
    s = json.dumps(rec, ensure_ascii=False)
    return "".join(f"\\u{ord(ch):04x}" if FORMAT_CHARS(ch) else ch for ch in s)


def main():
    out, errors, warnings = build()
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    if errors:
        for er in errors:
            print("error:", er, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(dumps(rec) + "\n")
    # round-trip check: offsets point at the intended text in UTF-16
    for line in open(OUT, encoding="utf-8"):
        rec = json.loads(line)
        b = rec["text"].encode("utf-16-le")
        for p in rec["phi"]:
            assert b[2 * p["start"]:2 * p["end"]].decode("utf-16-le").strip(), (rec["id"], p)
    v = Counter(r["verdict"] for r in out)
    l = Counter(r["lang"] for r in out)
    vl = Counter((r["verdict"], r["lang"]) for r in out)
    n = len(out)
    print(OUT)
    print(f"messages: {n}")
    print("verdict:", {k: f"{v[k]} ({100 * v[k] / n:.0f}%)" for k in ("ALLOW", "REWRITE", "BLOCK")})
    print("lang:", {k: f"{l[k]} ({100 * l[k] / n:.0f}%)" for k in ("en", "es")})
    print("verdict x lang:", {f"{a}/{b}": vl[(a, b)] for a in ("ALLOW", "REWRITE", "BLOCK") for b in ("en", "es")})
    if "-v" in sys.argv:
        lens = sorted(u16(r["text"]) for r in out)
        print("length (UTF-16): min", lens[0], "median", lens[len(lens) // 2], "max", lens[-1])
        print("channel:", dict(Counter(r["channel"] for r in out)))
        print("purpose:", dict(Counter(r["purpose"] for r in out)))
        print("category:", dict(Counter(p["category"] for r in out for p in r["phi"])))
        print("tags:", dict(sorted(Counter(t for r in out for t in r["tags"]).items())))


if __name__ == "__main__":
    main()
