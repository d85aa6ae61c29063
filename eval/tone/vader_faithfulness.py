#!/usr/bin/env python3
"""VADER faithfulness: our Swift VADER against vaderSentiment 3.3.2 on every sentence of the four
*_GroundTruth.txt files of the VADER ICWSM-2014 data (tab-separated: id, mean rating, text).

Pass: the same compound within 0.001 on >= 99 % of sentences.
Usage: eval/tone/vader_faithfulness.py [--data ../shared/data/vader-icwsm2014] [--eval .build/release/articlewatch-eval]
"""
import argparse
import pathlib
import subprocess
import sys
import tempfile

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

FILES = ["tweets", "nytEditorialSnippets", "movieReviewSnippets", "amazonReviewSnippets"]


def read_sentences(data: pathlib.Path, name: str) -> list[str]:
    sentences = []
    with open(data / f"{name}_GroundTruth.txt", encoding="utf-8", errors="replace") as handle:
        for line in handle:
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) >= 3:
                # A line break inside a sentence would split it in two for the Swift side.
                sentences.append(" ".join(parts[2:]).replace("\r", " "))
    return sentences


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="../shared/data/vader-icwsm2014", type=pathlib.Path)
    parser.add_argument("--eval", default=".build/release/articlewatch-eval")
    parser.add_argument("--show", type=int, default=0, help="print this many mismatches")
    args = parser.parse_args()
    analyzer = SentimentIntensityAnalyzer()
    total = matched = 0
    mismatches = []
    for name in FILES:
        sentences = read_sentences(args.data, name)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt") as handle:
            handle.write("".join(s + "\n" for s in sentences))
            handle.flush()
            ours = subprocess.run([args.eval, "vader-sentences", handle.name], check=True, capture_output=True,
                                  text=True).stdout.splitlines()
        assert len(ours) == len(sentences), (name, len(ours), len(sentences))
        file_matched = 0
        for sentence, line in zip(sentences, ours):
            compound = float(line.split("\t")[0])
            theirs = analyzer.polarity_scores(sentence)["compound"]
            if abs(compound - theirs) <= 0.001:
                file_matched += 1
            else:
                mismatches.append((name, sentence, theirs, compound))
        total += len(sentences)
        matched += file_matched
        print(f"{name:22} {file_matched:6}/{len(sentences):6} = {100 * file_matched / len(sentences):7.3f} %")
    share = 100 * matched / total
    print(f"{'all':22} {matched:6}/{total:6} = {share:7.3f} % same compound within 0.001 (target >= 99 %)")
    for name, sentence, theirs, ours in mismatches[: args.show]:
        print(f"  {name}: vaderSentiment {theirs:+.4f} ours {ours:+.4f}  {sentence[:160]!r}")
    sys.exit(0 if share >= 99 else 1)


if __name__ == "__main__":
    main()
