//! The archivist's lists in the national columns from real files: the Daftar Berkas, the
//! Daftar Isi Berkas and the retention lists of a year, read back with pdftotext and compared
//! with the files and items as core reads them, column by column, for a year with a voided
//! number, a moved release, a closed and an open file and a rahasia release (masked for a
//! user who may not open it); fonts embedded, qpdf clean, the XLSX of the same rows.

mod common;

use common::paraf_office::*;
use common::pdf_tools::*;
use common::*;
use pressdesk_core::access::Security;
use pressdesk_core::archive::{self, BerkasInput, ClassifyInput, DueKind, ListKind};
use pressdesk_core::filing::{self, ArchiveInput, NewFolder};
use pressdesk_core::job::Job;
use pressdesk_core::model::{Actor, Role};
use pressdesk_core::paraf::Decision;
use pressdesk_core::print::{
    find_stock, render_document, DocumentRequest, LabelJob, LabelKind, Paper,
};

struct Year {
    o: Office,
    archivist: Actor,
    operator: Actor,
    year: i32,
    voided: String,
    secret_title: String,
}

fn folder(o: &Office, code: &str) {
    let f = NewFolder {
        cabinet: "A".into(),
        drawer: "1".into(),
        code: code.into(),
        name: String::new(),
        capacity: 50,
    };
    filing::add_folder(&o.store, &Actor::console(), f).unwrap();
}

/// Five releases archived; one number voided and given again, one release moved to another
/// folder, one marked rahasia; file 1 (three items) closed, file 2 (one item) open, file 3
/// (PR.03.02, musnah after 1 + 1 years) closed with one item.
fn build() -> Year {
    let o = office();
    let archivist = person(
        &o.store,
        "Agus Salim",
        "198511202010011002",
        Role::Archivist,
    );
    let operator = person(
        &o.store,
        "Dewi Operator",
        "199001012015032001",
        Role::Operator,
    );
    folder(&o, "2026-PR");
    folder(&o, "2026-PR-B");
    let titles = [
        "Peresmian Jembatan Antardesa Tanjung Palas",
        "Rapat Koordinasi Penanganan Banjir Bulungan",
        "Vaksinasi Massal di Tarakan",
        "Klarifikasi Berita Jalan Provinsi",
        "Undangan Liputan Gubernur",
    ];
    let mut ids = Vec::new();
    let mut numbers = Vec::new();
    for (i, t) in titles.iter().enumerate() {
        let id = checked(&o, t, i as u8 + 1).summary.id;
        sign(&o, &o.kadis, &[&id], Decision::Reject, drawn(&o, 3)).unwrap();
        sign(&o, &o.kabid, &[&id], Decision::Approve, drawn(&o, 5)).unwrap();
        let input = ArchiveInput {
            release_id: id.clone(),
            folder: Some("2026-PR".into()),
            archived_on: None,
        };
        numbers.push(
            filing::archive_release(&o.store, &archivist, input)
                .unwrap()
                .archive_no,
        );
        ids.push(id);
    }
    let voided = numbers[3].clone();
    filing::void_archive_no(&o.store, &archivist, &voided, "Salah nomor").unwrap();
    let again = ArchiveInput {
        release_id: ids[3].clone(),
        folder: Some("2026-PR".into()),
        archived_on: None,
    };
    filing::archive_release(&o.store, &archivist, again).unwrap();
    filing::move_release(&o.store, &archivist, &ids[2], "2026-PR-B").unwrap();
    let open = |code: &str, description: &str| {
        let input = BerkasInput {
            code: code.into(),
            description: description.into(),
            folder: Some("2026-PR".into()),
            ..BerkasInput::default()
        };
        archive::open_berkas(&o.store, &archivist, input).unwrap()
    };
    let first = open("PR.01.01", "Siaran pers kegiatan pembangunan daerah");
    for id in &ids[..3] {
        archive::add_to_berkas(&o.store, &archivist, &first.number, id).unwrap();
    }
    let secret = ClassifyInput {
        release_id: ids[1].clone(),
        code: None,
        security: Some(Security::Rahasia),
    };
    archive::classify_release(&o.store, &archivist, secret).unwrap();
    archive::close_berkas(&o.store, &archivist, &first.number, None).unwrap();
    // The archivist gives the other two their own codes: one file, one code.
    let recode = |id: &str, code: &str| {
        let input = ClassifyInput {
            release_id: id.into(),
            code: Some(code.into()),
            security: None,
        };
        archive::classify_release(&o.store, &archivist, input).unwrap();
    };
    recode(&ids[3], "PR.01.02");
    recode(&ids[4], "PR.03.02");
    let second = open("PR.01.02", "Klarifikasi dan hak jawab atas pemberitaan");
    archive::add_to_berkas(&o.store, &archivist, &second.number, &ids[3]).unwrap();
    let third = open("PR.03.02", "Undangan liputan pimpinan daerah");
    archive::add_to_berkas(&o.store, &archivist, &third.number, &ids[4]).unwrap();
    archive::close_berkas(&o.store, &archivist, &third.number, None).unwrap();
    Year {
        year: first.year,
        o,
        archivist,
        operator,
        voided,
        secret_title: titles[1].into(),
    }
}

