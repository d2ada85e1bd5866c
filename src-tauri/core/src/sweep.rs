//! The start-up sweep: what a killed process left in the data folder. Stored files its
//! promotion notes name and no record refers to leave the store, partial writes go, all of it
//! only while no other PressDesk process has the folder open; abandoned staged files go always.

use std::fs::{self, File, TryLockError};
use std::path::Path;
use std::time::{Duration, SystemTime};

use rusqlite::Connection;

use crate::error::{Error, Result};
use crate::files::{is_sha256, FileStore, PROMOTING};

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
    /// Stored files that a dead process's promotion notes name and no `files` row does, moved
    /// back to staging (their SHA-256).
    pub unstored: Vec<String>,
    /// Thumbnails of abandoned staged files, removed with them.
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

/// Sweeps the data folder. With `exclusive` (no other process has it open) the files that a
/// dead process's promotion notes name and no row refers to go back to staging, and every
/// partial write is removed; without it only staged files older than [`STAGING_MAX_AGE`] go,
/// as another process may be between promoting a file and committing its row, or writing a
/// `.part` right now. The work is that of the notes and `staging/`, never of the whole store,
/// so a start on a decade's million photos costs what one on an empty folder does.
/// On a desk of the office's server (`conn` None) the folder is only a cache: a file promoted
/// for a commit that never came is never named by a record, so its note simply goes.
pub(crate) fn sweep(
    conn: Option<&Connection>,
    files: &FileStore,
    exclusive: bool,
) -> Result<SweepReport> {
    let mut report = SweepReport {
        exclusive,
        ..SweepReport::default()
    };
    match (exclusive, conn) {
        // Notes first: a file they send back to staging gets a fresh date, so it stays a day.
        (true, Some(conn)) => report.unstored = unstore_uncommitted(conn, files)?,
        (true, None) => {
            for (note, _) in files.promotion_notes()? {
                let _ = fs::remove_file(note);
            }
        }
        (false, _) => {}
    }
    (report.staging, report.thumbs) = sweep_staging(files, exclusive)?;
    Ok(report)
}

/// Follows the promotion notes of dead processes: each file a note names that is stored but
/// has no row was renamed whole for a commit that never came. Back in staging it is reused if
/// the same file is added again, and swept in due course. Best effort, like everything here: a
/// file left in place is only a note of `verify`, while a failed start would keep the office
/// out of its records.
fn unstore_uncommitted(conn: &Connection, files: &FileStore) -> Result<Vec<String>> {
    let mut has_row = conn.prepare("SELECT EXISTS (SELECT 1 FROM files WHERE sha256 = ?1)")?;
    let mut unstored = Vec::new();
    for (note, shas) in files.promotion_notes()? {
        for sha in shas {
            if !files.is_stored(&sha) || has_row.query_row([&sha], |r| r.get::<_, bool>(0))? {
                continue;
            }
            if files.unstore(&sha).is_err() {
                continue;
            }
            let _ = files.staged_path(&sha).and_then(|staged| {
                File::options()
                    .write(true)
                    .open(staged)
                    .and_then(|f| f.set_modified(SystemTime::now()))
                    .map_err(Error::from_io)
            });
            unstored.push(sha);
        }
        let _ = fs::remove_file(note);
    }
    unstored.sort();
    Ok(unstored)
}

/// Removes partial writes (only with `exclusive`) and the staged files of abandoned forms with
/// their thumbnails; returns how many staging files and thumbnails went. Promotion notes stay
/// for the exclusive sweep, however old.
fn sweep_staging(files: &FileStore, exclusive: bool) -> Result<(u64, u64)> {
    let now = SystemTime::now();
    let (mut removed, mut thumbs) = (0, 0);
    for path in read_dir(&files.root().join("staging"))? {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.ends_with(PROMOTING) || path.is_dir() {
            continue;
        }
        let age = fs::metadata(&path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| now.duration_since(t).ok())
            .unwrap_or_default();
        let partial = name.ends_with(".part");
        if !((partial && exclusive) || age > STAGING_MAX_AGE) {
            continue;
        }
        // The thumbnail first: a kill in between leaves a staged file without one, never a
        // thumbnail without its file.
        if is_sha256(&name) && !files.is_stored(&name) {
            let thumb = files.thumb_path(&name)?;
            if thumb.exists() && fs::remove_file(&thumb).is_ok() {
                thumbs += 1;
            }
        }
        if fs::remove_file(&path).is_ok() {
            removed += 1;
        }
    }
    Ok((removed, thumbs))
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
