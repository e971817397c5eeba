#!/bin/sh
# Builds parley's libFuzzer targets and runs each in turn for FUZZ_SECONDS (`make fuzz`).
#
#   FUZZ_SECONDS=600 Fuzz/fuzz.sh                 # ten minutes each
#   FUZZ_TARGETS="fuzz-ktab" Fuzz/fuzz.sh          # one target
#   FUZZ_SECONDS=0 Fuzz/fuzz.sh                    # build and replay the regressions only
#
# One fuzzer process at a time (libFuzzer's plain single-process mode). Per target, first the
# inputs in Fuzz/Regressions/<target>/ are replayed (each once; any crash fails the run), then
# libFuzzer mutates from Fuzz/Corpus/<target>/ (read-only) into Fuzz/.runs/<target>/corpus/.
# Logs, crash artefacts and the summary table go to Fuzz/.runs/. Exit status 1 when anything
# crashed, hung, leaked or ran out of memory.
set -u
cd "$(dirname "$0")/.." || exit 1
ROOT=$(pwd)
SWIFT=${SWIFT:-swift}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_TARGETS=${FUZZ_TARGETS:-fuzz-script fuzz-seeds fuzz-ktab fuzz-interpreter}
FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-30}      # seconds one input may take before it counts as a hang
FUZZ_RSS_MB=${FUZZ_RSS_MB:-2048}
RUNS="$ROOT/Fuzz/.runs"
# Swift's own crash backtracer reads the crashed process's memory in a way AddressSanitizer
# reports as an error of its own; libFuzzer prints the stack instead.
export SWIFT_BACKTRACE=enable=no
BIN="$ROOT/Fuzz/.build/release"

# libFuzzer and the sanitizer runtimes ship with the Swift toolchain (compiler-rt); the linker
# is the system's (binutils), installed with apt-get if missing.
toolchain=$(dirname "$(command -v "$SWIFT")")/..
if ! ls "$toolchain"/lib/swift/clang/lib/linux/libclang_rt.fuzzer*.a >/dev/null 2>&1 &&
   ! ls "$toolchain"/lib/clang/*/lib/*/libclang_rt.fuzzer*.a >/dev/null 2>&1; then
  echo "warning: no libclang_rt.fuzzer in $toolchain; a Swift toolchain from swift.org has it" >&2
fi
if [ "$(uname -s)" = Linux ] && ! command -v ld >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get install -y binutils >/dev/null 2>&1 || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y binutils; }
fi

echo "building the fuzzers (release, -sanitize=fuzzer,address)"
"$SWIFT" build --package-path Fuzz --scratch-path Fuzz/.build -c release \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -g -Xswiftc -DPARLEY_LIBFUZZER || exit 1

max_len() {
  case "$1" in
    fuzz-script) echo 70000 ;;       # just above the parser's 65,536-character line limit
    fuzz-seeds) echo 65536 ;;
    fuzz-ktab) echo 16384 ;;
    fuzz-interpreter) echo 4096 ;;
  esac
}

mkdir -p "$RUNS"
SUMMARY="$RUNS/summary.txt"
printf '%-17s %7s %11s %8s %6s %7s %13s %7s %6s %6s %5s %5s\n' \
  target seconds executions exec/s cov ft corpus rss_mb crash hang leak oom >"$SUMMARY"
failed=0
for target in $FUZZ_TARGETS; do
  dir="$RUNS/$target"
  mkdir -p "$dir/corpus" "$dir/artifacts"
  log="$dir/fuzz.log"
  : >"$log"
  regressions="$ROOT/Fuzz/Regressions/$target"
  if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions" 2>/dev/null)" ]; then
    echo "$target: replaying $(ls "$regressions" | wc -l) regression input(s)"
    if ! "$BIN/$target" -timeout="$FUZZ_TIMEOUT" -rss_limit_mb="$FUZZ_RSS_MB" \
        -artifact_prefix="$dir/artifacts/" "$regressions"/* >"$dir/regressions.log" 2>&1; then
      echo "$target: a regression input fails again; see $dir/regressions.log"
      failed=1
    fi
  fi
  [ "$FUZZ_SECONDS" -gt 0 ] || continue
  echo "$target: fuzzing for $FUZZ_SECONDS s (log: $log)"
  touch "$dir/.started"
  started=$(date +%s)
  "$BIN/$target" \
    -max_total_time="$FUZZ_SECONDS" -timeout="$FUZZ_TIMEOUT" -rss_limit_mb="$FUZZ_RSS_MB" \
    -max_len="$(max_len "$target")" -dict="$ROOT/Fuzz/Dictionaries/$target.dict" \
    -print_final_stats=1 -artifact_prefix="$dir/artifacts/" \
    "$dir/corpus" "$ROOT/Fuzz/Corpus/$target" >>"$log" 2>&1
  status=$?
  elapsed=$(( $(date +%s) - started ))
  # Only what this run found; earlier artefacts stay in the folder.
  count() { find "$dir/artifacts" -newer "$dir/.started" -name "$1-*" | wc -l ; }
  [ "$status" -eq 0 ] && [ "$(find "$dir/artifacts" -newer "$dir/.started" -type f | wc -l)" -eq 0 ] || failed=1
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | grep ' cov: ' | tail -1)
  cov=$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
  ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
  corp=$(echo "$last" | sed -n 's/.* corp: \([^ ]*\).*/\1/p')
  printf '%-17s %7s %11s %8s %6s %7s %13s %7s %6s %6s %5s %5s\n' "$target" "$elapsed" \
    "${executions:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "${rss:-?}" \
    "$(count crash)" "$(count timeout)" "$(count leak)" "$(count oom)" >>"$SUMMARY"
  if [ "$status" -ne 0 ]; then
    echo "$target: libFuzzer stopped with status $status; artefacts in $dir/artifacts/"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|Fatal error|.*Fatal error)' "$log" | head -5
  fi
done
echo
cat "$SUMMARY"
exit "$failed"
