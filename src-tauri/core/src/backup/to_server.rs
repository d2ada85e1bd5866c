//! Restore onto the office's server: only onto an empty database (no office set up). The bag is
//! unpacked into a temporary folder and checked exactly as a restore into a folder is (every
//! SHA-256, the database, the audit chain against bag-info.txt); only then is the server
//! written, by `server move` from that folder: the schema, every table with its ids and
//! identity counters and every file's bytes in one transaction, checked afterwards (counts, the
//! chain, each file's hash). A damaged bag is refused before anything is written there; the
//! temporary folder goes in every case.

use std::fs;
use std::path::Path;

use super::restore::unpack_and_check;
use super::{BackupProgress, RestoreReport};
use crate::error::{Error, Result};
use crate::model::Actor;
use crate::permissions::{require, Action};
use crate::server::{connect, move_office, setup};

/// Restores `archive` onto the empty database `url` names (its administrator's URL).
#[tracing::instrument(skip_all, fields(by = actor.id()))]
pub fn restore_to_server(
    actor: &Actor,
    archive: &Path,
    url: &str,
    progress: &mut dyn FnMut(BackupProgress),
) -> Result<RestoreReport> {
    require(actor, Action::Restore)?;
    let place = connect::parse(url)?.place;
    // Told at once rather than after a long unpack: the server is reachable and still empty.
    let mut client = connect::connect(url)?;
    let db = setup::database_name(&mut client)?;
    setup::refuse_set_up(&mut client).map_err(|e| match e {
        Error::Conflict(_) => Error::invalid(
            "db",
            crate::tr!("err-basis-data-di-sudah-berisi", db = db, place = place),
        ),
        other => other,
    })?;
    drop(client);
    let stage = std::env::temp_dir().join(format!("pressdesk-pemulihan-{}", uuid::Uuid::now_v7()));
    fs::create_dir(&stage).map_err(Error::from_io)?;
    let result = unpack_and_check(archive, &stage, progress).and_then(|checked| {
        let moved = move_office(&stage, url)?;
        Ok(RestoreReport {
            into: crate::tr!("backup-into-server", db = db, place = place),
            files: moved.files,
            events: moved.events,
            audit_head: moved.chain_head,
            ..checked
        })
    });
    let _ = fs::remove_dir_all(&stage);
    result
}
