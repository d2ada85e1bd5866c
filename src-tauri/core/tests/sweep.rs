//! The start-up sweep: stored files a killed process promoted but never committed go back to
//! staging, partial writes and unused thumbnails go, referenced files stay; and nothing is
//! swept while another process has the data folder open.

mod common;

use std::path::Path;
use std::time::{Duration, SystemTime};

use common::*;
use pressdesk_core::evidence::{self, StagedFile};
use pressdesk_core::model::Actor;
use pressdesk_core::promotion::Promotion;
use pressdesk_core::release::ReleaseDetail;
use pressdesk_core::{release, Store};

fn stored(store: &Store) -> Vec<String> {
    store.files().stored_shas().unwrap()
}

fn rows(store: &Store) -> Vec<String> {
    column(store, "SELECT sha256 FROM files ORDER BY sha256")
}

/// Registers a release with one staged photo, of the news type given (none: the default).
fn register(
    store: &Store,
    title: &str,
    photo: &StagedFile,
    news_type_id: Option<i64>,
) -> pressdesk_core::Result<ReleaseDetail> {
    let mut input = with_photos(
        release(title, "Dinas Kesehatan"),
        &[(photo.sha256.clone(), photo.name.clone())],
    );
    input.news_type_id = news_type_id;
    release::register_release(store, &Actor::console(), input)
}

fn age(path: &Path, hours: u64) {
    let then = SystemTime::now() - Duration::from_secs(hours * 3600);
    let file = std::fs::File::options().write(true).open(path).unwrap();
    file.set_modified(then).unwrap();
}

#[test]
fn a_restart_moves_uncommitted_files_out_of_the_store_and_keeps_referenced_ones() {
    if sqlite_only("the start-up sweep of the data folder's own file store") {
        return;
    }
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
    register(&store, "Rilis tersimpan", &kept, None).unwrap();
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
    // The abandoned form's photo is a day old: it goes whoever opens, with its thumbnail.
    assert_eq!(beside.swept().staging, 2, "{:?}", beside.swept());
    assert_eq!(beside.swept().thumbs, 1, "{:?}", beside.swept());
    assert!(!staging.join(&old.sha256).exists());
    let notes = |ending: &str| {
        std::fs::read_dir(&staging)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(ending))
            .count()
    };
    assert_eq!(notes(".promoting"), 1, "the dead promotion's note waits");
    drop(beside);
    drop(store);

    // The restart: no one else holds the folder, so the whole sweep runs.
    let store = Store::open(data).unwrap();
    let swept = store.swept().clone();
    assert!(swept.exclusive);
    assert_eq!(swept.unstored, vec![lost.sha256.clone()], "{swept:?}");
    assert_eq!(swept.staging, 1, "the .part file: {swept:?}");
    assert_eq!(swept.thumbs, 0, "went with the old photo: {swept:?}");
    assert_eq!(notes(".promoting"), 0, "followed and removed");
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
    register(&store, "Rilis diulang", &again, None).unwrap();
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

#[test]
fn the_sweep_follows_only_promotion_notes_and_a_committed_one_leaves_none() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let store = store_in(data);
    let photo = |name: &str, seed| {
        evidence::stage_file(&store, Some(&Actor::console()), name, &jpeg(300, 200, seed)).unwrap()
    };
    // A registration that commits and one that fails leave no note behind.
    let kept = photo("kept.jpg", 1);
    register(&store, "Rilis tersimpan", &kept, None).unwrap();
    let refused = photo("refused.jpg", 2);
    // Refused inside the transaction, after its photo was promoted.
    assert!(register(&store, "Rilis jenis tak dikenal", &refused, Some(9_999)).is_err());
    let staging = data.join("staging");
    let has_note = || {
        std::fs::read_dir(&staging)
            .unwrap()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().ends_with(".promoting"))
    };
    assert!(!has_note(), "no note outlives its promotion");
    assert!(
        store.files().is_staged(&refused.sha256),
        "a failed one puts its file back"
    );
    // A dropped promotion (an error between promoting and committing) puts its files back too.
    drop(Promotion::new(&store, std::slice::from_ref(&refused.sha256)).unwrap());
    assert!(store.files().is_staged(&refused.sha256) && !has_note());

    // A kill cut the note short after its first name: the kill came before any rename, so
    // what it promoted is listed; a stored file no note names (a power cut's leftover) stays,
    // for `verify` to report.
    let cut = photo("cut.jpg", 3);
    let unnoted = photo("unnoted.jpg", 4);
    std::mem::forget(Promotion::new(&store, std::slice::from_ref(&cut.sha256)).unwrap());
    let note = std::fs::read_dir(&staging)
        .unwrap()
        .flatten()
        .find(|e| e.file_name().to_string_lossy().ends_with(".promoting"))
        .unwrap()
        .path();
    std::fs::write(&note, format!("{}\n{}", cut.sha256, &kept.sha256[..20])).unwrap();
    let target = store.files().file_path(&unnoted.sha256).unwrap();
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    std::fs::rename(staging.join(&unnoted.sha256), &target).unwrap();
    drop(store);

    let store = Store::open(data).unwrap();
    assert_eq!(store.swept().unstored, vec![cut.sha256.clone()]);
    assert!(
        store.files().is_stored(&kept.sha256),
        "a referenced file stays"
    );
    assert!(
        store.files().is_stored(&unnoted.sha256),
        "only notes are followed"
    );
    assert!(!has_note());
}
