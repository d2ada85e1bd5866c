//! The hostile corpus: truncated, empty, mislabelled, huge, decompression-bomb and corrupt-EXIF
//! files, and random bytes from proptest, through intake and the paper-paraf scan import. Each
//! must end in a clear Indonesian message (or a clean acceptance), never a panic.

mod common;

use common::*;
use pressdesk_core::auth;
use pressdesk_core::error::Error;
use pressdesk_core::model::{Actor, Role};
use pressdesk_core::paraf::{self, Decision, PaperParafInput};
use pressdesk_core::users::{self, NewUser};
use pressdesk_core::{evidence, release, Store};
use proptest::prelude::*;

/// Indonesian words every refusal uses one of; a message in English or empty fails.
const WORDS: [&str; 9] = [
    "berkas", "Berkas", "Foto", "foto", "rusak", "kosong", "batas", "bukan", "tidak",
];

fn assert_clear(name: &str, err: &Error) {
    let msg = err.to_string();
    assert!(
        matches!(err.kind(), "media" | "invalid"),
        "{name}: {} {msg}",
        err.kind()
    );
    assert!(
        WORDS.iter().any(|w| msg.contains(w)),
        "{name}: unclear message {msg:?}"
    );
    assert!(!msg.contains("panicked"), "{name}: {msg}");
}

/// Feeds one input through intake; returns true when it was refused.
fn feed(store: &Store, name: &str, bytes: &[u8]) -> bool {
    match evidence::stage_file(store, Some(&Actor::console()), name, bytes) {
        Ok(_) => false,
        Err(err) => {
            assert_clear(name, &err);
            true
        }
    }
}

/// A real decompression bomb: 7500 × 7500 RGBA 16-bit (450 MB decoded) of zeros in a 3 MB
/// file, under the 100-megapixel limit so only the memory bound stops it.
fn png_bomb() -> Vec<u8> {
    let (w, h) = (7500u32, 7500u32);
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[16, 6, 0, 0, 0]);
    let raw_len = u64::from(h) * (1 + u64::from(w) * 8);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    png_chunk(&mut out, b"IHDR", &ihdr);
    png_chunk(&mut out, b"IDAT", &zlib_zeros(raw_len));
    png_chunk(&mut out, b"IEND", &[]);
    out
}

/// A zlib stream of `len` zero bytes written by hand with deflate's fixed Huffman codes: one
/// literal 0, then matches of 258 at distance 1 (13 bits each), then literals, then the end.
fn zlib_zeros(len: u64) -> Vec<u8> {
    struct Bits(Vec<u8>, u32, u8);
    impl Bits {
        fn put(&mut self, value: u32, n: u8) {
            for i in 0..n {
                self.1 |= ((value >> i) & 1) << self.2;
                self.2 += 1;
                if self.2 == 8 {
                    self.0.push(self.1 as u8);
                    (self.1, self.2) = (0, 0);
                }
            }
        }
        /// Huffman codes go most significant bit first.
        fn code(&mut self, code: u32, n: u8) {
            self.put(code.reverse_bits() >> (32 - n), n);
        }
    }
    let mut b = Bits(vec![0x78, 0x01], 0, 0);
    b.put(1, 1); // final block
    b.put(1, 2); // fixed Huffman
    b.code(0b0011_0000, 8); // literal 0
    for _ in 0..(len - 1) / 258 {
        b.code(0b1100_0101, 8); // length 258 (code 285)
        b.code(0, 5); // distance 1
    }
    for _ in 0..(len - 1) % 258 {
        b.code(0b0011_0000, 8);
    }
    b.code(0, 7); // end of block
    if b.2 > 0 {
        b.0.push(b.1 as u8);
    }
    // Adler-32 of zeros: a = 1, b = len mod 65521.
    let adler = ((len % 65521) << 16 | 1) as u32;
    b.0.extend_from_slice(&adler.to_be_bytes());
    b.0
}

