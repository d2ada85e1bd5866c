//! The record book of an SOP other than 004 (its version's `record_book`: Buku Jadwal Kegiatan,
//! Laporan Berita yang Disebarluaskan, Buku Agenda Informasi Publik) on landscape A4 or F4, in
//! the page frame like the Buku Agenda: one row per record with its agenda number, when it was
//! received, title and sender, the event (where the SOP measures from it), one column per step
//! after the first (its state as the SOP names it: when it was done, by whom, the note), the
//! websites and the remarks; the template versions in the title block; the Kadis's sign-off
//! beside the audit chain's head. The widths are fixed shares of the page, so the rows are read
//! once, as the statement steps, each page written as soon as it is full.

use std::io::Write;

use chrono::NaiveDate;

use super::base::{Ink, Paper, Style, Weight};
use super::canvas::Canvas;
use super::context::context;
use super::fonts::Fonts;
use super::frame::{self, closing_block, letterhead, title_block, Frame};
use super::grid::{slashed, Ruled, BODY, HEAD, PAD_X, SMALL};
use super::ledger::audit_mark;
use super::pdf::Meta;
use super::table::{span, Row, Span};
use crate::access::Reader;
use crate::db::Store;
use crate::error::Result;
use crate::job::Job;
use crate::model::TimeZone;
use crate::period::Period;
use crate::reports::{self, RecordRow};
use crate::time_standard::TimeStandard;
use crate::timefmt;
use crate::workflow::{template, ActKind, SopStep, SopTemplate};

/// A step column is at least this wide, and as wide as its longest header word or a date.
const STEP_W: f32 = 20.0;

/// The book's columns and their widths, from the template's steps.
struct Columns<'t> {
    titles: Vec<String>,
    widths: Vec<f32>,
    /// The steps with a column, in order.
    steps: Vec<&'t SopStep>,
    /// The SOP measures a step from the event's date (SOP 001's agenda): its date and place.
    event: bool,
}

impl<'t> Columns<'t> {
    fn new(c: &Canvas, sop: &'t SopTemplate) -> Columns<'t> {
        let text_w =
            |style: Style, t: &str| c.fonts.width(style.weight, style.size, t) + 2.0 * PAD_X;
        let word_w = |t: &str| {
            t.split_whitespace()
                .map(|w| text_w(HEAD, w))
                .fold(0.0, f32::max)
        };
        let date_w = text_w(BODY, "30-09-2026") + 0.6;
        let steps: Vec<&SopStep> = sop.record_steps().skip(1).collect();
        let event = sop.steps.iter().any(|s| {
            matches!(
                s.standard,
                TimeStandard::BeforeEvent(_) | TimeStandard::AfterEvent(_)
            )
        });
        let mut titles = vec![
            "No. agenda".to_owned(),
            "Diterima".to_owned(),
            "Judul dan pengirim".to_owned(),
        ];
        // Flexible columns share what the fixed ones leave: (index, share).
        let mut flexible = vec![(2, 30.0)];
        if event {
            flexible.push((titles.len(), 14.0));
            titles.push("Tanggal dan tempat kegiatan".to_owned());
        }
        titles.extend(steps.iter().map(|s| s.state_label.clone()));
        flexible.push((titles.len(), 22.0));
        titles.push("Situs (URL)".to_owned());
        flexible.push((titles.len(), 14.0));
        titles.push("Keterangan".to_owned());
        // Fixed columns as wide as a date, a number or their title's longest word; the
        // flexible ones share the rest.
        let bold = Style::new(Weight::Bold, BODY.size);
        let mut widths: Vec<f32> = titles
            .iter()
            .map(|t| word_w(t).max(date_w).max(STEP_W))
            .collect();
        widths[0] = word_w(&titles[0]).max(text_w(bold, "000/0000") + 0.6);
        widths[1] = word_w(&titles[1]).max(date_w);
        let flex_total: f32 = flexible.iter().map(|f| f.1).sum();
        let fixed: f32 =
            widths.iter().sum::<f32>() - flexible.iter().map(|f| widths[f.0]).sum::<f32>();
        let rest = c.content_width() - fixed;
        for (i, share) in flexible {
            widths[i] = rest * share / flex_total;
        }
        Columns {
            titles,
            widths,
            steps,
            event,
        }
    }
}

/// What the book prints besides its rows.
struct Book<'a> {
    sop: &'a SopTemplate,
    period_label: String,
    versions: String,
    counts: (usize, usize, usize),
}

