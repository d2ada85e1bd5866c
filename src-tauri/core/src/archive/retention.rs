//! The retention of a file, computed and never typed: a file becomes inactive its code's
//! active years after the end of its period (the day it was closed), and reaches its final
//! disposition the inactive years after that. The lists of a year are `due.rs`.

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
        let inactive = end.map(|e| add_years(e, code.active_years));
        let disposal = inactive.map(|d| add_years(d, code.inactive_years));
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

/// `date` plus `years` calendar years; 29 February becomes 28 February in a common year.
pub fn add_years(date: NaiveDate, years: i64) -> NaiveDate {
    let year = date
        .year()
        .saturating_add(i32::try_from(years).unwrap_or(i32::MAX));
    date.with_year(year)
        .or_else(|| NaiveDate::from_ymd_opt(year, date.month(), 28))
        .unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_are_added_on_the_calendar_and_a_leap_day_falls_back() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(add_years(d(2024, 12, 31), 2), d(2026, 12, 31));
        assert_eq!(add_years(d(2024, 2, 29), 1), d(2025, 2, 28));
        assert_eq!(add_years(d(2024, 2, 29), 4), d(2028, 2, 29));
    }
}