fn render(y: &Year, who: &Actor, request: DocumentRequest, name: &str) -> (String, String) {
    let (pdf, file) = render_document(&y.o.store, who, &request, &Job::none()).unwrap();
    assert!(file.ends_with(".pdf"), "{file}");
    let path = write(name, &pdf);
    assert_valid_with_embedded_fonts(&path);
    let text = text_of(&path);
    (path, text)
}

/// Every cell of every row is in the text, in order: the list reads as the rows.
fn assert_rows_in(text: &str, rows: &[Vec<String>]) {
    let mut at = 0;
    for row in rows {
        for cell in row.iter().filter(|c| !c.is_empty()) {
            let cell = collapse(cell);
            let found = text[at..].find(&cell);
            assert!(
                found.is_some(),
                "«{cell}» of {row:?} not after {at} in:\n{text}"
            );
            at += found.unwrap() + cell.len();
        }
    }
}

#[test]
fn the_lists_of_a_year_read_back_as_the_files_and_items_column_by_column() {
    let y = build();
    let store = &y.o.store;
    let files = archive::list_berkas(store, &y.archivist, Some(y.year)).unwrap();
    assert_eq!(files.len(), 3);
    let expected: Vec<Vec<String>> = files
        .iter()
        .enumerate()
        .map(|(i, b)| {
            vec![
                (i + 1).to_string(),
                b.code.clone(),
                b.number.clone(),
                b.unit.clone(),
                b.description.clone(),
                b.period_label.clone(),
                format!("{} item", b.item_count),
                if b.closed { "Ditutup" } else { "Terbuka" }.to_owned(),
            ]
        })
        .collect();
    let list = archive::archive_list(store, &y.archivist, y.year, ListKind::DaftarBerkas).unwrap();
    for (got, want) in list.rows.iter().zip(&expected) {
        assert_eq!(got[..7], want[..7]);
        assert!(got[7].starts_with(&want[7]), "{got:?}");
    }
    let request = DocumentRequest::DaftarBerkas {
        year: y.year,
        paper: Paper::A4,
    };
    let (_, text) = render(&y, &y.archivist, request, "daftar-berkas.pdf");
    assert!(
        text.contains(&format!("DAFTAR BERKAS TAHUN {}", y.year)),
        "{text}"
    );
    assert!(text.contains("Mengetahui"), "{text}");
    assert_rows_in(&text, &expected);

    let mut items = Vec::new();
    for b in &files {
        let detail = archive::get_berkas(store, &y.archivist, &b.number).unwrap();
        for it in detail.items {
            items.push(vec![
                (items.len() + 1).to_string(),
                b.number.clone(),
                it.item_no.to_string(),
                it.code.clone().unwrap(),
                it.title.clone(),
                it.date_display.clone(),
                it.development.clone(),
                "1 naskah, 1 lampiran".to_owned(),
                it.archive_no.clone().unwrap(),
            ]);
        }
    }
    assert_eq!(items.len(), 5);
    let request = DocumentRequest::IsiBerkas {
        year: y.year,
        paper: Paper::F4,
    };
    let (_, text) = render(&y, &y.archivist, request, "isi-berkas.pdf");
    assert_rows_in(&text, &items);
    // The release moved to another folder after it was filed shows where it is kept.
    let first = archive::get_berkas(store, &y.archivist, &files[0].number).unwrap();
    let moved: Vec<Option<&str>> = first.items.iter().map(|i| i.elsewhere.as_deref()).collect();
    assert_eq!(moved, [None, None, Some("2026-PR-B")]);
    assert!(collapse(&text).contains("di Map 2026-PR-B"), "{text}");
    assert!(
        text.contains(&y.secret_title),
        "the archivist may open rahasia"
    );
    assert!(
        !text.contains(&y.voided),
        "a voided number is no item: {text}"
    );

    // The operator may not open the rahasia release: its title is masked on the print.
    let request = DocumentRequest::IsiBerkas {
        year: y.year,
        paper: Paper::A4,
    };
    let (_, text) = render(&y, &y.operator, request, "isi-berkas-operator.pdf");
    assert!(!text.contains(&y.secret_title), "{text}");
    assert!(text.contains(&Security::Rahasia.masked_title()), "{text}");
}

