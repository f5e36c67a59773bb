#!/usr/bin/env bash
# Installs a built spbelint under PREFIX (default /usr/local): PREFIX/bin/spbelint,
# PREFIX/share/spbelint/{Rules,Schemas,Frameworks} (where the binary looks for them), the man page
# and shell completions. From a release archive, run it from the unpacked folder; from source,
# `make install PREFIX=...` builds first.
# Usage: scripts/install.sh [PREFIX] [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:-/usr/local}
binary=${2:-.build/release/spbelint}
[ -x "$binary" ] || { echo "no binary at $binary: run scripts/package.sh or make first" >&2; exit 2; }
install -d "$prefix/bin" "$prefix/share/spbelint" "$prefix/share/man/man1" \
  "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 0755 "$binary" "$prefix/bin/spbelint"
rm -rf "$prefix/share/spbelint/Rules" "$prefix/share/spbelint/Schemas" "$prefix/share/spbelint/Frameworks"
cp -R Rules Schemas Frameworks "$prefix/share/spbelint/"
"$binary" --generate-completion-script bash > "$prefix/share/bash-completion/completions/spbelint"
"$binary" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_spbelint"
"$binary" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/spbelint.fish"
scripts/manpage.sh "$binary" > "$prefix/share/man/man1/spbelint.1"
echo "installed $prefix/bin/spbelint ($("$prefix/bin/spbelint" --version)); data in $prefix/share/spbelint"
