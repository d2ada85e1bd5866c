//! The Buku Agenda from the store: the period's rows streamed from a read-only connection (two
//! passes in one read transaction, so both see the same rows while the app goes on writing),
//! the office, its Kadis and the images read from the file store, the PDF written to a sink.

use std::io::Write;

use rusqlite::Connection;

use super::base::Paper;
use super::context::context;
use super::ledger::{write_ledger, Head, Rows};
use crate::db::Store;
use crate::error::Result;
use crate::job::Job;
use crate::period::Period;
use crate::reports::{self, LedgerRow};

/// Loads the period's rows, the office, its Kadis and the initials, then renders the ledger.
pub fn ledger_pdf(store: &Store, period: &Period, paper: Paper) -> Result<Vec<u8>> {
    ledger_pdf_with(store, period, paper, &Job::none())
}

/// `ledger_pdf` that reports its progress to `job` and stops when it is cancelled.
pub fn ledger_pdf_with(store: &Store, period: &Period, paper: Paper, job: &Job) -> Result<Vec<u8>> {
    let mut pdf = Vec::new();
    ledger_pdf_to(store, period, paper, job, &mut pdf)?;
    crate::memory::give_back();
    Ok(pdf)
}

struct StoreRows<'a> {
    conn: &'a Connection,
    period: &'a Period,
}

impl Rows for StoreRows<'_> {
    fn each(&self, f: &mut dyn FnMut(&LedgerRow) -> Result<()>) -> Result<()> {
        reports::each_ledger_row(self.conn, self.period, &mut |r| f(&r))
    }
}

/// The ledger written to `sink` page by page: memory stays the same however many rows.
pub fn ledger_pdf_to(
    store: &Store,
    period: &Period,
    paper: Paper,
    job: &Job,
    sink: &mut dyn Write,
) -> Result<()> {
    job.step("Membaca Buku Agenda…", 0, 1, 0, 0)?;
    let ctx = context(store)?;
    let label = period.label()?;
    let conn = store.read_only_connection()?;
    // One snapshot for both passes: a release registered meanwhile is in neither.
    conn.execute_batch("BEGIN")?;
    let files = store.files();
    // A paper paraf's scan prints small: its thumbnail is read, not the scan itself (a PDF
    // scan has none and is read whole).
    let images = |sha: &str, scan: bool| {
        let thumb = scan.then(|| files.thumb_path(sha).ok()).flatten();
        thumb
            .and_then(|p| std::fs::read(p).ok())
            .or_else(|| std::fs::read(files.file_path(sha).ok()?).ok())
    };
    let versions = reports::versions_done(&conn, period, None)?;
    let head = Head {
        versions: &versions,
        office: &ctx.office,
        period_label: &label,
        closing: &ctx.closing,
        audit_head: &ctx.audit_head,
        printed_at: &ctx.printed_at,
        images: &images,
    };
    let rows = StoreRows {
        conn: &conn,
        period,
    };
    let written = write_ledger(&head, &rows, paper, job, sink);
    conn.execute_batch("COMMIT")?;
    written
}
