//! The fixtures of the archive tests, the same on both stores: one person of every role, the
//! scheme of the tests, files opened in one line, releases with a real photo, archive numbers
//! as step 5 leaves them, and a PDF's text.

use pressdesk_core::archive::{self, BerkasInput};
use pressdesk_core::evidence;
use pressdesk_core::model::{Actor, EvidenceKind, Role, User};
use pressdesk_core::release::{self, EvidenceInput, NewRelease};
use pressdesk_core::{args, Store};

use super::super::{common, TestOffice};

/// A PDF's text as `pdftotext` reads it.
pub fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

fn person(store: &Store, name: &str, nip: &str, role: Role) -> Actor {
    let id: i64 = store
        .with_db_tx(|db| {
            db.query_row(
                "INSERT INTO users (name, nip, role, position, active, created_at, rank)
                 VALUES (?1, ?2, ?3, 'Staf', 1, '2026-01-05T01:00:00Z', '') RETURNING id",
                args![name, nip, role.as_str()],
                |r| r.get(0),
            )
        })
        .unwrap();
    Actor::for_tests(User {
        id,
        name: name.into(),
        nip: nip.into(),
        role,
        role_label: role.label().into(),
        position: "Staf".into(),
        rank: String::new(),
        active: true,
        has_pin: false,
        saved_initials_sha: None,
        lang: Default::default(),
    })
}

/// One person of every role, in `Role::ALL`'s order.
pub fn everyone(store: &Store) -> Vec<Actor> {
    Role::ALL
        .iter()
        .enumerate()
        .map(|(i, role)| {
            let nip = format!("19800101200501{:04}", 2001 + i);
            person(store, &format!("Orang {}", role.as_str()), &nip, *role)
        })
        .collect()
}

pub fn of(all: &[Actor], role: Role) -> &Actor {
    all.iter().find(|a| a.role() == Some(role)).unwrap()
}

/// The scheme of the tests: a code with 2 active and 5 inactive years of each disposition.
pub const SCHEME: &str = "kode;nama;aktif;inaktif;keterangan akhir;keamanan
UJ.01;Rilis uji musnah;2;5;musnah;biasa
UJ.02;Rilis uji permanen;2;5;permanen
UJ.03;Rilis uji rahasia;2;5;dinilai kembali;rahasia
";

pub fn open(store: &Store, who: &Actor, code: &str, start: &str) -> String {
    let input = BerkasInput {
        code: code.into(),
        description: format!("Rilis {code} mulai {start}"),
        unit: Some("Bidang IKP".into()),
        folder: None,
        period_start: Some(start.into()),
    };
    archive::open_berkas(store, who, input)
        .unwrap_or_else(|e| panic!("{e}"))
        .number
}

/// A release received now, with one real photo, registered by the Kasi.
pub fn registered(store: &Store, kasi: &Actor, title: &str, seed: u8) -> (String, String) {
    let photo = evidence::stage_file(store, Some(kasi), "foto.jpg", &common::jpeg(320, 240, seed))
        .unwrap_or_else(|e| panic!("{e}"));
    let form = NewRelease {
        title: title.into(),
        sender_org: "Bagian Protokol Setda".into(),
        letter_no: format!("B/{seed}/2026"),
        body: format!("Isi {title} dengan kata sandi zamrud{seed}."),
        remarks: "Catatan rahasia.".into(),
        evidence: vec![EvidenceInput {
            sha256: photo.sha256.clone(),
            kind: EvidenceKind::Photo,
            name: "foto.jpg".into(),
        }],
        ..NewRelease::default()
    };
    let d = release::register_release(store, kasi, form).unwrap_or_else(|e| panic!("{e}"));
    (d.summary.id, photo.sha256)
}

/// Gives release `uid` a live archive number in a folder, as step 5 leaves it (fixture rows).
pub fn numbered(o: &TestOffice, uid: &str, seq: i64) {
    o.act(|db| {
        let folder: Option<i64> =
            db.query_opt("SELECT id FROM folders LIMIT 1", args![], |r| r.get(0))?;
        let folder = match folder {
            Some(f) => f,
            None => {
                let cabinet: i64 = db.query_row(
                    "INSERT INTO cabinets (code, name) VALUES ('A', 'A') RETURNING id",
                    args![],
                    |r| r.get(0),
                )?;
                let drawer: i64 = db.query_row(
                    "INSERT INTO drawers (cabinet_id, code, name) VALUES (?1, '1', '1')
                     RETURNING id",
                    args![cabinet],
                    |r| r.get(0),
                )?;
                db.query_row(
                    "INSERT INTO folders (drawer_id, code, name, capacity) VALUES (?1, 'M1',
                     'Map 1', 50) RETURNING id",
                    args![drawer],
                    |r| r.get(0),
                )?
            }
        };
        db.execute(
            "INSERT INTO archive_numbers (series_id, year, period, seq, number, release_id,
                folder_id, prior_status, allocated_at)
             VALUES (1, 2026, 0, ?1, ?2, (SELECT id FROM releases WHERE uid = ?3), ?4,
                'Published', '2026-03-02T01:00:00Z')",
            args![seq, format!("{seq:03}/PR/2026"), uid, folder],
        )
    })
    .unwrap();
}
