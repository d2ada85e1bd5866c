//! One story per SOP of the seeds, told as its document tells it: each step done by its role
//! through the one door, a step done late and one on time, and the SOP time report read back.
//! SOP 004's own story is the rest of the suite; `sop_versions.rs` changes it mid-year.

mod common;

use common::*;
use pressdesk_core::model::{Role, Status};
use pressdesk_core::paraf::{self, CheckInput};
use pressdesk_core::release::{self, ReleaseEdit, StepInput};
use pressdesk_core::reports;
use pressdesk_core::sop::{self, DutyInput};
use pressdesk_core::timefmt;
use pressdesk_core::workflow::ActKind;

use common::sop::*;

#[test]
fn sop_001_media_center_roster_agenda_coverage_three_websites_and_documentation() {
    let (_dir, store) = office_on("SOP-001");
    let kasi = person(&store, "Kasi Liputan", "198207092006041003", Role::Kasi);
    let team = person(
        &store,
        "Tim Media Center",
        "198207092006041004",
        Role::MediaTeam,
    );
    let reporter = person(
        &store,
        "Reporter Lapangan",
        "198207092006041005",
        Role::Reporter,
    );
    let operator = person(
        &store,
        "Operator Website",
        "198207092006041006",
        Role::Operator,
    );

    // 1. The month's duty roster.
    let tomorrow = timefmt::local_date(timefmt::now(), pressdesk_core::model::TimeZone::WITA)
        + chrono::Duration::days(1);
    let duty = DutyInput {
        day: tomorrow.to_string(),
        user_ids: vec![reporter.id().unwrap()],
        duty: "Liputan Wali Kota".into(),
    };
    let roster = sop::set_duty(&store, &kasi, duty).unwrap();
    let day = roster
        .days
        .iter()
        .find(|d| d.day == tomorrow.to_string())
        .unwrap();
    assert_eq!(day.people, ["Reporter Lapangan"]);

    // 2. The leaders' agenda, received the day before the event (H-1): on time.
    let mut agenda = release("Kunjungan Wali Kota ke Pasar Besar", "Bagian Protokol");
    agenda.event_date = Some(tomorrow.to_string());
    let r = release::register_release(&store, &kasi, agenda).unwrap();
    let id = r.summary.id.clone();
    assert_eq!(r.sop_code, "SOP-001");
    assert_eq!(r.summary.status_label, "Agenda diterima");
    assert_eq!(within(&r, 2), Some(true));

    // 3. Coverage assigned to the reporter on duty.
    let assign = StepInput {
        release_id: id.clone(),
        act: ActKind::Assign,
        note: String::new(),
        assignee_id: reporter.id(),
        approve: None,
        edit: None,
    };
    let r = release::complete_step(&store, &team, assign).unwrap();
    assert_eq!(r.assignee.as_deref(), Some("Reporter Lapangan"));
    assert_eq!(r.open_step.as_ref().unwrap().act, ActKind::Submit);

    // 4. The reporter sends the material three hours after the coverage: late (1 hour).
    began_hours_ago(&store, &id, 3);
    let r = step(
        &store,
        &reporter,
        &id,
        ActKind::Submit,
        "Naskah dan 12 foto via e-mail",
    );
    assert_eq!(within(&r, 4), Some(false));
    // Someone else's coverage is not theirs to send; a step is not done twice.
    let again = StepInput {
        release_id: id.clone(),
        act: ActKind::Submit,
        note: String::new(),
        assignee_id: None,
        approve: None,
        edit: None,
    };
    let err = release::complete_step(&store, &reporter, again).unwrap_err();
    assert!(err.to_string().contains("belum waktunya"), "{err}");

    // 5. Edited and verified within 3 hours: on time, and the text is fixed from then on.
    let edit = ReleaseEdit {
        body: Some("Wali Kota meninjau Pasar Besar dan menyapa pedagang.".into()),
        ..ReleaseEdit::default()
    };
    let verify = StepInput {
        release_id: id.clone(),
        act: ActKind::Verify,
        note: "Layak tayang".into(),
        assignee_id: None,
        approve: None,
        edit: Some(edit),
    };
    let r = release::complete_step(&store, &team, verify).unwrap();
    assert_eq!(r.summary.status, Status::Approved);
    assert_eq!(r.summary.status_label, "Diverifikasi");
    assert!(r.body.contains("menyapa pedagang"));
    assert_eq!(within(&r, 5), Some(true));

    // 6. Published to three websites: the step stays open until the third.
    let r = publish(&store, &operator, &id, 2);
    assert_eq!(r.open_step.as_ref().unwrap().sites_done, 1);
    let r = publish(&store, &operator, &id, 3);
    assert_eq!(r.summary.status, Status::Approved);
    let r = publish(&store, &operator, &id, 4);
    assert_eq!(r.summary.status, Status::Published);
    assert_eq!(r.open_step.as_ref().unwrap().act, ActKind::Document);

    // 7. Documented by H+1.
    let r = step(
        &store,
        &team,
        &id,
        ActKind::Document,
        "Arsip foto di NAS/2026/12",
    );
    assert_eq!(r.summary.status_label, "Didokumentasikan");
    assert!(r.open_step.is_none());
    assert_eq!(within(&r, 7), Some(true));
    let documented = r.timeline.iter().find(|t| t.seq == 7).unwrap();
    assert_eq!(documented.note, "Arsip foto di NAS/2026/12");
    assert!(documented.due_display.is_some());

    // The report: the late submission, the verification on time.
    let report = reports::sop_time_report(&store, &kasi, this_year(), None).unwrap();
    assert_eq!(report.template_code, "SOP-001");
    let of = |seq: i64| report.steps.iter().find(|s| s.seq == seq).unwrap();
    assert_eq!((of(4).overall.count, of(4).overall.within_count), (1, 0));
    assert_eq!((of(5).overall.count, of(5).overall.within_count), (1, 1));
    assert!(of(4).overall.median_secs.unwrap() >= 3 * 3600 - 5);
    assert_eq!(of(3).standard_label, "menyesuaikan kondisi");
    assert_eq!(
        of(3).overall.within_share,
        None,
        "no standard, not measured"
    );
}

