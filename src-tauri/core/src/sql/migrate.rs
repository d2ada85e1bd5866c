//! The server's schema: its own embedded migrations (`core/migrations-pg`, never edited once
//! landed), applied as the schema owner in one transaction under an advisory lock, so two
//! desks or two `server init`s at once apply them once; the versions applied are recorded in
//! `pressdesk.schema_migrations`. A database of a newer schema is refused.

use postgres::{Client, GenericClient};

use crate::error::{Error, Result};

/// Embedded migrations, applied in order; the number a name begins with is its version.
/// Numbers may leave a gap (work on two branches numbers its migrations apart): each one not
/// yet recorded is applied, in order.
pub const MIGRATIONS: &[(&str, &str)] = &[
    (
        "0001_schema",
        include_str!("../../migrations-pg/0001_schema.sql"),
    ),
    (
        "0002_seed",
        include_str!("../../migrations-pg/0002_seed.sql"),
    ),
    (
        "0003_guards",
        include_str!("../../migrations-pg/0003_guards.sql"),
    ),
    (
        "0004_functions",
        include_str!("../../migrations-pg/0004_functions.sql"),
    ),
    (
        "0005_privileges",
        include_str!("../../migrations-pg/0005_privileges.sql"),
    ),
    (
        "0007_search",
        include_str!("../../migrations-pg/0007_search.sql"),
    ),
    (
        "0009_file_contents",
        include_str!("../../migrations-pg/0009_file_contents.sql"),
    ),
    (
        "0012_filing_again",
        include_str!("../../migrations-pg/0012_filing_again.sql"),
    ),
    (
        "0014_live",
        include_str!("../../migrations-pg/0014_live.sql"),
    ),
    (
        "0015_archive_rules",
        include_str!("../../migrations-pg/0015_archive_rules.sql"),
    ),
    (
        "0016_user_lang",
        include_str!("../../migrations-pg/0016_user_lang.sql"),
    ),
    (
        "0017_disposals",
        include_str!("../../migrations-pg/0017_disposals.sql"),
    ),
];

/// A migration's version: the number its name begins with.
pub fn version_of(name: &str) -> i64 {
    let digits: String = name.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().unwrap_or(0)
}

/// The schema version this build knows: its newest migration's.
pub fn known_version() -> i64 {
    MIGRATIONS
        .iter()
        .map(|(name, _)| version_of(name))
        .max()
        .unwrap_or(0)
}

/// Any number fixed for PressDesk: the advisory lock every migration run takes.
const LOCK_KEY: i64 = 0x5052_4553_5344_4b01;

/// The roles of one office's database, named after it: one cluster may hold several offices.
#[derive(Debug, Clone)]
pub struct Roles {
    pub owner: String,
    pub app: String,
}

impl Roles {
    pub fn of(db: &str) -> Roles {
        Roles {
            owner: format!("{db}_owner"),
            app: format!("{db}_app"),
        }
    }
}

fn db_error(e: postgres::Error) -> Error {
    super::connect::describe(&e, "server")
}

/// The schema's version: 0 when the database has no PressDesk schema yet.
pub fn version(client: &mut impl GenericClient) -> Result<i64> {
    let has_table: bool = client
        .query_one(
            "SELECT to_regclass('pressdesk.schema_migrations') IS NOT NULL",
            &[],
        )
        .map_err(db_error)?
        .get(0);
    if !has_table {
        return Ok(0);
    }
    let row = client
        .query_one(
            "SELECT coalesce(max(version), 0) FROM pressdesk.schema_migrations",
            &[],
        )
        .map_err(db_error)?;
    Ok(row.get(0))
}

/// Refuses a schema this build does not know (written by a newer PressDesk).
pub fn refuse_newer(version: i64) -> Result<()> {
    if version > known_version() {
        return Err(Error::Conflict(crate::tr!(
            "err-basis-data-server-memakai-skema",
            version = version,
            known_version = known_version()
        )));
    }
    Ok(())
}

/// Brings the schema up to date as its owner, in one transaction; returns the versions
/// applied. The connection must be allowed to `SET ROLE` to the owner (a superuser, or the
/// administrator `server init` used).
pub fn migrate(client: &mut Client, roles: &Roles) -> Result<Vec<i64>> {
    let mut tx = client.transaction().map_err(db_error)?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&LOCK_KEY])
        .map_err(db_error)?;
    tx.batch_execute(&format!(
        "SET LOCAL ROLE {owner};
         CREATE SCHEMA IF NOT EXISTS pressdesk AUTHORIZATION {owner};
         SET LOCAL search_path = pressdesk, pg_catalog;
         CREATE TABLE IF NOT EXISTS schema_migrations (
             version     bigint PRIMARY KEY,
             name        text NOT NULL,
             applied_at  timestamptz NOT NULL DEFAULT now(),
             applied_by  text NOT NULL DEFAULT session_user
         );",
        owner = quote_ident(&roles.owner)
    ))
    .map_err(db_error)?;
    refuse_newer(version(&mut tx)?)?;
    let done: Vec<i64> = tx
        .query("SELECT version FROM schema_migrations", &[])
        .map_err(db_error)?
        .iter()
        .map(|r| r.get(0))
        .collect();
    let mut applied = Vec::new();
    for (name, sql) in MIGRATIONS {
        let v = version_of(name);
        if done.contains(&v) {
            continue;
        }
        let sql = sql.replace("{{app}}", &quote_ident(&roles.app));
        tx.batch_execute(&sql).map_err(|e| {
            Error::Server(crate::tr!(
                "server-migration-failed",
                name = name,
                error = db_error(e)
            ))
        })?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
            &[&v, name],
        )
        .map_err(db_error)?;
        applied.push(v);
    }
    tx.commit().map_err(db_error)?;
    Ok(applied)
}

/// A name as a quoted SQL identifier.
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}
