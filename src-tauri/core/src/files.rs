//! Content-addressed file storage: `files/ab/abcdef…` by SHA-256, thumbnails in `thumbs/`,
//! and a `staging/` folder for files that are checked but not yet referenced by a record.

use std::fs::{self, File};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// The name ending of a promotion note in `staging/` (see [`FileStore::note_promotion`]).
pub const PROMOTING: &str = ".promoting";

pub struct FileStore {
    root: PathBuf,
}

/// What intake learned about a file, kept beside it in staging until its record commits.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct FileMeta {
    pub size: u64,
    pub mime: String,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub captured_at: Option<String>,
}

impl FileMeta {
    pub fn of(inspected: &crate::media::Inspected, size: u64) -> FileMeta {
        FileMeta {
            size,
            mime: inspected.format.mime().to_owned(),
            width: inspected.width,
            height: inspected.height,
            captured_at: inspected.captured_at.clone(),
        }
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Streams a file through SHA-256 so that verifying a video does not load it whole.
pub fn sha256_file(path: &Path) -> Result<String> {
    let mut file = File::open(path).map_err(Error::from_io)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = file.read(&mut buf).map_err(Error::from_io)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hex::encode(hasher.finalize()))
}

/// A SHA-256 in lowercase hex is the only name a caller may use to reach a stored file;
/// checking it here keeps `../` and friends out of every path we build.
pub fn is_sha256(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

impl FileStore {
    pub fn open(data_dir: &Path) -> Result<FileStore> {
        for sub in ["files", "thumbs", "staging"] {
            fs::create_dir_all(data_dir.join(sub)).map_err(Error::from_io)?;
        }
        Ok(FileStore {
            root: data_dir.to_path_buf(),
        })
    }

    /// The data folder this store lives in.
    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn file_path(&self, sha: &str) -> Result<PathBuf> {
        self.sharded("files", sha, "")
    }

    pub fn thumb_path(&self, sha: &str) -> Result<PathBuf> {
        self.sharded("thumbs", sha, ".jpg")
    }

    pub(crate) fn staged_path(&self, sha: &str) -> Result<PathBuf> {
        check_sha(sha)?;
        Ok(self.root.join("staging").join(sha))
    }

    fn sharded(&self, dir: &str, sha: &str, ext: &str) -> Result<PathBuf> {
        check_sha(sha)?;
        Ok(self
            .root
            .join(dir)
            .join(&sha[..2])
            .join(format!("{sha}{ext}")))
    }

    pub fn is_stored(&self, sha: &str) -> bool {
        self.file_path(sha).map(|p| p.exists()).unwrap_or(false)
    }

    pub fn is_staged(&self, sha: &str) -> bool {
        self.staged_path(sha).map(|p| p.exists()).unwrap_or(false)
    }

    /// Puts checked bytes in staging (unless already stored) and their thumbnail beside the
    /// stored files; nothing refers to them until a record is committed.
    pub fn stage(
        &self,
        sha: &str,
        bytes: &[u8],
        thumb: Option<&[u8]>,
        meta: &FileMeta,
    ) -> Result<()> {
        if !self.is_stored(sha) && !self.is_staged(sha) {
            let meta = serde_json::to_vec(meta)?;
            self.write_atomic(&self.meta_path(sha)?, &meta)?;
            self.write_atomic(&self.staged_path(sha)?, bytes)?;
        }
        // After the file, so that a thumbnail always has its file (staged or stored) even when
        // a kill lands in between: the start-up sweep never has to look through `thumbs/`.
        if let Some(thumb) = thumb {
            let path = self.thumb_path(sha)?;
            if !path.exists() {
                self.write_atomic(&path, thumb)?;
            }
        }
        Ok(())
    }

    fn meta_path(&self, sha: &str) -> Result<PathBuf> {
        check_sha(sha)?;
        Ok(self.root.join("staging").join(format!("{sha}.meta.json")))
    }

    pub fn staged_meta(&self, sha: &str) -> Option<FileMeta> {
        let bytes = fs::read(self.meta_path(sha).ok()?).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// The bytes of a file that is staged or already stored.
    pub fn read_any(&self, sha: &str) -> Result<Vec<u8>> {
        let stored = self.file_path(sha)?;
        let path = if stored.exists() {
            stored
        } else {
            self.staged_path(sha)?
        };
        // A symlink planted in the data folder is never followed out of it.
        crate::paths::regular_file_inside(&self.root, &path)
            .and_then(|p| fs::read(p).map_err(Error::from_io))
            .map_err(|_| Error::invalid("file", crate::tr!("err-berkas-belum-diunggah-atau-sudah")))
    }

    /// Drops the staging notes of files whose records committed.
    pub fn forget_meta<'s>(&self, shas: impl Iterator<Item = &'s str>) {
        for sha in shas {
            if let Ok(path) = self.meta_path(sha) {
                let _ = fs::remove_file(path);
            }
        }
    }

    /// Notes, before any of `shas` is promoted, that they are about to be: a process killed
    /// between a promotion and its commit leaves this note, and the next start unstores exactly
    /// the files it names that no row refers to, instead of reading every stored file and row.
    /// Not synced: a kill keeps the page cache; after a power cut the worst case is a stored
    /// file no record names, which `verify` reports.
    pub fn note_promotion(&self, shas: &[String]) -> Result<Option<PathBuf>> {
        if shas.iter().all(|sha| self.is_stored(sha)) {
            return Ok(None);
        }
        let path = self
            .root
            .join("staging")
            .join(format!("{}{PROMOTING}", uuid::Uuid::now_v7()));
        // A note cut short by a kill lists fewer files than the promotion, but the kill came
        // before the first rename, so every file it could have promoted is listed.
        if let Err(err) = fs::write(&path, shas.join("\n")) {
            // A full disk: nothing was promoted, so the half-written note goes too.
            let _ = fs::remove_file(&path);
            return Err(Error::from_io(err));
        }
        Ok(Some(path))
    }

    /// The promotion notes left in staging, each with the files it names.
    pub fn promotion_notes(&self) -> Result<Vec<(PathBuf, Vec<String>)>> {
        let mut notes = Vec::new();
        for entry in fs::read_dir(self.root.join("staging")).map_err(Error::from_io)? {
            let path = entry.map_err(Error::from_io)?.path();
            let is_note = path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().ends_with(PROMOTING));
            if !is_note {
                continue;
            }
            let text = fs::read_to_string(&path).unwrap_or_default();
            let shas = text.lines().filter(|l| is_sha256(l)).map(str::to_owned);
            notes.push((path.clone(), shas.collect()));
        }
        Ok(notes)
    }

    /// Moves a staged file into the store. Returns true when this call created the stored
    /// copy, so that a failed transaction can take exactly those back with [`Self::unstore`].
    /// The rename is durable only after [`Self::sync_dirs`] of the folders it touched.
    pub fn promote(&self, sha: &str) -> Result<bool> {
        let target = self.file_path(sha)?;
        let staged = self.staged_path(sha)?;
        if target.exists() {
            return Ok(false);
        }
        if !staged.exists() {
            return Err(Error::invalid(
                "evidence",
                crate::tr!("err-berkas-bukti-belum-diunggah-atau"),
            ));
        }
        let dir = target.parent().unwrap_or(&self.root).to_path_buf();
        fs::create_dir_all(&dir).map_err(Error::from_io)?;
        fs::rename(&staged, &target).map_err(Error::from_io)?;
        Ok(true)
    }

    /// Makes the renames of these stored files durable: each one's folder is synced, all at
    /// once, so that the file system can write them in one journal commit instead of one
    /// commit (one disk flush) after another.
    pub fn sync_dirs<'s>(&self, shas: impl IntoIterator<Item = &'s str>) -> Result<()> {
        let mut dirs = Vec::new();
        for sha in shas {
            if let Some(dir) = self.file_path(sha)?.parent() {
                if !dirs.iter().any(|d: &PathBuf| d == dir) {
                    dirs.push(dir.to_path_buf());
                }
            }
        }
        std::thread::scope(|scope| {
            let syncs: Vec<_> = dirs.iter().map(|d| scope.spawn(|| sync_dir(d))).collect();
            syncs.into_iter().try_for_each(|s| {
                s.join()
                    .unwrap_or_else(|_| Err(Error::Internal(crate::tr!("files-sync-failed"))))
            })
        })
    }

