#!/usr/bin/env bash
# Benchmarks a release build of spbelint against the raw parsers it is built on, side by side in one
# run, and prints ratios with the targets of issue 10:
#   1 MB and 10 MB Markdown plans   whole `spbelint check` <= 3x `cmark-gfm -e table --sourcepos`
#   5 MB XML                        <= 3x `xmllint --noout --schema Schemas/dokumen-spbe.xsd`
#   a tiny document                 <= 30 ms
#   10x the rules                   <= 2x the time of 1x (on the 1 MB plan)
#   peak RSS                        <= 50 MB + 3x the largest input (/usr/bin/time -v)
#   600 documents on 1 and 2 cores  (taskset), >= 1.7x when the machine is idle
# Each pair of commands runs alternately (paired runs) and the medians are compared, so a busy
# machine slows both sides alike. Inputs are generated under .build-bench/ from the examples.
# Usage: scripts/bench.sh [runs]   (default 7 paired runs; BENCH_SKIP_BUILD=1 uses the existing build;
#        SPBELINT_BIN=FILE measures that binary; BENCH_PERF=1 adds a perf profile of the 10 MB run)
# Needs cmark-gfm, libxml2-utils and python3; installs the first two with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
missing=()
command -v cmark-gfm >/dev/null || missing+=(cmark-gfm)
command -v xmllint >/dev/null || missing+=(libxml2-utils)
if [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# SPBELINT_BIN=/path/to/spbelint measures another build (for before/after figures) without building.
# The build measured is the one scripts/package.sh ships: release, Swift runtime linked statically
# (it starts in about half the time of a dynamically linked build).
if [ -z "${SPBELINT_BIN:-}" ] && [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then scripts/setup.sh release --static-swift-stdlib; fi
bin="${SPBELINT_BIN:-$PWD/.build/release/spbelint}"
work="$PWD/.build-bench"
mkdir -p "$work"
# SPBELINT_HOME (default: this checkout) gives the Rules and Schemas the measured binary reads.
export SPBELINT_HOME="${SPBELINT_HOME:-$PWD}"

# A Markdown plan of at least $1 bytes: the draft's front matter, then its chapters repeated.
make_plan() {
  python3 - "$1" "$2" <<'PY'
import sys
target, out = int(sys.argv[1]), sys.argv[2]
lines = open("Examples/kota-contoh-draf.md", encoding="utf-8").read().split("\n")
head, body = "\n".join(lines[:9]) + "\n", "\n".join(lines[9:]) + "\n"
copies = max(1, -(-(target - len(head)) // len(body.encode())))
open(out, "w", encoding="utf-8").write(head + body * copies)
PY
}
[ -s "$work/plan-1mb.md" ] || make_plan 1000000 "$work/plan-1mb.md"
[ -s "$work/plan-10mb.md" ] || make_plan 10000000 "$work/plan-10mb.md"
if [ ! -s "$work/plan-5mb.xml" ]; then
  { sed -n '1,/<\/metadata>/p' Examples/kabupaten-sukamaju-lengkap.xml
    body=$(sed -n '/<\/metadata>/,/<\/dokumen>/p' Examples/kabupaten-sukamaju-lengkap.xml | sed '1d;$d')
    for _ in $(seq 1 150); do printf '%s\n' "$body"; done
    echo '</dokumen>'
  } > "$work/plan-5mb.xml"
fi
# A tiny document: front matter and one short chapter.
printf -- '---\njudul: Rencana Induk SPBE Kota Kecil 2025-2029\njenis: rencana-induk\ntingkat: kota\nperiode: 2025-2029\n---\n\n# BAB I PENDAHULUAN\n\nDokumen ini memuat rencana induk SPBE.\n' > "$work/tiny.md"
# 600 documents: copies of the examples.
if [ ! -d "$work/folder-600" ]; then
  mkdir -p "$work/folder-600"
  i=0
  while [ $i -lt 600 ]; do
    for f in Examples/*.md Examples/*.xml; do
      [ $i -lt 600 ] || break
      cp "$f" "$work/folder-600/doc-$i.${f##*.}"; i=$((i + 1))
    done
  done
fi
# The shipped packs once, and ten times under other pack and rule ids.
make_rules() {
  local copies=$1 out=$2
  rm -rf "$out"; mkdir -p "$out"
  for c in $(seq 1 "$copies"); do
    for pack in "$SPBELINT_HOME"/Rules/*/; do
      pack=${pack%/}; name=$(basename "$pack"); dest="$out/$name-c$c"
      mkdir -p "$dest"
      sed "s/^id: .*/&-c$c/" "$pack/pack.yml" > "$dest/pack.yml"
      [ ! -f "$pack/concepts.yml" ] || cp "$pack/concepts.yml" "$dest/concepts.yml"
      for rule in "$pack"/*/; do
        rule=${rule%/}; id=$(basename "$rule")
        [ -f "$rule/rule.yml" ] || continue
        mkdir -p "$dest/$id-c$c"
        sed "s/^id: .*/&-c$c/" "$rule/rule.yml" > "$dest/$id-c$c/rule.yml"
      done
    done
  done
}
make_rules 1 "$work/rules-1x"
make_rules 10 "$work/rules-10x"

ls -l "$work"/plan-1mb.md "$work"/plan-10mb.md "$work"/plan-5mb.xml | awk '{printf "%s %d bytes\n", $9, $5}'
echo "folder-600: $(ls "$work/folder-600" | wc -l) files, $(du -sk "$work/folder-600" | cut -f1) KiB; rules: $(find "$work/rules-1x" -name rule.yml | wc -l) (1x), $(find "$work/rules-10x" -name rule.yml | wc -l) (10x)"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$runs" "$bin" "$work" <<'PY'
import os, statistics, subprocess, sys, time, re
runs, spbelint, work = int(sys.argv[1]), sys.argv[2], sys.argv[3]
check = [spbelint, "check", "--no-config", "--fail-on", "never", "--format", "json"]

status = subprocess.run(check + [f"{work}/tiny.md"], capture_output=True, text=True)
if status.returncode not in (0, 1):
    sys.exit(f"spbelint cannot lint the tiny document (exit {status.returncode}): {status.stderr.strip()[:300]}")

def once(command):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start

def paired(a, b):
    once(a); once(b)
    ta, tb = [], []
    for _ in range(runs):
        ta.append(once(a)); tb.append(once(b))
    return statistics.median(ta), statistics.median(tb)

def row(name, base_name, a, b, target):
    ma, mb = paired(a, b)
    ratio = mb / ma
    verdict = "ok" if ratio <= target else "OVER"
    print(f"{name:34} {base_name} {ma*1000:8.1f} ms | spbelint {mb*1000:8.1f} ms | {ratio:5.2f}x (target <= {target}x) {verdict}")

print(f"\nmedians of {runs} paired runs")
for size in ["1mb", "10mb"]:
    md = f"{work}/plan-{size}.md"
    row(f"Markdown {size}", "cmark-gfm", ["cmark-gfm", "-e", "table", "--sourcepos", md], check + [md], 3)
xml = f"{work}/plan-5mb.xml"
row("XML 5mb", "xmllint --schema", ["xmllint", "--noout", "--schema", os.environ["SPBELINT_HOME"] + "/Schemas/dokumen-spbe.xsd", xml], check + [xml], 3)

tiny = [once(check + [f"{work}/tiny.md"]) for _ in range(runs + 1)][1:]
t = statistics.median(tiny) * 1000
print(f"{'tiny document':34} {t:8.1f} ms (target <= 30 ms) {'ok' if t <= 30 else 'OVER'}")

md = f"{work}/plan-1mb.md"
one = check + ["--no-default-rules", "--rules", f"{work}/rules-1x", md]
ten = check + ["--no-default-rules", "--rules", f"{work}/rules-10x", md]
for command in (one, ten):
    status = subprocess.run(command, capture_output=True, text=True)
    if status.returncode not in (0, 1):
        sys.exit(f"spbelint cannot load the copied rules (exit {status.returncode}): {status.stderr.strip()[:300]}")
m1, m10 = paired(one, ten)
print(f"{'10x rules (1 MB plan)':34} 1x {m1*1000:8.1f} ms | 10x {m10*1000:8.1f} ms | {m10/m1:5.2f}x (target <= 2x) {'ok' if m10/m1 <= 2 else 'OVER'}")

import os
largest = os.path.getsize(f"{work}/plan-10mb.md")
for label, path in [("RSS Markdown 10mb", f"{work}/plan-10mb.md"), ("RSS XML 5mb", xml), ("RSS folder-600", f"{work}/folder-600")]:
    out = subprocess.run(["/usr/bin/time", "-v"] + check + [path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True).stderr
    kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", out).group(1))
    size = os.path.getsize(path) if os.path.isfile(path) else sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path))
    biggest = size if os.path.isfile(path) else max(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path))
    limit = 50 + 3 * biggest / 1e6
    print(f"{label:34} {kb/1024:8.1f} MB (target <= {limit:.0f} MB) {'ok' if kb/1024 <= limit else 'OVER'}")

folder = f"{work}/folder-600"
c1, c2 = paired(["taskset", "-c", "0"] + check + [folder], ["taskset", "-c", "0,1"] + check + [folder])
print(f"{'600 documents':34} 1 core {c1*1000:8.1f} ms | 2 cores {c2*1000:8.1f} ms | speed-up {c1/c2:4.2f}x (>= 1.7x when idle)")
PY

if command -v perf >/dev/null && [ "${BENCH_PERF:-0}" = 1 ]; then
  perf record -g -o "$work/perf.data" "$bin" check --no-config --fail-on never "$work/plan-10mb.md" > /dev/null 2>&1
  perf report -i "$work/perf.data" --no-children --stdio 2>/dev/null | grep -E '^ +[0-9]' | head -25
fi
