#!/usr/bin/env bash
# Installs what building and testing ottawa-explorer needs, skipping whatever is already
# there at the right version. Every version comes from its one source (scripts/versions.sh):
# stable Rust from rust-toolchain.toml, the nightly pinned by date, Trunk from Trunk.toml,
# wasm-bindgen-cli from Cargo.lock, binaryen from package.json (Debian's 108 breaks the app),
# and Debian's chromium (never a downloaded browser).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/versions.sh

log() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"

# rustup reads rust-toolchain.toml here: this installs its channel, target and components
# when any is missing, and does nothing otherwise.
rustup --quiet toolchain install

# Release builds rebuild std with the pinned nightly (see scripts/env.sh).
nightly="$(ensure_nightly)"

trunk_pin="$(trunk_version)"
if [ "$(trunk --version 2>/dev/null)" != "trunk $trunk_pin" ]; then
  log "installing trunk $trunk_pin (about 7 minutes on 2 cores)"
  # 0.22+ needs a newer rustc than this machine has.
  cargo install --locked trunk --version "$trunk_pin"
fi

bindgen_pin="$(wasm_bindgen_version)"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_pin" ]; then
  log "installing wasm-bindgen-cli $bindgen_pin (about 3 minutes)"
  # No --locked: its lockfile pins a webpki-roots release the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$bindgen_pin"
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  log "installing Debian chromium and chromedriver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing node packages (binaryen $(binaryen_version), lightningcss, terser, playwright-core, axe-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

log "toolchain ready: rust $(stable_channel) and $nightly, $(trunk --version), $(wasm-bindgen --version), $(node_modules/.bin/wasm-opt --version)"
