//! Live updates on a desk of the office's server: a thread hears what other desks did and
//! whether the server answers (core's `Store::listen`), and tells the window as events:
//! `records-changed` (the UI reloads what it shows) and `server-status` (the banner).

use std::sync::atomic::AtomicBool;

use pressdesk_core::sql::Live;
use tauri::{AppHandle, Emitter};

use crate::Shared;

/// Starts the listener when the records live on a server; on SQLite there is nothing to hear.
pub fn start(app: &AppHandle, store: &Shared) {
    if store.server_place().is_none() {
        return;
    }
    let (app, store) = (app.clone(), Shared::clone(store));
    // The thread lives as long as the app: the flag is never set.
    static STOP: AtomicBool = AtomicBool::new(false);
    std::thread::spawn(move || {
        store.listen(&STOP, |live| {
            let _ = match live {
                Live::Changed(records) => app.emit("records-changed", records),
                Live::Online(online) => app.emit("server-status", online),
            };
        })
    });
}
