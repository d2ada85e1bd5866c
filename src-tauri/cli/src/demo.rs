//! Realistic demo data: an office in Kalimantan Utara, its staff, and press releases from real-
//! looking OPDs over the past months, with generated photos (a small pool, reused as offices do).

use chrono::Duration;
use image::{ImageBuffer, Rgb};
use pressdesk_core::evidence;
use pressdesk_core::model::{Actor, EvidenceKind, Role, TimeZone};
use pressdesk_core::office::{self, FirstRun, Office};
use pressdesk_core::release::{self, EvidenceInput, NewRelease};
use pressdesk_core::users::{self, NewUser};
use pressdesk_core::{timefmt, tr, Result, Store};

const OPD: &[(&str, &str)] = &[
    ("Dinas Kesehatan", "dr. Ratna Sari Dewi"),
    ("Dinas Pendidikan dan Kebudayaan", "Hendra Gunawan, S.Pd."),
    (
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        "Ir. Yohanes Tandi Bua",
    ),
    (
        "Badan Perencanaan Pembangunan Daerah",
        "Muhammad Rizal, S.E., M.Si.",
    ),
    (
        "Sekretariat Daerah Bagian Protokol dan Komunikasi Pimpinan",
        "Siti Nurhaliza",
    ),
    ("Badan Penanggulangan Bencana Daerah", "Agus Salim, S.T."),
    ("Dinas Perhubungan", "Benediktus Lalang"),
    (
        "Dinas Pertanian dan Ketahanan Pangan",
        "Ir. Maria Goreti Ose",
    ),
    ("Satuan Polisi Pamong Praja", "Samsul Bahri"),
    (
        "Dinas Kependudukan dan Pencatatan Sipil",
        "Nur Aisyah, S.Kom.",
    ),
];

const TITLES: &[(&str, &str)] = &[
    (
        "Gubernur Resmikan Jembatan Penghubung Desa di Kecamatan Sesayap",
        "Kegiatan pimpinan",
    ),
    (
        "Vaksinasi Campak dan Rubela Serentak di 12 Puskesmas",
        "Pengumuman",
    ),
    (
        "Pembukaan Pendaftaran Beasiswa Kaltara Cerdas Tahun 2026",
        "Pengumuman",
    ),
    (
        "Klarifikasi atas Pemberitaan Keterlambatan Proyek Jalan Poros",
        "Klarifikasi/hak jawab",
    ),
    (
        "Rapat Koordinasi Kesiapsiagaan Banjir Musim Penghujan",
        "Kegiatan pimpinan",
    ),
    (
        "Undangan Peliputan Festival Budaya Irau Malinau",
        "Undangan liputan",
    ),
    (
        "Penyaluran Bantuan Benih Padi kepada Kelompok Tani",
        "Lainnya",
    ),
    (
        "Layanan Adminduk Keliling di Daerah Perbatasan",
        "Pengumuman",
    ),
    (
        "Wakil Gubernur Tinjau Pelabuhan Tengkayu II",
        "Kegiatan pimpinan",
    ),
    (
        "Hak Jawab: Data Stunting Tahun 2025 Telah Diperbarui",
        "Klarifikasi/hak jawab",
    ),
    (
        "Penertiban Reklame Tanpa Izin di Jalan Jenderal Sudirman",
        "Lainnya",
    ),
    (
        "Musrenbang Provinsi: Prioritas Pembangunan Wilayah Perbatasan",
        "Kegiatan pimpinan",
    ),
];

const PLACES: &[&str] = &[
    "Tanjung Selor",
    "Tarakan",
    "Malinau",
    "Nunukan",
    "Tana Tidung",
    "Bulungan",
];

const CHECKLIST: &[&str] = &[
    "kop",
    "nomor",
    "perihal",
    "isi",
    "ttd",
    "foto",
    "narahubung",
];

/// What a demo run made: the releases and the users (who can sign in with [`DEMO_PIN`]).
pub struct Made {
    pub releases: u32,
    /// Name, role and NIP of each user this run created.
    pub users: Vec<(String, Role, String)>,
}

