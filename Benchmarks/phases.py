#!/usr/bin/env python3
"""Where one parley process spends its wall time, phase by phase, as medians over N runs.

    sudo Benchmarks/phases.py .build-static/release/parley 0,1 15 -c 'simulate 10000 seed=1'

Prints, in milliseconds after the kernel's exec of parley, the median time of each thread's
birth and exit (scheduler tracepoints) and of the entry and return of a few functions that
bound the phases (uprobes): `main`, the seed folder's digest, the seed cache's read, the cached
world's decode, the percentile table and the report's line fitting. What lies between two rows
on one thread only is the serial part that caps a two-core speed-up (Amdahl). Rows are
numbered per kind of event: in `simulate` on two CPUs the runs worker is `thread born #3`
and ends as `thread ends #2`, because the first thread started (the signal watcher) lives
until the process ends. Each event is a trap into the kernel of a few microseconds, a few
hundred a run (most of them the report's line fitting, of which only the first is shown), so
the times move far less than under sampling (`perf record -F`).

Needs root, `perf` with uprobes, and an unstripped binary (the probes are found by symbol;
they are removed again at the end). CPUS is a `taskset` list. Each run's parley is started
under `taskset -c CPUS`, as `cores.sh` does, after one untraced run that warms the seed cache.
"""
import collections
import os
import re
import shutil
import statistics
import subprocess
import sys

# Label, then a regular expression for the function's mangled symbol (the first match is used).
PROBES = [
    ("main", r"^parley_main$"),
    ("digest", r"SeedFolderDigestO3add6folder"),
    ("read", r"SeedCacheV4read_3key"),
    ("decode", r"CachedWorldV7decoded7workers"),
    ("percentiles", r"PercentileTableV_7workersAcA16SimulationResultV_SitcfC"),
    ("fit", r"LineFitterV3fityS2SF$"),
]
GROUP = "parley_phases"
# In memory where there is a tmpfs: perf's writes to a disk would wake the block layer's
# kernel threads on the CPUs being measured.
DATA = ("/dev/shm" if os.path.isdir("/dev/shm") else "/tmp") + "/parley-phases.data"


def symbols(binary):
    out = subprocess.run(["nm", binary], capture_output=True, text=True, check=True).stdout
    return [line.split()[-1] for line in out.splitlines() if len(line.split()) == 3 and line.split()[1] in "tT"]


def add_probes(binary):
    names = symbols(binary)
    added = []
    for label, pattern in PROBES:
        match = next((name for name in names if re.search(pattern, name)), None)
        if match is None:
            print(f"phases.py: no symbol for {label} ({pattern})", file=sys.stderr)
            continue
        for suffix, spec in (("", match), ("_end", match + "%return")):
            result = subprocess.run(["perf", "probe", "-q", "-x", binary, "-a", f"{GROUP}:{label}{suffix}={spec}"],
                                    capture_output=True, text=True)
            if result.returncode == 0:
                added.append(label + suffix)
            else:
                print(f"phases.py: cannot probe {label}{suffix}: {result.stderr.strip()}", file=sys.stderr)
    return added


def fail(message):
    sys.exit(f"phases.py: error: {message}")


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    binary, cpus, count, args = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    if not count.isdigit() or int(count) < 1:
        fail(f"RUNS must be a whole number of runs, 1 or more, not '{count}'")
    runs = int(count)
    if not os.access(binary, os.X_OK):
        fail(f"no program to run at {binary} (make release builds .build-static/release/parley)")
    for tool in ("perf", "nm", "taskset"):
        if shutil.which(tool) is None:
            fail(f"{tool} is missing (perf: linux-perf; nm: binutils; taskset: util-linux)")
    name = binary.rsplit("/", 1)[-1][:15]   # the kernel's comm is at most 15 characters
    subprocess.run(["perf", "probe", "-q", "-d", f"{GROUP}:*"], capture_output=True)
    added = add_probes(binary)
    events = "sched:sched_process_exec,sched:sched_wakeup_new,sched:sched_process_exit"
    if added:
        events += f",{GROUP}:*"
    times = collections.defaultdict(list)
    # One untraced run first: a binary's first run loads the seeds and writes its seed cache,
    # which every later start reads instead.
    subprocess.run(["taskset", "-c", cpus, binary, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(runs):
            recorded = subprocess.run(["perf", "record", "-q", "-a", "-e", events, "-o", DATA, "--",
                                       "taskset", "-c", cpus, binary, *args],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if recorded.returncode != 0:
                last = (recorded.stderr.strip().splitlines() or ["no message"])[-1]
                fail(f"perf record failed (root is needed for system-wide tracepoints): {last}")
            script = subprocess.run(["perf", "script", "-i", DATA, "-F", "comm,tid,time,event"],
                                    capture_output=True, text=True).stdout
            start, seen = None, collections.Counter()
            for line in script.splitlines():
                fields = line.split()
                if not fields or fields[0] != name:
                    continue
                found = re.search(r"(\d+\.\d+):\s+(\S+):", line)
                if not found:
                    continue
                stamp, event = float(found.group(1)), found.group(2).split(":")[-1]
                if event == "sched_process_exec":
                    start = stamp
                    continue
                if start is None:
                    continue
                event = {"sched_wakeup_new": "thread born", "sched_process_exit": "thread ends"}.get(event, event)
                event = re.sub(r"__return$", "", event)
                seen[event] += 1
                times[(event, seen[event])].append((stamp - start) * 1000)
    finally:
        subprocess.run(["perf", "probe", "-q", "-d", f"{GROUP}:*"], capture_output=True)
        for leftover in (DATA, DATA + ".old"):   # perf keeps the previous run's file as .old
            if os.path.exists(leftover):
                os.remove(leftover)
    if not times:
        fail(f"no event of {name} was traced: did it run? (try it without phases.py)")
    print(f"{binary} under taskset -c {cpus}, {runs} runs: median ms after exec")
    for (event, count), values in sorted(times.items(), key=lambda item: statistics.median(item[1])):
        if event.startswith("fit") and count > 1:
            continue   # the report fits many lines; the first one marks where it starts
        print(f"{statistics.median(values):9.2f}  {event} #{count}  (in {len(values)} of {runs} runs)")


if __name__ == "__main__":
    main()
