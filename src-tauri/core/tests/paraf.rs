//! Steps 2 and 3 through core on a real store: the check, the Kadis's deciding paraf, the
//! Kabid's co-paraf, batches, revocation, immutability, and the audit chain after all of it.

mod common;

use common::paraf_office::*;
use common::*;
use pressdesk_core::args;
use pressdesk_core::auth;
use pressdesk_core::model::{Actor, Role, Status};
use pressdesk_core::paraf::{self, CheckInput, Decision, Initials, ParafInput, RevokeInput};
use pressdesk_core::release;
use pressdesk_core::{evidence, verify};

fn status(o: &Office, id: &str) -> Status {
    release::get_release(&o.store, &Actor::console(), id)
        .unwrap()
        .summary
        .status
}

#[test]
fn the_kadis_decides_the_kabid_co_initials_and_each_step_is_timed() {
    let o = office();
    let r = checked(&o, "Peresmian Jembatan Sesayap", 1);
    let id = r.summary.id.as_str();
    assert_eq!(status(&o, id), Status::Registered);

    let err = sign(&o, &o.kabid, &[id], Decision::Approve, drawn(&o, 2)).unwrap_err();
    assert!(err.to_string().contains("menunggu paraf Kadis"), "{err}");

    sign(&o, &o.kadis, &[id], Decision::Approve, drawn(&o, 3)).unwrap();
    assert_eq!(status(&o, id), Status::Initialed);
    sign(&o, &o.kabid, &[id], Decision::Approve, drawn(&o, 4)).unwrap();
    let detail = release::get_release(&o.store, &Actor::console(), id).unwrap();
    assert_eq!(detail.summary.status, Status::Approved);
    assert_eq!(detail.parafs.len(), 2);
    assert_eq!(detail.parafs[0].role, Role::Kadis);
    assert_eq!(detail.parafs[0].initials_width_mm, Some(90.0));
    assert_eq!(detail.parafs[1].user_name, "Fransiska Lenny");
    assert!(
        detail.timeline[1].ended_display.is_some() && detail.timeline[2].ended_display.is_some()
    );
    assert_eq!(
        detail.timeline[1].actor.as_deref(),
        Some("Drs. Yusuf Abdullah")
    );
    assert!(detail.timeline[3].running, "publication waits");

    // The saved initials serve the next act.
    let next = checked(&o, "Rapat Koordinasi Banjir", 5);
    sign(
        &o,
        &o.kadis,
        &[&next.summary.id],
        Decision::Reject,
        Initials::Saved,
    )
    .unwrap();
    sign(
        &o,
        &o.kabid,
        &[&next.summary.id],
        Decision::Approve,
        Initials::Saved,
    )
    .unwrap();
    assert_eq!(
        status(&o, &next.summary.id),
        Status::Rejected,
        "the Kadis's decision holds"
    );

    let groups = paraf::paraf_groups(&o.store, &Actor::console()).unwrap();
    assert_eq!((groups.approved_total, groups.rejected_total), (1, 1));
    assert_eq!((groups.days[0].approved, groups.days[0].rejected), (1, 1));
    assert!(
        verify::verify(&o.store, &Actor::console(), true)
            .unwrap()
            .ok
    );
}

