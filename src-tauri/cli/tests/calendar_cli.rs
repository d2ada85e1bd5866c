//! `office hours` and `office holiday` as a user runs them: a real binary on a real data folder.

mod common;

use common::{cli, ok, text};

#[test]
fn the_week_is_shown_and_a_saturday_morning_is_made_a_working_day_then_off_again() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let shown = ok(&data, &["office", "hours"]);
    assert!(shown.contains("Senin    07.30–16.00"), "{shown}");
    assert!(shown.contains("Jumat    07.30–16.30"), "{shown}");
    assert!(shown.contains("Minggu   libur"), "{shown}");

    let set = &[
        "office", "hours", "set", "--day", "sabtu", "--from", "08.00", "--to", "12.00",
    ];
    assert!(ok(&data, set).contains("Sabtu    08.00–12.00"));
    let out = cli(&data, &["office", "hours", "--json"]);
    let week: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(week[5]["open"], "08.00");
    let off = ok(&data, &["office", "hours", "set", "--day", "6", "--off"]);
    assert!(off.contains("Sabtu    libur"), "{off}");

    let out = cli(
        &data,
        &[
            "office", "hours", "set", "--day", "senin", "--from", "16.00", "--to", "7.30",
        ],
    );
    assert!(!out.status.success());
    assert!(
        text(&out).contains("galat (close): Jam pulang (07.30) harus sesudah jam masuk (16.00)."),
        "{}",
        text(&out)
    );
    let out = cli(
        &data,
        &["office", "hours", "set", "--day", "sabat", "--off"],
    );
    assert!(
        text(&out).contains("Hari «sabat» tidak dikenal"),
        "{}",
        text(&out)
    );
    let out = cli(&data, &["office", "hours", "set", "--day", "senin"]);
    assert!(text(&out).contains("atau --off saja"), "{}", text(&out));
}

#[test]
fn holidays_are_added_listed_removed_and_imported_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let added = ok(
        &data,
        &["office", "holiday", "add", "2026-12-25", "Hari Raya Natal"],
    );
    assert!(added.contains("Jumat, 25 Desember 2026"), "{added}");
    let out = cli(
        &data,
        &["office", "holiday", "add", "25/12/2026", "Natal", "lagi"],
    );
    assert!(!out.status.success());
    assert!(text(&out).contains("galat (date)"), "{}", text(&out));

    let csv = dir.path().join("libur.csv");
    std::fs::write(
        &csv,
        "tanggal,nama\n2026-01-01,Tahun Baru 2026 Masehi\n2026-02-31,Salah\n2026-08-17,\n",
    )
    .unwrap();
    let out = cli(
        &data,
        &["office", "holiday", "import", csv.to_str().unwrap()],
    );
    assert!(!out.status.success());
    let said = text(&out);
    assert!(
        said.contains("Baris 3: Tanggal «2026-02-31» tidak sah"),
        "{said}"
    );
    assert!(
        said.contains("Baris 4: Nama hari libur wajib diisi"),
        "{said}"
    );
    assert!(
        said.contains("2 baris salah; tidak ada hari libur yang ditambahkan."),
        "{said}"
    );

    std::fs::write(
        &csv,
        "2026-01-01,Tahun Baru 2026 Masehi\n2026-08-17,Hari Kemerdekaan RI\n\
         2026-12-25,Hari Raya Natal\n2027-01-01,Tahun Baru 2027 Masehi\n",
    )
    .unwrap();
    let done = ok(
        &data,
        &["office", "holiday", "import", csv.to_str().unwrap()],
    );
    assert!(
        done.contains("3 hari libur ditambahkan, 1 sudah tercatat."),
        "{done}"
    );

    let listed = ok(&data, &["office", "holiday", "list", "--year", "2026"]);
    assert!(listed.contains("Hari libur 2026: 3"), "{listed}");
    assert!(listed.contains("Senin, 17 Agustus 2026"), "{listed}");
    assert!(!listed.contains("2027"), "{listed}");
    let removed = ok(&data, &["office", "holiday", "remove", "2026-08-17"]);
    assert!(removed.contains("Hari libur dihapus"), "{removed}");
    let out = cli(&data, &["office", "holiday", "list", "--json"]);
    let all: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(all.as_array().unwrap().len(), 3);
    let out = cli(&data, &["office", "holiday", "remove", "2026-08-17"]);
    assert!(!out.status.success());
    assert!(
        text(&out).contains("bukan hari libur yang tercatat"),
        "{}",
        text(&out)
    );
}

#[test]
fn the_help_names_the_office_calendar_commands() {
    let dir = tempfile::tempdir().unwrap();
    let help = ok(&dir.path().join("data"), &["--help"]);
    assert!(help.contains("office hours [set --day senin"), "{help}");
    assert!(help.contains("office holiday import BERKAS.csv"), "{help}");
    let data = dir.path().join("data");
    let out = cli(&data, &["office", "holidays"]);
    assert!(
        text(&out).contains("office holiday add|remove|list|import"),
        "{}",
        text(&out)
    );
    let out = cli(&data, &["office", "holiday", "delete", "2026-12-25"]);
    assert!(
        text(&out).contains("office holiday remove TANGGAL"),
        "{}",
        text(&out)
    );
}
