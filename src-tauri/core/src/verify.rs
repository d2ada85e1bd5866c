//! `verify`: proves the store is whole. SQLite's own integrity check, the audit chain, every
//! release row against the fingerprint its last audit event recorded, gap-free agenda numbers,
//! and every stored file against its SHA-256.

use std::collections::HashMap;

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use crate::db::Store;
use crate::error::{Error, Result};
use crate::files::sha256_file;
use crate::model::Actor;
use crate::permissions::{require, Action};
use crate::sql::Db;
use crate::{args, audit, office, timefmt};

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct VerifyReport {
    pub ok: bool,
    pub releases: u64,
    pub events: u64,
    pub files_checked: u64,
    pub audit_head: String,
    pub faults: Vec<String>,
    /// Things worth knowing that are not faults (e.g. stored files no record uses).
    pub notes: Vec<String>,
}

/// Where an audit-chain head printed on a document (the ledger) sits in the chain.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PrintedHead {
    pub hash: String,
    /// The event's place in the chain, from 1.
    pub event: i64,
    pub at_display: String,
    /// Events recorded since; 0 when it is still the head.
    pub later: i64,
}

/// Finds a printed head (in full, or its first 16 or more characters) among the chain's events:
/// with [`verify`]'s walk of the chain this shows the printed book came from this store's
/// intact history. `None` when no event has that hash.
pub fn find_printed_head(
    store: &Store,
    actor: &Actor,
    printed: &str,
) -> Result<Option<PrintedHead>> {
    require(actor, Action::Verify)?;
    let key = printed.trim().to_ascii_lowercase();
    if key.len() < 16 || key.len() > 64 || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(Error::invalid(
            "head",
            crate::tr!("err-tuliskan-kepala-rantai-audit-yang"),
        ));
    }
    store.with_db(|db| {
        let tz = office::timezone_on(db)?;
        // Hashes are lowercase hex, so every one starting with `key` lies in [key, key + "g").
        let found: Option<(i64, String, String)> = db.query_opt(
            "SELECT id, at, hash FROM audit_events WHERE hash >= ?1 AND hash < ?1 || 'g'
             ORDER BY hash LIMIT 1",
            args![key],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let Some((id, at, hash)) = found else {
            return Ok(None);
        };
        let count = |sql: &str| -> Result<i64> { db.query_row(sql, args![id], |r| r.get(0)) };
        Ok(Some(PrintedHead {
            hash,
            event: count("SELECT count(*) FROM audit_events WHERE id <= ?1")?,
            at_display: timefmt::show_datetime(timefmt::from_db(&at)?, tz),
            later: count("SELECT count(*) FROM audit_events WHERE id > ?1")?,
        }))
    })
}

#[tracing::instrument(skip_all, fields(by = actor.id()))]
pub fn verify(store: &Store, actor: &Actor, check_files: bool) -> Result<VerifyReport> {
    require(actor, Action::Verify)?;
    let report = run(store, check_files)?;
    // Counts only: a fault's text may name what it found.
    tracing::info!(
        ok = report.ok,
        faults = report.faults.len(),
        releases = report.releases,
        files = report.files_checked,
        "verified"
    );
    Ok(report)
}

/// What the checks of either store found, before the fingerprints are compared.
struct Found {
    chain: audit::ChainCheck,
    recorded: HashMap<String, String>,
    prints: Vec<crate::fingerprint::Fingerprinted>,
    /// Evidence rows whose release is not there.
    orphans: u64,
    faults: Vec<String>,
    files_checked: u64,
    notes: Vec<String>,
}

/// [`verify`] for core's own use (a restore checks what it restored). The same checks over
/// `Db` on either store (the chain from its first event, each release against its recorded
/// fingerprint, gap-free agenda numbers, every stored file against its SHA-256); SQLite adds
/// its own page check and references, the server its head row.
pub(crate) fn run(store: &Store, check_files: bool) -> Result<VerifyReport> {
    let found = match store.session() {
        Some(_) => on_server(store, check_files)?,
        None => on_sqlite(store, check_files)?,
    };
    let mut faults = found.faults;
    faults.extend(found.chain.faults);
    if found.orphans > 0 {
        faults.push(crate::tr!(
            "err-bukti-menunjuk-ke-rilis-yang",
            orphans = found.orphans
        ));
    }
    let releases = found.prints.len() as u64;
    faults.extend(compare_fingerprints(found.prints, &found.recorded));
    Ok(VerifyReport {
        ok: faults.is_empty(),
        releases,
        events: found.chain.events,
        files_checked: found.files_checked,
        audit_head: found.chain.head,
        faults,
        notes: found.notes,
    })
}

