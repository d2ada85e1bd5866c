//! Steps 4 and 5 through core: publication with checked URLs, archive numbers that are
//! gap-free per series and year whatever happens (a property test), voiding, full folders,
//! moving, and refusals that use no number.

mod common;

use std::collections::BTreeMap;

use common::*;
use pressdesk_core::catalog::CHECKLIST;
use pressdesk_core::filing::{self, ArchiveInput, NewFolder};
use pressdesk_core::model::{Actor, Role, Status};
use pressdesk_core::paraf::{self, CheckInput, Decision, Initials, ParafInput};
use pressdesk_core::publication::{self, PublishInput};
use pressdesk_core::release;
use pressdesk_core::{args, evidence, verify, Store};
use proptest::prelude::*;

struct Staff {
    kasi: Actor,
    kadis: Actor,
    kabid: Actor,
    operator: Actor,
    archivist: Actor,
}

fn staff(store: &Store) -> Staff {
    let add = |name: &str, nip: &str, role| person(store, name, nip, role);
    Staff {
        kasi: add("Rahmat", "198207092006041003", Role::Kasi),
        kadis: add("Yusuf", "196805121993031004", Role::Kadis),
        kabid: add("Lenny", "197503172000032002", Role::Kabid),
        operator: add("Dewi", "199001152015032001", Role::Operator),
        archivist: add("Bambang", "198511202010011002", Role::Archivist),
    }
}

fn initials(store: &Store) -> Initials {
    let mut img = image::RgbaImage::new(200, 100);
    for x in 10..190 {
        img.put_pixel(x, 50 + x % 20, image::Rgba([0, 0, 80, 255]));
    }
    let mut png = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let staged = evidence::stage_file(store, Some(&Actor::console()), "p.png", &png).unwrap();
    Initials::Drawn {
        png_sha: staged.sha256,
        strokes: "[]".into(),
        width_mm: 60.0,
        height_mm: 30.0,
        save: true,
    }
}

/// `n` releases taken through check and both paraf acts (one batch each); `reject` of them
/// are not approved. Returns (approved ids, rejected ids).
fn decided(store: &Store, s: &Staff, n: usize, reject: usize) -> (Vec<String>, Vec<String>) {
    let photo =
        evidence::stage_file(store, Some(&Actor::console()), "f.jpg", &jpeg(320, 240, 1)).unwrap();
    let ids: Vec<String> = (0..n)
        .map(|i| {
            let mut input = with_photos(
                release(&format!("Rilis {i}"), "Dinas"),
                &[(photo.sha256.clone(), photo.name.clone())],
            );
            input.checklist = CHECKLIST.iter().map(|(k, _)| (*k).to_owned()).collect();
            let id = release::register_release(store, &s.kasi, input)
                .unwrap()
                .summary
                .id;
            let check = CheckInput {
                release_id: id.clone(),
                complete: true,
                reason: String::new(),
            };
            paraf::check_release(store, &s.kasi, check).unwrap();
            id
        })
        .collect();
    let (rejected, approved) = ids.split_at(reject);
    let sign = |who: &Actor, ids: &[String], d: Decision, i: Initials| {
        if ids.is_empty() {
            return;
        }
        let input = ParafInput {
            release_ids: ids.to_vec(),
            decision: d,
            note: String::new(),
            pin: PIN.into(),
            initials: i,
        };
        paraf::paraf_releases(store, who, input).unwrap();
    };
    sign(&s.kadis, approved, Decision::Approve, initials(store));
    sign(&s.kadis, rejected, Decision::Reject, Initials::Saved);
    sign(&s.kabid, &ids, Decision::Approve, initials(store));
    (approved.to_vec(), rejected.to_vec())
}

fn publish(store: &Store, s: &Staff, id: &str) {
    let input = PublishInput {
        release_id: id.into(),
        site_id: 1,
        url: format!("https://diskominfo.kaltaraprov.go.id/berita/{id}"),
        published_at: None,
    };
    publication::record_publication(store, &s.operator, input).unwrap();
}

fn folder(store: &Store, code: &str, capacity: i64) {
    let input = NewFolder {
        cabinet: "A".into(),
        drawer: "1".into(),
        code: code.into(),
        name: "Map".into(),
        capacity,
    };
    filing::add_folder(store, &Actor::console(), input).unwrap();
}

fn archive(store: &Store, s: &Staff, id: &str, on: &str) -> pressdesk_core::Result<String> {
    let input = ArchiveInput {
        release_id: id.into(),
        folder: None,
        archived_on: Some(on.into()),
    };
    filing::archive_release(store, &s.archivist, input).map(|r| r.archive_no)
}

