//! Security pins: the CSP allows no inline script or eval, capabilities grant exactly the app's
//! own commands (no shell), the UI never touches files, PINs are Argon2 and never leak into
//! exports or the audit trail, and dependencies are at or above the advisory fixes.

mod common;

use std::io::Cursor;
use std::path::{Path, PathBuf};

use common::*;
use pressdesk_core::model::{Actor, Role};
use pressdesk_core::period::Period;
use pressdesk_core::reports;
use pressdesk_core::users::{self, NewUser};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(repo().join(rel)).unwrap()
}

#[test]
fn csp_has_no_inline_script_and_no_eval() {
    let conf: serde_json::Value = serde_json::from_str(&read("src-tauri/tauri.conf.json")).unwrap();
    let csp = conf["app"]["security"]["csp"]
        .as_str()
        .expect("a CSP is set");
    assert!(!csp.contains("unsafe-eval"), "{csp}");
    let script = csp
        .split(';')
        .map(str::trim)
        .find(|d| d.starts_with("script-src"))
        .expect("script-src is set");
    assert_eq!(script, "script-src 'self'");
    assert!(csp.contains("object-src 'none'") && csp.contains("default-src 'self'"));
    assert!(conf["app"]["security"]["dangerousDisableAssetCspModification"].is_null());
    assert!(conf["app"]["withGlobalTauri"].as_bool() != Some(true));
}

/// The command names declared in build.rs.
fn declared_commands() -> Vec<String> {
    let build = read("src-tauri/build.rs");
    let start = build.find("const COMMANDS").unwrap();
    let end = start + build[start..].find("];").unwrap();
    build[start..end]
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

#[test]
fn capabilities_grant_exactly_the_registered_commands_and_no_shell() {
    let commands = declared_commands();
    let caps: serde_json::Value =
        serde_json::from_str(&read("src-tauri/capabilities/default.json")).unwrap();
    let mut granted: Vec<String> = caps["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().expect("plain permission names only").to_owned())
        .collect();
    // Beside its commands, the window may only listen to the events the shell sends it (other
    // desks' acts, the server's state), never emit one; put up its own menu bar and close
    // itself (the menu's Keluar), nothing else of the window or the menus.
    let mut wanted: Vec<String> = commands
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .chain([
            "core:event:allow-listen".into(),
            "core:event:allow-unlisten".into(),
            "core:menu:allow-new".into(),
            "core:menu:allow-set-as-window-menu".into(),
            "core:window:allow-close".into(),
        ])
        .collect();
    granted.sort();
    wanted.sort();
    assert_eq!(
        granted, wanted,
        "capabilities must match build.rs one to one"
    );
    // Every declared command is registered with the handler, and the other way round.
    let lib = read("src-tauri/src/lib.rs");
    for c in &commands {
        assert!(lib.contains(&format!("::{c},")), "{c} is not registered");
    }
    let start = lib.find("generate_handler![").unwrap();
    let end = start + lib[start..].find("])").unwrap();
    let registered = lib[start..end].lines().filter(|l| l.contains("::")).count();
    assert_eq!(
        registered,
        commands.len(),
        "every registered command is declared"
    );
    for manifest in ["src-tauri/Cargo.toml", "ui/package.json"] {
        let text = read(manifest);
        for banned in ["plugin-shell", "plugin-fs", "plugin-http"] {
            assert!(!text.contains(banned), "{manifest} uses {banned}");
        }
    }
}

fn ui_sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            ui_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "ts" || e == "svelte") {
            out.push(path);
        }
    }
}

#[test]
fn the_ui_never_touches_the_file_system_itself() {
    let mut files = Vec::new();
    ui_sources(&repo().join("ui/src"), &mut files);
    assert!(files.len() > 10);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let rel = file.strip_prefix(repo()).unwrap().display().to_string();
        for banned in [
            "plugin-fs",
            "plugin-shell",
            "plugin-dialog",
            "eval(",
            "new Function(",
        ] {
            assert!(!text.contains(banned), "{rel} uses {banned}");
        }
        if !rel.ends_with("ui/src/api/index.ts") {
            assert!(
                !text.contains("invoke("),
                "{rel} calls invoke; only api/index.ts may"
            );
        }
    }
}

#[test]
fn pins_are_argon2_and_never_leak() {
    let (_dir, store) = store();
    let pin = "97531864";
    let input = NewUser {
        name: "Kasi Baru".into(),
        nip: "198207092006041003".into(),
        role: Role::Kasi,
        position: "Kasi".into(),
        pin: Some(pin.into()),
        rank: None,
    };
    let user = users::add_user(&store, &Actor::console(), input).unwrap();
    pressdesk_core::auth::reset_pin(&store, &Actor::console(), user.id, "86420975").unwrap();
    pressdesk_core::release::register_release(&store, &Actor::console(), release("R", "D"))
        .unwrap();
    // On the server a desk cannot read the hashes at all (tests/server_pg).
    let hashes: Vec<String> = if on_server() {
        Vec::new()
    } else {
        column(
            &store,
            "SELECT pin_hash FROM users WHERE pin_hash IS NOT NULL",
        )
    };
    if !on_server() {
        assert_eq!(hashes.len(), 2);
    }
    for h in &hashes {
        assert!(h.starts_with("$argon2id$"), "{h}");
    }
    let audit = column::<String>(
        &store,
        "SELECT payload || action || entity_id FROM audit_events",
    )
    .join("\n");
    let year = chrono_year();
    let csv =
        reports::export_agenda(&store, &Actor::console(), &Period::Year { year }, "csv").unwrap();
    let xlsx =
        reports::export_agenda(&store, &Actor::console(), &Period::Year { year }, "xlsx").unwrap();
    let mut cells = String::new();
    {
        use calamine::{Reader, Xlsx};
        let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(xlsx)).unwrap();
        for name in book.sheet_names() {
            for row in book.worksheet_range(&name).unwrap().rows() {
                for cell in row {
                    cells.push_str(&cell.to_string());
                    cells.push('\n');
                }
            }
        }
    }
    for (what, text) in [
        ("audit", audit),
        ("csv", String::from_utf8_lossy(&csv).into_owned()),
        ("xlsx", cells),
    ] {
        assert!(
            !text.contains(pin) && !text.contains("135790"),
            "{what} holds a PIN"
        );
        assert!(!text.contains("$argon2"), "{what} holds a PIN hash");
        for h in &hashes {
            assert!(!text.contains(&h[30..]), "{what} holds a PIN hash");
        }
    }
}

