#!/usr/bin/env bash
# Builds the libFuzzer target over the analysis entry point and runs it for FUZZ_SECONDS (default 300).
# FUZZ_TOKEN_LAYER_ONLY=1 fuzzes only the token and table layer (Text/: TokenTable, Vocabulary, KeyedTable,
# the interners, and the unsafe byte accessors with the span readers on them: SpanAccessCheck), far more
# inputs a second than the whole pipeline.
# The fuzzer is its own package (Fuzz/) that depends on this one by path, built with
# -sanitize=fuzzer,address, so `swift build --build-tests` of the main package never compiles it.
# Findings (crash-*, timeout-*, leak-*, oom-*) land in .build/fuzz/findings; turn each into a file
# under Tests/ArticleAnalysisTests/FuzzReproducers/ once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
FUZZ_SECONDS=${FUZZ_SECONDS:-300}
FUZZ_JOBS=${FUZZ_JOBS:-1}
out=.build/fuzz
mkdir -p "$out/corpus" "$out/findings"
"$SWIFT" build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
    -Xswiftc -g --product AnalysisFuzzer
cp Fuzz/.build/release/AnalysisFuzzer "$out/analysis-fuzzer"
# Seeds: the committed corpus, the fuzz reproducers, and the five real articles (cut to 16 KiB).
cp -n Fuzz/corpus/* "$out/corpus/" 2>/dev/null || true
cp -n Tests/ArticleAnalysisTests/FuzzReproducers/* "$out/corpus/" 2>/dev/null || true
for seed in seeds/*.txt; do head -c 16384 "$seed" > "$out/corpus/seed-$(basename "$seed")"; done
parallel=()
# With more than one job libFuzzer writes fuzz-N.log into the working directory: keep those in $out.
if [ "$FUZZ_JOBS" -gt 1 ]; then parallel=(-jobs="$FUZZ_JOBS" -workers="$FUZZ_JOBS"); cd "$out"; out=.; fi
echo "fuzzing for ${FUZZ_SECONDS}s"
"$out/analysis-fuzzer" "$out/corpus" -max_total_time="$FUZZ_SECONDS" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 "${parallel[@]}" -artifact_prefix="$out/findings/" "$@"
