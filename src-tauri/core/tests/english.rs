//! Core in English (issue 16): what a user reads from core's modules comes in English when
//! they chose it, through the public acts, with the same `kind` and `field`; Indonesian stays
//! the default, and what is printed stays Indonesian whatever the choice.

mod common;

use std::path::Path;

use common::*;
use pressdesk_core::access::Security;
use pressdesk_core::archive::{self, Disposition, ListKind};
use pressdesk_core::calendar::{self, WorkingHoursInput};
use pressdesk_core::i18n::{with_lang, Lang};
use pressdesk_core::job::Job;
use pressdesk_core::model::{Actor, Role, Status};
use pressdesk_core::print::{self, DocumentRequest, LabelJob, Paper};
use pressdesk_core::workflow::{template, ActKind};
use pressdesk_core::{backup, catalog, evidence, filing, label_stocks, release, reports};
use pressdesk_core::{sop, sql, verify};

fn en<T>(f: impl FnOnce() -> T) -> T {
    with_lang(Lang::En, f)
}

#[test]
fn the_check_screen_s_checklist_and_the_working_week_read_in_english() {
    let (_dir, store) = store();
    let items = |lang| with_lang(lang, catalog::checklist);
    assert_eq!(items(Lang::En)[0].label, "Letterhead of the sending agency");
    assert_eq!(
        items(Lang::En)[0].key,
        "kop",
        "the stored key does not change"
    );
    assert_eq!(catalog::checklist()[0].label, "Kop surat instansi pengirim");

    let admin = admin(&store);
    let week = en(|| calendar::working_week(&store, &admin)).unwrap();
    assert_eq!(week[0].name, "Monday");
    assert_eq!(
        calendar::working_week(&store, &admin).unwrap()[6].name,
        "Minggu"
    );
    let bad = WorkingHoursInput {
        day: 1,
        open: Some("7.3x".into()),
        close: Some("16.00".into()),
    };
    let err = en(|| calendar::set_working_hours(&store, &admin, bad)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Start time «7.3x» is not valid; write it like 07.30."
    );
    assert_eq!((err.kind(), err.field()), ("invalid", Some("open")));
}

#[test]
fn a_folder_s_place_and_a_bad_archive_number_format_are_said_in_english() {
    let (_dir, store) = store();
    let folder = filing::NewFolder {
        cabinet: "A".into(),
        drawer: "1".into(),
        code: "2026-01".into(),
        name: "Map".into(),
        capacity: 50,
    };
    let made = en(|| filing::add_folder(&store, &Actor::console(), folder)).unwrap();
    assert_eq!(made.location, "Cabinet A · Drawer 1 · Folder 2026-01");
    let listed = filing::list_folders(&store, &Actor::console()).unwrap();
    assert_eq!(listed[0].location, "Lemari A · Laci 1 · Map 2026-01");

    let series = |template: &str| filing::SeriesInput {
        code: "approved".into(),
        template: template.into(),
        classification: "480".into(),
        reset: "yearly".into(),
    };
    let refused = |template: &str| {
        let err = filing::update_series(&store, &Actor::console(), series(template)).unwrap_err();
        assert_eq!(err.field(), Some("template"));
        err.to_string()
    };
    assert_eq!(
        en(|| refused("PR/{unit}/{year}")),
        "The archive number's format must contain the sequence number, for example {seq:03}."
    );
    assert_eq!(
        en(|| refused("PR/{seq}/{tahun}")),
        "Unknown part «{tahun}»."
    );
    assert_eq!(
        refused("PR/{seq}/{tahun}"),
        "Bagian «{tahun}» tidak dikenal."
    );
}

#[test]
fn a_damaged_backup_is_refused_in_english() {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("bukan-cadangan.tar");
    std::fs::write(&file, vec![b'x'; 4096]).unwrap();
    let restore = || {
        backup::restore(&Actor::console(), &file, &out.path().join("r"), &mut |_| {}).unwrap_err()
    };
    let err = en(restore);
    assert_eq!(
        err.to_string(),
        "Damaged backup: this is not a PressDesk backup file, or it is cut short."
    );
    assert_eq!((err.kind(), err.field()), ("invalid", Some("backup")));
    assert_eq!(
        restore().to_string(),
        "Cadangan rusak: ini bukan berkas cadangan PressDesk atau terpotong."
    );
}

#[test]
fn sop_steps_statuses_and_roles_read_in_english_and_parse_in_both() {
    let (_dir, store) = store();
    let sop = en(|| store.with_db(template::office_sop)).unwrap();
    let check = sop.step_of(ActKind::CheckParaf).unwrap();
    assert_eq!(ActKind::CheckParaf.label(), "Pemeriksaan dan paraf");
    assert_eq!(en(|| ActKind::CheckParaf.label()), "Check and paraf");
    assert_eq!(check.standard_label, "7 min");
    assert_eq!(en(|| Status::Rejected.label()), "Not approved");
    assert_eq!(en(|| Role::Archivist.label()), "Archivist");
    assert_eq!(Role::Archivist.label(), "Arsiparis");
    for typed in ["Tidak disetujui", "not approved", "Rejected"] {
        assert_eq!(Status::parse(typed).unwrap(), Status::Rejected, "{typed}");
    }
    assert_eq!(Role::parse("Arsiparis").unwrap(), Role::Archivist);
}

