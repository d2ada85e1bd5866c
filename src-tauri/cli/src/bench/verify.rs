//! Verify on the decade store (100,000 releases, 1,000,000 audit events) with files excluded,
//! and file hashing as verify does it against `sha256sum` on the same files.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use pressdesk_core::files::sha256_file;
use pressdesk_core::model::Actor;
use pressdesk_core::{verify, Error, Result, Store};

use super::{data, mb, ms, reset_peak, thumbs, vm_hwm_kb, Options, Row, Samples, Verdict};

const HASH_FILES: usize = 48;

pub fn run(opts: &Options) -> Result<Vec<Row>> {
    let runs = if opts.quick { 1 } else { 3 };
    let mut rows = Vec::new();
    let n = opts.sizes.iter().copied().max().unwrap_or(100_000);
    let ds = data::dataset(n)?;
    let store = Store::open(&ds.dir)?;
    reset_peak();
    let mut report = None;
    let samples = Samples::time(runs, |_| {
        report = Some(verify::verify(&store, &Actor::console(), false)?);
        Ok(())
    })?;
    let peak = vm_hwm_kb();
    let report = report.ok_or_else(|| Error::Internal("verify tidak berjalan".into()))?;
    let big = n >= 100_000;
    rows.push(Row {
        what: format!(
            "verify, files excluded: {} releases, {} audit events, {} ({} faults)",
            report.releases,
            report.events,
            if report.ok { "ok" } else { "NOT ok" },
            report.faults.len()
        ),
        target: if big { "≤ 5 s".into() } else { "—".into() },
        median: ms(samples.median()),
        worst: ms(samples.worst()),
        memory: mb(peak),
        verdict: if big {
            Verdict::of(report.ok && samples.median() <= Duration::from_secs(5))
        } else {
            Verdict::Info
        },
    });
    rows.extend(hashing()?);
    Ok(rows)
}

/// Hashes the same files with verify's own function and with `sha256sum`.
fn hashing() -> Result<Vec<Row>> {
    let files = hash_files()?;
    let bytes: u64 = files
        .iter()
        .map(|f| std::fs::metadata(f).map(|m| m.len()).unwrap_or(0))
        .sum();
    let rate = |d: Duration| format!("{:.0} MB/s", bytes as f64 / 1e6 / d.as_secs_f64());
    let ours = Samples::time(3, |_| {
        files
            .iter()
            .map(|f| sha256_file(f))
            .collect::<Result<Vec<_>>>()
    })?;
    let mut rows = vec![Row {
        what: format!(
            "file hashing as verify does it: {HASH_FILES} photos, {:.0} MB (page cache), {}",
            bytes as f64 / 1e6,
            rate(ours.median())
        ),
        target: "at disk speed, as sha256sum".into(),
        median: ms(ours.median()),
        worst: ms(ours.worst()),
        memory: String::new(),
        verdict: Verdict::Info,
    }];
    let mut theirs = Vec::new();
    for _ in 0..3 {
        let start = Instant::now();
        let out = Command::new("sha256sum").args(&files).output();
        match out {
            Ok(o) if o.status.success() => theirs.push(start.elapsed()),
            _ => {
                rows[0].what.push_str("; sha256sum not available");
                return Ok(rows);
            }
        }
    }
    let theirs = Samples(theirs);
    let ratio = theirs.median().as_secs_f64() / ours.median().as_secs_f64().max(1e-9);
    rows[0]
        .what
        .push_str(&format!("; sha256sum ÷ PressDesk = {ratio:.2}×"));
    rows[0].verdict = Verdict::of(ratio >= 0.9);
    rows.push(Row {
        what: format!("`sha256sum` on the same files, {}", rate(theirs.median())),
        target: "—".into(),
        median: ms(theirs.median()),
        worst: ms(theirs.worst()),
        memory: String::new(),
        verdict: Verdict::Info,
    });
    Ok(rows)
}

/// Distinct photo-sized files (the 24 MP test photo with a different tail), cached.
fn hash_files() -> Result<Vec<PathBuf>> {
    let dir = data::cache_root().join("hash-files");
    std::fs::create_dir_all(&dir).map_err(Error::from_io)?;
    let photo = std::fs::read(thumbs::photo(6000, 4000)?).map_err(Error::from_io)?;
    let mut out = Vec::with_capacity(HASH_FILES);
    for i in 0..HASH_FILES {
        let path = dir.join(format!("photo-{i:03}.jpg"));
        if !path.exists() {
            let mut bytes = photo.clone();
            bytes.extend_from_slice(format!("{i:08}").as_bytes());
            std::fs::write(&path, bytes).map_err(Error::from_io)?;
        }
        out.push(path);
    }
    Ok(out)
}
