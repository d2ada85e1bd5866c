//! Fixtures for core's integration tests: a store in a temp folder with an office, and real
//! image bytes made on the spot (JPEG with or without EXIF, PNG headers of any size).
#![allow(dead_code)]

pub mod evidence_files;
pub mod filed_year;
pub mod paper_scans;
pub mod paraf_office;
pub mod pdf_tools;
pub mod server_office;
pub mod sop;

use image::{ImageBuffer, Rgb};
use pressdesk_core::auth;
use pressdesk_core::model::{Actor, Role, TimeZone};
use pressdesk_core::office::{self, FirstRun, Office};
use pressdesk_core::release::{EvidenceInput, NewRelease};
use pressdesk_core::sql::FromValue;
use pressdesk_core::users::{self, NewUser};
use pressdesk_core::{args, Store};

/// The PIN of every user the fixtures add (the first admin's is 135790).
pub const PIN: &str = "2468";

/// Adds a user with [`PIN`] and signs them in.
pub fn person(store: &Store, name: &str, nip: &str, role: Role) -> Actor {
    let input = NewUser {
        name: name.into(),
        nip: nip.into(),
        role,
        position: "Staf".into(),
        pin: Some(PIN.into()),
        rank: None,
    };
    let user = users::add_user(store, &admin(store), input).unwrap();
    auth::sign_in(store, user.id, PIN).unwrap()
}

/// The first admin of [`store_in`], signed in: only an admin creates a Kadis, Kabid or Admin.
pub fn admin(store: &Store) -> Actor {
    auth::sign_in_nip(store, ADMIN_NIP, ADMIN_PIN).unwrap()
}

pub const ADMIN_NIP: &str = "198001012005011001";
pub const ADMIN_PIN: &str = "135790";

/// A fresh office with its first admin, on the store the run chose (see [`on_server`]).
pub fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(dir.path());
    (dir, store)
}

/// A fresh office on the embedded SQLite store, whatever the run chose.
pub fn sqlite_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    office::setup_office(&store, first_run()).unwrap();
    (dir, store)
}

/// A store with its office and first admin; `dir` is its folder (on the server: the desk's
/// cache).
pub fn store_in(dir: &std::path::Path) -> Store {
    if on_server() {
        return server_office::office_in(dir, first_run());
    }
    let store = Store::open(dir).unwrap();
    office::setup_office(&store, first_run()).unwrap();
    store
}

/// The store in `dir` opened again (a restart, a second window), on whichever store it is.
pub fn open_again(dir: &std::path::Path) -> Store {
    if on_server() {
        return server_office::open_again(dir);
    }
    Store::open(dir).unwrap()
}

/// Whether this run of the suite is on the office's server: `PRESSDESK_TEST_STORE=postgres`
/// (the test command's second pass) puts every fixture store on a throwaway PostgreSQL.
pub fn on_server() -> bool {
    std::env::var("PRESSDESK_TEST_STORE").as_deref() == Ok("postgres")
}

/// For a test about SQLite's own file (its pages, its journal, its backup): true on the
/// server's pass, after saying so, so that the test returns without asserting.
pub fn sqlite_only(why: &str) -> bool {
    if on_server() {
        eprintln!("not on the server: {why}");
    }
    on_server()
}

/// The first column of every row `sql` returns, read through the store's seam (on either
/// store: the test looks at what the acts wrote).
pub fn column<T: FromValue>(store: &Store, sql: &str) -> Vec<T> {
    let rows = store.with_db(|db| db.query(sql, args![])).unwrap();
    rows.iter().map(|r| r.get(0).unwrap()).collect()
}

/// The one number `sql` counts.
pub fn count(store: &Store, sql: &str) -> i64 {
    column::<i64>(store, sql)[0]
}

/// Runs `sql` on the store's own connection, around PressDesk's acts, in a transaction of its
/// own: what the store's rules (triggers, privileges) say to a write below the code.
pub fn below_the_code(store: &Store, sql: &str) -> pressdesk_core::Result<u64> {
    store.with_db_tx(|db| db.execute(sql, args![]))
}

