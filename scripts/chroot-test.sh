#!/usr/bin/env bash
# Checks that the release archive runs on a fresh Debian 12 without Swift, without Docker: a
# minimal bookworm made with debootstrap, only the runtime libraries installed in it (libxml2,
# cmark-gfm, poppler-cpp), the archive unpacked in /opt/spbelint, then `spbelint check` on the
# examples, compared with the same check run here.
# Needs root and network (debootstrap and apt-get in the chroot).
# Usage: sudo scripts/chroot-test.sh [ARCHIVE (default: newest dist/spbelint-*.tar.gz)] [ROOT (default /tmp/spbelint-debian)]
set -euo pipefail
cd "$(dirname "$0")/.."
archive=${1:-$(ls -t dist/spbelint-*.tar.gz 2>/dev/null | head -1)}
root=${2:-/tmp/spbelint-debian}
[ -f "$archive" ] || { echo "no release archive: run scripts/package.sh first" >&2; exit 2; }
runtime=(libxml2 libcmark-gfm0.29.0.gfm.6 libcmark-gfm-extensions0.29.0.gfm.6 libpoppler-cpp0v5)

command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
if [ ! -x "$root/bin/sh" ]; then
  echo "debootstrap bookworm into $root" >&2
  debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >/dev/null
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
# A container has /proc (Foundation reads the arguments from /proc/self/cmdline); so does this chroot.
mountpoint -q "$root/proc" || { mount -t proc proc "$root/proc"; trap 'umount "$root/proc"' EXIT; }
chroot "$root" sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${runtime[*]} >/dev/null"

# The chroot has no Swift: no compiler, no runtime library.
if chroot "$root" sh -c 'command -v swift swiftc' >/dev/null || find "$root" -path "$root/proc" -prune -o -name 'libswiftCore.so*' -print | grep -q .; then
  echo "$root has Swift; the test needs a Debian without it" >&2
  exit 1
fi

rm -rf "$root/opt/spbelint" "$root/examples"
mkdir -p "$root/opt/spbelint"
tar -xzf "$archive" -C "$root/opt/spbelint" --strip-components=1
cp -R Examples "$root/examples"

echo "in the chroot: $(chroot "$root" /opt/spbelint/bin/spbelint --version), $(chroot "$root" sh -c '. /etc/os-release; echo $PRETTY_NAME')"
status=0
chroot "$root" env LANG=C.UTF-8 /opt/spbelint/bin/spbelint check --lang en /examples > "$root/tmp/check.txt" || status=$?
inside=$(tail -1 "$root/tmp/check.txt")
echo "chroot: spbelint check /examples -> exit $status: $inside"
here=$({ .build/release/spbelint check --lang en Examples || true; } | tail -1)
echo "host:   spbelint check Examples  -> $here"
[ "$status" -le 1 ] || { echo "the binary failed in the chroot (exit $status)" >&2; cat "$root/tmp/check.txt" >&2; exit 1; }
[ "$inside" = "$here" ] || { echo "the chroot's summary differs from the host's" >&2; exit 1; }
# A plan skeleton written and checked there lints with no error (exit 0).
rm -rf "$root/tmp/plan"
chroot "$root" /opt/spbelint/bin/spbelint init /tmp/plan --plan --profile pemda --institution "Kabupaten X" \
  --period 2025-2029 --format docx >/dev/null
plan=0
chroot "$root" env LANG=C.UTF-8 /opt/spbelint/bin/spbelint check --lang en /tmp/plan > "$root/tmp/plan.txt" || plan=$?
echo "chroot: init --plan --format docx, then check -> exit $plan: $(tail -1 "$root/tmp/plan.txt")"
[ "$plan" -eq 0 ] || { echo "the plan skeleton has errors in the chroot" >&2; exit 1; }
echo "ok: the release archive runs on Debian without Swift"
