#!/usr/bin/env python3
"""Build corpus/probe23.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe23.py [OUT] [-v]   (default: probe23.jsonl next to this script)

Written blind, from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only; the engine was not run
and no other corpus, source file or test was read.

This round is VACCINES, PUBLIC HEALTH AND COMMUNITY CLINICS: what county health departments,
community health centers, school and college health services, travel clinics, pharmacies'
vaccine programs and outbreak-response teams send — vaccine reminders and due notices
(childhood, adolescent, adult, pregnancy, travel, seasonal), clinic-day broadcasts,
immunization-record requests, exposure notifications (measles, TB, hepatitis A, COVID,
pertussis, STIs) to individuals and to groups, contact-tracing follow-ups, test-site logistics,
lead-poisoning and newborn-screening follow-ups, WIC and nutrition notices, partner services,
school-exclusion notices, travel pre-visit and dosing instructions, reportable-disease
follow-ups. Hard negatives: broadcasts about outbreaks and clinics sent to everyone, disease
names in general health education, "shots" and "boosters" in other senses (booster seats, a
booster club, a signal booster, photo shots, "give it a shot"), pet rabies clinics, school and
county names. 22% Spanish; four disguised messages (leet, spaced letters, a zero-width space, a
Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "Mr. [[Chen]]" searches for "Mr. Chen" and
      labels only "Chen".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Vaccines named only generically ("vaccines", "shots", "immunizations", "shot records",
     "boosters", "vacunas", "la vacuna") are generic visit words, not labelled — like "lab work".
     A named vaccine is PROCEDURE, one span with its head word ("flu shot", "COVID booster",
     "Tdap shot", "HPV" as "vacuna contra el VPH", "meningitis B vaccine"); a vaccine brand
     (Shingrix, Gardasil, Prevnar 20, Vivotif, Vaxchora, Heplisav-B) is MEDICATION, with a form
     word right after it ("Prevnar 20 shot", "gardasil shot"); immune globulins are MEDICATION.
  2. A disease name that stands for its vaccine ("dose 3 of your hep B series", "hep A and
     typhoid shots", "influenza (10/2024)" in a record, "vacunación contra la fiebre amarilla")
     is PROCEDURE, not CONDITION: the recipient is being protected from it, not diagnosed.
  3. Due and overdue notices — including one missing dose behind a school or registration hold
     or an exclusion — are recalls: REWRITE. Dose schedules and how-to-take instructions (oral
     typhoid, malaria or cholera prophylaxis, a rabies post-exposure series, pre-medication, a
     fever-reducer dose) are BLOCK. A titer, a reading or a full immunization history is clinical
     content (BLOCK on SMS/e-mail, ALLOW on the portal).
  4. Exposure notices: sent to everyone (a list of public exposure sites) or to a whole cohort
     (a grade, a kindergarten) with no case identified and nothing about the recipient -> ALLOW
     with no span on the disease, like a broadcast (tagged broadcast). Sent to one person, naming
     the disease, with a source nobody could identify (a waiting room, a flight) -> REWRITE: the
     CONDITION goes, the call-back survives. Tied to a named or identifiable person (a named
     coworker, a household member, a sex partner, a husband, a babysitter) or carrying a
     post-exposure treatment -> BLOCK.
  5. A disease named as public context in a broadcast, and public places in exposure broadcasts
     (a bus station, a diner on Route 9), are not labelled (no CONDITION, no ADDRESS).
  6. Public-health workflow words that reveal a communicable-disease or partner-services
     contact are labelled: "contact tracing" and "cuarentena" PROCEDURE, "EPT" (expedited partner
     therapy) PROCEDURE; the title "Disease Intervention Specialist" and unit or program names
     such as "Hollis County TB Program" and "Communicable Disease Unit" SPECIALTY.
  7. WIC: the WIC office as sender ("Marion County WIC", "WIC del Condado de Hidalgo") is a
     revealing program name -> SPECIALTY; "WIC" in running text about the recipient -> PROCEDURE
     (it reveals pregnancy, a new baby or a young child and income); WIC in a broadcast to the
     public is not labelled.
  8. Travel medicine names ("Wayfarer Travel Clinic", "Clínica del Viajero") are
     specialty-revealing like eye or imaging names -> SPECIALTY; "pre-travel consult" is a named
     visit type -> PROCEDURE. There is no travel service tag, so travel lines carry primary-care.
     County health departments, community health centers, "Student Health" and school health
     offices are generic names (not labelled; service tag general, primary-care or pediatrics).
  9. School names and county names are not labelled: they name the sender or a public place,
     not the patient's geography.
 10. Identifiers: a student ID, a state-registry client ID, a contact-tracing case number and a
     passport number are OTHER_ID; Medicaid and Medicare numbers HEALTH_PLAN_ID; a loaner
     breast-pump serial DEVICE_ID; a flight number is not labelled.
 11. Pregnancy with its gestational age ("28 weeks pregnant") is one CONDITION span.
 12. Clinical words that are negated or hypothetical but about this patient's care are labelled
     ("does not mean your baby has CF", "if he has no fever"); a symptom checklist asked the same
     way of everyone under monitoring (l0049) is not.
 13. A standing offer added to every reminder ("flu shots are also available that day") is
     broadcast-like: ALLOW (l0012), unlike a vaccine booked for the recipient (l0002).
 14. A routine second newborn screen is a routine visit type (REWRITE); an out-of-range screen
     is a result (BLOCK).
 15. Numbers read out digit by digit in voice scripts are still PHONE spans.
 16. Purposes follow probe_lib (no `confirmation`/`portal-notice`): confirmations -> reminder,
     record requests, holds and notices -> other, broadcasts and promotions -> marketing.

Everything is invented: names, practices, counties' offices, schools, 555-01xx numbers, example
domains and identifiers. Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (l0001-l0016): seasonal, adult, pregnancy and travel vaccines
add(
    ("l0001", "Hollis County Health Dept: Flu shots are here! Walk in at any of our 3 clinics Mon–Fri 8–4:30, no appointment needed. Free for kids through the VFC program. Reply STOP to end texts.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast to every subscriber; a county name and 'flu shots' say nothing about the recipient."),
    ("l0002", "Hi Terrence, this is Mesa Vista Pharmacy. Your flu shot and COVID booster are booked for Sat 10/18 at 11:40am. Wear short sleeves & bring your insurance card. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Terrence", "NAME"), ("flu shot", "PROCEDURE"), ("COVID booster", "PROCEDURE"), ("10/18", "DATE")],
     ["pharmacy"], "The recipient's own vaccine appointment names the vaccines ('your flu shot appointment' is REWRITE in the README); name and vaccines go, date and time stay. Decision 1."),
    ("l0003", "Mesa Vista Pharmacy: our records show you're due for dose 2 of Shingrix. Walk in any day 9-7 or book online: https://mesavistarx.example/vax",
     "REWRITE", "recall", "sms", "en",
     [("Shingrix", "MEDICATION"), ("https://mesavistarx.example/vax", "URL")],
     ["pharmacy", "practice-contact"], "Decisions 1 and 3: a vaccine brand is MEDICATION and a due notice is a recall, not a dose instruction; the pharmacy's own booking link stays."),
    ("l0004", "Farmacia El Pueblo: ¡Ya llegó la vacuna contra la influenza! Te la ponemos sin cita de lunes a sábado. Trae tu tarjeta del seguro. Dudas al 915-555-0117",
     "ALLOW", "marketing", "sms", "es",
     [("915-555-0117", "PHONE")],
     ["pharmacy", "broadcast", "practice-contact"], "Seasonal broadcast to all customers with the pharmacy's own number."),
    ("l0005", "Subject: Staying well this respiratory season\n\nDear neighbors,\n\nFlu, COVID-19 and RSV are all circulating in Alder County right now, and whooping cough (pertussis) cases are up across the state. Here's how to protect your household:\n\n• Everyone 6 months and older should get this season's flu and COVID-19 vaccines.\n• Adults 75+ (and 60–74 with certain health conditions) can ask about an RSV vaccine.\n• Pregnant? Ask your prenatal provider about Tdap and RSV protection for your baby.\n• Stay home when sick, wash hands, and cover coughs.\n\nNo insurance? Our clinics vaccinate everyone regardless of ability to pay. Find times and locations at https://aldercountyhealth.example/vaccines or call 360-555-0102.\n\nBe well,\nAlder County Public Health",
     "ALLOW", "marketing", "email", "en",
     [("https://aldercountyhealth.example/vaccines", "URL"), ("360-555-0102", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Health-education newsletter to every resident; disease, vaccine and pregnancy words describe no recipient (decision 5)."),
    ("l0006", "RSV vaccines are now available at Pinecrest Family Health for adults 60 and older and during pregnancy (32–36 weeks). Ask at your next visit or call the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Broadcast; 'pregnancy' and '32–36 weeks' describe eligibility, not the recipient, and the week range is not a date."),
    ("l0007", "Hi Brianna! You're 28 weeks pregnant, which is the recommended time for your Tdap shot. Dr. Sato's office can give it at your next visit on 6/12.",
     "REWRITE", "recall", "sms", "en",
     [("Brianna", "NAME"), ("28 weeks pregnant", "CONDITION"), ("Tdap shot", "PROCEDURE"), ("Dr. Sato", "PROVIDER"), ("6/12", "DATE")],
     ["reproductive"], "Decision 11: pregnancy with its gestational age is one CONDITION span; without it and the vaccine the recall ('due for a vaccine at your next visit on 6/12') survives."),
    ("l0008", "Hello, this is an automated reminder from Ridgeway Community Health Center. Our records show that Elijah is due for immunizations. Please call us at 4 1 2, 5 5 5, 0 1 2 5 to schedule. Thank you.",
     "REWRITE", "recall", "voice", "en",
     [("Elijah", "NAME"), ("4 1 2, 5 5 5, 0 1 2 5", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Decision 1: unnamed 'immunizations' are generic; only the child's name goes. Decision 15: the spoken number is the practice's PHONE."),
    ("l0009", "Centro de Salud Comunitario La Esperanza: este sábado tenemos jornada de vacunación para toda la familia, de 9 a 2, en el salón de la parroquia San José. Sin costo y sin importar su estatus migratorio.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Clinic-day broadcast; a parish name and 'vacunación' say nothing about the recipient."),
    ("l0010", "Hola Sra. Ramírez, le recordamos que a su hija Valeria le toca la segunda dosis de la vacuna contra el VPH. Puede pasar sin cita al Centro de Salud Norte de lunes a viernes.",
     "REWRITE", "recall", "sms", "es",
     [("Ramírez", "NAME"), ("Valeria", "NAME"), ("vacuna contra el VPH", "PROCEDURE")],
     ["pediatrics", "minor"], "A dependent's routine vaccine due notice: names and the named vaccine go (README: vaccines are a routine visit type for a dependent). Decisions 1 and 3."),
    ("l0011", "Willow Court Pharmacy: Mrs. Farris, at 93 you're due for your Prevnar 20 shot. Our pharmacist can give it in your apartment during Tuesday rounds. Reply YES to sign up.",
     "REWRITE", "recall", "sms", "en",
     [("Farris", "NAME"), ("93", "AGE"), ("Prevnar 20 shot", "MEDICATION"), ],
     ["pharmacy", "age-over-89"], "Age over 89, name and the vaccine brand (with its form word, decision 1) go; the offer of an in-apartment visit survives."),
    ("l0012", "Reminder: your appointment with Dr. Haddad at Eastgate Primary Care is Wed 11/5 at 3:20pm. Flu shots are also available that day if you'd like one.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Haddad", "PROVIDER"), ("11/5", "DATE")],
     ["primary-care"], "Decision 13 (judgement): a standing flu-shot offer appended to every reminder is broadcast-like and says nothing about the recipient, unlike a booked vaccine (l0002)."),
    ("l0013", "Subject: Your hepatitis B titer\n\nHi Joaquin, your hepatitis B surface antibody came back at <10 mIU/mL, which means you are not immune. You'll need to repeat the vaccine series before your nursing clinical rotation starts. Call Student Health to set up dose 1.",
     "BLOCK", "result", "email", "en",
     [("hepatitis B titer", "PROCEDURE"), ("Joaquin", "NAME"), ("hepatitis B surface antibody", "PROCEDURE"), ("<10 mIU/mL", "RESULT"), ("not immune", "RESULT")],
     ["lab"], "A titer value and its interpretation are a result (decision 3); e-mail is treated like SMS."),
    ("l0014", "Employee Health: Dose 3 of your hep B series is due this month. Stop by Room B114 Mon/Wed 7-9am — no appointment needed.",
     "REWRITE", "recall", "sms", "en",
     [("hep B", "PROCEDURE")],
     ["primary-care"], "Decision 2: 'hep B' here names the vaccine series, so PROCEDURE, not CONDITION; a due notice is a recall (decision 3). The room number is not an identifier."),
    ("l0015", "Sr. Beltrán, para su viaje a Ghana: empiece la atovacuona/proguanil 1 tableta diaria 2 días antes de salir, siga durante el viaje y 7 días después de regresar. Tómela con comida.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Beltrán", "NAME"), ("atovacuona/proguanil", "MEDICATION")],
     ["primary-care"], "Malaria prophylaxis dosing instructions: the instruction is the message (decision 3). A country is not a Safe Harbor geographic unit; travel lines use primary-care (decision 8)."),
    ("l0016", "Wayfarer Travel Clinic: Vivotif instructions — take 1 capsule on days 1, 3, 5 and 7 with cool water an hour before a meal. Keep the capsules in the fridge. Finish all 4 at least a week before you fly.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Wayfarer Travel Clinic", "SPECIALTY"), ("Vivotif", "MEDICATION")],
     ["primary-care"], "Oral typhoid vaccine dosing schedule (decision 3); the travel-clinic name is specialty-revealing (decision 8)."),
)

# ---------------------------------------------------------------- batch 2 (l0017-l0034): children, schools, colleges, lead, newborn screening
add(
    ("l0017", "Little Acorns Pediatrics: Amara is due for her 12-month vaccines. We have openings with Dr. Feld on 2/3 at 9:15 or 2/4 at 1:00. Reply 1 or 2.",
     "REWRITE", "recall", "sms", "en",
     [("Little Acorns Pediatrics", "SPECIALTY"), ("Amara", "NAME"), ("Dr. Feld", "PROVIDER"), ("2/3", "DATE"), ("2/4", "DATE")],
     ["pediatrics", "minor"], "Pediatrics name and the child's name go; '12-month vaccines' are unnamed vaccines (decision 1); provider and dates stay."),
    ("l0018", "Back-to-school shots clinic at Roosevelt Middle School gym, Tue & Thu 3–6pm through the end of the month. All ages, no insurance needed. Bring any shot records you have.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Clinic-day broadcast; a school name is not the patient's geography (decision 9)."),
    ("l0019", "Keep kids safe on the road! Certified techs will check your car seat or booster seat for free this Saturday at Fire Station 6, 10am–1pm. — Dunmore County Health Dept",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "'Booster' is a booster seat; a county name is the sender's name."),
    ("l0020", "Subject: Registration hold — immunization requirement\n\nHi Priya,\n\nA hold has been placed on your spring registration because we have not received documentation of your second MMR dose. Student ID: 004417823.\n\nYou can upload a record in the Student Health portal, or get the dose free at our clinic (walk-ins Mon–Fri 9–4).\n\nKestrel State University Student Health Services",
     "REWRITE", "other", "email", "en",
     [("Priya", "NAME"), ("MMR", "PROCEDURE"), ("004417823", "OTHER_ID")],
     ["primary-care", "identifier"], "A missing dose behind a hold is a due notice (decision 3); name, vaccine and student ID (OTHER_ID, decision 10) go. Student health is a generic name (decision 8)."),
    ("l0021", "Kestrel State Student Health: all incoming students living in the residence halls must submit proof of MenACWY vaccination by Aug 1. Upload at https://health.kestrel.example/immunizations",
     "ALLOW", "other", "sms", "en",
     [("Aug 1", "DATE"), ("https://health.kestrel.example/immunizations", "URL")],
     ["general", "broadcast", "practice-contact"], "Requirement sent to every incoming student; the named vaccine describes a rule, not the recipient."),
    ("l0022", "Escuela Primaria Benito Juárez – Enfermería: Kevin Lozano no podrá asistir a clases a partir del 3 de marzo hasta que entreguen comprobante de su segunda dosis de la vacuna triple viral o una exención. Cualquier duda, llame al 956-555-0139.",
     "REWRITE", "other", "sms", "es",
     [("Kevin Lozano", "NAME"), ("3 de marzo", "DATE"), ("vacuna triple viral", "PROCEDURE"), ("956-555-0139", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Judgement (decision 3): an exclusion for a missing routine dose is a due notice, not a condition; the child's name and the vaccine go, the deadline survives. The school name is not labelled (decision 9)."),
    ("l0023", "Jefferson Elementary nurse: Marcus may not return to class until he has finished 5 days of azithromycin for pertussis. Please bring the doctor's note to the office.",
     "BLOCK", "other", "sms", "en",
     [("Marcus", "NAME"), ("azithromycin", "MEDICATION"), ("pertussis", "CONDITION")],
     ["pediatrics", "minor", "third-party"], "A dependent's diagnosis and treatment sent to the guardian: BLOCK (README third-party convention)."),
    ("l0024", "Hi Ms. Okafor, Aiden was sent home from Lakeview Elementary today with live head lice. He can come back once he's been treated — please check his siblings too.",
     "BLOCK", "other", "sms", "en",
     [("Okafor", "NAME"), ("Aiden", "NAME"), ("head lice", "CONDITION")],
     ["pediatrics", "minor", "third-party"], "School-exclusion notice stating a dependent's condition: BLOCK."),
    ("l0025", "Dear Pinecrest Elementary 3rd-grade families: a case of whooping cough has been confirmed in a 3rd-grade classroom. Watch for a cough that lasts more than 2 weeks or comes in fits, and call your child's doctor if you see it. Vaccinated children can stay in school.",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Decision 4 (judgement): a cohort notice to a whole grade identifies no case and says nothing about the recipient's child; treated like a broadcast."),
    ("l0026", "Aviso para las familias del kínder de la Escuela Las Palmas: hubo casos de varicela en el salón. Si su hijo tiene fiebre o ronchas con comezón, déjelo en casa y llame a su pediatra. Los niños vacunados pueden seguir asistiendo.",
     "ALLOW", "other", "sms", "es", [],
     ["pediatrics", "broadcast", "hard-negative"], "Decision 4: cohort notice to every kindergarten family with no case identified; symptoms are general guidance."),
    ("l0027", "Tri-Valley Public Health: your daughter Nia was identified as a close contact of a classmate with whooping cough. Her doctor should prescribe azithromycin for 5 days; she can stay in school while taking it.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Nia", "NAME"), ("whooping cough", "CONDITION"), ("azithromycin", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "Decision 4: an exposure that carries a post-exposure treatment for a dependent is BLOCK."),
    ("l0028", "Reminder from Ridgeway Comunity Health Center: Mateo's lead test is due before his 2nd birthday. Walk-in lab hours are Mon–Sat 7–3.",
     "REWRITE", "recall", "sms", "en",
     [("Mateo", "NAME"), ("lead test", "PROCEDURE")],
     ["pediatrics", "minor", "typo"], "Routine lead screening due for a dependent: name and named test go. '2nd birthday' is not a date."),
    ("l0029", "Hi, this is Nurse Tamika from Ridgeway CHC. Mateo's blood lead level came back at 12 µg/dL, which is above the reference value. We'll recheck it in 1 month and the county will call about a home visit.",
     "BLOCK", "result", "sms", "en",
     [("Nurse Tamika", "PROVIDER"), ("Mateo", "NAME"), ("blood lead level", "PROCEDURE"), ("12 µg/dL", "RESULT"), ("above the reference value", "RESULT")],
     ["pediatrics", "minor", "third-party"], "A dependent's lead value and its interpretation: BLOCK."),
    ("l0030", "Greg Ivers from our environmental health team will come to 418 Birch St Apt 2, Dunmore, PA 18512 on Thursday, 5/8 between 9 and 11am for the lead inspection we discussed. Please make sure an adult is home. Questions: 570-555-0150. — Dunmore County Health Dept",
     "REWRITE", "reminder", "email", "en",
     [("Greg Ivers", "PROVIDER"), ("418 Birch St Apt 2, Dunmore, PA 18512", "ADDRESS"), ("5/8", "DATE"), ("lead inspection", "PROCEDURE"), ("570-555-0150", "PHONE")],
     ["general", "practice-contact"], "Judgement: the patient's home address and the lead inspection (which implies a child's elevated lead) go; a home-visit window with the staff member's name and the department's phone survives."),
    ("l0031", "Recordatorio: la prueba de plomo de Sofía es el 14 de marzo a las 10:00 en la Clínica Familiar Valle. Puede comer normalmente antes.",
     "REWRITE", "reminder", "sms", "es",
     [("prueba de plomo", "PROCEDURE"), ("Sofía", "NAME"), ("14 de marzo", "DATE")],
     ["pediatrics", "minor"], "Dependent's routine test appointment: name and named test go, date and time stay."),
    ("l0032", "Congratulations! Texas requires a second newborn screen at 1–2 weeks of age. Please bring baby Ava to Bluebonnet Pediatrics on 7/22 at 8:30 for her heel-stick.",
     "REWRITE", "reminder", "sms", "en",
     [("newborn screen", "PROCEDURE"), ("Ava", "NAME"), ("Bluebonnet Pediatrics", "SPECIALTY"), ("7/22", "DATE"), ("heel-stick", "PROCEDURE")],
     ["pediatrics", "minor"], "Decision 14: the routine second screen is a routine visit type, not a result; name, test, pediatrics name go."),
    ("l0033", "Hello, this is Dr. Amir Qureshi calling for the parents of baby boy Lindqvist. The state newborn screen showed an out-of-range result for cystic fibrosis, which needs a follow-up sweat test. This does not mean your baby has CF. Please call me back today at 612-555-0171.",
     "BLOCK", "result", "voice", "en",
     [("Dr. Amir Qureshi", "PROVIDER"), ("Lindqvist", "NAME"), ("newborn screen", "PROCEDURE"), ("out-of-range", "RESULT"), ("cystic fibrosis", "CONDITION"), ("sweat test", "PROCEDURE"), ("CF", "CONDITION"), ("612-555-0171", "PHONE")],
     ["pediatrics", "minor", "third-party", "negation", "practice-contact"], "An out-of-range newborn screen is a result about a dependent (decision 14); the negated 'CF' is still labelled (decision 12). Voice is treated like SMS."),
    ("l0034", "Kindergarten registration opens next week! Please bring your child's birth certificate, proof of address and up-to-date shot record. — Maple Grove School District Health Services",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Broadcast checklist; 'birth certificate', 'proof of address' and 'shot record' carry no value."),
)

# ---------------------------------------------------------------- batch 3 (l0035-l0056): exposures, partner services, contact tracing, reportable disease, TB
add(
    ("l0035", "MEASLES EXPOSURE ALERT – Alder County Public Health: people at these places may have been exposed: Greyhound station on 4th Ave, Sun 3/9 2–7pm; Valley Urgent Care waiting room, Mon 3/10 9am–1pm. If you are not immune, call 360-555-0102.",
     "ALLOW", "other", "sms", "en",
     [("3/9", "DATE"), ("3/10", "DATE"), ("360-555-0102", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Decisions 4 and 5: a public exposure-site alert sent to every subscriber; the disease and the public places are not labelled."),
    ("l0036", "Hi Mr. Duarte, this is Valley Urgent Care. On 3/10 you were in our waiting room at the same time as a person later diagnosed with measles. Please call 360-555-0188 so we can check whether you are protected.",
     "REWRITE", "other", "sms", "en",
     [("Duarte", "NAME"), ("Valley Urgent Care", "SPECIALTY"), ("3/10", "DATE"), ("measles", "CONDITION"), ("360-555-0188", "PHONE")],
     ["urgent-care", "practice-contact"], "Decision 4 (judgement): an individual exposure with a source nobody can identify; name, urgent-care name and disease go, the call-back survives."),
    ("l0037", "Hollis County TB Program: your coworker Dale Pruitt has been diagnosed with active TB. As a close contact you need a TB blood test now and again in 8 weeks. Call Nurse Ana at (606) 555-0143.",
     "BLOCK", "other", "sms", "en",
     [("Hollis County TB Program", "SPECIALTY"), ("Dale Pruitt", "NAME"), ("active TB", "CONDITION"), ("TB blood test", "PROCEDURE"), ("Nurse Ana", "PROVIDER"), ("(606) 555-0143", "PHONE")],
     ["primary-care", "third-party", "practice-contact"], "Exposure tied to a named person's diagnosis (third party's health): BLOCK. Decision 6: a TB program name is SPECIALTY."),
    ("l0038", "Buenas tardes, le habla Rocío del Departamento de Salud del Condado de Yuma. Usted fue identificado como contacto en el hogar de un caso de hepatitis A. Necesita la vacuna o inmunoglobulina antes del 21 de junio. Llámenos hoy al 928-555-0119.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Rocío", "PROVIDER"), ("hepatitis A", "CONDITION"), ("inmunoglobulina", "MEDICATION"), ("21 de junio", "DATE"), ("928-555-0119", "PHONE")],
     ["primary-care", "third-party", "practice-contact"], "Decision 4: a household case is identifiable and the message carries a post-exposure treatment deadline. 'la vacuna' unnamed (decision 1)."),
    ("l0039", "Public health notice: if you ate at the Blue Kettle Diner on Route 9 between 6/1 and 6/14, you may have been exposed to hepatitis A from an infected food worker. Free vaccine clinics Sat & Sun 9–5 at the Fairgrounds. Info: (518) 555-0160",
     "ALLOW", "other", "sms", "en",
     [("6/1", "DATE"), ("6/14", "DATE"), ("(518) 555-0160", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Decisions 4 and 5: a public notice to everyone; the food worker is not identified and the diner is a public place."),
    ("l0040", "Hi, Alder County Public Health here. Our records show you were on Flight 1187 on 2/20 with a passenger who had m3asl3s. Call 360-555-0102 so we can check your immunity.",
     "REWRITE", "other", "sms", "en",
     [("2/20", "DATE"), ("m3asl3s", "CONDITION"), ("360-555-0102", "PHONE")],
     ["general", "leet", "practice-contact"], "Leet-disguised disease in an individual exposure with an unidentifiable source (decision 4); the flight number is not labelled (decision 10)."),
    ("l0041", "Hi, this is Marcus Bell with the Brant County Health Department. I have an important health matter to discuss with you. Please call me back at 5 1 9, 5 5 5, 0 1 6 6. Again, that's Marcus at 519-555-0166.",
     "ALLOW", "other", "voice", "en",
     [("Marcus Bell", "PROVIDER"), ("5 1 9, 5 5 5, 0 1 6 6", "PHONE"), ("that's [[Marcus]]", "PROVIDER"), ("519-555-0166", "PHONE")],
     ["general", "practice-contact"], "Notification without PHI: a named staff sender (PROVIDER) and the department's number; 'important health matter' reveals nothing."),
    ("l0042", "This is Keisha Grant, Disease Intervention Specialist with Brant County Health Dept. Please call me at 519-555-0166 about a confidential matter. I'm in the office until 4:30.",
     "REWRITE", "other", "sms", "en",
     [("Keisha Grant", "PROVIDER"), ("Disease Intervention Specialist", "SPECIALTY"), ("519-555-0166", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "Decision 6 (judgement): the DIS title reveals STI/HIV partner services like a specialty role word; without it the call-back is a safe notification."),
    ("l0043", "Brant County Health Dept: a sex partner of yours tested positive for g o n o r r h e a. Free testing and treatment at our clinic, no appointment needed, Mon-Fri 8-4.",
     "BLOCK", "other", "sms", "en",
     [("positive", "RESULT"), ("g o n o r r h e a", "CONDITION")],
     ["hiv-sexual-health", "third-party", "spaced"], "Partner notification: a sex partner's result (identifiable to the recipient) and an STI exposure; spaced letters disguise the disease."),
    ("l0044", "Departamento de Salud de Brant: una persona con la que usted tuvo relaciones sexuales fue diagnosticada con sífilis. Es importante que se haga la prueba y reciba tratamiento con penicilina, que aquí es gratis. Llame al 519-555-0167 y pregunte por Teresa.",
     "BLOCK", "other", "sms", "es",
     [("sífilis", "CONDITION"), ("penicilina", "MEDICATION"), ("519-555-0167", "PHONE"), ("Teresa", "PROVIDER")],
     ["hiv-sexual-health", "third-party", "practice-contact"], "Partner notification naming a partner's diagnosis and the recipient's treatment: BLOCK (decision 4)."),
    ("l0045", "Free, confidential STI and HIV testing every Wednesday 1–6pm at the Brant County Health Dept. No appointment, no insurance needed. Results by phone or portal.",
     "ALLOW", "marketing", "sms", "en", [],
     ["hiv-sexual-health", "broadcast", "hard-negative"], "Broadcast of a walk-in service to everyone; says nothing about the recipient."),
    ("l0046", "Hi Devon, the extra medicine for your partner (EPT) is ready at the front desk. Your partner should take all 4 pills at once and avoid sex for 7 days.",
     "BLOCK", "pickup", "sms", "en",
     [("Devon", "NAME"), ("EPT", "PROCEDURE")],
     ["hiv-sexual-health", "third-party"], "Expedited partner therapy: a third party's treatment with dosing instructions and an implied STI diagnosis (decision 6)."),
    ("l0047", "Corner Drug: your doxy-PEP refill is ready for pickup. Pharmacy hours M–F 9–7, Sat 10–2.",
     "REWRITE", "pickup", "sms", "en",
     [("doxy-PEP", "MEDICATION")],
     ["pharmacy", "hiv-sexual-health"], "A revealing medication name in a pickup notice: REWRITE (DESIGN)."),
    ("l0048", "Hi, this is Jordan with the Lake County contact tracing team following up on case LC-24-08812. Please call me back at 847-555-0148 when you have a few minutes.",
     "REWRITE", "other", "sms", "en",
     [("Jordan", "PROVIDER"), ("contact tracing", "PROCEDURE"), ("LC-24-08812", "OTHER_ID"), ("847-555-0148", "PHONE")],
     ["general", "identifier", "practice-contact"], "Decisions 6 and 10: 'contact tracing' reveals the recipient is a case or contact; the case number is OTHER_ID. The call-back survives."),
    ("l0049", "Día 7 de su cuarentena por COVID-19. ¿Ha tenido fiebre, tos o dificultad para respirar en las últimas 24 horas? Responda SÍ o NO. – Salud Pública del Condado de Cameron",
     "REWRITE", "other", "sms", "es",
     [("cuarentena", "PROCEDURE"), ("COVID-19", "CONDITION")],
     ["general", "negation"], "Decisions 6 and 12 (judgement): the quarantine and its disease reveal an exposure; the symptom checklist asked of everyone under monitoring is not labelled, so the daily check-in survives."),
    ("l0050", "Hello Ms. Whitcomb, this is Pat from the Cass County Health Department. Your doctor reported your Salmonella infection to us, as required by law. We need 15 minutes to ask what you ate the week before you got sick. Call 701-555-0124.",
     "BLOCK", "other", "sms", "en",
     [("Whitcomb", "NAME"), ("Pat", "PROVIDER"), ("Salmonella infection", "CONDITION"), ("701-555-0124", "PHONE")],
     ["primary-care", "practice-contact"], "Reportable-disease follow-up that states the recipient's diagnosis: the finding is the message."),
    ("l0051", "Subject: Follow-up on a lab report\n\nDear Mr. Adeyemi,\n\nThe Pike County Health Department received a positive Lyme disease lab report for your son, Caleb, from Northfield Lab. State law asks us to complete a short case report. Could you tell us where Caleb may have been bitten by a tick in the month before his rash started?\n\nThank you,\nRenee Cho, RN\nCommunicable Disease Unit\n(570) 555-0153",
     "BLOCK", "other", "email", "en",
     [("Adeyemi", "NAME"), ("positive", "RESULT"), ("Lyme disease", "CONDITION"), ("Caleb", "NAME"), ("Caleb", "NAME", 1), ("rash", "CONDITION"), ("Renee Cho, RN", "PROVIDER"), ("Communicable Disease Unit", "SPECIALTY"), ("(570) 555-0153", "PHONE")],
     ["pediatrics", "minor", "third-party", "practice-contact"], "A dependent's positive report and diagnosis sent to the guardian: BLOCK. Decision 6: the unit name is SPECIALTY."),
    ("l0052", "Le habla la enfermera Lourdes Vega del Departamento de Salud del Condado de Hidalgo. Tenemos información importante de salud para usted. Por favor llámeme al 956-555-0135, de 8 a 5. Gracias.",
     "ALLOW", "other", "voice", "es",
     [("enfermera Lourdes Vega", "PROVIDER"), ("956-555-0135", "PHONE")],
     ["general", "practice-contact"], "Notification without PHI: named nurse (PROVIDER, title included) and the department's number."),
    ("l0053", "Reminder: please come back Thursday between 2 and 4pm to have your tuber\u200bculin skin test read. It has to be read 48–72 hours after it was placed. — Student Health",
     "REWRITE", "reminder", "sms", "en",
     [("tuber\u200bculin skin test", "PROCEDURE")],
     ["primary-care"], "A zero-width space splits the named test; without it the return visit survives. 'Student Health' is generic (decision 8)."),
    ("l0054", "Your TB skin test measured 14 mm, which is a positive result. This most likely means latent TB infection, not active TB disease. Dr. Lin has ordered a chest x-ray — please go to Room 108 before Friday.",
     "BLOCK", "result", "sms", "en",
     [("TB skin test", "PROCEDURE"), ("14 mm", "RESULT"), ("positive", "RESULT"), ("latent TB infection", "CONDITION"), ("active TB disease", "CONDITION"), ("Dr. Lin", "PROVIDER"), ("chest x-ray", "PROCEDURE")],
     ["primary-care", "negation"], "Reading, interpretation and diagnosis: BLOCK; the negated 'active TB disease' is labelled (decision 12)."),
    ("l0055", "Your QuantiFERON-TB Gold result from 9/14 is negative (no TB infection detected). You're cleared for your clinical placement. The clearance letter is in Documents.",
     "ALLOW", "result", "portal", "en",
     [("QuantiFERON-TB Gold", "PROCEDURE"), ("9/14", "DATE"), ("negative", "RESULT"), ("TB infection", "CONDITION")],
     ["lab", "contrast", "negation"], "Portal channel: results may stay (README). Contrast with l0056 on SMS."),
    ("l0056", "Your QuantiFERON-TB Gold result from 9/14 is negative (no TB infection detected). You're cleared for your clinical placement.",
     "BLOCK", "result", "sms", "en",
     [("QuantiFERON-TB Gold", "PROCEDURE"), ("9/14", "DATE"), ("negative", "RESULT"), ("TB infection", "CONDITION")],
     ["lab", "contrast", "negation"], "A negative result is still a result on SMS (README); contrast with l0055 on the portal."),
)

# ---------------------------------------------------------------- batch 4 (l0057-l0068): test sites, COVID, records and dates of birth
add(
    ("l0057", "Free COVID-19 and flu testing at the Lakewood Community Center parking lot, Tue–Sat 9–3. Drive up, no appointment, nothing to bring.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Test-site broadcast to everyone; a town name is a public place."),
    ("l0058", "Your COVID-19 test appointment at Site 4 (Eastfield Mall, lot C) is confirmed for 1/12 at 10:20. Show this QR code at check-in: https://testsite.example/qr?c=7HX2P9KQ",
     "REWRITE", "reminder", "sms", "en",
     [("COVID-19 test", "PROCEDURE"), ("1/12", "DATE"), ("https://testsite.example/qr?c=7HX2P9KQ", "URL")],
     ["general"], "Named test goes; the QR link carries a per-patient code (README: tokened links are patient-specific). Date, time and site survive."),
    ("l0059", "Your results from the Oak Park testing site are ready. Log in at https://results.oakparkhealth.example with your confirmation code and date of birth.",
     "ALLOW", "other", "sms", "en",
     [("https://results.oakparkhealth.example", "URL")],
     ["lab", "practice-contact"], "'Results are ready' with no test or value, and the site's own login page without a token; 'date of birth' is a field name, not a value."),
    ("l0060", "Su prueba de COVID salió POSITIVA. Quédese en casa al menos 5 días desde que empezaron los síntomas y use cubrebocas 5 días más. Centro de Salud Familiar del Valle.",
     "BLOCK", "result", "sms", "es",
     [("prueba de COVID", "PROCEDURE"), ("POSITIVA", "RESULT")],
     ["lab"], "A positive result with isolation instructions."),
    ("l0061", "Subject: Your test result\n\nHi Gwen, your rapid antigen test from this morning was negative. Because you still have symptoms, please repeat it in 48 hours.\n\nThanks,\nBayside Urgent Care",
     "BLOCK", "result", "email", "en",
     [("Gwen", "NAME"), ("rapid antigen test", "PROCEDURE"), ("negative", "RESULT"), ("Bayside Urgent Care", "SPECIALTY")],
     ["urgent-care"], "A negative result is still a result (README); e-mail is treated like SMS."),
    ("l0062", "Test kits are back in stock! Pick up free at-home COVID tests at any Hollis County library branch while supplies last. Limit 4 per household.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Broadcast about free kits; nothing about the recipient."),
    ("l0063", "{{site_name}}: your COVID-19 vaccine appointment is {{appt_date}} at {{appt_time}}. Bring your vaccination card if you have one.",
     "REWRITE", "reminder", "sms", "en",
     [("COVID-19 vaccine", "PROCEDURE")],
     ["general", "template"], "Content-free placeholders, but the template names the recipient's own vaccine (like 'your flu shot appointment')."),
    ("l0064", "{{clinic_name}} is hosting a free vaccine clinic on {{event_date}} from {{start_time}} to {{end_time}}. All ages welcome, walk-ins OK. Reply STOP to opt out.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "template", "broadcast", "hard-negative"], "Broadcast template with content-free placeholders only."),
    ("l0065", "Hi Mrs. Tran, Lucas's flu swab was negative, so he can go back to daycare tomorrow if he has no fever tonight.",
     "BLOCK", "result", "sms", "en",
     [("Tran", "NAME"), ("Lucas", "NAME"), ("flu swab", "PROCEDURE"), ("negative", "RESULT"), ("fever", "CONDITION")],
     ["pediatrics", "minor", "third-party", "negation"], "A dependent's negative result: BLOCK; the hypothetical fever about this child is labelled (decision 12)."),
    ("l0066", "This is the Tri-Valley Public Health results line with a message for Harriet Olsen, date of birth 02/09/1951. Please call 925-555-0110 about your recent test.",
     "BLOCK", "other", "voice", "en",
     [("Harriet Olsen", "NAME"), ("02/09/1951", "DATE"), ("925-555-0110", "PHONE")],
     ["general", "dob", "practice-contact"], "A full date of birth with a name is BLOCK (README), even in an otherwise content-free voicemail."),
    ("l0067", "To release your immunization record we need to verify your date of birth: we have 08/30/1986. Reply YES if correct, or call 360-555-0102.",
     "REWRITE", "other", "sms", "en",
     [("08/30/1986", "DATE"), ("360-555-0102", "PHONE")],
     ["general", "dob", "practice-contact"], "A date of birth without a name is REWRITE (README)."),
    ("l0068", "Subject: Immunization record — Lily Chen\n\nHello Mr. Chen,\n\nAs requested, here is the official immunization record for Lily Chen (DOB 04/17/2019) from the state registry:\n\nDTaP: 4 doses\nIPV: 3 doses\nMMR: 1 dose\nVaricella: 1 dose\nHep B: 3 doses\n\nShe still needs her 4–6 year boosters (DTaP #5, IPV #4, MMR #2, varicella #2) before kindergarten.\n\nWarm regards,\nJoanne Kessler, RN\nCedar Hills School District",
     "BLOCK", "other", "email", "en",
     [("Lily Chen", "NAME"), ("Mr. [[Chen]]", "NAME"), ("Lily Chen", "NAME", 1), ("04/17/2019", "DATE"),
      ("DTaP", "PROCEDURE"), ("IPV", "PROCEDURE"), ("MMR", "PROCEDURE"), ("Varicella", "PROCEDURE"), ("Hep B", "PROCEDURE"),
      ("DTaP", "PROCEDURE", 1), ("IPV", "PROCEDURE", 1), ("MMR", "PROCEDURE", 1), ("varicella", "PROCEDURE"),
      ("Joanne Kessler, RN", "PROVIDER")],
     ["pediatrics", "minor", "dob", "third-party"], "A child's full name with full date of birth, plus the full immunization history (decision 3): BLOCK."),
)

# ---------------------------------------------------------------- batch 5 (l0069-l0075): WIC and nutrition
add(
    ("l0069", "Pregnant, breastfeeding, or have kids under 5? You may qualify for WIC food benefits, even if you work. Apply at the Marion County Health Dept — walk-ins Tue and Thu.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Outreach to the public (decision 7: WIC in a broadcast is not labelled); 'pregnant' describes eligibility."),
    ("l0070", "Marion County WIC: Hi Yesenia, your recertification appointment is Tue 3/4 at 10:15. Bring Jaylen, proof of income, and your eWIC card.",
     "REWRITE", "reminder", "sms", "en",
     [("Marion County WIC", "SPECIALTY"), ("Yesenia", "NAME"), ("3/4", "DATE"), ("Jaylen", "NAME")],
     ["pediatrics", "minor"], "Decision 7 (judgement): the WIC office as sender reveals pregnancy/infant and income status; names go, date and time survive. 'eWIC card' without a number is not labelled."),
    ("l0071", "WIC del Condado de Hidalgo: Hola Guadalupe, su cita para la clase de lactancia es el jueves 12 de junio a las 11. Puede traer a su bebé.",
     "REWRITE", "reminder", "sms", "es",
     [("WIC del Condado de Hidalgo", "SPECIALTY"), ("Guadalupe", "NAME"), ("clase de lactancia", "PROCEDURE"), ("12 de junio", "DATE")],
     ["reproductive"], "Decision 7: WIC sender name SPECIALTY; the breastfeeding class is a named program visit (PROCEDURE)."),
    ("l0072", "Marion County WIC: please return your loaner breast pump (serial HP-55821-B) by 5/30, or call to extend the loan.",
     "REWRITE", "other", "sms", "en",
     [("Marion County WIC", "SPECIALTY"), ("breast pump", "PROCEDURE"), ("HP-55821-B", "DEVICE_ID"), ("5/30", "DATE")],
     ["reproductive", "identifier"], "Device (PROCEDURE per README) and its serial (DEVICE_ID) go; the return deadline survives."),
    ("l0073", "Hi, this is Carla with WIC nutrition. Jaylen's hemoglobin check today was 9.6, which is low. Please give him the iron drops his doctor prescribed, 1 mL once a day, and we'll recheck in 3 months.",
     "BLOCK", "result", "sms", "en",
     [("Carla", "PROVIDER"), ("WIC", "PROCEDURE"), ("Jaylen", "NAME"), ("hemoglobin check", "PROCEDURE"), ("9.6", "RESULT"), ("low", "RESULT"), ("iron drops", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A dependent's value and a dosing instruction: BLOCK. Decision 7: 'WIC' in running text is PROCEDURE."),
    ("l0074", "¿Está embarazada o tiene niños menores de 5 años? El programa WIC ofrece frutas, verduras, leche y apoyo con la lactancia sin costo. Pregunte en la recepción de cualquier centro de salud del condado.",
     "ALLOW", "marketing", "sms", "es", [],
     ["reproductive", "broadcast", "hard-negative"], "Public outreach; 'embarazada' and 'lactancia' describe eligibility, not the recipient (decision 7)."),
    ("l0075", "Free class: \"Eat Well, Spend Less\" — Thursdays in March at 6pm in the Eastside Library community room. Quick meals for busy families. No sign-up needed. Hosted by Marion County Health Dept nutrition staff.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Community class broadcast; a month name alone is not a date."),
)

# ---------------------------------------------------------------- batch 6 (l0076-l0083): travel clinics
add(
    ("l0076", "Wayfarer Travel Clinic: your pre-travel consult is Fri 4/11 at 3:00 with Dr. Ibsen. Bring your passport, itinerary and any vaccine records. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Wayfarer Travel Clinic", "SPECIALTY"), ("pre-travel consult", "PROCEDURE"), ("4/11", "DATE"), ("Dr. Ibsen", "PROVIDER")],
     ["primary-care"], "Decision 8 (judgement): travel-clinic name and named visit type go; provider, date and what to bring survive."),
    ("l0077", "Northside Health: for Thursday's visit, please bring your passport, your itinerary, and any shot records you have. Plan on about an hour.",
     "ALLOW", "reminder", "sms", "en", [],
     ["primary-care", "hard-negative"], "Pre-visit checklist from a generic practice; 'passport' without a number and 'shot records' are not PHI (decision 1)."),
    ("l0078", "Hi Tomasz, before your yellow fever vaccine on 9/2 we need to print your certificate. We have your passport number as KR4471920 — please reply to confirm it's correct. Wayfarer Travel Clinic, 414-555-0129",
     "REWRITE", "other", "email", "en",
     [("Tomasz", "NAME"), ("yellow fever vaccine", "PROCEDURE"), ("9/2", "DATE"), ("KR4471920", "OTHER_ID"), ("Wayfarer Travel Clinic", "SPECIALTY"), ("414-555-0129", "PHONE")],
     ["primary-care", "identifier", "practice-contact"], "Decision 10: a passport number is OTHER_ID; the request to confirm details survives without it (the patient can reply or call)."),
    ("l0079", "Clínica del Viajero: su Certificado Internacional de vacunación contra la fiebre amarilla ya está listo. Puede recogerlo en recepción de 9 a 5.",
     "REWRITE", "pickup", "sms", "es",
     [("Clínica del Viajero", "SPECIALTY"), ("vacunación contra la fiebre amarilla", "PROCEDURE")],
     ["primary-care"], "Decisions 2 and 8: the vaccine named by its disease is PROCEDURE; travel-clinic name SPECIALTY; the pickup survives."),
    ("l0080", "Hi Colette, you got your first rabies shot and the immune globulin today. Come back on days 3, 7 and 14 (3/21, 3/25, 4/1) for the rest of the series. If the bat is caught, call Animal Control.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Colette", "NAME"), ("rabies shot", "PROCEDURE"), ("immune globulin", "MEDICATION"), ("3/21", "DATE"), ("3/25", "DATE"), ("4/1", "DATE")],
     ["urgent-care"], "Post-exposure treatment given and its schedule (decision 3): the treatment is the message."),
    ("l0081", "Low-cost rabies vaccines for dogs and cats this Saturday 9–noon at the Harlan County Fairgrounds, $10 per pet. Dogs on leashes, cats in carriers. — Harlan County Animal Services",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Veterinary false friend: pet rabies vaccines from animal services."),
    ("l0082", "Sra. Aguilar: para la vacuna oral contra el cólera (Vaxchora), no coma ni beba nada 60 minutos antes y después de tomarla, y tómela al menos 10 días antes de su viaje. No tome antibióticos en los 14 días previos.",
     "BLOCK", "care-instructions", "email", "es",
     [("Aguilar", "NAME"), ("vacuna oral contra el cólera", "PROCEDURE"), ("Vaxchora", "MEDICATION"), ("antibióticos", "MEDICATION")],
     ["primary-care"], "How-to-take instructions for an oral vaccine (decision 3); e-mail is treated like SMS."),
    ("l0083", "Traveling this summer? Some destinations require vaccines at least 6 weeks before you go. Our travel nurse line is open weekdays 8–5.",
     "ALLOW", "marketing", "sms", "en", [],
     ["primary-care", "broadcast", "hard-negative"], "Seasonal broadcast; travel words in a message to everyone are not labelled."),
)

# ---------------------------------------------------------------- batch 7 (l0084-l0100): community health centers, hard negatives, records, results
add(
    ("l0084", "Haven't tried booking online yet? Give it a shot — it takes under a minute and you can pick any of our 4 locations. — Ridgeway Community Health Center",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Give it a shot' is an idiom."),
    ("l0085", "Ribbon cutting for our new Southside clinic is Friday at noon! A photographer will be taking shots of the event; let staff know if you'd rather not be photographed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Shots' are photographs."),
    ("l0086", "Good news: we installed a cell signal booster in the lobby, so your phone should work while you wait. The Wi-Fi password is at the front desk.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Booster' is a signal booster."),
    ("l0087", "Ridgeway CHC: starting Monday our Southside site is open 7:30am–6pm weekdays. Pharmacy, lab and immunization walk-in hours stay the same.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Hours broadcast; service names in a notice to everyone describe the site, not the recipient."),
    ("l0088", "Free community screening of the documentary \"Small Bodies, Big Germs\" at the Eastside Library, Thursday 6pm, followed by Q&A with our public health nurses. Popcorn provided!",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Screening' is a film showing."),
    ("l0089", "Subject: Measles in our region — what families should know\n\nDear Cedar Hills families,\n\nThe state has confirmed measles cases in two neighboring counties. There are no cases in our schools right now, but measles spreads easily, so we want every family to be ready.\n\n- Two doses of MMR vaccine are about 97% effective.\n- Symptoms start 7–21 days after exposure: high fever, cough, runny nose and red eyes, then a rash that starts on the face.\n- If someone at home has these symptoms, CALL your doctor before going in so others in the waiting room are not exposed.\n\nNot sure your child is up to date? Check at https://myrecords.cedarhills.example or ask your school nurse. Free MMR shots are available at all county clinics.\n\nCedar Hills School District Health Services\n(360) 555-0190",
     "ALLOW", "other", "email", "en",
     [("https://myrecords.cedarhills.example", "URL"), ("(360) 555-0190", "PHONE")],
     ["pediatrics", "broadcast", "practice-contact"], "Outbreak education to every family (decision 5); symptoms and vaccine names describe no one."),
    ("l0090", "Reminder: your appointment with Dr. Ng at Harbor Point Health Center is Mon 12/1 at 8:45am. Please bring proof of household income for our sliding-fee discount.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Ng", "PROVIDER"), ("12/1", "DATE")],
     ["primary-care"], "Provider, date and time at a generic community health center; the sliding-fee request is logistics."),
    ("l0091", "Clínica Comunitaria San Lucas: su cita con la Dra. Paredes es el viernes 5 de diciembre a las 2:30. Si necesita intérprete, avísenos con anticipación.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Paredes", "PROVIDER"), ("5 de diciembre", "DATE")],
     ["primary-care"], "Provider, date and time only."),
    ("l0092", "hi kendra its Lori from Dr Walsh office, ur 3rd gardasil shot is due, we can do it tmrw at 4 if u want. lmk",
     "REWRITE", "recall", "sms", "en",
     [("kendra", "NAME"), ("Lori", "PROVIDER"), ("Dr Walsh", "PROVIDER"), ("gardasil shot", "MEDICATION")],
     ["primary-care", "shorthand", "typo"], "Staff shorthand; a lower-case name and a lower-case vaccine brand with its form word (decision 1) go."),
    ("l0093", "Hi Wen, your hepatitis B surface antigen was positive and your viral load is 2,400 IU/mL. Dr. Amari wants to see you this week to talk about treatment. Please also have your household members tested.",
     "BLOCK", "result", "sms", "en",
     [("Wen", "NAME"), ("hepatitis B surface antigen", "PROCEDURE"), ("positive", "RESULT"), ("viral load", "PROCEDURE"), ("2,400 IU/mL", "RESULT"), ("Dr. Amari", "PROVIDER")],
     ["lab"], "Results and their consequences: BLOCK."),
    ("l0094", "Sr. Morales, su prueba de h\u0435patitis C salió reactiva. La Dra. Ruiz quiere verlo esta semana para hablar del tratamiento. Llame al 602-555-0113.",
     "BLOCK", "result", "sms", "es",
     [("Morales", "NAME"), ("prueba de h\u0435patitis C", "PROCEDURE"), ("reactiva", "RESULT"), ("Dra. Ruiz", "PROVIDER"), ("602-555-0113", "PHONE")],
     ["lab", "practice-contact"], "A reactive result; a Cyrillic 'е' (U+0435) disguises the test name."),
    ("l0095", "Your updated immunization record is attached: Tdap (2021), influenza (10/2024), COVID-19 (10/2024), Shingrix dose 1 (3/2025). Next due: Shingrix dose 2.",
     "ALLOW", "other", "portal", "en",
     [("Tdap", "PROCEDURE"), ("influenza", "PROCEDURE"), ("10/2024", "DATE"), ("COVID-19", "PROCEDURE"), ("10/2024", "DATE", 1), ("Shingrix", "MEDICATION"), ("3/2025", "DATE"), ("Shingrix", "MEDICATION", 1)],
     ["primary-care"], "Portal channel: a full history may stay (README). Decision 2: disease names standing for vaccines are PROCEDURE; month/year dates are DATE."),
    ("l0096", "Cedar Hills School Nurse: Zoe's record in the state registry (client ID 88120344) still shows only 1 varicella dose. Please bring proof of the 2nd dose by 9/15 or she can't start 1st grade.",
     "REWRITE", "other", "sms", "en",
     [("Zoe", "NAME"), ("88120344", "OTHER_ID"), ("varicella", "PROCEDURE"), ("9/15", "DATE")],
     ["pediatrics", "minor", "identifier"], "Decisions 2, 3 and 10: a missing routine dose is a due notice; the registry client ID is OTHER_ID; the deadline survives."),
    ("l0097", "Reminder: school picture day is Tuesday! Retakes in October. The school-based health center is open during lunch for sports physicals and flu shots, no appointment needed.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Broadcast; 'sports physicals' is generic and 'flu shots' is offered to everyone."),
    ("l0098", "This is an important message from the Harlan County Health Department. Because of the ice storm, all of today's immunization clinics are cancelled. Walk-in clinics will resume tomorrow at the usual times. Thank you.",
     "ALLOW", "other", "voice", "en", [],
     ["general", "broadcast", "hard-negative"], "Weather closure broadcast by voice."),
    ("l0099", "Subject: Appointment confirmation\n\nHello,\n\nThis confirms a COVID-19 vaccine appointment for Santiago Reyes on Saturday, 11/8 at 9:30 AM at Corner Drug, 220 Main St. Please bring his Medicaid card (ID 7719004452) and have him wear a short-sleeved shirt.\n\nCorner Drug Pharmacy Team\n(505) 555-0171",
     "REWRITE", "reminder", "email", "en",
     [("COVID-19 vaccine", "PROCEDURE"), ("Santiago Reyes", "NAME"), ("11/8", "DATE"), ("220 Main St", "ADDRESS"), ("7719004452", "HEALTH_PLAN_ID"), ("(505) 555-0171", "PHONE")],
     ["pharmacy", "minor", "identifier", "practice-contact"], "A child's vaccine appointment: name, vaccine and Medicaid ID (HEALTH_PLAN_ID) go; date, time and the pharmacy's own address and phone stay."),
    ("l0100", "Hi Noor, after today's vaccines Eli may run a fever. You can give him children's ibuprofen 7.5 mL every 6–8 hours as needed. Call us if it goes over 104.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Noor", "NAME"), ("Eli", "NAME"), ("fever", "CONDITION"), ("children's ibuprofen", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A dose instruction for a dependent: BLOCK. The hypothetical fever about this child is labelled (decision 12)."),
)

# ---------------------------------------------------------------- batch 8 (l0101-l0120): more Spanish, long e-mails, named exposures
add(
    ("l0101", "Este sábado: feria de salud en el parque Lincoln. Vacunas para niños y adultos, chequeo de presión y de azúcar gratis, y revisión de sillas de auto para bebés. ¡Los esperamos!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Health-fair broadcast; 'presión' and 'azúcar' are free checks offered to everyone; a park name is a public place."),
    ("l0102", "Buenos días, le llamamos de la Farmacia Santa Fe para recordarle que le toca la segunda dosis de su vacuna contra el herpes zóster este mes. Puede pasar sin cita. Gracias.",
     "REWRITE", "recall", "voice", "es",
     [("vacuna contra el herpes zóster", "PROCEDURE")],
     ["pharmacy"], "Decisions 1 and 3: a named vaccine due notice by voice; the recall survives without the vaccine name."),
    ("l0103", "Le informamos que el cultivo de su bebé Mía salió positivo para tos ferina. La Dra. Salas ya le mandó azitromicina; déle 2.5 ml una vez al día por 5 días.",
     "BLOCK", "result", "sms", "es",
     [("cultivo", "PROCEDURE"), ("Mía", "NAME"), ("positivo", "RESULT"), ("tos ferina", "CONDITION"), ("Dra. Salas", "PROVIDER"), ("azitromicina", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A dependent's positive result, diagnosis and dosing: BLOCK."),
    ("l0104", "Asunto: Cartilla de vacunación\n\nEstimada Sra. Fuentes:\n\nPara completar la inscripción de Emiliano en la guardería necesitamos su cartilla de vacunación actualizada. Puede enviarla por este medio o traerla a la oficina.\n\nSaludos,\nOficina de Salud Escolar\nDistrito Escolar de Valle Verde",
     "REWRITE", "other", "email", "es",
     [("Fuentes", "NAME"), ("Emiliano", "NAME")],
     ["pediatrics", "minor"], "Record request: only the names go; 'cartilla de vacunación' is generic (decision 1)."),
    ("l0105", "Valle Verde School District: school nurses will be at Hidalgo Elementary on Tuesday checking vaccine records. If anything is missing, we'll give you a free appointment at the county health center.",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Broadcast to all families; school and district names are not labelled (decision 9)."),
    ("l0106", "Hola Ernesto, recuerde regresar el jueves entre 2 y 4 para la lectura de su prueba de tuberculina (PPD). Es requisito para su trabajo.",
     "REWRITE", "reminder", "sms", "es",
     [("Ernesto", "NAME"), ("prueba de tuberculina", "PROCEDURE"), ("PPD", "PROCEDURE")],
     ["primary-care"], "Named test and name go; the return visit survives."),
    ("l0107", "Sra. Castillo, recuerde tomar su isoniazida 300 mg y la vitamina B6 todos los días por 9 meses. No tome alcohol. Su próxima visita con la enfermera es el 2 de mayo.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Castillo", "NAME"), ("isoniazida 300 mg", "MEDICATION"), ("vitamina B6", "MEDICATION"), ("2 de mayo", "DATE")],
     ["primary-care"], "Latent-TB treatment instructions: the dosing is the message."),
    ("l0108", "Departamento de Salud del Condado de Cameron: ¿Necesita su récord de vacunas? Pídalo en línea en https://cameronsalud.example/registro o llame al 956-555-0108. Es gratis.",
     "ALLOW", "marketing", "sms", "es",
     [("https://cameronsalud.example/registro", "URL"), ("956-555-0108", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Broadcast with the department's own link and number."),
    ("l0109", "Hola, Daniela: su certificado de vacunación COVID está listo. Descárguelo aquí: https://vacunas.example/c?token=Xq82LmP0",
     "REWRITE", "other", "sms", "es",
     [("Daniela", "NAME"), ("vacunación COVID", "PROCEDURE"), ("https://vacunas.example/c?token=Xq82LmP0", "URL")],
     ["general"], "Name, named vaccine and a tokened link go (README: token links are patient-specific)."),
    ("l0110", "Señora Ibarra: la niñera que cuidó a su hijo Tadeo el fin de semana, Marisol Núñez, tiene sarampión confirmado. Tadeo no tiene la vacuna triple viral, así que debe quedarse en casa hasta el 28 de abril. Llámenos si le da fiebre o sarpullido.",
     "BLOCK", "care-instructions", "email", "es",
     [("Ibarra", "NAME"), ("Tadeo", "NAME"), ("Marisol Núñez", "NAME"), ("sarampión", "CONDITION"), ("Tadeo", "NAME", 1), ("vacuna triple viral", "PROCEDURE"), ("28 de abril", "DATE"), ("fiebre", "CONDITION"), ("sarpullido", "CONDITION")],
     ["pediatrics", "minor", "third-party", "negation"], "Decision 4: an exposure tied to a named person's diagnosis, plus a dependent's quarantine; hypothetical symptoms about this child are labelled (decision 12)."),
    ("l0111", "Subject: Your second TB test\n\nDear Mr. Petrov,\n\nAs we discussed, you were identified as a close contact of a coworker at Harmon Foods who has infectious tuberculosis. Your first blood test (QuantiFERON) on 1/8 was negative, but it can take up to 10 weeks after exposure to turn positive, so you need a second test on or after 3/5.\n\nPlease come to the Hollis County TB Program clinic, 88 Court St, Suite 2, any weekday 8–11am. No appointment needed; the test is free.\n\nIf you develop a cough lasting more than 3 weeks, night sweats or weight loss before then, call me right away.\n\nIf the second test is also negative, you will not need any more testing for this exposure. If it is positive, we will arrange a chest x-ray and talk with you about treatment options, which are free through our program. Please bring a photo ID and this letter to your visit.\n\nEvelyn Marsh, RN\nHollis County TB Program\n(606) 555-0143",
     "BLOCK", "result", "email", "en",
     [("Petrov", "NAME"), ("tuberculosis", "CONDITION"), ("QuantiFERON", "PROCEDURE"), ("1/8", "DATE"), ("negative", "RESULT"), ("3/5", "DATE"),
      ("Hollis County TB Program", "SPECIALTY"), ("88 Court St, Suite 2", "ADDRESS"), ("cough", "CONDITION"), ("night sweats", "CONDITION"), ("weight loss", "CONDITION"),
      ("chest x-ray", "PROCEDURE"), ("Evelyn Marsh, RN", "PROVIDER"), ("Hollis County TB Program", "SPECIALTY", 1), ("(606) 555-0143", "PHONE")],
     ["primary-care", "third-party", "negation", "practice-contact"], "A negative result plus an exposure to an identifiable coworker (decision 4). 'to turn positive' and 'if the second test is also negative' are hypothetical outcomes, not results, so they are not labelled, while the planned chest x-ray and the symptoms to watch for are this patient's care (decision 12); the employer name is not an identifier."),
    ("l0112", "Subject: Your RSV vaccine appointment at Harbor Pharmacy\n\nHi Gloria Mendes,\n\nThanks for booking your RSV vaccine with us! Here are the details:\n\nWhen: Wednesday, 10/22 at 2:15 PM\nWhere: Harbor Pharmacy, 1450 Shore Rd, Portland, ME 04103\nPharmacist: Dana Whitfield, PharmD\n\nPlease bring your Medicare card. We have your Medicare number on file as 3HK7-RP2-WX41; if it has changed, bring the new card so we can bill correctly.\n\nRead the Vaccine Information Statement ahead of time at https://harborpharmacy.example/vis and plan to stay 15 minutes after your shot.\n\nNeed to reschedule? Reply to this email or call (207) 555-0182.\n\nHarbor Pharmacy Immunization Team",
     "REWRITE", "reminder", "email", "en",
     [("RSV vaccine", "PROCEDURE"), ("Gloria Mendes", "NAME"), ("RSV vaccine", "PROCEDURE", 1), ("10/22", "DATE"), ("1450 Shore Rd, Portland, ME 04103", "ADDRESS"),
      ("Dana Whitfield, PharmD", "PROVIDER"), ("3HK7-RP2-WX41", "HEALTH_PLAN_ID"), ("https://harborpharmacy.example/vis", "URL"), ("(207) 555-0182", "PHONE")],
     ["pharmacy", "identifier", "practice-contact"], "Name, named vaccine and Medicare number (HEALTH_PLAN_ID) go; date, time, the pharmacy's own address, link and phone stay."),
    ("l0113", "Happy Friday from Ridgeway Community Health Center! Our Booster Club 5K raises money for free school supplies for local kids. Sign up at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Booster Club' is a fundraiser."),
    ("l0114", "Hi Raj, since you had hives after your first Heplisav-B dose, Dr. Cole wants you to get dose 2 in the clinic with a 30-minute wait, and to take cetirizine 10mg an hour before.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Raj", "NAME"), ("hives", "CONDITION"), ("Heplisav-B", "MEDICATION"), ("Dr. Cole", "PROVIDER"), ("cetirizine 10mg", "MEDICATION")],
     ["primary-care"], "A vaccine reaction and a pre-medication instruction (decision 3): BLOCK."),
    ("l0115", "Hi Aisha — Wayfarer Travel Clinic here. Your hep A and typhoid shots are booked for 5/2 at 10:40 with NP Osei. Bring your itinerary; the visit takes about 45 minutes.",
     "REWRITE", "reminder", "email", "en",
     [("Aisha", "NAME"), ("Wayfarer Travel Clinic", "SPECIALTY"), ("hep A", "PROCEDURE"), ("typhoid shots", "PROCEDURE"), ("5/2", "DATE"), ("NP Osei", "PROVIDER")],
     ["primary-care"], "Decisions 2 and 8: vaccines named by disease are PROCEDURE; travel-clinic name SPECIALTY; date, time and provider stay."),
    ("l0116", "Hi, this is Deb from Harbor Point Health Center returning your call about your shot records. They're ready to pick up at the front desk, or we can mail them. Our number is 207-555-0114.",
     "ALLOW", "other", "voice", "en",
     [("Deb", "PROVIDER"), ("207-555-0114", "PHONE")],
     ["primary-care", "practice-contact"], "Staff sender (PROVIDER) and the practice's number; 'shot records' is generic (decision 1)."),
    ("l0117", "Hi Jordan, you're due for your meningitis B vaccine before you leave for college. Dr. Fox has openings on 6/9 and 6/10 — reply with the day that works.",
     "REWRITE", "recall", "sms", "en",
     [("Jordan", "NAME"), ("meningitis B vaccine", "PROCEDURE"), ("Dr. Fox", "PROVIDER"), ("6/9", "DATE"), ("6/10", "DATE")],
     ["pediatrics"], "A named vaccine due notice (decision 1): name and vaccine go, provider and dates stay."),
    ("l0118", "Your husband Paul tested positive for COVID on 12/2. Since you live together, test on day 5 (12/7) and wear a mask around others until 12/12.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Paul", "NAME"), ("positive", "RESULT"), ("COVID", "CONDITION"), ("12/2", "DATE"), ("12/7", "DATE"), ("12/12", "DATE")],
     ["general", "third-party"], "A named third party's result and the recipient's exposure instructions (decision 4)."),
    ("l0119", "Subject: Free flu & COVID-19 vaccine clinics — fall schedule\n\nHello from Ridgeway Community Health Center!\n\nOur free community vaccine clinics are back. Everyone 6 months and older is welcome; insurance is not required and we never ask about immigration status.\n\nSat 10/4, 9am–1pm — Ridgeway CHC Main, 1200 Penn Ave, Ridgeway, PA 15230\nSat 10/11, 9am–1pm — Hill Branch Library\nThu 10/16, 3–7pm — Carver Heights High School cafeteria\n\nBring your vaccine card if you have one (we can look up your record if you don't). Kids under 18 need a parent or guardian. Spanish and Nepali interpreters will be on site, and all three sites have free parking.\n\nCan't make it? Our walk-in immunization hours at the Main site are Monday to Friday, 8:30 to 4:30, with evening hours on Thursdays until 7. Pharmacies in the area also offer vaccines, and most insurance plans cover them at no cost.\n\nQuestions? Call (412) 555-0125 or visit https://ridgewaychc.example/vaccines.\n\nSee you there!",
     "ALLOW", "marketing", "email", "en",
     [("10/4", "DATE"), ("1200 Penn Ave, Ridgeway, PA 15230", "ADDRESS"), ("10/11", "DATE"), ("10/16", "DATE"), ("(412) 555-0125", "PHONE"), ("https://ridgewaychc.example/vaccines", "URL")],
     ["general", "broadcast", "practice-contact"], "Clinic-day broadcast with the center's own address, phone and link; event dates are labelled DATE but allowed; public venues are not labelled (decision 5)."),
    ("l0120", "Hi Andre, your mpox swab came back positive. Please stay home and keep the lesions covered until they scab over; Nurse Kim will call you today about TPOXX.",
     "BLOCK", "result", "sms", "en",
     [("Andre", "NAME"), ("mpox swab", "PROCEDURE"), ("positive", "RESULT"), ("lesions", "CONDITION"), ("Nurse Kim", "PROVIDER"), ("TPOXX", "MEDICATION")],
     ["hiv-sexual-health"], "A positive result, a finding and a treatment: BLOCK."),
)

probe_lib.run(M, "l", "probe23.jsonl")
