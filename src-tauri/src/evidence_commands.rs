//! Evidence out of the app: the video server's address for `<video>`, and the originals saved
//! through the system's save dialog (one file) or folder picker (all of a release). Core copies
//! and checks; the dialogs are opened here so that the page never names a path.

use pressdesk_core::model::EvidenceKind;
use pressdesk_core::originals::{self, SaveReport, SavedOriginal};
use pressdesk_core::Result;
use tauri::{AppHandle, State};

use crate::commands::as_user;
use crate::dialogs;
use crate::protocol::VideoBase;
use crate::session::Session;
use crate::Shared;

/// `http://127.0.0.1:<port>/<token>`: videos play from `<base>/file/<sha256>`.
#[tauri::command]
pub async fn media_base(base: State<'_, VideoBase>) -> Result<String> {
    Ok(base.0.clone())
}

/// Asks where to save the original `sha256` of release `key` (its own name proposed), then
/// writes it there. `None` when the user cancels.
#[tauri::command]
pub async fn save_evidence(
    app: AppHandle,
    store: State<'_, Shared>,
    session: State<'_, Session>,
    key: String,
    sha256: String,
) -> Result<Option<SavedOriginal>> {
    let (k, s) = (key.clone(), sha256.clone());
    let item = as_user(&store, &session, move |st, a| {
        originals::original(st, a, &k, &s)
    })
    .await?;
    // The system dialog has asked before replacing a file; the test folder never replaces.
    let (dest, replace) = match dialogs::test_save_dir() {
        Some(dir) => (dir.join(&item.name), false),
        None => {
            let ext = item.name.rsplit_once('.').map_or("", |(_, e)| e).to_owned();
            let filter = (item.kind_label.as_str(), ext.as_str());
            match dialogs::save_path(&app, &item.name, filter).await? {
                Some(path) => (path, true),
                None => return Ok(None),
            }
        }
    };
    as_user(&store, &session, move |st, a| {
        originals::save_original(st, a, &key, &sha256, &dest, replace)
    })
    .await
    .map(Some)
}

/// Asks for a folder, then saves every original of release `key` (or those of `kind`) into
/// it under their own names. `None` when the user cancels.
#[tauri::command]
pub async fn save_all_evidence(
    app: AppHandle,
    store: State<'_, Shared>,
    session: State<'_, Session>,
    key: String,
    kind: Option<EvidenceKind>,
) -> Result<Option<SaveReport>> {
    let folder = match dialogs::test_save_dir() {
        Some(dir) => dir,
        None => match dialogs::folder_path(&app, "Simpan berkas bukti ke folder").await? {
            Some(dir) => dir,
            None => return Ok(None),
        },
    };
    as_user(&store, &session, move |st, a| {
        originals::save_all(st, a, &key, &folder, kind)
    })
    .await
    .map(Some)
}
