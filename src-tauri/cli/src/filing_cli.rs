//! The CLI's steps 4 and 5: `publish`, `folder add|close|reopen`, `archive`, `void`, and the
//! printed `labels` and `index`. Acts name their user by NIP and PIN, as in the app.

use pressdesk_core::filing::{self, ArchiveInput, NewFolder};
use pressdesk_core::job::Job;
use pressdesk_core::label_stocks;
use pressdesk_core::model::Actor;
use pressdesk_core::print::{self, DocumentRequest, LabelJob, Paper};
use pressdesk_core::publication::{self, PublishInput};
use pressdesk_core::{office, release, tr, Error, Result, Store};

use crate::acts::{signed_in, Auth};

fn required(value: Option<String>, name: &str, what: &str) -> Result<String> {
    value.ok_or_else(|| Error::invalid(name, tr!("cli-need-flag", flag = name, what = what)))
}

fn one_release(store: &Store, words: &[String]) -> Result<String> {
    let key = words.join(" ");
    Ok(release::get_release(store, &Actor::console(), &key)?
        .summary
        .id)
}

#[derive(clap::Args, Debug)]
pub struct PublishArgs {
    pub key: Vec<String>,
    #[command(flatten)]
    pub auth: Auth,
    #[arg(long)]
    pub site: Option<String>,
    #[arg(long)]
    pub url: Option<String>,
}

pub fn publish(store: &Store, args: PublishArgs) -> Result<()> {
    let actor = signed_in(store, args.auth)?;
    let site = required(args.site, "--site", &tr!("cli-value-site"))?;
    let url = required(args.url, "--url", "URL")?;
    let site_id = publication::list_sites(store, &Actor::console())?
        .into_iter()
        .find(|s| s.name.eq_ignore_ascii_case(site.trim()))
        .map(|s| s.id)
        .ok_or_else(|| Error::invalid("site", tr!("cli-site-unknown", site = site)))?;
    let release_id = one_release(store, &args.key)?;
    let input = PublishInput {
        release_id,
        site_id,
        url,
        published_at: None,
    };
    let detail = publication::record_publication(store, &actor, input)?;
    let agenda = detail.summary.agenda_no;
    println!("{}", tr!("cli-published", agenda = agenda, site = site));
    Ok(())
}

