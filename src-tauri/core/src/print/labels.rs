//! Filing labels on sheet stock: one per archive number (the number large, title, date, QR
//! code), folder, spine and drawer labels, and the calibration page to check the alignment.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::base::{Ink, Style, Weight};
use super::canvas::Canvas;
use super::label_sheet::{render, Area};
use super::qr;
use super::stock::LabelJob;
use crate::error::{Error, Result};
use crate::filing::{IndexFolder, LabelItem};
use crate::office::Office;

/// What kind of label to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum LabelKind {
    /// One per archive number, stuck on the release's file.
    Release,
    /// The front of a folder.
    Folder,
    /// The spine of a folder or box file, written along its length.
    Spine,
    /// The front of a drawer.
    Drawer,
}

/// A folder, spine or drawer label: "Arsip Press Release 2026", "No. 001–050" and where.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FolderLabel {
    pub title: String,
    pub range: String,
    pub location: String,
}

impl FolderLabel {
    /// One label per folder of the index, or per drawer for [`LabelKind::Drawer`], with the
    /// range of archive sequence numbers it holds.
    pub fn from_index(year: i32, folders: &[IndexFolder], kind: LabelKind) -> Vec<FolderLabel> {
        let mut out: Vec<(String, i64, i64)> = Vec::new();
        for f in folders.iter().filter(|f| !f.entries.is_empty()) {
            let (lo, hi) = f.entries.iter().fold((i64::MAX, i64::MIN), |(lo, hi), e| {
                (lo.min(e.seq), hi.max(e.seq))
            });
            let place = if kind == LabelKind::Drawer {
                format!("Lemari {} · Laci {}", f.cabinet, f.drawer)
            } else {
                format!("{} — {}", f.location, f.folder_name)
            };
            match out.last_mut() {
                Some(last) if last.0 == place => *last = (place, last.1.min(lo), last.2.max(hi)),
                _ => out.push((place, lo, hi)),
            }
        }
        out.into_iter()
            .map(|(location, lo, hi)| FolderLabel {
                title: format!("Arsip Press Release {year}"),
                range: format!("No. {lo:03}–{hi:03}"),
                location: location.trim_end_matches([' ', '—']).to_owned(),
            })
            .collect()
    }
}

/// Line height in mm per point of type size.
fn lh(size: f32) -> f32 {
    Style::new(Weight::Regular, size).line_height()
}

/// Archive number labels, from the job's start label on.
pub fn release_labels(items: &[LabelItem], office: &Office, job: &LabelJob) -> Result<Vec<u8>> {
    if items.is_empty() {
        return Err(Error::invalid(
            "labels",
            crate::i18n::for_user(|| crate::tr!("labels-no-numbers")),
        ));
    }
    let title = format!("Label Nomor Arsip — {}", job.stock.name.trim());
    let subject = match (items.first(), items.last()) {
        (Some(a), Some(b)) if items.len() > 1 => format!("{} s.d. {}", a.archive_no, b.archive_no),
        _ => items[0].archive_no.clone(),
    };
    let mut draw = |c: &mut Canvas, i: usize, a: Area| release_label(c, &items[i], a);
    render(
        job,
        items.len(),
        [&title, &subject, &office.name],
        &mut draw,
    )
}

/// Folder, spine or drawer labels; [`LabelKind::Release`] prints them as folder labels.
pub fn folder_labels(folders: &[FolderLabel], job: &LabelJob, kind: LabelKind) -> Result<Vec<u8>> {
    if folders.is_empty() {
        return Err(Error::invalid(
            "labels",
            crate::i18n::for_user(|| crate::tr!("labels-no-folders")),
        ));
    }
    let what = match kind {
        LabelKind::Drawer => "Label Laci",
        LabelKind::Spine => "Label Punggung Map",
        LabelKind::Folder | LabelKind::Release => "Label Map",
    };
    let title = format!("{what} — {}", job.stock.name.trim());
    let mut draw = |c: &mut Canvas, i: usize, a: Area| {
        folder_label(c, &folders[i], a, kind);
        Ok(())
    };
    render(
        job,
        folders.len(),
        [&title, &folders[0].title, "PressDesk"],
        &mut draw,
    )
}

