//! Pengaturan → Cadangan → Pulihkan: the backup file comes from the system's open dialog,
//! opened here in Rust; core verifies and unpacks it beside the data folder, and a restart puts
//! it in place (`Store::open` does the swap before anything reads the data).

use pressdesk_core::backup::{self, BackupProgress, PreparedRestore};
use pressdesk_core::permissions::{require, Action};
use pressdesk_core::{Error, Result};
use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use crate::commands::blocking;
use crate::session::Session;
use crate::Shared;

/// Asks for the backup file, then verifies and prepares it. `None` when the user cancels.
#[tauri::command]
pub async fn prepare_restore(
    app: AppHandle,
    store: State<'_, Shared>,
    session: State<'_, Session>,
    on_progress: Channel<BackupProgress>,
) -> Result<Option<PreparedRestore>> {
    let actor = session.actor()?;
    // Refused before any dialog opens for a role that may not restore.
    require(&actor, Action::Restore)?;
    let dialog = app
        .dialog()
        .file()
        .set_title("Pilih berkas cadangan PressDesk")
        .add_filter("Cadangan PressDesk", &["tar"]);
    let chosen = tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_file())
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
        backup::prepare_restore(s, &actor, &path, &mut send)
    })
    .await
    .map(Some)
}

/// Restarts the app so that the prepared restore takes the data folder's place.
#[tauri::command]
pub async fn restart_app(app: AppHandle, session: State<'_, Session>) -> Result<()> {
    require(&session.actor()?, Action::Restore)?;
    app.restart()
}
