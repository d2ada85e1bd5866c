//! Filing in a real office: a voided number takes its release out of the folder, folders are
//! closed and reopened, label stocks and printer offsets live in the store (every account, the
//! backup), and the ledger prints the audit-chain head and the Kadis's rank so it can be checked.

mod common;

use common::paraf_office::*;
use common::pdf_tools::*;
use common::*;
use pressdesk_core::args;
use pressdesk_core::filing::{self, ArchiveInput, NewFolder};
use pressdesk_core::label_stocks::{self, PrintOffset};
use pressdesk_core::model::{Actor, Role, TimeZone};
use pressdesk_core::paraf::Decision;
use pressdesk_core::period::Period;
use pressdesk_core::print::{self, LabelStock, Paper};
use pressdesk_core::reports;
use pressdesk_core::{audit, backup, timefmt, users, verify, Error, Store};

fn folder(store: &Store, code: &str, capacity: i64) {
    let input = NewFolder {
        cabinet: "A".into(),
        drawer: "1".into(),
        code: code.into(),
        name: String::new(),
        capacity,
    };
    filing::add_folder(store, &Actor::console(), input).unwrap();
}

/// `n` releases checked and not approved by both (archivable at once, series "rejected").
fn decided(o: &Office, n: usize) -> Vec<String> {
    let ids: Vec<String> = (0..n)
        .map(|i| {
            checked(o, &format!("Rilis arsip {i}"), i as u8 + 1)
                .summary
                .id
        })
        .collect();
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    sign(o, &o.kadis, &refs, Decision::Reject, drawn(o, 3)).unwrap();
    sign(o, &o.kabid, &refs, Decision::Approve, drawn(o, 5)).unwrap();
    ids
}

fn archive(
    o: &Office,
    who: &Actor,
    id: &str,
    folder: Option<&str>,
) -> pressdesk_core::Result<String> {
    let input = ArchiveInput {
        release_id: id.into(),
        folder: folder.map(Into::into),
        archived_on: None,
    };
    filing::archive_release(&o.store, who, input).map(|r| r.folder)
}

fn used(store: &Store, code: &str) -> i64 {
    let folders = filing::list_folders(store, &Actor::console()).unwrap();
    folders.iter().find(|f| f.code == code).unwrap().used
}

fn suggested(store: &Store) -> Option<String> {
    store
        .with_db(filing::suggested_folder)
        .unwrap()
        .map(|f| f.code)
}

fn this_month() -> Period {
    let today = timefmt::local_date(timefmt::now(), TimeZone::WITA);
    use chrono::Datelike;
    Period::Month {
        year: today.year(),
        month: today.month(),
    }
}

fn audit_actions(store: &Store, entity: &str) -> Vec<String> {
    let sql = "SELECT action FROM audit_events WHERE entity = ?1 ORDER BY id";
    let rows = store.with_db(|db| db.query(sql, args![entity])).unwrap();
    rows.iter().map(|r| r.get(0).unwrap()).collect()
}

