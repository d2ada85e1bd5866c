//! The CLI's printed archive lists: `print daftar-berkas|isi-berkas --year Y` and `print
//! retensi --year Y --kind pindah|musnah|permanen|dinilai-kembali`, as PDF (with the berita
//! acara for a retention list) or, when `--out` ends in `.xlsx`, as a spreadsheet. The rows are
//! those the user named by `--user` may see (the console sees only what is biasa in full).

use pressdesk_core::archive::{self, DueKind, ListKind};
use pressdesk_core::print::{self, Paper};
use pressdesk_core::{tr, Error, Result, Store};

use crate::archive_cli::{user_or_console, UserOrConsole};

#[derive(clap::Args, Debug)]
pub struct PrintArgs {
    #[command(subcommand)]
    pub list: PrintList,
}

#[derive(clap::Subcommand, Debug)]
pub enum PrintList {
    DaftarBerkas(ListArgs),
    IsiBerkas(ListArgs),
    Retensi {
        #[arg(long)]
        kind: Option<String>,
        #[command(flatten)]
        list: ListArgs,
    },
}

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    #[arg(long)]
    pub year: Option<i32>,
    #[arg(long)]
    pub paper: Option<String>,
    #[arg(long)]
    pub out: Option<String>,
    #[command(flatten)]
    pub who: UserOrConsole,
}

pub fn print(store: &Store, args: PrintArgs) -> Result<()> {
    let (kind, args) = match args.list {
        PrintList::DaftarBerkas(args) => (ListKind::DaftarBerkas, args),
        PrintList::IsiBerkas(args) => (ListKind::IsiBerkas, args),
        PrintList::Retensi { kind, list } => {
            let kind = kind.ok_or_else(|| Error::invalid("kind", tr!("cli-need-kind")))?;
            (ListKind::Retensi(DueKind::parse(&kind)?), list)
        }
    };
    let year = args
        .year
        .ok_or_else(|| Error::invalid("year", tr!("cli-need-year")))?;
    let paper = match args.paper {
        Some(p) => Paper::parse(&p)?,
        None => Paper::A4,
    };
    let out = args
        .out
        .ok_or_else(|| Error::invalid("out", tr!("cli-need-out-pdf-xlsx")))?;
    let actor = user_or_console(store, args.who)?;
    let list = archive::archive_list(store, &actor, year, kind)?;
    let bytes = if out.to_lowercase().ends_with(".xlsx") {
        archive::archive_list_xlsx(&list)?
    } else {
        print::archive_list_pdf(store, &list, paper)?
    };
    std::fs::write(&out, bytes).map_err(Error::from_io)?;
    let what = tr!("cli-list-rows", title = list.title, rows = list.rows.len());
    println!("{}", tr!("cli-written", what = what, path = out));
    Ok(())
}
