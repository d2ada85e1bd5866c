//! Restore: only into an empty or new folder. The backup is unpacked beside it, every SHA-256 is
//! checked against the manifest, the database and audit chain are verified, then it is renamed.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use super::bag::{self, BagInfo, HashReader, HashWriter};
use super::BackupProgress;
use crate::error::{Error, Result};
use crate::model::Actor;
use crate::permissions::{require, Action};
use crate::{paths, verify, Store};

const TAG_FILES: [&str; 3] = ["bagit.txt", "bag-info.txt", "manifest-sha256.txt"];
const MAX_TAG_BYTES: u64 = 64 << 20;

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RestoreReport {
    pub into: String,
    pub releases: u64,
    pub events: u64,
    pub files: u64,
    pub audit_head: String,
}

/// Restores `archive` into `into` (absent or empty), verified before it is put in place.
#[tracing::instrument(skip_all, fields(by = actor.id()))]
pub fn restore(
    actor: &Actor,
    archive: &Path,
    into: &Path,
    progress: &mut dyn FnMut(BackupProgress),
) -> Result<RestoreReport> {
    require(actor, Action::Restore)?;
    let name = into
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| {
            Error::invalid("into", crate::tr!("err-sebutkan-folder-tujuan-pemulihan"))
        })?;
    if into.exists() {
        let empty = fs::read_dir(into)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        if !into.is_dir() || !empty {
            return Err(Error::invalid(
                "into",
                crate::tr!(
                    "err-folder-tujuan-tidak-kosong-pemulihan",
                    into_display = into.display()
                ),
            ));
        }
    }
    let parent = match into.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(Error::from_io)?;
    let stage = parent.join(format!(".{name}.pemulihan-{}", uuid::Uuid::now_v7()));
    fs::create_dir(&stage).map_err(Error::from_io)?;
    let result = unpack_and_check(archive, &stage, progress).and_then(|report| {
        if into.exists() {
            fs::remove_dir(into).map_err(Error::from_io)?;
        }
        fs::rename(&stage, into).map_err(Error::from_io)?;
        sync(&parent)?;
        Ok(RestoreReport {
            into: into.display().to_string(),
            ..report
        })
    });
    if result.is_err() {
        let _ = fs::remove_dir_all(&stage);
    }
    result
}

/// A refused backup: the message names what is wrong, starting with "Cadangan rusak".
fn corrupt(what: impl std::fmt::Display) -> Error {
    Error::invalid("backup", crate::tr!("err-cadangan-rusak", what = what))
}

pub(super) fn unpack_and_check(
    archive: &Path,
    stage: &Path,
    progress: &mut dyn FnMut(BackupProgress),
) -> Result<RestoreReport> {
    let mut file = File::open(archive).map_err(|_| {
        Error::invalid(
            "file",
            crate::tr!(
                "err-berkas-cadangan-tidak-dapat-dibuka",
                archive_display = archive.display()
            ),
        )
    })?;
    let len = file.metadata().map_err(Error::from_io)?.len();
    let trailer = read_trailer(&mut file, len)?;
    let body = len - bag::TRAILER_LEN;
    let mut reader = HashReader::new(BufReader::new(file).take(body));
    let (tags, actual) = unpack(&mut reader, stage, body, progress)?;
    io::copy(&mut reader, &mut io::sink()).map_err(Error::from_io)?;

    let tag_manifest = bag::parse_manifest(
        "tagmanifest-sha256.txt",
        tag_text(&tags, "tagmanifest-sha256.txt")?,
    )?;
    for name in TAG_FILES {
        let text = tag_text(&tags, name)?;
        if tag_manifest.get(name) != Some(&crate::files::sha256_hex(text.as_bytes())) {
            return Err(corrupt(crate::tr!("backup-bad-tag-file", name = name)));
        }
    }
    let manifest = bag::parse_manifest(
        "manifest-sha256.txt",
        tag_text(&tags, "manifest-sha256.txt")?,
    )?;
    check_payload(&manifest, &actual)?;
    if reader.hex() != trailer {
        return Err(corrupt(crate::tr!("backup-bad-whole")));
    }
    let info = BagInfo::parse(tag_text(&tags, "bag-info.txt")?)?;
    let report = check_store(stage, &info, actual.len() as u64)?;
    progress(BackupProgress {
        done: body,
        total: body,
    });
    Ok(report)
}

