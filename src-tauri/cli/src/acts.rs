//! The CLI's user and paraf commands: `user add`, `check`, `paraf`, `revoke`. Every act names
//! its user by NIP and PIN, which core verifies exactly as the app does.

use std::path::Path;

use pressdesk_core::auth;
use pressdesk_core::model::{Actor, Role};
use pressdesk_core::paraf::{self, CheckBatchInput, Decision, Initials, ParafInput, RevokeInput};
use pressdesk_core::users::{self, NewUser};
use pressdesk_core::{evidence, release, tr, Error, Result, Store};

/// A PIN: with `--pin-stdin` the first line of standard input, else `--pin VALUE`, else the
/// `env` variable. A value on the command line shows in the process list of every user of the
/// computer; standard input and the environment do not.
fn secret(value: Option<String>, stdin: bool, env: &str) -> Result<Option<String>> {
    if stdin {
        let mut line = String::new();
        std::io::stdin()
            .read_line(&mut line)
            .map_err(Error::from_io)?;
        return Ok(Some(line.trim_end_matches(['\r', '\n']).to_owned()));
    }
    Ok(value.or_else(|| std::env::var(env).ok().filter(|v| !v.is_empty())))
}

/// `--user NIP` with its PIN: the person who acts.
#[derive(clap::Args, Debug, Default)]
pub struct Auth {
    #[arg(long)]
    pub user: Option<String>,
    #[command(flatten)]
    pub pin: Pin,
}

/// `--pin PIN`, `--pin-stdin` or PRESSDESK_PIN.
#[derive(clap::Args, Debug, Default)]
pub struct Pin {
    #[arg(long)]
    pub pin: Option<String>,
    #[arg(long)]
    pub pin_stdin: bool,
}

impl Pin {
    pub fn read(self) -> Result<Option<String>> {
        secret(self.pin, self.pin_stdin, "PRESSDESK_PIN")
    }
}

/// `--admin-pin PIN`, `--admin-pin-stdin` or PRESSDESK_ADMIN_PIN.
#[derive(clap::Args, Debug, Default)]
pub struct AdminPin {
    #[arg(long)]
    pub admin_pin: Option<String>,
    #[arg(long)]
    pub admin_pin_stdin: bool,
}

impl AdminPin {
    pub fn read(self) -> Result<Option<String>> {
        secret(self.admin_pin, self.admin_pin_stdin, "PRESSDESK_ADMIN_PIN")
    }
}

/// `--user NIP --pin PIN`, verified.
pub fn signed_in(store: &Store, auth: Auth) -> Result<Actor> {
    signed_in_with_pin(store, auth).map(|(actor, _)| actor)
}

/// The same, keeping the PIN for acts that ask for it again (paraf, revoke).
pub fn signed_in_with_pin(store: &Store, auth: Auth) -> Result<(Actor, String)> {
    let nip = auth
        .user
        .ok_or_else(|| Error::invalid("user", tr!("cli-need-user")))?;
    let pin = auth
        .pin
        .read()?
        .ok_or_else(|| Error::invalid("pin", tr!("cli-need-pin")))?;
    Ok((auth::sign_in_nip(store, &nip, &pin)?, pin))
}

/// The release ids named on the line: ids, agenda numbers or letter numbers.
fn release_ids(store: &Store, keys: &[String]) -> Result<Vec<String>> {
    if keys.is_empty() {
        return Err(Error::invalid("id", tr!("cli-need-release")));
    }
    keys.iter()
        .map(|k| release::get_release(store, &Actor::console(), k).map(|d| d.summary.id))
        .collect()
}

