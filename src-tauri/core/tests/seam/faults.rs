//! The server going away in the middle of an act (issue 15), as a power cut would stop it:
//! a registration with ten photos while the photos' bytes are going up, and a batch paraf of
//! three releases between its parafs. Nothing of either is kept, the desk keeps what the form
//! held (the staged photos, the drawn initials), and the same act succeeds once the server is
//! back: the registration with the number the failed one did not use.

use std::time::{Duration, Instant};

use pg_cluster::Cluster;
use pressdesk_core::catalog::CHECKLIST;
use pressdesk_core::evidence;
use pressdesk_core::model::{Actor, EvidenceKind, Role, Status};
use pressdesk_core::paraf::{self, CheckBatchInput, Decision, ParafInput};
use pressdesk_core::release::{self, EvidenceInput, NewRelease};
use pressdesk_core::users::{self, NewUser};
use pressdesk_core::{auth, server, Error, Store};

use super::common::jpeg;
use super::paraf_filing::fixtures::drawn;
use super::{desk_url, new_server_office_on};

const KASI: &str = "198207092006041003";
const KADIS: &str = "196805121993031004";

/// Runs `sql` on the office's database as the server's superuser.
fn as_superuser(admin: &str, sql: &str) -> Vec<postgres::Row> {
    let mut client = server::connect(admin).unwrap();
    client.query(sql, &[]).unwrap()
}

/// Runs statements (DDL) as the server's superuser.
fn batch_as_superuser(admin: &str, sql: &str) {
    server::connect(admin).unwrap().batch_execute(sql).unwrap();
}

fn counts(admin: &str) -> (i64, i64, i64) {
    let row = &as_superuser(
        admin,
        "SELECT (SELECT count(*) FROM pressdesk.releases), (SELECT count(*) FROM pressdesk.files),
                (SELECT count(*) FROM pressdesk.file_chunks)",
    )[0];
    (row.get(0), row.get(1), row.get(2))
}

/// An office on a cluster of its own (the test stops it), one desk's store on it, and the
/// office's first admin signed in there.
struct Outage {
    cluster: &'static Cluster,
    admin: String,
    _dir: tempfile::TempDir,
    store: Store,
    boss: Actor,
}

impl Outage {
    fn new(tag: &str) -> Outage {
        let cluster: &'static Cluster = Box::leak(Box::new(Cluster::start().unwrap()));
        let admin = new_server_office_on(cluster, tag);
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_server(&desk_url(cluster, &admin, "depan"), dir.path()).unwrap();
        let boss = auth::sign_in_nip(&store, "198001012005011001", "135790").unwrap();
        Outage {
            cluster,
            admin,
            _dir: dir,
            store,
            boss,
        }
    }

    /// Adds a user with PIN 246810 and signs them in at this desk.
    fn person(&self, name: &str, nip: &str, role: Role) -> Actor {
        let user = NewUser {
            name: name.into(),
            nip: nip.into(),
            role,
            position: "Staf".into(),
            pin: Some("246810".into()),
            rank: None,
        };
        users::add_user(&self.store, &self.boss, user).unwrap();
        auth::sign_in_nip(&self.store, nip, "246810").unwrap()
    }

    /// A photo staged at this desk, as the form's drop zone leaves it.
    fn photo(&self, who: &Actor, seed: u8) -> EvidenceInput {
        let name = format!("kegiatan-{seed}.jpg");
        let bytes = jpeg(640, 480, seed.wrapping_mul(20));
        let staged = evidence::stage_file(&self.store, Some(who), &name, &bytes).unwrap();
        EvidenceInput {
            sha256: staged.sha256,
            kind: EvidenceKind::Photo,
            name,
        }
    }

    /// Runs `act` while the server is cut off the moment `in_flight` sees it busy (a slowed
    /// insert on `table`), then brings the server back and takes the slowing off.
    fn cut_off<T: Send>(&self, table: &str, act: impl FnOnce() -> T + Send) -> T {
        batch_as_superuser(
            &self.admin,
            &format!(
                "CREATE FUNCTION pressdesk.slowly() RETURNS trigger LANGUAGE plpgsql AS
                   $$ BEGIN PERFORM pg_sleep(0.3); RETURN NEW; END $$;
                 CREATE TRIGGER slowly BEFORE INSERT ON pressdesk.{table}
                   FOR EACH ROW EXECUTE FUNCTION pressdesk.slowly()"
            ),
        );
        let result = std::thread::scope(|s| {
            let act = s.spawn(act);
            let until = Instant::now() + Duration::from_secs(20);
            while in_flight(&self.admin, table) == 0 {
                assert!(Instant::now() < until, "the act never reached {table}");
                std::thread::sleep(Duration::from_millis(50));
            }
            self.cluster.pause().unwrap();
            let result = act.join().unwrap();
            self.cluster.resume().unwrap();
            result
        });
        batch_as_superuser(
            &self.admin,
            &format!("DROP TRIGGER slowly ON pressdesk.{table}; DROP FUNCTION pressdesk.slowly()"),
        );
        result
    }
}

