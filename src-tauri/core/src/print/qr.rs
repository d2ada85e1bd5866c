//! QR codes as vector drawing: the `qrcode` crate gives the modules (error correction M), and
//! each run of dark modules in a row becomes one filled black rectangle; quiet zone included.

use qrcode::{Color, EcLevel, QrCode};

use super::base::pdf_err;
use super::canvas::Canvas;
use crate::error::Result;

/// Light modules kept around the code, on each side (the standard asks for 4; 2 reads fine
/// with phone and desk scanners and leaves the labels more room).
pub(super) const QUIET: usize = 2;

/// The modules of `text`, row by row, and the number of modules on a side.
pub(super) fn modules(text: &str) -> Result<(usize, Vec<bool>)> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).map_err(pdf_err)?;
    let dark = code
        .to_colors()
        .into_iter()
        .map(|m| m == Color::Dark)
        .collect();
    Ok((code.width(), dark))
}

/// The side in mm of one module when the code with its quiet zone fills `side` mm.
pub(super) fn module_mm(text: &str, side: f32) -> Result<f32> {
    let (width, _) = modules(text)?;
    Ok(side / (width + 2 * QUIET) as f32)
}

/// Draws the code of `text` as a square of `side` mm (quiet zone included) at (x, y).
pub(super) fn draw(c: &mut Canvas, text: &str, x: f32, y: f32, side: f32) -> Result<()> {
    let (width, dark) = modules(text)?;
    let m = side / (width + 2 * QUIET) as f32;
    let (x0, y0) = (x + QUIET as f32 * m, y + QUIET as f32 * m);
    for (row, cells) in dark.chunks(width).enumerate() {
        let mut col = 0;
        while col < width {
            if !cells[col] {
                col += 1;
                continue;
            }
            let run = cells[col..].iter().take_while(|d| **d).count();
            // A hair of overlap with the next row so no white seams show when rasterised.
            let top = y0 + row as f32 * m;
            c.rect(
                x0 + col as f32 * m,
                top,
                run as f32 * m,
                m + 0.01,
                Some(0.0),
                None,
            );
            col += run;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_archive_number_makes_a_small_code() {
        let (width, dark) = modules("007/PR/DISKOMINFO/XI/2026").unwrap();
        assert_eq!(width, 25, "version 2 at level M");
        assert_eq!(dark.len(), width * width);
        assert!((module_mm("007/PR/DISKOMINFO/XI/2026", 29.0).unwrap() - 1.0).abs() < 1e-6);
    }
}
