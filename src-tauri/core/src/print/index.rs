//! The numbered filing index (Daftar Arsip): letterhead, then per folder its location as a
//! heading and a table of its archive numbers; voided numbers stay, marked DIBATALKAN. Pages
//! are written out as they are made.

use std::io::Write;

use super::base::{Ink, Paper, Style, Weight};
use super::canvas::Canvas;
use super::fonts::Fonts;
use super::frame::{self, letterhead, title_block, Frame, HEADING};
use super::pdf::Meta;
use super::table::{span, Row, Span, Table};
use crate::error::Result;
use crate::filing::{IndexEntry, IndexFolder};
use crate::office::Office;

const ROW: Style = Style::new(Weight::Regular, 8.5);
const FOOT: Style = Style::new(Weight::Regular, 7.5).ink(Ink::Grey);
const HEADER: [&str; 4] = ["No. arsip", "Judul", "Tanggal", "Pengirim"];
/// Cell padding on each side, as the table draws it, plus a little air.
const CELL_PAD: f32 = 2.0 * 1.8 + 0.8;

/// Renders the Daftar Arsip of `year` from the folders given (as `filing::filing_index`
/// returns them); pure, no database.
pub fn filing_index_pdf(
    office: &Office,
    year: i32,
    folders: &[IndexFolder],
    paper: Paper,
    printed_at: &str,
) -> Result<Vec<u8>> {
    let _official = crate::i18n::Official::enter();
    let mut pdf = Vec::new();
    let input = IndexInput {
        office,
        year,
        folders,
        printed_at,
        logo: None,
    };
    filing_index_to(&input, paper, &mut pdf)?;
    Ok(pdf)
}

/// What the Daftar Arsip prints.
pub struct IndexInput<'a> {
    pub office: &'a Office,
    pub year: i32,
    pub folders: &'a [IndexFolder],
    pub printed_at: &'a str,
    /// The office's logo for the letterhead, as stored.
    pub logo: Option<&'a [u8]>,
}

/// The Daftar Arsip written to `sink` page by page, each page as soon as it is full.
pub fn filing_index_to(input: &IndexInput, paper: Paper, sink: &mut dyn Write) -> Result<()> {
    let _official = crate::i18n::Official::enter();
    let (office, year, folders) = (input.office, input.year, input.folders);
    let title = format!("Daftar Arsip Press Release Tahun {year}");
    let entries: usize = folders.iter().map(|f| f.entries.len()).sum();
    let voided = folders
        .iter()
        .flat_map(|f| &f.entries)
        .filter(|e| e.voided.is_some())
        .count();
    let summary = format!(
        "{entries} nomor arsip ({voided} dibatalkan) dalam {} map",
        folders.len()
    );
    let frame = Frame {
        running: title.to_uppercase(),
        running_right: office.name.clone(),
        printed_at: input.printed_at.to_owned(),
        middle: "PressDesk".into(),
    };
    let meta = Meta {
        title: title.clone(),
        subject: summary.clone(),
        author: office.name.clone(),
    };
    let fonts = Fonts::load()?;
    let mut c = frame::open(&fonts, sink, meta, paper, false, frame)?;
    let logo = input.logo.and_then(|b| c.embed(b));
    letterhead(&mut c, office, logo.as_ref());
    title_block(&mut c, &title.to_uppercase(), "", &summary);
    if folders.is_empty() {
        c.y += 6.0;
        let note = format!("Belum ada nomor arsip untuk tahun {year}.");
        c.paragraph(c.left(), c.content_width(), &note, ROW.ink(Ink::Grey));
    }
    let widths = columns(&c, folders);
    for folder in folders {
        folder_table(&mut c, folder, &widths);
    }
    c.finish()
}

/// Column widths: the archive number and the date as wide as their longest value (numbers are
/// never broken), the rest shared by the title and the sender.
fn columns(c: &Canvas, folders: &[IndexFolder]) -> [f32; 4] {
    let widest = |pick: fn(&IndexEntry) -> &str, head: &str| {
        folders
            .iter()
            .flat_map(|f| &f.entries)
            .map(|e| c.fonts.width(ROW.weight, ROW.size, pick(e)))
            .fold(c.fonts.width(Weight::Bold, ROW.size, head), f32::max)
            + CELL_PAD
    };
    let number = widest(|e| e.archive_no.as_str(), HEADER[0]).clamp(24.0, 62.0);
    let date = widest(|e| e.date_display.as_str(), HEADER[2]).clamp(20.0, 34.0);
    let rest = c.content_width() - number - date;
    let sender = (rest * 0.36).max(28.0);
    [number, rest - sender, date, sender]
}

fn row(e: &IndexEntry) -> Row {
    let Some(reason) = &e.voided else {
        return Row::new(vec![
            vec![span(&e.archive_no, ROW)],
            vec![span(&e.title, ROW)],
            vec![span(&e.date_display, ROW)],
            vec![span(&e.sender, ROW)],
        ]);
    };
    let gone = ROW.ink(Ink::Light);
    let mut title: Vec<Span> = vec![span(&e.title, gone.struck(true))];
    let mark = Style::new(Weight::Bold, 7.5).ink(Ink::Red);
    title.push(span(format!("DIBATALKAN — {}", reason.trim()), mark));
    Row::new(vec![
        vec![span(&e.archive_no, gone.struck(true))],
        title,
        vec![span(&e.date_display, gone)],
        vec![span(&e.sender, gone)],
    ])
}

/// The folder's heading (its location), then its rows; a row that does not fit starts a new
/// page with the heading marked "(lanjutan)" and the column titles again.
fn folder_table(c: &mut Canvas, folder: &IndexFolder, widths: &[f32; 4]) {
    let head = Table {
        widths,
        header: Some(&HEADER),
        label_column: false,
    };
    let body = Table {
        widths,
        header: None,
        label_column: false,
    };
    let rows: Vec<Row> = folder.entries.iter().map(row).collect();
    let first = rows
        .first()
        .map_or(0.0, |r| body.height(c, std::slice::from_ref(r)));
    c.y += 5.0;
    c.ensure(HEADING.line_height() + 1.5 + head.height(c, &[]) + first);
    heading(c, folder, false);
    head.draw(c, &[]);
    for r in &rows {
        if c.y + body.height(c, std::slice::from_ref(r)) > c.bottom() {
            c.new_page();
            heading(c, folder, true);
            head.draw(c, &[]);
        }
        body.draw(c, std::slice::from_ref(r));
    }
}

fn heading(c: &mut Canvas, folder: &IndexFolder, continued: bool) {
    let (left, right) = (c.left(), c.right());
    let top = c.y;
    let count = format!("{} nomor", folder.entries.len());
    let count_w = c.fonts.width(FOOT.weight, FOOT.size, &count) + 4.0;
    let x = left + c.text(left, top, &folder.location, HEADING);
    let mut rest = String::new();
    if !folder.folder_name.trim().is_empty() {
        rest = format!("  —  {}", folder.folder_name.trim());
    }
    if continued {
        rest.push_str(" (lanjutan)");
    }
    let style = Style::new(Weight::Regular, HEADING.size).ink(Ink::Grey);
    let rest = c
        .fonts
        .ellipsize(style.weight, style.size, &rest, right - count_w - x);
    c.text(x, top, &rest, style);
    c.text_right(right, top + 0.5, &count, FOOT);
    c.y += HEADING.line_height() + 1.5;
}
