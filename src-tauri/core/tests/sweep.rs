//! The start-up sweep: stored files a killed process promoted but never committed go back to
//! staging, partial writes and unused thumbnails go, referenced files stay; and nothing is
//! swept while another process has the data folder open.

mod common;

use std::path::Path;
use std::time::{Duration, SystemTime};

use common::*;
use pressdesk_core::auth::Actor;
use pressdesk_core::evidence::{self, Promotion};
use pressdesk_core::{release, Store};

fn stored(store: &Store) -> Vec<String> {
    store.files().stored_shas().unwrap()
}

fn rows(store: &Store) -> Vec<String> {
    store
        .with_conn(|c| {
            let mut stmt = c.prepare("SELECT sha256 FROM files ORDER BY sha256")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            Ok(rows.collect::<Result<Vec<String>, _>>()?)
        })
        .unwrap()
}

fn age(path: &Path, hours: u64) {
    let then = SystemTime::now() - Duration::from_secs(hours * 3600);
    let file = std::fs::File::options().write(true).open(path).unwrap();
    file.set_modified(then).unwrap();
}

#[test]
fn a_restart_moves_uncommitted_files_out_of_the_store_and_keeps_referenced_ones() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let store = store_in(data);
    // One release committed with its photo.
    let kept = evidence::stage_file(
        &store,
        Some(&Actor::console()),
        "kept.jpg",
        &jpeg(300, 200, 1),
    )
    .unwrap();
    let input = with_photos(
        release("Rilis tersimpan", "Dinas Kesehatan"),
        &[(kept.sha256.clone(), kept.name.clone())],
    );
    release::register_release(&store, &Actor::console(), input).unwrap();
    // A second photo promoted into the store, then the process "dies" before the commit: the
    // promotion is forgotten (a kill runs no rollback), leaving a stored file without a row.
    let lost = evidence::stage_file(
        &store,
        Some(&Actor::console()),
        "lost.jpg",
        &jpeg(300, 200, 2),
    )
    .unwrap();
    std::mem::forget(Promotion::new(&store, std::slice::from_ref(&lost.sha256)).unwrap());
    // A photo added to a form that was abandoned two days ago, and one added just now.
    let old = evidence::stage_file(
        &store,
        Some(&Actor::console()),
        "old.jpg",
        &jpeg(300, 200, 3),
    )
    .unwrap();
    let young = evidence::stage_file(
        &store,
        Some(&Actor::console()),
        "young.jpg",
        &jpeg(300, 200, 4),
    )
    .unwrap();
    let staging = data.join("staging");
    age(&staging.join(&old.sha256), 48);
    age(&staging.join(format!("{}.meta.json", old.sha256)), 48);
    // A partial write cut short by the kill.
    std::fs::write(staging.join("0190-cut.part"), b"half").unwrap();
    assert_eq!(stored(&store).len(), 2);
    assert_eq!(rows(&store), vec![kept.sha256.clone()]);

    // While this process still has the folder open, a second opener (the CLI beside the app)
    // may not touch the store nor the partial write: the first may be about to commit.
    let beside = Store::open(data).unwrap();
    assert!(!beside.swept().exclusive);
    assert!(beside.swept().unstored.is_empty());
    assert_eq!(stored(&beside).len(), 2, "nothing unstored while in use");
    assert!(staging.join("0190-cut.part").exists());
    // The abandoned form's photo is a day old: it goes whoever opens.
    assert_eq!(beside.swept().staging, 2, "{:?}", beside.swept());
    assert!(!staging.join(&old.sha256).exists());
    drop(beside);
    drop(store);

    // The restart: no one else holds the folder, so the whole sweep runs.
    let store = Store::open(data).unwrap();
    let swept = store.swept().clone();
    assert!(swept.exclusive);
    assert_eq!(swept.unstored, vec![lost.sha256.clone()], "{swept:?}");
    assert_eq!(swept.staging, 1, "the .part file: {swept:?}");
    assert_eq!(swept.thumbs, 1, "the old photo's thumbnail: {swept:?}");
    assert_eq!(
        stored(&store),
        vec![kept.sha256.clone()],
        "only the referenced file"
    );
    assert!(
        store.files().is_staged(&lost.sha256),
        "back in staging, whole"
    );
    assert!(
        store.files().is_staged(&young.sha256),
        "today's form keeps its photo"
    );
    assert!(!staging.join("0190-cut.part").exists());
    let thumb = |sha: &str| store.files().thumb_path(sha).unwrap().exists();
    assert!(thumb(&kept.sha256) && thumb(&lost.sha256) && thumb(&young.sha256));
    assert!(!thumb(&old.sha256));
    // Every file outside staging is now named by a row.
    assert_eq!(stored(&store), rows(&store));

    // The same photo added again registers, reusing the file that went back to staging.
    let again = evidence::stage_file(
        &store,
        Some(&Actor::console()),
        "lost.jpg",
        &jpeg(300, 200, 2),
    )
    .unwrap();
    assert_eq!(again.sha256, lost.sha256);
    let input = with_photos(
        release("Rilis diulang", "Dinas Kesehatan"),
        &[(again.sha256.clone(), again.name)],
    );
    release::register_release(&store, &Actor::console(), input).unwrap();
    assert_eq!(stored(&store), rows(&store));
    assert_eq!(rows(&store).len(), 2);
    drop(store);
    let store = Store::open(data).unwrap();
    assert!(
        store.swept().unstored.is_empty(),
        "a clean folder has nothing to sweep"
    );
    assert_eq!(store.swept().thumbs, 0);
}
