//! The fixture of the ledger tests: a month (October 2026) of 25 releases with long Indonesian
//! names, approved, rejected, published, archived or only registered, and one paper paraf.

use std::io::Cursor;

use pressdesk_core::catalog::CHECKLIST;
use pressdesk_core::filing::{self, ArchiveInput, NewFolder};
use pressdesk_core::model::{Actor, Role};
use pressdesk_core::paraf::{self, CheckInput, Decision, Initials, PaperParafInput, ParafInput};
use pressdesk_core::period::Period;
use pressdesk_core::publication::{self, PublishInput};
use pressdesk_core::reports::{self, LedgerRow};
use pressdesk_core::{evidence, release, Store};

use crate::common::*;

pub const KADIS: &str = "Dr. H. Yusuf Hamdani, S.Sos., M.Si.";
pub const LONG_SENDER: &str = "Dinas Pekerjaan Umum dan Penataan Ruang";
pub const LAST_WORDS: &str = "akhir catatan panjang keterangan";

struct Staff {
    kasi: Actor,
    kadis: Actor,
    kabid: Actor,
    operator: Actor,
    archivist: Actor,
}

fn staff(store: &Store) -> Staff {
    let add = |name: &str, nip: &str, role| person(store, name, nip, role);
    Staff {
        kasi: add("Rahmat Hidayat", "198207092006041003", Role::Kasi),
        kadis: add(KADIS, "196805121993031004", Role::Kadis),
        kabid: add("Lenny Marlina, S.Kom.", "197503172000032002", Role::Kabid),
        operator: add("Dewi Anggraini", "199001152015032001", Role::Operator),
        archivist: add("Bambang Sutrisno", "198511202010011002", Role::Archivist),
    }
}

fn drawn(store: &Store, seed: u32) -> Initials {
    // A pen stroke: a bold loop-and-tail scribble, different per seed.
    let img = image::RgbaImage::from_fn(200, 100, |x, y| {
        let t = x as f32 / 200.0;
        let curve = 50.0 + 32.0 * (t * seed as f32 * 2.1).sin() * (1.0 - t * 0.6);
        let ink = x > 12 && x < 188 && (y as f32 - curve).abs() < 4.0;
        image::Rgba(if ink {
            [10, 20, 110, 255]
        } else {
            [0, 0, 0, 0]
        })
    });
    let mut png = Vec::new();
    img.write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let staged = evidence::stage_file(store, Some(&Actor::console()), "p.png", &png).unwrap();
    Initials::Drawn {
        png_sha: staged.sha256,
        strokes: "[]".into(),
        width_mm: 60.0,
        height_mm: 30.0,
        save: true,
    }
}

const SENDERS: [&str; 4] = [
    LONG_SENDER,
    "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
    "Sekretariat Daerah Provinsi Kalimantan Utara",
    "RSUD dr. H. Jusuf SK",
];

fn title(i: usize) -> String {
    match i % 5 {
        0 => format!(
            "Gubernur meresmikan Jembatan Sungai Kayan «Penghubung Antardesa» — tahap {i}/2026"
        ),
        1 => format!("Klarifikasi/hak jawab atas berita «jalan rusak» di Tanjung Palas ({i})"),
        2 => format!("Pengumuman seleksi terbuka JPT Pratama No. {i}/PANSEL/X/2026"),
        3 => format!(
            "Rapat koordinasi percepatan penurunan stunting, penanganan inflasi daerah, dan \
             kesiapsiagaan bencana banjir musim penghujan di lima kabupaten/kota — sesi {i}"
        ),
        _ => format!("Bakti sosial {i}"),
    }
}

pub struct World {
    pub _dir: tempfile::TempDir,
    pub store: Store,
    pub rows: Vec<LedgerRow>,
}

