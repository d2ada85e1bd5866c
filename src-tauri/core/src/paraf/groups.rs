//! Step 3's groups as a record: the approved and the not-approved releases, read from the
//! co-paraf that closed step 3 (which keeps the group it put the release in), never from the
//! release's current status. So a day's groups stay what the Kadis and Kabid initialed, also
//! after the releases are published and filed; each day prints as one page.

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

use crate::args;
use crate::db::Store;
use crate::error::Result;
use crate::model::Actor;
use crate::model::{Role, Status, TimeZone};
use crate::period::Period;
use crate::permissions::{require, Action};
use crate::release::{summaries_where, ReleaseSummary};
use crate::sql::Db;
use crate::{office, timefmt};

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct GroupDay {
    pub date: String,
    pub date_display: String,
    /// As initialed that day, including any later revoked.
    pub approved: i64,
    pub rejected: i64,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Groups {
    pub days: Vec<GroupDay>,
    /// The releases in each group now (their group paraf not revoked), newest first.
    pub approved: Vec<ReleaseSummary>,
    pub rejected: Vec<ReleaseSummary>,
    pub approved_total: i64,
    pub rejected_total: i64,
}

/// One release of a day's group, as initialed.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct GroupEntry {
    pub release_id: String,
    pub agenda_no: String,
    pub title: String,
    pub sender_org: String,
    /// Who gave the deciding paraf and who co-initialed.
    pub kadis: String,
    pub kabid: String,
    /// "14.05 WITA"
    pub time: String,
    /// The group paraf was revoked later (the release left the group after that day).
    pub revoked: bool,
}

/// An official whose paraf is on the day's groups, with the image of their latest one.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct GroupOfficial {
    pub role: Role,
    pub role_label: String,
    pub name: String,
    pub nip: String,
    /// Screen initials (PNG) or, on paper, the scan.
    pub initials_sha: Option<String>,
    pub scan_sha: Option<String>,
}

/// A day's groups: the two lists, as the Kadis and Kabid initialed them.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct GroupSheet {
    pub date: String,
    pub date_display: String,
    pub approved: Vec<GroupEntry>,
    pub rejected: Vec<GroupEntry>,
    pub officials: Vec<GroupOfficial>,
}

/// The paraf of `p`'s release that came just before it: the deciding paraf it co-initialed.
const DECIDING: &str = "(SELECT max(id) FROM parafs WHERE release_id = p.release_id AND id < p.id)";

pub fn paraf_groups(store: &Store, actor: &Actor) -> Result<Groups> {
    require(actor, Action::Read)?;
    store.with_db(|db| {
        let tz = office::timezone_on(db)?;
        let days = days(db, tz)?;
        let reader = crate::access::Reader::of(db, actor)?;
        let group = |outcome: &str| -> Result<(Vec<ReleaseSummary>, i64)> {
            let live = "FROM parafs p WHERE p.outcome = ?1 AND p.revoked_at IS NULL";
            let total = db.query_row(&format!("SELECT count(*) {live}"), args![outcome], |r| {
                r.get(0)
            })?;
            let tail = "JOIN parafs p ON p.release_id = r.id
                 WHERE p.outcome = ?1 AND p.revoked_at IS NULL ORDER BY p.id DESC LIMIT 200";
            Ok((
                summaries_where(db, tz, &reader, tail, args![outcome])?,
                total,
            ))
        };
        let (approved, approved_total) = group(Status::Approved.as_str())?;
        let (rejected, rejected_total) = group(Status::Rejected.as_str())?;
        Ok(Groups {
            days,
            approved,
            rejected,
            approved_total,
            rejected_total,
        })
    })
}

/// Counts per day of the group paraf (office zone), newest 60 days first. The day is the
/// office's, counted here rather than by either store's date functions.
fn days(db: &Db, tz: TimeZone) -> Result<Vec<GroupDay>> {
    let rows = db.query(
        "SELECT at, outcome FROM parafs WHERE outcome IS NOT NULL",
        &[],
    )?;
    let mut counts: BTreeMap<chrono::NaiveDate, (i64, i64)> = BTreeMap::new();
    for r in &rows {
        let day = timefmt::local_date(timefmt::from_db(&r.get::<String>(0)?)?, tz);
        let count = counts.entry(day).or_default();
        match Status::parse(&r.get::<String>(1)?)? {
            Status::Approved => count.0 += 1,
            Status::Rejected => count.1 += 1,
            _ => {}
        }
    }
    Ok(counts
        .into_iter()
        .rev()
        .take(60)
        .map(|(day, (approved, rejected))| GroupDay {
            date: day.format("%Y-%m-%d").to_string(),
            date_display: timefmt::show_date(day),
            approved,
            rejected,
        })
        .collect())
}

