//! `server move`: an office that kept its records on one computer moves them, rows and files,
//! onto an empty server, then checks the result against the folder it came from.
//!
//! The server is set up as `server init` does (its roles and schema), then in ONE transaction,
//! as the schema owner: the seed rows the migrations wrote make way for the office's own, each
//! table is copied with its ids in the order its references need, the identity counters
//! continue after the highest id, and every stored file's bytes go into `file_chunks`. The
//! guards' triggers are off for that transaction only (the rows are history, already checked
//! when they were made; a decided release must arrive with its evidence), and on again before
//! it commits. A failure anywhere leaves the server as empty as it was. Afterwards the counts of
//! every table, the audit chain from its first event (walked with core's own hash code), its
//! head and each file's SHA-256 are checked on the server.

use std::collections::BTreeMap;
use std::path::Path;

use super::check::verify_chain;
use super::connect;
use super::migrate::{self, quote_ident, Roles};
use super::setup::{database_name, make_roles, refuse_set_up};
use crate::args;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::sql::{contents, in_transaction, Db, PgConn, ToValue, Value};

/// What was moved and found on the server afterwards.
#[derive(Debug, Clone)]
pub struct MoveReport {
    /// Rows per table, the same on both sides.
    pub tables: BTreeMap<String, u64>,
    pub files: u64,
    pub bytes: u64,
    pub events: u64,
    pub chain_head: String,
}

/// Moves the store in `from` onto the empty database `url` names (its administrator's URL).
#[tracing::instrument(skip_all)]
pub fn move_office(from: &Path, url: &str) -> Result<MoveReport> {
    move_with(from, url, true)
}

/// The rows, checked as `move_office` checks them, and the bytes of the files the folder has;
/// a file it lacks is left out instead of stopping the move, and no file is checked. For a
/// data set whose files are mostly references without bytes: the bench's decade of a million
/// photo references (`pressdesk-cli bench backends`), never an office's store.
pub fn move_rows_only(from: &Path, url: &str) -> Result<MoveReport> {
    move_with(from, url, false)
}

fn move_with(from: &Path, url: &str, bytes: bool) -> Result<MoveReport> {
    if !from.join("pressdesk.db").exists() {
        return Err(Error::invalid(
            "from",
            crate::tr!(
                "err-folder-tidak-berisi-data-pressdesk",
                from_display = from.display()
            ),
        ));
    }
    let store = Store::open(from)?;
    if !store.swept().exclusive {
        return Err(Error::Conflict(crate::tr!("move-still-open")));
    }
    let mut client = connect::connect(url)?;
    let db = database_name(&mut client)?;
    let roles = Roles::of(&db);
    refuse_set_up(&mut client)?;
    make_roles(&mut client, &db, &roles)?;
    migrate::migrate(&mut client, &roles)?;
    let client = PgConn::new(client);
    let tables = in_transaction(&client, |server| copy_all(&store, server, &roles, bytes))?;
    let report = check(&store, &client, tables, bytes)?;
    // Until autovacuum gets to them the planner knows nothing of the rows just moved (a
    // decade's search then planned as over empty tables), no page is marked all-visible (every
    // count of the agenda reads the table, not only its index) and autovacuum's pass over them
    // runs beside the desks' first work. Done here, before the office starts: 15 s for a
    // decade's 3.7 million rows. VACUUM runs outside a transaction.
    client
        .client()
        .batch_execute("VACUUM (ANALYZE)")
        .map_err(|e| Error::Server(crate::tr!("move-vacuum-failed", error = e)))?;
    Ok(report)
}

/// The tables both stores have, each before the tables that refer to it.
fn tables_in_order(store: &Store, server: &Db) -> Result<Vec<String>> {
    let ours: Vec<String> = store.with_db(|db| {
        db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
               AND name NOT LIKE 'releases_fts%'",
            args![],
        )?
        .iter()
        .map(|r| r.get(0))
        .collect()
    })?;
    let refs: Vec<(String, String)> = server
        .query(
            "SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint
             WHERE contype = 'f' AND connamespace = 'pressdesk'::regnamespace",
            args![],
        )?
        .iter()
        .map(|r| Ok((r.get(0)?, r.get(1)?)))
        .collect::<Result<_>>()?;
    let on_server: Vec<String> = server
        .query(
            "SELECT table_name::text FROM information_schema.tables
             WHERE table_schema = 'pressdesk' AND table_type = 'BASE TABLE'",
            args![],
        )?
        .iter()
        .map(|r| r.get(0))
        .collect::<Result<_>>()?;
    let mut left: Vec<String> = ours.into_iter().filter(|t| on_server.contains(t)).collect();
    let mut order = Vec::new();
    while !left.is_empty() {
        let ready = |t: &String| {
            refs.iter()
                .filter(|(from, to)| from == t && to != t)
                .all(|(_, to)| !left.contains(to))
        };
        let Some(i) = left.iter().position(ready) else {
            return Err(Error::Corrupt(crate::tr!(
                "move-circular-references",
                tables = format!("{left:?}")
            )));
        };
        order.push(left.remove(i));
    }
    Ok(order)
}

