//! The paraf cells of the Buku Agenda: the initials written on screen, or a paper paraf's scan
//! (the page reduced) with whether the official confirmed it; each image embedded once.

use std::collections::{HashMap, HashSet};

use super::base::{fit, Style, Weight, PT_PER_MM};
use super::canvas::Canvas;
use super::grid::{BODY, SMALL};
use super::images::Embedded as Image;
use super::scan;
use super::table::{span, Span};
use crate::reports::{LedgerRow, ParafMark};

/// Height of the initials drawn in a paraf cell, in mm.
const INITIALS_H: f32 = 6.5;
/// Height of a paper paraf's scan (the page reduced) in its cell, in mm, and the long edge in
/// pixels a PDF scan's page is reduced to (about 400 dpi at that size).
const SCAN_H: f32 = 12.0;
const SCAN_PX: u32 = 200;

/// The initials and scans the rows use, by SHA-256, each noted once in the first pass.
#[derive(Default)]
pub(super) struct Marks {
    initials: Vec<String>,
    scans: Vec<String>,
    seen: HashSet<String>,
}

/// The same, embedded: written into the file once, drawn in every row that uses them.
pub(super) struct Embedded {
    initials: HashMap<String, Image>,
    scans: HashMap<String, Option<Image>>,
}

impl Marks {
    pub fn note(&mut self, r: &LedgerRow) {
        for m in [&r.paraf_kadis, &r.paraf_kabid].into_iter().flatten() {
            let (sha, list) = if m.paper {
                (m.scan_sha.as_deref(), &mut self.scans)
            } else {
                (m.initials_sha.as_deref(), &mut self.initials)
            };
            if let Some(sha) = sha.filter(|s| !self.seen.contains(*s)) {
                self.seen.insert(sha.to_owned());
                list.push(sha.to_owned());
            }
        }
    }

    pub fn embed(self, c: &mut Canvas, images: &dyn Fn(&str, bool) -> Option<Vec<u8>>) -> Embedded {
        let mut initials = HashMap::new();
        for sha in self.initials {
            if let Some(e) = images(&sha, false).and_then(|bytes| c.embed(&bytes)) {
                initials.insert(sha, e);
            }
        }
        let mut scans = HashMap::new();
        for sha in self.scans {
            let embedded = images(&sha, true).and_then(|bytes| embed_scan(c, &bytes));
            scans.insert(sha, embedded);
        }
        Embedded { initials, scans }
    }
}

/// A scan's thumbnail (a JPEG of 320 px, under 100 KB) goes in as it is, without being
/// decoded: a year of paper parafs costs only the reading of their thumbnails. Anything else (a
/// PDF scan, a scan without a thumbnail) is decoded once and reduced.
fn embed_scan(c: &mut Canvas, bytes: &[u8]) -> Option<Image> {
    if bytes.len() < 100_000 && bytes.starts_with(&[0xFF, 0xD8]) {
        if let Some(e) = c.embed(bytes) {
            return Some(e);
        }
    }
    c.embed_gray(&scan::reduced(bytes, SCAN_PX)?)
}

pub(super) type Mark<'e> = Option<(&'e Image, f32, f32)>;

pub(super) fn mark_of<'e>(marks: &'e Embedded, m: &Option<ParafMark>, w: f32) -> Mark<'e> {
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
