//! The agenda list and its search on both stores: one data set of releases (Indonesian titles,
//! senders, letter numbers, a few accents, evidence with thumbnails, withdrawn ones), inserted
//! with one SQL text on each, then the same searches, filtered pages and cursors must give the
//! same releases in the same order with the same counts.

use chrono::{Datelike, Duration, NaiveDate, TimeZone as _, Utc};
use pressdesk_core::model::{Actor, Status};
use pressdesk_core::release::{self, ListPage, ListQuery};
use pressdesk_core::sql::{in_transaction, Db};
use pressdesk_core::workflow::ActKind;
use pressdesk_core::{args, catalog};
use serde_json::Value as Json;

use super::{common, server_office};

const TITLES: [&str; 36] = [
    "Rapat Koordinasi Penanganan Stunting di Kabupaten Bulungan",
    "Banjir Rendam Tiga Desa di Tarakan, BPBD Dirikan Posko",
    "Pembangunan Jembatan Sesayap Ditargetkan Selesai Desember",
    "Pemeriksaan Kesehatan Gratis untuk Nelayan Tarakan",
    "Festival Budaya Dayak di Café Betang Tanjung Selor",
    "Seleksi Terbuka Jabatan Pimpinan Tinggi Pratama",
    "Operasi Pasar Sembako Murah di Nunukan",
    "Peluncuran Aplikasi Layanan Digital Kabupaten Malinau",
    "Bupati Resmikan Jembatan Gantung Antardesa",
    "Sosialisasi Pencegahan Stunting bagi Kader Posyandu",
    "Klarifikasi Berita Banjir Bandang di Malinau",
    "Undangan Liputan Peringatan Hari Jadi Provinsi",
    "Gubernur Tinjau Harga Pangan Jelang Ramadan",
    "Pelatihan Budidaya Rumput Laut bagi Nelayan Nunukan",
    "Rapat Pengendalian Inflasi Daerah Triwulan I",
    "Vaksinasi Anak Sekolah di Tanjung Selor",
    "Pameran UMKM dan Kuliner Khas Kalimantan-Utara",
    "Pengumuman Hasil Seleksi Administrasi CPNS",
    "Lomba Perahu Naga Meriahkan Hari Jadi Tarakan",
    "Kunjungan Kerja Menteri ke Perbatasan Krayan",
    "Perbaikan Jalan Rusak di Kecamatan Sebatik",
    "Bantuan Sosial untuk Korban Banjir Sembakung",
    "Musyawarah Perencanaan Pembangunan Desa",
    "Penyaluran Pupuk Bersubsidi untuk Petani Malinau",
    "Pesta Rakyat dan Pentas Seni di Gedung Créatif Tarakan",
    "Penerimaan Peserta Didik Baru Tahun Ajaran 2026",
    "Penanaman Seribu Mangrove di Pesisir Tarakan",
    "Gerakan Pangan Murah Tekan Inflasi",
    "Hak Jawab atas Pemberitaan Proyek Jembatan",
    "Sidak Harga Elpiji di Pangkalan Nunukan",
    "Peresmian Puskesmas Rawat Inap di Sembakung",
    "Kampanye Gizi Seimbang Cegah Stunting",
    "Pelantikan Pejabat Administrator dan Pengawas",
    "Lokakarya Jurnalistik untuk Humas Perangkat Daerah",
    "Doa Bersama untuk Keselamatan Nelayan",
    "Penghargaan Keterbukaan Informasi Publik",
];

/// Sender, contact, the code in its letter numbers.
const SENDERS: [(&str, &str, &str); 8] = [
    (
        "Dinas Kesehatan Provinsi Kalimantan Utara",
        "dr. Hj. Nurhayati, 0811-5432-001",
        "440",
    ),
    (
        "BPBD Kota Tarakan",
        "Andi Pratama, humas@bpbd.tarakankota.go.id",
        "360",
    ),
    ("Dinas PUPR Kabupaten Bulungan", "Ir. Yohanes Ngau", "600"),
    (
        "Sekretariat Daerah Kabupaten Nunukan",
        "Bagian Prokopim",
        "100",
    ),
    ("Yayasan Budaya Thérèse", "Sr. Thérèse Lawing", "045"),
    ("Badan Kepegawaian Daerah", "Subbag Umum", "800"),
    ("Dinas Perikanan Kabupaten Malinau", "Ahmad Fauzi", "523"),
    ("Bagian Protokol dan Komunikasi Pimpinan", "Rina", "481"),
];

