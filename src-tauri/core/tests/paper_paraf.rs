//! Paraf on paper, printed as paper: the Kasi records a paper paraf from a scan in the Kadis's
//! or Kabid's name; they confirm it or disown it (which the Kasi must then correct); the ledger
//! and the release sheet print the scan and whether it was confirmed. Also: only an admin
//! creates a Kadis, Kabid or Admin, and the groups of step 3 stay as initialed.

mod common;

use common::paper_scans::*;
use common::paraf_office::*;
use common::pdf_tools::*;
use common::*;
use pressdesk_core::auth;
use pressdesk_core::filing::{self, ArchiveInput, NewFolder};
use pressdesk_core::model::{Actor, Role, Status};
use pressdesk_core::paraf::{self, Decision, Initials, PaperReviewInput};
use pressdesk_core::print::{self, Paper};
use pressdesk_core::publication::{self, PublishInput};
use pressdesk_core::users::{self, NewUser};
use pressdesk_core::{release, Error};

fn status(o: &Office, id: &str) -> Status {
    release::get_release(&o.store, &Actor::console(), id)
        .unwrap()
        .summary
        .status
}

fn audit_kinds(o: &Office) -> Vec<String> {
    actions(&o.store)
}

#[test]
fn the_kadis_sees_the_paper_paraf_recorded_in_his_name_and_confirms_it() {
    let o = office();
    let r = checked(&o, "Peresmian jembatan", 1).summary.id;
    on_paper(
        &o,
        &r,
        &o.kadis,
        Decision::Approve,
        "scan.jpg",
        &scanned_page(1),
    );

    let waiting = paraf::paper_parafs_to_confirm(&o.store, &o.kadis).unwrap();
    assert_eq!(waiting.len(), 1);
    let p = &waiting[0];
    assert_eq!(p.release_id, r);
    assert_eq!(p.scanned_by, "Rahmat Hidayat", "names who recorded it");
    assert_eq!(p.scan_mime, "image/jpeg");
    assert_eq!(p.decision_label, "Setuju");
    // Nobody else is asked about it.
    assert!(paraf::paper_parafs_to_confirm(&o.store, &o.kabid)
        .unwrap()
        .is_empty());
    assert!(paraf::paper_parafs_to_confirm(&o.store, &o.kasi)
        .unwrap()
        .is_empty());

    let not_his = paraf::confirm_paper_paraf(&o.store, &o.kabid, review(p.paraf_id, PIN, ""));
    assert!(matches!(not_his, Err(Error::Forbidden(_))), "{not_his:?}");
    let kasi = paraf::confirm_paper_paraf(&o.store, &o.kasi, review(p.paraf_id, PIN, ""));
    assert!(matches!(kasi, Err(Error::Forbidden(_))), "{kasi:?}");
    assert!(
        paraf::confirm_paper_paraf(&o.store, &o.kadis, review(p.paraf_id, "0000", "")).is_err()
    );

    let done = paraf::confirm_paper_paraf(&o.store, &o.kadis, review(p.paraf_id, PIN, "")).unwrap();
    assert!(done.message.contains("dikonfirmasi"), "{}", done.message);
    assert!(paraf::paper_parafs_to_confirm(&o.store, &o.kadis)
        .unwrap()
        .is_empty());
    let again = paraf::confirm_paper_paraf(&o.store, &o.kadis, review(p.paraf_id, PIN, ""));
    assert!(matches!(again, Err(Error::Conflict(_))), "{again:?}");

    let detail = release::get_release(&o.store, &Actor::console(), &r).unwrap();
    let entry = &detail.parafs[0];
    assert_eq!(entry.scanned_by.as_deref(), Some("Rahmat Hidayat"));
    assert!(entry.review.as_ref().unwrap().confirmed);
    assert_eq!(
        detail.summary.status,
        Status::Initialed,
        "confirming moves nothing"
    );
    assert!(audit_kinds(&o).contains(&"paraf.paper.confirm".to_owned()));
}

