//! The Kasi's check (first half of step 2): a release whose format checklist is complete and
//! whose evidence is present goes to the Kadis's queue; an incomplete one goes back with a reason.

use rusqlite::params;
use serde::Deserialize;
use ts_rs::TS;

use super::load_state;
use crate::auth::Actor;
use crate::catalog::CHECKLIST;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::{check_text, Status};
use crate::permissions::{require, Action};
use crate::release::{fingerprint, ReleaseDetail};
use crate::{audit, timefmt};

#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct CheckInput {
    pub release_id: String,
    /// true: checked and sorted, on to the Kadis; false: returned, `reason` says why.
    pub complete: bool,
    #[serde(default)]
    pub reason: String,
}

pub fn check_release(store: &Store, actor: &Actor, input: CheckInput) -> Result<ReleaseDetail> {
    require(actor, Action::Check)?;
    let user = actor.person()?.id;
    if !input.complete {
        check_text("reason", "Alasan pengembalian", &input.reason, true, 500)?;
    }
    store.with_tx(|tx| {
        let state = load_state(tx, &input.release_id)?;
        if state.status != Status::Registered {
            return Err(Error::Conflict(format!(
                "Rilis {} sudah {}; pemeriksaan tidak dapat diubah.",
                state.agenda_no,
                state.status.label().to_lowercase()
            )));
        }
        if input.complete {
            let missing = missing_items(tx, state.id)?;
            if !missing.is_empty() {
                return Err(Error::invalid(
                    "checklist",
                    format!(
                        "Rilis {} belum lengkap: {}. Lengkapi dahulu atau kembalikan dengan alasan.",
                        state.agenda_no,
                        missing.join("; ")
                    ),
                ));
            }
        }
        let outcome = if input.complete { "complete" } else { "returned" };
        tx.execute(
            "INSERT INTO checks (release_id, user_id, outcome, reason, at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![state.id, user, outcome, input.reason.trim(), timefmt::to_db(timefmt::now())],
        )?;
        tx.execute("UPDATE releases SET checked = ?1 WHERE id = ?2", params![input.complete, state.id])?;
        let payload = serde_json::json!({
            "outcome": outcome,
            "reason": input.reason.trim(),
            "fingerprint": fingerprint(tx, state.id)?,
        });
        let action = if input.complete { "release.check" } else { "release.return" };
        audit::append(tx, Some(user), action, "release", &state.uid, &payload)?;
        Ok(())
    })?;
    crate::release::detail(store, &input.release_id)
}

/// What keeps a release from being complete: unticked checklist items and missing evidence.
pub(super) fn missing_items(conn: &rusqlite::Connection, release_id: i64) -> Result<Vec<String>> {
    let (checklist, evidence): (String, i64) = conn.query_row(
        "SELECT checklist, (SELECT count(*) FROM evidence WHERE release_id = r.id)
         FROM releases r WHERE id = ?1",
        [release_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let ticked: Vec<String> = serde_json::from_str(&checklist)?;
    let mut missing: Vec<String> = CHECKLIST
        .iter()
        .filter(|(key, _)| !ticked.iter().any(|t| t == key))
        .map(|(_, label)| (*label).to_lowercase())
        .collect();
    if evidence == 0 {
        missing.push("belum ada bukti multimedia".into());
    }
    Ok(missing)
}
