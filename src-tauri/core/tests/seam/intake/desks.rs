//! A fresh office on the test server with the URL of its desk's login, so that a test can open
//! a second desk (another folder, another cache) on the same office.

use pg_cluster::Cluster;
use pressdesk_core::Store;

/// The office as `server_office` makes it (the zone of `common::store`'s office, so both stores
/// show times alike), its first desk's store and that desk's URL.
pub(super) fn server_office_at(tag: &str) -> (tempfile::TempDir, Store, String) {
    let admin = crate::new_server_office(tag);
    let url = crate::desk_url(Cluster::shared(), &admin, "kasi");
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_server(&url, dir.path()).unwrap();
    (dir, store, url)
}