#[test]
fn the_hand_made_zlib_stream_inflates_to_zeros() {
    use std::io::Read;
    let mut out = Vec::new();
    flate2::read::ZlibDecoder::new(&zlib_zeros(100_000)[..])
        .read_to_end(&mut out)
        .unwrap();
    assert_eq!(out.len(), 100_000);
    assert!(out.iter().all(|&b| b == 0));
}

/// A JPEG whose SOF0 claims `w` × `h`.
fn jpeg_claiming(w: u16, h: u16) -> Vec<u8> {
    let mut bytes = jpeg(32, 32, 3);
    let sof = bytes.windows(2).position(|p| p == [0xFF, 0xC0]).unwrap();
    bytes[sof + 5..sof + 7].copy_from_slice(&h.to_be_bytes());
    bytes[sof + 7..sof + 9].copy_from_slice(&w.to_be_bytes());
    bytes
}

/// EXIF segments that lie: offsets past the end, absurd counts, a loop, random TIFF.
fn corrupt_exif(kind: u8) -> Vec<u8> {
    let base = jpeg(64, 48, kind);
    let tiff: Vec<u8> = match kind {
        0 => b"II*\0\xff\xff\xff\x7f".to_vec(),
        1 => {
            let mut t = b"II*\0\x08\0\0\0\x01\0".to_vec();
            t.extend_from_slice(&[0x12, 0x01, 3, 0, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);
            t
        }
        2 => b"MM\0*\0\0\0\x08\0\x01\x01\x32\0\x02\0\0\0\x14\0\0\0\x08\0\0\0\x08".to_vec(),
        _ => (0..200u32).map(|i| (i * 37 % 251) as u8).collect(),
    };
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&tiff);
    let mut out = base[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&base[2..]);
    out
}

/// Built once for both tests.
fn corpus() -> &'static [(String, Vec<u8>, bool)] {
    static CORPUS: std::sync::OnceLock<Vec<(String, Vec<u8>, bool)>> = std::sync::OnceLock::new();
    CORPUS.get_or_init(build_corpus)
}

fn build_corpus() -> Vec<(String, Vec<u8>, bool)> {
    let photo = jpeg(320, 240, 1);
    let png = png_header_only(64, 64);
    let mut c: Vec<(String, Vec<u8>, bool)> = Vec::new();
    for ext in ["jpg", "jpeg", "png", "webp", "pdf", "mp4", "mov", "txt", ""] {
        c.push((format!("kosong.{ext}"), Vec::new(), true));
    }
    for cut in [
        1,
        2,
        3,
        10,
        100,
        photo.len() / 4,
        photo.len() / 2,
        photo.len() - 2,
    ] {
        c.push((format!("terpotong-{cut}.jpg"), photo[..cut].to_vec(), true));
    }
    for cut in [8, 16, 33, png.len() - 12] {
        c.push((format!("terpotong-{cut}.png"), png[..cut].to_vec(), true));
    }
    c.push(("foto.png".into(), photo.clone(), false)); // wrong extension, real JPEG: sniffed
    c.push((
        "gambar.jpg".into(),
        b"GIF89a\x01\0\x01\0\0\0\0;".to_vec(),
        true,
    ));
    c.push((
        "video.mp4".into(),
        b"bukan video sama sekali".to_vec(),
        true,
    ));
    c.push(("surat.jpg".into(), b"%PDF-1.4\n1 0 obj".to_vec(), true));
    c.push(("skrip.jpg".into(), b"#!/bin/sh\nrm -rf /\n".to_vec(), true));
    c.push(("raksasa.png".into(), png_header_only(60_000, 60_000), true));
    c.push(("lebar.png".into(), png_header_only(u32::MAX, 1), true));
    c.push(("nol.png".into(), png_header_only(0, 0), true));
    c.push(("raksasa.jpg".into(), jpeg_claiming(65_000, 65_000), true));
    c.push(("bom.png".into(), png_bomb(), true));
    for k in 0..4 {
        // Corrupt EXIF must not stop a good photo: accepted without the EXIF data, or refused.
        c.push((format!("exif-{k}.jpg"), corrupt_exif(k), false));
    }
    c.push(("../../etc/passwd".into(), b"root:x:0:0".to_vec(), true));
    c
}

