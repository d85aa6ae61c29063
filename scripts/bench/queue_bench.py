#!/usr/bin/env python3
"""The shared queue's benchmark (issue 16), on a throwaway PostgreSQL 15 cluster in a temporary directory
(initdb, a Unix socket, no TCP; fsync and synchronous_commit on, as a production server has them).

floor    The daemon in postgres mode with the analysis stages disabled beside pgbench running the same
         statements at the same concurrency (scripts/bench/queue-pgbench.sql): `workers` = pgbench
         clients. The daemon keeps the four stages its line needs for the database's work (decode,
         media-type, extract: the record and its clean text; fingerprint: the near-duplicate bands) and
         disables the twelve analysis stages (analysis.disabledStages). Both start from the same database
         (a template: schema from `articlewatch migrate`, JOBS queued jobs of ~7 KB distinct text).
         Daemon: lines appended to its local results log in a window of SECONDS after a 1 s warm-up
         following READY (claim, commit, export: the whole path). pgbench: -M prepared, -T SECONDS, with a
         results line of the daemon's own length and text.
scaling  Full analysis: one daemon (1 worker) against two daemons on this machine (1 worker each) sharing
         one database, FILES edited seed copies queued beforehand; files/s from both READY to the last line.
Runs alternate (pgbench, daemon, pgbench, …; one daemon, two daemons, …) and each is repeated; the JSON
has every run, the medians and the ratios within the run, the load average and CPU per file (daemon
processes and the cluster's server processes, from /proc).

usage: queue_bench.py --binary .build/release/articlewatch [--phases floor,scaling] [--clients 2]
                      [--seconds 5] [--repeats 3] [--files 4000] [--seeds seeds] [--daemons one,two]
                      [--statements] > result.json
"""
import argparse
import json
import os
import pathlib
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from make_corpora import edited_copy  # noqa: E402

PG_BIN = "/usr/lib/postgresql/15/bin"
ANALYSIS_STAGES = ["segment", "language", "readability", "entities", "themes", "tone", "dyads", "quotes",
                   "amounts", "dates", "keyphrases", "summary"]
TICKS = os.sysconf("SC_CLK_TCK")


