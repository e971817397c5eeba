#!/usr/bin/env python3
"""Two threads against an ideal split: does parley's two-core `simulate` lose anything that
sharing one process costs?

    Benchmarks/halves.py [-r ROUNDS] PARLEY N [FILE...]     # default 10 rounds
    Benchmarks/halves.py -r 12 .build-static/release/parley 10000 scenarios/teach-summit.parley

Each round runs `parley FILE... -c 'simulate N seed=1'` and its halves, in this order, each
process pinned with sched_setaffinity (no taskset in the timing):
  - N runs in one process on CPUs 0 and 1;
  - N runs on one CPU (0 and 1 in turn);
  - N/2 runs in each of two processes at once, one on CPU 0 and one on CPU 1 (wall time: until
    both have exited);
  - N/2 runs in one process on one CPU (0 and 1 in turn).

The two halves side by side are the best any split of the runs could do on this machine at
that hour: they share nothing, and each pays the start-up, decode and report once, as the one
process does. So
  - `speed-up` is the one-CPU N over the two-CPU N (issue 18 asks for 1.8x);
  - `ideal split` is the one-CPU N over the halves side by side: what the machine allowed;
  - `threads / split` is the halves' time over the two-CPU process's: 1.00 or more means the
    two threads lost nothing to each other that separate processes would have avoided;
  - `both busy` is the halves side by side over one half alone: what two busy CPUs cost each
    other here, whatever the program (the host's caches and memory, other guests).
Medians of the wall times (wait4; to the microsecond). Output goes to stdout.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time


def fail(message):
    print(f"halves.py: error: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    parser = argparse.ArgumentParser(description="two threads against two processes doing half each")
    parser.add_argument("-r", "--rounds", type=int, default=10)
    parser.add_argument("parley")
    parser.add_argument("runs", type=int)
    parser.add_argument("files", nargs="*")
    options = parser.parse_args()
    if options.rounds < 1:
        fail(f"the rounds must be 1 or more, not {options.rounds}")
    if options.runs < 2 or options.runs % 2:
        fail(f"the runs must be an even number of 2 or more, not {options.runs}")
    if not (os.path.isfile(options.parley) and os.access(options.parley, os.X_OK)):
        fail(f"no program at {options.parley} (make release builds .build-static/release/parley)")
    usable = os.sched_getaffinity(0)
    if not {0, 1} <= usable:
        fail(f"CPUs 0 and 1 must both be usable; this process may use {sorted(usable)}")

    def start(runs, cpus):
        command = [options.parley, *options.files, "-c", f"simulate {runs} seed=1"]
        try:
            return subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                    preexec_fn=lambda: os.sched_setaffinity(0, cpus))
        except OSError as error:
            fail(f"cannot run {options.parley}: {error.strerror}")

    def timed(*specs):
        began = time.perf_counter()
        children = [start(runs, cpus) for runs, cpus in specs]
        for child in children:
            _, status, _ = os.wait4(child.pid, 0)
            if os.waitstatus_to_exitcode(status) != 0:
                fail(f"{' '.join(child.args)} exited with status {os.waitstatus_to_exitcode(status)}")
        return time.perf_counter() - began

    n, half = options.runs, options.runs // 2
    rows = {"two CPUs, N": [], "one CPU, N": [], "halves side by side": [], "one CPU, N/2": []}
    for index in range(options.rounds):
        cpu = {index % 2}
        rows["two CPUs, N"].append(timed((n, {0, 1})))
        rows["one CPU, N"].append(timed((n, cpu)))
        rows["halves side by side"].append(timed((half, {0}), (half, {1})))
        rows["one CPU, N/2"].append(timed((half, cpu)))

    median = {name: statistics.median(times) for name, times in rows.items()}
    print(f"{options.parley} {' '.join(options.files)} -c 'simulate {n} seed=1', {options.rounds} rounds"
          f" (load average after the rounds: {' '.join(f'{x:.2f}' for x in os.getloadavg())})")
    for name, times in rows.items():
        print(f"  {name:20s} {median[name] * 1000:7.1f} ms   [{' '.join(f'{t * 1000:.0f}' for t in times)}]")
    print(f"  speed-up {median['one CPU, N'] / median['two CPUs, N']:.2f}x;"
          f" ideal split {median['one CPU, N'] / median['halves side by side']:.2f}x;"
          f" threads / split {median['halves side by side'] / median['two CPUs, N']:.2f};"
          f" both busy {median['halves side by side'] / median['one CPU, N/2']:.2f}")


if __name__ == "__main__":
    main()
