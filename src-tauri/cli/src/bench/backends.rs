//! `bench backends`: the targets measured on both stores in one run, side by side: the
//! embedded SQLite store and the office's PostgreSQL server. The server is a throwaway cluster
//! (`pg-cluster`, as the tests use) with `fsync=on`, as an office's server runs (the tests'
//! clusters turn it off); the decade data set (100,000 releases) goes onto it by
//! `server::move_rows_only` (`server move` without the photos' bytes, which the data set does
//! not have), timed; every measurement then runs through core's own acts on a
//! `Store::open_server` desk over TCP (127.0.0.1, SCRAM, no TLS), as the app does. The intake
//! commits run on a second cluster on the disk holding the 10,000-release set, as SQLite's run
//! on a copy of that set.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use pg_cluster::Cluster;
use pressdesk_core::model::Actor;
use pressdesk_core::period::Period;
use pressdesk_core::print::{self, Paper};
use pressdesk_core::release::{self, ListQuery};
use pressdesk_core::{server, verify, Error, Result, Store};

use super::queries::{agenda_filters, SEARCHES};
use super::{data, intake, mb, ms, reset_peak, vm_hwm_kb, Options, Samples};

/// What one store measured.
struct Side {
    intake: Samples,
    intake_note: String,
    search: Samples,
    agenda: Samples,
    agenda_slowest: String,
    ledger: Samples,
    ledger_peak: Option<u64>,
    verify: Samples,
    verify_ok: bool,
    verify_events: u64,
}

pub fn run(opts: &Options) -> Result<()> {
    // The largest size asked for (100,000 unless `--sizes` says otherwise).
    let n = opts.sizes.iter().copied().max().unwrap_or(100_000);
    let ds = data::dataset(n)?;
    let runs = if opts.quick { 20 } else { 100 };
    // The decade's cluster takes about 3 GB: `PRESSDESK_BENCH_PG_DIR` may put it elsewhere
    // than the temporary folder (a tmpfs: then its reads are from memory, as SQLite's are from
    // the page cache; the commits are measured on a cluster of their own on the disk).
    let base = std::env::var_os("PRESSDESK_BENCH_PG_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    eprintln!(
        "== server: klaster di {}, pindahan {n} rilis",
        base.display()
    );
    let big = Office::moved(&base, &ds.dir, "bench_backends")?;
    if std::env::var_os("PRESSDESK_BENCH_HOLD").is_some() {
        // A profiling aid: the moved office stays up for psql (EXPLAIN ANALYZE) until a line
        // comes on standard input.
        println!("superuser: {}", big.cluster.superuser_url(&big.name));
        println!("desk: {}", big.url());
        let mut line = String::new();
        std::io::stdin()
            .read_line(&mut line)
            .map_err(Error::from_io)?;
        return Ok(());
    }
    let cache = std::env::temp_dir().join(format!("pressdesk-bench-desk-{}", std::process::id()));
    let result = (|| -> Result<(Side, Side)> {
        let on_server = big.desk(&cache.join("big"))?;
        eprintln!("== server: ukur");
        let mut pg = measure(&on_server, &ds, opts)?;
        drop(on_server);
        drop(big);
        // The commits on a server that syncs to the disk, on a copy of the same store as
        // SQLite's (10,000 releases).
        let ten = data::dataset(10_000)?;
        let office = Office::moved(&std::env::temp_dir(), &ten.dir, "bench_intake")?;
        let on_server = office.desk(&cache.join("intake"))?;
        pg.intake = intake::commits(&on_server, runs)?;
        pg.intake_note = "10,000-release office, fsync=on, on the disk".into();
        eprintln!("== SQLite: ukur");
        let sqlite = Store::open(&ds.dir)?;
        let mut lite = measure(&sqlite, &ds, opts)?;
        let (samples, full) = intake::on_a_copy(runs)?;
        lite.intake = samples;
        let sync = if full { "FULL" } else { "NOT FULL" };
        lite.intake_note = format!("10,000-release store, synchronous={sync}");
        Ok((lite, pg))
    })();
    if let Err(e) = std::fs::remove_dir_all(&cache) {
        eprintln!("Folder sementara {} tidak terhapus: {e}", cache.display());
    }
    let (lite, pg) = result?;
    print(&lite, &pg, n);
    Ok(())
}

