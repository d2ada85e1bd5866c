//! Connecting to the office's PostgreSQL server: the URL read (with libpq's `sslmode` and
//! `sslrootcert`, which rust-postgres does not know), TLS required unless the server is on this
//! computer, and every failure said in Indonesian so that whoever sets up a desk can act on it.

use std::error::Error as _;
use std::str::FromStr;
use std::time::Duration;

use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode};
use postgres::config::{Host, SslMode};
use postgres::error::SqlState;
use postgres::{Client, Config, NoTls};
use postgres_openssl::MakeTlsConnector;

use crate::error::{Error, Result};

/// How the connection is protected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tls {
    /// No TLS: only for a server on this computer (a unix socket, localhost).
    Disable,
    /// TLS, the server's certificate not checked (an office without its own CA).
    Require,
    /// TLS with the server's certificate checked against the CA file (or the system's roots)
    /// and its name against the host: `sslmode=verify-full`.
    VerifyFull { ca: Option<String> },
}

/// A server URL taken apart: rust-postgres's config and the TLS the URL asks for.
pub struct ServerUrl {
    pub config: Config,
    pub tls: Tls,
    /// "host:port" or the socket folder, for messages.
    pub place: String,
}

/// Whether the configured host is this computer.
fn is_local(config: &Config) -> bool {
    config.get_hosts().iter().all(|h| match h {
        Host::Unix(_) => true,
        Host::Tcp(name) => matches!(name.as_str(), "localhost" | "127.0.0.1" | "::1"),
    })
}

fn place(config: &Config) -> String {
    let port = config.get_ports().first().copied().unwrap_or(5432);
    match config.get_hosts().first() {
        Some(Host::Tcp(h)) => format!("{h}:{port}"),
        Some(Host::Unix(p)) => crate::tr!("server-local-socket", path = p.display()),
        None => format!("localhost:{port}"),
    }
}

/// Reads `postgres://user:password@host:port/db?sslmode=…&sslrootcert=…`.
pub fn parse(url: &str) -> Result<ServerUrl> {
    let bad = |why: &str| {
        Error::invalid(
            "db",
            crate::tr!("err-alamat-server-tidak-sah", url = redact(url), why = why),
        )
    };
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    let (mut mode, mut ca, mut rest) = (None, None, Vec::new());
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        match pair.split_once('=') {
            Some(("sslmode", v)) => mode = Some(v.to_owned()),
            Some(("sslrootcert", v)) => ca = Some(v.to_owned()),
            _ => rest.push(pair),
        }
    }
    let cleaned = if rest.is_empty() {
        base.to_owned()
    } else {
        format!("{base}?{}", rest.join("&"))
    };
    let mut config = Config::from_str(&cleaned).map_err(|e| bad(&e.to_string()))?;
    if config.get_dbname().is_none() {
        return Err(bad(&crate::tr!("server-no-db-name")));
    }
    config.connect_timeout(Duration::from_secs(10));
    let local = is_local(&config);
    let tls = match mode.as_deref() {
        None | Some("disable") | Some("prefer") | Some("allow") if local => Tls::Disable,
        Some("require") | Some("verify-ca") if ca.is_none() => Tls::Require,
        Some("require") | Some("verify-ca") | Some("verify-full") => Tls::VerifyFull { ca },
        None | Some("disable") | Some("prefer") | Some("allow") => {
            return Err(Error::invalid(
                "db",
                crate::tr!("err-server-ada-di-komputer-lain"),
            ))
        }
        Some(other) => return Err(bad(&crate::tr!("err-sslmode-tidak-dikenal", other = other))),
    };
    config.ssl_mode(if tls == Tls::Disable {
        SslMode::Disable
    } else {
        SslMode::Require
    });
    let place = place(&config);
    Ok(ServerUrl { config, tls, place })
}

/// The URL with its password hidden, for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

fn connector(tls: &Tls) -> Result<MakeTlsConnector> {
    let tls_err = |e: openssl::error::ErrorStack| {
        Error::Server(crate::tr!("err-pengaturan-tls-gagal", e = e))
    };
    let mut builder = SslConnector::builder(SslMethod::tls()).map_err(tls_err)?;
    match tls {
        Tls::Require => builder.set_verify(SslVerifyMode::NONE),
        Tls::VerifyFull { ca: Some(ca) } => builder.set_ca_file(ca).map_err(|e| {
            Error::invalid(
                "db",
                crate::tr!("err-berkas-ca-tidak-dapat-dibaca", ca = ca, e = e),
            )
        })?,
        Tls::VerifyFull { ca: None } | Tls::Disable => {}
    }
    Ok(MakeTlsConnector::new(builder.build()))
}

