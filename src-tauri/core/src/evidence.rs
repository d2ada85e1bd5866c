//! Evidence intake: a file is checked and staged the moment it is added to the form (so its
//! thumbnail shows at once); `promotion` moves it into the store when its record commits. A desk
//! on the office's server that did not register a photo makes its thumbnail when first asked
//! (`thumbnail`), from the file fetched into its cache.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use crate::args;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::files::{sha256_hex, FileMeta};
use crate::media::{self, human_size, Format, MAX_FILE_BYTES};
use crate::model::{Actor, EvidenceKind};
use crate::office::require_or_first_run;
use crate::permissions::Action;
use crate::sql::Db;

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
    let duplicate = store.with_db(|db| duplicate_note(db, &sha))?;
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
    let meta = std::fs::metadata(path).map_err(|_| {
        Error::media(
            "evidence",
            crate::tr!("err-berkas-tidak-ditemukan", shown = shown),
        )
    })?;
    if !meta.is_file() {
        return Err(Error::media(
            "evidence",
            crate::tr!("err-bukan-berkas", shown = shown),
        ));
    }
    if meta.len() > MAX_FILE_BYTES as u64 {
        return Err(Error::media(
            "evidence",
            crate::tr!(
                "err-berkas-terlalu-besar-batasnya-200",
                name = name,
                meta_len = human_size(meta.len())
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
                crate::tr!("err-berkas-tidak-dapat-dibaca-sampai", name = name, e = e),
            )
        })?;
    stage_bytes(store, &name, &bytes)
}

fn display_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name).trim();
    let clean: String = base.chars().filter(|c| !c.is_control()).take(200).collect();
    if clean.is_empty() {
        // A stored name, like the evidence's own: Indonesian whatever the interface language
        // (the message key it had was never in the files, so "err-berkas" was stored).
        "berkas".into()
    } else {
        clean
    }
}

fn duplicate_note(db: &Db, sha: &str) -> Result<Option<String>> {
    let used: Option<(i64, i64)> = db.query_opt(
        "SELECT r.agenda_seq, r.agenda_year FROM evidence e JOIN releases r ON r.id = e.release_id
         WHERE e.file_sha = ?1 ORDER BY r.id LIMIT 1",
        args![sha],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(used.map(|(seq, year)| {
        crate::tr!(
            "err-berkas-yang-sama-sudah-tersimpan",
            seq = crate::numbering::agenda_display(year, seq)
        )
    }))
}

/// Where a stored file's thumbnail is, or None when it has none (a video, a PDF). The desk that
/// staged the file made it then; any other desk of the office's server makes it the same way
/// from the file fetched into its cache, once, and keeps it there (dropped at will, like the
/// cache). CPU-heavy the first time: call off the UI thread.
pub fn thumbnail(store: &Store, sha: &str) -> Result<Option<PathBuf>> {
    let path = store.files().thumb_path(sha)?;
    if path.exists() {
        return Ok(Some(path));
    }
    if store.session().is_none() {
        return Ok(None);
    }
    let has_thumb: Option<bool> = store.with_db(|db| {
        db.query_opt(
            "SELECT has_thumb FROM files WHERE sha256 = ?1",
            args![sha],
            |r| r.get(0),
        )
    })?;
    if has_thumb != Some(true) {
        return Ok(None);
    }
    let bytes = std::fs::read(store.file_path(sha)?).map_err(Error::from_io)?;
    match media::inspect("berkas", &bytes)?.thumbnail {
        Some(thumb) => {
            store.files().write_atomic(&path, &thumb)?;
            Ok(Some(path))
        }
        None => Ok(None),
    }
}
