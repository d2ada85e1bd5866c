//! The Buku Agenda from the store: the period's rows streamed in one read snapshot (two passes,
//! so both see the same rows while the desks go on writing; `reports::snapshot`),
//! the office, its Kadis and the images read from the file store, the PDF written to a sink.

use std::collections::BTreeSet;
use std::io::Write;

use super::base::Paper;
use super::context::{cache_file, context};
use super::ledger::{write_ledger, Head, Rows};
use crate::access::Reader;
use crate::args;
use crate::db::Store;
use crate::error::Result;
use crate::job::Job;
use crate::model::Actor;
use crate::period::Period;
use crate::reports::{self, LedgerRow};
use crate::sql::{Db, Dialect};

/// Loads the period's rows, the office, its Kadis and the initials, then renders the ledger.
pub fn ledger_pdf(store: &Store, period: &Period, paper: Paper) -> Result<Vec<u8>> {
    let _official = crate::i18n::Official::enter();
    ledger_pdf_with(store, period, paper, &Job::none())
}

/// `ledger_pdf` that reports its progress to `job` and stops when it is cancelled.
pub fn ledger_pdf_with(store: &Store, period: &Period, paper: Paper, job: &Job) -> Result<Vec<u8>> {
    let _official = crate::i18n::Official::enter();
    let mut pdf = Vec::new();
    ledger_pdf_to(store, period, paper, job, &mut pdf)?;
    crate::memory::give_back();
    Ok(pdf)
}

struct StoreRows<'a> {
    db: &'a Db<'a>,
    reader: &'a Reader,
    period: &'a Period,
}

impl Rows for StoreRows<'_> {
    fn each(&self, f: &mut dyn FnMut(&LedgerRow) -> Result<()>) -> Result<()> {
        reports::each_ledger_row(self.db, self.reader, self.period, &mut |r| f(&r))
    }
}

/// The ledger written to `sink` page by page: memory stays the same however many rows. Read
/// as the workstation's console: a restricted release's title is masked (`crate::access`).
pub fn ledger_pdf_to(
    store: &Store,
    period: &Period,
    paper: Paper,
    job: &Job,
    sink: &mut dyn Write,
) -> Result<()> {
    let _official = crate::i18n::Official::enter();
    ledger_pdf_as(store, &Reader::nobody(), period, paper, job, sink)
}

/// [`ledger_pdf_with`] as `actor` may see it (the app's print).
pub fn ledger_pdf_for(
    store: &Store,
    actor: &Actor,
    period: &Period,
    paper: Paper,
    job: &Job,
) -> Result<Vec<u8>> {
    let _official = crate::i18n::Official::enter();
    let reader = store.with_db(|db| Reader::of(db, actor))?;
    let mut pdf = Vec::new();
    ledger_pdf_as(store, &reader, period, paper, job, &mut pdf)?;
    crate::memory::give_back();
    Ok(pdf)
}

fn ledger_pdf_as(
    store: &Store,
    reader: &Reader,
    period: &Period,
    paper: Paper,
    job: &Job,
    sink: &mut dyn Write,
) -> Result<()> {
    job.step("progress-reading-ledger", 0, 1, 0, 0)?;
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
        let rows = StoreRows { db, reader, period };
        write_ledger(&head, &rows, paper, job, sink)
    })
}

/// On a server, the initials and paper scans the period's parafs show, fetched into the desk's
/// cache before the pages are laid out (the rows stream on the session meanwhile, so nothing
/// can be fetched during). One small query for their names, not a pass over the rows: every
/// live paraf of the period, a superset of the latest ones the rows print.
fn fetch_marks(store: &Store, db: &Db, period: &Period) -> Result<()> {
    let (from, to) = period.bounds_in(db)?;
    let rows = db.query(
        "SELECT DISTINCT p.initials_sha, p.scan_sha FROM parafs p
         JOIN releases r ON r.id = p.release_id
         WHERE r.received_at >= ?1 AND r.received_at < ?2 AND p.revoked_at IS NULL",
        args![from, to],
    )?;
    let mut shas = BTreeSet::new();
    for r in &rows {
        shas.extend(r.get::<Option<String>>(0)?);
        shas.extend(r.get::<Option<String>>(1)?);
    }
    shas.iter().try_for_each(|sha| cache_file(store, db, sha))
}
