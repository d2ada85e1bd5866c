//! The office's people: name, NIP, role, position and whether they are still active.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::audit;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::{check_text, Actor, Role, User};
use crate::permissions::{require, Action};
use crate::sql::Db;
use crate::timefmt;

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

const COLUMNS: &str =
    "id, name, nip, role, position, active, pin_hash IS NOT NULL, saved_initials_sha, rank";

fn from_row(r: &Row) -> rusqlite::Result<User> {
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
    })
}

/// A NIP is the 18-digit civil-servant number; spaces typed for readability are dropped.
pub fn normalize_nip(nip: &str) -> Result<String> {
    let digits: String = nip.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() != 18 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::invalid("nip", "NIP harus 18 angka."));
    }
    Ok(digits)
}

/// Checks a new user and hashes the PIN, before any transaction: Argon2 is deliberately slow.
pub(crate) fn prepare(input: &NewUser) -> Result<Option<String>> {
    check_text("name", "Nama", &input.name, true, 120)?;
    check_text("position", "Jabatan", &input.position, true, 120)?;
    check_text(
        "rank",
        "Pangkat/golongan",
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

pub(crate) fn insert(
    conn: &Connection,
    input: &NewUser,
    pin_hash: Option<String>,
    actor: Option<i64>,
) -> Result<User> {
    let nip = normalize_nip(&input.nip)?;
    let taken: Option<String> = conn
        .query_row("SELECT name FROM users WHERE nip = ?1", [&nip], |r| {
            r.get(0)
        })
        .optional()?;
    if let Some(other) = taken {
        return Err(Error::invalid(
            "nip",
            format!("NIP ini sudah dipakai oleh {other}."),
        ));
    }
    conn.execute(
        "INSERT INTO users (name, nip, role, position, active, created_at, pin_hash, rank)
         VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6, ?7)",
        params![
            input.name.trim(),
            nip,
            input.role.as_str(),
            input.position.trim(),
            timefmt::to_db(timefmt::now()),
            pin_hash,
            input.rank.as_deref().unwrap_or("").trim(),
        ],
    )?;
    let id = conn.last_insert_rowid();
    let user = get(conn, id)?;
    audit::append(
        &Db::Sqlite(conn),
        actor,
        "user.add",
        "user",
        &id.to_string(),
        &serde_json::json!(user),
    )?;
    Ok(user)
}

pub fn get(conn: &Connection, id: i64) -> Result<User> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM users WHERE id = ?1"),
        [id],
        from_row,
    )
    .optional()?
    .ok_or_else(|| Error::NotFound(format!("Pengguna #{id} tidak ditemukan.")))
}

pub fn find_by_nip(conn: &Connection, nip: &str) -> Result<User> {
    let nip = normalize_nip(nip)?;
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM users WHERE nip = ?1"),
        [&nip],
        from_row,
    )
    .optional()?
    .ok_or_else(|| Error::NotFound(format!("Tidak ada pengguna dengan NIP {nip}.")))
}

pub fn all(conn: &Connection) -> Result<Vec<User>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM users ORDER BY active DESC, name"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn add_user(store: &Store, actor: &Actor, input: NewUser) -> Result<User> {
    crate::permissions::require_user_role(actor, input.role)?;
    let pin_hash = prepare(&input)?;
    store.with_tx(|tx| insert(tx, &input, pin_hash, actor.id()))
}

pub fn list_users(store: &Store) -> Result<Vec<User>> {
    store.with_conn(all)
}

pub fn set_user_active(store: &Store, actor: &Actor, id: i64, active: bool) -> Result<User> {
    require(actor, Action::ManageUsers)?;
    if Some(id) == actor.id() && !active {
        return Err(Error::invalid(
            "active",
            "Anda tidak dapat menonaktifkan diri sendiri.",
        ));
    }
    store.with_tx(|tx| {
        get(tx, id)?;
        tx.execute(
            "UPDATE users SET active = ?1 WHERE id = ?2",
            params![active, id],
        )?;
        let user = get(tx, id)?;
        audit::append(
            &Db::Sqlite(tx),
            None,
            "user.update",
            "user",
            &id.to_string(),
            &serde_json::json!(user),
        )?;
        Ok(user)
    })
}

/// Sets a user's pangkat/golongan (promotions happen; the ledger prints the current one).
pub fn set_user_rank(store: &Store, actor: &Actor, id: i64, rank: &str) -> Result<User> {
    require(actor, Action::ManageUsers)?;
    check_text("rank", "Pangkat/golongan", rank, false, 80)?;
    store.with_tx(|tx| {
        let before = get(tx, id)?;
        tx.execute(
            "UPDATE users SET rank = ?1 WHERE id = ?2",
            params![rank.trim(), id],
        )?;
        let user = get(tx, id)?;
        let payload = serde_json::json!({ "before": before.rank, "after": user.rank });
        audit::append(
            &Db::Sqlite(tx),
            actor.id(),
            "user.rank",
            "user",
            &id.to_string(),
            &payload,
        )?;
        Ok(user)
    })
}
