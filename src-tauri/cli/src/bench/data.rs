//! Benchmark data sets: N releases with ten photo references each and ten audit events each,
//! and the parafs, publications and archive numbers of their states, written through the real
//! schema in one transaction, cached in the temp folder by size.

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{Duration, NaiveDate, TimeZone as _, Utc};
use pressdesk_core::model::{Role, TimeZone};
use pressdesk_core::office::{self, FirstRun, Office};
use pressdesk_core::sql::Db;
use pressdesk_core::users::NewUser;
use pressdesk_core::{audit, fingerprint, numbering, timefmt, Error, Result, Store};
use rusqlite::{params, Transaction};
use sha2::{Digest, Sha256};

/// Bump when the generated content changes, so that old caches are not reused.
const VERSION: u32 = 3;
pub const LAST_YEAR: i32 = 2025;
pub const PHOTOS: usize = 10;
pub const EVENTS: usize = 10;
pub const ADMIN_PIN: &str = "135790";
/// Set in the child process that generates a data set.
const GENERATOR: &str = "PRESSDESK_BENCH_GENERATOR";

const SENDERS: [&str; 8] = [
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
    "Sekretariat Daerah Provinsi Kalimantan Utara",
    "Dinas Kesehatan",
    "RSUD dr. H. Jusuf SK",
    "Dinas Pendidikan dan Kebudayaan",
    "Badan Penanggulangan Bencana Daerah",
    "Dinas Kelautan dan Perikanan",
];
const TOPICS: [&str; 8] = [
    "Gubernur meresmikan jembatan penghubung antardesa di Kecamatan",
    "Klarifikasi atas pemberitaan jalan rusak di ruas",
    "Pengumuman seleksi terbuka jabatan pimpinan tinggi pratama di",
    "Rapat koordinasi percepatan penurunan stunting di",
    "Bakti sosial dan pemeriksaan kesehatan gratis di",
    "Penyaluran bantuan sembako bagi korban banjir di",
    "Peluncuran aplikasi layanan publik digital di",
    "Panen raya rumput laut bersama kelompok nelayan di",
];
const PLACES: [&str; 10] = [
    "Tanjung Selor",
    "Tanjung Palas",
    "Tarakan",
    "Malinau",
    "Nunukan",
    "Sebatik",
    "Tana Tidung",
    "Bunyu",
    "Sekatak",
    "Peso",
];
const WORDS: [&str; 24] = [
    "pemerintah",
    "provinsi",
    "masyarakat",
    "pembangunan",
    "anggaran",
    "pelayanan",
    "kesehatan",
    "pendidikan",
    "infrastruktur",
    "ekonomi",
    "inflasi",
    "pangan",
    "nelayan",
    "petani",
    "desa",
    "perbatasan",
    "investasi",
    "pariwisata",
    "lingkungan",
    "bencana",
    "vaksinasi",
    "sekolah",
    "jalan",
    "listrik",
];

pub struct Dataset {
    pub dir: PathBuf,
    pub years: (i32, i32),
}

/// The cached data set of `n` releases, generated first if needed.
pub fn dataset(n: u32) -> Result<Dataset> {
    let dir = cache_root().join(format!("releases-{n}-v{VERSION}"));
    let years = n.div_ceil(10_000).max(1) as i32;
    let ds = Dataset {
        dir: dir.clone(),
        years: (LAST_YEAR - years + 1, LAST_YEAR),
    };
    if dir.join("complete").exists() {
        return Ok(ds);
    }
    if std::env::var_os(GENERATOR).is_none() {
        // In a process of its own: the generator's page cache (1.5 GB) would otherwise stay in
        // this one's resident size and count as the peak memory of what is measured next.
        let exe = std::env::current_exe().map_err(Error::from_io)?;
        let status = std::process::Command::new(exe)
            .args(["bench", "data", "--sizes", &n.to_string()])
            .env(GENERATOR, "1")
            .status()
            .map_err(Error::from_io)?;
        if !status.success() || !dir.join("complete").exists() {
            return Err(Error::Internal(format!("data uji {n} rilis gagal dibuat")));
        }
        return Ok(ds);
    }
    if dir.exists() {
        std::fs::remove_dir_all(&dir).map_err(Error::from_io)?;
    }
    let started = Instant::now();
    eprintln!("membuat data uji: {n} rilis di {} …", dir.display());
    generate(&dir, n, ds.years)?;
    std::fs::write(dir.join("complete"), b"ok").map_err(Error::from_io)?;
    eprintln!("  selesai dalam {:.1} s", started.elapsed().as_secs_f64());
    Ok(ds)
}

