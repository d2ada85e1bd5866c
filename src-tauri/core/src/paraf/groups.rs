//! Step 3's groups: the approved and the not-approved releases, with counts per day of the
//! final paraf, so the Kadis and Kabid see at a glance what was decided when.

use serde::Serialize;
use ts_rs::TS;

use crate::auth::Actor;
use crate::db::Store;
use crate::error::Result;
use crate::model::Status;
use crate::permissions::{require, Action};
use crate::release::{ListQuery, ReleaseSummary};
use crate::{office, timefmt};

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct GroupDay {
    pub date: String,
    pub date_display: String,
    pub approved: i64,
    pub rejected: i64,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Groups {
    pub days: Vec<GroupDay>,
    pub approved: Vec<ReleaseSummary>,
    pub rejected: Vec<ReleaseSummary>,
    pub approved_total: i64,
    pub rejected_total: i64,
}

pub fn paraf_groups(store: &Store, actor: &Actor) -> Result<Groups> {
    require(actor, Action::Read)?;
    let tz = store.with_conn(office::timezone)?;
    let offset = format!("{:+} hours", tz.offset_hours());
    let days = store.with_conn(|c| {
        let mut stmt = c.prepare(
            "SELECT date(p.at, ?1) AS day,
                    sum(r.status = 'Approved'), sum(r.status = 'Rejected')
             FROM parafs p JOIN releases r ON r.id = p.release_id
             WHERE p.revoked_at IS NULL AND r.status IN ('Approved', 'Rejected')
               AND p.id = (SELECT max(id) FROM parafs WHERE release_id = r.id)
             GROUP BY day ORDER BY day DESC LIMIT 60",
        )?;
        let rows = stmt.query_map([&offset], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (date, approved, rejected) = row?;
            let display = timefmt::parse_date("date", &date).map(timefmt::format_date)?;
            out.push(GroupDay {
                date,
                date_display: display,
                approved,
                rejected,
            });
        }
        Ok(out)
    })?;
    let group = |status| {
        crate::release::page(
            store,
            ListQuery {
                status: Some(status),
                limit: Some(200),
                ..ListQuery::default()
            },
        )
    };
    let (approved, rejected) = (group(Status::Approved)?, group(Status::Rejected)?);
    Ok(Groups {
        days,
        approved_total: approved.total,
        rejected_total: rejected.total,
        approved: approved.rows,
        rejected: rejected.rows,
    })
}