fn chrono_year() -> i32 {
    use chrono::Datelike;
    chrono::Utc::now().year()
}

/// `(major, minor, patch)` of `name` in Cargo.lock.
fn locked(name: &str) -> (u64, u64, u64) {
    let lock = read("Cargo.lock");
    let at = lock
        .find(&format!("name = \"{name}\"\nversion = \""))
        .unwrap_or_else(|| panic!("{name} not in Cargo.lock"));
    let v = lock[at..].split('"').nth(3).unwrap();
    let mut parts = v.split(['.', '-']).map(|p| p.parse::<u64>().unwrap_or(0));
    (
        parts.next().unwrap(),
        parts.next().unwrap(),
        parts.next().unwrap(),
    )
}

#[test]
fn dependencies_are_at_or_above_the_advisory_fixes() {
    assert!(locked("tauri") >= (2, 11, 1), "tauri {:?}", locked("tauri"));
    assert!(
        locked("rusqlite") >= (0, 39, 0),
        "rusqlite {:?}",
        locked("rusqlite")
    );
    // The requirements themselves state the minimum, so an update can never go below it.
    assert!(read("src-tauri/Cargo.toml").contains("tauri = { version = \"2.11.1\""));
    let workspace = read("Cargo.toml");
    let rusqlite = workspace
        .lines()
        .find(|l| l.starts_with("rusqlite"))
        .unwrap();
    let req = rusqlite.split('"').nth(1).unwrap();
    let minor: u64 = req.split('.').nth(1).unwrap().parse().unwrap();
    assert!(req.starts_with("0.") && minor >= 39, "{rusqlite}");
}

#[test]
fn a_symlink_planted_in_the_data_folder_is_not_followed_out() {
    let (dir, store) = store();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("rahasia"), b"kata sandi").unwrap();
    let sha = "ab".repeat(32);
    let path = store.files().file_path(&sha).unwrap();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink(outside.path().join("rahasia"), &path).unwrap();
    let err = store.files().read_any(&sha).unwrap_err();
    assert_eq!(err.field(), Some("file"));
    // `../` can never be spelled: only a SHA-256 names a stored file.
    assert!(store.files().file_path("../../etc/passwd").is_err());
    assert!(pressdesk_core::paths::inside(dir.path(), &path).is_err());
}

/// Commands that need no signed-in user, and why. Every other command goes through the session
/// (`as_user` or `session.actor()`), so core sees the actor and checks the role.
const PUBLIC_COMMANDS: &[(&str, &str)] = &[
    (
        "get_setup",
        "the sign-in screen lists the users (no PIN hashes)",
    ),
    (
        "setup_office",
        "the first run; core refuses it once the office exists",
    ),
    ("sign_in", "the way into a session"),
    (
        "set_lang",
        "the sign-in screen's language switch (this window's messages only, nothing stored)",
    ),
    (
        "server_settings",
        "which server this desk uses, before anyone can sign in (no password)",
    ),
    (
        "test_server",
        "the first run's connection test: only what the person typed is used",
    ),
    ("sign_out", "ends the session"),
    (
        "bench_mark",
        "does nothing unless the benchmark's variable is set",
    ),
    ("list_stocks", "the built-in label sheet sizes, no data"),
    ("cancel_job", "stops a render this window started"),
    (
        "media_base",
        "the video server's address; each of its answers checks who is signed in",
    ),
];

#[test]
fn every_command_but_the_public_few_runs_as_the_signed_in_user() {
    let mut checked = Vec::new();
    for entry in std::fs::read_dir(repo().join("src-tauri/src")).unwrap() {
        let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for body in source.split("#[tauri::command]").skip(1) {
            let name = body
                .split("fn ")
                .nth(1)
                .unwrap()
                .split(['(', '<'])
                .next()
                .unwrap();
            let body = body.split("\n}\n").next().unwrap();
            let public = PUBLIC_COMMANDS.iter().any(|(p, _)| *p == name);
            let session = body.contains("as_user(") || body.contains("session.actor()");
            assert!(
                public != session,
                "{name}: public {public}, uses the session {session}"
            );
            checked.push(name.to_owned());
        }
    }
    checked.sort();
    let mut declared = declared_commands();
    declared.sort();
    assert_eq!(checked, declared, "every declared command was looked at");
}
