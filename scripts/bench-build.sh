#!/usr/bin/env bash
# Builds the benchmark variant of the app into target/bench-dist: the release build plus the
# `synthetic` feature, with which `?synthetic=N` loads N generated events (1 to 1,000,000)
# instead of the bundled dataset, and `test-hooks`, with which `?panic=1` crashes the app on
# purpose for the crash test. It is never deployed; readers' builds cannot do either.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
release_env cargo fetch --locked --quiet --target wasm32-unknown-unknown
release_env trunk build --release --offline --features synthetic,test-hooks --dist target/bench-dist