/// The embedded store: four checks side by side, each on its own read-only connection. The
/// fingerprints' read transaction starts first and the chain is walked only up to the last
/// event it sees: the two then look at the same writes even when the app commits meanwhile.
fn on_sqlite(store: &Store, check_files: bool) -> Result<Found> {
    let prints = connection(store)?;
    prints.execute_batch("BEGIN")?;
    let last_event: Option<i64> =
        prints.query_row("SELECT max(id) FROM audit_events", [], |r| r.get(0))?;
    let (chain, pages, structure) = (connection(store)?, connection(store)?, connection(store)?);
    let failed = || crate::Error::Internal(crate::tr!("err-pemeriksaan-gagal"));
    let (chain, quick, structure, prints) = std::thread::scope(|scope| {
        let chain = scope.spawn(move || walk_chain(&Db::Sqlite(&chain), last_event));
        let quick = scope.spawn(move || check_pages(&pages));
        let structure = scope.spawn(move || check_structure(&structure, check_files));
        let prints = crate::fingerprint::all_fingerprints(&Db::Sqlite(&prints));
        (
            chain.join().unwrap_or_else(|_| Err(failed())),
            quick.join().unwrap_or_else(|_| Err(failed())),
            structure.join().unwrap_or_else(|_| Err(failed())),
            prints,
        )
    });
    let (chain, recorded) = chain?;
    let (prints, orphans) = prints?;
    let (structure_faults, file_rows) = structure?;
    let mut faults = quick?;
    faults.extend(structure_faults);

    // Hashing runs without the database lock: the files are immutable once stored.
    let mut files_checked = 0u64;
    let mut notes = Vec::new();
    if check_files {
        for sha in &file_rows {
            files_checked += 1;
            let path = store.files().file_path(sha)?;
            match sha256_file(&path) {
                Ok(actual) if actual == *sha => {}
                Ok(_) => faults.push(crate::tr!("err-berkas-telah-berubah-sha-256", sha = sha)),
                Err(_) => faults.push(crate::tr!("verify-file-missing", sha = sha)),
            }
        }
        let orphans = store
            .files()
            .stored_shas()?
            .into_iter()
            .filter(|s| file_rows.binary_search(s).is_err())
            .count();
        if orphans > 0 {
            notes.push(crate::tr!(
                "err-berkas-tersimpan-tidak-dipakai-oleh",
                orphans = orphans
            ));
        }
    }
    Ok(Found {
        chain,
        recorded,
        prints,
        orphans,
        faults,
        files_checked,
        notes,
    })
}

/// The office's server, in one read-only snapshot: the chain from its first event and the
/// head row its appends keep, the fingerprints, the agenda numbers, and every `files` row's
/// chunks read back a chunk at a time against its SHA-256 (the desk's cache is not the
/// store). Its references are the server's own foreign keys.
fn on_server(store: &Store, check_files: bool) -> Result<Found> {
    crate::reports::snapshot(store, |db| {
        let (mut chain, recorded) = walk_chain(db, None)?;
        chain
            .faults
            .extend(crate::server::check::head_fault(db, &chain)?);
        let (prints, orphans) = crate::fingerprint::all_fingerprints(db)?;
        let mut faults = agenda_gaps(db)?;
        let mut files_checked = 0u64;
        if check_files {
            for sha in file_rows(db)? {
                files_checked += 1;
                match crate::sql::contents::get(db, &sha, &mut std::io::sink()) {
                    Ok(_) => {}
                    Err(Error::Corrupt(what)) => {
                        faults.push(crate::tr!("verify-file-damaged", sha = sha, what = what))
                    }
                    Err(e) => return Err(e),
                }
            }
        }
        Ok(Found {
            chain,
            recorded,
            prints,
            orphans,
            faults,
            files_checked,
            notes: Vec::new(),
        })
    })
}

/// SQLite's own check of every page, b-tree, row and constraint.
fn check_pages(conn: &Connection) -> Result<Vec<String>> {
    // quick_check reads every page and checks every b-tree, row and constraint; the full
    // integrity_check also cross-checks every index entry against its row, which takes over
    // 20 s on a decade's store. An index is derived data (REINDEX rebuilds it); the records
    // themselves are proven by the audit chain and their fingerprints.
    let integrity: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    Ok(if integrity == "ok" {
        Vec::new()
    } else {
        vec![crate::tr!("verify-sqlite-damaged", detail = integrity)]
    })
}

/// The references between rows, gap-free agenda numbers and the list of stored files.
fn check_structure(conn: &Connection, list_files: bool) -> Result<(Vec<String>, Vec<String>)> {
    let mut faults = Vec::new();
    if dangling_references(conn)? {
        faults.push(crate::tr!("err-ada-rujukan-yang-menunjuk-ke"));
    }
    let db = Db::Sqlite(conn);
    faults.extend(agenda_gaps(&db)?);
    let file_rows = if list_files {
        file_rows(&db)?
    } else {
        Vec::new()
    };
    Ok((faults, file_rows))
}

/// Each year's agenda numbers run from 1 without a gap.
fn agenda_gaps(db: &Db) -> Result<Vec<String>> {
    let mut faults = Vec::new();
    db.for_each(
        "SELECT agenda_year, count(*), min(agenda_seq), max(agenda_seq) FROM releases
         GROUP BY agenda_year ORDER BY agenda_year",
        args![],
        |y| {
            let (year, n, min, max): (i64, i64, i64, i64) =
                (y.get(0)?, y.get(1)?, y.get(2)?, y.get(3)?);
            if min != 1 || max != n {
                faults.push(crate::tr!(
                    "err-nomor-agenda-tidak-berurutan-rilis",
                    year = year,
                    n = n,
                    min = min,
                    max = max
                ));
            }
            Ok(())
        },
    )?;
    Ok(faults)
}

