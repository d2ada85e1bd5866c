//! The published-releases report (laporan penyebarluasan) for the Kadis: every publication of
//! the period with its site, address, time and operator, signed off like the ledger.

use super::base::{Ink, Paper};
use super::canvas::Canvas;
use super::context::context;
use super::fonts::Fonts;
use super::frame::{self, closing_block, letterhead, title_block, Frame};
use super::grid::{slashed, Ruled, BODY, PAD_X, SMALL};
use super::pdf::Meta;
use super::table::{span, Row};
use crate::access::Reader;
use crate::db::Store;
use crate::error::Result;
use crate::period::Period;
use crate::reports::{self, PublishedRow};

const PUBLISHED_COLUMNS: [&str; 8] = [
    "No.",
    "No. agenda",
    "Judul",
    "Pengirim",
    "Situs",
    "Alamat (URL)",
    "Waktu tayang",
    "Operator",
];

/// Laporan penyebarluasan: every publication of the period, for the Kadis; read as the
/// workstation's console (a restricted release's title masked, `crate::access`).
pub fn published_report_pdf(store: &Store, period: &Period, paper: Paper) -> Result<Vec<u8>> {
    published_report_pdf_as(store, &Reader::nobody(), period, paper)
}

/// [`published_report_pdf`] as `reader` may see it (the app's print).
pub fn published_report_pdf_as(
    store: &Store,
    reader: &Reader,
    period: &Period,
    paper: Paper,
) -> Result<Vec<u8>> {
    let _official = crate::i18n::Official::enter();
    let rows = reports::published_rows(store, reader, period)?;
    let ctx = context(store)?;
    let label = period.label()?;
    let title = format!("Laporan Penyebarluasan Press Release {label}");
    let summary = format!("{} penayangan tercatat", rows.len());
    let meta = Meta {
        title,
        subject: summary.clone(),
        author: ctx.office.name.clone(),
    };
    let frame = Frame {
        running: format!("LAPORAN PENYEBARLUASAN · {label}"),
        running_right: ctx.office.name.clone(),
        printed_at: ctx.printed_at.clone(),
        middle: format!(
            "Kepala rantai audit: {}",
            ctx.audit_head.chars().take(16).collect::<String>()
        ),
    };
    let fonts = Fonts::load()?;
    let mut pdf = Vec::new();
    let mut c = frame::open(&fonts, &mut pdf, meta, paper, true, frame)?;
    let logo = ctx.logo.as_deref().and_then(|b| c.embed(b));
    letterhead(&mut c, &ctx.office, logo.as_ref());
    title_block(
        &mut c,
        "LAPORAN PENYEBARLUASAN PRESS RELEASE",
        &format!("Periode: {label}"),
        &summary,
    );
    let fixed = [9.0, 18.0, 0.0, 0.0, 26.0, 0.0, 30.0, 26.0];
    let rest = c.content_width() - fixed.iter().sum::<f32>();
    let mut widths = fixed;
    (widths[2], widths[3], widths[5]) = (rest * 0.4, rest * 0.25, rest * 0.35);
    let ruled = Ruled::new(&c, &widths, &PUBLISHED_COLUMNS);
    c.ensure(25.0);
    ruled.header(&mut c);
    if rows.is_empty() {
        c.y += 3.0;
        let note = "Tidak ada penayangan yang tercatat pada periode ini.";
        c.paragraph(c.left(), c.content_width(), note, BODY.ink(Ink::Grey));
    }
    for (i, r) in rows.iter().enumerate() {
        let row = published_row(&c, i, r, widths[5] - 2.0 * PAD_X);
        ruled.row(&mut c, &row, |_, _| {});
    }
    closing_block(&mut c, &ctx.closing);
    c.finish()?;
    Ok(pdf)
}

fn published_row(c: &Canvas, i: usize, r: &PublishedRow, url_w: f32) -> Row {
    let (date, time) = r
        .published_display
        .split_once(", ")
        .unwrap_or((r.published_display.as_str(), ""));
    Row::new(vec![
        vec![span((i + 1).to_string(), BODY)],
        vec![span(&r.agenda_no, BODY)],
        vec![span(&r.title, BODY)],
        vec![span(&r.sender, BODY)],
        vec![span(&r.site, BODY)],
        slashed(c, &r.url, BODY, url_w),
        vec![span(date, BODY), span(time, SMALL)],
        vec![span(&r.operator, BODY)],
    ])
}