#[test]
fn a_batch_gives_each_release_its_own_record_and_fails_whole() {
    let o = office();
    let ids: Vec<String> = (0..5)
        .map(|i| checked(&o, &format!("Rilis {i}"), i).summary.id)
        .collect();
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();

    // One release in the batch is not yet checked: nothing at all is initialed.
    let unchecked =
        release::register_release(&o.store, &o.kasi, release("Belum diperiksa", "Dinas")).unwrap();
    let mut with_bad = refs.clone();
    with_bad.push(&unchecked.summary.id);
    let err = sign(&o, &o.kadis, &with_bad, Decision::Approve, drawn(&o, 9)).unwrap_err();
    assert!(err.to_string().contains("belum diperiksa Kasi"), "{err}");
    assert!(refs.iter().all(|id| status(&o, id) == Status::Registered));

    let msg = sign(&o, &o.kadis, &refs, Decision::Approve, drawn(&o, 9)).unwrap();
    assert_eq!(msg, "5 rilis diparaf: setuju.");
    let batches: Vec<(i64, Option<String>)> = o
        .store
        .with_db(|db| {
            db.query(
                "SELECT release_id, batch_id FROM parafs ORDER BY id",
                args![],
            )
        })
        .unwrap()
        .iter()
        .map(|r| (r.get(0).unwrap(), r.get(1).unwrap()))
        .collect();
    assert_eq!(batches.len(), 5, "one paraf record per release");
    assert!(batches.iter().all(|(_, b)| *b == batches[0].1), "one batch");
    assert!(refs.iter().all(|id| status(&o, id) == Status::Initialed));
}

#[test]
fn an_initialed_release_never_changes_and_a_revocation_reopens_it() {
    let o = office();
    let r = checked(&o, "Judul", 1);
    let id = r.summary.id.as_str();
    sign(&o, &o.kadis, &[id], Decision::Approve, drawn(&o, 1)).unwrap();

    // Written around PressDesk, on the store's own connection: the store's rules refuse.
    let raw = |sql: &str| o.store.with_db_tx(|db| db.execute(sql, args![]));
    let edit = raw("UPDATE releases SET title = 'Diubah'").unwrap_err();
    assert!(edit.to_string().contains("immutable"), "{edit}");
    let add = raw(
        "INSERT INTO evidence (release_id, seq, kind, file_sha, original_name, added_at)
         SELECT release_id, 9, kind, file_sha, 'x', added_at FROM evidence LIMIT 1",
    );
    assert!(add.unwrap_err().to_string().contains("immutable"));
    assert!(
        raw("DELETE FROM releases").is_err(),
        "nothing is ever deleted"
    );
    let recheck = CheckInput {
        release_id: id.into(),
        complete: false,
        reason: "x".into(),
    };
    assert!(paraf::check_release(&o.store, &o.kasi, recheck).is_err());

    let revoke = |who: &Actor, pin: &str, reason: &str| {
        let input = RevokeInput {
            release_id: id.into(),
            pin: pin.into(),
            reason: reason.into(),
        };
        paraf::revoke_paraf(&o.store, who, input)
    };
    assert!(revoke(&o.kabid, PIN, "x")
        .unwrap_err()
        .to_string()
        .contains("tidak berwenang"));
    assert_eq!(
        revoke(&o.kadis, PIN, " ").unwrap_err().field(),
        Some("reason")
    );
    assert_eq!(
        revoke(&o.kadis, "0000", "Salah judul").unwrap_err().field(),
        Some("pin")
    );
    revoke(&o.kadis, PIN, "Judul perlu diperbaiki pengirim").unwrap();
    let detail = release::get_release(&o.store, &Actor::console(), id).unwrap();
    assert_eq!(detail.summary.status, Status::Registered);
    let revoked = detail.parafs[0]
        .revoked
        .as_ref()
        .expect("marked, not deleted");
    assert_eq!(revoked.reason, "Judul perlu diperbaiki pengirim");
    assert!(detail.timeline[1].running, "back in the Kadis's queue");
    assert_eq!(detail.audit.last().unwrap().action, "release.revoke");

    sign(&o, &o.kadis, &[id], Decision::Approve, Initials::Saved).unwrap();
    assert_eq!(status(&o, id), Status::Initialed);
    assert!(
        verify::verify(&o.store, &Actor::console(), true)
            .unwrap()
            .ok
    );
}

