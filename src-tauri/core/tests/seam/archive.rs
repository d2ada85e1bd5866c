//! The archive by the national rules on both stores: files (berkas) numbered gap-free with
//! their items in order, one code to a file, a closed file refusing items, and a rahasia
//! release closed to the roles not allowed through every reading path (list, search, show,
//! ledger rows, export, files). The scheme and the retention lists are in `retention`.

use pressdesk_core::access::{self, AccessRule, Security};
use pressdesk_core::archive::{self, BerkasInput, ClassifyInput};
use pressdesk_core::job::Job;
use pressdesk_core::model::{Actor, Role};
use pressdesk_core::period::Period;
use pressdesk_core::print::{self, DocumentRequest, Paper};
use pressdesk_core::release::{self, ListQuery};
use pressdesk_core::{args, reports, serve, timefmt, Error};

use super::offices;
use fixtures::{everyone, numbered, of, open, pdf_text, registered};

mod fixtures;
mod lists;
mod masked;
mod retention;

#[test]
fn files_are_numbered_gap_free_items_in_order_and_a_closed_file_takes_no_item() {
    for (store, o) in offices("archive_berkas") {
        let s = &o.store;
        let all = everyone(s);
        let (kasi, archivist) = (of(&all, Role::Kasi), of(&all, Role::Archivist));
        let releases: Vec<String> = (1..=4)
            .map(|i| registered(s, kasi, &format!("Rilis {i}"), i as u8).0)
            .collect();
        let not_yet = archive::add_to_berkas(s, archivist, "001/2026", &releases[0]);
        assert!(not_yet.is_err(), "{store}: no file yet");
        let first = open(s, archivist, "PR.01.01", "2026-01-05");
        let refused = archive::open_berkas(
            s,
            archivist,
            BerkasInput {
                code: "XX.99".into(),
                description: "Kode tak dikenal".into(),
                ..BerkasInput::default()
            },
        );
        assert!(refused.is_err(), "{store}: an unknown code uses no number");
        let second = open(s, archivist, "PR.03.01", "2026-02-01");
        assert_eq!(
            [first.as_str(), second.as_str()],
            ["001/2026", "002/2026"],
            "{store}"
        );

        let unnumbered = archive::add_to_berkas(s, archivist, &first, &releases[0]);
        let unnumbered = unnumbered.unwrap_err().to_string();
        assert!(
            unnumbered.contains("belum diberi nomor arsip"),
            "{store}: {unnumbered}"
        );
        for (i, uid) in releases.iter().enumerate() {
            numbered(&o, uid, i as i64 + 1);
        }
        let items: Vec<i64> = releases[..3]
            .iter()
            .map(|uid| {
                archive::add_to_berkas(s, archivist, &first, uid)
                    .unwrap()
                    .item_no
            })
            .collect();
        assert_eq!(items, [1, 2, 3], "{store}");
        let twice = archive::add_to_berkas(s, archivist, &second, &releases[0]).unwrap_err();
        assert!(twice.to_string().contains("001/2026"), "{store}: {twice}");
        let by_kasi = archive::add_to_berkas(s, kasi, &second, &releases[3]);
        assert!(matches!(by_kasi, Err(Error::Forbidden(_))), "{store}");
        // One file, one code: the release's suggested PR.01.01 does not go into PR.03.01 until
        // the archivist gives it that code.
        let other = archive::add_to_berkas(s, archivist, &second, &releases[3]).unwrap_err();
        assert_eq!(other.field(), Some("release"), "{store}");
        assert!(
            other.to_string().contains("berkode PR.01.01"),
            "{store}: {other}"
        );
        let recoded = ClassifyInput {
            release_id: releases[3].clone(),
            code: Some("PR.03.01".into()),
            security: None,
        };
        archive::classify_release(s, archivist, recoded).unwrap();
        assert_eq!(
            archive::add_to_berkas(s, archivist, &second, &releases[3])
                .unwrap()
                .item_no,
            1
        );

        // The suggested code was given when the release became an item; an item keeps its
        // file's code.
        let class = archive::release_class(s, archivist, &releases[0]).unwrap();
        assert_eq!(class.code, class.suggested, "{store}");
        assert!(class.code.is_some(), "{store}");
        let changed = ClassifyInput {
            release_id: releases[0].clone(),
            code: Some("pr.02.01".into()),
            security: None,
        };
        let changed = archive::classify_release(s, archivist, changed).unwrap_err();
        assert!(
            changed.to_string().contains("isi berkas 001/2026"),
            "{store}: {changed}"
        );

        let closed = archive::close_berkas(s, archivist, &first, Some("2026-06-30")).unwrap();
        assert!(closed.closed && closed.item_count == 3, "{store}");
        assert_eq!(closed.period_label, "Januari–Juni 2026", "{store}");
        let late = archive::add_to_berkas(s, archivist, &first, &releases[3]).unwrap_err();
        assert!(matches!(late, Error::Conflict(_)), "{store}: {late}");
        let fixed = ClassifyInput {
            release_id: releases[1].clone(),
            code: Some("PR.01.01".into()),
            security: None,
        };
        let fixed = archive::classify_release(s, archivist, fixed).unwrap_err();
        assert!(fixed.to_string().contains("ditutup"), "{store}: {fixed}");
        let again = archive::close_berkas(s, archivist, &first, None).unwrap_err();
        assert!(matches!(again, Error::Conflict(_)), "{store}");

        let detail = archive::get_berkas(s, kasi, &first).unwrap();
        let listed: Vec<(i64, String)> = detail
            .items
            .iter()
            .map(|i| (i.item_no, i.title.clone()))
            .collect();
        assert_eq!(
            listed,
            [
                (1, "Rilis 1".into()),
                (2, "Rilis 2".into()),
                (3, "Rilis 3".into())
            ],
            "{store}"
        );
        let files: Vec<String> = archive::list_berkas(s, kasi, Some(2026))
            .unwrap()
            .into_iter()
            .map(|b| format!("{} {} {}", b.number, b.item_count, b.closed))
            .collect();
        assert_eq!(files, ["001/2026 3 true", "002/2026 1 false"], "{store}");
        let isi: Vec<String> = archive::berkas_details(s, kasi, None)
            .unwrap()
            .iter()
            .flat_map(|d| {
                d.items.iter().map(|i| {
                    let no = &d.berkas.number;
                    format!("{no} {} {} {}", i.item_no, i.development, i.evidence_count)
                })
            })
            .collect();
        let want = [
            "001/2026 1 Asli 1",
            "001/2026 2 Asli 1",
            "001/2026 3 Asli 1",
        ];
        assert_eq!(
            isi[..3],
            want,
            "{store}: the Daftar Isi Berkas of every file"
        );
        assert_eq!(isi[3..], ["002/2026 1 Asli 1"], "{store}");
        // Nothing of it can be taken back behind core's back either.
        let deleted = o.act(|db| db.execute("DELETE FROM berkas_items", args![]));
        assert!(deleted.is_err(), "{store}: items are never deleted");
    }
}

