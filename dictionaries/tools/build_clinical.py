#!/usr/bin/env python3
"""Regenerate Redactor's clinical term dictionaries (CONDITION, PROCEDURE, ALLOW; en + es).

Python 3.11, standard library only.

Usage
-----
    python3 dictionaries/tools/build_clinical.py --doid DIR [--out DIR] [--retrieved YYYY-MM-DD]

Outputs (in ``dictionaries/src/main/resources/dev/redactor/dictionaries/`` unless --out):
    condition.en.txt  condition.es.txt  procedure.en.txt  procedure.es.txt  allow.en.txt  allow.es.txt

Sources
-------
1. Human Disease Ontology (DO), https://github.com/DiseaseOntology/HumanDiseaseOntology
   License: CC0 1.0 Universal (the repository's LICENSE file). NOT committed here: pass a
   checkout (or an export of these paths) as --doid DIR. Files read, relative to DIR:
     * DOreports/HumanDO.tsv                   id, label, subClassOf (one row per parent)
     * DOreports/DO-subClassOf-anonymous.tsv   logical axioms (inheritance -> `genetic` tag)
     * src/ontology/subsets/*.obo              EXACT synonyms of the slim members; subset
                                               membership (sexually transmitted, childhood cancer)
     * src/translations/*.tsv                  Spanish translations (labels, EXACT synonyms) and,
                                               as source_text, more English EXACT synonyms
     * src/translations/history/*.tsv          optional: older approved doid-es.tsv exports, e.g.
                                               `git show 6ae68536d1a3:src/translations/doid-es.tsv`
                                               (2025-03-28; the current doid-es.tsv is too large for
                                               some mirrors), carrying ~530 Spanish labels
   (doid.obo itself is not needed: HumanDO.tsv has every current label and parent.)
2. Hand-curated supplements kept next to this script (committed, written for this project):
     condition-supplement.en.tsv / .es.tsv     lay forms, abbreviations, misspellings, everyday-word
                                               ambiguity, sensitive-group tags
     condition-exclude.en.tsv / .es.tsv        DO-derived terms dropped (everyday words, slurs,
                                               obsolete or misleading synonyms)
     procedure-supplement.en.tsv / .es.tsv     tests, procedures, visit types, therapies (no CPT,
                                               CDT, LOINC or SNOMED text was used)
     allow.en.tsv / allow.es.tsv               false-positive suppressors
   Supplement rows use the dictionary row format ``term<TAB>tags<TAB>ambiguity``; lines starting
   with ``#`` and blank lines are ignored. A supplement row replaces a DO-derived row for the same
   term (its tags and ambiguity win).

The DO-derived part keeps short patient-facing names: labels and EXACT synonyms of at most four
words (five for Spanish), without digits, punctuation, gene symbols/acronyms, qualifiers
("with", "without", "type", "autosomal", "susceptibility", "due to", ...), and without DO's
"... infectious disease" constructions; plural, hyphen/space and accent-less duplicates are
dropped because the matcher folds them. Tags come from the DO hierarchy (see TAG_RULES).
"""
from __future__ import annotations

import argparse
import collections
import csv
import datetime as _dt
import glob
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(
    HERE, "..", "src", "main", "resources", "dev", "redactor", "dictionaries"))

ALLOWED_TAGS = {
    "behavioral-health", "substance-use", "hiv-sexual-health", "reproductive", "oncology",
    "genetic", "cardiology", "dental", "dermatology", "pediatrics", "home-health", "urgent-care",
    "pharmacy", "ophthalmology", "orthopedics", "nephrology", "neurology", "gastroenterology",
    "endocrinology", "pulmonology", "obstetrics", "hospice", "imaging", "lab", "general",
    "brand", "generic", "abbrev", "misspelling", "practice-word", "given", "surname",
    # allow-list tags: what an ALLOW phrase neutralizes
    "result-word", "name-word", "condition-word", "procedure-word", "specialty-word",
    "medication-word", "id-word", "date-word", "address-word",
}

