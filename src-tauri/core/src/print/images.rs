//! Images into the PDF without lossy re-encoding: a JPEG is embedded byte for byte
//! (DCTDecode, its EXIF orientation applied by the placement matrix); PNG and WebP are decoded
//! and stored as lossless Flate-compressed pixels with their transparency as a soft mask.

use std::collections::BTreeMap;
use std::io::Cursor;

use image::{DynamicImage, ImageReader, Limits};
use printpdf::{DictItem, ExternalStream, ExternalXObject, PdfDocument, Px, XObjectId};

use crate::media::{sniff, Format, MAX_PIXELS};

/// An image added to the document, with its size as it should appear (orientation applied).
pub(super) struct Embedded {
    pub id: XObjectId,
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

fn name(s: &str) -> DictItem {
    DictItem::Name(s.as_bytes().to_vec())
}

fn int(v: u32) -> DictItem {
    DictItem::Int(i64::from(v))
}

fn image_dict(width: u32, height: u32, color_space: &str) -> BTreeMap<String, DictItem> {
    BTreeMap::from([
        ("Type".to_owned(), name("XObject")),
        ("Subtype".to_owned(), name("Image")),
        ("Width".to_owned(), int(width)),
        ("Height".to_owned(), int(height)),
        ("ColorSpace".to_owned(), name(color_space)),
        ("BitsPerComponent".to_owned(), int(8)),
    ])
}

/// Adds the image to the document; `None` when the bytes are not an image we can embed.
pub(super) fn embed(doc: &mut PdfDocument, bytes: &[u8]) -> Option<Embedded> {
    match sniff(bytes)? {
        Format::Jpeg => embed_jpeg(doc, bytes).or_else(|| embed_pixels(doc, bytes, Format::Jpeg)),
        format @ (Format::Png | Format::Webp) => embed_pixels(doc, bytes, format),
        _ => None,
    }
}

/// Grey and RGB JPEGs go in as they are. CMYK ones (whose inversion conventions differ between
/// writers) return `None` and are decoded instead.
fn embed_jpeg(doc: &mut PdfDocument, bytes: &[u8]) -> Option<Embedded> {
    let mut decoder = jpeg_decoder::Decoder::new(Cursor::new(bytes));
    decoder.read_info().ok()?;
    let info = decoder.info()?;
    let color_space = match info.pixel_format {
        jpeg_decoder::PixelFormat::L8 => "DeviceGray",
        jpeg_decoder::PixelFormat::RGB24 => "DeviceRGB",
        _ => return None,
    };
    let (w, h) = (u32::from(info.width), u32::from(info.height));
    if w == 0 || h == 0 {
        return None;
    }
    let mut dict = image_dict(w, h, color_space);
    dict.insert("Filter".to_owned(), name("DCTDecode"));
    let orientation = exif_orientation(bytes);
    let id = add(doc, dict, bytes.to_vec(), false, w, h);
    let (width, height) = if orientation >= 5 { (h, w) } else { (w, h) };
    Some(Embedded {
        id,
        width,
        height,
        orientation,
    })
}

fn embed_pixels(doc: &mut PdfDocument, bytes: &[u8], format: Format) -> Option<Embedded> {
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
    let mut dict = image_dict(w, h, "DeviceRGB");
    if let Some(alpha) = alpha {
        let mask = ExternalStream {
            dict: image_dict(w, h, "DeviceGray"),
            content: alpha,
            compress: true,
        };
        dict.insert("SMask".to_owned(), DictItem::Stream { stream: mask });
    }
    // Left unfiltered here: the final compression pass deflates it (lossless).
    let id = add(doc, dict, pixels, true, w, h);
    Some(Embedded {
        id,
        width: w,
        height: h,
        orientation: 1,
    })
}

/// Adds a grey picture made for print (a reduced scan) as lossless Flate-compressed pixels.
pub(super) fn embed_gray(doc: &mut PdfDocument, image: &image::GrayImage) -> Embedded {
    let (w, h) = (image.width(), image.height());
    let dict = image_dict(w, h, "DeviceGray");
    let id = add(doc, dict, image.as_raw().clone(), true, w, h);
    Embedded {
        id,
        width: w,
        height: h,
        orientation: 1,
    }
}

fn add(
    doc: &mut PdfDocument,
    dict: BTreeMap<String, DictItem>,
    content: Vec<u8>,
    compress: bool,
    w: u32,
    h: u32,
) -> XObjectId {
    doc.add_xobject(&ExternalXObject {
        stream: ExternalStream {
            dict,
            content,
            compress,
        },
        width: Some(Px(w as usize)),
        height: Some(Px(h as usize)),
        dpi: None,
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
