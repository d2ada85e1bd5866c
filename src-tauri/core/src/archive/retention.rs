//! The retention of a file, computed and never typed: a file becomes inactive its code's
//! active years after the end of its period (the day it was closed), and reaches its final
//! disposition the inactive years after that. The lists of a year name the files whose date
//! falls in that year: due to move to the records center (usul pindah), or due to be destroyed
//! (usul musnah), handed over permanently (usul serah permanen) or reviewed again.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::berkas::{all_on, Berkas};
use super::{ClassCode, Disposition};
use crate::db::Store;
use crate::error::Result;
use crate::model::Actor;
use crate::permissions::{require, Action};
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
            inactive_display: inactive.map(timefmt::format_date),
            disposition_on: disposal.map(|d| d.to_string()),
            disposition_display: disposal.map(timefmt::format_date),
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

/// Which list of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DueKind {
    /// Usul pindah: the files becoming inactive in the year.
    Pindah,
    /// Usul musnah: the files whose retention ends in the year and are destroyed.
    Musnah,
    /// Usul serah permanen: the files whose retention ends and are kept permanently.
    Permanen,
    /// The files whose retention ends and are to be reviewed again.
    DinilaiKembali,
}

impl DueKind {
    pub fn parse(s: &str) -> Result<DueKind> {
        match s.trim().to_lowercase().replace([' ', '-'], "_").as_str() {
            "pindah" => Ok(DueKind::Pindah),
            "musnah" => Ok(DueKind::Musnah),
            "permanen" | "serah" | "serah_permanen" => Ok(DueKind::Permanen),
            "dinilai_kembali" | "nilai_kembali" => Ok(DueKind::DinilaiKembali),
            _ => Err(crate::Error::invalid(
                "kind",
                format!(
                    "Jenis daftar «{s}» tidak dikenal; pilih pindah, musnah, permanen atau \
                         dinilai-kembali."
                ),
            )),
        }
    }

    /// Whether `b` is on this list of `year`.
    pub fn names(self, b: &Berkas, year: i32) -> bool {
        let in_year =
            |d: &Option<String>| d.as_deref().and_then(|d| d.get(..4)) == Some(&*year.to_string());
        match self {
            DueKind::Pindah => in_year(&b.retention.inactive_on),
            DueKind::Musnah | DueKind::Permanen | DueKind::DinilaiKembali => {
                let wanted = match self {
                    DueKind::Musnah => Disposition::Musnah,
                    DueKind::Permanen => Disposition::Permanen,
                    _ => Disposition::DinilaiKembali,
                };
                b.retention.disposition == wanted && in_year(&b.retention.disposition_on)
            }
        }
    }
}

/// The closed files due on list `kind` in `year`, by year and number: what the archivist
/// proposes to move, destroy, hand over or review that year.
pub fn retention_due(
    store: &Store,
    actor: &Actor,
    year: i32,
    kind: DueKind,
) -> Result<Vec<Berkas>> {
    require(actor, Action::Read)?;
    let all = store.with_db(|db| all_on(db, None))?;
    Ok(all.into_iter().filter(|b| kind.names(b, year)).collect())
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
