#!/usr/bin/env python3
"""Generates Sources/ArticleAnalysis/Entities/Resources/EntityLexiconData.swift.

Sources (read at generation time only; the generated Swift file is committed):
  ../shared/data/petrarch2-cameo/Phoenix.Countries.actors.txt       (MIT, Open Event Data Alliance)
  ../shared/data/petrarch2-cameo/Phoenix.International.actors.txt   (MIT)
  ../shared/data/petrarch2-cameo/Phoenix.MilNonState.actors.txt     (MIT)
  /usr/share/iso-codes/json/iso_3166-1.json                         (Debian iso-codes, LGPL-2.1+)
  ../shared/data/geonames/countryInfo.txt, admin1CodesASCII.txt      (GeoNames, CC BY 4.0): capitals, divisions
  ../shared/data/geonames/cities15000.txt                            (GeoNames): which division names are ambiguous
  ../shared/data/vader-icwsm2014/*Snippets_GroundTruth.txt           (MIT) and the article-extraction benchmark's
  ground-truth.json (MIT): which words are common English words (written in lower case)
  the hand-written tables in scripts/entity_hand_tables.py          (capitals, seats of power, places, orgs)

Usage: scripts/generate-entity-lexicon.py [--data ../shared/data/petrarch2-cameo] [--geonames ../shared/data/geonames]

Output lines (tab separated): KIND, surface, canonical name, code, country.
  C country name form -> ISO 3166 alpha-3     K capital or seat of power used for its country
  L place below country level                 O organisation (code: CAMEO actor code)
  P person (country: the country the dictionary ties them to)
"""

import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tabari_actors import read_entries, latest_code  # noqa: E402
import entity_hand_tables as hand  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(ROOT, "Sources/ArticleAnalysis/Entities/Resources/EntityLexiconData.swift")
ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
GEONAMES = "/work/shared/data/geonames"
# Lower-case English text for the common-word test (VADER's ICWSM 2014 snippets, MIT).
COMMON_TEXTS = ["vader-icwsm2014/nytEditorialSnippets_GroundTruth.txt", "vader-icwsm2014/movieReviewSnippets_GroundTruth.txt",
                "vader-icwsm2014/amazonReviewSnippets_GroundTruth.txt", "vader-icwsm2014/tweets_GroundTruth.txt"]

# Phoenix codes that are not ISO 3166 alpha-3, mapped to the successor state ("Soviet" -> Russia).
SUCCESSORS = {"SUN": "RUS", "YUG": "SRB", "CSK": "CZE", "DDR": "DEU", "GDR": "DEU", "ZAR": "COD", "BUR": "MMR",
              "ROM": "ROU", "TMP": "TLS", "KSV": "XKX", "SCG": "SRB", "PSE": "PSE"}
ORG_WORDS = {"ORGANIZATION", "ORGANISATION", "COUNCIL", "AGENCY", "UNION", "BANK", "FUND", "COMMITTEE", "COMMISSION",
             "MINISTRY", "DEPARTMENT", "PARTY", "FRONT", "ARMY", "FORCE", "FORCES", "GUARD", "GUARDS", "BRIGADE",
             "BRIGADES", "MOVEMENT", "ASSOCIATION", "INSTITUTE", "FOUNDATION", "CENTER", "CENTRE", "COURT",
             "ASSEMBLY", "PARLIAMENT", "CONGRESS", "SENATE", "OFFICE", "BUREAU", "SERVICE", "SERVICES", "POLICE",
             "NAVY", "CORPS", "COMPANY", "CORPORATION", "GROUP", "INC", "LTD", "AIRLINES", "UNIVERSITY",
             "ENDOWMENT", "PROGRAMME", "PROGRAM", "NETWORK", "ALLIANCE", "LEAGUE", "COALITION", "CABINET",
             "GOVERNMENT", "MILITIA", "BATTALION", "REGIME", "AUTHORITY", "TRIBUNAL", "SECRETARIAT", "BOARD",
             "FEDERATION", "CONFERENCE", "FORUM", "ORGANIZATIONS", "NATIONS", "STATES", "JIHAD", "QAEDA",
             "TALIBAN", "HEZBOLLAH", "HAMAS", "NEWS", "AGENCE", "PRESS", "TIMES", "POST", "TV", "RADIO",
             "EMBASSY", "KGB", "FSB", "CIA", "FBI", "MOSSAD", "INTELLIGENCE", "COMMAND", "ACADEMY"}
