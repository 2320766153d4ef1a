#!/usr/bin/env bash
# Installs Debian's neovim for tests/editors/neovim.test.ts (the Neovim guide run headless). Idempotent.
set -euo pipefail
if command -v nvim >/dev/null; then echo "[editors] $(nvim --version | head -1) present"; exit 0; fi
SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends neovim >/dev/null
echo "[editors] $(nvim --version | head -1) installed"
