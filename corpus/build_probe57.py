#!/usr/bin/env python3
"""Build corpus/probe57.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe57.py [OUT] [-v]   (default: probe57.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus the module
docstring and first batch of build_probe7.py for the script format only; the engine was not run
and no other corpus's messages were read).
This round is PEDIATRIC SPECIALTIES AND CHILD DEVELOPMENT: what developmental-behavioral
pediatrics, early intervention programs, NICU follow-up clinics, pediatric subspecialists
(endocrinology, GI, neurology, cardiology, eye, audiology, dental), feeding and speech clinics,
ADHD and autism evaluation centers, school nurses and pediatric/family practices send to parents
and guardians: evaluation scheduling, intake questionnaires (Vanderbilt, M-CHAT, ASQ-3), therapy
sessions, IEP/IFSP/504 paperwork, growth checks, formula and feeding plans, stimulant refills and
prior authorizations, hearing and vision screens, school forms, vaccine catch-up. Logistics that
may go as written, messages that may go once a child's name, service, procedure, drug or
identifier is removed, and messages that must not go by text (a child's diagnosis, screening
result, growth percentile, dose, behavior report, a sibling's or parent's health). Hard negatives:
"development" of a building or an app, "growth" of a practice, "behavior" policies for everyone,
"screen time" tips, school events, "shots" in sports and photos, "formula" in math and in a fee
schedule, toy drives. 20% Spanish; 4 disguised messages (leet, spaced letters, zero-width
characters, a Cyrillic look-alike).

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "was [[9]] (" searches for "was 9 (" and labels
      only the bracketed part "9".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Pediatric practice names (... Pediatrics, ... Children's Neurology, ... Early Intervention,
     ... Pediatric Therapy, NICU follow-up clinic, a feeding or speech clinic, a center named
     after ADHD or autism) are specialty-revealing: one SPECIALTY span for the whole name, and a
     dependent's logistics under such a name are REWRITE (README: "a specialty name is REWRITE").
  2. A dependent's procedure, therapy or test logistics (speech therapy, EEG, sedated MRI,
     stimulation test, Holter return, dilated exam) with a name are REWRITE like the patient's own:
     the README's dependent BLOCK list names condition, medication and result. A condition used as
     the visit label for a dependent (ADHD med check, autism evaluation) is BLOCK, following the
     README's `Sofia's asthma check` example.
  3. Screening questionnaires and scales (M-CHAT-R, ASQ-3, Vanderbilt, ADOS-2) are PROCEDURE and
     their scores RESULT (like A1c / BI-RADS); asking a parent to fill one in is REWRITE.
  4. IEP, IFSP, 504 plan and Early Intervention (EI) are PROCEDURE (programs and plans that
     reveal a disability); "school forms", "kindergarten form", "health form" stay generic.
  5. Observed behaviors in a behavior or therapy report (tantrums, biting, leaving the seat, not
     combining words) are CONDITION, like symptoms.
  6. Therapeutic and specialty formulas and supplements used as products (Neocate, Alimentum,
     NeoSure, PediaSure, glucose tabs) are MEDICATION; ordinary "formula", juice or whole milk is
     not labelled. A calorie density written right after the product goes with it.
  7. A pickup notice naming a product but addressed to the recipient ("your order") with no child
     referred to is read as the recipient's own pickup: REWRITE. Once the child is named or
     referred to, the README's dependent rule makes it BLOCK.
  8. Generic prep and fasting instructions (nothing to eat after midnight, wash hair, bring
     sunglasses) carry no drug or dose: logistics, not treatment instructions; they do not by
     themselves make a message BLOCK.
  9. Practice-wide illness policies with hypothetical symptoms ("if your child has a fever") are
     not labelled (negation tag); symptoms that are about the recipient's child are CONDITION.
 10. "Baby Boy Okonjo": NAME covers the surname only; "Baby Boy" is treated like a title.
 11. School staff named as the sender (school nurse, health aide) are workforce -> PROVIDER, as
     the README says for practice staff; a school's own name is not labelled; school messages are
     judged by the same default policy as a practice's.
 12. Role words and credentials of pediatric therapy disciplines (OT, SLP, CCC-SLP, terapeuta
     ocupacional, nutrióloga, eye doctor) are SPECIALTY; an "Infusion Suite" location is SPECIALTY.
 13. Named vaccines for a dependent (MMR, Hep A, flu shot) and "vaccines" as the dependent's own
     visit type are PROCEDURE (REWRITE); vaccine clinics and record deadlines broadcast to every
     family are ALLOW with no span.
 14. A practice URL whose path names a test is labelled URL only (spans do not nest).
 15. "ADHD clinic" with no child referred to is a condition used as a clinic label (CONDITION,
     "clinic" outside, like `clínica de VIH`) -> REWRITE; the recipient may be an adult patient.
 16. A parent's own condition or medication in a message about the children is BLOCK (a diagnosis
     or treatment instruction), tagged third-party because the children are the subject.
 17. Medicaid member IDs are HEALTH_PLAN_ID; growth check, weight check, weigh-in and "control de
     crecimiento" are PROCEDURE (named visit types).

Everything is invented: names, practices, schools, 555-01xx numbers, example domains, identifiers.
Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (bh0001-bh0012): evaluations, intake questionnaires
add(
    ("bh0001", "Reminder: your child's appointment with Dr. Okafor is Tue 3/10 at 3:45 PM. Please arrive 15 min early to complete paperwork. Reply C to confirm, R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("3/10", "DATE")],
     ["pediatrics", "minor"], "Provider, date and time only; 'your child' names no one and no service."),
    ("bh0002", "Sunny Days Pediatrics: Maya's 18-month well-child visit is Thu 4/2 at 9:20am with Dr. Lindqvist. Please complete the M-CHAT-R in the portal before the visit.",
     "REWRITE", "reminder", "sms", "en",
     [("Sunny Days Pediatrics", "SPECIALTY"), ("Maya", "NAME"), ("well-child", "PROCEDURE"), ("4/2", "DATE"), ("Dr. Lindqvist", "PROVIDER"), ("M-CHAT-R", "PROCEDURE")],
     ["pediatrics", "minor"], "Dependent's logistics with a name, a routine visit type and a named autism screening questionnaire: removable (decisions 1 and 3)."),
    ("bh0003", "Hi Ms. Ferreira, Dr. Nakamura reviewed Elijah's M-CHAT. His score was 9 (high risk), so we're referring him for a full developmental evaluation. Our referral coordinator will call you this week.",
     "BLOCK", "result", "sms", "en",
     [("Ferreira", "NAME"), ("Dr. Nakamura", "PROVIDER"), ("Elijah", "NAME"), ("M-CHAT", "PROCEDURE"), ("was [[9]] (", "RESULT"), ("high risk", "RESULT"), ("developmental evaluation", "PROCEDURE")],
     ["pediatrics", "minor", "third-party"], "A dependent's screening score and risk finding are a result: removal leaves nothing to send (decision 3)."),
    ("bh0004", "Hi! Before Owen's visit on 2/19, please have two of his teachers complete the Vanderbilt Teacher Assessment: https://forms.example.org/vanderbilt-teacher (no login needed). They can fax it to 555-0143 or e-mail intake@elmstreetclinic.example.\n\nThanks,\nElm Street Clinic",
     "REWRITE", "other", "email", "en",
     [("Owen", "NAME"), ("2/19", "DATE"), ("Vanderbilt Teacher Assessment", "PROCEDURE"), ("https://forms.example.org/vanderbilt-teacher", "URL"), ("555-0143", "FAX"), ("intake@elmstreetclinic.example", "EMAIL")],
     ["pediatrics", "behavioral-health", "minor", "practice-contact"], "Name and the ADHD rating scale go (decision 3); the practice's fax and e-mail stay. The form link's path names the scale, labelled URL only (decision 14)."),
    ("bh0005", "Elm Street Clinic: Your intake packet is ready. Please fill it out at least 2 days before your visit: https://elmstreetclinic.example/forms. Questions? Call 555-0147.",
     "ALLOW", "other", "sms", "en",
     [("https://elmstreetclinic.example/forms", "URL"), ("555-0147", "PHONE")],
     ["primary-care", "practice-contact"], "Generic practice name, the practice's own form page and phone."),
    ("bh0006", "Hola, le recordamos que la evaluación del desarrollo de Sofía es el jueves 12 de marzo a las 10:00 con la Dra. Villarreal. Traiga el cuestionario ASQ-3 ya contestado. Responda SI para confirmar.",
     "REWRITE", "reminder", "sms", "es",
     [("evaluación del desarrollo", "PROCEDURE"), ("Sofía", "NAME"), ("12 de marzo", "DATE"), ("Dra. Villarreal", "PROVIDER"), ("ASQ-3", "PROCEDURE")],
     ["pediatrics", "minor"], "Dependent's name, the developmental evaluation and the named questionnaire go; date, time and provider survive (decisions 2 and 3)."),
    ("bh0007", "ASQ-3 results for Lucas: communication and fine motor scores fell below the cutoff. Dr. Beaumont recommends an Early Intervention referral - we'll mail you the form.",
     "BLOCK", "result", "sms", "en",
     [("ASQ-3", "PROCEDURE"), ("Lucas", "NAME"), ("below the cutoff", "RESULT"), ("Dr. Beaumont", "PROVIDER"), ("Early Intervention", "PROCEDURE")],
     ["pediatrics", "minor", "third-party"], "A dependent's screening result and the referral it triggers are the message itself."),
    ("bh0008", "Thanks! Your appointment is confirmed for Mon 1/26 at 8:00 AM with Dr. Haddad. Parking is free in the garage on level 2.",
     "ALLOW", "confirmation", "sms", "en",
     [("1/26", "DATE"), ("Dr. Haddad", "PROVIDER")],
     ["pediatrics"], "Confirmation with date, time, provider and parking only."),
    ("bh0009", "Reminder from Kidsteps Developmental Pediatrics: intake appt Wed 11/18 @ 1pm. Pls bring any prior evals, report cards & the completed parent questionnaire. Questions? 555-0152",
     "REWRITE", "reminder", "sms", "en",
     [("Kidsteps Developmental Pediatrics", "SPECIALTY"), ("11/18", "DATE"), ("555-0152", "PHONE")],
     ["pediatrics", "behavioral-health", "shorthand", "practice-contact"], "Developmental-pediatrics practice name reveals the service (decision 1); the rest is logistics."),
    ("bh0010", "Dear Mr. and Mrs. Whitfield,\n\nThank you for bringing Harper to Cedar Hill Developmental-Behavioral Pediatrics last Tuesday. As we discussed at the feedback session, Harper's results on the ADOS-2 and the parent interview meet criteria for autism spectrum disorder, level 1. Her language and cognitive scores were in the average range.\n\nOur recommendations: 15-20 hours per week of ABA therapy, weekly speech therapy focused on social communication, and a school observation before her IEP review. The full written report will be in the portal within 10 business days.\n\nPlease call 555-0149 with any questions. We know this is a lot to take in, and we're here to help.\n\nWarmly,\nDr. Imogen Reyes-Hart, PhD\nCedar Hill Developmental-Behavioral Pediatrics",
     "BLOCK", "result", "email", "en",
     [("Whitfield", "NAME"), ("Harper", "NAME"), ("Cedar Hill Developmental-Behavioral Pediatrics", "SPECIALTY"), ("Harper", "NAME", 1), ("ADOS-2", "PROCEDURE"), ("autism spectrum disorder", "CONDITION"), ("level 1", "RESULT"), ("average range", "RESULT"), ("ABA therapy", "PROCEDURE"), ("speech therapy", "PROCEDURE"), ("IEP", "PROCEDURE"), ("555-0149", "PHONE"), ("Dr. Imogen Reyes-Hart, PhD", "PROVIDER"), ("Cedar Hill Developmental-Behavioral Pediatrics", "SPECIALTY", 1)],
     ["pediatrics", "behavioral-health", "minor", "third-party"], "A child's new diagnosis, its severity level and the treatment plan by e-mail (treated like SMS): nothing survives removal."),
    ("bh0011", "Our new family app is still in development - thanks for your patience! Until it launches, please request appointments by calling the front desk during office hours.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "hard-negative"], "'Development' of an app, not of a child."),
    ("bh0012", "Hi, this is Tamsin from the ADHD clinic scheduling team. We had a cancellation for an evaluation on Fri 2/6 at 2:30. Reply YES to take it.",
     "REWRITE", "other", "sms", "en",
     [("Tamsin", "PROVIDER"), ("ADHD", "CONDITION"), ("2/6", "DATE")],
     ["behavioral-health", "pediatrics"], "Judgement (decision 15): no child is referred to, so the condition works as a clinic label and can be removed, like 'clínica de VIH'; the staff sender is PROVIDER."),
)

# ---------------------------------------------------------------- batch 2 (bh0013-bh0024): early intervention, therapy sessions
add(
    ("bh0013", "Recordatorio: su cita es el lunes 9 de febrero a las 4:15 pm con el Dr. Ibarra. Si no puede asistir, llame al 555-0160. Responda C para confirmar.",
     "ALLOW", "reminder", "sms", "es",
     [("9 de febrero", "DATE"), ("Dr. Ibarra", "PROVIDER"), ("555-0160", "PHONE")],
     ["pediatrics", "practice-contact"], "Fecha, hora, médico y teléfono de la clínica: nada revela el servicio ni al paciente."),
    ("bh0014", "Little Acorns Early Intervention: Your home visit with Kendra (OT) is Tuesday at 10am. Please have Mateo's favorite snack and his high chair ready.",
     "REWRITE", "reminder", "sms", "en",
     [("Little Acorns Early Intervention", "SPECIALTY"), ("Kendra", "PROVIDER"), ("OT", "SPECIALTY"), ("Mateo", "NAME")],
     ["pediatrics", "home-health", "minor"], "EI program name and the therapist's discipline reveal a delay (decisions 1 and 12); the child's name goes; the visit time survives."),
    ("bh0015", "Reminder: Jonah's sp33ch th3rapy session is moved to Thu 10/8 at 4pm. Same room as last week. Reply OK.",
     "REWRITE", "reminder", "sms", "en",
     [("Jonah", "NAME"), ("sp33ch th3rapy", "PROCEDURE"), ("10/8", "DATE")],
     ["pediatrics", "minor", "leet"], "Leetspeak therapy name; a dependent's therapy logistics are REWRITE (decision 2)."),
    ("bh0016", "From Ms. Greer, SLP: Ava did great today! Homework this week: practice /s/ blends 5 min a day, and keep using the picture board at meals since she's still not combining words.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Ms. Greer", "PROVIDER"), ("SLP", "SPECIALTY"), ("Ava", "NAME"), ("picture board", "PROCEDURE"), ("not combining words", "CONDITION")],
     ["pediatrics", "minor", "third-party"], "A therapy report and home program about a child's language delay: treatment instructions and a finding (decision 5)."),
    ("bh0017", "Screen time tip of the week: try a 'phones in the basket' rule at dinner, and keep tablets and TVs out of bedrooms an hour before sleep. More tips in this month's newsletter!",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "General parenting tip sent to everyone; 'screen' is not a screening."),
    ("bh0018", "Sra. Ramos, la terapeuta ocupacional dice que Diego tuvo dos berrinches fuertes hoy y mordió a un compañero en la sesión. Vamos a repasar el plan de conducta la próxima vez.",
     "BLOCK", "other", "sms", "es",
     [("Ramos", "NAME"), ("terapeuta ocupacional", "SPECIALTY"), ("Diego", "NAME"), ("berrinches fuertes", "CONDITION"), ("mordió a un compañero", "CONDITION"), ("plan de conducta", "PROCEDURE")],
     ["pediatrics", "behavioral-health", "minor", "third-party"], "Informe de conducta de un niño: las conductas observadas son CONDITION (decisión 5); no queda nada que enviar."),
    ("bh0019", "Bright Path ABA: Therapist Jordan will arrive at 3:30 today for Leo's session. Please text back if anyone at home is sick.",
     "REWRITE", "reminder", "sms", "en",
     [("Bright Path ABA", "SPECIALTY"), ("Therapist Jordan", "PROVIDER"), ("Leo", "NAME")],
     ["pediatrics", "behavioral-health", "home-health", "minor"], "An ABA provider's name reveals an autism service (decision 1); the visit time survives."),
    ("bh0020", "Parent Workshop Series: \"Raising Kids with a Growth Mindset\"\n\nThursday, 6:30-7:30 pm in our community room. Free childcare for ages 3 and up, plus snacks and coffee. Space is limited, so RSVP by replying to this e-mail.\n\nSee you there!",
     "ALLOW", "marketing", "email", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "'Growth' mindset workshop for all families; no one's health."),
    ("bh0021", "Hello, this is the scheduling line at Tri-County Early Intervention calling for the parent of Aaliyah Brooks. Your service coordinator visit is set for March third at eleven a.m. Press 1 to confirm or 2 to reschedule.",
     "REWRITE", "reminder", "voice", "en",
     [("Tri-County Early Intervention", "SPECIALTY"), ("Aaliyah Brooks", "NAME"), ("March third", "DATE")],
     ["pediatrics", "minor"], "Voice treated like SMS: program name and child's name go; the spoken date survives."),
    ("bh0022", "EI update: Noelle's eligibility eval found a 30% delay in gross motor skills, so she qualifies for services. Kimberly (service coordinator) will call re: scheduling the IFSP meeting.",
     "BLOCK", "result", "sms", "en",
     [("EI", "PROCEDURE"), ("Noelle", "NAME"), ("eligibility eval", "PROCEDURE"), ("30% delay in gross motor skills", "RESULT"), ("qualifies for services", "RESULT"), ("Kimberly", "PROVIDER"), ("IFSP", "PROCEDURE")],
     ["pediatrics", "minor", "third-party", "shorthand"], "A dependent's evaluation finding and eligibility outcome (decision 4 for EI and IFSP)."),
    ("bh0023", "Your child's provider is running about 20 minutes behind today. Sorry for the wait! Reply STOP to opt out of texts.",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "minor"], "Delay notice with no name, service or date."),
    ("bh0024", "¡Buenas tardes! Le recuerda Pasitos Intervención Temprana: la sesión de terapia del habla de Camila es mañana a las 9. Tenga listo el cuaderno de actividades, por favor.",
     "REWRITE", "reminder", "sms", "es",
     [("Pasitos Intervención Temprana", "SPECIALTY"), ("terapia del habla", "PROCEDURE"), ("Camila", "NAME")],
     ["pediatrics", "minor"], "Nombre del programa, terapia y nombre de la niña se quitan; queda la hora (decisiones 1 y 2)."),
)

# ---------------------------------------------------------------- batch 3 (bh0025-bh0036): NICU follow-up and subspecialists
add(
    ("bh0025", "NICU Graduate Follow-Up Clinic: Reminder for Ezra's visit on 5/7 at 1:30 PM. Plan for 2-3 hours (developmental testing + hearing check). Park in Garage B.",
     "REWRITE", "reminder", "sms", "en",
     [("NICU Graduate Follow-Up Clinic", "SPECIALTY"), ("Ezra", "NAME"), ("5/7", "DATE"), ("developmental testing", "PROCEDURE"), ("hearing check", "PROCEDURE")],
     ["pediatrics", "minor"], "NICU clinic name reveals a premature or sick newborn (decision 1); tests are a dependent's procedures (decision 2)."),
    ("bh0026", "Hi, it's Dr. Castellanos from peds endo. Wren's bone age x-ray came back about 2 years behind her actual age, which fits with constitutional delay of growth. No treatment needed - we'll recheck her height in 6 months.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Castellanos", "PROVIDER"), ("peds endo", "SPECIALTY"), ("Wren", "NAME"), ("bone age x-ray", "PROCEDURE"), ("about 2 years behind her actual age", "RESULT"), ("constitutional delay of growth", "CONDITION")],
     ["pediatrics", "imaging", "minor", "third-party", "negation", "shorthand"], "A child's x-ray finding and diagnosis; 'no treatment needed' does not make it less of a result."),
    ("bh0027", "Growth check today: Theo is 101 cm (8th percentile) and 15.2 kg (12th percentile). Keep up whole milk 16 oz/day plus 3 snacks, and we'll recheck in 3 months.",
     "BLOCK", "result", "sms", "en",
     [("Growth check", "PROCEDURE"), ("Theo", "NAME"), ("101 cm", "RESULT"), ("8th percentile", "RESULT"), ("15.2 kg", "RESULT"), ("12th percentile", "RESULT")],
     ["pediatrics", "minor", "third-party", "contrast"], "Growth measurements and percentiles of a child are results (decision 17 for 'growth check')."),
    ("bh0028", "Growth check today: Theo is 101 cm (8th percentile) and 15.2 kg (12th percentile). Keep up whole milk 16 oz/day plus 3 snacks, and we'll recheck in 3 months.",
     "ALLOW", "result", "portal", "en",
     [("Growth check", "PROCEDURE"), ("Theo", "NAME"), ("101 cm", "RESULT"), ("8th percentile", "RESULT"), ("15.2 kg", "RESULT"), ("12th percentile", "RESULT")],
     ["pediatrics", "minor", "third-party", "contrast"], "Same text inside the secure portal: results may stay (README channel convention)."),
    ("bh0029", "Pediatric Cardiology of the Valley: Appt reminder for Isla on Mon 6/15 at 10:40 with Dr. Sørensen. An echo may be done at this visit, so allow 90 minutes.",
     "REWRITE", "reminder", "sms", "en",
     [("Pediatric Cardiology of the Valley", "SPECIALTY"), ("Isla", "NAME"), ("6/15", "DATE"), ("Dr. Sørensen", "PROVIDER"), ("echo", "PROCEDURE")],
     ["cardiology", "pediatrics", "minor"], "Cardiology practice name, child's name and test go; date, time and provider stay."),
    ("bh0030", "Hi Gwen,\n\nHere's the plan Dr. Abernathy (Pediatric GI) went over today for Rowan's constipation:\n- MiraLAX 1 capful (17 g) in 8 oz of water or juice every day. If stools are still hard after a week, go up to 1.5 capfuls.\n- Toilet sit for 5 minutes after breakfast and dinner, feet on a stool.\n- Aim for 5 servings of fruit/veg and 4 cups of water.\n\nWe'll check in by phone in 2 weeks. Call sooner if there's belly swelling, vomiting or blood in the stool.\n\nThanks,\nPediatric GI nursing team",
     "BLOCK", "care-instructions", "email", "en",
     [("Gwen", "NAME"), ("Dr. Abernathy", "PROVIDER"), ("Pediatric GI", "SPECIALTY"), ("Rowan", "NAME"), ("constipation", "CONDITION"), ("MiraLAX", "MEDICATION"), ("Pediatric GI", "SPECIALTY", 1)],
     ["pediatrics", "minor", "third-party"], "A child's diagnosis with a dosing plan. Warning signs in the last sentence are hypothetical and not labelled (decision 9)."),
    ("bh0031", "Reminder: Beckett has a sedated MRI at Children's Imaging Center on 2/24. Check-in is 7:00 AM. Nothing to eat after midnight; clear liquids OK until 5 AM. One parent may stay until he's asleep.",
     "REWRITE", "reminder", "sms", "en",
     [("Beckett", "NAME"), ("sedated MRI", "PROCEDURE"), ("Children's Imaging Center", "SPECIALTY"), ("2/24", "DATE")],
     ["imaging", "pediatrics", "minor"], "Name, test and imaging-center name go; generic fasting instructions carry no drug or dose and may stay (decisions 2 and 8)."),
    ("bh0032", "Thanks to families like yours, our practice keeps growing! Starting next month we'll be open Saturdays 8 am-noon. Book online or call during business hours.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Growing' is the practice's growth, not a child's."),
    ("bh0033", "Hola Sr. Quiroga, la Dra. Montalvo (neuróloga) quiere que le suba la dosis de levetiracetam a Valentina a 250 mg dos veces al día a partir de hoy. Si tiene otra convulsión que dure más de 5 minutos, llame al 911.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Quiroga", "NAME"), ("Dra. Montalvo", "PROVIDER"), ("neuróloga", "SPECIALTY"), ("levetiracetam", "MEDICATION"), ("Valentina", "NAME"), ("convulsión", "CONDITION")],
     ["pediatrics", "minor", "third-party"], "Cambio de dosis de un anticonvulsivo para una niña: instrucción de tratamiento; 911 no es un teléfono identificador."),
    ("bh0034", "Reminder from Lakeshore Children's Neurology: Gabriel's EEG is Thu 9/3 at 8:00 AM. Please wash his hair the night before with shampoo only (no conditioner or gel). Allow 2 hours.",
     "REWRITE", "reminder", "sms", "en",
     [("Lakeshore Children's Neurology", "SPECIALTY"), ("Gabriel", "NAME"), ("EEG", "PROCEDURE"), ("9/3", "DATE")],
     ["pediatrics", "minor"], "Neurology name, child and test go; hair-washing prep is generic (decisions 2 and 8). 'conditioner' is not a condition."),
    ("bh0035", "Your appointment with Dr. Adeyemi is tomorrow at 11:20 AM at our Westfield office, 2200 Commerce Pkwy, Suite 310. Running late? Call 555-0171 and we'll do our best to keep your spot.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Adeyemi", "PROVIDER"), ("2200 Commerce Pkwy, Suite 310", "ADDRESS"), ("555-0171", "PHONE")],
     ["pediatrics", "practice-contact"], "The practice's own address and phone are not patient identifiers."),
    ("bh0036", "Hi Mrs. Delacroix - since you mentioned you were diagnosed with celiac disease last year, Dr. Whitcombe would like to screen both Jasper and Lila with a tTG blood test at their next checkups.",
     "BLOCK", "other", "sms", "en",
     [("Delacroix", "NAME"), ("celiac disease", "CONDITION"), ("Dr. Whitcombe", "PROVIDER"), ("Jasper", "NAME"), ("Lila", "NAME"), ("tTG blood test", "PROCEDURE")],
     ["pediatrics", "minor", "third-party"], "A parent's diagnosis is the reason for the children's testing: removal leaves nothing (decision 16)."),
)

# ---------------------------------------------------------------- batch 4 (bh0037-bh0048): feeding clinics, formula, school nurse
add(
    ("bh0037", "Your order of Neocate Infant (4 cans) is ready for pickup at the Feeding Clinic front desk, Mon-Fri 8-4:30. Please bring photo ID.",
     "REWRITE", "pickup", "sms", "en",
     [("Neocate Infant", "MEDICATION"), ("Feeding Clinic", "SPECIALTY")],
     ["pediatrics", "pharmacy"], "Judgement (decisions 6 and 7): an amino-acid formula named in a pickup addressed to the recipient, no child referred to; product and clinic name go, the pickup survives."),
    ("bh0038", "Feeding plan update for baby Nora: mix NeoSure to 24 kcal/oz (5 scoops per 9 oz water), offer 70 mL every 3 hours, and stop a feed if it takes longer than 30 min. Weight check Friday.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Nora", "NAME"), ("NeoSure", "MEDICATION"), ("Weight check", "PROCEDURE")],
     ["pediatrics", "minor", "third-party"], "Mixing and feeding volumes for a preterm formula are dosing instructions for a dependent (decision 6)."),
    ("bh0039", "Jefferson Middle School Math Night: families will play games with the area formula, fractions and graphs. Pizza at 6, games at 6:30. All grades welcome!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Formula' in math; a school event for everyone."),
    ("bh0040", "Sra. Paredes, el estudio de deglución de Tomás mostró aspiración silenciosa con líquidos delgados. Por ahora solo líquidos espesados tipo néctar, por favor. La terapeuta la llamará mañana.",
     "BLOCK", "result", "sms", "es",
     [("Paredes", "NAME"), ("estudio de deglución", "PROCEDURE"), ("Tomás", "NAME"), ("aspiración silenciosa", "RESULT")],
     ["pediatrics", "minor", "third-party"], "Hallazgo de un estudio de deglución de un niño más la indicación de espesar líquidos."),
    ("bh0041", "Hi Priya,\n\nThis confirms Arjun's feeding therapy evaluation with Colleen Marsh, MS, CCC-SLP on Wednesday, 4/29 at 2:00 pm. Please bring 2-3 foods he eats well, one food he usually refuses, and his usual cup and spoon. The session lasts about 60 minutes.\n\nIf you need to cancel, please give us 24 hours' notice at 555-0178.\n\nThank you,\nMeadowbrook Pediatric Therapy",
     "REWRITE", "confirmation", "email", "en",
     [("Priya", "NAME"), ("Arjun", "NAME"), ("feeding therapy", "PROCEDURE"), ("Colleen Marsh, MS", "PROVIDER"), ("CCC-SLP", "SPECIALTY"), ("4/29", "DATE"), ("555-0178", "PHONE"), ("Meadowbrook Pediatric Therapy", "SPECIALTY")],
     ["pediatrics", "minor", "practice-contact"], "Parent's and child's names, the therapy, the SLP credential and the therapy practice name go (decisions 1, 2, 12); bring-list and phone survive."),
    ("bh0042", "WIC formula change approved: Amelia can switch to Similac Alimentum because of her milk protein allergy. Your new benefits will load on your eWIC card Monday.",
     "BLOCK", "other", "sms", "en",
     [("Amelia", "NAME"), ("Similac Alimentum", "MEDICATION"), ("milk protein allergy", "CONDITION")],
     ["pediatrics", "minor", "third-party"], "A child's diagnosis given as the reason for a hypoallergenic formula; 'WIC formula' alone is not labelled (decision 6)."),
    ("bh0043", "Reminder: our holiday toy drive ends Friday! Drop new, unwrapped toys in the bin by the front desk. Thank you for making the season brighter for local kids.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Toy drive for the community."),
    ("bh0044", "hi its marisol @ the front desk - jaylen's frenotomy f/u w dr pruitt is tmrw 830am not 930. sry for the mixup!!",
     "REWRITE", "reminder", "sms", "en",
     [("marisol", "PROVIDER"), ("jaylen", "NAME"), ("frenotomy", "PROCEDURE"), ("dr pruitt", "PROVIDER")],
     ["pediatrics", "minor", "shorthand", "typo"], "Lower-case staff text; the child's procedure is removable (decision 2); the corrected time survives."),
    ("bh0045", "New message from your child's care team. Open the Elm Street Clinic app to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["pediatrics", "minor"], "Notification without PHI."),
    ("bh0046", "Farmacia Central: El omeprazol suspensión 2 mg/mL para Santiago ya está listo para recoger. Horario: lunes a sábado 9am-7pm.",
     "BLOCK", "pickup", "sms", "es",
     [("omeprazol suspensión 2 mg/mL", "MEDICATION"), ("Santiago", "NAME")],
     ["pharmacy", "pediatrics", "minor", "third-party"], "Medicamento de un dependiente nombrado para el tutor: BLOCK por la regla del README (decisión 7; compárese bh0037, dirigido al destinatario)."),
    ("bh0047", "¡Gracias por su confianza! Nuestra clínica sigue creciendo y ahora tenemos estacionamiento gratis para todos los pacientes. Pida su boleto en recepción.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Creciendo' es el crecimiento de la clínica, no de un niño."),
    ("bh0048", "Heads up from the school nurse: Maddox's little brother Kai was sent home from the kindergarten wing with a fever of 101.4 and vomiting, so please keep an eye on Maddox tonight too.",
     "BLOCK", "other", "sms", "en",
     [("Maddox", "NAME"), ("Kai", "NAME"), ("fever", "CONDITION"), ("101.4", "RESULT"), ("vomiting", "CONDITION"), ("Maddox", "NAME", 1)],
     ["pediatrics", "minor", "third-party"], "A sibling's symptoms and temperature (decision 11 for the school nurse)."),
)

# ---------------------------------------------------------------- batch 5 (bh0049-bh0060): ADHD, stimulants, autism centers
add(
    ("bh0049", "Controlled Rx notice: Ethan's Vyvanse 30mg is ready. A parent/guardian must show photo ID at pickup. Next fill not before 3/12.",
     "BLOCK", "pickup", "sms", "en",
     [("Ethan", "NAME"), ("Vyvanse 30mg", "MEDICATION"), ("3/12", "DATE")],
     ["pharmacy", "pediatrics", "minor", "third-party"], "A dependent's stimulant named for the guardian: BLOCK under the README's dependent rule."),
    ("bh0050", "Refill reminder: your son's A D H D med (m e t h y l p h e n i d a t e ER 27 mg) needs a new script each month. Please request it 5 days before he runs out.",
     "BLOCK", "reminder", "sms", "en",
     [("A D H D", "CONDITION"), ("m e t h y l p h e n i d a t e ER 27 mg", "MEDICATION")],
     ["pharmacy", "pediatrics", "minor", "third-party", "spaced"], "Spaced-out letters hide a son's condition and stimulant; README example 'your son's ADHD meds' is BLOCK."),
    ("bh0051", "Refill requests for controlled medications take 2-3 business days. Please send requests through the portal, not by phone. Thank you!",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Policy for every family; names no drug and no patient."),
    ("bh0052", "Focus Forward ADHD & Learning Center: Reminder, Zoe's follow-up is Tue 10/13 at 4:30 with Dr. Ostrowski. Please bring the completed teacher forms.",
     "REWRITE", "reminder", "sms", "en",
     [("Focus Forward ADHD & Learning Center", "SPECIALTY"), ("Zoe", "NAME"), ("10/13", "DATE"), ("Dr. Ostrowski", "PROVIDER")],
     ["behavioral-health", "pediatrics", "minor", "contrast"], "Judgement (decision 1): the condition is inside a practice name, one SPECIALTY span; a dependent's logistics with a specialty name are REWRITE (compare bh0053)."),
    ("bh0053", "Reminder: Zoe's ADHD med check is Tue 10/13 at 4:30 with Dr. Ostrowski. Please bring the completed teacher forms.",
     "BLOCK", "reminder", "sms", "en",
     [("Zoe", "NAME"), ("ADHD", "CONDITION"), ("med check", "PROCEDURE"), ("10/13", "DATE"), ("Dr. Ostrowski", "PROVIDER")],
     ["behavioral-health", "pediatrics", "minor", "third-party", "contrast"], "A dependent's condition as the visit label (README: `Sofia's asthma check`), decision 2."),
    ("bh0054", "Clínica Familiar del Valle: Recuerde que la cita de su hijo con el Dr. Zamora es el miércoles 14 de octubre a las 3:00 pm. Llegue 10 minutos antes. Para cancelar responda NO.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Zamora", "PROVIDER"), ("14 de octubre", "DATE")],
     ["primary-care", "minor"], "Nombre genérico de clínica, médico, fecha y hora."),
    ("bh0055", "Dear Ms. Okoro,\n\nWe received both teacher Vanderbilt forms for Malik, thank you. His 3rd-grade teacher rated 7 of 9 inattentive items as 'often' or 'very often' and noted that he leaves his seat many times a day and has trouble finishing written work. His reading teacher's form was similar. On the parent form you completed, 5 of 9 hyperactive items were positive.\n\nDr. Fairbanks will go over all of this with you at Malik's visit on Thursday, 10/22 at 3:40 pm, including whether to start a medication trial. Please bring a list of any vitamins or supplements he takes.\n\nBest,\nRenée, Care Coordinator\nOakview Pediatric Associates | 555-0157",
     "BLOCK", "result", "email", "en",
     [("Okoro", "NAME"), ("Vanderbilt", "PROCEDURE"), ("Malik", "NAME"), ("7 of 9 inattentive items", "RESULT"), ("leaves his seat many times a day", "CONDITION"), ("trouble finishing written work", "CONDITION"), ("5 of 9 hyperactive items", "RESULT"), ("positive", "RESULT"), ("Dr. Fairbanks", "PROVIDER"), ("Malik", "NAME", 1), ("10/22", "DATE"), ("Renée", "PROVIDER"), ("Oakview Pediatric Associates", "SPECIALTY"), ("555-0157", "PHONE")],
     ["behavioral-health", "pediatrics", "minor", "third-party"], "Rating-scale scores and teacher behavior observations about a child (decisions 3 and 5)."),
    ("bh0056", "Good news - insurance approved the prior auth for Noah's \u0410dderall XR 15 mg through next June. You can pick it up today after 2.",
     "BLOCK", "other", "sms", "en",
     [("Noah", "NAME"), ("\u0410dderall XR 15 mg", "MEDICATION")],
     ["pharmacy", "pediatrics", "minor", "third-party"], "A Cyrillic 'А' disguises a dependent's stimulant; dependent's medication is BLOCK."),
    ("bh0057", "Behavior policy reminder: our office is a safe place for everyone. Yelling, threats or aggressive behavior toward staff or other families may result in dismissal from the practice.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A conduct policy for all visitors, not a child's behavior report."),
    ("bh0058", "Spectrum Bridges Autism Center: We received Hudson's referral! Our intake team will call you within 5 business days to schedule. Questions? 555-0184",
     "REWRITE", "other", "sms", "en",
     [("Spectrum Bridges Autism Center", "SPECIALTY"), ("Hudson", "NAME"), ("555-0184", "PHONE")],
     ["behavioral-health", "pediatrics", "minor", "practice-contact"], "Judgement (decision 1): an autism center's name is a SPECIALTY span; referral logistics survive removal."),
    ("bh0059", "Dosing reminder from Dr. Ostrowski for Zoe: guanfacine ER 1 mg at bedtime - please don't stop it suddenly. If she seems very sleepy or dizzy, call us at 555-0190.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Dr. Ostrowski", "PROVIDER"), ("Zoe", "NAME"), ("guanfacine ER 1 mg", "MEDICATION"), ("555-0190", "PHONE")],
     ["behavioral-health", "pediatrics", "minor", "third-party", "practice-contact"], "Inside the secure portal a dose instruction may stay (README channel convention); the symptoms are hypothetical (decision 9)."),
    ("bh0060", "Hola Sra. Benítez, le escribe Lupita de la enfermería de la escuela. Hoy a Mateo le tocaba su dosis de metilfenidato a las 12 pero la escupió. ¿Quiere que le demos otra? Llámeme al 555-0193.",
     "BLOCK", "other", "sms", "es",
     [("Benítez", "NAME"), ("Lupita", "PROVIDER"), ("Mateo", "NAME"), ("metilfenidato", "MEDICATION"), ("555-0193", "PHONE")],
     ["pediatrics", "minor", "third-party"], "Dosis de estimulante de un niño en la escuela; la enfermera escolar que firma es PROVIDER (decisión 11)."),
)

# ---------------------------------------------------------------- batch 6 (bh0061-bh0072): IEP and 504 paperwork, school forms, school nurse
add(
    ("bh0061", "School, sports & camp forms take up to 5 business days. Request them at elmstreetclinic.example/forms. A checkup within the last 12 months is required.",
     "ALLOW", "other", "sms", "en",
     [("elmstreetclinic.example/forms", "URL")],
     ["primary-care", "pediatrics", "broadcast", "practice-contact"], "Forms policy for every family with the practice's own link."),
    ("bh0062", "Hi Mr. Tran,\n\nThe 504 plan accommodation letter you asked for is signed and ready for Minh. You can pick it up at the front desk, or reply with the school's fax number and we'll send it directly.\n\nFront Desk, Elm Street Clinic",
     "REWRITE", "other", "email", "en",
     [("Tran", "NAME"), ("504 plan", "PROCEDURE"), ("Minh", "NAME")],
     ["pediatrics", "minor"], "Judgement (decision 4): a 504 plan reveals a disability; without it and the names, 'the letter you asked for is ready' still serves."),
    ("bh0063", "Hi Ms. Carrington, for Brianna's IEP meeting on 11/4, Dr. Kessler's letter will list her diagnoses (dyslexia and ADHD, predominantly inattentive type) and recommend extended time, a quiet testing room and preferential seating. We'll upload it to the portal by Friday.",
     "BLOCK", "other", "email", "en",
     [("Carrington", "NAME"), ("Brianna", "NAME"), ("IEP", "PROCEDURE"), ("11/4", "DATE"), ("Dr. Kessler", "PROVIDER"), ("dyslexia", "CONDITION"), ("ADHD, predominantly inattentive type", "CONDITION")],
     ["behavioral-health", "pediatrics", "minor", "third-party"], "A child's diagnoses spelled out by e-mail (treated like SMS)."),
    ("bh0064", "Lincoln Elementary: Picture Day is Tuesday! Head shots in the gym starting at 8:15. Order packages online through the school website.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Shots' are photos."),
    ("bh0065", "Nurse's office: Sadie came in at 10:40 feeling shaky with a blood sugar of 62. She had 15 g of juice, recheck was 118, and she's back in class. Please send in more glucose tabs this week.",
     "BLOCK", "other", "sms", "en",
     [("Sadie", "NAME"), ("shaky", "CONDITION"), ("blood sugar", "PROCEDURE"), ("of [[62]].", "RESULT"), ("118", "RESULT"), ("glucose tabs", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "Glucose values and treatment of a student's low blood sugar (decision 6 for glucose tabs, decision 11 for the school nurse)."),
    ("bh0066", "Escuela Primaria Hidalgo: Este viernes es la noche de lotería familiar a las 6 pm. Habrá tamales y concurso de tiros libres en la cancha para los niños. ¡Los esperamos!",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Tiros libres' de básquetbol, no vacunas; evento escolar para todos."),
    ("bh0067", "Sr. Castillo, el formulario del IEP de Renata ya está firmado por la Dra. Luna. Puede recogerlo en recepción de 8 a 5.",
     "REWRITE", "other", "sms", "es",
     [("Castillo", "NAME"), ("IEP", "PROCEDURE"), ("Renata", "NAME"), ("Dra. Luna", "PROVIDER")],
     ["pediatrics", "minor"], "Criterio (decisión 4): el IEP revela una discapacidad; sin él y sin nombres, 'su formulario está listo' sirve igual."),
    ("bh0068", "Reminder: kindergarten and 7th grade vaccine records are due to the school nurse by Sept 1. Need a copy? Log in to the portal or call us at 555-0121.",
     "ALLOW", "other", "sms", "en",
     [("Sept 1", "DATE"), ("555-0121", "PHONE")],
     ["pediatrics", "broadcast", "practice-contact"], "Deadline sent to every family; no one's vaccine status (decision 13)."),
    ("bh0069", "School Nurse Alert: Kellan used his albuterol inhaler at recess (2 puffs). Breathing fine now. -Nurse Pam",
     "BLOCK", "other", "push", "en",
     [("Kellan", "NAME"), ("albuterol inhaler", "MEDICATION"), ("Nurse Pam", "PROVIDER")],
     ["pediatrics", "minor", "third-party"], "A student's rescue-inhaler use on a lock-screen push."),
    ("bh0070", "Dear Families,\n\nOur after-school program is developing a new Friday enrichment schedule: robotics, clay art and basketball (yes, we'll practice jump shots!). Sign-up sheets go home in backpacks this week.\n\nQuestions? Just reply to this e-mail.\n\nThe Program Office",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "'Developing' a schedule and 'shots' in basketball."),
    ("bh0071", "Your child's kindergarten health form is ready except the hearing and vision screen section. Book a quick 15-minute screening visit at 555-0125.",
     "REWRITE", "other", "sms", "en",
     [("hearing and vision screen", "PROCEDURE"), ("555-0125", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "Judgement (decision 13 by analogy): the family's own outstanding screen is named like 'your flu shot appointment'; routine for a dependent per README, so REWRITE."),
    ("bh0072", "Hi, this is Danielle calling from Brookside Family Practice with a reminder that your child has an appointment with Doctor Feld on Wednesday at two forty-five. Please bring your child's insurance card. Call us back at 555-0133. Thank you.",
     "ALLOW", "reminder", "voice", "en",
     [("Danielle", "PROVIDER"), ("Doctor Feld", "PROVIDER"), ("555-0133", "PHONE")],
     ["primary-care", "minor", "practice-contact"], "Voicemail with the staff sender, provider, weekday, time and the practice number."),
)

# ---------------------------------------------------------------- batch 7 (bh0073-bh0084): growth, endocrinology, vaccine catch-up
add(
    ("bh0073", "Our records show Isabella is due for catch-up vaccines (MMR and Hep A). Call 555-0138 or book online to schedule a quick nurse visit.",
     "REWRITE", "recall", "sms", "en",
     [("Isabella", "NAME"), ("vaccines", "PROCEDURE"), ("MMR", "PROCEDURE"), ("Hep A", "PROCEDURE"), ("555-0138", "PHONE")],
     ["pediatrics", "minor", "practice-contact"], "A dependent's routine vaccines are REWRITE per README; the recall survives (decision 13)."),
    ("bh0074", "Back-to-school vaccine clinic: Saturday 9am-1pm, no appointment needed. Bring your child's shot record. Most insurance accepted.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "Broadcast to every family; says nothing about the recipient (decision 13)."),
    ("bh0075", "Growth hormone start: Dr. Pham would like Kieran to begin Norditropin 0.8 mg subcutaneous every night. Our nurse educator will teach you how to give the injections Thursday at 2.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Growth hormone", "MEDICATION"), ("Dr. Pham", "PROVIDER"), ("Kieran", "NAME"), ("Norditropin", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "A new drug and dose for a child: treatment instruction."),
    ("bh0076", "Reminder: Amara's growth hormone stimulation test is Mon 8/17 at 7:30 AM in the Infusion Suite, 3rd floor. No food after midnight (water is OK). Plan for 3-4 hours.",
     "REWRITE", "reminder", "sms", "en",
     [("Amara", "NAME"), ("growth hormone stimulation test", "PROCEDURE"), ("8/17", "DATE"), ("Infusion Suite", "SPECIALTY")],
     ["pediatrics", "minor"], "Judgement (decisions 2, 8, 12): a dependent's test logistics; name, test and the infusion location go, fasting prep stays."),
    ("bh0077", "Hi Mrs. Achebe, Chidi's thyroid labs are back and normal: TSH 2.1, free T4 1.3. No changes needed - keep the same dose. Dr. Pham",
     "ALLOW", "result", "portal", "en",
     [("Achebe", "NAME"), ("Chidi", "NAME"), ("thyroid", "PROCEDURE"), ("normal", "RESULT"), ("TSH", "PROCEDURE"), ("2.1", "RESULT"), ("free T4", "PROCEDURE"), ("1.3", "RESULT"), ("Dr. Pham", "PROVIDER")],
     ["pediatrics", "lab", "minor", "third-party", "contrast"], "Inside the portal a child's normal results may be sent to the guardian (README channel convention)."),
    ("bh0078", "Hi Mrs. Achebe, Chidi's thyroid labs are back and normal: TSH 2.1, free T4 1.3. No changes needed - keep the same dose. Dr. Pham",
     "BLOCK", "result", "sms", "en",
     [("Achebe", "NAME"), ("Chidi", "NAME"), ("thyroid", "PROCEDURE"), ("normal", "RESULT"), ("TSH", "PROCEDURE"), ("2.1", "RESULT"), ("free T4", "PROCEDURE"), ("1.3", "RESULT"), ("Dr. Pham", "PROVIDER")],
     ["pediatrics", "lab", "minor", "third-party", "contrast"], "Same text by SMS: a normal result is still a result (README)."),
    ("bh0079", "Hola, le escribe Karla de Endocrinología Pediátrica del Norte. La cita de control de crecimiento de Emiliano es el 3 de septiembre a las 8:40. No olvide traer la cartilla de vacunación.",
     "REWRITE", "reminder", "sms", "es",
     [("Karla", "PROVIDER"), ("Endocrinología Pediátrica del Norte", "SPECIALTY"), ("control de crecimiento", "PROCEDURE"), ("Emiliano", "NAME"), ("3 de septiembre", "DATE")],
     ["pediatrics", "minor"], "Nombre de la clínica de endocrinología, tipo de visita y nombre del niño se quitan (decisiones 1 y 17)."),
    ("bh0080", "Fun fact Friday: kids can grow up to 2 inches in a summer growth spurt, so double-check that car seats and bike helmets still fit! Free car seat checks Saturday in our parking lot.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "General safety tip for all families; no one's growth."),
    ("bh0081", "Estimada Sra. Núñez:\n\nLe compartimos lo que hablamos en la consulta de ayer. Ximena mide 118 cm, lo que la coloca por debajo del percentil 3 para su edad, y su velocidad de crecimiento ha bajado en el último año. La Dra. Ferrer recomienda una valoración con endocrinología pediátrica y unos análisis de sangre.\n\nAtentamente,\nClínica Familiar del Valle",
     "BLOCK", "result", "email", "es",
     [("Núñez", "NAME"), ("Ximena", "NAME"), ("118 cm", "RESULT"), ("por debajo del percentil 3", "RESULT"), ("su velocidad de crecimiento ha bajado", "RESULT"), ("Dra. Ferrer", "PROVIDER"), ("endocrinología pediátrica", "SPECIALTY")],
     ["pediatrics", "minor", "third-party"], "Talla y percentil de una niña por correo (tratado como SMS): es un resultado."),
    ("bh0082", "You're booked! Sat 12/5 at 10:10 AM with Dr. Mbeki, Riverside office. Need to change it? Reply R or visit https://book.example.com/change",
     "ALLOW", "confirmation", "sms", "en",
     [("12/5", "DATE"), ("Dr. Mbeki", "PROVIDER"), ("https://book.example.com/change", "URL")],
     ["pediatrics", "practice-contact"], "Booking receipt with the practice's own scheduling link (no token)."),
    ("bh0083", "Confirming Levi's au\u200bti\u200bsm evaluation on 1/14 at 9:00 AM with Dr. Sato. It's a 3-hour visit, so pack snacks and a favorite toy.",
     "BLOCK", "confirmation", "sms", "en",
     [("Levi", "NAME"), ("au\u200bti\u200bsm", "CONDITION"), ("1/14", "DATE"), ("Dr. Sato", "PROVIDER")],
     ["behavioral-health", "pediatrics", "minor", "third-party"], "Zero-width characters hide a condition used as a dependent's visit label: BLOCK like `Sofia's asthma check` (decision 2)."),
    ("bh0084", "Flu vaccine is here for kids 6 months and up! Walk-in hours Mon-Thu 2-6pm. Questions? Call 555-0112.",
     "ALLOW", "marketing", "sms", "en",
     [("555-0112", "PHONE")],
     ["pediatrics", "broadcast", "practice-contact"], "Broadcast flu-vaccine clinic with the practice number."),
)

# ---------------------------------------------------------------- batch 8 (bh0085-bh0096): hearing and vision, eye, cardiology, dental, lead
add(
    ("bh0085", "Newborn hearing re-screen for Baby Boy Okonjo is set for 7/22 at 11:00 AM in Audiology, 2nd floor. Feed him right before so he's sleepy.",
     "REWRITE", "reminder", "sms", "en",
     [("Newborn hearing re-screen", "PROCEDURE"), ("Okonjo", "NAME"), ("7/22", "DATE"), ("Audiology", "SPECIALTY")],
     ["pediatrics", "minor"], "Judgement (decision 10): 'Baby Boy' is treated like a title, the surname is NAME; the re-screen and audiology location go, date and time stay."),
    ("bh0086", "Olivia did not pass the hearing screen in her left ear today (refer result). This is common with fluid after a cold. We'll repeat it in 4 weeks.",
     "BLOCK", "result", "sms", "en",
     [("Olivia", "NAME"), ("did not pass", "RESULT"), ("hearing screen", "PROCEDURE"), ("([[refer]] result)", "RESULT"), ("fluid", "CONDITION"), ("cold", "CONDITION")],
     ["pediatrics", "minor", "third-party"], "A child's screening outcome and its likely cause."),
    ("bh0087", "Summer reading challenge: kids who log 20 hours of reading (instead of screen time!) get a free book at their next visit. Pick up a reading log at the front desk.",
     "ALLOW", "marketing", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative"], "'Screen time' and 'log' in a literacy program for all."),
    ("bh0088", "Dear Parent/Guardian of Elena Ruiz (Grade 2, Room 14):\n\nAs part of our annual vision screening at Westbrook Elementary, your child was screened on 10/6. Your child did not pass the screening: right eye 20/50, left eye 20/25. A screening is not a diagnosis, but we recommend a full exam by an eye doctor.\n\nPlease take the attached form to that appointment and return the bottom section to the health office once it is completed. If you need help finding low-cost care, please contact me.\n\nThank you,\nMaria Oyelaran, BSN, RN\nSchool Nurse, Westbrook Elementary\n555-0163",
     "BLOCK", "result", "email", "en",
     [("Elena Ruiz", "NAME"), ("vision screening", "PROCEDURE"), ("10/6", "DATE"), ("did not pass", "RESULT"), ("20/50", "RESULT"), ("20/25", "RESULT"), ("eye doctor", "SPECIALTY"), ("Maria Oyelaran, BSN, RN", "PROVIDER"), ("555-0163", "PHONE")],
     ["ophthalmology", "pediatrics", "minor", "third-party"], "A school nurse's failed-screening letter with acuity values (decisions 11 and 12)."),
    ("bh0089", "Pediatric Eye Associates: Reminder for Sebastian's dilated eye exam Thurs 2/11 at 3:15. Dilation lasts 4-6 hrs - bring sunglasses!",
     "REWRITE", "reminder", "sms", "en",
     [("Pediatric Eye Associates", "SPECIALTY"), ("Sebastian", "NAME"), ("dilated eye exam", "PROCEDURE"), ("2/11", "DATE"), ("Dilation", "PROCEDURE")],
     ["ophthalmology", "pediatrics", "minor"], "Eye practice name, child and exam go; date and time survive (decision 8 for 'bring sunglasses')."),
    ("bh0090", "Su cita quedó confirmada: viernes 6 de noviembre, 2:20 pm, con la Dra. Aguilar. Dirección: 415 Calle Alameda, Suite 2B. Tel. 555-0155.",
     "ALLOW", "confirmation", "sms", "es",
     [("6 de noviembre", "DATE"), ("Dra. Aguilar", "PROVIDER"), ("415 Calle Alameda, Suite 2B", "ADDRESS"), ("555-0155", "PHONE")],
     ["pediatrics", "practice-contact"], "Dirección y teléfono de la clínica, no del paciente."),
    ("bh0091", "Hi, this is Becca from Heartbeats Pediatric Cardiology. We need to move Caleb's Holter monitor return to Friday at 9. Serial on the box: HM-4471-0922. Please bring the pouch and leads.",
     "REWRITE", "reminder", "sms", "en",
     [("Becca", "PROVIDER"), ("Heartbeats Pediatric Cardiology", "SPECIALTY"), ("Caleb", "NAME"), ("Holter monitor", "PROCEDURE"), ("HM-4471-0922", "DEVICE_ID")],
     ["cardiology", "pediatrics", "minor"], "Device return logistics: cardiology name, child, device and serial go; the new time survives (decision 2)."),
    ("bh0092", "Dr. Hollis reviewed the echo: Nadia's small VSD is closing on its own. No activity limits and no antibiotics needed before dental work. See you in 1 year.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Hollis", "PROVIDER"), ("echo", "PROCEDURE"), ("Nadia", "NAME"), ("VSD", "CONDITION"), ("closing on its own", "RESULT"), ("antibiotics", "MEDICATION")],
     ["cardiology", "pediatrics", "minor", "third-party", "negation"], "A child's heart finding; negated treatment still reveals the diagnosis."),
    ("bh0093", "Heads up: our lobby renovation (phase 2 of the building development project) starts Monday. Please use the side entrance by the playground.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Development' of a building."),
    ("bh0094", "Hola, le escribe Sonrisas Dental Infantil. A Isabela ya le toca su limpieza y barniz de flúor. Llame al 555-0162 para agendar.",
     "REWRITE", "recall", "sms", "es",
     [("Sonrisas Dental Infantil", "SPECIALTY"), ("Isabela", "NAME"), ("limpieza", "PROCEDURE"), ("barniz de flúor", "PROCEDURE"), ("555-0162", "PHONE")],
     ["dental", "pediatrics", "minor", "practice-contact"], "Recordatorio dental de una dependiente: nombre, clínica y procedimientos se quitan."),
    ("bh0095", "Reminder for tomorrow at 4:00 PM: bring the camp or sports form you need filled out and your child's updated insurance card. See you soon! - Front desk",
     "ALLOW", "reminder", "sms", "en", [],
     ["pediatrics", "minor"], "Time and forms only."),
    ("bh0096", "Buenas tardes, le llama la enfermera Gloria de la Clínica Familiar del Valle, para la mamá de Daniela Sandoval. La prueba de plomo salió en 8 microgramos por decilitro, un poco alta. La doctora quiere repetirla en tres meses y empezarle hierro. Por favor llámenos al 555-0168.",
     "BLOCK", "result", "voice", "es",
     [("enfermera Gloria", "PROVIDER"), ("Daniela Sandoval", "NAME"), ("prueba de plomo", "PROCEDURE"), ("8 microgramos por decilitro", "RESULT"), ("un poco alta", "RESULT"), ("hierro", "MEDICATION"), ("555-0168", "PHONE")],
     ["pediatrics", "lab", "minor", "third-party"], "Mensaje de voz con el nivel de plomo de una niña y un tratamiento."),
)

# ---------------------------------------------------------------- batch 9 (bh0097-bh0108): hard negatives, logistics, parents' health
add(
    ("bh0097", "¡Colecta de juguetes! Traiga un juguete nuevo sin envolver a recepción antes del viernes y participe en la rifa de una bicicleta. ¡Gracias por ayudar a las familias de la comunidad!",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Colecta de juguetes para la comunidad."),
    ("bh0098", "Estamos desarrollando una nueva aplicación para pedir citas. Si quiere probarla antes que nadie, responda APP. Para no recibir más mensajes, responda ALTO.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "'Desarrollando' una aplicación, no el desarrollo de un niño."),
    ("bh0099", "Financial assistance update\n\nOur sliding-fee discount program uses a simple formula: we compare your household size and yearly income to the federal poverty guidelines, and your discount tier is set for 12 months. Families at or below 100% pay a flat $20 per visit. To apply, bring two recent pay stubs or last year's tax return to the front desk. Applications are reviewed within 10 business days, and you'll get a letter with your tier. Questions? Ask any front-desk team member.",
     "ALLOW", "billing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "'Formula' in a fee schedule; no patient, no service."),
    ("bh0100", "Hi from the front desk! Appt tmrw 9:15 w/ Dr. Farouk. Pls arrive 10 min early for check-in & bring ur insurance card. Txt C to confirm.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Farouk", "PROVIDER")],
     ["pediatrics", "shorthand"], "Shorthand reminder with provider and time only."),
    ("bh0101", "Aiden's visit summary is ready. View it here: https://portal.example.com/vs?pid=88213&tok=f93ka2 (link expires in 72 hrs)",
     "REWRITE", "portal-notice", "sms", "en",
     [("Aiden", "NAME"), ("https://portal.example.com/vs?pid=88213&tok=f93ka2", "URL")],
     ["pediatrics", "minor"], "Child's name and a tokened, patient-specific link go; 'your visit summary is ready, log in' survives."),
    ("bh0102", "Clínica Las Palmas: Mañana a las 11:30 es la cita de su niño con el Dr. Cárdenas. Si su hijo tiene fiebre o tos, llámenos antes de venir al 555-0166.",
     "ALLOW", "reminder", "sms", "es",
     [("Dr. Cárdenas", "PROVIDER"), ("555-0166", "PHONE")],
     ["primary-care", "minor", "negation", "practice-contact"], "Criterio (decisión 9): fiebre o tos son hipotéticas, una regla para todas las familias; no se etiquetan."),
    ("bh0103", "Hi Jess, Dr. Ambrose got your message. Since you're taking sertraline, she says it's still fine to keep breastfeeding Poppy - the amount in breast milk is very low.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Jess", "NAME"), ("Dr. Ambrose", "PROVIDER"), ("sertraline", "MEDICATION"), ("Poppy", "NAME")],
     ["pediatrics", "behavioral-health", "minor", "third-party"], "A parent's antidepressant and advice about it, in a message about the baby (decision 16)."),
    ("bh0104", "Sibling visits: brothers and sisters are welcome at appointments, but we ask that kids with a fever or cough stay home with another adult when possible.",
     "ALLOW", "other", "sms", "en", [],
     ["pediatrics", "broadcast", "hard-negative", "negation"], "Practice-wide policy with hypothetical symptoms (decision 9)."),
    ("bh0105", "Thanks for finishing the intake! Next step: please upload Mila's NICU discharge summary and her most recent eye exam report to the portal before her visit on 3/30.",
     "REWRITE", "other", "sms", "en",
     [("Mila", "NAME"), ("NICU", "SPECIALTY"), ("eye exam", "PROCEDURE"), ("3/30", "DATE")],
     ["pediatrics", "minor"], "NICU history and the named exam reveal a former preemie's care (decision 1); 'please upload her records before the visit' survives."),
    ("bh0106", "Congrats to the Lakeside Lightning, the U10 soccer team our practice sponsors, on a winning season - 43 shots on goal in the final! The team photo is up in our lobby.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Shots' on goal."),
    ("bh0107", "Hola, los papeles de la evaluación de terapia ocupacional de Joaquín ya están listos. Puede pasar por ellos a Centro Pediátrico Crecer, de lunes a viernes de 8 a 5.",
     "REWRITE", "pickup", "sms", "es",
     [("terapia ocupacional", "PROCEDURE"), ("Joaquín", "NAME"), ("Centro Pediátrico Crecer", "SPECIALTY")],
     ["pediatrics", "minor"], "Terapia, nombre del niño y nombre pediátrico de la clínica se quitan (decisiones 1 y 2)."),
    ("bh0108", "Dr. Velasquez's office will be closed Monday for staff training. Our nurse line is open 24/7 at 555-0117.",
     "ALLOW", "other", "sms", "en",
     [("Dr. Velasquez", "PROVIDER"), ("555-0117", "PHONE")],
     ["general", "broadcast", "practice-contact"], "Closure notice; 24/7 is not a date."),
)

# ---------------------------------------------------------------- batch 10 (bh0109-bh0120): long e-mails, identifiers, wrap-up
add(
    ("bh0109", "Taller para padres: \"Límites sanos con las pantallas\" este jueves a las 6 pm en la biblioteca. Entrada gratis y habrá cuidado de niños. ¡Inscríbase en recepción!",
     "ALLOW", "marketing", "sms", "es", [],
     ["pediatrics", "broadcast", "hard-negative"], "Taller sobre tiempo de pantalla para todas las familias."),
    ("bh0110", "Estimada familia Gutiérrez:\n\nLe confirmamos la primera cita de Luciana en la Clínica de Alimentación Pediátrica el martes 19 de enero a las 9:00 am con la Lic. Paola Rentería, nutrióloga, y con la terapeuta de alimentación. La consulta dura unos 90 minutos.\n\nPor favor traiga: el registro de comidas de 3 días que le enviamos, la tarjeta del seguro, el biberón o vaso que usa en casa y uno o dos alimentos que sí acepte.\n\nEstamos en 2750 Avenida Central, Piso 4. El estacionamiento del edificio es gratuito con sello. Si necesita cambiar la cita, llame al 555-0174 con 24 horas de anticipación.\n\nSaludos cordiales,\nRecepción - Clínica de Alimentación Pediátrica",
     "REWRITE", "confirmation", "email", "es",
     [("Gutiérrez", "NAME"), ("Luciana", "NAME"), ("Clínica de Alimentación Pediátrica", "SPECIALTY"), ("19 de enero", "DATE"), ("Lic. Paola Rentería", "PROVIDER"), ("nutrióloga", "SPECIALTY"), ("terapeuta de alimentación", "SPECIALTY"), ("2750 Avenida Central, Piso 4", "ADDRESS"), ("555-0174", "PHONE"), ("Clínica de Alimentación Pediátrica", "SPECIALTY", 1)],
     ["pediatrics", "minor", "practice-contact"], "Nombres, clínica de alimentación y disciplinas se quitan (decisiones 1 y 12); fecha, lista de cosas, dirección y teléfono de la clínica quedan."),
    ("bh0111", "Sra. Molina, la Dra. Treviño revisó el diario de comidas de Bruno: sigue bajando de peso (perdió 300 g en 2 semanas). Necesitamos verlo esta semana y empezar PediaSure 2 veces al día.",
     "BLOCK", "care-instructions", "sms", "es",
     [("Molina", "NAME"), ("Dra. Treviño", "PROVIDER"), ("Bruno", "NAME"), ("sigue bajando de peso", "CONDITION"), ("perdió 300 g en 2 semanas", "RESULT"), ("PediaSure", "MEDICATION")],
     ["pediatrics", "minor", "third-party"], "Pérdida de peso de un niño con valor y un suplemento indicado (decisión 6)."),
    ("bh0112", "Welcome to Willow Creek Family Medicine!\n\nWe're so glad your family chose us. A few things to know before your first visit:\n\n• Office hours: Mon-Fri 7:30 am-6 pm, Saturdays 8 am-noon for sick visits.\n• Our address: 1180 Juniper Ridge Rd, Suite 200, Fairview, OR 97024. Free parking behind the building.\n• After hours, our nurse advice line answers 24/7 at 555-0119. For emergencies, call 911.\n• Create your portal account at https://willowcreekfm.example.com/portal to message us, request refills and see visit notes.\n• Please bring photo ID, insurance cards for everyone being seen, and any immunization records.\n• Forms for school, sports and camp take up to 5 business days.\n\nQuestions? E-mail hello@willowcreekfm.example.com or call the front desk at 555-0118.\n\nSee you soon!\nThe Willow Creek team",
     "ALLOW", "other", "email", "en",
     [("1180 Juniper Ridge Rd, Suite 200, Fairview, OR 97024", "ADDRESS"), ("555-0119", "PHONE"), ("https://willowcreekfm.example.com/portal", "URL"), ("hello@willowcreekfm.example.com", "EMAIL"), ("555-0118", "PHONE")],
     ["primary-care", "practice-contact"], "Welcome letter with only the practice's own address, phones, portal link and e-mail."),
    ("bh0113", "Appt reminder: Ruby - Developmental Pediatrics w/ Dr. Kowalczyk, Fri 5/22 1:00p, Bldg C. Reply Y to confirm, N to cancel.",
     "REWRITE", "reminder", "sms", "en",
     [("Ruby", "NAME"), ("Developmental Pediatrics", "SPECIALTY"), ("Dr. Kowalczyk", "PROVIDER"), ("5/22", "DATE")],
     ["pediatrics", "minor", "shorthand"], "System-style reminder: child's name and the developmental service line go."),
    ("bh0114", "Your child's school/camp form is complete and uploaded to the portal. Print it anytime from the Documents tab.",
     "ALLOW", "portal-notice", "sms", "en", [],
     ["pediatrics", "minor"], "Says that a form is ready, not what it contains."),
    ("bh0115", "Medicaid renewal alert: please call 555-0129 to confirm Noor's member ID ZR48817302 before her next visit so her coverage doesn't show as inactive.",
     "REWRITE", "other", "sms", "en",
     [("555-0129", "PHONE"), ("Noor", "NAME"), ("ZR48817302", "HEALTH_PLAN_ID")],
     ["pediatrics", "minor", "practice-contact"], "Child's name and member ID are not needed to ask for a call (decision 17)."),
    ("bh0116", "Registration check: Tobias Lindgren, DOB 04/09/2019, guardian Anna Lindgren. Is this info correct? Reply Y or N.",
     "BLOCK", "other", "sms", "en",
     [("Tobias Lindgren", "NAME"), ("04/09/2019", "DATE"), ("Anna Lindgren", "NAME")],
     ["pediatrics", "minor", "dob"], "Full date of birth with the child's name (README: BLOCK)."),
    ("bh0117", "Anouk's feeding plan: NeoSure 24 kcal/oz, 90 mL every 3 hours during the day, one 4-hour stretch allowed overnight. Weigh-in Friday at 10 with RN Tasha.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Anouk", "NAME"), ("NeoSure 24 kcal/oz", "MEDICATION"), ("Weigh-in", "PROCEDURE"), ("RN Tasha", "PROVIDER")],
     ["pediatrics", "minor", "third-party"], "Inside the portal a feeding plan may stay (decisions 6 and 17)."),
    ("bh0118", "We're hiring! Willow Creek is looking for a Community Development Coordinator to help grow our parent classes and school partnerships. Ask at the front desk for details.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Development' and 'grow' in a job post."),
    ("bh0119", "Hi Dominguez family,\n\nThanks for coming in on Monday! A few follow-ups from the visit:\n\n1) Santiago's kindergarten form is signed and in the portal under Documents.\n2) His flu shot is on file; the second dose is due in 4 weeks (any time after 11/9).\n3) His lead level came back at 4.2, which is under the CDC reference value, so no repeat is needed.\n4) Our office will be closed Thanksgiving Day and the day after.\n\nIf you have questions about any of this, reply here or call 555-0135.\n\nTake care,\nAnnika, RN\nElm Street Clinic",
     "BLOCK", "other", "email", "en",
     [("Dominguez", "NAME"), ("Santiago", "NAME"), ("flu shot", "PROCEDURE"), ("11/9", "DATE"), ("lead level", "PROCEDURE"), ("4.2", "RESULT"), ("under the CDC reference value", "RESULT"), ("555-0135", "PHONE"), ("Annika, RN", "PROVIDER")],
     ["pediatrics", "lab", "minor", "third-party"], "Mostly logistics, but one buried normal lead result makes it BLOCK (README: a normal result is still a result)."),
    ("bh0120", "Tiny Talkers Speech Clinic: Hi! We have an opening for Emmett's weekly spot on Thursdays at 5pm starting 9/10. Reply YES to hold it.",
     "REWRITE", "other", "sms", "en",
     [("Tiny Talkers Speech Clinic", "SPECIALTY"), ("Emmett", "NAME"), ("9/10", "DATE")],
     ["pediatrics", "minor"], "Speech clinic name and child go; the slot offer survives (decision 1)."),
)

probe_lib.run(M, "bh", "probe57.jsonl")
