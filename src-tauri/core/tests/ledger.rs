//! The Buku Agenda ledger, its exports and the period reports on a month of realistic releases:
//! PDFs checked with qpdf and poppler (every agenda number and title, in order), XLSX and CSV
//! read back, and the SOP time report's counts against the step timings.

mod common;

use common::pdf_tools::*;
mod ledger_fixture;

use std::io::Cursor;

use ledger_fixture::{october, world, KADIS, LAST_WORDS, LONG_SENDER};
use std::sync::{Arc, Mutex};

use chrono::Datelike;
use pressdesk_core::job::{Job, Jobs};
use pressdesk_core::model::{Actor, TimeZone};
use pressdesk_core::period::Period;
use pressdesk_core::print::{self, DocumentRequest, Paper};
use pressdesk_core::reports::{self, LedgerRow};
use pressdesk_core::{timefmt, Error};

/// Valid, every font embedded and subset, every stream compressed.
fn check_pdf(pdf: &str, title: &str) {
    assert_valid_with_embedded_fonts(pdf);
    let info = tool("pdfinfo", &[pdf]);
    assert!(
        info.contains(&format!("Title:           {title}")),
        "{info}"
    );
    assert!(!info.contains("1970"), "real dates: {info}");
    let json = tool("qpdf", &["--json=2", "--json-stream-data=none", pdf]);
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    for stream in doc["qpdf"][1]
        .as_object()
        .unwrap()
        .values()
        .filter_map(|o| o.get("stream"))
    {
        let filter = stream["dict"]["/Filter"].as_str().unwrap_or("none");
        assert!(
            matches!(filter, "/FlateDecode" | "/DCTDecode"),
            "{}",
            stream["dict"]
        );
    }
}

/// Finds each needle after the previous one; panics naming the first missing.
fn in_order<'a>(haystack: &str, needles: impl IntoIterator<Item = &'a str>) {
    let mut at = 0;
    for needle in needles {
        match haystack[at..].find(needle) {
            Some(i) => at += i + needle.len(),
            None => panic!("«{needle}» not found (in order) after byte {at}"),
        }
    }
}

fn check_ledger(pdf: &str, rows: &[LedgerRow], size: &str) {
    check_pdf(pdf, "Buku Agenda Press Release Oktober 2026");
    let info = tool("pdfinfo", &[pdf]);
    assert!(info.contains(size), "landscape {size}: {info}");
    let layout = tool("pdftotext", &["-layout", "-enc", "UTF-8", pdf, "-"]);
    assert!(layout.contains("BUKU AGENDA PRESS RELEASE"));
    assert!(layout.contains("Periode: Oktober 2026"));
    assert!(layout.contains("Halaman 1 dari"));
    assert!(layout.contains("Mengetahui"));
    assert!(layout.contains(KADIS));
    assert!(layout.contains("NIP. 19680512 199303 1 004"));
    assert!(layout.contains("Tanjung Selor, "));
    assert!(layout.contains("Kepala rantai audit: "));
    assert!(!layout.contains("Di luar periode"));
    // Every page but one holding only the sign-off starts with the column titles.
    let pages = layout.matches('\u{c}').count();
    let headers = layout.matches("Judul").count();
    assert!(
        headers == pages || headers + 1 == pages,
        "{headers} headers, {pages} pages"
    );
    in_order(&layout, rows.iter().map(|r| r.agenda_no.as_str()));
    // In content order each cell's lines come together: whole titles, wrapped or not.
    let raw = collapse(&tool("pdftotext", &["-raw", "-enc", "UTF-8", pdf, "-"]));
    in_order(
        &raw,
        rows.iter()
            .flat_map(|r| [r.agenda_no.as_str(), r.title.as_str()]),
    );
    assert!(raw.contains(LONG_SENDER));
    assert!(raw.contains("Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"));
    // A remark running over several pages loses nothing.
    in_order(
        &raw,
        ["Catatan panjang"].into_iter().chain(LAST_WORDS.split(' ')),
    );
    for word in ["Catatan", "tentang", "berkas."] {
        assert_eq!(raw.matches(word).count(), 60, "{word}");
    }
    assert!(raw.contains("kertas"));
    assert!(raw.contains("Lemari A · Laci 1 · Map 2026-01"));
}