#[test]
fn sop_003_material_written_corrected_and_disseminated_without_a_paraf() {
    let (_dir, store) = office_on("003");
    let kasi = person(&store, "Kasi Pengolahan", "198207092006041003", Role::Kasi);
    let writer = person(
        &store,
        "Penulis Berita",
        "198207092006041004",
        Role::Processor,
    );
    let operator = person(
        &store,
        "Operator Website",
        "198207092006041006",
        Role::Operator,
    );

    let r = release::register_release(&store, &writer, release("Rapat Pleno", "Humas")).unwrap();
    let id = r.summary.id.clone();
    assert_eq!(r.summary.status_label, "Bahan diterima");

    // No paraf in this SOP: the check and the paraf screens refuse it.
    let check = CheckInput {
        release_id: id.clone(),
        complete: true,
        reason: String::new(),
    };
    assert!(paraf::check_release(&store, &kasi, check).is_err());

    // Written as news in two hours: late against one hour.
    began_hours_ago(&store, &id, 2);
    let write = StepInput {
        release_id: id.clone(),
        act: ActKind::Write,
        note: String::new(),
        assignee_id: None,
        approve: None,
        edit: Some(ReleaseEdit {
            body: Some("Rapat pleno membahas anggaran 2027.".into()),
            ..ReleaseEdit::default()
        }),
    };
    let r = release::complete_step(&store, &writer, write).unwrap();
    assert_eq!(r.summary.status_label, "Ditulis");
    assert_eq!(within(&r, 2), Some(false));
    // The writer is of the correcting team too: the next step is in their hands at once.
    let correcting = r.timeline.iter().find(|t| t.seq == 3).unwrap();
    assert_eq!(correcting.taken_up_by.as_deref(), Some("Penulis Berita"));
    assert!(r.audit.iter().any(|a| a.action == "release.edit"));

    // The operator may not correct: that is the processing team's.
    let not_theirs = StepInput {
        release_id: id.clone(),
        act: ActKind::Verify,
        note: String::new(),
        assignee_id: None,
        approve: None,
        edit: None,
    };
    assert!(release::complete_step(&store, &operator, not_theirs).is_err());
    let r = step(&store, &kasi, &id, ActKind::Verify, "Dikoreksi");
    assert_eq!(
        (r.summary.status, within(&r, 3)),
        (Status::Approved, Some(true))
    );
    // Corrected means fixed: the text can no longer change.
    let late_edit = ReleaseEdit {
        title: Some("Judul lain".into()),
        ..ReleaseEdit::default()
    };
    assert!(release::edit_release(&store, &kasi, &id, late_edit).is_err());

    let r = publish(&store, &operator, &id, 1);
    assert_eq!(r.summary.status_label, "Disebarluaskan");
    assert!(r.open_step.is_none());

    let report = reports::sop_time_report(&store, &kasi, this_year(), None).unwrap();
    assert_eq!(report.steps.len(), 4);
    assert_eq!(report.steps[1].overall.within_count, 0);
    assert_eq!(report.steps[2].overall.within_count, 1);
}

#[test]
fn sop_000_information_collected_evaluated_in_working_days_and_distributed() {
    let (_dir, store) = office_on("SOP-000");
    let staff = person(&store, "Staf Informasi", "198207092006041004", Role::Staff);
    let kabid = person(&store, "Kabid IKP", "198207092006041005", Role::Kabid);

    let r = release::register_release(&store, &staff, release("Isu banjir", "Media")).unwrap();
    let id = r.summary.id.clone();
    assert_eq!(r.summary.status_label, "Dihimpun");
    let r = step(&store, &staff, &id, ActKind::Write, "Tersusun");
    assert_eq!(r.summary.status_label, "Disusun");

    // Evaluation in two working days: the due date is shown and it is met.
    let r = step(&store, &kabid, &id, ActKind::Verify, "Layak disebarkan");
    let evaluated = r.timeline.iter().find(|t| t.seq == 3).unwrap();
    assert_eq!(evaluated.standard_label, "2 hari kerja");
    assert!(evaluated.due_display.is_some());
    assert_eq!(evaluated.within_standard, Some(true));

    // Managed through the media (a publication), then two steps done with a note.
    let staff_publishes = publish(&store, &staff, &id, 1);
    assert_eq!(
        staff_publishes.summary.status_label,
        "Dikelola melalui media"
    );
    step(&store, &staff, &id, ActKind::Complete, "Dilayankan di PPID");
    // Distribution took two hours against sixty minutes: late.
    began_hours_ago(&store, &id, 2);
    let r = step(
        &store,
        &staff,
        &id,
        ActKind::Complete,
        "Dikirim ke 12 media",
    );
    assert_eq!(r.summary.status_label, "Didistribusikan");
    assert_eq!(within(&r, 6), Some(false));
    assert!(r.open_step.is_none());

    let report = reports::sop_time_report(&store, &staff, this_year(), None).unwrap();
    assert_eq!(report.steps.len(), 6);
    assert_eq!(report.steps[5].overall.within_count, 0);
    assert_eq!(report.steps[2].overall.within_count, 1);
}