#[test]
fn a_print_refuses_in_english_and_its_list_stays_indonesian() {
    let (_dir, store) = store();
    let job = LabelJob {
        stock: print::find_stock("L7160").unwrap(),
        paper: Paper::A4,
        start: 1,
        offset_x_mm: 0.0,
        offset_y_mm: 0.0,
    };
    let labels = DocumentRequest::Labels {
        year: 2026,
        from: None,
        to: None,
        job: job.clone(),
    };
    let print = |request: &DocumentRequest| {
        print::render_document(&store, &Actor::console(), request, &Job::none()).unwrap_err()
    };
    let err = en(|| print(&labels));
    assert_eq!(err.to_string(), "There are no archive numbers to print.");
    assert_eq!(err.field(), Some("labels"));
    assert_eq!(
        print(&labels).to_string(),
        "Tidak ada nomor arsip untuk dicetak."
    );
    let far = LabelJob { start: 99, ..job };
    assert_eq!(
        en(|| far.check()).unwrap_err().to_string(),
        "Starting at label 99 goes beyond the 21 labels of one sheet."
    );
    assert_eq!(
        en(|| Paper::parse("B5")).unwrap_err().to_string(),
        "Unknown paper size «B5»; choose A4 or F4."
    );

    // The Daftar Berkas is an official record, on paper and as XLSX alike.
    let list =
        en(|| archive::archive_list(&store, &Actor::console(), 2026, ListKind::IsiBerkas)).unwrap();
    assert_eq!(list.title, "Daftar Isi Berkas Tahun 2026");
    assert_eq!(list.columns[4], "Uraian Informasi Arsip");
    assert_eq!(list.summary, "0 item dalam 0 berkas");
}

#[test]
fn the_integrity_check_names_a_missing_file_in_english() {
    let (_dir, store) = store();
    let staged = evidence::stage_file(
        &store,
        Some(&Actor::console()),
        "foto.jpg",
        &jpeg(64, 48, 1),
    )
    .unwrap();
    let input = with_photos(
        release("Rilis", "Dinas Kesehatan"),
        &[(staged.sha256.clone(), staged.name)],
    );
    release::register_release(&store, &Actor::console(), input).unwrap();
    if on_server() {
        return; // the server keeps the files in its database: nothing to take away here
    }
    let path = store.files().file_path(&staged.sha256).unwrap();
    std::fs::remove_file(Path::new(&path)).unwrap();
    let faults = |lang| {
        with_lang(lang, || verify::verify(&store, &Actor::console(), true))
            .unwrap()
            .faults
    };
    let sha = &staged.sha256;
    assert!(
        faults(Lang::En).contains(&format!("File {sha} is missing from the data folder.")),
        "{:?}",
        faults(Lang::En)
    );
    assert!(faults(Lang::Id).contains(&format!("Berkas {sha} hilang dari folder data.")));
}

#[test]
fn reports_rosters_classifications_offsets_and_server_addresses_read_in_english() {
    let (_dir, store) = store();
    let console = Actor::console();
    let report = en(|| reports::sop_time_report(&store, &console, 2026, None)).unwrap();
    assert_eq!(report.period_label, "Year 2026");
    let report = reports::sop_time_report(&store, &console, 2026, None).unwrap();
    assert_eq!(report.period_label, "Tahun 2026");

    let roster = en(|| sop::duty_roster(&store, &console, 2026, 12)).unwrap();
    assert_eq!(roster.days[0].display, "Tuesday, 1 December 2026");
    let roster = sop::duty_roster(&store, &console, 2026, 12).unwrap();
    assert_eq!(roster.days[0].display, "Selasa, 1 Desember 2026");

    assert_eq!(
        en(|| Security::Rahasia.masked_title()),
        "[Rahasia] Contents cannot be opened"
    );
    assert_eq!(en(|| Disposition::Musnah.label()), "Destroy");
    assert_eq!(Disposition::Musnah.label(), "Musnah");

    let far = label_stocks::PrintOffset {
        printer: "Epson L3110".into(),
        stock: "L7160".into(),
        offset_x_mm: 40.0,
        offset_y_mm: 0.0,
    };
    let err = en(|| label_stocks::save_print_offset(&store, &admin(&store), far)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Shift the print at most 10 mm in each direction."
    );
    assert_eq!(err.field(), Some("offset"));

    let no_db = || {
        sql::connect::parse("postgres://pressdesk@localhost")
            .err()
            .unwrap()
    };
    assert!(
        en(no_db).to_string().contains("no database name given"),
        "{}",
        en(no_db)
    );
    assert!(no_db()
        .to_string()
        .contains("nama basis data tidak disebut"));
}
