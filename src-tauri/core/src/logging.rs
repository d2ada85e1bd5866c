//! The support log: what PressDesk did and what went wrong, for whoever helps the office, in
//! `logs/` of the data folder (one file a day per program, the last 14 kept; Pengaturan →
//! Tentang says where). Core emits `tracing` events at the acts' boundaries; the app and the
//! CLI call [`start`] once. Never in it: a PIN, a password, a server URL (it carries the
//! password) or a release's words: events name people and releases by their ids and numbers,
//! and a refusal by its kind and field, not its message, which may quote what was typed.

use std::path::{Path, PathBuf};

use tracing_appender::rolling::{RollingFileAppender, Rotation};
use tracing_subscriber::filter::{LevelFilter, Targets};
use tracing_subscriber::fmt::format::FmtSpan;
use tracing_subscriber::fmt::time::ChronoLocal;
use tracing_subscriber::prelude::*;

use crate::db::Store;
use crate::error::Error;

/// How many daily files of each program are kept.
const KEEP_DAYS: usize = 14;

/// The log folder of a data folder.
pub fn log_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("logs")
}

/// The log folder of the data folder `store` lives in: a desk of the office's server keeps its
/// store in the data folder's `server-cache/` (`db::server_cache_dir`), its log beside it.
pub fn log_dir_of(store: &Store) -> PathBuf {
    let dir = store.dir();
    match (store.server_place(), dir.parent()) {
        (Some(_), Some(data_dir)) => log_dir(data_dir),
        _ => log_dir(dir),
    }
}

/// Starts writing this process's log to `logs/<program>.YYYY-MM-DD.log` in `data_dir`, and
/// returns the folder; `None` (and no log) when the folder cannot be written, which never
/// stops the program. PressDesk's own events from `info` up (`debug` with
/// `PRESSDESK_LOG=debug`), other libraries' from `warn` up.
pub fn start(data_dir: &Path, program: &str) -> Option<PathBuf> {
    let dir = log_dir(data_dir);
    // Made here: the appender's pruning of old files reads the folder before it makes it.
    std::fs::create_dir_all(&dir).ok()?;
    let appender = RollingFileAppender::builder()
        .rotation(Rotation::DAILY)
        .filename_prefix(program)
        .filename_suffix("log")
        .max_log_files(KEEP_DAYS)
        .build(&dir)
        .ok()?;
    let ours = match std::env::var("PRESSDESK_LOG").ok().as_deref() {
        Some("debug") => LevelFilter::DEBUG,
        Some("trace") => LevelFilter::TRACE,
        _ => LevelFilter::INFO,
    };
    let filter = Targets::new()
        .with_default(LevelFilter::WARN)
        .with_target("pressdesk_core", ours)
        .with_target("pressdesk_lib", ours)
        .with_target("pressdesk", ours)
        .with_target("pressdesk_cli", ours);
    let layer = tracing_subscriber::fmt::layer()
        .with_writer(appender)
        .with_timer(ChronoLocal::new("%Y-%m-%d %H:%M:%S%.3f %:z".into()))
        // Each act's span (`#[instrument]` in core) closes with one line and its duration.
        .with_span_events(FmtSpan::CLOSE)
        .with_ansi(false)
        .with_target(true);
    tracing_subscriber::registry()
        .with(layer.with_filter(filter))
        .try_init()
        .ok()?;
    tracing::info!(
        program,
        version = env!("CARGO_PKG_VERSION"),
        pid = std::process::id(),
        "started"
    );
    Some(dir)
}

/// Logs an act that failed: its kind and field, and the message only where it is an account of
/// a fault (a file, the database, the data's integrity, a bug), never one that may quote the
/// user's words.
pub fn refused(what: &str, err: &Error) {
    match err {
        // SQLite's messages name tables and columns, never the values bound to a statement.
        Error::Io(_) | Error::Db(_) | Error::Corrupt(_) | Error::Internal(_) => {
            tracing::error!(what, kind = err.kind(), "{err}")
        }
        // The server's own words may quote a row: the kind only.
        Error::Server(_) | Error::Offline(_) => {
            tracing::warn!(what, kind = err.kind(), "failed")
        }
        _ => tracing::info!(what, kind = err.kind(), field = err.field(), "refused"),
    }
}
