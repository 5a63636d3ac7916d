# Sourced by the other scripts: the pinned tools first on PATH, and no network checks.
source scripts/versions.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

# Release builds: the pinned nightly rebuilds std for wasm32 with panic=immediate-abort, which
# drops the panic formatting machinery (about 14% of the gzipped WASM). Native and in-browser
# tests keep the stable toolchain of rust-toolchain.toml.
# Usage: release_env trunk build --release --offline
release_env() {
  local nightly
  nightly="$(pinned_nightly)"
  if [ -z "$nightly" ]; then
    echo "error: Rust $NIGHTLY ($NIGHTLY_RUSTC) is not installed; run bash scripts/setup.sh" >&2
    return 1
  fi
  RUSTUP_TOOLCHAIN="$nightly" \
  CARGO_TARGET_DIR=target/nightly \
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
  RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
    "$@"
}
