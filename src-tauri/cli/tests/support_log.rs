//! The support log in the data folder (`logs/`) says what was done, by whom (an id) and what
//! failed (a kind), but never holds a PIN, a password or a release's words: the acts of a day
//! at the desk, then the log file searched for each of them.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const ADMIN_PIN: &str = "918273645546";
const KASI_PIN: &str = "564738291019";
const WRONG_PIN: &str = "777111333999";
const PASSWORD: &str = "Sandi-Desk-Rahasia-Zamrud";
const TITLE: &str = "Peresmian Jembatan Sungai Kayan Bersinar";
const BODY: &str = "Gubernur meresmikan jembatan pelangi ungu di Tanjung Palas Hilir";
const SENDER: &str = "Biro Administrasi Pimpinan Kedondong";

fn cli(data: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pressdesk-cli"))
        .env("PRESSDESK_LANG", "id")
        .arg("--data")
        .arg(data)
        .args(args)
        .env_remove("PRESSDESK_DATA_DIR")
        .env_remove("PRESSDESK_DB_URL")
        .env_remove("PRESSDESK_PIN")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn ok(data: &Path, args: &[&str], stdin: &str) -> String {
    let out = cli(data, args, stdin);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{args:?}: {text}");
    text
}

#[test]
fn the_log_names_acts_and_failures_but_no_pin_password_or_release_text() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let setup = [
        "init",
        "--office",
        "Diskominfo Kaltara",
        "--unit",
        "DISKOMINFO",
        "--address",
        "Tanjung Selor",
        "--admin-name",
        "Admin",
        "--admin-nip",
        "198001012005011001",
        "--admin-pin-stdin",
    ];
    ok(&data, &setup, &format!("{ADMIN_PIN}\n"));
    // The admin signs in to add the Kasi; the Kasi's PIN given on the command line.
    let kasi = [
        "user",
        "add",
        "--name",
        "Rahmat",
        "--nip",
        "198207092006041003",
        "--role",
        "Kasi",
        "--pin",
        KASI_PIN,
        "--admin",
        "198001012005011001",
        "--admin-pin-stdin",
    ];
    ok(&data, &kasi, &format!("{ADMIN_PIN}\n"));
    let json = dir.path().join("rilis.json");
    let release = serde_json::json!({ "title": TITLE, "body": BODY, "sender_org": SENDER });
    std::fs::write(&json, release.to_string()).unwrap();
    let registered = ok(&data, &["register", "--json", json.to_str().unwrap()], "");
    let detail: serde_json::Value = serde_json::from_str(&registered).unwrap();
    let agenda_no = detail["summary"]["agenda_no"].as_str().unwrap().to_owned();
    // The Kasi signs in, once with a wrong PIN, then returns the release with a reason.
    let check = |pin: &str| {
        let args = [
            "check",
            &agenda_no,
            "--user",
            "198207092006041003",
            "--pin-stdin",
            "--return",
            "Foto kegiatan Jembatan Kayan belum dilampirkan",
        ];
        cli(&data, &args, &format!("{pin}\n"))
    };
    assert!(!check(WRONG_PIN).status.success());
    let returned = check(KASI_PIN);
    assert!(returned.status.success(), "{returned:?}");
    ok(&data, &["verify"], "");
    // A desk's server URL with its password, unreachable: refused, and logged as refused.
    let url = format!("postgres://pressdesk_desk_kasi:{PASSWORD}@127.0.0.1:9/pressdesk");
    assert!(!cli(&data, &["list", "--db", &url], "").status.success());

    let logs: Vec<_> = std::fs::read_dir(data.join("logs"))
        .expect("the data folder has logs/")
        .flatten()
        .map(|e| e.path())
        .collect();
    assert_eq!(logs.len(), 1, "{logs:?}");
    let name = logs[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("pressdesk-cli.") && name.ends_with(".log"),
        "{name}"
    );
    let log = std::fs::read_to_string(&logs[0]).unwrap();
    // What support needs: each act, the release by its number, the refusals by their kind.
    for said in [
        "name=\"register\"",
        "release registered",
        &format!("agenda_no={agenda_no}"),
        "PIN refused user=2",
        "PIN accepted user=2",
        "what=\"check\" kind=\"invalid\" field=\"pin\"",
        "verified ok=true",
        "what=\"list\" kind=\"offline\"",
    ] {
        assert!(log.contains(said), "the log lacks {said:?}:\n{log}");
    }
    for secret in [
        ADMIN_PIN,
        KASI_PIN,
        WRONG_PIN,
        PASSWORD,
        "Jembatan",
        "Kayan",
        "pelangi",
        "Kedondong",
        "dilampirkan",
    ] {
        assert!(!log.contains(secret), "the log holds {secret:?}:\n{log}");
    }
}
