#!/usr/bin/env bash
# Runs inside the throwaway container booted by scripts/test-systemd.sh (systemd 252 is PID 1).
# /opt/payload holds the static binaries and deploy/; results go to /opt/logs. Exit status = failures.
set -uo pipefail
payload=/opt/payload
logs=/opt/logs
unit=articlewatch.service
failures=0
pass() { echo "  ok   $*"; }
fail() { echo "  FAIL $*"; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }
prop() { systemctl show -P "$1" "$unit"; }
# Polls CMD every 0.2 s for up to SECONDS: the service's own pace decides, not a fixed sleep.
wait_for() { local seconds=$1; shift; local i; for i in $(seq $((seconds * 5))); do "$@" && return 0; sleep 0.2; done; return 1; }

# --- install as a package would: users, spool, config, unit (as shipped) -------------------------------
systemd-sysusers "$payload/articlewatch.sysusers"
systemd-tmpfiles --create "$payload/articlewatch.tmpfiles"
mkdir -p /etc/articlewatch /etc/systemd/system
sed -e 's/"settleMilliseconds": [0-9]*/"settleMilliseconds": 100/' -e 's/"rescanSeconds": [0-9]*/"rescanSeconds": 2/' \
    "$payload/config.production.json" >/etc/articlewatch/config.json
cp "$payload/articlewatch.service" /etc/systemd/system/$unit
useradd --system --no-create-home --groups articlewatch-producers producer

# The drop-in changes only where the binary is and how soon the watchdog fires.
use_execstart() {
    mkdir -p /etc/systemd/system/$unit.d
    printf '[Service]\nExecStart=\nExecStart=%s\nWatchdogSec=4s\n' "$1" >/etc/systemd/system/$unit.d/test.conf
    systemctl daemon-reload
}

# Start, status, reload, watchdog, stop: the same checks for the stand-in and the real daemon.
lifecycle() {
    local name=$1 wedge_on=$2 wedge_off=$3
    echo "== $name: $(systemctl cat $unit | grep '^ExecStart=/' | tail -1)"
    systemctl reset-failed $unit 2>/dev/null
    local since; since=$(date +%s)
    check "$name: systemctl start returns (READY=1 received)" timeout 60 systemctl start $unit
    check "$name: ActiveState=active SubState=running" test "$(prop ActiveState)/$(prop SubState)" = active/running
    local status_text; status_text=$(prop StatusText)
    check "$name: STATUS shown in systemctl status ($status_text)" test -n "$status_text"
    check "$name: runs as articlewatch with the producers group" \
        bash -c "ps -o user=,supgrp= -p $(prop MainPID) | grep -q 'articlewatch.*articlewatch-producers'"
    check "$name: --log auto chose the native journal (MESSAGE_ID present, no stderr copy)" bash -c \
        "journalctl -u $unit --since=@$since -o json | jq -e -s 'any(.[]; .MESSAGE_ID == \"d1b3e3534206427dbfc6482fee66a419\" and ._TRANSPORT == \"journal\") and (all(.[]; ._TRANSPORT != \"stdout\"))' >/dev/null"
    local pid; pid=$(prop MainPID)
    check "$name: systemctl reload succeeds" timeout 30 systemctl reload $unit
    check "$name: reload logged configuration reloaded (MESSAGE_ID)" wait_for 10 bash -c \
        "journalctl -u $unit --since=@$since MESSAGE_ID=0831d5ae93564fc7bebf239d57c7c41f -o cat | grep -q ."
    check "$name: active after reload, same PID" test "$(prop ActiveState)/$(prop MainPID)" = "active/$pid"
    # Two watchdog periods (WatchdogSec=4s) with no restart: the pings arrive.
    sleep 9
    check "$name: alive after 2 x WatchdogSec (pings arrive), same PID, no restart" \
        test "$(prop ActiveState)/$(prop MainPID)/$(prop NRestarts)" = "active/$pid/0"
    if [ -n "$wedge_on" ]; then
        local restarts; restarts=$(prop NRestarts)
        eval "$wedge_on"
        check "$name: wedged pipeline killed by the watchdog" wait_for 20 bash -c \
            "journalctl -u $unit --since=@$since -o cat | grep -q 'Watchdog timeout'"
        check "$name: restarted after the watchdog (Restart=on-failure)" wait_for 20 bash -c \
            "[ \$(systemctl show -P NRestarts $unit) -gt $restarts ] && [ \$(systemctl show -P ActiveState $unit) = active ]"
        eval "$wedge_off"
        systemctl restart $unit
    fi
    check "$name: systemctl stop returns" timeout 60 systemctl stop $unit
    check "$name: stopped cleanly (Result=success, exit 0)" test "$(prop Result)/$(prop ExecMainStatus)" = success/0
    check "$name: stopping logged (MESSAGE_ID)" bash -c \
        "journalctl -u $unit --since=@$since MESSAGE_ID=5c9941fe7e13400d8cfc18768e7b4ad8 -o cat | grep -q ."
}

