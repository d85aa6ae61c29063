#!/usr/bin/env bash
# Runs CMD next to a private systemd-journald and writes what it logged as `journalctl -o json` lines.
# Usage (as root): scripts/journald-probe.sh OUT_DIR CMD [ARGS…]
#   OUT_DIR/stdout      CMD's standard output
#   OUT_DIR/entries.json every journal entry, one JSON object a line
#   OUT_DIR/journald.log journald's own output
# Everything happens in a private mount namespace with a tmpfs /run and OUT_DIR/journal bound over
# /var/log/journal, so the host's journal, sockets and files are untouched. CMD sees $JOURNALD_PID
# (e.g. to SIGSTOP journald and check that logging still never blocks). Used by SystemdTests.
set -euo pipefail
if [ "${ARTICLEWATCH_IN_PRIVATE_NS:-}" != 1 ]; then
    exec unshare --mount --propagation private env ARTICLEWATCH_IN_PRIVATE_NS=1 "$0" "$@"
fi
out=$(realpath "$1"); shift
mkdir -p "$out/journal"
mount -n -t tmpfs -o mode=0755 tmpfs /run
mkdir -p /var/log/journal
mount -n --bind "$out/journal" /var/log/journal
/lib/systemd/systemd-journald >"$out/journald.log" 2>&1 &
JOURNALD_PID=$!
export JOURNALD_PID
for _ in $(seq 100); do [ -S /run/systemd/journal/socket ] && break; sleep 0.05; done
[ -S /run/systemd/journal/socket ] || { echo "journald did not create its socket" >&2; exit 1; }
status=0
"$@" >"$out/stdout" || status=$?
kill -CONT "$JOURNALD_PID" 2>/dev/null || true
journalctl --sync
journalctl --no-pager -o json >"$out/entries.json"
kill -TERM "$JOURNALD_PID"
wait "$JOURNALD_PID" || true
exit "$status"
