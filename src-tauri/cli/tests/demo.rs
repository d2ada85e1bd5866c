//! `demo` as someone trying PressDesk runs it: enough releases to fill several folders, the
//! users it made printed with their PIN, step times on the days the releases arrived.

use std::path::Path;
use std::process::{Command, Output};

use chrono::{Datelike, Duration, Utc};

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

fn run(data: &Path, args: &[&str]) -> String {
    let out = cli(data, args);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{args:?}: {text}");
    text
}

fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn demo_files_every_release_it_archives_making_the_folders_it_needs() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // 300 releases, five hours apart: about two months, more than 100 archived, so more than
    // two folders of 50.
    let made = run(&data, &["demo", "--releases", "300"]);
    assert!(made.contains("300 rilis contoh dibuat"), "{made}");
    for (name, role) in [
        ("Admin PressDesk", "Admin"),
        ("Drs. Yusuf Abdullah, M.Si.", "Kadis"),
        ("Fransiska Lenny, S.Sos.", "Kabid"),
        ("Rahmat Hidayat, S.I.Kom.", "Kasi"),
        ("Dewi Anggraini, A.Md.", "Operator Website"),
        ("Bambang Sutrisno", "Arsiparis"),
    ] {
        let line = made
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} is not listed: {made}"));
        assert!(line.contains(role) && line.contains("PIN 123456"), "{line}");
    }

    let archived = run(&data, &["list", "--status", "Archived", "--json"]);
    let page: serde_json::Value = serde_json::from_str(&archived).unwrap();
    let filed = page["total"].as_i64().unwrap();
    assert!(filed > 100, "only {filed} archived");
    // Folders go by filing year: the two months may straddle New Year.
    let this_year = Utc::now().year();
    let mut folders = std::collections::BTreeSet::new();
    for year in [this_year - 1, this_year] {
        let index = dir.path().join(format!("index-{year}.pdf"));
        let year = year.to_string();
        run(
            &data,
            &["index", "--year", &year, "--out", index.to_str().unwrap()],
        );
        for word in pdf_text(&index).split_whitespace() {
            let code = word.trim_matches(|c: char| !c.is_ascii_alphanumeric());
            if code.starts_with("PR-") && !code.starts_with("PR-TL") && code.len() == 10 {
                folders.insert(code.to_owned());
            }
        }
    }
    assert!(
        folders.len() >= 3,
        "folders of approved releases: {folders:?}"
    );
    // A second run adds to the same office and finds room in its folders as well.
    let again = run(&data, &["demo", "--releases", "60"]);
    assert!(again.contains("tidak ada pengguna baru"), "{again}");
    assert!(run(&data, &["verify"]).contains("Semua data utuh."));
}

#[test]
fn demo_step_times_follow_the_received_dates_so_an_earlier_month_has_a_sop_report() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    run(&data, &["demo", "--releases", "300"]);
    // Last month (in the office's zone, WITA) lies wholly within the two months of releases.
    let now = Utc::now() + Duration::hours(8);
    let first = now.date_naive().with_day(1).unwrap() - Duration::days(1);
    let pdf = dir.path().join("sop.pdf");
    let (year, month) = (first.year().to_string(), first.month().to_string());
    run(
        &data,
        &[
            "report",
            "sop",
            "--year",
            &year,
            "--month",
            &month,
            "--out",
            pdf.to_str().unwrap(),
        ],
    );
    let text = pdf_text(&pdf);
    assert!(!text.contains("Belum ada langkah yang selesai"), "{text}");
    assert!(text.contains("Rahmat Hidayat"), "the Kasi's steps: {text}");
    assert!(
        text.contains("Drs. Yusuf Abdullah"),
        "the Kadis's steps: {text}"
    );
}
