//! The office's week in the store: the hours of each weekday (or a day off), read by
//! [`Calendar::load`] with the holidays, and set by the admin one weekday at a time.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{clock_label, Calendar, Hours};
use crate::args;
use crate::audit::{self, FieldChange};
use crate::db::Store;
use crate::error::{Error, FieldErrors, Result};
use crate::model::Actor;
use crate::permissions::{require, Action};
use crate::sql::Db;
use crate::timefmt;

/// Monday first, as [`Calendar::week`]; the audit trail's Indonesian (the screens show
/// `timefmt::show_weekday`).
pub const DAY_NAMES: [&str; 7] = [
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
];

/// One weekday's hours as the settings screen shows them.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct WorkingDay {
    /// 1 = Senin … 7 = Minggu.
    pub day: u8,
    pub name: String,
    /// "07.30"; null on a day off.
    pub open: Option<String>,
    pub close: Option<String>,
}

/// The hours of one weekday; `open` and `close` both empty make it a day off.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct WorkingHoursInput {
    /// 1 = Senin … 7 = Minggu.
    pub day: u8,
    /// "07.30" (or 07:30).
    pub open: Option<String>,
    pub close: Option<String>,
}

impl Calendar {
    /// The office's calendar as the admin set it (the civil service week until then).
    pub fn load(db: &Db) -> Result<Calendar> {
        let mut cal = Calendar::standard();
        let hours = db.query(
            "SELECT weekday, open_min, close_min FROM working_hours",
            args![],
        )?;
        for r in hours {
            let (day, open, close): (i64, Option<i64>, Option<i64>) =
                (r.get(0)?, r.get(1)?, r.get(2)?);
            let corrupt = || Error::Corrupt(crate::tr!("err-jam-kerja-hari-ke-tidak", day = day));
            let i = usize::try_from(day - 1)
                .ok()
                .filter(|i| *i < 7)
                .ok_or_else(corrupt)?;
            cal.week[i] = match (open, close) {
                (None, None) => None,
                (Some(o), Some(c)) => {
                    let (o, c) = (u16::try_from(o), u16::try_from(c));
                    let hours = o.ok().zip(c.ok()).and_then(|(o, c)| Hours::new(o, c));
                    Some(hours.ok_or_else(corrupt)?)
                }
                _ => return Err(corrupt()),
            };
        }
        for r in db.query("SELECT date FROM holidays", args![])? {
            let date: String = r.get(0)?;
            let day = NaiveDate::parse_from_str(&date, "%Y-%m-%d").map_err(|_| {
                Error::Corrupt(crate::tr!("err-tanggal-hari-libur-tidak-sah", date = date))
            })?;
            cal.holidays.insert(day);
        }
        Ok(cal)
    }
}

pub(super) fn week_of(cal: &Calendar) -> Vec<WorkingDay> {
    cal.week
        .iter()
        .zip(1u8..)
        .map(|(hours, day)| WorkingDay {
            day,
            name: timefmt::show_weekday(usize::from(day - 1)),
            open: hours.map(|h| clock_label(h.open())),
            close: hours.map(|h| clock_label(h.close())),
        })
        .collect()
}

fn hours_label(hours: Option<Hours>) -> String {
    match hours {
        Some(h) => format!("{}–{}", clock_label(h.open()), clock_label(h.close())),
        None => "libur".into(),
    }
}

/// Reads "07.30", "7.30", "07:30" or "16" as minutes after midnight (24.00 the latest).
pub fn parse_clock(field: &str, label: &str, text: Option<&str>) -> Result<Option<u16>> {
    let Some(t) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let bad = || {
        Error::invalid(
            field,
            crate::tr!("err-tidak-sah-tulis-seperti-07", label = label, t = t),
        )
    };
    let (h, m) = t.split_once(['.', ':']).unwrap_or((t, "00"));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(h) || h.len() > 2 || !digits(m) || m.len() != 2 {
        return Err(bad());
    }
    let (h, m): (u16, u16) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if m >= 60 || h * 60 + m > 24 * 60 {
        return Err(bad());
    }
    Ok(Some(h * 60 + m))
}

/// The weekday's index (Monday 0) and its hours, `None` for a day off.
fn check_hours(input: &WorkingHoursInput) -> Result<(usize, Option<Hours>)> {
    if !(1..=7).contains(&input.day) {
        return Err(Error::invalid(
            "day",
            crate::tr!("err-hari-harus-1-senin-sampai"),
        ));
    }
    let mut errs = FieldErrors::default();
    let (open_label, close_label) = (
        crate::tr!("label-jam-masuk"),
        crate::tr!("label-jam-pulang"),
    );
    let open = errs.check(parse_clock("open", &open_label, input.open.as_deref()))?;
    let close = errs.check(parse_clock("close", &close_label, input.close.as_deref()))?;
    errs.finish()?;
    let i = usize::from(input.day - 1);
    let off = crate::tr!("err-day-off-hint");
    match (open.flatten(), close.flatten()) {
        (None, None) => Ok((i, None)),
        (Some(_), None) => Err(Error::invalid(
            "close",
            crate::tr!("err-jam-pulang-wajib-diisi", off = off),
        )),
        (None, Some(_)) => Err(Error::invalid(
            "open",
            crate::tr!("err-jam-masuk-wajib-diisi", off = off),
        )),
        (Some(o), Some(c)) => match Hours::new(o, c) {
            Some(h) => Ok((i, Some(h))),
            None => Err(Error::invalid(
                "close",
                crate::tr!(
                    "err-jam-pulang-harus-sesudah-jam",
                    c = clock_label(c),
                    o = clock_label(o)
                ),
            )),
        },
    }
}

/// The weekday's hours of the week (every signed-in role).
pub fn working_week(store: &Store, actor: &Actor) -> Result<Vec<WorkingDay>> {
    require(actor, Action::Read)?;
    store.with_db(|db| Ok(week_of(&Calendar::load(db)?)))
}

/// Sets one weekday's hours, or makes it a day off; the week keeps at least one working day.
pub fn set_working_hours(
    store: &Store,
    actor: &Actor,
    input: WorkingHoursInput,
) -> Result<Vec<WorkingDay>> {
    require(actor, Action::ManageCalendar)?;
    let (i, hours) = check_hours(&input)?;
    store.with_db_tx(|db| {
        let mut cal = Calendar::load(db)?;
        let before = cal.week[i];
        cal.week[i] = hours;
        if cal.week.iter().all(Option::is_none) {
            return Err(Error::invalid(
                "day",
                crate::tr!("err-paling-sedikit-satu-hari-dalam"),
            ));
        }
        db.execute(
            "UPDATE working_hours SET open_min = ?1, close_min = ?2, saved_at = ?3, saved_by = ?4
             WHERE weekday = ?5",
            args![
                hours.map(Hours::open),
                hours.map(Hours::close),
                timefmt::to_db(timefmt::now()),
                actor.id(),
                input.day,
            ],
        )?;
        let change = FieldChange::new(
            "hours",
            &format!("Jam kerja {}", DAY_NAMES[i]),
            hours_label(before),
            hours_label(hours),
        );
        audit::append(
            db,
            actor.id(),
            "calendar.hours",
            "working_hours",
            DAY_NAMES[i],
            &serde_json::json!({ "changes": [change] }),
        )?;
        Ok(week_of(&cal))
    })
}
