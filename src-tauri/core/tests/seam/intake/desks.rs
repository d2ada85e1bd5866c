//! A fresh office on the test server with the URL of its desk's login, so that a test can open
//! a second desk (another folder, another cache) on the same office.

use pg_cluster::Cluster;
use pressdesk_core::model::{Role, TimeZone};
use pressdesk_core::office::{FirstRun, Office};
use pressdesk_core::server;
use pressdesk_core::users::NewUser;
use pressdesk_core::Store;

/// The office as `server_office` makes it (the zone of `common::store`'s office, so both stores
/// show times alike), its first desk's store and that desk's URL.
pub(super) fn server_office_at(tag: &str) -> (tempfile::TempDir, Store, String) {
    let cluster = Cluster::shared();
    let db = cluster.create_database(&format!("seam_{tag}")).unwrap();
    let admin = cluster.superuser_url(&db);
    let first = FirstRun {
        office: Office {
            name: "Diskominfo Kota Pontianak".into(),
            unit_code: "DISKOMINFO".into(),
            address: "Jl. Rahadi Usman".into(),
            timezone: TimeZone::WITA,
            logo_sha: None,
        },
        admin: NewUser {
            name: "Admin".into(),
            nip: "198001012005011001".into(),
            role: Role::Admin,
            position: "Pranata Komputer".into(),
            pin: Some("135790".into()),
            rank: None,
        },
        sop_code: None,
    };
    server::init(&admin, first).unwrap();
    let desk = server::desk_add(&admin, "kasi").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let url = cluster.url(&desk.login, &desk.password, &db);
    let store = Store::open_server(&url, dir.path()).unwrap();
    (dir, store, url)
}