#[test]
fn the_retention_lists_name_the_files_due_and_carry_a_berita_acara() {
    let y = build();
    // The years run from the end of the closing year: 2 active years, moved the third.
    let due_year = y.year + 3;
    let pindah = DocumentRequest::Retensi {
        year: due_year,
        due: DueKind::Pindah,
        paper: Paper::A4,
    };
    let (path, text) = render(&y, &y.archivist, pindah, "usul-pindah.pdf");
    let due = archive::retention_due(&y.o.store, &y.archivist, due_year, DueKind::Pindah).unwrap();
    // PR.01.01 moves in its third year; the PR.03.02 file (1 active year), due the year
    // before and not moved, is still due.
    let due_codes: Vec<&str> = due.iter().map(|b| b.code.as_str()).collect();
    assert_eq!(due_codes, ["PR.01.01", "PR.03.02"]);
    let b = &due[0];
    let inactive = b.retention.inactive_display.clone().unwrap();
    let row = vec![
        "1".to_owned(),
        b.code.clone(),
        b.number.clone(),
        b.description.clone(),
        b.period_label.clone(),
        "3 item".to_owned(),
        "2 th / 5 th".to_owned(),
        inactive,
    ];
    assert_rows_in(&text, &[row]);
    assert!(
        text.contains("BERITA ACARA PEMINDAHAN ARSIP INAKTIF"),
        "{text}"
    );
    assert!(text.contains("sebanyak 2 berkas"), "{text}");
    let info = tool("pdfinfo", &[&path]);
    let pages = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap_or("")
        .trim();
    assert_eq!(pages, "2", "the list, then its berita acara: {info}");

    let musnah = DocumentRequest::Retensi {
        year: due_year,
        due: DueKind::Musnah,
        paper: Paper::F4,
    };
    let (_, text) = render(&y, &y.archivist, musnah, "usul-musnah.pdf");
    assert!(text.contains("Undangan liputan pimpinan daerah"), "{text}");
    assert!(
        !text.contains("Siaran pers kegiatan"),
        "PR.01.01 is not destroyed: {text}"
    );
    assert!(text.contains("BERITA ACARA PEMUSNAHAN ARSIP"), "{text}");
    // A destruction: carried out by the records unit before the legal and oversight units.
    for who in [
        "Pelaksana",
        "Saksi I,",
        "Unit Hukum",
        "Saksi II,",
        "Inspektorat",
    ] {
        assert!(text.contains(who), "{who}: {text}");
    }

    let list =
        archive::archive_list(&y.o.store, &y.archivist, y.year, ListKind::IsiBerkas).unwrap();
    let xlsx = archive::archive_list_xlsx(&list).unwrap();
    assert!(xlsx.starts_with(b"PK"), "an XLSX is a zip");
    let path = write("isi-berkas.xlsx", &xlsx);
    // Every text cell of every row is among the workbook's strings; the item numbers are
    // numbers.
    let strings = tool("unzip", &["-p", &path, "xl/sharedStrings.xml"]);
    let sheet = tool("unzip", &["-p", &path, "xl/worksheets/sheet1.xml"]);
    // Whose list it is, above its title, as on the printed letterhead.
    let office =
        y.o.store
            .with_db(pressdesk_core::office::get)
            .unwrap()
            .unwrap();
    assert_eq!(
        list.letterhead,
        [office.name.clone(), office.address.clone()]
    );
    let at = |text: &str| strings.find(&format!(">{text}<")).unwrap_or(usize::MAX);
    assert!(at(&office.name) < at(&list.title), "{strings}");
    for row in &list.rows {
        assert!(sheet.contains(&format!("<v>{}</v>", row[2])), "{sheet}");
    }
    for cell in list.rows.iter().flat_map(|r| r[1..].iter()) {
        if cell.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let cell = cell
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        assert!(
            strings.contains(&format!(">{cell}<")),
            "{cell} not in {strings}"
        );
    }
}

#[test]
fn a_file_s_label_carries_its_code_number_and_period() {
    let y = build();
    let files = archive::list_berkas(&y.o.store, &y.archivist, Some(y.year)).unwrap();
    for (kind, name) in [
        (LabelKind::Folder, "label-berkas.pdf"),
        (LabelKind::Spine, "label-berkas-punggung.pdf"),
    ] {
        let job = LabelJob {
            stock: find_stock("L7163").unwrap(),
            paper: Paper::A4,
            start: 1,
            offset_x_mm: 0.0,
            offset_y_mm: 0.0,
        };
        let request = DocumentRequest::BerkasLabels {
            year: y.year,
            label: kind,
            job,
        };
        let (_, text) = render(&y, &y.archivist, request, name);
        for b in &files {
            let title = collapse(&format!("{} · {}", b.code, b.period_label));
            assert!(text.contains(&title), "{text}");
            assert!(text.contains(&format!("Berkas {}", b.number)), "{text}");
        }
    }
}
