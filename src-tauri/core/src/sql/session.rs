//! A desk's session with the office's server, as the store holds it: one connection, opened
//! on first use and opened again after the network or the server dropped it, so that the next
//! act after an outage simply works. A cut connection never leaves an act half-done: the
//! server rolls back whatever it did not commit, and the act's error says to try again.

use std::sync::Mutex;

use postgres::Client;

use super::connect::{connect_parsed, parse, ServerUrl};
use super::db::{in_transaction, Db, PgConn};
use super::migrate::{known_version, refuse_newer, version};
use crate::error::{Error, Result};

pub struct Session {
    /// The server, or why this desk cannot reach any (its settings could not be read).
    url: std::result::Result<ServerUrl, String>,
    client: Mutex<Option<PgConn>>,
    /// "server kantor": the place named when the settings could not be read.
    unknown_place: String,
}

impl Session {
    /// Connects and checks that the server holds a PressDesk schema this build knows. A server
    /// out of reach is not an error yet: the desk starts, says so on its first act, and
    /// connects as soon as the server answers.
    pub fn open(url: &str) -> Result<Session> {
        let parsed = parse(url)?;
        let client = match connect_checked(&parsed) {
            Ok(client) => Some(PgConn::new(client)),
            Err(Error::Offline(_)) => None,
            Err(e) => return Err(e),
        };
        Ok(Session {
            url: Ok(parsed),
            client: Mutex::new(client),
            unknown_place: crate::tr!("server-office"),
        })
    }

    /// A session that can only say why the desk cannot work (its saved server settings or
    /// password could not be read), so that the app still opens and offers to change them.
    pub fn unusable(why: String) -> Session {
        Session {
            url: Err(why),
            client: Mutex::new(None),
            unknown_place: crate::tr!("server-office"),
        }
    }

    /// "host:port" of the server, for messages and the status line.
    pub fn place(&self) -> &str {
        self.url
            .as_ref()
            .map_or(self.unknown_place.as_str(), |u| u.place.as_str())
    }

    /// A connection of its own to the same server (the live listener's).
    pub(crate) fn connect_own(&self) -> Result<Client> {
        let url = self
            .url
            .as_ref()
            .map_err(|why| Error::Server(why.clone()))?;
        connect_checked(url)
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
    pub fn with_client<T>(&self, f: impl FnOnce(&PgConn) -> Result<T>) -> Result<T> {
        let url = self
            .url
            .as_ref()
            .map_err(|why| Error::Server(why.clone()))?;
        let mut slot = Slot(self.client.lock().unwrap_or_else(|p| p.into_inner()));
        if slot.0.as_ref().is_none_or(|c| c.client().is_closed()) {
            *slot.0 = None;
            *slot.0 = Some(PgConn::new(connect_checked(url)?));
        }
        let Some(client) = slot.0.as_ref() else {
            return Err(Error::Internal(crate::tr!("server-session-lost")));
        };
        let result = f(client);
        if matches!(result, Err(Error::Offline(_))) || client.client().is_closed() {
            // Dropped now, so that the next act connects again rather than failing on a dead
            // socket; the server has rolled back whatever this one did not commit.
            *slot.0 = None;
        }
        result
    }
}

/// A connection to a server whose schema this build knows: set up (not empty) and neither
/// older (the admin migrates it first) nor newer (this desk is updated first).
fn connect_checked(url: &ServerUrl) -> Result<Client> {
    let mut client = connect_parsed(url)?;
    let found = version(&mut client)?;
    refuse_newer(found)?;
    if found == 0 {
        return Err(Error::Conflict(crate::tr!(
            "err-basis-data-di-belum-disiapkan",
            place = url.place
        )));
    }
    if found < known_version() {
        return Err(Error::Conflict(crate::tr!(
            "err-skema-server-di-versi-lebih",
            place = url.place,
            found = found,
            known_version = known_version()
        )));
    }
    Ok(client)
}

/// The locked connection. Should an act panic inside its transaction, the connection is
/// dropped with the lock: the server then rolls back, and the next act cannot find itself
/// inside the dead act's transaction.
struct Slot<'a>(std::sync::MutexGuard<'a, Option<PgConn>>);

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            *self.0 = None;
        }
    }
}
