//! Gap-free numbering: one counter row per series and year, bumped inside the caller's
//! transaction, so a failed transaction never uses a number. On SQLite the row is bumped in the
//! caller's `BEGIN IMMEDIATE`; on the office's server only its `next_number` function may touch
//! the counters, and the row it bumps stays locked until the act's transaction ends.

use crate::args;
use crate::error::Result;
use crate::sql::{Both, Db};

pub const AGENDA: &str = "agenda";

/// The next number of `series` in `year`: the same row, bumped where each store allows it.
const NEXT: Both = Both {
    sqlite: "INSERT INTO counters (series, year, last) VALUES (?1, ?2, 1)
             ON CONFLICT (series, year) DO UPDATE SET last = last + 1 RETURNING last",
    postgres: "SELECT next_number(?1, ?2)",
};

pub fn next(db: &Db, series: &str, year: i32) -> Result<i64> {
    db.query_row(db.pick(&NEXT), args![series, year], |r| r.get(0))
}

/// "007/2026": the agenda number as written in the book.
pub fn agenda_display(year: i64, seq: i64) -> String {
    format!("{seq:03}/{year}")
}
