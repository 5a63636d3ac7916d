#!/usr/bin/env bash
# Installs whatever is missing, builds the release app into dist/ and serves exactly those
# files at http://127.0.0.1:8080 (PORT=… to change it), with the headers of dist/_headers:
# the strict Content Security Policy included. What you see is what a host would serve.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
release_env cargo fetch --locked --quiet --target wasm32-unknown-unknown
release_env trunk build --release --offline
exec node scripts/static-server.mjs dist "${PORT:-8080}"
