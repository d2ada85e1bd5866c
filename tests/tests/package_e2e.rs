//! The Debian package as an office installs it: `apt-get install ./pressdesk_*.deb` puts the
//! app, the CLI and the menu entry in place, the installed app opens to the first-run screen,
//! the installed CLI makes and verifies a demo store, and `apt-get remove` takes the programs
//! away but leaves the office's data folder.
//!
//! It changes the system, so it runs only when `PRESSDESK_DEB` names the package (as
//! `scripts/test.sh` does after `bash scripts/package.sh --debug`), as root or with sudo. A
//! failure anywhere removes the package again (the guard's `Drop`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use pressdesk_tests::e2e::{skip_without_display, temp_data_dir, App};

const APP: &str = "/usr/bin/pressdesk";
const CLI: &str = "/usr/bin/pressdesk-cli";
const DESKTOP: &str = "/usr/share/applications/pressdesk.desktop";
const ICON: &str = "/usr/share/icons/hicolor/128x128/apps/pressdesk.png";

/// `cmd` as root: directly when this test is root, else through `sudo -n` (never prompts).
fn as_root(args: &[&str]) -> Output {
    // SAFETY: geteuid has no preconditions and cannot fail.
    let root = unsafe { libc::geteuid() } == 0;
    let mut cmd = if root {
        Command::new(args[0])
    } else {
        let mut sudo = Command::new("sudo");
        sudo.args(["-n", args[0]]);
        sudo
    };
    cmd.args(&args[1..])
        .env("DEBIAN_FRONTEND", "noninteractive");
    cmd.output()
        .unwrap_or_else(|e| panic!("cannot run {args:?}: {e}"))
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn installed_version() -> Option<String> {
    let out = Command::new("dpkg-query")
        .args(["-W", "-f=${Status} ${Version}", "pressdesk"])
        .output()
        .ok()?;
    let line = String::from_utf8_lossy(&out.stdout).into_owned();
    line.strip_prefix("install ok installed ")
        .map(str::to_owned)
}

/// The installed package; dropped while still installed (a failed assertion midway), it
/// removes it, so a failed run leaves the machine as it found it.
struct Installed {
    removed: bool,
}

impl Installed {
    fn install(deb: &Path) -> Installed {
        assert!(
            installed_version().is_none(),
            "pressdesk is already installed on this machine: remove it first"
        );
        let deb = deb.to_str().expect("the package path is UTF-8");
        // Recommends (gnome-keyring, xdg-utils) are left out: this machine does not need them
        // for the test, and they would be downloaded.
        let out = as_root(&["apt-get", "install", "-y", "--no-install-recommends", deb]);
        let guard = Installed { removed: false };
        assert!(
            out.status.success(),
            "apt-get install failed:\n{}",
            text(&out)
        );
        guard
    }

    fn remove(mut self) {
        let out = as_root(&["apt-get", "remove", "-y", "pressdesk"]);
        self.removed = true;
        assert!(
            out.status.success(),
            "apt-get remove failed:\n{}",
            text(&out)
        );
    }
}

impl Drop for Installed {
    fn drop(&mut self) {
        if !self.removed {
            let out = as_root(&["apt-get", "remove", "-y", "pressdesk"]);
            eprintln!("removed the package after a failure:\n{}", text(&out));
        }
    }
}

fn cli(data: &Path, args: &[&str]) -> String {
    let out = Command::new(CLI)
        .arg("--data")
        .arg(data)
        .args(args)
        .env_remove("PRESSDESK_DATA_DIR")
        .env_remove("PRESSDESK_DB_URL")
        .env("PRESSDESK_LANG", "id")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {CLI}: {e}"));
    let all = text(&out);
    assert!(
        out.status.success(),
        "pressdesk-cli {args:?} failed:\n{all}"
    );
    all
}

#[tokio::test]
async fn the_package_installs_opens_to_the_first_run_and_removes_leaving_the_data() {
    let Some(deb) = std::env::var_os("PRESSDESK_DEB").map(PathBuf::from) else {
        let _ = std::io::Write::write_all(
            &mut std::io::stderr(),
            b"skipped: the package test installs a .deb into the system; `bash scripts/test.sh` \
              runs it (or: bash scripts/package.sh --debug, then PRESSDESK_DEB=PATH)\n",
        );
        return;
    };
    if skip_without_display() {
        return;
    }
    assert!(deb.is_file(), "no package at {}", deb.display());
    let package = Installed::install(&deb);

    // The programs, the menu entry (Office, Indonesian and English) and its icon.
    let version = installed_version().expect("pressdesk is installed");
    assert_eq!(version, env!("CARGO_PKG_VERSION"), "the package's version");
    for path in [APP, CLI, DESKTOP, ICON] {
        assert!(Path::new(path).is_file(), "{path} is not installed");
    }
    let entry = std::fs::read_to_string(DESKTOP).unwrap();
    for line in [
        "Name=PressDesk",
        "Name[id]=PressDesk",
        "Comment[id]=",
        "Exec=pressdesk",
        "Icon=pressdesk",
        "Categories=Office;",
    ] {
        assert!(
            entry.contains(line),
            "{line} is missing from {DESKTOP}:\n{entry}"
        );
    }
    // The menus read only entries that follow the specification (desktop-file-utils).
    let valid = Command::new("desktop-file-validate")
        .arg(DESKTOP)
        .output()
        .expect("desktop-file-validate (desktop-file-utils) is installed");
    assert!(valid.status.success(), "{DESKTOP}: {}", text(&valid));

    // The installed app on a fresh data folder: the first-run screen.
    let app_data = temp_data_dir();
    let app = App::launch_binary(Path::new(APP), app_data.path()).await;
    app.wait_for(r#"[data-testid="app-ready"]"#).await;
    app.wait_for("#office-name").await;
    app.wait_for("#firstrun-submit").await;
    app.screenshot("package-01-installed-first-run").await;
    app.quit().await;
    // The installed app keeps its support log in the data folder.
    let logs: Vec<String> = std::fs::read_dir(app_data.path().join("logs"))
        .expect("the app made logs/ in its data folder")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        logs.iter()
            .any(|f| f.starts_with("pressdesk.") && f.ends_with(".log")),
        "{logs:?}"
    );

    // The installed CLI: its version, then a demo store that verifies whole.
    let cli_version = cli(app_data.path(), &["--version"]);
    assert_eq!(
        cli_version.trim(),
        format!("pressdesk-cli {}", env!("CARGO_PKG_VERSION"))
    );
    let cli_data = temp_data_dir();
    let data = cli_data.path().join("kantor");
    let made = cli(&data, &["demo", "--releases", "12"]);
    assert!(made.contains("12 rilis contoh dibuat"), "{made}");
    let verified: serde_json::Value =
        serde_json::from_str(&cli(&data, &["verify", "--json"])).expect("verify --json");
    assert_eq!(verified["ok"], true, "{verified}");
    assert_eq!(verified["releases"], 12, "{verified}");

    // Removed: the programs and the menu entry are gone, the office's data stays.
    package.remove();
    assert_eq!(installed_version(), None, "pressdesk is still installed");
    for path in [APP, CLI, DESKTOP, ICON] {
        assert!(
            !Path::new(path).exists(),
            "{path} is left after apt-get remove"
        );
    }
    assert!(
        data.join("pressdesk.db").is_file(),
        "the data folder {} lost its database",
        data.display()
    );
}
