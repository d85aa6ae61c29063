"""Sentence-boundary gold from the article-extraction benchmark's ground truth (MIT, ../shared/data), by standoff.

The article text stays in shared/; the repository holds only our labels (gold/benchmark-labels.tsv). Every
candidate boundary in a paragraph (terminal punctuation . ! ? … with any closing quotes, then whitespace; or
… right before a capital or an opening quote) is a
sentence boundary unless the labels file says otherwise: `N` (not a boundary: "U.S. market", "Rt. Hon. B. U.
Nzeribe") or `X` (left out of the score: ambiguous, e.g. an omission ellipsis between two quoted sentences).
Each label names the page, the paragraph (0-based, lines of the body), the character offset of the punctuation
and a short context that must still match, so a changed data file fails loudly instead of scoring garbage.

`--review PAGE…` prints the candidates that need a human eye (abbreviation-like word before the stop, lower-case
or digit after it, ellipses, quotes followed by "said") — how the labels were made; the other candidates (a
plain word of two or more letters, then . ! or ?, then a capital) were taken as boundaries without review.
"""
import argparse
import json
import re
import sys
from pathlib import Path

CANDIDATE = re.compile(r'([.!?…]+)(["”’\')\]]*)(\s+|(?<=…)(?=[“"‘A-Z]))(?=\S)')
# Only for flagging candidates to review: a broad list of English abbreviations (titles, months, days, US
# states, company forms, Latin, units), wider than the splitter's own so that review misses fewer.
REVIEW_ABBREVIATIONS = set("""mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cpt gov sen rep rev hon pres adm maj
cmdr cdr brig supt insp messrs mme mlle no nos inc ltd co corp bros plc llc dept univ assn ave blvd rd hwy jan feb
mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun vs v etc al approx est fig figs
vol vols pp p ed eds cf res con amdt sec art ch op ca min max govt intl natl ala ariz ark calif colo conn del fla ga
ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa penn tenn tex va vt wash wis wyo viz esp dist
div mfg mgr msgr pl sq nr tel phd lb lbs oz km kg mi yd hr hrs wk yr yrs admin assoc asst cpl pvt""".split())
SAID = re.compile(r"\S+\s+(\S+\s+)?(said|says|asked|told|wrote|added|replied|explained|noted)\b")


def english_pages(truth):
    """Page ids whose body is mostly Latin letters with common English function words, sorted."""
    pages = []
    for page in sorted(truth):
        body = truth[page]["articleBody"]
        words = re.findall(r"[A-Za-z]+", body)
        letters = sum(len(word) for word in words) / max(1, len(body))
        function_words = len(re.findall(r"\b(the|and|of|to)\b", body)) / max(1, len(words))
        if letters > 0.7 and function_words > 0.06:
            pages.append(page)
    return pages


def paragraphs(body):
    return [line.strip() for line in body.split("\n") if line.strip()]


def candidates(paragraph):
    """(offset of the punctuation, offset where the next sentence would start, match) for each candidate."""
    return [(match.start(), match.end(), match) for match in CANDIDATE.finditer(paragraph)]


def needs_review(paragraph, match):
    word = re.search(r"(\S+)$", paragraph[: match.start()])
    core = re.sub(r"^[\W_]+", "", word.group(1) if word else "")
    after = paragraph[match.end(): match.end() + 40]
    if match.group(1) not in (".", "!", "?") or not re.match(r"[“\"‘'(]?[A-Z0-9]", after):
        return True
    if not re.fullmatch(r"[A-Za-z][A-Za-z'’-]+|[0-9][0-9,%]*", core) or core.lower() in REVIEW_ABBREVIATIONS:
        return True
    if len(core) <= 3 and not core.isdigit() or re.fullmatch(r"[A-Z][a-z]{0,3}", core):
        return True
    if re.fullmatch(r"[0-9]{1,2}", core):
        return True
    return bool(match.group(2)) and bool(SAID.match(after))


def context(paragraph, offset):
    return (paragraph[max(0, offset - 12): offset] + "|" + paragraph[offset: offset + 12]).replace("\t", " ")


def read_labels(path):
    """page list and {(page, paragraph, offset): (label, context)} from the TSV."""
    pages, labels = [], {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if fields[0] == "page":
            pages.append(fields[1])
        else:
            page, paragraph, offset, label, snippet = fields
            labels[(page, int(paragraph), int(offset))] = (label, snippet)
    return pages, labels


def gold_paragraphs(truth, labels_path):
    """Yield {"id", "text", "starts", "ignore"}: sentence starts after the first, as character offsets."""
    pages, labels = read_labels(labels_path)
    used = set()
    for page in pages:
        for index, paragraph in enumerate(paragraphs(truth[page]["articleBody"])):
            starts, ignore = [], []
            for offset, start, _ in candidates(paragraph):
                label, snippet = labels.get((page, index, offset), ("B", None))
                if snippet is not None:
                    used.add((page, index, offset))
                    if context(paragraph, offset) != snippet:
                        sys.exit(f"benchmark label {page} {index} {offset}: context {snippet!r} no longer matches")
                (starts if label == "B" else ignore if label == "X" else []).append(start)
                stray = re.match(r"[”’\"']\s+", paragraph[start:])
                if label == "X" and stray:  # "lung. ” But": the sentence may also start after the stray quote
                    ignore.append(start + stray.end())
            yield {"id": f"benchmark/{page[:12]}/{index}", "text": paragraph, "starts": starts, "ignore": ignore}
    unused = set(labels) - used
    if unused:
        sys.exit(f"benchmark labels matching no candidate: {sorted(unused)[:5]}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="the article-extraction-benchmark folder")
    parser.add_argument("--review", nargs="*", help="page ids (prefixes) whose doubtful candidates to print")
    parser.add_argument("--english", type=int, help="list the first N English page ids")
    options = parser.parse_args()
    truth = json.loads((Path(options.data) / "ground-truth.json").read_text(encoding="utf-8"))
    if options.english:
        print("\n".join(english_pages(truth)[: options.english]))
    for prefix in options.review or []:
        page = next(page for page in truth if page.startswith(prefix))
        for index, paragraph in enumerate(paragraphs(truth[page]["articleBody"])):
            for offset, _, match in candidates(paragraph):
                if needs_review(paragraph, match):
                    print(f"{page}\t{index}\t{offset}\t?\t{context(paragraph, offset)}")


if __name__ == "__main__":
    main()
