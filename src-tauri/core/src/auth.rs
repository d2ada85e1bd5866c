//! Who is at the keyboard: a PIN checked against its Argon2 hash (`pin`), five wrong tries
//! lock a user for a minute, and the `Actor` (in `model`) a verified PIN gives, the only proof
//! of one that core's operations accept. On the office's server the desk never reads a hash:
//! it hashes the typed PIN with the user's salt and the server compares and counts.

use chrono::Duration;

use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::{Actor, User};
use crate::permissions::{require, Action};
use crate::server::PinVerdict;
use crate::sql::Db;
use crate::{args, audit, pin, timefmt, users};

pub const MAX_TRIES: i64 = 5;
pub const LOCK_SECS: i64 = 60;

/// Signs a user in with a PIN.
pub fn sign_in(store: &Store, user_id: i64, pin: &str) -> Result<Actor> {
    let user = store.with_db(|db| users::get(db, user_id))?;
    confirm(store, user, pin)
}

/// Signs in by NIP, for the CLI.
pub fn sign_in_nip(store: &Store, nip: &str, pin: &str) -> Result<Actor> {
    let user = store.with_db(|db| users::find_by_nip(db, nip))?;
    confirm(store, user, pin)
}

/// Asks the signed-in user's PIN again, as every paraf act does.
pub fn confirm_pin(store: &Store, actor: &Actor, pin: &str) -> Result<()> {
    confirm(store, actor.person()?.clone(), pin).map(|_| ())
}

fn inactive(user: &User) -> Error {
    Error::Forbidden(crate::tr!("err-user-inactive", name = user.name))
}

fn locked(user: &User, secs: i64) -> Error {
    Error::Forbidden(crate::tr!(
        "err-user-locked",
        name = user.name,
        tries = MAX_TRIES,
        secs = secs
    ))
}

fn no_pin(user: &User) -> Error {
    Error::Forbidden(crate::tr!("err-user-no-pin", name = user.name))
}

fn wrong(user: &User, left: i64) -> Error {
    Error::Invalid {
        field: Some("pin".into()),
        message: if left > 0 {
            crate::tr!("err-pin-wrong", left = left)
        } else {
            crate::tr!("err-pin-wrong-locked", tries = MAX_TRIES, name = user.name)
        },
    }
}

fn confirm(store: &Store, user: User, pin: &str) -> Result<Actor> {
    let id = user.id;
    let result = confirm_pin_of(store, user, pin);
    match &result {
        Ok(_) => tracing::info!(user = id, "PIN accepted"),
        Err(err) => tracing::warn!(user = id, kind = err.kind(), "PIN refused"),
    }
    result
}

