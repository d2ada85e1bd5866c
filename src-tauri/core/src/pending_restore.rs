//! A restore put in place at the next start: `backup` verifies the backup and unpacks it into
//! a new folder beside the data folder, and a marker names it; here, before the store opens,
//! the data folder is moved aside (kept, never deleted) and the restored one takes its place.
//! On the ground floor, so `Store::open` (db) need not call up into `backup`, which uses it too.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::sweep::DataLock;

/// How long a start waits for the process that asked for the restore to let go of the folder.
const WAIT_FOR_OLD: Duration = Duration::from_secs(10);

/// The marker beside the data folder: plain folder names in the same parent.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct Marker {
    pub(crate) restored: String,
    pub(crate) aside: String,
}

/// The marker's path, the data folder's parent and the data folder's name.
pub(crate) fn marker_path(dir: &Path) -> Result<(PathBuf, PathBuf, String)> {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| Error::invalid("into", crate::tr!("err-folder-data-tidak-bernama")))?;
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Ok((parent.join(format!(".{name}.pulihkan")), parent, name))
}

pub(crate) fn read_marker(marker: &Path, name: &str) -> Result<Option<Marker>> {
    let Ok(bytes) = fs::read(marker) else {
        return Ok(None);
    };
    let bad = || {
        Error::Corrupt(crate::tr!(
            "restore-marker-damaged",
            path = marker.display()
        ))
    };
    let marked: Marker = serde_json::from_slice(&bytes).map_err(|_| bad())?;
    // Only folders named as `backup::prepare_restore` names them, beside the data folder:
    // never a path elsewhere.
    let ours = |n: &str, kind: &str| {
        n.starts_with(&format!("{name}-{kind}-")) && !n.contains(['/', '\\']) && !n.contains("..")
    };
    if !ours(&marked.restored, "pulihan") || !ours(&marked.aside, "sebelum-pulih") {
        return Err(bad());
    }
    Ok(Some(marked))
}

/// Puts a prepared restore in place, if one waits: called by `Store::open` before anything
/// else. Each step is a rename checked by what exists, so a crash between them resumes here.
/// Returns where the earlier data went. While another process keeps the data folder open (the
/// app that asked, restarting), it waits a little, then leaves the restore for a later start.
pub(crate) fn apply(dir: &Path) -> Result<Option<PathBuf>> {
    let (marker, parent, name) = marker_path(dir)?;
    let Some(marked) = read_marker(&marker, &name)? else {
        return Ok(None);
    };
    let (restored, aside) = (parent.join(&marked.restored), parent.join(&marked.aside));
    if dir.exists() && restored.exists() {
        let started = Instant::now();
        let lock = loop {
            if let Some(lock) = DataLock::try_exclusive(dir)? {
                break lock;
            }
            if started.elapsed() > WAIT_FOR_OLD {
                return Ok(None);
            }
            std::thread::sleep(Duration::from_millis(100));
        };
        fs::rename(dir, &aside).map_err(Error::from_io)?;
        drop(lock);
        sync(&parent)?;
    }
    if !dir.exists() {
        if !restored.exists() {
            return Err(Error::Corrupt(crate::tr!(
                "restore-cannot-finish",
                restored = restored.display(),
                aside = aside.display()
            )));
        }
        fs::rename(&restored, dir).map_err(Error::from_io)?;
        sync(&parent)?;
    }
    fs::remove_file(&marker).map_err(Error::from_io)?;
    sync(&parent)?;
    Ok(aside.exists().then_some(aside))
}

fn sync(dir: &Path) -> Result<()> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(Error::from_io)
}
