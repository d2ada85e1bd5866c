//! A release's place in the SOP as the acts need it: its status (withdrawn read as such) and
//! whether the Kasi has checked it.

use rusqlite::{Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::model::Status;

/// A release as the acts need to see it.
pub(crate) struct ReleaseState {
    pub id: i64,
    pub uid: String,
    pub agenda_no: String,
    pub status: Status,
    pub checked: bool,
    pub template_id: i64,
}

pub(crate) fn load_state(conn: &Connection, key: &str) -> Result<ReleaseState> {
    conn.query_row(
        "SELECT id, uid, agenda_year, agenda_seq,
                CASE WHEN withdrawn_at IS NULL THEN status ELSE 'Withdrawn' END, checked,
                template_id
         FROM releases WHERE uid = ?1",
        [key],
        |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, bool>(5)?,
                r.get::<_, i64>(6)?,
            ))
        },
    )
    .optional()?
    .ok_or_else(|| Error::NotFound(format!("Rilis «{key}» tidak ditemukan.")))
    .and_then(|(id, uid, year, seq, status, checked, template_id)| {
        Ok(ReleaseState {
            id,
            uid,
            agenda_no: crate::release::agenda_display(year, seq),
            status: Status::parse(&status)?,
            checked,
            template_id,
        })
    })
}