fn confirm_pin_of(store: &Store, user: User, pin: &str) -> Result<Actor> {
    if !user.active {
        return Err(inactive(&user));
    }
    if store.session().is_some() {
        return confirm_on_server(store, user, pin);
    }
    let (hash, locked_until): (Option<String>, Option<String>) = store.with_db(|db| {
        db.query_row(
            "SELECT pin_hash, locked_until FROM users WHERE id = ?1",
            args![user.id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    })?;
    let now = timefmt::now();
    if let Some(until) = locked_until.as_deref().map(timefmt::from_db).transpose()? {
        if until > now {
            return Err(locked(&user, (until - now).num_seconds().max(1)));
        }
    }
    let Some(hash) = hash else {
        return Err(no_pin(&user));
    };
    // Hashing takes tens of milliseconds: done without holding the database.
    let ok = pin::matches(pin, &hash);
    if ok {
        store.with_db_tx(|db| {
            db.execute(
                "UPDATE users SET failed_pins = 0, locked_until = NULL
                 WHERE id = ?1 AND (failed_pins <> 0 OR locked_until IS NOT NULL)",
                args![user.id],
            )?;
            Ok(())
        })?;
        return Ok(Actor::verified(user));
    }
    let left = store.with_db_tx(|db| record_failure(db, &user, now))?;
    Err(wrong(&user, left))
}

/// The server's check (`pin_salt`, `check_pin`, `pin_verdict`; 0004_functions.sql): each
/// statement commits on its own, so the try is counted before its verdict is read, and the
/// five-try lock is the server's, shared by every desk.
fn confirm_on_server(store: &Store, user: User, pin: &str) -> Result<Actor> {
    let prefix: Option<String> =
        store.with_db(|db| db.query_row("SELECT pin_salt(?1)", args![user.id], |r| r.get(0)))?;
    // Hashing takes tens of milliseconds: done without holding the session. A user without
    // a PIN still makes a try, so that the answer (and a lock) comes from the server.
    let phc = match prefix {
        Some(prefix) => pin::hash_with(pin, &prefix)?,
        None => String::new(),
    };
    let verdict = store.with_db(|db| server_verdict(db, user.id, &phc))?;
    match verdict {
        PinVerdict::Ok { try_id } => Ok(Actor::verified_on_server(user, try_id)),
        PinVerdict::Wrong { tries_left } => Err(wrong(&user, tries_left)),
        PinVerdict::Locked { secs } => Err(locked(&user, secs.max(1))),
        PinVerdict::NoPin => Err(no_pin(&user)),
        PinVerdict::Inactive => Err(inactive(&user)),
    }
}

fn server_verdict(db: &Db, user_id: i64, phc: &str) -> Result<PinVerdict> {
    let try_id: i64 = db.query_row("SELECT check_pin(?1, ?2)", args![user_id, phc], |r| {
        r.get(0)
    })?;
    db.query_row(
        "SELECT outcome, tries_left, locked_secs FROM pin_verdict(?1)",
        args![try_id],
        |r| {
            Ok(match r.get::<String>(0)?.as_str() {
                "ok" => PinVerdict::Ok { try_id },
                "wrong" => PinVerdict::Wrong {
                    tries_left: r.get(1)?,
                },
                "locked" => PinVerdict::Locked { secs: r.get(2)? },
                "no_pin" => PinVerdict::NoPin,
                _ => PinVerdict::Inactive,
            })
        },
    )
}

/// Counts a wrong PIN; the fifth locks the user. Returns the tries left. (SQLite only: the
/// server counts in its `check_pin`.)
fn record_failure(db: &Db, user: &User, now: chrono::DateTime<chrono::Utc>) -> Result<i64> {
    let failed: i64 = db.query_row(
        "UPDATE users SET failed_pins = failed_pins + 1 WHERE id = ?1 RETURNING failed_pins",
        args![user.id],
        |r| r.get(0),
    )?;
    if failed >= MAX_TRIES {
        let until = timefmt::to_db(now + Duration::seconds(LOCK_SECS));
        db.execute(
            "UPDATE users SET failed_pins = 0, locked_until = ?1 WHERE id = ?2",
            args![until, user.id],
        )?;
        let payload = serde_json::json!({ "locked_until": until });
        audit::append(
            db,
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

/// The admin sets or resets a user's PIN; it also lifts a lock. On the server through its
/// `set_pin`, which wants the admin's fresh PIN check for a Kadis, Kabid, Admin or Sekretaris.
pub fn reset_pin(store: &Store, admin: &Actor, user_id: i64, pin: &str) -> Result<()> {
    require(admin, Action::ManageUsers)?;
    let hash = pin::hash_pin(pin)?;
    let proof = admin.pin_proof();
    store.with_db_tx(|db| {
        let user = users::get(db, user_id)?;
        // Else the console could give itself a Kadis's PIN and initial in his name.
        crate::permissions::require_user_role(admin, user.role)?;
        if db.dialect() == crate::sql::Dialect::Postgres {
            // The server audits it as `user.pin_reset`.
            return users::set_pin_on_server(db, user_id, &hash, proof, user.role);
        }
        db.execute(
            "UPDATE users SET pin_hash = ?1, failed_pins = 0, locked_until = NULL WHERE id = ?2",
            args![hash, user_id],
        )?;
        audit::append(
            db,
            admin.id(),
            "user.pin_reset",
            "user",
            &user_id.to_string(),
            &serde_json::json!({}),
        )?;
        Ok(())
    })
}
