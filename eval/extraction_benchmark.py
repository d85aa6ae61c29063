#!/usr/bin/env python3
"""Article-extraction benchmark, ArticleWatch beside trafilatura, in one run, each on one core.

Reads ../shared/data/article-extraction-benchmark (181 pages + ground-truth.json, MIT, Scrapinghub), decompresses
the pages once into .build/eval/aeb-html/, runs `articlewatch-eval extract-benchmark` (the standard pipeline)
and trafilatura.extract on the same pages, and scores both with the benchmark's own metric: word 4-gram
shingles, per-page precision and recall (normalised so long pages weigh no more), averaged over pages, F1 of
the averages (re-implemented from the benchmark's evaluate.py). Prints one table and writes JSON beside it.

Speed is measured the same way on both sides, in the same run: pinned to core 0, one warm-up pass over all
pages, then --passes timed passes, the median pass's thread CPU time (other processes on a shared machine do
not count). Our figure is the extraction stages (decode -> media type -> extract), the work trafilatura.extract
does; the whole pipeline's figure (entities, tone, … too) is printed beside it.
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


def run_ours(binary, cache, passes):
    done = subprocess.run(["taskset", "-c", "0", binary, "extract-benchmark", "--passes", str(passes), str(cache)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout), json.loads(done.stderr.strip().splitlines()[-1])


def run_trafilatura(pages, passes):
    """The same protocol as `extract-benchmark`: one warm-up pass, then `passes` timed passes on core 0, the
    median pass's thread CPU time (trafilatura's own caches, if any, can only help it here)."""
    os.sched_setaffinity(0, {0})
    import trafilatura
    texts = {p.name[:-5]: p.read_text(encoding="utf-8", errors="replace") for p in pages}
    out = {key: {"articleBody": trafilatura.extract(html, include_comments=False) or ""} for key, html in texts.items()}
    times = []
    for _ in range(passes):
        start = time.thread_time()
        for html in texts.values():
            trafilatura.extract(html, include_comments=False)
        times.append(time.thread_time() - start)
    seconds = statistics.median(times)
    return out, {"pages": len(texts), "passes": passes, "seconds": seconds, "pagesPerSecond": len(texts) / seconds}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="../shared/data/article-extraction-benchmark")
    parser.add_argument("--binary", default=".build/release/articlewatch-eval")
    parser.add_argument("--output", default=".build/eval/extraction-benchmark.json")
    parser.add_argument("--skip-trafilatura", action="store_true")
    parser.add_argument("--passes", type=int, default=3, help="timed passes per side (after one warm-up pass)")
    args = parser.parse_args()
    data = Path(args.data)
    truth = json.loads((data / "ground-truth.json").read_text())
    pages = decompress(data, Path(".build/eval/aeb-html"))
    results = {}
    ours, timing = run_ours(args.binary, Path(".build/eval/aeb-html"), args.passes)
    results["articlewatch"] = (ours, timing)
    if not args.skip_trafilatura:
        results["trafilatura"] = run_trafilatura(pages, args.passes)
    report = {}
    print(f"{len(truth)} pages; speed: thread CPU time on core 0, median of {args.passes} passes after a warm-up pass")
    print(f"{'extractor':<14} {'F1':>6} {'prec':>6} {'recall':>6} {'pages/s':>9} {'ms/page':>8}")
    for name, (predicted, timing) in results.items():
        triples = [page_scores(truth[k].get("articleBody", ""), (predicted.get(k) or {}).get("articleBody") or "")
                   for k in truth]
        m = metrics(triples)
        m.update(timing)
        m["perPage"] = {k: round(t[0], 4) for k, t in zip(truth, triples)}
        report[name] = m
        print(f"{name:<14} {m['f1']:6.3f} {m['precision']:6.3f} {m['recall']:6.3f} {m['pagesPerSecond']:9.1f}"
              f" {1000 / m['pagesPerSecond']:8.2f}")
    ours_timing = report["articlewatch"]
    print(f"{'  (whole pipeline, all stages)':<35} {ours_timing['pipelinePagesPerSecond']:9.1f}"
          f" {1000 / ours_timing['pipelinePagesPerSecond']:8.2f}")
    if "trafilatura" in report:
        theirs = report["trafilatura"]["pagesPerSecond"]
        print(f"speed ratio articlewatch/trafilatura: {ours_timing['pagesPerSecond'] / theirs:.1f}x extraction "
              f"(decode -> extract, the work trafilatura.extract does); "
              f"{ours_timing['pipelinePagesPerSecond'] / theirs:.1f}x with every later stage too")
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
