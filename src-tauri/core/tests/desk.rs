//! The desk as a new office found it: an exact number found while typing, a website address
//! typed without its scheme, the Kasi's check of several releases at once and her queue's
//! filters.

mod common;

use common::paraf_office::*;
use common::*;
use pressdesk_core::catalog::CHECKLIST;
use pressdesk_core::filing::{self, ArchiveInput, NewFolder};
use pressdesk_core::model::{Actor, Role, Status};
use pressdesk_core::paraf::{self, CheckBatchInput, CheckFilter, Decision};
use pressdesk_core::publication::{self, PublishInput};
use pressdesk_core::release::{self, ListQuery};

fn search(o: &Office, text: &str, status: Option<Status>) -> Vec<String> {
    let query = ListQuery {
        search: Some(text.into()),
        status,
        ..ListQuery::default()
    };
    let page = release::list_releases(&o.store, &o.kasi, query).unwrap();
    assert_eq!(
        page.total as usize,
        page.rows.len(),
        "one page holds them all"
    );
    page.rows.into_iter().map(|r| r.id).collect()
}

#[test]
fn an_exact_archive_number_finds_its_release_first_while_typing() {
    let o = office();
    let filed = checked(&o, "Penertiban Reklame Tanpa Izin", 1).summary.id;
    checked(&o, "Reklame Baru di Jalan Sudirman", 2);
    sign(&o, &o.kadis, &[&filed], Decision::Reject, drawn(&o, 3)).unwrap();
    sign(&o, &o.kabid, &[&filed], Decision::Approve, drawn(&o, 4)).unwrap();
    let archivist = person(&o.store, "Bambang", "198511202010011002", Role::Archivist);
    let folder = NewFolder {
        cabinet: "A".into(),
        drawer: "2".into(),
        code: "PR-TL-01".into(),
        name: "Tidak disetujui".into(),
        capacity: 50,
    };
    filing::add_folder(&o.store, &Actor::console(), folder).unwrap();
    let input = ArchiveInput {
        release_id: filed.clone(),
        folder: Some("PR-TL-01".into()),
        archived_on: None,
    };
    let number = filing::archive_release(&o.store, &archivist, input)
        .unwrap()
        .archive_no;

    assert_eq!(search(&o, &number, None), vec![filed.clone()]);
    assert_eq!(
        search(&o, &number.to_lowercase(), None),
        vec![filed.clone()],
        "as a scanner or a hurried hand types it"
    );
    assert_eq!(
        search(&o, &number, Some(Status::Archived)),
        vec![filed.clone()]
    );
    assert!(
        search(&o, &number, Some(Status::Registered)).is_empty(),
        "the other filters still decide"
    );
    // Words still find both; the number is not a word.
    assert_eq!(search(&o, "reklame", None).len(), 2);
}

#[test]
fn an_exact_letter_number_leads_the_hits_that_merely_start_like_it() {
    let o = office();
    let mut ids = Vec::new();
    for letter in [
        "440/12/DINKES/2026",
        "440/123/DINKES/2026",
        "440/124/DINKES/2026",
    ] {
        let mut input = release("Imunisasi", "Dinas Kesehatan");
        input.letter_no = letter.into();
        ids.push(
            release::register_release(&o.store, &o.kasi, input)
                .unwrap()
                .summary
                .id,
        );
    }
    let exact = search(&o, "440/12/DINKES/2026", None);
    assert_eq!(
        exact,
        [ids[0].clone(), ids[2].clone(), ids[1].clone()],
        "then the rest, newest first"
    );
    assert_eq!(
        search(&o, "440/123/DINKES/2026", None),
        vec![ids[1].clone()]
    );
    // Paging leaves the first hit out of the later pages and loses none of the others.
    let query = ListQuery {
        search: Some("440/12/DINKES/2026".into()),
        limit: Some(1),
        ..ListQuery::default()
    };
    let first = release::list_releases(&o.store, &o.kasi, query.clone()).unwrap();
    let ids_of = |p: &release::ListPage| p.rows.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids_of(&first), [ids[0].clone(), ids[2].clone()]);
    assert_eq!(first.total, 3);
    let next = ListQuery {
        cursor: first.next_cursor,
        ..query
    };
    let second = release::list_releases(&o.store, &o.kasi, next).unwrap();
    assert_eq!(ids_of(&second), vec![ids[1].clone()]);
    assert_eq!(second.next_cursor, None);
}

