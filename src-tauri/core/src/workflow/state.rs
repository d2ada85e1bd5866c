//! A release's place in its SOP as the acts need it: the version it started under, the last
//! step it finished, its status (withdrawn read as such) and whether the Kasi has checked it.

use crate::args;
use crate::error::{Error, Result};
use crate::model::Status;
use crate::numbering::agenda_display;
use crate::sql::{Both, Db};

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

/// Reads the release `key` names. On the server its row stays locked until the act's
/// transaction ends: every act reads its release here before its checks, so two desks acting
/// on one release at once take turns, and the second checks what the first left (SQLite's
/// `BEGIN IMMEDIATE` already serialises every write).
pub fn load_state(db: &Db, key: &str) -> Result<ReleaseState> {
    const SELECT: &str = concat!(
        "SELECT r.id, r.uid, r.agenda_year, r.agenda_seq, ",
        crate::state_of_r!(),
        ", r.checked, r.sop_version_id, r.step_done FROM releases r WHERE r.uid = ?1"
    );
    const LOCKED: Both = Both {
        sqlite: SELECT,
        postgres: concat!(
            "SELECT r.id, r.uid, r.agenda_year, r.agenda_seq, ",
            crate::state_of_r!(),
            ", r.checked, r.sop_version_id, r.step_done FROM releases r WHERE r.uid = ?1 \
             FOR UPDATE OF r"
        ),
    };
    db.query_opt(db.pick(&LOCKED), args![key], |r| {
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
    .ok_or_else(|| Error::NotFound(crate::tr!("err-rilis-tidak-ditemukan-2", key = key)))
}