#[test]
fn a_registration_with_ten_photos_cut_off_by_a_server_restart_keeps_nothing_and_succeeds_again() {
    let o = Outage::new("restart_intake");
    let kasi = o.person("Sri Wahyuni", KASI, Role::Kasi);
    let form = NewRelease {
        title: "Banjir di Kecamatan Tanjung Palas".into(),
        sender_org: "BPBD".into(),
        evidence: (0..10u8).map(|i| o.photo(&kasi, i)).collect(),
        ..NewRelease::default()
    };
    let before = counts(&o.admin);

    // Each chunk takes a moment on the way in, so the stop falls while the bytes go up.
    let err = o
        .cut_off("file_chunks", || {
            release::register_release(&o.store, &kasi, form.clone())
        })
        .unwrap_err();
    assert!(matches!(err, Error::Offline(_)), "{err:?}");
    assert_eq!(
        counts(&o.admin),
        before,
        "no release, no file row, no chunk kept"
    );

    let again = release::register_release(&o.store, &kasi, form).unwrap();
    assert!(
        again.summary.agenda_no.starts_with("001/"),
        "{}",
        again.summary.agenda_no
    );
    assert_eq!(again.evidence.len(), 10);
    let (releases, files, _) = counts(&o.admin);
    assert_eq!((releases, files), (before.0 + 1, before.1 + 10));
}

#[test]
fn a_batch_paraf_cut_off_by_a_server_restart_keeps_no_paraf_and_succeeds_again() {
    let o = Outage::new("restart_paraf");
    let kasi = o.person("Sri Wahyuni", KASI, Role::Kasi);
    let kadis = o.person("Drs. Yusuf Abdullah", KADIS, Role::Kadis);
    let ids: Vec<String> = (0..3u8)
        .map(|i| {
            let form = NewRelease {
                title: format!("Rilis kegiatan {i}"),
                sender_org: "Dinas Kesehatan".into(),
                checklist: CHECKLIST.iter().map(|(k, _)| (*k).to_owned()).collect(),
                evidence: vec![o.photo(&kasi, 40 + i)],
                ..NewRelease::default()
            };
            release::register_release(&o.store, &kasi, form)
                .unwrap()
                .summary
                .id
        })
        .collect();
    let checked = CheckBatchInput {
        release_ids: ids.clone(),
        complete: true,
        reason: String::new(),
    };
    paraf::check_releases(&o.store, &kasi, checked).unwrap();
    // What the Kadis's form holds: the three releases, his PIN, the initials he drew.
    let form = ParafInput {
        release_ids: ids.clone(),
        decision: Decision::Approve,
        note: "Layak tayang.".into(),
        pin: "246810".into(),
        initials: drawn(&o.store, 7, false),
    };
    let parafs = |admin: &str| -> i64 {
        as_superuser(admin, "SELECT count(*) FROM pressdesk.parafs")[0].get(0)
    };

    // Each paraf row takes a moment, so the stop falls between the batch's parafs.
    let err = o
        .cut_off("parafs", || {
            paraf::paraf_releases(&o.store, &kadis, form.clone())
        })
        .unwrap_err();
    assert!(matches!(err, Error::Offline(_)), "{err:?}");
    assert_eq!(parafs(&o.admin), 0, "no paraf of the batch kept");
    for id in &ids {
        let shown = release::get_release(&o.store, &kadis, id).unwrap();
        assert_eq!(
            shown.summary.status,
            Status::Registered,
            "{}",
            shown.summary.agenda_no
        );
    }

    let done = paraf::paraf_releases(&o.store, &kadis, form).unwrap();
    assert_eq!(done.message, "3 rilis diparaf: setuju.");
    assert_eq!(parafs(&o.admin), 3);
}

/// Statements of a desk inserting into `table` right now (as the superuser sees the server).
fn in_flight(admin: &str, table: &str) -> i64 {
    let sql = format!(
        "SELECT count(*) FROM pg_stat_activity
         WHERE query LIKE 'INSERT INTO {table}%' AND state = 'active'"
    );
    as_superuser(admin, &sql)[0].get(0)
}
