//! The fixture store on the office's server: a fresh database on the run's throwaway
//! PostgreSQL cluster, set up by `server init`, opened as one desk's login.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;

use pg_cluster::Cluster;
use pressdesk_core::office::FirstRun;
use pressdesk_core::{server, Store};

static OFFICES: AtomicU32 = AtomicU32::new(0);
/// Each desk's login URL by its cache folder, so that a test can open the same office again
/// (a restart, a second window) as it opens the same SQLite folder again.
static DESKS: Mutex<Option<HashMap<PathBuf, String>>> = Mutex::new(None);

/// An office made by `first` on the server, seen from a desk whose cache is `dir`.
pub fn office_in(dir: &std::path::Path, first: FirstRun) -> Store {
    let cluster = Cluster::shared();
    let n = OFFICES.fetch_add(1, Ordering::Relaxed);
    let db = cluster
        .create_database(&format!("core_{}_{n}", std::process::id()))
        .unwrap();
    let admin = cluster.superuser_url(&db);
    server::init(&admin, first).unwrap();
    let desk = server::desk_add(&admin, "meja").unwrap();
    let url = cluster.url(&desk.login, &desk.password, &db);
    let mut desks = DESKS.lock().unwrap();
    desks
        .get_or_insert_with(HashMap::new)
        .insert(dir.to_path_buf(), url.clone());
    Store::open_server(&url, dir).unwrap()
}

/// The office whose desk's cache is `dir`, opened again.
pub fn open_again(dir: &Path) -> Store {
    let desks = DESKS.lock().unwrap();
    let url = desks
        .as_ref()
        .and_then(|d| d.get(dir))
        .expect("an office made here");
    Store::open_server(url, dir).unwrap()
}