fn copy_all(
    store: &Store,
    server: &Db,
    roles: &Roles,
    bytes: bool,
) -> Result<BTreeMap<String, u64>> {
    server.execute(
        &format!("SET LOCAL ROLE {}", quote_ident(&roles.owner)),
        args![],
    )?;
    let order = tables_in_order(store, server)?;
    for table in &order {
        server.execute(
            &format!("ALTER TABLE {table} DISABLE TRIGGER USER"),
            args![],
        )?;
    }
    // The migrations' seed rows (templates, news types, the working week) make way for the
    // office's own, which have the same and more.
    for table in order.iter().rev() {
        server.execute(&format!("DELETE FROM {table}"), args![])?;
    }
    let mut tables = BTreeMap::new();
    for table in &order {
        tables.insert(table.clone(), copy_table(store, server, table)?);
    }
    for table in &order {
        server.execute(&format!("ALTER TABLE {table} ENABLE TRIGGER USER"), args![])?;
        continue_identity(server, table)?;
    }
    server.execute(
        "UPDATE audit_head SET hash = coalesce(
            (SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1), hash) WHERE id = 1",
        args![],
    )?;
    copy_files(store, server, bytes)?;
    Ok(tables)
}

/// Copies one table's rows (the columns both stores have), ids kept; returns how many.
fn copy_table(store: &Store, server: &Db, table: &str) -> Result<u64> {
    let theirs: Vec<String> = server
        .query(
            "SELECT column_name::text FROM information_schema.columns
             WHERE table_schema = 'pressdesk' AND table_name = ?1 AND is_generated = 'NEVER'",
            args![table],
        )?
        .iter()
        .map(|r| r.get(0))
        .collect::<Result<_>>()?;
    let columns: Vec<String> = store.with_db(|db| {
        db.query(
            &format!("SELECT name FROM pragma_table_info('{table}')"),
            args![],
        )?
        .iter()
        .map(|r| r.get::<String>(0))
        .filter(|c| c.as_ref().map_or(true, |c| theirs.contains(c)))
        .collect()
    })?;
    // The server notes which desk's login wrote each event; these came from no desk.
    let desk = table == "audit_events" && theirs.iter().any(|c| c == "desk");
    let list = columns.join(", ");
    let width = columns.len();
    // Many rows a statement: one round trip per row made a decade's store (3.4 million rows)
    // take most of an hour; 500 rows keep the parameters far below PostgreSQL's 65,535.
    let insert = |rows: usize| {
        let tuples: Vec<String> = (0..rows)
            .map(|r| {
                let marks: Vec<String> =
                    (1..=width).map(|i| format!("?{}", r * width + i)).collect();
                format!(
                    "({}{})",
                    marks.join(", "),
                    if desk { ", 'pindahan'" } else { "" }
                )
            })
            .collect();
        format!(
            "INSERT INTO {table} ({list}{}) OVERRIDING SYSTEM VALUE VALUES {}",
            if desk { ", desk" } else { "" },
            tuples.join(", "),
        )
    };
    let full = insert(BATCH_ROWS);
    let flush = |batch: &mut Vec<Value>| -> Result<()> {
        let rows = batch.len() / width.max(1);
        if rows > 0 {
            let refs: Vec<&dyn ToValue> = batch.iter().map(|v| v as &dyn ToValue).collect();
            let text = if rows == BATCH_ROWS {
                full.clone()
            } else {
                insert(rows)
            };
            server.execute(&text, &refs)?;
        }
        batch.clear();
        Ok(())
    };
    let select = format!("SELECT {list} FROM {table} ORDER BY rowid");
    store.with_conn(|conn| {
        let mut stmt = conn.prepare(&select)?;
        let mut rows = stmt.query([])?;
        let (mut n, mut batch, mut bytes) = (0, Vec::with_capacity(BATCH_ROWS * width), 0);
        while let Some(row) = rows.next()? {
            for i in 0..width {
                let v = Value::from(row.get_ref(i)?);
                bytes += match &v {
                    Value::Text(t) => t.len(),
                    Value::Blob(b) => b.len(),
                    _ => 8,
                };
                batch.push(v);
            }
            n += 1;
            // Large rows (a logo, drawn initials) go in smaller statements.
            if batch.len() == BATCH_ROWS * width || bytes > BATCH_BYTES {
                flush(&mut batch)?;
                bytes = 0;
            }
        }
        flush(&mut batch)?;
        Ok(n)
    })
}

