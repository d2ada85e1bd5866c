//! Staged files promoted into the store for one transaction: moved from `staging/` into
//! `files/` with a `*.promoting` note the next start's sweep follows, their `files` rows written
//! in the caller's transaction, and put back if it fails. On the office's server their bytes are
//! sent in that transaction too (`Store::send_files`): a failed act leaves neither rows nor
//! bytes there. On its own, below every record that keeps a file (evidence, paraf scans and
//! initials, the office's logo).

use std::cell::{Cell, RefCell};
use std::path::PathBuf;

use crate::db::Store;
use crate::error::{Error, Result};
use crate::files::{sha256_hex, FileMeta};
use crate::sql::Db;
use crate::{args, media, timefmt};

/// Staged files being moved into the store for one transaction. If the transaction fails,
/// exactly the files this promotion created are put back, so nothing is left half-written.
/// Dropped without [`Self::commit_in`], it puts its files back as a failed commit does; only
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

    /// Inserts the `files` rows (once per content) inside the caller's transaction, and on a
    /// server sends the files' bytes after them.
    pub fn record_in(&self, db: &Db) -> Result<()> {
        for (sha, meta) in &self.files {
            record_file(db, self.store, sha, meta.as_ref())?;
        }
        self.store
            .send_files(db, self.files.iter().map(|(s, _)| s.as_str()))
    }

    /// Runs `f` in one transaction on either store; on failure the promoted files go back to
    /// staging.
    pub fn commit_in<T>(&self, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        let result = self.store.with_db_tx(f);
        self.settle(&result);
        result
    }

    fn settle<T>(&self, result: &Result<T>) {
        match result {
            Ok(_) => {
                self.committed.set(true);
                self.store
                    .files()
                    .forget_meta(self.files.iter().map(|(s, _)| s.as_str()));
            }
            Err(_) => self.roll_back(),
        }
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

fn record_file(db: &Db, store: &Store, sha: &str, meta: Option<&FileMeta>) -> Result<()> {
    let meta = match meta {
        // A file already recorded keeps its row: one statement either way (on the server one
        // round trip fewer per file of an act).
        Some(meta) => meta.clone(),
        None if db.exists("SELECT 1 FROM files WHERE sha256 = ?1", args![sha])? => return Ok(()),
        // Stored by a run that crashed before its commit: check it again, slowly but surely.
        None => {
            let bytes = std::fs::read(store.files().file_path(sha)?).map_err(Error::from_io)?;
            if sha256_hex(&bytes) != sha {
                return Err(Error::Corrupt(crate::tr!(
                    "file-changed-before-saved",
                    sha = sha
                )));
            }
            FileMeta::of(&media::inspect("berkas", &bytes)?, bytes.len() as u64)
        }
    };
    db.execute(
        "INSERT INTO files (sha256, size, mime, width, height, captured_at, has_thumb, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (sha256) DO NOTHING",
        args![
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
pub fn mime(db: &Db, sha: &str) -> Result<String> {
    db.query_opt(
        "SELECT mime FROM files WHERE sha256 = ?1",
        args![sha],
        |r| r.get(0),
    )?
    .ok_or_else(|| Error::NotFound(crate::tr!("err-berkas-tidak-ada-2", sha = sha)))
}
