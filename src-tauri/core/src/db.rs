//! The store: one SQLite file and the data folder beside it, or a session with the office's
//! PostgreSQL server and the desk's folder as the cache of its files. Core owns the
//! connection; every rule goes through `with_db` (reads) or `with_db_tx` (one transaction:
//! `BEGIN IMMEDIATE` on SQLite), the storage seam (`crate::sql`). `with_conn` / `with_tx` hand
//! out SQLite's own connection to the rules not yet on the seam; on a server they refuse.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::error::{Error, Result};
use crate::files::FileStore;
use crate::sql::{contents, Db, Dialect, Live, Session};
use crate::sweep::{self, DataLock, SweepReport};

/// Embedded migrations, applied in order; the index + 1 is stored as `PRAGMA user_version`.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_foundation.sql"),
    include_str!("../migrations/0002_paraf.sql"),
    include_str!("../migrations/0003_filing.sql"),
    include_str!("../migrations/0004_corrections.sql"),
    include_str!("../migrations/0005_paper_paraf.sql"),
    include_str!("../migrations/0006_filing_office.sql"),
    include_str!("../migrations/0007_workflow.sql"),
    include_str!("../migrations/0008_calendar.sql"),
    include_str!("../migrations/0009_archive_rules.sql"),
    include_str!("../migrations/0010_user_lang.sql"),
    include_str!("../migrations/0011_disposals.sql"),
];

pub struct Store {
    backend: Backend,
    files: FileStore,
    dir: PathBuf,
    swept: SweepReport,
    restored_aside: Option<PathBuf>,
    // Held for the store's life: while it is, no other process sweeps this folder.
    _lock: DataLock,
}

/// Where the records live.
enum Backend {
    Sqlite(Mutex<Connection>),
    Server(Box<Session>),
}

/// The data folder: `PRESSDESK_DATA_DIR`, else `$XDG_DATA_HOME/pressdesk`, else
/// `~/.local/share/pressdesk`. The app and the CLI share this rule.
pub fn default_data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("PRESSDESK_DATA_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("pressdesk");
    }
    let home = std::env::var_os("HOME").unwrap_or_else(|| ".".into());
    PathBuf::from(home).join(".local/share/pressdesk")
}

/// Where a desk of the office's server caches the server's files: a folder of its own in the
/// data folder, apart from any embedded store the computer had before.
pub fn server_cache_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("server-cache")
}

impl Store {
    /// Opens (creating if needed) the store in `dir` and brings its schema up to date. When no
    /// other process has the folder open, what a killed one left behind is swept first.
    #[tracing::instrument(name = "open_store", skip_all)]
    pub fn open(dir: &Path) -> Result<Store> {
        // A restore the admin prepared takes the folder's place before anything reads it.
        let restored_aside = crate::pending_restore::apply(dir)?;
        std::fs::create_dir_all(dir).map_err(Error::from_io)?;
        let (lock, exclusive) = DataLock::take(dir)?;
        let mut conn = Connection::open(dir.join("pressdesk.db"))?;
        configure(&conn)?;
        migrate(&mut conn)?;
        let files = FileStore::open(dir)?;
        let swept = sweep::sweep(Some(&conn), &files, exclusive)?;
        if exclusive {
            lock.share()?;
        }
        Ok(Store {
            backend: Backend::Sqlite(Mutex::new(conn)),
            files,
            dir: dir.to_path_buf(),
            swept,
            restored_aside,
            _lock: lock,
        })
    }

    /// A desk's store on the office's server (`postgres://…`); `dir` is the desk's own folder,
    /// which holds the cache of the server's files (dropped at will: each is fetched again).
    // The URL carries the desk's password: never a field of the span.
    #[tracing::instrument(name = "open_server_store", skip_all)]
    pub fn open_server(url: &str, dir: &Path) -> Result<Store> {
        Store::on_session(Session::open(url)?, dir)
    }

    /// A desk whose server settings could not be read: every act says `why`, and the app can
    /// still offer to change the settings.
    pub fn server_unusable(why: Error, dir: &Path) -> Result<Store> {
        Store::on_session(Session::unusable(why.to_string()), dir)
    }

