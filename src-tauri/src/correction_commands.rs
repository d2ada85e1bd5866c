//! The Kasi's corrections before paraf: edit, resubmit after a return, withdraw. Each delegates
//! to core in the signed-in user's name.

use pressdesk_core::paraf;
use pressdesk_core::release::{self, ReleaseDetail, ReleaseEdit, WithdrawInput};
use pressdesk_core::Result;
use tauri::State;

use crate::commands::as_user;
use crate::session::Session;
use crate::Shared;

#[tauri::command]
pub async fn edit_release(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    key: String,
    edit: ReleaseEdit,
) -> Result<ReleaseDetail> {
    as_user(&store, &session, move |s, a| {
        release::edit_release(s, a, &key, edit)
    })
    .await
}

#[tauri::command]
pub async fn resubmit_release(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    key: String,
) -> Result<ReleaseDetail> {
    as_user(&store, &session, move |s, a| {
        paraf::resubmit_release(s, a, &key)
    })
    .await
}

#[tauri::command]
pub async fn withdraw_release(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    input: WithdrawInput,
) -> Result<ReleaseDetail> {
    as_user(&store, &session, move |s, a| {
        release::withdraw_release(s, a, input)
    })
    .await
}
