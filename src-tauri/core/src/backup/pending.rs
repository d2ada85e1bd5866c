//! Restore while the app runs: the backup is verified and unpacked into a new folder beside the
//! data folder and a marker names it; at the next start, before the store opens,
//! `pending_restore` moves the data folder aside (kept, never deleted) and puts the restored one
//! in its place.

use std::fs::{self, File};
use std::io::Write;
use std::path::Path;

use serde::Serialize;
use ts_rs::TS;

use super::{restore, BackupProgress, RestoreReport};
use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::Actor;
use crate::pending_restore::{marker_path, read_marker, Marker};
use crate::permissions::{require, Action};
use crate::timefmt;

/// A restore that waits for the next start.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PreparedRestore {
    pub restored: RestoreReport,
    /// Where the data in use now will be kept after the restart.
    pub aside: String,
}

/// Verifies `archive` and restores it beside the data folder, to be put in place at the next
/// start. The data in use is untouched until then; a refused backup leaves nothing behind.
pub fn prepare_restore(
    store: &Store,
    actor: &Actor,
    archive: &Path,
    progress: &mut dyn FnMut(BackupProgress),
) -> Result<PreparedRestore> {
    require(actor, Action::Restore)?;
    if store.session().is_some() {
        // The desk's folder only caches the server's files: the office's records are restored
        // onto an empty server by its administrator.
        return Err(Error::invalid(
            "file",
            crate::tr!("err-desk-ini-memakai-server-kantor"),
        ));
    }
    let (marker, parent, name) = marker_path(store.dir())?;
    let stamp = timefmt::now().format("%Y-%m-%d-%H%M%S");
    let marked = Marker {
        restored: format!("{name}-pulihan-{stamp}"),
        aside: format!("{name}-sebelum-pulih-{stamp}"),
    };
    if parent.join(&marked.restored).exists() || parent.join(&marked.aside).exists() {
        return Err(Error::Conflict(crate::tr!(
            "err-pemulihan-lain-baru-saja-disiapkan"
        )));
    }
    // An earlier restore that was prepared but never applied is replaced by this one.
    if let Some(old) = read_marker(&marker, &name)? {
        fs::remove_file(&marker).map_err(Error::from_io)?;
        let _ = fs::remove_dir_all(parent.join(old.restored));
    }
    let restored = restore(actor, archive, &parent.join(&marked.restored), progress)?;
    let written = (|| {
        let tmp = parent.join(format!(".{name}.pulihkan.part"));
        let mut file = File::create(&tmp)?;
        file.write_all(&serde_json::to_vec(&marked)?)?;
        file.sync_all()?;
        fs::rename(&tmp, &marker)?;
        File::open(&parent)?.sync_all()
    })();
    if let Err(err) = written {
        let _ = fs::remove_dir_all(parent.join(&marked.restored));
        return Err(Error::from_io(err));
    }
    Ok(PreparedRestore {
        restored,
        aside: parent.join(&marked.aside).display().to_string(),
    })
}
