//! The classification scheme imported all or nothing, and the retention lists of a year over
//! files of 2019–2026 on both stores: due by the end of the year and not yet carried out, each
//! move or final disposition recorded once with its berita acara.

use pressdesk_core::archive::{self, DisposalInput, DueKind, ListKind};
use pressdesk_core::model::Role;
use pressdesk_core::Error;

use super::super::offices;
use super::fixtures::{everyone, of, open, SCHEME};

#[test]
fn the_scheme_imports_all_or_nothing_and_the_retention_lists_name_exactly_the_files_due() {
    for (store, o) in offices("archive_retention") {
        let s = &o.store;
        let all = everyone(s);
        let archivist = of(&all, Role::Archivist);
        let before = archive::list_codes(s, archivist).unwrap().len();
        let bad = "kode,nama,aktif,inaktif,keterangan akhir\nUJ.09,Baik,1,1,musnah\n\
                   UJ.10,,1,1,musnah\nUJ.11,Tahun salah,dua,1,musnah\nUJ.12,Akhir,1,1,dibakar\n";
        let refused = archive::import_codes(s, archivist, bad)
            .unwrap_err()
            .to_string();
        for line in ["baris 3", "baris 4", "baris 5"] {
            assert!(refused.contains(line), "{store}: {refused}");
        }
        assert!(!refused.contains("baris 2"), "{store}: {refused}");
        assert_eq!(
            archive::list_codes(s, archivist).unwrap().len(),
            before,
            "{store}"
        );
        let kasi = of(&all, Role::Kasi);
        let forbidden = archive::import_codes(s, kasi, SCHEME);
        assert!(matches!(forbidden, Err(Error::Forbidden(_))), "{store}");
        let done = archive::import_codes(s, archivist, SCHEME).unwrap();
        assert_eq!((done.added, done.updated), (3, 0), "{store}");

        // A file of UJ.01 for each year 2019–2026 (the last still open), two of UJ.02.
        for year in 2019..=2026 {
            let no = open(s, archivist, "UJ.01", &format!("{year}-01-01"));
            assert_eq!(no, format!("001/{year}"), "{store}");
            if year < 2026 {
                archive::close_berkas(s, archivist, &no, Some(&format!("{year}-12-31"))).unwrap();
            }
        }
        for year in [2019, 2024] {
            let no = open(s, archivist, "UJ.02", &format!("{year}-03-01"));
            archive::close_berkas(s, archivist, &no, Some(&format!("{year}-12-31"))).unwrap();
        }
        let file = archive::get_berkas(s, archivist, "001/2024")
            .unwrap()
            .berkas;
        // Closed in 2024: active through 2026, inactive from 2027, its 5 years over in 2032.
        assert_eq!(
            file.retention.inactive_on.as_deref(),
            Some("2027-01-01"),
            "{store}"
        );
        assert_eq!(
            file.retention.disposition_on.as_deref(),
            Some("2032-01-01"),
            "{store}"
        );
        assert_eq!(file.period_label, "2024", "{store}");
        let open_file = archive::get_berkas(s, archivist, "001/2026")
            .unwrap()
            .berkas;
        assert_eq!(
            open_file.retention.inactive_on, None,
            "{store}: an open file runs on"
        );

        let due = |year, kind| -> Vec<String> {
            archive::retention_due(s, archivist, year, kind)
                .unwrap()
                .into_iter()
                .map(|b| format!("{} {}", b.number, b.code))
                .collect()
        };
        // A move carried out, with its berita acara: the file leaves the list, once.
        let record = |no: &str, kind, on: &str| {
            let input = DisposalInput {
                berkas: no.into(),
                kind,
                done_on: Some(on.into()),
                ba_number: format!("BA-{no}"),
            };
            archive::record_disposal(s, archivist, input)
        };
        // 2026: every file closed by 2023 and never moved is due to move.
        assert_eq!(
            due(2026, DueKind::Pindah),
            [
                "001/2019 UJ.01",
                "002/2019 UJ.02",
                "001/2020 UJ.01",
                "001/2021 UJ.01",
                "001/2022 UJ.01",
                "001/2023 UJ.01"
            ],
            "{store}"
        );
        // The files of 2019–2022 were moved in their years; nothing is at its end yet.
        for (no, on) in [
            ("001/2019", "2022-02-01"),
            ("002/2019", "2022-02-01"),
            ("001/2020", "2023-02-01"),
            ("001/2021", "2024-02-01"),
            ("001/2022", "2025-02-01"),
        ] {
            record(no, DueKind::Pindah, on).unwrap_or_else(|e| panic!("{store}: {no}: {e}"));
        }
        assert_eq!(due(2026, DueKind::Pindah), ["001/2023 UJ.01"], "{store}");
        assert!(due(2026, DueKind::Musnah).is_empty(), "{store}");
        assert!(due(2026, DueKind::Permanen).is_empty(), "{store}");
        let moved = record("001/2023", DueKind::Pindah, "2026-02-10").unwrap();
        assert_eq!(
            moved.moved.unwrap().done_display,
            "10 Februari 2026",
            "{store}"
        );
        let twice = record("001/2023", DueKind::Pindah, "2026-03-01").unwrap_err();
        assert!(
            twice.to_string().contains("sudah dicatat"),
            "{store}: {twice}"
        );
        let early = record("001/2024", DueKind::Pindah, "2026-12-30").unwrap_err();
        assert_eq!(early.field(), Some("done_on"), "{store}: {early}");
        let wrong = record("002/2019", DueKind::Musnah, "2027-01-05").unwrap_err();
        assert!(wrong.to_string().contains("permanen"), "{store}: {wrong}");
        let still_open = record("001/2026", DueKind::Pindah, "2030-01-05").unwrap_err();
        assert!(
            still_open.to_string().contains("masih terbuka"),
            "{store}: {still_open}"
        );
        record("001/2019", DueKind::Musnah, "2027-01-05").unwrap();
        assert_eq!(
            due(2027, DueKind::Pindah),
            ["001/2024 UJ.01", "002/2024 UJ.02"],
            "{store}"
        );
        assert!(due(2027, DueKind::Musnah).is_empty(), "{store}");
        let listed = archive::archive_list(s, archivist, 2019, ListKind::DaftarBerkas).unwrap();
        let note = &listed.rows[0][7];
        assert!(
            note.contains("Dimusnahkan 5 Januari 2027 (BA BA-001/2019)"),
            "{store}: {note}"
        );
    }
}
