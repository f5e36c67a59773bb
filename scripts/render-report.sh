#!/usr/bin/env bash
# Renders the gap report of a shipped example in headless Chromium and saves a screenshot, to check
# the HTML in a real browser. Installs Debian's chromium with apt-get when it is missing.
# Usage: scripts/render-report.sh [OUTPUT.png]   (default: Docs/report-example.png)
# Environment: SPBELINT (a built binary; default: build with swift into $SCRATCH, default .build),
#              REPORT_LANG (id or en; default id), KEEP_HTML (a path to keep the HTML at).
set -euo pipefail
cd "$(dirname "$0")/.."
output="${1:-Docs/report-example.png}"
scratch="${SCRATCH:-.build}"

if ! command -v chromium >/dev/null 2>&1; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "Installing chromium" >&2
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi

binary="${SPBELINT:-}"
if [ -z "$binary" ]; then
  swift build --scratch-path "$scratch" --product spbelint >&2
  binary="$scratch/debug/spbelint"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
html="$work/laporan.html"
"$binary" report Examples/kota-contoh-draf.md \
  --index Examples/index/kota-contoh-2023.yml --index Examples/index/kota-contoh-2024.yml \
  --lang "${REPORT_LANG:-id}" --output "$html"
[ -n "${KEEP_HTML:-}" ] && cp "$html" "$KEEP_HTML"

mkdir -p "$(dirname "$output")"
case "$output" in /*) target="$output" ;; *) target="$PWD/$output" ;; esac
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
  --screenshot="$target" --window-size=1280,2000 "file://$html" >&2 2>"$work/chromium.log" || {
  cat "$work/chromium.log" >&2
  exit 1
}
echo "$output"
