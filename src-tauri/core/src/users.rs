//! The office's people: name, NIP, role and position. Sign-in with PINs comes with paraf.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::audit;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::{check_text, Role};
use crate::timefmt;

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NewUser {
    pub name: String,
    pub nip: String,
    pub role: Role,
    pub position: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct User {
    pub id: i64,
    pub name: String,
    pub nip: String,
    pub role: Role,
    pub role_label: String,
    pub position: String,
    pub active: bool,
}

const COLUMNS: &str = "id, name, nip, role, position, active";

fn from_row(r: &Row) -> rusqlite::Result<(i64, String, String, String, String, bool)> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
    ))
}

fn to_user(row: (i64, String, String, String, String, bool)) -> Result<User> {
    let (id, name, nip, role, position, active) = row;
    let role = Role::parse(&role)?;
    Ok(User {
        id,
        name,
        nip,
        role,
        role_label: role.label().to_owned(),
        position,
        active,
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

pub(crate) fn insert(conn: &Connection, input: &NewUser, actor: Option<i64>) -> Result<User> {
    check_text("name", "Nama", &input.name, true, 120)?;
    check_text("position", "Jabatan", &input.position, true, 120)?;
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
        "INSERT INTO users (name, nip, role, position, active, created_at)
         VALUES (?1, ?2, ?3, ?4, 1, ?5)",
        params![
            input.name.trim(),
            nip,
            input.role.as_str(),
            input.position.trim(),
            timefmt::to_db(timefmt::now())
        ],
    )?;
    let id = conn.last_insert_rowid();
    let user = get(conn, id)?;
    audit::append(
        conn,
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
    .and_then(to_user)
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
    .and_then(to_user)
}

pub fn all(conn: &Connection) -> Result<Vec<User>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM users ORDER BY active DESC, name"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    rows.map(|r| to_user(r?)).collect()
}

pub fn add_user(store: &Store, input: NewUser) -> Result<User> {
    store.with_tx(|tx| insert(tx, &input, None))
}

pub fn list_users(store: &Store) -> Result<Vec<User>> {
    store.with_conn(all)
}

pub fn set_user_active(store: &Store, id: i64, active: bool) -> Result<User> {
    store.with_tx(|tx| {
        get(tx, id)?;
        tx.execute(
            "UPDATE users SET active = ?1 WHERE id = ?2",
            params![active, id],
        )?;
        let user = get(tx, id)?;
        audit::append(
            tx,
            None,
            "user.update",
            "user",
            &id.to_string(),
            &serde_json::json!(user),
        )?;
        Ok(user)
    })
}
