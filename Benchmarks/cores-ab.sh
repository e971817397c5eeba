#!/usr/bin/env bash
# Two (or more) builds of parley, one core against two, interleaved in every round.
#
#   Benchmarks/cores-ab.sh OLD NEW                       # the teaching scenario, simulate 10000
#   ROUNDS=10 ARGS='-c|simulate 10000 seed=1' Benchmarks/cores-ab.sh OLD NEW
#
# Each round runs every build on one core (CPU 0 in odd rounds, CPU 1 in even ones) and then on
# both, so the machine's drift over minutes falls on every build alike; comparing builds from
# separate cores.sh series measured that drift as much as the builds. Prints per build the
# medians of wall and user time (Benchmarks/timed.py), the speed-up of the medians, the median
# of each round's own ratio, and the extra CPU two cores cost. ARGS is split at '|'.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
[ $# -ge 1 ] || { echo "usage: Benchmarks/cores-ab.sh PARLEY [PARLEY…]" >&2; exit 2; }
ROUNDS="${ROUNDS:-16}"
ARGS="${ARGS:-scenarios/teach-sanctions-squeeze.parley|-c|simulate 10000 seed=1}"
IFS='|' read -ra args <<< "$ARGS"
builds=("$@")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for b in "${builds[@]}"; do "$b" "${args[@]}" >/dev/null; done   # warm the seed cache
for round in $(seq "$ROUNDS"); do
  cpu=$(( round % 2 ))
  for i in "${!builds[@]}"; do
    python3 Benchmarks/timed.py "$work/$i-1" taskset -c "$cpu" "${builds[$i]}" "${args[@]}"
    python3 Benchmarks/timed.py "$work/$i-2" taskset -c 0,1 "${builds[$i]}" "${args[@]}"
  done
done
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "$ROUNDS rounds of: parley ${args[*]}; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!builds[@]}"; do
  w1=$(cut -d' ' -f1 "$work/$i-1" | median) w2=$(cut -d' ' -f1 "$work/$i-2" | median)
  u1=$(cut -d' ' -f2 "$work/$i-1" | median) u2=$(cut -d' ' -f2 "$work/$i-2" | median)
  per=$(paste -d' ' <(cut -d' ' -f1 "$work/$i-1") <(cut -d' ' -f1 "$work/$i-2") | awk '{ print $1 / $2 }' | median)
  printf '%s: 1 core %.3f s (user %.3f), 2 cores %.3f s (user %.3f): %.2fx; per-round median %.2fx; extra CPU %+.1f%%\n' \
    "${builds[$i]}" "$w1" "$u1" "$w2" "$u2" "$(awk -v a="$w1" -v b="$w2" 'BEGIN { print a / b }')" "$per" \
    "$(awk -v a="$u1" -v b="$u2" 'BEGIN { print (b / a - 1) * 100 }')"
done