#[test]
fn a_disowned_paper_paraf_stops_counting_and_the_release_waits_for_that_paraf_again() {
    let o = office();
    let r = checked(&o, "Festival budaya Irau", 2).summary.id;
    on_paper(
        &o,
        &r,
        &o.kadis,
        Decision::Approve,
        "scan.jpg",
        &scanned_page(2),
    );
    sign(&o, &o.kabid, &[&r], Decision::Approve, drawn(&o, 3)).unwrap();
    assert_eq!(status(&o, &r), Status::Approved);
    let id = paraf::paper_parafs_to_confirm(&o.store, &o.kadis).unwrap()[0].paraf_id;

    let no_reason = paraf::disown_paper_paraf(&o.store, &o.kadis, review(id, PIN, " "));
    assert_eq!(no_reason.unwrap_err().field(), Some("reason"));
    assert_eq!(
        status(&o, &r),
        Status::Approved,
        "a refusal changes nothing"
    );

    paraf::disown_paper_paraf(
        &o.store,
        &o.kadis,
        review(id, PIN, "Saya sedang dinas luar."),
    )
    .unwrap();
    // The decision was never given: the release is back in the Kadis's queue, and the
    // Kabid's co-paraf made on it no longer counts either.
    assert_eq!(status(&o, &r), Status::Registered);
    let detail = release::get_release(&o.store, &Actor::console(), &r).unwrap();
    assert!(detail.parafs.iter().all(|p| p.revoked.is_some()));
    let review = detail.parafs[0].review.as_ref().unwrap();
    assert!(!review.confirmed && review.reason == "Saya sedang dinas luar.");
    assert!(detail.parafs[0]
        .revoked
        .as_ref()
        .unwrap()
        .reason
        .contains("Bukan paraf saya"));
    assert!(audit_kinds(&o).contains(&"paraf.paper.disown".to_owned()));
    assert!(paraf::paper_parafs_to_confirm(&o.store, &o.kadis)
        .unwrap()
        .is_empty());
    // The Kasi is told what to correct.
    let to_fix = paraf::disowned_paper_parafs(&o.store, &o.kasi).unwrap();
    assert_eq!(to_fix.len(), 1);
    assert_eq!(to_fix[0].release_id, r);
    assert_eq!(to_fix[0].official, "Kadis: Drs. Yusuf Abdullah");
    assert_eq!(to_fix[0].reason, "Saya sedang dinas luar.");
    // The Kasi corrects it: here the Kadis initials on screen, and the SOP goes on.
    sign(&o, &o.kadis, &[&r], Decision::Approve, drawn(&o, 4)).unwrap();
    sign(&o, &o.kabid, &[&r], Decision::Approve, Initials::Saved).unwrap();
    assert_eq!(status(&o, &r), Status::Approved);
    assert!(paraf::disowned_paper_parafs(&o.store, &o.kasi)
        .unwrap()
        .is_empty());

    // A Kabid's disowned paper paraf sends the release back to the Kabid only.
    let r2 = checked(&o, "Rapat koordinasi", 5).summary.id;
    sign(&o, &o.kadis, &[&r2], Decision::Approve, Initials::Saved).unwrap();
    on_paper(
        &o,
        &r2,
        &o.kabid,
        Decision::Reject,
        "scan2.jpg",
        &scanned_page(5),
    );
    assert_eq!(status(&o, &r2), Status::Rejected);
    let id2 = paraf::paper_parafs_to_confirm(&o.store, &o.kabid).unwrap()[0].paraf_id;
    paraf::disown_paper_paraf(&o.store, &o.kabid, super_review(id2)).unwrap();
    assert_eq!(status(&o, &r2), Status::Initialed);
    let parafs = release::get_release(&o.store, &Actor::console(), &r2)
        .unwrap()
        .parafs;
    assert!(parafs[0].revoked.is_none(), "the Kadis's paraf stays");
    assert!(parafs[1].revoked.is_some());
}

