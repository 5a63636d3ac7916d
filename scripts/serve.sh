#!/usr/bin/env bash
# Installs whatever is missing, builds the app and serves it at http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
release_env cargo fetch --locked --quiet --target wasm32-unknown-unknown
release_env trunk serve --release --offline --address 127.0.0.1 --port 8080
