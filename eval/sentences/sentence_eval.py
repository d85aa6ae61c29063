"""Sentence boundaries: our SentenceSplitter (the segment stage) beside ICU's sentence break iterator, plain
("en_US") and with ICU's English abbreviation suppressions ("en@ss=standard"), on three gold sets, and their
speed per 7 KB article, in one run (`make eval-sentences`, issue 4).

Gold sets (a boundary is where a sentence after the first starts, within one paragraph):
  hard-cases    eval/sentences/gold/hard-cases.txt: our own news paragraphs with the known traps.
  benchmark     the first 100 English pages of ../shared/data/article-extraction-benchmark (MIT), labelled by
                hand as standoff in gold/benchmark-labels.tsv (see benchmark_gold.py).
  golden-rules  pySBD's English "Golden Rules" (MIT, from the pysbd 0.3.3 sdist on PyPI, which the make target
                downloads): 48 short cases from the Pragmatic Segmenter's test list.
Speed: the bodies of all 181 benchmark pages, paragraphs split at newlines, thread CPU time in one process.
Writes every wrong boundary of each splitter to OUT/errors-SPLITTER.txt.
"""
import argparse
import ast
import json
import subprocess
import sys
import tarfile
from collections import defaultdict
from pathlib import Path

import benchmark_gold

SPLITTERS = [("ours", "SentenceSplitter (ours)"), ("icu", "ICU en_US"), ("icu_ss", "ICU en@ss=standard")]


def hard_cases(path):
    """Paragraphs of sentences (one a line, blank line between paragraphs; '#' lines are comments)."""
    paragraphs, current = [], []
    for line in list(Path(path).read_text(encoding="utf-8").splitlines()) + [""]:
        if line.startswith("#"):
            continue
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(current)
            current = []
    for index, sentences in enumerate(paragraphs):
        text, starts = "", []
        for sentence in sentences:
            if text:
                text += " "
                starts.append(len(text))
            text += sentence
        yield {"id": f"hard-cases/{index}", "text": text, "starts": starts, "ignore": []}


def golden_rules(sdist):
    """pySBD's GOLDEN_EN_RULES, read as a literal (never executed) from the sdist's benchmark module."""
    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("benchmarks/english_golden_rules.py"))
        source = archive.extractfile(member).read().decode("utf-8")
    assignment = next(node for node in ast.parse(source).body if isinstance(node, ast.Assign))
    skipped = 0
    for index, (text, sentences) in enumerate(ast.literal_eval(assignment.value)):
        starts, cursor, found = [], 0, True
        for number, sentence in enumerate(sentences):
            position = text.find(sentence, cursor)
            if position < 0:
                found = False
                break
            if number:
                starts.append(position)
            cursor = position + len(sentence)
        if not found:
            skipped += 1
            continue
        yield {"id": f"golden-rules/{index + 1}", "text": text, "starts": starts, "ignore": []}
    if skipped:
        print(f"golden-rules: {skipped} rules skipped (expected sentences not verbatim in the input)", file=sys.stderr)


def utf8_offset(text, index):
    return len(text[:index].encode("utf-8"))


def score(gold, predictions):
    """{source: {splitter: [tp, fp, fn]}} and the wrong boundaries of each splitter."""
    counts = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    errors = defaultdict(list)
    for paragraph in gold:
        source = paragraph["id"].split("/")[0]
        text = paragraph["text"]
        starts = {utf8_offset(text, i) for i in paragraph["starts"]}
        ignore = {utf8_offset(text, i) for i in paragraph["ignore"]}
        encoded = text.encode("utf-8")
        for key, _ in SPLITTERS:
            predicted = set(predictions[paragraph["id"]][key]) - ignore
            for total in (counts[source][key], counts["all"][key]):
                total[0] += len(predicted & starts)
                total[1] += len(predicted - starts)
                total[2] += len(starts - predicted)
            for kind, offsets in (("split", predicted - starts), ("missed", starts - predicted)):
                for offset in sorted(offsets):
                    before = encoded[max(0, offset - 50):offset].decode("utf-8", "replace")
                    after = encoded[offset:offset + 30].decode("utf-8", "replace")
                    errors[key].append(f"{paragraph['id']}\t{kind}\t{before}‖{after}")
    return counts, errors


