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