# ancestor (or own) DO label -> tag; evaluated over the term's own label and all ancestors
ONCO_WORDS = re.compile(r"(tumou?r|neoplas|cancer|carcinoma|sarcoma|malignan|leuka?emia|lymphoma|"
                        r"blastoma|melanoma|myeloma|metasta|glioma|mesothelioma|"
                        r"tumor|neoplasia|cáncer|leucemia|linfoma|maligno|maligna)")
TAG_RULES = [
    ("cancer", "oncology"),
    ("disease of mental health", "behavioral-health"),
    ("substance-related disorder", "substance-use"),
    ("human immunodeficiency virus infectious disease", "hiv-sexual-health"),
    ("reproductive system disease", "reproductive"),
    ("genetic disease", "genetic"),
    ("chromosomal disease", "genetic"),
    ("cardiovascular system disease", "cardiology"),
    ("endocrine system disease", "endocrinology"),
    ("glucose metabolism disease", "endocrinology"),
    ("skin disease", "dermatology"),
    ("hair disease", "dermatology"),
    ("nail disease", "dermatology"),
    ("lower respiratory tract disease", "pulmonology"),
    ("lung disease", "pulmonology"),
    ("eye disease", "ophthalmology"),
    ("eye and adnexa disease", "ophthalmology"),
    ("kidney disease", "nephrology"),
    ("tooth disease", "dental"),
    ("periodontal disease", "dental"),
    ("gingival disease", "dental"),
    ("bone disease", "orthopedics"),
    ("joint disease", "orthopedics"),
    ("spinal disease", "orthopedics"),
    ("tendon disease", "orthopedics"),
    ("bursitis", "orthopedics"),
]
SUBSET_TAGS = {
    "sexually_transmitted_infectious_disease.obo": "hiv-sexual-health",
    "DO_childhood_cancer_slim.obo": "pediatrics",
}
# structure-dependent tags
NEURO_ROOT = "nervous system disease"
NOT_NEURO = {"sensory system disease"}  # eye and ear live under nervous system disease in DO
GI_ROOT = "gastrointestinal system disease"
NOT_GI = {"mouth disease"}
PEDIATRIC_WORDS = re.compile(r"\b(childhood|juvenile|infantile|neonatal|pediatric|paediatric|"
                             r"infantil|juvenil|neonatal|pediátrica|pediátrico|niñez)\b")
GENETIC_AXIOM = re.compile(r"'has material basis in' some ('?(autosomal|X-linked|Y-linked|digenic)"
                           r"[^']*inheritance'?|trinucleotide_repeat_expansion|chromosome|"
                           r"\(?'?has material basis in'? some (deletion|duplication))")

EN_BAD = re.compile(
    r"\b(with|without|due|type|form|associated|related|susceptibility|autosomal|x-linked|"
    r"y-linked|variant|by|non|other|unspecified|nos|group|complementation|subtype|locus|gene|"
    r"linked|caused|digenic|dominant|recessive|isolated|classic|classical|onset|late|mild|"
    r"severe|grade|stage|rare|primary|secondary|obsolete|allergy to|induced|deficiency of|"
    r"phenotype|spectrum|like)\b")
ES_BAD = re.compile(
    r"\b(con|sin|debido|tipo|forma|asociada|asociado|relacionada|relacionado|susceptibilidad|"
    r"autosómica|autosómico|ligada|ligado|variante|por|otra|otro|otras|otros|especificada|"
    r"especificado|grupo|complementación|subtipo|locus|gen|causada|causado|digénica|dominante|"
    r"recesiva|recesivo|aislada|aislado|clásica|clásico|inicio|tardía|tardío|leve|grave|grado|"
    r"estadio|rara|primaria|primario|secundaria|secundario|inducida|inducido|fenotipo|espectro|"
    r"similar|enfermedad infecciosa|[a-z]+mente)\b")
FUNCTION_EN = re.compile(r"\b(of|to|in|and|the|from|on|for|a|at|or)\b")
VOWEL = re.compile(r"[aeiouyáéíóúü]")


# ---------------------------------------------------------------------------------------------
# normalization and row handling