/// Makes the office (if new), its staff (if it has no Kasi yet), and `n` releases.
pub fn populate(store: &Store, n: u32) -> Result<Made> {
    let mut made = Vec::new();
    if store.with_db(office::get)?.is_none() {
        let first = demo_office();
        made.push((
            first.admin.name.clone(),
            first.admin.role,
            first.admin.nip.clone(),
        ));
        office::setup_office(store, first)?;
    }
    let setup = office::get_setup(store)?;
    let kasi = match setup.users.iter().find(|u| u.role == Role::Kasi) {
        Some(u) => u.id,
        None => {
            // Only a signed-in admin creates a Kadis or Kabid: the demo's own admin.
            let admin = demo_admin(store)?;
            for (name, nip, role, position) in STAFF {
                made.push(((*name).into(), *role, (*nip).into()));
                let user = NewUser {
                    name: (*name).into(),
                    nip: (*nip).into(),
                    role: *role,
                    position: (*position).into(),
                    pin: Some(DEMO_PIN.into()),
                    // The Kadis's rank is printed under the name on the ledger.
                    rank: (*role == Role::Kadis).then(|| "Pembina Utama Muda (IV/c)".into()),
                };
                users::add_user(store, &admin, user)?;
            }
            users::list_users(store)?
                .iter()
                .find(|u| u.role == Role::Kasi)
                .map(|u| u.id)
                .unwrap_or(1)
        }
    };
    let photos = photo_pool(store)?;
    let tz = setup.office.map(|o| o.timezone).unwrap_or(TimeZone::WITA);
    let now = timefmt::now();
    // Spread the releases over the past, oldest first, so agenda numbers follow arrival.
    let span = Duration::hours(i64::from(n.max(1)) * 5);
    let mut ids = Vec::new();
    let bar = crate::progress::bar(u64::from(n), &tr!("cli-progress-demo-releases"));
    for i in 0..n {
        let at = now - span + Duration::hours(i64::from(i) * 5) - Duration::minutes(30);
        let local = at.with_timezone(&timefmt::offset(tz));
        let (opd, contact) = OPD[i as usize % OPD.len()];
        let (title, news_type) = TITLES[(i as usize * 7 + i as usize / OPD.len()) % TITLES.len()];
        let letter_date = (local - Duration::days(1)).date_naive();
        let photo_count = if i % 20 == 19 { 0 } else { 1 + i % 3 };
        let evidence = (0..photo_count as usize)
            .map(|k| {
                let (sha, name) = &photos[(i as usize + k) % photos.len()];
                EvidenceInput {
                    sha256: sha.clone(),
                    kind: EvidenceKind::Photo,
                    name: name.clone(),
                }
            })
            .collect();
        let registered = release::register_release(
            store,
            &Actor::console(),
            NewRelease {
                received_at: Some(local.format("%Y-%m-%dT%H:%M").to_string()),
                sender_org: opd.into(),
                sender_contact: contact.into(),
                letter_no: format!(
                    "{}/{:03}/{}/{}",
                    400 + i % 90,
                    i + 1,
                    "PR",
                    letter_date.format("%Y")
                ),
                letter_date: Some(letter_date.to_string()),
                title: title.into(),
                news_type: Some(news_type.into()),
                event_date: Some(letter_date.to_string()),
                event_place: PLACES[i as usize % PLACES.len()].into(),
                body: format!(
                    "{title}. Kegiatan dilaksanakan di {} dan dihadiri oleh pejabat {opd}. \
                 Informasi lebih lanjut dapat menghubungi {contact}.",
                    PLACES[i as usize % PLACES.len()]
                ),
                // Most releases arrive complete; one in eleven lacks two format items.
                checklist: CHECKLIST[..if i % 11 == 3 { 5 } else { CHECKLIST.len() }]
                    .iter()
                    .map(|s| (*s).into())
                    .collect(),
                received_by: Some(kasi),
                evidence,
                ..NewRelease::default()
            },
        )?;
        ids.push(registered.summary.id);
        bar.inc(1);
    }
    bar.finish_and_clear();
    let bar = crate::progress::spinner(&tr!("cli-progress-demo-acts"));
    crate::demo_paraf::advance(store, &ids)?;
    crate::demo_filing::advance(store)?;
    crate::demo_timing::spread(store)?;
    bar.finish_and_clear();
    Ok(Made {
        releases: n,
        users: made,
    })
}

