#!/usr/bin/env bash
# Installs whatever is missing, checks formatting and lints, then runs every test: native
# (dataset, query, URL contract, toolchain pins), a short fuzz run, in-browser component tests
# (wasm-bindgen-test), the README's serve command exactly as a user runs it (it builds dist/),
# and Playwright end-to-end journeys plus the first-load size budget against that build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# One pass from scratch, so incremental caches would only cost disk.
export CARGO_INCREMENTAL=0

# Measured on a fresh clone: a whole run writes 3.3 GB (target/ 2.1, fuzz/target/ 1.2).
# Without the room, a linker dies with a bus error halfway through; say so up front.
NEED_GB=4
free_gb=$(( $(df -Pk . | awk 'NR == 2 { print $4 }') / 1024 / 1024 ))
if (( free_gb < NEED_GB )); then
  printf 'warning: %s GB free on this disk; a run from scratch writes about %s GB\n' \
    "$free_gb" "$NEED_GB" >&2
fi

step "format and lints"
cargo fmt --all -- --check
cargo clippy --locked --target wasm32-unknown-unknown -- -D warnings
cargo clippy --locked --workspace --all-targets --features ottawa-explorer/synthetic -- -D warnings

step "native tests"
cargo test --locked --workspace

step "fuzz smoke run: the URL parser and the search normalizer, 30 s each (cargo-fuzz)"
bash scripts/fuzz.sh 30

step "browser component tests (headless Chromium)"
# chromedriver leaves its Chromium profile (about 70 MB) in TMPDIR after every run; keep it
# under target/ and remove it.
browser_tmp=$(mktemp -d "$PWD/target/chromedriver-tmp.XXXXXX")
TMPDIR="$browser_tmp" cargo test --locked --target wasm32-unknown-unknown --test web_app
rm -rf "$browser_tmp"

step "release builds: a second one (B) for the service-worker update test, and the benchmark build"
release_env cargo fetch --locked --quiet --target wasm32-unknown-unknown
OTTAWA_BUILD_LABEL=update-test release_env trunk build --release --offline --dist target/e2e/build-b
bash scripts/bench-build.sh

step "the README's first command: bash scripts/serve.sh builds dist/ and serves it on :8080 (headless Chromium)"
node --test tests/readme/

step "end-to-end tests and size budget (headless Chromium)"
node --test --test-concurrency=1 tests/e2e/
