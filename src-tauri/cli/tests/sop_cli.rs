//! `init --sop`, `sop list`, `sop show`, `step` and `roster` as a user runs them: a real binary
//! on a real data folder, an office of Pontianak on SOP 003 taking one release to the end.

mod common;

use std::path::Path;

use common::{cli, ok, text};

const ADMIN: &str = "198001012005011001";
const WRITER: &str = "198001012005011002";
const OPERATOR: &str = "198001012005011003";

fn pontianak(data: &Path, sop: &str) {
    ok(
        data,
        &[
            "init",
            "--office",
            "Diskominfo Kota Pontianak",
            "--unit",
            "DISKOMINFO",
            "--address",
            "Jl. Rahadi Usman",
            "--tz",
            "WIB",
            "--sop",
            sop,
            "--admin-name",
            "Admin",
            "--admin-nip",
            ADMIN,
            "--admin-pin",
            "135790",
        ],
    );
}

#[test]
fn an_office_set_up_on_sop_003_lists_its_sop_first_and_shows_its_steps() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    pontianak(&data, "003");
    let list = ok(&data, &["sop", "list"]);
    assert!(
        list.starts_with("* SOP-003  v1  4 langkah  Penyebarluasan Informasi"),
        "{list}"
    );
    assert!(list.contains("  SOP-004  v1  5 langkah"), "{list}");
    assert!(list.contains("  SOP-000  v1  6 langkah"), "{list}");
    let show = ok(&data, &["sop", "show", "SOP-001"]);
    assert!(
        show.contains("buku catatan: Buku Jadwal Kegiatan"),
        "{show}"
    );
    assert!(
        show.contains("Jadwal piket · Kasi · mutu baku 1 bulan"),
        "{show}"
    );
    assert!(show.contains("mutu baku H-1"), "{show}");
    assert!(show.contains("mutu baku H+1"), "{show}");
    let out = cli(&data, &["sop", "show", "SOP-009"]);
    assert!(!out.status.success());
    assert!(
        text(&out).contains("galat (sop): SOP «SOP-009» tidak dikenal"),
        "{}",
        text(&out)
    );
}

#[test]
fn a_release_goes_through_sop_003_step_by_step_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    pontianak(&data, "SOP-003");
    for (name, nip, role) in [
        ("Rina Pengolah", WRITER, "Processor"),
        ("Oki Operator", OPERATOR, "Operator"),
    ] {
        let add = &[
            "user", "add", "--name", name, "--nip", nip, "--role", role, "--pin", "2468",
        ];
        ok(&data, add);
    }
    let json = dir.path().join("rilis.json");
    std::fs::write(
        &json,
        r#"{"title": "Rapat pleno", "sender_org": "Bagian Prokopim"}"#,
    )
    .unwrap();
    ok(&data, &["register", "--json", json.to_str().unwrap()]);

    let as_writer = ["--user", WRITER, "--pin", "2468"];
    let written = ok(
        &data,
        &[&["step", "1", "write", "--note", "ditulis"][..], &as_writer].concat(),
    );
    assert!(written.contains("Rilis 001/"), "{written}");
    assert!(written.contains(": Ditulis."), "{written}");
    assert!(
        written.contains("Berikutnya: Mengoreksi berita"),
        "{written}"
    );

    // The operator does not correct, and the step is named in the refusal.
    let out = cli(
        &data,
        &["step", "1", "verify", "--user", OPERATOR, "--pin", "2468"],
    );
    assert!(!out.status.success());
    assert!(text(&out).contains("tidak berwenang"), "{}", text(&out));
    let out = cli(
        &data,
        &["step", "1", "publish", "--user", WRITER, "--pin", "2468"],
    );
    assert!(text(&out).contains("galat (act): Langkah Penayangan dicatat di layarnya sendiri."));

    let done = ok(&data, &[&["step", "1", "verify"][..], &as_writer].concat());
    assert!(done.contains(": Dikoreksi."), "{done}");
    let list = ok(&data, &["list"]);
    assert!(list.contains("Dikoreksi"), "{list}");
}

#[test]
fn the_duty_roster_of_a_month_is_set_and_shown() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    pontianak(&data, "SOP-001");
    let add = &[
        "user",
        "add",
        "--name",
        "Reporter Satu",
        "--nip",
        WRITER,
        "--role",
        "Reporter",
        "--pin",
        "2468",
    ];
    ok(&data, add);
    ok(
        &data,
        &[
            "roster",
            "set",
            "--day",
            "2026-12-08",
            "--person",
            WRITER,
            "--duty",
            "Liputan",
            "--user",
            ADMIN,
            "--pin",
            "135790",
        ],
    );
    let shown = ok(
        &data,
        &["roster", "show", "--year", "2026", "--month", "12"],
    );
    assert!(
        shown.contains("Jadwal piket media center, Desember 2026"),
        "{shown}"
    );
    assert!(shown.contains("Selasa, 8 Desember 2026"), "{shown}");
    assert!(shown.contains("Reporter Satu Liputan"), "{shown}");
}
