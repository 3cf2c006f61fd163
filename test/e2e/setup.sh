#!/usr/bin/env bash
# Installs what the real-VS-Code tests need, from Debian and the npm registry only, into
# test/e2e (separate from the main npm ci, so the main job stays light). Idempotent.
#   Debian: chromium (headless browser), build tools + libkrb5-dev (code-server's native
#           modules are compiled against the system Node 20 headers), ripgrep (stands in for
#           the rg binary @vscode/ripgrep would download), fonts-wqy-microhei (CJK glyphs).
#   npm:    code-server 4.100.3 (= VS Code 1.100.3, the last line on Node 20), playwright-core,
#           @vscode/test-electron 2.5.x (3.x needs Node >= 22), mocha.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"

APT_PKGS=(build-essential python3 pkg-config libkrb5-dev ripgrep chromium fonts-wqy-microhei)
missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "[e2e setup] apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# @vscode/ripgrep's postinstall would download rg; it looks in this cache first.
export TMPDIR="$HERE/.tmp"
RG_CACHE="$TMPDIR/vscode-ripgrep-cache-1.15.11"
RG_TGZ="$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$RG_TGZ" ]; then
  mkdir -p "$RG_CACHE"
  stage="$(mktemp -d -p "$TMPDIR")"
  cp "$(command -v rg)" "$stage/rg"
  tar czf "$RG_TGZ" -C "$stage" rg
  rm -rf "$stage"
fi

# node-gyp: build against the local Node headers; node-pty's postinstall runs `npx node-gyp`;
# code-server's postinstall insists on unsafe-perm as root.
export npm_config_nodedir=/usr npm_config_yes=true npm_config_unsafe_perm=true

CS="node_modules/code-server"
cs_ok() {
  [ -f "$CS/lib/vscode/node_modules/node-pty/build/Release/pty.node" ] &&
  [ -f "$CS/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ] &&
  [ -x "$CS/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ] &&
  [ -d "$CS/lib/vscode/extensions/node_modules/typescript" ]
}
if cs_ok && [ -d node_modules/playwright-core ] && [ -d node_modules/@vscode/test-electron ] && [ -d node_modules/mocha ]; then
  exit 0
fi
[ -d "$CS" ] && ! cs_ok && rm -rf "$CS"
echo "[e2e setup] npm install (code-server, playwright-core, @vscode/test-electron, mocha)"
npm ci --no-audit --no-fund --loglevel=error
cs_ok || { echo "[e2e setup] code-server postinstall did not complete" >&2; exit 1; }
echo "[e2e setup] done: code-server $(node -p "require('./$CS/package.json').version") / VS Code $(node -p "require('./$CS/lib/vscode/package.json').version")"
