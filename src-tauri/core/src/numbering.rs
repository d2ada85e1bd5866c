//! Gap-free numbering: one counter row per series and year, bumped inside the caller's
//! `BEGIN IMMEDIATE` transaction, so a failed transaction never uses a number.

use rusqlite::{params, Transaction};

use crate::error::Result;

pub const AGENDA: &str = "agenda";

pub fn next(tx: &Transaction, series: &str, year: i32) -> Result<i64> {
    tx.execute(
        "INSERT INTO counters (series, year, last) VALUES (?1, ?2, 1)
         ON CONFLICT (series, year) DO UPDATE SET last = last + 1",
        params![series, year],
    )?;
    Ok(tx.query_row(
        "SELECT last FROM counters WHERE series = ?1 AND year = ?2",
        params![series, year],
        |r| r.get(0),
    )?)
}

/// "007/2026": the agenda number as written in the book.
pub fn agenda_display(year: i64, seq: i64) -> String {
    format!("{seq:03}/{year}")
}
