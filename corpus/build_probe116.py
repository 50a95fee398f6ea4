#!/usr/bin/env python3
"""Build corpus/probe116.jsonl — a blind, synthetic, labelled probe corpus for Redactor.

Usage: python3 corpus/build_probe116.py [OUT] [-v]   (default: probe116.jsonl next to this script)

Written blind (from shared/DESIGN.md, corpus/README.md and corpus/probe_lib.py, plus
build_probe7.py's docstring and first batch for the script format only; the engine, the
launcher, Maven and java were not run, and no other corpus or source file was read).
This round is UROLOGY, MEN'S HEALTH AND CONTINENCE CARE: what urology practices, men's-health and
low-T clinics, kidney-stone centers, continence and pelvic-health programs and lithotripsy units
send — PSA and urinalysis reminders, cystoscopy and prostate-biopsy prep, vasectomy consults and
semen-analysis drop-offs, stone-passing instructions, catheter and incontinence-supply orders,
testosterone injections, ED prescriptions, pelvic-floor therapy, pediatric urology, billing and
prior authorization, promos — mixing messages that reveal the recipient's condition, drug, test or
procedure with ones that only schedule or bill, and look-alikes (PSA = public service
announcement, a stone fruit festival, a Rolling Stones tribute, a prostate cancer awareness walk
open to the public, the flow of traffic, a speaker named Peter Johnson, No-Shave November, a
kidney-bean chili cook-off, Dr. Stone). About 20% Spanish; 4 disguised messages.

Each message: (id, text, verdict, purpose, channel, lang, spans, tags, why)
  spans: list of (substring, category[, occurrence_index])
    - occurrence_index is 0-based (0 = first occurrence, the default).
    - substring may contain a context marker: "LDL 162 ([[H]])" searches for "LDL 162 (H)"
      and labels only the bracketed part "H".
Offsets are UTF-16 code units (Java String indices), end exclusive.

Decisions taken where the README is silent (also in the `why` of the lines concerned):
  1. Urology, men's-health / low-T, kidney-stone, lithotripsy, pelvic-health and continence
     practice names, service-line words used as visit labels ("continence visit", "urología
     pediátrica") and role words ("urólogo") are specialty-revealing -> SPECIALTY, like the eye,
     orthopedic and imaging names the README lists; generic clinic, hospital, lab, pharmacy,
     surgery-center and medical-supply names are not labelled.
  2. There is no urology service tag: the closest one is used (lab for PSA / urine / semen
     specimens, reproductive for vasectomy and contraception, fertility for an infertility
     semen analysis, oncology for prostate/bladder cancer work-ups, imaging for CT/ultrasound
     findings, pharmacy for pickups, home-health for catheter and continence-supply deliveries,
     physical-therapy for pelvic-floor therapy, pediatrics for children, hiv-sexual-health for
     ED and Peyronie's care) and `general` for other urology traffic and practice-wide notices.
  3. A broadcast keeps its content unlabelled (README), but when the sender's own name is
     specialty-revealing ("Apex Men's Health") that name is still a SPECIALTY span -> REWRITE: a
     lock-screen reader learns the recipient is that practice's patient. The same kind of public
     event from a generic hospital, foundation or health-system sender is ALLOW with no span.
  4. Procedure prep that is only logistics (arrival time, bring a driver, nothing to eat after
     midnight, photo ID) is REWRITE once the procedure name is removed; prep that is itself a
     clinical instruction (take or stop a drug, enema, strain urine, abstinence before a semen
     sample, exercise sets) is a treatment instruction -> BLOCK.
  5. Catheters, drainage/leg bags, briefs, urine strainers and other supply products are devices
     -> PROCEDURE (README: devices are PROCEDURE); "supplies", "order", "delivery" stay generic;
     "incontinence" in "incontinence supplies/briefs" is a CONDITION.
  6. A third party's non-routine procedure, device or supply (a husband's vasectomy prep, a
     father's catheter change, a child's circumcision care) is that person's health -> BLOCK;
     only routine visit logistics for a dependent stay REWRITE (README).
  7. "testosterone injection/shot", "inyección de testosterona" and "testosterone gel" are one
     MEDICATION span (form word after the drug, like "cortisone injection"); testosterone as a
     lab measure ("your testosterone came back", "total testosterone", "nivel de testosterona")
     is a PROCEDURE with its value a RESULT (like A1c); TRT is a named therapy -> PROCEDURE.
  8. A diagnosis code (ICD-10 "N39.46") is a CONDITION.
  9. Urine tests named as such (urinalysis, urine culture, urine cytology, "análisis/examen de
     orina") are PROCEDURE, unlike generic blood work; "specimen"/"sample" alone stay generic.
 10. A public speaker named in a public broadcast (a gentleman named Peter Johnson) is neither
     a patient nor a relative -> no NAME span; the same name as a patient's is a NAME (contrast).
 11. Order and prior-authorization numbers are OTHER_ID; an insurance member ID is
     HEALTH_PLAN_ID (as in probe7).
 12. "ED" (erectile dysfunction) is a CONDITION also when it labels a visit ("ED consultation").
 13. Hypothetical "call us if you get a fever / see bleeding" symptoms are still CONDITION spans
     (README: symptoms are conditions), tagged `negation`.

Everything is invented: names, practices, 555-01xx numbers, example domains, identifiers.
Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_lib  # noqa: E402  (the shared builder next to this script)

M = []  # filled by the batches below


def add(*rows):
    M.extend(rows)


# ---------------------------------------------------------------- batch 1 (do0001-do0012): PSA and urinalysis reminders
add(
    ("do0001", "Lakeshore Medical Group: Reminder of your appt with Dr. Okafor on Mon 3/9 at 8:15 AM. Please arrive 10 min early. Reply C to confirm, R to reschedule.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Okafor", "PROVIDER"), ("3/9", "DATE")],
     ["primary-care", "shorthand"], "Provider, date and time from a generic practice name: nothing about the visit's content."),
    ("do0002", "Reminder from Tri-County Urology: your PSA blood draw is due before your visit with Dr. Haddad on 4/14. Walk-in lab hours are M-F 7-11am, no appt needed.",
     "REWRITE", "reminder", "sms", "en",
     [("Tri-County Urology", "SPECIALTY"), ("PSA", "PROCEDURE"), ("Dr. Haddad", "PROVIDER"), ("4/14", "DATE")],
     ["lab"], "Urology practice name (decision 1) and the PSA test reveal the care; the draw reminder, provider, date and hours survive."),
    ("do0003", "Hi Gerald, Dr. Whitcomb reviewed your PSA - it's 6.4, up from 4.1 last spring. He'd like to repeat it in 6 wks and talk about an MRI. Pls call (612) 555-0142.",
     "BLOCK", "result", "sms", "en",
     [("Gerald", "NAME"), ("Dr. Whitcomb", "PROVIDER"), ("PSA", "PROCEDURE"), ("6.4", "RESULT"), ("4.1", "RESULT"), ("MRI", "PROCEDURE"), ("(612) 555-0142", "PHONE")],
     ["lab", "shorthand", "practice-contact"], "PSA values and a rising trend are results; removing them leaves no message. Portal notice instead."),
    ("do0004", "PSA from Brookside Family Clinic: our parking lot will be resurfaced this Saturday. Please use the side entrance Monday morning if the paint is still drying. Thanks for your patience!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "PSA here is a public service announcement about parking, not the prostate test; generic sender, sent to everyone."),
    ("do0005", "Hola Sr. Navarro, le recordamos que debe hacerse el examen de antígeno prostático (PSA) antes de su cita del 22 de abril con el Dr. Ibarra. El laboratorio abre de 7 a 11 am, no necesita cita.",
     "REWRITE", "reminder", "sms", "es",
     [("Navarro", "NAME"), ("examen de antígeno prostático", "PROCEDURE"), ("PSA", "PROCEDURE"), ("22 de abril", "DATE"), ("Dr. Ibarra", "PROVIDER")],
     ["lab"], "Name and the named prostate test go (the test is one span with its head word); the lab reminder, date and provider survive."),
    ("do0006", "Northfield Clinic lab: pls drop off your specimen for the urinalysis & urine culture by 10am tmrw. Cup and bag are at the front desk. Questions? (763) 555-0117",
     "REWRITE", "reminder", "sms", "en",
     [("urinalysis", "PROCEDURE"), ("urine culture", "PROCEDURE"), ("(763) 555-0117", "PHONE")],
     ["lab", "shorthand", "practice-contact"], "Named urine tests are PROCEDURE (decision 9); 'specimen' alone is generic. The drop-off reminder and the practice's phone survive."),
    ("do0007", "New result from Dr. Haddad: Your PSA from 2/3 is 1.2 ng/mL (normal) and stable compared with last year. No changes are needed; we'll recheck it in 12 months. Reply here with any questions.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Haddad", "PROVIDER"), ("PSA", "PROCEDURE"), ("2/3", "DATE"), ("1.2 ng/mL", "RESULT"), ("normal", "RESULT"), ("stable", "RESULT")],
     ["lab", "contrast"], "On the portal channel a result with its value may stay (README); the same content by SMS is do0008."),
    ("do0008", "Dr. Haddad: your PSA came back normal at 1.2, no changes needed. We'll recheck in a year.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Haddad", "PROVIDER"), ("PSA", "PROCEDURE"), ("normal", "RESULT"), ("1.2", "RESULT")],
     ["lab", "contrast"], "A normal result is still a result (README); by SMS it must go to the portal (contrast with do0007)."),
    ("do0009", "Subject: Free Men's Health Fair this Saturday\n\nCedar Valley Health invites you and the men in your life to our free Men's Health Fair this Saturday, 9 AM to 1 PM, in the community center gym. Blood pressure, cholesterol and PSA screenings, healthy-grilling demos and a Q&A with our family doctors. Open to the public, no appointment needed. Bring a friend!",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "Public event offered to everyone by a generic health-system sender (decision 3): the screenings named say nothing about the recipient."),
    ("do0010", "Hello, this is Renee from Tri-County Urology calling for Peter Johnson. We have you down for a PSA and urinalysis next Thursday at 8 AM, before your appointment with Dr. Haddad. Please call us back at 612-555-0139. Thank you.",
     "REWRITE", "reminder", "voice", "en",
     [("Renee", "PROVIDER"), ("Tri-County Urology", "SPECIALTY"), ("Peter Johnson", "NAME"), ("PSA", "PROCEDURE"), ("urinalysis", "PROCEDURE"), ("Dr. Haddad", "PROVIDER"), ("612-555-0139", "PHONE")],
     ["lab", "practice-contact", "contrast"], "Voice is treated like SMS. Here Peter Johnson is the patient -> NAME (contrast with do0077's public speaker, decision 10); staff sender is PROVIDER."),
    ("do0011", "Clínica Familiar del Valle: su cita con la Dra. Paredes es el jueves 5 de marzo a las 9:00 am. Favor de llegar 15 min antes. Responda SI para confirmar.",
     "ALLOW", "reminder", "sms", "es",
     [("Dra. Paredes", "PROVIDER"), ("5 de marzo", "DATE")],
     ["primary-care"], "Generic clinic, provider, date and time only."),
    ("do0012", "Tri-County Urology: Time for your yearly PSA check. Tap to book.",
     "REWRITE", "recall", "push", "en",
     [("Tri-County Urology", "SPECIALTY"), ("PSA", "PROCEDURE")],
     ["lab"], "Push is previewed on the lock screen; urology sender (decision 1) and PSA go, the recall survives."),
)

# ---------------------------------------------------------------- batch 2 (do0013-do0024): cystoscopy and biopsy prep
add(
    ("do0013", "Your cystoscopy with Dr. Lindqvist is confirmed for Tue 6/16 at 7:30am at Riverside Surgery Center, 410 Alder St, Suite 200. Plan on being here about an hour.",
     "REWRITE", "confirmation", "sms", "en",
     [("cystoscopy", "PROCEDURE"), ("Dr. Lindqvist", "PROVIDER"), ("6/16", "DATE"), ("410 Alder St, Suite 200", "ADDRESS")],
     ["general", "practice-contact"], "The procedure name goes; a surgery-center name is generic (decision 1) and the address is the facility's own."),
    ("do0014", "Prostate biopsy prep for Fri: use the Fleet enema the morning of, take ciprofloxacin 500 mg the night before and stop your aspirin 7 days prior unless Dr. Lindqvist says otherwise. Call w/ questions.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Prostate biopsy", "PROCEDURE"), ("Fleet enema", "MEDICATION"), ("ciprofloxacin 500 mg", "MEDICATION"), ("aspirin", "MEDICATION"), ("Dr. Lindqvist", "PROVIDER")],
     ["general", "shorthand"], "Prep made of dosing and stop-drug instructions is the message itself (decision 4); removal leaves nothing to send."),
    ("do0015", "Subject: Preparing for your cystoscopy\n\nDear Mr. Albrecht,\n\nThank you for scheduling your in-office cystoscopy with Dr. Sunita Rao at Lakeview Urology Associates on Wednesday, July 8 at 10:15 AM. Because your last urine culture grew E. coli, please take the nitrofurantoin 100 mg we sent to your pharmacy twice daily for 3 days, starting July 6. You may eat and drink normally and drive yourself home. Afterwards it is common to see pink-tinged urine and feel some burning for a day or two; drink extra water. If you develop a fever over 101, call us right away at 262-555-0181, day or night.\n\nWarm regards,\nClinical Team, Lakeview Urology Associates",
     "BLOCK", "care-instructions", "email", "en",
     [("cystoscopy", "PROCEDURE", 0), ("Albrecht", "NAME"), ("cystoscopy", "PROCEDURE", 1), ("Dr. Sunita Rao", "PROVIDER"), ("Lakeview Urology Associates", "SPECIALTY", 0), ("July 8", "DATE"), ("urine culture", "PROCEDURE"), ("E. coli", "RESULT"), ("nitrofurantoin 100 mg", "MEDICATION"), ("July 6", "DATE"), ("pink-tinged urine", "CONDITION"), ("burning", "CONDITION"), ("fever", "CONDITION"), ("262-555-0181", "PHONE"), ("Lakeview Urology Associates", "SPECIALTY", 1)],
     ["general", "practice-contact", "negation"], "A prior culture result and an antibiotic course are the content (decision 4); e-mail is treated like SMS. Expected/hypothetical symptoms are CONDITION (decision 13)."),
    ("do0016", "Sr. Quiroga: su cistoscopía está programada para el lunes 13 de julio a las 8:00 am con el Dr. Benítez. Por favor traiga su identificación y llegue 30 minutos antes.",
     "REWRITE", "confirmation", "sms", "es",
     [("Quiroga", "NAME"), ("cistoscopía", "PROCEDURE"), ("13 de julio", "DATE"), ("Dr. Benítez", "PROVIDER")],
     ["general"], "Name and procedure go; date, time, provider and ID/arrival logistics survive."),
    ("do0017", "Pre-procedure call: Hi Dennis, ur set for the TRUS biopsy Thurs 9/24 @ 1pm. You WILL need a driver - no Uber/Lyft alone. Reply Y to confirm.",
     "REWRITE", "confirmation", "sms", "en",
     [("Dennis", "NAME"), ("TRUS biopsy", "PROCEDURE"), ("9/24", "DATE")],
     ["general", "shorthand"], "The driver requirement is logistics (decision 4); name and the named biopsy go, the confirmation survives."),
    ("do0018", "Hi, this is Marcy, the nurse with Dr. Lindqvist's office, calling for Stanley about his biopsy results. The pathology showed Gleason 3 plus 4 cancer in two of twelve cores. Dr. Lindqvist would like to see you Monday to talk about options. Our number is 612-555-0158.",
     "BLOCK", "result", "voice", "en",
     [("Marcy", "PROVIDER"), ("Dr. Lindqvist", "PROVIDER", 0), ("Stanley", "NAME"), ("biopsy", "PROCEDURE"), ("Gleason", "PROCEDURE"), ("3 plus 4", "RESULT"), ("cancer", "CONDITION"), ("two of twelve cores", "RESULT"), ("Dr. Lindqvist", "PROVIDER", 1), ("612-555-0158", "PHONE")],
     ["oncology", "practice-contact"], "A cancer diagnosis with its grade left on a voicemail: the finding is the message. The Gleason scale is a PROCEDURE and its value a RESULT (README's scale rule)."),
    ("do0019", "Your prostate biopsy pathology is back: benign prostatic tissue with mild chronic inflammation. No cancer was seen in any of the 12 cores. Dr. Lindqvist will go over it at your follow-up on 10/6.",
     "ALLOW", "result", "portal", "en",
     [("prostate biopsy", "PROCEDURE"), ("benign", "RESULT"), ("mild chronic inflammation", "RESULT"), ("No cancer was seen", "RESULT"), ("Dr. Lindqvist", "PROVIDER"), ("10/6", "DATE")],
     ["oncology", "negation"], "Portal: a benign pathology result may stay inside the secure portal (README)."),
    ("do0020", "Riverside Surgery Center: please arrive at 6:45 AM tomorrow and check in at the 2nd-floor desk. Wear comfortable clothes and leave valuables at home. Questions: 612-555-0163.",
     "ALLOW", "confirmation", "sms", "en",
     [("612-555-0163", "PHONE")],
     ["general", "practice-contact"], "Arrival logistics from a generic surgery-center name (decision 1) with its own phone; no procedure named."),
    ("do0021", "{{practice_name}}: Your urodynamic study is on {{appt_date}} at {{appt_time}}. Please allow 90 minutes. Reply C to confirm or call {{practice_phone}}.",
     "REWRITE", "reminder", "sms", "en",
     [("urodynamic study", "PROCEDURE")],
     ["general", "template"], "The template's fixed text names the test; the content-free placeholders stay unlabelled (README)."),
    ("do0022", "Reminder: stop your Eliquis 2 days before your TURP on 8/11 (last dose the morning of 8/9). Nothing to eat after midnight the night before. -Dr. Feld's office",
     "BLOCK", "care-instructions", "sms", "en",
     [("Eliquis", "MEDICATION"), ("TURP", "PROCEDURE"), ("8/11", "DATE"), ("8/9", "DATE"), ("Dr. Feld", "PROVIDER")],
     ["general"], "Stop-anticoagulant dosing instruction before surgery (decision 4): treatment instruction, BLOCK."),
    ("do0023", "Buenas tardes, le habla Yesenia de Urología del Norte, para el señor Efraín Mejía. Para su biopsia de próstata del viernes, tome una pastilla de ciprofloxacino de 500 mg la noche anterior y aplíquese el enema Fleet dos horas antes. Cualquier duda, llámenos al 915-555-0171.",
     "BLOCK", "care-instructions", "voice", "es",
     [("Yesenia", "PROVIDER"), ("Urología del Norte", "SPECIALTY"), ("Efraín Mejía", "NAME"), ("biopsia de próstata", "PROCEDURE"), ("ciprofloxacino de 500 mg", "MEDICATION"), ("enema Fleet", "MEDICATION"), ("915-555-0171", "PHONE")],
     ["general", "practice-contact"], "Voicemail with antibiotic and enema instructions for a named patient's biopsy (decision 4)."),
    ("do0024", "Heads up from Pinecrest Medical: road work is slowing the flow of traffic near our entrance all week. Allow a few extra minutes and use the back lot if the main lot is full.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "'Flow' is traffic, not urine flow; a practice-wide notice from a generic sender."),
)

# ---------------------------------------------------------------- batch 3 (do0025-do0036): vasectomy consults and semen analysis
add(
    ("do0025", "Hi Marcus! Your vasectomy consult w/ Dr. Oyelaran is Wed 2/11 at 3:20pm at Summit Urology, 88 Harbor Way, Ste 5. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Marcus", "NAME"), ("vasectomy", "PROCEDURE"), ("Dr. Oyelaran", "PROVIDER"), ("2/11", "DATE"), ("Summit Urology", "SPECIALTY"), ("88 Harbor Way, Ste 5", "ADDRESS")],
     ["reproductive", "shorthand", "practice-contact"], "Name, procedure and urology name (decision 1) go; 'consult' is generic; the practice's own address stays."),
    ("do0026", "Post-vasectomy reminder: keep using backup birth control until a semen analysis confirms you're clear. Drop off your sample 12 weeks after the procedure, within 1 hour of collection and after 2-5 days without ejaculation.",
     "BLOCK", "care-instructions", "sms", "en",
     [("vasectomy", "PROCEDURE"), ("birth control", "MEDICATION"), ("semen analysis", "PROCEDURE")],
     ["reproductive"], "Post-procedure contraception and abstinence instructions are the message itself (decision 4): nothing survives removal."),
    ("do0027", "Good news Tom - your post-vasectomy semen analysis showed no sperm. You're cleared to stop backup contraception. -Summit Urology",
     "BLOCK", "result", "sms", "en",
     [("Tom", "NAME"), ("vasectomy", "PROCEDURE"), ("semen analysis", "PROCEDURE"), ("no sperm", "RESULT"), ("contraception", "MEDICATION"), ("Summit Urology", "SPECIALTY")],
     ["reproductive"], "A good-news result is still a result (README); the clearance is the content."),
    ("do0028", "Urología Integral Monterrey: su vasectomía sin bisturí quedó agendada para el sábado 7 de febrero a las 10:30 am. Venga acompañado, no podrá manejar de regreso.",
     "REWRITE", "confirmation", "sms", "es",
     [("Urología Integral Monterrey", "SPECIALTY"), ("vasectomía sin bisturí", "PROCEDURE"), ("7 de febrero", "DATE")],
     ["reproductive"], "Urology name and procedure go; date, time and the bring-a-companion logistics survive (decision 4)."),
    ("do0029", "Subject: New specimen drop-off hours\n\nEastgate Lab: Starting Monday, specimen drop-offs are accepted Mon-Thu, 7:30-10:30 AM only. Samples arriving after 10:30 cannot be processed the same day. Details: eastgatelab.example/hours",
     "ALLOW", "other", "email", "en",
     [("eastgatelab.example/hours", "URL")],
     ["lab", "broadcast", "practice-contact"], "A generic lab's hours change for everyone, with its own link; no test type named."),
    ("do0030", "Your semen analysis drop-off is booked for Mon 3/2, 8:00-8:30am at Eastgate Lab (1st floor, Suite 110). Please bring the completed collection form.",
     "REWRITE", "reminder", "sms", "en",
     [("semen analysis", "PROCEDURE"), ("3/2", "DATE")],
     ["lab"], "The named test goes; the drop-off window at a generic lab survives."),
    ("do0031", "Dr. Achebe has released your semen analysis: volume 2.8 mL, concentration 9 million/mL (low), motility 31% (low). She'd like to add a hormone panel and a scrotal ultrasound before your visit on 4/20.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Achebe", "PROVIDER"), ("semen analysis", "PROCEDURE"), ("2.8 mL", "RESULT"), ("9 million/mL", "RESULT"), ("([[low]])", "RESULT", 0), ("31%", "RESULT"), ("([[low]])", "RESULT", 1), ("hormone panel", "PROCEDURE"), ("scrotal ultrasound", "PROCEDURE"), ("4/20", "DATE")],
     ["fertility", "contrast"], "Infertility work-up result in the portal: values and flags may stay (README); by SMS see do0032."),
    ("do0032", "Dr. Achebe: your sperm count came back low (9 million/mL). Let's recheck in 3 mos and add a hormone panel.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Achebe", "PROVIDER"), ("sperm count", "PROCEDURE"), ("low", "RESULT"), ("9 million/mL", "RESULT"), ("hormone panel", "PROCEDURE")],
     ["fertility", "contrast", "shorthand"], "An abnormal fertility result by SMS (contrast with the portal do0031)."),
    ("do0033", "Hola Julián, tu espermatograma salió sin espermatozoides 🎉 ya puedes dejar de usar condón. Saludos, Dra. Cisneros",
     "BLOCK", "result", "sms", "es",
     [("Julián", "NAME"), ("espermatograma", "PROCEDURE"), ("sin espermatozoides", "RESULT"), ("condón", "MEDICATION"), ("Dra. Cisneros", "PROVIDER")],
     ["reproductive"], "Post-vasectomy clearance result with a contraception instruction; a product used as contraception is MEDICATION like birth control."),
    ("do0034", "This Saturday: the Stone Fruit Festival at the Millbrook farmers market! Peaches, plums and cherries, live music and a free kids' craft tent. Brought to you by Millbrook Community Health.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Stone fruit, not kidney stones; community event from a generic sender."),
    ("do0035", "Reminder: Vasectomy consult tomorrow at 9:40 AM with Dr. Oyelaran. Tap to check in.",
     "REWRITE", "reminder", "push", "en",
     [("Vasectomy", "PROCEDURE"), ("Dr. Oyelaran", "PROVIDER")],
     ["reproductive"], "Lock-screen push naming the procedure; the reminder survives without it."),
    ("do0036", "Hi Karen, this is Summit Urology. Just a remider that Mike needs to skip his blood thinner for 3 days before his vasectomy on Friday. Please make sure he has a ride home.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Karen", "NAME"), ("Summit Urology", "SPECIALTY"), ("Mike", "NAME"), ("blood thinner", "MEDICATION"), ("vasectomy", "PROCEDURE")],
     ["reproductive", "third-party", "typo"], "A third party's medication instruction and procedure sent to his partner (README third-party rule; decision 6)."),
)

# ---------------------------------------------------------------- batch 4 (do0037-do0048): kidney stones and lithotripsy
add(
    ("do0037", "Stone-passing tips from Dr. Varga: drink 2.5-3 L of water a day, strain every time you urinate using the strainer we gave you, take tamsulosin 0.4 mg nightly and ibuprofen 600 mg q6h prn pain. Go to the ER for fever >101 or nonstop vomiting.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Stone", "CONDITION"), ("Dr. Varga", "PROVIDER"), ("strainer", "PROCEDURE"), ("tamsulosin 0.4 mg", "MEDICATION"), ("ibuprofen 600 mg", "MEDICATION"), ("pain", "CONDITION"), ("fever", "CONDITION"), ("vomiting", "CONDITION")],
     ["general", "shorthand", "negation"], "Stone-passing instructions with doses are treatment instructions (decision 4); the strainer is a device (decision 5); hypothetical symptoms are CONDITION (decision 13)."),
    ("do0038", "Tri-State Stone Center: your ESWL (shock wave lithotripsy) is Thu 5/21, arrive 6:30am. NPO after midnight & bring a driver.",
     "REWRITE", "reminder", "sms", "en",
     [("Tri-State Stone Center", "SPECIALTY"), ("ESWL", "PROCEDURE"), ("shock wave lithotripsy", "PROCEDURE"), ("5/21", "DATE")],
     ["general", "shorthand"], "Stone-center name (decision 1) and the procedure go; fasting and driver are logistics that survive (decision 4)."),
    ("do0039", "Centro de Litotricia San Marcos: Sr. Ochoa, su procedimiento de litotricia quedó para el martes 9 de junio a las 7:00 am. No coma nada después de medianoche y venga con un acompañante.",
     "REWRITE", "confirmation", "sms", "es",
     [("Centro de Litotricia San Marcos", "SPECIALTY"), ("Ochoa", "NAME"), ("litotricia", "PROCEDURE"), ("9 de junio", "DATE")],
     ["general"], "Lithotripsy-unit name (decision 1), name and procedure go; 'procedimiento' is generic; fasting/companion logistics survive (decision 4)."),
    ("do0040", "Dr. Varga commented on your CT: the 5 mm stone in your left ureter has moved down since the ER scan. Keep straining and taking tamsulosin; if it hasn't passed by 6/2 we'll plan a ureteroscopy.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Varga", "PROVIDER"), ("CT", "PROCEDURE"), ("5 mm", "RESULT"), ("stone", "CONDITION"), ("moved down", "RESULT"), ("tamsulosin", "MEDICATION"), ("6/2", "DATE"), ("ureteroscopy", "PROCEDURE")],
     ["imaging"], "Imaging finding and plan inside the portal: ALLOW (README channel rule)."),
    ("do0041", "Rolling Stones tribute night! The Glenwood Hospital Foundation presents Sticky Fingers Live this Friday at 7 PM in the Riverside Pavilion. Tickets $25; proceeds support the new family lounge.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "A tribute band, not kidney stones; a foundation fundraiser sent to everyone."),
    ("do0042", "Your stone analysis is back: 90% calcium oxalate monohydrate. Dr. Varga recommends cutting back on high-oxalate foods and starting potassium citrate 15 mEq twice daily.",
     "BLOCK", "result", "sms", "en",
     [("stone analysis", "PROCEDURE"), ("90% calcium oxalate monohydrate", "RESULT"), ("Dr. Varga", "PROVIDER"), ("potassium citrate 15 mEq", "MEDICATION")],
     ["lab"], "Stone composition result plus a new drug and dose: result and treatment are the content."),
    ("do0043", "Subject: Your procedure is confirmed\n\nDear Ms. Halvorsen,\n\nThis confirms your ureteroscopy with laser lithotripsy and stent placement with Dr. Priya Menon on Monday, August 17. Please check in at 6:00 AM at Great Lakes Kidney Stone Institute, 2200 N Lakeshore Blvd, 3rd floor, Milwaukee, WI 53202.\n\nBring a photo ID, your insurance card, a list of your current medications and an adult who can drive you home. Parking is free in the north garage; we validate at the front desk.\n\nTo reschedule, call 414-555-0186 at least 48 hours ahead or visit greatlakesstone.example/reschedule.\n\nWe look forward to seeing you,\nPatient Access Team\nGreat Lakes Kidney Stone Institute",
     "REWRITE", "confirmation", "email", "en",
     [("Halvorsen", "NAME"), ("ureteroscopy", "PROCEDURE"), ("laser lithotripsy", "PROCEDURE"), ("stent placement", "PROCEDURE"), ("Dr. Priya Menon", "PROVIDER"), ("August 17", "DATE"), ("Great Lakes Kidney Stone Institute", "SPECIALTY", 0), ("2200 N Lakeshore Blvd, 3rd floor, Milwaukee, WI 53202", "ADDRESS"), ("414-555-0186", "PHONE"), ("greatlakesstone.example/reschedule", "URL"), ("Great Lakes Kidney Stone Institute", "SPECIALTY", 1)],
     ["general", "practice-contact"], "Confirmation e-mail: name, procedures and the stone-institute name (decision 1, both occurrences) go; provider, date, the practice's own address, phone and link and the logistics survive."),
    ("do0044", "Dr. Varga's office: your follow-up is Tues 7/7 at 11:20 AM. We moved you to our west-side office this time, 1450 W Madison St. Call 312-555-0124 w/ questions.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Varga", "PROVIDER"), ("7/7", "DATE"), ("1450 W Madison St", "ADDRESS"), ("312-555-0124", "PHONE")],
     ["general", "practice-contact", "shorthand"], "Provider, date, time and the practice's own address and phone; 'follow-up' is generic."),
    ("do0045", "Sra. Zamora, su ultrasonido muestra una piedra de 8 mm en el riñón izquierdo. El Dr. Fuentes recomienda una litotricia. Llámenos al 956-555-0133 para programarla.",
     "BLOCK", "result", "sms", "es",
     [("Zamora", "NAME"), ("ultrasonido", "PROCEDURE"), ("piedra", "CONDITION"), ("8 mm", "RESULT"), ("Dr. Fuentes", "PROVIDER"), ("litotricia", "PROCEDURE"), ("956-555-0133", "PHONE")],
     ["imaging", "practice-contact"], "An imaging finding with its size and a recommended procedure: the finding is the message."),
    ("do0046", "Hi, this is Jordan with Glenwood Hospital billing. Your statement is ready - pay online at glenwoodpay.example or call 555-0190, M-F 8-5. Thank you!",
     "ALLOW", "billing", "sms", "en",
     [("Jordan", "PROVIDER"), ("glenwoodpay.example", "URL"), ("555-0190", "PHONE")],
     ["general", "practice-contact"], "Statement notice from a generic hospital; a staff sender is PROVIDER (README); the hospital's own link and phone."),
    ("do0047", "This is an automated reminder from Tri-State Stone Center for Lorraine Pickett. Your stent removal is scheduled for Tuesday, May 26, at 2:15 PM with Dr. Varga. Press 1 to confirm or 2 to speak with a scheduler.",
     "REWRITE", "reminder", "voice", "en",
     [("Tri-State Stone Center", "SPECIALTY"), ("Lorraine Pickett", "NAME"), ("stent removal", "PROCEDURE"), ("May 26", "DATE"), ("Dr. Varga", "PROVIDER")],
     ["general"], "Automated voice reminder: stone-center name, patient name and procedure go; date, time and provider survive."),
    ("do0048", "Kidney bean chili cook-off + food drive at Westbrook Family Practice this Friday at noon! Bring a canned good and vote for your favorite pot. Everyone welcome.",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Kidney beans, not kidneys; a community event from a generic practice."),
)

# ---------------------------------------------------------------- batch 5 (do0049-do0060): catheter and continence-supply orders
add(
    ("do0049", "MedSupply Direct: your order of 30 intermittent catheters ships today. Track it here: medsupplydirect.example/track?order=A77813&acct=55102934",
     "REWRITE", "other", "sms", "en",
     [("intermittent catheters", "PROCEDURE"), ("medsupplydirect.example/track?order=A77813&acct=55102934", "URL")],
     ["home-health"], "The device reveals the condition (decision 5) and the tracking link carries an account parameter (README: patient-specific URL); the shipping notice survives."),
    ("do0050", "Hi Doris, it's time to reorder your incontinence supplies from HomeCare Plus. Reply YES to ship your usual order or call 555-0127.",
     "REWRITE", "reminder", "sms", "en",
     [("Doris", "NAME"), ("incontinence", "CONDITION"), ("555-0127", "PHONE")],
     ["home-health", "practice-contact"], "'Incontinence' is the condition, 'supplies' generic (decision 5); the reorder prompt survives."),
    ("do0051", "Hola Don Aurelio, su pedido de sondas Foley y bolsas de pierna llega el jueves entre 1 y 5 pm. Si no va a estar en casa, responda CAMBIAR.",
     "REWRITE", "other", "sms", "es",
     [("Aurelio", "NAME"), ("sondas Foley", "PROCEDURE"), ("bolsas de pierna", "PROCEDURE")],
     ["home-health"], "Catheters and leg bags are devices -> PROCEDURE (decision 5); 'Don' stays outside the name; the delivery window survives."),
    ("do0052", "Reminder for Linda: your dad's Foley catheter is due to be changed Thursday; the home health nurse will come between 9 and 11. Keep the drainage bag below his bladder till then.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Linda", "NAME"), ("Foley catheter", "PROCEDURE"), ("home health", "SPECIALTY"), ("drainage bag", "PROCEDURE")],
     ["home-health", "third-party"], "A third party's device and care instruction sent to the caregiver (decision 6): BLOCK."),
    ("do0053", "Subject: Holiday shipping schedule\n\nDear valued customer,\n\nThank you for choosing Northwind Medical Supply. To make sure your orders arrive on time during the holiday season, please note our adjusted schedule. Orders placed before noon on Wednesday ship the same day. Our warehouse will be closed Thursday and Friday for Thanksgiving, and orders placed during the closure will ship the following Monday. Customer care will be available by chat in the app over the long weekend. If you are on auto-ship, there is nothing you need to do; we have already moved your shipment up so it goes out before the holiday.\n\nFrom all of us at Northwind, have a safe and happy Thanksgiving!\n\nNorthwind Medical Supply",
     "ALLOW", "other", "email", "en", [],
     ["home-health", "broadcast", "hard-negative"], "A supplier's holiday schedule to all customers: no product, condition or person; weekdays and holidays are not dates."),
    ("do0054", "HomeCare Plus: your delivery is scheduled for Wed 11/18 between 10am-2pm. A signature is required. Questions? 555-0127",
     "ALLOW", "reminder", "sms", "en",
     [("11/18", "DATE"), ("555-0127", "PHONE")],
     ["home-health", "practice-contact"], "Delivery window from a generic supplier name; nothing says what is delivered."),
    ("do0055", "Message from Nurse Patel: I sent the order for your hydrophilic catheters (16 Fr, 6 a day) to Bayside Medical Supply. Keep cathing every 4-6 hours as Dr. Yusuf instructed, and message us if you notice blood in your urine or a fever.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Nurse Patel", "PROVIDER"), ("hydrophilic catheters", "PROCEDURE"), ("cathing", "PROCEDURE"), ("Dr. Yusuf", "PROVIDER"), ("blood in your urine", "CONDITION"), ("fever", "CONDITION")],
     ["home-health", "negation"], "Care instructions inside the portal are allowed (README); devices PROCEDURE (decision 5), hypothetical symptoms CONDITION (decision 13)."),
    ("do0056", "Your Medicare claim for incontinence briefs was denied: diagnosis code N39.46 (mixed incontinence) does not meet coverage rules. Call 555-0148 to discuss self-pay options.",
     "BLOCK", "billing", "sms", "en",
     [("incontinence", "CONDITION"), ("briefs", "PROCEDURE"), ("N39.46", "CONDITION"), ("mixed incontinence", "CONDITION"), ("555-0148", "PHONE")],
     ["home-health", "practice-contact"], "A claim denial that states the diagnosis and its code (decision 8): the diagnosis is the reason for the message."),
    ("do0057", "Hola, le llama Maribel de Cuidados en Casa Esperanza para la señora Rosario Delgado. Le recordamos que a su esposo hay que cambiarle la sonda el viernes y que siga dándole la oxibutinina de 5 mg dos veces al día. Gracias, que tenga buen día.",
     "BLOCK", "care-instructions", "voice", "es",
     [("Maribel", "PROVIDER"), ("Cuidados en Casa Esperanza", "SPECIALTY"), ("Rosario Delgado", "NAME"), ("sonda", "PROCEDURE"), ("oxibutinina de 5 mg", "MEDICATION")],
     ["home-health", "third-party"], "Husband's catheter change and dosing left with his wife (decisions 6, 4); a home-health agency name is specialty-revealing (DESIGN lists home health)."),
    ("do0058", "It's No-Shave November! Our staff are growing mustaches all month to raise money for the Northside Community Health Foundation. Cheer them on at your next visit 🧔",
     "ALLOW", "marketing", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Men's-health awareness fundraiser sent to everyone; nothing about the recipient."),
    ("do0059", "Your Tena briefs order #448120 is out for delivery today.",
     "REWRITE", "other", "push", "en",
     [("Tena briefs", "PROCEDURE"), ("448120", "OTHER_ID")],
     ["home-health"], "A continence product by brand is a device -> PROCEDURE (decision 5); the order number is OTHER_ID (decision 11); the delivery notice survives."),
    ("do0060", "Bayside Medical Supply: we received the prescription from your doctor's office. A team member will call you within 1 business day to set up delivery. Reply STOP to opt out.",
     "ALLOW", "other", "sms", "en", [],
     ["home-health", "hard-negative"], "Generic supplier name, 'prescription' generic; nothing says what was prescribed."),
)

# ---------------------------------------------------------------- batch 6 (do0061-do0072): testosterone, low-T clinics, ED
add(
    ("do0061", "Apex Men's Health: you're due for your testosterone injection this week. Book online at apexmens.example/book or reply BOOK.",
     "REWRITE", "reminder", "sms", "en",
     [("Apex Men's Health", "SPECIALTY"), ("testosterone injection", "MEDICATION"), ("apexmens.example/book", "URL")],
     ["general", "practice-contact"], "Men's-health clinic name (decision 1) and the drug with its form word (decision 7) go; the booking prompt and link survive."),
    ("do0062", "Your testosterone came back at 1,140 ng/dL (H) on your current dose. Dr. Kline wants to lower your cypionate to 140 mg every 14 days. Next shot due 9/30.",
     "BLOCK", "result", "sms", "en",
     [("testosterone", "PROCEDURE"), ("1,140 ng/dL", "RESULT"), ("ng/dL ([[H]])", "RESULT"), ("Dr. Kline", "PROVIDER"), ("cypionate", "MEDICATION"), ("9/30", "DATE")],
     ["general"], "A lab value with its flag and a dose change. Testosterone as the measured lab is a PROCEDURE (decision 7); the flag is its own RESULT span."),
    ("do0063", "Clínica Hombre Pleno: Sr. Rentería, le toca su inyección de testosterona el martes 14 de octubre. Responda 1 para confirmar su horario de las 5:30 pm.",
     "REWRITE", "reminder", "sms", "es",
     [("Clínica Hombre Pleno", "SPECIALTY"), ("Rentería", "NAME"), ("inyección de testosterona", "MEDICATION"), ("14 de octubre", "DATE")],
     ["general"], "A men's-health clinic name (decision 1), name and the injection (decision 7) go; date and time survive."),
    ("do0064", "Vitality Clinic: ur t3st0ster0ne sh0t is Thurs @ 6pm. Reply Y to confirm, N to cancel.",
     "REWRITE", "reminder", "sms", "en",
     [("t3st0ster0ne sh0t", "MEDICATION")],
     ["general", "leet", "shorthand"], "Leetspeak drug name with its form word (decision 7), labelled over its disguised extent; the generic clinic name and the time survive."),
    ("do0065", "Dr. Kline: Your morning total testosterone was 238 ng/dL (low) and your LH was normal, which fits primary hypogonadism. We can talk about starting testosterone gel or injections at your visit on 3/12.",
     "ALLOW", "result", "portal", "en",
     [("Dr. Kline", "PROVIDER"), ("total testosterone", "PROCEDURE"), ("238 ng/dL", "RESULT"), ("([[low]])", "RESULT"), ("LH", "PROCEDURE"), ("normal", "RESULT"), ("primary hypogonadism", "CONDITION"), ("testosterone gel", "MEDICATION"), ("3/12", "DATE")],
     ["general"], "Result, diagnosis and treatment options inside the portal: ALLOW (README). Lab measure PROCEDURE, gel MEDICATION (decision 7)."),
    ("do0066", "Hi Raymond, Dr. Sato approved your refill of tadalafil 5 mg daily for ED. Take 1 tab each morning. It's ready at Linden Pharmacy.",
     "BLOCK", "pickup", "sms", "en",
     [("Raymond", "NAME"), ("Dr. Sato", "PROVIDER"), ("tadalafil 5 mg", "MEDICATION"), ("ED", "CONDITION")],
     ["pharmacy", "hiv-sexual-health"], "States the diagnosis (decision 12) and a dosing instruction, beyond a pickup notice: BLOCK."),
    ("do0067", "Linden Pharmacy: your sildenafil 20 mg is ready for pickup. Open 9-9 daily. Reply STOP to opt out.",
     "REWRITE", "pickup", "sms", "en",
     [("sildenafil 20 mg", "MEDICATION")],
     ["pharmacy"], "A medication name in a pickup notice is REWRITE (DESIGN); the generic pharmacy name stays."),
    ("do0068", "Don Ramiro, su nivel de testosterona salió bajo (198 ng/dL). El doctor Leyva le va a recetar testosterona en gel al 1.62%, dos disparos diarios en los hombros.",
     "BLOCK", "result", "sms", "es",
     [("Ramiro", "NAME"), ("nivel de testosterona", "PROCEDURE"), ("bajo", "RESULT"), ("198 ng/dL", "RESULT"), ("doctor Leyva", "PROVIDER"), ("testosterona en gel al 1.62%", "MEDICATION")],
     ["general"], "A low lab value plus a new drug and dosing: result and treatment are the content (decision 7 for the measure)."),
    ("do0069", "Subject: Your TRT plan renews Friday\n\nHi Kevin,\n\nJust a heads-up that your Apex Men's Health monthly plan ($149) renews on 10/3. It includes your weekly testosterone injections, quarterly labs and unlimited messaging with your provider. No action is needed to keep your plan active. To update your card or pause, log in at apexmens.example/account.\n\nThanks for being a member!\nApex Men's Health Member Services",
     "REWRITE", "billing", "email", "en",
     [("TRT", "PROCEDURE"), ("Kevin", "NAME"), ("Apex Men's Health", "SPECIALTY", 0), ("10/3", "DATE"), ("testosterone injections", "MEDICATION"), ("apexmens.example/account", "URL"), ("Apex Men's Health", "SPECIALTY", 1)],
     ["general", "practice-contact"], "Membership renewal: therapy (TRT, decision 7), drug, name and clinic name go; the amount, date and account link (no patient token) survive."),
    ("do0070", "Join Hillcrest Community Hospital at the Blue Ribbon Walk for prostate cancer awareness this Sunday, 8 AM at Lakeview Park. Open to the public; free t-shirts for the first 200 walkers!",
     "ALLOW", "marketing", "sms", "en", [],
     ["oncology", "broadcast", "hard-negative"], "An awareness walk open to the public, from a generic hospital (decision 3): the cancer named is the cause, not the recipient's condition."),
    ("do0071", "Dr. Sato is runing about 25 minutes behind this afternoon. If you'd rather reschedule, call 555-0175. Sorry for the wait!",
     "ALLOW", "other", "sms", "en",
     [("Dr. Sato", "PROVIDER"), ("555-0175", "PHONE")],
     ["general", "practice-contact", "typo"], "Running-late notice with provider and the practice's phone only."),
    ("do0072", "Hi, this message is for Douglas. This is Brent from Apex Men's Health confirming your ED consultation tomorrow at 4:30. If you need to change it, please call us at 480-555-0119.",
     "REWRITE", "confirmation", "voice", "en",
     [("Douglas", "NAME"), ("Brent", "PROVIDER"), ("Apex Men's Health", "SPECIALTY"), ("ED", "CONDITION"), ("480-555-0119", "PHONE")],
     ["hiv-sexual-health", "practice-contact"], "'ED' as a visit label is the condition (decision 12); with the name and clinic removed, the confirmation survives."),
)

# ---------------------------------------------------------------- batch 7 (do0073-do0084): continence, overactive bladder, pelvic floor
add(
    ("do0073", "Hi Janet, this is Willow Pelvic Health confirming your pelvic floor therapy eval on Mon 4/6 at 1pm with Kara Lund, DPT. Wear comfy clothes!",
     "REWRITE", "confirmation", "sms", "en",
     [("Janet", "NAME"), ("Willow Pelvic Health", "SPECIALTY"), ("pelvic floor therapy", "PROCEDURE"), ("4/6", "DATE"), ("Kara Lund", "PROVIDER"), ("DPT", "SPECIALTY")],
     ["physical-therapy"], "Pelvic-health name (decision 1), therapy and the DPT credential (README: separate SPECIALTY span) go; date, time and clinician survive."),
    ("do0074", "From Dr. Brandt: Since the oxybutynin gave you dry mouth, let's switch to mirabegron 25 mg once daily. Keep your bladder diary for 2 weeks and bring it to your visit on 5/19.",
     "ALLOW", "care-instructions", "portal", "en",
     [("Dr. Brandt", "PROVIDER"), ("oxybutynin", "MEDICATION"), ("dry mouth", "CONDITION"), ("mirabegron 25 mg", "MEDICATION"), ("bladder diary", "PROCEDURE"), ("5/19", "DATE")],
     ["general", "contrast"], "Medication change inside the portal: ALLOW (README); the SMS version is do0075. A bladder diary is a measure/log -> PROCEDURE (like a home BP log)."),
    ("do0075", "Dr. Brandt says stop the oxybutynin & start mirabegron 25 mg daily. Keep the bladder diary x2 wks.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Dr. Brandt", "PROVIDER"), ("oxybutynin", "MEDICATION"), ("mirabegron 25 mg", "MEDICATION"), ("bladder diary", "PROCEDURE")],
     ["general", "contrast", "shorthand"], "Dosing instruction by SMS (contrast with the portal do0074)."),
    ("do0076", "Centro Médico Las Palmas: le recordamos su cita el miércoles 18 de noviembre a las 3:15 pm con la Dra. Villalobos. Si necesita cambiarla, llame al 210-555-0108.",
     "ALLOW", "reminder", "sms", "es",
     [("18 de noviembre", "DATE"), ("Dra. Villalobos", "PROVIDER"), ("210-555-0108", "PHONE")],
     ["primary-care", "practice-contact"], "Generic practice, date, provider and its own phone."),
    ("do0077", "Subject: This month at Fairhaven Health\n\nHello neighbors,\n\nHere's what's happening around Fairhaven Health this month. Free blood-pressure checks are back in the main lobby every Tuesday morning, no appointment needed. The new parking garage on the east side is finally open, with twice as many accessible spaces.\n\nOn Thursday evening, join us at the public library for \"Don't Wait, Guys,\" a free talk with a gentleman named Peter Johnson, a retired fire chief who will share why he stopped putting off his check-ups and how to talk to your doctor about the screenings that matter at every age. Snacks provided, and the talk is open to the public.\n\nSee you around,\nFairhaven Health Community Outreach",
     "ALLOW", "marketing", "email", "en", [],
     ["general", "broadcast", "hard-negative", "contrast"], "Newsletter to everyone; Peter Johnson is a public speaker, neither patient nor relative, so not a NAME (decision 10; contrast with do0010)."),
    ("do0078", "Reminder: your in-office Botox treatment w/ Dr. Brandt is Fri 2/27 at 8am. Plan on about 45 min. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("Botox", "MEDICATION"), ("Dr. Brandt", "PROVIDER"), ("2/27", "DATE")],
     ["general", "shorthand"], "A brand used as the object of a visit is MEDICATION (README); 'treatment' is generic; the reminder survives."),
    ("do0079", "Lakeside Medical Group: a payment of $40.00 was received on 3/3. Thank you! View receipts at lakesidemg.example/pay",
     "ALLOW", "billing", "sms", "en",
     [("3/3", "DATE"), ("lakesidemg.example/pay", "URL")],
     ["general", "practice-contact"], "Payment receipt from a generic practice with its own link; the amount is not an identifier."),
    ("do0080", "Kegel reminder from Willow PT: 3 sets of 10 squeezes, hold 5 sec, relax 10 sec. Log any leaks in your bladder diary before Monday's session!",
     "BLOCK", "care-instructions", "sms", "en",
     [("Kegel", "PROCEDURE"), ("Willow PT", "SPECIALTY"), ("leaks", "CONDITION"), ("bladder diary", "PROCEDURE")],
     ["physical-therapy", "shorthand"], "The exercise prescription is the message (decision 4); leaks are a symptom -> CONDITION; the PT name is specialty-revealing (README)."),
    ("do0081", "Hola Leti, te esperamos el lunes 9 de marzo a las 11 am para tu sesión de fisioterapia de piso pélvico. Trae ropa cómoda 😊 Clínica Suelo Pélvico Alameda",
     "REWRITE", "reminder", "sms", "es",
     [("Leti", "NAME"), ("9 de marzo", "DATE"), ("fisioterapia de piso pélvico", "PROCEDURE"), ("Clínica Suelo Pélvico Alameda", "SPECIALTY")],
     ["physical-therapy"], "Nickname, therapy and pelvic-health clinic name go (decision 1); date and time survive."),
    ("do0082", "Water update from Greenfield Family Medicine: the city has restored normal water flow to our building and all restrooms are open again. Thanks for bearing with us!",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Plumbing, not urine flow; 'normal' describes the water supply, not a result."),
    ("do0083", "Hello Mrs. Abernathy, this is Dr. Brandt's nurse, Tessa. Your urine culture grew Klebsiella, so we're starting you on nitrofurantoin 100 milligrams twice a day for five days. It's at your pharmacy now. Call us at 555-0166 if you get a fever.",
     "BLOCK", "result", "voice", "en",
     [("Abernathy", "NAME"), ("Dr. Brandt", "PROVIDER"), ("Tessa", "PROVIDER"), ("urine culture", "PROCEDURE"), ("Klebsiella", "RESULT"), ("nitrofurantoin 100 milligrams", "MEDICATION"), ("555-0166", "PHONE"), ("fever", "CONDITION")],
     ["lab", "practice-contact", "negation"], "Culture result and antibiotic dosing on a voicemail; the nurse sender is PROVIDER."),
    ("do0084", "New message from your care team. Log in to the Greenfield patient portal to read it.",
     "ALLOW", "portal-notice", "push", "en", [],
     ["general"], "The safe pattern: says that something is waiting, not what."),
)

# ---------------------------------------------------------------- batch 8 (do0085-do0096): billing, prior auth, pediatric urology, notices
add(
    ("do0085", "Summit Urology: your balance of $214.60 for your 8/4 visit is due. Pay at summiturology.example/pay or call 555-0111.",
     "REWRITE", "billing", "sms", "en",
     [("Summit Urology", "SPECIALTY"), ("8/4", "DATE"), ("summiturology.example/pay", "URL"), ("555-0111", "PHONE")],
     ["general", "practice-contact"], "A bill from a urology practice names the specialty (decision 1); the balance, date and the practice's own link and phone survive."),
    ("do0086", "Prior auth update: BlueRiver Health approved Xiaflex for your Peyronie's disease. Auth #PA-2291847, valid through 12/31. We'll call to schedule injection #1.",
     "BLOCK", "other", "sms", "en",
     [("Xiaflex", "MEDICATION"), ("Peyronie's disease", "CONDITION"), ("PA-2291847", "OTHER_ID"), ("12/31", "DATE")],
     ["hiv-sexual-health"], "States the diagnosis and the approved drug; the authorization number is OTHER_ID (decision 11). The diagnosis is the content."),
    ("do0087", "Su estado de cuenta de Clínica San Judas ya está disponible. Puede pagar en línea en sanjudas.example/pagos o llamar al 305-555-0152.",
     "ALLOW", "billing", "sms", "es",
     [("sanjudas.example/pagos", "URL"), ("305-555-0152", "PHONE")],
     ["general", "practice-contact"], "Statement notice from a generic clinic with its own link and phone."),
    ("do0088", "Riverside Children's: reminder that Caleb should keep Vaseline on his circumcision site and skip baths until his check on Friday. Call if you see bleeding.",
     "BLOCK", "care-instructions", "sms", "en",
     [("Riverside Children's", "SPECIALTY"), ("Caleb", "NAME"), ("Vaseline", "MEDICATION"), ("circumcision", "PROCEDURE"), ("bleeding", "CONDITION")],
     ["pediatrics", "minor", "third-party", "negation"], "A child's procedure and wound care sent to the parent (README third-party rule; decision 6)."),
    ("do0089", "Hola, le recordamos la cita de urología pediátrica de Mateo el 3 de agosto a las 10:00 am con la Dra. Salinas. Llegue 15 minutos antes.",
     "REWRITE", "reminder", "sms", "es",
     [("urología pediátrica", "SPECIALTY"), ("Mateo", "NAME"), ("3 de agosto", "DATE"), ("Dra. Salinas", "PROVIDER")],
     ["pediatrics", "minor"], "A dependent's logistics with only a name and a specialty name: REWRITE like the patient's own (README)."),
    ("do0090", "Hi Mrs. Farrow, just checking in on Olivia's bedwetting alarm - any dry nights yet? Dr. Salinas may add desmopressin if we don't see progress by her 6/30 visit.",
     "BLOCK", "other", "sms", "en",
     [("Farrow", "NAME"), ("Olivia", "NAME"), ("bedwetting", "CONDITION"), ("Dr. Salinas", "PROVIDER"), ("desmopressin", "MEDICATION"), ("6/30", "DATE")],
     ["pediatrics", "minor", "third-party"], "A child's condition and a possible medication sent to the parent: third party's health -> BLOCK (README)."),
    ("do0091", "Subject: We've updated our Notice of Privacy Practices\n\nDear patient,\n\nWe have updated our Notice of Privacy Practices, which explains how Oakridge Medical Partners may use and share your health information, and your rights to see, copy and correct your records, to ask for limits on what we share, and to get a list of certain disclosures. The changes take effect next month and mainly reflect new federal rules about sharing information for treatment, payment and operations.\n\nYou do not need to do anything. A paper copy is available at any front desk, and our privacy officer can answer questions during business hours. Thank you for trusting us with your care.\n\nOakridge Medical Partners",
     "ALLOW", "other", "email", "en", [],
     ["general", "broadcast", "hard-negative"], "A privacy notice full of health-information words, sent to every patient; nothing about the recipient."),
    ("do0092", "Reminder: Dr. Petrakis sees patients at our Eastside office on Thu 1/22, 1:00-4:30 PM. Your appt is at 2:10. Address: 5100 Eastside Blvd, Ste 4. Call 555-0193 to change.",
     "ALLOW", "reminder", "sms", "en",
     [("Dr. Petrakis", "PROVIDER"), ("1/22", "DATE"), ("5100 Eastside Blvd, Ste 4", "ADDRESS"), ("555-0193", "PHONE")],
     ["general", "practice-contact", "shorthand"], "Provider, date, time and the practice's own address and phone."),
    ("do0093", "Sr. Peña, su análisis de orina salió con infección. Ya le mandamos ciprofloxacino 250 mg a su farmacia; tómelo cada 12 horas por 3 días.",
     "BLOCK", "result", "sms", "es",
     [("Peña", "NAME"), ("análisis de orina", "PROCEDURE"), ("infección", "CONDITION"), ("ciprofloxacino 250 mg", "MEDICATION")],
     ["lab"], "A urine-test finding and antibiotic dosing; 'análisis de orina' is a named test unlike 'análisis de sangre' (decision 9)."),
    ("do0094", "Your Eastside Medical Group verification code is 482913. Don't share it with anyone. It expires in 5 minutes.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "otp", "hard-negative"], "A one-time code is not an identifier of the patient (README)."),
    ("do0095", "Asunto: Confirmación de su procedimiento\n\nEstimado Sr. Arturo Benavides:\n\nLe confirmamos su resección transuretral de próstata (RTUP) con el Dr. Ernesto Galván el lunes 19 de octubre en el Hospital San Lucas, Av. Constitución 1450, piso 3, Col. Centro, Monterrey, N.L.\n\nPreséntese a las 6:00 am en el área de admisión con su identificación oficial, su credencial del seguro y un familiar que lo acompañe. El estacionamiento del hospital tiene costo; le recomendamos llegar en taxi o que alguien lo lleve. La cafetería del hospital abre a las 7:00 am para su acompañante.\n\nSi por algún motivo no puede asistir, avísenos con al menos 48 horas de anticipación para ofrecer su lugar a otro paciente. Si necesita reprogramar, llámenos al 81-555-0144 de lunes a viernes de 9 a 6.\n\nAtentamente,\nCoordinación de Cirugía\nUrología Integral Monterrey",
     "REWRITE", "confirmation", "email", "es",
     [("Arturo Benavides", "NAME"), ("resección transuretral de próstata", "PROCEDURE"), ("RTUP", "PROCEDURE"), ("Dr. Ernesto Galván", "PROVIDER"), ("19 de octubre", "DATE"), ("Av. Constitución 1450, piso 3, Col. Centro, Monterrey, N.L.", "ADDRESS"), ("81-555-0144", "PHONE"), ("Urología Integral Monterrey", "SPECIALTY")],
     ["general", "practice-contact"], "Name, procedure and the urology signature (decision 1) go; provider, date, the hospital's own address and phone and the logistics survive."),
    ("do0096", "Lakeside Medical Group: your appt is confirmed for Wed 12/9 at 9:00 AM with Dr. Stone. See you then!",
     "ALLOW", "confirmation", "sms", "en",
     [("12/9", "DATE"), ("Dr. Stone", "PROVIDER")],
     ["primary-care", "shorthand"], "Dr. Stone is a provider, a look-alike for kidney stones; provider, date and time are allowed."),
)

# ---------------------------------------------------------------- batch 9 (do0097-do0108): disguises, promos, BPH, pharmacy
add(
    ("do0097", "Reminder: your V.A.S.E.C.T.O.M.Y follow-up is Tue 10/13 at 3pm. Reply C to confirm.",
     "REWRITE", "reminder", "sms", "en",
     [("V.A.S.E.C.T.O.M.Y", "PROCEDURE"), ("10/13", "DATE")],
     ["reproductive", "spaced"], "Dotted letters disguise the procedure; labelled over the whole dotted extent; 'follow-up' stays outside (README)."),
    ("do0098", "Your cysto\u200bscopy showed a small bladder tu\u200bmor. Dr. Lindqvist wants to schedule a TURBT next month to remove it.",
     "BLOCK", "result", "sms", "en",
     [("cysto\u200bscopy", "PROCEDURE"), ("bladder tu\u200bmor", "CONDITION"), ("Dr. Lindqvist", "PROVIDER"), ("TURBT", "PROCEDURE")],
     ["oncology"], "A finding (bladder tumor) hidden with zero-width spaces; the finding is the message."),
    ("do0099", "Linden Pharmacy: your Fl\u043emax 0.4 mg refill is ready for pickup at the drive-thru window.",
     "REWRITE", "pickup", "sms", "en",
     [("Fl\u043emax 0.4 mg", "MEDICATION")],
     ["pharmacy"], "Drug name with a Cyrillic o (confusable) in a pickup notice: REWRITE like the plain spelling."),
    ("do0100", "¡Este sábado es la Feria de la Fruta de Hueso en la plaza del pueblo! Duraznos, ciruelas y chabacanos, música en vivo y actividades para niños. Los invita el Centro de Salud Comunitario Los Robles.",
     "ALLOW", "marketing", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Stone-fruit festival (fruta de hueso) from a generic community health center; nothing about the recipient."),
    ("do0101", "Subject: Spring special - 20% off your first month\n\nApex Men's Health is running a spring special for new members: 20% off the first month of any plan, plus a free lab panel at sign-up. Offer ends Friday. Book at apexmens.example/spring or reply to this email.\n\nTo unsubscribe, reply STOP.",
     "REWRITE", "marketing", "email", "en",
     [("Apex Men's Health", "SPECIALTY"), ("apexmens.example/spring", "URL")],
     ["general", "broadcast", "practice-contact"], "Promo content is a broadcast and stays unlabelled, but the men's-health sender name reveals the recipient's relationship (decision 3)."),
    ("do0102", "Dr. Petrakis reviewed your ultrasound: prostate ~62 g and your bladder isn't emptying well (PVR 240 mL). He'd like to discuss UroLift vs TURP at your next visit.",
     "BLOCK", "result", "sms", "en",
     [("Dr. Petrakis", "PROVIDER"), ("ultrasound", "PROCEDURE"), ("62 g", "RESULT"), ("isn't emptying well", "RESULT"), ("PVR", "PROCEDURE"), ("240 mL", "RESULT"), ("UroLift", "PROCEDURE"), ("TURP", "PROCEDURE")],
     ["imaging"], "Imaging values and findings with treatment options: results are the content. PVR is a measure (PROCEDURE) with its value a RESULT."),
    ("do0103", "Farmacia del Pueblo: su tamsulosina 0.4 mg ya está lista para recoger. Horario de 9 am a 8 pm.",
     "REWRITE", "pickup", "sms", "es",
     [("tamsulosina 0.4 mg", "MEDICATION")],
     ["pharmacy"], "Medication name in a pickup notice: REWRITE (DESIGN); the generic pharmacy name stays."),
    ("do0104", "Lakeside Medical Group will be closed Monday for Memorial Day. For urgent needs, call our after-hours line; for emergencies dial 911.",
     "ALLOW", "other", "sms", "en", [],
     ["general", "broadcast", "hard-negative"], "Holiday closure for everyone; a holiday is not a date and 911 is not a phone identifier (README)."),
    ("do0105", "Mensaje del Dr. Fuentes: Su tomografía muestra que la piedra de 4 mm ya salió y no hay obstrucción. Puede suspender la tamsulosina. Nos vemos en su cita del 2 de septiembre.",
     "ALLOW", "result", "portal", "es",
     [("Dr. Fuentes", "PROVIDER"), ("tomografía", "PROCEDURE"), ("piedra", "CONDITION"), ("4 mm", "RESULT"), ("ya salió", "RESULT"), ("no hay obstrucción", "RESULT"), ("tamsulosina", "MEDICATION"), ("2 de septiembre", "DATE")],
     ["imaging", "negation"], "Imaging result and a stop-drug instruction inside the portal: ALLOW (README)."),
    ("do0106", "Hello, this is Glenwood Hospital calling to remind you of an appointment tomorrow, Wednesday, at 10:45 AM with Dr. Oduya. To confirm, press 1. To reschedule, press 2 or call 555-0104.",
     "ALLOW", "reminder", "voice", "en",
     [("Dr. Oduya", "PROVIDER"), ("555-0104", "PHONE")],
     ["general", "practice-contact"], "Automated voice reminder with no name, no visit type: provider, time and the hospital's phone."),
    ("do0107", "Patient: Howard Kessler DOB 04/17/1951 - pre-registration for cystoscopy on 7/14 is complete. Please verify insurance ID BRX449210377 at check-in.",
     "BLOCK", "confirmation", "sms", "en",
     [("Howard Kessler", "NAME"), ("04/17/1951", "DATE"), ("cystoscopy", "PROCEDURE"), ("7/14", "DATE"), ("BRX449210377", "HEALTH_PLAN_ID")],
     ["general", "dob"], "Full date of birth with the patient's name (README) plus member ID and procedure: BLOCK."),
    ("do0108", "Hola, le escribe Brenda del Consultorio Médico Santa Fe. Su cita es mañana a las 4:30 pm. Favor de traer su identificación y su tarjeta del seguro. Gracias.",
     "ALLOW", "reminder", "sms", "es",
     [("Brenda", "PROVIDER")],
     ["primary-care"], "A staff sender is workforce -> PROVIDER (README); generic practice, time only."),
)

# ---------------------------------------------------------------- batch 10 (do0109-do0120): caregivers, results, confirmations, look-alikes
add(
    ("do0109", "Hi Susan, update on your dad Albert Fenwick (94) from today's continence visit: skin intact, using about 3 briefs a day. Bladder scan results to follow - call 555-0129 with questions.",
     "BLOCK", "other", "sms", "en",
     [("Susan", "NAME"), ("Albert Fenwick", "NAME"), ("94", "AGE"), ("continence", "SPECIALTY"), ("skin intact", "RESULT"), ("briefs", "PROCEDURE"), ("Bladder scan", "PROCEDURE"), ("555-0129", "PHONE")],
     ["home-health", "third-party", "age-over-89", "practice-contact"], "A parent's visit findings and supplies sent to his daughter (decision 6), with his name and an age over 89; 'continence' as a visit label is the service line (decision 1)."),
    ("do0110", "The refund check we mailed last week was issued in error and has been voided. A corrected check will go out within 10 business days. Sorry for the mix-up! - Lakeside Medical Group billing",
     "ALLOW", "billing", "sms", "en", [],
     ["general", "hard-negative"], "A voided check, not voiding; 'check' is a payment, not a check-up; generic practice."),
    ("do0111", "Señora Alma, le informamos que la biopsia de su esposo Rogelio salió positiva para cáncer de próstata. El Dr. Ibarra quiere verlos a los dos el lunes a las 9.",
     "BLOCK", "result", "sms", "es",
     [("Alma", "NAME"), ("biopsia", "PROCEDURE"), ("Rogelio", "NAME"), ("positiva", "RESULT"), ("cáncer de próstata", "CONDITION"), ("Dr. Ibarra", "PROVIDER")],
     ["oncology", "third-party"], "A husband's cancer diagnosis sent to his wife: third party's result and diagnosis (README)."),
    ("do0112", "Subject: Appointment confirmation\n\nHello,\n\nThis email confirms your appointment with Dr. Miriam Castellano on Thursday, March 19 at 2:40 PM at Northgate Medical Associates, 7 Commerce Park Dr, Suite 300, Fairview, OR 97024.\n\nPlease arrive 15 minutes early to complete check-in, and bring your photo ID, insurance card and any forms you have not completed online. Forms are available at northgatemed.example/forms. Free parking is available in the lot behind the building, and the main entrance has automatic doors and a wheelchair ramp. Interpreters in any language are available at no cost; just let us know when you call.\n\nIf you need to cancel or reschedule, please call (503) 555-0170 at least 24 hours in advance so we can offer your time to another patient.\n\nThis mailbox is not monitored; please do not reply to this message.\n\nNorthgate Medical Associates",
     "ALLOW", "confirmation", "email", "en",
     [("Dr. Miriam Castellano", "PROVIDER"), ("March 19", "DATE"), ("7 Commerce Park Dr, Suite 300, Fairview, OR 97024", "ADDRESS"), ("northgatemed.example/forms", "URL"), ("(503) 555-0170", "PHONE")],
     ["general", "practice-contact"], "Long confirmation with only provider, date, time and the practice's own address, link and phone: ALLOW."),
    ("do0113", "FYI Chuck - ur urine cytology came back atypical, Dr. L wants a repeat cysto in 3 mo. no need to panic!",
     "BLOCK", "result", "sms", "en",
     [("Chuck", "NAME"), ("urine cytology", "PROCEDURE"), ("atypical", "RESULT"), ("Dr. L", "PROVIDER"), ("cysto", "PROCEDURE")],
     ["oncology", "shorthand"], "An abnormal cytology result in staff shorthand; the result is the content (decision 9 for the test)."),
    ("do0114", "Aviso: por obras en la avenida, el flujo vehicular frente a la clínica estará lento toda la semana. Le sugerimos salir con tiempo. Clínica Familiar del Valle",
     "ALLOW", "other", "sms", "es", [],
     ["general", "broadcast", "hard-negative"], "Traffic flow, not urine flow; practice-wide notice from a generic clinic."),
    ("do0115", "Hi Frank, we added a PVR bladder scan before your visit Wed, so pls come 20 min early. Thx! -Front desk, Summit Urology",
     "REWRITE", "reminder", "sms", "en",
     [("Frank", "NAME"), ("PVR bladder scan", "PROCEDURE"), ("Summit Urology", "SPECIALTY")],
     ["general", "shorthand"], "Name, the named test (one span with its head word) and the urology name go; the come-early request survives."),
    ("do0116", "Glenwood Health: Your appointment on 5/5 at 1:30 PM is confirmed. Tap for directions.",
     "ALLOW", "confirmation", "push", "en",
     [("5/5", "DATE")],
     ["general"], "Date and time only from a generic sender."),
    ("do0117", "Hi Mr. Dawson, your urine culture grew no bacteria, so there's no infection. You can stop the Macrobid early. - Nurse Alvarez, Summit Urology",
     "ALLOW", "result", "portal", "en",
     [("Dawson", "NAME"), ("urine culture", "PROCEDURE"), ("no bacteria", "RESULT"), ("no infection", "RESULT"), ("Macrobid", "MEDICATION"), ("Nurse Alvarez", "PROVIDER"), ("Summit Urology", "SPECIALTY")],
     ["lab", "negation"], "Portal: a negative result, a name and a drug instruction may stay (README)."),
    ("do0118", "Buen día Sr. Ávila, su examen de orina salió con sangre microscópica. El urólogo le pide una tomografía y una cistoscopia; en breve le llamamos para agendar.",
     "BLOCK", "result", "sms", "es",
     [("Ávila", "NAME"), ("examen de orina", "PROCEDURE"), ("sangre microscópica", "RESULT"), ("urólogo", "SPECIALTY"), ("tomografía", "PROCEDURE"), ("cistoscopia", "PROCEDURE")],
     ["lab"], "A urine finding (microscopic blood) and the work-up it triggers; the role word is SPECIALTY like 'oncologist' (decision 1)."),
    ("do0119", "Hi, this is Dr. Petrakis's office calling for Leonard. Your PSA went up to 9.1, so Dr. Petrakis has ordered a prostate MRI. This is a routine next step. Please call us at 555-0193.",
     "BLOCK", "result", "voice", "en",
     [("Dr. Petrakis", "PROVIDER", 0), ("Leonard", "NAME"), ("PSA", "PROCEDURE"), ("9.1", "RESULT"), ("Dr. Petrakis", "PROVIDER", 1), ("prostate MRI", "PROCEDURE"), ("555-0193", "PHONE")],
     ["lab", "practice-contact"], "A rising PSA value left on a voicemail; reassurance does not make a result sendable."),
    ("do0120", "Consultorio Médico Santa Fe: ¿Cómo fue su experiencia con el Dr. Robles? Conteste esta breve encuesta: santafe.example/encuesta ¡Gracias!",
     "ALLOW", "other", "sms", "es",
     [("Dr. Robles", "PROVIDER"), ("santafe.example/encuesta", "URL")],
     ["primary-care", "practice-contact"], "Survey from a generic practice with its own link (no patient token)."),
)

probe_lib.run(M, "do", "probe116.jsonl")
