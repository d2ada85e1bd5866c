//! A release by a number a person has in hand, on either store: the archive number from a
//! label's QR code, the agenda number ("7", "007/2026") or the sender's letter number; and the
//! release a key names.

use crate::args;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::Actor;
use crate::permissions::{require, Action};
use crate::sql::Db;

/// An exact archive number (from a label's QR code), agenda number ("7", "007/2026") or
/// sender's letter number opens that record.
pub fn find_exact(store: &Store, actor: &Actor, text: &str) -> Result<Option<String>> {
    require(actor, Action::Read)?;
    store.with_db(|db| find_exact_in(db, text))
}

/// [`find_exact`] on either store, through the seam.
pub fn find_exact_on(db: &Db, actor: &Actor, text: &str) -> Result<Option<String>> {
    require(actor, Action::Read)?;
    find_exact_in(db, text)
}

fn find_exact_in(db: &Db, text: &str) -> Result<Option<String>> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    // A label's QR code (typed by a USB scanner) carries the archive number; voided numbers
    // still lead to their release.
    let by_archive_no: Option<String> = db.query_opt(
        "SELECT r.uid FROM archive_numbers a JOIN releases r ON r.id = a.release_id
         WHERE a.number = ?1 COLLATE NOCASE ORDER BY a.voided_at IS NOT NULL, a.id DESC LIMIT 1",
        args![text],
        |r| r.get(0),
    )?;
    if by_archive_no.is_some() {
        return Ok(by_archive_no);
    }
    let (seq, year) = text.split_once('/').unwrap_or((text, ""));
    let is_num = |s: &str| !s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit());
    if is_num(seq) && (year.is_empty() || (year.len() == 4 && is_num(year))) {
        let seq: i64 = seq.parse().unwrap_or(0);
        let found: Option<String> = if year.is_empty() {
            db.query_opt(
                "SELECT uid FROM releases WHERE agenda_seq = ?1 ORDER BY agenda_year DESC LIMIT 1",
                args![seq],
                |r| r.get(0),
            )?
        } else {
            db.query_opt(
                "SELECT uid FROM releases WHERE agenda_seq = ?1 AND agenda_year = ?2",
                args![seq, year.parse::<i64>().unwrap_or(0)],
                |r| r.get(0),
            )?
        };
        if found.is_some() {
            return Ok(found);
        }
    }
    db.query_opt(
        "SELECT uid FROM releases WHERE letter_no = ?1 COLLATE NOCASE ORDER BY id DESC LIMIT 1",
        args![text],
        |r| r.get(0),
    )
}

/// The release an exact number names (archive, agenda or letter number, typed or scanned), for
/// the search to show first while typing. Bare digits are words there, not numbers: every
/// number PressDesk knows has a slash.
pub(super) fn exact_number_hit(db: &Db, text: &str) -> Result<Option<i64>> {
    if !text.contains('/') {
        return Ok(None);
    }
    let Some(uid) = find_exact_in(db, text)? else {
        return Ok(None);
    };
    db.query_opt("SELECT id FROM releases WHERE uid = ?1", args![uid], |r| {
        r.get(0)
    })
}

/// The release's id from its id or from an exact number.
pub(crate) fn resolve(db: &Db, key: &str) -> Result<String> {
    if uuid::Uuid::parse_str(key).is_ok() {
        Ok(key.to_owned())
    } else {
        find_exact_in(db, key)?.ok_or_else(|| not_found(key))
    }
}

pub(super) fn not_found(key: &str) -> Error {
    Error::NotFound(crate::tr!("err-rilis-tidak-ditemukan-di-buku", key = key))
}
