//! The storage seam (issue 15): the handle every rule will reach its store through, the
//! embedded SQLite or the office's PostgreSQL, with one SQL text per statement. Rules move onto
//! it module by module (the news types; the spine: numbers, the audit chain, fingerprints, the
//! workflow and the calendar); until the last has, `Store::with_conn` / `with_tx` still hand
//! out SQLite's own connection beside it.

pub mod connect;
pub mod contents;
mod db;
mod live;
pub mod migrate;
mod placeholders;
mod postgres_values;
mod session;
mod value;

pub use db::{in_transaction, Both, Db, Dialect, PgConn, Row};
pub use live::Live;
pub use session::Session;
pub use value::{FromValue, ToValue, Value};
