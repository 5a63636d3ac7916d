# Sourced by the other scripts: the pinned tools first on PATH, and no network checks.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

# Release builds: nightly Rust rebuilds std for wasm32 with panic=immediate-abort, which drops
# the panic formatting machinery (about 14% of the gzipped WASM). Native and in-browser tests
# keep the stable toolchain. Usage: release_env trunk build --release --offline
release_env() {
  RUSTUP_TOOLCHAIN=nightly \
  CARGO_TARGET_DIR=target/nightly \
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
  RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
    "$@"
}
