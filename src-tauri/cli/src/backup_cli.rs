//! `backup --out FILE` and `restore FILE --into DIR`: one-file backups of the data folder, and a
//! verified restore into an empty folder. Progress goes to stderr, the result to stdout.

use std::io::Write;
use std::path::Path;

use pressdesk_core::backup::{self, BackupProgress};
use pressdesk_core::model::Actor;
use pressdesk_core::{Error, Result, Store};

use crate::args::Args;

/// Prints the percentage to stderr at every tenth.
fn reporter() -> impl FnMut(BackupProgress) {
    let mut last = u64::MAX;
    move |p: BackupProgress| {
        let pct = (p.done * 100).checked_div(p.total).unwrap_or(100);
        if pct / 10 != last {
            last = pct / 10;
            let _ = writeln!(std::io::stderr(), "  {pct}%");
        }
    }
}

pub fn backup(store: &Store, args: &mut Args, json: bool) -> Result<()> {
    let out = args
        .value("--out")?
        .ok_or_else(|| Error::invalid("out", "Sebutkan --out BERKAS untuk cadangan."))?;
    let report = backup::backup(store, &Actor::console(), Path::new(&out), &mut reporter())?;
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!(
            "Cadangan ditulis ke {} ({} bita, {} berkas, {} rilis, kepala audit {}).",
            report.path, report.bytes, report.files, report.releases, report.audit_head
        );
    }
    Ok(())
}

/// Runs without opening a store: the target folder must be empty or new.
pub fn restore(args: &mut Args) -> Result<()> {
    let into = args
        .value("--into")?
        .ok_or_else(|| Error::invalid("into", "Sebutkan --into FOLDER (kosong atau baru)."))?;
    let json = args.flag("--json");
    let file = args
        .rest()
        .into_iter()
        .next()
        .ok_or_else(|| Error::invalid("file", "Sebutkan berkas cadangan yang dipulihkan."))?;
    let report = backup::restore(
        &Actor::console(),
        Path::new(&file),
        Path::new(&into),
        &mut reporter(),
    )?;
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!(
            "Cadangan dipulihkan ke {} dan lolos pemeriksaan: {} rilis, {} peristiwa audit, \
             {} berkas, kepala audit {}.",
            report.into, report.releases, report.events, report.files, report.audit_head
        );
    }
    Ok(())
}
