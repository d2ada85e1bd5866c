//! The storage seam, one suite on both stores: the embedded SQLite of a fresh office and the
//! office's PostgreSQL (a throwaway cluster, the schema made by `server init`, read as a desk's
//! login). Each rule moved onto the seam gets its test here, run on both with one text: the
//! values and news types here, the spine every act stands on (numbers, the audit chain,
//! fingerprints) in `spine`, the SOP templates and the one door in `workflow`.

#[path = "../common/mod.rs"]
mod common;

mod agenda;
mod archive;
mod backup;
mod faults;
mod live;
mod paraf_filing;
mod people;
mod releases;
mod reports;
mod spine;
mod workflow;
// Intake's acts on both stores, a second desk of the server among them.
mod intake;

use pg_cluster::Cluster;
use pressdesk_core::args;
use pressdesk_core::catalog;
use pressdesk_core::model::{Role, TimeZone};
use pressdesk_core::office::{FirstRun, Office};
use pressdesk_core::server;
use pressdesk_core::sql::{Db, Value};
use pressdesk_core::users::NewUser;
use pressdesk_core::Store;

/// A fresh office on the server, as one desk sees it: a store on the server, its folder the
/// desk's cache (kept until the office is dropped).
fn server_office(tag: &str) -> (tempfile::TempDir, Store) {
    let admin = new_server_office(tag);
    let dir = tempfile::tempdir().unwrap();
    let store =
        Store::open_server(&desk_url(Cluster::shared(), &admin, "kasi"), dir.path()).unwrap();
    (dir, store)
}

/// A desk's login on the office whose administrator URL is `admin`: its URL with password.
fn desk_url(cluster: &Cluster, admin: &str, name: &str) -> String {
    let desk = server::desk_add(admin, name).unwrap();
    let db = admin.rsplit('/').next().unwrap().split('?').next().unwrap();
    cluster.url(&desk.login, &desk.password, db)
}

fn new_server_office(tag: &str) -> String {
    new_server_office_on(Cluster::shared(), tag)
}

