//! A stored file's bytes on the server: written by a desk in the act's transaction a chunk at a
//! time, read back whole and checked, a damaged chunk reported as damage, and the chunks never
//! changed nor deleted by a desk's login.

use pressdesk_core::server::{self, contents};
use pressdesk_core::sql::{in_transaction, Db};
use pressdesk_core::{args, files};

use super::common::*;

/// Bytes that do not compress, `n` of them.
fn noise(n: usize, seed: u64) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

fn desk_session(o: &Office1) -> pressdesk_core::sql::PgConn {
    let (_, _, url) = o.desk("kasi");
    let mut client = server::connect(&url).expect("desk connects");
    client.batch_execute("SET search_path = pressdesk").unwrap();
    pressdesk_core::sql::PgConn::new(client)
}

/// The act's first half: the file's row, as promotion writes it.
fn file_row(db: &Db, sha: &str, size: usize) -> pressdesk_core::Result<u64> {
    db.execute(
        "INSERT INTO files (sha256, size, mime, width, height, captured_at, has_thumb,
            created_at) VALUES (?1, ?2, 'video/mp4', NULL, NULL, NULL, 0, ?3)",
        args![sha, size as i64, "2026-12-07T03:00:00Z"],
    )
}

#[test]
fn a_video_goes_up_in_chunks_and_comes_back_the_same_bytes() {
    let o = office("contents");
    let desk = desk_session(&o);
    let bytes = noise(contents::CHUNK * 3 + 12_345, 1);
    let sha = files::sha256_hex(&bytes);
    let stored = in_transaction(&desk, |db| {
        file_row(db, &sha, bytes.len())?;
        contents::put(db, &sha, &mut bytes.as_slice())
    })
    .unwrap();
    assert_eq!(stored, bytes.len() as u64);
    let chunks = o.admin_sql(&format!(
        "SELECT count(*) FROM pressdesk.file_chunks WHERE sha256 = '{sha}'"
    ));
    assert_eq!(chunks.lines().last(), Some("4"));
    let mut back = Vec::new();
    in_transaction(&desk, |db| contents::get(db, &sha, &mut back)).unwrap();
    assert!(back == bytes, "the bytes read back are the bytes stored");
}

#[test]
fn bytes_that_do_not_hash_to_their_name_leave_nothing_on_the_server() {
    let o = office("contents_bad");
    let desk = desk_session(&o);
    let bytes = noise(2 * contents::CHUNK + 7, 2);
    let claimed = "0".repeat(64);
    let err = in_transaction(&desk, |db| {
        file_row(db, &claimed, bytes.len())?;
        contents::put(db, &claimed, &mut bytes.as_slice())
    })
    .unwrap_err();
    assert_eq!(err.field(), Some("file"), "{err}");
    let left = o.admin_sql(&format!(
        "SELECT (SELECT count(*) FROM pressdesk.files WHERE sha256 = '{claimed}'),
                (SELECT count(*) FROM pressdesk.file_chunks WHERE sha256 = '{claimed}')"
    ));
    assert_eq!(left.lines().last(), Some("0|0"), "{left}");
}

#[test]
fn a_damaged_chunk_is_reported_never_handed_on_and_a_desk_cannot_touch_chunks() {
    let o = office("contents_damaged");
    let desk = desk_session(&o);
    let bytes = noise(contents::CHUNK + 99, 3);
    let sha = files::sha256_hex(&bytes);
    in_transaction(&desk, |db| {
        file_row(db, &sha, bytes.len())?;
        contents::put(db, &sha, &mut bytes.as_slice())
    })
    .unwrap();

    // A desk's login cannot change nor remove what is stored.
    let (login, password, _) = o.desk("arsip");
    for sql in [
        format!("UPDATE pressdesk.file_chunks SET data = 'x' WHERE sha256 = '{sha}'"),
        format!("DELETE FROM pressdesk.file_chunks WHERE sha256 = '{sha}'"),
        "TRUNCATE pressdesk.file_chunks".to_owned(),
    ] {
        let out = cluster().psql(&login, &password, &o.db, &sql).unwrap();
        assert!(!out.status.success(), "{sql} was allowed");
    }

    // Damage done around every guard (the superuser turning the trigger off) is caught on read.
    o.admin_sql(&format!(
        "ALTER TABLE pressdesk.file_chunks DISABLE TRIGGER file_chunks_never_change;
         UPDATE pressdesk.file_chunks SET data = overlay(data placing '\\x00'::bytea from 10)
             WHERE sha256 = '{sha}' AND seq = 1;
         ALTER TABLE pressdesk.file_chunks ENABLE TRIGGER file_chunks_never_change;"
    ));
    let mut back = Vec::new();
    let err = in_transaction(&desk, |db| contents::get(db, &sha, &mut back)).unwrap_err();
    assert!(err.to_string().contains("rusak"), "{err}");
}