/// Connects; `search_path` is the PressDesk schema.
pub fn connect(url: &str) -> Result<Client> {
    let parsed = parse(url)?;
    connect_parsed(&parsed)
}

pub fn connect_parsed(url: &ServerUrl) -> Result<Client> {
    let client = match &url.tls {
        Tls::Disable => url.config.connect(NoTls),
        tls => url.config.connect(connector(tls)?),
    };
    let mut client = client.map_err(|e| describe(&e, &url.place))?;
    client
        // Statements are prepared once per connection (`PgConn`); each run is still planned
        // for its own values, as an unprepared one is: a generic plan for "these words within
        // this year" read a decade's matches (0.7 s against 25 ms). No JIT: a desk's reads
        // are short, and compiling the ledger's year query took longer (0.2–0.7 s) than
        // running it.
        .batch_execute(
            "SET search_path = pressdesk, pg_catalog; SET plan_cache_mode = force_custom_plan; \
             SET jit = off",
        )
        .map_err(|e| describe(&e, &url.place))?;
    Ok(client)
}

/// A PostgreSQL error in words a person at a desk can act on.
pub fn describe(e: &postgres::Error, place: &str) -> Error {
    if let Some(db) = e.as_db_error() {
        let code = db.code();
        let msg = db.message();
        return Error::Server(if *code == SqlState::INVALID_PASSWORD {
            crate::tr!("err-server-menolak-login-kata-sandi", place = place)
        } else if *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION {
            crate::tr!(
                "err-server-tidak-mengizinkan-login-ini",
                place = place,
                msg = msg
            )
        } else if *code == SqlState::INVALID_CATALOG_NAME {
            crate::tr!("err-basis-data-tidak-ada-di", place = place, msg = msg)
        } else if *code == SqlState::INSUFFICIENT_PRIVILEGE {
            crate::tr!("err-server-menolak-login-ini-tidak", msg = msg)
        } else if *code == SqlState::RAISE_EXCEPTION {
            crate::tr!("err-server-menolak", msg = msg)
        } else {
            crate::tr!("server-db-error", code = code.code(), msg = msg)
        });
    }
    let mut source = e.source();
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            return Error::Offline(crate::tr!(
                "err-server-tidak-dapat-dihubungi-periksa",
                place = place,
                io = io
            ));
        }
        if s.downcast_ref::<openssl::ssl::Error>().is_some()
            || s.downcast_ref::<openssl::error::ErrorStack>().is_some()
        {
            return Error::Server(crate::tr!(
                "err-sambungan-tls-ke-gagal-periksa",
                place = place,
                s = s
            ));
        }
        source = s.source();
    }
    if e.is_closed() {
        return Error::Offline(crate::tr!(
            "err-sambungan-ke-server-terputus",
            place = place
        ));
    }
    let text = e.to_string();
    if text.contains("timed out") || text.contains("timeout") {
        return Error::Offline(crate::tr!(
            "err-server-tidak-menjawab-waktu-habis",
            place = place
        ));
    }
    Error::Server(crate::tr!(
        "server-connection-error",
        place = place,
        text = text
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_server_on_another_computer_needs_tls() {
        let err = parse("postgres://a:b@10.0.0.5/pressdesk")
            .err()
            .expect("refused");
        assert!(err.to_string().contains("wajib TLS"), "{err}");
        assert_eq!(
            parse("postgres://a:b@127.0.0.1/pressdesk")
                .expect("local")
                .tls,
            Tls::Disable
        );
        let url = "postgres://a:b@db.kantor/pressdesk?sslmode=verify-full&sslrootcert=/ca.crt";
        assert_eq!(
            parse(url).expect("tls").tls,
            Tls::VerifyFull {
                ca: Some("/ca.crt".into())
            }
        );
        assert_eq!(
            parse("postgres://a:b@db.kantor/pressdesk?sslmode=require")
                .expect("tls")
                .tls,
            Tls::Require
        );
    }

    #[test]
    fn the_servers_own_socket_needs_no_tls() {
        let url = parse("postgresql://postgres@%2Fvar%2Frun%2Fpostgresql/pressdesk").expect("url");
        assert_eq!(url.tls, Tls::Disable);
        assert!(url.place.contains("soket lokal"), "{}", url.place);
    }

    #[test]
    fn a_password_is_never_shown_in_a_message() {
        assert_eq!(
            redact("postgres://desk:rahasia@h/db"),
            "postgres://desk:***@h/db"
        );
    }
}
