# Sourced by setup.sh, env.sh and fuzz.sh: the version of every build tool, each read from
# its one source, so that no script can drift from the file the tool itself obeys.
#
#   tool           its one source                    why there
#   stable Rust    rust-toolchain.toml (channel)      rustup obeys it in this folder
#   nightly Rust   NIGHTLY below                      release builds and fuzzing only
#   Trunk          Trunk.toml (trunk-version)         Trunk refuses to build at another version
#   wasm-bindgen   Cargo.lock                         the CLI must equal the library exactly
#   binaryen       package.json (devDependencies)     npm installs it; postbuild.mjs runs it
#   cargo-fuzz     CARGO_FUZZ_VERSION below           only fuzz.sh installs it
#
# Trunk.toml's [tools] wasm_bindgen and Cargo.toml's `=` pin must repeat Cargo.lock's
# version; tests/toolchain_pins.rs fails when any of these places disagree.

# Release builds rebuild std with `-Cpanic=immediate-abort`, a flag that exists only on recent
# nightlies and may change on any later one, so the nightly is pinned by date. The channel
# `nightly-2026-05-20` ships this rustc (its commit is dated a day earlier).
NIGHTLY=nightly-2026-05-20
NIGHTLY_RUSTC="rustc 1.97.0-nightly (e50aa6fba 2026-05-19)"

CARGO_FUZZ_VERSION=0.13.2

# The string value of a top-level `key = "value"` line of a TOML file.
toml_value() {
  sed -n "s/^$2 *= *\"\([^\"]*\)\".*/\1/p" "$1" | head -n 1
}

# The stable toolchain rust-toolchain.toml selects, such as 1.95.0.
stable_channel() { toml_value rust-toolchain.toml channel; }

# Trunk.toml says `trunk-version = "=0.21.14"`: an exact requirement.
trunk_version() { toml_value Trunk.toml trunk-version | sed 's/^=//'; }

# The wasm-bindgen that Cargo.lock resolved; the CLI of the same version must run it.
wasm_bindgen_version() {
  awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

# binaryen's release number (132 for npm's "132.0.0"), which `wasm-opt --version` prints.
binaryen_version() {
  sed -n 's/^ *"binaryen": *"\([0-9]*\)\..*/\1/p' package.json | head -n 1
}

# Prints the name of an installed toolchain that is the pinned nightly, or nothing: the dated
# toolchain itself, or rustup's plain `nightly` when it is that same build (these machines
# come with one).
pinned_nightly() {
  if rustup run "$NIGHTLY" rustc --version >/dev/null 2>&1; then
    echo "$NIGHTLY"
  elif [ "$(rustup run nightly rustc --version 2>/dev/null)" = "$NIGHTLY_RUSTC" ]; then
    echo nightly
  fi
}

# Like pinned_nightly, but installs the pinned nightly when none is there (with rust-src,
# which build-std needs), and fails with a clear message when that is impossible. Never
# takes whatever nightly is current.
ensure_nightly() {
  local toolchain
  toolchain="$(pinned_nightly)"
  if [ -z "$toolchain" ]; then
    printf 'setup: installing Rust %s (%s), for release builds and fuzzing\n' "$NIGHTLY" "$NIGHTLY_RUSTC" >&2
    if ! rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src >&2; then
      printf 'error: release builds need Rust %s (%s).\n' "$NIGHTLY" "$NIGHTLY_RUSTC" >&2
      printf '  The toolchain named nightly is: %s\n' "$(rustup run nightly rustc --version 2>/dev/null || echo 'not installed')" >&2
      printf '  and installing %s failed (see above). Install it by hand with\n' "$NIGHTLY" >&2
      printf '  rustup toolchain install %s --profile minimal --component rust-src\n' "$NIGHTLY" >&2
      return 1
    fi
    toolchain="$NIGHTLY"
  fi
  if ! rustup component list --toolchain "$toolchain" --installed | grep -q '^rust-src'; then
    printf 'setup: adding rust-src to %s\n' "$toolchain" >&2
    rustup component add rust-src --toolchain "$toolchain" >&2
  fi
  echo "$toolchain"
}
