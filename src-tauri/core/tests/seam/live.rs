//! Desks on one server (issue 15): what one desk commits reaches another within two seconds,
//! an act cut off mid-transaction leaves nothing and works when tried again, and a server that
//! goes away is said at once and used again as soon as it is back.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use pg_cluster::Cluster;
use pressdesk_core::sql::{Db, Live};
use pressdesk_core::{args, audit, Error, Store};

use super::{desk_url, new_server_office, new_server_office_on};

fn desk(url: &str) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_server(url, dir.path()).unwrap();
    (dir, store)
}

/// An act that leaves its audit event, as every act does.
fn act(db: &Db, id: &str) -> pressdesk_core::Result<String> {
    audit::append(db, None, "site.add", "site", id, &serde_json::json!({}))
}

fn events(store: &Store) -> i64 {
    store
        .with_db(|db| db.query_row("SELECT count(*) FROM audit_events", args![], |r| r.get(0)))
        .unwrap()
}

/// Runs `store`'s listener on a thread until the returned flag is set.
fn listening(store: &'static Store) -> (&'static AtomicBool, mpsc::Receiver<Live>) {
    let stop: &'static AtomicBool = Box::leak(Box::new(AtomicBool::new(false)));
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || store.listen(stop, |live| drop(tx.send(live))));
    (stop, rx)
}

/// The first message `rx` gets that `want` accepts, within `limit`.
fn wait_for(rx: &mpsc::Receiver<Live>, limit: Duration, want: impl Fn(&Live) -> bool) -> Live {
    let until = Instant::now() + limit;
    loop {
        let left = until.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(live) if want(&live) => return live,
            Ok(_) => continue,
            Err(e) => panic!("nothing within {limit:?}: {e}"),
        }
    }
}

#[test]
fn what_one_desk_commits_reaches_the_other_within_two_seconds_and_a_rollback_never_does() {
    let admin = new_server_office("live");
    let cluster = Cluster::shared();
    let (_kasi_dir, kasi) = desk(&desk_url(cluster, &admin, "kasi"));
    let (_kadis_dir, kadis) = desk(&desk_url(cluster, &admin, "kadis"));
    let kadis: &'static Store = Box::leak(Box::new(kadis));
    let (stop, rx) = listening(kadis);
    wait_for(&rx, Duration::from_secs(5), |l| *l == Live::Online(true));

    let failed = kasi.with_db_tx(|db| {
        act(db, "rolled-back")?;
        Err::<(), _>(Error::Conflict("the act fails after its event".into()))
    });
    assert!(failed.is_err());
    let sent = Instant::now();
    kasi.with_db_tx(|db| act(db, "7")).unwrap();
    let heard = wait_for(&rx, Duration::from_secs(2), |l| matches!(l, Live::Changed(_)));
    let took = sent.elapsed();
    assert_eq!(heard, Live::Changed(vec!["site:7".into()]), "only the committed act");
    assert!(took < Duration::from_secs(2), "heard after {took:?}");
    stop.store(true, Ordering::Relaxed);
}

#[test]
fn an_act_whose_connection_is_killed_leaves_nothing_and_succeeds_when_tried_again() {
    let admin = new_server_office("killed");
    let (_dir, kasi) = desk(&desk_url(Cluster::shared(), &admin, "kasi"));
    let before = events(&kasi);
    let err = kasi
        .with_db_tx(|db| {
            act(db, "1")?;
            let pid: i64 = db.query_row("SELECT CAST(pg_backend_pid() AS BIGINT)", args![], |r| {
                r.get(0)
            })?;
            // Another session (an admin, a crash) ends this desk's connection mid-act.
            let mut admin_client = pressdesk_core::server::connect(&admin)?;
            admin_client
                .execute("SELECT pg_terminate_backend($1::int)", &[&(pid as i32)])
                .unwrap();
            act(db, "2")
        })
        .unwrap_err();
    assert!(matches!(err, Error::Offline(_)), "{err:?}");
    assert!(err.to_string().contains("terputus") || err.to_string().contains("dihubungi"), "{err}");
    assert_eq!(events(&kasi), before, "nothing of the cut act was kept");
    kasi.with_db_tx(|db| act(db, "1")).unwrap();
    assert_eq!(events(&kasi), before + 1, "the same act, tried again, is kept once");
}

#[test]
fn a_server_that_goes_away_is_said_at_once_and_used_again_when_it_is_back() {
    let cluster: &'static Cluster = Box::leak(Box::new(Cluster::start().unwrap()));
    let admin = new_server_office_on(cluster, "restart");
    let (_dir, kasi) = desk(&desk_url(cluster, &admin, "kasi"));
    let kasi: &'static Store = Box::leak(Box::new(kasi));
    let (stop, rx) = listening(kasi);
    wait_for(&rx, Duration::from_secs(5), |l| *l == Live::Online(true));
    kasi.with_db_tx(|db| act(db, "before")).unwrap();

    cluster.pause().unwrap();
    let err = kasi.with_db_tx(|db| act(db, "during")).unwrap_err();
    assert!(matches!(err, Error::Offline(_)), "{err:?}");
    wait_for(&rx, Duration::from_secs(8), |l| *l == Live::Online(false));

    cluster.resume().unwrap();
    wait_for(&rx, Duration::from_secs(10), |l| *l == Live::Online(true));
    kasi.with_db_tx(|db| act(db, "after")).unwrap();
    let ids: Vec<String> = kasi
        .with_db(|db| {
            db.query("SELECT entity_id FROM audit_events WHERE entity = 'site' ORDER BY id", args![])?
                .iter()
                .map(|r| r.get(0))
                .collect()
        })
        .unwrap();
    assert_eq!(ids, ["before", "after"]);
    stop.store(true, Ordering::Relaxed);
}
