//! A page-flowing drawing surface in millimetres from the top-left corner: text, rules, boxes
//! and images become content-stream operators, a cursor moves down and onto new pages, and a
//! page is written to the file (deflated) the moment the next one starts. What a page shows
//! only once the document is complete (its "page x of y") is a small form drawn at the end.

use std::io::Write;

use pdf_writer::{Chunk, Content, Name, Ref, Str};

use super::base::{r2, Ink, Style, Weight, PT_PER_MM};
use super::fonts::Fonts;
use super::images::{self, Embedded};
use super::pdf::{name_of, page_rect, Meta, PdfOut};
use crate::error::Result;

/// Margins of the printable area, in mm.
pub(super) const MARGIN_X: f32 = 20.0;
pub(super) const MARGIN_TOP: f32 = 18.0;
/// Space kept free at the bottom for the footer.
const MARGIN_BOTTOM: f32 = 22.0;
const FONT_NAMES: [&str; 2] = ["F1", "F2"];

/// What is drawn on every page around its content: given each page as it is finished, and at
/// the end each form it asked for with [`Canvas::defer`], knowing the page count.
pub(super) trait Decor {
    fn page(&self, c: &mut Canvas, index: usize);
    fn late(&self, c: &mut Canvas, index: usize, total: usize);
}

pub(super) struct Canvas<'f, 'w> {
    pub fonts: &'f Fonts,
    pub width: f32,
    pub height: f32,
    /// Where the next thing goes, in mm from the top of the current page.
    pub y: f32,
    out: PdfOut<'w>,
    font_refs: [Ref; 2],
    content: Content,
    /// Pages finished and written so far.
    done: usize,
    /// Images and late forms the current page uses.
    xobjects: Vec<Ref>,
    /// Forms to draw at the end: the page they belong to and their object.
    deferred: Vec<(usize, Ref)>,
    decor: Option<Box<dyn Decor + 'f>>,
    /// The first failure to write a page, reported at the end.
    failed: Option<crate::error::Error>,
}

impl<'f, 'w> Canvas<'f, 'w> {
    pub fn new(
        fonts: &'f Fonts,
        sink: &'w mut dyn Write,
        meta: Meta,
        width: f32,
        height: f32,
    ) -> Result<Canvas<'f, 'w>> {
        let mut out = PdfOut::new(sink, meta)?;
        let font_refs = [out.alloc(), out.alloc()];
        Ok(Canvas {
            fonts,
            width,
            height,
            y: MARGIN_TOP,
            out,
            font_refs,
            content: Content::new(),
            done: 0,
            xobjects: Vec::new(),
            deferred: Vec::new(),
            decor: None,
            failed: None,
        })
    }

    /// Header, footer and whatever else every page carries from now on.
    pub fn set_decor(&mut self, decor: Box<dyn Decor + 'f>) {
        self.decor = Some(decor);
    }

    /// Writes an image into the file now (see `images`); draw it with [`Canvas::image`].
    pub fn embed(&mut self, bytes: &[u8]) -> Option<Embedded> {
        images::embed(&mut self.out, bytes)
    }

