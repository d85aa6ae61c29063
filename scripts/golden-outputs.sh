#!/usr/bin/env bash
# Writes every analysis line for the four reference corpora (the seeds, the 500 edited text copies, the
# 181 benchmark pages and the NYT snippets) with the fields that change from run to run removed, so that
# two builds can be compared byte for byte: a refactor of the analysis core must leave these files identical
# except where a commit says which bug it fixes.
# usage: scripts/golden-outputs.sh ARTICLEWATCH_BINARY OUT_DIR [SHARED_DIR]
set -euo pipefail
binary=$1 out=$2 shared=${3:-$(cd "$(dirname "$0")/.." && (cd ../shared 2>/dev/null && pwd) || echo /work/shared)}
corpora=${GOLDEN_CORPORA:-/tmp/articlewatch-golden-corpora}
if [ ! -d "$corpora/text" ]; then
    python3 "$(dirname "$0")/bench/make_corpora.py" "$shared/data" "$shared/seeds" "$corpora" >/dev/null
fi
mkdir -p "$out"
# The delivery, timestamps and duration differ per run; the id and file name depend on the path given.
volatile='del(.delivery, .receivedAt, .analyzedAt, .durationMs)'
run() {  # name, files...
    local name=$1; shift
    printf '%s\n' "$@" | xargs -d '\n' "$binary" analyze --workers 1 2>/dev/null | jq -c "$volatile" >"$out/$name.jsonl"
    echo "$name: $(wc -l <"$out/$name.jsonl") lines"
}
run seeds "$shared"/seeds/*
run text $(ls "$corpora"/text/* | sort)
run html $(ls "$corpora"/html/* | sort)
run short $(ls "$corpora"/short/* | sort)
