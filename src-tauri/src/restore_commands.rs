//! Pengaturan → Cadangan → Pulihkan: the backup file comes from the system's open dialog,
//! opened here in Rust; core verifies and unpacks it beside the data folder, and a restart puts
//! it in place (`Store::open` does the swap before anything reads the data).

use pressdesk_core::backup::{self, BackupProgress, PreparedRestore};
use pressdesk_core::permissions::{require, Action};
use pressdesk_core::Result;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};

use crate::commands::blocking;
use crate::dialogs;
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
    let title = "Pilih berkas cadangan PressDesk";
    let Some(path) = dialogs::open_path(&app, title, ("Cadangan PressDesk", "tar")).await? else {
        return Ok(None);
    };
    blocking(&store, move |s| {
        backup::prepare_restore(s, &actor, &path, &mut dialogs::per_percent(on_progress))
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
