//! Label stocks (Avery A4 sheets and user-defined ones), where each label of a print job lies
//! on the page (the one geometry the renderer and the tests share).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::base::Paper;
use crate::error::{Error, Result};

/// A sheet of labels; every length in mm, measured on the sheet from its top-left corner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LabelStock {
    pub name: String,
    pub label_w: f32,
    pub label_h: f32,
    pub cols: u32,
    pub rows: u32,
    /// From the left edge of the sheet to the left edge of the first column.
    pub margin_left: f32,
    /// From the top edge of the sheet to the top edge of the first row.
    pub margin_top: f32,
    /// Between two columns (horizontal pitch minus label width).
    pub gap_x: f32,
    /// Between two rows (vertical pitch minus label height).
    pub gap_y: f32,
}

/// One print run: the stock, the paper it is fed on, where to start on a used sheet and the
/// printer's own shift.
#[derive(Debug, Clone, PartialEq, Deserialize, TS)]
#[ts(export)]
pub struct LabelJob {
    pub stock: LabelStock,
    pub paper: Paper,
    /// The label (1-based, row by row) to start at on the first sheet.
    pub start: u32,
    /// Moves everything right (positive) or left, to make up for the printer.
    pub offset_x_mm: f32,
    /// Moves everything down (positive) or up.
    pub offset_y_mm: f32,
}

/// The largest printer shift accepted, in mm either way.
const MAX_OFFSET: f32 = 10.0;

fn stock(
    name: &str,
    size: (f32, f32),
    grid: (u32, u32),
    margin: (f32, f32),
    gap: (f32, f32),
) -> LabelStock {
    LabelStock {
        name: name.into(),
        label_w: size.0,
        label_h: size.1,
        cols: grid.0,
        rows: grid.1,
        margin_left: margin.0,
        margin_top: margin.1,
        gap_x: gap.0,
        gap_y: gap.1,
    }
}

/// Avery's A4 stocks with the margins and pitches Avery publishes for them.
pub fn builtin_stocks() -> Vec<LabelStock> {
    vec![
        // 21 per sheet; pitch 66.04 × 38.1.
        stock("L7160", (63.5, 38.1), (3, 7), (7.25, 15.15), (2.54, 0.0)),
        // 14 per sheet; pitch 101.6 × 38.1.
        stock("L7163", (99.1, 38.1), (2, 7), (4.65, 15.15), (2.5, 0.0)),
        // 189 per sheet; pitch 27.94 × 10.
        stock("L4731", (25.4, 10.0), (7, 27), (8.45, 13.5), (2.54, 0.0)),
    ]
}

/// A built-in stock by name (case and spaces ignored, "Avery" optional).
pub fn find_stock(name: &str) -> Result<LabelStock> {
    let key = name.trim().to_ascii_uppercase().replace(' ', "");
    let key = key.strip_prefix("AVERY").unwrap_or(&key);
    builtin_stocks()
        .into_iter()
        .find(|s| s.name == key)
        .ok_or_else(|| {
            let known: Vec<String> = builtin_stocks().into_iter().map(|s| s.name).collect();
            let known = known.join(", ");
            let message = || crate::tr!("stock-unknown", name = name.trim(), known = known);
            Error::invalid("stock", crate::i18n::for_user(message))
        })
}

impl LabelStock {
    pub fn per_sheet(&self) -> u32 {
        self.cols * self.rows
    }

    /// Top-left corner of label `index` (0-based, row by row) on the sheet, without offset.
    fn origin(&self, index: u32) -> (f32, f32) {
        let (col, row) = (index % self.cols, index / self.cols);
        (
            self.margin_left + col as f32 * (self.label_w + self.gap_x),
            self.margin_top + row as f32 * (self.label_h + self.gap_y),
        )
    }

    /// Refuses sizes that make no sheet, and a grid that runs off the paper.
    /// Its messages are for the screen: in the user's language even while a print is made.
    pub fn check(&self, paper: Paper) -> Result<()> {
        crate::i18n::for_user(|| self.fits(paper))
    }

