//! The month of a real week, printed: a corrected release, a withdrawn one, a voided archive
//! number and a paper paraf, each read back from the Buku Agenda PDF as the book shows it.

mod common;

use common::paraf_office::*;
use common::pdf_tools::{collapse, text_of, tool, write};
use common::*;
use pressdesk_core::filing::{self, ArchiveInput, NewFolder};
use pressdesk_core::model::{Actor, Role};
use pressdesk_core::paraf::{self, Decision, PaperParafInput};
use pressdesk_core::period::Period;
use pressdesk_core::print::{ledger_pdf, Paper};
use pressdesk_core::release::{self, ReleaseEdit, WithdrawInput};
use pressdesk_core::{evidence, users, verify};

#[test]
fn the_ledger_of_the_week_shows_a_correction_a_withdrawal_a_voided_number_and_a_paper_paraf() {
    let o = office();
    let archivist = person(&o.store, "Bambang", "198511202010011002", Role::Archivist);

    // A typo, corrected before paraf.
    let corrected = checked(&o, "Peresmian Jembatan Sesayp", 1);
    let fix = ReleaseEdit {
        title: Some("Peresmian Jembatan Sesayap".into()),
        ..ReleaseEdit::default()
    };
    release::edit_release(&o.store, &o.kasi, &corrected.summary.id, fix).unwrap();

    // A release its sender withdrew.
    let withdrawn = checked(&o, "Undangan Liputan yang Dibatalkan", 2);
    let input = WithdrawInput {
        release_id: withdrawn.summary.id.clone(),
        reason: "Acara ditunda oleh pengirim".into(),
    };
    release::withdraw_release(&o.store, &o.kasi, input).unwrap();

    // A release not approved, filed, and its number voided.
    let voided = checked(&o, "Rilis yang tidak disetujui", 3);
    let id = voided.summary.id.as_str();
    sign(&o, &o.kadis, &[id], Decision::Reject, drawn(&o, 4)).unwrap();
    sign(&o, &o.kabid, &[id], Decision::Approve, drawn(&o, 5)).unwrap();
    let folder = NewFolder {
        cabinet: "A".into(),
        drawer: "1".into(),
        code: "A-1-01".into(),
        name: String::new(),
        capacity: 50,
    };
    filing::add_folder(&o.store, &archivist, folder).unwrap();
    let archive = ArchiveInput {
        release_id: id.into(),
        folder: None,
        archived_on: None,
    };
    let number = filing::archive_release(&o.store, &archivist, archive)
        .unwrap()
        .archive_no;
    filing::void_archive_no(&o.store, &archivist, &number, "Salah seri").unwrap();

    // A paraf the Kadis wrote on paper, recorded by the Kasi with the scan.
    let paper = checked(&o, "Rilis yang diparaf di kertas", 6);
    let scan =
        evidence::stage_file(&o.store, Some(&o.kasi), "scan.jpg", &jpeg(800, 1100, 7)).unwrap();
    let kadis_id = users::list_users(&o.store)
        .unwrap()
        .into_iter()
        .find(|u| u.role == Role::Kadis)
        .unwrap()
        .id;
    let input = PaperParafInput {
        release_id: paper.summary.id.clone(),
        official_id: kadis_id,
        decision: Decision::Approve,
        note: String::new(),
        scan_sha: scan.sha256,
    };
    paraf::record_paper_paraf(&o.store, &o.kasi, input).unwrap();

    let now = chrono::Utc::now();
    let period = Period::Month {
        year: chrono::Datelike::year(&now),
        month: chrono::Datelike::month(&now),
    };
    let pdf = write(
        "week-ledger.pdf",
        &ledger_pdf(&o.store, &period, Paper::A4).unwrap(),
    );
    tool("qpdf", &["--check", &pdf]);
    let text = collapse(&text_of(&pdf));
    assert!(text.contains("Diperbaiki sebelum paraf"), "{text}");
    assert!(
        text.contains("DITARIK pengirim: Acara ditunda oleh pengirim"),
        "{text}"
    );
    // A narrow remarks cell may break the number inside a word: read it without spaces.
    let tight = text.replace(' ', "");
    assert!(
        tight.contains(&format!("Nomorarsipdibatalkan:{number}:Salahseri")),
        "{text}"
    );
    assert!(
        text.contains("Peresmian Jembatan Sesayap") && !text.contains("Sesayp"),
        "{text}"
    );
    assert!(
        text.contains("belum dikonfirmasi"),
        "the paper paraf as paper: {text}"
    );
    assert!(
        !text.contains("Map A-1-01"),
        "a voided number leaves its folder: {text}"
    );
    let images = tool("pdfimages", &["-list", &pdf]);
    assert!(
        images.lines().count() > 2,
        "the paraf images are printed: {images}"
    );
    assert!(
        verify::verify(&o.store, &Actor::console(), true)
            .unwrap()
            .ok
    );
}
