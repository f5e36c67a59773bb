#!/usr/bin/env bash
# Benchmarks a release build of spbelint against the raw parsers it is built on.
# Prints mean wall times for: cmark-gfm and xmllint alone, and `spbelint check` on the same input.
# Inputs are generated under .build-bench/ from the shipped examples (about 1 MB each).
# Needs: hyperfine, cmark-gfm, libxml2-utils (apt-get install -y hyperfine cmark-gfm libxml2-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh release
bin=.build/release/spbelint
work=.build-bench
mkdir -p "$work"

md="$work/besar.md"
{ sed -n '1,/^---$/p' Examples/kota-contoh-draf.md | head -n 9
  for i in $(seq 1 80); do sed '1,/^---$/{/^---$/!d};1,9d' Examples/kota-contoh-draf.md; done
} > "$md"
xml="$work/besar.xml"
{ sed -n '1,/<\/metadata>/p' Examples/kabupaten-sukamaju-lengkap.xml
  for i in $(seq 1 60); do sed -n '/<\/metadata>/,/<\/dokumen>/p' Examples/kabupaten-sukamaju-lengkap.xml | sed '1d;$d'; done
  echo '</dokumen>'
} > "$xml"
corpus="$work/corpus"
mkdir -p "$corpus"
for i in $(seq 1 50); do cp Examples/kota-contoh-draf.md "$corpus/draf-$i.md"; cp Examples/kabupaten-sukamaju-lengkap.xml "$corpus/lengkap-$i.xml"; done

ls -l "$md" "$xml" | awk '{print $5, $9}'
echo "corpus: $(ls "$corpus" | wc -l) files, $(du -sk "$corpus" | cut -f1) KiB"
hyperfine --warmup 2 --runs 15 -N --ignore-failure \
  "cmark-gfm -e table --sourcepos $md" \
  "$bin check --fail-on never $md" \
  "xmllint --noout $xml" \
  "$bin check --fail-on never $xml" \
  "$bin check --fail-on never $corpus" \
  --export-markdown "$work/results.md"
cat "$work/results.md"