def prf(tp, fp, fn):
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="the article-extraction-benchmark folder")
    parser.add_argument("--pysbd-sdist", required=True, help="pysbd-0.3.3.tar.gz (golden rules)")
    parser.add_argument("--eval", default=".build/release/articlewatch-eval")
    parser.add_argument("--out", default=".build/eval/sentences")
    parser.add_argument("--repeat", type=int, default=20, help="speed passes (the fastest counts)")
    options = parser.parse_args()
    here = Path(__file__).parent
    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    truth = json.loads((Path(options.data) / "ground-truth.json").read_text(encoding="utf-8"))

    gold = list(hard_cases(here / "gold/hard-cases.txt"))
    gold += list(benchmark_gold.gold_paragraphs(truth, here / "gold/benchmark-labels.tsv"))
    gold += list(golden_rules(options.pysbd_sdist))
    with open(out / "gold.jsonl", "w", encoding="utf-8") as file:
        for paragraph in gold:
            file.write(json.dumps({"id": paragraph["id"], "text": paragraph["text"]}, ensure_ascii=False) + "\n")
    with open(out / "speed-corpus.jsonl", "w", encoding="utf-8") as file:
        for page in sorted(truth):
            article = "\n\n".join(benchmark_gold.paragraphs(truth[page]["articleBody"]))
            file.write(json.dumps({"text": article}, ensure_ascii=False) + "\n")

    run = subprocess.run(
        [options.eval, "sentence-boundaries", str(out / "gold.jsonl"), "--speed", str(out / "speed-corpus.jsonl"),
         "--repeat", str(options.repeat)],
        check=True, capture_output=True, text=True)
    lines = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    speed = next(line for line in lines if "speed" in line)
    predictions = {line["id"]: line for line in lines if "id" in line}
    counts, errors = score(gold, predictions)
    sources = ["hard-cases", "benchmark", "golden-rules"]
    sizes = {source: (sum(1 for p in gold if p["id"].startswith(source + "/")),
                      sum(len(p["starts"]) for p in gold if p["id"].startswith(source + "/"))) for source in sources}
    print("Sentence boundaries (P/R/F1 of sentence starts inside paragraphs); speed: thread CPU µs per 7 KB article")
    print("  gold: " + ", ".join(f"{s} {sizes[s][0]} paragraphs / {sizes[s][1]} boundaries" for s in sources))
    print(f"  speed corpus: {speed['articles']} benchmark article bodies, {speed['bytes']} bytes, fastest of {speed['passes']} passes")
    header = f"{'splitter':<26}" + "".join(f"{s + ' F1':>20}" for s in sources) + f"{'all P':>8}{'all R':>8}{'all F1':>8}{'µs/7KB':>10}"
    print(header)
    print("-" * len(header))
    for key, name in SPLITTERS:
        row = f"{name:<26}"
        for source in sources:
            tp, fp, fn = counts[source][key]
            row += f"{prf(tp, fp, fn)[2]:>10.3f} ({fp:>3}+{fn:<3})"
        precision, recall, f1 = prf(*counts["all"][key])
        row += f"{precision:>8.3f}{recall:>8.3f}{f1:>8.3f}" + (f"{speed['speed'][key]:>10.1f}" if key in speed["speed"] else "")
        print(row)
    print(f"{'ICU en_US + word iterator':<26}{'':>60}{'':>24}{speed['speed']['icu_words']:>10.1f}")
    print("  (a+b) after each F1 = wrongly split + missed boundaries. Ours is timed as the whole segment stage")
    print("  (tokens with offsets + sentences); 'ICU + word iterator' does the same work.")
    for key, _ in SPLITTERS:
        (out / f"errors-{key}.txt").write_text("\n".join(errors[key]) + "\n", encoding="utf-8")
    print(f"  every wrong boundary: {out}/errors-{{ours,icu,icu_ss}}.txt")


if __name__ == "__main__":
    main()
