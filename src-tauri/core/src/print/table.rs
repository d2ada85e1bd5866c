//! Ruled tables whose cells wrap their text and whose rows, when taller than what is left of
//! the page, continue on the next page (with "(lanjutan)" in the first column) — no text lost.

use super::base::{Ink, Style, Weight};
use super::canvas::Canvas;

const PAD_X: f32 = 1.8;
const PAD_Y: f32 = 1.3;
const RULE: f32 = 0.5;
/// Rows shorter than this move whole to the next page rather than split.
const KEEP_TOGETHER: f32 = 30.0;

pub(super) const BODY: Style = Style::new(Weight::Regular, 9.0);
pub(super) const LABEL: Style = Style::new(Weight::Regular, 8.5).ink(Ink::Grey);
const HEAD: Style = Style::new(Weight::Bold, 8.5);
const CONTINUED: Style = Style::new(Weight::Regular, 7.5).ink(Ink::Light);

/// A paragraph in a cell: text in one style, wrapped to the column.
#[derive(Debug, Clone)]
pub(super) struct Span {
    pub text: String,
    pub style: Style,
}

pub(super) fn span(text: impl Into<String>, style: Style) -> Span {
    Span {
        text: text.into(),
        style,
    }
}

#[derive(Debug, Clone, Default)]
pub(super) struct Row {
    pub cells: Vec<Vec<Span>>,
    /// Rows for writing by hand need room even when empty.
    pub min_height: f32,
}

impl Row {
    pub fn new(cells: Vec<Vec<Span>>) -> Row {
        Row {
            cells,
            min_height: 0.0,
        }
    }
}

pub(super) struct Table<'a> {
    /// Column widths in mm; they should add up to the content width.
    pub widths: &'a [f32],
    /// Column titles, repeated at the top of every page the table runs onto.
    pub header: Option<&'a [&'a str]>,
    /// The first column is a label column with a grey background.
    pub label_column: bool,
}

/// One wrapped line of a cell.
struct Piece {
    text: String,
    style: Style,
}

impl Table<'_> {
    pub fn draw(&self, c: &mut Canvas, rows: &[Row]) {
        if let Some(titles) = self.header {
            c.ensure(12.0);
            self.draw_header(c, titles);
        }
        for row in rows {
            let cells: Vec<Vec<Piece>> = self.wrap_cells(c, row);
            self.draw_row(c, cells, row.min_height);
        }
    }

    /// The height the table takes when nothing splits, for keeping it with its heading.
    pub fn height(&self, c: &Canvas, rows: &[Row]) -> f32 {
        let header = self.header.map_or(0.0, |titles| {
            let row = Row::new(titles.iter().map(|t| vec![span(*t, HEAD)]).collect());
            cells_height(&self.wrap_cells(c, &row))
        });
        let body: f32 = rows
            .iter()
            .map(|row| cells_height(&self.wrap_cells(c, row)).max(row.min_height))
            .sum();
        header + body
    }

    fn draw_header(&self, c: &mut Canvas, titles: &[&str]) {
        let row = Row::new(titles.iter().map(|t| vec![span(*t, HEAD)]).collect());
        let cells = self.wrap_cells(c, &row);
        let h = cells_height(&cells);
        self.frame(c, c.y, h, Some(0.88));
        self.fill_cells(c, c.y, &cells);
        c.y += h;
    }

    fn wrap_cells(&self, c: &Canvas, row: &Row) -> Vec<Vec<Piece>> {
        self.widths
            .iter()
            .enumerate()
            .map(|(i, &w)| {
                let spans = row.cells.get(i).map(Vec::as_slice).unwrap_or_default();
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

    fn draw_row(&self, c: &mut Canvas, mut cells: Vec<Vec<Piece>>, min_height: f32) {
        let mut continued = false;
        let mut fresh_page = false;
        loop {
            let full = cells_height(&cells).max(min_height);
            if full <= c.remaining() {
                self.draw_segment(c, &cells, full, continued);
                return;
            }
            let short = full <= KEEP_TOGETHER.max(min_height) || c.remaining() < 20.0;
            if short && !fresh_page {
                self.next_page(c);
                fresh_page = true;
                continue;
            }
            // Split: each cell gives what fits in the space left on this page.
            let room = c.remaining() - 2.0 * PAD_Y;
            let rest: Vec<Vec<Piece>> = cells
                .iter_mut()
                .map(|cell| {
                    let mut used = 0.0;
                    let keep = cell
                        .iter()
                        .take_while(|p| {
                            used += p.style.line_height();
                            used <= room
                        })
                        .count()
                        .max(usize::from(fresh_page));
                    cell.split_off(keep.min(cell.len()))
                })
                .collect();
            if cells.iter().all(Vec::is_empty) {
                cells = rest;
                self.next_page(c);
                fresh_page = true;
                continue;
            }
            let h = c.remaining();
            self.draw_segment(c, &cells, h, continued);
            self.next_page(c);
            fresh_page = true;
            cells = rest;
            continued = true;
        }
    }

    fn next_page(&self, c: &mut Canvas) {
        c.new_page();
        if let Some(titles) = self.header {
            self.draw_header(c, titles);
        }
    }

    fn draw_segment(&self, c: &mut Canvas, cells: &[Vec<Piece>], h: f32, continued: bool) {
        let top = c.y;
        self.frame(c, top, h, None);
        self.fill_cells(c, top, cells);
        if continued && cells.first().is_some_and(Vec::is_empty) {
            c.text(c.left() + PAD_X, top + PAD_Y, "(lanjutan)", CONTINUED);
        }
        c.y += h;
    }

    /// Background of the label column, then the cell borders.
    fn frame(&self, c: &mut Canvas, top: f32, h: f32, fill: Option<f32>) {
        let width: f32 = self.widths.iter().sum();
        let left = c.left();
        if let Some(level) = fill {
            c.rect(left, top, width, h, Some(level), None);
        } else if self.label_column {
            c.rect(left, top, self.widths[0], h, Some(0.94), None);
        }
        c.rect(left, top, width, h, None, Some(RULE));
        let mut x = left;
        for w in &self.widths[..self.widths.len().saturating_sub(1)] {
            x += w;
            c.line(x, top, x, top + h, RULE, Ink::Black);
        }
    }

    fn fill_cells(&self, c: &mut Canvas, top: f32, cells: &[Vec<Piece>]) {
        let mut x = c.left();
        for (cell, w) in cells.iter().zip(self.widths) {
            let mut y = top + PAD_Y;
            for piece in cell {
                c.text(x + PAD_X, y, &piece.text, piece.style);
                y += piece.style.line_height();
            }
            x += w;
        }
    }
}

fn cells_height(cells: &[Vec<Piece>]) -> f32 {
    let tallest = cells
        .iter()
        .map(|cell| cell.iter().map(|p| p.style.line_height()).sum::<f32>())
        .fold(0.0, f32::max);
    tallest.max(BODY.line_height()) + 2.0 * PAD_Y
}