def norm(term: str) -> str:
    t = unicodedata.normalize("NFC", term)
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    t = t.casefold()
    t = re.sub(r"\s+", " ", t).strip()
    return unicodedata.normalize("NFC", t)


def strip_accents(t: str) -> str:
    d = unicodedata.normalize("NFD", t)
    return unicodedata.normalize("NFC", "".join(c for c in d if unicodedata.category(c) != "Mn"))


def fold_key(t: str) -> str:
    """What the matcher treats as the same surface form (approximation): accents, hyphens."""
    t = strip_accents(t).replace("-", " ")
    return re.sub(r"\s+", " ", t).strip()


def utf16_key(t: str) -> bytes:
    return t.encode("utf-16-be")


def fmt_amb(a: float) -> str:
    a = round(float(a), 2)
    if a <= 0:
        return "0"
    if a >= 1:
        return "1"
    s = f"{a:.2f}".rstrip("0").rstrip(".")
    return s


def read_rows(path: str) -> "collections.OrderedDict[str, tuple[str, float]]":
    rows: "collections.OrderedDict[str, tuple[str, float]]" = collections.OrderedDict()
    if not os.path.exists(path):
        return rows
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) == 1:
                parts = [parts[0], "-", "0"]
            if len(parts) != 3:
                sys.exit(f"{path}:{n}: expected term<TAB>tags<TAB>ambiguity")
            term = norm(parts[0])
            tags = parts[1].strip() or "-"
            amb = float(parts[2])
            if not 0 <= amb <= 1:
                sys.exit(f"{path}:{n}: ambiguity out of range")
            if tags != "-":
                tl = [x.strip() for x in tags.split(",") if x.strip()]
                bad = [x for x in tl if x not in ALLOWED_TAGS]
                if bad:
                    sys.exit(f"{path}:{n}: unknown tag(s) {bad}")
                tags = ",".join(dict.fromkeys(tl))
            if term in rows:
                # later duplicate rows merge their tags, keep the higher ambiguity
                otags, oamb = rows[term]
                merged = [x for x in (otags + "," + tags).split(",") if x and x != "-"]
                tags = ",".join(dict.fromkeys(merged)) or "-"
                amb = max(amb, oamb)
            rows[term] = (tags, amb)
    return rows


def read_terms(path: str) -> set[str]:
    out = set()
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.rstrip("\n")
                if line.strip() and not line.startswith("#"):
                    out.add(norm(line.split("\t")[0]))
    return out


# ---------------------------------------------------------------------------------------------
# Disease Ontology

