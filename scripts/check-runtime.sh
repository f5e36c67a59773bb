#!/usr/bin/env bash
# Checks that a spbelint binary runs without a Swift toolchain: no libswift*/libFoundation* and no
# library resolved from the toolchain; only system libraries (libxml2 and libcmark-gfm from Debian; libpoppler-cpp
# is loaded with dlopen on the first PDF, so ldd does not list it).
# Usage: scripts/check-runtime.sh PATH/TO/spbelint
set -euo pipefail
binary=${1:?usage: scripts/check-runtime.sh PATH/TO/spbelint}
libraries=$(ldd "$binary")
if grep -Eq 'libswift|libFoundation|libdispatch|libBlocksRuntime|/usr/share/swift|/opt/swift|not found' <<<"$libraries"; then
  echo "$binary still needs the Swift toolchain or a missing library:" >&2
  grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime|swift|not found' <<<"$libraries" >&2
  exit 1
fi
if readelf -d "$binary" 2>/dev/null | grep -Eq 'R(UN)?PATH.*swift'; then
  echo "$binary has a RUNPATH into the Swift toolchain" >&2
  exit 1
fi
echo "runtime libraries of $binary:"
awk '{print "  " $1}' <<<"$libraries"
