#!/usr/bin/env python3
"""Writes seeds/expected/<seed>.json from the current extractor, for review: title, byline, kept paragraphs
(with roles) and removed-line counts by kind. The golden files are checked in after a person has read each
seed and agreed with every kept and dropped line (SeedGoldenTests then pins them).

usage: eval/seed_goldens.py [--binary .build/debug/articlewatch-eval] SEED…"""
import argparse, json, subprocess
from pathlib import Path

parser = argparse.ArgumentParser()
parser.add_argument("--binary", default=".build/debug/articlewatch-eval")
parser.add_argument("seeds", nargs="+")
args = parser.parse_args()
for seed in args.seeds:
    record = json.loads(subprocess.run([args.binary, "extract-show", seed], capture_output=True, text=True, check=True).stdout)
    text = record["text"]
    paragraphs = [{"role": p["role"], "text": text.encode()[p["start"]:p["end"]].decode()} for p in record["paragraphs"]]
    golden = {"title": record["title"], "byline": record["byline"], "paragraphs": paragraphs,
              "removedLines": {k: v["lines"] for k, v in record["boilerplate"]["byKind"].items()}}
    out = Path(seed).parent / "expected" / (Path(seed).stem + ".json")
    out.write_text(json.dumps(golden, indent=1, ensure_ascii=False) + "\n")
    print(out)
