#!/usr/bin/env python3
"""Regenerate medication.txt (category MEDICATION, language any) for Redactor.

Usage
-----
    python3 build_medications.py RAW_DIR [--out FILE] [--supplement FILE]
                                 [--words FILE] [--given-names FILE]
                                 [--retrieved YYYY-MM-DD] [--source-note TEXT]

Python 3.11, standard library only. The output is deterministic for the same inputs.

Raw sources (put them in RAW_DIR; they are NOT committed to the repository)
--------------------------------------------------------------------------
RAW_DIR/drugsatfda/Products.txt          required
RAW_DIR/drugsatfda/MarketingStatus.txt   optional (without it every product counts as marketed)
RAW_DIR/drugsatfda/Applications.txt      optional (NDA/ANDA/BLA type of each application)
    "Drugs@FDA Data Files", US Food and Drug Administration, Center for Drug Evaluation and
    Research: https://www.fda.gov/drugs/drug-approvals-and-databases/drugsfda-data-files
    (download drugsatfda<date>.zip and unzip it into RAW_DIR/drugsatfda/). Tab-separated;
    Products.txt columns ApplNo, ProductNo, Form, Strength, ReferenceDrug, DrugName,
    ActiveIngredient, ReferenceStandard. Work of the US government: public domain in the US
    (17 USC 105); FDA asks for no licence and attaches no conditions to these files.

RAW_DIR/ndc/product.txt                  optional
    FDA National Drug Code Directory, "NDC database file - text version (zip)":
    https://www.fda.gov/drugs/drug-approvals-and-databases/national-drug-code-directory
    (unzip product.txt into RAW_DIR/ndc/). Tab-separated, header row with PRODUCTTYPENAME,
    PROPRIETARYNAME, NONPROPRIETARYNAME, MARKETINGCATEGORYNAME, SUBSTANCENAME. Public domain
    (US government work). Only NDA / ANDA / BLA / NDA AUTHORIZED GENERIC human drugs are used
    (no unapproved, homeopathic, bulk-ingredient or OTC-monograph store-brand listings).

--words FILE (default /usr/share/dict/american-english, Debian package "wamerican", SCOWL word
    list: permissive licence) is used only to *score* ambiguity (a brand that is an everyday
    English word gets a high ambiguity); no word from it is copied into the output.
--given-names FILE (optional): a Redactor dictionary file of given names (term<TAB>tags<TAB>
    ambiguity); brands that are given names get ambiguity >= 0.6. Also used only for scoring.

Hand-curated supplement
-----------------------
tools/medication-supplement.tsv (same three columns as the dictionary; lines starting with '#'
are comments). It adds what the FDA files lack or cannot say: the sensitive-group tags
(hiv-sexual-health, substance-use, behavioral-health, oncology, reproductive, ...), PrEP/PEP
and MAT wording, brand names approved after the Drugs@FDA snapshot, OTC brands sold under
monographs, abbreviations and common misspellings, and ambiguity overrides for brand names that
are everyday words or given names. For a term in both, the supplement's ambiguity wins and the
tags are merged. Group tags of an ingredient propagate to every brand made of it.

Curation rules applied to the FDA data
--------------------------------------
* Ingredients are reduced to the patient-facing name: salts, esters and hydrates are dropped
  ("sertraline hydrochloride" -> "sertraline", "tenofovir disoproxil fumarate" -> "tenofovir"),
  FDA four-letter biologic suffixes are dropped ("adalimumab-atto" -> "adalimumab") and
  inverted names are turned round ("estrogens, conjugated" -> "conjugated estrogens").
* Dropped as noise: vitamins, minerals and electrolytes, IV fluids and parenteral nutrition,
  contrast media, radiopharmaceuticals and diagnostic dyes, sunscreen and antiseptic actives.
* Brand names are lower-cased; strengths, dosage forms and release suffixes are removed
  ("JUNEL FE 1/20" -> "junel", "ADDERALL XR" -> "adderall"), as are names that only restate
  the ingredients ("OLMESARTAN MEDOXOMIL AND HYDROCHLOROTHIAZIDE"). Multi-ingredient
  generic strings are never emitted, only their single ingredients.
* Brands: every currently marketed product (prescription or OTC) plus discontinued products of
  original NDA/BLA applications; tentative approvals are skipped.
"""

from __future__ import annotations

import argparse
import csv
import datetime as _dt
import os
import re
import sys
import unicodedata
from collections import defaultdict

