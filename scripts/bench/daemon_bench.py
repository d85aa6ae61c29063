#!/usr/bin/env python3
"""Whole-process benchmarks of the release `articlewatch` binary on a real spool (make bench).

Method (also written into the results):
- Delivery is the producer protocol: write the file into spool/tmp/, rename it into spool/inbox/; the
  delivery time is CLOCK_MONOTONIC right after rename() returns. Each delivered file gets a unique last
  line, so every file is a distinct article (no exact duplicates).
- "visible": an inotify watch (IN_MODIFY) on the results log; on each event the driver reads the new bytes
  and takes each line's "file" field. "durable": an inotify watch (IN_MOVED_TO) on spool/done/. The daemon
  moves the input to done/ only after the fsync covering its line completed (with fsync=never, right after
  the write), so the move is the observable sign that the line is durable. Latency = event time - delivery.
- CPU per file: the daemon's user+system time (/proc/PID/stat) over the burst, and `analyze`'s (getrusage of
  children), divided by the files: a measure of the daemon's overhead that other load on the machine
  does not distort, unlike files/s.
- Throughput: a burst of N files is created in tmp/ first, then renamed into inbox/ in a tight loop;
  throughput = N / (last durable - first rename). The same files through `articlewatch analyze --workers W`
  give the analysis-only throughput on the same cores.
- READY: the driver binds a NOTIFY_SOCKET datagram socket and also reads stderr; READY is the first
  READY=1 datagram or the first log line whose message is "ready", whichever comes first. Time from
  just before exec. CPU to READY: the run time of all the daemon's threads (/proc/PID/task/*/schedstat,
  nanoseconds) read as READY is seen, a figure that other load on the machine hardly moves, unlike wall.
  Per history size: a first start on the bare log (no index file: the index is rebuilt from the log and
  written at the stop), one start discarded (page cache, the index file just written), then N starts
  with the index file, as a restarted daemon finds it: median and min of wall and CPU.
- RSS: VmRSS / VmHWM from /proc/PID/status, sampled every 0.5 s while articles flow; RssAnon / RssFile
  at the marks split it into malloc'd and mapped-file (binary, Swift runtime, Foundation, ICU) pages.
"""
import argparse
import base64
import ctypes
import json
import os
import pathlib
import random
import re
import resource
import select
import shutil
import socket
import statistics
import struct
import subprocess
import sys
import threading
import time

IN_MODIFY, IN_MOVED_TO = 0x2, 0x80
libc = ctypes.CDLL("libc.so.6", use_errno=True)
FILE_FIELD = re.compile(rb'"file":"((?:[^"\\]|\\.)*)"')


