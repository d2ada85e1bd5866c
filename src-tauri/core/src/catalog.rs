//! The office's editable lists and fixed references: news types and the format checklist of
//! the tata naskah dinas. (The SOP templates are the workflow's.)

use serde::Serialize;
use ts_rs::TS;

use crate::args;
use crate::audit;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::check_text;
use crate::model::Actor;
use crate::permissions::{require, Action};
use crate::sql::{Db, Row};

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct NewsType {
    pub id: i64,
    pub name: String,
    pub active: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ChecklistItem {
    pub key: String,
    pub label: String,
}

/// What the Kasi checks against the tata naskah dinas when a release arrives: each item's
/// stored key and the key of its name in the message files ([`checklist_label`]).
pub const CHECKLIST: [(&str, &str); 7] = [
    ("kop", "checklist-kop"),
    ("nomor", "checklist-nomor"),
    ("perihal", "checklist-perihal"),
    ("isi", "checklist-isi"),
    ("ttd", "checklist-ttd"),
    ("foto", "checklist-foto"),
    ("narahubung", "checklist-narahubung"),
];

/// An item's name in the interface language ("Kop surat instansi pengirim"); Indonesian on a
/// print, which holds `i18n::Official`.
pub fn checklist_label(message: &str) -> String {
    crate::tr!(message)
}

pub fn checklist() -> Vec<ChecklistItem> {
    CHECKLIST
        .iter()
        .map(|(key, message)| ChecklistItem {
            key: (*key).into(),
            label: checklist_label(message),
        })
        .collect()
}

pub fn news_types(db: &Db) -> Result<Vec<NewsType>> {
    db.query(
        "SELECT id, name, active FROM news_types ORDER BY sort, name",
        args![],
    )?
    .iter()
    .map(|r| {
        Ok(NewsType {
            id: r.get(0)?,
            name: r.get(1)?,
            active: r.get(2)?,
        })
    })
    .collect()
}

/// Resolves a news type given by id or by name (the CLI's JSON uses names).
pub fn news_type_id(db: &Db, id: Option<i64>, name: Option<&str>) -> Result<i64> {
    let pair = |r: &Row| Ok((r.get::<i64>(0)?, r.get::<bool>(1)?));
    let found = match (id, name) {
        (Some(id), _) => db.query_opt(
            "SELECT id, active FROM news_types WHERE id = ?1",
            args![id],
            pair,
        )?,
        (None, Some(name)) if !name.trim().is_empty() => db.query_opt(
            "SELECT id, active FROM news_types WHERE name = ?1",
            args![name.trim()],
            pair,
        )?,
        _ => db.query_opt(
            "SELECT id, 1 FROM news_types WHERE name = 'Lainnya'",
            args![],
            pair,
        )?,
    };
    match found {
        Some((id, true)) => Ok(id),
        Some((_, false)) => Err(Error::invalid(
            "news_type",
            crate::tr!("err-jenis-berita-ini-sudah-tidak"),
        )),
        None => Err(Error::invalid(
            "news_type",
            crate::tr!("err-jenis-berita-tidak-dikenal"),
        )),
    }
}

pub fn add_news_type(store: &Store, actor: &Actor, name: String) -> Result<NewsType> {
    require(actor, Action::ManageNewsTypes)?;
    check_text("name", "label-nama-jenis-berita", &name, true, 60)?;
    store.with_db_tx(|db| {
        let exists = db.exists(
            "SELECT 1 FROM news_types WHERE name = ?1",
            args![name.trim()],
        )?;
        if exists {
            return Err(Error::invalid(
                "name",
                crate::tr!("err-jenis-berita-ini-sudah-ada"),
            ));
        }
        let id: i64 = db.query_row(
            "INSERT INTO news_types (name, sort) VALUES (?1, 50) RETURNING id",
            args![name.trim()],
            |r| r.get(0),
        )?;
        let nt = NewsType {
            id,
            name: name.trim().to_owned(),
            active: true,
        };
        audit::append(
            db,
            None,
            "news_type.add",
            "news_type",
            &id.to_string(),
            &serde_json::json!(nt),
        )?;
        Ok(nt)
    })
}

pub fn set_news_type_active(store: &Store, actor: &Actor, id: i64, active: bool) -> Result<()> {
    require(actor, Action::ManageNewsTypes)?;
    store.with_db_tx(|db| {
        let n = db.execute(
            "UPDATE news_types SET active = ?1 WHERE id = ?2",
            args![active, id],
        )?;
        if n == 0 {
            return Err(Error::NotFound(crate::tr!(
                "err-jenis-berita-tidak-ditemukan"
            )));
        }
        let payload = serde_json::json!({ "id": id, "active": active });
        audit::append(
            db,
            actor.id(),
            "news_type.update",
            "news_type",
            &id.to_string(),
            &payload,
        )?;
        Ok(())
    })
}
