//! The release sheet PDF checked with the real tools (qpdf, poppler): valid, fonts embedded and
//! subset, every word of a long body present across pages, A4 and F4 page sizes.

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;
use image::{Rgb, RgbImage, Rgba, RgbaImage};
use pressdesk_core::evidence;
use pressdesk_core::model::Role;
use pressdesk_core::paraf::{Decision, ParafEntry, ParafMedium};
use pressdesk_core::print::{self, Paper, SheetInput};
use pressdesk_core::release::{self, NewRelease, ReleaseDetail};
use pressdesk_core::Store;

const SENDER: &str = "Dinas Pekerjaan Umum dan Penataan Ruang";
const KADIS: &str = "Dr. Ir. Hj. Rahmawati Nur Aisyah, M.Si.";
const LAST_SENTENCE: &str =
    "Demikian siaran pers ini disampaikan untuk dipublikasikan sebagaimana mestinya.";

fn register(store: &Store, input: NewRelease) -> ReleaseDetail {
    release::register_release(store, &pressdesk_core::auth::Actor::console(), input).unwrap()
}

fn long_body() -> String {
    let paragraph =
        "Pemerintah Provinsi Kalimantan Utara melalui Dinas Pekerjaan Umum dan Penataan \
        Ruang meresmikan jembatan penghubung antardesa di Kecamatan Tanjung Palas — proyek \
        «prioritas» tahun anggaran 2026 dengan bentang 2×45 meter. Kepala Dinas menyampaikan \
        klarifikasi/hak jawab atas pemberitaan sebelumnya, menegaskan bahwa seluruh tahapan \
        lelang telah diumumkan secara terbuka dan diawasi inspektorat daerah.";
    let mut body = String::new();
    for i in 1..=9 {
        body.push_str(&format!("({i}) {paragraph}\n\n"));
    }
    body.push_str(LAST_SENTENCE);
    assert!(body.chars().count() > 3000, "{}", body.chars().count());
    body
}

