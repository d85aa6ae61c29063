#!/usr/bin/env python3
"""Key phrases: our top 10 beside yake's top 10 (yake from PyPI, its defaults: n=3, dedup 0.9, English).

Texts: the seed articles (../shared/seeds) and the first --benchmark article bodies of
../shared/data/article-extraction-benchmark/ground-truth.json (written to plain-text files first, so both
tools read the same text). Overlap per article = |ours ∩ yake| / 10, comparing lowercased phrases with a
final "s" dropped from each word; "loose" also counts a phrase contained in one of the other list's.
Usage: eval/keyphrases/yake_overlap.py [--shared ../shared] [--eval .build/release/articlewatch-eval] [--show 2]
"""
import argparse
import json
import pathlib
import subprocess
import tempfile

import yake


def normalise(phrase: str) -> str:
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in phrase.lower().split())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default="../shared", type=pathlib.Path)
    parser.add_argument("--eval", default=".build/release/articlewatch-eval")
    parser.add_argument("--benchmark", type=int, default=30)
    parser.add_argument("--show", type=int, default=2)
    parser.add_argument("--record-only", action="store_true")
    args = parser.parse_args()
    extractor = yake.KeywordExtractor(lan="en", n=3, top=10)
    with tempfile.TemporaryDirectory() as tmp:
        files = sorted(str(p) for p in (args.shared / "seeds").glob("*.txt"))
        truth = json.loads((args.shared / "data/article-extraction-benchmark/ground-truth.json").read_text())
        for key in sorted(truth)[: args.benchmark]:
            path = pathlib.Path(tmp) / f"bench-{key[:12]}.txt"
            path.write_text(truth[key]["articleBody"], encoding="utf-8")
            files.append(str(path))
        for mode in ([] if args.record_only else [["--yake-dedup"]]) + [[]]:
            compare(args, extractor, files, mode)


def compare(args, extractor, files, mode) -> None:
    lines = subprocess.run([args.eval, "keyphrases", *mode, *files], check=True, capture_output=True,
                           text=True).stdout
    ours_by_file = {row["file"]: [k["phrase"] for k in row["keyphrases"]] for row in map(json.loads, lines.splitlines())}
    label = "yake-like dedup (parts of phrases kept)" if mode else "as in the record (parts of phrases dropped)"
    print(f"== ours {label}")
    exact = loose = 0.0
    for shown, path in enumerate(files):
        text = pathlib.Path(path).read_text(encoding="utf-8")
        theirs = [kw for kw, _ in extractor.extract_keywords(text)]
        ours = ours_by_file.get(path, [])
        a, b = {normalise(p) for p in ours}, {normalise(p) for p in theirs}
        share = len(a & b) / 10
        loose_hits = sum(1 for p in a if any(p in q or q in p for q in b))
        exact += share
        loose += loose_hits / 10
        if shown < args.show or "seeds" in path:
            print(f"{pathlib.Path(path).name}: exact {share:.1f}, loose {loose_hits / 10:.1f}")
            print(f"   ours: {'; '.join(ours)}")
            print(f"   yake: {'; '.join(theirs)}")
    n = len(files)
    print(f"mean overlap with yake top 10 over {n} texts ({label}): exact {exact / n:.3f}, loose {loose / n:.3f}")


if __name__ == "__main__":
    main()
