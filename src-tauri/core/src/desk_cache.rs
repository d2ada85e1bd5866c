//! A desk's cache of the office server's files (`<data>/server-cache/files`, `thumbs`): every
//! byte of it is also on the server, so it is kept to a size and may be dropped at any time.
//! At each start the least recently used files go until the cache is back under three
//! quarters of its limit; staging (what a form holds, not yet on the server) is never touched.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::error::{Error, Result};

/// The cache's size when nothing else is said: room for a few months of an office's photos.
pub const DEFAULT_LIMIT_MB: u64 = 2048;

/// What a trim did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Trimmed {
    pub removed: usize,
    pub freed: u64,
    pub kept: u64,
}

/// The limit in bytes: `PRESSDESK_CACHE_MB` (a whole number of megabytes), else the default.
pub fn limit_from_env() -> u64 {
    std::env::var("PRESSDESK_CACHE_MB")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .unwrap_or(DEFAULT_LIMIT_MB)
        .saturating_mul(1 << 20)
}

/// Marks a cached file as just used, so that a trim keeps it longer. A failure only makes it
/// look older: it is not worth an error.
pub fn touch(path: &Path) {
    if let Ok(file) = fs::File::open(path) {
        let _ = file.set_modified(SystemTime::now());
    }
}

/// Removes the least recently used files of the cache in `root` while it holds more than
/// `limit` bytes, down to three quarters of it (so that the next starts rarely trim again).
pub fn trim(root: &Path, limit: u64) -> Result<Trimmed> {
    let mut entries = Vec::new();
    for dir in ["files", "thumbs"] {
        collect(&root.join(dir), &mut entries)?;
    }
    let total: u64 = entries.iter().map(|e| e.size).sum();
    if total <= limit {
        return Ok(Trimmed {
            kept: total,
            ..Trimmed::default()
        });
    }
    entries.sort_by_key(|e| e.used);
    let target = limit / 4 * 3;
    let mut done = Trimmed {
        kept: total,
        ..Trimmed::default()
    };
    for entry in entries {
        if done.kept <= target {
            break;
        }
        match fs::remove_file(&entry.path) {
            Ok(()) => {
                done.removed += 1;
                done.freed += entry.size;
                done.kept -= entry.size;
            }
            // Gone meanwhile (another window of this desk): nothing to free.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::from_io(e)),
        }
    }
    Ok(done)
}

struct Entry {
    path: PathBuf,
    size: u64,
    used: SystemTime,
}

/// Every file below `dir` (the cache is sharded one level deep), with its size and its last
/// use: the later of its modification (a fetch, a `touch`) and its access.
fn collect(dir: &Path, out: &mut Vec<Entry>) -> Result<()> {
    let shards = match fs::read_dir(dir) {
        Ok(shards) => shards,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::from_io(e)),
    };
    for shard in shards {
        let shard = shard.map_err(Error::from_io)?.path();
        if !shard.is_dir() {
            continue;
        }
        for file in fs::read_dir(&shard).map_err(Error::from_io)? {
            let file = file.map_err(Error::from_io)?;
            let meta = file.metadata().map_err(Error::from_io)?;
            if !meta.is_file() {
                continue;
            }
            let modified = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
            let accessed = meta.accessed().unwrap_or(modified);
            out.push(Entry {
                path: file.path(),
                size: meta.len(),
                used: modified.max(accessed),
            });
        }
    }
    Ok(())
}
