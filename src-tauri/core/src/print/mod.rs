//! Printing: PDF documents made with printpdf, DejaVu Sans embedded and subset, streams compressed,
//! images never re-encoded lossily: the release sheet, filing labels and their calibration page,
//! the numbered filing index (Daftar Arsip), the Buku Agenda ledger and the period reports.

mod canvas;
mod document;
mod fonts;
mod grid;
mod groups_pdf;
mod images;
mod index;
mod labels;
mod ledger;
mod ledger_paraf;
mod photos;
mod published_pdf;
mod qr;
mod report_pdf;
mod scan;
mod sheet;
mod shown;
mod sop_pdf;
mod stock;
mod table;
mod trail;

pub use document::{render as render_document, DocumentRequest};
pub use groups_pdf::groups_pdf;
pub use index::filing_index_pdf;
pub use labels::{folder_labels, release_labels, FolderLabel, LabelKind};
pub use ledger::{render_ledger, render_ledger_with, LedgerInput};
pub use published_pdf::published_report_pdf;
pub use report_pdf::{ledger_pdf, ledger_pdf_with, Closing};
pub use shown::Shown;
pub use sop_pdf::sop_report_pdf;
pub use stock::{builtin_stocks, calibration_page, find_stock, label_boxes};
pub use stock::{LabelBox, LabelJob, LabelStock};

use std::collections::HashSet;

use printpdf::{OffsetDateTime, PdfDocument};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::db::Store;
use crate::error::{Error, Result};
use crate::model::EvidenceKind;
use crate::office::{self, Office};
use crate::release::{self, ReleaseDetail};
use crate::timefmt;

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
                format!("Ukuran kertas «{s}» tidak dikenal; pilih A4 atau F4."),
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

/// Everything the release sheet shows; rendering reads no database.
pub struct SheetInput<'a> {
    pub office: &'a Office,
    pub detail: &'a ReleaseDetail,
    /// Image bytes by SHA-256: the logo, initials and scans (original files) and the photos
    /// (their 320 px thumbnails). `None` prints a placeholder instead of the image.
    pub images: &'a dyn Fn(&str) -> Option<Vec<u8>>,
    /// When the sheet was printed, as shown in the footer.
    pub printed_at: String,
}

/// Loads one release (by id or exact number) with the office profile and its images, and
/// renders its release sheet. The database lock is released before rendering starts.
pub fn release_sheet(store: &Store, key: &str, paper: Paper) -> Result<Vec<u8>> {
    let office = store
        .with_conn(office::get)?
        .ok_or_else(|| Error::Conflict("Profil kantor belum dibuat.".into()))?;
    let detail = release::detail(store, key)?;
    let thumbs: HashSet<&str> = detail
        .evidence
        .iter()
        .filter(|e| e.kind == EvidenceKind::Photo && e.has_thumb)
        .map(|e| e.sha256.as_str())
        .collect();
    let files = store.files();
    let images = |sha: &str| -> Option<Vec<u8>> {
        let path = if thumbs.contains(sha) {
            files.thumb_path(sha)
        } else {
            files.file_path(sha)
        };
        std::fs::read(path.ok()?).ok()
    };
    let input = SheetInput {
        office: &office,
        detail: &detail,
        images: &images,
        printed_at: timefmt::format_datetime(timefmt::now(), office.timezone),
    };
    render_release_sheet(&input, paper)
}

/// Renders the release sheet from what is given; pure, no database.
pub fn render_release_sheet(input: &SheetInput, paper: Paper) -> Result<Vec<u8>> {
    sheet::render(input, paper)
}

/// A new document with its metadata filled in: title, subject, author and today's dates.
fn new_document(title: &str, subject: &str, author: &str) -> PdfDocument {
    let mut doc = PdfDocument::new(title);
    let now = OffsetDateTime::now_utc();
    let info = &mut doc.metadata.info;
    info.document_title = title.into();
    info.subject = subject.into();
    info.author = author.into();
    info.creator = "PressDesk".into();
    info.producer = "PressDesk (printpdf 0.12.8)".into();
    info.creation_date = now;
    info.modification_date = now;
    info.metadata_date = now;
    doc
}

/// A failure inside the PDF machinery (printpdf, lopdf) is a bug, not a user's mistake: it
/// becomes [`Error::Internal`] with the renderer's own message.
fn pdf_err(e: impl std::fmt::Display) -> Error {
    Error::Internal(format!("gagal menyusun PDF: {e}"))
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