class DO:
    def __init__(self, root: str):
        self.root = root
        self.label: dict[str, str] = {}
        self.by_label: dict[str, str] = {}
        self.parents: dict[str, set[str]] = collections.defaultdict(set)  # label -> parent labels
        self.syn_en: dict[str, set[str]] = collections.defaultdict(set)
        self.es: dict[str, set[str]] = collections.defaultdict(set)     # DOID -> Spanish terms
        self.subset_tags: dict[str, set[str]] = collections.defaultdict(set)
        self.genetic_axiom: set[str] = set()
        self._anc: dict[str, frozenset[str]] = {}
        self._load()

    def _p(self, *parts: str) -> str:
        return os.path.join(self.root, *parts)

    def _load(self) -> None:
        csv.field_size_limit(1 << 30)
        path = self._p("DOreports", "HumanDO.tsv")
        if not os.path.exists(path):
            sys.exit(f"missing {path}: pass a HumanDiseaseOntology checkout as --doid")
        with open(path, encoding="utf-8") as fh:
            r = csv.reader(fh, delimiter="\t")
            next(r)
            for row in r:
                if len(row) < 2:
                    continue
                i, lab = row[0].strip('"'), row[1].strip('"')
                par = row[2].strip('"') if len(row) > 2 else ""
                self.label[i] = lab
                self.by_label.setdefault(lab, i)
                if par:
                    self.parents[lab].add(par)
        anon = self._p("DOreports", "DO-subClassOf-anonymous.tsv")
        if os.path.exists(anon):
            with open(anon, encoding="utf-8") as fh:
                for line in fh:
                    parts = line.rstrip("\n").split("\t")
                    if len(parts) >= 3 and GENETIC_AXIOM.search(parts[2]):
                        self.genetic_axiom.add(parts[1])
        for f in sorted(glob.glob(self._p("src", "ontology", "subsets", "*.obo"))):
            tag = SUBSET_TAGS.get(os.path.basename(f))
            cur = None
            with open(f, encoding="utf-8") as fh:
                for line in fh:
                    if line.startswith("[Term]"):
                        cur = None
                    elif line.startswith("id: "):
                        cur = line[4:].strip()
                        if tag:
                            self.subset_tags[cur].add(tag)
                    else:
                        m = re.match(r'synonym: "(.*)" EXACT', line)
                        if m and cur:
                            self.syn_en[cur].add(m.group(1).replace('\\"', '"'))
        files = sorted(glob.glob(self._p("src", "translations", "*.tsv")))
        files += sorted(glob.glob(self._p("src", "translations", "history", "*.tsv")))
        for f in files:
            if os.path.basename(f).startswith("doid-es-deprecated"):
                continue  # records no longer in use
            with open(f, encoding="utf-8") as fh:
                for r in csv.DictReader(fh, delimiter="\t"):
                    sid = (r.get("source_id") or "").strip()
                    pred = (r.get("predicate") or "").strip()
                    if not sid.startswith("DOID:") or sid not in self.label:
                        continue
                    if pred not in ("rdfs:label", "oboInOwl:hasExactSynonym"):
                        continue
                    src = (r.get("source_text") or "").strip().strip('"')
                    tr = (r.get("translation_text") or "").strip().strip('"')
                    status = (r.get("status") or "").upper()
                    if pred == "oboInOwl:hasExactSynonym" and src:
                        self.syn_en[sid].add(src)
                    if tr and (r.get("translation_lang") or "es").strip() == "es" \
                            and "ERROR" not in status and "\n" not in tr \
                            and norm(tr) != norm(src):   # untranslated English placeholders
                        self.es[sid].add(tr)

    def ancestors(self, lab: str) -> frozenset[str]:
        if lab in self._anc:
            return self._anc[lab]
        seen: set[str] = set()
        stack = list(self.parents.get(lab, ()))
        while stack:
            p = stack.pop()
            if p not in seen:
                seen.add(p)
                stack.extend(self.parents.get(p, ()))
        self._anc[lab] = frozenset(seen)
        return self._anc[lab]

    def tags(self, doid: str) -> list[str]:
        lab = self.label[doid]
        anc = self.ancestors(lab) | {lab}
        tags: list[str] = []
        if "disease of cellular proliferation" in anc and ONCO_WORDS.search(lab.lower()):
            tags.append("oncology")
        for key, tag in TAG_RULES:
            if key in anc:
                tags.append(tag)
        if "substance-use" in tags and "behavioral-health" in tags:
            tags.remove("behavioral-health")
        if NEURO_ROOT in anc and not (anc & NOT_NEURO) and "ophthalmology" not in tags:
            tags.append("neurology")
        if GI_ROOT in anc and not (anc & NOT_GI):
            tags.append("gastroenterology")
        if any(a in self.genetic_axiom for a in anc):
            tags.append("genetic")
        tags.extend(sorted(self.subset_tags.get(doid, ())))
        for a in anc:
            i = self.by_label.get(a)
            if i:
                tags.extend(sorted(self.subset_tags.get(i, ())))
        if PEDIATRIC_WORDS.search(lab.lower()):
            tags.append("pediatrics")
        return list(dict.fromkeys(tags))


def acceptable_en(term: str, original: str) -> bool:
    if len(term) < 4:
        return False
    if re.search(r"[0-9,;:()\[\]/\"+=_.&%*?!<>]", term):
        return False
    if re.search(r"[A-Z]{2}", original):          # acronyms, gene symbols, SHOUTED names
        return False
    words = term.split()
    if len(words) > 4:
        return False
    if any(not VOWEL.search(w) for w in words):   # dhmnj, gvhd ...
        return False
    if EN_BAD.search(term):
        return False
    if term.endswith("infectious disease") and term != "infectious disease":
        return False
    if FUNCTION_EN.search(term) and len(words) > 3:
        return False
    if re.search(r"(^| )[a-z]( |$)", term):       # stray single letters: "hepatitis e" is kept by hand
        return False
    return True