/// Every demo user's PIN.
pub const DEMO_PIN: &str = "123456";

pub const STAFF: &[(&str, &str, Role, &str)] = &[
    (
        "Drs. Yusuf Abdullah, M.Si.",
        "196805121993031004",
        Role::Kadis,
        "Kepala Dinas",
    ),
    (
        "Fransiska Lenny, S.Sos.",
        "197503172000032002",
        Role::Kabid,
        "Kepala Bidang IKP",
    ),
    (
        "Rahmat Hidayat, S.I.Kom.",
        "198207092006041003",
        Role::Kasi,
        "Kepala Seksi Media",
    ),
    (
        "Dewi Anggraini, A.Md.",
        "199001152015032001",
        Role::Operator,
        "Operator Website",
    ),
    (
        "Bambang Sutrisno",
        "198511202010011002",
        Role::Archivist,
        "Arsiparis",
    ),
];

/// The demo office's admin, signed in; an office set up otherwise has its own admin, whose PIN
/// the demo does not know.
fn demo_admin(store: &Store) -> Result<Actor> {
    let nip = demo_office().admin.nip;
    pressdesk_core::auth::sign_in_nip(store, &nip, DEMO_PIN).map_err(|_| {
        pressdesk_core::Error::Conflict(
            "Kantor ini tidak dibuat oleh demo: tambahkan Kasi, Kadis dan Kabid dengan \
             `user add … --admin NIP --admin-pin PIN`, lalu jalankan demo lagi."
                .into(),
        )
    })
}

fn demo_office() -> FirstRun {
    FirstRun {
        office: Office {
            name: "Dinas Komunikasi dan Informatika Provinsi Kalimantan Utara".into(),
            unit_code: "DISKOMINFO".into(),
            address: "Jl. Kolonel Soetadji No. 1, Tanjung Selor, Bulungan, Kalimantan Utara".into(),
            timezone: TimeZone::WITA,
            logo_sha: None,
        },
        admin: NewUser {
            name: "Admin PressDesk".into(),
            nip: "198001012005011001".into(),
            role: Role::Admin,
            position: "Pranata Komputer".into(),
            pin: Some(DEMO_PIN.into()),
            rank: None,
        },
        sop_code: None,
    }
}

/// Twelve distinct generated photos (sky, land and a sun), staged once and reused.
fn photo_pool(store: &Store) -> Result<Vec<(String, String)>> {
    (0..12u32)
        .map(|k| {
            let img = ImageBuffer::from_fn(960, 640, |x, y| {
                let sun = (x as i32 - 700 - k as i32 * 10).pow(2) + (y as i32 - 160).pow(2) < 3600;
                if sun {
                    Rgb([250, 210, 60])
                } else if y < 380 + (x / 40 + k) % 30 {
                    Rgb([
                        (60 + k * 12) as u8,
                        (120 + x / 12) as u8,
                        (200 - y / 4) as u8,
                    ])
                } else {
                    Rgb([(40 + k * 9) as u8, (110 + y / 8) as u8, (50 + x / 30) as u8])
                }
            });
            let mut bytes = Vec::new();
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 85)
                .encode_image(&img)
                .map_err(|e| pressdesk_core::Error::Internal(format!("demo photo: {e}")))?;
            let name = format!("dokumentasi-{:02}.jpg", k + 1);
            let staged = evidence::stage_file(store, Some(&Actor::console()), &name, &bytes)?;
            Ok((staged.sha256, name))
        })
        .collect()
}

/// The users a run made, so that whoever tries the demo knows how to sign in.
pub fn print_users(made: &Made) {
    if made.users.is_empty() {
        println!("{}", tr!("cli-demo-no-new-users"));
        return;
    }
    println!("{}", tr!("cli-demo-users", pin = DEMO_PIN));
    let width = made
        .users
        .iter()
        .map(|u| u.0.chars().count())
        .max()
        .unwrap_or(0);
    for (name, role, nip) in &made.users {
        let pad = width - name.chars().count();
        println!(
            "  {name}{}  {:<16}  NIP {nip}  PIN {DEMO_PIN}",
            " ".repeat(pad),
            role.label()
        );
    }
}
