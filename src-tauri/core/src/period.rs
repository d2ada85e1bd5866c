//! The period a report, the agenda book or a day's groups cover: a month, a year or a range of
//! days, with its label and its bounds in the office's zone. On its own, below `reports`,
//! `paraf` and `print`, which all take one.

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::model::TimeZone;
use crate::sql::Db;
use crate::timefmt;

/// The stretch of time a report covers, in the office's own days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "lowercase")]
#[ts(export)]
pub enum Period {
    Month {
        year: i32,
        month: u32,
    },
    Year {
        year: i32,
    },
    /// Both days included, `YYYY-MM-DD`.
    Range {
        from: String,
        to: String,
    },
}

impl Period {
    /// From the CLI's or the form's pieces: a month, a whole year, or a range of days.
    pub fn from_parts(
        year: Option<i32>,
        month: Option<u32>,
        from: Option<String>,
        to: Option<String>,
    ) -> Result<Period> {
        match (year, month, from, to) {
            (_, None, Some(from), Some(to)) => Ok(Period::Range { from, to }),
            (Some(year), Some(month), None, None) => Ok(Period::Month { year, month }),
            (Some(year), None, None, None) => Ok(Period::Year { year }),
            _ => Err(Error::invalid(
                "period",
                crate::tr!("err-sebutkan-tahun-dan-bulan-atau"),
            )),
        }
    }

    /// "November 2026", "Tahun 2026", "1 November 2026 – 30 November 2026".
    pub fn label(&self) -> Result<String> {
        Ok(match self {
            Period::Month { year, month } => {
                check_month(*month)?;
                format!("{} {year}", timefmt::show_month(*month))
            }
            Period::Year { year } => crate::tr!("period-year", year = year),
            Period::Range { from, to } => {
                let (a, b) = range_days(from, to)?;
                format!("{} – {}", timefmt::show_date(a), timefmt::show_date(b))
            }
        })
    }

    /// A short name for files: "2026-11", "2026", "2026-11-01_2026-11-30".
    pub fn slug(&self) -> String {
        match self {
            Period::Month { year, month } => format!("{year}-{month:02}"),
            Period::Year { year } => year.to_string(),
            Period::Range { from, to } => format!("{}_{}", from.trim(), to.trim()),
        }
    }

    /// The UTC bounds `[start, end)` of the period in the office zone, as stored times.
    pub fn bounds(&self, tz: TimeZone) -> Result<(String, String)> {
        let bad = || Error::invalid("period", crate::tr!("err-periode-laporan-tidak-sah"));
        match self {
            Period::Month { year, month } => {
                check_month(*month)?;
                timefmt::period_bounds(*year, Some(*month), tz).ok_or_else(bad)
            }
            Period::Year { year } => timefmt::period_bounds(*year, None, tz).ok_or_else(bad),
            Period::Range { from, to } => {
                let (a, b) = range_days(from, to)?;
                let end = b + Duration::days(1);
                let at = |d: NaiveDate| timefmt::parse_local("period", &format!("{d}T00:00"), tz);
                Ok((timefmt::to_db(at(a)?), timefmt::to_db(at(end)?)))
            }
        }
    }

    /// The bounds in the zone of the store's office.
    pub fn bounds_in(&self, db: &Db) -> Result<(String, String)> {
        self.bounds(crate::office::timezone(db)?)
    }
}

fn check_month(month: u32) -> Result<()> {
    if (1..=12).contains(&month) {
        Ok(())
    } else {
        Err(Error::invalid(
            "month",
            crate::tr!("err-bulan-tidak-sah-pilih-1", month = month),
        ))
    }
}

fn range_days(from: &str, to: &str) -> Result<(NaiveDate, NaiveDate)> {
    let a = timefmt::parse_date("from", from)?;
    let b = timefmt::parse_date("to", to)?;
    if b < a {
        return Err(Error::invalid(
            "to",
            crate::tr!("err-tanggal-akhir-tidak-boleh-sebelum"),
        ));
    }
    Ok((a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods() {
        let m = Period::Month {
            year: 2026,
            month: 11,
        };
        assert_eq!(m.label().unwrap(), "November 2026");
        assert_eq!(Period::Year { year: 2026 }.label().unwrap(), "Tahun 2026");
        let r = Period::Range {
            from: "2026-11-01".into(),
            to: "2026-11-30".into(),
        };
        assert_eq!(r.label().unwrap(), "1 November 2026 – 30 November 2026");
        assert_eq!(
            r.bounds(TimeZone::WITA).unwrap(),
            m.bounds(TimeZone::WITA).unwrap()
        );
        let back = Period::Range {
            from: "2026-11-30".into(),
            to: "2026-11-01".into(),
        };
        assert_eq!(back.bounds(TimeZone::WIB).unwrap_err().field(), Some("to"));
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, r#"{"kind":"month","year":2026,"month":11}"#);
        assert!(Period::Month {
            year: 2026,
            month: 13
        }
        .label()
        .is_err());
    }
}
