//! A desk pointed at the office's server keeps the login's password in the system keyring, as
//! on a Debian desktop: a real Secret Service (GNOME Keyring on a session bus of the test's
//! own) and a real server. `server.json` holds everything but the password; the desk's URL
//! comes back whole from the two. Skipped, and said so, where GNOME Keyring is not installed
//! (`scripts/test.sh` installs it and never skips).

use std::io::Write;
use std::process::{Child, Command, Stdio};

mod common;

use pg_cluster::Cluster;
use pressdesk_core::server;
use pressdesk_core::server::settings::{self, ServerSettings};
use pressdesk_core::Store;

/// A session bus and an unlocked keyring on it, stopped (by their process ids) when dropped.
struct SecretService {
    bus: u32,
    keyring: Child,
    _home: tempfile::TempDir,
}

impl SecretService {
    fn start() -> Option<SecretService> {
        let installed = |name: &str| {
            Command::new("sh")
                .args(["-c", &format!("command -v {name}")])
                .output()
                .is_ok_and(|o| o.status.success())
        };
        if !installed("gnome-keyring-daemon") || !installed("dbus-daemon") {
            assert!(
                std::env::var_os("PRESSDESK_E2E_REQUIRED").is_none(),
                "gnome-keyring-daemon and dbus-daemon are needed (scripts/test.sh installs them)"
            );
            eprintln!("skipped: install gnome-keyring (or run bash scripts/test.sh)");
            return None;
        }
        let out = Command::new("dbus-daemon")
            .args(["--session", "--fork", "--print-address=1", "--print-pid=1"])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let mut lines = text.lines();
        let address = lines.next().unwrap().to_owned();
        let bus: u32 = lines.next().unwrap().trim().parse().unwrap();
        // The one test of this binary: no other thread reads the environment meanwhile.
        std::env::set_var("DBUS_SESSION_BUS_ADDRESS", &address);
        let home = tempfile::tempdir().unwrap();
        let mut keyring = Command::new("gnome-keyring-daemon")
            .args(["--foreground", "--unlock", "--components=secrets"])
            .env("HOME", home.path())
            .env("XDG_DATA_HOME", home.path())
            .env("XDG_RUNTIME_DIR", home.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = keyring.stdin.take().unwrap();
        stdin.write_all(b"kunci-uji").unwrap();
        drop(stdin);
        // The daemon takes its name on the bus a moment after it starts.
        std::thread::sleep(std::time::Duration::from_millis(500));
        Some(SecretService {
            bus,
            keyring,
            _home: home,
        })
    }
}

impl Drop for SecretService {
    fn drop(&mut self) {
        let _ = self.keyring.kill();
        let _ = self.keyring.wait();
        let _ = Command::new("kill").arg(self.bus.to_string()).status();
    }
}

#[test]
fn a_desk_keeps_its_server_password_in_the_keyring_and_not_in_its_folder() {
    let Some(_secrets) = SecretService::start() else {
        return;
    };
    let cluster = Cluster::shared();
    let db = cluster.create_database("keyring").unwrap();
    let admin = cluster.superuser_url(&db);
    server::init(&admin, common::first_run()).unwrap();
    let desk = server::desk_add(&admin, "kadis").unwrap();
    let data = tempfile::tempdir().unwrap();
    let settings = ServerSettings {
        host: "127.0.0.1".into(),
        port: cluster.port(),
        database: db.clone(),
        login: desk.login.clone(),
        tls: "disable".into(),
        ca_file: None,
    };

    settings::use_server(data.path(), &settings, &desk.password).unwrap();

    let kept = std::fs::read_to_string(data.path().join("server.json")).unwrap();
    assert!(kept.contains(&desk.login), "{kept}");
    assert!(
        !kept.contains(&desk.password),
        "the password is not in the folder"
    );
    let url = settings::desk_url(data.path()).unwrap().unwrap();
    assert_eq!(url, settings.url(&desk.password));
    let cache = tempfile::tempdir().unwrap();
    let store = Store::open_server(&url, cache.path()).unwrap();
    assert!(store.server_place().is_some());
}