const NEWS_TYPES: [&str; 5] = [
    "Kegiatan pimpinan",
    "Pengumuman",
    "Klarifikasi/hak jawab",
    "Undangan liputan",
    "Lainnya",
];

const STATUSES: [&str; 6] = [
    "Registered",
    "Initialed",
    "Approved",
    "Rejected",
    "Published",
    "Archived",
];

const ROMAN: [&str; 12] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
];

/// The letter number of release `i`, e.g. "440/003/DINKES/IX/2025".
fn letter_no(i: usize, month: u32, year: i32) -> String {
    let (_, _, code) = SENDERS[i % SENDERS.len()];
    format!(
        "{code}/{:03}/DISKOMINFO/{}/{year}",
        i * 7 + 3,
        ROMAN[month as usize - 1]
    )
}

/// The data set, with one SQL text on either store (in the caller's transaction): every ninth
/// day from September 2025, numbered per year of the office's zone (WITA) as registration
/// numbers them; statuses and news types in turn; two Registered releases withdrawn; evidence,
/// some with thumbnails, on three.
fn seed(db: &Db) {
    let start = Utc.with_ymd_and_hms(2025, 9, 3, 2, 15, 0).unwrap();
    let mut seq_of_year = std::collections::HashMap::new();
    for (i, title) in TITLES.iter().enumerate() {
        let at = start + Duration::days(9 * i as i64) + Duration::minutes(53 * i as i64);
        let local = at + Duration::hours(8);
        let seq = seq_of_year.entry(local.year()).or_insert(0_i64);
        *seq += 1;
        let (sender, contact, _) = SENDERS[i % SENDERS.len()];
        let withdrawn = i % 18 == 12;
        let letter_date = NaiveDate::from_ymd_opt(local.year(), local.month(), 1).unwrap();
        db.execute(
            "INSERT INTO releases (uid, agenda_year, agenda_seq, template_id, status, received_at,
                sender_org, sender_contact, letter_no, letter_date, title, news_type_id,
                event_place, body, checklist, remarks, created_at, sop_version_id, step_done,
                checked, withdrawn_at, withdraw_reason)
             VALUES (?1, ?2, ?3, (SELECT id FROM sop_templates WHERE is_default = 1), ?4, ?5,
                ?6, ?7, ?8, ?9, ?10, (SELECT id FROM news_types WHERE name = ?11), ?12, ?13,
                '[]', '', ?5, (SELECT max(v.id) FROM sop_versions v JOIN sop_templates t
                    ON t.id = v.template_id WHERE t.is_default = 1), 1, ?14, ?15, ?16)",
            args![
                format!("0190a000-0000-7000-8000-{i:012}"),
                i64::from(local.year()),
                *seq,
                STATUSES[i % STATUSES.len()],
                pressdesk_core::timefmt::to_db(at),
                sender,
                contact,
                letter_no(i, local.month(), local.year()),
                letter_date.to_string(),
                *title,
                NEWS_TYPES[i % NEWS_TYPES.len()],
                "Tanjung Selor",
                format!("{title}. Kegiatan ini disampaikan oleh {sender} kepada media."),
                i64::from(i % 4 == 1),
                withdrawn.then(|| pressdesk_core::timefmt::to_db(at + Duration::hours(2))),
                withdrawn.then_some("Salah kirim"),
            ],
        )
        .unwrap();
        let id: i64 = db
            .query_row(
                "SELECT id FROM releases WHERE agenda_year = ?1 AND agenda_seq = ?2",
                args![i64::from(local.year()), *seq],
                |r| r.get(0),
            )
            .unwrap();
        release::index_release(db, id).unwrap();
        // Evidence on three Registered releases: photos with thumbnails, a letter without,
        // more photos than the summary's three.
        let photos = match i {
            0 => 2,
            6 => 1,
            18 => 4,
            _ => continue,
        };
        for seq in 1..=photos + 1 {
            let sha = format!("{:064x}", i * 10 + seq);
            let letter = seq == photos + 1;
            db.execute(
                "INSERT INTO files (sha256, size, mime, width, height, has_thumb, created_at)
                 VALUES (?1, 1000, ?2, 640, 480, ?3, ?4)",
                args![
                    sha,
                    if letter {
                        "application/pdf"
                    } else {
                        "image/jpeg"
                    },
                    i64::from(!letter),
                    pressdesk_core::timefmt::to_db(at)
                ],
            )
            .unwrap();
            db.execute(
                "INSERT INTO evidence (release_id, seq, kind, file_sha, original_name, added_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                args![
                    id,
                    seq as i64,
                    if letter { "letter" } else { "photo" },
                    sha,
                    format!("bukti-{seq}"),
                    pressdesk_core::timefmt::to_db(at)
                ],
            )
            .unwrap();
        }
    }
}