const NUMBER_MAX: f32 = 15.0;
/// Below this size the number goes across the whole label, above the QR code.
const NUMBER_BESIDE_MIN: f32 = 9.0;
/// The smallest QR code printed, quiet zone included.
const QR_MIN: f32 = 8.0;

fn release_label(c: &mut Canvas, item: &LabelItem, a: Area) -> Result<()> {
    if a.h < 20.0 || a.w < 35.0 {
        return small_label(c, item, a);
    }
    let inner = a.inset((a.h * 0.09).clamp(2.5, 4.0), (a.h * 0.08).clamp(2.0, 3.5));
    let number = item.archive_no.trim();
    let gap = 2.0;
    // The number beside a full-height code when it stays large, else across, above the code.
    let mut side = inner.h.min(inner.w * 0.36);
    let mut size = c
        .fonts
        .fit(Weight::Bold, number, inner.w - side - gap, NUMBER_MAX);
    let across = size < NUMBER_BESIDE_MIN;
    if across {
        size = c.fonts.fit(Weight::Bold, number, inner.w, NUMBER_MAX);
    }
    c.text(inner.x, inner.y, number, Style::new(Weight::Bold, size));
    let top = inner.y + lh(size) + 0.6;
    if across {
        side = (inner.bottom() - top).min(inner.w * 0.42);
    }
    let qr_box = Area::new(
        inner.right() - side,
        if across { top } else { inner.y },
        side,
    );
    let text_w = inner.w - side - gap;
    c.line(
        inner.x,
        top - 0.3,
        inner.x + text_w,
        top - 0.3,
        0.4,
        Ink::Light,
    );
    let text = Area {
        x: inner.x,
        y: top + 0.8,
        w: text_w,
        h: inner.bottom() - top - 0.8,
    };
    if qr_box.w >= QR_MIN {
        // The code's quiet zone is white space: pull it to the label's edge.
        let shift = 2.0 * qr::module_mm(number, qr_box.w)?;
        qr::draw(c, number, qr_box.x + shift, qr_box.y - shift, qr_box.w)?;
        details(c, item, text);
    } else {
        details(c, item, Area { w: inner.w, ..text });
    }
    Ok(())
}

/// Title (one or two lines, shortened with "…"), date and location, as many as fit.
fn details(c: &mut Canvas, item: &LabelItem, a: Area) {
    // A wide column (L7163) takes the text a size larger.
    let k = if a.w >= 50.0 { 1.12 } else { 1.0 };
    let title = Style::new(Weight::Regular, if a.w < 30.0 { 7.0 } else { 7.8 * k });
    let date = Style::new(Weight::Bold, 7.0 * k).ink(Ink::Grey);
    let place = Style::new(Weight::Regular, 6.3 * k).ink(Ink::Grey);
    let (tl, dl, pl) = (title.line_height(), date.line_height(), place.line_height());
    let title_lines = if a.h >= 2.0 * tl + 0.4 + dl + pl {
        2
    } else {
        1
    };
    let fonts = c.fonts;
    let mut lines: Vec<(String, Style)> = fonts
        .wrap_clamped(title.weight, title.size, &item.title, a.w, title_lines)
        .into_iter()
        .map(|l| (l, title))
        .collect();
    lines.push((
        fonts.ellipsize(date.weight, date.size, &item.date_display, a.w),
        date,
    ));
    let used = title_lines as f32 * tl + 0.4 + dl;
    let room = ((a.h - used) / pl).floor().clamp(0.0, 2.0) as usize;
    let place_lines = fonts.wrap_clamped(place.weight, place.size, &item.location, a.w, room);
    lines.extend(place_lines.into_iter().map(|l| (l, place)));
    let mut y = a.y;
    for (i, (line, style)) in lines.iter().enumerate() {
        if y + style.line_height() > a.bottom() + 0.01 {
            return;
        }
        c.text(a.x, y, line, *style);
        y += style.line_height() + if i + 1 == title_lines { 0.4 } else { 0.0 };
    }
}

