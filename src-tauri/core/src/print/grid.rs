//! Ruled tables for long reports (the ledger, the period reports): the column titles repeat on
//! every page, each body row's text is one text section with relative moves and its rules two
//! paths, written straight into the page's content.

use pdf_writer::Str;

use super::base::{r2, Ink, Style, Weight, PT_PER_MM};
use super::canvas::Canvas;
use super::table::{span, Row, Span, Table};

/// Cell padding, as `table` draws it.
pub(super) const PAD_X: f32 = 1.8;
pub(super) const PAD_Y: f32 = 1.3;
const RULE: f32 = 0.5;
pub(super) const BODY: Style = Style::new(Weight::Regular, 6.6);
pub(super) const SMALL: Style = Style::new(Weight::Regular, 5.9).ink(Ink::Grey);
pub(super) const HEAD: Style = Style::new(Weight::Bold, 6.4);
const CONTINUED: Style = Style::new(Weight::Regular, 5.9).ink(Ink::Light);

/// One wrapped line of a cell.
struct Piece {
    text: String,
    style: Style,
}

type Cells = Vec<Vec<Piece>>;

/// A table: its titles (drawn through the canvas on a grey band) and its body rows.
pub(super) struct Ruled {
    widths: Vec<f32>,
    titles: Row,
    title_h: f32,
}

impl Ruled {
    pub fn new(c: &Canvas, widths: &[f32], titles: &[&str]) -> Ruled {
        let titles = Row::new(titles.iter().map(|t| vec![span(*t, HEAD)]).collect());
        let title_h = Self::title_table(widths).height(c, std::slice::from_ref(&titles));
        Ruled {
            widths: widths.to_vec(),
            titles,
            title_h,
        }
    }

    fn title_table(widths: &[f32]) -> Table<'_> {
        Table {
            widths,
            header: None,
            label_column: false,
        }
    }

    pub fn header(&self, c: &mut Canvas) {
        let width: f32 = self.widths.iter().sum();
        c.rect(c.left(), c.y, width, self.title_h, Some(0.88), None);
        Self::title_table(&self.widths).draw(c, std::slice::from_ref(&self.titles));
    }

    /// Draws one row under the titles, on a new page (titles repeated) when it does not fit;
    /// a row taller than a page is cut into page-high parts, "(lanjutan)" marking the next
    /// ones. `before` gets the top of the row's first part, to draw images there.
    pub fn row(&self, c: &mut Canvas, row: &Row, before: impl FnOnce(&mut Canvas, f32)) {
        let mut before = Some(before);
        let cells = self.wrap(c, &row.cells);
        let room = c.bottom() - c.page_top() - self.title_h - 2.0 * PAD_Y - 0.5;
        for cells in split(cells, room) {
            let h = height(&cells);
            if c.y + h > c.bottom() {
                c.new_page();
                self.header(c);
            }
            if let Some(f) = before.take() {
                let top = c.y;
                f(c, top);
            }
            self.draw(c, h, &cells);
            c.y += h;
        }
    }

    fn wrap(&self, c: &Canvas, cells: &[Vec<Span>]) -> Cells {
        let empty = Vec::new();
        self.widths
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let spans = cells.get(i).unwrap_or(&empty);
                spans
                    .iter()
                    .flat_map(|s| {
                        let lines =
                            c.fonts
                                .wrap(s.style.weight, s.style.size, &s.text, w - 2.0 * PAD_X);
                        lines.into_iter().map(|text| Piece {
                            text,
                            style: s.style,
                        })
                    })
                    .collect()
            })
            .collect()
    }

    fn draw(&self, c: &mut Canvas, h: f32, cells: &Cells) {
        let height = c.height;
        let pt = |x: f32, y: f32| (r2(x * PT_PER_MM), r2((height - y) * PT_PER_MM));
        let (top, left) = (c.y, c.left());
        let width: f32 = self.widths.iter().sum();
        let mut xs = vec![left];
        for w in &self.widths {
            xs.push(xs[xs.len() - 1] + w);
        }
        let (lx, ly) = pt(left, top + h);
        let content = c.content();
        content.set_stroke_gray(0.0).set_line_width(RULE);
        content.rect(lx, ly, r2(width * PT_PER_MM), r2(h * PT_PER_MM));
        // The verticals as one zigzag path; the outline closes top and bottom.
        for (i, &x) in xs.iter().enumerate() {
            let (a, b) = if i % 2 == 0 {
                (top, top + h)
            } else {
                (top + h, top)
            };
            let (p, q) = (pt(x, a), pt(x, b));
            if i == 0 {
                content.move_to(p.0, p.1);
            } else {
                content.line_to(p.0, p.1);
            }
            content.line_to(q.0, q.1);
        }
        content.stroke();
        // Lines grouped by style (in order of first use), so font and colour change seldom.
        let mut lines: Vec<(Style, f32, f32, &str)> = Vec::new();
        for (cell, x) in cells.iter().zip(&xs) {
            let mut y = top + PAD_Y;
            for piece in cell {
                let s = piece.style;
                if !piece.text.trim().is_empty() {
                    let p = pt(x + PAD_X, Canvas::baseline(s, y));
                    lines.push((s, p.0, p.1, &piece.text));
                }
                y += s.line_height();
            }
        }
        let mut styles: Vec<Style> = Vec::new();
        for line in &lines {
            if !styles.contains(&line.0) {
                styles.push(line.0);
            }
        }
        c.content().begin_text();
        // The first line of a run is placed relative to the previous line's start (Td); a line
        // right below the one before it, in the same style, is one `'` (next line, show text)
        // at the style's leading: about half the operators, and so half the page's bytes.
        let mut at = (0.0f32, 0.0f32);
        let mut state: Option<Style> = None;
        let mut leading: Option<f32> = None;
        for style in styles {
            for &(s, x, y, text) in lines.iter().filter(|l| l.0 == style) {
                if state.is_none_or(|p| p.ink != s.ink) {
                    c.set_fill(s.ink);
                }
                if state.is_none_or(|p| p.weight != s.weight || p.size != s.size) {
                    c.set_font(s.weight, s.size);
                }
                let glyphs = c.encode(s.weight, text);
                let lh = r2(s.line_height() * PT_PER_MM);
                let below = state == Some(s) && x == at.0 && (at.1 - lh - y).abs() < 0.015;
                state = Some(s);
                let content = c.content();
                if below {
                    if leading != Some(lh) {
                        content.set_leading(lh);
                        leading = Some(lh);
                    }
                    content.next_line_show(Str(&glyphs));
                } else {
                    content
                        .next_line(r2(x - at.0), r2(y - at.1))
                        .show(Str(&glyphs));
                }
                at = (x, y);
            }
        }
        c.content().end_text();
    }
}