    fn fits(&self, paper: Paper) -> Result<()> {
        let bad = |msg: String| Err(Error::invalid("stock", msg));
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > 40 {
            return bad(crate::tr!("stock-name-required"));
        }
        let lengths = [
            self.label_w,
            self.label_h,
            self.margin_left,
            self.margin_top,
        ];
        if lengths
            .iter()
            .chain([&self.gap_x, &self.gap_y])
            .any(|v| !v.is_finite() || *v < 0.0)
            || self.label_w < 5.0
            || self.label_h < 5.0
        {
            return bad(crate::tr!("stock-size-invalid", name = name));
        }
        if !(1..=50).contains(&self.cols) || !(1..=100).contains(&self.rows) {
            return bad(crate::tr!("stock-grid-invalid", name = name));
        }
        let (pw, ph) = paper.size_mm();
        let width = self.margin_left
            + self.cols as f32 * self.label_w
            + (self.cols - 1) as f32 * self.gap_x;
        let height =
            self.margin_top + self.rows as f32 * self.label_h + (self.rows - 1) as f32 * self.gap_y;
        // 0.05 mm of slack for the rounding in published figures.
        if width > pw + 0.05 || height > ph + 0.05 {
            return bad(crate::tr!(
                "stock-does-not-fit",
                name = name,
                paper = paper_name(paper),
                width = format!("{width:.1}"),
                height = format!("{height:.1}"),
                pw = format!("{pw:.0}"),
                ph = format!("{ph:.0}")
            ));
        }
        Ok(())
    }
}

pub(super) fn paper_name(paper: Paper) -> &'static str {
    match paper {
        Paper::A4 => "A4",
        Paper::F4 => "F4",
    }
}

impl LabelJob {
    /// Checks the stock, the start label and the offset.
    pub fn check(&self) -> Result<()> {
        crate::i18n::for_user(|| self.fits())
    }

    fn fits(&self) -> Result<()> {
        self.stock.check(self.paper)?;
        let n = self.stock.per_sheet();
        if self.start < 1 || self.start > n {
            return Err(Error::invalid(
                "start",
                crate::tr!("stock-start-too-far", start = self.start, n = n),
            ));
        }
        let offsets = [self.offset_x_mm, self.offset_y_mm];
        if offsets
            .iter()
            .any(|v| !v.is_finite() || v.abs() > MAX_OFFSET)
        {
            return Err(Error::invalid(
                "offset",
                crate::tr!("offset-too-far", max = format!("{MAX_OFFSET:.0}")),
            ));
        }
        Ok(())
    }
}

/// One label's place: (page index from 0, x, y, width, height), in mm from the top-left
/// corner of the page.
pub type LabelBox = (u32, f32, f32, f32, f32);

/// Where `count` labels go, starting at the job's start label, the printer offset included.
pub fn label_boxes(job: &LabelJob, count: usize) -> Result<Vec<LabelBox>> {
    job.check()?;
    let per_sheet = job.stock.per_sheet() as usize;
    let first = (job.start - 1) as usize;
    Ok((first..first + count)
        .map(|slot| {
            let (x, y) = job.stock.origin((slot % per_sheet) as u32);
            (
                (slot / per_sheet) as u32,
                x + job.offset_x_mm,
                y + job.offset_y_mm,
                job.stock.label_w,
                job.stock.label_h,
            )
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_stocks_fit_a4_and_f4_and_are_found_by_name() {
        for s in builtin_stocks() {
            s.check(Paper::A4).unwrap();
            s.check(Paper::F4).unwrap();
        }
        assert_eq!(find_stock(" avery l7163 ").unwrap().cols, 2);
        assert_eq!(find_stock("L9999").unwrap_err().field(), Some("stock"));
        let l7160 = find_stock("L7160").unwrap();
        let (x, y) = l7160.origin(20);
        assert!((x - (7.25 + 2.0 * 66.04)).abs() < 1e-3 && (y - (15.15 + 6.0 * 38.1)).abs() < 1e-3);
    }
}
