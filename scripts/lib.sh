#!/usr/bin/env bash
# Shared by run.sh and test.sh: install what is missing on a fresh Debian 12 (as root or through
# sudo), then build the UI. Every step says what it does; a second run is quick.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"

STEP="start-up"
say() { STEP="$*"; printf '\n==> %s\n' "$*"; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() { printf '\nerror: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "need root or sudo to run: $*"; fi
}

SYSTEM_PACKAGES=(libwebkit2gtk-4.1-dev build-essential curl wget file libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev pkg-config xvfb xauth webkit2gtk-driver
  poppler-utils qpdf zbar-tools imagemagick fonts-dejavu-core procps xdotool
  gstreamer1.0-plugins-good gstreamer1.0-libav libdbus-1-dev unzip gnome-keyring dbus-daemon
  desktop-file-utils)

APT_UPDATED=0
# apt_install PKG...: installs those of PKG that are missing; `apt-get update` at most once.
apt_install() {
  command -v dpkg-query >/dev/null || die "this needs Debian (dpkg-query and apt-get not found)"
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "Installing system packages: ${missing[*]}"
  if [ "$APT_UPDATED" = 0 ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
}

install_system_packages() {
  say "Checking system packages (${#SYSTEM_PACKAGES[@]})"
  apt_install "${SYSTEM_PACKAGES[@]}"
  say "System packages: ready"
}

# The office-server tests start a throwaway PostgreSQL cluster (crate pg-cluster): Debian 12's
# PostgreSQL 15 with its contrib, and psql, which the tests run as a desk's login would. The
# package's own cluster `main` is not used. PostgreSQL refuses to run as root, so as root the
# clusters run as the system user pressdesk-test, made here without a home or a shell.
install_test_postgres() {
  # Installing the package would make and start its own cluster `main` as a system service;
  # the tests do not need it, so where PostgreSQL is not installed yet it is told not to.
  if ! dpkg-query -W -f='${Status}' postgresql-15 2>/dev/null | grep -q "install ok installed" \
    && [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    as_root mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" | as_root tee /etc/postgresql-common/createcluster.conf \
      >/dev/null
  fi
  apt_install postgresql postgresql-contrib postgresql-client
  [ -x /usr/lib/postgresql/15/bin/initdb ] || die "PostgreSQL 15 not found in /usr/lib/postgresql/15"
  if [ "$(id -u)" = 0 ] && ! id -u pressdesk-test >/dev/null 2>&1; then
    say "Making the system user pressdesk-test (runs the throwaway test clusters)"
    useradd --system --no-create-home --shell /usr/sbin/nologin pressdesk-test
  fi
  say "PostgreSQL for the tests: $(/usr/lib/postgresql/15/bin/postgres --version)"
}

# The Node.js the UI's build tools need (Vite 8: 20.19 or newer). Debian 12's own is 18.20, so
# where the machine has no such Node.js, one is brought from the npm registry (its `node-linux-*`
# binary package and the matching `npm` package) into .tools/node of the project: no system
# file is changed, and a second run finds it there.
NODE_VERSION=22.23.5
NPM_VERSION=10.9.8
LOCAL_NODE="$ROOT/.tools/node"

node_ok() {
  command -v node >/dev/null && command -v npm >/dev/null || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>20||(a==20&&b>=19)?0:1)'
}

# fetch_local_node: unpacks node-linux-ARCH@NODE_VERSION and npm@NPM_VERSION into LOCAL_NODE,
# using whatever npm the machine has (Debian's, on Node 18) only to download them.
fetch_local_node() {
  local arch tmp
  case "$(uname -m)" in
    x86_64) arch=x64 ;; aarch64) arch=arm64 ;; armv7l) arch=armv7l ;; ppc64le) arch=ppc64le ;;
    s390x) arch=s390x ;; *) die "no Node.js package of the npm registry for $(uname -m)" ;;
  esac
  say "Bringing Node.js $NODE_VERSION and npm $NPM_VERSION from the npm registry into .tools/node"
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "node-linux-$arch@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null) \
    || { rm -rf "$tmp"; die "could not download Node.js from the npm registry"; }
  mkdir -p "$tmp/node/lib/node_modules/npm"
  tar -xzf "$tmp/node-linux-$arch-$NODE_VERSION.tgz" -C "$tmp/node" --strip-components=1
  tar -xzf "$tmp/npm-$NPM_VERSION.tgz" -C "$tmp/node/lib/node_modules/npm" --strip-components=1
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$tmp/node/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$tmp/node/bin/npx"
  # Put in place only when whole: an interrupted download leaves no half a Node.js behind.
  rm -rf "$LOCAL_NODE"; mkdir -p "$(dirname "$LOCAL_NODE")"
  mv "$tmp/node" "$LOCAL_NODE"; rm -rf "$tmp"
}

