#!/usr/bin/env python3
"""Build corpus/probe2.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe2.py [OUT]   (default: probe2.jsonl next to this script)

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.
Everything is invented: names, practices, 555-01xx numbers, domains and identifiers.
Standard library only.
"""
import json
import re
import sys
import unicodedata
from collections import Counter

import os
OUT = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "probe2.jsonl")

VERDICTS = {"ALLOW", "REWRITE", "BLOCK"}
# Purpose vocabulary as given in the brief (note: the Java Message API uses result/pickup).
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


# ---------------------------------------------------------------- batch 1 (q0001-q0030)
add(
    ("q0001", "Reminder: your appointment with Dr. Okafor is tomorrow at 2:15pm. Reply C to confirm or call (312) 555-0142 to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("(312) 555-0142", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, time and the practice's own phone only."),
    ("q0002", "Hi Denise, reminder of your mammogram at Lakeview Imaging on Thu 3/12 at 8:40am. Arrive 15 min early. Questions? 555-0117",
     "REWRITE", "reminder", "sms", "en",
     [("Denise", "NAME"), ("mammogram", "PROCEDURE"), ("Lakeview Imaging", "SPECIALTY"), ("3/12", "DATE"), ("555-0117", "PHONE")],
     ["imaging", "practice-contact"], "Name, procedure and imaging-center name go; the reminder survives."),
    ("q0003", "Recordatorio: tiene cita con la Dra. Villalobos el 14 de marzo a las 10:30 a. m. Para cambiarla llame al (787) 555-0163.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Villalobos", "PROVIDER"), ("14 de marzo", "DATE"), ("(787) 555-0163", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, date and practice phone only."),
    ("q0004", "Hola Sra. Pérez, le recordamos su cita de quimioterapia mañana 9am en el Centro Oncológico del Valle. Traiga su lista de medicamentos.",
     "REWRITE", "reminder", "sms", "es",
     [("Pérez", "NAME"), ("quimioterapia", "PROCEDURE"), ("Centro Oncológico del Valle", "SPECIALTY")],
     ["oncology"], "Chemo visit type and oncology center name reveal the condition; logistics survive."),
    ("q0005", "Hi Tom, your A1c came back at 8.4, up from 7.1 in June. Dr. Hale wants to increase your metformin to 1000mg twice daily.",
     "BLOCK", "result", "sms", "en",
     [("Tom", "NAME"), ("A1c", "PROCEDURE"), ("8.4", "RESULT"), ("7.1", "RESULT"), ("Dr. Hale", "PROVIDER"), ("metformin", "MEDICATION")],
     ["primary-care", "lab", "contrast"], "Lab values and a dose change are the message."),
    ("q0006", "Your recent test results are now available in the patient portal. Log in at portal.cedarfamilymed.com or call 555-0128 with questions.",
     "ALLOW", "result", "sms", "en",
     [("portal.cedarfamilymed.com", "URL"), ("555-0128", "PHONE")],
     ["lab", "practice-contact"], "Content-free results-ready notice with the practice's own site and phone."),
    ("q0007", "Heads up: the office will close at noon Friday for a deep cleaning of the office and carpets. We return to normal business hours Monday. Thanks for all the positive feedback on our new waiting room!",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Cleaning, normal and positive are everyday words here."),
    ("q0008", "Farmacia San Rafael: su receta de sertralina 50 mg esta lista para recoger. Horario 8am-9pm.",
     "REWRITE", "pickup", "sms", "es",
     [("sertralina 50 mg", "MEDICATION")],
     ["pharmacy"], "Medication name in a pickup notice; 'su receta está lista' survives."),
    ("q0009", "Good news! Your biopsy was benign. No further treatment needed – see you in 6 months. -Dr. Reyes' office",
     "BLOCK", "result", "sms", "en",
     [("biopsy", "PROCEDURE"), ("benign", "RESULT"), ("Dr. Reyes", "PROVIDER")],
     ["dermatology", "negation"], "A benign biopsy is still a result stated by text."),
    ("q0010", "ur appt at Harbor Behavioral Health is tmrw @ 4p w/ Dr. Moss. txt back Y to confirm",
     "REWRITE", "reminder", "sms", "en",
     [("Harbor Behavioral Health", "SPECIALTY"), ("Dr. Moss", "PROVIDER")],
     ["behavioral-health", "shorthand"], "Behavioral-health practice name reveals the service; drop it."),
    ("q0011", "¡Gracias por sus comentarios positivos! Nuestro horario normal vuelve el lunes. Café gratis en la sala de espera, con un shot de espresso para los valientes ☕",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Positivos, normal and shot are not clinical here."),
    ("q0012", "Hi, this is Kim from Dr. Bauer's office. Your husband's strep test was positive, he can pick up his amoxicillin at Elm Street Pharmacy.",
     "BLOCK", "result", "sms", "en",
     [("Kim", "PROVIDER"), ("Dr. Bauer", "PROVIDER"), ("strep test", "PROCEDURE"), ("positive", "RESULT"), ("amoxicillin", "MEDICATION")],
     ["primary-care", "third-party"], "A third party's test result and medication."),
    ("q0013", "Your statement for account #88210457 is ready. Balance: $62.40. Pay online at pay.oakridgemedical.com or call 555-0155.",
     "REWRITE", "billing", "sms", "en",
     [("88210457", "ACCOUNT"), ("pay.oakridgemedical.com", "URL"), ("555-0155", "PHONE")],
     ["general", "practice-contact"], "The account number is not needed to say a statement is ready."),
    ("q0014", "Estimado Sr. Ramírez: después de su colonoscopia, tome Miralax 17 g dos veces al día por 3 días y llame si tiene sangrado.",
     "BLOCK", "care-instructions", "email", "es",
     [("Ramírez", "NAME"), ("colonoscopia", "PROCEDURE"), ("Miralax 17 g", "MEDICATION"), ("sangrado", "CONDITION")],
     ["primary-care"], "Post-procedure dosing instructions are the message."),
    ("q0015", "Your Maple Grove Health verification code is 604918. It expires in 10 minutes. Never share this code.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time code is not a patient identifier."),
    ("q0016", "Reminder: Liam's well-child visit with Dr. Santos is Mon 4/6 at 3:30. Please bring your insurance card.",
     "REWRITE", "reminder", "sms", "en",
     [("Liam", "NAME"), ("well-child", "PROCEDURE"), ("Dr. Santos", "PROVIDER"), ("4/6", "DATE")],
     ["pediatrics", "minor"], "Dependent's logistics with a name and routine visit type: rewrite."),
    ("q0017", "Hola! su appt de fisioterapia es el martes 5/19 a las 11. Traiga ropa comoda. Si necesita cancelar llame al 555-0179",
     "REWRITE", "reminder", "sms", "es",
     [("fisioterapia", "SPECIALTY"), ("5/19", "DATE"), ("555-0179", "PHONE")],
     ["physical-therapy", "shorthand", "practice-contact"], "Physical-therapy service line is revealing; the reminder survives."),
    ("q0018", "Dr. Lin: please take 2 tabs of prednisone 10mg daily for 5 days, then stop. Keep using the triamcinolone cream on the rash.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Lin", "PROVIDER"), ("prednisone 10mg", "MEDICATION"), ("triamcinolone cream", "MEDICATION"), ("rash", "CONDITION")],
     ["dermatology"], "Dosing instructions are the message."),
    ("q0019", "Hello, this is Riverside Family Practice calling with a message for Gloria Whitaker. You have an appointment on Tuesday, June 9th at 10 a.m. with Dr. Amin. Please call us back at 206-555-0190 if you need to reschedule.",
     "REWRITE", "reminder", "voice", "en",
     [("Gloria Whitaker", "NAME"), ("June 9th", "DATE"), ("Dr. Amin", "PROVIDER"), ("206-555-0190", "PHONE")],
     ["primary-care", "practice-contact"], "A voice message may be overheard; the patient's name goes."),
    ("q0020", "Sus resultados de la prueba de VIH salieron negativos. Cualquier pregunta llame a la clinica.",
     "BLOCK", "result", "sms", "es",
     [("prueba de VIH", "PROCEDURE"), ("negativos", "RESULT")],
     ["hiv-sexual-health"], "A negative HIV result is still a result."),
    ("q0021", "Friendly reminder from Dr. Chow's office: you're scheduled Wed Oct 14 at 8am. Running late? Call 555-0104.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Chow", "PROVIDER"), ("Oct 14", "DATE"), ("555-0104", "PHONE")],
     ["dental", "practice-contact"], "A dental office, but nothing names the specialty or visit type."),
    ("q0022", "Dear Mr. Feldman,\n\nThis is a reminder that your infusion appointment at Summit Cancer Center is scheduled for Thursday, March 5 at 9:00 AM in Suite 210.\n\nPlease allow about four hours and bring a list of your current medications. Parking validation is available at the front desk.\n\nIf you need to reschedule, call 555-0121.\n\nWarm regards,\nPatient Scheduling",
     "REWRITE", "reminder", "email", "en",
     [("Feldman", "NAME"), ("infusion", "PROCEDURE"), ("Summit Cancer Center", "SPECIALTY"), ("March 5", "DATE"), ("555-0121", "PHONE")],
     ["oncology", "practice-contact"], "Infusion and a cancer-center name reveal the condition; the logistics survive."),
    ("q0023", "Hola, le llamamos de Clínica Familiar Las Palmas para recordarle su cita del jueves 22 de octubre a las 3 de la tarde con el Dr. Fuentes. Si no puede asistir, llámenos al 713-555-0148. Gracias.",
     "ALLOW", "reminder", "voice", "es",
     [("22 de octubre", "DATE"), ("Dr. Fuentes", "PROVIDER"), ("713-555-0148", "PHONE")],
     ["primary-care", "practice-contact"], "Generic practice name, date, provider and practice phone."),
    ("q0024", "Intake check: we have Maria Delgado, DOB 07/22/1958, SSN 523-18-4407. Reply YES if this is correct.",
     "BLOCK", "other", "sms", "en",
     [("Maria Delgado", "NAME"), ("07/22/1958", "DATE"), ("523-18-4407", "SSN")],
     ["general", "dob", "identifier"], "An SSN and a full DOB with a name must never travel by text."),
    ("q0025", "Su resurtido de Ozempic esta listo en Farmacia La Esperanza. Recoger antes del 30 de abril.",
     "REWRITE", "pickup", "sms", "es",
     [("Ozempic", "MEDICATION"), ("30 de abril", "DATE")],
     ["pharmacy"], "Medication name in a pickup notice."),
    ("q0026", "Flu shots are here! Walk in Mon-Fri 8-5, no appointment needed. Patients 65+ ask about the high-dose option. – Pine Valley Medical",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A broadcast to every patient says nothing about the recipient."),
    ("q0027", "Hi Marcus! Your PrEP follow-up with NP Alvarez is 11/3 at 5:15pm at Open Door Sexual Health Center.",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("PrEP", "MEDICATION"), ("NP Alvarez", "PROVIDER"), ("11/3", "DATE"), ("Open Door Sexual Health Center", "SPECIALTY")],
     ["hiv-sexual-health"], "PrEP and a sexual-health clinic name reveal the service."),
    ("q0028", "Sra. Torres: le informamos que el análisis de su hijo Mateo mostró anemia leve. La Dra. Ibarra recomienda darle hierro 3 ml diario.",
     "BLOCK", "result", "email", "es",
     [("Torres", "NAME"), ("Mateo", "NAME"), ("anemia", "CONDITION"), ("Dra. Ibarra", "PROVIDER"), ("hierro", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A child's finding and dosing sent to the guardian."),
    ("q0029", "Thank you for choosing Pine Valley Medical! Enjoy a free shot of espresso in our new lobby café this week, and please share any feedback, positive or negative, at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Shot, positive and negative are everyday words here."),
    ("q0030", "reminder: ur group @ New Dawn Recovery Center thurs 6pm. bring ur intake forms. call 555-0136 w/ questions",
     "REWRITE", "reminder", "sms", "en",
     [("New Dawn Recovery Center", "SPECIALTY"), ("555-0136", "PHONE")],
     ["substance-use", "shorthand", "practice-contact"], "A recovery-center name reveals substance-use treatment (Part 2)."),
)

# ---------------------------------------------------------------- batch 2 (q0031-q0060)
add(
    ("q0031", "Sus resultados ya están disponibles en el portal del paciente: miportal.clinicasantaelena.com. Si tiene preguntas llame al 555-0152.",
     "ALLOW", "result", "sms", "es",
     [("miportal.clinicasantaelena.com", "URL"), ("555-0152", "PHONE")],
     ["lab", "practice-contact"], "Content-free results-ready notice with the practice's site and phone."),
    ("q0032", "Hola Jose, le recordamos su limpieza dental el viernes 12 de junio 4pm con el Dr. Rangel. Favor de llegar 10 min antes.",
     "REWRITE", "reminder", "sms", "es",
     [("Jose", "NAME"), ("limpieza dental", "PROCEDURE"), ("12 de junio", "DATE"), ("Dr. Rangel", "PROVIDER")],
     ["dental"], "Name and dental visit type go; the reminder survives."),
    ("q0033", "Your statement from Northgate Internal Medicine is ready to view. Log in at billing.northgateim.com to review and pay. Questions about your bill? Our billing office is open 8:30–4:30 at 555-0173 or billing@northgateim.com.",
     "ALLOW", "billing", "email", "en",
     [("billing.northgateim.com", "URL"), ("555-0173", "PHONE"), ("billing@northgateim.com", "EMAIL")],
     ["general", "practice-contact"], "Generic practice name and its own contact details only."),
    ("q0034", "Your cholesterol results: LDL 162 (H), HDL 38 (L). Dr. Park would like to start atorvastatin 20mg. Call to discuss.",
     "BLOCK", "result", "sms", "en",
     [("cholesterol", "PROCEDURE"), ("LDL", "PROCEDURE"), ("162", "RESULT"), ("LDL 162 ([[H]])", "RESULT"),
      ("HDL", "PROCEDURE"), ("38", "RESULT"), ("HDL 38 ([[L]])", "RESULT"), ("Dr. Park", "PROVIDER"),
      ("atorvastatin 20mg", "MEDICATION")],
     ["lab", "primary-care"], "Lab values, flags and a new medication are the message."),
    ("q0035", "Our records show you're due for your colonoscopy. Please call Lakeshore GI at 555-0110 to schedule.",
     "REWRITE", "recall", "sms", "en",
     [("colonoscopy", "PROCEDURE"), ("Lakeshore GI", "SPECIALTY"), ("555-0110", "PHONE")],
     ["primary-care", "practice-contact"], "Procedure and GI practice name go; 'you're due for a visit' survives."),
    ("q0036", "It's been a year since your last annual physical. Book online at mapleridgefm.com/schedule or call 555-0125.",
     "ALLOW", "recall", "sms", "en",
     [("mapleridgefm.com/schedule", "URL"), ("555-0125", "PHONE")],
     ["primary-care", "practice-contact"], "An annual physical is generic primary care."),
    ("q0037", "Sr. Gutierrez, recuerde: no comer nada despues de medianoche antes de su cirugia de cataratas, y suspenda la warfarina 5 dias antes.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Gutierrez", "NAME"), ("cirugia de cataratas", "PROCEDURE"), ("warfarina", "MEDICATION")],
     ["ophthalmology"], "A medication-hold instruction is treatment content."),
    ("q0038", "Reminder: your colonoscopy is on {{appt_date}} at {{appt_time}} at ${locationName}. Please arrange for a driver. Questions? [PracticePhone]",
     "REWRITE", "reminder", "sms", "en",
     [("colonoscopy", "PROCEDURE")],
     ["primary-care", "template"], "Template names the procedure; the placeholders carry no patient data."),
    ("q0039", "Hola mija, soy Rosa de la recepción 😊 tu cita de prenatal con la Dra. Meléndez es el 3 de diciembre a las 9:15. No olvides tu tarjeta del seguro.",
     "REWRITE", "reminder", "sms", "es",
     [("Rosa", "PROVIDER"), ("prenatal", "PROCEDURE"), ("Dra. Meléndez", "PROVIDER"), ("3 de diciembre", "DATE")],
     ["reproductive"], "Prenatal visit type reveals pregnancy; staff sender is workforce."),
    ("q0040", "Hi Janet, just a heads-up from Sunrise Home Health: your dad's blood pressure was 182/104 at today's visit and the nurse called his doctor.",
     "BLOCK", "result", "sms", "en",
     [("Janet", "NAME"), ("Sunrise Home Health", "SPECIALTY"), ("blood pressure", "PROCEDURE"), ("182/104", "RESULT")],
     ["home-health", "third-party"], "A third party's vital sign is the message."),
    ("q0041", "Good news—an earlier appointment opened up with Dr. Nakamura on Thu 2/19 at 11:40am. Reply YES within 30 min to claim it.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Nakamura", "PROVIDER"), ("2/19", "DATE")],
     ["primary-care"], "Waitlist offer with provider and date only."),
    ("q0042", "Your video visit with Dr. Greer starts in 15 min. Join here: https://meet.willowcreekhealth.com/v/room?pid=884120&token=Zq81Lm",
     "REWRITE", "reminder", "sms", "en",
     [("Dr. Greer", "PROVIDER"), ("https://meet.willowcreekhealth.com/v/room?pid=884120&token=Zq81Lm", "URL")],
     ["primary-care"], "The join link carries a patient id and token."),
    ("q0043", "Su consulta virtual con la Dra. Salas es hoy a las 4:00 p. m. Entre 10 minutos antes a https://telesalud.clinicaelrefugio.com/sala-espera. Si tiene problemas técnicos llame al 555-0182.",
     "ALLOW", "reminder", "email", "es",
     [("Dra. Salas", "PROVIDER"), ("https://telesalud.clinicaelrefugio.com/sala-espera", "URL"), ("555-0182", "PHONE")],
     ["primary-care", "practice-contact"], "Generic waiting-room link, no patient token."),
    ("q0044", "Hi Priya, Dr. Cole reviewed your PHQ-9 (score 19) and wants to see you this week to adjust your Lexapro. Call 555-0146.",
     "BLOCK", "result", "sms", "en",
     [("Priya", "NAME"), ("Dr. Cole", "PROVIDER"), ("PHQ-9", "PROCEDURE"), ("19", "RESULT"), ("Lexapro", "MEDICATION"), ("555-0146", "PHONE")],
     ["behavioral-health", "practice-contact"], "A depression-screening score and a medication change."),
    ("q0045", "¡Feliz cumpleaños número 93, Doña Carmen! Todo el equipo de Clínica San Miguel le desea un día hermoso.",
     "REWRITE", "marketing", "sms", "es",
     [("93", "AGE"), ("Carmen", "NAME")],
     ["primary-care", "age-over-89"], "An age over 89 with a name; the greeting survives without them."),
    ("q0046", "Hi from Elm Street Pharmacy! Your prescription is ready for pickup. Pickup hours 9am-7pm. Reply STOP to opt out.",
     "ALLOW", "pickup", "sms", "en", [],
     ["pharmacy", "hard-negative"], "Pickup notice that names no medication."),
    ("q0047", "Hola Ana, tu prueba de embarazo salio positiva 🎉 La Dra. Cruz quiere verte en 2 semanas para el primer ultrasonido.",
     "BLOCK", "result", "sms", "es",
     [("Ana", "NAME"), ("prueba de embarazo", "PROCEDURE"), ("positiva", "RESULT"), ("Dra. Cruz", "PROVIDER"), ("ultrasonido", "PROCEDURE")],
     ["reproductive"], "A pregnancy-test result is the message."),
    ("q0048", "Please update your insurance. We have member ID XJH448201937 on file with Blue Horizon Health Plan. Call billing at 555-0167.",
     "REWRITE", "billing", "sms", "en",
     [("XJH448201937", "HEALTH_PLAN_ID"), ("555-0167", "PHONE")],
     ["general", "practice-contact"], "The member ID is not needed to ask for an insurance update."),
    ("q0049", "This is an automated reminder from Westside Medical Group. You have an appointment tomorrow at 9:45 a.m. with Dr. Hollis. Press 1 to confirm, press 2 to speak with our staff.",
     "ALLOW", "reminder", "voice", "en",
     [("Dr. Hollis", "PROVIDER")],
     ["primary-care"], "Generic practice, provider and time only."),
    ("q0050", "Recordatorio de Dermatología Costa Azul: su cita para revisión de lunares es el lunes 8 de septiembre 2:00pm.",
     "REWRITE", "reminder", "sms", "es",
     [("Dermatología Costa Azul", "SPECIALTY"), ("revisión de lunares", "PROCEDURE"), ("8 de septiembre", "DATE")],
     ["dermatology"], "Dermatology name and mole-check visit type go; the reminder survives."),
    ("q0051", "Dear Ms. Hart, your PET scan from 9/18 shows the lymph nodes have shrunk and there is no new disease. Dr. Weiss will go over the plan for your next two cycles of chemotherapy at your visit.",
     "BLOCK", "result", "email", "en",
     [("Hart", "NAME"), ("PET scan", "PROCEDURE"), ("9/18", "DATE"), ("lymph nodes have shrunk", "RESULT"), ("no new disease", "RESULT"),
      ("Dr. Weiss", "PROVIDER"), ("chemotherapy", "PROCEDURE")],
     ["oncology", "imaging", "negation"], "Imaging findings are the message, even good news."),
    ("q0052", "Our offices are closed Monday for Labor Day. For urgent needs after hours, call our answering service at 555-0199 or dial 911 for emergencies.",
     "ALLOW", "other", "sms", "en",
     [("555-0199", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Holiday notice; 911 is not a phone identifier."),
    ("q0053", "Aviso: el consultorio estará cerrado el jueves por limpieza profunda de las instalaciones. Volvemos al horario normal el viernes.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Limpieza profunda of the building, not of teeth."),
    ("q0054", "Please return your Holter monitor (serial HM-22K-07791) to Heartwell Cardiology by Friday. Drop-off at the front desk.",
     "REWRITE", "other", "sms", "en",
     [("Holter monitor", "PROCEDURE"), ("HM-22K-07791", "DEVICE_ID"), ("Heartwell Cardiology", "SPECIALTY")],
     ["cardiology"], "Device, serial and cardiology name go; 'please return the device' survives."),
    ("q0055", "Don Aurelio, su prueba de orina del lunes salió positiva a fentanilo. Su consejero quiere hablar con usted antes de la próxima dosis de metadona.",
     "BLOCK", "result", "sms", "es",
     [("Aurelio", "NAME"), ("prueba de orina", "PROCEDURE"), ("positiva", "RESULT"), ("fentanilo", "MEDICATION"), ("consejero", "SPECIALTY"), ("metadona", "MEDICATION")],
     ["substance-use"], "A drug-screen result in a Part 2 program."),
    ("q0056", "appt reminder: tmrw 10:20am w/ Dr. Vasquez. pls bring ID + ins card. call 555-0133 to resched",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Vasquez", "PROVIDER"), ("555-0133", "PHONE")],
     ["primary-care", "shorthand", "practice-contact"], "Provider, time and practice phone only."),
    ("q0057", "Hi! Emma's hearing screen and 4-year shots are scheduled for Tue 9/22 at 10am with Dr. Bloom at Little Sprouts Pediatrics.",
     "REWRITE", "reminder", "sms", "en",
     [("Emma", "NAME"), ("hearing screen", "PROCEDURE"), ("4-year shots", "PROCEDURE"), ("9/22", "DATE"), ("Dr. Bloom", "PROVIDER"), ("Little Sprouts Pediatrics", "SPECIALTY")],
     ["pediatrics", "minor"], "Dependent's routine visit logistics: rewrite."),
    ("q0058", "Estimado paciente: su reclamación #CLM-2291-7730 por la resonancia magnética del 2 de febrero fue procesada. Su saldo es $85.00. Puede pagar en pagos.centromedicoaurora.com.",
     "REWRITE", "billing", "email", "es",
     [("CLM-2291-7730", "OTHER_ID"), ("resonancia magnética", "PROCEDURE"), ("2 de febrero", "DATE"), ("pagos.centromedicoaurora.com", "URL")],
     ["imaging", "practice-contact"], "Claim number and procedure are not needed for a balance notice."),
    ("q0059", "After your extraction today: bite on gauze 30 min, no straws for 3 days, take ibuprofen 600mg every 6 hrs for pain. - Dr. Moreau, DDS",
     "BLOCK", "care-instructions", "sms", "en",
     [("extraction", "PROCEDURE"), ("ibuprofen 600mg", "MEDICATION"), ("pain", "CONDITION"), ("Dr. Moreau", "PROVIDER"), ("DDS", "SPECIALTY")],
     ["dental"], "Post-op care and dosing instructions are the message."),
    ("q0060", "Clínica Familiar Norte: su cita está confirmada para el 17/03 a las 8:00. Para cancelar responda NO. Info: www.clinicafamiliarnorte.com",
     "ALLOW", "reminder", "sms", "es",
     [("17/03", "DATE"), ("www.clinicafamiliarnorte.com", "URL")],
     ["primary-care", "practice-contact"], "Generic practice name, date and practice site."),
)

# ---------------------------------------------------------------- batch 3 (q0061-q0090)
add(
    ("q0061", "Hi Sofia! tu appointment para el IUD insertion es el friday 6/12 a las 2pm en Bloom Women's Health. No olvides tu ID 👍",
     "REWRITE", "reminder", "sms", "es",
     [("Sofia", "NAME"), ("IUD insertion", "PROCEDURE"), ("6/12", "DATE"), ("Bloom Women's Health", "SPECIALTY")],
     ["reproductive"], "Spanglish: procedure and women's-health clinic name go; logistics survive."),
    ("q0062", "Clínica del Pueblo les invita a nuestra feria comunitaria este sábado: música, comida y chequeos de presión gratis para toda la familia.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Community broadcast; free BP checks for everyone say nothing about the recipient."),
    ("q0063", "Hi, this is Valley Lab. To release results for James Whitfield, DOB 11/02/1971, please confirm by replying with the last 4 of your SSN.",
     "BLOCK", "result", "sms", "en",
     [("James Whitfield", "NAME"), ("11/02/1971", "DATE")],
     ["lab", "dob"], "A full date of birth with a name."),
    ("q0064", "To verify your identity for the portal, we have your date of birth as 04/17/1983 and your email as d.kerr77@mailbox-example.net. If this is wrong call 555-0158.",
     "REWRITE", "other", "sms", "en",
     [("04/17/1983", "DATE"), ("d.kerr77@mailbox-example.net", "EMAIL"), ("555-0158", "PHONE")],
     ["general", "dob", "practice-contact"], "DOB without a name and the patient's email are not needed."),
    ("q0065", "Recuerde aplicarse la insulina Lantus 18 unidades cada noche y revisar su glucosa antes del desayuno. Dr. Ochoa",
     "BLOCK", "care-instructions", "sms", "es",
     [("insulina Lantus", "MEDICATION"), ("glucosa", "PROCEDURE"), ("Dr. Ochoa", "PROVIDER")],
     ["primary-care"], "Dosing instructions are the message."),
    ("q0066", "Thanks for visiting Dr. Franklin today! Tell us how we did in a 2-minute survey: survey.harborviewfm.com/s/visit",
     "ALLOW", "other", "sms", "en",
     [("Dr. Franklin", "PROVIDER"), ("survey.harborviewfm.com/s/visit", "URL")],
     ["primary-care", "practice-contact"], "Survey link without a patient token."),
    ("q0067", "Thanks for choosing QuickCare Urgent Care! How was your visit? Rate us 1-5 by replying to this text.",
     "REWRITE", "other", "sms", "en",
     [("QuickCare Urgent Care", "SPECIALTY")],
     ["urgent-care"], "An urgent-care visit is a revealing visit type; the survey survives without it."),
    ("q0068", "Estimada familia Ramos: ya toca la limpieza de los 6 meses para Diego y Valeria en Sonrisas Dental Kids. Llame al 555-0114 para agendar.",
     "REWRITE", "recall", "email", "es",
     [("Ramos", "NAME"), ("limpieza", "PROCEDURE"), ("Diego", "NAME"), ("Valeria", "NAME"), ("Sonrisas Dental Kids", "SPECIALTY"), ("555-0114", "PHONE")],
     ["dental", "pediatrics", "minor", "practice-contact"], "Dependents' routine cleaning recall: names and dental name go."),
    ("q0069", "Your knee MRI showed a torn meniscus. Dr. Ortega will discuss surgery options at your follow-up on 7/8.",
     "BLOCK", "result", "sms", "en",
     [("knee MRI", "PROCEDURE"), ("torn meniscus", "CONDITION"), ("Dr. Ortega", "PROVIDER"), ("7/8", "DATE")],
     ["orthopedics", "imaging"], "An imaging finding is the message."),
    ("q0070", "Recordatorio: Su cita es mañana a las 11:30 con el Dr. Benítez. Favor de traer identificación. Tel. 555-0106",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Benítez", "PROVIDER"), ("555-0106", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, time and practice phone only."),
    ("q0071", "Hello,\n\nThank you for scheduling with Greenfield Family Physicians. Your appointment with Dr. Abernathy is on Monday, August 17 at 1:30 PM.\n\nBefore your visit:\n- Arrive 15 minutes early to complete check-in.\n- Bring your photo ID, insurance card and a list of any medications you take.\n- If you have a copay, we accept cash, check and all major cards.\n\nOur office is at 4200 Lakewood Blvd, Suite 300, Springfield, IL 62704. Free parking is available in the garage behind the building.\n\nNeed to reschedule? Call 555-0140 at least 24 hours ahead or visit greenfieldfp.com/appointments. Records requests can be faxed to 555-0141.\n\nWe look forward to seeing you!\nGreenfield Family Physicians",
     "ALLOW", "reminder", "email", "en",
     [("Dr. Abernathy", "PROVIDER"), ("August 17", "DATE"), ("4200 Lakewood Blvd, Suite 300, Springfield, IL 62704", "ADDRESS"),
      ("555-0140", "PHONE"), ("greenfieldfp.com/appointments", "URL"), ("555-0141", "FAX")],
     ["primary-care", "practice-contact"], "Pre-visit email with only the practice's own address, phone, fax and site."),
    ("q0072", "Corner Drug: your refill of Adderall XR 20mg is ready. Bring a photo ID for pickup.",
     "REWRITE", "pickup", "sms", "en",
     [("Adderall XR 20mg", "MEDICATION")],
     ["pharmacy"], "Medication name in a pickup notice."),
    ("q0073", "sra lopez su sita con la psicologa es el miercoles 4pm. si no puede avise x favor",
     "REWRITE", "reminder", "sms", "es",
     [("lopez", "NAME"), ("psicologa", "SPECIALTY")],
     ["behavioral-health", "shorthand", "typo"], "Lower-case name and a psychologist visit; the reminder survives."),
    ("q0074", "Hi Mr. Donovan, your wife's mammogram results need follow-up—please have her call us at 555-0122 to schedule a biopsy.",
     "BLOCK", "result", "sms", "en",
     [("Donovan", "NAME"), ("mammogram", "PROCEDURE"), ("555-0122", "PHONE"), ("biopsy", "PROCEDURE")],
     ["imaging", "third-party", "practice-contact"], "A third party's abnormal screening and next procedure."),
    ("q0075", "Buenas tardes, este es un mensaje de Centro de Diálisis Renal Vida para el señor Héctor Molina. Su sesión de diálisis del sábado se cambió al lunes a las 6 de la mañana. Para más información llame al 555-0188.",
     "REWRITE", "reminder", "voice", "es",
     [("Centro de Diálisis Renal Vida", "SPECIALTY"), ("Héctor Molina", "NAME"), ("diálisis", "PROCEDURE"), ("555-0188", "PHONE")],
     ["dialysis", "practice-contact"], "Dialysis center, name and treatment go; the schedule change survives."),
    ("q0076", "Great news: our new online check-in passed its final test! Skip the clipboard and check in from your phone at checkin.riverbendclinic.com.",
     "ALLOW", "other", "sms", "en",
     [("checkin.riverbendclinic.com", "URL")],
     ["general", "broadcast", "practice-contact"], "'Passed its final test' is about software."),
    ("q0077", "Hi Greg, PT w/ Alicia Romero, DPT is moved to Wed 10/7 at 7:30am. Wear comfy clothes.",
     "REWRITE", "reminder", "sms", "en",
     [("Greg", "NAME"), ("PT", "SPECIALTY"), ("Alicia Romero", "PROVIDER"), ("DPT", "SPECIALTY"), ("10/7", "DATE")],
     ["physical-therapy", "shorthand"], "Name and physical-therapy service go; the reschedule survives."),
    ("q0078", "Resultados: glucosa 210 mg/dL, colesterol 245. Favor de venir a consulta con el Dr. Salinas.",
     "BLOCK", "result", "sms", "es",
     [("glucosa", "PROCEDURE"), ("210 mg/dL", "RESULT"), ("colesterol", "PROCEDURE"), ("245", "RESULT"), ("Dr. Salinas", "PROVIDER")],
     ["lab"], "Lab values are the message."),
    ("q0079", "Su código de acceso para MiSalud es 731 904. No lo comparta con nadie.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "otp", "hard-negative"], "A one-time code is not a patient identifier."),
    ("q0080", "New sign-in to your patient portal from IP 198.51.100.24 (Chrome on Windows). If this wasn't you, reset your password at portal.lakesideclinic.com.",
     "REWRITE", "other", "email", "en",
     [("198.51.100.24", "IP"), ("portal.lakesideclinic.com", "URL")],
     ["general"], "The patient's IP address is not needed for a security alert."),
    ("q0081", "Estimada Lucía: la Lic. Herrera me pidió recordarle que continúe con la fluoxetina 20 mg y que registre sus episodios de ansiedad en el diario. Nos vemos en la próxima sesión de terapia.",
     "BLOCK", "care-instructions", "email", "es",
     [("Lucía", "NAME"), ("Lic. Herrera", "PROVIDER"), ("fluoxetina 20 mg", "MEDICATION"), ("ansiedad", "CONDITION"), ("terapia", "PROCEDURE")],
     ["behavioral-health"], "Treatment instructions and a mental-health condition."),
    ("q0082", "Pine Valley Medical now offers Saturday hours, 8am–noon, at both locations. Same-day sick visits available—call 555-0170.",
     "ALLOW", "marketing", "sms", "en",
     [("555-0170", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Broadcast with the practice phone."),
    ("q0083", "reminder: ur ch3mo @ 8am tmrw. pls eat b4 u come. - infusion ctr",
     "REWRITE", "reminder", "sms", "en",
     [("ch3mo", "PROCEDURE"), ("infusion", "PROCEDURE")],
     ["oncology", "shorthand", "leet"], "Leetspeak chemo and infusion center go; the reminder survives."),
    ("q0084", "Hola Raúl, la clínica de VIH le recuerda su cita el 9 de noviembre a las 10am con el Dr. Paredes.",
     "REWRITE", "reminder", "sms", "es",
     [("Raúl", "NAME"), ("VIH", "CONDITION"), ("9 de noviembre", "DATE"), ("Dr. Paredes", "PROVIDER")],
     ["hiv-sexual-health"], "Name and HIV clinic go; the reminder survives."),
    ("q0085", "Ava's strep culture is negative, so she can go back to daycare tomorrow. No antibiotics needed. - Dr. Kessler's office",
     "BLOCK", "result", "sms", "en",
     [("Ava", "NAME"), ("strep culture", "PROCEDURE"), ("negative", "RESULT"), ("antibiotics", "MEDICATION"), ("Dr. Kessler", "PROVIDER")],
     ["pediatrics", "minor", "third-party", "negation"], "A child's negative result sent to the parent is still a result."),
    ("q0086", "Farmacia El Roble: su receta está lista para recoger. Horario: lunes a sábado de 9 a 8. Tel 555-0151.",
     "ALLOW", "pickup", "sms", "es",
     [("555-0151", "PHONE")],
     ["pharmacy", "practice-contact"], "Pickup notice without a medication name."),
    ("q0087", "Reminder for Mr. Abe Kowalski (age 94): wellness visit with Dr. Lund on 1/14 at 10am. A family member may come along.",
     "REWRITE", "reminder", "sms", "en",
     [("Abe Kowalski", "NAME"), ("94", "AGE"), ("Dr. Lund", "PROVIDER"), ("1/14", "DATE")],
     ["primary-care", "age-over-89"], "Name and an age over 89 go; the wellness visit itself is generic."),
    ("q0088", "Buenos días, la enfermera Paty de Cuidado en Casa Bienestar llegará el martes entre 9 y 11 am para su visita.",
     "REWRITE", "reminder", "sms", "es",
     [("enfermera Paty", "PROVIDER"), ("Cuidado en Casa Bienestar", "SPECIALTY")],
     ["home-health"], "Home-health agency name reveals the service; the visit window survives."),
    ("q0089", "Dear Mr. Lowe, your echocardiogram showed an ejection fraction of 35%. Dr. Simmons has increased your carvedilol to 12.5mg twice daily and added spironolactone. Please weigh yourself every morning.",
     "BLOCK", "result", "email", "en",
     [("Lowe", "NAME"), ("echocardiogram", "PROCEDURE"), ("ejection fraction", "PROCEDURE"), ("35%", "RESULT"), ("Dr. Simmons", "PROVIDER"),
      ("carvedilol", "MEDICATION"), ("spironolactone", "MEDICATION")],
     ["cardiology"], "A cardiac finding and dose changes are the message."),
    ("q0090", "¡Gracias por su opinión positiva! La encuesta de satisfacción mostró resultados excelentes. Seguimos atendiendo en horario normal.",
     "ALLOW", "other", "email", "es", [],
     ["general", "broadcast", "hard-negative"], "Survey results and positiva are not clinical here."),
)

# ---------------------------------------------------------------- batch 4 (q0091-q0120)
add(
    ("q0091", "Reminder from *|PRACTICE_NAME|*: your appointment is {{appt_date}} at {{appt_time}} with {{provider_name}}. Call [PracticePhone] to reschedule.",
     "ALLOW", "reminder", "sms", "en", [],
     ["primary-care", "template"], "Template whose placeholders carry no patient data."),
    ("q0092", "Hola, le recordamos su cita el {{fecha_cita}} a las {{hora_cita}} en ${locationName}. Para cancelar llame al [PracticePhone].",
     "ALLOW", "reminder", "sms", "es", [],
     ["primary-care", "template"], "Spanish template with only logistics placeholders."),
    ("q0093", "Your {{appt_date}} physical therapy session at ${locationName} is confirmed. Wear comfortable clothes.",
     "REWRITE", "reminder", "sms", "en",
     [("physical therapy", "SPECIALTY")],
     ["physical-therapy", "template"], "The template hard-codes the service line."),
    ("q0094", "Hey Carlos, tu refill de PrEP ya esta ready en la farmacia. Pasa antes de las 7pm 💊",
     "REWRITE", "pickup", "sms", "es",
     [("Carlos", "NAME"), ("PrEP", "MEDICATION")],
     ["hiv-sexual-health", "pharmacy"], "Spanglish pickup notice naming PrEP."),
    ("q0095", "Reminder: your P.r.E.P visit is Fri 12/4 at 3pm. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("P.r.E.P", "MEDICATION"), ("12/4", "DATE")],
     ["hiv-sexual-health", "spaced", "mixed-case"], "Dotted PrEP still names the service."),
    ("q0096", "Your H\u200bIV test came back re\u200bactive. Please call Dr. Ngata today at 555-0119.",
     "BLOCK", "result", "sms", "en",
     [("H\u200bIV test", "PROCEDURE"), ("re\u200bactive", "RESULT"), ("Dr. Ngata", "PROVIDER"), ("555-0119", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "An HIV result, disguised with zero-width spaces."),
    ("q0097", "Le recordamos su cita con el Dr. Arriaga el 2 de julio a las 5:30 pm. Confirme respondiendo SI.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Arriaga", "PROVIDER"), ("2 de julio", "DATE")],
     ["dental"], "A dental office, but no specialty or visit type is named."),
    ("q0098", "Hi Ms. Grant,\n\nYour insurance processed the claim for your cortisone injection on 1/9. Your remaining balance is $40.00 for account 55093127.\n\nYou can pay online at pay.summitortho.com or by phone at 555-0131.\n\nThank you,\nSummit Orthopedics Billing",
     "REWRITE", "billing", "email", "en",
     [("Grant", "NAME"), ("cortisone injection", "MEDICATION"), ("1/9", "DATE"), ("55093127", "ACCOUNT"),
      ("pay.summitortho.com", "URL"), ("555-0131", "PHONE"), ("Summit Orthopedics", "SPECIALTY")],
     ["orthopedics", "practice-contact"], "Billing survives without the name, injection, account and orthopedic name."),
    ("q0099", "Sr. Castillo su densitometria salio con osteoporosis, T-score -2.9. El doctor le va a recetar alendronato.",
     "BLOCK", "result", "sms", "es",
     [("Castillo", "NAME"), ("densitometria", "PROCEDURE"), ("osteoporosis", "CONDITION"), ("T-score", "PROCEDURE"), ("-2.9", "RESULT"), ("alendronato", "MEDICATION")],
     ["imaging"], "A bone-density finding and a new medication."),
    ("q0100", "Looking for a career with heart? Westbrook Health is hiring front-desk staff. Great benefits, a positive team and normal business hours. Apply at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Heart, positive and normal are not clinical here."),
    ("q0101", "Vacunas contra la influenza disponibles sin cita en Centro de Salud Comunitario Los Pinos, lunes a viernes. Adultos mayores de 65 pregunten por la dosis alta.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Flu-shot broadcast to every patient."),
    ("q0102", "We tried to reach you at (469) 555-0193 about your upcoming appointment. Please call us back at 555-0145.",
     "REWRITE", "other", "sms", "en",
     [("(469) 555-0193", "PHONE"), ("555-0145", "PHONE")],
     ["primary-care", "practice-contact"], "The patient's own number is not needed; the practice number may stay."),
    ("q0103", "Sra. Medina: enviaremos sus nuevas plantillas ortopédicas a 1187 Calle Robles Apt 4B, Laredo, TX 78041. Favor de confirmar la dirección.",
     "REWRITE", "other", "email", "es",
     [("Medina", "NAME"), ("plantillas ortopédicas", "PROCEDURE"), ("1187 Calle Robles Apt 4B, Laredo, TX 78041", "ADDRESS")],
     ["orthopedics"], "The patient's address, name and device are not needed in the notice."),
    ("q0104", "Nurse Beth here from Caring Hands Home Health. Change the dressing on your leg wound twice a day and call if you see redness or fever.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Nurse Beth", "PROVIDER"), ("Caring Hands Home Health", "SPECIALTY"), ("dressing", "PROCEDURE"), ("leg wound", "CONDITION"),
      ("redness", "CONDITION"), ("fever", "CONDITION")],
     ["home-health"], "Wound-care instructions are the message."),
    ("q0105", "Hola! se abrio un espacio mañana 9:30am con la Dra. Quintero. Responda SI para tomarlo, el primero q conteste se lo queda",
     "ALLOW", "other", "sms", "es",
     [("Dra. Quintero", "PROVIDER")],
     ["primary-care", "shorthand"], "Waitlist offer with provider and time only."),
    ("q0106", "Your new patient packet is ready. Reference MRN 00731846 when you call 555-0160 to complete registration.",
     "REWRITE", "other", "sms", "en",
     [("00731846", "MRN"), ("555-0160", "PHONE")],
     ["general", "practice-contact"], "The MRN is not needed by text."),
    ("q0107", "Recordatorio: su consulta de planificación familiar es el 19 de enero a las 8:30. Si desea cambiar su método anticonceptivo, traiga sus dudas.",
     "REWRITE", "reminder", "sms", "es",
     [("planificación familiar", "PROCEDURE"), ("19 de enero", "DATE"), ("método anticonceptivo", "MEDICATION")],
     ["reproductive"], "Family-planning visit type and contraception go; the reminder survives."),
    ("q0108", "Hi Tom, your A1c is 6.8, down from 7.4. Nice work! Dr. Hale suggests we keep your metformin dose the same and recheck in 3 months.",
     "ALLOW", "result", "portal", "en",
     [("Tom", "NAME"), ("A1c", "PROCEDURE"), ("6.8", "RESULT"), ("7.4", "RESULT"), ("Dr. Hale", "PROVIDER"), ("metformin", "MEDICATION")],
     ["primary-care", "lab", "contrast"], "Results and medication are fine inside the secure portal."),
    ("q0109", "Gracias por apoyar nuestra campaña de donación de sangre. ¡Fue todo un éxito! Nos vemos en la próxima.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "A community blood drive thank-you to everyone."),
    ("q0110", "Hi Linda, this is Tara at Clearwater Recovery. Your son Jake missed his Suboxone dose today; please call his counselor at 555-0137.",
     "BLOCK", "other", "sms", "en",
     [("Linda", "NAME"), ("Tara", "PROVIDER"), ("Clearwater Recovery", "SPECIALTY"), ("Jake", "NAME"), ("Suboxone", "MEDICATION"),
      ("counselor", "SPECIALTY"), ("555-0137", "PHONE")],
     ["substance-use", "third-party", "practice-contact"], "A third party's substance-use treatment (Part 2)."),
    ("q0111", "Hola, le habla el consultorio del Dr. Ávila. Ya le toca su examen anual. Llámenos al 956-555-0102 para hacer su cita. ¡Que tenga buen día!",
     "ALLOW", "recall", "voice", "es",
     [("Dr. Ávila", "PROVIDER"), ("956-555-0102", "PHONE")],
     ["primary-care", "practice-contact"], "An annual exam is generic primary care."),
    ("q0112", "Hi Jenna! It's been 3 months since your Botox touch-up—book your next one at Glow Skin & Laser and get 10% off.",
     "REWRITE", "marketing", "sms", "en",
     [("Jenna", "NAME"), ("Botox", "MEDICATION"), ("Glow Skin & Laser", "SPECIALTY")],
     ["dermatology"], "Targeted marketing naming the patient's own treatment."),
    ("q0113", "Para su cita de mañana con la Dra. Lozano traiga su tarjeta del seguro. Tenemos su número de afiliado 8842-1190-37 en el sistema.",
     "REWRITE", "reminder", "sms", "es",
     [("Dra. Lozano", "PROVIDER"), ("8842-1190-37", "HEALTH_PLAN_ID")],
     ["primary-care"], "The member number is not needed to ask for the card."),
    ("q0114", "Appointment confirmed: Fri 5/29 at 7:15am with Dr. Osei. Free parking in Lot B.",
     "ALLOW", "reminder", "sms", "en",
     [("5/29", "DATE"), ("Dr. Osei", "PROVIDER")],
     ["imaging"], "Sent by an imaging center, but nothing names the service."),
    ("q0115", "Para completar su expediente, confirme: Rosa Elena Ibáñez, fecha de nacimiento 3 de mayo de 1949, CURP IBAR490503MNLBZS07.",
     "BLOCK", "other", "sms", "es",
     [("Rosa Elena Ibáñez", "NAME"), ("3 de mayo de 1949", "DATE"), ("IBAR490503MNLBZS07", "OTHER_ID")],
     ["general", "dob"], "A full date of birth with a name, plus a national ID."),
    ("q0116", "Please bring your driver's license to check in. We have license # D4829-1157-3302 on file; let us know if it changed.",
     "REWRITE", "reminder", "sms", "en",
     [("D4829-1157-3302", "LICENSE")],
     ["general"], "The license number is not needed to ask for the license."),
    ("q0117", "Centro Oftalmológico Visión Clara: su examen con dilatación de pupila es el 10 de agosto. Traiga lentes de sol y a alguien que maneje.",
     "REWRITE", "reminder", "sms", "es",
     [("Centro Oftalmológico Visión Clara", "SPECIALTY"), ("dilatación de pupila", "PROCEDURE"), ("10 de agosto", "DATE")],
     ["ophthalmology"], "Eye-center name and dilation go; the reminder survives."),
    ("q0118", "Our phones are back up! Thanks for your patience during today's system test. Normal business hours resume tomorrow.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A system test is not a lab test."),
    ("q0119", "Your Pap smear showed HPV and atypical cells (ASC-US). Dr. Brandt recommends a colposcopy within 6 weeks.",
     "BLOCK", "result", "sms", "en",
     [("Pap smear", "PROCEDURE"), ("HPV", "CONDITION"), ("atypical cells", "RESULT"), ("ASC-US", "RESULT"), ("Dr. Brandt", "PROVIDER"), ("colposcopy", "PROCEDURE")],
     ["reproductive"], "A screening finding and follow-up procedure."),
    ("q0120", "Your message to Dr. Whitman has been received. A member of the care team will reply within 2 business days. For urgent concerns call 555-0108; for emergencies dial 911.",
     "ALLOW", "other", "email", "en",
     [("Dr. Whitman", "PROVIDER"), ("555-0108", "PHONE")],
     ["primary-care", "practice-contact"], "Auto-reply with provider and practice phone only."),
)

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


def build():
    errors, warnings = [], []
    seen_ids, seen_texts, out = set(), set(), []
    for row in M:
        if len(row) != 9:
            errors.append(f"{row[0] if row else '?'}: expected 9 fields, got {len(row)}")
            continue
        mid, text, verdict, purpose, channel, lang, spans, tags, why = row
        e = lambda msg: errors.append(f"{mid}: {msg}")
        if not re.fullmatch(r"q\d{4}", mid):
            e("bad id")
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
        if not why or not why.strip(): e("missing why")
        for t in tags:
            if t not in SERVICE_TAGS | STYLE_TAGS | DERIVED_TAGS:
                e(f"unknown tag {t}")
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
    print(OUT)
    print(f"messages: {len(out)}")
    print("verdict:", {k: v[k] for k in ("ALLOW", "REWRITE", "BLOCK")})
    print("lang:", dict(l))
    print("verdict x lang:", {f"{a}/{b}": vl[(a, b)] for a in ("ALLOW", "REWRITE", "BLOCK") for b in ("en", "es")})
    if "-v" in sys.argv:
        print("channel:", dict(Counter(r["channel"] for r in out)))
        print("purpose:", dict(Counter(r["purpose"] for r in out)))
        print("category:", dict(Counter(p["category"] for r in out for p in r["phi"])))
        print("tags:", dict(sorted(Counter(t for r in out for t in r["tags"]).items())))


if __name__ == "__main__":
    main()
