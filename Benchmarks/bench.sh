#!/bin/sh
# `make bench`: parley's benchmarks (issue 6). Release builds only; never part of `make test`.
#
#   1. the package-benchmark suite in Benchmarks/ (engine on KTAB's data, apply + show, the
#      10,000-command replay, simulate 10000, scaling), medians of many in-process runs;
#   2. engine time per turn for n = 10…160 actors and the fitted exponent (parley-scaling);
#   3. whole-process times with hyperfine: `parley ktab …`, `parley -c quit`, the replay,
#      `simulate 10000` on the largest teaching scenario;
#   4. peak memory with /usr/bin/time -v (the REPL's and simulate's, up to simulate 100000);
#   5. start-up beside sqlite3's in one hyperfine run, with the seed cache warm and turned off,
#      and `-c show` (the first command that reads the world decodes it);
#   6. one core against two (Benchmarks/cores.sh: simulate, search and sensitivity under
#      taskset, alternating), the same work as two independent 1-core processes (what two busy
#      cores cost here), the same runs split into two halves side by side (Benchmarks/halves.py:
#      the best any split could do), and search's peak memory;
#   7. how to run KTAB's smpc beside parley (printed; run only when SMPC=path/to/smpc is set).
#
# Results go to Benchmarks/results/ (markdown and JSON from hyperfine, text from the rest).
# BENCH_QUICK=1 runs fewer repetitions; BENCH_SUITE=0 skips the suite and the scaling fit.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/Benchmarks/results"
KTAB="$ROOT/Tests/ParleyKitTests/Fixtures/ktab"
mkdir -p "$OUT"

# Medians of a hyperfine JSON export (this hyperfine gives user and system time as means only).
medians() {
  python3 - "$1" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f'{r["command"]:40s} median {r["median"]*1000:9.1f} ms wall  (mean user {r["user"]*1000:.1f} ms, '
          f'sys {r["system"]*1000:.1f} ms; min {r["min"]*1000:.1f}, max {r["max"]*1000:.1f}, {len(r["times"])} runs)')
PY
}

RUNS=30
SUITE_ARGS=""
if [ "${BENCH_QUICK:-}" = 1 ]; then RUNS=5; SUITE_ARGS="--filter engine/dummyData_6Dim.csv"; fi

# Tools from Debian's packages, installed when missing (as `make setup` does for libedit).
missing=""
command -v hyperfine >/dev/null 2>&1 || missing="$missing hyperfine"
command -v sqlite3 >/dev/null 2>&1 || missing="$missing sqlite3"
[ -x /usr/bin/time ] || missing="$missing time"
command -v python3 >/dev/null 2>&1 || missing="$missing python3"
if [ -n "$missing" ]; then
  echo "installing:$missing"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get install -y $missing >/dev/null 2>&1 || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y $missing; }
fi

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "nproc: $(nproc)"
  lscpu | grep 'Model name' | sed 's/  */ /g'
  swift --version 2>/dev/null | head -1
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
} | tee "$OUT/machine.txt"

echo "== building parley (release, Swift libraries linked statically: what \`make release\` builds)"
RELEASE_LINK=""; [ "$(uname -s)" = Linux ] && RELEASE_LINK="-Xlinker -no-pie"  # as the Makefile's release
# shellcheck disable=SC2086
swift build -c release --static-swift-stdlib $RELEASE_LINK --scratch-path .build-static
PARLEY="$(swift build -c release --static-swift-stdlib --scratch-path .build-static --show-bin-path)/parley"
echo "== building parley (release, Swift libraries linked dynamically, for the start-up comparison)"
swift build -c release
DYNAMIC="$(swift build -c release --show-bin-path)/parley"

echo "== building the benchmark package (release)"
swift build -c release --package-path Benchmarks
TOOLS="$(swift build -c release --package-path Benchmarks --show-bin-path)"
"$TOOLS/parley-replay-script" 10000 > "$OUT/replay-10000.parley"

if [ "${BENCH_SUITE:-1}" != 0 ]; then
  echo "== package-benchmark suite"
  swift package --package-path Benchmarks benchmark --no-progress $SUITE_ARGS 2>&1 | tee "$OUT/suite.txt"

  echo "== scaling: engine time per turn against the number of actors"
  "$TOOLS/parley-scaling" | tee "$OUT/scaling.txt"
  "$TOOLS/parley-scaling" --workers 1 | tee "$OUT/scaling-1-worker.txt"
fi