def acceptable_es(term: str, original: str) -> bool:
    if len(term) < 4:
        return False
    if re.search(r"[0-9,;:()\[\]/\"+=_.&%*?!<>«»]", term):
        return False
    if re.search(r"[A-ZÁÉÍÓÚÑ]{2}", original):
        return False
    words = term.split()
    if len(words) > 5:
        return False
    if any(not VOWEL.search(w) for w in words):
        return False
    if ES_BAD.search(term):
        return False
    if re.search(r"(^| )[a-zñ]( |$)", term) and not re.search(r"(^| )(y|e|o|a)( |$)", term):
        return False
    if re.search(r"(^| )(y|e|o)( |$)", term) and len(words) > 4:
        return False
    return True


def derive(do: DO, lang: str) -> dict[str, tuple[str, float]]:
    out: dict[str, tuple[str, float]] = {}
    if lang == "en":
        items = [(i, lab, True) for i, lab in do.label.items()]
        for i, ss in do.syn_en.items():
            if i in do.label:
                items.extend((i, s, False) for s in sorted(ss))
        ok = acceptable_en
    else:
        items = [(i, s, True) for i, ss in do.es.items() for s in sorted(ss)]
        ok = acceptable_es
    for i, original, _is_label in sorted(items, key=lambda x: (not x[2], x[0], x[1])):
        t = norm(original)
        if not ok(t, original):
            continue
        if t in out:
            continue
        tags = do.tags(i)
        out[t] = (",".join(tags) if tags else "-", 0.0)
    return out


# ---------------------------------------------------------------------------------------------
# merge, dedupe, write

def plural_stems(last: str) -> list[str]:
    """Singular candidates for a word that may be a regular (English or Spanish) plural."""
    cands = []
    if last.endswith("ies"):
        cands.append(last[:-3] + "y")
    if last.endswith("es"):
        cands.append(last[:-2])
    if last.endswith("s") and not last.endswith("ss") and not last.endswith("is"):
        cands.append(last[:-1])
    if last.endswith("oses"):
        cands.append(last[:-4] + "osis")
    return cands


def drop_variants(rows: dict[str, tuple[str, float]], keep: set[str],
                  label: str = "") -> dict[str, tuple[str, float]]:
    """Drop plural, hyphen/space and accent-less duplicates of another entry.

    The matcher folds these, so only one surface form is kept: a hand-curated form before a
    derived one, the accented form, the form with fewer hyphens, and the singular.
    """
    terms = set(rows)
    folded: dict[str, list[str]] = collections.defaultdict(list)
    for t in terms:
        folded[fold_key(t)].append(t)
    drop: set[str] = set()
    for k, group in folded.items():
        if len(group) > 1:
            group.sort(key=lambda t: (t not in keep, strip_accents(t) == t, t.count("-"), t))
            drop.update(group[1:])
    for t in terms:
        if t in drop:
            continue
        words = fold_key(t).split(" ")
        last, stem = words[-1], " ".join(words[:-1])
        for c in plural_stems(last):
            if len(c) < 4:        # hives/hiv, eds/ed, cfs/cf are different terms
                continue
            single = (stem + " " + c).strip()
            if single != fold_key(t) and single in folded and \
                    any(x not in drop for x in folded[single]):
                drop.add(t)
                break
    dropped_hand = sorted(t for t in drop if t in keep)
    if dropped_hand and label:
        print(f"{label}: dropped {len(dropped_hand)} hand-curated variant(s): "
              + ", ".join(dropped_hand), file=sys.stderr)
    return {t: v for t, v in rows.items() if t not in drop}


