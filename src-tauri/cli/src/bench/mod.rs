//! `pressdesk-cli bench`: generates its data, runs each measurement of issue #6 and prints
//! one table (what, target, median, worst, peak memory, verdict). `bench all` runs them all.

mod app;
mod backends;
mod data;
mod explain;
mod intake;
mod labels;
mod ledger;
mod processed;
mod queries;
mod server;
mod thumbs;
mod verify;

use std::time::{Duration, Instant};

use pressdesk_core::{Error, Result};

/// `bench [WHAT] [--sizes …] [--quick]`, `bench app --bin …`, `bench ledger --releases N`,
/// `bench sql --releases N "SELECT …"`.
#[derive(clap::Args, Debug)]
pub struct BenchArgs {
    pub words: Vec<String>,
    #[arg(long)]
    pub sizes: Option<String>,
    #[arg(long)]
    pub quick: bool,
    #[arg(long)]
    pub releases: Option<u32>,
    #[arg(long)]
    pub bin: Option<String>,
    #[arg(long)]
    pub runs: Option<usize>,
    #[arg(long)]
    pub paper: Option<String>,
    #[arg(long)]
    pub out: Option<String>,
}

const USAGE: &str = "Gunakan: bench all|thumbs|intake|search|agenda|labels|verify|ledger|data|app \
    [--sizes 1000,10000,100000] [--quick]; bench app --bin target/release/pressdesk; \
    bench ledger --releases N; bench server [--sizes 10000]; bench backends [--quick] \
    (SQLite dan PostgreSQL berdampingan; keduanya perlu PostgreSQL, bukan bagian dari all)";

/// One line of the table.
pub struct Row {
    pub what: String,
    pub target: String,
    pub median: String,
    pub worst: String,
    pub memory: String,
    pub verdict: Verdict,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Met,
    Missed,
    Info,
}

impl Verdict {
    pub fn of(met: bool) -> Verdict {
        if met {
            Verdict::Met
        } else {
            Verdict::Missed
        }
    }

    fn label(self) -> &'static str {
        match self {
            Verdict::Met => "ok",
            Verdict::Missed => "MISSED",
            Verdict::Info => "",
        }
    }
}

pub struct Options {
    pub sizes: Vec<u32>,
    pub quick: bool,
}

pub fn run(args: BenchArgs) -> Result<()> {
    let what = args.words.first().cloned().unwrap_or_else(|| "all".into());
    if what == "ledger" {
        if let Some(n) = args.releases {
            return ledger::one_size(&args, n);
        }
    }
    if what == "sql" {
        return explain::run(&args);
    }
    if what == "app" {
        let rows = app::run(&args)?;
        print_table(&rows);
        return Ok(());
    }
    if args.words.len() > 1 {
        return Err(Error::invalid(
            "args",
            format!("Argumen «{}» tidak dikenal.", args.words[1]),
        ));
    }
    let sizes = match &args.sizes {
        Some(list) => list
            .split(',')
            .map(|s| s.trim().parse::<u32>())
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|_| Error::invalid("sizes", "--sizes: daftar angka, mis. 1000,10000"))?,
        // The server's copy of a data set is the slow part: 10,000 unless asked.
        None if what == "server" => vec![10_000],
        None => vec![1_000, 10_000, 100_000],
    };
    let opts = Options {
        sizes,
        quick: args.quick,
    };
    let started = Instant::now();
    let load_before = load_average();
    let mut rows = Vec::new();
    let all = what == "all";
    if what == "data" {
        for &n in &opts.sizes {
            data::dataset(n)?;
        }
        return Ok(());
    }
    if what == "backends" {
        backends::run(&opts)?;
        println!(
            "\n(seluruh bench: {:.0} s; beban mesin (load average 1 menit) awal {}, akhir {})",
            started.elapsed().as_secs_f64(),
            load_before,
            load_average()
        );
        return Ok(());
    }
    let mut ran = false;
    for (name, f) in [
        ("thumbs", thumbs::run as fn(&Options) -> Result<Vec<Row>>),
        ("intake", intake::run),
        ("search", queries::search),
        ("agenda", queries::agenda),
        ("ledger", ledger::run),
        ("labels", labels::run),
        ("verify", verify::run),
        ("server", server::run),
    ] {
        // The server's needs PostgreSQL installed: only when asked for.
        if (all && name != "server") || what == name {
            ran = true;
            eprintln!("== {name}");
            rows.extend(f(&opts)?);
        }
    }
    if !ran {
        return Err(Error::invalid("command", USAGE));
    }
    print_table(&rows);
    println!(
        "\n(seluruh bench: {:.0} s; beban mesin (load average 1 menit) awal {}, akhir {}; \
         data uji di {})",
        started.elapsed().as_secs_f64(),
        load_before,
        load_average(),
        data::cache_root().display()
    );
    Ok(())
}

pub fn print_table(rows: &[Row]) {
    println!("\n| what | target | median | worst | peak memory | |");
    println!("| --- | --- | --- | --- | --- | --- |");
    for r in rows {
        println!(
            "| {} | {} | {} | {} | {} | {} |",
            r.what,
            r.target,
            r.median,
            r.worst,
            r.memory,
            r.verdict.label()
        );
    }
}

/// The machine's one-minute load average: other work on the same cores skews every figure.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_owned))
        .unwrap_or_else(|| "?".into())
}

/// Timings of repeated runs.
pub struct Samples(pub Vec<Duration>);

impl Samples {
    pub fn time<T>(runs: usize, mut f: impl FnMut(usize) -> Result<T>) -> Result<Samples> {
        let mut out = Vec::with_capacity(runs);
        for i in 0..runs {
            let start = Instant::now();
            std::hint::black_box(f(i)?);
            out.push(start.elapsed());
        }
        Ok(Samples(out))
    }

    fn sorted(&self) -> Vec<Duration> {
        let mut v = self.0.clone();
        v.sort();
        v
    }

    pub fn median(&self) -> Duration {
        let v = self.sorted();
        v.get(v.len() / 2).copied().unwrap_or_default()
    }

    pub fn p95(&self) -> Duration {
        let v = self.sorted();
        let i = ((v.len() as f64) * 0.95).ceil() as usize;
        v.get(i.saturating_sub(1)).copied().unwrap_or_default()
    }

    pub fn worst(&self) -> Duration {
        self.0.iter().max().copied().unwrap_or_default()
    }
}

pub fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms >= 1000.0 {
        format!("{:.2} s", ms / 1000.0)
    } else if ms >= 10.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{ms:.1} ms")
    }
}

/// Peak resident memory of this process, in kB, since start or the last [`reset_peak`].
pub fn vm_hwm_kb() -> Option<u64> {
    status_kb("VmHWM:")
}

pub fn vm_rss_kb() -> Option<u64> {
    status_kb("VmRSS:")
}

fn status_kb(key: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(key))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Resets the peak (VmHWM) to the current resident size; false where the kernel refuses.
pub fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

pub fn mb(kb: Option<u64>) -> String {
    kb.map_or_else(|| "?".into(), |kb| format!("{} MB", kb / 1024))
}
