//! Decoding a JPEG at reduced size for its thumbnail: libjpeg (MozJPEG) scales inside the DCT,
//! so a 24 MP photo costs little more than its Huffman decoding and never becomes a 72 MB buffer.

use std::io::Cursor;
use std::panic::{catch_unwind, AssertUnwindSafe};

use image::{DynamicImage, RgbImage};
use mozjpeg::{ColorSpace, Decompress};

use super::MAX_PIXELS;

/// The decoded picture, at least `side` pixels on its longer edge (unless the photo is
/// smaller), or `None` when the file is not a JPEG libjpeg or jpeg-decoder can read whole.
/// A file whose last scan has no end marker is truncated, even though both decoders would
/// quietly fill in grey.
pub(super) fn decode_scaled(bytes: &[u8], side: u32) -> Option<DynamicImage> {
    if !ends_its_last_scan(bytes) {
        return None;
    }
    // libjpeg reports a fatal error by unwinding out of its error handler (the C code is built
    // with unwind tables for that); the unwind ends here, as a refusal. The closure owns only
    // the decoder, which is dropped on the way out, so nothing half-updated is seen afterwards.
    match catch_unwind(AssertUnwindSafe(|| decode_libjpeg(bytes, side))) {
        Ok(Some(image)) => Some(image),
        // What libjpeg cannot read (12-bit samples, for one) jpeg-decoder may: it read every
        // photo before libjpeg was used here, and no photo it accepted should now be refused.
        _ => decode_fallback(bytes, side),
    }
}

/// True when an end marker follows the last scan's start. Said as "the last end marker comes
/// after the first scan and no scan starts after it": both searches stop near the file's ends,
/// where a backward search for the last scan would read the whole 7 MB of a 24 MP photo.
fn ends_its_last_scan(bytes: &[u8]) -> bool {
    let is = |marker: u8| move |w: &[u8]| w == [0xFF, marker];
    let Some(last_end) = bytes.windows(2).rposition(is(0xD9)) else {
        return false;
    };
    let first_scan = bytes.windows(2).position(is(0xDA));
    first_scan.is_some_and(|s| s < last_end) && !bytes[last_end..].windows(2).any(is(0xDA))
}

fn decode_libjpeg(bytes: &[u8], side: u32) -> Option<DynamicImage> {
    let mut decoder = Decompress::new_mem(bytes).ok()?;
    let (width, height) = decoder.size();
    // The header is checked again here: libjpeg, not the header reader before it, decides how
    // much it allocates.
    if width == 0 || height == 0 || (width as u64) * (height as u64) > MAX_PIXELS {
        return None;
    }
    decoder.scale(scale_eighths(width.max(height), side));
    let cmyk = matches!(
        decoder.color_space(),
        ColorSpace::JCS_CMYK | ColorSpace::JCS_YCCK
    );
    // libjpeg converts grey and YCbCr to RGB itself, but not CMYK.
    let out = if cmyk {
        ColorSpace::JCS_CMYK
    } else {
        ColorSpace::JCS_RGB
    };
    let mut started = decoder.to_colorspace(out).ok()?;
    let (w, h) = (
        u32::try_from(started.width()).ok()?,
        u32::try_from(started.height()).ok()?,
    );
    let pixels: Vec<u8> = started.read_scanlines().ok()?;
    started.finish().ok()?;
    let rgb = if cmyk { cmyk_to_rgb(&pixels) } else { pixels };
    RgbImage::from_raw(w, h, rgb).map(DynamicImage::ImageRgb8)
}

/// The smallest n for which n/8 of `long` is still at least `side` (libjpeg decodes at n/8).
fn scale_eighths(long: usize, side: u32) -> u8 {
    (1u8..8)
        .find(|&n| long * usize::from(n) >= side as usize * 8)
        .unwrap_or(8)
}

