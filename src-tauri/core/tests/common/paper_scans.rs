//! Paper parafs as the Kasi records them: a scanned page (JPEG, or a PDF as a scanner writes
//! it) staged and recorded in an official's name.

use lopdf::dictionary;
use pressdesk_core::evidence;
use pressdesk_core::model::Actor;
use pressdesk_core::paraf::{self, Decision, PaperParafInput, PaperReviewInput};

use super::paraf_office::Office;

/// A scanned A4 page: grey text lines, and blue initials at the foot on the right.
pub fn scanned_page(seed: u32) -> Vec<u8> {
    let (w, h) = (620u32, 877u32);
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        let text = (80..500).contains(&x) && y % 28 < 6 && (120..640).contains(&y);
        let t = x as f64 / 30.0 + f64::from(seed);
        let ink = (430..580).contains(&x) && (f64::from(y) - (760.0 + t.sin() * 35.0)).abs() < 3.5;
        if ink {
            image::Rgb([20, 30, 140])
        } else if text {
            image::Rgb([90, 90, 90])
        } else {
            image::Rgb([250, 250, 246])
        }
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&img)
        .unwrap();
    out
}

/// A PDF as a scanner writes it: one page whose only content is the scanned JPEG.
pub fn scanned_pdf(jpeg: &[u8]) -> Vec<u8> {
    use lopdf::{Document, Object, Stream};
    let mut doc = Document::with_version("1.5");
    let image = Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Image", "Width" => 620, "Height" => 877,
            "ColorSpace" => "DeviceRGB", "BitsPerComponent" => 8, "Filter" => "DCTDecode",
        },
        jpeg.to_vec(),
    );
    let image_id = doc.add_object(image);
    let content = doc.add_object(Stream::new(
        dictionary! {},
        b"q 595 0 0 842 0 0 cm /Im0 Do Q".to_vec(),
    ));
    let pages_id = doc.new_object_id();
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        "Resources" => dictionary! { "XObject" => dictionary! { "Im0" => image_id } },
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// The Kasi records a paper paraf of `who` on `release` from the scan `bytes`.
pub fn on_paper(o: &Office, release: &str, who: &Actor, d: Decision, name: &str, bytes: &[u8]) {
    let scan = evidence::stage_file(&o.store, Some(&o.kasi), name, bytes).unwrap();
    let input = PaperParafInput {
        release_id: release.into(),
        official_id: who.user().unwrap().id,
        decision: d,
        note: String::new(),
        scan_sha: scan.sha256,
    };
    paraf::record_paper_paraf(&o.store, &o.kasi, input).unwrap();
}

/// What the official types to confirm or disown paper paraf `id`.
pub fn review(id: i64, pin: &str, reason: &str) -> PaperReviewInput {
    PaperReviewInput {
        paraf_id: id,
        pin: pin.into(),
        reason: reason.into(),
    }
}
