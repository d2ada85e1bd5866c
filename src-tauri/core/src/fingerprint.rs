//! A release's fingerprint: a hash of everything its row and its evidence say, carried by the
//! audit event of every write so that `verify` can tell a row changed behind PressDesk's back.

use rusqlite::Connection;
use sha2::{Digest, Sha256};

use crate::error::Result;

/// The release row as JSON. One text for both statements below, so that they cannot drift.
/// A release never corrected nor withdrawn keeps the text it had before those columns came
/// (migration 0004), so the fingerprints its audit events carry still match; so does one on
/// SOP 004's first version, whose status says its step (migration 0007). On any other version
/// the step it finished and its reporter are covered too.
macro_rules! row_json {
    () => {
        "CASE WHEN coalesce(sop_version_id, 1) <> 1 THEN json_array(uid, agenda_year,
            agenda_seq, template_id, status, checked, received_at, sender_org, sender_contact,
            letter_no, letter_date, title, news_type_id, event_date, event_place, body,
            checklist, remarks, received_by, created_at, not_published_reason, corrected_at,
            withdrawn_at, withdrawn_by, withdraw_reason, sop_version_id, step_done, assignee_id)
        WHEN corrected_at IS NULL AND withdrawn_at IS NULL AND withdrawn_by IS NULL
            AND withdraw_reason IS NULL THEN json_array(uid,
            agenda_year, agenda_seq, template_id, status, checked, received_at, sender_org,
            sender_contact, letter_no, letter_date, title, news_type_id, event_date,
            event_place, body, checklist, remarks, received_by, created_at,
            not_published_reason)
        ELSE json_array(uid, agenda_year, agenda_seq, template_id, status, checked,
            received_at, sender_org, sender_contact, letter_no, letter_date, title,
            news_type_id, event_date, event_place, body, checklist, remarks, received_by,
            created_at, not_published_reason, corrected_at, withdrawn_at, withdrawn_by,
            withdraw_reason) END"
    };
}

/// One evidence row as JSON; the release's evidence is the JSON array of these, by `seq`.
/// Evidence taken off in a correction is no longer the release's.
macro_rules! evidence_json {
    () => {
        "json_array(seq, kind, file_sha, original_name)"
    };
}

fn digest(row: &str, evidence: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(row.as_bytes());
    hasher.update(b"\n");
    hasher.update(evidence.as_bytes());
    hex::encode(hasher.finalize())
}

/// The fingerprint of one release as it is now (inside the caller's transaction).
pub fn fingerprint(conn: &Connection, release_id: i64) -> Result<String> {
    let row: String = conn
        .prepare_cached(concat!(
            "SELECT ",
            row_json!(),
            " FROM releases WHERE id = ?1"
        ))?
        .query_row([release_id], |r| r.get(0))?;
    let evidence: String = conn
        .prepare_cached(concat!(
            "SELECT coalesce(json_group_array(",
            evidence_json!(),
            "), '[]') FROM (SELECT * FROM evidence WHERE release_id = ?1 AND removed_at IS NULL \
             ORDER BY seq)"
        ))?
        .query_row([release_id], |r| r.get(0))?;
    Ok(digest(&row, &evidence))
}

/// One release with its fingerprint, as `all_fingerprints` reads them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprinted {
    pub id: i64,
    pub uid: String,
    pub agenda_year: i64,
    pub agenda_seq: i64,
    pub fingerprint: String,
}

/// Every release's fingerprint, the same as `fingerprint` gives one by one, from two ordered
/// scans (releases by id, evidence by release and seq) merged here: 200,000 statements for a
/// decade's store took seconds, the two scans a fraction of that. Also returns the number of
/// evidence rows whose release does not exist.
pub fn all_fingerprints(conn: &Connection) -> Result<(Vec<Fingerprinted>, u64)> {
    let mut releases = conn.prepare(concat!(
        "SELECT id, uid, agenda_year, agenda_seq, ",
        row_json!(),
        " FROM releases ORDER BY id"
    ))?;
    let mut evidence = conn.prepare(concat!(
        "SELECT release_id, ",
        evidence_json!(),
        " FROM evidence WHERE removed_at IS NULL ORDER BY release_id, seq"
    ))?;
    let mut releases = releases.query([])?;
    let mut evidence = evidence.query([])?;
    let mut out = Vec::new();
    let mut orphans = 0u64;
    let mut array = String::new();
    // The evidence row read but not yet used: it belongs to a later release.
    let mut pending: Option<(i64, String)> = None;
    while let Some(row) = releases.next()? {
        let id: i64 = row.get(0)?;
        array.clear();
        array.push('[');
        loop {
            if pending.is_none() {
                pending = match evidence.next()? {
                    Some(e) => Some((e.get(0)?, e.get(1)?)),
                    None => None,
                };
            }
            match &pending {
                Some((owner, item)) if *owner == id => {
                    if array.len() > 1 {
                        array.push(',');
                    }
                    array.push_str(item);
                }
                Some((owner, _)) if *owner < id => orphans += 1,
                _ => break,
            }
            pending = None;
        }
        array.push(']');
        let json = row.get_ref(4)?.as_str().map_err(rusqlite::Error::from)?;
        out.push(Fingerprinted {
            id,
            uid: row.get(1)?,
            agenda_year: row.get(2)?,
            agenda_seq: row.get(3)?,
            fingerprint: digest(json, &array),
        });
    }
    orphans += u64::from(pending.is_some());
    while evidence.next()?.is_some() {
        orphans += 1;
    }
    Ok((out, orphans))
}
