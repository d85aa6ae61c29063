#!/usr/bin/env bash
# phase.sh NAME COMMAND…: runs COMMAND and appends its wall time to bench-results/phases.jsonl, so the report
# can say which part of `make bench` costs what (issue 7: the suite must run in under 20 minutes).
name=$1
shift
out=${BENCH_OUT:-bench-results}
mkdir -p "$out"
start=$EPOCHREALTIME
"$@"
status=$?
printf '{"phase": "%s", "seconds": %s, "status": %d}\n' "$name" "$(awk "BEGIN { printf \"%.1f\", $EPOCHREALTIME - $start }")" \
  "$status" >> "$out/phases.jsonl"
exit $status