#[derive(clap::Args, Debug)]
pub struct UserArgs {
    #[command(subcommand)]
    pub command: UserCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum UserCommand {
    Add(UserAddArgs),
}

#[derive(clap::Args, Debug)]
pub struct UserAddArgs {
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub nip: Option<String>,
    #[arg(long)]
    pub role: Option<String>,
    #[arg(long)]
    pub position: Option<String>,
    #[arg(long)]
    pub rank: Option<String>,
    #[command(flatten)]
    pub pin: Pin,
    #[arg(long)]
    pub admin: Option<String>,
    #[command(flatten)]
    pub admin_pin: AdminPin,
}

pub fn user(store: &Store, args: UserArgs) -> Result<()> {
    match args.command {
        UserCommand::Add(args) => {
            // A Kadis, Kabid or Admin is added only by an admin (core refuses the console
            // alone). With both PINs on standard input, the admin's is the first line.
            let actor = match args.admin {
                Some(nip) => {
                    let pin = args
                        .admin_pin
                        .read()?
                        .ok_or_else(|| Error::invalid("admin-pin", tr!("cli-need-admin-pin")))?;
                    auth::sign_in_nip(store, &nip, &pin)?
                }
                None => Actor::console(),
            };
            let input = NewUser {
                name: args.name.unwrap_or_default(),
                nip: args.nip.unwrap_or_default(),
                role: Role::parse(args.role.as_deref().unwrap_or_default())?,
                position: args.position.unwrap_or_else(|| "Staf".into()),
                pin: args.pin.read()?,
                rank: args.rank,
            };
            let user = users::add_user(store, &actor, input)?;
            let line = tr!(
                "cli-user-added",
                name = user.name,
                role = user.role_label,
                id = user.id
            );
            println!("{line}");
            Ok(())
        }
    }
}

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    pub ids: Vec<String>,
    #[command(flatten)]
    pub auth: Auth,
    #[arg(long = "return")]
    pub reason: Option<String>,
}

/// `check ID... [--return REASON]`: one batch, all or none, like the app's.
pub fn check(store: &Store, args: CheckArgs) -> Result<()> {
    let actor = signed_in(store, args.auth)?;
    let reason = args.reason;
    let input = CheckBatchInput {
        release_ids: release_ids(store, &args.ids)?,
        complete: reason.is_none(),
        reason: reason.unwrap_or_default(),
    };
    let done = paraf::check_releases(store, &actor, input)?;
    println!("{}", done.message);
    Ok(())
}

/// `paraf ID...` (the paraf on screen) or `paraf paper|pending|confirm|disown` (on paper).
#[derive(clap::Args, Debug)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ParafArgs {
    #[command(subcommand)]
    pub paper: Option<crate::paper_cli::PaperCommand>,
    #[command(flatten)]
    pub act: ParafActArgs,
}

#[derive(clap::Args, Debug)]
pub struct ParafActArgs {
    pub ids: Vec<String>,
    #[command(flatten)]
    pub auth: Auth,
    #[arg(long)]
    pub decision: Option<String>,
    #[arg(long)]
    pub initials: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
}

pub fn paraf(store: &Store, args: ParafArgs) -> Result<()> {
    if let Some(sub) = args.paper {
        return crate::paper_cli::paraf(store, sub);
    }
    let args = args.act;
    let (actor, pin) = signed_in_with_pin(store, args.auth)?;
    let decision = match args.decision.as_deref() {
        Some("setuju") => Decision::Approve,
        Some("tolak") | Some("tidak-setuju") => Decision::Reject,
        _ => return Err(Error::invalid("decision", tr!("cli-need-decision"))),
    };
    let initials = match args.initials {
        Some(path) => {
            let staged = evidence::stage_path(store, Path::new(&path))?;
            if staged.mime != "image/png" {
                return Err(Error::invalid("initials", tr!("cli-paraf-not-png")));
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
    let note = args.note.unwrap_or_default();
    let input = ParafInput {
        release_ids: release_ids(store, &args.ids)?,
        decision,
        note,
        pin,
        initials,
    };
    println!("{}", paraf::paraf_releases(store, &actor, input)?.message);
    Ok(())
}

#[derive(clap::Args, Debug)]
pub struct RevokeArgs {
    pub ids: Vec<String>,
    #[command(flatten)]
    pub auth: Auth,
    #[arg(long)]
    pub reason: Option<String>,
}

pub fn revoke(store: &Store, args: RevokeArgs) -> Result<()> {
    let (actor, pin) = signed_in_with_pin(store, args.auth)?;
    let reason = args.reason.unwrap_or_default();
    for id in release_ids(store, &args.ids)? {
        let input = RevokeInput {
            release_id: id,
            pin: pin.clone(),
            reason: reason.clone(),
        };
        println!("{}", paraf::revoke_paraf(store, &actor, input)?.message);
    }
    Ok(())
}
