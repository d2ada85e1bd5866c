//! Commands for the office's working calendar (issue 14): the week's hours and the holidays that
//! "2 hari" counts in. Each delegates to core as the signed-in user.

use pressdesk_core::calendar::{
    self, Holiday, HolidayImport, NewHoliday, OfficeCalendar, WorkingDay, WorkingHoursInput,
};
use pressdesk_core::Result;
use tauri::State;

use crate::commands::as_user;
use crate::session::Session;
use crate::Shared;

#[tauri::command]
pub async fn office_calendar(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    year: i32,
) -> Result<OfficeCalendar> {
    as_user(&store, &session, move |s, a| {
        calendar::office_calendar(s, a, year)
    })
    .await
}

#[tauri::command]
pub async fn set_working_hours(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    input: WorkingHoursInput,
) -> Result<Vec<WorkingDay>> {
    as_user(&store, &session, move |s, a| {
        calendar::set_working_hours(s, a, input)
    })
    .await
}

#[tauri::command]
pub async fn add_holiday(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    input: NewHoliday,
) -> Result<Holiday> {
    as_user(&store, &session, move |s, a| {
        calendar::add_holiday(s, a, input)
    })
    .await
}

#[tauri::command]
pub async fn remove_holiday(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    date: String,
) -> Result<Holiday> {
    as_user(&store, &session, move |s, a| {
        calendar::remove_holiday(s, a, &date)
    })
    .await
}

/// The CSV's text, read by the page from the file the user picked.
#[tauri::command]
pub async fn import_holidays(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    csv: String,
) -> Result<HolidayImport> {
    as_user(&store, &session, move |s, a| {
        calendar::import_holidays(s, a, &csv)
    })
    .await
}
