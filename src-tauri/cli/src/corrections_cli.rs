//! The CLI's corrections before paraf: `edit`, `resubmit` and `withdraw`, by the Kasi named
//! with `--user NIP --pin PIN`, each printing the release as it now is.

use pressdesk_core::model::Actor;
use pressdesk_core::paraf;
use pressdesk_core::release::{self, EvidenceInput, ReleaseEdit, WithdrawInput};
use pressdesk_core::{evidence, tr, Error, Result, Store};

use crate::acts::{signed_in, Auth};
use crate::print;

#[derive(clap::Args, Debug)]
pub struct EditArgs {
    pub key: Vec<String>,
    #[command(flatten)]
    pub auth: Auth,
    #[arg(long)]
    pub json: Option<String>,
    #[arg(long)]
    pub attach: Vec<String>,
    #[arg(long)]
    pub detach: Vec<String>,
}

#[derive(clap::Args, Debug)]
pub struct ResubmitArgs {
    pub key: Vec<String>,
    #[command(flatten)]
    pub auth: Auth,
    #[arg(long)]
    pub json: bool,
}

#[derive(clap::Args, Debug)]
pub struct WithdrawArgs {
    pub key: Vec<String>,
    #[command(flatten)]
    pub auth: Auth,
    #[arg(long)]
    pub reason: Option<String>,
    #[arg(long)]
    pub json: bool,
}

/// `edit ID --json FIELDS.json [--attach PATH]... [--detach SHA]...`
pub fn edit(store: &Store, args: EditArgs) -> Result<()> {
    let actor = signed_in(store, args.auth)?;
    let mut edit: ReleaseEdit = match args.json {
        Some(path) => {
            let text = std::fs::read_to_string(&path)
                .map_err(|_| Error::invalid("json", tr!("cli-json-unreadable", path = path)))?;
            serde_json::from_str(&text)?
        }
        None => ReleaseEdit::default(),
    };
    for attach in args.attach {
        let staged = evidence::stage_path(store, std::path::Path::new(&attach))?;
        edit.add_evidence.push(EvidenceInput {
            sha256: staged.sha256,
            kind: staged.kind,
            name: staged.name,
        });
    }
    edit.remove_evidence.extend(args.detach);
    let key = release_key(store, &args.key)?;
    print::detail(&release::edit_release(store, &actor, &key, edit)?, false)
}

/// `resubmit ID`: a returned release goes to the check again.
pub fn resubmit(store: &Store, args: ResubmitArgs) -> Result<()> {
    let actor = signed_in(store, args.auth)?;
    let key = release_key(store, &args.key)?;
    print::detail(&paraf::resubmit_release(store, &actor, &key)?, args.json)
}

/// `withdraw ID --reason TEXT`
pub fn withdraw(store: &Store, args: WithdrawArgs) -> Result<()> {
    let actor = signed_in(store, args.auth)?;
    let reason = args.reason.unwrap_or_default();
    let release_id = release_key(store, &args.key)?;
    let input = WithdrawInput { release_id, reason };
    print::detail(&release::withdraw_release(store, &actor, input)?, args.json)
}

/// The one release named on the line (id, agenda number or letter number), as its id.
fn release_key(store: &Store, words: &[String]) -> Result<String> {
    let key = words.join(" ");
    if key.trim().is_empty() {
        return Err(Error::invalid("id", tr!("cli-need-release")));
    }
    Ok(release::get_release(store, &Actor::console(), &key)?
        .summary
        .id)
}
