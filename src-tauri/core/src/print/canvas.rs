//! A page-flowing drawing surface in millimetres from the top-left corner: text, rules, boxes
//! and images become printpdf operations, and a cursor moves down and onto new pages.

use printpdf::{
    Color, CurTransMat, Greyscale, Line, LinePoint, Op, PaintMode, PdfFontHandle, PdfPage, Point,
    Pt, Rect, Rgb, TextItem, XObjectId, XObjectTransform,
};

use super::fonts::{Fonts, Weight};

const PT_PER_MM: f32 = 72.0 / 25.4;

/// Margins of the printable area, in mm.
pub(super) const MARGIN_X: f32 = 20.0;
pub(super) const MARGIN_TOP: f32 = 18.0;
/// Space kept free at the bottom for the footer.
const MARGIN_BOTTOM: f32 = 22.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Ink {
    Black,
    Grey,
    Light,
    Red,
}

impl Ink {
    fn color(self) -> Color {
        match self {
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
}

/// A grey by its PDF grey level: 0 is black, 1 is white.
fn grey(level: f32) -> Color {
    Color::Greyscale(Greyscale {
        percent: level,
        icc_profile: None,
    })
}

/// How one run of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Style {
    pub weight: Weight,
    pub size: f32,
    pub ink: Ink,
    pub strike: bool,
}

impl Style {
    pub const fn new(weight: Weight, size: f32) -> Style {
        Style {
            weight,
            size,
            ink: Ink::Black,
            strike: false,
        }
    }

    pub const fn ink(mut self, ink: Ink) -> Style {
        self.ink = ink;
        self
    }

    pub const fn struck(mut self, strike: bool) -> Style {
        self.strike = strike;
        self
    }

    /// Height of one line of this style, in mm.
    pub fn line_height(self) -> f32 {
        self.size * 1.32 / PT_PER_MM
    }
}

pub(super) struct Canvas<'f> {
    pub fonts: &'f Fonts,
    pub width: f32,
    pub height: f32,
    pages: Vec<Vec<Op>>,
    /// Where the next thing goes, in mm from the top of the current page.
    pub y: f32,
}

impl<'f> Canvas<'f> {
    pub fn new(fonts: &'f Fonts, width: f32, height: f32) -> Canvas<'f> {
        Canvas {
            fonts,
            width,
            height,
            pages: vec![Vec::new()],
            y: MARGIN_TOP,
        }
    }

    pub fn left(&self) -> f32 {
        MARGIN_X
    }

    pub fn right(&self) -> f32 {
        self.width - MARGIN_X
    }

    pub fn content_width(&self) -> f32 {
        self.right() - self.left()
    }

    pub fn bottom(&self) -> f32 {
        self.height - MARGIN_BOTTOM
    }

    pub fn remaining(&self) -> f32 {
        self.bottom() - self.y
    }

    /// Space the running header of a continuation page takes.
    pub fn page_top(&self) -> f32 {
        MARGIN_TOP + 8.0
    }

    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.page_top();
    }

