//! The office's working calendar: the working hours of each weekday and the holidays the admin
//! sets, so that a standard of "2 hari" counts working time, not the clock on the wall.
//!
//! **Working time** is the half-open span `[open, close)` of a working day, in the office's
//! zone; a working day is a weekday with hours that is not a holiday. The default is the civil
//! service week: Monday to Thursday 07.30–16.00, Friday 07.30–16.30, Saturday and Sunday off.
//! A break inside the hours is not subtracted (the hours are the office's day, as it is
//! announced).
//!
//! **n working days from `from`** ([`Calendar::add_working_days`]) is the moment at which n
//! working days of handling have passed, the clock running only in working time:
//! - n = 0: `from` itself.
//! - `from` inside working time, a span `p > 0` after its day's opening: `p` after the opening
//!   of the n-th working day after it, or that day's closing when the day is shorter than `p`
//!   (Friday 15.00 + 1 → Monday 15.00; Friday 16.15 + 1 → Monday 16.00).
//! - `from` outside working time has not started yet: it starts at the next opening (that
//!   day's before opening; the next working day's at or after closing, on a day off or a
//!   holiday). A start at an opening is due at the **closing** of the n-th working day,
//!   counting the starting day as the first (Thursday 18.00 + 1 → Friday 16.30; a Friday
//!   17.00 start before a long weekend with Monday a holiday + 1 → Tuesday 16.00). In working
//!   time that closing and the next opening are the same moment; the earlier wall-clock one is
//!   what the office calls "by the end of the day".
//!
//! So the due moment is never before `from`, is always inside a working day's hours (or at
//! its closing), and moves later, never earlier, when a holiday is added. With days of unequal
//! length chaining is not exactly additive (`1 + 1` can be later than `2` after a clamp).
//! [`Calendar::working_secs_between`] measures the working time between two moments, for
//! reports. The calendar in force when a due moment is computed is the one used.

mod holidays;
mod import;
mod week;

use std::collections::BTreeSet;
use std::ops::Bound::{Excluded, Included};

use chrono::{DateTime, Datelike, Days, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};

use crate::model::TimeZone;

pub use holidays::{
    add_holiday, list_holidays, office_calendar, remove_holiday, Holiday, NewHoliday,
    OfficeCalendar,
};
pub use import::{import_holidays, HolidayImport};
pub use week::{
    parse_clock, set_working_hours, working_week, WorkingDay, WorkingHoursInput, DAY_NAMES,
};

/// The working hours of one weekday, in minutes after local midnight: `[open, close)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hours {
    open: u16,
    close: u16,
}

impl Hours {
    /// `None` unless `open < close ≤ 24.00`.
    pub const fn new(open: u16, close: u16) -> Option<Hours> {
        if open < close && close <= 24 * 60 {
            Some(Hours { open, close })
        } else {
            None
        }
    }

    pub fn open(self) -> u16 {
        self.open
    }

    pub fn close(self) -> u16 {
        self.close
    }

    fn len(self) -> Duration {
        Duration::minutes(i64::from(self.close - self.open))
    }
}

const fn hours(open: u16, close: u16) -> Option<Hours> {
    Some(Hours { open, close })
}

/// Peraturan jam kerja ASN: 37.5 hours over five days.
pub const CIVIL_SERVICE_WEEK: [Option<Hours>; 7] = [
    hours(450, 960),
    hours(450, 960),
    hours(450, 960),
    hours(450, 960),
    hours(450, 990),
    None,
    None,
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    /// Monday first; `None` is a day off.
    pub week: [Option<Hours>; 7],
    pub holidays: BTreeSet<NaiveDate>,
}

impl Default for Calendar {
    fn default() -> Calendar {
        Calendar::standard()
    }
}

impl Calendar {
    /// The civil service week, no holidays.
    pub fn standard() -> Calendar {
        Calendar {
            week: CIVIL_SERVICE_WEEK,
            holidays: BTreeSet::new(),
        }
    }

