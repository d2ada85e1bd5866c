//! `bench server`: search and the agenda's first page on the office's PostgreSQL, through the
//! seam as a desk does: a throwaway cluster (`pg-cluster`, as the tests use), the schema and
//! office by `server init`, the releases, evidence and files of the SQLite data set of that size
//! copied in (at most 10,000: the copy is the slow part), then `queries.rs`'s searches and
//! filters through `release::list_releases_on` over a desk's login on 127.0.0.1.

use pg_cluster::Cluster;
use pressdesk_core::model::{Actor, Role, TimeZone};
use pressdesk_core::office::{FirstRun, Office};
use pressdesk_core::release::{self, ListQuery};
use pressdesk_core::sql::{in_transaction, Db, PgConn, ToValue, Value};
use pressdesk_core::users::NewUser;
use pressdesk_core::{server, Error, Result};
use rusqlite::Connection;

use super::queries::{agenda_filters, SEARCHES};
use super::{data, ms, Options, Row, Samples, Verdict};

/// The largest data set copied to the server.
const MOST: u32 = 10_000;
/// Rows per INSERT statement while copying (7 to 9 columns: far below the 65,535 parameters).
const BATCH: usize = 500;

pub fn run(opts: &Options) -> Result<Vec<Row>> {
    let cluster = Cluster::start().map_err(|e| Error::Server(format!("klaster uji: {e}")))?;
    let mut rows = Vec::new();
    for &n in opts.sizes.iter().filter(|&&n| n <= MOST) {
        let ds = data::dataset(n)?;
        let client = office_with(&cluster, n, &ds.dir.join("pressdesk.db"))?;
        let db = Db::Postgres(&client);
        let list = |q: ListQuery| release::list_releases_on(&db, &Actor::console(), q);
        let rounds = if opts.quick { 3 } else { 10 };
        let searches = Samples::time(rounds * SEARCHES.len(), |i| {
            list(ListQuery {
                search: Some(SEARCHES[i % SEARCHES.len()].into()),
                limit: Some(100),
                ..ListQuery::default()
            })
        })?;
        rows.push(row(
            format!("server: search, 1–3 words, first 100 hits with count, {n} releases"),
            &searches,
        ));
        let filters = agenda_filters(ds.years);
        let agenda = Samples::time(rounds * 2 * filters.len(), |i| {
            list(filters[i % filters.len()].1.clone())
        })?;
        rows.push(row(
            format!(
                "server: agenda first page (100 rows, count), {n} releases, {} filters",
                filters.len()
            ),
            &agenda,
        ));
    }
    Ok(rows)
}

fn row(what: String, s: &Samples) -> Row {
    Row {
        what,
        target: "—".into(),
        median: ms(s.median()),
        worst: format!("p95 {}, max {}", ms(s.p95()), ms(s.worst())),
        memory: String::new(),
        verdict: Verdict::Info,
    }
}

/// A fresh office on the cluster holding the SQLite store's releases, as a desk sees it.
fn office_with(cluster: &Cluster, n: u32, store: &std::path::Path) -> Result<PgConn> {
    let fail = |e: std::io::Error| Error::Server(format!("klaster uji: {e}"));
    let name = cluster
        .create_database(&format!("bench_{n}"))
        .map_err(fail)?;
    let admin = cluster.superuser_url(&name);
    server::init(&admin, first_run())?;
    // The superuser copies (a desk would register them one by one); the desk reads.
    let owner = PgConn::new(server::connect(&admin)?);
    set_path(&owner)?;
    let sqlite = Connection::open_with_flags(store, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    in_transaction(&owner, |db| {
        // The guards refuse evidence on a release past registration, and these rows come with
        // their final states: a bulk load as pg_restore's, triggers off (superuser only).
        db.execute("SET LOCAL session_replication_role = replica", &[])?;
        copy(&sqlite, db)
    })?;
    owner
        .client()
        .batch_execute("ANALYZE")
        .map_err(|e| Error::Server(e.to_string()))?;
    let desk = server::desk_add(&admin, "bench")?;
    let client = PgConn::new(server::connect(&cluster.url(
        &desk.login,
        &desk.password,
        &name,
    ))?);
    set_path(&client)?;
    Ok(client)
}

fn set_path(client: &PgConn) -> Result<()> {
    client
        .client()
        .batch_execute("SET search_path TO pressdesk")
        .map_err(|e| Error::Server(e.to_string()))
}

fn first_run() -> FirstRun {
    FirstRun {
        office: Office {
            name: "Dinas Komunikasi dan Informatika Provinsi Kalimantan Utara".into(),
            unit_code: "DISKOMINFO".into(),
            address: "Jl. Kolonel Soetadji, Tanjung Selor".into(),
            timezone: TimeZone::WITA,
            logo_sha: None,
        },
        admin: NewUser {
            name: "Admin".into(),
            nip: "198001012005011001".into(),
            role: Role::Admin,
            position: "Pranata Komputer".into(),
            pin: Some(data::ADMIN_PIN.into()),
            rank: None,
        },
        sop_code: None,
    }
}

/// The files, releases (their people left out: the server has only its admin) and evidence of
/// the SQLite store, with their ids, in batches.
fn copy(sqlite: &Connection, db: &Db) -> Result<()> {
    let tables = [
        (
            "files (sha256, size, mime, width, height, captured_at, has_thumb, created_at)",
            "SELECT sha256, size, mime, width, height, captured_at, has_thumb, created_at
             FROM files",
        ),
        (
            "releases (id, uid, agenda_year, agenda_seq, template_id, status, received_at,
                sender_org, sender_contact, letter_no, letter_date, title, news_type_id,
                event_date, event_place, body, checklist, remarks, created_at, checked,
                not_published_reason, withdrawn_at, withdraw_reason, corrected_at,
                sop_version_id, step_done)",
            "SELECT id, uid, agenda_year, agenda_seq, template_id, status, received_at,
                sender_org, sender_contact, letter_no, letter_date, title, news_type_id,
                event_date, event_place, body, checklist, remarks, created_at, checked,
                not_published_reason, withdrawn_at, withdraw_reason, corrected_at,
                sop_version_id, step_done FROM releases ORDER BY id",
        ),
        (
            "evidence (id, release_id, seq, kind, file_sha, original_name, added_at, removed_at)",
            "SELECT id, release_id, seq, kind, file_sha, original_name, added_at, removed_at
             FROM evidence ORDER BY id",
        ),
    ];
    for (into, select) in tables {
        let mut stmt = sqlite.prepare(select)?;
        let width = stmt.column_count();
        let marks = format!("({})", vec!["?"; width].join(", "));
        let mut rows = stmt.query([])?;
        let mut batch: Vec<Value> = Vec::with_capacity(BATCH * width);
        loop {
            let done = match rows.next()? {
                Some(r) => {
                    for i in 0..width {
                        batch.push(Value::from(r.get_ref(i)?));
                    }
                    false
                }
                None => true,
            };
            let count = batch.len() / width;
            if count == BATCH || (done && count > 0) {
                let values = vec![marks.as_str(); count].join(", ");
                let args: Vec<&dyn ToValue> = batch.iter().map(|v| v as &dyn ToValue).collect();
                db.execute(&format!("INSERT INTO {into} VALUES {values}"), &args)?;
                batch.clear();
            }
            if done {
                break;
            }
        }
    }
    Ok(())
}
