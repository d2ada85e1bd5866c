//! Restore from the app: the backup is verified and unpacked beside the data folder while the
//! data in use stays untouched; the next start moves the data folder aside and puts the restored
//! one in its place, resuming if it was cut short between the two renames.

mod common;

use std::path::Path;

use common::*;
use pressdesk_core::model::{Actor, Role};
use pressdesk_core::users::{self, NewUser};
use pressdesk_core::{auth, backup, evidence, release, Store};

fn register(store: &Store, title: &str, seed: u8) {
    let staged = evidence::stage_file(
        store,
        Some(&Actor::console()),
        "foto.jpg",
        &jpeg(200, 150, seed),
    )
    .unwrap();
    let input = with_photos(
        release(title, "Dinas Kesehatan"),
        &[(staged.sha256, staged.name)],
    );
    release::register_release(store, &Actor::console(), input).unwrap();
}

fn titles(store: &Store) -> Vec<String> {
    store
        .with_conn(|c| {
            let mut stmt = c.prepare("SELECT title FROM releases ORDER BY id")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            Ok(rows.collect::<Result<Vec<String>, _>>()?)
        })
        .unwrap()
}

fn names(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    out.sort();
    out
}

#[test]
fn a_prepared_restore_takes_the_data_folders_place_at_the_next_start() {
    if sqlite_only("a restore into the data folder (a server is restored with `restore --db`)") {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("pressdesk");
    let store = store_in(&data);
    register(&store, "Sebelum cadangan", 1);
    let tar = root.path().join("cadangan.tar");
    backup::backup(&store, &Actor::console(), &tar, &mut |_| {}).unwrap();
    register(&store, "Sesudah cadangan", 2);

    // Only the Admin (or the console, which holds the folder anyway) may restore.
    let kasi = NewUser {
        name: "Rahmat".into(),
        nip: "198207092006041003".into(),
        role: Role::Kasi,
        position: "Kepala Seksi".into(),
        pin: Some("2468".into()),
        rank: None,
    };
    users::add_user(&store, &Actor::console(), kasi).unwrap();
    let kasi = auth::sign_in_nip(&store, "198207092006041003", "2468").unwrap();
    let err = backup::prepare_restore(&store, &kasi, &tar, &mut |_| {}).unwrap_err();
    assert_eq!(err.kind(), "forbidden", "{err}");
    let admin = auth::sign_in_nip(&store, "198001012005011001", "135790").unwrap();

    // A changed byte: refused, naming what is wrong, and nothing is left beside the data.
    let mut bytes = std::fs::read(&tar).unwrap();
    let bad = root.path().join("rusak.tar");
    let at = bytes.len() / 2;
    bytes[at] ^= 0x20;
    std::fs::write(&bad, &bytes).unwrap();
    let before = names(root.path());
    let err = backup::prepare_restore(&store, &Actor::console(), &bad, &mut |_| {}).unwrap_err();
    assert!(err.to_string().starts_with("Cadangan rusak"), "{err}");
    assert_eq!(names(root.path()), before);

    // A good one: verified and unpacked beside the data folder, with progress; the data in
    // use is untouched until the restart.
    let mut steps = 0;
    let prepared = backup::prepare_restore(&store, &admin, &tar, &mut |_| steps += 1).unwrap();
    assert!(steps > 1, "progress is reported");
    assert_eq!(prepared.restored.releases, 1);
    assert!(prepared.aside.contains("pressdesk-sebelum-pulih-"));
    assert_eq!(titles(&store).len(), 2);
    assert!(root.path().join(".pressdesk.pulihkan").exists());
    drop(store);

    // The next start: the restored data is in place, the earlier data kept aside whole.
    let store = Store::open(&data).unwrap();
    let aside = store.restored_aside().unwrap().to_path_buf();
    assert_eq!(aside.display().to_string(), prepared.aside);
    assert_eq!(titles(&store), vec!["Sebelum cadangan".to_owned()]);
    assert!(!root.path().join(".pressdesk.pulihkan").exists());
    assert_eq!(titles(&Store::open(&aside).unwrap()).len(), 2);
    // Work goes on in the restored store: the next agenda number follows the restored one.
    register(&store, "Sesudah pemulihan", 3);
    assert_eq!(titles(&store).len(), 2);
    drop(store);
    let store = Store::open(&data).unwrap();
    assert!(store.restored_aside().is_none(), "applied once only");
    drop(store);
}

#[test]
fn a_start_cut_short_between_the_renames_finishes_the_restore() {
    if sqlite_only("a restore into the data folder") {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let store = store_in(&data);
    register(&store, "Satu", 1);
    let tar = root.path().join("c.tar");
    backup::backup(&store, &Actor::console(), &tar, &mut |_| {}).unwrap();
    register(&store, "Dua", 2);
    let prepared = backup::prepare_restore(&store, &Actor::console(), &tar, &mut |_| {}).unwrap();
    drop(store);
    // Killed after the data folder was moved aside, before the restored one was moved in.
    std::fs::rename(&data, &prepared.aside).unwrap();
    let store = Store::open(&data).unwrap();
    assert_eq!(titles(&store), vec!["Satu".to_owned()]);
    assert_eq!(
        titles(&Store::open(Path::new(&prepared.aside)).unwrap()).len(),
        2
    );

    // A marker naming a folder outside the data folder's parent is refused, never followed.
    drop(store);
    std::fs::write(
        root.path().join(".data.pulihkan"),
        br#"{"restored": "../../etc", "aside": "data-sebelum-pulih-x"}"#,
    )
    .unwrap();
    let err = Store::open(&data).err().unwrap();
    assert!(err.to_string().contains("penanda pemulihan"), "{err}");
}
