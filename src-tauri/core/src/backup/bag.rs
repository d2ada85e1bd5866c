//! The BagIt-style text files of a backup (bagit.txt, bag-info.txt, manifest-sha256.txt,
//! tagmanifest-sha256.txt) and a reader/writer that hashes whatever passes through it.

use std::collections::BTreeMap;
use std::io::{self, Read, Write};

use rusqlite::Connection;
use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::sql::Db;
use crate::{audit, timefmt};

pub const BAGIT_TXT: &str = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";
/// The last line of every backup: the SHA-256 of all bytes before it.
pub const TRAILER_TAG: &str = "PRESSDESK-SHA256 ";
pub const TRAILER_LEN: u64 = 17 + 64 + 1;

/// How far a backup or restore has come, in payload bytes, for a progress bar.
#[derive(Debug, Clone, Copy, Serialize, TS)]
#[ts(export)]
pub struct BackupProgress {
    pub done: u64,
    pub total: u64,
}

/// What bag-info.txt records about the store at the moment of the snapshot.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BagInfo {
    pub office: String,
    pub bagging_date: String,
    pub payload_bytes: u64,
    pub payload_files: u64,
    pub audit_head: String,
    pub audit_events: u64,
    pub releases: u64,
    pub schema: i64,
}

impl BagInfo {
    pub fn render(&self) -> String {
        format!(
            "Source-Organization: {}\nBagging-Date: {}\nPayload-Oxum: {}.{}\n\
             External-Description: Cadangan PressDesk (basis data dan semua berkas)\n\
             PressDesk-Audit-Head: {}\nPressDesk-Audit-Events: {}\nPressDesk-Releases: {}\n\
             PressDesk-Schema: {}\n",
            self.office.replace('\n', " "),
            self.bagging_date,
            self.payload_bytes,
            self.payload_files,
            self.audit_head,
            self.audit_events,
            self.releases,
            self.schema
        )
    }

    pub fn parse(text: &str) -> Result<BagInfo> {
        let mut info = BagInfo::default();
        let mut seen = 0;
        for line in text.lines() {
            let Some((key, value)) = line.split_once(": ") else {
                continue;
            };
            let num = |v: &str| v.trim().parse::<u64>().map_err(|_| bad_info(key));
            match key {
                "Source-Organization" => info.office = value.into(),
                "Bagging-Date" => info.bagging_date = value.into(),
                "Payload-Oxum" => {
                    let (bytes, files) = value.split_once('.').ok_or_else(|| bad_info(key))?;
                    (info.payload_bytes, info.payload_files) = (num(bytes)?, num(files)?);
                    seen += 1;
                }
                "PressDesk-Audit-Head" => {
                    info.audit_head = value.trim().into();
                    seen += 1;
                }
                "PressDesk-Audit-Events" => (info.audit_events, seen) = (num(value)?, seen + 1),
                "PressDesk-Releases" => (info.releases, seen) = (num(value)?, seen + 1),
                "PressDesk-Schema" => {
                    info.schema = value.trim().parse().map_err(|_| bad_info(key))?;
                    seen += 1;
                }
                _ => {}
            }
        }
        if seen < 5 {
            return Err(Error::invalid(
                "backup",
                crate::tr!("err-cadangan-rusak-bag-info-txt"),
            ));
        }
        Ok(info)
    }
}

/// What bag-info.txt says of a snapshot, and the files its rows name, read from the snapshot
/// itself so that they match it exactly.
pub fn describe(conn: &Connection) -> Result<(BagInfo, Vec<String>)> {
    let count = |sql: &str| -> Result<u64> {
        Ok(conn.query_row(sql, [], |r| r.get::<_, i64>(0))?.max(0) as u64)
    };
    let shas = conn
        .prepare("SELECT sha256 FROM files ORDER BY sha256")?
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let office = crate::office::get(&Db::Sqlite(conn))?
        .map(|o| o.name)
        .unwrap_or_default();
    let info = BagInfo {
        office,
        bagging_date: timefmt::to_db(timefmt::now()),
        audit_head: audit::head(&Db::Sqlite(conn))?,
        audit_events: count("SELECT count(*) FROM audit_events")?,
        releases: count("SELECT count(*) FROM releases")?,
        schema: conn.pragma_query_value(None, "user_version", |r| r.get(0))?,
        ..BagInfo::default()
    };
    Ok((info, shas))
}

fn bad_info(key: &str) -> Error {
    Error::invalid(
        "backup",
        crate::tr!("err-cadangan-rusak-nilai-di-bag", key = key),
    )
}

/// `hex  path` lines, sorted by path.
pub fn render_manifest(sums: &BTreeMap<String, String>) -> String {
    sums.iter()
        .map(|(path, sha)| format!("{sha}  {path}\n"))
        .collect()
}

pub fn parse_manifest(name: &str, text: &str) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for line in text.lines().filter(|l| !l.is_empty()) {
        let (sha, path) = line
            .split_once("  ")
            .filter(|(sha, _)| crate::files::is_sha256(sha))
            .ok_or_else(|| {
                Error::invalid(
                    "backup",
                    crate::tr!("err-cadangan-rusak-baris-tidak-sah", name = name),
                )
            })?;
        out.insert(path.to_owned(), sha.to_owned());
    }
    Ok(out)
}

/// Passes bytes through to `inner` and hashes them.
pub struct HashWriter<W> {
    pub inner: W,
    pub hasher: Sha256,
    pub written: u64,
}

impl<W: Write> HashWriter<W> {
    pub fn new(inner: W) -> Self {
        HashWriter {
            inner,
            hasher: Sha256::new(),
            written: 0,
        }
    }
}

impl<W: Write> Write for HashWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.written += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Reads from `inner` and hashes what was read.
pub struct HashReader<R> {
    pub inner: R,
    pub hasher: Sha256,
}

impl<R: Read> HashReader<R> {
    pub fn new(inner: R) -> Self {
        HashReader {
            inner,
            hasher: Sha256::new(),
        }
    }

    pub fn hex(&self) -> String {
        hex::encode(self.hasher.clone().finalize())
    }
}

impl<R: Read> Read for HashReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bag_info_round_trips() {
        let info = BagInfo {
            office: "Diskominfo".into(),
            bagging_date: "2026-11-22".into(),
            payload_bytes: 1234,
            payload_files: 3,
            audit_head: "ab".repeat(32),
            audit_events: 9,
            releases: 2,
            schema: 3,
        };
        assert_eq!(BagInfo::parse(&info.render()).unwrap(), info);
        assert!(BagInfo::parse("Source-Organization: x\n").is_err());
    }
}
