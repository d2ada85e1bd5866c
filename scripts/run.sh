#!/usr/bin/env bash
# Builds PressDesk and opens it on the embedded SQLite store in the user's data folder
# (~/.local/share/pressdesk; PRESSDESK_DATA_DIR overrides it).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

install_system_packages
install_node
check_rust
build_ui
say "Building PressDesk (release; the first build takes about 5 minutes)"
cargo build --release -p pressdesk -p pressdesk-cli
BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/pressdesk"
say "Opening PressDesk; data folder: ${PRESSDESK_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/pressdesk}"
exec "$BIN"
