//! One release by its id or by a number a person has in hand (archive number from a label's QR
//! code, agenda number, sender's letter number): the record in full with its evidence.

use rusqlite::{Connection, OptionalExtension};

use super::query::{display_date, summary_from_row, SUMMARY_SELECT};
use super::{EvidenceItem, ReleaseDetail};
use crate::db::Store;
use crate::error::{Error, Result};
use crate::media::human_size;
use crate::model::{Actor, EvidenceKind};
use crate::permissions::{require, Action};
use crate::workflow::{template, timing, waiting_at as open_step};
use crate::{audit, office, timefmt};

/// An exact archive number (from a label's QR code), agenda number ("7", "007/2026") or
/// sender's letter number opens that record.
pub fn find_exact(store: &Store, actor: &Actor, text: &str) -> Result<Option<String>> {
    require(actor, Action::Read)?;
    store.with_conn(|conn| find_exact_in(conn, text))
}

fn find_exact_in(conn: &Connection, text: &str) -> Result<Option<String>> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    // A label's QR code (typed by a USB scanner) carries the archive number; voided numbers
    // still lead to their release.
    let by_archive_no: Option<String> = conn
        .query_row(
            "SELECT r.uid FROM archive_numbers a JOIN releases r ON r.id = a.release_id
             WHERE a.number = ?1 COLLATE NOCASE ORDER BY a.voided_at IS NOT NULL, a.id DESC LIMIT 1",
            [text],
            |r| r.get(0),
        )
        .optional()?;
    if by_archive_no.is_some() {
        return Ok(by_archive_no);
    }
    let (seq, year) = text.split_once('/').unwrap_or((text, ""));
    let is_num = |s: &str| !s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit());
    if is_num(seq) && (year.is_empty() || (year.len() == 4 && is_num(year))) {
        let seq: i64 = seq.parse().unwrap_or(0);
        let found = if year.is_empty() {
            conn.query_row(
                "SELECT uid FROM releases WHERE agenda_seq = ?1 ORDER BY agenda_year DESC LIMIT 1",
                [seq],
                |r| r.get(0),
            )
        } else {
            conn.query_row(
                "SELECT uid FROM releases WHERE agenda_seq = ?1 AND agenda_year = ?2",
                [seq, year.parse().unwrap_or(0)],
                |r| r.get(0),
            )
        }
        .optional()?;
        if found.is_some() {
            return Ok(found);
        }
    }
    Ok(conn
        .query_row(
            "SELECT uid FROM releases WHERE letter_no = ?1 COLLATE NOCASE ORDER BY id DESC LIMIT 1",
            [text],
            |r| r.get(0),
        )
        .optional()?)
}

/// The release an exact number names (archive, agenda or letter number, typed or scanned), for
/// the search to show first while typing. Bare digits are words there, not numbers: every
/// number PressDesk knows has a slash.
pub(super) fn exact_number_hit(conn: &Connection, text: &str) -> Result<Option<i64>> {
    if !text.contains('/') {
        return Ok(None);
    }
    let Some(uid) = find_exact_in(conn, text)? else {
        return Ok(None);
    };
    Ok(conn
        .query_row("SELECT id FROM releases WHERE uid = ?1", [uid], |r| {
            r.get(0)
        })
        .optional()?)
}

/// One release in full, by its id or by an exact number.
pub fn get_release(store: &Store, actor: &Actor, key: &str) -> Result<ReleaseDetail> {
    require(actor, Action::Read)?;
    detail(store, key)
}

/// [`get_release`] for core's own use, after its caller checked the role.
pub(crate) fn detail(store: &Store, key: &str) -> Result<ReleaseDetail> {
    store.with_conn(|conn| {
        let uid = resolve(conn, key)?;
        let tz = office::timezone(conn)?;
        let (id, summary) = conn
            .query_row(
                &format!("{SUMMARY_SELECT} WHERE r.uid = ?1"),
                [&uid],
                |row| Ok(summary_from_row(row, tz)),
            )
            .optional()?
            .ok_or_else(|| not_found(key))??;
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
        let sop = template::load_version(conn, r.get(8)?)?;
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
            open_step: open_step(conn, &uid)?,
            evidence: evidence_of(conn, id)?,
            timeline: timing::timeline(conn, id, &sop, event, tz, timefmt::now())?,
            parafs: crate::paraf::trail(conn, id, tz)?,
            publications: crate::filing::publications(conn, id, tz)?,
            not_published_reason: conn.query_row(
                "SELECT not_published_reason FROM releases WHERE id = ?1",
                [id],
                |r| r.get(0),
            )?,
            archive: crate::filing::archive_of(conn, id)?,
            audit: audit::trail(conn, "release", &uid, tz)?,
            summary,
        })
    })
}

/// The release's id from its id or from an exact number.
pub(crate) fn resolve(conn: &Connection, key: &str) -> Result<String> {
    if uuid::Uuid::parse_str(key).is_ok() {
        Ok(key.to_owned())
    } else {
        find_exact_in(conn, key)?.ok_or_else(|| not_found(key))
    }
}

fn not_found(key: &str) -> Error {
    Error::NotFound(format!("Rilis «{key}» tidak ditemukan di Buku Agenda."))
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
