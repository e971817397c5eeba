#!/usr/bin/env bash
# Does the second core pay? simulate, search and sensitivity (tornado, morris) on one core and on two,
# and a long simulate (100,000 runs) whose start-up weighs little.
#
#   Benchmarks/cores.sh [PARLEY]            # default: the release build (make release)
#   CORES_ROUNDS=7 CORES_ONLY=search,morris Benchmarks/cores.sh /tmp/parley
#
# Each round runs a command four times: under `taskset -c 0`, `taskset -c 0,1`, `taskset -c 1`
# and `taskset -c 0,1` again, so a change in the machine's load falls on every setting alike
# (CORES_ROUNDS rounds, default 5). The 1-core runs use each CPU in turn because the two CPUs of
# this virtual machine do not always run at the same speed; the speed-up is the median of all
# 1-core runs over the median of the 2-core runs, and the per-CPU medians are printed beside.
# Times come from Benchmarks/timed.py (wait4: microseconds; /usr/bin/time rounds to 10 ms).
# Two cores doing the same work should take about the user time of one (the goal is within
# ~5 %); more is contention (shared cache lines, reference counts) or duplicated work. Each round
# also runs two 1-core copies at once, one on each CPU: what they lose against a copy alone is the
# machine's own cost of two busy cores (shared caches, the host), which no program escapes, so
# `ceiling` (twice the 1-core time over the side-by-side time) is the best speed-up this machine
# allowed in that series. The median system times come last: two cores normally add a few ms;
# several times more means the host stalled the run (docs/PERFORMANCE.md, session 12), and the
# row says little about parley. The load average before and after is printed beside. Output
# goes to stdout and, per command, to $CORES_OUT (default Benchmarks/results/cores) as raw
# "wall user sys" lines.
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
command -v python3 >/dev/null || { echo "cores.sh: python3 is missing (Benchmarks/timed.py times the runs)" >&2; exit 1; }
TIMED="$ROOT/Benchmarks/timed.py"

SEARCH_GOAL='gap(RU,UA).territory < 10'
# Sensitivity replays the branch for every evaluation, so it runs on the hindcast (the documented
# timeline from March to July): one-at-a-time (about 250 evaluations) and Morris (r=20: 2,500).
HINDCAST="$ROOT/scenarios/hindcast-2025.parley"
# `long` is the July simulate ten times over: its start-up and report (about 10 ms, on one core
# whatever the CPUs) weigh a tenth as much, so it shows how the runs themselves scale.
names=(simulate teaching search tornado morris long)
commands=(
  "-c|simulate 10000 seed=1"
  "$ROOT/scenarios/teach-sanctions-squeeze.parley|-c|simulate 10000 seed=1"
  "-c|load at=2025-07-23|-c|search \"$SEARCH_GOAL\" depth=3 beam=48"
  "$HINDCAST|-c|sensitivity forecast.territory"
  "$HINDCAST|-c|sensitivity forecast.territory --global r=20"
  "-c|simulate 100000 seed=1"
)

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Runs parley under a CPU list with the arguments split at '|'; appends "wall user sys" to a file.
timed() {
  local cpus=$1 spec=$2 file=$3
  local IFS='|'
  # shellcheck disable=SC2206
  local args=($spec)
  python3 "$TIMED" "$file" taskset -c "$cpus" "$PARLEY" "${args[@]}"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "parley: $PARLEY; $ROUNDS rounds per command (CPU 0, both, CPU 1, both)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-10s %8s %8s %8s %8s %8s %8s %8s %8s %8s %8s %8s\n' command "1c wall" "2c wall" "1c user" "2c user" speed-up "x CPU 0" "x CPU 1" "extra CPU" ceiling "1c sys" "2c sys"
for i in "${!names[@]}"; do
  name=${names[$i]}
  [ -n "$ONLY" ] && [[ ",$ONLY," != *",$name,"* ]] && continue
  spec=${commands[$i]}
  zero="$OUT/$name-cpu0.txt" one="$OUT/$name-cpu1.txt" two="$OUT/$name-2cores.txt" pair="$OUT/$name-side-by-side.txt"
  : >"$zero"; : >"$one"; : >"$two"; : >"$pair"
  timed 0 "$spec" "$OUT/$name-warm-up.txt" 2>/dev/null || true   # warm the seed cache and the page cache
  for _ in $(seq "$ROUNDS"); do
    timed 0 "$spec" "$zero"
    timed 0,1 "$spec" "$two"
    timed 1 "$spec" "$one"
    timed 0,1 "$spec" "$two"
    timed 0 "$spec" "$pair" & timed 1 "$spec" "$pair"; wait
  done
  w1=$(cat "$zero" "$one" | cut -d' ' -f1 | median) u1=$(cat "$zero" "$one" | cut -d' ' -f2 | median)
  w2=$(cut -d' ' -f1 "$two" | median) u2=$(cut -d' ' -f2 "$two" | median)
  c0=$(cut -d' ' -f1 "$zero" | median) c1=$(cut -d' ' -f1 "$one" | median)
  wp=$(cut -d' ' -f1 "$pair" | median)
  s1=$(cat "$zero" "$one" | cut -d' ' -f3 | median) s2=$(cut -d' ' -f3 "$two" | median)
  printf '%-10s %7.3fs %7.3fs %7.3fs %7.3fs %7sx %7sx %7sx %8s%% %7sx %7.3fs %7.3fs\n' "$name" "$w1" "$w2" "$u1" "$u2" \
    "$(ratio "$w1" "$w2")" "$(ratio "$c0" "$w2")" "$(ratio "$c1" "$w2")" \
    "$(awk -v a="$u1" -v b="$u2" 'BEGIN { printf "%+.0f", (b / a - 1) * 100 }')" "$(ratio "$(awk -v a="$w1" 'BEGIN { print 2 * a }')" "$wp")" \
    "$s1" "$s2"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "simulate: parley -c 'simulate 10000 seed=1'"
echo "teaching: parley scenarios/teach-sanctions-squeeze.parley -c 'simulate 10000 seed=1'"
echo "search:   parley -c 'load at=2025-07-23' -c 'search \"$SEARCH_GOAL\" depth=3 beam=48'"
echo "tornado:  parley scenarios/hindcast-2025.parley -c 'sensitivity forecast.territory'"
echo "morris:   parley scenarios/hindcast-2025.parley -c 'sensitivity forecast.territory --global r=20'"
echo "long:     parley -c 'simulate 100000 seed=1'"
echo "(each under taskset -c 0, taskset -c 1 and taskset -c 0,1)"
echo "(sys: median system time; a 2c sys several times the 1c sys marks a disturbed row, see docs/PERFORMANCE.md, session 12)"
