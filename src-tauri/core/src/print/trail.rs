//! The paraf trail (each initial with its decision, the initials at true size or the paper scan,
//! revocations struck through) or, before anyone initialed, boxes to initial by hand; and the
//! SOP step timeline against the time standards.

use super::base::{fit, Ink, Style, Weight};
use super::canvas::Canvas;
use super::frame::heading_keep;
use super::images::Embedded;
use super::scan;
use super::sheet_input::SheetInput;
use super::table::{span, Row, Span, Table, BODY, LABEL};
use crate::paraf::{ParafEntry, ParafMedium};
use crate::release::ReleaseDetail;
use crate::timefmt;

const PAD: f32 = 3.0;
const CAPTION: Style = Style::new(Weight::Regular, 7.0).ink(Ink::Light);
/// A paper scan is shown small: it proves the paper was initialed, it is not a facsimile.
const SCAN_BOX: f32 = 45.0;
/// A PDF scan's page is reduced to this many pixels on its long edge (about 400 dpi at 45 mm).
const SCAN_PX: u32 = 700;

pub(super) fn parafs(c: &mut Canvas, input: &SheetInput) {
    let parafs = &input.detail.parafs;
    if parafs.is_empty() {
        heading_keep(c, "B. Jejak paraf", 60.0);
        hand_boxes(c);
        return;
    }
    let blocks: Vec<Block> = parafs.iter().map(|e| Block::new(c, input, e)).collect();
    // The heading stays with the first block.
    heading_keep(c, "B. Jejak paraf", blocks[0].height);
    for (entry, block) in parafs.iter().zip(blocks) {
        block.draw(c, entry);
        c.y += 2.5;
    }
}

/// Columns as fractions of the content width.
fn widths(c: &Canvas, fractions: &[f32]) -> Vec<f32> {
    fractions.iter().map(|f| f * c.content_width()).collect()
}

fn hand_boxes(c: &mut Canvas) {
    let note =
        "Belum ada paraf tercatat. Kadis dan Kabid memaraf dengan tangan pada kotak di bawah.";
    let (left, width) = (c.left(), c.content_width());
    c.paragraph(left, width, note, LABEL);
    c.y += 1.5;
    let widths = widths(c, &[0.13, 0.31, 0.22, 0.2, 0.14]);
    let choice = "☐ Setuju\n☐ Tidak setuju";
    let rows: Vec<Row> = ["Kadis", "Kabid"]
        .into_iter()
        .map(|role| Row {
            cells: vec![
                vec![span(role, Style::new(Weight::Bold, BODY.size))],
                vec![span("Nama:\n\n\nNIP:", LABEL)],
                vec![span(choice, BODY)],
                Vec::new(),
                Vec::new(),
            ],
            min_height: 24.0,
        })
        .collect();
    Table {
        widths: &widths,
        header: Some(&["Jabatan", "Nama / NIP", "Keputusan", "Paraf", "Tanggal"]),
        label_column: false,
    }
    .draw(c, &rows);
}

fn medium_label(entry: &ParafEntry) -> String {
    match entry.medium {
        ParafMedium::Screen => "di layar".into(),
        ParafMedium::Paper => match entry.scanned_by.as_deref().map(str::trim) {
            Some(by) if !by.is_empty() => format!("di kertas, dipindai oleh {by}"),
            _ => "di kertas, dipindai".into(),
        },
    }
}

