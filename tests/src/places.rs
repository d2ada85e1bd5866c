//! Where the end-to-end tests find and put things: the app binary, the workspace, a fresh data
//! folder per launch, the screenshots' folder; and whether there is a display to run in.

use std::path::{Path, PathBuf};

/// A fresh, empty data folder for one app launch (deleted when dropped).
pub fn temp_data_dir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("pressdesk-e2e-")
        .tempdir()
        .expect("cannot create temp dir")
}

/// True (with a line saying so) when there is no display to run the real app in: plain
/// `cargo test --workspace` on a server or a CI box without X then runs every other test.
/// `scripts/test.sh` starts its own Xvfb and sets `PRESSDESK_E2E_REQUIRED`, so there a missing
/// display fails instead of skipping.
pub fn skip_without_display() -> bool {
    if std::env::var_os("DISPLAY").is_some_and(|d| !d.is_empty()) {
        return false;
    }
    assert!(
        std::env::var_os("PRESSDESK_E2E_REQUIRED").is_none(),
        "DISPLAY is not set but PRESSDESK_E2E_REQUIRED is: the end-to-end tests must run"
    );
    // Straight to stderr, past the test harness's capture, so it shows for a passing test.
    let _ = std::io::Write::write_all(
        &mut std::io::stderr(),
        b"skipped: this end-to-end test needs a display (X); run `bash scripts/test.sh`, which \
          starts its own Xvfb, or `xvfb-run -a cargo test -p pressdesk-tests`\n",
    );
    true
}

/// Where screenshots and the driver log go: `$PRESSDESK_TEST_OUTPUT`, default
/// `<workspace>/test-output`. Created if missing.
pub fn output_dir() -> PathBuf {
    let dir = std::env::var_os("PRESSDESK_TEST_OUTPUT")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("test-output"));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create {dir:?}: {e}"));
    dir
}

/// The absolute path of the debug app binary: `$PRESSDESK_BIN` if set, else
/// `$CARGO_TARGET_DIR/debug/pressdesk`, else `<workspace>/target/debug/pressdesk`.
/// Panics with a hint if it does not exist.
pub fn app_binary() -> PathBuf {
    let root = workspace_root();
    let path = if let Some(bin) = std::env::var_os("PRESSDESK_BIN") {
        root.join(bin)
    } else {
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .or_else(|| option_env!("CARGO_TARGET_DIR").map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from("target"));
        root.join(target).join("debug").join("pressdesk")
    };
    assert!(
        path.is_file(),
        "the PressDesk binary {} does not exist: build the UI, then `cargo build -p \
         pressdesk`, or point PRESSDESK_BIN at a built binary",
        path.display()
    );
    path.canonicalize().expect("binary path canonicalises")
}

/// The workspace root (parent of this crate's folder).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("crate has a parent dir")
        .to_owned()
}