#[test]
fn a_website_address_typed_without_https_is_completed_not_refused() {
    let o = office();
    let id = checked(&o, "Festival Budaya Irau Malinau", 5).summary.id;
    sign(&o, &o.kadis, &[&id], Decision::Approve, drawn(&o, 6)).unwrap();
    sign(&o, &o.kabid, &[&id], Decision::Approve, drawn(&o, 7)).unwrap();
    let operator = person(&o.store, "Dewi", "199001152015032001", Role::Operator);
    let input = PublishInput {
        release_id: id.clone(),
        site_id: 1,
        url: "  diskominfo.kaltaraprov.go.id/berita/festival-irau ".into(),
        published_at: None,
    };
    let detail = publication::record_publication(&o.store, &operator, input).unwrap();
    assert_eq!(detail.summary.status, Status::Published);
    assert_eq!(
        detail.publications[0].url,
        "https://diskominfo.kaltaraprov.go.id/berita/festival-irau"
    );
    for (typed, stored) in [
        ("www.go.id/a", "https://www.go.id/a"),
        ("HTTPS://www.go.id/a", "https://www.go.id/a"),
        ("http://www.go.id/a", "http://www.go.id/a"),
        ("ftp://x.go.id/a", "ftp://x.go.id/a"),
        ("javascript:alert(1)", "javascript:alert(1)"),
    ] {
        assert_eq!(publication::complete_url(typed), stored);
    }
    // What names another scheme is still refused, with the address as typed.
    for typed in ["ftp://x.go.id/a", "javascript:alert(1)", "bukan alamat"] {
        let err = publication::check_url(&publication::complete_url(typed)).unwrap_err();
        assert_eq!(err.field(), Some("url"), "{typed}");
    }
}

/// A release registered by the Kasi and not yet checked; `complete` ticks the whole checklist
/// and adds a photo.
fn registered(o: &Office, title: &str, sender: &str, complete: bool) -> String {
    let mut input = release(title, sender);
    if complete {
        let photo = pressdesk_core::evidence::stage_file(
            &o.store,
            Some(&Actor::console()),
            "foto.jpg",
            &jpeg(320, 240, title.len() as u8),
        )
        .unwrap();
        input = with_photos(input, &[(photo.sha256, photo.name)]);
        input.checklist = CHECKLIST.iter().map(|(k, _)| (*k).to_owned()).collect();
    } else {
        input.checklist = vec!["kop".into()];
    }
    release::register_release(&o.store, &o.kasi, input)
        .unwrap()
        .summary
        .id
}

fn batch(ids: &[&String], complete: bool, reason: &str) -> CheckBatchInput {
    CheckBatchInput {
        release_ids: ids.iter().map(|s| (*s).clone()).collect(),
        complete,
        reason: reason.into(),
    }
}

fn queue(o: &Office, filter: CheckFilter) -> Vec<String> {
    paraf::check_queue(&o.store, &o.kasi, filter)
        .unwrap()
        .into_iter()
        .map(|i| i.release.title)
        .collect()
}