/// The image of a paraf and its size in mm: true size for screen initials, small for scans.
fn paraf_image(
    c: &mut Canvas,
    input: &SheetInput,
    entry: &ParafEntry,
    max_w: f32,
) -> Option<(Embedded, f32, f32)> {
    let sha = match entry.medium {
        ParafMedium::Screen => entry.initials_sha.as_deref()?,
        ParafMedium::Paper => entry.scan_sha.as_deref()?,
    };
    let bytes = (input.images)(sha)?;
    // A PDF scan prints the picture on its first page, when it has one.
    let image = match c.embed(&bytes) {
        Some(image) => image,
        None if entry.medium == ParafMedium::Paper => {
            c.embed_gray(&scan::reduced(&bytes, SCAN_PX)?)?
        }
        None => return None,
    };
    let (w, h) = match (
        entry.medium,
        entry.initials_width_mm,
        entry.initials_height_mm,
    ) {
        (ParafMedium::Screen, Some(w), Some(h)) if w > 0.0 && h > 0.0 => {
            let (w, h) = (w as f32, h as f32);
            // Only a pad wider than the page would be scaled down.
            if w > max_w {
                (max_w, h * max_w / w)
            } else {
                (w, h)
            }
        }
        (ParafMedium::Screen, _, _) => fit(image.aspect(), max_w.min(60.0), 30.0),
        (ParafMedium::Paper, _, _) => fit(image.aspect(), SCAN_BOX, SCAN_BOX),
    };
    Some((image, w, h))
}

/// One paraf laid out: its text beside its image, measured before it is drawn.
struct Block {
    image: Option<Embedded>,
    img_w: f32,
    img_h: f32,
    lines: Vec<(String, Style)>,
    height: f32,
}

impl Block {
    fn new(c: &mut Canvas, input: &SheetInput, entry: &ParafEntry) -> Block {
        let max_w = c.content_width() * 0.6;
        let (image, img_w, img_h) = match paraf_image(c, input, entry, max_w) {
            Some((image, w, h)) => (Some(image), w, h),
            None => (None, 45.0, 18.0),
        };
        let struck = entry.revoked.is_some();
        let bold = Style::new(Weight::Bold, 9.5).struck(struck);
        let body = BODY.struck(struck);
        let mut spans = vec![
            span(format!("{}: {}", entry.role_label, entry.user_name), bold),
            span(
                format!("NIP {}", entry.user_nip.trim()),
                LABEL.struck(struck),
            ),
            span(format!("Keputusan: {}", entry.decision_label), bold),
        ];
        if !entry.note.trim().is_empty() {
            spans.push(span(format!("Catatan: {}", entry.note.trim()), body));
        }
        spans.push(span(format!("Waktu: {}", entry.at_display), body));
        spans.push(span(format!("Paraf {}", medium_label(entry)), body));
        if entry.medium == ParafMedium::Paper {
            spans.push(review_line(entry, struck));
        }
        if let Some(revoked) = &entry.revoked {
            let red = Style::new(Weight::Bold, 9.5).ink(Ink::Red);
            spans.push(span(format!("DICABUT: {}", revoked.reason.trim()), red));
            let by = format!("oleh {}, {}", revoked.by, revoked.at_display);
            spans.push(span(by, BODY.ink(Ink::Red)));
        }
        let text_w = c.content_width() - img_w - 4.0 * PAD;
        let lines: Vec<(String, Style)> = spans
            .iter()
            .flat_map(|s| {
                let wrapped = c.fonts.wrap(s.style.weight, s.style.size, &s.text, text_w);
                wrapped.into_iter().map(move |l| (l, s.style))
            })
            .collect();
        let text_h: f32 = lines.iter().map(|(_, s)| s.line_height()).sum();
        let height = text_h.max(img_h + caption_height()) + 2.0 * PAD;
        Block {
            image,
            img_w,
            img_h,
            lines,
            height,
        }
    }