csv.field_size_limit(10_000_000)

# ----------------------------------------------------------------------------------------------
# vocabulary used by the cleaning rules

SALT_WORDS = set("""
hydrochloride dihydrochloride hcl hydrobromide hydroiodide sulfate bisulfate hemisulfate
phosphate diphosphate acetate diacetate sodium disodium trisodium monosodium potassium
dipotassium calcium magnesium maleate dimaleate mesylate dimesylate mesilate besylate tartrate
bitartrate citrate dicitrate fumarate hemifumarate succinate tosylate ditosylate napsylate
edisylate esylate camsylate isethionate lactate gluconate lactobionate stearate estolate
ethylsuccinate palmitate pamoate decanoate enanthate cypionate undecanoate propionate
dipropionate valerate butyrate furoate acetonide hexacetonide pivalate benzoate xinafoate
bromide chloride iodide nitrate carbonate bicarbonate medoxomil kamedoxomil axetil pivoxil
proxetil disoproxil mofetil marboxil lauroxil hyclate monohydrate dihydrate trihydrate
sesquihydrate hemihydrate hemipentahydrate pentahydrate heptahydrate anhydrous meglumine
tromethamine trometamol olamine saccharate aspartate mandelate hippurate polistirex tannate
malate oxalate adipate hydrogen hemitartrate trifenatate caproate probutate buciclate cilexetil
erbumine choline diethylamine ethanolamine sulfosalicylate lysine arginine bromhydrate
glycinate methylbromide methylsulfate tartrate bitartrate suleptanate resinate s-malate
l-malate hydrate tetrahydrate lauryl sorbitex diaspartate difumarate besilate dimeglumine
mepesuccinate fosamil terephthalate dipivoxil etexilate etabonate etiprate
""".split())

HYDRATE_WORDS = {"monohydrate", "dihydrate", "trihydrate", "anhydrous", "hemihydrate",
                 "sesquihydrate", "pentahydrate", "heptahydrate", "hemipentahydrate",
                 "tetrahydrate", "hydrate",
                 # physical-form qualifiers FDA appends ("griseofulvin, microsize")
                 "monobasic", "dibasic", "tribasic", "microsize", "ultramicrosize",
                 "microcrystalline", "macrocrystalline", "ultramicrocrystalline", "micronized"}
# qualifiers dropped from the end of an ingredient name ("somatropin recombinant")
TRAILING_QUALIFIERS = {"recombinant", "synthetic", "human", "porcine", "bovine", "ovine",
                       "purified", "type", "a", "b"}
# names in which the "salt" word is part of the drug name and must stay
KEEP_WHOLE = {"dimethyl fumarate", "monomethyl fumarate", "diroximel fumarate", "benzyl benzoate",
              "calcium acetate", "lithium carbonate", "lithium citrate", "potassium citrate",
              "ferric citrate", "zinc acetate", "sodium phenylbutyrate", "dimethyl sulfoxide",
              "ferric pyrophosphate", "sodium oxybate", "potassium oxybate", "calcium oxybate",
              "magnesium oxybate", "sodium polystyrene sulfonate", "silver sulfadiazine",
              "uridine triacetate", "glycerol phenylbutyrate", "sodium phenylacetate"}
INORGANIC_ANIONS = set("""
hydroxide oxide trisilicate carbonate chloride sulfate phosphate gluconate citrate acetate lactate
bicarbonate glycerophosphate monofluorophosphate nitrite thiosulfate ascorbate iodide perchlorate
sulfide
""".split())

