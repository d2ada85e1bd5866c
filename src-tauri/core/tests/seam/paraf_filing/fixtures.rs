//! The fixtures of the paraf and filing tests, the same on both stores: the people of steps 2
//! to 5 signed in, complete releases waiting for the check, staged PNGs, and the acts as one
//! line each.

use pg_cluster::Cluster;
use pressdesk_core::catalog::CHECKLIST;
use pressdesk_core::files::{sha256_hex, FileMeta};
use pressdesk_core::model::{Actor, Role, Status, User};
use pressdesk_core::paraf::{self, CheckInput, Decision, Initials, ParafInput};
use pressdesk_core::workflow::{self, Act, ActKind, Outcome};
use pressdesk_core::{args, pin, Result, Store};
use serde_json::json;

use super::super::TestOffice;

pub const PIN: &str = "2468";

/// The releases of the tests, by their ids.
pub const A: &str = "01900000-0000-7000-8000-00000000000a";
pub const B: &str = "01900000-0000-7000-8000-00000000000b";
pub const C: &str = "01900000-0000-7000-8000-00000000000c";
pub const D: &str = "01900000-0000-7000-8000-00000000000d";
pub const R: &str = "01900000-0000-7000-8000-00000000000e";
pub const X: &str = "01900000-0000-7000-8000-00000000000f";

/// The people of steps 2 to 5, signed in.
pub struct People {
    pub admin: Actor,
    pub kasi: Actor,
    pub kadis: Actor,
    pub kabid: Actor,
    pub operator: Actor,
    pub archivist: Actor,
}

/// Adds a user with [`PIN`] by SQL on either store (the server's PIN column is the schema
/// owner's to write) and returns them as signed in.
pub fn person(
    store: &str,
    tag: &str,
    office: &TestOffice,
    name: &str,
    nip: &str,
    role: Role,
) -> Actor {
    let id: i64 = office
        .act(|db| {
            db.query_row(
                "INSERT INTO users (name, nip, role, position, active, created_at, rank)
                 VALUES (?1, ?2, ?3, 'Staf', 1, '2026-01-05T01:00:00Z', '') RETURNING id",
                args![name, nip, role.as_str()],
                |r| r.get(0),
            )
        })
        .unwrap();
    let hash = pin::hash_with(PIN, "$argon2id$v=19$m=19456,t=2,p=1$cHJlc3NkZXNrc2FsdA").unwrap();
    if store == "postgres" {
        let url = Cluster::shared().superuser_url(&format!("seam_{tag}"));
        let mut owner = postgres::Client::connect(&url, postgres::NoTls).unwrap();
        owner
            .execute(
                "UPDATE pressdesk.users SET pin_hash = $1 WHERE id = $2",
                &[&hash, &id],
            )
            .unwrap();
    } else {
        office
            .act(|db| {
                db.execute(
                    "UPDATE users SET pin_hash = ?1 WHERE id = ?2",
                    args![hash, id],
                )
            })
            .unwrap();
    }
    Actor::for_tests(user(id, name, nip, role))
}

