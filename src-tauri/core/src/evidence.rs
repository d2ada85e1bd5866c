//! Evidence intake: a file is checked and staged the moment it is added to the form (so its
//! thumbnail shows at once), and moved into the store only when its record commits.

use std::cell::{Cell, RefCell};
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;
use ts_rs::TS;

use crate::db::Store;
use crate::error::{Error, Result};
use crate::files::{sha256_hex, FileMeta};
use crate::media::{self, human_size, Format, MAX_FILE_BYTES};
use crate::model::{Actor, EvidenceKind};
use crate::permissions::{require_or_first_run, Action};
use crate::timefmt;

/// A file that passed every check and waits in staging for its record.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct StagedFile {
    pub sha256: String,
    pub name: String,
    pub mime: String,
    /// What the file most likely is; the Kasi may mark an image as the sender's letter.
    pub kind: EvidenceKind,
    pub size: u64,
    pub size_label: String,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub captured_at: Option<String>,
    pub has_thumb: bool,
    /// Set when the same content is already stored: it is kept once and the user is told.
    pub duplicate: Option<String>,
}

/// Checks, thumbnails and stages one file's bytes for `actor` (`None` before anyone can sign
/// in: the first-run form's logo). CPU-heavy: call off the UI thread.
pub fn stage_file(
    store: &Store,
    actor: Option<&Actor>,
    name: &str,
    bytes: &[u8],
) -> Result<StagedFile> {
    require_or_first_run(store, actor, Action::Upload)?;
    stage_bytes(store, name, bytes)
}

fn stage_bytes(store: &Store, name: &str, bytes: &[u8]) -> Result<StagedFile> {
    let name = display_name(name);
    let inspected = media::inspect(&name, bytes)?;
    let sha = sha256_hex(bytes);
    let meta = FileMeta::of(&inspected, bytes.len() as u64);
    store
        .files()
        .stage(&sha, bytes, inspected.thumbnail.as_deref(), &meta)?;
    let duplicate = store.with_conn(|c| duplicate_note(c, &sha))?;
    Ok(StagedFile {
        kind: if inspected.format.is_video() {
            EvidenceKind::Video
        } else if inspected.format == Format::Pdf {
            EvidenceKind::Letter
        } else {
            EvidenceKind::Photo
        },
        mime: inspected.format.mime().to_owned(),
        size: bytes.len() as u64,
        size_label: human_size(bytes.len() as u64),
        width: inspected.width,
        height: inspected.height,
        captured_at: inspected.captured_at,
        has_thumb: inspected.thumbnail.is_some(),
        duplicate,
        sha256: sha,
        name,
    })
}

/// Reads a file named on the command line, with a clear message for each way it can fail.
pub fn stage_path(store: &Store, path: &Path) -> Result<StagedFile> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let shown = path.display();
    let meta = std::fs::metadata(path)
        .map_err(|_| Error::media("evidence", format!("Berkas «{shown}» tidak ditemukan.")))?;
    if !meta.is_file() {
        return Err(Error::media("evidence", format!("«{shown}» bukan berkas.")));
    }
    if meta.len() > MAX_FILE_BYTES as u64 {
        return Err(Error::media(
            "evidence",
            format!(
                "Berkas «{name}» terlalu besar ({}). Batasnya 200 MB.",
                human_size(meta.len())
            ),
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    File::open(path)
        .and_then(|f| {
            BufReader::new(f)
                .take(MAX_FILE_BYTES as u64 + 1)
                .read_to_end(&mut bytes)
        })
        .map_err(|e| {
            Error::media(
                "evidence",
                format!("Berkas «{name}» tidak dapat dibaca sampai habis: {e}."),
            )
        })?;
    stage_bytes(store, &name, &bytes)
}

fn display_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name).trim();
    let clean: String = base.chars().filter(|c| !c.is_control()).take(200).collect();
    if clean.is_empty() {
        "berkas".into()
    } else {
        clean
    }
}

