#!/usr/bin/env bash
# make bench-suite: the whole benchmark suite, parts in order; each part writes its JSON into bench-results/,
# and report.py joins them into bench-results/latest.md and latest.json. Needs the release builds of
# articlewatch and articlewatch-eval (the Makefile makes them) and ../shared/data (SHARED_DATA overrides).
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=bench-results
SHARED_DATA=${SHARED_DATA:-$(for d in ../shared/data ../../shared/data; do [ -d "$d" ] && echo "$d" && break; done)}
SECONDS_PER_CORPUS=${BENCH_SECONDS:-8}
mkdir -p "$OUT"
step() { echo "== $(date -u +%H:%M:%S) $*" >&2; }
# BENCH_PARTS picks parts to (re)run, e.g. "daemon report"; the other parts' JSON from an earlier run stays.
PARTS=" ${BENCH_PARTS:-corpora analysis analyze instructions peers daemon micro report} "
part() { [[ "$PARTS" == *" $1 "* ]]; }
# Each part's wall time goes to $OUT/phases.jsonl (scripts/bench/phase.sh), and from there into the report.
timed() { scripts/bench/phase.sh "$@"; }

if part corpora || [ ! -d "$OUT/corpora" ]; then
step "corpora from $SHARED_DATA"
rm -rf "$OUT/corpora"
timed "corpora" python3 scripts/bench/make_corpora.py "$SHARED_DATA" seeds "$OUT/corpora" >&2
fi
{
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') at commit $(git rev-parse --short HEAD) on $(nproc) cores"
  echo "($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load average before the run $(cut -d' ' -f1-3 /proc/loadavg);"
  echo "$(/opt/swift/usr/bin/swift --version 2>/dev/null | head -1 || swift --version | head -1)."
} > "$OUT/machine.txt"

if part analysis; then
step "analysis, one core"
for corpus in text html short; do
  timed "analysis ($corpus)" taskset -c 0 .build/release/articlewatch-eval bench-analysis --seconds "$SECONDS_PER_CORPUS" \
    --label "$corpus" "$OUT/corpora/$corpus" > "$OUT/analysis-$corpus.json"
done
fi

if part analyze; then
step "articlewatch analyze --workers 1 over 2,000 text articles, one core"
timed "analyze (2,000 text, one core)" python3 scripts/bench/analyze_run.py --binary .build/release/articlewatch \
  --files "$OUT/corpora/text-2000" > "$OUT/analyze-2000.json"
fi

if part instructions; then
step "instructions per article (callgrind)"
timed "instructions (callgrind)" python3 scripts/bench/instructions.py .build/release/articlewatch-eval "$OUT/corpora" "$OUT/callgrind" > "$OUT/instructions.json"
fi

if part peers; then
step "Python peers, one core"
timed "Python peers" taskset -c 0 .venv-bench/bin/python scripts/bench/python_peers.py --corpora "$OUT/corpora" > "$OUT/peers.json"
fi

if part daemon; then
step "daemon end to end, disk floor, memory, start-up"
gcc -O2 -o "$OUT/disk_floor" scripts/bench/disk_floor.c
timed "daemon (all phases)" python3 scripts/bench/daemon_bench.py --binary .build/release/articlewatch \
  --floor "$OUT/disk_floor" --corpora "$OUT/corpora" --work "$OUT/work" --phase-times "$OUT/phases.jsonl" > "$OUT/daemon.json"
rm -rf "$OUT/work"
fi

if part micro && [ "${BENCH_MICRO:-1}" = 1 ]; then
  step "package-benchmark micro-benchmarks (Benchmarks/)"
  timed "micro-benchmarks (build and run)" bash -c 'cd Benchmarks && ARTICLEWATCH_BENCH_CORPORA="$PWD/../$1/corpora" \
    swift package --allow-writing-to-package-directory benchmark --format markdown --no-progress' _ "$OUT" > "$OUT/micro.md"
fi

rm -f "$OUT/disk_floor"
step "report"
python3 scripts/bench/report.py "$OUT" > /dev/null
step "done: $OUT/latest.md"
cat "$OUT/latest.md"
