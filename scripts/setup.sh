#!/usr/bin/env bash
# Installs the system libraries spbelint needs (when missing) and builds it.
# Usage: scripts/setup.sh [release|debug] [swift build flags...]   (default: debug)
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(libxml2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libpoppler-cpp-dev zlib1g-dev pkg-config)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "Installing: ${missing[*]}" >&2
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
swift build -c "${1:-debug}" "${@:2}" >&2
