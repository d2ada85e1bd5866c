//! The storage seam: one handle, `Db`, through which a rule reaches either store, the embedded
//! SQLite or the office's PostgreSQL, with the same SQL text. Statements are written once with
//! SQLite's numbered placeholders (`?1`), which PostgreSQL gets as `$1`; a statement whose
//! dialects truly differ is a [`Both`], the two texts side by side. Rows come back as
//! [`Value`]s, so a rule reads a column the same way from either store.

use std::cell::{RefCell, RefMut};
use std::collections::HashMap;

use super::placeholders::numbered;
use super::postgres_values::{from_pg, PgParam};
use super::value::{FromValue, ToValue, Value};
use crate::error::{Error, Result};

/// Which store a statement runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// A statement whose text differs between the stores: both, side by side.
pub struct Both {
    pub sqlite: &'static str,
    pub postgres: &'static str,
}

/// A connection (inside the caller's transaction, when it has one) to one of the stores.
pub enum Db<'a> {
    Sqlite(&'a rusqlite::Connection),
    /// The server's session; its transaction is the caller's (`BEGIN` … `COMMIT`).
    Postgres(&'a PgConn),
}

/// A connection to the server with the statements it has prepared. Each SQL text is parsed
/// once per connection and then only bound and run: one round trip where an unnamed statement
/// takes two, which is half the wait of an act of a hundred statements on the office network.
/// A new connection (after an outage) starts with none.
pub struct PgConn {
    client: RefCell<postgres::Client>,
    statements: RefCell<HashMap<String, postgres::Statement>>,
}

/// More texts than any build has: a bound on what dynamic SQL could make the cache hold.
const MOST_STATEMENTS: usize = 1000;

impl PgConn {
    pub fn new(client: postgres::Client) -> PgConn {
        PgConn {
            client: RefCell::new(client),
            statements: RefCell::new(HashMap::new()),
        }
    }

    /// The client itself, for what the seam does not say (a transaction's BEGIN, a LISTEN).
    pub fn client(&self) -> RefMut<'_, postgres::Client> {
        self.client.borrow_mut()
    }

    /// The statement for `sql`, prepared on first use.
    fn statement(&self, sql: &str) -> Result<postgres::Statement> {
        if let Some(stmt) = self.statements.borrow().get(sql) {
            return Ok(stmt.clone());
        }
        let stmt = self
            .client()
            .prepare(numbered(sql).as_str())
            .map_err(|e| pg_error(&e))?;
        let mut statements = self.statements.borrow_mut();
        if statements.len() >= MOST_STATEMENTS {
            statements.clear();
        }
        statements.insert(sql.to_owned(), stmt.clone());
        Ok(stmt)
    }
}

impl From<postgres::Client> for PgConn {
    fn from(client: postgres::Client) -> PgConn {
        PgConn::new(client)
    }
}

/// One row of a result, its columns in the statement's order.
#[derive(Debug, Clone, PartialEq)]
pub struct Row(Vec<Value>);

impl Row {
    pub fn get<T: FromValue>(&self, i: usize) -> Result<T> {
        let v = self
            .0
            .get(i)
            .cloned()
            .ok_or_else(|| Error::Corrupt(crate::tr!("err-kolom-tidak-ada", i = i)))?;
        T::from_value(v)
    }

    /// The row's values, in the statement's column order.
    pub fn values(&self) -> &[Value] {
        &self.0
    }
}

/// The arguments of a statement: `args![a, b]`.
#[macro_export]
macro_rules! args {
    ($($a:expr),* $(,)?) => {
        &[$(&$a as &dyn $crate::sql::ToValue),*] as &[&dyn $crate::sql::ToValue]
    };
}

