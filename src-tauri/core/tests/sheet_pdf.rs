//! The release sheet PDF checked with the real tools (qpdf, poppler): valid, streams compressed,
//! fonts embedded and subset, every word of a long body present across pages, A4 and F4 sizes.

mod common;

use std::collections::HashMap;

use common::pdf_tools::*;
use common::*;
use image::{Rgb, RgbImage, Rgba, RgbaImage};
use pressdesk_core::evidence;
use pressdesk_core::model::{Actor, Role};
use pressdesk_core::office::{self, Office};
use pressdesk_core::paraf::{Decision, ParafEntry, ParafMedium, Revocation};
use pressdesk_core::print::{self, Paper, SheetInput};
use pressdesk_core::release::{self, ReleaseDetail};
use pressdesk_core::Store;

const SENDER: &str = "Dinas Pekerjaan Umum dan Penataan Ruang";
const KADIS: &str = "Dr. Ir. Hj. Rahmawati Nur Aisyah, M.Si.";
const LAST_SENTENCE: &str =
    "Demikian siaran pers ini disampaikan untuk dipublikasikan sebagaimana mestinya.";

fn long_body() -> String {
    let paragraph = "Pemerintah Provinsi Kalimantan Utara melalui Dinas Pekerjaan Umum dan \
        Penataan Ruang meresmikan jembatan penghubung antardesa di Kecamatan Tanjung Palas — \
        proyek «prioritas» tahun anggaran 2026 dengan bentang 2×45 meter. Kepala Dinas \
        menyampaikan klarifikasi/hak jawab atas pemberitaan sebelumnya, menegaskan bahwa \
        seluruh tahapan lelang telah diumumkan secara terbuka dan diawasi inspektorat daerah.";
    let body: String = (1..=9).map(|i| format!("({i}) {paragraph}\n\n")).collect();
    let body = body + LAST_SENTENCE;
    assert!(body.chars().count() > 3000);
    body
}