impl Book<'_> {
    fn summary(&self) -> String {
        let (count, published, withdrawn) = self.counts;
        let done = self
            .sop
            .step_of(ActKind::Publish)
            .map_or("tayang".to_owned(), |s| s.state_label.to_lowercase());
        format!("{count} tercatat · {published} {done} · {withdrawn} ditarik")
    }
}

/// The record book of the office's SOP (or of the template `code`) for `period`, written to
/// `sink` page by page from one read transaction; read as the workstation's console (a
/// restricted record's text masked, `crate::access`).
pub fn record_book_pdf_to(
    store: &Store,
    period: &Period,
    code: Option<&str>,
    paper: Paper,
    job: &Job,
    sink: &mut dyn Write,
) -> Result<()> {
    record_book_pdf_as(store, &Reader::nobody(), period, code, paper, job, sink)
}

/// [`record_book_pdf_to`] as `reader` may see it (the app's print).
pub fn record_book_pdf_as(
    store: &Store,
    reader: &Reader,
    period: &Period,
    code: Option<&str>,
    paper: Paper,
    job: &Job,
    sink: &mut dyn Write,
) -> Result<()> {
    let _official = crate::i18n::Official::enter();
    job.step("progress-reading-record-book", 0, 1, 0, 0)?;
    let ctx = context(store)?;
    reports::snapshot(store, |db| {
        let template_id = match code {
            Some(code) => template::template_id_by_code(db, code)?,
            None => template::office_template_id(db)?,
        };
        let sop = template::load_version(db, template::current_version_id(db, template_id)?)?;
        let versions = match reports::versions_done(db, period, Some(template_id))? {
            v if v.is_empty() => format!("{} versi {}", sop.code, sop.version),
            v => v,
        };
        let book = Book {
            sop: &sop,
            period_label: period.label()?,
            versions,
            counts: reports::record_counts(db, period, template_id)?,
        };
        let fonts = Fonts::load()?;
        let upper = sop.record_book.to_uppercase();
        let summary = book.summary();
        let meta = Meta {
            title: format!("{} {}", sop.record_book, book.period_label),
            subject: summary.clone(),
            author: ctx.office.name.clone(),
        };
        let frame = Frame {
            running: format!("{upper} · {}", book.period_label),
            running_right: ctx.office.name.clone(),
            printed_at: ctx.printed_at.clone(),
            middle: format!("Kepala rantai audit: {}", ctx.audit_head),
        };
        let mut c = frame::open(&fonts, sink, meta, paper, true, frame)?;
        let logo = ctx.logo.as_deref().and_then(|b| c.embed(b));
        letterhead(&mut c, &ctx.office, logo.as_ref());
        let sub = format!("Periode: {} · {}", book.period_label, book.versions);
        title_block(&mut c, &upper, &sub, &summary);
        let columns = Columns::new(&c, &sop);
        let titles: Vec<&str> = columns.titles.iter().map(String::as_str).collect();
        let ruled = Ruled::new(&c, &columns.widths, &titles);
        c.ensure(25.0);
        ruled.header(&mut c);
        let total = book.counts.0;
        if total == 0 {
            c.y += 3.0;
            let note = "Tidak ada catatan yang diterima pada periode ini.";
            c.paragraph(c.left(), c.content_width(), note, BODY.ink(Ink::Grey));
        }
        let tz = ctx.office.timezone;
        let mut i = 0usize;
        reports::each_record_row(db, reader, period, template_id, &mut |r| {
            if i.is_multiple_of(16) {
                job.step("progress-layout", i, total, 5, 95)?;
            }
            i += 1;
            let row = cells(&c, &r, &columns, sop.version, tz);
            ruled.row(&mut c, &row, |_, _| {});
            Ok(())
        })?;
        let top = closing_block(&mut c, &ctx.closing);
        audit_mark(&mut c, &ctx.audit_head, top)?;
        job.step("progress-closing-pdf", 0, 1, 98, 98)?;
        c.finish()
    })
}

