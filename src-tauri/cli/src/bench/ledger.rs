//! The Buku Agenda ledger PDF of one year (10,000 releases, built in memory as the preview
//! does) and of the whole decade store (written out as it is made, as a save does): time and
//! peak memory of the printing alone.

use std::time::{Duration, Instant};

use pressdesk_core::job::Job;
use pressdesk_core::period::Period;
use pressdesk_core::print::{self, Paper};
use pressdesk_core::{Error, Result, Store};

use super::BenchArgs;

use super::{data, mb, ms, reset_peak, vm_hwm_kb, vm_rss_kb, Options, Row, Samples, Verdict};

pub fn run(opts: &Options) -> Result<Vec<Row>> {
    let n = opts
        .sizes
        .iter()
        .copied()
        .max()
        .unwrap_or(100_000)
        .max(10_000);
    let ds = data::dataset(n)?;
    let store = Store::open(&ds.dir)?;
    let last = ds.years.1;
    let mut rows = Vec::new();

    // One year (10,000 releases) built in memory, as the preview does.
    let year = Period::Year { year: last };
    let runs = if opts.quick { 2 } else { 3 };
    let before = vm_rss_kb();
    reset_peak();
    let mut pdf_len = 0usize;
    let samples = Samples::time(runs, |_| {
        pdf_len = print::ledger_pdf(&store, &year, Paper::A4)?.len();
        Ok(())
    })?;
    let peak = vm_hwm_kb();
    rows.push(Row {
        what: format!(
            "ledger PDF, 10000 releases ({:.1} MB PDF, built in memory), {runs} runs; \
             RSS before {}",
            pdf_len as f64 / 1e6,
            mb(before)
        ),
        target: "≤ 1 s, ≤ 150 MB".into(),
        median: ms(samples.median()),
        worst: ms(samples.worst()),
        memory: mb(peak),
        verdict: Verdict::of(
            samples.median() <= Duration::from_secs(1) && peak.is_some_and(|kb| kb <= 150 * 1024),
        ),
    });

    // The whole store (a decade at 100,000) written out as it is made, as the app's save does:
    // the peak must not grow with the rows.
    let all = Period::Range {
        from: format!("{}-01-01", ds.years.0),
        to: format!("{last}-12-31"),
    };
    reset_peak();
    let mut sink = CountingWriter(std::io::sink(), 0);
    let samples = Samples::time(1, |_| {
        print::ledger_pdf_to(&store, &all, Paper::A4, &Job::new(|_| {}), &mut sink)
    })?;
    let peak = vm_hwm_kb();
    rows.push(Row {
        what: format!(
            "ledger PDF, all {n} releases ({:.1} MB PDF, written as made), 1 run",
            sink.1 as f64 / 1e6
        ),
        target: "peak ≤ 150 MB, not growing with the rows".into(),
        median: ms(samples.median()),
        worst: ms(samples.worst()),
        memory: mb(peak),
        verdict: Verdict::of(peak.is_some_and(|kb| kb <= 150 * 1024)),
    });
    Ok(rows)
}

/// `bench ledger --releases N [--paper a4|f4] [--out FILE.pdf]`: the ledger of the whole
/// cached data set of N releases, once; prints the time, the size and the peak memory. With
/// `--out` the PDF is streamed to the file, else built in memory.
pub fn one_size(args: &BenchArgs, n: u32) -> Result<()> {
    let paper = match &args.paper {
        Some(p) => Paper::parse(p)?,
        None => Paper::A4,
    };
    let out = args.out.clone();
    let ds = data::dataset(n)?;
    let store = Store::open(&ds.dir)?;
    let period = Period::Range {
        from: format!("{}-01-01", ds.years.0),
        to: format!("{}-12-31", ds.years.1),
    };
    reset_peak();
    let before = vm_hwm_kb();
    let start = Instant::now();
    // When each stage began and the resident size then, from the job's progress: where the
    // time goes (a profiling aid).
    let stages = std::sync::Arc::new(std::sync::Mutex::new(
        Vec::<(String, Instant, Option<u64>)>::new(),
    ));
    let seen = stages.clone();
    let job = Job::new(move |p| {
        let mut seen = seen.lock().unwrap_or_else(|e| e.into_inner());
        if seen.last().is_none_or(|(stage, ..)| *stage != p.stage) {
            seen.push((p.stage, Instant::now(), vm_rss_kb()));
        }
    });
    // With --out the pages go straight to the file as they are made, as the app's save does:
    // nothing grows with the rows. Without it the PDF is built in memory, as the preview does.
    let len = match &out {
        Some(path) => {
            let file = std::fs::File::create(path).map_err(Error::from_io)?;
            let mut sink = CountingWriter(std::io::BufWriter::new(file), 0);
            print::ledger_pdf_to(&store, &period, paper, &job, &mut sink)?;
            sink.1
        }
        None => print::ledger_pdf_with(&store, &period, paper, &job)?.len(),
    };
    let end = Instant::now();
    let secs = (end - start).as_secs_f64();
    println!(
        "ledger: {n} rilis, {secs:.2} s, {:.1} MB PDF, puncak RSS {} (sebelum {})",
        len as f64 / 1e6,
        mb(vm_hwm_kb()),
        mb(before),
    );
    let stages = stages.lock().unwrap_or_else(|e| e.into_inner());
    for (i, (stage, at, rss)) in stages.iter().enumerate() {
        let next = stages.get(i + 1).map_or(end, |(_, t, _)| *t);
        println!("  {stage} {} (RSS di awal {})", ms(next - *at), mb(*rss));
    }
    Ok(())
}

/// A writer that counts the bytes it passes on (the size of the PDF written to a file).
struct CountingWriter<W>(W, usize);

impl<W: std::io::Write> std::io::Write for CountingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.0.write(buf)?;
        self.1 += n;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}
