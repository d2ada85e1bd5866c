//! Pengaturan → Server kantor and the first run's "Server kantor": test a connection, keep it
//! (the password in the system keyring), or go back to this computer's own store. A change
//! takes effect when the app restarts, as the store is opened once at start.

use pressdesk_core::server::settings::{self, ServerSettings, ServerTest};
use pressdesk_core::Result;
use tauri::{AppHandle, State};

use crate::commands::blocking;
use crate::session::Session;
use crate::Shared;

/// Where this desk's records are: the server's address (None: this computer).
#[tauri::command]
pub async fn server_settings(store: State<'_, Shared>) -> Result<Option<ServerSettings>> {
    blocking(&store, settings::server_settings).await
}

#[tauri::command]
pub async fn test_server(settings: ServerSettings, password: String) -> Result<ServerTest> {
    tauri::async_runtime::spawn_blocking(move || settings::test_server(&settings, &password))
        .await
        .unwrap_or_else(|join| Err(crate::dialogs::joined(join)))
}

/// Keeps the settings and restarts the app on the server.
#[tauri::command]
pub async fn use_server(
    app: AppHandle,
    store: State<'_, Shared>,
    session: State<'_, Session>,
    settings: ServerSettings,
    password: String,
) -> Result<()> {
    let actor = session.actor().ok();
    blocking(&store, move |s| {
        settings::may_change(s, actor.as_ref())?;
        settings::use_server(&pressdesk_core::default_data_dir(), &settings, &password)
    })
    .await?;
    app.restart()
}
