#!/usr/bin/env bash
# Checks the portable package as a user without Swift would meet it: unpacks the tarball into
# an empty temporary folder and checks that
#
#   - it holds zhizao, 安装说明.md (Chinese first, version filled in) and the examples;
#   - `ldd zhizao` lists no Swift runtime library (libswiftCore, libFoundation*, libdispatch,
#     libBlocksRuntime, …), no LibYAML and no libxml2/ICU/liblzma/zlib — only glibc, libstdc++
#     and libgcc_s, which every Linux machine has;
#   - run from an empty folder with `env -i PATH=/usr/bin:/bin` (no HOME, no locale, no
#     Rubrics/ folder anywhere near), `zhizao score` gives every Shandong example the tier its
#     `x-expected:` block states, against the rubric built into the binary, and exits 0;
#     `zhizao report -o report.html` writes a report (templates built in), `zhizao rank` reads
#     an XLSX sheet (libxml2 built in); `--version` names the version and the commit.
#
# Usage: scripts/package-test.sh [TARBALL]
#   Without TARBALL it runs scripts/package.sh first and tests what it wrote (and that
#   --version names the commit checked out here).
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
  -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
esac

log() { printf 'package-test: %s\n' "$*"; }
fail() { printf 'package-test: FAIL: %s\n' "$*" >&2; exit 1; }

expected_commit=""
if [ $# -ge 1 ]; then
  tarball="$1"
else
  tarball="$(scripts/package.sh | tail -n 1)"
  if git rev-parse --git-dir >/dev/null 2>&1; then
    expected_commit="$(git rev-parse --short=7 HEAD)"
    git diff --quiet HEAD -- 2>/dev/null || expected_commit="$expected_commit-dirty"
  fi
fi
[ -f "$tarball" ] || fail "no tarball at $tarball"
version="$(sed -n 's/^ *public static let current = "\([^"]*\)".*/\1/p' Sources/ZhizaoKit/Version.swift)"
name="zhizao-$version-linux-x86_64"
[ "$(basename "$tarball")" = "$name.tar.gz" ] || fail "tarball named $(basename "$tarball"), expected $name.tar.gz"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/unpacked" "$work/empty"
tar -xzf "$tarball" -C "$work/unpacked"
root="$work/unpacked/$name"
zhizao="$root/zhizao"

# Contents.
[ "$(ls "$work/unpacked")" = "$name" ] || fail "the tarball should hold one folder, $name"
[ -x "$zhizao" ] || fail "no executable zhizao in the package"
guide="$root/安装说明.md"
[ -f "$guide" ] || fail "no 安装说明.md in the package"
head -n 1 "$guide" | grep -q "安装说明" || fail "安装说明.md does not start in Chinese: $(head -n 1 "$guide")"
if grep -q "{{" "$guide"; then fail "安装说明.md has an unfilled placeholder: $(grep -m1 "{{" "$guide")"; fi
grep -q "tar -xzf $name.tar.gz" "$guide" || fail "安装说明.md does not name this tarball"
for command in "zhizao check" "zhizao template" "zhizao import" "zhizao report" "zhizao rank"; do
  grep -q "$command" "$guide" || fail "安装说明.md does not show '$command'"
done
examples=("$root"/Examples/shandong/*.yaml)
[ "${#examples[@]}" -eq "$(ls Examples/shandong/*.yaml | wc -l)" ] || fail "the package lacks some of Examples/shandong"
log "contents: zhizao ($(stat -c %s "$zhizao") bytes), 安装说明.md, ${#examples[@]} Shandong examples"

# Linked libraries: only the C and C++ runtime every Linux machine has.
libraries="$(ldd "$zhizao")"
allowed='^(linux-vdso\.so\.1|libc\.so\.6|libm\.so\.6|libstdc\+\+\.so\.6|libgcc_s\.so\.1|libdl\.so\.2|libpthread\.so\.0|librt\.so\.1|/lib64/ld-linux-x86-64\.so\.2)$'
while read -r library _; do
  [ -n "$library" ] || continue
  [[ "$library" =~ $allowed ]] || fail "zhizao links $library dynamically; ldd says:
$libraries"
done <<< "$libraries"
for forbidden in libswift libFoundation lib_Foundation libdispatch libBlocksRuntime libyaml libxml2 libicu liblzma libz.so "not found"; do
  if grep -qF "$forbidden" <<< "$libraries"; then fail "ldd shows $forbidden:
$libraries"; fi
done
log "ldd: $(awk '{print $1}' <<< "$libraries" | tr '\n' ' ')"

# Runs the unpacked binary as a user would on a machine without Swift: an empty folder, a
# minimal environment.
run() { (cd "$work/empty" && env -i PATH=/usr/bin:/bin "$zhizao" "$@"); }

line="$(run --version)" || fail "zhizao --version failed"
if [ -n "$expected_commit" ]; then
  [ "$line" = "zhizao $version ($expected_commit)" ] || fail "--version says '$line', expected 'zhizao $version ($expected_commit)'"
else
  [[ "$line" =~ ^zhizao\ $version(\ \([0-9a-f]{7,40}(-dirty)?\))?$ ]] || fail "--version says '$line'"
fi
log "--version: $line"

# Every Shandong example scores to the tier it expects, against the built-in rubric.
for example in "${examples[@]}"; do
  expected="$(awk '/^x-expected:/ { inside = 1; next } inside && /^  tier:/ { print $2; exit } inside && /^[^ ]/ { exit }' "$example")"
  [ -n "$expected" ] || fail "$(basename "$example") states no x-expected tier"
  status=0
  json="$(run score "$example" --format json)" || status=$?
  [ "$status" -eq 0 ] || fail "zhizao score $(basename "$example") exited $status"
  tier="$(python3 -c 'import json, sys; print(json.loads(sys.stdin.readline())["tier"] or "none")' <<< "$json")"
  [ "$tier" = "$expected" ] || fail "$(basename "$example"): tier $tier, expected $expected"
done
log "score: ${#examples[@]} examples, each at its expected tier, exit 0"

text="$(run score "$root/Examples/shandong/jinan-steel.yaml")" || fail "zhizao score (text) failed"
grep -q "判定等级：晨星工厂" <<< "$text" || fail "score's text output lacks 判定等级：晨星工厂:
$text"
[ -z "$(ls -A "$work/empty")" ] || fail "score wrote into the working folder: $(ls -A "$work/empty")"

# XLSX input goes through Foundation's XMLParser, i.e. through the libxml2 linked in.
sheet="$PWD/Tests/Fixtures/sheets/applicants.xlsx"
mkdir "$work/sheets"
(cd "$work/sheets" && env -i PATH=/usr/bin:/bin "$zhizao" rank "$sheet" --out ranking >/dev/null) || fail "zhizao rank $sheet failed"
grep -q "^morning_star,1,,91371300MA3G4J8L1M," "$work/sheets/ranking/ranking.csv" \
  || fail "ranking.csv of $sheet lacks its first row:
$(cat "$work/sheets/ranking/ranking.csv")"
log "rank: an XLSX sheet read and ranked"

run report "$root/Examples/shandong/jinan-steel.yaml" -o report.html || fail "zhizao report failed"
grep -q "济南示例特钢有限公司" "$work/empty/report.html" || fail "report.html lacks the enterprise's name"
log "report: report.html written ($(stat -c %s "$work/empty/report.html") bytes)"
log "passed: $tarball"
