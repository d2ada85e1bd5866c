//! Every bad input of the intake gets a clear Indonesian message naming the field or file,
//! and leaves nothing behind: no row, no stored file, no agenda number used.

mod common;

use common::*;
use pressdesk_core::error::Error;
use pressdesk_core::model::Actor;
use pressdesk_core::release::{self, EvidenceInput, NewRelease};
use pressdesk_core::{evidence, Store};

fn assert_untouched(dir: &std::path::Path, store: &Store) {
    let releases = count(store, "SELECT count(*) FROM releases");
    let counters = count(store, "SELECT count(*) FROM counters");
    let files = count(store, "SELECT count(*) FROM files");
    assert_eq!(
        (releases, counters, files),
        (0, 0, 0),
        "no row and no number used"
    );
    assert_eq!(count_files(&dir.join("files")), 0, "no stored file");
}

#[test]
fn a_form_with_several_wrong_fields_gets_every_message_at_once_in_the_form_order() {
    let (dir, store) = store();
    let mut input = release("", "");
    input.letter_date = Some("2026-02-31".into());
    let err = release::register_release(&store, &Actor::console(), input).unwrap_err();
    let got: Vec<(&str, &str)> = err
        .fields()
        .expect("several fields")
        .iter()
        .map(|f| (f.field.as_str(), f.message.as_str()))
        .collect();
    assert_eq!(got[0], ("sender_org", "Instansi pengirim wajib diisi."));
    assert_eq!(got[1].0, "letter_date");
    assert_eq!(got[2], ("title", "Judul wajib diisi."));
    assert_eq!(got.len(), 3);
    let json = serde_json::to_value(&err).unwrap();
    assert_eq!(json["kind"], "invalid");
    assert_eq!(
        json["field"], "sender_org",
        "the first, for a front end that shows one"
    );
    assert_eq!(json["fields"][2]["field"], "title");
    assert_untouched(dir.path(), &store);
}

fn refused(store: &Store, name: &str, bytes: &[u8]) -> Error {
    evidence::stage_file(store, Some(&Actor::console()), name, bytes).expect_err(name)
}

#[test]
fn missing_and_overlong_fields_name_the_field() {
    let (dir, store) = store();
    let err =
        release::register_release(&store, &Actor::console(), release("", "Dinas")).unwrap_err();
    assert_eq!((err.kind(), err.field()), ("invalid", Some("title")));
    assert_eq!(err.to_string(), "Judul wajib diisi.");
    let err =
        release::register_release(&store, &Actor::console(), release("Judul", "  ")).unwrap_err();
    assert_eq!(err.field(), Some("sender_org"));
    let err = release::register_release(
        &store,
        &Actor::console(),
        release(&"J".repeat(5000), "Dinas"),
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("title"));
    assert!(err.to_string().contains("5000 karakter"));
    let mut future = release("Judul", "Dinas");
    future.received_at = Some("2099-01-01T10:00".into());
    assert_eq!(
        release::register_release(&store, &Actor::console(), future)
            .unwrap_err()
            .field(),
        Some("received_at")
    );
    assert_untouched(dir.path(), &store);
}

#[test]
fn broken_and_hostile_files_are_refused_with_the_file_named() {
    let (dir, store) = store();
    let text = refused(&store, "foto.jpg", b"ini bukan foto, hanya teks biasa\n");
    assert_eq!(text.field(), Some("evidence"));
    assert!(text.to_string().contains("«foto.jpg» bukan foto"), "{text}");

    let full = jpeg(1024, 768, 5);
    let truncated = refused(&store, "terpotong.jpg", &full[..full.len() / 2]);
    assert!(
        truncated.to_string().contains("rusak atau terpotong"),
        "{truncated}"
    );

    let empty = refused(&store, "kosong.jpg", b"");
    assert!(empty.to_string().contains("kosong"), "{empty}");

    let huge = refused(&store, "raksasa.png", &png_header_only(30_000, 30_000));
    assert!(huge.to_string().contains("30000 × 30000"), "{huge}");
    assert!(huge.to_string().contains("100 megapiksel"), "{huge}");

    let pdf = refused(&store, "surat.pdf", b"%PDF-1.4\n1 0 obj<<>>");
    assert!(pdf.to_string().contains("terpotong"), "{pdf}");

    let missing = evidence::stage_path(&store, &dir.path().join("tidak-ada.jpg")).unwrap_err();
    assert!(missing.to_string().contains("tidak ditemukan"), "{missing}");
    let folder = evidence::stage_path(&store, dir.path()).unwrap_err();
    assert!(folder.to_string().contains("bukan berkas"), "{folder}");

    assert_untouched(dir.path(), &store);
    assert_eq!(
        count_files(&dir.path().join("staging")),
        0,
        "nothing staged either"
    );
}

#[test]
fn a_failed_registration_puts_its_evidence_back_and_uses_no_number() {
    let (dir, store) = store();
    let staged =
        evidence::stage_file(&store, Some(&Actor::console()), "a.jpg", &jpeg(640, 480, 9)).unwrap();
    let mut input = with_photos(
        release("Judul", "Dinas"),
        &[(staged.sha256.clone(), staged.name)],
    );
    input.news_type = Some("Jenis yang tidak ada".into());
    let err = release::register_release(&store, &Actor::console(), input.clone()).unwrap_err();
    assert_eq!(err.field(), Some("news_type"));
    assert_untouched(dir.path(), &store);

    // The same form, corrected, still has its photo: it went back to staging.
    input.news_type = None;
    let ok = release::register_release(&store, &Actor::console(), input).unwrap();
    assert_eq!(ok.summary.agenda_no[..3], *"001");
    assert_eq!(ok.evidence.len(), 1);
}

#[test]
fn evidence_must_fit_its_kind_and_be_staged() {
    let (dir, store) = store();
    let pdf = evidence::stage_file(
        &store,
        Some(&Actor::console()),
        "s.pdf",
        b"%PDF-1.4\n%%EOF\n",
    )
    .unwrap();
    let mut input = release("Judul", "Dinas");
    input.evidence = vec![EvidenceInput {
        sha256: pdf.sha256,
        kind: pressdesk_core::model::EvidenceKind::Photo,
        name: "s.pdf".into(),
    }];
    let err = release::register_release(&store, &Actor::console(), input).unwrap_err();
    assert!(
        err.to_string().contains("tidak dapat dicatat sebagai Foto"),
        "{err}"
    );
    let never_staged = NewRelease {
        evidence: vec![EvidenceInput {
            sha256: "ab".repeat(32),
            kind: pressdesk_core::model::EvidenceKind::Photo,
            name: "x.jpg".into(),
        }],
        ..release("Judul", "Dinas")
    };
    let err = release::register_release(&store, &Actor::console(), never_staged).unwrap_err();
    assert_eq!(err.field(), Some("evidence"));
    assert_untouched(dir.path(), &store);
}

#[test]
fn malformed_json_says_where() {
    let err: Error = serde_json::from_str::<NewRelease>("{\"title\": \"x\",,}")
        .unwrap_err()
        .into();
    assert_eq!(err.kind(), "invalid");
    assert!(
        err.to_string()
            .starts_with("JSON tidak sah pada baris 1, kolom"),
        "{err}"
    );
}