fn super_review(id: i64) -> PaperReviewInput {
    review(id, PIN, "Paraf ini bukan tulisan saya.")
}

#[test]
fn a_paper_paraf_cannot_be_disowned_once_the_release_is_published() {
    let o = office();
    let operator = person(&o.store, "Dewi", "199001152015032001", Role::Operator);
    let r = checked(&o, "Pameran UMKM", 6).summary.id;
    sign(&o, &o.kadis, &[&r], Decision::Approve, drawn(&o, 1)).unwrap();
    on_paper(
        &o,
        &r,
        &o.kabid,
        Decision::Approve,
        "scan.jpg",
        &scanned_page(6),
    );
    let publish = PublishInput {
        release_id: r.clone(),
        site_id: 1,
        url: "https://diskominfo.kaltaraprov.go.id/berita/pameran".into(),
        published_at: None,
    };
    publication::record_publication(&o.store, &operator, publish).unwrap();
    let id = paraf::paper_parafs_to_confirm(&o.store, &o.kabid).unwrap()[0].paraf_id;
    let late = paraf::disown_paper_paraf(&o.store, &o.kabid, super_review(id));
    assert!(matches!(late, Err(Error::Conflict(_))), "{late:?}");
    assert_eq!(status(&o, &r), Status::Published);
    // It can still be confirmed.
    paraf::confirm_paper_paraf(&o.store, &o.kabid, review(id, PIN, "")).unwrap();
}

#[test]
fn a_kadis_kabid_or_admin_is_created_only_by_a_signed_in_admin() {
    let (_dir, store) = store();
    let user = |nip: &str, role| NewUser {
        name: format!("{role:?}"),
        nip: nip.into(),
        role,
        position: "Staf".into(),
        pin: Some(PIN.into()),
        rank: None,
    };
    for (nip, role) in [
        ("196805121993031004", Role::Kadis),
        ("197503172000032002", Role::Kabid),
        ("198001012005011002", Role::Admin),
    ] {
        let console = users::add_user(&store, &Actor::console(), user(nip, role));
        let err = console.unwrap_err();
        assert!(matches!(err, Error::Forbidden(_)), "{err:?}");
        assert!(err.to_string().contains("--admin-pin"), "{err}");
    }
    // The console still adds the other roles, and the admin every role.
    let kasi = users::add_user(
        &store,
        &Actor::console(),
        user("198207092006041003", Role::Kasi),
    )
    .unwrap();
    let kasi = auth::sign_in(&store, kasi.id, PIN).unwrap();
    let by_kasi = users::add_user(&store, &kasi, user("196805121993031004", Role::Kadis));
    assert!(matches!(by_kasi, Err(Error::Forbidden(_))));
    let kadis = users::add_user(
        &store,
        &admin(&store),
        user("196805121993031004", Role::Kadis),
    )
    .unwrap();
    // Nor may the console give a Kadis a PIN it knows.
    let reset = auth::reset_pin(&store, &Actor::console(), kadis.id, "9999");
    assert!(matches!(reset, Err(Error::Forbidden(_))), "{reset:?}");
    auth::reset_pin(&store, &admin(&store), kadis.id, "9999").unwrap();
    let names: Vec<String> = users::list_users(&store)
        .unwrap()
        .into_iter()
        .map(|u| u.role_label)
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
}