/// What `read` gives on each store holding the data set: SQLite's, then the server's.
fn on_both_with_releases(tag: &str, read: impl Fn(&Db) -> Json) -> [Json; 2] {
    let (_dir, store) = common::store();
    store
        .with_db_tx(|db| {
            seed(db);
            Ok(())
        })
        .unwrap();
    let lite = store.with_db(|db| Ok(read(db))).unwrap();
    let client = server_office(tag);
    in_transaction(&client, |db| {
        seed(db);
        Ok(())
    })
    .unwrap();
    let server = in_transaction(&client, |db| Ok(read(db))).unwrap();
    [lite, server]
}

fn page(db: &Db, query: ListQuery) -> ListPage {
    release::list_releases_on(db, &Actor::console(), query.clone())
        .unwrap_or_else(|e| panic!("{:?}: {query:?}: {e}", db.dialect()))
}

fn searched(text: &str) -> ListQuery {
    ListQuery {
        search: Some(text.into()),
        ..ListQuery::default()
    }
}

/// The titles of a page and its count, to read a failure by.
fn titles(page: &Json) -> (Vec<String>, i64) {
    let rows = page["rows"].as_array().cloned().unwrap_or_default();
    let titles = rows
        .iter()
        .map(|r| r["title"].as_str().unwrap_or("").to_owned());
    (titles.collect(), page["total"].as_i64().unwrap_or(-1))
}

fn agree(pages: &[Json; 2]) {
    for (lite, server) in pages[0]
        .as_array()
        .unwrap()
        .iter()
        .zip(pages[1].as_array().unwrap())
    {
        assert_eq!(
            lite,
            server,
            "{}\nSQLite: {:?}\nserver: {:?}",
            lite["query"],
            titles(&lite["page"]),
            titles(&server["page"])
        );
    }
}

fn run(db: &Db, queries: &[ListQuery]) -> Json {
    let pages = queries
        .iter()
        .map(|q| serde_json::json!({ "query": format!("{q:?}"), "page": page(db, q.clone()) }));
    Json::Array(pages.collect())
}

const SEARCHES: [&str; 14] = [
    "stunting",
    "banjir tarakan",
    "jemb",
    "Kesehatan nelayan",
    "cafe",
    "CAFÉ betang",
    "therese",
    "creatif",
    "kalimantan utara",
    "bpbd tarakankota",
    "007/2026",
    "440/0",
    "2026",
    "gempa",
];

#[test]
fn the_same_searches_find_the_same_releases_on_both_stores() {
    let pages = on_both_with_releases("search", |db| run(db, &SEARCHES.map(searched)));
    agree(&pages);
    let by_text = |text: &str| {
        let i = SEARCHES.iter().position(|s| *s == text).unwrap();
        titles(&pages[0].as_array().unwrap()[i]["page"])
    };
    assert_eq!(by_text("stunting").1, 3, "one word");
    assert_eq!(by_text("jemb").1, 3, "a prefix");
    assert_eq!(by_text("banjir tarakan").0, [TITLES[1]], "two words");
    assert_eq!(by_text("cafe").0, [TITLES[4]], "diacritics off");
    assert_eq!(by_text("therese").1, 4, "the sender, accented");
    assert_eq!(
        by_text("bpbd tarakankota").1,
        5,
        "the contact's address, in words"
    );
    assert_eq!(by_text("gempa").1, 0, "no hit");
}

