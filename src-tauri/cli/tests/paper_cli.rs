//! Paper parafs and the groups from the command line: a Kadis is added only with an admin's
//! PIN; the Kasi records a paper paraf from a scan; the Kadis lists, confirms or disowns it;
//! a day's groups print as a PDF.

use std::path::Path;
use std::process::{Command, Output};

const ADMIN: &str = "198001012005011001";
const KASI: &str = "198207092006041003";
const KADIS: &str = "196805121993031004";
const KABID: &str = "197503172000032002";

fn cli(data: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_pressdesk-cli"))
        .env("PRESSDESK_LANG", "id")
        .arg("--data")
        .arg(data)
        .args(args)
        .env_remove("PRESSDESK_DATA_DIR")
        .env_remove("PRESSDESK_PIN")
        .env_remove("PRESSDESK_ADMIN_PIN")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
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

fn ok(data: &Path, args: &[&str]) -> String {
    let out = cli(data, args, None);
    assert!(out.status.success(), "{args:?}: {}", text(&out));
    text(&out)
}

fn scan() -> Vec<u8> {
    let img = image::RgbImage::from_fn(300, 420, |x, y| {
        if y % 20 < 3 && (30..270).contains(&x) {
            image::Rgb([80, 80, 80])
        } else {
            image::Rgb([250, 250, 250])
        }
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&img)
        .unwrap();
    out
}

fn user(data: &Path, name: &str, nip: &str, role: &str, admin: bool) -> Output {
    let mut args = vec![
        "user", "add", "--name", name, "--nip", nip, "--role", role, "--pin", "2468",
    ];
    if admin {
        args.extend(["--admin", ADMIN, "--admin-pin-stdin"]);
    }
    cli(data, &args, admin.then_some("1357\n"))
}

#[test]
fn paper_parafs_are_recorded_confirmed_and_disowned_and_the_groups_print_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    ok(
        &data,
        &[
            "init",
            "--office",
            "Diskominfo",
            "--unit",
            "DISKOMINFO",
            "--address",
            "Tanjung Selor",
            "--admin-name",
            "Admin",
            "--admin-nip",
            ADMIN,
            "--admin-pin",
            "1357",
        ],
    );
    // The console alone may add a Kasi, but not a Kadis.
    assert!(user(&data, "Rahmat", KASI, "Kasi", false).status.success());
    let refused = user(&data, "Yusuf", KADIS, "Kadis", false);
    assert!(!refused.status.success());
    assert!(text(&refused).contains("--admin-pin"), "{}", text(&refused));
    let wrong = cli(
        &data,
        &[
            "user",
            "add",
            "--name",
            "Yusuf",
            "--nip",
            KADIS,
            "--role",
            "Kadis",
            "--pin",
            "2468",
            "--admin",
            ADMIN,
            "--admin-pin",
            "9999",
        ],
        None,
    );
    assert!(!wrong.status.success(), "a wrong admin PIN is refused");
    for (name, nip, role) in [("Yusuf", KADIS, "Kadis"), ("Lenny", KABID, "Kabid")] {
        let out = user(&data, name, nip, role, true);
        assert!(out.status.success(), "{}", text(&out));
    }

    let json = dir.path().join("r.json");
    std::fs::write(
        &json,
        r#"{"title": "Festival Irau", "sender": "Dinas Pariwisata",
        "checklist": ["kop","nomor","perihal","isi","ttd","foto","narahubung"]}"#,
    )
    .unwrap();
    let photo = dir.path().join("foto.jpg");
    let img = image::RgbImage::from_fn(320, 240, |x, y| image::Rgb([x as u8, y as u8, 90]));
    img.save(&photo).unwrap();
    let out = ok(
        &data,
        &[
            "register",
            "--json",
            json.to_str().unwrap(),
            "--attach",
            photo.to_str().unwrap(),
        ],
    );
    let detail: serde_json::Value = serde_json::from_str(&out).unwrap();
    let no = detail["summary"]["agenda_no"].as_str().unwrap().to_owned();
    ok(&data, &["check", &no, "--user", KASI, "--pin", "2468"]);
    let scan_path = dir.path().join("pindaian.jpg");
    std::fs::write(&scan_path, scan()).unwrap();
    let paper = |official: &str| {
        ok(
            &data,
            &[
                "paraf",
                "paper",
                &no,
                "--user",
                KASI,
                "--pin",
                "2468",
                "--official",
                official,
                "--decision",
                "setuju",
                "--scan",
                scan_path.to_str().unwrap(),
            ],
        )
    };
    assert!(paper(KADIS).contains("Paraf kertas Yusuf"));

    let pending = ok(
        &data,
        &["paraf", "pending", "--user", KADIS, "--pin", "2468"],
    );
    assert!(
        pending.contains(&no) && pending.contains("oleh Rahmat"),
        "{pending}"
    );
    let out = ok(
        &data,
        &["paraf", "confirm", &no, "--user", KADIS, "--pin", "2468"],
    );
    assert!(out.contains("dikonfirmasi"), "{out}");

    paper(KABID);
    let out = cli(
        &data,
        &["paraf", "disown", &no, "--user", KABID, "--pin", "2468"],
        None,
    );
    assert!(!out.status.success(), "a reason is needed");
    let out = ok(
        &data,
        &[
            "paraf",
            "disown",
            &no,
            "--user",
            KABID,
            "--pin",
            "2468",
            "--reason",
            "Saya cuti hari itu",
        ],
    );
    assert!(out.contains("bukan paraf Anda"), "{out}");
    let shown = ok(&data, &["show", &no, "--json"]);
    assert!(
        shown.contains("\"Initialed\""),
        "back to the Kabid: {shown}"
    );

    let groups = dir.path().join("kelompok.pdf");
    let date = chrono::Local::now().format("%Y-%m-%d").to_string();
    let out = ok(
        &data,
        &["groups", "--date", &date, "--out", groups.to_str().unwrap()],
    );
    assert!(out.contains("kelompok.pdf"), "{out}");
    let check = Command::new("qpdf")
        .arg("--check")
        .arg(&groups)
        .output()
        .unwrap();
    assert!(check.status.success());
}
