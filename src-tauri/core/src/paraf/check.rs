//! The Kasi's check (first half of step 2): a release whose format checklist is complete and
//! whose evidence is present goes to the Kadis's queue; an incomplete one goes back with a reason.

use rusqlite::params;
use serde::Deserialize;
use ts_rs::TS;

use super::load_state;
use crate::auth::Actor;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::{check_text, Status};
use crate::permissions::{require, Action};
use crate::release::{fingerprint, missing_items, timing, ReleaseDetail};
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
        if timing::waiting_on_sender(tx, state.id)? {
            return Err(Error::Conflict(format!(
                "Rilis {} sudah dikembalikan dan menunggu perbaikan pengirim; setelah diperbaiki, \
                 kirim ulang ke pemeriksaan.",
                state.agenda_no
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
        if !input.complete {
            // Waiting on the sender is not the Kasi's handling time.
            timing::pause(tx, state.id, timefmt::now())?;
        }
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
