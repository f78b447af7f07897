#!/usr/bin/env bash
# Fuzzes zhizao's readers with libFuzzer (docs/ARCHITECTURE.md, "Fuzzing").
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# TARGET: yaml, csv, xlsx, cel (default: all four). Builds the targets (in .build/fuzz, apart
# from the normal build), writes their seed corpora from the examples, fixtures, rubric
# expressions and CEL conformance cases (scripts/fuzz-seeds.py), then runs each for SECONDS
# (default 60), starting libFuzzer again after a crash, and prints for each target its
# executions, coverage (edges `cov`, features `ft`), corpus size and new crash files. Inputs that crash, hang (more than 10 s) or run out of memory are kept in
# .build/fuzz/crashes/TARGET/; replay one with `.build/fuzz/release/fuzz-TARGET FILE`.
# The corpus each run grows is kept in .build/fuzz/corpus/TARGET/ for the next run; a log of
# each target's run is in .build/fuzz/logs/.
# Exits 1 when any target found something.
#
# Environment: FUZZ_CONFIG=release|debug (default release: several times the executions per
# second; debug builds sooner), FUZZ_PARALLEL=N targets at a time (default 1), FUZZ_RSS_MB
# (default 2048: AddressSanitizer's own memory is counted too), FUZZ_SCRATCH (default
# .build/fuzz: the build, seeds, corpora, crashes and logs).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(yaml csv xlsx cel)
config="${FUZZ_CONFIG:-release}"
parallel="${FUZZ_PARALLEL:-1}"
rss="${FUZZ_RSS_MB:-2048}"
work="${FUZZ_SCRATCH:-.build/fuzz}"
# FUZZ_SEED: libFuzzer's -seed, for runs that must try the same inputs each time (CI); unset,
# each run picks its own.
seed=()
[ -z "${FUZZ_SEED:-}" ] || seed=(-seed="$FUZZ_SEED")

for target in "${targets[@]}"; do
  case "$target" in
    yaml|csv|xlsx|cel) ;;
    *) echo "scripts/fuzz.sh: unknown target '$target' (yaml, csv, xlsx, cel)" >&2; exit 2 ;;
  esac
done

# One product at a time: SwiftPM builds a product with what it needs, and the rest of the
# package (the zhizao command, the tests) must not link against the instrumented modules.
start=$(date +%s)
for target in "${targets[@]}"; do
  ZHIZAO_FUZZ=1 swift build -c "$config" --scratch-path "$work" --product "fuzz-$target" 2>&1 \
    | grep -E 'error|warning: ' | grep -vE 'Cannot export local symbol|unhandled; explicitly declare' || true
  [ -x "$work/$config/fuzz-$target" ] || { echo "scripts/fuzz.sh: fuzz-$target did not build" >&2; exit 2; }
done
echo "fuzz build ($config): $(( $(date +%s) - start )) s"
# FUZZ_BUILD_ONLY=1: build and stop (scripts/test.sh builds while the browser tests run).
[ -z "${FUZZ_BUILD_ONLY:-}" ] || exit 0

rm -rf "$work/seeds"
python3 scripts/fuzz-seeds.py "$work/seeds"

run_target() {
  local target="$1" log="$work/logs/$1.log" options=() deadline=$(( $(date +%s) + seconds ))
  local execs=0 segments=0 remaining status segment last=""
  mkdir -p "$work/corpus/$target" "$work/logs" "$work/tmp/$target"
  case "$target" in
    yaml) options=(-max_len=16384 -dict="$work/seeds/yaml.dict") ;;
    csv) options=(-max_len=16384) ;;
    xlsx) options=(-max_len=32768) ;;
    cel) options=(-max_len=4096 -dict="$work/seeds/cel.dict") ;;
  esac
  : >"$log"
  # libFuzzer stops at the first crash: it is started again (the corpus kept) until the
  # time is up, at most 20 times. Swift's own crash backtracer is off so that libFuzzer
  # reports the trap; leak checking is off because the Swift runtime's caches read as leaks.
  while remaining=$(( deadline - $(date +%s) )); [ "$remaining" -gt 0 ] && [ "$segments" -lt 20 ]; do
    segments=$((segments + 1))
    segment="$work/logs/$target.segment"
    status=0
    # `timeout`: libFuzzer's own -timeout does not cover a custom mutator (fuzz-xlsx's).
    TMPDIR="$PWD/$work/tmp/$target" SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 \
      timeout --signal=KILL $((remaining + 60)) "$work/$config/fuzz-$target" -max_total_time="$remaining" -timeout=10 -rss_limit_mb="$rss" -detect_leaks=0 \
        "${options[@]}" "${seed[@]}" -artifact_prefix="$work/crashes/$target/" "$work/corpus/$target" "$work/seeds/$target" \
        >"$segment" 2>&1 || status=$?
    cat "$segment" >>"$log"
    # Status lines: "#EXECS  KIND  cov: C ft: F corp: N/SIZE …"
    last=$(grep -E '^#[0-9]+[[:space:]]+[A-Z]+[[:space:]]+cov: ' "$segment" | tail -1 || true)
    execs=$(( execs + $(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$last" | grep . || echo 0) ))
    [ "$status" -eq 0 ] && break
  done
  rm -rf "$work/tmp/$target" "$work/logs/$target.segment"
  printf '%s %s %s\n' "$execs" "$segments" "$last" >"$work/logs/$target.stats"
}

before=()
for target in "${targets[@]}"; do
  mkdir -p "$work/crashes/$target"
  before+=("$(ls "$work/crashes/$target" | wc -l)")
done
running=0
for target in "${targets[@]}"; do
  run_target "$target" &
  running=$((running + 1))
  if [ "$running" -ge "$parallel" ]; then wait -n; running=$((running - 1)); fi
done
wait

found=0
printf '%-6s %8s %12s %8s %8s %8s %s\n' target seconds executions cov ft corpus crashes
for i in "${!targets[@]}"; do
  target="${targets[$i]}"
  read -r execs segments line <"$work/logs/$target.stats" || true
  cov=$(sed -nE 's/.* cov: ([0-9]+) .*/\1/p' <<<"$line")
  ft=$(sed -nE 's/.* ft: ([0-9]+) .*/\1/p' <<<"$line")
  corp=$(sed -nE 's#.* corp: ([0-9]+)/.*#\1#p' <<<"$line")
  new=$(( $(ls "$work/crashes/$target" | wc -l) - ${before[$i]} ))
  printf '%-6s %8s %12s %8s %8s %8s %s\n' "$target" "$seconds" "${execs:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$new"
  if [ -z "$line" ]; then
    echo "  fuzz-$target did not report; see $work/logs/$target.log" >&2
    found=1
  fi
  if [ "$new" -gt 0 ]; then
    found=1
    ls -t "$work/crashes/$target" | head -"$new" | sed "s#^#  $work/crashes/$target/#"
  fi
done
exit "$found"