    fn on_session(session: Session, dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(dir).map_err(Error::from_io)?;
        let (lock, exclusive) = DataLock::take(dir)?;
        let files = FileStore::open(dir)?;
        let swept = sweep::sweep(None, &files, exclusive)?;
        if exclusive {
            // Only the first window of a desk trims: another may be showing a cached file.
            // A cache that could not be trimmed is no reason not to start.
            let _ = crate::desk_cache::trim(dir, crate::desk_cache::limit_from_env());
            lock.share()?;
        }
        Ok(Store {
            backend: Backend::Server(Box::new(session)),
            files,
            dir: dir.to_path_buf(),
            swept,
            restored_aside: None,
            _lock: lock,
        })
    }

    /// On a server, tells `on` what other desks changed and when the server went out of reach,
    /// until `stop` is set; returns at once on SQLite (one computer: nothing to hear).
    pub fn listen(&self, stop: &std::sync::atomic::AtomicBool, on: impl FnMut(Live)) {
        if let Backend::Server(session) = &self.backend {
            session.listen(stop, on);
        }
    }

    /// The server's "host:port" when the records live on one.
    pub fn server_place(&self) -> Option<&str> {
        match &self.backend {
            Backend::Sqlite(_) => None,
            Backend::Server(session) => Some(session.place()),
        }
    }

    /// Where the earlier data went when this open put a prepared restore in place.
    pub fn restored_aside(&self) -> Option<&Path> {
        self.restored_aside.as_deref()
    }

    /// What the sweep at this open did (for the crash harness and the log).
    pub fn swept(&self) -> &SweepReport {
        &self.swept
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn files(&self) -> &FileStore {
        &self.files
    }

    /// Where a stored file's bytes are: on SQLite in the store's folder; on a server in the
    /// desk's cache, fetched (checked against its SHA-256 on the way) when not there yet.
    pub fn file_path(&self, sha: &str) -> Result<PathBuf> {
        let path = self.files.file_path(sha)?;
        if self.session().is_none() {
            return Ok(path);
        }
        if path.exists() {
            crate::desk_cache::touch(&path);
            return Ok(path);
        }
        self.files
            .write_streamed(&path, |to| self.with_db(|db| contents::get(db, sha, to)))?;
        Ok(path)
    }

    /// Sends the bytes of files an act's rows name to the server, in the act's transaction
    /// (after the `files` rows), from staging or the desk's cache; nothing to do on SQLite,
    /// whose files are promoted into its folder after the commit. Files the server has are
    /// skipped: their bytes never change.
    pub fn send_files<'s>(&self, db: &Db, shas: impl IntoIterator<Item = &'s str>) -> Result<()> {
        if db.dialect() == Dialect::Sqlite {
            return Ok(());
        }
        for sha in shas {
            if contents::stored(db, sha)? {
                continue;
            }
            let from = match self.files.staged_path(sha)? {
                staged if staged.exists() => staged,
                _ => self.files.file_path(sha)?,
            };
            let mut file = std::fs::File::open(&from).map_err(Error::from_io)?;
            contents::put_new(db, sha, &mut file)?;
        }
        Ok(())
    }