#[test]
fn ledger_exports_and_reports_of_a_month() {
    let w = world();
    let rows = &w.rows;
    assert_eq!(rows.len(), 25, "only October's releases");
    let numbers: Vec<&str> = rows.iter().map(|r| r.agenda_no.as_str()).collect();
    let expected: Vec<String> = (2..=26).map(|n| format!("{n:03}/2026")).collect();
    assert_eq!(numbers, expected);
    let count = |d: &str| rows.iter().filter(|r| r.decision == d).count();
    assert_eq!(
        (count("Disetujui"), count("Tidak disetujui"), count("—")),
        (15, 3, 7)
    );
    assert_eq!(
        rows.iter().filter(|r| r.online_display.is_some()).count(),
        10
    );
    assert_eq!(rows.iter().filter(|r| r.archive_no.is_some()).count(), 9);
    assert!(rows[2].paraf_kabid.as_ref().unwrap().paper);
    assert!(rows[0].paraf_kadis.as_ref().unwrap().initials_sha.is_some());
    assert!(rows[20].paraf_kadis.is_none() && rows[0].evidence_count == 1);
    assert_eq!(
        rows[0].location.as_deref(),
        Some("Lemari A · Laci 1 · Map 2026-01")
    );

    let a4 = print::ledger_pdf(&w.store, &october(), Paper::A4).unwrap();
    check_ledger(&write("ledger-a4.pdf", &a4), rows, "841.89 x 595.276 pts");
    let f4_request = DocumentRequest::Ledger {
        period: october(),
        paper: Paper::F4,
    };
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&seen);
    let job = Job::new(move |p| sink.lock().unwrap().push(p.percent));
    let (f4, name) =
        print::render_document(&w.store, &Actor::console(), &f4_request, &job).unwrap();
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.first(), Some(&0), "{seen:?}");
    assert!(seen.last().is_some_and(|&p| p >= 98), "{seen:?}");
    assert!(
        seen.windows(2).all(|w| w[0] < w[1]),
        "one step per percent: {seen:?}"
    );

    // Cancelled half-way through the layout, the ledger stops with the "cancelled" error.
    let jobs = Jobs::default();
    let cancelled = jobs.run(
        "ledger",
        |_| {},
        |job| {
            jobs.cancel("ledger");
            print::render_document(&w.store, &Actor::console(), &f4_request, job)
        },
    );
    assert!(matches!(cancelled, Err(Error::Cancelled)));
    assert_eq!(name, "buku-agenda-2026-10.pdf");
    check_ledger(&write("ledger-f4.pdf", &f4), rows, "935.433 x 609.449 pts");

    let xlsx = reports::export_agenda(&w.store, &Actor::console(), &october(), "xlsx").unwrap();
    write("buku-agenda.xlsx", &xlsx);
    use calamine::{Reader, Xlsx};
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(xlsx)).unwrap();
    let sheet = book.worksheet_range("Buku Agenda").unwrap();
    let read: Vec<(String, String)> = sheet
        .rows()
        .skip(1)
        .map(|r| (r[0].to_string(), r[4].to_string()))
        .collect();
    let want: Vec<(String, String)> = rows
        .iter()
        .map(|r| (r.agenda_no.clone(), r.title.clone()))
        .collect();
    assert_eq!(read, want);
    assert_eq!(sheet.rows().next().unwrap()[0].to_string(), "No. agenda");

    let csv_bytes = reports::export_agenda(&w.store, &Actor::console(), &october(), "csv").unwrap();
    let mut csv = csv::Reader::from_reader(csv_bytes.as_slice());
    assert_eq!(&csv.headers().unwrap()[0], "No. agenda");
    let records: Vec<csv::StringRecord> = csv.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), rows.len());
    assert_eq!(&records[3][4], rows[3].title.as_str());
    assert_eq!(&records[0][7], "ya");
    assert!(reports::export_agenda(&w.store, &Actor::console(), &october(), "ods").is_err());
}

#[test]
fn sop_and_published_reports() {
    let w = world();
    // Steps are timed when they end, which is now: the report of this month (office time).
    let today = timefmt::local_date(timefmt::now(), TimeZone::WITA);
    let (year, month) = (today.year(), today.month());
    let report = reports::sop_time_report(&w.store, &Actor::console(), year, None).unwrap();
    let closed = common::count(
        &w.store,
        "SELECT count(*) FROM step_timings WHERE ended_at IS NOT NULL",
    );
    let counted: i64 = report.steps.iter().map(|s| s.overall.count).sum();
    assert_eq!(counted, closed);
    assert!(closed >= 27 + 18 + 18 + 10 + 9, "{closed}");
    for step in &report.steps {
        let by_month: i64 = step.months.iter().map(|m| m.stats.count).sum();
        let by_person: i64 = step.people.iter().map(|p| p.stats.count).sum();
        assert_eq!(
            (by_month, by_person),
            (step.overall.count, step.overall.count)
        );
        assert_eq!(step.months.len(), 12);
    }
    let sop = print::sop_report_pdf(&w.store, year, Some(month), Paper::A4).unwrap();
    let path = write("sop-report.pdf", &sop);
    let title = format!(
        "Laporan Waktu Layanan SOP {} {year}",
        timefmt::month_name(month)
    );
    check_pdf(&path, &title);
    let text = collapse(&tool(
        "pdftotext",
        &["-layout", "-enc", "UTF-8", &path, "-"],
    ));
    assert!(
        text.contains("mutu baku 7 mnt 0 dtk") && text.contains("Dewi Anggraini"),
        "{text}"
    );

    let published =
        reports::published_report(&w.store, &Actor::console(), &Period::Year { year: 2026 })
            .unwrap();
    assert_eq!(published.len(), 10);
    assert_eq!(published[0].operator, "Dewi Anggraini");
    let pdf =
        print::published_report_pdf(&w.store, &Period::Year { year: 2026 }, Paper::A4).unwrap();
    let path = write("published-report.pdf", &pdf);
    check_pdf(&path, "Laporan Penyebarluasan Press Release Tahun 2026");
    let raw = collapse(&tool("pdftotext", &["-raw", "-enc", "UTF-8", &path, "-"]));
    in_order(&raw, published.iter().map(|p| p.title.as_str()));
    assert!(raw.contains("rilis-9"));
}
