//! Images into the PDF without lossy re-encoding: a JPEG is embedded byte for byte
//! (DCTDecode, its EXIF orientation applied by the placement matrix); PNG and WebP are decoded
//! and stored as lossless Flate-compressed pixels with their transparency as a soft mask. Each
//! image is written to the file at once; the pages refer to it by its object.

use std::io::Cursor;

use image::{DynamicImage, ImageReader, Limits};
use pdf_writer::writers::ImageXObject;
use pdf_writer::{Chunk, Filter, Name, Ref};

use super::pdf::{deflate, PdfOut};

use crate::media::{sniff, Format, MAX_PIXELS};

/// An image added to the document, with its size as it should appear (orientation applied).
pub(super) struct Embedded {
    pub id: Ref,
    /// Width and height in pixels after the EXIF orientation is applied.
    pub width: u32,
    pub height: u32,
    orientation: u8,
}

impl Embedded {
    /// Width over height, as displayed.
    pub fn aspect(&self) -> f32 {
        self.width as f32 / self.height.max(1) as f32
    }

    /// The matrix that maps the image's unit square onto the box [left, bottom, w, h] (points),
    /// turning or mirroring it as its EXIF orientation says.
    pub fn placement(&self, [x, y, w, h]: [f32; 4]) -> [f32; 6] {
        match self.orientation {
            2 => [-w, 0.0, 0.0, h, x + w, y],
            3 => [-w, 0.0, 0.0, -h, x + w, y + h],
            4 => [w, 0.0, 0.0, -h, x, y + h],
            5 => [0.0, -h, -w, 0.0, x + w, y + h],
            6 => [0.0, -h, w, 0.0, x, y + h],
            7 => [0.0, h, w, 0.0, x, y],
            8 => [0.0, h, -w, 0.0, x + w, y],
            _ => [w, 0.0, 0.0, h, x, y],
        }
    }
}

/// Adds the image to the document; `None` when the bytes are not an image we can embed.
pub(super) fn embed(out: &mut PdfOut, bytes: &[u8]) -> Option<Embedded> {
    match sniff(bytes)? {
        Format::Jpeg => embed_jpeg(out, bytes).or_else(|| embed_pixels(out, bytes, Format::Jpeg)),
        format @ (Format::Png | Format::Webp) => embed_pixels(out, bytes, format),
        _ => None,
    }
}

/// Grey and RGB JPEGs go in as they are. CMYK ones (whose inversion conventions differ between
/// writers) return `None` and are decoded instead.
fn embed_jpeg(out: &mut PdfOut, bytes: &[u8]) -> Option<Embedded> {
    let mut decoder = jpeg_decoder::Decoder::new(Cursor::new(bytes));
    decoder.read_info().ok()?;
    let info = decoder.info()?;
    let grey = match info.pixel_format {
        jpeg_decoder::PixelFormat::L8 => true,
        jpeg_decoder::PixelFormat::RGB24 => false,
        _ => return None,
    };
    let (w, h) = (u32::from(info.width), u32::from(info.height));
    if w == 0 || h == 0 {
        return None;
    }
    let id = out.alloc();
    let mut chunk = Chunk::with_capacity(bytes.len() + 200);
    let mut image = chunk.image_xobject(id, bytes);
    image.filter(Filter::DctDecode);
    header(&mut image, w, h, grey);
    drop(image);
    out.put(id, &chunk).ok()?;
    let orientation = exif_orientation(bytes);
    let (width, height) = if orientation >= 5 { (h, w) } else { (w, h) };
    Some(Embedded {
        id,
        width,
        height,
        orientation,
    })
}

fn header(image: &mut ImageXObject, w: u32, h: u32, grey: bool) {
    let space = if grey { "DeviceGray" } else { "DeviceRGB" };
    image
        .width(i32::try_from(w).unwrap_or(i32::MAX))
        .height(i32::try_from(h).unwrap_or(i32::MAX))
        .color_space_name(Name(space.as_bytes()))
        .bits_per_component(8);
}

/// Pixels stored losslessly, deflated; a transparency channel as a soft mask.
fn add_pixels(
    out: &mut PdfOut,
    w: u32,
    h: u32,
    pixels: &[u8],
    grey: bool,
    alpha: Option<&[u8]>,
) -> Option<Ref> {
    let mask = match alpha {
        Some(alpha) => {
            let id = out.alloc();
            let packed = deflate(alpha).ok()?;
            let mut chunk = Chunk::with_capacity(packed.len() + 200);
            let mut image = chunk.image_xobject(id, &packed);
            image.filter(Filter::FlateDecode);
            header(&mut image, w, h, true);
            drop(image);
            out.put(id, &chunk).ok()?;
            Some(id)
        }
        None => None,
    };
    let id = out.alloc();
    let packed = deflate(pixels).ok()?;
    let mut chunk = Chunk::with_capacity(packed.len() + 200);
    let mut image = chunk.image_xobject(id, &packed);
    image.filter(Filter::FlateDecode);
    header(&mut image, w, h, grey);
    if let Some(mask) = mask {
        image.s_mask(mask);
    }
    drop(image);
    out.put(id, &chunk).ok()?;
    Some(id)
}

fn embed_pixels(out: &mut PdfOut, bytes: &[u8], format: Format) -> Option<Embedded> {
    let image = decode_bounded(bytes, format)?;
    let (w, h) = (image.width(), image.height());
    let (pixels, alpha) = if image.color().has_alpha() {
        let rgba = image.into_rgba8();
        let mut rgb = Vec::with_capacity(rgba.len() / 4 * 3);
        let mut alpha = Vec::with_capacity(rgba.len() / 4);
        for px in rgba.pixels() {
            rgb.extend_from_slice(&px.0[..3]);
            alpha.push(px.0[3]);
        }
        let opaque = alpha.iter().all(|&a| a == 255);
        (rgb, (!opaque).then_some(alpha))
    } else {
        (image.into_rgb8().into_raw(), None)
    };
    let id = add_pixels(out, w, h, &pixels, false, alpha.as_deref())?;
    Some(Embedded {
        id,
        width: w,
        height: h,
        orientation: 1,
    })
}

/// Adds a grey picture made for print (a reduced scan) as lossless deflated pixels.
pub(super) fn embed_gray(out: &mut PdfOut, image: &image::GrayImage) -> Option<Embedded> {
    let (w, h) = (image.width(), image.height());
    let id = add_pixels(out, w, h, image.as_raw(), true, None)?;
    Some(Embedded {
        id,
        width: w,
        height: h,
        orientation: 1,
    })
}

fn decode_bounded(bytes: &[u8], format: Format) -> Option<DynamicImage> {
    let image_format = match format {
        Format::Png => image::ImageFormat::Png,
        Format::Webp => image::ImageFormat::WebP,
        _ => image::ImageFormat::Jpeg,
    };
    let mut reader = ImageReader::with_format(Cursor::new(bytes), image_format);
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_PIXELS * 4);
    reader.limits(limits);
    let image = reader.decode().ok()?;
    (image.width() > 0 && image.height() > 0).then_some(image)
}

fn exif_orientation(bytes: &[u8]) -> u8 {
    exif::Reader::new()
        .read_from_container(&mut Cursor::new(bytes))
        .ok()
        .and_then(|exif| {
            let field = exif.get_field(exif::Tag::Orientation, exif::In::PRIMARY)?;
            u8::try_from(field.value.get_uint(0)?).ok()
        })
        .filter(|o| (1..=8).contains(o))
        .unwrap_or(1)
}
