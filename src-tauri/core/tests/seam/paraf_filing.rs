//! Steps 2 to 5 on both stores, through the public acts: the Kasi checks (one release, a batch,
//! a return and its resubmission), the Kadis and the Kabid initial on screen (drawn initials,
//! saved ones, a batch) and on paper (a scan, confirmed or disowned), the operator records the
//! publication, the archivist files, voids and files again; the groups and the filing index
//! read alike. And on the server, two desks giving one paraf at once: one wins.

pub(crate) mod fixtures;

use std::sync::Barrier;

use chrono::Datelike;
use pg_cluster::Cluster;
use pressdesk_core::files::sha256_hex;
use pressdesk_core::filing::{self, ArchiveInput, NewFolder};
use pressdesk_core::model::{Actor, Status, TimeZone};
use pressdesk_core::paraf::{
    self, CheckBatchInput, Decision, Initials, PaperParafInput, PaperReviewInput, RevokeInput,
};
use pressdesk_core::publication::{self, PublishInput};
use pressdesk_core::{args, server, timefmt, Error, Result, Store};
use serde_json::{json, Value};

use super::{offices, server_office, TestOffice};
use fixtures::{check, drawn, paraf, people, registered, staged_png, status, People};
use fixtures::{A, B, C, D, PIN, R, X};

