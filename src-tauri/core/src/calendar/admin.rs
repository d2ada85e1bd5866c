//! The admin's side of the working calendar: the hours of each weekday and the holidays (added,
//! removed, listed by year), kept in the store, and [`Calendar::load`] that due times read.
//! Reading is for every signed-in role (a due time shows everywhere); changing is the admin's.

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{clock_label, Calendar, Hours};
use crate::audit::{self, FieldChange};
use crate::auth::Actor;
use crate::db::Store;
use crate::error::{Error, FieldErrors, Result};
use crate::model::check_text;
use crate::permissions::{require, Action};
use crate::timefmt;

/// Monday first, as [`Calendar::week`].
pub const DAY_NAMES: [&str; 7] = [
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
];

/// The years a holiday or a calendar may be asked for: a typo such as 0226 is refused.
const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

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

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Holiday {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// "Jumat, 25 Desember 2026".
    pub date_display: String,
    pub name: String,
    /// False when it falls on a day the office is off anyway (a Sunday holiday moves nothing).
    pub on_working_day: bool,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct NewHoliday {
    /// `YYYY-MM-DD` or 25/12/2026.
    pub date: String,
    pub name: String,
}

/// The week and one year's holidays, for the settings screen.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct OfficeCalendar {
    pub year: i32,
    pub week: Vec<WorkingDay>,
    pub holidays: Vec<Holiday>,
    /// The year's working days, holidays taken off.
    pub working_days: u32,
}

impl Calendar {
    /// The office's calendar as the admin set it (the civil service week until then).
    pub fn load(conn: &Connection) -> Result<Calendar> {
        let mut cal = Calendar::standard();
        let mut stmt = conn.prepare("SELECT weekday, open_min, close_min FROM working_hours")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, Option<i64>>(1)?,
                r.get::<_, Option<i64>>(2)?,
            ))
        })?;
        for row in rows {
            let (day, open, close) = row?;
            let corrupt = || Error::Corrupt(format!("jam kerja hari ke-{day} tidak sah"));
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
        let mut stmt = conn.prepare("SELECT date FROM holidays")?;
        let dates = stmt.query_map([], |r| r.get::<_, String>(0))?;
        for date in dates {
            let date = date?;
            let day = NaiveDate::parse_from_str(&date, "%Y-%m-%d")
                .map_err(|_| Error::Corrupt(format!("tanggal hari libur tidak sah: {date}")))?;
            cal.holidays.insert(day);
        }
        Ok(cal)
    }
}

fn week_of(cal: &Calendar) -> Vec<WorkingDay> {
    cal.week
        .iter()
        .zip(DAY_NAMES)
        .zip(1u8..)
        .map(|((hours, name), day)| WorkingDay {
            day,
            name: name.to_owned(),
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
            format!("{label} «{t}» tidak sah; tulis seperti 07.30."),
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
            "Hari harus 1 (Senin) sampai 7 (Minggu).",
        ));
    }
    let mut errs = FieldErrors::default();
    let open = errs.check(parse_clock("open", "Jam masuk", input.open.as_deref()))?;
    let close = errs.check(parse_clock("close", "Jam pulang", input.close.as_deref()))?;
    errs.finish()?;
    let i = usize::from(input.day - 1);
    let off = "; kosongkan jam masuk dan jam pulang untuk hari libur.";
    match (open.flatten(), close.flatten()) {
        (None, None) => Ok((i, None)),
        (Some(_), None) => Err(Error::invalid(
            "close",
            format!("Jam pulang wajib diisi{off}"),
        )),
        (None, Some(_)) => Err(Error::invalid(
            "open",
            format!("Jam masuk wajib diisi{off}"),
        )),
        (Some(o), Some(c)) => match Hours::new(o, c) {
            Some(h) => Ok((i, Some(h))),
            None => Err(Error::invalid(
                "close",
                format!(
                    "Jam pulang ({}) harus sesudah jam masuk ({}).",
                    clock_label(c),
                    clock_label(o)
                ),
            )),
        },
    }
}

/// The weekday's hours of the week (every signed-in role).
pub fn working_week(store: &Store, actor: &Actor) -> Result<Vec<WorkingDay>> {
    require(actor, Action::Read)?;
    store.with_conn(|c| Ok(week_of(&Calendar::load(c)?)))
}

/// Sets one weekday's hours, or makes it a day off; the week keeps at least one working day.
pub fn set_working_hours(
    store: &Store,
    actor: &Actor,
    input: WorkingHoursInput,
) -> Result<Vec<WorkingDay>> {
    require(actor, Action::ManageCalendar)?;
    let (i, hours) = check_hours(&input)?;
    store.with_tx(|tx| {
        let mut cal = Calendar::load(tx)?;
        let before = cal.week[i];
        cal.week[i] = hours;
        if cal.week.iter().all(Option::is_none) {
            return Err(Error::invalid(
                "day",
                "Paling sedikit satu hari dalam seminggu harus hari kerja.",
            ));
        }
        tx.execute(
            "UPDATE working_hours SET open_min = ?1, close_min = ?2, saved_at = ?3, saved_by = ?4
             WHERE weekday = ?5",
            params![
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
            tx,
            actor.id(),
            "calendar.hours",
            "working_hours",
            DAY_NAMES[i],
            &serde_json::json!({ "changes": [change] }),
        )?;
        Ok(week_of(&cal))
    })
}

/// A holiday as shown, its weekday read from `cal`'s week.
pub(super) fn holiday(cal: &Calendar, date: NaiveDate, name: String) -> Holiday {
    let i = date.weekday().num_days_from_monday() as usize;
    Holiday {
        date: date.to_string(),
        date_display: format!("{}, {}", DAY_NAMES[i], timefmt::format_date(date)),
        name,
        on_working_day: cal.week[i].is_some(),
    }
}

/// The name of the holiday on `date`, if there is one.
pub(super) fn holiday_name(conn: &Connection, date: NaiveDate) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT name FROM holidays WHERE date = ?1",
            [date.to_string()],
            |r| r.get(0),
        )
        .optional()?)
}

