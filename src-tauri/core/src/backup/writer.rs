//! Writes one bag as a tar, entry by entry, whatever the entry's bytes come from: a file of the
//! data folder, or a file's chunks streamed from the server. Each entry's header is written
//! first (its size known from the store), then its bytes pass through a hasher straight into
//! the tar, so nothing is held whole in memory; the manifest, the tag files and the trailer
//! (the SHA-256 of every byte before it) follow at the end.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use super::bag::{self, BagInfo, HashWriter};
use crate::error::{Error, Result};
use crate::timefmt;

type Sink = HashWriter<BufWriter<File>>;

pub(super) struct BagWriter {
    tar: tar::Builder<Sink>,
    sums: BTreeMap<String, String>,
    payload: u64,
    files: u64,
}

impl BagWriter {
    /// Starts the bag in `tmp` (created, truncated) with its `bagit.txt`.
    pub fn create(tmp: &Path) -> Result<BagWriter> {
        let file = File::create(tmp).map_err(Error::from_io)?;
        let mut writer = BagWriter {
            tar: tar::Builder::new(HashWriter::new(BufWriter::new(file))),
            sums: BTreeMap::new(),
            payload: 0,
            files: 0,
        };
        writer.tag("bagit.txt", bag::BAGIT_TXT)?;
        Ok(writer)
    }

    /// Adds payload entry `name` of `size` bytes, which `fill` writes; returns their SHA-256.
    /// Fewer or more bytes than promised are refused (the tar would be misaligned).
    pub fn add(
        &mut self,
        name: &str,
        size: u64,
        fill: impl FnOnce(&mut dyn Write) -> Result<u64>,
    ) -> Result<String> {
        let mut head = header(size);
        head.set_path(name).map_err(Error::from_io)?;
        head.set_cksum();
        let out = self.tar.get_mut();
        out.write_all(head.as_bytes()).map_err(Error::from_io)?;
        let mut hashing = HashWriter::new(&mut *out);
        let wrote = fill(&mut hashing)?;
        if wrote != size || hashing.written != size {
            return Err(Error::Corrupt(crate::tr!(
                "backup-size-changed",
                name = name,
                wrote = hashing.written,
                size = size
            )));
        }
        let sha = hex::encode(sha2::Digest::finalize(hashing.hasher));
        let pad = (512 - size % 512) % 512;
        out.write_all(&vec![0u8; pad as usize])
            .map_err(Error::from_io)?;
        self.sums.insert(name.to_owned(), sha.clone());
        self.payload += size;
        self.files += 1;
        Ok(sha)
    }

    /// Adds a file of the data folder.
    pub fn add_file(&mut self, name: &str, path: &Path, size: u64) -> Result<String> {
        self.add(name, size, |out| {
            let mut file = File::open(path).map_err(Error::from_io)?;
            io::copy(&mut file, out).map_err(Error::from_io)
        })
    }

    /// How many payload bytes and entries so far.
    pub fn payload(&self) -> (u64, u64) {
        (self.payload, self.files)
    }

    /// Writes the manifest and tag files, the trailer, fsyncs; returns (bytes, payload files).
    pub fn finish(mut self, info: &BagInfo) -> Result<(u64, u64)> {
        let info = BagInfo {
            payload_bytes: self.payload,
            payload_files: self.files,
            ..info.clone()
        };
        let manifest = bag::render_manifest(&self.sums);
        let info_text = info.render();
        let mut tags = BTreeMap::new();
        for (name, text) in [
            ("bagit.txt", bag::BAGIT_TXT),
            ("bag-info.txt", info_text.as_str()),
            ("manifest-sha256.txt", manifest.as_str()),
        ] {
            tags.insert(name.to_owned(), crate::files::sha256_hex(text.as_bytes()));
        }
        self.tag("manifest-sha256.txt", &manifest)?;
        self.tag("bag-info.txt", &info_text)?;
        self.tag("tagmanifest-sha256.txt", &bag::render_manifest(&tags))?;
        let hashing = self.tar.into_inner().map_err(Error::from_io)?;
        let sum = hex::encode(sha2::Digest::finalize(hashing.hasher));
        let mut out = hashing.inner;
        out.write_all(format!("{}{sum}\n", bag::TRAILER_TAG).as_bytes())
            .map_err(Error::from_io)?;
        let file = out
            .into_inner()
            .map_err(|e| Error::from_io(e.into_error()))?;
        file.sync_all().map_err(Error::from_io)?;
        Ok((hashing.written + bag::TRAILER_LEN, self.files))
    }

    fn tag(&mut self, name: &str, text: &str) -> Result<()> {
        let mut head = header(text.len() as u64);
        self.tar
            .append_data(&mut head, name, text.as_bytes())
            .map_err(Error::from_io)
    }
}

fn header(size: u64) -> tar::Header {
    let mut header = tar::Header::new_ustar();
    header.set_size(size);
    header.set_mode(0o644);
    header.set_entry_type(tar::EntryType::Regular);
    header.set_mtime(timefmt::now().timestamp().max(0) as u64);
    header
}