def log(message):
    print(f"[daemon-bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


class Watcher(threading.Thread):
    """Times when each file's line shows up in the results log and when its input lands in done/."""

    def __init__(self, results: pathlib.Path, done: pathlib.Path):
        super().__init__(daemon=True)
        self.results, self.done = results, done
        self.visible, self.durable = {}, {}
        self.fd = libc.inotify_init1(os.O_NONBLOCK)
        results.touch()
        self.log_wd = libc.inotify_add_watch(self.fd, str(results).encode(), IN_MODIFY)
        self.done_wd = libc.inotify_add_watch(self.fd, str(done).encode(), IN_MOVED_TO)
        self.offset, self.partial, self.stop = 0, b"", False
        self.log_file = open(results, "rb")

    def read_log(self, now):
        data = self.log_file.read()
        if not data:
            return
        data = self.partial + data
        lines = data.split(b"\n")
        self.partial = lines.pop()
        for line in lines:
            match = FILE_FIELD.search(line)
            if match:
                self.visible.setdefault(match.group(1).decode(), now)

    def run(self):
        poller = select.poll()
        poller.register(self.fd, select.POLLIN)
        while not self.stop:
            if not poller.poll(100):
                continue
            now = time.monotonic()
            buffer = os.read(self.fd, 1 << 20)
            offset, log_changed = 0, False
            while offset < len(buffer):
                wd, mask, _, length = struct.unpack_from("iIII", buffer, offset)
                name = buffer[offset + 16:offset + 16 + length].rstrip(b"\0").decode()
                offset += 16 + length
                if wd == self.log_wd:
                    log_changed = True
                elif wd == self.done_wd and name:
                    self.durable.setdefault(name, now)
            if log_changed:
                self.read_log(now)


class Daemon:
    """One articlewatch run on a fresh spool, with its own config."""

    def __init__(self, binary, root: pathlib.Path, cores, **config):
        self.binary, self.root, self.cores = binary, root, cores
        shutil.rmtree(root, ignore_errors=True)
        (root / "log").mkdir(parents=True)
        self.spool = root / "spool"
        for sub in ("tmp", "inbox", "done", "processing", "failed"):
            (self.spool / sub).mkdir(parents=True, exist_ok=True)
        settings = {"spool": "spool", "results": "log/results.jsonl", "failures": "log/failures.jsonl",
                     "settleMilliseconds": 500, "rescanSeconds": 30, "keepProcessed": True, "rotateBytes": 0}
        settings.update(config)
        (root / "config.json").write_text(json.dumps(settings, indent=1))
        self.results = root / "log" / "results.jsonl"
        self.process = None

    def start(self):
        """Starts the daemon and returns seconds from just before exec to READY (CPU to READY in self.ready_cpu)."""
        notify_path = self.root / "notify.sock"
        notify_path.unlink(missing_ok=True)
        notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        notify.bind(str(notify_path))
        env = dict(os.environ, NOTIFY_SOCKET=str(notify_path))
        command = ["taskset", "-c", self.cores, self.binary, "run", "--config", str(self.root / "config.json"),
                   "--log", "console", "--log-level", "notice"]
        self.stderr_path = self.root / "stderr.log"
        started = time.monotonic()
        self.process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        ready = threading.Event()
        self.ready_via = None

        def read_stderr():
            with open(self.stderr_path, "wb") as sink:
                for line in self.process.stderr:
                    sink.write(line)
                    if not ready.is_set() and b"message.id=ready" in line:
                        self.ready_via = self.ready_via or "stderr"
                        ready.set()

        def read_notify():
            notify.settimeout(0.2)
            while not ready.is_set() and self.process.poll() is None:
                try:
                    datagram = notify.recv(4096)
                except socket.timeout:
                    continue
                except OSError:
                    return
                if b"READY=1" in datagram.split(b"\n"):
                    self.ready_via = self.ready_via or "sd_notify"
                    ready.set()

        threading.Thread(target=read_stderr, daemon=True).start()
        threading.Thread(target=read_notify, daemon=True).start()
        while not ready.wait(0.001):
            if self.process.poll() is not None:
                raise RuntimeError(f"daemon exited with {self.process.returncode}: {self.stderr_path.read_text()[-2000:]}")
            if time.monotonic() - started > 300:
                raise RuntimeError("no READY within 300 s")
        elapsed = time.monotonic() - started
        self.ready_cpu = self.thread_cpu_seconds()
        time.sleep(0.3)  # let the notify reader see the socket's timeout before it closes
        notify.close()
        return elapsed

    def rss(self):
        fields = {}
        for line in pathlib.Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
                fields[key] = int(value.split()[0]) * 1024
        return fields

    def cpu_seconds(self):
        """User + system CPU time the daemon used so far (/proc/PID/stat fields 14 and 15)."""
        fields = pathlib.Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def thread_cpu_seconds(self):
        """Run time of all the daemon's threads so far, from their schedstat (ns); /proc/PID/stat's tick
        count (10 ms steps) if that is missing."""
        total, seen = 0, False
        try:
            for tid in os.listdir(f"/proc/{self.process.pid}/task"):
                try:
                    total += int(pathlib.Path(f"/proc/{self.process.pid}/task/{tid}/schedstat").read_text().split()[0])
                    seen = True
                except (OSError, ValueError, IndexError):
                    pass
        except OSError:
            return None
        return total / 1e9 if seen else self.cpu_seconds()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class Producer:
    """Delivers unique articles built from the corpus files by tmp -> rename."""

    def __init__(self, spool: pathlib.Path, corpus):
        self.spool, self.corpus, self.count = spool, corpus, 0
        self.delivered = {}

    def stage(self, prefix):
        body = self.corpus[self.count % len(self.corpus)]
        name = f"{prefix}{self.count:07d}.txt"
        self.count += 1
        with open(self.spool / "tmp" / name, "wb") as out:
            out.write(body + f"\n\nDelivery {name}.\n".encode())
        return name

    def deliver(self, name):
        os.rename(self.spool / "tmp" / name, self.spool / "inbox" / name)
        self.delivered[name] = time.monotonic()


def wait_for(predicate, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return False


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def latency_summary(producer, seen):
    latencies = [seen[name] - at for name, at in producer.delivered.items() if name in seen]
    if not latencies:
        return None
    return {"files": len(latencies), "missing": len(producer.delivered) - len(latencies),
            "p50Ms": round(percentile(latencies, 0.5) * 1000, 2), "p99Ms": round(percentile(latencies, 0.99) * 1000, 2),
            "maxMs": round(max(latencies) * 1000, 2)}


def burst_throughput(args, corpus, fsync, count):
    daemon = Daemon(args.binary, args.work / f"burst-{fsync}", args.cores, fsync=fsync, **args.fsync_settings,
                    workers=args.workers)
    daemon.start()
    watcher = Watcher(daemon.results, daemon.spool / "done")
    watcher.start()
    producer = Producer(daemon.spool, corpus)
    names = [producer.stage("b") for _ in range(count)]
    for name in names:
        producer.deliver(name)
    finished = wait_for(lambda: len(watcher.durable) >= count, 600)
    cpu = daemon.cpu_seconds()
    daemon.stop()
    watcher.stop = True
    first = min(producer.delivered.values())
    last = max(watcher.durable.values()) if watcher.durable else first
    line_bytes = daemon.results.stat().st_size / max(1, sum(1 for _ in open(daemon.results, "rb")))
    result = {"fsync": fsync, "files": count, "completed": len(watcher.durable), "finished": finished,
              "seconds": round(last - first, 3), "filesPerSecond": round(len(watcher.durable) / max(1e-9, last - first), 1),
              "meanLineBytes": round(line_bytes), "cpuMsPerFile": round(cpu / max(1, len(watcher.durable)) * 1000, 3)}
    log(f"burst fsync={fsync}: {result['filesPerSecond']} files/s")
    return result, names, daemon


def analyze_throughput(args, files):
    """`articlewatch analyze` on the same files and cores: the analysis-only ceiling for the daemon."""
    command = ["taskset", "-c", args.cores, args.binary, "analyze", "--workers", str(args.workers)] + [str(f) for f in files]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
    elapsed = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {"files": len(files), "seconds": round(elapsed, 3), "filesPerSecond": round(len(files) / elapsed, 1),
            "cpuMsPerFile": round(cpu / len(files) * 1000, 3)}


def steady_latency(args, corpus, rate, seconds, fsync="interval", burst=None):
    daemon = Daemon(args.binary, args.work / f"rate-{rate}-{fsync}", args.cores, fsync=fsync, **args.fsync_settings,
                    workers=args.workers)
    daemon.start()
    watcher = Watcher(daemon.results, daemon.spool / "done")
    watcher.start()
    producer = Producer(daemon.spool, corpus)
    total = int(rate * seconds)
    names = [producer.stage("s") for _ in range(total)]
    start = time.monotonic() + 0.05
    group = burst or 1
    for index in range(0, total, group):
        due = start + index / rate
        delay = due - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        for name in names[index:index + group]:
            producer.deliver(name)
    wait_for(lambda: len(watcher.durable) >= total, 120)
    daemon.stop()
    watcher.stop = True
    result = {"rate": rate, "burst": group, "fsync": fsync, "seconds": seconds,
              "visible": latency_summary(producer, watcher.visible), "durable": latency_summary(producer, watcher.durable)}
    log(f"latency {rate}/s burst {group}: durable {result['durable']}")
    return result


def memory_run(args, corpus, total):
    """Delivers `total` articles (plus 10 % more) at the pace the daemon takes them; samples RSS."""
    daemon = Daemon(args.binary, args.work / "memory", args.cores, fsync="interval", **args.fsync_settings,
                    workers=args.workers, keepProcessed=False)
    daemon.start()
    producer = Producer(daemon.spool, corpus)
    results = open(daemon.results, "rb")
    lines, samples, marks = 0, [], {}
    last_sample = 0.0
    goal = int(total * 1.1)
    started = time.monotonic()
    while lines < goal:
        backlog = producer.count - lines
        if producer.count < goal and backlog < 2000:
            for _ in range(min(500, goal - producer.count)):
                producer.deliver(producer.stage("m"))
        else:
            time.sleep(0.01)
        lines += results.read().count(b"\n")
        now = time.monotonic()
        if now - last_sample >= 0.5:
            last_sample = now
            samples.append({"t": round(now - started, 2), "articles": lines, **daemon.rss()})
        for mark in (total // 10, total // 2, total, goal):
            if lines >= mark and mark not in marks:
                marks[mark] = daemon.rss()
        if now - started > 1200:
            break
    rss = daemon.rss()
    daemon.stop()
    after = [s["VmRSS"] for s in samples if s["articles"] >= total]
    result = {"articles": lines, "seconds": round(time.monotonic() - started, 1),
              "peakRssBytes": rss["VmHWM"], "rssAtBytes": {str(k): v["VmRSS"] for k, v in sorted(marks.items())},
              # RSS = anonymous (heap, arenas, stacks) + file-backed (the binary's and shared libraries' pages)
              "rssAnonAtBytes": {str(k): v.get("RssAnon") for k, v in sorted(marks.items())},
              "rssFileAtBytes": {str(k): v.get("RssFile") for k, v in sorted(marks.items())},
              "rssAfterTargetMinBytes": min(after) if after else None, "rssAfterTargetMaxBytes": max(after) if after else None,
              "samples": samples[:: max(1, len(samples) // 60)]}
    log(f"memory: peak {rss['VmHWM'] / 2**20:.1f} MiB after {lines} articles")
    return result, daemon.results


def write_history(path: pathlib.Path, template, size, distinct):
    """A results log of `size` lines: the real lines, then copies with their own id and delivery and,
    when `distinct`, their own fingerprint (as a history of distinct articles has)."""
    with open(path, "wb") as history:
        chunk = []
        for i in range(size):
            line = template[i % len(template)]
            if i >= len(template):  # a later copy of a real line: give it its own id and delivery
                line = re.sub(rb'"id":"[0-9a-f]{8}', b'"id":"%08x' % i, line, count=1)
                line = line.replace(b'"delivery":"', b'"delivery":"h%d.' % i, 1)
                if distinct:
                    line = SIGNATURE.sub(b'"signature":"' + distinct_signature(i) + b'"', line, count=1)
            chunk.append(line)
            if len(chunk) == 10000:
                history.write(b"\n".join(chunk) + b"\n")
                chunk = []
        if chunk:
            history.write(b"\n".join(chunk) + b"\n")


def timed_start(daemon):
    wall = daemon.start()
    cpu = daemon.ready_cpu
    daemon.stop()
    return wall, cpu


def startup(args, history_source: pathlib.Path, sizes):
    """exec -> READY with a results log of N history lines (real lines from the memory run, repeated with new ids
    and, unless --repeated-history, new fingerprints: every history line a distinct article)."""
    template = [line for line in history_source.read_bytes().split(b"\n") if line]
    out = []
    ms = lambda seconds: round(seconds * 1000, 1) if seconds is not None else None
    for size in sizes:
        daemon = Daemon(args.binary, args.work / f"start-{size}", args.cores, fsync="interval", workers=args.workers)
        began = time.monotonic()
        write_history(daemon.results, template, size, args.distinct_history)
        written = time.monotonic() - began
        first_wall, first_cpu = timed_start(daemon)  # no index file yet: rebuilt from the log, written at the stop
        timed_start(daemon)  # discarded: the first start with the index file (page cache)
        walls, cpus = [], []
        for _ in range(args.startup_runs):
            wall, cpu = timed_start(daemon)
            walls.append(wall)
            cpus.append(cpu)
        known = [c for c in cpus if c is not None]
        index = daemon.root / "log" / "duplicates.index"
        result = {"historyLines": size, "logBytes": daemon.results.stat().st_size,
                  "indexBytes": index.stat().st_size if index.exists() else None,
                  "readyMs": ms(statistics.median(walls)), "readyMinMs": ms(min(walls)),
                  "readyCpuMs": ms(statistics.median(known)) if known else None,
                  "readyCpuMinMs": ms(min(known)) if known else None,
                  "runsMs": [ms(t) for t in walls], "runsCpuMs": [ms(c) for c in cpus],
                  "firstStartMs": ms(first_wall), "firstStartCpuMs": ms(first_cpu),
                  "historyWriteSeconds": round(written, 1), "readyVia": daemon.ready_via}
        log(f"start-up with {size} lines: {result['readyMs']} ms wall (min {result['readyMinMs']}), "
            f"{result['readyCpuMs']} ms CPU; first start {result['firstStartMs']} ms (via {daemon.ready_via})")
        out.append(result)
        shutil.rmtree(daemon.root, ignore_errors=True)
    return out


SIGNATURE = re.compile(rb'"signature":"[A-Za-z0-9+/=]*"')


def distinct_signature(seed):
    """64 pseudo-random MinHash bytes, base64: a fingerprint no other history line shares."""
    return base64.b64encode(random.Random(seed).randbytes(64))


def disk_floor(args, line_bytes, count):
    out = []
    for group in (1, 64, 0):
        directory = args.work / f"floor-{group}"
        shutil.rmtree(directory, ignore_errors=True)
        directory.mkdir(parents=True)
        run = subprocess.run([args.floor, str(directory), str(count), str(line_bytes), str(group)],
                             capture_output=True, text=True, check=True)
        out.append(json.loads(run.stdout))
        shutil.rmtree(directory, ignore_errors=True)
        log(f"disk floor group {group}: {out[-1]['filesPerSecond']} files/s")
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--floor", required=True, help="the compiled disk_floor program")
    parser.add_argument("--corpora", type=pathlib.Path, required=True)
    parser.add_argument("--work", type=pathlib.Path, required=True)
    parser.add_argument("--cores", default="0,1")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--burst", type=int, default=2000)
    parser.add_argument("--memory-articles", type=int, default=100000)
    parser.add_argument("--history", default="0,100000,1000000")
    parser.add_argument("--phases", default="throughput,latency,memory,startup")
    parser.add_argument("--fsync-ms", type=int, help="fsyncMilliseconds for every run (default: the daemon's own default)")
    parser.add_argument("--repeated-history", dest="distinct_history", action="store_false",
                        help="start-up history: copies of the real lines keep their fingerprints (every article 20 times)")
    parser.add_argument("--startup-runs", type=int, default=5,
                        help="exec -> READY runs per history size with the index file, after one discarded (median, min)")
    parser.add_argument("--rates", default="10,100,1000", help="steady delivery rates for the latency phase (files/s)")
    parser.add_argument("--phase-times", type=pathlib.Path, help="append each phase's wall time here (JSON lines)")
    args = parser.parse_args()
    args.fsync_settings = {} if args.fsync_ms is None else {"fsyncMilliseconds": args.fsync_ms}
    args.work.mkdir(parents=True, exist_ok=True)
    text = [p.read_bytes() for p in sorted((args.corpora / "text").iterdir())]
    short = [p.read_bytes() for p in sorted((args.corpora / "short").iterdir())]
    out = {"method": __doc__.split("Method (also written into the results):")[1].strip(), "cores": args.cores,
           "workers": args.workers, "fsyncMilliseconds": args.fsync_ms or "daemon default"}

    phases = args.phases.split(",")
    clock = {"mark": time.monotonic()}

    def lap(name):
        """Appends the wall time since the last lap to --phase-times."""
        now = time.monotonic()
        if args.phase_times:
            with open(args.phase_times, "a") as sink:
                sink.write(json.dumps({"phase": f"daemon: {name}", "seconds": round(now - clock["mark"], 1)}) + "\n")
        clock["mark"] = now

    if "throughput" in phases:
        out["throughput"] = []
        for fsync in ("interval", "always", "never"):
            result, names, daemon = burst_throughput(args, text, fsync, args.burst)
            out["throughput"].append(result)
            if fsync == "interval":
                files = [daemon.spool / "done" / name for name in names]
                out["analyze"] = analyze_throughput(args, files)
                log(f"analyze: {out['analyze']['filesPerSecond']} files/s")
                out["lineBytes"] = result["meanLineBytes"]
            shutil.rmtree(daemon.root, ignore_errors=True)
        out["diskFloor"] = disk_floor(args, out["lineBytes"], args.burst)
        lap("throughput, analyze, disk floor")

    if "latency" in phases:
        rates = [int(rate) for rate in args.rates.split(",")]
        out["latency"] = [steady_latency(args, text, rate, 2 if rate >= 1000 else 10) for rate in rates]
        if 100 in rates:
            out["latency"].append(steady_latency(args, text, 100, 10, burst=50))
        lap("latency")

    # Memory: mostly short articles so 100k fit the time budget; every tenth is a 7 KB text.
    mixed = [text[i // 10] if i % 10 == 0 else short[i] for i in range(min(len(short), 5000))]
    if "memory" in phases:
        out["memory"], history = memory_run(args, mixed, args.memory_articles)
        out["memory"]["corpus"] = "9 in 10 NYT snippets, 1 in 10 edited 7 KB seed copies, each with a unique last line"
    elif "startup" in phases:  # real lines to build the history from
        _, history = memory_run(args, mixed, 5000)
    lap("memory (RSS while 110k articles flow)")
    if "startup" in phases:
        out["startup"] = startup(args, history, [int(s) for s in args.history.split(",")])
        lap("start-up (history written, first start, runs)")
    shutil.rmtree(args.work / "memory", ignore_errors=True)
    json.dump(out, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
