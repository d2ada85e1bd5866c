//! Reports over a period: the Buku Agenda rows (printed as the ledger and exported as CSV or
//! XLSX), the record books of the other SOPs, the SOP time report and the published-releases
//! report (laporan penyebarluasan).

use crate::args;
use crate::db::Store;
use crate::error::Result;
use crate::sql::Db;

mod export;
mod ledger_rows;
mod published;
mod record_book;
mod sop_time;

pub use export::export_agenda;
pub(crate) use ledger_rows::each_ledger_row;
pub use ledger_rows::{ledger_rows, LedgerRow, ParafMark, LEDGER_COLUMNS};
pub(crate) use published::published_rows;
pub use published::{published_report, PublishedRow};
pub(crate) use record_book::{each_record_row, record_counts, versions_done};
pub use record_book::{RecordRow, RecordStep};
pub(crate) use sop_time::sop_report;
pub use sop_time::{sop_time_report, SopMonth, SopPerson, SopReport, SopStats, SopStepReport};

/// Runs `f` over one consistent view of the store, while desks go on writing: on SQLite a
/// read transaction on a second, read-only connection (so the app's connection stays free); on
/// the server a read-only REPEATABLE READ transaction. A book's two passes, or `verify`'s
/// chain and fingerprints, then see the same rows.
pub(crate) fn snapshot<T>(store: &Store, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
    if store.session().is_some() {
        return store.with_db_tx(|db| {
            db.execute(
                "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY",
                args![],
            )?;
            f(db)
        });
    }
    let conn = store.read_only_connection()?;
    conn.execute_batch("BEGIN")?;
    let value = f(&Db::Sqlite(&conn));
    conn.execute_batch("COMMIT")?;
    value
}

/// "—" for an empty value.
pub(crate) fn or_dash(s: &str) -> String {
    match s.trim() {
        "" => "—".to_owned(),
        t => t.to_owned(),
    }
}
