#!/usr/bin/env python3
"""Where two daemons leave a core idle (issue 16's scaling target): reads a scheduler trace of the measured
window and charges, to the wait that caused it, the time each daemon's "chain" (its threads and the server
backends it talks to) had no runnable thread. Record the trace with queue_bench.py's --window-command:

  python3 scripts/bench/queue_bench.py --binary BIN --phases scaling --repeats 1 --realtime --daemons two \\
    --window-command 'exec chrt -r 30 perf record -q -m 8M -e sched:sched_switch -e sched:sched_wakeup \\
      -e sched:sched_wakeup_new -e sched:sched_migrate_task -a -g -o /tmp/two.data'
  perf script -i /tmp/two.data -F comm,pid,tid,cpu,time,event,trace,ip,sym | python3 scripts/bench/chain_idle.py

Only real-time threads at the bench's priority count (--realtime runs the server and daemons at chrt -r 10,
kernel prio 89). A backend belongs to the daemon whose threads it wakes most. While a chain has no runnable
thread, the time goes to the wait of the chain's most recent sleeper (its kernel stack, and the user frames
perf could unwind): a backend in XLogFlush's fdatasync, an advisory lock, the daemon's own fsync. Printed:
the share of the window each chain was idle, by reason (mean over the chains), and the core-seconds during
which fewer than two bench threads were runnable.
"""
import sys, re, collections
PRIO = int(sys.argv[1]) if len(sys.argv) > 1 else 89
SKIP = re.compile(r'^(__schedule|schedule|schedule_timeout|schedule_hrtimeout_range_clock|schedule_preempt_disabled|io_schedule|io_schedule_timeout|preempt_schedule\w*)$')
head = re.compile(r'^(\S.*?)\s+(\d+)/(\d+)\s+\[(\d+)\]\s+([\d.]+):\s+sched:(\w+):\s+(.*)$')
events = []
pidof = {}
for block in sys.stdin.read().split('\n\n'):
    rows = block.strip('\n').split('\n')
    if not rows or not rows[0]: continue
    m = head.match(rows[0].strip())
    if not m: continue
    comm, pid, tid, cpu, t, ev, trace = m.groups()
    pidof[int(tid)] = (int(pid), comm)
    frames = [r.split()[1] if len(r.split()) > 1 else '?' for r in rows[1:]]
    events.append((float(t), ev, int(pid), int(tid), comm, dict(re.findall(r'(\w+)=(\S+)', trace)), frames))
# Which process is what: articlewatch threads have names other than 'postgres'.
procs = {}
for t, ev, pid, tid, comm, d, fr in events:
    if ev == 'sched_switch' and int(d['prev_prio']) == PRIO:
        procs.setdefault(pid, set()).add(d['prev_comm'])
is_pg = {p: ('postgres' in c) for p, c in procs.items()}
wakes = collections.defaultdict(collections.Counter)
for t, ev, pid, tid, comm, d, fr in events:
    if ev == 'sched_wakeup':
        target = pidof.get(int(d['pid']), (None,))[0]
        if pid in is_pg and target in is_pg and is_pg[pid] != is_pg[target]:
            if is_pg[pid]: wakes[pid][target] += 1
            else: wakes[target][pid] += 1
chain = {}
for p, pg in is_pg.items():
    if not pg: chain[p] = p
for p, c in wakes.items():
    if c and c.most_common(1)[0][1] >= 2: chain[p] = c.most_common(1)[0][0]
daemons = sorted(p for p in chain if not is_pg[p])
print("daemons", daemons, "backends", {p: chain[p] for p in chain if is_pg[p]})
def reason(comm, st, frames, pg):
    k = [f for f in frames if not SKIP.match(f)]
    who = ('backend' if chain.get(pg) != pg and pg in chain else 'server') if is_pg.get(pg) else comm[:15]
    return f"{who:15} {st:2} " + " < ".join([f for f in k if not f.startswith(("do_syscall","entry_SYSCALL","__x64_sys","do_epoll","futex","__futex","do_futex","wait_for_completion","submit_bio","[unknown]"))][:7])
state, lastsleep, why = {}, {}, {}
deficit = collections.Counter(); chainidle = collections.Counter(); last = None; total = low = 0.0
def account(t):
    global last, total, low
    if last is not None:
        dt = t - last; total += dt
        run = [x for x, s in state.items() if s != 'sleep']
        n = len(run)
        act = {chain.get(pidof[x][0]) for x in run}
        for c in daemons:
            if c not in act:
                sl = [(lastsleep[x], x) for x in state if chain.get(pidof[x][0]) == c and state[x] == 'sleep']
                if sl: chainidle[why[max(sl)[1]]] += dt / len(daemons)
        if n < 2:
            low += dt * (2 - n)
            active = {chain.get(pidof[x][0]) for x in run}
            idle = [c for c in daemons if c not in active]
            share = (2 - n) / max(1, len(idle)) if idle else 0
            for c in idle:
                sl = [(lastsleep[x], x) for x in state if chain.get(pidof[x][0]) == c and state[x] == 'sleep']
                if sl: deficit[why[max(sl)[1]]] += dt * share
            if not idle: deficit['(every chain runs: the other slot idle)'] += dt * (2 - n)
    last = t
for t, ev, pid, tid, comm, d, fr in events:
    account(t)
    if ev == 'sched_switch':
        p, nx = int(d['prev_pid']), int(d['next_pid'])
        if int(d['prev_prio']) == PRIO and p in pidof:
            if d['prev_state'].startswith('R'): state[p] = 'rq'
            else:
                state[p] = 'sleep'; lastsleep[p] = t
                why[p] = reason(d['prev_comm'], d['prev_state'], fr, pidof[p][0])
        if int(d['next_prio']) == PRIO: state[nx] = 'run'
    elif ev in ('sched_wakeup', 'sched_wakeup_new'):
        w = int(d['pid'])
        if int(d['prio']) == PRIO and state.get(w) != 'run' and w in pidof: state[w] = 'rq'
print(f"span {total:.3f} s; idle slots {low:.3f} core-s ({low / total:.3f} cores)")
for k, v in deficit.most_common(30):
    print(f"{v * 1000:8.1f} ms {v / total:.3f} cores  {k}")
print("per chain (mean over chains): time with no runnable thread in the chain")
tot=sum(chainidle.values()); print(f"  idle share per chain {tot/total:.3f}")
for k, v in chainidle.most_common(15):
    print(f"{v * 1000:8.1f} ms {v / total:.3f}  {k}")
