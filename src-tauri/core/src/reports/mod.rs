//! Reports over a period: the Buku Agenda rows (printed as the ledger and exported as CSV or
//! XLSX), the record books of the other SOPs, the SOP time report and the published-releases
//! report (laporan penyebarluasan).

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

/// "—" for an empty value.
pub(crate) fn or_dash(s: &str) -> String {
    match s.trim() {
        "" => "—".to_owned(),
        t => t.to_owned(),
    }
}