TITLES = {"PRESIDENT", "AYATOLLAH", "HOJATOLISLAM", "HOJJATOLESLAM", "SAYYED", "SAYED", "SHEIKH", "SHEIK", "DR",
          "DR.", "GENERAL", "GEN.", "PRIME", "MINISTER", "KING", "QUEEN", "PRINCE", "EMIR", "SULTAN", "MR", "MR.",
          "MRS", "MS", "SIR", "LORD", "CHANCELLOR", "SECRETARY", "SECRETARY-GENERAL", "COLONEL", "FOREIGN",
          "DEFENSE", "DEFENCE", "SPEAKER", "SENATOR", "ADMIRAL", "MARSHAL", "CROWN", "SUPREME", "LEADER",
          "VICE", "DEPUTY", "AMBASSADOR", "CHAIRMAN", "MAJOR", "BRIGADIER", "FIELD", "CAPTAIN", "SHAH", "GRAND"}
SMALL = {"of", "the", "and", "for", "in", "on", "at", "to", "de", "du", "des", "la", "le", "al", "el", "bin", "ibn",
         "van", "von", "der", "da"}
MIN_PERSON_YEAR = "2010"  # people whose dictionary role ended before 2010 are left out: rare in today's news


def title_case(name):
    words = []
    for index, word in enumerate(name.split(" ")):
        lower = word.lower()
        if index > 0 and lower in SMALL:
            words.append(lower)
        elif "." in word and len(word) <= 6:
            words.append(word.upper())
        else:
            words.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return " ".join(words)


def is_acronym(name):
    bare = name.replace(".", "")
    return " " not in name and (len(bare) <= 5 and not re.search(r"[AEIOU]{1}.*[AEIOU]", bare) or "." in name)


def org_like(name):
    words = set(name.split(" "))
    return bool(words & ORG_WORDS) or is_acronym(name)


def strip_titles(name):
    words = name.split(" ")
    while len(words) > 1 and (words[0] in TITLES or words[0] in hand.EXTRA_NAME_FORMS):
        words = words[1:]
    return " ".join(words)


def country_of(code, iso3):
    if not code:
        return ""
    prefix = SUCCESSORS.get(code[:3], code[:3])
    return prefix if prefix in iso3 else ""


def load_iso():
    with open(ISO, encoding="utf-8") as handle:
        rows = json.load(handle)["3166-1"]
    return {row["alpha_3"]: row for row in rows}


GENERIC = {"REPUBLIC", "ISLAMIC", "UNITED", "STATES", "KINGDOM", "DEMOCRATIC", "PEOPLE'S", "FEDERATION", "OF", "THE",
           "AND", "FEDERAL", "STATE", "ARAB", "SOCIALIST", "PEOPLES", "PLURINATIONAL", "BOLIVARIAN", "COMMONWEALTH",
           "GRAND", "DUCHY", "PRINCIPALITY", "SULTANATE", "ISLANDS", "NORTH", "SOUTH", "NEW", "SAINT", "EAST",
           "WEST", "CENTRAL", "GREAT", "DEMOCRATIC", "TERRITORY"}


def name_stems(row, block_name):
    names = [row.get("name", ""), row.get("official_name", ""), row.get("common_name", ""), block_name]
    stems = set()
    for name in names:
        for word in re.split(r"[ ,()]+", name.upper()):
            if len(word) >= 4 and word not in GENERIC:
                stems.add(word[:4])
    return stems


def is_name_form(alias, stems, iso_names, iso_codes):
    if alias.startswith("THE "):
        alias = alias[4:]
    if alias in iso_names or alias.replace(".", "") in iso_codes:
        return True  # Iran, U.S., USA
    words = alias.split(" ")
    return any(len(word) >= 4 and word[:4] in stems for word in words)


