#!/usr/bin/env python3
"""Near-duplicate evaluation (issue 6): builds a corpus with known duplicates, streams it through
`articlewatch-eval dedup` (our MinHash index) and through datasketch's MinHashLSH, and scores both
against exact Jaccard similarity of word 3-shingles.

Corpus: every ground-truth article body of the article-extraction benchmark (../shared/data) and the
seed articles (../shared/seeds, five different articles on one story), each followed into the stream by
an exact copy, word edits at 1, 2, 5, 10, 20 and 30 %, a re-wrapped copy, a copy with site boilerplate
added, a truncated syndication, a combination (boilerplate + re-wrap + 2 % edits) and a different article
on the same story (40 % of its paragraphs, the rest from another article). Arrival order is shuffled with
a fixed seed, so "earlier" is whichever copy arrives first.

Scores, per system (one link per article, to its best earlier match):
  precision@0.5  links whose true Jaccard with their target is >= 0.5 (target >= 95 %)
  precision@0.8  links whose true Jaccard is >= 0.8
  recall         articles that have an earlier article at true Jaccard >= 0.8 and are linked (target 100 %)
  pair recall    pairs at true Jaccard >= 0.8 that end up in one linked group (links are transitive)
  articles/s     tokenising, sketching, querying and inserting, best of several runs, by wall clock and by
                 process CPU time (the machine is shared; CPU time is the steadier figure); file reading
                 and the SHA-256 id (computed by the daemon anyway) are outside the clock for both.
Usage: scripts/dedup-eval.py [--data ../shared/data] [--seeds ../shared/seeds] [--out bench-results/dedup]
                              [--eval .build/release/articlewatch-eval]
"""
import argparse, collections, hashlib, json, os, random, re, subprocess, sys, textwrap, time

BOILERPLATE_HEAD = [
    "Home | World | Politics | Business | Tech | Opinion | Sport | Culture | Subscribe | Sign in",
    "Skip to main content. Advertisement. Most read this week.",
    "You are reading the free edition. Subscribe for unlimited access to our journalism.",
]
BOILERPLATE_TAIL = [
    "Share this article on Facebook, Twitter, LinkedIn or by email.",
    "Sign up for our daily newsletter to get the top stories delivered to your inbox every morning.",
    "Copyright 2026 The Daily Courier Media Group. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed without permission.",
    "Related: more stories from our correspondents around the world.",
    "Comments are closed for this article. Read our community guidelines.",
]
EDIT_RATES = [0.01, 0.02, 0.05, 0.10, 0.20, 0.30]


def words(text):
    return re.findall(r"\w+", text.lower())


def shingle_set(text):
    w = words(text)
    if len(w) < 3:
        return {tuple(w)} if w else set()
    return set(zip(w, w[1:], w[2:]))


def edit(text, rate, rng, vocabulary):
    """Substitutes, deletes or inserts words, each word with probability `rate`; keeps paragraphs."""
    out_paragraphs = []
    for paragraph in text.split("\n"):
        out = []
        for word in paragraph.split(" "):
            if word and rng.random() < rate:
                operation = rng.randrange(3)
                if operation == 0:
                    out.append(rng.choice(vocabulary))
                elif operation == 2:
                    out.extend([word, rng.choice(vocabulary)])
            else:
                out.append(word)
        out_paragraphs.append(" ".join(out))
    return "\n".join(out_paragraphs)


def rewrap(text, rng):
    width = rng.randrange(50, 90)
    paragraphs = [p for p in text.split("\n") if p.strip()]
    return "\r\n\r\n".join(textwrap.fill(p, width=width) for p in paragraphs) + "\r\n"


def add_boilerplate(text, rng):
    head = rng.sample(BOILERPLATE_HEAD, 2)
    tail = rng.sample(BOILERPLATE_TAIL, 3)
    return "\n".join(head) + "\n\n" + text + "\n\n" + "\n".join(tail) + "\n"


def truncate(text, fraction):
    tokens = text.split(" ")
    return " ".join(tokens[: max(3, int(len(tokens) * fraction))])


