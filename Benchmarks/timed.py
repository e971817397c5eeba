#!/usr/bin/env python3
"""Runs a command and appends "wall user sys" in seconds, to the microsecond, to a file.

    Benchmarks/timed.py OUT taskset -c 0 parley -c 'simulate 10000 seed=1'

/usr/bin/time rounds to 10 ms, which is 2-3 % of a 0.4 s run: too coarse to tell 1.78x from
1.82x. The child's output is discarded; its exit status is returned.
"""
import os
import subprocess
import sys
import time

out, command = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
child = subprocess.Popen(command, stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
wall = time.perf_counter() - start
with open(out, "a") as file:
    file.write(f"{wall:.6f} {usage.ru_utime:.6f} {usage.ru_stime:.6f}\n")
sys.exit(os.waitstatus_to_exitcode(status))
