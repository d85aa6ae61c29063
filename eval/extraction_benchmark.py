#!/usr/bin/env python3
"""Article-extraction benchmark, ArticleWatch beside trafilatura, in one run, each on one core.

Reads ../shared/data/article-extraction-benchmark (181 pages + ground-truth.json, MIT, Scrapinghub), decompresses
the pages once into .build/eval/aeb-html/, runs `articlewatch-eval extract-benchmark` (the standard pipeline)
and trafilatura.extract on the same pages, and scores both with the benchmark's own metric: word 4-gram
shingles, per-page precision and recall (normalised so long pages weigh no more), averaged over pages, F1 of
the averages (re-implemented from the benchmark's evaluate.py). Prints one table and writes JSON beside it.
"""
import argparse, gzip, json, os, re, statistics, subprocess, sys, time
from collections import Counter
from pathlib import Path

TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text, n=4):
    tokens = TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(0, max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_scores(truth, predicted):
    t, p = shingles(truth), shingles(predicted)
    tp = sum(min(t[k], p[k]) for k in t.keys() & p.keys())
    fp = sum(p.values()) - tp
    fn = sum(t.values()) - tp
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def metrics(triples):
    def precision(tp, fp, fn):
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def recall(tp, fp, fn):
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))

    p = statistics.mean(precision(*x) for x in triples if x[0] + x[1] > 0)
    r = statistics.mean(recall(*x) for x in triples if x[0] + x[2] > 0)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r)}


def decompress(data_dir, cache):
    cache.mkdir(parents=True, exist_ok=True)
    for path in sorted((data_dir / "html").glob("*.html.gz")):
        target = cache / path.name[:-3]
        if not target.exists():
            target.write_bytes(gzip.decompress(path.read_bytes()))
    return sorted(cache.glob("*.html"))


def run_ours(binary, cache):
    done = subprocess.run(["taskset", "-c", "0", binary, "extract-benchmark", str(cache)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout), json.loads(done.stderr.strip().splitlines()[-1])


def run_trafilatura(pages):
    os.sched_setaffinity(0, {0})
    import trafilatura
    texts = {p.name[:-5]: p.read_text(encoding="utf-8", errors="replace") for p in pages}
    for html in list(texts.values())[:5]:  # warm-up, as the Swift side runs a warm-up pass
        trafilatura.extract(html, include_comments=False)
    start = time.thread_time()
    out = {key: {"articleBody": trafilatura.extract(html, include_comments=False) or ""} for key, html in texts.items()}
    seconds = time.thread_time() - start
    return out, {"pages": len(texts), "seconds": seconds, "pagesPerSecond": len(texts) / seconds}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="../shared/data/article-extraction-benchmark")
    parser.add_argument("--binary", default=".build/release/articlewatch-eval")
    parser.add_argument("--output", default=".build/eval/extraction-benchmark.json")
    parser.add_argument("--skip-trafilatura", action="store_true")
    args = parser.parse_args()
    data = Path(args.data)
    truth = json.loads((data / "ground-truth.json").read_text())
    pages = decompress(data, Path(".build/eval/aeb-html"))
    results = {}
    ours, timing = run_ours(args.binary, Path(".build/eval/aeb-html"))
    results["articlewatch"] = (ours, timing)
    if not args.skip_trafilatura:
        results["trafilatura"] = run_trafilatura(pages)
    report = {}
    print(f"{'extractor':<14} {'F1':>6} {'prec':>6} {'recall':>6} {'pages/s':>9}   (181 pages, one core, CPU time)")
    for name, (predicted, timing) in results.items():
        triples = [page_scores(truth[k].get("articleBody", ""), (predicted.get(k) or {}).get("articleBody") or "")
                   for k in truth]
        m = metrics(triples)
        m.update(timing)
        m["perPage"] = {k: round(t[0], 4) for k, t in zip(truth, triples)}
        report[name] = m
        print(f"{name:<14} {m['f1']:6.3f} {m['precision']:6.3f} {m['recall']:6.3f} {m['pagesPerSecond']:9.1f}")
    if "trafilatura" in report:
        ratio = report["articlewatch"]["pagesPerSecond"] / report["trafilatura"]["pagesPerSecond"]
        print(f"speed ratio articlewatch/trafilatura: {ratio:.1f}x")
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
