//! Step 5 and the archive by the national rules together: a release archived through the
//! filing act carries its news type's suggested classification code at once, a file kept in a
//! folder of the cabinet shows where it is, and the archivist's acts are in the audit trail.

mod common;

use common::paraf_office::*;
use common::*;
use pressdesk_core::archive::{self, BerkasInput};
use pressdesk_core::filing::{self, ArchiveInput, NewFolder};
use pressdesk_core::model::{Actor, Role};
use pressdesk_core::paraf::Decision;

#[test]
fn an_archived_release_carries_its_suggested_code_and_goes_into_a_file_in_a_folder() {
    let o = office();
    let archivist = person(
        &o.store,
        "Agus Salim",
        "198511202010011002",
        Role::Archivist,
    );
    let folder = NewFolder {
        cabinet: "A".into(),
        drawer: "1".into(),
        code: "2026-PR".into(),
        name: String::new(),
        capacity: 50,
    };
    filing::add_folder(&o.store, &Actor::console(), folder).unwrap();
    let id = checked(&o, "Rilis yang diarsipkan", 1).summary.id;
    sign(&o, &o.kadis, &[&id], Decision::Reject, drawn(&o, 3)).unwrap();
    sign(&o, &o.kabid, &[&id], Decision::Approve, drawn(&o, 5)).unwrap();
    let before = archive::release_class(&o.store, &archivist, &id).unwrap();
    assert_eq!(before.code, None, "no code before the release is archived");
    let input = ArchiveInput {
        release_id: id.clone(),
        folder: Some("2026-PR".into()),
        archived_on: None,
    };
    filing::archive_release(&o.store, &archivist, input).unwrap();
    let class = archive::release_class(&o.store, &archivist, &id).unwrap();
    assert!(class.code.is_some(), "the archiving act gives the code");
    assert_eq!(class.code, class.suggested);

    let input = BerkasInput {
        code: class.code.clone().unwrap(),
        description: "Siaran pers bulan ini".into(),
        folder: Some("2026-PR".into()),
        ..BerkasInput::default()
    };
    let file = archive::open_berkas(&o.store, &archivist, input).unwrap();
    assert_eq!(
        file.location.as_deref(),
        Some("Lemari A · Laci 1 · Map 2026-PR")
    );
    assert_eq!(
        file.unit, "Dinas Komunikasi dan Informatika Provinsi Kalimantan Utara",
        "the office's name by default"
    );
    archive::add_to_berkas(&o.store, &archivist, &file.number, &id).unwrap();
    let closed = archive::close_berkas(&o.store, &archivist, &file.number, None).unwrap();
    assert!(closed.retention.inactive_on.is_some() && closed.retention.disposition_on.is_some());
    let trail: Vec<String> = o
        .store
        .with_db(|db| {
            db.query(
                "SELECT action FROM audit_events WHERE action LIKE 'berkas.%' ORDER BY id",
                &[],
            )?
            .iter()
            .map(|r| r.get(0))
            .collect()
        })
        .unwrap();
    assert_eq!(trail, ["berkas.open", "berkas.add", "berkas.close"]);
}
