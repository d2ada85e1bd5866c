//! The audit log as a hash chain: every write appends an event whose hash covers the event and
//! the previous event's hash, so an edited, removed or reordered event breaks the chain.

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::args;
use crate::error::Result;
use crate::model::TimeZone;
use crate::sql::{Both, Db, Dialect};
use crate::timefmt;

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One line of a release's audit trail as the UI shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AuditEntry {
    pub at: String,
    pub at_display: String,
    pub actor: Option<String>,
    /// The desk whose login wrote the event, on the office's server ("kasi" for the login
    /// `<db>_desk_kasi`); None on one computer's own store.
    pub desk: Option<String>,
    pub action: String,
    pub action_label: String,
    pub hash: String,
    /// The reason the event gives (a return, a withdrawal, a revocation), if any.
    pub reason: Option<String>,
    /// What a correction changed, before and after.
    pub changes: Vec<FieldChange>,
}

/// One field a correction changed. For evidence, `before` is empty when a file was put on and
/// `after` is empty when it was taken off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FieldChange {
    pub field: String,
    pub label: String,
    pub before: String,
    pub after: String,
}

impl FieldChange {
    pub fn new(field: &str, label: &str, before: String, after: String) -> FieldChange {
        FieldChange {
            field: field.to_owned(),
            label: label.to_owned(),
            before,
            after,
        }
    }
}

/// What an event's payload says that the trail shows: its reason and its changes.
#[derive(Default, Deserialize)]
#[serde(default)]
struct PayloadShown {
    reason: Option<String>,
    changes: Vec<FieldChange>,
}

struct Event<'a> {
    at: &'a str,
    actor_id: Option<i64>,
    action: &'a str,
    entity: &'a str,
    entity_id: &'a str,
    payload: &'a str,
}

/// The SHA-256 of the event's text: the previous hash and the fields, one a line.
fn event_digest(prev: &str, e: &Event, actor: &mut String) -> [u8; 32] {
    actor.clear();
    if let Some(a) = e.actor_id {
        // Writing into a String cannot fail.
        let _ = write!(actor, "{a}");
    }
    let mut hasher = Sha256::new();
    for (i, part) in [
        prev,
        e.at,
        actor,
        e.action,
        e.entity,
        e.entity_id,
        e.payload,
    ]
    .into_iter()
    .enumerate()
    {
        if i > 0 {
            hasher.update(b"\n");
        }
        hasher.update(part.as_bytes());
    }
    hasher.finalize().into()
}

fn event_hash(prev: &str, e: &Event) -> String {
    hex::encode(event_digest(prev, e, &mut String::new()))
}

pub fn head(db: &Db) -> Result<String> {
    let head: Option<String> = db.query_opt(
        "SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1",
        args![],
        |r| r.get(0),
    )?;
    Ok(head.unwrap_or_else(|| GENESIS.to_owned()))
}

/// Appends one event inside the caller's transaction. On SQLite the hash is computed here; on
/// the office's server `append_audit` links the event to the head under the head's lock, with
/// the server's clock, and computes the same hash (the desk is recorded by the server).
pub fn append(
    db: &Db,
    actor_id: Option<i64>,
    action: &str,
    entity: &str,
    entity_id: &str,
    payload: &serde_json::Value,
) -> Result<String> {
    let payload = payload.to_string();
    if db.dialect() == Dialect::Postgres {
        return db.query_row(
            "SELECT append_audit(?1, ?2, ?3, ?4, ?5)",
            args![actor_id, action, entity, entity_id, payload],
            |r| r.get(0),
        );
    }
    let at = timefmt::to_db(timefmt::now());
    let prev = head(db)?;
    let event = Event {
        at: &at,
        actor_id,
        action,
        entity,
        entity_id,
        payload: &payload,
    };
    let hash = event_hash(&prev, &event);
    db.execute(
        "INSERT INTO audit_events (at, actor_id, action, entity, entity_id, payload, prev_hash,
            hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        args![at, actor_id, action, entity, entity_id, payload, prev, hash],
    )?;
    Ok(hash)
}