def country_rows(data, iso3, lines):
    """Country blocks of Phoenix.Countries: name forms, capitals, places; then the people and bodies below."""
    current = ""
    people = organisations = 0
    blocks = set()
    for entry in read_entries(os.path.join(data, "Phoenix.Countries.actors.txt")):
        codes = entry["codes"]
        code, last = latest_code(codes)
        bare = SUCCESSORS.get(code, code) if code and len(code) == 3 else ""
        # A country's block holds its name forms and places under the bare code. Blocks of states that
        # changed codes (Armenia: USRARM, then ARMUNR, then ARM) carry a dated history: the first entry
        # whose latest code is the bare country code is the block, later ones are places of that country
        # ("IRAQI KURDISTAN" [IRQ]). None of them is a person: a person always has a role code.
        undated = len(codes) == 1 and len(codes[0][0]) == 3 and not codes[0][1]
        dated_block = bare in iso3 and bare not in blocks and is_name_form(
            entry["names"][0], name_stems(iso3[bare], entry["names"][0]),
            {iso3[bare].get(key, "").upper() for key in ("name", "official_name", "common_name")},
            {iso3[bare]["alpha_2"], bare})
        block_code = code if bare in iso3 and (undated or dated_block) else ""
        if bare in iso3 and not block_code:
            for name in entry["names"]:
                if name and name not in hand.NOT_PLACES:
                    lines.append(("L", name, title_case(name), bare, bare))
            continue
        if block_code:
            blocks.add(bare)
            current = SUCCESSORS.get(block_code, block_code)
            if current not in iso3:
                current = ""
                continue
            row = iso3[current]
            canonical = hand.SHORT_NAMES.get(current) or row.get("common_name") or row["name"]
            iso_names = {row.get(key, "").upper() for key in ("name", "official_name", "common_name")}
            stems = name_stems(row, entry["names"][0])
            iso_codes = {row["alpha_2"], row["alpha_3"]}
            for alias in entry["names"]:
                if alias in hand.CAPITALS or alias in hand.SEATS_OF_POWER:
                    continue
                if block_code == "SUN" or is_name_form(alias, stems, iso_names, iso_codes) or alias in hand.EXTRA_NAME_FORMS:
                    lines.append(("C", alias, canonical, current, current))
                elif alias not in hand.NOT_PLACES:
                    lines.append(("L", alias, title_case(alias), current, current))
            continue
        country = country_of(code, iso3)
        if not country:
            continue
        names = [name for name in entry["names"] if name]
        if not names:
            continue
        if any(org_like(name) for name in names[:1]):
            canonical = title_case(names[0])
            for name in names:
                lines.append(("O", name, canonical, code, country))
            organisations += 1
        elif last[:4] >= MIN_PERSON_YEAR:
            canonical = title_case(strip_titles(names[0]))
            for name in sorted({strip_titles(name) for name in names}):
                if " " in name or len(name) >= 5:  # a lone short word is too often something else
                    lines.append(("P", name, canonical, code, country))
            people += 1
    return people, organisations


def organisation_rows(data, iso3, lines, filename, everything):
    count = 0
    for entry in read_entries(os.path.join(data, filename)):
        code, _ = latest_code(entry["codes"])
        names = [name for name in entry["names"] if name]
        if not code or not names:
            continue
        if code.startswith("MNC"):
            continue  # thousands of listed firms, mostly small US ones; the big names are in the hand table
        if not everything and not org_like(names[0]):
            continue  # International lists office holders too: people without a country are left out
        canonical = hand.CANONICAL.get(names[0], title_case(names[0]))
        for name in names:
            lines.append(("O", name, canonical, code, country_of(code, iso3)))
        count += 1
    return count


def iso_name_forms(row):
    """The English forms of an iso-codes row as news writes them: name, official and common name, the
    inverted "Korea, Republic of" -> "Republic of Korea", and without a parenthesis ("Holy See")."""
    forms = []
    for key in ("name", "official_name", "common_name"):
        name = row.get(key, "")
        if not name:
            continue
        forms.append(name)
        head, comma, tail = name.partition(", ")
        if comma and re.search(r"\b(of|of the)$", tail, re.I):
            forms.append(f"{tail} {head}")  # "Republic of Korea", "The Democratic Republic of the Congo"
        elif comma and tail in ("British", "U.S."):
            forms.append(f"{tail} {head}")  # "British Virgin Islands"
        elif comma and tail.startswith("Province of"):
            forms.append(head)  # "Taiwan"
        bare = re.sub(r"\s*\([^)]*\)", "", name).strip()
        if bare != name:
            forms.append(bare)  # "Holy See", "Falkland Islands"
    return forms


DIVISION_TYPE = re.compile(r"(?i)\s+(county|province|region|governorate|oblast|prefecture|department|district|"
                           r"municipality|voivodeship|krai|kray|state|territory|parish|division|emirate)$")


def lexicon_surface(name):
    """A name as a lexicon surface: upper case like the dictionaries, unless upper-casing loses a letter the
    tokenizer's lower-casing cannot restore ("Adıyaman" -> "ADIYAMAN" -> "adiyaman"); without quotes or
    marks around it ("'Asir Region"), which the recogniser never starts a lookup at."""
    name = name.strip(" '\u2019\u2018\"`-,")
    upper = name.upper()
    return upper if upper.lower() == name.lower() else name