/// The actions of the audit trail in order, the newest last.
pub fn actions(store: &Store) -> Vec<String> {
    column(store, "SELECT action FROM audit_events ORDER BY id")
}

/// The office every fixture store starts with.
pub fn first_run() -> FirstRun {
    FirstRun {
        office: Office {
            name: "Dinas Komunikasi dan Informatika Provinsi Kalimantan Utara".into(),
            unit_code: "DISKOMINFO".into(),
            address: "Jl. Kolonel Soetadji, Tanjung Selor".into(),
            timezone: TimeZone::WITA,
            logo_sha: None,
        },
        admin: NewUser {
            name: "Admin".into(),
            nip: "198001012005011001".into(),
            role: Role::Admin,
            position: "Pranata Komputer".into(),
            pin: Some("135790".into()),
            rank: None,
        },
        sop_code: None,
    }
}

pub fn release(title: &str, sender: &str) -> NewRelease {
    NewRelease {
        title: title.into(),
        sender_org: sender.into(),
        ..NewRelease::default()
    }
}

pub fn with_photos(mut input: NewRelease, staged: &[(String, String)]) -> NewRelease {
    input.evidence = staged
        .iter()
        .map(|(sha, name)| EvidenceInput {
            sha256: sha.clone(),
            kind: pressdesk_core::model::EvidenceKind::Photo,
            name: name.clone(),
        })
        .collect();
    input
}

/// A real JPEG of `w` × `h` with a colour that depends on `seed`.
pub fn jpeg(w: u32, h: u32, seed: u8) -> Vec<u8> {
    let img = ImageBuffer::from_fn(w, h, |x, y| {
        Rgb([seed.wrapping_add((x % 200) as u8), (y % 250) as u8, 128])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&img)
        .unwrap();
    out
}

/// Inserts an EXIF APP1 segment (IFD0: Orientation, DateTime) right after SOI.
pub fn with_exif(jpeg: &[u8], orientation: u16, datetime: &str) -> Vec<u8> {
    let mut tiff = Vec::new();
    tiff.extend_from_slice(b"II*\0");
    tiff.extend_from_slice(&8u32.to_le_bytes());
    tiff.extend_from_slice(&2u16.to_le_bytes()); // two entries
                                                 // Orientation: SHORT, count 1, value inline.
    tiff.extend_from_slice(&0x0112u16.to_le_bytes());
    tiff.extend_from_slice(&3u16.to_le_bytes());
    tiff.extend_from_slice(&1u32.to_le_bytes());
    tiff.extend_from_slice(&orientation.to_le_bytes());
    tiff.extend_from_slice(&[0, 0]);
    // DateTime: ASCII, 20 bytes, stored after the IFD.
    let data_offset = 8 + 2 + 2 * 12 + 4;
    tiff.extend_from_slice(&0x0132u16.to_le_bytes());
    tiff.extend_from_slice(&2u16.to_le_bytes());
    tiff.extend_from_slice(&20u32.to_le_bytes());
    tiff.extend_from_slice(&(data_offset as u32).to_le_bytes());
    tiff.extend_from_slice(&0u32.to_le_bytes()); // no next IFD
    let mut dt = datetime.as_bytes().to_vec();
    dt.resize(20, 0);
    tiff.extend_from_slice(&dt);
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&tiff);
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// A PNG whose header claims `w` × `h`; its pixel data is a single empty deflate block, so
/// only the header is honest. Enough to test that intake refuses before decoding.
pub fn png_header_only(w: u32, h: u32) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    png_chunk(&mut out, b"IHDR", &ihdr);
    png_chunk(
        &mut out,
        b"IDAT",
        &[0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
    );
    png_chunk(&mut out, b"IEND", &[]);
    out
}

/// Appends one PNG chunk: length, type, data and its CRC.
pub fn png_chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Counts regular files below `dir` (recursively).
pub fn count_files(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| {
                    if e.path().is_dir() {
                        count_files(&e.path())
                    } else {
                        1
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}
