//! The initials of an on-screen paraf: written on the pad (PNG and strokes, checked for ink) or
//! the ones a Kadis or Kabid saved earlier, and saving them for later acts.

use serde::Deserialize;
use ts_rs::TS;

use crate::args;
use crate::audit;
use crate::auth::confirm_pin;
use crate::db::Store;
use crate::error::{Error, Result};
use crate::files::{sha256_hex, FileMeta};
use crate::model::{Actor, User};
use crate::permissions::{require, Action};
use crate::promotion::Promotion;

/// The initials of an on-screen paraf.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub enum Initials {
    /// The initials the user saved earlier.
    Saved,
    /// Written now on the pad: the PNG (staged with `stage_file`), its strokes as JSON, and
    /// the size it was written at. `save` keeps it for later paraf acts.
    Drawn {
        png_sha: String,
        strokes: String,
        width_mm: f64,
        height_mm: f64,
        save: bool,
    },
}

/// Keeps a user's initials for later paraf acts (PIN required).
pub fn save_initials(store: &Store, actor: &Actor, pin: &str, initials: Initials) -> Result<()> {
    require(actor, Action::Paraf)?;
    let user = actor.person()?.clone();
    confirm_pin(store, actor, pin)?;
    let Initials::Drawn { .. } = initials else {
        return Err(Error::invalid(
            "initials",
            crate::tr!("err-tuliskan-paraf-pada-bidang-paraf"),
        ));
    };
    let (png, strokes, w, h) = resolve_initials(store, &user, &initials)?;
    let mut shas = vec![png.clone()];
    shas.extend(strokes);
    let promotion = Promotion::new(store, &shas)?;
    promotion.commit_in(|db| {
        promotion.record_in(db)?;
        db.execute(
            "UPDATE users SET saved_initials_sha = ?1, saved_initials_w_mm = ?2,
                saved_initials_h_mm = ?3 WHERE id = ?4",
            args![png, w, h, user.id],
        )?;
        audit::append(
            db,
            Some(user.id),
            "user.initials",
            "user",
            &user.id.to_string(),
            &serde_json::json!({ "sha": png }),
        )?;
        Ok(())
    })
}

/// Checks the initials and stages their strokes; returns (png, strokes, width mm, height mm).
pub(super) fn resolve_initials(
    store: &Store,
    user: &User,
    initials: &Initials,
) -> Result<(String, Option<String>, f64, f64)> {
    match initials {
        Initials::Saved => {
            let saved: (Option<String>, Option<f64>, Option<f64>) = store.with_db(|db| {
                db.query_row(
                    "SELECT saved_initials_sha, saved_initials_w_mm, saved_initials_h_mm
                     FROM users WHERE id = ?1",
                    args![user.id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
            })?;
            match saved {
                (Some(sha), Some(w), Some(h)) => Ok((sha, None, w, h)),
                _ => Err(Error::invalid(
                    "initials",
                    crate::tr!("err-belum-ada-paraf-tersimpan-tuliskan"),
                )),
            }
        }
        Initials::Drawn {
            png_sha,
            strokes,
            width_mm,
            height_mm,
            ..
        } => {
            if !(10.0..=200.0).contains(width_mm) || !(5.0..=120.0).contains(height_mm) {
                return Err(Error::invalid(
                    "initials",
                    crate::tr!("err-ukuran-bidang-paraf-tidak-wajar"),
                ));
            }
            let bytes = store.files().read_any(png_sha)?;
            check_ink(&bytes)?;
            let strokes_sha = stage_strokes(store, strokes)?;
            Ok((png_sha.clone(), Some(strokes_sha), *width_mm, *height_mm))
        }
    }
}

/// An empty pad makes a PNG with no ink: refuse it rather than record a blank paraf.
fn check_ink(png: &[u8]) -> Result<()> {
    let img = image::load_from_memory_with_format(png, image::ImageFormat::Png)
        .map_err(|_| Error::invalid("initials", crate::tr!("err-gambar-paraf-bukan-png-yang")))?
        .into_rgba8();
    let ink = img
        .pixels()
        .filter(|p| p.0[3] > 32 && p.0[..3].iter().any(|&c| c < 200))
        .count();
    if ink < 30 {
        return Err(Error::invalid(
            "initials",
            crate::tr!("err-bidang-paraf-masih-kosong-tuliskan"),
        ));
    }
    Ok(())
}

fn stage_strokes(store: &Store, strokes: &str) -> Result<String> {
    if strokes.len() > 2_000_000 || serde_json::from_str::<serde_json::Value>(strokes).is_err() {
        return Err(Error::invalid(
            "initials",
            crate::tr!("err-data-goresan-paraf-tidak-sah"),
        ));
    }
    let bytes = strokes.as_bytes();
    let sha = sha256_hex(bytes);
    let meta = FileMeta {
        size: bytes.len() as u64,
        mime: "application/json".into(),
        width: None,
        height: None,
        captured_at: None,
    };
    store.files().stage(&sha, bytes, None, &meta)?;
    Ok(sha)
}