pub fn cache_root() -> PathBuf {
    std::env::var_os("PRESSDESK_BENCH_CACHE")
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("pressdesk-bench"))
}

pub fn bench_office() -> FirstRun {
    FirstRun {
        office: Office {
            name: "Dinas Komunikasi dan Informatika Provinsi Kalimantan Utara".into(),
            unit_code: "DISKOMINFO".into(),
            address: "Jl. Kolonel Soetadji, Tanjung Selor".into(),
            timezone: TimeZone::WITA,
            logo_sha: None,
        },
        admin: NewUser {
            name: "Admin".into(),
            nip: "198001012005011001".into(),
            role: Role::Admin,
            position: "Pranata Komputer".into(),
            pin: Some(ADMIN_PIN.into()),
            rank: None,
        },
        sop_code: None,
    }
}

fn generate(dir: &Path, n: u32, (first, last): (i32, i32)) -> Result<()> {
    let store = Store::open(dir)?;
    office::setup_office(&store, bench_office())?;
    // A generated store need not survive power loss while it is being filled; a large page
    // cache keeps the random-keyed indexes (file hashes) from spilling a page per insert.
    store.with_conn(|c| {
        Ok(c.execute_batch("PRAGMA synchronous = OFF; PRAGMA cache_size = -1500000")?)
    })?;
    let per_year = n.div_ceil((last - first + 1) as u32).max(1);
    let people = super::processed::people(&store)?;
    store.with_tx(|tx| {
        for i in 0..n {
            let year = (first + (i / per_year) as i32).min(last);
            let day_of_year = 1 + (u64::from(i % per_year) * 364 / u64::from(per_year)) as u32;
            insert_release(tx, &people, i, (year, day_of_year), n)?;
        }
        Ok(())
    })?;
    store.with_conn(|c| Ok(c.execute_batch("PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE)")?))
}

fn sha_of(text: &str) -> String {
    hex_lower(&Sha256::digest(text.as_bytes()))
}