/// Adobe's CMYK JPEGs store the inks inverted, so a plain product gives the RGB value.
fn cmyk_to_rgb(pixels: &[u8]) -> Vec<u8> {
    pixels
        .chunks_exact(4)
        .flat_map(|c| {
            let k = u16::from(c[3]);
            [c[0], c[1], c[2]].map(|v| (u16::from(v) * k / 255) as u8)
        })
        .collect()
}

fn decode_fallback(bytes: &[u8], side: u32) -> Option<DynamicImage> {
    let mut decoder = jpeg_decoder::Decoder::new(Cursor::new(bytes));
    decoder.set_max_decoding_buffer_size((MAX_PIXELS * 4) as usize);
    let side = u16::try_from(side).ok()?;
    decoder.scale(side, side).ok()?;
    let pixels = decoder.decode().ok()?;
    let info = decoder.info()?;
    let (w, h) = (u32::from(info.width), u32::from(info.height));
    let rgb: Vec<u8> = match info.pixel_format {
        jpeg_decoder::PixelFormat::RGB24 => pixels,
        jpeg_decoder::PixelFormat::L8 => pixels.iter().flat_map(|&l| [l, l, l]).collect(),
        jpeg_decoder::PixelFormat::L16 => pixels
            .chunks_exact(2)
            .flat_map(|c| [c[0], c[0], c[0]])
            .collect(),
        jpeg_decoder::PixelFormat::CMYK32 => cmyk_to_rgb(&pixels),
    };
    RgbImage::from_raw(w, h, rgb).map(DynamicImage::ImageRgb8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scale_keeps_the_long_side_at_least_the_thumbnail() {
        assert_eq!(scale_eighths(6000, 320), 1); // 750 px
        assert_eq!(scale_eighths(2000, 320), 2); // 500 px
        assert_eq!(scale_eighths(1000, 320), 3); // 375 px
        assert_eq!(scale_eighths(320, 320), 8);
        assert_eq!(scale_eighths(100, 320), 8);
    }

    fn encoded(image: &RgbImage) -> Vec<u8> {
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
            .encode_image(image)
            .unwrap();
        out
    }

    #[test]
    fn libjpeg_and_jpeg_decoder_agree_on_a_scaled_photo() {
        let photo = RgbImage::from_fn(1600, 1200, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, ((x + y) % 256) as u8])
        });
        let bytes = encoded(&photo);
        let a = decode_libjpeg(&bytes, 320).unwrap().into_rgb8();
        let b = decode_fallback(&bytes, 320).unwrap().into_rgb8();
        assert_eq!((a.width(), a.height()), (400, 300));
        assert_eq!((b.width(), b.height()), (400, 300));
        let diff: u64 = a
            .as_raw()
            .iter()
            .zip(b.as_raw())
            .map(|(p, q)| u64::from(p.abs_diff(*q)))
            .sum();
        assert!(
            diff / (a.as_raw().len() as u64) < 8,
            "mean difference {diff}"
        );
    }

    #[test]
    fn garbage_after_a_jpeg_header_is_refused_without_a_panic() {
        let mut bytes = encoded(&RgbImage::new(64, 64));
        let start = bytes.len() / 2;
        let end = bytes.len() - 2;
        bytes[start..end].fill(0x5A);
        // Whatever either decoder makes of it, the call returns.
        let _ = decode_scaled(&bytes, 320);
        assert!(decode_scaled(&bytes[..40], 320).is_none());
    }

    #[test]
    fn a_file_without_an_end_marker_after_its_last_scan_is_truncated() {
        let good = encoded(&RgbImage::new(64, 64));
        assert!(ends_its_last_scan(&good));
        assert!(!ends_its_last_scan(&good[..good.len() - 2]));
        let mut trailing = good.clone();
        trailing.extend_from_slice(b"camera maker's trailer");
        assert!(ends_its_last_scan(&trailing));
        // A second scan started after the end marker, cut short.
        let mut second = good.clone();
        second.extend_from_slice(&[0xFF, 0xDA, 0, 8, 1, 2, 3]);
        assert!(!ends_its_last_scan(&second));
    }
}
