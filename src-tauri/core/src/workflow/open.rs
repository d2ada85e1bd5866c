//! The step a release waits at, as the screens show it: its act, who acts, and for a
//! publication how many websites it is on so far.

use serde::Serialize;
use ts_rs::TS;

use super::advance::open_step;
use super::state::load_state;
use super::template::{load_version, ActKind};
use crate::args;
use crate::error::Result;
use crate::model::Role;
use crate::sql::Db;

/// The step a release waits at, as the screens need it: who acts, and what the act is.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct OpenStep {
    pub seq: i64,
    pub name: String,
    pub act: ActKind,
    pub act_label: String,
    pub roles: Vec<Role>,
    /// For a publication: on how many websites; how many it is on so far.
    pub sites: i64,
    pub sites_done: i64,
    pub standard_label: String,
}

/// The step the release waits at now; `None` when it is done, not approved and filed, or
/// withdrawn.
pub fn waiting_at(db: &Db, uid: &str) -> Result<Option<OpenStep>> {
    let state = load_state(db, uid)?;
    let sop = load_version(db, state.version_id)?;
    let Some(step) = open_step(&sop, &state) else {
        return Ok(None);
    };
    let sites_done: i64 = db.query_row(
        "SELECT count(DISTINCT site_id) FROM publications WHERE release_id = ?1",
        args![state.id],
        |r| r.get(0),
    )?;
    Ok(Some(OpenStep {
        seq: step.seq,
        name: step.name.clone(),
        act: step.act,
        act_label: step.act.label().to_owned(),
        roles: step.roles.clone(),
        sites: step.sites,
        sites_done,
        standard_label: step.standard_label.clone(),
    }))
}
