//! Pengaturan → Cadangan: the destination comes from the system's save dialog, opened here in
//! Rust, so the page never names a path; progress streams back over a channel.

use pressdesk_core::backup::{self, BackupProgress, BackupReport};
use pressdesk_core::permissions::{require, Action};
use pressdesk_core::{Error, Result};
use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use crate::commands::blocking;
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
    let dialog = app
        .dialog()
        .file()
        .set_file_name(backup::suggested_name())
        .add_filter("Cadangan PressDesk", &["tar"]);
    let chosen = tauri::async_runtime::spawn_blocking(move || dialog.blocking_save_file())
        .await
        .map_err(|e| Error::Internal(e.to_string()))?;
    let Some(path) = chosen.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    blocking(&store, move |s| {
        let mut last = u64::MAX;
        let mut send = |p: BackupProgress| {
            // At most one message per percent.
            let pct = (p.done * 100).checked_div(p.total).unwrap_or(100);
            if pct != last {
                last = pct;
                let _ = on_progress.send(p);
            }
        };
        backup::backup(s, &actor, &path, &mut send)
    })
    .await
    .map(Some)
}
