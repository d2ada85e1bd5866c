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
use crate::sql::Both;
use crate::workflow::require_act;
use crate::workflow::ActKind;
use crate::{args, audit, timefmt, users};

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

/// A day's roster is replaced whole; the server's desk login has no DELETE.
const CLEAR_DAY: Both = Both {
    sqlite: "DELETE FROM duty_roster WHERE day = ?1",
    postgres: "SELECT remove_duty_day(?1)",
};

pub fn set_duty(store: &Store, actor: &Actor, input: DutyInput) -> Result<Roster> {
    store.with_db(|db| match require(actor, Action::ManageOffice) {
        Ok(()) => Ok(()),
        Err(_) => require_act(db, actor, ActKind::Roster),
    })?;
    let day = timefmt::parse_date("day", &input.day)?;
    check_text("duty", "label-tugas", &input.duty, false, 200)?;
    store.with_db_tx(|db| {
        let mut names = Vec::new();
        for id in &input.user_ids {
            let user = users::get(db, *id)
                .map_err(|_| Error::invalid("user_ids", crate::tr!("err-petugas-tidak-dikenal")))?;
            if !user.active {
                return Err(Error::invalid(
                    "user_ids",
                    crate::tr!("err-user-inactive", name = user.name),
                ));
            }
            names.push(user.name);
        }
        db.execute(db.pick(&CLEAR_DAY), args![day.to_string()])?;
        for id in &input.user_ids {
            db.execute(
                "INSERT INTO duty_roster (day, user_id, duty, set_at, set_by)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                args![
                    day.to_string(),
                    id,
                    input.duty.trim(),
                    timefmt::to_db(timefmt::now()),
                    actor.id()
                ],
            )?;
        }
        audit::append(
            db,
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
        .ok_or_else(|| Error::invalid("month", crate::tr!("err-bulan-atau-tahun-tidak-sah")))?;
    let next = first
        .checked_add_months(chrono::Months::new(1))
        .ok_or_else(|| Error::invalid("month", crate::tr!("err-bulan-atau-tahun-tidak-sah")))?;
    store.with_db(|db| {
        // The month in one query (a round trip to the server, not one a day).
        let mut month_rows = db
            .query(
                "SELECT d.day, u.name, d.duty FROM duty_roster d JOIN users u ON u.id = d.user_id
                 WHERE d.day >= ?1 AND d.day < ?2 ORDER BY d.day, u.name",
                args![first.to_string(), next.to_string()],
            )?
            .iter()
            .map(|r| {
                Ok((
                    r.get::<String>(0)?,
                    (r.get::<String>(1)?, r.get::<String>(2)?),
                ))
            })
            .collect::<Result<Vec<_>>>()?
            .into_iter()
            .peekable();
        let mut days = Vec::new();
        let mut day = first;
        while day.month() == month {
            let key = day.to_string();
            let mut of_day = Vec::new();
            while let Some((_, person)) = month_rows.next_if(|(d, _)| *d == key) {
                of_day.push(person);
            }
            let rows = of_day;
            days.push(DutyDay {
                day: day.to_string(),
                display: timefmt::show_day(day),
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
            label: format!("{} {year}", timefmt::show_month(month)),
            days,
        })
    })
}
