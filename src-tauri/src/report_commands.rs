//! Commands of the Laporan screen: the SOP time report and the published-releases report as
//! data for the screen, and the agenda exported as CSV or XLSX through the save dialog.

use pressdesk_core::period::Period;
use pressdesk_core::reports::{self, PublishedRow, SopReport};
use pressdesk_core::Result;
use tauri::{AppHandle, State};

use crate::commands::as_user;
use crate::documents::save_through_dialog;
use crate::session::Session;
use crate::Shared;

#[tauri::command]
pub async fn sop_time_report(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    year: i32,
    month: Option<u32>,
) -> Result<SopReport> {
    as_user(&store, &session, move |s, a| {
        reports::sop_time_report(s, a, year, month)
    })
    .await
}

#[tauri::command]
pub async fn published_report(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    period: Period,
) -> Result<Vec<PublishedRow>> {
    as_user(&store, &session, move |s, a| {
        reports::published_report(s, a, &period)
    })
    .await
}

/// Asks where to save the agenda of `period` as `format` (csv or xlsx); `None` when cancelled.
#[tauri::command]
pub async fn export_agenda(
    app: AppHandle,
    store: State<'_, Shared>,
    session: State<'_, Session>,
    period: Period,
    format: String,
) -> Result<Option<String>> {
    let (bytes, name, ext) = as_user(&store, &session, move |s, a| {
        let bytes = reports::export_agenda(s, a, &period, &format)?;
        let ext = format.trim().to_ascii_lowercase();
        Ok((bytes, format!("buku-agenda-{}.{ext}", period.slug()), ext))
    })
    .await?;
    let filter = if ext == "csv" { "CSV" } else { "Excel" };
    save_through_dialog(&app, &name, (filter, &ext), bytes).await
}
