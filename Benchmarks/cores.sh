#!/usr/bin/env bash
# Does the second core pay? simulate, search and sensitivity (tornado, morris) on one core and on two.
#
#   Benchmarks/cores.sh [PARLEY]            # default: the release build (make release)
#   CORES_ROUNDS=7 CORES_ONLY=search,morris Benchmarks/cores.sh /tmp/parley
#
# Each command runs under `taskset -c 0` and `taskset -c 0,1`, alternating (1, 2, 1, 2, …) so a
# change in the machine's load falls on both alike, CORES_ROUNDS times each (default 5). It
# prints the medians of wall and user CPU time (/usr/bin/time), the wall speed-up and the
# extra CPU the second core costs. On a machine others are using, only the user time is
# meaningful: two cores doing the same work should take about the user time of one (the
# goal is within ~5 %); more is contention (shared cache lines, reference counts) or
# duplicated work. The load average before and after is printed beside. Output goes to
# stdout and, per command, to $CORES_OUT (default Benchmarks/results/cores) as raw times.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PARLEY="${1:-$ROOT/.build-static/release/parley}"
ROUNDS="${CORES_ROUNDS:-5}"
ONLY="${CORES_ONLY:-}"
OUT="${CORES_OUT:-$ROOT/Benchmarks/results/cores}"
mkdir -p "$OUT"
cd "$ROOT"   # the seeds folder and the scenarios
[ -x "$PARLEY" ] || { echo "cores.sh: no parley at $PARLEY (make release)" >&2; exit 1; }
command -v taskset >/dev/null || { echo "cores.sh: taskset is missing (util-linux)" >&2; exit 1; }

SEARCH_GOAL='gap(RU,UA).territory < 10'
# Sensitivity replays the branch for every evaluation, so it runs on the hindcast (the documented
# timeline from March to July): one-at-a-time (about 250 evaluations) and Morris (r=20: 2,500).
HINDCAST="$ROOT/scenarios/hindcast-2025.parley"
names=(simulate teaching search tornado morris)
commands=(
  "-c|simulate 10000 seed=1"
  "$ROOT/scenarios/teach-sanctions-squeeze.parley|-c|simulate 10000 seed=1"
  "-c|load at=2025-07-23|-c|search \"$SEARCH_GOAL\" depth=3 beam=48"
  "$HINDCAST|-c|sensitivity forecast.territory"
  "$HINDCAST|-c|sensitivity forecast.territory --global r=20"
)

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Runs parley under a CPU list with the arguments split at '|'; appends "wall user" to a file.
timed() {
  local cpus=$1 spec=$2 file=$3
  local IFS='|'
  # shellcheck disable=SC2206
  local args=($spec)
  /usr/bin/time -f "%e %U" -o "$file.last" taskset -c "$cpus" "$PARLEY" "${args[@]}" >/dev/null
  cat "$file.last" >>"$file"
  rm -f "$file.last"
}

echo "parley: $PARLEY; $ROUNDS alternating rounds per command"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-12s %9s %9s %9s %9s %9s %11s\n' command "1c wall" "2c wall" "1c user" "2c user" speed-up "extra CPU"
for i in "${!names[@]}"; do
  name=${names[$i]}
  [ -n "$ONLY" ] && [[ ",$ONLY," != *",$name,"* ]] && continue
  spec=${commands[$i]}
  one="$OUT/$name-1core.txt" two="$OUT/$name-2cores.txt"
  : >"$one"; : >"$two"
  timed 0 "$spec" "$OUT/$name-warm-up.txt" 2>/dev/null || true   # warm the seed cache and the page cache
  for _ in $(seq "$ROUNDS"); do
    timed 0 "$spec" "$one"
    timed 0,1 "$spec" "$two"
  done
  w1=$(cut -d' ' -f1 "$one" | median) u1=$(cut -d' ' -f2 "$one" | median)
  w2=$(cut -d' ' -f1 "$two" | median) u2=$(cut -d' ' -f2 "$two" | median)
  printf '%-12s %8ss %8ss %8ss %8ss %8sx %10s%%\n' "$name" "$w1" "$w2" "$u1" "$u2" \
    "$(awk -v a="$w1" -v b="$w2" 'BEGIN { printf "%.2f", a / b }')" \
    "$(awk -v a="$u1" -v b="$u2" 'BEGIN { printf "%+.0f", (b / a - 1) * 100 }')"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "simulate: parley -c 'simulate 10000 seed=1'"
echo "teaching: parley scenarios/teach-sanctions-squeeze.parley -c 'simulate 10000 seed=1'"
echo "search:   parley -c 'load at=2025-07-23' -c 'search \"$SEARCH_GOAL\" depth=3 beam=48'"
echo "tornado:  parley scenarios/hindcast-2025.parley -c 'sensitivity forecast.territory'"
echo "morris:   parley scenarios/hindcast-2025.parley -c 'sensitivity forecast.territory --global r=20'"
echo "(each under taskset -c 0 and taskset -c 0,1)"