# ingredients (after salt stripping) that are not medication names a patient message would carry
_NOISE_MULTI = {
    "carbon dioxide", "citric acid", "lactic acid", "sodium chloride", "potassium chloride",
    "calcium chloride", "magnesium chloride", "magnesium sulfate", "sodium bicarbonate",
    "sodium lactate", "sodium acetate", "sodium phosphate", "potassium phosphate",
    "ammonium chloride", "amino acids", "soybean oil", "olive oil", "fish oil triglycerides",
    "medium chain triglycerides", "safflower oil", "protein hydrolysate", "ascorbic acid",
    "folic acid", "vitamin a", "vitamin d", "vitamin e", "vitamin k", "beta carotene",
    "titanium dioxide", "zinc oxide", "hydrogen peroxide", "sodium fluoride", "stannous fluoride",
    "isopropyl alcohol", "povidone iodine", "silver nitrate", "indocyanine green",
    "isosulfan blue", "trypan blue", "brilliant blue", "sulfur hexafluoride", "ethiodized oil",
    "thallous chloride", "nitrous oxide",
}
NOISE_WORDS = set("""
water sodium potassium calcium magnesium zinc iron copper manganese chromium selenium iodine
fluoride phosphorus oxygen nitrogen helium air alcohol ethanol glycerin sorbitol mannitol
dextrose glucose fructose sucrose lactose glycine cysteine methionine tyrosine leucine
isoleucine valine lysine histidine threonine tryptophan phenylalanine alanine proline serine
taurine arginine lipid dextran hetastarch thiamine riboflavin niacinamide pyridoxine
cyanocobalamin hydroxocobalamin biotin dexpanthenol vitamin phytonadione ergocalciferol
cholecalciferol tocopherol retinol menadione menadiol avobenzone octinoxate octisalate
octocrylene oxybenzone homosalate ensulizole padimate petrolatum lanolin dimethicone talc
camphor menthol triclosan benzalkonium sulfur silver barium fluorescein perflutren gold
aminohippurate inulin xenon krypton rubidium ammonia gelatin cellulose starch electrolytes
""".split())
NOISE_EXACT = NOISE_WORDS | _NOISE_MULTI
MINERAL_HEADS = {"sodium", "potassium", "calcium", "magnesium", "zinc", "ferrous", "ferric",
                 "cupric", "manganese", "chromic", "selenious", "ammonium", "aluminum"}

NOISE_PATTERNS = [
    re.compile(r"^io[a-z]"),                       # iodinated contrast: iohexol, iopamidol, ...
    re.compile(r"^gado"),                          # gadolinium contrast
    re.compile(r"technetium|fludeoxyglucose|florbeta|flortaucipir|flutemetamol|fluciclovine|"
               r"piflufolastat|flotufolastat|fluoroestradiol|fluorodopa|gallium|indium|"
               r"lutetium|yttrium|samarium|strontium|radium|thallous|rubidium|xenon|"
               r"sodium iodide|chromic phosphate|copper cu|choline c|ammonia n|rose bengal"),
    re.compile(r"\b(tc|f|i|in|ga|lu|y|ra|sm|sr|cu|c|n|o|rb|tl|xe|kr|zr|p)[- ]?\d{1,3}m?\b"),
    re.compile(r"\b[a-z]{1,2}[- ]\d{2,3}m?\b"),            # any isotope label "yb-169"
    re.compile(r"\bvitamin\b|\bmultivitamin|\belectrolyte|\bamino acid|\bdialysis solution"),
    re.compile(r"\binjection\b|\bsolution\b|\bkit\b"),
    re.compile(r"^perfl|microsphere|^ferumox(ides|sil)$|hexafluoride|^acetrizoate|^glutathione|"
               r"^albumin|petrolatum|^acetic acid|^glacial|diatrizoate|iodipamide|iodamide|"
               r"metrizamide|ipodate|tyropanoate|iocetamic|propyliodone|lipiodol|hexachlorophene|"
               r"metrizo|mangafodipir|evans blue|brilliant blue|^medical air|water\b|^cetyl|"
               r"^tannic|^tartaric|^phosphoric|polytetrafluoroethylene|^meglumine$|undecoylium|"
               r"-cellulose$|tocopherol|^air polymer|acuvue|^ferric ammonium"),
]

# dosage-form, device and release words that are removed from the end of brand names
FORM_SUFFIX = set("""
xr er sr cr la xl cd dr ec odt xt es ds hct hctz fe pm am ir ll
kit pak pack tablets tablet tabs caps capsules capsule injection injectable solution suspension
cream ointment lotion foam spray nasal inhaler hfa diskus ellipta respimat handihaler flexpen
kwikpen solostar pen pens autoinjector prefilled syringe vial vials patch film chewable
sprinkle oral topical ophthalmic otic vaginal rectal iv im sq liquid elixir syrup drops
powder granules packet starter titration preservative free sulfite pfs novofine unit dose
concentrate emulsion gel jelly shampoo wash cloth pledget swab plastic container bag
diskus respiclick digihaler ellipta handihaler aerosphere pressair twisthaler certihaler
neohaler flexhaler redihaler podhaler respules flextouch penfill hypopen statdose soluspan
cartridge wafers soltab solutab disperz depot lar mix max otc one-step multidose
half-strength
""".split())

