//! The filing cabinet: cabinets (lemari), drawers (laci) and folders (map/ordner) with a
//! capacity, the folder to suggest next, and the location written on labels and in the index.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::audit;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::{check_text, Actor};
use crate::permissions::{require, Action};
use crate::sql::Db;

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

/// What a folder holds: the releases filed in it under a live archive number. A voided number
/// takes its release out (the number and its filing stay as history), so the folder has room
/// again; the labels and the index read the same `folder_id` of the same numbers.
const USED: &str = "(SELECT count(*) FROM archive_numbers a
    WHERE a.folder_id = f.id AND a.voided_at IS NULL)";

fn folder_select() -> String {
    format!(
        "SELECT f.id, f.code, f.name, c.code, d.code, f.capacity, {USED}, f.closed
         FROM folders f JOIN drawers d ON d.id = f.drawer_id JOIN cabinets c ON c.id = d.cabinet_id"
    )
}

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
        let mut stmt = c.prepare(&format!(
            "{} ORDER BY c.code, d.code, f.code",
            folder_select()
        ))?;
        let rows = stmt.query_map([], folder_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    })
}

pub(crate) fn folder_by_code(conn: &Connection, code: &str) -> Result<FolderInfo> {
    conn.query_row(
        &format!("{} WHERE f.code = ?1", folder_select()),
        [code.trim()],
        folder_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::invalid("folder", format!("Map «{code}» tidak ada.")))
}

pub(crate) fn folder_by_id(conn: &Connection, id: i64) -> Result<FolderInfo> {
    Ok(conn.query_row(
        &format!("{} WHERE f.id = ?1", folder_select()),
        [id],
        folder_from_row,
    )?)
}

/// Refuses a closed folder and a full one, each with its own message.
pub(crate) fn check_room(folder: &FolderInfo) -> Result<()> {
    if folder.closed {
        return Err(Error::invalid(
            "folder",
            format!(
                "Map {} sudah ditutup; pilih map lain atau buka kembali map itu.",
                folder.code
            ),
        ));
    }
    if folder.used >= folder.capacity {
        return Err(Error::invalid(
            "folder",
            format!(
                "Map {} penuh ({} dari {}); pilih atau buat map lain.",
                folder.code, folder.used, folder.capacity
            ),
        ));
    }
    Ok(())
}

/// The folder to suggest: folders fill in the order they were made, so the oldest open (not
/// closed) folder that still has room.
pub fn suggested_folder(conn: &Connection) -> Result<Option<FolderInfo>> {
    Ok(conn
        .query_row(
            &format!(
                "{} WHERE f.closed = 0 AND {USED} < f.capacity ORDER BY f.id LIMIT 1",
                folder_select()
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
            &Db::Sqlite(tx),
            actor.id(),
            "folder.add",
            "folder",
            &folder.code,
            &serde_json::json!(folder),
        )?;
        Ok(folder)
    })
}

/// Closes a folder (`closed`) or opens it again: a closed folder is never suggested and nothing
/// is filed or moved into it; what it holds stays where it is. Audited with the reason.
pub fn set_folder_closed(
    store: &Store,
    actor: &Actor,
    code: &str,
    closed: bool,
    reason: &str,
) -> Result<FolderInfo> {
    require(actor, Action::ManageFiling)?;
    check_text("reason", "Alasan", reason, false, 500)?;
    store.with_tx(|tx| {
        let folder = folder_by_code(tx, code)?;
        if folder.closed == closed {
            let state = if closed {
                "sudah ditutup"
            } else {
                "masih terbuka"
            };
            return Err(Error::Conflict(format!("Map {} {state}.", folder.code)));
        }
        tx.execute(
            "UPDATE folders SET closed = ?1 WHERE id = ?2",
            params![closed, folder.id],
        )?;
        let folder = folder_by_id(tx, folder.id)?;
        let action = if closed {
            "folder.close"
        } else {
            "folder.reopen"
        };
        let payload = serde_json::json!({
            "folder": folder.code, "used": folder.used, "capacity": folder.capacity,
            "reason": reason.trim(),
        });
        audit::append(
            &Db::Sqlite(tx),
            actor.id(),
            action,
            "folder",
            &folder.code,
            &payload,
        )?;
        Ok(folder)
    })
}