def same_story(text, other, rng):
    mine = [p for p in text.split("\n") if p.strip()]
    theirs = [p for p in other.split("\n") if p.strip()]
    keep = mine[: max(1, int(len(mine) * 0.4))]
    return "\n".join(keep + theirs[: max(1, len(theirs) // 2)])


def build_corpus(data, seeds, out):
    rng = random.Random(6)
    bases = []
    truth = json.load(open(os.path.join(data, "article-extraction-benchmark", "ground-truth.json")))
    for key in sorted(truth):
        body = truth[key].get("articleBody") or ""
        if len(words(body)) >= 60:
            bases.append(("aeb-" + key[:12], body))
    if seeds and os.path.isdir(seeds):
        for name in sorted(os.listdir(seeds)):
            bases.append(("seed-" + name.split(".")[0], open(os.path.join(seeds, name), encoding="utf-8").read()))
    vocabulary = sorted({w for _, body in bases for w in body.split() if w.isalpha()})
    documents = []
    for index, (family, body) in enumerate(bases):
        other = bases[(index + 1 + rng.randrange(len(bases) - 1)) % len(bases)][1]
        variants = [("original", body), ("exact", body)]
        variants += [("edit-%d" % round(rate * 100), edit(body, rate, rng, vocabulary)) for rate in EDIT_RATES]
        variants += [
            ("rewrap", rewrap(body, rng)),
            ("boilerplate", add_boilerplate(body, rng)),
            ("truncated", truncate(body, 0.85)),
            ("combined", add_boilerplate(rewrap(edit(body, 0.02, rng, vocabulary), rng), rng)),
            ("same-story", same_story(body, other, rng)),
        ]
        documents += [(family, variant, text) for variant, text in variants]
    rng.shuffle(documents)
    corpus = os.path.join(out, "corpus")
    os.makedirs(corpus, exist_ok=True)
    for stale in os.listdir(corpus):
        os.remove(os.path.join(corpus, stale))
    entries = []
    for order, (family, variant, text) in enumerate(documents):
        name = "%05d-%s-%s.txt" % (order, family, variant)
        data_bytes = text.encode("utf-8")
        with open(os.path.join(corpus, name), "wb") as handle:
            handle.write(data_bytes)
        entries.append({"file": name, "path": os.path.join(corpus, name), "family": family, "variant": variant,
                        "bytes": data_bytes})
    with open(os.path.join(out, "manifest.txt"), "w") as handle:
        handle.write("".join(entry["path"] + "\n" for entry in entries))
    return entries


def exact_jaccards(entries):
    """True Jaccard of every pair that shares a shingle (all others are 0), via an inverted index."""
    sets = [shingle_set(entry["bytes"].decode("utf-8")) for entry in entries]
    postings = collections.defaultdict(list)
    pairs = {}
    for i, shingles in enumerate(sets):
        overlap = collections.Counter()
        for shingle in shingles:
            for j in postings[shingle]:
                overlap[j] += 1
            postings[shingle].append(i)
        for j, shared in overlap.items():
            pairs[(j, i)] = shared / (len(sets[i]) + len(sets[j]) - shared)
    return pairs


def run_articlewatch(eval_binary, out, entries):
    links_path = os.path.join(out, "articlewatch-links.jsonl")
    result = subprocess.run([eval_binary, "dedup", os.path.join(out, "manifest.txt"), links_path, "5"],
                            check=True, capture_output=True, text=True)
    timing = json.loads(result.stdout.strip().splitlines()[-1])
    position = {entry["file"]: i for i, entry in enumerate(entries)}
    links = {}
    for line in open(links_path):
        row = json.loads(line)
        if row["link"]:
            links[position[row["file"]]] = (position[row["link"]["file"]], row["link"]["similarity"], row["link"]["kind"])
    return links, timing["articlesPerSecond"], timing["articlesPerCPUSecond"]


def run_datasketch(entries, repeats=3, num_perm=128, threshold=0.8):
    """The usual datasketch stream: MinHash of the shingles, query the LSH, keep the best candidate whose
    estimated Jaccard reaches the threshold, insert. Identical bytes link as exact first (a dict of ids)."""
    from datasketch import MinHash, MinHashLSH
    texts = [entry["bytes"].decode("utf-8") for entry in entries]
    ids = [hashlib.sha256(entry["bytes"]).hexdigest() for entry in entries]
    best_seconds, best_cpu, links = float("inf"), float("inf"), {}
    for _ in range(repeats):
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        sketches, first_by_id, run_links = [], {}, {}
        started, started_cpu = time.perf_counter(), time.process_time()
        for i, text in enumerate(texts):
            w = words(text)
            shingles = [" ".join(w[k:k + 3]).encode() for k in range(max(1, len(w) - 2))] if w else []
            sketch = MinHash(num_perm=num_perm)
            sketch.update_batch(shingles)
            if ids[i] in first_by_id:
                run_links[i] = (first_by_id[ids[i]], 1.0, "exact")
            else:
                first_by_id[ids[i]] = i
                best = None
                for candidate in lsh.query(sketch):
                    similarity = sketch.jaccard(sketches[candidate])
                    if similarity >= threshold and (best is None or (similarity, -candidate) > (best[1], -best[0])):
                        best = (candidate, similarity)
                if best:
                    run_links[i] = (best[0], best[1], "near")
            lsh.insert(i, sketch)
            sketches.append(sketch)
        best_seconds = min(best_seconds, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
        links = run_links
    return links, len(entries) / best_seconds, len(entries) / best_cpu


def score(links, pairs, count, entries):
    def truth(i, j):
        return pairs.get((min(i, j), max(i, j)), 0.0)
    needing = [i for i in range(count) if any(truth(j, i) >= 0.8 for j in range(i))] if count < 5000 else []
    linked_sims = [truth(target, i) for i, (target, _, _) in links.items()]
    parent = list(range(count))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for i, (target, _, _) in links.items():
        parent[find(i)] = find(target)
    high_pairs = [pair for pair, similarity in pairs.items() if similarity >= 0.8]
    ungrouped = [(i, j) for i, j in high_pairs if find(i) != find(j)]
    grouped = len(high_pairs) - len(ungrouped)
    missed = [i for i in needing if i not in links]
    exact = [(i, t) for i, (t, _, kind) in links.items() if kind == "exact"]
    errors = [estimate - truth(t, i) for i, (t, estimate, kind) in links.items() if kind == "near"]
    mean_error = sum(errors) / max(1, len(errors))
    spread = (sum((e - mean_error) ** 2 for e in errors) / max(1, len(errors) - 1)) ** 0.5
    return {
        "nearLinkEstimateMinusTrue": {"mean": round(mean_error, 4), "standardDeviation": round(spread, 4)},
        "exactLinks": len(exact),
        "exactLinksWithIdenticalBytes": sum(entries[i]["bytes"] == entries[t]["bytes"] for i, t in exact),
        "links": len(links),
        "precisionAt0.5": sum(s >= 0.5 for s in linked_sims) / max(1, len(linked_sims)),
        "precisionAt0.8": sum(s >= 0.8 for s in linked_sims) / max(1, len(linked_sims)),
        "recall": (len(needing) - len(missed)) / max(1, len(needing)),
        "articlesNeedingLink": len(needing),
        "missed": len(missed),
        "pairsAt0.8": len(high_pairs),
        "pairRecall": grouped / max(1, len(high_pairs)),
        "lowestLinkedTrueJaccard": min(linked_sims) if linked_sims else None,
        "_missed": missed,
        "_ungrouped": ungrouped,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--seeds", default="../shared/seeds")
    parser.add_argument("--out", default="bench-results/dedup")
    parser.add_argument("--eval", default=".build/release/articlewatch-eval")
    arguments = parser.parse_args()
    os.makedirs(arguments.out, exist_ok=True)
    entries = build_corpus(arguments.data, arguments.seeds, arguments.out)
    pairs = exact_jaccards(entries)
    ours, our_rate, our_cpu_rate = run_articlewatch(arguments.eval, arguments.out, entries)
    theirs, their_rate, their_cpu_rate = run_datasketch(entries)
    report = {"articles": len(entries), "families": len({e["family"] for e in entries})}
    for name, links, rate, cpu_rate in [("articlewatch", ours, our_rate, our_cpu_rate),
                                        ("datasketch", theirs, their_rate, their_cpu_rate)]:
        result = score(links, pairs, len(entries), entries)
        missed = result.pop("_missed")
        ungrouped = result.pop("_ungrouped")
        result["ungroupedPairExamples"] = [
            "%s ~ %s (J=%.3f)" % (entries[i]["file"], entries[j]["file"], pairs[(i, j)]) for i, j in ungrouped[:4]]
        result["articlesPerSecond"] = round(rate, 1)
        result["articlesPerCPUSecond"] = round(cpu_rate, 1)
        result["missedExamples"] = [entries[i]["file"] for i in missed[:5]]
        report[name] = result
    report["speedRatio"] = round(our_rate / their_rate, 1)
    report["speedRatioCPU"] = round(our_cpu_rate / their_cpu_rate, 1)
    by_variant = collections.defaultdict(lambda: [0, 0])
    for i, entry in enumerate(entries):
        by_variant[entry["variant"]][0] += 1
        by_variant[entry["variant"]][1] += i in ours
    report["articlewatchLinkedByVariant"] = {k: "%d/%d" % tuple(v) for k, v in sorted(by_variant.items())}
    with open(os.path.join(arguments.out, "report.json"), "w") as handle:
        json.dump(report, handle, indent=2)
    print(json.dumps(report, indent=2))
    aw, ds = report["articlewatch"], report["datasketch"]
    ok = aw["recall"] == 1.0 and aw["precisionAt0.5"] >= 0.95 and min(report["speedRatio"], report["speedRatioCPU"]) >= 10
    print("target (all >=0.8 linked, >=95%% of links >=0.5, >=10x datasketch): %s" % ("met" if ok else "NOT met"))


if __name__ == "__main__":
    sys.exit(main())