    /// The hours of `d`; `None` on a day off or a holiday.
    pub fn hours(&self, d: NaiveDate) -> Option<Hours> {
        if self.holidays.contains(&d) {
            return None;
        }
        self.week[d.weekday().num_days_from_monday() as usize]
    }

    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        self.hours(d).is_some()
    }

    fn working_weekdays(&self) -> u64 {
        self.week.iter().flatten().count() as u64
    }

    /// When `n` working days of handling started at `from` are done (the module's rule).
    pub fn add_working_days(&self, from: DateTime<Utc>, n: u32, tz: TimeZone) -> DateTime<Utc> {
        if n == 0 {
            return from;
        }
        if self.working_weekdays() == 0 {
            // Not reachable through the admin (a week keeps one working day): calendar days.
            return from
                .checked_add_days(Days::new(n.into()))
                .unwrap_or(DateTime::<Utc>::MAX_UTC);
        }
        self.due_local(local(from, tz), n)
            .map(|t| utc(t, tz))
            .unwrap_or(DateTime::<Utc>::MAX_UTC)
    }

    fn due_local(&self, from: NaiveDateTime, n: u32) -> Option<NaiveDateTime> {
        let (day, into) = self.start(from)?;
        if into > Duration::zero() {
            let target = self.nth_working_day(day, n.into())?;
            let h = self.hours(target)?;
            Some(at(target, h.open)? + into.min(h.len()))
        } else {
            let target = self.nth_working_day(day, u64::from(n) - 1)?;
            at(target, self.hours(target)?.close)
        }
    }

    /// Where the clock of a step begun at `t` starts: a working day and how far into its hours.
    fn start(&self, t: NaiveDateTime) -> Option<(NaiveDate, Duration)> {
        let d = t.date();
        if let Some(h) = self.hours(d) {
            let (open, close) = (at(d, h.open)?, at(d, h.close)?);
            if t < open {
                return Some((d, Duration::zero()));
            }
            if t < close {
                return Some((d, t - open));
            }
        }
        Some((self.nth_working_day(d, 1)?, Duration::zero()))
    }

    /// The `k`-th working day after `d` (`d` itself for 0). Whole weeks are jumped at once, less
    /// the holidays that fall on their working days, so a large `k` costs no more than the
    /// holidays it passes. Needs a week with a working day; `None` past chrono's last date.
    fn nth_working_day(&self, d: NaiveDate, k: u64) -> Option<NaiveDate> {
        let per_week = self.working_weekdays();
        let (mut day, mut left) = (d, k);
        while left > per_week {
            let weeks = (left - 1) / per_week;
            let end = day.checked_add_days(Days::new(weeks.checked_mul(7)?))?;
            let lost = self.lost_in(day, end);
            left = left - weeks * per_week + lost;
            day = end;
        }
        while left > 0 {
            day = day.succ_opt()?;
            if self.is_working_day(day) {
                left -= 1;
            }
        }
        Some(day)
    }

    /// Holidays in `(after, until]` that fall on a weekday with hours.
    fn lost_in(&self, after: NaiveDate, until: NaiveDate) -> u64 {
        self.holidays
            .range((Excluded(after), Included(until)))
            .filter(|h| self.week[h.weekday().num_days_from_monday() as usize].is_some())
            .count() as u64
    }

    /// The working time in `[a, b)`, in seconds; 0 when `b` is not after `a`.
    pub fn working_secs_between(&self, a: DateTime<Utc>, b: DateTime<Utc>, tz: TimeZone) -> i64 {
        if b <= a {
            return 0;
        }
        let (a, b) = (local(a, tz), local(b, tz));
        let (da, db) = (a.date(), b.date());
        if da == db {
            return self.overlap(da, a, b).num_seconds();
        }
        let end_of_a = da.succ_opt().and_then(|d| at(d, 0));
        let start_of_b = at(db, 0);
        let (Some(end_of_a), Some(start_of_b)) = (end_of_a, start_of_b) else {
            return 0;
        };
        let edges = self.overlap(da, a, end_of_a) + self.overlap(db, start_of_b, b);
        edges.num_seconds() + self.whole_days_secs(da, db)
    }

    /// The working time of `d` inside `[x, y)`.
    fn overlap(&self, d: NaiveDate, x: NaiveDateTime, y: NaiveDateTime) -> Duration {
        let Some(h) = self.hours(d) else {
            return Duration::zero();
        };
        match (at(d, h.open), at(d, h.close)) {
            (Some(open), Some(close)) => (y.min(close) - x.max(open)).max(Duration::zero()),
            _ => Duration::zero(),
        }
    }

    /// The working time of the whole days strictly between `a` and `b`.
    fn whole_days_secs(&self, a: NaiveDate, b: NaiveDate) -> i64 {
        let days = (b - a).num_days() - 1;
        if days <= 0 {
            return 0;
        }
        let len = |d: NaiveDate| {
            let i = d.weekday().num_days_from_monday() as usize;
            self.week[i].map_or(0, |h| h.len().num_seconds())
        };
        let week: i64 = self
            .week
            .iter()
            .flatten()
            .map(|h| h.len().num_seconds())
            .sum();
        let mut secs = (days / 7) * week;
        // The days past the whole weeks have the weekdays of the first days after `a`.
        let mut d = a;
        for _ in 0..days % 7 {
            d = d.succ_opt().unwrap_or(d);
            secs += len(d);
        }
        let Some(last) = b.pred_opt() else {
            return secs;
        };
        let holidays: i64 = self
            .holidays
            .range((Excluded(a), Included(last)))
            .map(|&h| len(h))
            .sum();
        secs - holidays
    }
}

/// `minutes` after the local midnight that begins `d`.
fn at(d: NaiveDate, minutes: u16) -> Option<NaiveDateTime> {
    d.and_time(NaiveTime::MIN)
        .checked_add_signed(Duration::minutes(minutes.into()))
}

fn offset(tz: TimeZone) -> Duration {
    Duration::hours(tz.offset_hours().into())
}

fn local(t: DateTime<Utc>, tz: TimeZone) -> NaiveDateTime {
    t.naive_utc()
        .checked_add_signed(offset(tz))
        .unwrap_or(t.naive_utc())
}

fn utc(t: NaiveDateTime, tz: TimeZone) -> DateTime<Utc> {
    t.checked_sub_signed(offset(tz)).unwrap_or(t).and_utc()
}

/// "07.30" from minutes after midnight.
pub fn clock_label(minutes: u16) -> String {
    format!("{:02}.{:02}", minutes / 60, minutes % 60)
}
