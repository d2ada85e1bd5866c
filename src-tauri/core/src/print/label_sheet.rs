//! A print job on sheet stock: `count` labels laid out from the start label, page after page,
//! each drawn into its box (a label of any kind, or the calibration page's outlines).

use super::canvas::Canvas;
use super::fonts::Fonts;
use super::pdf::Meta;
use super::stock::{label_boxes, LabelJob};
use crate::error::Result;

/// A box in mm from the top-left of the page.
#[derive(Debug, Clone, Copy)]
pub(super) struct Area {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Area {
    /// A square.
    pub fn new(x: f32, y: f32, side: f32) -> Area {
        Area {
            x,
            y,
            w: side,
            h: side,
        }
    }

    pub fn inset(self, dx: f32, dy: f32) -> Area {
        Area {
            x: self.x + dx,
            y: self.y + dy,
            w: self.w - 2.0 * dx,
            h: self.h - 2.0 * dy,
        }
    }

    pub fn right(self) -> f32 {
        self.x + self.w
    }

    pub fn bottom(self) -> f32 {
        self.y + self.h
    }
}

/// Lays `count` labels out from the start label, page after page, and saves the document.
pub(super) fn render(
    job: &LabelJob,
    count: usize,
    [title, subject, author]: [&str; 3],
    draw: &mut dyn FnMut(&mut Canvas, usize, Area) -> Result<()>,
) -> Result<Vec<u8>> {
    let boxes = label_boxes(job, count)?;
    let meta = Meta {
        title: title.to_owned(),
        subject: subject.to_owned(),
        author: author.to_owned(),
    };
    let fonts = Fonts::load()?;
    let (width, height) = job.paper.size_mm();
    let mut pdf = Vec::new();
    // A sheet of labels has no letterhead, header or footer: every millimetre is the stock's.
    let mut c = Canvas::new(&fonts, &mut pdf, meta, width, height)?;
    for (i, &(page, x, y, w, h)) in boxes.iter().enumerate() {
        while c.page_count() <= page as usize {
            c.new_page();
        }
        draw(&mut c, i, Area { x, y, w, h })?;
    }
    c.finish()?;
    Ok(pdf)
}
