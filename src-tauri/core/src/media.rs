//! Recognising and checking evidence files: what they are by their content (not their name),
//! bounded decoding that never panics, EXIF orientation and capture time, and thumbnails.

mod jpeg;
mod limits;

use std::io::Cursor;

use image::{DynamicImage, ImageReader, Limits, RgbImage};

use crate::error::{Error, Result};

pub use limits::{MAX_FILE_BYTES, MAX_PIXELS, THUMB_SIZE};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jpeg,
    Png,
    Webp,
    Pdf,
    Mp4,
    Matroska,
    Avi,
}

impl Format {
    pub fn mime(self) -> &'static str {
        match self {
            Format::Jpeg => "image/jpeg",
            Format::Png => "image/png",
            Format::Webp => "image/webp",
            Format::Pdf => "application/pdf",
            Format::Mp4 => "video/mp4",
            Format::Matroska => "video/webm",
            Format::Avi => "video/x-msvideo",
        }
    }

    pub fn is_image(self) -> bool {
        matches!(self, Format::Jpeg | Format::Png | Format::Webp)
    }

    pub fn is_video(self) -> bool {
        matches!(self, Format::Mp4 | Format::Matroska | Format::Avi)
    }
}

/// What intake learned from a file's bytes.
#[derive(Debug)]
pub struct Inspected {
    pub format: Format,
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// EXIF DateTimeOriginal as `YYYY-MM-DDTHH:MM:SS` (the camera's local time).
    pub captured_at: Option<String>,
    pub thumbnail: Option<Vec<u8>>,
}

/// Recognises the format from the first bytes; the file name is only used in messages.
pub fn sniff(bytes: &[u8]) -> Option<Format> {
    let at = |i: usize, magic: &[u8]| bytes.get(i..i + magic.len()) == Some(magic);
    if at(0, &[0xFF, 0xD8, 0xFF]) {
        Some(Format::Jpeg)
    } else if at(0, b"\x89PNG\r\n\x1a\n") {
        Some(Format::Png)
    } else if at(0, b"RIFF") && at(8, b"WEBP") {
        Some(Format::Webp)
    } else if at(0, b"RIFF") && at(8, b"AVI ") {
        Some(Format::Avi)
    } else if at(0, b"%PDF-") {
        Some(Format::Pdf)
    } else if at(4, b"ftyp") {
        Some(Format::Mp4)
    } else if at(0, &[0x1A, 0x45, 0xDF, 0xA3]) {
        Some(Format::Matroska)
    } else {
        None
    }
}

/// Checks a file completely and makes its thumbnail. Every refusal names the file.
pub fn inspect(name: &str, bytes: &[u8]) -> Result<Inspected> {
    let refuse = |msg: String| Error::media("evidence", msg);
    if bytes.is_empty() {
        return Err(refuse(crate::tr!("err-berkas-kosong-0-bita", name = name)));
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(refuse(crate::tr!(
            "err-berkas-terlalu-besar-batasnya-200-2",
            name = name,
            size = human_size(bytes.len() as u64)
        )));
    }
    let Some(format) = sniff(bytes) else {
        return Err(refuse(crate::tr!(
            "err-berkas-bukan-foto-jpeg-png",
            name = name
        )));
    };
    match format {
        Format::Pdf => {
            let tail = &bytes[bytes.len().saturating_sub(2048)..];
            if !tail.windows(5).any(|w| w == b"%%EOF") {
                return Err(refuse(crate::tr!(
                    "err-berkas-pdf-terpotong-atau-rusak",
                    name = name
                )));
            }
            Ok(Inspected {
                format,
                width: None,
                height: None,
                captured_at: None,
                thumbnail: None,
            })
        }
        f if f.is_video() => Ok(Inspected {
            format,
            width: None,
            height: None,
            captured_at: None,
            thumbnail: None,
        }),
        _ => inspect_image(name, format, bytes),
    }
}