/// Labels too small for more than the number (L4731): the number on one or two lines, and
/// the QR code beside it when it can be 8 mm and the number stays legible.
fn small_label(c: &mut Canvas, item: &LabelItem, a: Area) -> Result<()> {
    const LEGIBLE: f32 = 6.0;
    let inner = a.inset(1.0, 0.6);
    let number = item.archive_no.trim();
    let side = inner.h.min(a.h);
    let beside = c
        .fonts
        .fit_box(Weight::Bold, number, inner.w - side - 0.8, inner.h, 14.0);
    let (text_w, (size, lines)) = if side >= QR_MIN && beside.0 >= LEGIBLE {
        qr::draw(c, number, a.right() - side, a.y + (a.h - side) / 2.0, side)?;
        (inner.w - side - 0.8, beside)
    } else {
        (
            inner.w,
            c.fonts
                .fit_box(Weight::Bold, number, inner.w, inner.h, 14.0),
        )
    };
    let style = Style::new(Weight::Bold, size);
    let mut y = inner.y + (inner.h - lines.len() as f32 * style.line_height()) / 2.0;
    for line in &lines {
        c.text_centered(inner.x, inner.x + text_w, y, line, style);
        y += style.line_height();
    }
    Ok(())
}

fn folder_label(c: &mut Canvas, f: &FolderLabel, a: Area, kind: LabelKind) {
    let joined = format!("{} · {}", f.title.trim(), f.range.trim());
    let lines: Vec<(&str, Weight, f32)> = match kind {
        LabelKind::Drawer => vec![
            (f.title.trim(), Weight::Bold, 13.0),
            (f.range.trim(), Weight::Bold, 26.0),
            (f.location.trim(), Weight::Bold, 12.0),
        ],
        LabelKind::Spine => vec![
            (&joined, Weight::Bold, 16.0),
            (f.location.trim(), Weight::Regular, 9.0),
        ],
        LabelKind::Folder | LabelKind::Release => vec![
            (f.title.trim(), Weight::Bold, 14.0),
            (f.range.trim(), Weight::Bold, 22.0),
            (f.location.trim(), Weight::Regular, 9.0),
        ],
    };
    // A spine label taller than wide is written along its length, read from bottom to top.
    if kind == LabelKind::Spine && a.h > a.w * 1.2 {
        let local = Area {
            w: a.h,
            h: a.w,
            ..Area::new(0.0, 0.0, 0.0)
        }
        .inset(3.0, 2.0);
        c.turned(a.x, a.bottom(), |c| block(c, &lines, local));
    } else {
        let pad = (a.h * 0.08).clamp(0.8, 4.0);
        block(c, &lines, a.inset(pad + 0.5, pad));
    }
}

/// Centred lines, each as large as fits the width up to its own maximum, all scaled down
/// together when they are too tall for the box.
fn block(c: &mut Canvas, lines: &[(&str, Weight, f32)], a: Area) {
    let mut sizes: Vec<f32> = lines
        .iter()
        .map(|(text, weight, max)| c.fonts.fit(*weight, text, a.w, *max))
        .collect();
    let total: f32 = sizes.iter().map(|s| lh(*s)).sum();
    if total > a.h {
        sizes.iter_mut().for_each(|s| *s *= a.h / total);
    }
    let total: f32 = sizes.iter().map(|s| lh(*s)).sum();
    let mut y = a.y + (a.h - total) / 2.0;
    for ((text, weight, _), size) in lines.iter().zip(sizes) {
        let style = Style::new(*weight, size).ink(if *weight == Weight::Bold {
            Ink::Black
        } else {
            Ink::Grey
        });
        c.text_centered(a.x, a.right(), y, text, style);
        y += style.line_height();
    }
}