/// Rows per INSERT while moving, and the most bytes of values in one.
const BATCH_ROWS: usize = 500;
const BATCH_BYTES: usize = 8 << 20;

/// The next id a desk takes follows the highest one moved.
fn continue_identity(server: &Db, table: &str) -> Result<()> {
    let identity: Option<String> = server.query_opt(
        "SELECT column_name::text FROM information_schema.columns
         WHERE table_schema = 'pressdesk' AND table_name = ?1 AND is_identity = 'YES'",
        args![table],
        |r| r.get(0),
    )?;
    if let Some(col) = identity {
        server.query(
            &format!(
                "SELECT setval(pg_get_serial_sequence('pressdesk.{table}', '{col}'),
                    coalesce(max({col}), 1), max({col}) IS NOT NULL) FROM {table}"
            ),
            args![],
        )?;
    }
    Ok(())
}

/// Every file a row names, its bytes streamed from the folder into the server; unless `all`,
/// only those the folder has.
fn copy_files(store: &Store, server: &Db, all: bool) -> Result<()> {
    let shas: Vec<String> = server
        .query("SELECT sha256 FROM files ORDER BY sha256", args![])?
        .iter()
        .map(|r| r.get(0))
        .collect::<Result<_>>()?;
    for sha in shas {
        let path = store.files().file_path(&sha)?;
        if !all && !path.exists() {
            continue;
        }
        let mut file = std::fs::File::open(&path).map_err(|e| {
            Error::Corrupt(crate::tr!(
                "err-berkas-tidak-ada-di-folder",
                sha = sha,
                e = e
            ))
        })?;
        contents::put(server, &sha, &mut file)?;
    }
    Ok(())
}

/// Compares the server with the folder: every table's count, the chain, every file's hash.
fn check(
    store: &Store,
    client: &PgConn,
    tables: BTreeMap<String, u64>,
    bytes: bool,
) -> Result<MoveReport> {
    let mismatch =
        |what: String| Error::Corrupt(crate::tr!("err-pemindahan-tidak-cocok", what = what));
    in_transaction(client, |server| {
        for (table, moved) in &tables {
            let count = |db: &Db| -> Result<i64> {
                db.query_row(&format!("SELECT count(*) FROM {table}"), args![], |r| {
                    r.get(0)
                })
            };
            let (here, there) = (store.with_db(count)?, count(server)?);
            if here != there || here as u64 != *moved {
                return Err(mismatch(crate::tr!(
                    "err-di-folder-di-server",
                    table = table,
                    here = here,
                    there = there
                )));
            }
        }
        Ok(())
    })?;
    let chain = in_transaction(client, verify_chain)?;
    let head = store.with_db(|db| {
        db.query_opt(
            "SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1",
            args![],
            |r| r.get::<String>(0),
        )
    })?;
    let head = head.unwrap_or_else(|| crate::audit::GENESIS.to_owned());
    if !chain.faults.is_empty() || chain.head != head {
        return Err(mismatch(crate::tr!(
            "err-rantai-audit-kepala-di-server",
            faults_join = chain.faults.join("; "),
            server_head = chain.head,
            head = head
        )));
    }
    let check_bytes = bytes;
    let (mut files, mut bytes) = (0, 0);
    in_transaction(client, |server| {
        if !check_bytes {
            return Ok(());
        }
        let shas: Vec<String> = server
            .query("SELECT sha256 FROM files", args![])?
            .iter()
            .map(|r| r.get(0))
            .collect::<Result<_>>()?;
        for sha in shas {
            // `get` checks the size and the SHA-256 itself.
            bytes += contents::get(server, &sha, &mut std::io::sink())?;
            files += 1;
        }
        Ok(())
    })?;
    Ok(MoveReport {
        tables,
        files,
        bytes,
        events: chain.events,
        chain_head: chain.head,
    })
}
