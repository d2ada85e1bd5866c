//! Backup and restore across the stores: an office with releases, photos, a check and a paraf
//! is backed up from a desk (of one computer, or of the office's server), and the one bag is
//! restored into an empty folder and onto an empty server database; the agenda, a photo's
//! bytes and `verify` read the same afterwards. A damaged bag is refused in Indonesian and
//! leaves the target as it was. The PIN hashes travel when the login may read them.

use std::path::Path;
use std::time::Instant;

use pg_cluster::Cluster;
use pressdesk_core::catalog::CHECKLIST;
use pressdesk_core::model::{Actor, EvidenceKind};
use pressdesk_core::paraf::Decision;
use pressdesk_core::release::{self, EvidenceInput, ListQuery, NewRelease};
use pressdesk_core::{auth, backup, evidence, verify, Error, Store};
use serde_json::{json, Value};

use super::paraf_filing::fixtures;
use super::{common, desk_url, offices, TestOffice};

const TAG: &str = "backup";

/// What a person reads of the office: the agenda, and what `verify` says.
fn seen(store: &Store, admin: &Actor) -> Value {
    let page = release::list_releases(store, admin, ListQuery::default()).unwrap();
    let agenda: Vec<Value> = page
        .rows
        .iter()
        .map(|r| {
            json!([
                r.agenda_no,
                r.title,
                r.status_label,
                r.evidence_count,
                r.thumbs
            ])
        })
        .collect();
    let v = verify::verify(store, admin, true).unwrap();
    json!({
        "agenda": agenda,
        "verify": [v.ok, v.releases, v.events, v.files_checked, v.audit_head, v.faults],
    })
}

