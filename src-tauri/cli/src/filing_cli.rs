//! The CLI's steps 4 and 5: `publish`, `folder add|close|reopen`, `archive`, `void`, and the
//! printed `labels` and `index`. Acts name their user by NIP and PIN, as in the app.

use pressdesk_core::filing::{self, ArchiveInput, NewFolder};
use pressdesk_core::label_stocks;
use pressdesk_core::model::Actor;
use pressdesk_core::print::{self, LabelJob, Paper};
use pressdesk_core::publication::{self, PublishInput};
use pressdesk_core::{office, release, timefmt, Error, Result, Store};

use crate::acts::signed_in;
use crate::args::Args;

fn required(args: &mut Args, name: &str, what: &str) -> Result<String> {
    args.value(name)?
        .ok_or_else(|| Error::invalid(name, format!("Sebutkan {name} {what}.")))
}

fn one_release(store: &Store, args: &mut Args) -> Result<String> {
    let key = args.rest().join(" ");
    Ok(release::get_release(store, &Actor::console(), &key)?
        .summary
        .id)
}

pub fn publish(store: &Store, args: &mut Args) -> Result<()> {
    let actor = signed_in(store, args)?;
    let site = required(args, "--site", "NAMA_SITUS")?;
    let url = required(args, "--url", "URL")?;
    let site_id = publication::list_sites(store, &Actor::console())?
        .into_iter()
        .find(|s| s.name.eq_ignore_ascii_case(site.trim()))
        .map(|s| s.id)
        .ok_or_else(|| Error::invalid("site", format!("Situs «{site}» tidak terdaftar.")))?;
    let release_id = one_release(store, args)?;
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

pub fn folder(store: &Store, args: &mut Args) -> Result<()> {
    match args.command().as_deref() {
        Some(c @ ("close" | "reopen")) => return folder_closed(store, args, c == "close"),
        Some("add") => {}
        _ => {
            return Err(Error::invalid(
                "command",
                "Gunakan: folder add --cabinet A --drawer 1 --code KODE --capacity N, \
                 folder close KODE [--reason ALASAN] atau folder reopen KODE",
            ))
        }
    }
    let input = NewFolder {
        cabinet: required(args, "--cabinet", "LEMARI")?,
        drawer: required(args, "--drawer", "LACI")?,
        code: required(args, "--code", "KODE_MAP")?,
        name: args.value("--name")?.unwrap_or_default(),
        capacity: args.parsed("--capacity")?.unwrap_or(50),
    };
    let folder = filing::add_folder(store, &Actor::console(), input)?;
    println!("Map {} dibuat: {}", folder.code, folder.location);
    Ok(())
}

/// `folder close KODE` / `folder reopen KODE`: no release is suggested or filed into a closed
/// folder.
fn folder_closed(store: &Store, args: &mut Args, closed: bool) -> Result<()> {
    let reason = args.value("--reason")?.unwrap_or_default();
    let code = args.rest().join(" ");
    let folder = filing::set_folder_closed(store, &Actor::console(), &code, closed, &reason)?;
    let state = if closed { "ditutup" } else { "dibuka kembali" };
    println!(
        "Map {} {state} ({} dari {} terisi).",
        folder.code, folder.used, folder.capacity
    );
    Ok(())
}

pub fn archive(store: &Store, args: &mut Args) -> Result<()> {
    let actor = signed_in(store, args)?;
    let folder = args.value("--folder")?;
    let archived_on = args.value("--date")?;
    let input = ArchiveInput {
        release_id: one_release(store, args)?,
        folder,
        archived_on,
    };
    let result = filing::archive_release(store, &actor, input)?;
    println!("{}", result.archive_no);
    eprintln!(
        "Rilis {} diarsipkan di {}.",
        result.agenda_no, result.location
    );
    Ok(())
}

pub fn void(store: &Store, args: &mut Args) -> Result<()> {
    let actor = signed_in(store, args)?;
    let reason = required(args, "--reason", "ALASAN")?;
    let number = args.rest().join(" ");
    filing::void_archive_no(store, &actor, &number, &reason)?;
    println!("Nomor arsip {number} dibatalkan.");
    Ok(())
}

fn paper(args: &mut Args) -> Result<Paper> {
    Paper::parse(&args.value("--paper")?.unwrap_or_else(|| "a4".into()))
}

pub fn labels(store: &Store, args: &mut Args) -> Result<()> {
    let year: i32 = args
        .parsed("--year")?
        .ok_or_else(|| Error::invalid("year", "Sebutkan --year TAHUN."))?;
    let items = filing::label_items(store, year, args.parsed("--from")?, args.parsed("--to")?)?;
    // The office's own stocks too, and the shift saved for the printer unless one is given.
    let stock = label_stocks::stock_named(
        store,
        &args.value("--stock")?.unwrap_or_else(|| "L7160".into()),
    )?;
    let (saved_x, saved_y) = match args.value("--printer")? {
        Some(printer) => label_stocks::offset_for(store, &printer, &stock.name)?,
        None => (0.0, 0.0),
    };
    let job = LabelJob {
        stock,
        paper: paper(args)?,
        start: args.parsed("--start")?.unwrap_or(1),
        offset_x_mm: args.parsed("--offset-x")?.unwrap_or(saved_x),
        offset_y_mm: args.parsed("--offset-y")?.unwrap_or(saved_y),
    };
    let out = required(args, "--out", "BERKAS.pdf")?;
    let office = store
        .with_db(office::get)?
        .ok_or_else(|| Error::Conflict("Profil kantor belum dibuat.".into()))?;
    let pdf = print::release_labels(&items, &office, &job)?;
    std::fs::write(&out, pdf).map_err(Error::from_io)?;
    println!("{} label ditulis ke {out}", items.len());
    Ok(())
}

pub fn index(store: &Store, args: &mut Args) -> Result<()> {
    let year: i32 = args
        .parsed("--year")?
        .ok_or_else(|| Error::invalid("year", "Sebutkan --year TAHUN."))?;
    let paper = paper(args)?;
    let out = required(args, "--out", "BERKAS.pdf")?;
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
