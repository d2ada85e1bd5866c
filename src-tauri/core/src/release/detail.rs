//! One release in full: its row, evidence, step timeline, parafs, publications, filing and
//! audit trail.

use rusqlite::Connection;

use super::lookup::{not_found, resolve};
use super::summary::{display_date, summary_from_row, SUMMARY};
use super::{EvidenceItem, ReleaseDetail};
use crate::args;
use crate::db::Store;
use crate::error::Result;
use crate::media::human_size;
use crate::model::{Actor, EvidenceKind};
use crate::permissions::{require, Action};
use crate::sql::Db;
use crate::workflow::{template, timing, waiting_at as open_step};
use crate::{audit, office, timefmt};

/// One release in full, by its id or by an exact number.
pub fn get_release(store: &Store, actor: &Actor, key: &str) -> Result<ReleaseDetail> {
    require(actor, Action::Read)?;
    detail(store, key)
}

/// [`get_release`] for core's own use, after its caller checked the role.
pub(crate) fn detail(store: &Store, key: &str) -> Result<ReleaseDetail> {
    store.with_conn(|conn| {
        let db = Db::Sqlite(conn);
        let uid = resolve(&db, key)?;
        let tz = office::timezone(&Db::Sqlite(conn))?;
        let (id, summary) = db
            .query_opt(
                &format!("{} WHERE r.uid = ?1", db.pick(&SUMMARY)),
                args![uid],
                |row| summary_from_row(row, tz),
            )?
            .ok_or_else(|| not_found(key))?;
        let mut stmt = conn.prepare_cached(
            "SELECT r.sender_contact, r.letter_date, r.event_date, r.event_place, r.body,
                    r.checklist, r.remarks, u.name, r.sop_version_id, r.received_by,
                    r.news_type_id, r.received_at, r.withdraw_reason, a.name
             FROM releases r LEFT JOIN users u ON u.id = r.received_by
             LEFT JOIN users a ON a.id = r.assignee_id WHERE r.id = ?1",
        )?;
        let mut rows = stmt.query([id])?;
        let r = rows.next()?.ok_or_else(|| not_found(key))?;
        let (letter_date, event_date): (Option<String>, Option<String>) = (r.get(1)?, r.get(2)?);
        let checklist: String = r.get(5)?;
        let sop = template::load_version(&db, r.get(8)?)?;
        let event = event_date
            .as_deref()
            .map(|d| timefmt::parse_date("event_date", d))
            .transpose()?;
        Ok(ReleaseDetail {
            sender_contact: r.get(0)?,
            event_date_display: display_date(event_date.as_deref()),
            letter_date,
            event_date,
            event_place: r.get(3)?,
            body: r.get(4)?,
            checklist: serde_json::from_str(&checklist)?,
            remarks: r.get(6)?,
            received_by: r.get(7)?,
            received_by_id: r.get(9)?,
            news_type_id: r.get(10)?,
            received_local: timefmt::from_db(&r.get::<_, String>(11)?)?
                .with_timezone(&timefmt::offset(tz))
                .format("%Y-%m-%dT%H:%M")
                .to_string(),
            withdraw_reason: r.get(12)?,
            sop_code: sop.code.clone(),
            sop_version: sop.version,
            assignee: r.get(13)?,
            open_step: open_step(&db, &uid)?,
            evidence: evidence_of(conn, id)?,
            timeline: timing::timeline(&db, id, &sop, event, tz, timefmt::now())?,
            parafs: super::parafs::trail(conn, id, tz)?,
            publications: super::filed::publications(conn, id, tz)?,
            not_published_reason: conn.query_row(
                "SELECT not_published_reason FROM releases WHERE id = ?1",
                [id],
                |r| r.get(0),
            )?,
            archive: super::filed::archive_of(conn, id)?,
            audit: audit::trail(&db, "release", &uid, tz)?,
            summary,
        })
    })
}

fn evidence_of(conn: &Connection, release_id: i64) -> Result<Vec<EvidenceItem>> {
    let mut stmt = conn.prepare(
        "SELECT e.file_sha, e.kind, e.original_name, f.mime, f.size, f.width, f.height,
                f.captured_at, f.has_thumb
         FROM evidence e JOIN files f ON f.sha256 = e.file_sha
         WHERE e.release_id = ?1 AND e.removed_at IS NULL ORDER BY e.seq",
    )?;
    let mut rows = stmt.query([release_id])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let kind = EvidenceKind::parse(&r.get::<_, String>(1)?)?;
        out.push(EvidenceItem {
            sha256: r.get(0)?,
            kind,
            kind_label: kind.label().to_owned(),
            name: r.get(2)?,
            mime: r.get(3)?,
            size_label: human_size(r.get::<_, i64>(4)?.max(0) as u64),
            width: r.get(5)?,
            height: r.get(6)?,
            captured_at: r.get(7)?,
            has_thumb: r.get(8)?,
        });
    }
    Ok(out)
}
