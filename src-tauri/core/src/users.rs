//! The office's people: name, NIP, role, position and whether they are still active.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::db::Store;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::model::{check_text, Actor, Role, User};
use crate::permissions::{require, Action};
use crate::sql::{Both, Db, Dialect, Row};
use crate::timefmt;
use crate::{args, audit};

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NewUser {
    pub name: String,
    pub nip: String,
    pub role: Role,
    pub position: String,
    /// Pangkat/golongan, e.g. "Pembina Utama Muda (IV/c)"; printed under the Kadis's name.
    #[serde(default)]
    #[ts(optional)]
    pub rank: Option<String>,
    /// The user's first PIN (4–12 digits); without one the user cannot sign in yet.
    #[serde(default)]
    pub pin: Option<String>,
}

// The desk's login on the server cannot read `pin_hash` (column privileges): whether a user
// has a PIN is asked of `pin_salt`, NULL exactly when there is no hash.
const COLUMNS: Both = Both {
    sqlite: "id, name, nip, role, position, active, pin_hash IS NOT NULL, saved_initials_sha, \
             rank, lang",
    postgres: "id, name, nip, role, position, active, pin_salt(id) IS NOT NULL, \
               saved_initials_sha, rank, lang",
};

fn select(db: &Db, rest: &str) -> String {
    format!("SELECT {} FROM users {rest}", db.pick(&COLUMNS))
}

fn from_row(r: &Row) -> Result<User> {
    let role: String = r.get(3)?;
    // The CHECK constraint admits only known roles; Kasi is a formal fallback.
    let role = Role::parse(&role).unwrap_or(Role::Kasi);
    Ok(User {
        id: r.get(0)?,
        name: r.get(1)?,
        nip: r.get(2)?,
        role,
        role_label: role.label().to_owned(),
        position: r.get(4)?,
        active: r.get(5)?,
        has_pin: r.get(6)?,
        saved_initials_sha: r.get(7)?,
        rank: r.get(8)?,
        lang: Lang::parse(&r.get::<String>(9)?).unwrap_or_default(),
    })
}

/// A NIP is the 18-digit civil-servant number; spaces typed for readability are dropped.
pub fn normalize_nip(nip: &str) -> Result<String> {
    let digits: String = nip.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() != 18 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::invalid("nip", crate::tr!("err-nip-digits")));
    }
    Ok(digits)
}

/// Checks a new user and hashes the PIN, before any transaction: Argon2 is deliberately slow.
pub(crate) fn prepare(input: &NewUser) -> Result<Option<String>> {
    check_text("name", "label-nama", &input.name, true, 120)?;
    check_text("position", "label-jabatan", &input.position, true, 120)?;
    check_text(
        "rank",
        "label-pangkat-golongan",
        input.rank.as_deref().unwrap_or(""),
        false,
        80,
    )?;
    normalize_nip(&input.nip)?;
    input
        .pin
        .as_deref()
        .filter(|p| !p.is_empty())
        .map(crate::pin::hash_pin)
        .transpose()
}

/// Adds a user (audited). On the server the desk's login cannot write a PIN hash: the PIN is
/// set through the server's `set_pin`, with the admin's PIN check as proof (`admin_try`).
pub(crate) fn insert(
    db: &Db,
    input: &NewUser,
    pin_hash: Option<String>,
    actor: Option<i64>,
    admin_try: Option<i64>,
) -> Result<User> {
    let nip = normalize_nip(&input.nip)?;
    let taken: Option<String> =
        db.query_opt("SELECT name FROM users WHERE nip = ?1", args![nip], |r| {
            r.get(0)
        })?;
    if let Some(other) = taken {
        return Err(Error::invalid(
            "nip",
            crate::tr!("err-nip-taken", name = other),
        ));
    }
    let server = db.dialect() == Dialect::Postgres;
    let id: i64 = db.query_row(
        "INSERT INTO users (name, nip, role, position, active, created_at, rank)
         VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6) RETURNING id",
        args![
            input.name.trim(),
            nip,
            input.role.as_str(),
            input.position.trim(),
            timefmt::to_db(timefmt::now()),
            input.rank.as_deref().unwrap_or("").trim(),
        ],
        |r| r.get(0),
    )?;
    if let Some(hash) = &pin_hash {
        if server {
            // The server audits it as `user.pin_reset`; the hash is in place before the
            // user is read back, so `has_pin` reads true.
            set_pin_on_server(db, id, hash, admin_try, input.role)?;
        } else {
            db.execute(
                "UPDATE users SET pin_hash = ?1 WHERE id = ?2",
                args![hash, id],
            )?;
        }
    }
    let user = get(db, id)?;
    audit::append(
        db,
        actor,
        "user.add",
        "user",
        &id.to_string(),
        &serde_json::json!(user),
    )?;
    Ok(user)
}

