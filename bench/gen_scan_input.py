#!/usr/bin/env python3
"""Writes synthetic `redactor scan` input (JSON Lines) to stdout, for the streaming checks.

    python3 bench/gen_scan_input.py --lines 100000 > /tmp/scan-100k.jsonl
    python3 bench/gen_scan_input.py --bytes 1073741824 > /tmp/scan-1g.jsonl

Python 3.11, standard library only, deterministic (--seed). Every message is invented: names come
from a short list of common given names, phone numbers are in the 555-01xx range. With
--malformed, one line in a thousand is deliberately broken (not JSON, or missing "text") so a run
also shows that bad lines are answered with an error object without stopping the stream.
"""
from __future__ import annotations

import argparse
import json
import random
import sys

NAMES = ["Maria", "James", "Priya", "Liam", "Sofia", "Noah", "Aisha", "Mateo", "Grace", "Ethan"]
PROVIDERS = ["Dr. Smith", "Dr. Patel", "NP Rivera", "Dr. Lee", "Dra. Gómez"]
PROCEDURES = ["mammogram", "colonoscopy", "cleaning", "crown prep", "infusion", "MRI",
              "physical therapy", "A1c test", "flu shot", "counseling session"]
MEDICATIONS = ["atorvastatin", "sertraline 50mg", "metformin", "lisinopril 10 mg", "insulin"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "tomorrow"]
TIMES = ["9am", "10:30 AM", "2pm", "3:15 PM", "4pm"]
TEMPLATES = [
    "Your appointment with {prov} is {day} at {time}. Reply YES to confirm.",
    "Hi {name}, your {proc} is {day} at {time}.",
    "Your prescription for {med} is ready for pickup.",
    "Your recent lab results are ready. Log in to the patient portal to view.",
    "Reminder: {proc} {day} at {time} with {prov}. Questions? Call (617) 555-01{nn}.",
    "Hola {name}, su cita es el {day} a las {time}.",
    "Your HbA1c is {a1c}, please call us to discuss.",
    "We have your cell as 617-555-01{nn}. Reply STOP to opt out.",
]
PURPOSES = ["reminder", "recall", "pickup", "portal-notice", None]


def line(rng: random.Random, i: int, malformed: bool) -> str:
    if malformed and i % 1000 == 999:
        return '{"id": "bad-%d", "text": ' % i if i % 2000 == 1999 else '{"id": "bad-%d"}' % i
    text = rng.choice(TEMPLATES).format(
        name=rng.choice(NAMES), prov=rng.choice(PROVIDERS), proc=rng.choice(PROCEDURES),
        med=rng.choice(MEDICATIONS), day=rng.choice(DAYS), time=rng.choice(TIMES),
        nn=f"{rng.randrange(100):02d}", a1c=f"{rng.uniform(5.0, 11.0):.1f}")
    obj = {"id": f"m{i}", "text": text}
    purpose = rng.choice(PURPOSES)
    if purpose:
        obj["purpose"] = purpose
    return json.dumps(obj, ensure_ascii=False)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--lines", type=int, default=0)
    p.add_argument("--bytes", type=int, default=0)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--malformed", action="store_true")
    a = p.parse_args()
    if (a.lines <= 0) == (a.bytes <= 0):
        p.error("give exactly one of --lines N or --bytes N")
    rng = random.Random(a.seed)
    out = sys.stdout.buffer
    written = 0
    i = 0
    buf = []
    while (a.lines and i < a.lines) or (a.bytes and written < a.bytes):
        b = (line(rng, i, a.malformed) + "\n").encode("utf-8")
        buf.append(b)
        written += len(b)
        i += 1
        if len(buf) >= 4096:
            out.write(b"".join(buf))
            buf.clear()
    out.write(b"".join(buf))
    return 0


if __name__ == "__main__":
    sys.exit(main())
