//! The CLI as a user runs it: a real binary on a real data folder.

use std::path::Path;
use std::process::{Command, Output};

fn cli(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pressdesk-cli"))
        .env("PRESSDESK_LANG", "id")
        .arg("--data")
        .arg(data)
        .args(args)
        .env_remove("PRESSDESK_DATA_DIR")
        .output()
        .unwrap()
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn jpeg() -> Vec<u8> {
    let img = image::RgbImage::from_fn(400, 300, |x, y| image::Rgb([x as u8, y as u8, 90]));
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80)
        .encode_image(&img)
        .unwrap();
    out
}

#[test]
fn register_minimal_json_with_an_attachment_then_list_search_show() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let json = dir.path().join("rilis.json");
    std::fs::write(
        &json,
        r#"{"title": "Peluncuran Aplikasi Layanan Publik", "sender": "Dinas Komunikasi"}"#,
    )
    .unwrap();
    let photo = dir.path().join("foto.jpg");
    std::fs::write(&photo, jpeg()).unwrap();

    let out = cli(
        &data,
        &[
            "register",
            "--json",
            json.to_str().unwrap(),
            "--attach",
            photo.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    let record: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let agenda_no = record["summary"]["agenda_no"].as_str().unwrap().to_owned();
    assert!(agenda_no.starts_with("001/"), "{agenda_no}");
    assert_eq!(record["summary"]["news_type"], "Lainnya");
    assert_eq!(record["evidence"][0]["kind"], "photo");
    let id = record["summary"]["id"].as_str().unwrap();

    let out = cli(&data, &["list"]);
    assert!(
        text(&out).contains("Peluncuran Aplikasi Layanan Publik"),
        "{}",
        text(&out)
    );
    let out = cli(&data, &["search", "aplikasi", "--json"]);
    let page: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(page["rows"][0]["id"], id);
    let out = cli(&data, &["show", &agenda_no]);
    assert!(text(&out).contains("Peluncuran Aplikasi"), "{}", text(&out));
    let out = cli(&data, &["show", id, "--json"]);
    assert!(out.status.success());
}

#[test]
fn bad_input_gets_a_clear_message_and_a_failing_status() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let json = dir.path().join("rusak.json");
    std::fs::write(&json, "{\"title\": \"x\",, }").unwrap();
    let out = cli(&data, &["register", "--json", json.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(
        text(&out).contains("JSON tidak sah pada baris 1"),
        "{}",
        text(&out)
    );

    std::fs::write(&json, r#"{"title": "Judul"}"#).unwrap();
    let out = cli(&data, &["register", "--json", json.to_str().unwrap()]);
    assert!(
        text(&out).contains("galat (sender_org): Instansi pengirim wajib diisi."),
        "{}",
        text(&out)
    );

    std::fs::write(&json, r#"{"title": "Judul", "sender": "Dinas"}"#).unwrap();
    let out = cli(
        &data,
        &[
            "register",
            "--json",
            json.to_str().unwrap(),
            "--attach",
            "/tidak/ada.jpg",
        ],
    );
    assert!(!out.status.success());
    assert!(
        text(&out).contains("«/tidak/ada.jpg» tidak ditemukan"),
        "{}",
        text(&out)
    );

    let out = cli(&data, &["list", "--json"]);
    let page: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(page["total"], 0, "nothing was registered");
}

#[test]
fn verify_passes_on_demo_data_and_fails_after_one_changed_byte() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out = cli(&data, &["demo", "--releases", "40"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = cli(&data, &["verify"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("Semua data utuh."));

    let shard = std::fs::read_dir(data.join("files"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let file = std::fs::read_dir(&shard)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let mut bytes = std::fs::read(&file).unwrap();
    bytes[500] = bytes[500].wrapping_add(1);
    std::fs::write(&file, bytes).unwrap();
    let out = cli(&data, &["verify"]);
    assert_eq!(out.status.code(), Some(1));
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        text(&out).contains(&format!("Berkas {name} telah berubah")),
        "{}",
        text(&out)
    );
}

#[test]
fn users_check_paraf_revoke_and_the_release_sheet_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let run = |args: &[&str]| {
        let out = cli(&data, args);
        assert!(out.status.success(), "{args:?}: {}", text(&out));
        text(&out)
    };
    run(&[
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
        "--admin-pin",
        "1357",
    ]);
    run(&[
        "user",
        "add",
        "--name",
        "Rahmat",
        "--nip",
        "198207092006041003",
        "--role",
        "Kasi",
        "--pin",
        "1111",
    ]);
    run(&[
        "user",
        "add",
        "--name",
        "Yusuf",
        "--nip",
        "196805121993031004",
        "--role",
        "Kadis",
        "--pin",
        "2222",
        "--admin",
        "198001012005011001",
        "--admin-pin",
        "1357",
    ]);
    let json = dir.path().join("r.json");
    std::fs::write(
        &json,
        r#"{"title": "Festival Irau", "sender": "Dinas Pariwisata",
        "checklist": ["kop","nomor","perihal","isi","ttd","foto","narahubung"]}"#,
    )
    .unwrap();
    let photo = dir.path().join("foto.jpg");
    std::fs::write(&photo, jpeg()).unwrap();
    run(&[
        "register",
        "--json",
        json.to_str().unwrap(),
        "--attach",
        photo.to_str().unwrap(),
    ]);

    let year = chrono_year(&data);
    let no = format!("001/{year}");
    let initials = dir.path().join("paraf.png");
    let mut img = image::RgbaImage::new(300, 120);
    for x in 20..280 {
        img.put_pixel(x, 60 + x % 30, image::Rgba([0, 0, 90, 255]));
    }
    img.save(&initials).unwrap();
    let out = cli(
        &data,
        &[
            "paraf",
            &no,
            "--user",
            "196805121993031004",
            "--pin",
            "2222",
            "--decision",
            "setuju",
        ],
    );
    assert!(
        text(&out).contains("Belum ada paraf tersimpan"),
        "{}",
        text(&out)
    );
    let out = cli(
        &data,
        &[
            "paraf",
            &no,
            "--user",
            "196805121993031004",
            "--pin",
            "2222",
            "--decision",
            "setuju",
            "--initials",
            initials.to_str().unwrap(),
        ],
    );
    assert!(
        text(&out).contains("belum diperiksa Kasi"),
        "{}",
        text(&out)
    );
    let out = cli(
        &data,
        &[
            "check",
            &no,
            "--user",
            "196805121993031004",
            "--pin",
            "2222",
        ],
    );
    assert!(
        text(&out).contains("tidak berwenang memeriksa rilis"),
        "{}",
        text(&out)
    );
    run(&[
        "check",
        &no,
        "--user",
        "198207092006041003",
        "--pin",
        "1111",
    ]);
    let out = run(&[
        "paraf",
        &no,
        "--user",
        "196805121993031004",
        "--pin",
        "2222",
        "--decision",
        "setuju",
        "--initials",
        initials.to_str().unwrap(),
        "--note",
        "Layak tayang",
    ]);
    assert!(out.contains("1 rilis diparaf: setuju."), "{out}");
    let out = cli(
        &data,
        &[
            "revoke",
            &no,
            "--user",
            "196805121993031004",
            "--pin",
            "2222",
            "--reason",
            "",
        ],
    );
    assert!(
        text(&out).contains("Alasan pencabutan wajib diisi"),
        "{}",
        text(&out)
    );
    run(&[
        "revoke",
        &no,
        "--user",
        "196805121993031004",
        "--pin",
        "2222",
        "--reason",
        "Perlu revisi",
    ]);

    let pdf = dir.path().join("lembar.pdf");
    let out = run(&[
        "sheet",
        &no,
        "--out",
        pdf.to_str().unwrap(),
        "--paper",
        "f4",
    ]);
    assert!(out.contains("lembar.pdf"));
    let check = Command::new("qpdf")
        .arg("--check")
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    assert!(run(&["verify"]).contains("Semua data utuh."));
}

/// The agenda year of the first release, read back through the CLI.
fn chrono_year(data: &Path) -> String {
    let out = cli(data, &["list", "--json"]);
    let page: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    page["rows"][0]["agenda_no"].as_str().unwrap()[4..].to_owned()
}

#[test]
fn the_cli_says_its_version() {
    let dir = tempfile::tempdir().unwrap();
    let out = cli(dir.path(), &["--version"]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("pressdesk-cli {}", env!("CARGO_PKG_VERSION"))
    );
}
