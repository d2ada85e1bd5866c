//! Which store a desk works on, as the first run (or Pengaturan) chose it: this computer's own
//! SQLite, or the office's server. The server's address sits in `server.json` in the data
//! folder; the desk login's password never does: it is kept in the system keyring (the
//! Secret Service on Linux), under the login and address it belongs to. `PRESSDESK_DB_URL`
//! (a whole URL with its password) overrides both, for the CLI, scripts and tests.

use std::path::{Path, PathBuf};

use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::check::check;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::Actor;
use crate::permissions::Action;

const FILE: &str = "server.json";
const KEYRING_SERVICE: &str = "PressDesk server kantor";

/// The office server a desk connects to, without its password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ServerSettings {
    pub host: String,
    pub port: u16,
    pub database: String,
    /// The desk's login, made by `server desk add`.
    pub login: String,
    /// `disable` (only for a server on this computer), `require` or `verify-full`.
    pub tls: String,
    /// The office's CA certificate, for `verify-full`.
    pub ca_file: Option<String>,
}

/// The connection test's answer, each line in Indonesian.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ServerTest {
    pub lines: Vec<String>,
    pub office: Option<String>,
}

impl ServerSettings {
    /// Each field checked, with the message next to the field it is about.
    fn validate(&self) -> Result<()> {
        let blank = |s: &str| s.trim().is_empty();
        if blank(&self.host) {
            return Err(Error::invalid(
                "host",
                crate::tr!("err-isi-alamat-server-nama-atau"),
            ));
        }
        if self.port == 0 {
            return Err(Error::invalid(
                "port",
                crate::tr!("err-port-server-antara-1-dan"),
            ));
        }
        if blank(&self.database) {
            return Err(Error::invalid(
                "database",
                crate::tr!("err-isi-nama-basis-data-kantor"),
            ));
        }
        if blank(&self.login) {
            return Err(Error::invalid(
                "login",
                crate::tr!("err-isi-login-desk-dari-admin"),
            ));
        }
        match (self.tls.as_str(), self.ca_file.as_deref().map(str::trim)) {
            ("disable" | "require", _) => Ok(()),
            ("verify-full", Some(ca)) if !ca.is_empty() => Ok(()),
            ("verify-full", _) => Err(Error::invalid(
                "ca_file",
                crate::tr!("err-sebutkan-berkas-sertifikat-ca-kantor"),
            )),
            _ => Err(Error::invalid(
                "tls",
                crate::tr!("err-pilih-cara-sambungan-tls"),
            )),
        }
    }

    /// The URL the store connects with.
    pub fn url(&self, password: &str) -> String {
        let enc = |s: &str| utf8_percent_encode(s.trim(), NON_ALPHANUMERIC).to_string();
        let mut url = format!(
            "postgres://{}:{}@{}:{}/{}?sslmode={}",
            enc(&self.login),
            enc(password),
            self.host.trim(),
            self.port,
            enc(&self.database),
            self.tls
        );
        if let Some(ca) = self.ca_file.as_deref().filter(|c| !c.trim().is_empty()) {
            url.push_str(&format!("&sslrootcert={}", enc(ca)));
        }
        url
    }

    /// The keyring entry's name: one password per login and server.
    fn keyring_user(&self) -> String {
        format!(
            "{}@{}:{}/{}",
            self.login.trim(),
            self.host.trim(),
            self.port,
            self.database.trim()
        )
    }
}

/// Connects with these settings and says what it found, or what is wrong, in Indonesian
/// (the host out of reach, a wrong password, no such database, a schema of another version).
pub fn test_server(settings: &ServerSettings, password: &str) -> Result<ServerTest> {
    settings.validate()?;
    let found = check(&settings.url(password))?;
    if !found.is_desk {
        return Err(Error::invalid(
            "login",
            crate::tr!("err-login-bukan-login-desk-minta", login = found.login),
        ));
    }
    Ok(ServerTest {
        lines: found.lines(),
        office: found.office.clone(),
    })
}

/// Who may point this desk at a server (or change its login): anyone while this computer's
/// own store has no office yet (the first run) or while the desk already works on a server
/// (the desk login's password from the server's admin is then the proof: a desk whose password
/// changed must not be locked out), otherwise an admin of the local office.
pub fn may_change(store: &Store, actor: Option<&Actor>) -> Result<()> {
    if store.server_place().is_some() {
        return Ok(());
    }
    crate::office::require_or_first_run(store, actor, Action::ManageOffice)
}

/// Tests the settings, then keeps them: the password in the keyring, the rest in the data
/// folder. The keyring is written first, so a desk never has settings without a password.
pub fn use_server(data_dir: &Path, settings: &ServerSettings, password: &str) -> Result<()> {
    test_server(settings, password)?;
    keyring_entry(settings)?
        .set_password(password)
        .map_err(|e| keyring_error(&e))?;
    let json = serde_json::to_vec_pretty(settings)?;
    crate::files::FileStore::write_export(&data_dir.join(FILE), &json)
}

/// The server URL this desk works on, if it works on one: `PRESSDESK_DB_URL`, else the saved
/// settings with their password from the keyring.
pub fn desk_url(data_dir: &Path) -> Result<Option<String>> {
    if let Some(url) = std::env::var("PRESSDESK_DB_URL")
        .ok()
        .filter(|u| !u.is_empty())
    {
        return Ok(Some(url));
    }
    let Some(settings) = saved(data_dir)? else {
        return Ok(None);
    };
    let password = keyring_entry(&settings)?
        .get_password()
        .map_err(|e| keyring_error(&e))?;
    Ok(Some(settings.url(&password)))
}

/// The server this desk works on, as saved (None: this computer's own store, or a server
/// named only by `PRESSDESK_DB_URL`).
pub fn server_settings(store: &Store) -> Result<Option<ServerSettings>> {
    if store.server_place().is_none() {
        return Ok(None);
    }
    saved(&crate::db::default_data_dir())
}

/// The settings saved in this data folder, if any.
pub fn saved(data_dir: &Path) -> Result<Option<ServerSettings>> {
    let path = settings_path(data_dir);
    match std::fs::read(&path) {
        Ok(bytes) => Ok(Some(serde_json::from_slice(&bytes)?)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::from_io(e)),
    }
}

pub fn settings_path(data_dir: &Path) -> PathBuf {
    data_dir.join(FILE)
}

fn keyring_entry(settings: &ServerSettings) -> Result<keyring::Entry> {
    keyring::Entry::new(KEYRING_SERVICE, &settings.keyring_user()).map_err(|e| keyring_error(&e))
}

fn keyring_error(e: &keyring::Error) -> Error {
    match e {
        keyring::Error::NoEntry => Error::Conflict(crate::tr!("err-kata-sandi-login-desk-tidak")),
        other => Error::Conflict(crate::tr!(
            "err-keyring-sistem-tidak-dapat-dipakai",
            other = other
        )),
    }
}
