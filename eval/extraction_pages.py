#!/usr/bin/env python3
"""Per-page view of the article-extraction benchmark, for tuning the HTML extractor (not part of `make eval`).

  extraction_pages.py run OUT.json        runs `articlewatch-eval extract-benchmark --passes 1` on the pages that
                                          `make eval-extraction` decompressed, saves its output, prints P/R/F1
  extraction_pages.py top OUT.json [N]    the N pages that lose most (1-P + 1-R), worst first
  extraction_pages.py diff A.json B.json  the pages whose precision or recall differ between two runs, with
                                          what each change adds to the averaged precision and recall

Scoring is the benchmark's own (word 4-gram shingles, per-page precision and recall averaged over pages), taken
from extraction_benchmark.py so both report the same numbers. Use it to count the pages a rule changes.
"""
import argparse, json, subprocess, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from extraction_benchmark import metrics, page_scores  # noqa: E402


def per_page(truth, predicted):
    rows, triples = {}, []
    for key in truth:
        tp, fp, fn = page_scores(truth[key].get("articleBody", ""), (predicted.get(key) or {}).get("articleBody") or "")
        triples.append((tp, fp, fn))
        precision = 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))
        recall = 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))
        rows[key] = (precision, recall)
    return metrics(triples), rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["run", "top", "diff"])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--data", default="../shared/data/article-extraction-benchmark")
    parser.add_argument("--binary", default=".build/release/articlewatch-eval")
    parser.add_argument("--pages", default=".build/eval/aeb-html")
    args = parser.parse_args()
    truth = json.loads((Path(args.data) / "ground-truth.json").read_text())
    load = lambda path: per_page(truth, json.loads(Path(path).read_text()))
    if args.command == "run":
        done = subprocess.run([args.binary, "extract-benchmark", "--passes", "1", args.pages],
                              capture_output=True, text=True, check=True)
        Path(args.files[0]).write_text(done.stdout)
        print(load(args.files[0])[0])
    elif args.command == "top":
        summary, rows = load(args.files[0])
        print(summary)
        count = int(args.files[1]) if len(args.files) > 1 else 40
        for key, (p, r) in sorted(rows.items(), key=lambda item: item[1][0] + item[1][1])[:count]:
            print(f"{key[:12]}  P {p:.3f}  R {r:.3f}  loss {2 - p - r:.3f}")
    else:
        (before, a), (after, b) = load(args.files[0]), load(args.files[1])
        print("before", before)
        print("after ", after)
        n = len(truth)
        for key in truth:
            if a[key] != b[key]:
                print(f"{key[:12]}  P {a[key][0]:.3f}->{b[key][0]:.3f}  R {a[key][1]:.3f}->{b[key][1]:.3f}"
                      f"  (P {(b[key][0] - a[key][0]) / n:+.4f}, R {(b[key][1] - a[key][1]) / n:+.4f})")


if __name__ == "__main__":
    main()
