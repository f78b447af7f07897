# Shell functions the browser tests share (sourced by browser-test.sh and
# ranking-page-test.sh): whether a Debian package is installed or available, where
# Chromium is, and whether a CJK font is installed.

pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
pkg_available() {
  local candidate
  candidate="$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ { print $2 }')"
  [ -n "$candidate" ] && [ "$candidate" != "(none)" ]
}

find_chromium() {
  if [ -n "${CHROMIUM:-}" ]; then command -v "$CHROMIUM" && return 0; return 1; fi
  local c
  for c in chromium-headless-shell chromium chromium-browser google-chrome; do
    command -v "$c" && return 0
  done
  # chromium-headless-shell has shipped its binary outside PATH in some versions.
  for c in /usr/lib/chromium/headless_shell /usr/lib/chromium/chrome-headless-shell; do
    [ -x "$c" ] && { echo "$c"; return 0; }
  done
  return 1
}

has_cjk_font() {
  if command -v fc-list >/dev/null 2>&1; then
    [ -n "$(fc-list :lang=zh family 2>/dev/null | head -n 1)" ]
  else
    pkg_installed fonts-wqy-microhei || pkg_installed fonts-noto-cjk
  fi
}
