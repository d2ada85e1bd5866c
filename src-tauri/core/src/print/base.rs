//! What every print file shares and nothing else depends on: paper sizes, millimetres and
//! points, inks and text styles, fitting a picture in a box, and the PDF machinery's error.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};

pub(super) const PT_PER_MM: f32 = 72.0 / 25.4;

/// The paper the document is laid out for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Paper {
    /// 210 × 297 mm
    A4,
    /// 215 × 330 mm (folio), common in Indonesian offices
    F4,
}

impl Paper {
    pub fn parse(s: &str) -> Result<Paper> {
        match s.trim().to_ascii_lowercase().as_str() {
            "a4" => Ok(Paper::A4),
            "f4" => Ok(Paper::F4),
            _ => Err(Error::invalid(
                "paper",
                crate::i18n::for_user(|| crate::tr!("paper-unknown", value = s)),
            )),
        }
    }

    /// Width and height in mm, portrait.
    pub fn size_mm(self) -> (f32, f32) {
        match self {
            Paper::A4 => (210.0, 297.0),
            Paper::F4 => (215.0, 330.0),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Weight {
    Regular,
    Bold,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Ink {
    Black,
    Grey,
    Light,
    Red,
}

impl Ink {
    /// Grey level (0 black, 1 white), or RGB for red.
    pub fn rgb(self) -> Option<[f32; 3]> {
        (self == Ink::Red).then_some([0.72, 0.07, 0.07])
    }

    pub fn grey(self) -> f32 {
        match self {
            Ink::Black | Ink::Red => 0.0,
            Ink::Grey => 0.35,
            Ink::Light => 0.55,
        }
    }
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

/// A length in points to the hundredth (0.0035 mm, far below a printer's dot): the shortest
/// numbers in the content streams, so smaller pages that deflate faster.
pub(super) fn r2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

/// The largest (w, h) with the given aspect (w / h) inside max_w × max_h.
pub(super) fn fit(aspect: f32, max_w: f32, max_h: f32) -> (f32, f32) {
    if aspect >= max_w / max_h {
        (max_w, max_w / aspect)
    } else {
        (max_h * aspect, max_h)
    }
}

/// A failure inside the PDF machinery (fonts, deflate, the sink) is a bug or a full disk, not a
/// user's mistake: it becomes [`Error::Internal`] with the machinery's own message.
pub(super) fn pdf_err(e: impl std::fmt::Display) -> Error {
    Error::Internal(crate::i18n::for_user(|| {
        crate::tr!("pdf-failed", error = e)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paper_names() {
        assert_eq!(Paper::parse("A4").unwrap(), Paper::A4);
        assert_eq!(Paper::parse(" f4 ").unwrap(), Paper::F4);
        assert_eq!(Paper::parse("letter").unwrap_err().field(), Some("paper"));
        assert_eq!(serde_json::to_string(&Paper::F4).unwrap(), r#""f4""#);
    }
}
