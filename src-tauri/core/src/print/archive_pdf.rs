//! The archivist's lists in the national columns (Daftar Berkas, Daftar Isi Berkas and the
//! retention lists of a year, as `archive::archive_list` gives them) on landscape A4 or F4 in
//! the page frame: letterhead, title, the ruled table with its titles repeated on every page,
//! the Kadis's "Mengetahui" block; a retention list is followed by its berita acara on a page
//! of its own (`berita_acara.rs`).

use super::base::{Ink, Paper, Style, Weight};
use super::berita_acara::berita_acara;
use super::context::context;
use super::fonts::Fonts;
use super::frame::{self, closing_block, letterhead, title_block, Frame};
use super::grid::Ruled;
use super::pdf::Meta;
use super::table::{span, Row};
use crate::archive::{ArchiveList, ListKind};
use crate::db::Store;
use crate::error::Result;

/// The rows: larger than the ledger's, these lists have few columns and are read on paper by
/// the records center.
const ROW: Style = Style::new(Weight::Regular, 7.8);

/// The list printed: the table, the sign-off, and for a retention list its berita acara.
pub fn archive_list_pdf(store: &Store, list: &ArchiveList, paper: Paper) -> Result<Vec<u8>> {
    let _official = crate::i18n::Official::enter();
    let ctx = context(store)?;
    let meta = Meta {
        title: list.title.clone(),
        subject: list.summary.clone(),
        author: ctx.office.name.clone(),
    };
    let frame = Frame {
        running: list.title.to_uppercase(),
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
    let sub = format!("Unit Pengolah: {}", ctx.office.name);
    title_block(&mut c, &list.title.to_uppercase(), &sub, &list.summary);
    let total: f32 = list.shares.iter().sum();
    let widths: Vec<f32> = list
        .shares
        .iter()
        .map(|s| s / total * c.content_width())
        .collect();
    let ruled = Ruled::new(&c, &widths, &list.columns);
    c.ensure(25.0);
    ruled.header(&mut c);
    if list.rows.is_empty() {
        c.y += 3.0;
        let note = format!(
            "Tidak ada berkas pada {} ini.",
            list.kind.name().to_lowercase()
        );
        c.paragraph(c.left(), c.content_width(), &note, ROW.ink(Ink::Grey));
    }
    for texts in &list.rows {
        let row = Row::new(texts.iter().map(|t| vec![span(t, ROW)]).collect());
        ruled.row(&mut c, &row, |_, _| {});
    }
    closing_block(&mut c, &ctx.closing);
    if let ListKind::Retensi(due) = list.kind {
        c.new_page();
        letterhead(&mut c, &ctx.office, logo.as_ref());
        berita_acara(&mut c, &ctx, list, due);
    }
    c.finish()?;
    Ok(pdf)
}
