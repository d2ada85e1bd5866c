//! `class import|list|set`, `berkas open|add|close|due` and `print retensi|daftar-berkas` as an
//! archivist runs them on a demo office: the office's own scheme imported, a file of 2019
//! closed, its usul musnah of 2027 printed with its berita acara and its destruction recorded;
//! a release of another code refused with what to do.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{cli, ok, text};

const ARCHIVIST: &str = "198511202010011002";
const PIN: &str = "123456";

/// `args` as the archivist, signed in with the demo PIN.
fn as_archivist(data: &Path, args: &[&str]) -> Output {
    let mut all = args.to_vec();
    all.extend(["--user", ARCHIVIST, "--pin", PIN]);
    cli(data, &all)
}

/// The ids of the demo's archived releases.
fn archived(data: &Path) -> Vec<String> {
    let out = ok(data, &["list", "--status", "Archived", "--json"]);
    let page: serde_json::Value = serde_json::from_str(&out).unwrap();
    page["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn an_archivist_keeps_a_file_by_its_code_and_prints_its_usul_musnah_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    ok(data, &["demo", "--releases", "40"]);
    let scheme = dir.path().join("klasifikasi.csv");
    std::fs::write(
        &scheme,
        "kode;nama;aktif;inaktif;keterangan akhir;keamanan\n\
         UJ.01;Rilis uji musnah;2;5;musnah;biasa\n",
    )
    .unwrap();
    let imported = as_archivist(data, &["class", "import", scheme.to_str().unwrap()]);
    assert!(imported.status.success(), "{}", text(&imported));
    let listed = ok(data, &["class", "list"]);
    assert!(listed.contains("UJ.01"), "{listed}");

    let ids = archived(data);
    assert!(ids.len() >= 2, "the demo archives releases: {ids:?}");
    let opened = as_archivist(
        data,
        &[
            "berkas",
            "open",
            "--code",
            "UJ.01",
            "--description",
            "Rilis uji tahun 2019",
            "--start",
            "2019-01-02",
        ],
    );
    assert!(opened.status.success(), "{}", text(&opened));
    assert!(text(&opened).contains("001/2019"), "{}", text(&opened));

    // A release still of its suggested code is refused, with what to do.
    let other = as_archivist(data, &["berkas", "add", "001/2019", &ids[0]]);
    assert!(!other.status.success());
    assert!(
        text(&other).contains("satu kode klasifikasi"),
        "{}",
        text(&other)
    );
    let set = as_archivist(data, &["class", "set", "--code", "UJ.01", &ids[0]]);
    assert!(set.status.success(), "{}", text(&set));
    let added = as_archivist(data, &["berkas", "add", "001/2019", &ids[0]]);
    assert!(added.status.success(), "{}", text(&added));
    let closed = as_archivist(
        data,
        &["berkas", "close", "001/2019", "--end", "2019-12-31"],
    );
    assert!(closed.status.success(), "{}", text(&closed));

    // Closed in 2019, 2 + 5 years: due in 2027, not before.
    let due = ok(
        data,
        &["berkas", "due", "--year", "2027", "--kind", "musnah"],
    );
    assert!(due.contains("001/2019"), "{due}");
    let early = ok(
        data,
        &["berkas", "due", "--year", "2026", "--kind", "musnah"],
    );
    assert!(!early.contains("001/2019"), "{early}");
    let pdf = dir.path().join("usul-musnah-2027.pdf");
    ok(
        data,
        &[
            "print",
            "retensi",
            "--year",
            "2027",
            "--kind",
            "musnah",
            "--out",
            pdf.to_str().unwrap(),
        ],
    );
    let read = Command::new("pdftotext")
        .args([pdf.to_str().unwrap(), "-"])
        .output()
        .unwrap();
    let words = String::from_utf8_lossy(&read.stdout);
    for expected in [
        "001/2019",
        "Rilis uji tahun 2019",
        "BERITA ACARA PEMUSNAHAN ARSIP",
    ] {
        assert!(words.contains(expected), "{expected}: {words}");
    }
    // Destroyed on the day of its berita acara: recorded once, off the list.
    let done = as_archivist(
        data,
        &[
            "berkas",
            "done",
            "001/2019",
            "--kind",
            "musnah",
            "--ba",
            "12/BA/2027",
            "--on",
            "2027-01-05",
        ],
    );
    assert!(
        text(&done).contains("Dimusnahkan 5 Januari 2027"),
        "{}",
        text(&done)
    );
    let after = ok(
        data,
        &["berkas", "due", "--year", "2027", "--kind", "musnah"],
    );
    assert!(!after.contains("001/2019"), "{after}");
    let xlsx = dir.path().join("daftar-berkas-2019.xlsx");
    let said = ok(
        data,
        &[
            "print",
            "daftar-berkas",
            "--year",
            "2019",
            "--out",
            xlsx.to_str().unwrap(),
        ],
    );
    assert!(said.contains("(1 baris)"), "{said}");
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"));
}
