//! A backup of the office's server, made at a desk: the same bag as on one computer. In ONE
//! read-only REPEATABLE READ transaction on a connection of its own (this desk and the others
//! go on working meanwhile), every table's rows stream from the server into a new SQLite file
//! built on the desk with this build's schema (ids kept, the search index rebuilt, the triggers
//! off while it is filled and on again, the references checked), which becomes
//! `data/pressdesk.db`; then every file's bytes stream from `file_chunks` into the bag a chunk
//! at a time, checked against their SHA-256 on the way. Restore then needs nothing new: the
//! bag is a folder's backup, whichever store made it.
//!
//! What the desk's login may not read stays out: the PIN hashes (column privileges of
//! migration 0005). A backup through the administrator's URL holds them too.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use rusqlite::Connection;

use super::bag::{describe, BackupProgress, BagInfo};
use super::writer::BagWriter;
use crate::args;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::sql::{contents, in_transaction, Db, PgConn, Value};

/// Writes the bag of the server `store` reaches into `tmp`; returns (bytes, payload files)
/// and what bag-info.txt says.
pub(super) fn write_bag(
    store: &Store,
    tmp: &Path,
    progress: &mut dyn FnMut(BackupProgress),
) -> Result<((u64, u64), BagInfo)> {
    let staging = store.dir().join("staging");
    fs::create_dir_all(&staging).map_err(Error::from_io)?;
    let db = staging.join(format!("backup-{}.part", uuid::Uuid::now_v7()));
    let session = store
        .session()
        .ok_or_else(|| Error::Internal(crate::tr!("backup-no-session")))?;
    // A connection of its own: the desk's acts go on on the session's while the files stream.
    let client = PgConn::new(session.connect_own()?);
    let result = in_transaction(&client, |server| {
        server.execute(
            "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY",
            args![],
        )?;
        let conn = build(server, &db)?;
        let (info, _) = describe(&conn)?;
        let files: Vec<(String, u64)> = conn
            .prepare("SELECT sha256, size FROM files ORDER BY sha256")?
            .query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)?.max(0) as u64)))?
            .collect::<rusqlite::Result<_>>()?;
        drop(conn);
        let db_size = fs::metadata(&db).map_err(Error::from_io)?.len();
        let total = db_size + files.iter().map(|(_, size)| size).sum::<u64>();
        let mut bag = BagWriter::create(tmp)?;
        progress(BackupProgress { done: 0, total });
        bag.add_file("data/pressdesk.db", &db, db_size)?;
        for (sha, size) in &files {
            let name = format!("data/files/{}/{sha}", &sha[..2]);
            // `get` writes chunk by chunk and checks the size and the SHA-256 itself.
            bag.add(&name, *size, |out| contents::get(server, sha, out))?;
            // Thumbnails this desk has cached go along; the others are made again when shown.
            let thumb = store.files().thumb_path(sha)?;
            if let Some(meta) = fs::metadata(&thumb).ok().filter(|m| m.is_file()) {
                let name = format!("data/thumbs/{}/{sha}.jpg", &sha[..2]);
                bag.add_file(&name, &thumb, meta.len())?;
            }
            progress(BackupProgress {
                done: bag.payload().0.min(total),
                total,
            });
        }
        Ok((bag.finish(&info)?, info))
    });
    let _ = fs::remove_file(&db);
    let _ = fs::remove_file(db.with_extension("part-journal"));
    result
}

/// Whether this desk's login may read the PIN hashes (the administrator's may; a desk's not),
/// that is whether a backup made here lets the office's people sign in after a restore.
pub fn pins_readable(store: &Store) -> Result<bool> {
    if store.session().is_none() {
        return Ok(true);
    }
    store.with_db(|db| {
        db.query_row(
            "SELECT has_column_privilege('pressdesk.users', 'pin_hash', 'SELECT')",
            args![],
            |r| r.get(0),
        )
    })
}

/// A new SQLite file at `path` holding the rows of `server`'s snapshot.
fn build(server: &Db, path: &Path) -> Result<Connection> {
    let mut conn = crate::db::new_sqlite_file(path)?;
    conn.pragma_update(None, "foreign_keys", "OFF")?;
    let readable = readable_columns(server)?;
    let tx = conn.transaction()?;
    let names = |sql: &str| -> Result<Vec<(String, String)>> {
        Ok(tx
            .prepare(sql)?
            .query_map([], |r| Ok((r.get(0)?, r.get::<_, Option<String>>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .map(|(name, sql)| (name, sql.unwrap_or_default()))
            .collect())
    };
    // The guards judge acts, not history: the rows already passed them on the server.
    let triggers = names("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")?;
    for (name, _) in &triggers {
        tx.execute_batch(&format!("DROP TRIGGER \"{name}\""))?;
    }
    let tables = names(
        "SELECT name, '' FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
           AND name NOT LIKE 'releases_fts%' ORDER BY name",
    )?;
    if tx
        .prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'")?
        .exists([])?
    {
        tx.execute_batch("DELETE FROM sqlite_sequence")?;
    }
    for (table, _) in &tables {
        // A table the server does not have (or hides) keeps this build's seed rows.
        let Some(theirs) = readable.get(table) else {
            continue;
        };
        // The seed rows of the schema make way for the office's own (the same and more).
        tx.execute_batch(&format!("DELETE FROM \"{table}\""))?;
        let ours = names(&format!(
            "SELECT name, '' FROM pragma_table_info('{table}')"
        ))?;
        let columns: Vec<String> = ours
            .into_iter()
            .map(|(c, _)| c)
            .filter(|c| theirs.contains(c))
            .map(|c| format!("\"{c}\""))
            .collect();
        if columns.is_empty() {
            continue;
        }
        let list = columns.join(", ");
        let marks: Vec<String> = (1..=columns.len()).map(|i| format!("?{i}")).collect();
        let mut insert = tx.prepare(&format!(
            "INSERT INTO \"{table}\" ({list}) VALUES ({})",
            marks.join(", ")
        ))?;
        server.for_each(&format!("SELECT {list} FROM {table}"), args![], |row| {
            insert.execute(rusqlite::params_from_iter(row.values().iter().map(sqlite)))?;
            Ok(())
        })?;
    }
    let ids: Vec<i64> = tx
        .prepare("SELECT id FROM releases ORDER BY id")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for id in ids {
        crate::release::index_release(&Db::Sqlite(&tx), id)?;
    }
    for (_, sql) in &triggers {
        tx.execute_batch(sql)?;
    }
    if tx.prepare("PRAGMA foreign_key_check")?.exists([])? {
        return Err(Error::Corrupt(crate::tr!("backup-server-references")));
    }
    tx.commit()?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(conn)
}

/// The columns of each server table this login may read (never generated ones).
fn readable_columns(server: &Db) -> Result<BTreeMap<String, Vec<String>>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in server.query(
        "SELECT table_name::text, column_name::text FROM information_schema.columns
         WHERE table_schema = 'pressdesk' AND is_generated = 'NEVER'
           AND has_column_privilege(format('pressdesk.%I', table_name::text),
                                    column_name::text, 'SELECT')",
        args![],
    )? {
        out.entry(row.get(0)?).or_default().push(row.get(1)?);
    }
    Ok(out)
}

fn sqlite(v: &Value) -> rusqlite::types::Value {
    use rusqlite::types::Value as S;
    match v {
        Value::Null => S::Null,
        Value::Integer(n) => S::Integer(*n),
        Value::Real(x) => S::Real(*x),
        Value::Text(s) => S::Text(s.clone()),
        Value::Blob(b) => S::Blob(b.clone()),
    }
}
