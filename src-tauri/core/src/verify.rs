//! `verify`: proves the store is whole. SQLite's own integrity check, the audit chain, every
//! release row against the fingerprint its last audit event recorded, gap-free agenda numbers,
//! and every stored file against its SHA-256.

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use crate::auth::Actor;
use crate::db::Store;
use crate::error::Result;
use crate::files::sha256_file;
use crate::permissions::{require, Action};
use crate::{audit, release};

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

pub fn verify(store: &Store, actor: &Actor, check_files: bool) -> Result<VerifyReport> {
    require(actor, Action::Verify)?;
    run(store, check_files)
}

/// [`verify`] for core's own use (a restore checks what it restored).
pub(crate) fn run(store: &Store, check_files: bool) -> Result<VerifyReport> {
    let mut faults = Vec::new();
    // The audit chain and the release fingerprints are checked on a second connection, on
    // another core, while the main connection checks SQLite's structure and the references.
    let (side, pages) = (store.read_only_connection()?, store.read_only_connection()?);
    let failed = || crate::Error::Internal("pemeriksaan gagal".into());
    let (records, quick, main) = std::thread::scope(|scope| {
        let records = scope.spawn(move || check_records(&side));
        let quick = scope.spawn(move || check_pages(&pages));
        let main = store.with_conn(check_structure);
        (
            records.join().unwrap_or_else(|_| Err(failed())),
            quick.join().unwrap_or_else(|_| Err(failed())),
            main,
        )
    });
    let (events, releases, record_faults) = records?;
    let (structure_faults, audit_head, file_rows) = main?;
    faults.extend(quick?);
    faults.extend(structure_faults);
    faults.extend(record_faults);

    // Hashing runs without the database lock: the files are immutable once stored.
    let mut files_checked = 0u64;
    let mut notes = Vec::new();
    if check_files {
        for sha in &file_rows {
            files_checked += 1;
            let path = store.files().file_path(sha)?;
            match sha256_file(&path) {
                Ok(actual) if actual == *sha => {}
                Ok(_) => faults.push(format!("Berkas {sha} telah berubah (SHA-256 tidak cocok).")),
                Err(_) => faults.push(format!("Berkas {sha} hilang dari folder data.")),
            }
        }
        let orphans = store
            .files()
            .stored_shas()?
            .into_iter()
            .filter(|s| file_rows.binary_search(s).is_err())
            .count();
        if orphans > 0 {
            notes.push(format!(
                "{orphans} berkas tersimpan tidak dipakai oleh rekaman mana pun."
            ));
        }
    }
    Ok(VerifyReport {
        ok: faults.is_empty(),
        releases,
        events,
        files_checked,
        audit_head,
        faults,
        notes,
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
        vec![format!("Basis data rusak menurut SQLite: {integrity}")]
    })
}

/// The references between rows, gap-free agenda numbers, the head of
/// the chain and the list of stored files.
fn check_structure(conn: &Connection) -> Result<(Vec<String>, String, Vec<String>)> {
    let mut faults = Vec::new();
    if conn
        .prepare("PRAGMA foreign_key_check")?
        .query([])?
        .next()?
        .is_some()
    {
        faults.push("Ada rujukan yang menunjuk ke baris yang tidak ada.".into());
    }
    let mut gaps = conn.prepare(
        "SELECT agenda_year, count(*), min(agenda_seq), max(agenda_seq) FROM releases
         GROUP BY agenda_year",
    )?;
    let mut years = gaps.query([])?;
    while let Some(y) = years.next()? {
        let (year, n, min, max): (i64, i64, i64, i64) =
            (y.get(0)?, y.get(1)?, y.get(2)?, y.get(3)?);
        if min != 1 || max != n {
            faults.push(format!(
                "Nomor agenda {year} tidak berurutan: {n} rilis, nomor {min} sampai {max}."
            ));
        }
    }
    let file_rows = conn
        .prepare("SELECT sha256 FROM files ORDER BY sha256")?
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok((faults, audit::head(conn)?, file_rows))
}

/// The audit chain, and every release row against the fingerprint its last audit event
/// recorded; returns the number of events and of releases, and the faults.
fn check_records(conn: &Connection) -> Result<(u64, u64, Vec<String>)> {
    let (events, mut faults) = audit::verify_chain(conn)?;
    let mut stmt = conn.prepare(
        "SELECT r.id, r.uid, r.agenda_year, r.agenda_seq,
            (SELECT a.payload ->> '$.fingerprint' FROM audit_events a
             WHERE a.entity = 'release' AND a.entity_id = r.uid
               AND a.payload ->> '$.fingerprint' IS NOT NULL
             ORDER BY a.id DESC LIMIT 1)
         FROM releases r ORDER BY r.id",
    )?;
    let mut rows = stmt.query([])?;
    let mut releases = 0u64;
    while let Some(row) = rows.next()? {
        releases += 1;
        let (id, year, seq): (i64, i64, i64) = (row.get(0)?, row.get(2)?, row.get(3)?);
        let recorded: Option<String> = row.get(4)?;
        let no = release::agenda_display(year, seq);
        match recorded {
            None => faults.push(format!(
                "Agenda {no}: tidak ada jejak audit pendaftarannya."
            )),
            Some(fp) if fp != release::fingerprint(conn, id)? => faults.push(format!(
                "Agenda {no}: isi rekaman berbeda dengan yang tercatat di jejak audit \
                 (diubah di luar PressDesk)."
            )),
            Some(_) => {}
        }
    }
    Ok((events, releases, faults))
}
