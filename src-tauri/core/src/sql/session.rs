//! A desk's session with the office's server, as the store holds it: one connection, opened
//! on first use and opened again after the network or the server dropped it, so that the next
//! act after an outage simply works. A cut connection never leaves an act half-done: the
//! server rolls back whatever it did not commit, and the act's error says to try again.

use std::cell::RefCell;
use std::sync::Mutex;

use postgres::Client;

use super::connect::{connect_parsed, parse, ServerUrl};
use super::db::{in_transaction, Db};
use super::migrate::{known_version, refuse_newer, version};
use crate::error::{Error, Result};

pub struct Session {
    url: ServerUrl,
    client: Mutex<Option<RefCell<Client>>>,
}

impl Session {
    /// Connects and checks that the server holds a PressDesk schema this build knows.
    pub fn open(url: &str) -> Result<Session> {
        let parsed = parse(url)?;
        let mut client = connect_parsed(&parsed)?;
        let found = version(&mut client)?;
        refuse_newer(found)?;
        if found == 0 {
            return Err(Error::Conflict(format!(
                "Basis data di {} belum disiapkan untuk PressDesk: jalankan \
                 pressdesk-cli server init.",
                parsed.place
            )));
        }
        if found < known_version() {
            return Err(Error::Conflict(format!(
                "Skema server di {} (versi {found}) lebih lama dari PressDesk ini (versi {}): \
                 admin menjalankan pressdesk-cli server migrate lebih dulu.",
                parsed.place,
                known_version()
            )));
        }
        Ok(Session {
            url: parsed,
            client: Mutex::new(Some(RefCell::new(client))),
        })
    }

    /// "host:port" of the server, for messages and the status line.
    pub fn place(&self) -> &str {
        &self.url.place
    }

    /// Runs `f` with the session, each statement committed on its own.
    pub fn with_db<T>(&self, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        self.with_client(|client| f(&Db::Postgres(client)))
    }

    /// Runs `f` in one transaction: committed when it returns Ok, rolled back otherwise.
    pub fn with_db_tx<T>(&self, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        self.with_client(|client| in_transaction(client, f))
    }

    /// The raw client, for the few server-only calls outside the seam (the PIN check).
    pub fn with_client<T>(&self, f: impl FnOnce(&RefCell<Client>) -> Result<T>) -> Result<T> {
        let mut slot = Slot(self.client.lock().unwrap_or_else(|p| p.into_inner()));
        if slot.0.as_ref().is_none_or(|c| c.borrow().is_closed()) {
            *slot.0 = None;
            *slot.0 = Some(RefCell::new(connect_parsed(&self.url)?));
        }
        let Some(client) = slot.0.as_ref() else {
            return Err(Error::Internal("sesi server hilang".into()));
        };
        let result = f(client);
        if matches!(result, Err(Error::Offline(_))) || client.borrow().is_closed() {
            // Dropped now, so that the next act connects again rather than failing on a dead
            // socket; the server has rolled back whatever this one did not commit.
            *slot.0 = None;
        }
        result
    }
}

/// The locked connection. Should an act panic inside its transaction, the connection is
/// dropped with the lock: the server then rolls back, and the next act cannot find itself
/// inside the dead act's transaction.
struct Slot<'a>(std::sync::MutexGuard<'a, Option<RefCell<Client>>>);

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            *self.0 = None;
        }
    }
}
