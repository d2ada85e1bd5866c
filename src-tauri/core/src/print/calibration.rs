//! The calibration page: a sheet of label outlines printed on plain paper, to hold against the
//! real stock and read the printer's shift on its scales.

use super::base::{Ink, Style, Weight};
use super::canvas::Canvas;
use super::label_sheet::{render, Area};
use super::stock::{paper_name, LabelJob};
use crate::error::Result;

/// The whole sheet outlined on plain paper, a crosshair in every label and 10 mm scales across
/// the outer edges of the first and last label, to hold against a sheet of labels and read
/// the printer's shift; the start label does not apply.
pub fn calibration_page(job: &LabelJob) -> Result<Vec<u8>> {
    let full = LabelJob {
        start: 1,
        ..job.clone()
    };
    let per_sheet = job.stock.per_sheet() as usize;
    let title = format!("Kalibrasi Label — {}", job.stock.name.trim());
    let subject = format!(
        "{} pada {}, geser X {} mm, Y {} mm",
        job.stock.name.trim(),
        paper_name(job.paper),
        format!("{:+.1}", job.offset_x_mm).replace('.', ","),
        format!("{:+.1}", job.offset_y_mm).replace('.', ",")
    );
    let mut draw = |c: &mut Canvas, i: usize, a: Area| {
        outline(c, i, a);
        if i == 0 {
            scales(c, a, true);
            note(c, &full, &subject);
        }
        if i + 1 == per_sheet {
            scales(c, a, false);
        }
        Ok(())
    };
    render(&full, per_sheet, [&title, &subject, "PressDesk"], &mut draw)
}

/// The label's outline (the only rectangle on the page), its number and a crosshair.
fn outline(c: &mut Canvas, i: usize, a: Area) {
    c.rect(a.x, a.y, a.w, a.h, None, Some(0.3));
    let (cx, cy) = (a.x + a.w / 2.0, a.y + a.h / 2.0);
    let arm = (a.w.min(a.h) / 4.0).min(4.0);
    c.line(cx - arm, cy, cx + arm, cy, 0.3, Ink::Black);
    c.line(cx, cy - arm, cx, cy + arm, 0.3, Ink::Black);
    if a.h >= 12.0 {
        let no = Style::new(Weight::Regular, 6.0).ink(Ink::Light);
        c.text_right(a.right() - 1.0, a.y + 0.6, &(i + 1).to_string(), no);
    }
}

/// Two scales from -5 to +5 mm with their zero on the label's edge: across the left and top
/// edges of the first label, the right and bottom edges of the last. Where the real label's
/// edge falls on them is the shift to enter.
fn scales(c: &mut Canvas, a: Area, first: bool) {
    let inset = (a.w.min(a.h) / 2.0).min(6.0);
    let (edge_x, at_y) = if first {
        (a.x, a.y + inset)
    } else {
        (a.right(), a.bottom() - inset)
    };
    let (edge_y, at_x) = if first {
        (a.y, a.x + inset)
    } else {
        (a.bottom(), a.right() - inset)
    };
    c.line(edge_x - 5.0, at_y, edge_x + 5.0, at_y, 0.2, Ink::Black);
    c.line(at_x, edge_y - 5.0, at_x, edge_y + 5.0, 0.2, Ink::Black);
    for mm in -5i8..=5 {
        let half = match mm.abs() {
            0 => 1.6,
            5 => 1.1,
            _ => 0.6,
        };
        let d = f32::from(mm);
        c.line(
            edge_x + d,
            at_y - half,
            edge_x + d,
            at_y + half,
            0.25,
            Ink::Black,
        );
        c.line(
            at_x - half,
            edge_y + d,
            at_x + half,
            edge_y + d,
            0.25,
            Ink::Black,
        );
    }
}

/// What the page is and how to use it, in the top margin when there is room.
fn note(c: &mut Canvas, job: &LabelJob, subject: &str) {
    let head = Style::new(Weight::Bold, 7.5);
    let body = Style::new(Weight::Regular, 6.5).ink(Ink::Grey);
    let (left, right) = (c.width * 0.15, c.width * 0.85);
    let how = "Cetak di kertas biasa, tumpuk di atas lembar label, lalu terawangkan ke cahaya.\n\
               Baca tepi label sebenarnya pada skala ±5 mm: itulah geser yang diisi (kanan dan \
               bawah positif).";
    let lines = c.fonts.wrap(body.weight, body.size, how, right - left);
    let height = head.line_height() + lines.len() as f32 * body.line_height();
    let room = job.stock.margin_top + job.offset_y_mm - 1.0;
    if room < height {
        return;
    }
    let mut y = (room - height) / 2.0;
    c.text_centered(
        left,
        right,
        y,
        &format!("Halaman kalibrasi: {subject}"),
        head,
    );
    y += head.line_height();
    for line in &lines {
        c.text_centered(left, right, y, line, body);
        y += body.line_height();
    }
}