def log(message):
    print(f"[queue-bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def as_server(command):
    return (["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []) + command


class Cluster:
    """initdb + pg_ctl in a temporary directory; removed at the end whatever happens."""

    def __init__(self, priority, statements=False):
        self.statements = statements
        self.dir = pathlib.Path(tempfile.mkdtemp(prefix="articlewatch-queue-bench."))
        if os.getuid() == 0:
            shutil.chown(self.dir, "postgres")
        subprocess.run(as_server([f"{PG_BIN}/initdb", "-D", f"{self.dir}/data", "-U", "postgres", "--auth=trust",
                                  "-E", "UTF8", "--locale=C.UTF-8"]), check=True, stdout=subprocess.DEVNULL)
        subprocess.run(priority + as_server([f"{PG_BIN}/pg_ctl", "-D", f"{self.dir}/data", "-w", "-s", "-l", f"{self.dir}/server.log",
                                  "-o", f"-k {self.dir} -c listen_addresses= -c shared_buffers=128MB -c max_connections=100"
                                  + (" -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all"
                                     if statements else "")
                                  # Extra server settings to try (e.g. "-c commit_delay=200 -c commit_siblings=1").
                                  + (" " + os.environ["QUEUE_BENCH_SERVER_OPTIONS"]
                                     if os.environ.get("QUEUE_BENCH_SERVER_OPTIONS") else ""),
                                  "start"]), check=True)
        self.postmaster = int((self.dir / "data" / "postmaster.pid").read_text().split()[0])
        if statements:
            self.psql("postgres", "CREATE EXTENSION pg_stat_statements")

    def reset_statements(self):
        if self.statements:
            self.psql("postgres", "SELECT pg_stat_statements_reset()")

    def top_statements(self, lines, limit=25):
        """The server's statements (nested ones too: foreign-key checks, CTEs) by execution time per line."""
        if not self.statements:
            return None
        rows = self.psql("postgres", f"""SELECT round((total_exec_time / {lines})::numeric, 4), round(calls::numeric / {lines}, 2),
            regexp_replace(left(query, 110), '\\s+', ' ', 'g') FROM pg_stat_statements
            ORDER BY total_exec_time DESC LIMIT {limit}""", "-F", "\t")
        return [dict(zip(("exec_ms_per_line", "calls_per_line", "query"), r.split("\t"))) for r in rows.splitlines()]

    def url(self, database):
        return f"host={self.dir} user=postgres dbname={database}"

    def psql(self, database, sql, *extra):
        return subprocess.run(["psql", "-h", str(self.dir), "-U", "postgres", "-d", database, "-qAtX", "-v", "ON_ERROR_STOP=1",
                               *extra, "-c", sql], check=True, capture_output=True, text=True).stdout.strip()

    def fresh(self, name, template):
        self.psql("postgres", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        # FILE_COPY: the template's files copied at a checkpoint, not its 100+ MB written through the WAL.
        self.psql("postgres", f"CREATE DATABASE {name} TEMPLATE {template} STRATEGY FILE_COPY")
        self.psql(name, "CHECKPOINT")

    def cpu_seconds(self):
        """User + system time of the postmaster, of the server processes it has reaped (its children's
        times: pgbench's backends are gone before the run is read) and of those alive now."""
        total = process_cpu(self.postmaster, reaped=True)
        for pid in children(self.postmaster):
            total += process_cpu(pid)
        return total

    def stop(self):
        subprocess.run(as_server([f"{PG_BIN}/pg_ctl", "-D", f"{self.dir}/data", "-s", "-m", "immediate", "stop"]),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(self.dir, ignore_errors=True)


def children(parent):
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = pathlib.Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == parent:
                found.append(int(entry))
    return found


def process_cpu(pid, reaped=False):
    try:
        fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return sum(int(f) for f in fields[11:15 if reaped else 13]) / TICKS


class Daemon:
    """One articlewatch in postgres mode on its own spool and logs."""

    def __init__(self, binary, root: pathlib.Path, url, host, priority, **config):
        self.binary, self.root, self.priority = binary, root, priority
        shutil.rmtree(root, ignore_errors=True)
        (root / "log").mkdir(parents=True)
        settings = {"spool": "spool", "results": "log/results.jsonl", "failures": "log/failures.jsonl",
                    "rotateBytes": 0, "queue": {"engine": "postgres", "url": url, "host": host}}
        settings.update(config)
        (root / "config.json").write_text(json.dumps(settings, indent=1))
        self.results = root / "log" / "results.jsonl"
        self.failures = root / "log" / "failures.jsonl"
        self.process = None
        self.lines = 0
        self.offsets = {self.results: 0, self.failures: 0}

    def start(self):
        notify_path = self.root / "notify.sock"
        notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        notify.bind(str(notify_path))
        self.ready = threading.Event()
        env = dict(os.environ, NOTIFY_SOCKET=str(notify_path))
        self.stderr = open(self.root / "stderr.log", "wb")
        self.process = subprocess.Popen(self.priority + [self.binary, "run", "--config", str(self.root / "config.json"), "--log", "console",
                                         "--log-level", "notice"], env=env, stdout=subprocess.DEVNULL, stderr=self.stderr)

        def read_notify():
            while not self.ready.is_set():
                try:
                    data = notify.recv(4096)
                except OSError:
                    return
                if b"READY=1" in data:
                    self.ready_at = time.monotonic()
                    self.ready.set()
            notify.close()
        threading.Thread(target=read_notify, daemon=True).start()

    def wait_ready(self, timeout=60):
        if not self.ready.wait(timeout):
            raise RuntimeError(f"no READY from {self.root}: {(self.root / 'stderr.log').read_text()[-2000:]}")

    def count_lines(self):
        """Lines appended to the results and failures logs so far (reads only what is new)."""
        for path in (self.results, self.failures):
            try:
                with open(path, "rb") as log_file:
                    log_file.seek(self.offsets[path])
                    data = log_file.read()
            except FileNotFoundError:
                continue
            complete = data.rfind(b"\n") + 1
            self.lines += data.count(b"\n", 0, complete)
            self.offsets[path] += complete
        return self.lines

    def cpu_seconds(self):
        return process_cpu(self.process.pid)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.stderr.close()


def migrate(args, cluster, database):
    config = pathlib.Path(cluster.dir) / f"migrate-{database}.json"
    config.write_text(json.dumps({"queue": {"engine": "postgres", "url": cluster.url(database)}}))
    subprocess.run([args.binary, "migrate", "--config", str(config)], check=True, stdout=subprocess.DEVNULL)


def vocabulary(seeds):
    words = set()
    for path in sorted(pathlib.Path(seeds).glob("*.txt")):
        words.update(w for w in path.read_text(encoding="utf-8").split() if w.isalpha())
    return sorted(words)


def floor_template(args, cluster):
    """Schema and JOBS queued jobs, each ~7 KB of words drawn by a hash of (job, position): distinct
    articles, so every commit takes the band path and finds (almost) no candidates, as pgbench's do."""
    cluster.psql("postgres", "CREATE DATABASE floor_template")
    migrate(args, cluster, "floor_template")
    words = vocabulary(args.seeds)
    rng = random.Random(16)
    started = time.monotonic()
    copy_path = pathlib.Path(cluster.dir) / "floor.copy"
    with open(copy_path, "w") as out:
        for n in range(args.jobs):
            paragraphs = [" ".join(rng.choices(words, k=90)) + "." for _ in range(11)]
            text = "\\n\\n".join(paragraphs)  # COPY's text format: a newline is backslash-n
            out.write(f"feeder\tf{n}\tfloor{n}.txt\t{text}\t{1700000000 + n}\n")
    cluster.psql("floor_template", "CREATE TABLE floor_copy (host text, delivery text, name text, body text, received_at float8)")
    cluster.psql("floor_template", f"\\copy floor_copy FROM '{copy_path}'")
    cluster.psql("floor_template", """INSERT INTO aw_jobs (host, delivery, name, bytes, received_at)
        SELECT host, delivery, name, convert_to(body, 'UTF8'), received_at FROM floor_copy ORDER BY received_at;
        DROP TABLE floor_copy""")
    copy_path.unlink()
    cluster.psql("floor_template", "VACUUM ANALYZE")
    size = cluster.psql("floor_template", "SELECT avg(length(bytes))::int FROM aw_jobs")
    log(f"floor template: {args.jobs} jobs of {size} bytes on average in {time.monotonic() - started:.1f} s")
    return int(size)


def scaling_template(args, cluster):
    """Schema and FILES edited seed copies queued (make_corpora.py's edits, each copy its own SHA-256)."""
    cluster.psql("postgres", "CREATE DATABASE scaling_template")
    migrate(args, cluster, "scaling_template")
    seeds = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(args.seeds).glob("*.txt"))]
    copy_path = pathlib.Path(cluster.dir) / "scaling.copy"
    with open(copy_path, "w") as out:
        for i in range(args.files):
            data = edited_copy(seeds[i % len(seeds)], i).encode()
            out.write(f"feeder\ts{i}\tcopy{i:05d}.txt\t\\\\x{data.hex()}\t{1700000000 + i}\n")
    cluster.psql("scaling_template", f"\\copy aw_jobs (host, delivery, name, bytes, received_at) FROM '{copy_path}'")
    copy_path.unlink()
    cluster.psql("scaling_template", "VACUUM ANALYZE")


def load_average():
    return " ".join(pathlib.Path("/proc/loadavg").read_text().split()[:3])


def machine_busy_seconds():
    """CPU time every process on the machine used so far (user, nice, system, irq, softirq, steal)."""
    fields = [int(f) for f in pathlib.Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    return sum(fields[i] for i in (0, 1, 2, 5, 6, 7)) / TICKS


def harness_seconds():
    """This harness's own CPU time (all its threads): it polls the logs while the daemons run."""
    usage = os.times()
    return usage.user + usage.system


def daemon_window(args, cluster, database, daemons, window):
    """Starts the daemons; lines per second over `window` seconds after 1 s past the last READY
    (window None: until every queued job's line is in a log). Also CPU per line, daemons and server."""
    for daemon in daemons:
        daemon.start()
    tracer = None
    try:
        for daemon in daemons:
            daemon.wait_ready()
        time.sleep(1 if window else 0)
        first = sum(d.count_lines() for d in daemons)
        started = time.monotonic()
        cluster.reset_statements()
        cpu_daemons, cpu_server = sum(d.cpu_seconds() for d in daemons), cluster.cpu_seconds()
        cpu_machine, cpu_harness = machine_busy_seconds(), harness_seconds()
        tracer = start_tracer(args, len(daemons))
        # One statement, one snapshot: a job committed between two counts would be counted twice.
        total = None if window else int(cluster.psql(
            database, "SELECT (SELECT count(*) FROM aw_jobs) + (SELECT count(*) FROM aw_results)"))
        # When each daemon's last line so far appeared, and the total then: with two daemons, the span in
        # which both were still writing lines (the other's last batch and its export are the tail).
        last_line = [(0.0, 0)] * len(daemons)
        counts = [d.count_lines() for d in daemons]
        while True:
            time.sleep(0.01)
            now = [d.count_lines() for d in daemons]
            lines = sum(now)
            elapsed = time.monotonic() - started
            last_line = [(elapsed, lines) if n != c else l for n, c, l in zip(now, counts, last_line)]
            counts = now
            if (window and elapsed >= window) or (total is not None and lines >= total) or elapsed > 600:
                break
        stop_tracer(tracer)
        tracer = None
        cpu_daemons = sum(d.cpu_seconds() for d in daemons) - cpu_daemons
        cpu_server = cluster.cpu_seconds() - cpu_server
        cpu_machine, cpu_harness = machine_busy_seconds() - cpu_machine, harness_seconds() - cpu_harness
        done = lines - first
    finally:
        stop_tracer(tracer)
        for daemon in daemons:
            daemon.stop()
    if done <= 0:
        raise RuntimeError(f"no lines: {(daemons[0].root / 'stderr.log').read_text()[-2000:]}")
    result = {"lines": done, "seconds": round(elapsed, 3), "per_second": round(done / elapsed, 1),
              "daemon_cpu_ms_per_line": round(1000 * cpu_daemons / done, 3),
              "server_cpu_ms_per_line": round(1000 * cpu_server / done, 3),
              # Cores the rest of the machine took meanwhile (other work, this harness, the kernel's own
              # threads): what the daemons and the server could not have. Two daemons on 2 cores can
              # run at most (2 - other) / (daemon + server CPU per line) lines per second.
              "bench_cores": round((cpu_daemons + cpu_server) / elapsed, 3),
              "other_cores": round((cpu_machine - cpu_daemons - cpu_server) / elapsed, 3),
              "harness_cores": round(cpu_harness / elapsed, 3)}
    if len(daemons) > 1 and window is None:
        # Up to the first daemon's last line every daemon was busy; after it, the others' tail (their last
        # claimed batch, the export poll) ran with a core to spare. The rate over the span both were busy
        # is the steady two-daemon rate the ratio means; `per_second` keeps the whole run, tail included.
        until, lines_then = min(last_line)
        if until > 0:
            result["both_busy_seconds"] = round(until, 3)
            result["both_busy_per_second"] = round((lines_then - first) / until, 1)
            result["tail_seconds"] = round(elapsed - until, 3)
    statements = cluster.top_statements(done)
    if statements:
        result["statements"] = statements
    return result


def start_tracer(args, daemons):
    """`--window-command`, started as the window opens (only for runs of `--window-daemons` daemons): a
    tracer or sampler (perf sched record, a /proc sampler) that sees the measured span and nothing else."""
    if not args.window_command or daemons not in args.window_daemons:
        return None
    args.window_runs += 1
    command = args.window_command.replace("{run}", str(args.window_runs)).replace("{daemons}", str(daemons))
    return subprocess.Popen(command, shell=True, start_new_session=True)


def stop_tracer(tracer):
    if tracer is None:
        return
    os.killpg(tracer.pid, signal.SIGINT)
    try:
        tracer.wait(30)
    except subprocess.TimeoutExpired:
        os.killpg(tracer.pid, signal.SIGKILL)
        tracer.wait()


def sample_line(daemon):
    with open(daemon.results, "rb") as log_file:
        return log_file.readline().decode().rstrip("\n")


def floor(args, cluster):
    floor_template(args, cluster)
    config = {"workers": None, "analysis": {"disabledStages": ANALYSIS_STAGES}}
    runs = {c: {"pgbench": [], "daemon": []} for c in args.clients}
    line = None
    # The daemon's workers commit a claim batch in one transaction: pgbench runs the same statements for
    # the same batch (queue_pgbench_batch.py); --pgbench-batch 1 runs queue-pgbench.sql, one job each.
    here = pathlib.Path(__file__).resolve().parent
    if args.pgbench_batch > 1:
        script = pathlib.Path(cluster.dir) / f"queue-pgbench-{args.pgbench_batch}.sql"
        script.write_text(subprocess.run([sys.executable, str(here / "queue_pgbench_batch.py"), str(args.pgbench_batch)],
                                         check=True, capture_output=True, text=True).stdout)
    else:
        script = here / "queue-pgbench.sql"
    for repeat in range(args.repeats):
        for clients in args.clients:
            # The first run is the daemon's: its first line is the one pgbench inserts.
            order = ["daemon", "pgbench"] if repeat % 2 == 0 else ["pgbench", "daemon"]
            for kind in order:
                cluster.fresh("floor", "floor_template")
                load = load_average()
                if kind == "daemon":
                    config["workers"] = clients
                    daemon = Daemon(args.binary, args.work / "floor", cluster.url("floor"), "bench", args.priority, **config)
                    result = daemon_window(args, cluster, "floor", [daemon], args.seconds)
                    line = line or sample_line(daemon)
                    rate = result["per_second"]
                else:
                    cpu = cluster.cpu_seconds()
                    out = subprocess.run(
                        args.priority + [f"{PG_BIN}/pgbench", "-h", str(cluster.dir), "-U", "postgres", "-n", "-M", "prepared",
                         "-c", str(clients), "-j", str(clients), "-T", str(args.seconds), "-f", str(script),
                         "-D", "host=bench", "-D", f"line={line}", "-D", f"sig={os.urandom(64).hex()}", "-D", "claim=1",
                         "floor"], capture_output=True, text=True)
                    if out.returncode != 0:
                        raise RuntimeError(f"pgbench failed: {out.stderr[-3000:]}")
                    out = out.stdout
                    tps = next(float(l.split()[2]) for l in out.splitlines() if l.startswith("tps"))
                    done = int(next(l.split()[-1].split("/")[0] for l in out.splitlines()
                                    if l.startswith("number of transactions actually processed")))
                    # One pgbench transaction is a batch of lines.
                    done, tps = done * args.pgbench_batch, tps * args.pgbench_batch
                    result = {"transactions": done // args.pgbench_batch, "lines": done, "per_second": round(tps, 1),
                              "server_cpu_ms_per_line": round(1000 * (cluster.cpu_seconds() - cpu) / max(done, 1), 3)}
                    rate = tps
                result["load"] = load
                runs[clients][kind].append(result)
                log(f"floor, {clients} clients/workers, {kind}: {rate:.1f}/s (load {load})")
    summary = {}
    for clients, kinds in runs.items():
        daemon = statistics.median(r["per_second"] for r in kinds["daemon"])
        bench = statistics.median(r["per_second"] for r in kinds["pgbench"]) if kinds["pgbench"] else None
        summary[clients] = {"daemon_median": daemon, "pgbench_median": bench,
                            "ratio": round(daemon / bench, 3) if bench else None,
                            "ratios_per_repeat": [round(d["per_second"] / p["per_second"], 3)
                                                  for d, p in zip(kinds["daemon"], kinds["pgbench"])]}
    return {"line_bytes": len(line.encode()) if line else None, "disabled_stages": ANALYSIS_STAGES,
            "runs": runs, "summary": summary}


def scaling(args, cluster):
    scaling_template(args, cluster)
    runs = {"one": [], "two": []}
    for repeat in range(args.repeats):
        for kind in (["one", "two"] if repeat % 2 == 0 else ["two", "one"]):
            if kind not in args.daemons:
                continue
            cluster.fresh("scaling", "scaling_template")
            load = load_average()
            hosts = ["h1"] if kind == "one" else ["h1", "h2"]
            daemons = [Daemon(args.binary, args.work / f"scaling-{h}", cluster.url("scaling"), h, args.priority, workers=1) for h in hosts]
            result = daemon_window(args, cluster, "scaling", daemons, None)
            result["load"] = load
            runs[kind].append(result)
            log(f"scaling, {kind} daemon(s), 1 worker each: {result['per_second']:.1f} files/s (load {load})")
    if not (runs["one"] and runs["two"]):
        return {"files": args.files, "runs": runs}
    one = statistics.median(r["per_second"] for r in runs["one"])
    two = statistics.median(r["per_second"] for r in runs["two"])
    summary = {"one_median": one, "two_median": two, "ratio": round(two / one, 3),
               "ratios_per_repeat": [round(t["per_second"] / o["per_second"], 3) for o, t in zip(runs["one"], runs["two"])]}
    busy = [r["both_busy_per_second"] for r in runs["two"] if "both_busy_per_second" in r]
    if busy:
        # The two daemons' rate while both were busy (without the tail after the first one's last line)
        # against one daemon's whole run.
        summary["two_both_busy_median"] = statistics.median(busy)
        summary["ratio_both_busy"] = round(statistics.median(busy) / one, 3)
        summary["tail_seconds_median"] = statistics.median(r["tail_seconds"] for r in runs["two"] if "tail_seconds" in r)
    return {"files": args.files, "runs": runs, "summary": summary}


def markdown(result):
    """The tables for docs/BENCHMARKS.md."""
    out = [f"Load average before {result['load_before']}, after {result['load_after']}; "
           f"{'real-time priority (chrt -r 10)' if result['realtime'] else 'normal priority'}; commit {result['commit']}.", ""]
    if "floor" in result:
        floor_result = result["floor"]
        out += [f"Analysis stages disabled ({len(floor_result['disabled_stages'])} of 16; the line {floor_result['line_bytes']} bytes), "
                "daemon vs pgbench, median of the repeats:", "",
                "| clients = workers | pgbench tps | daemon lines/s | daemon / pgbench | per repeat | server CPU ms/line pgbench / daemon | daemon CPU ms/line |",
                "|---:|---:|---:|---:|---|---:|---:|"]
        for clients, summary in floor_result["summary"].items():
            runs = floor_result["runs"][clients]
            server_bench = statistics.median(r["server_cpu_ms_per_line"] for r in runs["pgbench"])
            server_daemon = statistics.median(r["server_cpu_ms_per_line"] for r in runs["daemon"])
            daemon_cpu = statistics.median(r["daemon_cpu_ms_per_line"] for r in runs["daemon"])
            out.append(f"| {clients} | {summary['pgbench_median']:.0f} | {summary['daemon_median']:.0f} | "
                       f"**{100 * summary['ratio']:.0f} %** | {', '.join(f'{100 * r:.0f} %' for r in summary['ratios_per_repeat'])} | "
                       f"{server_bench:.2f} / {server_daemon:.2f} | {daemon_cpu:.2f} |")
        out.append("")
    if "summary" in result.get("scaling", {}):
        scaling_result = result["scaling"]
        summary = scaling_result["summary"]
        out += [f"Full analysis, {scaling_result['files']} edited seed copies queued, 1 worker per daemon, median of the repeats:", "",
                "| daemons | files/s | per repeat | daemon CPU ms/file | server CPU ms/file | cores used: daemons + server / rest of the machine |",
                "|---:|---:|---|---:|---:|---|"]
        for kind, label in (("one", 1), ("two", 2)):
            runs = scaling_result["runs"][kind]
            rates = ", ".join(f"{r['per_second']:.0f}" for r in runs)
            cores = ", ".join(f"{r['bench_cores']:.2f} / {r['other_cores']:.2f}" for r in runs)
            out.append(f"| {label} | {summary[kind + '_median']:.0f} | {rates} | "
                       f"{statistics.median(r['daemon_cpu_ms_per_line'] for r in runs):.2f} | "
                       f"{statistics.median(r['server_cpu_ms_per_line'] for r in runs):.2f} | "
                       f"{cores} |")
        out += ["", f"Two daemons / one: **{summary['ratio']:.2f}×** (per repeat: "
                f"{', '.join(f'{r:.2f}×' for r in summary['ratios_per_repeat'])})."]
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--phases", default="floor,scaling")
    parser.add_argument("--realtime", action="store_true",
                        help="server, daemons and pgbench at real-time priority (chrt -r 10): a machine with free cores")
    parser.add_argument("--clients", default="2,8", type=lambda s: [int(c) for c in s.split(",")])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=30000)
    parser.add_argument("--pgbench-batch", type=int, default=8,
                        help="jobs per pgbench transaction in the floor phase: the daemon's claim batch (1: queue-pgbench.sql)")
    parser.add_argument("--files", type=int, default=4000)
    parser.add_argument("--daemons", default="one,two", type=lambda s: s.split(","),
                        help="scaling: which runs (one, two); one alone measures CPU per line")
    parser.add_argument("--statements", action="store_true",
                        help="load pg_stat_statements (track=all) and report the server's statements by time per line")
    parser.add_argument("--window-command", default=None,
                        help="a shell command run during each measured window and stopped with SIGINT at its end "
                             "({run}: the window's number, {daemons}: 1 or 2), e.g. 'perf sched record -a -o /tmp/s{run}.data'")
    parser.add_argument("--window-daemons", default="1,2", type=lambda s: [int(d) for d in s.split(",")],
                        help="the runs --window-command traces: 1, 2 or both")
    parser.add_argument("--seeds", default=str(pathlib.Path(__file__).resolve().parents[2] / "seeds"))
    parser.add_argument("--work", type=pathlib.Path, default=None)
    parser.add_argument("--markdown", type=pathlib.Path, default=None, help="also write the tables here")
    args = parser.parse_args()
    args.binary = str(pathlib.Path(args.binary).resolve())
    args.window_runs = 0
    args.work = args.work or pathlib.Path(tempfile.mkdtemp(prefix="articlewatch-queue-work."))
    args.priority = ["chrt", "-r", "10"] if args.realtime else []
    if args.realtime:
        # The harness above the measured processes: at normal priority it got no core while two daemons
        # and their backends ran at real-time priority on both, so it read READY, the start of the window
        # and the lines only once they were all done (a window of exported lines, not of work).
        os.sched_setscheduler(0, os.SCHED_RR, os.sched_param(20))
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    result = {"load_before": load_average(), "cores": os.cpu_count(), "realtime": args.realtime, "commit": commit,
              "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    cluster = Cluster(args.priority, args.statements)
    try:
        phases = args.phases.split(",")
        if "floor" in phases:
            result["floor"] = floor(args, cluster)
        if "scaling" in phases:
            result["scaling"] = scaling(args, cluster)
    finally:
        cluster.stop()
        shutil.rmtree(args.work, ignore_errors=True)
    result["load_after"] = load_average()
    json.dump(result, sys.stdout, indent=1)
    print()
    if args.markdown:
        args.markdown.write_text(markdown(result))


if __name__ == "__main__":
    main()
