//! The retention of a file, computed and never typed. As the retention schedule (JRA) counts
//! it, the years run from the end of the year the file was closed: a file closed in 2024 with
//! 2 active years is active through 2026 and becomes inactive on 1 January 2027 (usul pindah
//! in 2027); with 5 inactive years after that, its final disposition falls on 1 January 2032.
//! The lists of a year are `due.rs`.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use super::{ClassCode, Disposition};
use crate::timefmt;

/// A file's retention: its code's schedule and the dates computed from the file's end.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Retention {
    pub active_years: i64,
    pub inactive_years: i64,
    pub disposition: Disposition,
    pub disposition_label: String,
    /// `YYYY-MM-DD` the file becomes inactive (usul pindah); `None` while it is open.
    pub inactive_on: Option<String>,
    pub inactive_display: Option<String>,
    /// `YYYY-MM-DD` of its final disposition; `None` while it is open.
    pub disposition_on: Option<String>,
    pub disposition_display: Option<String>,
}

impl Retention {
    /// The retention of a file of `code` whose period ended on `end` (`None`: still open).
    pub fn of(code: &ClassCode, end: Option<NaiveDate>) -> Retention {
        let inactive = end.map(|e| after_years(e.year(), code.active_years));
        let disposal = end.map(|e| {
            after_years(
                e.year(),
                code.active_years.saturating_add(code.inactive_years),
            )
        });
        Retention {
            active_years: code.active_years,
            inactive_years: code.inactive_years,
            disposition: code.disposition,
            disposition_label: code.disposition.label().to_owned(),
            inactive_on: inactive.map(|d| d.to_string()),
            inactive_display: inactive.map(timefmt::show_date),
            disposition_on: disposal.map(|d| d.to_string()),
            disposition_display: disposal.map(timefmt::show_date),
        }
    }
}

/// 1 January after `years` whole years counted from the end of `closed`: the day a retention
/// of that many years is over.
pub fn after_years(closed: i32, years: i64) -> NaiveDate {
    let year = i64::from(closed).saturating_add(years).saturating_add(1);
    let year = i32::try_from(year).unwrap_or(i32::MAX);
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_years_run_from_the_end_of_the_closing_year() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(after_years(2024, 2), d(2027, 1, 1));
        assert_eq!(after_years(2019, 2 + 5), d(2027, 1, 1));
        assert_eq!(after_years(2026, 0), d(2027, 1, 1));
    }
}
