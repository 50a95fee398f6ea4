"""Shared builder of the blind probe corpora (build_probe2..7.py): validation against
corpus/README.md's conventions, span lookup by substring with UTF-16 offsets, and output.

Each build script holds only its messages, as rows
(id, text, verdict, purpose, channel, lang, spans, tags, why) with spans
(substring, category[, occurrence_index]); a substring may carry a context marker
("LDL 162 ([[H]])" labels only "H"). Standard library only.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

VERDICTS = {"ALLOW", "REWRITE", "BLOCK"}
PURPOSES = {"reminder", "recall", "confirmation", "pickup", "portal-notice", "billing", "marketing", "result",
            "care-instructions", "other"}  # DESIGN.md's Message purposes
CHANNELS = {"sms", "email", "push", "portal", "voice"}  # DESIGN.md's Message channels
LANGS = {"en", "es"}
CATEGORIES = {"NAME", "PROVIDER", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
              "HEALTH_PLAN_ID", "ACCOUNT", "LICENSE", "VEHICLE_ID", "DEVICE_ID", "URL", "IP",
              "ADDRESS", "ZIP", "OTHER_ID", "SPECIALTY", "CONDITION", "PROCEDURE", "MEDICATION",
              "RESULT"}
SERVICE_TAGS = {"behavioral-health", "substance-use", "hiv-sexual-health", "reproductive", "oncology",
                "cardiology", "dental", "dermatology", "pediatrics", "home-health", "urgent-care",
                "pharmacy", "primary-care", "imaging", "lab", "physical-therapy", "ophthalmology",
                "orthopedics", "dialysis", "fertility", "general",
                # added 2026-11-28 (nineteenth round): the services blind authors most often
                # reported missing, and tagged general, cardiology or physical-therapy instead
                "genetics", "hematology", "pain", "plastic-surgery", "vascular",
                "gender-affirming", "neurology", "pulmonology", "chiropractic",
                "skilled-nursing"}
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


def build(M, prefix):
    errors, warnings = [], []
    seen_ids, seen_texts, out = set(), set(), []
    for n_row, row in enumerate(M, 1):
        if len(row) != 9:
            errors.append(f"{row[0] if row else '?'}: expected 9 fields, got {len(row)}")
            continue
        mid, text, verdict, purpose, channel, lang, spans, tags, why = row
        e = lambda msg: errors.append(f"{mid}: {msg}")
        if not re.fullmatch(prefix + r"\d{4}", mid):
            e("bad id")
        elif mid != f"{prefix}{n_row:04d}":
            e(f"id out of sequence (expected {prefix}{n_row:04d})")
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


def run(M, prefix, name):
    """Validates the messages M (ids prefix0001...), writes them to the path given as the first
    argument or to corpus/NAME, and prints counts (more with -v)."""
    OUT = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), name)
    out, errors, warnings = build(M, prefix)
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


