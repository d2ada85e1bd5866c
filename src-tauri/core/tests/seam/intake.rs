//! Intake on both stores: a Kasi registers releases with real photos and a video, the detail
//! shows them, the photo's bytes (and its thumbnail) reach a second desk of the same server, a
//! correction and a withdrawal are recorded, a generic step is taken up and completed, and a
//! refused registration leaves no row, no number and no file behind. The same answers on both.

use std::path::Path;

use pressdesk_core::evidence::{self, StagedFile};
use pressdesk_core::media::human_size;
use pressdesk_core::model::{Actor, EvidenceKind, Role, Status, User};
use pressdesk_core::release::{
    self, EvidenceInput, NewRelease, ReleaseDetail, ReleaseEdit, StepInput, WithdrawInput,
};
use pressdesk_core::workflow::{template, ActKind};
use pressdesk_core::{args, serve, Store};
use serde_json::{json, Value as Json};

use super::common;
use desks::server_office_at;

mod desks;
mod initialed;

/// A person of the office, on either store (the user row as the people screen writes it).
fn person(store: &Store, name: &str, nip: &str, role: Role) -> Actor {
    let id: i64 = store
        .with_db_tx(|db| {
            db.query_row(
                "INSERT INTO users (name, nip, role, position, active, created_at, rank)
                 VALUES (?1, ?2, ?3, 'Staf', 1, '2026-01-05T01:00:00Z', '')
                 RETURNING id",
                args![name, nip, role.as_str()],
                |r| r.get(0),
            )
        })
        .unwrap();
    Actor::for_tests(User {
        id,
        name: name.into(),
        nip: nip.into(),
        role,
        role_label: role.label().into(),
        position: "Staf".into(),
        rank: String::new(),
        active: true,
        has_pin: false,
        saved_initials_sha: None,
        lang: Default::default(),
    })
}

fn video() -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kegiatan.mp4");
    std::fs::read(path).unwrap()
}

fn evidence_of(staged: &StagedFile, kind: EvidenceKind) -> EvidenceInput {
    EvidenceInput {
        sha256: staged.sha256.clone(),
        kind,
        name: staged.name.clone(),
    }
}

fn form(title: &str, evidence: Vec<EvidenceInput>) -> NewRelease {
    NewRelease {
        title: title.into(),
        sender_org: "Bagian Protokol Setda".into(),
        sender_contact: "0812-5555-0101".into(),
        letter_no: "B/17/PROT/2026".into(),
        event_place: "Aula Rumah Jabatan".into(),
        body: "Wali Kota membuka pameran UMKM.".into(),
        checklist: vec!["kop".into(), "foto".into()],
        evidence,
        ..NewRelease::default()
    }
}

/// What a person sees of a release's detail, without what differs by nature (ids, hashes of
/// the chain, times of the run).
fn seen(d: &ReleaseDetail) -> Json {
    json!({
        "agenda_no": d.summary.agenda_no.split('/').next(),
        "title": d.summary.title,
        "sender": d.summary.sender_org,
        "letter_no": d.summary.letter_no,
        "status": d.summary.status_label,
        "place": d.event_place,
        "body": d.body,
        "checklist": d.checklist,
        "received_by": d.received_by,
        "withdraw_reason": d.withdraw_reason,
        "evidence": d.evidence.iter().map(|e| json!([
            e.name, e.kind_label, e.mime, e.size_label, e.width, e.height, e.has_thumb
        ])).collect::<Vec<_>>(),
        "open_step": d.open_step.as_ref().map(|s| s.name.clone()),
        "timeline": d.timeline.iter().map(|t| json!([
            t.name, t.ended_display.is_some(), t.taken_up_by
        ])).collect::<Vec<_>>(),
        "audit": d.audit.iter().map(|a| json!([
            a.action, a.actor, a.reason,
            a.changes.iter().map(|c| serde_json::to_value(c).unwrap()).collect::<Vec<_>>()
        ])).collect::<Vec<_>>(),
    })
}

/// How many releases and agenda numbers of the year there are, and whether the file `sha` has
/// a row and (on the server) bytes, or (on SQLite) a place in the store's folder.
fn left_behind(store: &Store, sha: &str) -> (i64, bool, bool) {
    store
        .with_db(|db| {
            let releases: i64 =
                db.query_row("SELECT count(*) FROM releases", args![], |r| r.get(0))?;
            let row = db.exists("SELECT 1 FROM files WHERE sha256 = ?1", args![sha])?;
            let bytes = match store.session() {
                Some(_) => db.exists("SELECT 1 FROM file_chunks WHERE sha256 = ?1", args![sha])?,
                None => store.files().is_stored(sha),
            };
            Ok((releases, row, bytes))
        })
        .unwrap()
}