#[test]
fn publication_then_archive_number_and_location() {
    let (_dir, store) = store();
    let s = staff(&store);
    let (approved, rejected) = decided(&store, &s, 3, 1);
    let bad = PublishInput {
        release_id: approved[0].clone(),
        site_id: 1,
        url: "ftp://diskominfo.go.id/berita".into(),
        published_at: None,
    };
    let err = publication::record_publication(&store, &s.operator, bad).unwrap_err();
    assert_eq!(err.field(), Some("url"));
    assert!(err.to_string().contains("bukan URL http atau https"));
    for url in [
        "https://a b.go.id",
        "ftp://x.go.id/a",
        "https://",
        "javascript:alert(1)",
    ] {
        assert!(publication::check_url(url).is_err(), "{url}");
    }
    let err = publication::record_publication(
        &store,
        &s.kasi,
        PublishInput {
            release_id: approved[0].clone(),
            site_id: 1,
            url: "https://x.go.id".into(),
            published_at: None,
        },
    )
    .unwrap_err();
    assert!(err.to_string().contains("tidak berwenang"));
    let rejected_pub = PublishInput {
        release_id: rejected[0].clone(),
        site_id: 1,
        url: "https://x.go.id".into(),
        published_at: None,
    };
    assert!(
        publication::record_publication(&store, &s.operator, rejected_pub).is_err(),
        "not-approved stays offline"
    );

    publish(&store, &s, &approved[0]);
    let second = PublishInput {
        release_id: approved[0].clone(),
        site_id: 2,
        url: "https://mediacenter.kaltaraprov.go.id/r/1".into(),
        published_at: None,
    };
    let detail = publication::record_publication(&store, &s.operator, second).unwrap();
    assert_eq!(detail.summary.status, Status::Published);
    assert_eq!(detail.publications.len(), 2);

    // Refusals use no number: no folder yet, not published, not initialed.
    assert_eq!(
        archive(&store, &s, &approved[0], "2026-11-21")
            .unwrap_err()
            .field(),
        Some("folder")
    );
    folder(&store, "2026-01", 2);
    assert!(archive(&store, &s, &approved[1], "2026-11-21")
        .unwrap_err()
        .to_string()
        .contains("belum ditayangkan"));
    let fresh = release::register_release(&store, &s.kasi, release("Baru", "Dinas")).unwrap();
    assert!(archive(&store, &s, &fresh.summary.id, "2026-11-21")
        .unwrap_err()
        .to_string()
        .contains("belum diparaf"));

    let unit_no = archive(&store, &s, &approved[0], "2026-11-21").unwrap();
    assert_eq!(unit_no, "001/PR/DISKOMINFO/XI/2026");
    assert_eq!(
        archive(&store, &s, &rejected[0], "2026-11-21").unwrap(),
        "001/PR-TL/DISKOMINFO/XI/2026"
    );
    publication::mark_not_published(
        &store,
        &s.operator,
        approved[1].clone(),
        "Pengumuman internal".into(),
    )
    .unwrap();
    let full = ArchiveInput {
        release_id: approved[1].clone(),
        folder: Some("2026-01".into()),
        archived_on: None,
    };
    let err = filing::archive_release(&store, &s.archivist, full).unwrap_err();
    assert!(err.to_string().contains("penuh (2 dari 2)"), "{err}");
    assert!(archive(&store, &s, &approved[1], "2026-11-22")
        .unwrap_err()
        .to_string()
        .contains("map"));
    folder(&store, "2026-02", 50);
    assert_eq!(
        archive(&store, &s, &approved[1], "2026-11-22").unwrap(),
        "002/PR/DISKOMINFO/XI/2026"
    );

    let detail = release::get_release(&store, &Actor::console(), &approved[0]).unwrap();
    assert_eq!(detail.summary.status, Status::Archived);
    assert_eq!(
        detail.archive.location.as_deref(),
        Some("Lemari A · Laci 1 · Map 2026-01")
    );
    assert!(
        detail.timeline.iter().all(|t| t.ended_display.is_some()),
        "every step closed"
    );

    // A USB scanner types the label's QR content into the search field: it opens the record.
    assert_eq!(
        release::find_exact(&store, &Actor::console(), &unit_no)
            .unwrap()
            .as_deref(),
        Some(approved[0].as_str())
    );
    let moved = filing::move_release(&store, &s.archivist, &approved[0], "2026-02").unwrap();
    assert_eq!(moved.archive_no, unit_no);
    assert_eq!(
        release::get_release(&store, &Actor::console(), &approved[0])
            .unwrap()
            .audit
            .last()
            .unwrap()
            .action,
        "release.move"
    );

    filing::void_archive_no(&store, &s.archivist, &unit_no, "Salah seri").unwrap();
    assert_eq!(
        release::get_release(&store, &Actor::console(), &approved[0])
            .unwrap()
            .summary
            .status,
        Status::Published
    );
    assert_eq!(
        archive(&store, &s, &approved[0], "2026-11-23").unwrap(),
        "003/PR/DISKOMINFO/XI/2026",
        "never reused"
    );
    let index = filing::filing_index(&store, &Actor::console(), 2026).unwrap();
    let all: Vec<_> = index.iter().flat_map(|f| f.entries.iter()).collect();
    assert_eq!(all.len(), 4);
    assert!(all
        .iter()
        .any(|e| e.archive_no == unit_no && e.voided.as_deref() == Some("Salah seri")));
    assert!(verify::verify(&store, &Actor::console(), true).unwrap().ok);
}

