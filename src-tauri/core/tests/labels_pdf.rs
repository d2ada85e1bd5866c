//! Filing labels and the Daftar Arsip from real archived releases, checked with the real tools:
//! label geometry against Avery's figures and the calibration PDF's own rectangles, QR codes
//! decoded by zbarimg, fonts embedded and subset, voided numbers kept in the index.

mod common;

use std::process::Command;

use common::filed_year::*;
use common::pdf_tools::*;
use pressdesk_core::filing::{self, IndexFolder, LabelItem};
use pressdesk_core::model::Actor;
use pressdesk_core::office::Office;
use pressdesk_core::print::{self, FolderLabel, LabelJob, LabelKind, LabelStock, Paper};

fn check_pdf(pdf: &str, title: &str) {
    assert_valid_with_embedded_fonts(pdf);
    let info = tool("pdfinfo", &[pdf]);
    let field = |name: &str| info.lines().find(|l| l.starts_with(name)).unwrap_or("");
    assert!(field("Title:").ends_with(title), "{info}");
    let created = field("CreationDate:");
    assert!(!created.is_empty() && !created.contains("1970"), "{info}");
}

/// The rectangles (`re`) of every page's content, in mm from the page's top-left: (x, y, w, h).
fn rectangles(pdf: &str, page_height_mm: f64) -> Vec<(f64, f64, f64, f64)> {
    let tmp = tempfile::tempdir().unwrap();
    let qdf = tmp.path().join("qdf.pdf");
    tool(
        "qpdf",
        &[
            "--qdf",
            "--object-streams=disable",
            pdf,
            qdf.to_str().unwrap(),
        ],
    );
    let raw = String::from_utf8_lossy(&std::fs::read(&qdf).unwrap()).into_owned();
    let mm = |pt: f64| pt * 25.4 / 72.0;
    raw.lines()
        .filter_map(|l| l.trim().strip_suffix(" re"))
        .map(|l| {
            let n: Vec<f64> = l.split_whitespace().map(|w| w.parse().unwrap()).collect();
            let (w, h) = (mm(n[2]), mm(n[3]));
            (mm(n[0]), page_height_mm - mm(n[1]) - h, w, h)
        })
        .collect()
}

fn job(stock: LabelStock, paper: Paper, start: u32) -> LabelJob {
    LabelJob {
        stock,
        paper,
        start,
        offset_x_mm: 0.0,
        offset_y_mm: 0.0,
    }
}