# hyphenated suffix codes removed from brand names ("claritin-d", "dilaudid-hp")
HYPHEN_CODES = set("d dm hp pf mpf hc hs dx mlt zmt xe sol ds la sr xr xl er cr cd pm hfa s".split())

# brand tokens that can never stand alone as a brand name
NOT_BRAND_BASE = set("""
children's childrens child junior jr infants infant adult adults extra maximum regular strength
original cold sinus allergy night day nighttime daytime plus relief pain headache migraine
cough congestion severe multi symptom flu formula liquid gels liquigels fast acting
pediatric forte compound hour allergy max ultra mini lite junior dual complete
flavored lyophilized iv purified infant's infants' children's' women's men's ortho
""".split())

# FDA-derived terms that are dropped after review (everyday words with no use as drug names,
# trade names of fluids and devices, or strings that survive cleaning but are not names)
EXCLUDE = set("""
unknown none placebo bal doca pbz hms tao amen allay dial nix thrive triad sojourn talc tice
combination capital phosphates android white glacial extra-strength pre-op plasma-lyte
tis-u-sol pur-wash hexa-germ phiso-scrub septi-soft germa-medica soy-dome md-gastroview
hypaque-cysto hypaque-m reno-dip ortho povidone ionosol isolyte aminosyn clinimix kabiven
perikabiven freamine procalamine isopaque imagent lumenhance myoscint infuvite multrys
pharmaseal betadine hibiclens hibistat exidine bioscrub chloraprep avagard soluprep anthelios
urologic tissueblue teslascan prostascint tralement pytest women's infant's infants'
benzyl carbon dioide triacetate verard dibasic monobasic
""".split())

# stems that carry a sensitive group for ingredients the supplement does not list
STEM_RULES = [
    (re.compile(r"(tinib|ciclib|parib|rafenib|metinib|lisib|zomib|platin|rubicin|taxel|mustine|"
                r"tecan|degib|vedotin|deruxtecan|govitecan|tansine|ozogamicin|leucel|cabtagene|"
                r"lutamide|trozole|citabine|arabine)$"),
     {"oncology"}, {"tofacitinib", "baricitinib", "upadacitinib", "abrocitinib", "ritlecitinib",
                    "deucravacitinib", "nintedanib", "fostamatinib", "filgotinib",
                    "emtricitabine", "deuruxolitinib"}),
    (re.compile(r"(tegravir|navir|virine|virenz|capavir)$"), {"hiv-sexual-health"}, set()),
    (re.compile(r"(previr|buvir|asvir)$"), {"hiv-sexual-health", "gastroenterology"}, set()),
    (re.compile(r"(statin|sartan|pril|olol|dipine|xaban|gatran|grel|parin|sentan)$"),
     {"cardiology"}, {"nystatin", "somatostatin", "cilastatin", "pentostatin", "timolol",
                      "betaxolol", "levobunolol", "carteolol", "metipranolol"}),
    (re.compile(r"(gliptin|gliflozin|glutide|glinide|glitazone|tirzepatide)$"),
     {"endocrinology"}, set()),
    (re.compile(r"(azepam|azolam|oxetine|triptyline|ipramine|peridol|peridone|pidem|zopiclone|"
                r"aplon|apine)$"), {"behavioral-health"}, {"nevirapine"}),
    (re.compile(r"(triptan|gepant|racetam)$"), {"neurology"}, set()),
    (re.compile(r"(terol|caftor|lukast)$"), {"pulmonology"}, set()),
    (re.compile(r"([oea]prazole)$"), {"gastroenterology"}, set()),
    (re.compile(r"(prost)$"), {"ophthalmology"}, set()),
]

GROUP_TAGS = {"behavioral-health", "substance-use", "hiv-sexual-health", "reproductive",
              "oncology", "genetic", "cardiology", "dental", "dermatology", "pediatrics",
              "home-health", "urgent-care", "pharmacy", "ophthalmology", "orthopedics",
              "nephrology", "neurology", "gastroenterology", "endocrinology", "pulmonology",
              "obstetrics", "hospice", "imaging", "lab", "general"}
TAG_ORDER = ["generic", "brand", "abbrev", "misspelling"]

ALLOWED_CHARS = re.compile(r"^[a-z0-9à-öø-ÿ][a-z0-9à-öø-ÿ '\-./&+()]*$")


# ----------------------------------------------------------------------------------------------
# helpers

