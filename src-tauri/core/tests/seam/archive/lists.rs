//! The archivist's lists on both stores: the Daftar Berkas, the Daftar Isi Berkas and a
//! retention list of a year read the same rows on SQLite and on the server, the PDF carries
//! every row's cells and a rahasia item's title only for a reader who may open it, and the XLSX
//! of the same rows is written.

use pressdesk_core::access::Security;
use pressdesk_core::archive::{self, ClassifyInput, DueKind, ListKind};
use pressdesk_core::job::Job;
use pressdesk_core::model::Role;
use pressdesk_core::print::{render_document, DocumentRequest, Paper};

use super::super::offices;
use super::fixtures::{everyone, numbered, of, open, pdf_text, registered};

#[test]
fn the_lists_of_a_year_are_the_same_rows_on_both_stores_and_print_masked() {
    let mut seen = Vec::new();
    for (store, o) in offices("archive_lists") {
        let s = &o.store;
        let all = everyone(s);
        let (kasi, archivist) = (of(&all, Role::Kasi), of(&all, Role::Archivist));
        let operator = of(&all, Role::Operator);
        let titles = ["Rilis pertama", "Rilis kedua rahasia", "Rilis ketiga"];
        let ids: Vec<String> = titles
            .iter()
            .enumerate()
            .map(|(i, t)| registered(s, kasi, t, i as u8 + 1).0)
            .collect();
        for (i, uid) in ids.iter().enumerate() {
            numbered(&o, uid, i as i64 + 1);
        }
        let file = open(s, archivist, "PR.01.01", "2024-01-02");
        for uid in &ids {
            archive::add_to_berkas(s, archivist, &file, uid).unwrap();
        }
        let secret = ClassifyInput {
            release_id: ids[1].clone(),
            code: None,
            security: Some(Security::Rahasia),
        };
        archive::classify_release(s, archivist, secret).unwrap();
        archive::close_berkas(s, archivist, &file, Some("2024-12-31")).unwrap();

        let mut rows = Vec::new();
        for kind in [
            ListKind::DaftarBerkas,
            ListKind::IsiBerkas,
            ListKind::Retensi(DueKind::Pindah),
        ] {
            // Closed in 2024 with 2 active years: moved in 2027.
            let year = if kind == ListKind::Retensi(DueKind::Pindah) {
                2027
            } else {
                2024
            };
            let list = archive::archive_list(s, archivist, year, kind).unwrap();
            assert!(!list.rows.is_empty(), "{store}: {kind:?}");
            assert!(archive::archive_list_xlsx(&list)
                .unwrap()
                .starts_with(b"PK"));
            rows.push(list.rows);
        }
        let isi = DocumentRequest::IsiBerkas {
            year: 2024,
            paper: Paper::A4,
        };
        let (pdf, _) = render_document(s, archivist, &isi, &Job::none()).unwrap();
        let text = pdf_text(&pdf);
        for row in &rows[1] {
            assert!(
                text.contains(&row[1]) && text.contains(&row[2]),
                "{store}: {text}"
            );
        }
        assert!(
            text.contains(titles[1]),
            "{store}: the archivist opens rahasia"
        );
        let (pdf, _) = render_document(s, operator, &isi, &Job::none()).unwrap();
        let text = pdf_text(&pdf);
        assert!(
            !text.contains(titles[1]),
            "{store}: masked for the operator"
        );
        assert!(text.contains(titles[0]), "{store}");
        let pindah = DocumentRequest::Retensi {
            year: 2027,
            due: DueKind::Pindah,
            paper: Paper::F4,
        };
        let (pdf, _) = render_document(s, archivist, &pindah, &Job::none()).unwrap();
        assert!(
            pdf_text(&pdf).contains("BERITA ACARA PEMINDAHAN ARSIP INAKTIF"),
            "{store}"
        );
        seen.push(rows);
    }
    assert_eq!(
        seen[0], seen[1],
        "the same rows on SQLite and on the server"
    );
}
