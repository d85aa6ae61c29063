#!/usr/bin/env python3
"""Joins the parts of `make bench` into bench-results/latest.json and the table bench-results/latest.md.

usage: report.py RESULTS_DIR   (reads analysis-{text,html,short}.json, analyze-2000.json, peers.json,
                                instructions.json, daemon.json, machine.txt; any missing part is left out)
"""
import json
import pathlib
import sys

TARGETS = {
    "analysis": 1000,      # full analysis, text articles/s on one core
    "htmlRatio": 10,       # HTML extraction vs trafilatura
    "daemonShare": 0.90,   # daemon (interval fsync) vs `articlewatch analyze`, same cores
    "p99Ms": 50,           # at 100 files/s
    "rssBytes": 64 << 20,  # steady
    "readyMs": 300,        # with 100k history lines
    "entitiesPer7KB": 400,  # µs: entities, places and the name tagger (the entities stage), per 7 KB text (issue 14)
    "analyzeRun": 850,     # files/s: a whole `articlewatch analyze --workers 1` over 2,000 7 KB texts (issue 17)
}
CORPORA = {"text": "(a) 500 edited seed copies, ~7 KB text", "html": "(b) 181 HTML pages",
           "short": "(c) 5,190 NYT editorial snippets"}


def load(directory, name):
    path = directory / name
    return json.loads(path.read_text()) if path.exists() else None


def verdict(ok):
    return "met" if ok else "**missed**"


def mib(value):
    return f"{value / 2**20:.1f} MiB" if value is not None else "–"


def extraction_rate(analysis):
    """Articles/s of the stages up to and including the first that provides the clean text."""
    total = 0.0
    for stage in analysis["stages"].values():
        total += stage["microsecondsPerArticle"]
        if "cleanText" in stage.get("provides", []):
            break
    return 1e6 / total if total else None


