//! What `verify` proves, and how it notices tampering: an edited row, an edited audit event,
//! and one changed byte in a stored photo.

mod common;

use common::*;
use pressdesk_core::model::Actor;
use pressdesk_core::release;
use pressdesk_core::sql::Db;
use pressdesk_core::{evidence, fingerprint, verify};

#[test]
fn verify_passes_on_a_healthy_store() {
    let (_dir, store) = store();
    let staged =
        evidence::stage_file(&store, Some(&Actor::console()), "a.jpg", &jpeg(800, 600, 1)).unwrap();
    let input = with_photos(release("Rilis", "Dinas"), &[(staged.sha256, staged.name)]);
    release::register_release(&store, &Actor::console(), input).unwrap();
    let report = verify::verify(&store, &Actor::console(), true).unwrap();
    assert!(report.ok, "{:?}", report.faults);
    assert_eq!((report.releases, report.files_checked), (1, 1));
    assert!(report.events >= 3);
}

#[test]
fn the_audit_chain_catches_an_edited_row_and_an_edited_event() {
    if sqlite_only("edits the SQLite file as an attacker would (on the server: tests/server_pg)") {
        return;
    }
    let (dir, store) = store();
    release::register_release(
        &store,
        &Actor::console(),
        release("Judul asli", "Dinas Kesehatan"),
    )
    .unwrap();
    // Someone edits the database behind PressDesk's back.
    let raw = rusqlite::Connection::open(dir.path().join("pressdesk.db")).unwrap();
    raw.execute("UPDATE releases SET title = 'Judul palsu'", [])
        .unwrap();
    let report = verify::verify(&store, &Actor::console(), false).unwrap();
    assert!(!report.ok);
    assert!(
        report
            .faults
            .iter()
            .any(|f| f.contains("diubah di luar PressDesk")),
        "{:?}",
        report.faults
    );

    raw.execute("UPDATE releases SET title = 'Judul asli'", [])
        .unwrap();
    assert!(verify::verify(&store, &Actor::console(), false).unwrap().ok);
    raw.execute("UPDATE audit_events SET payload = '{}' WHERE id = 1", [])
        .unwrap();
    let report = verify::verify(&store, &Actor::console(), false).unwrap();
    assert!(
        report.faults.iter().any(|f| f.contains("#1")),
        "{:?}",
        report.faults
    );
}

#[test]
fn verify_fails_when_one_stored_photo_changes_by_one_byte() {
    if sqlite_only(
        "changes a byte of the data folder's file store (the server checks chunks on read)",
    ) {
        return;
    }
    let (_dir, store) = store();
    let staged =
        evidence::stage_file(&store, Some(&Actor::console()), "a.jpg", &jpeg(800, 600, 1)).unwrap();
    let sha = staged.sha256.clone();
    let input = with_photos(release("Rilis", "Dinas"), &[(staged.sha256, staged.name)]);
    release::register_release(&store, &Actor::console(), input).unwrap();
    let path = store.files().file_path(&sha).unwrap();
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[1000] ^= 1;
    std::fs::write(&path, bytes).unwrap();
    let report = verify::verify(&store, &Actor::console(), true).unwrap();
    assert!(!report.ok);
    assert_eq!(
        report.faults,
        vec![format!("Berkas {sha} telah berubah (SHA-256 tidak cocok).")]
    );
}

#[test]
fn the_bulk_fingerprints_equal_the_one_by_one_fingerprints() {
    if sqlite_only("reads the SQLite file beside the store") {
        return;
    }
    let (dir, store) = store();
    let mut photos = Vec::new();
    for seed in 0..3 {
        let staged = evidence::stage_file(
            &store,
            Some(&Actor::console()),
            "f.jpg",
            &jpeg(64, 48, seed),
        )
        .unwrap();
        photos.push((staged.sha256, format!("foto-{seed}.jpg")));
    }
    // Releases with three photos, none, and one, so the merge meets every case.
    for (i, n) in [3usize, 0, 1].into_iter().enumerate() {
        let input = with_photos(release(&format!("Rilis {i}"), "Dinas"), &photos[..n]);
        release::register_release(&store, &Actor::console(), input).unwrap();
    }
    let conn = rusqlite::Connection::open(dir.path().join("pressdesk.db")).unwrap();
    let raw = Db::Sqlite(&conn);
    let (all, orphans) = fingerprint::all_fingerprints(&raw).unwrap();
    assert_eq!((all.len(), orphans), (3, 0));
    for print in &all {
        assert_eq!(
            print.fingerprint,
            fingerprint::fingerprint(&raw, print.id).unwrap()
        );
    }
    // Read a chunk at a time, the edges between chunks fall between a release and its evidence.
    for chunk in [1, 2] {
        assert_eq!(
            fingerprint::all_fingerprints_by(&raw, chunk).unwrap(),
            (all.clone(), 0)
        );
    }
    // Evidence of a release that does not exist (before the first, after the last) is counted
    // and reported, however the releases are read.
    conn.execute_batch(
        "PRAGMA foreign_keys = OFF;
         INSERT INTO evidence (release_id, seq, kind, file_sha, original_name, added_at)
         SELECT 99, 1, kind, file_sha, original_name, added_at FROM evidence LIMIT 1;
         INSERT INTO evidence (release_id, seq, kind, file_sha, original_name, added_at)
         SELECT 0, 1, kind, file_sha, original_name, added_at FROM evidence LIMIT 1",
    )
    .unwrap();
    for chunk in [1, 2, fingerprint::CHUNK] {
        let (prints, orphans) = fingerprint::all_fingerprints_by(&raw, chunk).unwrap();
        assert_eq!((prints, orphans), (all.clone(), 2), "{chunk}");
    }
    let report = verify::verify(&store, &Actor::console(), false).unwrap();
    assert!(!report.ok);
}

/// verify checks evidence's references by hand (file by an anti-join, release in the
/// fingerprint scan): a new reference on evidence must be added there too.
#[test]
fn evidence_references_are_the_three_checked_by_hand() {
    if sqlite_only("reads SQLite's foreign-key list") {
        return;
    }
    let (dir, _store) = store();
    let raw = rusqlite::Connection::open(dir.path().join("pressdesk.db")).unwrap();
    let mut refs: Vec<(String, String)> = raw
        .prepare("SELECT \"from\", \"table\" FROM pragma_foreign_key_list('evidence')")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    refs.sort();
    assert_eq!(
        refs,
        [
            ("file_sha".to_owned(), "files".to_owned()),
            ("release_id".to_owned(), "releases".to_owned()),
            ("removed_by".to_owned(), "users".to_owned())
        ]
    );
}

#[test]
fn verify_finds_evidence_of_a_missing_file() {
    if sqlite_only("removes a file row below SQLite's guards") {
        return;
    }
    let (dir, store) = store();
    let staged =
        evidence::stage_file(&store, Some(&Actor::console()), "a.jpg", &jpeg(64, 48, 1)).unwrap();
    let input = with_photos(release("Rilis", "Dinas"), &[(staged.sha256, staged.name)]);
    release::register_release(&store, &Actor::console(), input).unwrap();
    let raw = rusqlite::Connection::open(dir.path().join("pressdesk.db")).unwrap();
    raw.execute_batch("PRAGMA foreign_keys = OFF; DELETE FROM files")
        .unwrap();
    let report = verify::verify(&store, &Actor::console(), false).unwrap();
    assert!(
        report.faults.iter().any(|f| f.contains("rujukan")),
        "{:?}",
        report.faults
    );
}