    /// A second, read-only connection for long checks that run beside the main one (WAL lets
    /// readers proceed together); it sees the committed state when each statement begins.
    pub fn read_only_connection(&self) -> Result<Connection> {
        let conn = Connection::open_with_flags(
            self.dir.join("pressdesk.db"),
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        Ok(conn)
    }

    /// SQLite's own connection, for what is not on the seam yet; refused on a server.
    pub fn with_conn<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        f(&self.sqlite()?.lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// Reads (and single statements) through the storage seam, on either store.
    pub fn with_db<T>(&self, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        match &self.backend {
            Backend::Sqlite(_) => self.with_conn(|c| f(&Db::Sqlite(c))),
            Backend::Server(session) => session.with_db(f),
        }
    }

    /// One transaction through the storage seam, on either store: committed when `f` returns
    /// Ok, rolled back on any error.
    pub fn with_db_tx<T>(&self, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        match &self.backend {
            Backend::Sqlite(_) => self.with_tx(|tx| f(&Db::Sqlite(tx))),
            Backend::Server(session) => session.with_db_tx(f),
        }
    }

    /// The server session, for the few server-only calls (the PIN check); None on SQLite.
    pub fn session(&self) -> Option<&Session> {
        match &self.backend {
            Backend::Sqlite(_) => None,
            Backend::Server(session) => Some(session),
        }
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction on SQLite: committed when `f` returns
    /// Ok, rolled back on any error. Refused on a server.
    pub fn with_tx<T>(&self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let mut conn = self.sqlite()?.lock().unwrap_or_else(|p| p.into_inner());
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    // A panic in another closure cannot leave SQLite half-written (the transaction rolls back
    // on drop), so a poisoned lock is safe to take over.
    fn sqlite(&self) -> Result<&Mutex<Connection>> {
        match &self.backend {
            Backend::Sqlite(conn) => Ok(conn),
            Backend::Server(_) => Err(Error::Server(crate::tr!(
                "err-bagian-ini-belum-dapat-dipakai"
            ))),
        }
    }
}

/// A new SQLite database at `path` with this build's schema and seed rows, journal in the file
/// itself (no WAL beside it): what a backup made on the server carries as `data/pressdesk.db`.
pub(crate) fn new_sqlite_file(path: &Path) -> Result<Connection> {
    let mut conn = Connection::open(path)?;
    migrate(&mut conn)?;
    conn.pragma_update(None, "journal_mode", "DELETE")?;
    Ok(conn)
}

fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    // WAL for concurrent readers; FULL so a commit survives power loss, not just a crash.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

fn migrate(conn: &mut Connection) -> Result<()> {
    let current: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let current = usize::try_from(current).unwrap_or(usize::MAX);
    if current > MIGRATIONS.len() {
        return Err(Error::Corrupt(crate::tr!(
            "err-basis-data-berasal-dari-versi",
            current = current
        )));
    }
    if current == MIGRATIONS.len() {
        return Ok(());
    }
    // SQLite widens a CHECK only by rebuilding the table (0007 rebuilds `users`), which needs
    // foreign keys off; they are checked before each migration commits and turned on again.
    conn.pragma_update(None, "foreign_keys", "OFF")?;
    let applied = MIGRATIONS
        .iter()
        .enumerate()
        .skip(current)
        .try_for_each(|(index, sql)| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            tx.execute_batch(sql)?;
            let broken = tx.prepare("PRAGMA foreign_key_check")?.exists([])?;
            if broken {
                return Err(Error::Corrupt(crate::tr!(
                    "migration-broke-references",
                    n = index + 1
                )));
            }
            tx.pragma_update(None, "user_version", index as i64 + 1)?;
            tx.commit()?;
            Ok(())
        });
    conn.pragma_update(None, "foreign_keys", "ON")?;
    applied
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_apply_once_and_leave_a_valid_schema() {
        let dir = tempfile::tempdir().unwrap();
        drop(Store::open(dir.path()).unwrap());
        let store = Store::open(dir.path()).unwrap();
        store
            .with_conn(|c| {
                let v: i64 = c.pragma_query_value(None, "user_version", |r| r.get(0))?;
                assert_eq!(v as usize, MIGRATIONS.len());
                let ok: String = c.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
                assert_eq!(ok, "ok");
                let mode: String = c.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
                assert_eq!(mode, "wal");
                let sync: i64 = c.pragma_query_value(None, "synchronous", |r| r.get(0))?;
                assert_eq!(sync, 2, "synchronous=FULL");
                let fk: i64 = c.pragma_query_value(None, "foreign_keys", |r| r.get(0))?;
                assert_eq!(fk, 1);
                let fk_errors = c
                    .prepare("PRAGMA foreign_key_check")?
                    .query([])?
                    .next()?
                    .is_none();
                assert!(fk_errors);
                Ok(())
            })
            .unwrap();
    }
}