#[test]
fn a_rahasia_release_opens_only_for_the_allowed_roles_on_every_reading_path() {
    for (store, o) in offices("archive_access") {
        let s = &o.store;
        let all = everyone(s);
        let (kasi, archivist) = (of(&all, Role::Kasi), of(&all, Role::Archivist));
        let (secret, photo) = registered(s, kasi, "Rencana Kunjungan Zamrudrahasia", 7);
        let (plain, _) = registered(s, kasi, "Pameran UMKM", 8);
        let marked = ClassifyInput {
            release_id: secret.clone(),
            code: None,
            security: Some(Security::Rahasia),
        };
        assert_eq!(
            archive::classify_release(s, archivist, marked)
                .unwrap()
                .security,
            Security::Rahasia
        );
        let today = timefmt::local_date(timefmt::now(), pressdesk_core::model::TimeZone::WITA);
        let period = Period::Year {
            year: chrono::Datelike::year(&today),
        };
        let allowed = [Role::Kadis, Role::Archivist];

        let check = |who: &Actor, opens: bool| {
            let role = who.role().unwrap().as_str();
            let what = format!("{store}: {role} opens={opens}");
            let list = release::list_releases(s, who, ListQuery::default()).unwrap();
            let row = list.rows.iter().find(|r| r.id == secret).unwrap();
            assert_eq!(
                row.title == "Rencana Kunjungan Zamrudrahasia",
                opens,
                "{what}: list"
            );
            assert_eq!(row.restricted, !opens, "{what}");
            assert!(!row.agenda_no.is_empty(), "{what}: the number shows");
            let search = ListQuery {
                search: Some("zamrud7".into()),
                ..ListQuery::default()
            };
            let found = release::list_releases(s, who, search).unwrap();
            assert_eq!(
                found.rows.iter().any(|r| r.id == secret),
                opens,
                "{what}: search"
            );
            let by_number = ListQuery {
                search: Some(row.agenda_no.clone()),
                ..ListQuery::default()
            };
            let found = release::list_releases(s, who, by_number).unwrap();
            assert!(
                found.rows.iter().any(|r| r.id == secret),
                "{what}: by number"
            );
            let shown = release::get_release(s, who, &secret).unwrap();
            assert_eq!(shown.body.contains("zamrud7"), opens, "{what}: show");
            assert_eq!(shown.evidence.len(), usize::from(opens), "{what}: evidence");
            assert_eq!(shown.remarks.is_empty(), !opens, "{what}: remarks");
            let rows = reports::ledger_rows(s, who, &period).unwrap();
            let line = rows.iter().find(|r| r.release_id == secret).unwrap();
            assert_eq!(
                line.title == "Rencana Kunjungan Zamrudrahasia",
                opens,
                "{what}: ledger"
            );
            let csv = reports::export_agenda(s, who, &period, "csv").unwrap();
            let csv = String::from_utf8_lossy(&csv).into_owned();
            assert_eq!(
                csv.contains("Rencana Kunjungan Zamrudrahasia"),
                opens,
                "{what}: export"
            );
            assert!(
                csv.contains("Pameran UMKM"),
                "{what}: the plain release exports"
            );
            for kind in ["file", "thumb"] {
                let reply = serve::respond(s, Some(who), &format!("/{kind}/{photo}"), None);
                assert_eq!(
                    reply.status == 200,
                    opens,
                    "{what}: {kind} {}",
                    reply.status
                );
            }
            let original = pressdesk_core::originals::original(s, who, &secret, &photo);
            assert_eq!(original.is_ok(), opens, "{what}: original");
            for request in [
                DocumentRequest::Sheet {
                    key: secret.clone(),
                    paper: Paper::A4,
                },
                DocumentRequest::Ledger {
                    period: period.clone(),
                    paper: Paper::A4,
                },
            ] {
                let (pdf, name) = print::render_document(s, who, &request, &Job::none()).unwrap();
                let text = pdf_text(&pdf);
                assert_eq!(text.contains("Zamrudrahasia"), opens, "{what}: {name}");
                assert!(!text.contains("zamrud7") || opens, "{what}: {name}");
            }
            let plain = release::get_release(s, who, &plain).unwrap();
            assert!(
                !plain.summary.restricted && plain.evidence.len() == 1,
                "{what}: plain"
            );
        };
        for who in &all {
            check(who, allowed.contains(&who.role().unwrap()));
        }

        // The admin lets the Kabid read rahasia; only the admin may.
        let kabid = of(&all, Role::Kabid);
        let rule = AccessRule {
            security: Security::Rahasia,
            roles: vec![Role::Kadis, Role::Archivist, Role::Kabid],
        };
        let refused = access::set_access(s, archivist, rule.clone());
        assert!(matches!(refused, Err(Error::Forbidden(_))), "{store}");
        access::set_access(s, of(&all, Role::Admin), rule).unwrap();
        check(kabid, true);
        check(kasi, false);
    }
}