fn hex_lower(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn insert_release(
    tx: &Transaction,
    people: &super::processed::People,
    i: u32,
    (year, day_of_year): (i32, u32),
    n: u32,
) -> Result<()> {
    let k = i as usize;
    let day = NaiveDate::from_yo_opt(year, day_of_year)
        .ok_or_else(|| Error::Internal("tanggal data uji tidak sah".into()))?;
    let minute = (i * 7) % 480;
    let local = day
        .and_hms_opt(8 + minute / 60, minute % 60, 0)
        .ok_or_else(|| Error::Internal("jam data uji tidak sah".into()))?;
    // WITA is UTC+8.
    let received = Utc.from_utc_datetime(&(local - Duration::hours(8)));
    let at = timefmt::to_db(received);
    let seq = numbering::next(&Db::Sqlite(tx), numbering::AGENDA, year)?;
    let uid = format!("00000000-0000-7000-8000-{i:012}");
    let place = PLACES[(k * 7 / 3) % PLACES.len()];
    let title = format!("{} {place} ({})", TOPICS[k % TOPICS.len()], i + 1);
    let body: Vec<&str> = (0..40)
        .map(|w| WORDS[(k * 31 + w * 7 + w * w) % WORDS.len()])
        .collect();
    let body = body.join(" ");
    let sender = SENDERS[(k / 3) % SENDERS.len()];
    let letter_no = format!("{:03}/HUMAS/{year}", seq % 1000);
    tx.prepare_cached(
        "INSERT INTO releases (uid, agenda_year, agenda_seq, template_id, status, received_at,
            sender_org, sender_contact, letter_no, letter_date, title, news_type_id, event_date,
            event_place, body, checklist, remarks, received_by, created_at, sop_version_id)
         VALUES (?1, ?2, ?3, 1, 'Registered', ?4, ?5, 'Humas, 0812-5555-0101', ?6, ?7, ?8, ?9,
            NULL, ?10, ?11, '[]', '', 1, ?4, 1)",
    )?
    .execute(params![
        uid,
        year,
        seq,
        at,
        sender,
        letter_no,
        day.to_string(),
        title,
        1 + (k % 5) as i64,
        place,
        body
    ])?;
    let id = tx.last_insert_rowid();
    for j in 0..PHOTOS {
        let sha = sha_of(&format!("bench-photo-{i}-{j}"));
        tx.prepare_cached(
            "INSERT INTO files (sha256, size, mime, width, height, captured_at, has_thumb,
                created_at) VALUES (?1, 6123456, 'image/jpeg', 6000, 4000, NULL, 1, ?2)",
        )?
        .execute(params![sha, at])?;
        tx.prepare_cached(
            "INSERT INTO evidence (release_id, seq, kind, file_sha, original_name, added_at)
             VALUES (?1, ?2, 'photo', ?3, ?4, ?5)",
        )?
        .execute(params![
            id,
            j as i64 + 1,
            sha,
            format!("IMG_{:04}.JPG", j + 1),
            at
        ])?;
    }
    let agenda_no = numbering::agenda_display(i64::from(year), seq);
    tx.prepare_cached(
        "INSERT INTO releases_fts (rowid, title, body, sender, numbers)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        id,
        title,
        body,
        format!("{sender} Humas, 0812-5555-0101"),
        format!("{agenda_no} {seq} {letter_no}")
    ])?;
    tx.prepare_cached(
        "INSERT INTO step_timings (release_id, step_seq, started_at, ended_at, actor_id)
         VALUES (?1, 1, ?2, ?2, 1), (?1, 2, ?2, NULL, NULL)",
    )?
    .execute(params![id, at])?;
    // Most of a decade's releases went the whole way; the newest are still in the queues.
    // (status, the last SOP 004 step it finished)
    let (status, step_done) = match (n - i, k % 20) {
        (0..=30, _) => ("Registered", 1),
        (31..=60, _) => ("Initialed", 2),
        (_, 0 | 1) => ("Rejected", 3),
        (_, 2) => ("Published", 4),
        _ => ("Archived", 5),
    };
    tx.prepare_cached(
        "UPDATE releases SET status = ?2, checked = ?3, step_done = ?4 WHERE id = ?1",
    )?
    .execute(params![
        id,
        status,
        i64::from(status != "Registered"),
        step_done
    ])?;
    super::processed::record(tx, people, id, status, received)?;
    // As in real use: every state change of the release records its fingerprint, the last
    // one the current state; sign-ins are events of the user, not of the release.
    let fingerprint = fingerprint::fingerprint(&Db::Sqlite(tx), id)?;
    let payload = serde_json::json!({
        "agenda_no": agenda_no,
        "title": title,
        "evidence": PHOTOS,
        "fingerprint": fingerprint,
    });
    audit::append(
        &Db::Sqlite(tx),
        None,
        "release.register",
        "release",
        &uid,
        &payload,
    )?;
    const LATER: [&str; 5] = [
        "release.check",
        "release.paraf",
        "release.paraf",
        "release.publish",
        "release.archive",
    ];
    for action in LATER {
        let note = serde_json::json!({ "agenda_no": agenda_no, "fingerprint": fingerprint });
        audit::append(&Db::Sqlite(tx), Some(1), action, "release", &uid, &note)?;
    }
    for _ in LATER.len() + 1..EVENTS {
        let note = serde_json::json!({ "bench": true });
        audit::append(&Db::Sqlite(tx), Some(1), "user.sign_in", "user", "1", &note)?;
    }
    Ok(())
}
