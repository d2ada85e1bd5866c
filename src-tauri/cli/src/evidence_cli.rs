//! `evidence save ID --out DIR [--kind photo|video|letter] [--sha SHA]`: the originals of a
//! release's evidence written into a folder under their own names, as the app's "Simpan semua"
//! does (checked against their SHA-256, never over a file already there).

use std::path::Path;

use pressdesk_core::model::{Actor, EvidenceKind};
use pressdesk_core::originals;
use pressdesk_core::{Error, Result, Store};

use crate::args::Args;

pub fn evidence(store: &Store, args: &mut Args, json: bool) -> Result<()> {
    let action = args.command().unwrap_or_default();
    if action != "save" {
        return Err(Error::invalid(
            "command",
            "Pakai: evidence save ID --out FOLDER [--kind photo|video|letter] [--sha SHA]",
        ));
    }
    let out = args
        .value("--out")?
        .ok_or_else(|| Error::invalid("out", "Sebutkan --out FOLDER tujuan."))?;
    let kind = args
        .value("--kind")?
        .map(|k| EvidenceKind::parse(&k))
        .transpose()?;
    let sha = args.value("--sha")?;
    let key = args.rest().join(" ");
    let actor = Actor::console();
    let folder = Path::new(&out);
    if let Some(sha) = sha {
        let item = originals::original(store, &actor, &key, &sha)?;
        let saved =
            originals::save_original(store, &actor, &key, &sha, &folder.join(&item.name), false)?;
        if json {
            println!("{}", serde_json::to_string_pretty(&saved)?);
        } else {
            println!("Tersimpan: {} ({})", saved.path, saved.size_label);
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