fn duplicate_note(conn: &Connection, sha: &str) -> Result<Option<String>> {
    let used: Option<(i64, i64)> = conn
        .query_row(
            "SELECT r.agenda_seq, r.agenda_year FROM evidence e JOIN releases r ON r.id = e.release_id
             WHERE e.file_sha = ?1 ORDER BY r.id LIMIT 1",
            [sha],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(used.map(|(seq, year)| {
        format!(
            "Berkas yang sama sudah tersimpan sebagai bukti agenda {}; disimpan sekali saja.",
            crate::release::agenda_display(year, seq)
        )
    }))
}

/// Staged files being moved into the store for one transaction. If the transaction fails,
/// exactly the files this promotion created are put back, so nothing is left half-written.
/// Dropped without [`Self::commit_with`], it puts its files back as a failed commit does; only
/// a killed process leaves them, with the note that the next start's sweep follows.
pub struct Promotion<'a> {
    store: &'a Store,
    files: Vec<(String, Option<FileMeta>)>,
    created: RefCell<Vec<String>>,
    note: Option<PathBuf>,
    committed: Cell<bool>,
}

impl<'a> Promotion<'a> {
    pub fn new(store: &'a Store, shas: &[String]) -> Result<Promotion<'a>> {
        let mut promotion = Promotion {
            store,
            files: Vec::new(),
            created: RefCell::new(Vec::new()),
            note: store.files().note_promotion(shas)?,
            committed: Cell::new(false),
        };
        for sha in shas {
            let meta = store.files().staged_meta(sha);
            match store.files().promote(sha) {
                Ok(true) => promotion.created.borrow_mut().push(sha.clone()),
                Ok(false) => {}
                Err(err) => {
                    promotion.roll_back();
                    return Err(err);
                }
            }
            promotion.files.push((sha.clone(), meta));
        }
        let created = promotion.created.borrow().clone();
        if let Err(err) = store.files().sync_dirs(created.iter().map(String::as_str)) {
            promotion.roll_back();
            return Err(err);
        }
        Ok(promotion)
    }

    /// The letterhead logo, if any.
    pub fn logo(store: &'a Store, sha: Option<&str>) -> Result<Promotion<'a>> {
        let shas: Vec<String> = sha.map(str::to_owned).into_iter().collect();
        Promotion::new(store, &shas)
    }

    /// Inserts the `files` rows (once per content) inside the caller's transaction.
    pub fn record_files(&self, tx: &Transaction) -> Result<()> {
        for (sha, meta) in &self.files {
            record_file(tx, self.store, sha, meta.as_ref())?;
        }
        Ok(())
    }

    /// Runs `f` in one transaction; on failure the promoted files go back to staging.
    pub fn commit_with<T>(&self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let result = self.store.with_tx(f);
        match &result {
            Ok(_) => {
                self.committed.set(true);
                self.store
                    .files()
                    .forget_meta(self.files.iter().map(|(s, _)| s.as_str()));
            }
            Err(_) => self.roll_back(),
        }
        result
    }

    fn roll_back(&self) {
        for sha in self.created.borrow_mut().drain(..) {
            // Best effort: a file that cannot be moved back is unreferenced and harmless.
            let _ = self.store.files().unstore(&sha);
        }
    }
}

impl Drop for Promotion<'_> {
    fn drop(&mut self) {
        if !self.committed.get() {
            self.roll_back();
        }
        if let Some(note) = &self.note {
            // Best effort: a note left behind only makes the next start look at its files.
            let _ = std::fs::remove_file(note);
        }
    }
}

fn record_file(tx: &Transaction, store: &Store, sha: &str, meta: Option<&FileMeta>) -> Result<()> {
    let exists: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM files WHERE sha256 = ?1)",
        [sha],
        |r| r.get(0),
    )?;
    if exists {
        return Ok(());
    }
    let meta = match meta {
        Some(meta) => meta.clone(),
        // Stored by a run that crashed before its commit: check it again, slowly but surely.
        None => {
            let bytes = std::fs::read(store.files().file_path(sha)?).map_err(Error::from_io)?;
            if sha256_hex(&bytes) != sha {
                return Err(Error::Corrupt(format!(
                    "berkas {sha} berubah sebelum disimpan"
                )));
            }
            FileMeta::of(&media::inspect("berkas", &bytes)?, bytes.len() as u64)
        }
    };
    tx.execute(
        "INSERT INTO files (sha256, size, mime, width, height, captured_at, has_thumb, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            sha,
            meta.size as i64,
            meta.mime,
            meta.width,
            meta.height,
            meta.captured_at,
            store.files().thumb_path(sha)?.exists(),
            timefmt::to_db(timefmt::now())
        ],
    )?;
    Ok(())
}

/// The stored format of a file, for checking that evidence kinds fit their content.
pub fn mime_of(conn: &Connection, sha: &str) -> Result<String> {
    Ok(
        conn.query_row("SELECT mime FROM files WHERE sha256 = ?1", [sha], |r| {
            r.get(0)
        })?,
    )
}