impl Db<'_> {
    pub fn dialect(&self) -> Dialect {
        match self {
            Db::Sqlite(_) => Dialect::Sqlite,
            Db::Postgres(_) => Dialect::Postgres,
        }
    }

    /// The text of a [`Both`] for this store.
    pub fn pick(&self, both: &Both) -> &'static str {
        match self.dialect() {
            Dialect::Sqlite => both.sqlite,
            Dialect::Postgres => both.postgres,
        }
    }

    /// Runs a statement; returns how many rows it changed.
    pub fn execute(&self, sql: &str, args: &[&dyn ToValue]) -> Result<u64> {
        match self {
            Db::Sqlite(c) => {
                let values = sqlite_args(args);
                let n = c
                    .prepare_cached(sql)?
                    .execute(rusqlite::params_from_iter(values))?;
                Ok(n as u64)
            }
            Db::Postgres(conn) => {
                let params = pg_args(args);
                let refs = pg_refs(&params);
                let stmt = conn.statement(sql)?;
                let done = conn.client().execute(&stmt, &refs);
                done.map_err(|e| pg_error(&e))
            }
        }
    }

    /// Every row a query gives.
    pub fn query(&self, sql: &str, args: &[&dyn ToValue]) -> Result<Vec<Row>> {
        match self {
            Db::Sqlite(c) => {
                let mut stmt = c.prepare_cached(sql)?;
                let width = stmt.column_count();
                let mut rows = stmt.query(rusqlite::params_from_iter(sqlite_args(args)))?;
                let mut out = Vec::new();
                while let Some(r) = rows.next()? {
                    let mut values = Vec::with_capacity(width);
                    for i in 0..width {
                        values.push(Value::from(r.get_ref(i)?));
                    }
                    out.push(Row(values));
                }
                Ok(out)
            }
            Db::Postgres(conn) => {
                let params = pg_args(args);
                let refs = pg_refs(&params);
                let stmt = conn.statement(sql)?;
                let rows = conn
                    .client()
                    .query(&stmt, &refs)
                    .map_err(|e| pg_error(&e))?;
                rows.iter()
                    .map(|r| (0..r.len()).map(|i| from_pg(r, i)).collect())
                    .map(|values: Result<Vec<Value>>| values.map(Row))
                    .collect()
            }
        }
    }

    /// Hands every row a query gives to `f` as the store produces it, so that a decade's
    /// rows are never in memory at once: SQLite steps its statement; the server's rows stream
    /// in as `f` takes them (`query_raw`). `f` must not use this `Db` meanwhile (the
    /// connection is busy with the rows); what it needs from the store is read before.
    pub fn for_each(
        &self,
        sql: &str,
        args: &[&dyn ToValue],
        mut f: impl FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        match self {
            Db::Sqlite(c) => {
                let mut stmt = c.prepare_cached(sql)?;
                let width = stmt.column_count();
                let mut rows = stmt.query(rusqlite::params_from_iter(sqlite_args(args)))?;
                // One row's buffer, reused: only the current row is held.
                let mut row = Row(Vec::with_capacity(width));
                while let Some(r) = rows.next()? {
                    row.0.clear();
                    for i in 0..width {
                        row.0.push(Value::from(r.get_ref(i)?));
                    }
                    f(&row)?;
                }
                Ok(())
            }
            Db::Postgres(conn) => {
                use postgres::fallible_iterator::FallibleIterator;
                let params = pg_args(args);
                let stmt = conn.statement(sql)?;
                let mut client = conn.client();
                let mut rows = client
                    .query_raw(&stmt, params.iter())
                    .map_err(|e| pg_error(&e))?;
                let mut row = Row(Vec::new());
                while let Some(r) = rows.next().map_err(|e| pg_error(&e))? {
                    row.0.clear();
                    for i in 0..r.len() {
                        row.0.push(from_pg(&r, i)?);
                    }
                    f(&row)?;
                }
                Ok(())
            }
        }
    }

    /// The first row, if the query gives one.
    pub fn query_opt<T>(
        &self,
        sql: &str,
        args: &[&dyn ToValue],
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<Option<T>> {
        self.query(sql, args)?.first().map(f).transpose()
    }

    /// The first row, which the query must give.
    pub fn query_row<T>(
        &self,
        sql: &str,
        args: &[&dyn ToValue],
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<T> {
        self.query_opt(sql, args, f)?
            .ok_or_else(|| Error::Corrupt(crate::tr!("err-kueri-tidak-memberi-baris")))
    }

    /// Whether the query gives any row.
    pub fn exists(&self, sql: &str, args: &[&dyn ToValue]) -> Result<bool> {
        Ok(!self.query(sql, args)?.is_empty())
    }
}

fn sqlite_args(args: &[&dyn ToValue]) -> Vec<rusqlite::types::Value> {
    use rusqlite::types::Value as S;
    args.iter()
        .map(|a| match a.to_value() {
            Value::Null => S::Null,
            Value::Integer(n) => S::Integer(n),
            Value::Real(x) => S::Real(x),
            Value::Text(s) => S::Text(s),
            Value::Blob(b) => S::Blob(b),
        })
        .collect()
}

fn pg_args(args: &[&dyn ToValue]) -> Vec<PgParam> {
    args.iter().map(|a| PgParam(a.to_value())).collect()
}

fn pg_refs(params: &[PgParam]) -> Vec<&(dyn postgres::types::ToSql + Sync)> {
    params
        .iter()
        .map(|p| p as &(dyn postgres::types::ToSql + Sync))
        .collect()
}

/// The server's refusal in its own words (the guards' messages are PressDesk's), a clash with
/// another desk's act, or why the server could not be asked.
pub(crate) fn pg_error(e: &postgres::Error) -> Error {
    use postgres::error::SqlState;
    let Some(db) = e.as_db_error() else {
        return super::connect::describe(e, "kantor");
    };
    let code = db.code();
    // The server ending this session (an administrator, a shutdown, a restart) is an outage
    // for the desk: nothing of the act was kept, and the same act may be tried again.
    if [
        SqlState::ADMIN_SHUTDOWN,
        SqlState::CRASH_SHUTDOWN,
        SqlState::CANNOT_CONNECT_NOW,
    ]
    .contains(code)
    {
        return Error::Offline(crate::tr!(
            "err-sambungan-ke-server-kantor-terputus",
            message = db.message()
        ));
    }
    if *code == SqlState::T_R_SERIALIZATION_FAILURE || *code == SqlState::T_R_DEADLOCK_DETECTED {
        return Error::Conflict(crate::tr!("err-desk-lain-sedang-mengubah-data"));
    }
    if *code == SqlState::UNIQUE_VIOLATION {
        return Error::Conflict(crate::tr!(
            "err-data-yang-sama-baru-saja",
            unik = db
                .constraint()
                .map_or_else(|| crate::tr!("sql-unique-key"), str::to_owned)
        ));
    }
    Error::Server(crate::tr!("err-server-menolak-2", message = db.message()))
}

/// Runs `f` in one transaction on the server: committed when it returns Ok, rolled back on
/// any error (also when the connection broke: the server rolls back what it did not commit).
pub fn in_transaction<T>(conn: &PgConn, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
    conn.client()
        .batch_execute("BEGIN")
        .map_err(|e| pg_error(&e))?;
    match f(&Db::Postgres(conn)) {
        Ok(value) => {
            let committed = conn.client().batch_execute("COMMIT");
            committed.map_err(|e| pg_error(&e))?;
            Ok(value)
        }
        Err(err) => {
            // The act's own error is what the person needs; a failed rollback leaves nothing
            // behind either, the server ending the transaction with the session.
            let _ = conn.client().batch_execute("ROLLBACK");
            Err(err)
        }
    }
}
