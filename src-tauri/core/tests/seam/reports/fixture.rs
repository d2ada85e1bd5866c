//! The reports' data set for the seam suite: a November of five releases (initialed on screen
//! and on paper, published, filed under a number that replaced a voided one, rejected,
//! withdrawn, one on SOP 001 for its record book), each registered with its fingerprint in the
//! audit chain, written with one SQL text on either store.

use chrono::{TimeZone as _, Utc};
use pressdesk_core::period::Period;
use pressdesk_core::sql::{contents, Db};
use pressdesk_core::{args, audit, files, fingerprint, timefmt, Result};

pub const INITIALS: &[u8] = b"paraf layar Kadis (PNG)";
pub const SCAN: &[u8] = b"pindaian paraf kertas Kabid (PDF)";

pub fn nov() -> Period {
    Period::Month {
        year: 2026,
        month: 11,
    }
}

/// "2026-11-{day} {hour}:{min}" UTC as the store keeps times.
fn at(day: u32, hour: u32, min: u32) -> String {
    timefmt::to_db(Utc.with_ymd_and_hms(2026, 11, day, hour, min, 0).unwrap())
}

fn id_of(db: &Db, sql: &str, key: &str) -> Result<i64> {
    db.query_row(sql, args![key], |r| r.get(0))
}

/// One release of template `code` on its latest version; its id.
#[allow(clippy::too_many_arguments)]
fn release(
    db: &Db,
    uid: &str,
    seq: i64,
    code: &str,
    status: &str,
    day: u32,
    title: &str,
    withdrawn: Option<&str>,
) -> Result<i64> {
    db.query_row(
        "INSERT INTO releases (uid, agenda_year, agenda_seq, template_id, status, received_at,
            sender_org, sender_contact, letter_no, letter_date, title, news_type_id, event_date,
            event_place, body, checklist, remarks, created_at, sop_version_id, step_done,
            checked, withdrawn_at, withdraw_reason)
         VALUES (?1, 2026, ?2, (SELECT id FROM sop_templates WHERE code = ?3), ?4, ?5,
            'Dinas Kesehatan Provinsi Kalimantan Utara', 'dr. Nurhayati, 0811-5432-001',
            ?6, '2026-11-01', ?7, (SELECT id FROM news_types WHERE name = 'Pengumuman'),
            '2026-11-20', 'Tanjung Selor', 'Isi rilis.', '[]', 'Dibawa kurir', ?5,
            (SELECT max(v.id) FROM sop_versions v JOIN sop_templates t ON t.id = v.template_id
             WHERE t.code = ?3), 1, 1, ?8, ?9)
         RETURNING id",
        args![
            uid,
            seq,
            code,
            status,
            at(day, 1, 30),
            format!("440/{seq:03}/DINKES/XI/2026"),
            title,
            withdrawn.map(|_| at(day, 3, 0)),
            withdrawn
        ],
        |r| r.get(0),
    )
}

