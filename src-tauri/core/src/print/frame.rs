//! The page frame every PressDesk document is printed in: the letterhead (kop surat, with the
//! logo), the title block, section headings, the "Mengetahui, Kepala Dinas" sign-off, and on
//! every page the running header (from the second page) and the footer with the printing time,
//! a middle note and "Halaman x dari y". Documents draw their own body between these.

use std::io::Write;

use super::base::{fit, Ink, Paper, Style, Weight};
use super::canvas::{Canvas, Decor, MARGIN_TOP};
use super::fonts::Fonts;
use super::images::Embedded;
use super::pdf::Meta;
use crate::error::Result;
use crate::office::Office;

const FOOT: Style = Style::new(Weight::Regular, 7.0).ink(Ink::Grey);
const RUNNING: Style = Style::new(Weight::Bold, 8.0).ink(Ink::Grey);
pub(super) const HEADING: Style = Style::new(Weight::Bold, 10.0);

/// The "Mengetahui, Kepala Dinas" block: place and date, the Kadis's name, rank and NIP.
pub struct Closing {
    /// "Tanjung Selor, 22 November 2026"
    pub place_date: String,
    pub name: Option<String>,
    /// Pangkat/golongan, "Pembina Utama Muda (IV/c)"; the line is left out when not given.
    pub rank: Option<String>,
    pub nip: Option<String>,
}

/// What the header and footer of a document say.
pub(super) struct Frame {
    /// Running header of continuation pages, left ("BUKU AGENDA PRESS RELEASE · 2026").
    pub running: String,
    /// Right of the running header (the office, or the agenda number), shortened to fit.
    pub running_right: String,
    pub printed_at: String,
    /// Centre of the footer (the audit chain's head).
    pub middle: String,
}

/// Starts a document on `paper`, turned to landscape when asked, framed by `frame`.
pub(super) fn open<'f, 'w>(
    fonts: &'f Fonts,
    sink: &'w mut dyn Write,
    meta: Meta,
    paper: Paper,
    landscape: bool,
    frame: Frame,
) -> Result<Canvas<'f, 'w>> {
    let (w, h) = paper.size_mm();
    let (w, h) = if landscape { (h, w) } else { (w, h) };
    let mut c = Canvas::new(fonts, sink, meta, w, h)?;
    c.set_decor(Box::new(frame));
    Ok(c)
}

impl Decor for Frame {
    fn page(&self, c: &mut Canvas, index: usize) {
        let (left, right) = (c.left(), c.right());
        if index > 0 {
            let used = c.text(left, MARGIN_TOP, &self.running, RUNNING);
            let room = c.content_width() - used - 8.0;
            let fonts = c.fonts;
            let text = fonts.ellipsize(RUNNING.weight, RUNNING.size, &self.running_right, room);
            c.text_right(right, MARGIN_TOP, &text, RUNNING);
            let rule = MARGIN_TOP + RUNNING.line_height() + 0.8;
            c.line(left, rule, right, rule, 0.5, Ink::Grey);
        }
        let rule = c.height - 15.0;
        c.line(left, rule, right, rule, 0.5, Ink::Grey);
        let top = rule + 1.2;
        c.text(left, top, &format!("Dicetak {}", self.printed_at), FOOT);
        c.text_centered(left, right, top, &self.middle, FOOT);
        // The page count is known only at the end: this page's number is a form drawn then.
        c.defer();
    }

    fn late(&self, c: &mut Canvas, index: usize, total: usize) {
        let top = c.height - 15.0 + 1.2;
        let page = format!("Halaman {} dari {total}", index + 1);
        let right = c.right();
        c.text_right(right, top, &page, FOOT);
    }
}

