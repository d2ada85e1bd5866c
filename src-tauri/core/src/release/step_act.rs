//! The steps of the other SOPs that are not a paraf, a publication or a filing: coverage
//! assigned to a reporter, material sent, written as news, edited and verified, documented, or
//! any step done with a note. Each is one transaction: the text or material changed with it (if
//! any), then the step closed through `workflow::advance`. Also the take-up: the responsible
//! person opened the step from their queue, and from then on its time is handling, not waiting.

use serde::Deserialize;
use ts_rs::TS;

use super::correct;
use super::edit_input::ReleaseEdit;
use super::ReleaseDetail;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::check_text;
use crate::model::Actor;
use crate::permissions::{require, Action};
use crate::promotion::Promotion;
use crate::sql::Db;
use crate::workflow::require_act;
use crate::workflow::{self, template, timing, Act, ActKind, Outcome};
use crate::{args, timefmt};

#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct StepInput {
    pub release_id: String,
    /// The act the person means to do: a step that moved on meanwhile is refused, not done twice.
    pub act: ActKind,
    #[serde(default)]
    pub note: String,
    /// Assign: the reporter who covers the event.
    #[serde(default)]
    pub assignee_id: Option<i64>,
    /// Verify: fit to publish (the default) or not (a reason in `note`).
    #[serde(default)]
    pub approve: Option<bool>,
    /// Written, verified or material sent: the changes made with the step.
    #[serde(default)]
    pub edit: Option<ReleaseEdit>,
}

/// The acts done here; the others have their own screens and rules.
const HERE: [ActKind; 6] = [
    ActKind::Assign,
    ActKind::Submit,
    ActKind::Write,
    ActKind::Verify,
    ActKind::Document,
    ActKind::Complete,
];

#[tracing::instrument(skip_all, fields(by = actor.id()))]
pub fn complete_step(store: &Store, actor: &Actor, input: StepInput) -> Result<ReleaseDetail> {
    if !HERE.contains(&input.act) {
        return Err(Error::invalid(
            "act",
            crate::tr!(
                "err-langkah-dicatat-di-layarnya-sendiri",
                act = input.act.label()
            ),
        ));
    }
    store.with_db(|db| require_act(db, actor, input.act))?;
    let user = actor.person()?.clone();
    let rejected = input.act == ActKind::Verify && input.approve == Some(false);
    check_text("note", "label-catatan", &input.note, rejected, 1000)?;
    let edit = input.edit.as_ref().filter(|_| input.act.edits_text());
    let added: Vec<String> = edit
        .map(|e| e.add_evidence.iter().map(|a| a.sha256.clone()).collect())
        .unwrap_or_default();
    let promotion = Promotion::new(store, &added)?;
    let uid = promotion.commit_in(|db| {
        promotion.record_in(db)?;
        let uid = super::lookup::resolve(db, &input.release_id)?;
        let state = workflow::load_state(db, &uid)?;
        let (_, step) = workflow::expect_step(db, &state, input.act)?;
        let mut payload = serde_json::json!({ "note": input.note.trim() });
        match input.act {
            ActKind::Assign => {
                let (reporter, name) = assignee(db, input.assignee_id)?;
                db.execute(
                    "UPDATE releases SET assignee_id = ?1 WHERE id = ?2",
                    args![reporter, state.id],
                )?;
                payload["assignee"] = name.into();
            }
            ActKind::Submit => {
                let assigned: Option<i64> = db.query_row(
                    "SELECT assignee_id FROM releases WHERE id = ?1",
                    args![state.id],
                    |r| r.get(0),
                )?;
                if assigned.is_some_and(|a| a != user.id) {
                    return Err(Error::Forbidden(crate::tr!(
                        "err-liputan-rilis-ditugaskan-kepada-reporter",
                        agenda_no = state.agenda_no
                    )));
                }
            }
            _ => {}
        }
        if let Some(edit) = edit {
            correct::execute(db, actor, &uid, edit)?;
        }
        let action = format!("release.{}", step.act.as_str());
        workflow::advance(
            db,
            &workflow::load_state(db, &uid)?,
            Act {
                kind: input.act,
                by: Some(user.id),
                role: Some(user.role),
                outcome: if rejected {
                    Outcome::Rejected
                } else {
                    Outcome::Reached
                },
                started: None,
                note: input.note.trim(),
                action: &action,
                author: Some(user.id),
                payload,
            },
        )?;
        Ok(uid)
    })?;
    super::detail(store, actor, &uid)
}

/// The reporter a coverage goes to: an active user; their id and name.
fn assignee(db: &Db, id: Option<i64>) -> Result<(i64, String)> {
    let id = id.ok_or_else(|| {
        Error::invalid("assignee_id", crate::tr!("err-pilih-reporter-yang-meliput"))
    })?;
    let (name, active): (String, bool) = db
        .query_opt(
            "SELECT name, active FROM users WHERE id = ?1",
            args![id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?
        .ok_or_else(|| Error::invalid("assignee_id", crate::tr!("err-reporter-tidak-dikenal")))?;
    if !active {
        return Err(Error::invalid(
            "assignee_id",
            crate::tr!("err-user-inactive", name = name),
        ));
    }
    Ok((id, name))
}

/// The signed-in person opened a release whose open step is theirs: the step is taken up now
/// (the first time only). Returns whether this opening took it up.
pub fn take_up_release(store: &Store, actor: &Actor, release_id: &str) -> Result<bool> {
    require(actor, Action::Read)?;
    let (Some(user), Some(role)) = (actor.user(), actor.role()) else {
        return Ok(false);
    };
    store.with_db_tx(|db| {
        let uid = super::lookup::resolve(db, release_id)?;
        let state = workflow::load_state(db, &uid)?;
        let sop = template::load_version(db, state.version_id)?;
        match workflow::open_step(&sop, &state) {
            Some(step) if step.roles.contains(&role) => {
                timing::take_up(db, state.id, step.seq, Some(user.id), timefmt::now())
            }
            _ => Ok(false),
        }
    })
}
