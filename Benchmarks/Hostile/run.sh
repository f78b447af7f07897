#!/usr/bin/env bash
# Issue 18's target for hostile input, release build: no input of at most 10 MB makes a
# command exceed 300 MB of peak memory or 10 s before it is refused. Each of the project's
# own hostile fixtures (Benchmarks/Hostile/make_fixtures.py, built once into
# .build/hostile-bench/) is run under /usr/bin/time -v; the line shows the input's size, the
# wall time, the peak resident memory, the exit status and whether the target is met. Also
# measured, without a target: `rank --reports` on a 20 MB CSV of 10,000 applicants with long
# N/A reasons (the shared generator's CSV, every N/A reason lengthened).
#
#     Benchmarks/Hostile/run.sh                          # every fixture, then the 20 MB CSV
#     HOSTILE_FIXTURES_ONLY=1 Benchmarks/Hostile/run.sh  # the fixtures and the 10,000-applicant workbook
#
# Measured with `Benchmarks/Hostile/run.sh` at commit 320c11e, 2 cores shared with other
# builds (load average 6-7, so times are about three times an idle machine's), 6 December 2026:
#
#   fixture                    input      time     peak exit  target
#   zip-bomb.xlsx             1.1 MB    0.11 s    35 MB    0  ok   (1.1 GB sheet part; before: 540-551 MB)
#   lying-bomb.xlsx           1.1 MB    0.88 s    95 MB    0  ok   (declares 1,000 bytes: stopped by the stream at 64 MB) *
#   strings-bomb.xlsx         0.5 MB    0.10 s    34 MB    0  ok   (400 MB of shared strings; before: 42 s, 1.9 GB)
#   strings-count.xlsx        0.0 MB    2.07 s   116 MB    0  ok   (1,500,000 empty shared strings)
#   strings-reuse.xlsx        0.0 MB    0.14 s    35 MB    0  ok   (one 1 MB string in 400 cells)
#   cells-bomb.xlsx           0.0 MB    0.19 s    77 MB    0  ok   (2,000 rows with a cell in XFD)
#   wide-csv.csv             10.0 MB    0.16 s    39 MB    0  ok   (a line of ten million commas)
#   deep-yaml.yaml            0.0 MB    0.03 s    27 MB    2  ok
#   deep-json.json            0.2 MB    0.02 s    27 MB    2  ok
#   alias-bomb.yaml           0.0 MB    0.03 s    27 MB    2  ok
#   big-yaml.yaml            10.0 MB    0.55 s    89 MB    2  ok
#   escape-name.yaml          0.0 MB    0.08 s    32 MB    0  ok   (the name printed as \u001b[2J…)
#   csv-20mb --reports       20.0 MB  165.95 s   297 MB    0
#
# Again at commit 842c5e6 on an idle machine (load 1.2), with HOSTILE_FIXTURES_ONLY=1, after
# the ZIP reader (ZIPArchiveReader) and streamed XML parsing, 6 December 2026: every fixture
# within 0.02-1.28 s and 27-108 MB (strings-count the slowest, lying-bomb 0.34 s / 97 MB);
#   stalled-deflate.xlsx      0.0 MB    0.05 s    34 MB    0  ok   (before: never ended)
#   xlsx-10k                  2.8 MB   12.75 s   132 MB    0       (before: refused, "error 1")
# and the same 10,000 applicants as CSV: `rank` 11.42 s, 83 MB; the two rankings agree.
# Written since by the fuzz seeds' workbook writer (2.9 MB): 12.73-13.13 s, 132 MB, idle.
#
# On a quieter machine (one fuzzer on the other core), 6 December 2026, the portable release
# binary (scripts/package.sh) on the same 20 MB CSV: `rank --reports` 62.8 s, 289 MB peak,
# 10,000 reports (the issue saw it run past 120 s).
#
# * added after that run; measured alone with the same command line
#   (`/usr/bin/time -v .build/release/zhizao rank .build/hostile-bench/lying-bomb.xlsx --out … --lang en`).
# (`rank` exits 0 when it wrote its outputs: a refused sheet is a line of rejected.csv.)
# The 20 MB CSV's time is the reports', not the long reasons': at the same load, `rank
# --reports` on the generator's 5 MB CSV of the same 10,000 applicants (short reasons) took
# 190.85 s and 281 MB, and `rank` without --reports 19.26 s / 91 MB (20 MB) against 18.33 s /
# 84 MB (5 MB).

set -euo pipefail
cd "$(dirname "$0")/../.."
data=.build/hostile-bench
rubric=Rubrics/shandong-smart-factory.yaml

swift build -c release --product zhizao >/dev/null
bin=.build/release/zhizao

. Benchmarks/Rank/data.sh
bench_tools

if [ ! -e "$data/fixtures.done" ]; then
  python3 Benchmarks/Hostile/make_fixtures.py "$data" zip-bomb lying-bomb strings-bomb strings-count strings-reuse cells-bomb \
    wide-csv deep-yaml deep-json alias-bomb big-yaml escape-name >/dev/null
  touch "$data/fixtures.done"
fi
# Added later: built on its own when a folder made by an earlier version lacks it.
[ -e "$data/stalled-deflate.xlsx" ] || python3 Benchmarks/Hostile/make_fixtures.py "$data" stalled-deflate >/dev/null
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

# The same 10,000 applicants (short reasons) as one workbook, a 26 MB sheet part, written by
# the fuzz seeds' workbook writer (inline strings, numbers as numbers).
if [ ! -e "$data/xlsx-10k.xlsx" ]; then
  python3 - "$data/csv-10k/assessments.csv" "$data/xlsx-10k.xlsx" <<'EOF'
import csv, importlib.util, sys, zipfile
spec = importlib.util.spec_from_file_location("fuzz_seeds", "scripts/fuzz-seeds.py")
seeds = importlib.util.module_from_spec(spec)
spec.loader.exec_module(seeds)
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
open(sys.argv[2], "wb").write(seeds.workbook(rows, False, zipfile.ZIP_DEFLATED))
EOF
fi

measure() { # label target(yes|no) command...
  local label=$1 target=$2; shift 2
  local out status seconds kb input
  out=$(mktemp -d)
  input=${*: -1}
  case "$1" in rank) input=$2 ;; esac
  set +e
  # A command that never ends (as stalled-deflate did) is stopped at 120 s: MISSED, status 137.
  /usr/bin/time -v -o "$out/time" timeout --signal=KILL 120 "$bin" "$@" >"$out/stdout" 2>"$out/stderr"
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
for f in zip-bomb lying-bomb stalled-deflate strings-bomb strings-count strings-reuse cells-bomb; do
  measure "$f.xlsx" yes rank "$data/$f.xlsx" --out "$tmp/$f" --lang en
done
measure wide-csv.csv yes rank "$data/wide-csv.csv" --out "$tmp/wide" --lang en
for f in deep-yaml.yaml deep-json.json alias-bomb.yaml big-yaml.yaml; do
  measure "$f" yes score --lang en "$data/$f"
done
measure escape-name.yaml yes score --format text --lang en "$data/escape-name.yaml"
measure "xlsx-10k" no rank "$data/xlsx-10k.xlsx" --out "$tmp/xlsx-10k" --lang en
# HOSTILE_FIXTURES_ONLY=1: the fixtures alone, without the minutes the 20 MB CSV takes.
[ -z "${HOSTILE_FIXTURES_ONLY:-}" ] || exit 0
measure "csv-20mb --reports" no rank "$data/csv-20mb.csv" --out "$tmp/csv-20mb" --reports --lang en
