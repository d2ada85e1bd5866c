//! `evidence save ID --out DIR [--kind photo|video|letter] [--sha SHA]`: the originals of a
//! release's evidence written into a folder under their own names, as the app's "Simpan semua"
//! does (checked against their SHA-256, never over a file already there).

use std::path::Path;

use pressdesk_core::model::{Actor, EvidenceKind};
use pressdesk_core::originals;
use pressdesk_core::{tr, Error, Result, Store};

#[derive(clap::Args, Debug)]
pub struct EvidenceArgs {
    #[command(subcommand)]
    pub command: EvidenceCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum EvidenceCommand {
    Save(SaveArgs),
}

#[derive(clap::Args, Debug)]
pub struct SaveArgs {
    pub key: Vec<String>,
    #[arg(long)]
    pub out: Option<String>,
    #[arg(long)]
    pub kind: Option<String>,
    #[arg(long)]
    pub sha: Option<String>,
    #[arg(long)]
    pub json: bool,
}

pub fn evidence(store: &Store, args: EvidenceArgs) -> Result<()> {
    let EvidenceCommand::Save(args) = args.command;
    let json = args.json;
    let out = args
        .out
        .ok_or_else(|| Error::invalid("out", tr!("cli-need-out-folder")))?;
    let kind = args.kind.map(|k| EvidenceKind::parse(&k)).transpose()?;
    let sha = args.sha;
    let key = args.key.join(" ");
    let actor = Actor::console();
    let folder = Path::new(&out);
    if let Some(sha) = sha {
        let item = originals::original(store, &actor, &key, &sha)?;
        let saved =
            originals::save_original(store, &actor, &key, &sha, &folder.join(&item.name), false)?;
        if json {
            println!("{}", serde_json::to_string_pretty(&saved)?);
        } else {
            let line = tr!(
                "cli-evidence-saved",
                path = saved.path,
                size = saved.size_label
            );
            println!("{line}");
        }
        return Ok(());
    }
    let report = originals::save_all(store, &actor, &key, folder, kind)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        for saved in &report.saved {
            println!("  {} ({})", saved.name, saved.size_label);
        }
        println!("{}", report.message);
    }
    Ok(())
}