fn height(cells: &Cells) -> f32 {
    let tallest = cells
        .iter()
        .map(|cell| cell.iter().map(|p| p.style.line_height()).sum::<f32>())
        .fold(0.0, f32::max);
    tallest.max(HEAD.line_height()) + 2.0 * PAD_Y
}

/// The row whole, or cut into parts whose lines fit `room` mm.
fn split(cells: Cells, room: f32) -> Vec<Cells> {
    if height(&cells) <= room + 2.0 * PAD_Y {
        return vec![cells];
    }
    let mut rest: Vec<std::collections::VecDeque<Piece>> =
        cells.into_iter().map(Into::into).collect();
    let mut parts: Vec<Cells> = Vec::new();
    while rest.iter().any(|cell| !cell.is_empty()) {
        let mut part: Cells = rest
            .iter_mut()
            .map(|cell| {
                let (mut used, mut out) = (0.0, Vec::new());
                while let Some(p) = cell.front() {
                    used += p.style.line_height();
                    if used > room && !out.is_empty() {
                        break;
                    }
                    out.extend(cell.pop_front());
                }
                out
            })
            .collect();
        if !parts.is_empty() {
            if let Some(first) = part.first_mut().filter(|c| c.is_empty()) {
                first.push(Piece {
                    text: "(lanjutan)".into(),
                    style: CONTINUED,
                });
            }
        }
        parts.push(part);
    }
    parts
}

/// `text` broken after "/" into lines that fit `max` mm, so numbers are never cut mid-part.
pub(super) fn slashed(c: &Canvas, text: &str, style: Style, max: f32) -> Vec<Span> {
    let mut lines: Vec<String> = Vec::new();
    for part in text.split_inclusive('/') {
        match lines.last_mut() {
            Some(line)
                if c.fonts
                    .width(style.weight, style.size, &format!("{line}{part}"))
                    <= max =>
            {
                line.push_str(part)
            }
            _ => lines.push(part.to_owned()),
        }
    }
    lines.into_iter().map(|l| span(l, style)).collect()
}
