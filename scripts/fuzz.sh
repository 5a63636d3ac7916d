#!/usr/bin/env bash
# Fuzzes the URL parser and the search normalizer with cargo-fuzz (libFuzzer, nightly Rust).
# Usage: bash scripts/fuzz.sh [SECONDS [TARGET...]]
#   SECONDS per target, default 30 (the CI smoke run); TARGETs default to all of them.
# Each target starts from its hand-written seeds (fuzz/seeds/<target>) plus whatever an earlier
# run left in target/fuzz-corpus/<target>; new inputs go there, crashes to fuzz/artifacts/.
# Prints one summary line per target and exits non-zero if any target found a crash.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/versions.sh
export PATH="$HOME/.cargo/bin:$PATH"

seconds="${1:-30}"
targets=("${@:2}")
[ "${#targets[@]}" -gt 0 ] || targets=(url_parse search_fold)

if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
  cargo install cargo-fuzz --locked --version "$CARGO_FUZZ_VERSION"
fi
# libFuzzer instrumentation (-Zsanitizer) needs nightly: the one pinned in versions.sh.
nightly="$(ensure_nightly)"

status=0
summary=()
for target in "${targets[@]}"; do
  corpus="target/fuzz-corpus/$target"
  mkdir -p "$corpus"
  cp -n fuzz/seeds/"$target"/* "$corpus"/ 2>/dev/null || true
  log="target/fuzz-corpus/$target.log"
  echo "== fuzz $target for ${seconds}s (log: $log)"
  # -max_len: the seeds include a 10,000-character value; let mutations grow past it.
  # -timeout: one input taking over 10 s is a hang, reported like a crash.
  set +e
  cargo +"$nightly" fuzz run --fuzz-dir fuzz "$target" "$corpus" -- \
    -max_total_time="$seconds" -max_len=16384 -timeout=10 -print_final_stats=1 \
    >"$log" 2>&1
  rc=$?
  set -e
  stat() { grep -o "stat::$1: *[0-9]*" "$log" | grep -o '[0-9]*$' | tail -n 1; }
  execs="$(stat number_of_executed_units)"
  rate="$(stat average_exec_per_sec)"
  # Coverage (code edges) and features from libFuzzer's last status line.
  cov="$(grep -o ' cov: [0-9]* ft: [0-9]*' "$log" | tail -n 1 | sed 's/^ //')"
  files="$(find "$corpus" -type f | wc -l)"
  bytes="$(find "$corpus" -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}')"
  if [ "$rc" -eq 0 ]; then
    result="no crash"
  else
    status=1
    artifact="$(grep -o 'Test unit written to [^ ]*' "$log" | tail -n 1 | sed 's/Test unit written to //')"
    result="CRASH (exit $rc${artifact:+, input: $artifact}); see $log"
    tail -n 40 "$log" >&2
  fi
  summary+=("fuzz $target: ${execs:-?} executions (${rate:-?}/s), corpus $files files ($bytes bytes), ${cov:-cov: ?}, $result")
done

printf '%s\n' "${summary[@]}"
exit "$status"
