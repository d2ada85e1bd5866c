//! Who is at the keyboard: a PIN checked against its Argon2 hash (`pin`), five wrong tries
//! lock a user for a minute, and the `Actor` (in `model`) a verified PIN gives, the only proof
//! of one that core's operations accept.

use chrono::Duration;
use rusqlite::{params, Connection};

use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::{Actor, User};
use crate::permissions::{require, Action};
use crate::sql::Db;
use crate::{audit, pin, timefmt, users};

pub const MAX_TRIES: i64 = 5;
pub const LOCK_SECS: i64 = 60;

/// Signs a user in with a PIN.
pub fn sign_in(store: &Store, user_id: i64, pin: &str) -> Result<Actor> {
    let user = store.with_conn(|c| users::get(c, user_id))?;
    confirm(store, user, pin)
}

/// Signs in by NIP, for the CLI.
pub fn sign_in_nip(store: &Store, nip: &str, pin: &str) -> Result<Actor> {
    let user = store.with_conn(|c| users::find_by_nip(c, nip))?;
    confirm(store, user, pin)
}

/// Asks the signed-in user's PIN again, as every paraf act does.
pub fn confirm_pin(store: &Store, actor: &Actor, pin: &str) -> Result<()> {
    confirm(store, actor.person()?.clone(), pin).map(|_| ())
}

fn confirm(store: &Store, user: User, pin: &str) -> Result<Actor> {
    if !user.active {
        return Err(Error::Forbidden(format!(
            "{} sudah tidak aktif.",
            user.name
        )));
    }
    let (hash, locked_until): (Option<String>, Option<String>) = store.with_conn(|c| {
        Ok(c.query_row(
            "SELECT pin_hash, locked_until FROM users WHERE id = ?1",
            [user.id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    })?;
    let now = timefmt::now();
    if let Some(until) = locked_until.as_deref().map(timefmt::from_db).transpose()? {
        if until > now {
            let secs = (until - now).num_seconds().max(1);
            return Err(Error::Forbidden(format!(
                "{} terkunci karena {MAX_TRIES} kali salah PIN. Coba lagi dalam {secs} detik.",
                user.name
            )));
        }
    }
    let Some(hash) = hash else {
        return Err(Error::Forbidden(format!(
            "{} belum mempunyai PIN; minta Admin membuatkannya.",
            user.name
        )));
    };
    // Hashing takes tens of milliseconds: done without holding the database.
    let ok = pin::matches(pin, &hash);
    if ok {
        store.with_tx(|tx| {
            tx.execute(
                "UPDATE users SET failed_pins = 0, locked_until = NULL
                 WHERE id = ?1 AND (failed_pins <> 0 OR locked_until IS NOT NULL)",
                [user.id],
            )?;
            Ok(())
        })?;
        return Ok(Actor::verified(user));
    }
    let left = store.with_tx(|tx| record_failure(tx, &user, now))?;
    Err(Error::Invalid {
        field: Some("pin".into()),
        message: if left > 0 {
            format!("PIN salah. Sisa {left} kali percobaan sebelum terkunci satu menit.")
        } else {
            format!(
                "PIN salah {MAX_TRIES} kali; {} terkunci selama satu menit.",
                user.name
            )
        },
    })
}

/// Counts a wrong PIN; the fifth locks the user. Returns the tries left.
fn record_failure(tx: &Connection, user: &User, now: chrono::DateTime<chrono::Utc>) -> Result<i64> {
    let failed: i64 = tx.query_row(
        "UPDATE users SET failed_pins = failed_pins + 1 WHERE id = ?1 RETURNING failed_pins",
        [user.id],
        |r| r.get(0),
    )?;
    if failed >= MAX_TRIES {
        let until = timefmt::to_db(now + Duration::seconds(LOCK_SECS));
        tx.execute(
            "UPDATE users SET failed_pins = 0, locked_until = ?1 WHERE id = ?2",
            params![until, user.id],
        )?;
        let payload = serde_json::json!({ "locked_until": until });
        audit::append(
            &Db::Sqlite(tx),
            Some(user.id),
            "user.locked",
            "user",
            &user.id.to_string(),
            &payload,
        )?;
        return Ok(0);
    }
    Ok(MAX_TRIES - failed)
}

/// The admin sets or resets a user's PIN; it also lifts a lock.
pub fn reset_pin(store: &Store, admin: &Actor, user_id: i64, pin: &str) -> Result<()> {
    require(admin, Action::ManageUsers)?;
    let hash = pin::hash_pin(pin)?;
    store.with_tx(|tx| {
        let user = users::get(tx, user_id)?;
        // Else the console could give itself a Kadis's PIN and initial in his name.
        crate::permissions::require_user_role(admin, user.role)?;
        tx.execute(
            "UPDATE users SET pin_hash = ?1, failed_pins = 0, locked_until = NULL WHERE id = ?2",
            params![hash, user_id],
        )?;
        audit::append(
            &Db::Sqlite(tx),
            admin.id(),
            "user.pin_reset",
            "user",
            &user_id.to_string(),
            &serde_json::json!({}),
        )?;
        Ok(())
    })
}
