#!/usr/bin/env python3
"""Build the embedded place and name lists of the LOCATION and PERSON detectors.

usage: python3 detectors/data/location/build.py [SHARED_DATA_DIR]

Reads the reference data in ../shared/data (see its SOURCES.md) and writes
compact, pre-filtered lists into detectors/data/location/ and
detectors/data/person/. Each entry carries flags the detectors interpret:

  w-no, w-da, w-sv, w-en  the lowercase form is a word of that language
                          (Debian word lists wnorwegian bokmål, wdanish, wswedish,
                          wamerican in /usr/share/dict), so the entry is weak
                          in text of that language
  first, surname          (places) also a first name / a surname
  place                   (names) also a place name

Run it again whenever a source list changes; the detectors' Version() is a
hash of the generated files.
"""
import csv
import re
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "..", "..", "shared", "data")
DICTS = {
    "no": ["/usr/share/dict/bokmaal"],
    "da": ["/usr/share/dict/danish"],
    "sv": ["/usr/share/dict/swedish"],
    "en": ["/usr/share/dict/american-english"],
}


def rows(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def load_words():
    words = {}
    for lang, paths in DICTS.items():
        s = set()
        for p in paths:
            with open(p, "rb") as f:
                b = f.read()
            try:
                text = b.decode("utf-8")
            except UnicodeDecodeError:
                text = b.decode("latin-1")  # wnorwegian and wswedish are ISO-8859-1
            for line in text.split("\n"):
                w = line.strip()
                if w and w == w.lower():
                    s.add(w)
        words[lang] = s
    return words


WORDS = load_words()


def ascii_fold(s):
    """Mirror detectors.Fold: æ/ä/å/aa/ae → a, ø/ö/oe → o, accents dropped."""
    table = {"æ": "a", "ä": "a", "å": "a", "á": "a", "à": "a", "â": "a", "ø": "o", "ö": "o", "ó": "o", "ò": "o",
             "ô": "o", "é": "e", "è": "e", "ê": "e", "ë": "e", "ü": "u", "ú": "u", "ù": "u", "û": "u", "í": "i",
             "ì": "i", "î": "i", "ï": "i"}
    out = []
    prev = ""
    for ch in s:
        c = table.get(ch, ch)
        if (prev == "a" and c in "ae") or (prev == "o" and c == "e"):
            continue
        out.append(c)
        prev = c
    return "".join(out)


# Towns the Debian word lists hold as lowercase words, though no one writes
# them as ordinary words of the language: their word flag would make
# "i molde", "i drammen", "i vejle" in lowercase chat need a residence phrase.
# Chosen by hand (general knowledge); a town that is a real word too ("sola",
# "lund", "skive", "boden", "tønder") keeps its flag.
NOT_WORDS = set("""asker drammen dønna gulen høylandet klepp kongsberg kongsvinger lunner molde nome rana
rælingen skien steigen storfjord tokke træna vågå øygarden nacka timrå trosa vindeln malå grums assens faxe
køge lejre samsø vejle amager""".split())
# Norwegian villages and postal places, mostly compounds ("Kirke|nes",
# "Mo|sjøen", "Markabygda"), that the bokmål list holds as words no one
# writes: only their w-no flag goes (Fiskå stays a Swedish word, "fiska").
NOT_WORDS_NO = set("""åmot aldra ankenes båtstø bønes bryne engenes fiskå flåm fonnes garnes gjerdinga gjeving gålå grøa hegra hildre
hovden høvringen hyggen innhavet kaupanger kirkenes kopperå korsvegen kvelde kverva kvikne kvitnes kvål kvås
leksa limingen løkta markabygda moldjord mosjøen myken myking mykland ræge reipå røyken røyse rygge skogbygda
skreia skrova spildra støren svartnes svelgen søgne tarva tollå tveit ulnes vassenden ænes øverbygd øydegard""".split())


# Nynorsk words the bokmål list lacks, for places that are also one:
# "Straumen har vore borte" is the power, not the village.
WORDS_NN = set("""straum straumen""".split())


def word_langs(phrase):
    """Languages in which the phrase (single token), or its spelling
    without Nordic letters ("åre" → "are"), is a word."""
    low = phrase.lower()
    if " " in low or low in NOT_WORDS:
        return []
    forms = {low, ascii_fold(low)}
    out = []
    for lang in ("no", "da", "sv", "en"):
        if lang == "no" and low in NOT_WORDS_NO:
            continue
        if forms & WORDS[lang] or lang == "no" and low in WORDS_NN:
            out.append("w-" + lang)
    return out


def clean(s):
    return " ".join(s.replace("\t", " ").split())


# ---------------------------------------------------------------- names
first, last = {}, {}


NAME_RE = re.compile(r"^[^\W\d_]+(?:[- ][^\W\d_]+)*$")


def add_name(d, n, src):
    n = clean(n)
    if not n or len(n) < 2 or not n[0].isupper() or not NAME_RE.match(n):
        return
    d.setdefault(n, set()).add(src)


for r in rows("no_fornavn.tsv"):
    add_name(first, r["navn"], "no")
for r in rows("no_etternavn.tsv"):
    add_name(last, r["navn"], "no")
for r in rows("dk_fornavn.tsv"):
    if int(r["antal_2005"] or 0) >= 100:
        add_name(first, r["navn"], "da")
for r in rows("dk_efternavne.tsv"):
    if int(r["antal_2005"] or 0) >= 250:
        add_name(last, r["navn"], "da")
for r in rows("se_fornamn.tsv"):
    add_name(first, r["namn"], "sv")
for r in rows("names_top_se_no_dk_en.tsv"):
    d = first if r["type"] == "first" else last
    add_name(d, r["name"], r["lang"][:2])

# ---------------------------------------------------------------- places
places = {}  # phrase -> kinds


# Generic words for an area, listed as districts but not naming one place.
GENERIC_PLACES = {"Sentrum", "Marka", "Centrum", "City", "Sentrum Øst", "Sentrum Vest"}


def add_place(n, kind):
    n = clean(n)
    if not n or len(n) < 2 or any(c.isdigit() for c in n) or n in GENERIC_PLACES:
        return
    ks = places.setdefault(n, [])
    if kind not in ks:
        ks.append(kind)


postcodes = []  # (country, code, place)
for r in rows("no_postnummer.tsv"):
    add_place(r["poststed_tittel"], "no_poststed")
    # "Mo i Rana", "Dale i Sunnfjord": chat names the place by its first word.
    short = clean(r["poststed_tittel"]).split(" i ")
    if len(short) == 2 and " " not in short[0]:
        add_place(short[0], "no_poststed")
    add_place(r["kommune_tittel"], "no_kommune")
    postcodes.append(("no", r["postnummer"], clean(r["poststed_tittel"])))
for r in rows("no_kommuner.tsv"):
    add_place(r["kommune"], "no_kommune")
for r in rows("no_fylker.tsv"):
    add_place(r["fylke"], "no_fylke")
for r in rows("no_bydeler_curated.tsv"):
    add_place(r["bydel"], "no_bydel")
dk = rows("dk_postnumre.tsv")
real_dk = {r["bynavn"].split()[0] for r in dk if int(r["postnr"]) >= 1000}
for r in dk:
    by = clean(r["bynavn"])
    if int(r["postnr"]) < 1000 and by.split()[0] not in real_dk:
        continue  # company names, Udland, Pakkecent
    postcodes.append(("da", r["postnr"], by))
    add_place(by, "dk_by")
    # "Aarhus C", "Esbjerg V": the town without its district letter.
    parts = by.split()
    if len(parts) > 1 and (parts[-1].isupper() or parts[-1] in ("Øst", "Vest", "Nord", "Syd")):
        add_place(" ".join(parts[:-1]), "dk_by")
for r in rows("dk_kommuner.tsv"):
    add_place(r["navn"], "dk_kommune")
for r in rows("se_orter.tsv"):
    add_place(r["ort"], "se_ort")
    add_place(r["kommun"], "se_kommun")
for r in rows("se_kommuner.tsv"):
    add_place(r["municipality_name_short"], "se_kommun")
for r in rows("se_lan.tsv"):
    add_place(r["county_name_short"], "se_lan")
    add_place(r["county_name"], "se_lan")
for r in rows("se_postnummer.tsv"):
    loc = clean(r["locality"]).title() if r["locality"].isupper() else clean(r["locality"])
    add_place(loc, "se_ort")
    postcodes.append(("sv", r["postal_code"].replace(" ", ""), loc))

for extra_file in ("extra_places.tsv", "fi_places.tsv"):
    with open(os.path.join(HERE, extra_file), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            add_place(cols[0], cols[1] if len(cols) > 1 and cols[1] else "extra")

# "Høje Taastrup", "Malung Sälen": a hyphenated name as chat often writes it,
# with a space instead of the hyphen.
for p in [p for p in places if "-" in p.strip("-")]:
    sp = " ".join(p.replace("-", " ").split())
    if sp not in places:
        places[sp] = list(places[p])

# "Malmø", "Tromsö": a town written with the Nordic letters of the writer's
# own language (ø for ö, æ for ä, and back). Only towns and municipalities
# known across the borders, so the variants stay few.
VARIANT_KINDS = {"se_kommun", "se_lan", "dk_kommune", "no_kommune", "no_fylke", "city"}
for p in [p for p in places if VARIANT_KINDS & set(places[p]) and not p.endswith(" län")]:
    for v in (p.replace("ö", "ø").replace("ä", "æ").replace("Ö", "Ø").replace("Ä", "Æ"),
              p.replace("ø", "ö").replace("æ", "ä").replace("Ø", "Ö").replace("Æ", "Ä")):
        if v != p and v not in places:
            places[v] = [k for k in places[p] if k in VARIANT_KINDS]

# Country names are LOCATION only in context (countries.tsv): not places.
country_low = set()
for r in rows("countries_no_da_sv_en.tsv"):
    for col in ("name_en", "name_no", "name_da", "name_sv", "name_no_alt_nav"):
        if r.get(col):
            country_low.add(clean(r[col]).lower())
for p in [p for p in places if p.lower() in country_low]:
    del places[p]

first_low = {n.lower() for n in first}
last_low = {n.lower() for n in last}
place_low = {p.lower() for p in places}


def write(path, header, lines):
    with open(path, "w", encoding="utf-8") as f:
        for h in header:
            f.write("# " + h + "\n")
        for l in lines:
            f.write(l + "\n")


GEN = "Generated by detectors/data/location/build.py; flags w-<lang> mark entries that are words of that language (Debian wnorwegian bokmål, wdanish, wswedish, wamerican, GPL/public-domain word lists, used only to compute the flags)."

pl = []
seen = set()
for p in sorted(places):
    key = p.lower()
    if key in seen:
        continue
    seen.add(key)
    flags = word_langs(p)
    if key in first_low:
        flags.append("first")
    elif key in last_low:
        flags.append("surname")
    pl.append(p + "\t" + "+".join(places[p]) + ("\t" + ",".join(flags) if flags else ""))
write(os.path.join(HERE, "places.tsv"), [
    "Place names below country level: Norway, Denmark, Sweden, and a few well-known places elsewhere.",
    "Sources: no_postnummer.tsv, no_kommuner.tsv, no_fylker.tsv (Bring postnummerregister 2024-10-01, public register, licence none stated);",
    "no_bydeler_curated.tsv (curated by hand); dk_postnumre.tsv, dk_kommuner.tsv (DanielZambelli/dk-postals, PostNord, ISC);",
    "se_kommuner.tsv, se_lan.tsv, se_postnummer.tsv (sjbrg/swedish-geodata, CC0 1.0); se_orter.tsv (sphrak/svenska-stader, Apache-2.0);",
    "extra_places.tsv (islands, lakes, mountains, regions, cities: written for this project, CC0);",
    "fi_places.tsv (Finland-Swedish municipalities and towns: general knowledge checked against Wikipedia's list of Finnish municipalities, CC0). See shared/data/SOURCES.md.",
    GEN,
    "Columns: place, kind, flags.",
], pl)

pc = sorted(set(postcodes))
write(os.path.join(HERE, "postcodes.tsv"), [
    "Postcodes with their postal place: no = Bring postnummerregister 2024-10-01 (public register, licence none stated);",
    "da = PostNord via DanielZambelli/dk-postals (ISC), company and parcel-centre codes left out; sv = sjbrg/swedish-geodata (CC0 1.0).",
    "Generated by detectors/data/location/build.py. Columns: country, postcode (digits only), place.",
], ["\t".join(x) for x in pc])

cl = []
seen = set()
for r in rows("countries_no_da_sv_en.tsv"):
    for col in ("name_en", "name_no", "name_da", "name_sv", "name_no_alt_nav"):
        n = clean(r.get(col) or "")
        if not n or n.lower() in seen:
            continue
        seen.add(n.lower())
        flags = word_langs(n)
        cl.append(n + "\t" + r["alpha2"].lower() + ("\t" + ",".join(flags) if flags else ""))
# Nynorsk names and common short names the register leaves out ("kommer fra
# kongo", "flykta frå Kosovo", "fra Hviterussland").
for n, a2 in (("Noreg", "no"), ("Kongo", "cd"), ("DR Kongo", "cd"), ("DR Congo", "cd"), ("Burma", "mm"),
              ("Kosovo", "xk"), ("Hviterussland", "by"), ("Kviterussland", "by"), ("Hviderusland", "by"),
              ("Vitryssland", "by"), ("Amerika", "us"), ("Kurdistan", "iq")):
    if n.lower() not in seen:
        seen.add(n.lower())
        flags = word_langs(n)
        cl.append(n + "\t" + a2 + ("\t" + ",".join(flags) if flags else ""))
write(os.path.join(HERE, "countries.tsv"), [
    "Country names in English, Norwegian, Danish and Swedish.",
    "Source: countries_no_da_sv_en.tsv (stefangabos/world_countries, data from Wikipedia, CC BY-SA 4.0; share-alike applies to this file).",
    GEN,
    "Columns: name, ISO 3166-1 alpha-2, flags.",
], cl)

sl = []
for r in rows("street_suffixes_no_da_sv.tsv"):
    s = r["suffix"].strip()
    if s.endswith("."):
        continue  # abbreviations are handled by the detector as separate words
    sl.append((s, r["lang"], r["strength"]))
# Suffixes the register calls strong that end common nouns as often as
# streets: "-ringen" ends verbal nouns in -ring ("Parkeringen",
# "Innkjøringen", "Opplæringen"); the street lists hold four streets on it.
WEAKER = {"ringen"}
sl = [(s, lang, "weak" if s in WEAKER else strength) for s, lang, strength in sl]
# Chat drops the Nordic letters ("solrosvagen 3", "kirkestraede 4"): the strong
# suffixes written without them, where that spelling is no word of its own
# (not "grand", "allen", nor "vagen": "vågen", a bay, folds the same).
FOLDED = {"tråkket": "trakket", "stræde": "straede", "strædet": "straedet", "vænge": "vaenge",
          "vænget": "vaenget", "gränden": "granden"}
sl += [(FOLDED[s], lang, strength) for s, lang, strength in sl if s in FOLDED]
seen = set()
out = []
for s, lang, strength in sl:
    if s in seen:
        continue
    seen.add(s)
    out.append(s + "\t" + lang + "\t" + strength)
write(os.path.join(HERE, "street_suffixes.tsv"), [
    "Street-name suffixes for Norwegian, Danish and Swedish (strong: almost always a street; weak: also farm and place names).",
    "Source: street_suffixes_no_da_sv.tsv (curated by hand, cross-checked against libpostal's dictionaries, MIT). See shared/data/SOURCES.md.",
    "Columns: suffix, language, strength.",
], out)

EN_TYPES = {"street", "road", "avenue", "lane", "drive", "way", "close", "crescent", "place", "square",
            "terrace", "gardens", "grove", "row", "boulevard", "court", "mews", "parade", "highway"}
et = []
seen = set()
for r in rows("libpostal_address_dictionaries.tsv"):
    if r["lang"] != "en" or r["dictionary"] != "street_types" or r["canonical"] not in EN_TYPES:
        continue
    for v in [r["canonical"]] + [x for x in (r["variants"] or "").split("|") if x]:
        v = v.strip()
        if v and " " not in v and v not in seen and len(v) >= 2:
            seen.add(v)
            et.append(v + "\t" + r["canonical"])
write(os.path.join(HERE, "street_types_en.tsv"), [
    "English street types with their abbreviations (a subset of the common ones).",
    "Source: libpostal_address_dictionaries.tsv (openvenues/libpostal resources/dictionaries/en/street_types.txt, MIT).",
    "Columns: word, canonical type.",
], et)

# Lowercase dictionary words ending in a core street suffix ("motorveien",
# "gågata"): common nouns, not street names, when written without a number.
CORE = "vei veien vegen veg gate gata gaten gatan vägen väg vej vejen gade gaden".split()
# Generic road nouns the word lists lack (written for this project, CC0):
# kinds of road, in base and definite form.
ROAD_KINDS = {
    "no": ("sykkel gang skole skogs grus bil hoved innkjørsels adkomst omkjørings privat anleggs traktor turs "
           "skule skog fylkes riks kommune gards støls seter sæter felles").split(),
    "sv": "cykel gång skol skogs grus bil huvud infarts tillfarts genomfarts omfarts privat trakt".split(),
    "da": "cykel grus skov mark privat omfarts adgangs indkørsels bag".split(),
}
ROAD_ENDS = {"no": ["vei", "veien", "veg", "vegen"], "sv": ["väg", "vägen"], "da": ["vej", "vejen"]}
extra = {k + e for lang, kinds in ROAD_KINDS.items() for k in kinds for e in ROAD_ENDS[lang]}
# Pedestrian streets, too short for the length rule below.
extra |= {"gågate", "gågata", "gågaten", "gågatan", "gågade", "gågaden"}
# Cycle and foot paths: "Cykelstien er åben igen", "gangstien langs elva".
PATH_KINDS = {"no": "sykkel gang tur skogs", "sv": "cykel gång skogs", "da": "cykel gang skov tur"}
PATH_ENDS = {"no": ["sti", "stien"], "sv": ["stig", "stigen"], "da": ["sti", "stien"]}
extra |= {k + e for lang, kinds in PATH_KINDS.items() for k in kinds.split() for e in PATH_ENDS[lang]}
# Street names the word lists hold as words: the main and shore streets of
# most towns, roads named after a town or a king, the church, railway and
# harbour streets ("bor i storgata",
# "kø i drammensveien"). Left out, so in lower case after a preposition of
# place they read as the streets they are.
PROPER_STREETS = ("storgat", "strandgat", "drammensve", "trondheimsve", "eriksgat", "oslogat", "kirkeve", "jernbanegat",
                  "havnegat", "strandvej")
sw = sorted(extra | {w for w in WORDS["no"] | WORDS["da"] | WORDS["sv"]
                     if any(w.endswith(x) and len(w) > len(x) + 2 for x in CORE)
                     and not w.startswith(PROPER_STREETS)})
write(os.path.join(HERE, "street_words.txt"), [
    "Common nouns that end like a street name (vei, gate, vägen, vej, gade...): words, not street names, when lowercase.",
    "Source: Debian word lists wnorwegian (bokmål), wdanish, wswedish (GPL), and kinds of road written for this project (CC0);",
    "generated by detectors/data/location/build.py.",
], sw)

gl = []
with open(os.path.join(SRC, "no_gatenavn_eksempler.txt"), encoding="utf-8") as f:
    for line in f:
        n = clean(line)
        if n and not n.startswith("#"):
            gl.append(n)
write(os.path.join(HERE, "streets.txt"), [
    "Norwegian street names (examples).",
    "Source: no_gatenavn_eksempler.txt (navikt/bidrag-felles-testdata StedListe.java GATENAVN values; licence none stated).",
], sorted(set(gl)))


def name_lines(d, other):
    out = []
    seen = set()
    for n in sorted(d):
        if n.lower() in seen:
            continue
        seen.add(n.lower())
        flags = word_langs(n)
        if n.lower() in place_low:
            flags.append("place")
        if n.lower() in other:
            flags.append("both")
        out.append(n + "\t" + "+".join(sorted(d[n])) + ("\t" + ",".join(flags) if flags else ""))
    return out


NAMES_SRC = [
    "Sources: no_fornavn.tsv / no_etternavn.tsv (navikt/bidrag-felles-testdata NavnListe.java and frimerke/norskenavn; licence none stated);",
    "dk_fornavn.tsv (>= 100 bearers) / dk_efternavne.tsv (>= 250 bearers) (Thomas-Rosenkrans-Vestergaard/danish-names, KU Danskernes navne 2005; licence none stated);",
    "se_fornamn.tsv (bolddp/swedish-names, SCB 2017; licence none stated); names_top_se_no_dk_en.tsv (ozdemirburak/full-name-generator, MIT;",
    "data SCB CC BY 4.0, SSB NLOD 2.0, DST CC BY 4.0, UK OGL v3, US public domain). See shared/data/SOURCES.md.",
    GEN + " Flag place: also a place name; both: also in the other list.",
]
write(os.path.join(ROOT, "person", "first_names.tsv"), ["First names."] + NAMES_SRC + ["Columns: name, source languages, flags."], name_lines(first, last_low))
write(os.path.join(ROOT, "person", "surnames.tsv"), ["Surnames."] + NAMES_SRC + ["Columns: name, source languages, flags."], name_lines(last, first_low))
print("places", len(pl), "postcodes", len(pc), "countries", len(cl), "first", len(first), "last", len(last))