/// Steps 2 and 3 on one store: what the officials are told, and where each release ends.
fn steps_2_and_3(store: &str, o: &TestOffice, p: &People) -> Value {
    let s = &o.store;
    for (uid, seq) in [(A, 1), (B, 2), (C, 3), (D, 4), (R, 5)] {
        registered(o, &p.kasi, uid, seq);
    }
    // The Kasi's check: one release, a batch, and one returned to its sender and sent again.
    check(s, &p.kasi, A, true, "").unwrap_or_else(|e| panic!("{store}: {e}"));
    let batch = CheckBatchInput {
        release_ids: vec![B.into(), C.into(), D.into()],
        complete: true,
        reason: String::new(),
    };
    let checked = paraf::check_releases(s, &p.kasi, batch).unwrap().message;
    check(s, &p.kasi, R, false, "Foto kurang jelas.").unwrap();
    let again = check(s, &p.kasi, R, true, "").unwrap_err().to_string();
    paraf::resubmit_release(s, &p.kasi, R).unwrap();
    check(s, &p.kasi, R, true, "").unwrap();
    let queue: Vec<String> = paraf::check_queue(s, &p.kasi, Default::default())
        .unwrap()
        .into_iter()
        .map(|i| i.release.agenda_no)
        .collect();

    // The Kadis initials on screen with drawn initials he keeps, then a batch with the kept
    // ones; the Kabid co-initials a batch; the Kadis revokes one.
    let first = drawn(s, 3, true);
    let Initials::Drawn { png_sha, .. } = &first else {
        unreachable!()
    };
    let png_sha = png_sha.clone();
    let kadis_a = paraf(s, &p.kadis, &[A], Decision::Approve, first).unwrap();
    let kadis_bc = paraf(s, &p.kadis, &[B, C], Decision::Approve, Initials::Saved);
    let kadis_bc = kadis_bc.unwrap_or_else(|e| panic!("{store}: {e}"));
    let twice = paraf(s, &p.kadis, &[A], Decision::Approve, Initials::Saved).unwrap_err();
    assert!(matches!(twice, Error::Conflict(_)), "{store}: {twice}");
    let twice = twice.to_string();
    assert!(
        twice.starts_with("Rilis 001/2026 sudah diparaf Kadis oleh Drs. Yusuf Abdullah ("),
        "{store}: {twice}"
    );
    let kabid = paraf(s, &p.kabid, &[A, B], Decision::Approve, drawn(s, 5, false)).unwrap();
    let revoke = RevokeInput {
        release_id: C.into(),
        pin: PIN.into(),
        reason: "Data narasumber keliru.".into(),
    };
    let revoked = paraf::revoke_paraf(s, &p.kadis, revoke).unwrap().message;
    // The kept initials are on the store: their bytes come back from it.
    let bytes = std::fs::read(s.file_path(&png_sha).unwrap()).unwrap();
    assert_eq!(sha256_hex(&bytes), png_sha, "{store}");

    // On paper: the Kasi attaches the Kadis's initialed page; the Kadis confirms it. Then the
    // Kabid's, which the Kabid disowns: the release waits for the Kabid again.
    let scan = |official: &Actor| PaperParafInput {
        release_id: D.into(),
        official_id: official.id().unwrap(),
        decision: Decision::Approve,
        note: "Diparaf di atas kertas.".into(),
        scan_sha: staged_png(s, 9 + official.id().unwrap() as u8),
    };
    let paper_kadis = paraf::record_paper_paraf(s, &p.kasi, scan(&p.kadis)).unwrap();
    let to_confirm = paraf::paper_parafs_to_confirm(s, &p.kadis).unwrap();
    assert_eq!(to_confirm.len(), 1, "{store}");
    let review = |id: i64, reason: &str| PaperReviewInput {
        paraf_id: id,
        pin: PIN.into(),
        reason: reason.into(),
    };
    let confirmed = paraf::confirm_paper_paraf(s, &p.kadis, review(to_confirm[0].paraf_id, ""));
    let confirmed = confirmed.unwrap().message;
    paraf::record_paper_paraf(s, &p.kasi, scan(&p.kabid)).unwrap();
    let kabid_paper = paraf::paper_parafs_to_confirm(s, &p.kabid).unwrap();
    let scan_sha = kabid_paper[0].scan_sha.clone();
    let bytes = std::fs::read(s.file_path(&scan_sha).unwrap()).unwrap();
    assert_eq!(
        sha256_hex(&bytes),
        scan_sha,
        "{store}: the scan is on the store"
    );
    let disown = review(kabid_paper[0].paraf_id, "Saya tidak memaraf rilis ini.");
    let disowned = paraf::disown_paper_paraf(s, &p.kabid, disown)
        .unwrap()
        .message;
    let to_fix: Vec<String> = paraf::disowned_paper_parafs(s, &p.kasi)
        .unwrap()
        .into_iter()
        .map(|d| format!("{} {} {}", d.agenda_no, d.official, d.reason))
        .collect();

    let groups = paraf::paraf_groups(s, &p.kadis).unwrap();
    let today = timefmt::local_date(timefmt::now(), TimeZone::WITA).to_string();
    let sheet = paraf::group_sheet(s, &p.kadis, &today).unwrap();
    let names = |list: &[paraf::GroupEntry]| -> Vec<String> {
        list.iter()
            .map(|e| format!("{} {} {} {}", e.agenda_no, e.kadis, e.kabid, e.revoked))
            .collect()
    };
    let officials: Vec<(String, bool)> = sheet
        .officials
        .iter()
        .map(|o| (o.name.clone(), o.initials_sha.is_some()))
        .collect();
    json!({
        "checked": checked, "again": again, "queue": queue,
        "kadis": [kadis_a, kadis_bc], "kabid": kabid, "revoked": revoked,
        "paper": [paper_kadis.message, confirmed, disowned], "to_fix": to_fix,
        "status": ([A, B, C, D, R].map(|u| status(o, u).as_str())),
        "days": groups.days.iter().map(|d| (d.approved, d.rejected)).collect::<Vec<_>>(),
        "approved": groups.approved.iter().map(|r| &r.agenda_no).collect::<Vec<_>>(),
        "sheet": [names(&sheet.approved), names(&sheet.rejected)], "officials": officials,
    })
}

