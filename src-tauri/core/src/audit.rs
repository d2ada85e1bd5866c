//! The audit log as a hash chain: every write appends an event whose hash covers the event and
//! the previous event's hash, so an edited, removed or reordered event breaks the chain.

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::error::Result;
use crate::model::TimeZone;
use crate::timefmt;

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One line of a release's audit trail as the UI shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AuditEntry {
    pub at: String,
    pub at_display: String,
    pub actor: Option<String>,
    pub action: String,
    pub action_label: String,
    pub hash: String,
}

struct Event<'a> {
    at: &'a str,
    actor_id: Option<i64>,
    action: &'a str,
    entity: &'a str,
    entity_id: &'a str,
    payload: &'a str,
}

fn event_hash(prev: &str, e: &Event) -> String {
    let actor = e.actor_id.map(|a| a.to_string()).unwrap_or_default();
    let text = format!(
        "{prev}\n{}\n{actor}\n{}\n{}\n{}\n{}",
        e.at, e.action, e.entity, e.entity_id, e.payload
    );
    hex::encode(Sha256::digest(text.as_bytes()))
}

pub fn head(conn: &Connection) -> Result<String> {
    let head: Option<String> = conn
        .query_row(
            "SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    Ok(head.unwrap_or_else(|| GENESIS.to_owned()))
}

/// Appends one event inside the caller's transaction.
pub fn append(
    conn: &Connection,
    actor_id: Option<i64>,
    action: &str,
    entity: &str,
    entity_id: &str,
    payload: &serde_json::Value,
) -> Result<String> {
    let at = timefmt::to_db(timefmt::now());
    let payload = payload.to_string();
    let prev = head(conn)?;
    let event = Event {
        at: &at,
        actor_id,
        action,
        entity,
        entity_id,
        payload: &payload,
    };
    let hash = event_hash(&prev, &event);
    conn.execute(
        "INSERT INTO audit_events (at, actor_id, action, entity, entity_id, payload, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![at, actor_id, action, entity, entity_id, payload, prev, hash],
    )?;
    Ok(hash)
}

/// Walks the whole chain; returns the number of events and one message per fault.
pub fn verify_chain(conn: &Connection) -> Result<(u64, Vec<String>)> {
    let mut stmt = conn.prepare(
        "SELECT id, at, actor_id, action, entity, entity_id, payload, prev_hash, hash
         FROM audit_events ORDER BY id",
    )?;
    let mut rows = stmt.query([])?;
    let mut prev = GENESIS.to_owned();
    let (mut count, mut faults) = (0u64, Vec::new());
    while let Some(row) = rows.next()? {
        count += 1;
        let id: i64 = row.get(0)?;
        let (at, action, entity, entity_id, payload): (String, String, String, String, String) = (
            row.get(1)?,
            row.get(3)?,
            row.get(4)?,
            row.get(5)?,
            row.get(6)?,
        );
        let event = Event {
            at: &at,
            actor_id: row.get(2)?,
            action: &action,
            entity: &entity,
            entity_id: &entity_id,
            payload: &payload,
        };
        let (stored_prev, stored_hash): (String, String) = (row.get(7)?, row.get(8)?);
        if stored_prev != prev {
            faults.push(format!(
                "Jejak audit #{id}: rantai terputus (hash sebelumnya tidak cocok)."
            ));
        }
        if event_hash(&stored_prev, &event) != stored_hash {
            faults.push(format!("Jejak audit #{id}: isi peristiwa telah diubah."));
        }
        prev = stored_hash;
    }
    Ok((count, faults))
}

pub fn action_label(action: &str) -> &str {
    match action {
        "office.setup" => "Profil kantor dibuat",
        "office.update" => "Profil kantor diubah",
        "user.add" => "Pengguna ditambahkan",
        "user.update" => "Pengguna diubah",
        "news_type.add" => "Jenis berita ditambahkan",
        "news_type.update" => "Jenis berita diubah",
        "release.register" => "Rilis didaftarkan di Buku Agenda",
        "release.check" => "Diperiksa Kasi, diteruskan ke Kadis",
        "release.return" => "Dikembalikan Kasi karena belum lengkap",
        "release.paraf" => "Diparaf",
        "release.revoke" => "Paraf dicabut Kadis",
        "release.publish" => "Ditayangkan di website",
        "release.not_published" => "Ditandai tidak ditayangkan",
        "release.archive" => "Diberi nomor arsip dan disimpan",
        "release.void_archive_no" => "Nomor arsip dibatalkan",
        "release.move" => "Dipindahkan ke map lain",
        "user.pin_reset" => "PIN diatur ulang",
        "user.locked" => "Pengguna terkunci (5 kali salah PIN)",
        "user.initials" => "Paraf disimpan",
        "site.add" => "Situs ditambahkan",
        "folder.add" => "Map dibuat",
        "series.update" => "Format nomor arsip diubah",
        other => other,
    }
}

/// The trail of one entity, oldest first.
pub fn trail(
    conn: &Connection,
    entity: &str,
    entity_id: &str,
    tz: TimeZone,
) -> Result<Vec<AuditEntry>> {
    let mut stmt = conn.prepare(
        "SELECT a.at, u.name, a.action, a.hash FROM audit_events a
         LEFT JOIN users u ON u.id = a.actor_id
         WHERE a.entity = ?1 AND a.entity_id = ?2 ORDER BY a.id",
    )?;
    let rows = stmt.query_map(params![entity, entity_id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get(1)?,
            r.get::<_, String>(2)?,
            r.get(3)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (at, actor, action, hash) = row?;
        out.push(AuditEntry {
            at_display: timefmt::format_datetime(timefmt::from_db(&at)?, tz),
            at,
            actor,
            action_label: action_label(&action).to_owned(),
            action,
            hash,
        });
    }
    Ok(out)
}
