//! The Kasi's check queue with its filters, and the check of several releases at once.

use pressdesk_core::paraf::{self, ActResult, CheckBatchInput, CheckFilter, CheckItem};
use pressdesk_core::Result;
use tauri::State;

use crate::commands::as_user;
use crate::session::Session;
use crate::Shared;

#[tauri::command]
pub async fn check_releases(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    input: CheckBatchInput,
) -> Result<ActResult> {
    as_user(&store, &session, move |s, a| {
        paraf::check_releases(s, a, input)
    })
    .await
}

#[tauri::command]
pub async fn check_queue(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    filter: CheckFilter,
) -> Result<Vec<CheckItem>> {
    as_user(&store, &session, move |s, a| {
        paraf::check_queue(s, a, filter)
    })
    .await
}
