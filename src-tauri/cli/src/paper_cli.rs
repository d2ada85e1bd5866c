//! The CLI's paper-paraf and group commands: `paraf paper` (the Kasi records a paraf from a
//! scan), `paraf pending`, `paraf confirm` and `paraf disown` (the Kadis or Kabid answers for
//! a paper paraf in their name), and `groups --date` (a day's groups of step 3 as a PDF).

use std::path::Path;

use pressdesk_core::model::Actor;
use pressdesk_core::paraf::{self, Decision, PaperParafInput, PaperReviewInput};
use pressdesk_core::print::{groups_pdf, Paper};
use pressdesk_core::{evidence, release, tr, users, Error, Result, Store};

use crate::acts::{signed_in, signed_in_with_pin, Auth};

#[derive(clap::Subcommand, Debug)]
pub enum PaperCommand {
    Paper(PaperArgs),
    Pending(PendingArgs),
    Confirm(ReviewArgs),
    Disown(ReviewArgs),
}

#[derive(clap::Args, Debug)]
pub struct PaperArgs {
    pub key: Vec<String>,
    #[command(flatten)]
    pub auth: Auth,
    #[arg(long)]
    pub official: Option<String>,
    #[arg(long)]
    pub decision: Option<String>,
    #[arg(long)]
    pub scan: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(clap::Args, Debug)]
pub struct PendingArgs {
    #[command(flatten)]
    pub auth: Auth,
}

#[derive(clap::Args, Debug)]
pub struct ReviewArgs {
    pub key: Vec<String>,
    #[command(flatten)]
    pub auth: Auth,
    #[arg(long)]
    pub reason: Option<String>,
}

pub fn paraf(store: &Store, command: PaperCommand) -> Result<()> {
    match command {
        PaperCommand::Paper(args) => paper(store, args),
        PaperCommand::Pending(args) => pending(store, args),
        PaperCommand::Confirm(args) => review(store, args, true),
        PaperCommand::Disown(args) => review(store, args, false),
    }
}

fn decision(value: Option<&str>) -> Result<Decision> {
    match value {
        Some("setuju") => Ok(Decision::Approve),
        Some("tolak") | Some("tidak-setuju") => Ok(Decision::Reject),
        _ => Err(Error::invalid("decision", tr!("cli-need-decision"))),
    }
}

/// `paraf paper ID --user NIP --pin PIN --official NIP --decision D --scan PATH [--note T]`
fn paper(store: &Store, args: PaperArgs) -> Result<()> {
    let kasi = signed_in(store, args.auth)?;
    let official = args
        .official
        .ok_or_else(|| Error::invalid("official", tr!("cli-paper-need-official")))?;
    let official = store.with_db(|db| users::find_by_nip(db, &official))?;
    let decision = decision(args.decision.as_deref())?;
    let scan = args
        .scan
        .ok_or_else(|| Error::invalid("scan", tr!("cli-paper-need-scan")))?;
    let note = args.note.unwrap_or_default();
    let key = args.key.join(" ");
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
fn pending(store: &Store, args: PendingArgs) -> Result<()> {
    let actor = signed_in(store, args.auth)?;
    let list = paraf::paper_parafs_to_confirm(store, &actor)?;
    if list.is_empty() {
        println!("{}", tr!("cli-paper-none-pending"));
    }
    for p in list {
        let recorded = tr!("cli-paper-recorded", at = p.at_display, by = p.scanned_by);
        println!(
            "#{}  {}  {}  {} ({}), {recorded}",
            p.paraf_id, p.agenda_no, p.title, p.decision_label, p.role_label
        );
    }
    Ok(())
}

/// `paraf confirm|disown ID --user NIP --pin PIN [--reason T]`: ID is the paraf's number (as
/// `paraf pending` shows it, with or without "#") or the release's agenda number.
fn review(store: &Store, args: ReviewArgs, confirm: bool) -> Result<()> {
    let (actor, pin) = signed_in_with_pin(store, args.auth)?;
    let reason = args.reason.unwrap_or_default();
    let key = args.key.join(" ");
    let key = key.trim().trim_start_matches('#');
    if key.is_empty() {
        return Err(Error::invalid("id", tr!("cli-paper-need-key")));
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
                    Error::NotFound(tr!("cli-paper-none-on", agenda = release.agenda_no))
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

#[derive(clap::Args, Debug)]
pub struct GroupsArgs {
    #[arg(long)]
    pub date: Option<String>,
    #[arg(long)]
    pub out: Option<String>,
    #[arg(long)]
    pub paper: Option<String>,
}

/// `groups --date YYYY-MM-DD --out FILE.pdf [--paper a4|f4]`
pub fn groups(store: &Store, args: GroupsArgs) -> Result<()> {
    let date = args
        .date
        .ok_or_else(|| Error::invalid("date", tr!("cli-need-date")))?;
    let out = args
        .out
        .ok_or_else(|| Error::invalid("out", tr!("cli-need-out-pdf")))?;
    let paper = Paper::parse(args.paper.as_deref().unwrap_or("a4"))?;
    let pdf = groups_pdf(store, &Actor::console(), &date, paper)?;
    std::fs::write(&out, pdf).map_err(Error::from_io)?;
    let what = tr!("cli-groups", date = date);
    println!("{}", tr!("cli-written", what = what, path = out));
    Ok(())
}
