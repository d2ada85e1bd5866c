//! Desks at once: the audit chain appended by two desks stays one chain that core's own hash
//! code verifies, numbers from four connections are exactly 1..n (a rolled-back act uses none),
//! and two migration runs at once apply the schema once.

use std::collections::BTreeSet;
use std::sync::{Arc, Barrier};
use std::thread;

use pressdesk_core::server;

use super::common::{cluster, office};

#[test]
fn two_desks_appending_at_once_make_one_unforked_chain_that_core_verifies() {
    let o = office("chain");
    let desks = [o.desk("kasi"), o.desk("kadis")];
    let start = Arc::new(Barrier::new(desks.len()));
    let per_desk = 40;
    let handles: Vec<_> = desks
        .iter()
        .map(|(_, _, url)| {
            let (url, start) = (url.clone(), start.clone());
            thread::spawn(move || {
                let mut client = server::connect(&url).expect("desk connects");
                start.wait();
                for i in 0..per_desk {
                    let mut tx = client.transaction().expect("begin");
                    let payload = serde_json::json!({ "i": i, "judul": "Rilis «uji» ✓" });
                    tx.query_one(
                        "SELECT append_audit($1, 'release.register', 'release', $2, $3)",
                        &[&Some(1i64), &i.to_string(), &payload.to_string()],
                    )
                    .expect("append");
                    tx.commit().expect("commit");
                }
            })
        })
        .collect();
    for h in handles {
        h.join().expect("desk thread");
    }
    let admin = server::connect(&o.admin_url).expect("connect");
    let admin = pressdesk_core::sql::PgConn::new(admin);
    let check = server::verify_chain(&pressdesk_core::sql::Db::Postgres(&admin)).expect("verify");
    assert!(check.faults.is_empty(), "{:?}", check.faults);
    // office.setup and user.add from init, then both desks' events.
    assert_eq!(check.events, 2 + 2 * per_desk);
    let by_desk = o.admin_sql(
        "SELECT string_agg(desk || '=' || n, ',' ORDER BY desk) FROM
         (SELECT desk, count(*) n FROM pressdesk.audit_events GROUP BY desk) d",
    );
    assert_eq!(
        by_desk,
        format!(
            "{}_desk_kadis={per_desk},{}_desk_kasi={per_desk},pdsuper=2",
            o.db, o.db
        )
    );
    // One chain: every prev_hash is used once, and the head is the last event.
    let forks = o.admin_sql(
        "SELECT count(*) FROM (SELECT prev_hash FROM pressdesk.audit_events
         GROUP BY prev_hash HAVING count(*) > 1) f",
    );
    assert_eq!(forks, "0");
}

#[test]
fn numbers_from_four_connections_are_exactly_one_to_n_and_a_rolled_back_act_uses_none() {
    let o = office("numbers");
    let (_, _, url) = o.desk("arsip");
    let (threads, each) = (4, 25);
    let start = Arc::new(Barrier::new(threads));
    let handles: Vec<_> = (0..threads)
        .map(|t| {
            let (url, start) = (url.clone(), start.clone());
            thread::spawn(move || {
                let mut client = server::connect(&url).expect("connect");
                start.wait();
                let mut kept = Vec::new();
                for i in 0..each {
                    let mut tx = client.transaction().expect("begin");
                    let n: i64 = tx
                        .query_one("SELECT next_number('approved', 2026)", &[])
                        .expect("next")
                        .get(0);
                    // Every fifth act of one desk fails after taking its number.
                    if t == 0 && i % 5 == 0 {
                        tx.rollback().expect("rollback");
                    } else {
                        tx.commit().expect("commit");
                        kept.push(n);
                    }
                }
                kept
            })
        })
        .collect();
    let mut all = Vec::new();
    for h in handles {
        all.extend(h.join().expect("thread"));
    }
    let n = all.len() as i64;
    assert_eq!(n, (threads * each - each / 5) as i64);
    let set: BTreeSet<i64> = all.iter().copied().collect();
    assert_eq!(set.len() as i64, n, "no number given twice");
    assert_eq!(set, (1..=n).collect::<BTreeSet<_>>(), "gap-free");
    let last = o.admin_sql("SELECT last FROM pressdesk.counters WHERE series = 'approved'");
    assert_eq!(last, n.to_string());
}

#[test]
fn two_migration_runs_at_once_apply_the_schema_once() {
    let db = cluster().create_database("pd_migrate_twice").expect("db");
    let url = cluster().superuser_url(&db);
    let roles = server::Roles::of(&db);
    let setup = format!(
        "CREATE ROLE {} NOLOGIN; CREATE ROLE {} NOLOGIN; GRANT CREATE ON DATABASE {db} TO {};",
        roles.owner, roles.app, roles.owner
    );
    let mut admin = server::connect(&url).expect("connect");
    admin.batch_execute(&setup).expect("roles");
    let start = Arc::new(Barrier::new(2));
    let handles: Vec<_> = (0..2)
        .map(|_| {
            let (url, start, roles) = (url.clone(), start.clone(), roles.clone());
            thread::spawn(move || {
                let mut client = server::connect(&url).expect("connect");
                start.wait();
                server::migrate(&mut client, &roles).expect("migrate").len()
            })
        })
        .collect();
    let mut applied: Vec<usize> = handles.into_iter().map(|h| h.join().expect("t")).collect();
    applied.sort();
    let known = server::migrate::MIGRATIONS.len();
    assert_eq!(
        applied,
        vec![0, known],
        "one run applied all, the other none"
    );
    let rows: i64 = admin
        .query_one("SELECT count(*) FROM pressdesk.schema_migrations", &[])
        .expect("count")
        .get(0);
    assert_eq!(rows as usize, known);
}
