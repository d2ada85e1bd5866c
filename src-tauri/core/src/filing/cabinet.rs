//! The filing cabinet: cabinets (lemari), drawers (laci) and folders (map/ordner) with a
//! capacity, the folder to suggest next, and the location written on labels and in the index.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::audit;
use crate::auth::Actor;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::check_text;
use crate::permissions::{require, Action};

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct FolderInfo {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub cabinet: String,
    pub drawer: String,
    pub capacity: i64,
    pub used: i64,
    pub closed: bool,
    /// "Lemari A · Laci 1 · Map 2026-01"
    pub location: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct NewFolder {
    pub cabinet: String,
    pub drawer: String,
    pub code: String,
    pub name: String,
    pub capacity: i64,
}

const FOLDER_SELECT: &str = "SELECT f.id, f.code, f.name, c.code, d.code, f.capacity,
        (SELECT count(*) FROM filings WHERE folder_id = f.id), f.closed
    FROM folders f JOIN drawers d ON d.id = f.drawer_id JOIN cabinets c ON c.id = d.cabinet_id";

fn folder_from_row(r: &rusqlite::Row) -> rusqlite::Result<FolderInfo> {
    let (cabinet, drawer, code): (String, String, String) = (r.get(3)?, r.get(4)?, r.get(1)?);
    Ok(FolderInfo {
        id: r.get(0)?,
        location: format!("Lemari {cabinet} · Laci {drawer} · Map {code}"),
        code,
        name: r.get(2)?,
        cabinet,
        drawer,
        capacity: r.get(5)?,
        used: r.get(6)?,
        closed: r.get(7)?,
    })
}

pub fn list_folders(store: &Store, actor: &Actor) -> Result<Vec<FolderInfo>> {
    require(actor, Action::Read)?;
    store.with_conn(|c| {
        let mut stmt = c.prepare(&format!("{FOLDER_SELECT} ORDER BY c.code, d.code, f.code"))?;
        let rows = stmt.query_map([], folder_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    })
}

pub(crate) fn folder_by_code(conn: &Connection, code: &str) -> Result<FolderInfo> {
    conn.query_row(
        &format!("{FOLDER_SELECT} WHERE f.code = ?1"),
        [code.trim()],
        folder_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::invalid("folder", format!("Map «{code}» tidak ada.")))
}

pub(crate) fn folder_by_id(conn: &Connection, id: i64) -> Result<FolderInfo> {
    Ok(conn.query_row(
        &format!("{FOLDER_SELECT} WHERE f.id = ?1"),
        [id],
        folder_from_row,
    )?)
}

/// The folder to suggest: folders fill in the order they were made, so the oldest open folder
/// that still has room.
pub fn suggested_folder(conn: &Connection) -> Result<Option<FolderInfo>> {
    Ok(conn
        .query_row(
            &format!(
                "{FOLDER_SELECT} WHERE f.closed = 0
                 AND (SELECT count(*) FROM filings WHERE folder_id = f.id) < f.capacity
                 ORDER BY f.id LIMIT 1"
            ),
            [],
            folder_from_row,
        )
        .optional()?)
}

/// Makes a folder, and its cabinet and drawer when they are new.
pub fn add_folder(store: &Store, actor: &Actor, input: NewFolder) -> Result<FolderInfo> {
    require(actor, Action::ManageFiling)?;
    check_text("cabinet", "Lemari", &input.cabinet, true, 20)?;
    check_text("drawer", "Laci", &input.drawer, true, 20)?;
    check_text("code", "Kode map", &input.code, true, 30)?;
    check_text("name", "Nama map", &input.name, false, 120)?;
    if !(1..=10_000).contains(&input.capacity) {
        return Err(Error::invalid(
            "capacity",
            "Daya tampung map harus 1 sampai 10.000 rilis.",
        ));
    }
    store.with_tx(|tx| {
        if folder_by_code(tx, &input.code).is_ok() {
            return Err(Error::invalid(
                "code",
                format!("Map «{}» sudah ada.", input.code.trim()),
            ));
        }
        tx.execute(
            "INSERT OR IGNORE INTO cabinets (code, name) VALUES (?1, ?2)",
            params![
                input.cabinet.trim(),
                format!("Lemari {}", input.cabinet.trim())
            ],
        )?;
        let cabinet: i64 = tx.query_row(
            "SELECT id FROM cabinets WHERE code = ?1",
            [input.cabinet.trim()],
            |r| r.get(0),
        )?;
        tx.execute(
            "INSERT OR IGNORE INTO drawers (cabinet_id, code, name) VALUES (?1, ?2, ?3)",
            params![
                cabinet,
                input.drawer.trim(),
                format!("Laci {}", input.drawer.trim())
            ],
        )?;
        let drawer: i64 = tx.query_row(
            "SELECT id FROM drawers WHERE cabinet_id = ?1 AND code = ?2",
            params![cabinet, input.drawer.trim()],
            |r| r.get(0),
        )?;
        tx.execute(
            "INSERT INTO folders (drawer_id, code, name, capacity) VALUES (?1, ?2, ?3, ?4)",
            params![drawer, input.code.trim(), input.name.trim(), input.capacity],
        )?;
        let folder = folder_by_id(tx, tx.last_insert_rowid())?;
        audit::append(
            tx,
            actor.id(),
            "folder.add",
            "folder",
            &folder.code,
            &serde_json::json!(folder),
        )?;
        Ok(folder)
    })
}
