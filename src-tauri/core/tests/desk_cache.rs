//! A desk's cache of the server's files stays within its limit: the least recently used go
//! first, down to three quarters of the limit; what a form holds in staging is never touched.

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use pressdesk_core::desk_cache::{self, Trimmed};
use pressdesk_core::files::FileStore;

/// A cached file of `kb` kilobytes, last used `days` ago.
fn cached(store: &FileStore, n: u8, kb: usize, days: u64) -> std::path::PathBuf {
    let sha = format!("{n:02x}").repeat(32);
    let path = store.file_path(&sha).unwrap();
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, vec![n; kb * 1024]).unwrap();
    let when = SystemTime::now() - Duration::from_secs(days * 86_400);
    let file = fs::File::options().write(true).open(&path).unwrap();
    file.set_times(fs::FileTimes::new().set_accessed(when).set_modified(when))
        .unwrap();
    path
}

fn staged(root: &Path) -> std::path::PathBuf {
    let path = root.join("staging").join("ab".repeat(32));
    fs::write(&path, vec![1; 300 * 1024]).unwrap();
    path
}

#[test]
fn a_cache_over_its_limit_loses_its_least_recently_used_files_down_to_three_quarters() {
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::open(dir.path()).unwrap();
    let oldest = cached(&store, 1, 100, 30);
    let old = cached(&store, 2, 100, 20);
    let recent = cached(&store, 3, 100, 2);
    let today = cached(&store, 4, 100, 0);
    let form = staged(dir.path());

    let done = desk_cache::trim(dir.path(), 350 * 1024).unwrap();

    assert_eq!(
        done,
        Trimmed {
            removed: 2,
            freed: 200 * 1024,
            kept: 200 * 1024
        }
    );
    assert!(!oldest.exists() && !old.exists());
    assert!(recent.exists() && today.exists());
    assert!(form.exists(), "staging is what a form holds: never trimmed");
}

#[test]
fn a_cache_within_its_limit_is_left_as_it_is_and_a_use_makes_a_file_young() {
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::open(dir.path()).unwrap();
    let first = cached(&store, 1, 100, 30);
    let second = cached(&store, 2, 100, 20);
    let done = desk_cache::trim(dir.path(), 200 * 1024).unwrap();
    assert_eq!((done.removed, done.kept), (0, 200 * 1024));

    // The oldest file is opened again today: the other one goes first.
    desk_cache::touch(&first);
    let done = desk_cache::trim(dir.path(), 150 * 1024).unwrap();
    assert_eq!(done.removed, 1);
    assert!(first.exists() && !second.exists());
}
