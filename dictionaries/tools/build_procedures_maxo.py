#!/usr/bin/env python3
"""Regenerate procedure-maxo.en.txt: English procedure, test and therapy names from MAxO.

Python 3.11, standard library only.

Usage
-----
    git -C MAXO_CHECKOUT show HEAD:maxo.obo > /tmp/maxo.obo
    python3 dictionaries/tools/build_procedures_maxo.py --obo /tmp/maxo.obo \\
        --version COMMIT [--retrieved YYYY-MM-DD]

Source
------
Medical Action Ontology (MAxO), https://github.com/monarch-initiative/MAxO, file maxo.obo.
License: Creative Commons Attribution 4.0 International (the repository's LICENSE file); the
attribution is written into the generated file's header. The ontology is NOT committed here.

What is kept
------------
The labels and EXACT synonyms of current (non-obsolete) MAXO terms that a patient message could
use for a test, procedure or therapy:

* at most four words; letters, spaces, hyphens and apostrophes only (no digits, brackets,
  slashes or commas: those are code-like or qualified forms);
* none of the ontology's modelling words (agent, avoidance, supplementation, intake,
  administration, exposure, measurement, count, level, "examination by", "referral to" ...):
  those name drug classes, diets or lab analytes, which other lists cover, or are not phrases a
  message would use;
* a single word only when it is not an everyday English word (``words.en.txt``), or when it
  ends like a procedure (-ectomy, -oscopy, -plasty, -otomy, -ostomy, -graphy, -centesis ...);
  acronyms (a word with a second capital: GATT, SPECT, NIPPV) are left out, too many other
  meanings;
* not already in another bundled clinical list (condition, procedure, care, lab tests,
  specialty, medication, allow), compared after the matcher's folding, so the hand-curated rows
  keep their tags and ambiguity; nor in ``procedure-maxo-exclude.en.tsv`` (terms dropped by hand,
  each with its reason).

Tags come from keywords of the term (see TAGS), ``general`` otherwise; ambiguity is 0 (the
filters above leave no everyday words).
"""
from __future__ import annotations

import argparse
import datetime as _dt
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_clinical as bc  # noqa: E402  (shared row format, folding and writer)

DICT_DIR = bc.DEFAULT_OUT
OUT_NAME = "procedure-maxo.en.txt"

# Modelling words of the ontology: drug classes, diets, analytes, referral/assessment stubs.
JARGON = re.compile(
    r"\b(agent|agents|avoidance|avoid|avoiding|supplementation|supplement|supplemental|intake|"
    r"dietary|diet|administration|administered|exposure|procedure|procedures|specialist|specialst|"
    r"examination by|assessment by|evaluation by|referral|referred|drug|drugs|agonist|antagonist|"
    r"inhibitor|inhibiting|blocker|blocking|count|level|levels|measurement|assay|concentration|"
    r"morphology|cellularity|indexing|engineering|enhancement|augmenting|pro|anti|consumption|"
    r"medication|medical action|treatment with|therapy with|substance|compound|product|"
    r"modification|habilitation|management|care|restriction|recommendation|usage|prevention)\b")
# A word written in capitals after its first letter is an acronym or a gene/brand spelling
# (SPECT, NIPPV, VSTest): too many other meanings in a message.
ACRONYM = re.compile(r"\b[A-Za-z]*[A-Z][A-Za-z]*[A-Z]")
PROCEDURE_ENDINGS = ("ectomy", "oscopy", "plasty", "otomy", "ostomy", "graphy", "gram",
                     "centesis", "pexy", "rrhaphy", "tripsy", "desis", "scopy", "therapy",
                     "ablation", "biopsy", "implantation", "transplantation", "dialysis")

# (pattern, tags): every matching pattern adds its tags; no match -> general.
TAGS = [
    (r"genetic|genom|exome|karyotyp|chromosom|preimplantation", "genetic"),
    (r"psychiatr|psycho|behavio|cognitive|mental|counsel", "behavioral-health"),
    (r"fetal|foetal|amnio|pregnan|intrapartum|prenatal|antenatal|obstetric|chorionic|cesarean|"
     r"caesarean|labor induction|labour", "reproductive,obstetrics"),
    (r"\biud\b|ovar|uter|cervi|vagin|vulv|embryo|oocyte|in vitro fert|sperm|vasectomy|tubal|"
     r"hysterect|contracept|reproductive|fertility", "reproductive"),
    (r"cancer|tumou?r|chemo|oncolog|radiotherapy|radiation|brachy|mastectomy|lumpectomy|"
     r"malignan|carcinoma|lymphoma|leukemia|proton", "oncology"),
    (r"\bmri\b|magnetic resonance|\bct\b|cat scan|computed tomography|radiograph|sonograph|"
     r"ultraso|x-ray|xray|mammogra|\bpet\b|scintigraph|fluoroscop|angiogra|imaging", "imaging"),
    (r"heart|cardi|coronary|valv|pacemaker|defibrillat|echocardiog|electrocardiog|aort|"
     r"arrhythm", "cardiology"),
    (r"\beye|ocular|glaucoma|retin|cornea|cataract|vitre|lens|optic|ophthalm|visual|vision|"
     r"lacrimal|strabism|eyelid", "ophthalmology"),
    (r"kidney|renal|nephr|dialysis|ureter", "nephrology"),
    (r"brain|cerebr|neuro|spinal cord|epilep|electroencephal|seizure|nerve", "neurology"),
    (r"stomach|gastr|colon|bowel|intestin|esophag|oesophag|duoden|\brect|\banal\b|liver|hepat|"
     r"biliar|bile|pancrea|fundoplication|endoscop", "gastroenterology"),
    (r"lung|pulmon|bronch|trache|thorac|pleur|respirat|ventilat", "pulmonology"),
    (r"bone|joint|spine|spinal|orthop|fractur|arthro|tendon|ligament|\bhip\b|knee|shoulder|"
     r"amputat", "orthopedics"),
    (r"skin|derma|cutaneous|hair|nail", "dermatology"),
    (r"thyroid|insulin|endocrin|pituitar|adrenal|hormone", "endocrinology"),
    (r"tooth|teeth|dental|oral surg|periodont|orthodont", "dental"),
    (r"hiv|sexually transmitted|syphilis|chlamydia|gonorrh|hepatitis|hep c|hep b", "hiv-sexual-health"),
    (r"opioid|methadone|buprenorph|alcohol|addiction|substance|detox", "substance-use"),
    (r"child|pediatric|paediatric|neonat|newborn|infant", "pediatrics"),
]
TAG_RES = [(re.compile(p), t) for p, t in TAGS]


