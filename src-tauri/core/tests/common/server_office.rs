//! The fixture store on the office's server: a fresh database on the run's throwaway
//! PostgreSQL cluster, set up by `server init`, opened as one desk's login.

use std::sync::atomic::{AtomicU32, Ordering};

use pg_cluster::Cluster;
use pressdesk_core::office::FirstRun;
use pressdesk_core::{server, Store};

static OFFICES: AtomicU32 = AtomicU32::new(0);

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
    Store::open_server(&cluster.url(&desk.login, &desk.password, &db), dir).unwrap()
}
