//! A stored file's bytes on the server (`file_chunks`, migration 0009): written from a reader and
//! read into a writer a chunk of 1 MiB at a time, so a two-gigabyte video never sits whole in
//! memory at either end, and checked against its SHA-256 on the way out. Writing happens in the
//! caller's transaction, after the file's row: a failed act takes its files back with it.

use std::io::{Read, Write};

use sha2::{Digest, Sha256};

use crate::args;
use crate::error::{Error, Result};
use crate::sql::{Db, Dialect};

/// The most one chunk holds (the table's CHECK says the same).
pub const CHUNK: usize = 1 << 20;

/// Stores the bytes `from` gives as the contents of file `sha` (whose `files` row the same
/// transaction wrote), and returns how many there were. Refused when they do not hash to `sha`,
/// and when the file's contents are already there (they never change).
pub fn put(db: &Db, sha: &str, from: &mut dyn Read) -> Result<u64> {
    on_server(db)?;
    if stored(db, sha)? {
        return Err(Error::Conflict(crate::tr!(
            "err-isi-berkas-sudah-tersimpan-di",
            sha = sha
        )));
    }
    put_new(db, sha, from)
}

/// [`put`] for a caller that has just asked [`stored`] itself (an act sending its files: one
/// round trip fewer per file).
pub(crate) fn put_new(db: &Db, sha: &str, from: &mut dyn Read) -> Result<u64> {
    on_server(db)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; CHUNK];
    let (mut seq, mut total) = (0i64, 0u64);
    loop {
        let n = fill(from, &mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        db.execute(
            "INSERT INTO file_chunks (sha256, seq, data) VALUES (?1, ?2, ?3)",
            args![sha, seq, &buf[..n]],
        )?;
        seq += 1;
        total += n as u64;
    }
    let got = hex::encode(hasher.finalize());
    if got != sha {
        return Err(Error::invalid(
            "file",
            crate::tr!("err-isi-berkas-tidak-cocok-dengan", got = got, sha = sha),
        ));
    }
    Ok(total)
}

/// Writes the contents of file `sha` into `to`, a chunk at a time, and returns how many bytes
/// they were. A gap in the chunks, a size or a hash that does not match is reported as damage,
/// never handed on as the file.
pub fn get(db: &Db, sha: &str, to: &mut dyn Write) -> Result<u64> {
    on_server(db)?;
    let size: Option<i64> = db.query_opt(
        "SELECT size FROM files WHERE sha256 = ?1",
        args![sha],
        |r| r.get(0),
    )?;
    let size =
        size.ok_or_else(|| Error::NotFound(crate::tr!("err-berkas-tidak-ada-2", sha = sha)))?;
    let mut hasher = Sha256::new();
    let (mut seq, mut total) = (0i64, 0u64);
    while let Some(data) = db.query_opt(
        "SELECT data FROM file_chunks WHERE sha256 = ?1 AND seq = ?2",
        args![sha, seq],
        |r| r.get::<Vec<u8>>(0),
    )? {
        hasher.update(&data);
        to.write_all(&data).map_err(Error::from_io)?;
        total += data.len() as u64;
        seq += 1;
    }
    let damaged =
        |what: String| Error::Corrupt(crate::tr!("server-file-damaged", sha = sha, what = what));
    if total != size as u64 {
        return Err(damaged(crate::tr!(
            "server-file-size",
            total = total,
            size = size
        )));
    }
    let got = hex::encode(hasher.finalize());
    if got != sha {
        return Err(damaged(format!("SHA-256 {got}")));
    }
    Ok(total)
}

/// Whether the server holds the contents of file `sha`.
pub fn stored(db: &Db, sha: &str) -> Result<bool> {
    db.exists(
        "SELECT 1 FROM file_chunks WHERE sha256 = ?1 AND seq = 0",
        args![sha],
    )
}

fn on_server(db: &Db) -> Result<()> {
    match db.dialect() {
        Dialect::Postgres => Ok(()),
        // The embedded store keeps files in its folder (`files.rs`).
        Dialect::Sqlite => Err(Error::Corrupt(crate::tr!("server-files-only"))),
    }
}

/// Reads until `buf` is full or the reader ends; how many bytes came.
fn fill(from: &mut dyn Read, buf: &mut [u8]) -> Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match from.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(Error::from_io(e)),
        }
    }
    Ok(n)
}
