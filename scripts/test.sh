#!/usr/bin/env bash
# Installs whatever is missing, checks formatting and lints, then runs every test: native
# (dataset, query, URL contract), a short fuzz run, in-browser component tests
# (wasm-bindgen-test), and Playwright end-to-end journeys plus the first-load size budget
# against release builds.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format and lints"
cargo fmt --all -- --check
cargo clippy --locked --target wasm32-unknown-unknown -- -D warnings
cargo clippy --locked --all-targets --features synthetic -- -D warnings

step "native tests"
cargo test --locked

step "fuzz smoke run: the URL parser and the search normalizer, 30 s each (cargo-fuzz)"
bash scripts/fuzz.sh 30

step "browser component tests (headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test web_app

step "release builds: dist/, a second one (B) for the service-worker update test, and the benchmark build"
release_env cargo fetch --locked --quiet --target wasm32-unknown-unknown
OTTAWA_BUILD_LABEL=update-test release_env trunk build --release --offline --dist target/e2e/build-b
bash scripts/bench-build.sh
release_env trunk build --release --offline

step "end-to-end tests and size budget (headless Chromium)"
node --test --test-concurrency=1 tests/e2e/