fn png(img: &RgbaImage) -> Vec<u8> {
    let mut out = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

/// A pen stroke on a transparent pad, as the paraf pad saves it.
fn initials_png() -> Vec<u8> {
    png(&RgbaImage::from_fn(540, 270, |x, y| {
        let t = x as f32 / 540.0;
        let stroke = 135.0 + 80.0 * (t * 9.0).sin() * (1.0 - t * 0.5);
        let ink = x > 30 && x < 510 && (y as f32 - stroke).abs() < 5.0;
        Rgba(if ink {
            [20, 30, 110, 255]
        } else {
            [0, 0, 0, 0]
        })
    }))
}

/// A letterhead emblem: a blue shield with a gold disc, on a transparent background.
fn logo_png() -> Vec<u8> {
    png(&RgbaImage::from_fn(300, 360, |x, y| {
        let (fx, fy) = (x as f32 - 150.0, y as f32);
        let half_width = 140.0 * (1.0 - ((fy - 200.0) / 160.0).max(0.0));
        let disc = fx.hypot(fy - 150.0) < 70.0;
        Rgba(match () {
            _ if fy < 10.0 || fx.abs() > half_width => [0, 0, 0, 0],
            _ if disc => [230, 180, 30, 255],
            _ => [20, 60, 140, 255],
        })
    }))
}

/// A photographed paper page, stored sideways with EXIF orientation 6 as phones do.
fn paper_scan() -> Vec<u8> {
    let img = RgbImage::from_fn(800, 600, |x, y| match () {
        _ if x > 680 && y < 120 => Rgb([190, 30, 30]),
        _ if y > 60 && y < 540 && x % 40 < 3 => Rgb([120, 120, 120]),
        _ => Rgb([245, 243, 235]),
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&img)
        .unwrap();
    with_exif(&out, 6, "2026:11:21 14:05:00")
}

fn paraf(role: Role, name: &str, medium: ParafMedium, sha: &str, seq: i64) -> ParafEntry {
    let screen = medium == ParafMedium::Screen;
    ParafEntry {
        id: seq,
        step_seq: seq,
        user_name: name.into(),
        user_nip: "197501012000031001".into(),
        role,
        role_label: role.label().into(),
        decision: Decision::Approve,
        decision_label: Decision::Approve.label().into(),
        note: "Layak tayang; perbaiki ejaan «Tanjung Palas» pada paragraf kedua.".into(),
        medium,
        initials_sha: screen.then(|| sha.to_owned()),
        initials_width_mm: screen.then_some(90.0),
        initials_height_mm: screen.then_some(45.0),
        scan_sha: (!screen).then(|| sha.to_owned()),
        scanned_by: (!screen).then(|| "Siti Kasi".to_owned()),
        review: None,
        at: "2026-11-21T06:05:00Z".into(),
        at_display: "21 November 2026, 14.05 WITA".into(),
        revoked: None,
    }
}

struct Fixture {
    _dir: tempfile::TempDir,
    store: Store,
    office: Office,
    detail: ReleaseDetail,
    images: HashMap<String, Vec<u8>>,
}

/// A registered release with a long body and 3 photos, a logo, and three parafs (a revoked
/// one, the Kadis on screen, the Kabid on paper) whose images are staged like real ones.
fn fixture() -> Fixture {
    let (dir, store) = store();
    let mut images = HashMap::new();
    let mut stage = |name: &str, bytes: Vec<u8>| {
        let sha = evidence::stage_file(&store, Some(&Actor::console()), name, &bytes)
            .unwrap()
            .sha256;
        images.insert(sha.clone(), bytes);
        sha
    };
    let photos: Vec<(String, String)> = [(1200, 800), (800, 1200), (1600, 900)]
        .into_iter()
        .enumerate()
        .map(|(i, (w, h))| {
            let name = format!("foto-peresmian-jembatan-{}.jpg", i + 1);
            (stage(&name, jpeg(w, h, 40 * i as u8)), name)
        })
        .collect();
    let initials = stage("paraf.png", initials_png());
    let scan = stage("pindaian.jpg", paper_scan());
    let logo = stage("logo.png", logo_png());

    let title = "Peresmian Jembatan Antardesa — Klarifikasi/hak jawab «Tanjung Palas»";
    let mut input = with_photos(release(title, SENDER), &photos);
    input.body = long_body();
    input.sender_contact = "Budi Santoso (0812-3456-7890)".into();
    input.letter_no = "600/123/DPUPR/XI/2026".into();
    input.letter_date = Some("2026-11-20".into());
    input.event_place = "Desa Tanjung Palas Hilir".into();
    input.checklist = vec!["kop".into(), "nomor".into(), "isi".into(), "foto".into()];
    input.remarks = "Foto asli diterima melalui surel; video menyusul.".into();
    let registered = release::register_release(&store, &Actor::console(), input).unwrap();

    let mut detail =
        release::get_release(&store, &Actor::console(), &registered.summary.id).unwrap();
    // The contact sheet prints the 320 px thumbnails, as `print::release_sheet` loads them.
    for (sha, _) in &photos {
        let thumb = std::fs::read(store.files().thumb_path(sha).unwrap()).unwrap();
        images.insert(sha.clone(), thumb);
    }
    let mut revoked = paraf(Role::Kadis, KADIS, ParafMedium::Screen, &initials, 1);
    revoked.decision = Decision::Reject;
    revoked.decision_label = Decision::Reject.label().into();
    revoked.revoked = Some(Revocation {
        at_display: "21 November 2026, 14.20 WITA".into(),
        by: KADIS.into(),
        reason: "Keputusan keliru; diganti paraf baru".into(),
    });
    let kabid = "Andi Pratama, S.T.";
    detail.parafs = vec![
        revoked,
        paraf(Role::Kadis, KADIS, ParafMedium::Screen, &initials, 2),
        paraf(Role::Kabid, kabid, ParafMedium::Paper, &scan, 3),
    ];
    let mut office = store.with_db(office::get).unwrap().unwrap();
    office.logo_sha = Some(logo);
    Fixture {
        _dir: dir,
        store,
        office,
        detail,
        images,
    }
}

fn numbers(line: &str) -> Vec<f64> {
    line.split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect()
}

/// Every stream is compressed, and the photo thumbnails are the very JPEGs (320 px, DCT).
fn check_streams(pdf: &str) {
    let json = tool("qpdf", &["--json=2", "--json-stream-data=none", pdf]);
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let mut jpegs_320 = 0;
    let objects = doc["qpdf"][1].as_object().unwrap();
    for stream in objects.values().filter_map(|o| o.get("stream")) {
        let dict = &stream["dict"];
        let filter = dict["/Filter"].as_str().unwrap_or("none");
        let compressed = matches!(filter, "/FlateDecode" | "/DCTDecode");
        assert!(compressed, "uncompressed stream: {dict}");
        let side = dict["/Width"].as_i64().max(dict["/Height"].as_i64());
        if filter == "/DCTDecode" && side == Some(320) {
            jpegs_320 += 1;
        }
    }
    assert_eq!(jpegs_320, 3, "three photo thumbnails embedded as they are");
}

/// Image placements: the screen initials at their true 90 × 45 mm, the sideways scan turned.
fn check_placements(pdf: &str) {
    let qdf = std::env::temp_dir().join(format!("pressdesk-qdf-{}.pdf", std::process::id()));
    let qdf_path = qdf.to_str().unwrap();
    tool(
        "qpdf",
        &["--qdf", "--object-streams=disable", pdf, qdf_path],
    );
    let raw = String::from_utf8_lossy(&std::fs::read(&qdf).unwrap()).into_owned();
    std::fs::remove_file(&qdf).unwrap();
    let matrices: Vec<Vec<f64>> = raw
        .lines()
        .filter(|l| l.ends_with(" cm"))
        .map(numbers)
        .filter(|n| n.len() == 6)
        .collect();
    let mm = |pt: f64| pt * 25.4 / 72.0;
    let true_size = |m: &Vec<f64>| (mm(m[0]) - 90.0).abs() < 0.05 && (mm(m[3]) - 45.0).abs() < 0.05;
    assert!(matrices.iter().any(true_size), "initials at 90 × 45 mm");
    let turned = |m: &Vec<f64>| m[0] == 0.0 && m[3] == 0.0 && m[1] < 0.0 && m[2] > 0.0;
    assert!(matrices.iter().any(turned), "scan not turned");
}

fn check_fonts_and_info(pdf: &str, detail: &ReleaseDetail, size: (f64, f64)) {
    let fonts = assert_valid_with_embedded_fonts(pdf);
    assert!(fonts >= 2, "regular and bold are used: {fonts} fonts");
    let info = tool("pdfinfo", &[pdf]);
    let field = |name: &str| info.lines().find(|l| l.starts_with(name)).unwrap_or("");
    let page = numbers(field("Page size:"));
    assert!(
        (page[0] - size.0).abs() < 1.0 && (page[1] - size.1).abs() < 1.0,
        "page size {page:?}, expected {size:?}"
    );
    let title = format!("Lembar Press Release {}", detail.summary.agenda_no);
    assert!(field("Title:").ends_with(&title), "{info}");
    let created = field("CreationDate:");
    assert!(!created.is_empty() && !created.contains("1970"), "{info}");
    // No false claim of PDF/X conformance.
    assert!(!info.contains("PDF/X"), "{info}");
}

#[test]
fn release_sheet_pdf_passes_the_real_tools() {
    let f = fixture();
    let lookup = |sha: &str| f.images.get(sha).cloned();
    let input = SheetInput {
        office: &f.office,
        detail: &f.detail,
        images: &lookup,
        printed_at: "21 November 2026, 14.30 WITA".into(),
    };
    for (paper, name, size) in [
        (Paper::A4, "release-sheet-a4.pdf", (595.28, 841.89)),
        (Paper::F4, "release-sheet-f4.pdf", (609.45, 935.43)),
    ] {
        let bytes = print::render_release_sheet(&input, paper).unwrap();
        assert!(bytes.len() < 400_000, "{name} is {} bytes", bytes.len());
        let path = output_dir().join(name);
        std::fs::write(&path, &bytes).unwrap();
        let pdf = path.to_str().unwrap();
        tool("qpdf", &["--check", pdf]);
        check_streams(pdf);
        check_placements(pdf);
        check_fonts_and_info(pdf, &f.detail, size);
        let text = text_of(pdf);
        let summary = &f.detail.summary;
        for needle in [
            "LEMBAR PRESS RELEASE",
            summary.agenda_no.as_str(),
            summary.title.as_str(),
            SENDER,
            KADIS,
            "Andi Pratama",
            "dipindai oleh Siti Kasi",
            "DICABUT: Keputusan keliru",
            "Halaman 1 dari",
            "Halaman 2 dari",
            "Jejak audit",
            "Klarifikasi/hak jawab",
            "«prioritas»",
            "2×45 meter",
            "Tanjung Palas — proyek",
            // The last sentence of the long body: nothing is lost across pages.
            LAST_SENTENCE,
        ] {
            assert!(
                text.contains(needle),
                "{name}: «{needle}» missing from:\n{text}"
            );
        }
    }
}

#[test]
fn sheet_from_the_store_has_boxes_to_initial_by_hand() {
    let f = fixture();
    let key = &f.detail.summary.agenda_no;
    let bytes = print::release_sheet(&f.store, key, Paper::A4).unwrap();
    let path = output_dir().join("release-sheet-unsigned-a4.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let pdf = path.to_str().unwrap();
    tool("qpdf", &["--check", pdf]);
    check_streams(pdf);
    let text = text_of(pdf);
    for needle in [
        "Belum ada paraf tercatat",
        "Kadis",
        "Kabid",
        SENDER,
        LAST_SENTENCE,
    ] {
        assert!(text.contains(needle), "«{needle}» missing from:\n{text}");
    }
}
