//! The later SOP steps of the bench releases, as the office's own acts leave them: the Kadis's
//! and Kabid's paraf with drawn initials, the publication, the archive number and the filing,
//! so that the ledger prints full rows (initials images, archive number, location).

use chrono::{DateTime, Datelike, Duration, Utc};
use image::{Rgba, RgbaImage};
use pressdesk_core::filing::template;
use pressdesk_core::model::Role;
use pressdesk_core::sql::Db;
use pressdesk_core::users::{self, NewUser};
use pressdesk_core::{numbering, timefmt, Error, Result, Store};
use rusqlite::{params, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};

/// Releases per folder of the cabinet (a folder of a year's drawer).
const PER_FOLDER: i64 = 100;

/// The people who act on the releases and the initials each draws once and reuses.
pub struct People {
    kadis: (i64, String),
    kabid: (i64, String),
    operator: i64,
    archivist: i64,
}

/// Adds the Kadis, Kabid, operator and archivist, and stores the two initials PNGs.
pub fn people(store: &Store) -> Result<People> {
    let mut ids = Vec::new();
    // Only a signed-in admin creates a Kadis or Kabid.
    let admin =
        pressdesk_core::auth::sign_in_nip(store, "198001012005011001", super::data::ADMIN_PIN)?;
    for (name, role, nip) in [
        (
            "Drs. H. Syahrullah Mursalin, M.Si.",
            Role::Kadis,
            "197001011995031001",
        ),
        ("Ir. Ahmad Fauzi", Role::Kabid, "197502022000031002"),
        (
            "Rina Puspitasari, S.Kom.",
            Role::Operator,
            "199003032015032003",
        ),
        ("Yohanes Lawing", Role::Archivist, "198804042010011004"),
    ] {
        let user = NewUser {
            name: name.into(),
            nip: nip.into(),
            role,
            position: role.as_str().into(),
            pin: Some(super::data::ADMIN_PIN.into()),
            rank: None,
        };
        ids.push(users::add_user(store, &admin, user)?.id);
    }
    Ok(People {
        kadis: (ids[0], store_initials(store, 1)?),
        kabid: (ids[1], store_initials(store, 2)?),
        operator: ids[2],
        archivist: ids[3],
    })
}

/// A drawn paraf (a looped stroke on transparency, 90 × 45 mm at 100 dpi) stored as a file.
fn store_initials(store: &Store, seed: u32) -> Result<String> {
    let (w, h) = (354u32, 177u32);
    let mut img = RgbaImage::new(w, h);
    for step in 0..2000u32 {
        let t = step as f64 / 2000.0 * std::f64::consts::TAU * (1.5 + seed as f64 * 0.5);
        let x = (w as f64 * (0.1 + 0.8 * step as f64 / 2000.0)) as i64;
        let y = (h as f64 * (0.5 + 0.3 * (t * 2.0).sin() * t.cos())) as i64;
        for (dx, dy) in [(0, 0), (1, 0), (0, 1), (1, 1)] {
            let (px, py) = ((x + dx) as u32, (y + dy) as u32);
            if px < w && py < h {
                img.put_pixel(px, py, Rgba([20, 40, 120, 255]));
            }
        }
    }
    let mut png = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .map_err(|e| Error::Internal(format!("paraf uji: {e}")))?;
    let sha: String = Sha256::digest(&png)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    store
        .files()
        .write_atomic(&store.files().file_path(&sha)?, &png)?;
    store.with_conn(|c| {
        c.execute(
            "INSERT INTO files (sha256, size, mime, width, height, captured_at, has_thumb,
                created_at) VALUES (?1, ?2, 'image/png', ?3, ?4, NULL, 0, ?5)",
            params![sha, png.len() as i64, w, h, timefmt::to_db(Utc::now())],
        )?;
        Ok(())
    })?;
    Ok(sha)
}