    /// Puts a just-promoted file back into staging after its transaction failed.
    pub fn unstore(&self, sha: &str) -> Result<()> {
        let target = self.file_path(sha)?;
        if target.exists() {
            fs::rename(&target, self.staged_path(sha)?).map_err(Error::from_io)?;
        }
        Ok(())
    }

    /// Writes to a temporary file, fsyncs it, renames it into place and fsyncs the folder,
    /// so a crash leaves either the old state or the whole new file, never a partial one.
    pub fn write_atomic(&self, path: &Path, bytes: &[u8]) -> Result<()> {
        self.write_streamed(path, |to| {
            to.write_all(bytes).map_err(Error::from_io)?;
            Ok(bytes.len() as u64)
        })?;
        sync_dir(path.parent().unwrap_or(&self.root))
    }

    /// Writes what `fill` streams into a temporary file, fsyncs it and renames it to `path`
    /// (a file fetched from the server into the desk's cache): never a partial file there.
    pub fn write_streamed(
        &self,
        path: &Path,
        fill: impl FnOnce(&mut dyn Write) -> Result<u64>,
    ) -> Result<()> {
        let dir = path.parent().unwrap_or(&self.root);
        fs::create_dir_all(dir).map_err(Error::from_io)?;
        let tmp = self
            .root
            .join("staging")
            .join(format!("{}.part", uuid::Uuid::now_v7()));
        let result = (|| {
            let mut file = std::io::BufWriter::new(File::create(&tmp).map_err(Error::from_io)?);
            fill(&mut file)?;
            let file = file
                .into_inner()
                .map_err(|e| Error::from_io(e.into_error()))?;
            file.sync_all().map_err(Error::from_io)?;
            fs::rename(&tmp, path).map_err(Error::from_io)
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result
    }

    /// Writes a file the user chose to save (an export, a PDF) outside the data folder: to a
    /// temporary name beside it, then renamed, so a full disk never leaves half a file there.
    pub fn write_export(path: &Path, bytes: &[u8]) -> Result<()> {
        let mut tmp = path.as_os_str().to_owned();
        tmp.push(".pressdesk-part");
        let tmp = PathBuf::from(tmp);
        let result = (|| {
            let mut file = File::create(&tmp)?;
            file.write_all(bytes)?;
            file.sync_all()?;
            fs::rename(&tmp, path)
        })();
        if let Err(err) = result {
            let _ = fs::remove_file(&tmp);
            return Err(Error::from_io(err));
        }
        Ok(())
    }

    /// Every stored file's name, for `verify`.
    pub fn stored_shas(&self) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for shard in fs::read_dir(self.root.join("files")).map_err(Error::from_io)? {
            let shard = shard.map_err(Error::from_io)?;
            if !shard.path().is_dir() {
                continue;
            }
            for entry in fs::read_dir(shard.path()).map_err(Error::from_io)? {
                let name = entry.map_err(Error::from_io)?.file_name();
                out.push(name.to_string_lossy().into_owned());
            }
        }
        out.sort();
        Ok(out)
    }
}

fn check_sha(sha: &str) -> Result<()> {
    if is_sha256(sha) {
        Ok(())
    } else {
        Err(Error::invalid(
            "file",
            crate::tr!("err-nama-berkas-tersimpan-tidak-sah"),
        ))
    }
}

fn sync_dir(dir: &Path) -> Result<()> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(Error::from_io)
}
