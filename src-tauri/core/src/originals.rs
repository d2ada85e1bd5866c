//! The originals of a release's evidence, saved out of the store under the names the sender
//! gave them: one file where the user chose, or all of them into a folder (the operator puts
//! the photos on the website). Each copy is checked against its SHA-256 while it is written,
//! goes to a temporary name first and is renamed into place, and never replaces a file the
//! user did not agree to replace.

use std::collections::HashSet;
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::db::Store;
use crate::error::{Error, Result};
use crate::media::human_size;
use crate::model::{Actor, EvidenceKind};
use crate::release::{self, EvidenceItem};

/// One original written out.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SavedOriginal {
    pub name: String,
    pub path: String,
    pub size_label: String,
}

/// What "save all" did: the files written, those left alone, and a sentence for the user.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SaveReport {
    pub folder: String,
    pub saved: Vec<SavedOriginal>,
    /// Names already present in the folder: not overwritten.
    pub kept: Vec<String>,
    pub message: String,
}

/// The evidence item `sha` of release `key` (its original name, type and kind), or the scan
/// of one of its paper parafs (named after the role and the agenda number).
pub fn original(store: &Store, actor: &Actor, key: &str, sha: &str) -> Result<EvidenceItem> {
    let detail = release::get_release(store, actor, key)?;
    let agenda = detail.summary.agenda_no.replace('/', "-");
    if let Some(item) = detail.evidence.into_iter().find(|e| e.sha256 == sha) {
        return Ok(item);
    }
    let scan = detail
        .parafs
        .iter()
        .find(|p| p.scan_sha.as_deref() == Some(sha))
        .ok_or_else(|| {
            Error::NotFound(crate::tr!(
                "err-berkas-bukti-itu-tidak-ada",
                agenda_no = detail.summary.agenda_no
            ))
        })?;
    let (mime, size): (String, i64) = store.with_db(|db| {
        db.query_row(
            "SELECT mime, size FROM files WHERE sha256 = ?1",
            crate::args![sha],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    })?;
    let ext = match mime.as_str() {
        "application/pdf" => "pdf",
        "image/png" => "png",
        "image/webp" => "webp",
        _ => "jpg",
    };
    Ok(EvidenceItem {
        sha256: sha.to_owned(),
        kind: EvidenceKind::Letter,
        kind_label: crate::tr!("paper-paraf-scan"),
        name: format!(
            "paraf-kertas-{}-{agenda}.{ext}",
            scan.role_label.to_lowercase().replace(' ', "-")
        ),
        mime,
        size_label: human_size(size.max(0) as u64),
        width: None,
        height: None,
        captured_at: None,
        has_thumb: false,
    })
}

/// The bytes of an original (a letter for the PDF viewer), checked against its SHA-256.
pub fn read_original(
    store: &Store,
    actor: &Actor,
    key: &str,
    sha: &str,
) -> Result<(Vec<u8>, String)> {
    let item = original(store, actor, key, sha)?;
    let path = stored(store, sha)?;
    let bytes = fs::read(path).map_err(Error::from_io)?;
    if crate::files::sha256_hex(&bytes) != sha {
        return Err(changed(&item.name));
    }
    Ok((bytes, item.name))
}

/// Writes the original `sha` of release `key` to `dest`. `replace` is true only when the user
/// already agreed to replace an existing file (the system save dialog asks); otherwise an
/// existing file is refused with a message that says so.
pub fn save_original(
    store: &Store,
    actor: &Actor,
    key: &str,
    sha: &str,
    dest: &Path,
    replace: bool,
) -> Result<SavedOriginal> {
    let item = original(store, actor, key, sha)?;
    let Some(size) = copy_verified(&stored(store, sha)?, sha, &item.name, dest, replace)? else {
        return Err(Error::Conflict(crate::tr!(
            "err-sudah-ada-tidak-ditimpa-pilih",
            dest_display = dest.display()
        )));
    };
    Ok(SavedOriginal {
        name: item.name,
        path: dest.display().to_string(),
        size_label: human_size(size),
    })
}

/// Saves every original of release `key` (or only those of `kind`) into `folder` under their
/// own names; two with the same name become `foto.jpg` and `foto (2).jpg`. A name already in
/// the folder is kept as it is and listed. If a copy fails, the files this call wrote are
/// removed again: the folder is as it was.
pub fn save_all(
    store: &Store,
    actor: &Actor,
    key: &str,
    folder: &Path,
    kind: Option<EvidenceKind>,
) -> Result<SaveReport> {
    let detail = release::get_release(store, actor, key)?;
    if !folder.is_dir() {
        return Err(Error::invalid(
            "folder",
            crate::tr!(
                "err-folder-tidak-ditemukan",
                folder_display = folder.display()
            ),
        ));
    }
    let items: Vec<EvidenceItem> = detail
        .evidence
        .into_iter()
        .filter(|e| kind.is_none_or(|k| e.kind == k))
        .collect();
    if items.is_empty() {
        return Err(Error::Conflict(crate::tr!(
            "err-rilis-tidak-memiliki-berkas-bukti",
            agenda_no = detail.summary.agenda_no
        )));
    }
    let mut used = HashSet::new();
    let (mut saved, mut kept, mut written) = (Vec::new(), Vec::new(), Vec::<PathBuf>::new());
    for item in &items {
        let name = unique_name(&item.name, &mut used);
        let dest = folder.join(&name);
        if fs::symlink_metadata(&dest).is_ok() {
            kept.push(name);
            continue;
        }
        match copy_verified(
            &stored(store, &item.sha256)?,
            &item.sha256,
            &name,
            &dest,
            false,
        ) {
            Ok(Some(size)) => {
                written.push(dest.clone());
                saved.push(SavedOriginal {
                    name,
                    path: dest.display().to_string(),
                    size_label: human_size(size),
                });
            }
            Ok(None) => kept.push(name),
            Err(err) => {
                for path in &written {
                    // Best effort: a file left here is a whole, correct copy.
                    let _ = fs::remove_file(path);
                }
                return Err(err);
            }
        }
    }
    let mut message = if saved.is_empty() {
        crate::tr!(
            "err-tidak-ada-berkas-baru-yang",
            folder_display = folder.display()
        )
    } else {
        crate::tr!(
            "err-berkas-disimpan-ke",
            saved_len = saved.len(),
            folder_display = folder.display()
        )
    };
    if !kept.is_empty() {
        message.push(' ');
        message.push_str(&crate::tr!(
            "err-sudah-ada-di-folder-itu",
            kept_len = kept.len(),
            kept_join = kept.join(", ")
        ));
    }
    Ok(SaveReport {
        folder: folder.display().to_string(),
        saved,
        kept,
        message,
    })
}

fn stored(store: &Store, sha: &str) -> Result<PathBuf> {
    // On the office's server: fetched into the desk's cache first.
    let path = store.file_path(sha)?;
    // A symlink planted in the data folder is never followed out of it.
    crate::paths::regular_file_inside(store.dir(), &path).map_err(|_| {
        Error::Corrupt(crate::tr!(
            "err-berkas-tersimpan-hilang-dari-folder",
            sha = sha
        ))
    })
}

fn changed(name: &str) -> Error {
    Error::Corrupt(crate::tr!("err-berkas-asli-di-folder-data", name = name))
}

/// A name that is a plain file name (no folder part, not `.` or `..`), made unique in `used`
/// (compared without case: the operator's USB stick may not tell `A.jpg` from `a.jpg`).
fn unique_name(name: &str, used: &mut HashSet<String>) -> String {
    let plain = crate::paths::relative(name)
        .ok()
        .filter(|p| p.components().count() == 1)
        .map(|_| name.to_owned())
        .unwrap_or_else(|| "berkas".to_owned());
    let (stem, ext) = match plain.rfind('.') {
        Some(i) if i > 0 => (&plain[..i], &plain[i..]),
        _ => (plain.as_str(), ""),
    };
    let mut candidate = plain.clone();
    let mut n = 2;
    while !used.insert(candidate.to_lowercase()) {
        candidate = format!("{stem} ({n}){ext}");
        n += 1;
    }
    candidate
}

/// Streams `src` into a temporary file beside `dest`, hashing as it goes; only a copy whose
/// SHA-256 is `sha` is synced and renamed to `dest`. Returns the bytes written, or `None` when
/// `dest` exists and may not be replaced.
fn copy_verified(
    src: &Path,
    sha: &str,
    name: &str,
    dest: &Path,
    replace: bool,
) -> Result<Option<u64>> {
    let dir = dest.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(".{}.pressdesk-part", uuid::Uuid::now_v7()));
    let result = (|| {
        let mut from = File::open(src).map_err(Error::from_io)?;
        let mut to = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
            .map_err(|e| cannot_write(dest, e))?;
        let (mut hasher, mut buf, mut size) = (Sha256::new(), vec![0u8; 1 << 20], 0u64);
        loop {
            let n = from.read(&mut buf).map_err(Error::from_io)?;
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
            to.write_all(&buf[..n]).map_err(|e| cannot_write(dest, e))?;
            size += n as u64;
        }
        if hex::encode(hasher.finalize()) != sha {
            return Err(changed(name));
        }
        to.sync_all().map_err(|e| cannot_write(dest, e))?;
        if !replace && fs::symlink_metadata(dest).is_ok() {
            return Ok(None);
        }
        fs::rename(&tmp, dest).map_err(|e| cannot_write(dest, e))?;
        Ok(Some(size))
    })();
    if !matches!(result, Ok(Some(_))) {
        let _ = fs::remove_file(&tmp);
    }
    result
}

fn cannot_write(dest: &Path, err: std::io::Error) -> Error {
    Error::invalid(
        "folder",
        crate::tr!(
            "err-tidak-dapat-ditulis",
            dest_display = dest.display(),
            err = err
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_collide_are_numbered_and_odd_names_made_plain() {
        let mut used = HashSet::new();
        assert_eq!(unique_name("foto.jpg", &mut used), "foto.jpg");
        assert_eq!(unique_name("FOTO.jpg", &mut used), "FOTO (2).jpg");
        assert_eq!(unique_name("foto.jpg", &mut used), "foto (3).jpg");
        assert_eq!(unique_name("..", &mut used), "berkas");
        assert_eq!(unique_name("a/b.jpg", &mut used), "berkas (2)");
        assert_eq!(unique_name(".profile", &mut used), ".profile");
    }
}