/// The office's first admin (made by the first run on either store), signed in.
pub fn admin(office: &TestOffice) -> Actor {
    let (id, name): (i64, String) = office
        .act(|db| {
            db.query_row(
                "SELECT id, name FROM users WHERE role = 'Admin' ORDER BY id LIMIT 1",
                args![],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
        })
        .unwrap();
    Actor::for_tests(user(id, &name, "198001012005011001", Role::Admin))
}

pub fn user(id: i64, name: &str, nip: &str, role: Role) -> User {
    User {
        id,
        name: name.into(),
        nip: nip.into(),
        role,
        role_label: role.label().into(),
        position: "Staf".into(),
        rank: String::new(),
        active: true,
        has_pin: true,
        saved_initials_sha: None,
        lang: Default::default(),
    }
}

pub fn people(store: &str, tag: &str, office: &TestOffice) -> People {
    let add = |name: &str, nip: &str, role| person(store, tag, office, name, nip, role);
    People {
        admin: admin(office),
        kasi: add("Rahmat Hidayat", "198207092006041003", Role::Kasi),
        kadis: add("Drs. Yusuf Abdullah", "196805121993031004", Role::Kadis),
        kabid: add("Fransiska Lenny", "197503172000032002", Role::Kabid),
        operator: add("Dewi Lestari", "199001152015032001", Role::Operator),
        archivist: add("Agus Salim", "198511202010011002", Role::Archivist),
    }
}

/// A complete release (every checklist item ticked, one photo) as the front desk left it:
/// registered, waiting for the Kasi's check. Fixture rows, the same on either store.
pub fn registered(office: &TestOffice, kasi: &Actor, uid: &str, seq: i64) {
    let photo = sha256_hex(uid.as_bytes());
    let ticked = json!(CHECKLIST.iter().map(|(k, _)| *k).collect::<Vec<_>>()).to_string();
    office
        .act(|db| {
            db.execute(
                "INSERT INTO files (sha256, size, mime, width, height, captured_at, has_thumb,
                    created_at) VALUES (?1, 10, 'image/jpeg', 640, 480, NULL, 0, ?2)",
                args![photo, "2026-03-02T01:00:00Z"],
            )?;
            let id: i64 = db.query_row(
                "INSERT INTO releases (uid, agenda_year, agenda_seq, template_id, status,
                    received_at, sender_org, sender_contact, letter_no, letter_date, title,
                    news_type_id, event_date, event_place, body, checklist, remarks,
                    received_by, created_at, checked, sop_version_id, step_done)
                 VALUES (?1, 2026, ?2, (SELECT id FROM sop_templates WHERE code = 'SOP-004'),
                    'Registered', '2026-03-02T01:00:00Z', 'Dinas Kesehatan', '0812-5555-0101',
                    'B/12/2026', NULL, ?3,
                    (SELECT id FROM news_types WHERE name = 'Pengumuman'), '2026-03-04',
                    'Aula', 'Isi rilis.', ?4, '', ?5, '2026-03-02T01:00:00Z', 0,
                    (SELECT v.id FROM sop_versions v JOIN sop_templates t
                       ON t.id = v.template_id WHERE t.code = 'SOP-004' AND v.version = 1),
                    0)
                 RETURNING id",
                args![uid, seq, format!("Rilis {uid}"), ticked, kasi.id()],
                |r| r.get(0),
            )?;
            db.execute(
                "INSERT INTO evidence (release_id, seq, kind, file_sha, original_name, added_at)
                 VALUES (?1, 1, 'photo', ?2, 'foto.jpg', '2026-03-02T01:00:00Z')",
                args![id, photo],
            )?;
            let state = workflow::load_state(db, uid)?;
            workflow::advance(
                db,
                &state,
                Act {
                    kind: ActKind::Register,
                    by: kasi.id(),
                    role: Some(Role::Kasi),
                    outcome: Outcome::Reached,
                    started: None,
                    note: "",
                    action: "release.register",
                    author: kasi.id(),
                    payload: json!({}),
                },
            )
        })
        .unwrap();
}

/// A PNG staged at this desk, as the pad or the scanner leaves it: ink in a line whose slope
/// `seed` sets, so each seed is a different file.
pub fn staged_png(store: &Store, seed: u8) -> String {
    let mut img = image::RgbaImage::new(340, 170);
    for i in 0..300u32 {
        let (x, y) = (20 + i, 60 + (i * u32::from(seed) / 7) % 60);
        img.put_pixel(x, y, image::Rgba([10, 20, 80, 255]));
        img.put_pixel(x, y + 1, image::Rgba([10, 20, 80, 255]));
    }
    let mut png = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let sha = sha256_hex(&png);
    let meta = FileMeta {
        size: png.len() as u64,
        mime: "image/png".into(),
        width: Some(340),
        height: Some(170),
        captured_at: None,
    };
    store.files().stage(&sha, &png, None, &meta).unwrap();
    sha
}

pub fn drawn(store: &Store, seed: u8, save: bool) -> Initials {
    Initials::Drawn {
        png_sha: staged_png(store, seed),
        strokes: "[[{\"x\":1,\"y\":2}]]".into(),
        width_mm: 90.0,
        height_mm: 45.0,
        save,
    }
}

pub fn paraf(
    store: &Store,
    who: &Actor,
    ids: &[&str],
    decision: Decision,
    i: Initials,
) -> Result<String> {
    let input = ParafInput {
        release_ids: ids.iter().map(|s| (*s).to_owned()).collect(),
        decision,
        note: "Layak tayang.".into(),
        pin: PIN.into(),
        initials: i,
    };
    paraf::paraf_releases(store, who, input).map(|r| r.message)
}

pub fn status(office: &TestOffice, uid: &str) -> Status {
    office
        .act(|db| workflow::load_state(db, uid))
        .unwrap()
        .status
}

pub fn check(store: &Store, kasi: &Actor, uid: &str, complete: bool, reason: &str) -> Result<()> {
    let input = CheckInput {
        release_id: uid.into(),
        complete,
        reason: reason.into(),
    };
    paraf::check_release(store, kasi, input).map(|_| ())
}
