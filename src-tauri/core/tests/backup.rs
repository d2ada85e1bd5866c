//! Backup and restore: a consistent bag while registrations go on, a verified restore into an
//! empty folder, and refusal of any backup with one changed byte or a hostile entry.

mod common;

use std::path::Path;

use common::*;
use pressdesk_core::backup::{self, BackupReport};
use pressdesk_core::model::Actor;
use pressdesk_core::release;
use pressdesk_core::{evidence, verify, Store};

fn register_with_photo(store: &Store, i: u32) {
    let photo = jpeg(64, 48, i as u8);
    let staged = evidence::stage_file(
        store,
        Some(&Actor::console()),
        &format!("foto{i}.jpg"),
        &photo,
    )
    .unwrap();
    let input = with_photos(
        release(&format!("Rilis {i}"), "Dinas Kesehatan"),
        &[(staged.sha256, staged.name)],
    );
    release::register_release(store, &Actor::console(), input).unwrap();
}

fn make_backup(store: &Store, out: &Path) -> BackupReport {
    backup::backup(store, &Actor::console(), out, &mut |_| {}).unwrap()
}

fn restore(file: &Path, into: &Path) -> pressdesk_core::Result<backup::RestoreReport> {
    backup::restore(&Actor::console(), file, into, &mut |_| {})
}

#[test]
fn a_backup_taken_during_registrations_restores_whole() {
    let (_dir, store) = store();
    for i in 0..3 {
        register_with_photo(&store, i);
    }
    let out = tempfile::tempdir().unwrap();
    let reports: Vec<BackupReport> = std::thread::scope(|s| {
        let writer = s.spawn(|| (3..15).for_each(|i| register_with_photo(&store, i)));
        let reports = (0..4)
            .map(|k| make_backup(&store, &out.path().join(format!("b{k}.tar"))))
            .collect();
        writer.join().unwrap();
        reports
    });
    for (k, report) in reports.iter().enumerate() {
        let into = out.path().join(format!("r{k}"));
        let restored = restore(Path::new(&report.path), &into).unwrap();
        assert_eq!(restored.audit_head, report.audit_head);
        assert_eq!(restored.releases, report.releases);
        let again = Store::open(&into).unwrap();
        let check = verify::verify(&again, &Actor::console(), true).unwrap();
        assert!(check.ok, "{:?}", check.faults);
        assert_eq!(
            check.files_checked, report.releases,
            "one photo per release"
        );
    }
    // No temporary file is left beside the backups, and none in staging.
    let names: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.starts_with('.')), "{names:?}");
    assert_eq!(count_files(&store.dir().join("staging")), 0);
}

#[test]
fn every_changed_byte_is_refused_and_a_changed_file_is_named() {
    let (_dir, store) = store();
    for i in 0..2 {
        register_with_photo(&store, i);
    }
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("cadangan.tar");
    make_backup(&store, &file);
    let bytes = std::fs::read(&file).unwrap();
    // A byte inside a stored photo: the message names that photo.
    let at = find(&bytes, b"data/files/") + 512 + 100;
    let name_end = find(&bytes[at - 612..], b"\0") + at - 612;
    let name = String::from_utf8_lossy(&bytes[at - 612..name_end]).into_owned();
    let mut bad = bytes.clone();
    bad[at] ^= 0x01;
    let broken = out.path().join("rusak.tar");
    std::fs::write(&broken, &bad).unwrap();
    let err = restore(&broken, &out.path().join("x"))
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        format!("Cadangan rusak: berkas {name} tidak cocok dengan manifes.")
    );
    // Bytes spread over the whole file (headers, payload, padding, tag files), and the
    // trailer: each single change is refused.
    let mut tried = 0;
    let step = bytes.len() / 120;
    let positions = (0..bytes.len())
        .step_by(step)
        .chain(bytes.len() - 90..bytes.len());
    for pos in positions {
        let mut bad = bytes.clone();
        bad[pos] ^= 0x20;
        std::fs::write(&broken, &bad).unwrap();
        let into = out.path().join(format!("t{pos}"));
        let result = restore(&broken, &into);
        assert!(result.is_err(), "a change at byte {pos} was accepted");
        assert!(!into.exists(), "a refused restore left {into:?}");
        tried += 1;
    }
    assert!(tried > 100);
    let leftovers = std::fs::read_dir(out.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with('.')
        })
        .count();
    assert_eq!(
        leftovers, 0,
        "staging folders of refused restores are removed"
    );
    println!("backup: {tried} single-byte changes tried, all refused");
}

