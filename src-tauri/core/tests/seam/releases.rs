//! The agenda's data set for the seam suite: a few dozen releases with Indonesian titles,
//! senders and contacts, letter numbers and a few accents, some withdrawn, some with evidence,
//! inserted with one SQL text on either store.

use chrono::{Datelike, Duration, NaiveDate, TimeZone as _, Utc};
use pressdesk_core::args;
use pressdesk_core::release;
use pressdesk_core::sql::Db;

pub const TITLES: [&str; 36] = [
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
pub fn letter_no(i: usize, month: u32, year: i32) -> String {
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
pub fn seed(db: &Db) {
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
