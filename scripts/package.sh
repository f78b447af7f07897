#!/usr/bin/env bash
# Builds the portable zhizao and packs it: dist/zhizao-VERSION-linux-x86_64.tar.gz holds
#
#   zhizao-VERSION-linux-x86_64/zhizao        the release binary (stripped), rubrics and report
#                                             templates built in
#   zhizao-VERSION-linux-x86_64/安装说明.md    install and first commands (scripts/package/)
#   zhizao-VERSION-linux-x86_64/Examples/     the example assessments
#
# The binary needs no Swift on the machine that runs it: the Swift standard library and
# Foundation are linked statically (--static-swift-stdlib), and so are the C libraries they
# and zhizao use that a Linux machine may lack — LibYAML, libxml2 (Foundation's XMLParser, for
# XLSX) and what libxml2 needs (ICU, liblzma, zlib). What it still loads is glibc, libstdc++ and
# libgcc_s. `zhizao --version` names the commit it was built from (with "-dirty" when the
# working tree had uncommitted changes).
#
# Usage: scripts/package.sh        (standard output: the tarball's path, nothing else)
#
# Needs Debian's libyaml-dev, libxml2-dev, libicu-dev, liblzma-dev and zlib1g-dev (their static
# archives). The build has its own folder, .build-package/ (a static build compiles every Swift
# module differently, so sharing .build/release would rebuild it from scratch at every switch);
# the unpacked package stays in .build-package/stage/. scripts/package-test.sh checks the
# tarball; scripts/test.sh runs both.
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
  -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
  "") ;;
  *) echo "usage: scripts/package.sh" >&2; exit 2 ;;
esac

log() { printf 'package: %s\n' "$*" >&2; }
die() { printf 'package: %s\n' "$*" >&2; exit 1; }

[ "$(uname -s)" = Linux ] || die "builds the Linux package only (this is $(uname -s))"
[ "$(uname -m)" = x86_64 ] || die "builds the x86_64 package only (this is $(uname -m))"

version="$(sed -n 's/^ *public static let current = "\([^"]*\)".*/\1/p' Sources/ZhizaoKit/Version.swift)"
[ -n "$version" ] || die "no version found in Sources/ZhizaoKit/Version.swift"
name="zhizao-$version-linux-x86_64"

# The commit --version names: none outside a git clone.
commit=""
if git rev-parse --git-dir >/dev/null 2>&1; then
  commit="$(git rev-parse --short=7 HEAD)"
  git diff --quiet HEAD -- 2>/dev/null || commit="$commit-dirty"
fi

# Linking the C libraries statically. The linker takes, for each -lX, the first libX.so or
# libX.a on its search path, and SwiftPM puts the -L that pkg-config gives for LibYAML and zlib
# (the system library folder, where the .so files are) before any other. So SwiftPM is handed
# copies of yaml-0.1.pc and zlib.pc whose -L names a folder holding only archives, and that
# folder serves every -lX of the link: libyaml.a, libz.a, and for Foundation's own -lxml2 a
# linker script grouping libxml2.a with the archives it needs (ICU, liblzma, zlib), which a
# static archive does not name itself.
scratch=.build-package
archives="$PWD/$scratch/static-libs"
pcdir="$PWD/$scratch/pkgconfig"
rm -rf "$archives" "$pcdir"
mkdir -p "$archives" "$pcdir"
systemlibdir="$(pkg-config --variable=libdir yaml-0.1 2>/dev/null)" \
  || die "pkg-config finds no yaml-0.1 (Debian: apt-get install libyaml-dev pkg-config)"
archive() {
  local path="$systemlibdir/lib$1.a"
  [ -f "$path" ] || die "$path not found (Debian: apt-get install libyaml-dev libxml2-dev libicu-dev liblzma-dev zlib1g-dev)"
  printf '%s\n' "$path"
}
ln -s "$(archive yaml)" "$archives/libyaml.a"
ln -s "$(archive z)" "$archives/libz.a"
printf 'GROUP ( %s %s %s %s %s )\n' "$(archive xml2)" "$(archive icuuc)" "$(archive icudata)" "$(archive lzma)" "$(archive z)" \
  > "$archives/libxml2.a"
for module in yaml-0.1 zlib; do
  system="$(pkg-config --variable=pcfiledir "$module")/$module.pc"
  sed -E "s|^Libs:.*|Libs: -L$archives $(pkg-config --libs-only-l "$module")|" "$system" > "$pcdir/$module.pc"
done
export PKG_CONFIG_PATH="$pcdir${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
build=(swift build -c release --product zhizao --static-swift-stdlib --scratch-path "$scratch")

log "building zhizao $version${commit:+ ($commit)} (release, static Swift runtime) in $scratch/"
start=$SECONDS
# The build's own output goes to standard error: standard output is the tarball's path.
ZHIZAO_COMMIT="$commit" "${build[@]}" >&2
log "built in $((SECONDS - start)) s"
binary="$(ZHIZAO_COMMIT="$commit" "${build[@]}" --show-bin-path)/zhizao"

stage="$scratch/stage/$name"
rm -rf "$scratch/stage"
mkdir -p "$stage"
strip -o "$stage/zhizao" "$binary"
sed "s/{{version}}/$version/g" scripts/package/安装说明.md > "$stage/安装说明.md"
cp -R Examples "$stage/Examples"

mkdir -p dist
tarball="dist/$name.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner -C "$scratch/stage" -czf "$tarball.tmp" "$name"
mv "$tarball.tmp" "$tarball"
log "binary $(stat -c %s "$stage/zhizao") bytes (unstripped $(stat -c %s "$binary")), tarball $(stat -c %s "$tarball") bytes"
printf '%s\n' "$tarball"
