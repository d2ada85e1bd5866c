//! The media center's monthly duty roster (SOP 001, step 1): who is on duty which day. Set by
//! the roles of the roster step (the Kasi) or the admin, read by everyone, printed for the wall.

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::check_text;
use crate::model::Actor;
use crate::permissions::{require, Action};
use crate::sql::Db;
use crate::workflow::require_act;
use crate::workflow::ActKind;
use crate::{audit, timefmt, users};

/// Who is on duty on one day (replacing what the day had).
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct DutyInput {
    /// `YYYY-MM-DD` or `DD/MM/YYYY`
    pub day: String,
    pub user_ids: Vec<i64>,
    /// "Piket pagi", "Liputan Wali Kota"; may be empty.
    #[serde(default)]
    pub duty: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct DutyDay {
    pub day: String,
    /// "Senin, 7 Desember 2026"
    pub display: String,
    pub people: Vec<String>,
    pub duty: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Roster {
    pub year: i32,
    pub month: u32,
    /// "Desember 2026"
    pub label: String,
    /// Every day of the month, also those without anyone on duty.
    pub days: Vec<DutyDay>,
}

const WEEKDAYS: [&str; 7] = [
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
];

pub fn set_duty(store: &Store, actor: &Actor, input: DutyInput) -> Result<Roster> {
    store.with_conn(|c| match require(actor, Action::ManageOffice) {
        Ok(()) => Ok(()),
        Err(_) => require_act(&Db::Sqlite(c), actor, ActKind::Roster),
    })?;
    let day = timefmt::parse_date("day", &input.day)?;
    check_text("duty", "Tugas", &input.duty, false, 200)?;
    store.with_tx(|tx| {
        let mut names = Vec::new();
        for id in &input.user_ids {
            let user = users::get(tx, *id)
                .map_err(|_| Error::invalid("user_ids", "Petugas tidak dikenal."))?;
            if !user.active {
                return Err(Error::invalid(
                    "user_ids",
                    format!("{} sudah tidak aktif.", user.name),
                ));
            }
            names.push(user.name);
        }
        tx.execute("DELETE FROM duty_roster WHERE day = ?1", [day.to_string()])?;
        for id in &input.user_ids {
            tx.execute(
                "INSERT INTO duty_roster (day, user_id, duty, set_at, set_by)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                rusqlite::params![
                    day.to_string(),
                    id,
                    input.duty.trim(),
                    timefmt::to_db(timefmt::now()),
                    actor.id()
                ],
            )?;
        }
        audit::append(
            &Db::Sqlite(tx),
            actor.id(),
            "roster.set",
            "roster",
            &day.to_string(),
            &serde_json::json!({ "people": names, "duty": input.duty.trim() }),
        )?;
        Ok(())
    })?;
    duty_roster(store, actor, day.year(), day.month())
}

pub fn duty_roster(store: &Store, actor: &Actor, year: i32, month: u32) -> Result<Roster> {
    require(actor, Action::Read)?;
    let first = NaiveDate::from_ymd_opt(year, month, 1)
        .ok_or_else(|| Error::invalid("month", "Bulan atau tahun tidak sah."))?;
    store.with_conn(|c| {
        let mut stmt = c.prepare_cached(
            "SELECT u.name, d.duty FROM duty_roster d JOIN users u ON u.id = d.user_id
             WHERE d.day = ?1 ORDER BY u.name",
        )?;
        let mut days = Vec::new();
        let mut day = first;
        while day.month() == month {
            let rows = stmt.query_map([day.to_string()], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })?;
            let rows = rows.collect::<rusqlite::Result<Vec<_>>>()?;
            days.push(DutyDay {
                day: day.to_string(),
                display: format!(
                    "{}, {}",
                    WEEKDAYS[day.weekday().num_days_from_monday() as usize],
                    timefmt::format_date(day)
                ),
                duty: rows.first().map(|r| r.1.clone()).unwrap_or_default(),
                people: rows.into_iter().map(|r| r.0).collect(),
            });
            day = match day.checked_add_days(Days::new(1)) {
                Some(next) => next,
                None => break,
            };
        }
        Ok(Roster {
            year,
            month,
            label: format!("{} {year}", timefmt::month_name(month)),
            days,
        })
    })
}
