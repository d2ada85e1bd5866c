//! The Kasi's check (first half of step 2): a release whose format checklist is complete and
//! whose evidence is present goes to the Kadis's queue; an incomplete one goes back with a reason.

use serde::Deserialize;
use ts_rs::TS;

use crate::args;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::fingerprint::fingerprint;
use crate::model::Actor;
use crate::model::{check_text, Status};
use crate::permissions::{require, Action};
use crate::release::{missing_items, ReleaseDetail};
use crate::sql::Db;
use crate::workflow::{load_state, open_step, template, timing, ActKind, ReleaseState};
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
        check_text(
            "reason",
            "label-alasan-pengembalian",
            &input.reason,
            true,
            500,
        )?;
    }
    store.with_db_tx(|db| {
        let state = load_state(db, &input.release_id)?;
        match refusal(db, &state, input.complete)? {
            Some(Refusal::NotNow(message)) => Err(Error::Conflict(message)),
            Some(Refusal::Incomplete(message)) => Err(Error::invalid(
                "checklist",
                crate::tr!(
                    "err-lengkapi-dahulu-atau-kembalikan-dengan",
                    message = message
                ),
            )),
            None => record(db, user, &state, input.complete, &input.reason, None),
        }
    })?;
    crate::release::detail(store, actor, &input.release_id)
}

/// Why a release cannot be checked (or returned) now, in the Kasi's words.
pub(super) enum Refusal {
    /// Not at the check: initialed already, withdrawn, or back with its sender.
    NotNow(String),
    /// "Complete" asked of a release with unticked items or no evidence.
    Incomplete(String),
}

/// The rule of the check, for one release and for a batch alike.
pub(super) fn refusal(db: &Db, state: &ReleaseState, complete: bool) -> Result<Option<Refusal>> {
    let no = &state.agenda_no;
    let sop = template::load_version(db, state.version_id)?;
    let at_check = open_step(&sop, state).is_some_and(|s| s.act == ActKind::CheckParaf);
    if state.status != Status::Registered || !at_check {
        return Ok(Some(Refusal::NotNow(crate::tr!(
            "err-rilis-sudah-pemeriksaan-tidak-dapat",
            no = no,
            to_lowercase = state.status.label().to_lowercase()
        ))));
    }
    if timing::waiting_on_sender(db, state.id)? {
        return Ok(Some(Refusal::NotNow(crate::tr!(
            "err-rilis-sudah-dikembalikan-dan-menunggu",
            no = no
        ))));
    }
    if complete {
        let missing = missing_items(db, state.id)?;
        if !missing.is_empty() {
            return Ok(Some(Refusal::Incomplete(crate::tr!(
                "err-rilis-belum-lengkap",
                no = no,
                missing_join = missing.join("; ")
            ))));
        }
    }
    Ok(None)
}

/// Writes one check (complete, or returned with its reason) with its audit event; a return
/// pauses the step's clock while the release waits on its sender.
pub(super) fn record(
    db: &Db,
    user: i64,
    state: &ReleaseState,
    complete: bool,
    reason: &str,
    batch: Option<&str>,
) -> Result<()> {
    let (outcome, action) = if complete {
        ("complete", "release.check")
    } else {
        ("returned", "release.return")
    };
    let now = timefmt::now();
    db.execute(
        "INSERT INTO checks (release_id, user_id, outcome, reason, at) VALUES (?1, ?2, ?3, ?4, ?5)",
        args![state.id, user, outcome, reason.trim(), timefmt::to_db(now)],
    )?;
    db.execute(
        "UPDATE releases SET checked = ?1 WHERE id = ?2",
        args![complete, state.id],
    )?;
    if !complete {
        timing::pause(db, state.id, now)?;
    }
    let mut payload = serde_json::json!({
        "outcome": outcome,
        "reason": reason.trim(),
        "fingerprint": fingerprint(db, state.id)?,
    });
    if let Some(batch) = batch {
        payload["batch"] = batch.into();
    }
    audit::append(db, Some(user), action, "release", &state.uid, &payload)?;
    Ok(())
}
