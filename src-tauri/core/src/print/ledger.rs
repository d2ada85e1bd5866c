//! The Buku Agenda Press Release on landscape A4 or F4, in the page frame: a ruled table whose
//! header repeats on every page with the parafs' initials in their cells, and the Kadis's
//! sign-off beside the audit chain's head. The rows are read twice, one at a time: first for
//! the column widths, the summary and the images, then to lay the pages out, each page written
//! to the sink as soon as it is full, so memory does not grow with the rows.

use std::io::Write;

use super::base::{Ink, Paper, Style, Weight};
use super::canvas::Canvas;
use super::fonts::Fonts;
use super::frame::{self, closing_block, letterhead, title_block, Closing, Frame};
use super::grid::{Ruled, BODY, PAD_X, PAD_Y};
use super::ledger_cells::{cells, Widths};
use super::ledger_paraf::{mark_of, Marks};
use super::pdf::Meta;
use crate::error::Result;
use crate::job::Job;
use crate::office::Office;
use crate::reports::{LedgerRow, LEDGER_COLUMNS};

/// Everything the ledger shows; rendering reads no database.
pub struct LedgerInput<'a> {
    pub office: &'a Office,
    /// "November 2026"
    pub period_label: &'a str,
    pub rows: &'a [LedgerRow],
    pub closing: Closing,
    pub audit_head: &'a str,
    pub printed_at: &'a str,
    /// Image bytes by SHA-256 (the logo, the screen initials, and the paper parafs' scans:
    /// their thumbnail where there is one); `None` prints "ya".
    pub images: &'a dyn Fn(&str) -> Option<Vec<u8>>,
}

/// The ledger's rows, which can be gone through more than once (a slice, or a statement run
/// again in the same read transaction).
pub(super) trait Rows {
    fn each(&self, f: &mut dyn FnMut(&LedgerRow) -> Result<()>) -> Result<()>;

    /// Whether going through the rows again costs nothing (they are in memory already).
    fn in_memory(&self) -> bool {
        false
    }
}

impl Rows for &[LedgerRow] {
    fn each(&self, f: &mut dyn FnMut(&LedgerRow) -> Result<()>) -> Result<()> {
        self.iter().try_for_each(f)
    }

    fn in_memory(&self) -> bool {
        true
    }
}

/// Rows of the first pass kept for the second, up to this many (two years, about 40 MB):
/// the statement then runs once. A longer ledger is read again instead, so memory stays bounded.
const KEEP_ROWS: usize = 32_768;

/// What the ledger prints besides its rows.
pub(super) struct Head<'a> {
    pub office: &'a Office,
    pub period_label: &'a str,
    pub closing: &'a Closing,
    pub audit_head: &'a str,
    pub printed_at: &'a str,
    /// The SOP versions the rows were done under ("SOP-004 versi 1"); empty when not known.
    pub versions: &'a str,
    /// Image bytes by SHA-256; `true` asks for a paper paraf's scan, read small.
    pub images: &'a dyn Fn(&str, bool) -> Option<Vec<u8>>,
}

/// Renders the ledger from what is given; pure, no database.
pub fn render_ledger(input: &LedgerInput, paper: Paper) -> Result<Vec<u8>> {
    render_ledger_with(input, paper, &Job::none())
}

/// `render_ledger`, reporting its progress to `job` (from 5 %) and stopping when it is cancelled.
pub fn render_ledger_with(input: &LedgerInput, paper: Paper, job: &Job) -> Result<Vec<u8>> {
    let images = |sha: &str, _scan: bool| (input.images)(sha);
    let head = Head {
        office: input.office,
        period_label: input.period_label,
        closing: &input.closing,
        audit_head: input.audit_head,
        printed_at: input.printed_at,
        versions: "",
        images: &images,
    };
    let mut pdf = Vec::new();
    write_ledger(&head, &input.rows, paper, job, &mut pdf)?;
    Ok(pdf)
}

/// The stages' message keys (`Job::step`).
const SCAN: &str = "progress-reading-ledger";
const LAYOUT: &str = "progress-layout";
const FINISH: &str = "progress-closing-pdf";

/// What the first pass over the rows learns.
struct Survey {
    count: usize,
    approved: usize,
    rejected: usize,
    online: usize,
    archived: usize,
}

impl Survey {
    fn summary(&self) -> String {
        format!(
            "{} press release diterima · {} disetujui · {} tidak disetujui · {} tayang · \
             {} diarsipkan",
            self.count, self.approved, self.rejected, self.online, self.archived
        )
    }
}