def common_words(shared):
    """Words written in lower case at least three times in ordinary English text: a place name spelt like
    one ("Rivers", "Delta", "Male") is far more often the word than the place."""
    counts = {}
    truth = os.path.join(shared, "article-extraction-benchmark/ground-truth.json")
    if os.path.exists(truth):
        with open(truth, encoding="utf-8") as handle:
            for page in json.load(handle).values():
                for word in re.findall(r"\b[a-z][a-z'-]+\b", page.get("articleBody") or ""):
                    counts[word] = counts.get(word, 0) + 1
    for relative in COMMON_TEXTS:
        path = os.path.join(shared, relative)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8", errors="replace") as handle:
            for word in re.findall(r"\b[a-z][a-z'-]+\b", handle.read()):
                counts[word] = counts.get(word, 0) + 1
    return {word.upper() for word, count in counts.items() if count >= 3}


def geonames_rows(geonames, iso3, common):
    """Capitals (K) from countryInfo.txt and first-level divisions (L) from admin1CodesASCII.txt (GeoNames,
    CC BY 4.0): places news names every day that the dictionaries lack, and names that must never be read as
    a person or a body."""
    alpha3 = {}
    capitals, divisions = [], []
    with open(os.path.join(geonames, "countryInfo.txt"), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 6 or fields[1] not in iso3:
                continue
            alpha3[fields[0]] = fields[1]
            capital = lexicon_surface(fields[5])
            if not capital or (" " not in capital and capital.upper() in common):
                continue
            if capital.upper() in hand.CAPITALS:
                continue
            if capital.upper() not in hand.CAPITALS_NOT_METONYMS:
                capitals.append(("K", capital, fields[5], fields[1], fields[1]))
            elif " " in capital:
                capitals.append(("L", capital, fields[5], fields[1], fields[1]))  # a place, never a person
    with open(os.path.join(geonames, "admin1CodesASCII.txt"), encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 3:
                continue
            country = alpha3.get(fields[0].split(".")[0])
            if not country:
                continue
            forms = {lexicon_surface(fields[1]), lexicon_surface(fields[2])}
            # News writes "Marsabit" or "Anbar province" more often than "Marsabit County": the name without
            # its type word is a surface too.
            forms |= {re.sub(DIVISION_TYPE, "", form) for form in forms}
            for surface in forms:
                words = surface.split(" ")
                surface_key = surface.upper()
                if surface_key in hand.PLACES or surface_key in hand.CAPITALS:
                    continue  # the hand tables say what news means by it ("RED SEA": the sea)
                if re.search(r"\d", surface) or (len(words) == 1 and (surface_key in common or len(surface) <= 3)):
                    continue
                if surface_key in hand.ADMIN1_GENERIC or (len(words) == 1 and surface_key in hand.STOP_SURFACES):
                    continue
                divisions.append(("L", surface, fields[1], country, country))
    # A division name that is also another country's division or city ("Saint George" in five Caribbean
    # states, Jamaica's "Manchester" parish) keeps no country: which one is meant needs the article.
    elsewhere = {}
    for _, surface, _, country, _ in divisions:
        elsewhere.setdefault(surface.upper(), set()).add(country)
    with open(os.path.join(geonames, "cities15000.txt"), encoding="utf-8") as handle:
        for line in handle:
            fields = line.split("\t")
            if len(fields) > 8 and fields[8] in alpha3:
                for name in (fields[1], fields[2]):
                    if name.upper() in elsewhere:
                        elsewhere[name.upper()].add(alpha3[fields[8]])
    divisions = [(kind, surface, canonical, country if len(elsewhere[surface.upper()]) == 1 else "",
                  country if len(elsewhere[surface.upper()]) == 1 else "")
                 for kind, surface, canonical, country, _ in divisions]
    return capitals, divisions


def main():
    parser = argparse.ArgumentParser()
    beside = os.path.join(ROOT, "../shared/data/petrarch2-cameo")
    parser.add_argument("--data", default=beside if os.path.isdir(beside) else "/work/shared/data/petrarch2-cameo")
    beside = os.path.join(ROOT, "../shared/data/geonames")
    parser.add_argument("--geonames", default=beside if os.path.isdir(beside) else GEONAMES)
    args = parser.parse_args()
    iso3 = load_iso()
    lines = []
    people, country_orgs = country_rows(args.data, iso3, lines)
    international = organisation_rows(args.data, iso3, lines, "Phoenix.International.actors.txt", False)
    armed = organisation_rows(args.data, iso3, lines, "Phoenix.MilNonState.actors.txt", True)
    common = common_words(os.path.dirname(os.path.abspath(args.data)))
    capitals, divisions = geonames_rows(args.geonames, iso3, common)
    # A place the dictionaries already name keeps their reading ("PORTLAND" the US city, not Jamaica's parish).
    known_places = {surface.upper() for kind, surface, _, _, _ in lines if kind in ("C", "K", "L")}
    lines += [row for row in divisions if row[1].upper() not in known_places] + capitals
    for surface, code in hand.CAPITALS.items():
        lines.append(("K", surface, title_case(surface), code, code))
    for surface, (canonical, code) in hand.SEATS_OF_POWER.items():
        lines.append(("K", surface, canonical, code, code))
    for surface, (canonical, code) in hand.PLACES.items():
        lines.append(("L", surface, canonical, code, code))
    for surface, (canonical, code, country) in hand.ORGANISATIONS.items():
        lines.append(("O", surface, canonical, code, country))
    for surface, (canonical, country) in hand.PEOPLE.items():
        lines.append(("P", surface, canonical, country, country))
    for surface, code in hand.EXTRA_NAME_FORMS.items():
        row = iso3[code]
        lines.append(("C", surface, hand.SHORT_NAMES.get(code) or row.get("common_name") or row["name"], code, code))
    # Every ISO 3166-1 entry by its own English names; these win over any dictionary alias ("GUINEA" is
    # Guinea, not an alias of Guinea-Bissau; "CONGO" is the Republic of the Congo, not DR Congo).
    owner = {}
    for code, row in sorted(iso3.items()):
        canonical = hand.SHORT_NAMES.get(code) or row.get("common_name") or row["name"]
        for form in iso_name_forms(row):
            lines.append(("C", lexicon_surface(form), canonical, code, code))
            owner[lexicon_surface(form).upper()] = code
    for surface, code in hand.COMMON_NAMES.items():
        row = iso3[code]
        lines.append(("C", surface, hand.SHORT_NAMES.get(code) or row.get("common_name") or row["name"], code, code))
        owner[surface.upper()] = code
    lines = [row for row in lines if owner.get(row[1].upper(), row[3]) == row[3]]

    # Later rows win at lookup, so hand tables (appended last) override the dictionaries. A place name is
    # never a person or a body because a dictionary files it as one ("AZERBAIJAN" as an office holder,
    # "ARMENIA" under a dated country code): person and organisation rows spelt like a country, capital or
    # place are dropped, and a division spelt like a country or capital stays the country.
    country_surfaces = {surface.upper() for kind, surface, _, _, _ in lines if kind in ("C", "K")}
    place_surfaces = country_surfaces | {surface.upper() for kind, surface, _, _, _ in lines if kind == "L"}
    lines = [row for row in lines if row[0] in ("C", "K") or (row[0] == "L" and row[1].upper() not in country_surfaces)
             or row[1].upper() not in place_surfaces]
    seen = set()
    out = []
    for kind, surface, canonical, code, country in lines:
        surface = re.sub(r"\s+", " ", "".join(c for c in surface if c.isprintable() or c == " ")).strip()
        canonical = "".join(c for c in canonical if c.isprintable())
        if len(surface) < 2 or surface in hand.STOP_SURFACES:
            continue
        key = (kind, surface, canonical)
        if key in seen:
            continue
        seen.add(key)
        out.append("\t".join((kind, surface, canonical, code, country)))
    body = "\n".join(out)
    assert '"""#' not in body
    header = f"""// GENERATED by scripts/generate-entity-lexicon.py — do not edit by hand; run the script again.
// Sources: Phoenix.Countries/International/MilNonState.actors.txt from PETRARCH2's dictionaries
// (MIT, (c) 2014 Open Event Data Alliance; see Resources/LICENSE-phoenix-dictionaries.txt),
// country names and ISO 3166-1 alpha-3 codes from Debian iso-codes 4.15 (LGPL-2.1+),
// capitals and first-level divisions from GeoNames (CC BY 4.0; see Resources/LICENSE-geonames.txt),
// and the hand tables in scripts/entity_hand_tables.py (capitals, seats of power, places).
// {len(out)} rows: {people} people and {country_orgs} national bodies from the country file, {len(divisions)} divisions,
// {international} international organisations, {armed} armed and non-state groups.

extension EntityLexicon {{
    /// KIND, surface, canonical name, code, country; tab separated, one row a line.
    static let rows = #\"\"\"
{body}
\"\"\"#
}}
"""
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write(header)
    print(f"wrote {OUTPUT}: {len(out)} rows, {len(body) // 1024} KiB", file=sys.stderr)


if __name__ == "__main__":
    main()
