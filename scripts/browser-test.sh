#!/usr/bin/env bash
# Browser test of zhizao's reports: renders every example enterprise's HTML and
# Markdown report, opens the HTML in headless Chromium (offline), prints it to PDF
# and to a PNG screenshot, and checks what a reader would see against the JSON
# result of `zhizao score`.
#
# Usage: scripts/browser-test.sh [ASSESSMENT.yaml ...]
#   With no arguments every Examples/*/*.yaml is tested.
#
# Environment:
#   ZHIZAO            zhizao binary to test; default: `swift build --product zhizao`
#                     in the repository root and the binary from its bin path.
#   CHROMIUM          Chromium binary; default: chromium-headless-shell or chromium.
#   BROWSER_TEST_NO_INSTALL=1  never install anything; fail if something is missing.
#   KEEP_OUTPUT=1     keep the rendered files under .build/report-test/ even on success.
#
# It installs what it needs only if missing (Debian: chromium-headless-shell or
# chromium, a CJK font, poppler-utils; PyPI: markdown-it-py), so it runs on a
# fresh Debian 12 machine as root. Screenshots go to .build/report-screenshots/.
# Every example is checked; failures are collected and the script exits 1 at the
# end, naming each failing file and what failed.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
CHECK="$SCRIPT_DIR/check_report.py"
CHROMIUM_TIMEOUT=60

