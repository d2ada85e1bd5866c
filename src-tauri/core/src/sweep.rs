//! The start-up sweep: what a killed process left in the data folder. Stored files and
//! thumbnails no record refers to leave the store, partial writes and stale staged files go;
//! all of it only while no other PressDesk process (the app, the CLI) has the folder open.

use std::collections::BTreeSet;
use std::fs::{self, File, TryLockError};
use std::path::Path;
use std::time::{Duration, SystemTime};

use rusqlite::Connection;

use crate::error::{Error, Result};
use crate::files::{is_sha256, FileStore};

/// Staged files older than this belong to an abandoned form (a form does not stay open for a
/// day), so they go even while another process has the folder open.
pub const STAGING_MAX_AGE: Duration = Duration::from_secs(24 * 3600);

/// Every process that opens a data folder holds a shared lock on `pressdesk.lock` in it; the
/// process that finds no other holder briefly takes it exclusively and sweeps. The kernel
/// drops a killed process's lock, so a crash never leaves the folder locked.
pub(crate) struct DataLock {
    file: File,
}

/// What the sweep at the last open did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SweepReport {
    /// No other process had the folder open, so the whole sweep ran.
    pub exclusive: bool,
    /// Stored files no `files` row names, moved back to staging (their SHA-256).
    pub unstored: Vec<String>,
    /// Thumbnails of files that are neither stored with a row nor staged.
    pub thumbs: u64,
    /// Partial writes and stale staged files removed.
    pub staging: u64,
}

impl DataLock {
    /// Takes the folder's lock: exclusively when no one else holds it (the bool says so), else
    /// shared, waiting for an exclusive holder (another process sweeping) to finish.
    pub(crate) fn take(dir: &Path) -> Result<(DataLock, bool)> {
        let file = File::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(dir.join("pressdesk.lock"))
            .map_err(Error::from_io)?;
        let exclusive = match file.try_lock() {
            Ok(()) => true,
            Err(TryLockError::WouldBlock) => {
                file.lock_shared().map_err(Error::from_io)?;
                false
            }
            Err(TryLockError::Error(err)) => return Err(Error::from_io(err)),
        };
        Ok((DataLock { file }, exclusive))
    }

    /// The lock, only if no other process holds it in any way.
    pub(crate) fn try_exclusive(dir: &Path) -> Result<Option<DataLock>> {
        let file = File::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(dir.join("pressdesk.lock"))
            .map_err(Error::from_io)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(DataLock { file })),
            Err(TryLockError::WouldBlock) => Ok(None),
            Err(TryLockError::Error(err)) => Err(Error::from_io(err)),
        }
    }

    /// Lets other processes in once the sweep is done (the conversion keeps a lock throughout
    /// on Linux; elsewhere a moment without one is harmless, as nothing is promoted yet).
    pub(crate) fn share(&self) -> Result<()> {
        self.file.lock_shared().map_err(Error::from_io)
    }
}

/// Sweeps the data folder. With `exclusive` (no other process has it open) every stored file
/// without a row goes back to staging, unused thumbnails and every partial write are removed;
/// without it only staged files older than [`STAGING_MAX_AGE`] go, as another process may be
/// between promoting a file and committing its row, or writing a `.part` right now.
pub(crate) fn sweep(conn: &Connection, files: &FileStore, exclusive: bool) -> Result<SweepReport> {
    let mut report = SweepReport {
        exclusive,
        ..SweepReport::default()
    };
    let root = files.root();
    report.staging = sweep_staging(&root.join("staging"), exclusive)?;
    if !exclusive {
        return Ok(report);
    }
    // The rows, read after the lock is ours: no commit can add one while we look.
    let rows: BTreeSet<String> = conn
        .prepare("SELECT sha256 FROM files")?
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<_>>()?;
    for sha in files.stored_shas()? {
        if is_sha256(&sha) && !rows.contains(&sha) {
            // Complete (it was renamed whole) but unused: a commit that never came. Back in
            // staging it is reused if the same file is added again, and swept in due course.
            // Best effort, like everything here: a file left in place is only a note of `verify`,
            // while a failed start would keep the office out of its records.
            if files.unstore(&sha).is_err() {
                continue;
            }
            let staged = root.join("staging").join(&sha);
            let _ = File::options()
                .write(true)
                .open(&staged)
                .and_then(|f| f.set_modified(SystemTime::now()));
            report.unstored.push(sha);
        }
    }
    for shard in read_dir(&root.join("thumbs"))? {
        for thumb in read_dir(&shard)? {
            let name = thumb.file_name().map(|n| n.to_string_lossy().into_owned());
            let Some(sha) = name.as_deref().and_then(|n| n.strip_suffix(".jpg")) else {
                continue;
            };
            let unused = is_sha256(sha) && !rows.contains(sha) && !files.is_staged(sha);
            if unused && fs::remove_file(&thumb).is_ok() {
                report.thumbs += 1;
            }
        }
    }
    Ok(report)
}

/// Removes partial writes (only with `exclusive`) and staged files of abandoned forms.
fn sweep_staging(dir: &Path, exclusive: bool) -> Result<u64> {
    let now = SystemTime::now();
    let mut removed = 0;
    for path in read_dir(dir)? {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let age = fs::metadata(&path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| now.duration_since(t).ok())
            .unwrap_or_default();
        let partial = name.is_some_and(|n| n.ends_with(".part"));
        let stale = (partial && exclusive) || age > STAGING_MAX_AGE;
        if stale && !path.is_dir() && fs::remove_file(&path).is_ok() {
            removed += 1;
        }
    }
    Ok(removed)
}

fn read_dir(dir: &Path) -> Result<Vec<std::path::PathBuf>> {
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    fs::read_dir(dir)
        .map_err(Error::from_io)?
        .map(|e| e.map(|e| e.path()).map_err(Error::from_io))
        .collect()
}
