//! The CLI's printed archive lists: `print daftar-berkas|isi-berkas --year Y` and `print
//! retensi --year Y --kind pindah|musnah|permanen|dinilai-kembali`, as PDF (with the berita
//! acara for a retention list) or, when `--out` ends in `.xlsx`, as a spreadsheet. The rows are
//! those the user named by `--user` may see (the console sees only what is biasa in full).

use pressdesk_core::archive::{self, DueKind, ListKind};
use pressdesk_core::print::{self, Paper};
use pressdesk_core::{Error, Result, Store};

use crate::archive_cli::user_or_console;
use crate::args::Args;

const USAGE: &str = "Gunakan: print daftar-berkas --year Y, print isi-berkas --year Y, atau \
     print retensi --year Y --kind pindah|musnah|permanen|dinilai-kembali; dengan [--paper \
     a4|f4] --out BERKAS.pdf|BERKAS.xlsx [--user NIP --pin PIN]";

pub fn print(store: &Store, args: &mut Args) -> Result<()> {
    let kind = match args.command().as_deref() {
        Some("daftar-berkas") => ListKind::DaftarBerkas,
        Some("isi-berkas") => ListKind::IsiBerkas,
        Some("retensi") => {
            let kind = args
                .value("--kind")?
                .ok_or_else(|| Error::invalid("kind", "Sebutkan --kind pindah|musnah."))?;
            ListKind::Retensi(DueKind::parse(&kind)?)
        }
        _ => return Err(Error::invalid("command", USAGE)),
    };
    let year: i32 = args
        .parsed("--year")?
        .ok_or_else(|| Error::invalid("year", "Sebutkan --year TAHUN."))?;
    let paper = match args.value("--paper")? {
        Some(p) => Paper::parse(&p)?,
        None => Paper::A4,
    };
    let out = args
        .value("--out")?
        .ok_or_else(|| Error::invalid("out", "Sebutkan --out BERKAS.pdf atau BERKAS.xlsx."))?;
    let actor = user_or_console(store, args)?;
    let list = archive::archive_list(store, &actor, year, kind)?;
    let bytes = if out.to_lowercase().ends_with(".xlsx") {
        archive::archive_list_xlsx(&list)?
    } else {
        print::archive_list_pdf(store, &list, paper)?
    };
    std::fs::write(&out, bytes).map_err(Error::from_io)?;
    println!(
        "{} ({} baris) ditulis ke {out}",
        list.title,
        list.rows.len()
    );
    Ok(())
}
