//! Documents the app prints: preview bytes for the in-app viewer, "Simpan" through the system's
//! save dialog (opened from Rust, so the page never names a path), and "Buka/Cetak" in the
//! system PDF viewer from the data folder's `exports/`.

use std::sync::Arc;

use pressdesk_core::files::FileStore;
use pressdesk_core::job::{JobProgress, Jobs};
use pressdesk_core::print::{DocumentRequest, Shown};
use pressdesk_core::{Error, Result};
use tauri::ipc::{Channel, Response};
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;

use crate::commands::as_user;
use crate::dialogs;
use crate::session::Session;
use crate::Shared;

/// Renders for the preview, sending progress to `on_progress`; `cancel_job(job)` stops it.
#[tauri::command]
pub async fn render_document(
    store: State<'_, Shared>,
    session: State<'_, Session>,
    jobs: State<'_, Arc<Jobs>>,
    shown: State<'_, Arc<Shown>>,
    request: DocumentRequest,
    job: String,
    on_progress: Channel<JobProgress>,
) -> Result<Response> {
    let (jobs, shown) = (Arc::clone(&jobs), Arc::clone(&shown));
    let report = move |p: JobProgress| drop(on_progress.send(p));
    let (pdf, _) = as_user(&store, &session, move |s, a| {
        jobs.run(&job, report, |j| shown.render(s, a, &request, j))
    })
    .await?;
    Ok(Response::new(Arc::unwrap_or_clone(pdf)))
}

#[tauri::command]
pub async fn cancel_job(jobs: State<'_, Arc<Jobs>>, job: String) -> Result<bool> {
    Ok(jobs.cancel(&job))
}

/// Asks where to save, then writes the PDF the preview showed there. `None` when cancelled.
#[tauri::command]
pub async fn save_document(
    app: AppHandle,
    store: State<'_, Shared>,
    session: State<'_, Session>,
    shown: State<'_, Arc<Shown>>,
    request: DocumentRequest,
) -> Result<Option<String>> {
    let shown = Arc::clone(&shown);
    let (pdf, name) = as_user(&store, &session, move |s, a| shown.get(s, a, &request)).await?;
    save_through_dialog(&app, &name, ("PDF", "pdf"), Arc::unwrap_or_clone(pdf)).await
}

/// The system's save dialog, opened from Rust so that the page never names a path; writes
/// `bytes` to the chosen file (whole or not at all). `None` when the user cancels.
pub(crate) async fn save_through_dialog(
    app: &AppHandle,
    name: &str,
    (filter, extension): (&str, &str),
    bytes: Vec<u8>,
) -> Result<Option<String>> {
    let Some(path) = dialogs::save_path(app, name, (filter, extension)).await? else {
        return Ok(None);
    };
    let shown = path.display().to_string();
    tauri::async_runtime::spawn_blocking(move || FileStore::write_export(&path, &bytes))
        .await
        .map_err(dialogs::joined)??;
    Ok(Some(shown))
}

/// Writes the PDF to `exports/` in the data folder and opens it in the system viewer.
#[tauri::command]
pub async fn open_document(
    app: AppHandle,
    store: State<'_, Shared>,
    session: State<'_, Session>,
    shown: State<'_, Arc<Shown>>,
    request: DocumentRequest,
) -> Result<()> {
    let shown = Arc::clone(&shown);
    let path = as_user(&store, &session, move |s, a| {
        let (pdf, name) = shown.get(s, a, &request)?;
        let dir = s.dir().join("exports");
        std::fs::create_dir_all(&dir).map_err(Error::from_io)?;
        let path = dir.join(name);
        s.files().write_atomic(&path, &pdf)?;
        Ok(path)
    })
    .await?;
    app.opener()
        .open_path(path.display().to_string(), None::<&str>)
        .map_err(|e| Error::Conflict(format!("Penampil PDF tidak dapat dibuka: {e}")))
}
