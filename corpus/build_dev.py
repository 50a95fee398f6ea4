#!/usr/bin/env python3
"""Build corpus/dev.jsonl from corpus/dev.src.txt (see corpus/README.md for the formats).

Python 3.11, standard library only.  Usage:

    python3 corpus/build_dev.py [--check] [--quiet] [SRC [OUT]]

--check validates without writing OUT.  Any error is reported with its source line number and
the build exits with status 1 without writing anything ("fail loudly").  On success a summary
(counts by verdict, language, tag and category) is printed to stdout.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SRC = HERE / "dev.src.txt"
DEFAULT_OUT = HERE / "dev.jsonl"
SEEDS = HERE / "seed-examples.jsonl"  # the repository copy of shared/corpus/seed-examples.jsonl

# Category enum of DESIGN.md, in its order.
CATEGORIES = (
    "NAME PROVIDER DATE AGE PHONE FAX EMAIL SSN MRN HEALTH_PLAN_ID ACCOUNT LICENSE VEHICLE_ID "
    "DEVICE_ID URL IP ADDRESS ZIP OTHER_ID SPECIALTY CONDITION PROCEDURE MEDICATION RESULT "
    "PLACEHOLDER"
).split()
VERDICTS = ("ALLOW", "REWRITE", "BLOCK")
PURPOSES = (
    "reminder recall confirmation pickup portal-notice billing marketing result "
    "care-instructions other"
).split()
CHANNELS = ("sms", "email", "push", "portal", "voice")
LANGS = ("en", "es")

# On a non-portal ALLOW line only practice contact details (and the allowed provider name and
# appointment date) may be labelled.  On channel `portal` the content may stay (DESIGN: purpose
# and channel change the answer), but an SSN never travels in a message.
ALLOW_CATEGORIES = {"PROVIDER", "DATE", "PHONE", "FAX", "URL", "EMAIL", "ADDRESS"}
NEVER_ALLOWED = {"SSN"}
IDENTIFIER_CATEGORIES = {
    "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT", "LICENSE", "VEHICLE_ID", "DEVICE_ID", "IP",
    "ZIP", "OTHER_ID",
}

SPECIALTY_TAGS = {
    "behavioral-health", "substance-use", "hiv-sexual-health", "reproductive", "oncology",
    "cardiology", "dental", "dermatology", "pediatrics", "home-health", "urgent-care",
    "pharmacy", "primary-care", "imaging", "lab", "physical-therapy", "ophthalmology",
    "orthopedics", "dialysis", "fertility", "general",
}
# Tags the build derives from the text; they may also be written explicitly, but an explicit
# one the text does not support is an error (it means an escape was forgotten).
DERIVED_CHECKED = {"zero-width", "confusable", "fullwidth", "emoji", "multiline", "long"}
STYLE_TAGS = {
    "hard-negative", "adversarial", "shorthand", "typo", "template", "leet", "spaced",
    "mixed-case", "emoji-split", "linebreak-split", "third-party", "minor", "negation",
    "broadcast", "practice-contact", "dob", "age-over-89", "otp", "identifier", "spanish",
    "contrast", "html-entity", "percent-encoded", "bidi-override",
} | DERIVED_CHECKED
ADVERSARIAL_KINDS = {
    "zero-width", "confusable", "fullwidth", "leet", "spaced", "mixed-case", "emoji-split",
    "linebreak-split", "html-entity", "percent-encoded", "bidi-override",
}
KNOWN_TAGS = SPECIALTY_TAGS | STYLE_TAGS

TAG_RE = re.compile(r"^[a-z0-9-]+(,[a-z0-9-]+)*$")
ID_RE = re.compile(r"^[A-Za-z0-9_.-]+$")
ESCAPE_RE = re.compile(r"\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|n|\\|.|$)")
PLACEHOLDER_RE = re.compile(
    r"\{\{\s*[A-Za-z_][\w.]*\s*\}\}|\$\{[A-Za-z_][\w.]*\}|\{[A-Za-z_]\w*\}|\{\d+\}"
    r"|\[[A-Z][A-Za-z]+\]|<<[A-Za-z_]\w*>>|\*\|[A-Z_]+\|\*|%s|%\d\$s"
)
OPEN, CLOSE = "\u27e6", "\u27e7"  # the markup brackets


class SourceError(Exception):
    pass


def u16len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def decode_escapes(raw: str) -> str:
    r"""Decode \uXXXX, \UXXXXXXXX, \n and \\ ; any other backslash sequence is an error."""

    def repl(m: re.Match) -> str:
        e = m.group(1)
        if e == "n":
            return "\n"
        if e == "\\":
            return "\\"
        if len(e) > 1 and e[0] in "uU":
            cp = int(e[1:], 16)
            if 0xD800 <= cp <= 0xDFFF or cp > 0x10FFFF:
                raise SourceError(f"escape \\{e} is not a Unicode scalar value (use \\U for astral)")
            return chr(cp)
        raise SourceError(f"unknown escape '\\{e}' (allowed: \\uXXXX \\UXXXXXXXX \\n \\\\)")

    return ESCAPE_RE.sub(repl, raw)


def parse_markup(raw: str) -> tuple[str, list[dict]]:
    """Return (decoded text, spans with UTF-16 offsets into it)."""
    out: list[str] = []
    spans: list[dict] = []
    pos16 = 0
    i = 0
    while i < len(raw):
        j = raw.find(OPEN, i)
        k = raw.find(CLOSE, i)
        if k != -1 and (j == -1 or k < j):
            raise SourceError(f"unbalanced markup: '{CLOSE}' without '{OPEN}' at text column {k + 1}")
        plain = raw[i:] if j == -1 else raw[i:j]
        if plain:
            dec = decode_escapes(plain)
            out.append(dec)
            pos16 += u16len(dec)
        if j == -1:
            break
        end = raw.find(CLOSE, j + 1)
        if end == -1:
            raise SourceError(f"unbalanced markup: '{OPEN}' at text column {j + 1} is never closed")
        inner = raw[j + 1:end]
        if OPEN in inner:
            raise SourceError(f"unbalanced markup: nested '{OPEN}' inside the span at text column {j + 1}")
        if "|" not in inner:
            raise SourceError(f"span at text column {j + 1} has no '|CATEGORY'")
        stext, cat = inner.rsplit("|", 1)
        if cat not in CATEGORIES:
            raise SourceError(f"unknown category '{cat}' in span at text column {j + 1}")
        if cat == "PLACEHOLDER":
            raise SourceError("PLACEHOLDER spans are not used: placeholders stay unlabelled (README)")
        dec = decode_escapes(stext)
        if not dec.strip():
            raise SourceError(f"empty span at text column {j + 1}")
        if dec != dec.strip():
            raise SourceError(f"span at text column {j + 1} has leading/trailing whitespace")
        out.append(dec)
        spans.append({"start": pos16, "end": pos16 + u16len(dec), "category": cat, "_text": dec})
        pos16 += u16len(dec)
        i = end + 1
    return "".join(out), spans


def is_emoji(ch: str) -> bool:
    cp = ord(ch)
    return cp >= 0x1F000 or 0x2600 <= cp <= 0x27BF or 0x2B00 <= cp <= 0x2BFF


def derive_tags(text: str, lang: str) -> set[str]:
    tags: set[str] = set()
    if lang == "es":
        tags.add("spanish")
    for idx, ch in enumerate(text):
        cp = ord(ch)
        if unicodedata.category(ch) == "Cf":
            before = text[idx - 1] if idx > 0 else " "
            after = text[idx + 1] if idx + 1 < len(text) else " "
            if before.isalnum() or after.isalnum():
                tags.add("zero-width")
        if 0x0370 <= cp <= 0x03FF or 0x0400 <= cp <= 0x04FF:
            tags.add("confusable")
        if 0xFF01 <= cp <= 0xFF5E:
            tags.add("fullwidth")
        if is_emoji(ch):
            tags.add("emoji")
    if "\n" in text:
        tags.add("multiline")
    if u16len(text) >= 500:
        tags.add("long")
    if PLACEHOLDER_RE.search(text):
        tags.add("template")
    return tags


def parse_line(line: str) -> dict:
    parts = line.split(" | ", 6)
    if len(parts) != 7:
        raise SourceError(
            f"expected 7 fields 'id | verdict | purpose | channel | lang | tags | text', got {len(parts)}")
    rid, verdict, purpose, channel, lang, tags, rest = (p.strip() for p in parts)
    for name, value in (("id", rid), ("verdict", verdict), ("purpose", purpose),
                        ("channel", channel), ("lang", lang), ("tags", tags), ("text", rest)):
        if not value:
            raise SourceError(f"missing field '{name}'")
    if not ID_RE.match(rid):
        raise SourceError(f"bad id '{rid}'")
    if verdict not in VERDICTS:
        raise SourceError(f"verdict '{verdict}' is not one of {'/'.join(VERDICTS)}")
    if purpose != "-" and purpose not in PURPOSES:
        raise SourceError(f"unknown purpose '{purpose}'")
    if channel != "-" and channel not in CHANNELS:
        raise SourceError(f"unknown channel '{channel}'")
    if lang not in LANGS:
        raise SourceError(f"unknown lang '{lang}'")
    why = None
    if " || " in rest:
        rest, why = rest.split(" || ", 1)
        rest, why = rest.strip(), why.strip()
        if not why:
            raise SourceError("empty why after ' || '")
    elif rest.endswith(" ||") or rest.endswith("||"):
        raise SourceError("empty why after '||'")
    if not rest:
        raise SourceError("missing field 'text'")
    explicit: set[str] = set()
    if tags != "-":
        if not TAG_RE.match(tags):
            raise SourceError(f"bad tags field '{tags}' (comma-separated lower-case words or '-')")
        explicit = set(tags.split(","))
        unknown = sorted(explicit - KNOWN_TAGS)
        if unknown:
            raise SourceError(f"unknown tag(s) {unknown}")
    text, spans = parse_markup(rest)
    if OPEN in text or CLOSE in text:
        raise SourceError("markup bracket left in the decoded text")
    derived = derive_tags(text, lang)
    for t in sorted((explicit & DERIVED_CHECKED) - derived):
        raise SourceError(f"tag '{t}' is written but the text does not show it (forgotten escape?)")
    all_tags = explicit | derived
    if all_tags & ADVERSARIAL_KINDS:
        all_tags.add("adversarial")
    cats = {s["category"] for s in spans}
    if cats & IDENTIFIER_CATEGORIES:
        all_tags.add("identifier")

    # Verdict/label consistency (README "Validation").
    if verdict == "ALLOW":
        bad = cats & NEVER_ALLOWED if channel == "portal" else cats - ALLOW_CATEGORIES
        if bad:
            raise SourceError(
                f"ALLOW line (channel {channel}) has span categories {sorted(bad)}; only "
                f"{sorted(ALLOW_CATEGORIES)} may be labelled on an ALLOW line "
                "(any but SSN on channel portal)")
    else:
        if not spans:
            raise SourceError(f"{verdict} line has no span: label what causes the verdict")
    if "SSN" in cats and verdict != "BLOCK":
        raise SourceError("a line with an SSN span must be BLOCK")
    if verdict == "BLOCK" and not why:
        raise SourceError("BLOCK line needs a '|| why'")
    if "hard-negative" in all_tags and (verdict != "ALLOW" or spans):
        raise SourceError("'hard-negative' lines must be ALLOW with no span at all")
    if "practice-contact" in all_tags and not cats & {"PHONE", "FAX", "URL", "EMAIL", "ADDRESS"}:
        raise SourceError("'practice-contact' line has no PHONE/FAX/URL/EMAIL/ADDRESS span")
    if not all_tags & SPECIALTY_TAGS:
        raise SourceError(f"no specialty tag (one of {sorted(SPECIALTY_TAGS)})")

    rec: dict = {"id": rid, "text": text, "verdict": verdict}
    if purpose != "-":
        rec["purpose"] = purpose
    if channel != "-":
        rec["channel"] = channel
    rec["lang"] = lang
    rec["phi"] = [{"start": s["start"], "end": s["end"], "category": s["category"]} for s in spans]
    rec["tags"] = sorted(all_tags)
    if why:
        rec["why"] = why
    rec["_spans"] = spans
    return rec


def self_check(rec: dict) -> None:
    """Re-derive every span from the UTF-16 offsets, as a Java consumer would."""
    units = rec["text"].encode("utf-16-le")
    for s in rec["_spans"]:
        got = units[2 * s["start"]:2 * s["end"]].decode("utf-16-le")
        if got != s["_text"]:
            raise SourceError(f"internal: offsets {s['start']}-{s['end']} do not select the span")


def to_json(rec: dict) -> str:
    out = json.dumps({k: v for k, v in rec.items() if not k.startswith("_")}, ensure_ascii=False)
    # Keep invisible and line-separator characters visible as escapes (valid JSON either way).
    return "".join(
        f"\\u{ord(c):04x}" if (unicodedata.category(c) in ("Cf", "Zl", "Zp") and ord(c) <= 0xFFFF)
        else c for c in out)


def load_seed_texts() -> set[str]:
    if not SEEDS.exists():
        return set()
    texts = set()
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            texts.add(json.loads(line)["text"])
    return texts


def summary(records: list[dict]) -> str:
    n = len(records)
    lines = [f"messages: {n}"]

    def block(title: str, counter: Counter) -> None:
        lines.append(f"{title}:")
        for key, c in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {key:<22} {c:5d}  {100.0 * c / n:5.1f}%")

    block("verdict", Counter(r["verdict"] for r in records))
    block("lang", Counter(r["lang"] for r in records))
    block("purpose", Counter(r.get("purpose", "-") for r in records))
    block("channel", Counter(r.get("channel", "-") for r in records))
    block("verdict x lang", Counter(f"{r['verdict']}/{r['lang']}" for r in records))
    block("tag", Counter(t for r in records for t in r["tags"]))
    cat = Counter(p["category"] for r in records for p in r["phi"])
    lines.append("category (spans; messages):")
    per_msg = Counter(c for r in records for c in {p["category"] for p in r["phi"]})
    for key in CATEGORIES:
        if cat[key]:
            lines.append(f"  {key:<22} {cat[key]:5d}  {per_msg[key]:5d}")
    hn = sum(1 for r in records if "hard-negative" in r["tags"])
    adv = sum(1 for r in records if "adversarial" in r["tags"])
    nospan_allow = sum(1 for r in records if r["verdict"] == "ALLOW" and not r["phi"])
    lines.append(f"hard negatives: {hn}   ALLOW without span: {nospan_allow}   adversarial: {adv}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    check_only = "--check" in argv
    quiet = "--quiet" in argv
    args = [a for a in argv if not a.startswith("--")]
    src = Path(args[0]) if args else DEFAULT_SRC
    out = Path(args[1]) if len(args) > 1 else DEFAULT_OUT
    seeds = load_seed_texts()
    errors: list[str] = []
    records: list[dict] = []
    seen_ids: dict[str, int] = {}
    seen_msgs: dict[tuple, int] = {}
    for lineno, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            rec = parse_line(line)
            self_check(rec)
            if rec["id"] in seen_ids:
                raise SourceError(f"duplicate id '{rec['id']}' (first on line {seen_ids[rec['id']]})")
            key = (rec["text"], rec.get("purpose"), rec.get("channel"))
            if key in seen_msgs:
                raise SourceError(f"duplicate message (same text/purpose/channel as line {seen_msgs[key]})")
            if rec["text"] in seeds:
                raise SourceError("verbatim copy of a seed example (seeds are tested separately)")
            seen_ids[rec["id"]] = lineno
            seen_msgs[key] = lineno
            records.append(rec)
        except SourceError as e:
            errors.append(f"{src.name}:{lineno}: {e}")
    if not records and not errors:
        errors.append(f"{src.name}: no messages")
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        print(f"build_dev: {len(errors)} error(s); {out.name} not written", file=sys.stderr)
        return 1
    if not check_only:
        out.write_text("".join(to_json(r) + "\n" for r in records), encoding="utf-8")
    if not quiet:
        print(summary(records))
        print(("checked " if check_only else f"wrote {out} ") + f"({len(records)} messages)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