/// What walking the chain found.
#[derive(Debug, Default)]
pub struct ChainCheck {
    pub events: u64,
    /// The stored hash of the last event walked ([`GENESIS`] when there is none).
    pub head: String,
    pub faults: Vec<String>,
    // Reused for every event: a million events would otherwise mean ten million allocations.
    actor: String,
}

/// One stored event as the chain sees it, wherever it is kept (this store or the office's
/// server, whose `append_audit` computes the same hash).
pub struct StoredEvent<'a> {
    pub id: i64,
    pub at: &'a str,
    pub actor_id: Option<i64>,
    pub action: &'a str,
    pub entity: &'a str,
    pub entity_id: &'a str,
    pub payload: &'a str,
    pub prev_hash: &'a str,
    pub hash: &'a str,
}

impl ChainCheck {
    /// A walk from the first event.
    pub fn new() -> ChainCheck {
        ChainCheck {
            head: GENESIS.to_owned(),
            ..ChainCheck::default()
        }
    }

    /// Checks the next event in order: its link to the one before and its hash.
    pub fn link(&mut self, e: &StoredEvent) {
        self.events += 1;
        let id = e.id;
        if e.prev_hash != self.head {
            self.faults
                .push(crate::tr!("err-jejak-audit-rantai-terputus-hash", id = id));
        }
        let event = Event {
            at: e.at,
            actor_id: e.actor_id,
            action: e.action,
            entity: e.entity,
            entity_id: e.entity_id,
            payload: e.payload,
        };
        let digest = event_digest(e.prev_hash, &event, &mut self.actor);
        let mut hex_buf = [0u8; 64];
        let hashed =
            hex::encode_to_slice(digest, &mut hex_buf).is_ok() && hex_buf[..] == *e.hash.as_bytes();
        if !hashed {
            self.faults
                .push(crate::tr!("verify-event-changed", id = id));
        }
        self.head.clear();
        self.head.push_str(e.hash);
    }
}

const CHAIN: &str = "SELECT id, at, actor_id, action, entity, entity_id, payload, prev_hash, hash
    FROM audit_events WHERE id <= ?1 ORDER BY id";

/// Walks the chain up to and including event `last_id` (all of it when `None`), checking each
/// event's hash and its link to the one before, on either store (the server's `append_audit`
/// computes the same hash). `visit(entity, entity_id, payload)` sees every event, so one walk
/// can also collect what the events say. The rows stream: a million events are never held.
pub fn verify_chain(
    db: &Db,
    last_id: Option<i64>,
    mut visit: impl FnMut(&str, &str, &str),
) -> Result<ChainCheck> {
    let last = last_id.unwrap_or(i64::MAX);
    let mut check = ChainCheck::new();
    let Db::Sqlite(conn) = db else {
        db.for_each(CHAIN, args![last], |row| {
            let (at, action, entity, entity_id, payload, prev_hash, hash): (
                String,
                String,
                String,
                String,
                String,
                String,
                String,
            ) = (
                row.get(1)?,
                row.get(3)?,
                row.get(4)?,
                row.get(5)?,
                row.get(6)?,
                row.get(7)?,
                row.get(8)?,
            );
            check.link(&StoredEvent {
                id: row.get(0)?,
                at: &at,
                actor_id: row.get(2)?,
                action: &action,
                entity: &entity,
                entity_id: &entity_id,
                payload: &payload,
                prev_hash: &prev_hash,
                hash: &hash,
            });
            visit(&entity, &entity_id, &payload);
            Ok(())
        })?;
        return Ok(check);
    };
    // SQLite's rows are read in place, without a copy of each text: the walk of a decade's
    // chain is most of `verify`'s time.
    let mut stmt = conn.prepare(CHAIN)?;
    let mut rows = stmt.query([last])?;
    while let Some(row) = rows.next()? {
        let text = |i: usize| -> Result<&str> {
            Ok(row.get_ref(i)?.as_str().map_err(rusqlite::Error::from)?)
        };
        let event = StoredEvent {
            id: row.get(0)?,
            at: text(1)?,
            actor_id: row.get(2)?,
            action: text(3)?,
            entity: text(4)?,
            entity_id: text(5)?,
            payload: text(6)?,
            prev_hash: text(7)?,
            hash: text(8)?,
        };
        check.link(&event);
        visit(event.entity, event.entity_id, event.payload);
    }
    Ok(check)
}

