//! The CLI's period documents: the `ledger` (Buku Agenda PDF), the `book` (the record book of
//! the office's SOP), `report sop|published`, the agenda `export` as CSV or XLSX.

use pressdesk_core::model::Actor;
use pressdesk_core::period::Period;
use pressdesk_core::print::{self, Paper};
use pressdesk_core::reports;
use pressdesk_core::{Error, Result, Store};

use crate::args::Args;

fn out_path(args: &mut Args, what: &str) -> Result<String> {
    args.value("--out")?
        .ok_or_else(|| Error::invalid("out", format!("Sebutkan --out {what}.")))
}

fn paper(args: &mut Args) -> Result<Paper> {
    Paper::parse(&args.value("--paper")?.unwrap_or_else(|| "a4".into()))
}

fn period(args: &mut Args) -> Result<Period> {
    Period::from_parts(
        args.parsed("--year")?,
        args.parsed("--month")?,
        args.value("--from")?,
        args.value("--to")?,
    )
}

fn save(path: &str, bytes: &[u8], what: &str) -> Result<()> {
    std::fs::write(path, bytes).map_err(Error::from_io)?;
    println!("{what} ditulis ke {path}");
    Ok(())
}

/// `ledger --year Y [--month M | --from DATE --to DATE] [--paper a4|f4] --out FILE.pdf`
pub fn ledger(store: &Store, args: &mut Args) -> Result<()> {
    let out = out_path(args, "BERKAS.pdf")?;
    let (period, paper) = (period(args)?, paper(args)?);
    let pdf = print::ledger_pdf(store, &period, paper)?;
    save(&out, &pdf, &format!("Buku Agenda {}", period.label()?))
}

/// `book --year Y [--month M | --from DATE --to DATE] [--sop KODE] [--paper a4|f4] --out FILE`:
/// the record book of the office's SOP (or of `--sop`'s records): the Buku Agenda on SOP 004.
pub fn book(store: &Store, args: &mut Args) -> Result<()> {
    let out = out_path(args, "BERKAS.pdf")?;
    let (period, paper) = (period(args)?, paper(args)?);
    let sop = args.value("--sop")?;
    let job = pressdesk_core::job::Job::none();
    let (pdf, name) = print::record_book(store, &period, sop.as_deref(), paper, &job)?;
    save(&out, &pdf, &format!("{name} {}", period.label()?))
}

/// `report sop --year Y [--month M]` or `report published --year Y [--month M]`, `--out`.
pub fn report(store: &Store, args: &mut Args) -> Result<()> {
    let kind = args.command();
    let out = out_path(args, "BERKAS.pdf")?;
    let paper = paper(args)?;
    match kind.as_deref() {
        Some("sop") => {
            let year = args
                .parsed("--year")?
                .ok_or_else(|| Error::invalid("year", "Sebutkan --year TAHUN."))?;
            let month = args.parsed("--month")?;
            let pdf = print::sop_report_pdf(store, year, month, paper)?;
            save(&out, &pdf, "Laporan waktu SOP")
        }
        Some("published") => {
            let pdf = print::published_report_pdf(store, &period(args)?, paper)?;
            save(&out, &pdf, "Laporan penyebarluasan")
        }
        _ => Err(Error::invalid(
            "command",
            "Gunakan: report sop|published --year Y [--month M] --out BERKAS.pdf",
        )),
    }
}

/// `export --format csv|xlsx --year Y [--month M] --out FILE`
pub fn export(store: &Store, args: &mut Args) -> Result<()> {
    let format = args
        .value("--format")?
        .ok_or_else(|| Error::invalid("format", "Sebutkan --format csv atau xlsx."))?;
    let out = out_path(args, "BERKAS")?;
    let bytes = reports::export_agenda(store, &Actor::console(), &period(args)?, &format)?;
    save(&out, &bytes, "Buku Agenda")
}
