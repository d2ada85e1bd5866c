//! `backup --out FILE` and `restore FILE --into DIR | --db URL`: one-file backups of the data
//! folder or of the office's server (with `--db`), and a verified restore into an empty folder
//! or onto an empty server database. Progress goes to stderr, the result to stdout.

use std::path::Path;

use indicatif::ProgressBar;

use pressdesk_core::backup::{self, BackupProgress};
use pressdesk_core::model::Actor;
use pressdesk_core::{Error, Result, Store};

#[derive(clap::Args, Debug)]
pub struct BackupArgs {
    /// Berkas cadangan yang ditulis
    #[arg(long, value_name = "BERKAS")]
    pub out: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(clap::Args, Debug)]
pub struct RestoreArgs {
    /// Berkas cadangan
    pub file: Vec<String>,
    /// Folder tujuan, kosong atau baru
    #[arg(long, value_name = "FOLDER")]
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
        .ok_or_else(|| Error::invalid("out", "Sebutkan --out BERKAS untuk cadangan."))?;
    let bar = crate::progress::bytes("Cadangan");
    let report = backup::backup(
        store,
        &Actor::console(),
        Path::new(&out),
        &mut reporter(&bar),
    );
    bar.finish_and_clear();
    let report = report?;
    if !backup::pins_readable(store)? {
        eprintln!(
            "Catatan: login desk tidak boleh membaca PIN, jadi PIN tidak ikut dalam cadangan \
             ini; setelah dipulihkan setiap orang diberi PIN baru. Pakai URL admin server \
             (--db) agar PIN ikut."
        );
    }
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
        .ok_or_else(|| Error::invalid("file", "Sebutkan berkas cadangan yang dipulihkan."))?;
    let bar = crate::progress::bytes("Pemulihan");
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
        (None, None) => {
            return Err(Error::invalid(
                "into",
                "Sebutkan --into FOLDER (kosong atau baru) atau --db URL_ADMIN (basis data \
                 server yang kosong).",
            ))
        }
    };
    bar.finish_and_clear();
    let report = report?;
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