    /// A grey picture made for print (a reduced scan), written into the file now.
    pub fn embed_gray(&mut self, picture: &image::GrayImage) -> Option<Embedded> {
        images::embed_gray(&mut self.out, picture)
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

    pub fn page_count(&self) -> usize {
        self.done + 1
    }

    /// Writes the page out and starts the next. A failure to write (a full disk) is kept and
    /// returned by [`Canvas::finish`], so drawing code need not handle it at every turn.
    pub fn new_page(&mut self) {
        if let Err(e) = self.end_page() {
            self.failed.get_or_insert(e);
        }
        self.y = self.page_top();
    }

    /// Starts a new page unless `h` mm still fit on this one.
    pub fn ensure(&mut self, h: f32) {
        if self.y + h > self.bottom() && self.y > self.page_top() {
            self.new_page();
        }
    }

    /// Decorates the current page and writes it out with its resources.
    fn end_page(&mut self) -> Result<()> {
        if let Some(decor) = self.decor.take() {
            decor.page(self, self.done);
            self.decor = Some(decor);
        }
        let content = std::mem::replace(&mut self.content, Content::new()).finish();
        let (page, stream) = (self.out.alloc(), self.out.alloc());
        let names: Vec<String> = self.xobjects.iter().map(|&r| name_of("X", r)).collect();
        let mut chunk = Chunk::new();
        let mut p = chunk.page(page);
        p.parent(self.out.page_tree())
            .media_box(page_rect(self.width, self.height))
            .contents(stream);
        let mut resources = p.resources();
        let mut fonts = resources.fonts();
        for (name, id) in FONT_NAMES.iter().zip(self.font_refs) {
            fonts.pair(Name(name.as_bytes()), id);
        }
        drop(fonts);
        let mut x = resources.x_objects();
        for (name, &id) in names.iter().zip(&self.xobjects) {
            x.pair(Name(name.as_bytes()), id);
        }
        drop(x);
        drop(resources);
        drop(p);
        self.out.page(stream, content.into_vec(), page, chunk)?;
        self.xobjects.clear();
        self.done += 1;
        Ok(())
    }

    /// Draws here a form whose content [`Decor::late`] makes at the end (the page count).
    pub fn defer(&mut self) {
        let id = self.out.alloc();
        self.deferred.push((self.done, id));
        self.use_xobject(id);
    }

    fn use_xobject(&mut self, id: Ref) {
        if !self.xobjects.contains(&id) {
            self.xobjects.push(id);
        }
        let name = name_of("X", id);
        self.content.x_object(Name(name.as_bytes()));
    }

    /// Finishes the last page, draws the deferred forms, writes the fonts and closes the file.
    pub fn finish(mut self) -> Result<()> {
        if let Some(e) = self.failed.take() {
            return Err(e);
        }
        self.end_page()?;
        let total = self.done;
        let deferred = std::mem::take(&mut self.deferred);
        let decor = self.decor.take();
        for (index, id) in deferred {
            if let Some(decor) = &decor {
                decor.late(&mut self, index, total);
            }
            let content = std::mem::replace(&mut self.content, Content::new()).finish();
            let packed = super::pdf::deflate(&content)?;
            let mut chunk = Chunk::new();
            let mut form = chunk.form_xobject(id, &packed);
            form.filter(pdf_writer::Filter::FlateDecode);
            form.bbox(page_rect(self.width, self.height));
            let mut resources = form.resources();
            let mut fonts = resources.fonts();
            for (name, font) in FONT_NAMES.iter().zip(self.font_refs) {
                fonts.pair(Name(name.as_bytes()), font);
            }
            drop(fonts);
            drop(resources);
            drop(form);
            self.out.put(id, &chunk)?;
        }
        self.fonts.write(&mut self.out, self.font_refs)?;
        self.out.finish()
    }

    /// (x, y) in mm from the top-left as page points from the bottom-left.
    fn point(&self, x: f32, y: f32) -> (f32, f32) {
        (r2(x * PT_PER_MM), r2((self.height - y) * PT_PER_MM))
    }

    /// The operators of the current page, for drawing that the methods below do not cover.
    pub fn content(&mut self) -> &mut Content {
        &mut self.content
    }

    pub fn set_fill(&mut self, ink: Ink) {
        match ink.rgb() {
            Some([r, g, b]) => self.content.set_fill_rgb(r, g, b),
            None => self.content.set_fill_gray(ink.grey()),
        };
    }

    fn set_stroke(&mut self, ink: Ink, width_pt: f32) {
        match ink.rgb() {
            Some([r, g, b]) => self.content.set_stroke_rgb(r, g, b),
            None => self.content.set_stroke_gray(ink.grey()),
        };
        self.content.set_line_width(width_pt);
    }

    /// Selects the face and size for the text operators that follow.
    pub fn set_font(&mut self, weight: Weight, size: f32) {
        let name = FONT_NAMES[usize::from(weight == Weight::Bold)];
        self.content.set_font(Name(name.as_bytes()), size);
    }

    /// `text` (cleaned) as the glyphs of its face: the operand of a show-text operator.
    pub fn encode(&self, weight: Weight, text: &str) -> Vec<u8> {
        self.fonts.face(weight).encode(text)
    }

    /// The baseline of a line whose line box starts at `top`: the cap height centred in it.
    pub fn baseline(style: Style, top: f32) -> f32 {
        top + (style.line_height() + 0.73 * style.size / PT_PER_MM) / 2.0
    }

    /// One line of text whose line box starts at `top`; returns its width in mm.
    pub fn text(&mut self, x: f32, top: f32, text: &str, style: Style) -> f32 {
        let text = self.fonts.face(style.weight).clean(text);
        let width = self.fonts.width(style.weight, style.size, &text);
        if text.trim().is_empty() {
            return width;
        }
        let baseline = Self::baseline(style, top);
        let (px, py) = self.point(x, baseline);
        let glyphs = self.encode(style.weight, &text);
        self.content.begin_text();
        self.set_fill(style.ink);
        self.set_font(style.weight, style.size);
        self.content.next_line(px, py).show(Str(&glyphs)).end_text();
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
        let (a, b) = (self.point(x1, y1), self.point(x2, y2));
        self.set_stroke(ink, width_pt);
        self.content.move_to(a.0, a.1).line_to(b.0, b.1).stroke();
    }

    /// A rectangle with its top-left corner at (x, y); `fill` is a grey level (0 black, 1 white),
    /// `stroke` a line width in points.
    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Option<f32>, stroke: Option<f32>) {
        let (lx, ly) = self.point(x, y + h);
        if let Some(level) = fill {
            self.content.set_fill_gray(level);
        }
        if let Some(width) = stroke {
            self.set_stroke(Ink::Black, width);
        }
        self.content
            .rect(lx, ly, r2(w * PT_PER_MM), r2(h * PT_PER_MM));
        match (fill, stroke) {
            (Some(_), Some(_)) => self.content.fill_nonzero_and_stroke(),
            (Some(_), None) => self.content.fill_nonzero(),
            (None, _) => self.content.stroke(),
        };
    }

    /// Draws an image into the box (x, y, w, h) mm, turned as its EXIF orientation says.
    pub fn image(&mut self, image: &Embedded, x: f32, y: f32, w: f32, h: f32) {
        let matrix = image.placement(self.box_pt(x, y, w, h));
        self.content.save_state().transform(matrix);
        self.use_xobject(image.id);
        self.content.restore_state();
    }

    /// Draws turned a quarter turn counter-clockwise, reading from bottom to top: what `draw`
    /// puts at (x, y) lands x mm above and y mm right of the point (left, bottom).
    pub fn turned<T>(
        &mut self,
        left: f32,
        bottom: f32,
        draw: impl FnOnce(&mut Canvas<'f, 'w>) -> T,
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
        self.content.save_state().transform(matrix);
        let out = draw(self);
        self.content.restore_state();
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
}
