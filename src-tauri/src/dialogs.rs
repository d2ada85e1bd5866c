//! The system's file dialogs, opened here in Rust so that the page never names a path, and the
//! progress channel of the long file jobs (backup, restore) at most once per percent.

use std::path::PathBuf;

use pressdesk_core::backup::BackupProgress;
use pressdesk_core::{Error, Result};
use tauri::ipc::Channel;
use tauri::{AppHandle, Wry};
use tauri_plugin_dialog::{DialogExt, FileDialogBuilder, FilePath};

/// Where to save `name`, of the type `(filter, extension)`; `None` when the user cancels.
pub async fn save_path(
    app: &AppHandle,
    name: &str,
    (filter, extension): (&str, &str),
) -> Result<Option<PathBuf>> {
    let dialog = app
        .dialog()
        .file()
        .set_file_name(name)
        .add_filter(filter, &[extension]);
    ask(dialog, FileDialogBuilder::blocking_save_file).await
}

/// Which file of the type `(filter, extension)` to open; `None` when the user cancels.
pub async fn open_path(
    app: &AppHandle,
    title: &str,
    (filter, extension): (&str, &str),
) -> Result<Option<PathBuf>> {
    let dialog = app
        .dialog()
        .file()
        .set_title(title)
        .add_filter(filter, &[extension]);
    ask(dialog, FileDialogBuilder::blocking_pick_file).await
}

/// Which folder to save into; `None` when the user cancels.
pub async fn folder_path(app: &AppHandle, title: &str) -> Result<Option<PathBuf>> {
    let dialog = app.dialog().file().set_title(title);
    ask(dialog, FileDialogBuilder::blocking_pick_folder).await
}

/// TEST ONLY: `PRESSDESK_TEST_SAVE_DIR` names a folder that the evidence save commands use
/// instead of showing the system dialog, which WebDriver cannot drive. Never set it for users:
/// with it, "Simpan" writes there without asking (though still never over an existing file).
pub fn test_save_dir() -> Option<PathBuf> {
    std::env::var_os("PRESSDESK_TEST_SAVE_DIR")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
}

/// The dialog waits for the user on a blocking thread, never on the async runtime.
async fn ask(
    dialog: FileDialogBuilder<Wry>,
    show: fn(FileDialogBuilder<Wry>) -> Option<FilePath>,
) -> Result<Option<PathBuf>> {
    let chosen = tauri::async_runtime::spawn_blocking(move || show(dialog))
        .await
        .map_err(joined)?;
    Ok(chosen.and_then(|p| p.into_path().ok()))
}

/// A blocking task that panicked or was cancelled.
pub fn joined(err: tauri::Error) -> Error {
    Error::Internal(format!("tugas latar belakang berhenti: {err}"))
}

/// Sends backup or restore progress to the page, at most one message per percent.
pub fn per_percent(channel: Channel<BackupProgress>) -> impl FnMut(BackupProgress) {
    let mut last = u64::MAX;
    move |p: BackupProgress| {
        let pct = (p.done * 100).checked_div(p.total).unwrap_or(100);
        if pct != last {
            last = pct;
            let _ = channel.send(p);
        }
    }
}
