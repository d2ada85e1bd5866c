//! A release's place in its SOP as the acts need it: the version it started under, the last
//! step it finished, its status (withdrawn read as such) and whether the Kasi has checked it.

use crate::args;
use crate::error::{Error, Result};
use crate::model::Status;
use crate::numbering::agenda_display;
use crate::sql::Db;

/// A release as the acts need to see it.
pub struct ReleaseState {
    pub id: i64,
    pub uid: String,
    pub agenda_no: String,
    pub status: Status,
    pub checked: bool,
    pub version_id: i64,
    pub step_done: i64,
}

pub fn load_state(db: &Db, key: &str) -> Result<ReleaseState> {
    let sql = concat!(
        "SELECT r.id, r.uid, r.agenda_year, r.agenda_seq, ",
        crate::state_of_r!(),
        ", r.checked, r.sop_version_id, r.step_done FROM releases r WHERE r.uid = ?1"
    );
    db.query_opt(sql, args![key], |r| {
        Ok(ReleaseState {
            id: r.get(0)?,
            uid: r.get(1)?,
            agenda_no: agenda_display(r.get(2)?, r.get(3)?),
            status: Status::parse(&r.get::<String>(4)?)?,
            checked: r.get(5)?,
            version_id: r.get(6)?,
            step_done: r.get(7)?,
        })
    })?
    .ok_or_else(|| Error::NotFound(format!("Rilis «{key}» tidak ditemukan.")))
}
