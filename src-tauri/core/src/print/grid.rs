//! Ruled tables for long reports (the ledger): the column titles repeat on every page, each
//! body row's text is one text section and its rules two paths, drawn onto side pages.

use printpdf::{
    Color, Greyscale, Line, LinePoint, Op, PaintMode, PdfFontHandle, PdfPage, Point, Pt, Rect, Rgb,
    TextItem,
};

use super::canvas::{Canvas, Ink, Style};
use super::fonts::Weight;
use super::table::{span, Row, Span, Table};

const PT_PER_MM: f32 = 72.0 / 25.4;
/// Cell padding, as `table` draws it.
pub(super) const PAD_X: f32 = 1.8;
const PAD_Y: f32 = 1.3;
const RULE: f32 = 0.5;
const HEAD: Style = Style::new(Weight::Bold, 6.4);
const CONTINUED: Style = Style::new(Weight::Regular, 5.9).ink(Ink::Light);

/// One wrapped line of a cell.
struct Piece {
    text: String,
    style: Style,
}

type Cells = Vec<Vec<Piece>>;

fn color(ink: Ink) -> Color {
    let grey = |percent| {
        Color::Greyscale(Greyscale {
            percent,
            icc_profile: None,
        })
    };
    match ink {
        Ink::Black => grey(0.0),
        Ink::Grey => grey(0.35),
        Ink::Light => grey(0.55),
        Ink::Red => Color::Rgb(Rgb {
            r: 0.72,
            g: 0.07,
            b: 0.07,
            icc_profile: None,
        }),
    }
}

/// A table: its titles (drawn through the canvas on a grey band) and its body rows, whose
/// operations wait on side pages until [`Ruled::finish`] adds them to the canvas's pages.
pub(super) struct Ruled {
    widths: Vec<f32>,
    titles: Row,
    title_h: f32,
    pages: Vec<Vec<Op>>,
}

impl Ruled {
    pub fn new(c: &Canvas, widths: &[f32], titles: &[&str]) -> Ruled {
        let titles = Row::new(titles.iter().map(|t| vec![span(*t, HEAD)]).collect());
        let title_h = Self::title_table(widths).height(c, std::slice::from_ref(&titles));
        Ruled {
            widths: widths.to_vec(),
            titles,
            title_h,
            pages: Vec::new(),
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
    pub fn row(&mut self, c: &mut Canvas, row: &Row, before: impl FnOnce(&mut Canvas, f32)) {
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

    fn draw(&mut self, c: &Canvas, h: f32, cells: &Cells) {
        let page = c.page_count() - 1;
        if self.pages.len() <= page {
            self.pages.resize_with(page + 1, Vec::new);
        }
        let pt = |x: f32, y: f32| Point {
            x: Pt(x * PT_PER_MM),
            y: Pt((c.height - y) * PT_PER_MM),
        };
        let (top, left) = (c.y, c.left());
        let width: f32 = self.widths.iter().sum();
        let mut xs = vec![left];
        for w in &self.widths {
            xs.push(xs[xs.len() - 1] + w);
        }
        // The verticals as one zigzag path; the outline closes top and bottom.
        let mut points = Vec::with_capacity(xs.len() * 2);
        for (i, &x) in xs.iter().enumerate() {
            let (a, b) = if i % 2 == 0 {
                (top, top + h)
            } else {
                (top + h, top)
            };
            points.extend([pt(x, a), pt(x, b)].map(|p| LinePoint { p, bezier: false }));
        }
        let lower_left = pt(left, top + h);
        let ops = &mut self.pages[page];
        ops.extend([
            Op::SetOutlineColor {
                col: color(Ink::Black),
            },
            Op::SetOutlineThickness { pt: Pt(RULE) },
            Op::DrawRectangle {
                rectangle: Rect {
                    x: lower_left.x,
                    y: lower_left.y,
                    width: Pt(width * PT_PER_MM),
                    height: Pt(h * PT_PER_MM),
                    mode: Some(PaintMode::Stroke),
                    winding_order: None,
                },
            },
            Op::DrawLine {
                line: Line {
                    points,
                    is_closed: false,
                },
            },
            Op::StartTextSection,
        ]);
        // Lines grouped by style (in order of first use), so font and colour change seldom;
        // each placed relative to the previous one (Td).
        let mut lines: Vec<(Style, f32, f32, &str)> = Vec::new();
        for (cell, x) in cells.iter().zip(&xs) {
            let mut y = top + PAD_Y;
            for piece in cell {
                let s = piece.style;
                if !piece.text.trim().is_empty() {
                    let baseline = y + (s.line_height() + 0.73 * s.size / PT_PER_MM) / 2.0;
                    let p = pt(x + PAD_X, baseline);
                    lines.push((s, p.x.0, p.y.0, &piece.text));
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
        // The first line of a run is placed relative to the previous line's start (Td); a line
        // right below the one before it, in the same style, is one `'` (next line, show text)
        // at the style's leading: half the operations printpdf keeps for every page until the
        // document is written, which is most of a long ledger's memory.
        let mut at = (0.0f32, 0.0f32);
        let mut state: Option<Style> = None;
        let mut leading: Option<f32> = None;
        for style in styles {
            for &(s, x, y, text) in lines.iter().filter(|l| l.0 == style) {
                if state.is_none_or(|p| p.ink != s.ink) {
                    ops.push(Op::SetFillColor { col: color(s.ink) });
                }
                if state.is_none_or(|p| p.weight != s.weight || p.size != s.size) {
                    let font = PdfFontHandle::External(c.fonts.face(s.weight).id.clone());
                    ops.push(Op::SetFont {
                        font,
                        size: Pt(s.size),
                    });
                }
                let lh = s.line_height() * PT_PER_MM;
                let below = state == Some(s) && x == at.0 && (at.1 - lh - y).abs() < 0.01;
                state = Some(s);
                if below {
                    if leading != Some(lh) {
                        ops.push(Op::SetLineHeight { lh: Pt(lh) });
                        leading = Some(lh);
                    }
                    ops.push(Op::MoveToNextLineShowText {
                        text: text.to_owned(),
                    });
                } else {
                    let pos = Point {
                        x: Pt(x - at.0),
                        y: Pt(y - at.1),
                    };
                    ops.push(Op::SetTextCursor { pos });
                    ops.push(Op::ShowText {
                        items: vec![TextItem::Text(text.to_owned())],
                    });
                }
                at = (x, y);
            }
        }
        ops.push(Op::EndTextSection);
    }

    /// Adds the rows' operations to the pages they were laid out on.
    pub fn finish(self, pages: &mut [PdfPage]) {
        for (page, ops) in pages.iter_mut().zip(self.pages) {
            page.ops.extend(ops);
        }
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
