#!/usr/bin/env bash
# Builds the self-contained release archive dist/spbelint-VERSION-linux-ARCH.tar.gz:
#   bin/spbelint (Swift runtime linked in statically), share/spbelint/{Rules,Schemas,Frameworks},
#   share/man/man1/spbelint.1 and shell completions (bash, zsh, fish).
# The binary then needs only Debian's libxml2, libcmark-gfm and libpoppler-cpp (loaded for PDF only) runtime packages (checked
# with ldd; scripts/chroot-test.sh runs it on a fresh Debian without Swift).
# Usage: scripts/package.sh            (installs build packages when missing, like setup.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh release --static-swift-stdlib
binary=.build/release/spbelint
version=$("$binary" --version)
arch=$(uname -m)
name="spbelint-$version-linux-$arch"
stage="dist/$name"
rm -rf "$stage" && mkdir -p "$stage/bin" "$stage/share/spbelint" "$stage/share/man/man1" \
  "$stage/share/bash-completion/completions" "$stage/share/zsh/site-functions" "$stage/share/fish/vendor_completions.d"
cp "$binary" "$stage/bin/"
strip "$stage/bin/spbelint" 2>/dev/null || true
cp -R Rules Schemas Frameworks "$stage/share/spbelint/"
"$binary" --generate-completion-script bash > "$stage/share/bash-completion/completions/spbelint"
"$binary" --generate-completion-script zsh > "$stage/share/zsh/site-functions/_spbelint"
"$binary" --generate-completion-script fish > "$stage/share/fish/vendor_completions.d/spbelint.fish"
scripts/manpage.sh "$binary" > "$stage/share/man/man1/spbelint.1"
cp README.md CHANGELOG.md "$stage/share/spbelint/"
scripts/check-runtime.sh "$stage/bin/spbelint"
tar -C dist -czf "dist/$name.tar.gz" "$name"
echo "dist/$name.tar.gz"
