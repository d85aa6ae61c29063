#!/usr/bin/env bash
# pgbench over the shared queue's claim + commit (scripts/bench/queue-pgbench.sql) on a throwaway
# PostgreSQL 15 cluster (Unix socket in a temporary directory, as the tests start it), at 2 and 8 clients.
# Usage: scripts/bench/queue-pgbench.sh [SECONDS]   (needs .build/debug/articlewatch for the schema)
set -euo pipefail
seconds=${1:-10}
bin=/usr/lib/postgresql/15/bin
here=$(cd "$(dirname "$0")" && pwd)
articlewatch=${ARTICLEWATCH:-$here/../../.build/debug/articlewatch}
dir=$(mktemp -d /tmp/articlewatch-pgbench.XXXXXX)
as_server() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
cleanup() { as_server "$bin/pg_ctl" -D "$dir/data" -s -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
as_server "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync >/dev/null
as_server "$bin/pg_ctl" -D "$dir/data" -w -s -l "$dir/server.log" -o "-k $dir -c listen_addresses= -c shared_buffers=128MB" start
psql -h "$dir" -U postgres -qc 'CREATE DATABASE bench'
printf '{"queue": {"engine": "postgres", "url": "host=%s user=postgres dbname=bench"}}\n' "$dir" > "$dir/config.json"
"$articlewatch" migrate --config "$dir/config.json"
jobs=$(( seconds * 3000 ))
psql -h "$dir" -U postgres -d bench -qc "INSERT INTO aw_jobs (host, delivery, name, bytes, received_at)
    SELECT 'bench', 'j' || n, 'x.txt', '\\x00', 0 FROM generate_series(1, $jobs) AS n"
for clients in 2 8; do
    psql -h "$dir" -U postgres -d bench -qc "VACUUM ANALYZE aw_jobs"
    printf 'clients %s: ' "$clients"
    "$bin/pgbench" -h "$dir" -U postgres -n -M prepared -c "$clients" -j "$clients" -T "$seconds" -f "$here/queue-pgbench.sql" bench \
        | grep -E '^tps' | sed 's/ (without initial connection time)//'
done
