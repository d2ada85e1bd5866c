//! A desk's login: one per computer of the office, a member of the application role and
//! nothing more. Its password is made here (strong, random), shown once and kept in that
//! desk's keyring; only its SCRAM verifier reaches the server, so it is never in a server log.
//! Removing a desk ends its login and every session it has open.

use postgres::Client;

use super::connect::{self, describe};
use super::migrate::{quote_ident, Roles};
use super::setup::database_name;
use crate::error::{Error, Result};

fn db_error(e: postgres::Error) -> Error {
    describe(&e, "server")
}

/// The login of desk `name` in database `db`.
pub fn login_name(db: &str, name: &str) -> String {
    format!("{db}_desk_{name}")
}

/// A desk's name: lowercase letters, digits and `_`, a letter first, at most 24 characters
/// ("kasi", "kadis_2", "arsip").
pub fn check_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 24
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if !ok {
        return Err(Error::invalid(
            "desk",
            crate::tr!("err-nama-desk-harus-huruf-kecil", name = name),
        ));
    }
    Ok(())
}

/// 32 characters from 62 (about 190 bits), drawn from OpenSSL's generator.
fn new_password() -> Result<String> {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    let mut out = String::with_capacity(32);
    let mut buf = [0u8; 64];
    while out.len() < 32 {
        openssl::rand::rand_bytes(&mut buf)
            .map_err(|e| Error::Internal(crate::tr!("random-failed", error = e)))?;
        // Rejection sampling: no letter is likelier than another.
        let limit = 256 - 256 % ALPHABET.len();
        for b in buf.iter().map(|&b| usize::from(b)).filter(|&b| b < limit) {
            if out.len() < 32 {
                out.push(char::from(ALPHABET[b % ALPHABET.len()]));
            }
        }
    }
    Ok(out)
}

/// A new desk: its login and password (shown once, never stored by PressDesk on the server).
#[derive(Debug, Clone)]
pub struct NewDesk {
    pub login: String,
    pub password: String,
}

fn exists(client: &mut Client, login: &str) -> Result<bool> {
    Ok(client
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)",
            &[&login],
        )
        .map_err(db_error)?
        .get(0))
}

/// Adds desk `name`, as the server's administrator.
pub fn desk_add(url: &str, name: &str) -> Result<NewDesk> {
    check_name(name)?;
    let mut client = connect::connect(url)?;
    let db = database_name(&mut client)?;
    let login = login_name(&db, name);
    if exists(&mut client, &login)? {
        return Err(Error::Conflict(crate::tr!(
            "err-desk-sudah-ada-login-hapus",
            name = name,
            login = login
        )));
    }
    let password = new_password()?;
    let verifier = postgres_protocol::password::scram_sha_256(password.as_bytes());
    let roles = Roles::of(&db);
    client
        .batch_execute(&format!(
            "CREATE ROLE {login} LOGIN PASSWORD '{verifier}' NOSUPERUSER NOCREATEDB NOCREATEROLE \
             NOREPLICATION INHERIT CONNECTION LIMIT 20 IN ROLE {app}",
            login = quote_ident(&login),
            app = quote_ident(&roles.app),
        ))
        .map_err(db_error)?;
    Ok(NewDesk { login, password })
}

/// Removes desk `name`: its login can no longer connect, and its open sessions end now.
pub fn desk_remove(url: &str, name: &str) -> Result<String> {
    check_name(name)?;
    let mut client = connect::connect(url)?;
    let db = database_name(&mut client)?;
    let login = login_name(&db, name);
    if !exists(&mut client, &login)? {
        return Err(Error::NotFound(crate::tr!(
            "err-desk-tidak-ada-login",
            name = name,
            login = login
        )));
    }
    // No new session first, then the open ones end, then the login goes.
    client
        .batch_execute(&format!("ALTER ROLE {} NOLOGIN", quote_ident(&login)))
        .map_err(db_error)?;
    client
        .execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1",
            &[&login],
        )
        .map_err(db_error)?;
    client
        .batch_execute(&format!("DROP ROLE {}", quote_ident(&login)))
        .map_err(db_error)?;
    Ok(login)
}

/// The desks of this database.
pub fn desk_list(url: &str) -> Result<Vec<String>> {
    let mut client = connect::connect(url)?;
    let db = database_name(&mut client)?;
    let prefix = login_name(&db, "");
    let rows = client
        .query(
            "SELECT substr(m.rolname, length($1) + 1) FROM pg_roles m
             JOIN pg_auth_members am ON am.member = m.oid
             JOIN pg_roles a ON a.oid = am.roleid
             WHERE a.rolname = $2 AND m.rolname LIKE $1 || '%' ORDER BY 1",
            &[&prefix, &Roles::of(&db).app],
        )
        .map_err(db_error)?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_desk_password_is_long_and_never_the_same_twice() {
        let (a, b) = (new_password().expect("a"), new_password().expect("b"));
        assert_eq!(a.len(), 32);
        assert_ne!(a, b);
        assert!(a.bytes().all(|c| c.is_ascii_alphanumeric()));
    }

    #[test]
    fn a_desk_name_is_a_plain_word() {
        assert!(check_name("kasi_2").is_ok());
        for bad in ["", "Kasi", "2kasi", "kasi; DROP", "kasi-1"] {
            assert!(check_name(bad).is_err(), "{bad}");
        }
    }
}