#[test]
fn the_groups_of_a_day_stay_as_initialed_after_publication_and_filing() {
    let o = office();
    let operator = person(&o.store, "Dewi", "199001152015032001", Role::Operator);
    let archivist = person(&o.store, "Bambang", "198511202010011002", Role::Archivist);
    let ids: Vec<String> = (0..4)
        .map(|i| checked(&o, &format!("Rilis kelompok {i}"), i).summary.id)
        .collect();
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    sign(&o, &o.kadis, &refs[..3], Decision::Approve, drawn(&o, 1)).unwrap();
    sign(&o, &o.kadis, &refs[3..], Decision::Reject, Initials::Saved).unwrap();
    sign(&o, &o.kabid, &refs[..2], Decision::Approve, drawn(&o, 2)).unwrap();
    sign(&o, &o.kabid, &refs[3..], Decision::Approve, Initials::Saved).unwrap();
    on_paper(
        &o,
        refs[2],
        &o.kabid,
        Decision::Approve,
        "scan.jpg",
        &scanned_page(7),
    );
    let before = paraf::paraf_groups(&o.store, &Actor::console()).unwrap();
    assert_eq!((before.approved_total, before.rejected_total), (3, 1));

    // One approved release goes online and into the cabinet; the rejected one is filed too.
    let publish = PublishInput {
        release_id: ids[0].clone(),
        site_id: 1,
        url: "https://diskominfo.kaltaraprov.go.id/berita/satu".into(),
        published_at: None,
    };
    publication::record_publication(&o.store, &operator, publish).unwrap();
    let folder = NewFolder {
        cabinet: "A".into(),
        drawer: "1".into(),
        code: "2026-01".into(),
        name: "Map".into(),
        capacity: 50,
    };
    filing::add_folder(&o.store, &Actor::console(), folder).unwrap();
    for id in [&ids[0], &ids[3]] {
        let input = ArchiveInput {
            release_id: id.clone(),
            folder: None,
            archived_on: None,
        };
        filing::archive_release(&o.store, &archivist, input).unwrap();
    }
    assert_eq!(status(&o, &ids[0]), Status::Archived);

    let after = paraf::paraf_groups(&o.store, &Actor::console()).unwrap();
    assert_eq!((after.approved_total, after.rejected_total), (3, 1));
    let approved: Vec<&str> = after.approved.iter().map(|r| r.id.as_str()).collect();
    assert!(
        approved.contains(&ids[0].as_str()),
        "filed, still in its group"
    );
    assert_eq!(after.days.len(), 1);
    assert_eq!((after.days[0].approved, after.days[0].rejected), (3, 1));

    let date = after.days[0].date.clone();
    let sheet = paraf::group_sheet(&o.store, &Actor::console(), &date).unwrap();
    assert_eq!((sheet.approved.len(), sheet.rejected.len()), (3, 1));
    assert_eq!(sheet.approved[0].kadis, "Drs. Yusuf Abdullah");
    assert_eq!(sheet.officials.len(), 2);
    assert!(
        sheet.officials[1].scan_sha.is_some(),
        "the Kabid's last was on paper"
    );

    let pdf = print::groups_pdf(&o.store, &Actor::console(), &date, Paper::A4).unwrap();
    let path = write("kelompok.pdf", &pdf);
    tool("qpdf", &["--check", &path]);
    let info = tool("pdfinfo", &[&path]);
    let pages = info.lines().find_map(|l| l.strip_prefix("Pages:"));
    assert_eq!(pages.map(str::trim), Some("1"), "one page: {info}");
    let text = text_of(&path);
    for needle in [
        "KELOMPOK PRESS RELEASE",
        "A. Disetujui (3)",
        "B. Tidak disetujui (1)",
        "3 disetujui · 1 tidak disetujui",
        "Rilis kelompok 0",
        "Rilis kelompok 3",
        "Drs. Yusuf Abdullah",
        "Fransiska Lenny",
        "(paraf di kertas)",
    ] {
        assert!(text.contains(needle), "{needle}: {text}");
    }
    let images = tool("pdfimages", &["-list", &path]);
    assert!(images.lines().count() >= 4, "two parafs: {images}");
    tool(
        "pdftoppm",
        &["-png", "-r", "60", &path, &path.replace(".pdf", "")],
    );
}
