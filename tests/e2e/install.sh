#!/usr/bin/env bash
# Installs what `npm run test:e2e` needs on a fresh Debian 12 machine with Node 20. Idempotent: a second
# run does nothing that is already done. Run as root (or with sudo available), from anywhere:
#   bash tests/e2e/install.sh
# Env: MPLAN_TOOLS_DIR (default <repo>/.tools/code-server)  where code-server + playwright-core go
#      MPLAN_SKIP_APT=1                                        skip the apt step (packages already there)
#      MPLAN_SKIP_NPM_CI=1                                     do not install the repo's own node_modules
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TOOLS=${MPLAN_TOOLS_DIR:-$ROOT/.tools/code-server}
export DEBIAN_FRONTEND=noninteractive
t0=$SECONDS
SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO=sudo; fi

# 1. OS packages: chromium (the browser that runs the workbench), ripgrep (stands in for @vscode/ripgrep's
#    GitHub download), libkrb5-dev (gssapi.h for code-server's 'kerberos' native module), a C++ toolchain
#    and python3 (node-gyp builds code-server's native modules).
if [ "${MPLAN_SKIP_APT:-0}" != 1 ]; then
  missing=0
  command -v chromium >/dev/null || missing=1
  command -v rg >/dev/null || missing=1
  command -v python3 >/dev/null || missing=1
  for p in libkrb5-dev build-essential; do dpkg -s "$p" >/dev/null 2>&1 || missing=1; done
  if [ "$missing" = 1 ]; then
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends chromium ripgrep libkrb5-dev build-essential python3 >/dev/null
  fi
  echo "[install] apt packages present ($((SECONDS - t0)) s)"
fi

# 2. Seed @vscode/ripgrep@1.15.11's download cache with Debian's rg 13.0.0 (the same upstream version):
#    its postinstall then uses the cache instead of downloading from GitHub. The name must match exactly.
RG_CACHE="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11"
RG_TGZ="$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$RG_TGZ" ]; then
  RG_BIN=$(command -v rg)
  mkdir -p "$RG_CACHE"; tmp=$(mktemp -d); cp "$RG_BIN" "$tmp/rg"
  tar czf "$RG_TGZ" -C "$tmp" rg; rm -rf "$tmp"
  echo "[install] ripgrep cache seeded: $RG_TGZ"
fi

# 3. code-server 4.100.3 + playwright-core into the tools folder (never downloads a browser). As root,
#    code-server's postinstall demands npm_config_unsafe_perm=true; node-pty's postinstall runs
#    'npx node-gyp', which needs npm_config_yes=true where ~/.npmrc says yes=false. ~1-2 min on 2 cores.
PTY="$TOOLS/node_modules/code-server/lib/vscode/node_modules/node-pty/build/Release/pty.node"
installed_version() { node -p "try { require('$TOOLS/node_modules/code-server/package.json').version } catch { '' }"; }
if [ ! -f "$PTY" ] || [ "$(installed_version)" != "4.100.3" ] || ! cmp -s "$ROOT/tests/e2e/tools/package.json" "$TOOLS/package.json"; then
  mkdir -p "$TOOLS"
  cp "$ROOT/tests/e2e/tools/package.json" "$TOOLS/package.json"
  [ -f "$ROOT/tests/e2e/tools/package-lock.json" ] && cp "$ROOT/tests/e2e/tools/package-lock.json" "$TOOLS/package-lock.json"
  (cd "$TOOLS" && npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund --loglevel=error)
  echo "[install] code-server installed into $TOOLS ($((SECONDS - t0)) s)"
else
  echo "[install] code-server 4.100.3 already in $TOOLS"
fi

# 4. The repository's own dependencies (esbuild, mocha, vscode-languageclient...), when not installed yet.
#    --ignore-scripts: the repo's 'prepare' (tsc) is not needed here; the e2e bundles with esbuild.
if [ "${MPLAN_SKIP_NPM_CI:-0}" != 1 ] && { [ ! -x "$ROOT/node_modules/.bin/esbuild" ] || [ ! -d "$ROOT/node_modules/mocha" ] || [ ! -d "$ROOT/node_modules/vscode-languageclient" ]; }; then
  (cd "$ROOT" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  echo "[install] repository node_modules installed ($((SECONDS - t0)) s)"
fi
echo "[install] done in $((SECONDS - t0)) s"