/// A pen stroke on a transparent pad, as the paraf pad would save it.
fn initials_png() -> Vec<u8> {
    let (w, h) = (540u32, 270u32);
    let mut img = RgbaImage::from_pixel(w, h, Rgba([0, 0, 0, 0]));
    for x in 30i32..510 {
        let t = (x - 30) as f32 / 480.0;
        let y = 135.0 + 80.0 * (t * 9.0).sin() * (1.0 - t * 0.5);
        for dy in -4..=4 {
            for dx in -2..=2 {
                let (px, py) = ((x + dx) as u32, (y as i32 + dy) as u32);
                if px < w && py < h {
                    img.put_pixel(px, py, Rgba([20, 30, 110, 255]));
                }
            }
        }
    }
    let mut out = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

/// A photographed paper page, stored sideways with EXIF orientation 6 as phones do.
fn paper_scan() -> Vec<u8> {
    let (w, h) = (800u32, 600u32);
    let img = RgbImage::from_fn(w, h, |x, y| {
        let line = y > 60 && y < 540 && x % 40 < 3;
        let mark = x > 680 && y < 120;
        if mark {
            Rgb([190, 30, 30])
        } else if line {
            Rgb([120, 120, 120])
        } else {
            Rgb([245, 243, 235])
        }
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&img)
        .unwrap();
    with_exif(&out, 6, "2026:11:21 14:05:00")
}

/// A letterhead emblem: a blue shield with a gold disc, on a transparent background.
fn logo_png() -> Vec<u8> {
    let (w, h) = (300u32, 360u32);
    let img = RgbaImage::from_fn(w, h, |x, y| {
        let (fx, fy) = (x as f32 - 150.0, y as f32);
        let half_width = if fy < 200.0 {
            140.0
        } else {
            140.0 * (1.0 - (fy - 200.0) / 160.0)
        };
        let disc = (fx * fx + (fy - 150.0).powi(2)).sqrt() < 70.0;
        if fy < 10.0 || fx.abs() > half_width {
            Rgba([0, 0, 0, 0])
        } else if disc {
            Rgba([230, 180, 30, 255])
        } else {
            Rgba([20, 60, 140, 255])
        }
    });
    let mut out = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

fn paraf(role: Role, name: &str, medium: ParafMedium, sha: &str, seq: i64) -> ParafEntry {
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
        initials_sha: (medium == ParafMedium::Screen).then(|| sha.to_owned()),
        initials_width_mm: (medium == ParafMedium::Screen).then_some(90.0),
        initials_height_mm: (medium == ParafMedium::Screen).then_some(45.0),
        scan_sha: (medium == ParafMedium::Paper).then(|| sha.to_owned()),
        scanned_by: (medium == ParafMedium::Paper).then(|| "Siti Kasi".to_owned()),
        at: "2026-11-21T06:05:00Z".into(),
        at_display: "21 November 2026, 14.05 WITA".into(),
        revoked: None,
    }
}

fn output_dir() -> PathBuf {
    let dir = std::env::var_os("PRESSDESK_TEST_OUTPUT")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-output"));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs a PDF tool; a missing tool fails the test (the test script installs them).
fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} is needed for this test (poppler-utils, qpdf): {e}"));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{name} {args:?} failed: {text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    text
}

fn page_size(pdf: &str) -> (f64, f64) {
    let info = tool("pdfinfo", &[pdf]);
    let line = info.lines().find(|l| l.starts_with("Page size:")).unwrap();
    let nums: Vec<f64> = line
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    (nums[0], nums[1])
}

/// (subtype, filter, width, height) of every stream in the file, from qpdf's JSON.
fn streams(pdf: &str) -> Vec<(String, String, i64, i64)> {
    let json = tool("qpdf", &["--json=2", "--json-stream-data=none", pdf]);
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let objects = doc["qpdf"][1].as_object().unwrap();
    objects
        .values()
        .filter_map(|o| o.get("stream"))
        .map(|s| {
            let d = &s["dict"];
            let text = |k: &str| d[k].as_str().unwrap_or("").to_owned();
            let num = |k: &str| d[k].as_i64().unwrap_or(0);
            (
                text("/Subtype"),
                text("/Filter"),
                num("/Width"),
                num("/Height"),
            )
        })
        .collect()
}

fn check_pdf(path: &Path, detail: &ReleaseDetail, expected: (f64, f64)) -> String {
    let pdf = path.to_str().unwrap();
    tool("qpdf", &["--check", pdf]);
    let streams = streams(pdf);
    for (subtype, filter, ..) in &streams {
        assert!(
            filter == "/FlateDecode" || filter == "/DCTDecode",
            "every stream is compressed: {subtype} has filter «{filter}»"
        );
    }
    // The three photo thumbnails go in as the very JPEGs (320 px), not re-encoded.
    let thumbs = streams
        .iter()
        .filter(|(_, f, w, h)| f == "/DCTDecode" && (*w).max(*h) == 320)
        .count();
    assert_eq!(thumbs, 3, "{streams:?}");
    // The screen initials print at their true size, 90 × 45 mm.
    let qdf = std::env::temp_dir().join(format!("pressdesk-qdf-{}.pdf", std::process::id()));
    let qdf_path = qdf.to_str().unwrap();
    tool(
        "qpdf",
        &["--qdf", "--object-streams=disable", pdf, qdf_path],
    );
    let raw = String::from_utf8_lossy(&std::fs::read(&qdf).unwrap()).into_owned();
    std::fs::remove_file(&qdf).unwrap();
    let mm = |pt: f64| pt * 25.4 / 72.0;
    let true_size = raw.lines().filter(|l| l.ends_with(" cm")).any(|l| {
        let n: Vec<f64> = l
            .split_whitespace()
            .filter_map(|w| w.parse().ok())
            .collect();
        n.len() == 6 && (mm(n[0]) - 90.0).abs() < 0.05 && (mm(n[3]) - 45.0).abs() < 0.05
    });
    assert!(true_size, "initials placed at 90 × 45 mm");
    // The sideways scan (EXIF orientation 6) is turned upright by its placement matrix.
    let turned = raw.lines().filter(|l| l.ends_with(" cm")).any(|l| {
        let n: Vec<f64> = l.split_whitespace().filter_map(|w| w.parse().ok()).collect();
        n.len() == 6 && n[0] == 0.0 && n[3] == 0.0 && n[1] < 0.0 && n[2] > 0.0
    });
    assert!(turned, "the scan is rotated upright");
    let fonts = tool("pdffonts", &[pdf]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(rows.len() >= 2, "regular and bold are used:\n{fonts}");
    for row in &rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        // name type [encoding...] emb sub uni object-id gen
        assert_eq!(
            &cols[n - 5..n - 2],
            &["yes", "yes", "yes"],
            "emb/sub/uni:\n{fonts}"
        );
    }
    let (w, h) = page_size(pdf);
    assert!(
        (w - expected.0).abs() < 1.0 && (h - expected.1).abs() < 1.0,
        "page size {w} x {h}, expected {expected:?}"
    );
    let info = tool("pdfinfo", &[pdf]);
    assert!(info.contains(&format!(
        "Lembar Press Release {}",
        detail.summary.agenda_no
    )));
    let created = info
        .lines()
        .find(|l| l.starts_with("CreationDate:"))
        .unwrap_or("");
    assert!(
        !created.is_empty() && !created.contains("1970"),
        "dates are set:\n{info}"
    );
    assert!(
        !info.contains("PDF/X"),
        "no false claim of PDF/X conformance:\n{info}"
    );
    let text = tool("pdftotext", &["-enc", "UTF-8", pdf, "-"]);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for needle in [
        "LEMBAR PRESS RELEASE",
        detail.summary.agenda_no.as_str(),
        detail.summary.title.as_str(),
        SENDER,
        KADIS,
        "Halaman 1 dari",
        "Jejak audit",
        "Klarifikasi/hak jawab",
        "«prioritas»",
        "2×45 meter",
        "Tanjung Palas — proyek",
        LAST_SENTENCE,
    ] {
        assert!(flat.contains(needle), "«{needle}» missing from:\n{text}");
    }
    flat
}

#[test]
fn release_sheet_pdf_passes_the_real_tools() {
    let (_dir, store) = store();
    let mut staged = Vec::new();
    let mut images: HashMap<String, Vec<u8>> = HashMap::new();
    for (i, (w, h)) in [(1200, 800), (800, 1200), (1600, 900)]
        .into_iter()
        .enumerate()
    {
        let name = format!("foto-peresmian-jembatan-{}.jpg", i + 1);
        let file = evidence::stage_file(&store, &name, &jpeg(w, h, 40 * i as u8)).unwrap();
        staged.push((file.sha256, file.name));
    }
    let mut input = with_photos(
        release(
            "Peresmian Jembatan Antardesa — Klarifikasi/hak jawab «Tanjung Palas»",
            SENDER,
        ),
        &staged,
    );
    input.body = long_body();
    input.sender_contact = "Budi Santoso (0812-3456-7890)".into();
    input.letter_no = "600/123/DPUPR/XI/2026".into();
    input.letter_date = Some("2026-11-20".into());
    input.event_place = "Desa Tanjung Palas Hilir".into();
    input.checklist = vec!["kop".into(), "nomor".into(), "isi".into(), "foto".into()];
    input.remarks = "Foto asli diterima melalui surel; video menyusul.".into();
    let registered = register(&store, input);

    let mut detail = release::get_release(&store, &registered.summary.id).unwrap();
    for sha in detail.evidence.iter().map(|e| e.sha256.clone()) {
        let thumb = store.files().thumb_path(&sha).unwrap();
        images.insert(sha, std::fs::read(thumb).unwrap());
    }
    let initials = initials_png();
    let initials_sha = evidence::stage_file(&store, "paraf.png", &initials)
        .unwrap()
        .sha256;
    images.insert(initials_sha.clone(), initials);
    let scan = paper_scan();
    let scan_sha = evidence::stage_file(&store, "pindaian.jpg", &scan)
        .unwrap()
        .sha256;
    images.insert(scan_sha.clone(), scan);
    detail.parafs.push(paraf(
        Role::Kadis,
        KADIS,
        ParafMedium::Screen,
        &initials_sha,
        2,
    ));
    let kabid = "Andi Pratama, S.T.";
    detail
        .parafs
        .push(paraf(Role::Kabid, kabid, ParafMedium::Paper, &scan_sha, 3));

    let revoked = pressdesk_core::paraf::Revocation {
        at_display: "21 November 2026, 14.20 WITA".into(),
        by: KADIS.into(),
        reason: "Keputusan keliru; diganti paraf baru".into(),
    };
    let mut first = paraf(Role::Kadis, KADIS, ParafMedium::Screen, &initials_sha, 1);
    first.decision = Decision::Reject;
    first.decision_label = Decision::Reject.label().into();
    first.revoked = Some(revoked);
    detail.parafs.insert(0, first);

    let logo = logo_png();
    let logo_sha = evidence::stage_file(&store, "logo.png", &logo)
        .unwrap()
        .sha256;
    images.insert(logo_sha.clone(), logo);
    let mut office = store
        .with_conn(pressdesk_core::office::get)
        .unwrap()
        .unwrap();
    office.logo_sha = Some(logo_sha);
    let lookup = |sha: &str| images.get(sha).cloned();
    let input = SheetInput {
        office: &office,
        detail: &detail,
        images: &lookup,
        printed_at: "21 November 2026, 14.30 WITA".into(),
    };
    let out = output_dir();
    for (paper, name, size) in [
        (Paper::A4, "release-sheet-a4.pdf", (595.28, 841.89)),
        (Paper::F4, "release-sheet-f4.pdf", (609.45, 935.43)),
    ] {
        let bytes = print::render_release_sheet(&input, paper).unwrap();
        let path = out.join(name);
        std::fs::write(&path, &bytes).unwrap();
        let text = check_pdf(&path, &detail, size);
        assert!(
            text.contains("Andi Pratama"),
            "the Kabid's paper paraf is listed"
        );
        assert!(text.contains("dipindai oleh Siti Kasi"));
        assert!(
            text.contains("DICABUT: Keputusan keliru"),
            "the revocation is shown"
        );
        assert!(
            text.contains("Halaman 2 dari"),
            "the long body flows onto page 2"
        );
        assert!(bytes.len() < 400_000, "{name} is {} bytes", bytes.len());
    }

    // Straight from the store: no paraf yet, so the boxes to initial by hand are printed.
    let bytes = print::release_sheet(&store, &registered.summary.agenda_no, Paper::A4).unwrap();
    let path = out.join("release-sheet-unsigned-a4.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let text = check_pdf_basic(&path);
    assert!(text.contains("Belum ada paraf tercatat"), "{text}");
    assert!(text.contains(SENDER));
}

fn check_pdf_basic(path: &Path) -> String {
    let pdf = path.to_str().unwrap();
    tool("qpdf", &["--check", pdf]);
    let text = tool("pdftotext", &["-enc", "UTF-8", pdf, "-"]);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
