//! The office's holidays in the store (national ones, cuti bersama, its own): added and removed
//! by the admin one date at a time (each audited), listed by year, and the year's calendar for
//! the settings screen. Reading is for every signed-in role: a due time shows everywhere.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::week::{week_of, WorkingDay};
use super::Calendar;
use crate::db::Store;
use crate::error::{Error, FieldErrors, Result};
use crate::model::check_text;
use crate::model::Actor;
use crate::permissions::{require, Action};
use crate::sql::{Both, Db};
use crate::timefmt;
use crate::{args, audit};

/// The years a holiday or a calendar may be asked for: a typo such as 0226 is refused.
const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

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

/// A holiday as shown, its weekday read from `cal`'s week.
pub(super) fn holiday(cal: &Calendar, date: NaiveDate, name: String) -> Holiday {
    let i = date.weekday().num_days_from_monday() as usize;
    Holiday {
        date: date.to_string(),
        date_display: timefmt::show_day(date),
        name,
        on_working_day: cal.week[i].is_some(),
    }
}

/// The name of the holiday on `date`, if there is one.
pub(super) fn holiday_name(db: &Db, date: NaiveDate) -> Result<Option<String>> {
    db.query_opt(
        "SELECT name FROM holidays WHERE date = ?1",
        args![date.to_string()],
        |r| r.get(0),
    )
}

/// A holiday removed; the server's desk login has no DELETE.
const REMOVE: Both = Both {
    sqlite: "DELETE FROM holidays WHERE date = ?1",
    postgres: "SELECT remove_holiday(?1)",
};

pub(super) fn insert_holiday(db: &Db, actor: &Actor, date: NaiveDate, name: &str) -> Result<()> {
    db.execute(
        "INSERT INTO holidays (date, name, added_at, added_by) VALUES (?1, ?2, ?3, ?4)",
        args![
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
        crate::tr!(
            "err-tahun-di-luar-rentang-sampai",
            year = year,
            start = YEARS.start(),
            end = YEARS.end()
        ),
    ))
}

pub(super) fn check_name(field: &str, name: &str) -> Result<()> {
    check_text(field, "label-nama-hari-libur", name, true, 120)
}

fn holidays(db: &Db, cal: &Calendar, year: Option<i32>) -> Result<Vec<Holiday>> {
    let (from, to) = match year {
        Some(y) => (format!("{y:04}-01-01"), format!("{:04}-01-01", y + 1)),
        None => (String::new(), "9999".into()),
    };
    let rows = db.query(
        "SELECT date, name FROM holidays WHERE date >= ?1 AND date < ?2 ORDER BY date",
        args![from, to],
    )?;
    let mut out = Vec::new();
    for row in &rows {
        let (date, name): (String, String) = (row.get(0)?, row.get(1)?);
        let day = NaiveDate::parse_from_str(&date, "%Y-%m-%d").map_err(|_| {
            Error::Corrupt(crate::tr!("err-tanggal-hari-libur-tidak-sah", date = date))
        })?;
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
    store.with_db(|db| holidays(db, &Calendar::load(db)?, year))
}

/// The week, the holidays of `year` and how many working days the year has.
pub fn office_calendar(store: &Store, actor: &Actor, year: i32) -> Result<OfficeCalendar> {
    require(actor, Action::Read)?;
    check_year("year", year)?;
    store.with_db(|db| {
        let cal = Calendar::load(db)?;
        let first = NaiveDate::from_ymd_opt(year, 1, 1);
        let days = first.map(|d| d.iter_days().take_while(|d| d.year() == year));
        let working_days = days.map_or(0, |days| days.filter(|d| cal.is_working_day(*d)).count());
        Ok(OfficeCalendar {
            year,
            week: week_of(&cal),
            holidays: holidays(db, &cal, Some(year))?,
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
        return Err(Error::invalid(
            "date",
            crate::tr!("err-tanggal-wajib-diisi"),
        ));
    };
    let name = input.name.trim();
    store.with_db_tx(|db| {
        if let Some(existing) = holiday_name(db, date)? {
            return Err(Error::invalid(
                "date",
                crate::tr!(
                    "err-sudah-tercatat-sebagai-hari-libur",
                    date = timefmt::format_date(date),
                    existing = existing
                ),
            ));
        }
        insert_holiday(db, actor, date, name)?;
        audit::append(
            db,
            actor.id(),
            "holiday.add",
            "holiday",
            &date.to_string(),
            &serde_json::json!({ "date": date.to_string(), "name": name }),
        )?;
        Ok(holiday(&Calendar::load(db)?, date, name.to_owned()))
    })
}

/// Removes the holiday on `date` (audited with its name); it is a working day again.
pub fn remove_holiday(store: &Store, actor: &Actor, date: &str) -> Result<Holiday> {
    require(actor, Action::ManageCalendar)?;
    let date = check_date("date", date)?;
    store.with_db_tx(|db| {
        let Some(name) = holiday_name(db, date)? else {
            return Err(Error::NotFound(crate::tr!(
                "err-bukan-hari-libur-yang-tercatat",
                date = timefmt::format_date(date)
            )));
        };
        db.execute(db.pick(&REMOVE), args![date.to_string()])?;
        audit::append(
            db,
            actor.id(),
            "holiday.remove",
            "holiday",
            &date.to_string(),
            &serde_json::json!({ "date": date.to_string(), "name": name }),
        )?;
        Ok(holiday(&Calendar::load(db)?, date, name))
    })
}