install_node() {
  if [ -x "$LOCAL_NODE/bin/node" ]; then export PATH="$LOCAL_NODE/bin:$PATH"; fi
  if node_ok; then say "Node.js $(node --version), npm $(npm --version): present"; return; fi
  if ! command -v npm >/dev/null; then
    say "Node.js and npm missing: installing Debian's nodejs and npm (used to fetch a newer one)"
    apt_install nodejs npm
  fi
  command -v node >/dev/null && command -v npm >/dev/null || die "node or npm is still missing"
  if ! node_ok; then
    fetch_local_node
    export PATH="$LOCAL_NODE/bin:$PATH"
  fi
  node_ok || die "Node.js $(node --version) is older than 20.19, which Vite 8 needs"
  say "Node.js $(node --version), npm $(npm --version): ready"
}

check_rust() {
  if ! command -v cargo >/dev/null; then
    # Asked, never assumed: rustup installs into the user's home, which some offices manage.
    if [ -t 0 ] && curl -sSfI --max-time 10 https://sh.rustup.rs >/dev/null 2>&1; then
      printf '\nRust (cargo) is missing. Install it now with rustup into %s/.cargo? [y/N] ' "$HOME"
      read -r answer
      if [ "$answer" = y ] || [ "$answer" = Y ]; then
        say "Installing Rust with rustup"
        curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal \
          --component clippy,rustfmt
        export PATH="$HOME/.cargo/bin:$PATH"
      fi
    fi
  fi
  if ! command -v cargo >/dev/null; then
    printf '\nerror: Rust (cargo) is missing. Install it with rustup, then run this again:\n' >&2
    printf "  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y\n" >&2
    printf '  . "$HOME/.cargo/env"\n' >&2
    exit 1
  fi
  say "Rust: $(cargo --version)"
}

install_tauri_driver() {
  if command -v tauri-driver >/dev/null; then say "tauri-driver: present"; return; fi
  say "Installing tauri-driver 2.1.0 (cargo install, about 2 minutes)"
  cargo install tauri-driver --locked --version 2.1.0
}

# ui_has_script NAME: true when ui/package.json defines that npm script.
ui_has_script() {
  node -e 'process.exit(require(process.argv[1]).scripts?.[process.argv[2]] ? 0 : 1)' \
    "$ROOT/ui/package.json" "$1"
}

# build_ui [check]: npm install, the type check (when asked and defined), then ui/dist, which
# must exist before cargo compiles the pressdesk crate.
build_ui() {
  say "Installing the UI's npm packages"
  # npm ci refuses this lockfile (platform packages of other systems); install keeps it as is.
  (cd "$ROOT/ui" && npm install --no-audit --no-fund --loglevel=error)
  if [ "${1:-}" = check ] && ui_has_script check; then
    say "Type-checking the UI (npm run check)"
    (cd "$ROOT/ui" && npm run --silent check)
  fi
  say "Building the UI into ui/dist"
  (cd "$ROOT/ui" && npm run --silent build)
}