#[test]
fn voiding_an_archive_number_takes_the_release_out_of_its_folder() {
    let o = office();
    let archivist = person(&o.store, "Bambang", "198511202010011002", Role::Archivist);
    let ids = decided(&o, 3);
    folder(&o.store, "M-1", 2);
    folder(&o.store, "M-2", 5);
    assert_eq!(archive(&o, &archivist, &ids[0], None).unwrap(), "M-1");
    assert_eq!(archive(&o, &archivist, &ids[1], None).unwrap(), "M-1");
    assert_eq!(used(&o.store, "M-1"), 2);
    assert_eq!(suggested(&o.store).as_deref(), Some("M-2"), "M-1 is full");

    let year = timefmt::local_date(timefmt::now(), TimeZone::WITA);
    let year = chrono::Datelike::year(&year);
    let voided = filing::label_items(&o.store, year, None, None).unwrap()[0]
        .archive_no
        .clone();
    filing::void_archive_no(&o.store, &archivist, &voided, "Salah map").unwrap();

    // The folder counts one again and is suggested again: it is older than M-2 and has room.
    assert_eq!(used(&o.store, "M-1"), 1);
    assert_eq!(suggested(&o.store).as_deref(), Some("M-1"));
    // The history stays: the index lists the voided number, marked; no label is printed for it.
    let index = filing::filing_index(&o.store, &Actor::console(), year).unwrap();
    let entries: Vec<_> = index.iter().flat_map(|f| &f.entries).collect();
    assert!(entries
        .iter()
        .any(|e| e.archive_no == voided && e.voided.as_deref() == Some("Salah map")));
    let labels = filing::label_items(&o.store, year, None, None).unwrap();
    assert_eq!(labels.len(), 1);
    assert!(labels.iter().all(|l| l.archive_no != voided));
    // The ledger gives the voided release no place in the cabinet any more.
    let rows = reports::ledger_rows(&o.store, &Actor::console(), &this_month()).unwrap();
    let placed: Vec<_> = rows.iter().filter(|r| r.location.is_some()).collect();
    assert_eq!(placed.len(), 1);
    assert!(rows
        .iter()
        .all(|r| r.location.is_some() == r.archive_no.is_some()));

    // The next release goes into the room the void made; the voided one can be filed anew.
    assert_eq!(archive(&o, &archivist, &ids[2], None).unwrap(), "M-1");
    assert_eq!(used(&o.store, "M-1"), 2);
    let again = rows
        .iter()
        .find(|r| r.archive_no.is_none() && r.decision == "Tidak disetujui")
        .unwrap();
    let detail =
        pressdesk_core::release::get_release(&o.store, &Actor::console(), &again.agenda_no)
            .unwrap();
    assert_eq!(
        archive(&o, &archivist, &detail.summary.id, None).unwrap(),
        "M-2"
    );
    assert_eq!((used(&o.store, "M-1"), used(&o.store, "M-2")), (2, 1));
    assert!(
        verify::verify(&o.store, &Actor::console(), true)
            .unwrap()
            .ok
    );
}

#[test]
fn a_closed_folder_is_never_suggested_nor_filed_into_until_it_is_reopened() {
    let o = office();
    let archivist = person(&o.store, "Bambang", "198511202010011002", Role::Archivist);
    let ids = decided(&o, 3);
    folder(&o.store, "M-1", 50);
    folder(&o.store, "M-2", 50);
    assert_eq!(archive(&o, &archivist, &ids[0], None).unwrap(), "M-1");

    // Only the archivist and the admin manage folders.
    let refused = filing::set_folder_closed(&o.store, &o.kasi, "M-1", true, "");
    assert!(matches!(refused, Err(Error::Forbidden(_))), "{refused:?}");
    let closed =
        filing::set_folder_closed(&o.store, &archivist, "M-1", true, "Tahun anggaran selesai")
            .unwrap();
    assert!(closed.closed);
    assert_eq!(closed.used, 1, "what it holds stays");
    let again = filing::set_folder_closed(&o.store, &archivist, "M-1", true, "");
    assert!(matches!(again, Err(Error::Conflict(_))));

    assert_eq!(suggested(&o.store).as_deref(), Some("M-2"));
    let err = archive(&o, &archivist, &ids[1], Some("M-1")).unwrap_err();
    assert_eq!(err.field(), Some("folder"));
    assert!(err.to_string().contains("ditutup"), "{err}");
    assert_eq!(archive(&o, &archivist, &ids[1], None).unwrap(), "M-2");
    let moved = filing::move_release(&o.store, &archivist, &ids[1], "M-1");
    assert_eq!(moved.unwrap_err().field(), Some("folder"));

    let reopened = filing::set_folder_closed(&o.store, &archivist, "M-1", false, "").unwrap();
    assert!(!reopened.closed);
    assert_eq!(suggested(&o.store).as_deref(), Some("M-1"));
    assert_eq!(archive(&o, &archivist, &ids[2], None).unwrap(), "M-1");
    let actions = audit_actions(&o.store, "folder");
    assert_eq!(
        actions,
        ["folder.add", "folder.add", "folder.close", "folder.reopen"]
    );
    assert!(
        verify::verify(&o.store, &Actor::console(), true)
            .unwrap()
            .ok
    );
}

fn own_stock() -> LabelStock {
    LabelStock {
        name: "Tom & Jerry 103".into(),
        label_w: 64.0,
        label_h: 32.0,
        cols: 3,
        rows: 8,
        margin_left: 7.0,
        margin_top: 12.0,
        gap_x: 2.0,
        gap_y: 2.0,
    }
}

