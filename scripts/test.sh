#!/usr/bin/env bash
# Runs every test of PressDesk: formatting and lints, the UI's type check, core and CLI tests
# on real SQLite files, the office-server tests on a throwaway PostgreSQL cluster, the binding
# freshness check, and the end-to-end suite that drives the real app in WebKit under Xvfb.
# Exits non-zero on the first failure and says where it failed.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

START=$SECONDS
XVFB_PID="" DISPLAY_FILE="" PACKAGE_TEST=0
# No driver is stopped by name here: other programs on the machine may run the same tools. The
# end-to-end harness starts each tauri-driver in its own process group, stops that group, and
# waits for the ports to be free before the next one.
cleanup() {
  local rc=$?
  if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi
  if [ -n "$DISPLAY_FILE" ]; then rm -f "$DISPLAY_FILE"; fi
  # The package test removes the package itself when it fails; this covers a test killed
  # outright (Ctrl-C, a timeout) while the package was installed.
  if [ "$PACKAGE_TEST" = 1 ] && dpkg-query -W -f='${Status}' pressdesk 2>/dev/null \
    | grep -q "install ok installed"; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq pressdesk >/dev/null || true
  fi
  if [ "$rc" != 0 ]; then printf '\n==> FAILED (exit %s) at: %s\n' "$rc" "$STEP" >&2; fi
}
trap cleanup EXIT

install_system_packages
install_test_postgres
install_node
check_rust
install_tauri_driver
build_ui check

say "Checking formatting (cargo fmt)"
cargo fmt --all -- --check
say "Linting (cargo clippy, warnings are errors)"
cargo clippy --workspace --all-targets --quiet -- -D warnings

if [ -z "${DISPLAY:-}" ]; then
  say "Starting Xvfb (a virtual screen for the end-to-end tests)"
  DISPLAY_FILE="$(mktemp)"
  Xvfb -displayfd 3 -screen 0 1366x900x24 -nolisten tcp 3>"$DISPLAY_FILE" >/dev/null 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 100); do [ -s "$DISPLAY_FILE" ] && break; sleep 0.1; done
  [ -s "$DISPLAY_FILE" ] || die "Xvfb did not start"
  export DISPLAY=":$(head -n1 "$DISPLAY_FILE")"
  say "Xvfb is on $DISPLAY"
fi

export PRESSDESK_TEST_OUTPUT="$ROOT/test-output"
# Here every end-to-end test must run: none may skip for want of a display.
export PRESSDESK_E2E_REQUIRED=1
mkdir -p "$PRESSDESK_TEST_OUTPUT"
say "Running the tests: cargo test --workspace (screenshots and PDFs go to test-output/)"
cargo test --workspace

# Core's suite once more with every fixture store on the office's server (a throwaway
# PostgreSQL per test binary): one suite, both stores. `seam` and `server_pg` already run
# on both; tests about SQLite's own file say so and return.
say "Running core's tests again on PostgreSQL (PRESSDESK_TEST_STORE=postgres)"
CORE_TESTS=()
for test in src-tauri/core/tests/*.rs; do
  CORE_TESTS+=(--test "$(basename "$test" .rs)")
done
PRESSDESK_TEST_STORE=postgres cargo test -p pressdesk-core "${CORE_TESTS[@]}"

# The Debian package of the binaries just tested: installed, opened to its first-run screen,
# its CLI run, removed again (tests/tests/package_e2e.rs).
say "Testing the Debian package: build, install, open, demo and verify, remove"
PACKAGE_START=$SECONDS
# Shown as it goes on standard error through the same open file (`tee /dev/stderr` would
# reopen a log file standard error goes to, and truncate it); the last line is the path.
PRESSDESK_DEB="$(bash scripts/package.sh --debug | tee >(cat >&2) | tail -n1)"
export PRESSDESK_DEB
# The test installs and removes with `sudo -n` when not root: asked for here, once, if needed.
as_root true
PACKAGE_TEST=1
cargo test --workspace --test package_e2e
PACKAGE_TEST=0
say "Package test passed in $((SECONDS - PACKAGE_START)) s"

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  say "Checking that the generated TypeScript bindings are committed and fresh"
  if [ -n "$(git status --porcelain -- ui/src/bindings)" ]; then
    git status --short -- ui/src/bindings
    die "ui/src/bindings is stale: run 'cargo test --workspace' and commit ui/src/bindings"
  fi
fi

STEP="done"
say "All tests passed in $(((SECONDS - START) / 60)) min $(((SECONDS - START) % 60)) s:" \
  "UI type check and build, fmt, clippy, cargo test --workspace (unit, integration," \
  "end-to-end), core's tests again on PostgreSQL, the Debian package installed and removed," \
  "bindings fresh. Output: test-output/"
