//! The week at the desk through core on a real store: the Kasi corrects a release before its
//! deciding paraf, a returned release comes back and is checked, a withdrawn one keeps its
//! number; after the paraf nothing changes, also below the code.

mod common;

use common::paraf_office::*;
use common::*;
use pressdesk_core::catalog::CHECKLIST;
use pressdesk_core::model::{Actor, Status};
use pressdesk_core::paraf::{self, CheckInput, Decision};
use pressdesk_core::release::{self, EvidenceInput, ListQuery, ReleaseEdit, WithdrawInput};
use pressdesk_core::reports::sop_time_report;
use pressdesk_core::{evidence, verify};

fn photo(o: &Office, name: &str, seed: u8) -> EvidenceInput {
    let staged =
        evidence::stage_file(&o.store, Some(&o.kasi), name, &jpeg(320, 240, seed)).unwrap();
    EvidenceInput {
        sha256: staged.sha256,
        kind: staged.kind,
        name: staged.name,
    }
}

fn edit(o: &Office, id: &str, e: ReleaseEdit) -> pressdesk_core::Result<release::ReleaseDetail> {
    release::edit_release(&o.store, &o.kasi, id, e)
}

fn check(o: &Office, id: &str, reason: Option<&str>) -> pressdesk_core::Result<()> {
    let input = CheckInput {
        release_id: id.into(),
        complete: reason.is_none(),
        reason: reason.unwrap_or_default().into(),
    };
    paraf::check_release(&o.store, &o.kasi, input).map(|_| ())
}

fn verified(o: &Office) {
    let report = verify::verify(&o.store, &Actor::console(), true).unwrap();
    assert!(report.ok, "{:?}", report.faults);
}

#[test]
fn the_kasi_corrects_every_field_and_the_evidence_before_paraf_in_one_audited_event() {
    let o = office();
    let first = photo(&o, "salah.jpg", 1);
    let mut input = release("Peresmian Jembatan Sesayp", "Dinas Kesehatn");
    input.evidence = vec![first.clone()];
    input.letter_no = "001/DK/2026".into();
    let r = release::register_release(&o.store, &o.kasi, input).unwrap();
    let id = r.summary.id.clone();

    let added = photo(&o, "peresmian.jpg", 2);
    let fixed = edit(
        &o,
        &id,
        ReleaseEdit {
            title: Some("Peresmian Jembatan Sesayap".into()),
            sender_org: Some("Dinas Kesehatan".into()),
            letter_date: Some("2026-01-02".into()),
            event_place: Some("Tanjung Selor".into()),
            checklist: Some(CHECKLIST.iter().map(|(k, _)| (*k).to_owned()).collect()),
            add_evidence: vec![added.clone()],
            remove_evidence: vec![first.sha256.clone()],
            ..ReleaseEdit::default()
        },
    )
    .unwrap();

    assert_eq!(
        fixed.summary.agenda_no, r.summary.agenda_no,
        "the number never changes"
    );
    assert_eq!(fixed.summary.title, "Peresmian Jembatan Sesayap");
    assert_eq!(fixed.summary.sender_org, "Dinas Kesehatan");
    assert_eq!(fixed.event_place, "Tanjung Selor");
    let names: Vec<&str> = fixed.evidence.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        ["peresmian.jpg"],
        "the wrong photo is off, the right one on"
    );
    assert_eq!(fixed.summary.evidence_count, 1);

    let event = fixed
        .audit
        .iter()
        .find(|a| a.action == "release.edit")
        .unwrap();
    let change = |field: &str| event.changes.iter().find(|c| c.field == field).unwrap();
    assert_eq!(change("title").before, "Peresmian Jembatan Sesayp");
    assert_eq!(change("title").after, "Peresmian Jembatan Sesayap");
    assert_eq!(change("letter_date").after, "2 Januari 2026");
    let evidence: Vec<(&str, &str)> = event
        .changes
        .iter()
        .filter(|c| c.field == "evidence")
        .map(|c| (c.before.as_str(), c.after.as_str()))
        .collect();
    assert_eq!(evidence, [("salah.jpg", ""), ("", "peresmian.jpg")]);
    assert_eq!(
        fixed
            .audit
            .iter()
            .filter(|a| a.action == "release.edit")
            .count(),
        1,
        "one correction, one event"
    );

    // Search finds the corrected words, not the typo.
    let found = |text: &str| {
        let query = ListQuery {
            search: Some(text.into()),
            ..ListQuery::default()
        };
        release::list_releases(&o.store, &Actor::console(), query)
            .unwrap()
            .total
    };
    assert_eq!((found("Sesayap"), found("Sesayp")), (1, 0));

    // The photo taken off can be put back.
    let back = edit(
        &o,
        &id,
        ReleaseEdit {
            add_evidence: vec![first],
            ..ReleaseEdit::default()
        },
    )
    .unwrap();
    assert_eq!(back.evidence.len(), 2);
    verified(&o);
}