/// A fresh office on `cluster`, set up by `server init`; returns the administrator's URL.
fn new_server_office_on(cluster: &Cluster, tag: &str) -> String {
    let db = cluster.create_database(&format!("seam_{tag}")).unwrap();
    let admin = cluster.superuser_url(&db);
    let first = FirstRun {
        office: Office {
            name: "Diskominfo Kota Pontianak".into(),
            unit_code: "DISKOMINFO".into(),
            address: "Jl. Rahadi Usman".into(),
            // The zone of `common::store`'s office, so that both stores show and filter times
            // alike.
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
    admin
}

/// A fresh office on one of the stores; its folder is kept until the office is dropped.
struct TestOffice {
    _dir: tempfile::TempDir,
    store: Store,
}

impl TestOffice {
    /// Runs one act: committed when it returns Ok, rolled back otherwise, on either store.
    fn act<T>(
        &self,
        f: impl FnOnce(&Db) -> pressdesk_core::Result<T>,
    ) -> pressdesk_core::Result<T> {
        self.store.with_db_tx(f)
    }
}

/// A fresh office on each store, named for the assertions' messages.
fn offices(tag: &str) -> [(&'static str, TestOffice); 2] {
    let (dir, store) = common::sqlite_store();
    let (server_dir, server) = server_office(tag);
    [
        ("sqlite", TestOffice { _dir: dir, store }),
        (
            "postgres",
            TestOffice {
                _dir: server_dir,
                store: server,
            },
        ),
    ]
}

/// Runs `check` on SQLite and on PostgreSQL, each on a fresh office.
fn on_both(tag: &str, check: impl Fn(&str, &Db)) {
    let (_dir, store) = common::sqlite_store();
    store
        .with_db(|db| {
            check("sqlite", db);
            Ok(())
        })
        .unwrap();
    let (_dir, server) = server_office(tag);
    server
        .with_db_tx(|db| {
            check("postgres", db);
            Ok(())
        })
        .unwrap();
}

#[test]
fn values_go_in_and_come_back_the_same_on_both_stores() {
    on_both("values", |store, db| {
        let row = db
            .query_row(
                // A bare parameter in a select list is text to PostgreSQL; in a rule it always
                // stands where a column's type says what it is, as the casts do here.
                "SELECT CAST(?1 AS INTEGER), ?2, CAST(?3 AS INTEGER), CAST(?4 AS INTEGER),
                        'it''s ?1'",
                args![7_i64, "teks", Option::<i64>::None, true],
                |r| {
                    Ok((
                        r.get::<i64>(0)?,
                        r.get::<String>(1)?,
                        r.get::<Option<i64>>(2)?,
                        r.get::<bool>(3)?,
                        r.get::<String>(4)?,
                    ))
                },
            )
            .unwrap_or_else(|e| panic!("{store}: {e}"));
        assert_eq!(
            row,
            (7, "teks".into(), None, true, "it's ?1".into()),
            "{store}"
        );
        let none = db
            .query_opt(
                "SELECT 1 WHERE 1 = CAST(?1 AS INTEGER)",
                args![2_i64],
                |r| r.get::<Value>(0),
            )
            .unwrap();
        assert_eq!(none, None, "{store}");
    });
}

#[test]
fn the_news_types_read_the_same_on_both_stores() {
    on_both("news", |store, db| {
        let names: Vec<String> = catalog::news_types(db)
            .unwrap()
            .into_iter()
            .map(|t| t.name)
            .collect();
        assert_eq!(
            names,
            [
                "Kegiatan pimpinan",
                "Pengumuman",
                "Klarifikasi/hak jawab",
                "Undangan liputan",
                "Lainnya"
            ],
            "{store}"
        );
        // Names are told apart without regard to case, on either store.
        let by_name = catalog::news_type_id(db, None, Some("PENGUMUMAN")).unwrap();
        let by_id = catalog::news_type_id(db, Some(by_name), None).unwrap();
        assert_eq!(by_name, by_id, "{store}");
        let other = catalog::news_type_id(db, None, None).unwrap();
        assert_eq!(
            catalog::news_type_id(db, None, Some("lainnya")).unwrap(),
            other
        );
        let err = catalog::news_type_id(db, None, Some("Gosip")).unwrap_err();
        assert_eq!(
            (err.field(), err.to_string().as_str()),
            (Some("news_type"), "Jenis berita tidak dikenal."),
            "{store}"
        );
    });
}

#[test]
fn a_failed_act_on_the_server_leaves_nothing_behind() {
    let (_dir, server) = server_office("rollback");
    let failed = server.with_db_tx(|db| {
        db.execute(
            "UPDATE news_types SET active = 0 WHERE name = ?1",
            args!["Pengumuman"],
        )?;
        catalog::news_type_id(db, None, Some("Pengumuman"))
    });
    assert!(failed.is_err(), "a retired type is refused");
    server
        .with_db_tx(|db| {
            let still: bool = db.query_row(
                "SELECT active FROM news_types WHERE name = ?1",
                args!["Pengumuman"],
                |r| r.get(0),
            )?;
            assert!(still, "the update rolled back with the act");
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_servers_refusal_reaches_the_desk_in_words() {
    let (_dir, server) = server_office("refusal");
    let err = server
        .with_db_tx(|db| db.execute("DELETE FROM news_types WHERE name = ?1", args!["Lainnya"]))
        .unwrap_err();
    assert!(err.to_string().starts_with("Server menolak:"), "{err}");
}

/// Text a fingerprint must carry byte for byte: quotes, a backslash, a tab, a newline, a
/// control character, accents and an emoji.
const TITLE: &str = "Rilis \"Hari Jadi\" ke-253 — Kota Pontianak ✓ 😀";
const SENDER: &str = "Humas C:\\Pemkot\tPontianak";
const BODY: &str = "Paragraf satu.\nParagraf dua: «kutipan» dan \u{1} penanda.\r\n";

/// A release row as a test's fixture, with the same values on either store (one SQL text):
/// under the first version of template `code`, waiting at its first step. Returns its id.
fn insert_release(
    db: &Db,
    uid: &str,
    seq: i64,
    code: &str,
    corrected_at: Option<&str>,
) -> pressdesk_core::Result<i64> {
    db.execute(
        "INSERT INTO releases (uid, agenda_year, agenda_seq, template_id, status, received_at,
            sender_org, sender_contact, letter_no, letter_date, title, news_type_id, event_date,
            event_place, body, checklist, remarks, received_by, created_at, checked,
            sop_version_id, step_done, corrected_at)
         VALUES (?1, 2026, ?2, (SELECT id FROM sop_templates WHERE code = ?3), 'Registered',
            '2026-03-02T01:00:00Z', ?4, '0812-5555-0101', 'B/12/2026', NULL, ?5,
            (SELECT id FROM news_types WHERE name = 'Pengumuman'), '2026-03-04', 'Aula \"A\"',
            ?6, '{\"format\":true}', '', NULL, '2026-03-02T01:00:00Z', 0,
            (SELECT v.id FROM sop_versions v JOIN sop_templates t ON t.id = v.template_id
             WHERE t.code = ?3 AND v.version = 1), 0, ?7)",
        args![uid, seq, code, SENDER, TITLE, BODY, corrected_at],
    )?;
    db.query_row("SELECT id FROM releases WHERE uid = ?1", args![uid], |r| {
        r.get(0)
    })
}