/// Runs the whole intake on `store`; `other_desk` opens a second desk of the same office (on
/// SQLite there is none: the one store reads its own folder). Returns what the people saw.
fn intake(name: &str, store: &Store, other_desk: &dyn Fn() -> Option<Store>) -> Json {
    let kasi = person(store, "Sri Wahyuni", "197501012000032002", Role::Kasi);
    let writer = person(store, "Andi Saputra", "199002022015031003", Role::Processor);
    let photos = [common::jpeg(640, 480, 11), common::jpeg(800, 600, 42)];
    let stage = |file: &str, bytes: &[u8]| {
        evidence::stage_file(store, Some(&kasi), file, bytes).unwrap_or_else(|e| panic!("{e}"))
    };
    let one = stage("pembukaan.jpg", &photos[0]);
    let two = stage("pameran.jpg", &photos[1]);
    let clip = stage("kegiatan.mp4", &video());
    assert!(one.has_thumb && two.has_thumb, "{name}");
    let first = release::register_release(
        store,
        &kasi,
        form(
            "Wali Kota Buka Pameran UMKM",
            vec![
                evidence_of(&one, EvidenceKind::Photo),
                evidence_of(&two, EvidenceKind::Photo),
                evidence_of(&clip, EvidenceKind::Video),
            ],
        ),
    )
    .unwrap_or_else(|e| panic!("{name}: {e}"));
    let second = release::register_release(
        store,
        &kasi,
        form(
            "Undangan Rapat Koordinasi",
            vec![evidence_of(&one, EvidenceKind::Photo)],
        ),
    )
    .unwrap_or_else(|e| panic!("{name}: {e}"));
    assert!(first.summary.agenda_no.starts_with("001/"), "{name}");
    assert!(second.summary.agenda_no.starts_with("002/"), "{name}");
    let sizes: Vec<&str> = first
        .evidence
        .iter()
        .map(|e| e.size_label.as_str())
        .collect();
    let want = [
        human_size(photos[0].len() as u64),
        human_size(photos[1].len() as u64),
        human_size(video().len() as u64),
    ];
    assert_eq!(
        sizes,
        want.iter().map(String::as_str).collect::<Vec<_>>(),
        "{name}"
    );

    // Another desk shows the photo: its bytes and its thumbnail come from the server.
    let desk = other_desk();
    let reader = desk.as_ref().unwrap_or(store);
    let path = reader.file_path(&one.sha256).unwrap();
    assert_eq!(
        std::fs::read(path).unwrap(),
        photos[0],
        "{name}: the photo's bytes"
    );
    let detail = release::get_release(reader, &kasi, &first.summary.id).unwrap();
    assert_eq!(
        seen(&detail),
        seen(&first),
        "{name}: the other desk's detail"
    );
    let thumb = evidence::thumbnail(reader, &two.sha256).unwrap().unwrap();
    assert!(
        std::fs::read(thumb).unwrap().starts_with(&[0xFF, 0xD8]),
        "{name}"
    );
    assert_eq!(
        evidence::thumbnail(reader, &clip.sha256).unwrap(),
        None,
        "{name}"
    );
    if desk.is_some() {
        // The desk's cache dropped whole, as a user may: the photo comes back from the server.
        for sub in ["files", "thumbs"] {
            let folder = reader.files().root().join(sub);
            std::fs::remove_dir_all(&folder).unwrap();
            std::fs::create_dir_all(&folder).unwrap();
        }
        let again = std::fs::read(reader.file_path(&one.sha256).unwrap()).unwrap();
        assert_eq!(again, photos[0], "{name}: fetched again");
    }
    let shown = serve::respond(reader, Some(&kasi), &format!("/thumb/{}", one.sha256), None);
    assert_eq!(shown.status, 200, "{name}: the agenda's thumbnail");
    let video_part = serve::respond(
        reader,
        Some(&kasi),
        &format!("/file/{}", clip.sha256),
        Some("bytes=0-99"),
    );
    assert_eq!(
        (video_part.status, video_part.body.as_slice()),
        (206, &video()[..100]),
        "{name}"
    );
    drop(desk);

    // A correction before the paraf: a field and a photo taken off.
    let corrected = release::edit_release(
        store,
        &kasi,
        &first.summary.id,
        ReleaseEdit {
            title: Some("Wali Kota Membuka Pameran UMKM 2026".into()),
            remove_evidence: vec![two.sha256.clone()],
            ..ReleaseEdit::default()
        },
    )
    .unwrap_or_else(|e| panic!("{name}: {e}"));
    let edit = corrected
        .audit
        .iter()
        .find(|a| a.action == "release.edit")
        .unwrap();
    let changes: Vec<(&str, &str, &str)> = edit
        .changes
        .iter()
        .map(|c| (c.field.as_str(), c.before.as_str(), c.after.as_str()))
        .collect();
    assert_eq!(
        changes,
        [
            (
                "title",
                "Wali Kota Buka Pameran UMKM",
                "Wali Kota Membuka Pameran UMKM 2026"
            ),
            ("evidence", "pameran.jpg", "")
        ],
        "{name}"
    );
    assert_eq!(corrected.evidence.len(), 2, "{name}");
    // Put back, and a new photo on: its bytes go up with the correction.
    let three = stage("penutupan.jpg", &common::jpeg(480, 360, 99));
    let corrected = release::edit_release(
        store,
        &kasi,
        &first.summary.id,
        ReleaseEdit {
            add_evidence: vec![
                evidence_of(&two, EvidenceKind::Photo),
                evidence_of(&three, EvidenceKind::Photo),
            ],
            ..ReleaseEdit::default()
        },
    )
    .unwrap_or_else(|e| panic!("{name}: {e}"));
    let names: Vec<&str> = corrected.evidence.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "pembukaan.jpg",
            "pameran.jpg",
            "kegiatan.mp4",
            "penutupan.jpg"
        ],
        "{name}"
    );
    assert_eq!(left_behind(store, &three.sha256), (2, true, true), "{name}");

    let withdrawn = release::withdraw_release(
        store,
        &kasi,
        WithdrawInput {
            release_id: second.summary.id.clone(),
            reason: "Acara ditunda oleh pengirim.".into(),
        },
    )
    .unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(withdrawn.summary.status, Status::Withdrawn, "{name}");

    // A generic step under an SOP whose second step the news processor does (a step of the
    // registering Kasi's own would be taken up at once): taken up when opened, then completed.
    store
        .with_db_tx(|db| {
            template::set_office_template(db, template::template_id_by_code(db, "003")?)
        })
        .unwrap();
    let third = release::register_release(store, &kasi, form("Informasi Layanan Publik", vec![]))
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let open = third.open_step.as_ref().map(|s| s.act);
    assert_eq!(open, Some(ActKind::Write), "{name}");
    let id = &third.summary.id;
    assert!(
        release::take_up_release(store, &writer, id).unwrap(),
        "{name}"
    );
    assert!(
        !release::take_up_release(store, &writer, id).unwrap(),
        "{name}: once"
    );
    let written = release::complete_step(
        store,
        &writer,
        StepInput {
            release_id: third.summary.id.clone(),
            act: ActKind::Write,
            note: "Naskah disusun.".into(),
            assignee_id: None,
            approve: None,
            edit: None,
        },
    )
    .unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(
        written.open_step.as_ref().map(|s| s.act),
        Some(ActKind::Verify),
        "{name}"
    );

    // Refused in the act (a photo given as a video): nothing of it stays, the number is free.
    let refused_photo = common::jpeg(320, 240, 7);
    let refused = stage("bukan-video.jpg", &refused_photo);
    let before = left_behind(store, &refused.sha256);
    let err = release::register_release(
        store,
        &kasi,
        form(
            "Rilis yang ditolak",
            vec![evidence_of(&refused, EvidenceKind::Video)],
        ),
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("evidence"), "{name}: {err}");
    let after = left_behind(store, &refused.sha256);
    assert_eq!(before, after, "{name}");
    assert_eq!(after, (3, false, false), "{name}: no row, no bytes");
    let next = release::register_release(store, &kasi, form("Rilis berikutnya", vec![]))
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    assert!(
        next.summary.agenda_no.starts_with("004/"),
        "{name}: no number used"
    );

    json!({
        "first": seen(&first),
        "second": seen(&second),
        "corrected": seen(&corrected),
        "withdrawn": seen(&withdrawn),
        "third": seen(&third),
        "written": seen(&written),
        "refused": err.to_string(),
        "next": seen(&next),
    })
}

#[test]
fn a_release_goes_in_with_its_evidence_and_is_corrected_the_same_on_both_stores() {
    let (_dir, local) = common::sqlite_store();
    let embedded = intake("sqlite", &local, &|| None);
    let (_server_dir, server, url) = server_office_at("intake");
    let other_dir = tempfile::tempdir().unwrap();
    let on_server = intake("postgres", &server, &|| {
        Some(Store::open_server(&url, other_dir.path()).unwrap())
    });
    assert_eq!(embedded, on_server, "the same answers on both stores");
}
