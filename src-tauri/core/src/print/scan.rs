//! The scan of a paper paraf as it is printed: the page reduced to a small grey picture. A photo
//! or image scan is decoded small (its 320 px thumbnail in the ledger); a PDF scan is read for
//! the picture a scanner puts on its first page (JPEG, or 8-bit grey or RGB pixels), since
//! PressDesk has no PDF rasteriser. A PDF page drawn otherwise (vectors, JBIG2, CCITT) gives
//! `None`, and the print says "paraf kertas, pindaian PDF" instead.

use std::panic::{catch_unwind, AssertUnwindSafe};

use image::{DynamicImage, GrayImage, RgbImage};
use lopdf::{Document, LoadOptions, Object};

use crate::media::{self, sniff, Format, MAX_PIXELS};

/// The scan reduced to at most `side` pixels on its long edge, in grey (a paraf is ink on
/// paper; grey keeps it small).
pub(super) fn reduced(bytes: &[u8], side: u32) -> Option<GrayImage> {
    let image = match sniff(bytes)? {
        Format::Pdf => pdf_page_picture(bytes, side)?,
        _ => media::decode_reduced(bytes, side)?,
    };
    Some(image.to_luma8())
}

/// The largest picture on the first page of a PDF, reduced. lopdf is not hardened against
/// hostile files the way the image decoders are: a panic inside it is a `None` here.
fn pdf_page_picture(bytes: &[u8], side: u32) -> Option<DynamicImage> {
    catch_unwind(AssertUnwindSafe(|| first_page_picture(bytes, side)))
        .ok()
        .flatten()
}

fn first_page_picture(bytes: &[u8], side: u32) -> Option<DynamicImage> {
    let options = LoadOptions {
        max_decompressed_size: Some((MAX_PIXELS * 3) as usize),
        ..LoadOptions::default()
    };
    let doc = Document::load_mem_with_options(bytes, options).ok()?;
    let (_, page) = doc.get_pages().into_iter().next()?;
    let images = doc.get_page_images(page).ok()?;
    let largest = images
        .iter()
        .filter(|i| i.width > 0 && i.height > 0)
        .max_by_key(|i| i.width.saturating_mul(i.height))?;
    let (w, h) = (
        u32::try_from(largest.width).ok()?,
        u32::try_from(largest.height).ok()?,
    );
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return None;
    }
    let filters: Vec<&str> = largest
        .filters
        .iter()
        .flatten()
        .map(String::as_str)
        .collect();
    let picture = match filters.as_slice() {
        ["DCTDecode"] => media::decode_reduced(largest.content, side)?,
        [] | ["FlateDecode"] => {
            let stream = doc.get_object(largest.id).ok()?.as_stream().ok()?;
            let pixels = if filters.is_empty() {
                stream.content.clone()
            } else {
                stream
                    .decompressed_content_with_limit((MAX_PIXELS * 3) as usize)
                    .ok()?
            };
            raw_picture(&doc, largest.origin_dict, pixels, w, h)?.thumbnail(side, side)
        }
        _ => return None,
    };
    Some(picture)
}

/// 8-bit grey or RGB samples, as a scanner writes them without a JPEG.
fn raw_picture(
    doc: &Document,
    dict: &lopdf::Dictionary,
    pixels: Vec<u8>,
    w: u32,
    h: u32,
) -> Option<DynamicImage> {
    if dict.get(b"BitsPerComponent").ok()?.as_i64().ok()? != 8 {
        return None;
    }
    let space = dict.get(b"ColorSpace").ok()?;
    let space = match space {
        Object::Reference(id) => doc.get_object(*id).ok()?,
        other => other,
    };
    let pixel_count = (w as usize).checked_mul(h as usize)?;
    match space.as_name().ok()? {
        b"DeviceGray" => {
            let pixels = pixels.get(..pixel_count)?.to_vec();
            GrayImage::from_raw(w, h, pixels).map(DynamicImage::ImageLuma8)
        }
        b"DeviceRGB" => {
            let pixels = pixels.get(..pixel_count.checked_mul(3)?)?.to_vec();
            RgbImage::from_raw(w, h, pixels).map(DynamicImage::ImageRgb8)
        }
        _ => None,
    }
}