echo "== whole process (hyperfine; medians in $OUT/whole-process.md)"
hyperfine -N --warmup 3 --runs "$RUNS" \
  --export-markdown "$OUT/whole-process.md" --export-json "$OUT/whole-process.json" \
  -n "ktab dummyData_6Dim.csv" "$PARLEY ktab $KTAB/dummyData_6Dim.csv" \
  -n "ktab dummyData-a040.csv" "$PARLEY ktab $KTAB/dummyData-a040.csv" \
  -n "ktab SOE-Competitive.csv" "$PARLEY ktab $KTAB/SOE-Competitive.csv" \
  -n "ktab dummyData-a080.csv" "$PARLEY ktab $KTAB/dummyData-a080.csv" \
  -n "ktab dummyData-a160.csv" "$PARLEY ktab $KTAB/dummyData-a160.csv" \
  -n "quit: start-up, seeds, exit" "$PARLEY -c quit" \
  -n "replay 10,000 commands" "$PARLEY $OUT/replay-10000.parley" \
  -n "simulate 10000, teach-sanctions-squeeze" "$PARLEY $ROOT/scenarios/teach-sanctions-squeeze.parley -c 'simulate 10000'"
medians "$OUT/whole-process.json" | tee "$OUT/whole-process-medians.txt"

echo "== peak memory (/usr/bin/time -v, maximum resident set size)"
: > "$OUT/peak-memory.txt"
for label in "parley -c quit" "parley replay-10000.parley" "parley ktab dummyData-a160.csv" "parley simulate 10000" \
             "parley simulate 100000"; do
  case "$label" in
    "parley simulate 10000") set -- "$PARLEY" "$ROOT/scenarios/teach-sanctions-squeeze.parley" -c "simulate 10000" ;;
    "parley simulate 100000") set -- "$PARLEY" "$ROOT/scenarios/teach-sanctions-squeeze.parley" -c "simulate 100000" ;;
    "parley -c quit") set -- "$PARLEY" -c quit ;;
    "parley replay-10000.parley") set -- "$PARLEY" "$OUT/replay-10000.parley" ;;
    *) set -- "$PARLEY" ktab "$KTAB/dummyData-a160.csv" ;;
  esac
  /usr/bin/time -v "$@" >/dev/null 2>"$OUT/time-v.tmp"
  awk -F: -v label="$label" '/Maximum resident/ {printf "%-32s %6.1f MB (%d kB)\n", label, $2 / 1024, $2}' \
    "$OUT/time-v.tmp" | tee -a "$OUT/peak-memory.txt"
done
rm -f "$OUT/time-v.tmp"

echo "== start-up beside sqlite3 (one hyperfine run; the seed cache warm, then turned off)"
"$PARLEY" -c quit; "$DYNAMIC" -c quit  # warm each binary's cache (the key names the program)
uptime | tee "$OUT/start-up-load.txt"
hyperfine -N --warmup 5 --runs "$((RUNS * 2))" --export-markdown "$OUT/start-up.md" --export-json "$OUT/start-up.json" \
  -n "parley -c quit" "$PARLEY -c quit" \
  -n "parley -c show (decodes the world)" "$PARLEY -c show" \
  -n "parley -c quit, dynamic" "$DYNAMIC -c quit" \
  -n "parley -c quit, no cache" "env PARLEY_CACHE= $PARLEY -c quit" \
  -n "parley --version" "$PARLEY --version" \
  -n "parley --version, dynamic" "$DYNAMIC --version" \
  -n "sqlite3 :memory: .quit" "sqlite3 :memory: .quit" | tee "$OUT/start-up.txt"
medians "$OUT/start-up.json" | tee "$OUT/start-up-medians.txt"

echo "== start-up in instructions (callgrind; repeatable under load)"
# valgrind 3.19 cannot read the DWARF 5 debug info Swift writes: profile stripped copies.
if command -v valgrind >/dev/null 2>&1; then
  : > "$OUT/start-up-instructions.txt"
  for binary in "$PARLEY" "$DYNAMIC"; do
    label=static; [ "$binary" = "$DYNAMIC" ] && label=dynamic
    copy="$(mktemp /tmp/parley-prof.XXXXXX)"
    cp "$binary" "$copy" && chmod 755 "$copy" && objcopy --strip-debug "$copy"
    # `-c quit` never decodes the cached world; `-c show`, like most first commands, does.
    for args in "-c quit" "--version" "-c show"; do
      # shellcheck disable=SC2086
      valgrind --tool=callgrind --callgrind-out-file=/dev/null "$copy" $args >/dev/null 2>&1  # warms its cache
      # shellcheck disable=SC2086
      count=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$copy" $args 2>&1 >/dev/null | awk '/Collected/ {print $4}')
      echo "parley $args ($label): $count instructions" | tee -a "$OUT/start-up-instructions.txt"
    done
    rm -f "$copy"
  done
  count=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null sqlite3 :memory: .quit 2>&1 | awk '/Collected/ {print $4}')
  echo "sqlite3 :memory: .quit: $count instructions" | tee -a "$OUT/start-up-instructions.txt"
