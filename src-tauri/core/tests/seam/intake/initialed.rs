//! An initialed release on both stores: a correction is refused by core in the same words, and
//! below every code path the store's own guards (SQLite's triggers, the server's of migration
//! 0003) refuse changing its row or its evidence.

use pressdesk_core::args;
use pressdesk_core::evidence;
use pressdesk_core::model::{EvidenceKind, Role};
use pressdesk_core::release::{self, ReleaseEdit};

use super::super::{common, offices};
use super::{evidence_of, form, left_behind, person};

#[test]
fn an_initialed_release_stays_as_it_was_on_both_stores() {
    let mut refusals = Vec::new();
    for (name, office) in offices("initialed") {
        let store = &office.store;
        let kasi = person(store, "Sri Wahyuni", "197501012000032002", Role::Kasi);
        let photo =
            evidence::stage_file(store, Some(&kasi), "foto.jpg", &common::jpeg(64, 48, 3)).unwrap();
        let added = common::jpeg(64, 48, 4);
        let later = evidence::stage_file(store, Some(&kasi), "susulan.jpg", &added).unwrap();
        let r = release::register_release(
            store,
            &kasi,
            form(
                "Rilis Diparaf",
                vec![evidence_of(&photo, EvidenceKind::Photo)],
            ),
        )
        .unwrap();
        // What the Kadis's deciding paraf does to the row (the paraf itself is its own act).
        let id: i64 = office
            .act(|db| {
                db.execute(
                    "UPDATE releases SET status = 'Approved' WHERE uid = ?1",
                    args![r.summary.id],
                )?;
                db.query_row(
                    "SELECT id FROM releases WHERE uid = ?1",
                    args![r.summary.id],
                    |row| row.get(0),
                )
            })
            .unwrap();
        let by_core = release::edit_release(
            store,
            &kasi,
            &r.summary.id,
            ReleaseEdit {
                title: Some("Judul lain".into()),
                add_evidence: vec![evidence_of(&later, EvidenceKind::Photo)],
                ..ReleaseEdit::default()
            },
        )
        .unwrap_err()
        .to_string();
        assert_eq!(
            left_behind(store, &later.sha256),
            (1, false, false),
            "{name}"
        );
        // Below every code path, the store's own guards refuse the same.
        let below = [
            office.act(|db| {
                db.execute(
                    "UPDATE releases SET title = 'Judul lain' WHERE id = ?1",
                    args![id],
                )
            }),
            office.act(|db| {
                db.execute(
                    "UPDATE evidence SET removed_at = '2026-03-02T01:00:00Z', removed_by = 1
                     WHERE release_id = ?1",
                    args![id],
                )
            }),
            office.act(|db| {
                db.execute(
                    "INSERT INTO evidence (release_id, seq, kind, file_sha, original_name,
                        added_at)
                     VALUES (?1, 9, 'photo', ?2, 'x.jpg', '2026-03-02T01:00:00Z')",
                    args![id, photo.sha256],
                )
            }),
        ];
        for refused in &below {
            let err = refused.as_ref().unwrap_err().to_string();
            assert!(err.contains("initialed and immutable"), "{name}: {err}");
        }
        let detail = release::get_release(store, &kasi, &r.summary.id).unwrap();
        assert_eq!(
            (detail.summary.title.as_str(), detail.evidence.len()),
            ("Rilis Diparaf", 1),
            "{name}"
        );
        refusals.push(by_core);
    }
    assert_eq!(refusals[0], refusals[1], "the same words on both stores");
}
