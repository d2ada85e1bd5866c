//! What is written about a closed record stays closed, on both stores: a rahasia release's
//! return reason in its trail, and the description of a file under a rahasia code in the file
//! list, its labels' source and the retention list; the numbers, codes and dates stay.

use pressdesk_core::access::Security;
use pressdesk_core::archive::{self, ClassifyInput, DueKind};
use pressdesk_core::model::Role;
use pressdesk_core::paraf::{self, CheckInput};
use pressdesk_core::release;

use super::super::offices;
use super::fixtures::{everyone, of, open, registered, SCHEME};

#[test]
fn notes_about_a_rahasia_release_and_a_rahasia_file_s_description_stay_closed() {
    for (store, o) in offices("archive_masked") {
        let s = &o.store;
        let all = everyone(s);
        let (kasi, archivist) = (of(&all, Role::Kasi), of(&all, Role::Archivist));
        let (kadis, operator) = (of(&all, Role::Kadis), of(&all, Role::Operator));
        archive::import_codes(s, archivist, SCHEME).unwrap();

        // A release returned with a reason, then marked rahasia.
        let (secret, _) = registered(s, kasi, "Kunjungan Tertutup", 11);
        let back = CheckInput {
            release_id: secret.clone(),
            complete: false,
            reason: "Lampiran anggaran tertukar".into(),
        };
        paraf::check_release(s, kasi, back).unwrap();
        let marked = ClassifyInput {
            release_id: secret.clone(),
            code: None,
            security: Some(Security::Rahasia),
        };
        archive::classify_release(s, archivist, marked).unwrap();
        let reasons = |who| -> String {
            let d = release::get_release(s, who, &secret).unwrap();
            d.audit
                .iter()
                .filter_map(|a| a.reason.clone())
                .collect::<Vec<_>>()
                .join("; ")
        };
        assert!(
            reasons(kadis).contains("anggaran"),
            "{store}: the Kadis opens it"
        );
        assert!(!reasons(operator).contains("anggaran"), "{store}: closed");

        // A file under UJ.03 (rahasia in the scheme), closed long ago: due for review.
        let file = open(s, archivist, "UJ.03", "2018-01-02");
        archive::close_berkas(s, archivist, &file, Some("2018-12-31")).unwrap();
        let description = "Rilis UJ.03 mulai 2018-01-02";
        let listed = |who| -> Vec<String> {
            let mut seen: Vec<String> = archive::list_berkas(s, who, Some(2018))
                .unwrap()
                .into_iter()
                .map(|b| format!("{} {} {}", b.number, b.code, b.description))
                .collect();
            seen.extend(
                archive::retention_due(s, who, 2026, DueKind::DinilaiKembali)
                    .unwrap()
                    .into_iter()
                    .map(|b| format!("{} {} {}", b.number, b.code, b.description)),
            );
            seen
        };
        let open_view = format!("001/2018 UJ.03 {description}");
        assert_eq!(listed(archivist), [open_view.clone(), open_view], "{store}");
        let closed_view = "001/2018 UJ.03 [Rahasia] Isi tidak dapat dibuka".to_owned();
        assert_eq!(
            listed(operator),
            [closed_view.clone(), closed_view],
            "{store}: the number and code stay, the description does not"
        );
    }
}