/// Releases with real photos, two checked by the Kasi, one initialed by the Kadis.
fn fill(name: &str, office: &TestOffice) -> (fixtures::People, Vec<u8>, String) {
    let store = &office.store;
    let p = fixtures::people(name, TAG, office);
    // The first photo is larger than one chunk of the server's file contents (1 MiB), so its
    // bytes stream into the bag in several pieces.
    let photos = [noisy_jpeg(1400, 1000), common::jpeg(800, 600, 42)];
    assert!(photos[0].len() > pressdesk_core::server::contents::CHUNK);
    let staged: Vec<_> = photos
        .iter()
        .enumerate()
        .map(|(i, bytes)| {
            evidence::stage_file(store, Some(&p.kasi), &format!("foto-{i}.jpg"), bytes).unwrap()
        })
        .collect();
    let mut uids = Vec::new();
    for (title, count) in [("Wali Kota Buka Pameran UMKM", 2), ("Rapat Koordinasi", 1)] {
        let input = NewRelease {
            title: title.into(),
            sender_org: "Bagian Protokol Setda".into(),
            sender_contact: "0812-5555-0101".into(),
            letter_no: "B/17/PROT/2026".into(),
            event_place: "Aula Rumah Jabatan".into(),
            body: "Isi rilis.".into(),
            checklist: CHECKLIST.iter().map(|(k, _)| (*k).to_owned()).collect(),
            evidence: staged[..count]
                .iter()
                .map(|s| EvidenceInput {
                    sha256: s.sha256.clone(),
                    kind: EvidenceKind::Photo,
                    name: s.name.clone(),
                })
                .collect(),
            ..NewRelease::default()
        };
        let detail = release::register_release(store, &p.kasi, input)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        uids.push(detail.summary.id);
        fixtures::check(store, &p.kasi, uids.last().unwrap(), true, "")
            .unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    let initials = fixtures::drawn(store, 3, false);
    fixtures::paraf(store, &p.kadis, &[&uids[0]], Decision::Approve, initials)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    (p, photos[0].clone(), staged[0].sha256.clone())
}

/// A JPEG that hardly compresses: every pixel its own colour.
fn noisy_jpeg(w: u32, h: u32) -> Vec<u8> {
    let mut x: u32 = 2463534242;
    let img = image::RgbImage::from_fn(w, h, |_, _| {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        let [a, b, c, _] = x.to_le_bytes();
        image::Rgb([a, b, c])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 95)
        .encode_image(&img)
        .unwrap();
    out
}

/// A fresh, empty database on the cluster; its administrator's URL.
fn empty_database(name: &str) -> String {
    let cluster = Cluster::shared();
    cluster.superuser_url(&cluster.create_database(name).unwrap())
}

/// Whether the database `url` names holds no PressDesk schema at all.
fn untouched(url: &str) -> bool {
    let mut client = postgres::Client::connect(url, postgres::NoTls).unwrap();
    let n: i64 = client
        .query_one(
            "SELECT count(*) FROM pg_namespace WHERE nspname = 'pressdesk'",
            &[],
        )
        .unwrap()
        .get(0);
    n == 0
}

fn photo(store: &Store, sha: &str) -> Vec<u8> {
    std::fs::read(store.file_path(sha).unwrap()).unwrap()
}

fn refused(result: pressdesk_core::Result<backup::RestoreReport>) -> String {
    let err = result.expect_err("a damaged backup is refused");
    assert!(matches!(err, Error::Invalid { .. }), "{err:?}");
    err.to_string()
}

#[test]
fn one_bag_from_either_store_restores_into_a_folder_and_onto_a_server() {
    let cluster = Cluster::shared();
    for (name, office) in offices(TAG) {
        let (p, bytes, sha) = fill(name, &office);
        let before = seen(&office.store, &p.admin);
        assert_eq!(before["agenda"].as_array().unwrap().len(), 2, "{name}");
        assert_eq!(before["verify"][0], json!(true), "{name}: {before}");

        let work = tempfile::tempdir().unwrap();
        let bag = work.path().join(format!("cadangan-{name}.tar"));
        let started = Instant::now();
        // The desk goes on working while its backup is written (the agenda read meanwhile).
        let mut read_meanwhile = 0;
        let made = backup::backup(&office.store, &p.admin, &bag, &mut |_| {
            release::list_releases(&office.store, &p.admin, ListQuery::default()).unwrap();
            read_meanwhile += 1;
        })
        .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(read_meanwhile > 1, "{name}");
        eprintln!(
            "cadangan {name}: {} bita, {} berkas, {:?}",
            made.bytes,
            made.files,
            started.elapsed()
        );
        assert_eq!(made.bytes, std::fs::metadata(&bag).unwrap().len(), "{name}");
        assert_eq!(made.releases, 2, "{name}");

        // Into an empty folder: one computer's store, as a restore always made it.
        let folder = work.path().join("pulih");
        backup::restore(&p.admin, &bag, &folder, &mut |_| {})
            .unwrap_or_else(|e| panic!("{name} → folder: {e}"));
        let restored = Store::open(&folder).unwrap();
        assert_eq!(seen(&restored, &p.admin), before, "{name} → folder");
        assert_eq!(photo(&restored, &sha), bytes, "{name} → folder: the photo");
        let thumb = evidence::thumbnail(&restored, &sha).unwrap();
        assert!(thumb.is_some(), "{name} → folder: the photo's thumbnail");
        // A desk's login never reads the PIN hashes: they travel only from one computer.
        let signed_in = auth::sign_in_nip(&restored, common::ADMIN_NIP, common::ADMIN_PIN);
        assert_eq!(signed_in.is_ok(), name == "sqlite", "{name} → folder: PIN");
        drop(restored);

        // Onto an empty server database, read by a desk of it.
        let admin_url = empty_database(&format!("bk_{name}_pulih"));
        let report = backup::restore_to_server(&p.admin, &bag, &admin_url, &mut |_| {})
            .unwrap_or_else(|e| panic!("{name} → server: {e}"));
        assert_eq!(report.audit_head, made.audit_head, "{name} → server");
        let cache = tempfile::tempdir().unwrap();
        let desk = desk_url(cluster, &admin_url, "kasi");
        let on_server = Store::open_server(&desk, cache.path()).unwrap();
        assert_eq!(seen(&on_server, &p.admin), before, "{name} → server");
        assert_eq!(photo(&on_server, &sha), bytes, "{name} → server: the photo");

        // A damaged bag (one byte of the database changed) is refused; nothing is written.
        let damaged = work.path().join("rusak.tar");
        let mut raw = std::fs::read(&bag).unwrap();
        raw[1536 + 200] ^= 0x5A;
        std::fs::write(&damaged, raw).unwrap();
        let into = work.path().join("pulih-rusak");
        let said = refused(backup::restore(&p.admin, &damaged, &into, &mut |_| {}));
        assert!(said.contains("Cadangan rusak"), "{name}: {said}");
        assert!(!into.exists(), "{name}: the folder stays as it was");
        let target = empty_database(&format!("bk_{name}_rusak"));
        let said = refused(backup::restore_to_server(
            &p.admin,
            &damaged,
            &target,
            &mut |_| {},
        ));
        assert!(said.contains("Cadangan rusak"), "{name}: {said}");
        assert!(untouched(&target), "{name}: the server stays empty");
        // And a server that already holds an office is not restored over.
        let said = refused(backup::restore_to_server(
            &p.admin,
            &bag,
            &admin_url,
            &mut |_| {},
        ));
        assert!(said.contains("sudah berisi kantor"), "{name}: {said}");
    }
}

#[test]
fn a_backup_through_the_servers_administrator_keeps_the_pins() {
    let [_, (name, office)] = offices("backup_admin");
    let tag = "backup_admin";
    let p = fixtures::people(name, tag, &office);
    let admin_url = Cluster::shared().superuser_url(&format!("seam_{tag}"));
    let cache = tempfile::tempdir().unwrap();
    let as_admin = Store::open_server(&admin_url, cache.path()).unwrap();
    assert!(backup::pins_readable(&as_admin).unwrap());
    assert!(!backup::pins_readable(&office.store).unwrap());
    let work = tempfile::tempdir().unwrap();
    let bag = work.path().join("cadangan.tar");
    backup::backup(&as_admin, &p.admin, &bag, &mut |_| {}).unwrap();
    let folder = work.path().join("pulih");
    backup::restore(&p.admin, &bag, &folder, &mut |_| {}).unwrap();
    let restored = Store::open(&folder).unwrap();
    auth::sign_in_nip(&restored, common::ADMIN_NIP, common::ADMIN_PIN).unwrap();
    auth::sign_in_nip(&restored, "196805121993031004", fixtures::PIN).unwrap();
    assert!(Path::new(&folder).join("pressdesk.db").is_file());
}
