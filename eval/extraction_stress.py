#!/usr/bin/env python3
"""Stress variants of the article-extraction benchmark: the same 181 pages with the markup hints that a
selector can lean on taken away, scored for ArticleWatch beside trafilatura. A forecast of held-out pages,
whose class names and containers nobody here has seen.

Variants (written once under .build/eval/stress/<variant>/):
  original    the pages as they are
  noattrs     every class and id attribute removed: no class words, no templates, only structure and text
  noarticle   <article> and <main> renamed to <div>: no semantic container around the story
  bare        both at once
  divsoup     bare, and every <p> and <section> a <div>: paragraphs as divs without classes
  brtext      bare, and paragraphs as runs of text split by <br><br> inside one container, as older pages
  wrapped     bare, and every <p> inside 3 to 6 class-less <div>s, as page builders wrap each block: no
              container holds more than one paragraph within the three levels a paragraph's points reach

For each variant and extractor: F1 (the benchmark's own scoring, from extraction_benchmark.py), precision,
recall, and `near-empty`: pages whose truth has at least 100 words and whose output holds less than a fifth
of them (4-gram recall < 0.2), the count the held-out report uses. For ArticleWatch also how many pages each
extraction path produced (`boilerplate.path`). trafilatura's outputs are cached per variant.

  extraction_stress.py [--data DIR] [--binary B] [--variants original,noattrs,...] [--skip-trafilatura]
"""
import argparse, gzip, json, re, subprocess, sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from extraction_benchmark import TOKEN, metrics, page_scores  # noqa: E402

ATTRIBUTE = re.compile(r"""\s(?:class|id)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)
TAG = re.compile(r"<[a-zA-Z][^>]*>")
CONTAINER = re.compile(r"<(/?)(article|main)\b", re.IGNORECASE)
PARAGRAPH = re.compile(r"<(/?)(p|section)\b", re.IGNORECASE)
PARAGRAPH_START = re.compile(r"<p\b[^>]*>", re.IGNORECASE)
PARAGRAPH_END = re.compile(r"</p\s*>", re.IGNORECASE)
WHOLE_PARAGRAPH = re.compile(r"<p\b[^>]*>.*?</p\s*>", re.IGNORECASE | re.DOTALL)


def strip_attributes(html):
    return TAG.sub(lambda tag: ATTRIBUTE.sub("", tag.group(0)), html)


def drop_containers(html):
    return CONTAINER.sub(lambda m: f"<{m.group(1)}div", html)


def bare(html):
    return drop_containers(strip_attributes(html))


def paragraphs_as_divs(html):
    return PARAGRAPH.sub(lambda m: f"<{m.group(1)}div", bare(html))


def paragraphs_as_breaks(html):
    return PARAGRAPH_END.sub("", PARAGRAPH_START.sub("<br><br>", bare(html)))


def paragraphs_wrapped(html):
    depth = iter(range(10 ** 9))

    def wrap(match):
        levels = 3 + next(depth) % 4
        return "<div>" * levels + match.group(0) + "</div>" * levels

    return WHOLE_PARAGRAPH.sub(wrap, bare(html))


VARIANTS = {
    "original": lambda html: html,
    "noattrs": strip_attributes,
    "noarticle": drop_containers,
    "bare": bare,
    "divsoup": paragraphs_as_divs,
    "brtext": paragraphs_as_breaks,
    "wrapped": paragraphs_wrapped,
}


def write_variant(data, name, root):
    directory = root / name
    directory.mkdir(parents=True, exist_ok=True)
    for path in sorted((data / "html").glob("*.html.gz")):
        target = directory / path.name[:-3]
        if not target.exists():
            html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
            target.write_text(VARIANTS[name](html), encoding="utf-8")
    return directory


def run_ours(binary, directory):
    done = subprocess.run([binary, "extract-benchmark", "--passes", "1", str(directory)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def run_trafilatura(directory, cache):
    if cache.exists():
        return json.loads(cache.read_text())
    import trafilatura
    out = {}
    for page in sorted(directory.glob("*.html")):
        html = page.read_text(encoding="utf-8", errors="replace")
        out[page.name[:-5]] = {"articleBody": trafilatura.extract(html, include_comments=False) or ""}
    cache.write_text(json.dumps(out))
    return out


def score(truth, predicted):
    triples, near_empty, eligible = [], [], 0
    for key in truth:
        body = truth[key].get("articleBody", "")
        triple = page_scores(body, (predicted.get(key) or {}).get("articleBody") or "")
        triples.append(triple)
        if len(TOKEN.findall(body)) >= 100:
            eligible += 1
            tp, _, fn = triple
            if tp + fn > 0 and tp / (tp + fn) < 0.2:
                near_empty.append(key)
    result = metrics(triples)
    result["nearEmpty"] = near_empty
    result["eligible"] = eligible
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="../shared/data/article-extraction-benchmark")
    parser.add_argument("--binary", default=".build/release/articlewatch-eval")
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--output", default=".build/eval/extraction-stress.json")
    parser.add_argument("--skip-trafilatura", action="store_true")
    args = parser.parse_args()
    data = Path(args.data)
    truth = json.loads((data / "ground-truth.json").read_text())
    root = Path(".build/eval/stress")
    report = {}
    print(f"{'variant':<10} {'extractor':<13} {'F1':>6} {'prec':>6} {'recall':>6} {'near-empty':>10}  paths")
    for name in args.variants.split(","):
        directory = write_variant(data, name, root)
        ours = run_ours(args.binary, directory)
        rows = {"articlewatch": ours}
        if not args.skip_trafilatura:
            rows["trafilatura"] = run_trafilatura(directory, root / f"trafilatura-{name}.json")
        for extractor, predicted in rows.items():
            result = score(truth, predicted)
            paths = Counter((value or {}).get("path") or "-" for value in predicted.values()) if extractor == "articlewatch" else {}
            result["paths"] = dict(paths)
            result["perPagePath"] = {key: (value or {}).get("path") for key, value in predicted.items()} if paths else {}
            report.setdefault(name, {})[extractor] = result
            shown = " ".join(f"{path}={count}" for path, count in sorted(paths.items()))
            print(f"{name:<10} {extractor:<13} {result['f1']:6.3f} {result['precision']:6.3f} {result['recall']:6.3f}"
                  f" {len(result['nearEmpty']):>4} / {result['eligible']:<3}  {shown}")
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
