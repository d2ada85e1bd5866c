//! The originals saved out of PressDesk: every file of a release under its own name, checked
//! against its SHA-256, never over a file already there; a changed original is not saved and
//! the folder stays as it was.

mod common;

use std::path::Path;

use common::evidence_files::*;
use common::paraf_office::office;
use common::*;
use pressdesk_core::model::EvidenceKind;
use pressdesk_core::{originals, Error};

#[test]
fn all_originals_are_saved_under_their_names_and_never_over_a_file_already_there() {
    let o = office();
    let op = operator(&o);
    let (a, b) = (jpeg(800, 600, 11), jpeg(800, 600, 99));
    let detail = registered(
        &o,
        "Rilis dua foto bernama sama",
        &[
            ("foto.jpg", &a),
            ("foto.jpg", &b),
            ("surat-pengantar.pdf", LETTER),
        ],
    );
    let folder = tempfile::tempdir().unwrap();
    let report = originals::save_all(
        &o.store,
        &op,
        &detail.summary.agenda_no,
        folder.path(),
        None,
    )
    .unwrap();
    let names: Vec<&str> = report.saved.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["foto.jpg", "foto (2).jpg", "surat-pengantar.pdf"]);
    assert_eq!(std::fs::read(folder.path().join("foto.jpg")).unwrap(), a);
    assert_eq!(
        std::fs::read(folder.path().join("foto (2).jpg")).unwrap(),
        b
    );
    assert_eq!(
        std::fs::read(folder.path().join("surat-pengantar.pdf")).unwrap(),
        LETTER
    );
    assert!(
        report.message.starts_with("3 berkas disimpan"),
        "{}",
        report.message
    );
    assert_eq!(count_files(folder.path()), 3, "no temporary file is left");

    // Again into the same folder: nothing is overwritten, and the user is told.
    std::fs::write(folder.path().join("foto.jpg"), b"edited by the operator").unwrap();
    let again =
        originals::save_all(&o.store, &op, &detail.summary.id, folder.path(), None).unwrap();
    assert!(again.saved.is_empty());
    assert_eq!(again.kept.len(), 3);
    assert!(again.message.contains("tidak ditimpa"), "{}", again.message);
    assert_eq!(
        std::fs::read(folder.path().join("foto.jpg")).unwrap(),
        b"edited by the operator"
    );

    // Only the photos, into a fresh folder.
    let photos = tempfile::tempdir().unwrap();
    let only = originals::save_all(
        &o.store,
        &op,
        &detail.summary.id,
        photos.path(),
        Some(EvidenceKind::Photo),
    )
    .unwrap();
    assert_eq!(only.saved.len(), 2);

    // One file: refused over an existing file unless the user agreed (the save dialog asks).
    let sha = sha_of(&detail, "surat-pengantar.pdf");
    let dest = folder.path().join("surat-pengantar.pdf");
    let err = originals::save_original(&o.store, &op, &detail.summary.id, &sha, &dest, false)
        .unwrap_err();
    assert!(err.to_string().contains("tidak ditimpa"), "{err}");
    let saved =
        originals::save_original(&o.store, &op, &detail.summary.id, &sha, &dest, true).unwrap();
    assert_eq!(saved.name, "surat-pengantar.pdf");
}

#[test]
fn a_changed_original_is_not_saved_and_the_folder_stays_as_it_was() {
    let o = office();
    let op = operator(&o);
    let (a, b) = (jpeg(640, 480, 21), jpeg(640, 480, 22));
    let detail = registered(&o, "Rilis rusak", &[("satu.jpg", &a), ("dua.jpg", &b)]);
    // The second stored photo loses a byte's worth of truth on disk.
    let stored = o
        .store
        .files()
        .file_path(&sha_of(&detail, "dua.jpg"))
        .unwrap();
    let mut bytes = std::fs::read(&stored).unwrap();
    let last = bytes.len() - 10;
    bytes[last] ^= 0xFF;
    std::fs::write(&stored, bytes).unwrap();

    let folder = tempfile::tempdir().unwrap();
    let err =
        originals::save_all(&o.store, &op, &detail.summary.id, folder.path(), None).unwrap_err();
    assert!(matches!(err, Error::Corrupt(_)), "{err}");
    assert!(err.to_string().contains("dua.jpg"), "{err}");
    assert_eq!(
        count_files(folder.path()),
        0,
        "the first copy is taken back too"
    );
    assert!(!Path::new(&folder.path().join("satu.jpg")).exists());
}