fn user_stock() -> LabelStock {
    LabelStock {
        name: "Map ordner 2×5".into(),
        label_w: 90.0,
        label_h: 50.0,
        cols: 2,
        rows: 5,
        margin_left: 12.0,
        margin_top: 20.0,
        gap_x: 6.0,
        gap_y: 4.5,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.2
}

#[test]
fn label_boxes_sit_where_the_stock_says_and_the_calibration_page_draws_them() {
    // name, label w × h, cols × rows, left, top, horizontal and vertical pitch (Avery, A4).
    let mut expected = vec![
        ("L7160", 63.5, 38.1, 3, 7, 7.25, 15.15, 66.04, 38.1),
        ("L7163", 99.1, 38.1, 2, 7, 4.65, 15.15, 101.6, 38.1),
        ("L4731", 25.4, 10.0, 7, 27, 8.45, 13.5, 27.94, 10.0),
    ];
    let user = user_stock();
    expected.push(("Map ordner 2×5", 90.0, 50.0, 2, 5, 12.0, 20.0, 96.0, 54.5));
    for (name, w, h, cols, rows, left, top, px, py) in expected {
        let stock = if name == user.name {
            user.clone()
        } else {
            print::find_stock(name).unwrap()
        };
        for (paper, height) in [(Paper::A4, 297.0), (Paper::F4, 330.0)] {
            let j = job(stock.clone(), paper, 1);
            let n = cols * rows;
            let boxes = print::label_boxes(&j, n).unwrap();
            assert_eq!(boxes.len(), n);
            for (i, &(page, x, y, bw, bh)) in boxes.iter().enumerate() {
                let (col, row) = ((i % cols) as f64, (i / cols) as f64);
                assert_eq!(page, 0);
                let want = (left + col * px, top + row * py);
                assert!(
                    close(x.into(), want.0) && close(y.into(), want.1),
                    "{name} label {}: ({x}, {y}) != {want:?}",
                    i + 1
                );
                assert!(close(bw.into(), w) && close(bh.into(), h), "{name} size");
            }
            // A used sheet: label 5 first, and the sheet after the last label starts over.
            let from5 = print::label_boxes(&job(stock.clone(), paper, 5), n).unwrap();
            assert_eq!(from5[0], boxes[4], "{name}: start at label 5");
            assert_eq!((from5[n - 4].0, from5[n - 4].1), (1, boxes[0].1));
            // The printer offset moves everything.
            let shifted = LabelJob {
                offset_x_mm: 1.5,
                offset_y_mm: -0.8,
                ..j.clone()
            };
            let moved = print::label_boxes(&shifted, 1).unwrap()[0];
            assert!(close(moved.1.into(), left + 1.5) && close(moved.2.into(), top - 0.8));

            // The calibration page outlines exactly these boxes (and draws no other box).
            for calibrated in [&j, &shifted] {
                let bytes = print::calibration_page(calibrated).unwrap();
                let tmp = tempfile::tempdir().unwrap();
                let mut pdf = tmp
                    .path()
                    .join("calibration.pdf")
                    .to_str()
                    .unwrap()
                    .to_owned();
                if name == "L7160" && paper == Paper::A4 && calibrated == &j {
                    pdf = write("calibration-l7160-a4.pdf", &bytes);
                } else {
                    std::fs::write(&pdf, &bytes).unwrap();
                }
                tool("qpdf", &["--check", &pdf]);
                let drawn = rectangles(&pdf, height);
                let want = print::label_boxes(calibrated, n).unwrap();
                assert_eq!(drawn.len(), want.len(), "{name} {paper:?}: {drawn:?}");
                for (d, b) in drawn.iter().zip(&want) {
                    let b = (b.1.into(), b.2.into(), b.3.into(), b.4.into());
                    let same = close(d.0, b.0) && close(d.1, b.1) && close(d.2, b.2);
                    assert!(
                        same && close(d.3, b.3),
                        "{name} {paper:?}: drawn {d:?}, label {b:?}"
                    );
                }
            }
        }
    }
}

fn live_numbers(items: &[LabelItem]) -> Vec<String> {
    let mut numbers: Vec<String> = items.iter().map(|i| i.archive_no.clone()).collect();
    numbers.sort();
    numbers
}

/// The QR codes of every page, decoded by zbarimg at 300 dpi.
fn decoded(pdf: &str) -> Vec<String> {
    let tmp = tempfile::tempdir().unwrap();
    let prefix = tmp.path().join("page");
    tool(
        "pdftoppm",
        &["-r", "300", "-png", pdf, prefix.to_str().unwrap()],
    );
    let mut found = Vec::new();
    for entry in std::fs::read_dir(tmp.path()).unwrap() {
        let path = entry.unwrap().path();
        let out = Command::new("zbarimg")
            .args(["--raw", "-q", path.to_str().unwrap()])
            .output()
            .expect("zbarimg (zbar-tools) is needed for this test");
        found.extend(
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .map(str::to_owned),
        );
    }
    found.sort();
    found
}

#[test]
fn release_labels_read_back_as_text_and_as_qr_codes() {
    let f = fixture();
    let items = filing::label_items(&f.store, f.year, None, None).unwrap();
    assert_eq!(items.len(), 12, "the voided number gets no label");
    let l7160 = print::find_stock("L7160").unwrap();
    let bytes = print::release_labels(&items, &f.office, &job(l7160, Paper::A4, 5)).unwrap();
    let pdf = write("labels-l7160-a4.pdf", &bytes);
    check_pdf(&pdf, "Label Nomor Arsip — L7160");
    let text = text_of(&pdf);
    for item in &items {
        assert!(
            text.contains(&item.archive_no),
            "{} missing:\n{text}",
            item.archive_no
        );
    }
    assert!(!text.contains(&f.voided), "voided {} printed", f.voided);
    assert!(text.contains("Vaksinasi") && text.contains('…'), "{text}");
    assert_eq!(decoded(&pdf), live_numbers(&items));

    // The other stocks: wide labels on F4, and the tiny L4731 across two sheets.
    let l7163 = print::find_stock("L7163").unwrap();
    let bytes = print::release_labels(&items, &f.office, &job(l7163, Paper::F4, 3)).unwrap();
    let pdf = write("labels-l7163-f4.pdf", &bytes);
    check_pdf(&pdf, "Label Nomor Arsip — L7163");
    assert_eq!(decoded(&pdf), live_numbers(&items));
    let l4731 = print::find_stock("L4731").unwrap();
    let bytes = print::release_labels(&items, &f.office, &job(l4731, Paper::A4, 185)).unwrap();
    let pdf = write("labels-l4731-a4.pdf", &bytes);
    check_pdf(&pdf, "Label Nomor Arsip — L4731");
    assert!(tool("pdfinfo", &[&pdf]).contains("Pages:           2"));
    let raw = tool("pdftotext", &["-raw", "-enc", "UTF-8", &pdf, "-"]);
    let text = raw
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("/ ", "/");
    for item in &items {
        assert!(
            text.contains(&item.archive_no),
            "{} missing:\n{text}",
            item.archive_no
        );
    }
}

#[test]
fn folder_spine_and_drawer_labels() {
    let f = fixture();
    let index = filing::filing_index(&f.store, &Actor::console(), f.year).unwrap();
    let l7163 = print::find_stock("L7163").unwrap();
    let spine_stock = LabelStock {
        name: "Punggung ordner".into(),
        label_w: 38.0,
        label_h: 190.0,
        cols: 4,
        rows: 1,
        margin_left: 15.0,
        margin_top: 50.0,
        gap_x: 6.0,
        gap_y: 0.0,
    };
    for (kind, stock, name) in [
        (
            LabelKind::Folder,
            l7163.clone(),
            "folder-labels-l7163-a4.pdf",
        ),
        (LabelKind::Drawer, l7163, "drawer-labels-l7163-a4.pdf"),
        (LabelKind::Spine, spine_stock, "spine-labels-a4.pdf"),
    ] {
        let labels = FolderLabel::from_index(f.year, &index, kind);
        assert_eq!(labels.len(), 1);
        assert_eq!(labels[0].range, "No. 001–013");
        let bytes = print::folder_labels(&labels, &job(stock, Paper::A4, 1), kind).unwrap();
        let pdf = write(name, &bytes);
        tool("qpdf", &["--check", &pdf]);
        let text = text_of(&pdf);
        let want = format!("Arsip Press Release {}", f.year);
        assert!(
            text.contains(&want) && text.contains("No. 001–013"),
            "{name}: {text}"
        );
        assert!(text.contains("Lemari A"), "{name}: {text}");
    }
}

#[test]
fn the_daftar_arsip_lists_every_number_with_the_voided_one_marked() {
    let f = fixture();
    let index = filing::filing_index(&f.store, &Actor::console(), f.year).unwrap();
    assert_eq!(index.len(), 1);
    assert_eq!(index[0].entries.len(), 13);
    let printed = "21 November 2026, 14.30 WITA";
    let bytes = print::filing_index_pdf(&f.office, f.year, &index, Paper::A4, printed).unwrap();
    let pdf = write("daftar-arsip-a4.pdf", &bytes);
    check_pdf(
        &pdf,
        &format!("Daftar Arsip Press Release Tahun {}", f.year),
    );
    let text = text_of(&pdf);
    let heading = format!("DAFTAR ARSIP PRESS RELEASE TAHUN {}", f.year);
    for needle in [
        heading.as_str(),
        "Lemari A · Laci 1 · Map 2026-01",
        "Press release Januari",
        "DIBATALKAN — Salah nomor",
        "Halaman 1 dari",
        "Dicetak 21 November 2026",
        SENDERS[0],
        f.voided.as_str(),
    ] {
        assert!(text.contains(needle), "«{needle}» missing from:\n{text}");
    }
    for entry in &index[0].entries {
        assert!(text.contains(&entry.archive_no), "{}", entry.archive_no);
    }

    // A long year on F4: the table runs over pages, the heading and the column titles repeat.
    let mut long: IndexFolder = index[0].clone();
    let many: Vec<_> = (0..8).flat_map(|_| index[0].entries.clone()).collect();
    long.entries = many;
    let mut second = index[0].clone();
    second.folder = "2026-02".into();
    second.location = "Lemari A · Laci 2 · Map 2026-02".into();
    let folders = [long, second];
    let bytes = print::filing_index_pdf(&f.office, f.year, &folders, Paper::F4, printed).unwrap();
    let pdf = write("daftar-arsip-long-f4.pdf", &bytes);
    tool("qpdf", &["--check", &pdf]);
    let pages: usize = tool("pdfinfo", &[&pdf])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(pages >= 3, "{pages} pages");
    let text = text_of(&pdf);
    assert!(
        text.contains(&format!("Halaman {pages} dari {pages}")),
        "{text}"
    );
    assert!(text.contains("(lanjutan)") && text.contains("Lemari A · Laci 2 · Map 2026-02"));
    assert!(
        text.matches("No. arsip").count() >= pages,
        "column titles on every page"
    );
}

#[test]
fn bad_label_requests_are_refused_with_the_field_named() {
    let office = Office {
        name: "Diskominfo".into(),
        unit_code: "DISKOMINFO".into(),
        address: "Tanjung Selor".into(),
        timezone: pressdesk_core::model::TimeZone::WITA,
        logo_sha: None,
    };
    let item = LabelItem {
        archive_no: "001/PR/DISKOMINFO/I/2026".into(),
        seq: 1,
        title: "Uji".into(),
        date_display: "2 Januari 2026".into(),
        location: "Lemari A · Laci 1 · Map 2026-01".into(),
    };
    let l7160 = print::find_stock("L7160").unwrap();
    let too_far = job(l7160.clone(), Paper::A4, 22);
    let err = print::release_labels(std::slice::from_ref(&item), &office, &too_far).unwrap_err();
    assert_eq!(err.field(), Some("start"));
    assert_eq!(
        err.to_string(),
        "Label mulai ke-22 melebihi 21 label pada satu lembar."
    );
    let err = print::label_boxes(&job(l7160.clone(), Paper::A4, 0), 1).unwrap_err();
    assert_eq!(err.field(), Some("start"));

    let err = print::find_stock("L9999").unwrap_err();
    assert_eq!(err.field(), Some("stock"));
    assert!(
        err.to_string()
            .starts_with("Stok label «L9999» tidak dikenal"),
        "{err}"
    );
    let wide = LabelStock {
        cols: 4,
        ..l7160.clone()
    };
    let err = print::calibration_page(&job(wide, Paper::F4, 1)).unwrap_err();
    assert_eq!(err.field(), Some("stock"));
    assert!(err.to_string().contains("tidak muat di kertas F4"), "{err}");

    let err = print::release_labels(&[], &office, &job(l7160.clone(), Paper::A4, 1)).unwrap_err();
    assert_eq!(err.field(), Some("labels"));
    assert_eq!(err.to_string(), "Tidak ada nomor arsip untuk dicetak.");
    let err = print::folder_labels(&[], &job(l7160.clone(), Paper::A4, 1), LabelKind::Folder);
    assert_eq!(err.unwrap_err().field(), Some("labels"));
    let off = LabelJob {
        offset_x_mm: 25.0,
        ..job(l7160, Paper::A4, 1)
    };
    assert_eq!(
        print::label_boxes(&off, 1).unwrap_err().field(),
        Some("offset")
    );
}