#[test]
fn wrong_pins_lock_the_user_for_a_minute() {
    let o = office();
    let kadis = o.kadis.id().unwrap();
    for left in (1..=4).rev() {
        let err = auth::sign_in(&o.store, kadis, "9999").unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("PIN salah. Sisa {left} kali percobaan sebelum terkunci satu menit.")
        );
    }
    let err = auth::sign_in(&o.store, kadis, "9999").unwrap_err();
    assert!(
        err.to_string().contains("terkunci selama satu menit"),
        "{err}"
    );
    let err = auth::sign_in(&o.store, kadis, PIN).unwrap_err();
    assert!(
        err.to_string().contains("terkunci karena 5 kali salah PIN"),
        "{err}"
    );

    let admin = auth::sign_in_nip(&o.store, "198001012005011001", "135790").unwrap();
    auth::reset_pin(&o.store, &admin, kadis, "1111").unwrap();
    auth::sign_in(&o.store, kadis, "1111").unwrap();
    assert!(
        auth::reset_pin(&o.store, &o.kasi, kadis, "2222").is_err(),
        "only the admin resets"
    );
}

#[test]
fn bad_initials_and_out_of_order_acts_are_refused_and_change_nothing() {
    let o = office();
    let r = checked(&o, "Judul", 1);
    let id = r.summary.id.as_str();
    let blank = {
        let mut png = Vec::new();
        image::RgbaImage::new(340, 170)
            .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        let staged =
            evidence::stage_file(&o.store, Some(&Actor::console()), "kosong.png", &png).unwrap();
        Initials::Drawn {
            png_sha: staged.sha256,
            strokes: "[]".into(),
            width_mm: 90.0,
            height_mm: 45.0,
            save: false,
        }
    };
    let err = sign(&o, &o.kadis, &[id], Decision::Approve, blank).unwrap_err();
    assert_eq!(err.field(), Some("initials"));
    assert!(err.to_string().contains("masih kosong"));
    let jpeg_initials = {
        let staged = evidence::stage_file(
            &o.store,
            Some(&Actor::console()),
            "p.jpg",
            &jpeg(300, 150, 2),
        )
        .unwrap();
        Initials::Drawn {
            png_sha: staged.sha256,
            strokes: "[]".into(),
            width_mm: 90.0,
            height_mm: 45.0,
            save: false,
        }
    };
    assert_eq!(
        sign(&o, &o.kadis, &[id], Decision::Approve, jpeg_initials)
            .unwrap_err()
            .field(),
        Some("initials")
    );
    let err = sign(&o, &o.kadis, &[id], Decision::Approve, Initials::Saved).unwrap_err();
    assert!(err.to_string().contains("Belum ada paraf tersimpan"));
    let mut wrong_pin = ParafInput {
        release_ids: vec![id.into()],
        decision: Decision::Approve,
        note: String::new(),
        pin: "1357".into(),
        initials: drawn(&o, 3),
    };
    assert_eq!(
        paraf::paraf_releases(&o.store, &o.kadis, wrong_pin.clone())
            .unwrap_err()
            .field(),
        Some("pin")
    );
    wrong_pin.pin = PIN.into();
    let unregistered =
        release::register_release(&o.store, &o.kasi, release("Baru", "Dinas")).unwrap();
    wrong_pin.release_ids = vec![unregistered.summary.id.clone()];
    let err = paraf::paraf_releases(&o.store, &o.kadis, wrong_pin).unwrap_err();
    assert!(err.to_string().contains("belum diperiksa Kasi"), "{err}");
    let incomplete = CheckInput {
        release_id: unregistered.summary.id,
        complete: true,
        reason: String::new(),
    };
    let err = paraf::check_release(&o.store, &o.kasi, incomplete).unwrap_err();
    assert_eq!(err.field(), Some("checklist"));
    assert!(
        err.to_string().contains("belum ada bukti multimedia"),
        "{err}"
    );

    let parafs: i64 = o
        .store
        .with_db(|db| db.query_row("SELECT count(*) FROM parafs", args![], |r| r.get(0)))
        .unwrap();
    assert_eq!(parafs, 0);
    assert_eq!(status(&o, id), Status::Registered);
}
