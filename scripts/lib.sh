#!/usr/bin/env bash
# Shared by run.sh and test.sh: install what is missing on a fresh Debian 12 (as root or through
# sudo), then build the UI. Every step says what it does; a second run is quick.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\n==> %s\n' "$*"; }
die() { printf '\nerror: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "need root or sudo to run: $*"; fi
}

SYSTEM_PACKAGES=(libwebkit2gtk-4.1-dev build-essential curl wget file libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev pkg-config xvfb xauth webkit2gtk-driver
  poppler-utils qpdf zbar-tools imagemagick fonts-dejavu-core procps)

install_system_packages() {
  local missing=()
  for p in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then say "System packages: all present"; return; fi
  say "Installing system packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
}

node_ok() {
  command -v node >/dev/null || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>20||(a==20&&b>=19)?0:1)'
}

install_node() {
  if node_ok; then say "Node.js $(node --version): present"; return; fi
  say "Installing Node.js and npm from Debian"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm
  node_ok || die "Node.js 20.19 or newer is needed for Vite 8 (found $(node --version 2>/dev/null))"
}

check_rust() {
  command -v cargo >/dev/null || die "Rust is missing: install it with rustup (https://rustup.rs), then run this again"
  say "Rust: $(cargo --version)"
}

install_tauri_driver() {
  if command -v tauri-driver >/dev/null; then say "tauri-driver: present"; return; fi
  say "Installing tauri-driver 2.1.0 (cargo install, about 2 minutes)"
  cargo install tauri-driver --locked --version 2.1.0
}

build_ui() {
  say "Installing the UI's npm packages"
  # npm ci refuses this lockfile (platform packages of other systems); install keeps it as is.
  (cd "$ROOT/ui" && npm install --no-audit --no-fund --loglevel=error)
  if [ "${1:-}" = check ]; then
    say "Type-checking the UI (svelte-check)"
    (cd "$ROOT/ui" && npm run --silent check)
  fi
  say "Building the UI into ui/dist"
  (cd "$ROOT/ui" && npm run --silent build)
}