def parse_obo(path: str):
    """Yields (id, label, [EXACT synonyms]) of current MAXO terms."""
    term = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("["):
                if term and term["id"].startswith("MAXO:") and not term["obsolete"]:
                    yield term["id"], term["name"], term["exact"]
                term = {"id": "", "name": "", "exact": [], "obsolete": False} \
                    if line == "[Term]" else None
                continue
            if term is None:
                continue
            if line.startswith("id: "):
                term["id"] = line[4:]
            elif line.startswith("name: "):
                term["name"] = line[6:]
            elif line.startswith("is_obsolete: true"):
                term["obsolete"] = True
            elif line.startswith("synonym: "):
                m = re.match(r'synonym: "((?:[^"\\]|\\.)*)" EXACT', line)
                if m:
                    term["exact"].append(m.group(1))
    if term and term["id"].startswith("MAXO:") and not term["obsolete"]:
        yield term["id"], term["name"], term["exact"]


def normalize(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())


def dictionary_terms(names: list[str]) -> set[str]:
    out = set()
    for n in names:
        with open(os.path.join(DICT_DIR, n), encoding="utf-8") as fh:
            for line in fh:
                if not line.startswith("#"):
                    out.add(line.split("\t", 1)[0])
    return out


def keep(term: str, words: set[str]) -> bool:
    if len(term.split()) > 4 or not re.fullmatch(r"[a-z][a-z' -]*[a-z]", term):
        return False
    if JARGON.search(term):
        return False
    if " " not in term:
        if len(term) <= 4:
            return False
        if term in words and not term.endswith(PROCEDURE_ENDINGS):
            return False
    return True


def tags_of(term: str) -> str:
    tags: list[str] = []
    for rx, t in TAG_RES:
        if rx.search(term):
            for x in t.split(","):
                if x not in tags:
                    tags.append(x)
    return ",".join(tags) if tags else "general"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--obo", required=True, help="maxo.obo from a MAxO checkout")
    ap.add_argument("--version", default="", help="MAxO commit, written into the header")
    ap.add_argument("--out", default=DICT_DIR)
    ap.add_argument("--retrieved", default=_dt.date.today().isoformat())
    a = ap.parse_args(argv)

    words = dictionary_terms(["words.en.txt"])
    others = {bc.fold_key(t) for t in dictionary_terms([
        "condition.en.txt", "condition.es.txt", "procedure.en.txt", "procedure.es.txt",
        "care.en.txt", "care.es.txt", "lab-tests.en.txt", "lab-tests.es.txt",
        "specialty.en.txt", "specialty.es.txt", "medication.txt", "medication.es.txt",
        "allow.en.txt", "allow.es.txt"])}
    exclude = set(bc.read_rows(os.path.join(bc.HERE, "procedure-maxo-exclude.en.tsv")))

    rows: dict[str, tuple[str, float]] = {}
    seen = 0
    for _id, name, exact in parse_obo(a.obo):
        seen += 1
        for s in [name, *exact]:
            if ACRONYM.search(s):
                continue
            t = normalize(s)
            if t in rows or not keep(t, words) or t in exclude or bc.fold_key(t) in others:
                continue
            rows[t] = (tags_of(t), 0.0)
    rows = bc.drop_variants(rows, set(), "procedure-maxo.en")
    ver = f" at commit {a.version}" if a.version else ""
    n = bc.write_dict(os.path.join(a.out, OUT_NAME), dict(
        name="tests, procedures and therapies from the Medical Action Ontology (en)",
        category="PROCEDURE", lang="en",
        source=(f"Medical Action Ontology (MAxO), github.com/monarch-initiative/MAxO{ver}, "
                f"maxo.obo: labels and EXACT synonyms of {seen} current MAXO terms; built by "
                "dictionaries/tools/build_procedures_maxo.py"),
        license=("CC BY 4.0 (Medical Action Ontology, Monarch Initiative; "
                 "https://creativecommons.org/licenses/by/4.0/); terms lower-cased and filtered, "
                 "tags added"),
        retrieved=a.retrieved,
        curation=("at most four words of letters, spaces, hyphens and apostrophes; ontology "
                  "modelling words (agent, avoidance, supplementation, intake, measurement, count, "
                  "examination by, referral, restriction, usage...) left out; single words only when not an everyday "
                  "English word (words.en.txt) or ending like a procedure (-ectomy, -oscopy, "
                  "-plasty...); no acronyms (a word with a second capital); terms already in another "
                  "bundled clinical list left to that list; "
                  f"{len(exclude)} terms dropped by hand (procedure-maxo-exclude.en.tsv); "
                  "tags from keywords, general otherwise; ambiguity 0")), rows)
    print(f"{OUT_NAME}\t{n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