pub fn world() -> World {
    let (dir, store) = store();
    let s = staff(&store);
    let photo =
        evidence::stage_file(&store, Some(&Actor::console()), "f.jpg", &jpeg(320, 240, 1)).unwrap();
    let register = |received: &str, title: String, sender: &str, remarks: String| {
        let mut input = with_photos(
            release(&title, sender),
            &[(photo.sha256.clone(), photo.name.clone())],
        );
        input.received_at = Some(received.into());
        input.sender_contact = "Humas, 0812-5555-0101".into();
        input.letter_no = "045/DPUPR/X/2026".into();
        input.letter_date = Some(received[..10].into());
        input.news_type = Some("Kegiatan pimpinan".into());
        input.remarks = remarks;
        input.checklist = CHECKLIST.iter().map(|(k, _)| (*k).to_owned()).collect();
        release::register_release(&store, &s.kasi, input)
            .unwrap()
            .summary
            .id
    };
    register(
        "2026-09-30T23:30",
        "Di luar periode (September)".into(),
        "Dinas",
        String::new(),
    );
    let ids: Vec<String> = (0..25)
        .map(|i| {
            let received = format!("2026-10-{:02}T{:02}:{:02}", 1 + i, 8 + i % 8, (i * 7) % 60);
            let remarks = match i {
                20 => format!(
                    "{} {LAST_WORDS}",
                    "Catatan panjang tentang berkas. ".repeat(60)
                ),
                7 => "Foto kurang tajam; minta kiriman ulang".into(),
                _ => String::new(),
            };
            register(&received, title(i), SENDERS[i % 4], remarks)
        })
        .collect();
    register(
        "2026-11-01T00:10",
        "Di luar periode (November)".into(),
        "Dinas",
        String::new(),
    );

    let decided: Vec<String> = ids[..18].to_vec();
    for id in &decided {
        let check = CheckInput {
            release_id: id.clone(),
            complete: true,
            reason: String::new(),
        };
        paraf::check_release(&store, &s.kasi, check).unwrap();
    }
    let rejected: Vec<String> = [5, 11, 17].iter().map(|&i| ids[i].clone()).collect();
    let approved: Vec<String> = decided
        .iter()
        .filter(|id| !rejected.contains(id))
        .cloned()
        .collect();
    let sign = |who: &Actor, ids: &[String], decision, initials| {
        let input = ParafInput {
            release_ids: ids.to_vec(),
            decision,
            note: String::new(),
            pin: PIN.into(),
            initials,
        };
        paraf::paraf_releases(&store, who, input).unwrap();
    };
    sign(&s.kadis, &approved, Decision::Approve, drawn(&store, 3));
    sign(&s.kadis, &rejected, Decision::Reject, Initials::Saved);
    let on_paper = ids[2].clone();
    let screen: Vec<String> = decided
        .iter()
        .filter(|id| **id != on_paper)
        .cloned()
        .collect();
    sign(&s.kabid, &screen, Decision::Approve, drawn(&store, 7));
    let scan = evidence::stage_file(
        &store,
        Some(&Actor::console()),
        "scan.jpg",
        &jpeg(400, 300, 9),
    )
    .unwrap();
    let paper = PaperParafInput {
        release_id: on_paper,
        official_id: s.kabid.user().unwrap().id,
        decision: Decision::Approve,
        note: String::new(),
        scan_sha: scan.sha256,
    };
    paraf::record_paper_paraf(&store, &s.kasi, paper).unwrap();

    let add_folder = NewFolder {
        cabinet: "A".into(),
        drawer: "1".into(),
        code: "2026-01".into(),
        name: "Map".into(),
        capacity: 50,
    };
    filing::add_folder(&store, &Actor::console(), add_folder).unwrap();
    for (n, id) in approved.iter().enumerate().take(10) {
        let input = PublishInput {
            release_id: id.clone(),
            site_id: 1,
            url: format!("https://diskominfo.kaltaraprov.go.id/berita/2026/10/rilis-{n}"),
            published_at: None,
        };
        publication::record_publication(&store, &s.operator, input).unwrap();
        if n < 7 {
            archive(&store, &s, id);
        }
    }
    archive(&store, &s, &rejected[0]);
    archive(&store, &s, &rejected[1]);
    let rows =
        reports::ledger_rows(&store, &pressdesk_core::model::Actor::console(), &october()).unwrap();
    World {
        _dir: dir,
        store,
        rows,
    }
}

fn archive(store: &Store, s: &Staff, id: &str) {
    let input = ArchiveInput {
        release_id: id.into(),
        folder: None,
        archived_on: Some("2026-11-21".into()),
    };
    filing::archive_release(store, &s.archivist, input).unwrap();
}

pub fn october() -> Period {
    Period::Month {
        year: 2026,
        month: 10,
    }
}
