//! Commands for the office's filing set-up (issue 13): closing and reopening folders, the label
//! stocks and printer offsets kept in the store, a user's rank, and checking an audit-chain
//! head printed on a ledger. Each delegates to core.

use pressdesk_core::filing::{self, FolderInfo};
use pressdesk_core::label_stocks::{self, LabelSetup, PrintOffset};
use pressdesk_core::model::User;
use pressdesk_core::print::LabelStock;
use pressdesk_core::users;
use pressdesk_core::verify::{self, PrintedHead};
use pressdesk_core::Result;
use tauri::State;

use crate::commands::as_user;
use crate::session::Session;
use crate::Shared;

#[tauri::command]
pub async fn set_folder_closed(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    code: String,
    closed: bool,
    reason: String,
) -> Result<FolderInfo> {
    as_user(&store, &session, move |s, a| {
        filing::set_folder_closed(s, a, &code, closed, &reason)
    })
    .await
}

#[tauri::command]
pub async fn label_setup(
    store: State<'_, Shared>,
    session: State<'_, Session>,
) -> Result<LabelSetup> {
    as_user(&store, &session, label_stocks::label_setup).await
}

#[tauri::command]
pub async fn save_label_stock(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    stock: LabelStock,
) -> Result<LabelSetup> {
    as_user(&store, &session, move |s, a| {
        label_stocks::save_label_stock(s, a, stock)
    })
    .await
}

#[tauri::command]
pub async fn remove_label_stock(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    name: String,
) -> Result<LabelSetup> {
    as_user(&store, &session, move |s, a| {
        label_stocks::remove_label_stock(s, a, &name)
    })
    .await
}

#[tauri::command]
pub async fn save_print_offset(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    input: PrintOffset,
) -> Result<PrintOffset> {
    as_user(&store, &session, move |s, a| {
        label_stocks::save_print_offset(s, a, input)
    })
    .await
}

#[tauri::command]
pub async fn set_user_rank(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    id: i64,
    rank: String,
) -> Result<User> {
    as_user(&store, &session, move |s, a| {
        users::set_user_rank(s, a, id, &rank)
    })
    .await
}

#[tauri::command]
pub async fn find_printed_head(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    head: String,
) -> Result<Option<PrintedHead>> {
    as_user(&store, &session, move |s, a| {
        verify::find_printed_head(s, a, &head)
    })
    .await
}