/// Records what the steps after registration left for a release now in `status`.
pub fn record(
    tx: &Transaction,
    people: &People,
    id: i64,
    status: &str,
    received: DateTime<Utc>,
) -> Result<()> {
    if status == "Registered" {
        return Ok(());
    }
    let decision = if status == "Rejected" {
        "reject"
    } else {
        "approve"
    };
    let at = |minutes| timefmt::to_db(received + Duration::minutes(minutes));
    paraf(tx, id, 2, &people.kadis, "Kadis", decision, &at(9))?;
    if status == "Initialed" {
        return Ok(());
    }
    paraf(tx, id, 3, &people.kabid, "Kabid", decision, &at(17))?;
    if status == "Rejected" {
        return Ok(());
    }
    tx.prepare_cached(
        "INSERT INTO publications (release_id, site_id, url, published_at, operator_id,
            recorded_at) VALUES (?1, 1, ?2, ?3, ?4, ?3)",
    )?
    .execute(params![
        id,
        format!("https://diskominfo.kaltaraprov.go.id/berita/{id}"),
        at(24),
        people.operator
    ])?;
    if status == "Archived" {
        archive(tx, people, id, received, &at(31))?;
    }
    Ok(())
}

fn paraf(
    tx: &Transaction,
    id: i64,
    step: i64,
    (user, initials): &(i64, String),
    role: &str,
    decision: &str,
    at: &str,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO parafs (release_id, step_seq, user_id, role, decision, note, medium,
            initials_sha, initials_w_mm, initials_h_mm, at)
         VALUES (?1, ?2, ?3, ?4, ?5, '', 'screen', ?6, 90.0, 45.0, ?7)",
    )?
    .execute(params![id, step, user, role, decision, initials, at])?;
    Ok(())
}

/// The next approved-series number of the year, in a folder of that year's drawer.
fn archive(
    tx: &Transaction,
    people: &People,
    id: i64,
    received: DateTime<Utc>,
    at: &str,
) -> Result<()> {
    let date = received.date_naive();
    let seq = numbering::next(&Db::Sqlite(tx), "archive:approved:0", date.year())?;
    let number = template::render(
        &template::parse("{seq:03}/PR/{unit}/{month_roman}/{year}")?,
        &template::Parts {
            seq,
            unit: "DISKOMINFO",
            class: "480",
            month: date.month(),
            year: date.year(),
        },
    );
    let folder = folder(tx, date.year(), (seq - 1) / PER_FOLDER + 1)?;
    tx.prepare_cached(
        "INSERT INTO archive_numbers (series_id, year, period, seq, number, release_id,
            folder_id, prior_status, allocated_at, allocated_by)
         VALUES (1, ?1, 0, ?2, ?3, ?4, ?5, 'Published', ?6, ?7)",
    )?
    .execute(params![
        date.year(),
        seq,
        number,
        id,
        folder,
        at,
        people.archivist
    ])?;
    tx.prepare_cached(
        "INSERT INTO filings (release_id, folder_id, filed_at, filed_by) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![id, folder, at, people.archivist])?;
    Ok(())
}

/// Folder `k` of the year's drawer in cabinet A, made when first needed.
fn folder(tx: &Transaction, year: i32, k: i64) -> Result<i64> {
    let code = format!("PR-{year}-{k:02}");
    if let Some(id) = tx
        .prepare_cached("SELECT id FROM folders WHERE code = ?1")?
        .query_row([&code], |r| r.get(0))
        .optional()?
    {
        return Ok(id);
    }
    tx.execute(
        "INSERT OR IGNORE INTO cabinets (code, name) VALUES ('A', 'Lemari A')",
        [],
    )?;
    tx.execute(
        "INSERT OR IGNORE INTO drawers (cabinet_id, code, name)
         SELECT id, ?1, ?2 FROM cabinets WHERE code = 'A'",
        params![year.to_string(), format!("Laci {year}")],
    )?;
    tx.execute(
        "INSERT INTO folders (drawer_id, code, name, capacity)
         SELECT d.id, ?1, ?2, ?3 FROM drawers d JOIN cabinets c ON c.id = d.cabinet_id
         WHERE c.code = 'A' AND d.code = ?4",
        params![
            code,
            format!("Arsip Press Release {year} map {k}"),
            PER_FOLDER,
            year.to_string()
        ],
    )?;
    Ok(tx.last_insert_rowid())
}
