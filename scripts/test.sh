#!/usr/bin/env bash
# Runs every test of zhizao: the command the README gives and CI runs (.ci/run).
# It installs what the tests need first, so it passes on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

# The CEL conformance cases live in the shared folder beside this repository; another
# location can be given with CEL_CONFORMANCE_DIR.
if [ -z "${CEL_CONFORMANCE_DIR:-}" ] && [ ! -d ../shared/cel-conformance ]; then
  echo "scripts/test.sh: ../shared/cel-conformance not found; set CEL_CONFORMANCE_DIR" >&2
fi

# ZIPFoundation (XLSX input) links zlib through pkg-config on Linux.
if ! pkg-config --exists zlib 2>/dev/null; then
  echo "scripts/test.sh: installing zlib1g-dev and pkg-config (needed to build ZIPFoundation)" >&2
  apt-get update -qq && apt-get install -y -qq zlib1g-dev pkg-config >/dev/null
fi

# LibYAML (the YAML reader) is the system's, found through pkg-config.
if ! pkg-config --exists yaml-0.1 2>/dev/null; then
  echo "scripts/test.sh: installing libyaml-dev (LibYAML, read through pkg-config yaml-0.1)" >&2
  apt-get update -qq && apt-get install -y -qq libyaml-dev pkg-config >/dev/null
fi
# The portable package (scripts/package.sh) links libxml2 and what it needs statically.
libdir="$(pkg-config --variable=libdir zlib)"
if [ ! -f "$libdir/libxml2.a" ] || [ ! -f "$libdir/libicuuc.a" ] || [ ! -f "$libdir/liblzma.a" ]; then
  echo "scripts/test.sh: installing libxml2-dev, libicu-dev and liblzma-dev (static archives for scripts/package.sh)" >&2
  apt-get update -qq && apt-get install -y -qq libxml2-dev libicu-dev liblzma-dev >/dev/null
fi

# The xlsx questionnaire is opened and re-saved by LibreOffice in the template tests.
if ! command -v soffice >/dev/null 2>&1; then
  echo "scripts/test.sh: installing LibreOffice Calc (headless), for the xlsx template tests" >&2
  apt-get update -qq && apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
fi

# The Word report is converted to PDF by LibreOffice Writer and read back with pdftotext.
if [ ! -e "$(dirname "$(readlink -f "$(command -v soffice)")")/libswlo.so" ]; then
  echo "scripts/test.sh: installing LibreOffice Writer (headless), for the docx report test" >&2
  apt-get update -qq && apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null
fi
if ! command -v pdftotext >/dev/null 2>&1; then
  echo "scripts/test.sh: installing poppler-utils (pdftotext), for the docx report test" >&2
  apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null
fi

# `zhizao check` is driven through a pseudo-terminal with tmux.
if ! command -v tmux >/dev/null 2>&1; then
  echo "scripts/test.sh: installing tmux, for the terminal tests of zhizao check" >&2
  apt-get update -qq && apt-get install -y -qq tmux >/dev/null
fi

# The layers of docs/ARCHITECTURE.md: no folder uses one it must not.
python3 scripts/check-architecture.py

# The determinism test generates assessments with the shared generator, which needs PyYAML.
if ! python3 -c "import yaml" >/dev/null 2>&1; then
  echo "scripts/test.sh: installing PyYAML, for the generated assessments of the determinism test" >&2
  python3 -m pip install -q pyyaml >/dev/null
fi

# The tests of ranking.xlsx read it back with openpyxl, as another program would.
if ! python3 -c "import openpyxl" >/dev/null 2>&1; then
  echo "scripts/test.sh: installing openpyxl, for the tests that read ranking.xlsx back" >&2
  python3 -m pip install -q openpyxl >/dev/null 2>&1 \
    || { apt-get update -qq && apt-get install -y -qq python3-openpyxl >/dev/null; }
fi

# Each step's wall time, so that CI's 15-minute budget can be watched: `test.sh: STEP: N s`.
started=$(date +%s)
step() { echo "test.sh: $1: $(( $(date +%s) - started )) s" >&2; started=$(date +%s); }

swift build --build-tests
step "debug build"
# The release build too, as users get it: scripts/package.sh builds the portable package (the
# Swift runtime, LibYAML and libxml2 linked in statically, in .build-package/), and
# scripts/package-test.sh checks it in an empty folder with a minimal environment. The steps
# below run that binary: the optimizer has crashed on code the debug build accepts.
tarball="$(scripts/package.sh)"
scripts/package-test.sh "$tarball"
step "package build and test"
# The fuzz targets' debug build (see the end), in the background while the browser tests
# wait on Chromium: it keeps CI within its 15 minutes.
FUZZ_CONFIG=debug FUZZ_BUILD_ONLY=1 scripts/fuzz.sh >.build/fuzz-build.log 2>&1 &
fuzz_build=$!
release="$PWD/.build-package/stage/$(basename "$tarball" .tar.gz)/zhizao"
# The reports in a real browser (installs chromium, a CJK font and poppler-utils if missing):
# every example's HTML loads offline, shows its tier, total and five domains, prints to PDF
# with the enterprise name in it; Markdown tables survive a parser. Screenshots are saved in
# .build/report-screenshots/.
ZHIZAO="$release" scripts/browser-test.sh
step "browser test"
# ranking.html at 10,000 rows in the same browser: find, filter, shortlist, sort and show more,
# each checked against ranking.csv, with the page's load time (the assessments are generated
# once into .build/ranking-page-test/).
ZHIZAO="$release" scripts/ranking-page-test.sh
step "ranking page test"
wait "$fuzz_build" || { cat .build/fuzz-build.log >&2; echo "scripts/test.sh: the fuzz build failed" >&2; exit 1; }
step "fuzz build (the rest of it)"
# The command-line tests run the release binary built above (the same sources; its plan
# search is many times faster than the debug build's).
ZHIZAO_BINARY="$release" swift test
step "swift test"
# Each fuzz target for 15 s on its seeds, all four at once (docs/ARCHITECTURE.md, "Fuzzing"): a
# debug build of the targets in .build/fuzz, apart from the builds above; fails on any input
# that crashes, hangs or runs out of memory (kept in .build/fuzz/crashes/). A fixed seed, so
# every CI run tries the same inputs; the long runs of scripts/fuzz.sh pick their own.
FUZZ_SEED=1 FUZZ_CONFIG=debug FUZZ_PARALLEL=4 scripts/fuzz.sh 15
step "fuzzing"