/// Writes the ledger to `sink`, page by page.
pub(super) fn write_ledger(
    head: &Head,
    rows: &dyn Rows,
    paper: Paper,
    job: &Job,
    sink: &mut dyn Write,
) -> Result<()> {
    let fonts = Fonts::load()?;
    let mut survey = Survey {
        count: 0,
        approved: 0,
        rejected: 0,
        online: 0,
        archived: 0,
    };
    let mut widths = Widths::new(&fonts);
    let mut marks = Marks::default();
    let mut kept: Option<Vec<LedgerRow>> = (!rows.in_memory()).then(Vec::new);
    rows.each(&mut |r| {
        survey.count += 1;
        if survey.count > KEEP_ROWS {
            kept = None;
        }
        if let Some(kept) = &mut kept {
            kept.push(r.clone());
        }
        survey.approved += usize::from(r.decision == "Disetujui");
        survey.rejected += usize::from(r.decision == "Tidak disetujui");
        survey.online += usize::from(r.online_display.is_some());
        survey.archived += usize::from(r.archive_no.is_some());
        widths.add(r);
        marks.note(r);
        if survey.count.is_multiple_of(1024) {
            job.step(SCAN, 0, 1, 0, 5)?;
        }
        Ok(())
    })?;
    let title = format!("Buku Agenda Press Release {}", head.period_label);
    let summary = survey.summary();
    let meta = Meta {
        title,
        subject: summary.clone(),
        author: head.office.name.clone(),
    };
    let frame = Frame {
        running: format!("BUKU AGENDA PRESS RELEASE · {}", head.period_label),
        running_right: head.office.name.clone(),
        printed_at: head.printed_at.to_owned(),
        middle: format!("Kepala rantai audit: {}", head.audit_head),
    };
    let mut c = frame::open(&fonts, sink, meta, paper, true, frame)?;
    let logo = head.office.logo_sha.as_deref();
    let logo = logo
        .and_then(|sha| (head.images)(sha, false))
        .and_then(|b| c.embed(&b));
    letterhead(&mut c, head.office, logo.as_ref());
    let sub = match head.versions {
        "" => format!("Periode: {}", head.period_label),
        v => format!("Periode: {} · {v}", head.period_label),
    };
    title_block(&mut c, "BUKU AGENDA PRESS RELEASE", &sub, &summary);
    let widths = widths.finish(c.content_width());
    let ruled = Ruled::new(&c, &widths, &LEDGER_COLUMNS);
    let marks = marks.embed(&mut c, head.images);
    c.ensure(25.0);
    ruled.header(&mut c);
    if survey.count == 0 {
        c.y += 3.0;
        let note = "Tidak ada press release yang diterima pada periode ini.";
        c.paragraph(c.left(), c.content_width(), note, BODY.ink(Ink::Grey));
    }
    let paraf_w = widths[7] - 2.0 * PAD_X;
    let tz = head.office.timezone;
    let mut i: usize = 0;
    let kept = kept.as_deref();
    let second: &dyn Rows = match &kept {
        Some(kept) => kept,
        None => rows,
    };
    second.each(&mut |r| {
        if i.is_multiple_of(16) {
            job.step(LAYOUT, i, survey.count, 5, 95)?;
        }
        i += 1;
        let kadis = mark_of(&marks, &r.paraf_kadis, paraf_w);
        let kabid = mark_of(&marks, &r.paraf_kabid, paraf_w);
        let row = cells(&c, r, [kadis, kabid], &widths, tz);
        ruled.row(&mut c, &row, |c, top| {
            for (col, mark) in [(7, kadis), (8, kabid)] {
                if let Some((e, w, h)) = mark {
                    let x = c.left() + widths[..col].iter().sum::<f32>() + PAD_X;
                    c.image(e, x, top + PAD_Y, w, h);
                }
            }
        });
        Ok(())
    })?;
    job.step(LAYOUT, survey.count, survey.count, 5, 95)?;
    let closing_top = closing_block(&mut c, head.closing);
    audit_mark(&mut c, head.audit_head, closing_top)?;
    // What only the end can write: the page numbers, the font subsets, the page tree.
    job.step(FINISH, 0, 1, 98, 98)?;
    c.finish()
}

/// Beside the sign-off: the audit chain's head when the book was printed, as a QR code and in
/// full, with how to check it. Anyone can later confirm that this event is in the store's
/// intact chain (`verify --head`), so the printed book and the store vouch for each other.
pub(super) fn audit_mark(c: &mut Canvas, head: &str, top: f32) -> Result<()> {
    const SIDE: f32 = 26.0;
    let left = c.left();
    super::qr::draw(c, head, left, top, SIDE)?;
    let x = left + SIDE + 3.0;
    let label = Style::new(Weight::Bold, 8.0);
    let hash = Style::new(Weight::Regular, 8.0);
    let note = Style::new(Weight::Regular, 7.0).ink(Ink::Grey);
    let short: String = head.chars().take(16).collect();
    let lines = [
        ("Kepala rantai audit saat dicetak".to_owned(), label),
        (head.to_owned(), hash),
        (
            "Cocokkan di PressDesk: Pengaturan → Keutuhan data,".to_owned(),
            note,
        ),
        (format!("atau pressdesk-cli verify --head {short}"), note),
    ];
    let mut y = top + 2.0;
    for (text, style) in lines {
        c.text(x, y, &text, style);
        y += style.line_height();
    }
    Ok(())
}
