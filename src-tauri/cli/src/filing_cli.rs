//! The CLI's steps 4 and 5: `publish`, `folder add|close|reopen`, `archive`, `void`, and the
//! printed `labels` and `index`. Acts name their user by NIP and PIN, as in the app.

use pressdesk_core::filing::{self, ArchiveInput, NewFolder};
use pressdesk_core::label_stocks;
use pressdesk_core::model::Actor;
use pressdesk_core::print::{self, LabelJob, Paper};
use pressdesk_core::publication::{self, PublishInput};
use pressdesk_core::{office, release, timefmt, Error, Result, Store};

use crate::acts::{signed_in, Auth};

fn required(value: Option<String>, name: &str, what: &str) -> Result<String> {
    value.ok_or_else(|| Error::invalid(name, format!("Sebutkan {name} {what}.")))
}

fn one_release(store: &Store, words: &[String]) -> Result<String> {
    let key = words.join(" ");
    Ok(release::get_release(store, &Actor::console(), &key)?
        .summary
        .id)
}

#[derive(clap::Args, Debug)]
pub struct PublishArgs {
    /// Rilis: id atau nomor agenda
    pub key: Vec<String>,
    #[command(flatten)]
    pub auth: Auth,
    /// Nama situs
    #[arg(long, value_name = "NAMA")]
    pub site: Option<String>,
    /// Alamat beritanya
    #[arg(long)]
    pub url: Option<String>,
}

pub fn publish(store: &Store, args: PublishArgs) -> Result<()> {
    let actor = signed_in(store, args.auth)?;
    let site = required(args.site, "--site", "NAMA_SITUS")?;
    let url = required(args.url, "--url", "URL")?;
    let site_id = publication::list_sites(store, &Actor::console())?
        .into_iter()
        .find(|s| s.name.eq_ignore_ascii_case(site.trim()))
        .map(|s| s.id)
        .ok_or_else(|| Error::invalid("site", format!("Situs «{site}» tidak terdaftar.")))?;
    let release_id = one_release(store, &args.key)?;
    let input = PublishInput {
        release_id,
        site_id,
        url,
        published_at: None,
    };
    let detail = publication::record_publication(store, &actor, input)?;
    println!("Rilis {} tayang di {site}.", detail.summary.agenda_no);
    Ok(())
}

#[derive(clap::Args, Debug)]
pub struct FolderArgs {
    #[command(subcommand)]
    pub command: FolderCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum FolderCommand {
    /// Map baru di lemari arsip
    Add {
        /// Lemari
        #[arg(long, value_name = "LEMARI")]
        cabinet: Option<String>,
        /// Laci
        #[arg(long, value_name = "LACI")]
        drawer: Option<String>,
        /// Kode map
        #[arg(long, value_name = "KODE")]
        code: Option<String>,
        #[arg(long, value_name = "NAMA")]
        name: Option<String>,
        /// Isi paling banyak (bawaan 50)
        #[arg(long, value_name = "N")]
        capacity: Option<i64>,
    },
    /// Menutup map: tidak disarankan dan tidak diisi lagi
    Close(FolderStateArgs),
    /// Membuka kembali map yang ditutup
    Reopen(FolderStateArgs),
}

#[derive(clap::Args, Debug)]
pub struct FolderStateArgs {
    /// Kode map
    pub code: Vec<String>,
    #[arg(long, value_name = "ALASAN")]
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
        cabinet: required(cabinet, "--cabinet", "LEMARI")?,
        drawer: required(drawer, "--drawer", "LACI")?,
        code: required(code, "--code", "KODE_MAP")?,
        name: name.unwrap_or_default(),
        capacity: capacity.unwrap_or(50),
    };
    let folder = filing::add_folder(store, &Actor::console(), input)?;
    println!("Map {} dibuat: {}", folder.code, folder.location);
    Ok(())
}

/// `folder close KODE` / `folder reopen KODE`: no release is suggested or filed into a closed
/// folder.
fn folder_closed(store: &Store, args: FolderStateArgs, closed: bool) -> Result<()> {
    let reason = args.reason.unwrap_or_default();
    let code = args.code.join(" ");
    let folder = filing::set_folder_closed(store, &Actor::console(), &code, closed, &reason)?;
    let state = if closed { "ditutup" } else { "dibuka kembali" };
    println!(
        "Map {} {state} ({} dari {} terisi).",
        folder.code, folder.used, folder.capacity
    );
    Ok(())
}