/// Steps 4 and 5 on one store: publication, the filing cabinet, numbers given, voided and
/// given again, a move, and the filing index.
fn steps_4_and_5(store: &str, o: &TestOffice, p: &People) -> Value {
    let s = &o.store;
    let site = publication::add_site(s, &p.operator, "Portal Berita Kota".into());
    assert!(
        matches!(site, Err(Error::Forbidden(_))),
        "{store}: admins add sites"
    );
    let site = publication::add_site(s, &p.admin, "Portal Berita Kota".into()).unwrap();
    let taken = publication::add_site(s, &p.admin, "Portal Berita Kota".into()).unwrap_err();
    let off = publication::set_site_active(s, &p.admin, site.id, false).unwrap();
    let sites = publication::list_sites(s, &p.operator).unwrap();
    let publish = |url: &str| PublishInput {
        release_id: A.into(),
        site_id: sites[0].id,
        url: url.into(),
        published_at: None,
    };
    publication::record_publication(s, &p.operator, publish("diskominfo.go.id/berita/1"))
        .unwrap_or_else(|e| panic!("{store}: {e}"));
    let not_published =
        publication::mark_not_published(s, &p.operator, B.into(), "Edaran internal.".into())
            .unwrap();
    let again = publication::record_publication(
        s,
        &p.operator,
        publish("https://diskominfo.go.id/berita/1"),
    );
    let again = again.unwrap_err().to_string();

    let folder = |code: &str, capacity| NewFolder {
        cabinet: "A".into(),
        drawer: "1".into(),
        code: code.into(),
        name: format!("Rilis {code}"),
        capacity,
    };
    let admin = &p.archivist;
    let added = filing::add_folder(s, admin, folder("2026-01", 2));
    let added = added.unwrap_or_else(|e| panic!("{store}: {e}"));
    filing::add_folder(s, admin, folder("2026-02", 5)).unwrap();
    let archive = |uid: &str, folder: Option<&str>| {
        let input = ArchiveInput {
            release_id: uid.into(),
            folder: folder.map(str::to_owned),
            archived_on: None,
        };
        filing::archive_release(s, &p.archivist, input)
    };
    let a = archive(A, None).unwrap_or_else(|e| panic!("{store}: {e}"));
    let b = archive(B, Some("2026-01")).unwrap();
    let refused = archive(D, Some("2026-02")).unwrap_err().to_string();
    let twice = archive(A, Some("2026-01")).unwrap_err().to_string();
    filing::void_archive_no(s, &p.archivist, &a.archive_no, "Salah seri.").unwrap();
    let after_void = status(o, A);
    let a2 = archive(A, Some("2026-01")).unwrap();
    let moved = filing::move_release(s, &p.archivist, B, "2026-02").unwrap();
    let year = timefmt::local_date(timefmt::now(), TimeZone::WITA).year();
    let index: Vec<Value> = filing::filing_index(s, &p.archivist, year)
        .unwrap()
        .into_iter()
        .map(|f| {
            let entries: Vec<Value> = f
                .entries
                .iter()
                .map(|e| json!([e.archive_no, e.seq, e.agenda_no, e.title, e.voided]))
                .collect();
            json!({ "location": f.location, "name": f.folder_name, "entries": entries })
        })
        .collect();
    let labels: Vec<String> = filing::label_items(s, year, None, None)
        .unwrap()
        .into_iter()
        .map(|l| format!("{} {}", l.archive_no, l.location))
        .collect();
    let folders: Vec<(String, i64)> = filing::list_folders(s, admin)
        .unwrap()
        .into_iter()
        .map(|f| (f.code, f.used))
        .collect();
    let series: Vec<String> = filing::list_series(s, admin)
        .unwrap()
        .into_iter()
        .map(|x| x.next_preview)
        .collect();
    json!({
        "sites": sites.iter().map(|x| (&x.name, x.active)).collect::<Vec<_>>(),
        "site": [site.name, taken.to_string(), off.active.to_string()], "again": again,
        "not_published": not_published.summary.status,
        "added": added.location,
        "numbers": [a.archive_no, b.archive_no, a2.archive_no, moved.archive_no],
        "refused": refused, "twice": twice, "after_void": after_void.as_str(),
        "moved": moved.location,
        "status": ([A, B].map(|u| status(o, u).as_str())),
        "index": index, "labels": labels, "folders": folders, "series": series,
    })
}

