//! What a desk's login is refused when someone at the desk types SQL into `psql` with it, and
//! what the guards refuse even the schema's owner. The first test prints the table that
//! docs/RELIABILITY.md keeps.

use pg_cluster::{SUPERUSER, SUPER_PASSWORD};
use pressdesk_core::server;

use super::common::{cluster, office};

/// Runs `sql` as the desk through psql: Ok(stdout) or Err(the server's error line).
fn as_desk(login: &str, password: &str, db: &str, sql: &str) -> Result<String, String> {
    let out = cluster().psql(login, password, db, sql).expect("psql runs");
    let stderr = String::from_utf8_lossy(&out.stderr).trim().to_owned();
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
    } else {
        Err(stderr)
    }
}

#[test]
fn a_desk_login_through_psql_is_refused_everything_no_pressdesk_user_may_do() {
    let o = office("refuse");
    let release = o.seed_release();
    let (login, password, _) = o.desk("kasi");
    let head = o.admin_sql("SELECT hash FROM pressdesk.audit_head");
    // The desk is a working login: it reads the agenda and appends through the chain function.
    let read = as_desk(&login, &password, &o.db, "SELECT count(*) FROM releases").expect("read");
    assert_eq!(read, "1");
    as_desk(
        &login,
        &password,
        &o.db,
        "SELECT append_audit(NULL, 'test', 'x', '1', '{}')",
    )
    .expect("append through the function");

    let forged = format!(
        "INSERT INTO audit_events (at, action, entity, entity_id, payload, prev_hash, hash, desk)
         VALUES ('2026-01-01T00:00:00Z', 'release.register', 'release', '99', '{{}}', '{head}',
         repeat('f', 64), 'x')"
    );
    let tries: Vec<(&str, String, &str)> = vec![
        (
            "delete a release",
            format!("DELETE FROM releases WHERE id = {release}"),
            "permission denied for table releases",
        ),
        (
            "delete evidence",
            "DELETE FROM evidence".into(),
            "permission denied for table evidence",
        ),
        (
            "change an archive number",
            "UPDATE archive_numbers SET number = '999/PR/X/XI/2026'".into(),
            "permission denied for table archive_numbers",
        ),
        (
            "delete an archive number",
            "DELETE FROM archive_numbers".into(),
            "permission denied for table archive_numbers",
        ),
        (
            "change an audit event",
            "UPDATE audit_events SET payload = '{}'".into(),
            "permission denied for table audit_events",
        ),
        (
            "delete an audit event",
            "DELETE FROM audit_events".into(),
            "permission denied for table audit_events",
        ),
        (
            "insert an audit event not linked to the head",
            forged,
            "permission denied for table audit_events",
        ),
        (
            "move the chain's head",
            "UPDATE audit_head SET hash = repeat('0', 64)".into(),
            "permission denied for table audit_head",
        ),
        (
            "read the PIN hashes",
            "SELECT pin_hash FROM users".into(),
            "permission denied for table users",
        ),
        (
            "set a PIN hash directly",
            "UPDATE users SET pin_hash = 'x'".into(),
            "permission denied for table users",
        ),
        (
            "give itself the Kadis role",
            "UPDATE users SET role = 'Kadis'".into(),
            "permission denied for table users",
        ),
        (
            "reset the lock count",
            "UPDATE users SET failed_pins = 0".into(),
            "permission denied for table users",
        ),
        (
            "take a number past the counter",
            "UPDATE counters SET last = last + 1".into(),
            "permission denied for table counters",
        ),
        (
            "change a paraf",
            "UPDATE parafs SET decision = 'approve'".into(),
            "permission denied for table parafs",
        ),
        (
            "change a stored file's record",
            "UPDATE files SET size = 1".into(),
            "permission denied for table files",
        ),
        (
            "edit an initialed release",
            format!("UPDATE releases SET title = 'X' WHERE id = {release}"),
            "release is initialed and immutable",
        ),
        (
            "truncate the releases",
            "TRUNCATE releases".into(),
            "permission denied for table releases",
        ),
        (
            "truncate the audit chain",
            "TRUNCATE audit_events CASCADE".into(),
            "permission denied for table audit_events",
        ),
        (
            "drop a table",
            "DROP TABLE releases".into(),
            "must be owner of table releases",
        ),
        (
            "create a table",
            "CREATE TABLE pressdesk.mine (x int)".into(),
            "permission denied for schema pressdesk",
        ),
        (
            "drop a guard",
            "DROP TRIGGER releases_guard ON releases".into(),
            "must be owner of relation releases",
        ),
        (
            "create a login",
            "CREATE ROLE intruder LOGIN".into(),
            "permission denied to create role",
        ),
        (
            "read the PIN tries",
            "SELECT * FROM pin_attempts".into(),
            "permission denied for table pin_attempts",
        ),
    ];
    let mut table =
        String::from("| a desk's login tried (psql) | the server refused |\n|---|---|\n");
    for (what, sql, expected) in &tries {
        let err = as_desk(&login, &password, &o.db, sql)
            .err()
            .unwrap_or_else(|| panic!("{what}: the server allowed `{sql}`"));
        assert!(
            err.contains(expected),
            "{what}: `{sql}` failed otherwise: {err}"
        );
        let line = err
            .lines()
            .next()
            .unwrap_or("")
            .replace("psql:", "")
            .trim()
            .to_owned();
        table.push_str(&format!(
            "| {what}: `{}` | {line} |\n",
            sql.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .chars()
                .take(70)
                .collect::<String>()
        ));
    }
    println!("{table}");
    // Nothing changed: the release, its evidence and number, and the chain as it was.
    assert_eq!(o.admin_sql("SELECT count(*) FROM pressdesk.evidence"), "1");
    assert_eq!(
        o.admin_sql("SELECT number FROM pressdesk.archive_numbers"),
        "001/PR/DISKOMINFO/XI/2026"
    );
    let client = server::connect(&o.admin_url).expect("connect");
    let client = pressdesk_core::sql::PgConn::new(client);
    let check = server::verify_chain(&pressdesk_core::sql::Db::Postgres(&client)).expect("verify");
    assert!(check.faults.is_empty(), "{:?}", check.faults);
}

