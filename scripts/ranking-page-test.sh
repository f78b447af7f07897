#!/usr/bin/env bash
# Browser test of ranking.html at 10,000 rows: generates 10,000 Shandong assessments (one
# CSV sheet, from the shared generator through Benchmarks/Rank/generate.py; cached in
# .build/ranking-page-test/), ranks them with `--quota 5 --quota-by city`, opens the page in
# headless Chromium (offline) and drives its script over the DevTools protocol
# (scripts/ranking_page_check.py): searching by name and by a credit code typed in
# full-width characters, the group and status filters, "shortlist only", sorting by total
# and "show more", each checked against ranking.csv. Prints the page's load time, the time
# each action takes to the next frame, and the rank run's time and peak memory.
#
# Usage: scripts/ranking-page-test.sh
#
# Environment:
#   ZHIZAO            zhizao binary to test; default: `swift build -c release --product zhizao`
#                     (ranking 10,000 assessments takes minutes in a debug build).
#   CHROMIUM          Chromium binary; default: chromium-headless-shell or chromium.
#   RANKING_PAGE_ROWS how many assessments (default 10000).
#   GEN_ASSESSMENTS   the shared generator (default ../shared/tools/gen_assessments.py).
#   BROWSER_TEST_NO_INSTALL=1  never install anything; fail if something is missing.
#   KEEP_OUTPUT=1     keep the ranking under .build/ranking-page-test/ even on success.
#
# It installs what it needs only if missing (Debian: chromium-headless-shell or chromium,
# a CJK font, GNU time; PyPI: PyYAML for the generator). A screenshot of the lists after a
# search goes to .build/report-screenshots/ranking-page.png.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
CALLER_PWD="$PWD"
abspath() { case "$1" in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$CALLER_PWD/$1" ;; esac; }
if [ -n "${ZHIZAO:-}" ] && [[ "$ZHIZAO" == */* ]]; then ZHIZAO="$(abspath "$ZHIZAO")"; fi
if [ -n "${GEN_ASSESSMENTS:-}" ]; then export GEN_ASSESSMENTS="$(abspath "$GEN_ASSESSMENTS")"; fi
cd "$ROOT"

case "${1:-}" in
  -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
esac

ROWS="${RANKING_PAGE_ROWS:-10000}"
log() { printf 'ranking-page-test: %s\n' "$*"; }
die() { printf 'ranking-page-test: error: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
START="$(now)"

# ---------------------------------------------------------------------------
# 1. Dependencies, installed only if missing.
# ---------------------------------------------------------------------------
. "$SCRIPT_DIR/chromium.sh"

apt_packages=()
find_chromium >/dev/null || { if pkg_available chromium-headless-shell; then apt_packages+=(chromium-headless-shell); else apt_packages+=(chromium); fi; }
has_cjk_font || apt_packages+=(fonts-wqy-microhei)
[ -x /usr/bin/time ] || apt_packages+=(time)
if [ "${#apt_packages[@]}" -gt 0 ]; then
  [ "${BROWSER_TEST_NO_INSTALL:-}" = 1 ] && die "missing ${apt_packages[*]} and BROWSER_TEST_NO_INSTALL=1"
  log "installing ${apt_packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null 2>&1 || die "apt-get update failed"
  apt-get install -y -qq --no-install-recommends "${apt_packages[@]}" >/dev/null 2>&1 || die "apt-get install ${apt_packages[*]} failed"
fi
if ! python3 -c 'import yaml' >/dev/null 2>&1; then
  [ "${BROWSER_TEST_NO_INSTALL:-}" = 1 ] && die "PyYAML missing and BROWSER_TEST_NO_INSTALL=1"
  log "installing PyYAML"
  python3 -m pip install -q pyyaml >/dev/null 2>&1 || python3 -m pip install -q --break-system-packages pyyaml >/dev/null 2>&1 \
    || die "could not install PyYAML"
fi
CHROME="$(find_chromium)" || die "no Chromium binary found (set CHROMIUM)"

# ---------------------------------------------------------------------------
# 2. The zhizao binary and the assessments.
# ---------------------------------------------------------------------------
if [ -z "${ZHIZAO:-}" ]; then
  log "building zhizao (release)"
  mkdir -p .build
  swift build -c release --product zhizao >.build/ranking-page-test-build.log 2>&1 \
    || { tail -n 40 .build/ranking-page-test-build.log >&2; die "swift build -c release --product zhizao failed"; }
  ZHIZAO="$(swift build -c release --show-bin-path)/zhizao"
fi
[ -x "$ZHIZAO" ] || die "zhizao binary not found or not executable: $ZHIZAO"

WORK="$ROOT/.build/ranking-page-test"
DATA="$WORK/csv-$ROWS"
if [ ! -e "$DATA.done" ]; then
  log "generating $ROWS assessments"
  rm -rf "$DATA"
  mkdir -p "$WORK"
  python3 Benchmarks/Rank/generate.py --rubric Rubrics/shandong-smart-factory.yaml --count "$ROWS" --out "$DATA" \
    --format csv --seed 14 >"$WORK/generate.log" 2>&1 \
    || { tail -n 20 "$WORK/generate.log" >&2; die "the generator failed (is ../shared/tools/gen_assessments.py there? set GEN_ASSESSMENTS)"; }
  touch "$DATA.done"
fi

# ---------------------------------------------------------------------------
# 3. Rank, then drive the page.
# ---------------------------------------------------------------------------
OUT="$WORK/out"
rm -rf "$OUT"
/usr/bin/time -f "%e %M" -o "$WORK/time" "$ZHIZAO" rank "$DATA" --out "$OUT" --quota 5 --quota-by city --lang zh >"$WORK/stdout" \
  || die "zhizao rank failed: $(cat "$WORK/stdout")"
read -r seconds kb <"$WORK/time"
log "zhizao rank: $(cat "$WORK/stdout")"
log "zhizao rank: ${seconds} s, peak $((kb / 1024)) MB; ranking.html $(du -h "$OUT/ranking.html" | cut -f1), ranking.xlsx $(du -h "$OUT/ranking.xlsx" | cut -f1)"

mkdir -p .build/report-screenshots
if ! python3 "$SCRIPT_DIR/ranking_page_check.py" "$CHROME" "$OUT" "$ROOT/.build/report-screenshots/ranking-page.png"; then
  die "ranking.html failed in the browser (outputs kept in ${OUT#"$ROOT"/})"
fi
[ "${KEEP_OUTPUT:-}" = 1 ] && log "outputs kept in ${OUT#"$ROOT"/}" || rm -rf "$OUT"
log "passed in $(elapsed "$START") s"
