//! One release in full: its row, evidence, step timeline, parafs, publications, filing and
//! audit trail.

use super::lookup::{not_found, resolve};
use super::summary::{display_date, summary_from_row, SUMMARY};
use super::{EvidenceItem, ReleaseDetail};
use crate::access::Reader;
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
    detail(store, actor, key)
}

/// [`get_release`] for core's own use, after its caller checked the role. What `actor` may
/// not open (`crate::access`) is masked: the title, body, remarks, event place, evidence, paper
/// scans, and every note and reason written about it; its numbers, dates, sender, state and
/// who acted when stay.
pub(crate) fn detail(store: &Store, actor: &Actor, key: &str) -> Result<ReleaseDetail> {
    let mut detail = store.with_db(|db| unmasked(db, &Reader::of(db, actor)?, key))?;
    if detail.summary.restricted {
        mask(&mut detail);
    }
    Ok(detail)
}

/// What a reader who may not open the release is left with: who did what and when, never
/// what anyone wrote about it (notes, reasons, addresses where it went online).
fn mask(d: &mut ReleaseDetail) {
    d.body = String::new();
    d.remarks = String::new();
    d.event_place = String::new();
    d.evidence.clear();
    d.withdraw_reason = d.withdraw_reason.as_ref().map(|_| String::new());
    d.not_published_reason = d.not_published_reason.as_ref().map(|_| String::new());
    for p in &mut d.parafs {
        p.scan_sha = None;
        p.note = String::new();
        if let Some(r) = &mut p.revoked {
            r.reason = String::new();
        }
        if let Some(r) = &mut p.review {
            r.reason = String::new();
        }
    }
    for p in &mut d.publications {
        p.url = String::new();
    }
    // A correction's trail names the text before and after; a return or withdrawal its reason.
    for a in &mut d.audit {
        a.changes.clear();
        a.reason = None;
    }
}

fn unmasked(db: &Db, reader: &Reader, key: &str) -> Result<ReleaseDetail> {
    {
        let uid = resolve(db, key)?;
        let tz = office::timezone_on(db)?;
        let (id, summary) = db
            .query_opt(
                &format!("{} WHERE r.uid = ?1", db.pick(&SUMMARY)),
                args![uid],
                |row| summary_from_row(row, tz, reader),
            )?
            .ok_or_else(|| not_found(key))?;
        let r = db
            .query(
                "SELECT r.sender_contact, r.letter_date, r.event_date, r.event_place, r.body,
                        r.checklist, r.remarks, u.name, r.sop_version_id, r.received_by,
                        r.news_type_id, r.received_at, r.withdraw_reason, a.name,
                        r.not_published_reason
                 FROM releases r LEFT JOIN users u ON u.id = r.received_by
                 LEFT JOIN users a ON a.id = r.assignee_id WHERE r.id = ?1",
                args![id],
            )?
            .into_iter()
            .next()
            .ok_or_else(|| not_found(key))?;
        let (letter_date, event_date): (Option<String>, Option<String>) = (r.get(1)?, r.get(2)?);
        let checklist: String = r.get(5)?;
        let sop = template::load_version(db, r.get(8)?)?;
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
            received_local: timefmt::from_db(&r.get::<String>(11)?)?
                .with_timezone(&timefmt::offset(tz))
                .format("%Y-%m-%dT%H:%M")
                .to_string(),
            withdraw_reason: r.get(12)?,
            sop_code: sop.code.clone(),
            sop_version: sop.version,
            assignee: r.get(13)?,
            open_step: open_step(db, &uid)?,
            evidence: evidence_of(db, id)?,
            timeline: timing::timeline(db, id, &sop, event, tz, timefmt::now())?,
            parafs: super::parafs::trail(db, id, tz)?,
            publications: super::filed::publications(db, id, tz)?,
            not_published_reason: r.get(14)?,
            archive: super::filed::archive_of(db, id)?,
            audit: audit::trail(db, "release", &uid, tz)?,
            summary,
        })
    }
}

fn evidence_of(db: &Db, release_id: i64) -> Result<Vec<EvidenceItem>> {
    let rows = db.query(
        "SELECT e.file_sha, e.kind, e.original_name, f.mime, f.size, f.width, f.height,
                f.captured_at, f.has_thumb
         FROM evidence e JOIN files f ON f.sha256 = e.file_sha
         WHERE e.release_id = ?1 AND e.removed_at IS NULL ORDER BY e.seq",
        args![release_id],
    )?;
    rows.iter()
        .map(|r| {
            let kind = EvidenceKind::parse(&r.get::<String>(1)?)?;
            Ok(EvidenceItem {
                sha256: r.get(0)?,
                kind,
                kind_label: kind.label().to_owned(),
                name: r.get(2)?,
                mime: r.get(3)?,
                size_label: human_size(r.get::<i64>(4)?.max(0) as u64),
                width: r.get(5)?,
                height: r.get(6)?,
                captured_at: r.get(7)?,
                has_thumb: r.get(8)?,
            })
        })
        .collect()
}