fi

echo "== one core against two: simulate, search, sensitivity (taskset, alternating 1- and 2-core runs)"
# Alternating runs, medians: on this shared virtual machine the speed drifts over tens of seconds,
# so a block of 1-core runs followed by a block of 2-core runs (hyperfine's order) measures the
# drift as much as the code.
CORES_ROUNDS="$((RUNS / 3 + 1))" CORES_OUT="$OUT/cores" Benchmarks/cores.sh "$PARLEY" | tee "$OUT/cores.txt"
# What two busy cores cost on this machine whatever the code is cores.sh's `ceiling` column: each
# round it also runs two 1-core copies side by side, one on each CPU.
echo "== two threads against an ideal split: simulate 10000 in one process, and in two halves side by side"
# The halves share nothing, so no split of the work could beat them: `threads / split` of 1.00 or
# more means the two-CPU process lost nothing to sharing (docs/PERFORMANCE.md, session 15).
Benchmarks/halves.py -r "$((RUNS / 3 + 1))" "$PARLEY" 10000 | tee "$OUT/halves.txt"
Benchmarks/halves.py -r "$((RUNS / 3 + 1))" "$PARLEY" 10000 scenarios/teach-sanctions-squeeze.parley | tee -a "$OUT/halves.txt"

echo "== search: depth 3 over the whole catalog on the July state, its peak memory (its cores: above)"
SEARCH_GOAL='gap(RU,UA).territory < 10'
/usr/bin/time -v "$PARLEY" -c 'load at=2025-07-23' -c "search \"$SEARCH_GOAL\" depth=3 beam=48" >"$OUT/search-output.txt" 2>"$OUT/time-v.tmp"
awk -F: '/Maximum resident/ {printf "%-32s %6.1f MB (%d kB)\n", "parley search depth 3", $2 / 1024, $2}' "$OUT/time-v.tmp" \
  | tee -a "$OUT/peak-memory.txt"
rm -f "$OUT/time-v.tmp"

cat <<'KTAB'
== KTAB's smpc side by side (not part of the repository; nothing of KTAB's is committed)
Build it in a scratch folder outside this repository, from KTAB's own sources
(https://github.com/KAPSARC/KTAB, MIT licence). The layout below is the one KTAB's CMake files
show in the copy of its sources this project could read (a public fork of KAPSARC/KTAB): the
libraries in KTAB/kutils and KTAB/kmodel, smpc in examples/smp, whose CMakeLists.txt finds the
libraries through KTAB/cmakemodules (it looks in ../../KTAB/kutils/build, and so on). That
CMakeLists.txt sets CMAKE_BUILD_TYPE to Debug itself, so optimise through CMAKE_CXX_FLAGS, and
turn its two GUIs off. These steps were not run here: this machine cannot clone from GitHub.
  mkdir -p /tmp/ktab-scratch && cd /tmp/ktab-scratch
  git clone --depth 1 https://github.com/KAPSARC/KTAB.git && cd KTAB
  sudo apt-get install -y cmake g++ libsqlite3-dev libtinyxml2-dev qtbase5-dev libqt5sql5-sqlite
  for part in KTAB/kutils KTAB/kmodel; do
    (mkdir -p $part/build && cd $part/build && cmake -DCMAKE_CXX_FLAGS=-O2 .. && make -j2)
  done
  (mkdir -p examples/smp/build && cd examples/smp/build &&
   cmake -DCMAKE_CXX_FLAGS=-O2 -DENABLE_FLTK_GUI=OFF -DENABLE_QT_GUI=OFF .. && make -j2 smpc)
  # smpc lands in examples/smp/ (EXECUTABLE_OUTPUT_PATH), or in build/ in other versions
Versions that write through Qt's SQL layer do nothing useful without a database driver, which
must be named with --connstr:
  smpc --logmin --csv FILE.csv --connstr "Driver=QSQLITE;Database=/tmp/ktab-scratch/run"
Then run both on each file in one hyperfine run, e.g.
  SMPC=/tmp/ktab-scratch/KTAB/examples/smp/smpc make bench
KTAB
if [ -n "${SMPC:-}" ]; then
  echo "== KTAB smpc beside parley"
  uptime | tee "$OUT/ktab-load.txt"
  for file in dummyData_3Dim SOE-Pol-Comp SOE-Policy SOE-Competitive dummyData_6Dim dummyData-a040 dummyData-a080; do
    hyperfine -N --warmup 1 --runs 5 --export-markdown "$OUT/ktab-$file.md" \
      -n "smpc $file" "$SMPC --logmin --csv $KTAB/$file.csv --connstr Driver=QSQLITE;Database=/tmp/parley-bench-ktab" \
      -n "parley ktab $file" "$PARLEY ktab $KTAB/$file.csv"
  done
fi