/// The groups initialed on `date` (`YYYY-MM-DD`, office zone), in agenda order.
pub fn group_sheet(store: &Store, actor: &Actor, date: &str) -> Result<GroupSheet> {
    require(actor, Action::Read)?;
    let day = timefmt::parse_date("date", date)?;
    store.with_db(|db| {
        let tz = office::timezone_on(db)?;
        let period = Period::Range {
            from: date.to_owned(),
            to: date.to_owned(),
        };
        let (from, to) = period.bounds(tz)?;
        let reader = crate::access::Reader::of(db, actor)?;
        let rows = db.query(
            &format!(
                "SELECT r.uid, r.agenda_year, r.agenda_seq, r.title, r.sender_org, p.outcome, p.at,
                    p.revoked_at IS NOT NULL, ub.name, uk.name, p.id, d.id, {security}
             FROM parafs p JOIN releases r ON r.id = p.release_id
             JOIN users ub ON ub.id = p.user_id
             LEFT JOIN parafs d ON d.id = {DECIDING}
             LEFT JOIN users uk ON uk.id = d.user_id
             WHERE p.outcome IS NOT NULL AND p.at >= ?1 AND p.at < ?2
             ORDER BY r.agenda_year, r.agenda_seq, p.id",
                security = crate::security_of_r!()
            ),
            args![from, to],
        )?;
        let (mut approved, mut rejected, mut paraf_ids) = (Vec::new(), Vec::new(), Vec::new());
        for r in &rows {
            let at: String = r.get(6)?;
            let local = timefmt::from_db(&at)?.with_timezone(&timefmt::offset(tz));
            let entry = GroupEntry {
                release_id: r.get(0)?,
                agenda_no: crate::numbering::agenda_display(r.get(1)?, r.get(2)?),
                title: {
                    let s = crate::access::security_of(r.get::<Option<String>>(12)?.as_deref())?;
                    if reader.may_open(s) {
                        r.get(3)?
                    } else {
                        s.masked_title()
                    }
                },
                sender_org: r.get(4)?,
                time: format!("{} {}", local.format("%H.%M"), tz.as_str()),
                revoked: r.get(7)?,
                kabid: r.get(8)?,
                kadis: r.get::<Option<String>>(9)?.unwrap_or_default(),
            };
            paraf_ids.push(r.get::<i64>(10)?);
            paraf_ids.extend(r.get::<Option<i64>>(11)?);
            if Status::parse(&r.get::<String>(5)?)? == Status::Approved {
                approved.push(entry);
            } else {
                rejected.push(entry);
            }
        }
        Ok(GroupSheet {
            date: date.to_owned(),
            date_display: timefmt::show_date(day),
            approved,
            rejected,
            officials: officials(db, &paraf_ids)?,
        })
    })
}

/// Each official among the parafs, in role order (Kadis first), with their latest paraf's image.
fn officials(db: &Db, paraf_ids: &[i64]) -> Result<Vec<GroupOfficial>> {
    if paraf_ids.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<String> = paraf_ids.iter().map(i64::to_string).collect();
    let rows = db.query(
        &format!(
            "SELECT u.id, x.role, u.name, u.nip, x.medium, x.initials_sha, x.scan_sha
             FROM parafs x JOIN users u ON u.id = x.user_id
             WHERE x.id IN ({}) ORDER BY x.id DESC",
            ids.join(",")
        ),
        &[],
    )?;
    let mut seen = Vec::new();
    let mut out: Vec<GroupOfficial> = Vec::new();
    for r in &rows {
        let user: i64 = r.get(0)?;
        if seen.contains(&user) {
            continue;
        }
        seen.push(user);
        let role = Role::parse(&r.get::<String>(1)?)?;
        let paper = r.get::<String>(4)? == "paper";
        out.push(GroupOfficial {
            role,
            role_label: role.label().to_owned(),
            name: r.get(2)?,
            nip: r.get(3)?,
            initials_sha: r.get::<Option<String>>(5)?.filter(|_| !paper),
            scan_sha: r.get::<Option<String>>(6)?.filter(|_| paper),
        });
    }
    out.sort_by_key(|o| (o.role != Role::Kadis, o.name.clone()));
    Ok(out)
}
