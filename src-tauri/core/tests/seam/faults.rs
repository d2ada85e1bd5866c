//! The server going away in the middle of an act (issue 15): a registration with ten photos
//! whose server is stopped as a power cut would stop it, while the photos' bytes are going up.
//! Nothing of it is kept, the desk keeps the staged photos (the form), and the same
//! registration succeeds once the server is back, with the number the failed one did not use.

use std::time::{Duration, Instant};

use pg_cluster::Cluster;
use pressdesk_core::evidence;
use pressdesk_core::model::{EvidenceKind, Role};
use pressdesk_core::release::{self, EvidenceInput, NewRelease};
use pressdesk_core::users::{self, NewUser};
use pressdesk_core::{auth, server, Error, Store};

use super::common::jpeg;
use super::{desk_url, new_server_office_on};

const KASI: &str = "198207092006041003";

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

#[test]
fn a_registration_with_ten_photos_cut_off_by_a_server_restart_keeps_nothing_and_succeeds_again() {
    let cluster: &'static Cluster = Box::leak(Box::new(Cluster::start().unwrap()));
    let admin = new_server_office_on(cluster, "restart_intake");
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_server(&desk_url(cluster, &admin, "depan"), dir.path()).unwrap();
    let boss = auth::sign_in_nip(&store, "198001012005011001", "135790").unwrap();
    let kasi = NewUser {
        name: "Sri Wahyuni".into(),
        nip: KASI.into(),
        role: Role::Kasi,
        position: "Kepala Seksi".into(),
        pin: Some("246810".into()),
        rank: None,
    };
    users::add_user(&store, &boss, kasi).unwrap();
    let kasi = auth::sign_in_nip(&store, KASI, "246810").unwrap();
    let evidence: Vec<EvidenceInput> = (0..10u8)
        .map(|i| {
            let name = format!("kegiatan-{i}.jpg");
            let staged =
                evidence::stage_file(&store, Some(&kasi), &name, &jpeg(640, 480, i * 20)).unwrap();
            EvidenceInput {
                sha256: staged.sha256,
                kind: EvidenceKind::Photo,
                name,
            }
        })
        .collect();
    let form = NewRelease {
        title: "Banjir di Kecamatan Tanjung Palas".into(),
        sender_org: "BPBD".into(),
        evidence,
        ..NewRelease::default()
    };
    // Each chunk takes a moment on the way in, so the stop falls while the bytes go up.
    batch_as_superuser(
        &admin,
        "CREATE FUNCTION pressdesk.slowly() RETURNS trigger LANGUAGE plpgsql AS
           $$ BEGIN PERFORM pg_sleep(0.3); RETURN NEW; END $$;
         CREATE TRIGGER slowly BEFORE INSERT ON pressdesk.file_chunks
           FOR EACH ROW EXECUTE FUNCTION pressdesk.slowly()",
    );
    let before = counts(&admin);

    let registering = {
        let (store, kasi, form) = (&store, &kasi, form.clone());
        std::thread::scope(|s| {
            let act = s.spawn(move || release::register_release(store, kasi, form));
            let until = Instant::now() + Duration::from_secs(20);
            while counts_in_flight(&admin) == 0 {
                assert!(Instant::now() < until, "the photos never started going up");
                std::thread::sleep(Duration::from_millis(50));
            }
            cluster.pause().unwrap();
            let result = act.join().unwrap();
            cluster.resume().unwrap();
            result
        })
    };
    let err = registering.unwrap_err();
    assert!(matches!(err, Error::Offline(_)), "{err:?}");
    assert_eq!(
        counts(&admin),
        before,
        "no release, no file row, no chunk kept"
    );

    batch_as_superuser(&admin, "DROP TRIGGER slowly ON pressdesk.file_chunks");
    let again = release::register_release(&store, &kasi, form).unwrap();
    assert!(
        again.summary.agenda_no.starts_with("001/"),
        "{}",
        again.summary.agenda_no
    );
    assert_eq!(again.evidence.len(), 10);
    let (releases, files, _) = counts(&admin);
    assert_eq!((releases, files), (before.0 + 1, before.1 + 10));
}

/// Statements of a desk writing chunks right now (as the superuser sees the server).
fn counts_in_flight(admin: &str) -> i64 {
    as_superuser(
        admin,
        "SELECT count(*) FROM pg_stat_activity
         WHERE query LIKE 'INSERT INTO file_chunks%' AND state = 'active'",
    )[0]
    .get(0)
}
