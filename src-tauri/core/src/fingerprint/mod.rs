//! A release's fingerprint: a hash of everything its row and its evidence say, carried by the
//! audit event of every write so that `verify` can tell a row changed behind PressDesk's back.
//! The row's JSON is built in Rust from its values ([`json::json_array`], SQLite's
//! `json_array` text exactly), so both stores read the same columns with one SQL text and give
//! the same fingerprint for the same row.

mod json;

pub use json::json_array;

use sha2::{Digest, Sha256};

use crate::args;
use crate::error::{Error, Result};
use crate::sql::{Db, Row, Value};

/// The release's columns the fingerprint covers, in the order its JSON lists them. Which of
/// them it covers depends on the row ([`row_width`]); each set is a prefix of this list.
macro_rules! row_columns {
    () => {
        "uid, agenda_year, agenda_seq, template_id, status, checked, received_at, sender_org,
         sender_contact, letter_no, letter_date, title, news_type_id, event_date, event_place,
         body, checklist, remarks, received_by, created_at, not_published_reason, corrected_at,
         withdrawn_at, withdrawn_by, withdraw_reason, sop_version_id, step_done, assignee_id"
    };
}

/// How many of [`row_columns`]' values the fingerprint covers: a release never corrected nor
/// withdrawn keeps the text it had before those columns came (migration 0004, the first 21),
/// so the fingerprints its audit events carry still match; so does one on SOP 004's first
/// version, whose status says its step (migration 0007, the first 25). On any other version the
/// step it finished and its reporter are covered too (all 28).
fn row_width(row: &[Value]) -> usize {
    let (version, corrections) = (&row[25], &row[21..25]);
    if !matches!(version, Value::Null | Value::Integer(1)) {
        28
    } else if corrections.iter().all(|v| *v == Value::Null) {
        21
    } else {
        25
    }
}

/// The evidence columns one evidence item's JSON lists; the release's evidence is the JSON
/// array of these, by `seq`. Evidence taken off in a correction is no longer the release's.
macro_rules! evidence_columns {
    () => {
        "seq, kind, file_sha, original_name"
    };
}

/// The row's JSON, from the values of [`row_columns`] starting at column `from`.
fn row_json(row: &Row, from: usize, out: &mut String) -> Result<()> {
    let values = row.values().get(from..from + 28).ok_or_else(short)?;
    json_array(&values[..row_width(values)], out)
}

/// Appends one evidence item (the values of [`evidence_columns`] from column `from`) to the
/// array being built in `out`.
fn evidence_item(row: &Row, from: usize, out: &mut String) -> Result<()> {
    if out.len() > 1 {
        out.push(',');
    }
    json_array(row.values().get(from..from + 4).ok_or_else(short)?, out)
}

fn short() -> Error {
    Error::Corrupt(crate::tr!("fingerprint-short-row"))
}

fn digest(row: &str, evidence: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(row.as_bytes());
    hasher.update(b"\n");
    hasher.update(evidence.as_bytes());
    hex::encode(hasher.finalize())
}

/// The fingerprint of one release as it is now (inside the caller's transaction).
pub fn fingerprint(db: &Db, release_id: i64) -> Result<String> {
    let mut row = String::new();
    db.query_row(
        concat!("SELECT ", row_columns!(), " FROM releases WHERE id = ?1"),
        args![release_id],
        |r| row_json(r, 0, &mut row),
    )?;
    let mut evidence = String::from("[");
    for r in db.query(
        concat!(
            "SELECT ",
            evidence_columns!(),
            " FROM evidence WHERE release_id = ?1 AND removed_at IS NULL ORDER BY seq"
        ),
        args![release_id],
    )? {
        evidence_item(&r, 0, &mut evidence)?;
    }
    evidence.push(']');
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

/// Releases read at a time: a decade's store is read in a few hundred statements, and only
/// this many bodies are held at once.
pub const CHUNK: i64 = 500;

/// Every release's fingerprint, the same as `fingerprint` gives one by one, read a chunk of
/// releases (by id) and the evidence of the same id range at a time, the two merged here:
/// 200,000 statements for a decade's store took seconds, the chunks a fraction of that. Also
/// returns the number of evidence rows whose release does not exist.
pub fn all_fingerprints(db: &Db) -> Result<(Vec<Fingerprinted>, u64)> {
    all_fingerprints_by(db, CHUNK)
}

/// [`all_fingerprints`], `chunk` releases at a time (a test crosses the chunks' edges).
pub fn all_fingerprints_by(db: &Db, chunk: i64) -> Result<(Vec<Fingerprinted>, u64)> {
    let mut out = Vec::new();
    let mut orphans = 0u64;
    let (mut row, mut array) = (String::new(), String::new());
    // The chunk covers the ids after `low` up to its last release's.
    let mut low = i64::MIN;
    loop {
        let releases = db.query(
            concat!(
                "SELECT id, ",
                row_columns!(),
                " FROM releases WHERE id > ?1 ORDER BY id LIMIT ?2"
            ),
            args![low, chunk.max(1)],
        )?;
        let Some(high) = releases.last().map(|r| r.get::<i64>(0)).transpose()? else {
            break;
        };
        let evidence = db.query(
            concat!(
                "SELECT release_id, ",
                evidence_columns!(),
                " FROM evidence WHERE removed_at IS NULL AND release_id > ?1
                 AND release_id <= ?2 ORDER BY release_id, seq"
            ),
            args![low, high],
        )?;
        let mut items = evidence.iter().peekable();
        for r in &releases {
            let id: i64 = r.get(0)?;
            row.clear();
            row_json(r, 1, &mut row)?;
            array.clear();
            array.push('[');
            while let Some(item) = items.next_if(|e| e.get::<i64>(0).is_ok_and(|o| o <= id)) {
                if item.get::<i64>(0)? == id {
                    evidence_item(item, 1, &mut array)?;
                } else {
                    orphans += 1;
                }
            }
            array.push(']');
            out.push(Fingerprinted {
                id,
                uid: r.get(1)?,
                agenda_year: r.get(2)?,
                agenda_seq: r.get(3)?,
                fingerprint: digest(&row, &array),
            });
        }
        // The range ends at the chunk's last release: whatever is left did not match.
        orphans += items.count() as u64;
        low = high;
    }
    let beyond: i64 = db.query_row(
        "SELECT count(*) FROM evidence WHERE removed_at IS NULL AND release_id > ?1",
        args![low],
        |r| r.get(0),
    )?;
    Ok((out, orphans + u64::try_from(beyond).unwrap_or(0)))
}
