//! Paper parafs in print: the ledger and the release sheet show the scan of a paper paraf and
//! whether its official confirmed it; a PDF scan without a picture prints a clear placeholder.

mod common;

use chrono::Datelike;
use common::paper_scans::*;
use common::paraf_office::*;
use common::pdf_tools::*;
use common::*;
use lopdf::dictionary;
use pressdesk_core::paraf::{self, Decision};
use pressdesk_core::period::Period;
use pressdesk_core::print::{self, Paper};
use pressdesk_core::reports;

#[test]
fn the_ledger_and_the_sheet_print_the_scan_of_a_paper_paraf_and_whether_it_was_confirmed() {
    let o = office();
    let r = checked(&o, "Kunjungan kerja Gubernur", 8).summary.id;
    on_paper(
        &o,
        &r,
        &o.kadis,
        Decision::Approve,
        "scan.jpg",
        &scanned_page(8),
    );
    let pdf_scan = scanned_pdf(&scanned_page(9));
    on_paper(&o, &r, &o.kabid, Decision::Approve, "scan.pdf", &pdf_scan);
    let kadis_paraf = paraf::paper_parafs_to_confirm(&o.store, &o.kadis).unwrap()[0].paraf_id;
    paraf::confirm_paper_paraf(&o.store, &o.kadis, review(kadis_paraf, PIN, "")).unwrap();

    let now = chrono::Utc::now() + chrono::Duration::hours(8);
    let period = Period::Month {
        year: now.year(),
        month: now.month(),
    };
    let rows =
        reports::ledger_rows(&o.store, &pressdesk_core::model::Actor::console(), &period).unwrap();
    let kadis = rows[0].paraf_kadis.as_ref().unwrap();
    assert!(kadis.paper && kadis.confirmed && kadis.scan_sha.is_some());
    assert!(!rows[0].paraf_kabid.as_ref().unwrap().confirmed);
    assert_eq!(rows[0].texts()[7], "ya (kertas, dikonfirmasi)");

    let ledger = print::ledger_pdf(&o.store, &period, Paper::A4).unwrap();
    let path = write("ledger-paper-paraf.pdf", &ledger);
    tool("qpdf", &["--check", &path]);
    let text = text_of(&path);
    assert!(text.contains("kertas, dikonfirmasi"), "{text}");
    assert!(text.contains("kertas, belum dikonfirmasi"), "{text}");
    assert!(
        !text.contains("pindaian PDF"),
        "the PDF scan's page is printed: {text}"
    );
    let images = tool("pdfimages", &["-list", &path]);
    // The photo scan's 320 px thumbnail as it is, and the PDF scan's page decoded and reduced.
    let scans: Vec<&str> = images.lines().skip(2).collect();
    assert_eq!(scans.len(), 2, "both scans: {images}");
    assert!(scans.iter().any(|l| l.contains(" jpeg ")), "{images}");
    assert!(scans.iter().any(|l| l.contains(" gray ")), "{images}");
    for line in scans {
        let cols: Vec<&str> = line.split_whitespace().collect();
        let (w, h): (u32, u32) = (cols[3].parse().unwrap(), cols[4].parse().unwrap());
        assert!(w.max(h) <= 320 && h > w, "a small portrait page: {line}");
    }
    tool(
        "pdftoppm",
        &["-png", "-r", "60", &path, &path.replace(".pdf", "")],
    );

    let sheet = print::release_sheet(&o.store, &r, Paper::A4).unwrap();
    let path = write("sheet-paper-paraf.pdf", &sheet);
    tool("qpdf", &["--check", &path]);
    let text = text_of(&path);
    assert!(text.contains("Dikonfirmasi Drs. Yusuf Abdullah"), "{text}");
    assert!(
        text.contains("Belum dikonfirmasi oleh Fransiska Lenny"),
        "{text}"
    );
    assert!(text.contains("dipindai oleh Rahmat Hidayat"), "{text}");
    let images = tool("pdfimages", &["-list", &path]);
    // The JPEG scan as it is, the PDF scan's page reduced, and the evidence photo.
    assert!(images.contains(" jpeg "), "{images}");
    assert!(images.lines().any(|l| l.contains(" gray ")), "{images}");
    tool(
        "pdftoppm",
        &["-png", "-r", "60", &path, &path.replace(".pdf", "")],
    );
}

#[test]
fn a_pdf_scan_without_a_picture_prints_a_clear_placeholder() {
    let o = office();
    let r = checked(&o, "Sosialisasi", 10).summary.id;
    // A page drawn with vectors only: nothing a scanner would put there.
    let mut doc = lopdf::Document::with_version("1.5");
    let content = doc.add_object(lopdf::Stream::new(
        dictionary! {},
        b"0 0 1 RG 2 w 400 100 m 500 140 l S".to_vec(),
    ));
    let pages_id = doc.new_object_id();
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    doc.objects.insert(
        pages_id,
        lopdf::Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    on_paper(&o, &r, &o.kadis, Decision::Approve, "vektor.pdf", &bytes);

    let now = chrono::Utc::now() + chrono::Duration::hours(8);
    let period = Period::Month {
        year: now.year(),
        month: now.month(),
    };
    let ledger = print::ledger_pdf(&o.store, &period, Paper::A4).unwrap();
    let text = text_of(&write("ledger-pdf-placeholder.pdf", &ledger));
    assert!(text.contains("paraf kertas, pindaian PDF"), "{text}");
    assert!(text.contains("belum dikonfirmasi"), "{text}");
    let sheet = print::release_sheet(&o.store, &r, Paper::A4).unwrap();
    let text = text_of(&write("sheet-pdf-placeholder.pdf", &sheet));
    assert!(text.contains("pindaian PDF"), "{text}");
}

/// Not a check but a measurement (run with `--ignored --nocapture`): the ledger of a month of
/// releases whose parafs are all on paper, each with its own scan, against the same month on
/// screen.
#[test]
#[ignore]
fn measure_the_ledger_with_a_paper_paraf_on_every_release() {
    let o = office();
    let n = 300;
    let ids: Vec<String> = (0..n)
        .map(|i| {
            checked(&o, &format!("Rilis {i}"), (i % 250) as u8)
                .summary
                .id
        })
        .collect();
    let now = chrono::Utc::now() + chrono::Duration::hours(8);
    let period = Period::Month {
        year: now.year(),
        month: now.month(),
    };
    let time = |label: &str| {
        let start = std::time::Instant::now();
        let pdf = print::ledger_pdf(&o.store, &period, Paper::A4).unwrap();
        println!(
            "{label}: {n} releases, {:.0} ms, {} KB",
            start.elapsed().as_secs_f64() * 1000.0,
            pdf.len() / 1024
        );
    };
    time("no paraf");
    for (i, id) in ids.iter().enumerate() {
        on_paper(
            &o,
            id,
            &o.kadis,
            Decision::Approve,
            "scan.jpg",
            &scanned_page(i as u32),
        );
    }
    time("a paper paraf with its own scan on every release");
}
