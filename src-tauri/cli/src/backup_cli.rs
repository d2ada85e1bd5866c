//! `backup --out FILE` and `restore FILE --into DIR | --db URL`: one-file backups of the data
//! folder or of the office's server (with `--db`), and a verified restore into an empty folder
//! or onto an empty server database. Progress goes to stderr, the result to stdout.

use std::path::Path;

use indicatif::ProgressBar;

use pressdesk_core::backup::{self, BackupProgress};
use pressdesk_core::model::Actor;
use pressdesk_core::{tr, Error, Result, Store};

#[derive(clap::Args, Debug)]
pub struct BackupArgs {
    #[arg(long)]
    pub out: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(clap::Args, Debug)]
pub struct RestoreArgs {
    pub file: Vec<String>,
    #[arg(long)]
    pub into: Option<String>,
    #[arg(long)]
    pub json: bool,
}

/// Moves the bar (drawn on a terminal only) as the bytes go.
fn reporter(bar: &ProgressBar) -> impl FnMut(BackupProgress) + '_ {
    move |p: BackupProgress| {
        bar.set_length(p.total);
        bar.set_position(p.done);
    }
}

pub fn backup(store: &Store, args: BackupArgs) -> Result<()> {
    let json = args.json;
    let out = args
        .out
        .ok_or_else(|| Error::invalid("out", tr!("cli-backup-need-out")))?;
    let bar = crate::progress::bytes(&tr!("cli-progress-backup"));
    let report = backup::backup(
        store,
        &Actor::console(),
        Path::new(&out),
        &mut reporter(&bar),
    );
    bar.finish_and_clear();
    let report = report?;
    if !backup::pins_readable(store)? {
        eprintln!("{}", tr!("cli-backup-no-pins"));
    }
    show(json, &report, || {
        tr!(
            "cli-backup-written",
            path = report.path,
            bytes = report.bytes,
            files = report.files,
            releases = report.releases,
            head = report.audit_head
        )
    })
}

/// Runs without opening a store: the target folder must be empty or new, or the server's
/// database (`--db` with its administrator's URL) empty.
pub fn restore(args: RestoreArgs, db: Option<String>) -> Result<()> {
    let into = args.into;
    let db = match &into {
        Some(_) => None,
        None => db,
    };
    let json = args.json;
    let file = args
        .file
        .into_iter()
        .next()
        .ok_or_else(|| Error::invalid("file", tr!("cli-restore-need-file")))?;
    let bar = crate::progress::bytes(&tr!("cli-progress-restore"));
    let report = match (into, db) {
        (Some(into), _) => backup::restore(
            &Actor::console(),
            Path::new(&file),
            Path::new(&into),
            &mut reporter(&bar),
        ),
        (None, Some(url)) => backup::restore_to_server(
            &Actor::console(),
            Path::new(&file),
            &url,
            &mut reporter(&bar),
        ),
        (None, None) => return Err(Error::invalid("into", tr!("cli-restore-need-into"))),
    };
    bar.finish_and_clear();
    let report = report?;
    show(json, &report, || {
        tr!(
            "cli-restore-done",
            into = report.into,
            releases = report.releases,
            events = report.events,
            files = report.files,
            head = report.audit_head
        )
    })
}

/// The report as JSON for scripts, else its one line for people.
fn show<T: serde::Serialize>(json: bool, report: &T, line: impl FnOnce() -> String) -> Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(report)?);
    } else {
        println!("{}", line());
    }
    Ok(())
}