/// Sets a PIN hash through the server's `set_pin`; a privileged user's PIN needs an admin's
/// fresh PIN check (`admin_try`), which the server verifies.
pub(crate) fn set_pin_on_server(
    db: &Db,
    id: i64,
    hash: &str,
    admin_try: Option<i64>,
    role: Role,
) -> Result<()> {
    // Given whenever it is fresh, so that the server's audit event names the admin; a
    // Kasi's or Operator's PIN is set without one (by the console, or once it went stale).
    if crate::permissions::is_privileged(role) && admin_try.is_none() {
        return Err(stale_admin_check(role));
    }
    db.execute("SELECT set_pin(?1, ?2, ?3)", args![id, hash, admin_try])
        .map(|_| ())
        .map_err(|e| match e {
            Error::Server(m) if m.contains("admin's PIN check") => stale_admin_check(role),
            other => other,
        })
}

fn stale_admin_check(role: Role) -> Error {
    Error::Forbidden(crate::tr!(
        "err-pin-pengguna-di-server-kantor",
        role = role.label()
    ))
}

pub fn get(db: &Db, id: i64) -> Result<User> {
    db.query_opt(&select(db, "WHERE id = ?1"), args![id], from_row)?
        .ok_or_else(|| Error::NotFound(crate::tr!("err-user-not-found", id = id)))
}

pub fn find_by_nip(db: &Db, nip: &str) -> Result<User> {
    let nip = normalize_nip(nip)?;
    db.query_opt(&select(db, "WHERE nip = ?1"), args![nip], from_row)?
        .ok_or_else(|| Error::NotFound(crate::tr!("err-nip-not-found", nip = nip)))
}

pub fn all(db: &Db) -> Result<Vec<User>> {
    db.query(&select(db, "ORDER BY active DESC, name"), args![])?
        .iter()
        .map(from_row)
        .collect()
}

#[tracing::instrument(skip_all, fields(by = actor.id()))]
pub fn add_user(store: &Store, actor: &Actor, input: NewUser) -> Result<User> {
    crate::permissions::require_user_role(actor, input.role)?;
    let pin_hash = prepare(&input)?;
    let proof = actor.pin_proof();
    store.with_db_tx(|db| insert(db, &input, pin_hash, actor.id(), proof))
}

pub fn list_users(store: &Store) -> Result<Vec<User>> {
    store.with_db(all)
}

pub fn set_user_active(store: &Store, actor: &Actor, id: i64, active: bool) -> Result<User> {
    require(actor, Action::ManageUsers)?;
    if Some(id) == actor.id() && !active {
        return Err(Error::invalid("active", crate::tr!("err-deactivate-self")));
    }
    store.with_db_tx(|db| {
        get(db, id)?;
        db.execute(
            "UPDATE users SET active = ?1 WHERE id = ?2",
            args![active, id],
        )?;
        let user = get(db, id)?;
        audit::append(
            db,
            None,
            "user.update",
            "user",
            &id.to_string(),
            &serde_json::json!(user),
        )?;
        Ok(user)
    })
}

/// The signed-in user's own interface language, kept for the next sign-in and applied to this
/// process's messages at once. Only the user's own row: the language is nobody else's choice.
pub fn set_user_lang(store: &Store, actor: &Actor, lang: Lang) -> Result<User> {
    let me = actor.person()?.id;
    let user = store.with_db_tx(|db| {
        db.execute(
            "UPDATE users SET lang = ?1 WHERE id = ?2",
            args![lang.code(), me],
        )?;
        get(db, me)
    })?;
    crate::i18n::set_lang(lang);
    Ok(user)
}

/// Sets a user's pangkat/golongan (promotions happen; the ledger prints the current one).
pub fn set_user_rank(store: &Store, actor: &Actor, id: i64, rank: &str) -> Result<User> {
    require(actor, Action::ManageUsers)?;
    check_text("rank", "label-pangkat-golongan", rank, false, 80)?;
    store.with_db_tx(|db| {
        let before = get(db, id)?;
        db.execute(
            "UPDATE users SET rank = ?1 WHERE id = ?2",
            args![rank.trim(), id],
        )?;
        let user = get(db, id)?;
        let payload = serde_json::json!({ "before": before.rank, "after": user.rank });
        audit::append(
            db,
            actor.id(),
            "user.rank",
            "user",
            &id.to_string(),
            &payload,
        )?;
        Ok(user)
    })
}
