//! The CLI's period documents: the `ledger` (Buku Agenda PDF), the `book` (the record book of
//! the office's SOP), `report sop|published`, the agenda `export` as CSV or XLSX.

use pressdesk_core::model::Actor;
use pressdesk_core::period::Period;
use pressdesk_core::print::{self, Paper};
use pressdesk_core::reports;
use pressdesk_core::{tr, Error, Result, Store};

/// The period of a document: a year, a month of it, or a range of days.
#[derive(clap::Args, Debug)]
pub struct PeriodArgs {
    #[arg(long)]
    pub year: Option<i32>,
    #[arg(long)]
    pub month: Option<u32>,
    #[arg(long)]
    pub from: Option<String>,
    #[arg(long)]
    pub to: Option<String>,
}

impl PeriodArgs {
    fn period(self) -> Result<Period> {
        Period::from_parts(self.year, self.month, self.from, self.to)
    }
}

#[derive(clap::Args, Debug)]
pub struct LedgerArgs {
    #[command(flatten)]
    pub period: PeriodArgs,
    #[arg(long)]
    pub paper: Option<String>,
    #[arg(long)]
    pub out: Option<String>,
}

#[derive(clap::Args, Debug)]
pub struct BookArgs {
    #[command(flatten)]
    pub doc: LedgerArgs,
    #[arg(long)]
    pub sop: Option<String>,
}

#[derive(clap::Args, Debug)]
pub struct ReportArgs {
    #[command(subcommand)]
    pub kind: ReportKind,
}

#[derive(clap::Subcommand, Debug)]
pub enum ReportKind {
    Sop(LedgerArgs),
    Published(LedgerArgs),
}

#[derive(clap::Args, Debug)]
pub struct ExportArgs {
    #[arg(long)]
    pub format: Option<String>,
    #[command(flatten)]
    pub period: PeriodArgs,
    #[arg(long)]
    pub out: Option<String>,
}

fn out_path(out: Option<String>, what: &str) -> Result<String> {
    out.ok_or_else(|| Error::invalid("out", tr!("cli-need-flag", flag = "--out", what = what)))
}

fn paper(value: Option<&str>) -> Result<Paper> {
    Paper::parse(value.unwrap_or("a4"))
}

fn save(path: &str, bytes: &[u8], what: &str) -> Result<()> {
    std::fs::write(path, bytes).map_err(Error::from_io)?;
    println!("{}", tr!("cli-written", what = what, path = path));
    Ok(())
}

/// `ledger --year Y [--month M | --from DATE --to DATE] [--paper a4|f4] --out FILE.pdf`
pub fn ledger(store: &Store, args: LedgerArgs) -> Result<()> {
    let out = out_path(args.out, &tr!("cli-value-pdf"))?;
    let paper = paper(args.paper.as_deref())?;
    let period = args.period.period()?;
    let pdf = print::ledger_pdf(store, &period, paper)?;
    save(&out, &pdf, &format!("Buku Agenda {}", period.label()?))
}

/// `book --year Y [--month M | --from DATE --to DATE] [--sop KODE] [--paper a4|f4] --out FILE`:
/// the record book of the office's SOP (or of `--sop`'s records): the Buku Agenda on SOP 004.
pub fn book(store: &Store, args: BookArgs) -> Result<()> {
    let out = out_path(args.doc.out, &tr!("cli-value-pdf"))?;
    let paper = paper(args.doc.paper.as_deref())?;
    let period = args.doc.period.period()?;
    let sop = args.sop;
    let job = pressdesk_core::job::Job::none();
    let (pdf, name) = print::record_book(store, &period, sop.as_deref(), paper, &job)?;
    save(&out, &pdf, &format!("{name} {}", period.label()?))
}

/// `report sop --year Y [--month M]` or `report published --year Y [--month M]`, `--out`.
pub fn report(store: &Store, args: ReportArgs) -> Result<()> {
    match args.kind {
        ReportKind::Sop(args) => {
            let out = out_path(args.out, &tr!("cli-value-pdf"))?;
            let paper = paper(args.paper.as_deref())?;
            let year = args
                .period
                .year
                .ok_or_else(|| Error::invalid("year", tr!("cli-need-year")))?;
            let pdf = print::sop_report_pdf(store, year, args.period.month, paper)?;
            save(&out, &pdf, "Laporan waktu SOP")
        }
        ReportKind::Published(args) => {
            let out = out_path(args.out, &tr!("cli-value-pdf"))?;
            let paper = paper(args.paper.as_deref())?;
            let pdf = print::published_report_pdf(store, &args.period.period()?, paper)?;
            save(&out, &pdf, "Laporan penyebarluasan")
        }
    }
}

/// `export --format csv|xlsx --year Y [--month M] --out FILE`
pub fn export(store: &Store, args: ExportArgs) -> Result<()> {
    let format = args
        .format
        .ok_or_else(|| Error::invalid("format", tr!("cli-need-format")))?;
    let out = out_path(args.out, &tr!("cli-value-file"))?;
    let period = args.period.period()?;
    let bytes = reports::export_agenda(store, &Actor::console(), &period, &format)?;
    save(&out, &bytes, "Buku Agenda")
}
