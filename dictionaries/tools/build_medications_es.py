#!/usr/bin/env python3
"""Regenerate medication.es.txt (category MEDICATION, language es) for Redactor.

Usage
-----
    python3 build_medications_es.py [--medication FILE] [--supplement FILE] [--out FILE]
                                    [--retrieved YYYY-MM-DD] [--report FILE]

Python 3.11, standard library only. Deterministic: the same inputs give the same output.

What it does
------------
1. Reads the single-ingredient *generic* entries of medication.txt (tag ``generic``; no comma,
   no " and ", no digits). Those names are US names from FDA data (public domain, 17 USC 105).
2. Derives the Spanish name of each with the standard English -> Spanish INN spelling rules
   (the same conventions the Spanish INN / DCI lists follow):
     * endings: -ine/-in -> -ina (-dipine -> -dipino, -oxacin -> -oxacino, -platin -> -platino),
       -ide -> -ida (-oxide -> -óxido, -oside -> -ósido), -ate -> -ato, -ole -> -ol,
       -one -> -ona, -ene/-profen/-xifen/-oxen -> -eno, -ane -> -ano, -ose -> -osa,
       -ime -> -ima, -ase -> -asa, -ium -> -io, -fentanyl/-fentanil -> -fentanilo,
       -afil -> -afilo, -fenac/-olac -> -fenaco/-olaco, stressed -an/-on -> -án/-ón for the
       stems -sartan, -triptan, -entan, -vaptan, -xaban, -gatran, -troban, -fiban, -ditan,
       -tecan, -siran, -setron; endings Spanish keeps as they are (-mab, -ib, -vir, -pril, -ol,
       -al, -el, -am, -em, -ast, -ept, -ant, -stat, -prost, -us, -ir, -or, -ix, -z, -opa,
       -stim, -mod, -ed) are kept. A name with any other ending is not derived.
     * spelling: ph -> f, th -> t, initial rh -> r, ck -> c, y -> i, ch before a consonant or
       a/o/u -> c (a ch before e/i has no safe rule: the name is not derived), amph -> anf
       (anfetamina, anfotericina, cloranfenicol), initial imm -> inm, doubled consonants
       simplified (rr kept, cc kept before e/i), initial s + consonant -> es + consonant
       (espironolactona, estreptomicina), vowel + rubicin -> rrubicina (doxorrubicina), and
       the written accent of a hiatus (-aína, -eína, -oína: lidocaína, codeína, fenitoína).
     * "insulin X" -> "insulina X'", "X alfa/beta/gamma/pegol/vedotin" -> "X' alfa/...".
   Each Spanish form inherits the tags (generic + sensitive groups) and the ambiguity of its
   English source. Two English names giving one Spanish form are merged (tags united, lower
   ambiguity kept).
3. Drops the derivations listed in REJECT (lay English words, gene-therapy and other names
   whose Spanish form is not certain, diagnostic agents) and adds, for English generics whose
   Spanish name does not follow the rules or is not derivable, the forms in IRREGULAR (the
   US-Spanish form seen on US labels and MedlinePlus en español and/or the INN/DCI form:
   "acetaminophen" -> "paracetamol", "acetaminofén"). Every form was reviewed by hand: only
   names known to be real Spanish names are kept.
4. Merges the hand-curated supplement tools/medication-es-supplement.tsv (same three columns
   as a dictionary): Spanish and Latin American generics absent from US data (metamizol,
   acenocumarol, domperidona...), Spanish/Latin American brands, lay and category terms
   ("pastillas anticonceptivas", "antidepresivo"), US-Spanish/Latin American variants
   ("amlodipina", "ciprofloxacina"), common misspellings (tag misspelling) and ambiguity
   overrides. For a term present in both, the supplement's ambiguity wins and tags are merged.
5. Writes the list sorted by term (UTF-16 code-unit order, equal to ``LC_ALL=C sort`` here),
   unique, NFC, lower case, with the provenance header, and checks the hygiene rules of
   dictionaries/README.md before writing.

No external data is read: the only inputs are medication.txt and the supplement.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DICT_DIR = os.path.join(HERE, "..", "src", "main", "resources", "dev", "redactor", "dictionaries")

ALLOWED_TAGS = set("""
behavioral-health substance-use hiv-sexual-health reproductive oncology genetic cardiology dental
dermatology pediatrics home-health urgent-care pharmacy ophthalmology orthopedics nephrology
neurology gastroenterology endocrinology pulmonology obstetrics hospice imaging lab general
primary-care brand generic abbrev misspelling practice-word given surname
""".split())

# ----------------------------------------------------------------------------------------------
# derivation rules

# (English ending, Spanish ending); the first that matches wins, so specific stems come first
SUFFIX_RULES = [
    ("rubicin", "rubicina"), ("oxacin", "oxacino"), ("dipine", "dipino"), ("platin", "platino"),
    ("fentanyl", "fentanilo"), ("fentanil", "fentanilo"), ("afil", "afilo"),
    ("sartan", "sartán"), ("triptan", "triptán"), ("entan", "entán"), ("vaptan", "vaptán"),
    ("xaban", "xabán"), ("gatran", "gatrán"), ("troban", "trobán"), ("fiban", "fibán"),
    ("ditan", "ditán"), ("tecan", "tecán"), ("siran", "sirán"), ("setron", "setrón"),
    ("fenac", "fenaco"), ("olac", "olaco"),
    ("profen", "profeno"), ("xifen", "xifeno"), ("oxen", "oxeno"),
    ("oxide", "óxido"), ("oside", "ósido"),
    ("ine", "ina"), ("in", "ina"), ("ide", "ida"), ("ate", "ato"), ("ole", "ol"),
    ("one", "ona"), ("ene", "eno"), ("ane", "ano"), ("ose", "osa"), ("ime", "ima"),
    ("ase", "asa"), ("ium", "io"),
]
# endings the Spanish name keeps unchanged
KEEP_ENDINGS = ("mab", "ib", "vir", "pril", "ol", "al", "el", "am", "em", "ast", "ept", "ant",
                "stat", "prost", "us", "ir", "or", "ix", "z", "opa", "stim", "mod", "ed")
# second words of two-word names that are translated word by word
TAIL_WORDS = {"alfa": "alfa", "beta": "beta", "gamma": "gamma", "pegol": "pegol",
              "vedotin": "vedotina"}
CONSONANTS = "bcdfghjklmnpqrstvwxz"


def respell(s: str) -> str | None:
    """English INN spelling of a stem -> Spanish spelling; None when no safe rule applies."""
    s = s.replace("ph", "f").replace("th", "t")
    if s.startswith("rh"):
        s = "r" + s[2:]
    s = s.replace("ck", "c").replace("y", "i")
    out = []
    i = 0
    while i < len(s):
        if s.startswith("ch", i):
            nxt = s[i + 2:i + 3]
            if nxt == "" or nxt in "aou" or nxt in CONSONANTS:
                out.append("c")
                i += 2
                continue
            return None                      # ch before e/i: Spanish writes c, qu or ch
        out.append(s[i])
        i += 1
    s = "".join(out)
    if "sh" in s:
        return None
    s = s.replace("amf", "anf")              # amfetamine/amphotericin/chloramphenicol
    if s.startswith("imm"):
        s = "inm" + s[3:]
    res: list[str] = []
    for i, c in enumerate(s):
        if res and c == res[-1] and c in CONSONANTS and c != "r":
            if c == "c" and s[i + 1:i + 2] in ("e", "i"):
                res.append(c)                # succinil-: cc before e/i is two sounds
            continue
        res.append(c)
    s = "".join(res)
    if len(s) > 2 and s[0] == "s" and s[1] in CONSONANTS:
        s = "e" + s
    return s


def word_to_es(w: str) -> str | None:
    if not re.fullmatch(r"[a-z]+", w):
        return None
    for en, es in SUFFIX_RULES:
        if w.endswith(en) and (len(w) > len(en) + 1 or en == "fentanyl"):
            stem = respell(w[: -len(en)])
            if stem is None:
                return None
            if en == "rubicin" and stem and stem[-1] in "aeiou":
                es = "r" + es
            out = stem + es
            return re.sub(r"([aeo])ina$", r"\1ína", out)
    if w.endswith(KEEP_ENDINGS):
        return respell(w)
    return None


def to_spanish(term: str) -> str | None:
    """Spanish form of an English generic name, or None when no rule is certain."""
    words = term.split(" ")
    if len(words) == 1:
        return word_to_es(term)
    if len(words) == 2 and words[0] == "insulin":
        t = word_to_es(words[1])
        return None if t is None else "insulina " + t
    if len(words) == 2 and words[1] in TAIL_WORDS:
        t = word_to_es(words[0])
        return None if t is None else t + " " + TAIL_WORDS[words[1]]
    return None


# ----------------------------------------------------------------------------------------------
# hand review of the derivations

# English generics whose rule-derived form is dropped: lay English words (their Spanish words
# come from IRREGULAR or the supplement), fragments, gene-therapy and other names whose Spanish
# form is not certain, and diagnostic agents patients do not take.
REJECT = {
    "antidepressant", "anticonvulsant", "antiretroviral", "aromatase", "inhibitor", "vedotin",
    "triacetate", "axicabtagene", "brexucabtagene", "ciltacabtagene", "idecabtagene",
    "lisocabtagene",
    "obecabtagene", "nadofaragene", "revakinagene", "talimogene", "nogapendekin alfa",
    "cannabidiol", "desoxyribonuclease", "monoctanoin", "methscopolamine", "lapyrium",
    "insulin isophane", "oxiglutatione", "protokylol", "solriamfetol", "xylose", "uridine",
    "thonzonium", "pafolacianine", "pentetate", "edetate", "propiolactone", "histamine",
}

# English generic -> Spanish names that the rules do not give (or give besides the derived
# form). Tags and ambiguity come from the English entry.
IRREGULAR = {
    "acetaminophen": ["paracetamol", "acetaminofén"],
    "albuterol": ["salbutamol"],
    "levalbuterol": ["levosalbutamol"],
    "glyburide": ["glibenclamida"],
    "meperidine": ["petidina"],
    "rifampin": ["rifampicina"],
    "mesalamine": ["mesalazina"],
    "trimethoprim": ["trimetoprima"],
    "cromolyn": ["cromoglicato"],
    "bupropion": ["bupropión"],
    "dextromethorphan": ["dextrometorfano"],
    "baclofen": ["baclofeno"],
    "ketotifen": ["ketotifeno"],
    "biperiden": ["biperideno"],
    "bisacodyl": ["bisacodilo"],
    "sulindac": ["sulindaco"],
    "isoniazid": ["isoniazida"],
    "isocarboxazid": ["isocarboxazida"],
    "linezolid": ["linezolid"],
    "tedizolid": ["tedizolid"],
    "imipenem": ["imipenem"],
    "meropenem": ["meropenem"],
    "ertapenem": ["ertapenem"],
    "doripenem": ["doripenem"],
    "colchicine": ["colchicina"],
    "chlorambucil": ["clorambucilo"],
    "donepezil": ["donepezilo"],
    "melphalan": ["melfalán"],
    "busulfan": ["busulfano"],
    "treosulfan": ["treosulfano"],
    "cinacalcet": ["cinacalcet"],
    "ezetimibe": ["ezetimiba"],
    "glucagon": ["glucagón"],
    "hydroxyurea": ["hidroxiurea", "hidroxicarbamida"],
    "mesna": ["mesna"],
    "thiotepa": ["tiotepa"],
    "fluorouracil": ["fluorouracilo"],
    "propylthiouracil": ["propiltiouracilo"],
    "methimazole": ["tiamazol"],
    "diltiazem": ["diltiazem"],
    "verapamil": ["verapamilo"],
    "zaleplon": ["zaleplón"],
    "ramelteon": ["ramelteón"],
    "zileuton": ["zileutón"],
    "nedocromil": ["nedocromilo"],
    "malathion": ["malatión"],
    "crotamiton": ["crotamitón"],
    "ciclopirox": ["ciclopirox"],
    "deferasirox": ["deferasirox"],
    "sacubitril": ["sacubitrilo"],
    "vonoprazan": ["vonoprazán"],
    "tegaserod": ["tegaserod"],
    "sevelamer": ["sevelámero"],
    "patiromer": ["patirómero"],
    "glatiramer": ["glatirámero"],
    "fondaparinux": ["fondaparinux"],
    "minoxidil": ["minoxidil"],
    "modafinil": ["modafinilo"],
    "armodafinil": ["armodafinilo"],
    "flumazenil": ["flumazenilo"],
    "treprostinil": ["treprostinil"],
    "cefadroxil": ["cefadroxilo"],
    "cefprozil": ["cefprozilo"],
    "gemfibrozil": ["gemfibrozilo"],
    "milnacipran": ["milnaciprán"],
    "levomilnacipran": ["levomilnaciprán"],
    "mirabegron": ["mirabegrón"],
    "vibegron": ["vibegrón"],
    "diethylpropion": ["anfepramona", "dietilpropión"],
    "probenecid": ["probenecid"],
    "tecovirimat": ["tecovirimat"],
    "venetoclax": ["venetoclax"],
    "riociguat": ["riociguat"],
    "vericiguat": ["vericiguat"],
    "maraviroc": ["maraviroc"],
    "foscarnet": ["foscarnet"],
    "enalaprilat": ["enalaprilat"],
    "nifurtimox": ["nifurtimox"],
    "selexipag": ["selexipag"],
    "tafamidis": ["tafamidis"],
    "sugammadex": ["sugammadex"],
    "divalproex": ["divalproato"],
    "dienogest": ["dienogest"],
    "norethindrone": ["noretisterona"],
    "leuprolide": ["leuprorelina"],
    "ethinyl estradiol": ["etinilestradiol"],
    "conjugated estrogens": ["estrógenos conjugados"],
    "estradiol valerate": ["valerato de estradiol"],
    "estradiol cypionate": ["cipionato de estradiol"],
    "testosterone cypionate": ["cipionato de testosterona"],
    "testosterone enanthate": ["enantato de testosterona"],
    "testosterone undecanoate": ["undecanoato de testosterona"],
    "depo-medroxyprogesterone": ["acetato de medroxiprogesterona"],
    "hydroxyprogesterone caproate": ["caproato de hidroxiprogesterona"],
    "progesterone in oil": ["progesterona en aceite"],
    "lithium carbonate": ["carbonato de litio"],
    "valproic acid": ["ácido valproico"],
    "zoledronic acid": ["ácido zoledrónico"],
    "tranexamic acid": ["ácido tranexámico"],
    "mefenamic acid": ["ácido mefenámico"],
    "ursodeoxycholic acid": ["ácido ursodesoxicólico"],
    "mycophenolic acid": ["ácido micofenólico"],
    "azelaic acid": ["ácido azelaico"],
    "aminocaproic acid": ["ácido aminocaproico"],
    "ethacrynic acid": ["ácido etacrínico"],
    "nalidixic acid": ["ácido nalidíxico"],
    "obeticholic acid": ["ácido obeticólico"],
    "bempedoic acid": ["ácido bempedoico"],
    "fenofibric acid": ["ácido fenofíbrico"],
    "aminolevulinic acid": ["ácido aminolevulínico"],
    "deoxycholic acid": ["ácido desoxicólico"],
    "benzoyl peroxide": ["peróxido de benzoilo"],
    "botulinum toxin": ["toxina botulínica"],
    "insulin lispro": ["insulina lispro"],
    "insulin aspart": ["insulina asparta"],
    "insulin degludec": ["insulina degludec"],
    "insulin human": ["insulina humana"],
    "regular insulin": ["insulina regular"],
    "nph insulin": ["insulina nph", "insulina isófana"],
    "benzathine penicillin": ["penicilina benzatínica"],
    "penicillin g procaine": ["penicilina procaínica"],
    "penicillin g": ["penicilina g"],
    "penicillin v": ["penicilina v", "fenoximetilpenicilina"],
    "chorionic gonadotropin": ["gonadotropina coriónica"],
    "human chorionic gonadotropin": ["gonadotropina coriónica humana"],
    "menotropins": ["menotropina"],
    "sodium oxybate": ["oxibato sódico"],
    "dimethyl fumarate": ["dimetilfumarato"],
    "isosorbide dinitrate": ["dinitrato de isosorbida"],
    "isosorbide mononitrate": ["mononitrato de isosorbida"],
    "arsenic trioxide": ["trióxido de arsénico"],
    "nitric oxide": ["óxido nítrico"],
    "silver sulfadiazine": ["sulfadiazina de plata"],
    "methylene blue": ["azul de metileno"],
    "amphetamine salts": ["sales de anfetamina"],
    "mixed amphetamine salts": ["sales mixtas de anfetamina"],
    "tenofovir disoproxil": ["tenofovir disoproxilo"],
    "tenofovir alafenamide": ["tenofovir alafenamida"],
    "long-acting cabotegravir": ["cabotegravir de acción prolongada"],
    "pre-exposure prophylaxis": ["profilaxis preexposición", "profilaxis previa a la exposición"],
    "post-exposure prophylaxis": ["profilaxis posexposición", "profilaxis postexposición"],
    "injectable prep": ["prep inyectable"],
    "emergency contraception": ["anticoncepción de emergencia"],
    "emergency contraceptive": ["anticonceptivo de emergencia"],
    "morning after pill": ["píldora del día después", "pastilla del día después",
                           "píldora del día siguiente", "pastilla del día siguiente"],
    "oral contraceptive": ["anticonceptivo oral", "anticonceptivos orales"],
    "contraceptive pill": ["pastilla anticonceptiva", "pastillas anticonceptivas",
                           "píldora anticonceptiva", "píldoras anticonceptivas"],
    "contraceptive": ["anticonceptivo"],
    "contraceptive patch": ["parche anticonceptivo"],
    "contraceptive ring": ["anillo anticonceptivo", "anillo vaginal"],
    "contraceptive implant": ["implante anticonceptivo"],
    "copper iud": ["diu de cobre"],
    "hormonal iud": ["diu hormonal"],
    "abortion pill": ["píldora abortiva", "pastilla abortiva"],
    "antidepressant": ["antidepresivo"],
    "antipsychotic": ["antipsicótico"],
    "antiretroviral": ["antirretroviral"],
    "benzodiazepine": ["benzodiacepina"],
    "mood stabilizer": ["estabilizador del ánimo", "estabilizador del estado de ánimo"],
    "stimulant medication": ["medicamento estimulante"],
    "blood thinner": ["anticoagulante"],
    "water pill": ["diurético"],
    "cholesterol medication": ["medicamento para el colesterol"],
    "diabetes medication": ["medicamento para la diabetes"],
    "blood pressure medication": ["medicamento para la presión", "pastilla para la presión"],
    "heart medication": ["medicamento para el corazón"],
    "seizure medication": ["medicamento para las convulsiones", "anticonvulsivo",
                           "antiepiléptico"],
    "migraine medication": ["medicamento para la migraña"],
    "hiv medication": ["medicamento para el vih"],
    "fertility medication": ["medicamento para la fertilidad"],
    "weight loss medication": ["medicamento para bajar de peso"],
    "weight loss shot": ["inyección para bajar de peso"],
    "adhd medication": ["medicamento para el tdah"],
    "acne medication": ["medicamento para el acné"],
    "medication for opioid use disorder": [
        "medicamento para el trastorno por consumo de opioides"],
    "glaucoma drops": ["gotas para el glaucoma"],
    "eye drops": ["gotas para los ojos"],
    "asthma inhaler": ["inhalador para el asma"],
    "rescue inhaler": ["inhalador de rescate"],
    "prenatal vitamin": ["vitamina prenatal"],
    "prenatal vitamins": ["vitaminas prenatales"],
    "nicotine patch": ["parche de nicotina"],
    "nicotine gum": ["chicle de nicotina"],
    "hormone replacement therapy": ["terapia de reemplazo hormonal",
                                    "terapia hormonal sustitutiva"],
    "gender-affirming hormone therapy": ["terapia hormonal de afirmación de género"],
    "feminizing hormone therapy": ["terapia hormonal feminizante"],
    "masculinizing hormone therapy": ["terapia hormonal masculinizante"],
    "parathyroid hormone": ["hormona paratiroidea"],
    "desiccated thyroid": ["tiroides desecada"],
    "phosphate binder": ["quelante de fósforo"],
    "pancreatic enzymes": ["enzimas pancreáticas"],
    "potassium citrate": ["citrato de potasio"],
    "calcium acetate": ["acetato de calcio"],
    "ferric carboxymaltose": ["carboximaltosa férrica"],
    "iron sucrose": ["hierro sacarosa"],
    "iron dextran": ["hierro dextrano"],
    "rho(d) immune globulin": ["inmunoglobulina anti-d"],
    "polyethylene glycol 3350": ["polietilenglicol"],
    "sodium picosulfate": ["picosulfato de sodio"],
    "bismuth subsalicylate": ["subsalicilato de bismuto"],
    "paliperidone palmitate": ["palmitato de paliperidona"],
    "haloperidol decanoate": ["decanoato de haloperidol"],
    "fluphenazine decanoate": ["decanoato de flufenazina"],
    "selenium sulfide": ["sulfuro de selenio"],
    "methyl salicylate": ["salicilato de metilo"],
    "gentian violet": ["violeta de genciana"],
    "benzyl benzoate": ["benzoato de bencilo"],
    "epinephrine": ["adrenalina"],
    "norepinephrine": ["noradrenalina"],
}


# ----------------------------------------------------------------------------------------------
# reading and writing

def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def read_entries(path: str) -> list[tuple[str, list[str], float]]:
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 3:
                raise SystemExit(f"{path}:{n}: expected term<TAB>tags<TAB>ambiguity")
            term, tags, amb = cols
            tag_list = [] if tags == "-" else [t for t in tags.split(",") if t]
            out.append((term, tag_list, float(amb)))
    return out


def is_single_generic(term: str, tags: list[str]) -> bool:
    return "generic" in tags and "," not in term and " and " not in term


def fmt_amb(a: float) -> str:
    s = f"{a:.2f}".rstrip("0").rstrip(".")
    return s if s else "0"


def tag_order(tags: set[str]) -> list[str]:
    kind = [t for t in ("brand", "generic", "abbrev", "misspelling") if t in tags]
    rest = sorted(t for t in tags if t not in kind)
    return kind + rest


def build(medication: str, supplement: str):
    entries: dict[str, dict] = {}
    origin: dict[str, str] = {}

    def add(term: str, tags, amb: float, src: str, override: bool = False) -> None:
        term = nfc(term.strip().lower())
        term = re.sub(r" +", " ", term)
        e = entries.get(term)
        if e is None:
            entries[term] = {"tags": set(tags), "amb": amb}
            origin[term] = src
            return
        e["tags"] |= set(tags)
        e["amb"] = amb if override else min(e["amb"], amb)

    english = read_entries(medication)
    derived = irregular = 0
    seen_irregular = set()
    for term, tags, amb in english:
        if not is_single_generic(term, tags):
            continue
        if term in IRREGULAR:
            seen_irregular.add(term)
            for es in IRREGULAR[term]:
                add(es, tags, amb, "irregular:" + term)
                irregular += 1
        if term in REJECT or re.search(r"\d", term):
            continue
        es = to_spanish(term)
        if es is not None:
            add(es, tags, amb, "derived:" + term)
            derived += 1
    missing = sorted(set(IRREGULAR) - seen_irregular)
    if missing:
        raise SystemExit("IRREGULAR names not found among medication.txt generics: "
                         + ", ".join(missing))

    supp = read_entries(supplement)
    for term, tags, amb in supp:
        add(term, tags, amb, "supplement", override=True)
    return entries, origin, {"derived": derived, "irregular": irregular, "supplement": len(supp)}


def check(entries: dict[str, dict]) -> None:
    problems = []
    for term, e in entries.items():
        if term != nfc(term) or term != term.lower() or term != term.strip() or "  " in term:
            problems.append("not normalized: " + term)
        if "\t" in term:
            problems.append("tab in term: " + term)
        bad = e["tags"] - ALLOWED_TAGS
        if bad:
            problems.append(f"unknown tag {sorted(bad)}: {term}")
        if not 0 <= e["amb"] <= 1:
            problems.append("ambiguity out of range: " + term)
    if problems:
        raise SystemExit("\n".join(problems))


def utf16_key(s: str) -> bytes:
    return s.encode("utf-16-be")


HEADER = """\
# Redactor dictionary: medication names in Spanish (generic, brand and lay names)
# category: MEDICATION
# language: es
# source: derived from this project's medication.txt (FDA Drugs@FDA names: single-ingredient generics) by dictionaries/tools/build_medications_es.py with the English->Spanish INN spelling rules, every derived form reviewed by hand; plus hand curation (dictionaries/tools/medication-es-supplement.tsv): Spanish/Latin American generics not sold in the US, Spanish and Latin American brands, lay and category terms, variants and misspellings, written from general knowledge
# license: FDA names: public domain (US government work, 17 USC 105); derivation rules, review and supplement: original work for this project (same licence as Redactor); no WHO INN list, AEMPS/COFEPRIS database or other licensed text copied
# retrieved: {retrieved}
# curation: generated by dictionaries/tools/build_medications_es.py; kept only Spanish forms known to be real names (rule-derived forms whose Spanish spelling is uncertain, lay English words, gene-therapy names and diagnostic agents dropped); US-Spanish (MedlinePlus-style: albuterol, gliburida, meperidina) and INN/DCI forms (salbutamol, glibenclamida, petidina) both kept; Latin American -ina/-ino variants (amlodipina, ciprofloxacina) added; tags and ambiguity inherited from the English entry; brands of Spain and Latin America added by hand with sensitive-group tags; ambiguity 0.6-0.7 for names that are everyday Spanish words or given names (hierro, cafeína, adrenalina, litio, daxon), 0.1-0.4 for class words and common OTC names; no plural, accent-less or hyphen variants except plural phrases whose first word is plural (pastillas anticonceptivas); {count} entries
# normalization: lower case (Unicode case fold), NFC, single spaces, no leading/trailing space
# columns: term<TAB>tags<TAB>ambiguity
"""


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--medication", default=os.path.join(DICT_DIR, "medication.txt"))
    p.add_argument("--supplement", default=os.path.join(HERE, "medication-es-supplement.tsv"))
    p.add_argument("--out", default=os.path.join(DICT_DIR, "medication.es.txt"))
    p.add_argument("--retrieved", default=_dt.date.today().isoformat())
    p.add_argument("--report", default=None,
                   help="also write term<TAB>origin for review (derived:/irregular:/supplement)")
    a = p.parse_args(argv)

    entries, origin, stats = build(a.medication, a.supplement)
    check(entries)
    terms = sorted(entries, key=utf16_key)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER.format(retrieved=a.retrieved, count=len(terms)))
        for t in terms:
            e = entries[t]
            tags = ",".join(tag_order(e["tags"])) or "-"
            f.write(f"{t}\t{tags}\t{fmt_amb(e['amb'])}\n")
    if a.report:
        with open(a.report, "w", encoding="utf-8") as f:
            for t in terms:
                f.write(f"{t}\t{origin[t]}\n")
    print(f"{len(terms)} entries ({stats['derived']} derived, {stats['irregular']} irregular, "
          f"{stats['supplement']} supplement lines) -> {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