#[derive(clap::Args, Debug)]
pub struct FolderArgs {
    #[command(subcommand)]
    pub command: FolderCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum FolderCommand {
    Add {
        #[arg(long)]
        cabinet: Option<String>,
        #[arg(long)]
        drawer: Option<String>,
        #[arg(long)]
        code: Option<String>,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        capacity: Option<i64>,
    },
    Close(FolderStateArgs),
    Reopen(FolderStateArgs),
}

#[derive(clap::Args, Debug)]
pub struct FolderStateArgs {
    pub code: Vec<String>,
    #[arg(long)]
    pub reason: Option<String>,
}

pub fn folder(store: &Store, args: FolderArgs) -> Result<()> {
    let (cabinet, drawer, code, name, capacity) = match args.command {
        FolderCommand::Close(args) => return folder_closed(store, args, true),
        FolderCommand::Reopen(args) => return folder_closed(store, args, false),
        FolderCommand::Add {
            cabinet,
            drawer,
            code,
            name,
            capacity,
        } => (cabinet, drawer, code, name, capacity),
    };
    let input = NewFolder {
        cabinet: required(cabinet, "--cabinet", &tr!("cli-value-cabinet"))?,
        drawer: required(drawer, "--drawer", &tr!("cli-value-drawer"))?,
        code: required(code, "--code", &tr!("cli-value-code-of-folder"))?,
        name: name.unwrap_or_default(),
        capacity: capacity.unwrap_or(50),
    };
    let folder = filing::add_folder(store, &Actor::console(), input)?;
    let line = tr!(
        "cli-folder-made",
        code = folder.code,
        location = folder.location
    );
    println!("{line}");
    Ok(())
}

/// `folder close KODE` / `folder reopen KODE`: no release is suggested or filed into a closed
/// folder.
fn folder_closed(store: &Store, args: FolderStateArgs, closed: bool) -> Result<()> {
    let reason = args.reason.unwrap_or_default();
    let code = args.code.join(" ");
    let folder = filing::set_folder_closed(store, &Actor::console(), &code, closed, &reason)?;
    let line = tr!(
        if closed {
            "cli-folder-closed"
        } else {
            "cli-folder-reopened"
        },
        code = folder.code,
        used = folder.used,
        capacity = folder.capacity
    );
    println!("{line}");
    Ok(())
}

#[derive(clap::Args, Debug)]
pub struct ArchiveArgs {
    pub key: Vec<String>,
    #[command(flatten)]
    pub auth: Auth,
    #[arg(long)]
    pub folder: Option<String>,
    #[arg(long)]
    pub date: Option<String>,
}

pub fn archive(store: &Store, args: ArchiveArgs) -> Result<()> {
    let actor = signed_in(store, args.auth)?;
    let input = ArchiveInput {
        release_id: one_release(store, &args.key)?,
        folder: args.folder,
        archived_on: args.date,
    };
    let result = filing::archive_release(store, &actor, input)?;
    println!("{}", result.archive_no);
    let line = tr!(
        "cli-archived",
        agenda = result.agenda_no,
        location = result.location
    );
    eprintln!("{line}");
    Ok(())
}

#[derive(clap::Args, Debug)]
pub struct VoidArgs {
    pub number: Vec<String>,
    #[command(flatten)]
    pub auth: Auth,
    #[arg(long)]
    pub reason: Option<String>,
}

pub fn void(store: &Store, args: VoidArgs) -> Result<()> {
    let actor = signed_in(store, args.auth)?;
    let reason = required(args.reason, "--reason", &tr!("cli-value-reason"))?;
    let number = args.number.join(" ");
    filing::void_archive_no(store, &actor, &number, &reason)?;
    println!("{}", tr!("cli-voided", number = number));
    Ok(())
}

fn paper(value: Option<&str>) -> Result<Paper> {
    Paper::parse(value.unwrap_or("a4"))
}

#[derive(clap::Args, Debug)]
pub struct LabelsArgs {
    #[arg(long)]
    pub year: Option<i32>,
    #[arg(long)]
    pub from: Option<i64>,
    #[arg(long)]
    pub to: Option<i64>,
    #[arg(long)]
    pub stock: Option<String>,
    #[arg(long)]
    pub printer: Option<String>,
    #[arg(long)]
    pub paper: Option<String>,
    #[arg(long)]
    pub start: Option<u32>,
    #[arg(long, allow_negative_numbers = true)]
    pub offset_x: Option<f32>,
    #[arg(long, allow_negative_numbers = true)]
    pub offset_y: Option<f32>,
    #[arg(long)]
    pub out: Option<String>,
}

pub fn labels(store: &Store, args: LabelsArgs) -> Result<()> {
    let year = args
        .year
        .ok_or_else(|| Error::invalid("year", tr!("cli-need-year")))?;
    let items = filing::label_items(store, year, args.from, args.to)?;
    // The office's own stocks too, and the shift saved for the printer unless one is given.
    let stock = label_stocks::stock_named(store, args.stock.as_deref().unwrap_or("L7160"))?;
    let (saved_x, saved_y) = match args.printer {
        Some(printer) => label_stocks::offset_for(store, &printer, &stock.name)?,
        None => (0.0, 0.0),
    };
    let job = LabelJob {
        stock,
        paper: paper(args.paper.as_deref())?,
        start: args.start.unwrap_or(1),
        offset_x_mm: args.offset_x.unwrap_or(saved_x),
        offset_y_mm: args.offset_y.unwrap_or(saved_y),
    };
    let out = required(args.out, "--out", &tr!("cli-value-pdf"))?;
    let office = store
        .with_db(office::get)?
        .ok_or_else(|| Error::Conflict(tr!("cli-no-office")))?;
    let pdf = print::release_labels(&items, &office, &job)?;
    std::fs::write(&out, pdf).map_err(Error::from_io)?;
    let what = tr!("cli-labels", count = items.len());
    println!("{}", tr!("cli-written", what = what, path = out));
    Ok(())
}

#[derive(clap::Args, Debug)]
pub struct IndexArgs {
    #[arg(long)]
    pub year: Option<i32>,
    #[arg(long)]
    pub paper: Option<String>,
    #[arg(long)]
    pub out: Option<String>,
}

pub fn index(store: &Store, args: IndexArgs) -> Result<()> {
    let year = args
        .year
        .ok_or_else(|| Error::invalid("year", tr!("cli-need-year")))?;
    let paper = paper(args.paper.as_deref())?;
    let out = required(args.out, "--out", &tr!("cli-value-pdf"))?;
    // The app's print, letterhead logo included.
    let request = DocumentRequest::Index { year, paper };
    let (pdf, _) = print::render_document(store, &Actor::console(), &request, &Job::none())?;
    std::fs::write(&out, pdf).map_err(Error::from_io)?;
    let what = format!("Daftar Arsip {year}");
    println!("{}", tr!("cli-written", what = what, path = out));
    Ok(())
}
