//! The archived year the label and Daftar Arsip tests print from, made once per test binary:
//! releases from three senders registered, checked, initialed, published and numbered across
//! folders, one number voided.

use std::sync::OnceLock;

use pressdesk_core::catalog::CHECKLIST;
use pressdesk_core::filing::{self, ArchiveInput, NewFolder};
use pressdesk_core::model::{Actor, Role};
use pressdesk_core::office::{self, Office};
use pressdesk_core::paraf::{self, CheckInput, Decision, ParafInput};
use pressdesk_core::publication::{self, PublishInput};
use pressdesk_core::{evidence, release, Store};

use super::paraf_office::drawn_on;
use super::{jpeg, person, release, store, with_photos, PIN};

pub const SENDERS: [&str; 3] = [
    "Dinas Kesehatan",
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Badan Penanggulangan Bencana Daerah",
];

pub struct Fixture {
    pub _dir: tempfile::TempDir,
    pub store: Store,
    pub office: Office,
    pub year: i32,
    pub voided: String,
}

// SAFETY of sharing: the store serialises access to its connection itself.
pub fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(build)
}

pub fn title(i: usize) -> String {
    let long = "Peresmian Jembatan Antardesa «Tanjung Palas» dan Penandatanganan Nota \
                Kesepahaman Pemeliharaan Jalan Provinsi Tahun Anggaran 2026 — Klarifikasi";
    match i {
        0 => long.into(),
        1 => "Vaksinasi".into(),
        _ => format!("Rapat Koordinasi Penanganan Banjir Kabupaten Bulungan, Tahap {i}"),
    }
}

/// Twelve releases through the whole SOP (register, check, Kadis and Kabid paraf, publish,
/// archive), one number voided with a reason and the release archived again.
fn build() -> Fixture {
    let (dir, store) = store();
    let kasi = person(&store, "Rahmat Hidayat", "198207092006041003", Role::Kasi);
    let kadis = person(
        &store,
        "Drs. Yusuf Abdullah",
        "196805121993031004",
        Role::Kadis,
    );
    let kabid = person(&store, "Fransiska Lenny", "197503172000032002", Role::Kabid);
    let operator = person(
        &store,
        "Dewi Operator",
        "199001012015032001",
        Role::Operator,
    );
    let archivist = person(
        &store,
        "Agus Arsiparis",
        "198811112010011002",
        Role::Archivist,
    );
    let folder = NewFolder {
        cabinet: "A".into(),
        drawer: "1".into(),
        code: "2026-01".into(),
        name: "Press release Januari".into(),
        capacity: 50,
    };
    filing::add_folder(&store, &Actor::console(), folder).unwrap();

    let mut ids = Vec::new();
    for i in 0..12 {
        let photo = evidence::stage_file(
            &store,
            Some(&Actor::console()),
            "foto.jpg",
            &jpeg(320, 240, i as u8),
        )
        .unwrap();
        let mut input = with_photos(
            release(&title(i), SENDERS[i % 3]),
            &[(photo.sha256, photo.name)],
        );
        input.checklist = CHECKLIST.iter().map(|(k, _)| (*k).to_owned()).collect();
        let r = release::register_release(&store, &Actor::console(), input).unwrap();
        let check = CheckInput {
            release_id: r.summary.id.clone(),
            complete: true,
            reason: String::new(),
        };
        paraf::check_release(&store, &kasi, check).unwrap();
        ids.push(r.summary.id);
    }
    for (who, seed) in [(&kadis, 3), (&kabid, 4)] {
        let input = ParafInput {
            release_ids: ids.clone(),
            decision: Decision::Approve,
            note: "Layak tayang.".into(),
            pin: PIN.into(),
            initials: drawn_on(&store, seed),
        };
        paraf::paraf_releases(&store, who, input).unwrap();
    }
    let archive = |id: &str| {
        let input = ArchiveInput {
            release_id: id.into(),
            folder: None,
            archived_on: None,
        };
        filing::archive_release(&store, &archivist, input).unwrap()
    };
    let mut numbers = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let publish = PublishInput {
            release_id: id.clone(),
            site_id: 1,
            url: format!("https://diskominfo.kaltaraprov.go.id/berita/rilis-{i}"),
            published_at: None,
        };
        publication::record_publication(&store, &operator, publish).unwrap();
        numbers.push(archive(id).archive_no);
    }
    let voided = numbers[4].clone();
    filing::void_archive_no(&store, &archivist, &voided, "Salah nomor").unwrap();
    archive(&ids[4]);
    let office = store.with_db(office::get).unwrap().unwrap();
    let year: i32 = voided.rsplit('/').next().unwrap().parse().unwrap();
    Fixture {
        _dir: dir,
        store,
        office,
        year,
        voided,
    }
}
