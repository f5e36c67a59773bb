#!/usr/bin/env bash
# Regenerates the committed Word/OpenDocument fixtures, Examples/kota-contoh-draf.docx and the PDF example from the
# Markdown examples (see scripts/make-office-docs.py and scripts/make-pdf.py). Output is reproducible byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."
make=scripts/make-office-docs.py
out=Tests/SPBELintCoreTests/Office/Fixtures
mkdir -p "$out"
python3 "$make" Examples/kota-contoh-draf.md Examples/kota-contoh-draf.docx --numbered-headings
python3 "$make" Examples/kota-contoh-draf.md "$out/kota-contoh-draf.odt" --numbered-headings
python3 "$make" Examples/kota-contoh-arsitektur-spbe.md "$out/kota-contoh-arsitektur-spbe.docx" --headings indonesian
python3 "$make" Examples/kementerian-contoh-rencana-induk.md "$out/kementerian-contoh-rencana-induk.docx" --headings custom
python3 "$make" Examples/kabupaten-sukamaju-peta-rencana.md "$out/kabupaten-sukamaju-peta-rencana.docx" --headings outline
python3 "$make" Examples/perwali-kota-contoh-draf-bermasalah.md "$out/perwali-kota-contoh-draf-bermasalah.odt"
python3 "$make" Examples/kota-contoh-draf.md "$out/kota-contoh-draf-tanpa-gaya.docx" --headings plain
# The PDF example: the problem Perwali as printed (scripts/make-pdf.py; no poppler or office suite needed).
python3 scripts/make-pdf.py Examples/perwali-kota-contoh-draf-bermasalah.md Examples/perwali-kota-contoh-draf-bermasalah.pdf
# One Word paragraph per printed line, no heading styles: a file converted from PDF.
python3 "$make" Examples/kota-contoh-draf.md "$out/kota-contoh-draf-per-baris.docx" --headings plain --wrap 80