def main():
    directory = pathlib.Path(sys.argv[1])
    analysis = {label: load(directory, f"analysis-{label}.json") for label in CORPORA}
    peers = load(directory, "peers.json")
    instructions = load(directory, "instructions.json") or {}
    daemon = load(directory, "daemon.json")
    run = load(directory, "analyze-2000.json")
    machine = (directory / "machine.txt").read_text().strip() if (directory / "machine.txt").exists() else ""
    md, targets = [], []
    md.append("# ArticleWatch benchmarks\n")
    md.append(f"Made by `make bench`. {machine}\n")

    md.append("## Analysis on one core (`taskset -c 0`, thread CPU time, in-process)\n")
    md.append("| corpus | articles | mean bytes | articles/s (median) | best round | µs/article | instructions/article (callgrind) |")
    md.append("|---|---:|---:|---:|---:|---:|---:|")
    for label, title in CORPORA.items():
        a = analysis[label]
        if not a:
            continue
        ins = instructions.get(label, {}).get("instructionsPerArticle")
        md.append(f"| {title} | {a['articles']} | {a['meanBytes']} | {a['pipeline']['articlesPerSecond']:.0f} | "
                  f"{a['pipeline']['bestArticlesPerSecond']:.0f} | {a['pipeline']['microsecondsPerArticle']} | "
                  f"{f'{ins / 1e6:.2f} M' if ins else '–'} |")
    md.append("\nPer stage (µs per article, median round; share of the summed stages):\n")
    labels = [l for l in CORPORA if analysis[l]]
    md.append("| stage | " + " | ".join(f"{l} µs | {l} share" for l in labels) + " |")
    md.append("|---|" + "---:|---:|" * len(labels))
    names = []
    for l in labels:
        for name in analysis[l]["stages"]:
            if name not in names:
                names.append(name)
    for name in names:
        cells = []
        for l in labels:
            s = analysis[l]["stages"].get(name)
            cells.append(f"{s['microsecondsPerArticle']} | {s['shareOfPipeline'] * 100:.1f} %" if s else "– | –")
        md.append(f"| {name} | " + " | ".join(cells) + " |")
    if instructions:
        md.append("\nInstructions per article by stage (callgrind, inclusive `apply(to:)`):\n")
        md.append("| stage | " + " | ".join(instructions) + " |")
        md.append("|---|" + "---:|" * len(instructions))
        stage_names = []
        for v in instructions.values():
            for k in v["stageInstructionsPerArticle"]:
                if k not in stage_names:
                    stage_names.append(k)
        for k in stage_names:
            md.append(f"| {k} | " + " | ".join(
                f"{v['stageInstructionsPerArticle'][k] / 1e6:.2f} M" if k in v["stageInstructionsPerArticle"] else "–"
                for v in instructions.values()) + " |")
        firsts = {label: v.get("firstUseInstructions", {}) for label, v in instructions.items()}
        if any(firsts.values()):
            label, first = next((l, f) for l, f in firsts.items() if f)
            md.append("\nOne-time work on first use (tables parsed lazily; the daemon pays it before READY through "
                      "`AnalysisResources.preload()`; not in the per-article figures): " + ", ".join(f"{k} {v / 1e6:.0f} M" for k, v in first.items())
                      + " instructions.")
    if analysis["text"]:
        rate = analysis["text"]["pipeline"]["articlesPerSecond"]
        targets.append(("Full analysis ≥ 1,000 text articles/s, one core", f"{rate:.0f}/s", verdict(rate >= TARGETS["analysis"])))
        entities = analysis["text"]["stages"].get("entities")
        if entities and analysis["text"]["meanBytes"]:
            # The entities stage runs the dictionaries, the name tagger and the place resolver.
            per7kb = entities["microsecondsPerArticle"] * 7 * 1024 / analysis["text"]["meanBytes"]
            targets.append(("Entities + places + tagger ≤ 0.4 ms per 7 KB text article, one core",
                            f"{per7kb:.0f} µs per 7 KB", verdict(per7kb <= TARGETS["entitiesPer7KB"])))

    if run:
        md.append(f"\n## A whole `articlewatch analyze --workers 1` over {run['files']:,} text articles (one core)\n")
        md.append("Start-up, analysis, record and JSON line of every file, lines to /dev/null (`scripts/bench/analyze_run.py`, "
                  f"`taskset -c 0`). Files per CPU second (user + system) is the figure that holds on a loaded machine; "
                  f"load average {run['loadAverage']:.1f} at the end.\n")
        md.append("| files | mean bytes | files per CPU second (median) | best | CPU ms per file | files/s (wall) | peak RSS |")
        md.append("|---:|---:|---:|---:|---:|---:|---:|")
        md.append(f"| {run['files']:,} | {run['meanBytes']} | {run['filesPerCPUSecond']:.0f} | {run['bestFilesPerCPUSecond']:.0f} | "
                  f"{run['cpuMsPerFile']} | {run['filesPerSecondWall']:.0f} | {mib(max(r['maxRSSBytes'] for r in run['runs']))} |")
        targets.append(("`analyze --workers 1` over 2,000 text articles ≥ 850 files/s (per CPU second)",
                        f"{run['filesPerCPUSecond']:.0f}/s", verdict(run["filesPerCPUSecond"] >= TARGETS["analyzeRun"])))

    if peers:
        md.append("\n## Python peers in the same run (one core, CPU time per file after warm-up)\n")
        md.append("Versions: " + ", ".join(f"{k} {v}" for k, v in peers["versions"].items() if v) + f"; Python {peers['python']}.\n")
        md.append("| corpus | files timed | Python stack files/s | ArticleWatch articles/s | ratio |")
        md.append("|---|---:|---:|---:|---:|")
        for label in ("text", "short"):
            p, a = peers["corpora"].get(label), analysis[label]
            if p and a:
                md.append(f"| {CORPORA[label]}: full stack vs full pipeline | {p['files']} | {p['filesPerSecond']:.2f} | "
                          f"{a['pipeline']['articlesPerSecond']:.0f} | {a['pipeline']['articlesPerSecond'] / p['filesPerSecond']:.0f}× |")
        p, a = peers["corpora"].get("html"), analysis["html"]
        if p and a:
            ours = extraction_rate(a)
            ratio = ours / p["filesPerSecond"]
            md.append(f"| {CORPORA['html']}: trafilatura.extract vs decode→extract stages | {p['files']} | "
                      f"{p['filesPerSecond']:.1f} | {ours:.0f} | {ratio:.1f}× |")
            md.append(f"| {CORPORA['html']}: trafilatura.extract vs the whole pipeline | {p['files']} | "
                      f"{p['filesPerSecond']:.1f} | {a['pipeline']['articlesPerSecond']:.0f} | "
                      f"{a['pipeline']['articlesPerSecond'] / p['filesPerSecond']:.1f}× |")
            targets.append(("HTML extraction ≥ 10× trafilatura", f"{ratio:.1f}×", verdict(ratio >= TARGETS["htmlRatio"])))
        md.append("\nPython stack, ms per file by tool:\n")
        md.append("| tool | " + " | ".join(peers["corpora"]) + " |")
        md.append("|---|" + "---:|" * len(peers["corpora"]))
        tools = []
        for c in peers["corpora"].values():
            for t in c["tools"]:
                if t not in tools:
                    tools.append(t)
        for t in tools:
            md.append(f"| {t} | " + " | ".join(
                f"{c['tools'][t]['msPerFile']}" if t in c["tools"] else "–" for c in peers["corpora"].values()) + " |")

    if daemon:
        md.append(f"\n## Daemon end to end (release build, cores {daemon['cores']}, {daemon['workers']} workers)\n")
        md.append("| run | files | files/s (wall) | vs `analyze` | CPU ms per file | `analyze` CPU / this CPU |")
        md.append("|---|---:|---:|---:|---:|---:|")
        analyze = daemon["analyze"]["filesPerSecond"]
        analyze_cpu = daemon["analyze"].get("cpuMsPerFile")
        md.append(f"| `articlewatch analyze --workers {daemon['workers']}` (same files, no spool, no log) | {daemon['analyze']['files']} | "
                  f"{analyze} | 100 % | {analyze_cpu or '–'} | 100 % |")
        for t in daemon["throughput"]:
            cpu = t.get("cpuMsPerFile")
            share = f"{analyze_cpu / cpu * 100:.0f} %" if cpu and analyze_cpu else "–"
            md.append(f"| daemon, burst, fsync={t['fsync']} | {t['completed']} | {t['filesPerSecond']} | "
                      f"{t['filesPerSecond'] / analyze * 100:.0f} % | {cpu or '–'} | {share} |")
        interval_run = next(t for t in daemon["throughput"] if t["fsync"] == "interval")
        interval = interval_run["filesPerSecond"]
        cpu_share = (f"; CPU per file {analyze_cpu / interval_run['cpuMsPerFile'] * 100:.0f} %"
                     if interval_run.get("cpuMsPerFile") and analyze_cpu else "")
        targets.append(("Daemon (interval fsync) ≥ 90 % of `analyze`", f"{interval / analyze * 100:.0f} % (wall){cpu_share}",
                        verdict(interval / analyze >= TARGETS["daemonShare"])))
        md.append(f"\nDisk floor, the same I/O with nothing else (C: claim rename, one {daemon['lineBytes']}-byte append, "
                  "fdatasync, rename to done; files made beforehand):\n")
        md.append("| pattern | files/s | daemon (matching fsync) | daemon / floor |")
        md.append("|---|---:|---:|---:|")
        policy = {1: "always", 64: "interval", 0: "never"}
        names = {1: "fdatasync per file", 64: "fdatasync per 64 files", 0: "no fdatasync"}
        for f in daemon["diskFloor"]:
            d = next(t for t in daemon["throughput"] if t["fsync"] == policy[f["group"]])["filesPerSecond"]
            md.append(f"| {names[f['group']]} | {f['filesPerSecond']} | {d} ({policy[f['group']]}) | {d / f['filesPerSecond'] * 100:.0f} % |")
        md.append("\nLatency from the rename into inbox/ to the line (visible: in the log; durable: input moved to done/, "
                  "which the daemon does only after the covering fsync), fsync=interval:\n")
        md.append("| delivery | files | visible p50 | visible p99 | durable p50 | durable p99 | durable max |")
        md.append("|---|---:|---:|---:|---:|---:|---:|")
        for l in daemon["latency"]:
            v, d = l["visible"] or {}, l["durable"] or {}
            pattern = f"{l['rate']}/s steady" if l["burst"] == 1 else f"{l['rate']}/s in bursts of {l['burst']}"
            md.append(f"| {pattern} | {d.get('files', 0)} | {v.get('p50Ms', '–')} ms | {v.get('p99Ms', '–')} ms | "
                      f"{d.get('p50Ms', '–')} ms | {d.get('p99Ms', '–')} ms | {d.get('maxMs', '–')} ms |")
            if l["rate"] == 100 and l["burst"] == 1 and d:
                targets.append(("p99 latency ≤ 50 ms at 100 files/s (durable)", f"{d['p99Ms']} ms", verdict(d["p99Ms"] <= TARGETS["p99Ms"])))
        m = daemon["memory"]
        md.append(f"\n## Memory and start-up\n\nRSS while {m['articles']:,} articles flow ({m['corpus']}; keepProcessed false):\n")
        md.append("| after articles | " + " | ".join(f"{int(k):,}" for k in m["rssAtBytes"]) + " | peak (VmHWM) | min–max after target |")
        md.append("|---|" + "---:|" * len(m["rssAtBytes"]) + "---:|---:|")
        md.append("| RSS | " + " | ".join(mib(v) for v in m["rssAtBytes"].values()) + f" | {mib(m['peakRssBytes'])} | "
                  f"{mib(m['rssAfterTargetMinBytes'])}–{mib(m['rssAfterTargetMaxBytes'])} |")
        for label, key in (("of it anonymous (malloc)", "rssAnonAtBytes"), ("of it mapped files (code)", "rssFileAtBytes")):
            if m.get(key):
                md.append(f"| {label} | " + " | ".join(mib(v) if v else "–" for v in m[key].values()) + " | | |")
        steady = m["rssAfterTargetMaxBytes"] or m["peakRssBytes"]
        targets.append(("RSS ≤ 64 MB steady", mib(steady), verdict(steady <= TARGETS["rssBytes"])))
        runs = len(daemon["startup"][0].get("runsMs", [])) if daemon["startup"] else 0
        md.append(f"\n| history lines in the results log | log size | index file | exec → READY, median of {runs} (min) | "
                  "CPU to READY, median (min) | first start, no index file: wall / CPU | runs (wall ms) | READY seen via |")
        md.append("|---:|---:|---:|---:|---:|---:|---|---|")
        for s in daemon["startup"]:
            cpu = f"{s['readyCpuMs']} ms ({s['readyCpuMinMs']} ms)" if s.get("readyCpuMs") is not None else "–"
            first = f"{s['firstStartMs']} / {s['firstStartCpuMs']} ms" if s.get("firstStartMs") is not None else "–"
            minimum = f" ({s['readyMinMs']} ms)" if s.get("readyMinMs") is not None else ""
            md.append(f"| {s['historyLines']:,} | {mib(s['logBytes'])} | {mib(s.get('indexBytes'))} | {s['readyMs']} ms{minimum} | {cpu} | "
                      f"{first} | {', '.join(map(str, s['runsMs']))} | {s['readyVia']} |")
            if s["historyLines"] == 100000:
                cpu_note = f"; CPU {s['readyCpuMs']} ms" if s.get("readyCpuMs") is not None else ""
                targets.append(("READY ≤ 300 ms with 100k history lines", f"{s['readyMs']} ms (min {s.get('readyMinMs')}){cpu_note}",
                                verdict(s["readyMs"] <= TARGETS["readyMs"])))
        md.append("\nMethod: " + " ".join(daemon["method"].split()) + "\n")

    if (directory / "micro.md").exists():
        md.append("\n## Micro-benchmarks (package-benchmark 1.38.1, `Benchmarks/`)\n\nPer stage and whole pipeline on samples "
                  "of the corpora, wall clock, CPU, mallocs: see [micro.md](micro.md) (one iteration = one pass over the sample).\n")
    phases_path = directory / "phases.jsonl"
    if phases_path.exists():
        phases = [json.loads(line) for line in phases_path.read_text().splitlines() if line.strip()]
        md.append("\n## Suite time by part (wall, this run; the parts after the report are in bench-results/phases.jsonl)\n")
        md.append("| part | seconds |")
        md.append("|---|---:|")
        for p in phases:
            md.append(f"| {p['phase']} | {p['seconds']} |")
        top = [p for p in phases if not p["phase"].startswith("daemon: ")]
        md.append(f"| **sum of the parts above (daemon sub-phases counted once)** | {sum(p['seconds'] for p in top):.0f} |")
    md.insert(2, "## Targets\n\n| target | measured | |\n|---|---:|---|\n" +
              "\n".join(f"| {t} | {v} | {ok} |" for t, v, ok in targets) + "\n")
    (directory / "latest.md").write_text("\n".join(md) + "\n")
    (directory / "latest.json").write_text(json.dumps({
        "machine": machine, "targets": [{"target": t, "measured": v, "verdict": ok} for t, v, ok in targets],
        "analysis": analysis, "instructions": instructions, "peers": peers, "daemon": daemon}, indent=1))
    print("\n".join(md))


if __name__ == "__main__":
    main()
