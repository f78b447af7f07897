#!/usr/bin/env bash
# Issue 6's targets for `zhizao rank`, release build, shipped shandong-smart-factory rubric,
# data from the shared generator (through Benchmarks/Rank/generate.py, which fixes the one
# field the generator writes wrongly for our rubrics):
#
#   10,000 YAML assessments < 3 s · 100,000 < 30 s and < 300 MB peak · 10,000-row CSV < 2 s
#
# and, beside each YAML figure, what parsing the same YAML alone costs. Every run writes all
# the outputs (ranking.xlsx included) with a quota per city, as a province would run it.
#
#     Benchmarks/Rank/run.sh [--skip-100k] [--baseline OTHER_ZHIZAO]
#
# With --baseline, each case is also run with another build of zhizao (e.g. the release
# binary of an earlier commit), right after this one, so both figures come from one run.
#
# Data are generated once into .build/rank-bench/ (needs python3 and PyYAML) and reused.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=.build/rank-bench
rubric=Rubrics/shandong-smart-factory.yaml
skip100k=
baseline=
while [ $# -gt 0 ]; do
  case "$1" in
    --skip-100k) skip100k=--skip-100k ;;
    --baseline) baseline=$2; shift ;;
    *) echo "usage: $0 [--skip-100k] [--baseline OTHER_ZHIZAO]" >&2; exit 2 ;;
  esac
  shift
done

swift build -c release --product zhizao >/dev/null
swift build -c release --product scoring-benchmarks >/dev/null
bin=.build/release

. Benchmarks/Rank/data.sh
bench_tools
gen() { # name count format
  bench_data "$data/$1" "$rubric" "$2" "$3" 6
}
gen yaml-10k 10000 yaml
gen csv-10k 10000 csv
[ "$skip100k" = "--skip-100k" ] || gen yaml-100k 100000 yaml

measure() { # binary label input...
  local binary=$1 label=$2; shift 2
  local out
  out=$(mktemp -d)
  /usr/bin/time -f "%e %M" -o "$out/time" "$binary" rank "$@" --out "$out/ranking" --quota 5 --quota-by city --lang en >"$out/stdout"
  read -r seconds kb <"$out/time"
  printf '%-32s %7.2f s  peak %4d MB  %s\n' "$label" "$seconds" $((kb / 1024)) "$(cat "$out/stdout")"
  rm -rf "$out"
}
run() { # label input...
  local label=$1; shift
  measure "$bin/zhizao" "$label" "$@"
  if [ -n "$baseline" ]; then measure "$baseline" "$label (baseline)" "$@"; fi
}

echo "machine: $(nproc) cores; zhizao rank, release build"
run "10k YAML" "$data/yaml-10k"
"$bin/scoring-benchmarks" --parse-only "$data/yaml-10k"
run "10k-row CSV" "$data/csv-10k/assessments.csv"
if [ "$skip100k" != "--skip-100k" ]; then
  run "100k YAML" "$data/yaml-100k"
  "$bin/scoring-benchmarks" --parse-only "$data/yaml-100k"
fi
