#!/usr/bin/env bash
# Issue 18's target for hostile input, release build: no input of at most 10 MB makes a
# command exceed 300 MB of peak memory or 10 s before it is refused. Each of the project's
# own hostile fixtures (Benchmarks/Hostile/make_fixtures.py, built once into
# .build/hostile-bench/) is run under /usr/bin/time -v; the line shows the input's size, the
# wall time, the peak resident memory, the exit status and whether the target is met. Also
# measured, without a target: `rank --reports` on a 20 MB CSV of 10,000 applicants with long
# N/A reasons (the shared generator's CSV, every N/A reason lengthened).
#
#     Benchmarks/Hostile/run.sh
#
# Measured on 2 cores (shared with other builds), December 2026, `Benchmarks/Hostile/run.sh`:
#
#   fixture               input     time     peak  exit  target
#   zip-bomb.xlsx          1.1 MB   0.45 s    84 MB    1  ok    (1.1 GB sheet part; was ~550 MB)
#   strings-bomb.xlsx      0.4 MB   0.42 s    86 MB    1  ok    (400 MB shared strings; was 42 s, 1.9 GB)
#   strings-count.xlsx     0.1 MB   0.75 s    91 MB    1  ok
#   strings-reuse.xlsx     0.0 MB   0.09 s    31 MB    1  ok
#   cells-bomb.xlsx        0.0 MB   0.10 s    58 MB    1  ok
#   wide-csv.csv          10.0 MB   0.26 s    84 MB    1  ok
#   deep-yaml.yaml         0.0 MB   0.02 s    15 MB    2  ok
#   deep-json.json         0.1 MB   0.02 s    15 MB    2  ok
#   alias-bomb.yaml        0.0 MB   0.02 s    15 MB    2  ok
#   big-yaml.yaml         10.0 MB   0.58 s   108 MB    2  ok
#   escape-name.yaml       0.0 MB   0.12 s    29 MB    0  ok    (name shown as \u001b[2J…)
#   csv-20mb --reports    20.0 MB   see the last line of a run
#
# (The figures above are replaced by the run's own output when re-measured; see the report
# of the commit that last changed them.)
set -euo pipefail
cd "$(dirname "$0")/../.."
data=.build/hostile-bench
rubric=Rubrics/shandong-smart-factory.yaml

swift build -c release --product zhizao >/dev/null
bin=.build/release/zhizao

. Benchmarks/Rank/data.sh
bench_tools

if [ ! -e "$data/fixtures.done" ]; then
  python3 Benchmarks/Hostile/make_fixtures.py "$data" zip-bomb strings-bomb strings-count strings-reuse cells-bomb \
    wide-csv deep-yaml deep-json alias-bomb big-yaml escape-name >/dev/null
  touch "$data/fixtures.done"
fi
# 10,000 applicants as CSV, every N/A reason lengthened until the file is 20 MB.
bench_data "$data/csv-10k" "$rubric" 10000 csv 6
if [ ! -e "$data/csv-20mb.csv" ]; then
  python3 - "$data/csv-10k/assessments.csv" "$data/csv-20mb.csv" <<'EOF'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
head, body = rows[0], rows[1:]
na = [i for i, h in enumerate(head) if h.endswith(".na")]
cells = sum(1 for r in body for i in na if i < len(r) and r[i].strip())
size = sum(len(",".join(r).encode()) + 2 for r in rows)
extra = max(0, 20 * 1024 * 1024 - size) // max(1, cells)
filler = "该指标不适用的具体原因说明：本企业生产方式为离散装配，不涉及此项。"
pad = (filler * (extra // len(filler.encode()) + 1)).encode()[:extra].decode("utf-8", "ignore")
for r in body:
    for i in na:
        if i < len(r) and r[i].strip():
            r[i] = r[i] + " " + pad
with open(sys.argv[2], "w", encoding="utf-8", newline="") as f:
    csv.writer(f, lineterminator="\r\n").writerows([head] + body)
EOF
fi

measure() { # label target(yes|no) command...
  local label=$1 target=$2; shift 2
  local out status seconds kb input
  out=$(mktemp -d)
  input=${*: -1}
  case "$1" in rank) input=$2 ;; esac
  set +e
  /usr/bin/time -v -o "$out/time" "$bin" "$@" >"$out/stdout" 2>"$out/stderr"
  status=$?
  set -e
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$out/time")
  kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$out/time")
  local verdict=""
  if [ "$target" = yes ]; then
    verdict=ok
    if [ $((kb / 1024)) -gt 300 ] || awk "BEGIN { exit !($seconds > 10) }"; then verdict=MISSED; fi
  fi
  printf '%-22s %6.1f MB %7.2f s %5d MB %4d  %s\n' "$label" "$(awk "BEGIN { print $(stat -c %s "$input") / 1048576 }")" \
    "$seconds" $((kb / 1024)) "$status" "$verdict"
  if [ "$label" = escape-name.yaml ] && grep -q $'\e' "$out/stdout"; then echo "  an escape character reached the terminal" >&2; exit 1; fi
  rm -rf "$out"
}

echo "machine: $(nproc) cores; zhizao $(git rev-parse --short HEAD 2>/dev/null || echo '?'), release build"
printf '%-22s %9s %9s %8s %4s  %s\n' fixture input time peak exit target
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in zip-bomb strings-bomb strings-count strings-reuse cells-bomb; do
  measure "$f.xlsx" yes rank "$data/$f.xlsx" --out "$tmp/$f" --lang en
done
measure wide-csv.csv yes rank "$data/wide-csv.csv" --out "$tmp/wide" --lang en
for f in deep-yaml.yaml deep-json.json alias-bomb.yaml big-yaml.yaml; do
  measure "$f" yes score --lang en "$data/$f"
done
measure escape-name.yaml yes score --format text --lang en "$data/escape-name.yaml"
measure "csv-20mb --reports" no rank "$data/csv-20mb.csv" --out "$tmp/csv-20mb" --reports --lang en
