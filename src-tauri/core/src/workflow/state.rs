//! A release's place in its SOP as the acts need it: the version it started under, the last
//! step it finished, its status (withdrawn read as such) and whether the Kasi has checked it.

use rusqlite::{Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::model::Status;
use crate::numbering::agenda_display;

/// A release as the acts need to see it.
pub(crate) struct ReleaseState {
    pub id: i64,
    pub uid: String,
    pub agenda_no: String,
    pub status: Status,
    pub checked: bool,
    pub version_id: i64,
    pub step_done: i64,
}

pub(crate) fn load_state(conn: &Connection, key: &str) -> Result<ReleaseState> {
    let sql = concat!(
        "SELECT r.id, r.uid, r.agenda_year, r.agenda_seq, ",
        crate::state_of_r!(),
        ", r.checked, r.sop_version_id, r.step_done FROM releases r WHERE r.uid = ?1"
    );
    conn.prepare_cached(sql)?
        .query_row([key], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, bool>(5)?,
                r.get::<_, i64>(6)?,
                r.get::<_, i64>(7)?,
            ))
        })
        .optional()?
        .ok_or_else(|| Error::NotFound(format!("Rilis «{key}» tidak ditemukan.")))
        .and_then(
            |(id, uid, year, seq, status, checked, version_id, step_done)| {
                Ok(ReleaseState {
                    id,
                    uid,
                    agenda_no: agenda_display(year, seq),
                    status: Status::parse(&status)?,
                    checked,
                    version_id,
                    step_done,
                })
            },
        )
}

/// The step a release waits at, as the screens need it: who acts, and what the act is.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct OpenStep {
    pub seq: i64,
    pub name: String,
    pub act: super::ActKind,
    pub act_label: String,
    pub roles: Vec<crate::model::Role>,
    /// For a publication: on how many websites; how many it is on so far.
    pub sites: i64,
    pub sites_done: i64,
    pub standard_label: String,
}

/// The step the release waits at now; `None` when it is done, not approved and filed, or
/// withdrawn.
pub fn waiting_at(conn: &Connection, uid: &str) -> Result<Option<OpenStep>> {
    let state = load_state(conn, uid)?;
    let sop = super::template::load_version(conn, state.version_id)?;
    let Some(step) = super::open_step(&sop, &state) else {
        return Ok(None);
    };
    let sites_done: i64 = conn.query_row(
        "SELECT count(DISTINCT site_id) FROM publications WHERE release_id = ?1",
        [state.id],
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
