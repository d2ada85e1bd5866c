//! The filing cabinet: cabinets (lemari), drawers (laci) and folders (map/ordner) with a
//! capacity, the folder to suggest next, and the location written on labels and in the index.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::args;
use crate::audit;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::{check_text, Actor};
use crate::permissions::{require, Action};
use crate::sql::{Db, Row};

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

fn folder_from_row(r: &Row) -> Result<FolderInfo> {
    let (cabinet, drawer, code): (String, String, String) = (r.get(3)?, r.get(4)?, r.get(1)?);
    Ok(FolderInfo {
        id: r.get(0)?,
        location: crate::model::folder_location(&cabinet, &drawer, &code),
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
    store.with_db(|db| {
        db.query(
            &format!("{} ORDER BY c.code, d.code, f.code", folder_select()),
            &[],
        )?
        .iter()
        .map(folder_from_row)
        .collect()
    })
}

pub(crate) fn folder_by_code(db: &Db, code: &str) -> Result<FolderInfo> {
    db.query_opt(
        &format!("{} WHERE f.code = ?1", folder_select()),
        args![code.trim()],
        folder_from_row,
    )?
    .ok_or_else(|| Error::invalid("folder", crate::tr!("err-map-tidak-ada", code = code)))
}

pub(crate) fn folder_by_id(db: &Db, id: i64) -> Result<FolderInfo> {
    db.query_row(
        &format!("{} WHERE f.id = ?1", folder_select()),
        args![id],
        folder_from_row,
    )
}

/// Refuses a closed folder and a full one, each with its own message.
pub(crate) fn check_room(folder: &FolderInfo) -> Result<()> {
    if folder.closed {
        return Err(Error::invalid(
            "folder",
            crate::tr!("err-map-sudah-ditutup-pilih-map", code = folder.code),
        ));
    }
    if folder.used >= folder.capacity {
        return Err(Error::invalid(
            "folder",
            crate::tr!(
                "err-map-penuh-dari-pilih-atau",
                code = folder.code,
                used = folder.used,
                capacity = folder.capacity
            ),
        ));
    }
    Ok(())
}

/// The folder to suggest: folders fill in the order they were made, so the oldest open (not
/// closed) folder that still has room.
pub fn suggested_folder(db: &Db) -> Result<Option<FolderInfo>> {
    db.query_opt(
        &format!(
            "{} WHERE f.closed = 0 AND {USED} < f.capacity ORDER BY f.id LIMIT 1",
            folder_select()
        ),
        &[],
        folder_from_row,
    )
}

/// Makes a folder, and its cabinet and drawer when they are new.
pub fn add_folder(store: &Store, actor: &Actor, input: NewFolder) -> Result<FolderInfo> {
    require(actor, Action::ManageFiling)?;
    check_text("cabinet", "label-lemari", &input.cabinet, true, 20)?;
    check_text("drawer", "label-laci", &input.drawer, true, 20)?;
    check_text("code", "label-kode-map", &input.code, true, 30)?;
    check_text("name", "label-nama-map", &input.name, false, 120)?;
    if !(1..=10_000).contains(&input.capacity) {
        return Err(Error::invalid(
            "capacity",
            crate::tr!("err-daya-tampung-map-harus-1"),
        ));
    }
    store.with_db_tx(|db| {
        if folder_by_code(db, &input.code).is_ok() {
            return Err(Error::invalid(
                "code",
                crate::tr!("err-map-sudah-ada", trim = input.code.trim()),
            ));
        }
        db.execute(
            "INSERT INTO cabinets (code, name) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
            args![
                input.cabinet.trim(),
                format!("Lemari {}", input.cabinet.trim())
            ],
        )?;
        let cabinet: i64 = db.query_row(
            "SELECT id FROM cabinets WHERE code = ?1",
            args![input.cabinet.trim()],
            |r| r.get(0),
        )?;
        db.execute(
            "INSERT INTO drawers (cabinet_id, code, name) VALUES (?1, ?2, ?3)
             ON CONFLICT DO NOTHING",
            args![
                cabinet,
                input.drawer.trim(),
                format!("Laci {}", input.drawer.trim())
            ],
        )?;
        let drawer: i64 = db.query_row(
            "SELECT id FROM drawers WHERE cabinet_id = ?1 AND code = ?2",
            args![cabinet, input.drawer.trim()],
            |r| r.get(0),
        )?;
        let id: i64 = db.query_row(
            "INSERT INTO folders (drawer_id, code, name, capacity) VALUES (?1, ?2, ?3, ?4)
             RETURNING id",
            args![drawer, input.code.trim(), input.name.trim(), input.capacity],
            |r| r.get(0),
        )?;
        let folder = folder_by_id(db, id)?;
        audit::append(
            db,
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
    check_text("reason", "label-alasan", reason, false, 500)?;
    store.with_db_tx(|db| {
        let folder = folder_by_code(db, code)?;
        if folder.closed == closed {
            let state = if closed {
                crate::tr!("folder-state-closed")
            } else {
                crate::tr!("folder-state-open")
            };
            return Err(Error::Conflict(crate::tr!(
                "err-map",
                code = folder.code,
                state = state
            )));
        }
        db.execute(
            "UPDATE folders SET closed = ?1 WHERE id = ?2",
            args![closed, folder.id],
        )?;
        let folder = folder_by_id(db, folder.id)?;
        let action = if closed {
            "folder.close"
        } else {
            "folder.reopen"
        };
        let payload = serde_json::json!({
            "folder": folder.code, "used": folder.used, "capacity": folder.capacity,
            "reason": reason.trim(),
        });
        audit::append(db, actor.id(), action, "folder", &folder.code, &payload)?;
        Ok(folder)
    })
}