#[test]
fn label_stocks_and_printer_offsets_are_kept_in_the_store_for_every_account() {
    let o = office();
    let archivist = person(&o.store, "Bambang", "198511202010011002", Role::Archivist);
    let admin =
        pressdesk_core::auth::sign_in_nip(&o.store, "198001012005011001", "135790").unwrap();

    // Refused: another role, an Avery name, a grid off the paper, a shift beyond 10 mm.
    let kasi = label_stocks::save_label_stock(&o.store, &o.kasi, own_stock());
    assert!(matches!(kasi, Err(Error::Forbidden(_))));
    let avery = LabelStock {
        name: "avery l7160".into(),
        ..own_stock()
    };
    let taken = label_stocks::save_label_stock(&o.store, &archivist, avery).unwrap_err();
    assert_eq!(taken.field(), Some("name"));
    let wide = LabelStock {
        cols: 5,
        ..own_stock()
    };
    let off_paper = label_stocks::save_label_stock(&o.store, &archivist, wide).unwrap_err();
    assert_eq!(off_paper.field(), Some("stock"));

    let saved = label_stocks::save_label_stock(&o.store, &archivist, own_stock()).unwrap();
    assert_eq!(saved.custom, [own_stock()]);
    let shift = PrintOffset {
        printer: " Epson L3110 ruang arsip ".into(),
        stock: "tom & jerry 103".into(),
        offset_x_mm: 1.54,
        offset_y_mm: -2.0,
    };
    let far = PrintOffset {
        offset_x_mm: 10.5,
        ..shift.clone()
    };
    assert_eq!(
        label_stocks::save_print_offset(&o.store, &archivist, far)
            .unwrap_err()
            .field(),
        Some("offset")
    );
    let unknown = PrintOffset {
        stock: "Tidak ada".into(),
        ..shift.clone()
    };
    assert_eq!(
        label_stocks::save_print_offset(&o.store, &archivist, unknown)
            .unwrap_err()
            .field(),
        Some("stock")
    );
    let stored = label_stocks::save_print_offset(&o.store, &archivist, shift.clone()).unwrap();
    assert_eq!(
        stored,
        PrintOffset {
            printer: "Epson L3110 ruang arsip".into(),
            stock: "Tom & Jerry 103".into(),
            offset_x_mm: 1.5,
            offset_y_mm: -2.0,
        }
    );
    // A second printer keeps its own shift for the same stock; Avery stocks take shifts too.
    let other = PrintOffset {
        printer: "HP LaserJet lantai 2".into(),
        stock: "L7160".into(),
        offset_x_mm: 0.5,
        offset_y_mm: 0.0,
    };
    label_stocks::save_print_offset(&o.store, &admin, other.clone()).unwrap();

    // Another account (the admin, the Kadis) sees the same set-up, and prints with it.
    for who in [&admin, &o.kadis] {
        let setup = label_stocks::label_setup(&o.store, who).unwrap();
        assert_eq!(setup.custom, [own_stock()]);
        assert_eq!(setup.offsets, [stored.clone(), other.clone()]);
        assert_eq!(setup.builtin.len(), 3);
    }
    assert_eq!(
        label_stocks::stock_named(&o.store, "TOM & JERRY 103").unwrap(),
        own_stock()
    );
    assert_eq!(
        label_stocks::offset_for(&o.store, "epson l3110 ruang arsip", "Tom & Jerry 103").unwrap(),
        (1.5, -2.0)
    );
    assert_eq!(
        label_stocks::offset_for(&o.store, "Printer baru", "L7160").unwrap(),
        (0.0, 0.0)
    );
    let job = print::LabelJob {
        stock: label_stocks::stock_named(&o.store, "Tom & Jerry 103").unwrap(),
        paper: Paper::A4,
        start: 1,
        offset_x_mm: 1.5,
        offset_y_mm: -2.0,
    };
    let first = print::label_boxes(&job, 1).unwrap()[0];
    assert!((first.1 - 8.5).abs() < 1e-4 && (first.2 - 10.0).abs() < 1e-4);

    // They go with the backup and come back with the restore.
    let work = tempfile::tempdir().unwrap();
    let file = work.path().join("cadangan.tar");
    backup::backup(&o.store, &Actor::console(), &file, &mut |_| {}).unwrap();
    let into = work.path().join("pulih");
    backup::restore(&Actor::console(), &file, &into, &mut |_| {}).unwrap();
    let restored = Store::open(&into).unwrap();
    let setup = label_stocks::label_setup(&restored, &Actor::console()).unwrap();
    assert_eq!((setup.custom.len(), setup.offsets.len()), (1, 2));

    // Removing the stock removes its shifts; audited throughout.
    let after = label_stocks::remove_label_stock(&o.store, &archivist, "Tom & Jerry 103").unwrap();
    assert!(after.custom.is_empty());
    assert_eq!(after.offsets, [other]);
    assert_eq!(
        audit_actions(&o.store, "label_stock"),
        ["label_stock.save", "label_stock.remove"]
    );
    assert_eq!(audit_actions(&o.store, "print_offset").len(), 2);
}

