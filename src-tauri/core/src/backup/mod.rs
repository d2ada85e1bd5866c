//! Backup to one file while the app is in use: a consistent SQLite snapshot (`VACUUM INTO`), every
//! stored file and thumbnail, and a BagIt-style manifest with the audit-chain head, in one tar.
//! On the office's server the same bag is made from one read-only snapshot of the server
//! (`from_server`), and it restores into an empty folder or onto an empty server (`to_server`).

mod bag;
mod from_server;
mod pending;
mod restore;
mod to_server;
mod writer;

use std::fs::{self, File};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use ts_rs::TS;

use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::Actor;
use crate::permissions::{require, Action};
use crate::{paths, timefmt};
pub use bag::BackupProgress;
use bag::BagInfo;
use writer::BagWriter;

pub use from_server::pins_readable;
pub use pending::{prepare_restore, PreparedRestore};
pub use restore::{restore, RestoreReport};
pub use to_server::restore_to_server;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct BackupReport {
    pub path: String,
    pub bytes: u64,
    pub files: u64,
    pub releases: u64,
    pub events: u64,
    pub audit_head: String,
}

/// The name the save dialog suggests: `pressdesk-cadangan-2026-11-22-0453.tar`.
pub fn suggested_name() -> String {
    format!(
        "pressdesk-cadangan-{}.tar",
        timefmt::now().format("%Y-%m-%d-%H%M")
    )
}

/// What the snapshot holds, read from the snapshot itself so it matches it exactly.
struct Snapshot {
    db: PathBuf,
    info: BagInfo,
    shas: Vec<String>,
}

/// Writes a backup of `store` to `out`: to a hidden temporary name beside it, fsynced, then
/// renamed, so a backup cut short never leaves a file that looks complete.
#[tracing::instrument(skip_all, fields(by = actor.id()))]
pub fn backup(
    store: &Store,
    actor: &Actor,
    out: &Path,
    progress: &mut dyn FnMut(BackupProgress),
) -> Result<BackupReport> {
    require(actor, Action::Backup)?;
    let (dir, name) = check_destination(store, out)?;
    let tmp = dir.join(format!(".{name}.{}.part", uuid::Uuid::now_v7()));
    let written = if store.session().is_some() {
        from_server::write_bag(store, &tmp, progress)
    } else {
        snapshot(store).and_then(|snapshot| {
            let written = write_bag(store, &snapshot, &tmp, progress);
            let _ = fs::remove_file(&snapshot.db);
            written.map(|n| (n, snapshot.info))
        })
    };
    let ((bytes, files), info) =
        match written.and_then(|w| finish(&tmp, &dir.join(&name)).map(|_| w)) {
            Ok(w) => w,
            Err(err) => {
                let _ = fs::remove_file(&tmp);
                return Err(err);
            }
        };
    tracing::info!(bytes, files, releases = info.releases, "backup written");
    Ok(BackupReport {
        path: dir.join(&name).display().to_string(),
        bytes,
        files,
        releases: info.releases,
        events: info.audit_events,
        audit_head: info.audit_head,
    })
}

/// The destination's folder must exist and lie outside the data folder.
fn check_destination(store: &Store, out: &Path) -> Result<(PathBuf, String)> {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .ok_or_else(|| Error::invalid("out", crate::tr!("err-sebutkan-nama-berkas-cadangan")))?;
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let dir = parent.canonicalize().map_err(|_| {
        Error::invalid(
            "out",
            crate::tr!(
                "err-folder-tujuan-tidak-ada",
                parent_display = parent.display()
            ),
        )
    })?;
    let data = store.dir().canonicalize().map_err(Error::from_io)?;
    if dir.starts_with(&data) {
        return Err(Error::invalid(
            "out",
            crate::tr!("err-simpan-cadangan-di-luar-folder"),
        ));
    }
    if dir.join(&name).is_dir() {
        return Err(Error::invalid(
            "out",
            crate::tr!("err-adalah-folder-pilih-nama-berkas", name = name),
        ));
    }
    Ok((dir, name))
}

/// `VACUUM INTO` a file in staging (swept at start if we are killed), then read from it.
fn snapshot(store: &Store) -> Result<Snapshot> {
    let db = store
        .dir()
        .join("staging")
        .join(format!("backup-{}.part", uuid::Uuid::now_v7()));
    let target = db.to_string_lossy().into_owned();
    store.with_conn(|c| Ok(c.execute("VACUUM INTO ?1", [&target])?))?;
    let read = || -> Result<Snapshot> {
        let conn = Connection::open_with_flags(&db, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        conn.pragma_update(None, "journal_mode", "DELETE")?;
        let (info, shas) = bag::describe(&conn)?;
        Ok(Snapshot {
            db: db.clone(),
            info,
            shas,
        })
    };
    read().inspect_err(|_| {
        let _ = fs::remove_file(&db);
    })
}

/// One payload entry: its name in the bag and where it is now.
struct Entry {
    name: String,
    path: PathBuf,
    size: u64,
    /// For stored files: the SHA-256 their name promises.
    expect: Option<String>,
}

fn entries(store: &Store, snapshot: &Snapshot) -> Result<Vec<Entry>> {
    let size = |p: &Path| fs::metadata(p).map(|m| m.len()).map_err(Error::from_io);
    let mut out = vec![Entry {
        name: "data/pressdesk.db".into(),
        size: size(&snapshot.db)?,
        path: snapshot.db.clone(),
        expect: None,
    }];
    for sha in &snapshot.shas {
        let path = store.files().file_path(sha)?;
        let path = paths::regular_file_inside(store.dir(), &path).map_err(|_| {
            Error::Corrupt(crate::tr!("err-berkas-hilang-atau-bukan-berkas", sha = sha))
        })?;
        out.push(Entry {
            name: format!("data/files/{}/{sha}", &sha[..2]),
            size: size(&path)?,
            path,
            expect: Some(sha.clone()),
        });
        let thumb = store.files().thumb_path(sha)?;
        if let Ok(thumb) = paths::regular_file_inside(store.dir(), &thumb) {
            out.push(Entry {
                name: format!("data/thumbs/{}/{sha}.jpg", &sha[..2]),
                size: size(&thumb)?,
                path: thumb,
                expect: None,
            });
        }
    }
    Ok(out)
}

fn write_bag(
    store: &Store,
    snapshot: &Snapshot,
    tmp: &Path,
    progress: &mut dyn FnMut(BackupProgress),
) -> Result<(u64, u64)> {
    let entries = entries(store, snapshot)?;
    let total: u64 = entries.iter().map(|e| e.size).sum();
    let mut bag = BagWriter::create(tmp)?;
    progress(BackupProgress { done: 0, total });
    for entry in &entries {
        let sha = bag.add_file(&entry.name, &entry.path, entry.size)?;
        if entry.expect.as_ref().is_some_and(|e| *e != sha) {
            return Err(Error::Corrupt(crate::tr!(
                "err-berkas-tersimpan-telah-berubah-sha",
                name = entry.name
            )));
        }
        progress(BackupProgress {
            done: bag.payload().0,
            total,
        });
    }
    bag.finish(&snapshot.info)
}

/// Renames the finished temporary file into place and makes the rename durable.
fn finish(tmp: &Path, out: &Path) -> Result<()> {
    fs::rename(tmp, out).map_err(Error::from_io)?;
    let dir = out.parent().unwrap_or(Path::new("."));
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(Error::from_io)
}
