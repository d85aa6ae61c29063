#!/usr/bin/env python3
"""A whole `articlewatch analyze --workers 1` process over a folder of articles on one core (`taskset -c 0`),
a few runs: wall time, the process's CPU time (user + system, from wait4) and peak RSS. On a loaded machine
the wall time says little; files per CPU second is the figure to compare (issue 17: at least 850 files/s).
The lines go to /dev/null: this is the analysis, record and JSON of every file, start-up included.

usage: analyze_run.py --binary BIN --files DIR [--runs N] [--core C] > analyze.json
"""
import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import time


def one_run(command):
    start = time.monotonic()
    with open(os.devnull, "wb") as sink:
        process = subprocess.Popen(command, stdout=sink)
        _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command[:4]} exited with {status}")
    return {"wallSeconds": round(wall, 3), "cpuSeconds": round(usage.ru_utime + usage.ru_stime, 3),
            "userSeconds": round(usage.ru_utime, 3), "systemSeconds": round(usage.ru_stime, 3),
            "maxRSSBytes": usage.ru_maxrss * 1024}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--files", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--core", default="0")
    args = parser.parse_args()
    files = sorted(str(p) for p in pathlib.Path(args.files).iterdir() if p.is_file())
    command = ["taskset", "-c", args.core, args.binary, "analyze", "--workers", "1"] + files
    runs = [one_run(command) for _ in range(args.runs)]
    cpu = statistics.median(r["cpuSeconds"] for r in runs)
    wall = statistics.median(r["wallSeconds"] for r in runs)
    out = {"files": len(files), "meanBytes": round(sum(os.path.getsize(f) for f in files) / max(1, len(files))),
           "runs": runs, "medianWallSeconds": wall, "medianCPUSeconds": cpu,
           "filesPerSecondWall": round(len(files) / wall, 1), "filesPerCPUSecond": round(len(files) / cpu, 1),
           "bestFilesPerCPUSecond": round(len(files) / min(r["cpuSeconds"] for r in runs), 1),
           "cpuMsPerFile": round(cpu * 1000 / len(files), 3), "loadAverage": os.getloadavg()[0]}
    print(f"analyze: {out['filesPerCPUSecond']} files per CPU second, {out['filesPerSecondWall']} files/s wall",
          file=sys.stderr)
    json.dump(out, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
