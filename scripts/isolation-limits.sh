#!/usr/bin/env bash
# Checks the resource limits of recovery's isolated analysis (IsolationLimits.forArticle) on the
# pathological inputs of `make bounds` at maxFileBytes (10 MiB by default): each kind must finish inside
# its limits in the release build, and the CPU time and peak memory used are printed beside the limits.
# Usage: scripts/isolation-limits.sh [MB]   (needs `swift build -c release` of articlewatch and articlewatch-eval)
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-10}
bin=.build/release
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'kind\tMB\tcpu_s\tlimit_cpu_s\tmaxRSS_MB\tlimit_data_MB\toutcome\n'
for kind in $("$bin/articlewatch-eval" bounds --kinds); do
    "$bin/articlewatch-eval" bounds --write "$kind" "$megabytes" "$work/input"
    bytes=$(stat -c %s "$work/input")
    # The limits the daemon would set for this size (IsolationLimits.forArticle, printed by the child mode).
    read -r cpu data < <("$bin/articlewatch" analyze-isolated --print-limits "$bytes")
    # The child checks that its parent is the one named; a shell that execs into it keeps the pid.
    /usr/bin/time -f '%U %S %M' -o "$work/time" bash -c 'exec "$0" analyze-isolated --name "$1" --received-at 0 --parent $PPID \
        --cpu-seconds "$2" --memory-bytes "$3" < "$4" > "$5"' "$bin/articlewatch" "$kind" "$cpu" "$data" "$work/input" "$work/out" \
        && outcome="record $(head -c 60 "$work/out" | cut -d, -f1 | cut -d: -f2)" || outcome="FAILED (exit $?)"
    read -r user system rss < <(tail -1 "$work/time")
    awk -v k="$kind" -v mb="$megabytes" -v u="$user" -v s="$system" -v c="$cpu" -v r="$rss" -v d="$data" -v o="$outcome" \
        'BEGIN { printf "%s\t%s\t%.2f\t%s\t%.0f\t%.0f\t%s\n", k, mb, u + s, c, r / 1024, d / 1048576, o }'
done