def norm_space(s: str) -> str:
    return " ".join(s.split())


def fold(s: str) -> str:
    return norm_space(unicodedata.normalize("NFC", s).casefold())


def strip_salts(words: list[str]) -> list[str]:
    words = [w for w in words if w not in HYDRATE_WORDS]
    if " ".join(words) in KEEP_WHOLE:
        return words
    if len(words) == 2 and words[0] in MINERAL_HEADS and words[1] in INORGANIC_ANIONS:
        return [words[0]]                         # "magnesium oxide" -> "magnesium" (noise)
    while len(words) > 1 and (words[-1] in SALT_WORDS or words[-1] in TRAILING_QUALIFIERS):
        words = words[:-1]
        if " ".join(words) in KEEP_WHOLE:
            break
    # "sodium oxybate", "potassium citrate": leading cation words stay (they are the name)
    return words


def clean_ingredient(raw: str) -> str | None:
    s = fold(raw)
    s = re.sub(r"\([^)]*\)", " ", s)            # "triple sulfa (a;b;c)" -> "triple sulfa"
    s = s.split("/")[0]                           # "cefadroxil/cefadroxil hemihydrate"
    s = re.sub(r"\s+resin complex$|\s+complex$", "", s.strip())
    s = s.replace("\u2019", "'")
    s = norm_space(s.strip(" ,;"))
    if not s:
        return None
    if "," in s:                                  # "estrogens, conjugated" -> "conjugated estrogens"
        parts = [p.strip() for p in s.split(",") if p.strip()]
        if len(parts) == 2 and len(parts[1].split()) <= 2:
            s = parts[1] + " " + parts[0]
        else:
            return None
    s = re.sub(r"(?<=[a-z])\s?-[a-z]{4}$", "", s)  # FDA biologic suffix "-atto", "-yfgn"
    s = re.sub(r"\s+fumaric acid$", "", s)       # "siponimod fumaric acid"
    s = re.sub(r"^(trametinib) dimethyl sulfoxide$", r"\1", s)
    words = strip_salts(s.split())
    s = " ".join(words)
    s = re.sub(r"(?<=[a-z])-[a-z]{4}$", "", s)
    if not s or s in NOISE_EXACT:
        return None
    if len(words) == 1 and words[0] in MINERAL_HEADS:
        return None
    for pat in NOISE_PATTERNS:
        if pat.search(s):
            return None
    if not ALLOWED_CHARS.match(s):
        return None
    # digits only in names like "interferon alfa-2b", "factor viii" style; never strengths
    if re.search(r"\d", s) and not re.search(r"[a-z]-[a-z]?\d+[a-z]?\b", s):
        return None
    if len(s) < 4:
        return None
    return s


# words that follow a comma in FDA's inverted ingredient names ("ESTROGENS, CONJUGATED")
INVERSION_WORDS = set("""
microsize ultramicrosize microcrystalline macrocrystalline ultramicrocrystalline micronized
conjugated esterified chorionic monobasic dibasic tribasic anhydrous human purified synthetic
recombinant crystalline micronized dried hydrated light heavy precipitated buffered liposomal
liposome pegylated lyophilized bovine porcine isophane regular lente ultralente semilente nph
glacial white yellow hydrous
""".split())


def split_ingredients(raw: str) -> list[str]:
    raw = re.sub(r"\([^)]*\)", " ", raw)
    out = []
    for part in re.split(r";|\s+and\s+", raw):
        pieces = [p.strip() for p in part.split(",")]
        cur = pieces[0]
        for p in pieces[1:]:
            if not p:
                continue
            if p.split()[0].lower() in INVERSION_WORDS:
                cur = cur + ", " + p              # keep "estrogens, conjugated" together
            else:
                out.append(cur)
                cur = p
        out.append(cur)
    return [p for p in (x.strip() for x in out) if p]