# Paths given by the caller are relative to where it was called from.
CALLER_PWD="$PWD"
abspath() { case "$1" in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$CALLER_PWD/$1" ;; esac; }
if [ -n "${ZHIZAO:-}" ] && [[ "$ZHIZAO" == */* ]]; then ZHIZAO="$(abspath "$ZHIZAO")"; fi
ARGS=()
for a in "$@"; do case "$a" in -*) ARGS+=("$a") ;; *) ARGS+=("$(abspath "$a")") ;; esac; done
set -- ${ARGS[@]+"${ARGS[@]}"}

cd "$ROOT"

case "${1:-}" in
  -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
esac

log() { printf 'browser-test: %s\n' "$*"; }
die() { printf 'browser-test: error: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# ---------------------------------------------------------------------------
# 1. Dependencies, installed only if missing.
# ---------------------------------------------------------------------------
. "$SCRIPT_DIR/chromium.sh"

has_markdown_it() { python3 -c 'import markdown_it' >/dev/null 2>&1; }

install_dependencies() {
  local apt_packages=() need_chromium=0 start
  command -v python3 >/dev/null 2>&1 || apt_packages+=(python3)
  find_chromium >/dev/null || need_chromium=1
  has_cjk_font || apt_packages+=(fonts-wqy-microhei)
  command -v pdftotext >/dev/null 2>&1 || apt_packages+=(poppler-utils)

  if [ "$need_chromium" = 0 ] && [ "${#apt_packages[@]}" = 0 ] && has_markdown_it; then
    log "dependencies already installed"
    return 0
  fi
  [ "${BROWSER_TEST_NO_INSTALL:-}" = 1 ] && die "dependencies missing and BROWSER_TEST_NO_INSTALL=1"
  command -v apt-get >/dev/null 2>&1 || die "dependencies missing and apt-get not found"

  start="$(now)"
  if [ "$need_chromium" = 1 ] || [ "${#apt_packages[@]}" -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    local apt_log
    apt_log="$(mktemp)"
    apt-get update -qq >"$apt_log" 2>&1 \
      || { cat "$apt_log" >&2; die "apt-get update failed"; }
    if [ "$need_chromium" = 1 ]; then
      # The headless shell has no GTK dependencies and is much smaller than chromium.
      if pkg_available chromium-headless-shell; then
        apt_packages+=(chromium-headless-shell)
      else
        apt_packages+=(chromium)
      fi
    fi
    log "installing ${apt_packages[*]}"
    apt-get install -y -qq --no-install-recommends "${apt_packages[@]}" >"$apt_log" 2>&1 \
      || { tail -n 30 "$apt_log" >&2; die "apt-get install ${apt_packages[*]} failed"; }
    rm -f "$apt_log"
  fi

  if ! has_markdown_it; then
    log "installing markdown-it-py"
    python3 -m pip install -q --disable-pip-version-check markdown-it-py >/dev/null 2>&1 \
      || python3 -m pip install -q --disable-pip-version-check --break-system-packages markdown-it-py >/dev/null 2>&1 \
      || { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-markdown-it >/dev/null 2>&1; } \
      || true
    has_markdown_it || die "could not install the python3 module markdown_it (markdown-it-py)"
  fi
  log "installed dependencies in $(elapsed "$start") s"
}

install_dependencies
CHROME="$(find_chromium)" || die "no Chromium binary found (set CHROMIUM)"
command -v pdftotext >/dev/null 2>&1 || die "pdftotext not found"
log "chromium: $CHROME ($("$CHROME" --version 2>/dev/null | head -n 1 || echo unknown version))"

# ---------------------------------------------------------------------------
# 2. The zhizao binary.
# ---------------------------------------------------------------------------
if [ -z "${ZHIZAO:-}" ]; then
  log "building zhizao"
  mkdir -p .build
  swift build --product zhizao >.build/browser-test-build.log 2>&1 \
    || { tail -n 40 .build/browser-test-build.log >&2; die "swift build --product zhizao failed"; }
  ZHIZAO="$(swift build --show-bin-path)/zhizao"
fi
[ -x "$ZHIZAO" ] || die "zhizao binary not found or not executable: $ZHIZAO"
# `zhizao report --help` exits 0 even without a report subcommand (the root help is
# printed), so look for the subcommand in the root help instead.
# (Capture the help first: `grep -q` closing the pipe early would fail under pipefail.)
ZHIZAO_HELP="$("$ZHIZAO" --help 2>/dev/null || true)"
grep -Eq '^[[:space:]]+report([[:space:]]|$)' <<<"$ZHIZAO_HELP" \
  || die "this zhizao ($ZHIZAO) has no 'report' subcommand"

# ---------------------------------------------------------------------------
# 3. Every example.
# ---------------------------------------------------------------------------
if [ "$#" -gt 0 ]; then
  FILES=("$@")
else
  shopt -s nullglob
  FILES=(Examples/*/*.yaml)
  shopt -u nullglob
fi
[ "${#FILES[@]}" -gt 0 ] || die "no example assessments found"

mkdir -p .build/report-test .build/report-screenshots
OUT="$(mktemp -d "$ROOT/.build/report-test/run.XXXXXX")"
SHOTS="$ROOT/.build/report-screenshots"
PROFILE="$OUT/chromium-profile"
mkdir -p "$PROFILE"

# Offline, throw-away profile; no first-run, sync, or update traffic.
CHROME_FLAGS=(
  --headless --no-sandbox --disable-gpu --disable-dev-shm-usage
  --no-first-run --no-default-browser-check --disable-extensions
  --disable-background-networking --disable-sync --disable-component-update
  --user-data-dir="$PROFILE" --hide-scrollbars --force-device-scale-factor=1
)

# chrome NAME STAGE ARGS...: runs Chromium with a timeout; its stderr goes to a log.
chrome() {
  local name="$1" stage="$2"; shift 2
  timeout "$CHROMIUM_TIMEOUT" "$CHROME" "${CHROME_FLAGS[@]}" "$@" 2>>"$OUT/$name.$stage.chromium.log"
}

FAILURES=()
SCREENSHOTS=()
fail() { # fail NAME FILE MESSAGE
  FAILURES+=("$2: $3")
  printf 'FAIL %s (%s): %s\n' "$1" "$2" "$3" >&2
}

test_one() {
  local file="$1" name html md result dom pdf txt png url summary rc
  name="$(basename "$file" .yaml)"
  html="$OUT/$name.html"; md="$OUT/$name.md"; result="$OUT/$name.result.json"
  dom="$OUT/$name.dom.html"; pdf="$OUT/$name.pdf"; txt="$OUT/$name.pdf.txt"
  png="$SHOTS/$name.png"

  if ! "$ZHIZAO" score --format json --no-plan "$file" >"$result" 2>"$OUT/$name.score.err"; then
    # score may exit non-zero for an assessment that reaches no tier; only a missing
    # or unparsable result is a failure.
    :
  fi
  summary="$(python3 "$CHECK" summary "$result" 2>&1)" \
    || { fail "$name" "$file" "zhizao score --format json: $summary $(head -c 400 "$OUT/$name.score.err")"; return; }

  "$ZHIZAO" report "$file" --format html -o "$html" 2>"$OUT/$name.report-html.err" \
    || { fail "$name" "$file" "zhizao report --format html failed: $(head -c 400 "$OUT/$name.report-html.err")"; return; }
  [ -s "$html" ] || { fail "$name" "$file" "zhizao report --format html wrote no file $html"; return; }
  url="file://$html"

  # The DOM as Chromium built it.
  rc=0; chrome "$name" dom --dump-dom "$url" >"$dom" || rc=$?
  if [ "$rc" != 0 ] || [ ! -s "$dom" ]; then
    fail "$name" "$file" "chromium --dump-dom failed (exit $rc; log $OUT/$name.dom.chromium.log)"; return
  fi
  local msg
  msg="$(python3 "$CHECK" dom "$result" "$dom" 2>&1)" || { fail "$name" "$file" "DOM: $msg"; return; }
  [ -n "$msg" ] && printf '  %s: %s\n' "$name" "$msg"

  # PDF: the enterprise name must be in its text.
  rc=0; chrome "$name" pdf --no-pdf-header-footer --print-to-pdf="$pdf" "$url" >/dev/null || rc=$?
  if [ "$rc" != 0 ] || [ ! -s "$pdf" ]; then
    fail "$name" "$file" "chromium --print-to-pdf failed (exit $rc; log $OUT/$name.pdf.chromium.log)"; return
  fi
  pdftotext -enc UTF-8 "$pdf" "$txt" 2>"$OUT/$name.pdftotext.err" \
    || { fail "$name" "$file" "pdftotext failed: $(head -c 400 "$OUT/$name.pdftotext.err")"; return; }
  msg="$(python3 "$CHECK" text "$result" "$txt" 2>&1)" || { fail "$name" "$file" "PDF: $msg"; return; }
  local pages
  pages="$(python3 "$CHECK" pages "$dom" "$txt" 2>&1)" || { fail "$name" "$file" "PDF pages: $pages"; return; }

  # PNG screenshot.
  rm -f "$png"
  rc=0; chrome "$name" png --screenshot="$png" --window-size=1200,3000 "$url" >/dev/null || rc=$?
  if [ "$rc" != 0 ] || [ ! -s "$png" ]; then
    fail "$name" "$file" "chromium --screenshot failed (exit $rc; log $OUT/$name.png.chromium.log)"; return
  fi
  msg="$(python3 "$CHECK" png "$png" 2>&1)" || { fail "$name" "$file" "PNG: $msg"; return; }
  SCREENSHOTS+=("${png#"$ROOT"/}")

  # Markdown report.
  "$ZHIZAO" report "$file" --format markdown -o "$md" 2>"$OUT/$name.report-md.err" \
    || { fail "$name" "$file" "zhizao report --format markdown failed: $(head -c 400 "$OUT/$name.report-md.err")"; return; }
  [ -s "$md" ] || { fail "$name" "$file" "zhizao report --format markdown wrote no file $md"; return; }
  msg="$(python3 "$CHECK" markdown "$result" "$md" 2>&1)" || { fail "$name" "$file" "Markdown: $msg"; return; }

  printf 'ok %s: %s, pdf (%s), png, markdown\n' "$name" "$summary" "$pages"
}

RUN_START="$(now)"
for file in "${FILES[@]}"; do
  test_one "$file"
done

log "${#FILES[@]} examples in $(elapsed "$RUN_START") s"
if [ "${#SCREENSHOTS[@]}" -gt 0 ]; then
  log "screenshots:"
  printf '  %s\n' "${SCREENSHOTS[@]}"
fi

if [ "${#FAILURES[@]}" -gt 0 ]; then
  log "${#FAILURES[@]} of ${#FILES[@]} examples FAILED (outputs kept in ${OUT#"$ROOT"/}):" >&2
  printf '  %s\n' "${FAILURES[@]}" >&2
  exit 1
fi
if [ "${KEEP_OUTPUT:-}" = 1 ]; then
  log "outputs kept in ${OUT#"$ROOT"/}"
else
  rm -rf "$OUT"
fi
log "all ${#FILES[@]} examples passed"