#[test]
fn the_ledger_prints_the_whole_audit_head_as_text_and_qr_and_the_kadis_rank() {
    let o = office();
    checked(&o, "Peresmian jembatan", 1);
    let kadis_id = o.kadis.id().unwrap();
    // The rank is given when a user is added, or set later by the admin.
    let refused = users::set_user_rank(&o.store, &o.kasi, kadis_id, "Pembina Utama Muda (IV/c)");
    assert!(matches!(refused, Err(Error::Forbidden(_))));
    let long = "x".repeat(81);
    assert_eq!(
        users::set_user_rank(&o.store, &Actor::console(), kadis_id, &long)
            .unwrap_err()
            .field(),
        Some("rank")
    );
    let kadis = users::set_user_rank(
        &o.store,
        &Actor::console(),
        kadis_id,
        " Pembina Utama Muda (IV/c) ",
    )
    .unwrap();
    assert_eq!(kadis.rank, "Pembina Utama Muda (IV/c)");
    let kabid = users::add_user(
        &o.store,
        &admin(&o.store),
        users::NewUser {
            name: "Ir. Samsul".into(),
            nip: "197001011995031001".into(),
            role: Role::Kabid,
            position: "Kabid IKP".into(),
            pin: None,
            rank: Some("Pembina (IV/a)".into()),
        },
    )
    .unwrap();
    assert_eq!(kabid.rank, "Pembina (IV/a)");

    let head = o.store.with_db(audit::head).unwrap();
    assert_eq!(head.len(), 64);
    let pdf = print::ledger_pdf(&o.store, &this_month(), Paper::A4).unwrap();
    let path = write("ledger-audit-head.pdf", &pdf);
    tool("qpdf", &["--check", &path]);
    let layout = tool("pdftotext", &["-layout", "-enc", "UTF-8", &path, "-"]);
    assert!(
        layout.contains(&format!("Kepala rantai audit: {head}")),
        "{layout}"
    );
    assert!(layout.contains("Kepala rantai audit saat dicetak"));
    let lines: Vec<&str> = layout.lines().map(str::trim).collect();
    let name_at = lines
        .iter()
        .position(|l| l.ends_with("Drs. Yusuf Abdullah"))
        .unwrap();
    let after: Vec<&str> = lines[name_at + 1..]
        .iter()
        .filter(|l| !l.is_empty())
        .copied()
        .collect();
    assert!(after[0].ends_with("Pembina Utama Muda (IV/c)"), "{after:?}");
    assert!(
        after[1].ends_with("NIP. 19680512 199303 1 004"),
        "{after:?}"
    );

    // The QR code beside the sign-off reads back as the whole head.
    let png = output_dir().join("ledger-audit-head");
    tool(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "200",
            "-singlefile",
            &path,
            png.to_str().unwrap(),
        ],
    );
    let read = tool(
        "zbarimg",
        &["--quiet", "--raw", &format!("{}.png", png.display())],
    );
    assert_eq!(read.trim(), head);

    // The printed head is found in the chain, by its first 16 characters too, and stays
    // found (with the events since) after more work is done.
    let found = verify::find_printed_head(&o.store, &Actor::console(), &head[..16])
        .unwrap()
        .unwrap();
    assert_eq!((found.hash.as_str(), found.later), (head.as_str(), 0));
    checked(&o, "Rilis berikutnya", 2);
    let later = verify::find_printed_head(&o.store, &Actor::console(), &head.to_uppercase())
        .unwrap()
        .unwrap();
    assert_eq!(later.event, found.event);
    assert!(later.later >= 2, "{later:?}");
    let forged = format!("{}0", &head[..15]);
    let missing =
        verify::find_printed_head(&o.store, &Actor::console(), &(forged + "123456789abcdef"));
    assert!(missing.unwrap().is_none());
    let short = verify::find_printed_head(&o.store, &Actor::console(), &head[..8]);
    assert_eq!(short.unwrap_err().field(), Some("head"));
}