HEADER = """# Redactor dictionary: {name}
# category: {category}
# language: {lang}
# source: {source}
# license: {license}
# retrieved: {retrieved}
# curation: {curation}
# normalization: lower case (Unicode case fold), NFC, single spaces, no leading/trailing space
# columns: term<TAB>tags<TAB>ambiguity
"""


def write_dict(path: str, meta: dict[str, str], rows: dict[str, tuple[str, float]]) -> int:
    for t in rows:
        if "\t" in t or t != t.strip() or "  " in t or t != unicodedata.normalize("NFC", t):
            sys.exit(f"bad term {t!r}")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER.format(**meta))
        for t in sorted(rows, key=utf16_key):
            tags, amb = rows[t]
            fh.write(f"{t}\t{tags}\t{fmt_amb(amb)}\n")
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--doid", required=True,
                    help="HumanDiseaseOntology checkout/export (see module docstring)")
    ap.add_argument("--doid-version", default="",
                    help="commit or release of the DO checkout, written into the header")
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--tools", default=HERE, help="directory with the supplement TSVs")
    ap.add_argument("--retrieved", default=_dt.date.today().isoformat())
    a = ap.parse_args(argv)

    do = DO(a.doid)
    ver = f" at {a.doid_version}" if a.doid_version else ""
    do_src = (f"Human Disease Ontology (github.com/DiseaseOntology/HumanDiseaseOntology{ver}: "
              "DOreports/HumanDO.tsv labels, EXACT synonyms from src/ontology/subsets/*.obo and "
              "src/translations/*.tsv)")
    cc0 = "CC0 1.0 Universal (Human Disease Ontology); hand-curated rows written for Redactor"
    counts = {}

    for lang in ("en", "es"):
        sup = read_rows(os.path.join(a.tools, f"condition-supplement.{lang}.tsv"))
        excl = read_terms(os.path.join(a.tools, f"condition-exclude.{lang}.tsv"))
        derived = {t: v for t, v in derive(do, lang).items() if t not in excl}
        merged = dict(derived)
        merged.update(sup)
        merged = drop_variants(merged, set(sup), f"condition.{lang}")
        n_do = sum(1 for t in merged if t not in sup)
        if lang == "en":
            src = do_src + "; hand-curated supplement dictionaries/tools/condition-supplement.en.tsv"
            cur = (f"{n_do} DO labels/EXACT synonyms kept: at most 4 words, no digits, punctuation, "
                   "acronyms/gene symbols or qualifiers (with/without/type/autosomal/susceptibility/"
                   "due to...), no '... infectious disease' forms, no plural/hyphen duplicates, "
                   "condition-exclude.en.tsv removed; tags from the DO hierarchy (cancer, mental "
                   "health, substance-related, reproductive, organ systems), inheritance axioms "
                   f"(genetic) and DO subsets; {len(sup)} hand-curated rows (lay forms, "
                   "abbreviations, misspellings, sensitive-group tags, everyday-word ambiguity "
                   "0.5-0.95) override DO rows; built by dictionaries/tools/build_clinical.py"
                   "; ambiguity of 12 everyday Spanish/English words raised on 2026-11-25 against OpenSubtitles "
                   "frequency lists (zxcvbn-ts, MIT; data ODC-BY 1.0)")
        else:
            src = (do_src.replace("EXACT synonyms from src/ontology/subsets/*.obo and src/translations/*.tsv",
                                  "Spanish translations of labels and EXACT synonyms in "
                                  "src/translations/*.tsv and the 2025-03-28 doid-es.tsv")
                   + "; hand-curated supplement dictionaries/tools/condition-supplement.es.tsv")
            cur = (f"{n_do} DO Spanish labels/EXACT synonyms kept (rows flagged ERROR dropped; at "
                   "most 5 words; no digits, acronyms or qualifiers; condition-exclude.es.tsv "
                   "removed; tags from the English DO hierarchy); "
                   f"{len(sup)} hand-curated rows (lay forms such as presión alta, azúcar alta, "
                   "abbreviations vih/sida/its/ets/epoc, misspellings, sensitive-group tags, "
                   "everyday-word ambiguity) override DO rows; built by "
                   "dictionaries/tools/build_clinical.py"
                   "; ambiguity of 6 everyday Spanish words raised on 2026-11-25 against OpenSubtitles "
                   "frequency lists (zxcvbn-ts, MIT; data ODC-BY 1.0)"
                   "; generic phrase su enfermedad excluded (condition-exclude.es.tsv)")
        counts[f"condition.{lang}.txt"] = write_dict(
            os.path.join(a.out, f"condition.{lang}.txt"),
            dict(name=f"conditions and diagnoses ({lang})", category="CONDITION", lang=lang,
                 source=src, license=cc0, retrieved=a.retrieved, curation=cur),
            merged)

    proc_meta = {
        "en": ("hand-curated for Redactor (dictionaries/tools/procedure-supplement.en.tsv): "
               "patient-facing names of tests, procedures, visit types, programs and therapies, "
               "written from general knowledge; no CPT (AMA), CDT (ADA), LOINC or SNOMED CT text",
               "original work for this project, released with Redactor; contains no licensed code-set text",
               "generic visit words (appointment, visit, follow-up, check-up, consultation, labs, "
               "test results, and since 2026-11-27 phlebotomy and specimen: a blood draw and a "
               "sample reveal nothing, like blood work) left out; ordinary-word procedures (cleaning, crown, echo, shot, scan, "
               "cast, screening, transfer, retrieval, implant) carry ambiguity 0.5-0.95; "
               "abbreviations tagged abbrev, common patient misspellings tagged misspelling"
               "; ambiguity of 4 everyday Spanish/English words raised on 2026-11-25 against OpenSubtitles "
               "frequency lists (zxcvbn-ts, MIT; data ODC-BY 1.0)"),
        "es": ("hand-curated for Redactor (dictionaries/tools/procedure-supplement.es.tsv): "
               "Spanish patient-facing names of tests, procedures, visit types and therapies, "
               "written from general knowledge; no CPT, CDT, LOINC or SNOMED CT text",
               "original work for this project, released with Redactor; contains no licensed code-set text",
               "generic visit words (cita, consulta, visita, seguimiento, chequeo, resultados) left "
               "out; ordinary-word procedures (limpieza, corona, puente, eco, placa, vacuna...) "
               "carry ambiguity 0.5-0.95; abbreviations tagged abbrev, misspellings tagged misspelling"
               "; ambiguity of 1 everyday Spanish word raised on 2026-11-25 against OpenSubtitles "
               "frequency lists (zxcvbn-ts, MIT; data ODC-BY 1.0)"),
    }
    for lang in ("en", "es"):
        rows = read_rows(os.path.join(a.tools, f"procedure-supplement.{lang}.tsv"))
        rows = drop_variants(rows, set(rows), f"procedure.{lang}")
        src, lic, cur = proc_meta[lang]
        counts[f"procedure.{lang}.txt"] = write_dict(
            os.path.join(a.out, f"procedure.{lang}.txt"),
            dict(name=f"tests, procedures, visit types and therapies ({lang})",
                 category="PROCEDURE", lang=lang, source=src, license=lic,
                 retrieved=a.retrieved, curation=cur), rows)
        rows = read_rows(os.path.join(a.tools, f"allow.{lang}.tsv"))
        rows = drop_variants(rows, set(rows), f"allow.{lang}")
        counts[f"allow.{lang}.txt"] = write_dict(
            os.path.join(a.out, f"allow.{lang}.txt"),
            dict(name=f"false-positive suppressors ({lang})", category="ALLOW", lang=lang,
                 source=f"hand-curated for Redactor (dictionaries/tools/allow.{lang}.tsv)",
                 license="original work for this project, released with Redactor",
                 retrieved=a.retrieved,
                 curation=("phrases that contain clinical-, result- or name-looking words but "
                           "carry no PHI in a patient message (billing, ID, portal, logistics, "
                           "everyday idioms); tags say what they neutralize; only phrases that "
                           "are non-PHI in any message were kept")),
            rows)
    for k, v in counts.items():
        print(f"{k}\t{v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
