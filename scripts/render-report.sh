#!/usr/bin/env bash
# Renders the gap report of a shipped master plan in headless Chromium, to check the HTML in a real
# browser: a screen screenshot, the A4 PDF (Chromium's --print-to-pdf) and PNG images of its pages 1
# and 2, and prints the PDF's page count. Installs Debian's chromium and poppler-utils when missing.
# Usage: scripts/render-report.sh [OUTPUT_PREFIX] [DOCUMENT...]
#   OUTPUT_PREFIX  default Docs/report: writes PREFIX-example.png (screen), PREFIX-page-1.png,
#                  PREFIX-page-2.png and, with KEEP_PDF=FILE, the PDF.
#   DOCUMENT...    default Examples/kota-contoh-draf.md with the two Kota Contoh self-assessments.
# Environment: SPBELINT (a built binary; default: build with swift into $SCRATCH, default .build),
#              REPORT_LANG (id or en; default id), KEEP_HTML / KEEP_PDF (paths to keep them at),
#              MAX_PAGES (fail when the PDF has more pages).
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-Docs/report}"
shift || true

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium fonts-dejavu-core)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
if [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "Installing ${missing[*]}" >&2
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

binary="${SPBELINT:-}"
if [ -z "$binary" ]; then
  swift build --scratch-path "${SCRATCH:-.build}" --product spbelint >&2
  binary="${SCRATCH:-.build}/debug/spbelint"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
html="$work/laporan.html"
if [ "$#" -gt 0 ]; then
  "$binary" report "$@" --lang "${REPORT_LANG:-id}" --output "$html" || [ -s "$html" ]
else
  "$binary" report Examples/kota-contoh-draf.md \
    --index Examples/index/kota-contoh-2023.yml --index Examples/index/kota-contoh-2024.yml \
    --lang "${REPORT_LANG:-id}" --output "$html"
fi
[ -n "${KEEP_HTML:-}" ] && cp "$html" "$KEEP_HTML"

mkdir -p "$(dirname "$prefix")"
case "$prefix" in /*) target="$prefix" ;; *) target="$PWD/$prefix" ;; esac
browser=(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run)
"${browser[@]}" --screenshot="$target-example.png" --window-size=1280,2000 "file://$html" >"$work/chromium.log" 2>&1 || {
  cat "$work/chromium.log" >&2; exit 1; }
"${browser[@]}" --no-pdf-header-footer --print-to-pdf="$work/laporan.pdf" "file://$html" >"$work/chromium.log" 2>&1 || {
  cat "$work/chromium.log" >&2; exit 1; }
pdftoppm -png -r 70 -f 1 -l 2 "$work/laporan.pdf" "$work/page"
for page in 1 2; do
  found="$(ls "$work"/page-*"$page".png 2>/dev/null | head -n 1)"
  [ -n "$found" ] && cp "$found" "$target-page-$page.png"
done
[ -n "${KEEP_PDF:-}" ] && cp "$work/laporan.pdf" "$KEEP_PDF"
pages="$(pdfinfo "$work/laporan.pdf" | awk '/^Pages:/ { print $2 }')"
echo "$prefix-example.png $prefix-page-1.png $prefix-page-2.png: PDF of $pages A4 pages"
if [ -n "${MAX_PAGES:-}" ] && [ "$pages" -gt "$MAX_PAGES" ]; then
  echo "error: the PDF has $pages pages, more than $MAX_PAGES" >&2
  exit 1
fi
