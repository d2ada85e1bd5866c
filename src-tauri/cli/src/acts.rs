//! The CLI's user and paraf commands: `user add`, `check`, `paraf`, `revoke`. Every act names
//! its user by NIP and PIN, which core verifies exactly as the app does.

use std::path::Path;

use pressdesk_core::auth;
use pressdesk_core::model::{Actor, Role};
use pressdesk_core::paraf::{self, CheckBatchInput, Decision, Initials, ParafInput, RevokeInput};
use pressdesk_core::users::{self, NewUser};
use pressdesk_core::{evidence, release, Error, Result, Store};

use crate::args::Args;

/// `--user NIP --pin PIN`, verified.
pub fn signed_in(store: &Store, args: &mut Args) -> Result<Actor> {
    signed_in_with_pin(store, args).map(|(actor, _)| actor)
}

/// The same, keeping the PIN for acts that ask for it again (paraf, revoke).
pub fn signed_in_with_pin(store: &Store, args: &mut Args) -> Result<(Actor, String)> {
    let nip = args
        .value("--user")?
        .ok_or_else(|| Error::invalid("user", "Sebutkan --user NIP."))?;
    let pin = args.secret("--pin", "PRESSDESK_PIN")?.ok_or_else(|| {
        Error::invalid(
            "pin",
            "Sebutkan PIN: --pin-stdin (dibaca dari masukan), variabel PRESSDESK_PIN, \
                 atau --pin PIN.",
        )
    })?;
    Ok((auth::sign_in_nip(store, &nip, &pin)?, pin))
}

/// The release ids named on the line: ids, agenda numbers or letter numbers.
fn release_ids(store: &Store, args: &mut Args) -> Result<Vec<String>> {
    let keys = args.rest();
    if keys.is_empty() {
        return Err(Error::invalid(
            "id",
            "Sebutkan rilisnya (id atau nomor agenda).",
        ));
    }
    keys.iter()
        .map(|k| release::get_release(store, &Actor::console(), k).map(|d| d.summary.id))
        .collect()
}

pub fn user(store: &Store, args: &mut Args) -> Result<()> {
    match args.command().as_deref() {
        Some("add") => {
            // A Kadis, Kabid or Admin is added only by an admin (core refuses the console
            // alone). With both PINs on standard input, the admin's is the first line.
            let actor = match args.value("--admin")? {
                Some(nip) => {
                    let pin = args
                        .secret("--admin-pin", "PRESSDESK_ADMIN_PIN")?
                        .ok_or_else(|| {
                            Error::invalid(
                                "admin-pin",
                                "Sebutkan PIN admin: --admin-pin-stdin, variabel \
                             PRESSDESK_ADMIN_PIN, atau --admin-pin PIN.",
                            )
                        })?;
                    auth::sign_in_nip(store, &nip, &pin)?
                }
                None => Actor::console(),
            };
            let input = NewUser {
                name: args.value("--name")?.unwrap_or_default(),
                nip: args.value("--nip")?.unwrap_or_default(),
                role: Role::parse(&args.value("--role")?.unwrap_or_default())?,
                position: args.value("--position")?.unwrap_or_else(|| "Staf".into()),
                pin: args.secret("--pin", "PRESSDESK_PIN")?,
                rank: args.value("--rank")?,
            };
            let user = users::add_user(store, &actor, input)?;
            println!(
                "Pengguna {} ({}) ditambahkan, id {}.",
                user.name, user.role_label, user.id
            );
            Ok(())
        }
        _ => Err(Error::invalid(
            "command",
            "Gunakan: user add --name … --nip … --role … --pin … [--rank PANGKAT/GOLONGAN] \
             [--admin NIP --admin-pin PIN]",
        )),
    }
}

/// `check ID... [--return REASON]`: one batch, all or none, like the app's.
pub fn check(store: &Store, args: &mut Args) -> Result<()> {
    let actor = signed_in(store, args)?;
    let reason = args.value("--return")?;
    let input = CheckBatchInput {
        release_ids: release_ids(store, args)?,
        complete: reason.is_none(),
        reason: reason.unwrap_or_default(),
    };
    let done = paraf::check_releases(store, &actor, input)?;
    println!("{}", done.message);
    Ok(())
}

pub fn paraf(store: &Store, args: &mut Args) -> Result<()> {
    if let Some(sub) = args.subcommand(&crate::paper_cli::SUBCOMMANDS) {
        return crate::paper_cli::paraf(store, args, &sub);
    }
    let (actor, pin) = signed_in_with_pin(store, args)?;
    let decision = match args.value("--decision")?.as_deref() {
        Some("setuju") => Decision::Approve,
        Some("tolak") | Some("tidak-setuju") => Decision::Reject,
        _ => {
            return Err(Error::invalid(
                "decision",
                "Sebutkan --decision setuju atau tolak.",
            ))
        }
    };
    let initials = match args.value("--initials")? {
        Some(path) => {
            let staged = evidence::stage_path(store, Path::new(&path))?;
            if staged.mime != "image/png" {
                return Err(Error::invalid("initials", "Berkas paraf harus gambar PNG."));
            }
            // A PNG from a scanner or drawing program: taken at 96 dpi for its true size.
            let mm = |px: Option<u32>| f64::from(px.unwrap_or(0)) * 25.4 / 96.0;
            Initials::Drawn {
                png_sha: staged.sha256,
                strokes: "[]".into(),
                width_mm: mm(staged.width),
                height_mm: mm(staged.height),
                save: false,
            }
        }
        None => Initials::Saved,
    };
    // Options first: whatever bare words remain are the releases.
    let note = args.value("--note")?.unwrap_or_default();
    let input = ParafInput {
        release_ids: release_ids(store, args)?,
        decision,
        note,
        pin,
        initials,
    };
    println!("{}", paraf::paraf_releases(store, &actor, input)?.message);
    Ok(())
}

pub fn revoke(store: &Store, args: &mut Args) -> Result<()> {
    let (actor, pin) = signed_in_with_pin(store, args)?;
    let reason = args.value("--reason")?.unwrap_or_default();
    for id in release_ids(store, args)? {
        let input = RevokeInput {
            release_id: id,
            pin: pin.clone(),
            reason: reason.clone(),
        };
        println!("{}", paraf::revoke_paraf(store, &actor, input)?.message);
    }
    Ok(())
}