fn read_trailer(file: &mut File, len: u64) -> Result<String> {
    let not_ours = || corrupt(crate::tr!("backup-bad-not-ours"));
    if len < bag::TRAILER_LEN + 1024 {
        return Err(not_ours());
    }
    let mut trailer = vec![0u8; bag::TRAILER_LEN as usize];
    file.seek(SeekFrom::Start(len - bag::TRAILER_LEN))
        .and_then(|_| file.read_exact(&mut trailer))
        .map_err(Error::from_io)?;
    file.seek(SeekFrom::Start(0)).map_err(Error::from_io)?;
    let text = String::from_utf8(trailer).map_err(|_| not_ours())?;
    let sum = text
        .strip_prefix(bag::TRAILER_TAG)
        .and_then(|t| t.strip_suffix('\n'))
        .filter(|s| crate::files::is_sha256(s))
        .ok_or_else(not_ours)?;
    Ok(sum.to_owned())
}

type Unpacked = (BTreeMap<String, String>, BTreeMap<String, String>);

/// Tag files into memory, payload (`data/…`) into `stage`; returns each one's SHA-256.
fn unpack<R: Read>(
    reader: R,
    stage: &Path,
    total: u64,
    progress: &mut dyn FnMut(BackupProgress),
) -> Result<Unpacked> {
    let mut tags = BTreeMap::new();
    let mut actual = BTreeMap::new();
    let mut tar = tar::Archive::new(reader);
    let unreadable = |e: io::Error| match e.raw_os_error() {
        Some(_) => Error::from_io(e),
        None => corrupt(crate::tr!("backup-bad-unreadable", error = e)),
    };
    let mut done = 0u64;
    for entry in tar.entries().map_err(unreadable)? {
        let mut entry = entry.map_err(unreadable)?;
        let raw = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        if entry.header().entry_type() != tar::EntryType::Regular {
            return Err(corrupt(crate::tr!("backup-bad-not-regular", name = raw)));
        }
        let rel = paths::relative(&raw)
            .map_err(|_| corrupt(crate::tr!("backup-bad-path-outside", name = raw)))?;
        if actual.contains_key(&raw) || tags.contains_key(&raw) {
            return Err(corrupt(crate::tr!("backup-bad-twice", name = raw)));
        }
        let size = entry.size();
        if let Ok(inner) = rel.strip_prefix("data") {
            let known = inner == Path::new("pressdesk.db")
                || inner.starts_with("files")
                || inner.starts_with("thumbs");
            if !known || inner.components().count() > 3 {
                return Err(corrupt(crate::tr!("backup-bad-unknown-file", name = raw)));
            }
            let target = stage.join(paths::relative(&inner.to_string_lossy())?);
            if let Some(dir) = target.parent() {
                fs::create_dir_all(dir).map_err(Error::from_io)?;
            }
            let out = File::create(&target).map_err(Error::from_io)?;
            let mut writer = HashWriter::new(out);
            io::copy(&mut entry, &mut writer).map_err(unreadable)?;
            writer.inner.sync_all().map_err(Error::from_io)?;
            actual.insert(raw, hex::encode(sha2::Digest::finalize(writer.hasher)));
        } else if TAG_FILES.contains(&raw.as_str()) || raw == "tagmanifest-sha256.txt" {
            if size > MAX_TAG_BYTES {
                return Err(corrupt(crate::tr!("backup-bad-too-large", name = raw)));
            }
            let mut text = String::new();
            entry
                .read_to_string(&mut text)
                .map_err(|_| corrupt(crate::tr!("backup-bad-file-unreadable", name = raw)))?;
            tags.insert(raw, text);
        } else {
            return Err(corrupt(crate::tr!("backup-bad-unknown-file", name = raw)));
        }
        done += size;
        progress(BackupProgress { done, total });
    }
    Ok((tags, actual))
}