pub(super) fn insert_holiday(
    conn: &Connection,
    actor: &Actor,
    date: NaiveDate,
    name: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO holidays (date, name, added_at, added_by) VALUES (?1, ?2, ?3, ?4)",
        params![
            date.to_string(),
            name,
            timefmt::to_db(timefmt::now()),
            actor.id()
        ],
    )?;
    Ok(())
}

/// A holiday's date: as the form writes it, within [`YEARS`].
pub(super) fn check_date(field: &str, text: &str) -> Result<NaiveDate> {
    let date = timefmt::parse_date(field, text)?;
    check_year(field, date.year())?;
    Ok(date)
}

fn check_year(field: &str, year: i32) -> Result<()> {
    if YEARS.contains(&year) {
        return Ok(());
    }
    Err(Error::invalid(
        field,
        format!(
            "Tahun {year} di luar rentang {} sampai {}.",
            YEARS.start(),
            YEARS.end()
        ),
    ))
}

pub(super) fn check_name(field: &str, name: &str) -> Result<()> {
    check_text(field, "Nama hari libur", name, true, 120)
}

fn holidays(conn: &Connection, cal: &Calendar, year: Option<i32>) -> Result<Vec<Holiday>> {
    let (from, to) = match year {
        Some(y) => (format!("{y:04}-01-01"), format!("{:04}-01-01", y + 1)),
        None => (String::new(), "9999".into()),
    };
    let mut stmt = conn
        .prepare("SELECT date, name FROM holidays WHERE date >= ?1 AND date < ?2 ORDER BY date")?;
    let rows = stmt.query_map([from, to], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (date, name) = row?;
        let day = NaiveDate::parse_from_str(&date, "%Y-%m-%d")
            .map_err(|_| Error::Corrupt(format!("tanggal hari libur tidak sah: {date}")))?;
        out.push(holiday(cal, day, name));
    }
    Ok(out)
}

/// The holidays of `year` (all of them when `None`), by date.
pub fn list_holidays(store: &Store, actor: &Actor, year: Option<i32>) -> Result<Vec<Holiday>> {
    require(actor, Action::Read)?;
    if let Some(y) = year {
        check_year("year", y)?;
    }
    store.with_conn(|c| holidays(c, &Calendar::load(c)?, year))
}

/// The week, the holidays of `year` and how many working days the year has.
pub fn office_calendar(store: &Store, actor: &Actor, year: i32) -> Result<OfficeCalendar> {
    require(actor, Action::Read)?;
    check_year("year", year)?;
    store.with_conn(|c| {
        let cal = Calendar::load(c)?;
        let first = NaiveDate::from_ymd_opt(year, 1, 1);
        let days = first.map(|d| d.iter_days().take_while(|d| d.year() == year));
        let working_days = days.map_or(0, |days| days.filter(|d| cal.is_working_day(*d)).count());
        Ok(OfficeCalendar {
            year,
            week: week_of(&cal),
            holidays: holidays(c, &cal, Some(year))?,
            working_days: working_days as u32,
        })
    })
}

/// Adds a holiday (one per date); the due times computed from then on count it off.
pub fn add_holiday(store: &Store, actor: &Actor, input: NewHoliday) -> Result<Holiday> {
    require(actor, Action::ManageCalendar)?;
    let mut errs = FieldErrors::default();
    let date = errs.check(check_date("date", &input.date))?;
    errs.check(check_name("name", &input.name))?;
    errs.finish()?;
    let Some(date) = date else {
        return Err(Error::invalid("date", "Tanggal wajib diisi."));
    };
    let name = input.name.trim();
    store.with_tx(|tx| {
        if let Some(existing) = holiday_name(tx, date)? {
            return Err(Error::invalid(
                "date",
                format!(
                    "{} sudah tercatat sebagai hari libur «{existing}».",
                    timefmt::format_date(date)
                ),
            ));
        }
        insert_holiday(tx, actor, date, name)?;
        audit::append(
            tx,
            actor.id(),
            "holiday.add",
            "holiday",
            &date.to_string(),
            &serde_json::json!({ "date": date.to_string(), "name": name }),
        )?;
        Ok(holiday(&Calendar::load(tx)?, date, name.to_owned()))
    })
}

/// Removes the holiday on `date` (audited with its name); it is a working day again.
pub fn remove_holiday(store: &Store, actor: &Actor, date: &str) -> Result<Holiday> {
    require(actor, Action::ManageCalendar)?;
    let date = check_date("date", date)?;
    store.with_tx(|tx| {
        let Some(name) = holiday_name(tx, date)? else {
            return Err(Error::NotFound(format!(
                "{} bukan hari libur yang tercatat.",
                timefmt::format_date(date)
            )));
        };
        tx.execute("DELETE FROM holidays WHERE date = ?1", [date.to_string()])?;
        audit::append(
            tx,
            actor.id(),
            "holiday.remove",
            "holiday",
            &date.to_string(),
            &serde_json::json!({ "date": date.to_string(), "name": name }),
        )?;
        Ok(holiday(&Calendar::load(tx)?, date, name))
    })
}
