//! The connection test a desk (or whoever sets one up) runs: can it reach the server, with
//! TLS where it must, as which login, on which schema version; and `verify`'s walk of the
//! server's audit chain from its first event with core's own hash code.

use postgres::Client;

use super::connect::{self, describe, Tls};
use super::migrate;
use crate::args;
use crate::audit::ChainCheck;
use crate::error::{Error, Result};
use crate::sql::Db;

fn db_error(e: postgres::Error) -> Error {
    describe(&e, "server")
}

/// What the connection test found, each line already in Indonesian.
#[derive(Debug, Clone)]
pub struct ServerCheck {
    pub login: String,
    pub server_version: String,
    pub tls: bool,
    pub schema_version: i64,
    pub office: Option<String>,
    /// Whether the login is a desk's (a member of the application role).
    pub is_desk: bool,
}

impl ServerCheck {
    pub fn lines(&self) -> Vec<String> {
        vec![
            crate::tr!(
                "err-tersambung-sebagai-ke-postgresql",
                login = self.login,
                server_version = self.server_version
            ),
            if self.tls {
                crate::tr!("err-sambungan-terlindungi-tls")
            } else {
                crate::tr!("err-sambungan-tanpa-tls-server-di")
            },
            crate::tr!(
                "err-skema-pressdesk-versi-pressdesk-ini",
                schema_version = self.schema_version,
                known_version = migrate::known_version()
            ),
            match &self.office {
                Some(name) => crate::tr!("server-check-office", name = name),
                None => crate::tr!("err-profil-kantor-belum-ada"),
            },
            if self.is_desk {
                crate::tr!("err-login-ini-login-desk-anggota")
            } else {
                crate::tr!("err-login-ini-bukan-login-desk")
            },
        ]
    }
}

/// Connects and reports, or says in Indonesian what is wrong: the host unreachable, a wrong
/// password, a missing database, a schema not set up or of a newer version.
pub fn check(url: &str) -> Result<ServerCheck> {
    let parsed = connect::parse(url)?;
    let mut client = connect::connect_parsed(&parsed)?;
    let version = migrate::version(&mut client)?;
    if version == 0 {
        return Err(Error::Conflict(crate::tr!(
            "err-basis-data-di-belum-disiapkan",
            place = parsed.place
        )));
    }
    migrate::refuse_newer(version)?;
    let row = client
        .query_one(
            "SELECT session_user::text, current_setting('server_version'),
                    (SELECT name FROM pressdesk.office WHERE id = 1),
                    pg_has_role(session_user, current_database() || '_app', 'MEMBER')",
            &[],
        )
        .map_err(db_error)?;
    Ok(ServerCheck {
        login: row.get(0),
        server_version: row.get(1),
        tls: parsed.tls != Tls::Disable,
        schema_version: version,
        office: row.get(2),
        is_desk: row.get(3),
    })
}

/// Walks the server's audit chain from its first event, as `verify` does (one walk over
/// `Db` for both stores), and checks the head row its appends keep.
pub fn verify_chain(db: &Db) -> Result<ChainCheck> {
    let mut check = crate::audit::verify_chain(db, None, |_, _, _| {})?;
    check.faults.extend(head_fault(db, &check)?);
    Ok(check)
}

/// The server's head row (`audit_head`, which `append_audit` moves under its lock) against
/// the last event walked: a removed last event leaves it pointing past the chain.
pub(crate) fn head_fault(db: &Db, check: &ChainCheck) -> Result<Option<String>> {
    let head: Option<String> =
        db.query_opt("SELECT hash FROM audit_head WHERE id = 1", args![], |r| {
            r.get(0)
        })?;
    Ok(
        (head.unwrap_or_else(|| crate::audit::GENESIS.to_owned()) != check.head)
            .then(|| crate::tr!("err-kepala-rantai-server-tidak-sama")),
    )
}

/// Signs a PIN in on the server: the desk hashes the typed PIN with the user's salt, the server
/// compares and counts (its five-try lock), and its verdict is read once that try committed.
pub fn check_pin(client: &mut Client, user_id: i64, pin: &str) -> Result<PinVerdict> {
    let prefix: Option<String> = client
        .query_one("SELECT pressdesk.pin_salt($1)", &[&user_id])
        .map_err(db_error)?
        .get(0);
    // A user without a PIN still makes a try, so that the answer comes from the server.
    let phc = match prefix {
        Some(prefix) => crate::pin::hash_with(pin, &prefix)?,
        None => String::new(),
    };
    let try_id: i64 = client
        .query_one("SELECT pressdesk.check_pin($1, $2)", &[&user_id, &phc])
        .map_err(db_error)?
        .get(0);
    let row = client
        .query_one("SELECT * FROM pressdesk.pin_verdict($1)", &[&try_id])
        .map_err(db_error)?;
    let outcome: String = row.get(0);
    Ok(match outcome.as_str() {
        "ok" => PinVerdict::Ok { try_id },
        "wrong" => PinVerdict::Wrong {
            tries_left: row.get(1),
        },
        "locked" => PinVerdict::Locked { secs: row.get(2) },
        "no_pin" => PinVerdict::NoPin,
        _ => PinVerdict::Inactive,
    })
}

/// The server's answer to a PIN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PinVerdict {
    /// Right; `try_id` is the proof an admin gives `set_pin`.
    Ok {
        try_id: i64,
    },
    Wrong {
        tries_left: i64,
    },
    Locked {
        secs: i64,
    },
    NoPin,
    Inactive,
}
