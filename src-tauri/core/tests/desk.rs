//! The desk as a new office found it: an exact number found while typing, a website address
//! typed without its scheme, the Kasi's check of several releases at once.

mod common;

use common::paraf_office::*;
use common::*;
use pressdesk_core::auth::Actor;
use pressdesk_core::filing::{self, ArchiveInput, NewFolder, PublishInput};
use pressdesk_core::model::{Role, Status};
use pressdesk_core::paraf::Decision;
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

    assert_eq!(search(&o, &number, None), [filed.clone()]);
    assert_eq!(
        search(&o, &number.to_lowercase(), None),
        [filed.clone()],
        "as a scanner or a hurried hand types it"
    );
    assert_eq!(search(&o, &number, Some(Status::Archived)), [filed.clone()]);
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
    assert_eq!(search(&o, "440/123/DINKES/2026", None), [ids[1].clone()]);
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
    assert_eq!(ids_of(&second), [ids[1].clone()]);
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
    let detail = filing::record_publication(&o.store, &operator, input).unwrap();
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
        assert_eq!(filing::complete_url(typed), stored);
    }
    // What names another scheme is still refused, with the address as typed.
    for typed in ["ftp://x.go.id/a", "javascript:alert(1)", "bukan alamat"] {
        let err = filing::check_url(&filing::complete_url(typed)).unwrap_err();
        assert_eq!(err.field(), Some("url"), "{typed}");
    }
}