/// `record_book_pdf_to` into memory.
pub fn record_book_pdf(
    store: &Store,
    period: &Period,
    code: Option<&str>,
    paper: Paper,
    job: &Job,
) -> Result<Vec<u8>> {
    let _official = crate::i18n::Official::enter();
    let mut pdf = Vec::new();
    record_book_pdf_to(store, period, code, paper, job, &mut pdf)?;
    Ok(pdf)
}

/// A stored UTC time as the book prints it: "03-12-2026" and "10.05".
fn when(stored: &str, tz: TimeZone) -> Option<(String, String)> {
    let t = timefmt::from_db(stored).ok()?;
    let local = t.with_timezone(&timefmt::offset(tz));
    Some((
        local.format("%d-%m-%Y").to_string(),
        local.format("%H.%M").to_string(),
    ))
}

fn cells(c: &Canvas, r: &RecordRow, columns: &Columns, current: i64, tz: TimeZone) -> Row {
    let bold = Style::new(Weight::Bold, BODY.size);
    let mut agenda = vec![span(&r.agenda_no, bold)];
    // A record of an earlier version says so; the title block lists them all.
    if r.version != current {
        agenda.push(span(format!("versi {}", r.version), SMALL));
    }
    let received = match when(&r.received_at, tz) {
        Some((day, time)) => vec![span(day, BODY), span(time, SMALL)],
        None => vec![span(&r.received_at, BODY)],
    };
    let mut title = vec![span(r.title.trim(), BODY), span(r.sender_org.trim(), SMALL)];
    if !r.sender_contact.trim().is_empty() {
        title.push(span(r.sender_contact.trim(), SMALL));
    }
    let mut out = vec![agenda, received, title];
    if columns.event {
        let date = r.event_date.as_deref();
        let date = date.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        let mut event: Vec<Span> = date
            .map(|d| span(d.format("%d-%m-%Y").to_string(), BODY))
            .into_iter()
            .collect();
        if !r.event_place.trim().is_empty() {
            event.push(span(r.event_place.trim(), SMALL));
        }
        out.push(event);
    }
    for step in &columns.steps {
        out.push(step_cell(r, step, tz));
    }
    let url_w = columns.widths[columns.widths.len() - 2] - 2.0 * PAD_X;
    let mut sites = Vec::new();
    for (site, url) in &r.sites {
        sites.push(span(site, SMALL));
        sites.extend(slashed(c, url, BODY, url_w));
    }
    out.push(sites);
    let remarks = r.remarks.trim();
    out.push(if remarks.is_empty() {
        Vec::new()
    } else {
        vec![span(remarks, BODY)]
    });
    Row::new(out)
}

/// When the step was done, by whom (for the coverage, to whom it went) and the note; blank
/// while it is not done, as on a paper book.
fn step_cell(r: &RecordRow, step: &SopStep, tz: TimeZone) -> Vec<Span> {
    let Some(done) = r.steps.iter().find(|s| s.seq == step.seq) else {
        return Vec::new();
    };
    let mut cell = match when(&done.at, tz) {
        Some((day, time)) => vec![span(day, BODY), span(time, SMALL)],
        None => vec![span(&done.at, BODY)],
    };
    if !done.by.is_empty() {
        cell.push(span(&done.by, SMALL));
    }
    if step.act == ActKind::Assign {
        if let Some(reporter) = &r.assignee {
            cell.push(span(format!("kepada {reporter}"), SMALL));
        }
    }
    if step.act == ActKind::Verify && r.rejected {
        cell.push(span("tidak layak", BODY));
    }
    if !done.note.is_empty() {
        cell.push(span(format!("“{}”", done.note), SMALL));
    }
    cell
}