    fn draw(self, c: &mut Canvas, entry: &ParafEntry) {
        let (left, right) = (c.left(), c.right());
        c.ensure(self.height);
        let top = c.y;
        c.rect(left, top, right - left, self.height, None, Some(0.5));
        let mut y = top + PAD;
        for (line, style) in &self.lines {
            c.text(left + PAD, y, line, *style);
            y += style.line_height();
        }
        let img_x = right - PAD - self.img_w;
        let caption = match (entry.medium, &self.image) {
            (ParafMedium::Paper, None) => "Paraf kertas, pindaian PDF (tidak dapat dicetak)",
            (_, None) => "Gambar paraf tidak tersedia",
            (ParafMedium::Screen, Some(_)) => "Paraf di layar (ukuran asli)",
            (ParafMedium::Paper, Some(_)) => "Pindaian lembar berparaf",
        };
        c.text(img_x, top + PAD, caption, CAPTION);
        let img_top = top + PAD + caption_height();
        let (w, h) = (self.img_w, self.img_h);
        match &self.image {
            Some(image) => {
                c.image(image, img_x, img_top, w, h);
                if entry.medium == ParafMedium::Paper {
                    c.rect(img_x, img_top, w, h, None, Some(0.3));
                }
            }
            None => c.rect(img_x, img_top, w, h, Some(0.96), Some(0.3)),
        }
        if entry.revoked.is_some() {
            // A revoked initial stays visible but crossed out.
            c.line(img_x, img_top + h, img_x + w, img_top, 1.2, Ink::Red);
        }
        c.y = top + self.height;
    }
}

/// Whether the official confirmed the paper paraf recorded in their name.
fn review_line(entry: &ParafEntry, struck: bool) -> Span {
    match &entry.review {
        Some(r) if r.confirmed => span(
            format!("Dikonfirmasi {} pada {}", entry.user_name, r.at_display),
            BODY.struck(struck),
        ),
        Some(r) => span(
            format!(
                "Bukan paraf {}: {} ({})",
                entry.user_name,
                r.reason.trim(),
                r.at_display
            ),
            Style::new(Weight::Bold, BODY.size).ink(Ink::Red),
        ),
        None => span(
            format!("Belum dikonfirmasi oleh {}", entry.user_name),
            BODY.struck(struck),
        ),
    }
}

fn caption_height() -> f32 {
    CAPTION.line_height() + 0.5
}

/// "7 menit" rather than "7 menit 0 detik" for a time standard.
fn standard_label(secs: i64) -> String {
    let label = timefmt::format_duration(secs);
    match label.strip_suffix(" 0 detik") {
        Some(short) => short.to_owned(),
        None => label,
    }
}

pub(super) fn timeline(c: &mut Canvas, d: &ReleaseDetail) {
    let title = format!("C. Waktu layanan menurut SOP {}", d.sop_code);
    if d.timeline.is_empty() {
        heading_keep(c, title.trim(), 10.0);
        let (left, width) = (c.left(), c.content_width());
        c.paragraph(left, width, "Belum ada langkah SOP tercatat.", BODY);
        return;
    }
    let widths = widths(c, &[0.06, 0.34, 0.16, 0.15, 0.14, 0.15]);
    let rows: Vec<Row> = d
        .timeline
        .iter()
        .map(|step| {
            let elapsed = match (&step.elapsed_label, step.running) {
                (Some(label), true) => format!("{label} (berjalan)"),
                (Some(label), false) => label.clone(),
                (None, _) => "—".into(),
            };
            let verdict = match step.within_standard {
                Some(true) => span("✓ Sesuai", BODY),
                Some(false) => span("✗ Melebihi", BODY.ink(Ink::Red)),
                None => span("Belum mulai", LABEL),
            };
            Row::new(vec![
                vec![span(step.seq.to_string(), BODY)],
                vec![span(&step.name, BODY)],
                vec![span(step.actor.as_deref().unwrap_or("—"), BODY)],
                vec![span(elapsed, BODY)],
                vec![span(standard_label(step.time_standard_secs), BODY)],
                vec![verdict],
            ])
        })
        .collect();
    let table = Table {
        widths: &widths,
        header: Some(&["No", "Langkah", "Pelaksana", "Waktu", "Baku mutu", "Hasil"]),
        label_column: false,
    };
    // A short table stays whole with its heading; a long one may start at the page's foot.
    let keep = table.height(c, &rows).min(90.0);
    heading_keep(c, title.trim(), keep);
    table.draw(c, &rows);
}
