//! The contact sheet: every photo of the release as a thumbnail in a grid, numbered, with its
//! file name and size, flowing onto further pages as needed.

use super::base::{fit, Ink, Style, Weight};
use super::canvas::Canvas;
use super::frame::heading_keep;
use super::sheet_input::SheetInput;
use super::table::BODY;
use crate::model::EvidenceKind;

const COLUMNS: usize = 3;
const GAP: f32 = 5.0;
const NAME: Style = Style::new(Weight::Regular, 7.5);
const META: Style = Style::new(Weight::Regular, 7.0).ink(Ink::Grey);

pub(super) fn contact_sheet(c: &mut Canvas, input: &SheetInput) {
    let photos: Vec<_> = input
        .detail
        .evidence
        .iter()
        .filter(|e| e.kind == EvidenceKind::Photo && e.has_thumb)
        .collect();
    let cell_w = (c.content_width() - GAP * (COLUMNS as f32 - 1.0)) / COLUMNS as f32;
    let box_h = cell_w * 0.75;
    let row_h = box_h + 1.5 + NAME.line_height() + META.line_height() + GAP;
    let title = format!("D. Lembar kontak foto ({})", photos.len());
    heading_keep(c, &title, row_h);
    if photos.is_empty() {
        let (left, width) = (c.left(), c.content_width());
        c.paragraph(left, width, "Tidak ada foto terlampir.", BODY);
        return;
    }
    for (row, chunk) in photos.chunks(COLUMNS).enumerate() {
        c.ensure(row_h);
        let top = c.y;
        for (col, photo) in chunk.iter().enumerate() {
            let x = c.left() + col as f32 * (cell_w + GAP);
            c.rect(x, top, cell_w, box_h, Some(0.97), Some(0.3));
            let embedded = (input.images)(&photo.sha256).and_then(|b| c.embed(&b));
            match embedded {
                Some(image) => {
                    let (w, h) = fit(image.aspect(), cell_w - 2.0, box_h - 2.0);
                    let (ix, iy) = (x + (cell_w - w) / 2.0, top + (box_h - h) / 2.0);
                    c.image(&image, ix, iy, w, h);
                }
                None => {
                    let mid = top + box_h / 2.0 - META.line_height() / 2.0;
                    c.text_centered(x, x + cell_w, mid, "Gambar tidak tersedia", META);
                }
            }
            let number = row * COLUMNS + col + 1;
            let name = format!("{number}. {}", photo.name);
            let name = c.fonts.ellipsize(NAME.weight, NAME.size, &name, cell_w);
            let name_top = top + box_h + 1.5;
            c.text(x, name_top, &name, NAME);
            let meta = match (photo.width, photo.height) {
                (Some(w), Some(h)) => format!("{w} × {h} px · {}", photo.size_label),
                _ => photo.size_label.clone(),
            };
            c.text(x, name_top + NAME.line_height(), &meta, META);
        }
        c.y = top + row_h;
    }
}
