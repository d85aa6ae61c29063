#!/usr/bin/env python3
"""Plain-text regression set (issue 13): no plain-text article may come out emptied.

The 181 article-extraction benchmark pages' ground-truth texts (MIT, Scrapinghub) written as plain-text files
twice: (a) as they are, paragraphs on their own lines, and (b) as ONE long line (every run of white space one
space), the shape of scraped news that lost its line breaks. `articlewatch analyze` reads every file; a file
whose clean text is empty, or holds fewer than half of the article's words, is a loss. Prints one row per
shape and the worst files; the ground truth is the whole input here, so every word of it is article.
"""
import argparse, json, re, subprocess, sys
from collections import Counter
from pathlib import Path

TOKEN = re.compile(r"\w+", re.UNICODE)


def word_recall(truth, predicted):
    """Share of the article's words (as a multiset) that the output kept."""
    t, p = Counter(TOKEN.findall(truth.lower())), Counter(TOKEN.findall((predicted or "").lower()))
    total = sum(t.values())
    return sum(min(n, p[w]) for w, n in t.items()) / total if total else 1.0


def write_inputs(truth, root):
    shapes = {"multi-line": root / "multi-line", "single-line": root / "single-line"}
    for directory in shapes.values():
        directory.mkdir(parents=True, exist_ok=True)
    for key, entry in truth.items():
        body = (entry.get("articleBody") or "").strip()
        if not body:
            continue
        (shapes["multi-line"] / f"{key}.txt").write_text(body + "\n", encoding="utf-8")
        (shapes["single-line"] / f"{key}.txt").write_text(" ".join(body.split()) + "\n", encoding="utf-8")
    return shapes


def analyse(binary, files, workers):
    done = subprocess.run([binary, "analyze", "--workers", str(workers)] + [str(f) for f in files],
                          capture_output=True, text=True, check=True)
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="../shared/data/article-extraction-benchmark")
    parser.add_argument("--binary", default=".build/release/articlewatch")
    parser.add_argument("--work", default=".build/eval/plaintext")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--output", default=".build/eval/plaintext-regression.json")
    parser.add_argument("--show", type=int, default=5, help="worst files listed per shape")
    args = parser.parse_args()
    truth = json.loads((Path(args.data) / "ground-truth.json").read_text())
    shapes = write_inputs(truth, Path(args.work))
    report = {}
    print(f"{'shape':<12} {'files':>5} {'empty':>5} {'<50% words':>10} {'mean word recall':>17}")
    for shape, directory in shapes.items():
        files = sorted(directory.glob("*.txt"))
        records = analyse(args.binary, files, args.workers)
        rows = []
        for path, record in zip(files, records):
            text = record.get("text") or ""
            recall = word_recall(path.read_text(encoding="utf-8"), text)
            warnings = [w for w in record.get("warnings", []) if w.startswith("extract")]
            rows.append({"file": path.name, "empty": not text.strip(), "recall": round(recall, 4),
                         "path": (record.get("boilerplate") or {}).get("path"), "warnings": warnings})
        empty = sum(r["empty"] for r in rows)
        low = sum(r["recall"] < 0.5 for r in rows)
        mean = sum(r["recall"] for r in rows) / max(1, len(rows))
        report[shape] = {"files": len(rows), "empty": empty, "belowHalf": low, "meanRecall": mean, "rows": rows}
        print(f"{shape:<12} {len(rows):>5} {empty:>5} {low:>10} {mean:>17.3f}")
    for shape, entry in report.items():
        worst = sorted(entry["rows"], key=lambda r: r["recall"])[:args.show]
        for row in worst:
            if row["recall"] < 0.9:
                print(f"  {shape}: {row['file'][:16]}… recall {row['recall']:.2f} {'; '.join(row['warnings'])}")
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    sys.exit(main())