/// What an audit event's action is called on screen, in the interface language (the printed
/// trail holds Indonesian); an unknown action is shown as it is stored.
pub fn action_label(action: &str) -> String {
    let key = match action {
        "office.setup" => "audit-office-setup",
        "office.update" => "audit-office-update",
        "user.add" => "audit-user-add",
        "user.update" => "audit-user-update",
        "news_type.add" => "audit-news-type-add",
        "news_type.update" => "audit-news-type-update",
        "release.register" => "audit-release-register",
        "release.check" => "audit-release-check",
        "release.return" => "audit-release-return",
        "release.edit" => "audit-release-edit",
        "release.resubmit" => "audit-release-resubmit",
        "release.withdraw" => "audit-release-withdraw",
        "release.paraf" => "audit-release-paraf",
        "release.revoke" => "audit-release-revoke",
        "release.publish" => "audit-release-publish",
        "release.not_published" => "audit-release-not-published",
        "release.archive" => "audit-release-archive",
        "release.void_archive_no" => "audit-release-void-archive-no",
        "release.move" => "audit-release-move",
        "user.pin_reset" => "audit-user-pin-reset",
        "user.locked" => "audit-user-locked",
        "user.initials" => "audit-user-initials",
        "site.add" => "audit-site-add",
        "folder.add" => "audit-folder-add",
        "series.update" => "audit-series-update",
        "calendar.hours" => "audit-calendar-hours",
        "holiday.add" => "audit-holiday-add",
        "holiday.remove" => "audit-holiday-remove",
        "holiday.import" => "audit-holiday-import",
        other => return other.to_owned(),
    };
    crate::tr!(key)
}

/// The events of one entity with their users and, on the server, the desk's login.
const TRAIL: Both = Both {
    sqlite: "SELECT a.at, u.name, a.action, a.hash, a.payload, NULL FROM audit_events a
             LEFT JOIN users u ON u.id = a.actor_id
             WHERE a.entity = ?1 AND a.entity_id = ?2 ORDER BY a.id",
    postgres: "SELECT a.at, u.name, a.action, a.hash, a.payload, a.desk FROM audit_events a
               LEFT JOIN users u ON u.id = a.actor_id
               WHERE a.entity = ?1 AND a.entity_id = ?2 ORDER BY a.id",
};

/// A desk's name from its login (`<db>_desk_<name>`, as `server desk add` makes it).
fn desk_name(login: String) -> String {
    match login.split_once("_desk_") {
        Some((_, name)) => name.to_owned(),
        None => login,
    }
}

/// The trail of one entity, oldest first.
pub fn trail(db: &Db, entity: &str, entity_id: &str, tz: TimeZone) -> Result<Vec<AuditEntry>> {
    let rows = db.query(db.pick(&TRAIL), args![entity, entity_id])?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let (at, action, payload): (String, String, String) = (r.get(0)?, r.get(2)?, r.get(4)?);
        // Events of other kinds carry other payloads; what does not parse shows nothing more.
        let shown: PayloadShown = serde_json::from_str(&payload).unwrap_or_default();
        out.push(AuditEntry {
            reason: shown.reason.filter(|r| !r.is_empty()),
            changes: shown.changes,
            at_display: timefmt::show_datetime(timefmt::from_db(&at)?, tz),
            at,
            actor: r.get(1)?,
            desk: r.get::<Option<String>>(5)?.map(desk_name),
            action_label: action_label(&action),
            action,
            hash: r.get(3)?,
        });
    }
    Ok(out)
}