#[test]
fn a_correction_is_refused_after_the_deciding_paraf_also_below_the_code() {
    let o = office();
    let r = checked(&o, "Rapat Koordinasi", 3);
    let id = r.summary.id.clone();
    sign(&o, &o.kadis, &[&id], Decision::Approve, drawn(&o, 4)).unwrap();

    let title = ReleaseEdit {
        title: Some("Judul lain".into()),
        ..ReleaseEdit::default()
    };
    let err = edit(&o, &id, title).unwrap_err();
    assert_eq!(err.kind(), "conflict");
    assert!(err.to_string().contains("tidak dapat diubah"), "{err}");

    let removal = below_the_code(&o.store, "UPDATE evidence SET removed_at = 'x'").unwrap_err();
    assert!(removal.to_string().contains("immutable"), "{removal}");
    let corrected = below_the_code(&o.store, "UPDATE releases SET corrected_at = 'x'").unwrap_err();
    assert!(corrected.to_string().contains("immutable"), "{corrected}");
    verified(&o);
}

#[test]
fn only_the_kasi_corrects_and_nothing_changes_when_a_field_is_wrong() {
    let o = office();
    let r = checked(&o, "Sosialisasi Vaksin", 5);
    let id = r.summary.id.clone();
    let wrong = ReleaseEdit {
        title: Some(String::new()),
        ..ReleaseEdit::default()
    };
    let err = edit(&o, &id, wrong).unwrap_err();
    assert_eq!(err.field(), Some("title"));
    let other_year = ReleaseEdit {
        received_at: Some("2019-05-01T10:00".into()),
        ..ReleaseEdit::default()
    };
    assert_eq!(
        edit(&o, &id, other_year).unwrap_err().field(),
        Some("received_at")
    );
    let by_kadis = release::edit_release(&o.store, &o.kadis, &id, ReleaseEdit::default());
    assert_eq!(by_kadis.unwrap_err().kind(), "forbidden");

    let after = release::get_release(&o.store, &Actor::console(), &id).unwrap();
    assert_eq!(after.summary.title, "Sosialisasi Vaksin");
    assert!(!after.audit.iter().any(|a| a.action == "release.edit"));
}