#[derive(clap::Args, Debug)]
pub struct ArchiveArgs {
    /// Rilis: id atau nomor agenda
    pub key: Vec<String>,
    #[command(flatten)]
    pub auth: Auth,
    /// Kode map (bawaan: yang disarankan)
    #[arg(long, value_name = "KODE")]
    pub folder: Option<String>,
    /// Tanggal arsip (YYYY-MM-DD)
    #[arg(long, value_name = "TANGGAL")]
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
    eprintln!(
        "Rilis {} diarsipkan di {}.",
        result.agenda_no, result.location
    );
    Ok(())
}

#[derive(clap::Args, Debug)]
pub struct VoidArgs {
    /// Nomor arsip
    pub number: Vec<String>,
    #[command(flatten)]
    pub auth: Auth,
    #[arg(long, value_name = "ALASAN")]
    pub reason: Option<String>,
}

pub fn void(store: &Store, args: VoidArgs) -> Result<()> {
    let actor = signed_in(store, args.auth)?;
    let reason = required(args.reason, "--reason", "ALASAN")?;
    let number = args.number.join(" ");
    filing::void_archive_no(store, &actor, &number, &reason)?;
    println!("Nomor arsip {number} dibatalkan.");
    Ok(())
}

fn paper(value: Option<&str>) -> Result<Paper> {
    Paper::parse(value.unwrap_or("a4"))
}

#[derive(clap::Args, Debug)]
pub struct LabelsArgs {
    #[arg(long)]
    pub year: Option<i32>,
    /// Dari nomor arsip ke-N
    #[arg(long, value_name = "N")]
    pub from: Option<i64>,
    /// Sampai nomor arsip ke-M
    #[arg(long, value_name = "M")]
    pub to: Option<i64>,
    /// L7160, L7163, L4731 atau stok kantor sendiri
    #[arg(long)]
    pub stock: Option<String>,
    /// Printer yang geserannya tersimpan
    #[arg(long, value_name = "NAMA")]
    pub printer: Option<String>,
    /// a4 atau f4
    #[arg(long)]
    pub paper: Option<String>,
    /// Label pertama yang dipakai pada lembar (bawaan 1)
    #[arg(long, value_name = "K")]
    pub start: Option<u32>,
    /// Geseran mendatar (mm)
    #[arg(long, value_name = "MM", allow_negative_numbers = true)]
    pub offset_x: Option<f32>,
    /// Geseran tegak (mm)
    #[arg(long, value_name = "MM", allow_negative_numbers = true)]
    pub offset_y: Option<f32>,
    #[arg(long, value_name = "BERKAS.pdf")]
    pub out: Option<String>,
}

pub fn labels(store: &Store, args: LabelsArgs) -> Result<()> {
    let year = args
        .year
        .ok_or_else(|| Error::invalid("year", "Sebutkan --year TAHUN."))?;
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
    let out = required(args.out, "--out", "BERKAS.pdf")?;
    let office = store
        .with_db(office::get)?
        .ok_or_else(|| Error::Conflict("Profil kantor belum dibuat.".into()))?;
    let pdf = print::release_labels(&items, &office, &job)?;
    std::fs::write(&out, pdf).map_err(Error::from_io)?;
    println!("{} label ditulis ke {out}", items.len());
    Ok(())
}

#[derive(clap::Args, Debug)]
pub struct IndexArgs {
    #[arg(long)]
    pub year: Option<i32>,
    /// a4 atau f4
    #[arg(long)]
    pub paper: Option<String>,
    #[arg(long, value_name = "BERKAS.pdf")]
    pub out: Option<String>,
}

pub fn index(store: &Store, args: IndexArgs) -> Result<()> {
    let year = args
        .year
        .ok_or_else(|| Error::invalid("year", "Sebutkan --year TAHUN."))?;
    let paper = paper(args.paper.as_deref())?;
    let out = required(args.out, "--out", "BERKAS.pdf")?;
    let office = store
        .with_db(office::get)?
        .ok_or_else(|| Error::Conflict("Profil kantor belum dibuat.".into()))?;
    let folders = filing::filing_index(store, &Actor::console(), year)?;
    let printed = timefmt::format_datetime(timefmt::now(), office.timezone);
    let pdf = print::filing_index_pdf(&office, year, &folders, paper, &printed)?;
    std::fs::write(&out, pdf).map_err(Error::from_io)?;
    println!("Daftar Arsip {year} ditulis ke {out}");
    Ok(())
}
