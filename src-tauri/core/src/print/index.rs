//! The numbered filing index (Daftar Arsip): letterhead, then per folder its location as a
//! heading and a table of its archive numbers; voided numbers stay, marked DIBATALKAN.

use super::canvas::{Canvas, Ink, Style, MARGIN_TOP};
use super::fonts::{Fonts, Weight};
use super::table::{span, Row, Span, Table};
use super::{new_document, sheet, Paper};
use crate::error::Result;
use crate::filing::{IndexEntry, IndexFolder};
use crate::office::Office;

const ROW: Style = Style::new(Weight::Regular, 8.5);
const HEADING: Style = Style::new(Weight::Bold, 10.0);
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
    let mut doc = new_document(&title, &summary, &office.name);
    let fonts = Fonts::load(&mut doc)?;
    let (width, height) = paper.size_mm();
    let mut c = Canvas::new(&fonts, width, height);
    letterhead(&mut c, office);
    let (left, right) = (c.left(), c.right());
    let big = Style::new(Weight::Bold, 14.0);
    let top = c.y;
    c.text_centered(left, right, top, &title.to_uppercase(), big);
    c.y += big.line_height() + 0.5;
    let sub = Style::new(Weight::Regular, 9.5).ink(Ink::Grey);
    let top = c.y;
    c.text_centered(left, right, top, &summary, sub);
    c.y += sub.line_height() + 2.0;
    if folders.is_empty() {
        c.y += 6.0;
        let note = format!("Belum ada nomor arsip untuk tahun {year}.");
        c.paragraph(left, c.content_width(), &note, ROW.ink(Ink::Grey));
    }
    let widths = columns(&c, folders);
    for folder in folders {
        folder_table(&mut c, folder, &widths);
    }
    page_furniture(&mut c, &title, office, printed_at);
    doc.with_pages(c.into_pages());
    sheet::save(&doc)
}

/// Kop surat without the logo: the office name and address centred over a double rule.
fn letterhead(c: &mut Canvas, office: &Office) {
    let (left, right) = (c.left(), c.right());
    let name = Style::new(Weight::Bold, 14.5);
    let address = Style::new(Weight::Regular, 9.5);
    let mut y = c.y;
    for line in c.fonts.wrap(
        name.weight,
        name.size,
        &office.name.to_uppercase(),
        right - left,
    ) {
        c.text_centered(left, right, y, &line, name);
        y += name.line_height();
    }
    y += 1.0;
    for line in c
        .fonts
        .wrap(address.weight, address.size, &office.address, right - left)
    {
        c.text_centered(left, right, y, &line, address);
        y += address.line_height();
    }
    let rule = y + 2.5;
    c.line(left, rule, right, rule, 2.2, Ink::Black);
    c.line(left, rule + 1.2, right, rule + 1.2, 0.7, Ink::Black);
    c.y = rule + 7.0;
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

/// The running header of continuation pages and the footer of every page, drawn last
/// because the footer needs the page count.
fn page_furniture(c: &mut Canvas, title: &str, office: &Office, printed_at: &str) {
    let total = c.page_count();
    for index in 0..total {
        c.on_page(index, |c| {
            let (left, right) = (c.left(), c.right());
            if index > 0 {
                let head = Style::new(Weight::Bold, 8.0).ink(Ink::Grey);
                let used = c.text(left, MARGIN_TOP, &title.to_uppercase(), head);
                let room = c.content_width() - used - 8.0;
                let unit = c
                    .fonts
                    .ellipsize(head.weight, head.size, &office.name, room);
                c.text_right(right, MARGIN_TOP, &unit, head);
                let rule = MARGIN_TOP + head.line_height() + 0.8;
                c.line(left, rule, right, rule, 0.5, Ink::Grey);
            }
            let rule = c.height - 15.0;
            c.line(left, rule, right, rule, 0.5, Ink::Grey);
            let top = rule + 1.2;
            c.text(left, top, &format!("Dicetak {printed_at}"), FOOT);
            c.text_centered(left, right, top, "PressDesk", FOOT.ink(Ink::Light));
            let page = format!("Halaman {} dari {total}", index + 1);
            c.text_right(right, top, &page, FOOT);
        });
    }
}