#[test]
fn a_returned_release_waits_on_its_sender_then_is_fixed_resubmitted_and_checked() {
    let o = office();
    let mut input = release("Pengumuman Seleksi", "BKD");
    input.evidence = vec![photo(&o, "seleksi.jpg", 6)];
    let r = release::register_release(&o.store, &o.kasi, input).unwrap();
    let id = r.summary.id.clone();

    check(&o, &id, Some("Tanpa tanda tangan pejabat")).unwrap();
    let err = check(&o, &id, None).unwrap_err();
    assert!(err.to_string().contains("kirim ulang"), "{err}");
    let waiting = release::get_release(&o.store, &Actor::console(), &id).unwrap();
    assert!(waiting.timeline[1].waiting && !waiting.timeline[1].running);
    let returned = waiting
        .audit
        .iter()
        .find(|a| a.action == "release.return")
        .unwrap();
    assert_eq!(
        returned.reason.as_deref(),
        Some("Tanpa tanda tangan pejabat")
    );

    let all = CHECKLIST.iter().map(|(k, _)| (*k).to_owned()).collect();
    edit(
        &o,
        &id,
        ReleaseEdit {
            checklist: Some(all),
            ..ReleaseEdit::default()
        },
    )
    .unwrap();
    let again = paraf::resubmit_release(&o.store, &o.kasi, &id).unwrap();
    assert!(!again.timeline[1].waiting && again.timeline[1].running);
    assert!(
        paraf::resubmit_release(&o.store, &o.kasi, &id).is_err(),
        "only once"
    );
    check(&o, &id, None).unwrap();
    sign(&o, &o.kadis, &[&id], Decision::Approve, drawn(&o, 7)).unwrap();

    let actions: Vec<String> = release::get_release(&o.store, &Actor::console(), &id)
        .unwrap()
        .audit
        .into_iter()
        .map(|a| a.action)
        .collect();
    let want = [
        "release.return",
        "release.edit",
        "release.resubmit",
        "release.check",
    ];
    let at = |a: &str| actions.iter().position(|x| x == a).unwrap();
    assert!(want.windows(2).all(|w| at(w[0]) < at(w[1])), "{actions:?}");

    let year = chrono::Datelike::year(&chrono::Utc::now());
    let report = sop_time_report(&o.store, &Actor::console(), year, None).unwrap();
    assert_eq!((report.returns, report.resubmissions), (1, 1));
    verified(&o);
}

#[test]
fn a_withdrawn_release_keeps_its_number_and_never_changes_again() {
    let o = office();
    let first = checked(&o, "Rilis yang ditarik", 8);
    let id = first.summary.id.clone();
    let withdraw = |reason: &str| {
        let input = WithdrawInput {
            release_id: id.clone(),
            reason: reason.into(),
        };
        release::withdraw_release(&o.store, &o.kasi, input)
    };
    assert_eq!(withdraw(" ").unwrap_err().field(), Some("reason"));
    let gone = withdraw("Pengirim membatalkan acara").unwrap();
    assert_eq!(gone.summary.status, Status::Withdrawn);
    assert_eq!(gone.summary.status_label, "Ditarik");
    assert_eq!(gone.summary.agenda_no, first.summary.agenda_no);

    let next = checked(&o, "Rilis berikutnya", 9);
    assert_ne!(
        next.summary.agenda_no, first.summary.agenda_no,
        "never given again"
    );
    assert!(edit(
        &o,
        &id,
        ReleaseEdit {
            title: Some("x".into()),
            ..ReleaseEdit::default()
        }
    )
    .is_err());
    let err = sign(&o, &o.kadis, &[&id], Decision::Approve, drawn(&o, 10)).unwrap_err();
    assert!(err.to_string().contains("ditarik"), "{err}");
    assert!(withdraw("lagi").is_err());

    let listed = |status| {
        let query = ListQuery {
            status: Some(status),
            ..ListQuery::default()
        };
        release::list_releases(&o.store, &Actor::console(), query)
            .unwrap()
            .total
    };
    assert_eq!(
        (listed(Status::Withdrawn), listed(Status::Registered)),
        (1, 1)
    );
    let below = below_the_code(
        &o.store,
        "UPDATE releases SET title = 'x' WHERE withdrawn_at IS NOT NULL",
    );
    assert!(below.unwrap_err().to_string().contains("withdrawn"));
    verified(&o);
}

#[test]
fn the_ledger_prints_a_withdrawn_and_a_corrected_release_as_such() {
    let o = office();
    let kept = checked(&o, "Rilis yang diperbaiki", 11);
    edit(
        &o,
        &kept.summary.id,
        ReleaseEdit {
            title: Some("Rilis yang sudah diperbaiki".into()),
            ..ReleaseEdit::default()
        },
    )
    .unwrap();
    let gone = checked(&o, "Rilis yang ditarik", 12);
    let input = WithdrawInput {
        release_id: gone.summary.id.clone(),
        reason: "Acara dibatalkan".into(),
    };
    release::withdraw_release(&o.store, &o.kasi, input).unwrap();

    let now = chrono::Utc::now();
    let (year, month) = (chrono::Datelike::year(&now), chrono::Datelike::month(&now));
    let period = pressdesk_core::period::Period::Month { year, month };
    let pdf =
        pressdesk_core::print::ledger_pdf(&o.store, &period, pressdesk_core::print::Paper::A4)
            .unwrap();
    let path = common::pdf_tools::write("ledger-corrections.pdf", &pdf);
    let text = common::pdf_tools::collapse(&common::pdf_tools::text_of(&path));
    assert!(
        text.contains("DITARIK pengirim: Acara dibatalkan"),
        "{text}"
    );
    assert!(text.contains("Ditarik"), "{text}");
    assert!(text.contains("Diperbaiki sebelum paraf"), "{text}");
}

