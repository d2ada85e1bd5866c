//! Full disk: the data folder on an 8 MB tmpfs (root, or `sudo -n`; otherwise a clear SKIP).
//! Registering with photos on a full disk fails with a clear message and leaves no record, no
//! orphan reference and no used number; once space is freed the same registration succeeds.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;
use pressdesk_core::model::Actor;
use pressdesk_core::{evidence, release, verify, Store};

const FULL: &str = "Ruang penyimpanan penuh. Kosongkan ruang disk lalu coba lagi.";

/// `mount`/`umount` as root, or through `sudo -n` when that works without a password.
fn privileged(args: &[&str]) -> bool {
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"));
    let mut cmd = if root {
        Command::new(args[0])
    } else {
        let mut c = Command::new("sudo");
        c.arg("-n").arg(args[0]);
        c
    };
    cmd.args(&args[1..]).status().is_ok_and(|s| s.success())
}

/// The mount point and, dropped after the unmount, the temporary folder holding it.
struct Tmpfs(PathBuf, #[allow(dead_code)] tempfile::TempDir);

impl Drop for Tmpfs {
    fn drop(&mut self) {
        privileged(&["umount", &self.0.display().to_string()]);
    }
}

fn tmpfs(size: &str) -> Option<Tmpfs> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data");
    std::fs::create_dir(&path).unwrap();
    let p = path.display().to_string();
    let opts = format!("size={size},mode=0777");
    privileged(&["mount", "-t", "tmpfs", "-o", &opts, "tmpfs", &p]).then_some(Tmpfs(path, dir))
}

/// Writes until the disk says ENOSPC; returns the filler's path.
fn fill(dir: &Path) -> PathBuf {
    let path = dir.join("pengisi.bin");
    let mut file = std::fs::File::create(&path).unwrap();
    let chunk = vec![0xA5u8; 16 * 1024];
    loop {
        if file
            .write_all(&chunk)
            .and_then(|_| file.sync_all())
            .is_err()
        {
            break;
        }
    }
    // Fill the last partial block too.
    while file
        .write_all(&[0u8; 512])
        .and_then(|_| file.sync_all())
        .is_ok()
    {}
    path
}

fn counts(store: &Store) -> (i64, i64, i64, i64) {
    store
        .with_conn(|c| {
            let n = |sql: &str| c.query_row(sql, [], |r| r.get::<_, i64>(0));
            Ok((
                n("SELECT count(*) FROM releases")?,
                n("SELECT count(*) FROM counters")?,
                n("SELECT count(*) FROM files")?,
                n("SELECT count(*) FROM evidence")?,
            ))
        })
        .unwrap()
}

#[test]
fn a_full_disk_fails_cleanly_and_the_same_registration_succeeds_after() {
    if sqlite_only("a full disk under the SQLite file (the server's disk is its own)") {
        return;
    }
    let Some(mount) = tmpfs("8m") else {
        println!("SKIP full disk: needs root or passwordless sudo to mount a tmpfs");
        return;
    };
    let data = &mount.0;
    let store = store_in(data);
    // The form: three photos checked and staged while there was room.
    let staged: Vec<(String, String)> = (0..3)
        .map(|i| {
            let s = evidence::stage_file(
                &store,
                Some(&Actor::console()),
                &format!("f{i}.jpg"),
                &jpeg(900, 600, i),
            )
            .unwrap();
            (s.sha256, s.name)
        })
        .collect();
    let input = with_photos(release("Rilis saat disk penuh", "Dinas Kesehatan"), &staged);
    let filler = fill(data);
    let mut faults = 0;

    // Adding one more photo: its staging write fails.
    let err = evidence::stage_file(
        &store,
        Some(&Actor::console()),
        "baru.jpg",
        &jpeg(1600, 1200, 9),
    )
    .unwrap_err();
    assert_eq!(err.to_string(), FULL);
    faults += 1;
    // Registering: SQLite cannot grow its log. Tried several times: it never half-succeeds.
    for _ in 0..3 {
        let err = release::register_release(&store, &Actor::console(), input.clone()).unwrap_err();
        assert_eq!(err.to_string(), FULL, "{err:?}");
        assert_eq!(
            counts(&store),
            (0, 0, 0, 0),
            "no record, no number, no file row"
        );
        assert_eq!(
            count_files(&data.join("files")),
            0,
            "photos went back to staging"
        );
        faults += 1;
    }
    // A CLI-style intake of a file on disk fails the same way.
    let outside = tempfile::tempdir().unwrap();
    let photo = outside.path().join("besar.jpg");
    std::fs::write(&photo, jpeg(1600, 1200, 11)).unwrap();
    let err = evidence::stage_path(&store, &photo).unwrap_err();
    assert_eq!(err.to_string(), FULL);
    faults += 1;
    drop(store);

    // Space freed: the very same form registers, with number 001 and all three photos.
    std::fs::remove_file(filler).unwrap();
    let store = Store::open(data).unwrap();
    let ok = release::register_release(&store, &Actor::console(), input).unwrap();
    assert!(
        ok.summary.agenda_no.starts_with("001/"),
        "{}",
        ok.summary.agenda_no
    );
    assert_eq!(ok.evidence.len(), 3);
    let report = verify::verify(&store, &Actor::console(), true).unwrap();
    assert!(report.ok, "{:?}", report.faults);
    assert!(report.notes.is_empty(), "{:?}", report.notes);
    println!("full disk: {faults} ENOSPC/SQLITE_FULL faults, each refused cleanly; nothing lost");
}