#[test]
fn the_hostile_corpus_gets_a_clear_message_each() {
    let (dir, store) = store();
    let corpus = corpus();
    let mut refused = 0;
    for (name, bytes, must_refuse) in corpus {
        let was_refused = feed(&store, name, bytes);
        if *must_refuse {
            assert!(was_refused, "{name} was accepted");
        }
        refused += usize::from(was_refused);
    }
    println!(
        "hostile corpus: {} inputs, {refused} refused with a message",
        corpus.len()
    );
    assert_eq!(count_files(&dir.path().join("files")), 0, "nothing stored");
    // The bomb is stopped by the decode bound, before 450 MB are allocated.
    let bomb =
        evidence::stage_file(&store, Some(&Actor::console()), "bom.png", &png_bomb()).unwrap_err();
    assert!(
        bomb.to_string().contains("terlalu besar untuk dibuka"),
        "{bomb}"
    );
    // Nothing escaped the data folder through a hostile name.
    assert!(!dir.path().join("etc").exists());
}

#[test]
fn the_paper_paraf_import_refuses_hostile_scans() {
    let (_dir, store) = store();
    let kasi = NewUser {
        name: "Kasi".into(),
        nip: "198207092006041003".into(),
        role: Role::Kasi,
        position: "Kasi".into(),
        pin: Some("1111".into()),
        rank: None,
    };
    let kadis = NewUser {
        nip: "196805121993031004".into(),
        role: Role::Kadis,
        ..kasi.clone()
    };
    users::add_user(&store, &Actor::console(), kasi).unwrap();
    let official = users::add_user(&store, &admin(&store), kadis).unwrap();
    let actor = auth::sign_in_nip(&store, "198207092006041003", "1111").unwrap();
    let r =
        release::register_release(&store, &Actor::console(), release("Rilis", "Dinas")).unwrap();
    let mut tried = 0;
    // Every hostile scan is refused at intake, so it never reaches the import...
    for (name, bytes, must_refuse) in corpus() {
        if *must_refuse {
            assert!(feed(&store, &format!("pindaian-{name}"), bytes));
            tried += 1;
        }
    }
    // ...and the import itself refuses names that are not a staged scan.
    for sha in [
        "../../etc/passwd".to_owned(),
        "ab".repeat(32),
        String::new(),
        "é".repeat(32),
    ] {
        let input = PaperParafInput {
            release_id: r.summary.id.clone(),
            official_id: official.id,
            decision: Decision::Approve,
            note: String::new(),
            scan_sha: sha.clone(),
        };
        let err = paraf::record_paper_paraf(&store, &actor, input).unwrap_err();
        assert_clear(&sha, &err);
        tried += 1;
    }
    println!("paper paraf import: {tried} hostile scans refused with a message");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Random bytes, alone or behind a real format's magic number, under any extension.
    #[test]
    fn random_bytes_never_panic(
        magic in 0usize..6,
        body in proptest::collection::vec(any::<u8>(), 0..2048),
        ext in "(jpg|png|webp|pdf|mp4|mov|bin)",
    ) {
        thread_local! {
            static STORE: (tempfile::TempDir, Store) = store();
        }
        let prefix: &[u8] = [
            &b""[..], b"\xff\xd8\xff\xe0", b"\x89PNG\r\n\x1a\n", b"RIFF\0\0\0\0WEBPVP8 ",
            b"%PDF-1.7\n", b"\0\0\0\x18ftypmp42",
        ][magic];
        let mut bytes = prefix.to_vec();
        bytes.extend_from_slice(&body);
        STORE.with(|(_, store)| {
            let _ = feed(store, &format!("acak.{ext}"), &bytes);
        });
    }
}
