//! Who may act on a step: the roles the release's SOP names for it, beside the fixed policy of
//! `permissions` (SOP 004's) for the acts it has. `advance` checks the record's own version
//! again inside the act's transaction.

use super::open::waiting_at;
use super::template::{self, ActKind};
use crate::error::{Error, Result};
use crate::model::Actor;
use crate::permissions::{allowed, require, Action};
use crate::sql::Db;

/// May the actor do a step of this act in the office's SOP? The roles its template names, and
/// SOP 004's policy above for the acts it has (an office that changed its SOP still finishes
/// the records begun under the old one). `workflow::advance` checks the record's own version.
pub fn require_act(db: &Db, actor: &Actor, act: ActKind) -> Result<()> {
    let fixed = match act {
        ActKind::Register => Some(Action::Register),
        ActKind::Publish => Some(Action::Publish),
        ActKind::Archive => Some(Action::Archive),
        _ => None,
    };
    let role = match actor.role() {
        None => return require(actor, fixed.unwrap_or(Action::Paraf)),
        Some(role) => role,
    };
    if fixed.is_some_and(|a| allowed(role, a)) {
        return Ok(());
    }
    let sop = template::office_sop(db)?;
    if sop
        .steps
        .iter()
        .any(|s| s.act == act && s.roles.contains(&role))
    {
        return Ok(());
    }
    match fixed {
        Some(action) => require(actor, action),
        None => Err(Error::Forbidden(crate::tr!(
            "err-tidak-berwenang-pada-langkah-dalam",
            name = actor.name(),
            role = role.label(),
            to_lowercase = act.label().to_lowercase(),
            code = sop.code
        ))),
    }
}

/// Correcting a record's text and evidence: the Kasi, before the deciding step; and the roles
/// of the step it waits at when that step works on the text (written, verified, material sent).
pub fn require_edit(db: &Db, actor: &Actor, uid: &str) -> Result<()> {
    let fixed = require(actor, Action::EditRelease);
    if fixed.is_ok() {
        return fixed;
    }
    if let Some(role) = actor.role() {
        let step = waiting_at(db, uid)?;
        if step.is_some_and(|s| s.act.edits_text() && s.roles.contains(&role)) {
            return Ok(());
        }
    }
    fixed
}
