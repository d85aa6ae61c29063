#!/usr/bin/env python3
"""Instructions per article under valgrind's callgrind, which counts them exactly (the same on a busy or an
idle machine). For each corpus sample: run `articlewatch-eval analysis-passes` with 1 and with 2 passes;
the difference is one pass over the sample without the loading and start-up. The same difference of each
stage's inclusive `apply(to:)` cost (demangled with `swift demangle`) gives the stages' shares; what a stage
costs in the 1-pass run beyond one pass is its one-time work on first use (tables parsed lazily).

usage: instructions.py EVAL_BINARY CORPORA_DIR WORK_DIR > instructions.json
"""
import json
import pathlib
import re
import subprocess
import sys

SAMPLES = {"text": 10, "html": 6, "short": 100}


def total_instructions(profile: pathlib.Path) -> int:
    for line in profile.read_text(errors="replace").splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    raise RuntimeError(f"no totals in {profile}")


def run(binary, passes, files, profile):
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={profile}", binary, "analysis-passes",
                    str(passes)] + [str(f) for f in files], check=True, capture_output=True)
    return total_instructions(profile)


def stage_costs(profile: pathlib.Path):
    """Inclusive instructions of each `…Stage.apply(to:)` in the profile (both passes)."""
    annotate = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(profile)],
                              check=True, capture_output=True, text=True).stdout
    demangled = subprocess.run(["swift", "demangle", "--simplified"], input=annotate, check=True,
                               capture_output=True, text=True).stdout
    costs = {}
    for line in demangled.splitlines():
        count = re.match(r"\s*([\d,]+)\s", line)
        witness = re.search(r"AnalysisStage\.apply\(to:\) in conformance (\w+)", line)
        direct = re.search(r"(\w+)\.apply\(to:\)", line)
        name = witness.group(1) if witness else (direct.group(1) if direct else None)
        if count and name and name != "AnalysisStage":  # direct function and witness: the larger is inclusive
            costs[name] = max(costs.get(name, 0), int(count.group(1).replace(",", "")))
    return costs, demangled


def main():
    binary, corpora, work = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    work.mkdir(parents=True, exist_ok=True)
    # Debian 12's valgrind 3.19 gives up on the DWARF 5 debug info of the linked C++ (CLD2); the symbol
    # table is enough for per-function costs, so profile a copy without debug info.
    stripped = work / "articlewatch-eval.nodebug"
    subprocess.run(["objcopy", "--strip-debug", binary, str(stripped)], check=True)
    binary = str(stripped)
    out = {}
    for label, count in SAMPLES.items():
        files = sorted((corpora / label).iterdir())
        # make_corpora.py cycles the five seeds (copy i is an edit of seed i % 5): a stride that is a multiple
        # of 5 would sample ten edits of one seed, so step off it.
        step = max(1, len(files) // count)
        while step > 1 and step % 5 == 0:
            step -= 1
        files = files[::step][:count]
        one = run(binary, 1, files, work / f"{label}.1.callgrind")
        two = run(binary, 2, files, work / f"{label}.2.callgrind")
        per_article = (two - one) / len(files)
        # Per stage, also 2 passes minus 1: one-time work (lexicons parsed on first use) cancels out.
        stages_one, _ = stage_costs(work / f"{label}.1.callgrind")
        stages, annotated = stage_costs(work / f"{label}.2.callgrind")
        (work / f"{label}.annotate.txt").write_text(annotated)
        once = {k: stages_one.get(k, 0) - (stages[k] - stages_one.get(k, 0)) for k in stages}
        out[label] = {"files": len(files), "instructionsPerArticle": round(per_article),
                      "stageInstructionsPerArticle": {k: round((v - stages_one.get(k, 0)) / len(files)) for k, v in
                                                      sorted(stages.items(), key=lambda kv: -(kv[1] - stages_one.get(kv[0], 0)))},
                      "firstUseInstructions": {k: v for k, v in sorted(once.items(), key=lambda kv: -kv[1]) if v > 1_000_000}}
        print(f"callgrind {label}: {per_article / 1e6:.2f} M instructions/article", file=sys.stderr)
    json.dump(out, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
