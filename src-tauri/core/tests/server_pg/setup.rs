//! `server init`, PINs checked on the server, the schema version and the connection test's
//! messages.

use pressdesk_core::server::{self, PinVerdict};

use super::common::{cluster, first_run, office, ADMIN_PIN};

#[test]
fn server_init_writes_the_office_and_its_admin_audited_and_refuses_a_second_time() {
    let o = office("init");
    assert_eq!(
        o.admin_sql("SELECT name || ' ' || unit_code FROM pressdesk.office"),
        "Diskominfo Provinsi Kalimantan Utara DISKOMINFO"
    );
    assert_eq!(
        o.admin_sql("SELECT string_agg(action, ',' ORDER BY id) FROM pressdesk.audit_events"),
        "office.setup,user.add"
    );
    assert!(o
        .admin_sql("SELECT pin_hash FROM pressdesk.users")
        .starts_with("$argon2id$"));
    assert_eq!(
        o.admin_sql("SELECT count(*) FROM pressdesk.sop_version_steps"),
        "22"
    );
    let again = server::init(&o.admin_url, first_run()).expect_err("refused");
    assert!(again.to_string().contains("sudah disiapkan"), "{again}");
    // Everyone else is shut out of the database: a login that is no desk cannot connect.
    cluster()
        .psql(
            "pdsuper",
            pg_cluster::SUPER_PASSWORD,
            &o.db,
            "CREATE ROLE stranger LOGIN PASSWORD 'x'",
        )
        .expect("psql");
    let out = cluster()
        .psql("stranger", "x", &o.db, "SELECT 1")
        .expect("psql");
    assert!(String::from_utf8_lossy(&out.stderr).contains("permission denied for database"));
}

#[test]
fn a_pin_is_checked_on_the_server_and_five_wrong_ones_lock_the_user_for_a_minute() {
    let o = office("pin");
    let (_, _, url) = o.desk("admin");
    let mut desk = server::connect(&url).expect("connect");
    let ok = server::check_pin(&mut desk, o.admin_id, ADMIN_PIN).expect("check");
    assert!(matches!(ok, PinVerdict::Ok { .. }), "{ok:?}");
    for left in (1..=4).rev() {
        let wrong = server::check_pin(&mut desk, o.admin_id, "000000").expect("check");
        assert_eq!(wrong, PinVerdict::Wrong { tries_left: left });
    }
    let fifth = server::check_pin(&mut desk, o.admin_id, "000000").expect("check");
    assert_eq!(fifth, PinVerdict::Wrong { tries_left: 0 });
    let locked = server::check_pin(&mut desk, o.admin_id, ADMIN_PIN).expect("check");
    assert!(
        matches!(locked, PinVerdict::Locked { secs } if secs > 50),
        "{locked:?}"
    );
    assert_eq!(
        o.admin_sql("SELECT action FROM pressdesk.audit_events ORDER BY id DESC LIMIT 1"),
        "user.locked"
    );
    // A try made in a transaction that is rolled back is never answered, so it cannot escape
    // the count; nor can a desk set a PIN of an admin without an admin's checked PIN.
    let mut tx = desk.transaction().expect("begin");
    let id: i64 = tx
        .query_one("SELECT check_pin($1, 'guess')", &[&o.admin_id])
        .expect("try")
        .get(0);
    let err = tx
        .query_one("SELECT * FROM pin_verdict($1)", &[&id])
        .expect_err("refused");
    let msg = err
        .as_db_error()
        .map(|d| d.message().to_owned())
        .unwrap_or_default();
    assert!(
        msg.contains("only after its transaction committed"),
        "{err:?}"
    );
    drop(tx);
    let err = desk
        .execute(
            "SELECT set_pin($1, '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g', NULL)",
            &[&o.admin_id],
        )
        .expect_err("refused");
    let msg = err
        .as_db_error()
        .map(|d| d.message().to_owned())
        .unwrap_or_default();
    assert!(msg.contains("only an admin with a checked PIN"), "{err:?}");
    let salt = o.admin_sql("SELECT pressdesk.pin_salt(id) FROM pressdesk.users");
    assert!(
        salt.starts_with("$argon2id$") && salt.matches('$').count() == 4,
        "{salt}"
    );
}

#[test]
fn a_database_of_a_newer_schema_is_refused_in_indonesian() {
    let o = office("newer");
    o.admin_sql(
        "INSERT INTO pressdesk.schema_migrations (version, name) VALUES (99, 'masa_depan')",
    );
    let err = server::check(&o.admin_url).expect_err("refused");
    assert!(
        err.to_string().contains("skema versi 99, lebih baru"),
        "{err}"
    );
    let mut client = server::connect(&o.admin_url).expect("connect");
    let err = server::migrate(&mut client, &server::Roles::of(&o.db)).expect_err("refused");
    assert!(err.to_string().contains("Perbarui PressDesk"), "{err}");
}

#[test]
fn the_connection_test_says_what_is_wrong() {
    let o = office("check");
    let (login, password, url) = o.desk("kasi");
    let ok = server::check(&url).expect("check");
    assert!(
        ok.is_desk && ok.login == login && ok.office.is_some() && !ok.tls,
        "{ok:?}"
    );

    let port = cluster().port();
    let cases = [
        (
            format!("postgres://{login}:salah@127.0.0.1:{port}/{}", o.db),
            "kata sandi salah",
        ),
        (
            format!("postgres://{login}:{password}@127.0.0.1:{port}/tidak_ada"),
            "Basis data tidak ada",
        ),
        (
            format!("postgres://{login}:{password}@127.0.0.1:1/{}", o.db),
            "tidak dapat dihubungi",
        ),
        (
            format!("postgres://{login}:{password}@10.1.2.3:{port}/{}", o.db),
            "wajib TLS",
        ),
    ];
    for (bad, expected) in cases {
        let err = server::check(&bad).expect_err("refused");
        assert!(err.to_string().contains(expected), "{bad}: {err}");
        assert!(!err.to_string().contains(&password) || expected == "kata sandi salah");
    }
    let empty = cluster().create_database("pd_empty_check").expect("db");
    let err = server::check(&cluster().superuser_url(&empty)).expect_err("refused");
    assert!(err.to_string().contains("belum disiapkan"), "{err}");
}
