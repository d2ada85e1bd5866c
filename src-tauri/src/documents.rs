//! Documents the app prints: preview bytes for the in-app viewer, "Simpan" through the system's
//! save dialog (opened from Rust, so the page never names a path), and "Buka/Cetak" in the
//! system PDF viewer from the data folder's `exports/`.

use pressdesk_core::print::{self, DocumentRequest};
use pressdesk_core::{Error, Result};
use tauri::ipc::Response;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

use crate::commands::blocking;
use crate::Shared;

#[tauri::command]
pub async fn render_document(
    store: State<'_, Shared>,
    request: DocumentRequest,
) -> Result<Response> {
    let (pdf, _) = blocking(&store, move |s| print::render_document(s, &request)).await?;
    Ok(Response::new(pdf))
}

/// Asks where to save, then writes the PDF there. `None` when the user cancels.
#[tauri::command]
pub async fn save_document(
    app: AppHandle,
    store: State<'_, Shared>,
    request: DocumentRequest,
) -> Result<Option<String>> {
    let (pdf, name) = blocking(&store, move |s| print::render_document(s, &request)).await?;
    let dialog = app
        .dialog()
        .file()
        .set_file_name(&name)
        .add_filter("PDF", &["pdf"]);
    let chosen = tauri::async_runtime::spawn_blocking(move || dialog.blocking_save_file())
        .await
        .map_err(|e| Error::Internal(e.to_string()))?;
    let Some(path) = chosen.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    std::fs::write(&path, pdf).map_err(Error::from_io)?;
    Ok(Some(path.display().to_string()))
}

/// Writes the PDF to `exports/` in the data folder and opens it in the system viewer.
#[tauri::command]
pub async fn open_document(
    app: AppHandle,
    store: State<'_, Shared>,
    request: DocumentRequest,
) -> Result<()> {
    let path = blocking(&store, move |s| {
        let (pdf, name) = print::render_document(s, &request)?;
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