#[test]
fn a_template_needs_a_sequence_and_the_preview_shows_the_next_number() {
    let (_dir, store) = store();
    let bad = filing::SeriesInput {
        code: "approved".into(),
        template: "PR/{unit}/{year}".into(),
        classification: "480".into(),
        reset: "yearly".into(),
    };
    assert_eq!(
        filing::update_series(&store, &Actor::console(), bad)
            .unwrap_err()
            .field(),
        Some("template")
    );
    let good = filing::SeriesInput {
        code: "approved".into(),
        template: "{class}/{seq:04}/{unit}/{month}/{year}".into(),
        classification: "480".into(),
        reset: "monthly".into(),
    };
    let series = filing::update_series(&store, &Actor::console(), good).unwrap();
    assert!(
        series.next_preview.starts_with("480/0001/DISKOMINFO/"),
        "{}",
        series.next_preview
    );
}

#[derive(Debug, Clone)]
enum Op {
    Archive { year: i32 },
    Void(usize),
    FailedTx,
    Restart,
    SecondConnection { year: i32 },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (2026..2028i32).prop_map(|year| Op::Archive { year }),
        1 => any::<usize>().prop_map(Op::Void),
        1 => Just(Op::FailedTx),
        1 => Just(Op::Restart),
        1 => (2026..2028i32).prop_map(|year| Op::SecondConnection { year }),
    ]
}

fn numbers_are_one_to_n(store: &Store) {
    let rows = store
        .with_db(|db| {
            db.query(
                "SELECT series_id, year, period, seq FROM archive_numbers
                 ORDER BY series_id, year, period, seq",
                args![],
            )
        })
        .unwrap();
    let mut groups: BTreeMap<(i64, i64, i64), Vec<i64>> = BTreeMap::new();
    for r in &rows {
        let key = (r.get(0).unwrap(), r.get(1).unwrap(), r.get(2).unwrap());
        groups.entry(key).or_default().push(r.get(3).unwrap());
    }
    for seqs in groups.values() {
        assert_eq!(*seqs, (1..=seqs.len() as i64).collect::<Vec<_>>());
    }
    let dupes = count(
        store,
        "SELECT count(*) - count(DISTINCT number) FROM archive_numbers",
    );
    assert_eq!(dupes, 0);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10, ..ProptestConfig::default() })]

    /// Whatever happens — voids, failed transactions, restarts, a year change, a second
    /// connection — each series' numbers in each year are exactly 1..n.
    #[test]
    fn archive_numbers_stay_gap_free(ops in proptest::collection::vec(op(), 1..14)) {
        let (dir, store) = store();
        let s = staff(&store);
        let (approved, rejected) = decided(&store, &s, 8, 2);
        for id in &approved {
            publish(&store, &s, id);
        }
        folder(&store, "M1", 1000);
        let mut queue: Vec<String> = approved.iter().chain(rejected.iter()).cloned().collect();
        let mut live: Vec<String> = Vec::new();
        let mut store = store;
        for op in ops {
            match op {
                Op::Archive { year } | Op::SecondConnection { year } => {
                    let Some(id) = queue.pop() else { continue };
                    let second = matches!(op, Op::SecondConnection { .. });
                    let other = second.then(|| open_again(dir.path()));
                    let target = other.as_ref().unwrap_or(&store);
                    live.push(archive(target, &s, &id, &format!("{year}-06-15")).unwrap());
                }
                Op::Void(i) if !live.is_empty() => {
                    let number = live.remove(i % live.len());
                    filing::void_archive_no(&store, &s.archivist, &number, "Uji").unwrap();
                }
                Op::Void(_) => {}
                Op::FailedTx => {
                    let form = release("X", "D");
                    let fresh = release::register_release(&store, &s.kasi, form).unwrap();
                    prop_assert!(archive(&store, &s, &fresh.summary.id, "2026-06-15").is_err());
                }
                Op::Restart => {
                    drop(store);
                    store = open_again(dir.path());
                }
            }
            numbers_are_one_to_n(&store);
        }
        prop_assert!(verify::verify(&store, &Actor::console(), false).unwrap().ok);
    }
}
