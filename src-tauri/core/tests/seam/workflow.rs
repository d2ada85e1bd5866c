//! The SOP as data and the one door, on both stores: the templates load alike, and a release
//! advances, is refused and goes back the same way on either.

use pressdesk_core::calendar::Calendar;
use pressdesk_core::model::{Role, Status};
use pressdesk_core::sql::Db;
use pressdesk_core::workflow::{self, template, Act, ActKind, Outcome};
use pressdesk_core::{args, fingerprint, Error, Result};

use super::{insert_release, offices};

#[test]
fn the_sop_templates_load_the_same_on_both_stores() {
    let mut seen = Vec::new();
    for (store, office) in offices("templates") {
        let loaded = office
            .act(|db| {
                let list = template::summaries(db)?;
                let mut sops = Vec::new();
                for code in ["SOP-004", "SOP-001", "003", "SOP-000"] {
                    let id = template::template_id_by_code(db, code)?;
                    let sop = template::load_version(db, template::current_version_id(db, id)?)?;
                    sops.push(serde_json::to_value(&sop)?);
                }
                assert_eq!(template::office_sop(db)?.code, "SOP-004", "{store}");
                let calendar = format!("{:?}", Calendar::load(db)?);
                // Another SOP chosen: the flag is 0/1 on both stores.
                template::set_office_template(db, template::template_id_by_code(db, "001")?)?;
                assert_eq!(template::office_sop(db)?.code, "SOP-001", "{store}");
                let chosen = template::summaries(db)?;
                assert!(chosen[0].chosen && chosen[0].code == "SOP-001", "{store}");
                assert_eq!(chosen.iter().filter(|s| s.chosen).count(), 1, "{store}");
                Ok((serde_json::to_value(&list)?, sops, calendar))
            })
            .unwrap_or_else(|e| panic!("{store}: {e}"));
        seen.push(loaded);
    }
    assert_eq!(seen[0], seen[1], "the same templates, steps and standards");
    let (list, sops, _) = &seen[0];
    assert_eq!(list.as_array().map(Vec::len), Some(4));
    let steps = |i: usize| sops[i]["steps"].as_array().map(Vec::len);
    assert_eq!(
        [steps(0), steps(1), steps(2), steps(3)],
        [5, 7, 4, 6].map(Some)
    );
    let sop4 = &sops[0]["steps"];
    for i in 0..5 {
        assert_eq!(sop4[i]["standard_label"], "7 menit");
    }
    assert_eq!(sops[1]["steps"][1]["standard_label"], "H-1");
}

/// An act of `kind` by someone in `role` (none: the console).
fn act(kind: ActKind, role: Option<Role>) -> Act<'static> {
    Act {
        kind,
        by: None,
        role,
        outcome: Outcome::Reached,
        started: None,
        note: "",
        action: "release.step",
        author: None,
        payload: serde_json::json!({}),
    }
}

fn advance(db: &Db, kind: ActKind, role: Option<Role>) -> Result<Status> {
    let state = workflow::load_state(db, "rilis-1")?;
    workflow::advance(db, &state, act(kind, role))
}

/// The release's steps as timed: which, and whether each has ended.
fn timings(db: &Db) -> Result<Vec<(i64, bool)>> {
    db.query(
        "SELECT t.step_seq, t.ended_at IS NOT NULL FROM step_timings t
         JOIN releases r ON r.id = t.release_id WHERE r.uid = ?1 ORDER BY t.step_seq",
        args!["rilis-1"],
    )?
    .iter()
    .map(|r| Ok((r.get(0)?, r.get(1)?)))
    .collect()
}

#[test]
fn a_release_advances_through_its_first_steps_the_same_on_both_stores() {
    let mut prints = Vec::new();
    for (store, office) in offices("advance") {
        let id = office
            .act(|db| insert_release(db, "rilis-1", 1, "SOP-004", None))
            .unwrap();
        let step = |kind, role| office.act(|db| advance(db, kind, role));
        assert_eq!(
            step(ActKind::Register, Some(Role::Kasi)).unwrap(),
            Status::Registered
        );
        // Not the step open now, or not a role of it: refused, nothing written.
        let early = step(ActKind::CoParaf, Some(Role::Kabid)).unwrap_err();
        assert!(matches!(early, Error::Conflict(_)), "{store}: {early}");
        let wrong = step(ActKind::CheckParaf, Some(Role::Operator)).unwrap_err();
        assert!(matches!(wrong, Error::Forbidden(_)), "{store}: {wrong}");
        assert_eq!(
            step(ActKind::CheckParaf, Some(Role::Kadis)).unwrap(),
            Status::Initialed
        );
        office
            .act(|db| {
                let state = workflow::load_state(db, "rilis-1")?;
                assert_eq!(
                    (state.status, state.step_done),
                    (Status::Initialed, 2),
                    "{store}"
                );
                let open = workflow::waiting_at(db, "rilis-1")?.map(|s| s.act);
                assert_eq!(open, Some(ActKind::CoParaf), "{store}");
                assert_eq!(timings(db)?, [(1, true), (2, true), (3, false)], "{store}");
                // Each step's audit event carries the row's fingerprint as the step left it.
                let payload: String = db.query_row(
                    "SELECT payload FROM audit_events WHERE entity = 'release'
                     AND entity_id = ?1 ORDER BY id DESC LIMIT 1",
                    args!["rilis-1"],
                    |r| r.get(0),
                )?;
                let payload: serde_json::Value = serde_json::from_str(&payload)?;
                assert_eq!(payload["step"], 2, "{store}");
                assert_eq!(payload["fingerprint"], fingerprint::fingerprint(db, id)?);
                // A revoked paraf: back at the check, later steps' timings removed (by the
                // server's own function there: a desk has no DELETE).
                workflow::reopen(db, &state, ActKind::CheckParaf)?;
                let back = workflow::load_state(db, "rilis-1")?;
                assert_eq!(
                    (back.status, back.step_done),
                    (Status::Registered, 1),
                    "{store}"
                );
                assert_eq!(timings(db)?, [(1, true), (2, false)], "{store}");
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{store}: {e}"));
        prints.push(office.act(|db| fingerprint::fingerprint(db, id)).unwrap());
    }
    assert_eq!(prints[0], prints[1], "the same steps leave the same row");
}
