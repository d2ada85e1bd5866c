//! The spine every act stands on, on both stores: the gap-free counter, the audit chain and a
//! release's fingerprint.

use pressdesk_core::audit::{self, ChainCheck, StoredEvent};
use pressdesk_core::model::TimeZone;
use pressdesk_core::sql::Db;
use pressdesk_core::{args, fingerprint, numbering, Error, Result};

use super::{insert_release, offices};

#[test]
fn the_agenda_counter_is_gap_free_and_a_rolled_back_act_uses_no_number() {
    for (store, office) in offices("counter") {
        let next = |series: &str| office.act(|db| numbering::next(db, series, 2031)).unwrap();
        assert_eq!(next(numbering::AGENDA), 1, "{store}");
        let failed = office.act(|db| {
            assert_eq!(numbering::next(db, numbering::AGENDA, 2031)?, 2, "{store}");
            Err::<(), _>(Error::Conflict(
                "the act fails after taking its number".into(),
            ))
        });
        assert!(failed.is_err(), "{store}");
        assert_eq!(next(numbering::AGENDA), 2, "{store}: the number came back");
        assert_eq!(
            next("archive:approved:0"),
            1,
            "{store}: each series counts apart"
        );
        assert_eq!(next(numbering::AGENDA), 3, "{store}");
        let other_year = office.act(|db| numbering::next(db, numbering::AGENDA, 2032));
        assert_eq!(other_year.unwrap(), 1, "{store}: each year counts apart");
    }
}

/// The whole chain as the store keeps it, walked with `verify`'s own code.
fn walk(db: &Db) -> Result<ChainCheck> {
    let rows = db.query(
        "SELECT id, at, actor_id, action, entity, entity_id, payload, prev_hash, hash
         FROM audit_events ORDER BY id",
        args![],
    )?;
    let mut check = ChainCheck::new();
    for r in &rows {
        let text: Vec<String> = [1, 3, 4, 5, 6, 7, 8]
            .into_iter()
            .map(|i| r.get(i))
            .collect::<Result<_>>()?;
        check.link(&StoredEvent {
            id: r.get(0)?,
            at: &text[0],
            actor_id: r.get(2)?,
            action: &text[1],
            entity: &text[2],
            entity_id: &text[3],
            payload: &text[4],
            prev_hash: &text[5],
            hash: &text[6],
        });
    }
    Ok(check)
}

#[test]
fn an_audit_event_appended_on_either_store_verifies_with_the_same_chain_code() {
    for (store, office) in offices("audit") {
        let payload = serde_json::json!({ "reason": "Lampiran \"surat\" kurang\n✓" });
        let append = |entity_id: &str| {
            office.act(|db| {
                audit::append(
                    db,
                    Some(1),
                    "release.return",
                    "release",
                    entity_id,
                    &payload,
                )
            })
        };
        let first = append("rilis-x").unwrap();
        let hash = append("rilis-x").unwrap();
        assert_ne!(first, hash, "{store}");
        office
            .act(|db| {
                assert_eq!(audit::head(db)?, hash, "{store}");
                let check = walk(db)?;
                assert!(check.faults.is_empty(), "{store}: {:?}", check.faults);
                assert_eq!(check.head, hash, "{store}");
                let trail = audit::trail(db, "release", "rilis-x", TimeZone::WIB)?;
                assert_eq!(trail.len(), 2, "{store}");
                assert_eq!(trail[1].hash, hash, "{store}");
                assert_eq!(trail[1].actor.as_deref(), Some("Admin"), "{store}");
                assert_eq!(
                    trail[1].reason.as_deref(),
                    Some("Lampiran \"surat\" kurang\n✓"),
                    "{store}"
                );
                Ok(())
            })
            .unwrap();
    }
}

#[test]
fn the_server_records_which_desk_appended_an_event() {
    let (_dir, server) = super::server_office("desk");
    let desk: String = server.with_db_tx(|db| {
        let hash = audit::append(db, None, "site.add", "site", "1", &serde_json::json!({}))?;
        db.query_row(
            "SELECT desk FROM audit_events WHERE hash = ?1",
            args![hash],
            |r| r.get(0),
        )
    })
    .unwrap();
    assert!(desk.ends_with("_desk_kasi"), "{desk}");
}

#[test]
fn a_release_row_has_the_same_fingerprint_on_both_stores() {
    let mut seen = Vec::new();
    for (store, office) in offices("fingerprint") {
        let prints = office
            .act(|db| {
                // Under SOP 004's first version, never corrected (21 columns); corrected (25);
                // under another SOP (28): each of the fingerprint's three shapes.
                let a = insert_release(db, "rilis-a", 1, "SOP-004", None)?;
                db.execute(
                    "INSERT INTO files (sha256, size, mime, has_thumb, created_at)
                     VALUES (?1, 10, 'image/jpeg', 0, '2026-03-02T01:00:00Z')",
                    args!["ab".repeat(32)],
                )?;
                db.execute(
                    "INSERT INTO evidence (release_id, seq, kind, file_sha, original_name,
                        added_at)
                     VALUES (?1, 1, 'photo', ?2, 'foto \"1\" ✓.jpg', '2026-03-02T01:00:00Z')",
                    args![a, "ab".repeat(32)],
                )?;
                let b = insert_release(db, "rilis-b", 2, "SOP-004", Some("2026-03-03T02:00:00Z"))?;
                let c = insert_release(db, "rilis-c", 3, "SOP-003", None)?;
                let one_by_one: Vec<String> = [a, b, c]
                    .into_iter()
                    .map(|id| fingerprint::fingerprint(db, id))
                    .collect::<Result<_>>()?;
                let (all, orphans) = fingerprint::all_fingerprints(db)?;
                assert_eq!(orphans, 0, "{store}");
                let all: Vec<String> = all.into_iter().map(|p| p.fingerprint).collect();
                assert_eq!(all, one_by_one, "{store}");
                Ok(one_by_one)
            })
            .unwrap_or_else(|e| panic!("{store}: {e}"));
        seen.push(prints);
    }
    assert_eq!(seen[0], seen[1], "the same rows, the same fingerprints");
    let distinct: std::collections::BTreeSet<_> = seen[0].iter().collect();
    assert_eq!(distinct.len(), 3);
}