# --- 1. the stand-in built only from the Systemd module -----------------------------------------------
use_execstart "$payload/articlewatch-eval systemd-probe notify --wedge-file /run/articlewatch-wedge"
lifecycle probe "touch /run/articlewatch-wedge" "rm -f /run/articlewatch-wedge"

# --- 2. the real daemon, when this build has one -------------------------------------------------------
if "$payload/articlewatch" run --help 2>&1 | grep -q -- --config; then
    use_execstart "$payload/articlewatch run --config /etc/articlewatch/config.json --log auto"
    # How to wedge the real pipeline: ARTICLEWATCH_WEDGE_ON / _OFF (shell commands run in the container).
    # The stand-in freezes the whole process (SIGSTOP): it checks the unit's watchdog against the real
    # binary, not the daemon's own liveness test, which the probe above and the daemon's tests cover.
    wedge_on=${ARTICLEWATCH_WEDGE_ON:-'kill -STOP $(systemctl show -P MainPID articlewatch.service)'}
    wedge_off=${ARTICLEWATCH_WEDGE_OFF:-}
    lifecycle daemon "$wedge_on" "$wedge_off"
    echo "== daemon: a dropped article"
    systemctl start $unit
    # As a member of articlewatch-producers (setpriv: no PAM, which the volatile container has no /etc for).
    check "daemon: a producer can drop a file (tmp/ then rename into inbox/)" \
        setpriv --reuid=producer --regid=articlewatch-producers --init-groups sh -c \
        "umask 027 && cp $payload/article.txt /srv/articlewatch/tmp/x.txt && mv /srv/articlewatch/tmp/x.txt /srv/articlewatch/inbox/x.txt"
    check "daemon: a result line appears in /var/log/articlewatch/results.jsonl" wait_for 30 bash -c \
        "test -s /var/log/articlewatch/results.jsonl"
    check "daemon: the input left the inbox" wait_for 10 bash -c "! test -e /srv/articlewatch/inbox/x.txt"
    check "daemon: journalctl -u articlewatch ARTICLE_FILE=x.txt finds the article's entry" wait_for 10 bash -c \
        "journalctl -u $unit ARTICLE_FILE=x.txt -o cat | grep -q ."
    wait_for 5 bash -c "systemctl show -P StatusText $unit | grep -q ' 1 analysed'"
    check "daemon: STATUS counts the article ($(prop StatusText))" bash -c \
        "systemctl show -P StatusText $unit | grep -q ' 1 analysed'"
    systemctl status --no-pager $unit >"$logs/daemon-status.txt" 2>&1
    echo "== daemon: a bad configuration on reload"
    cp /etc/articlewatch/config.json /etc/articlewatch/config.json.good
    echo '{"spool": 42' >/etc/articlewatch/config.json
    pid=$(prop MainPID)
    check "daemon: reload with a broken config.json returns" timeout 30 systemctl reload $unit
    check "daemon: configuration rejected logged (MESSAGE_ID)" wait_for 10 bash -c \
        "journalctl -u $unit MESSAGE_ID=1ac3064c9e974042b23bacec8ff000a9 -o cat | grep -q ."
    check "daemon: still active on the old configuration, same PID" test "$(prop ActiveState)/$(prop MainPID)" = "active/$pid"
    mv /etc/articlewatch/config.json.good /etc/articlewatch/config.json
    check "daemon: stop after work is clean" bash -c "systemctl stop $unit && [ \$(systemctl show -P Result $unit) = success ]"
    cp /var/log/articlewatch/results.jsonl "$logs/results.jsonl" 2>/dev/null
else
    echo "== daemon: skipped ($payload/articlewatch has no 'run' subcommand yet)"
fi

journalctl -u $unit -o short-monotonic --no-pager >"$logs/journal.txt" 2>&1
journalctl -u $unit -o json --no-pager >"$logs/journal.json" 2>&1
echo "== $failures failure(s)"
exit "$failures"
