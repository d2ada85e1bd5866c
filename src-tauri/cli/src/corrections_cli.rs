//! The CLI's corrections before paraf: `edit`, `resubmit` and `withdraw`, by the Kasi named
//! with `--user NIP --pin PIN`, each printing the release as it now is.

use pressdesk_core::model::Actor;
use pressdesk_core::paraf;
use pressdesk_core::release::{self, EvidenceInput, ReleaseEdit, WithdrawInput};
use pressdesk_core::{evidence, Error, Result, Store};

use crate::acts::signed_in;
use crate::args::Args;
use crate::print;

/// `edit ID --json FIELDS.json [--attach PATH]... [--detach SHA]...`
pub fn edit(store: &Store, args: &mut Args, json: bool) -> Result<()> {
    let actor = signed_in(store, args)?;
    let mut edit: ReleaseEdit = match args.value("--json")? {
        Some(path) => {
            let text = std::fs::read_to_string(&path).map_err(|_| {
                Error::invalid("json", format!("Berkas JSON «{path}» tidak dapat dibaca."))
            })?;
            serde_json::from_str(&text)?
        }
        None => ReleaseEdit::default(),
    };
    for attach in args.values("--attach")? {
        let staged = evidence::stage_path(store, std::path::Path::new(&attach))?;
        edit.add_evidence.push(EvidenceInput {
            sha256: staged.sha256,
            kind: staged.kind,
            name: staged.name,
        });
    }
    edit.remove_evidence.extend(args.values("--detach")?);
    let key = release_key(store, args)?;
    print::detail(&release::edit_release(store, &actor, &key, edit)?, json)
}

/// `resubmit ID`: a returned release goes to the check again.
pub fn resubmit(store: &Store, args: &mut Args, json: bool) -> Result<()> {
    let actor = signed_in(store, args)?;
    let key = release_key(store, args)?;
    print::detail(&paraf::resubmit_release(store, &actor, &key)?, json)
}

/// `withdraw ID --reason TEXT`
pub fn withdraw(store: &Store, args: &mut Args, json: bool) -> Result<()> {
    let actor = signed_in(store, args)?;
    let reason = args.value("--reason")?.unwrap_or_default();
    let release_id = release_key(store, args)?;
    let input = WithdrawInput { release_id, reason };
    print::detail(&release::withdraw_release(store, &actor, input)?, json)
}

/// The one release named on the line (id, agenda number or letter number), as its id.
fn release_key(store: &Store, args: &mut Args) -> Result<String> {
    let key = args.rest().join(" ");
    if key.trim().is_empty() {
        return Err(Error::invalid(
            "id",
            "Sebutkan rilisnya (id atau nomor agenda).",
        ));
    }
    Ok(release::get_release(store, &Actor::console(), &key)?
        .summary
        .id)
}
