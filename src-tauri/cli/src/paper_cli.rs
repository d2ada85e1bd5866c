//! The CLI's paper-paraf and group commands: `paraf paper` (the Kasi records a paraf from a
//! scan), `paraf pending`, `paraf confirm` and `paraf disown` (the Kadis or Kabid answers for
//! a paper paraf in their name), and `groups --date` (a day's groups of step 3 as a PDF).

use std::path::Path;

use pressdesk_core::model::Actor;
use pressdesk_core::paraf::{self, Decision, PaperParafInput, PaperReviewInput};
use pressdesk_core::print::{groups_pdf, Paper};
use pressdesk_core::{evidence, release, users, Error, Result, Store};

use crate::acts::{signed_in, signed_in_with_pin, Auth};

#[derive(clap::Subcommand, Debug)]
pub enum PaperCommand {
    /// Kasi mencatat paraf yang ditulis di kertas, dari pindaiannya
    Paper(PaperArgs),
    /// Paraf kertas atas nama Anda yang menunggu konfirmasi
    Pending(PendingArgs),
    /// Mengakui paraf kertas atas nama Anda
    Confirm(ReviewArgs),
    /// Menyangkal paraf kertas atas nama Anda
    Disown(ReviewArgs),
}

#[derive(clap::Args, Debug)]
pub struct PaperArgs {
    /// Rilis: id atau nomor agenda
    pub key: Vec<String>,
    #[command(flatten)]
    pub auth: Auth,
    /// NIP Kadis atau Kabid yang memaraf
    #[arg(long, value_name = "NIP")]
    pub official: Option<String>,
    /// setuju atau tolak
    #[arg(long, value_name = "KEPUTUSAN")]
    pub decision: Option<String>,
    /// Pindaian (foto atau PDF)
    #[arg(long, value_name = "BERKAS")]
    pub scan: Option<String>,
    #[arg(long, value_name = "TEKS")]
    pub note: Option<String>,
}

#[derive(clap::Args, Debug)]
pub struct PendingArgs {
    #[command(flatten)]
    pub auth: Auth,
}

#[derive(clap::Args, Debug)]
pub struct ReviewArgs {
    /// Nomor paraf (seperti pada `paraf pending`) atau nomor agenda
    pub key: Vec<String>,
    #[command(flatten)]
    pub auth: Auth,
    /// Alasan (wajib untuk disown)
    #[arg(long, value_name = "ALASAN")]
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
        _ => Err(Error::invalid(
            "decision",
            "Sebutkan --decision setuju atau tolak.",
        )),
    }
}

/// `paraf paper ID --user NIP --pin PIN --official NIP --decision D --scan PATH [--note T]`
fn paper(store: &Store, args: PaperArgs) -> Result<()> {
    let kasi = signed_in(store, args.auth)?;
    let official = args
        .official
        .ok_or_else(|| Error::invalid("official", "Sebutkan --official NIP (Kadis/Kabid)."))?;
    let official = store.with_db(|db| users::find_by_nip(db, &official))?;
    let decision = decision(args.decision.as_deref())?;
    let scan = args
        .scan
        .ok_or_else(|| Error::invalid("scan", "Sebutkan --scan BERKAS (foto atau PDF)."))?;
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
fn review(store: &Store, args: ReviewArgs, confirm: bool) -> Result<()> {
    let (actor, pin) = signed_in_with_pin(store, args.auth)?;
    let reason = args.reason.unwrap_or_default();
    let key = args.key.join(" ");
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

#[derive(clap::Args, Debug)]
pub struct GroupsArgs {
    /// Tanggal (YYYY-MM-DD)
    #[arg(long, value_name = "TANGGAL")]
    pub date: Option<String>,
    #[arg(long, value_name = "BERKAS.pdf")]
    pub out: Option<String>,
    /// a4 atau f4
    #[arg(long)]
    pub paper: Option<String>,
}

/// `groups --date YYYY-MM-DD --out FILE.pdf [--paper a4|f4]`
pub fn groups(store: &Store, args: GroupsArgs) -> Result<()> {
    let date = args
        .date
        .ok_or_else(|| Error::invalid("date", "Sebutkan --date YYYY-MM-DD."))?;
    let out = args
        .out
        .ok_or_else(|| Error::invalid("out", "Sebutkan --out BERKAS.pdf."))?;
    let paper = Paper::parse(args.paper.as_deref().unwrap_or("a4"))?;
    let pdf = groups_pdf(store, &Actor::console(), &date, paper)?;
    std::fs::write(&out, pdf).map_err(Error::from_io)?;
    println!("Kelompok press release {date} ditulis ke {out}");
    Ok(())
}