/// The stored files the records name, sorted.
fn file_rows(db: &Db) -> Result<Vec<String>> {
    let mut out = Vec::new();
    db.for_each("SELECT sha256 FROM files ORDER BY sha256", args![], |r| {
        out.push(r.get(0)?);
        Ok(())
    })?;
    Ok(out)
}

/// The references of every table, as `PRAGMA foreign_key_check`, but evidence (a million rows
/// in a decade) its own way: the pragma took 2 s over it, looking each row's references
/// up one by one. Its file references are checked by one anti-join (0.7 s), its release
/// references by `crate::fingerprint::all_fingerprints`, which meets every evidence row in
/// release order.
/// `evidence_references_are_the_three_checked_by_hand` (tests/integrity.rs) pins that list.
fn dangling_references(conn: &Connection) -> Result<bool> {
    let tables = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name != 'evidence'")?
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for table in tables {
        let mut check = conn.prepare("SELECT 1 FROM pragma_foreign_key_check(?1)")?;
        if check.exists([&table])? {
            return Ok(true);
        }
    }
    let missing_file = conn
        .prepare(
            "SELECT 1 FROM evidence e
             WHERE NOT EXISTS (SELECT 1 FROM files f WHERE f.sha256 = e.file_sha)",
        )?
        .exists([])?;
    // Evidence taken off is not in the fingerprint scan, which checks the others' release; its
    // few rows are read through their partial index, not by a second pass over every row.
    let taken_off = conn
        .prepare(
            "SELECT 1 FROM evidence e
             WHERE e.removed_at IS NOT NULL
               AND (NOT EXISTS (SELECT 1 FROM releases r WHERE r.id = e.release_id)
                    OR (e.removed_by IS NOT NULL
                        AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = e.removed_by)))",
        )?
        .exists([])?;
    Ok(missing_file || taken_off)
}

/// A read-only connection that maps the file into memory: every check reads most of a
/// gigabyte, and through `read()` each page cost a system call and a copy (quick_check spent
/// more time in the kernel than in SQLite).
fn connection(store: &Store) -> Result<Connection> {
    let conn = store.read_only_connection()?;
    // SQLite caps this at its compile-time maximum (2 GB); a larger store is partly mapped.
    conn.execute_batch("PRAGMA mmap_size = 4294967296")?;
    Ok(conn)
}

/// The audit chain up to `last_event`, and the fingerprint each release's last event that
/// carries one recorded (by the release's uid).
fn walk_chain(
    db: &Db,
    last_event: Option<i64>,
) -> Result<(audit::ChainCheck, HashMap<String, String>)> {
    #[derive(serde::Deserialize)]
    struct Payload<'a> {
        #[serde(borrow)]
        fingerprint: Option<std::borrow::Cow<'a, str>>,
    }
    let mut recorded: HashMap<String, String> = HashMap::new();
    let check = audit::verify_chain(db, last_event, |entity, entity_id, payload| {
        if entity != "release" || !payload.contains("fingerprint") {
            return;
        }
        // As SQL's `payload ->> '$.fingerprint'`: a JSON null records nothing, another
        // non-text value is kept as its JSON text (and matches no fingerprint).
        let text = match serde_json::from_str::<Payload>(payload) {
            Ok(Payload {
                fingerprint: Some(s),
            }) => s,
            Ok(Payload { fingerprint: None }) => return,
            Err(_) => match serde_json::from_str::<serde_json::Value>(payload) {
                Ok(v) if !v["fingerprint"].is_null() => v["fingerprint"].to_string().into(),
                _ => return,
            },
        };
        // Six events of a release carry one: overwrite in place rather than allocate anew.
        match recorded.get_mut(entity_id) {
            Some(kept) => {
                kept.clear();
                kept.push_str(&text);
            }
            None => {
                recorded.insert(entity_id.to_owned(), text.into_owned());
            }
        }
    })?;
    Ok((check, recorded))
}

/// Every release row against the fingerprint its last audit event recorded.
fn compare_fingerprints(
    prints: Vec<crate::fingerprint::Fingerprinted>,
    recorded: &HashMap<String, String>,
) -> Vec<String> {
    let mut faults = Vec::new();
    for print in prints {
        let no = crate::numbering::agenda_display(print.agenda_year, print.agenda_seq);
        match recorded.get(&print.uid) {
            None => faults.push(crate::tr!("err-agenda-tidak-ada-jejak-audit", no = no)),
            Some(fp) if *fp != print.fingerprint => {
                faults.push(crate::tr!("err-agenda-isi-rekaman-berbeda-dengan", no = no))
            }
            Some(_) => {}
        }
    }
    faults
}
