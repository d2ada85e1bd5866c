#!/usr/bin/env bash
# Runs every test of PressDesk: formatting and lints, the UI's type check, core and CLI tests
# on real SQLite files, the binding freshness check, and the end-to-end suite that drives the
# real app in WebKit under Xvfb. Exits non-zero on the first failure.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

install_system_packages
install_node
check_rust
install_tauri_driver
build_ui check

say "Checking formatting (cargo fmt)"
cargo fmt --all -- --check
say "Linting (cargo clippy, warnings are errors)"
cargo clippy --workspace --all-targets --quiet -- -D warnings

XVFB_PID=""
cleanup() {
  pkill -TERM -x tauri-driver 2>/dev/null || true
  pkill -TERM -x WebKitWebDriver 2>/dev/null || true
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
}
trap cleanup EXIT
# A driver left over from an interrupted run would hold ports 4444/4445.
pkill -TERM -x tauri-driver 2>/dev/null || true
pkill -TERM -x WebKitWebDriver 2>/dev/null || true
if [ -z "${DISPLAY:-}" ]; then
  say "Starting Xvfb on :99"
  Xvfb :99 -screen 0 1366x900x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  export DISPLAY=:99
  for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; [ -e /tmp/.X11-unix/X99 ] && break; sleep 0.1; done
fi

export PRESSDESK_TEST_OUTPUT="$ROOT/test-output"
mkdir -p "$PRESSDESK_TEST_OUTPUT"
say "Running the tests (screenshots go to test-output/)"
cargo test --workspace

say "Checking that the generated TypeScript bindings are committed and fresh"
if [ -n "$(git status --porcelain -- ui/src/bindings)" ]; then
  git status --short -- ui/src/bindings
  die "ui/src/bindings is stale: run 'cargo test --workspace' and commit ui/src/bindings"
fi
say "All tests passed"
