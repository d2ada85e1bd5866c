//! Pengaturan → Cadangan: the destination comes from the system's save dialog, opened here in
//! Rust, so the page never names a path; progress streams back over a channel.

use pressdesk_core::backup::{self, BackupProgress, BackupReport};
use pressdesk_core::permissions::{require, Action};
use pressdesk_core::Result;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};

use crate::commands::blocking;
use crate::dialogs;
use crate::session::Session;
use crate::Shared;

/// Asks where to save, then writes the backup there. `None` when the user cancels.
#[tauri::command]
pub async fn backup_data(
    app: AppHandle,
    store: State<'_, Shared>,
    session: State<'_, Session>,
    on_progress: Channel<BackupProgress>,
) -> Result<Option<BackupReport>> {
    let actor = session.actor()?;
    // Refused before any dialog opens for a role that may not back up.
    require(&actor, Action::Backup)?;
    let name = backup::suggested_name();
    let Some(path) = dialogs::save_path(&app, &name, ("Cadangan PressDesk", "tar")).await? else {
        return Ok(None);
    };
    blocking(&store, move |s| {
        backup::backup(s, &actor, &path, &mut dialogs::per_percent(on_progress))
    })
    .await
    .map(Some)
}