fn inspect_image(name: &str, format: Format, bytes: &[u8]) -> Result<Inspected> {
    let broken = || {
        Error::media(
            "evidence",
            crate::tr!("err-foto-rusak-atau-terpotong", name = name),
        )
    };
    let (width, height) = ImageReader::with_format(Cursor::new(bytes), image_format(format))
        .into_dimensions()
        .map_err(|_| broken())?;
    let pixels = u64::from(width) * u64::from(height);
    if pixels > MAX_PIXELS {
        return Err(Error::media(
            "evidence",
            crate::tr!(
                "err-foto-berukuran-piksel-megapiksel-batasnya",
                name = name,
                width = width,
                height = height,
                v__000_000 = pixels / 1_000_000
            ),
        ));
    }
    let exif = exif::Reader::new()
        .read_from_container(&mut Cursor::new(bytes))
        .ok();
    let image = match format {
        Format::Jpeg => jpeg::decode_scaled(bytes, THUMB_SIZE).ok_or_else(broken)?,
        _ => match decode_bounded(bytes, format) {
            Ok(image) => image,
            // A decompression bomb: small on disk, too large once unpacked.
            Err(image::ImageError::Limits(_)) => {
                return Err(Error::media(
                    "evidence",
                    crate::tr!(
                        "err-foto-terlalu-besar-untuk-dibuka",
                        name = name,
                        v__000_000 = MAX_PIXELS * 4 / 1_000_000
                    ),
                ))
            }
            Err(_) => return Err(broken()),
        },
    };
    let mut thumb = image.thumbnail(THUMB_SIZE, THUMB_SIZE);
    let orientation = exif.as_ref().and_then(exif_orientation);
    if let Some(orientation) = orientation {
        thumb.apply_orientation(orientation);
    }
    let thumbnail = encode_jpeg(&flatten(thumb)).ok_or_else(broken)?;
    // The size a person sees: a phone held upright stores its picture sideways and says so in
    // EXIF, and every viewer (this app's too) turns it before showing it.
    let (width, height) = if orientation.is_some_and(turns_sideways) {
        (height, width)
    } else {
        (width, height)
    };
    Ok(Inspected {
        format,
        width: Some(width),
        height: Some(height),
        captured_at: exif.as_ref().and_then(exif_capture_time),
        thumbnail: Some(thumbnail),
    })
}

/// A picture decoded small, at most `side` pixels on its long edge (a JPEG is scaled inside
/// the DCT, never decoded whole), for printing; `None` when it is not a readable image.
pub(crate) fn decode_reduced(bytes: &[u8], side: u32) -> Option<DynamicImage> {
    let image = match sniff(bytes)? {
        Format::Jpeg => jpeg::decode_scaled(bytes, side)?,
        format @ (Format::Png | Format::Webp) => decode_bounded(bytes, format).ok()?,
        _ => return None,
    };
    Some(if image.width().max(image.height()) > side {
        image.thumbnail(side, side)
    } else {
        image
    })
}

fn image_format(format: Format) -> image::ImageFormat {
    match format {
        Format::Png => image::ImageFormat::Png,
        Format::Webp => image::ImageFormat::WebP,
        _ => image::ImageFormat::Jpeg,
    }
}

fn decode_bounded(bytes: &[u8], format: Format) -> image::ImageResult<DynamicImage> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), image_format(format));
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_PIXELS * 4);
    reader.limits(limits);
    reader.decode()
}

/// Transparent PNGs get a white background, as they would on paper.
fn flatten(image: DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.into_rgb8();
    }
    let rgba = image.into_rgba8();
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let p = rgba.get_pixel(x, y).0;
        let a = u16::from(p[3]);
        image::Rgb([0, 1, 2].map(|i| ((u16::from(p[i]) * a + 255 * (255 - a)) / 255) as u8))
    })
}

fn encode_jpeg(image: &RgbImage) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 82)
        .encode_image(image)
        .ok()?;
    Some(out)
}

fn exif_orientation(exif: &exif::Exif) -> Option<image::metadata::Orientation> {
    let field = exif.get_field(exif::Tag::Orientation, exif::In::PRIMARY)?;
    let value = field.value.get_uint(0)?;
    image::metadata::Orientation::from_exif(u8::try_from(value).ok()?)
}

/// Orientations 5 to 8 turn the picture a quarter: its width and height swap on screen.
fn turns_sideways(orientation: image::metadata::Orientation) -> bool {
    use image::metadata::Orientation::*;
    matches!(
        orientation,
        Rotate90 | Rotate270 | Rotate90FlipH | Rotate270FlipH
    )
}

fn exif_capture_time(exif: &exif::Exif) -> Option<String> {
    let field = exif
        .get_field(exif::Tag::DateTimeOriginal, exif::In::PRIMARY)
        .or_else(|| exif.get_field(exif::Tag::DateTime, exif::In::PRIMARY))?;
    let exif::Value::Ascii(ref parts) = field.value else {
        return None;
    };
    let dt = exif::DateTime::from_ascii(parts.first()?).ok()?;
    Some(format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
        dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second
    ))
}

pub fn human_size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 => format!("{:.1} GB", b as f64 / f64::from(1u32 << 30)),
        b if b >= 1 << 20 => format!("{:.1} MB", b as f64 / f64::from(1u32 << 20)),
        b if b >= 1 << 10 => format!("{:.0} KB", b as f64 / 1024.0),
        b => crate::tr!("size-bytes", n = b),
    }
}
