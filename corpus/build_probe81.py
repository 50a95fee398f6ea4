#!/usr/bin/env python3
"""Build corpus/probe81.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe81.py [OUT] [-v]   (default: probe81.jsonl next to this script)

Written blind: from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of corpus/build_probe7.py for the script format only. The engine was
not run and no other corpus's messages, source code or tests were read.

This round is HARM REDUCTION, STREET MEDICINE, SHELTERS AND MOBILE CLINICS: what syringe-service
programs, naloxone distributors, street-medicine teams, shelter clinics, mobile health vans,
recuperative-care (medical respite) programs, outreach workers and case managers send — van
schedules and stop locations, naloxone and test-strip pickups, drug-checking results, wound-care
and hepatitis C follow-ups, TB clearance, ID and benefits help, housing-program updates, check-ins
with people who have no fixed address, and broadcasts to everyone on a list. Messages that reveal
the recipient's substance use, condition, test or treatment are mixed with neutral ones and with
look-alikes ("The Point" as a place, "Harbor Light" marina and diner, "strip mall", "Exchange
Street", the health "van" and winter/sewing/bike "kits", "fentanyl" in a public warning to
everyone, HCV = Housing Choice Voucher, staff named Angel, Faith, Crystal and Fe, a patient named
Angel). About 22% Spanish; four disguised messages (leet, spaced letters, zero-width characters,
Cyrillic look-alikes).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned, as "D<n>"):
  D1. A harm-reduction, syringe-services, opioid-treatment, recovery-residence, recovery-center or
      recuperative-care PROGRAM NAME is a specialty-revealing practice name (SPECIALTY), and
      "harm reduction" / "SSP" as a service line is SPECIALTY like "cardiology". The service the
      recipient receives (syringe exchange, drug checking, contingency management, recuperative
      care / medical respite, detox program, DOT) is PROCEDURE (README: program, therapy).
  D2. Street medicine, "health van" / mobile clinic, shelter clinic, drop-in center and shelter
      names are NOT labelled: they reveal housing status, which is not one of DESIGN's health
      categories, and no condition. A message with only such a name is ALLOW.
  D3. Broadcasts to a list: services offered to everyone (free naloxone, HIV and hep C testing,
      wound care) and public drug-supply warnings naming fentanyl or xylazine are ALLOW with no
      span (README broadcast rule). But a broadcast signed with a specialty-revealing program name
      (D1) goes to that program's participants, so the name reveals the recipient: REWRITE, the
      name being the only span.
  D4. Harm-reduction supplies that are devices (fentanyl/xylazine test strips, dressings) are
      PROCEDURE (README: devices are PROCEDURE); naloxone/Narcan, "tranq" (xylazine) and
      substances are MEDICATION. A dosage form after the drug goes with it ("Narcan nasal spray");
      "kit" after naloxone is packaging, not a form, and stays outside the span.
  D5. A drug-checking result for a sample the recipient handed in is a result about the recipient:
      BLOCK; the substances are MEDICATION (as in a drug screen), the sample number OTHER_ID.
  D6. A van stop or program site written with a street number is the program's own address:
      ADDRESS, allowed. Intersections, parks, lots, strip malls and bare street names that locate
      a stop or a public office are not labelled. A street (even without a number) that locates
      where the RECIPIENT sleeps, gets mail or will live is a patient ADDRESS (REWRITE).
  D7. Outreach workers, case managers, navigators, peer staff and shelter staff named as sender or
      as the contact person are workforce: PROVIDER (README: staff named as the sender). Role words
      that name a substance-use service ("recovery coach", "Peer Recovery Specialist") are SPECIALTY
      like README's substance-use "consejero"; "case manager", "navigator", "outreach" stay generic.
  D8. Shipment tracking numbers and housing/benefits case numbers are OTHER_ID (like order and
      claim numbers); a Medicaid/Medi-Cal beneficiary number is HEALTH_PLAN_ID.
  D9. Disability or supportive-housing paperwork that names no condition (SSDI appeal, medical
      source statement, Permanent Supportive Housing) is not labelled.
  D10. A bystander's overdose-response training: the trainee's name is a NAME (REWRITE), but
      naloxone offered to trained bystanders says nothing about the trainee's health: unlabelled.
  D11. In voice scripts a phone number spoken as words is a PHONE span over the words.
  D12. A public-health department named after its county is the sender's name, not a patient's
      geography: not labelled.
  D13. A named person's overdose or death announced to a list is a third party's health: BLOCK.
  D14. In a results list ("HIV negative, hep C negative") the disease word names the test:
      PROCEDURE, with the value as RESULT.
  D15. An expected or hoped-for result in a program rule is not a result; an actual streak of
      negative tests reported to the recipient is (BLOCK).

Everything is invented: names, programs, 555-01xx numbers, example.* domains, identifiers; the
SSN is a well-known specimen number. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (cf0001-cf0012): van schedules, stops, first follow-ups
add(
    ("cf0001", "Outreach van schedule this week: Mon 10-1 Elm St strip mall lot (by the laundromat), Wed 2-5 behind Grace Library, Fri 9-12 at The Point. Socks, water, snacks, phone charging. Txt STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast of stop locations; 'strip mall' and 'The Point' are places. D6: lots and landmarks of a stop are not labelled."),
    ("cf0002", "Hi Marcus, the Care-a-Van will be at 1420 Ridgeline Ave (St. Brendan's parking lot) Thurs 10am-2pm. Your wound care follow-up is first come first served. -Tasha, Street Med",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("1420 Ridgeline Ave", "ADDRESS"), ("wound care", "PROCEDURE"), ("Tasha", "PROVIDER")],
     ["primary-care", "practice-contact"], "Name and wound care go; the van's stop address (D6) and the sender (D7) stay; 'Street Med' not labelled (D2)."),
    ("cf0003", "La unidad móvil de salud estará en el estacionamiento de la iglesia San Judas este sábado de 9 a 1. Vacunas contra la gripe, chequeo de presión y cortes de pelo gratis. ¡Traigan a la familia!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Broadcast of free services to everyone; says nothing about the recipient (D3)."),
    ("cf0004", "Reminder from Eastside Syringe Services Program: we're at the usual spot Tues 4-7pm. Questions? (412) 555-0147",
     "REWRITE", "reminder", "sms", "en",
     [("Eastside Syringe Services Program", "SPECIALTY"), ("(412) 555-0147", "PHONE")],
     ["substance-use", "practice-contact"], "D1/D3: a list message signed with a syringe-services program name reveals the recipient's participation; the name goes, time and phone stay."),
    ("cf0005", "Van's running late today, flat tire :( We'll be at the Alder St stop by 1:30 instead of noon. Sorry y'all! -Angel",
     "ALLOW", "other", "sms", "en",
     [("Angel", "PROVIDER")],
     ["general", "broadcast", "contrast"], "Worker named Angel signs a schedule change (D7); 'van' and 'Alder St stop' are logistics (D6)."),
    ("cf0006", "Mobile clinic closed Monday for the holiday. Next stop Tuesday in the Harbor Light Marina lot, 10-2.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Harbor Light' is a marina here, not a treatment program; mobile clinic not labelled (D2)."),
    ("cf0007", "Hello, this is the Northside Health Van calling with a reminder for Jerome Tillman. Your hepatitis C treatment check is tomorrow at the van stop on Fifth and Grant at eleven a.m. If you can't make it, please call us back at four one two, five five five, zero one three two. Thank you.",
     "REWRITE", "reminder", "voice", "en",
     [("Jerome Tillman", "NAME"), ("hepatitis C", "CONDITION"), ("four one two, five five five, zero one three two", "PHONE")],
     ["primary-care", "practice-contact"], "Voice treated like SMS: name and condition label go; spoken phone of the van is a PHONE span (D11); intersection stop not labelled (D6)."),
    ("cf0008", "ur appt w/ Dr. Osei at the shelter clinic (Mercy House, 2nd fl) is tmrw 9am. bring ur meds list if u can",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Osei", "PROVIDER")],
     ["primary-care", "shorthand"], "D2: shelter clinic and shelter name reveal housing, not a condition; 'meds list' is generic."),
    ("cf0009", "Hi Deshawn - Nurse Kelly from the Health Van. Your rapid hep C antibody test from Tuesday was reactive, so we need to draw blood for a confirm test. Can you come by Thursday?",
     "BLOCK", "result", "sms", "en",
     [("Deshawn", "NAME"), ("Nurse Kelly", "PROVIDER"), ("hep C antibody test", "PROCEDURE"), ("reactive", "RESULT")],
     ["lab", "primary-care"], "A screening result is the message; removal cannot make it safe."),
    ("cf0010", "Hola Doña Carmen, le recordamos su cita de curación de heridas con la enfermera Lupe el jueves 14 de marzo a las 10 en la unidad móvil. Si no puede venir, llámenos al (213) 555-0163.",
     "REWRITE", "reminder", "sms", "es",
     [("Carmen", "NAME"), ("curación de heridas", "PROCEDURE"), ("enfermera Lupe", "PROVIDER"), ("14 de marzo", "DATE"), ("(213) 555-0163", "PHONE")],
     ["primary-care", "practice-contact"], "Name and wound-care visit type go; nurse, date, time and the van's phone stay."),
    ("cf0011", "Subject: June stops for the Bridgeway Mobile Health Van\n\nHi everyone,\n\nHere is where the van will be in June. All visits are free and no ID or insurance is needed.\n\n- Mondays 9-12: Franklin Park, north entrance (by the basketball courts)\n- Wednesdays 1-4: Riverside Community Center, 310 Canal St\n- Fridays 10-2: Elm Plaza strip mall, in front of the dollar store\n\nAt every stop: check-ups, vaccines, wound care, help with Medicaid applications, phone chargers, socks and hygiene kits. Interpreters available in Spanish and Haitian Creole.\n\nIf the weather is bad we post changes at bridgewayvan.example.org/today by 8am. You can also call or text (617) 555-0174.\n\nSee you out there,\nThe Bridgeway team",
     "ALLOW", "other", "email", "en",
     [("310 Canal St", "ADDRESS"), ("bridgewayvan.example.org/today", "URL"), ("(617) 555-0174", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Schedule e-mail to the whole list; services offered to everyone are not labelled (D3); stop address, link and phone are the program's own (D6)."),
    ("cf0012", "Hey, it's Rob from outreach. Saw your buddy Lenny at the camp by the overpass, his leg wound looks infected again. If you see him tell him to come to the van Thursday, Dr. Shah wants to start him on antibiotics.",
     "BLOCK", "other", "sms", "en",
     [("Rob", "PROVIDER"), ("Lenny", "NAME"), ("leg wound", "CONDITION"), ("infected", "RESULT"), ("Dr. Shah", "PROVIDER"), ("antibiotics", "MEDICATION")],
     ["primary-care", "third-party"], "A third party's condition, finding and treatment plan sent to a friend."),
)

# ---------------------------------------------------------------- batch 2 (cf0013-cf0024): naloxone, test strips, drug checking
add(
    ("cf0013", "Your naloxone kit is ready for pickup at the front counter of Linden Community Pharmacy. Show this text. Pickup hours 9-6 M-F.",
     "REWRITE", "pickup", "sms", "en",
     [("naloxone", "MEDICATION")],
     ["pharmacy", "substance-use"], "A named drug in the recipient's own pickup notice goes (D4: 'kit' stays outside the span); pharmacy name is generic."),
    ("cf0014", "Free Narcan at all our van stops, no questions asked, no name needed. Everyone should carry it - you could save a life. Text NARCAN to 55501 for today's locations.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "D3: naloxone offered to everyone on the list; says nothing about the recipient. 55501 is a short code."),
    ("cf0015", "Hi Priya! Your order of 10 fentanyl test strips + 2 Narcan nasal spray shipped today in a plain envelope. USPS tracking 9400 1118 9922 3857 0412 66. -Parcel Outreach (mail-based harm reduction)",
     "REWRITE", "pickup", "sms", "en",
     [("Priya", "NAME"), ("fentanyl test strips", "PROCEDURE"), ("Narcan nasal spray", "MEDICATION"), ("9400 1118 9922 3857 0412 66", "OTHER_ID"), ("harm reduction", "SPECIALTY")],
     ["substance-use", "pharmacy"], "Shipping notice survives; name, supplies (D4), service line (D1) and the tracking number (D8) go."),
    ("cf0016", "ur f3nt str1ps + n4rcan r ready @ the window, grab em b4 5",
     "REWRITE", "pickup", "sms", "en",
     [("f3nt str1ps", "PROCEDURE"), ("n4rcan", "MEDICATION")],
     ["substance-use", "leet", "shorthand"], "Leetspeak pickup of test strips (D4) and naloxone; the pickup time survives."),
    ("cf0017", "Hola Memo, ya llegaron tus tiras reactivas de fentanilo y la naloxona que pediste. Pasa por ellas a la mesa de alcance en el parque Lincoln el viernes de 3 a 6. - Ángel",
     "REWRITE", "pickup", "sms", "es",
     [("Memo", "NAME"), ("tiras reactivas de fentanilo", "PROCEDURE"), ("naloxona", "MEDICATION"), ("Ángel", "PROVIDER")],
     ["substance-use"], "Nickname and supplies go (D4); worker Ángel is PROVIDER (D7); park table not labelled (D6)."),
    ("cf0018", "Drug checking result for sample DC-4471 (dropped off Fri): fentanyl positive, xylazine positive, heroin not detected. Go slow, don't use alone, and call the spotter line (800) 555-0199 if you do.",
     "BLOCK", "result", "sms", "en",
     [("Drug checking", "PROCEDURE"), ("DC-4471", "OTHER_ID"), ("fentanyl", "MEDICATION"), ("positive", "RESULT"), ("xylazine", "MEDICATION"), ("positive", "RESULT", 1), ("heroin", "MEDICATION"), ("not detected", "RESULT"), ("(800) 555-0199", "PHONE")],
     ["substance-use", "lab", "practice-contact"], "D5: the result of the recipient's own sample, which also reveals their use."),
    ("cf0019", "HEALTH ALERT from Carver County Public Health: several overdoses this weekend linked to pills sold as Percocet that contain fentanyl. If you or anyone you know uses, carry naloxone and never use alone. Free naloxone at any library branch.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative", "contrast"], "Public drug-supply warning to everyone (D3); county health department is the sender (D12). Contrast: cf0075."),
    ("cf0020", "Pickup reminder: your Suboxone 8mg/2mg films are ready at Rite Corner Pharmacy. We close at 7 tonight.",
     "REWRITE", "pickup", "sms", "en",
     [("Suboxone 8mg/2mg films", "MEDICATION")],
     ["pharmacy", "substance-use"], "Drug name with strength and form in a pickup notice goes; the pickup survives."),
    ("cf0021", "Winter kits are in! Hand warmers, wool socks, hats and an emergency blanket. Come by the van this week while supplies last.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Kit' and 'supplies' in the everyday sense."),
    ("cf0022", "Hi Jordan,\n\nThanks for completing the overdose response training with us on 3/9! Your certificate is attached. As a trained responder you can pick up free naloxone any time at our office, 88 Pearl St, Suite 4 (Mon-Fri 10-5).\n\nFran Delgado\nCommunity Health Educator, Lowell Outreach Collaborative\n(978) 555-0126",
     "REWRITE", "other", "email", "en",
     [("Jordan", "NAME"), ("3/9", "DATE"), ("88 Pearl St, Suite 4", "ADDRESS"), ("Fran Delgado", "PROVIDER"), ("(978) 555-0126", "PHONE")],
     ["general", "practice-contact"], "D10: the trainee's name goes; bystander training and naloxone offered to responders reveal nothing about the trainee's health, so they are not labelled."),
    ("cf0023", "Recordatorio: el taller de costura de los martes cambió de lugar. Ahora es en el salón de la iglesia, traigan aguja e hilo si tienen. ¡Las esperamos!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Aguja' (needle) for sewing."),
    ("cf0024", "Mike - Faith here from the SSP. You mentioned Tues that you relapsed after getting out and you're using alone. Please keep the Narcan I gave you on you, and text me before you use so I can check in. No judgment.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Mike", "NAME"), ("Faith", "PROVIDER"), ("SSP", "SPECIALTY"), ("relapsed", "CONDITION"), ("Narcan", "MEDICATION")],
     ["substance-use", "contrast"], "States the recipient's relapse and gives safety instructions; worker named Faith is PROVIDER (D7), SSP is a service line (D1)."),
)

# ---------------------------------------------------------------- batch 3 (cf0025-cf0036): wound care, hepatitis C, recuperative care
add(
    ("cf0025", "Hi Tomás, the wound care nurse wants to see your arm again this Friday at the Ozanam shelter clinic, 1-4pm. Keep the dressing dry and covered till then.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Tomás", "NAME"), ("wound care", "PROCEDURE"), ("dressing", "PROCEDURE")],
     ["primary-care"], "Carries a treatment instruction for the recipient's wound; D4: a dressing is a device (PROCEDURE)."),
    ("cf0026", "Reminder: your hep C treatment check with NP Okafor is Wed 10/2 at 11:30, Crossroads Clinic. Bring your Epclusa bottle so we can count pills, and keep taking 1 tablet every morning even if you missed a day.",
     "BLOCK", "reminder", "sms", "en",
     [("hep C", "CONDITION"), ("NP Okafor", "PROVIDER"), ("10/2", "DATE"), ("Epclusa", "MEDICATION")],
     ["primary-care"], "The reminder part could be rewritten, but the dosing instruction makes it BLOCK."),
    ("cf0027", "Great news Lorraine!! Your 12-week cure test came back - hep C virus NOT detected. You're cured! Call Dana at (505) 555-0121 to set up your last visit.",
     "BLOCK", "result", "sms", "en",
     [("Lorraine", "NAME"), ("cure test", "PROCEDURE"), ("hep C", "CONDITION"), ("NOT detected", "RESULT"), ("cured", "RESULT"), ("Dana", "PROVIDER"), ("(505) 555-0121", "PHONE")],
     ["primary-care", "lab", "practice-contact"], "A good result is still a result (README: normal or negative results are BLOCK)."),
    ("cf0028", "Sr. Reyes, sus análisis muestran que todavía tiene hepatitis C (carga viral 1.2 millones). El Dr. Báez quiere empezar el tratamiento con Mavyret. Llámenos para hacer cita.",
     "BLOCK", "result", "sms", "es",
     [("Reyes", "NAME"), ("hepatitis C", "CONDITION"), ("carga viral", "PROCEDURE"), ("1.2 millones", "RESULT"), ("Dr. Báez", "PROVIDER"), ("Mavyret", "MEDICATION")],
     ["primary-care", "lab"], "Diagnosis, viral load and treatment plan in a text."),
    ("cf0029", "Secure message from your care team: Your HCV RNA from 4/18 is undetectable (<15 IU/mL). That means the treatment worked and you are cured. We'll recheck your liver enzymes in 6 months. - Dr. Lindqvist",
     "ALLOW", "result", "portal", "en",
     [("HCV RNA", "PROCEDURE"), ("4/18", "DATE"), ("undetectable", "RESULT"), ("<15 IU/mL", "RESULT"), ("cured", "RESULT"), ("liver enzymes", "PROCEDURE"), ("Dr. Lindqvist", "PROVIDER")],
     ["primary-care", "lab"], "Inside the secure portal a result may stay (README channel convention)."),
    ("cf0030", "Hi Gloria, good news - a bed opened up at Haven Recuperative Care. Intake is tomorrow at 2pm, 455 Birch Ave. Your case manager Aisha will meet you there.",
     "REWRITE", "other", "sms", "en",
     [("Gloria", "NAME"), ("Haven Recuperative Care", "SPECIALTY"), ("455 Birch Ave", "ADDRESS"), ("Aisha", "PROVIDER")],
     ["primary-care", "home-health", "practice-contact"], "D1: a recuperative-care program name reveals recovery from an illness or hospital stay; program address and case manager (D7) stay."),
    ("cf0031", "Hey Cody, it's Nurse Bree. The pics you sent of the wound on your shin look worse, that black edge is dead tissue from tranq. Please come to the van today, don't wait. And try not to inject near it.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Cody", "NAME"), ("Nurse Bree", "PROVIDER"), ("wound", "CONDITION"), ("dead tissue", "CONDITION"), ("tranq", "MEDICATION")],
     ["primary-care", "substance-use", "shorthand"], "Finding about the recipient's wound and their xylazine use ('tranq', D4), plus instructions."),
    ("cf0032", "Hola Yesenia, te esperamos el lunes 3 de junio a las 9 en el albergue Casa Esperanza para tu seguimiento de hepatitis C con la Dra. Ruiz. Trae tu identificación si la tienes.",
     "REWRITE", "reminder", "sms", "es",
     [("Yesenia", "NAME"), ("3 de junio", "DATE"), ("hepatitis C", "CONDITION"), ("Dra. Ruiz", "PROVIDER")],
     ["primary-care"], "Name and condition label go; the shelter name is not labelled (D2)."),
    ("cf0033", "Heads up: the Pointe Laundromat on 7th is doing free wash & dry Tuesdays for anyone with a shelter ID card. Not affiliated w/ us, just passing it on!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A laundromat offer; 'Pointe', 'shelter ID' and the street are not identifiers of anyone (D2, D6)."),
    ("cf0034", "Jamal, per Dr. Fenn: take the doxycycline 100mg twice a day for 10 days for the abscess on your forearm, with food. Come back Friday so we can re-pack it.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Jamal", "NAME"), ("Dr. Fenn", "PROVIDER"), ("doxycycline 100mg", "MEDICATION"), ("abscess", "CONDITION"), ("re-pack", "PROCEDURE")],
     ["primary-care"], "Dosing instruction and diagnosis."),
    ("cf0035", "Your wound culture from the van grew MRSA. The antibiotic you're on won't touch it - stop the cephalexin and come get the new one (Bactrim) at the Thursday stop.",
     "BLOCK", "result", "sms", "en",
     [("wound culture", "PROCEDURE"), ("MRSA", "RESULT"), ("antibiotic", "MEDICATION"), ("cephalexin", "MEDICATION"), ("Bactrim", "MEDICATION")],
     ["primary-care", "lab"], "Culture result and a medication change."),
    ("cf0036", "Hi, this message is for Raymond. This is Lucia, the hepatitis C navigator at Bayview Community Health. Your insurance approved your hep C medicine and it's being shipped to the shelter on Harbor Street. Please call me back at two one three, five five five, zero one eight eight.",
     "REWRITE", "other", "voice", "en",
     [("Raymond", "NAME"), ("Lucia", "PROVIDER"), ("hepatitis C", "CONDITION"), ("hep C", "CONDITION"), ("Harbor Street", "ADDRESS"), ("two one three, five five five, zero one eight eight", "PHONE")],
     ["primary-care", "pharmacy", "practice-contact"], "Approval notice survives without name, condition and where the recipient stays (D6: a bare street locating the recipient is ADDRESS); spoken phone (D11)."),
)

# ---------------------------------------------------------------- batch 4 (cf0037-cf0048): ID and benefits help
add(
    ("cf0037", "Reminder: ID clinic is Thursday 10-2 at the Main St library, room B. Bring anything with your name on it (old ID, mail, hospital bracelet, birth certificate). We cover the fee!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "ID-help broadcast; 'birth certificate' and 'hospital bracelet' are documents, not data."),
    ("cf0038", "Hi Darnell, your replacement Social Security card application went through. The card will be mailed to 200 Wallace St, c/o Open Door Shelter, Pittsburgh PA 15219 in 2-3 weeks. -Kiara, case mgr",
     "REWRITE", "other", "sms", "en",
     [("Darnell", "NAME"), ("200 Wallace St, c/o Open Door Shelter, Pittsburgh PA 15219", "ADDRESS"), ("Kiara", "PROVIDER")],
     ["general", "shorthand"], "D6: the recipient's mailing address is a patient ADDRESS even at a shelter; the update survives without it."),
    ("cf0039", "Kimmie, for your SSI application I need you to double-check: SSN 078-05-1120, DOB 2/14/1971, name on the form Kimberly Ann Vos. Reply YES if correct. -Marta, benefits advocate",
     "BLOCK", "other", "sms", "en",
     [("Kimmie", "NAME"), ("078-05-1120", "SSN"), ("2/14/1971", "DATE"), ("Kimberly Ann Vos", "NAME"), ("Marta", "PROVIDER")],
     ["general", "dob", "identifier"], "SSN and full date of birth with the name must never travel by text."),
    ("cf0040", "Hola Sr. Paredes, su solicitud de Medi-Cal fue aprobada. Su número de identificación de beneficiario es 91234567A. Guarde este mensaje. - Rosa, navegadora de beneficios",
     "REWRITE", "other", "sms", "es",
     [("Paredes", "NAME"), ("91234567A", "HEALTH_PLAN_ID"), ("Rosa", "PROVIDER")],
     ["general", "identifier"], "D8: beneficiary number is HEALTH_PLAN_ID and not needed by text; the approval survives."),
    ("cf0041", "SNAP office on Liberty Ave is closed Friday. If you need your EBT card replaced, come see us Monday and we'll walk over together.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "D6: a public office's street is not an identifier; an EBT card mention carries no number."),
    ("cf0042", "Your Medicaid renewal is due by 8/31. Member ID ZX44019227. Call your case manager or stop by the van and we can fill it out together.",
     "REWRITE", "other", "sms", "en",
     [("8/31", "DATE"), ("ZX44019227", "HEALTH_PLAN_ID")],
     ["general", "identifier"], "Member ID is not needed for a renewal reminder; due date survives."),
    ("cf0043", "¡Ojo! La oficina del Seguro Social de la calle Ángel cerró. Ahora atienden en la plaza comercial de la 5a, al lado de la lavandería. Cualquier duda, pregunten en la camioneta.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Calle Ángel' is a street, 'plaza comercial' a strip mall, 'camioneta' the van (D6)."),
    ("cf0044", "Hi Ms. Greene, this is Jo from Riverside Outreach. Your son Tyrell asked me to let you know he's at Mercy Hospital, stable after the overdose last night, and wants you to bring his ID. He's in room 412.",
     "BLOCK", "other", "sms", "en",
     [("Greene", "NAME"), ("Jo", "PROVIDER"), ("Tyrell", "NAME"), ("stable", "RESULT"), ("overdose", "CONDITION")],
     ["general", "third-party", "substance-use"], "A relative's overdose and condition sent to his mother."),
    ("cf0045", "Disability paperwork update: Dr. Haskins signed the medical source statement for your SSDI appeal. Pick it up from Nadia at the Third St drop-in center any weekday 9-4.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Haskins", "PROVIDER"), ("Nadia", "PROVIDER")],
     ["general"], "D9: disability paperwork naming no condition; drop-in center not labelled (D2)."),
    ("cf0046", "The county charges $22 for a birth certificate but we'll cover it. Your DMV appointment for the state ID is Tue at 8:15 - get there 15 min early and don't forget the letter from the shelter!",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "hard-negative"], "ID logistics only; '15 min early' is not a date."),
    ("cf0047", "Hi Renee - for the housing application the HA needs proof of disability. I put down your diagnosis as bipolar disorder and PTSD per Dr. Amari's letter. Let me know if that's wrong before I submit Friday. - Sam (case manager)",
     "BLOCK", "other", "sms", "en",
     [("Renee", "NAME"), ("bipolar disorder", "CONDITION"), ("PTSD", "CONDITION"), ("Dr. Amari", "PROVIDER"), ("Sam", "PROVIDER")],
     ["behavioral-health"], "Diagnoses are the content of the message."),
    ("cf0048", "Buenas tardes, este mensaje es para Juana Morales. Le habla Faustino, de la unidad móvil. Su cita para sacar la credencial de la ciudad es el martes 9 de julio a las 10 de la mañana. Traiga su pasaporte o su acta de nacimiento.",
     "REWRITE", "reminder", "voice", "es",
     [("Juana Morales", "NAME"), ("Faustino", "PROVIDER"), ("9 de julio", "DATE")],
     ["general"], "City-ID appointment; only the name needs to go."),
)

# ---------------------------------------------------------------- batch 5 (cf0049-cf0060): housing programs
add(
    ("cf0049", "Hi Curtis, you've been matched to a unit through the Permanent Supportive Housing program! Your move-in date is 9/15. Lease signing at 1100 Penn Ave, Suite 210. -Bre, Housing Navigator",
     "REWRITE", "other", "sms", "en",
     [("Curtis", "NAME"), ("9/15", "DATE"), ("1100 Penn Ave, Suite 210", "ADDRESS"), ("Bre", "PROVIDER")],
     ["general", "practice-contact"], "D9: supportive housing names no condition; only the name goes. The office address is the program's own (D6)."),
    ("cf0050", "Point-in-time count volunteers: meet at 9pm at the church hall, 4th & Elm. We'll hand out winter kits and survey cards. Wear layers!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Volunteer call; 'count', 'kits' and 'point' in other senses."),
    ("cf0051", "Alicia, the housing authority denied the reasonable accommodation because the letter didn't mention your HIV. Dr. Voss can write a new one saying your HIV meds require a fridge in the unit. Want me to ask her?",
     "BLOCK", "other", "sms", "en",
     [("Alicia", "NAME"), ("HIV", "CONDITION"), ("HIV", "CONDITION", 1), ("Dr. Voss", "PROVIDER")],
     ["hiv-sexual-health"], "Discloses the recipient's HIV diagnosis as the substance of a housing update."),
    ("cf0052", "Hola Lupita, mañana te llamo para lo de la vivienda. Acuérdate de llevar la carta de Nueva Senda Centro de Recuperación a la cita del jueves.",
     "REWRITE", "other", "sms", "es",
     [("Lupita", "NAME"), ("Nueva Senda Centro de Recuperación", "SPECIALTY")],
     ["substance-use"], "D1: a recovery-center name reveals substance-use treatment; the reminder about a letter survives without it."),
    ("cf0053", "Update from the Coordinated Entry team: teh waitlist for the Maple Court apartments is now open. If you want to apply, text APPLY and your navigator will reach out. Questions: (206) 555-0185.",
     "ALLOW", "other", "sms", "en",
     [("(206) 555-0185", "PHONE")],
     ["general", "broadcast", "practice-contact", "typo"], "Housing broadcast with the program's own phone."),
    ("cf0054", "Subject: Your housing paperwork - next steps\n\nHi Mr. Whitfield,\n\nThanks for meeting with me Tuesday. Here is where we are:\n\n1. Income verification - done (SSI award letter on file).\n2. Photo ID - your state ID will come to the Grace Center mail room; you'll need to sign for it.\n3. Homeless verification letter - I'll get it from the shelter this week.\n4. Disability verification - Dr. Pham at Cornerstone Recovery Clinic will fax the form straight to the housing authority, so you don't need to bring anything.\n\nThe inspection for the unit on Lark Street is scheduled for 11/12. I'll pick you up at 9:30 at the usual spot.\n\nOne more thing: the housing authority never charges a fee to apply. If anyone calls asking for money or your bank card, hang up and let me know right away.\n\nCall or text me at (412) 555-0158 if anything changes.\n\nBest,\nOlivia Hart, MSW\nHousing Case Manager, Riverstone Pathways",
     "REWRITE", "other", "email", "en",
     [("Whitfield", "NAME"), ("Dr. Pham", "PROVIDER"), ("Cornerstone Recovery Clinic", "SPECIALTY"), ("Lark Street", "ADDRESS"), ("11/12", "DATE"), ("(412) 555-0158", "PHONE"), ("Olivia Hart, MSW", "PROVIDER")],
     ["general", "substance-use", "practice-contact"], "Long e-mail with one revealing detail (the recovery clinic, D1) and the street of the recipient's future home (D6); SSI and disability verification name no condition (D9)."),
    ("cf0055", "Hi Dominic, Dr. Saint-Louis completed the disability form for the housing authority. I listed your diagnoses as COPD and opioid use disorder in remission on buprenorphine 16mg daily. A copy is in your Documents tab. - Jenna, RN",
     "ALLOW", "portal-notice", "portal", "en",
     [("Dominic", "NAME"), ("Dr. Saint-Louis", "PROVIDER"), ("COPD", "CONDITION"), ("opioid use disorder", "CONDITION"), ("in remission", "RESULT"), ("buprenorphine 16mg", "MEDICATION"), ("Jenna, RN", "PROVIDER")],
     ["primary-care", "substance-use"], "Secure portal message: diagnoses and dose may stay (README channel convention)."),
    ("cf0056", "The Harbor Light Diner is donating hot meals Saturday at noon in the parking lot behind the shelter. First come first served!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Harbor Light' is a diner here."),
    ("cf0057", "Your Section 8 voucher briefing is Mon 6/10 at 9am, 500 Grant St, 3rd floor. Bring your case number 2024-HCV-00817 and photo ID.",
     "REWRITE", "other", "sms", "en",
     [("6/10", "DATE"), ("500 Grant St, 3rd floor", "ADDRESS"), ("2024-HCV-00817", "OTHER_ID")],
     ["general", "identifier"], "HCV here is Housing Choice Voucher, not hepatitis C. D8: the housing case number goes; the office address stays (D6)."),
    ("cf0058", "Don Aurelio, la trabajadora social del hospital dice que no lo pueden dar de alta a la calle con la herida de la operación abierta. Le conseguimos cama en cuidados de recuperación. Tiene que cambiarse el vendaje dos veces al día.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Aurelio", "NAME"), ("herida", "CONDITION"), ("abierta", "RESULT"), ("cuidados de recuperación", "PROCEDURE"), ("vendaje", "PROCEDURE")],
     ["primary-care"], "Condition of the recipient's surgical wound and a care instruction; recuperative care is PROCEDURE (D1), the dressing a device (D4)."),
    ("cf0059", "Hi it's Crystal from the Mercy House front desk. Mail came for you today, it's in your cubby. Pick up by Fri pls.",
     "ALLOW", "other", "sms", "en",
     [("Crystal", "PROVIDER")],
     ["general", "shorthand"], "A staff member named Crystal (not the drug) is the sender (D7); shelter name not labelled (D2)."),
    ("cf0060", "Reminder: house meeting at Oak Street Recovery Residence tonight at 7. Attendance required for all residents. Rent is due Friday.",
     "REWRITE", "reminder", "sms", "en",
     [("Oak Street Recovery Residence", "SPECIALTY")],
     ["substance-use"], "D1/D3: sent to every resident, but the recovery-residence name reveals each recipient's recovery."),
)

# ---------------------------------------------------------------- batch 6 (cf0061-cf0072): check-ins with people who have no fixed address
add(
    ("cf0061", "Hey it's Faith w/ the street team, haven't seen u at the bridge in a couple weeks. U good? Text back whenever, no pressure.",
     "ALLOW", "other", "sms", "en",
     [("Faith", "PROVIDER")],
     ["general", "shorthand", "contrast"], "Check-in from a worker named Faith (D7); 'the bridge' is where the team meets people, not an address (D6)."),
    ("cf0062", "Checking in - we missed you at your bupe appointment yesterday. You're not in trouble. Come by the van any day this week and Dr. Hale will see you.",
     "REWRITE", "other", "sms", "en",
     [("bupe", "MEDICATION"), ("Dr. Hale", "PROVIDER")],
     ["substance-use", "shorthand"], "No-show check-in; the slang drug name reveals the service and goes."),
    ("cf0063", "Hi Shawna, your pregnancy test at the van Tuesday was positive. Nurse Marisol wants to talk about your options and prenatal care - can you meet us Friday at the Elm St stop?",
     "BLOCK", "result", "sms", "en",
     [("Shawna", "NAME"), ("pregnancy test", "PROCEDURE"), ("positive", "RESULT"), ("Nurse Marisol", "PROVIDER"), ("prenatal care", "PROCEDURE")],
     ["reproductive"], "A test result is the message."),
    ("cf0064", "Hola, soy Ángel de la camioneta de salud. Mañana no vamos a estar en el parque por la lluvia, nos vemos el jueves en el mismo lugar. Cuídense.",
     "ALLOW", "other", "sms", "es",
     [("Ángel", "PROVIDER")],
     ["general", "broadcast"], "Schedule change from a worker named Ángel (D7)."),
    ("cf0065", "Hey Travis, it's Nate from the outreach team. The ER called, your blood cultures from last week grew staph, so you need to get back there today for IV antibiotics. If you need a ride call me at four one two, five five five, zero one six six.",
     "BLOCK", "result", "voice", "en",
     [("Travis", "NAME"), ("Nate", "PROVIDER"), ("blood cultures", "PROCEDURE"), ("staph", "RESULT"), ("IV antibiotics", "MEDICATION"), ("four one two, five five five, zero one six six", "PHONE")],
     ["urgent-care", "lab", "practice-contact"], "Voicemail with a culture result and a treatment instruction; spoken phone (D11)."),
    ("cf0066", "Hi Ray, Dr. Molina can see you Wed at 1 at the shelter clinic. Your A1c came back 11.4 so we need to talk about upping your insulin.",
     "BLOCK", "result", "sms", "en",
     [("Ray", "NAME"), ("Dr. Molina", "PROVIDER"), ("A1c", "PROCEDURE"), ("11.4", "RESULT"), ("insulin", "MEDICATION")],
     ["primary-care", "lab"], "A lab value and a planned dose change."),
    ("cf0067", "Cold weather alert: warming centers open tonight at 8pm at the rec center and Old Mill church. Free bus rides if you show this text. Stay safe out there.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Weather broadcast to everyone."),
    ("cf0068", "hey, ur S u b o x o n e script is at Center Ave Pharmacy, grab it b4 Fri or they send it back",
     "REWRITE", "pickup", "sms", "en",
     [("S u b o x o n e", "MEDICATION")],
     ["pharmacy", "substance-use", "spaced", "shorthand"], "Spaced-out drug name in a pickup notice; pharmacy name is generic."),
    ("cf0069", "Hi Andre, your TB skin test read at 14 mm, which counts as positive. You're not contagious from this alone, but the shelter needs a chest x-ray before you can stay. Come to the clinic tmrw 9am. -Nurse Abby",
     "BLOCK", "result", "sms", "en",
     [("Andre", "NAME"), ("TB skin test", "PROCEDURE"), ("14 mm", "RESULT"), ("positive", "RESULT"), ("chest x-ray", "PROCEDURE"), ("Nurse Abby", "PROVIDER")],
     ["lab", "primary-care", "negation"], "Test value and interpretation; the negated 'not contagious' does not change it."),
    ("cf0070", "Your appointment with Dr. Abernathy is Tuesday 7/23 at 10:40 at the Wayfarer Clinic, 615 Dock St. Reply C to confirm.",
     "ALLOW", "confirmation", "sms", "en",
     [("Dr. Abernathy", "PROVIDER"), ("7/23", "DATE"), ("615 Dock St", "ADDRESS")],
     ["primary-care", "practice-contact"], "Provider, date, time and the clinic's own address."),
    ("cf0071", "Hola Chuy, soy la enfermera Paty. Tu prueba rápida de VIH salió reactiva. No te asustes, hay tratamiento. ¿Puedes venir mañana a la camioneta para la prueba de confirmación?",
     "BLOCK", "result", "sms", "es",
     [("Chuy", "NAME"), ("enfermera Paty", "PROVIDER"), ("prueba rápida de VIH", "PROCEDURE"), ("reactiva", "RESULT")],
     ["hiv-sexual-health", "lab"], "A reactive HIV screen by text."),
    ("cf0072", "Your Nar\u200bcan and fen\u200btanyl test strips are at the front desk, just ask for Dee.",
     "REWRITE", "pickup", "sms", "en",
     [("Nar\u200bcan", "MEDICATION"), ("fen\u200btanyl test strips", "PROCEDURE"), ("Dee", "PROVIDER")],
     ["substance-use"], "Zero-width characters inside the drug and supply names (D4); the pickup survives."),
)

# ---------------------------------------------------------------- batch 7 (cf0073-cf0084): broadcasts, look-alikes, disguises
add(
    ("cf0073", "Kit night at The Point! Bring your bike - free tune-ups, tire patch kits and locks. Thurs 5-8pm.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Bike 'kits' and 'patch' at a place called The Point."),
    ("cf0074", "Free hep C & HIV testing this Friday at the van, 11-3, Pioneer Square stop. Results in 20 minutes. $20 gift card for everyone who tests!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "D3: testing offered to everyone; says nothing about the recipient."),
    ("cf0075", "Fentanyl is in the local meth and coke supply right now. Test everything, carry naloxone, and don't use alone. - Public service message from the Riverside Harm Reduction Network",
     "REWRITE", "other", "sms", "en",
     [("Riverside Harm Reduction Network", "SPECIALTY")],
     ["substance-use", "contrast"], "D3: the warning itself is public (no span on the drugs), but the harm-reduction sender name on its own list reveals the recipient. Contrast: cf0019."),
    ("cf0076", "Alerta de salud pública: hay pastillas falsas con fentanilo circulando en el condado. Si usted o alguien que conoce las usa, tenga naloxona a la mano. Naloxona gratis en todas las bibliotecas.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Public warning to everyone (D3)."),
    ("cf0077", "Van maintenance: the health van is in the shop till Weds (transmission). The walk-in clinic at the church is still open. Sorry for the hassle!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "The van is a vehicle here; no plate or VIN."),
    ("cf0078", "Nice work - 3 negative urine tests in a row! You've earned $45 in your contingency management account. Keep it going Thursday.",
     "BLOCK", "result", "sms", "en",
     [("negative", "RESULT"), ("urine tests", "PROCEDURE"), ("contingency management", "PROCEDURE")],
     ["substance-use"], "D15: an actual streak of negative drug tests is a result; contingency management is a substance-use program (D1)."),
    ("cf0079", "RIP Danny K. We lost him to an overdose Sunday. Memorial at The Point Saturday 2pm. Please check on each other and carry Narcan.",
     "BLOCK", "other", "sms", "en",
     [("Danny K.", "NAME"), ("overdose", "CONDITION")],
     ["substance-use", "third-party"], "D13: a named person's cause of death sent to a list; the closing advice is general and not labelled (D3)."),
    ("cf0080", "Subject: Street Medicine News - Fall edition\n\nFriends,\n\nThis season our team made over 1,400 contacts under bridges, in encampments and at the Harbor Light Marina lot. Thank you to the nursing students who joined us on Tuesday nights, and to St. Agnes parish for the new van (a 2019 Ford Transit that finally has working heat!).\n\nComing up:\n- Sock and coat drive through the end of the month - drop-offs at any branch library.\n- Volunteer orientation the first Monday of each month at 6pm.\n- Our annual Walk for Warmth, which raised $18,000 last year.\n\nWe are also hiring an outreach nurse and a peer navigator. See the posting at streetmed.example.org/jobs.\n\nWith gratitude,\nThe Street Medicine Program at Mercy Community Health",
     "ALLOW", "marketing", "email", "en",
     [("streetmed.example.org/jobs", "URL")],
     ["general", "broadcast", "practice-contact"], "Newsletter to supporters; a van model year is not a vehicle identifier; street medicine not labelled (D2)."),
    ("cf0081", "Your h\u0435p C RNA came back p\u043esitive (viral load 2.4 million). Call Dr. Quist this week to start treatment.",
     "BLOCK", "result", "sms", "en",
     [("h\u0435p C RNA", "PROCEDURE"), ("p\u043esitive", "RESULT"), ("viral load", "PROCEDURE"), ("2.4 million", "RESULT"), ("Dr. Quist", "PROVIDER")],
     ["lab", "primary-care"], "Cyrillic look-alike letters in the test name and the result."),
    ("cf0082", "Hi Benny, this is Corinne from Harm Reduction Services at Eastgate. Just a reminder your syringe exchange pickup is Thursday, same window, 3-6pm.",
     "REWRITE", "pickup", "sms", "en",
     [("Benny", "NAME"), ("Corinne", "PROVIDER"), ("Harm Reduction Services", "SPECIALTY"), ("syringe exchange", "PROCEDURE")],
     ["substance-use"], "D1: program name and the service go; the worker (D7), day and time stay."),
    ("cf0083", "Este sábado: feria de salud en el estacionamiento del centro comercial La Punta. Habrá cortes de pelo, ropa de invierno, kits de higiene y café. ¡Los esperamos!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'La Punta' is a shopping center; hygiene kits."),
    ("cf0084", "New message from your care team. Log in to the Wayfarer Health app to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general", "hard-negative"], "Notification without PHI."),
)

# ---------------------------------------------------------------- batch 8 (cf0085-cf0096): Spanish
add(
    ("cf0085", "Farmacia Del Valle: su receta de buprenorfina/naloxona 8/2 mg está lista. Horario: lunes a sábado de 9 a 8.",
     "REWRITE", "pickup", "sms", "es",
     [("buprenorfina/naloxona 8/2 mg", "MEDICATION")],
     ["pharmacy", "substance-use"], "Drug with strength in a pickup notice; '8/2 mg' is a strength, not a date."),
    ("cf0086", "Hola Reina, la prueba de orina salió positiva a metanfetamina otra vez. El consejero quiere verte antes de tu próxima dosis. Ven el lunes a las 8.",
     "BLOCK", "result", "sms", "es",
     [("Reina", "NAME"), ("prueba de orina", "PROCEDURE"), ("positiva", "RESULT"), ("metanfetamina", "MEDICATION"), ("consejero", "SPECIALTY")],
     ["substance-use"], "Drug-screen result; substance-use 'consejero' is SPECIALTY per README."),
    ("cf0087", "Recordatorio: su cita con el Dr. Villalobos es el miércoles 21 de agosto a las 2:15 pm en la Clínica Comunitaria Vecinos, 2400 Mission St. Llame al (415) 555-0137 si necesita cambiarla.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Villalobos", "PROVIDER"), ("21 de agosto", "DATE"), ("2400 Mission St", "ADDRESS"), ("(415) 555-0137", "PHONE")],
     ["primary-care", "practice-contact"], "Provider, date, time and the clinic's own address and phone."),
    ("cf0088", "Asunto: Su lugar en el programa de cuidados de recuperación\n\nEstimada Sra. Castillo:\n\nLe escribimos de Puente Cuidado Médico de Recuperación para confirmarle que tiene una cama reservada a partir del 2 de octubre. Al llegar, por favor traiga su identificación, la lista de sus medicamentos y los papeles de alta del hospital. La dirección es 77 Orchard Rd., Unidad B. Si necesita transporte, su trabajadora social puede pedirle un taxi.\n\nLas visitas son de 4 a 7 pm y no se permiten mascotas. Tendrá un casillero con llave para sus cosas.\n\nCualquier pregunta, comuníquese con nosotros al (505) 555-0119 o a admisiones@puente.example.org.\n\nAtentamente,\nEquipo de Admisiones",
     "REWRITE", "confirmation", "email", "es",
     [("cuidados de recuperación", "PROCEDURE"), ("Castillo", "NAME"), ("Puente Cuidado Médico de Recuperación", "SPECIALTY"), ("2 de octubre", "DATE"), ("77 Orchard Rd., Unidad B", "ADDRESS"), ("(505) 555-0119", "PHONE"), ("admisiones@puente.example.org", "EMAIL")],
     ["primary-care", "home-health", "practice-contact"], "D1: recuperative-care program and its name go with the recipient's name; date, program address and contacts stay."),
    ("cf0089", "Hola, soy Fe de la oficina de vivienda. ¿Todavía necesita la carta para el arrendador? Se la puedo dejar en la recepción.",
     "ALLOW", "other", "sms", "es",
     [("Fe", "PROVIDER")],
     ["general"], "A worker named Fe (faith) is the sender (D7); housing office logistics only."),
    ("cf0090", "Mija, el doctor dice que las heridas de tus piernas están infectadas. Tienes que tomar la cefalexina 500 mg cada 6 horas por 7 días y venir el martes para revisarte. Cuídate mucho. - Enfermera Rocío",
     "BLOCK", "care-instructions", "sms", "es",
     [("heridas", "CONDITION"), ("infectadas", "RESULT"), ("cefalexina 500 mg", "MEDICATION"), ("Enfermera Rocío", "PROVIDER")],
     ["primary-care"], "Finding and dosing instruction; 'Mija' is an endearment, not a name."),
    ("cf0091", "Mensaje para Héctor Salinas de parte de la clínica de la calle. Su cita para la vacuna de hepatitis A y B es el viernes a las 11 en el albergue de la calle Ocho. Gracias.",
     "REWRITE", "reminder", "voice", "es",
     [("Héctor Salinas", "NAME"), ("vacuna de hepatitis A y B", "PROCEDURE")],
     ["primary-care"], "Name and the named vaccine go; the shelter where the van sets up is a site, not the recipient's address (D2, D6)."),
    ("cf0092", "Hola Don Beto, ¿cómo sigue? Le recuerdo que mañana pasamos por usted a las 9 para la cita del dentista. Nos vemos en la esquina de siempre. - Ángel",
     "REWRITE", "reminder", "sms", "es",
     [("Beto", "NAME"), ("dentista", "SPECIALTY"), ("Ángel", "PROVIDER")],
     ["dental"], "Name and specialty go; the ride logistics survive; 'la esquina de siempre' is not an address."),
    ("cf0093", "Aviso: la camioneta no saldrá el lunes por el día feriado. Regresamos el martes con el horario normal.",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Holiday closure; weekdays are not dates."),
    ("cf0094", "Sra. Ortega, su hija Daniela nos pidió avisarle que está en el programa de desintoxicación del Hospital San Lucas. Está estable y puede recibir visitas el domingo.",
     "BLOCK", "other", "sms", "es",
     [("Ortega", "NAME"), ("Daniela", "NAME"), ("programa de desintoxicación", "PROCEDURE"), ("estable", "RESULT")],
     ["substance-use", "third-party"], "A daughter's detox admission and condition sent to her mother."),
    ("cf0095", "Recordatorio de Sendero Clínica de Metadona: el sábado la ventanilla abre a las 7. Traiga su tarjeta.",
     "REWRITE", "reminder", "sms", "es",
     [("Sendero Clínica de Metadona", "SPECIALTY")],
     ["substance-use"], "D1/D3: opioid-treatment program name reveals the recipient; the hours survive."),
    ("cf0096", "ola k tal, ya tengo tu acta de nacimiento y la carta p/ el ID del estado. pasas x ellas al albergue el lunes? - Yadira",
     "ALLOW", "other", "sms", "es",
     [("Yadira", "PROVIDER")],
     ["general", "shorthand", "typo"], "Case manager (D7) about ID documents; nothing clinical."),
)

# ---------------------------------------------------------------- batch 9 (cf0097-cf0108): PrEP, MOUD, templates, a long recap
add(
    ("cf0097", "Linden Outreach: we have your PrEP refill on the van. Swing by Tues at the library stop.",
     "REWRITE", "pickup", "sms", "en",
     [("PrEP", "MEDICATION")],
     ["hiv-sexual-health", "pharmacy"], "Revealing drug in a pickup notice; the pickup survives."),
    ("cf0098", "Hi Theo,\n\nYour results from the van are in: syphilis RPR reactive 1:64, HIV negative, hep C negative. Dr. Marsh needs to give you a penicillin shot as soon as possible, then one a week for 2 more weeks. When can you come by?\n\n- Linden Outreach",
     "BLOCK", "result", "email", "en",
     [("Theo", "NAME"), ("syphilis", "CONDITION"), ("RPR", "PROCEDURE"), ("reactive 1:64", "RESULT"), ("HIV", "PROCEDURE"), ("negative", "RESULT"), ("hep C", "PROCEDURE"), ("negative", "RESULT", 1), ("Dr. Marsh", "PROVIDER"), ("penicillin shot", "MEDICATION")],
     ["hiv-sexual-health", "lab"], "Results and treatment by e-mail (treated like SMS); D14: disease words in a results list name the tests."),
    ("cf0099", "This is Sister Faith from St. Vincent's. Lunch is at 12:30 today in the hall, and the clothing closet opens right after. All welcome.",
     "ALLOW", "other", "sms", "en",
     [("Sister Faith", "PROVIDER")],
     ["general", "broadcast"], "Shelter staff member named as the sender (D7)."),
    ("cf0100", "Angel, your appt w/ the foot doctor is Fri 8/16 at 10am at the shelter clinic. Bring your ID if you have it.",
     "REWRITE", "reminder", "sms", "en",
     [("Angel", "NAME"), ("foot doctor", "SPECIALTY"), ("8/16", "DATE")],
     ["primary-care", "shorthand", "contrast"], "Here Angel is the patient (NAME), not a worker as in cf0005; 'foot doctor' names a specialty."),
    ("cf0101", "Per our talk today: your methadone dose goes up to 95mg starting tomorrow. Please be at the window by 10. - Ellis, RN, Northshore Opioid Treatment Program",
     "BLOCK", "care-instructions", "sms", "en",
     [("methadone", "MEDICATION"), ("Ellis, RN", "PROVIDER"), ("Northshore Opioid Treatment Program", "SPECIALTY")],
     ["substance-use"], "Dosing change; the dose itself is not part of the drug span (README)."),
    ("cf0102", "Lost & found: someone left a blue backpack with a sewing kit and a phone charger in the van Tuesday. Text us a description and it's yours.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Kit' and 'van' in the everyday sense."),
    ("cf0103", "Mr. Baptiste, your cellulitis follow-up is Thursday at 9 with Dr. Greer at the medical respite. Until then keep your leg raised and finish all of the Keflex.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Baptiste", "NAME"), ("cellulitis", "CONDITION"), ("Dr. Greer", "PROVIDER"), ("medical respite", "PROCEDURE"), ("Keflex", "MEDICATION")],
     ["primary-care"], "The reminder could be rewritten, but the treatment instructions make it BLOCK; medical respite is PROCEDURE (D1)."),
    ("cf0104", "Your urine drug screen for the bupe program: positive for fentanyl, negative for buprenorphine. Dr. Kessler wants to talk before your next script. Reply CALL for a callback.",
     "BLOCK", "result", "sms", "en",
     [("urine drug screen", "PROCEDURE"), ("bupe", "MEDICATION"), ("positive", "RESULT"), ("fentanyl", "MEDICATION"), ("negative", "RESULT"), ("buprenorphine", "MEDICATION"), ("Dr. Kessler", "PROVIDER")],
     ["substance-use", "lab"], "Drug-screen result."),
    ("cf0105", "Van schedule change: the Tuesday stop is moving from the Exchange Street lot to the old Kmart strip mall on Route 9. Same hours, 2-5.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Exchange Street' is a street, 'strip mall' a place (D6)."),
    ("cf0106", "{{program_name}} reminder: our van will be at {{stop_location}} on {{stop_date}} from {{start_time}} to {{end_time}}. Reply STOP to unsubscribe.",
     "ALLOW", "reminder", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Template with content-free placeholders; {{program_name}} read like *|PRACTICE_NAME|*."),
    ("cf0107", "Hi! Your naloxone is ready. Pick it up at {{pickup_site}} by {{pickup_date}}. Reply HELP for help, STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("naloxone", "MEDICATION")],
     ["substance-use"], "Fixed template text names the drug of the recipient's own pickup."),
    ("cf0108", "Subject: Notes from today\n\nHi Marisol,\n\nGood to see you at the drop-in center today. Here's a recap so you have it in writing:\n\n- Dr. Ames checked the abscess on your left arm. It's healing, but she wants you to keep taking the Bactrim twice a day until it's gone (5 more days).\n- Your hep C viral load was drawn. Results take about a week; I'll come find you.\n- We talked about starting Sublocade shots. You said you'd think about it, no pressure.\n- Benefits: your SNAP recertification interview is 5/22 at 10am by phone. They call from a blocked number, so pick up!\n\nI'm at the center Mon/Wed/Fri. Text me any time at (412) 555-0102.\n\nTake care,\nLeah Brandt\nPeer Recovery Specialist, Steel City Harm Reduction",
     "BLOCK", "care-instructions", "email", "en",
     [("Marisol", "NAME"), ("Dr. Ames", "PROVIDER"), ("abscess", "CONDITION"), ("Bactrim", "MEDICATION"), ("hep C viral load", "PROCEDURE"), ("Sublocade", "MEDICATION"), ("5/22", "DATE"), ("(412) 555-0102", "PHONE"), ("Leah Brandt", "PROVIDER"), ("Peer Recovery Specialist", "SPECIALTY"), ("Steel City Harm Reduction", "SPECIALTY")],
     ["substance-use", "primary-care", "practice-contact"], "Long recap mixing benefits logistics with a diagnosis and dosing; D7: peer-recovery role is SPECIALTY."),
)

# ---------------------------------------------------------------- batch 10 (cf0109-cf0120): drop-in centers, shelters, DOT, psychiatry on the street
add(
    ("cf0109", "Hey all, the drop-in center closes at 3 today for staff training. Showers and mail pickup back to normal tomorrow at 9.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Closure notice; drop-in center not labelled (D2)."),
    ("cf0110", "Your wound care supplies are packed, ask for them at the van window. Change the dressing every 2 days and soak it off with saline first so it doesn't tear. -Nurse Lena",
     "BLOCK", "care-instructions", "sms", "en",
     [("wound care", "PROCEDURE"), ("dressing", "PROCEDURE"), ("saline", "MEDICATION"), ("Nurse Lena", "PROVIDER")],
     ["primary-care"], "Pickup plus a wound-care instruction; the instruction makes it BLOCK (D4: dressing is a device)."),
    ("cf0111", "Vital Path: time to check in! Tap to log today's dose and send a message to your recovery coach.",
     "REWRITE", "reminder", "push", "en",
     [("recovery coach", "SPECIALTY")],
     ["substance-use"], "D7: 'recovery coach' reveals a substance-use program on the lock screen; the check-in prompt survives."),
    ("cf0112", "Hi, this is Marcus with the Eastside mobile clinic returning your call. We do have a van stop near you, Thursdays at the Pine Street Laundromat. Call us back at five oh three, five five five, zero one four four. Thanks!",
     "ALLOW", "other", "voice", "en",
     [("Marcus", "PROVIDER"), ("five oh three, five five five, zero one four four", "PHONE")],
     ["general", "practice-contact"], "Worker as sender (D7), the van's stop (D6) and its spoken phone (D11)."),
    ("cf0113", "Hi Pat, your chest x-ray from the shelter screening showed no active TB, so you're cleared to stay at Haven House. A copy of the clearance letter is at the front desk.",
     "BLOCK", "result", "sms", "en",
     [("Pat", "NAME"), ("chest x-ray", "PROCEDURE"), ("no active TB", "RESULT")],
     ["imaging", "negation"], "A negative finding is still a result (README)."),
    ("cf0114", "Reminder from Kinship Mobile Dental: your extraction is Mon 11/4 at 1pm at the St. Mark's stop. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Kinship Mobile Dental", "SPECIALTY"), ("extraction", "PROCEDURE"), ("11/4", "DATE")],
     ["dental"], "A dental van's name and the procedure go; date and time survive."),
    ("cf0115", "Congrats to Faith & Angel on 10 years with the outreach team! Cake at The Point after the Friday shift \U0001F389",
     "ALLOW", "other", "sms", "en",
     [("Faith", "PROVIDER"), ("Angel", "PROVIDER")],
     ["general", "broadcast"], "Staff anniversary (D7); nothing about the recipient."),
    ("cf0116", "Hi Sandra, the shelter nurse let us know you were admitted for sepsis from the leg wound. Your bed at Grace House is held till Fri. Please call your case manager when you can.",
     "BLOCK", "other", "sms", "en",
     [("Sandra", "NAME"), ("sepsis", "CONDITION"), ("leg wound", "CONDITION")],
     ["primary-care"], "States the recipient's diagnosis; the bed-hold logistics cannot carry it."),
    ("cf0117", "Need a phone? Free government phones being handed out at the library Weds 10-2. Bring any ID. (We're not affiliated, just sharing.)",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Community notice; 'phone' and 'ID' without any number."),
    ("cf0118", "Hi Kenji, Dr. Farouk from Ridgeview Psychiatry is riding with the street team Thursday. She wants to restart your Abilify shot since you've been hearing voices again. We'll find you at the bridge around 2.",
     "BLOCK", "other", "sms", "en",
     [("Kenji", "NAME"), ("Dr. Farouk", "PROVIDER"), ("Ridgeview Psychiatry", "SPECIALTY"), ("Abilify shot", "MEDICATION"), ("hearing voices", "CONDITION")],
     ["behavioral-health"], "A symptom and a treatment plan for the recipient."),
    ("cf0119", "Case mgmt office hours this week: Mon & Wed 9-12 with Jamie, Thu 1-4 with Luis. Housing apps, benefits, phone minutes, bus passes. Walk-ins welcome, 311 Hollis St, Rm 2.",
     "ALLOW", "other", "sms", "en",
     [("Jamie", "PROVIDER"), ("Luis", "PROVIDER"), ("311 Hollis St, Rm 2", "ADDRESS")],
     ["general", "broadcast", "practice-contact", "shorthand"], "Office hours with staff (D7) and the program's own address."),
    ("cf0120", "Reminder: your DOT visit for TB meds is every weekday at 8:30 at the shelter clinic. Dont skip - text Nurse Carla at (617) 555-0191 if you can't make it.",
     "REWRITE", "reminder", "sms", "en",
     [("DOT", "PROCEDURE"), ("TB", "CONDITION"), ("Nurse Carla", "PROVIDER"), ("(617) 555-0191", "PHONE")],
     ["primary-care", "typo", "practice-contact"], "Directly observed therapy (D1) and TB go; the visit time and the nurse's line survive. Judgement: 'don't skip' is attendance, not a dosing instruction."),
)

# ---------------------------------------------------------------- build


if __name__ == "__main__":
    probe_lib.run(M, "cf", "probe81.jsonl")
