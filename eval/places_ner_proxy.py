#!/usr/bin/env python3
"""Place recognition recall proxy on Universal NER's English PUD test set (../shared/data/ner-train/uner-en-pud,
CC BY-SA 4.0; 1,000 news and Wikipedia sentences): its LOC spans as gold place mentions, one paragraph per
document, scored by eval/places_score.py (surfaces only, no GeoNames ids). UNER's LOC also covers rivers,
regions, buildings and streets our gazetteer does not hold, and none of it was tuned on: read the figure as a
recall proxy beside the hand-labelled sets, not as a geoparsing score.

Usage: eval/places_ner_proxy.py ARTICLEWATCH_EVAL [CORPUS.iob2]
"""

import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT = os.path.join(ROOT, "..", "shared", "data", "ner-train", "uner-en-pud", "en_pud-ud-test.iob2")
if not os.path.exists(DEFAULT):
    DEFAULT = "/work/shared/data/ner-train/uner-en-pud/en_pud-ud-test.iob2"


def documents(path):
    docs, current, text, tokens = [], None, "", []

    def flush_sentence():
        nonlocal text, tokens
        if current is not None and text:
            spans, span = [], None
            for word, tag in tokens:
                if tag == "B-LOC":
                    span = [word]
                    spans.append(span)
                elif tag == "I-LOC" and span is not None:
                    span.append(word)
                else:
                    span = None
            current["sentences"].append((text, [" ".join(s) for s in spans]))
        text, tokens = "", []

    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id"):
                flush_sentence()
                current = {"sentences": []}
                docs.append(current)
            elif line.startswith("# text = "):
                flush_sentence()
                text = line[len("# text = "):]
            elif line and not line.startswith("#"):
                fields = line.split("\t")
                tokens.append((fields[1], fields[2]))
        flush_sentence()
    return docs


def main():
    binary = sys.argv[1]
    path = sys.argv[2] if len(sys.argv) > 2 else DEFAULT
    paragraphs = []
    for number, doc in enumerate(documents(path), 1):
        text, places = "", []
        for sentence, spans in doc["sentences"]:
            offset = len(text) + (1 if text else 0)
            text = (text + " " + sentence) if text else sentence
            cursor = offset
            for surface in spans:
                # UNER tokens are joined by spaces; find the surface with its own spacing where we can.
                found = text.find(surface, cursor)
                if found < 0:
                    continue
                places.append({"start": found, "end": found + len(surface), "surface": surface})
                cursor = found + len(surface)
        paragraphs.append({"paragraph": number, "split": "heldout", "text": text, "places": places})
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump({"source": path, "paragraphs": paragraphs}, handle)
        fixture = handle.name
    subprocess.run([sys.executable, os.path.join(ROOT, "eval", "places_score.py"), binary, fixture, "--no-spacy"], check=True)
    os.unlink(fixture)


if __name__ == "__main__":
    main()
