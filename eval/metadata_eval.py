#!/usr/bin/env python3
"""Metadata on a hand-labelled set: ArticleWatch beside trafilatura's `bare_extraction`, on the same pages.

The labels (Tests/ArticleAnalysisTests/Fixtures/metadata-labelled.json) hold only page ids from the
article-extraction benchmark, what a reader sees on each page (published day, headline, author names) and a
provenance note; the pages stay in the shared data. Each page belongs to a half: `tune` (looked at while the
readers were written) or `held` (labelled afterwards and not used for tuning: the forecast for unseen news).

Scoring, exact match per page:
  date   - the first 10 characters (YYYY-MM-DD) of the output equal the labelled day;
  title  - equal after collapsing whitespace only (quotes, dashes and case must match);
  byline - the set of names equals the labelled set, ignoring case (no byline labelled: none output).
Names are split on ",", ";" and " and " on both sides (ours joins names with ", ", trafilatura with "; ").
"""
import argparse, json, re, subprocess, sys, tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction_benchmark import decompress  # noqa: E402


def names(value):
    if not value:
        return frozenset()
    parts = re.split(r"\s*[,;]\s*|\s+and\s+|\s*&\s*", value)
    return frozenset(p.strip().lower() for p in parts if p.strip())


def collapse(text):
    return " ".join((text or "").split())


def score(label, predicted):
    date = (predicted.get("published") or "")[:10] == (label["published"] or "")[:10]
    title = collapse(predicted.get("title")) == collapse(label["title"])
    byline = names(predicted.get("byline")) == frozenset(n.lower() for n in (label["byline"] or []))
    return {"date": date, "title": title, "byline": byline}


def run_ours(binary, cache, ids):
    with tempfile.TemporaryDirectory() as directory:
        for key in ids:
            (Path(directory) / f"{key}.html").symlink_to((cache / f"{key}.html").resolve())
        done = subprocess.run([binary, "extract-benchmark", "--passes", "1", directory],
                              capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def run_trafilatura(cache, ids):
    from trafilatura import bare_extraction
    out = {}
    for key in ids:
        html = (cache / f"{key}.html").read_text(encoding="utf-8", errors="replace")
        document = bare_extraction(html, with_metadata=True)
        if document is None:
            out[key] = {}
            continue
        fields = document if isinstance(document, dict) else document.as_dict()
        out[key] = {"published": fields.get("date"), "title": fields.get("title"), "byline": fields.get("author")}
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="../shared/data/article-extraction-benchmark")
    parser.add_argument("--binary", default=".build/release/articlewatch-eval")
    parser.add_argument("--labels", default="Tests/ArticleAnalysisTests/Fixtures/metadata-labelled.json")
    parser.add_argument("--skip-trafilatura", action="store_true")
    parser.add_argument("--show", choices=["none", "misses"], default="none", help="print our misses per page")
    parser.add_argument("--half", default=None, help="only this half (tune or held)")
    args = parser.parse_args()
    labels = json.loads(Path(args.labels).read_text())["pages"]
    if args.half:
        labels = [p for p in labels if p["half"] == args.half]
    cache = Path(".build/eval/aeb-html")
    decompress(Path(args.data), cache)
    ids = [p["id"] for p in labels]
    results = {"articlewatch": run_ours(args.binary, cache, ids)}
    if not args.skip_trafilatura:
        results["trafilatura"] = run_trafilatura(cache, ids)
    halves = sorted({p["half"] for p in labels}, key=lambda h: h != "tune")
    print(f"metadata, {len(labels)} hand-labelled pages (exact match; date by day)")
    print(f"{'extractor':<14} {'half':<6} {'pages':>5} {'date':>6} {'title':>6} {'byline':>6}")
    for name, predicted in results.items():
        for half in halves + ["all"]:
            chosen = [p for p in labels if half in ("all", p["half"])]
            scores = [score(p, predicted.get(p["id"], {})) for p in chosen]
            figures = [sum(s[f] for s in scores) / len(scores) for f in ("date", "title", "byline")]
            print(f"{name:<14} {half:<6} {len(chosen):>5} " + " ".join(f"{x:6.3f}" for x in figures))
    if args.show == "misses":
        ours = results["articlewatch"]
        for page in labels:
            got = ours.get(page["id"], {})
            for field, ok in score(page, got).items():
                if not ok:
                    key = {"date": "published"}.get(field, field)
                    print(f"  {page['half']} {page['id'][:12]} {field}: want {page[key]!r} got {got.get(key)!r}")


if __name__ == "__main__":
    main()