#[test]
fn a_number_typed_exactly_leads_the_search_on_both_stores() {
    let letter = letter_no(5, 10, 2025);
    let pages = on_both_with_releases("number", |db| {
        let found = release::find_exact_on(db, &Actor::console(), &letter.to_lowercase())
            .unwrap()
            .unwrap_or_default();
        let by_agenda = release::find_exact_on(db, &Actor::console(), "7").unwrap();
        serde_json::json!([
            { "query": "letter", "page": page(db, searched(&letter)) },
            { "query": "agenda", "page": page(db, searched("007/2026")) },
            { "query": "exact", "page": { "found": found, "by_agenda": by_agenda } },
        ])
    });
    agree(&pages);
    let lite = pages[0].as_array().unwrap();
    assert_eq!(lite[0]["page"]["rows"][0]["letter_no"], letter.as_str());
    assert_eq!(lite[1]["page"]["rows"][0]["agenda_no"], "007/2026");
    assert_eq!(
        lite[2]["page"]["found"],
        "0190a000-0000-7000-8000-000000000005"
    );
}

#[test]
fn filtered_pages_agree_on_both_stores() {
    let pages = on_both_with_releases("filters", |db| {
        let q = ListQuery::default;
        let notice = catalog::news_type_id(db, None, Some("Pengumuman")).unwrap();
        run(
            db,
            &[
                q(),
                ListQuery {
                    status: Some(Status::Approved),
                    ..q()
                },
                ListQuery {
                    status: Some(Status::Registered),
                    ..q()
                },
                ListQuery {
                    status: Some(Status::Withdrawn),
                    ..q()
                },
                ListQuery {
                    year: Some(2025),
                    ..q()
                },
                ListQuery {
                    year: Some(2026),
                    month: Some(3),
                    ..q()
                },
                ListQuery {
                    news_type_id: Some(notice),
                    ..q()
                },
                ListQuery {
                    checked: Some(true),
                    ..q()
                },
                ListQuery {
                    waiting_act: Some(ActKind::Publish),
                    ..q()
                },
                ListQuery {
                    search: Some("tarakan".into()),
                    year: Some(2026),
                    ..q()
                },
                ListQuery {
                    search: Some("nunukan".into()),
                    status: Some(Status::Registered),
                    ..q()
                },
            ],
        )
    });
    agree(&pages);
    let lite = pages[0].as_array().unwrap();
    assert_eq!(titles(&lite[0]["page"]).1, 36);
    assert_eq!(titles(&lite[3]["page"]).1, 2, "withdrawn");
    assert_eq!(titles(&lite[5]["page"]).1, 4, "March 2026");
    let first = &lite[0]["page"]["rows"];
    let thumbs = |uid: &str| {
        let rows = first.as_array().unwrap();
        rows.iter().find(|r| r["id"] == uid).unwrap()["thumbs"].clone()
    };
    assert_eq!(
        thumbs("0190a000-0000-7000-8000-000000000018")
            .as_array()
            .unwrap()
            .len(),
        3
    );
}

#[test]
fn cursor_pages_walk_the_same_releases_on_both_stores() {
    let pages = on_both_with_releases("cursor", |db| {
        let mut walked = Vec::new();
        for start in [
            ListQuery {
                limit: Some(5),
                ..ListQuery::default()
            },
            ListQuery {
                limit: Some(2),
                ..searched("tarakan")
            },
        ] {
            let mut query = start.clone();
            loop {
                let p = page(db, query.clone());
                let next = p.next_cursor.clone();
                walked.push(serde_json::json!({ "query": format!("{query:?}"), "page": p }));
                match next {
                    Some(cursor) => query.cursor = Some(cursor),
                    None => break,
                }
            }
        }
        Json::Array(walked)
    });
    agree(&pages);
    let lite = pages[0].as_array().unwrap();
    let rows: usize = lite
        .iter()
        .map(|p| p["page"]["rows"].as_array().unwrap().len())
        .sum();
    let tarakan = titles(&lite.last().unwrap()["page"]).1 as usize;
    assert_eq!(rows, 36 + tarakan, "every release once, every hit once");
    assert_eq!(
        pages[0].as_array().unwrap().len(),
        pages[1].as_array().unwrap().len()
    );
}
