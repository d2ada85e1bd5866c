//! The CLI's paper-paraf and group commands: `paraf paper` (the Kasi records a paraf from a
//! scan), `paraf pending`, `paraf confirm` and `paraf disown` (the Kadis or Kabid answers for
//! a paper paraf in their name), and `groups --date` (a day's groups of step 3 as a PDF).

use std::path::Path;

use pressdesk_core::model::Actor;
use pressdesk_core::paraf::{self, Decision, PaperParafInput, PaperReviewInput};
use pressdesk_core::print::{groups_pdf, Paper};
use pressdesk_core::{evidence, release, users, Error, Result, Store};

use crate::acts::{signed_in, signed_in_with_pin};
use crate::args::Args;

pub const SUBCOMMANDS: [&str; 4] = ["paper", "pending", "confirm", "disown"];

pub fn paraf(store: &Store, args: &mut Args, sub: &str) -> Result<()> {
    match sub {
        "paper" => paper(store, args),
        "pending" => pending(store, args),
        _ => review(store, args, sub == "confirm"),
    }
}

fn decision(args: &mut Args) -> Result<Decision> {
    match args.value("--decision")?.as_deref() {
        Some("setuju") => Ok(Decision::Approve),
        Some("tolak") | Some("tidak-setuju") => Ok(Decision::Reject),
        _ => Err(Error::invalid(
            "decision",
            "Sebutkan --decision setuju atau tolak.",
        )),
    }
}

/// `paraf paper ID --user NIP --pin PIN --official NIP --decision D --scan PATH [--note T]`
fn paper(store: &Store, args: &mut Args) -> Result<()> {
    let kasi = signed_in(store, args)?;
    let official = args
        .value("--official")?
        .ok_or_else(|| Error::invalid("official", "Sebutkan --official NIP (Kadis/Kabid)."))?;
    let official = store.with_db(|db| users::find_by_nip(db, &official))?;
    let decision = decision(args)?;
    let scan = args
        .value("--scan")?
        .ok_or_else(|| Error::invalid("scan", "Sebutkan --scan BERKAS (foto atau PDF)."))?;
    let note = args.value("--note")?.unwrap_or_default();
    let key = args.rest().join(" ");
    let release_id = release::get_release(store, &Actor::console(), &key)?
        .summary
        .id;
    let staged = evidence::stage_path(store, Path::new(&scan))?;
    let input = PaperParafInput {
        release_id,
        official_id: official.id,
        decision,
        note,
        scan_sha: staged.sha256,
    };
    println!(
        "{}",
        paraf::record_paper_paraf(store, &kasi, input)?.message
    );
    Ok(())
}

/// `paraf pending --user NIP --pin PIN`: the paper parafs waiting for the official's word.
fn pending(store: &Store, args: &mut Args) -> Result<()> {
    let actor = signed_in(store, args)?;
    let list = paraf::paper_parafs_to_confirm(store, &actor)?;
    if list.is_empty() {
        println!("Tidak ada paraf kertas yang menunggu konfirmasi Anda.");
    }
    for p in list {
        println!(
            "#{}  {}  {}  {} ({}), dicatat {} oleh {}",
            p.paraf_id,
            p.agenda_no,
            p.title,
            p.decision_label,
            p.role_label,
            p.at_display,
            p.scanned_by
        );
    }
    Ok(())
}

/// `paraf confirm|disown ID --user NIP --pin PIN [--reason T]`: ID is the paraf's number (as
/// `paraf pending` shows it, with or without "#") or the release's agenda number.
fn review(store: &Store, args: &mut Args, confirm: bool) -> Result<()> {
    let (actor, pin) = signed_in_with_pin(store, args)?;
    let reason = args.value("--reason")?.unwrap_or_default();
    let key = args.rest().join(" ");
    let key = key.trim().trim_start_matches('#');
    if key.is_empty() {
        return Err(Error::invalid(
            "id",
            "Sebutkan paraf kertasnya (nomor paraf atau agenda).",
        ));
    }
    let paraf_id = match key.parse::<i64>() {
        Ok(id) => id,
        Err(_) => {
            let release = release::get_release(store, &Actor::console(), key)?.summary;
            paraf::paper_parafs_to_confirm(store, &actor)?
                .into_iter()
                .find(|p| p.release_id == release.id)
                .map(|p| p.paraf_id)
                .ok_or_else(|| {
                    Error::NotFound(format!(
                        "Tidak ada paraf kertas atas nama Anda yang menunggu konfirmasi pada \
                         rilis {}.",
                        release.agenda_no
                    ))
                })?
        }
    };
    let input = PaperReviewInput {
        paraf_id,
        pin,
        reason,
    };
    let result = if confirm {
        paraf::confirm_paper_paraf(store, &actor, input)?
    } else {
        paraf::disown_paper_paraf(store, &actor, input)?
    };
    println!("{}", result.message);
    Ok(())
}

/// `groups --date YYYY-MM-DD --out FILE.pdf [--paper a4|f4]`
pub fn groups(store: &Store, args: &mut Args) -> Result<()> {
    let date = args
        .value("--date")?
        .ok_or_else(|| Error::invalid("date", "Sebutkan --date YYYY-MM-DD."))?;
    let out = args
        .value("--out")?
        .ok_or_else(|| Error::invalid("out", "Sebutkan --out BERKAS.pdf."))?;
    let paper = Paper::parse(&args.value("--paper")?.unwrap_or_else(|| "a4".into()))?;
    let pdf = groups_pdf(store, &Actor::console(), &date, paper)?;
    std::fs::write(&out, pdf).map_err(Error::from_io)?;
    println!("Kelompok press release {date} ditulis ke {out}");
    Ok(())
}
