//! Takes the older part of the demo releases through the Kasi's check and the paraf of the
//! Kadis and Kabid, so every queue and both groups have something in them.

use image::{Rgba, RgbaImage};
use pressdesk_core::auth;
use pressdesk_core::model::{Actor, Role};
use pressdesk_core::paraf::{self, CheckInput, Decision, Initials, ParafInput};
use pressdesk_core::{evidence, Error, Result, Store};

use crate::demo::{DEMO_PIN, STAFF};

pub fn advance(store: &Store, ids: &[String]) -> Result<()> {
    let nip = |role: Role| {
        STAFF
            .iter()
            .find(|s| s.2 == role)
            .map(|s| s.1)
            .unwrap_or_default()
    };
    let kasi = auth::sign_in_nip(store, nip(Role::Kasi), DEMO_PIN)?;
    let kadis = auth::sign_in_nip(store, nip(Role::Kadis), DEMO_PIN)?;
    let kabid = auth::sign_in_nip(store, nip(Role::Kabid), DEMO_PIN)?;
    // The newest fifth stays untouched; the rest is checked, most of it initialed.
    let older = &ids[..ids.len() * 9 / 10];
    let mut checked = Vec::new();
    for (i, id) in older.iter().enumerate() {
        let complete = i % 9 != 4;
        let reason = if complete {
            ""
        } else {
            "Foto kegiatan belum dilampirkan."
        };
        let input = CheckInput {
            release_id: id.clone(),
            complete,
            reason: reason.into(),
        };
        match paraf::check_release(store, &kasi, input) {
            Ok(_) if complete => checked.push(id.clone()),
            Ok(_) | Err(Error::Invalid { .. }) => {}
            Err(e) => return Err(e),
        }
    }
    let decided = &checked[..checked.len() * 9 / 10];
    let (approve, reject): (Vec<_>, Vec<_>) = decided
        .iter()
        .cloned()
        .enumerate()
        .partition(|(i, _)| i % 6 != 5);
    let ids = |v: Vec<(usize, String)>| v.into_iter().map(|(_, id)| id).collect::<Vec<_>>();
    let (approve, reject) = (ids(approve), ids(reject));
    sign(
        store,
        &kadis,
        &approve,
        Decision::Approve,
        initials(store, 1)?,
    )?;
    sign(store, &kadis, &reject, Decision::Reject, Initials::Saved)?;
    let co = &approve[..approve.len() * 9 / 10];
    sign(store, &kabid, co, Decision::Approve, initials(store, 2)?)?;
    sign(store, &kabid, &reject, Decision::Approve, Initials::Saved)?;
    Ok(())
}

fn sign(store: &Store, who: &Actor, ids: &[String], d: Decision, i: Initials) -> Result<()> {
    for chunk in ids.chunks(20) {
        let input = ParafInput {
            release_ids: chunk.to_vec(),
            decision: d,
            note: String::new(),
            pin: DEMO_PIN.into(),
            initials: i.clone(),
        };
        paraf::paraf_releases(store, who, input)?;
    }
    Ok(())
}

/// Initials drawn as a looping pen stroke, saved for the official's later paraf acts.
fn initials(store: &Store, seed: u32) -> Result<Initials> {
    let (w, h) = (240u32, 120u32);
    let mut img = RgbaImage::from_pixel(w, h, Rgba([0, 0, 0, 0]));
    for t in 0..2000u32 {
        let t = t as f64 / 2000.0 * std::f64::consts::TAU * 2.0;
        let x = 30.0 + t * 28.0 + (t * (2.0 + f64::from(seed))).sin() * 18.0;
        let y = 60.0 + (t * 1.5).sin() * 35.0 * (1.0 - t / 14.0);
        for (dx, dy) in [(0, 0), (1, 0), (0, 1), (1, 1)] {
            let (px, py) = (x as u32 + dx, y as u32 + dy);
            if px < w && py < h {
                img.put_pixel(px, py, Rgba([20, 30, 90, 255]));
            }
        }
    }
    let mut png = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .map_err(|e| Error::Internal(format!("demo initials: {e}")))?;
    let staged = evidence::stage_file(store, Some(&Actor::console()), "paraf.png", &png)?;
    Ok(Initials::Drawn {
        png_sha: staged.sha256,
        strokes: "[]".into(),
        width_mm: 60.0,
        height_mm: 30.0,
        save: true,
    })
}