fn tag_text<'a>(tags: &'a BTreeMap<String, String>, name: &str) -> Result<&'a String> {
    tags.get(name)
        .ok_or_else(|| corrupt(crate::tr!("backup-bad-missing", name = name)))
}

fn check_payload(
    manifest: &BTreeMap<String, String>,
    actual: &BTreeMap<String, String>,
) -> Result<()> {
    for (path, sha) in manifest {
        match actual.get(path) {
            None => {
                return Err(corrupt(crate::tr!(
                    "backup-bad-listed-missing",
                    name = path
                )))
            }
            Some(got) if got != sha => {
                return Err(corrupt(crate::tr!(
                    "backup-bad-manifest-mismatch",
                    name = path
                )))
            }
            Some(_) => {}
        }
        if let Some(name) = path.strip_prefix("data/files/") {
            if name.rsplit('/').next() != Some(sha.as_str()) {
                return Err(corrupt(crate::tr!("backup-bad-name-mismatch", name = path)));
            }
        }
    }
    if let Some(extra) = actual.keys().find(|p| !manifest.contains_key(*p)) {
        return Err(corrupt(crate::tr!("backup-bad-not-listed", name = extra)));
    }
    Ok(())
}

/// Opens the restored store and checks it as `verify` does, plus the audit head of the bag.
fn check_store(stage: &Path, info: &BagInfo, files: u64) -> Result<RestoreReport> {
    if info.payload_files != files {
        return Err(corrupt(crate::tr!(
            "backup-bad-file-count",
            listed = info.payload_files,
            files = files
        )));
    }
    if !stage.join("pressdesk.db").is_file() {
        return Err(corrupt(crate::tr!("backup-bad-no-db")));
    }
    let store = Store::open(stage)?;
    make_thumbs(&store)?;
    let report = verify::run(&store, true)?;
    if let Some(fault) = report.faults.first() {
        return Err(corrupt(crate::tr!("backup-bad-db-check", fault = fault)));
    }
    if report.audit_head != info.audit_head
        || report.events != info.audit_events
        || report.releases != info.releases
    {
        return Err(corrupt(crate::tr!("backup-bad-audit-head")));
    }
    drop(store);
    sync(stage)?;
    Ok(RestoreReport {
        into: String::new(),
        releases: report.releases,
        events: report.events,
        files: report.files_checked,
        audit_head: report.audit_head,
    })
}

/// A bag made on the server carries only the thumbnails its desk had cached: the others are
/// made here from the restored photos (one at a time), as a server desk makes them when shown.
fn make_thumbs(store: &Store) -> Result<()> {
    let shas: Vec<String> = store.with_db(|db| {
        db.query(
            "SELECT sha256 FROM files WHERE has_thumb = 1 ORDER BY sha256",
            crate::args![],
        )?
        .iter()
        .map(|r| r.get(0))
        .collect()
    })?;
    for sha in shas {
        let thumb = store.files().thumb_path(&sha)?;
        if thumb.exists() {
            continue;
        }
        let bytes = fs::read(store.files().file_path(&sha)?).map_err(Error::from_io)?;
        // A photo that no longer makes a thumbnail is shown without one, as before.
        if let Ok(Some(made)) = crate::media::inspect("berkas", &bytes).map(|i| i.thumbnail) {
            store.files().write_atomic(&thumb, &made)?;
        }
    }
    Ok(())
}

fn sync(dir: &Path) -> Result<()> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(Error::from_io)
}