#[test]
fn the_kasi_checks_several_releases_at_once_all_or_none() {
    let o = office();
    let a = registered(&o, "Pasar Murah Ramadan", "Dinas Perdagangan", true);
    let b = registered(&o, "Jalan Poros Selesai Diperbaiki", "Dinas PUPR", true);
    let c = registered(&o, "Lomba Perahu Naga", "Dinas Pariwisata", false);
    let checks = |o: &Office| count(&o.store, "SELECT count(*) FROM checks");

    // One incomplete release stops the batch; its number and what it lacks are named.
    let err = paraf::check_releases(&o.store, &o.kasi, batch(&[&a, &b, &c], true, "")).unwrap_err();
    assert_eq!((err.kind(), err.field()), ("invalid", Some("release_ids")));
    assert!(err.to_string().contains("Rilis 003/"), "{err}");
    assert!(err.to_string().contains("belum lengkap"), "{err}");
    assert_eq!(checks(&o), 0, "none of the three was checked");
    assert_eq!(queue(&o, CheckFilter::default()).len(), 3);

    let done = paraf::check_releases(&o.store, &o.kasi, batch(&[&a, &b, &a], true, "")).unwrap();
    assert_eq!(
        done.agenda_nos.len(),
        2,
        "a release picked twice is checked once"
    );
    assert!(
        done.message.starts_with("2 rilis lengkap"),
        "{}",
        done.message
    );
    assert_eq!(queue(&o, CheckFilter::default()), ["Lomba Perahu Naga"]);
    let batches: Vec<serde_json::Value> = column::<String>(
        &o.store,
        "SELECT payload FROM audit_events WHERE action = 'release.check'",
    )
    .iter()
    .map(|p| serde_json::from_str::<serde_json::Value>(p).unwrap()["batch"].clone())
    .collect();
    assert_eq!(batches.len(), 2);
    assert_eq!(batches[0], batches[1], "one batch in the audit trail");

    // Returning needs a reason; a release the Kadis has initialed can no longer be returned.
    let err = paraf::check_releases(&o.store, &o.kasi, batch(&[&c], false, " ")).unwrap_err();
    assert_eq!(err.field(), Some("reason"));
    sign(&o, &o.kadis, &[&a], Decision::Approve, drawn(&o, 9)).unwrap();
    let err = paraf::check_releases(&o.store, &o.kasi, batch(&[&a, &c], false, "Foto kurang"))
        .unwrap_err();
    assert!(err.to_string().contains("Rilis 001/"), "{err}");
    let back =
        paraf::check_releases(&o.store, &o.kasi, batch(&[&c], false, "Foto kurang")).unwrap();
    assert_eq!(back.agenda_nos.len(), 1);
    assert!(back.message.contains("dikembalikan"));
    // Only the Kasi checks.
    assert!(paraf::check_releases(&o.store, &o.kadis, batch(&[&b], true, "")).is_err());
}

#[test]
fn the_check_queue_filters_by_day_sender_and_completeness() {
    let o = office();
    registered(&o, "Pasar Murah Ramadan", "Dinas Perdagangan", true);
    registered(&o, "Harga Cabai Turun", "Dinas Perdagangan", false);
    registered(&o, "Lomba Perahu Naga", "Dinas Pariwisata", true);
    let f = CheckFilter::default;
    assert_eq!(queue(&o, f()).len(), 3);
    let by_sender = CheckFilter {
        sender: Some("perdagangan".into()),
        ..f()
    };
    assert_eq!(
        queue(&o, by_sender),
        ["Pasar Murah Ramadan", "Harga Cabai Turun"],
        "oldest first"
    );
    let incomplete = paraf::check_queue(
        &o.store,
        &o.kasi,
        CheckFilter {
            complete: Some(false),
            ..f()
        },
    )
    .unwrap();
    assert_eq!(incomplete.len(), 1);
    assert_eq!(incomplete[0].release.title, "Harga Cabai Turun");
    assert_eq!(
        (incomplete[0].ticked, incomplete[0].checklist_total),
        (1, 7)
    );
    assert!(incomplete[0]
        .missing
        .iter()
        .any(|m| m.contains("bukti multimedia")));
    let complete = CheckFilter {
        complete: Some(true),
        ..f()
    };
    assert_eq!(queue(&o, complete).len(), 2);
    let future = CheckFilter {
        from: Some("01/01/2099".into()),
        ..f()
    };
    assert!(queue(&o, future).is_empty());
    let past = CheckFilter {
        to: Some("2020-01-01".into()),
        ..f()
    };
    assert!(queue(&o, past).is_empty());
    let today = pressdesk_core::timefmt::local_date(
        pressdesk_core::timefmt::now(),
        pressdesk_core::model::TimeZone::WITA,
    )
    .to_string();
    let only_today = CheckFilter {
        from: Some(today.clone()),
        to: Some(today),
        ..f()
    };
    assert_eq!(queue(&o, only_today).len(), 3);
    let bad = CheckFilter {
        from: Some("kemarin".into()),
        to: Some("31/02/2026".into()),
        ..f()
    };
    let err = paraf::check_queue(&o.store, &o.kasi, bad).unwrap_err();
    assert_eq!(err.fields().map(|f| f.len()), Some(2), "both dates named");
}
