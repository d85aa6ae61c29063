#!/usr/bin/env python3
"""Writes the three benchmark corpora as plain files, the same bytes for Swift, Python peers and the daemon.

  text/   500 edited copies of seeds/*.txt (paragraphs rotated and dropped, numbers, names and words
          changed, a unique dateline): every copy has its own SHA-256 and stays close to the seed's size.
  html/   the 181 pages of article-extraction-benchmark/html/*.html.gz, decompressed.
  short/  the NYT editorial snippets of vader-icwsm2014 (one sentence or two each), one file per snippet.
  text-2000/  2,000 edited copies made the same way (the first 500 are text/'s), for a whole
          `articlewatch analyze --workers 1` run (issue 17: at least 850 files/s on one core).

Deterministic (seeded per copy), so two runs benchmark the same bytes.
usage: make_corpora.py SHARED_DATA_DIR SEEDS_DIR OUT_DIR
"""
import gzip
import pathlib
import random
import re
import sys

SWAPS = {
    "said": ["stated", "told reporters", "added"], "government": ["administration", "authorities"],
    "people": ["residents", "citizens"], "new": ["fresh", "recent"], "major": ["big", "leading"],
    "report": ["study", "review"], "week": ["month", "fortnight"], "city": ["town", "capital"],
}
CITIES = ["LONDON", "NAIROBI", "LIMA", "OSLO", "MANILA", "ACCRA", "HANOI", "QUITO", "RIGA", "PERTH"]


def edited_copy(seed_text: str, index: int) -> str:
    rng = random.Random(index)
    paragraphs = [p for p in re.split(r"\n\s*\n", seed_text.strip()) if p.strip()]
    if len(paragraphs) > 3:
        head, body = paragraphs[:1], paragraphs[1:]
        cut = rng.randrange(len(body))
        body = body[cut:] + body[:cut]                      # rotate the body
        if len(body) > 4:
            body.pop(rng.randrange(len(body)))              # drop one paragraph
        paragraphs = head + body

    def swap(match: re.Match) -> str:
        word = match.group(0)
        options = SWAPS.get(word.lower())
        return rng.choice(options) if options and rng.random() < 0.5 else word

    def renumber(match: re.Match) -> str:
        return str(int(match.group(0)) + rng.randrange(1, 9)) if rng.random() < 0.5 else match.group(0)

    text = "\n\n".join(paragraphs)
    text = re.sub(r"[A-Za-z]+", swap, text)
    text = re.sub(r"\b\d{1,4}\b", renumber, text)
    dateline = f"{rng.choice(CITIES)}, copy {index}: "
    return dateline + text + f"\n\nReporting by desk {index % 37}; editing {index}.\n"


def main() -> None:
    shared, seeds, out = (pathlib.Path(a) for a in sys.argv[1:4])
    for name in ("text", "html", "short", "text-2000"):
        (out / name).mkdir(parents=True, exist_ok=True)
    seed_texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    for i in range(2000):
        copy = edited_copy(seed_texts[i % len(seed_texts)], i)
        if i < 500:
            (out / "text" / f"copy{i:04d}.txt").write_text(copy, encoding="utf-8")
        (out / "text-2000" / f"copy{i:04d}.txt").write_text(copy, encoding="utf-8")
    for page in sorted((shared / "article-extraction-benchmark" / "html").glob("*.html.gz")):
        (out / "html" / page.name[:-3]).write_bytes(gzip.decompress(page.read_bytes()))
    lines = (shared / "vader-icwsm2014" / "nytEditorialSnippets_GroundTruth.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    count = 0
    for line in lines:
        parts = line.split("\t")
        if len(parts) >= 3 and parts[2].strip():
            (out / "short" / f"nyt{count:05d}.txt").write_text(parts[2].strip() + "\n", encoding="utf-8")
            count += 1
    print(f"corpora in {out}: 500 text, 2000 text-2000, {len(list((out / 'html').iterdir()))} html, {count} short")


if __name__ == "__main__":
    main()
