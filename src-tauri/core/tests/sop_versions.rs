//! An SOP changed mid-year and a step taken up from the queue: old releases finish on the
//! version they began under, and the time a release waited before its person opened it is
//! waiting, not handling.

mod common;

use common::sop::*;
use common::*;
use pressdesk_core::filing::{self, ArchiveInput};
use pressdesk_core::model::Status;
use pressdesk_core::paraf;
use pressdesk_core::release;
use pressdesk_core::reports;
use pressdesk_core::sop::{self, SopRevision, StepRevision};

#[test]
fn a_template_changed_mid_year_leaves_old_releases_on_their_version() {
    let o = paraf_office::office();
    let old = paraf_office::checked(&o, "Rilis lama", 1);
    let revision = SopRevision {
        code: "SOP-004".into(),
        note: "Mutu baku pendaftaran menjadi 10 menit".into(),
        steps: sop::show_sop(&o.store, &o.kasi, "SOP-004")
            .unwrap()
            .current
            .steps
            .iter()
            .map(|s| StepRevision {
                seq: s.seq,
                name: s.name.clone(),
                roles: s.roles.clone(),
                standard: if s.seq == 1 {
                    "10 menit".into()
                } else {
                    s.standard_label.clone()
                },
            })
            .collect(),
    };
    // Only an admin revises, and a bad standard names its field.
    assert!(sop::revise_sop(&o.store, &o.kasi, revision.clone()).is_err());
    let mut bad = revision.clone();
    bad.steps[2].standard = "sebentar".into();
    let err = sop::revise_sop(&o.store, &admin(&o.store), bad).unwrap_err();
    assert_eq!(err.field(), Some("steps.2.standard"));
    let v2 = sop::revise_sop(&o.store, &admin(&o.store), revision).unwrap();
    assert_eq!(
        (v2.version, v2.steps[0].standard_label.as_str()),
        (2, "10 menit")
    );

    let new = release::register_release(&o.store, &o.kasi, release("Rilis baru", "Humas")).unwrap();
    assert_eq!(new.sop_version, 2);
    assert_eq!(new.timeline[0].time_standard_secs, 600);
    let old_now = release::get_release(&o.store, &o.kasi, &old.summary.id).unwrap();
    assert_eq!(old_now.sop_version, 1);
    assert_eq!(old_now.timeline[0].time_standard_secs, 420);

    // The old release finishes on version 1.
    paraf_office::sign(
        &o,
        &o.kadis,
        &[&old.summary.id],
        paraf::Decision::Approve,
        paraf_office::drawn(&o, 1),
    )
    .unwrap();
    paraf_office::sign(
        &o,
        &o.kabid,
        &[&old.summary.id],
        paraf::Decision::Approve,
        paraf_office::drawn(&o, 2),
    )
    .unwrap();
    let done = release::get_release(&o.store, &o.kasi, &old.summary.id).unwrap();
    assert_eq!(
        (done.summary.status, done.sop_version),
        (Status::Approved, 1)
    );

    let detail = sop::show_sop(&o.store, &o.kasi, "SOP-004").unwrap();
    let records: Vec<(i64, i64)> = detail
        .versions
        .iter()
        .map(|v| (v.version, v.records))
        .collect();
    assert_eq!(records, [(2, 1), (1, 1)]);
    let report = reports::sop_time_report(&o.store, &o.kasi, this_year(), None).unwrap();
    assert_eq!(report.versions, "versi 1, versi 2");
    let archive = ArchiveInput {
        release_id: done.summary.id.clone(),
        folder: None,
        archived_on: None,
    };
    // Version 1's filing still asks for the publication first.
    assert!(filing::archive_release(&o.store, &admin(&o.store), archive).is_err());
}

#[test]
fn opening_a_step_from_the_queue_takes_it_up_and_the_wait_before_is_not_handling() {
    let o = paraf_office::office();
    let r = paraf_office::checked(&o, "Antre di meja Kadis", 2);
    began_hours_ago(&o.store, &r.summary.id, 14);
    // Someone whose step it is not opens it: nothing is taken up.
    assert!(!release::take_up_release(&o.store, &o.kabid, &r.summary.id).unwrap());
    assert!(release::take_up_release(&o.store, &o.kadis, &r.summary.id).unwrap());
    assert!(!release::take_up_release(&o.store, &o.kadis, &r.summary.id).unwrap());
    paraf_office::sign(
        &o,
        &o.kadis,
        &[&r.summary.id],
        paraf::Decision::Approve,
        paraf_office::drawn(&o, 3),
    )
    .unwrap();
    let d = release::get_release(&o.store, &o.kasi, &r.summary.id).unwrap();
    let decided = &d.timeline[1];
    assert_eq!(decided.within_standard, Some(true), "handled in minutes");
    assert!(decided.queued_secs >= 14 * 3600 - 5, "{decided:?}");
    assert_eq!(decided.taken_up_by.as_deref(), Some("Drs. Yusuf Abdullah"));
}