    /// Starts a new page unless `h` mm still fit on this one.
    pub fn ensure(&mut self, h: f32) {
        if self.y + h > self.bottom() && self.y > self.page_top() {
            self.new_page();
        }
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Switches drawing to an earlier page (for the footer pass).
    pub fn on_page<T>(&mut self, index: usize, draw: impl FnOnce(&mut Canvas<'f>) -> T) -> T {
        let current = self.pages.len() - 1;
        self.pages.swap(index, current);
        let out = draw(self);
        self.pages.swap(index, current);
        out
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        // `pages` starts with one page and only grows.
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn point(&self, x: f32, y: f32) -> Point {
        Point {
            x: Pt(x * PT_PER_MM),
            y: Pt((self.height - y) * PT_PER_MM),
        }
    }

    /// One line of text whose line box starts at `top`; returns its width in mm.
    pub fn text(&mut self, x: f32, top: f32, text: &str, style: Style) -> f32 {
        let text = self.fonts.face(style.weight).clean(text);
        let width = self.fonts.width(style.weight, style.size, &text);
        if text.trim().is_empty() {
            return width;
        }
        // Centre the cap height in the line box.
        let baseline = top + (style.line_height() + 0.73 * style.size / PT_PER_MM) / 2.0;
        let pos = self.point(x, baseline);
        let font = PdfFontHandle::External(self.fonts.face(style.weight).id.clone());
        self.ops().extend([
            Op::StartTextSection,
            Op::SetFillColor {
                col: style.ink.color(),
            },
            Op::SetFont {
                font,
                size: Pt(style.size),
            },
            Op::SetTextCursor { pos },
            Op::ShowText {
                items: vec![TextItem::Text(text)],
            },
            Op::EndTextSection,
        ]);
        if style.strike {
            let mid = baseline - 0.3 * style.size / PT_PER_MM;
            self.line(x, mid, x + width, mid, 0.8, style.ink);
        }
        width
    }

    pub fn text_right(&mut self, right: f32, top: f32, text: &str, style: Style) {
        let w = self.fonts.width(style.weight, style.size, text);
        self.text(right - w, top, text, style);
    }

    pub fn text_centered(&mut self, left: f32, right: f32, top: f32, text: &str, style: Style) {
        let w = self.fonts.width(style.weight, style.size, text);
        self.text(left + (right - left - w) / 2.0, top, text, style);
    }

    /// Wrapped text starting at the cursor, across the content width; moves the cursor.
    pub fn paragraph(&mut self, x: f32, width: f32, text: &str, style: Style) {
        for line in self.fonts.wrap(style.weight, style.size, text, width) {
            self.ensure(style.line_height());
            let top = self.y;
            self.text(x, top, &line, style);
            self.y += style.line_height();
        }
    }

    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width_pt: f32, ink: Ink) {
        let points = vec![
            LinePoint {
                p: self.point(x1, y1),
                bezier: false,
            },
            LinePoint {
                p: self.point(x2, y2),
                bezier: false,
            },
        ];
        self.ops().extend([
            Op::SetOutlineColor { col: ink.color() },
            Op::SetOutlineThickness { pt: Pt(width_pt) },
            Op::DrawLine {
                line: Line {
                    points,
                    is_closed: false,
                },
            },
        ]);
    }

    /// A rectangle with its top-left corner at (x, y); `fill` is a grey level (0 black, 1 white),
    /// `stroke` a line width in points.
    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Option<f32>, stroke: Option<f32>) {
        let lower_left = self.point(x, y + h);
        let mode = match (fill, stroke) {
            (Some(_), Some(_)) => PaintMode::FillStroke,
            (Some(_), None) => PaintMode::Fill,
            (None, _) => PaintMode::Stroke,
        };
        if let Some(level) = fill {
            self.ops().push(Op::SetFillColor { col: grey(level) });
        }
        if let Some(width) = stroke {
            self.ops().extend([
                Op::SetOutlineColor { col: grey(0.0) },
                Op::SetOutlineThickness { pt: Pt(width) },
            ]);
        }
        self.ops().push(Op::DrawRectangle {
            rectangle: Rect {
                x: lower_left.x,
                y: lower_left.y,
                width: Pt(w * PT_PER_MM),
                height: Pt(h * PT_PER_MM),
                mode: Some(mode),
                winding_order: None,
            },
        });
    }

    /// Draws an image XObject into the box (x, y, w, h); `matrix` maps the image's unit square
    /// into that box (see `images::placement`), already in page points.
    pub fn image(&mut self, id: &XObjectId, matrix: [f32; 6]) {
        self.ops().extend([
            Op::SaveGraphicsState,
            Op::SetTransformationMatrix {
                matrix: CurTransMat::Raw(matrix),
            },
            Op::UseXobject {
                id: id.clone(),
                transform: XObjectTransform {
                    no_auto_scale: true,
                    ..XObjectTransform::default()
                },
            },
            Op::RestoreGraphicsState,
        ]);
    }

    /// Draws turned a quarter turn counter-clockwise, reading from bottom to top: what `draw`
    /// puts at (x, y) lands x mm above and y mm right of the point (left, bottom).
    pub fn turned<T>(
        &mut self,
        left: f32,
        bottom: f32,
        draw: impl FnOnce(&mut Canvas<'f>) -> T,
    ) -> T {
        // A local point (u, v) in page points goes to (left + H - v, H - bottom + u), H being
        // the page height: the local top edge runs up through (left, bottom).
        let matrix = [
            0.0,
            1.0,
            -1.0,
            0.0,
            (left + self.height) * PT_PER_MM,
            (self.height - bottom) * PT_PER_MM,
        ];
        self.ops().extend([
            Op::SaveGraphicsState,
            Op::SetTransformationMatrix {
                matrix: CurTransMat::Raw(matrix),
            },
        ]);
        let out = draw(self);
        self.ops().push(Op::RestoreGraphicsState);
        out
    }

    /// The box (x, y, w, h) in mm from the top-left as page points from the bottom-left:
    /// (left, bottom, width, height).
    pub fn box_pt(&self, x: f32, y: f32, w: f32, h: f32) -> [f32; 4] {
        [
            x * PT_PER_MM,
            (self.height - y - h) * PT_PER_MM,
            w * PT_PER_MM,
            h * PT_PER_MM,
        ]
    }

    pub fn into_pages(self) -> Vec<PdfPage> {
        let (w, h) = (printpdf::Mm(self.width), printpdf::Mm(self.height));
        self.pages
            .into_iter()
            .map(|ops| PdfPage::new(w, h, ops))
            .collect()
    }
}
