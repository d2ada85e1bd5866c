//! The office of the paraf and role tests: a store with a Kasi, Kadis and Kabid signed in, a
//! checked release, drawn initials and a paraf helper.
#![allow(dead_code)]

use super::*;
use pressdesk_core::auth;
use pressdesk_core::catalog::CHECKLIST;
use pressdesk_core::model::{Actor, Role};
use pressdesk_core::paraf::{self, CheckInput, Decision, Initials, ParafInput};
use pressdesk_core::release::{self, ReleaseDetail};
use pressdesk_core::users::{self, NewUser};
use pressdesk_core::{evidence, Store};

pub struct Office {
    pub dir: tempfile::TempDir,
    pub store: Store,
    pub kasi: Actor,
    pub kadis: Actor,
    pub kabid: Actor,
}

pub fn office() -> Office {
    let (dir, store) = store();
    let add = |name: &str, nip: &str, role| person(&store, name, nip, role);
    let kasi = add("Rahmat Hidayat", "198207092006041003", Role::Kasi);
    let kadis = add("Drs. Yusuf Abdullah", "196805121993031004", Role::Kadis);
    let kabid = add("Fransiska Lenny", "197503172000032002", Role::Kabid);
    Office {
        dir,
        store,
        kasi,
        kadis,
        kabid,
    }
}

/// A complete release (checklist ticked, one photo), registered and checked.
pub fn checked(o: &Office, title: &str, seed: u8) -> ReleaseDetail {
    let photo = evidence::stage_file(
        &o.store,
        Some(&Actor::console()),
        "foto.jpg",
        &jpeg(640, 480, seed),
    )
    .unwrap();
    let mut input = with_photos(
        release(title, "Dinas Kesehatan"),
        &[(photo.sha256, photo.name)],
    );
    input.checklist = CHECKLIST.iter().map(|(k, _)| (*k).to_owned()).collect();
    let r = release::register_release(&o.store, &o.kasi, input).unwrap();
    let check = CheckInput {
        release_id: r.summary.id.clone(),
        complete: true,
        reason: String::new(),
    };
    paraf::check_release(&o.store, &o.kasi, check).unwrap()
}

pub fn drawn(o: &Office, seed: u8) -> Initials {
    drawn_on(&o.store, seed)
}

/// Initials drawn on the pad (a stroke shaped by `seed`), staged in `store`, kept for next time.
pub fn drawn_on(store: &Store, seed: u8) -> Initials {
    let mut img = image::RgbaImage::new(340, 170);
    for i in 0..300u32 {
        let (x, y) = (20 + i, 60 + (i * u32::from(seed) / 7) % 60);
        img.put_pixel(x, y, image::Rgba([10, 20, 80, 255]));
        img.put_pixel(x, y + 1, image::Rgba([10, 20, 80, 255]));
    }
    let mut png = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let staged = evidence::stage_file(store, Some(&Actor::console()), "paraf.png", &png).unwrap();
    Initials::Drawn {
        png_sha: staged.sha256,
        strokes: "[[{\"x\":1,\"y\":2}]]".into(),
        width_mm: 90.0,
        height_mm: 45.0,
        save: true,
    }
}

pub fn sign(
    o: &Office,
    who: &Actor,
    ids: &[&str],
    decision: Decision,
    i: Initials,
) -> Result<String, pressdesk_core::Error> {
    let input = ParafInput {
        release_ids: ids.iter().map(|s| (*s).to_owned()).collect(),
        decision,
        note: "Layak tayang.".into(),
        pin: PIN.into(),
        initials: i,
    };
    paraf::paraf_releases(&o.store, who, input).map(|r| r.message)
}

/// The console and one signed-in user of each of the six roles (Operator and Archivist are
/// added here), labelled "console" or by the role's label.
pub fn every_actor(o: &Office) -> Vec<(String, Actor)> {
    let mut actors: Vec<(String, Actor)> = vec![("console".into(), Actor::console())];
    let extra = [
        (Role::Operator, "199001152015032001"),
        (Role::Archivist, "198511202010011002"),
    ];
    for (role, nip) in extra {
        let input = NewUser {
            name: format!("{role:?}"),
            nip: nip.into(),
            role,
            position: "Staf".into(),
            pin: Some(PIN.into()),
            rank: None,
        };
        users::add_user(&o.store, &Actor::console(), input).unwrap();
    }
    for user in users::list_users(&o.store).unwrap() {
        let pin = if user.role == Role::Admin {
            "135790"
        } else {
            PIN
        };
        actors.push((
            user.role_label.clone(),
            auth::sign_in(&o.store, user.id, pin).unwrap(),
        ));
    }
    assert_eq!(actors.len(), 7);
    actors
}