/// The data set, in the caller's transaction; the stored files' bytes are kept where the
/// store keeps them (the folder, or the server's chunks).
pub fn fill(db: &Db, store: &pressdesk_core::Store) -> Result<Vec<(String, i64)>> {
    let user = |name: &str, nip: &str, role: &str| -> Result<i64> {
        db.query_row(
            "INSERT INTO users (name, nip, role, position, created_at)
             VALUES (?1, ?2, ?3, 'Pejabat', ?4) RETURNING id",
            args![name, nip, role, at(1, 0, 0)],
            |r| r.get(0),
        )
    };
    let kadis = user("Dra. Hj. Siti Aminah", "196805121993031004", "Kadis")?;
    let kabid = user("Budi Santoso", "197502022000031002", "Kabid")?;
    let operator = user("Rina Operator", "199001012015032001", "Operator")?;
    for (bytes, mime) in [(INITIALS, "image/png"), (SCAN, "application/pdf")] {
        let sha = files::sha256_hex(bytes);
        db.execute(
            "INSERT INTO files (sha256, size, mime, has_thumb, created_at)
             VALUES (?1, ?2, ?3, 0, ?4)",
            args![sha, bytes.len() as i64, mime, at(1, 0, 0)],
        )?;
        match db {
            Db::Sqlite(_) => {
                let path = store.files().file_path(&sha)?;
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(path, bytes).unwrap();
            }
            Db::Postgres(_) => {
                contents::put(db, &sha, &mut &bytes[..])?;
            }
        }
    }
    let (initials, scan) = (files::sha256_hex(INITIALS), files::sha256_hex(SCAN));
    let r1 = release(
        db,
        "rilis-1",
        1,
        "SOP-004",
        "Archived",
        2,
        "Rapat Koordinasi Stunting",
        None,
    )?;
    let r2 = release(
        db,
        "rilis-2",
        2,
        "SOP-004",
        "Rejected",
        5,
        "Klarifikasi Banjir",
        None,
    )?;
    let r3 = release(
        db,
        "rilis-3",
        3,
        "SOP-004",
        "Registered",
        9,
        "Salah Kirim",
        Some("Keliru"),
    )?;
    let r4 = release(
        db,
        "rilis-4",
        4,
        "SOP-004",
        "Published",
        12,
        "Festival Budaya Dayak",
        None,
    )?;
    let r5 = release(
        db,
        "rilis-5",
        5,
        "SOP-001",
        "Published",
        16,
        "Posting Konten Web",
        None,
    )?;
    let paraf = |release: i64, user: i64, role: &str, decision: &str, paper: bool| {
        db.query_row(
            "INSERT INTO parafs (release_id, step_seq, user_id, role, decision, note, medium,
                initials_sha, scan_sha, scanned_by, at, outcome)
             VALUES (?1, 2, ?2, ?3, ?4, '', ?5, ?6, ?7, ?8, ?9, NULL) RETURNING id",
            args![
                release,
                user,
                role,
                decision,
                if paper { "paper" } else { "screen" },
                (!paper).then(|| initials.clone()),
                paper.then(|| scan.clone()),
                paper.then_some(operator),
                at(3, 2, 0)
            ],
            |r| r.get::<i64>(0),
        )
    };
    paraf(r1, kadis, "Kadis", "approve", false)?;
    let paper = paraf(r1, kabid, "Kabid", "approve", true)?;
    db.execute(
        "INSERT INTO paper_paraf_reviews (paraf_id, outcome, user_id, reason, at)
         VALUES (?1, 'confirmed', ?2, '', ?3)",
        args![paper, kabid, at(3, 5, 0)],
    )?;
    paraf(r2, kadis, "Kadis", "reject", false)?;
    paraf(r4, kadis, "Kadis", "approve", false)?;
    let site = id_of(
        db,
        "SELECT id FROM sites WHERE name = ?1",
        "Website resmi dinas",
    )?;
    for (release, day, url) in [
        (
            r1,
            4,
            "https://diskominfo.example.go.id/berita/rapat-stunting",
        ),
        (
            r4,
            13,
            "https://diskominfo.example.go.id/berita/festival-dayak",
        ),
        (r5, 17, "https://mediacenter.example.go.id/posting-konten"),
    ] {
        db.execute(
            "INSERT INTO publications (release_id, site_id, url, published_at, operator_id,
                recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?4)",
            args![release, site, url, at(day, 1, 15), operator],
        )?;
    }
    let cabinet = id_of(
        db,
        "INSERT INTO cabinets (code, name) VALUES (?1, 'Lemari arsip') RETURNING id",
        "A",
    )?;
    let drawer: i64 = db.query_row(
        "INSERT INTO drawers (cabinet_id, code, name) VALUES (?1, '1', 'Laci 1') RETURNING id",
        args![cabinet],
        |r| r.get(0),
    )?;
    let folder: i64 = db.query_row(
        "INSERT INTO folders (drawer_id, code, name, capacity)
         VALUES (?1, 'PR-2026-01', 'Rilis 2026', 100) RETURNING id",
        args![drawer],
        |r| r.get(0),
    )?;
    let series = id_of(
        db,
        "SELECT id FROM archive_series WHERE code = ?1",
        "approved",
    )?;
    for (seq, voided) in [(1_i64, true), (2, false)] {
        db.execute(
            "INSERT INTO archive_numbers (series_id, year, period, seq, number, release_id,
                folder_id, prior_status, allocated_at, voided_at, void_reason)
             VALUES (?1, 2026, 0, ?2, ?3, ?4, ?5, 'Published', ?6, ?7, ?8)",
            args![
                series,
                seq,
                format!("{seq:03}/PR/DISKOMINFO/XI/2026"),
                r1,
                folder,
                at(6, 1, 0),
                voided.then(|| at(6, 2, 0)),
                voided.then_some("Salah map")
            ],
        )?;
    }
    // Closed steps for the SOP time report and the record book; a return and a resubmission.
    for (release, seq, day, actor) in [(r1, 1, 2, None), (r1, 2, 3, Some(kadis)), (r5, 1, 16, None)]
    {
        db.execute(
            "INSERT INTO step_timings (release_id, step_seq, started_at, ended_at, actor_id,
                note) VALUES (?1, ?2, ?3, ?4, ?5, 'selesai')",
            args![release, seq, at(day, 1, 30), at(day, 4, 0), actor],
        )?;
    }
    db.execute(
        "INSERT INTO checks (release_id, user_id, outcome, reason, at)
         VALUES (?1, ?2, 'returned', 'Lampiran kurang', ?3)",
        args![r2, kabid, at(5, 2, 0)],
    )?;
    db.execute(
        "INSERT INTO resubmissions (release_id, user_id, at) VALUES (?1, NULL, ?2)",
        args![r2, at(5, 3, 0)],
    )?;
    // Each release registered in the chain with the fingerprint of its row as it now is.
    let mut ids = Vec::new();
    for (uid, id) in [
        ("rilis-1", r1),
        ("rilis-2", r2),
        ("rilis-3", r3),
        ("rilis-4", r4),
    ]
    .into_iter()
    .chain([("rilis-5", r5)])
    {
        let fp = fingerprint::fingerprint(db, id)?;
        let payload = serde_json::json!({ "fingerprint": fp, "reason": format!("{uid} masuk") });
        audit::append(
            db,
            Some(kadis),
            "release.register",
            "release",
            uid,
            &payload,
        )?;
        ids.push((uid.to_owned(), id));
    }
    Ok(ids)
}
