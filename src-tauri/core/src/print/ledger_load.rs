//! The Buku Agenda from the store: the period's rows streamed in one read snapshot (two passes,
//! so both see the same rows while the desks go on writing; `reports::snapshot`),
//! the office, its Kadis and the images read from the file store, the PDF written to a sink.

use std::io::Write;

use super::base::Paper;
use super::context::{cache_file, context};
use super::ledger::{write_ledger, Head, Rows};
use crate::args;
use crate::db::Store;
use crate::error::Result;
use crate::job::Job;
use crate::period::Period;
use crate::reports::{self, LedgerRow};
use crate::sql::{Db, Dialect};

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
    db: &'a Db<'a>,
    period: &'a Period,
}

impl Rows for StoreRows<'_> {
    fn each(&self, f: &mut dyn FnMut(&LedgerRow) -> Result<()>) -> Result<()> {
        reports::each_ledger_row(self.db, self.period, &mut |r| f(&r))
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
    // One snapshot for every pass: a release registered meanwhile is in none.
    reports::snapshot(store, |db| {
        if db.dialect() == Dialect::Postgres {
            fetch_marks(store, db, period)?;
        }
        let files = store.files();
        // A paper paraf's scan prints small: its thumbnail is read, not the scan itself (a
        // PDF scan has none and is read whole).
        let images = |sha: &str, scan: bool| {
            let thumb = scan.then(|| files.thumb_path(sha).ok()).flatten();
            thumb
                .and_then(|p| std::fs::read(p).ok())
                .or_else(|| std::fs::read(files.file_path(sha).ok()?).ok())
        };
        let versions = reports::versions_done(db, period, None)?;
        let head = Head {
            versions: &versions,
            office: &ctx.office,
            period_label: &label,
            closing: &ctx.closing,
            audit_head: &ctx.audit_head,
            printed_at: &ctx.printed_at,
            images: &images,
        };
        let rows = StoreRows { db, period };
        write_ledger(&head, &rows, paper, job, sink)
    })
}

/// On a server, the initials and paper scans the rows show, fetched into the desk's cache
/// before the pages are laid out (the rows stream on the session meanwhile, so nothing can be
/// fetched during). Those of every paraf on the period's releases, a revoked one's too: a
/// superset in one small statement, where a pass of the ledger's own statement only for them
/// took about as long as the rows themselves (10,000 releases: ~0.8 s on a busy server).
fn fetch_marks(store: &Store, db: &Db, period: &Period) -> Result<()> {
    let (from, to) = period.bounds_in(db)?;
    let shas: Vec<String> = db
        .query(
            "SELECT DISTINCT m.sha FROM releases r JOIN parafs p ON p.release_id = r.id
             CROSS JOIN LATERAL (VALUES (p.initials_sha), (p.scan_sha)) AS m (sha)
             WHERE r.received_at >= ?1 AND r.received_at < ?2 AND m.sha IS NOT NULL",
            args![from, to],
        )?
        .iter()
        .map(|r| r.get(0))
        .collect::<Result<_>>()?;
    shas.iter().try_for_each(|sha| cache_file(store, db, sha))
}
