//! A release the Kasi's check returned: it waits on its sender with step 2's clock paused,
//! the Kasi corrects it (`release::edit_release`) and sends it to the check again here.

use crate::args;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::fingerprint::fingerprint;
use crate::model::Actor;
use crate::model::Status;
use crate::permissions::{require, Action};
use crate::release::ReleaseDetail;
use crate::workflow::{load_state, timing};
use crate::{audit, timefmt};

/// Sends a returned release to the Kasi's check again: the wait on the sender ends and the
/// step's clock runs on.
#[tracing::instrument(skip_all, fields(by = actor.id()))]
pub fn resubmit_release(store: &Store, actor: &Actor, release_id: &str) -> Result<ReleaseDetail> {
    require(actor, Action::Check)?;
    let uid = store.with_db_tx(|db| {
        let state = load_state(db, release_id)?;
        if state.status != Status::Registered || !timing::waiting_on_sender(db, state.id)? {
            return Err(Error::Conflict(crate::tr!(
                "err-rilis-tidak-sedang-dikembalikan-ke",
                agenda_no = state.agenda_no
            )));
        }
        let now = timefmt::now();
        db.execute(
            "INSERT INTO resubmissions (release_id, user_id, at) VALUES (?1, ?2, ?3)",
            args![state.id, actor.id(), timefmt::to_db(now)],
        )?;
        timing::resume(db, state.id, now)?;
        let payload = serde_json::json!({ "fingerprint": fingerprint(db, state.id)? });
        audit::append(
            db,
            actor.id(),
            "release.resubmit",
            "release",
            &state.uid,
            &payload,
        )?;
        Ok(state.uid)
    })?;
    crate::release::detail(store, actor, &uid)
}
