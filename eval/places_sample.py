#!/usr/bin/env python3
"""A reproducible sample of the place mentions `articlewatch analyze` found, to read for false places (issue 14).

Usage: eval/places_sample.py [--per-mille 30] RESULTS.jsonl…

Every mention of a location or country entity in the result lines (its offsets into `text`) is a place found
(a city's country, listed under the city's offsets, is the same mention: the location is kept). A mention is
drawn when the SHA-1 of its file and offset falls in the first PER-MILLE thousandths, so two builds' results
draw the same mentions where both found them, and each is printed with the words around it and what it was
resolved to, for a reader to mark right or wrong.
"""

import hashlib
import json
import sys


def mentions(paths):
    found = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                text = record.get("text") or ""
                for entity in record.get("entities") or []:
                    if entity.get("type") not in ("location", "country"):
                        continue
                    geo = entity.get("geo") or {}
                    for start, end in entity.get("offsets") or []:
                        found.append(dict(file=record.get("file"), start=start, end=end, surface=text[start:end],
                                          context=text[max(0, start - 70):end + 70].replace("\n", " "),
                                          type=entity["type"], name=entity.get("name"), country=geo.get("country"),
                                          feature=geo.get("featureCode"), admin1=geo.get("admin1")))
    return found


def main():
    arguments = sys.argv[1:]
    per_mille = 30
    if "--per-mille" in arguments:
        at = arguments.index("--per-mille")
        per_mille = int(arguments[at + 1])
        del arguments[at:at + 2]
    by_key = {}
    for mention in mentions(arguments):
        key = (mention["file"], mention["start"])
        if key not in by_key or mention["type"] == "location":
            by_key[key] = mention
    drawn = [m for key, m in sorted(by_key.items())
             if int(hashlib.sha1(f"{key[0]}:{key[1]}".encode()).hexdigest(), 16) % 1000 < per_mille]
    print(f"{len(by_key)} place mentions in {len({k[0] for k in by_key})} files; drawn {len(drawn)}")
    for mention in drawn:
        print(json.dumps(mention, ensure_ascii=False))


if __name__ == "__main__":
    main()