/// A throwaway cluster holding one data set, moved there as `server move` does.
struct Office {
    cluster: Cluster,
    name: String,
    desk: server::NewDesk,
}

impl Office {
    fn moved(base: &Path, from: &Path, name: &str) -> Result<Office> {
        let fail = |e: std::io::Error| Error::Server(format!("klaster uji: {e}"));
        // `PRESSDESK_BENCH_PG_SETTINGS=a=1,b=2` adds server settings (a profiling aid, e.g.
        // `log_min_duration_statement=0` with a `log_directory` outside the cluster).
        let extra = std::env::var("PRESSDESK_BENCH_PG_SETTINGS").unwrap_or_default();
        let mut settings = vec!["fsync=on"];
        settings.extend(extra.split(',').filter(|s| !s.trim().is_empty()));
        let cluster = Cluster::start_with(base, &settings).map_err(fail)?;
        let name = cluster.create_database(name).map_err(fail)?;
        let admin = cluster.superuser_url(&name);
        let started = Instant::now();
        let moved = server::move_rows_only(from, &admin)?;
        let took = started.elapsed();
        let rows: u64 = moved.tables.values().sum();
        let releases = moved.tables.get("releases").copied().unwrap_or(0);
        // Not a row of the table: printed as it happens, so a later failure keeps it.
        println!(
            "server move of {releases} releases (rows only: {rows} rows, {} audit events; one \
             transaction, then counted, the chain walked, VACUUM (ANALYZE)): {}",
            moved.events,
            secs(took)
        );
        let desk = server::desk_add(&admin, "bench")?;
        Ok(Office {
            cluster,
            name,
            desk,
        })
    }

    /// A desk's store on this office, its cache in `dir`.
    fn desk(&self, dir: &Path) -> Result<Store> {
        Store::open_server(&self.url(), dir)
    }

    fn url(&self) -> String {
        self.cluster
            .url(&self.desk.login, &self.desk.password, &self.name)
    }
}

fn measure(store: &Store, ds: &data::Dataset, opts: &Options) -> Result<Side> {
    let rounds = if opts.quick { 3 } else { 10 };
    let actor = Actor::console();
    let list = |q: ListQuery| release::list_releases(store, &actor, q);
    let search_query = |i: usize| ListQuery {
        search: Some(SEARCHES[i % SEARCHES.len()].into()),
        limit: Some(100),
        ..ListQuery::default()
    };
    // One round unmeasured: the first statements fill the caches (plans, pages).
    for i in 0..SEARCHES.len() {
        list(search_query(i))?;
    }
    let search = Samples::time(rounds * SEARCHES.len(), |i| list(search_query(i)))?;
    let filters = agenda_filters(ds.years);
    for (_, q) in &filters {
        list(q.clone())?;
    }
    // Each filter in turn, as `bench agenda`: the slowest one named.
    let (mut all, mut slowest) = (Vec::new(), (Duration::ZERO, String::new()));
    for (name, q) in &filters {
        let s = Samples::time(rounds * 2, |_| list(q.clone()))?;
        if s.median() > slowest.0 {
            slowest = (
                s.median(),
                format!("{name}: median {}, p95 {}", ms(s.median()), ms(s.p95())),
            );
        }
        all.extend(s.0);
    }
    let agenda = Samples(all);

    let year = Period::Year { year: ds.years.1 };
    reset_peak();
    let ledger = Samples::time(if opts.quick { 2 } else { 3 }, |_| {
        print::ledger_pdf(store, &year, Paper::A4).map(|pdf| pdf.len())
    })?;
    let ledger_peak = vm_hwm_kb();

    let mut report = None;
    let verify = Samples::time(if opts.quick { 1 } else { 2 }, |_| {
        report = Some(verify::verify(store, &actor, false)?);
        Ok(())
    })?;
    let report = report.ok_or_else(|| Error::Internal("verify tidak berjalan".into()))?;
    if !report.ok {
        eprintln!(
            "verify: {:?}",
            report.faults.iter().take(5).collect::<Vec<_>>()
        );
    }
    Ok(Side {
        intake: Samples(Vec::new()),
        intake_note: String::new(),
        search,
        agenda,
        agenda_slowest: slowest.1,
        ledger,
        ledger_peak,
        verify,
        verify_ok: report.ok,
        verify_events: report.events,
    })
}