def clean_brand(raw: str, ingredient_tokens: set[str]) -> list[str]:
    """Return patient-facing brand strings for one product name ([] if it is no brand)."""
    s = fold(raw).replace("\u2019", "'")
    s = re.sub(r"\([^)]*\)", " ", s)
    s = re.split(r"\s+in\s+|\s+w/|\s+with\s+|\s+and\s+|\s+&\s+|,|;|\s+\+\s+|\s+-\s+", s)[0]
    s = s.replace("w/", " ")
    toks = [t.strip(".-") for t in s.split()]
    toks = [t for t in toks if t and not re.search(r"\d", t) and t != "%"]
    toks = [t for t in toks if t not in SALT_WORDS and t not in HYDRATE_WORDS]
    while toks and toks[-1] in FORM_SUFFIX:
        toks = toks[:-1]
    if not toks:
        return []
    if any(t in ingredient_tokens for t in toks):
        return []
    for t in toks:                                 # "bacitracin-neomycin-polymyxin"
        parts = t.split("-")
        hits = sum(p in ingredient_tokens for p in parts)
        if len(parts) > 1 and (parts[0] in ingredient_tokens or hits >= 2):
            return []
    # hyphenated formulation codes: "toprol-xl", "allegra-d", "cortizone-10" -> base
    if toks:
        m = re.match(r"^(.{3,}?)-([a-z]{1,3}|\d+)$", toks[-1])
        if m and (m.group(2) in FORM_SUFFIX or m.group(2) in HYPHEN_CODES
                  or m.group(2).isdigit()):
            toks[-1] = m.group(1)
    name = " ".join(toks)
    if not ALLOWED_CHARS.match(name) or "." in name or "/" in name:
        return []
    out = []
    if len(toks) <= 3:
        out.append(name)
    return out


def base_token(name: str) -> str | None:
    first = name.split()[0]
    if len(name.split()) > 1 and len(first) >= 6 and first not in NOT_BRAND_BASE:
        return first
    return None


def fmt_amb(a: float) -> str:
    s = ("%.2f" % a).rstrip("0").rstrip(".")
    return s if s else "0"


def fmt_tags(tags: set[str]) -> str:
    first = [t for t in TAG_ORDER if t in tags]
    rest = sorted(t for t in tags if t not in TAG_ORDER)
    return ",".join(first + rest) or "-"


def read_tsv_dictionary(path: str) -> dict[str, tuple[set[str], float]]:
    out: dict[str, tuple[set[str], float]] = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 3:
                raise SystemExit(f"{path}:{n}: expected 3 tab-separated columns")
            term = fold(cols[0])
            tags = set() if cols[1] == "-" else set(cols[1].split(","))
            amb = float(cols[2])
            if term in out:
                t0, a0 = out[term]
                out[term] = (t0 | tags, min(a0, amb))
            else:
                out[term] = (tags, amb)
    return out


# ----------------------------------------------------------------------------------------------
# readers

