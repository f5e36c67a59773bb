#!/usr/bin/env bash
# Runs the mutation fuzzer (scripts/fuzz.py) against a debug build for a bounded time.
# Usage: scripts/fuzz.sh [SECONDS] [extra fuzz.py options]   (default: 60 seconds, CI-sized)
# Exit code: 0 no failure; 1 a crash, hang, memory blow-up or silent exit 2 (inputs kept in
# .build/fuzz-failures/ for replay); 2 bad usage or no build.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
[ -x .build/debug/spbelint ] || swift build >&2
exec python3 scripts/fuzz.py --seconds "$seconds" "$@"