fn print(lite: &Side, pg: &Side, n: u32) {
    let p95 = |s: &Samples| format!("{} (median {})", ms(s.p95()), ms(s.median()));
    let within = |s: &Samples, limit: u64| s.p95() <= Duration::from_millis(limit);
    let verdict = |a: bool, b: bool| {
        let one = |ok: bool| if ok { "ok" } else { "MISSED" };
        format!("{} / {}", one(a), one(b))
    };
    println!("\n| what | target | SQLite | PostgreSQL | verdict (SQLite / server) |");
    println!("| --- | --- | --- | --- | --- |");
    println!(
        "| intake commit p95: record, 10 photos, audit, index; {} runs (SQLite: {}; server: {}) \
         | p95 ≤ 25 ms | {} | {} | {} |",
        lite.intake.0.len(),
        lite.intake_note,
        pg.intake_note,
        p95(&lite.intake),
        p95(&pg.intake),
        verdict(within(&lite.intake, 25), within(&pg.intake, 25))
    );
    println!(
        "| search p95, 1–3 words, first 100 hits with count, {n} releases | p95 ≤ 50 ms \
         | {} | {} | {} |",
        p95(&lite.search),
        p95(&pg.search),
        verdict(within(&lite.search, 50), within(&pg.search, 50))
    );
    println!(
        "| agenda first page p95 (100 rows, count), {n} releases, 10 filters | ≤ 50 ms \
         | {}; slowest {} | {}; slowest {} | {} |",
        p95(&lite.agenda),
        lite.agenda_slowest,
        p95(&pg.agenda),
        pg.agenda_slowest,
        verdict(within(&lite.agenda, 50), within(&pg.agenda, 50))
    );
    let ledger = |s: &Side| {
        format!(
            "{} (worst {}), peak {}",
            ms(s.ledger.median()),
            ms(s.ledger.worst()),
            mb(s.ledger_peak)
        )
    };
    let ledger_ok = |s: &Side| {
        s.ledger.median() <= Duration::from_secs(1)
            && s.ledger_peak.is_some_and(|kb| kb <= 150 * 1024)
    };
    println!(
        "| ledger PDF of one year ({} releases), built in memory | ≤ 1 s, ≤ 150 MB | {} | {} \
         | {} |",
        n.min(10_000),
        ledger(lite),
        ledger(pg),
        verdict(ledger_ok(lite), ledger_ok(pg))
    );
    let verify = |s: &Side| {
        format!(
            "{} (worst {}), {} events, {}",
            secs(s.verify.median()),
            secs(s.verify.worst()),
            s.verify_events,
            if s.verify_ok { "clean" } else { "FAULTS" }
        )
    };
    let verify_ok = |s: &Side| s.verify_ok && s.verify.median() <= Duration::from_secs(5);
    println!(
        "| verify, files excluded, {n} releases | ≤ 5 s | {} | {} | {} |",
        verify(lite),
        verify(pg),
        verdict(verify_ok(lite), verify_ok(pg))
    );
}

fn secs(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}
