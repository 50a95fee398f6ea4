#!/usr/bin/env python3
"""Writes a synthetic repository of message templates for timing `redactor lint`.

    python3 bench/gen_templates.py --templates 10000 --out bench/target/lint-templates

Python 3.11, standard library only, deterministic (--seed). The templates are spread over the
formats a real repository mixes — plain text (100 per file), .properties bundles, JSON and YAML
catalogs, CSV exports (50 per file) and one-template Mustache and HTML files — with the
placeholder syntaxes of each. About one in eight names a patient, a procedure or a medication, so
the run also reports findings. Every template is invented.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
from pathlib import Path

PROCEDURES = ["mammogram", "colonoscopy", "cleaning", "crown prep", "infusion", "MRI",
              "physical therapy", "flu shot"]
MEDICATIONS = ["atorvastatin", "sertraline 50mg", "metformin", "lisinopril 10 mg"]
CLEAN = [
    "Your appointment with Dr. {prov} is on {date} at {time}. Reply C to confirm.",
    "Please arrive 15 minutes early for your visit on {date}. Call {phone} to reschedule.",
    "A new message is waiting in the patient portal. Log in to read it.",
    "Your statement of {amount} is available online. Reply STOP to opt out.",
    "Recordatorio: tiene una cita el {date} a las {time}. Responda C para confirmar.",
    "It is time to book your annual visit. Call {phone} or book online. Reply STOP to opt out.",
    "We have an opening on {date}. Reply YES to take it.",
]
LEAKING = [
    "Hi {name}, your {proc} is on {date} at {time}.",
    "Your prescription for {med} is ready for pickup.",
    "Your {reason} appointment is on {date}.",
]
# placeholder spellings by file kind: (name, date, time, phone, provider, amount, reason)
SYNTAX = {
    "txt": ("{{first_name}}", "{{appt_date}}", "{{appt_time}}", "{{clinic_phone}}",
            "{{provider_last_name}}", "{{amount}}", "{{appointment.reason}}"),
    "properties": ("{0}", "{1}", "{2}", "{3}", "{4}", "{5}", "{6}"),
    "json": ("${patient.firstName}", "${appt.date}", "${appt.time}", "${office.phone}",
             "${provider.lastName}", "${amount}", "${visit.reason}"),
    "yaml": ("%{first_name}", "%{date}", "%{time}", "%{phone}", "%{provider}", "%{amount}",
             "%{reason}"),
    "csv": ("[NameF]", "[ApptDate]", "[ApptTime]", "[PracticePhone]", "[ProviderLast]",
            "[Balance]", "[ProcedureDescription]"),
    "mustache": ("{{first_name}}", "{{date}}", "{{time}}", "{{phone}}", "{{provider}}",
                 "{{amount}}", "{{reason}}"),
    "html": ("<<first_name>>", "<<appt_date>>", "<<appt_time>>", "<<phone>>", "<<provider>>",
             "<<amount>>", "<<reason>>"),
}


def template(rng: random.Random, kind: str) -> str:
    name, date, time, phone, prov, amount, reason = SYNTAX[kind]
    pool = LEAKING if rng.random() < 0.125 else CLEAN
    return rng.choice(pool).format(name=name, date=date, time=time, phone=phone, prov=prov,
                                   amount=amount, reason=reason, proc=rng.choice(PROCEDURES),
                                   med=rng.choice(MEDICATIONS))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--templates", type=int, default=10000)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--seed", type=int, default=7)
    a = p.parse_args()
    rng = random.Random(a.seed)
    if a.out.exists():
        shutil.rmtree(a.out)
    # share of templates per kind, and how many go in one file
    plan = [("txt", 0.40, 100), ("properties", 0.20, 100), ("json", 0.15, 100),
            ("yaml", 0.10, 100), ("csv", 0.10, 50), ("mustache", 0.03, 1), ("html", 0.02, 1)]
    written = 0
    for kind, share, per_file in plan:
        n = round(a.templates * share) if kind != "html" else a.templates - written
        d = a.out / kind
        d.mkdir(parents=True, exist_ok=True)
        for f in range(0, n, per_file):
            ts = [template(rng, kind) for _ in range(min(per_file, n - f))]
            path = d / f"t{f // per_file:05d}.{kind}"
            if kind == "txt":
                path.write_text("# generated\n" + "\n".join(ts) + "\n", encoding="utf-8")
            elif kind == "properties":
                path.write_text("".join(f"msg.{i}={t}\n" for i, t in enumerate(ts)),
                                encoding="utf-8")
            elif kind == "json":
                path.write_text(json.dumps({"messages": {f"m{i}": t for i, t in enumerate(ts)}},
                                           ensure_ascii=False, indent=1), encoding="utf-8")
            elif kind == "yaml":
                path.write_text("messages:\n" + "".join(f"  m{i}: {json.dumps(t, ensure_ascii=False)}\n"
                                                        for i, t in enumerate(ts)),
                                encoding="utf-8")
            elif kind == "csv":
                path.write_text("id,body\n" + "".join(f"{i},\"{t}\"\n" for i, t in enumerate(ts)),
                                encoding="utf-8")
            elif kind == "mustache":
                path.write_text("{{! generated }}\n" + ts[0] + "\n", encoding="utf-8")
            else:
                path.write_text(f"<html><body><p>{ts[0]}</p></body></html>\n", encoding="utf-8")
        written += n
    print(f"{written} templates in {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
