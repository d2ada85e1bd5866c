//! A sender takes a release back before its deciding paraf: the Kasi withdraws it with a
//! reason. Its agenda number stays in the book, marked withdrawn, and is never given again;
//! the release never changes after (the triggers of SQLite's migration 0004, the server's 0003).

use serde::Deserialize;
use ts_rs::TS;

use super::ReleaseDetail;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::fingerprint::fingerprint;
use crate::model::Actor;
use crate::model::{check_text, Status};
use crate::permissions::{require, Action};
use crate::workflow::{load_state, timing};
use crate::{args, audit, timefmt};

#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct WithdrawInput {
    pub release_id: String,
    pub reason: String,
}

#[tracing::instrument(skip_all, fields(by = actor.id()))]
pub fn withdraw_release(
    store: &Store,
    actor: &Actor,
    input: WithdrawInput,
) -> Result<ReleaseDetail> {
    require(actor, Action::EditRelease)?;
    check_text("reason", "label-alasan-penarikan", &input.reason, true, 500)?;
    let reason = input.reason.trim();
    let uid = store.with_db_tx(|db| {
        let uid = super::lookup::resolve(db, &input.release_id)?;
        let state = load_state(db, &uid)?;
        if state.status != Status::Registered {
            return Err(Error::Conflict(crate::tr!(
                "err-rilis-sudah-hanya-rilis-yang",
                agenda_no = state.agenda_no,
                to_lowercase = state.status.label().to_lowercase()
            )));
        }
        let now = timefmt::to_db(timefmt::now());
        db.execute(
            "UPDATE releases SET withdrawn_at = ?1, withdrawn_by = ?2, withdraw_reason = ?3
             WHERE id = ?4",
            args![now, actor.id(), reason, state.id],
        )?;
        timing::drop_open(db, state.id)?;
        let payload = serde_json::json!({
            "reason": reason,
            "fingerprint": fingerprint(db, state.id)?,
        });
        audit::append(
            db,
            actor.id(),
            "release.withdraw",
            "release",
            &uid,
            &payload,
        )?;
        Ok(uid)
    })?;
    super::detail(store, actor, &uid)
}