#[test]
fn a_removed_desk_can_no_longer_connect_and_its_open_session_ends() {
    let o = office("removed");
    let (login, password, url) = o.desk("arsip");
    let mut open = server::connect(&url).expect("the desk connects");
    open.simple_query("SELECT 1").expect("works");
    assert_eq!(
        server::desk_list(&o.admin_url).expect("list"),
        vec!["arsip".to_owned()]
    );

    server::desk_remove(&o.admin_url, "arsip").expect("remove");
    assert!(
        open.simple_query("SELECT 1").is_err(),
        "the open session was ended"
    );
    let err = as_desk(&login, &password, &o.db, "SELECT 1").expect_err("refused");
    assert!(err.contains("password authentication failed"), "{err}");
    let err = server::check(&url).expect_err("refused");
    assert!(
        err.to_string()
            .contains("kata sandi salah atau login desk tidak ada"),
        "{err}"
    );
}

#[test]
fn the_guards_refuse_even_the_owner_editing_after_the_paraf_and_deleting_records() {
    let o = office("owner");
    let release = o.seed_release();
    // The superuser acting as the schema owner: privileges would let it, the triggers do not.
    let owner = format!("SET ROLE {}_owner; SET search_path = pressdesk;", o.db);
    let tries = [
        (format!("UPDATE releases SET title = 'X' WHERE id = {release}"),
            "release is initialed and immutable"),
        (format!("DELETE FROM releases WHERE id = {release}"), "releases are never deleted"),
        ("DELETE FROM evidence".to_owned(), "evidence rows are never deleted"),
        ("UPDATE evidence SET original_name = 'lain.jpg'".to_owned(),
            "evidence rows are never changed"),
        ("DELETE FROM archive_numbers".to_owned(), "archive numbers are never deleted"),
        ("UPDATE archive_numbers SET seq = 7".to_owned(), "archive numbers never change"),
        ("TRUNCATE releases CASCADE".to_owned(), "releases are never deleted"),
        ("DELETE FROM audit_events".to_owned(), "audit events are never deleted"),
        ("UPDATE audit_events SET payload = '{}'".to_owned(), "audit events are never changed"),
        ("INSERT INTO audit_events (at, action, entity, entity_id, payload, prev_hash, hash, desk)
          VALUES ('x', 'a', 'b', 'c', '{}', repeat('0', 64), repeat('1', 64), 'x')".to_owned(),
            "must link to the head"),
        ("UPDATE users SET role = 'Kasi'".to_owned(), "role never changes"),
    ];
    for (sql, expected) in tries {
        let out = cluster()
            .psql(SUPERUSER, SUPER_PASSWORD, &o.db, &format!("{owner} {sql}"))
            .expect("psql");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            !out.status.success() && err.contains(expected),
            "`{sql}`: {err}"
        );
    }
    // Before the deciding paraf a correction is allowed; a withdrawn release never changes.
    o.admin_sql(&format!(
        "{owner} UPDATE releases SET status = 'Registered' WHERE id = {release}"
    ));
    let edit =
        format!("{owner} UPDATE releases SET title = 'Judul diperbaiki' WHERE id = {release}");
    o.admin_sql(&edit);
    o.admin_sql(&format!(
        "{owner} UPDATE releases SET withdrawn_at = '2026-11-22T01:00:00Z',
         withdraw_reason = 'ditarik' WHERE id = {release}"
    ));
    let out = cluster()
        .psql(SUPERUSER, SUPER_PASSWORD, &o.db, &edit)
        .expect("psql");
    assert!(String::from_utf8_lossy(&out.stderr).contains("withdrawn and immutable"));
}
