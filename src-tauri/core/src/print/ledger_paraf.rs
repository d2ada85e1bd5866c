//! The paraf cells of the Buku Agenda: the initials written on screen, or a paper paraf's scan
//! (the page reduced) with whether the official confirmed it; each image embedded once.

use std::collections::HashMap;

use printpdf::PdfDocument;

use super::canvas::Style;
use super::fonts::Weight;
use super::images::{self, Embedded};
use super::ledger::{LedgerInput, BODY, SMALL};
use super::scan;
use super::sheet::fit;
use super::table::{span, Span};
use crate::reports::{LedgerRow, ParafMark};

const PT_PER_MM: f32 = 72.0 / 25.4;
/// Height of the initials drawn in a paraf cell, in mm.
const INITIALS_H: f32 = 6.5;
/// Height of a paper paraf's scan (the page reduced) in its cell, in mm, and the long edge in
/// pixels a PDF scan's page is reduced to (about 400 dpi at that size).
const SCAN_H: f32 = 12.0;
const SCAN_PX: u32 = 200;

/// The embedded initials and scans, by SHA-256.
pub(super) struct Marks {
    initials: HashMap<String, Embedded>,
    scans: HashMap<String, Option<Embedded>>,
}

impl Marks {
    pub fn embed(doc: &mut PdfDocument, input: &LedgerInput) -> Marks {
        Marks {
            initials: embed_initials(doc, input),
            scans: embed_scans(doc, input),
        }
    }
}

/// The width of a paraf column: a paper paraf's caption ("dikonfirmasi") sets it.
pub(super) fn paraf_width(rows: &[LedgerRow], text_w: &dyn Fn(Style, &str) -> f32) -> f32 {
    let paper = rows
        .iter()
        .flat_map(|r| [&r.paraf_kadis, &r.paraf_kabid])
        .any(|m| m.as_ref().is_some_and(|m| m.paper));
    if paper {
        text_w(SMALL, "dikonfirmasi")
    } else {
        12.5
    }
}

/// Each distinct initials image embedded once.
fn embed_initials(doc: &mut PdfDocument, input: &LedgerInput) -> HashMap<String, Embedded> {
    let mut out = HashMap::new();
    let shas = input
        .rows
        .iter()
        .flat_map(|r| [&r.paraf_kadis, &r.paraf_kabid])
        .flatten()
        .filter_map(|m| m.initials_sha.as_deref().filter(|_| !m.paper));
    for sha in shas {
        if out.contains_key(sha) {
            continue;
        }
        if let Some(e) = (input.images)(sha).and_then(|bytes| images::embed(doc, &bytes)) {
            out.insert(sha.to_owned(), e);
        }
    }
    out
}

pub(super) type Mark<'e> = Option<(&'e Embedded, f32, f32)>;

/// Each distinct scan of a paper paraf reduced once and embedded once; `None` for a scan with
/// no picture to print (a PDF drawn otherwise than with one image).
fn embed_scans(doc: &mut PdfDocument, input: &LedgerInput) -> HashMap<String, Option<Embedded>> {
    let mut out = HashMap::new();
    let shas = input
        .rows
        .iter()
        .flat_map(|r| [&r.paraf_kadis, &r.paraf_kabid])
        .flatten()
        .filter_map(|m| m.scan_sha.as_deref().filter(|_| m.paper));
    for sha in shas {
        if out.contains_key(sha) {
            continue;
        }
        let embedded = (input.images)(sha).and_then(|bytes| embed_scan(doc, &bytes));
        out.insert(sha.to_owned(), embedded);
    }
    out
}

/// A scan's thumbnail (a JPEG of 320 px, under 100 KB) goes in as it is, without being
/// decoded: a year of paper parafs costs only the reading of their thumbnails. Anything else (a
/// PDF scan, a scan without a thumbnail) is decoded once and reduced.
fn embed_scan(doc: &mut PdfDocument, bytes: &[u8]) -> Option<Embedded> {
    if bytes.len() < 100_000 && bytes.starts_with(&[0xFF, 0xD8]) {
        if let Some(e) = images::embed(doc, bytes) {
            return Some(e);
        }
    }
    scan::reduced(bytes, SCAN_PX).map(|p| images::embed_gray(doc, &p))
}

pub(super) fn mark_of<'e>(marks: &'e Marks, m: &Option<ParafMark>, w: f32) -> Mark<'e> {
    let m = m.as_ref()?;
    let (e, max_h) = if m.paper {
        (marks.scans.get(m.scan_sha.as_deref()?)?.as_ref()?, SCAN_H)
    } else {
        (marks.initials.get(m.initials_sha.as_deref()?)?, INITIALS_H)
    };
    let (w, h) = fit(e.aspect(), w, max_h);
    Some((e, w, h))
}

pub(super) fn paraf_cell(m: &Option<ParafMark>, drawn: Mark) -> Vec<Span> {
    let mut cell = vec![match (m, drawn) {
        // Left blank, as on a paper ledger, to be initialed by hand if need be.
        (None, _) => return Vec::new(),
        // An empty line as tall as the image keeps its room in the cell.
        (Some(_), Some((_, _, h))) => span("", Style::new(Weight::Regular, h * PT_PER_MM / 1.32)),
        (Some(m), None) if m.paper => span("paraf kertas, pindaian PDF", SMALL),
        (Some(_), None) => span("ya", BODY),
    }];
    // Under a paper paraf: whether the official confirmed it as theirs.
    if let Some(m) = m.as_ref().filter(|m| m.paper) {
        let confirmed = if m.confirmed {
            "kertas, dikonfirmasi"
        } else {
            "kertas, belum dikonfirmasi"
        };
        cell.push(span(confirmed, SMALL));
    }
    cell
}