#[test]
fn a_release_never_corrected_keeps_the_fingerprint_it_had_before_corrections_existed() {
    if sqlite_only("stores made before 0004 are SQLite files; their JSON is SQLite's") {
        return;
    }
    let o = office();
    let r = checked(&o, "Rilis lama", 13);
    let conn = rusqlite::Connection::open(o.dir.path().join("pressdesk.db")).unwrap();
    // The fingerprint's text as migrations 0001–0003 wrote it, for stores made before 0004.
    let (row, evidence): (String, String) = conn
        .query_row(
            "SELECT json_array(uid, agenda_year, agenda_seq, template_id, status, checked,
                received_at, sender_org, sender_contact, letter_no, letter_date, title,
                news_type_id, event_date, event_place, body, checklist, remarks, received_by,
                created_at, not_published_reason),
             (SELECT coalesce(json_group_array(json_array(seq, kind, file_sha, original_name)),
                '[]') FROM (SELECT * FROM evidence WHERE release_id = r.id ORDER BY seq))
             FROM releases r WHERE uid = ?1",
            [&r.summary.id],
            |x| Ok((x.get(0)?, x.get(1)?)),
        )
        .unwrap();
    use sha2::Digest;
    let mut old = sha2::Sha256::new();
    old.update(format!("{row}\n{evidence}").as_bytes());
    let id: i64 = conn
        .query_row(
            "SELECT id FROM releases WHERE uid = ?1",
            [&r.summary.id],
            |x| x.get(0),
        )
        .unwrap();
    assert_eq!(
        pressdesk_core::fingerprint::fingerprint(&pressdesk_core::sql::Db::Sqlite(&conn), id)
            .unwrap(),
        hex::encode(old.finalize())
    );
}

#[test]
fn a_correction_never_re_dates_a_release_and_a_withdrawal_is_whole() {
    let o = office();
    let r = checked(&o, "Rilis bertanggal", 14);
    let blank = ReleaseEdit {
        received_at: Some(" ".into()),
        ..ReleaseEdit::default()
    };
    assert_eq!(
        edit(&o, &r.summary.id, blank).unwrap_err().field(),
        Some("received_at")
    );
    let nothing = edit(&o, &r.summary.id, ReleaseEdit::default()).unwrap_err();
    assert_eq!((nothing.kind(), nothing.field()), ("invalid", None));

    let half = below_the_code(&o.store, "UPDATE releases SET withdraw_reason = 'palsu'");
    assert!(half.unwrap_err().to_string().contains("together"));
    let remover = below_the_code(&o.store, "UPDATE evidence SET removed_by = 1");
    assert!(remover.unwrap_err().to_string().contains("remover"));
}

#[test]
fn after_a_revocation_the_kasi_corrects_and_the_kadis_initials_again() {
    let o = office();
    let r = checked(&o, "Rilis dicabut", 15);
    let id = r.summary.id.clone();
    sign(&o, &o.kadis, &[&id], Decision::Approve, drawn(&o, 16)).unwrap();
    let revoke = paraf::RevokeInput {
        release_id: id.clone(),
        pin: PIN.into(),
        reason: "Judul keliru".into(),
    };
    paraf::revoke_paraf(&o.store, &o.kadis, revoke).unwrap();
    let fixed = ReleaseEdit {
        title: Some("Rilis dicabut, judul diperbaiki".into()),
        ..ReleaseEdit::default()
    };
    edit(&o, &id, fixed).unwrap();
    sign(&o, &o.kadis, &[&id], Decision::Approve, drawn(&o, 17)).unwrap();
    verified(&o);
}
