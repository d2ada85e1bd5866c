//! `bench sql --releases N "SELECT …"`: a profiling aid that prints a statement's query plan
//! on a cached data set and times it (five runs after one warm-up).

use std::time::Instant;

use pressdesk_core::{Error, Result, Store};

use super::BenchArgs;
use super::{data, ms, Samples};

pub fn run(args: &BenchArgs) -> Result<()> {
    let n: u32 = args.releases.unwrap_or(100_000);
    let sql = args.words[1..].join(" ");
    if sql.trim().is_empty() {
        return Err(Error::invalid("sql", "Sebutkan pernyataan SQL."));
    }
    let ds = data::dataset(n)?;
    let store = Store::open(&ds.dir)?;
    store.with_conn(|c| {
        // Settings to try on this connection first, e.g. `PRAGMA mmap_size = 2000000000`.
        if let Some(pragma) = std::env::var_os("PRESSDESK_BENCH_PRAGMA") {
            c.execute_batch(&pragma.to_string_lossy())?;
        }
        let mut plan = c.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
        let mut rows = plan.query([])?;
        while let Some(r) = rows.next()? {
            let detail: String = r.get(3)?;
            println!("plan: {detail}");
        }
        let mut stmt = c.prepare(&sql)?;
        let mut count = 0usize;
        let start = Instant::now();
        {
            let mut rows = stmt.query([])?;
            while rows.next()?.is_some() {
                count += 1;
            }
        }
        println!("rows: {count}, first run {}", ms(start.elapsed()));
        let samples = Samples::time(5, |_| {
            let mut rows = stmt.query([])?;
            while rows.next()?.is_some() {}
            Ok(())
        })?;
        println!(
            "median {}, worst {}",
            ms(samples.median()),
            ms(samples.worst())
        );
        Ok(())
    })
}
