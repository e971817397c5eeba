#!/usr/bin/env python3
"""Where one parley process spends its wall time, phase by phase, as medians over N runs.

    sudo Benchmarks/phases.py .build-static/release/parley 0,1 15 -c 'simulate 10000 seed=1'

Prints, in milliseconds after the kernel's exec of parley, the median time of each thread's
birth and exit (scheduler tracepoints) and of the entry and return of a few functions that
bound the phases (uprobes): `main`, the seed folder's digest, the seed cache's read, the cached
world's decode, the percentile table and the report's line fitting. What lies between two rows
on one thread only is the serial part that caps a two-core speed-up (Amdahl); the runs sit
between the third thread's birth and its exit. The tracepoints cost about a microsecond each,
so unlike sampling (`perf record -F`) they leave the times as they are.

Needs root, `perf` with uprobes, and an unstripped binary (the probes are found by symbol;
they are removed again at the end). CPUS is a `taskset` list. Each run's parley is started
under `taskset -c CPUS`, as `cores.sh` does.
"""
import collections
import os
import re
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


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    binary, cpus, runs, args = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
    name = binary.rsplit("/", 1)[-1][:15]   # the kernel's comm is at most 15 characters
    subprocess.run(["perf", "probe", "-q", "-d", f"{GROUP}:*"], capture_output=True)
    added = add_probes(binary)
    events = "sched:sched_process_exec,sched:sched_wakeup_new,sched:sched_process_exit"
    if added:
        events += f",{GROUP}:*"
    times = collections.defaultdict(list)
    try:
        for _ in range(runs):
            subprocess.run(["perf", "record", "-q", "-a", "-e", events, "-o", DATA, "--",
                            "taskset", "-c", cpus, binary, *args],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            script = subprocess.run(["perf", "script", "-i", DATA, "-F", "comm,tid,time,event"],
                                    capture_output=True, text=True, check=True).stdout
            start, seen = None, collections.Counter()
            for line in script.splitlines():
                fields = line.split()
                if not fields or fields[0] != name:
                    continue
                found = re.search(r"(\d+\.\d+):\s+(\S+):", line)
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
    print(f"{binary} under taskset -c {cpus}, {runs} runs: median ms after exec")
    for (event, count), values in sorted(times.items(), key=lambda item: statistics.median(item[1])):
        if event.startswith("fit") and count > 1:
            continue   # the report fits many lines; the first one marks where it starts
        print(f"{statistics.median(values):9.2f}  {event} #{count}  (in {len(values)} of {runs} runs)")


if __name__ == "__main__":
    main()
