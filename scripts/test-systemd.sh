#!/usr/bin/env bash
# `make test-systemd`: deploy/articlewatch.service under a real systemd as PID 1.
#
# Boots the host's /usr as a throwaway container (systemd-nspawn --volatile=yes --boot: the root is a tmpfs,
# /usr is the host's, read-only) inside a private mount namespace with a tmpfs /run, so nothing touches the
# host. In it: systemd-sysusers and systemd-tmpfiles apply deploy/, the unit is installed as shipped with a
# drop-in that only changes ExecStart (to the payload) and WatchdogSec (4 s, to keep the run short), and
# scripts/systemd-inside.sh checks start via READY, STATUS, reload, a dropped article's result line, the
# journal fields, a missed watchdog being killed and restarted, and a clean stop.
#
# Two daemons are checked with the same unit:
#   probe   `articlewatch-eval systemd-probe notify`: a stand-in built only from the Systemd module
#           (READY/STATUS/WATCHDOG/RELOADING/STOPPING); it stops pinging while a wedge file exists.
#   daemon  the real `articlewatch run` (when the build has a `run` subcommand).
# Binaries are built with --static-swift-stdlib into .build-static so they run in the container.
# TEST_SYSTEMD_SKIP_BUILD=1 reuses the last build. Needs root and systemd-container (scripts/install-deps.sh --with-systemd-container installs it).
# Not part of `make test`: it needs root, a kernel that allows nspawn, and ~1 minute.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=.build-static
logs=${TEST_SYSTEMD_LOGS:-$root/.build-static/test-systemd-logs}

if [ "${ARTICLEWATCH_IN_PRIVATE_NS:-}" != 1 ]; then
    [ "$(id -u)" -eq 0 ] || { echo "test-systemd: needs root (systemd-nspawn)"; exit 1; }
    command -v systemd-nspawn >/dev/null || { echo "test-systemd: needs systemd-nspawn (package systemd-container)"; exit 1; }
    if [ "${TEST_SYSTEMD_SKIP_BUILD:-}" != 1 ]; then
        echo "== building static binaries (release, --static-swift-stdlib) into $build"
        swift build -c release --static-swift-stdlib --build-path "$build" --product articlewatch-eval
        swift build -c release --static-swift-stdlib --build-path "$build" --product articlewatch
    fi
    payload=$(mktemp -d /tmp/articlewatch-nspawn.XXXXXX)
    chmod 0755 "$payload"   # the service user must reach the binaries
    trap 'rm -rf "$payload"' EXIT
    cp "$build/release/articlewatch-eval" "$build/release/articlewatch" "$payload/"
    cp deploy/articlewatch.service deploy/articlewatch.sysusers deploy/articlewatch.tmpfiles \
        deploy/articlewatch.catalog deploy/config.production.json scripts/systemd-inside.sh "$payload/"
    cp seeds/000_*.txt "$payload/article.txt" 2>/dev/null || printf 'Test headline\n\nThe council met on Monday.\n' >"$payload/article.txt"
    rm -rf "$logs"; mkdir -p "$logs"
    status=0
    unshare --mount --propagation private env ARTICLEWATCH_IN_PRIVATE_NS=1 "$0" "$payload" "$logs" || status=$?
    echo "== logs in $logs"
    [ "$status" -eq 0 ] && echo "test-systemd: PASS" || echo "test-systemd: FAIL ($status)"
    exit "$status"
fi

# In the private mount namespace: nspawn's bookkeeping under /run stays here.
payload=$1 logs=$2
mount -n -t tmpfs -o mode=0755 tmpfs /run
timeout 300 systemd-nspawn --directory=/ --volatile=yes --boot --register=no --keep-unit --console=pipe \
    --machine=articlewatch-test --bind-ro="$payload":/opt/payload --bind="$logs":/opt/logs >"$logs/boot.log" 2>&1 &
nspawn_parent=$!
leader=
for _ in $(seq 120); do
    nspawn=$(pgrep -P "$nspawn_parent" -x systemd-nspawn || true)
    [ -n "$nspawn" ] && leader=$(pgrep -P "$nspawn" | head -1 || true)
    if [ -n "$leader" ]; then
        state=$(nsenter -t "$leader" -a systemctl is-system-running 2>/dev/null || true)
        case "$state" in running|degraded) break ;; esac
    fi
    sleep 0.5
done
[ -n "$leader" ] || { echo "container did not boot; see $logs/boot.log"; cat "$logs/boot.log"; exit 1; }
echo "== container up (leader pid $leader, state ${state:-unknown})"
status=0
nsenter -t "$leader" -a /opt/payload/systemd-inside.sh || status=$?
nsenter -t "$leader" -a systemctl poweroff >/dev/null 2>&1 || kill -TERM "$nspawn" 2>/dev/null || true
wait "$nspawn_parent" || true
exit "$status"
