//! The Kasi's check of several releases at once, and the check queue with its filters (the day
//! received, the sender, complete or not). A batch is all or nothing, like a batch paraf: one
//! transaction, and when any release cannot be checked, none is, and the answer names every
//! release that stopped it and why, so the Kasi can take it out of the selection or return it.
//!
//! The per-release rule and what a check writes are [`super::check`]'s, shared with the check of
//! one release.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::check::{record, refusal, Refusal};
use super::ActResult;
use crate::catalog::CHECKLIST;
use crate::db::Store;
use crate::error::{Error, FieldErrors, Result};
use crate::model::{check_text, Actor, Status};
use crate::permissions::{require, Action};
use crate::release::missing_items;
use crate::release::{list_releases, ListQuery, ReleaseSummary};
use crate::sql::Db;
use crate::workflow::{load_state, timing};
use crate::{office, timefmt};

#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct CheckBatchInput {
    pub release_ids: Vec<String>,
    /// true: all complete, on to the Kadis; false: all returned, `reason` says why.
    pub complete: bool,
    #[serde(default)]
    pub reason: String,
}

/// The check queue's filters; each one left empty lets every release through.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[ts(export)]
pub struct CheckFilter {
    /// Received on or after this day (office's zone), `2026-11-21` or `21/11/2026`.
    #[serde(default)]
    pub from: Option<String>,
    /// Received on or before this day.
    #[serde(default)]
    pub to: Option<String>,
    /// A part of the sender's name, in any case.
    #[serde(default)]
    pub sender: Option<String>,
    /// Only complete (true) or only incomplete (false) releases.
    #[serde(default)]
    pub complete: Option<bool>,
}

/// One release waiting for the check, with what keeps it from being complete.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CheckItem {
    pub release: ReleaseSummary,
    pub complete: bool,
    /// Format items not ticked and "no evidence", as the Kasi reads them.
    pub missing: Vec<String>,
    pub ticked: i64,
    pub checklist_total: i64,
    /// Returned and not yet resubmitted: it waits on its sender, not on the check.
    pub waiting: bool,
}

#[tracing::instrument(skip_all, fields(by = actor.id()))]
pub fn check_releases(store: &Store, actor: &Actor, input: CheckBatchInput) -> Result<ActResult> {
    require(actor, Action::Check)?;
    let user = actor.person()?.id;
    let mut ids: Vec<&str> = Vec::new();
    for id in &input.release_ids {
        if !ids.contains(&id.as_str()) {
            ids.push(id);
        }
    }
    if ids.is_empty() {
        return Err(Error::invalid(
            "release_ids",
            crate::tr!("err-pilih-sedikitnya-satu-rilis-untuk-2"),
        ));
    }
    if !input.complete {
        check_text(
            "reason",
            "label-alasan-pengembalian",
            &input.reason,
            true,
            500,
        )?;
    }
    let batch = (ids.len() > 1).then(|| uuid::Uuid::now_v7().to_string());
    let reason = input.reason.trim();
    let agenda_nos = store.with_db_tx(|db| {
        let mut refused = FieldErrors::default();
        let mut ready = Vec::new();
        for id in &ids {
            if let Some(state) = refused.check(checkable(db, id, input.complete))? {
                ready.push(state);
            }
        }
        refused.finish()?;
        for state in &ready {
            record(db, user, state, input.complete, reason, batch.as_deref())?;
        }
        Ok(ready.into_iter().map(|s| s.agenda_no).collect::<Vec<_>>())
    })?;
    let message = if input.complete {
        crate::tr!(
            "err-rilis-lengkap-dan-dikirim-ke",
            agenda_nos_len = agenda_nos.len(),
            agenda_nos_join = agenda_nos.join(", ")
        )
    } else {
        crate::tr!(
            "err-rilis-dikembalikan",
            agenda_nos_len = agenda_nos.len(),
            agenda_nos_join = agenda_nos.join(", "),
            reason = reason
        )
    };
    Ok(ActResult {
        agenda_nos,
        message,
    })
}

/// The release, when it may be checked now; otherwise the reason, naming it, as a field error
/// of the selection.
fn checkable(db: &Db, id: &str, complete: bool) -> Result<super::ReleaseState> {
    let refuse = |message: String| Error::invalid("release_ids", message);
    let state = match load_state(db, id) {
        Err(Error::NotFound(message)) => return Err(refuse(message)),
        other => other?,
    };
    match refusal(db, &state, complete)? {
        Some(Refusal::NotNow(message)) => Err(refuse(message)),
        Some(Refusal::Incomplete(message)) => Err(refuse(crate::tr!(
            "err-keluarkan-dari-pilihan-atau-kembalikan",
            message = message
        ))),
        None => Ok(state),
    }
}

/// The releases waiting for the Kasi's check (oldest first, as they are worked through),
/// each with what it lacks, through the filters.
pub fn check_queue(store: &Store, actor: &Actor, filter: CheckFilter) -> Result<Vec<CheckItem>> {
    let day = |field: &str, v: &Option<String>| {
        v.as_deref()
            .filter(|s| !s.trim().is_empty())
            .map(|s| timefmt::parse_date(field, s))
            .transpose()
    };
    let mut errs = FieldErrors::default();
    let from = errs.check(day("from", &filter.from))?.flatten();
    let to = errs.check(day("to", &filter.to))?.flatten();
    errs.finish()?;
    let sender = filter
        .sender
        .as_deref()
        .map(|s| s.trim().to_lowercase())
        .filter(|s| !s.is_empty());
    let query = ListQuery {
        status: Some(Status::Registered),
        checked: Some(false),
        limit: Some(500),
        ..ListQuery::default()
    };
    let rows = list_releases(store, actor, query)?.rows;
    store.with_db(|db| {
        let tz = office::timezone_on(db)?;
        let mut items = Vec::new();
        for release in rows.into_iter().rev() {
            let received = timefmt::local_date(timefmt::from_db(&release.received_at)?, tz);
            let in_days = from.is_none_or(|d| received >= d) && to.is_none_or(|d| received <= d);
            let by_sender = sender
                .as_deref()
                .is_none_or(|s| release.sender_org.to_lowercase().contains(s));
            if !(in_days && by_sender) {
                continue;
            }
            let state = load_state(db, &release.id)?;
            let missing = missing_items(db, state.id)?;
            let complete = missing.is_empty();
            let waiting = timing::waiting_on_sender(db, state.id)?;
            // "Complete" is what can go to the Kadis now: not what waits on its sender.
            if filter.complete.is_some_and(|c| c != (complete && !waiting)) {
                continue;
            }
            let unticked = missing.len() - usize::from(release.evidence_count == 0);
            items.push(CheckItem {
                release,
                complete,
                missing,
                ticked: (CHECKLIST.len() - unticked) as i64,
                checklist_total: CHECKLIST.len() as i64,
                waiting,
            });
        }
        Ok(items)
    })
}
