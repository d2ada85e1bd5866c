//! What the release sheet is printed from (the sheet and its parts read it; no database).

use crate::office::Office;
use crate::release::ReleaseDetail;

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