/// Kop surat: the logo at the left, the office name and address centred, a double rule.
pub(super) fn letterhead(c: &mut Canvas, office: &Office, logo: Option<&Embedded>) {
    const LOGO: f32 = 22.0;
    let (left, right) = (c.left(), c.right());
    let inset = if logo.is_some() { LOGO + 4.0 } else { 0.0 };
    let name = Style::new(Weight::Bold, 14.0);
    let address = Style::new(Weight::Regular, 9.5);
    let width = right - left - 2.0 * inset;
    let fonts = c.fonts;
    let names = fonts.wrap(name.weight, name.size, &office.name.to_uppercase(), width);
    let addresses = fonts.wrap(address.weight, address.size, &office.address, width);
    let text_h = names.len() as f32 * name.line_height()
        + 1.0
        + addresses.len() as f32 * address.line_height();
    let block = if logo.is_some() {
        text_h.max(LOGO)
    } else {
        text_h
    };
    let top = c.y;
    if let Some(logo) = logo {
        let (w, h) = fit(logo.aspect(), LOGO, LOGO);
        c.image(logo, left + (LOGO - w) / 2.0, top + (block - h) / 2.0, w, h);
    }
    let mut y = top + (block - text_h) / 2.0;
    for line in &names {
        c.text_centered(left + inset, right - inset, y, line, name);
        y += name.line_height();
    }
    y += 1.0;
    for line in &addresses {
        c.text_centered(left + inset, right - inset, y, line, address);
        y += address.line_height();
    }
    let rule = top + block + 2.5;
    c.line(left, rule, right, rule, 2.2, Ink::Black);
    c.line(left, rule + 1.2, right, rule + 1.2, 0.7, Ink::Black);
    c.y = rule + 6.0;
}

/// The document's title, a line under it ("Periode: November 2026") and a grey summary, centred.
pub(super) fn title_block(c: &mut Canvas, title: &str, sub: &str, summary: &str) {
    let (left, right) = (c.left(), c.right());
    let lines = [
        (title, Style::new(Weight::Bold, 14.0)),
        (sub, Style::new(Weight::Bold, 10.0)),
        (summary, Style::new(Weight::Regular, 8.5).ink(Ink::Grey)),
    ];
    for (text, style) in lines {
        if text.trim().is_empty() {
            continue;
        }
        for line in c.fonts.wrap(style.weight, style.size, text, right - left) {
            let top = c.y;
            c.text_centered(left, right, top, &line, style);
            c.y += style.line_height();
        }
        c.y += 0.6;
    }
    c.y += 2.5;
}

/// A section title with a little air above it; keeps `min_after` mm of content with it.
pub(super) fn heading_keep(c: &mut Canvas, text: &str, min_after: f32) {
    c.y += 5.0;
    c.ensure(HEADING.line_height() + 1.5 + min_after);
    let top = c.y;
    c.text(c.left(), top, text, HEADING);
    c.y += HEADING.line_height() + 1.5;
}

/// The Kadis's sign-off at the right, kept whole on one page; blank lines when no Kadis.
/// Returns the top of the block on the page it went to, for what is drawn beside it.
pub(super) fn closing_block(c: &mut Canvas, closing: &Closing) -> f32 {
    let text = Style::new(Weight::Regular, 9.5);
    let bold = Style::new(Weight::Bold, 9.5);
    c.y += 7.0;
    c.ensure(text.line_height() * 7.0 + 20.0);
    let top = c.y;
    let (left, right) = (c.right() - 85.0, c.right());
    let line = |c: &mut Canvas, s: &str, style: Style| {
        let top = c.y;
        c.text_centered(left, right, top, s, style);
        c.y += style.line_height();
    };
    line(c, &closing.place_date, text);
    line(c, "Mengetahui,", text);
    line(c, "Kepala Dinas", bold);
    c.y += 18.0;
    match &closing.name {
        Some(name) => {
            let w = c.fonts.width(bold.weight, bold.size, name);
            let mid = (left + right) / 2.0;
            let under = c.y + bold.line_height() - 0.4;
            line(c, name, bold);
            c.line(mid - w / 2.0, under, mid + w / 2.0, under, 0.6, Ink::Black);
        }
        None => line(c, "(.........................................)", text),
    }
    if let Some(rank) = &closing.rank {
        line(c, rank, text);
    }
    let nip = closing
        .nip
        .as_deref()
        .unwrap_or("..............................");
    line(c, &format!("NIP. {nip}"), text);
    top
}
