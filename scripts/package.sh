#!/usr/bin/env bash
# Builds PressDesk's Debian package with Tauri's bundler: /usr/bin/pressdesk (the app),
# /usr/bin/pressdesk-cli, the icon and the desktop entry (Office menu, Indonesian and English).
#   bash scripts/package.sh          release build, then target/release/bundle/deb/pressdesk_*.deb
#   bash scripts/package.sh --debug  packages the debug binaries `cargo test --workspace` built
#                                    (the package test of scripts/test.sh: no second build)
# The package's version is the workspace's (Cargo.toml), as Pengaturan → Tentang and
# `pressdesk-cli --version` show it. Prints the path of the package as its last line.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

PROFILE=release
if [ "${1:-}" = --debug ]; then PROFILE=debug; fi
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"

install_system_packages
install_node
check_rust
if [ ! -x "$ROOT/ui/node_modules/.bin/tauri" ] || [ ! -d "$ROOT/ui/dist" ]; then build_ui; fi

# The bundler names the Debian package after the product name, kebab-cased ("press-desk"):
# here it is "pressdesk", the name `apt-get remove` takes. The app's own name stays PressDesk
# (the desktop entry's Name=). The CLI is a second binary the bundler does not build.
CONFIG="$(printf '{"productName":"pressdesk","bundle":{"linux":{"deb":{"files":{%s}}}}}' \
  "\"/usr/bin/pressdesk-cli\":\"$TARGET/$PROFILE/pressdesk-cli\"")"
TAURI="$ROOT/ui/node_modules/.bin/tauri"
rm -f "$TARGET/$PROFILE/bundle/deb/"*.deb
if [ "$PROFILE" = release ]; then
  say "Building PressDesk and pressdesk-cli (release; the first build takes about 5 minutes)"
  cargo build --release -p pressdesk-cli
  say "Building the Debian package (tauri build --bundles deb)"
  "$TAURI" build --bundles deb --ci --config "$CONFIG"
else
  # The binaries of `cargo test --workspace` (its integration tests build both), asked for the
  # same way so that cargo unifies the same features and finds them up to date: a plain
  # `cargo build -p …` resolves features per package and would compile tauri again.
  say "Building the debug binaries (nothing to do when the tests built them)"
  cargo test --workspace --no-run --quiet
  say "Building the Debian package from the debug binaries (tauri bundle --debug)"
  "$TAURI" bundle --debug --bundles deb --ci --config "$CONFIG"
fi
DEB="$(ls "$TARGET/$PROFILE/bundle/deb/"pressdesk_*.deb)"
say "Package: $DEB ($(du -h "$DEB" | cut -f1))"
echo "$DEB"
