//! The one door every act goes through. `advance` reads the release's template version, checks
//! that the act is the step now open and that the actor's role acts on it, sets the state,
//! closes the step's timing and opens the next, and appends the audit event with the release's
//! fingerprint. `reopen` and `step_back` are the only ways back. No status is written and no
//! step number is known anywhere else.

use chrono::{DateTime, Utc};

use super::state::ReleaseState;
use super::template::{load_version, ActKind, SopStep, SopTemplate};
use super::timing;
use crate::error::{Error, Result};
use crate::fingerprint::fingerprint;
use crate::model::{Role, Status};
use crate::sql::Db;
use crate::{args, audit, timefmt};

/// How the step ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The step reached the state its template row names.
    Reached,
    /// Not approved: the release skips to its filing, if the SOP files, and ends there.
    Rejected,
    /// Done, the state unchanged (approved, not to be published, on to filing).
    Kept,
}

/// One act on one release.
pub struct Act<'a> {
    pub kind: ActKind,
    /// Who did the step (its timing's actor) and the role they did it in; `None` for the console.
    pub by: Option<i64>,
    pub role: Option<Role>,
    pub outcome: Outcome,
    /// When the step began, where the act knows better than the timing row (the intake form).
    pub started: Option<DateTime<Utc>>,
    /// What the person wrote with the step, kept on its timing row.
    pub note: &'a str,
    /// The audit event: its action, its author (the Kasi who scanned a paper paraf writes it
    /// in the Kadis's name) and what it says besides the step, state and fingerprint.
    pub action: &'a str,
    pub author: Option<i64>,
    pub payload: serde_json::Value,
}

/// The step a release waits at now, if any: the record step after the last one it finished;
/// a release not approved waits only for its filing.
pub(crate) fn open_step<'t>(sop: &'t SopTemplate, state: &ReleaseState) -> Option<&'t SopStep> {
    match state.status {
        Status::Withdrawn | Status::Archived => None,
        Status::Rejected => sop
            .record_steps()
            .find(|s| s.seq > state.step_done && s.act == ActKind::Archive),
        _ => sop.after(state.step_done),
    }
}

/// The step open now, which must be of `kind`, with its template; a clear refusal otherwise.
pub(crate) fn expect_step(
    db: &Db,
    state: &ReleaseState,
    kind: ActKind,
) -> Result<(SopTemplate, SopStep)> {
    let sop = load_version(db, state.version_id)?;
    let no = &state.agenda_no;
    let step = match open_step(&sop, state) {
        Some(step) if step.act == kind => step.clone(),
        Some(step) => {
            return Err(Error::Conflict(crate::tr!(
                "err-rilis-sedang-pada-langkah-belum",
                no = no,
                seq = step.seq,
                name = step.name,
                to_lowercase = kind.label().to_lowercase()
            )))
        }
        None => {
            return Err(Error::Conflict(crate::tr!(
                "err-rilis-sudah-tidak-ada-langkah",
                no = no,
                to_lowercase = state_label(&sop, state).to_lowercase(),
                to_lowercase2 = kind.label().to_lowercase()
            )))
        }
    };
    Ok((sop, step))
}

/// Closes the open step with `act` and moves the release to the next. Returns the state
/// reached.
pub fn advance(db: &Db, state: &ReleaseState, act: Act) -> Result<Status> {
    let (sop, step) = expect_step(db, state, act.kind)?;
    if let Some(role) = act.role {
        if !step.roles.contains(&role) {
            return Err(Error::Forbidden(crate::tr!(
                "err-tidak-bertugas-pada-langkah",
                role = role.label(),
                seq = step.seq,
                name = step.name,
                code = sop.code
            )));
        }
    }
    let status = match act.outcome {
        Outcome::Reached => step.state_reached,
        Outcome::Rejected => Status::Rejected,
        Outcome::Kept => state.status,
    };
    set_place(db, state.id, status, step.seq)?;
    let now = timefmt::now();
    let started = match act.started {
        Some(at) => at,
        None => timing::started_at(db, state.id, step.seq)?.unwrap_or(now),
    };
    let closing = timing::Closing {
        started,
        ended: now,
        actor: act.by,
        note: act.note,
    };
    timing::close_step(db, state.id, step.seq, closing)?;
    // A release not approved opens no further step: its filing, if any, is measured from
    // the moment the archivist acts.
    if status != Status::Rejected {
        if let Some(next) = sop.after(step.seq) {
            timing::open_step(db, state.id, next.seq, now)?;
            // Whoever finished a step of one person's work and acts on the next holds it
            // already: it is taken up now, not when they reopen the release. (A paraf step is
            // two people's, the Kasi's check and the Kadis's decision: each takes it up.)
            let solo = !matches!(next.act, ActKind::CheckParaf | ActKind::CoParaf);
            if solo && act.role.is_some_and(|r| next.roles.contains(&r)) {
                timing::take_up(db, state.id, next.seq, act.by, now)?;
            }
        }
    }
    let mut payload = act.payload;
    payload["step"] = step.seq.into();
    payload["status"] = status.as_str().into();
    payload["fingerprint"] = fingerprint(db, state.id)?.into();
    audit::append(db, act.author, act.action, "release", &state.uid, &payload)?;
    Ok(status)
}

/// Puts a release back at the open step of `kind` (a revoked or disowned paraf): the state is
/// the one the step before it reached, and that step's clock starts again now.
pub fn reopen(db: &Db, state: &ReleaseState, kind: ActKind) -> Result<SopStep> {
    let sop = load_version(db, state.version_id)?;
    let step = sop
        .step_of(kind)
        .ok_or_else(|| {
            Error::Corrupt(crate::tr!(
                "err-sop-lacks-step",
                code = sop.code,
                act = kind.label()
            ))
        })?
        .clone();
    let before = sop
        .record_steps()
        .filter(|s| s.seq < step.seq)
        .last()
        .map_or(Status::Registered, |s| s.state_reached);
    set_place(db, state.id, before, step.seq - 1)?;
    timing::reopen_from(db, state.id, step.seq, timefmt::now())?;
    Ok(step)
}

/// Undoes a filing whose number was voided: the release is again in the state it had and
/// waits for its filing.
pub(crate) fn step_back(db: &Db, state: &ReleaseState, prior: &str) -> Result<()> {
    let sop = load_version(db, state.version_id)?;
    let filing = sop
        .step_of(ActKind::Archive)
        .ok_or_else(|| Error::Corrupt(crate::tr!("err-sop-no-filing", code = sop.code)))?;
    set_place(db, state.id, Status::parse(prior)?, filing.seq - 1)
}

/// Writes a release's place in its SOP: its state and the last step it finished. The only
/// statement that does.
fn set_place(db: &Db, release_id: i64, status: Status, step_done: i64) -> Result<()> {
    db.execute(
        "UPDATE releases SET status = ?1, step_done = ?2 WHERE id = ?3",
        args![status.as_str(), step_done, release_id],
    )?;
    Ok(())
}

/// The state as the release's SOP names it: "Ditulis", "Didokumentasikan"; the shared labels
/// for not approved and withdrawn.
pub(crate) fn state_label(sop: &SopTemplate, state: &ReleaseState) -> String {
    match state.status {
        Status::Rejected | Status::Withdrawn => state.status.label().to_owned(),
        _ => sop.step(state.step_done).map_or_else(
            || state.status.label().to_owned(),
            |s| s.state_label.clone(),
        ),
    }
}