fn find(hay: &[u8], needle: &[u8]) -> usize {
    hay.windows(needle.len()).position(|w| w == needle).unwrap()
}

#[test]
fn restore_only_into_an_empty_folder_and_never_outside_it() {
    let (_dir, store) = store();
    register_with_photo(&store, 1);
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("c.tar");
    make_backup(&store, &file);
    let full = out.path().join("penuh");
    std::fs::create_dir(&full).unwrap();
    std::fs::write(full.join("x"), b"x").unwrap();
    let err = restore(&file, &full).unwrap_err().to_string();
    assert!(err.contains("tidak kosong"), "{err}");
    let empty = out.path().join("kosong");
    std::fs::create_dir(&empty).unwrap();
    restore(&file, &empty).unwrap();

    // Hostile archives: `../`, an absolute path, a symlink out, an unknown file.
    let hostile: [(&str, tar::EntryType, &str); 4] = [
        ("data/../../escape", tar::EntryType::Regular, "keluar"),
        ("/etc/escape", tar::EntryType::Regular, "keluar"),
        (
            "data/files/ab/link",
            tar::EntryType::Symlink,
            "bukan berkas biasa",
        ),
        (
            "data/staging/x.part",
            tar::EntryType::Regular,
            "tidak dikenal",
        ),
    ];
    for (k, (path, kind, expect)) in hostile.iter().enumerate() {
        let evil = out.path().join(format!("evil{k}.tar"));
        let mut builder = tar::Builder::new(Vec::new());
        let mut header = tar::Header::new_gnu();
        header.set_entry_type(*kind);
        header.set_size(if *kind == tar::EntryType::Symlink {
            0
        } else {
            4
        });
        if *kind == tar::EntryType::Symlink {
            header.set_link_name("/etc/passwd").unwrap();
        }
        // set_path refuses `..`; write the name bytes directly as an attacker would.
        let name = &mut header.as_old_mut().name;
        name[..path.len()].copy_from_slice(path.as_bytes());
        header.set_cksum();
        let body: &[u8] = if *kind == tar::EntryType::Symlink {
            b""
        } else {
            b"evil"
        };
        builder.append(&header, body).unwrap();
        let mut bytes = builder.into_inner().unwrap();
        bytes.extend_from_slice(format!("PRESSDESK-SHA256 {}\n", "0".repeat(64)).as_bytes());
        std::fs::write(&evil, bytes).unwrap();
        let into = out.path().join(format!("e{k}"));
        let err = restore(&evil, &into).unwrap_err().to_string();
        assert!(err.contains(expect), "{path}: {err}");
        assert!(!into.exists());
    }
    assert!(!out.path().parent().unwrap().join("escape").exists());
    // Random bytes and an empty file are not backups.
    for bytes in [Vec::new(), vec![7u8; 5000]] {
        std::fs::write(out.path().join("acak.tar"), bytes).unwrap();
        let err = restore(&out.path().join("acak.tar"), &out.path().join("z"));
        assert!(err.unwrap_err().to_string().starts_with("Cadangan rusak"));
    }
}

#[test]
fn backups_stay_outside_the_data_folder_and_skip_symlinked_files() {
    let (dir, store) = store();
    register_with_photo(&store, 1);
    let err = backup::backup(
        &store,
        &Actor::console(),
        &dir.path().join("c.tar"),
        &mut |_| {},
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("di luar folder data"), "{err}");
    if sqlite_only("a server's backup streams the files from the server, not from the folder") {
        return;
    }
    // A stored file replaced by a symlink out of the data folder is not followed.
    let sha = store.files().stored_shas().unwrap()[0].clone();
    let path = store.files().file_path(&sha).unwrap();
    let outside = tempfile::tempdir().unwrap();
    std::fs::rename(&path, outside.path().join("moved")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("moved"), &path).unwrap();
    let err = backup::backup(
        &store,
        &Actor::console(),
        &outside.path().join("c.tar"),
        &mut |_| {},
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("bukan berkas biasa"), "{err}");
    assert!(!outside.path().join("c.tar").exists());
}