#[test]
fn the_paraf_publication_and_filing_read_the_same_on_both_stores() {
    let tag = "paraf_filing";
    let mut seen = Vec::new();
    for (store, office) in offices(tag) {
        let p = people(store, tag, &office);
        let paraf = steps_2_and_3(store, &office, &p);
        let filing = steps_4_and_5(store, &office, &p);
        seen.push((paraf, filing));
    }
    assert_eq!(seen[0].0, seen[1].0, "the same checks and parafs");
    assert_eq!(seen[0].1, seen[1].1, "the same publication and filing");
    let (paraf, filing) = &seen[0];
    assert_eq!(
        paraf["status"],
        json!([
            "Approved",
            "Approved",
            "Registered",
            "Initialed",
            "Registered"
        ])
    );
    assert_eq!(paraf["approved"], json!(["002/2026", "001/2026"]));
    let numbers: Vec<&str> = filing["numbers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| &n.as_str().unwrap()[..18])
        .collect();
    assert_eq!(
        numbers,
        [
            "001/PR/DISKOMINFO",
            "002/PR/DISKOMINFO",
            "003/PR/DISKOMINFO",
            "002/PR/DISKOMINFO"
        ]
        .map(|n| format!("{n}/"))
    );
    assert_eq!(filing["status"], json!(["Archived", "Archived"]));
    assert_eq!(filing["after_void"], "Published");
    assert_eq!(
        filing["folders"],
        json!([["2026-01", 1], ["2026-02", 1]]),
        "a voided number frees its place; a moved release takes its place along"
    );
    let index = &filing["index"];
    assert_eq!(
        index[0]["entries"].as_array().map(Vec::len),
        Some(2),
        "{index}"
    );
    assert_eq!(
        index[0]["entries"][0][4], "Salah seri.",
        "the voided number stays listed"
    );
}

/// Two desks (two folders, two server sessions) give the Kadis's paraf to one release at the
/// same moment: one paraf is recorded, the other desk is told who gave it.
#[test]
fn two_desks_initialing_one_release_at_once_record_one_paraf() {
    let tag = "paraf_race";
    let (_dir, first) = server_office(tag);
    let office = TestOffice { _dir, store: first };
    let p = people("postgres", tag, &office);
    registered(&office, &p.kasi, X, 1);
    check(&office.store, &p.kasi, X, true, "").unwrap();
    let cluster = Cluster::shared();
    let db = format!("seam_{tag}");
    let second = server::desk_add(&cluster.superuser_url(&db), "kadis").unwrap();
    let url = cluster.url(&second.login, &second.password, &db);
    let other_dir = tempfile::tempdir().unwrap();
    let other = Store::open_server(&url, other_dir.path()).unwrap();
    let desks = [&office.store, &other];
    let initials: Vec<Initials> = desks
        .iter()
        .enumerate()
        .map(|(i, s)| drawn(s, 3 + i as u8, false))
        .collect();
    let start = Barrier::new(2);
    let results: Vec<Result<String>> = std::thread::scope(|scope| {
        let runs: Vec<_> = desks
            .iter()
            .zip(initials)
            .map(|(desk, i)| {
                let (start, kadis) = (&start, &p.kadis);
                scope.spawn(move || {
                    start.wait();
                    paraf(desk, kadis, &[X], Decision::Approve, i)
                })
            })
            .collect();
        runs.into_iter().map(|r| r.join().unwrap()).collect()
    });
    let won = results.iter().filter(|r| r.is_ok()).count();
    assert_eq!(won, 1, "{results:?}");
    let lost = results.iter().find_map(|r| r.as_ref().err()).unwrap();
    assert!(matches!(lost, Error::Conflict(_)), "{lost:?}");
    assert!(
        lost.to_string()
            .starts_with("Rilis 001/2026 sudah diparaf Kadis oleh Drs. Yusuf Abdullah ("),
        "{lost}"
    );
    let (parafs, events) = other
        .with_db(|db| {
            let count = |sql: &str| db.query_row(sql, args![X], |r| r.get::<i64>(0));
            Ok((
                count(
                    "SELECT count(*) FROM parafs p JOIN releases r ON r.id = p.release_id
                     WHERE r.uid = ?1",
                )?,
                count(
                    "SELECT count(*) FROM audit_events
                     WHERE action = 'release.paraf' AND entity_id = ?1",
                )?,
            ))
        })
        .unwrap();
    assert_eq!((parafs, events), (1, 1));
    assert_eq!(status(&office, X), Status::Initialed);
    // The winner's initials reached the server with the paraf: the other desk reads them.
    let sha: String = other
        .with_db(|db| {
            db.query_row(
                "SELECT initials_sha FROM parafs p JOIN releases r ON r.id = p.release_id
                 WHERE r.uid = ?1",
                args![X],
                |r| r.get(0),
            )
        })
        .unwrap();
    let fresh = tempfile::tempdir().unwrap();
    let third = Store::open_server(&url, fresh.path()).unwrap();
    let bytes = std::fs::read(third.file_path(&sha).unwrap()).unwrap();
    assert_eq!(sha256_hex(&bytes), sha);
}