def read_drugsatfda(d: str):
    """Yield (brand_name, [ingredients], status, appl_type) per product."""
    status = {}
    ms = os.path.join(d, "MarketingStatus.txt")
    if os.path.exists(ms):
        with open(ms, encoding="cp1252", errors="replace", newline="") as f:
            for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) >= 3 and row[0].strip().isdigit():
                    status[(row[1].strip(), row[2].strip())] = row[0].strip()
    appl = {}
    ap = os.path.join(d, "Applications.txt")
    if os.path.exists(ap):
        with open(ap, encoding="cp1252", errors="replace", newline="") as f:
            for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) >= 2:
                    appl[row[0].strip()] = row[1].strip().upper()
    with open(os.path.join(d, "Products.txt"), encoding="cp1252", errors="replace",
              newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        col = {h.strip().lower(): i for i, h in enumerate(header)}
        for row in reader:
            if len(row) < len(header):
                continue
            applno, prodno = row[col["applno"]].strip(), row[col["productno"]].strip()
            # 1 prescription, 2 OTC, 3 discontinued, 4 tentative approval
            st = status.get((applno, prodno), "1" if not status else "?")
            yield (row[col["drugname"]], split_ingredients(row[col["activeingredient"]]), st,
                   appl.get(applno, "NDA" if applno.startswith("0") else ""))


def read_ndc(path: str):
    with open(path, encoding="cp1252", errors="replace", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        col = {h.strip().upper(): i for i, h in enumerate(header)}
        for row in reader:
            if len(row) < len(header):
                continue
            ptype = row[col["PRODUCTTYPENAME"]].upper()
            cat = row[col["MARKETINGCATEGORYNAME"]].upper()
            if ptype not in ("HUMAN PRESCRIPTION DRUG", "HUMAN OTC DRUG"):
                continue
            if cat not in ("NDA", "ANDA", "BLA", "NDA AUTHORIZED GENERIC"):
                continue
            ings = split_ingredients(row[col.get("SUBSTANCENAME", col["NONPROPRIETARYNAME"])]
                                     or row[col["NONPROPRIETARYNAME"]])
            st = "1" if ptype == "HUMAN PRESCRIPTION DRUG" else "2"
            yield row[col["PROPRIETARYNAME"]], ings, st, cat.split()[0]


# ----------------------------------------------------------------------------------------------

def build(args) -> list[str]:
    words_lower: set[str] = set()
    words_proper: set[str] = set()
    if args.words and os.path.exists(args.words):
        with open(args.words, encoding="utf-8", errors="replace") as f:
            for w in f:
                w = w.strip()
                if not w or "'" in w:
                    continue
                (words_lower if w.islower() else words_proper).add(w.casefold())
    given: set[str] = set()
    if args.given_names and os.path.exists(args.given_names):
        given = set(read_tsv_dictionary(args.given_names))

    supplement = read_tsv_dictionary(args.supplement)
    supp_groups = {t: tags & GROUP_TAGS for t, (tags, _) in supplement.items()
                   if "generic" in tags}

    def ingredient_groups(ing: str) -> set[str]:
        g = set(supp_groups.get(ing, set()))
        head = ing.split()[0]
        if not g and len(head) >= 6 and head in supp_groups:
            g |= supp_groups[head]                 # "tenofovir alafenamide" -> "tenofovir"
        for pat, tags, exceptions in STEM_RULES:
            if ing in exceptions:
                continue
            if any(pat.search(w) and w not in exceptions for w in ing.split()):
                g |= tags
        return g

    generics: dict[str, set[str]] = {}
    brands: dict[str, set[str]] = defaultdict(set)      # brand -> group tags
    brand_ok: dict[str, bool] = {}

    sources = []
    dfda = os.path.join(args.raw_dir, "drugsatfda")
    if os.path.exists(os.path.join(dfda, "Products.txt")):
        sources.append(read_drugsatfda(dfda))
    ndc = os.path.join(args.raw_dir, "ndc", "product.txt")
    if os.path.exists(ndc):
        sources.append(read_ndc(ndc))
    if not sources:
        raise SystemExit(f"no raw source found under {args.raw_dir}")

    for src in sources:
        for drugname, raw_ings, st, appl_type in src:
            if st == "4":
                continue
            ings = [c for c in (clean_ingredient(i) for i in raw_ings) if c]
            if not ings:
                continue                                  # fluids, vitamins, contrast, ...
            groups: set[str] = set()
            for ing in ings:
                g = ingredient_groups(ing)
                generics.setdefault(ing, set()).update(g)
                groups |= g
            ing_tokens = set()
            for r in raw_ings:
                ing_tokens |= set(fold(re.sub(r"[(),;]", " ", r)).split())
            for ing in ings:
                ing_tokens |= set(ing.split())
            ing_tokens -= {"and", "with", "in", "of"}
            marketed = st in ("1", "2", "?")
            original = appl_type in ("NDA", "BLA")
            if not marketed and not original:
                continue
            for b in clean_brand(drugname, ing_tokens):
                if not marketed and len(b) < 5:
                    continue
                toks = b.split()
                if toks[0] in NOT_BRAND_BASE:
                    continue
                # trailing formulation codes: "betoptic s", "cosopt pf", "humulin r" -> base
                while len(toks) > 1 and (len(toks[-1]) <= 3 or toks[-1] in FORM_SUFFIX) \
                        and not (len(toks) == 2 and toks[0] in words_lower):
                    toks = toks[:-1]
                b = " ".join(toks)
                if len(toks) > 1 and any(t in words_lower or t in NOT_BRAND_BASE
                                         for t in toks[1:] if len(t) > 1):
                    bt = base_token(b)                     # "soma compound" -> "soma" only
                    if bt and bt not in words_lower:
                        brands[bt] |= groups
                    continue
                if st == "2" and " " in b:                 # OTC line extensions: base only
                    bt = base_token(b)
                    if bt:
                        brands[bt] |= groups
                    continue
                brands[b] |= groups
                bt = base_token(b)
                if bt and bt not in words_lower and bt not in words_proper:
                    brands[bt] |= groups

    entries: dict[str, tuple[set[str], float]] = {}

    def amb_for_brand(b: str) -> float:
        toks = b.split()
        if len(toks) == 1:
            if b in words_lower:
                return 0.9
            if b in given:
                return 0.5
            if b in words_proper:
                return 0.5
            if len(b) <= 3:
                return 0.5
            return 0.0
        if all(t in words_lower for t in toks):
            return 0.8
        return 0.0

    def amb_for_generic(g: str) -> float:
        if " " not in g and g in words_lower:
            return 0.1
        return 0.0

    for g, grp in generics.items():
        if g in EXCLUDE:
            continue
        entries[g] = ({"generic"} | grp, amb_for_generic(g))
    for b, grp in brands.items():
        if b in EXCLUDE or len(b) < 3:
            continue
        if b in entries:                       # a brand string that is also a generic name
            continue
        entries[b] = ({"brand"} | grp, amb_for_brand(b))

    # supplement: ambiguity wins, tags merge
    for term, (tags, amb) in supplement.items():
        if term in entries:
            t0, _ = entries[term]
            entries[term] = (t0 | tags, amb)
        else:
            entries[term] = (set(tags), amb)

    # brands inherit the groups of supplement generics of the same name and vice versa
    lines = []
    for term in sorted(entries, key=lambda s: s.encode("utf-16-be")):
        tags, amb = entries[term]
        if "generic" in tags and "brand" in tags and term in generics and term not in supplement:
            tags = tags - {"brand"}
        term = unicodedata.normalize("NFC", term)
        lines.append(f"{term}\t{fmt_tags(tags)}\t{fmt_amb(min(max(amb, 0.0), 1.0))}")
    return lines


def header(args, n: int) -> list[str]:
    src = args.source_note or (
        "FDA Drugs@FDA data files (Products.txt, MarketingStatus.txt, Applications.txt; "
        "https://www.fda.gov/drugs/drug-approvals-and-databases/drugsfda-data-files) "
        "+ hand-curated supplement dictionaries/tools/medication-supplement.tsv")
    return [
        "# Redactor dictionary: medication names (generic and brand)",
        "# category: MEDICATION",
        "# language: any",
        f"# source: {src}",
        "# license: FDA data: public domain (US government work, 17 USC 105), no conditions; "
        "supplement: original hand curation for this project (same licence as Redactor); "
        "word lists used only to score ambiguity, not copied (wamerican/SCOWL, permissive; "
        "this project's given-names.txt)",
        f"# retrieved: {args.retrieved}",
        "# curation: generated by dictionaries/tools/build_medications.py; salts/esters/hydrates "
        "reduced to the patient-facing name, biologic 4-letter suffixes dropped, strengths, "
        "dosage forms and release suffixes removed from brands, multi-ingredient strings not "
        "emitted; dropped vitamins, minerals, electrolytes, IV fluids and nutrition, contrast "
        "media, radiopharmaceuticals, dyes, sunscreen/antiseptic actives; brands = marketed Rx/OTC "
        "products plus discontinued NDA/BLA brands; sensitive-group tags, PrEP/PEP/MAT terms, "
        "post-snapshot approvals, OTC monograph brands, abbreviations, misspellings and ambiguity "
        f"overrides added by hand (supplement); group tags propagate from ingredient to brand; {n} entries"
        "; ambiguity of 18 everyday Spanish/English words raised on 2026-11-25 against OpenSubtitles "
        "frequency lists (zxcvbn-ts, MIT; data ODC-BY 1.0)",
        "# normalization: lower case (Unicode case fold), NFC, single spaces, no leading/trailing space",
        "# columns: term<TAB>tags<TAB>ambiguity",
    ]


def main(argv=None) -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("raw_dir", help="scratch directory holding the raw FDA files (see docstring)")
    p.add_argument("--out", default=os.path.join(
        here, "..", "src", "main", "resources", "dev", "redactor", "dictionaries",
        "medication.txt"))
    p.add_argument("--supplement", default=os.path.join(here, "medication-supplement.tsv"))
    p.add_argument("--words", default="/usr/share/dict/american-english")
    p.add_argument("--given-names", default=os.path.join(
        here, "..", "src", "main", "resources", "dev", "redactor", "dictionaries",
        "given-names.txt"))
    p.add_argument("--retrieved", default=_dt.date.today().isoformat())
    p.add_argument("--source-note", default=None,
                   help="override the '# source:' header text (e.g. to name snapshot dates)")
    args = p.parse_args(argv)
    lines = build(args)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for h in header(args, len(lines)):
            f.write(h + "\n")
        for line in lines:
            f.write(line + "\n")
    print(f"wrote {len(lines)} entries to {os.path.normpath(args.out)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
