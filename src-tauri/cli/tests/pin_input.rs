//! PINs reach the CLI without showing in the process list: from standard input
//! (`--pin-stdin`) or the environment (`PRESSDESK_PIN`); `--pin` still works.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn cli(data: &Path, args: &[&str], env: Option<&str>, stdin: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pressdesk-cli"));
    // The tests read the Indonesian messages, whatever the machine's locale.
    cmd.env("PRESSDESK_LANG", "id");
    cmd.arg("--data")
        .arg(data)
        .args(args)
        .env_remove("PRESSDESK_DATA_DIR")
        .env_remove("PRESSDESK_PIN")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(pin) = env {
        cmd.env("PRESSDESK_PIN", pin);
    }
    let mut child = cmd.spawn().unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn a_pin_comes_from_standard_input_or_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let ok = |args: &[&str], env: Option<&str>, stdin: Option<&str>| {
        let out = cli(&data, args, env, stdin);
        assert!(out.status.success(), "{args:?}: {}", text(&out));
    };
    let admin = [
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
    ok(&admin, None, Some("1357\n"));
    let kasi = [
        "user",
        "add",
        "--name",
        "Rahmat",
        "--nip",
        "198207092006041003",
    ];
    ok(
        &[&kasi[..], &["--role", "Kasi", "--pin-stdin"]].concat(),
        None,
        Some("1111\n"),
    );
    let json = dir.path().join("r.json");
    std::fs::write(
        &json,
        r#"{"title": "Festival Irau", "sender": "Dinas Pariwisata"}"#,
    )
    .unwrap();
    for _ in 0..3 {
        ok(&["register", "--json", json.to_str().unwrap()], None, None);
    }
    let check = |no: &'static str| {
        [
            "check",
            no,
            "--user",
            "198207092006041003",
            "--return",
            "Kurang foto",
        ]
    };

    ok(
        &[&check("1")[..], &["--pin-stdin"]].concat(),
        None,
        Some("1111\n"),
    );
    ok(&check("2"), Some("1111"), None);

    let missing = cli(&data, &check("3"), None, None);
    assert!(!missing.status.success());
    assert!(text(&missing).contains("--pin-stdin"), "{}", text(&missing));
    let wrong = cli(
        &data,
        &[&check("3")[..], &["--pin-stdin"]].concat(),
        None,
        Some("9999\n"),
    );
    assert!(!wrong.status.success());
    assert!(text(&wrong).contains("PIN"), "{}", text(&wrong));
}
